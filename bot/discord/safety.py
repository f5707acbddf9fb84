"""Who a message may ping and how user text is echoed: nobody, and inert."""

from __future__ import annotations

import re

import discord

from bot.render.inert import inert

NO_PINGS = discord.AllowedMentions.none()
"""The default for every message: no @everyone, no roles, no users, no reply ping."""

REPLY_PINGS = discord.AllowedMentions(everyone=False, users=False, roles=False, replied_user=True)
"""For a reply to the asker: the asker is notified, nobody else is."""

ZERO_WIDTH_SPACE = "\u200b"
_BARE_AT = re.compile("@(?!" + ZERO_WIDTH_SPACE + ")")
ELLIPSIS = "…"


def defuse_mentions(text: str) -> str:
    """Break every @ so no mention syntax survives, even ids too short for escape_mentions."""
    return _BARE_AT.sub("@" + ZERO_WIDTH_SPACE, text)


def echo(user_text: str) -> str:
    """User text shown back on one line as typed, inert: every masked link, heading, list,
    quote, mention and invisible character neutralised (`bot.render.inert`)."""
    return inert(user_text, one_line=True)


def inert_lines(text: str) -> str:
    """Several lines of text not written by the bot (pack problems), made inert likewise."""
    return inert(text)


def clip(text: str, limit: int) -> str:
    """Fit text into `limit` characters, cutting at a word boundary and marking the cut."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit == 1:
        return ELLIPSIS
    head = text[: limit - 1]
    cut = head.rfind(" ")
    if cut >= limit // 2:
        head = head[:cut]
    head = head.rstrip()
    if head.endswith("\\"):
        head = head[:-1]  # a dangling escape would swallow the ellipsis
    return head + ELLIPSIS


def clip_lines(text: str, limit: int) -> str:
    """Fit multi-line text, dropping whole lines from the end where possible."""
    if len(text) <= limit:
        return text
    kept: list[str] = []
    used = 0
    for line in text.split("\n"):
        extra = len(line) + (1 if kept else 0)
        if used + extra > limit - 2:
            break
        kept.append(line)
        used += extra
    if not kept:
        return clip(text, limit)
    return "\n".join(kept) + "\n" + ELLIPSIS
