"""Starting the real factbot against the fake Discord, and reading what users would see."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.config import DEFAULT_KNOWLEDGE, Settings
from bot.discord.client import FactBot
from bot.engine.serving import ServingEngines
from tests.knowledge.support import copy_knowledge as copy_without_cache

from .fake_discord import FakeDiscord, PostedMessage, RecordedRequest
from .fake_discord.runner import BotRunner
from .fake_discord.world import Channel, User

BELGIUM_QUESTION = "How much cocaine did Belgium seize?"
BELGIUM_QUOTE = "Belgium led with 123 metric tons (135 tons)"
BELGIUM_FACT = "belgium-cocaine-seizures-2023"
UNSURE_QUESTION = "Who is Noem meeting in Paris?"
"""Declined, with three "did you mean" topics."""


class FastFactBot(FactBot):
    """factbot as shipped, minus discord.py's 5 s pause before a re-IDENTIFY."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


@functools.cache
def shared_live_engine() -> ServingEngines:
    """The stock knowledge pack, loaded once per session; tests that reload use their own."""
    return ServingEngines(DEFAULT_KNOWLEDGE, ["antwerp"])


def settings_for(fake: FakeDiscord, tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for one test: its own database, a generous cooldown, no .env file."""
    values: dict[str, Any] = {
        "discord_token": fake.token,
        "database_path": tmp_path / "questions.sqlite3",
        "cooldown_rate": 100,
        "cooldown_seconds": 60.0,
        "log_level": "DEBUG",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


async def start_factbot(
    fake: FakeDiscord,
    runner: BotRunner,
    tmp_path: Path,
    *,
    live: ServingEngines | None = None,
    **overrides: Any,
) -> FastFactBot:
    """Start factbot as run_discord would (minus signals); the runner closes it afterwards."""
    settings = settings_for(fake, tmp_path, **overrides)
    bot = FastFactBot(settings, live or shared_live_engine(), guild_ready_timeout=0.05)
    await runner.start(bot)
    return bot


def copy_knowledge(tmp_path: Path) -> Path:
    """A private copy of the knowledge directory that a test may break and mend."""
    target = tmp_path / "knowledge"
    copy_without_cache(DEFAULT_KNOWLEDGE, target)
    return target


def reply_to(message_id: int) -> Callable[[PostedMessage], bool]:
    """Matches the bot's message that replies to one user message."""
    return lambda message: message.reply_to == message_id


async def reply_of(
    fake: FakeDiscord, channel: Channel, author: User, content: str
) -> PostedMessage:
    """Say something in a channel as a user and wait for the bot's reply to that message."""
    sent = await fake.send_message(channel, author, content)
    return await fake.wait_for_message(reply_to(int(sent["id"])))


def response_to(interaction_id: int) -> Callable[[PostedMessage], bool]:
    """Matches a message the bot produced for one interaction."""
    return lambda message: message.interaction_id == interaction_id


def replies_to(fake: FakeDiscord, message_id: int) -> list[PostedMessage]:
    """Every message the bot created (not edits) as a reply to one user message."""
    return [m for m in fake.posted_messages if m.reply_to == message_id and m.version == 0]


PASSIVE_GRACE = 0.2
"""The grace period the passive-answer tests give others to answer first."""
SILENCE = PASSIVE_GRACE + 1.0
"""Long enough after a message for a passive answer to have been sent, had there been one."""


async def silence_after(
    fake: FakeDiscord, channel: Any, author: Any, text: str, **options: Any
) -> int:
    """Post and wait; the number of bot replies to that message (0 expected)."""
    sent = await fake.send_message(channel, author, text, **options)
    await asyncio.sleep(SILENCE)
    return len(replies_to(fake, int(sent["id"])))


def carries_a_message(request: RecordedRequest) -> bool:
    """True for REST calls that post or edit message content (not reactions or typing)."""
    body = request.json if isinstance(request.json, dict) else {}
    writes = request.method in {"POST", "PATCH"}
    if request.route.startswith("/channels/") and request.route.count("/messages"):
        return writes and "reactions" not in request.route
    if request.route.startswith("/webhooks/"):
        return writes
    return request.route.endswith("/callback") and body.get("type") in {4, 7}


def message_bodies(fake: FakeDiscord) -> list[RecordedRequest]:
    """Every REST call in which the bot sent message content to Discord."""
    return [request for request in fake.requests if carries_a_message(request)]


def allowed_mentions_of(request: RecordedRequest) -> dict[str, Any] | None:
    """allowed_mentions as sent, whether in a message body or an interaction callback."""
    body = request.json if isinstance(request.json, dict) else {}
    if request.route.endswith("/callback"):
        body = body.get("data") or {}
    found = body.get("allowed_mentions")
    return found if isinstance(found, dict) else None


def button_id(message: PostedMessage, ending: str) -> str:
    """The custom_id of the button whose id ends with `ending` (e.g. ':vote:up')."""
    matches = [cid for cid in message.custom_ids if cid.endswith(ending)]
    assert matches, f"no button ending {ending!r} in {message.custom_ids}"
    return matches[0]
