"""`ask --jsonl`: one JSON line out per line in, flushed, nothing else on standard output."""

from __future__ import annotations

import json
import sys
from typing import BinaryIO, TextIO

from bot.engine.answer import Answer
from bot.engine.conversation import ConversationStore
from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.render.contract import contract_line
from bot.terminal.lines import TooLong, bounded_lines
from bot.terminal.plain import answer_safely

BROWSE_HINT = "Browse everything I know with `/facts`."
"""The reply as the bot posts it on Discord, where `/facts` lists what it knows."""
LINE_LIMIT = 64 * 1024
"""Bytes of one input line read at most; a longer line is declined in constant memory."""
FORMAT_HELP = (
    "I can't read that line: send a question as plain text, or a JSON object such as "
    '{"question": "and the year before?", "conversation": "d1"} whose "question" is a string.'
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


def answer_line(engine: Engine, dialogue: Dialogue, line: str) -> Answer:
    """A plain line is a question with no context; a JSON object is a question, in the
    context of its `conversation` when it names one."""
    alone = lambda q: dialogue.ask_alone(engine, q)  # noqa: E731
    if not line.lstrip().startswith("{"):
        return answer_safely(engine, line, alone)
    try:
        item = json.loads(line)
    except ValueError:
        return answer_safely(engine, line, alone)
    if not isinstance(item, dict):
        return answer_safely(engine, line, alone)
    question = item.get("question")
    if not isinstance(question, str):
        return Answer(question=line, kind="error", answered=False, headline=FORMAT_HELP)
    conversation = item.get("conversation")
    if conversation is None or isinstance(conversation, (dict, list)):
        return answer_safely(engine, question, alone)
    key = ("jsonl", json.dumps(conversation))
    return answer_safely(engine, question, lambda q: dialogue.ask(engine, key, q))


def serve_jsonl(
    engine: Engine,
    stdin: BinaryIO,
    stdout: TextIO,
    conversations: ConversationStore | None = None,
) -> int:
    dialogue = Dialogue(conversations)
    for raw in bounded_lines(stdin, LINE_LIMIT):
        if isinstance(raw, TooLong):
            answer = too_long(raw)
        else:
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            answer = answer_line(engine, dialogue, line)
        stdout.write(contract_line(answer, BROWSE_HINT) + "\n")
        stdout.flush()
    return 0


def main(engine: Engine, conversations: ConversationStore | None = None) -> int:
    return serve_jsonl(engine, sys.stdin.buffer, sys.stdout, conversations)
