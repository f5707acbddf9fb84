"""The index cache: an engine's prepared index, saved once per pack content and read at start.

A folder per key under `<knowledge dir>/.index-cache/`: the key hashes the pack files, the
lexicons, the code that reads and indexes them, INDEX_FORMAT and the library versions, so any
change to what the index depends on selects another folder. The facts' index records and the
facts themselves are flat files read one record at a time, decoded one fact at a time when a
question reaches it, the postings one mapped array; every process on a host shares them
through the page cache. With several packs, each pack's own reading is stored beside the packs
together, over the same facts. A folder is written under a temporary name and renamed whole,
under a file lock so that processes starting together build it once; one that fails its
checksums is removed, rebuilt and never served."""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import json
import logging
import marshal
import os
import pickle
import shutil
import sys
import weakref
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import numpy as np

from bot.engine.derive import Input
from bot.engine.index import FactIndex, IndexedFact, openings
from bot.engine.phrases import PhraseMap
from bot.engine.spelling import Speller, remember_ordinary
from bot.engine.understand import Analyzer
from bot.knowledge.models import Fact
from bot.knowledge.pack import KnowledgeBase, Pack
from bot.language import streams
from bot.language.lemmas import english_lemma, remember_lemmas
from bot.language.units import factors, remember_factors

if TYPE_CHECKING:
    from bot.engine.engine import Engine

INDEX_FORMAT = 5
"""Bump when the stored form changes: every older cache folder is then ignored."""
CACHE_DIR = ".index-cache"
META = "meta.json"
STATE = "state.pickle"
RECENT_FACTS = 4096
"""Decoded facts kept for the next questions; the rest are decoded again when asked for. A
question touches a few hundred; at 100,000 facts keeping more hardly saved time, and each
decoded fact holds about 6 KB."""
LIVE_SWEEP = 1024
Held = TypeVar("Held")
LIBRARIES = ("numpy", "pydantic", "rapidfuzz", "PyStemmer", "simplemma", "pint", "wordfreq")
"""Libraries whose output the stored index holds (stems, lemmas, unit names, pickles)."""
STORING_CODE = (
    "engine/engine.py", "engine/index.py", "engine/understand.py", "engine/phrases.py",
    "engine/spelling.py", "engine/derive.py", "engine/stored.py", "language", "knowledge",
)  # fmt: skip
"""The code that computes or defines what the cache holds (a module or a whole package): a
change to it selects another folder. Code that only reads the index at question time (scoring,
wording, follow-ups, serving) is left out, so that changing a reply does not re-index."""
HASH_CHUNK = 1 << 20

log = logging.getLogger("factbot.index")


class CacheError(Exception):
    """A cache folder that must not be served: missing pieces, wrong checksums, garbage."""


def cache_key(knowledge_dir: Path, packs: Sequence[str]) -> str:
    """What the index depends on, hashed: pack files, lexicons, code, format and versions."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"format {INDEX_FORMAT} python {sys.version}\0".encode())
    for library in LIBRARIES:
        digest.update(f"{library} {_version(library)}\0".encode())
    code = Path(__file__).resolve().parents[1]
    for part in STORING_CODE:
        files = [code / part] if part.endswith(".py") else sorted((code / part).rglob("*"))
        for file in files:
            if file.suffix in {".py", ".yaml"} and file.is_file():
                _hash_file(digest, file, code)
    shared = knowledge_dir / "lexicon.yaml"
    if shared.is_file():
        _hash_file(digest, shared, knowledge_dir)
    for name in packs:
        digest.update(f"pack {name}\0".encode())
        folder = knowledge_dir / name
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                _hash_file(digest, file, knowledge_dir)
    return digest.hexdigest()


def _version(library: str) -> str:
    """The installed version, read from the metadata's header lines: `metadata.version` parses
    the whole file (numpy's holds its README), which took longer than the rest of a start."""
    try:
        found = metadata.distribution(library)
    except metadata.PackageNotFoundError:
        return "-"
    text = found.read_text("METADATA") or found.read_text("PKG-INFO") or ""
    for line in text.partition("\n\n")[0].splitlines():
        if line.startswith("Version:"):
            return line.removeprefix("Version:").strip()
    return found.version


def _hash_file(digest: Any, file: Path, root: Path) -> None:
    digest.update(f"{file.relative_to(root).as_posix()}\0".encode())
    with file.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    digest.update(b"\0")


def _checksum(file: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with file.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_or_build(
    knowledge_dir: Path,
    packs: Sequence[str],
    build: Callable[[], Engine],
    serve: Callable[[Stored], Engine],
) -> Engine:
    """The engine from the cache, built and saved first when there is none (or a bad one)."""
    key = cache_key(knowledge_dir, packs)
    root = knowledge_dir / CACHE_DIR
    folder = root / key
    stored = _open_checked(folder, key)
    if stored is not None:
        return serve(stored)
    try:
        root.mkdir(exist_ok=True)
        _ignore_in_git(root)
        with _locked(root / f"{key}.lock"):
            stored = _open_checked(folder, key)
            if stored is not None:
                return serve(stored)
            engine = build()
            write(folder, key, engine, packs)
            log.info("index cache: built the index of %s", ", ".join(packs))
            _prune(root, key, packs)
    except OSError as exc:
        log.warning("index cache unavailable (%s): serving an index built in memory", exc)
        return build()
    stored = _open_checked(folder, key)
    return serve(stored) if stored is not None else engine


def _ignore_in_git(root: Path) -> None:
    """The cache is derived data: keep it out of the repository that holds the packs."""
    marker = root / ".gitignore"
    if not marker.exists():
        marker.write_text("*\n", encoding="utf-8")


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One builder per key at a time across processes; the others wait, then read its work."""
    with path.open("a+b") as handle:
        try:
            import fcntl
        except ImportError:  # no POSIX locks: at worst two processes build the same folder
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _open_checked(folder: Path, key: str) -> Stored | None:
    """The stored index, or None: missing is quiet, anything wrong is logged and removed."""
    if not folder.is_dir():
        return None
    collecting = gc.isenabled()
    gc.disable()  # unpickling a large state makes no cycles: collections would be pure cost
    try:
        return Stored.open(folder, key)
    except Exception as exc:  # any damage at all is a reason to rebuild, never to serve
        log.warning("index cache %s is unusable (%s): rebuilding it", folder.name, exc)
        shutil.rmtree(folder, ignore_errors=True)
        return None
    finally:
        if collecting:
            gc.enable()


def _prune(root: Path, key: str, packs: Sequence[str]) -> None:
    """Older folders of the same pack set: their content is gone, and a process still serving
    one keeps its open files until it lets go of them."""
    for other in root.iterdir():
        if other.name == key or not other.is_dir() or other.name.endswith(".tmp"):
            continue
        try:
            meta = json.loads((other / META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if meta.get("packs") == list(packs):
            shutil.rmtree(other, ignore_errors=True)
            (root / f"{other.name}.lock").unlink(missing_ok=True)


def write(folder: Path, key: str, engine: Engine, packs: Sequence[str] = ()) -> None:
    """Save an engine's index under a temporary name, then rename it into place whole."""
    building = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    try:
        _write_into(building, engine)
        files = {p.name: [p.stat().st_size, _checksum(p)] for p in sorted(building.iterdir())}
        meta = {"format": INDEX_FORMAT, "key": key, "packs": list(packs), "files": files}
        (building / META).write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        building.rename(folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    log.info("index cache %s written (%d facts)", folder.name, len(engine.index.facts))


def _write_into(folder: Path, engine: Engine) -> None:
    for reading in engine._readings:
        _share_phrases(reading.analyzer, engine.analyzer)
    shared = Interned()
    state = _write_engine(folder, "", engine, shared)
    state["readings"] = [
        _write_engine(folder, f"r{i}-", reading, shared, with_facts=False)
        for i, reading in enumerate(engine._readings)
    ]
    state["shared"] = shared.values
    state["languages"] = sorted(engine.analyzer.foreign.languages)
    (folder / STATE).write_bytes(pickle.dumps(state, protocol=5))


def _write_engine(
    folder: Path, prefix: str, engine: Engine, shared: Interned, with_facts: bool = True
) -> dict[str, Any]:
    """One engine's files, named with `prefix`, and its state; a pack's own reading (`r0-` …)
    shares the facts of the packs together, so only its index records and postings are its
    own. Pickled in one state, the readings share their packs' texts and lexicons with it."""
    kb, index = engine.kb, engine.index
    facts = list(index.facts)
    shared.count(facts)
    _records(folder / f"{prefix}index", [marshal.dumps(_index_record(f, shared)) for f in facts])
    questions = openings(facts) if with_facts else []
    if with_facts:
        _records(folder / "facts", [pickle.dumps(f.fact, protocol=5) for f in facts])
        _records(folder / "openings", [marshal.dumps(q) for q in questions])
    stems = list(index.postings)
    lengths = np.fromiter((len(index.postings[s]) for s in stems), dtype=np.int64, count=len(stems))
    offsets = np.zeros(len(stems) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    flat = np.concatenate([index.postings[s] for s in stems] or [np.zeros(0, np.int32)])
    flat.astype(np.int32).tofile(folder / f"{prefix}postings.i32")
    offsets.tofile(folder / f"{prefix}postings.off")
    sizes = [0] * len(index.pack_idf)
    for fact in facts:
        sizes[fact.pack] += 1
    if len(sizes) > 1:
        counts = np.zeros((len(sizes), len(stems)), dtype=np.int32)
        column = {s: i for i, s in enumerate(stems)}
        for fact in facts:
            for stem in fact.bag:
                counts[fact.pack, column[stem]] += 1
        counts.tofile(folder / f"{prefix}packs.i32")
    position = {id(f): i for i, f in enumerate(facts)}
    measures: dict[str, Figures] = {}
    figures: list[bytes] = []
    for measure, inputs in engine.calculator.measures.items():
        measures[measure] = (len(figures), len(inputs))
        figures.append(marshal.dumps([_figure(position[id(i.fact)], i) for i in inputs]))
    _records(folder / f"{prefix}figures", figures)
    starts, packs = 0, []
    for pack in kb.packs:
        packs.append((pack.name, pack.manifest, pack.texts, starts, starts + len(pack.facts)))
        starts += len(pack.facts)
    return {
        "openings": len(questions),
        "packs": packs,
        "lexicon": kb.lexicon,
        "fact_pack": kb.fact_pack,
        "pack_lexicons": kb.pack_lexicons,
        "pack_words": dict(engine.pack_words),
        "stated": engine.stated_figures,
        "stems": stems,
        "pack_sizes": sizes,
        "covered": index.covered,
        "ids": [f.id for f in facts],
        "aliases": dict(index.by_alias),
        "measures": measures,
        "figured_kinds": engine.calculator.figured_kinds,
        "analyzer": engine.analyzer,
        "lemmas": {w: english_lemma(w) for w in engine.analyzer.speller.counts},
        "ordinary": {w: Speller.is_english(w) for w in engine.analyzer.speller.counts},
        "factors": factors(engine.units),
    }


def _share_phrases(part: Analyzer, whole: Analyzer) -> None:
    """A pack's reading holds the phrase entries it has in common with the packs together as
    the same objects, so the state keeps them once: at 100,000 facts, twice 85 MB at start."""
    for name, table in vars(part).items():
        same = getattr(whole, name, None)
        if isinstance(table, PhraseMap) and isinstance(same, PhraseMap):
            table.share_with(same)


SHARED_FIELDS = (
    "keys", "entities", "asks", "measured", "can_answer", "implied", "unknowns", "parts",
    "measures",
)  # fmt: skip
"""Index record fields whose values facts often have in common (an entity table's sets too)."""


class Interned:
    """The values two or more facts of an engine have in common, stored once for the folder:
    a record holds their numbers, so decoding it makes none of those sets and tables again,
    tens of thousands fewer young objects per question for the cycle collector to walk. A
    value only one fact has stays in its record: kept at start, it would cost memory."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._numbers: dict[tuple[str, Any], int] = {}
        self._counts: Counter[tuple[str, Any]] = Counter()

    @staticmethod
    def _key(value: Any) -> tuple[str, Any]:
        return ("table", tuple(sorted(value.items()))) if isinstance(value, dict) else ("", value)

    def count(self, facts: Sequence[IndexedFact]) -> None:
        """How often each value occurs among these facts (one engine's), before encoding them."""
        self._counts.clear()
        for fact in facts:
            for name in SHARED_FIELDS:
                value = getattr(fact, name)
                self._counts[self._key(value)] += 1
                if isinstance(value, dict):
                    self._counts.update(("", inner) for inner in value.values())

    def encode(self, value: Any) -> Any:
        """The value's number when other facts have it too, else the value (an entity
        table's own sets numbered in the same way)."""
        key = self._key(value)
        if self._counts[key] < 2:
            if isinstance(value, dict):
                return {kind: self.encode(inner) for kind, inner in value.items()}
            return value
        found = self._numbers.get(key)
        if found is None:
            found = self._numbers[key] = len(self.values)
            self.values.append(value)
        return found


def _index_record(fact: IndexedFact, shared: Interned) -> Any:
    encode = shared.encode
    shared_values = (encode(getattr(fact, name)) for name in SHARED_FIELDS)
    return (fact.id, fact.pack, fact.forms, fact.bag, *shared_values)


def _decoded(value: Any, shared: Sequence[Any]) -> Any:
    """A field as `Interned.encode` stored it: a number, a value, or a table of either."""
    if value.__class__ is int:
        return shared[value]
    if value.__class__ is dict:
        return {k: shared[v] if v.__class__ is int else v for k, v in value.items()}
    return value


def _figure(position: int, item: Input) -> tuple[int, int, float, str, tuple[str, ...]]:
    """What arithmetic reads of a figure: its fact, its place among the fact's, value, role
    and places; the rest (unit, wording) is read from the fact when an answer uses it."""
    number = next(n for n, q in enumerate(item.fact.fact.quantities) if q is item.quantity)
    return position, number, item.value, item.role, item.where


def _records(stem: Path, blobs: list[bytes]) -> None:
    """Variable-length records: one file of bytes, one of int64 offsets into it."""
    offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in blobs], out=offsets[1:])
    with stem.with_suffix(".bin").open("wb") as out:
        for blob in blobs:
            out.write(blob)
        if not blobs:
            out.write(b"\0")  # an empty file cannot be mapped
    offsets.tofile(stem.with_suffix(".off"))


class Records:
    """Read-only records of a file, each read as its own bytes when asked for: read, not
    mapped, so the records a process has read stay in the page cache, shared by every process,
    rather than in its own resident memory."""

    def __init__(self, stem: Path, count: int) -> None:
        offsets = np.fromfile(stem.with_suffix(".off"), dtype=np.int64)
        if len(offsets) != count + 1 or np.any(np.diff(offsets) < 0):
            raise CacheError(f"{stem.name}: offsets do not match {count} records")
        self._fd = os.open(stem.with_suffix(".bin"), os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        if count and int(offsets[-1]) > os.fstat(self._fd).st_size:
            raise CacheError(f"{stem.name}: records run past the end of the file")
        self._offsets = array("q", offsets.tobytes())
        """Plain integers: read per record, numpy's scalars cost more than the read."""

    def __getitem__(self, position: int) -> bytes:
        start = self._offsets[position]
        return os.pread(self._fd, self._offsets[position + 1] - start, start)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def span(self, start: int, end: int) -> list[bytes]:
        """Records start to end (not included) in one read: they lie side by side."""
        end = max(start, min(end, len(self)))
        first = self._offsets[start]
        block = os.pread(self._fd, self._offsets[end] - first, first)
        return [
            block[self._offsets[i] - first : self._offsets[i + 1] - first]
            for i in range(start, end)
        ]


class Openings(Sequence[tuple[str, int]]):
    """The packs' example questions as autocomplete bisects them, read from their records: at
    100,000 facts the list in memory took 150 MB."""

    def __init__(self, records: Records) -> None:
        self._records = records

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, position: int) -> tuple[str, int]: ...
    @overload
    def __getitem__(self, position: slice) -> list[tuple[str, int]]: ...
    def __getitem__(self, position: int | slice) -> tuple[str, int] | list[tuple[str, int]]:
        if isinstance(position, slice):
            start, end, step = position.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, end, step)]
            return [marshal.loads(r) for r in self._records.span(start, end)]
        found: tuple[str, int] = marshal.loads(self._records[position])
        return found


class Live(Generic[Held]):
    """Objects still in use somewhere, by position, held weakly: plain references without a
    callback each (a WeakValueDictionary's cost as much as decoding), swept as they grow."""

    def __init__(self) -> None:
        self._refs: dict[int, weakref.ref[Held]] = {}
        self._sweep_at = LIVE_SWEEP

    def get(self, position: int) -> Held | None:
        found = self._refs.get(position)
        return found() if found is not None else None

    def put(self, position: int, value: Held) -> None:
        self._refs[position] = weakref.ref(value)
        if len(self._refs) >= self._sweep_at:
            self._refs = {p: r for p, r in self._refs.items() if r() is not None}
            self._sweep_at = max(LIVE_SWEEP, 2 * len(self._refs))

    def __len__(self) -> int:
        return sum(1 for r in self._refs.values() if r() is not None)


class FactRecords:
    """The pickled facts, each decoded once for every engine holding it: the packs together
    and a pack's own reading share one fact object while either still uses it."""

    def __init__(self, records: Records) -> None:
        self._records = records
        self._live: Live[Fact] = Live()

    def __getitem__(self, position: int) -> Fact:
        fact = self._live.get(position)
        if fact is None:
            fact = pickle.loads(self._records[position])
            if not isinstance(fact, Fact):
                raise CacheError(f"record {position} is not a fact")
            self._live.put(position, fact)
        return fact


class StoredFacts(Sequence[IndexedFact]):
    """The index's facts, decoded from their records when a question reaches them."""

    def __init__(
        self,
        index: Records,
        facts: FactRecords,
        count: int,
        offset: int = 0,
        shared: Sequence[Any] = (),
    ) -> None:
        self._index = index
        self._shared = shared
        """The values records refer to by number (`Interned`), read once with the state."""
        self._facts = facts
        self._count = count
        self._offset = offset
        """Where these facts start in `facts`: a pack's own reading shares the packs' file."""
        self._live: Live[IndexedFact] = Live()
        self._recent: OrderedDict[int, IndexedFact] = OrderedDict()

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, position: int) -> IndexedFact: ...
    @overload
    def __getitem__(self, position: slice) -> list[IndexedFact]: ...
    def __getitem__(self, position: int | slice) -> IndexedFact | list[IndexedFact]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(self._count))]
        recent = self._recent.get(position)
        if recent is not None:  # scoring asks for the same candidates again and again
            self._recent.move_to_end(position)
            return recent
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError(position)
        found = self._live.get(position)
        if found is None:
            found = self._decode(position)
            self._live.put(position, found)
        self._recent[position] = found
        self._recent.move_to_end(position)
        if len(self._recent) > RECENT_FACTS:
            self._recent.popitem(last=False)
        return found

    def _decode(self, position: int) -> IndexedFact:
        (id_, pack, forms, bag, keys, entities, asks, measured, can, implied, unknowns, parts,
         measures) = marshal.loads(self._index[position])  # fmt: skip
        shared = self._shared
        return IndexedFact(
            id=id_,
            source=functools.partial(self.fact_at, position),
            pack=pack,
            forms=forms,
            bag=bag,
            keys=_decoded(keys, shared),
            entities=_decoded(entities, shared),
            asks=_decoded(asks, shared),
            measured=_decoded(measured, shared),
            can_answer=_decoded(can, shared),
            implied=_decoded(implied, shared),
            unknowns=_decoded(unknowns, shared),
            parts=_decoded(parts, shared),
            measures=_decoded(measures, shared),
        )

    def fact_at(self, position: int) -> Fact:
        return self._facts[self._offset + position]


class PackFacts(Sequence[Fact]):
    """One pack's facts as the knowledge base lists them, read through the stored index."""

    def __init__(self, facts: StoredFacts, start: int, end: int) -> None:
        self._facts, self._start, self._end = facts, start, end

    def __len__(self) -> int:
        return self._end - self._start

    @overload
    def __getitem__(self, position: int) -> Fact: ...
    @overload
    def __getitem__(self, position: slice) -> list[Fact]: ...
    def __getitem__(self, position: int | slice) -> Fact | list[Fact]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self._facts[self._start + position].fact


class Postings(Mapping[str, np.ndarray]):
    """Each stem's sorted fact positions: slices of one mapped array."""

    def __init__(self, row: dict[str, int], flat: np.ndarray, offsets: np.ndarray) -> None:
        self._row, self._flat, self._offsets = row, flat, offsets

    def __getitem__(self, stem: str) -> np.ndarray:
        row = self._row[stem]
        return self._flat[self._offsets[row] : self._offsets[row + 1]]

    def __contains__(self, stem: object) -> bool:
        return stem in self._row

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


class Counts(Mapping[str, int]):
    """How many facts of one pack hold each stem; stems the pack never uses are absent."""

    def __init__(self, row: dict[str, int], counts: np.ndarray) -> None:
        self._row, self._counts = row, counts

    def __getitem__(self, stem: str) -> int:
        count = int(self._counts[self._row[stem]])
        if not count:
            raise KeyError(stem)
        return count

    def __contains__(self, stem: object) -> bool:
        row = self._row.get(stem) if isinstance(stem, str) else None
        return row is not None and bool(self._counts[row])

    def __iter__(self) -> Iterator[str]:
        return (stem for stem, row in self._row.items() if self._counts[row])

    def __len__(self) -> int:
        return int(np.count_nonzero(self._counts))


MEASURES_KEPT = 64
"""Measures whose figures stay decoded for the next computations over them."""
Figures = tuple[int, int]
"""Where a measure's figures are stored: their record, and how many there are."""


class Inputs(Sequence[Input]):
    """One measure's figures: counted without reading any, and on first use read from one
    record of values, roles and places, without decoding a fact."""

    def __init__(self, facts: Sequence[IndexedFact], figures: Records, where: Figures) -> None:
        self._facts, self._figures = facts, figures
        self._record, self._count = where
        self._made: list[Input] | None = None

    def _all(self) -> list[Input]:
        if self._made is None:
            stored = marshal.loads(self._figures[self._record]) if self._count else []
            locate = self._facts.__getitem__
            self._made = [
                Input.stored(functools.partial(locate, position), number, value, role, where)
                for position, number, value, role, where in stored
            ]
        return self._made

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, position: int) -> Input: ...
    @overload
    def __getitem__(self, position: slice) -> list[Input]: ...
    def __getitem__(self, position: int | slice) -> Input | list[Input]:
        return self._all()[position]

    def __iter__(self) -> Iterator[Input]:
        return iter(self._all())


class Measures(Mapping[str, Sequence[Input]]):
    """The figures of each measure: ranking measures by size decodes nothing, and only the
    last MEASURES_KEPT a computation went through stay decoded."""

    def __init__(
        self,
        facts: Sequence[IndexedFact],
        figures: Records,
        where: dict[str, Figures],
    ) -> None:
        self._facts, self._figures, self._where = facts, figures, where
        self._made: OrderedDict[str, Inputs] = OrderedDict()

    def __getitem__(self, measure: str) -> Inputs:
        made = self._made.get(measure)
        if made is None:
            made = Inputs(self._facts, self._figures, self._where.get(measure, (0, 0)))
            self._made[measure] = made
            if len(self._made) > MEASURES_KEPT:
                self._made.popitem(last=False)
        else:
            self._made.move_to_end(measure)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


@dataclass(frozen=True)
class Stored:
    """What the engine needs from a cache folder: the knowledge base and the index's parts."""

    kb: KnowledgeBase
    facts: StoredFacts
    postings: Postings
    pack_counts: list[Mapping[str, int]]
    pack_sizes: list[int]
    by_id: dict[str, int]
    by_alias: dict[str, int]
    covered: dict[str, frozenset[str]]
    pack_words: Counter[str]
    stated: frozenset[float]
    measures: dict[str, Figures]
    figures: Records
    """Each measure's figures (value, role, places) as one record: arithmetic reads no fact."""
    figured_kinds: frozenset[str]
    analyzer: Analyzer
    openings: Openings | None = None
    """The example questions autocomplete looks through (the packs together only)."""
    readings: tuple[Stored, ...] = ()
    """With several packs, each pack's own reading (its lexicon, words and index), over the
    same facts: what `Engine` would otherwise build in memory for each pack at every start."""

    @classmethod
    def open(cls, folder: Path, key: str) -> Stored:
        """Check every file against the folder's own record, then open them."""
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        if meta.get("format") != INDEX_FORMAT or meta.get("key") != key:
            raise CacheError("written for another index format or content")
        present = {p.name for p in folder.iterdir()} - {META}
        if present != set(meta["files"]):
            raise CacheError("files missing or unexpected")
        for name, (size, checksum) in meta["files"].items():
            file = folder / name
            if file.stat().st_size != size or _checksum(file) != checksum:
                raise CacheError(f"{name} does not match its checksum")
        state = pickle.loads((folder / STATE).read_bytes())
        streams.ensure(folder.parent, state["languages"])
        count = len(state["ids"])
        facts = FactRecords(Records(folder / "facts", count))
        shared: list[Any] = state["shared"]
        whole = cls._mapped(folder, "", state, facts, 0, None, shared)
        own: list[dict[str, Any]] = state.get("readings", [])
        if own and len(own) != len(state["packs"]):
            raise CacheError("a reading for each pack, or none")
        readings = tuple(
            cls._mapped(folder, f"r{i}-", reading, facts, start, whole.kb.packs[i], shared)
            for i, (reading, (_, _, _, start, _)) in enumerate(
                zip(own, state["packs"], strict=False)
            )
        )
        opened = Openings(Records(folder / "openings", state["openings"]))
        return dataclasses.replace(whole, openings=opened, readings=readings)

    @classmethod
    def _mapped(
        cls,
        folder: Path,
        prefix: str,
        state: dict[str, Any],
        facts_file: FactRecords,
        offset: int,
        pack: Pack | None,
        shared: list[Any],
    ) -> Stored:
        """One engine's part of the folder: the packs together (`pack` None), or one pack's
        own reading, whose facts start at `offset` among those of the packs together."""
        remember_lemmas(state["lemmas"])
        remember_ordinary(state["ordinary"])
        remember_factors(state["factors"])
        count = len(state["ids"])
        records = Records(folder / f"{prefix}index", count)
        facts = StoredFacts(records, facts_file, count, offset, shared)
        stems: list[str] = state["stems"]
        row = {stem: i for i, stem in enumerate(stems)}
        flat = np.zeros(0, np.int32)
        if stems:
            flat = np.memmap(folder / f"{prefix}postings.i32", dtype=np.int32, mode="r")
            flat = flat.view(np.ndarray)
        offsets = np.fromfile(folder / f"{prefix}postings.off", dtype=np.int64)
        if len(offsets) != len(stems) + 1 or offsets[-1] != len(flat):
            raise CacheError("postings do not match their stems")
        postings = Postings(row, flat, offsets)
        sizes: list[int] = state["pack_sizes"]
        pack_counts: list[Mapping[str, int]] = []
        if len(sizes) > 1:
            mapped = np.memmap(folder / f"{prefix}packs.i32", dtype=np.int32, mode="r")
            table = mapped.view(np.ndarray).reshape(len(sizes), len(stems))
            pack_counts = [Counts(row, table[p]) for p in range(len(sizes))]
        packs = (
            (pack,)
            if pack is not None
            else tuple(
                Pack(
                    path=folder.parents[1] / name,
                    manifest=manifest,
                    texts=texts,
                    facts=PackFacts(facts, start, end),
                )
                for name, manifest, texts, start, end in state["packs"]
            )
        )
        kb = KnowledgeBase(
            packs=packs,
            lexicon=state["lexicon"],
            fact_pack=state["fact_pack"],
            pack_lexicons=state.get("pack_lexicons", {}),
        )
        return cls(
            kb=kb,
            facts=facts,
            postings=postings,
            pack_counts=pack_counts,
            pack_sizes=sizes,
            by_id={fact_id: i for i, fact_id in enumerate(state["ids"])},
            by_alias=state["aliases"],
            covered=state["covered"],
            pack_words=Counter(state["pack_words"]),
            stated=state["stated"],
            measures=state["measures"],
            figures=Records(folder / f"{prefix}figures", len(state["measures"])),
            figured_kinds=state["figured_kinds"],
            analyzer=state["analyzer"],
        )

    def index(self, analyzer: Analyzer) -> FactIndex:
        return FactIndex.stored(
            analyzer,
            self.facts,
            self.postings,
            self.pack_counts,
            self.pack_sizes,
            self.by_id,
            self.by_alias,
            self.covered,
        )

    def measures_of(self, facts: Sequence[IndexedFact]) -> Measures:
        return Measures(facts, self.figures, self.measures)
