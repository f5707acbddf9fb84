"""Forms two fresh sets brought: a guess hedged by its speaker ('I vaguely remember …?',
'… Not sure.', '…, or am I misremembering?') is checked as a claim; 'does the article say
how many …?' is answered yes with what it says, only when the source does say it; two
amounts a question adds or takes away are worked out; a learner's misheard first letter
('ceize') is corrected; 'how much drug' asks for the amount of whichever drug a fact gives."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.forms import asked_of_source, hedged_claim
from bot.engine.spelling import Speller
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "verdict", "shown"),
    [
        (
            "I vaguely remember the early warning system found something like 500 new substances?",
            "no",
            "1,000",
        ),
        ("I thnk the Noem–De Wever meeting was in Rotterdm? Not sure.", "no", "Antwerp"),
        ("If I remember right, Belgium seized 123 metric tons.", "yes", "123"),
        ("correct me if I'm wrong: the Five Eyes talks were in Paris", "no", "London"),
        ("Spain seized 118 metric tons, if I'm not mistaken", "yes", "118"),
        (
            "If I remember right, the three countries together come to about 300 metric tons "
            "— is that right?",
            "yes",
            "300",
        ),
    ],
)
def test_a_hedged_guess_is_checked(engine: Engine, message: str, verdict: str, shown: str) -> None:
    answer = engine.ask(message)
    assert answer.verdict == verdict, render_markdown(answer)
    assert shown in render_markdown(answer)
    assert answer.question == message


def test_a_hedged_question_is_asked_without_its_hedge() -> None:
    assert (
        hedged_claim("Was 2023 a record year, or am I misremembering?") == "Was 2023 a record year?"
    )


@pytest.mark.parametrize(
    "message",
    [
        "how much did spain seize?",
        "Spain led, right?",
        "I think I read about it, how much did Spain seize?",
        "I think so",
        "I assume you know about Belgium",
    ],
)
def test_what_is_no_hedged_claim(message: str) -> None:
    assert hedged_claim(message) is None


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            "Does the article say how many new substances the early warning system has identified?",
            "1,000",
        ),
        (
            "Is the article clear about which regions Noem has been setting up law "
            "enforcement agreements in?",
            "South America",
        ),
        ("does the story tell us who hosted the Five Eyes talks?", "Mahmood"),
    ],
)
def test_what_the_source_tells_is_told_yes(engine: Engine, message: str, shown: str) -> None:
    answer = engine.ask(message)
    text = render_markdown(answer)
    assert answer.verdict == "yes", text
    assert text.startswith("**Yes — ")
    assert "Yes — No" not in text
    assert shown in text


@pytest.mark.parametrize(
    ("message", "verdict", "shown"),
    [
        ("Does it say whether the ministers disagreed during the London talks?", "no", "disagree"),
        ("Does the article say whether Spain led?", "no", "Belgium"),
    ],
)
def test_a_check_the_source_settles_is_told_with_its_verdict(
    engine: Engine, message: str, verdict: str, shown: str
) -> None:
    answer = engine.ask(message)
    text = render_markdown(answer)
    assert text.startswith("**Yes, it says: ")
    assert answer.verdict == verdict
    assert shown in text


def test_a_source_naming_nobody_new_is_not_said_to_name_someone(engine: Engine) -> None:
    answer = engine.ask(
        "Does the piece name who criticized the Trump administration's deportation program?"
    )
    assert answer.verdict != "yes", render_markdown(answer)


def test_what_the_source_does_not_tell_is_not_told(engine: Engine) -> None:
    answer = engine.ask("does the article say how much heroin Italy seized?")
    assert not answer.answered
    assert answer.verdict is None


def test_a_choice_about_the_source_is_no_question_of_what_it_tells() -> None:
    assert (
        asked_of_source("Does the article say the meeting happened, or only that it is expected?")
        is None
    )


@pytest.mark.parametrize(
    ("message", "shown", "absent"),
    [
        ("what's 300 metric tons minus 100 metric tons?", "200 metric tons", "-100"),
        ("what is 5 kg plus 3 pounds?", "6.361 kilograms", "more than"),
        ("what's the difference between 5 kg and 3 lb?", "3.639 kilograms", "more than"),
        ("is 300 metric tons more than 100 metric tons?", "Yes", "(100 metric tons)"),
    ],
)
def test_two_amounts_are_worked_out(engine: Engine, message: str, shown: str, absent: str) -> None:
    text = render_markdown(engine.ask(message))
    assert shown in text
    assert absent not in text


def test_a_claimed_total_of_the_named_kind_is_checked(engine: Engine) -> None:
    answer = engine.ask("the three countries together: 250 metric tons?")
    assert answer.verdict == "no", render_markdown(answer)
    assert "300" in render_markdown(answer)


def test_arithmetic_trivia_is_still_declined(engine: Engine) -> None:
    assert not engine.ask("what's 15% of 80?").answered


def test_a_misheard_first_letter_is_corrected() -> None:
    speller = Speller(Counter({"seize": 3, "cocaine": 2, "figure": 1}))
    assert speller.correct("ceize") == "seize"
    assert speller.correct("kocaine") == "cocaine"
    assert speller.correct("pigure") == "pigure"  # 'p' is heard as 'f' only in 'ph'


def test_how_much_drug_asks_for_the_drug_a_fact_gives(engine: Engine) -> None:
    assert "123" in render_markdown(engine.ask("belgum ceize how mutch drug?"))
    assert not engine.ask("how many new substances were found in 2023 alone").answered


def test_a_hedged_question_is_one_part() -> None:
    from bot.engine.several import parts

    assert parts("Did Spain lead, or am I misremembering?") == [
        "Did Spain lead, or am I misremembering?"
    ]


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("What is more, 123 tonnes or 118 tonnes?", "**more** than"),
        ("which is more, 5 kg or 10 lb?", "**more** than"),
    ],
)
def test_two_amounts_compared_are_not_worked_out(engine: Engine, message: str, shown: str) -> None:
    text = render_markdown(engine.ask(message))
    assert shown in text
    assert "−" not in text
