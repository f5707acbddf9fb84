"""The passive bar holds on the question sets: ≤ 1 % of unasked answers wrong, no chatter."""

from __future__ import annotations

from bench.passive import CHATTER, QUESTION_SETS, WRONG_AT_MOST, see, tally
from bot.discord.passive import PASSIVE_CONFIDENCE
from bot.engine.engine import Engine
from tests.evaluation import load_questions

MIN_ANSWERED = 100
"""Silence is safe but useless: a passive channel must still answer a fair share."""


def test_passive_answers_are_right_and_chatter_is_left_alone(engine: Engine) -> None:
    questions = [
        seen
        for path in sorted(QUESTION_SETS.glob("*.jsonl"))
        for seen in see(engine, load_questions(path), chatter=False)
    ]
    chatter = see(engine, load_questions(CHATTER), chatter=True)

    asked = tally(questions, PASSIVE_CONFIDENCE)
    chat = tally(chatter, PASSIVE_CONFIDENCE)

    assert asked.answered >= MIN_ANSWERED, asked.line("question sets")
    assert asked.wrong_share <= WRONG_AT_MOST, asked.line("question sets")
    assert chat.answered == 0, chat.line("chatter")
