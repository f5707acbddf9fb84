"""PostgreSQL behind the small surface store code already uses on aiosqlite.

Store functions take a connection and run `async with db.execute(sql, params) as cursor`
with `?` placeholders, then read `fetchone()`, `fetchall()`, `rowcount` or `lastrowid`.
`PostgresConnection` gives them that surface over one asyncpg connection, so one function
runs on either backend. Portable SQL (`?`, `INSERT … ON CONFLICT … DO NOTHING/UPDATE`,
TEXT/INTEGER/REAL columns) passes through; the few SQLite-isms the store uses are rewritten:

- `?` → `$1, $2, …` (not inside quotes or comments);
- `INSERT OR IGNORE` → `… ON CONFLICT DO NOTHING`; `INSERT OR REPLACE` → `… ON CONFLICT
  (primary key) DO UPDATE` of the listed columns (the row is updated, not deleted and
  re-inserted as SQLite does, so foreign keys pointing at it stay);
- an INSERT into a table with an identity column gets `RETURNING` it, for `lastrowid`;
- in CREATE/ALTER TABLE: `WITHOUT ROWID` dropped, `INTEGER PRIMARY KEY` → a BIGINT identity,
  INTEGER → BIGINT (SQLite's integers are 64-bit), REAL → DOUBLE PRECISION;
- `BEGIN` → a REPEATABLE READ transaction (one snapshot, as SQLite's reads see),
  `BEGIN IMMEDIATE` → a plain one; PRAGMAs tune SQLite's file and are no-ops here.

Errors come out as the sqlite3 (DB-API) classes the store and its callers already catch;
a lost connection as `ConnectionLostError`, which the store retries on a new connection.
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.store.errors import StoreUnavailableError

SCHEMES: Final = ("postgresql://", "postgres://")
CONNECT_SECONDS: Final = 5.0
PREPARED_LIMIT: Final = 256
"""Prepared statements kept per connection (the store uses a few dozen distinct ones)."""

Row = Any  # asyncpg.Record: indexable by position and by column name, like sqlite3.Row

_LOST: Final[tuple[type[BaseException], ...]] = (
    asyncpg.PostgresConnectionError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.CannotConnectNowError,
    asyncpg.ConnectionDoesNotExistError,
    asyncpg.InternalClientError,  # the driver's protocol state is broken, e.g. by a cut mid-call
    OSError,
    TimeoutError,
)


class ConnectionLostError(Exception):
    """The server went away mid-call; the store reconnects and runs the operation again."""


def is_postgres_url(location: object) -> bool:
    """True for a `postgresql://` (or `postgres://`) URL; anything else is a SQLite path."""
    return isinstance(location, str) and location.startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL without its password, for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def shown_location(location: object) -> str:
    """A store location for messages: a SQLite path as it is, a URL without its password."""
    return (
        shown(location)
        if isinstance(location, str) and is_postgres_url(location)
        else str(location)
    )


class PostgresCursor:
    """What `execute` yields: the rows, the affected count and the new row's id."""

    def __init__(self, rows: Sequence[Row], rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    async def fetchone(self) -> Row | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    async def fetchall(self) -> list[Row]:
        rest = list(self._rows[self._next :])
        self._next = len(self._rows)
        return rest

    async def fetchmany(self, size: int = 1) -> list[Row]:
        part = list(self._rows[self._next : self._next + size])
        self._next += len(part)
        return part

    async def close(self) -> None:
        """Nothing to free: the rows were read when the statement ran."""


class Execution:
    """`db.execute(...)`: awaitable for the cursor, or `async with` it, as on aiosqlite."""

    def __init__(self, running: Coroutine[Any, Any, PostgresCursor]) -> None:
        self._running = running

    def __await__(self) -> Generator[Any, None, PostgresCursor]:
        return self._running.__await__()

    async def __aenter__(self) -> PostgresCursor:
        return await self._running

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Translated:
    """A statement rewritten for PostgreSQL, with what the connection still has to fill in."""

    sql: str
    kind: str  # "query", "insert", "ddl", "transaction" or "pragma"
    table: str | None = None
    columns: tuple[str, ...] = ()
    or_replace: bool = False
    returning: bool = False


_INSERT = re.compile(
    r"^\s*INSERT\s+(?:OR\s+(?P<how>IGNORE|REPLACE)\s+)?INTO\s+(?P<table>[\w.\"]+)\s*"
    r"(?:\((?P<columns>[^)]*)\))?",
    re.IGNORECASE,
)
_DDL = re.compile(r"^\s*(?:CREATE|ALTER)\s+TABLE\b", re.IGNORECASE)
_TRANSACTION = re.compile(
    r"^\s*(?:BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


def _placeholders(sql: str) -> str:
    """`?` → `$n` outside string literals, quoted names and comments."""
    out: list[str] = []
    number = 0
    i = 0
    while i < len(sql):
        char = sql[i]
        if char in "'\"":
            end = i + 1
            while end < len(sql):
                if sql[end] == char:
                    if end + 1 < len(sql) and sql[end + 1] == char:
                        end += 2  # a doubled quote stays inside
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1])
            i = end + 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = len(sql) if end < 0 else end
            out.append(sql[i:end])
            i = end
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            end = len(sql) if end < 0 else end + 2
            out.append(sql[i:end])
            i = end
        elif char == "?":
            number += 1
            out.append(f"${number}")
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _ddl(sql: str) -> str:
    sql = re.sub(r"\)\s*WITHOUT\s+ROWID\s*$", ")", sql, flags=re.IGNORECASE)
    sql = re.sub(
        r"\bINTEGER\s+PRIMARY\s+KEY\b(\s+AUTOINCREMENT\b)?",
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        sql,
        flags=re.IGNORECASE,
    )
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql, flags=re.IGNORECASE)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql, flags=re.IGNORECASE)


@lru_cache(maxsize=512)
def translate(sql: str) -> Translated:
    """Rewrite one SQLite-flavoured statement (see the module's list) for PostgreSQL."""
    sql = sql.strip().rstrip(";").strip()
    if re.match(r"^PRAGMA\b", sql, re.IGNORECASE):
        return Translated(sql, "pragma")
    transaction = _TRANSACTION.match(sql)
    if transaction is not None:
        words = sql.split()
        if words[0].upper() == "BEGIN":
            mode = words[1].upper() if len(words) > 1 else "DEFERRED"
            if mode in ("IMMEDIATE", "EXCLUSIVE"):
                return Translated("BEGIN", "transaction")
            if mode in ("DEFERRED", "TRANSACTION"):
                return Translated("BEGIN ISOLATION LEVEL REPEATABLE READ", "transaction")
        return Translated(sql, "transaction")
    if _DDL.match(sql):
        return Translated(_ddl(_placeholders(sql)), "ddl")
    insert = _INSERT.match(sql)
    if insert is None:
        return Translated(_placeholders(sql), "query")
    how = (insert["how"] or "").upper()
    body = sql
    if how:
        body = re.sub(r"^\s*INSERT\s+OR\s+\w+\s+INTO", "INSERT INTO", body, flags=re.IGNORECASE)
    body = _placeholders(body)
    if how == "IGNORE":
        body = _before_returning(body, " ON CONFLICT DO NOTHING")
    columns = tuple(c.strip().strip('"') for c in (insert["columns"] or "").split(",") if c.strip())
    if how == "REPLACE" and not columns:
        raise ValueError("INSERT OR REPLACE needs its column list on PostgreSQL")
    return Translated(
        body,
        "insert",
        table=insert["table"].strip('"'),
        columns=columns,
        or_replace=how == "REPLACE",
        returning=_RETURNING.search(body) is not None,
    )


def _before_returning(sql: str, clause: str) -> str:
    found = _RETURNING.search(sql)
    if found is None:
        return sql + clause
    return sql[: found.start()].rstrip() + clause + " " + sql[found.start() :]


def _number(text: str) -> int | float:
    """NUMERIC (what SUM of integers gives) as SQLite gives it: int when whole, else float."""
    return int(text) if text.lstrip("-").isdigit() else float(text)


def _rowcount(status: str) -> int:
    """Rows affected, from a status such as 'INSERT 0 3' or 'DELETE 2'; -1 for queries."""
    words = status.split()
    if words and words[0] in ("INSERT", "UPDATE", "DELETE", "MERGE") and words[-1].isdigit():
        return int(words[-1])
    return -1


def _as_sqlite_error(error: Exception) -> Exception:
    """The sqlite3 class store code catches for this PostgreSQL error, with its message."""
    message = str(error)
    if isinstance(error, asyncpg.ForeignKeyViolationError):
        return sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: {message}")
    if isinstance(error, asyncpg.UniqueViolationError):
        return sqlite3.IntegrityError(f"UNIQUE constraint failed: {message}")
    if isinstance(error, asyncpg.NotNullViolationError):
        return sqlite3.IntegrityError(f"NOT NULL constraint failed: {message}")
    if isinstance(error, asyncpg.CheckViolationError):
        return sqlite3.IntegrityError(f"CHECK constraint failed: {message}")
    if isinstance(error, asyncpg.IntegrityConstraintViolationError):
        return sqlite3.IntegrityError(message)
    if isinstance(error, asyncpg.InterfaceError | asyncpg.DataError):
        return sqlite3.ProgrammingError(message)
    if isinstance(error, asyncpg.SyntaxOrAccessError):
        return sqlite3.OperationalError(message)
    return sqlite3.DatabaseError(message)


class PostgresConnection:
    """One asyncpg connection with the aiosqlite surface the store's functions use."""

    def __init__(self, connection: Any, url: str) -> None:
        self._connection = connection
        self.url = url
        self._prepared: OrderedDict[str, Any] = OrderedDict()
        self._identity: dict[str, str | None] = {}
        self._primary_key: dict[str, tuple[str, ...]] = {}

    @classmethod
    async def connect(cls, url: str) -> PostgresConnection:
        """Connect; an unreachable or refusing server is a StoreUnavailableError."""
        connection = None
        try:
            connection = await asyncpg.connect(url, timeout=CONNECT_SECONDS)
            await connection.set_type_codec(
                "numeric", encoder=str, decoder=_number, schema="pg_catalog", format="text"
            )
        except (*_LOST, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            if connection is not None:
                connection.terminate()
            raise StoreUnavailableError(
                f"cannot connect to PostgreSQL at {shown(url)}: {exc or type(exc).__name__}"
            ) from None
        return cls(connection, url)

    @property
    def in_transaction(self) -> bool:
        return bool(self._connection.is_in_transaction())

    @property
    def is_closed(self) -> bool:
        return bool(self._connection.is_closed())

    def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> Execution:
        """Run one statement: `await` it or `async with` it for the cursor."""
        return Execution(self._execute(sql, tuple(parameters or ())))

    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> None:
        """Run one statement once per parameter tuple, as aiosqlite's executemany."""
        for params in parameters:
            await self._execute(sql, tuple(params))

    async def run_native(self, sql: str, *args: Any) -> list[Row]:
        """A statement in PostgreSQL's own dialect (`$n` placeholders), untranslated."""
        return list(await self._guarded(lambda: self._connection.fetch(sql, *args)))

    async def close(self) -> None:
        """Close politely; a connection already gone is simply dropped."""
        try:
            await self._connection.close(timeout=CONNECT_SECONDS)
        except (*_LOST, asyncpg.PostgresError, asyncpg.InterfaceError):
            self._connection.terminate()

    def terminate(self) -> None:
        """Drop the connection at once, e.g. after it was lost."""
        self._connection.terminate()

    async def _execute(self, sql: str, params: tuple[Any, ...]) -> PostgresCursor:
        statement = translate(sql)
        if statement.kind == "pragma":
            if "user_version" in statement.sql.lower():
                raise sqlite3.OperationalError(
                    "PRAGMA user_version is SQLite's; PostgreSQL keeps the schema version in "
                    "a table (bot.store.migrations.schema_version)"
                )
            return PostgresCursor([], -1, None)
        if statement.kind in ("transaction", "ddl") and not params:
            status = await self._guarded(lambda: self._connection.execute(statement.sql))
            if statement.kind == "ddl":
                self.forget_schema()
            return PostgresCursor([], _rowcount(status), None)
        text = statement.sql
        identity: str | None = None
        if statement.kind == "insert" and statement.table is not None:
            if statement.or_replace:
                text = await self._upsert(statement)
            if not statement.returning:
                identity = await self._identity_of(statement.table)
                if identity is not None:
                    text = f'{text} RETURNING "{identity}"'
        prepared = await self._prepare(text)
        rows = await self._guarded(lambda: prepared.fetch(*params))
        count = _rowcount(prepared.get_statusmsg())
        if identity is not None:
            last = int(rows[-1][0]) if rows else None
            return PostgresCursor([], count, last)
        return PostgresCursor(rows, count, None)

    async def _prepare(self, sql: str) -> Any:
        prepared = self._prepared.get(sql)
        if prepared is not None:
            self._prepared.move_to_end(sql)
            return prepared
        prepared = await self._guarded(lambda: self._connection.prepare(sql))
        self._prepared[sql] = prepared
        if len(self._prepared) > PREPARED_LIMIT:
            self._prepared.popitem(last=False)
        return prepared

    async def _guarded(self, call: Callable[[], Awaitable[Any]]) -> Any:
        """Make and await a driver call, turning its errors into the store's (some are
        raised by the call itself, before there is anything to await)."""
        try:
            return await call()
        except asyncpg.InvalidCachedStatementError:
            self.forget_schema()
            raise sqlite3.OperationalError(
                "the schema changed under a prepared statement; run it again"
            ) from None
        except _LOST as exc:
            raise ConnectionLostError(str(exc) or type(exc).__name__) from exc
        except (asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            if self._connection.is_closed():
                raise ConnectionLostError(str(exc) or type(exc).__name__) from exc
            raise _as_sqlite_error(exc) from exc

    def forget_schema(self) -> None:
        """After DDL, prepared statements and what was learnt of the tables may be stale."""
        self._prepared.clear()
        self._identity.clear()
        self._primary_key.clear()

    async def _identity_of(self, table: str) -> str | None:
        if table not in self._identity:
            rows = await self.run_native(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass($1) "
                "AND attidentity <> '' AND NOT attisdropped",
                table,
            )
            self._identity[table] = str(rows[0][0]) if rows else None
        return self._identity[table]

    async def _upsert(self, statement: Translated) -> str:
        assert statement.table is not None
        if statement.table not in self._primary_key:
            rows = await self.run_native(
                "SELECT a.attname FROM pg_index AS i JOIN pg_attribute AS a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                "WHERE i.indrelid = to_regclass($1) AND i.indisprimary "
                "ORDER BY array_position(i.indkey::int2[], a.attnum)",
                statement.table,
            )
            self._primary_key[statement.table] = tuple(str(row[0]) for row in rows)
        key = self._primary_key[statement.table]
        if not key:
            raise ValueError(f"INSERT OR REPLACE into {statement.table}, which has no primary key")
        # every listed column is set again, the key too when nothing else is listed, so the
        # row counts as written (rowcount 1) as SQLite counts a replaced row
        updates = [c for c in statement.columns if c not in key] or [key[0]]
        target = ", ".join(f'"{c}"' for c in key)
        action = "DO UPDATE SET " + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in updates)
        return _before_returning(statement.sql, f" ON CONFLICT ({target}) {action}")
