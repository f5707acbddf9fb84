"""Checks that claim a rank, a multiple of another figure, a share, a figure in another unit
or a list of topics are answered yes or no before the fact or the working that settles them:
'Spain was 2nd, right?', 'more than double the Netherlands'?', 'over 80%, didn't they?'."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Spain was 2nd in the 2023 cocaine seizure ranking, right?", "yes"),
        ("spain ranked 1st, didn't it?", "no"),
        ("Were Belgium's seizures more than double the Netherlands'?", "yes"),
        (
            "Is it correct that Spain seized exactly twice as much cocaine as the Netherlands?",
            "yes",
        ),
        ("Did Spain seize three times as much as the Netherlands?", "no"),
        ("Did the Netherlands seize more than half as much as Belgium?", "no"),
        ("Belgium, Spain & NL made up over 80% of all the cocaine seized, didn't they?", "no"),
        ("Netherlands seized roughly 130,000 lbs of cocaine — accurate?", "yes"),
        ("Were the London talks also about child sexual abuse and opioids?", "yes"),
        ("did spain seize about 260,000 pounds?", "yes"),
    ],
)
def test_a_claimed_rank_multiple_share_or_list_gets_its_verdict(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict, answer.headline
