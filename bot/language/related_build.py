"""Writes `data/related.tsv`, the English word relations the engine ships, from a WordNet 3.0
database folder (its `index.*` and `data.*` files): run by hand when the table is rebuilt,
`python -m bot.language.related_build WORDNET_DIR`; never at answer time.

Each line is a word and the words a reader may use for what a text says with it: the other
words of its commonest sense, the more general word of its first sense ('dad' → 'father'),
and the more specific ones when there are few. Only single words common enough that
readers use them, and not so common that they say little, are kept."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Final

from wordfreq import zipf_frequency

OUT: Final = Path(__file__).with_name("data") / "related.tsv"
PARTS: Final = ("noun", "verb", "adj")
SENSES: Final = 1
"""Senses of a word read, commonest first (WordNet lists them by how often they were seen):
the second is already as often another thing ('seat' as one's behind) as the same."""
NARROWER: Final = 12
"""A first sense with at most this many more specific words lends them all; more, none."""
COMMON: Final = 3.0
"""wordfreq's Zipf frequency a word needs: rarer words are not how readers ask."""
EVERYDAY: Final = 5.5
"""A related word this common ('place', 'set', 'way') is related to too much to tell."""
HEADER: Final = (
    "# English word relations for reading a reader's words against a text's, derived from\n"
    "# WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/) by\n"
    "# bot/language/related_build.py. WordNet's licence, which this table is under:\n#\n"
)


def _synsets(folder: Path, part: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Each synset offset: its words, its more general and its more specific synsets."""
    out = {}
    for line in (folder / f"data.{part}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        broader, narrower = [], []
        for i in range(pointers):
            symbol, offset = fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]
            if symbol in {"@", "@i"}:
                broader.append(offset)
            elif symbol in {"~", "~i"}:
                narrower.append(offset)
        out[fields[0]] = (words, broader, narrower)
    return out


def _common(word: str) -> bool:
    return word.isalpha() and zipf_frequency(word, "en") >= COMMON


def relations(folder: Path) -> dict[str, set[str]]:
    """Every common single word and its related common single words."""
    related: dict[str, set[str]] = defaultdict(set)
    for part in PARTS:
        synsets = _synsets(folder, part)
        for line in (folder / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            word = fields[0]
            if not _common(word):
                continue
            senses = int(fields[2])
            offsets = fields[-senses:][:SENSES]
            for rank, offset in enumerate(offsets):
                words, broader, narrower = synsets[offset]
                related[word].update(words)
                if rank:
                    continue
                for other in broader:
                    related[word].update(synsets[other][0])
                if len(narrower) <= NARROWER:
                    for other in narrower:
                        related[word].update(synsets[other][0])
    return {
        w: {r for r in rs if r != w and _common(r) and zipf_frequency(r, "en") <= EVERYDAY}
        for w, rs in related.items()
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    table = relations(folder)
    lines = [f"{w}\t{' '.join(sorted(rs))}" for w, rs in sorted(table.items()) if rs]
    licence = (folder / "LICENSE").read_text(encoding="latin-1").splitlines()
    notice = "".join(f"# {line.rstrip()}".rstrip() + "\n" for line in licence)
    OUT.write_text(HEADER + notice + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
