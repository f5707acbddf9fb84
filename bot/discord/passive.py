"""When the bot may answer a message nobody addressed to it: the rules, free of Discord.

A passive answer is one nobody asked for, so it must be both wanted (the message reads as a
question) and right (the engine is clearly sure). The threshold is stricter than the one for
answering when asked, and calibrated by `python -m bench.passive` on the question sets so that
wrong passive answers stay at or below 1 %.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from bot.engine import several
from bot.engine.answer import Answer
from bot.engine.understand import AUXILIARIES, QUESTION_WORDS
from bot.language.text import tokenize

PASSIVE_CONFIDENCE: Final = 80.0
"""An unasked answer needs at least this confidence (asked directly, 50 answers outright).
Calibrated on tests/questions/*.jsonl by bench/passive.py: see the README's figures."""
PASSIVE_KINDS: Final = frozenset({"fact", "derived"})
"""Only answers from the facts; conversions, small talk and declines are never volunteered."""
QUESTION_OPENERS: Final = frozenset(QUESTION_WORDS | AUXILIARIES)
QUESTION_MARK: Final = "?"
CAVEAT_WORDS: Final = frozenset(
    {"not", "no", "only", "neither", "nor", "without", "nothing", "whether", "either"}
)
"""A reader's note with one of these ('the article gives no number', 'only "Tuesday"') says
the fact answers only part of what people ask of it: fine when asked, not volunteered."""
WORD_SHARE: Final = 0.55
"""At least this share of the question's own words must appear in the answer (its headline,
body and quotes): an unasked answer must visibly be about what was asked."""
WORD_PREFIX: Final = 4
"""Words are compared by their first letters, so 'report' meets 'reported' and 'reports'."""
PLAIN_WORDS: Final = frozenset(
    {"the", "a", "an", "of", "in", "on", "to", "for", "and", "or", "it", "its", "this", "that"}
    | {"me", "you", "i", "by", "with", "from", "at", "as", "much", "many", "about"}
    | {"article", "story"}
)
"""Words that say nothing about what is asked, beside the question words and auxiliaries."""
MIN_QUESTION_TOKENS: Final = 3
"""'why?' or 'is it?' alone asks about something said before, not about the facts."""
USER_GAP_SECONDS: Final = 60.0
"""Never two passive answers to one user within this long."""


def reads_as_question(text: str) -> bool:
    """A question mark, or an opening question word or auxiliary ('how much …', 'did …')."""
    tokens = tokenize(text)
    if len(tokens) < MIN_QUESTION_TOKENS:
        return False
    return QUESTION_MARK in text or tokens[0] in QUESTION_OPENERS


def confident_enough(answer: Answer, threshold: float = PASSIVE_CONFIDENCE) -> bool:
    """Answered outright from the facts, above the threshold, with no 'did you mean' doubt,
    no caveat in its notes, a yes or no for a question that opens with an auxiliary, and most
    of the question's words in the answer; a message asking several things is answered only
    when someone asks the bot (each part's answer, and what it lacks, are said then)."""
    if not (answer.answered and answer.kind in PASSIVE_KINDS and not answer.suggestions):
        return False
    if len(several.parts(answer.question)) > 1:
        return False
    if answer.confidence < threshold or any(_caveat(note) for note in answer.notes):
        return False
    tokens = tokenize(answer.question)
    if answer.verdict is None and tokens and tokens[0] in AUXILIARIES:
        return False
    return word_share(answer) >= WORD_SHARE


def word_share(answer: Answer) -> float:
    """How much of what the question says (its words beyond question words, auxiliaries and
    plain words) the answer's own text repeats."""
    said = " ".join([answer.headline, answer.body, *(c.quote for c in answer.citations)])
    known = {word[:WORD_PREFIX] for word in tokenize(said)}
    asked = [
        word
        for word in tokenize(answer.question)
        if word not in QUESTION_OPENERS and word not in PLAIN_WORDS
    ]
    if not asked:
        return 1.0
    return sum(word[:WORD_PREFIX] in known for word in asked) / len(asked)


def _caveat(note: str) -> bool:
    return not CAVEAT_WORDS.isdisjoint(tokenize(note))


@dataclass
class PassiveLimits:
    """Per-channel rate limit and the per-user gap, kept in memory (a restart forgets them)."""

    channel_rate: int
    channel_seconds: float
    user_gap: float = USER_GAP_SECONDS
    clock: Callable[[], float] = field(default=lambda: 0.0)
    _channel_times: dict[int, list[float]] = field(default_factory=dict)
    _user_times: dict[int, float] = field(default_factory=dict)

    def allows(self, channel_id: int, user_id: int) -> bool:
        """Whether one more passive answer may go out now (does not count it)."""
        now = self.clock()
        last = self._user_times.get(user_id)
        if last is not None and now - last < self.user_gap:
            return False
        recent = [
            t for t in self._channel_times.get(channel_id, []) if now - t < self.channel_seconds
        ]
        self._channel_times[channel_id] = recent
        return len(recent) < self.channel_rate

    def count(self, channel_id: int, user_id: int) -> None:
        """Record a passive answer sent now."""
        now = self.clock()
        self._channel_times.setdefault(channel_id, []).append(now)
        self._user_times[user_id] = now
        if len(self._user_times) > 10_000:  # forget users idle longer than the gap
            self._user_times = {
                u: t for u, t in self._user_times.items() if now - t < self.user_gap
            }
