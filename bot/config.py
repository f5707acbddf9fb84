"""Settings: the one place that reads the environment (and .env), validated at start-up."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"
ENV_FILE = Path(".env")
"""Read from the working directory; the environment wins over it, given values over both."""

IdList = list[int]
NameList = list[str]
GuildPacks = dict[int, list[str]]
PACK_NAME_LIMIT = 64
PACK_NAME = re.compile(rf"[a-z0-9][a-z0-9-]{{0,{PACK_NAME_LIMIT - 1}}}")
"""The pattern pack folders are named by (the same as pack.yaml's `name`), at most 64 long."""
SHOWN_LIMIT = 80
"""A setting's value quoted in a message is cut to this many characters."""
DISCORD_ONLY = (
    "owner_ids", "dev_guild_ids", "shard_count", "shard_ids", "discord_api_base",
    "discord_gateway_url", "guild_packs", "cooldown_rate", "cooldown_seconds",
    "admin_cooldown_rate", "admin_cooldown_seconds", "declines_per_user_per_day",
    "reply_retry_seconds", "dm_policy", "limit_notice_seconds",
)  # fmt: skip
"""Settings only the Discord bot reads: without DISCORD_TOKEN the terminal chat ignores them."""
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
GUILD_PACKS_EXAMPLE = '{"123456789012345678": ["news", "handbook"]}'


def _split(value: Any) -> Any:
    """Accept '1, 2' as well as JSON '[1, 2]', the way people write lists in .env files,
    and a single value ('2', which the environment source may already have read as 2)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [value]
    if isinstance(value, str):
        value = value.strip()
        if value.startswith("["):
            return json.loads(value)
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseModel):
    """Everything configurable, with the defaults a first run needs (none but the token)."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    def __init__(self, _env_file: Path | str | None = ENV_FILE, **values: Any) -> None:
        """Each field from its name in upper or lower case: given here, else in the
        environment, else in the .env file; every value as written, validated below."""
        given = {name.lower(): value for name, value in values.items()}
        super().__init__(**{**_environment(_env_file), **given})

    discord_token: SecretStr | None = None
    command_prefix: str = Field("!", min_length=1, max_length=5)
    owner_ids: IdList = Field(default_factory=list)
    dev_guild_ids: IdList = Field(default_factory=list)
    cooldown_rate: int = Field(5, ge=1)
    cooldown_seconds: float = Field(30.0, gt=0)
    admin_cooldown_rate: int = Field(3, ge=1)
    admin_cooldown_seconds: float = Field(60.0, gt=0)
    log_level: str = "INFO"
    shard_count: int | None = Field(None, ge=1)
    shard_ids: IdList | None = None
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    knowledge_dir: Path = DEFAULT_KNOWLEDGE
    packs: NameList = Field(default_factory=list)
    """The packs to serve; empty means those whose pack.yaml says `default: true`."""
    guild_packs: GuildPacks = Field(default_factory=dict)
    factbot_index_cache: bool = True
    """Map each pack set's index from KNOWLEDGE_DIR/.index-cache (built once per content)."""
    database_path: Path = PROJECT_ROOT / "data" / "factbot.sqlite3"
    database_url: str | None = None
    """A SQLite path, or postgresql://… for a store several processes share; wins over
    DATABASE_PATH when set."""
    retention_days: int = Field(30, ge=1)
    keep_user_ids: bool = False
    declines_per_user_per_day: int = Field(50, ge=1)
    reply_retry_seconds: float = Field(120.0, ge=0)
    conversation_minutes: float = Field(10.0, gt=0)
    conversation_turns: int = Field(4, ge=1)
    conversation_limit: int = Field(10_000, ge=1)
    passive_grace_seconds: float = Field(5.0, ge=0, le=300)
    """In an /autoanswer channel, how long a question must go unanswered by people first."""
    passive_channel_rate: int = Field(3, ge=1)
    passive_channel_seconds: float = Field(60.0, gt=0)
    """At most PASSIVE_CHANNEL_RATE passive answers per channel every PASSIVE_CHANNEL_SECONDS."""
    passive_lookup: bool = True
    """Where passive answers are on, put 🔍 under a question the bot was unsure of; its asker
    clicks it for the did-you-mean list."""
    dm_policy: Literal["members", "everyone", "nobody"] = "members"
    """Who may use the bot in DMs: members of a server it is in, anyone, or nobody."""
    limit_notice_seconds: float = Field(600.0, gt=0)
    """In chat, a user kept out by /limits is told so once per this many seconds, not more."""

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

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if "://" in value and not value.startswith(POSTGRES_SCHEMES):
            # never echoed: the URL may carry a password
            raise ValueError("must be a SQLite file path or a postgresql:// URL (not shown)")
        return value

    def store_location(self) -> str | Path:
        """Where the store keeps its records: a postgresql:// URL, or a SQLite file."""
        if self.database_url is None:
            return self.database_path
        if self.database_url.startswith(POSTGRES_SCHEMES):
            return self.database_url
        return Path(self.database_url)

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
    bad = [n for n, name in enumerate(names, 1) if not PACK_NAME.fullmatch(name)]
    if bad:
        # never echoed: a token pasted into the wrong setting must not end up in a log
        which = ", ".join(f"#{n}" for n in bad)
        raise ValueError(
            f"value {which} of {len(names)} is not a pack name (lower-case letters, digits "
            f"and '-', at most {PACK_NAME_LIMIT} characters; not shown, in case it is a secret)"
        )
    return list(dict.fromkeys(names))


DEFAULT_MARK = re.compile(r"^default:\s*true\s*(?:#.*)?$", re.MULTILINE)
MANIFEST_READ_LIMIT = 65_536


def default_packs(knowledge_dir: Path) -> list[str]:
    """The packs marked `default: true` in their pack.yaml, or every pack when none is."""
    try:
        found = sorted(p.parent.name for p in knowledge_dir.glob("*/pack.yaml"))
    except OSError:
        return []  # an unusable KNOWLEDGE_DIR is reported as such when it is checked
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


def ignored_settings(settings: Settings, *, env_file: Path | None = ENV_FILE) -> list[str]:
    """One line for each setting that was given but will have no effect on `run`."""
    given = settings.model_fields_set
    notes: list[str] = []
    discord = settings.discord_token is not None and bool(settings.discord_token.get_secret_value())
    if not discord:
        ignored = [name.upper() for name in DISCORD_ONLY if name in given]
        if ignored:
            notes.append(
                f"{', '.join(ignored)} ignored: DISCORD_TOKEN is not set, so the terminal "
                "chat runs instead of the Discord bot"
            )
    elif settings.discord_gateway_url and settings.shard_count is None:
        notes.append(
            "DISCORD_GATEWAY_URL ignored: without SHARD_COUNT the gateway address comes from "
            "DISCORD_API_BASE's /gateway/bot answer; set SHARD_COUNT to use it"
        )
    if env_file is not None and env_file.is_file():
        known = {name.upper() for name in Settings.model_fields}
        unknown = sorted(key for key in _env_file_keys(env_file) if key.upper() not in known)
        if unknown:
            notes.append(
                f"{env_file} sets {', '.join(clipped(key) for key in unknown)}, which "
                "factbot does not read (misspelt?)"
            )
    return notes


def _environment(env_file: Path | str | None) -> dict[str, str]:
    """The settings the environment and the .env file give, by field name; names are matched
    in any case and values kept as text (lists and JSON are read by the validators)."""
    fields = Settings.model_fields
    found: dict[str, str] = {}
    path = Path(env_file).expanduser() if env_file is not None else None
    if path is not None and (path.is_file() or path.is_fifo()):
        from dotenv import dotenv_values  # only when there is a file to read

        for key, value in dotenv_values(path).items():
            if value is not None and key.lower() in fields:
                found[key.lower()] = value
    for key, value in os.environ.items():
        if key.lower() in fields:
            found[key.lower()] = value
    return found


def _env_file_keys(path: Path) -> list[str]:
    from dotenv import dotenv_values

    try:
        return [key for key in dotenv_values(path) if key]
    except (OSError, UnicodeDecodeError):
        return []


def clipped(text: str, limit: int = SHOWN_LIMIT) -> str:
    """Text cut for a one-line message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SettingsError(Exception):
    """Start-up refuses bad settings with one line per setting, named as in the environment."""


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and .env; every failure is one line, values not shown."""
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = ".".join(str(p) for p in error["loc"]).upper() or "settings"
            lines.append(f"{clipped(name)}: {clipped(' '.join(str(error['msg']).split()), 240)}")
        raise SettingsError("bad setting — " + "; ".join(lines)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read the settings (.env): {exc}") from None
    problem = _unreadable_knowledge(settings.knowledge_dir)
    if problem is not None:
        raise SettingsError(f"bad setting — KNOWLEDGE_DIR: {problem}")
    return settings


def _unreadable_knowledge(folder: Path) -> str | None:
    """Why KNOWLEDGE_DIR cannot be used, or None: a folder that can be listed and read."""
    try:
        if not folder.exists():
            return None  # nothing to load from yet: reported as missing packs, by name
        if not folder.is_dir():
            return f"{clipped(str(folder))} is not a folder"
        next(iter(folder.iterdir()), None)
    except OSError as exc:
        return f"{clipped(str(folder))} cannot be read ({exc.strerror or exc})"
    return None
