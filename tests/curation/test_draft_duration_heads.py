"""A draft answers a count asked in another unit of the figure's own kind ('how many weeks'
of a notice given in days, 'how many years' of a course given in months) from the figure that
says it, converted to the unit asked, and still declines what the text does not hold. The
text is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted_engine

PILOTS = """\
Kestland tightens rules for harbour pilots

Harbour pilots in Kestland will have to give 28 days' notice before changing shifts, the port \
authority said on Monday.

Under the old rules a pilot had to give only 10 days' notice.

The fastest pilot boat, the Zephyra, crossed the bay in 41.5 seconds.

The authority said the new training course lasts 18 months and costs £4,200.
"""


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return drafted_engine(tmp_path, "pilots", PILOTS)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("how many weeks notice did pilots have to give under the old rules?", "10 days"),
        ("how many weeks of notice before changing shifts will harbour pilots give?", "28 days"),
        ("how many years does the training course last?", "18 months"),
        ("the new course, how many years is it?", "18 months"),
    ],
)
def test_a_count_in_another_unit_of_the_figures_kind_is_answered(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, question
    assert quoted in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "how many weeks notice do ship captains have to give?",
        "how many kilograms does the training course weigh?",
    ],
)
def test_a_unit_of_another_kind_or_a_thing_not_in_the_text_is_declined(
    engine: Engine, question: str
) -> None:
    assert not engine.ask(question).answered, question


@pytest.mark.parametrize(
    ("question", "converted"),
    [
        ("28 days notice is how many weeks?", "28 days = 4 weeks"),
        ("the training course, how many years is that?", "18 months = 1.5 years"),
        (
            "how many minutes was the zephyra's crossing of the bay?",
            "41.5 seconds = 0.6917 minutes",
        ),
        (
            "the zephyra crossed the bay in how many milliseconds?",
            "41.5 seconds = 41,500 milliseconds",
        ),
    ],
)
def test_a_duration_is_given_in_the_unit_asked(
    engine: Engine, question: str, converted: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, question
    assert any(view.asked and converted.endswith(view.asked.text) for view in answer.quantities)
    assert any(converted.startswith(view.original.text) for view in answer.quantities)
