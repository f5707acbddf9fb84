"""The odd one out: 'who was not at the talks: A, B, C or D?' lists options and asks for the
one a fact leaves out, which a fact that names all the others answers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.engine.understand import NEGATED_AUXILIARIES
from bot.language.text import tokenize

NOT_WORDS: Final = frozenset({"not", "never", "missing", "absent", "odd", *NEGATED_AUXILIARIES})
"""Words that ask for what is left out: 'which was not …', 'who was missing', 'the odd one out'."""
LEAD: Final = re.compile(r"\s*(?::|—|–|\s-\s)\s*")
"""Where a list of options is set after the question: 'who was missing: A, B or C?'."""
WHICH_OF: Final = re.compile(
    r"\b(which|who)\s+of\s+(?!these\b|those\b|them\b|the following\b)(.+?)\s+"
    r"(did|was|were|is|are|has|had|does|do|could|would)\b",
    re.IGNORECASE,
)
"""Options set inside the question: 'which of A, B and C did not …'."""
SEPARATORS: Final = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+", re.IGNORECASE)
ARTICLE: Final = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
MIN_OPTIONS: Final = 3
"""A list of two is an either-or, read elsewhere; the odd one out needs three or more."""
MAX_OPTION_WORDS: Final = 4
"""An option is a name or a short phrase; longer, the list is a clause."""


@dataclass(frozen=True)
class Options:
    """The question without its list, and the options as written."""

    question: str
    options: tuple[str, ...]


def odd_one_out(text: str) -> Options | None:
    """The options of a negated question that asks which of them is left out, if it is one."""
    if NOT_WORDS.isdisjoint(tokenize(text)):
        return None
    found = _after_the_question(text) or _inside_the_question(text)
    if found is None or len(found.options) < MIN_OPTIONS:
        return None
    if NOT_WORDS.isdisjoint(tokenize(found.question)):
        return None  # the negation stood in an option ('not guilty'), not in the question
    return found


def _after_the_question(text: str) -> Options | None:
    parts = LEAD.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    question, listed = parts
    options = _split(listed)
    return Options(question.strip() + "?", options) if options else None


def _inside_the_question(text: str) -> Options | None:
    match = WHICH_OF.search(text)
    if match is None:
        return None
    options = _split(match.group(2))
    question = text[: match.start()] + f"{match.group(1)} {match.group(3)}" + text[match.end() :]
    return Options(question.strip(), options) if options else None


def _split(listed: str) -> tuple[str, ...]:
    listed = listed.strip().rstrip("?!. ")
    if "," not in listed and not re.search(r"\s(?:or|and)\s", listed, re.IGNORECASE):
        return ()
    options = [ARTICLE.sub("", part.strip()) for part in SEPARATORS.split(listed)]
    options = [o for o in options if o]
    if any(len(tokenize(o)) > MAX_OPTION_WORDS for o in options):
        return ()  # a clause, not a list of names
    return tuple(options)
