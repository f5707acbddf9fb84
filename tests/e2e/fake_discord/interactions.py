"""Bookkeeping for injected interactions: tokens, acknowledgement and the original response."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .errors import ApiError, unknown
from .flags import InteractionType
from .json_types import JsonDict


@dataclass
class InteractionRecord:
    """An interaction the test injected; keep it to await the bot's callback."""

    id: int
    token: str
    type: InteractionType
    channel_id: int
    guild_id: int | None
    user_id: int
    payload: JsonDict = field(repr=False)
    created_at: float = field(default_factory=time.monotonic)
    component_message_id: int | None = None
    response_type: int | None = None
    original_message_id: int | None = None

    @property
    def acknowledged(self) -> bool:
        """Whether the bot has answered the callback (so followups are allowed)."""
        return self.response_type is not None


class InteractionRegistry:
    """Finds interactions by id or webhook token and enforces Discord's response rules."""

    def __init__(self, response_deadline: float) -> None:
        self.response_deadline = response_deadline
        self._by_id: dict[int, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}

    def add(self, record: InteractionRecord) -> InteractionRecord:
        """Remember an injected interaction."""
        self._by_id[record.id] = record
        self._by_token[record.token] = record
        return record

    def for_callback(self, interaction_id: int, token: str) -> InteractionRecord:
        """The interaction a callback targets; late or repeated answers fail like on Discord."""
        record = self._by_id.get(interaction_id)
        if record is None or record.token != token:
            raise unknown("interaction", 10062)
        if record.acknowledged:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        if time.monotonic() - record.created_at > self.response_deadline:
            raise unknown("interaction", 10062)
        return record

    def for_webhook(self, token: str) -> InteractionRecord:
        """The interaction behind a followup/original-response webhook token."""
        record = self._by_token.get(token)
        if record is None or not record.acknowledged:
            raise unknown("Webhook", 10015)
        return record
