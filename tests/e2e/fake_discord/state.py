"""Everything the REST routes and the test-facing API share, in one place."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from .commands import CommandRegistry
from .faults import FaultPlan
from .flags import PRIVILEGED_INTENTS, MessageFlag, application_flags_for
from .gateway import Gateway, NotConnectedError
from .interactions import InteractionRegistry
from .json_types import JsonDict
from .messages import MessageStore
from .payloads import gateway_message
from .recording import Feed, InteractionCallback, RecordedRequest
from .world import World


@dataclass
class FakeConfig:
    """Knobs a test may turn before starting the server."""

    token: str = "fake-bot-token"
    bot_name: str = "factbot"
    shard_count: int = 1
    """What GET /gateway/bot recommends; AutoShardedBot starts this many shards."""
    heartbeat_interval_ms: int = 1_000
    interaction_deadline: float = 3.0
    """Seconds the bot has to answer an interaction callback, as on Discord."""
    echo_bot_messages: bool = True
    """Dispatch MESSAGE_CREATE for the bot's own messages, as Discord does."""
    allowed_privileged_intents: int = int(PRIVILEGED_INTENTS)
    """Privileged intents "enabled in the developer portal"; others close with 4014."""


class ServerState:
    """Shared state of one fake Discord: the world, stores, recordings and the gateway."""

    def __init__(self, config: FakeConfig, resume_url: Callable[[], str]) -> None:
        self.config = config
        self.world = World(config.bot_name)
        self.application_flags = application_flags_for(config.allowed_privileged_intents)
        self.gateway = Gateway(
            world=self.world,
            valid_token=lambda: self.valid_token,
            resume_url=resume_url,
            heartbeat_interval_ms=config.heartbeat_interval_ms,
            allowed_privileged_intents=config.allowed_privileged_intents,
            application_flags=self.application_flags,
        )
        self.messages = MessageStore(self.world)
        self.interactions = InteractionRegistry(config.interaction_deadline)
        self.commands = CommandRegistry(self.world)
        self.faults = FaultPlan()
        self.requests: Feed[RecordedRequest] = Feed("REST request")
        self.callbacks: Feed[InteractionCallback] = Feed("interaction callback")
        self.base_url = ""
        self.token_revoked = False
        self.internal_errors: list[str] = self.gateway.internal_errors

    @property
    def gateway_url(self) -> str:
        """ws:// form of the base URL; GET /gateway and the test helpers both hand it out."""
        return self.base_url.replace("http://", "ws://", 1) + "/gateway"

    @property
    def valid_token(self) -> str | None:
        """The token REST and IDENTIFY accept, or None once a test revoked it."""
        return None if self.token_revoked else self.config.token

    async def broadcast(self, event: str, data: JsonDict) -> None:
        """Dispatch to whichever shard owns the data's guild; skip quietly if none is up."""
        guild_id = data.get("guild_id")
        with contextlib.suppress(NotConnectedError):
            await self.gateway.dispatch(
                event, data, guild_id=None if guild_id is None else int(guild_id)
            )

    async def echo_message(self, event: str, message: JsonDict) -> None:
        """Tell the bot about its own message over the gateway, unless it is ephemeral."""
        if not self.config.echo_bot_messages or int(message["flags"]) & MessageFlag.EPHEMERAL:
            return
        await self.broadcast(event, gateway_message(self.world, message))
