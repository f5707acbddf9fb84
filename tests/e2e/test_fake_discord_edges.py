"""Edge behaviour of the fake Discord that bot tests may lean on: faults, intents, limits, UI."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from .fake_discord import BotRunner, CallbackType, FakeDiscord, Scenario

pytestmark = pytest.mark.asyncio


class EdgeBot(commands.Bot):
    """A bot whose features are added per test; re-IDENTIFY pacing is off to keep tests fast."""

    def __init__(self, *, intents: discord.Intents | None = None) -> None:
        if intents is None:
            intents = discord.Intents.default()
            intents.message_content = True
        super().__init__(
            command_prefix="!", intents=intents, help_command=None, guild_ready_timeout=0.05
        )
        self.seen_contents: asyncio.Queue[str] = asyncio.Queue()

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None

    async def on_message(self, message: discord.Message) -> None:
        if message.author != self.user:
            self.seen_contents.put_nowait(message.content)
        await self.process_commands(message)


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    """Modal used to prove submit_modal reaches on_submit with the typed values."""

    answer: discord.ui.TextInput[Any] = discord.ui.TextInput(label="Answer", custom_id="answer")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Thanks: {self.answer.value}", ephemeral=True)


class TopicSelect(discord.ui.View):
    """Select menu used to prove click(values=...) reaches the callback."""

    @discord.ui.select(custom_id="edge:topic", options=[discord.SelectOption(label="a")])
    async def topic(self, interaction: discord.Interaction, select: discord.ui.Select[Any]) -> None:
        await interaction.response.send_message(f"Picked {select.values[0]}")


async def test_reconnect_opcode_makes_the_client_resume(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await bot_runner.start(EdgeBot())

    await fake_discord.send_reconnect()
    await fake_discord.wait_for_gateway_event("resumed")

    assert (fake_discord.identify_count, fake_discord.resume_count) == (1, 1)


async def test_invalid_session_makes_the_client_identify_again(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    await bot_runner.start(EdgeBot())
    await fake_discord.wait_for_gateway_event("ready")

    await fake_discord.invalidate_session(resumable=False)
    await fake_discord.wait_for_gateway_event("ready")

    assert (fake_discord.identify_count, fake_discord.resume_count) == (2, 0)


@pytest.mark.fake_discord(allowed_privileged_intents=0)
async def test_privileged_intent_not_enabled_in_portal_is_refused(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await bot_runner.start(EdgeBot())


async def test_message_content_is_hidden_without_the_intent_unless_mentioned(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot(intents=discord.Intents.default())
    await bot_runner.start(bot)
    mention = f"{fake_discord.bot_user.mention} hi"

    await fake_discord.send_message(scenario.general, scenario.member, "secret")
    await fake_discord.send_message(scenario.general, scenario.member, mention)
    await fake_discord.send_dm(scenario.member, "dm text")
    seen = [await asyncio.wait_for(bot.seen_contents.get(), 2) for _ in range(3)]

    assert seen == ["", mention, "dm text"]


async def test_oversized_message_is_rejected_like_discord(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot()
    await bot_runner.start(bot)
    channel = bot.get_channel(scenario.general.id)
    assert isinstance(channel, discord.TextChannel)

    with pytest.raises(discord.HTTPException) as rejected:
        await channel.send("x" * 2001)
    with pytest.raises(discord.HTTPException) as empty:
        await channel.send(embeds=[])

    assert (rejected.value.status, rejected.value.code) == (400, 50035)
    assert empty.value.code == 50006


@pytest.mark.fake_discord(interaction_deadline=0.1)
async def test_late_interaction_answer_is_refused(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot()

    @bot.tree.command(name="late", description="Answers too late")
    async def late(interaction: discord.Interaction) -> None:
        await asyncio.sleep(0.2)
        await interaction.response.send_message("too late")

    await bot_runner.start(bot)
    await bot.tree.sync()

    interaction = await fake_discord.slash_command(
        "late", user=scenario.member, channel=scenario.general
    )
    callback = await fake_discord.wait_for_callback(interaction)

    assert not callback.accepted
    assert callback.error == "Unknown interaction"


async def test_files_reactions_and_dms_from_the_bot(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot()
    await bot_runner.start(bot)
    channel = bot.get_channel(scenario.general.id)
    assert isinstance(channel, discord.TextChannel)

    upload = discord.File(io.BytesIO(b"a,b\n1,2\n"), filename="r.csv")
    sent = await channel.send("report", file=upload)
    await sent.add_reaction("👍")
    user = await bot.fetch_user(scenario.member.id)
    await user.send("hello in private")

    posted = await fake_discord.wait_for_message(content="report")
    dm = await fake_discord.wait_for_message(content="hello in private")
    assert await sent.attachments[0].read() == b"a,b\n1,2\n"
    assert posted.attachments[0]["filename"] == "r.csv"
    stored = fake_discord.message(sent.id)
    assert stored is not None
    assert [reaction["emoji"]["name"] for reaction in stored["reactions"]] == ["👍"]
    assert dm.channel_id == fake_discord.world.dm_channel_for(scenario.member).id


async def test_planned_403_reaches_the_bot_as_forbidden(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot()
    await bot_runner.start(bot)
    channel = bot.get_channel(scenario.general.id)
    assert isinstance(channel, discord.TextChannel)
    fake_discord.fail_next(
        "POST /channels/{channel_id}/messages", status=403, code=50013, message="Missing Access"
    )

    with pytest.raises(discord.Forbidden):
        await channel.send("nope")
    await channel.send("works again")


async def test_modal_select_user_option_and_subcommand(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot()
    group = app_commands.Group(name="admin", description="Admin tools")

    @group.command(name="whois", description="Describe a member")
    async def whois(interaction: discord.Interaction, who: discord.Member) -> None:
        await interaction.response.send_message(f"{who.name} has {len(who.roles)} roles")

    @bot.tree.command(name="feedback", description="Opens a modal")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal())

    @bot.command(name="topics")
    async def topics(ctx: commands.Context[Any]) -> None:
        await ctx.send("Pick a topic", view=TopicSelect())

    bot.tree.add_command(group)
    await bot_runner.start(bot)
    await bot.tree.sync()

    await fake_discord.slash_command(
        "admin whois",
        user=scenario.admin,
        channel=scenario.general,
        options={"who": scenario.moderator},
    )
    await fake_discord.wait_for_message(content="mo has 2 roles")

    opened = await fake_discord.slash_command(
        "feedback", user=scenario.member, channel=scenario.general
    )
    assert (await fake_discord.wait_for_callback(opened)).type == CallbackType.MODAL
    await fake_discord.submit_modal(opened, {"answer": "42"}, user=scenario.member)
    await fake_discord.wait_for_message(content="Thanks: 42")

    await fake_discord.send_message(scenario.general, scenario.member, "!topics")
    offer = await fake_discord.wait_for_message(content="Pick a topic")
    await fake_discord.click(offer.id, "edge:topic", user=scenario.member, values=["a"])
    await fake_discord.wait_for_message(content="Picked a")


async def test_member_query_and_late_guild_join(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    intents = discord.Intents.default()
    intents.members = True
    bot = EdgeBot(intents=intents)
    joined: asyncio.Queue[discord.Guild] = asyncio.Queue()
    bot.add_listener(joined.put, "on_guild_join")
    await bot_runner.start(bot)
    guild = bot.get_guild(scenario.guild.id)
    assert guild is not None

    found = await guild.query_members("al")
    newcomer = fake_discord.world.add_guild("Newcomer")
    await fake_discord.join_guild(newcomer)

    assert [member.name for member in found] == ["alice"]
    assert (await asyncio.wait_for(joined.get(), 2)).id == newcomer.id


async def test_unclaimed_waits_hand_out_each_message_once(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner
) -> None:
    bot = EdgeBot()
    await bot_runner.start(bot)
    channel = bot.get_channel(scenario.general.id)
    assert isinstance(channel, discord.TextChannel)

    await channel.send("one")
    await channel.send(embed=discord.Embed(title="two", description="facts"))

    first = await fake_discord.wait_for_message()
    second = await fake_discord.wait_for_message()
    assert (first.content, second.text) == ("one", "two\nfacts")
    with pytest.raises(AssertionError, match="no matching bot message"):
        await fake_discord.wait_for_message(within=0.05)
    assert fake_discord.posted_messages == [first, second]
