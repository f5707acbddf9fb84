"""Reading a yes/no check against the fact that answers it: 'Spain led, right?' is a claim,
and the reply should say whether the source bears it out before it shows the fact."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final, Literal

from bot.engine.focus import CLAUSE_BREAK
from bot.engine.followup_words import WEEKDAYS
from bot.engine.index import IndexedFact
from bot.engine.match import Candidate
from bot.engine.understand import NEGATED_AUXILIARIES, Query, past_hedge, without_tag
from bot.language.amounts import fraction_of
from bot.language.change import FORMER, ONCE, PORTFOLIOS, POSTS, STILL, direction, moving_word
from bot.language.numbers import WORD_NUMBERS, figures_in, ordinals_in
from bot.language.text import is_number, is_year, tokenize
from bot.language.units import AMBIGUOUS_UNIT_WORDS

Verdict = Literal["yes", "no"]
PERCENT: Final = "percent"
Converter = Callable[[float, str, str], float | None]
"""An amount from one unit into another, or None where the two cannot be compared."""

NEGATIONS: Final = frozenset(
    {"not", "no", "never", "none", "nor", "neither", "nothing", "without", *NEGATED_AUXILIARIES}
)
"""Words that turn a statement round ('repaid without any rise in tax'); a claim and a fact
that differ in them disagree."""
PRESENT_AUXILIARIES: Final = frozenset({"is", "are", "isnt", "arent", "does", "doesnt"})
PAST_TENSE: Final = frozenset({"was", "were", "wasnt", "werent", "had", "did"})
"""A claim with one of these says how things were, whatever auxiliary opens it."""
"""A claim opened by one of these says how things are now."""
SUPERLATIVES: Final = ("rank_first", "rank_last")
CONFIRM_COVERAGE: Final = 0.75
"""How much of a claim the fact must cover before the reply says 'yes' to it."""
LINKING: Final = frozenset({
    "equal", "mean", "amount", "make", "repres", "constitut", "compris", "still", "alreadi",
    "yet", "ever", "realli", "actual", "basic", "even", "current", "inde", "definit", "truli",
})  # fmt: skip
"""Stems of verbs that only tie a claim's subject to its figure ('A and B *made up* 72%',
'= 72%') and of words that only insist ('*still* the leader', '*really*'): no part of what
the fact must say."""
SAID_AT_LEAST: Final = 2
"""Words of a claim the fact's sentence must say before a word of its questions counts."""
SAME_FIGURE: Final = 0.005
"""Figures this close (relative) are the same figure, written with other rounding."""
ABOUT: Final = 0.1
"""'About 120 tonnes' is borne out by a figure within a tenth of it at most."""
COMPARATORS: Final = {
    "from": ("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
    "upto": ("at most", "up to", "no more than", "not more than", "a maximum of"),
    "over": ("over", "above", "more than", "upwards of", "exceeding", "beyond"),
    "under": ("under", "below", "less than", "fewer than"),
    "about": ("about", "around", "roughly", "nearly", "almost", "approximately", "approx",
              "circa", "some", "like", "or so", "close to", "ish"),
}  # fmt: skip
"""How a claim may state a figure other than exactly."""
ALTERNATIVES: Final = frozenset({"or", "either", "versus", "vs"})
"""An either-or question is answered with the fact, not with yes or no."""
ADDING: Final = frozenset({"only", "just", "merely", "simply"})
"""'Not only …': words after which 'not' adds to a claim instead of denying it."""
EXCLAIMED: Final = frozenset({"way", "wayyy", "cap", "doubt", "kidding", "joke"})
"""'No way …', 'no cap', 'no doubt': after these 'no' exclaims or insists, it denies nothing."""
OWNED: Final = frozenset({
    "office", "spokesman", "spokeswoman", "spokesperson", "ministry", "department", "aide",
    "aides", "team", "statement", "government", "party",
})  # fmt: skip
"""What a claim may give as someone's ('A's office'), which the fact may give as another's."""
RESTRICTORS: Final = frozenset({"only", "solely", "exclusively", "just", "all"})
"""'Only domestic?': a fact that says more than the claim does not make it true or false."""
ALL_AFTER: Final = frozenset({"of", "in", "at", "than", "above", "among"})
"""Words after which 'all' is the whole ('72% of all shipments'), not a restriction."""
WHOSE_POST: Final = frozenset({"person", "country", "region", "place"})
"""Kinds of name that say whose post it is ('the U.S. secretary'); a body's name ('Trade
and Industry') may be part of the title itself."""
POST_REACH: Final = 3
"""How many words before a post word (or after its 'of') can say which post it is."""
STEM: Final = 5
"""Letters two words must share at the start to be one word ('securities', 'security')."""


@dataclass(frozen=True)
class Reading:
    """What the source says to a claim: yes or no, and the fact that shows it."""

    verdict: Verdict | None
    fact: IndexedFact


def read_claim(
    query: Query,
    candidate: Candidate,
    said: frozenset[str],
    leader: IndexedFact | None,
    leader_place: str | None,
    convert: Converter,
) -> Reading:
    """Yes, no, or no verdict (the fact is shown either way) for a yes/no question.

    `said` holds the stems of what the fact itself says (its answer and quotes, not the
    questions it was written for); `convert` puts a claimed amount in a stated one's unit.
    `leader` is the fact stating the highest (or lowest, as the claim asks) figure of the
    measure the claim is about, and `leader_place` its place: a superlative claim about
    another place is answered 'no' with that fact. A claim that denies ('B didn't lead,
    right?') is true when what it denies is not: a verdict on a figure, a rank, a day or a
    post is turned round for it, while its last step weighs a denial in the claim against
    one in the source."""
    denied = claim_denies(query)

    def settled(verdict: Verdict | None, fact: IndexedFact) -> Reading:
        """A verdict on what the claim is about, for a claim that may deny it."""
        return Reading(turned(verdict) if denied else verdict, fact)

    fact = candidate.fact
    tokens = query.raw_tokens
    if not ALTERNATIVES.isdisjoint(without_tag(list(tokens))):  # 'true or false?' is a tag
        return settled(None, fact)
    if leader is not None and leader_place is not None and _superlative(query):
        return settled("yes" if leader_place in query.named else "no", leader)
    units, named_unit = claimed_units(query)
    unstated = False  # '1,000 kg?' of '1,000 new substances': no figure of the fact in kg
    set_against = {v for part in CONTRAST_PART.findall(query.text) for v in figures_in(part)}
    for value, sense, position in _claimed_figures(tokens):
        if value in set_against:
            continue  # '123 tonnes, not 118': the figure set against is no claim
        wanted = units.get(position + 1, named_unit)
        readings = [_figures(fact, unit, convert) for unit in wanted]
        if wanted == (None,):
            counted = _of_thing(fact, tokens[position + 1 : position + 1 + THING_REACH])
            readings = [counted] if counted else readings  # 'fewer than 500 new substances'
            # of a fact counting 1,000 of them in 27 years: the 27 years are no substances
        stated = [figures for figures in readings if figures]
        if stated and not any(_bears_out(figures, value, sense) for figures in stated):
            return settled("no", fact)
        unstated = unstated or (not stated and wanted != (None,))
    fraction = fraction_of(tokens)
    percents = [value for value, unit in fact.fact.amounts() if unit == PERCENT]
    fraction_words: tuple[str, ...] = ()
    if fraction is not None and percents:
        part, start, end = fraction
        sense = _sense(tokens, start)
        if all(share_verdict(p, 100 * part, sense) == "no" for p in percents):
            return settled("no", fact)  # 'half of the total?' of '72%'
        if any(abs(p - 100 * part) <= FRACTION_REACH for p in percents):
            fraction_words = tokens[start:end]  # 'nearly three quarters' of 72 %: borne out
    ordinals = ordinals_in(tokens)
    if ordinals:
        stated_ranks = ordinals_in(word for text in texts_of(fact) for word in tokenize(text))
        if stated_ranks and ordinals.isdisjoint(stated_ranks):
            return settled("no", fact)  # 'the fifth year in a row?' of 'the seventh straight year'
    claimed_days = WEEKDAYS.intersection(tokens)
    if claimed_days:
        stated_days = WEEKDAYS.intersection(w for text in texts_of(fact) for w in tokenize(text))
        if stated_days and claimed_days.isdisjoint(stated_days):
            return settled("no", fact)  # 'on Wednesday?' of 'on Tuesday'
    asked = _asked(query)
    moved = direction(asked)
    if moved is not None:  # 'did it go down?'; 'it didn't fall, right?' is turned by settled
        ways = {direction(tokenize(text)) for text in texts_of(fact)} - {None}
        if not ways:
            return settled(None, fact)  # 'did it go down?' of a fact that says no change
        if moved not in ways:
            return settled("no", fact)  # 'went down?' of 'a record'
    held_once = _held_once(fact)
    if held_once and held_once in asked and _claims_held_now(asked):
        return settled("no", fact)  # 'still mayor?' of 'a former mayor'
    if _restricts(tuple(asked)):
        return settled(None, fact)
    if _other_owner(tokens, query.entities.get("person", frozenset()), texts_of(fact)):
        return settled("no", fact)  # "from A's office?" of "B's office said …"
    if _other_post(query, asked, fact):
        return settled("no", fact)  # 'A is the foreign minister?' of 'Prime Minister A'
    if _other_doer(query, asked, fact):
        return settled("no", fact)  # 'A hosted the talks?' of 'B hosted the talks, welcoming A'
    named = all(
        names <= fact.entities.get(kind, frozenset()) for kind, names in query.entities.items()
    )
    predicate = tuple(
        stem
        for stem in query.predicate
        if stem not in LINKING
        and not (moved and moving_word(stem))
        and not (held_once and _of_time(stem))
        and not any(word.startswith(stem) for word in fraction_words)
    )
    if not named or not _covered(predicate, said, fact.bag):
        return settled(None, fact)
    said_by_source = [q.text for q in fact.fact.quotes] or [fact.fact.answer]
    fact_negated = any(_negated(tokenize(text)) for text in said_by_source)
    # the source's own sentence: a curated answer's caveat ('… but no date') denies nothing
    if fact_negated != claim_denies(query):
        return Reading("no", fact)
    return Reading(None if unstated else "yes", fact)


def claim_denies(query: Query) -> bool:
    """Whether a claim denies what it is about ('B didn't lead, right?'), not only asks with a
    negative ('didn't B lead?', "isn't it true that …") or sets one name against another
    ('they met in C, not D, right?')."""
    asked = _asked(query)
    if any(
        t in UNIVERSAL
        or (t == "no" and following in NO_ONE)
        or (t in {"no", "not"} and following in BOUND_WORDS)
        for t, following in zip(asked, [*asked[1:], ""], strict=True)
    ):
        return False  # 'no one sold more than A', 'no fewer than 500': a superlative, a bound
    return _negated(asked)


UNIVERSAL: Final = frozenset({"nobody", "noone", "none", "nothing", "nowhere"})
NO_ONE: Final = frozenset(
    {"one", "other", "country", "countries", "place", "firm", "body", "state"}
)
BOUND_WORDS: Final = frozenset({"more", "fewer", "less", "later", "earlier", "bigger", "smaller"})
"""'No one …', 'no other …', 'no fewer than …': a 'no' that ranks or bounds, denying nothing."""
CONTRASTED: Final = re.compile(r",\s*(?:and\s+|but\s+)?not\s+\w", re.IGNORECASE)
CONTRAST_PART: Final = re.compile(r",\s*(?:and\s+|but\s+)?not\s+[^,?.!]+", re.IGNORECASE)
"""', not London', ', not 118': what a claim sets against what it claims."""
"""', not London': a name set against another, which denies nothing of the claim."""


def turned(verdict: Verdict | None) -> Verdict | None:
    """The verdict on a claim that denies what the verdict was reached on."""
    return None if verdict is None else ("yes" if verdict == "no" else "no")


def claimed_units(
    query: Query,
) -> tuple[dict[int, tuple[str, ...]], tuple[str | None, ...]]:
    """The units a claim's figures are in, by the position after each figure, and the unit
    the claim names with no figure ('the total in short tons was about 400?')."""
    units = {
        u.start: AMBIGUOUS_UNIT_WORDS.get(u.words, (u.key,))
        for u in query.units
        if u.number is not None
    }
    named: tuple[str | None, ...] = next(
        (AMBIGUOUS_UNIT_WORDS.get(u.words, (u.key,)) for u in query.units if u.number is None),
        (None,),
    )
    return units, named


def gap_borne_out(
    query: Query, gap: float, unit: str | None, inputs: list[float], convert: Converter
) -> bool:
    """Whether the amount a claim gives for a difference ('20 tons more than B?') is the
    computed gap, in the claim's unit; a claim that gives no gap, or only the figures compared
    ('A, with 40, sold more than B?'), is borne out."""
    units, named_unit = claimed_units(query)
    for value, sense, position in _claimed_figures(query.raw_tokens):
        if any(_states([i], value) for i in inputs):
            continue
        wanted = units.get(position + 1, named_unit)
        in_unit = [gap if unit in (None, u) or u is None else convert(gap, unit, u) for u in wanted]
        gaps = [g for g in in_unit if g is not None]
        if gaps and not _bears_out(gaps, value, sense):
            return False
    return True


def claims_other_figures(query: Query, inputs: list[float]) -> bool:
    """Whether the claim gives a figure beyond those the working starts from: a total it
    puts at 400 of figures that add up to 300 is a claim about the result."""
    return any(not _states(inputs, value) for value, _, _ in _claimed_figures(query.raw_tokens))


def _other_owner(tokens: tuple[str, ...], people: frozenset[str], texts: list[str]) -> bool:
    """Whether the claim gives a person's office or spokesman ('A's office said …') where the
    fact gives another person's."""
    for before, noun in pairwise(tokens):
        if noun not in OWNED or not any(before in name.split() for name in people):
            continue
        claimed = next(name for name in people if before in name.split())
        owners = {
            owner.casefold()
            for text in texts
            for owner in re.findall(rf"(\w+)['’]s {noun}\b", text, flags=re.IGNORECASE)
        }
        if owners and not owners & set(claimed.split()):
            return True
    return False


DOER_REACH: Final = 4
"""How many words before its verb the one who did it may stand ('Home Secretary B *hosted*')."""


def _other_doer(query: Query, asked: list[str], fact: IndexedFact) -> bool:
    """Whether the claim has one person do what the source has another do, to or with them:
    'A hosted the talks?' of 'B hosted the talks, welcoming A'."""
    people = query.entities.get("person", frozenset())
    if len(people) != 1 or not query.predicate:
        return False
    claimed = set(next(iter(people)).split())
    others = [
        set(n.split())
        for n in fact.entities.get("person", frozenset())
        if set(n.split()) != claimed
    ]
    verbs = [v for v in query.predicate if len(v) > 2]
    first = next((i for i, t in enumerate(asked) if t in claimed), None)
    verb_at = next((i for i, t in enumerate(asked) if any(t.startswith(v) for v in verbs)), None)
    if not others or first is None or verb_at is None or first > verb_at:
        return False  # the claim's person is not its subject ('was A welcomed by B?')
    for text in texts_of(fact):
        words = tokenize(text)
        for i, word in enumerate(words):
            if not any(word.startswith(v) for v in verbs):
                continue
            before = set(words[max(0, i - DOER_REACH) : i])
            if claimed & before:
                return False  # the source has A do it too
            if any(other & before for other in others) and claimed & set(words[i + 1 :]):
                return True
    return False


def _other_post(query: Query, asked: list[str], fact: IndexedFact) -> bool:
    """Whether the claim gives a named person a post ('A is the foreign secretary') that the
    fact, giving that person's title ('Home Secretary A'), does not: a word saying which post
    ('foreign') that the title lacks; or, giving no title of theirs, gives it to another
    ('is A the home secretary?' of 'Home Secretary B … welcoming A')."""
    people = query.entities.get("person", frozenset())
    if not people or POSTS.isdisjoint(asked):
        return False
    named = _words_of(query.entities)
    claimed = _post_words(asked, named)
    if not claimed:
        return False
    titles = _titles(fact, people)
    if titles:
        return not any(all(_in_title(w, t) for w in claimed) for t in titles)
    others = _titles(fact, fact.entities.get("person", frozenset()) - people)
    return any(all(_in_title(w, t) for w in claimed) for t in others)  # another's post


def _titles(fact: IndexedFact, people: frozenset[str]) -> list[list[str]]:
    """The titles the fact writes before these people's names, without the places in them."""
    places = _words_of(fact.entities)
    return [
        [t for t in title if t not in places]
        for text in texts_of(fact)
        for person in people
        if (title := _title_before(tokenize(text), person.split()))
    ]


def _in_title(word: str, title: list[str]) -> bool:
    """Whether a title says this word of a post: the same word, or a long one's form
    ('securities' of 'security'); 'art' is not 'arts'."""
    return any(t == word or (len(word) >= STEM and t.startswith(word[:STEM])) for t in title)


def _words_of(entities: Mapping[str, frozenset[str]]) -> set[str]:
    """The words of the people and places named, which say whose post it is, not which."""
    return {
        word
        for kind, names in entities.items()
        if kind in WHOSE_POST
        for name in names
        for word in name.split()
    }


def _post_words(asked: list[str], named: set[str]) -> list[str]:
    """The words of a claim that say which post it gives: a portfolio before a post word
    ('foreign minister') or after it through 'of' ('secretary of state'), less names."""
    found: list[str] = []
    for i, token in enumerate(asked):
        if token not in POSTS:
            continue
        before = asked[max(0, i - POST_REACH) : i]
        after = asked[i + 2 : i + 2 + POST_REACH] if asked[i + 1 : i + 2] == ["of"] else []
        found += [w for w in (*before, *after) if w in PORTFOLIOS and w not in named]
    return found


def _title_before(words: list[str], name: list[str]) -> list[str]:
    """The title the text writes before a person's name ('Trade and Industry Secretary Jo
    Bloggs'), when a post word is among the words just before it."""
    for i in range(len(words) - len(name) + 1):
        if words[i : i + len(name)] == name or (words[i : i + 1] == name[-1:] and i > 0):
            before = words[max(0, i - POST_REACH - 1) : i]
            if not POSTS.isdisjoint(before):
                return before
    return []


def _restricts(tokens: tuple[str, ...]) -> bool:
    """'Only domestic?', 'all of them?' restrict a claim; 'of all the shipments' does not."""
    return any(
        token in RESTRICTORS and not (token == "all" and before in ALL_AFTER)
        for before, token in zip(("", *tokens), tokens, strict=False)
    )


def _covered(predicate: tuple[str, ...], said: frozenset[str], bag: frozenset[str]) -> bool:
    """Whether a fact says what a claim says of the things it names: most of the claim's
    words in the fact's own sentence; one more may be in the questions written for it
    ('still the leader' of 'remains the leading …') when two others are in the sentence."""
    needed = CONFIRM_COVERAGE * len(predicate)
    in_sentence = sum(stem in said for stem in predicate)
    if in_sentence >= needed:
        return True
    in_bag = sum(stem not in said and stem in bag for stem in predicate)
    return in_sentence >= SAID_AT_LEAST and in_bag == 1 and in_sentence + in_bag >= needed


def _asked(query: Query) -> list[str]:
    """The claim's words without what only asks: a tag ('…, isnt he?') and a negated
    auxiliary that opens the question ('wasn't the summit in Paris?', 'lol — wasn't it …?'),
    which asks for a yes and denies nothing; and the speaker's hedge before it."""
    asked = past_hedge(without_tag(list(query.raw_tokens)))  # 'if I'm not mistaken, …'
    if CONTRASTED.search(query.text):
        asked = [t for t in asked if t != "not"]  # 'hosted by A, not B': a name set against
    openings = {words[0] for part in CLAUSE_BREAK.split(query.text) if (words := tokenize(part))}
    for i, token in enumerate(asked):
        if token in NEGATED_AUXILIARIES:
            return asked[i + 1 :] if i == 0 or token in openings else asked  # chatter before
    return asked


def _held_once(fact: IndexedFact) -> str | None:
    """The post a fact says someone held once ('a former mayor' → 'mayor'), if it says one."""
    for text in texts_of(fact):
        words = tokenize(text)
        for word, post in pairwise(words):
            if word in FORMER:
                return post
    return None


def _claims_held_now(asked: list[str]) -> bool:
    """Whether a claim says a post is held now: 'still', 'currently', or asked in the
    present ('is she the mayor?') with no word of the past ('used to', 'before', 'was')."""
    words = set(asked)
    if not words.isdisjoint(ONCE | FORMER | PAST_TENSE):
        return False  # 'is it true he was mayor?' asks of then, not of now
    return not words.isdisjoint(STILL) or (bool(asked) and asked[0] in PRESENT_AUXILIARIES)


def _of_time(stem: str) -> bool:
    """A word that only says when a post was held ('used to', 'before', 'still')."""
    return any(word.startswith(stem) for word in ONCE | FORMER | STILL | {"use"})


def denies(tokens: list[str]) -> bool:
    """Whether a text denies: 'not', 'never', 'didn't' … (not 'not only', 'no way')."""
    return _negated(tokens)


def _negated(tokens: list[str]) -> bool:
    """A statement that denies: 'not', 'never' … but not 'not only X but Y', which adds."""
    return any(
        token in NEGATIONS
        and not (token == "not" and following in ADDING)
        and not (token == "no" and following in EXCLAIMED)
        for token, following in zip(tokens, [*tokens[1:], ""], strict=True)
    )


def texts_of(fact: IndexedFact) -> list[str]:
    """What the fact itself says: its answer and its quotes."""
    return [fact.fact.answer, *(q.text for q in fact.fact.quotes)]


def _claimed_figures(tokens: tuple[str, ...]) -> list[tuple[float, str, int]]:
    """Each figure the claim states, how it is meant (exactly, over, under or about), and
    where it stands (a unit may follow it)."""
    out = []
    shares = PERCENT in tokens
    ends: set[int] = set()
    for i, token in enumerate(tokens):
        if not is_number(token) or is_year(token) or i in ends:
            continue
        if shares and _whole_of_a_share(tokens, i):
            continue  # '72% of the 419': the whole the share is of, not a figure claimed for it
        end = _range_end(tokens, i)
        if end is not None:  # '110–120 tonnes', 'between 110 and 120': at least, at most
            ends.add(end)
            out += [(float(token), "from", end), (float(tokens[end]), "upto", end)]
            continue
        out.append((float(token), _sense(tokens, i), i))
    return out


def _range_end(tokens: tuple[str, ...], at: int) -> int | None:
    """Where the range a figure opens ends: '110–120' (read as two figures side by side),
    '110 to 120', 'between 110 and 120'; None when the figure stands alone."""
    for end, joined in ((at + 1, True), (at + 2, False)):
        if end >= len(tokens) or not is_number(tokens[end]) or is_year(tokens[end]):
            continue
        if not joined:
            word = tokens[at + 1]
            between = at > 0 and tokens[at - 1] == "between"
            if not (word == "to" or (word == "and" and between)):
                continue
        if float(tokens[at]) < float(tokens[end]):
            return end
    return None


def claimed_wholes(tokens: tuple[str, ...]) -> list[tuple[float, str, int]]:
    """Each figure a claim gives as what its share is of ('72% of the 500 tonnes'), how it
    is meant and where it stands: checked against the total the share is of."""
    if PERCENT not in tokens:
        return []
    return [
        (float(token), _sense(tokens, i), i)
        for i, token in enumerate(tokens)
        if is_number(token) and not is_year(token) and _whole_of_a_share(tokens, i)
    ]


def borne_out(stated: list[float], value: float, sense: str) -> bool:
    """Whether any stated figure bears out a claimed one, meant exactly, over, under or about."""
    return _bears_out(stated, value, sense)


def _whole_of_a_share(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the figure at `at` is what a percent before it is of ('72% of the 419')."""
    before = tokens[max(0, at - SHARE_REACH) : at]
    return "of" in before and PERCENT in before


def states_loosely(tokens: tuple[str, ...]) -> bool:
    """Whether a question gives a figure as a bound or an estimate ('over 100', 'about 120')."""
    joined = f" {' '.join(tokens)} "
    return any(f" {word} " in joined for words in COMPARATORS.values() for word in words)


SHARE_REACH: Final = 5
"""How far before a figure a percent and its 'of' may stand for the figure to be the whole
('72% of the total of 419')."""
FRACTION_REACH: Final = 4.0
"""Points a stated percent may lie from a fraction said in words for the words to bear it out
('nearly three quarters' of 72 %; 'about two thirds' of 72 % is left without a verdict)."""
SHARE_ROUNDING: Final = 0.5
"""'Did A take 29%?' of 29.4 %: a share claimed exactly is borne out within half a point."""


def claimed_share(tokens: tuple[str, ...]) -> tuple[float, str] | None:
    """The share a claim states ('over 80%', 'less than a quarter of'), in percent, and how it
    is meant (exactly, over, under or about)."""
    for value, sense, position in _claimed_figures(tokens):
        if tokens[position + 1 : position + 3] == ("percent", "of"):
            return value, sense  # 'over 25% of the total'; '10% more than B' is no share
    said = fraction_of(tokens)
    if said is None:
        return None
    fraction, start, _ = said
    return 100 * fraction, _sense(tokens, start)


def share_verdict(stated: float, claimed: float, sense: str) -> Verdict:
    """Whether a computed share bears out the share a claim states."""
    if sense == "exactly":
        return "yes" if abs(stated - claimed) <= SHARE_ROUNDING else "no"
    return "yes" if _bears_out([stated], claimed, sense) else "no"


FACTOR_WORDS: Final = {
    "double": 2.0, "twice": 2.0, "doubled": 2.0, "triple": 3.0, "thrice": 3.0, "tripled": 3.0,
    "treble": 3.0, "quadruple": 4.0, "half": 0.5,
}  # fmt: skip
"""How a claim states one amount as a multiple of another ('more than double')."""
TIMES_WORD: Final = "times"


def claimed_factor(tokens: tuple[str, ...]) -> tuple[float, str] | None:
    """The multiple a claim states ('more than double', 'exactly twice', 'three times',
    'half as much'), and how it is meant; 'twice' with no other word is about twice."""
    for i, token in enumerate(tokens):
        factor = FACTOR_WORDS.get(token)
        if factor is None and token == TIMES_WORD and i:
            before = tokens[i - 1]
            number = float(before) if is_number(before) else WORD_NUMBERS.get(before)
            factor, i = (float(number), i - 1) if number else (None, i)
        if factor is not None:
            sense = _sense(tokens, i)
            return factor, "about" if sense == "exactly" and "exactly" not in tokens else sense
    return None


def factor_verdict(stated: float, claimed: float, sense: str) -> Verdict:
    """Whether a computed ratio bears out the multiple a claim states."""
    return "yes" if _bears_out([stated], claimed, sense) else "no"


def rank_verdict(position: int, tokens: tuple[str, ...]) -> Verdict | None:
    """'Spain was 2nd, right?' of the place it ranks: yes when the rank claimed is its own."""
    claimed = ordinals_in(tokens)
    if len(claimed) != 1:
        return None
    return "yes" if claimed == {position} else "no"


TOTALLING: Final = frozenset({"add", "adds", "added", "adding", "sum", "sums", "summed"})
"""Verbs after which 'up to' gives a total, not a bound ('add up to 72%')."""


def _sense(tokens: tuple[str, ...], at: int) -> str:
    before = " ".join(tokens[max(0, at - 3) : at])
    if before.endswith("up to") and at >= 3 and tokens[at - 3] in TOTALLING:
        return "exactly"  # 'do A, B and C add up to 72%?'
    return next(
        (s for s, words in COMPARATORS.items() if any(before.endswith(w) for w in words)),
        "exactly",
    )


def _bears_out(stated: list[float], value: float, sense: str) -> bool:
    if sense == "from":
        return any(s >= value for s in stated)
    if sense == "upto":
        return any(s <= value for s in stated)
    if sense == "over":
        return any(s > value for s in stated)
    if sense == "under":
        return any(s < value for s in stated)
    tolerance = _looseness(value) if sense == "about" else SAME_FIGURE
    return any(abs(s - value) <= tolerance * max(abs(s), 1.0) for s in stated)


def _looseness(value: float) -> float:
    """How far off 'about N' may be: within one unit of N's last non-zero digit ('about 120'
    is 110 to 130, 'about 132' is 131 to 133, 'about 125' 120 to 130, 'about 270,000' is
    260,000 to 280,000), never more than a tenth."""
    if value <= 0 or not value.is_integer():
        return ABOUT
    unit, rest = 1, int(value)
    while rest % 10 == 0:
        unit, rest = unit * 10, rest // 10
    if rest % 10 == 5:
        unit *= 5  # 'about 125' is rounded to fives
    return max(SAME_FIGURE, min(ABOUT, unit / value))


def _superlative(query: Query) -> bool:
    return any(cue in query.cues for cue in SUPERLATIVES) and bool(query.named)


THING_REACH: Final = 3
"""Words after a claimed figure that may say what it counts ('500 *new substances*')."""


def _of_thing(fact: IndexedFact, after: Sequence[str]) -> list[float]:
    """The figures of a fact that count what the words after a claimed figure name."""
    named = {word.rstrip("s") for word in after if len(word) > 2}
    return [
        q.value
        for q in fact.fact.quantities
        if named & {w.rstrip("s") for w in tokenize(f"{q.unit} {q.what}")}
    ]


def _figures(fact: IndexedFact, unit: str | None, convert: Converter) -> list[float]:
    """The figures a fact states, in the claim's unit when the claim names one (a fact with
    no amount of that kind has none to compare)."""
    stated = fact.fact.amounts()
    if unit is not None:
        converted = [convert(value, source, unit) for value, source in stated]
        return [value for value in converted if value is not None]
    values = [value for value, _ in stated]
    for quote in fact.fact.quotes:
        values += [
            v for v in figures_in(quote.text) if not (v.is_integer() and is_year(str(int(v))))
        ]
    return values  # a year the quote gives is no amount ('over 80%?' of '72% … in 2023')


def _states(stated: list[float], claimed: float) -> bool:
    return any(abs(value - claimed) <= SAME_FIGURE * max(abs(value), 1.0) for value in stated)


def _words(text: str) -> set[str]:
    return {
        w.strip(".,;:!?\"'“”’").casefold().replace("'", "").replace("’", "") for w in text.split()
    }
