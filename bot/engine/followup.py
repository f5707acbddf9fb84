"""Reading a follow-up in the light of the conversation: rewrite it into a standalone question.

"and Spain?", "in pounds?", "is she new to the job?", "how much more than Spain is that",
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

from bot.engine.conversation import Figure, Turn
from bot.engine.derive import join, title
from bot.engine.text import is_year, tokenize
from bot.engine.understand import AUXILIARIES, QUESTION_WORDS, Analyzer, Query
from bot.engine.units import UnitBook
from bot.knowledge.models import Lexicon

LEAD_MARKERS = tuple(
    tuple(m.split())
    for m in (
        "and what about", "and how about", "what about", "how about", "what of", "and for",
        "same question for", "same question but for", "same but for", "same for", "same with",
        "same thing for", "same", "ok and", "okay and", "ok so", "and then", "and also", "and",
        "or", "then", "also", "but", "so", "ok", "okay", "k", "kk", "n", "oh", "ah", "hmm",
        "well", "right", "no", "nope", "nah", "wait", "sorry", "actually", "oops", "i meant",
        "i mean", "meant", "rather", "not", "hm", "uh", "um",
    )
)  # fmt: skip
"""Words that open a follow-up and carry no content of their own, longest first."""
TRAIL_MARKERS = tuple(
    tuple(m.split())
    for m in ("i mean", "i meant", "instead", "then", "too", "as well", "please", "pls", "though")
)
CORRECTION_WORDS = {
    "no", "nope", "nah", "not", "wait", "sorry", "meant", "mean", "actually", "rather",
    "instead", "oops", "correction",
}  # fmt: skip
SWITCH_MARKERS = (
    ("different", "question"), ("another", "question"), ("new", "question"),
    ("unrelated", "question"), ("other", "question"), ("changing", "topic"), ("new", "topic"),
    ("different", "topic"), ("other", "topic"), ("something", "else"),
)  # fmt: skip
"""The asker says the topic changes: the question is answered on its own."""
GENERIC = {
    "convert", "conver", "conversion", "express", "equal", "equival", "make", "translat",
    "same", "about", "back", "then", "instead", "also", "too", "one", "ones", "question",
    "thing", "again", "exact", "exactly", "mean", "meant", "rather", "ok", "okay", "k", "n",
    "and", "now", "figur", "number", "amount", "wait", "sorri", "actual", "oop", "not",
}  # fmt: skip
"""Stems that do not make a follow-up a question of its own."""

SHE = {"she", "her", "hers", "herself"}
HE = {"he", "him", "his", "himself"}
PLURAL = {"they", "them", "their", "theirs", "themselves", "those", "these"}
THING = {"it", "its", "that", "this"}
THERE = {"there"}
POSSESSIVE = {"his", "her", "their", "its", "hers", "theirs"}
FIGURE_NOUNS = {
    "two", "three", "four", "both", "figure", "figures", "number", "numbers", "amount", "amounts", "total", "totals", "one",
    "ones", "quantity", "value", "stat", "stats", "statistic", "result", "sum", "haul",
}  # fmt: skip
"""'that figure', 'those numbers': a determiner and a noun that only points back."""
EXISTENTIAL = {"is", "are", "was", "were", "be", "been", "s"}
FUNCTION_WORDS = AUXILIARIES | QUESTION_WORDS | {
    "a", "an", "the", "in", "into", "to", "as", "for", "from", "of", "on", "at", "by", "with",
    "and", "or", "than", "compared", "worth", "mean", "come", "comes", "came", "true", "right",
    "correct", "accurate", "official", "real", "so", "up", "together", "combined", "all",
    "again", "exactly", "though", "then", "now", "still", "really", "actually", "just", "say",
    "said", "says", "s", "t", "not", "enough", "more", "less", "much", "many", "big", "large",
    "high", "low", "bigger", "larger", "higher", "lower", "record", "new", "normal", "unusual",
}  # fmt: skip
"""Words that may follow a pointing 'that' or 'it' ('is that right', 'was it a record')."""
OPERATION_CUES = {"share", "difference", "ratio", "sum", "remainder", "average", "rate"}
COMPARING = {"difference", "ratio"}
"""'compared with' after 'how many times': the same comparison, not a new operation."""
QUANTITY_QTYPES = {"how_much", "how_many"}
ARITHMETIC_WORDS = {
    "add", "sum", "total", "combine", "combined", "together", "plus", "minus", "subtract",
    "difference", "compare", "share", "percent", "percentage", "times", "double", "half",
    "average", "divide", "multiply", "ratio", "proportion",
}  # fmt: skip
"""'add them up': 'them' are the figures just given."""
PARTICLES = {"up", "together", "out"}
JOINT_WORDS = {"both", "together", "combined", "altogether"}
"""'and both together?': the names the recent turns asked about, taken jointly."""
RANK_CUES = {"rank_first", "rank_second", "rank_third", "rank_last", "ranking", "comparative"}
"""'add them up' → 'add up cocaine seized in …': the particle goes before a long referent."""
THINGS = {"organisation", "substance"}
TEMPORAL = {"after", "before", "since", "until", "till"}
"""'after that': the event just told, which only the last topic can stand for."""
"""What 'it' names when the last answer gave no figure."""
WH_TYPES = {"who", "where", "when", "why", "what", "which", "how", "how_long"}

SOURCE_REQUESTS = {
    "source", "sources", "src", "the source", "your source", "whats the source", "what source",
    "what is the source", "what s the source", "whats your source", "what is your source",
    "source for that", "source on that", "source please", "source pls", "sauce", "citation",
    "cite", "cite it", "citation needed", "according to whom", "according to who",
    "according to what", "who says", "who says so", "says who", "who said so", "who said that",
    "who said", "who claims that", "who claims so", "where is that from", "where s that from",
    "wheres that from", "where does that come from", "where did that come from",
    "where did you get that", "where did you get that from", "how do you know",
    "how do you know that", "proof", "evidence", "link", "reference", "who reported that",
    "who reported it", "who reports that", "whose figures", "whose figure", "whose numbers",
    "whose data", "who is the source", "whos the source", "what report", "which report",
    "says whom", "by whom", "is that sourced", "is that official", "who found that",
}  # fmt: skip
DETAIL_REQUESTS = {
    "is that all", "thats all", "is that everything", "anything else", "nothing else",
    "what else", "anything more", "is there more", "any more",
    "more", "tell me more", "more detail", "more details", "details", "detail", "more info",
    "elaborate", "go on", "and", "more please", "anything else", "what else", "say more",
    "full answer", "the quote", "quote", "exact quote", "exact words", "what exactly did it say",
    "what did it say exactly", "what does it say exactly", "exact wording",
}  # fmt: skip
"""'tell me more': the last answer again in full, with its quote and notes."""

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True)
class Rewrite:
    """The standalone question a follow-up was read as, and which reading produced it."""

    question: str
    how: str
    """'substitute' (the last question with a new name, year or unit), 'complete' (the
    follow-up with pronouns resolved or the topic added), 'detail' (a bare 'where?')."""
    topic: str = ""
    """The standalone question later follow-ups build on: the rewrite itself, or for a
    follow-up completed with the last topic, that topic."""
    own: tuple[str, ...] = ()
    """The stems the follow-up itself brought: a word the pack never uses is a new topic."""


@dataclass(frozen=True)
class SourceRequest:
    """'source?', 'who says so?': the last answer's facts, cited; `detail` for 'tell me more'."""

    turn: Turn
    detail: bool = False


@dataclass(frozen=True)
class Unclear:
    """A follow-up with nothing to refer to: say so, and ask for the whole question."""

    reason: str


Reading = Rewrite | SourceRequest | Unclear | None


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


class Followups:
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
        self._patterns = lru_cache(maxsize=4096)(self._pattern)
        self.headline_entities = lru_cache(maxsize=4096)(self._headline_entities)

    # ------------------------------------------------------------------ reading

    def read(self, text: str, turns: Sequence[Turn]) -> Reading:
        """How to answer `text` given the conversation's turns (latest last); None: as is."""
        words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        lows = [w.low for w in words]
        if _has_any(lows, SWITCH_MARKERS):
            return None
        begin, end = _strip_markers(lows)
        core_lows = lows[begin:end]
        core = " ".join(core_lows)
        if not turns:
            return self._without_context(text, words, lows, core_lows)
        last = turns[-1]
        phrase = " ".join(tokenize(" ".join(core_lows)))
        if phrase in SOURCE_REQUESTS or " ".join(tokenize(text)) in SOURCE_REQUESTS:
            return SourceRequest(last)
        if phrase in DETAIL_REQUESTS and last.fact_ids:
            return SourceRequest(last, detail=True)
        if not core:
            return None
        core_text = _absolute_years(text[words[begin].start : words[end - 1].end], turns)
        query = self.analyzer.analyse(core_text)
        negated = _negated(lows, self._entities_in(words, lows))
        named = [n for n in query.entity_order if n not in negated and n != "year"]
        years = sorted(query.entities.get("year", frozenset()))
        unit = query.unit_asked
        joint = "sum" in query.cues or bool(set(lows) & JOINT_WORDS)
        if joint and len(named) < 2:
            named = self._recent_pair(turns, named)
        base = self._base(turns, named, unit)
        base_query = self.analyzer.analyse(base.topic, correct=False)
        operations = (query.cues & OPERATION_CUES) - base.cues
        if base.cues & COMPARING:
            operations -= COMPARING
        if joint and base.cues & {"share", "sum"} and not unit:
            operations -= {"sum"}
        residual = self._residual(query)
        own_question = (
            query.qtype in WH_TYPES and query.qtype != base_query.qtype and not unit
        )
        correcting = any(w in CORRECTION_WORDS for w in lows)
        pointing = self._pointing(words[begin:end])
        if (named or years or unit) and not operations:
            fragment = not residual and not own_question and not pointing_beyond(pointing, unit)
            if fragment or (correcting and not own_question and not pointing):
                rewritten = self._substitute(
                    base, base_query, named, negated, years, unit, joint
                )
                if rewritten is not None:
                    return Rewrite(rewritten, "substitute", rewritten, tuple(residual))
        return self._complete(text, words[begin:end], core_text, query, residual, turns, pointing)

    def _without_context(
        self, text: str, words: list[_Word], lows: list[str], core_lows: list[str]
    ) -> Reading:
        """First question of a conversation: only what cannot stand alone is queried."""
        phrase = " ".join(tokenize(" ".join(core_lows)))
        if phrase in SOURCE_REQUESTS or " ".join(tokenize(text)) in SOURCE_REQUESTS:
            return Unclear(
                "Which answer do you mean? I have no earlier answer of yours in this "
                "conversation — ask your question and I'll quote its source."
            )
        pointing = self._pointing(words)
        people = [w for w in pointing if w.low in SHE | HE | PLURAL and w.low not in {"those"}]
        if people:
            query = self.analyzer.analyse(text)
            if not query.named:
                word = people[0].text
                return Unclear(
                    f"Who do you mean by “{word}”? I have no earlier answer of yours to go "
                    "on — ask again with the name."
                )
        return None

    def _recent_pair(self, turns: Sequence[Turn], named: list[str]) -> list[str]:
        """'both', 'the two': the last things of one kind the recent turns asked about."""
        kinds = [self.kind_of.get(named[0])] if named else [k for k, _ in turns[-1].asked]
        for kind in dict.fromkeys(kinds):
            out = list(named)
            for turn in reversed(turns):
                out += [n for k, n in turn.asked if k == kind and n not in out]
            if len(out) >= 2:
                return out
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

    def _family(self, unit: str) -> str | None:
        return self.units.family(unit) if self.units.resolve(unit) else None

    def _residual(self, query: Query) -> list[str]:
        """What the question says beyond names, years, units and connectives."""
        named = {
            self.analyzer.stem(t) for name in query.named for t in tokenize(name)
        } | query.named
        cue_stems = self.analyzer.cue_stems
        return [
            s
            for s in query.content
            if s not in named
            and s not in GENERIC
            and s not in cue_stems
            and not is_year(s)
            and s not in self.analyzer.stopwords
        ]

    # ------------------------------------------------------------------ pointing words

    def _pointing(self, words: Sequence[_Word]) -> list[_Word]:
        """Pronouns that point back ('is that a record', not 'is it true that Spain …')."""
        out = []
        for i, word in enumerate(words):
            low = word.low
            before = words[i - 1].low if i else ""
            after = words[i + 1].low if i + 1 < len(words) else ""
            if low in SHE | HE | {"they", "them", "their", "theirs", "themselves"}:
                out.append(word)
            elif low in THERE:
                if before not in EXISTENTIAL and after not in EXISTENTIAL | {"'s"}:
                    out.append(word)
            elif low in THING | {"those", "these"}:
                if low == "it" and after in {"true", "correct", "right"}:
                    continue
                if low == "that" and before in TEMPORAL:
                    out.append(_Word(word.start, word.end, "<event>"))
                    continue
                if not after or after in FUNCTION_WORDS or after in FIGURE_NOUNS:
                    out.append(word)
                elif low == "its":
                    out.append(word)
        return out

    def _referent(self, word: _Word, following: str, turns: Sequence[Turn], query: Query) -> str:
        """What a pronoun stands for here, '' when the conversation has nothing it could be."""
        low = word.low
        if low in SHE | HE:
            return self._first(turns, {"person"}) or ""
        if low in THERE:
            place = self._first(turns, {"place"}) or self._first(turns, {"country", "region"})
            return place or ""
        if low in PLURAL:
            return self._plural(turns, query)
        if low == "<event>":
            return ""
        figures = self._figure_phrase(turns, plural=False)
        if figures:
            return figures
        return self._first(turns[-1:], THINGS) or ""

    def _first(self, turns: Sequence[Turn], kinds: set[str]) -> str | None:
        for turn in reversed(turns):
            for kind, name in turn.entities:
                if kind in kinds:
                    return title(name)
        return None

    def _plural(self, turns: Sequence[Turn], query: Query) -> str:
        """'they', 'them': figures when arithmetic is asked, else a group the last question
        named, people it (or the turns before) named, then a group or countries answered."""
        arithmetic = (
            bool(query.cues & (OPERATION_CUES | RANK_CUES))
            or query.qtype in QUANTITY_QTYPES
            or any(w in ARITHMETIC_WORDS for w in query.raw_tokens)
        )
        figures = self._figure_phrase(turns, plural=True)
        if arithmetic and figures:
            return figures
        last = turns[-1]
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
        groups = [name for kind, name in last.told if kind == "organisation"]
        if groups:
            return title(groups[0])
        countries = [name for kind, name in last.entities if kind == "country"]
        if len(countries) >= 2:
            return join([title(n) for n in countries])
        return figures

    def _figure_phrase(self, turns: Sequence[Turn], *, plural: bool) -> str:
        """'cocaine seized in Belgium in 2023': the figure just given, named for the engine;
        plural, every place the recent turns gave that figure for."""
        last = turns[-1]
        if not last.figures:
            return ""
        first = last.figures[0]
        figures: list[Figure] = list(last.figures)
        if plural:
            for turn in reversed(turns[:-1]):
                figures += [f for f in turn.figures if f.what == first.what]
        places: list[str] = []
        for figure in figures:
            if figure.what != first.what or figure.when != first.when:
                continue
            for place in figure.where:
                if place not in places:
                    places.append(place)
        if not plural:
            places = places[: max(1, len(last.figures))] if places else []
        phrase = first.what
        if places:
            phrase += " in " + join([title(p) for p in places])
        if first.when:
            phrase += f" in {first.when}"
        return phrase

    # ------------------------------------------------------------------ substitution

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
                    new_text = self._replace_entity(text, kept[0], f"{kept[0]}|{name}")
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
        others = [a for a in additions if a not in places]
        if places:
            text = _with_tail(text, " in " + join([_display(a) for a in places]))
        if others:
            text = _with_tail(text, ", for " + join([_display(a) for a in others]))
        if text == last.topic:
            return None
        return _capital(text)

    def _replace_entity(self, text: str, old: str, new: str) -> str | None:
        match = self._patterns(old).search(text)
        if match is None:
            return None
        shown = join([title(n) for n in new.split("|")])
        surface = match.group("name").lower()
        possessive = match.group("pos") or ""
        rest = text[match.end() :].lstrip()
        next_word = _WORD.match(rest)
        adjective = (
            surface not in {old, f"the {old}"}
            and not possessive
            and next_word is not None
            and next_word.group().lower() not in FUNCTION_WORDS
            and next_word.group().lower() not in self.analyzer.stopwords
            and self.kind_of.get(new) in {"country", "region"}
        )
        if possessive or adjective:
            shown += "'" if shown.endswith("s") else "'s"
        start = match.start()
        if match.group("the") and shown.startswith("the "):
            shown = match.group("the") + shown[4:]
        return text[:start] + shown + text[match.end() :]

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
        asked = [u for u in last_query.units if u.number is None]
        for mention in asked:
            pattern = r"\b" + r"\s+".join(re.escape(w) for w in mention.words) + r"\b"
            if re.search(pattern, text, re.IGNORECASE):
                return re.sub(pattern, shown, text, count=1, flags=re.IGNORECASE)
        return _with_tail(text, f", in {shown}")

    # ------------------------------------------------------------------ completion

    def _complete(
        self,
        text: str,
        words: Sequence[_Word],
        core_text: str,
        query: Query,
        residual: list[str],
        turns: Sequence[Turn],
        pointing: list[_Word],
    ) -> Reading:
        """The follow-up's own words, pronouns replaced by what they point to, and the last
        topic added when the words alone say nothing of what is asked about."""
        offset = words[0].start if words else 0
        pieces: list[str] = []
        cursor = 0
        resolved = False
        unresolved_thing = False
        for word in pointing:
            index = next(i for i, w in enumerate(words) if w.start == word.start)
            following = words[index + 1].low if index + 1 < len(words) else ""
            referent = self._referent(word, following, turns, query)
            if not referent:
                if word.low in SHE | HE | {"they", "them", "their", "theirs"}:
                    return Unclear(
                        f"Who do you mean by “{word.text}”? My last answer names nobody it "
                        "could be — ask again with the name."
                    )
                unresolved_thing = True
                continue
            start, end = word.start - offset, word.end - offset
            if word.low in POSSESSIVE:
                referent += "'" if referent.endswith("s") else "'s"
            elif word.low in THERE and (start < 3 or core_text[:start].split()[-1:] != ["in"]):
                referent = "in " + referent
            if (
                index + 1 < len(words)
                and word.low in THING | {"those", "these"}
                and words[index + 1].low in FIGURE_NOUNS
            ):
                end = words[index + 1].end - offset
            after = words[index + 1] if index + 1 < len(words) else None
            if after is not None and after.low in PARTICLES and " " in referent:
                referent = f"{after.text} {referent}"
                end = after.end - offset
            pieces.append(core_text[cursor:start] + referent)
            cursor = end
            resolved = True
        rewritten = "".join(pieces) + core_text[cursor:]
        appended = False
        if unresolved_thing or (not resolved and not residual):
            topic = self._topic(turns, query)
            if topic and topic.lower().rstrip("?") not in rewritten.lower():
                rewritten = f"{rewritten.rstrip(' ?.!')}? ({topic.rstrip(' ?.!')})"
                appended = True
        rewritten = _capital(rewritten.strip())
        if not rewritten.endswith(("?", ")")):
            rewritten = rewritten.rstrip(".!") + "?"
        if _same_words(rewritten, core_text):
            return None
        bare = not residual and not query.named and not pointing
        topic = turns[-1].topic if appended else rewritten
        return Rewrite(rewritten, "detail" if bare else "complete", topic, tuple(residual))

    def _topic(self, turns: Sequence[Turn], query: Query) -> str:
        """What a bare follow-up is about: the figure's measure when it asks for arithmetic,
        else the question the last answer answered."""
        if query.cues & OPERATION_CUES:
            last = turns[-1]
            if last.figures:
                first = last.figures[0]
                return first.what + (f" in {first.when}" if first.when else "")
        return turns[-1].topic

    # ------------------------------------------------------------------ turns

    def _entities_in(self, words: Sequence[_Word], lows: list[str]) -> list[tuple[int, str]]:
        """(word position, canonical name) for each entity named, from the lexicon."""
        out = []
        joined = " ".join(lows)
        for name in self.analyzer.analyse(joined, correct=False).entity_order:
            match = self._patterns(name).search(joined)
            if match:
                out.append((joined[: match.start()].count(" "), name))
        return out

    def _headline_entities(self, headline: str) -> tuple[str, ...]:
        return self.analyzer.analyse(headline, correct=False).entity_order

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


def pointing_beyond(pointing: list[_Word], unit: str | None) -> bool:
    """A pronoun in a fragment that asks for a unit ('how many kilos is that') points at the
    last figure, which substitution keeps; any other pronoun needs completing."""
    return bool(pointing) and not (unit and all(w.low in THING for w in pointing))


def _group(kind: str) -> str:
    return "where" if kind in {"country", "region", "place"} else kind


def _display(name: str) -> str:
    return name if name.isdigit() else title(name)


def _with_tail(text: str, tail: str) -> str:
    stripped = text.rstrip(" ?.!")
    return stripped + tail + ("?" if text.rstrip().endswith("?") else "")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _has_any(lows: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if any(tuple(lows[i : i + n]) == phrase for i in range(len(lows) - n + 1)):
            return True
    return False


def _strip_markers(lows: list[str]) -> tuple[int, int]:
    """The span of a follow-up left after its opening and closing connectives."""
    begin, end = 0, len(lows)
    changed = True
    while changed and begin < end:
        changed = False
        for marker in LEAD_MARKERS:
            n = len(marker)
            if tuple(lows[begin : begin + n]) == marker and begin + n <= end:
                begin += n
                changed = True
                break
    changed = True
    while changed and begin < end:
        changed = False
        for marker in TRAIL_MARKERS:
            n = len(marker)
            if end - n >= begin and tuple(lows[end - n : end]) == marker:
                end -= n
                changed = True
                break
    return begin, end


RELATIVE_YEARS = [
    (re.compile(rf"\b(?:the\s+)?{phrase}\b", re.IGNORECASE), offset)
    for phrase, offset in (
        (r"year\s+before(?:\s+that)?", -1), (r"(?:a\s+)?year\s+earlier", -1),
        (r"(?:last|previous|prior|preceding)\s+year", -1), (r"year\s+after(?:\s+that)?", 1),
        (r"(?:a\s+)?year\s+later", 1), (r"(?:next|following)\s+year", 1),
    )
]  # fmt: skip
"""'last year' after a 2023 figure is 2022: relative to the year the conversation is about."""


def _absolute_years(text: str, turns: Sequence[Turn]) -> str:
    """'what about the year before?' → 'what about 2022?', from the last figure's year."""
    year = next(
        (f.when for t in reversed(turns) for f in t.figures if f.when and is_year(f.when)), None
    )
    if year is None:
        return text
    for pattern, offset in RELATIVE_YEARS:
        text = pattern.sub(str(int(year) + offset), text)
    return text


def _negated(lows: list[str], entities: list[tuple[int, str]]) -> set[str]:
    """'not Belgium, Spain': the names the asker takes back."""
    out = set()
    for position, name in entities:
        before = lows[max(0, position - 2) : position]
        if "not" in before or "instead" in lows[position + 1 : position + 3]:
            out.add(name)
    return out


def _same_words(a: str, b: str) -> bool:
    return tokenize(a) == tokenize(b)
