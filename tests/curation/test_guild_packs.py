"""GUILD_PACKS: a guild may have its own packs; one engine per distinct set, reloaded together."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, SettingsError, load_settings
from bot.engine.serving import ServingEngines
from tests.knowledge.support import KNOWLEDGE, copy_knowledge, edit, run_bot

from .support import SECOND_PACK, SEED_QUESTION, SEED_QUOTE, env_with

SEED_GUILD = 111
TWIN_GUILD = 222
OTHER_GUILD = 333
BELGIUM_QUESTION = "How much cocaine did Belgium seize?"
SEED_FACTS = Path(SECOND_PACK) / "facts" / "borrowing.yaml"
SEED_ANSWER = "Members may have up to five packets of seed on loan."


def settings(monkeypatch: pytest.MonkeyPatch, guild_packs: str) -> Settings:
    monkeypatch.setenv("GUILD_PACKS", guild_packs)
    return load_settings(_env_file=None)


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A private copy of the packs that a test may break and mend."""
    target = tmp_path / "knowledge"
    copy_knowledge(KNOWLEDGE, target)
    return target


def test_guild_packs_are_read_as_json_with_lists_or_comma_strings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded = settings(
        monkeypatch, f'{{"{SEED_GUILD}": ["antwerp", "{SECOND_PACK}"], "{TWIN_GUILD}": "antwerp"}}'
    )

    assert loaded.guild_packs == {SEED_GUILD: ["antwerp", SECOND_PACK], TWIN_GUILD: ["antwerp"]}
    assert loaded.pack_sets() == [("antwerp",), ("antwerp", SECOND_PACK)]


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("antwerp", "must be JSON"),
        ('{"1": []}', "at least one pack"),
        ('{"1": ["Not A Pack"]}', "not a pack name"),
        ('{"-5": ["antwerp"]}', "0 or more"),
    ],
)
def test_bad_guild_packs_are_refused_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, value: str, says: str
) -> None:
    with pytest.raises(SettingsError, match="GUILD_PACKS") as refused:
        settings(monkeypatch, value)

    assert says in str(refused.value)


def test_each_distinct_pack_set_gets_one_engine_and_guilds_share_it() -> None:
    live = ServingEngines(
        KNOWLEDGE,
        ["antwerp"],
        {SEED_GUILD: ["antwerp", SECOND_PACK], TWIN_GUILD: [SECOND_PACK, "antwerp"]},
    )

    seed, twin = live.for_guild(SEED_GUILD), live.for_guild(TWIN_GUILD)

    assert seed is twin, "the same set in another order is the same engine"
    assert live.for_guild(OTHER_GUILD) is live.current
    assert live.for_guild(None) is live.current, "DMs use PACKS"
    assert len(live.engines()) == 2
    assert seed.ask(SEED_QUESTION).answered
    assert not live.current.ask(SEED_QUESTION).answered
    assert seed.ask(BELGIUM_QUESTION).answered, "the guild keeps the article too"


def test_a_reload_swaps_every_engine_together_or_none_of_them(knowledge: Path) -> None:
    live = ServingEngines(knowledge, ["antwerp"], {SEED_GUILD: ["antwerp", SECOND_PACK]})
    old_default, old_seed = live.current, live.for_guild(SEED_GUILD)

    edit(knowledge / SEED_FACTS, f"      - text: {SEED_QUOTE}", "      - text: Not in the source.")
    refused = live.reload()

    assert any("borrowing.yaml" in str(problem) for problem in refused)
    assert live.current is old_default, "a problem in one set keeps every old engine"
    assert live.for_guild(SEED_GUILD) is old_seed

    edit(knowledge / SEED_FACTS, "      - text: Not in the source.", f"      - text: {SEED_QUOTE}")
    edit(knowledge / SEED_FACTS, f"    answer: {SEED_ANSWER}", "    answer: Five packets at most.")
    assert live.reload() == []

    assert live.current is not old_default
    assert live.for_guild(SEED_GUILD) is not old_seed
    assert live.for_guild(SEED_GUILD).ask(SEED_QUESTION).headline == "Five packets at most."


@pytest.mark.slow  # a long run of kb processes: it runs after the quick suite
def test_kb_check_validates_every_guilds_pack_set(knowledge: Path, tmp_path: Path) -> None:
    guild_packs = f'{{"{SEED_GUILD}": ["antwerp", "{SECOND_PACK}"]}}'
    env = env_with(tmp_path / "q.sqlite3", GUILD_PACKS=guild_packs)

    good = run_bot("kb", "check", "--dir", str(knowledge), env=env)
    edit(knowledge / SEED_FACTS, f"      - text: {SEED_QUOTE}", "      - text: Not in the source.")
    broken = run_bot("kb", "check", "--dir", str(knowledge), env=env)

    assert good.returncode == 0, good.stderr.decode()
    lines = [line for line in good.stdout.decode().splitlines() if line.startswith("ok: ")]
    every_pack = sorted(path.parent.name for path in knowledge.glob("*/pack.yaml"))
    assert {"antwerp", SECOND_PACK} <= set(every_pack)
    assert [line.split(" in ", 1)[1] for line in lines] == [*every_pack, f"antwerp, {SECOND_PACK}"]
    assert broken.returncode == 1
    assert "borrowing.yaml" in broken.stderr.decode()
    assert "ok" not in broken.stdout.decode()
