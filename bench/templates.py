"""The kinds of generated fact and how often each occurs, drawn until a combination is new."""

from __future__ import annotations

from collections.abc import Callable

from bench.enforcement import annual_report, arrests, laboratories, tunnel
from bench.fact_parts import Draft, Picker
from bench.officials import appointment, meeting
from bench.seizures import port_find, regional_total, seizure, share

KINDS: tuple[tuple[Callable[[Picker], Draft | None], int], ...] = (
    (seizure, 26),
    (port_find, 14),
    (arrests, 12),
    (appointment, 7),
    (meeting, 9),
    (annual_report, 8),
    (laboratories, 10),
    (tunnel, 2),
    (share, 8),
    (regional_total, 4),
)
"""Each kind and its weight: seizures dominate, as they do in drug-enforcement reporting."""


def draft(p: Picker) -> Draft:
    """The next fact: a weighted kind, retried until its combination is new."""
    makers = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    for _ in range(10_000):
        made = p.rng.choices(makers, weights)[0](p)
        if made is not None:
            return made
    raise RuntimeError("the world is too small for this many facts")
