"""Unit conversion: `!convert 10 t to lb` and `/convert`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from bot.discord.answering import Asked
from bot.discord.checks import question_cooldown
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.engine.answer import Answer
from bot.engine.engine import Engine

if TYPE_CHECKING:
    from bot.discord.client import FactBot


LINKING_WORDS = ("to", "in", "into", "as")


def target_unit_of(text: str | None) -> str | None:
    """'to pounds' → 'pounds'; people type the linking word even though it is optional."""
    if text is None:
        return None
    words = text.split()
    if words and words[0].casefold() in LINKING_WORDS:
        words = words[1:]
    return " ".join(words) or None


def conversion(engine: Engine, value: float, source_unit: str, target_unit: str | None) -> Answer:
    """The engine's conversion of what `convert` was given, however the units were split."""
    target = target_unit_of(target_unit)
    if engine.units.resolve(source_unit) is None or (
        target is not None and engine.units.resolve(target) is None
    ):
        # multi-word units ("10 metric tons to pounds") split across the arguments:
        # the engine's own reading of the whole phrase knows them
        phrase = f"convert {value:g} {source_unit} {target_unit or ''}".strip()
        answer = engine.ask(phrase)
        if answer.kind == "conversion":
            return answer
    return engine.convert(value, source_unit, target)


class Convert(commands.Cog):
    """Converts quantities with the same unit book the answers use."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @hybrid_command(
        name="convert",
        description="Convert a quantity between units",
        usage="<value> <unit> [to <unit>]",
    )
    @app_commands.describe(
        value="The number to convert",
        source_unit="The unit it is in, e.g. t or kg",
        target_unit="The unit you want (leave empty for the usual ones)",
    )
    @app_commands.rename(source_unit="from", target_unit="to")
    @question_cooldown()
    async def convert(
        self, ctx: Context, value: float, source_unit: str, *, target_unit: str | None = None
    ) -> None:
        """Convert a value, e.g. `convert 10 t to lb`."""
        answer = await ctx.answerer.with_engine(
            ctx.guild_id, lambda engine: conversion(engine, value, source_unit, target_unit)
        )
        await ctx.bot.responder.send(ctx, Asked(answer, question_id=None))


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Convert(bot))
