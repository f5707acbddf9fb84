"""Settings: the one place that reads the environment (and .env), validated at start-up."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"

IdList = Annotated[list[int], NoDecode]
NameList = Annotated[list[str], NoDecode]
GuildPacks = Annotated[dict[int, list[str]], NoDecode]
PACK_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
"""The pattern pack folders are named by (the same as pack.yaml's `name`)."""
GUILD_PACKS_EXAMPLE = '{"123456789012345678": ["news", "handbook"]}'


def _split(value: Any) -> Any:
    """Accept '1, 2' as well as JSON '[1, 2]', the way people write lists in .env files."""
    if isinstance(value, str):
        value = value.strip()
        if value.startswith("["):
            return json.loads(value)
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Everything configurable, with the defaults a first run needs (none but the token)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", validate_default=True)

    discord_token: SecretStr | None = None
    command_prefix: str = Field("!", min_length=1, max_length=5)
    owner_ids: IdList = Field(default_factory=list)
    dev_guild_ids: IdList = Field(default_factory=list)
    cooldown_rate: int = Field(5, ge=1)
    cooldown_seconds: float = Field(30.0, gt=0)
    log_level: str = "INFO"
    shard_count: int | None = Field(None, ge=1)
    shard_ids: IdList | None = None
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    knowledge_dir: Path = DEFAULT_KNOWLEDGE
    packs: NameList = Field(default_factory=list)
    """The packs to serve; empty means those whose pack.yaml says `default: true`."""
    guild_packs: GuildPacks = Field(default_factory=dict)
    database_path: Path = PROJECT_ROOT / "data" / "factbot.sqlite3"
    retention_days: int = Field(30, ge=1)
    keep_user_ids: bool = False
    passive_grace_seconds: float = Field(5.0, ge=0, le=300)
    """In an /autoanswer channel, how long a question must go unanswered by people first."""
    passive_channel_rate: int = Field(3, ge=1)
    passive_channel_seconds: float = Field(60.0, gt=0)
    """At most PASSIVE_CHANNEL_RATE passive answers per channel every PASSIVE_CHANNEL_SECONDS."""

    @field_validator("owner_ids", "dev_guild_ids", "shard_ids", "packs", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _split(value)

    @field_validator("guild_packs", mode="before")
    @classmethod
    def _guild_packs_json(cls, value: Any) -> Any:
        """GUILD_PACKS is JSON ({"123": ["news", "handbook"]}); a list may be "a,b" too."""
        if isinstance(value, str):
            try:
                value = json.loads(value) if value.strip() else {}
            except json.JSONDecodeError:
                raise ValueError(f"must be JSON such as {GUILD_PACKS_EXAMPLE}") from None
        if isinstance(value, dict):
            return {guild: _split(packs) for guild, packs in value.items()}
        return value

    @field_validator("packs")
    @classmethod
    def _pack_names(cls, value: list[str]) -> list[str]:
        return _checked_pack_names(value, may_be_empty=True)

    @field_validator("guild_packs")
    @classmethod
    def _guild_pack_names(cls, value: dict[int, list[str]]) -> dict[int, list[str]]:
        if any(guild < 0 for guild in value):
            raise ValueError("guild ids are 0 or more")
        return {guild: _checked_pack_names(packs) for guild, packs in value.items()}

    def pack_sets(self) -> list[tuple[str, ...]]:
        """Every distinct set of packs the bot serves: PACKS first, then each guild's own."""
        sets: dict[frozenset[str], tuple[str, ...]] = {}
        for names in (self.packs, *self.guild_packs.values()):
            sets.setdefault(frozenset(names), tuple(names))
        return list(sets.values())

    @model_validator(mode="after")
    def _default_packs(self) -> Settings:
        """No PACKS: serve the packs whose pack.yaml says `default: true` (every pack when
        none does), so a pack of one's own is served by adding its folder."""
        if not self.packs:
            self.packs = default_packs(self.knowledge_dir)
        return self

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("discord_api_base", "discord_gateway_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("http://", "https://", "ws://", "wss://")):
            raise ValueError("must be an http(s):// or ws(s):// URL")
        return value.rstrip("/")

    @field_validator("shard_ids")
    @classmethod
    def _shards(cls, value: list[int] | None) -> list[int] | None:
        if value is not None and any(v < 0 for v in value):
            raise ValueError("shard ids are 0 or more")
        return value


def _checked_pack_names(names: list[str], *, may_be_empty: bool = False) -> list[str]:
    """At least one pack (PACKS may be empty: the default packs), each named as a pack folder
    can be, each once (order kept)."""
    if not names and not may_be_empty:
        raise ValueError("name at least one pack")
    bad = [name for name in names if not PACK_NAME.fullmatch(name)]
    if bad:
        raise ValueError(f"not a pack name: {', '.join(map(repr, bad))}")
    return list(dict.fromkeys(names))


DEFAULT_MARK = re.compile(r"^default:\s*true\s*(?:#.*)?$", re.MULTILINE)
MANIFEST_READ_LIMIT = 65_536


def default_packs(knowledge_dir: Path) -> list[str]:
    """The packs marked `default: true` in their pack.yaml, or every pack when none is."""
    found = sorted(p.parent.name for p in knowledge_dir.glob("*/pack.yaml"))
    marked = []
    for name in found:
        try:
            with (knowledge_dir / name / "pack.yaml").open(encoding="utf-8") as manifest:
                head = manifest.read(MANIFEST_READ_LIMIT)
        except (OSError, UnicodeDecodeError):
            continue  # a pack that cannot be read is reported when it is loaded
        if DEFAULT_MARK.search(head):
            marked.append(name)
    return marked or found


class SettingsError(Exception):
    """Start-up refuses bad settings with one line per setting, named as in the environment."""


def load_settings(**overrides: Any) -> Settings:
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = ".".join(str(p) for p in error["loc"]).upper() or "settings"
            lines.append(f"{name}: {error['msg']}")
        raise SettingsError("bad setting — " + "; ".join(lines)) from None
