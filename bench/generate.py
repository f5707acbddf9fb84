"""Writes realistic packs of N facts in the real pack format, cached so reruns start at once."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.fact_parts import Draft, Picker
from bench.names import Agency, Person, Place, World, build_world
from bench.templates import draft
from bot import language
from bot.language.text import tokenize

GENERATOR_VERSION = 2
"""Bump when the output changes, so cached packs of an older shape are not reused."""
FACTS_PER_SOURCE = 25
"""One source document per this many facts: a news story states a couple of dozen facts."""
PROBES = 100
"""Generated questions asked at each size, next to the public set."""
TYPO_SHARE = 0.15
ARTICLE_PACK = "antwerp"
STALE_AFTER = 6 * 3600
"""Seconds after which a cached generation of another lexicon is no longer in use by any run."""
LANGUAGE_DATA = Path(language.__file__).parent / "data" / "english.yaml"
"""The general language layer the engine ships: generated names must avoid its words too."""
FILLERS = (
    "Officials did not give further details.",
    "The investigation is continuing, according to a spokesperson.",
    "Prosecutors said more arrests were possible.",
    "The figures could not be independently verified.",
    "Police said the operation had taken months to prepare.",
    "No one was injured.",
)
Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class GeneratedKnowledge:
    """A knowledge directory holding the article pack next to a generated one."""

    directory: Path
    packs: list[str]
    probes: Path
    facts: int
    cached: bool
    seconds: float


def cache_root() -> Path:
    return Path(tempfile.gettempdir()) / "factbot-bench"


def ensure(size: int, seed: int, knowledge: Path) -> GeneratedKnowledge:
    """The pack for (size, seed), generated once; the article copy follows the real one."""
    lexicons = LANGUAGE_DATA.read_bytes() + (knowledge / ARTICLE_PACK / "lexicon.yaml").read_bytes()
    digest = hashlib.sha256(lexicons).hexdigest()[:10]
    name = f"gen-{size}"
    root = cache_root() / f"{name}-s{seed}-v{GENERATOR_VERSION}-{digest}"
    started = time.perf_counter()
    cached = (root / "DONE").is_file()
    if not cached:
        _prune(root)
        building = root.with_name(f"{root.name}.{os.getpid()}.tmp")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        write_pack(building / name, size, seed, knowledge, building / "probes.jsonl")
        (building / "DONE").write_text("ok\n")
        try:
            building.rename(root)
        except OSError:  # another run finished the same pack first: use theirs
            shutil.rmtree(building, ignore_errors=True)
    (root / "DONE").touch()
    _refresh_tree(knowledge / ARTICLE_PACK, root / ARTICLE_PACK)
    return GeneratedKnowledge(
        directory=root,
        packs=[ARTICLE_PACK, name],
        probes=root / "probes.jsonl",
        facts=size,
        cached=cached,
        seconds=round(time.perf_counter() - started, 2),
    )


def _prune(root: Path) -> None:
    """Other generations of this size and seed, once no run has touched them for hours."""
    stem = root.name.split("-v")[0]
    for old in root.parent.glob(f"{stem}-v*"):
        marker = old / "DONE"
        try:
            used = (marker if marker.exists() else old).stat().st_mtime
        except OSError:
            continue
        if old != root and time.time() - used > STALE_AFTER:
            shutil.rmtree(old, ignore_errors=True)


def _tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(path)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _refresh_tree(source: Path, target: Path) -> None:
    """Copy the article pack beside the old copy and swap, only when the article changed."""
    if target.is_dir() and _tree_digest(source) == _tree_digest(target):
        return
    side = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    old = target.with_name(f"{target.name}.{os.getpid()}.old")
    shutil.rmtree(side, ignore_errors=True)
    shutil.copytree(source, side)
    if target.exists():
        target.rename(old)
    side.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def taken_words(knowledge: Path) -> set[str]:
    """Every word the language layer and the article use: generated names must avoid them."""
    taken: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            taken.add(node.lower())
            taken.update(tokenize(node))

    walk(yaml.safe_load(LANGUAGE_DATA.read_text()))
    for path in (knowledge / ARTICLE_PACK).rglob("*"):
        if path.is_file():
            taken.update(tokenize(path.read_text(), limit=10**7))
    return taken


def write_pack(target: Path, size: int, seed: int, knowledge: Path, probes: Path) -> None:
    """Draft `size` facts, group them into source documents and write pack, lexicon, probes."""
    rng = random.Random(f"{seed}:{size}")
    world = build_world(rng, size, taken_words(knowledge))
    picker = Picker(rng, world)
    drafts = [draft(picker) for _ in range(size)]
    (target / "facts").mkdir(parents=True)
    (target / "sources").mkdir()
    sources, held_out = [], []
    for start in range(0, size, FACTS_PER_SOURCE):
        number = start // FACTS_PER_SOURCE + 1
        chunk = drafts[start : start + FACTS_PER_SOURCE]
        source = _source(rng, world, number, chunk, target)
        sources.append(source)
        facts = []
        for offset, item in enumerate(chunk):
            fact, spare = _fact(rng, f"g{start + offset + 1:06d}-{item.kind}", item, source["id"])
            facts.append(fact)
            held_out.append((fact["id"], spare, item.expect))
        _dump({"facts": facts}, target / "facts" / f"doc-{number:05d}.yaml")
    name = target.name
    manifest = {
        "name": name,
        "title": f"Generated drug-enforcement news, {size:,} facts",
        "description": "Synthetic but plausible facts for measuring speed at scale.",
        "sources": sources,
    }
    _dump(manifest, target / "pack.yaml")
    _dump(lexicon_of(world), target / "lexicon.yaml")
    _write_probes(rng, held_out, probes)
    print(f"bench: generated {name} ({size:,} facts) in {target}", file=sys.stderr)


def _source(
    rng: random.Random, world: World, number: int, chunk: list[Draft], target: Path
) -> dict[str, Any]:
    """A news story quoting each fact's sentence verbatim, with the filler stories have."""
    place = rng.choice(world.places)
    outlet = rng.choice(world.outlets)
    dateline = f"{place.name.upper()}, {place.country.name} ({outlet})"
    paragraphs = [dateline + " — " + chunk[0].sentence]
    for item in chunk[1:]:
        filler = f" {rng.choice(FILLERS)}" if rng.random() < 0.4 else ""
        paragraphs.append(item.sentence + filler)
    file = f"sources/doc-{number:05d}.txt"
    (target / file).write_text("\n\n".join(paragraphs) + "\n")
    return {
        "id": f"doc-{number:05d}",
        "file": file,
        "title": f"{chunk[0].topic} and other enforcement news",
        "publisher": outlet,
        "dateline": dateline,
    }


def _fact(
    rng: random.Random, fact_id: str, item: Draft, source: str
) -> tuple[dict[str, Any], list[str]]:
    """The fact as a curator writes it: 5–8 of its question bank; the rest are held out."""
    bank = list(item.questions)
    rng.shuffle(bank)
    keep = rng.randint(5, min(8, len(bank) - 1))
    fact: dict[str, Any] = {
        "id": fact_id,
        "topic": item.topic,
        "answer": item.answer,
        "quotes": [{"text": item.sentence, "source": source}],
        "questions": bank[:keep],
        "keywords": item.keywords,
        "asks": item.asks,
        "entities": item.entities,
    }
    if item.quantities:
        fact["quantities"] = item.quantities
    return fact, bank[keep:]


def lexicon_of(world: World) -> dict[str, Any]:
    """The generated names as entities, and what each implies (a port → its country)."""
    entities: dict[str, dict[str, list[str]]] = {
        "region": {r: [] for r in world.regions},
        "country": {
            c.name.lower(): [c.demonym.lower(), c.demonym.lower() + "s"] for c in world.countries
        },
        "place": {p.name.lower(): [f"port of {p.name.lower()}"] for p in world.places},
        "person": {p.name.lower(): [p.last.lower()] for p in world.people},
        "organisation": {
            a.name.lower(): [a.acronym.lower()] if a.acronym else [] for a in world.agencies
        },
        "substance": {s: [] for s in world.substances},
    }
    implies: dict[str, list[str]] = {c.name.lower(): [c.region] for c in world.countries}
    located: list[Place | Person | Agency] = [*world.places, *world.people, *world.agencies]
    for item in located:
        implies[item.name.lower()] = [item.country.name.lower()]
    return {"entities": entities, "implies": implies}


def _write_probes(
    rng: random.Random, held_out: list[tuple[str, list[str], str]], path: Path
) -> None:
    """Questions worded unlike any of the fact's own forms, some with a typo, as people type."""
    lines = []
    for fact_id, spare, expect in rng.sample(held_out, min(PROBES, len(held_out))):
        question, kind = rng.choice(spare), "fact"
        if rng.random() < TYPO_SHARE:
            question, kind = typo(rng, question), "typo"
        lines.append(json.dumps({"q": question, "kind": kind, "fact_id": fact_id, "any": [expect]}))
    path.write_text("\n".join(lines) + "\n")


def typo(rng: random.Random, question: str) -> str:
    """Swap two letters inside one ordinary lowercase word, the commonest slip."""
    words = question.split()
    plain = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
    if not plain:
        return question
    i = rng.choice(plain)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def _dump(data: object, path: Path) -> None:
    with path.open("w") as handle:
        yaml.dump(data, handle, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1000)
