"""Longest-phrase rewriting of token streams: one mechanism for synonyms, entities and cues."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.engine.text import tokenize


@dataclass(frozen=True)
class Term:
    """What a phrase means: canonical words, and the entity it names if it names one."""

    tokens: tuple[str, ...]
    entity_kind: str | None = None
    entity: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input and the term it was read as (None: the words as typed)."""

    start: int
    end: int
    term: Term | None
    words: tuple[str, ...]


class PhraseMap:
    """Phrases keyed by their first token, tried longest first, so 'south korea' beats 'korea'."""

    def __init__(self, inflections: Callable[[str], str] | None = None) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Term]]] = {}
        self._by_stem: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], Term]]] = {}
        self._stem = inflections

    def add(self, phrase: str, term: Term) -> None:
        tokens = tuple(tokenize(phrase))
        if not tokens:
            return
        _insert(self._by_first, tokens, term)
        if self._stem is not None:
            stems = tuple(self._stem(t) for t in tokens)
            bucket = self._by_stem.setdefault(stems[0], [])
            bucket.append((stems, tokens, term))
            bucket.sort(key=lambda item: -len(item[0]))

    def add_all(self, phrases: Iterable[str], term: Term) -> None:
        for phrase in phrases:
            self.add(phrase, term)

    def __contains__(self, token: str) -> bool:
        return token in self._by_first

    def words(self) -> set[str]:
        """Every token any phrase contains, for the spelling corrector's vocabulary."""
        return {t for bucket in self._by_first.values() for tokens, _ in bucket for t in tokens}

    def match_at(
        self, tokens: Sequence[str], i: int, stems: Sequence[str] | None = None
    ) -> tuple[int, Term] | None:
        """The longest phrase at i as typed, else as inflected ('catching' finds 'catch')."""
        for phrase, term in self._by_first.get(tokens[i], ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                return len(phrase), term
        if stems is not None:
            for phrase, surface, term in self._by_stem.get(stems[i], ()):
                typed = tokens[i : i + len(phrase)]
                if tuple(stems[i : i + len(phrase)]) == phrase and all(
                    inflects(t, s) for t, s in zip(typed, surface, strict=True)
                ):
                    return len(phrase), term
        return None

    def spans(self, tokens: Sequence[str]) -> list[Span]:
        """Cover the tokens left to right with the longest known phrases; the rest stay as typed."""
        out: list[Span] = []
        stems = [self._stem(t) for t in tokens] if self._stem is not None else None
        i = 0
        by_first, by_stem = self._by_first, self._by_stem
        while i < len(tokens):
            if tokens[i] not in by_first and (stems is None or stems[i] not in by_stem):
                out.append(Span(i, i + 1, None, (tokens[i],)))
                i += 1
                continue
            found = self.match_at(tokens, i, stems)
            if found is None:
                out.append(Span(i, i + 1, None, (tokens[i],)))
                i += 1
            else:
                length, term = found
                out.append(Span(i, i + length, term, tuple(tokens[i : i + length])))
                i += length
        return out

    def labels(self, tokens: Sequence[str]) -> set[str]:
        """The labels of every phrase found anywhere, overlapping allowed (for cue spotting)."""
        found: set[str] = set()
        for i in range(len(tokens)):
            for phrase, term in self._by_first.get(tokens[i], ()):
                if term.label and tuple(tokens[i : i + len(phrase)]) == phrase:
                    found.add(term.label)
        return found


def _insert(
    table: dict[str, list[tuple[tuple[str, ...], Term]]], tokens: tuple[str, ...], term: Term
) -> None:
    bucket = table.setdefault(tokens[0], [])
    if all(existing != tokens for existing, _ in bucket):
        bucket.append((tokens, term))
        bucket.sort(key=lambda item: -len(item[0]))


def inflects(typed: str, surface: str) -> bool:
    """'catching' inflects 'catch'; 'author' does not inflect 'authorities', though both stem
    to 'author': the typed word must keep the surface's body and not be much shorter."""
    body = max(3, len(surface) - 2)
    return len(typed) >= len(surface) - 1 and typed[:body] == surface[:body]
