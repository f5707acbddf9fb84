"""`kb gaps` and `kb stats` as readable tables for people, or as one JSON document for tools."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.curation.reports import GapReport, StatsReport
from bot.render.inert import inert
from bot.store import Gap, shown_location

NO_RECORDS = "No questions recorded yet"
MORE_WORDINGS = 3
"""Other wordings shown under a gap in the table; --json carries all the store keeps."""


Row = Sequence[object]


def shown(stored: str) -> str:
    """Stored user text as a terminal may show it: one line, no control sequences."""
    return inert(stored, markdown=False, one_line=True)


def table(headers: Sequence[str], rows: Sequence[Row]) -> list[str]:
    """Columns as wide as their widest cell; numbers right-aligned, the last column free."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], int | float) for row in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            last = i == len(values) - 1
            if numeric[i]:
                parts.append(value.rjust(widths[i]))
            else:
                parts.append(value if last else value.ljust(widths[i]))
        return "  " + "  ".join(parts).rstrip()

    return [line(headers), *(line(row) for row in cells)]


def gaps_text(report: GapReport) -> str:
    """Each gap with how often it was asked, how it failed, and the fact that came nearest."""
    if not report.recorded:
        return _nothing_recorded(report.database)
    head = f"Gaps {_period(report.since)}: questions declined or voted 👎, most asked first."
    if not report.gaps:
        return f"{head}\n  None: every recorded question was answered without a 👎."
    rows = [
        (
            rank,
            gap.count,
            gap.declined,
            gap.downvoted,
            _moment(gap.last_asked),
            gap.nearest_fact_id or "-",
            shown(gap.representative),
        )
        for rank, gap in enumerate(report.gaps, start=1)
    ]
    headers = ("#", "asked", "declined", "down", "last asked", "nearest fact", "question")
    lines = table(headers, rows)
    out = [head, lines[0]]
    indent = len(lines[0]) - len(headers[-1])
    for gap, line in zip(report.gaps, lines[1:], strict=True):
        out.append(line)
        others = _other_wordings(gap)
        if others:
            out.append(" " * indent + "also: " + " · ".join(others))
    out.append("Add or extend a fact for each, run `kb check`, then reload (/reload) or restart.")
    return "\n".join(out)


def stats_text(report: StatsReport) -> str:
    """Totals, then the most asked facts, where questions came from, and the top gaps."""
    stats = report.stats
    if not report.recorded or stats is None:
        return _nothing_recorded(report.database)
    out = [
        f"Questions {_period(report.since)}:",
        *table(
            ("asked", "answered", "share", "votes up", "votes down"),
            [
                (
                    stats.questions,
                    stats.answered,
                    f"{stats.answered_share:.0%}",
                    stats.votes_up,
                    stats.votes_down,
                )
            ],
        ),
    ]
    if stats.top_facts:
        rows: list[Row] = [(f.fact_id, f.count, f.votes_up, f.votes_down) for f in stats.top_facts]
        out += ["", "Most asked facts:", *table(("fact", "asked", "up", "down"), rows)]
    if stats.per_where:
        rows = [(w.where, w.questions, w.answered) for w in stats.per_where]
        out += ["", "Where:", *table(("where", "asked", "answered"), rows)]
    if stats.top_gaps:
        rows = [
            (g.count, g.nearest_fact_id or "-", shown(g.representative)) for g in stats.top_gaps
        ]
        headers = ("asked", "nearest fact", "question")
        out += ["", "Top gaps (see `kb gaps`):", *table(headers, rows)]
    return "\n".join(out)


def gaps_json(report: GapReport) -> str:
    """One JSON document: the period, whether anything is recorded, and every gap."""
    document = _header(report.database, report.since, report.recorded)
    document["gaps"] = [gap.model_dump(mode="json") for gap in report.gaps]
    return json.dumps(document, ensure_ascii=True, indent=2)


def stats_json(report: StatsReport) -> str:
    """One JSON document: the period, whether anything is recorded, and the stats (or null)."""
    document = _header(report.database, report.since, report.recorded)
    document["stats"] = report.stats.model_dump(mode="json") if report.stats else None
    return json.dumps(document, ensure_ascii=True, indent=2)


def _header(database: Path | str, since: datetime | None, recorded: bool) -> dict[str, Any]:
    return {
        "database": shown_location(database),
        "since": since.isoformat() if since else None,
        "recorded": recorded,
    }


def _nothing_recorded(database: Path | str) -> str:
    return (
        f"{NO_RECORDS} (no database at {shown_location(database)}). Questions are recorded "
        "as people ask the bot on Discord or in the terminal chat."
    )


def _period(since: datetime | None) -> str:
    return "(all kept)" if since is None else f"(since {_moment(since)} UTC)"


def _moment(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")


def _other_wordings(gap: Gap) -> list[str]:
    return [f"“{shown(text)}”" for text in gap.examples if text != gap.representative][
        :MORE_WORDINGS
    ]
