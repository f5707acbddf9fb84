"""Planned failures for REST routes, so tests can prove the bot survives rate limits and errors."""

from __future__ import annotations

import time
from dataclasses import dataclass
from fnmatch import fnmatchcase

from .json_types import JsonDict


@dataclass
class PlannedFault:
    """The next `remaining` matching calls get this status, body and headers."""

    route: str
    remaining: int
    status: int
    body: JsonDict
    headers: dict[str, str]

    def matches(self, method: str, path: str, template: str) -> bool:
        """Match on `METHOD /template` exactly, or on `METHOD /concrete/path` with * wildcards."""
        return self.route == f"{method} {template}" or fnmatchcase(f"{method} {path}", self.route)


class FaultPlan:
    """Queue of planned faults; the first matching fault with calls left wins."""

    def __init__(self) -> None:
        self._faults: list[PlannedFault] = []

    def rate_limit(
        self,
        route: str,
        *,
        times: int = 1,
        retry_after: float = 0.3,
        is_global: bool = False,
        scope: str = "user",
    ) -> PlannedFault:
        """Answer 429 with the body and headers discord.py needs to sleep and retry."""
        now = time.time()
        headers = {
            "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{now + retry_after:.3f}",
            "X-RateLimit-Reset-After": f"{retry_after:.3f}",
            "X-RateLimit-Bucket": "fake-bucket",
            "X-RateLimit-Scope": "global" if is_global else scope,
            # Without Via discord.py treats a 429 as a Cloudflare ban and does not retry.
            "Via": "1.1 google",
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        body: JsonDict = {
            "message": "You are being rate limited.",
            "retry_after": retry_after,
            "global": is_global,
            "code": 0,
        }
        return self._add(PlannedFault(route, times, 429, body, headers))

    def fail(
        self,
        route: str,
        *,
        times: int = 1,
        status: int = 500,
        code: int = 0,
        message: str | None = None,
    ) -> PlannedFault:
        """Answer with an error status, e.g. 403 code 50013 "Missing Permissions"."""
        body: JsonDict = {"message": message or f"{status}: fake failure", "code": code}
        return self._add(PlannedFault(route, times, status, body, {}))

    def take(self, method: str, path: str, template: str) -> PlannedFault | None:
        """Consume one planned failure for this call, if any is due."""
        for fault in self._faults:
            if fault.remaining > 0 and fault.matches(method, path, template):
                fault.remaining -= 1
                return fault
        return None

    def _add(self, fault: PlannedFault) -> PlannedFault:
        self._faults.append(fault)
        return fault
