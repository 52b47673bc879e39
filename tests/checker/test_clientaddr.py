import pytest
from django.test import RequestFactory

from checker.clientaddr import client_address

PROXY = "10.0.0.1"


def _request(remote=PROXY, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(_request(forwarded="203.0.113.9")) == PROXY


@pytest.mark.parametrize("proxies,forwarded,expected", [
    (["10.0.0.1"], "203.0.113.9", "203.0.113.9"),
    (["10.0.0.1"], "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client cannot pick its own
    (["10.0.0.0/8"], "6.6.6.6, 203.0.113.9, 10.1.1.1", "203.0.113.9"),  # two proxies
    (["10.0.0.1"], "", PROXY),
    (["10.0.0.1"], "not-an-address", PROXY),
    (["10.0.0.1"], "2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
])
def test_behind_trusted_proxies_the_client_is_counted_from_the_right(settings, proxies,
                                                                     forwarded, expected):
    settings.TRUSTED_PROXIES = proxies
    assert client_address(_request(forwarded=forwarded)) == expected


def test_the_header_is_ignored_from_a_client_that_is_not_a_configured_proxy(settings):
    # Finding 6: a client reaching gunicorn directly could name any address it liked.
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    assert client_address(_request("198.51.100.4", forwarded="203.0.113.9")) == "198.51.100.4"


def test_ipv6_clients_are_counted_by_their_64_network(settings):
    settings.TRUSTED_PROXIES = []
    one = client_address(_request("2001:db8:1:2::1"))
    other = client_address(_request("2001:db8:1:2:ffff:ffff:ffff:ffff"))
    assert one == other == "2001:db8:1:2::/64"
    assert client_address(_request("2001:db8:1:3::1")) != one
    assert client_address(_request("::ffff:192.0.2.1")) == "192.0.2.1"
