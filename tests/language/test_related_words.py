"""The shipped word relations: a reader's word finds the text's ('dad' → 'father', 'accused'
→ 'charged'), the table says where it comes from, and unrelated words stay apart."""

from __future__ import annotations

import Stemmer

from bot.language.related import TABLE, related_stems

STEMMER = Stemmer.Stemmer("english")


def related(word: str) -> frozenset[str]:
    return related_stems(STEMMER.stemWords).get(STEMMER.stemWord(word), frozenset())


def test_a_readers_word_finds_the_texts() -> None:
    assert STEMMER.stemWord("father") in related("dad")
    assert STEMMER.stemWord("charged") in related("accused")
    assert STEMMER.stemWord("inquiry") in related("investigation")


def test_unrelated_words_stay_apart() -> None:
    assert STEMMER.stemWord("father") not in related("ship")
    assert STEMMER.stemWord("ship") not in related("dad")


def test_the_table_names_its_source_and_every_line_is_a_word_and_its_relations() -> None:
    text = TABLE.read_text(encoding="utf-8")
    assert "WordNet 3.0" in "".join(text.splitlines(keepends=True)[:3])
    assert "Princeton University" in text
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) > 10_000
    assert all(line.count("\t") == 1 and line.split("\t")[1].strip() for line in rows)
