"""Pack problems carry their place, so a curator can go straight to the line to fix."""

from __future__ import annotations

import re
from dataclasses import dataclass

GUIDE = "knowledge/README.md"
FIXES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), fix)
    for pattern, fix in (
        (r"^file is missing", "create it (see " + GUIDE + ") or remove the folder"),
        (
            r"^cannot be read: .*(?:YAML|yaml|mapping|scanner|parser|alias|anchor)",
            "repair the YAML at the line named (indentation, quotes, no & anchors or * aliases)",
        ),
        (r"^cannot be read", "make it a readable UTF-8 text file"),
        (r"^no pack named", "check the name in PACKS / GUILD_PACKS, or create it with `kb new`"),
        (r"^fact id also used by pack", "rename one of the two facts' ids"),
        (r"^source .* cannot be read", "put the source text at the path pack.yaml names"),
        (r"^no fact files", "add a facts/*.yaml file (`kb new` drafts one)"),
        (r"^the pack has several sources", "add `source: <id>` to the quote"),
        (r"^unknown source", "use a source id listed in pack.yaml"),
        (
            r"^quote not found verbatim",
            "copy the span from the source exactly (only spacing and curly quotes may differ)",
        ),
        (r"^duplicate id", "give one of the facts another id"),
        (r"^alias .* is already claimed", "remove the alias from one of the facts"),
        (r"^alias .* is another fact's id", "choose an alias no fact uses as its id"),
        (
            r"^unknown unit",
            "use a unit key from the lexicon's `units` (e.g. meter, "
            "metric_ton, percent, year, count), or add the unit to this pack's lexicon.yaml",
        ),
        (r"^write the unit as", "use the registry key the message names"),
        (
            r"is not a figure the quote states",
            "use a figure exactly as the quote states it, or quote the sentence that states it",
        ),
        (
            r"disagrees with the stated",
            "correct the value or the restated figure (`also`) so the two agree",
        ),
        (
            r"is not in the lexicon's entities",
            "add the name under that kind to this pack's lexicon.yaml, or remove it from the fact",
        ),
        (r"is not a country or region", "name a country or region the lexicon knows in `where`"),
        (
            r"is claimed by",
            "keep the word under one entry only (remove it from the other, or rename)",
        ),
        (
            r"does not convert|is not a unit pint knows",
            "use pint's name for the unit as its key (e.g. meter, metric_ton, second), "
            "or give it `family: count`",
        ),
        (r"^Field required", "add the field (see " + GUIDE + ")"),
        (
            r"^Extra inputs are not permitted",
            "remove or correct the misspelt field (the fields are listed in " + GUIDE + ")",
        ),
        (r"^Input should be", "give the field a value of the kind named (see " + GUIDE + ")"),
        (
            r"^(?:List|String) should have at least",
            "fill the field in; it must not be empty (see " + GUIDE + ")",
        ),
        (
            r"^String should match pattern",
            "use lower-case letters, digits and - only (e.g. my-fact-2)",
        ),
    )
)
"""How to put each kind of problem right; a problem without a fix of its own gets one here."""


def fix_for(message: str) -> str:
    for pattern, fix in FIXES:
        if pattern.search(message):
            return fix
    return f"see {GUIDE} for what the field holds"


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack: where it is (file, fact, field) and what is wrong."""

    file: str
    message: str
    fact: str | None = None
    field: str | None = None
    fix: str | None = None
    """How to put it right, in one line: every problem `kb check` reports says."""

    def __post_init__(self) -> None:
        if self.fix is None:
            object.__setattr__(self, "fix", fix_for(self.message))

    def __str__(self) -> str:
        place = self.file
        if self.fact:
            place += f" · fact {self.fact}"
        if self.field:
            place += f" · field {self.field}"
        text = f"{place}: {self.message}"
        return f"{text} (fix: {self.fix})" if self.fix else text


class PackError(Exception):
    """A pack that cannot be served; it lists every problem found, not just the first."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
