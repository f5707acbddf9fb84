"""The per-user, per-place, per-day quota on stored declines."""

from __future__ import annotations

from datetime import date

from bot.store.recording import DeclineQuota, Recordable

DECLINE = Recordable(text="who?", pack="p", fact_id=None, confidence=1.0, nearest_fact_id=None)
ANSWER = Recordable(text="what?", pack="p", fact_id="f", confidence=90.0, nearest_fact_id=None)


def test_declines_past_the_quota_are_not_stored_answers_always_are() -> None:
    day = [date(2026, 1, 1)]
    quota = DeclineQuota(2, today=lambda: day[0])

    kept = [quota.allow(DECLINE, where="guild:1", user_id=7) for _ in range(4)]
    answers = [quota.allow(ANSWER, where="guild:1", user_id=7) for _ in range(4)]
    elsewhere = quota.allow(DECLINE, where="guild:2", user_id=7)
    someone_else = quota.allow(DECLINE, where="guild:1", user_id=8)
    day[0] = date(2026, 1, 2)
    next_day = quota.allow(DECLINE, where="guild:1", user_id=7)

    assert kept == [True, True, False, False]
    assert all(answers)
    assert elsewhere
    assert someone_else
    assert next_day
