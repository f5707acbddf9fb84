"""A local stand-in for Discord's gateway and REST API, for end-to-end tests of discord.py bots."""

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
from .server import FakeDiscord
from .state import FakeConfig
from .world import Channel, Guild, Member, Role, User, World

__all__ = [
    "ALL_PERMISSIONS",
    "ApiError",
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
    "UploadedFile",
    "User",
    "WaitTimeoutError",
    "World",
    "point_discord_py_at",
    "shard_of",
]
