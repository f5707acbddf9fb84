"""'Which company carried out the survey?' of a draft is answered by the sentence that names
a company doing it ('For the survey, Acme interviewed …'), though it never says 'company'.
The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

SURVEY = """\
Shoppers want quiet trains

For the survey, Vantor Group interviewed 9,000 rail passengers in five countries.

Passengers said quiet carriages mattered more than free wifi.

Fares came third in the list of worries.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("trains"), "trains", SURVEY)


def test_the_kind_asked_for_is_found_in_the_name_a_sentence_gives(engine: Engine) -> None:
    answer = engine.ask("Which company carried out the survey?")
    text = render_markdown(answer)
    assert answer.answered, text
    assert "Vantor Group interviewed" in text


def test_a_sentence_naming_none_of_that_kind_is_not_chosen(engine: Engine) -> None:
    answer = engine.ask("Which company runs the trains?")
    assert "Vantor" not in render_markdown(answer) or not answer.answered
