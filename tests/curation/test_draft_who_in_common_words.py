"""A draft answers 'who' asked with a common verb the text does not use ('who is *running*
against A?' of 'B is standing against A'), while a doing the text never names ('who
directed …?') is still declined. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

SEAT = """\
Parties eye Kestland seat

In Harrowby, former Green councillor Mira Solt, who founded the Harbour Party, is standing \
against sitting MP Tomas Brede, who had a 4,000 majority in 2021.

Analysts said turnout in the seat was likely to fall.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("seat"), "seat", SEAT)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Who is running against Tomas Brede?", "Mira Solt"),
        ("Who is the current MP for Harrowby?", "Tomas Brede"),
    ],
)
def test_who_in_common_words_is_answered(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert answer.answered, text
    assert shown in text


def test_a_doing_the_text_never_names_is_declined(engine: Engine) -> None:
    assert not engine.ask("who directed the party?").answered
