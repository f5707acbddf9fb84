"""A claim that gives the size of a difference ('20 tonnes more than Spain?') is checked
against the difference computed, in the claim's unit, not only for which side is larger;
a decimal comma ('2,5 Tonnen') is a decimal."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.language.text import tokenize
from tests.engine.claims import assert_settled


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did belgium seize 20 metric tons more than spain?", "no"),
        ("Spain seized 2.5 tons less than Belgium?", "no"),
        ("Spain seized 2,5 tons less than Belgium?", "no"),
        ("Belgien hat 2,5 Tonnen mehr beschlagnahmt als Spanien, oder?", "no"),
        ("did belgium seize 5 metric tons more than spain?", "yes"),
        ("Spain seized 5 tons less than Belgium?", "yes"),
        ("did belgium seize about 11,000 pounds more than spain?", "yes"),
        ("did belgium seize over 3 metric tons more than spain?", "yes"),
        ("did belgium seize under 3 metric tons more than spain?", "no"),
        ("Belgium seized 123 metric tons, more than Spain, right?", "yes"),
    ],
)
def test_the_gap_a_claim_gives_is_the_gap_computed(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert_settled(engine, claim, verdict, "Spain (118 metric tons)")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("2,5 Tonnen", ["2.5", "tonnen"]),
        ("0,72 als Prozent", ["0.72", "als", "prozent"]),
        ("1,000 tons", ["1000", "tons"]),
        ("ranks 1,2,3", ["ranks", "1", "2", "3"]),
        ("in 2023,5 countries", ["in", "2023", "5", "countries"]),
    ],
)
def test_a_decimal_comma_is_a_decimal_and_a_list_is_not(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("1.23e5 kg", ["123000", "kg"]),
        ("1.3E2 or so", ["130", "or", "so"]),
        ("5e-1", ["0.5"]),
        ("the3e4", ["the3e4"]),
    ],
)
def test_a_figure_in_scientific_notation_is_written_out(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


def test_a_claim_in_scientific_notation_is_checked(engine: Engine) -> None:
    assert_settled(engine, "did belgium seize like 1.23e5 kg of coke in 2023?", "yes", "123")
    assert_settled(engine, "did spain seize 1.5e5 kg of cocaine?", "no", "118")


def test_a_figure_in_a_unit_no_fact_states_is_declined(engine: Engine) -> None:
    answer = engine.ask("fentanyl seizures in europe 2023 — approx 1e3 kg?")
    assert not answer.answered  # declined, saying what the source does give
    assert "1,000 new substances" in answer.headline
    assert engine.ask("heroin seized in europe, about 1000 kg?").verdict != "yes"
    assert_settled(engine, "did belgium seize about 271,000 pounds?", "yes", "123")
