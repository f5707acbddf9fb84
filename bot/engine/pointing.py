"""Pointing words in a follow-up ('she', 'they', 'that', 'there', 'those countries') and what
they stand for in the conversation: a name the last turns gave, or the figure just given."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.engine.conversation import Figure, Turn
from bot.engine.derive import join, title
from bot.engine.followup_words import (
    ARITHMETIC_WORDS,
    DEMONSTRATIVE,
    EXISTENTIAL,
    FIGURE_NOUNS,
    FUNCTION_WORDS,
    GENERIC,
    IDIOMATIC_IT,
    INWARD,
    MEASURED_ROLES,
    OPERATION_CUES,
    PERSONAL,
    QUANTITY_QTYPES,
    RANK_CUES,
    SAID_BEFORE,
    TEMPORAL,
    THEY,
    THINGS,
    Word,
)
from bot.engine.understand import Analyzer, Query


@dataclass(frozen=True)
class Pointer:
    """Words that point back: their span (word positions) and what kind of thing they want."""

    first: int
    last: int
    role: str
    """'person', 'there', 'plural', 'thing', 'figure', 'event', or 'kind' (with `kind`)."""
    kind: str | None = None
    many: bool = False


class Pointing:
    """Finding pointing words and what they refer to; mixed into the follow-up reader, which
    provides the lexicon's names and the cached reading of texts."""

    analyzer: Analyzer
    kind_of: dict[str, str]
    kind_nouns: dict[str, tuple[str, bool]]
    analyse: Callable[..., Query]
    _patterns: Callable[[str], re.Pattern[str]]

    def _own_names(self, query: Query) -> set[str]:
        """The kinds of thing a question names itself, which its own pronouns may stand for."""
        return {kind for kind, names in query.entities.items() if names and kind != "year"}

    def _pointers(self, words: Sequence[Word], own: set[str] | None = None) -> list[Pointer]:
        """Words that point back ('is that a record', 'those countries', 'she'), not the
        'that' of 'is it true that Peru …', nor a pronoun for something the question named
        before it ('who is the mayor, never heard of him')."""
        named_at = self._entities_in([w.low for w in words]) if own else []
        out = []
        for pointer in self._candidate_pointers(words):
            earlier = [self.kind_of.get(n) for at, n in named_at if at < pointer.first]
            before = set(earlier)
            if pointer.role == "person" and "person" in before:
                continue
            if pointer.role == "there" and before & {"place", "country", "region"}:
                continue
            several = len(earlier) >= 2 or "organisation" in before
            if pointer.role == "plural" and several:
                continue
            inward = words[pointer.first].low in INWARD
            if inward and self._said_before(words, pointer):
                continue
            out.append(pointer)
        return out

    def _said_before(self, words: Sequence[Word], pointer: Pointer) -> bool:
        """Content words before an 'it' make it point into the question itself ('early
        warning system, how many years has it existed'); cue words do not ('what share of
        the total is that')."""
        content = [
            w
            for w in words[: pointer.first]
            if w.low not in FUNCTION_WORDS
            and w.low not in PERSONAL | THEY | DEMONSTRATIVE | {"it", "its", "there"}
            and not w.low.isdigit()
            and len(w.low) > 2
            and self.analyzer.stem(w.low) not in self.analyzer.cue_stems
            and self.analyzer.stem(w.low) not in GENERIC
            and w.low not in self.analyzer.stopwords
        ]
        return len(content) >= SAID_BEFORE

    def _candidate_pointers(self, words: Sequence[Word]) -> list[Pointer]:
        out = []
        for i, word in enumerate(words):
            low = word.low
            before = words[i - 1].low if i else ""
            after = words[i + 1].low if i + 1 < len(words) else ""
            if low in PERSONAL:
                out.append(Pointer(i, i, "person"))
            elif low in THEY:
                out.append(Pointer(i, i, "plural"))
            elif low == "there":
                if before not in EXISTENTIAL and after not in EXISTENTIAL | {"'s"}:
                    out.append(Pointer(i, i, "there"))
            elif low in {"it", "its"}:
                if after in IDIOMATIC_IT:
                    continue
                role = "figure" if not after or after in FUNCTION_WORDS else "thing"
                out.append(Pointer(i, i, role))
            elif low in DEMONSTRATIVE:
                plural = low in {"those", "these"}
                if after == "of" and plural:
                    continue  # 'those of Chile': the ones of, not a pointer
                if low == "that" and before in TEMPORAL:
                    out.append(Pointer(i, i, "event"))
                elif after in self.kind_nouns:
                    kind, many = self.kind_nouns[after]
                    out.append(Pointer(i, i + 1, "kind", kind, many))
                elif after in FIGURE_NOUNS:
                    out.append(Pointer(i, i + 1, "plural" if plural else "figure"))
                elif not after or after in FUNCTION_WORDS:
                    out.append(Pointer(i, i, "plural" if plural else "figure"))
        return out

    def _referent(self, pointer: Pointer, turns: Sequence[Turn], query: Query) -> str:
        """What a pointer stands for here, '' when the conversation has nothing it could be."""
        role = pointer.role
        if role == "person":
            named = query.entities.get("person", frozenset())
            return self._first(turns, {"person"}, skip=named) or ""
        if role == "there":
            place = self._first(turns, {"place"}) or self._first(turns, {"country", "region"})
            return place or ""
        if role == "plural":
            return self._plural(turns, query)
        if role == "kind":
            names = [n for k, n in turns[-1].entities if k == pointer.kind]
            if not names:
                return ""
            return join([title(n) for n in names]) if pointer.many else title(names[0])
        if role == "figure" or (role == "thing" and asks_arithmetic(query)):
            figures = self._figure_phrase(turns, plural=False, query=query)
            if figures:
                return figures
        if role in {"figure", "thing"}:
            last = turns[-1]
            names = [n for k, n in last.asked if k in THINGS and not self._modifies(last, n)]
            if not names and last.qtype in {"which", "what"}:
                names = [n for k, n in last.told if k in THINGS]
            if names:
                return title(names[0])
        return ""

    def _modifies(self, turn: Turn, name: str) -> bool:
        """'the agency's warning system': the agency is not what 'it' is."""
        match = self._patterns(name).search(turn.topic)
        return match is not None and bool(match.group("pos"))

    def _first(
        self, turns: Sequence[Turn], kinds: set[str], skip: frozenset[str] = frozenset()
    ) -> str | None:
        for turn in reversed(turns):
            for kind, name in turn.entities:
                if kind in kinds and name not in skip:
                    return title(name)
        return None

    def _plural(self, turns: Sequence[Turn], query: Query) -> str:
        """'they', 'them': figures when arithmetic is asked, else what the last question asked
        for ('which countries …'), a group it named, people the turns named, a group or
        countries the answer named."""
        figures = self._figure_phrase(turns, plural=True, query=query)
        if asks_arithmetic(query) and figures:
            return figures
        last = turns[-1]
        if last.wanted:
            wanted = [n for k, n in last.told if k == last.wanted]
            if len(wanted) >= 2:
                return join([title(n) for n in wanted])
        groups = [name for kind, name in last.asked if kind == "organisation"]
        if groups:
            return title(groups[0])
        people: list[str] = []
        for turn in reversed(turns):
            people += [n for k, n in turn.entities if k == "person" and n not in people]
            if turn is last and len(people) >= 2:
                break
        if len(people) >= 2:
            return join([title(n) for n in people[:2]])
        if last.qtype == "who":  # 'who did she meet?' … 'what did they discuss?'
            groups = [name for kind, name in last.told if kind == "organisation"]
            if groups:
                return title(groups[0])
        countries = [name for kind, name in last.asked if kind == "country"]
        if len(countries) >= 2:
            return join([title(n) for n in countries])
        return ""

    def _figure_phrase(self, turns: Sequence[Turn], *, plural: bool, query: Query) -> str:
        """'rice harvested in Peru in 2023': the figure just given, named for the engine;
        plural, every place the recent turns gave that figure for. An amount asked about
        ('how much of it …') is the last amount given, not a count of years."""
        turn = turns[-1]
        if asks_arithmetic(query) and not any(f.role in MEASURED_ROLES for f in turn.figures):
            turn = next(
                (t for t in reversed(turns) if any(f.role in MEASURED_ROLES for f in t.figures)),
                turn,
            )
        if not turn.figures:
            return ""
        result = turn.figures[0] if turn.figures[0].role == "result" else None
        if result is not None and not plural:
            return result_phrase(result)
        first = next((f for f in turn.figures if f.role != "result"), turn.figures[0])
        figures = [f for f in turn.figures if f.role != "result"]
        if plural:
            for earlier in reversed(turns[: turns.index(turn)]):
                figures += [f for f in earlier.figures if f.what == first.what]
            own = query.entities.get("country", frozenset())
            others = [f for f in figures if not set(f.where) <= own]
            if own and others:
                first = others[0] if first not in others else first
                figures = others
            return measure_phrase(first, figures)
        return measure_phrase(first, [first])

    # ------------------------------------------------------------------ substitution

    def _entities_in(self, lows: list[str]) -> list[tuple[int, str]]:
        """(word position, canonical name) for each entity named, from the lexicon."""
        out = []
        joined = " ".join(lows)
        for name in self.analyse(joined, False).entity_order:
            match = self._patterns(name).search(joined)
            if match:
                out.append((joined[: match.start()].count(" "), name))
        return out


def asks_arithmetic(query: Query) -> bool:
    return (
        bool(query.cues & (OPERATION_CUES | RANK_CUES))
        or query.qtype in QUANTITY_QTYPES
        or any(w in ARITHMETIC_WORDS for w in query.raw_tokens)
    )


def measure_phrase(first: Figure, figures: Sequence[Figure]) -> str:
    """'rice harvested in Peru and Chile in 2023': a measure and the places given for it
    (the parts when there are parts, else the total's place)."""
    same = [f for f in figures if f.what == first.what and f.when == first.when]
    parts = [f for f in same if f.role == "part"] or same
    places: list[str] = []
    for figure in parts:
        places += [p for p in figure.where if p not in places]
    phrase = first.what
    if places:
        phrase += " in " + join([title(p) for p in places])
    if first.when:
        phrase += f" in {first.when}"
    return phrase


def result_phrase(result: Figure) -> str:
    """A computed figure named by how it was computed: 'rice harvested in Peru and Chile
    combined', 'rice harvested in South America outside Peru and Chile'."""
    places = [title(p) for p in result.where]
    when = f" in {result.when}" if result.when else ""
    if result.operation == "sum" and len(places) >= 2:
        return f"{result.what} in {join(places)} combined{when}"
    if result.operation == "remainder" and len(places) >= 2:
        return f"{result.what} in {places[0]} outside {join(places[1:])}{when}"
    if result.operation == "difference" and len(places) == 2:
        return f"the difference between {result.what} in {places[0]} and in {places[1]}{when}"
    return f"{result.what} in {join(places)}{when}" if places else result.what
