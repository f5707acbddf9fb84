"""Forms a fresh set of revision notes and comparisons brought: a topic and notes of what is
asked about it ('mahmood - job title + building where she hosted the talks'), questions
joined by a plus sign ('which year's report + which port?'), one question asked of two
settings ('who did Noem meet in Antwerp versus in London?'), two claims in one check
('was A about X while B was about Y?'), and an either-or between places when the message
names two people as well ('did Noem meet Mahmood in Antwerp or London?')."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.several import parts
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "mahmood - job title + building where she hosted the talks",
            ["Home Secretary", "Artillery"],
        ),
        ("noem - who she meets in antwerp + his job?", ["De Wever", "prime minister"]),
        (
            "EU drugs agency report - which yr's report + which port had most drugs?",
            ["2025", "Antwerp"],
        ),
        ("early warning sys - how many new substances + over how many yrs", ["1,000", "27"]),
        ("de wever - former job + what country he leads", ["mayor", "Belgium"]),
        ("which yr's report + which port had most drugs?", ["2025", "Antwerp"]),
        ("how much did spain seize + how much did belgium seize?", ["118", "123"]),
        ("Who did Noem meet in Antwerp versus in London?", ["De Wever", "Five Eyes"]),
        ("who did noem meet in antwerp vs london", ["De Wever", "Five Eyes"]),
        ("Where did Noem meet Mahmood, Antwerp or London?", ["London"]),
        ("Did Noem meet Mahmood in Antwerp or in London?", ["London"]),
    ],
)
def test_each_note_is_answered(engine: Engine, message: str, expected: list[str]) -> None:
    answer = Dialogue().ask_alone(engine, message)
    shown = render_markdown(answer)
    assert answer.answered, shown
    assert all(e.casefold() in shown.casefold() for e in expected), shown


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("mahmood - job title + building where she hosted the talks", 2),
        ("de wevr - prevous job b4 PM? (flashcard)", 1),
        ("how much did belgium + spain seize?", 1),
        ("ngl what % did BE+ES+NL make up of the total", 1),
        ("2023 cocaine seizures = record? y/n + how many yrs in a row", 2),
        ("Belgium vs Spain: who seized more?", 1),
        ("Was the Antwerp meeting about maritime security?", 1),
    ],
)
def test_what_makes_a_note_and_what_does_not(message: str, found: int) -> None:
    assert len(parts(message)) == found


def test_two_claims_in_one_check_are_both_checked(engine: Engine) -> None:
    answer = Dialogue().ask_alone(
        engine,
        "Was the Antwerp meeting about maritime security while the London meeting focused on "
        "border security?",
    )
    shown = render_markdown(answer)
    assert answer.verdict == "yes"
    assert "maritime" in shown
    assert "border security" in shown
    assert shown.count("Yes —") == 2


def test_a_check_and_its_note_keep_the_verdict(engine: Engine) -> None:
    answer = Dialogue().ask_alone(engine, "2023 cocaine seizures = record? y/n + how many yrs")
    assert answer.verdict == "yes"
    assert "seventh" in render_markdown(answer)


def test_claims_of_which_one_is_false_give_no_single_verdict(engine: Engine) -> None:
    answer = Dialogue().ask_alone(
        engine,
        "Was the Antwerp meeting about maritime security while the London meeting was held in "
        "Paris?",
    )
    assert answer.verdict != "yes"


@pytest.mark.parametrize(
    ("message", "verdicts"),
    [
        ("Did the Netherlands come third while Spain came second?", ("yes", 2)),
        ("Was Belgium first while Spain was first?", (None, 1)),
    ],
)
def test_each_of_two_claims_is_checked_on_its_own(
    engine: Engine, message: str, verdicts: tuple[str | None, int]
) -> None:
    answer = Dialogue().ask_alone(engine, message)
    verdict, yeses = verdicts
    assert answer.verdict == verdict
    assert render_markdown(answer).count("Yes —") == yeses


@pytest.mark.parametrize(
    "message",
    [
        "Belgium - Spain + Netherlands = ?",
        "europe total - belgium + spain",
        "How much cocaine did Belgium seize in 2023 versus Spain?",
        "a" + " " * 5000 + "b",
    ],
)
def test_sums_and_long_messages_are_read_whole(message: str) -> None:
    assert parts(message) == [message]


def test_versus_before_a_question_asks_no_setting_of_it() -> None:
    pieces = parts("who did noem meet in antwerp versus who did she meet in london?")
    assert not any("in who" in p for p in pieces)
