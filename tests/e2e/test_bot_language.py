"""A guild's language with the real client: the bot's own words change (headings, buttons and
the engine's sentences: declines, checks), the quote does not, other guilds keep English, and
the choice survives a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .bot_harness import BELGIUM_QUESTION, BELGIUM_QUOTE, reply_of, start_factbot
from .fake_discord import FakeDiscord, PostedMessage
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio


def headings(answer: PostedMessage) -> list[str]:
    return [str(f["name"]) for embed in answer.embeds for f in embed.get("fields", [])]


def labels(answer: PostedMessage) -> list[str]:
    return [
        str(button.get("label"))
        for row in answer.components
        for button in row.get("components", [])
    ]


async def set_language(fake: FakeDiscord, scenario: Scenario, **options: Any) -> str:
    interaction = await fake.slash_command(
        "language", user=scenario.admin, channel=scenario.general, options=options
    )
    done = await fake.wait_for_message(lambda m: m.interaction_id == interaction.id)
    assert done.ephemeral
    return done.text


async def test_a_guilds_language_changes_the_bots_words_not_the_quote(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    world = fake_discord.world
    other = world.add_guild("Other Guild")
    other_channel = world.add_text_channel(other, "general")
    olga = world.add_user("olga")
    world.add_member(other, olga)
    first = await start_factbot(fake_discord, bot_runner, tmp_path)
    english = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    dutch_said = await set_language(fake_discord, scenario, language="nl")
    dutch = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )
    declined = await reply_of(
        fake_discord, scenario.general, scenario.member, "!ask How much heroin did Italy seize?"
    )
    checked = await reply_of(
        fake_discord, scenario.general, scenario.member, "!ask Spain seized the most, right?"
    )
    elsewhere = await reply_of(fake_discord, other_channel, olga, f"!ask {BELGIUM_QUESTION}")
    elsewhere_declined = await reply_of(
        fake_discord, other_channel, olga, "!ask How much heroin did Italy seize?"
    )
    await bot_runner.stop(first)
    await start_factbot(fake_discord, bot_runner, tmp_path)
    still_dutch = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )
    french_said = await set_language(fake_discord, scenario, language="fr")
    french_now = await set_language(fake_discord, scenario)

    assert "📖 Source" in headings(english)
    assert "Helpful" in labels(english)
    assert "Nederlands" in dutch_said
    assert "📖 Bron" in headings(dutch)
    assert "📏 Cijfers" in headings(dutch)
    assert "Nuttig" in labels(dutch)
    assert "Niet nuttig" in labels(dutch)
    assert BELGIUM_QUOTE in dutch.text  # the quote stays in the source's language
    assert "De kennisbank zegt niets over" in declined.text
    assert "Nee — " in checked.text
    assert BELGIUM_QUOTE in checked.text
    assert "The knowledge base says nothing about" in elsewhere_declined.text
    assert "📖 Source" in headings(elsewhere)
    assert "📖 Bron" in headings(still_dutch)
    assert "français" in french_said
    assert "Je parle" in french_now
