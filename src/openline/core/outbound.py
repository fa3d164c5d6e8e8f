"""Outbound HTTP to addresses that someone typed (feed URLs, webhook reply URLs): the one way
Openline calls them, so that a URL, or a redirect it answers with, cannot make the server call
itself or its private network (SSRF).

Every request, including every redirect hop (httpx follows at most `MAX_REDIRECTS`, each through
this transport), is checked here: the host name is resolved once, refused when any of its
addresses is loopback, private, link-local, multicast, reserved, unspecified or a cloud metadata
address, and the connection goes to the address that was checked (the `Host` header and the TLS
server name stay the host's), so a second DNS answer cannot swap in an internal address.

Operators may allow named hosts (e.g. an internal shop system) with the setting
`OPENLINE["OUTBOUND_ALLOWED_HOSTS"]` (env `OPENLINE_OUTBOUND_ALLOWED_HOSTS`, comma-separated):
requests to those exact host names are not checked; a redirect from them to another host is."""

import ipaddress
import socket
from http import HTTPStatus

import httpx
from django.conf import settings

MAX_REDIRECTS = 5
# Cloud metadata endpoints; they are link-local or private anyway, named here so that no
# future change of the rules below lets them through.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

type Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(httpx.RequestError):
    """The URL points at an address Openline does not call: a permanent failure."""


def allowed_hosts() -> frozenset[str]:
    return frozenset(h.lower() for h in settings.OPENLINE.get("OUTBOUND_ALLOWED_HOSTS", ()))


def is_public(address: Address) -> bool:
    """Whether the address is one on the public internet, not this machine or its network."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and not is_public(embedded):
            return False
    return address.is_global and not (
        address in METADATA_ADDRESSES
        or address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def resolve_public(host: str, port: int) -> Address:
    """The address to connect to for `host`; AddressRefused when any of its addresses is not
    public (a name that also points inside is refused, whichever answer comes first)."""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            raise httpx.ConnectError(f"{host}: cannot resolve ({error})") from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses:
        raise httpx.ConnectError(f"{host}: no address")
    for address in addresses:
        if not is_public(address):
            raise AddressRefused(f"{host} is a non-public address ({address}); not called")
    return addresses[0]


class GuardedTransport(httpx.BaseTransport):
    """Checks each request's host and connects to the checked address."""

    def __init__(self) -> None:
        # No kept-alive connections: one pinned to an address must not serve another host.
        self._inner = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        self._allowed = allowed_hosts()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise AddressRefused(f"{url.scheme}: URLs are not called", request=request)
        if url.host.lower() in self._allowed:
            return self._inner.handle_request(request)
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            address = resolve_public(url.host, port)
        except httpx.RequestError as error:
            error.request = request
            raise
        extensions = dict(request.extensions)
        if url.scheme == "https":
            extensions["sni_hostname"] = url.host
        pinned = httpx.Request(
            request.method,
            url.copy_with(host=str(address)),
            headers=request.headers,  # keeps Host: the name, not the address
            stream=request.stream,
            extensions=extensions,
        )
        return self._inner.handle_request(pinned)

    def close(self) -> None:
        self._inner.close()


def client(*, timeout: float, follow_redirects: bool = False) -> httpx.Client:
    """An httpx client whose every request and redirect goes through the guard."""
    return httpx.Client(
        transport=GuardedTransport(),
        timeout=timeout,
        follow_redirects=follow_redirects,
        max_redirects=MAX_REDIRECTS,
    )


def status_reason(status: int) -> str:
    """`404 Not Found`: the standard phrase, never what the remote server wrote."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)
