"""Which --host values warn, and the addresses quizgen serve prints for the class."""

from __future__ import annotations

import ipaddress

import pytest

from quizgen.serve.server import is_loopback, page_urls


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "LOCALHOST", "::1", "[::1]"])
def test_this_machine_only(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "", "192.168.1.20", "10.0.0.5", "classroom-pc", "fd00::2"])
def test_reachable_from_the_network(host: str) -> None:
    assert not is_loopback(host)


def test_a_named_host_is_the_address() -> None:
    assert page_urls("127.0.0.1", 8000) == ["http://127.0.0.1:8000/"]
    assert page_urls("::1", 8080) == ["http://[::1]:8080/"]
    assert page_urls("192.168.1.20", 80) == ["http://192.168.1.20:80/"]


@pytest.mark.parametrize("wildcard", ["0.0.0.0", "::"])
def test_every_interface_gives_this_machines_addresses_then_the_local_one(wildcard: str) -> None:
    urls = page_urls(wildcard, 8080)
    assert urls[-1] == "http://127.0.0.1:8080/" and len(urls) >= 2
    for url in urls[:-1]:
        host = url.removeprefix("http://").removesuffix(":8080/")
        try:
            assert not ipaddress.ip_address(host).is_loopback
        except ValueError:  # no interface address found: the host name
            assert host and "/" not in host
