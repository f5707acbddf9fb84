"""Forms a fresh set of answer-first checks and corrections brought: the answer given first
('118 tonnes = the Netherlands?', 'Seoul: that's where the protest was?') is checked as a
claim; 'Fix this: …' corrects a wrong statement with what the source says; 'roughly a third'
is a share, not the third place; where in the article a reader read something ('the second
paragraph') asks nothing of that place."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.forms import given_first
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "verdict", "shown"),
    [
        ("118 metric tons = the Netherlands?", "no", "59 metric tons"),
        ("London = Five Eyes meeting?", "yes", "London"),
        ("123 — that's Belgium, right?", "yes", "123"),
        ("Kristi Noem: that's who hosted the talks, right?", "no", "Mahmood"),
        ("London: that's where the Five Eyes talks were, right?", "yes", "London"),
    ],
)
def test_an_answer_given_first_is_checked(
    engine: Engine, message: str, verdict: str, shown: str
) -> None:
    answer = engine.ask(message)
    assert answer.verdict == verdict, render_markdown(answer)
    assert shown in answer.headline


def test_an_answer_given_first_for_something_unknown_is_declined(engine: Engine) -> None:
    assert not engine.ask("Cannabis, 800 tons: that's Europe's 2023 seizure total, right?").answered


@pytest.mark.parametrize(
    "message",
    [
        "Q: what did Belgium seize?",
        "Note: Belgium seized 123 tonnes",
        "2023 cocaine seizures = record? y/n + how many yrs in a row",
        "what is it: A or B?",
        "Belgium seized 123 t (1 t = 1,000 kg). How many kg is that?",
        "1 metric ton = 1.1 US tons, so how many US tons did Spain seize?",
        "Background: this is for my essay, where will Noem meet De Wever?",
        "Just to confirm: it's Tuesday?",
        "😀: that's Belgium?",
    ],
)
def test_what_gives_no_answer_first(message: str) -> None:
    assert given_first(message) is None


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("Fix this: De Wevr is the formr mayor of Brussels.", "Antwerp"),
        ("Fix this: Noem met the Five Eyes ministers in Ottawa.", "London"),
        ("Fix this: Shabana Mahmood is the long-serving U.K. Foreign Secretary.", "Home Secretary"),
    ],
)
def test_fix_this_corrects_with_what_the_source_says(
    engine: Engine, message: str, shown: str
) -> None:
    answer = engine.ask(message)
    assert answer.verdict == "no", render_markdown(answer)
    assert shown in answer.headline


def test_a_third_is_a_share_not_a_place(engine: Engine) -> None:
    answer = engine.ask(
        "What share of Europe's 2023 cocaine total did Belgium account for: roughly a third?"
    )
    assert "29.4%" in answer.headline
    assert "Netherlands" not in answer.headline
    claimed = engine.ask("Did Belgium account for a third of Europe's total?")
    assert "comes third" not in claimed.headline
    assert "third" in engine.ask("who came third?").headline


def test_a_paragraph_named_asks_nothing_of_it(engine: Engine) -> None:
    answer = engine.ask("What does the second paragraph say De Wever used to be?")
    assert "mayor of Antwerp" in answer.headline, render_markdown(answer)


def test_a_year_given_first_the_source_lacks_is_declined(engine: Engine) -> None:
    assert not engine.ask("2022: that's when Belgium seized 110 metric tons, right?").answered


def test_a_conversion_with_a_unit_given_is_still_made(engine: Engine) -> None:
    answer = engine.ask("Belgium seized 123 t (1 t = 1,000 kg). How many kg is that?")
    assert "123,000 kilograms" in answer.headline
