"""Pack problems carry their place, so a curator can go straight to the line to fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack: where it is (file, fact, field) and what is wrong."""

    file: str
    message: str
    fact: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        place = self.file
        if self.fact:
            place += f" · fact {self.fact}"
        if self.field:
            place += f" · field {self.field}"
        return f"{place}: {self.message}"


class PackError(Exception):
    """A pack that cannot be served; it lists every problem found, not just the first."""

    def __init__(self, problems: list[PackProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
