"""Question forms for a draft fact: the who / what / where / when / how-many questions its
names, figures and dates answer, in the words readers use for them.

The forms are the pack's paraphrase data: the engine compares a question with them and counts
their words as the fact's own, so a form that says "born" or "how old" lets a fact answer a
reader who asks that way although the sentence says "at the age of".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from wordfreq import zipf_frequency

from bot.curation.figures import Found, Reading
from bot.curation.names import Name
from bot.curation.readers import asked_by
from bot.engine.understand import RESULT_VERBS

MAX_FORMS: Final = 30
OBJECT_WORDS: Final = 7
"""A form keeps this many words of what the verb governs: enough to say which event."""
# fmt: off
IRREGULAR: Final = {
    "won": "win", "took": "take", "broke": "break", "became": "become", "went": "go",
    "gave": "give", "made": "make", "said": "say", "got": "get", "ran": "run", "began": "begin",
    "wrote": "write", "sold": "sell", "bought": "buy", "left": "leave", "held": "hold",
    "met": "meet", "led": "lead", "grew": "grow", "fell": "fall", "rose": "rise", "told": "tell",
    "found": "find", "paid": "pay", "spent": "spend", "built": "build", "came": "come",
    "saw": "see", "knew": "know", "thought": "think", "brought": "bring", "kept": "keep",
    "lost": "lose", "chose": "choose", "drove": "drive", "flew": "fly", "struck": "strike",
    "stood": "stand", "set": "set", "hit": "hit", "cut": "cut", "put": "put", "beat": "beat",
    "threw": "throw", "swam": "swim", "sang": "sing", "wore": "wear", "won't": "will",
    "fought": "fight", "taught": "teach", "caught": "catch", "sent": "send", "lent": "lend",
    "meant": "mean", "felt": "feel", "heard": "hear", "sat": "sit", "shot": "shoot",
    "sought": "seek", "spoke": "speak", "stole": "steal", "hid": "hide", "rode": "ride",
    "showed": "show", "drew": "draw", "dealt": "deal", "froze": "freeze", "woke": "wake",
}
AUXILIARY: Final = frozenset({
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "did",
    "does", "do", "should", "may", "might", "must",
})
DETERMINERS: Final = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our"}
)
PRONOUNS: Final = frozenset({"he", "she", "they", "his", "her", "their", "him", "its"})
# fmt: on
FRAMES: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = tuple(
    (re.compile(pattern, re.I), forms)
    for pattern, forms in (
        (
            r"\bborn\b",
            (
                "When was {S} born?",
                "Where was {S} born?",
                "What is {S}'s date of birth?",
                "Where is {S} from?",
                "What is {S}'s birthplace?",
                "When is {S}'s birthday?",
            ),
        ),
        (
            r"\b(?:died|dies|death|dead)\b",
            ("When did {S} die?", "How did {S} die?", "Where did {S} die?", "Is {S} dead?"),
        ),
        (
            r"\bage of\b|\baged\b|[\s-]year[\s-]old\b",
            ("How old was {S}?", "What age was {S}?", "How old is {S}?"),
        ),
        (
            r"\b(?:wife|husband|married|marriage|spouse)\b",
            (
                "Who is {S}'s wife?",
                "Who was {S} married to?",
                "What is the name of {S}'s wife?",
                "What was {S}'s wife called?",
                "What was the name of {S}'s husband?",
                "Who is {S}'s husband?",
                "Who is {S}'s partner?",
            ),
        ),
        (
            r"\b(?:children|sons|daughters|kids)\b",
            ("How many children does {S} have?", "How many kids did {S} have?"),
        ),
        (
            r"\b(?:won|wins|win|winning|victory|title|gold|champion|claimed|beat)\b",
            (
                "Who won?",
                "What did {S} win?",
                "Who was the winner?",
                "Did {S} win?",
                "What title did {S} win?",
                "Who took the title?",
            ),
        ),
        (
            r"\brecord\b",
            (
                "What record did {S} break?",
                "Who holds the record?",
                "Whose record was broken?",
                "What is the record?",
            ),
        ),
        (
            r"\bpersonal best\b|\bseason's best\b",
            ("What is {S}'s personal best?", "What was {S}'s best time?"),
        ),
        (
            r"(?<!\ba )\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)\b"
            r"(?=\s*(?:[,.;:)]|$|\s(?:place|in|at|on|with|behind|after|to|and|overall|for)\b))"
            r"|\b(?:silver|bronze)\b|\bplace\b",
            (
                "Where did {S} finish?",
                "What position did {S} finish in?",
                "Who came {O}?",
                "Who finished {O}?",
                "What place did {S} get?",
            ),
        ),
        (
            r"\bclear\b|\bmargin\b|\b(?:won|ahead|lead|beat \w+) by\b",
            (
                "What was {S}'s winning margin?",
                "By how much did {S} win?",
                "How far ahead was {S}?",
                "How big was the margin?",
            ),
        ),
        (
            r"\bbehind\b|\bahead of\b",
            ("Who won?", "Who beat {S}?", "Who finished ahead?", "Who was in front?"),
        ),
        (
            r"\b(?:moved|emigrated|relocated|settled)\b",
            ("Where did {S} move to?", "When did {S} move?", "Where did {S} live?"),
        ),
        (
            r"\bdebut\b|\bfirst\b(?![-–]|\s+\w+ed\b|\s+(?:weekend|week|day|month|year|time|half|"
            r"quarter|floor|phase|stage|round|minute|hour|night|season)s?\b)",
            ("What was {S}'s first?", "What was {S}'s debut?"),
        ),
        (r"\b(?:final|last)\b", ("What was {S}'s last?", "What was {S}'s final one?")),
        (
            r"\b(?:starred|starring|played|cast)\b(?![-–])",
            ("Who starred in it?", "Who played in it?", "Who was in the cast?"),
        ),
        (
            r"\b(?:founded|set up|established|launched)\b|(?<!ly )\bcreated\b",
            ("Who founded it?", "When was it founded?", "When was it launched?"),
        ),
        (
            r"\b(?:published|released|novel|book|wrote|written)\b",
            (
                "When was it published?",
                "When did it come out?",
                "What year was it released?",
                "Who wrote it?",
            ),
        ),
        (
            r"\b(?:film|movie)\b",
            ("When was the film made?", "Was it made into a film?", "Who starred in the film?"),
        ),
        (
            r"\b(?:bought|sold|paid|cost|price|deal|fee|worth)\b",
            (
                "How much did it cost?",
                "How much was paid?",
                "What was the price?",
                "How much money was it?",
                "How much did they pay?",
            ),
        ),
        (
            r"\b(?:revenue|profit|profits|sales|turnover|earnings|loss|losses)\b",
            (
                "How much revenue?",
                "What were the profits?",
                "How much did sales rise?",
                "How much money did they make?",
            ),
        ),
        (
            r"\b(?:jobs|staff|employees|workers|workforce)\b",
            ("How many jobs?", "How many staff?", "How many people work there?"),
        ),
        (r"\b(?:said|says|told|recalled|added)\b", ("What did {S} say?", "What did {S} recall?")),
        (
            r"\b(?:elected|appointed|chosen)\b|\bnamed\b(?!\s+(?:after|for)\b)",
            ("When was {S} elected?", "Who was appointed?"),
        ),
        (
            r"\b(?:announced|unveiled|revealed)\b",
            ("What did {S} announce?", "When was it announced?"),
        ),
        (
            r"\b(?:served|pilot|soldier|army|navy|air force)\b",
            ("What did {S} serve as?", "Was {S} in the war?"),
        ),
        (
            r"\b(?:injur\w*|broken|fractured?|torn|sprained|strained|concussion|hamstring|"
            r"ligament)\b",
            ("What injury does {S} have?", "Is {S} injured?", "What is {S}'s injury?"),
        ),
        (
            r"\b(?:ill|illness|stroke|surgery|health|hospital)\b",
            ("Was {S} ill?", "What health problems did {S} have?"),
        ),
        (
            r"\b(?:rose|fell|rise|fall|increased?|decreased?|grew|dropped|jumped|slumped|climbed|"
            r"doubled|halved)\b(?!\s+up\b)(?=[^.]*\d)",
            (
                "By how much did {S} rise?",
                "How much did {S} fall?",
                "How much did {S} change?",
                "Did {S} go up or down?",
            ),
        ),
        (
            r"\b(?:targets?|aims?|goals?|plans?|planned|pledged?|promised|wants|intends|expects)\b",
            (
                "What is {S}'s target?",
                "What does {S} plan to do?",
                "What does {S} want?",
                "What is the aim?",
            ),
        ),
        (
            r"\b(?:launch|launched|launches|release|released|on sale|available|unveiled|ship)\b",
            (
                "When does {S} go on sale?",
                "When will {S} be released?",
                "When is the launch?",
                "Where will {S} be available?",
            ),
        ),
        (
            r"\b(?:scored|scores?|goals?|defeated|draw|drew|beat)\b",
            ("Who scored?", "What was the score?", "How many goals did {S} score?"),
        ),
    )
)
ORIGIN_FORMS: Final = (
    "Where is {S} from?",
    "Which town is {S} from?",
    "Which county is {S} from?",
    "Which city is {S} from?",
    "What is {S}'s home town?",
    "Where does {S} come from?",
)
"""Asked of a place the text uses as someone's origin: 'the Larne athlete', 'Lisburn's X'."""
_WORD: Final = re.compile(r"[\w'’-]+")


def _origin(place: Name, clause: str) -> bool:
    """'The Larne athlete', 'the Offaly man', 'Lisburn's Kelly', 'from Larne', 'born in X'."""
    surfaces = "|".join(re.escape(s) for s in {place.display, *place.surfaces})
    return bool(
        re.search(
            rf"\b(?:{surfaces})(?:['’]s\s+[A-Z]|\s+(?:[a-z]+-)?(?:athlete|man|woman|native|"
            rf"player|runner|side|boy|girl|born|based)\b)|\b(?:from|born in|native of)\s+"
            rf"(?:{surfaces})\b",
            clause,
            re.I,
        )
    )


@dataclass(frozen=True)
class Context:
    """What the forms of one fact are made from."""

    clause: str
    subject: Name | None
    names: Sequence[Name]
    reading: Reading
    headline: str | None = None
    keywords: Sequence[str] = ()
    about: str | None = None
    """The work or product a clause refers back to ('it', 'the novel'): its forms name it."""
    organisation_of: Mapping[str, str] = field(default_factory=dict)
    """For a person the text gives a role, the organisation it is held in (display name)."""
    epithets: Mapping[str, str] = field(default_factory=dict)
    """How the text describes each person ('speed skater', "women's winner"), by canonical."""


def question_forms(context: Context) -> list[str]:
    """The forms, best first (the first is what a reader is shown when browsing): the subject's
    own question, then the reader's words for what the clause reports (born, won, paid), its
    figures, dates, places and names, the headline for the opening fact, a yes/no check."""
    clause = context.clause.strip().rstrip(" .!?;:,")
    subject = context.subject
    s_name = _label(subject) if subject else (context.about or "")
    verb = _main_verb(clause, subject)
    forms: list[str] = []
    if subject is not None and verb and _stands_before(subject, clause, verb[2]):
        telling = _after_did(verb) in TELLING  # 'Who said it had …', a body's words too
        asker = "Who" if subject.kind == "person" or telling else "What"
        obj = _words_after(clause, verb[2])
        auxiliary = verb[0] in AUXILIARY and verb[1] != verb[0]
        written = f"{verb[0]} {verb[1]}" if auxiliary else verb[0]  # 'has worked', 'said'
        if obj:
            forms.append(f"{asker} {written} {obj}?")
        did = _after_did(verb)
        if did and did not in TELLING:
            forms.append(f"What did {s_name} {did}?")
    readers = asked_by(context.clause) + _nationality(context)
    if readers:  # early, so the cap on forms never cuts the readers' words
        forms.append(f"What about the {' '.join(readers)}?")
    for name in context.names:  # 'the speed skater' of a fact that says only 'Ohno'
        described = context.epithets.get(name.canonical)
        if described and name.kind == "person":
            forms.append(f"What did the {described} {_label(name)} do?")
    forms += _frame_forms(context, clause, s_name)
    forms += _told_forms(context, clause, s_name)
    forms += _figure_forms(context, s_name, verb)
    acts = bool(s_name and _after_did(verb))
    if context.reading.years or context.reading.dates:
        forms.append(_when_form(s_name, verb, clause))
    if context.reading.years and acts and verb:
        forms.append(f"What year did {s_name} {_after_did(verb)}?")
    forms += _state_since_forms(clause)
    if context.reading.dates and acts and verb:
        forms.append(f"On what day did {s_name} {_after_did(verb)}?")
    forms += _place_forms(context, clause, s_name, verb)
    for name in context.names:
        if name.kind == "person" and name is not subject:
            forms += [f"What did {_label(name)} do?", f"Who is {_label(name)}?"]
        elif name.kind == "organisation":
            forms += [f"What is the {name.display}?", f"What did the {_label(name)} do?"]
        if name.role and re.search(rf"\b{re.escape(name.role)}\b", clause, re.I):
            forms += _role_forms(name, context.organisation_of.get(name.canonical))
    if context.about:
        forms += _about_forms(clause, context.about)
    if context.headline:
        forms.append(context.headline.rstrip(" .!?") + "?")
    if context.keywords:
        forms.append(f"What about the {' '.join(context.keywords[:3])}?")
    forms.append(f"Is it true that {_lower_first(clause)}?")
    return _readable_first(_unique(forms)[:MAX_FORMS])


def _readable_first(forms: list[str]) -> list[str]:
    """The first form is the one readers are shown (browsing, a decline's suggestions): a
    question, not the readers' words listed ('What about the day week weekday?')."""
    for i, form in enumerate(forms):
        if not form.startswith(("What about the ", "Is it true that ")):
            return [form, *forms[:i], *forms[i + 1 :]]
    return forms


_DEMONYM_ENDING: Final = re.compile(r"(?:an|ans|ish|ese|i|is|ch)$")


def _nationality(context: Context) -> list[str]:
    """'Kenyan Mary Keitany': a clause naming someone by their country's adjective says their
    nationality, which readers ask for by that word."""
    clause = f" {' '.join(context.clause.lower().split())} "
    for name in context.names:
        if name.kind != "country":
            continue
        if any(f" {s} " in clause and _DEMONYM_ENDING.search(s) for s in name.surfaces):
            return ["nationality", "country", "from"]
    return []


LEADING_ROLES: Final = frozenset(
    {
        "leader",
        "head",
        "chief",
        "executive",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "director",
        "boss",
        "manager",
        "founder",
        "owner",
        "captain",
        "coach",
        "governor",
        "mayor",
    }
)
"""Roles whose holder readers ask about as 'who leads / runs / heads it'."""


ROLE_SYNONYMS: Final = {
    "chief executive": ("ceo", "boss", "head"), "executive": ("ceo", "boss"),
    "chairman": ("chair", "head"), "chairwoman": ("chair", "head"),
    "spokesman": ("spokesperson",), "spokeswoman": ("spokesperson",),
    "president": ("head", "leader"), "leader": ("head",), "founder": ("creator",),
}  # fmt: skip
"""Other names readers give a role: 'who is the CEO' of a chief executive."""


BROADCASTERS: Final = frozenset(
    {"news", "radio", "tv", "television", "channel", "broadcasting", "bbc", "cnn", "itv", "nbc",
     "cbs", "abc", "fox", "rte", "cbc"}
)  # fmt: skip
PRINTED: Final = frozenset(
    {"times", "post", "press", "herald", "journal", "telegraph", "gazette", "guardian",
     "magazine", "chronicle", "tribune", "mirror", "observer", "independent", "standard"}
)  # fmt: skip
"""What an organisation someone spoke to is, by a word of its name: 'Sky News', 'the Herald'."""


def _told_forms(context: Context, clause: str, s_name: str) -> list[str]:
    """'Barwell told Sky News that …': whom he spoke to, and which broadcaster or newspaper."""
    if not s_name:
        return []
    forms = []
    for name in context.names:
        if name.kind != "organisation" or name is context.subject:
            continue
        surfaces = "|".join(re.escape(x) for x in {name.display, *name.surfaces} if x)
        if not re.search(rf"\b(?:told|tells|telling|speaking to|spoke to|said to|interview with)"
                         rf"\s+(?:the\s+)?(?:{surfaces})\b", clause, re.I):  # fmt: skip
            continue
        words = {w.lower() for w in name.display.split()}
        forms += [f"Who did {s_name} talk to?", f"Who did {s_name} speak to?"]
        if words & BROADCASTERS:
            forms += [
                f"Which broadcaster did {s_name} talk to?",
                f"Which channel did {s_name} speak to?",
            ]
        elif words & PRINTED:
            forms += [
                f"Which newspaper did {s_name} talk to?",
                f"Which paper did {s_name} speak to?",
            ]
    return forms


def _role_forms(name: Name, body: str | None) -> list[str]:
    """'Its leader, José Nuñez': who is the leader (of the council), who leads it."""
    of = f" of {body}" if body else ""
    forms = [
        f"Who is the {name.role}?",
        f"Who is the {name.role}{of}?",
        f"Who is {_label(name)}?",
        f"Who is {name.display}?",  # 'who is Jo Bloggs?' asks the fact that gives her role
        f"What is {_label(name)}'s job?",
        f"What does {_label(name)} do?",
    ]
    others = [o for role, more in ROLE_SYNONYMS.items() if name.role and role in name.role
              for o in more]  # fmt: skip
    initials = _initials(name.role or "")
    if initials:
        others.append(initials)
    for other in dict.fromkeys(others):
        forms += [f"Who is the {other}{of}?", f"What is the name of the {other}?"]
    if name.role and len(name.role.split()) > 1:
        forms.append(f"What is the name of the {name.role}?")
    if name.role and name.role.split()[-1] in LEADING_ROLES:
        target = body or "it"
        forms += [
            f"Who leads {target}?",
            f"Who runs {target}?",
            f"Who heads {target}?",
            f"Who is in charge of {target}?",
            f"Who is the boss of {target}?",
        ]
    return forms


def _initials(role: str) -> str | None:
    """'chief financial officer' is the CFO, 'chief operating officer' the COO: a role of
    three words or more, or a 'chief' of two, is asked by its initials."""
    words = role.split()
    if len(words) >= 3 or (len(words) == 2 and words[0] == "chief" and words[1] != "executive"):
        return "".join(w[0] for w in words)
    return None


def _about_forms(clause: str, about: str) -> list[str]:
    """The clause's forms with the work it refers back to named: 'It was turned into a movie'
    after 'Hotel' also answers 'was Hotel made into a film?'."""
    named = re.sub(
        r"^[\"'“‘]?(?:it|this|the\s+(?:[\w-]+\s+)?[\w-]+)\b", about, clause, count=1, flags=re.I
    )
    return [f"What happened to {about}?", f"Is it true that {named}?", f"What about {about}?"]


MONEY_FRAME: Final = "cost"
"""The frame asking what was paid: only for a clause that states a sum."""


_STATE_IN_YEAR: Final = re.compile(
    r"\b([a-z]+)\s+(in|since)\s+(?:[A-Z][a-z]+\s+)?(?:1[5-9]\d\d|20\d\d)\b"
)
STATE_WORDS: Final = frozenset(
    {"empty", "open", "closed", "derelict", "vacant", "unused", "abandoned", "idle", "shut"}
)


def _state_since_forms(clause: str) -> list[str]:
    """'a wool mill built in 1887 and empty since 1971': when it was built, since when empty,
    asked of 'it' (the clause's own words would read as no question)."""
    forms = []
    for m in _STATE_IN_YEAR.finditer(clause):
        word, preposition = m[1], m[2]
        if preposition == "since" and (word in STATE_WORDS or _past(word)):
            forms.append(f"Since when has it been {word}?")
        elif preposition == "in" and _past(word) and word not in AUXILIARY:
            forms.append(f"When was it {word}?")
    return forms


def _frame_forms(context: Context, clause: str, s_name: str) -> list[str]:
    forms = []
    money = any(f.kind == "money" for f in context.reading.figures)
    for pattern, templates in FRAMES:
        if not pattern.search(clause):
            continue
        if not money and any(MONEY_FRAME in t for t in templates):
            continue  # 'completed the purchase' says nothing of what was paid
        for template in templates:
            if "{S}" in template and not s_name:
                continue
            if "{O}" in template:
                forms += [template.replace("{O}", o) for o in context.reading.ordinals]
                continue
            forms.append(template.replace("{S}", s_name))
    return forms


def _place_forms(
    context: Context, clause: str, s_name: str, verb: tuple[str, str, int] | None
) -> list[str]:
    forms = []
    places = [n for n in context.names if n.kind == "place"]
    for place in places:
        if s_name and _origin(place, clause):
            forms += [f.replace("{S}", s_name) for f in ORIGIN_FORMS]
        if s_name and _after_did(verb):
            forms.append(f"Where did {s_name} {_after_did(verb)}?")
        forms.append(f"What happened in {_label(place)}?")
    events = [n.display for n in context.names if n.kind == "organisation"]
    if places and events and (context.reading.years or context.reading.dates):
        event = events[0]
        forms += [
            f"Where is the {event} held?",
            f"When is the {event}?",
            f"Where does the {event} take place?",
        ]
    return forms


def _figure_forms(context: Context, s_name: str, verb: tuple[str, str, int] | None) -> list[str]:
    out = []
    whose = f"{s_name}'s " if s_name else "the "
    makers = [n.display for n in context.names if n.kind == "organisation"]
    maker = makers[0] if makers else ""  # 'how much is the Tesla?' of a price it does not name
    for found in context.reading.figures:
        bare = measure_name(found) in {
            found.kind,
            "number",
        }  # 'the number of home owners': say what
        what = "" if bare or found.what in MULTIPLIERS else _noun_only(measure_name(found))
        # the clause's words as a noun read as no question; 'three times the' counts nothing
        out += _forms_for(found, what, whose, s_name, verb, maker, _to_come(context.clause, verb))
        also = re.search(r"\(([^)]*)\)$", found.what) if found.kind == "count" else None
        if also and what == measure_name(found):  # 'crowd (fans spectators …)': the words
            # readers count it by; not for 'people passed', people doing something
            out.append(f"What about the {also[1]}?")
    return out


def _forms_for(
    found: Found,
    what: str,
    whose: str,
    s_name: str,
    verb: tuple[str, str, int] | None,
    maker: str = "",
    then: str = "",
) -> list[str]:
    did = _after_did(verb)
    doing = f" did {s_name} {did}" if s_name and did and did not in TELLING else ""
    measured = _measure_forms(measure_name(found), found, s_name, maker) if named(found) else []
    if found.kind == "money" and measured:
        return measured
    if found.kind == "money":  # a sum the clause names by its currency alone
        return [f"How much money{doing}?"] if doing else ["How much money?"]
    if found.kind == "share" and measured:
        return measured
    if found.kind == "share" and what:
        return [f"What percentage of the {what}?", f"What share of the {what}?"]
    if found.kind == "share":
        return [f"What percentage{doing}?", f"What share{doing}?"] if doing else []
    if found.kind == "age":
        return [f"How old was {s_name or 'he'}?", f"At what age{doing}?"]
    if found.kind == "time":
        return [
            f"What was {whose}time?",
            f"How fast was {s_name or 'it'}?",
            f"What time did {s_name or 'they'} run?",
        ]
    if found.kind == "duration" and s_name and then:  # 'will miss the next four to six weeks'
        return [f"How long will {s_name} {then}?", f"How long will {s_name} be out?"]
    if found.kind == "duration" and s_name and did in RESULT_VERBS:  # 'Costa clocked 11.32s'
        return [f"What was {whose}time?", f"What time did {s_name} {did}?", f"How long{doing}?"]
    if found.kind == "duration":
        if not doing:  # 'how long did it take?' alone would answer any how-long question
            return (
                [f"How long was the {what}?", f"How many {found.unit}s of {what}?"] if what else []
            )
        return [f"How long{doing}?", f"How many {found.unit}s{doing}?"]
    if found.kind == "area":
        thing = measure_name(found).removesuffix(" area size") or "it"
        return [
            f"How much {thing} is there?",
            f"How big is the {thing}?",
            f"What is the area of the {thing}?",
            f"How many square metres is the {thing}?",
        ]
    if found.kind in {"length", "mass", "volume"} and not what:
        return [f"How far{doing}?", f"What distance{doing}?"] if doing else []
    if found.kind in {"length", "mass", "volume"}:
        size = {"length": "How long", "mass": "How heavy", "volume": "How much"}[found.kind]
        return [
            f"{size} was {whose}{what}?",
            f"How far was the {what}?",
            f"How high was {whose}{what}?",
            f"What distance was the {what}?",
        ]
    if not what:
        return []
    if doing:
        return [f"How many {what}{doing}?", f"What number of {what}?"]
    return [f"How many {what} are there?", f"What number of {what}?"]


def _noun_only(what: str) -> str:
    """'visitors came', 'volunteers recruited': what is counted, without the verb after it."""
    words = what.split()
    while len(words) > 1 and _past(words[-1]):
        words.pop()
    return " ".join(words)


MULTIPLIERS: Final = frozenset({"times", "fold"})
PRICE_WORDS: Final = frozenset({"price", "cost", "fare", "fee"})
UNIT_ENDINGS: Final = ("euros", "dollars", "sterling", "yen", "cents", "pence", ")")


def named(found: Found) -> bool:
    """Whether a figure's `what` names its measure (net profit), not only its unit (euros):
    'capacity fund (million pounds sterling)' names a fund, 'million pounds sterling' none."""
    what = measure_name(found)
    return (
        bool(what)
        and what != found.kind
        and found.kind != "count"
        and not what.endswith(UNIT_ENDINGS)
        and what.split()[-1] != found.unit
    )


def measure_name(found: Found) -> str:
    """A figure's `what` without the unit it adds in brackets: 'capacity fund'."""
    return re.sub(r"\s*\([^)]*\)$", "", found.what).strip()


def _measure_forms(what: str, found: Found, s_name: str, product: str = "") -> list[str]:
    """'Net profit climbed to €163m': how much net profit, what was the net profit."""
    whose = f"{s_name}'s " if s_name else "the "
    if found.kind == "share":
        return [
            f"What share of the {what}?",
            f"By how much did {what} grow?",
            f"What percentage did {what} change?",
            f"What was the {what} growth?",
            f"What was {whose}{what}?",
        ]
    forms = [
        f"What was {whose}{what}?",
        f"How much {what}?",
        f"How much was the {what}?",
        f"How big was the {what}?",
    ]
    if found.kind == "money" and what.split()[-1] in PRICE_WORDS:
        thing = s_name or (f"the {product}" if product else "it")
        forms += [f"How much does {thing} cost?", f"What does {thing} sell for?"]
    elif found.kind == "money":  # 'a £18m capacity fund': how much the fund is, is worth
        forms += [f"How much is the {what}?", f"How much is the {what} worth?"]
    head = what.split()[0] if what else ""
    if found.kind == "money" and what.split()[-1] in WORKS:  # 'the £14.2 million project'
        forms += [f"How much did the {what} cost?", f"What was the total cost of the {what}?"]
    elif found.kind == "money" and head in GIVEN:  # 'a further £1.5 million came from …'
        forms += [f"Who gave the {head}?", *GIVEN[head]]
    return forms


WORKS: Final = frozenset(
    {"project", "scheme", "programme", "development", "redevelopment", "building", "plan",
     "contract", "refurbishment", "renovation", "upgrade", "extension"}
)  # fmt: skip
"""What a sum stated before it is the cost of: 'the £14.2 million project'."""
GIVEN: Final = {
    "donation": ("Who was the donor?", "How much money was given?"),
    "grant": ("Where did the grant come from?",),
    "contribution": ("How much money was contributed?",),
}
"""A sum the text says was given ('donation money'): who gave it, as readers ask."""


def _when_form(s_name: str, verb: tuple[str, str, int] | None, clause: str) -> str:
    if s_name and verb and verb[1] not in AUXILIARY:
        if verb[0] in AUXILIARY and verb[1] != verb[0]:
            return f"When {verb[0]} {s_name} {verb[1]}?"
        return f"When did {s_name} {verb[1]} {_words_after(clause, verb[2], 4)}?"
    if len(clause.split()) > WHEN_CLAUSE_WORDS:
        return ""  # a whole long sentence after 'When was it that' is no question to show
    return f"When was it that {_lower_first(clause)}?"


WHEN_CLAUSE_WORDS: Final = 14


def _main_verb(clause: str, subject: Name | None) -> tuple[str, str, int] | None:
    """The verb after the subject: (as written, its plain form, where it ends); 'was born' is
    ('was', 'born', …) so forms read 'When was X born?'."""
    words = list(_WORD.finditer(clause))
    for i, match in enumerate(words[:12]):
        word = match.group().lower()
        phrased = [w.group() for w in words[i + 1 : i + 4]]
        if word in {"went", "go", "goes", "going"} and phrased[:2] == ["on", "to"] and phrased[2:]:
            return f"{word} on to {phrased[2].lower()}", phrased[2].lower(), words[i + 3].end()
        if word in AUXILIARY:
            following = words[i + 1] if i + 1 < len(words) else None
            if following and _past(following.group().lower()):
                return word, following.group().lower(), following.end()
            return word, word, match.end()
        after_determiner = i > 0 and words[i - 1].group().lower() in DETERMINERS
        after_determiner = after_determiner or (  # 'in newly created posts': an adjective
            i > 1
            and words[i - 1].group().lower().endswith("ly")
            and words[i - 2].group().lower() in DETERMINERS | PREPOSITIONS
        )
        if i > 0 and _past(word) and not after_determiner:  # 'the hit novel' has no verb 'hit'
            return word, _plain(word), match.end()
    return None


PREPOSITIONS: Final = frozenset({"in", "of", "for", "with", "on", "at", "from", "into", "by"})
FUTURE: Final = frozenset({"will", "would", "could", "may", "might", "can", "should", "must"})


def _to_come(clause: str, verb: tuple[str, str, int] | None) -> str:
    """The plain verb after 'will' ('will miss the next six weeks'): what someone will do."""
    if verb is None or verb[0] not in FUTURE or verb[1] != verb[0]:
        return ""
    following = _WORD.match(clause[verb[2] :].lstrip())
    word = following.group().lower() if following else ""
    return word if word.isalpha() and word not in {"be", "not", "have", "also", "still"} else ""


PERFECT: Final = frozenset({"has", "have", "had"})


def _after_did(verb: tuple[str, str, int] | None) -> str:
    """The verb as it stands after 'did' ('What did Castellanos work?' of 'has worked'), or ''
    where no 'did' question reads well: a bare auxiliary, or a passive ('is named')."""
    if verb is None or verb[1] in AUXILIARY:
        return ""
    if verb[0] in AUXILIARY and verb[1] != verb[0]:
        return _plain(verb[1]) if verb[0] in PERFECT else ""
    return verb[1]


def _past(word: str) -> bool:
    return word in IRREGULAR or (word.endswith("ed") and len(word) > 4) or word == "born"


def _plain(word: str) -> str:
    """The plain form of a past verb: moved → move, motored → motor, stopped → stop."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if not word.endswith("ed"):
        return word
    options = [word[:-1], word[:-2]]
    if len(word) > 5 and word[-3] == word[-4]:
        options.append(word[:-3])
    return max(options, key=lambda w: zipf_frequency(w, "en"))


def _words_after(clause: str, position: int, limit: int = OBJECT_WORDS) -> str:
    """What the verb governs, cut where a phrase ends: never on 'at a' or 'and'."""
    rest = clause[position:].strip()
    rest = re.split(r"[,;:(\"“]| - | and (?=an?\s|the\s)", rest)[0]
    words = rest.split()
    words = words if len(words) <= limit + PHRASE_SLACK else words[:limit]  # the phrase whole
    while words and words[-1].lower().strip("\"'“”‘’") in DANGLING:
        words.pop()
    return " ".join(words).strip(" .")


PHRASE_SLACK: Final = 3
"""A phrase at most this many words longer than the limit is kept whole, not cut mid-way."""
DANGLING: Final = frozenset(
    {"a", "an", "the", "at", "of", "to", "in", "on", "for", "with", "and", "or", "but", "by",
     "from", "its", "their", "his", "her", "our", "that", "which", "who", "as", "than", "is",
     "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "not", "into",
     "this", "these", "those", "up", "out", "about", "around", "more", "less", "new", "per",
     "any", "some", "all", "every", "each", "no", ""}
)  # fmt: skip
"""Words a form may not end on: 'Who is to launch later this year at a?' is no question."""
TELLING: Final = frozenset({"tell", "say", "add", "continue"})
"""'What did Barwell tell?': the frame's 'what did X say?' asks it better."""


def _stands_before(subject: Name, clause: str, position: int) -> bool:
    """Whether the clause names its subject (or says 'he', 'it') before the verb: 'Since 2010
    the budget has been slashed', quoting Healey, is not something Healey did."""
    said = _WORD.findall(clause[:position].lower())
    before = f" {' '.join(said)} "
    if re.search(r" (?:he|she|it|they) ", before):
        return True
    return any(f" {x} " in before for x in {subject.display.lower(), *subject.surfaces} if x)


def _tail(clause: str, context: Context) -> str:
    """The clause without its figures and dates, shortened: what happened."""
    text = clause
    spans = sorted(((f.start, f.end) for f in context.reading.figures), reverse=True)
    for start, end in spans:
        text = text[:start] + text[end:]
    words = [w for w in text.split() if not re.fullmatch(r"[\d.,:()%-]+", w)]
    return _lower_first(" ".join(words[:10]).strip(" ,.;:"))


def _label(name: Name) -> str:
    """How a reader names it: a surname for a person, an acronym for an organisation."""
    if name.kind == "person" and len(name.display.split()) > 1:
        return name.display.split()[-1]
    return name.display


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _unique(forms: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for form in forms:
        tidy = " ".join(form.split()).replace(" ?", "?")
        key = tidy.casefold()
        if len(tidy) > 3 and key not in seen:
            seen.add(key)
            out.append(tidy)
    return out
