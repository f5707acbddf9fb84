"""Messages that ask in another form than a question: a quoted chat claim ('> A led |
legit?'), a guess its speaker hedges ('I vaguely remember …?'), a question about what the
source tells ('does the article say how many …?'), a quiz card ('… A) 88 B) 118') and a
list of claims to find the false one in ('A, B and C: which is wrong?'). Each is read here
as the question it stands for; the engine answers that."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from bot.engine.understand import AUXILIARIES, QUESTION_WORDS
from bot.language.text import tokenize

FORMS_KEPT: Final = 1024
"""Messages whose reading is kept: splitting a message and answering it read the same forms."""

QUOTED: Final = re.compile(r"^\s*>\s*(?P<quote>[^\n|]+?)\s*(?:\|+|\n+)\s*(?P<reply>[^\n]+?)\s*$")
"""'> what someone said' then a reply: a chat quote (or one written on a line with '|')."""
DOUBTING: Final = frozenset({
    "legit", "true", "real", "right", "correct", "accurate", "cap", "facts", "fr", "really",
    "confirm", "verify",
})  # fmt: skip
"""Words of a reply that asks whether the quote is true ('legit?', 'is that true?')."""
QUOTE_WORDS: Final = 3
"""A quote of fewer words states no claim to check."""
REPLY_WORDS: Final = DOUBTING | frozenset({
    "is", "that", "this", "it", "so", "or", "not", "yes", "no", "lol", "lmao", "bro", "u",
    "you", "can", "someone", "anyone", "pls", "please", "for",
})  # fmt: skip


@lru_cache(maxsize=FORMS_KEPT)
def quoted_claim(text: str) -> str | None:
    """'> A ran the city as mayor | legit?': the quote is the claim the reply asks to check,
    read as one ('is it true that A ran the city as mayor?'); None for any other message."""
    found = QUOTED.match(text)
    if found is None:
        return None
    reply = tokenize(found["reply"])
    if len(tokenize(found["quote"])) < QUOTE_WORDS:
        return None  # '> spain | true?' claims nothing
    if not reply or not set(reply) <= REPLY_WORDS or DOUBTING.isdisjoint(reply):
        return None
    return f"is it true that {found['quote'].rstrip(' ?.!')}?"


HEDGES_BEFORE: Final = (
    r"i(?:'?m| am)?\s+(?:\w+ly\s+|kind of\s+|sort of\s+)?(?:th(?:i)?nk|thought|believe|remember"
    r"|recall|guess|guessing|reckon|suspect|assume|assuming|(?:fairly |pretty |quite )?sure)"
    r"(?:\s+that)?",
    r"if (?:i )?(?:remember|recall)(?: (?:it )?(?:right|rightly|correctly|well))?",
    r"if memory serves(?: me)?(?: (?:right|well))?",
    r"iirc|afaik|from what i (?:remember|recall)|as far as i (?:remember|recall|know)",
    r"(?:unless|if) i'?m not mistaken|unless i'?m mistaken",
    r"correct me if i'?m (?:off|wrong|mistaken)",
    r"i (?:could|might|may) be wrong(?:,)? but|not (?:100% )?sure(?:,)? but",
    r"(?:are|r) (?:you|u|ya) (?:sure|certain|positive)(?: that)?",
)
"""A speaker's hedge before what they believe: 'I vaguely remember …', 'if I remember
right, …', 'correct me if I'm off: …', 'r u sure …'."""
HEDGES_AFTER: Final = (
    r"(?:but )?(?:i'?m )?not (?:100% |totally |entirely )?sure",
    r"or am i (?:misremembering|wrong|mistaken|making (?:that|this|it) up|off)",
    r"(?:if|unless) i'?m (?:not )?(?:mistaken|wrong)|if i remember (?:right|rightly|correctly)",
    r"iirc|i think|i believe",
)
"""A hedge after it: '… in Rotterdam? Not sure.', '…, or am I misremembering?'."""
TAGS_AFTER: Final = (r"is that (?:right|correct|true|accurate)", r"right|correct|yes")
"""A tag after a hedged claim, which the hedge has already made a check."""
HEDGE_OPENING: Final = re.compile(
    r"^\W*(?:(?:so|ok|okay|hmm+|um+|uh+|well)\W+)?(?:" + "|".join(HEDGES_BEFORE) + r")[\s,:;—–-]+",
    re.IGNORECASE,
)
HEDGE_CLOSING: Final = re.compile(
    r"[\s,;:.?!—–-]+(?:(?P<hedge>"
    + "|".join(HEDGES_AFTER)
    + r")|"
    + "|".join(TAGS_AFTER)
    + r")\W*$",
    re.IGNORECASE,
)
HEDGED_WORDS: Final = 2
"""A hedged claim of fewer words states nothing to check ('I think so' has one)."""
NOT_CLAIMS: Final = frozenset({
    "you", "u", "ya", "we", "i", "me", "this", "that", "about", "of", "on", "for", "with",
})  # fmt: skip
"""What a hedged claim may not open on: 'I assume *you* know …', 'are you sure *about* A?'."""


@lru_cache(maxsize=FORMS_KEPT)
def hedged_claim(text: str) -> str | None:
    """What a hedged message asks: the claim a speaker half remembers, as a check ('I
    vaguely remember it found 500 substances?' is 'is it true that it found 500
    substances?'), or their own question without its hedge ('Was 2023 the record, or am I
    misremembering?'); None for a message with no hedge at either end."""
    opening = HEDGE_OPENING.match(text)
    rest = text[opening.end() :] if opening else text
    closing = HEDGE_CLOSING.search(rest)
    if opening is None and (closing is None or closing["hedge"] is None):
        return None  # a bare tag ('…, right?') is the analyser's own reading of a check
    if closing is not None:
        rest = rest[: closing.start()]
    rest = rest.strip(" ,;:.?!—–-")
    tokens = tokenize(rest)
    if len(tokens) < HEDGED_WORDS or tokens[0] in NOT_CLAIMS:
        return None
    if tokens[0] in AUXILIARIES or tokens[0] in QUESTION_WORDS:
        return f"{rest}?"
    if not QUESTION_WORDS.isdisjoint(tokens):
        return None  # 'I think I read about it, how much …': talk before a question
    return f"is it true that {rest}?"


SOURCE_TELLS: Final = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but)\W+)?(?:(?:does|did|do)\s+(?:the\s+)?(?:article|piece|story|report"
    r"|text|source|writer|author|it|they)\s+(?:actually\s+|even\s+|really\s+|ever\s+)?(?:say"
    r"|tell(?:\s+us|\s+me)?|mention|give|name|state|explain|specify|reveal|report|list|note"
    r"|make clear|spell out|show)|is\s+(?:the\s+)?(?:article|piece|story|report|text|source|it)"
    r"\s+clear\s+(?:about|on|as to))\s+(?P<asked>(?:who|whom|what|which|where|when|how|why"
    r"|whether|if)\b.+)$",
    re.IGNORECASE,
)
"""'Does the article say how many …?', 'is the piece clear about which regions …?': a
question about what the source tells, which it answers by telling it."""
WHETHER: Final = frozenset({"whether", "if"})


@lru_cache(maxsize=FORMS_KEPT)
def asked_of_source(text: str) -> tuple[str, bool] | None:
    """The question a message asks whether the source answers, and whether that question is
    itself a yes or no one ('does it say *whether* they disagreed'); None for others."""
    found = SOURCE_TELLS.match(text.strip())
    if found is None:
        return None
    asked = found["asked"].strip().rstrip(" ?.!")
    if " or " in asked.lower():
        return None  # 'does it say it happened, or only that it is expected': a choice
    first, _, rest = asked.partition(" ")
    if first.lower() in WHETHER:
        return f"is it true that {rest}?", True
    return f"{asked}?", False


CHOICE: Final = re.compile(r"(?:^|(?<=\s))\(?(?P<letter>[A-Fa-f])[).:]\s+")
"""Where an offered answer starts: 'A) 88', '(b) Peru', 'c. copper'."""
CHOICE_END: Final = re.compile(r"\s+[—–-]+\s+|\s*[?]\s*$|(?<=[^\W\d_])[.!]\s+(?=[A-Z])")
"""What ends the last choice when a question follows the choices ('D) 419 — which …',
'b) London. Where did …')."""
LETTERS: Final = "abcdef"
VERDICT_WORDS: Final = frozenset({"yes", "no", "true", "false", "maybe", "unsure", "y", "n"})
"""Choices that answer a check, which the check itself answers ('… a) yes b) no')."""


@dataclass(frozen=True)
class Choices:
    """A question asked with the answers to choose from: the question, and each offer."""

    question: str
    offers: tuple[tuple[str, str], ...]
    """Each choice's letter and text, in order."""


@lru_cache(maxsize=FORMS_KEPT)
def choices(text: str) -> Choices | None:
    """The question and the offered answers of a quiz-card message ('… of: A) tin B)
    copper C) zinc', 'A) 88 B) 118 — which is A's?'); None unless the letters run A, B …,
    and for choices that are questions of their own or a yes and a no."""
    marks = list(CHOICE.finditer(text))
    letters = "".join(m["letter"].lower() for m in marks)
    if len(marks) < 2 or not LETTERS.startswith(letters):
        return None
    offers = []
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        offer = text[mark.end() : end]
        if after is None and (ended := CHOICE_END.search(offer)) is not None:
            offer = offer[: ended.start()]
        offers.append((mark["letter"].upper(), offer.strip(" ,;")))
    last = marks[-1].end() + len(offers[-1][1])
    tail = text[last:].strip(" ,;:.—–-")
    question = (text[: marks[0].start()].strip(" ,;:—–-") + " " + tail).strip()
    if not question or any(not offer for _, offer in offers):
        return None
    words = [tokenize(offer) for _, offer in offers]
    if all(set(w) <= VERDICT_WORDS for w in words):
        return None  # 'did A lead? a) yes b) no' is the check it offers answers to
    if any(w and w[0] in QUESTION_WORDS for w in words):
        return None  # 'a) how much did A ship b) how much did B': questions, not choices
    return Choices(question, tuple(offers))


WHICH_WRONG: Final = re.compile(
    r"(?:\b(?:so\s+)?(?:which|what)\s+(?:one\s+|claim\s+|part\s+|of\s+(?:these|them|those|the\s+\w+)"
    r"\s+)?(?:is|are|was|were|'?s)\s+(?:wrong|false|incorrect|untrue|not\s+true|off|the\s+odd\s+one"
    r"\s+out|made\s+up|fake)|\bspot\s+the\s+(?:error|mistake|lie|fake)|\bfind\s+the\s+(?:error"
    r"|mistake)|\bone\s+of\s+these\s+is\s+(?:wrong|false))\W*",
    re.IGNORECASE,
)
"""'Which of these is wrong?', 'spot the error:': a list of claims, one of them false."""
CLAIMS_LEAD: Final = re.compile(
    r"^\W*(?:(?:two|three|four|five|\d)\s+(?:claims|facts|statements)|true\s+or\s+false)\s*[:—–-]\s*",
    re.IGNORECASE,
)
CLAIM_BREAK: Final = re.compile(r"\s*;\s*|\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=\S)")
CLAIM_WORDS: Final = 2
"""A piece of fewer words is part of one claim's list ('Canada, Australia and Ireland')."""


@lru_cache(maxsize=FORMS_KEPT)
def claims_to_fault(text: str) -> tuple[str, ...] | None:
    """The claims a message lists for the reader to find the false one in ('A 123 tonnes, B
    118, C 69. Which of these is wrong?'), each as it is worded; None for any other message."""
    found = WHICH_WRONG.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" .?!:;—–-")
    rest = CLAIMS_LEAD.sub("", rest).strip(" .?!:;")
    if not rest:
        return None
    offered = choices(rest + "?")
    if offered is not None:
        return tuple(offer for _, offer in offered.offers)  # 'which is wrong: A) … B) …'
    pieces = [p.strip(" .") for p in (rest.split(";") if ";" in rest else CLAIM_BREAK.split(rest))]
    if any(len(tokenize(p)) < CLAIM_WORDS for p in pieces):
        pieces = [rest]  # 'A welcomed ministers from B, C and D'
    return tuple(p for p in pieces if p)


def one_question(text: str) -> bool:
    """Whether a message is one question in another form, however many parts it seems to
    have ('A; B; C — which is wrong?', '… A) 88 B) 118', 'Did A lead, or am I
    misremembering?')."""
    return bool(choices(text) or claims_to_fault(text) or hedged_claim(text) or given_first(text))


GIVEN_FIRST: Final = re.compile(
    r"^\s*(?P<given>[^:=?.\n]{1,60}?)\s*(?:=|[:—–-]\s*(?:that'?s|that is))\s*"
    r"(?P<rest>[^=?.\n]+?)(?:,?\s*(?:right|correct|yes|yeah))?\s*\??\s*$",
    re.IGNORECASE,
)
"""'118 tonnes = the Acme plant?', 'Lyon: that's where the rally was?': the answer given
first, then what it is claimed to answer."""
GIVEN_WORDS: Final = 6


@lru_cache(maxsize=FORMS_KEPT)
def given_first(text: str) -> str | None:
    """The check a message asks when it gives the answer first ('London = the talks?' is 'is it
    true that the talks is London?'); None for any other message."""
    found = GIVEN_FIRST.match(text)
    if found is None:
        return None
    given, rest = found["given"].strip(" ,"), found["rest"].strip(" ,")
    words, said = tokenize(given), tokenize(rest)
    if not words or not said or len(words) > GIVEN_WORDS:
        return None
    if not QUESTION_WORDS.isdisjoint(words) or words[0] in AUXILIARIES:
        return None  # 'what is it: A or B?' asks, it gives nothing
    asked = rest.split(maxsplit=1)
    if said[0] in GIVEN_AS and len(asked) == 2:
        return GIVEN_AS[said[0]].format(given=given, rest=asked[1])  # 'A: that's who hosted'
    if not QUESTION_WORDS.isdisjoint(said):
        return None
    return f"is it true that {rest} is {given}?"


GIVEN_AS: Final = {
    "who": "is it true that {given} {rest}?",
    "when": "is it true that {rest} in {given}?",
    "where": "is it true that {rest} in {given}?",
}
"""'A: that's who hosted the talks' claims that A hosted them; 'when' and 'where' claim a time
or a place."""
