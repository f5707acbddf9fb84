"""An order to confirm or verify a statement ('Confirm for me: the total was 419 metric
tons?', 'please verify that …') is a check, answered Yes or No; an order to confirm a
thing ('please confirm the total seized') asks for it. A part that 'topped' the whole it
belongs to ('Belgium topped Europe's seizures?') led within it: no gap is computed. A
claimed range ('between 110 and 120', '120-125') holds when the figure lies in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Confirm for me: the EUDA's total for cocaine seized in Europe in 2023 was 419 metric "
         "tons?", "yes"),
        ("Confirm for me: Europe's 2023 cocaine seizure total was 462 metric tons?", "no"),
        ("confirm: spain seized 118 metric tons", "yes"),
        ("please verify that belgium seized 200 tons", "no"),
        ("can you verify: noem met de wever in ghent", "no"),
        ("Belgium topped Europe's cocaine seizures?", "yes"),
        ("Confirm for me: Belgium topped the 2023 European cocaine seizure ranking with 123 metric "
         "tons?", "yes"),
    ],
)  # fmt: skip
def test_an_order_to_confirm_a_statement_is_a_check(
    engine: Engine, message: str, verdict: str
) -> None:
    assert engine.ask(message).verdict == verdict


def test_an_order_to_confirm_a_thing_asks_for_it(engine: Engine) -> None:
    answer = engine.ask("please confirm the total seized in europe")
    assert answer.answered
    assert answer.verdict is None
    assert "419 metric tons" in answer.headline


def test_opinions_are_not_checks(engine: Engine) -> None:
    assert (
        engine.ask("do you think belgium is doing enough to fight drug smuggling?").verdict is None
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did spain seize between 110 and 120 metric tons?", "yes"),
        ("did spain seize between 120 and 130 metric tons?", "no"),
        ("spain seized 100 to 115 tonnes, right?", "no"),
        ("belgium seized 120-125 tonnes?", "yes"),
    ],
)
def test_a_claimed_range_holds_when_the_figure_lies_in_it(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert engine.ask(claim).verdict == verdict


def test_a_range_the_figure_lies_in_is_never_denied(engine: Engine) -> None:
    message = "spain's 2023 haul — somewhere in the 110–120 metric ton range?"
    assert engine.ask(message).verdict != "no"
