"""Read-only results handed to the bot and to `--json` output; frozen so callers can't drift."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, computed_field


class _Frozen(BaseModel):
    """Shared config: immutable, and unknown fields are a bug rather than silently kept."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class QuestionRecord(_Frozen):
    """One question as stored, for callers that need to show or re-check it."""

    id: int
    asked_at: datetime
    text: str
    where: str
    pack: str
    fact_id: str | None
    confidence: float | None
    answered: bool
    nearest_fact_id: str | None
    user_id: str | None


class VoteTally(_Frozen):
    """Current 👍/👎 counts on one answer, so a button can show them right after a vote."""

    question_id: int
    up: int
    down: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def net(self) -> int:
        """Sign decides whether an answered question counts as a gap."""
        return self.up - self.down


class Gap(_Frozen):
    """Something the community keeps asking that the fact base does not serve well."""

    representative: str
    count: int
    examples: tuple[str, ...]
    last_asked: datetime
    nearest_fact_id: str | None
    declined: int
    downvoted: int


class FactCount(_Frozen):
    """How often a fact answered, with its reception, so curators spot weak facts."""

    fact_id: str
    count: int
    votes_up: int
    votes_down: int


class WhereCount(_Frozen):
    """Per-source volume, to see which community or channel leans on the bot."""

    where: str
    questions: int
    answered: int


class Stats(_Frozen):
    """Activity summary over [since, until); votes are those on questions in that window."""

    since: datetime | None
    until: datetime | None
    questions: int
    answered: int
    answered_share: float
    votes_up: int
    votes_down: int
    top_facts: tuple[FactCount, ...]
    top_gaps: tuple[Gap, ...]
    per_where: tuple[WhereCount, ...]
