"""Finding the question inside a message: greetings, channel talk, purposes and sign-offs
around it are not what is asked, so they must neither steer the match nor count as unknown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.language.text import tokenize

CLAUSE_BREAK: Final = re.compile(
    r"(?<=[?!])\s*|(?<=[^\W\d_]{2}[.;:])(?<!\b[Rr][Ee]:)\s+|\s+[—–]\s*|\s*[—–]\s+|\s+-{1,2}\s+"
    r"|\n+|\s*\.{3}\s*"
    r"|,?\s+but\s+(?=(?:how|what|who|where|when|which|why|whats)\b)"
    r"|,\s+but\s+(?=(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\s)"
    r"|,\s+(?:(?:so|then|ok|okay|well|like|um+|uh+|anyway)\s+)?"
    r"(?=(?:how|what|who|where|when|which|why|whats)\b)"
)
"""Where one sentence or aside of a chat message ends: ? ! ; : a full stop after a word (not
the colon of 're:', which says what is asked about), a dash standing between words, a line
break, a 'but' or a comma before a question word ('lol random but how much …', 'doing my
homework, what share …', '…, so who …'), a ', but' before an auxiliary ('sorry if this is
obvious, but was he …'). A decimal point, a clock time (3:46) or initials (U.S.) do not
break."""
QUESTION_MARK: Final = "?"
MIN_CLAUSE_TOKENS: Final = 2
MAX_CLAUSES: Final = 6
"""A message of more sentences than this is read whole: it is no chat question."""


@dataclass(frozen=True)
class Clause:
    """A piece of a message, and whether it reads as a question on its own."""

    text: str
    asks: bool


def clauses(text: str, question_words: frozenset[str], openers: frozenset[str]) -> list[Clause]:
    """The message's sentences and asides, each marked when it reads as a question: a
    question mark, a question word, or an opening auxiliary or request ('tell me …')."""
    pieces = [p.strip() for p in CLAUSE_BREAK.split(text) if p and p.strip()]
    if len(pieces) < 2 or len(pieces) > MAX_CLAUSES:
        return []
    out = []
    for piece in pieces:
        tokens = tokenize(piece)
        if len(tokens) < MIN_CLAUSE_TOKENS:
            continue
        asks = (
            piece.endswith(QUESTION_MARK)
            or bool(question_words.intersection(tokens))
            or tokens[0] in openers
        )
        out.append(Clause(piece, asks))
    return out


def readings(text: str, question_words: frozenset[str], openers: frozenset[str]) -> list[str]:
    """Other ways to read a chat message than whole: each question clause alone, then with
    the sentence before it (which may name what 'it' is), last with a sentence before it that
    reads as a question too ('… which was brutal, and one was A and B combined, how …')."""
    found = clauses(text, question_words, openers)
    out: list[str] = []
    after_questions: list[str] = []
    for i, clause in enumerate(found):
        if not clause.asks:
            continue
        out.append(clause.text)
        if i > 0 and not found[i - 1].asks:
            out.append(f"{found[i - 1].text} {clause.text}")
        elif i > 0:
            last = found[i - 1].text.rsplit(", ", 1)[-1]  # its last part, not its own question
            after_questions.append(f"{last} {clause.text}")
    return out + after_questions  # 'one round was A and B combined, how much did they …'


SENTENCE_END: Final = re.compile(r"(?<=[^\W\d_]{2}[.!])\s+|(?<=\d[.!])\s+(?=[A-Z])")
"""A full stop or exclamation after a word or a figure, then space: one statement ends."""


def after_statements(text: str) -> str | None:
    """The question that ends a message of whole statements ('Chile mined 5 tonnes. Peru
    3. What is Chile's in kilograms?'), or None when the message is not of that shape."""
    pieces = [p.strip() for p in SENTENCE_END.split(text.strip()) if p.strip()]
    if not 2 <= len(pieces) <= MAX_CLAUSES or not pieces[-1].endswith(QUESTION_MARK):
        return None
    if any(QUESTION_MARK in p for p in pieces[:-1]):
        return None
    return pieces[-1]
