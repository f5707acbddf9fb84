"""Cogs, one feature each; the client loads every module listed in EXTENSIONS."""

EXTENSIONS: tuple[str, ...] = (
    "bot.discord.exts.errors",
    "bot.discord.exts.ask",
    "bot.discord.exts.browse",
    "bot.discord.exts.convert",
    "bot.discord.exts.admin",
    "bot.discord.exts.help",
    "bot.discord.exts.retention",
    "bot.discord.exts.autoanswer",
    "bot.discord.exts.limits",
    "bot.discord.exts.teach",
    "bot.discord.exts.language",
)
