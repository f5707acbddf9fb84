"""End to end: the bot as shipped, over loopback, under a burst of questions from many users."""

from __future__ import annotations

import importlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.questions import public_set
from bot.config import PROJECT_ROOT, Settings

BURST = 2_000
USERS = 50
RUN_WITHIN = 600.0
STOP_WITHIN = 30.0
NEEDED = ("bot.discord.client", "tests.e2e.fake_discord")
BOTS = {"factbot": ("-m", "bench.e2e"), "echo": ("-m", "bench.echo")}
"""How each measured bot is started: factbot as shipped, and the echo bot it is held against."""


def unavailable() -> str | None:
    """Why end to end cannot run here, or None: both the client and the fake must import."""
    for folder in ("bot/discord", "tests/e2e/fake_discord"):
        if not (PROJECT_ROOT / folder).is_dir():
            return f"{folder}/ does not exist"
    for module in NEEDED:
        try:
            importlib.import_module(module)
        except Exception as exc:
            return f"{module} does not import: {type(exc).__name__}: {exc}"
    return None


def bot_environment(
    endpoints: dict[str, str], knowledge: Path, pack: str, home: Path
) -> dict[str, str]:
    """The bot's own settings, nothing inherited: loopback endpoints, no cooldown in the way."""
    ours = {name.upper() for name in Settings.model_fields}
    env = {k: v for k, v in os.environ.items() if k.upper() not in ours}
    env.update(
        {
            "DISCORD_TOKEN": endpoints["token"],
            "DISCORD_API_BASE": endpoints["api_base"],
            "DISCORD_GATEWAY_URL": endpoints["gateway_url"],
            "KNOWLEDGE_DIR": str(knowledge),
            "PACKS": pack,
            "DATABASE_PATH": str(home / "questions.sqlite3"),
            "COOLDOWN_RATE": "1000000",
            "COOLDOWN_SECONDS": "1",
            "LOG_LEVEL": "WARNING",
            # the bot runs in its own home (no .env of the project's), yet imports `bench`
            # and `tests` from the project like every other bench process
            "PYTHONPATH": str(PROJECT_ROOT),
        }
    )
    return env


def measure(
    knowledge: Path,
    pack: str,
    burst: int,
    users: int = USERS,
    rate: float | None = None,
    *,
    bot_name: str = "factbot",
) -> dict[str, object] | str:
    """Start the fake with its users, then the bot (`python -m bot run`, or the echo bot)
    against it; stop both after."""
    reason = unavailable()
    if reason is not None:
        return f"skipped: {reason}"
    driver_command = [sys.executable, "-m", "bench.burst", "--burst", str(burst)]
    driver_command += ["--users", str(users), "--questions", str(public_set())]
    if rate:
        driver_command += ["--rate", str(rate)]
    with tempfile.TemporaryDirectory(prefix="factbot-e2e-") as home:
        driver = subprocess.Popen(
            driver_command,
            cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        violations = Path(home) / "violations.json"
        bot: subprocess.Popen[bytes] | None = None
        cpu_before = cpu_after = None
        try:
            endpoints = json.loads(_next_line(driver, None) or "{}")
            if not endpoints:
                return "skipped: the local Discord did not start"
            bot = subprocess.Popen(
                [sys.executable, *BOTS[bot_name], str(violations)],
                cwd=home,
                env=bot_environment(endpoints, knowledge.resolve(), pack, Path(home)),
            )
            line = _next_line(driver, bot)
            cpu_before = cpu_seconds(bot.pid)
            if json.loads(line or "{}").get("burst") == "starting":
                line = _next_line(driver, bot)
            cpu_after = cpu_seconds(bot.pid)
        finally:
            if bot is not None:
                _stop(bot)
            _finish(driver)
        if not line:
            status = bot.returncode if bot is not None else None
            return {"error": f"no result from the burst (bot exit status {status})"}
        result: dict[str, object] = json.loads(line)
        found = json.loads(violations.read_text()) if violations.is_file() else ["not recorded"]
        result["network_violations"] = [*_as_list(result.get("network_violations")), *found]
        result["bot_exit_status"] = bot.returncode if bot is not None else None
        answered = result.get("answered")
        if cpu_before is not None and cpu_after is not None and isinstance(answered, int):
            spent_ms = (cpu_after - cpu_before) * 1000
            result["bot_cpu_ms_per_question"] = round(spent_ms / answered, 3) if answered else None
        return result


def cpu_seconds(pid: int) -> float | None:
    """A process's CPU time so far (user and system, every thread), or None off Linux.

    On a shared machine throughput moves with the neighbours' load; the CPU a bot spends per
    question moves much less, so it says more about the bot itself."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _next_line(driver: subprocess.Popen[str], bot: subprocess.Popen[bytes] | None) -> str:
    """The driver's next line, or '' if it ends, the bot dies or RUN_WITHIN passes first."""
    assert driver.stdout is not None
    deadline = time.monotonic() + RUN_WITHIN
    while time.monotonic() < deadline:
        if bot is not None and bot.poll() is not None:
            return ""
        ready, _, _ = select.select([driver.stdout], [], [], 0.2)
        if ready:
            return driver.stdout.readline()
    return ""


def _finish(driver: subprocess.Popen[str]) -> None:
    """Tell the driver to close Discord (EOF on its stdin), killing it if it lingers."""
    if driver.stdin is not None:
        driver.stdin.close()
    try:
        driver.wait(timeout=STOP_WITHIN)
    except subprocess.TimeoutExpired:
        driver.kill()
        driver.wait()
    if driver.stdout is not None:
        driver.stdout.close()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, as a service manager would; the bot closes its store and exits cleanly."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_WITHIN)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve(violations: Path) -> int:
    """The bot's real entry point (`run`) with every non-loopback connection refused."""
    from bot.__main__ import main as bot_main
    from tests.e2e.fake_discord import NetworkGuard

    guard = NetworkGuard()
    guard.install()
    try:
        return bot_main(["run"])
    finally:
        guard.uninstall()
        violations.write_text(json.dumps(guard.violations))


if __name__ == "__main__":
    sys.exit(serve(Path(sys.argv[1])))
