"""Limits per guild with the real client: channels, roles, cooldown exemption and DMs, on every
path (prefix, mention, slash, passive, buttons), each refusal one clear word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .bot_harness import (
    BELGIUM_QUESTION,
    BELGIUM_QUOTE,
    PASSIVE_GRACE,
    FastFactBot,
    button_id,
    reply_of,
    response_to,
    silence_after,
    start_factbot,
)
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario
from .fake_discord.world import Channel, Role

pytestmark = pytest.mark.asyncio

GRACE = PASSIVE_GRACE


async def start(fake: FakeDiscord, runner: BotRunner, tmp_path: Path, **extra: Any) -> FastFactBot:
    return await start_factbot(fake, runner, tmp_path, passive_grace_seconds=GRACE, **extra)


async def admin_runs(fake: FakeDiscord, scenario: Scenario, command: str, **options: Any) -> str:
    """An admin runs a slash command in #general; the private reply's text."""
    interaction = await fake.slash_command(
        command, user=scenario.admin, channel=scenario.general, options=options
    )
    done = await fake.wait_for_message(
        lambda m: m.interaction_id == interaction.id and not m.loading
    )
    assert done.ephemeral
    return done.text


async def slash_ask(fake: FakeDiscord, channel: Channel, user: Any) -> Any:
    interaction = await fake.slash_command(
        "ask", user=user, channel=channel, options={"question": BELGIUM_QUESTION}
    )
    return await fake.wait_for_message(
        lambda m: m.interaction_id == interaction.id and not m.loading
    )


@pytest.fixture
def helpers(fake_discord: FakeDiscord, scenario: Scenario) -> Role:
    return fake_discord.world.add_role(scenario.guild, "Helpers")


async def test_a_channel_limit_holds_on_every_path_with_one_clear_word(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
) -> None:
    bot = await start(fake_discord, bot_runner, tmp_path)
    assert bot.user is not None
    await admin_runs(fake_discord, scenario, "autoanswer on")  # passive on in #general
    shown = await admin_runs(
        fake_discord, scenario, "limits channel", action="add", channel=help_channel
    )
    member, general = scenario.member, scenario.general

    by_prefix = await reply_of(fake_discord, general, member, f"!ask {BELGIUM_QUESTION}")
    prefix_again = await silence_after(fake_discord, general, member, f"!ask {BELGIUM_QUESTION}")
    mention_again = await silence_after(
        fake_discord, general, member, f"<@{bot.user.id}> {BELGIUM_QUESTION}"
    )
    passive = await silence_after(fake_discord, general, member, BELGIUM_QUESTION)
    by_slash = await slash_ask(fake_discord, general, member)
    in_help = await reply_of(fake_discord, help_channel, member, f"!ask {BELGIUM_QUESTION}")
    thread = await fake_discord.create_thread(help_channel, "a thread", owner=member)
    in_thread = await reply_of(fake_discord, thread, member, f"!ask {BELGIUM_QUESTION}")
    admin_in_general = await reply_of(
        fake_discord, general, scenario.admin, f"!ask {BELGIUM_QUESTION}"
    )

    assert f"<#{help_channel.id}>" in shown
    assert f"only answer in <#{help_channel.id}>" in by_prefix.text
    assert BELGIUM_QUOTE not in by_prefix.text
    assert (prefix_again, mention_again, passive) == (0, 0, 0)  # one word, not a flood
    assert by_slash.ephemeral
    assert f"<#{help_channel.id}>" in by_slash.text
    assert BELGIUM_QUOTE in in_help.text
    assert BELGIUM_QUOTE in in_thread.text  # a thread counts as its channel
    assert BELGIUM_QUOTE in admin_in_general.text  # admins are never locked out


async def test_a_role_limit_holds_for_commands_and_buttons(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    helpers: Role,
) -> None:
    await start(fake_discord, bot_runner, tmp_path)
    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )  # asked before any limit: its buttons are out there
    await admin_runs(fake_discord, scenario, "limits role", action="add", role=helpers)
    helper = fake_discord.world.add_user("hal")
    fake_discord.world.add_member(scenario.guild, helper, roles=[helpers])

    by_slash = await slash_ask(fake_discord, scenario.general, scenario.member)
    vote = await fake_discord.click(answer.id, button_id(answer, ":up"), user=scenario.member)
    vote_refused = await fake_discord.wait_for_message(response_to(vote.id))
    for_helper = await slash_ask(fake_discord, scenario.general, helper)
    helper_vote = await fake_discord.click(answer.id, button_id(answer, ":up"), user=helper)
    helper_voted = await fake_discord.wait_for_message(response_to(helper_vote.id))

    assert by_slash.ephemeral
    assert "**Helpers**" in by_slash.text
    assert BELGIUM_QUOTE not in by_slash.text
    assert vote_refused.ephemeral
    assert "**Helpers**" in vote_refused.text
    assert BELGIUM_QUOTE in for_helper.text
    assert "recorded" in helper_voted.text


async def test_an_exempt_role_skips_the_cooldown(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    helpers: Role,
) -> None:
    await start(fake_discord, bot_runner, tmp_path, cooldown_rate=1)
    await admin_runs(fake_discord, scenario, "limits exempt", action="add", role=helpers)
    helper = fake_discord.world.add_user("hal")
    fake_discord.world.add_member(scenario.guild, helper, roles=[helpers])

    helper_answers = [
        await reply_of(fake_discord, scenario.general, helper, f"!ask {BELGIUM_QUESTION}")
        for _ in range(3)
    ]
    await reply_of(fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    slowed = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    assert all(BELGIUM_QUOTE in answer.text for answer in helper_answers)
    assert "please wait" in slowed.text


async def test_dms_only_for_people_who_share_a_server_with_the_bot(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
) -> None:
    await start(fake_discord, bot_runner, tmp_path)
    stranger = fake_discord.world.add_user("stranger")

    member_dm = await fake_discord.send_dm(scenario.member, BELGIUM_QUESTION)
    to_member = await fake_discord.wait_for_message(lambda m: m.reply_to == int(member_dm["id"]))
    stranger_dm = await fake_discord.send_dm(stranger, BELGIUM_QUESTION)
    to_stranger = await fake_discord.wait_for_message(
        lambda m: m.reply_to == int(stranger_dm["id"])
    )

    assert BELGIUM_QUOTE in to_member.text
    assert "members of a server" in to_stranger.text
    assert BELGIUM_QUOTE not in to_stranger.text


async def test_members_may_not_change_limits(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    help_channel: Channel,
) -> None:
    bot = await start(fake_discord, bot_runner, tmp_path)
    interaction = await fake_discord.slash_command(
        "limits channel",
        user=scenario.member,
        channel=scenario.general,
        options={"action": "add", "channel": help_channel},
    )
    refusal = await fake_discord.wait_for_message(response_to(interaction.id))
    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    assert refusal.ephemeral
    assert "Manage Server" in refusal.text
    assert BELGIUM_QUOTE in answer.text
    assert bot.store is not None
