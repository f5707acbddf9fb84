"""Which language a message is in: short questions of a few words and names, and questions
whose words the lists lack, are read in their language; English, typos and all, stays English."""

from __future__ import annotations

import pytest

from bot.language.foreign import Reader, word_lists
from bot.language.text import tokenize

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
