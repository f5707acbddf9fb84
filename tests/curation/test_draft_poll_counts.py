"""'How many people backed her?' of a poll that gives '14% of those polled backed her': a count
of people is answered by the share of them a drafted fact gives, a count the text states as a
number still by that number, and people the poll does not ask about are declined. The text
is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.curation.test_drafting import drafted_engine

POLL = """\
Bloggs leads Kestland poll

A poll for the Portline Gazette found that support for Jo Bloggs had risen since the summer.

Some 52% of voters said Jo Bloggs had done a good job as mayor, while 31% disagreed. Only 14% \
of those polled backed her rival Ana Berg.

The Gazette interviewed 1,200 people over three days in October. Ferry fares rose 12% in \
the same month.
"""


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return drafted_engine(tmp_path, "poll", POLL)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("how many people backed ana berg?", "14%"),
        ("how many people backed her rival?", "14%"),
        ("how many ppl thought bloggs did a good job as mayor?", "52%"),
        ("how many people did the gazette interview?", "1,200 people"),
    ],
)
def test_a_count_of_people_is_answered_by_the_share_a_poll_gives(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert quoted in answer.citations[0].quote


def test_people_the_poll_does_not_ask_about_are_declined(engine: Engine) -> None:
    assert not engine.ask("how many students backed ana berg?").answered


def test_a_percent_about_no_people_answers_no_count_of_people(engine: Engine) -> None:
    answer = engine.ask("how many people work on the ferry?")
    assert not answer.answered, answer.headline
