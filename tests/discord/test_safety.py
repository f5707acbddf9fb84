"""Clipping and escaping, the two things every outgoing text goes through."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.discord.safety import NO_PINGS, REPLY_PINGS, clip, clip_lines, echo


@given(st.text(max_size=500), st.integers(0, 300))
def test_clip_never_exceeds_the_limit_and_marks_the_cut(text: str, limit: int) -> None:
    clipped = clip(text, limit)

    assert len(clipped) <= limit
    if len(text) <= limit:
        assert clipped == text
    elif limit > 0:
        assert clipped.endswith("…")


@given(st.text(max_size=3000), st.integers(1, 2000))
def test_clip_lines_never_exceeds_the_limit(text: str, limit: int) -> None:
    assert len(clip_lines(text, limit)) <= limit


def test_clip_cuts_at_a_word_boundary() -> None:
    assert clip("the quick brown fox", 12) == "the quick…"


def test_echo_defuses_every_mention_and_escapes_markdown() -> None:
    echoed = echo("@everyone @here <@&123> <@456> **bold** [x](https://e.com)\nnext")

    assert "@everyone" not in echoed
    assert "@here" not in echoed
    assert "<@&123>" not in echoed
    assert "<@456>" not in echoed
    assert "\\*\\*bold\\*\\*" in echoed
    assert "\n" not in echoed


def test_allowed_mentions_ping_nobody_but_the_replied_asker() -> None:
    assert NO_PINGS.to_dict()["parse"] == []
    assert not NO_PINGS.to_dict().get("replied_user")
    assert REPLY_PINGS.to_dict() == {"parse": [], "replied_user": True}
