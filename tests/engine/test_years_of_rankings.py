"""A ranking or a figure is of its own year: a check of it in a year the source does not
cover ('did Belgium seize the most in 2021?') is declined, not answered 'no' with 2023's;
'lead' is a rank ('why did Belgium lead?' says the source gives no reason), and 'which
country was first?' is the top of the ranking."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    "question",
    [
        "did Belgium seize the most in 2021?",
        "did it lead in 2021 as well?",
        "Belgium came first in 2022, right?",
        "did spain seize more than belgium in 2020?",
    ],
)
def test_a_check_of_a_year_the_source_lacks_is_declined(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, render_markdown(answer)
    assert "says nothing about 20" in render_markdown(answer)


def test_a_place_the_source_lacks_is_still_corrected(engine: Engine) -> None:
    text = render_markdown(engine.ask("was the meeting with De Wever in Brussels?"))
    assert text.lstrip("*").startswith("No"), text
    assert "Antwerp" in text


def test_why_of_a_lead_has_no_reason(engine: Engine) -> None:
    text = render_markdown(engine.ask("why did Belgium lead?"))
    assert text.lstrip("*").startswith("The source doesn't say why"), text
    assert "123" in text


def test_did_another_lead_is_answered_no(engine: Engine) -> None:
    text = render_markdown(engine.ask("did Spain lead?"))
    assert text.lstrip("*").startswith("No"), text
    assert "Belgium" in text


@pytest.mark.parametrize(
    "question",
    ["which country was first?", "Which country was first for seizures, and with how much?"],
)
def test_which_country_was_first_is_the_top_of_the_ranking(engine: Engine, question: str) -> None:
    text = render_markdown(engine.ask(question))
    assert "**Belgium** comes first" in text or "Belgium comes first" in text, text
    assert "123" in text


def test_a_question_after_a_comma_is_asked_not_a_clause_of_a_check(engine: Engine) -> None:
    answer = engine.ask(
        "Of the three, which one country had the smallest haul, and how big was it?"
    )
    text = render_markdown(answer)
    assert not text.lstrip("*").startswith(("Yes", "No")), text
    assert "Netherlands" in text
    assert "59" in text
