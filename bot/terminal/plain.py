"""An answer as plain terminal text: all that `ask` with one question needs, so it does not
import the chat's store and feedback, nor the follow-up reading of `ask --jsonl`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.engine.answer import Answer
from bot.render.inert import inert
from bot.render.markdown import render_markdown

if TYPE_CHECKING:
    from bot.engine.engine import Engine

log = logging.getLogger(__name__)
BROWSE_HINT = "Type `facts` to browse everything I know."


def answer_safely(
    engine: Engine, question: str, ask: Callable[[str], Answer] | None = None
) -> Answer:
    """One bad question must never end the stream: it gets an error answer instead."""
    try:
        return (ask or engine.ask)(question)
    except Exception:
        log.exception("failed to answer %r", question[:200])
        return Answer(
            question=question,
            kind="error",
            answered=False,
            headline="Something went wrong answering that; it has been logged.",
        )


def for_terminal(answer: Answer) -> str:
    """Markdown as plain terminal text: bold markers and code ticks dropped."""
    text = render_markdown(answer, BROWSE_HINT).replace("**", "").replace("`", "")
    return inert(text, markdown=False)
