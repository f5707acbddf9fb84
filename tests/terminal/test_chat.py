"""The terminal chat: questions and commands answered in plain text; `quit` and Ctrl-D end it."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.knowledge.models import Fact
from bot.terminal.chat import Chat
from tests.knowledge.support import PACK, clean_env, parts_of, real_engine, real_kb, run_bot

BELGIUM_QUESTION = "How much cocaine did Belgium seize?"
POUNDS_PER_KG = 1 / 0.45359237


class Script:
    """Types the given lines at the prompt, then Ctrl-D; counts what the chat read."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = list(lines)
        self.read = 0
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if self.read == len(self.lines):
            raise EOFError
        self.read += 1
        return self.lines[self.read - 1]


def fact(fact_id: str) -> Fact:
    return next(f for f in real_kb().facts if f.id == fact_id)


BELGIUM = fact(parts_of("cocaine-seizures-europe-2023")["belgium"][0])
ECSTASY = fact("europe-leading-ecstasy-producer")
FIVE_EYES = fact("five-eyes-partnership")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return real_engine()


def chat(engine: Engine, *lines: str) -> tuple[int, str, Script]:
    out = io.StringIO()
    script = Script(lines)
    status = Chat(engine, out=out).run(read=script)
    return status, out.getvalue(), script


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_question_is_answered_in_plain_text_with_its_quote(engine: Engine) -> None:
    status, out, _ = chat(engine, BELGIUM_QUESTION, "quit")

    assert status == 0
    assert flat(BELGIUM.answer) in flat(out)
    assert flat(BELGIUM.quotes[0].text) in flat(out)
    assert "**" not in out


def test_the_welcome_says_how_to_connect_to_discord(engine: Engine) -> None:
    _, out, _ = chat(engine, "quit")

    assert "DISCORD_TOKEN" in out


def test_help_lists_every_command(engine: Engine) -> None:
    _, out, _ = chat(engine, "help", "quit")

    help_text = out.split("\n\n", 1)[1]  # after the welcome
    for command in ("facts", "fact <id>", "sources", "convert", "quit"):
        assert command in help_text, command


def test_facts_lists_every_fact_in_the_pack(engine: Engine) -> None:
    _, out, _ = chat(engine, "facts", "quit")

    for item in real_kb().facts:
        assert item.id in out, item.id


@pytest.mark.parametrize(
    ("name", "expected"),
    [(FIVE_EYES.id, FIVE_EYES), (ECSTASY.aliases[0], ECSTASY), (FIVE_EYES.id.upper(), FIVE_EYES)],
    ids=["by-id", "by-alias", "any-case"],
)
def test_fact_shows_one_fact_with_its_quote(engine: Engine, name: str, expected: Fact) -> None:
    _, out, _ = chat(engine, f"fact {name}", "quit")

    assert flat(expected.answer) in flat(out)
    assert flat(expected.quotes[0].text) in flat(out)


def test_fact_with_an_unknown_name_says_so_and_points_to_facts(engine: Engine) -> None:
    _, out, _ = chat(engine, "fact zz-no-such-thing-qq", "quit")

    assert "zz-no-such-thing-qq" in out
    assert "facts" in out.split("\n\n", 1)[1]


def test_sources_lists_each_document_with_its_publisher(engine: Engine) -> None:
    _, out, _ = chat(engine, "sources", "quit")

    pack = next(p for p in real_kb().packs if p.name == PACK)
    for source in pack.manifest.sources:
        assert source.title in out
        assert source.publisher in out


def test_convert_gives_the_converted_figure(engine: Engine) -> None:
    _, out, _ = chat(engine, "convert 10 kg to lb", "quit")

    assert f"{10 * POUNDS_PER_KG:.2f}" in out  # 22.05
    assert "pound" in out


def test_quit_ends_the_chat_without_reading_further(engine: Engine) -> None:
    status, out, script = chat(engine, "quit", BELGIUM_QUESTION)

    assert status == 0
    assert script.read == 1
    assert flat(BELGIUM.answer) not in flat(out)


def test_end_of_input_ends_the_chat(engine: Engine) -> None:
    status, _, script = chat(engine)

    assert status == 0
    assert script.prompts, "the chat never prompted"


def test_a_reply_that_fails_does_not_end_the_chat(engine: Engine) -> None:
    huge = "1" + "0" * 400
    status, out, script = chat(engine, f"convert {huge} kg to lb", BELGIUM_QUESTION, "quit")

    assert status == 0
    assert script.read == 3
    assert flat(BELGIUM.answer) in flat(out)


def test_python_m_bot_without_a_token_chats_in_the_terminal(tmp_path: Path) -> None:
    env = clean_env()
    assert "DISCORD_TOKEN" not in env
    env["DATABASE_PATH"] = str(tmp_path / "factbot.sqlite3")

    result = run_bot(stdin=f"{BELGIUM_QUESTION}\nquit\n".encode(), cwd=tmp_path, env=env)

    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert "DISCORD_TOKEN" in out
    assert "Discord" in out
    assert flat(BELGIUM.answer) in flat(out)


def test_a_follow_up_in_the_terminal_chat_is_read_in_the_session(engine: Engine) -> None:
    _, out, _ = chat(engine, BELGIUM_QUESTION, "and Spain?", "in pounds?", "source?")
    assert "↪ read as: How much cocaine did Spain seize?" in out
    assert "↪ read as: How much cocaine did Spain seize, in pounds?" in out
    assert "260,145 pounds" in out
    assert "↪ read as: What is the source for: How much cocaine did Spain seize, in pounds?" in out


def test_each_terminal_chat_is_its_own_conversation(engine: Engine) -> None:
    chat(engine, BELGIUM_QUESTION)
    _, out, _ = chat(engine, "and Spain?")
    assert "read as" not in out
    assert "What would you like to know about Spain?" in out
