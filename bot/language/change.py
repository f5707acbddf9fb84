"""How English says that something rose or fell, and that a post is held now or was held
once: a claim of the one is answered 'no' by a fact that says the other."""

from __future__ import annotations

from typing import Final, Literal

Direction = Literal["up", "down"]

RISING: Final = frozenset({
    "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased",
    "increasing", "grow", "grows", "grew", "grown", "growing", "climb", "climbs", "climbed",
    "climbing", "jump", "jumped", "surge", "surged", "surging", "soar", "soared", "soaring",
    "higher", "record", "records", "rocketed", "spiked", "boomed",
})  # fmt: skip
"""Words that say a figure went up; a 'record' is a new high unless it is a 'record low'."""
FALLING: Final = frozenset({
    "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping",
    "decline", "declines", "declined", "declining", "decrease", "decreases", "decreased",
    "decreasing", "shrink", "shrinks", "shrank", "shrunk", "plunge", "plunged", "slump",
    "slumped", "dip", "dipped", "lower", "tumbled", "halved",
})  # fmt: skip
"""Words that say a figure went down."""
MOVING: Final = frozenset({
    "go", "goes", "went", "gone", "going", "come", "came", "coming", "trend", "trending",
    "head", "headed", "heading",
})  # fmt: skip
"""Verbs after which 'up' and 'down' say a figure moved ('went down'), not a phrase ('made up')."""
LOW: Final = frozenset({"low", "lows", "lowest"})
MOVED: Final = frozenset({
    *(word for word in RISING | FALLING if word.endswith("ed")),
    "rose", "fell", "grew", "shrank",
})  # fmt: skip
"""The past forms of the words above: 'exports fell in 2023' states a movement."""

FORMER: Final = frozenset({"former", "ex", "erstwhile", "onetime", "previous", "retired"})
"""Words that say a post was held once and is held no more ('a former mayor')."""
STILL: Final = frozenset({"still", "currently", "current", "now", "presently", "today"})
"""Words that claim a post is held now."""
ONCE: Final = frozenset({"used", "before", "previously", "formerly", "once", "earlier", "past"})
"""Words that claim a post was held before ('used to be mayor'), as a former one was."""
POSTS: Final = frozenset({
    "minister", "secretary", "president", "chancellor", "mayor", "governor", "premier",
    "ambassador", "commissioner", "director", "chairman", "chairwoman", "chair", "king", "queen",
    "senator", "spokesman", "spokeswoman", "spokesperson", "attorney", "general",
})  # fmt: skip
"""Words that name a post ('the foreign *minister*'): what stands before one says which post."""
PORTFOLIOS: Final = frozenset({
    "foreign", "home", "security", "state", "interior", "justice", "defence",
    "defense", "finance", "treasury", "health", "education", "trade", "industry", "labor",
    "environment", "transport", "energy", "agriculture", "culture", "housing", "immigration",
    "prime", "deputy", "vice", "attorney", "general", "chief", "economy", "economic", "digital",
    "science", "work", "pensions", "communities", "development", "police", "army", "navy",
})  # fmt: skip
"""Words that say which post a post word names ('*foreign* minister', 'secretary of *state*');
a nationality, a party or how the post was taken ('British', 'Labour', 'newly') do not."""


def direction(tokens: list[str]) -> Direction | None:
    """Which way the words say a figure moved, or None when they say neither (or both)."""
    said: set[Direction] = set()
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in RISING:
            said.add("down" if token.startswith("record") and after in LOW else "up")
        elif token in FALLING:
            said.add("down")
        elif token in {"up", "down"} and before in MOVING:
            said.add("up" if token == "up" else "down")
    return said.pop() if len(said) == 1 else None


def moving_word(word: str) -> bool:
    """Whether a word (or a stem of one) is one of those that say a figure moved."""
    return any(w.startswith(word) for w in (*RISING, *FALLING, *MOVING, "up", "down"))


CONTRARIES: Final = (
    ("import", "export"), ("importer", "exporter"), ("buy", "sell"), ("buyer", "seller"),
    ("win", "lose"), ("winner", "loser"), ("producer", "consumer"), ("produce", "consume"),
    ("accept", "reject"), ("approve", "reject"), ("ally", "enemy"), ("arrive", "depart"),
    ("open", "close"), ("lend", "borrow"), ("lender", "borrower"), ("hire", "fire"),
    ("gain", "loss"), ("profit", "loss"), ("surplus", "deficit"), ("minority", "majority"),
)  # fmt: skip
"""Words of which a claim saying one is answered 'no' by a fact saying the other ('Europe
imports its copper?' of 'the leading exporter'): both directions."""
OPPOSITES: Final = (
    ("agree", "differ"), ("agree", "disagree"), ("agreement", "disagreement"),
    ("same", "differ"), ("same", "different"), ("similar", "differ"), ("similar", "different"),
    ("alike", "differ"), ("praise", "criticism"), ("praise", "criticise"), ("praise", "criticize"),
    ("welcome", "criticism"), ("support", "oppose"), ("support", "opposition"),
    ("succeed", "fail"), ("success", "failure"), ("legal", "illegal"), ("lawful", "unlawful"),
    ("allow", "ban"), ("permit", "ban"), ("allow", "forbid"), ("approve", "ban"),
    ("raise", "lower"), ("raise", "cut"), ("boost", "cut"), ("safe", "dangerous"),
    ("calm", "violent"), ("peaceful", "violent"), ("domestic", "foreign"),
    ("public", "private"), ("cheap", "expensive"), ("easy", "difficult"),
    ("ancient", "modern"), ("old", "new"), ("young", "old"), ("early", "late"),
)  # fmt: skip
"""Words of which one, said of the same things, denies the other outright ('do they agree
on migration?' of 'they widely differ', 'was it praised?' of 'drew criticism'): a claim
saying one, of a fact saying the other and not the claim's own word, is answered 'no'."""
