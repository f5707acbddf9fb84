"""Country codes written in capitals ('how much did ES export?', 'BE+NL total') read as the
countries they stand for; codes that are also English words or common abbreviations when
capitalised (IT, IN, IS, NO, PM, IE …) are left alone, and so is a message in capitals."""

from __future__ import annotations

import re
from typing import Final

COUNTRY_CODES: Final[dict[str, str]] = {
    "AE": "united arab emirates", "AF": "afghanistan", "AL": "albania", "AO": "angola",
    "AR": "argentina", "AU": "australia", "AZ": "azerbaijan", "BA": "bosnia and herzegovina",
    "BD": "bangladesh", "BE": "belgium", "BG": "bulgaria", "BH": "bahrain", "BO": "bolivia",
    "BR": "brazil", "CA": "canada", "CH": "switzerland", "CL": "chile", "CN": "china",
    "CR": "costa rica", "CU": "cuba", "CY": "cyprus", "CZ": "czechia", "DE": "germany",
    "DK": "denmark", "DZ": "algeria", "EC": "ecuador", "EE": "estonia", "EG": "egypt",
    "ES": "spain", "ET": "ethiopia", "FI": "finland", "FR": "france", "GB": "united kingdom",
    "GH": "ghana", "GR": "greece", "GT": "guatemala", "HN": "honduras", "HR": "croatia",
    "HU": "hungary", "IL": "israel", "IQ": "iraq", "IR": "iran", "JM": "jamaica",
    "JO": "jordan", "JP": "japan", "KE": "kenya", "KR": "south korea", "KW": "kuwait",
    "KZ": "kazakhstan", "LB": "lebanon", "LK": "sri lanka", "LT": "lithuania",
    "LU": "luxembourg", "LV": "latvia", "LY": "libya", "MK": "north macedonia", "MT": "malta",
    "MX": "mexico", "MZ": "mozambique", "NG": "nigeria", "NI": "nicaragua", "NL": "netherlands",
    "NP": "nepal", "NZ": "new zealand", "PH": "philippines", "PK": "pakistan", "PL": "poland",
    "PT": "portugal", "PY": "paraguay", "QA": "qatar", "RO": "romania", "RS": "serbia",
    "RU": "russia", "SE": "sweden", "SG": "singapore", "SI": "slovenia", "SK": "slovakia",
    "SN": "senegal", "SV": "el salvador", "SY": "syria", "TH": "thailand", "TN": "tunisia",
    "TR": "turkey", "TW": "taiwan", "TZ": "tanzania", "UA": "ukraine", "UG": "uganda",
    "UK": "united kingdom", "US": "united states", "USA": "united states", "UY": "uruguay",
    "VE": "venezuela", "VN": "vietnam", "YE": "yemen", "ZA": "south africa", "ZM": "zambia",
    "ZW": "zimbabwe",
}  # fmt: skip
"""ISO 3166 two-letter codes (and UK, USA), less those that read as words or abbreviations
in capitals: AT, AS, BY, DO, ID, IE, IN, IS, IT, MA, ME, MY, NO, OR, PE, PM, SO, TO, TV …"""

_CODE: Final = re.compile(r"(?<![\w.'’-])([A-Z]{2,3})(?![\w'’-]|\.\w)")
SHOUTING: Final = 0.6
"""A message whose letters are mostly capitals is shouted, not written in codes."""


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
        if country is None or code.lower() in taken:
            return code
        return country

    return _CODE.sub(spelt, text)
