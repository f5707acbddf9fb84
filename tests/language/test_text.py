"""Letters of every language survive tokenizing; accents fold only for matching."""

from __future__ import annotations

from bot.language.text import content_words, plain_words, stop_words, tokenize


def test_letters_with_strokes_and_ligatures_fold_to_their_base_letters() -> None:
    assert tokenize("Łódź, Ørsted and Æsir") == ["lodz", "orsted", "and", "aesir"]


def test_greek_cyrillic_and_cjk_are_kept() -> None:
    assert tokenize("Αθήνα Москва 東京") == ["αθηνα", "москва", "東", "京"]


def test_french_elision_splits_the_article_from_the_name() -> None:
    assert tokenize("l'Espagne a-t-elle saisi")[:2] == ["l", "espagne"]


def test_currency_signs_become_codes_after_the_figure() -> None:
    assert tokenize("$22bn") == ["22", "bn", "usd"]


def test_plain_words_fold_like_tokens_but_leave_figures_as_written() -> None:
    assert plain_words("Łódź’s $22bn 800m Αθήνα") == ["lodz", "22bn", "800m", "αθηνα"]


def test_content_words_drop_the_engines_stop_words_fillers_and_linking_words() -> None:
    said = "Hey, however much did the U.S. and Ørsted say they wanted to spend?"
    assert content_words(said) == ["united", "states", "orsted", "spend"]


def test_lone_letters_other_than_a_and_i_are_not_stop_words() -> None:
    assert {"a", "i"} <= stop_words()
    assert content_words("vitamin d or vitamin c") == ["vitamin", "d", "vitamin", "c"]


def test_an_acronym_spelt_with_dots_is_one_word_but_two_letters_stay_letters() -> None:
    assert tokenize("How did the I.A.A.F. describe it?") == [
        "how",
        "did",
        "the",
        "iaaf",
        "describe",
        "it",
    ]
    assert tokenize("N.A.T.O. met at 3 p.m., e.g. today") == [
        "nato", "met", "at", "3", "p", "m", "e", "g", "today",
    ]  # fmt: skip
