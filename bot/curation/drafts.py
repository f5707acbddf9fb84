"""Draft facts from a text: one per sentence, or per clause when a sentence carries several
claims, each citing its sentence verbatim, with the names, figures, dates and question forms
the engine matches on. A curator improves a draft by small edits, never by rewriting it."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from wordfreq import zipf_frequency

from bot.curation.figures import (
    TIME_UNITS,
    Reading,
    gives_times,
    read_figures,
    writes_millions_as_m,
)
from bot.curation.measures import direction_gaps, measure_gaps, measures_of, period_gaps
from bot.curation.names import (
    Name,
    affiliations,
    epithets,
    is_event,
    mentioned_in,
    padded_tokens,
    venue_named,
)
from bot.curation.questions import Context, question_forms
from bot.curation.questions import named as names_its_measure
from bot.curation.sentences import Sentence
from bot.knowledge.models import PLACE_KINDS
from bot.language.text import content_words

ID_WORDS: Final = 5
ID_MAX_LENGTH: Final = 48
KEYWORDS: Final = 6
TOPIC_WORDS: Final = 8
MIN_CLAUSE_WORDS: Final = 5
DRAFT_NOTE: Final = (
    "Draft fact written by `kb new`: check the answer against the quote, then remove this note."
)
"""What marks a drafted fact for its curator; its topic is for readers, so it carries none."""
BASE_ASKS: Final = ("what", "which", "how", "yes_no")
WINNING: Final = re.compile(
    r"\b(?:won|wins?|winning|winner|victory|gold|title|champion\w*|first|1st|behind|ahead|beat"
    r"|record)\b",
    re.I,
)

_ID_UNSAFE: Final = re.compile(r"[^a-z0-9]+")
_CLAUSE_BREAK: Final = re.compile(
    r"(?:;\s+|,?\s+(?:while|whereas|although|though)\s+|,\s+but\s+|\s+but\s+(?=the\s|[A-Z])|"
    r",\s+and\s+(?=(?:the|he|she|it|they|his|her)\s|[A-Z])|\s+-\s+)"
)
_OPENING_THING: Final = re.compile(
    r"^[\"'“‘]?(?:(?:however|but|and|so|yet|still|now|last year|this year|in \d{4}),?\s+)?"
    r"(?:it|its|this|that|the\s+(?:[\w-]+\s+)?(?:book|novel|film|movie|show|series|album|"
    r"song|game|play|story|thriller|product|device|phone|console|plan|project|deal|scheme|"
    r"report|bill|law|policy|company|firm|service|app|model|car|system|event|race|match|"
    r"council|agency|government|party|club|team|board|bank|union|committee|department|"
    r"ministry|authority|group|business|maker|retailer|carrier|charity|school|university))\b",
    re.I,
)
"""'It was turned into a movie', 'The hit novel took four years', 'Last year it made …',
'However, that business …': the work named before."""
_OPENING_BODY: Final = re.compile(
    r"^[\"'“‘]?the\s+(?P<noun>company|firm|group|business|maker|retailer|carrier|bank|council|"
    r"agency|government|club|team|charity|union|party)\b",
    re.I,
)
"""'The company, which employs 5,600 people': the organisation the text is mostly about."""
_OPENING_PRONOUN: Final = re.compile(r"^[\"'“‘]?(?:he|she|his|her|they|their|him)\b", re.I)
_PRONOUN: Final = re.compile(r"(?i:\b(?:he|she|his|her|him|himself|herself)\b)|\bI\b|^[\"'“‘]")
"""A clause that names nobody but says 'he' or 'his' is about the person the text is on."""
_OPENING_DESCRIPTION: Final = re.compile(
    r"^[\"'“‘]?the\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+|year-old)\s+(?:is|was|has|had|will|would|"
    r"[a-z]+ed|took|went|said|became|won|broke|ran|came|made|gave)\b",
    re.I,
)
"""'The Larne athlete dominated', 'The Irishman is': a description of whom the text is on."""
_OPENING_AGE: Final = re.compile(r"^[\"'“‘]?the\s+(?:\w+)[\s-]year[\s-]old\b", re.I)
"""'The 25-year-old won': an age a report gives of whom it is on, not of whom it named last."""
_TRAVEL: Final = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?|flew|flown|went|gone|moved|emigrated|"
    r"holiday(?:ed|ing)?|trip)\b[^.]*\b(?:in|to)\s+(?:the\s+)?[A-Z]"
)
PERSON_ENDINGS: Final = ("man", "woman", "er", "ist", "ete", "or", "ess", "ian", "ent", "ee")


@dataclass(frozen=True)
class Piece:
    """What one draft fact is cut from: a sentence, or a clause of it."""

    sentence: Sentence
    text: str


def draft_facts(
    found: Sequence[Sentence],
    names: Sequence[Name] = (),
    *,
    works: Sequence[Name] = (),
    text: str = "",
    headline: str | None = None,
    taken_ids: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """The draft facts of a text, ids unique among themselves and the ids already taken.

    `names` are the text's people, places and organisations; `works` the names a later 'it'
    or 'the company' may refer back to (titles, organisations)."""
    whole = text or " ".join(s.text for s in found)
    million_m = writes_millions_as_m(whole)
    timed = gives_times(whole)
    pieces = [p for sentence in found for p in _pieces(sentence, million_m)]
    words_of = [_content_words(p.text) for p in pieces]
    spread = Counter(word for words in words_of for word in set(words))
    person_words = {w for n in names if n.kind == "person" for w in _content_words(n.display)}
    organisation_of = {p: body.display for p, body in affiliations(names, whole).items()}
    described = epithets(names, whole, [p.text for p in pieces])
    thread = Thread(works)
    ahead = _speakers_ahead([p.text for p in pieces], names)
    main = _main_body(names, headline)
    setting = _setting(names, pieces[0].text if pieces else "", headline)
    used = set(taken_ids)
    area_measure = ""
    facts: list[dict[str, Any]] = []
    readings: list[Reading] = []
    for position, (piece, words) in enumerate(zip(pieces, words_of, strict=True)):
        fact_id = unique_id(words, used)
        used.add(fact_id)
        tokens = padded_tokens(piece.text)
        in_piece = [name for name in names if mentioned_in(name, tokens)]
        on = thread.follow(piece.text, tokens, in_piece, ahead[position])
        reading = _named(read_figures(piece.text, million_m, timed), piece.text)
        reading, area_measure = _area_compared(reading, piece.text, area_measure)
        readings.append(reading)
        keywords = _keywords([w for w in words if w not in person_words], spread)
        context = Context(
            clause=piece.text,
            subject=on.subject,
            names=in_piece,
            reading=reading,
            headline=headline if position == 0 else None,
            keywords=keywords,
            about=on.work.display if on.work else None,
            organisation_of=organisation_of,
            epithets=described,
        )
        entities = _entities(in_piece, [*on.referred, *([main] if main else [])])
        for name in setting:  # what the whole text is set in or about, unless this says other
            if name.kind and name.kind not in entities:
                entities[name.kind] = [name.canonical]
        forms = question_forms(context)
        typed = _typed_short(entities, [*names])
        if typed:  # 'us price deluxe set': the country as people type it, lower case
            forms.insert(min(1, len(forms)), f"What about the {' '.join(typed)}?")
        fact = draft_fact(fact_id, piece, keywords, forms, entities, reading)
        if (
            _TRAVEL.search(piece.text)
            and PLACE_KINDS & set(entities)  # 'visited her father in Hong Kong': where she went
            and "where" not in fact["asks"]
        ):
            fact["asks"].append("where")  # 'visited her father in Hong Kong': where she went
        if venue_named(in_piece, piece.text) and "where" not in fact["asks"]:
            fact["asks"].append("where")  # 'at the Brisbane International' says where
        if any(is_event(name) for name in in_piece):
            _event_gaps(fact, whole)
        fact["answer"] = named_in_full(fact["answer"], on.subject)
        facts.append(fact)
    _figure_gaps(facts, [read.figures for read in readings])
    _near_misses(facts, readings, pieces, whole)
    _shared_measures(facts)
    return facts


_COMPARED_BACK: Final = re.compile(
    r"^[\"'“‘]?(?:That|This|It)\b|\btimes (?:the|that|as)\b|\bcompared (?:with|to)\b|"
    r"\bup from\b|\bdown from\b|\bagainst\b|\bthan\b"
)
AREA_SUFFIX: Final = " area size"


def _area_compared(reading: Reading, clause: str, before: str) -> tuple[Reading, str]:
    """'3,400 square metres of floor space. That is almost three times the 1,150 square
    metres of the old library': an area compared with the one before measures the same (floor
    space), so 'how much floor space did the old library have?' finds it. Returns the reading
    and the measure of the text's last area that names one."""
    figures = []
    for found in reading.figures:
        what = found.what.removesuffix(AREA_SUFFIX) if found.kind == "area" else ""
        if found.kind == "area" and before and before not in what and _COMPARED_BACK.search(clause):
            found = dataclasses.replace(found, what=f"{what} {before}{AREA_SUFFIX}".lstrip())
        elif found.kind == "area" and what:
            before = what
        figures.append(found)
    return dataclasses.replace(reading, figures=tuple(figures)), before


def _named(reading: Reading, clause: str) -> Reading:
    """Each figure with its measure named from the clause where the clause names one."""
    named = measures_of(clause, [(f.start, f.kind) for f in reading.figures])
    figures = tuple(
        dataclasses.replace(f, what=m) if m and not _counts_its_own(f) and not _owner(m) else f
        for f, m in zip(reading.figures, named, strict=True)
    )
    return dataclasses.replace(reading, figures=figures)


OWNER_NOUNS: Final = frozenset(
    {"company", "firm", "group", "business", "government", "council", "club", "team", "side",
     "it", "they", "he", "she", "maker", "retailer", "bank", "agency", "authority"}
)  # fmt: skip
"""'the company lost $132m': who the figure is of, not what it measures."""


def _owner(measure: str) -> bool:
    return measure.split()[-1].lower() in OWNER_NOUNS


def _counts_its_own(found: Any) -> bool:
    """A count that says what it counts ('47,107 runners', '32GB of memory') keeps its words:
    the clause's measure ('premium set') is no answer to 'how many runners'."""
    return found.kind == "count" and found.what != found.kind


MAIN_BODY_SHARE: Final = 0.3
"""An organisation named in the headline with this share of the text's mentions of names is
what the text is about: every fact of it is about that organisation."""


SITE_WORDS: Final = frozenset({
    "street", "road", "lane", "avenue", "square", "way", "drive", "crescent", "terrace", "row",
    "gardens", "park", "station", "bridge", "airport", "stadium", "arena", "estate",
})  # fmt: skip
"""A street, a park or a station in the opening is a site of what it tells, not the setting
of every fact: a fact is about it only where it names it."""
_DEMONYM: Final = re.compile(r"(?:an|ans|ish|ese|i|is|ch|sh)$")


SHORT_NAME: Final = 3
SETTING_MENTIONS: Final = 3
"""A country the opening names by its adjective is the setting when the text keeps naming it
('Welsh councils', 'the Welsh assembly', 'Wales'); a runner's nationality is said once."""


def _typed_short(entities: dict[str, list[str]], names: Sequence[Name]) -> list[str]:
    """The short forms of the fact's countries ('us', 'uk'), which readers type in lower case
    and which then read as ordinary words."""
    countries = set(entities.get("country", []))
    return sorted(
        {
            s
            for n in names
            if n.kind == "country" and n.canonical in countries
            for s in n.surfaces
            if len(s) <= SHORT_NAME and s.isalpha()
        }
    )


def _setting(names: Sequence[Name], lead: str, headline: str | None) -> list[Name]:
    """What a news text is set in and about, from its headline and opening sentence: the
    country or place they name ('Smoking ban takes effect in England', '… in the US'), and an
    organisation the opening names that the text names again. Every fact of the text is about
    them unless it names another of the kind: 'How much is it in the US?' is not ruled out by
    'It'll cost $299.99', which names no country."""
    opening = padded_tokens(" ".join(t for t in (headline, lead) if t))
    out: list[Name] = []
    for name in names:
        if name.kind in PLACE_KINDS and name.display.split()[-1].lower() in SITE_WORDS:
            continue  # 'the site on Tanner Street': where one thing is, not the whole text's
        if name.kind in PLACE_KINDS:
            said = [s for s in {name.canonical, *name.surfaces} if s and f" {s} " in opening]
            by_name = any(s == name.canonical or not _DEMONYM.search(s) for s in said)
            if by_name or (said and name.mentions >= SETTING_MENTIONS):
                out.append(name)  # 'in the US', 'Welsh councils' often; not 'Kenyan runner'
        elif name.kind == "organisation" and name.mentions >= 2 and mentioned_in(name, opening):
            out.append(name)
    kinds = Counter(n.kind for n in out)
    return [n for n in out if kinds[n.kind] == 1]  # two countries in the opening: neither


def _main_body(names: Sequence[Name], headline: str | None) -> Name | None:
    bodies = [n for n in names if n.kind == "organisation" and not n.shared]
    if not bodies or not headline:
        return None
    main = max(bodies, key=lambda b: b.mentions)
    if not mentioned_in(main, padded_tokens(headline)):
        return None
    people = sum(n.mentions for n in names if n.kind in {"organisation", "person"})
    return main if main.mentions >= MAIN_BODY_SHARE * max(1, people) else None


GROUPS: Final = (
    "adults", "children", "teenagers", "pensioners", "women", "men", "voters", "smokers",
    "students", "households", "drivers", "employees", "residents", "patients", "customers",
)  # fmt: skip
"""Whom a share may be of: 'what percentage of adults' is not answered by a share of the
public, so a fact stating a share declines the groups the text never names."""


def _near_misses(
    facts: list[dict[str, Any]], readings: Sequence[Reading], pieces: Sequence[Piece], text: str
) -> None:
    """Questions a fact looks close to but cannot answer, as its `unknowns`: the opposite
    direction of the change it states, a period of the text's kind it never gives, for a
    fact stating no figure the measures the text states elsewhere, and for a share the
    groups of people it is not a share of."""
    periods = period_gaps(text)
    measures = [
        f.what
        for r in readings
        for f in r.figures
        if f.kind in {"money", "share"} and names_its_measure(f)
    ]
    for fact, reading, piece in zip(facts, readings, pieces, strict=True):
        gaps = [*direction_gaps(piece.text), *periods]
        if not reading.figures:
            gaps += measure_gaps(piece.sentence.one_line, measures)
        if any(f.kind == "share" for f in reading.figures):
            gaps += [g for g in GROUPS if not re.search(rf"\b{g[:-1]}", text, re.I)]
        own = " ".join(fact["questions"]).lower()
        gaps = [g for g in gaps if not re.search(rf"\b{re.escape(g)}\b", own)]
        if gaps:
            fact["unknowns"] = list(dict.fromkeys([*fact.get("unknowns", []), *gaps]))
            fact["curator_note"] = fact.pop("curator_note")


EVENT_GAPS: Final = ("round", "prize money", "crowd", "attendance")
"""What readers ask of a tournament or a show that a report of it may never say: which round,
the prize money, how many watched."""


def _event_gaps(fact: dict[str, Any], text: str) -> None:
    """A fact about an event declines what the text never says of any event ('who does she
    play in the first round?') rather than answering with the event's other news."""
    own = " ".join(fact["questions"]).lower()
    gaps = [
        g for g in EVENT_GAPS if not re.search(rf"\b{g.split()[0]}", text, re.I) and g not in own
    ]
    if gaps:
        fact["unknowns"] = list(dict.fromkeys([*fact.get("unknowns", []), *gaps]))
        fact["curator_note"] = fact.pop("curator_note")


def _shared_measures(facts: list[dict[str, Any]]) -> None:
    """A measure groups figures readers compare ('which division had the most revenue?'):
    kept only where two facts about different owners state it, never for one figure alone."""
    owners: dict[str, set[str]] = {}
    for fact in facts:
        for quantity in fact.get("quantities", []):
            if "measure" in quantity:
                owners.setdefault(quantity["measure"], set()).update(quantity["where"])
    for fact in facts:
        for quantity in fact.get("quantities", []):
            if "measure" in quantity and len(owners[quantity["measure"]]) < 2:
                del quantity["measure"], quantity["where"]
                quantity["role"] = "other" if quantity["unit"] != "count" else "count"


@dataclass(frozen=True)
class On:
    """Whom and what one clause is about, including those it only refers back to."""

    subject: Name | None
    work: Name | None
    referred: tuple[Name, ...]
    """Names the clause means but does not name ('he', 'the company'): added to its entities."""


class Thread:
    """Who and what the text is on as it goes: 'he' is the person a clause last opened with,
    'it' or 'the novel' the work named in the clause before, 'the company' the organisation
    the text names most."""

    def __init__(self, works: Sequence[Name]) -> None:
        self.works = works
        self.person: Name | None = None
        self.speaker: Name | None = None
        """Whom the last quote was attributed to ('… ," Greene said'): who speaks on."""
        self.last_named: Name | None = None
        self.work: Name | None = None
        bodies = [w for w in works if w.kind == "organisation"]
        self.main_body = max(bodies, key=lambda b: b.mentions) if bodies else None

    def follow(
        self, text: str, tokens: str, in_piece: Sequence[Name], ahead: Name | None = None
    ) -> On:
        """`ahead` is who a quote this clause opens is attributed to where the quote closes."""
        people = [name for name in in_piece if name.kind == "person"]
        if ahead is not None and not people:
            self.speaker = ahead  # '"We have withdrawn the ban. … ," said Kiplagat': his words
        carried = self._person(text, people)
        work = self._work(text, tokens)
        subject = carried or (people[0] if people else None)
        if subject is None:
            bodies = [n for n in in_piece if n.kind == "organisation"]
            subject = bodies[0] if bodies and _opens_with(text, bodies[0]) else None
        referred = [c for c in (carried, _body(work)) if c is not None]
        return On(subject, work, tuple(referred))

    def _person(self, text: str, people: Sequence[Name]) -> Name | None:
        """The person a clause refers back to, if it names nobody as its subject: 'he' is the
        person the text is on, 'the three-time winner' the one the clause before named last."""
        last, self.last_named = self.last_named, _named_last(text, people) or self.last_named
        speaking = _speaker(text, people)
        quoted = bool(_QUOTED.match(text))
        if speaking is not None:
            self.speaker = speaking
        elif people and not quoted:
            self.speaker = None  # the text turns to someone: a quote after it is theirs
        if people and _opens_with(text, people[0]):
            self.person = people[0]  # the person the text is now on
            return None
        if not people and quoted and (self.speaker or last or self.person):
            self.speaker = self.speaker or last or self.person
            return self.speaker  # a quote goes on in the speaker's words, or '…," he said'
        if not people and self.person is not None and _OPENING_AGE.match(text):
            return self.person
        if not people and last is not None and _described_first(text):
            return last
        if self.person is not None and (_refers_back(text) or _pronoun_first(text, people)):
            return self.person
        if people and self.person is None:
            self.person = people[0]
        return None

    def _work(self, text: str, tokens: str) -> Name | None:
        """The work or organisation a clause refers back to ('it', 'the company')."""
        named = [
            w
            for w in self.works
            if re.search(rf"\b{re.escape(w.display)}\b", text)
            or (w.kind == "organisation" and mentioned_in(w, tokens))
        ]
        if named:
            before, self.work = self.work, named[0]
            opening = _OPENING_BODY.match(text)
            if opening and not _next_is(text[opening.end() :], named[0]):
                back = _body(before) or self.main_body  # 'The firm, whose Acme unit …'
                fits = back is not None and back not in named and _fits(opening, back)
                return back if fits else None
            return None
        opening = _OPENING_BODY.match(text)
        if self.work is not None and _OPENING_THING.match(text):
            if opening and self.work.kind == "organisation" and not _fits(opening, self.work):
                self.work = None  # 'The government is …' after a company: another body
                return None
            return self.work  # and it stays the work for the clause after
        if self.main_body is not None and opening and _fits(opening, self.main_body):
            return self.main_body  # 'the company' of a text about one company
        self.work = None  # a clause about something else: 'it' next is not that work
        return None


KIND_WORDS: Final = {
    "time": ("time",),
    "money": ("cost", "price", "paid", "pay", "worth"),
    "share": ("percentage",),
    "age": ("old",),
}
"""How readers ask for a figure of each kind: a fact that states none cannot answer them."""


def _gap_kind(found: Any) -> str:
    """A duration in hours, minutes or seconds ('two hours, five minutes') is a time too."""
    return "time" if found.kind == "duration" and found.unit in TIME_UNITS else found.kind


def _figure_gaps(facts: list[dict[str, Any]], figures: Sequence[Sequence[Any]]) -> None:
    """Where the text states times (or money, shares, ages), a fact that states none declines
    'what was her time?' rather than answering with a sentence that gives no time; never with
    a word of the fact's own questions or sentence."""
    kinds_in_text = {_gap_kind(f) for found in figures for f in found}
    for fact, found in zip(facts, figures, strict=True):
        own = " ".join([*fact["questions"], fact["quotes"][0]["text"]]).lower()
        stated = {_gap_kind(f) for f in found}
        gaps = [
            word
            for kind, words in KIND_WORDS.items()
            if kind in kinds_in_text and kind not in stated
            for word in words
            if not re.search(rf"\b{word}", own)
        ]
        if gaps:
            fact["unknowns"] = [*fact.get("unknowns", []), *gaps]
            fact["curator_note"] = fact.pop("curator_note")  # last, where curators look


def draft_fact(
    fact_id: str,
    piece: Piece,
    keywords: list[str],
    questions: list[str],
    entities: dict[str, list[str]],
    reading: Reading,
) -> dict[str, Any]:
    """The fact as the YAML will hold it: its quote is the whole sentence, verbatim."""
    fact: dict[str, Any] = {
        "id": fact_id,
        "topic": _topic(piece.text),
        "answer": answer_sentence(piece.text),
        "quotes": [{"text": piece.sentence.one_line}],
        "questions": questions,
        "keywords": keywords,
        "asks": _asks(entities, reading),
    }
    if entities:
        fact["entities"] = entities
    quantities = [_quantity(f, entities) for f in reading.figures]
    if quantities:
        fact["quantities"] = quantities
    unknowns = _unknowns(piece.text, reading)
    if unknowns:
        fact["unknowns"] = unknowns
    fact["curator_note"] = DRAFT_NOTE
    return fact


MEASURED_KINDS: Final = frozenset({"time", "age", "money", "length", "mass", "volume"})
"""Figures compared across people or organisations: a race time, an age, a price."""


def _quantity(found: Any, entities: dict[str, list[str]]) -> dict[str, Any]:
    """A figure as the fact states it; one of a kind readers compare ('how much faster was A
    than B?') is the figure of the one person (or organisation) the fact names, under a
    measure shared by every fact with a figure of that kind and unit."""
    quantity: dict[str, Any] = {
        "value": found.value,
        "unit": found.unit,
        "what": found.what,
        "role": found.role,
    }
    owners = entities.get("person") or entities.get("organisation") or []
    if found.kind in MEASURED_KINDS and len(owners) == 1 and len(entities.get("person", [])) <= 1:
        named = re.sub(r"[^a-z0-9]+", "-", found.what.lower()).strip("-")
        key = f"{found.kind}-{named}-{found.unit}" if names_its_measure(found) else None
        quantity.update(measure=key or f"{found.kind}-{found.unit}", where=list(owners))
        quantity["role"] = "part"
    return quantity


def _unknowns(text: str, reading: Reading) -> list[str]:
    """What readers will ask of this fact that it does not say: who won, when it gives only a
    lower placing ('Gary Murray was 11th in the 3000m' does not say who won the 3000m)."""
    placings = [o for o in reading.ordinals if o not in {"first", "1st"}]
    if placings and not WINNING.search(text):
        return ["won", "winner"]
    return []


DURATION_UNITS: Final = frozenset({"day", "week", "month"})
"""Durations the shared lexicon names (a year is as often a date as a duration)."""


def units_used(facts: Sequence[dict[str, Any]]) -> set[str]:
    """The draft's durations' units (seconds, days, months …): a text that gives one is asked
    about it in the others, which the shared lexicon may not name."""
    return {
        q["unit"]
        for f in facts
        for q in f.get("quantities", [])
        if q["unit"] in TIME_UNITS or q["unit"] in DURATION_UNITS
    }


_DISCOURSE: Final = re.compile(
    r"^(?:meanwhile|however|but|and|also|still|yet|so|in addition|elsewhere|separately),?\s+",
    re.I,
)
"""Words that join a sentence to the one before; an answer read alone does without them."""


_OPENING_WORD: Final = re.compile(r"^([A-Z][\w'’.-]*)(['’]s)?\b")


def named_in_full(answer: str, subject: Name | None) -> str:
    """'Mutai, 30, is the first man …' read alone says 'Geoffrey Mutai, 30, …': an answer that
    opens on a person's surname or on 'He' / 'She' names them as the text first did, and a
    quote that does not name its speaker says who speaks."""
    if subject is None or subject.kind != "person":
        return answer
    if (
        _QUOTED.match(answer)
        and not re.search(rf"\b{_SAID}\b", _OUTSIDE_QUOTES.sub(" ", answer), re.IGNORECASE)
        and not any(
            re.search(rf"\b{re.escape(surface)}\b", answer, re.IGNORECASE)
            for surface in {subject.display, *subject.surfaces}
        )
    ):
        return f"{subject.display} said: {answer}"  # whose words a quote read alone gives
    opening = _OPENING_WORD.match(answer)
    if opening is None or answer.startswith(subject.display):
        return answer  # 'Ana Berg, who runs it, …' names her in full already
    word = opening[1]
    surfaces = {" ".join(s.split()) for s in subject.surfaces}
    pronoun = word.lower() in {"he", "she"} and not opening[2]
    possessive = word.lower() in {"his", "her"}
    if word.lower() in surfaces and word != subject.display:
        return subject.display + answer[len(word) :]
    if pronoun:
        return subject.display + answer[len(word) :]
    if possessive:
        return f"{subject.display}'s" + answer[len(word) :]
    return answer


_DATELINE: Final = re.compile(r"^(?:[A-Z][\w'’.-]*\s?){1,3}(?:,\s?[A-Z][\w.]*\s?)?\s?:\s+(?=[A-Z])")
"""'LONDON : England went smoke-free …', 'Update: Nintendo has …': what precedes the report."""


def answer_sentence(text: str) -> str:
    """A clause read as a sentence of its own: a capital first, a full stop last, without the
    'Meanwhile,' or 'But' that tied it to the sentence before or the dateline before it."""
    tidy = " ".join(text.split()).strip(" ,;:-")
    tidy = _DATELINE.sub("", tidy) or tidy
    tidy = _DISCOURSE.sub("", tidy) or tidy
    if tidy and tidy[0].islower():
        tidy = tidy[0].upper() + tidy[1:]
    if tidy and tidy[-1] not in ".!?\"'”’)":
        tidy += "."
    return tidy


def _pieces(sentence: Sentence, million_m: bool) -> list[Piece]:
    """A sentence is cut into clauses only when more than one of them states something of its
    own (a figure, a date or a name): readers ask about each."""
    text = sentence.one_line
    parts = [p for p in _CLAUSE_BREAK.split(text) if p and p.strip()]
    if len(parts) < 2:
        return [Piece(sentence, text)]
    rich = [
        p for p in parts if len(p.split()) >= MIN_CLAUSE_WORDS and _states_something(p, million_m)
    ]
    if len(rich) < 2:
        return [Piece(sentence, text)]
    merged: list[str] = []
    for part in parts:
        if merged and (
            len(part.split()) < MIN_CLAUSE_WORDS or not _states_something(part, million_m)
        ):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return [Piece(sentence, part.strip()) for part in merged]


def _states_something(part: str, million_m: bool) -> bool:
    reading = read_figures(part, million_m)
    return bool(reading.figures or reading.years or re.search(r"(?<!^)\b[A-Z][a-z]", part))


_QUOTED: Final = re.compile(r"^\s*[\"“]")
"""A sentence opening with a quotation mark: someone's words."""
_OUTSIDE_QUOTES: Final = re.compile(r"[\"“][^\"”]*[\"”]")
"""A quotation, to be left out where what matters is the words around it ('…,' she said)."""
QUOTE_REACH: Final = 3
"""Clauses ahead a quote's attribution is looked for in."""
_SAID: Final = r"(?:said|says|told|added|explained|insisted|admitted|warned|argued)"


def _speaker(text: str, people: Sequence[Name]) -> Name | None:
    """The person a sentence attributes a quote to: '…," said Greene', '…," Greene said',
    '…," said AK chief Isaiah Kiplagat'."""
    if not re.search(r"[\"”]", text):
        return None
    for person in people:
        for surface in {person.display, *person.surfaces}:
            name = re.escape(surface)
            titled = rf"[\"”],?\s+{_SAID}\s+(?:[\w.'’-]+\s+){{1,4}}?{name}\b"
            if re.search(rf"{_SAID}\s+{name}\b|\b{name}\s+{_SAID}\b|{titled}", text, re.IGNORECASE):
                return person
    return None


def _speakers_ahead(texts: Sequence[str], names: Sequence[Name]) -> list[Name | None]:
    """For each clause that opens a quote the clause does not close, the person named as
    speaking where the quote closes, a clause or two on; None for every other clause."""
    people = [n for n in names if n.kind == "person"]
    found: list[Name | None] = [None] * len(texts)
    for at, text in enumerate(texts):
        if not _QUOTED.match(text) or _closes_quote(text, opening=True):
            continue
        for later in texts[at + 1 : at + 1 + QUOTE_REACH]:
            if _closes_quote(later):
                found[at] = _speaker(later, people)
                break
    return found


def _closes_quote(text: str, opening: bool = False) -> bool:
    """The clause ends a quote: one it opens itself ('"… ," he said'), or one opened before it
    ('… absence," said Kiplagat')."""
    if "”" in text:
        return True
    straight = text.count('"')
    return straight >= 2 if opening else straight % 2 == 1


def _pronoun_first(text: str, people: Sequence[Name]) -> bool:
    """'In 1969, he moved … with his wife Sheila': a 'he' before anyone named is the subject."""
    pronoun = _PRONOUN.search(text)
    if pronoun is None:
        return False
    lowered = text.lower()
    named_at = [
        lowered.find(part)
        for person in people
        for part in {person.display.lower(), *person.surfaces}
        if part in lowered
    ]
    return not named_at or pronoun.start() < min(named_at)


PUBLIC_BODIES: Final = frozenset(
    {"council", "agency", "government", "club", "team", "charity", "union", "party"}
)
"""Bodies 'the council' or 'the party' means only when the name says so: never a company."""


def _fits(opening: re.Match[str], body: Name) -> bool:
    """'the firm' may mean Acme Ltd, 'the council' only a council: never the other way."""
    noun = opening["noun"].lower()
    named = body.display.lower().split()
    if noun in PUBLIC_BODIES:
        return noun in named
    return not PUBLIC_BODIES & set(named)


def _next_is(rest: str, name: Name) -> bool:
    """'The firm Acme said': the name in apposition right after the noun."""
    said = "|".join(re.escape(s) for s in {name.display, *name.surfaces} if s)
    return bool(re.match(rf"\s+(?:{said})\b", rest, re.I))


def _body(work: Name | None) -> Name | None:
    """An organisation 'the company' refers back to counts as named by the clause."""
    return work if work is not None and work.kind == "organisation" else None


def _named_last(text: str, people: Sequence[Name]) -> Name | None:
    """The person a clause names last: whom a description opening the next one is about."""
    lowered = text.lower()
    at = {
        p.canonical: max(lowered.rfind(part) for part in {p.display.lower(), *p.surfaces})
        for p in people
    }
    found = [p for p in people if at[p.canonical] >= 0]
    return max(found, key=lambda p: at[p.canonical]) if found else None


def _described_first(text: str) -> bool:
    """'The three-time Hart Trophy recipient will miss …': a clause opening on a description
    of a person, not on 'he', refers to whom the text has just named."""
    described = _OPENING_DESCRIPTION.match(text)
    return bool(described and _person_noun(described["noun"]))


def _person_noun(noun: str) -> bool:
    """'winner', 'Irishman', 'president', but not 'government' or 'parliament'."""
    lower = noun.lower()
    return lower.endswith(PERSON_ENDINGS) and not lower.endswith("ment")


def _refers_back(text: str) -> bool:
    """The clause opens on 'he', 'his' or 'the Larne athlete': the person of the last one."""
    if _OPENING_PRONOUN.match(text):
        return True
    described = _OPENING_DESCRIPTION.match(text)
    return bool(described and _person_noun(described["noun"]))


def _opens_with(text: str, name: Name) -> bool:
    head = " ".join(_content_words(text)[:4])
    return any(surface.split()[0] in head.split() for surface in {name.canonical, *name.surfaces})


def _entities(in_piece: Sequence[Name], carried: Sequence[Name]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name in [*in_piece, *carried]:
        if name.kind is None:
            continue
        names = out.setdefault(name.kind, [])
        if name.canonical not in names:
            names.append(name.canonical)
    return out


def _asks(entities: dict[str, list[str]], reading: Reading) -> list[str]:
    """The kinds of question this fact can answer, from what it names and states."""
    asks = list(BASE_ASKS)
    if entities.get("person") or entities.get("organisation"):
        asks.append("who")
    if entities.get("place"):
        asks.append("where")
    if reading.years or reading.dates or any(f.kind in {"age", "time"} for f in reading.figures):
        asks.append("when")
    if reading.figures:
        asks += ["how_much", "how_many"]
    if any(f.kind in {"duration", "age", "time", "length"} for f in reading.figures):
        asks.append("how_long")
    if reading.ordinals and "where" not in asks:
        asks.append("where")  # 'where did she finish?' asks for a placing
    return asks


def unique_id(words: Sequence[str], taken: set[str]) -> str:
    """An id from the sentence's first meaningful words, numbered if already taken."""
    safe = [part for word in words if (part := _ID_UNSAFE.sub("-", word).strip("-"))]
    base = "-".join(safe[:ID_WORDS])[:ID_MAX_LENGTH].strip("-") or "fact"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _content_words(sentence: str) -> list[str]:
    """Words that say something, in order, folded as matching folds them; lone letters don't."""
    return [w for w in content_words(sentence) if len(w) > 1]


def _keywords(words: Sequence[str], spread: Counter[str]) -> list[str]:
    """The words that single this fact out: rare in the text and rare in English."""
    distinct = list(
        dict.fromkeys(w for w in words if len(w) >= 3 and not any(c.isdigit() for c in w))
    )

    def rarity(word: str) -> tuple[float, int]:
        return (spread[word] * 1.5 + zipf_frequency(word, "en"), distinct.index(word))

    chosen = set(sorted(distinct, key=rarity)[:KEYWORDS])
    return [w for w in distinct if w in chosen]


def _topic(sentence: str) -> str:
    words = sentence.split()
    head = " ".join(words[:TOPIC_WORDS]).rstrip(" .,;:!?")
    return head + ("…" if len(words) > TOPIC_WORDS else "")
