"""UTC timestamps in one fixed text form, so SQL range filters compare chronologically."""

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Default clock; injectable so retention can be tested at exact boundaries."""
    return datetime.now(UTC)


def require_aware(moment: datetime) -> datetime:
    """Reject naive datetimes: guessing their zone would misplace records by hours."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime given; pass an aware one such as datetime.now(UTC)")
    return moment


def to_db_time(moment: datetime) -> str:
    """Fixed-width UTC text sorts like time itself, so the asked_at index serves ranges."""
    utc = require_aware(moment).astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "Z"


def from_db_time(text: str) -> datetime:
    """Inverse of `to_db_time`, returning an aware UTC datetime."""
    return datetime.fromisoformat(text)
