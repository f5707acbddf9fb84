"""A wrong claim told before a question ('someone said the talks were in Ghent, where were
they really?') is the premise the question corrects: it is answered with the fact that gives
the place or the person, saying the source has nothing on the wrong name. A name asked about
inside the question itself still declines."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "answer", "wrong"),
    [
        ("> Noem met the Five Eyes ministers in Ottawa\nwhere was that meeting actually?",
         "London", "Ottawa"),
        ("> De Wever used to be mayor of Brussels lol wait where was he mayor actually?",
         "Antwerp", "Brussels"),
        ("someone said the meeting with De Wever is in Ghent, where is it really?",
         "Antwerp", "Ghent"),
        ("my mate reckons Noem meets De Wever in Bruges. where does she meet him?",
         "Antwerp", "Bruges"),
        ("i heard Pedro Sanchez was meeting Noem in Antwerp. who is she actually meeting there?",
         "De Wever", "Pedro Sanchez"),
    ],
)  # fmt: skip
def test_a_wrong_premise_told_first_is_corrected(
    engine: Engine, message: str, answer: str, wrong: str
) -> None:
    reply = engine.ask(message)
    assert reply.answered
    assert answer in reply.headline
    assert any(wrong in note for note in reply.notes)
    assert reply.verdict is None


@pytest.mark.parametrize(
    "message",
    [
        "Where did Noem meet the ministers in Ottawa?",
        "Where in Italy was cocaine seized?",
        "How much heroin did Italy seize?",
        "someone said Italy seized 40 tons, how much did it really seize?",
    ],
)
def test_a_name_the_question_asks_about_still_declines(engine: Engine, message: str) -> None:
    assert not engine.ask(message).answered
