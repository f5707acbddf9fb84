"""No server sees another: /stats and /reload show the asking guild's own figures, fact ids
and pack problems, and one guild's broken pack never blocks another's reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.serving import ServingEngines

from .bot_harness import BELGIUM_QUESTION, BELGIUM_QUOTE, copy_knowledge, reply_of, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.flags import Permission
from .fake_discord.recording import PostedMessage
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario
from .fake_discord.world import Channel, Guild, User

pytestmark = pytest.mark.asyncio

LIBRARY_QUESTION = "How many packets can I borrow?"
LIBRARY_QUOTE = "Members may have up to five packets of seed on loan."


class Library:
    """Server B, with a private pack of its own (bramblewick) and a curator."""

    def __init__(self, fake: FakeDiscord) -> None:
        world = fake.world
        self.guild: Guild = world.add_guild("Seed Library")
        self.channel: Channel = world.add_text_channel(self.guild, "library")
        role = world.add_role(self.guild, "Librarians", permissions=Permission.MANAGE_GUILD)
        self.curator: User = world.add_user("libby")
        self.member: User = world.add_user("sam")
        world.add_member(self.guild, self.curator, roles=[role])
        world.add_member(self.guild, self.member)


async def slash(fake: FakeDiscord, name: str, user: User, channel: Channel) -> PostedMessage:
    interaction = await fake.slash_command(name, user=user, channel=channel)
    return await fake.wait_for_message(
        lambda m: m.interaction_id == interaction.id and not m.loading
    )


async def start_two_servers(
    fake: FakeDiscord, scenario: Scenario, runner: BotRunner, tmp_path: Path
) -> tuple[Library, Path]:
    library = Library(fake)
    knowledge = copy_knowledge(tmp_path)
    live = ServingEngines(knowledge, ["antwerp"], {library.guild.id: ["bramblewick"]})
    await start_factbot(
        fake, runner, tmp_path, live=live, knowledge_dir=knowledge,
        guild_packs={library.guild.id: ["bramblewick"]},
    )  # fmt: skip
    return library, knowledge


async def test_stats_show_only_the_asking_guilds_figures_and_fact_ids(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    library, _ = await start_two_servers(fake_discord, scenario, bot_runner, tmp_path)
    for _ in range(3):
        answer = await reply_of(
            fake_discord, library.channel, library.member, f"!ask {LIBRARY_QUESTION}"
        )
        assert LIBRARY_QUOTE in answer.text

    theirs = await slash(fake_discord, "stats", library.curator, library.channel)
    ours = await slash(fake_discord, "stats", scenario.moderator, scenario.general)

    assert "Questions:** 3" in theirs.text
    assert "borrowing-limit" in theirs.text
    assert "Questions:** 0" in ours.text
    assert "borrowing-limit" not in ours.text
    assert str(library.guild.id) not in ours.text


async def test_a_broken_private_pack_neither_blocks_nor_shows_in_another_guilds_reload(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    library, knowledge = await start_two_servers(fake_discord, scenario, bot_runner, tmp_path)
    facts = knowledge / "bramblewick" / "facts" / "borrowing.yaml"
    secret = "Members may have up to nine secret packets."
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(f"- text: {LIBRARY_QUOTE}", f"- text: {secret}"),
        encoding="utf-8",
    )

    ours = await slash(fake_discord, "reload", scenario.moderator, scenario.general)
    theirs = await slash(fake_discord, "reload", library.curator, library.channel)
    still_ours = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )
    still_theirs = await reply_of(
        fake_discord, library.channel, library.member, f"!ask {LIBRARY_QUESTION}"
    )

    assert "Reloaded" in ours.text
    assert "antwerp" in ours.text
    assert "bramblewick" not in ours.text
    assert "nine secret packets" not in ours.text
    assert "Reload refused" in theirs.text
    assert "borrowing.yaml" in theirs.text
    assert "seizures.yaml" not in theirs.text
    assert BELGIUM_QUOTE in still_ours.text
    assert LIBRARY_QUOTE in still_theirs.text, "the old library pack keeps answering"
