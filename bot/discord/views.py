"""Buttons under the bot's messages: "did you mean", feedback, paging and confirmation."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import discord

from bot.discord.safety import NO_PINGS, clip
from bot.engine.answer import Suggestion
from bot.store import DOWN, UP

if TYPE_CHECKING:
    from bot.discord.client import FactBot
    from bot.discord.replies import Responder

log = logging.getLogger(__name__)

PAGER_TIMEOUT = 5 * 60.0
CONFIRM_TIMEOUT = 60.0
MAX_SUGGESTION_BUTTONS = 3
LABEL_LIMIT = 80
CUSTOM_ID_LIMIT = 100
BUTTON_LOOKS_KEPT = 4096
ID_PLACEHOLDER = "factbot:button"

ONLY_THE_ASKER = "Only the person who asked can use these buttons."
SOMETHING_BROKE = "Sorry, that didn't work — it has been logged. Please try again."


class ExpiringView(discord.ui.View):
    """A view whose buttons grey out when it times out and whose errors get a polite reply."""

    def __init__(self, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.message: discord.Message | discord.InteractionMessage | None = None
        self.key = secrets.token_hex(4)
        """Makes custom ids unique per message, so two answers' buttons never collide."""

    def custom_id(self, *parts: str) -> str:
        """`factbot:<view key>:<parts>`, within Discord's 100-character limit."""
        return ":".join(("factbot", self.key, *parts))[:CUSTOM_ID_LIMIT]

    async def on_timeout(self) -> None:
        """Disable every button so nobody clicks into a view that no longer listens."""
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=NO_PINGS)
            except discord.HTTPException:
                log.debug("could not disable buttons on an expired message", exc_info=True)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """Log the failure and tell the clicker, instead of leaving "interaction failed"."""
        log.error("button %r failed", getattr(item, "custom_id", item), exc_info=error)
        await tell_privately(interaction, SOMETHING_BROKE)


async def tell_privately(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral note to the clicker, whether or not the interaction was answered yet."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)
    except discord.HTTPException:
        log.warning("could not send an ephemeral note", exc_info=True)


ASK_ID = "factbot:ask:{asker}:{fact}"
ASK_IN_GUILD_ID = "factbot:ask:{asker}:{fact}:g{guild}"
"""A did-you-mean sent outside its guild (a 🔍 list in a DM) names the guild it answers for."""
VOTE_ID = "factbot:vote:{question}:{vote}"
VOTES = {"up": UP, "down": DOWN}


async def answer_politely(
    interaction: discord.Interaction[FactBot],
    button: discord.ui.Item[Any],
    action: Callable[[Responder], Awaitable[None]],
) -> None:
    """Run a button's action with the bot's responder, which knows the engines and the store;
    a failure is logged and told to the clicker, never left silent."""
    try:
        await action(interaction.client.responder)
    except Exception:
        log.exception("answer button %r failed", getattr(button, "custom_id", button))
        await tell_privately(interaction, SOMETHING_BROKE)


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=(
        r"factbot:ask:(?P<asker>[0-9]{1,20}):(?P<fact>[a-z0-9][a-z0-9-]*)(?::g(?P<guild>[0-9]{1,20}))?"
    ),
):
    """A "did you mean" topic for its asker. Everything it needs is in its custom id, so no
    view is kept per answer and the button still works after the bot restarts. `guild_id`
    is set only for a button sent outside its guild, which answers from that guild's engine."""

    def __init__(
        self, asker_id: int, fact_id: str, topic: str, guild_id: int | None = None
    ) -> None:
        custom_id = (
            ASK_ID.format(asker=asker_id, fact=fact_id)
            if guild_id is None
            else ASK_IN_GUILD_ID.format(asker=asker_id, fact=fact_id, guild=guild_id)
        )
        super().__init__(
            discord.ui.Button(
                label=clip(topic, LABEL_LIMIT) or "?",
                style=discord.ButtonStyle.primary,
                emoji="🔎",
                custom_id=custom_id,
                row=0,
            )
        )
        self.asker_id = asker_id
        self.fact_id = fact_id
        self.topic = topic
        self.guild_id = guild_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> SuggestionButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        guild = match["guild"]
        return cls(int(match["asker"]), match["fact"], label or "", int(guild) if guild else None)

    async def interaction_check(self, interaction: discord.Interaction[FactBot]) -> bool:  # type: ignore[override]
        """The guild's limits hold for buttons too; the clicker is told why, privately."""
        return await interaction.client.gate.allows_interaction(interaction)

    async def callback(self, interaction: discord.Interaction[FactBot]) -> None:  # type: ignore[override]
        if interaction.user.id != self.asker_id:
            await tell_privately(interaction, ONLY_THE_ASKER)
            return
        await answer_politely(
            interaction,
            self,
            lambda responder: responder.pick_suggestion(
                interaction, self.fact_id, self.topic, guild_id=self.guild_id
            ),
        )


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"factbot:vote:(?P<question>[0-9]{1,20}):(?P<vote>up|down)",
):
    """👍 or 👎 on a recorded answer; anyone may vote once and change their mind, for as long
    as the store keeps the question."""

    def __init__(self, question_id: int, vote: str, label: str | None = None) -> None:
        up = vote == "up"
        super().__init__(
            discord.ui.Button(
                label=label or ("Helpful" if up else "Not helpful"),
                emoji="👍" if up else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=VOTE_ID.format(question=question_id, vote=vote),
                row=1,
            )
        )
        self.question_id = question_id
        self.vote = VOTES[vote]

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> VoteButton:
        return cls(int(match["question"]), match["vote"])

    async def interaction_check(self, interaction: discord.Interaction[FactBot]) -> bool:  # type: ignore[override]
        """The guild's limits hold for buttons too; the clicker is told why, privately."""
        return await interaction.client.gate.allows_interaction(interaction)

    async def callback(self, interaction: discord.Interaction[FactBot]) -> None:  # type: ignore[override]
        question_id, vote = self.question_id, self.vote
        await answer_politely(
            interaction, self, lambda responder: responder.vote(interaction, question_id, vote)
        )


ANSWER_BUTTONS = (SuggestionButton, VoteButton)
"""Registered with FactBot once (and with no other client, which is why their callbacks may
take the interaction as FactBot's); they answer clicks on any message that carries them."""


def answer_buttons(
    *,
    asker_id: int,
    suggestions: Sequence[Suggestion],
    question_id: int | None,
    words: Mapping[str, str] | None = None,
) -> discord.ui.View | None:
    """Up to three "did you mean" buttons (asker only) and 👍/👎 (when the store logged it);
    None when there is nothing to click. A suggestion whose id would not fit is left out."""
    rows: list[dict[str, Any]] = []
    asks = []
    for suggestion in suggestions[:MAX_SUGGESTION_BUTTONS]:
        custom_id = ASK_ID.format(asker=asker_id, fact=suggestion.fact_id)
        if len(custom_id) <= CUSTOM_ID_LIMIT:
            label = clip(suggestion.topic, LABEL_LIMIT) or "?"
            asks.append(_button(label, "🔎", discord.ButtonStyle.primary, custom_id))
    if asks:
        rows.append({"type": ROW, "components": asks})
    if question_id is not None:
        said = words or {}
        votes = [
            _button(
                said.get(key) or label,
                emoji,
                discord.ButtonStyle.secondary,
                VOTE_ID.format(question=question_id, vote=vote),
            )
            for vote, key, label, emoji in VOTE_BUTTONS
        ]
        rows.append({"type": ROW, "components": votes})
    return ButtonRows(rows) if rows else None


ROW = 1
"""Discord's component type of an action row."""
VOTE_BUTTONS = (
    ("up", "button.helpful", "Helpful", "👍"),
    ("down", "button.not_helpful", "Not helpful", "👎"),
)
"""Each vote button: its vote, its word's key, its English label and its emoji."""


class ButtonRows(discord.ui.View):
    """An answer's buttons as the rows Discord is sent, with no item per button: a click
    reaches SuggestionButton or VoteButton by its custom id, so nothing here dispatches."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        super().__init__(timeout=None)
        self.rows = rows

    def to_components(self) -> list[dict[str, Any]]:
        return self.rows


def _button(label: str, emoji: str, style: discord.ButtonStyle, custom_id: str) -> dict[str, Any]:
    """One button's payload, as discord.py writes it for the item that handles its clicks."""
    payload = dict(_button_without_id(label, emoji, style))
    payload["custom_id"] = custom_id
    return payload


@lru_cache(maxsize=BUTTON_LOOKS_KEPT)
def _button_without_id(label: str, emoji: str, style: discord.ButtonStyle) -> Mapping[str, Any]:
    """Built by discord.py once per look (labels repeat: topics, 'Helpful'); the custom id
    is the only part that changes from one answer to the next."""
    button = discord.ui.Button[discord.ui.View](
        label=label, emoji=emoji, style=style, custom_id=ID_PLACEHOLDER
    )
    return MappingProxyType(button.to_component_dict())


@dataclass(frozen=True)
class Page:
    """One page of a listing, in whichever form the channel allows."""

    content: str | None = None
    embed: discord.Embed | None = None


class OwnerOnlyView(ExpiringView):
    """A view only the person who invoked the command may use."""

    def __init__(self, *, owner_id: int, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await tell_privately(interaction, ONLY_THE_ASKER)
        return False


class PagerView(OwnerOnlyView):
    """Previous/next buttons over a fixed number of pages."""

    def __init__(
        self,
        *,
        owner_id: int,
        page_count: int,
        render: Callable[[int], Page],
        timeout: float = PAGER_TIMEOUT,
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.page = 0
        self.page_count = page_count
        self.render = render
        self.previous = discord.ui.Button[PagerView](
            label="Previous", emoji="◀️", custom_id=self.custom_id("page", "previous")
        )
        self.position = discord.ui.Button[PagerView](
            label="", disabled=True, custom_id=self.custom_id("page", "position")
        )
        self.next = discord.ui.Button[PagerView](
            label="Next", emoji="▶️", custom_id=self.custom_id("page", "next")
        )
        self.previous.callback = self._go_previous  # type: ignore[method-assign]
        self.next.callback = self._go_next  # type: ignore[method-assign]
        for button in (self.previous, self.position, self.next):
            self.add_item(button)
        self._update_buttons()

    def current(self) -> Page:
        """The page on show now."""
        return self.render(self.page)

    def _update_buttons(self) -> None:
        self.position.label = f"{self.page + 1} / {self.page_count}"
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.page_count - 1

    async def _go_previous(self, interaction: discord.Interaction) -> None:
        await self._show(interaction, self.page - 1)

    async def _go_next(self, interaction: discord.Interaction) -> None:
        await self._show(interaction, self.page + 1)

    async def _show(self, interaction: discord.Interaction, page: int) -> None:
        self.page = max(0, min(page, self.page_count - 1))
        self._update_buttons()
        shown = self.current()
        await interaction.response.edit_message(
            content=shown.content, embed=shown.embed, view=self, allowed_mentions=NO_PINGS
        )


class ConfirmView(OwnerOnlyView):
    """A destructive action runs only after its invoker presses the red button."""

    def __init__(
        self,
        *,
        owner_id: int,
        action_label: str,
        action: Callable[[], Awaitable[str]],
        timeout: float = CONFIRM_TIMEOUT,
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.action = action
        confirm = discord.ui.Button[ConfirmView](
            label=action_label,
            style=discord.ButtonStyle.danger,
            custom_id=self.custom_id("confirm"),
        )
        cancel = discord.ui.Button[ConfirmView](
            label="Cancel",
            style=discord.ButtonStyle.secondary,
            custom_id=self.custom_id("cancel"),
        )
        confirm.callback = self._confirm  # type: ignore[method-assign]
        cancel.callback = self._cancel  # type: ignore[method-assign]
        self.add_item(confirm)
        self.add_item(cancel)

    async def _confirm(self, interaction: discord.Interaction) -> None:
        self.stop()
        outcome = await self.action()
        await interaction.response.edit_message(
            content=outcome, embed=None, view=None, allowed_mentions=NO_PINGS
        )

    async def _cancel(self, interaction: discord.Interaction) -> None:
        self.stop()
        await interaction.response.edit_message(
            content="Cancelled; nothing was changed.",
            embed=None,
            view=None,
            allowed_mentions=NO_PINGS,
        )
