"""A drafted pack answers readers in their own words, before anyone curates it: who scored, how
much prize money, how old, what colour, and declines what the text leaves out. Names are read
as the text means them (a product, a misspelling, a shared surname, a dateline). The texts are
original, written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.curation.drafts import answer_sentence, named_in_full
from bot.curation.names import Name, all_names
from bot.curation.readers import asked_by
from bot.curation.scaffold import new_pack
from bot.engine.engine import Engine

CUP = """Harlow Tigers lift the county cup

Harlow : The Harlow Tigers beat Denton Rovers 3-1 in the county cup final on Saturday, in front \
of a crowd of 4,200.

Striker Priya Nandakumar, 24, scored twice in the second half. Tigers captain Jo Whitlock lifted \
the trophy.

Club chairman Owen Pryce said the victory had earned the Tigers £15,000 in prize money. About 60 \
percent of the fans had travelled from Harlow.

The team's new kit comes in green with white sleeves and went on sale for £45 last month.
"""
LAUNCH = """Brightloom Unveils Its Loom X Headset

Brightloom has announced that the Loom X will go on sale 9/14 in Canada. It will cost $499 for \
the standard model.

The standard model comes with 64GB of storage and a charging dock. Brightloom's Loom X rivals \
headsets from larger firms.
"""
RESULTS = """Valley Half Marathon Results

Kenyan runner Peter Omondi won the men's race. Omondi, 27, finished in one hour and two minutes. \
Countryman Daniel Omondi (no relation) was second, and Petre Omondy of Uganda was third. \
Ugandan Grace Achieng won the women's race. Achieng took home $5,000.
"""


@pytest.fixture(scope="module")
def cup(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _drafted(tmp_path_factory.mktemp("cup"), "cup", CUP)


def _drafted(folder: Path, name: str, text: str) -> Engine:
    knowledge = folder / "knowledge"
    knowledge.mkdir()
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    new_pack(knowledge, name, source, publisher="Test desk")
    return Engine.load(knowledge, [name])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much prize money did the Tigers win?", r"15,000"),
        ("How old is Priya Nandakumar?", r"\b24\b"),
        ("Who scored twice?", r"Nandakumar"),
        ("What colour is the new kit?", r"green"),
        ("How much is the new kit?", r"£45"),
        ("How many fans watched the final?", r"4,200"),
        ("Who is the club chairman?", r"Owen Pryce"),
    ],
)
def test_a_draft_answers_who_and_how_much_in_the_readers_words(
    cup: Engine, question: str, expected: str
) -> None:
    answer = cup.ask(question)

    assert answer.answered, answer.headline
    assert re.search(expected, f"{answer.headline} {answer.citations[0].quote}")


@pytest.mark.parametrize(
    "question",
    [
        "How much prize money did Denton Rovers get?",
        "What percentage of the fans were children?",
        "What was the temperature at the final?",
    ],
)
def test_a_draft_declines_what_its_text_leaves_out(cup: Engine, question: str) -> None:
    answer = cup.ask(question)

    assert not answer.answered, answer.headline


def test_the_answer_is_a_clean_sentence_without_the_dateline(cup: Engine) -> None:
    answer = cup.ask("Who won the county cup?")

    assert answer.answered
    assert answer.headline.startswith("The Harlow Tigers beat Denton Rovers")
    assert answer.citations[0].quote.startswith("Harlow : ")


def test_what_a_launch_is_set_in_reaches_the_facts_that_do_not_say_it(tmp_path: Path) -> None:
    engine = _drafted(tmp_path, "launch", LAUNCH)

    for question, expected in [
        ("How much is the Loom X in Canada?", r"\$499"),
        ("How much storage does the standard model have?", r"64GB"),
        ("When does the Loom X go on sale?", r"9/14"),
    ]:
        answer = engine.ask(question)
        assert answer.answered, (question, answer.headline)
        assert re.search(expected, f"{answer.headline} {answer.citations[0].quote}"), question


def test_names_read_as_the_text_means_them() -> None:
    launch = {n.display: n for n in all_names(LAUNCH, set())}
    assert launch["Brightloom"].kind == "organisation"  # 'Brightloom has announced'
    assert launch["Loom X"].kind is None  # a product, not a person
    assert "Unveils" not in " ".join(launch)  # the title-case headline names nobody

    results = {n.display: n for n in all_names(RESULTS, {"kenyan", "ugandan", "uganda"})}
    assert results["Peter Omondi"].kind == "person"
    assert "omondi" in results["Peter Omondi"].surfaces  # the surname alone: the first named
    assert "petre omondy" not in results  # a letter off: a misspelling, not another runner
    assert results["Grace Achieng"].kind == "person"  # 'Ugandan' is no part of her name

    dated = {n.display: n for n in all_names(CUP, set())}
    assert dated["Harlow"].kind == "place"  # the dateline


def test_people_are_described_on_the_facts_that_name_them_only(tmp_path: Path) -> None:
    engine = _drafted(tmp_path, "results", RESULTS)

    answer = engine.ask("How much did the women's winner take home?")

    assert answer.answered, answer.headline
    assert "$5,000" in answer.headline


def test_readers_words_come_from_what_the_clause_states() -> None:
    assert "colour" in asked_by("The kit comes in green.")
    assert "storage" in asked_by("It has 64GB of flash memory.")
    assert "before" in asked_by("the first man to do so since Rop in 2002")
    assert asked_by("The weather was mild.") == []


def test_an_answer_names_its_person_in_full() -> None:
    omondi = Name("Peter Omondi", "person", {"omondi"})

    assert named_in_full("Omondi, 27, finished first.", omondi).startswith("Peter Omondi, 27,")
    assert named_in_full("He finished first.", omondi) == "Peter Omondi finished first."
    assert named_in_full("Grace won.", omondi) == "Grace won."
    assert answer_sentence("LAGOS : The vote was held.") == "The vote was held."
