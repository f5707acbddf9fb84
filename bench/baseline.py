"""The BM25-sentence baseline: the simplest search a user could write over a text, answering
with the best-matching source sentence. A drafted pack must beat it on the same questions."""

from __future__ import annotations

import math
from collections import Counter

import Stemmer

from bot.curation.sentences import sentences
from bot.language.text import tokenize

K1, B = 1.5, 0.75
STOP = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "is", "was",
    "were", "are", "be", "did", "do", "does", "what", "who", "when", "where", "which", "how",
    "many", "much", "it", "its", "his", "her", "he", "she", "they", "their", "this", "that",
    "with", "from", "as",
})  # fmt: skip


class SentenceSearch:
    """Okapi BM25 over a text's sentences; a question no sentence shares a word with is declined."""

    def __init__(self, text: str) -> None:
        self.stemmer = Stemmer.Stemmer("english")
        self.sentences = [s.one_line for s in sentences(text)]
        self.docs = [Counter(self._terms(s)) for s in self.sentences]
        self.average = sum(sum(d.values()) for d in self.docs) / max(1, len(self.docs))
        df = Counter(term for doc in self.docs for term in doc)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}

    def _terms(self, text: str) -> list[str]:
        return [self.stemmer.stemWord(t) for t in tokenize(text, limit=len(text)) if t not in STOP]

    def score(self, terms: list[str], doc: Counter[str]) -> float:
        length = sum(doc.values())
        total = 0.0
        for term in terms:
            tf = doc.get(term, 0)
            if tf:
                norm = tf + K1 * (1 - B + B * length / self.average)
                total += self.idf[term] * tf * (K1 + 1) / norm
        return total

    def answer(self, question: str) -> str | None:
        """The best sentence, or None (a decline) when no sentence shares a word with it."""
        terms = self._terms(question)
        scored = [(self.score(terms, doc), i) for i, doc in enumerate(self.docs)]
        best, position = max(scored, default=(0.0, -1))
        return self.sentences[position] if best > 0 else None
