"""The command line: `python -m bot [ask|kb|run]`, nothing else lives here.

The benchmark is not part of the product: `python -m bench` (or `python3 tasks.py bench`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bot.config import Settings, SettingsError, clipped, ignored_settings, load_settings
from bot.curation import DEFAULT_GAP_LIMIT
from bot.knowledge.errors import PackError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factbot", description="Cited answers from a fact base.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="connect to Discord, or chat in the terminal without a token")
    ask = sub.add_parser("ask", help="answer one question, or JSON lines from standard input")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--jsonl", action="store_true", help="read questions from stdin, one a line")
    kb = sub.add_parser("kb", help="knowledge pack tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate the packs against their sources")
    check.add_argument(
        "--pack",
        action="append",
        help="pack name (default: every pack under the knowledge directory, PACKS and every "
        "GUILD_PACKS set)",
    )
    check.add_argument(
        "--misses", type=_positive, help="self-test misses listed per pack (default 15)"
    )
    check.add_argument("--dir", type=Path, help="knowledge directory")
    kb_sub.add_parser("list", help="list the facts")
    gaps = kb_sub.add_parser("gaps", help="questions declined or voted 👎, most asked first")
    gaps.add_argument("--days", type=_positive, help="only the last N days (default: all kept)")
    gaps.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_GAP_LIMIT,
        help="at most N gaps (default: %(default)s)",
    )
    gaps.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    gaps.add_argument(
        "--taught",
        action="store_true",
        help="the questions moderators taught with /teach, by fact, as YAML to fold into packs",
    )
    stats = kb_sub.add_parser("stats", help="questions, answer rate, votes, top facts and gaps")
    stats.add_argument("--days", type=_positive, help="only the last N days (default: all kept)")
    stats.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    new = kb_sub.add_parser("new", help="draft a new pack from a source text")
    new.add_argument("name", help="the pack's name: lower-case letters, digits and -")
    new.add_argument("--source", type=Path, required=True, help="the source text (UTF-8)")
    new.add_argument("--title", help="the source's title (default: its heading or file name)")
    new.add_argument("--publisher", help="who published the source")
    new.add_argument("--url", help="where the source was published, if it says")
    new.add_argument("--date", help="when the source was published, if it says")
    new.add_argument("--dir", type=Path, help="knowledge directory")
    return parser


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.engine.engine import Engine

    return Engine.load(settings.knowledge_dir, settings.packs, cache=settings.factbot_index_cache)


def _positive(text: str) -> int:
    """A count of 1 or more: `--days 0` or `--limit -3` is refused before anything runs."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _kb(args: argparse.Namespace, settings: Settings) -> int:
    if args.kb_command in {"check", "gaps", "stats", "new"}:
        from bot.curation import commands

        run: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
            "check": commands.check,
            "gaps": commands.gaps,
            "stats": commands.stats,
            "new": commands.new,
        }
        return run[args.kb_command](args, settings)
    engine = _engine(settings)
    for fact in engine.browse():
        print(f"{fact.id:<44} {fact.topic}")
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    engine = _engine(settings)
    if args.jsonl:
        from bot.engine.conversation import store_for
        from bot.terminal.jsonl import main as jsonl_main

        return jsonl_main(engine, store_for(settings))
    from bot.engine import several
    from bot.terminal.plain import answer_safely, for_terminal

    question = " ".join(args.question)
    ask = None
    if len(several.parts(question)) > 1:  # only a message of several parts needs follow-ups
        from bot.engine.dialogue import Dialogue

        ask = partial(Dialogue().ask_alone, engine)
    print(for_terminal(answer_safely(engine, question, ask)))
    return 0


def _run(settings: Settings) -> int:
    for note in ignored_settings(settings):
        logging.getLogger("factbot").warning("%s", note)
    if settings.discord_token is None or not settings.discord_token.get_secret_value():
        from bot.engine.conversation import store_for
        from bot.terminal.chat import Chat
        from bot.terminal.feedback import open_feedback

        logging.getLogger("factbot").info("DISCORD_TOKEN is not set: starting the terminal chat")
        engine = _engine(settings)
        feedback = open_feedback(
            settings.store_location(),
            keep_user_ids=settings.keep_user_ids,
            retention_days=settings.retention_days,
        )
        try:
            return Chat(engine, feedback=feedback, conversations=store_for(settings)).run()
        finally:
            feedback.close()
    from bot.discord.runner import run_discord

    return run_discord(settings)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
    )
    try:
        if args.command == "ask":
            return _ask(args, settings)
        if args.command == "kb":
            return _kb(args, settings)
        return _run(settings)
    except PackError as exc:
        if len(exc.problems) == 1:
            print(f"factbot: the knowledge pack has a problem: {exc.problems[0]}", file=sys.stderr)
            return 1
        print(f"factbot: the knowledge pack has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (`… | head`): nothing left to say, and nobody to say it to
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        # an unreadable or impossible path (KNOWLEDGE_DIR, a pack folder): one line
        where = f" ({clipped(str(exc.filename))})" if exc.filename else ""
        print(f"factbot: cannot read{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
