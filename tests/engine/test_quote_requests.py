"""Forms a fresh set of requests for the source's own words brought: 'Quote the sentence
about …', 'cite the line about …', 'the exact wording of …', '… word for word' ask for
the fact about what follows, with its quote, and never for a yes or no; a person's own
words the source does not give are still declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("request_", "quoted"),
    [
        (
            "Quote the sentence about the share of the total the three countries accounted for.",
            "72% of the total",
        ),
        ("quote me the line about Belgium's seizures", "Belgium led with 123"),
        ("quote the passage on the London talks", "Honourable Artillery Company"),
        ("cite the line about ecstasy", "producer and exporter of ecstasy"),
        ("cite the passage about the early warning system", "early warning system"),
        ("give me the exact words about the early warning system", "early warning system"),
        ("what's the exact wording of the criticism?", "criticism"),
        ("the sentence about the seventh straight record, word for word", "seventh straight"),
    ],
)
def test_a_request_for_the_source_s_words_gets_its_quote(
    engine: Engine, request_: str, quoted: str
) -> None:
    answer = engine.ask(request_)
    assert answer.answered, render_markdown(answer)
    assert answer.verdict is None
    assert any(quoted in c.quote for c in answer.citations), answer.citations


def test_words_the_source_does_not_give_are_declined(engine: Engine) -> None:
    assert not engine.ask("Quote me Noem's exact words about the port of Antwerp.").answered
