"""Which conversation a Discord message continues: the key the engine's context is kept under.

Per (channel or thread, user) in a guild and per DM, so two people in one channel never share
a context and nothing crosses guilds; a message reply to one of the bot's answers continues
that answer's conversation, whoever replies. Only the keys of recent answers are remembered
(bounded), never what was said.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

import discord

ANSWERS_REMEMBERED = 10_000
"""Bot answers whose conversation a message reply can continue; older replies start afresh."""


def conversation_key(guild_id: int | None, channel_id: int, user_id: int) -> Hashable:
    """One asker in one place: a channel or thread of a guild, or their DMs."""
    if guild_id is None:
        return ("dm", user_id)
    return ("guild", guild_id, channel_id, user_id)


class Conversations:
    """Keys for questions, and the conversation each recent bot answer belongs to."""

    def __init__(self, remembered: int = ANSWERS_REMEMBERED) -> None:
        self.remembered = remembered
        self._by_answer: OrderedDict[int, Hashable] = OrderedDict()

    def key_for(self, message: discord.Message, user_id: int) -> Hashable:
        """The asker's own conversation, or the one of the bot answer they reply to."""
        reference = message.reference
        if reference is not None and reference.message_id is not None:
            key = self._by_answer.get(reference.message_id)
            if key is not None:
                return key
        guild_id = message.guild.id if message.guild is not None else None
        return conversation_key(guild_id, message.channel.id, user_id)

    def key_of_interaction(self, interaction: discord.Interaction) -> Hashable:
        """A button under an answer continues that answer's conversation; a slash command,
        the user's own in that channel."""
        message = interaction.message
        if message is not None and message.id in self._by_answer:
            return self._by_answer[message.id]
        return conversation_key(
            interaction.guild_id, interaction.channel_id or 0, interaction.user.id
        )

    def answered(self, message: discord.Message | None, key: Hashable) -> None:
        """Remember which conversation a bot answer belongs to, for replies to it."""
        if message is None:
            return
        self._by_answer[message.id] = key
        self._by_answer.move_to_end(message.id)
        while len(self._by_answer) > self.remembered:
            self._by_answer.popitem(last=False)

    def replies_to_answer(self, message: discord.Message) -> bool:
        """A message reply to one of the bot's recent answers is addressed to the bot."""
        reference = message.reference
        return (
            reference is not None
            and reference.message_id is not None
            and reference.message_id in self._by_answer
        )
