"""The one way user text is made inert before any front end shows it.

Text a user typed (a question, a fact name, a unit, a stored gap) may carry markdown meant
to speak in the bot's voice (masked links, headings, lists, block quotes), mentions, invisible
or direction-changing characters, and terminal control sequences (ESC, OSC, C1 controls).
`inert` neutralises all of them:

- every character that is neither printable nor a line break is dropped: C0 and C1 controls
  (ESC, CSI, OSC's BEL), format characters (zero-width, bidi overrides, tag characters),
  line and paragraph separators (U+2028/2029, U+0085 NEL), and the blank look-alikes
  (Hangul fillers, braille blank);
- with `markdown=True` (Discord, and any renderer of markdown) every markdown-significant
  ASCII punctuation mark is backslash-escaped, everywhere, not only the first occurrence;
  `://` is broken so no bare URL is auto-linked; every `@` is defused with a zero-width space
  so no mention syntax survives.

`markdown=False` is for plain terminals (`kb gaps`, `kb stats`, the chat): only the
character-level part applies, so a curator sees the text as typed, minus anything that could
drive the terminal.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

ZERO_WIDTH_SPACE: Final = "\u200b"
"""Inserted by `inert` itself (after `@`, inside `://`); user-supplied ones are dropped first."""

INLINE_MARKS: Final = frozenset("\\*_~`|[]()<>")
"""ASCII marks with a meaning anywhere in a line (emphasis, code, spoilers, links, mentions,
`<url>`); Discord accepts a backslash before any ASCII punctuation."""
_LINE_START: Final = re.compile(r"^([ \t]*)(#|-|\+|(?:\d+)\.)", re.MULTILINE)
"""Headings, subtext (`-#`), list bullets and numbered items, only meaningful at a line start
(block quotes start with `>`, which is escaped everywhere)."""
_BLANK_LOOKALIKES: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_DROPPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
_KEPT_CONTROLS: Final = frozenset("\n\t")


def _visible(char: str) -> bool:
    if char in _KEPT_CONTROLS:
        return True
    if char in _BLANK_LOOKALIKES:
        return False
    return unicodedata.category(char) not in _DROPPED_CATEGORIES


def strip_invisible(text: str) -> str:
    """Drop controls, format and separator characters (keeping newline and tab)."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(char for char in text if _visible(char))


def inert(text: str, *, markdown: bool = True, one_line: bool = False) -> str:
    """User text made safe to show: see the module docstring for what each mode removes.

    `one_line` also collapses every run of whitespace (line breaks included) to one space,
    for echoing a question back on one line."""
    shown = strip_invisible(text)
    if one_line:
        shown = " ".join(shown.split())
    if not markdown:
        return shown
    escaped = "".join("\\" + char if char in INLINE_MARKS else char for char in shown)
    escaped = _LINE_START.sub(_escape_line_start, escaped)
    escaped = escaped.replace("://", ":" + ZERO_WIDTH_SPACE + "//")
    return escaped.replace("@", "@" + ZERO_WIDTH_SPACE)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match.group(1), match.group(2)
    if mark[-1] == ".":
        return f"{indent}{mark[:-1]}\\."
    return f"{indent}\\{mark}"
