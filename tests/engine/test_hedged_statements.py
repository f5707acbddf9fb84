"""Claims put as statements with doubt: made with 'to be' ('Belgium was second iirc'),
opened by the speaker's hedge ('I'm fairly sure …', 'if I'm not mistaken …'), whose
'not' denies nothing; talk about oneself is still no claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.engine.claims import verdict_of


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("pretty sure it was Spain that led", "no"),
        ("Belgium was second iirc", "no"),
        ("the antwerp meeting with de wever is on friday i believe", "no"),
        ("the annual report was by europol", "no"),
        ("the total was 419 tonnes", "yes"),
        ("noem is the homeland security secretary", "yes"),
        ("i'm fairly sure the annual report was by europol", "no"),
        ("if i'm not mistaken spain seized 118 tonnes", "yes"),
        ("i'm not sure but the netherlands seized 59 tonnes", "yes"),
        ("i think belgium seized 200 tonnes", "no"),
    ],
)
def test_a_hedged_statement_is_checked_as_a_claim(engine: Engine, claim: str, verdict: str) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    "message", ["I read the piece yesterday", "this bot is great", "the article is interesting"]
)
def test_talk_about_oneself_or_the_bot_is_no_claim(engine: Engine, message: str) -> None:
    assert engine.ask(message).verdict is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Noem meets De Wever on Monday?", "no"),
        ("noem meets de wever on tuesday", "yes"),
        ("the report finds seizures at a record?", "yes"),
    ],
)
def test_a_verb_in_the_third_person_states_a_claim(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict


def test_a_plural_before_to_states_nothing(engine: Engine) -> None:
    assert engine.ask("Convert Spain's 2023 cocaine seizures to pounds.").verdict is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "so those 3 countries with big ports made up nearly three quarters of the seizures?",
            "yes",
        ),
        ("the three countries accounted for half of the seizures?", "no"),
    ],
)
def test_a_share_said_as_a_fraction_in_words_is_checked(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict
