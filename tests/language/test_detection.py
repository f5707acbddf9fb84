"""Which language a message is in: short questions of a few words and names, and questions
whose words the lists lack, are read in their language; English, typos and all, stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.language import foreign
from bot.language.foreign import Reader, word_lists
from bot.language.text import tokenize
from tests.evaluation import load_questions

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"

NAMES = {"shabana", "mahmood", "kristi", "noem", "bart", "wever", "antwerp", "antwerpen"}


@pytest.fixture(scope="module")
def reader() -> Reader:
    from wordfreq import zipf_frequency

    return Reader(
        word_lists(), is_english=lambda w: zipf_frequency(w, "en") >= 3.5, known=NAMES.__contains__
    )


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Chi è Shabana Mahmood?", "it"),
        ("Wer ist Kristi Noem?", "de"),
        ("Qui est Bart De Wever ?", "fr"),
        ("Quién es Kristi Noem?", "es"),
        ("Quem é Bart De Wever?", "pt"),
        ("Wie is Shabana Mahmood?", "nl"),
        ("¿Por qué puerto europeo pasaron más drogas?", "es"),
        ("Dove si sono riuniti i ministri?", "it"),
        ("Waarom reisde De Wever naar het buitenland?", "nl"),
        ("Pourquoi Noem est-elle venue à Anvers ?", "fr"),
        ("Quantas toneladas a Bélgica apreendeu?", "pt"),
        ("Wo treffen sich Noem und De Wever?", "de"),
        ("Kim jest Shabana Mahmood?", "pl"),
        ("Ile ton przejęła Belgia?", "pl"),
        ("Gdzie spotkali się ministrowie?", "pl"),
    ],
)
def test_a_short_question_is_read_in_its_language(
    reader: Reader, message: str, language: str
) -> None:
    assert reader.detect(tokenize(message)) == language


@pytest.mark.parametrize(
    "message",
    [
        "who is shabana mahmood",
        "total cocaine sezied in eurpoe",
        "what was bart de wevr previous job in antwep",
        "come on, how much did they seize?",
        "is de wever the prime minister?",
        "wich city did the five eys ministers meet in",
        "de wever",
        "how mcuh did spian seize",
        "Did Belgium seize more than Spain?",
        "what does EUDA stand for",
    ],
)
def test_english_stays_english(reader: Reader, message: str) -> None:
    assert reader.detect(tokenize(message)) is None


def test_no_word_of_the_other_languages_tops_the_ceiling() -> None:
    """The bound that lets English skip the other languages' frequency lists holds."""
    from wordfreq import get_frequency_dict, zipf_frequency

    for code in word_lists():
        top = max(get_frequency_dict(code, "small").items(), key=lambda item: item[1])[0]
        assert zipf_frequency(top, code, wordlist="small") <= foreign.FOREIGN_ZIPF_CEILING


def test_skipping_the_frequency_lists_reads_every_message_in_the_same_language(
    reader: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every message of the project's sets is read in the same language whether or not the
    other languages' frequency lists are consulted for it."""
    messages = [
        str(item["q"])
        for path in sorted(QUESTIONS.glob("*.jsonl"))
        for item in load_questions(path)
    ]
    with_bound = [reader.detect(tokenize(m)) for m in messages]
    monkeypatch.setattr(foreign, "_at_most_signs", lambda *args: len(messages))
    assert [reader.detect(tokenize(m)) for m in messages] == with_bound
