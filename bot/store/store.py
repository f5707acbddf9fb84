"""The curator's store: every question asked and every vote, in one embedded SQLite file
or, for several processes on several machines, in PostgreSQL (`postgresql://…`).

Concurrency choice: aiosqlite, one connection. Its single worker thread runs every statement,
so the event loop only ever awaits a future and never blocks on disk. An asyncio lock lets
one store operation use the connection at a time, and each operation is shielded from
cancellation, so a cancelled caller can never leave the shared connection mid-transaction.
Grouping gaps is CPU work and runs in the store's own one-thread report executor: reports
queue behind each other there, never in the default executor where answers are computed.

Durability choice: WAL with `synchronous=NORMAL`. A committed write survives the process
being killed at any moment; only an OS crash or power cut can lose the last few commits,
and never corrupts the file. That suits an analytics log, and writes stay cheap because
no fsync is paid per question. Pass `synchronous="FULL"` to pay it and keep every commit
through power loss too.

PostgreSQL: one asyncpg connection per process behind the same lock, through
`bot.store.postgres`, so every store function below runs unchanged on both. A lost connection
(a server restart, a failover) is retried: the store reconnects for up to `reconnect_seconds`
and runs the operation again, so a restart loses nothing. If the server stays away, calls
fail at once with StoreUnavailableError (answers go on, unrecorded) while a background task
reconnects, and one log line says how many calls were lost when it is back. A connection that
drops after the server committed but before it answered can, retried, record a question twice.
"""

import asyncio
import logging
import os
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Literal, NamedTuple, Self, TypeAlias, TypeVar, cast

import aiosqlite

from bot.store.clock import Clock, from_db_time, require_aware, to_db_time, utc_now
from bot.store.errors import (
    StoreNotOpenError,
    StoreUnavailableError,
    UnknownQuestionError,
    UnsupportedJournalError,
)
from bot.store.gaps import GapQuestion, group_gaps
from bot.store.identity import SALT_META_KEY, new_salt, voter_key
from bot.store.migrations import apply_migrations
from bot.store.models import FactCount, Gap, QuestionRecord, Stats, VoteTally, WhereCount
from bot.store.origin import check_where, guild_where
from bot.store.postgres import ConnectionLostError, PostgresConnection, Row, is_postgres_url, shown

BUSY_TIMEOUT_SECONDS: Final = 5.0
CLOSE_WAIT_SECONDS: Final = 3.0
"""How long close() waits for an operation in flight, and for SQLite's tidy-up, at most."""
RECONNECT_SECONDS: Final = 5.0
"""How long an operation waits for a lost PostgreSQL connection to come back, at most."""
RECONNECT_PAUSE_SECONDS: Final = (0.05, 2.0)
"""First and longest pause between reconnection attempts (doubling in between)."""
UP: Final = 1
DOWN: Final = -1
ROWS_PER_INSERT: Final = 100
"""Rows in one multi-row INSERT: 900 parameters, under SQLite's oldest limit of 999."""

log = logging.getLogger(__name__)

Result = TypeVar("Result")
Connection: TypeAlias = aiosqlite.Connection | PostgresConnection
"""What store functions are given: the same execute/cursor surface on either backend."""
Work = Callable[[Connection], Awaitable[Result]]
SqliteWork = Callable[[aiosqlite.Connection], Awaitable[Result]]
"""Functions annotated the older way run unchanged on PostgreSQL too (same surface)."""

_QUESTION_COLUMNS: Final = (
    "id, asked_at, text, asked_where, pack, fact_id, confidence, answered, nearest_fact_id, user_id"
)
_GAP_QUESTIONS_SQL: Final = """
    SELECT q.text, q.asked_at, q.answered, COALESCE(q.fact_id, q.nearest_fact_id) AS fact
    FROM questions AS q
    WHERE ({window})
      AND (q.answered = 0
           OR (SELECT SUM(v.vote) FROM votes AS v WHERE v.question_id = q.id) < 0)
"""


class NewQuestion(NamedTuple):
    """One question to record, as `record_question` takes it; for writing many at once."""

    text: str
    where: str
    pack: str
    fact_id: str | None
    confidence: float | None
    nearest_fact_id: str | None = None
    user_id: int | str | None = None


class QuestionStore:
    """Records questions and votes; answers curators' gap and stats queries.

    Use as `async with QuestionStore(path) as store:` or `await store.open()` /
    `await store.close()`; `path` is a SQLite file or a `postgresql://` URL.
    Raw user ids are only kept with `keep_user_ids=True`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        keep_user_ids: bool = False,
        clock: Clock = utc_now,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
        reconnect_seconds: float = RECONNECT_SECONDS,
    ) -> None:
        if synchronous not in ("NORMAL", "FULL"):
            raise ValueError(f"synchronous must be 'NORMAL' or 'FULL', got {synchronous!r}")
        self._url = str(path) if is_postgres_url(path) else None
        self._path = Path(path)
        self._reconnect_seconds = reconnect_seconds
        self._lost = 0
        """Calls failed since PostgreSQL became unreachable; None of it while it is reachable."""
        self._down_since: float | None = None
        self._reconnecting: asyncio.Task[None] | None = None
        self._keep_user_ids = keep_user_ids
        self._clock = clock
        self._synchronous = synchronous
        self._db: Connection | None = None
        self._salt = ""
        self._lock = asyncio.Lock()
        self._reports = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factbot-reports")
        """Re-created by open() after a close()."""

    @property
    def path(self) -> Path:
        """Where the file lives, for logs and backups (SQLite)."""
        return self._path

    @property
    def location(self) -> str:
        """Where the records are, for messages: the file, or the URL without its password."""
        return shown(self._url) if self._url is not None else str(self._path)

    @property
    def lost(self) -> int:
        """Calls that failed because PostgreSQL was unreachable, in the current outage."""
        return self._lost

    async def open(self) -> Self:
        """Create folder and file if needed, configure the connection, migrate the schema."""
        if self._db is not None:
            return self
        self._reports = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factbot-reports")
        if self._url is not None:
            self._db = await self._open_postgres(self._url)
            return self
        await asyncio.to_thread(self._path.parent.mkdir, parents=True, exist_ok=True)
        connecting = aiosqlite.connect(
            self._path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS
        )
        # a connection thread stuck on a failing disk must never keep the process alive
        thread = getattr(connecting, "_thread", None)
        if thread is not None:
            thread.daemon = True
        db = await connecting
        try:
            db.row_factory = sqlite3.Row
            await self._configure(db)
            await apply_migrations(db)
            self._salt = await _voter_salt(db)
        except BaseException:
            await db.close()
            raise
        self._db = db
        return self

    async def close(self) -> None:
        """Wait (a bounded time) for in-flight operations, let SQLite tidy its statistics,
        and close: always, even when the disk is full or the file is failing, so a shutdown
        never hangs on the store. Nothing committed is lost by a failed tidy-up."""
        try:
            async with asyncio.timeout(CLOSE_WAIT_SECONDS):
                await self._lock.acquire()
        except TimeoutError:
            log.warning("store still busy after %.0fs; closing anyway", CLOSE_WAIT_SECONDS)
        else:
            self._lock.release()
        db, self._db = self._db, None
        self._reports.shutdown(wait=False, cancel_futures=True)
        reconnecting, self._reconnecting = self._reconnecting, None
        if reconnecting is not None:
            reconnecting.cancel()
        if isinstance(db, PostgresConnection):
            await db.close()
            return
        if db is None:
            return
        try:
            async with asyncio.timeout(CLOSE_WAIT_SECONDS):
                await db.execute("PRAGMA optimize")
        except (sqlite3.Error, TimeoutError) as exc:
            log.warning("store tidy-up on close failed (%s); closing anyway", exc)
        try:
            await db.close()
        except sqlite3.Error as exc:
            log.warning("closing the store failed (%s); its thread is stopped anyway", exc)

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def record_question(
        self,
        text: str,
        *,
        where: str,
        pack: str,
        fact_id: str | None,
        confidence: float | None,
        nearest_fact_id: str | None = None,
        user_id: int | str | None = None,
        at: datetime | None = None,
    ) -> int:
        """Log one question and return its id (the handle votes refer to).

        `fact_id=None` records a decline; then `nearest_fact_id`/`confidence` may name the
        best candidate that fell below the answer threshold, which helps curators.
        `user_id` is dropped unless the store was opened with `keep_user_ids=True`.
        """
        values = (
            to_db_time(at if at is not None else self._clock()),
            text,
            check_where(where),
            str(user_id) if self._keep_user_ids and user_id is not None else None,
            pack,
            fact_id,
            confidence,
            int(fact_id is not None),
            nearest_fact_id,
        )

        async def insert(db: Connection) -> int:
            async with db.execute(
                "INSERT INTO questions (asked_at, text, asked_where, user_id, pack, fact_id, "
                "confidence, answered, nearest_fact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            ) as cursor:
                question_id = cursor.lastrowid
            assert question_id is not None  # an INSERT on a rowid table always sets it
            return question_id

        return await self._exclusively(insert)

    async def record_questions(self, questions: Sequence[NewQuestion]) -> list[int]:
        """Log several questions in one statement per ROWS_PER_INSERT and return their ids in
        the order given: one commit and one trip to the connection for a whole batch."""
        if not questions:
            return []
        asked_at = to_db_time(self._clock())
        values = [
            (
                asked_at,
                q.text,
                check_where(q.where),
                str(q.user_id) if self._keep_user_ids and q.user_id is not None else None,
                q.pack,
                q.fact_id,
                q.confidence,
                int(q.fact_id is not None),
                q.nearest_fact_id,
            )
            for q in questions
        ]

        async def insert_chunk(db: aiosqlite.Connection, chunk: list[tuple[Any, ...]]) -> list[int]:
            placeholders = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
            rows = await _rows(
                db,
                "INSERT INTO questions (asked_at, text, asked_where, user_id, pack, fact_id, "
                f"confidence, answered, nearest_fact_id) VALUES {placeholders} RETURNING id",
                [value for row in chunk for value in row],
            )
            # one statement takes rowids in VALUES order; RETURNING may list them in any
            return sorted(int(row[0]) for row in rows)

        async def insert(db: aiosqlite.Connection) -> list[int]:
            if len(values) <= ROWS_PER_INSERT:
                return await insert_chunk(db, values)  # one statement: all or none already
            ids: list[int] = []
            await db.execute("BEGIN IMMEDIATE")
            try:
                for start in range(0, len(values), ROWS_PER_INSERT):
                    ids += await insert_chunk(db, values[start : start + ROWS_PER_INSERT])
            except BaseException:
                await db.execute("ROLLBACK")
                raise
            await db.execute("COMMIT")
            return ids

        return await self._exclusively(insert)

    async def question(self, question_id: int) -> QuestionRecord | None:
        """Fetch one recorded question, e.g. to re-check it before showing vote buttons."""

        async def fetch(db: Connection) -> QuestionRecord | None:
            rows = await _rows(
                db, f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE id = ?", (question_id,)
            )
            return _question_record(rows[0]) if rows else None

        return await self._exclusively(fetch)

    async def record_vote(
        self, question_id: int, voter_id: int | str, vote: int, *, at: datetime | None = None
    ) -> VoteTally:
        """Set this person's 👍 (+1) or 👎 (-1) on an answer, replacing any earlier vote.

        Raises UnknownQuestionError if the question does not exist (e.g. already purged).
        """
        if vote not in (UP, DOWN):
            raise ValueError(f"vote must be +1 or -1, got {vote}")
        voted_at = to_db_time(at if at is not None else self._clock())
        raw_voter = str(voter_id) if self._keep_user_ids else None

        async def upsert(db: Connection) -> VoteTally:
            try:
                await db.execute(
                    "INSERT INTO votes (question_id, voter_key, voter_id, vote, voted_at) "
                    "VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (question_id, voter_key) DO UPDATE SET "
                    "vote = excluded.vote, voted_at = excluded.voted_at, "
                    "voter_id = excluded.voter_id",
                    (question_id, voter_key(self._salt, voter_id), raw_voter, vote, voted_at),
                )
            except sqlite3.IntegrityError as error:
                if "FOREIGN KEY" in str(error):
                    raise UnknownQuestionError(f"no question with id {question_id}") from error
                raise
            return await _tally(db, question_id)

        return await self._exclusively(upsert)

    async def retract_vote(self, question_id: int, voter_id: int | str) -> VoteTally:
        """Remove this person's vote, for a button pressed a second time."""

        async def delete(db: Connection) -> VoteTally:
            await db.execute(
                "DELETE FROM votes WHERE question_id = ? AND voter_key = ?",
                (question_id, voter_key(self._salt, voter_id)),
            )
            return await _tally(db, question_id)

        return await self._exclusively(delete)

    async def tally(self, question_id: int) -> VoteTally:
        """Current vote counts on one answer."""
        return await self._exclusively(lambda db: _tally(db, question_id))

    async def gaps(
        self,
        since: datetime | None = None,
        limit: int = 20,
        *,
        until: datetime | None = None,
        where: str | None = None,
    ) -> list[Gap]:
        """Declined or net-👎 questions asked in [since, until), grouped, most asked first;
        only those asked in `where` (a guild, DMs) when it is given."""
        window, params = _window(since, until, where)

        async def fetch(db: Connection) -> list[GapQuestion]:
            return await _gap_questions(db, window, params)

        questions = await self._exclusively(fetch)
        return await self._report(group_gaps, questions, limit)

    async def stats(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        top: int = 10,
        where: str | None = None,
    ) -> Stats:
        """Summarise activity in [since, until) from one consistent snapshot; only what was
        asked in `where` (a guild, DMs) when it is given, so one guild never sees another's."""
        window, params = _window(since, until, where)

        async def snapshot(db: Connection) -> tuple[Stats, list[GapQuestion]]:
            await db.execute("BEGIN")
            try:
                totals = await _rows(
                    db,
                    f"SELECT COUNT(*), COALESCE(SUM(q.answered), 0) FROM questions AS q "
                    f"WHERE {window}",
                    params,
                )
                votes = await _rows(
                    db,
                    f"SELECT COALESCE(SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END), 0), "
                    f"COALESCE(SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END), 0) "
                    f"FROM votes AS v JOIN questions AS q ON q.id = v.question_id "
                    f"WHERE {window}",
                    params,
                )
                facts = await _rows(
                    db,
                    f"SELECT q.fact_id, COUNT(DISTINCT q.id), "
                    f"COALESCE(SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END), 0), "
                    f"COALESCE(SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END), 0) "
                    f"FROM questions AS q LEFT JOIN votes AS v ON v.question_id = q.id "
                    f"WHERE q.answered = 1 AND {window} "
                    f"GROUP BY q.fact_id ORDER BY 2 DESC, q.fact_id LIMIT ?",
                    (*params, top),
                )
                per_where = await _rows(
                    db,
                    f"SELECT q.asked_where, COUNT(*), SUM(q.answered) FROM questions AS q "
                    f"WHERE {window} GROUP BY q.asked_where ORDER BY 2 DESC, q.asked_where",
                    params,
                )
                gap_questions = await _gap_questions(db, window, params)
            finally:
                await db.execute("COMMIT")  # read-only: nothing to keep or lose
            asked, answered = int(totals[0][0]), int(totals[0][1])
            partial = Stats(
                since=since,
                until=until,
                questions=asked,
                answered=answered,
                answered_share=answered / asked if asked else 0.0,
                votes_up=int(votes[0][0]),
                votes_down=int(votes[0][1]),
                top_facts=tuple(
                    FactCount(fact_id=row[0], count=row[1], votes_up=row[2], votes_down=row[3])
                    for row in facts
                ),
                top_gaps=(),
                per_where=tuple(
                    WhereCount(where=row[0], questions=row[1], answered=row[2]) for row in per_where
                ),
            )
            return partial, gap_questions

        partial, gap_questions = await self._exclusively(snapshot)
        top_gaps = await self._report(group_gaps, gap_questions, top)
        return partial.model_copy(update={"top_gaps": tuple(top_gaps)})

    async def purge_older_than(self, days: int) -> int:
        """Apply the retention policy: delete questions asked `days` or more days ago.

        Their votes go with them. Returns how many questions were deleted.
        """
        if days < 0:
            raise ValueError(f"days must be non-negative, got {days}")
        try:
            cutoff = self._clock() - timedelta(days=days)
        except OverflowError:
            return 0  # a cutoff before year 1: nothing can be that old
        return await self._erase("asked_at <= ?", (to_db_time(cutoff),))

    async def erase_guild(self, guild_id: int) -> int:
        """Forget one guild (e.g. the bot was removed); DMs and other guilds stay."""
        return await self._erase("asked_where = ?", (guild_where(guild_id),))

    async def _erase(self, condition: str, params: tuple[str, ...]) -> int:
        """Delete matching questions and push the freed pages out of the WAL too.

        secure_delete zeroes freed content and the TRUNCATE checkpoint empties the WAL,
        so erased text does not linger on disk.
        """

        async def delete(db: Connection) -> int:
            async with db.execute(f"DELETE FROM questions WHERE {condition}", params) as cursor:
                deleted = cursor.rowcount
            await db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return deleted

        return await self._exclusively(delete)

    async def _report(self, work: Callable[..., Result], *args: Any) -> Result:
        """CPU work for a report, in the report executor (one at a time, apart from answers)."""
        return await asyncio.get_running_loop().run_in_executor(self._reports, work, *args)

    async def _open_postgres(self, url: str) -> PostgresConnection:
        """Connect, migrate and read the salt: what open() does for a file."""
        db = await PostgresConnection.connect(url)
        try:
            await apply_migrations(db)
            self._salt = await _voter_salt(db)
        except ConnectionLostError as exc:
            db.terminate()
            raise StoreUnavailableError(f"PostgreSQL at {shown(url)} went away: {exc}") from None
        except BaseException:
            await db.close()
            raise
        return db

    async def _configure(self, db: aiosqlite.Connection) -> None:
        """Per-connection settings; SQLite does not store these in the file."""
        async with db.execute("PRAGMA journal_mode = WAL") as cursor:
            row = await cursor.fetchone()
        if row is None or str(row[0]).lower() != "wal":
            raise UnsupportedJournalError(f"could not enable WAL on {self._path}")
        await db.execute(f"PRAGMA synchronous = {self._synchronous}")
        await db.execute("PRAGMA foreign_keys = ON")
        await db.execute("PRAGMA secure_delete = ON")

    async def _exclusively(self, work: Work[Result] | SqliteWork[Result]) -> Result:
        """Run `work` alone on the connection, shielded so cancellation can't split it."""
        if self._db is None:
            raise StoreNotOpenError("QuestionStore used before open() or after close()")
        run = cast(Work[Result], work)

        async def locked() -> Result:
            async with self._lock:
                db = self._db
                if db is None:
                    raise StoreNotOpenError("QuestionStore was closed")
                if isinstance(db, PostgresConnection):
                    return await self._on_postgres(db, run)
                return await run(db)

        return await asyncio.shield(locked())

    async def _on_postgres(self, db: PostgresConnection, work: Work[Result]) -> Result:
        """Run `work`; on a lost connection, reconnect (bounded) and run it once more, or
        count it lost and fail fast until the background reconnection succeeds."""
        if self._down_since is not None:
            self._lost += 1
            raise StoreUnavailableError("PostgreSQL is unreachable; nothing was recorded")
        try:
            return await work(db)
        except ConnectionLostError as exc:
            lost: ConnectionLostError = exc
        db.terminate()
        assert self._url is not None
        fresh = await _reconnect(self._url, self._reconnect_seconds)
        if self._db is not db:  # closed (after close()'s bounded wait) while reconnecting
            if fresh is not None:
                fresh.terminate()
            raise StoreNotOpenError("QuestionStore was closed") from lost
        if fresh is not None:
            self._db = fresh
            log.info("PostgreSQL connection lost (%s); reconnected, nothing lost", lost)
            try:
                return await work(fresh)
            except ConnectionLostError as exc:
                lost = exc
                fresh.terminate()
        self._lost, self._down_since = 1, time.monotonic()
        log.warning(
            "PostgreSQL store at %s unreachable (%s); answering without recording until it is back",
            shown(self._url),
            lost,
        )
        self._reconnecting = asyncio.create_task(self._reconnect_in_background(self._url))
        raise StoreUnavailableError("PostgreSQL is unreachable; nothing was recorded") from lost

    async def _reconnect_in_background(self, url: str) -> None:
        """Keep trying until the server is back, then say in one line what was lost."""
        fresh = None
        while fresh is None:
            fresh = await _reconnect(url, None)
        async with self._lock:
            if self._reconnecting is not asyncio.current_task():
                fresh.terminate()  # closed meanwhile
                return
            since = self._down_since or time.monotonic()
            self._db, self._down_since, self._reconnecting = fresh, None, None
            lost, self._lost = self._lost, 0
        log.warning(
            "PostgreSQL store at %s reachable again after %.1fs; %d store calls failed "
            "meanwhile (their records are lost)",
            shown(url),
            time.monotonic() - since,
            lost,
        )


async def _reconnect(url: str, within: float | None) -> PostgresConnection | None:
    """A new connection, trying with growing pauses for `within` seconds (None: forever)."""
    first, longest = RECONNECT_PAUSE_SECONDS
    pause = first
    deadline = None if within is None else time.monotonic() + within
    while True:
        try:
            return await PostgresConnection.connect(url)
        except StoreUnavailableError:
            pass
        if deadline is not None and time.monotonic() + pause > deadline:
            return None
        await asyncio.sleep(pause)
        pause = min(pause * 2, longest)


async def _voter_salt(db: Connection) -> str:
    """Create the per-database salt once; OR IGNORE makes racing processes agree."""
    await db.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (SALT_META_KEY, new_salt())
    )
    rows = await _rows(db, "SELECT value FROM meta WHERE key = ?", (SALT_META_KEY,))
    return str(rows[0][0])


async def _rows(db: Connection, sql: str, params: Iterable[Any] = ()) -> list[Row]:
    """Every row of one statement; on SQLite in one trip to its thread, not three."""
    if isinstance(db, aiosqlite.Connection):
        return list(await db.execute_fetchall(sql, tuple(params)))
    async with db.execute(sql, tuple(params)) as cursor:
        return list(await cursor.fetchall())


async def _tally(db: Connection, question_id: int) -> VoteTally:
    rows = await _rows(
        db,
        "SELECT COALESCE(SUM(CASE WHEN vote = 1 THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END), 0) "
        "FROM votes WHERE question_id = ?",
        (question_id,),
    )
    return VoteTally(question_id=question_id, up=rows[0][0], down=rows[0][1])


async def _gap_questions(db: Connection, window: str, params: tuple[str, ...]) -> list[GapQuestion]:
    rows = await _rows(db, _GAP_QUESTIONS_SQL.format(window=window), params)
    return [
        GapQuestion(
            text=row["text"],
            asked_at=from_db_time(row["asked_at"]),
            nearest_fact_id=row["fact"],
            declined=not row["answered"],
        )
        for row in rows
    ]


def _window(
    since: datetime | None, until: datetime | None, where: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """SQL condition on q.asked_at for [since, until), either end open, and on the place."""
    conditions = ["1 = 1"]
    params: list[str] = []
    if where is not None:
        conditions.append("q.asked_where = ?")
        params.append(check_where(where))
    if since is not None:
        conditions.append("q.asked_at >= ?")
        params.append(to_db_time(require_aware(since)))
    if until is not None:
        conditions.append("q.asked_at < ?")
        params.append(to_db_time(require_aware(until)))
    return " AND ".join(conditions), tuple(params)


def _question_record(row: Row) -> QuestionRecord:
    return QuestionRecord(
        id=row["id"],
        asked_at=from_db_time(row["asked_at"]),
        text=row["text"],
        where=row["asked_where"],
        pack=row["pack"],
        fact_id=row["fact_id"],
        confidence=row["confidence"],
        answered=bool(row["answered"]),
        nearest_fact_id=row["nearest_fact_id"],
        user_id=row["user_id"],
    )
