"""The address of the client behind trusted reverse proxies, for rate limits only.

Behind a proxy every request comes from the proxy's address, so limits keyed on
REMOTE_ADDR would throttle every patient together. settings.TRUSTED_PROXIES lists the
proxies' addresses or networks (CHECKER_TRUSTED_PROXIES="127.0.0.1,10.0.0.0/8"). Only when
the direct peer is one of them is X-Forwarded-For read, from the right: each trusted proxy's
own entry is skipped, and the first address that is not a trusted proxy is the client.
Anything further left was written by the client and is ignored. A client that reaches the
app directly is its own peer address, whatever headers it sends.

IPv6 clients are counted by their /64 network: one customer line gets a whole /64 and can
pick any address in it. The address is never stored or logged, only hashed.
"""

import ipaddress
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_networks(items: Iterable[str]) -> tuple[Network, ...]:
    """``["127.0.0.1", "10.0.0.0/8", "::1"]`` as networks; ValueError on anything else."""
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in items)


def _address(text: str) -> Address | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _trusted(address: Address, proxies: tuple[Network, ...]) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def _key(address: Address) -> str:
    if address.version == 6:
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def client_address(request: HttpRequest) -> str:
    """The client's address (an IPv6 client's /64 network) as text."""
    remote_text = request.META.get("REMOTE_ADDR", "")
    remote = _address(remote_text)
    if remote is None:
        return str(remote_text)  # a unix socket without a proxy in front: one client
    proxies = parse_networks(settings.TRUSTED_PROXIES)
    client = remote
    if _trusted(remote, proxies):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        for entry in reversed([part for part in forwarded if part.strip()]):
            hop = _address(entry)
            if hop is None:
                break  # not an address: keep the last proxy we trust
            client = hop
            if not _trusted(hop, proxies):
                break
    return _key(client)


def wider_networks(address_key: str, prefixes: tuple[int, ...] = (56, 48)) -> dict[int, str]:
    """The wider IPv6 networks around a client's /64 (``client_address``), by prefix length:
    one home or office line is often given a /56 or a /48, not only a /64. Nothing for IPv4."""
    try:
        network = ipaddress.ip_network(address_key, strict=False)
    except ValueError:
        return {}
    if network.version != 6:
        return {}
    return {prefix: str(network.supernet(new_prefix=prefix)) for prefix in prefixes}
