"""Words a reader may use for what a text says with another ('dad' of 'father', 'accused' of
'charged'): the WordNet-derived table in `data/related.tsv`, read on first use only, since
only a question no fact answers looks a word up in it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

TABLE: Final = Path(__file__).with_name("data") / "related.tsv"

_read: dict[str, frozenset[str]] | None = None


def related_stems(stems: Callable[[list[str]], list[str]]) -> Mapping[str, frozenset[str]]:
    """Each word's stem and the stems of the words related to it, `stems` stemming a list."""
    global _read
    if _read is None:
        rows = [
            line.split("\t")
            for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        ]
        words = sorted({w for word, others in rows for w in (word, *others.split())})
        stem = dict(zip(words, stems(words), strict=True))
        found: dict[str, set[str]] = defaultdict(set)
        for word, others in rows:
            found[stem[word]].update(stem[o] for o in others.split())
        _read = {k: frozenset(v - {k}) for k, v in found.items()}
    return _read
