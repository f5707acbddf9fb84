"""Resident memory of this process, read so that each size's peak is its own."""

from __future__ import annotations

import resource
from pathlib import Path

STATUS = Path("/proc/self/status")


def _status_kib(field: str) -> int | None:
    try:
        for line in STATUS.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def peak_rss_mb() -> float:
    """The high-water mark of resident memory (VmHWM), or getrusage where /proc is missing."""
    kib = _status_kib("VmHWM")
    if kib is None:
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kib / 1024, 1)


def rss_mb() -> float:
    """Resident memory now, to tell what loading added to what the imports already took."""
    kib = _status_kib("VmRSS")
    return round(kib / 1024, 1) if kib is not None else peak_rss_mb()


def anon_mb() -> float:
    """Resident memory of this process's own (anonymous) pages: VmRSS less the files it maps,
    such as shared libraries, which every process on the host shares (VmRSS where unknown)."""
    kib = _status_kib("RssAnon")
    return round(kib / 1024, 1) if kib is not None else rss_mb()
