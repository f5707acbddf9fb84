"""The loaded, validated knowledge the engine serves: one or more packs and their lexicon."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.knowledge.models import Fact, Lexicon, Manifest, Source


@dataclass(frozen=True)
class Pack:
    """One pack as loaded: its card, its source texts and its facts."""

    path: Path
    manifest: Manifest
    texts: dict[str, str]
    facts: Sequence[Fact]
    """A tuple as loaded; a view that reads facts on demand when served from the index cache."""

    @property
    def name(self) -> str:
        return self.manifest.name

    @cached_property
    def sources(self) -> dict[str, Source]:
        return {s.id: s for s in self.manifest.sources}


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything active at once; swapped whole on reload so a question never sees half of two."""

    packs: tuple[Pack, ...]
    lexicon: Lexicon
    fact_pack: dict[str, str] = field(default_factory=dict)

    @cached_property
    def facts(self) -> Sequence[Fact]:
        """Every pack's facts in order; packs read from the index cache are not decoded whole."""
        if all(isinstance(p.facts, tuple) for p in self.packs):
            return tuple(f for p in self.packs for f in p.facts)
        return Chained(tuple(p.facts for p in self.packs))

    def pack_of(self, fact_id: str) -> Pack:
        name = self.fact_pack[fact_id]
        return next(p for p in self.packs if p.name == name)

    def source_for(self, fact: Fact, source_id: str | None) -> Source:
        """The quote's own source, or the pack's only one when the curator left it implicit."""
        pack = self.pack_of(fact.id)
        if source_id is None:
            return pack.manifest.sources[0]
        return pack.sources[source_id]


class Chained(Sequence[Fact]):
    """Several packs' facts as one sequence, without copying them out."""

    def __init__(self, parts: tuple[Sequence[Fact], ...]) -> None:
        self._parts = parts

    def __len__(self) -> int:
        return sum(len(part) for part in self._parts)

    def __getitem__(self, position: int) -> Fact:  # type: ignore[override]
        if position < 0:
            position += len(self)
        for part in self._parts:
            if position < len(part):
                return part[position]
            position -= len(part)
        raise IndexError(position)

    def __iter__(self) -> Iterator[Fact]:
        for part in self._parts:
            yield from part
