"""Forms two fresh sets brought: a quiz card ('… A) 88 B) 118 C) 123 — which is A's?') is
answered with the choice the answer names, and declined when the source names none of
them; claims listed to find the false one in ('A, B and C: which is wrong?') are each
checked and the one the source denies is shown; an English question's opening keeps it
English whatever a typo looks like."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.forms import choices, claims_to_fault
from bot.engine.several import parts
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "picked"),
    [
        (
            "A) 88 B) 118 C) 123 D) 419 — which is Belgium's 2023 cocaine seizure in metric tons?",
            "C) 123",
        ),
        (
            "Europe is the leading producer and exporter of: A) heroin B) cocaine C) ecstasy",
            "C) ecstasy",
        ),
        (
            "What is Mahmood's job? a) Foreign Secretary b) Home Secretary c) Chancellor",
            "B) Home Secretary",
        ),
        ("Roughly what share of the 419 metric tons was Belgium's? A) 15% B) 29% C) 45%", "B) 29%"),
    ],
)
def test_a_quiz_card_is_answered_with_its_choice(engine: Engine, message: str, picked: str) -> None:
    answer = engine.ask(message)
    assert answer.answered
    assert answer.headline.startswith(picked), render_markdown(answer)
    assert answer.citations or answer.working


@pytest.mark.parametrize(
    "message",
    [
        "What did Noem eat at the London talks? A) fish and chips B) pie C) curry D) salad",
        "Which was the most common of the new substances? A) nitazenes B) ketamine C) cathinones",
    ],
)
def test_a_quiz_card_the_source_answers_none_of_is_declined(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert not answer.answered, render_markdown(answer)


def test_a_quiz_card_declined_says_what_the_source_does_say(engine: Engine) -> None:
    answer = engine.ask(
        "What did Noem eat at the London talks? A) fish and chips B) pie C) curry D) salad"
    )
    assert "none of those choices" in answer.headline
    assert "Five Eyes" in answer.headline


@pytest.mark.parametrize(
    "message", ["how much did spain seize?", "did a. smith win?", "Spain a) led"]
)
def test_what_is_no_quiz_card(message: str) -> None:
    assert choices(message) is None


@pytest.mark.parametrize(
    ("message", "wrong", "shown"),
    [
        (
            "Belgium 123 metric tons, Spain 118 metric tons, Netherlands 69 metric tons. Which "
            "of these is wrong?",
            "Netherlands 69 metric tons",
            "59 metric tons",
        ),
        (
            "Three claims: the report is from 2025, the seizures are for 2023, and 2023 was a "
            "record for the fifth straight year. Which one is wrong?",
            "fifth straight year",
            "seventh",
        ),
        (
            "Which is wrong: De Wever is Belgium's prime minister; De Wever is a former mayor "
            "of Brussels; the meeting is in the port of Antwerp?",
            "mayor of Brussels",
            "Antwerp",
        ),
    ],
)
def test_the_false_claim_of_a_list_is_shown(
    engine: Engine, message: str, wrong: str, shown: str
) -> None:
    assert parts(message) == [message]  # one question, however many claims it lists
    text = render_markdown(Dialogue().ask(engine, "reader", message))
    assert text.startswith("**Wrong: “"), text
    assert wrong in text.split("”")[0]
    assert shown in text


def test_a_list_of_names_is_one_claim() -> None:
    assert claims_to_fault(
        "Spot the error: Mahmood welcomed ministers from Canada, Australia and Ireland."
    ) == ("Mahmood welcomed ministers from Canada, Australia and Ireland",)


def test_a_list_the_source_denies_nothing_of_is_read_as_it_stands(engine: Engine) -> None:
    answer = engine.ask("Which is wrong: Noem visited Colombia in March, or Brazil in May?")
    assert not answer.answered


def test_an_english_opening_keeps_a_question_english(engine: Engine) -> None:
    answer = engine.ask("What is Mahmood's titel?")
    assert "Home Secretary" in answer.headline
    assert not any("Dutch" in note for note in answer.notes)


@pytest.mark.parametrize(
    "message",
    [
        "Did Belgium seize more cocaine than Spain? a) yes b) no",
        "I have a question: a) how much did Belgium seize b) how much did Spain seize",
    ],
)
def test_choices_that_are_verdicts_or_questions_make_no_quiz_card(message: str) -> None:
    assert choices(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "How many years has the early warning system existed? A) 1000 B) 37",
        "How many metric tons did Spain seize? A) 130 B) 125",
    ],
)
def test_a_figure_that_does_not_answer_is_no_pick(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert not answer.headline.startswith(("A)", "B)")), render_markdown(answer)


def test_lettered_claims_to_find_the_false_one_in_are_checked(engine: Engine) -> None:
    answer = engine.ask(
        "Which of these is wrong: A) Belgium seized 123 metric tons B) Spain seized 150 metric tons"
    )
    assert answer.headline.startswith("Wrong: “Spain seized 150")


def test_a_question_in_another_language_after_an_english_opening_stays_foreign(
    engine: Engine,
) -> None:
    answer = engine.ask("who is de minister van Belgie?")
    assert answer.answered
    assert any("Dutch" in note for note in answer.notes)


def test_a_list_the_source_bears_out_in_full_is_said_to_hold(engine: Engine) -> None:
    answer = engine.ask(
        "Spot the error: Belgium seized 123 metric tons, Spain seized 118 metric tons and the "
        "Netherlands seized 59 metric tons."
    )
    assert answer.answered
    assert answer.headline.startswith("None of those is wrong")
    assert len(answer.citations) == 3
