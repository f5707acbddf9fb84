"""Messages that ask several things at once ('who is X and what was his job before?'): the
parts are found, answered in turn — a later part read as a follow-up of the earlier ones —
and given back as one Answer that says each, and what the knowledge base does not."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Final, TypeVar

from bot.engine import forms
from bot.engine.answer import Answer
from bot.engine.followup_words import POINTING_BACK
from bot.engine.understand import AUXILIARIES, QUESTION_WORDS, REQUEST_WORDS
from bot.engine.wording import ENGLISH_WORDING, Wording
from bot.language.text import tokenize

MAX_PARTS: Final = 4
"""A message asking more than this many things is read whole: it is no chat question."""
ASKING: Final = frozenset(QUESTION_WORDS | AUXILIARIES | REQUEST_WORDS)
MIN_WORDS: Final = 3
"""A joined piece of fewer words ('tell me') is part of the question, not a question."""
_ASKING_WORD = "|".join(sorted(ASKING, key=len, reverse=True))
SENTENCE_END: Final = re.compile(r"(?<=[?;])\s+")
"""Where one question of a message ends: a question mark or a semicolon."""
JOINED: Final = re.compile(
    rf",?\s+(?:and|also|plus|&|as well as)\s+(?:also\s+)?(?=(?:{_ASKING_WORD})s?\b)|"
    rf",\s+(?=(?:{_ASKING_WORD})s?\b)",
    re.IGNORECASE,
)
"""'… and what …', ', also how …', ', who …': a second question joined to the first."""
PLUS: Final = re.compile(r"\s+[+&]\s+")
"""'which year + which port?': parts written as notes, joined by a plus sign between spaces
('BE+ES' and 'Belgium + Spain' join names, not questions)."""
NOTE_HEAD: Final = re.compile(
    r"^\s*(?P<topic>[^\W\d_][^?:;–—]*?)\s+[-–—]\s+(?P<rest>.+)$", re.DOTALL
)
"""'the mayor - job title + building where she works': a topic, a dash, then notes
of what is asked about it."""
_PREPOSITION = r"(?:in|at|on|to|from|with|for|by|about|during)"
VERSUS: Final = re.compile(
    rf"^(?P<lead>.+?)\s+(?P<a>{_PREPOSITION}\s+.+?)\s+(?:versus|vs\.?|compared (?:with|to)|as "
    rf"opposed to)\s+(?P<b>.+?)\s*\??\s*$",
    re.IGNORECASE,
)
"""'who did A meet in Paris versus in Rome?': the same question of two settings."""
WHILE: Final = re.compile(r"\s*,?\s+(?:while|whereas)\s+", re.IGNORECASE)
"""'was the first about X while the second was about Y?': two claims in one check."""
SUPPOSING: Final = re.compile(
    r"^\s*(?:after|since|given(?: that)?|now that|because|seeing(?: as| that)?|considering"
    r"(?: that)?|following)\s+(?P<premise>[^?]+),\s*(?P<question>[^,]+\?)\s*$",
    re.IGNORECASE,
)
"""'Since A fell in 2023, how big was the drop?': a premise told, then the question."""
PREMISE_CHECK: Final = "is it true that "
"""How a premise is asked: as a claim to check, which the source may contradict."""
SPLIT_LIMIT: Final = 600
"""A longer message is read whole: no chat question is that long, and the splitting
patterns would cost more than the answer."""


class Premise(str):
    """A part `_supposing` made: the premise told before the question, asked as a check."""

    __slots__ = ()


class Standalone(str):
    """A part asked on its own, never as a follow-up of the part before it: the second of
    two claims ('… while B was about Y?'), which says its own subject."""

    __slots__ = ()


ASIDE: Final = re.compile(r"\([^()]*\)")
"""'(flashcard)': a word about the note, not a part of it."""
NOTE_WORDS: Final = 2
"""A note asks something of the topic ('job title'); one word alone is a name in a sum."""
TOPIC_WORDS: Final = 5
"""A topic ahead of notes is a name or a short phrase; longer, the dash is inside a clause."""
SHORT_TAIL: Final = re.compile(r",\s+(?:and|or|also|plus|&)\s+(?=(?:\S+\s+){0,3}\S+\?\s*$)", re.I)
"""', and Spain?' closing a message: the first question asked again of something else."""
TWO_ASKING: Final = re.compile(
    rf"^\s*({_ASKING_WORD})\s*(?:,|and|&|or)\s*({_ASKING_WORD})\b\s+(.+)$", re.IGNORECASE
)
"""'where and when will they meet': one clause asking two things of the same subject."""
SKIPPED: Final = frozenset({"smalltalk", "empty"})
Item = TypeVar("Item")
"""Parts that ask nothing of the knowledge base ('you know what?') are left out."""


PARTS_KEPT: Final = 4096
"""Messages whose parts are kept: every message is split before it is answered, and the same
questions come again and again."""


def parts(text: str) -> list[str]:
    """The questions a message asks, in order; one item when it asks one thing."""
    return list(_parts(text))


@lru_cache(maxsize=PARTS_KEPT)
def _parts(text: str) -> tuple[str, ...]:
    return tuple(_split(text))


def _split(text: str) -> list[str]:
    if len(text) > SPLIT_LIMIT or forms.one_question(text):
        return [text]  # a quiz card, a hedged guess, claims listed to find the false one in
    noted = _notes(text) or _versus(text) or _two_claims(text) or _supposing(text)
    if noted:
        return noted
    pieces = [p for s in SENTENCE_END.split(text.strip()) for p in _split_joined(s) if p]
    asked = [p for p in pieces if _asks(p)]
    if len(asked) < 2 or len(asked) > MAX_PARTS:
        return [text]
    return asked


def _notes(text: str) -> list[str]:
    """'topic - first + second': each note asked of the topic; a note that points back
    ('+ his job?') is asked as it stands, as a follow-up of the note before it."""
    head = NOTE_HEAD.match(text.strip())
    if head is None:
        return []
    topic, rest = head["topic"].strip(), head["rest"].strip()
    if not PLUS.search(rest):
        return []  # 'hey all — how much …? need it for my essay': chatter, then one question
    words = _words(topic)
    if not words or len(words) > TOPIC_WORDS or not ASKING.isdisjoint(words):
        return []
    rest = ASIDE.sub(" ", rest)
    notes = [n.strip(" ?") for part in SENTENCE_END.split(rest) for n in PLUS.split(part)]
    notes = [n for n in notes if _words(n) and not _is_tag(n)]
    if len(notes) < 2 or len(notes) > MAX_PARTS or "=" in text:
        return []  # 'A - B + C = ?' is a sum
    if any(len(_words(n)) < NOTE_WORDS for n in notes):
        return []  # 'europe total - belgium + spain': names in a sum, not notes
    return [
        f"{n}?" if not POINTING_BACK.isdisjoint(_words(n)) and i else f"{topic} {n}?"
        for i, n in enumerate(notes)
    ]


def _supposing(text: str) -> list[str]:
    """'Given that A sold 400, how much was the rest?': the premise checked, then the
    question; the check counts only if the source contradicts the premise (`ask_each`)."""
    found = SUPPOSING.match(text)
    if found is None or not _opens_asking(found["question"]):
        return []
    premise = found["premise"].strip()
    if len(_words(premise)) < MIN_WORDS or not ASKING.isdisjoint(_words(premise)[:1]):
        return []
    return [Premise(f"{PREMISE_CHECK}{premise}?"), found["question"].strip()]


def premise_of(piece: str) -> str | None:
    """The premise a part checks, if it is one `_supposing` made (a user's own 'is it true
    that …?' is a question like any other)."""
    if isinstance(piece, Premise):
        return piece.removeprefix(PREMISE_CHECK).removesuffix("?")
    return None


def standalone(piece: str) -> bool:
    """Whether a part is asked on its own rather than as a follow-up."""
    return isinstance(piece, Premise | Standalone)


def _versus(text: str) -> list[str]:
    """'who did A meet in Paris versus (in) Rome?' as the question of each setting."""
    found = VERSUS.match(text.strip())
    if found is None or not _asks(found["lead"]):
        return []
    lead, first, second = found["lead"], found["a"], found["b"]
    if _opens_asking(second):
        return []  # '… in A versus who did she meet in B?': two questions, read as such
    if not re.match(_PREPOSITION + r"\s", second, re.IGNORECASE):
        if any(c.isdigit() for c in first) != any(c.isdigit() for c in second):
            return []  # 'sold in 2023 versus Acme': the year is no setting Acme stands for
        second = f"{first.split()[0]} {second}"
    return [f"{lead} {first}?", f"{lead} {second}?"]


def _two_claims(text: str) -> list[str]:
    """'was A about X while B was about Y?': each claim checked; the second as a claim."""
    words = _words(text)
    if not words or words[0] not in AUXILIARIES:
        return []
    pieces = WHILE.split(text.strip())
    if len(pieces) != 2 or any(len(_words(p)) < MIN_WORDS for p in pieces):
        return []
    first, second = (p.strip(" ?") for p in pieces)
    return [f"{first}?", Standalone(f"{second}, right?")]


def _opens_asking(piece: str) -> bool:
    """A piece that opens with a question word or an auxiliary: 'which port had most?'."""
    words = _words(piece)
    return bool(words) and words[0] in ASKING


def _is_tag(note: str) -> bool:
    """'y/n', 'yes or no': how to answer, not a part of its own."""
    return set(_words(note)) <= {"y", "n", "yes", "no", "or", "true", "false", "t", "f"}


def _split_joined(sentence: str) -> list[str]:
    plus = [p.strip() for p in PLUS.split(sentence)]
    notes = len(plus) > 1 and all(_words(p) for p in plus)
    if notes and all(_opens_asking(p) or _is_tag(p) for p in plus[1:]):
        kept = [p for p in plus if not _is_tag(p)]
        return [q for p in kept for q in _split_joined(p)]
    both = TWO_ASKING.match(sentence)
    if both:
        first, second, rest = both.groups()
        return [f"{first} {rest}", f"{second} {rest}"]
    pieces = [p.strip() for p in JOINED.split(sentence)]
    if not all(_asks(p) and len(_words(p)) >= MIN_WORDS for p in pieces):
        pieces = [sentence]  # 'tell me, who …' asks one thing
    out: list[str] = []
    for piece in pieces:
        head, *tail = SHORT_TAIL.split(piece)
        out += [head.strip(), *(f"and {t.strip()}" for t in tail)] if _asks(head) else [piece]
    return [p for p in out if p]


def _asks(piece: str) -> bool:
    """A piece reads as a question: a question mark, a question word in it, or an opening
    auxiliary or request ('did …', 'tell me …'); 'this is for my essay' does not."""
    words = _words(piece)
    return (
        piece.rstrip().endswith("?")
        or not QUESTION_WORDS.isdisjoint(words)
        or (bool(words) and words[0] in ASKING)
    )


def _words(piece: str) -> list[str]:
    """The piece's words, a fused 'whats' or 'hows' read as its question word."""
    words = re.findall(r"[^\W\d_]+", piece.casefold())
    return [w[:-1] if w.endswith("s") and w[:-1] in QUESTION_WORDS else w for w in words]


def ask_each(
    text: str,
    pieces: Sequence[str],
    ask: Callable[[str], Answer],
    wording: Wording = ENGLISH_WORDING,
    whole: Callable[[], Answer] | None = None,
) -> Answer | None:
    """Answer each part with `ask` (in order, so later parts may lean on earlier ones) and
    join them; None when fewer than two parts were answered (one beside a premise checked
    is the answer), to read the message whole. A
    part pointing back to one the knowledge base could not answer is not answered either.
    When a part is not answered, or the last points back ('… so how much is that
    together?') and was not worked out on its own, the message read `whole` is taken instead
    if it works out a figure from the facts the parts used: '1000 in 27 years??? so how many
    a year?' asks one thing."""
    answered: list[Answer] = []
    missed: list[tuple[str, Answer]] = []
    repeated = contradicted = borne = False
    for piece in pieces:
        if missed and not POINTING_BACK.isdisjoint(tokenize(piece)):
            missed.append((piece, missed[-1][1]))  # '… Germany, and was it more than X?'
            continue
        answer = ask(piece)
        if answer.kind in SKIPPED:
            continue
        premise = premise_of(piece)
        if premise is not None:
            if answer.verdict != "no":
                if answer.verdict != "yes":
                    return None  # a premise the source says nothing of: the message, whole
                borne = True
                continue  # a premise the source bears out: the question, as asked
            notes = (*answer.notes, wording("note.premise", premise=premise))
            answer = answer.model_copy(update={"notes": notes})
            contradicted = True
        if answer.answered:
            same = [a for a in answered if (a.fact_ids, a.kind) == (answer.fact_ids, answer.kind)]
            if not same or any(a.verdict != answer.verdict for a in same):
                answered.append(answer)  # the same fact may settle two claims differently
            else:
                repeated = True
        elif not contradicted:  # a question resting on a premise the source denies
            missed.append((piece, answer))
    if (contradicted or borne) and len(answered) == 1:
        return answered[0].model_copy(update={"question": text})  # the question, as asked
    if repeated and len(answered) == 1 and not missed and answered[0].verdict is not None:
        return answered[0].model_copy(update={"question": text})  # 'record? + how many years'
    if not answered or (len(answered) < 2 and not missed):
        return None
    last_points_back = not POINTING_BACK.isdisjoint(tokenize(pieces[-1]))
    worked_out = answered[-1].kind == "derived"
    if whole is not None and (missed or (last_points_back and not worked_out)):
        alone = whole()
        used = {fact for answer in answered for fact in answer.fact_ids}
        if alone.answered and alone.kind == "derived" and used <= set(alone.fact_ids):
            return alone
    return joined(text, answered, missed, wording)


def joined(
    text: str,
    answered: list[Answer],
    missed: list[tuple[str, Answer]],
    wording: Wording = ENGLISH_WORDING,
) -> Answer:
    """One Answer giving every answered part, each with its evidence, and noting the parts
    the knowledge base does not answer."""
    first = answered[0]
    rest = [line for a in answered[1:] for line in (_lead(a), a.body) if line]
    notes = [note for a in answered for note in a.notes]
    notes += [
        wording("note.unanswered_part", part=piece.strip(), reason=a.headline)
        for piece, a in missed
    ]
    return first.model_copy(
        update={
            "question": text,
            "body": "\n".join(line for line in (first.body, *rest) if line),
            "fact_ids": _unique(f for a in answered for f in a.fact_ids),
            "confidence": min(a.confidence for a in answered),
            "citations": _unique(c for a in answered for c in a.citations),
            "quantities": _unique(q for a in answered for q in a.quantities),
            "working": _unique(w for a in answered for w in a.working),
            "notes": _unique(notes),
            "corrections": _unique(c for a in answered for c in a.corrections),
            "suggestions": (),
            "read_as": None,
            "verdict": first.verdict if _agree(answered) and not missed else None,
        }
    )


def _agree(answered: list[Answer]) -> bool:
    """Every part checked comes out the same way: one verdict says them all."""
    return len({a.verdict for a in answered}) == 1


def _lead(answer: Answer) -> str:
    """A later part's answer as a line of the reply: its headline, bold like the first's."""
    return f"**{answer.headline}**" if answer.kind == "fact" else answer.headline


def _unique(items: Iterable[Item]) -> tuple[Item, ...]:
    return tuple(dict.fromkeys(items))
