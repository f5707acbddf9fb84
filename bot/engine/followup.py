"""Reading a follow-up in the light of the conversation: rewrite it into a standalone question.

"and Peru?", "in pounds?", "is she new to the job?", "how much more than Peru is that",
"source?", "no, I meant metric tons": each is rewritten from the last turns (their question,
the entities their facts name, the figures they gave) into a question the engine answers on
its own, so the rewrite can be shown and tested. A complete new question is left alone. This
module knows only English grammar (pronouns, connectives); every name comes from the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.engine.conversation import Turn
from bot.engine.derive import join, title
from bot.engine.followup_words import (
    COMPARING,
    COMPARISON_WORDS,
    CORRECTION_WORDS,
    DEMONSTRATIVE,
    DETAIL_REQUESTS,
    DURATION_UNITS,
    FUNCTION_WORDS,
    GENERIC,
    JOINT_WORDS,
    LEAD_MARKERS,
    MARKER_TYPO_LENGTH,
    MARKER_WORDS,
    NUMBER_WORDS,
    OPERATION_CUES,
    PARTICLES,
    POSSESSIVE,
    PRECISE_PATTERNS,
    PRECISIONS,
    QUANTITY_QTYPES,
    RANK_CUES,
    RELATIVE_YEARS,
    SAME_FIGURE,
    SWITCH,
    THEY,
    TIME_MARKS,
    TRAIL_MARKERS,
    WANTED_WINDOW,
    WH_TYPES,
    WORD,
    Word,
    asks_source,
    split_words,
)
from bot.engine.pointing import Pointer, Pointing, measure_phrase
from bot.engine.understand import AUXILIARIES, Analyzer, Query
from bot.engine.wording import Said, Term, said
from bot.knowledge.models import PLACE_KINDS, Lexicon
from bot.language.numbers import without_named_numbers
from bot.language.text import is_year, possessive_of, tokenize
from bot.language.units import UnitBook


@dataclass(frozen=True)
class Rewrite:
    """The standalone question a follow-up was read as, and which reading produced it."""

    question: str
    how: str
    """'substitute' (the last question with a new name, year, unit or rank), 'complete'
    (pronouns resolved), 'context' (the last topic added), 'detail' (a bare 'where?')."""
    topic: str = ""
    """The standalone question later follow-ups build on."""
    own: tuple[str, ...] = ()
    """The stems the follow-up itself brought: a word the pack never uses is a new topic."""


@dataclass(frozen=True)
class Standalone:
    """'Different question: …': the rest, answered on its own."""

    question: str


@dataclass(frozen=True)
class SourceRequest:
    """'source?', 'who says so?': the last answer's facts, cited; `detail` for 'tell me more'."""

    turn: Turn
    detail: bool = False


@dataclass(frozen=True)
class Unclear:
    """A follow-up with nothing to refer to: say so, and ask for the whole question."""

    reason: Said


Reading = Rewrite | Standalone | SourceRequest | Unclear | None

SHAPES_KEPT = 2048
"""Messages whose word-level reading is kept: the same questions come again and again."""


@dataclass(frozen=True, slots=True)
class _Shape:
    """What reading a message takes from its words alone, whatever the conversation."""

    words: tuple[Word, ...]
    lows: tuple[str, ...]
    begin: int
    end: int
    phrase: str
    sourced: bool
    core: tuple[Word, ...]
    """The words from `begin` to `end`, placed as in the core's own text."""


class Followups(Pointing):
    """Rewrites follow-ups for one engine's lexicon (built again with the engine on reload)."""

    def __init__(self, analyzer: Analyzer, lexicon: Lexicon, units: UnitBook) -> None:
        self.analyzer = analyzer
        self.units = units
        self.kind_of: dict[str, str] = {}
        self.surfaces: dict[str, tuple[str, ...]] = {}
        for kind, table in lexicon.entities.items():
            for canonical, surfaces in table.items():
                self.kind_of.setdefault(canonical, kind)
                forms = {canonical, *surfaces}
                self.surfaces[canonical] = tuple(sorted(forms, key=len, reverse=True))
        self.kind_nouns = {
            noun: (kind, noun.endswith("s"))
            for kind, nouns in lexicon.answer_kinds.items()
            for noun in nouns
            if " " not in noun
        }
        self._patterns = lru_cache(maxsize=4096)(self._pattern)
        self.analyse = analyzer.analyse
        """Kept by the analyzer, so the engine reuses what the follow-up reader read."""
        self.headline_entities = lru_cache(maxsize=4096)(self._headline_entities)
        self._name_stems = lru_cache(maxsize=4096)(self._stems_of_name)
        self._shapes = lru_cache(maxsize=SHAPES_KEPT)(self._shape)

    # ------------------------------------------------------------------ reading

    def read(self, text: str, turns: Sequence[Turn]) -> Reading:
        """How to answer `text` given the conversation's turns (latest last); None: as is.

        In order: a new topic announced; a request for the source or the full fact; a
        conversion of its own; a figure just given typed loosely; another rank; a comparison
        with another place; a fragment (a name, year or unit, or a correction) put into the
        last question; else the follow-up's own words with its pointing words resolved and,
        when they say nothing of what is asked about, the last topic beside them."""
        switch = SWITCH.match(text)
        if switch:
            rest = text[switch.end() :].strip()
            return Standalone(rest) if rest and split_words(rest) else None
        shape = self._shapes(text)
        words, lows = list(shape.words), list(shape.lows)
        begin, end, phrase = shape.begin, shape.end, shape.phrase
        if not turns:
            return self._without_context(text, words[begin:end], phrase, opened=begin > 0)
        last = turns[-1]
        if shape.sourced:
            cited = next((t for t in reversed(turns) if t.fact_ids), last)
            return SourceRequest(cited)
        if phrase in DETAIL_REQUESTS and last.fact_ids:
            return SourceRequest(last, detail=True)
        if begin >= end:
            return None
        core_words = words[begin:end]
        core_text = _absolute_years(text[core_words[0].start : core_words[-1].end], turns)
        if core_text != text[core_words[0].start : core_words[-1].end]:
            core_words = split_words(core_text)
        else:
            core_words = list(shape.core)
        query = self.analyse(core_text)
        if query.smalltalk:
            return None
        same = self._same_figure(query, turns) if set(lows) & DEMONSTRATIVE else None
        if same is not None:
            return same
        if any(u.number is not None for u in query.units) or len(query.units) >= 2:
            return None  # a conversion of its own: '2 lbs in grams'
        mentioned = self._own_names(query)
        taken_back = set(lows) & {"not", "instead"}
        negated = _negated(lows, self._entities_in(lows)) if taken_back else set()
        named = [n for n in query.entity_order if n not in negated and n != "year"]
        years = sorted(query.entities.get("year", frozenset()))
        unit = query.unit_asked or self._bare_unit(core_words)
        joint = "sum" in query.cues or bool(set(lows) & JOINT_WORDS)
        if joint and len(named) >= 2 and not self._pointers(core_words, mentioned):
            return None  # 'peru and chile added up' says it all
        if joint and len(named) < 2:
            named = self._recent_names(turns, named, 2 if "both" in lows else 5)
        correcting = any(w in CORRECTION_WORDS for w in lows)
        answered = [t for t in turns if t.answered] if not correcting else []
        base = self._base(answered or turns, named, unit)
        base_query = self.analyse(base.topic)
        operations = (query.cues & OPERATION_CUES) - base.cues
        if base.cues & COMPARING:
            operations -= COMPARING
        if joint and base.cues & {"share", "sum"} and not unit:
            operations -= {"sum"}
        if unit and "share" in base.cues and "share" not in query.cues:
            operations |= {"amount"}  # an amount in tons after a share is a new question
        residual = self._residual(query) if unit == query.unit_asked else []
        own_question = (
            query.qtype in WH_TYPES | QUANTITY_QTYPES
            and query.qtype != base_query.qtype
            and not unit
        )
        pointers = self._pointers(core_words, mentioned)
        ranked = self._rank_substitute(query, base_query, residual)
        if ranked is not None:
            return Rewrite(ranked, "substitute", ranked)
        if set(lows) & COMPARISON_WORDS and len(named) == 1 and not pointers and not correcting:
            compared = self._comparison(base, named[0], residual)
            if compared is not None:
                return Rewrite(compared, "complete", compared)
        if (named or years or unit) and not operations:
            beyond = any(p.role != "figure" for p in pointers) or (pointers and not unit)
            fragment = not residual and not own_question and not beyond
            if fragment or (correcting and not own_question and not pointers):
                rewritten = self._substitute(base, base_query, named, negated, years, unit, joint)
                if rewritten is not None:
                    return Rewrite(rewritten, "substitute", rewritten, tuple(residual))
        return self._complete(core_words, core_text, query, residual, turns, pointers)

    def _without_context(
        self, text: str, core: list[Word], phrase: str, *, opened: bool = False
    ) -> Reading:
        """First question of a conversation: only what cannot stand alone is queried."""
        if opened and core:
            query = self.analyse(text[core[0].start : core[-1].end])
            fragment = query.qtype is None and not self._residual(query)
            if fragment and (query.named or query.unit_asked) and not query.smalltalk:
                names = tuple(_display(n) for n in query.entity_order)
                return Unclear(said("followup.about_what", about=names or Term("that")))
        if asks_source(phrase) or asks_source(" ".join(tokenize(text))):
            return Unclear(said("followup.which_answer"))
        people = [
            p for p in self._pointers(core) if p.role == "person" or core[p.first].low in THEY
        ]
        if people and not self.analyse(text).named:
            word = core[people[0].first].text
            return Unclear(said("followup.who_nobody_yet", word=word))
        return None

    def _residual(self, query: Query) -> list[str]:
        """What the question says beyond names, years, units and connectives."""
        named = set(query.named).union(*(self._name_stems(name) for name in query.named))
        return [
            s
            for s in query.content
            if s not in named
            and s not in GENERIC
            and s not in self.analyzer.cue_stems
            and not is_year(s)
            and s not in self.analyzer.stopwords
        ]

    def _shape(self, text: str) -> _Shape:
        words = split_words(text)
        lows = [self._spelled(w.low) for w in words]
        begin, end = _strip_markers(lows)
        phrase = " ".join(tokenize(" ".join(lows[begin:end])))
        sourced = asks_source(phrase) or asks_source(" ".join(tokenize(text)))
        at = words[begin].start if begin < end else 0
        core = tuple(Word(w.start - at, w.end - at, w.text) for w in words[begin:end])
        return _Shape(tuple(words), tuple(lows), begin, end, phrase, sourced, core)

    def _stems_of_name(self, name: str) -> frozenset[str]:
        return frozenset(self.analyzer.stem(t) for t in tokenize(name))

    def _recent_names(self, turns: Sequence[Turn], named: list[str], limit: int) -> list[str]:
        """'both', 'with X added': the things of one kind the recent turns asked about."""
        kinds = [self.kind_of.get(named[0])] if named else [k for k, _ in turns[-1].asked]
        for kind in dict.fromkeys(kinds):
            out = list(named)
            for turn in reversed(turns):
                out += [n for k, n in turn.asked if k == kind and n not in out]
            if len(out) >= 2:
                return out[: max(limit, len(named))]
        return named

    def _base(self, turns: Sequence[Turn], named: list[str], unit: str | None) -> Turn:
        """The turn a fragment is put into: the latest that gave a figure of the unit's kind
        ('in short tons?' after a count of years), or named a thing of the same kind."""
        if unit is not None and not named:
            family = self.units.family(unit)
            for turn in reversed(turns):
                if any(self._family(f.unit) == family for f in turn.figures):
                    return turn
        if named:
            groups = {_group(self.kind_of.get(n, "")) for n in named}
            for turn in reversed(turns):
                if any(_group(kind) in groups for kind, _ in turn.asked):
                    return turn
        return turns[-1]

    def _comparison(self, base: Turn, other: str, residual: list[str]) -> str | None:
        """'by how much over Spain?', 'and vs the Netherlands': the figure just given, compared
        with the same figure for another place."""
        if residual or self.kind_of.get(other) not in {"country", "region"}:
            return None
        subject = next(
            (
                f
                for f in base.figures
                if f.role in {"part", "total"} and f.where and other not in f.where
            ),
            None,
        )
        if subject is None:
            return None
        return f"How does {measure_phrase(subject, [subject])} compare with {title(other)}?"

    def _spelled(self, word: str) -> str:
        """A connective as meant ('wat about' → 'what about'); other words as typed."""
        fixed = self.analyzer.speller.correct(word) if len(word) <= MARKER_TYPO_LENGTH else word
        return fixed if fixed in MARKER_WORDS else word

    def _bare_unit(self, words: Sequence[Word]) -> str | None:
        """'kg?', 'in lbs': a unit typed alone, which the question reader leaves to context."""
        lows = [w.low for w in words if w.low not in {"in", "into", "to", "as"}]
        if len(lows) != 1:
            return None
        key = self.units.resolve(lows[0])
        measured = key is not None and self.units.family(key) in {"mass", "length", "volume"}
        return key if measured else None

    def _family(self, unit: str) -> str | None:
        return self.units.family(unit) if self.units.resolve(unit) else None

    def _same_figure(self, query: Query, turns: Sequence[Turn]) -> Rewrite | None:
        """'and that 64-ton gap in pounds?': a figure just given, typed with a looser unit
        ('ton'), is converted from the unit it was given in."""
        sources = [u for u in query.units if u.number is not None]
        if len(sources) != 1 or query.unit_asked is None:
            return None
        source = sources[0]
        value = source.number or 0.0
        family = self.units.family(source.key)
        for turn in reversed(turns[-2:]):
            for figure in turn.figures:
                if self._family(figure.unit) != family or figure.unit == source.key:
                    continue
                if abs(figure.value - value) <= SAME_FIGURE * max(abs(value), 1.0):
                    words = self.units.words.get(figure.unit)
                    shown = words.plural if words else figure.unit
                    target = query.unit_asked
                    tail = ""
                    if target:
                        target_words = self.units.words.get(target)
                        tail = f" to {target_words.plural if target_words else target}"
                    question = f"Convert {figure.value:g} {shown}{tail}"
                    return Rewrite(question, "substitute", turn.topic)
        return None

    # ------------------------------------------------------------------ pointing words

    def _substitute(
        self,
        last: Turn,
        last_query: Query,
        named: list[str],
        negated: set[str],
        years: list[str],
        unit: str | None,
        joint: bool = False,
    ) -> str | None:
        """The last question with the follow-up's entity, year or unit put in its place;
        `joint` ('both', 'together'): a new name joins the one kept rather than replacing."""
        text = last.topic
        asked_which = self._figure_for(last, named, years, unit)
        if asked_which is not None:
            return asked_which
        old = [n for n in last_query.entity_order if n != "year"]
        replaced: set[str] = set()
        additions: list[str] = []
        for name in named:
            if name in old:
                continue
            kind = self.kind_of.get(name, "")
            free = [n for n in old if n not in named and n not in replaced]
            if joint:
                kept = [n for n in old if n in named and self.kind_of.get(n) == kind]
                if kept:
                    new_text = self._replace_entity(text, kept[-1], f"{kept[-1]}|{name}")
                    if new_text is not None:
                        text = new_text
                        continue
            choices = [n for n in free if n in negated]
            choices += [n for n in free if self.kind_of.get(n) == kind]
            choices += [n for n in free if _group(self.kind_of.get(n, "")) == _group(kind)]
            target = choices[0] if choices else None
            new_text = self._replace_entity(text, target, name) if target else None
            if new_text is None:
                additions.append(name)
            else:
                text = new_text
                replaced.add(target or "")
        for year in years:
            old_years = sorted(last_query.entities.get("year", frozenset()))
            if old_years and re.search(rf"\b{old_years[0]}\b", text):
                text = re.sub(rf"\b{old_years[0]}\b", year, text, count=1)
            else:
                additions.append(year)
        if unit is not None:
            text = self._replace_unit(text, last_query, unit)
        places = [a for a in additions if a.isdigit() or _group(self.kind_of.get(a, "")) == "where"]
        if len(places) < len(additions):
            return None  # a person's name after a harvest figure is not that question about them
        if any(not a.isdigit() for a in places) and not last.figures:
            return None  # 'and Peru?' after 'who is the mayor?' is no question about Peru
        if places:
            text = _with_tail(text, " in " + join([_display(a) for a in places]))
        if text == last.topic:
            return None
        return _capital(text)

    def _figure_for(
        self, last: Turn, named: list[str], years: list[str], unit: str | None
    ) -> str | None:
        """'which country grew the most?' then 'and Peru?': the figure that answer gave,
        asked for the other place."""
        kinds = {self.kind_of.get(n) for n in named}
        if len(named) != 1 or last.wanted not in kinds or years or unit:
            return None
        figure = next((f for f in last.figures if f.role in {"part", "total"}), None)
        if figure is None:
            return None
        when = f" in {figure.when}" if figure.when else ""
        return f"How much {figure.what} in {title(named[0])}{when}?"

    def _replace_entity(self, text: str, old: str, new: str) -> str | None:
        pattern = self._patterns(old)
        match = pattern.search(text)
        if match is None:
            return None
        end = match.end()
        while (again := pattern.match(text, end + 1)) is not None and text[end : end + 1] == " ":
            end = again.end()  # 'bart de weaver': one name matched in two pieces
        shown = join([title(n) for n in new.split("|")])
        surface = match.group("name").lower()
        possessive = match.group("pos") or ""
        rest = text[end:].lstrip()
        next_word = WORD.match(rest)
        adjective = (
            surface not in {old, f"the {old}"}
            and not possessive
            and next_word is not None
            and next_word.group().lower() not in FUNCTION_WORDS
            and next_word.group().lower() not in self.analyzer.stopwords
            and self.kind_of.get(new.split("|")[-1]) in {"country", "region"}
        )
        if possessive or adjective:
            shown = possessive_of(shown)
        if match.group("the") and shown.startswith("the "):
            shown = match.group("the") + shown[4:]
        return text[: match.start()] + shown + text[end:]

    def _pattern(self, name: str) -> re.Pattern[str]:
        forms = [re.escape(f).replace(r"\ ", r"\s+") for f in self.surfaces.get(name, (name,))]
        forms = [f.removesuffix("'s").removesuffix("'") for f in forms]
        return re.compile(
            rf"(?<![\w])(?P<the>the\s+)?(?P<name>{'|'.join(dict.fromkeys(forms))})"
            rf"(?P<pos>['’]s?\b|['’])?(?![\w])",
            re.IGNORECASE,
        )

    def _replace_unit(self, text: str, last_query: Query, unit: str) -> str:
        words = self.units.words.get(unit)
        shown = words.plural if words else unit.replace("_", " ")
        for mention in (u for u in last_query.units if u.number is None):
            pattern = r"\b" + r"\s+".join(re.escape(w) for w in mention.words) + r"\b"
            if re.search(pattern, text, re.IGNORECASE):
                return re.sub(pattern, shown, text, count=1, flags=re.IGNORECASE)
        return _with_tail(text, f", in {shown}")

    def _rank_substitute(self, query: Query, base: Query, residual: list[str]) -> str | None:
        """'and third?' after 'which country came second?': the rank put in its place."""
        wanted = query.cues & RANK_CUES
        had = base.cues & RANK_CUES
        if len(wanted) != 1 or not had or wanted == had or residual:
            return None
        mine = self._cue_span(list(query.raw_tokens), wanted)
        tokens = list(base.raw_tokens)
        theirs = self._cue_span(tokens, had)
        if mine is None or theirs is None:
            return None
        tokens[theirs[0] : theirs[1]] = list(query.raw_tokens[mine[0] : mine[1]])
        return _capital(" ".join(tokens)) + "?"

    def _cue_span(self, tokens: list[str], labels: Iterable[str]) -> tuple[int, int] | None:
        wanted = set(labels)
        for span in self.analyzer.cues.spans(tokens):
            if span.term is not None and span.term.label in wanted:
                return span.start, span.end
        return None

    # ------------------------------------------------------------------ completion

    def _complete(
        self,
        words: Sequence[Word],
        core_text: str,
        query: Query,
        residual: list[str],
        turns: Sequence[Turn],
        pointers: list[Pointer],
    ) -> Reading:
        """The follow-up's own words, pointing words replaced by what they point to, and the
        last topic added when the words alone say nothing of what is asked about."""
        pieces: list[str] = []
        cursor = 0
        resolved = False
        unresolved = False
        for pointer in pointers:
            referent = self._referent(pointer, turns, query)
            first = words[pointer.first]
            if not referent:
                if pointer.role == "person":
                    return Unclear(said("followup.who_not_named", word=first.text))
                unresolved = True
                continue
            start, end = first.start, words[pointer.last].end
            before = core_text[:start].split()[-1:]
            if first.low in POSSESSIVE:
                referent = possessive_of(referent)
            elif pointer.role == "there" and before != ["in"]:
                referent = "in " + referent
            after = words[pointer.last + 1] if pointer.last + 1 < len(words) else None
            if after is not None and after.low in PARTICLES and " " in referent:
                referent = f"{after.text} {referent}"
                end = after.end
            pieces.append(core_text[cursor:start] + referent)
            cursor = end
            resolved = True
        rewritten = "".join(pieces) + core_text[cursor:]
        complete = bool(query.cues & OPERATION_CUES) and (
            bool(query.entities.get("country") or query.entities.get("person"))
            or (query.qtype in WH_TYPES | QUANTITY_QTYPES and not pointers)
        )
        appended = False
        sentence = bool(query.named) and (
            any(t in AUXILIARIES | {"s", "re"} for t in query.raw_tokens)
            or query.qtype in {"who", "what", "which"}
        )
        asks_own = bool(query.cues & RANK_CUES) or query.answer_kind is not None
        names_only = (
            bool(query.named)
            and query.qtype is None
            and not pointers
            and not query.cues & OPERATION_CUES
        )
        if names_only and not residual:
            return None  # 'the council?', 'totl rice peru 2023': a search of its own
        bare = not resolved and not residual and not sentence and not asks_own
        if (unresolved or bare) and not complete:
            topic = self._topic(turns, query)
            if topic and topic.lower().rstrip("?") not in rewritten.lower():
                rewritten = f"{rewritten.rstrip(' ?.!')}? ({topic.rstrip(' ?.!')})"
                appended = True
        rewritten = _capital(rewritten.strip())
        if not rewritten.endswith(("?", ")")):
            rewritten = rewritten.rstrip(".!") + "?"
        if _same_words(rewritten, core_text):
            return None
        detail = not residual and not query.named and not pointers
        how = "detail" if detail else "context" if appended else "complete"
        topic = turns[-1].topic if appended else rewritten
        return Rewrite(rewritten, how, topic, tuple(residual))

    def _topic(self, turns: Sequence[Turn], query: Query) -> str:
        """What a bare follow-up is about: the figure's measure when it asks for arithmetic
        (with its places unless it names its own), else the last turn's topic."""
        if query.cues & OPERATION_CUES:
            last = turns[-1]
            figures = [f for f in last.figures if f.role != "result"]
            if figures:
                named = query.entities.get("country", frozenset())
                return measure_phrase(figures[0], [] if named else figures)
        return turns[-1].topic

    # ------------------------------------------------------------------ turns

    def _headline_entities(self, headline: str) -> tuple[str, ...]:
        return self.analyse(headline, False).entity_order

    def entities_of(
        self,
        question: Query,
        headlines: Iterable[str],
        declared: Iterable[tuple[str, Iterable[str]]],
    ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """What the question named, and what the answer named beyond it, each in order."""
        asked = [n for n in question.entity_order if n != "year"]
        told: list[str] = []
        for headline in headlines:
            told += [n for n in self.headline_entities(headline) if n not in told]
        for _kind, names in declared:
            told += [n for n in names if n not in told]
        return self._kinds(asked), self._kinds(n for n in told if n not in asked)

    def _kinds(self, names: Iterable[str]) -> tuple[tuple[str, str], ...]:
        return tuple((self.kind_of[n], n) for n in dict.fromkeys(names) if n in self.kind_of)

    def continues(self, text: str) -> bool:
        """Whether a message opens as a follow-up does ('and …', 'so …', 'wait …')."""
        return _opens_as_follow_up(text)

    def own_stems(self, text: str) -> list[str]:
        """The stems a message brings beyond names, units and connectives."""
        return self._residual(self.analyse(text))

    def wanted_kind(self, query: Query) -> str | None:
        """The kind of thing asked for: 'which country', 'which South American countries'."""
        if query.answer_kind:
            return query.answer_kind
        tokens = query.raw_tokens
        for i, token in enumerate(tokens):
            if token in {"which", "what"}:
                if tokens[i + 1 : i + 2] in (["the"], ["a"], ["an"]):
                    return None  # 'what's the crops agency for': not 'what crops'
                for later in tokens[i + 1 : i + 1 + WANTED_WINDOW]:
                    if later in self.kind_nouns:
                        return self.kind_nouns[later][0]
                    if later in AUXILIARIES or later in {"r", "s", "of", "is"}:
                        return None
                return None
        return None

    def asks_several(self, query: Query) -> bool:
        """'which countries …': the kind asked for, in the plural."""
        return any(self.kind_nouns.get(t, ("", False))[1] for t in query.raw_tokens)

    def names_number(self, text: str) -> bool:
        """Whether a fact's answer gives a number ('1,000', 'five', 'a dozen'); a number word
        capitalised inside a sentence is part of a name ('the Seven Sisters'), not a figure."""
        for written in without_named_numbers(text).split():
            token = written.strip(".,;:!?\"'“”‘’()").lower()
            if token[:1].isdigit() or token in NUMBER_WORDS:
                return True
        return False

    def names_time(self, text: str, asked: Query | None = None) -> bool:
        """Whether a fact's answer says when ('on Tuesday', 'since taking charge', '2023'), to
        the precision asked ('what time?' wants a clock time, 'which month?' a month)."""
        tokens = tokenize(text)
        if not any(t in TIME_MARKS or is_year(t) for t in tokens):
            return False
        wanted = next((t for t in (asked.raw_tokens if asked else ()) if t in PRECISIONS), None)
        if wanted is None:
            return True
        return any(t in PRECISIONS[wanted] or PRECISE_PATTERNS[wanted](t) for t in tokens)

    def names_duration(self, text: str) -> bool:
        """Whether a fact's answer says how long ('27 years', 'two weeks')."""
        tokens = tokenize(text)
        return self.names_number(text) and any(t in DURATION_UNITS for t in tokens)


def _group(kind: str) -> str:
    return "where" if kind in PLACE_KINDS else kind


def _display(name: str) -> str:
    return name if name.isdigit() else title(name)


def _with_tail(text: str, tail: str) -> str:
    stripped = text.rstrip(" ?.!")
    return stripped + tail + ("?" if text.rstrip().endswith("?") else "")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


@lru_cache(maxsize=SHAPES_KEPT)
def _opens_as_follow_up(text: str) -> bool:
    """Whether a message opens with a connective, as typed; kept, as messages repeat."""
    return _strip_markers([w.low for w in split_words(text)])[0] > 0


def _by_word(markers: Sequence[tuple[str, ...]], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Markers by their first (0) or last (-1) word: only those can match where a message has it."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for marker in markers:
        found.setdefault(marker[at], []).append(marker)
    return {word: tuple(group) for word, group in found.items()}


LEADING = _by_word(LEAD_MARKERS, 0)
TRAILING = _by_word(TRAIL_MARKERS, -1)


def _strip_markers(lows: list[str]) -> tuple[int, int]:
    """The span of a follow-up left after its opening and closing connectives."""
    begin, end = 0, len(lows)
    changed = True
    while changed and begin < end:
        changed = False
        for marker in LEADING.get(lows[begin], ()):
            n = len(marker)
            if tuple(lows[begin : begin + n]) == marker and begin + n <= end:
                begin += n
                changed = True
                break
    changed = True
    while changed and begin < end:
        changed = False
        for marker in TRAILING.get(lows[end - 1], ()):
            n = len(marker)
            if end - n >= begin and tuple(lows[end - n : end]) == marker:
                end -= n
                changed = True
                break
    return begin, end


def _absolute_years(text: str, turns: Sequence[Turn]) -> str:
    """'what about the year before?' → 'what about 2022?', from the last figure's year."""
    if "year" not in text.lower():
        return text  # every pattern names the year: most messages need none of them tried
    year = next(
        (f.when for t in reversed(turns) for f in t.figures if f.when and is_year(f.when)), None
    )
    if year is None:
        return text
    for pattern, offset in RELATIVE_YEARS:
        text = pattern.sub(str(int(year) + offset), text)
    return text


def _negated(lows: list[str], entities: list[tuple[int, str]]) -> set[str]:
    """'not Peru, Chile': the names the asker takes back."""
    out = set()
    for position, name in entities:
        before = lows[max(0, position - 2) : position]
        if "not" in before or "instead" in lows[position + 1 : position + 3]:
            out.add(name)
    return out


def _same_words(a: str, b: str) -> bool:
    return tokenize(a) == tokenize(b)
