"""Counting what a sentence lists: 'how many topics were on the agenda?' of 'talks on A, B
and C' is three, though no figure is written; the items are read from the list itself."""

from __future__ import annotations

import re
from typing import Final

CLAUSE_END: Final = re.compile(r"\s*[;:()\u2014]\s*|\s+[-\u2013]\s+")
"""Where a list cannot run on: a semicolon, a colon, a bracket or a dash."""
JOINER: Final = re.compile(r",?\s+(?:and|or)\s+", re.IGNORECASE)
ITEM_WORDS: Final = 8
"""An item of a list is a short phrase; a longer piece before a comma is the clause that
introduces the list, whose last words are its first item."""
LEADING_INTO: Final = frozenset({
    "on", "in", "at", "from", "with", "including", "include", "includes", "included", "as",
    "are", "were", "is", "was", "to", "for", "by", "about", "between", "among", "like",
    "such", "of", "into", "over", "against",
})  # fmt: skip
"""Words after which a list starts ('talks *on* A, B and C', 'agreements *in* A and B')."""
AFTER_LIST: Final = re.compile(
    r",|\s+(?:that|which|who|whom|whose|when|where|after|before|because|while|since|to)\s+",
    re.IGNORECASE,
)
"""Where the last item ends: '… and C, the report said', '… and C that …'."""
VERBS: Final = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "said",
    "says", "did", "does", "do",
})  # fmt: skip
"""A piece with one of these is a clause, not an item ('… deportations has drawn …')."""


def listed(text: str) -> tuple[str, ...]:
    """The items of the longest list in a sentence ('A, B and C'), or none."""
    best: tuple[str, ...] = ()
    for clause in CLAUSE_END.split(text.strip().rstrip(".!?")):
        for joined in JOINER.finditer(clause):
            items = _items(clause[: joined.start()], clause[joined.end() :])
            if len(items) >= len(best):
                best = items
    return best if len(best) >= 2 else ()


def _items(before: str, after: str) -> tuple[str, ...]:
    last = _before_verb(JOINER.split(AFTER_LIST.split(after, maxsplit=1)[0], maxsplit=1)[0])
    if not last:
        return ()
    items = [last]
    pieces = [p.strip() for p in before.split(",")]
    for at in range(len(pieces) - 1, -1, -1):
        piece = pieces[at]
        words = piece.split()
        if words and len(words) <= ITEM_WORDS and at > 0 and not _clause(piece):
            items.append(piece)
            continue
        first = _tail(words, gerunds=all(_gerund(i) for i in items))
        if first:
            items.append(first)
        break
    return tuple(reversed(items))


def _tail(words: list[str], gerunds: bool) -> str:
    """The first item, out of the clause that introduces the list: from its last '-ing'
    word when the other items open with one ('focused on *sharing* data, using …'),
    else after the last word that leads into a list."""
    for at in range(len(words) - 1, -1, -1):
        word = words[at].casefold()
        if word in VERBS:
            return " ".join(words[at + 1 :])
        if (gerunds and word.endswith("ing")) or (not gerunds and word in LEADING_INTO):
            start = at if gerunds else at + 1
            return " ".join(words[start:])
    return " ".join(words) if len(words) <= ITEM_WORDS else ""


def _before_verb(piece: str) -> str:
    """The last item, up to the verb of the sentence it is the subject of."""
    words = piece.split()
    at = next((i for i, w in enumerate(words) if w.casefold() in VERBS), len(words))
    return " ".join(words[:at])


def _clause(piece: str) -> bool:
    return not VERBS.isdisjoint(w.casefold() for w in piece.split())


def _gerund(item: str) -> bool:
    words = item.split()
    return bool(words) and words[0].casefold().endswith("ing")
