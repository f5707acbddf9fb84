"""Fixtures for end-to-end tests: a fake Discord on loopback, a bot runner and a network guard."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from .fake_discord import FakeConfig, FakeDiscord, NetworkGuard, point_discord_py_at
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario, default_scenario
from .fake_discord.world import Channel


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker so per-test tuning of the fake does not warn."""
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
    if fake.internal_errors:
        pytest.fail("the fake Discord itself failed:\n" + "\n".join(fake.internal_errors))


@pytest.fixture
def scenario(fake_discord: FakeDiscord) -> Scenario:
    """The default guild, channel and users; request it before starting the bot."""
    return default_scenario(fake_discord.world)


@pytest_asyncio.fixture
async def bot_runner(fake_discord: FakeDiscord) -> AsyncIterator[BotRunner]:
    """Start clients with `await bot_runner.start(bot)`; all are closed after the test."""
    runner = BotRunner(fake_discord.token)
    try:
        yield runner
    finally:
        await runner.stop_all()


@pytest.fixture
def help_channel(fake_discord: FakeDiscord, scenario: Scenario) -> Channel:
    """A #help channel in the scenario's guild, where passive answers are tried."""
    return fake_discord.world.add_text_channel(scenario.guild, "help")
