"""Refuses every network connection that does not stay on this machine's loopback."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class NetworkAccessBlockedError(RuntimeError):
    """Raised instead of reaching the internet; a RuntimeError so retry loops do not swallow it."""


def is_loopback(host: object) -> bool:
    """True for loopback names and addresses (and the wildcard used when binding)."""
    if host is None or host == "" or host == b"":
        return True
    text = host.decode() if isinstance(host, bytes) else str(host)
    if text.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(text.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    """Patches socket connect, DNS look-ups and asyncio connections while installed."""

    def __init__(self) -> None:
        self.violations: list[str] = []
        self._originals: list[tuple[object, str, Any]] = []

    def install(self) -> None:
        """Start refusing non-loopback destinations."""
        guard = self
        original_connect = socket.socket.connect
        original_connect_ex = socket.socket.connect_ex
        original_sendto = socket.socket.sendto
        original_getaddrinfo = socket.getaddrinfo
        original_create_connection = asyncio.BaseEventLoop.create_connection

        def connect(sock: socket.socket, address: Any) -> None:
            guard.check_address(sock, address, "connect")
            original_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            guard.check_address(sock, address, "connect_ex")
            return original_connect_ex(sock, address)

        def sendto(sock: socket.socket, data: Any, *args: Any) -> int:
            guard.check_address(sock, args[-1], "sendto")
            return int(original_sendto(sock, data, *args))

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            guard.check_host(host, "getaddrinfo")
            return original_getaddrinfo(host, *args, **kwargs)

        async def create_connection(loop: asyncio.BaseEventLoop, *args: Any, **kwargs: Any) -> Any:
            host = kwargs.get("host", args[1] if len(args) > 1 else None)
            guard.check_host(host, "create_connection")
            return await original_create_connection(loop, *args, **kwargs)

        self._patch(socket.socket, "connect", connect)
        self._patch(socket.socket, "connect_ex", connect_ex)
        self._patch(socket.socket, "sendto", sendto)
        self._patch(socket, "getaddrinfo", getaddrinfo)
        self._patch(asyncio.BaseEventLoop, "create_connection", create_connection)

    def uninstall(self) -> None:
        """Restore the real networking functions."""
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()

    def check_address(self, sock: socket.socket, address: Any, action: str) -> None:
        """Allow unix sockets and loopback IPs; record and refuse anything else."""
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return
        host = address[0] if isinstance(address, tuple) else address
        self.check_host(host, action)

    def check_host(self, host: object, action: str) -> None:
        """Record and refuse a non-loopback host name or address."""
        if is_loopback(host):
            return
        violation = f"{action} to {host!r} blocked: tests must stay on loopback"
        self.violations.append(violation)
        raise NetworkAccessBlockedError(violation)

    def _patch(self, owner: object, name: str, replacement: Any) -> None:
        self._originals.append((owner, name, getattr(owner, name)))
        setattr(owner, name, replacement)
