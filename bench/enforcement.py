"""Facts about police work: arrests, laboratories, tunnels and annual counts."""

from __future__ import annotations

from bench.fact_parts import (
    MONTHS,
    SUBJECTS,
    Draft,
    Picker,
    figure,
    matches,
)


def arrests(p: Picker) -> Draft | None:
    """Two figures in one sentence (people, months), so questions must pick the right one."""
    place, s = p.place(), p.substance()
    if not p.claim(("arrest", place, s)):
        return None
    c, y, n = place.country, p.year(), place.name
    a = p.agency(c)
    people, months, month = p.rng.randint(3, 140), p.rng.randint(4, 30), p.rng.choice(MONTHS)
    return Draft(
        kind="arrests",
        topic=f"{s.capitalize()} arrests in {n}",
        sentence=(
            f"Police in {n} arrested {people} people suspected of trafficking {s} in {month} {y}, "
            f"ending a {months}-month investigation led by the {a.name}."
        ),
        answer=(
            f"Police in {n}, {c.name}, arrested {people} people suspected of trafficking {s} "
            f"in {month} {y}, after a {months}-month investigation led by the {a.name}."
        ),
        questions=[
            f"How many people were arrested in {n} for {s} trafficking?",
            f"How many {s} suspects did police in {n} detain?",
            f"Who led the {s} investigation in {n}?",
            f"How long did the {n} {s} investigation last?",
            f"{n.lower()} {s} arrests",
            f"When did police in {n} arrest the {s} traffickers?",
            f"Which agency ran the {s} investigation in {n}?",
            f"Were people arrested in {n} over {s} smuggling?",
            f"how many ppl got arrested in {n.lower()} for {s}",
            f"How many {s} traffickers were caught in {n} in {y}?",
        ],
        keywords=[s, n.lower(), "arrested", "investigation", str(people)],
        asks=["how_many", "how_long", "who", "when", "which", "yes_no"],
        entities={
            "place": [n.lower()],
            "country": [c.name.lower()],
            "organisation": [a.name.lower()],
            "substance": [s],
            "year": [str(y)],
        },
        quantities=[
            {
                "value": float(people),
                "unit": "count",
                "what": f"people arrested in {n}",
                "where": [c.name.lower()],
                "when": str(y),
                "role": "count",
            },
            {
                "value": float(months),
                "unit": "month",
                "what": "length of the investigation",
                "role": "duration",
            },
        ],
        expect=rf"\b{people}\b",
    )


def laboratories(p: Picker) -> Draft | None:
    """A count asked about with adjectives before the noun ("clandestine labs")."""
    c, s, y = p.country(), p.substance(), p.year()
    if not p.claim(("lab", c, s, y)):
        return None
    a, labs = p.agency(c), p.rng.randint(2, 90)
    return Draft(
        kind="labs",
        topic=f"{s.capitalize()} laboratories dismantled in {c.name}, {y}",
        sentence=(
            f"Investigators dismantled {labs} clandestine laboratories producing {s} in "
            f"{c.name} in {y}, the {a.name} said."
        ),
        answer=(
            f"Investigators dismantled {labs} clandestine {s} laboratories in {c.name} in {y}, "
            f"according to the {a.name}."
        ),
        questions=[
            f"How many {s} labs were dismantled in {c.name} in {y}?",
            f"How many clandestine laboratories making {s} did {c.name} shut down in {y}?",
            f"Were any {s} labs found in {c.name} in {y}?",
            f"{c.name.lower()} {s} labs {y}",
            f"How many illegal {s} laboratories did the {a.name} report in {y}?",
            f"Who reported the {s} lab closures in {c.name} in {y}?",
            f"how many {s} labs got raided in {c.name.lower()} in {y}",
            f"Number of {s} laboratories dismantled in {c.name} in {y}",
            f"How many secret {s} labs did police close in {c.name} in {y}?",
        ],
        keywords=[s, c.name.lower(), "laboratories", "labs", "dismantled", str(y)],
        asks=["how_many", "who", "yes_no"],
        entities={
            "country": [c.name.lower()],
            "organisation": [a.name.lower()],
            "substance": [s],
            "year": [str(y)],
        },
        quantities=[
            {
                "value": float(labs),
                "unit": "count",
                "what": f"clandestine {s} laboratories dismantled",
                "where": [c.name.lower()],
                "when": str(y),
                "role": "count",
            }
        ],
        expect=rf"\b{labs}\b",
    )


def tunnel(p: Picker) -> Draft | None:
    """A length in metres, asked as "how long", which also reads as a duration."""
    place, other = p.place(), p.country()
    c = place.country
    pair = tuple(sorted((c.name, other.name)))
    if other == c or not p.claim(("tunnel", place), ("border", *pair)):
        return None
    metres, y, month = p.rng.randint(40, 1400), p.year(), p.rng.choice(MONTHS)
    n = place.name
    return Draft(
        kind="tunnel",
        topic=f"Smuggling tunnel near {n}",
        sentence=(
            f"Smugglers dug a {metres}-metre tunnel under the border between {c.name} and "
            f"{other.name} near {n}, police said in {month} {y}."
        ),
        answer=(
            f"Police found a {metres}-metre smuggling tunnel under the border between {c.name} "
            f"and {other.name} near {n} in {month} {y}."
        ),
        questions=[
            f"How many metres long was the tunnel near {n}?",
            f"What was the length of the smuggling tunnel between {c.name} and {other.name}?",
            f"Where did smugglers dig a tunnel between {c.name} and {other.name}?",
            f"When was the tunnel near {n} discovered?",
            f"{n.lower()} smuggling tunnel",
            f"How long was the tunnel under the {c.name} {other.name} border?",
            f"Which border did the tunnel near {n} cross?",
            f"Did smugglers dig a tunnel near {n}?",
            f"how far did the {n.lower()} tunnel go",
        ],
        keywords=["tunnel", "long", "length", n.lower(), c.name.lower(), other.name.lower()],
        asks=["how_many", "how_much", "what", "where", "when", "which", "yes_no"],
        entities={
            "place": [n.lower()],
            "country": sorted({c.name.lower(), other.name.lower()}),
            "year": [str(y)],
        },
        quantities=[
            {
                "value": float(metres),
                "unit": "meter",
                "what": "length of the smuggling tunnel",
                "where": sorted({c.name.lower(), other.name.lower()}),
                "when": str(y),
            }
        ],
        expect=rf"\b{metres}\b",
    )


def annual_report(p: Picker) -> Draft | None:
    """A count with last year's figure beside it, as agency reports state them."""
    c, subject, y = p.country(), p.rng.choice(SUBJECTS), p.year()
    if not p.claim(("report", c, subject, y)):
        return None
    a = p.agency(c)
    now, before = p.rng.randint(12, 4000), p.rng.randint(12, 4000)
    trend = "up" if now > before else "down"
    label = a.acronym or c.name.lower()
    return Draft(
        kind="report",
        topic=f"{subject.capitalize()} in {c.name}, {y}",
        sentence=(
            f"The {a.name}'s {y} annual report counted {figure(now)} {subject} in {c.name}, "
            f"{trend} from {figure(before)} a year earlier."
        ),
        answer=(
            f"The {a.name}'s {y} annual report counted {figure(now)} {subject} in {c.name}, "
            f"{trend} from {figure(before)} the year before."
        ),
        questions=[
            f"How many {subject} did the {a.name} count in {y}?",
            f"How many {subject} were recorded in {c.name} in {y}?",
            f"What did the {a.name}'s {y} report find about {subject}?",
            f"What was the number of {subject} in {c.name} in {y}?",
            f"Did {subject} in {c.name} rise in {y}?",
            f"{label} {y} report {subject}",
            f"How many {subject} did {c.name} have the year before {y}?",
            f"Which agency reported on {subject} in {c.name} in {y}?",
            f"how many {subject} in {c.name.lower()} in {y}",
        ],
        keywords=[subject, c.name.lower(), "annual report", str(y), str(now)],
        asks=["how_many", "what", "which", "yes_no"],
        entities={"organisation": [a.name.lower()], "country": [c.name.lower()], "year": [str(y)]},
        quantities=[
            {
                "value": float(now),
                "unit": "count",
                "what": subject,
                "where": [c.name.lower()],
                "when": str(y),
                "role": "count",
            }
        ],
        expect=matches(now),
    )
