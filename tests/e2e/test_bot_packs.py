"""A reload never serves a pack read from outside its folder or a fact file cut off mid-write."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.serving import ServingEngines

from .bot_harness import BELGIUM_QUESTION, BELGIUM_QUOTE, copy_knowledge, reply_of, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio


async def reload_text(fake: FakeDiscord, scenario: Scenario) -> str:
    interaction = await fake.slash_command("reload", user=scenario.admin, channel=scenario.general)
    done = await fake.wait_for_message(
        lambda m: m.interaction_id == interaction.id and not m.loading
    )
    return done.text


async def test_a_fact_file_cut_off_mid_list_is_refused_on_reload(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    live = ServingEngines(knowledge, ["antwerp"])
    await start_factbot(fake_discord, bot_runner, tmp_path, live=live, knowledge_dir=knowledge)
    facts = knowledge / "antwerp" / "facts" / "seizures.yaml"
    data = facts.read_bytes()
    facts.write_bytes(data[: data.rindex(b"questions:") + len(b"questions:\n      - How mu")])

    refused = await reload_text(fake_discord, scenario)
    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    assert "Reload refused" in refused
    assert "cut off" in refused
    assert BELGIUM_QUOTE in answer.text


async def test_a_source_linked_out_of_the_pack_is_refused_on_reload(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    live = ServingEngines(knowledge, ["antwerp"])
    await start_factbot(fake_discord, bot_runner, tmp_path, live=live, knowledge_dir=knowledge)
    source = knowledge / "antwerp" / "sources" / "ap-antwerp-noem-de-wever.txt"
    outside = tmp_path / "outside.txt"
    source.rename(outside)
    source.symlink_to(outside)

    refused = await reload_text(fake_discord, scenario)

    assert "Reload refused" in refused
    assert "inside the pack folder" in refused
    assert str(tmp_path) not in refused
