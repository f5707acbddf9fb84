"""The Bramblewick pack answers its own questions, cites its own source, and leaves the article's
questions to the article when both packs are active."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.curation.drafts import DRAFT_NOTE
from bot.curation.sentences import sentences
from bot.engine.engine import Engine
from tests.evaluation import evaluate, load_questions
from tests.knowledge.support import KNOWLEDGE, clean_env, normalise, run_bot

from .support import (
    SECOND_PACK,
    SECOND_PACK_PUBLISHER,
    SECOND_PACK_QUESTIONS,
    SECOND_PACK_TITLE,
    SEED_QUESTION,
    SEED_QUOTE,
)

PUBLIC_QUESTIONS = KNOWLEDGE.parent.parent / "shared" / "eval" / "questions.jsonl"
OWN_QUESTIONS = KNOWLEDGE.parent / "tests" / "questions" / "own.jsonl"
ARTICLE_QUESTIONS = PUBLIC_QUESTIONS if PUBLIC_QUESTIONS.exists() else OWN_QUESTIONS
REQUIRED = 0.95


@cache
def both_packs() -> Engine:
    return Engine.load(KNOWLEDGE, ["antwerp", SECOND_PACK])


@cache
def article_only() -> Engine:
    return Engine.load(KNOWLEDGE, ["antwerp"])


def source_text() -> str:
    return (KNOWLEDGE / SECOND_PACK / "sources" / "bramblewick-handbook.txt").read_text("utf-8")


@pytest.mark.slow  # a long run of kb processes: it runs after the quick suite
def test_kb_check_passes_for_the_pack_alone_and_beside_the_article() -> None:
    alone = run_bot("kb", "check", "--pack", SECOND_PACK)
    env = clean_env()
    env["PACKS"] = f"antwerp,{SECOND_PACK}"
    together = run_bot("kb", "check", env=env)

    assert alone.returncode == 0, alone.stderr.decode()
    assert together.returncode == 0, together.stderr.decode()
    assert f"antwerp, {SECOND_PACK}" in together.stdout.decode()


def test_the_source_is_a_short_original_text_of_fifteen_to_twenty_five_sentences() -> None:
    assert 15 <= len(sentences(source_text())) <= 25


def test_every_fact_is_curated_with_five_questions_keywords_and_entities() -> None:
    pack = next(p for p in both_packs().kb.packs if p.name == SECOND_PACK)

    for fact in pack.facts:
        assert len(fact.questions) >= 5, fact.id
        assert fact.keywords, fact.id
        assert fact.entities, fact.id
        assert fact.curator_note != DRAFT_NOTE, f"{fact.id} is still a draft"
        assert fact.note is None, f"{fact.id} still carries the draft note"


def test_its_own_questions_are_answered_and_what_it_does_not_say_is_declined() -> None:
    report = evaluate(both_packs(), load_questions(SECOND_PACK_QUESTIONS))

    assert report.in_scope >= REQUIRED, "\n".join(report.misses)
    assert report.declined >= REQUIRED, "\n".join(report.misses)


def test_answers_cite_the_packs_own_source_verbatim() -> None:
    answer = both_packs().ask(SEED_QUESTION)

    assert answer.answered, answer.headline
    citation = answer.citations[0]
    assert citation.pack == SECOND_PACK
    assert (citation.title, citation.publisher) == (SECOND_PACK_TITLE, SECOND_PACK_PUBLISHER)
    assert citation.quote == SEED_QUOTE
    assert normalise(citation.quote) in normalise(source_text())


def test_without_the_pack_its_questions_are_declined() -> None:
    report = evaluate(article_only(), load_questions(SECOND_PACK_QUESTIONS))

    assert report.rate(kinds={"fact"}) == 0.0, "nothing about the seed library leaks in"


@pytest.mark.parametrize("questions", [ARTICLE_QUESTIONS], ids=lambda path: Path(path).name)
def test_the_articles_questions_still_pass_with_both_packs(questions: Path) -> None:
    items = load_questions(questions)

    report = evaluate(both_packs(), items)

    assert report.in_scope >= REQUIRED, report.summary() + "\n" + "\n".join(report.misses)
    assert report.declined >= REQUIRED, report.summary() + "\n" + "\n".join(report.misses)


def test_no_article_question_is_answered_from_the_second_pack() -> None:
    engine = both_packs()
    stolen = []
    for item in load_questions(ARTICLE_QUESTIONS) + load_questions(OWN_QUESTIONS):
        answer = engine.ask(str(item["q"]))
        if any(engine.kb.fact_pack.get(f) == SECOND_PACK for f in answer.fact_ids):
            stolen.append(f"{item['q']!r} -> {answer.fact_ids}")

    assert not stolen, "\n".join(stolen)
