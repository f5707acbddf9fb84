"""Country codes written in capitals ('how much did ES export?', 'BE+NL total') read as the
countries they stand for; codes that are also English words or common abbreviations when
capitalised (IT, IN, IS, NO, PM, IE …) are left alone, and so is a message in capitals."""

from __future__ import annotations

import re
from typing import Final

ISO_CODES: Final[dict[str, str]] = {
    "AD": "andorra", "AE": "united arab emirates", "AF": "afghanistan",
    "AG": "antigua and barbuda", "AL": "albania", "AM": "armenia", "AO": "angola",
    "AR": "argentina", "AT": "austria", "AU": "australia", "AZ": "azerbaijan",
    "BA": "bosnia and herzegovina", "BB": "barbados", "BD": "bangladesh", "BE": "belgium",
    "BF": "burkina faso", "BG": "bulgaria", "BH": "bahrain", "BI": "burundi", "BJ": "benin",
    "BN": "brunei", "BO": "bolivia", "BR": "brazil", "BS": "bahamas", "BT": "bhutan",
    "BW": "botswana", "BY": "belarus", "BZ": "belize", "CA": "canada",
    "CD": "democratic republic of the congo", "CF": "central african republic",
    "CG": "republic of the congo", "CH": "switzerland", "CI": "ivory coast", "CL": "chile",
    "CM": "cameroon", "CN": "china", "CO": "colombia", "CR": "costa rica", "CU": "cuba",
    "CV": "cape verde", "CY": "cyprus", "CZ": "czechia", "DE": "germany", "DJ": "djibouti",
    "DK": "denmark", "DM": "dominica", "DO": "dominican republic", "DZ": "algeria",
    "EC": "ecuador", "EE": "estonia", "EG": "egypt", "ER": "eritrea", "ES": "spain",
    "ET": "ethiopia", "FI": "finland", "FJ": "fiji", "FM": "micronesia", "FR": "france",
    "GA": "gabon", "GB": "united kingdom", "GD": "grenada", "GE": "georgia", "GH": "ghana",
    "GM": "gambia", "GN": "guinea", "GQ": "equatorial guinea", "GR": "greece", "GT": "guatemala",
    "GW": "guinea-bissau", "GY": "guyana", "HN": "honduras", "HR": "croatia", "HT": "haiti",
    "HU": "hungary", "ID": "indonesia", "IE": "ireland", "IL": "israel", "IN": "india",
    "IQ": "iraq", "IR": "iran", "IS": "iceland", "IT": "italy", "JM": "jamaica", "JO": "jordan",
    "JP": "japan", "KE": "kenya", "KG": "kyrgyzstan", "KH": "cambodia", "KI": "kiribati",
    "KM": "comoros", "KN": "saint kitts and nevis", "KP": "north korea", "KR": "south korea",
    "KW": "kuwait", "KZ": "kazakhstan", "LA": "laos", "LB": "lebanon", "LC": "saint lucia",
    "LI": "liechtenstein", "LK": "sri lanka", "LR": "liberia", "LS": "lesotho", "LT": "lithuania",
    "LU": "luxembourg", "LV": "latvia", "LY": "libya", "MA": "morocco", "MC": "monaco",
    "MD": "moldova", "ME": "montenegro", "MG": "madagascar", "MH": "marshall islands",
    "MK": "north macedonia", "ML": "mali", "MM": "myanmar", "MN": "mongolia", "MR": "mauritania",
    "MT": "malta", "MU": "mauritius", "MV": "maldives", "MW": "malawi", "MX": "mexico",
    "MY": "malaysia", "MZ": "mozambique", "NA": "namibia", "NE": "niger", "NG": "nigeria",
    "NI": "nicaragua", "NL": "netherlands", "NO": "norway", "NP": "nepal", "NR": "nauru",
    "NZ": "new zealand", "OM": "oman", "PA": "panama", "PE": "peru", "PG": "papua new guinea",
    "PH": "philippines", "PK": "pakistan", "PL": "poland", "PS": "palestine", "PT": "portugal",
    "PW": "palau", "PY": "paraguay", "QA": "qatar", "RO": "romania", "RS": "serbia",
    "RU": "russia", "RW": "rwanda", "SA": "saudi arabia", "SB": "solomon islands",
    "SC": "seychelles", "SD": "sudan", "SE": "sweden", "SG": "singapore", "SI": "slovenia",
    "SK": "slovakia", "SL": "sierra leone", "SM": "san marino", "SN": "senegal", "SO": "somalia",
    "SR": "suriname", "SS": "south sudan", "ST": "sao tome and principe", "SV": "el salvador",
    "SY": "syria", "SZ": "eswatini", "TD": "chad", "TG": "togo", "TH": "thailand",
    "TJ": "tajikistan", "TL": "timor-leste", "TM": "turkmenistan", "TN": "tunisia", "TO": "tonga",
    "TR": "turkey", "TT": "trinidad and tobago", "TV": "tuvalu", "TW": "taiwan", "TZ": "tanzania",
    "UA": "ukraine", "UG": "uganda", "US": "united states", "UY": "uruguay", "UZ": "uzbekistan",
    "VA": "vatican city", "VC": "saint vincent and the grenadines", "VE": "venezuela",
    "VN": "vietnam", "VU": "vanuatu", "WS": "samoa", "XK": "kosovo", "YE": "yemen",
    "ZA": "south africa", "ZM": "zambia", "ZW": "zimbabwe",
}  # fmt: skip
"""ISO 3166 two-letter codes of the countries the shared lexicon names, to its names."""

CAPITAL_CODES: Final = frozenset({
    "AE", "AL", "AO", "AU", "BD", "BE", "BG", "BH", "BR", "CH", "CL", "CN", "CR", "CY", "CZ",
    "DE", "DK", "DZ", "EE", "ES", "FI", "FR", "GH", "HN", "HU", "JM", "JO", "JP", "KE", "KR",
    "KZ", "LK", "LT", "LU", "LV", "LY", "MK", "MX", "MZ", "NL", "NZ", "PT", "RO", "RS", "RU",
    "SE", "SG", "SI", "SK", "SN", "SY", "TH", "TN", "TR", "TW", "TZ", "UA", "UG", "US", "UY",
    "VE", "VN", "YE", "ZA", "ZM", "ZW",
})  # fmt: skip
"""The codes read as countries when written in capitals: not those that read as words, units
or common abbreviations in capitals (AT, AS, BY, DO, ID, IE, IN, IS, IT, MA, ME, MY, NO, OR,
PE, PM, SO, TO, TV, and AF, AR, BA, CA, GB, GR, HR, IQ, KW, LB, MT, NG, PK, PL, QA …)."""

COUNTRY_CODES: Final[dict[str, str]] = {code: ISO_CODES[code] for code in CAPITAL_CODES} | {
    "UK": "united kingdom",
    "USA": "united states",
}
"""What a country code in capitals spells out."""

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


_FLAG_FORM: Final = "([\U0001f1e6-\U0001f1ff]{2})|\U0001f3f4([\U000e0061-\U000e007a]+)\U000e007f"
_FLAG: Final = re.compile(_FLAG_FORM)
_CLOSING_FLAGS: Final = re.compile(f"(?<=[?!.])(?:\\s*(?:{_FLAG_FORM}))+\\s*$")
"""Flags after a question's closing mark ('… right? 🇬🇧') decorate it; they name nothing."""
"""A country's flag: two regional indicator letters (🇧🇪), or a black flag with tag letters
for a part of one (🏴 g b s c t)."""
PART_FLAGS: Final[dict[str, str]] = {"gbsct": "scotland", "gbwls": "wales", "gbeng": "england"}
_INDICATOR_A: Final = 0x1F1E6
_TAG_A: Final = 0xE0061


def spell_flags(text: str) -> str:
    """The text with each country's flag spelt out as its country ('did 🇧🇪 beat 🇳🇱?')."""

    def spelt(match: re.Match[str]) -> str:
        if match[1]:
            code = "".join(chr(ord("A") + ord(c) - _INDICATOR_A) for c in match[1])
            country = ISO_CODES.get(code)
        else:
            country = PART_FLAGS.get("".join(chr(ord("a") + ord(c) - _TAG_A) for c in match[2]))
        return f" {country} " if country else " "

    if not any("\U0001f1e6" <= c <= "\U0001f3f4" for c in text):
        return text
    return _FLAG.sub(spelt, _CLOSING_FLAGS.sub("", text))
