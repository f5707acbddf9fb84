"""What the fake saw, kept in order, plus awaitable look-ups so tests never sleep-and-poll."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .flags import MessageFlag
from .json_types import JsonDict

T = TypeVar("T")
Predicate = Callable[[T], bool]


class WaitTimeoutError(AssertionError):
    """Raised when an awaited record never shows up, so the test fails with what was seen."""


@dataclass
class _Waiter(Generic[T]):
    predicate: Predicate[T]
    future: asyncio.Future[T]
    claim: bool


class Feed(Generic[T]):
    """An append-only log that tests can await; claimed items are not handed out twice."""

    def __init__(self, describe: str) -> None:
        self._describe = describe
        self._items: list[T] = []
        self._claimed: set[int] = set()
        self._waiters: list[_Waiter[T]] = []

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    @property
    def items(self) -> list[T]:
        """A copy of everything recorded so far, oldest first."""
        return list(self._items)

    def append(self, item: T) -> None:
        """Record an item and wake the first matching waiters."""
        index = len(self._items)
        self._items.append(item)
        for waiter in list(self._waiters):
            if waiter.future.done():
                self._waiters.remove(waiter)
                continue
            if waiter.claim and index in self._claimed:
                continue
            try:
                matched = waiter.predicate(item)
            except Exception as exc:  # a broken predicate should fail the test, not the server
                waiter.future.set_exception(exc)
                self._waiters.remove(waiter)
                continue
            if matched:
                if waiter.claim:
                    self._claimed.add(index)
                waiter.future.set_result(item)
                self._waiters.remove(waiter)

    async def wait_for(self, predicate: Predicate[T], *, within: float, claim: bool = True) -> T:
        """First matching item, already recorded or still to come; claiming makes it "next"."""
        for index, item in enumerate(self._items):
            if claim and index in self._claimed:
                continue
            if predicate(item):
                if claim:
                    self._claimed.add(index)
                return item
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        waiter = _Waiter(predicate, future, claim)
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(future, within)
        except TimeoutError:
            seen = "\n  ".join(repr(item) for item in self._items[-10:]) or "(nothing)"
            raise WaitTimeoutError(
                f"no matching {self._describe} within {within}s; last seen:\n  {seen}"
            ) from None
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot attached to a message."""

    field_name: str
    filename: str
    content: bytes
    content_type: str | None


@dataclass(frozen=True)
class RecordedRequest:
    """One REST call the bot made, with the answer the fake gave."""

    method: str
    path: str
    route: str
    query: dict[str, str]
    json: Any
    files: tuple[UploadedFile, ...]
    status: int
    at: float
    known_route: bool = True

    @property
    def key(self) -> str:
        """`METHOD /path` for compact assertions and readable failure output."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class PostedMessage:
    """A snapshot of a message the bot created or edited, in any channel or interaction."""

    id: int
    channel_id: int
    guild_id: int | None
    content: str
    embeds: tuple[JsonDict, ...]
    components: tuple[JsonDict, ...]
    flags: int
    source: str
    """`channel`, `interaction`, `followup` or `component_update`: how the bot produced it."""
    version: int
    """0 for the creation, then one more for each edit."""
    interaction_id: int | None = None
    reply_to: int | None = None
    attachments: tuple[JsonDict, ...] = ()
    raw: JsonDict = field(default_factory=dict, repr=False, compare=False)

    @property
    def ephemeral(self) -> bool:
        """Only the invoking user can see it."""
        return bool(self.flags & MessageFlag.EPHEMERAL)

    @property
    def loading(self) -> bool:
        """A deferred "thinking…" placeholder that has not been edited yet."""
        return bool(self.flags & MessageFlag.LOADING)

    @property
    def text(self) -> str:
        """Content plus embed text, so answer checks do not care whether the bot used embeds."""
        parts = [self.content]
        for embed in self.embeds:
            parts.extend(str(embed.get(key) or "") for key in ("title", "description"))
            for embed_field in embed.get("fields", []):
                parts.extend((str(embed_field.get("name", "")), str(embed_field.get("value", ""))))
            footer = embed.get("footer") or {}
            parts.append(str(footer.get("text", "")))
        return "\n".join(part for part in parts if part)

    @property
    def custom_ids(self) -> list[str]:
        """custom_ids of every component, so tests can click what the bot offered."""
        found: list[str] = []

        def walk(component: JsonDict) -> None:
            if "custom_id" in component:
                found.append(str(component["custom_id"]))
            for child in component.get("components", []):
                walk(child)
            accessory = component.get("accessory")
            if isinstance(accessory, dict):
                walk(accessory)

        for row in self.components:
            walk(row)
        return found


@dataclass(frozen=True)
class InteractionCallback:
    """One POST to an interaction callback and whether the fake accepted it."""

    interaction_id: int
    type: int
    data: JsonDict | None
    at: float
    accepted: bool
    error: str | None = None


@dataclass(frozen=True)
class GatewayEvent:
    """Something that happened on the gateway: connect, identify, resume, ready, close..."""

    kind: str
    shard_id: int | None
    session_id: str | None
    detail: JsonDict
    at: float
