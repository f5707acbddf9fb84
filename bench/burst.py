"""The other side of end to end: a local Discord and 50 users asking at once, in own process."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from bench.latency import summary
from tests.e2e.fake_discord import FakeConfig, FakeDiscord, NetworkGuard
from tests.evaluation import load_questions, without_digit_groups

CHANNELS = 5
READY_WITHIN = 120.0
STALL = 30.0
"""Seconds without a new reply after which the questions still unanswered count as lost."""
POLL = 0.05
MESSAGE_ROUTE = "/channels/{channel_id}/messages"


def announce(data: dict[str, object]) -> None:
    print(json.dumps(data), flush=True)


def replies(fake: FakeDiscord, start: int, waiting: set[int]) -> tuple[int, dict[int, Any]]:
    """New replies since request `start`: the id they answer, when the fake received them."""
    found: dict[int, Any] = {}
    requests = fake.requests
    for request in requests[start:]:
        body = request.json if isinstance(request.json, dict) else {}
        reference = body.get("message_reference") or {}
        answered = int(reference.get("message_id") or 0)
        if request.method == "POST" and request.route == MESSAGE_ROUTE and answered in waiting:
            found[answered] = request
    return len(requests), found


def text_of(node: object) -> str:
    """Every string in a message body, for checking the answer the user actually saw."""
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        return "\n".join(text_of(v) for v in node.values())
    if isinstance(node, list):
        return "\n".join(text_of(v) for v in node)
    return ""


def right(item: dict[str, object], body: object) -> bool | None:
    """The public set's own patterns on the reply; None for questions that must be declined."""
    patterns, every = _strings(item.get("any")), _strings(item.get("all"))
    if not patterns and not every:
        return None
    text = without_digit_groups(text_of(body))
    ok = not patterns or any(re.search(p, text, re.I) for p in patterns)
    return ok and all(re.search(p, text, re.I) for p in every)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


async def wait_for_replies(
    fake: FakeDiscord, sent: dict[int, float], start: int
) -> tuple[dict[int, Any], int]:
    """Collect replies until every question has one, or none came for STALL seconds."""
    got: dict[int, Any] = {}
    last = time.monotonic()
    while len(got) < len(sent) and time.monotonic() - last < STALL:
        await asyncio.sleep(POLL)
        start, found = replies(fake, start, set(sent) - set(got))
        if found:
            got.update(found)
            last = time.monotonic()
    return got, start


async def serve(
    burst: int, users: int, items: list[dict[str, object]], rate: float | None = None
) -> None:
    """Report the burst, then keep Discord up until told to stop, so the bot leaves cleanly."""
    guard = NetworkGuard()
    guard.install()
    try:
        async with FakeDiscord(FakeConfig()) as fake:
            result = await drive(fake, burst, users, items, rate)
            result["network_violations"] = guard.violations
            announce(result)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    finally:
        guard.uninstall()


async def drive(
    fake: FakeDiscord,
    burst: int,
    users: int,
    items: list[dict[str, object]],
    rate: float | None = None,
) -> dict[str, object]:
    """Arrange the world, wait for the bot, warm it with one question, then fire the burst:
    all at once, or paced at `rate` questions a second across the users (an offered load)."""
    world = fake.world
    guild = world.add_guild("Bench")
    channels = [world.add_text_channel(guild, f"questions-{i}") for i in range(CHANNELS)]
    people = [world.add_user(f"user{i:02d}") for i in range(users)]
    for person in people:
        world.add_member(guild, person)
    announce({"api_base": fake.api_base, "gateway_url": fake.gateway_url, "token": fake.token})
    await fake.wait_for_gateway_event("ready", within=READY_WITHIN)
    mention = fake.bot_user.mention
    first = await fake.send_message(channels[0], people[0], f"{mention} {items[0]['q']}")
    warm, cursor = await wait_for_replies(fake, {int(first["id"]): time.monotonic()}, 0)
    if not warm:
        return {"error": "the bot did not answer a first question"}

    plan = [
        (people[i % users], channels[i % CHANNELS], items[i % len(items)]) for i in range(burst)
    ]
    sent: dict[int, float] = {}
    asked: dict[int, dict[str, object]] = {}

    async def user(k: int) -> None:
        for turn, (person, channel, item) in enumerate(plan[k::users]):
            if rate:
                due = began + (turn * users + k) / rate
                await asyncio.sleep(max(0.0, due - time.monotonic()))
            at = time.monotonic()
            message = await fake.send_message(channel, person, f"{mention} {item['q']}")
            sent[int(message["id"])] = at
            asked[int(message["id"])] = item

    announce({"burst": "starting"})  # the bot's CPU time is read from here to the result
    gc.disable()  # playing Discord, this process must not charge its own pauses to the bot
    try:
        began = time.monotonic()
        await asyncio.gather(*(user(k) for k in range(users)))
        sent_by = time.monotonic()
        got, _ = await wait_for_replies(fake, sent, cursor)
    finally:
        gc.enable()
    latencies = [got[i].at - sent[i] for i in got]
    finished = max((r.at for r in got.values()), default=sent_by)
    checks = {i: right(asked[i], got[i].json) for i in got}
    graded = [c for c in checks.values() if c is not None]
    wrong = sorted({str(asked[i]["q"]) for i, ok in checks.items() if ok is False})
    return {
        "offered_per_s": rate or "all at once",
        "questions": burst,
        "users": users,
        "channels": CHANNELS,
        "answered": len(got),
        "lost": burst - len(got),
        "send_s": round(sent_by - began, 3),
        "total_s": round(finished - began, 3),
        "questions_per_s": round(len(got) / (finished - began), 1) if got else 0.0,
        "reply_latency": summary(latencies),
        "right_answers": f"{sum(graded)}/{len(graded)}",
        "wrong_questions": wrong,
        "fake_internal_errors": len(fake.internal_errors),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.burst")
    parser.add_argument("--burst", type=int, required=True)
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--questions", required=True)
    parser.add_argument("--rate", type=float, default=None)
    args = parser.parse_args(argv)
    items = load_questions(Path(args.questions))
    asyncio.run(serve(args.burst, args.users, items, args.rate))
    return 0


if __name__ == "__main__":
    sys.exit(main())
