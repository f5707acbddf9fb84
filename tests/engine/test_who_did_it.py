"""'Who runs the agency?' asks for someone other than the agency: a fact that names only
what the question names cannot say who, and the question is declined, not answered with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    "question", ["who runs the EU drugs agency?", "so who actually runs the eu drugs agency"]
)
def test_who_did_it_is_declined_when_the_fact_names_only_the_question_names(
    engine: Engine, question: str
) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("who welcomed Noem?", "Shabana Mahmood"),
        ("who did Noem meet in Antwerp?", "De Wever"),
        ("who warned about violent crime?", "Authorities"),
        ("who is De Wever?", "prime minister"),
    ],
)
def test_who_did_it_is_answered_by_a_fact_naming_someone_else(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert shown in answer.headline
