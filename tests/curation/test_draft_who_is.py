"""'Who is A?' of a draft is answered by the sentence that says what A is ('A, editor of
…'), not by one that only quotes A. The text is original, written for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

REVIEW = """\
Lumo handheld priced for Europe

Mr Tarrow believes there is room in the market for both the Lumo and its older rival.

The launch price of £89 compares well with the US price of $129, according to Piet Tarrow, \
editor of the Pocket Play magazine.

Piet Tarrow said: "It is a very keen price."

Mr Tarrow said the line-up of games could have been stronger.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("review"), "review", REVIEW)


@pytest.mark.parametrize("question", ["Who is Piet Tarrow?", "who is tarrow"])
def test_who_is_a_person_says_what_they_are(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert answer.answered, text
    assert "editor of the Pocket Play magazine" in text


def test_what_a_person_said_is_still_their_words(engine: Engine) -> None:
    text = render_markdown(engine.ask("What did Piet Tarrow say about the line-up of games?"))
    assert "could have been stronger" in text, text


def test_the_introduction_is_chosen_over_a_quote_that_ranks_as_high(engine: Engine) -> None:
    from bot.engine.match import rank

    query = engine.analyzer.analyse("Who is Piet Tarrow?")
    ranked = rank(query, engine.index)
    quoting = [c for c in ranked if "editor of" not in c.fact.fact.answer]
    introducing = [c for c in ranked if "editor of" in c.fact.fact.answer]
    chosen = engine._introducing(query, quoting[:1] + introducing)
    assert chosen is not None
    assert "editor of the Pocket Play magazine" in chosen.fact.fact.answer


def test_a_quote_after_the_name_is_no_introduction(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    text = (
        "Mill reopens\n\nThe mill reopened on Friday, Cllr Marsh said.\n\n"
        '"It is a great day," said Marsh, called by many the champion of the town.\n\n'
        "Cllr Eva Marsh, leader of the council, opened the doors at noon.\n"
    )
    engine = drafted_engine(tmp_path_factory.mktemp("mill"), "mill", text)
    query = engine.analyzer.analyse("Who is Eva Marsh?")
    from bot.engine.match import rank

    ranked = rank(query, engine.index)
    chosen = engine._introducing(query, ranked)
    assert chosen is None or "leader of the council" in chosen.fact.fact.answer
