"""`ask --jsonl` under hostile input: ASCII-safe output, no raw line separators, a line-length
cap with a declined answer, and constant memory however long a line is."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render.contract import jsonl_encode
from bot.terminal.jsonl import LINE_LIMIT
from bot.terminal.lines import TooLong, bounded_lines
from tests.knowledge.support import REPO, SUBPROCESS_TIMEOUT, clean_env

SEPARATORS = "Who is Noem\u2028meeting\u2029in\x85Antwerp?"


def jsonl_process(tmp_path: Path, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        cwd=tmp_path,
        env=clean_env() | {"PYTHONPATH": str(REPO)} | env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_output_is_ascii_and_one_line_per_record_under_an_ascii_locale(tmp_path: Path) -> None:
    questions = ["Qui a rencontré De Wever ? 🇧🇪", SEPARATORS, "How much cocaine did Belgium seize?"]
    process = jsonl_process(tmp_path, PYTHONIOENCODING="ascii")
    out, err = process.communicate(
        "".join(q + "\n" for q in questions).encode("utf-8"), timeout=SUBPROCESS_TIMEOUT
    )

    assert process.returncode == 0, err.decode(errors="replace")
    text = out.decode("ascii")  # strict: nothing but ASCII
    assert len(text.splitlines()) == len(questions), "U+2028/2029/0085 never split a record"
    assert [json.loads(line)["question"] for line in text.splitlines()] == questions


def test_the_encoder_escapes_every_line_separator() -> None:
    line = jsonl_encode({"text": SEPARATORS + "é"})
    assert line.isascii()
    assert len(line.splitlines()) == 1
    assert json.loads(line)["text"] == SEPARATORS + "é"


def vm_high_water_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def read_records(process: subprocess.Popen[bytes], count: int) -> list[dict[str, object]]:
    assert process.stdout is not None
    return [json.loads(process.stdout.readline()) for _ in range(count)]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_20_mb_line_is_declined_in_constant_memory(tmp_path: Path) -> None:
    process = jsonl_process(tmp_path)
    assert process.stdin is not None
    try:
        process.stdin.write(b"How much cocaine did Belgium seize?\n")
        process.stdin.flush()
        (first,) = read_records(process, 1)
        baseline = vm_high_water_kib(process.pid)
        block = b"why " * (1 << 18)  # 1 MiB
        for _ in range(20):
            process.stdin.write(block)
        process.stdin.write(b"\nWho reported this story?\n")
        process.stdin.flush()
        long_line, after = read_records(process, 2)
        time.sleep(0.1)
        grown_mib = (vm_high_water_kib(process.pid) - baseline) / 1024
    finally:
        process.stdin.close()
        process.wait(timeout=SUBPROCESS_TIMEOUT)

    assert first["answered"] is True
    assert long_line["answered"] is False
    assert long_line["kind"] == "decline"
    assert "too long" in str(long_line["text"])
    assert str(long_line["question"]).startswith("why why")
    assert len(str(long_line["question"])) < 300
    assert after["answered"] is True, "the stream goes on after the long line"
    assert grown_mib < 15, f"memory grew {grown_mib:.0f} MiB for one 20 MiB line"
    assert process.returncode == 0


LINES = st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(LINES, st.booleans(), st.integers(1, 50), st.integers(1, 30))
def test_bounded_lines_splits_like_the_stream_and_caps_each_line(
    lines: list[bytes], last_newline: bool, chunk: int, limit: int
) -> None:
    data = b"\n".join(lines) + (b"\n" if last_newline and lines else b"")
    expected: list[bytes | TooLong] = []
    for raw in io.BytesIO(data):
        content = raw.rstrip(b"\n")
        expected.append(TooLong(raw[:200], len(content)) if len(content) > limit else raw)

    got = list(bounded_lines(io.BytesIO(data), limit, chunk=chunk))

    assert [g.size if isinstance(g, TooLong) else g for g in got] == [
        e.size if isinstance(e, TooLong) else e for e in expected
    ]
    for g, e in zip(got, expected, strict=True):
        if isinstance(g, TooLong):
            assert isinstance(e, TooLong)
            assert e.head.startswith(g.head[: min(len(g.head), 200)].rstrip(b"\n"))


def test_the_cap_is_well_above_any_real_question() -> None:
    assert LINE_LIMIT >= 16 * 1024
