"""The words readers use for what a clause states, when the clause does not use them: 'what
colour' of 'comes in black', 'how much storage' of '32GB', 'which law' of 'the Health Act',
'quit' of 'give up'. A draft fact's question forms carry them, so the fact answers a reader who
asks that way; a question about what no clause states ('the temperature', 'the wheelchair
race') still finds none of its words and is declined.

Each entry is a kind of thing news texts state, found by its own words in the clause, with the
words readers ask it by. Nothing here is about one text: the entries are the ordinary words of
news reports (prices, fines, races, products, laws, sales, charities).
"""

from __future__ import annotations

import re
from typing import Final

# fmt: off
ASKED_BY: Final[tuple[tuple[str, str], ...]] = (
    (r"\b(?:black|white|red|blue|green|yellow|grey|gray|silver|pink|purple|orange|brown)\b",
     "colour color"),
    (r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "day week weekday"),
    (r"\b\d{1,2}(?:[.:]\d\d)?\s?(?:a\.?m|p\.?m)\b|\b\d{4}\s?(?:gmt|bst|utc)\b|\bo'clock\b",
     "time clock hour morning"),
    (r"\d\s?(?:gb|mb|tb|gigabytes?|megabytes?|terabytes?)\b", "storage memory capacity space"),
    (r"\b(?:won|earned|received|took home|pocketed|collected|banked)\b[^.]*?[$£€¥]\d",
     "prize money earn earnings winnings pocket paid"),
    (r"[$£€¥]\s?\d[^.]*?\b(?:prize|bonus|purse|winnings)\b|\b(?:prize|bonus|purse)\b[^.]*?[$£€¥]",
     "prize money purse pot bonus total"),
    (r"\braised\b[^.]*?\bfor\b", "charity cause fundraising money"),
    (r"\b(?:donated|donation|charity|charitable)\b", "charity cause donate"),
    (r"\d\s?(?:miles?|km|kilometres?|kilometers?|metres?|meters?)\b", "far distance"),
    (r"\bup to\s+[$£€¥]?\d", "maximum most highest limit max"),
    (r"\bat least\s+[$£€¥]?\d", "minimum least lowest"),
    (r"\bfrom\s+[$£€¥]?\d[\w,.]*\s+to\s+[$£€¥]?\d", "before previously former change new higher"),
    (r"\b(?:raise|raising|raised|lift|lifting)\b[^.]*\bage\b", "higher older limit"),
    (r"\w-like\b|\blike an?\b|\bsimilar to\b|\bresembl\w*|\bakin to\b|\bcompared to\b",
     "likened compared similar resemble"),
    (r"\bsuccessor\b|\breplac\w+|\bfollow-up\b", "replace follow previous predecessor before"),
    (r"\brivals?\b|\bcompetitors?\b|\bchallenged\b|\bcompeting\b",
     "rival competitor competition challenge"),
    (r"\bcome with\b|\bcomes with\b|\binclud\w+|\bbundled\b|\bfeatur\w+",
     "include come accessories extras contents box"),
    (r"\bnetwork\b|\bonline\b|\bdownloads?\b|\binternet\b|\bweb\b|\bapp(?:lication)? store\b",
     "online internet web digital service"),
    (r"\bcame into force\b|\bcomes? into force\b|\btook effect\b|\btakes? effect\b|"
     r"\bcomes? into effect\b|\bstarting\b|\bcame into effect\b",
     "start begin kick effect introduced"),
    (r"\b(?:act|legislation|law|bill|ban|bans|banned)\b", "law legislation act rule rules ban"),
    (r"\bgive up\b|\bquit\b|\bstop smoking\b", "quit stop"),
    (r"\bcovered by\b|\bapplies to\b|\bapply to\b|\bexempt\b", "covered apply include"),
    (r"\bfined?\b|\bpenalt\w+", "fine penalty punishment"),
    (r"\bdropped out\b|\bpulled out\b|\bwithdrew\b|\bretired\b", "finish quit far stop"),
    (r"\bsold\b|\bsales\b|\bunits\b", "sold sales sell units"),
    (r"\blost\b[^.]*?[$£€¥]\d|\blosses?\b", "lose loss losses"),
    (r"\b(?:estimates?|estimated|according to)\b", "estimate according"),
    (r"\bvast majority\b|\bmost\b|\bmajority\b", "most majority"),
    (r"\b(?:sells?|selling|retails?|priced|costs?|price[sd]?|start(?:s|ing)? at)\b[^.]*?"
     r"[$£€¥]\s?\d|[$£€¥]\s?\d[\d,.]*\w*\s*(?:\([^)]*\)\s*)?,?\s*(?:half |twice )?the price\b",
     "cost price cheap expensive pay afford"),
    (r"\b(?:premium|deluxe)\b", "premium deluxe expensive dearer top"),
    (r"\bbasic\b", "basic cheap cheaper cheapest standard"),
    (r"\bconsoles?\b", "console device machine system"),
    (r"\b(?:tablet|controller|gamepad)\b", "controller pad tablet"),
    (r"\b(?:profits?|earnings)\b", "profit profits earnings"),
    (r"\b(?:shops|offices|factories|pubs|cafes|restaurants|clubs|workplaces?)\b",
     "places premises venues buildings"),
    (r"\bvehicles?\b", "vehicle van vans lorry truck car"),
    (r"\bpublic transport\b", "bus buses train trains transport"),
    (r"\btobacco\b", "cigarettes smoking tobacco"),
    (r"\bsmok\w+", "smoking smokers cigarettes"),
    (r"\brunners\b|\bentrants\b|\bfield\b", "runners competitors participants entrants field"),
    (r"\b(?:race|marathon)\b", "race marathon event"),
    (r"\b(?:women['’]s|woman|women)\b", "women womens female"),
    (r"\b(?:men['’]s|man|men)\b", "men mens male"),
    (r"\b(?:won|winner|champion)\b", "winner champion win"),
    (r"\b(?:second|runner-up)\b", "runner-up second"),
    (r"\bdatelined?\b|^(?-i:[A-Z][A-Z ]+|[A-Z][a-z]+)\s?:\s", "dateline datelined location"),
    (r"\b(?:announced|announcement|presentation|unveiled)\b", "announcement announce unveiled"),
    (r"\b(?:scheduled|due to|expected to)\b", "scheduled due planned expected"),
    (r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+"
     r"(?:months|weeks|years|days|hours)\b", "long period time spent"),
    (r"\bensur\w+", "make sure"),
    (r"\baware\b", "know knew"),
    (r"\bsince\b|\bpreviously\b|\bearlier\b|\bfirst\b[^.]*\bthen\b|\bdropped out\b|"
     r"\bafter\s+[$£€¥]?\d", "before"),
    (r"\b(?:shattered|smashed|broke|beat|bettered)\b", "smash shatter break beat"),
    (r"\brecord\b", "record course old previous best"),
    (r"\b(?:kills?|killed|deaths?|died|dies)\b", "kill deaths died die"),
    (r"\b(?:support|backing|backs|favour)\b", "support back favour approve"),
    (r"\b\d{1,2}\s?[-–]\s?\d{1,2}(?:,?\s+\d{1,2}\s?[-–]\s?\d{1,2})+\b|"
     r"\b(?:won|beat|lost|defeated|drew|drawn)\b[^.]*?\b\d{1,2}\s?[-–]\s?\d{1,2}\b",
     "score scoreline result final match sets games"),
    (r"\bin (?:an?|\d+|one|two|three|four|five|six)\s+(?:hours?|minutes?)\b",
     "long last lasted took duration"),
    (r"(?-i:\b(?:Open|International|Championships?|Cup|Games|Olympics|Festival|Tournament|"
     r"Marathon|Classic|Masters|Grand Prix|Show|Expo|Summit|Conference|Fair)\b)",
     "held played staged hosted venue event take place"),
    (r"\b(?:won|wins|clinched|claimed|lifted|sealed|secured|triumphed)\b[^.]*\bagainst\b",
     "beat defeated final opponent"),
    (r"\bprosecut\w+", "prosecuted prosecution prosecutor"),
    (r"\bdefending\b|\bdefence (?:lawyer|solicitor|barrister)\b|\bfor the defence\b|"
     r"\bmitigation\b",
     "defended defence defense lawyer solicitor represented"),
    (r"\b(?:unemployed|jobless|out of work|redundant)\b", "work working job employed employment"),
    (r"\bcommunity order\b|\bunpaid work\b|\bsuspended sentence\b|\bcurfew\b|"
     r"\bconditional discharge\b|\bcompensation\b",
     "sentence sentenced punishment prison jail jailed custody send sent"),
    (r"\b(?:visited|visiting|travelled|traveled|flew|holiday|trip)\b",
     "travel trip gone away visit went reason"),
    (r"\boperate\w*\b|\brun by\b", "run running operate service"),
    (r"\bcontinue\w*\b|\bcarry on\b|\bremain\b", "keep running carry continue saved"),
    (r"\bwithdraw\w*\b|\bwithdrew\b|\bcut\b|\bscrap\w*\b",
     "pull withdraw cut scrap stop remove"),
    (r"\bevidence\b|\bscientific\b|\bmedical\b", "evidence science"),
)
# fmt: on
_COMPILED: Final = tuple((re.compile(p, re.I), words.split()) for p, words in ASKED_BY)
MAX_WORDS: Final = 24


def asked_by(clause: str) -> list[str]:
    """The readers' words for what this clause states, beyond the words it uses itself."""
    own = {w.lower() for w in re.findall(r"[\w'-]+", clause)}
    out: dict[str, None] = {}
    for pattern, words in _COMPILED:
        if pattern.search(clause):
            for word in words:
                if word not in own:
                    out.setdefault(word, None)
    return list(out)[:MAX_WORDS]
