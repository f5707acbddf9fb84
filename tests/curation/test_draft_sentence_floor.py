"""A draft answers, from the source sentence that matches best, questions none of its
drafted forms are worded like ('take from' of 'fined', 'dad' of
'father', 'the Zephyra' of a sentence saying 'the ship' after one naming it), saying that
this is the closest the source comes; it still declines a sentence about someone else,
a count the sentence gives no figure for, a year it does not give, and a question that
shares one word with it. A curated pack (`sentences: false`) keeps to its facts. The text
is original, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine

FERRY = """\
Portline ferry firm fined over late crossings

The Portline ferry company has been fined £40,000 by the Kestland harbour authority after a \
winter of late crossings.

The fine was imposed on Tuesday after an inquiry that lasted six weeks.

Ana Berg, who runs the company, said the delays were caused by a broken engine on its \
largest ship, the Zephyra.

The ship will stay in dry dock until March.

Her father founded the firm in 1975.

The company carried 1.2 million passengers last year, 4% fewer than in 2022.

Passengers who were delayed by more than two hours will be offered a free return ticket.

Jo Bloggs, a spokesman for the harbour authority, described the service as "simply not \
good enough".

The firm plans to buy a second ship from a yard in Acme Bay before the summer.

A new timetable will start in April, with crossings every ninety minutes.
"""
FROM_SENTENCES = [
    ("What words did the harbour authority's spokesman use about the service?", "not good enough"),
    ("How much money did the harbour authority take from the ferry company?", "£40,000"),
    ("When did Ana Berg's dad establish the firm?", "1975"),  # a related word: dad, father
    ("Until when is the Zephyra out of action?", "March"),  # 'The ship' of the sentence before
    ("how many people rode with the company last year, passengers wise?", "1.2 million"),
    # two words the text never uses ('rode', 'wise') around words it does
]
DECLINED = [
    "What did Mia Acme say about the delays?",  # nobody of that name in the sentence
    "How many crew work on the Zephyra?",  # no figure of crew anywhere
    "How many passengers did the firm carry in 2019?",  # a year the text does not give
    "Who designed the Zephyra?",  # a doing the text never names
    "How many ships does the company own?",
    "What is the capital of Kestland?",
    "How much does a return ticket on the ferry cost?",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("ferry"), "ferry", FERRY)


@pytest.mark.parametrize(("question", "shown"), FROM_SENTENCES)
def test_a_question_worded_otherwise_is_answered_from_its_sentence(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, render_markdown(answer)
    assert answer.headline.startswith("The closest the source comes to that:")
    assert shown in answer.headline
    assert answer.citations
    assert all(" ".join(c.quote.split()) in " ".join(FERRY.split()) for c in answer.citations)


@pytest.mark.parametrize("question", DECLINED)
def test_what_no_sentence_answers_is_declined(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, render_markdown(answer)


def test_the_name_a_draft_opens_on_is_not_doubled(engine: Engine) -> None:
    answer = engine.ask("Who is in charge of the ferry company?")
    assert answer.answered
    assert "Ana Berg," in answer.headline
    assert "Berg Berg" not in answer.headline


def test_a_curated_pack_keeps_to_its_facts(tmp_path: Path) -> None:
    drafted = drafted_engine(tmp_path, "ferry", FERRY)
    card = tmp_path / "knowledge" / "ferry" / "pack.yaml"
    manifest = yaml.safe_load(card.read_text(encoding="utf-8"))
    assert manifest["sentences"] is True  # kb new lets a draft answer from its sentences
    manifest["sentences"] = False
    card.write_text(yaml.safe_dump(manifest), encoding="utf-8")
    curated = Engine.load(tmp_path / "knowledge", ["ferry"])
    question = FROM_SENTENCES[0][0]
    assert drafted.ask(question).answered
    assert not curated.ask(question).answered
