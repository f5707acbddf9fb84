"""`inert`: no link, mention, block markup or control sequence in user text survives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render.inert import inert

from .links import clickable_links, live_syntax

TWO_LINKS = "[a](https://a.example) [Verify your account](https://evil.example/login)"

URLS = st.sampled_from(
    ["https://evil.example/login", "http://x.y", "<https://e.example>", "discord://x", "HTTPS://E"]
)
WORDS = st.text(alphabet=st.characters(codec="utf-8"), max_size=8)
PIECES = st.one_of(
    WORDS,
    URLS,
    st.sampled_from(
        [
            *"[]()<>\\*_~`|#->+.:!@\n \t",
            "\u200b",
            "\u202e",
            "\u2028",
            "\u2029",
            "\x85",
            "\x1b]8;;",
            "\x1b[31m",
            "\x07",
            "\x9b",
            "@everyone",
            "@here",
            "<@123>",
            "<@&9>",
            "<#1>",
            "<t:1:R>",
            "# ",
            "-# ",
            "> ",
            ">>> ",
            "1. ",
            "- ",
            "* ",
            "\\[",
            "\\\\",
            "](",
            "[x]",
            "](<",
            "||",
        ]
    ),
)
MASKED = st.builds(lambda text, url: f"[{text}]({url})", WORDS, URLS)
MARKDOWN = st.lists(st.one_of(PIECES, MASKED), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARKDOWN)
def test_no_clickable_link_survives_random_markdown(text: str) -> None:
    shown = inert(text)
    assert clickable_links(shown) == []
    assert live_syntax(shown) == []


@settings(max_examples=200, deadline=None)
@given(MARKDOWN)
def test_on_one_line_nothing_survives_either(text: str) -> None:
    shown = inert(text, one_line=True)
    assert "\n" not in shown
    assert clickable_links(shown) == []
    assert live_syntax(shown) == []


@settings(max_examples=200, deadline=None)
@given(MARKDOWN)
def test_for_a_terminal_no_control_character_survives(text: str) -> None:
    shown = inert(text, markdown=False)
    controls = [c for c in shown if c not in "\n\t" and unicodedata.category(c)[0] == "C"]
    assert controls == [], repr(shown)


def test_every_masked_link_is_escaped_not_only_the_first() -> None:
    shown = inert(TWO_LINKS)
    assert clickable_links(shown) == []
    assert "Verify your account" in shown


def test_the_markdown_model_sees_what_discord_would_link() -> None:
    """The checker itself: raw masked links, bare URLs and headings are caught."""
    assert len(clickable_links(TWO_LINKS)) >= 2
    assert clickable_links("see https://x.example") == ["https://x.example"]
    assert live_syntax("# Title\n@everyone \x1b[2J") != []


def test_terminal_sequences_are_dropped_for_the_command_line() -> None:
    assert inert("a\x1b]8;;https://x\x07b\x1b[31mc\x9bd", markdown=False) == "a]8;;https://xb[31mcd"


def test_plain_words_stay_as_typed() -> None:
    assert inert("How much cocaine did Belgium seize in 2023?") == (
        "How much cocaine did Belgium seize in 2023?"
    )
