"""discord.py's hybrid_command with types mypy can infer (its own leave the callback unsolved)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from discord.ext import commands

from bot.discord.context import Context

CogT = TypeVar("CogT", bound=commands.Cog)
P = ParamSpec("P")
T = TypeVar("T")


class HybridDecorator(Protocol):
    """Turns a cog method into a command that works with the prefix and as a slash command."""

    def __call__(
        self, func: Callable[Concatenate[CogT, Context, P], Coroutine[Any, Any, T]], /
    ) -> commands.HybridCommand[CogT, P, T]: ...


class Decorator(Protocol):
    """A decorator that returns what it was given, such as a command check."""

    def __call__(self, func: T, /) -> T: ...


def hybrid_command(name: str, *, description: str, usage: str | None = None) -> HybridDecorator:
    """One definition, two ways to call it: `!name ...` and `/name`."""
    if usage is None:
        return cast(HybridDecorator, commands.hybrid_command(name=name, description=description))
    return cast(
        HybridDecorator,
        commands.hybrid_command(name=name, description=description, usage=usage),
    )
