"""`ask --jsonl`: one JSON line out per line in, flushed, nothing else on standard output."""

from __future__ import annotations

import logging
import sys
from typing import BinaryIO, TextIO

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.render.contract import contract_line

log = logging.getLogger(__name__)
BROWSE_HINT = "Browse everything I know with `/facts`."
"""The reply as the bot posts it on Discord, where `/facts` lists what it knows."""


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


def serve_jsonl(engine: Engine, stdin: BinaryIO, stdout: TextIO) -> int:
    for raw in stdin:
        question = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        stdout.write(contract_line(answer_safely(engine, question), BROWSE_HINT) + "\n")
        stdout.flush()
    return 0


def main(engine: Engine) -> int:
    return serve_jsonl(engine, sys.stdin.buffer, sys.stdout)
