"""Longest-phrase rewriting of token streams: one mechanism for synonyms, entities and cues."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.language.text import tokenize


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
    """Phrases keyed by their first token and length, tried longest first, so 'south korea'
    beats 'korea'; a lookup is a dict hit per length, however many phrases share a first word."""

    def __init__(self, inflections: Callable[[str], str] | None = None) -> None:
        self._by_first: dict[str, dict[int, dict[tuple[str, ...], Term]]] = {}
        self._by_stem: dict[
            str, dict[int, dict[tuple[str, ...], list[tuple[tuple[str, ...], Term]]]]
        ] = {}
        self._lengths: dict[str, list[int]] = {}
        self._stem_lengths: dict[str, list[int]] = {}
        self._stem = inflections

    def add(self, phrase: str, term: Term) -> None:
        tokens = tuple(tokenize(phrase))
        if not tokens:
            return
        by_length = self._by_first.setdefault(tokens[0], {})
        by_length.setdefault(len(tokens), {}).setdefault(tokens, term)
        self._lengths[tokens[0]] = sorted(by_length, reverse=True)
        if self._stem is not None:
            stems = tuple(self._stem(t) for t in tokens)
            stem_lengths = self._by_stem.setdefault(stems[0], {})
            stem_lengths.setdefault(len(stems), {}).setdefault(stems, []).append((tokens, term))
            self._stem_lengths[stems[0]] = sorted(stem_lengths, reverse=True)

    def add_all(self, phrases: Iterable[str], term: Term) -> None:
        for phrase in phrases:
            self.add(phrase, term)

    def share_with(self, other: PhraseMap) -> None:
        """Hold `other`'s own entries wherever they equal these (two packs' readings share
        most of a lexicon): stored together, they are kept once. Neither may be added to after."""
        for mine, theirs in (
            (self._by_first, other._by_first),
            (self._by_stem, other._by_stem),
            (self._lengths, other._lengths),
            (self._stem_lengths, other._stem_lengths),
        ):
            for key, entry in mine.items():
                same = theirs.get(key)
                if same is not None and same is not entry and same == entry:
                    mine[key] = same  # type: ignore[assignment]

    def __contains__(self, token: str) -> bool:
        return token in self._by_first

    def words(self) -> set[str]:
        """Every token any phrase contains, for the spelling corrector's vocabulary."""
        return {
            t
            for by_length in self._by_first.values()
            for table in by_length.values()
            for tokens in table
            for t in tokens
        }

    def _exact(self, tokens: Sequence[str], i: int) -> tuple[int, Term] | None:
        by_length = self._by_first.get(tokens[i])
        if by_length is None:
            return None
        for length in self._lengths[tokens[i]]:
            term = by_length[length].get(tuple(tokens[i : i + length]))
            if term is not None:
                return length, term
        return None

    def match_at(
        self, tokens: Sequence[str], i: int, stems: Sequence[str] | None = None
    ) -> tuple[int, Term] | None:
        """The longest phrase at i as typed, else as inflected ('catching' finds 'catch')."""
        found = self._exact(tokens, i)
        if found is not None or stems is None:
            return found
        by_length = self._by_stem.get(stems[i])
        if by_length is None:
            return None
        for length in self._stem_lengths[stems[i]]:
            typed = tokens[i : i + length]
            for surface, term in by_length[length].get(tuple(stems[i : i + length]), ()):
                if all(inflects(t, s) for t, s in zip(typed, surface, strict=True)):
                    return length, term
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
        for i, token in enumerate(tokens):
            by_length = self._by_first.get(token)
            if by_length is None:
                continue
            for length, table in by_length.items():
                term = table.get(tuple(tokens[i : i + length]))
                if term is not None and term.label:
                    found.add(term.label)
        return found


def inflects(typed: str, surface: str) -> bool:
    """'catching' inflects 'catch', 'exporter' the plural 'exporters'; 'author' does not
    inflect 'authorities', though both stem to 'author', nor is 'island' or 'islanders' a form
    of the French 'Islande': what the typed word adds or drops is an English ending."""
    body = max(3, len(surface) - 2)
    if len(typed) < len(surface) - 1 or typed[:body] != surface[:body]:
        return False
    if len(typed) < len(surface):
        return surface[-1] in _DROPPED and typed == surface[:-1]
    if len(typed) == len(surface):  # 'Marty' for 'Marti'; not 'islands' for 'islande'
        return typed[-1] != "s" or surface[-1] in _DROPPED
    if typed.startswith(surface) and typed[len(surface) :] in _ENDINGS:
        return True
    if surface[-1] == "e" and typed == surface[:-1] + "ing":
        return True  # 'bribe', 'bribing'
    if surface[-1] == "y" and typed[len(surface) - 1 :] in {"ies", "ied"}:
        return True
    doubled = surface + surface[-1]
    return typed.startswith(doubled) and typed[len(doubled) :] in _ENDINGS


_ENDINGS = frozenset({"s", "es", "d", "ed", "ing", "er", "ers", "est", "ly", "'s"})
"""What English adds to a word it inflects or derives, as readers type it."""
_DROPPED = frozenset({"s", "d"})
"""What a reader may leave off a surface: its plural or past ending ('exporters', 'mined')."""
