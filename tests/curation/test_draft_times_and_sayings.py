"""A draft answers 'when' from a time the text gives relative to now ('six years ago'), a
race time asked as 'what time did X record', what someone said about a matter, and why from
a cause the text traces; a time of day is no comparison of the two races a question names.
The text is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

HARBOUR = """\
Kestland harbour works run late

The Kestland harbour works are running 14 months late, a report by the Portline Audit \
Office says.

It says there is little sign of progress despite the introduction of a new permit scheme \
six years ago.

"Many of the delays can be traced to the fact that too little time was spent on planning," \
the report says.

Harbour minister Ana Berg said she was "deeply disappointed with the cost and the delays" \
but insisted the works would finish.

Jo Bloggs, who had been suffering from a stomach bug, shook it off to win the harbour 800m \
race at the Portline meeting.

Jo van der Berg stepped down to the 200m to finish third in 21.72 seconds.

He won the 1000m in Zephyra in 2:18.5 and the 800m in Acme in 1:47.2.
"""


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return drafted_engine(tmp_path, "harbour", HARBOUR)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("when did the new permit scheme come in?", "six years ago"),
        ("what did Ana Berg say about the cost and the delays?", "deeply disappointed"),
        ("What time did Jo van der Berg record in the 200m?", "21.72"),
        ("What was Jo Bloggs suffering from before the Portline meeting?", "stomach bug"),
        ("why do so many of the delays happen, according to the report?", "traced to"),
    ],
)
def test_the_sentence_that_says_it_answers(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)

    assert answer.answered, render_markdown(answer)
    assert shown in render_markdown(answer)


def test_a_time_said_relative_to_now_is_no_year(engine: Engine) -> None:
    answer = engine.ask("In what year did the new permit scheme come in?")

    assert not answer.answered


def test_two_races_a_question_names_are_not_compared(engine: Engine) -> None:
    answer = engine.ask("in which towns did jo van der berg run the 800m and the 1000m?")

    assert "is **less** than" not in render_markdown(answer)
    assert "than 1,000 metres" not in render_markdown(answer)
