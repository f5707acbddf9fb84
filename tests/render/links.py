"""What Discord would make clickable or special in a text: the model the inert tests check."""

from __future__ import annotations

import re
import unicodedata

ESCAPED = "\x00"
"""Stands for a backslash-escaped mark: Discord shows it as a plain character."""

_MASKED = re.compile(r"\[[^\]]*\]\(\s*<?\s*[a-z][a-z0-9+.-]*:[^)\s]*", re.IGNORECASE)
_AUTOLINK = re.compile(r"[a-z][a-z0-9+.-]*://[^\s<]*", re.IGNORECASE)
_ANGLE = re.compile(r"<[a-z][a-z0-9+.-]*:[^\s>]*", re.IGNORECASE)
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#|/|t:|a?:)", re.IGNORECASE)
_BLOCK = re.compile(r"^[ \t]*(#{1,3} |-# |> |>>> |[-*+] |\d+\. )", re.MULTILINE)


def unescaped(text: str) -> str:
    """The text as Discord's parser sees its syntax: `\\x` (x ASCII punctuation) is inert."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and _ascii_punct(text[i + 1]):
            out.append(ESCAPED)
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _ascii_punct(char: str) -> bool:
    return char.isascii() and not char.isalnum() and not char.isspace()


def clickable_links(text: str) -> list[str]:
    """Masked links, auto-linked URLs and <url> links Discord would render in `text`."""
    seen = unescaped(text)
    return [m.group(0) for pattern in (_MASKED, _AUTOLINK, _ANGLE) for m in pattern.finditer(seen)]


def live_syntax(text: str) -> list[str]:
    """Everything besides links that would not show as typed: mentions, block markup, and
    invisible or control characters (the zero-width space `inert` itself adds is allowed)."""
    seen = unescaped(text)
    found = [m.group(0) for pattern in (_MENTION, _BLOCK) for m in pattern.finditer(seen)]
    found += [
        f"U+{ord(char):04X}"
        for char in text
        if char not in "\n\t\u200b"
        and unicodedata.category(char) in {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}
    ]
    return found
