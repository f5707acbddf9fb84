"""How a passive channel would behave on the question sets: `python -m bench.passive`.

For each set in tests/questions/ and the chatter set in bench/chatter.jsonl: how many messages
read as questions, how many the bot would answer unasked (PASSIVE_CONFIDENCE), and how many of
those are right by the sets' own rules. A question outside the article answered at all is
wrong. `--sweep` prints the same totals for other thresholds, to calibrate the constant.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.config import DEFAULT_KNOWLEDGE
from bot.discord.passive import PASSIVE_CONFIDENCE, confident_enough, reads_as_question
from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.evaluation import DECLINE_KINDS, load_questions, without_digit_groups

ROOT = Path(__file__).resolve().parent.parent
QUESTION_SETS = ROOT / "tests" / "questions"
CHATTER = Path(__file__).resolve().parent / "chatter.jsonl"
SWEEP = (50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0)
WRONG_AT_MOST = 0.01


@dataclass(frozen=True)
class Seen:
    """One message as a passive channel sees it."""

    question: str
    asks: bool
    answer: Answer
    right: bool
    chatter: bool


@dataclass(frozen=True)
class Tally:
    messages: int
    questions: int
    answered: int
    right: int

    @property
    def wrong(self) -> int:
        return self.answered - self.right

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.answered if self.answered else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<16} {self.messages:>5} messages · {self.questions:>4} read as questions · "
            f"{self.answered:>4} answered passively · {self.right:>4} right · "
            f"{self.wrong:>2} wrong ({self.wrong_share:.2%})"
        )


def is_right(item: dict[str, object], answer: Answer) -> bool:
    """The sets' own rule (tests/evaluation.py) for one answered item."""
    kind = str(item.get("kind", "chatter"))
    if kind in DECLINE_KINDS or kind == "chatter":
        return False  # nothing to answer: any answer is wrong
    text = without_digit_groups(render_markdown(answer))
    any_of = [str(p) for p in item.get("any") or []]  # type: ignore[attr-defined]
    all_of = [str(p) for p in item.get("all") or []]  # type: ignore[attr-defined]
    return (not any_of or any(re.search(p, text, re.I) for p in any_of)) and all(
        re.search(p, text, re.I) for p in all_of
    )


def see(engine: Engine, items: list[dict[str, object]], *, chatter: bool) -> list[Seen]:
    out = []
    for item in items:
        question = str(item["q"])
        answer = engine.ask(question)
        out.append(
            Seen(question, reads_as_question(question), answer, is_right(item, answer), chatter)
        )
    return out


def tally(seen: list[Seen], threshold: float) -> Tally:
    passive = [s for s in seen if s.asks and confident_enough(s.answer, threshold)]
    return Tally(
        messages=len(seen),
        questions=sum(s.asks for s in seen),
        answered=len(passive),
        right=sum(s.right for s in passive),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.passive", description=__doc__)
    parser.add_argument("--sweep", action="store_true", help="totals for other thresholds")
    parser.add_argument("--wrong", action="store_true", help="list wrong passive answers")
    args = parser.parse_args(argv)
    engine = Engine.load(DEFAULT_KNOWLEDGE, ["antwerp"])
    sets = {
        p.stem: see(engine, load_questions(p), chatter=False)
        for p in sorted(QUESTION_SETS.glob("*.jsonl"))
    }
    chatter = see(engine, load_questions(CHATTER), chatter=True)
    questions = [s for seen in sets.values() for s in seen]
    print(
        f"passive threshold {PASSIVE_CONFIDENCE:g} "
        "(asked directly: answered from 35, clearly from 50)"
    )
    for name, seen in sets.items():
        print(tally(seen, PASSIVE_CONFIDENCE).line(name))
    total = tally(questions, PASSIVE_CONFIDENCE)
    chat = tally(chatter, PASSIVE_CONFIDENCE)
    print(total.line("all question sets"))
    print(chat.line("chatter"))
    if args.sweep:
        for threshold in SWEEP:
            t, c = tally(questions, threshold), tally(chatter, threshold)
            print(
                f"  at {threshold:>4g}: {t.answered} answered, {t.right} right, "
                f"{t.wrong} wrong ({t.wrong_share:.2%}); chatter {c.answered}"
            )
    if args.wrong:
        for s in [*questions, *chatter]:
            if s.asks and confident_enough(s.answer, PASSIVE_CONFIDENCE) and not s.right:
                print(
                    f"  WRONG {s.answer.confidence:.0f} {s.question!r}"
                    f" -> {s.answer.headline[:100]!r}"
                )
    ok = total.wrong_share <= WRONG_AT_MOST and chat.answered == 0
    print("passive: OK" if ok else "passive: FAIL (too many wrong, or chatter answered)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
