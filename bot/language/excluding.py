"""How English sets something aside to ask about the rest ('apart from A, did any other …',
'besides B, who else …'): the answer must name something beyond what was set aside."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

SETTING_ASIDE: Final = (
    ("apart", "from"), ("aside", "from"), ("other", "than"), ("besides",), ("except",),
    ("except", "for"), ("excluding",), ("not", "counting"), ("outside", "of"),
    ("beyond",), ("bar",), ("save", "for"),
)  # fmt: skip
"""Phrases after which a name is set aside: 'apart from A', 'other than B', 'besides C'."""
OTHERS: Final = frozenset({"other", "others", "else", "another", "more"})
"""Words asking for something beyond what was set aside ('any *other* firm', 'who *else*')."""
REACH: Final = 3
"""How far after its phrase a set-aside name may start ('apart from the port of A')."""


def set_aside(tokens: Sequence[str]) -> list[int]:
    """Where names may start that the message sets aside while asking for others of their
    kind; none when it asks for no others ('apart from A, how much did B ship?')."""
    if OTHERS.isdisjoint(tokens):
        return []
    starts: list[int] = []
    for i in range(len(tokens)):
        for phrase in SETTING_ASIDE:
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                after = i + len(phrase)
                starts.extend(range(after, min(len(tokens), after + REACH)))
    return starts


def opens_setting_aside(tokens: Sequence[str]) -> bool:
    """Whether a message opens by setting something aside ('Besides A, …')."""
    return any(tuple(tokens[: len(phrase)]) == phrase for phrase in SETTING_ASIDE)
