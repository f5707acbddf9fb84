"""Running the bot as a process: logging, endpoints, signals, and one-line fatal errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sqlite3
import sys

import aiohttp
import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.config import Settings
from bot.discord.client import FactBot
from bot.engine.serving import ServingEngines
from bot.store import StoreError, shown_location

log = logging.getLogger(__name__)

BAD_TOKEN = (
    "Discord rejected DISCORD_TOKEN. Copy the bot token from the Discord Developer Portal "
    "(your application → Bot → Reset Token) into DISCORD_TOKEN and start again."
)
MISSING_INTENT = (
    "Discord refused the Message Content intent. Enable it in the Discord Developer Portal "
    "(your application → Bot → Privileged Gateway Intents → Message Content Intent) "
    "and start again."
)


CLOSE_SECONDS = 8.0
"""A shutdown (client, then store) gives up after this long, so the process exits in 10 s."""


class FatalError(Exception):
    """Ends the process with one line on stderr; `exit_code` says how it ended."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def run_discord(settings: Settings) -> int:
    """Connect to Discord and serve until SIGINT/SIGTERM; returns the process exit code."""
    setup_logging(settings.log_level)
    try:
        check_sharding(settings)
        point_at(settings.discord_api_base, settings.discord_gateway_url)
        live = ServingEngines(
            settings.knowledge_dir,
            settings.packs,
            settings.guild_packs,
            cache=settings.factbot_index_cache,
        )
        return asyncio.run(serve(settings, live))
    except FatalError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def setup_logging(level: str) -> None:
    """discord.py's stderr logging for every logger, replacing any handler set up earlier."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    discord.utils.setup_logging(
        handler=logging.StreamHandler(sys.stderr), level=logging.getLevelName(level), root=True
    )
    logging.getLogger("discord.shard").addFilter(one_line_retries)
    # factbot never joins voice, so discord.py's warnings about voice libraries are noise.
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


def one_line_retries(record: logging.LogRecord) -> bool:
    """discord.py logs a full traceback every 5 s while a shard cannot connect; one line
    with the reason says as much."""
    if record.exc_info and str(record.msg).startswith("Failed to connect for shard_id"):
        error = record.exc_info[1]
        record.msg = f"{record.msg} ({type(error).__name__}: {error})"
        record.exc_info = None
        record.exc_text = None
    return True


def check_sharding(settings: Settings) -> None:
    """discord.py needs the total shard count whenever it is told which shards to run."""
    if settings.shard_ids is not None and settings.shard_count is None:
        raise FatalError("SHARD_IDS needs SHARD_COUNT as well (the total number of shards).", 2)
    if settings.shard_ids and settings.shard_count is not None:
        outside = [s for s in settings.shard_ids if s >= settings.shard_count]
        if outside:
            raise FatalError(
                f"SHARD_IDS {outside} are not below SHARD_COUNT {settings.shard_count}.", 2
            )


def point_at(api_base: str | None, gateway_url: str | None) -> None:
    """Use another Discord-compatible endpoint (a proxy, or a test server) when configured."""
    if api_base:
        Route.BASE = api_base
    if gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


async def serve(settings: Settings, live: ServingEngines) -> int:
    """Run the client until it is closed; translate start-up failures into FatalError."""
    token = settings.discord_token.get_secret_value() if settings.discord_token else ""
    bot = FactBot(settings, live)
    running = asyncio.ensure_future(bot.start(token))
    stopping = install_signal_handlers(bot, running)
    try:
        try:
            await running
        except asyncio.CancelledError:
            if not stopping.is_set():
                raise
            # a signal ended a retry loop (an unreachable gateway) that close() cannot end
        finally:
            await close_within(bot, CLOSE_SECONDS)  # waits for a close a signal began
    except discord.LoginFailure:
        raise FatalError(BAD_TOKEN) from None
    except discord.PrivilegedIntentsRequired:
        raise FatalError(MISSING_INTENT) from None
    except discord.ConnectionClosed as exc:
        if exc.code == 4004:
            raise FatalError(BAD_TOKEN) from None
        reason = exc.reason or "no reason given"
        raise FatalError(
            f"Discord closed the connection with code {exc.code} ({reason}); "
            "check the bot's settings in the Developer Portal."
        ) from None
    except (StoreError, sqlite3.Error) as exc:
        raise FatalError(
            f"the question store at {shown_location(settings.store_location())} cannot be "
            f"used: {exc}. Fix DATABASE_URL (or DATABASE_PATH), or the file or server."
        ) from None
    except discord.HTTPException as exc:
        detail = exc.text or "no detail"
        raise FatalError(
            f"Discord answered {exc.status} at start-up ({detail}); try again later."
        ) from None
    except aiohttp.ClientError as exc:
        raise FatalError(
            f"cannot reach Discord: {exc}. Check the network "
            "(or DISCORD_API_BASE / DISCORD_GATEWAY_URL)."
        ) from None
    except OSError as exc:
        raise FatalError(f"start-up failed: {exc}") from None
    log.info("shut down cleanly")
    return 0


async def close_within(bot: FactBot, seconds: float) -> None:
    """Close the client and the store, giving up after `seconds`: a shutdown always ends."""
    try:
        async with asyncio.timeout(seconds):
            await bot.close()
    except TimeoutError:
        log.warning("shutdown took longer than %.0fs; exiting anyway", seconds)
    except (StoreError, sqlite3.Error) as exc:
        log.warning("the question store failed while closing: %s", exc)


def install_signal_handlers(bot: FactBot, running: asyncio.Future[None]) -> asyncio.Event:
    """SIGINT and SIGTERM close the client, which then closes the store and returns.

    discord.py's shard launcher retries an unreachable gateway forever without looking at
    whether the client was closed, so once the close is done the start task is cancelled
    too: every retry loop ends on a signal. The event returned is set once a signal came."""
    loop = asyncio.get_running_loop()
    closing: set[asyncio.Task[None]] = set()
    stopping = asyncio.Event()

    def stop(signame: str) -> None:
        log.info("%s received: shutting down", signame)
        stopping.set()
        task = loop.create_task(close_within(bot, CLOSE_SECONDS))
        closing.add(task)
        task.add_done_callback(closing.discard)
        task.add_done_callback(lambda _done: running.cancel())

    for sig in (signal.SIGINT, signal.SIGTERM):
        # Platforms without loop signal support fall back to KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop, sig.name)
    return stopping
