"""`ask --jsonl`: one JSON line out per line in, flushed, nothing else on standard output."""

from __future__ import annotations

import logging
import sys
from typing import BinaryIO, TextIO

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.render.contract import contract_line
from bot.terminal.lines import TooLong, bounded_lines

log = logging.getLogger(__name__)
BROWSE_HINT = "Browse everything I know with `/facts`."
"""The reply as the bot posts it on Discord, where `/facts` lists what it knows."""
LINE_LIMIT = 64 * 1024
"""Bytes of one input line read at most; a longer line is declined in constant memory."""


def answer_safely(engine: Engine, question: str) -> Answer:
    """One bad question must never end the stream: it gets an error answer instead."""
    try:
        return engine.ask(question)
    except Exception:
        log.exception("failed to answer %r", question[:200])
        return Answer(
            question=question,
            kind="error",
            answered=False,
            headline="Something went wrong answering that; it has been logged.",
        )


def too_long(line: TooLong) -> Answer:
    """A line over the cap is declined, unread: its beginning is echoed as the question."""
    head = line.head.decode("utf-8", errors="replace")
    return Answer(
        question=head + "…",
        kind="decline",
        answered=False,
        headline=(
            f"That line is too long to read ({line.size:,} bytes; at most {LINE_LIMIT:,}). "
            "Ask one question in fewer words."
        ),
    )


def serve_jsonl(engine: Engine, stdin: BinaryIO, stdout: TextIO) -> int:
    for raw in bounded_lines(stdin, LINE_LIMIT):
        if isinstance(raw, TooLong):
            answer = too_long(raw)
        else:
            question = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            answer = answer_safely(engine, question)
        stdout.write(contract_line(answer, BROWSE_HINT) + "\n")
        stdout.flush()
    return 0


def main(engine: Engine) -> int:
    return serve_jsonl(engine, sys.stdin.buffer, sys.stdout)
