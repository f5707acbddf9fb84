"""Long-lived objects kept out of the cycle collector's way, so a full collection stays short.

A full collection walks every tracked object; with a large pack loaded, or a connected client's
caches, that walk pauses every question in flight. Objects that live as long as the process are
frozen once they exist; a reload unfreezes first, so the engine it replaced can be collected.
"""

from __future__ import annotations

import gc


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
