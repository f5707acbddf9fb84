"""The shape of a knowledge pack, as curators write it in YAML."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.language.units import UnitWords

QuestionType = Literal[
    "who", "what", "where", "when", "which", "why", "how", "how_much", "how_many", "how_long",
    "yes_no",
]  # fmt: skip

ENTITY_KINDS = ("country", "region", "place", "person", "organisation", "substance", "year")
PROPER_KINDS = frozenset({"country", "region", "place", "person", "organisation"})
"""Kinds of entity named as proper names: who or what did something, not a thing or a year."""
EntityKind = Literal["country", "region", "place", "person", "organisation", "substance", "year"]
PLACE_KINDS: frozenset[str] = frozenset({"country", "region", "place"})
"""The kinds of name that say where: what answers 'where', and what a text is set in."""


class Strict(BaseModel):
    """Refuses unknown keys, so a misspelt field in a fact file is an error, not silence."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(Strict):
    """A document facts are quoted from; metadata is only what the document itself states."""

    id: str
    file: str
    title: str
    publisher: str
    dateline: str | None = None
    url: str | None = None
    date: str | None = None
    note: str | None = None


class Quote(Strict):
    """A verbatim span of a source, the evidence an answer is cited with."""

    text: str = Field(min_length=3)
    source: str | None = None


class Figure(Strict):
    """The same amount restated in another unit by the source, checked for agreement at load."""

    value: float
    unit: str


class Quantity(Strict):
    """A figure a fact states, typed so it can be converted and computed with."""

    value: float
    unit: str
    what: str
    measure: str | None = None
    where: list[str] = Field(default_factory=list)
    when: str | None = None
    role: Literal["part", "total", "count", "duration", "share", "other"] = "other"
    also: list[Figure] = Field(default_factory=list)
    exact: bool = True


class Fact(Strict):
    """One statement of a source that the bot can answer with."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    topic: str
    answer: str = Field(min_length=2)
    quotes: list[Quote] = Field(min_length=1)
    questions: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    asks: list[QuestionType] = Field(default_factory=list)
    entities: dict[EntityKind, list[str]] = Field(default_factory=dict)
    quantities: list[Quantity] = Field(default_factory=list)
    unknowns: list[str] = Field(default_factory=list)
    """What people ask about this subject that the source does not say ('his party', 'her age'):
    a question about one of these is declined, not answered with the nearest fact."""
    caption: bool = False
    note: str | None = None
    """Shown to readers under the answer: what they should know to read it right."""
    curator_note: str | None = None
    """For the people who keep the pack; never shown in a reply."""

    def amounts(self) -> list[tuple[float, str]]:
        """Every figure the fact states with its unit, the restatements ('(135 US tons)') too."""
        stated = [(q.value, q.unit) for q in self.quantities]
        return stated + [(a.value, a.unit) for q in self.quantities for a in q.also]

    @field_validator("keywords", "aliases", mode="before")
    @classmethod
    def _numbers_as_words(cls, values: object) -> object:
        """A curator writing `- 2023` means the word 2023, not a number."""
        if isinstance(values, list):
            return [
                str(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
                for v in values
            ]
        return values

    @field_validator("questions", "keywords", "aliases", "unknowns")
    @classmethod
    def _no_blank_strings(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("must not contain blank entries")
        return values


class FactFile(Strict):
    """One YAML file of facts; several files keep a pack readable by topic."""

    facts: list[Fact] = Field(min_length=1)


class Manifest(Strict):
    """The pack's own card: what it is and which documents it quotes."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    description: str = ""
    default: bool = False
    """Served when no PACKS setting names the packs to serve."""
    example_question: str | None = None
    """A question the pack answers well, offered to people who do not know what to ask."""
    sentences: bool = False
    """When no fact answers, the source sentence that best matches may, under the same
    checks (a draft's facts do not yet carry the questions readers ask)."""
    sources: list[Source] = Field(min_length=1)


class SmallTalk(Strict):
    """A social message (thanks, hello) and the friendly word it deserves instead of a fact."""

    phrases: list[str] = Field(min_length=1)
    reply: str


class Lexicon(Strict):
    """Curated language knowledge: how people say things, kept out of code."""

    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    entities: dict[EntityKind, dict[str, list[str]]] = Field(default_factory=dict)
    units: dict[str, UnitWords] = Field(default_factory=dict)
    fillers: list[str] = Field(default_factory=list)
    purposes: list[str] = Field(default_factory=list)
    """What an asker wants an answer for ('memo', 'essay', 'slide'): a 'for the memo' clause
    ending a message is about the asker, so its words are not part of the question."""
    reporting: list[str] = Field(default_factory=list)
    """Verbs that put someone's claim ('jules *claims* …', 'my uncle *reckons* …'): who claims
    it is no part of what is checked."""
    stopwords: list[str] = Field(default_factory=list)
    smalltalk: dict[str, SmallTalk] = Field(default_factory=dict)
    cues: dict[str, list[str]] = Field(default_factory=dict)
    implies: dict[str, list[str]] = Field(default_factory=dict)
    answer_kinds: dict[EntityKind, list[str]] = Field(default_factory=dict)
    """Nouns that say what kind of thing is asked for ('which *country*', 'what *port*')."""
