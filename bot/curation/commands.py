"""The `kb` commands that serve the curator's loop: check, gaps, stats and new."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys

from bot.config import Settings
from bot.curation.reports import gap_report, stats_report
from bot.curation.scaffold import ScaffoldError, new_pack
from bot.curation.tables import gaps_json, gaps_text, stats_json, stats_text
from bot.knowledge.errors import PackError
from bot.knowledge.loader import load_knowledge
from bot.store import StoreError


def check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate every pack set the bot would serve (or the packs named), as it would load them."""
    directory = args.dir or settings.knowledge_dir
    pack_sets = [tuple(args.pack)] if args.pack else settings.pack_sets()
    loaded, problems = [], []
    for names in pack_sets:
        try:
            loaded.append(load_knowledge(directory, list(names)))
        except PackError as exc:
            problems += [p for p in exc.problems if p not in problems]
    if problems:
        raise PackError(problems)
    for kb in loaded:
        print(f"ok: {len(kb.facts)} facts in {', '.join(p.name for p in kb.packs)}")
    return 0


def gaps(args: argparse.Namespace, settings: Settings) -> int:
    """Print the gaps as a table or JSON; a missing database is not an error."""
    try:
        report = asyncio.run(gap_report(settings.database_path, days=args.days, limit=args.limit))
    except (StoreError, sqlite3.Error, OSError) as exc:
        return _unreadable(settings, exc)
    print(gaps_json(report) if args.json else gaps_text(report))
    return 0


def stats(args: argparse.Namespace, settings: Settings) -> int:
    """Print the stats as a table or JSON; a missing database is not an error."""
    try:
        report = asyncio.run(stats_report(settings.database_path, days=args.days))
    except (StoreError, sqlite3.Error, OSError) as exc:
        return _unreadable(settings, exc)
    print(stats_json(report) if args.json else stats_text(report))
    return 0


def new(args: argparse.Namespace, settings: Settings) -> int:
    """Draft a pack from a source text and say what to do next."""
    directory = args.dir or settings.knowledge_dir
    try:
        made = new_pack(
            directory,
            args.name,
            args.source,
            title=args.title,
            publisher=args.publisher,
            url=getattr(args, "url", None),
            date=getattr(args, "date", None),
        )
    except ScaffoldError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return 1
    except PackError as exc:
        print("factbot: the drafted pack failed validation and was not kept:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(
        f"created {made.path}: {made.facts} draft facts from {made.source.name}.\n"
        f"Next: curate {made.path / 'facts' / 'draft.yaml'} (answers, questions, keywords),\n"
        f"check it with `python -m bot kb check --pack {args.name}`,\n"
        f"then serve it with PACKS (or GUILD_PACKS) naming {args.name}, and reload."
    )
    return 0


def _unreadable(settings: Settings, error: Exception) -> int:
    print(
        f"factbot: the question store at {settings.database_path} cannot be read: {error}",
        file=sys.stderr,
    )
    return 1
