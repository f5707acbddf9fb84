"""Names a question gives that the packs never use: a question about something else.

'How many managers from Toyota were charged?' of a text on Mitsubishi names a company the
text does not: however well the rest of the question matches a fact, that fact is not its
answer. Such a name is no word of the packs and is written with a capital inside a
sentence ('according to NPD figures'). Without capitals to go by, a name cannot be told
from a rare word or a typo ('characterise', 'bestseler' are as rare in word lists as
'sapporo'), so a message in lower case or in capitals only is read on as it is."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from bot.language.text import tokenize

MIN_NAME = 3
SHOUTED_SHARE = 0.6
"""A message mostly in capitals ('WHAT DID X SAY') says nothing by its capitals."""
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;\n\"“”()—–-]\s*|\s[-–—]\s)$")
_CAPITALISED_RUN: Final = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_POSSESSIVE: Final = re.compile(r"['’]s?$")


def capitalised_runs(text: str) -> list[list[tuple[str, bool]]]:
    """Runs of words written with a capital ('Greg Ioannidis'), each word with whether a
    sentence starts at it (and so says nothing by its capital); none in a shouted message."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) >= SHOUTED_SHARE:
        return []
    runs = []
    for match in _CAPITALISED_RUN.finditer(text):
        opening = bool(_SENTENCE_START.search(text[: match.start()]))
        words = match.group().split()
        runs.append([(w, opening and i == 0) for i, w in enumerate(words)])
    return runs


def strangers(
    text: str,
    tokens: Iterable[str],
    known: Callable[[str], bool],
    ordinary: Callable[[str], bool],
) -> tuple[str, ...]:
    """The question's names that `known` (the packs' words, the language layer's phrases)
    does not hold, whole as the asker wrote them ('the Maritime Agency'). A known name put
    another way is none: beside a word of the packs no word list holds ('Greg Ioannidis' of
    'Gregory Ioannidis'), or as the owner of a known thing ('Microsoft's Xbox'); beside an
    ordinary word it is ('the Beijing Games' of a text on 'the Athens Games'), as
    `ordinary` tells."""
    asked = set(tokens)
    found: dict[str, None] = {}
    for run in capitalised_runs(text):
        words = [(w, opening, tokenize(w)) for w, opening in run]
        if any(known(t) and not ordinary(t) for _, _, parts in words for t in parts):
            continue
        shown = [(w, o, p) for w, o, p in words if not o]  # the opening word says nothing
        for i, (word, _, parts) in enumerate(shown):
            after = shown[i + 1][2] if i + 1 < len(shown) else []
            owner = bool(_POSSESSIVE.search(word)) and any(known(t) for t in after)
            if not owner and any(_strange(t, asked, known) for t in parts):
                found.setdefault(" ".join(_POSSESSIVE.sub("", w) for w, _, _ in shown))
                break
    return tuple(found)


def _strange(token: str, asked: set[str], known: Callable[[str], bool]) -> bool:
    return token in asked and token.isalpha() and len(token) >= MIN_NAME and not known(token)
