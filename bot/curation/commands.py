"""The `kb` commands that serve the curator's loop: check, gaps, stats and new."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
from pathlib import Path

from bot.config import Settings
from bot.curation.reports import gap_report, stats_report
from bot.curation.scaffold import ScaffoldError, new_pack
from bot.curation.tables import gaps_json, gaps_text, stats_json, stats_text
from bot.knowledge.errors import PackError, PackProblem
from bot.knowledge.loader import available_packs, load_knowledge
from bot.knowledge.pack import KnowledgeBase
from bot.store import StoreError, shown_location

MISSES_SHOWN = 15
"""Self-test misses listed per pack unless `--misses` asks for more."""


def _build_index_caches(directory: Path, settings: Settings) -> None:
    """Build the index cache of every pack set the bot serves, so its next start maps it."""
    from bot.engine.engine import Engine

    for names in settings.pack_sets():
        Engine.load(directory, list(names), cache=True)
        print(f"index cache: ready for {', '.join(names)}")


def check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate every pack under the knowledge directory alone and every pack set the bot
    serves (or only the packs named), as the bot would load them; then try each pack: units
    convert, its words do not collide, and every fact is asked its own example questions."""
    from bot.curation.collisions import check_collisions
    from bot.curation.selftest import self_test
    from bot.knowledge.checks import check_units

    directory = args.dir or settings.knowledge_dir
    if args.pack:
        pack_sets = [tuple(args.pack)]
    else:
        pack_sets = [(name,) for name in available_packs(directory)]
        pack_sets += [s for s in settings.pack_sets() if s not in pack_sets]
    loaded: list[KnowledgeBase] = []
    problems: list[PackProblem] = []
    for names in pack_sets:
        try:
            loaded.append(load_knowledge(directory, list(names)))
        except PackError as exc:
            problems += [p for p in exc.problems if p not in problems]
    for kb in loaded:
        problems += [p for p in check_units(kb.lexicon) if p not in problems]
    if problems:
        raise PackError(problems)
    shown = getattr(args, "misses", None) or MISSES_SHOWN
    tried: set[str] = set()
    for kb in loaded:
        print(f"ok: {len(kb.facts)} facts in {', '.join(p.name for p in kb.packs)}")
    if settings.factbot_index_cache and not args.pack:
        _build_index_caches(directory, settings)
    for warning in check_collisions(directory, [p.name for kb in loaded for p in kb.packs]):
        print(f"warning: {warning}")
    for kb in loaded:
        for pack in kb.packs:
            if pack.name in tried or (len(kb.packs) > 1 and (pack.name,) in pack_sets):
                continue
            tried.add(pack.name)
            result = self_test(kb, {pack.name})
            print(f"self-test {pack.name}: {result.summary()}")
            declining = [m for m in result.misses if m.unknown is not None]
            others = [m for m in result.misses if m.unknown is None]
            for miss in others[:shown]:
                print(f"  miss · fact {miss.fact} · field {miss.field}: {miss.message()}")
            if len(others) > shown:
                print(f"  … {len(others) - shown} more: `kb check --pack {pack.name} --misses N`")
            problems += [
                PackProblem(pack.name, m.message(), m.fact, m.field, fix="") for m in declining
            ]
    if problems:
        raise PackError(problems)
    return 0


def gaps(args: argparse.Namespace, settings: Settings) -> int:
    """Print the gaps as a table or JSON (or, with --taught, what moderators taught on
    Discord, as YAML); a missing database is not an error."""
    if getattr(args, "taught", False):
        return taught(args, settings)
    try:
        report = asyncio.run(
            gap_report(settings.store_location(), days=args.days, limit=args.limit)
        )
    except (StoreError, sqlite3.Error, OSError) as exc:
        return _unreadable(settings, exc)
    print(gaps_json(report) if args.json else gaps_text(report))
    return 0


def taught(args: argparse.Namespace, settings: Settings) -> int:
    """Print the questions taught with /teach, by fact, as YAML (or JSON)."""
    from bot.curation.taught import by_fact, fact_files, read_taught, taught_json, taught_yaml

    try:
        found = asyncio.run(read_taught(settings.database_path))
    except (StoreError, sqlite3.Error, OSError) as exc:
        return _unreadable(settings, exc)
    facts = by_fact(found or [], fact_files(settings.knowledge_dir))
    print(
        taught_json(facts) if args.json else taught_yaml(facts), end="" if not args.json else "\n"
    )
    return 0


def stats(args: argparse.Namespace, settings: Settings) -> int:
    """Print the stats as a table or JSON; a missing database is not an error."""
    try:
        report = asyncio.run(stats_report(settings.store_location(), days=args.days))
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
        f"created {made.path}: {made.facts} draft facts from {made.source.name},"
        f" {made.names} names in {made.path / 'lexicon.yaml'}.\n"
        f"Self-test: {made.self_test:.0f} % of its example questions come back to their own"
        " fact.\n"
        "Next steps (knowledge/README.md walks through them):\n"
        f'  1. try it now:    PACKS={args.name} python -m bot ask "your question"\n'
        f"  2. curate:        read each answer in {made.path / 'facts' / 'draft.yaml'} against\n"
        "                    its quote; add question forms readers would use and `unknowns`\n"
        "                    (what they ask that the source does not say); check the names'\n"
        "                    kinds in lexicon.yaml; remove each fact's curator_note\n"
        f"  3. check:         python -m bot kb check --pack {args.name}\n"
        f"  4. serve:         add {args.name} to PACKS (or GUILD_PACKS), then /reload"
    )
    return 0


def _unreadable(settings: Settings, error: Exception) -> int:
    print(
        f"factbot: the question store at {shown_location(settings.store_location())} "
        f"cannot be read: {error}",
        file=sys.stderr,
    )
    return 1
