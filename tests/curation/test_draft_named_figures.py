"""A figure that names what a question asks about ('the 400m record') is not answered by a
fact on another of its kind ('the 800m title'), a look-up by a figure goes to the fact that
gives it, and 'how old' needs an age. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

RUNNER = """\
Vale sets sights on 800m title

Kira Vale aims to make up for losing her 800m title in Rome by winning a fourth world crown \
this summer.

The pair contest the 400m, the distance over which Vale holds the world record of 51.2 \
seconds.

Vale finished second in the 1500m in Oslo last year.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("runner"), "runner", RUNNER)


def test_a_named_figure_of_another_fact_is_not_its_answer(engine: Engine) -> None:
    answer = engine.ask("When did Vale set the 400m world record?")
    text = render_markdown(answer)
    assert not answer.answered, text
    assert "this summer" not in text.split("What it does say")[0]


def test_the_fact_with_the_named_figure_answers(engine: Engine) -> None:
    text = render_markdown(engine.ask("What is Vale's record over the 400m distance?"))
    assert "51.2" in text, text


def test_how_old_needs_an_age(engine: Engine) -> None:
    answer = engine.ask("How old is Kira Vale?")
    text = render_markdown(answer)
    assert not answer.answered, text
    assert "doesn't say how old" in text
