"""A draft answers 'why' from a sentence that gives its reason the way business and sport
news do ('on the back of', 'after selling', 'helped by'), reads 'Q4' as the fourth quarter
and 'annual' as the full year, and lets a reader's 'does she reckon' or 'did he mention'
ask what someone said. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

RESULTS = """\
Brightwater lifts profit on strong cruise bookings

Holiday firm Brightwater said fourth quarter sales rose 4% to £812m.

Its underlying profit rose 9% on the back of stronger cruise bookings in northern Europe.

Brightwater raised its forecast for the year last month after selling 40,000 winter breaks \
in a single week.

Its hotel arm saw profits fall 12% to £31m, hurt by a wet summer in the Adriatic.

Chief executive Nadia Follow told staff: "We have got about four or five new ships coming \
into service at the same time."

For the full year, the company made a profit of £190m, up 15% from 2023.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("results"), "results", RESULTS)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Why did the underlying profit go up?", "cruise bookings"),
        ("Why did Brightwater raise its forecast?", "40,000"),
        ("why did the hotel arm's profits fall?", "wet summer"),
    ],
)
def test_a_why_is_answered_by_the_sentence_giving_its_reason(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert answer.answered, text
    assert "doesn't say why" not in text
    assert shown in text


def test_q4_is_the_fourth_quarter(engine: Engine) -> None:
    answer = engine.ask("What were Q4 sales?")
    assert answer.answered, render_markdown(answer)
    assert "812" in render_markdown(answer)


def test_annual_is_the_full_year(engine: Engine) -> None:
    answer = engine.ask("what was the annual profit?")
    assert answer.answered, render_markdown(answer)
    assert "190" in render_markdown(answer)


def test_a_readers_reckon_asks_what_was_said(engine: Engine) -> None:
    answer = engine.ask("How many new ships does Nadia Follow reckon are on the way?")
    assert answer.answered, render_markdown(answer)
    assert "four or five" in render_markdown(answer)
    query = engine.analyzer.analyse("how many ships does she reckon are coming, did she mention?")
    asked = [s for s in query.content if s not in engine.index.pack_idf[0]]
    common = engine.sentences._common(query, asked)
    assert {engine.analyzer.stem("reckon"), engine.analyzer.stem("mention")} <= common
    # weighed as the reader's way of asking, not as something the text lacks


def test_a_why_the_text_gives_no_reason_for_still_says_so(engine: Engine) -> None:
    text = render_markdown(engine.ask("Why did fourth quarter sales rise?"))
    assert "doesn't say why" in text


def test_what_came_after_is_no_reason(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = (
        "Minister tours ports\n\nThe minister flew to Lisbon after visiting Brussels on Monday.\n\n"
        "She will report to parliament next week.\n"
    )
    engine = drafted_engine(tmp_path_factory.mktemp("tour"), "tour", text)
    answer = engine.ask("Why did the minister fly to Lisbon?")
    assert not answer.answered, render_markdown(answer)  # a sequence, said as no reason
