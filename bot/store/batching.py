"""Question records written in batches, off the path of each answer.

Every answer used to pay its own INSERT: a trip to the store's connection thread and a commit,
each a wake-up of the event loop and a turn of the GIL. Records now wait in a queue and one
writer task writes all that have queued while the previous batch was being written (group
commit): in a burst the batches grow and a record costs a fraction of a trip; at a gentle pace
each is written at once, as before. A caller that needs the id (vote buttons refer to it)
awaits it; it is the same id the store gave, so several processes may share the store.

Nothing queued is dropped: a cancelled caller leaves its record in the batch, and `close()`
writes everything still queued before the store is closed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from bot.store.origin import check_where
from bot.store.store import NewQuestion, QuestionStore

log = logging.getLogger(__name__)

BATCH_LIMIT: Final = 100
"""Records written in one go, at most: one multi-row INSERT."""


class RecordBatcher:
    """Queues question records for one store and writes them in batches, in arrival order."""

    def __init__(self, store: QuestionStore, *, limit: int = BATCH_LIMIT) -> None:
        self.store = store
        self.limit = limit
        self._queue: list[tuple[NewQuestion, asyncio.Future[int]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.written = 0
        """Records written so far, for tests and logs."""

    @property
    def pending(self) -> int:
        """Records queued and not yet written."""
        return len(self._queue)

    def submit(self, question: NewQuestion) -> asyncio.Future[int]:
        """Queue one record; the future gets its id once its batch is committed."""
        check_where(question.where)  # a bad label fails its caller, not the whole batch
        loop = asyncio.get_running_loop()
        done: asyncio.Future[int] = loop.create_future()
        self._queue.append((question, done))
        if self._writer is None:
            self._writer = loop.create_task(self._write_all())
        return done

    async def record(self, question: NewQuestion) -> int:
        """Queue one record and wait for its id; cancelling the wait keeps the record queued."""
        return await asyncio.shield(self.submit(question))

    async def close(self) -> None:
        """Write everything queued (the writer's current batch included) and return."""
        while self._writer is not None or self._queue:
            if self._writer is None:  # the writer was cancelled with records still queued
                self._writer = asyncio.get_running_loop().create_task(self._write_all())
            await asyncio.shield(self._writer)

    async def _write_all(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue[: self.limit], self._queue[self.limit :]
                try:
                    await self._write(batch)
                except asyncio.CancelledError:
                    for _, done in batch:
                        done.cancel()  # whether it was committed is unknown: nobody waits on
                    raise
        finally:
            self._writer = None

    async def _write(self, batch: list[tuple[NewQuestion, asyncio.Future[int]]]) -> None:
        try:
            ids = await self.store.record_questions([question for question, _ in batch])
        except Exception as exc:
            log.warning("could not record %d question(s): %s", len(batch), exc)
            for _, done in batch:
                if not done.done():
                    done.set_exception(exc)
                    done.exception()  # retrieved here: a caller that stopped waiting is fine
            return
        self.written += len(ids)
        for (_, done), question_id in zip(batch, ids, strict=True):
            if not done.done():
                done.set_result(question_id)
