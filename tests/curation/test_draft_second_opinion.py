"""A draft's fact whose drafted questions match while its sentence holds much less of the
question than another sentence does ('how much profit did the *music division* make?' of
the group's profit) gives way to the sentence that says it; the group's own question keeps
its fact. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

GROUP = """\
Corvale profit jumps on streaming

Quarterly profits at media group Corvale jumped 40% to £500m for the three months to December, \
from £357m a year earlier.

Its music division saw profits slump 20% to £84m, after two albums sold poorly.

Corvale said streaming revenue grew 12% to £1.2bn.

Chief executive Ida Marsh said the group would open 30 new studios next year.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("group"), "group", GROUP)


def test_the_sentence_naming_the_part_asked_about_answers(engine: Engine) -> None:
    text = render_markdown(
        engine.ask("How much profit did the music division make in the quarter?")
    )
    assert "£84m" in text, text
    assert "£500m" not in text


def test_the_whole_keeps_its_own_fact(engine: Engine) -> None:
    text = render_markdown(engine.ask("How much profit did Corvale make in the quarter?"))
    assert "£500m" in text, text
