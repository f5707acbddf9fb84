"""The proper names a text uses: people (with the roles it gives them), organisations and their
acronyms, places. They become the draft pack's lexicon, so a question naming them is read the
way the text means them, and a fact about someone else is ruled out.

Proper nouns are found by capitalisation, not by a tagger: a run of capitalised words that is
not merely the start of a sentence, weighed against how common each word is in English
(wordfreq, already a dependency). A kind is given only where the text itself shows it (a place
after "in" or "from", an organisation by its head word or an acronym); what stays unclear is
kept as a keyword, never guessed into an entity that would rule facts out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Final

from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from bot.language.text import tokenize

COMMON_ZIPF: Final = 3.5
"""A capitalised word opening a sentence, at least this common in English, is just a word."""
MAX_NAME_WORDS: Final = 5
ORDINARY_WORD_ZIPF: Final = 5.0
"""A one-word surface this common ('who' for WHO, 'us') would turn ordinary words into names."""
CONNECTORS: Final = frozenset(
    {"of", "the", "de", "van", "von", "der", "da", "du", "la", "le", "al", "into", "for"}
)
"""Lower-case words that may stand inside a name: Bank of England, Vincent van Gogh."""
TITLE_CONNECTORS: Final = frozenset({"into", "for", "the"})
"""A name with one of these inside is a title or an institution, never a person."""
FUNCTION_ZIPF: Final = 6.0
"""'The', 'In', 'New' before a name are words of the sentence, capitalised or not."""
PERSON_FIRST_ZIPF: Final = 5.5
"""A first name is rarely as common as 'High' or 'World'."""
DEMONYM_ZIPF: Final = 4.5
DEMONYM_ENDINGS: Final = ("an", "ish", "ese", "sh", "ch")
"""'European', 'Irish', 'Chinese', 'Welsh', 'Dutch': adjectives of origin, not first names."""
NOT_PERSON_WORDS: Final = frozenset(
    {"war", "ii", "iii", "iv", "prize", "award", "awards", "act", "trophy", "trophies", "medal",
     "medals", "statement", "paper", "shield"}
)  # fmt: skip
# fmt: off
ORGANISATION_WORDS: Final = frozenset({
    "agency", "airline", "airlines", "airways", "association", "authority", "bank", "board",
    "bureau", "bros", "club", "college", "commission", "committee", "company",
    "corp", "corporation",
    "council", "court", "department", "federation", "force", "foundation", "fund", "group",
    "inc", "institute", "league", "limited", "ltd", "ministry", "office", "organisation",
    "organization", "parliament", "party", "plc", "police", "service", "society", "studios",
    "team", "trust", "union", "united", "university", "school", "hospital", "network",
    "broadcasting", "records", "motors", "systems", "technologies", "holdings", "industries",
    "partners", "labs", "assembly", "congress", "senate", "army", "navy", "championship",
    "championships", "cup", "games", "olympics", "fc", "capital", "ventures", "media",
    "energy", "electronics", "foods", "pharmaceuticals", "entertainment", "insurance",
    "investments", "securities", "markets", "exchange", "press", "news", "times",
    "marathon", "festival", "tournament", "olympiad", "regatta", "rally", "summit", "expo",
    "radio", "television", "tv", "channel", "architects", "associates", "consultants",
    "solicitors", "enterprise", "enterprises", "music", "pictures", "software", "security",
    "telecom", "communications", "interactive",
})
BUILDING_WORDS: Final = frozenset({
    "mill", "mills", "hall", "library", "centre", "center", "tower", "building", "museum",
    "gallery", "theatre", "theater", "church", "chapel", "cathedral", "abbey", "castle",
    "palace", "works", "factory", "warehouse", "commons", "arcade", "mall", "market", "pavilion",
})
"""'Hollis Mill', 'the Corn Exchange Hall': a building, which is never a person; asked about by
its name as words, it is kept out of the entities so it rules no fact out."""
EVENT_ENDINGS: Final = frozenset({
    "open", "international", "classic", "masters", "invitational", "tour", "prix",
    "games", "cup", "championship", "championships", "marathon", "festival", "tournament",
    "olympics", "olympiad", "regatta", "rally", "summit", "expo", "show", "fair", "conference",
})
"""'The Brisbane International', 'the Top Seed Open': an event, held somewhere on some date."""
BROADCAST_WORDS: Final = frozenset({"radio", "television", "tv", "channel"})
ORGANISATION_BEFORE: Final = frozenset({
    "maker", "makers", "firm", "company", "group", "retailer", "giant", "brand",
    "manufacturer", "developer", "chain", "supplier", "startup", "start-up", "operator",
    "carrier", "lender", "insurer", "publisher", "broadcaster", "carmaker", "airline",
    "conglomerate", "rival", "studio", "label", "outfit", "club", "side",
})
"""'The electric-boat maker Zephyra', 'shares in Zephyra': a company the text describes."""
PLACE_WORDS: Final = frozenset({
    "street", "road", "avenue", "island", "islands", "county", "city", "river", "valley",
    "mountain", "mountains", "lake", "bay", "harbour", "harbor", "port", "square", "park",
    "airport", "station", "bridge", "coast", "province", "state", "region", "district",
    "east", "west", "north", "south", "ridge", "pass", "mount", "hill", "hills", "peak",
    "central", "forest", "canyon", "gorge", "strait", "ward", "meadows", "stadium", "arena",
})
PLACE_BEFORE: Final = frozenset({"in", "at", "from", "to", "near", "into", "across", "outside"})
ONLY_PLACES_BEFORE: Final = frozenset({"in", "near", "into", "outside"})
"""Words a person's name never follows, though a place's with a first name's look may."""
PLACE_NOUNS_AFTER: Final = frozenset({
    "athlete", "man", "woman", "side", "native", "player", "runner", "boy", "girl", "resident",
    "residents", "team", "club", "firm", "company", "based", "born", "-based", "-born",
})
"""'The Larne athlete', 'the Offaly man': a name used as an adjective of origin is a place."""
NOT_NAMES: Final = frozenset({
    "i", "i'm", "i'd", "i've", "i'll", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "sir",
    "cllr", "prof", "tv", "ok", "am", "pm", "ad", "bc",
})
ROLE_NOUNS: Final = frozenset({
    "actor", "actress", "adviser", "advisor", "analyst", "author", "boss", "captain", "ceo",
    "chair", "chairman", "chairwoman", "chancellor", "chief", "coach", "commissioner",
    "director", "economist", "editor", "executive", "founder", "governor", "head", "leader",
    "manager", "mayor", "minister", "novelist", "officer", "owner", "president", "professor",
    "secretary", "singer", "spokesman", "spokeswoman", "spokesperson", "writer", "wife",
    "husband", "son", "daughter", "mother", "father", "brother", "sister", "athlete", "player",
    "striker", "champion", "star", "presenter", "producer", "chef", "judge", "lawyer",
    "ambassador", "envoy", "general", "partner", "investor", "researcher", "scientist",
    "designer", "engineer", "teacher", "doctor", "pilot", "winner", "reporter",
    "correspondent", "councillor", "councillors", "councilman", "councilwoman", "clerk",
    "senator", "congressman", "congresswoman", "commentator", "neurologist", "surgeon",
})
ROLE_BREAKS: Final = frozenset(
    {"alongside", "with", "by", "for", "from", "of", "to", "at", "and", "said", "says", "told",
     "including", "like", "as", "after", "before", "when", "while", "against", "beside"}
)
"""Words before a role that are no part of it: 'alongside transport minister X'."""
HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "cllr", "councillor"}
)
"""'Mr Verhaegen', 'Dr Smith': the name after one is a person's, and the title no part of it."""
TERM_BEFORE_ACRONYM: Final = re.compile(r"\b[a-z][a-z-]+\s*\(\s*$")
"""'earnings before interest and tax (EBIT)': an acronym spelt out in lower-case words is a
term of the text, not an organisation."""
# fmt: on
_WORD: Final = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?")
_POSSESSIVE: Final = re.compile(r"['’]s?$")
_ACRONYM: Final = re.compile(r"[A-Z][A-Z0-9&]{1,6}")
_JOINS_NAME: Final = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
"""What may stand between two words of one name: spaces (or a hyphen), never punctuation."""
_OPENERS: Final = re.compile(r"""(?:^|\n\s*|[.!?:;]["'”’)\]]*\s+|["'“‘(\[]\s*)$""")
_WORD_BEFORE: Final = re.compile(r"([\w'’]+)[ \t]+$")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    initial: bool
    """It opens a sentence or a quotation, where every word is capitalised."""

    @property
    def bare(self) -> str:
        """Without a possessive: McIlroy's → McIlroy."""
        return _POSSESSIVE.sub("", self.text) if "'" in self.text or "’" in self.text else self.text


@dataclass
class Name:
    """A proper name of the text and how the draft lexicon will know it."""

    display: str
    kind: str | None = None
    surfaces: set[str] = field(default_factory=set)
    role: str | None = None
    mentions: int = 0
    shared: bool = False
    """Known to the shared lexicon already: used by the draft, not written to its lexicon."""
    key: str | None = None
    """The lexicon's own key for a shared name, used as it is."""

    @property
    def canonical(self) -> str:
        return self.key or " ".join(tokenize(self.display))

    @property
    def short(self) -> str:
        """How the text refers to it again: a surname, an acronym."""
        return next(iter(sorted(self.surfaces, key=len)), self.display) if self.surfaces else ""


def words_of(text: str) -> list[Word]:
    """Every word of a text with its offsets and whether it opens a sentence."""
    out = []
    for match in _WORD.finditer(text):
        before = text[max(0, match.start() - 6) : match.start()]
        initial = match.start() == 0 or bool(_OPENERS.search(before))
        out.append(Word(match.group(), match.start(), match.end(), initial))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_names(text: str, known: set[str]) -> list[Name]:
    """The proper names of a text whose kind the text shows (see `all_names`)."""
    return [n for n in all_names(text, known) if n.kind is not None]


def titles(names: Sequence[Name]) -> list[Name]:
    """Capitalised names of no kind the text shows: mostly titles of works and products
    ('Hotel', 'Flight into Danger'), which a later 'it' or 'the novel' refers back to."""
    return [n for n in names if n.kind is None]


def all_names(text: str, known: set[str]) -> list[Name]:
    """The proper names of a text, each with a kind where the text shows one.

    `known` holds surfaces (tokenised, space-joined) the shared lexicon already reads: those
    names are understood already and are not drafted again."""
    title_end = _title_line_end(text)
    words = words_of(text)
    lowercase_seen = {w.text.lower() for w in words if not _capitalised(w.text)}
    capital_inside = {w.bare for w in words if _capitalised(w.text) and not w.initial}
    runs = _runs(text, words, lowercase_seen, capital_inside, known)
    names: dict[str, Name] = {}
    contexts: dict[str, list[tuple[str, str, str]]] = {}
    in_body = {" ".join(tokenize(" ".join(r[0]))) for r in runs if r[4] >= title_end}
    for run, before, after, role, start in runs:
        display = " ".join(run)
        key = " ".join(tokenize(display))
        if not key or key in known or key in NOT_NAMES:
            continue
        if start < title_end and key not in in_body:
            continue  # a title-case headline capitalises every word: no sign of a name
        name = names.setdefault(key, Name(display))
        name.mentions += 1
        if role and not name.role:
            name.role = role
        contexts.setdefault(key, []).append((before, after, display))
    people_last = Counter(
        n.display.split()[-1] for n in names.values() if len(n.display.split()) >= 2
    )
    for key, name in names.items():
        name.kind = _kind(name, contexts[key], text)
    _merge_short_forms(names, people_last, text)
    _acronyms(names, text)
    _merge_shortened(names, text)
    _owners_of_products(names, text)
    _bodies_as_adjectives(names)
    roles_after(list(names.values()), text)
    kinded = _without_clashes([n for n in names.values() if n.kind is not None], known)
    return [*kinded, *(n for n in names.values() if n.kind is None)]


TITLE_CASE_SHARE: Final = 0.6
"""A first line with this share of its longer words capitalised is a headline in title case."""


def _title_line_end(text: str) -> int:
    """Where a headline in title case ends ('Highlights from Sunday's Record Distance Run'),
    else 0: such a line capitalises every word, so only names the body uses count there."""
    first, newline, rest = text.partition("\n")
    longer = [w for w in first.split() if len(w) >= 4 and w[:1].isalpha()]
    if not newline or not rest.strip() or not longer:
        return 0
    if sum(w[:1].isupper() for w in longer) < TITLE_CASE_SHARE * len(longer):
        return 0
    return len(first)


def _runs(
    text: str,
    words: list[Word],
    lowercase_seen: set[str],
    capital_inside: set[str],
    known: Set[str] = frozenset(),
) -> list[tuple[list[str], str, str, str | None, int]]:
    """Runs of capitalised words (with connectors inside), each with the word before and after
    and a role noun standing right before it ('chief executive Jane Doe', 'Novelist X')."""
    out = []
    i = 0
    while i < len(words):
        if not _capitalised(words[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(words) and j - i < MAX_NAME_WORDS * 2:
            gap = text[words[j - 1].end : words[j].start]
            if _PLURAL_POSSESSIVE_GAP.fullmatch(gap) and _inside_body(words, j):
                j += 1
                continue  # 'the Wrenford Ratepayers' Association': one organisation
            if not _JOINS_NAME.fullmatch(gap) or _POSSESSIVE.search(words[j - 1].text):
                break
            if _capitalised(words[j].text) and not words[j].initial:
                j += 1
                continue
            if (
                words[j].text in CONNECTORS
                and j + 1 < len(words)
                and _capitalised(words[j + 1].text)
                and _JOINS_NAME.fullmatch(text[words[j].end : words[j + 1].start])
            ):
                j += 2
                continue
            break
        run = words[i:j]
        if _after_digit(text, run[0]):
            i = j
            continue  # '32GB', '0700 GMT', '3DS': a unit or a model, not a name
        role_words: list[str] = []
        while (
            run
            and (run[0].initial or len(run) > 1)
            and not (len(run) > 1 and run[1].text in CONNECTORS)  # 'Flight into Danger'
            and (
                _just_a_word(run[0], lowercase_seen, capital_inside, alone=len(run) == 1)
                or _qualifies_role(run)
            )
            and (run[0].initial or len(run) == 1 or _titled(run))
            and not _dateline(" ".join(w.bare for w in run), text)
        ):
            role_words.append(run[0].text.lower())
            run = run[1:]
        if 2 < len(run) <= 4 and _origin_word(run[0].bare, known) and not _body_words(run[1:]):
            run = run[1:]  # 'Kenyan Mary Keitany': the country is the shared lexicon's
        while run and run[0].text in CONNECTORS:
            run = run[1:]
        while run and run[-1].text in CONNECTORS:
            run = run[:-1]
        if run:
            preceding = _WORD_BEFORE.search(text[max(0, run[0].start - 30) : run[0].start])
            before = preceding.group(1).lower() if preceding else ""
            after = words[j].text if j < len(words) else ""
            if run[-1].bare != run[-1].text:
                after = POSSESSED  # 'to Microsoft's service': no sign of a place
            role = _role_before(words, words.index(run[0]), role_words)
            parts = [w.bare for w in run]
            if len(parts) <= MAX_NAME_WORDS:
                out.append((parts, before, after, role, run[0].start))
        i = j
    return out


_PLURAL_POSSESSIVE_GAP: Final = re.compile(r"['’][ \t]+")


def _inside_body(words: list[Word], j: int) -> bool:
    """A plural possessive ('Ratepayers'') before an organisation's head word, both capitalised,
    stands inside the one name."""
    before, head = words[j - 1], words[j]
    return (
        before.text.endswith("s")
        and _capitalised(before.text)
        and _capitalised(head.text)
        and head.text.lower() in ORGANISATION_WORDS
    )


def _owners_of_products(names: dict[str, Name], text: str) -> None:
    """'Sony's Playstation': a one-word name whose possessive owns a product or a title the
    text names (a capitalised name of no kind) is the company that makes it."""
    works = {n.display for n in names.values() if n.kind is None}
    for name in names.values():
        if name.kind is not None or " " in name.display:
            continue
        owned = re.findall(rf"\b{re.escape(name.display)}['’]s\s+([A-Z][\w-]*)", text)
        if any(w in works and w != name.display for w in owned):
            name.kind = "organisation"


def _titled(run: list[Word]) -> bool:
    """'the Health Secretary Alan Johnson': inside a sentence, ordinary capitalised words are
    dropped from a name only before a role ('the Health Act' keeps its 'Health')."""
    lower = run[0].bare.lower()
    return (
        lower in ROLE_NOUNS
        or lower.rstrip(".") in HONORIFICS
        or (lower.endswith(("man", "woman")) and zipf_frequency(lower, "en") > 0)
        or any(w.bare.lower() in ROLE_NOUNS for w in run[1:])
    )


def _qualifies_role(run: list[Word]) -> bool:
    """'Finance Minister Ruth Okoro': a common word before a role that a full name follows."""
    return (
        len(run) >= 4
        and run[1].bare.lower() in ROLE_NOUNS
        and zipf_frequency(run[0].bare.lower(), "en") >= COMMON_ZIPF
    )


POSSESSED: Final = "'s"
"""Stands for the word after a name that the text uses in the possessive."""
_UNIT_AFTER_DIGIT: Final = re.compile(r"\d[ \t]?$")


def _after_digit(text: str, word: Word) -> bool:
    return bool(_UNIT_AFTER_DIGIT.search(text[max(0, word.start - 2) : word.start]))


def _body_words(run: list[Word]) -> bool:
    return any(w.bare.lower() in ORGANISATION_WORDS | PLACE_WORDS for w in run)


def _origin_word(word: str, known: Set[str]) -> bool:
    """'Kenyan', 'Ethiopian', 'Israeli': a demonym the shared lexicon reads, before a name."""
    lower = word.lower()
    return lower in known and lower.endswith((*DEMONYM_ENDINGS, "i"))


def _just_a_word(
    word: Word, lowercase_seen: set[str], capital_inside: set[str], *, alone: bool
) -> bool:
    """A capitalised word that is only an ordinary word placed first ('Novelist', 'But');
    before another capitalised word only a role or a word the text also uses lower-case is."""
    lower = word.bare.lower()
    if not alone:
        return (
            lower in lowercase_seen
            or lower in ROLE_NOUNS
            or lower.rstrip(".") in HONORIFICS
            or (word.initial and zipf_frequency(lower, "en") >= FUNCTION_ZIPF)
            or (lower.endswith(("man", "woman")) and zipf_frequency(lower, "en") > 0)
        )
    if (lower in NOT_NAMES and word.initial) or zipf_frequency(lower, "en") >= FUNCTION_ZIPF:
        return True
    if lower.endswith(("man", "woman")) and zipf_frequency(lower, "en") > 0:
        return True  # 'Welshman Jimmy Watkins', 'Irishman': a description, not the name
    if word.bare in capital_inside and not word.initial:
        return False
    if word.bare in capital_inside and lower not in lowercase_seen:
        return False
    return lower in lowercase_seen or zipf_frequency(lower, "en") >= COMMON_ZIPF


def _role_before(words: list[Word], index: int, stripped: list[str]) -> str | None:
    """'Novelist Arthur Hailey', 'its chief executive John Smith': the role standing before."""
    if stripped and (stripped[-1] in ROLE_NOUNS or stripped[-1].endswith(("man", "woman"))):
        return stripped[-1]
    role: list[str] = []
    k = index - 1
    while k >= 0 and len(role) < 3 and not _capitalised(words[k].text):
        role.insert(0, words[k].text.lower())
        k -= 1
    if role and k >= 0 and words[k].initial and words[k].text.lower() in ROLE_NOUNS:
        role.insert(0, words[k].text.lower())  # 'Chief financial officer Jane Doe'
    while role and role[-1] not in ROLE_NOUNS:
        return None
    cut = max((i + 1 for i, w in enumerate(role) if w in ROLE_BREAKS), default=0)
    role = role[cut:]
    while role and zipf_frequency(role[0], "en") >= FUNCTION_ZIPF:
        role = role[1:]
    return " ".join(role) or None


_NOT_A_MEASURE: Final = r"(?!\s*(?:%|per\b|percent|seconds?\b|secs?\b|s\b|m\b|metres|kg|points?\b))"
"""After 'Firefox 1.0': no unit, so it is a version ('Bolt 9.58 seconds' is a time)."""
_PLACE_OF: Final = re.compile(
    r"\b(?:town|city|village|capital|port|region|county|resort|suburb|district|province|"
    r"island|borough|municipality|hamlet)\s+of\s+"
)
"""'The Norwegian town of Lillehammer': what follows is a place."""


def _kind(name: Name, contexts: list[tuple[str, str, str]], text: str) -> str | None:
    parts = name.display.split()
    lowered = [p.lower() for p in parts]
    if len(parts) == 1 and _ACRONYM.fullmatch(parts[0]):
        return None if _spelt_as_term(parts[0], text) else "organisation"
    if lowered[-1] in ROLE_NOUNS:
        return None  # 'Business Correspondent', 'City Hall Reporter': a byline's role
    if len(parts) > 1 and _ACRONYM.fullmatch(parts[0]):
        return "organisation"  # 'BBC Sport', 'NBC News': nobody's first name is an acronym
    if len(parts) > 1 and lowered[-1] in EVENT_ENDINGS:
        return "organisation"  # an event is named like a body and asked about like one
    if lowered[-1] in ORGANISATION_WORDS or any(p in ORGANISATION_WORDS for p in lowered[1:]):
        return "organisation"
    if len(parts) > 1 and lowered[0] in BROADCAST_WORDS:  # 'Radio Wend', 'Channel Nine'
        return "organisation"
    if re.search(
        rf"\b{re.escape(name.display)}\s+v?\d{{1,2}}(?:\.\d+)*\b(?![.,:/–-]?\d){_NOT_A_MEASURE}",
        text,
    ):
        return None  # 'Firefox 1.0', 'Half Life 2': a product and its version, not a person
    if _holds_roles(parts, text):
        return "organisation"  # before its look: 'the Coast Alliance's spokesman'
    if len(parts) > 1 and (lowered[-1] in PLACE_WORDS or lowered[0] in PLACE_WORDS):
        return "place"  # 'Lake Orrin', 'Mill Street', 'Mount Kenya'
    if _PLACE_OF.search(text) and re.search(
        rf"{_PLACE_OF.pattern}{re.escape(name.display)}\b", text
    ):
        return "place"  # 'the Norwegian town of Lillehammer'
    if _described_as_body(name.display, text):
        return "organisation"
    if not _person_like(parts, text) and _body_after(name.display, text):
        return "organisation"
    if any(before in ORGANISATION_BEFORE for before, _, _ in contexts) or re.search(
        rf"\b(?:shares|stake|investors|customers|analysts|staff|employees|workers) (?:in|at|of) "
        rf"{re.escape(name.display)}\b",
        text,
    ):
        return "organisation"
    if any(p in TITLE_CONNECTORS for p in parts):
        return None
    if re.search(rf"\w-times?\s+{re.escape(name.display)}\b", text):
        return None  # 'the three-time Hart Trophy recipient': a prize, not a person
    person_like = _person_like(parts, text) or (2 <= len(parts) <= 3 and _honoured(parts, text))
    if _dateline(name.display, text):
        return "place"
    if len(parts) == 1 and _acts_as_body(parts[0], text):
        return "organisation"
    placed = [before for before, after, _ in contexts if after != POSSESSED]
    if not person_like and any(before in PLACE_BEFORE for before in placed):
        return "place" if len(parts) <= 3 else None
    if any(after.lower() in PLACE_NOUNS_AFTER for _, after, _ in contexts):
        return "place"
    if person_like and placed and all(before in ONLY_PLACES_BEFORE for before in placed):
        return "place"  # 'visited her father in Hong Kong': nobody is 'in' a person
    if person_like and len(parts) > 1 and re.search(rf"\b[Tt]he {re.escape(name.display)}\b", text):
        return None  # 'from the State Mint': nobody is 'the' Jane Doe
    if person_like and not _a_thing(lowered, text):
        return "person"
    if _a_thing(lowered, text):
        return None
    if len(parts) == 1 and name.role:
        return "person"
    if len(parts) == 1 and re.search(
        rf"\b(?:said|says|told|according to)\s+{re.escape(parts[0])}\b|"
        rf"\b{re.escape(parts[0])}\s+(?:said|says|told)\b",
        text,
    ):
        return "person"
    return None


def _a_thing(lowered: list[str], text: str) -> bool:
    """'Hollis Mill', 'called the Commons': a building, or a name the text gives with 'the'
    before its last word, is a thing or a place and never a person."""
    last = lowered[-1]
    if last in BUILDING_WORDS:
        return True
    return bool(re.search(rf"\b[Tt]he {re.escape(last.capitalize())}\b", text))


def _dateline(display: str, text: str) -> bool:
    """'LONDON : England went …', 'Lagos, Nigeria - …': the place a report is filed from (on
    a line of the body: a headline's 'Arthur Hailey: King of the bestsellers' is no dateline)."""
    return bool(
        re.search(
            rf"\n[ \t]*{re.escape(display)}(?:,[ \t]*[A-Z][\w. ]+)?[ \t]*[:—–-][ \t]+[A-Z]",
            text,
        )
    )


BODY_VERBS: Final = (
    "announced|announces|sold|sells|reported|reports|launched|launches|unveiled|"
    "released|lost|posted|plans|planned|makes|made|firmed|confirmed|revealed|agreed|bought|"
    "acquired|employs|hired|shipped|cut|raised|expects|warned|denied|declined|ships"
)
"""What companies and other bodies do in the news: 'Nintendo has announced', 'Acme sold'."""


def _acts_as_body(word: str, text: str) -> bool:
    """'Nintendo on Thursday firmed up', 'Acme has announced': a one-word name that acts as a
    company does, not one that is only somewhere ('in Larne')."""
    if re.search(rf"\b[A-Z][a-z]+[ \t]+{re.escape(word)}\b", text):
        return False  # the surname of someone the text names in full
    return bool(
        re.search(
            rf"\b{re.escape(word)}\s+(?:on\s+[A-Z]\w+\s+|has\s+|have\s+|had\s+|will\s+)?"
            rf"(?:{BODY_VERBS})\b",
            text,
        )
    )


def _spelt_as_term(acronym: str, text: str) -> bool:
    """'amortisation (EBITA)': spelt out in lower-case words right before its brackets."""
    return any(
        TERM_BEFORE_ACRONYM.search(text[: m.start() + 1])
        for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text)
    )


def _described_as_body(display: str, text: str) -> bool:
    """'Zephyra Marine, the Norwegian boat maker', 'Acme shares rose': the text describes the
    name as a company (or another organisation) right after it."""
    nouns = "|".join(sorted(ORGANISATION_BEFORE | ORGANISATION_WORDS, key=len, reverse=True))
    first = re.escape(display.split()[0])
    return bool(
        re.search(
            rf"\b{re.escape(display)}(?:['’]s)?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?"
            rf"[\w-]*(?:{nouns})\b",
            text,
        )
        or re.search(rf"\b{first}(?:['’]s)? (?:shares|stock|share price)\b", text)
    )


def _holds_roles(parts: list[str], text: str) -> bool:
    """'Acme's chief executive Jane Doe', 'leader of the Forward Greens': a name whose
    officers the text names is an organisation (unless it is a person's, 'Mr Doe's lawyer')."""
    display = r"\s+".join(re.escape(p) for p in parts)
    roles = "|".join(sorted(AFFILIATED_ROLES, key=len, reverse=True))
    if re.search(rf"\b(?:{roles})s? of the {display}\b(?![ \t]+[A-Z])", text):
        return True
    return not _honoured(parts, text) and bool(
        re.search(rf"\b{display}['’]s\s+(?:[a-z-]+\s+){{0,3}}(?:{roles})\s+[A-Z]", text)
    )


ORGANISATION_NOUNS_AFTER: Final = frozenset({
    "subsidiary", "subsidiaries", "division", "unit", "shareholders", "spokesman",
    "spokeswoman", "spokesperson", "executives", "employees", "staff",
})  # fmt: skip
"""'whose Portline subsidiary', 'a Zephyra spokeswoman': what only an organisation has."""


def _body_after(display: str, text: str) -> bool:
    """'its Portline subsidiary', 'according to Newswire': a name used as only an
    organisation's is (a person would be named with a role, or said to say it)."""
    nouns = "|".join(sorted(ORGANISATION_NOUNS_AFTER, key=len, reverse=True))
    name = re.escape(display)
    return bool(
        re.search(rf"\b{name}\s+(?:{nouns})\b", text)
        or re.search(rf"\b[Aa]ccording to (?:the\s+)?{name}\b", text)
    )


def _honoured(parts: list[str], text: str) -> bool:
    """'Mr Verhaegen', 'Professor Okafor': the text calls the name's last word a person's."""
    titles = "|".join(h.capitalize() for h in HONORIFICS)
    return bool(re.search(rf"\b(?:{titles})\.?\s+{re.escape(parts[-1])}\b", text))


def _person_like(parts: list[str], text: str) -> bool:
    """Two or three capitalised words, the first a plausible first name."""
    if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts):
        return False
    lowered = [p.lower() for p in parts]
    if any(p in NOT_NAMES or p in NOT_PERSON_WORDS for p in lowered):
        return False
    if any(len(p) == 1 for p in parts):
        return False  # 'Wii U', 'Formula E': a product or a series, not someone's name
    if any(not piece[:1].isupper() for p in parts for piece in p.split("-")):
        return False  # 'Existing CGRP-blocking': a hyphened lower-case word is no name
    first = lowered[0]
    frequency = zipf_frequency(first, "en")
    if frequency >= PERSON_FIRST_ZIPF or re.search(rf"\b{re.escape(first)}\b", text):
        return False  # 'Final Diagnosis': its first word is used lower-case in the text
    return not (frequency >= DEMONYM_ZIPF and first.endswith(DEMONYM_ENDINGS))


def _merge_short_forms(names: dict[str, Name], last_words: Counter[str], text: str = "") -> None:
    """'McIlroy' after 'James McIlroy' is the same person: a surface of the full name. A
    surname two people share, used alone, is the one the text named first (journalists name
    the others in full again); a name one letter off another is that name misspelt. A given
    name nobody else in the text has is a surface too, unless the text uses it as a word."""
    _merge_misspelt(names, text)
    people = [n for n in names.values() if n.kind == "person" and len(n.display.split()) >= 2]
    first_at = {p.display: _position(p, text) for p in people}
    for key, name in list(names.items()):
        if len(name.display.split()) != 1:
            continue
        owners = [p for p in people if p.display.split()[-1] == name.display]
        if len(owners) > 1:
            owners = [min(owners, key=lambda p: first_at[p.display])]
        owners += [p for p in people if p.display.split()[0] == name.display]
        if len(owners) == 1 and (name.kind in {None, "person"}):
            owner = owners[0]
            owner.surfaces.add(key)
            owner.mentions += name.mentions
            del names[key]
    for person in people:
        last = person.display.split()[-1]
        last_key = " ".join(tokenize(last))
        if last_words[last] == 1 and last_key not in names and len(last_key) > 2:
            person.surfaces.add(last_key)
    given = Counter(p.display.split()[0] for p in people)
    lowered = set(re.findall(r"\b[a-z]+\b", text))
    for person in people:
        first = person.display.split()[0]
        first_key = " ".join(tokenize(first))
        common = first_key in lowered or first in last_words  # 'Will', or someone's surname
        if given[first] == 1 and first_key not in names and len(first_key) > 2 and not common:
            person.surfaces.add(first_key)  # 'Kostas and Katerina', as readers ask


def _position(name: Name, text: str) -> int:
    found = text.find(name.display)
    return found if found >= 0 else len(text)


MISSPELT_LENGTH: Final = 4
"""Words this long or longer may be misspelt by a letter; shorter ones are other names."""


def _merge_misspelt(names: dict[str, Name], text: str) -> None:
    """'Geoffrey Mutail' beside 'Geoffrey Mutai', 'Tsegaya' beside 'Tsegaye Kebede': one word
    a letter off and the others the same is one person, misspelt; the first spelling leads."""
    people = sorted(
        (n for n in names.values() if n.kind == "person" and len(n.display.split()) >= 2),
        key=lambda n: _position(n, text),
    )
    for i, later in enumerate(people):
        for earlier in people[:i]:
            if earlier.canonical not in names or later.canonical not in names:
                continue
            if _one_letter_off(earlier.display.split(), later.display.split()):
                earlier.surfaces.add(later.canonical)
                earlier.surfaces |= later.surfaces
                earlier.mentions += later.mentions
                del names[later.canonical]
                break


def _one_letter_off(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (
        len(differ) == 1
        and min(len(differ[0][0]), len(differ[0][1])) >= MISSPELT_LENGTH
        and Levenshtein.distance(differ[0][0].lower(), differ[0][1].lower()) == 1
    )


def _merge_shortened(names: dict[str, Name], text: str = "") -> None:
    """'European Indoors' for 'European Indoor Championships': a shorter name whose words are
    all words of one longer organisation or place is that one, said shorter. A one-word name
    the text uses before the longer one ('Nintendo', then 'the Nintendo Network') is its own."""

    def stems(name: Name) -> set[str]:
        return {w.rstrip("s") for w in name.canonical.split()}

    longer = [n for n in names.values() if n.kind in {"organisation", "place"}]
    people_words = {w for n in names.values() if n.kind == "person" and " " in n.display
                    for w in n.display.split()}  # fmt: skip
    for key, name in list(names.items()):
        if " " in name.display or name.display in people_words or name.kind == "place":
            continue
        heads = [o for o in longer if len(o.display.split()) > 1
                 and o.kind == "organisation" and o.display.split()[0] == name.display
                 and _position(o, text) <= _position(name, text)]  # fmt: skip
        if len(heads) == 1:  # 'Brightwater' after 'Brightwater Instruments'
            heads[0].surfaces.add(key)
            heads[0].mentions += name.mentions
            del names[key]
    for key, name in list(names.items()):
        if len(name.display.split()) < 2 or name.kind == "person":
            continue
        owners = [
            o
            for o in longer
            if o is not name
            and len(o.display.split()) > len(name.display.split())
            and stems(name) <= stems(o)
        ]
        if len(owners) == 1:
            owners[0].surfaces.add(key)
            owners[0].mentions += name.mentions
            del names[key]


_CAMEL_PARTS: Final = re.compile(r"[A-Z][a-z]{2,}")
"""The words of a name written as one ('TimeWarner', 'PlayStation')."""


def _acronyms(names: dict[str, Name], text: str) -> None:
    """'the Canadian Broadcasting Corporation (CBC)': the acronym is the organisation's surface;
    one the text never spells out is still known by its initials."""
    for name in list(names.values()):
        parts = name.display.split()
        written = {m[0] for m in re.finditer(rf"\b{re.escape(parts[0])}\b", text, re.I)}
        camel = [w for w in sorted(written) if len(_CAMEL_PARTS.findall(w)) >= 2]
        joined = _CAMEL_PARTS.findall(camel[0]) if len(parts) == 1 and camel else []
        if len(joined) >= 2 and "".join(joined) == camel[0]:
            name.surfaces.add(" ".join(joined).lower())  # 'TimeWarner' asked as 'Time Warner'
            if name.kind == "organisation":
                name.surfaces.add("".join(p[0] for p in joined).lower())  # and as 'TW'
        if name.kind != "organisation" or len(parts) < 2:
            continue
        initials = "".join(p[0] for p in parts if p[:1].isupper())
        acronym_key = initials.lower()
        if len(initials) >= 2:
            other = names.get(acronym_key)
            if other is not None and other is not name and len(other.display.split()) == 1:
                name.surfaces.add(acronym_key)
                name.mentions += other.mentions
                del names[acronym_key]
            elif re.search(rf"\b{re.escape(initials)}\b", text):
                name.surfaces.add(acronym_key)
        head = parts[-1].lower()
        if re.search(rf"\bthe {re.escape(head)}\b", text) and not any(
            n is not name and n.display.split()[-1].lower() == head for n in names.values()
        ):
            name.surfaces.add(f"the {head}")
    for key, name in list(names.items()):
        if key not in names:
            continue  # already folded into another name
        bracketed = re.search(rf"{re.escape(name.display)}\s*\(([A-Z][A-Za-z0-9&]{{1,7}})\)", text)
        acronym = bracketed.group(1).lower() if bracketed else None
        if acronym and acronym != key:
            name.surfaces.add(acronym)
            folded = names.pop(acronym, None)
            if folded is not None:
                name.mentions += folded.mentions


def _without_clashes(names: Sequence[Name], known: set[str]) -> list[Name]:
    """A surface may mean one thing only: one two names share, or the shared lexicon reads,
    is dropped (the full names stay)."""
    owners: Counter[str] = Counter()
    for name in names:
        for surface in {name.canonical, *name.surfaces}:
            owners[" ".join(tokenize(surface))] += 1
    out = []
    for name in names:
        name.surfaces = {
            s
            for s in name.surfaces
            if (k := " ".join(tokenize(s)))
            and owners[k] == 1
            and k not in known
            and k != name.canonical
            and (" " in k or zipf_frequency(k, "en") < ORDINARY_WORD_ZIPF)
        }
        if owners[name.canonical] == 1:
            out.append(name)
    return out


def known_surfaces(groups: Iterable[dict[str, list[str]]]) -> set[str]:
    """Every surface a lexicon table reads, tokenised as the clash check compares them."""
    out = set()
    for table in groups:
        for canonical, surfaces in table.items():
            for surface in [canonical, *surfaces]:
                out.add(" ".join(tokenize(surface)))
    return out


def mentioned(name: Name, text: str) -> bool:
    """Whether a text names this name by any of its surfaces (whole words, any case)."""
    return mentioned_in(name, padded_tokens(text))


def padded_tokens(text: str) -> str:
    """A text's tokens between spaces, for finding whole names in it."""
    return f" {' '.join(tokenize(text, limit=len(text)))} "


def mentioned_in(name: Name, tokens: str) -> bool:
    """`mentioned`, for tokens already made by `padded_tokens`."""
    return any(f" {s} " in tokens for s in {name.canonical, *name.surfaces} if s)


AFFILIATED_ROLES: Final = frozenset(
    {
        "executive",
        "chief",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "leader",
        "head",
        "president",
        "founder",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "manager",
        "secretary",
        "minister",
        "governor",
        "mayor",
        "officer",
        "analyst",
        "coach",
        "captain",
        "owner",
        "boss",
        "editor",
        "commissioner",
        "chancellor",
        "economist",
        "researcher",
        "scientist",
        "engineer",
    }
)
"""Roles held in an organisation, unlike 'novelist' or 'wife'."""


def affiliations(names: Sequence[Name], text: str) -> dict[str, Name]:
    """For each person the text gives a role, the organisation the role is in: the one the
    role names ('Acme's chief executive Jane Doe', 'Jane Doe, leader of the Acme Party'), else
    the one named last before the person in that sentence, outside quotations, or the one
    the sentence before opens on ('Zephyra said … Chief executive Amélie Øverby'), else none:
    a guess is often wrong."""
    bodies = [n for n in names if n.kind == "organisation"]
    if not bodies:
        return {}
    narrative = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    out: dict[str, Name] = {}
    for person in names:
        if person.kind != "person" or not person.role:
            continue
        if person.role.split()[-1] not in AFFILIATED_ROLES:
            continue
        found = _positions(person, text)
        if not found:
            continue
        named = [b for b in bodies if _names_role_in(b, person, text)]
        if named:
            out[person.canonical] = named[0]
            continue
        if person.role.split()[-1] in GOVERNMENT_ROLES or _owned_otherwise(person, text):
            continue
        this, previous = _sentence_starts(text, found[0])
        near = _named_last_between(bodies, narrative, this, found[0])
        if near is None:  # 'Zephyra said … Chief executive Amélie Øverby told reporters'
            opener = _named_first_between(names, narrative, previous, this)
            near = opener if opener in bodies else None
        if near is not None:
            out[person.canonical] = near
    return out


def _named_last_between(names: Sequence[Name], text: str, start: int, end: int) -> Name | None:
    at = [(p, n) for n in names for p in _positions(n, text) if start <= p < end]
    return max(at, key=lambda pair: pair[0])[1] if at else None


def _named_first_between(names: Sequence[Name], text: str, start: int, end: int) -> Name | None:
    at = [(p, n) for n in names for p in _positions(n, text) if start <= p < end]
    return min(at, key=lambda pair: pair[0])[1] if at else None


GOVERNMENT_ROLES: Final = frozenset(
    {"minister", "president", "chancellor", "governor", "mayor", "secretary", "senator"}
)
"""Roles of a government, which the company or group named nearby does not hold."""


def _owned_otherwise(person: Name, text: str) -> bool:
    """'Wardens' spokesman, Jo Bloggs', 'Jo Bloggs, deputy editor of the weekly Boat
    Monthly': the role belongs to something the text does not name as an organisation."""
    role = r"\s+".join(re.escape(w) for w in (person.role or "").split())
    last = re.escape((person.role or "").split()[-1])
    owner = rf"([\w'’]+)\s+(?:[a-z-]+\s+){{0,2}}?{last},?\s+(?:{_surfaces_pattern(person)})\b"
    if any(m[1].endswith(("'", "’", "'s", "’s")) for m in re.finditer(owner, text, re.I)):
        return True
    return bool(
        re.search(
            rf"\b(?:{_surfaces_pattern(person)}),\s+(?:the\s+)?{role}\s+(?:of|at|for)\b", text
        )
    )


_QUOTED: Final = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_SENTENCE_END: Final = re.compile(r"""[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z])""")


def _sentence_starts(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding offset `at` starts, and the one before it."""
    starts = [0, 0, *(m.end() for m in _SENTENCE_END.finditer(text, 0, at))]
    return starts[-1], starts[-2]


def _surfaces_pattern(name: Name) -> str:
    said = sorted({name.display, *name.surfaces} - {""}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in s.split()) for s in said)


def _positions(name: Name, text: str) -> list[int]:
    """Where the text names it, by any of its surfaces, in order."""
    said = rf"\b(?:{_surfaces_pattern(name)})\b(?![ \t]+(?-i:[A-Z]))"  # not 'Acme' of 'Acme Greens'
    return [m.start() for m in re.finditer(said, text, re.I)]


def _names_role_in(body: Name, person: Name, text: str) -> bool:
    """'Acme's finance chief Jane Doe', 'OVC spokesman Jo Bloggs', 'Jane Doe, leader of the
    Acme Party'."""
    roles = "|".join(sorted(AFFILIATED_ROLES, key=len, reverse=True))
    b, p = _surfaces_pattern(body), _surfaces_pattern(person)
    return bool(
        re.search(rf"\b(?:{b})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,3}}?(?:{roles})\s+(?:{p})\b", text)
        or re.search(
            rf"\b(?:{p}),\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{roles})\s+(?:of|at|for)\s+"
            rf"(?:the\s+)?(?:{b})\b(?!\s+[a-z]+\s+[A-Z]|\s+[A-Z])",
            text,
        )
    )


def _bodies_as_adjectives(names: dict[str, Name]) -> None:
    """'Northern Forward Green councillors' after 'the Forward Greens': an
    organisation's name used as an adjective is not a person's."""
    bodies = [
        [w.rstrip("s") for w in n.canonical.split()]
        for n in names.values()
        if n.kind == "organisation" and len(n.canonical.split()) > 1
    ]
    for name in names.values():
        if name.kind != "person":
            continue
        words = [w.rstrip("s") for w in name.canonical.split()]
        if any(len(words) > len(b) and words[-len(b) :] == b for b in bodies):
            name.kind = None


def roles_after(names: Sequence[Name], text: str) -> None:
    """'Jo Bloggs, leader of the Forward Greens, said', 'Jo Bloggs, senior adviser on media
    at Acme', 'Jo Bloggs, a lawyer, said': a person the text names with no role before the
    name takes the one its apposition gives."""
    roles = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    for person in names:
        if person.kind != "person" or person.role:
            continue
        found = re.search(
            rf"\b{re.escape(person.display)},\s+(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){{0,3}}?(?:{roles}))"
            rf"(?:\s+(?:of|at|for|on|in|with|to)\b|\s*[,.;])",
            text,
        )
        if found:
            person.role = found[1]


def shared_names(text: str, entities: Mapping[str, dict[str, list[str]]]) -> list[Name]:
    """The shared lexicon's entities this text names (Madrid, Canada): the draft needs their
    kinds to know which facts can say where, though it does not define them again."""
    tokens = f" {' '.join(tokenize(text, limit=len(text)))} "
    out = []
    for kind, table in entities.items():
        for canonical, surfaces in table.items():
            found = {
                key
                for surface in [canonical, *surfaces]
                if (key := " ".join(tokenize(surface))) and f" {key} " in tokens
            }
            if found:
                display = canonical.title() if canonical.islower() else canonical
                mentions = sum(tokens.count(f" {key} ") for key in found)
                others = found - {canonical}
                out.append(
                    Name(display, kind, others, mentions=mentions, shared=True, key=canonical)
                )
    return out


EPITHET_WORDS: Final = 3
WINNING_CLAUSE: Final = re.compile(r"\b(?:won|wins?|beat|beats|victory|triumphed|champion)\b", re.I)
_EPITHET_STOP_ZIPF: Final = 5.5


def epithets(names: Sequence[Name], text: str, clauses: Sequence[str]) -> dict[str, str]:
    """How the text describes each person, for the facts that name them only: the words
    before the name ('speed skater Apolo Ohno', 'countryman Emmanuel Mutai'), an apposition
    after it ('Edison Pena, a rescued Chilean miner,'), and 'winner' for one who won, with the
    race's 'women's' or 'men's' where the clause says it."""
    out: dict[str, list[str]] = {}
    for person in names:
        if person.kind != "person":
            continue
        words: list[str] = []
        for match in re.finditer(
            rf"((?:[\w'’-]+ ){{1,{EPITHET_WORDS}}}){re.escape(person.display)}", text
        ):
            words += _described_before(match[1].split())
        after = re.search(
            rf"{re.escape(person.display)}, (?:a|an|the) ((?:[\w'’-]+ ){{0,3}}[\w'’-]+),", text
        )
        if after:
            words += after[1].lower().split()
        for clause in clauses:
            tokens = padded_tokens(clause)
            if not mentioned_in(person, tokens) or not WINNING_CLAUSE.search(clause):
                continue
            if _first_named(person, clause, names):
                race = re.findall(r"\b(women|men)(?:'s|’s)\b|\bfirst (man|woman)\b", clause, re.I)
                sides = {"man": "men", "woman": "women"}
                words += [sides.get(w.lower(), w.lower()) for pair in race for w in pair if w]
                words += ["winner", "champion", "won"]
        if words:
            out[person.canonical] = list(dict.fromkeys(words))
    return {key: " ".join(words[:6]) for key, words in out.items()}


def _described_before(words: list[str]) -> list[str]:
    kept: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if (
            not word[-1:].isalnum()
            or lower in ROLE_BREAKS
            or lower in CONNECTORS
            or lower.endswith(("ed", "ing"))
            or zipf_frequency(lower, "en") >= _EPITHET_STOP_ZIPF
        ):
            break
        kept.insert(0, lower)
    return kept


def _first_named(person: Name, clause: str, names: Sequence[Name]) -> bool:
    """Whether the person is the first one the clause names: its subject."""
    lowered = clause.lower()
    at = {
        n.canonical: min(
            (lowered.find(s) for s in {n.display.lower(), *n.surfaces} if s and s in lowered),
            default=len(lowered),
        )
        for n in names
        if n.kind == "person"
    }
    return at.get(person.canonical, len(lowered)) == min(at.values(), default=len(lowered))


def is_event(name: Name) -> bool:
    """Whether a name is an event's: 'the Top Seed Open', 'the Dubai Tennis Championships'."""
    words = name.display.lower().split()
    return name.kind == "organisation" and len(words) > 1 and words[-1] in EVENT_ENDINGS


def venue_named(names: Sequence[Name], clause: str) -> bool:
    """'won the title at the Top Seed Open', 'beat her in the Brisbane International': the
    clause says where something happened by the event it happened at."""
    for name in names:
        if not is_event(name):
            continue
        said = "|".join(re.escape(s) for s in {name.display, *name.surfaces} if s)
        if re.search(rf"\b(?:at|in)\s+(?:the\s+)?(?:{said})\b", clause, re.I):
            return True
    return False
