"""The command line: `python -m bot [ask|kb|bench|run]`, nothing else lives here."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot.config import Settings, SettingsError, load_settings
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
    check.add_argument("--pack", action="append", help="pack name (default: the active packs)")
    check.add_argument("--dir", type=Path, help="knowledge directory")
    kb_sub.add_parser("list", help="list the facts")
    bench = sub.add_parser("bench", help="measure speed and accuracy")
    bench.add_argument("--quick", action="store_true")
    return parser


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.engine.engine import Engine

    return Engine.load(settings.knowledge_dir, settings.packs)


def _kb(args: argparse.Namespace, settings: Settings) -> int:
    if args.kb_command == "check":
        from bot.knowledge.loader import load_knowledge

        directory = args.dir or settings.knowledge_dir
        packs = args.pack or settings.packs
        kb = load_knowledge(directory, packs)
        print(f"ok: {len(kb.facts)} facts in {', '.join(p.name for p in kb.packs)}")
        return 0
    engine = _engine(settings)
    for fact in engine.browse():
        print(f"{fact.id:<44} {fact.topic}")
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    engine = _engine(settings)
    if args.jsonl:
        from bot.terminal.jsonl import main as jsonl_main

        return jsonl_main(engine)
    from bot.terminal.chat import for_terminal
    from bot.terminal.jsonl import answer_safely

    question = " ".join(args.question)
    print(for_terminal(answer_safely(engine, question)))
    return 0


def _run(settings: Settings) -> int:
    if settings.discord_token is None or not settings.discord_token.get_secret_value():
        from bot.terminal.chat import Chat

        logging.getLogger("factbot").info("DISCORD_TOKEN is not set: starting the terminal chat")
        return Chat(_engine(settings)).run()
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
        if args.command == "bench":
            from bot.bench import main as bench_main

            return bench_main(quick=args.quick, settings=settings)
        return _run(settings)
    except PackError as exc:
        print(f"factbot: the knowledge pack has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
