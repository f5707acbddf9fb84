"""The curator's loop through the real client: votes and declines reach `kb gaps`, and a guild
with its own packs is answered from them while other guilds and DMs are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE
from bot.curation.reports import gap_report
from bot.engine.serving import ServingEngines

from .bot_harness import (
    BELGIUM_FACT,
    BELGIUM_QUESTION,
    button_id,
    reply_of,
    response_to,
    start_factbot,
)
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario
from .fake_discord.world import Channel, User

pytestmark = pytest.mark.asyncio

ITALY_HEROIN = (
    "how much heroin did italy seize",
    "Italy heroin seizures?",
    "how much heroin was seized in italy",
    "heroin italy 2023",
    "italy's heroin haul",
)
SEED_PACK = "bramblewick"
SEED_QUESTION = "How many seed packets can I borrow from the seed library?"
SEED_QUOTE = "Members may have up to five packets of seed on loan."
SEED_PUBLISHER = "Bramblewick Seed Library volunteers (fictional)"


async def ask_in(fake: FakeDiscord, channel: Channel, user: User, question: str) -> str:
    """Ask with the prefix command and return the text of the bot's reply."""
    return (await reply_of(fake, channel, user, f"!ask {question}")).text


async def test_a_thumbs_down_puts_the_question_in_kb_gaps(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)
    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    click = await fake_discord.click(answer.id, button_id(answer, ":down"), user=scenario.member)
    await fake_discord.wait_for_message(response_to(click.id))
    report = await gap_report(bot.settings.database_path)

    assert report.recorded
    assert [(g.representative, g.downvoted, g.nearest_fact_id) for g in report.gaps] == [
        (BELGIUM_QUESTION, 1, BELGIUM_FACT)
    ]


async def test_one_missing_fact_asked_five_ways_is_one_gap_counted_five(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)

    replies = [
        await ask_in(fake_discord, scenario.general, scenario.member, wording)
        for wording in ITALY_HEROIN
    ]
    report = await gap_report(bot.settings.database_path)

    assert all("says nothing about" in text for text in replies), replies
    assert len(report.gaps) == 1
    gap = report.gaps[0]
    assert (gap.count, gap.declined, gap.downvoted) == (len(ITALY_HEROIN), len(ITALY_HEROIN), 0)
    assert set(gap.examples) == set(ITALY_HEROIN)
    assert gap.nearest_fact_id is not None, "declines keep the nearest fact for the curator"


async def test_a_guild_with_its_own_packs_is_answered_from_them_and_no_other_is(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    world = fake_discord.world
    seed_guild = world.add_guild("Seed Savers")
    seed_channel = world.add_text_channel(seed_guild, "questions")
    world.add_member(seed_guild, scenario.member)
    live = ServingEngines(DEFAULT_KNOWLEDGE, ["antwerp"], {seed_guild.id: ["antwerp", SEED_PACK]})
    bot = await start_factbot(fake_discord, bot_runner, tmp_path, live=live)

    in_seed_guild = await ask_in(fake_discord, seed_channel, scenario.member, SEED_QUESTION)
    article_there = await ask_in(fake_discord, seed_channel, scenario.member, BELGIUM_QUESTION)
    in_other_guild = await ask_in(fake_discord, scenario.general, scenario.member, SEED_QUESTION)
    await fake_discord.send_dm(scenario.member, SEED_QUESTION)
    in_dm = await fake_discord.wait_for_message(lambda m: m.guild_id is None)

    assert SEED_QUOTE in in_seed_guild
    assert SEED_PUBLISHER in in_seed_guild, "the citation names the pack's own source"
    assert "123 metric tons" in article_there, "the guild's set includes the article"
    for declined in (in_other_guild, in_dm.text):
        assert SEED_QUOTE not in declined
        assert "I don't know" in declined or "says nothing" in declined
    assert bot.store is not None
    first = await bot.store.question(1)
    assert first is not None
    assert (first.pack, first.where) == (SEED_PACK, f"guild:{seed_guild.id}")
