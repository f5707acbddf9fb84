"""What the engine decided about one message, between deciding and wording: the kind of
answer, the facts and figures it rests on, and nothing yet written for a reader.

`Engine` reaches one of these per message; `Composer.compose` is the one place that turns
it into an `Answer`. A new kind of answer is a new class here and one case there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.engine.answer import Suggestion
from bot.engine.derive import Derivation
from bot.engine.match import Candidate
from bot.engine.understand import UnitMention
from bot.engine.wording import Said

Verdict = Literal["yes", "no"]


@dataclass(frozen=True)
class Prompt:
    """Nothing was asked: invite a question, with an example the packs answer."""

    example: str


@dataclass(frozen=True)
class SmallTalk:
    """A social message (thanks, hello): the friendly word its kind deserves."""

    name: str
    example: str


@dataclass(frozen=True)
class Found:
    """A fact answers the question; a yes/no check's verdict, and a note when the question
    named something the packs lack but the fact settles it."""

    candidate: Candidate
    offers: tuple[Suggestion, ...] = ()
    verdict: Verdict | None = None
    note: Said | None = None
    lead: Said | None = None
    """The answer's opening, when the question asks something the fact shows without
    saying it ('Japan is the one it leaves out: …')."""


@dataclass(frozen=True)
class Computed:
    """A figure the packs imply but never state, worked out from the facts that do."""

    derivation: Derivation
    confidence: float
    verdict: Verdict | None = None
    """For a check of a comparison ('France exported more than Chile?'): yes or no first."""


@dataclass(frozen=True)
class Declined:
    """The packs do not answer it: why, and what the asker may have meant."""

    reason: Said
    suggestions: tuple[Suggestion, ...] = ()
    confidence: float = 0.0


@dataclass(frozen=True)
class Conversion:
    """An amount into another unit (or into its usual companions)."""

    source: UnitMention
    target: str | None
    scale: float | None = None
    """The scale asked for ('in billions'): the amount is given in it, in its own unit."""
    stated: tuple[float, str] | None = None
    """The same amount as the source itself gives it in the unit asked ('135 tons' is its
    '123 metric tons'), where a fact states both."""


@dataclass(frozen=True)
class Comparison:
    """Two amounts side by side in one unit."""

    first: UnitMention
    second: UnitMention


@dataclass(frozen=True)
class Percent:
    """A bare fraction read as a percentage."""

    value: float


@dataclass(frozen=True)
class Failed:
    """The question cannot be worked (a unit nobody knows, amounts that do not compare)."""

    reason: Said


Decision = (
    Prompt | SmallTalk | Found | Computed | Declined | Conversion | Comparison | Percent | Failed
)
