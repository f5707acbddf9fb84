"""Cutting a source text into sentences, each an exact span of it, so drafts quote verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

MIN_WORDS: Final = 3
"""Shorter pieces ("Rules:", "See below.") carry no fact worth a draft."""
HEADING_MAX_WORDS: Final = 12
"""A short line standing alone without a full stop is a heading, not a sentence."""

ABBREVIATIONS: Final = frozenset({
    "mr", "mrs", "ms", "dr", "st", "prof", "sr", "jr", "vs", "etc", "eg", "ie", "no", "nos",
    "approx", "dept", "est", "fig", "inc", "ltd", "co", "mt", "ave", "rd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e",
    "u.s", "u.k", "u.n",
})  # fmt: skip
"""Words whose full stop does not end a sentence (compared lower-case, without the stop)."""

_BLOCK_BREAK: Final = re.compile(r"\r?\n[ \t]*\r?\n")
_BULLET: Final = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+")
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])")
_WORD_BEFORE: Final = re.compile(r"([\w.]+)[.!?]*$")
_TERMINAL: Final = re.compile(r"[.!?:;][\"'”’)\]]*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence as it stands in the source; `start` and `end` index the source text."""

    text: str
    start: int
    end: int

    @property
    def one_line(self) -> str:
        """The sentence with its line breaks and runs of spaces as single spaces."""
        return " ".join(self.text.split())


def sentences(text: str) -> list[Sentence]:
    """Every sentence of a text in order; headings and fragments are left out."""
    found: list[Sentence] = []
    for start, end in _blocks(text):
        if start == _first_text(text):
            start = _after_headline(text, start, end)
        block = text[start:end]
        if _is_heading(block):
            continue
        for piece_start, piece_end in _pieces(block):
            found += _split_sentences(text, start + piece_start, start + piece_end)
    return [s for s in found if len(s.text.split()) >= MIN_WORDS]


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, separated by blank lines."""
    spans, position = [], 0
    for match in _BLOCK_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _first_text(text: str) -> int:
    return len(text) - len(text.lstrip())


def _after_headline(text: str, start: int, end: int) -> int:
    """Where the text's first paragraph begins when a headline stands on the line above it
    without a blank line between ('NYC Marathon VIDEO: Highlights …' then 'Kenyan runner …')."""
    first, newline, rest = text[start:end].partition("\n")
    if newline and rest.strip()[:1].isupper() and _is_heading(first):
        return start + len(first) + 1
    return start


def _is_heading(block: str) -> bool:
    lines = block.strip().splitlines()
    return (
        len(lines) == 1
        and not _TERMINAL.search(lines[0].strip())
        and not _BULLET.match(lines[0])
        and len(lines[0].split()) <= HEADING_MAX_WORDS
    )


def _pieces(block: str) -> list[tuple[int, int]]:
    """A list is one piece per item, without its bullet; running text is one piece."""
    lines = block.splitlines(keepends=True)
    if not any(_BULLET.match(line) for line in lines):
        return [(0, len(block))]
    pieces, offset = [], 0
    for line in lines:
        bullet = _BULLET.match(line)
        skip = bullet.end() if bullet else 0
        if line[skip:].strip():
            pieces.append((offset + skip, offset + len(line)))
        offset += len(line)
    return pieces


def _split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentence spans in text[start:end], not cutting after abbreviations or initials."""
    out: list[Sentence] = []
    piece = text[start:end]
    position = 0
    for match in _SENTENCE_END.finditer(piece):
        if _ends_in_abbreviation(piece[position : match.start() + 1]):
            continue
        out.append(_trimmed(text, start + position, start + match.end()))
        position = match.end()
    out.append(_trimmed(text, start + position, end))
    return [s for s in out if s.text]


def _ends_in_abbreviation(candidate: str) -> bool:
    """'Dr.', 'e.g.', 'J.' (an initial): a full stop that does not end the sentence."""
    if not candidate.endswith("."):
        return False
    match = _WORD_BEFORE.search(candidate)
    if match is None:
        return False
    word = match.group(1).rstrip(".").lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _trimmed(text: str, start: int, end: int) -> Sentence:
    """The span without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text[start:end], start, end)
