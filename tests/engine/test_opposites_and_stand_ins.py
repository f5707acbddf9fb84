"""A check is answered 'no' when the source says the opposite of what it claims ('agree' of
'differ', 'praised' of 'drew criticism'), or when the name it gives the packs lack stands
where the source writes another ('mayor of Brussels?' of 'mayor of Antwerp'); a hedge or a
claimant around it ('pardon my ignorance', 'as my grandson insists') is no part of the claim;
a word the source writes around a name ('the port of Antwerp') is something it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("do the five eyes countries agree on migration?", "no"),
        ("do they all take the same approach to migration?", "no"),
        ("Were the Trump administration's raids praised internationally?", "no"),
        ("do the five eyes countries differ on migration?", "yes"),
        ("did the raids draw criticism?", "yes"),
    ],
)
def test_a_claim_the_source_says_the_opposite_of_is_denied(
    engine: Engine, question: str, verdict: str
) -> None:
    answer = engine.ask(question)
    assert answer.verdict == verdict, answer.headline


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("can u double check De Wever used to be mayor of Brussels?", "Antwerp"),
        ("ireland's minister was at the five eyes talks in london too?", "New Zealand"),
    ],
)
def test_a_name_standing_where_the_source_writes_another_is_denied(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.verdict == "no", answer.headline
    assert shown in answer.headline


def test_a_name_in_no_place_the_source_fills_is_not_denied(engine: Engine) -> None:
    assert engine.ask("Noem visited Germany, right?").verdict is None
    assert not engine.ask("How much heroin did Italy seize?").answered


@pytest.mark.parametrize(
    "question",
    [
        "Pardon my ignorance, but is Europe truly the leading producer of ecstasy, as my "
        "grandson insists?",
        "is Europe the leading producer of ecstasy, like my mate says?",
        "I might be mixing things up, but the Five Eyes meeting was in London, yeah?",
        "antwerp biggest drug port in europe yes or no",
        "is it true that antwerps port had the most drugs of any port in europe?",
    ],
)
def test_a_true_claim_inside_hedges_and_claimants_is_confirmed(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.verdict == "yes", answer.headline


def test_a_note_two_facts_share_is_told_once(engine: Engine) -> None:
    answer = engine.ask("is spain's haul twice the netherlands'?")
    sentences = [s for note in answer.notes for s in re.split(r"(?<=[.!?])\s+", note)]
    assert sentences
    assert len(sentences) == len(set(sentences)), answer.notes
