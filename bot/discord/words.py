"""The bot's own words in each guild's language (/language): headings, buttons, refusals.

Only the words front ends write are here; a quote and the answer drawn from it stay in the
source's language. A key missing in a language falls back to English, so a half-translated
catalogue still says something. Which language each guild chose is held in memory, read from
the store at start-up and changed by /language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

DEFAULT_LANGUAGE: Final = "en"

ENGLISH: Final[Mapping[str, str]] = {
    "limits.channel": "🚫 I only answer in {channels} on this server.",
    "limits.role": "🚫 On this server only members with {roles} can use me.",
    "limits.dm_members": "🚫 I answer DMs only for members of a server I'm in.",
    "limits.dm_nobody": "🚫 I don't answer DMs; ask me in a server instead.",
    "limits.heading": "🔒 **Limits on this server**",
    "limits.show_channels": "• Channels where I answer: {channels}",
    "limits.show_roles": "• Roles that may use me: {roles}",
    "limits.show_exempt": "• Roles my cooldown never slows: {roles}",
    "limits.every_channel": "every channel",
    "limits.everyone": "everyone",
    "limits.nobody": "none",
    "limits.admins_pass": "Members with **Manage Server** are never limited.",
    "teach.who": (
        "Only members with **Manage Messages** or **Manage Server** can teach me on this server."
    ),
    "teach.done": (
        "🎓 Taught: “{question}” is now answered from **{topic}** (`{fact}`) on this server. "
        "Curators can fold it into the pack files with `kb gaps --taught`."
    ),
    "teach.no_fact": "I know no fact `{fact}` here; pick one from the list as you type.",
    "teach.too_long": "A question to teach needs 1 to 300 characters.",
    "teach.gone": "That question is no longer among the gaps; teach it with `/teach`.",
    "teach.pick": "🎓 Which fact answers “{question}”?",
    "teach.placeholder": "Pick the fact that answers it",
    "gaps.heading": "🕳️ **Asked here, not answered well** (most asked first):",
    "gaps.footer": "Press Teach to pick the fact that answers one, or use `/teach`.",
    "gaps.none": "No unanswered questions recorded on this server. 🎉",
    "autoanswer.on": (
        "✅ Passive answers are on in {channel}: I'll answer questions I'm clearly sure of "
        "when nobody else has, with a Dismiss button for the asker."
    ),
    "autoanswer.off": "Passive answers are off in {channel}.",
    "lookup.dm": (
        "🔍 You asked in {channel}: “{question}”. I wasn't sure enough to answer there — "
        "did you mean one of these?"
    ),
    "lookup.reply": "🔍 {asker}, did you mean one of these? (“{question}”)",
    "store.none": "Settings are not being kept right now, so this cannot be changed.",
}

CATALOGUE: Final[dict[str, Mapping[str, str]]] = {"en": ENGLISH}
LANGUAGE_NAMES: Final[Mapping[str, str]] = {"en": "English"}


class Words:
    """Looks up the bot's words in a guild's chosen language."""

    def __init__(self, chosen: Mapping[int, str] | None = None) -> None:
        self.chosen: dict[int, str] = dict(chosen or {})

    def language(self, guild_id: int | None) -> str:
        """The guild's language; DMs and guilds that chose none speak English."""
        if guild_id is None:
            return DEFAULT_LANGUAGE
        return self.chosen.get(guild_id, DEFAULT_LANGUAGE)

    def get(self, guild_id: int | None, key: str, **fields: object) -> str:
        """One message, filled in; English when the guild's language lacks it."""
        text = CATALOGUE.get(self.language(guild_id), ENGLISH).get(key) or ENGLISH[key]
        return text.format(**fields) if fields else text
