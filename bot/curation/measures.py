"""What a figure measures, named from its clause: 'Net profit climbed to €163 million' measures
net profit, 'a restructuring charge of €27 million' a restructuring charge, 'grew revenue 19
per cent' revenue. A draft names each figure's measure so readers' questions that name it
('how much net profit?') find the fact, and so figures of different measures are never
ranked together.

Also what a fact cannot answer although it looks close: the opposite direction of the change
it states ('why did sales fall?' of a fact saying they rose), a period of the same kind the
text never gives ('the second quarter' of a text on the third), a measure the text states
elsewhere but this fact does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

MEASURE_WORDS: Final = 4
# fmt: off
CHANGE_VERBS: Final = frozenset({
    "rose", "rise", "rises", "risen", "climbed", "climbs", "fell", "falls", "fallen", "grew",
    "grows", "increased", "increases", "decreased", "decreases", "declined", "declines",
    "dropped", "drops", "jumped", "jumps", "slumped", "widened", "narrowed", "totalled",
    "totaled", "totals", "reached", "reaches", "hit", "hits", "stood", "stands", "was", "were",
    "is", "are", "came", "comes", "amounted", "amounts", "improved", "gained", "lost", "shrank",
    "expanded", "doubled", "halved", "surged", "soared", "plunged", "slipped", "edged", "eased",
    "averaged", "averages", "cost", "costs", "had", "has", "have", "will", "would", "accounts",
    "accounted", "added", "adds", "generated", "made", "earned", "booked", "reported", "posted",
    "recorded", "paid", "pays", "expects", "expected", "forecast", "shaved", "saw",
    "got", "gets", "takes", "took", "gave", "gives", "giving", "valuing", "remained", "remains",
})
LEADING: Final = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "and", "but", "while", "whereas", "although", "with", "of", "in", "on", "at", "by", "for",
    "to", "from", "as", "which", "who", "it", "they", "he", "she", "we", "some", "about",
    "around", "roughly", "nearly", "almost", "up", "also", "then", "now", "giving", "valuing",
    "total", "new", "same", "compared",
})
BREAKS: Final = frozenset({
    "for", "in", "on", "at", "of", "to", "from", "by", "with", "which", "who", "that", "than",
    "during", "since", "after", "before", "over", "under", "among", "across",
})
UP: Final = frozenset({
    "rose", "rise", "rises", "risen", "rising", "raised", "raise", "raises", "increased",
    "increase", "increases", "grew", "grow", "growth", "climbed", "jumped", "widened", "gain",
    "gained", "gains", "higher", "lifted", "lift", "beat", "up", "improved", "improvement",
    "surged", "soared", "doubled", "expanded", "profit",
})
DOWN: Final = frozenset({
    "fell", "fall", "falls", "fallen", "cut", "cuts", "cutting", "dropped", "drop", "declined",
    "decline", "decrease", "decreased", "lower", "lowered", "shrank", "shrink", "narrowed",
    "loss", "losses", "slumped", "missed", "down", "plunged", "halved", "reduced", "reduction",
    "fewer", "less", "weaker",
})
UP_ASKED: Final = ("rise", "increase", "grow", "raise", "higher", "gain")
DOWN_ASKED: Final = ("fall", "cut", "drop", "decline", "decrease", "lower", "loss", "shrink")
"""What a reader says of the other direction, as a fact's `unknowns` hold it."""
PERIOD_NOUNS: Final = ("quarter", "half", "round", "stage", "phase", "leg", "term")
ORDINALS: Final = ("first", "second", "third", "fourth")
# fmt: on
_WORD: Final = re.compile(r"[A-Za-z][\w'’-]*")


_PRICED: Final = re.compile(
    r"\b(?:sells?|sold|selling|retails?|retailing|retailed|priced|go(?:es)? on sale|on sale)"
    r"(?:\s+(?:for|at))?\s+(?:around|about|just|only|roughly|under|from)?\s*$",
    re.I,
)
_STARTING: Final = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|priced from|from)\s+(?:at|from)?\s*"
    r"(?:around|about|just|only|roughly)?\s*$",
    re.I,
)
"""'will sell for $35,000' states a price; 'models which start at $70,000' a starting price."""


def measure_of(clause: str, start: int) -> str | None:
    """The measure of the figure at `start` of a clause, lower-case, or None if unnamed."""
    before = clause[:start]
    if _PRICED.search(before):
        return "price"
    if _STARTING.search(before) and not re.search(r"\bfrom\s*$", before):
        return "starting price"
    named = re.search(
        r"((?:[A-Za-z][\w'’-]*\s+){1,5})of\s+(?:up to\s+|about\s+|around\s+|some\s+|"
        r"roughly\s+|nearly\s+|almost\s+|between\s+)?$",
        before,
    )
    if named:
        return _noun_phrase(named.group(1).split(), from_end=True)
    segment = re.split(r"[;:(]|,\s|\s(?:and|while|but|whereas)\s", before)[-1]
    segment = re.split(r"\b(?:said|says|told|added|according to|expects|expected)\s", segment)[-1]
    words = _WORD.findall(segment)
    verb = next((i for i, w in enumerate(words) if w.lower() in CHANGE_VERBS), None)
    if verb is None:
        return None
    subject = _noun_phrase(words[:verb])
    obj = [w for w in words[verb + 1 :] if w.lower() not in {"to", "by", "at", "of"}]
    proper = _proper(words[:verb])
    if (
        obj
        and obj[0].islower()
        and obj[0].lower() not in LEADING | CHANGE_VERBS
        and (subject is None or proper)
    ):
        return _noun_phrase(obj[:2])  # 'Industrial Sensing grew revenue 19 per cent'
    if subject is None or proper:
        return None
    return subject


def _proper(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in LEADING]
    return bool(content) and all(w[:1].isupper() for w in content) and len(content) > 1


def _noun_phrase(words: list[str], *, from_end: bool = False) -> str | None:
    """The last (or first) run of words that can name a measure."""
    lowered = [w.lower().strip("'’") for w in words]
    if from_end:
        cut = max((i + 1 for i, w in enumerate(lowered) if w in LEADING | CHANGE_VERBS), default=0)
        phrase = lowered[cut:][-MEASURE_WORDS:]
    else:
        while lowered and lowered[0] in LEADING:
            lowered = lowered[1:]
        end = next((i for i, w in enumerate(lowered) if w in BREAKS), len(lowered))
        phrase = lowered[:end][:MEASURE_WORDS]
    phrase = [w for w in phrase if not any(c.isdigit() for c in w)]
    if not from_end:
        cut = next((i for i, w in enumerate(phrase) if i and w.endswith("ed")), len(phrase))
        phrase = phrase[:cut]  # 'orders received in the quarter': orders
    if not phrase or not _noun(phrase[-1]):
        return None
    return " ".join(phrase)


def _noun(word: str) -> bool:
    """Whether a word can end a measure's name: no verb, filler or adverb."""
    return (
        word not in LEADING
        and word not in CHANGE_VERBS
        and not word.endswith(("ed", "ly", "-old"))
        and word not in {"said", "deal", "vote", "year", "years", "earlier", "later"}
    )


def measures_of(clause: str, figures: Iterable[tuple[int, str]]) -> list[str | None]:
    """`measure_of` for each figure (its start and kind) of a clause; one the clause compares
    with the figure before ('rose to €163m from €131m') measures the same."""
    out: list[str | None] = []
    last: dict[str, str] = {}
    for start, kind in figures:
        named = measure_of(clause, start)
        if named is None:
            gap = clause[:start].rstrip()
            if re.search(r"\b(?:from|with|to|and|or|than|versus|against)$", gap) or gap.endswith(
                ("earlier", "before", "(")
            ):  # '$35,000 (£24,000)': the same sum in another currency
                named = last.get(kind)
        elif kind in last and re.search(r"\b(?:from|compared with)\s*$", clause[:start]):
            named = last[kind]
        if named is not None:
            last[kind] = named
        out.append(named)
    return out


def direction_gaps(text: str) -> list[str]:
    """What a fact stating only a rise cannot answer ('why did it fall?'), and the reverse."""
    words = {w.lower() for w in _WORD.findall(text)}
    up, down = bool(words & UP), bool(words & DOWN)
    if up and not down:
        return [w for w in DOWN_ASKED if w not in words]
    if down and not up:
        return [w for w in UP_ASKED if w not in words]
    return []


def period_gaps(text: str) -> list[str]:
    """Periods of a kind the text counts ('the third quarter') that it never gives: 'second
    quarter' is a near miss of every fact, not a question any of them answers."""
    lowered = text.lower()
    out = []
    for noun in PERIOD_NOUNS:
        used = {o for o in ORDINALS if re.search(rf"\b{o}[\s-]+{noun}\b", lowered)}
        if used:
            out += [f"{o} {noun}" for o in ORDINALS if o not in used]
    return out


def measure_gaps(own: str, measures: Iterable[str]) -> list[str]:
    """The text's measures (their head word) a fact stating no figure does not mention."""
    words = {w.lower() for w in _WORD.findall(own)}
    heads = dict.fromkeys(m.split()[-1] for m in measures if m)
    return [h for h in heads if h not in words and h.rstrip("s") not in words and len(h) > 3]
