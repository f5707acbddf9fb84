"""Dictionary forms of words (took → take, saisies → saisie), English's and other languages'.

simplemma's word lists do this for many languages; a suffix stemmer alone cannot see that
'took' and 'taking' are one verb, or that 'drie' is Dutch and not a misspelt English word.
Which language a message is in is decided in bot.language.foreign."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations, product
from typing import Final

from bot.language import streams

LEMMA_CACHE: Final = 65_536
MARKED_LETTERS: Final = {
    "pl": {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "żź"}
}
"""Letters a language writes with a mark that folding takes off: questions are read folded
('przejęła' is 'przejela'), and the dictionary knows the word only with its marks back."""
MAX_MARKS_RESTORED: Final = 3
"""A folded word gets at most this many of its marks back (Polish words rarely carry more)."""


_REMEMBERED: dict[str, str] = {}
"""Lemmas worked out when an index was built, read back from its cache: a question in the
packs' own words never loads simplemma's word lists."""


def english_lemma(word: str) -> str:
    """The dictionary form of an English word, or the word itself when none is known."""
    remembered = _REMEMBERED.get(word)
    return remembered if remembered is not None else _lemma(word)


def remember_lemmas(table: dict[str, str]) -> None:
    """Take lemmas computed by an earlier process (the same simplemma, as the cache key says)."""
    _REMEMBERED.update(table)


def warm_english() -> None:
    """Load simplemma's English word list now (only it): served from the index cache, a
    process would otherwise load it inside its first question with a word no pack uses."""
    _lemma("warming")


@lru_cache(maxsize=LEMMA_CACHE)
def _lemma(word: str) -> str:
    if len(word) < 3 or not word.isalpha():
        return word
    import simplemma  # here: remembered lemmas spare a start-up its import

    lemma = simplemma.lemmatize(word, lang="en")
    return lemma.casefold() if lemma.isalpha() else word


@lru_cache(maxsize=LEMMA_CACHE)
def lemma_in(word: str, lang: str) -> str:
    """The dictionary form of a word of another language ('sequestrato' → 'sequestrare'), so
    a word list needs each word once, not every form of it."""
    if len(word) < 3 or not word.isalpha():
        return word
    lemma = streams.lemmas().lemmatize(_as_written(word, lang), lang)
    return lemma.casefold() if lemma.isalpha() else word


def _as_written(word: str, lang: str) -> str:
    """The word with the marks folding took off put back, when the dictionary knows it only
    so ('wewnetrznych' → 'wewnętrznych'); else the word as it came."""
    known = streams.lemmas().is_known
    if lang not in MARKED_LETTERS or known(word, lang):
        return word
    return next((c for c in _with_marks(word, lang) if known(c, lang)), word)


def _with_marks(word: str, lang: str) -> Iterator[str]:
    """Spellings of a folded word with one, then two, then three of its marks restored."""
    marked = MARKED_LETTERS[lang]
    places = [i for i, letter in enumerate(word) if letter in marked]
    for count in range(1, min(MAX_MARKS_RESTORED, len(places)) + 1):
        for chosen in combinations(places, count):
            for letters in product(*(marked[word[i]] for i in chosen)):
                spelt = list(word)
                for i, letter in zip(chosen, letters, strict=True):
                    spelt[i] = letter
                yield "".join(spelt)


def is_word_of(word: str, lang: str) -> bool:
    """True when the word is in the language's dictionary (so it is no typo of English)."""
    return streams.lemmas().is_known(_as_written(word, lang), lang)
