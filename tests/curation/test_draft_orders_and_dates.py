"""A place in an order ('its first console') is no count, so 'how many … sold' is not
answered from it; 'on what date' is a question of when. The text is original, written for
these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

LAUNCH = """\
Lumen handheld given Euro date

Lumen's handheld will go on sale in Europe on 11 March, the firm said.

Rival Orvik has said it will launch its first handheld console, the Quill, in the US and \
Europe before the end of March.

Analysts at Brant Research said the Quill would compete with older machines for younger players.

More than 2.8 million Lumen consoles have been sold since it first appeared in the US.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("launch"), "launch", LAUNCH)


def test_an_ordinal_is_no_count(engine: Engine) -> None:
    answer = engine.ask("How many Quill units has Orvik sold so far?")
    assert not answer.answered, render_markdown(answer)


def test_what_date_needs_a_time(engine: Engine) -> None:
    answer = engine.ask("On what date do Brant Research analysts expect the Quill to compete?")
    assert not answer.answered, render_markdown(answer)


def test_a_count_the_text_gives_is_answered(engine: Engine) -> None:
    text = render_markdown(engine.ask("How many Lumen consoles have been sold?"))
    assert "2.8 million" in text, text
