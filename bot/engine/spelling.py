"""Typo correction towards the pack's own words, never 'correcting' ordinary English."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

ORDINARY_WORD_ZIPF = 3.0
"""A word at least this common in English (about once per million words) is never corrected."""

CORRECTION_CACHE = 4096


_ORDINARY: dict[str, bool] = {}
"""Whether each pack word is ordinary English, worked out when the index was built and read
back from its cache: a question in the packs' own words never loads the word list."""


SOUNDS_ALIKE = {"c": "sk", "s": "cz", "k": "cq", "z": "s", "q": "k", "j": "g", "g": "j", "f": "p"}
"""First letters a word may be heard with ('cell' for 'sell', 'kopper', 'fone'): a word
is also looked for under these, one edit away at most."""

DROPPED_G_LENGTH = 5
"""Words of this length or more ending in 'in' may be an '-ing' with its g dropped."""


def remember_ordinary(table: dict[str, bool]) -> None:
    """Take what an earlier process found of the pack words (the same word list, as the cache
    key says)."""
    _ORDINARY.update(table)


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's frequency, imported on first use: most questions need no correction."""
    from wordfreq import zipf_frequency as frequency

    return float(frequency(word, lang))


def max_edits(length: int) -> int:
    """Edits allowed grow with the word: short words have too many neighbours to guess."""
    if length <= 2:
        return 0
    if length <= 5:
        return 1
    if length <= 9:
        return 2
    return 3


class Speller:
    """Corrects a word to the closest word the pack knows, within an edit limit scaled to length.

    Candidates are the pack's words of a nearby length that start with the typed word's first or
    second letter, or a letter that sounds like its first: people rarely get both wrong, and a
    large pack is never scanned whole."""

    def __init__(self, vocabulary: Counter[str]) -> None:
        self.counts = vocabulary
        self.words = [w for w in vocabulary if not w.isdigit()]
        self.by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in self.words:
            self.by_start[word[0], len(word)].append(word)
        self.correct = lru_cache(maxsize=CORRECTION_CACHE)(self._correct)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        del state["correct"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.correct = lru_cache(maxsize=CORRECTION_CACHE)(self._correct)

    def warm(self) -> None:
        """Load the English word list now, not inside the first misspelled question."""
        zipf_frequency("warm", "en")

    @staticmethod
    def is_english(word: str) -> bool:
        """An ordinary English word: one the speller never corrects."""
        remembered = _ORDINARY.get(word)
        if remembered is not None:
            return remembered
        return zipf_frequency(word, "en") >= ORDINARY_WORD_ZIPF

    def __contains__(self, word: str) -> bool:
        return self.counts.get(word, 0) > 0  # a name only spelt towards is no word of the packs

    def _correct(self, word: str) -> str:
        if word in self.counts or word.isdigit() or not word.isalpha():
            return word
        limit = max_edits(len(word))
        if limit == 0 or zipf_frequency(word, "en") >= ORDINARY_WORD_ZIPF:
            return word
        if word.endswith("in") and len(word) >= DROPPED_G_LENGTH:
            full = word + "g"  # 'thinkin', 'sellin': the g chat drops
            if zipf_frequency(full, "en") >= ORDINARY_WORD_ZIPF:
                return full
        matches = [
            match
            for size in range(len(word) - limit, len(word) + limit + 1)
            for start in dict.fromkeys(word[:2] + SOUNDS_ALIKE.get(word[0], ""))
            for match in process.extract(
                word,
                self.by_start.get((start, size), []),
                scorer=OSA.distance,
                score_cutoff=limit,
                limit=8,
            )
        ]
        plausible = [
            (distance, -self.counts[candidate], candidate)
            for candidate, distance, _ in matches
            if distance <= 1 or candidate[0] == word[0]
        ]
        if not plausible:
            return word
        return min(plausible)[2]
