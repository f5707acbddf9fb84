"""The interactive terminal chat: the same engine and answers as Discord, on a prompt."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable
from typing import TextIO

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from bot.terminal.jsonl import answer_safely

BROWSE_HINT = "Type `facts` to browse everything I know."
WELCOME = (
    "factbot — ask a question about the knowledge base in your own words.\n"
    "Commands: help, facts, fact <id>, sources, convert <value> <unit> to <unit>, quit.\n"
    "No DISCORD_TOKEN is set, so this is the terminal chat; set DISCORD_TOKEN "
    "(in the environment or .env) and run again to connect to Discord."
)
HELP = (
    'Ask anything in your own words, e.g. "How much cocaine did Belgium seize?" or '
    '"convert 10 tonnes to pounds".\n'
    "  facts             list every fact\n"
    "  fact <id>         show one fact by id or name\n"
    "  sources           the documents the facts come from\n"
    "  convert 5 kg to lb  a unit conversion\n"
    "  quit              leave (Ctrl-D works too)"
)
_CONVERT = re.compile(r"^convert\s+(-?[\d.,]+)\s*(.+?)\s+(?:to|in|into)\s+(.+)$", re.I)


def for_terminal(answer: Answer) -> str:
    """Markdown as plain terminal text: bold markers and code ticks dropped."""
    return render_markdown(answer, BROWSE_HINT).replace("**", "").replace("`", "")


class Chat:
    """A read–answer loop; commands are words people would type, not flags."""

    def __init__(self, engine: Engine, out: TextIO = sys.stdout) -> None:
        self.engine = engine
        self.out = out
        self.commands: dict[str, Callable[[str], str]] = {
            "help": lambda _: HELP,
            "facts": lambda _: self.facts(),
            "fact": self.fact,
            "sources": lambda _: self.sources(),
        }

    def say(self, text: str) -> None:
        self.out.write(text + "\n\n")
        self.out.flush()

    def facts(self) -> str:
        return "\n".join(f"{f.id:<40} {f.topic}" for f in self.engine.browse())

    def fact(self, name: str) -> str:
        answer = self.engine.lookup(name) if name else None
        if answer is None:
            return f"No fact called {name!r}. Type `facts` to list them."
        return for_terminal(answer)

    def sources(self) -> str:
        lines = []
        for pack in self.engine.kb.packs:
            for source in pack.manifest.sources:
                lines.append(
                    f"{source.title} — {source.publisher}"
                    + (f", {source.dateline}" if source.dateline else "")
                    + f" [pack {pack.name}]"
                )
        return "\n".join(lines)

    def handle(self, line: str) -> str | None:
        """The reply to one line, or None to quit."""
        text = line.strip()
        word, _, rest = text.partition(" ")
        if word.lower() in {"quit", "exit", "bye", ":q"} and not rest:
            return None
        if word.lower() in self.commands:
            return self.commands[word.lower()](rest.strip())
        match = _CONVERT.match(text)
        if match:
            return self._convert(match)
        return for_terminal(answer_safely(self.engine, text))

    def _convert(self, match: re.Match[str]) -> str:
        try:
            value = float(match.group(1).replace(",", ""))
            return for_terminal(self.engine.convert(value, match.group(2), match.group(3)))
        except (ValueError, OverflowError):
            return f"I can't convert {match.group(0)!r}: check the number and the units."

    def run(self, read: Callable[[str], str] = input) -> int:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history for input())
        self.say(WELCOME)
        while True:
            try:
                line = read("you> ")
            except (EOFError, KeyboardInterrupt):
                self.out.write("\n")
                return 0
            if not line.strip():
                continue
            reply = self.handle(line)
            if reply is None:
                return 0
            self.say(reply)
