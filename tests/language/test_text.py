"""Letters of every language survive tokenizing; accents fold only for matching."""

from __future__ import annotations

from bot.language.text import tokenize


def test_letters_with_strokes_and_ligatures_fold_to_their_base_letters() -> None:
    assert tokenize("Łódź, Ørsted and Æsir") == ["lodz", "orsted", "and", "aesir"]


def test_greek_cyrillic_and_cjk_are_kept() -> None:
    assert tokenize("Αθήνα Москва 東京") == ["αθηνα", "москва", "東", "京"]


def test_french_elision_splits_the_article_from_the_name() -> None:
    assert tokenize("l'Espagne a-t-elle saisi")[:2] == ["l", "espagne"]


def test_currency_signs_become_codes_after_the_figure() -> None:
    assert tokenize("$22bn") == ["22", "bn", "usd"]
