"""The outbound guard: which addresses Openline calls when a URL was typed by someone."""

import ipaddress

import httpx
import pytest

from openline.core import outbound


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.100.100.200",
        "0.0.0.0",  # noqa: S104 - an address refused, not bound
        "224.0.0.1",
        "240.0.0.1",
        "::1",
        "::",
        "fe80::1",
        "fd00:ec2::254",
        "ff02::1",
        "::ffff:127.0.0.1",
        "64:ff9b::a00:1",
        "2002:7f00:1::",
    ],
)
def test_internal_addresses_are_not_public(address):
    assert not outbound.is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:84e5"])
def test_internet_addresses_are_public(address):
    assert outbound.is_public(ipaddress.ip_address(address))


def test_a_name_that_resolves_to_loopback_is_refused():
    with pytest.raises(outbound.AddressRefused, match="localhost"):
        outbound.resolve_public("localhost", 80)


def test_other_schemes_are_refused_before_any_connection(settings):
    with outbound.client(timeout=1) as client, pytest.raises(outbound.AddressRefused):
        client.get("http://[::1]:9/")
    assert outbound.status_reason(404) == "404 Not Found"
    assert isinstance(outbound.AddressRefused("x"), httpx.HTTPError)
