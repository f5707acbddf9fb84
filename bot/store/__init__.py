"""Curator's store: what the community asked, what the bot answered, and how it was received."""

from bot.store.errors import (
    SchemaTooNewError,
    StoreError,
    StoreNotOpenError,
    StoreUnavailableError,
    UnknownQuestionError,
    UnsupportedJournalError,
)
from bot.store.gaps import SAME_GAP_THRESHOLD, TIGHT_CORE_THRESHOLD
from bot.store.migrations import LATEST_VERSION
from bot.store.models import FactCount, Gap, QuestionRecord, Stats, VoteTally, WhereCount
from bot.store.origin import DM, TERMINAL, guild_where
from bot.store.postgres import is_postgres_url, shown_location
from bot.store.store import DOWN, UP, QuestionStore

__all__ = [
    "DM",
    "DOWN",
    "LATEST_VERSION",
    "SAME_GAP_THRESHOLD",
    "TERMINAL",
    "TIGHT_CORE_THRESHOLD",
    "UP",
    "FactCount",
    "Gap",
    "QuestionRecord",
    "QuestionStore",
    "SchemaTooNewError",
    "Stats",
    "StoreError",
    "StoreNotOpenError",
    "StoreUnavailableError",
    "UnknownQuestionError",
    "UnsupportedJournalError",
    "VoteTally",
    "WhereCount",
    "guild_where",
    "is_postgres_url",
    "shown_location",
]
