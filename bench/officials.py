"""Facts about people: who was appointed to what, and who met whom."""

from __future__ import annotations

import re

from bench.fact_parts import (
    MONTHS,
    ROLES,
    TOPICS,
    WEEKDAYS,
    Draft,
    Picker,
)


def appointment(p: Picker) -> Draft | None:
    """Two people in one fact, so "who replaced whom" has a direction the matcher must get."""
    c, role, y = p.country(), p.rng.choice(ROLES), p.year()
    locals_ = p.world.people_of(c)
    if len(locals_) < 2:
        return None
    new, old = p.rng.sample(locals_, 2)
    if not p.claim(("new", new), ("old", old), ("post", c, role, y)):
        return None
    month = p.rng.choice(MONTHS)
    return Draft(
        kind="appointment",
        topic=f"{c.name}'s {role} from {y}",
        sentence=(
            f"{new.name} was appointed {role} of {c.name} in {month} {y}, replacing {old.name}."
        ),
        answer=f"{new.name} became {c.name}'s {role} in {month} {y}, succeeding {old.name}.",
        questions=[
            f"Who was appointed {role} of {c.name} in {y}?",
            f"When was {new.last} appointed {role}?",
            f"Who did {new.name} replace?",
            f"Who replaced {old.last} as {role} of {c.name}?",
            f"What job was {new.name} given in {y}?",
            f"{new.last.lower()} appointment",
            f"When did {new.last} become {c.name}'s {role}?",
            f"Who was {c.name}'s {role} before {new.last}?",
            f"Who became {role} in {c.name} in {y}?",
            f"Is {new.last} the new {role} of {c.name}?",
        ],
        keywords=[new.last.lower(), old.last.lower(), role, "appointed", str(y)],
        asks=["who", "when", "what", "yes_no"],
        entities={
            "person": [new.name.lower(), old.name.lower()],
            "country": [c.name.lower()],
            "year": [str(y)],
        },
        expect=re.escape(new.last),
    )


def meeting(p: Picker) -> Draft | None:
    """Who met whom, where, when and why: many question types answered by one sentence."""
    one, two, place = p.person(), p.person(), p.place()
    if one == two or one.country == two.country:
        return None
    if not p.claim(
        ("meet", one, two), ("at", one, place), ("at", two, place), ("met", one, two.country)
    ):
        return None
    y, month, day, weekday = (
        p.year(),
        p.rng.choice(MONTHS),
        p.rng.randint(1, 28),
        p.rng.choice(WEEKDAYS),
    )
    first, second = p.rng.sample(TOPICS, 2)
    role = p.rng.choice(ROLES)
    return Draft(
        kind="meeting",
        topic=f"{one.last} meets {two.last} in {place.name}",
        sentence=(
            f"{one.name}, {one.country.name}'s {role}, met {two.name} of {two.country.name} in "
            f"{place.name} on {weekday}, {month} {day}, {y}, to discuss {first} and {second}."
        ),
        answer=(
            f"{one.name} met {two.name} of {two.country.name} in {place.name} on {weekday}, "
            f"{month} {day}, {y}, to discuss {first} and {second}."
        ),
        questions=[
            f"Who did {one.last} meet in {place.name}?",
            f"Where did {one.last} and {two.last} meet?",
            f"What did {one.last} and {two.last} discuss?",
            f"When did {one.last} meet {two.last}?",
            f"{one.last.lower()} {two.last.lower()} meeting",
            f"Why did {one.last} travel to {place.name}?",
            f"Which {two.country.demonym} official did {one.last} meet?",
            f"Did {one.last} meet {two.last} in {y}?",
            f"what were {one.last.lower()} and {two.last.lower()} talking about",
            f"Who met {two.last} in {place.name}?",
        ],
        keywords=[one.last.lower(), two.last.lower(), place.name.lower(), first, second],
        asks=["who", "where", "what", "when", "why", "which", "yes_no"],
        entities={
            "person": [one.name.lower(), two.name.lower()],
            "country": sorted({one.country.name.lower(), two.country.name.lower()}),
            "place": [place.name.lower()],
            "year": [str(y)],
        },
        expect=re.escape(two.last),
    )
