"""Groups unanswered or disliked questions so curators see each missing fact once.

Two greedy passes, each comparing an item only with the representatives of the groups found
so far, and only those sharing a word start with it. Blocking keeps the work bounded however
the questions look: each word start's block contributes at most `MAX_BLOCK` representatives
(the first, i.e. the most asked), an item is scored against at most `MAX_CANDIDATES` of them
(those sharing the most word starts), and at most `MAX_WORDINGS` distinct wordings (the most
asked, then the most recent) are grouped per call: O(n + W·(B + C)), never O(n²).

1. *Tight cores*: wordings that share almost all their words (order, inflection and typos
   aside) join when `token_sort_ratio >= TIGHT_CORE_THRESHOLD`.
2. *Merge by essential words*: each core is reduced to the words most of its wordings share
   (for "how much copper did chile export" / "copper exported by chile" that is "copper chile"),
   and cores join a group when `token_set_ratio >= SAME_GAP_THRESHOLD` against the group's
   essential words. Because the verb is no longer essential, "chile's copper exports" joins;
   because "chile" is, "peru copper exports" does not.

String similarity cannot know synonyms ("who made you" vs "who built factbot"); such
wordings stay separate gaps.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final, TypeVar

from rapidfuzz import fuzz, process

from bot.language.text import content_words, plain_words
from bot.store.models import Gap

TIGHT_CORE_THRESHOLD: Final = 88
SAME_GAP_THRESHOLD: Final = 80
MAX_EXAMPLES: Final = 5
MIN_ESSENTIAL_WORDS: Final = 2
PREFIX_LENGTH: Final = 3
MAX_BLOCK: Final = 24
"""Representatives looked at per word start of an item (a block larger is cut, not scanned)."""
MAX_CANDIDATES: Final = 24
"""Representatives an item is scored against with rapidfuzz, at most."""
MAX_WORDINGS: Final = 2000
"""Distinct wordings grouped per call; rarer ones beyond this are left out of the report."""

Item = TypeVar("Item")


def normalize(text: str) -> str:
    """Keep only meaningful words, so case, accents, punctuation and filler never split a gap."""
    return " ".join(content_words(text) or plain_words(text))


@dataclass(frozen=True, slots=True)
class GapQuestion:
    """One declined or net-👎 question, as the store hands it over for grouping."""

    text: str
    asked_at: datetime
    nearest_fact_id: str | None
    declined: bool


@dataclass(slots=True)
class _Wording:
    """All questions whose normalised text is identical."""

    key: str
    questions: list[GapQuestion] = field(default_factory=list)

    @property
    def last_asked(self) -> datetime:
        return self.questions[-1].asked_at  # appended in time order

    @property
    def shown_text(self) -> str:
        """The raw spelling asked most often, first-asked on ties."""
        spellings = Counter(question.text.strip() for question in self.questions)
        return spellings.most_common(1)[0][0]


@dataclass(slots=True)
class _Core:
    """Wordings that are near-identical; the first one is the most asked."""

    wordings: list[_Wording]

    @property
    def size(self) -> int:
        return sum(len(wording.questions) for wording in self.wordings)

    @property
    def last_asked(self) -> datetime:
        return max(wording.last_asked for wording in self.wordings)

    def essential_words(self) -> str:
        """Words in more than half the wordings; too few means the lead wording speaks."""
        counts = Counter(word for wording in self.wordings for word in set(wording.key.split()))
        lead = self.wordings[0].key.split()
        essential = [word for word in lead if counts[word] * 2 > len(self.wordings)]
        return " ".join(essential if len(essential) >= MIN_ESSENTIAL_WORDS else lead)


def group_gaps(questions: Iterable[GapQuestion], limit: int | None = None) -> list[Gap]:
    """Cluster questions into gaps, most asked first (then most recent); bounded work."""
    wordings = _wordings(questions)[:MAX_WORDINGS]
    near_identical = _greedy_groups(
        wordings, key=lambda wording: wording.key, best_match=_near_identical
    )
    cores = sorted(
        (_Core(members) for members in near_identical),
        key=lambda core: (-core.size, -core.last_asked.timestamp()),
    )
    groups = _greedy_groups(
        cores,
        key=_Core.essential_words,
        best_match=_shares_essentials,
        can_merge=_specific_enough,
    )
    gaps = [_to_gap([w for core in group for w in core.wordings]) for group in groups]
    gaps.sort(key=lambda gap: (-gap.count, -gap.last_asked.timestamp(), gap.representative))
    return gaps if limit is None else gaps[:limit]


def _wordings(questions: Iterable[GapQuestion]) -> list[_Wording]:
    """Collapse identical wordings first: real traffic repeats itself a lot."""
    by_key: dict[str, _Wording] = {}
    for question in sorted(questions, key=lambda q: q.asked_at):
        key = normalize(question.text)
        by_key.setdefault(key, _Wording(key)).questions.append(question)
    ordered = list(by_key.values())
    ordered.sort(key=lambda w: (-len(w.questions), -w.last_asked.timestamp()))
    return ordered


Matcher = Callable[[str, Sequence[str]], int | None]


class _Representatives:
    """Group representatives, indexed by word prefix to keep grouping near O(n·k) or better.

    An item is scored only against representatives sharing a word start with it, so typos
    after the first letters still match while unrelated representatives cost nothing.
    """

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._groups: list[int] = []
        self._by_prefix: defaultdict[str, list[int]] = defaultdict(list)

    def add(self, key: str, group: int) -> None:
        for prefix in _word_prefixes(key):
            self._by_prefix[prefix].append(len(self._keys))
        self._keys.append(key)
        self._groups.append(group)

    def best_group(self, key: str, best_match: Matcher) -> int | None:
        shared: Counter[int] = Counter()
        for prefix in _word_prefixes(key):
            block = self._by_prefix.get(prefix)
            if block:
                shared.update(block[:MAX_BLOCK])
        if not shared:
            return None
        if len(shared) > MAX_CANDIDATES:
            nearby = sorted(rep for rep, _count in shared.most_common(MAX_CANDIDATES))
        else:
            nearby = sorted(shared)
        best = best_match(key, [self._keys[rep] for rep in nearby])
        return None if best is None else self._groups[nearby[best]]


def _word_prefixes(key: str) -> set[str]:
    return {word[:PREFIX_LENGTH] for word in key.split()}


def _greedy_groups(
    items: Sequence[Item],
    *,
    key: Callable[[Item], str],
    best_match: Matcher,
    can_merge: Callable[[str], bool] = lambda _key: True,
) -> list[list[Item]]:
    """Each item joins the best-matching earlier representative, or founds a group."""
    groups: list[list[Item]] = []
    representatives = _Representatives()
    for item in items:
        item_key = key(item)
        best = representatives.best_group(item_key, best_match) if can_merge(item_key) else None
        if best is None:
            if can_merge(item_key):
                representatives.add(item_key, len(groups))
            groups.append([item])
        else:
            groups[best].append(item)
    return groups


def _near_identical(key: str, representatives: Sequence[str]) -> int | None:
    """Index of the representative with nearly the same words, if any."""
    match = process.extractOne(
        key, representatives, scorer=fuzz.token_sort_ratio, score_cutoff=TIGHT_CORE_THRESHOLD
    )
    return None if match is None else match[2]


def _shares_essentials(key: str, representatives: Sequence[str]) -> int | None:
    """Index of the group whose essential words this core shares, if any."""
    match = process.extractOne(
        key, representatives, scorer=fuzz.token_set_ratio, score_cutoff=SAME_GAP_THRESHOLD
    )
    return None if match is None else match[2]


def _specific_enough(key: str) -> bool:
    """Keep one-word keys out of merging: they would match every question containing them.

    token_set_ratio calls "copper" a perfect match for any copper question, so such
    wordings only form tight cores.
    """
    return len(key.split()) >= MIN_ESSENTIAL_WORDS


def _to_gap(wordings: list[_Wording]) -> Gap:
    """Summarise a group; the most-asked wording represents it."""
    questions = [question for wording in wordings for question in wording.questions]
    ranked = sorted(wordings, key=lambda w: (-len(w.questions), -w.last_asked.timestamp()))
    return Gap(
        representative=ranked[0].shown_text,
        count=len(questions),
        examples=tuple(wording.shown_text for wording in ranked[:MAX_EXAMPLES]),
        last_asked=max(question.asked_at for question in questions),
        nearest_fact_id=_most_common_fact(questions),
        declined=sum(question.declined for question in questions),
        downvoted=sum(not question.declined for question in questions),
    )


def _most_common_fact(questions: Sequence[GapQuestion]) -> str | None:
    """Pick the fact most often answered or nearly matched; the most recent wins ties."""
    counts: Counter[str] = Counter()
    latest: dict[str, datetime] = {}
    for question in questions:
        if question.nearest_fact_id is not None:
            counts[question.nearest_fact_id] += 1
            latest[question.nearest_fact_id] = max(
                question.asked_at, latest.get(question.nearest_fact_id, question.asked_at)
            )
    if not counts:
        return None
    return max(counts, key=lambda fact_id: (counts[fact_id], latest[fact_id]))
