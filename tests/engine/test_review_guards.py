"""Questions near this round's new readings that must keep their old meaning: a percent more
than another is no share claimed, 'double check' supposes nothing, a reaction word inside a
claim is part of it, codes beside capitals and unit symbols are no countries, chatter from a
place the pack lacks is still chatter, a bound is no figure looked up, 'factor' in its
ordinary sense asks no ratio."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


def test_a_percent_more_than_another_is_no_claimed_share(engine: Engine) -> None:
    answer = engine.ask("Did Belgium seize over 10% more than Spain?")
    assert "57.5%" not in answer.headline
    assert "4.2%" in answer.headline


def test_a_supposed_amount_in_another_unit_is_converted(engine: Engine) -> None:
    answer = engine.ask("if Belgium had seized 6000 more kilograms, how much?")
    assert "129 metric tons" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "can you double check if Belgium seized 123 tons?",
        "can you check if Belgium seized twice as much as the Netherlands?",
    ],
)
def test_an_if_without_a_supposition_changes_no_figure(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert "With its figure" not in answer.headline


def test_a_reaction_word_inside_a_claim_is_part_of_it(engine: Engine) -> None:
    answer = engine.ask("Did Belgium seize a tiny amount of cocaine?")
    assert answer.verdict != "yes", answer.headline


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Belgium seized 123 MT, right?", "123 metric tons"),
        ("how many MT did Spain seize?", "118 metric tons"),
        ("Who is Bart DE WEVER?", "prime minister"),
        ("FR FR how much did Spain seize", "118 metric tons"),
        ("So my friend from Germany asked me: how much cocaine did Belgium seize?", "123"),
        ("As a journalist in Italy, how much cocaine did Belgium seize?", "123"),
        ("Greetings from Germany! Which port is it that handles the most drugs?", "Antwerp"),
    ],
)
def test_capitals_units_and_chatter_keep_their_meaning(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert expected in answer.headline


def test_a_bound_is_no_figure_looked_up(engine: Engine) -> None:
    answer = engine.ask("which country seized over 100 tonnes?")
    assert "never gives" not in answer.headline


def test_factor_in_its_ordinary_sense_asks_no_ratio(engine: Engine) -> None:
    answer = engine.ask("what factor explains why Belgium seized more than Spain?")
    assert "times" not in answer.headline
