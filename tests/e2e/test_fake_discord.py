"""Smoke tests proving a real, unmodified discord.py bot works against the fake Discord."""

from __future__ import annotations

import socket
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from .fake_discord import (
    BotRunner,
    CallbackType,
    FakeDiscord,
    NetworkAccessBlockedError,
    NetworkGuard,
    Scenario,
    shard_of,
)

pytestmark = pytest.mark.asyncio

FRUITS = ["apple", "apricot", "banana", "cherry"]
LIKE_BUTTON = "smoke:like"


class LikeView(discord.ui.View):
    """A persistent-style button so the click test exercises discord.py's view store."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Like", custom_id=LIKE_BUTTON)
    async def like(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.edit_message(content=f"Liked by {interaction.user.name}")


@app_commands.command(name="echo", description="Repeat some text")
@app_commands.describe(text="What to repeat")
async def echo(interaction: discord.Interaction, text: str) -> None:
    await interaction.response.send_message(text)


@echo.autocomplete("text")
async def echo_suggestions(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current)]


@app_commands.command(name="settings", description="Needs Manage Server")
@app_commands.checks.has_permissions(manage_guild=True)
async def settings(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("Settings opened", ephemeral=True)


@settings.error
async def settings_denied(interaction: discord.Interaction, error: Exception) -> None:
    await interaction.response.send_message("You need Manage Server.", ephemeral=True)


@app_commands.command(name="slow", description="Defers, then edits and follows up")
async def slow(interaction: discord.Interaction) -> None:
    await interaction.response.defer(thinking=True)
    await interaction.edit_original_response(content="done")
    await interaction.followup.send("extra", ephemeral=True)


def install_smoke_commands(bot: commands.Bot | commands.AutoShardedBot) -> None:
    """Give a bot the prefix, slash and button features the smoke tests poke at."""

    @bot.command(name="ping")
    async def ping(ctx: commands.Context[Any]) -> None:
        await ctx.reply("pong")

    @bot.command(name="buttons")
    async def buttons(ctx: commands.Context[Any]) -> None:
        await ctx.send("Do you like it?", view=LikeView())

    bot.tree.add_command(echo)
    bot.tree.add_command(settings)
    bot.tree.add_command(slow)


class SmokeBot(commands.Bot):
    """Tiny bot; a short guild_ready_timeout keeps startup well under a second."""

    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(
            command_prefix="!", intents=intents, help_command=None, guild_ready_timeout=0.05
        )
        install_smoke_commands(self)

    async def setup_hook(self) -> None:
        await self.tree.sync()


class ShardedSmokeBot(commands.AutoShardedBot):
    """Same features, sharded; re-IDENTIFY pacing is disabled to keep tests fast."""

    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(
            command_prefix="!", intents=intents, help_command=None, guild_ready_timeout=0.05
        )
        install_smoke_commands(self)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


async def start_smoke_bot(bot_runner: BotRunner) -> SmokeBot:
    bot = SmokeBot()
    await bot_runner.start(bot)
    return bot


async def test_prefix_ping_in_guild_gets_a_reply(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)

    sent = await fake_discord.send_message(scenario.general, scenario.member, "!ping")
    reply = await fake_discord.wait_for_message(content="pong")

    assert reply.channel_id == scenario.general.id
    assert reply.reply_to == int(sent["id"])
    assert fake_discord.identify_count == 1
    assert fake_discord.requests_to("GET /users/@me")[0].status == 200


async def test_prefix_ping_in_dm_is_answered_in_the_dm(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)

    await fake_discord.send_dm(scenario.member, "!ping")
    reply = await fake_discord.wait_for_message(content="pong")

    assert reply.channel_id == fake_discord.world.dm_channel_for(scenario.member).id
    assert reply.guild_id is None


async def test_slash_command_is_synced_and_answered(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)

    synced = {command["name"]: command for command in fake_discord.synced_commands()}
    assert fake_discord.sync_count() == 1
    assert synced["echo"]["options"][0]["autocomplete"] is True

    interaction = await fake_discord.slash_command(
        "echo", user=scenario.member, channel=scenario.general, options={"text": "hello"}
    )
    callback = await fake_discord.wait_for_callback(interaction)
    message = await fake_discord.wait_for_message(content="hello")

    assert callback.accepted
    assert callback.type == CallbackType.CHANNEL_MESSAGE
    assert message.source == "interaction"
    assert message.interaction_id == interaction.id


async def test_autocomplete_offers_matching_choices(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)

    interaction = await fake_discord.autocomplete(
        "echo", user=scenario.member, channel=scenario.general, focused="text", value="ap"
    )
    callback = await fake_discord.wait_for_callback(interaction)

    assert callback.type == CallbackType.AUTOCOMPLETE_RESULT
    assert callback.data is not None
    assert [choice["name"] for choice in callback.data["choices"]] == ["apple", "apricot"]


async def test_button_click_edits_the_message(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)
    await fake_discord.send_message(scenario.general, scenario.member, "!buttons")
    offer = await fake_discord.wait_for_message(lambda m: LIKE_BUTTON in m.custom_ids)

    interaction = await fake_discord.click(offer.id, LIKE_BUTTON, user=scenario.member)
    callback = await fake_discord.wait_for_callback(interaction)
    edited = await fake_discord.wait_for_message(lambda m: m.id == offer.id and m.version == 1)

    assert callback.type == CallbackType.UPDATE_MESSAGE
    assert edited.content == "Liked by alice"


@pytest.mark.parametrize(
    ("who", "answer"),
    [
        ("member", "You need Manage Server."),
        ("moderator", "Settings opened"),
        ("admin", "Settings opened"),
    ],
)
async def test_member_permissions_reach_app_command_checks(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, who: str, answer: str
) -> None:
    await start_smoke_bot(bot_runner)

    user = getattr(scenario, who)
    await fake_discord.slash_command("settings", user=user, channel=scenario.general)
    message = await fake_discord.wait_for_message(content=answer)

    assert message.ephemeral


async def test_deferred_answer_is_edited_then_followed_up(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)

    interaction = await fake_discord.slash_command(
        "slow", user=scenario.member, channel=scenario.general
    )
    placeholder = await fake_discord.wait_for_message(include_loading=True)
    edited = await fake_discord.wait_for_message(content="done")
    followup = await fake_discord.wait_for_message(content="extra")

    assert placeholder.loading
    assert edited.id == placeholder.id
    assert not edited.loading
    assert followup.source == "followup"
    assert followup.ephemeral
    assert [c.type for c in fake_discord.interaction_callbacks(interaction.id)] == [
        CallbackType.DEFERRED_CHANNEL_MESSAGE
    ]


@pytest.mark.parametrize("abrupt", [False, True], ids=["close-4000", "tcp-abort"])
async def test_dropped_connection_resumes_and_replays_missed_events(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, abrupt: bool
) -> None:
    await start_smoke_bot(bot_runner)

    async with fake_discord.hold_reconnects():
        await fake_discord.drop_connection(code=4000, abrupt=abrupt)
        await fake_discord.send_message(scenario.general, scenario.member, "!ping")
    resumed = await fake_discord.wait_for_gateway_event("resumed")
    await fake_discord.wait_for_message(content="pong")

    resume = await fake_discord.wait_for_gateway_event("resume")
    assert resumed.detail["replayed"] >= 1
    assert resume.detail["path"] == "/gateway/resume"
    assert (fake_discord.identify_count, fake_discord.resume_count) == (1, 1)


async def test_rate_limited_send_is_retried_after_retry_after(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await start_smoke_bot(bot_runner)
    fake_discord.rate_limit_next("POST /channels/*/messages", retry_after=0.2)

    await fake_discord.send_message(scenario.general, scenario.member, "!ping")
    await fake_discord.wait_for_message(content="pong")

    attempts = fake_discord.requests_to("POST /channels/{channel_id}/messages")
    assert [attempt.status for attempt in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 0.2


async def test_bad_token_fails_login(fake_discord: FakeDiscord) -> None:
    bot = SmokeBot()
    try:
        with pytest.raises(discord.LoginFailure):
            await bot.login("not-the-token")
    finally:
        await bot.close()

    assert fake_discord.requests_to("GET /users/@me")[0].status == 401


async def test_revoked_token_is_refused_by_the_gateway(
    fake_discord: FakeDiscord, scenario: Scenario
) -> None:
    bot = SmokeBot()
    try:
        await bot.login(fake_discord.token)
        fake_discord.revoke_token()
        with pytest.raises(discord.ConnectionClosed) as closed:
            await bot.connect()
    finally:
        await bot.close()

    assert closed.value.code == 4004


@pytest.mark.fake_discord(shard_count=2)
async def test_auto_sharded_bot_connects_every_shard(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    world = fake_discord.world
    other = world.add_guild("Other Guild")
    while shard_of(other.id, 2) == shard_of(scenario.guild.id, 2):
        other = world.add_guild("Other Guild")
    other_channel = world.add_text_channel(other, "general")
    world.add_member(other, scenario.member)
    bot = ShardedSmokeBot()
    await bot_runner.start(bot)

    for channel in (scenario.general, other_channel):
        await fake_discord.send_message(channel, scenario.member, "!ping")
        await fake_discord.wait_for_message(content="pong", channel_id=channel.id)

    shards = sorted(
        e.detail["shard"][0] for e in fake_discord.gateway_events if e.kind == "identify"
    )
    assert shards == [0, 1]
    assert fake_discord.requests_to("GET /gateway/bot")
    assert bot.shard_count == 2


async def test_unknown_routes_answer_404_and_are_recorded(fake_discord: FakeDiscord) -> None:
    bot = SmokeBot()
    try:
        await bot.login(fake_discord.token)
        with pytest.raises(discord.NotFound):
            await bot.fetch_sticker(1234)
    finally:
        await bot.close()

    assert [request.key for request in fake_discord.unknown_requests] == ["GET /stickers/1234"]


async def test_network_guard_blocks_non_loopback_hosts(network_guard: NetworkGuard) -> None:
    with pytest.raises(NetworkAccessBlockedError):
        socket.getaddrinfo("discord.com", 443)
    with pytest.raises(NetworkAccessBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)

    assert len(network_guard.violations) == 2
    network_guard.violations.clear()
