"""The loaded, validated knowledge the engine serves: one or more packs and their lexicon."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
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
    pack_lexicons: dict[str, Lexicon] = field(default_factory=dict)
    """Each pack's own lexicon over the shared one, so a question can be read as each pack
    reads it: one pack's synonym of an ordinary word never changes another's reading."""

    def alone(self, pack: Pack) -> KnowledgeBase:
        """One pack as if it were served by itself, read with its own lexicon only."""
        return KnowledgeBase(
            packs=(pack,),
            lexicon=self.pack_lexicons.get(pack.name, self.lexicon),
            fact_pack={f.id: pack.name for f in pack.facts},
        )

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

    def with_questions(self, extra: Mapping[str, Sequence[str]]) -> KnowledgeBase:
        """The same knowledge with more question forms for some facts (a guild's taught
        questions); ids it does not hold are skipped, and the packs on disk are untouched."""
        packs = tuple(
            dataclasses.replace(
                pack,
                facts=tuple(
                    fact.model_copy(
                        update={
                            "questions": [*fact.questions, *_new(fact.questions, extra[fact.id])]
                        }
                    )
                    if fact.id in extra
                    else fact
                    for fact in pack.facts
                ),
            )
            for pack in self.packs
        )
        return KnowledgeBase(
            packs=packs,
            lexicon=self.lexicon,
            fact_pack=dict(self.fact_pack),
            pack_lexicons=dict(self.pack_lexicons),
        )


def _new(known: Sequence[str], more: Sequence[str]) -> list[str]:
    """The question forms in `more` a fact does not already have (case and spacing aside)."""
    seen = {" ".join(q.split()).casefold() for q in known}
    fresh: list[str] = []
    for question in more:
        key = " ".join(question.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            fresh.append(question)
    return fresh


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
