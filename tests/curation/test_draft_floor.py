"""A draft answers from the sentence closest to a question put in a reader's own common words
('on the books', 'big'), and still declines what no sentence says: advice asked for, a month
the text does not give for it. The plural of a model's name is the name ('the HX9s'). The
text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted_engine

TRAINS = """\
Harlow Rail orders new trains

Harlow Rail has ordered 40 HX9 trains from the builder Tandem Works, the operator said on \
Monday.

The first of the trains will enter service in March, with the rest following by the end of \
next year.

Fares on the Harlow line will rise by 4% from January.

Chief executive Dana Pike said the new fleet would cut journey times by ten minutes.

Tandem Works, based in Ostley, employs 1,200 people at its main plant.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("trains"), "trains", TRAINS)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("how many of the HX9s did they order?", "40"),
        ("how many people does Tandem Works have on the books at its big plant?", "1,200"),
        ("by how much will the new fleet cut journey times, going by the boss?", "ten minutes"),
    ],
)
def test_a_question_in_a_readers_common_words_is_answered(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, question
    assert shown in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "any tips for getting a cheap train ticket?",
        "which day in June will the first trains enter service?",
    ],
)
def test_what_no_sentence_says_is_declined(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered, question
