"""Facts about amounts seized: national, regional, at ports, and shares of a total."""

from __future__ import annotations

from bench.fact_parts import (
    CARGO,
    MONTHS,
    SHORT_TONS_PER_TONNE,
    WEEKDAYS,
    Draft,
    Picker,
    figure,
    matches,
    tonnes,
)


def seizure(p: Picker) -> Draft | None:
    """A national yearly total, the commonest question; some restate it in US tons, as AP does."""
    c, s, y = p.country(), p.substance(), p.year()
    if not p.claim(("seize", c, s, y)):
        return None
    a, v = p.agency(c), tonnes(p.rng, 2, 180)
    also = round(v * SHORT_TONS_PER_TONNE, 1) if p.rng.random() < 0.3 else None
    stated = f" ({figure(also)} tons)" if also else ""
    reason = p.rng.choice(
        (
            "most of it hidden in shipping containers",
            f"much of it bound for markets across the {c.region.title()}",
            "the largest amount in the agency's history",
            "up sharply from the year before",
        )
    )
    by = a.acronym or f"the {a.name}"
    return Draft(
        kind="seizure",
        topic=f"{s.capitalize()} seizures in {c.name}, {y}",
        sentence=f"In {y}, the {a.name} seized {figure(v)} metric tons{stated} of {s}, {reason}.",
        answer=f"The {a.name} seized {figure(v)} metric tons of {s} in {c.name} in {y}.",
        questions=[
            f"How much {s} did {c.name} seize in {y}?",
            f"How many tonnes of {s} did the {a.name} seize in {y}?",
            f"What quantity of {s} was confiscated in {c.name} in {y}?",
            f"{c.name.lower()} {s} seizures {y}",
            f"How much {s} did {c.demonym} authorities intercept in {y}?",
            f"What was {c.name}'s {s} haul in {y}?",
            f"How many metric tons of {s} were seized by {by} in {y}?",
            f"Did {c.name} seize much {s} in {y}?",
            f"how much {s} got seized in {c.name.lower()} in {y}",
            f"What amount of {s} did the {a.name} confiscate in {y}?",
        ],
        keywords=[s, c.name.lower(), "seized", str(y), figure(v).replace(",", ""), "metric tons"],
        asks=["how_much", "how_many", "what", "yes_no"],
        entities={
            "country": [c.name.lower()],
            "organisation": [a.name.lower()],
            "substance": [s],
            "year": [str(y)],
        },
        quantities=[
            {
                "value": v,
                "unit": "metric_ton",
                "what": f"{s} seized in {c.name}",
                "measure": f"{s}-seizures-{y}",
                "where": [c.name.lower()],
                "when": str(y),
                "role": "part",
                **({"also": [{"value": also, "unit": "short_ton"}]} if also else {}),
            }
        ],
        expect=matches(v),
    )


def port_find(p: Picker) -> Draft | None:
    """One find at one port: where, when, from where and how much, each asked separately."""
    place, s, cargo = p.place(), p.substance(), p.rng.choice(CARGO)
    if not p.claim(("port", place, s), ("cargo", place, cargo)):
        return None
    c, origin, y = place.country, p.country(), p.year()
    kg, day = float(p.rng.randint(40, 9000)), p.rng.randint(1, 28)
    month, weekday = p.rng.choice(MONTHS), p.rng.choice(WEEKDAYS)
    n = place.name
    return Draft(
        kind="port",
        topic=f"{s.capitalize()} found at the port of {n}",
        sentence=(
            f"On {weekday}, {month} {day}, {y}, customs officers at the port of {n} found "
            f"{figure(kg)} kilograms of {s} hidden in a shipment of {cargo} from {origin.name}."
        ),
        answer=(
            f"Customs officers at the port of {n}, {c.name}, found {figure(kg)} kilograms of {s} "
            f"hidden in {cargo} shipped from {origin.name} on {month} {day}, {y}."
        ),
        questions=[
            f"How much {s} was found at the port of {n}?",
            f"What was hidden in the {cargo} shipment at {n}?",
            f"Where did the {s} found in {n} come from?",
            f"How many kilograms of {s} did customs find in {n}?",
            f"When was {s} found at the port of {n}?",
            f"{n.lower()} port {s} find",
            f"What did customs officers discover in the {cargo} at the port of {n}?",
            f"Which country was the {s} seized at {n} shipped from?",
            f"how many kilos of {s} turned up at {n.lower()}",
            f"Was {s} found in a {cargo} shipment at {n}?",
        ],
        keywords=[s, n.lower(), "port", "customs", cargo, figure(kg).replace(",", "")],
        asks=["how_much", "how_many", "what", "where", "when", "which", "yes_no"],
        entities={
            "place": [n.lower()],
            "country": sorted({c.name.lower(), origin.name.lower()}),
            "substance": [s],
            "year": [str(y)],
        },
        quantities=[
            {
                "value": kg,
                "unit": "kilogram",
                "what": f"{s} found at the port of {n}",
                "where": [c.name.lower()],
                "when": str(y),
            }
        ],
        expect=matches(kg),
    )


def share(p: Picker) -> Draft | None:
    """A stated share of a region's seizures, which must win over computing one."""
    c, s, y = p.country(), p.substance(), p.year()
    if not p.claim(("share", c, s, y)):
        return None
    pct, region = p.rng.randint(20, 600) / 10, c.region.title()
    return Draft(
        kind="share",
        topic=f"{c.name}'s share of {s} seized in the {region}, {y}",
        sentence=f"{c.name} accounted for {figure(pct)}% of all {s} seized in the {region} in {y}.",
        answer=(
            f"{c.name} accounted for {figure(pct)}% of the {s} seized across the {region} in {y}."
        ),
        questions=[
            f"What share of the {region}'s {s} seizures was made in {c.name} in {y}?",
            f"What percentage of {s} seized in the {region} in {y} did {c.name} account for?",
            f"How much of the {region}'s {s} did {c.name} seize in {y}, as a share?",
            f"{c.name.lower()} share of {s} seizures {y}",
            f"Did {c.name} account for most of the {s} seized in {y}?",
            f"What proportion of {s} seizures in {y} happened in {c.name}?",
            f"what percent of the {s} in the {region.lower()} was caught in {c.name} in {y}",
            f"How big was {c.name}'s share of {s} seizures in {y}?",
            f"What fraction of the {region}'s {s} haul came from {c.name} in {y}?",
        ],
        keywords=[s, c.name.lower(), "share", "percent", str(y)],
        asks=["what", "how_much", "yes_no"],
        entities={
            "country": [c.name.lower()],
            "region": [c.region],
            "substance": [s],
            "year": [str(y)],
        },
        quantities=[
            {
                "value": pct,
                "unit": "percent",
                "what": f"share of {s} seized in the {region}",
                "where": [c.name.lower()],
                "when": str(y),
                "role": "share",
            }
        ],
        expect=matches(pct),
    )


def regional_total(p: Picker) -> Draft | None:
    """A region's total, the denominator the engine's derived shares can use."""
    region, s, y = p.rng.choice(p.world.regions), p.substance(), p.year()
    if not p.claim(("total", region, s, y)):
        return None
    v, r = tonnes(p.rng, 50, 900), region.title()
    return Draft(
        kind="total",
        topic=f"{s.capitalize()} seized across the {r}, {y}",
        sentence=f"Authorities across the {r} seized {figure(v)} metric tons of {s} in {y}.",
        answer=(
            f"Authorities across the {r} seized a total of {figure(v)} metric tons of {s} in {y}."
        ),
        questions=[
            f"How much {s} was seized across the {r} in {y}?",
            f"What was the total {s} haul in the {r} in {y}?",
            f"How many tonnes of {s} were confiscated in the {r} in {y}?",
            f"{region} {s} total {y}",
            f"How much {s} did authorities in the {r} seize altogether in {y}?",
            f"Total {s} seizures in the {r} in {y}",
            f"how much {s} got seized in the {region} in {y} in total",
            f"What amount of {s} was intercepted across the {r} in {y}?",
            f"Was a lot of {s} seized in the {r} in {y}?",
        ],
        keywords=[s, region, "total", "seized", str(y), figure(v).replace(",", "")],
        asks=["how_much", "how_many", "what", "yes_no"],
        entities={"region": [region], "substance": [s], "year": [str(y)]},
        quantities=[
            {
                "value": v,
                "unit": "metric_ton",
                "what": f"{s} seized across the {r}",
                "measure": f"{s}-seizures-{y}",
                "where": [region],
                "when": str(y),
                "role": "total",
            }
        ],
        expect=matches(v),
    )
