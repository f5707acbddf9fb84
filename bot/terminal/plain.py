"""An answer as plain terminal text: all that `ask` with one question needs, so it does not
import the chat's store and feedback."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.render.inert import inert
from bot.render.markdown import render_markdown

BROWSE_HINT = "Type `facts` to browse everything I know."


def for_terminal(answer: Answer) -> str:
    """Markdown as plain terminal text: bold markers and code ticks dropped."""
    text = render_markdown(answer, BROWSE_HINT).replace("**", "").replace("`", "")
    return inert(text, markdown=False)
