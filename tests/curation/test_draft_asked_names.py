"""A draft answers questions that name a thing in other words than the fact does ('the
Portline Olympics' of 'the Portline Games', 'Olympic' said elsewhere in the sentence), that
ask how much money of a sum, that ask which organisation did something when the text never
uses the word, and that ask for a date beside a figure's noun ('the two-year bans'). The
text is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

ROWING = """\
Kestland rowers face hearing

Kestland rowers Ana Berg and Jo Bloggs have appeared before a panel which will decide if \
their warnings should stand.

They were given warnings by the sport's ruling body, the Zephyra Rowing Federation, in May \
for missing checks before the Portline Olympics.

Mia Acme, who was head of the Kestland Olympic team at the Portline Games last year, also \
spoke at the hearing.

Fans spent more than £2.5bn on rowing in 2019, almost 9% more than they did in 2018, \
according to figures from the sport's trade body.

In imposing two-year bans on the pair on 22 December, the federation called their excuses \
weak.
"""


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return drafted_engine(tmp_path, "rowing", ROWING)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Who was head of the Kestland team at the Portline Olympics?", "Mia Acme"),
        ("who led the kestland olympic team at the portline olympics", "Mia Acme"),
        ("How much money did fans spend on rowing in 2019?", "2.5"),
        ("Which organisation gave them their warnings?", "Zephyra Rowing Federation"),
        ("On what date did the federation impose the two-year bans?", "22 December"),
    ],
)
def test_a_question_in_other_words_finds_its_fact(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, render_markdown(answer)
    assert shown in render_markdown(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Who was head of the Kestland team at the Portline Olympics in 2016?",
        "How much money did fans spend on rowing in 2017?",
    ],
)
def test_a_year_the_text_does_not_give_is_still_declined(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered
