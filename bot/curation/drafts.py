"""Draft facts from sentences: a starting point a curator edits, never a finished pack."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Final

from bot.curation.sentences import Sentence

ID_WORDS: Final = 5
ID_MAX_LENGTH: Final = 48
KEYWORDS: Final = 4
TOPIC_WORDS: Final = 8
DRAFT_TOPIC: Final = "DRAFT: "
DRAFT_NOTE: Final = "Draft fact written by `kb new`: a curator has not checked it yet."

# Words that never say what a sentence is about; kept out of ids and keywords.
# fmt: off
COMMON_WORDS: Final = frozenset({
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "does", "each", "every", "for",
    "from", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in", "into",
    "is", "it", "its", "may", "more", "most", "must", "no", "not", "of", "on", "one", "only",
    "or", "other", "our", "over", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "under",
    "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "why", "will", "with", "would", "you", "your",
})
# fmt: on
_WORD: Final = re.compile(r"[a-z0-9]+")


def draft_facts(found: Sequence[Sentence], taken_ids: Iterable[str] = ()) -> list[dict[str, Any]]:
    """One draft fact per sentence, ids unique among themselves and the ids already taken."""
    words_of = [_content_words(sentence.one_line) for sentence in found]
    spread = Counter(word for words in words_of for word in set(words))
    used = set(taken_ids)
    facts = []
    for sentence, words in zip(found, words_of, strict=True):
        fact_id = unique_id(words, used)
        used.add(fact_id)
        keywords = _keywords(words, spread)
        facts.append(draft_fact(fact_id, sentence.one_line, keywords))
    return facts


def draft_fact(fact_id: str, sentence: str, keywords: list[str]) -> dict[str, Any]:
    """The fact as the YAML will hold it; the sentence is its quote and its draft answer."""
    return {
        "id": fact_id,
        "topic": DRAFT_TOPIC + _topic(sentence),
        "answer": sentence,
        "quotes": [{"text": sentence}],
        "questions": draft_questions(sentence, keywords),
        "keywords": keywords,
        "note": DRAFT_NOTE,
    }


def draft_questions(sentence: str, keywords: Sequence[str]) -> list[str]:
    """Two crude questions the sentence answers; the curator writes the real ones."""
    claim = sentence.rstrip(" .!?;:")
    if len(claim) > 1 and claim[0].isupper() and claim[1].islower():
        claim = claim[0].lower() + claim[1:]  # "The …" reads on after "that"; "UK …" stays
    questions = [f"Is it true that {claim}?"]
    if keywords:
        questions.insert(0, f"What about {' '.join(keywords)}?")
    return questions


def unique_id(words: Sequence[str], taken: set[str]) -> str:
    """An id from the sentence's first meaningful words, numbered if already taken."""
    base = "-".join(words[:ID_WORDS])[:ID_MAX_LENGTH].strip("-") or "fact"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _content_words(sentence: str) -> list[str]:
    """Lower-case ASCII words that say something, in order of appearance."""
    folded = unicodedata.normalize("NFKD", sentence).encode("ascii", "ignore").decode().lower()
    return [w for w in _WORD.findall(folded) if w not in COMMON_WORDS and len(w) > 1]


def _keywords(words: Sequence[str], spread: Counter[str]) -> list[str]:
    """The sentence's rarest words in the text, longer ones first on ties: what it is about."""
    distinct = list(dict.fromkeys(w for w in words if len(w) >= 3 and not w.isdigit()))
    ranked = sorted(distinct, key=lambda w: (spread[w], -len(w), distinct.index(w)))
    chosen = set(ranked[:KEYWORDS])
    return [w for w in distinct if w in chosen]


def _topic(sentence: str) -> str:
    words = sentence.split()
    head = " ".join(words[:TOPIC_WORDS]).rstrip(" .,;:!?")
    return head + ("…" if len(words) > TOPIC_WORDS else "")
