"""The interactive terminal chat: the same engine and answers as Discord, on a prompt."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from bot.engine.conversation import ConversationStore
from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.render.inert import inert
from bot.store import DOWN, UP
from bot.terminal.feedback import Feedback, FeedbackError, NoFeedback
from bot.terminal.plain import answer_safely, for_terminal

WELCOME = (
    "factbot — ask a question about the knowledge base in your own words.\n"
    "Commands: help, facts, fact <id>, sources, convert <value> <unit> to <unit>, "
    "feedback up/down, quit.\n"
    "No DISCORD_TOKEN is set, so this is the terminal chat; set DISCORD_TOKEN "
    "(in the environment or .env) and run again to connect to Discord."
)
HELP = (
    'Ask anything in your own words, e.g. "{example}" or "convert 10 tonnes to pounds".\n'
    "  facts             list every fact\n"
    "  fact <id>         show one fact by id or name\n"
    "  sources           the documents the facts come from\n"
    "  convert 5 kg to lb  a unit conversion\n"
    "  feedback up       rate my last answer helpful (also: 👍, good)\n"
    "  feedback down     rate my last answer wrong or unhelpful, so curators see it\n"
    "                    in `python -m bot kb gaps` (also: 👎, bad)\n"
    "  quit              leave (Ctrl-D works too)"
)
VOTE_WORDS = {
    "up": UP, "down": DOWN, "+1": UP, "-1": DOWN, "👍": UP, "👎": DOWN, "good": UP, "bad": DOWN,
}  # fmt: skip
"""`feedback <word>`: a vote on the last answer."""
BARE_VOTES = frozenset({"👍", "👎", "good", "bad"})
"""These alone on a line vote too, as people would type them after an answer."""
NOTHING_TO_RATE = "Ask a question first; then `feedback up` or `feedback down` rates my answer."
FEEDBACK_USAGE = "Rate my last answer with `feedback up` or `feedback down` (or 👍 / 👎)."
SESSION = "terminal"
"""The conversation key: a terminal chat is one asker in one place."""
_CONVERT = re.compile(r"^convert\s+(-?[\d.,]+)\s*(.+?)\s+(?:to|in|into)\s+(.+)$", re.I)


def feedback_off(reason: str) -> str:
    """The one notice that votes are not being kept, and why; answers carry on regardless."""
    return f"Feedback is off: {reason}. Answers work as usual."


@dataclass(frozen=True)
class LastAnswer:
    """The answer a vote would rate; `question_id` is None when it was not recorded."""

    question: str
    answered: bool
    question_id: int | None


class Chat:
    """A read–answer loop; commands are words people would type, not flags."""

    def __init__(
        self,
        engine: Engine,
        out: TextIO = sys.stdout,
        feedback: Feedback | None = None,
        conversations: ConversationStore | None = None,
    ) -> None:
        self.engine = engine
        self.out = out
        self.feedback: Feedback = feedback or NoFeedback()
        self.dialogue = Dialogue(conversations)
        """One session, one conversation: follow-ups read in the light of the last answers."""
        self.last: LastAnswer | None = None
        self.commands: dict[str, Callable[[str], str]] = {
            "help": lambda _: HELP.replace("{example}", engine.example_question),
            "facts": lambda _: self.facts(),
            "fact": self.fact,
            "sources": lambda _: self.sources(),
            "feedback": self.rate,
        }

    def say(self, text: str) -> None:
        self.out.write(inert(text, markdown=False) + "\n\n")
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
        if text.lower() in BARE_VOTES:
            return self.rate(text)
        match = _CONVERT.match(text)
        if match:
            return self._convert(match)
        return self.answer(text)

    def answer(self, question: str) -> str:
        """Answer, and record the question for curators when feedback is on."""
        answer = answer_safely(
            self.engine, question, lambda q: self.dialogue.ask(self.engine, SESSION, q)
        )
        reply = for_terminal(answer)
        try:
            question_id = self.feedback.record(self.engine, answer)
        except FeedbackError as exc:
            self.feedback = NoFeedback(str(exc))
            question_id = None
            reply += f"\n\n({feedback_off(str(exc))})"
        self.last = LastAnswer(answer.question, answer.answered, question_id)
        return reply

    def rate(self, word: str) -> str:
        """Vote on the last answer: 👍 for helpful, 👎 so curators see it among the gaps."""
        words = word.split()
        vote = VOTE_WORDS.get(words[0].lower()) if words else None
        if vote is None:
            return FEEDBACK_USAGE
        reason = self.feedback.reason_off
        if reason is not None:
            return feedback_off(reason)
        last = self.last
        if last is None:
            return NOTHING_TO_RATE
        if not last.answered and last.question_id is not None:
            return "I declined that one, so curators already see it in `kb gaps`."
        if last.question_id is None:
            return "Only answers from the knowledge base can be rated. " + NOTHING_TO_RATE
        try:
            tally = self.feedback.vote(last.question_id, vote)
        except FeedbackError as exc:
            return f"Could not record that: {exc}."
        mark = "👍" if vote == UP else "👎"
        seen = " Curators see it with `python -m bot kb gaps`." if vote == DOWN else ""
        return (
            f"Thanks — your {mark} on “{last.question}” is recorded (you can change it; "
            f"so far 👍 {tally.up} · 👎 {tally.down}).{seen}"
        )

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
        if self.feedback.reason_off is not None:
            self.say(f"({feedback_off(self.feedback.reason_off)})")
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
