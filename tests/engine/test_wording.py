"""The engine's own sentences in the reader's language: every decision reads the same in each
language, only the words around the facts change; the facts and their quotes stay as the
source writes them."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.wording import CATALOGUE, ENGLISH, Portion, Wording

QUESTIONS = (
    "How much cocaine did Belgium seize?",
    "How much heroin did Italy seize?",
    "Spain seized the most cocaine, right?",
    "How much did Belgium, Spain and the Netherlands seize together?",
    "What share of Europe's cocaine did Belgium seize?",
    "Which country came second?",
    "Which country seized the least cocaine?",
    "why did Belgium stop drug smuggling",
    "thanks!",
    "hello",
    "",
    "convert 123 metric tons to pounds",
    "is 135 short tons the same as 123 metric tons?",
    "was the meeting in Brussels?",
    "what's the capital of Peru?",
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", [code for code in CATALOGUE if code != "en"])
def test_every_sentence_is_translated_with_the_same_blanks(language: str) -> None:
    translated = CATALOGUE[language]
    assert set(translated) <= set(ENGLISH), "a translation of a sentence English does not have"
    assert set(ENGLISH) - set(translated) == set(), "sentences left in English"
    for key, template in translated.items():
        assert fields_of(template) == fields_of(ENGLISH[key]), key


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_language_changes_the_words_never_the_decision(
    engine: Engine, question: str, language: str
) -> None:
    english = engine.ask(question)
    other = engine.speaking(language).ask(question)
    assert (other.kind, other.answered, other.fact_ids, other.verdict) == (
        english.kind,
        english.answered,
        english.fact_ids,
        english.verdict,
    )
    assert other.citations == english.citations  # quotes stay in the source's language
    assert other.working == english.working
    if english.kind not in {"fact", "conversion"} or english.verdict:
        assert other.headline != english.headline, "left in English"


def test_dutch_declines_derivations_and_checks(engine: Engine) -> None:
    dutch = engine.speaking("nl")
    assert dutch.ask("How much heroin did Italy seize?").headline.startswith("De kennisbank")
    together = dutch.ask("How much did Belgium, Spain and the Netherlands seize together?")
    assert together.headline.startswith("Samen, Belgium, Spain en the Netherlands")
    checked = dutch.ask("Spain seized the most cocaine, right?")
    english = engine.ask("Spain seized the most cocaine, right?").headline
    assert checked.headline.startswith("Nee — ")
    assert checked.headline.removeprefix("Nee — ") == english.removeprefix("No — ")  # the fact
    assert dutch.ask("hello").headline.startswith("Hoi!")
    assert "Nederlands" not in dutch.ask("hello").headline


def test_a_follow_up_with_nothing_to_refer_to_is_asked_back_in_french(engine: Engine) -> None:
    french = engine.speaking("fr")
    answer = Dialogue().ask(french, "chat", "who is he?")
    assert not answer.answered
    assert answer.headline.startswith("Qui désignez-vous par")


def test_several_questions_name_the_part_not_answered_in_the_readers_language(
    engine: Engine,
) -> None:
    answer = Dialogue().ask(
        engine.speaking("nl"),
        "chat",
        "How much did Spain seize? And how much heroin did Italy seize?",
    )
    assert any(note.startswith("Niet in mijn kennisbank") for note in answer.notes)


def test_a_language_nobody_translated_speaks_english_and_english_is_the_engine_itself(
    engine: Engine,
) -> None:
    assert engine.speaking("en") is engine
    assert engine.speaking("nl") is engine.speaking("nl")
    assert engine.speaking("xx").ask("hello").headline == engine.ask("hello").headline


@pytest.mark.parametrize(
    ("language", "ranks", "fractions"),
    [
        ("en", ["first", "seventh", "8th"], ["half", "two thirds", "a quarter"]),
        ("nl", ["eerste", "zevende", "8e"], ["de helft", "twee derde", "een kwart"]),
        ("fr", ["premier", "septième", "8e"], ["la moitié", "deux tiers", "un quart"]),
    ],
)
def test_ranks_and_fractions_in_words(
    language: str, ranks: list[str], fractions: list[str]
) -> None:
    wording = Wording(language)
    assert [wording.ordinal(n) for n in (1, 7, 8)] == ranks
    assert [wording.value(Portion(f)) for f in (0.5, 2 / 3, 0.25)] == fractions
    assert wording.join(("A", "B", "C")).endswith(f" {wording('term.and')} C")
