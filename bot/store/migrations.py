"""Numbered schema changes, so any older database file is brought forward in place at start-up.

`PRAGMA user_version` records the last applied migration. Each migration runs in its own
`BEGIN IMMEDIATE` transaction together with the version bump, so a crash or a failing
statement leaves the file at the previous version, never half-migrated. The version is
re-read after taking the write lock, so two processes starting at once cannot both apply
the same step. Never edit a released migration: append a new one.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import aiosqlite

from bot.store.errors import SchemaTooNewError


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step; statements are separate so no SQL splitting is ever needed."""

    version: int
    purpose: str
    statements: tuple[str, ...]


MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(
        version=1,
        purpose="original schema: questions asked, votes on answers, per-database settings",
        statements=(
            """
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID
            """,
            """
            CREATE TABLE questions (
                id          INTEGER PRIMARY KEY,
                asked_at    TEXT    NOT NULL,  -- UTC, fixed-width ISO 8601 ending in Z
                text        TEXT    NOT NULL,
                asked_where TEXT    NOT NULL,  -- 'guild:<id>', 'dm' or 'terminal'
                user_id     TEXT,              -- only filled when the operator opted in
                pack        TEXT    NOT NULL,
                fact_id     TEXT,              -- NULL when the bot declined
                confidence  REAL,
                answered    INTEGER NOT NULL CHECK (answered IN (0, 1)),
                CHECK (answered = (fact_id IS NOT NULL))
            )
            """,
            "CREATE INDEX questions_by_time ON questions (asked_at)",
            """
            CREATE TABLE votes (
                question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
                voter_key   TEXT    NOT NULL,  -- salted hash: one vote per person per answer
                voter_id    TEXT,              -- raw id, only when the operator opted in
                vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
                voted_at    TEXT    NOT NULL,
                PRIMARY KEY (question_id, voter_key)
            ) WITHOUT ROWID
            """,
        ),
    ),
    Migration(
        version=2,
        purpose=(
            "keep the best below-threshold fact of declined questions for curators; "
            "index the source so erasing a guild or counting per source does not scan"
        ),
        statements=(
            "ALTER TABLE questions ADD COLUMN nearest_fact_id TEXT",
            "CREATE INDEX questions_by_where ON questions (asked_where, asked_at)",
        ),
    ),
    Migration(
        version=3,
        purpose="channels where the bot answers questions nobody addressed to it (/autoanswer)",
        statements=(
            """
            CREATE TABLE passive_channels (
                guild_id   TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                enabled_at TEXT NOT NULL,  -- UTC, fixed-width ISO 8601 ending in Z
                PRIMARY KEY (guild_id, channel_id)
            ) WITHOUT ROWID
            """,
        ),
    ),
    Migration(
        version=4,
        purpose=(
            "limits per guild: channels where the bot answers at all, roles that may use it, "
            "roles exempt from cooldowns (/limits)"
        ),
        statements=(
            """
            CREATE TABLE guild_limits (
                guild_id  TEXT NOT NULL,
                kind      TEXT NOT NULL,  -- 'channel', 'role' or 'exempt'
                target_id TEXT NOT NULL,  -- the channel's or the role's id
                added_at  TEXT NOT NULL,  -- UTC, fixed-width ISO 8601 ending in Z
                PRIMARY KEY (guild_id, kind, target_id)
            )
            """,
        ),
    ),
    Migration(
        version=5,
        purpose="questions moderators taught from chat (/teach): a per-guild overlay on the packs",
        statements=(
            """
            CREATE TABLE taught_questions (
                guild_id     TEXT NOT NULL,
                question_key TEXT NOT NULL,  -- the question casefolded, spaces collapsed
                question     TEXT NOT NULL,  -- as the moderator wrote it
                fact_id      TEXT NOT NULL,
                taught_by    TEXT,           -- only filled when the operator opted in
                taught_at    TEXT NOT NULL,  -- UTC, fixed-width ISO 8601 ending in Z
                PRIMARY KEY (guild_id, question_key)
            )
            """,
        ),
    ),
    Migration(
        version=6,
        purpose="settings per guild that are one value each, such as the bot's language",
        statements=(
            """
            CREATE TABLE guild_settings (
                guild_id   TEXT NOT NULL,
                name       TEXT NOT NULL,  -- e.g. 'language'
                value      TEXT NOT NULL,
                changed_at TEXT NOT NULL,  -- UTC, fixed-width ISO 8601 ending in Z
                PRIMARY KEY (guild_id, name)
            )
            """,
        ),
    ),
)

LATEST_VERSION: Final = MIGRATIONS[-1].version


async def schema_version(db: aiosqlite.Connection) -> int:
    """Read the applied version; 0 means a brand-new file."""
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row is not None else 0


async def apply_migrations(
    db: aiosqlite.Connection,
    *,
    up_to: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the file to `up_to` (default: latest) and return the version it ends at.

    Expects a connection in autocommit mode (`isolation_level=None`) so the explicit
    transactions here are the only ones.
    """
    latest = migrations[-1].version if migrations else 0
    current = await schema_version(db)
    if current > latest:
        raise SchemaTooNewError(f"database is at schema v{current}; this code knows v{latest}")
    target = latest if up_to is None else up_to
    for migration in migrations:
        if current < migration.version <= target:
            current = await _apply_one(db, migration)
    return current


async def _apply_one(db: aiosqlite.Connection, migration: Migration) -> int:
    """Run one step atomically; skips it if another process got there first."""
    await db.execute("BEGIN IMMEDIATE")
    try:
        current = await schema_version(db)
        if current < migration.version:
            for statement in migration.statements:
                await db.execute(statement)
            await db.execute(f"PRAGMA user_version = {int(migration.version)}")
            current = migration.version
    except BaseException:
        await db.execute("ROLLBACK")
        raise
    await db.execute("COMMIT")
    return current
