"""Long-lived objects kept out of the cycle collector's way, so a full collection stays short.

A full collection walks every tracked object; with a large pack loaded, or a connected client's
caches, that walk pauses every question in flight. Objects that live as long as the process are
frozen once they exist; a reload unfreezes first, so the engine it replaced can be collected.
"""

from __future__ import annotations

import gc

YOUNG_COLLECTION = 10_000
"""Allocations per young collection (Python's 700): an answer's objects then die before one runs."""


def settle(collect: bool = True) -> None:
    """Collect what is garbage now and freeze the rest: it will outlive every question (an
    engine mapped from the index cache made almost no garbage: freezing is enough)."""
    if collect:
        gc.collect()
    gc.freeze()


def settle_after_release() -> None:
    """As settle, but first let go of frozen objects that something (a reload) has dropped."""
    gc.unfreeze()
    settle()


def serve_many() -> None:
    """Young collections less often, for a process answering many questions at once."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION, middle, oldest)
