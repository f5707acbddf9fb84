"""`help`: how to ask, and the commands, written for people rather than generated."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.discord.checks import is_curator, question_cooldown
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.discord.embeds import ANSWERED
from bot.discord.replies import may_embed, reply

if TYPE_CHECKING:
    from bot.discord.client import FactBot


def help_text(prefix: str, *, curator: bool) -> str:
    """The help body; curator commands are listed only to those who may use them."""
    lines = [
        "Ask me about the knowledge base in your own words — I answer with the source quoted.",
        f"• `{prefix}ask <question>` or `/ask`, or mention me with a question, or just DM me.",
        f"• `{prefix}fact <id or name>` / `/fact` — one fact with its source.",
        f"• `{prefix}facts` / `/facts` — browse everything I know.",
        f"• `{prefix}sources` / `/sources` — the documents the facts come from.",
        f"• `{prefix}convert <value> <unit> to <unit>` / `/convert` — unit conversion.",
        "Buttons under an answer: 🔎 for what you may have meant, 👍/👎 to rate the answer.",
    ]
    if curator:
        lines += [
            "**For curators** (owners and Manage Server):",
            f"• `{prefix}reload` — load the knowledge pack again (a broken one is refused).",
            f"• `{prefix}sync` — publish the slash commands again.",
            f"• `{prefix}stats` — usage, top facts and gaps.",
            f"• `{prefix}erase` — forget every question asked in this server.",
            f"• `{prefix}autoanswer on|off|status` — answer clear questions in a channel unasked.",
            f"• `{prefix}limits` — where I answer, for which roles, who skips the cooldown.",
            f"• `{prefix}language en|nl|fr` — the language of my own words here.",
            f"• `{prefix}teach` and `{prefix}gaps` (also Manage Messages) — teach me questions.",
        ]
    return "\n".join(lines)


class Help(commands.Cog):
    """Replaces discord.py's generated help, which lists signatures but not how to ask."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @hybrid_command(name="help", description="How to ask, and what the commands do")
    @question_cooldown()
    async def help(self, ctx: Context) -> None:
        """Explain how to use the bot."""
        text = help_text(ctx.shown_prefix, curator=await is_curator(ctx))
        if may_embed(ctx.bot_permissions):
            embed = discord.Embed(title="🤖 factbot", description=text, colour=ANSWERED)
            await reply(ctx, embed=embed, ephemeral=True)
        else:
            await reply(ctx, text, ephemeral=True)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Help(bot))
