"""Fixtures for end-to-end tests: a fake Discord on loopback, a bot runner and a network guard."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
import pytest_asyncio

from .fake_discord import (
    Channel,
    FakeConfig,
    FakeDiscord,
    Guild,
    NetworkGuard,
    Permission,
    Role,
    User,
    point_discord_py_at,
)
from .fake_discord.runner import BotRunner


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker that tunes the fake per test."""
    config.addinivalue_line(
        "markers",
        "fake_discord(**config): FakeConfig overrides for the fake_discord fixture",
    )


@pytest.fixture(autouse=True)
def network_guard() -> Iterator[NetworkGuard]:
    """Fail any test that tries to reach a host other than loopback."""
    guard = NetworkGuard()
    guard.install()
    try:
        yield guard
    finally:
        guard.uninstall()
    if guard.violations:
        pytest.fail("network access outside loopback:\n" + "\n".join(guard.violations))


@pytest_asyncio.fixture
async def fake_discord(request: pytest.FixtureRequest) -> AsyncIterator[FakeDiscord]:
    """A running fake Discord with discord.py pointed at it; tune via @pytest.mark.fake_discord."""
    marker = request.node.get_closest_marker("fake_discord")
    config = FakeConfig(**(marker.kwargs if marker else {}))
    async with FakeDiscord(config) as fake:
        with point_discord_py_at(fake.api_base, fake.gateway_url):
            yield fake


@dataclass
class Scenario:
    """A guild with a channel and three kinds of member, enough for most bot tests."""

    guild: Guild
    general: Channel
    member: User
    """Plain member: no Manage Server, no Administrator."""
    moderator: User
    """Has a role with Manage Server."""
    admin: User
    """Has a role with Administrator."""
    moderator_role: Role
    admin_role: Role


@pytest.fixture
def scenario(fake_discord: FakeDiscord) -> Scenario:
    """Arrange the default world; call before starting the bot so GUILD_CREATE includes it."""
    world = fake_discord.world
    guild = world.add_guild("Test Guild")
    general = world.add_text_channel(guild, "general")
    moderator_role = world.add_role(guild, "Moderators", permissions=Permission.MANAGE_GUILD)
    admin_role = world.add_role(guild, "Admins", permissions=Permission.ADMINISTRATOR)
    member = world.add_user("alice")
    moderator = world.add_user("mo")
    admin = world.add_user("ada")
    world.add_member(guild, member)
    world.add_member(guild, moderator, roles=[moderator_role])
    world.add_member(guild, admin, roles=[admin_role])
    return Scenario(guild, general, member, moderator, admin, moderator_role, admin_role)


@pytest_asyncio.fixture
async def bot_runner(fake_discord: FakeDiscord) -> AsyncIterator[BotRunner]:
    """Start clients with `await bot_runner.start(bot)`; all are closed after the test."""
    runner = BotRunner(fake_discord.token)
    try:
        yield runner
    finally:
        await runner.stop_all()
