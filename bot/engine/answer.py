"""The one object every front end renders: what the engine concluded, with its evidence."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

AnswerKind = Literal["fact", "derived", "conversion", "decline", "smalltalk", "empty", "error"]


class Frozen(BaseModel):
    """Answers are shared across front ends and tasks; nobody may change one after the fact."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class Citation(Frozen):
    """The sentence an answer rests on, verbatim, and where it comes from."""

    fact_id: str
    quote: str
    title: str
    publisher: str
    url: str | None = None
    pack: str
    caption: bool = False


class Measurement(Frozen):
    """One figure in one unit, already written the way people read it."""

    value: float
    unit: str
    text: str


class QuantityView(Frozen):
    """A figure with its conversions; `asked` is the one the question wanted, if any."""

    label: str
    original: Measurement
    conversions: tuple[Measurement, ...] = ()
    asked: Measurement | None = None
    note: str | None = None


class Suggestion(Frozen):
    """A fact the person may have meant, with a question that would fetch it."""

    fact_id: str
    topic: str
    question: str
    score: float


class Answer(Frozen):
    """The engine's reply to one message, free of any front end's notions."""

    question: str
    kind: AnswerKind
    answered: bool
    headline: str
    body: str = ""
    fact_ids: tuple[str, ...] = ()
    confidence: float = 0.0
    citations: tuple[Citation, ...] = ()
    quantities: tuple[QuantityView, ...] = ()
    working: tuple[str, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    notes: tuple[str, ...] = ()
    corrections: tuple[tuple[str, str], ...] = ()
    read_as: str | None = None
    """The standalone question a follow-up was read as, when it did not stand on its own."""
    verdict: Literal["yes", "no"] | None = None
    """For a yes/no check: whether the source bears the claim out."""

    @property
    def fact_id(self) -> str | None:
        """The main fact; for a derived answer, the first of those it used."""
        return self.fact_ids[0] if self.fact_ids else None
