import pytest
from django.test import RequestFactory

from checker.clientaddr import client_address


def _request(remote="10.0.0.1", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_address(_request(forwarded="203.0.113.9")) == "10.0.0.1"


@pytest.mark.parametrize("hops,forwarded,expected", [
    (1, "203.0.113.9", "203.0.113.9"),
    (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client cannot pick its own address
    (2, "6.6.6.6, 203.0.113.9, 10.1.1.1", "203.0.113.9"),
    (2, "203.0.113.9", "10.0.0.1"),  # fewer hops than expected: fall back to the peer
    (1, "", "10.0.0.1"),
])
def test_behind_proxies_the_client_is_counted_from_the_right(settings, hops, forwarded,
                                                             expected):
    settings.TRUSTED_PROXIES = hops
    assert client_address(_request(forwarded=forwarded)) == expected
