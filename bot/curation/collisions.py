"""Words of a pack that would change how other questions are read: a pack's name or synonym
that is also a shared cue, filler or stop word, or another pack's name. `kb check` warns."""

from __future__ import annotations

from pathlib import Path

from bot.knowledge.loader import PACK_LEXICON, base_lexicon, load_lexicon
from bot.language.text import tokenize


def check_collisions(knowledge_dir: Path, packs: list[str]) -> list[str]:
    """Warnings, not errors: a pack's name or synonym that is also a shared cue, filler or
    stop word (it would stop meaning that in every question), or another pack's name."""
    shared, _ = base_lexicon(knowledge_dir)
    cue_words: dict[str, str] = {}
    for label, phrases in shared.cues.items():
        for phrase in phrases:
            cue_words.setdefault(" ".join(tokenize(phrase)), f"cue {label}")
    for phrase in shared.fillers:
        cue_words.setdefault(" ".join(tokenize(phrase)), "filler")
    for phrase in shared.stopwords:
        cue_words.setdefault(" ".join(tokenize(phrase)), "stop word")
    owners: dict[str, str] = {}
    warnings: list[str] = []
    for pack in dict.fromkeys(packs):
        lexicon, _ = load_lexicon(knowledge_dir / pack / PACK_LEXICON, knowledge_dir)
        groups = [("synonyms", lexicon.synonyms)]
        groups += [(f"entities.{k}", v) for k, v in lexicon.entities.items()]
        for field, table in groups:
            for canonical, surfaces in table.items():
                for surface in [canonical, *surfaces]:
                    key = " ".join(tokenize(surface))
                    place = f"{pack}/{PACK_LEXICON} · {field}.{canonical}"
                    if key in cue_words:
                        warnings.append(
                            f"{place}: {surface!r} is also a shared {cue_words[key]}: questions "
                            f"using it will read it as this name (fix: drop the surface, or "
                            "write it as a longer phrase)"
                        )
                    owner = owners.setdefault(key, pack)
                    if owner != pack:
                        warnings.append(
                            f"{place}: {surface!r} is also a name in pack {owner}: the two "
                            "cannot be served together (fix: drop the surface from one pack, "
                            "or keep only the full name)"
                        )
    return warnings
