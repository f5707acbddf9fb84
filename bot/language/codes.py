"""Country codes written in capitals ('how much did ES export?', 'BE+NL total') read as the
countries they stand for; codes that are also English words or common abbreviations when
capitalised (IT, IN, IS, NO, PM, IE …) are left alone, and so is a message in capitals."""

from __future__ import annotations

import re
from typing import Final

COUNTRY_CODES: Final[dict[str, str]] = {
    "AE": "united arab emirates", "AL": "albania", "AO": "angola", "AU": "australia",
    "BD": "bangladesh", "BE": "belgium", "BG": "bulgaria", "BH": "bahrain", "BR": "brazil",
    "CH": "switzerland", "CL": "chile", "CN": "china", "CR": "costa rica", "CY": "cyprus",
    "CZ": "czechia", "DE": "germany", "DK": "denmark", "DZ": "algeria", "EE": "estonia",
    "ES": "spain", "FI": "finland", "FR": "france", "GH": "ghana", "HN": "honduras",
    "HU": "hungary", "JM": "jamaica", "JO": "jordan", "JP": "japan", "KE": "kenya",
    "KR": "south korea", "KZ": "kazakhstan", "LK": "sri lanka", "LT": "lithuania",
    "LU": "luxembourg", "LV": "latvia", "LY": "libya", "MK": "north macedonia", "MX": "mexico",
    "MZ": "mozambique", "NL": "netherlands", "NZ": "new zealand", "PT": "portugal", "RO": "romania",
    "RS": "serbia", "RU": "russia", "SE": "sweden", "SG": "singapore", "SI": "slovenia",
    "SK": "slovakia", "SN": "senegal", "SY": "syria", "TH": "thailand", "TN": "tunisia",
    "TR": "turkey", "TW": "taiwan", "TZ": "tanzania", "UA": "ukraine", "UG": "uganda",
    "UK": "united kingdom", "US": "united states", "USA": "united states", "UY": "uruguay",
    "VE": "venezuela", "VN": "vietnam", "YE": "yemen", "ZA": "south africa", "ZM": "zambia",
    "ZW": "zimbabwe",
}  # fmt: skip
"""ISO 3166 two-letter codes (and UK, USA), less those that read as words, units or common
abbreviations in capitals: AT, AS, BY, DO, ID, IE, IN, IS, IT, MA, ME, MY, NO, OR, PE, PM, SO,
TO, TV, and AF, AR, BA, CA, GB, GR, HR, IQ, KW, LB, MT, NG, PK, PL, QA …"""

_CODE: Final = re.compile(r"(?<![\w.'’-])([A-Z]{2,3})(?![\w'’-]|\.\w)")
SHOUTING: Final = 0.6
"""A message whose letters are mostly capitals is shouted, not written in codes."""


_CAPITALS_BESIDE: Final = re.compile(r"[A-Z]{2,}")


def _beside_capitals(text: str, match: re.Match[str]) -> bool:
    """'Jo DE VRIES', 'FR FR': a code next to another word in capitals is part of a name or
    slang written in capitals, not a country; a list of codes is none ('BE, ES and NL')."""
    before = text[: match.start()].rstrip().rsplit(" ", 1)[-1]
    after = text[match.end() :].lstrip().split(" ", 1)[0]
    listed = [before.endswith(","), text[match.end() :].startswith(",")]
    return any(
        _CAPITALS_BESIDE.fullmatch(bare) and not (in_list and bare in COUNTRY_CODES)
        for word, in_list in zip((before, after), listed, strict=True)
        if (bare := word.strip(".,;:!?\"'()"))
    )


def expand_country_codes(text: str, taken: frozenset[str] = frozenset()) -> str:
    """The text with each capitalised country code spelt out as its country, unless the code
    is a word the packs use themselves (`taken`, lower case: a text's own 'SE' or 'ES')."""
    if not any(c.isupper() for c in text):
        return text
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) >= SHOUTING * len(letters):
        return text

    def spelt(match: re.Match[str]) -> str:
        code = match[1]
        country = COUNTRY_CODES.get(code)
        if country is None or code.lower() in taken or _beside_capitals(text, match):
            return code
        return country

    return _CODE.sub(spelt, text)
