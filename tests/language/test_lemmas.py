"""Other languages' lemmas read from simplemma's compact streams are the ones its dicts give."""

from __future__ import annotations

import pytest

from bot.language import streams
from bot.language.foreign import word_lists
from bot.language.text import fold

WORDS_PER_LANGUAGE = 1500


@pytest.mark.slow
@pytest.mark.parametrize("code", sorted(word_lists()))
def test_the_compact_word_lists_give_the_same_lemmas(code: str) -> None:
    import simplemma
    from wordfreq import top_n_list

    common = top_n_list(code, WORDS_PER_LANGUAGE, wordlist="small")
    words = sorted({w for word in common for w in (word, fold(word)) if w.isalpha()})
    compact = streams.lemmas()
    for word in words:
        assert compact.lemmatize(word, code) == simplemma.lemmatize(word, lang=code), word
        assert compact.is_known(word, code) == simplemma.is_known(word, lang=code), word
