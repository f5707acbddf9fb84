"""A local stand-in for Discord's gateway and REST API, for end-to-end tests of discord.py bots.

Typical test (fixtures from tests/e2e/conftest.py)::

    async def test_answers(fake_discord, scenario, bot_runner):
        await bot_runner.start(make_bot())  # a real commands.Bot, guild_ready_timeout small
        await fake_discord.send_message(scenario.general, scenario.member, "!ping")
        reply = await fake_discord.wait_for_message(content="pong")
        assert reply.channel_id == scenario.general.id
"""

from .errors import ApiError
from .faults import PlannedFault
from .flags import (
    ALL_PERMISSIONS,
    CallbackType,
    ChannelType,
    Intent,
    InteractionType,
    MessageFlag,
    Permission,
)
from .gateway import NotConnectedError, shard_of
from .interactions import InteractionRecord
from .network_guard import NetworkAccessBlockedError, NetworkGuard
from .recording import (
    GatewayEvent,
    InteractionCallback,
    PostedMessage,
    RecordedRequest,
    UploadedFile,
    WaitTimeoutError,
)
from .redirect import point_discord_py_at
from .runner import BotRunner
from .scenario import Scenario, default_scenario
from .server import FakeDiscord
from .state import FakeConfig
from .world import Channel, Guild, Member, Role, User, World

__all__ = [
    "ALL_PERMISSIONS",
    "ApiError",
    "BotRunner",
    "CallbackType",
    "Channel",
    "ChannelType",
    "FakeConfig",
    "FakeDiscord",
    "GatewayEvent",
    "Guild",
    "Intent",
    "InteractionCallback",
    "InteractionRecord",
    "InteractionType",
    "Member",
    "MessageFlag",
    "NetworkAccessBlockedError",
    "NetworkGuard",
    "NotConnectedError",
    "Permission",
    "PlannedFault",
    "PostedMessage",
    "RecordedRequest",
    "Role",
    "Scenario",
    "UploadedFile",
    "User",
    "WaitTimeoutError",
    "World",
    "default_scenario",
    "point_discord_py_at",
    "shard_of",
]
