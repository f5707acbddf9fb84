"""Settings: lists take one value, ignored settings say so, failures are one line, and a
secret pasted into the wrong setting is never echoed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings, SettingsError, ignored_settings, load_settings
from tests.knowledge.support import REPO, clean_env

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz123456"


@pytest.fixture(autouse=True)
def no_factbot_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's


@pytest.mark.parametrize(
    ("name", "value", "field", "expected"),
    [
        ("SHARD_IDS", "2", "shard_ids", [2]),
        ("SHARD_IDS", "0, 1", "shard_ids", [0, 1]),
        ("OWNER_IDS", "5", "owner_ids", [5]),
        ("DEV_GUILD_IDS", "[7]", "dev_guild_ids", [7]),
        ("PACKS", "antwerp", "packs", ["antwerp"]),
    ],
)
def test_lists_accept_one_value(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, field: str, expected: list[object]
) -> None:
    monkeypatch.setenv(name, value)
    assert getattr(load_settings(), field) == expected


def test_a_token_pasted_into_packs_is_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKS", f"antwerp,{TOKEN}")
    with pytest.raises(SettingsError) as refused:
        load_settings()
    message = str(refused.value)
    assert "PACKS" in message
    assert TOKEN not in message
    assert "GhIjKl" not in message
    assert "\n" not in message


def test_a_very_long_pack_name_is_one_short_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKS", "a" * 5000)
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert "\n" not in str(refused.value)
    assert len(str(refused.value)) < 400


@pytest.mark.parametrize("kind", ["too-long", "a-file"])
def test_an_unusable_knowledge_dir_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    if kind == "too-long":
        folder = tmp_path / ("k" * 300)
    else:
        folder = tmp_path / "file"
        folder.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("KNOWLEDGE_DIR", str(folder))
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert "KNOWLEDGE_DIR" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert len(str(refused.value)) < 400


@pytest.mark.parametrize(
    "environment",
    [
        {"PACKS": "a" * 5000},
        {"KNOWLEDGE_DIR": "/" + "k" * 300},
        {"PACKS": f"antwerp,{TOKEN}"},
        {"PACKS": "antwerp," + "b" * 64},
    ],
    ids=["long-pack-name", "unreadable-knowledge-dir", "token-in-packs", "64-char-pack"],
)
def test_every_start_up_failure_is_one_line(tmp_path: Path, environment: dict[str, str]) -> None:
    env = clean_env() | {"PYTHONPATH": str(REPO)} | environment
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "hi"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    err = result.stderr.decode()
    assert result.returncode != 0
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert TOKEN not in err
    assert len(err) < 600


def test_the_gateway_url_without_a_shard_count_says_it_is_ignored() -> None:
    settings = Settings(_env_file=None, discord_token="t", discord_gateway_url="ws://127.0.0.1:9/")
    notes = ignored_settings(settings, env_file=None)
    assert any("DISCORD_GATEWAY_URL ignored" in note for note in notes)
    with_count = Settings(
        _env_file=None, discord_token="t", discord_gateway_url="ws://127.0.0.1:9/", shard_count=1
    )
    assert ignored_settings(with_count, env_file=None) == []


def test_discord_settings_without_a_token_say_they_are_ignored() -> None:
    settings = Settings(_env_file=None, owner_ids=[1], shard_count=2)
    notes = ignored_settings(settings, env_file=None)
    assert len(notes) == 1
    assert "OWNER_IDS" in notes[0]
    assert "SHARD_COUNT" in notes[0]
    assert "DISCORD_TOKEN" in notes[0]


def test_a_misspelt_setting_in_dotenv_says_it_is_not_read(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("COOLDOWN_RATES=3\nPACKS=antwerp\n", encoding="utf-8")
    settings = Settings(_env_file=None)
    notes = ignored_settings(settings, env_file=env_file)
    assert any("COOLDOWN_RATES" in note and "PACKS" not in note for note in notes)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "DEFAULT"),
        ("", "DEFAULT"),
        ("records/q.sqlite3", Path("records/q.sqlite3")),
        ("postgresql://bot:pw@db:5432/factbot", "postgresql://bot:pw@db:5432/factbot"),
        ("postgres://db/factbot", "postgres://db/factbot"),
    ],
)
def test_database_url_chooses_the_store(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: str | Path
) -> None:
    monkeypatch.setenv("DATABASE_PATH", "old/place.sqlite3")
    if value is not None:
        monkeypatch.setenv("DATABASE_URL", value)

    location = load_settings().store_location()

    assert location == (Path("old/place.sqlite3") if expected == "DEFAULT" else expected)


def test_a_database_url_of_another_kind_is_refused_without_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://bot:hunter2@db/factbot")

    with pytest.raises(SettingsError) as refused:
        load_settings()

    assert "DATABASE_URL" in str(refused.value)
    assert "hunter2" not in str(refused.value)
