"""Answer quality on the project's own question sets: the bot's whole promise, measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.evaluation import Report, evaluate, load_questions

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
TARGET_IN_SCOPE = 0.95
TARGET_DECLINED = 0.95


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.fixture(scope="module")
def own(engine: Engine) -> Report:
    return evaluate(engine, load_questions(QUESTIONS / "own.jsonl"))


def test_own_set_is_big_and_varied_enough() -> None:
    items = load_questions(QUESTIONS / "own.jsonl")
    kinds = [str(i["kind"]) for i in items]
    assert len(items) >= 120 + 40
    assert kinds.count("out_of_scope") >= 30
    assert kinds.count("convert") + kinds.count("derived") >= 40


def test_in_scope_questions_are_answered_right(own: Report) -> None:
    assert own.in_scope >= TARGET_IN_SCOPE, own.summary() + "\n" + "\n".join(own.misses)


def test_questions_outside_the_article_are_declined(own: Report) -> None:
    assert own.declined >= TARGET_DECLINED, own.summary() + "\n" + "\n".join(own.misses)


def test_every_answer_quotes_its_source_verbatim(own: Report) -> None:
    grounded, answered = own.grounded
    assert answered > 100
    assert grounded == answered


DIALOGS_IN_SCOPE = 0.90
DIALOGS_DECLINED = 0.95
"""Follow-ups in conversations (tests/questions/dialogs.jsonl, written from the article alone
by someone who had not read the rewrite code), the issue's targets."""


@pytest.fixture(scope="module")
def dialogs(engine: Engine) -> Report:
    return evaluate(engine, load_questions(QUESTIONS / "dialogs.jsonl"))


def test_dialog_set_is_big_and_has_must_decline_turns() -> None:
    items = load_questions(QUESTIONS / "dialogs.jsonl")
    conversations = {str(i["conversation"]) for i in items}
    declining = {str(i["conversation"]) for i in items if i["kind"] == "adversarial"}
    assert len(conversations) >= 60
    assert len(declining) * 3 >= len(conversations)


def test_follow_ups_are_answered_in_their_conversation(dialogs: Report) -> None:
    assert dialogs.in_scope >= DIALOGS_IN_SCOPE, (
        dialogs.summary() + "\n" + "\n".join(dialogs.misses)
    )


def test_follow_ups_the_article_cannot_answer_are_declined(dialogs: Report) -> None:
    assert dialogs.declined >= DIALOGS_DECLINED, (
        dialogs.summary() + "\n" + "\n".join(dialogs.misses)
    )


def test_follow_up_answers_quote_their_source_verbatim(dialogs: Report) -> None:
    grounded, answered = dialogs.grounded
    assert grounded == answered
