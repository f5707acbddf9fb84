"""Terminal feedback: the chat's questions and votes go to the curator's store, synchronously.

The chat is a plain read–answer loop; the store is asynchronous (aiosqlite). Each store call
runs to completion on a private event loop (an `asyncio.Runner`) that lives as long as the
chat. So a question is written before the next prompt appears, a vote always finds the
question it rates, and there is no thread of ours to coordinate: aiosqlite's own worker
thread does the disk work while the loop waits the few milliseconds it takes.

When the store cannot be opened, or fails later, the chat carries on with `NoFeedback`,
which records nothing and says why.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.store import TERMINAL, QuestionStore, UnknownQuestionError, VoteTally, shown_location
from bot.store.recording import recordable, store_record

log = logging.getLogger(__name__)

VOTER: Final = "terminal"
"""The one person at this keyboard; the store keeps only a salted hash of it, like any voter."""

Result = TypeVar("Result")


class FeedbackError(Exception):
    """Feedback cannot be recorded; the message says why, for the person at the prompt."""


class Feedback(Protocol):
    """What the chat needs from feedback, on or off."""

    @property
    def reason_off(self) -> str | None:
        """Why feedback is off, or None when it is on (or was never wanted)."""

    def record(self, engine: Engine, answer: Answer) -> int | None:
        """Store a question about the knowledge base; its id, or None if not recorded."""

    def vote(self, question_id: int, vote: int) -> VoteTally:
        """Set the terminal user's 👍 (+1) or 👎 (-1) on a recorded answer."""

    def close(self) -> None:
        """Release the store, if any."""


class NoFeedback:
    """Feedback off: nothing is recorded, and votes are refused with the reason."""

    def __init__(self, reason: str | None = None) -> None:
        self._reason = reason

    @property
    def reason_off(self) -> str | None:
        return self._reason

    def record(self, engine: Engine, answer: Answer) -> int | None:
        return None

    def vote(self, question_id: int, vote: int) -> VoteTally:
        raise FeedbackError(self._reason or "feedback is not being recorded")

    def close(self) -> None:
        return None


class StoreFeedback:
    """Feedback on: every question about the knowledge base is stored with where=terminal."""

    def __init__(self, runner: asyncio.Runner, store: QuestionStore) -> None:
        self._runner = runner
        self._store = store

    @classmethod
    def open(cls, path: Path | str, *, keep_user_ids: bool, retention_days: int) -> StoreFeedback:
        """Open (creating if needed) the store and apply the retention policy once."""
        runner = asyncio.Runner()
        store = QuestionStore(path, keep_user_ids=keep_user_ids)
        try:
            runner.run(store.open())
            purged = runner.run(store.purge_older_than(retention_days))
        except BaseException:
            runner.run(store.close())
            runner.close()
            raise
        if purged:
            log.info("retention: %d question(s) older than %d days purged", purged, retention_days)
        return cls(runner, store)

    @property
    def reason_off(self) -> str | None:
        return None

    def record(self, engine: Engine, answer: Answer) -> int | None:
        fields = recordable(engine, answer)
        if fields is None:
            return None
        return self._run(store_record(self._store, fields, where=TERMINAL))

    def vote(self, question_id: int, vote: int) -> VoteTally:
        try:
            return self._run(self._store.record_vote(question_id, VOTER, vote))
        except UnknownQuestionError:
            raise FeedbackError("that answer is no longer on record") from None

    def close(self) -> None:
        try:
            self._runner.run(self._store.close())
        except Exception:
            log.warning("could not close the question store cleanly", exc_info=True)
        finally:
            self._runner.close()

    def _run(self, work: Coroutine[Any, Any, Result]) -> Result:
        """Run one store call to the end; any failure becomes a FeedbackError."""
        try:
            return self._runner.run(work)
        except UnknownQuestionError:
            raise
        except Exception as exc:
            log.debug("the question store failed", exc_info=True)
            raise FeedbackError(f"the question store failed ({exc})") from exc


def open_feedback(path: Path | str, *, keep_user_ids: bool, retention_days: int) -> Feedback:
    """Feedback on if the store opens; otherwise off, with the reason to tell the user once."""
    try:
        return StoreFeedback.open(path, keep_user_ids=keep_user_ids, retention_days=retention_days)
    except Exception as exc:
        log.debug("question store at %s unavailable", shown_location(path), exc_info=True)
        return NoFeedback(
            f"the question store at {shown_location(path)} could not be opened ({exc})"
        )
