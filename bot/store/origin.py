"""Where a question was asked, in a form that never carries who asked it."""

import re
from typing import Final

DM: Final = "dm"
TERMINAL: Final = "terminal"
GUILD_PREFIX: Final = "guild:"

_VALID_WHERE: Final = re.compile(r"dm|terminal|guild:[0-9]+")


def guild_where(guild_id: int) -> str:
    """Build the `guild:<id>` label so callers never hand-format it inconsistently."""
    if guild_id < 0:
        raise ValueError(f"guild id must be non-negative, got {guild_id}")
    return f"{GUILD_PREFIX}{guild_id}"


def check_where(where: str) -> str:
    """Refuse free-form labels, which could slip a user id past the privacy rule."""
    if not _VALID_WHERE.fullmatch(where):
        raise ValueError(f"where must be 'dm', 'terminal' or 'guild:<id>', got {where!r}")
    return where
