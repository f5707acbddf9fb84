"""Every sentence the engine writes, in each language the bot speaks: one place to word them.

The engine's stages decide *what* to say as a `Said` (a sentence's key and its fields); only
`Wording` turns one into text, in one language. What a pack says (a fact's answer, its quotes,
the names of its places and measures) is never translated: it stays as the source writes it.
A key missing in a language falls back to English, so a half-translated catalogue still
speaks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Union

from bot.language.units import format_number

DEFAULT_LANGUAGE: Final = "en"


@dataclass(frozen=True)
class Term:
    """A word of the engine's own that a language words its own way ('countries', 'last')."""

    key: str


@dataclass(frozen=True)
class Nth:
    """A rank written as a word: first, second … ('the 7th year in a row')."""

    n: int


@dataclass(frozen=True)
class Portion:
    """A fraction written as people say it: half, a third, two thirds."""

    fraction: float


Value = Union[str, int, float, "Said", Term, Nth, Portion, tuple[str, ...]]
"""What a sentence's field may hold; a tuple of names is joined ('A, B and C')."""


@dataclass(frozen=True)
class Said:
    """A sentence decided but not yet worded: its key in the catalogue and its fields."""

    key: str
    fields: Mapping[str, Value] = field(default_factory=dict)


def said(key: str, **fields: Value) -> Said:
    return Said(key, fields)


ENGLISH: Final[Mapping[str, str]] = {
    "empty": 'Ask me a question — for example "{example}"',
    "decline.off_topic": "That isn't something my knowledge packs cover.",
    "decline.choices": "The source names none of those choices. What it does say: {answer}",
    "decline.none_within": "The source names no {noun} in {region}. What it does say: {answer}",
    "answer.chosen": "{letter}) {offer} — {answer}",
    "answer.wrong_one": "Wrong: “{claim}”. {answer}",
    "answer.none_wrong": "None of those is wrong: the source bears out each.",
    "answer.told": "Yes, it says: {answer}",
    "decline.unknown_names": "The knowledge base says nothing about {names}.",
    "decline.unknown": "I don't know that from the knowledge base.",
    "decline.unknown_word": (
        "I don't know that from the knowledge base: it says nothing about “{word}” here."
    ),
    "decline.gap": "The source doesn't say that ({gap}). What it does say: {answer}",
    "decline.why": "The source doesn't say why. What it does say: {answer}",
    "decline.negated": "The source doesn't say who or what did not. What it does say: {answer}",
    "decline.nothing_else": (
        "The source names nothing beyond {names} there. What it does say: {answer}"
    ),
    "odd.left_out": "**{option}** is the one it leaves out: {answer}",
    "answer.counted": "{count} in all: {answer}",
    "answer.closest": "The closest the source comes to that: {answer}",
    "decline.when": "The source doesn't say when. What it does say: {answer}",
    "decline.how_many": "The source gives no number for that. What it does say: {answer}",
    "decline.how_old": "The source doesn't say how old. What it does say: {answer}",
    "decline.figure_elsewhere": (
        "The source doesn't say that of the {figure}. What it does say: {answer}"
    ),
    "decline.neither": "The source gives none of those figures. What it does say: {answer}",
    "decline.figure_unsaid": "The source never gives {figure}. What it does say: {answer}",
    "decline.no_figure": "The source gives no figure for that. What it does say: {answer}",
    "decline.not_exact": "The source gives no exact {what}. What it does say: {answer}",
    "decline.what_it_says": "{reason} What it does say: {answer}",
    "fit.years": "The source gives nothing for {years}.",
    "fit.which": "The source doesn't say which {kind}.",
    "fit.when": "The source doesn't say when.",
    "fit.when_precisely": "The source doesn't say when to that precision.",
    "fit.how_long": "The source doesn't say how long.",
    "fit.figure": "The source gives no figure for that.",
    "note.correction": "The source says nothing about {names}; this is what it says.",
    "note.stated_pair": "The source itself gives this amount as {amount}.",
    "note.language": "Read in {language}; answered in English.",
    "note.tons": 'I read "tons" as US short tons; metric tons are tonnes.',
    "note.caption": (
        "This comes from a photo caption of a separate story featured with the article."
    ),
    "note.stated": (
        "The source itself states {stated} (rounded); the exact conversion is {exact}."
    ),
    "note.unanswered_part": "Not in my knowledge base: “{part}” — {reason}",
    "note.premise": "The question rests on “{premise}”, which the source does not bear out.",
    "verdict": "{verdict} — {answer}",
    "error.compare": "I can't compare those: {error}.",
    "error.convert": "I can't convert that: {error}.",
    "error.unit": "I don't know the unit {unit}.",
    "compare.same": "{a} and {b} ({b_as_a}) are the same amount, within rounding.",
    "compare.differ": "{a} is **{relation}** than {b} ({b_as_a}).",
    "compare.differ_alike": "{a} is **{relation}** than {b}.",
    "compare.same_alike": "{a} and {b} are the same amount, within rounding.",
    "compare.worked": "{a} {sign} {b} = **{result}**",
    "dialogue.reloaded": (
        "My knowledge base was reloaded since your last question, so I can't be sure what that "
        "refers to now — please ask it again in full."
    ),
    "dialogue.no_source": (
        "My last answer didn't rest on a fact from the knowledge base, so there is no "
        "source to quote."
    ),
    "dialogue.source": "Source: {sources}. {answers}",
    "followup.about_what": (
        "What would you like to know about {about}? I have no earlier question "
        "of yours to go on — ask it in full."
    ),
    "followup.which_answer": (
        "Which answer do you mean? I have no earlier answer of yours in this "
        "conversation — ask your question and I'll quote its source."
    ),
    "followup.who_nobody_yet": (
        "Who do you mean by “{word}”? I have no earlier answer of yours to go on — "
        "ask again with the name."
    ),
    "followup.who_not_named": (
        "Who do you mean by “{word}”? My last answer names nobody it "
        "could be — ask again with the name."
    ),
    "derive.portion": "{share} of {whole} ({context}) is **{part}**.",
    "derive.share_rest": (
        "Apart from {chosen}, the rest of {place} accounts for about **{percent}** ({context})."
    ),
    "derive.share_of_parts": (
        "{named} accounted for about **{percent}** of the {count} {noun}' combined figure "
        "({context})."
    ),
    "derive.share_of_total": (
        "{named} accounted for about **{percent}** of the total for {place} ({context})."
    ),
    "derive.share_of_other": (
        "The figure for {named} is about **{percent}** of that for {place} ({context})."
    ),
    "derive.share_relative": (
        "{first}'s figure is about **{percent} {direction}** than {second}'s ({context})."
    ),
    "derive.share_points": (
        "{first}'s share of the total for {place} ({first_share}) is about **{points} percentage "
        "points** {direction} than {second}'s ({second_share}) — {context}."
    ),
    "derive.difference": "{big} ({big_amount}) is **{gap}** more than {small} ({small_amount}) — "
    "{context}.",
    "derive.ratio": (
        "{big} is about **{ratio} times** {small} ({big_value} vs {small_amount}, {context})."
    ),
    "derive.sum": "Together, {chosen}: **{total}** ({context}).",
    "derive.group_more": "{group} together ({group_amount}) are **{gap}** more than {one} "
    "({one_amount}) — {context}.",
    "derive.group_less": "{group} together ({group_amount}) are **{gap}** less than {one} "
    "({one_amount}) — {context}.",
    "derive.hypothetical": (
        "With its figure {change}, {place} comes to **{result}** ({context}; the source gives "
        "{stated})."
    ),
    "derive.hypothetical_against": (
        "With its figure {change}, {place} comes to **{result}**, {side} than {rival}'s "
        "{rival_amount} ({context}; the source gives {stated})."
    ),
    "derive.each": "{context} — {lines}.",
    "derive.threshold": "{among}, **{chosen}** had {relation} {bound} ({what}).",
    "derive.threshold_none": "{among}, none had {relation} {bound} ({what}).",
    "derive.average": "The average of {chosen} is **{mean}** ({context}).",
    "derive.remainder": "Apart from {chosen}, the rest of {place} accounts for **{rest}** "
    "({context}).",
    "derive.start": (
        "If {last} was the {nth} year in a row ({what}), the run began in **{first}**."
    ),
    "derive.rate_count": (
        "About **{rate} {what} per {per}** on average ({count} over {duration})."
    ),
    "derive.rate_base": (
        "On average about **{rate} per {per}** ({place}, {context}: {amount} over one year)."
    ),
    "derive.rank_among": "Among the {count} {noun} the source gives figures for",
    "derive.rank_of": "{among}, {place} ranks **{nth}** ({what}): {order}.",
    "derive.rank_all": "{among} ({what}): {order}.",
    "derive.rank_pick": "{among}, **{place}** comes {nth} with {amount} ({what}): {order}.",
    "refuse.no_figure": "The source gives no figure for {place} ({what}), so I can't compute that.",
    "refuse.no_average": (
        "The source gives figures for only {count} {noun} of {whole}, so there is no average "
        "of them all."
    ),
    "refuse.too_few": "The source names only {count} {noun} for {what}.",
    "refuse.least": (
        "The source gives figures only for {count} {noun} ({what}), and its total has others "
        "it does not name, so it does not say which has the least."
    ),
    "smalltalk.thanks": "You're welcome! Ask me anything else.",
    "smalltalk.praise": "Thank you! Happy to help — ask me another one.",
    "smalltalk.greeting": (
        "Hi! I answer questions from my knowledge packs, quoting the sentence each answer "
        'comes from. Try: "{example}"'
    ),
    "smalltalk.farewell": "Bye! Come back with more questions any time.",
    "smalltalk.criticism": (
        "Sorry about that. Rephrase your question, or browse the facts I know with the facts "
        "command, and use 👎 so curators can fix it."
    ),
    "smalltalk.identity": (
        "I'm factbot: I answer questions from a curated, cited fact base — every answer quotes "
        "its source sentence and converts its units. Ask in your own words, or browse the facts."
    ),
    "term.and": "and",
    "term.yes": "Yes",
    "term.no": "No",
    "term.more": "more",
    "term.more_than": "more than",
    "term.at_least": "at least",
    "term.less_than": "less than",
    "term.at_most": "at most",
    "term.less": "less",
    "term.last": "last",
    "term.figure": "figure",
    "term.date": "date",
    "term.whole": "the whole",
    "term.that": "that",
    "term.countries": "countries",
    "term.regions": "regions",
    "term.places": "places",
    "term.people": "people",
    "term.organisations": "organisations",
    "term.years": "years",
    "term.substances": "substances",
    "term.items": "items",
    "language.de": "German",
    "language.es": "Spanish",
    "language.fr": "French",
    "language.it": "Italian",
    "language.nl": "Dutch",
    "language.pt": "Portuguese",
    "language.pl": "Polish",
}

DUTCH: Final[Mapping[str, str]] = {
    "empty": 'Stel me een vraag — bijvoorbeeld "{example}"',
    "decline.off_topic": "Daar gaan mijn kennispakketten niet over.",
    "decline.choices": "De bron noemt geen van die keuzes. Wat ze wel zegt: {answer}",
    "decline.none_within": "De bron noemt geen {noun} in {region}. Wat ze wel zegt: {answer}",
    "answer.chosen": "{letter}) {offer} — {answer}",
    "answer.wrong_one": "Onjuist: “{claim}”. {answer}",
    "answer.none_wrong": "Geen daarvan is onjuist: de bron bevestigt elk.",
    "answer.told": "Ja, ze zegt: {answer}",
    "decline.unknown_names": "De kennisbank zegt niets over {names}.",
    "decline.unknown": "Dat weet ik niet uit de kennisbank.",
    "decline.unknown_word": (
        "Dat weet ik niet uit de kennisbank: die zegt hier niets over “{word}”."
    ),
    "decline.gap": "Dat zegt de bron niet ({gap}). Wat de bron wel zegt: {answer}",
    "decline.why": "De bron zegt niet waarom. Wat de bron wel zegt: {answer}",
    "decline.negated": "De bron zegt niet wie of wat niet. Wat de bron wel zegt: {answer}",
    "odd.left_out": "**{option}** is degene die de bron niet noemt: {answer}",
    "answer.counted": "{count} in totaal: {answer}",
    "answer.closest": "Het dichtst bij komt de bron hiermee: {answer}",
    "decline.when": "De bron zegt niet wanneer. Wat de bron wel zegt: {answer}",
    "decline.how_many": "De bron noemt daar geen aantal. Wat de bron wel zegt: {answer}",
    "decline.how_old": "De bron zegt niet hoe oud. Wat de bron wel zegt: {answer}",
    "decline.figure_elsewhere": (
        "De bron zegt dat niet over de {figure}. Wat de bron wel zegt: {answer}"
    ),
    "decline.neither": "De bron noemt geen van die getallen. Wat de bron wel zegt: {answer}",
    "decline.figure_unsaid": "De bron noemt nergens {figure}. Wat de bron wel zegt: {answer}",
    "decline.no_figure": "De bron geeft daar geen cijfer voor. Wat de bron wel zegt: {answer}",
    "decline.not_exact": "De bron geeft geen exacte {what}. Wat de bron wel zegt: {answer}",
    "decline.what_it_says": "{reason} Wat de bron wel zegt: {answer}",
    "fit.years": "De bron geeft niets voor {years}.",
    "fit.which": "De bron zegt niet welke {kind}.",
    "fit.when": "De bron zegt niet wanneer.",
    "fit.when_precisely": "De bron zegt niet zo precies wanneer.",
    "fit.how_long": "De bron zegt niet hoe lang.",
    "fit.figure": "De bron geeft daar geen cijfer voor.",
    "note.correction": "De bron zegt niets over {names}; dit is wat ze wel zegt.",
    "note.stated_pair": "De bron zelf geeft deze hoeveelheid als {amount}.",
    "decline.nothing_else": (
        "De bron noemt daar niets anders dan {names}. Wat ze wel zegt: {answer}"
    ),
    "note.language": "Gelezen in het {language}; beantwoord in het Engels.",
    "note.tons": 'Ik lees "tons" als Amerikaanse short tons; metrische ton zijn tonnes.',
    "note.caption": (
        "Dit komt uit een fotobijschrift bij een ander verhaal dat bij het artikel stond."
    ),
    "note.stated": ("De bron zelf noemt {stated} (afgerond); de exacte omrekening is {exact}."),
    "note.unanswered_part": "Niet in mijn kennisbank: “{part}” — {reason}",
    "note.premise": "De vraag gaat uit van “{premise}”, wat de bron niet bevestigt.",
    "verdict": "{verdict} — {answer}",
    "derive.each": "{context} — {lines}.",
    "derive.threshold": "{among}, had **{chosen}** {relation} {bound} ({what}).",
    "derive.threshold_none": "{among}, had er geen {relation} {bound} ({what}).",
    "error.compare": "Die kan ik niet vergelijken: {error}.",
    "error.convert": "Dat kan ik niet omrekenen: {error}.",
    "error.unit": "De eenheid {unit} ken ik niet.",
    "compare.same": "{a} en {b} ({b_as_a}) zijn evenveel, op afronding na.",
    "compare.differ": "{a} is **{relation}** dan {b} ({b_as_a}).",
    "compare.differ_alike": "{a} is **{relation}** dan {b}.",
    "compare.same_alike": "{a} en {b} zijn evenveel, op afronding na.",
    "compare.worked": "{a} {sign} {b} = **{result}**",
    "dialogue.reloaded": (
        "Mijn kennisbank is herladen sinds je vorige vraag, dus ik weet niet zeker waar dat nu "
        "naar verwijst — stel je vraag graag opnieuw, volledig."
    ),
    "dialogue.no_source": (
        "Mijn vorige antwoord steunde niet op een feit uit de kennisbank, dus er is geen bron "
        "om te citeren."
    ),
    "dialogue.source": "Bron: {sources}. {answers}",
    "followup.about_what": (
        "Wat wil je weten over {about}? Ik heb geen eerdere vraag van je om op voort te "
        "bouwen — stel je vraag volledig."
    ),
    "followup.which_answer": (
        "Welk antwoord bedoel je? In dit gesprek heb ik je nog niets geantwoord — stel je "
        "vraag en ik citeer de bron."
    ),
    "followup.who_nobody_yet": (
        "Wie bedoel je met “{word}”? Ik heb geen eerder antwoord om op voort te bouwen — "
        "vraag het opnieuw met de naam."
    ),
    "followup.who_not_named": (
        "Wie bedoel je met “{word}”? Mijn vorige antwoord noemt niemand die het kan zijn — "
        "vraag het opnieuw met de naam."
    ),
    "derive.portion": "{share} van {whole} ({context}) is **{part}**.",
    "derive.share_rest": (
        "Buiten {chosen} is de rest van {place} goed voor ongeveer **{percent}** ({context})."
    ),
    "derive.share_of_parts": (
        "{named} was goed voor ongeveer **{percent}** van het gezamenlijke cijfer van de "
        "{count} {noun} ({context})."
    ),
    "derive.share_of_total": (
        "{named} was goed voor ongeveer **{percent}** van het totaal voor {place} ({context})."
    ),
    "derive.share_of_other": (
        "Het cijfer voor {named} is ongeveer **{percent}** van dat voor {place} ({context})."
    ),
    "derive.share_relative": (
        "Het cijfer van {first} is ongeveer **{percent} {direction}** dan dat van {second} "
        "({context})."
    ),
    "derive.share_points": (
        "Het aandeel van {first} in het totaal voor {place} ({first_share}) is ongeveer "
        "**{points} procentpunt** {direction} dan dat van {second} ({second_share}) — {context}."
    ),
    "derive.difference": "{big} ({big_amount}) is **{gap}** meer dan {small} ({small_amount}) — "
    "{context}.",
    "derive.ratio": (
        "{big} is ongeveer **{ratio} keer** {small} ({big_value} tegen {small_amount}, {context})."
    ),
    "derive.sum": "Samen, {chosen}: **{total}** ({context}).",
    "derive.group_more": "{group} samen ({group_amount}) zijn **{gap}** meer dan {one} "
    "({one_amount}) — {context}.",
    "derive.group_less": "{group} samen ({group_amount}) zijn **{gap}** minder dan {one} "
    "({one_amount}) — {context}.",
    "derive.hypothetical": (
        "Met het getal {change} komt {place} op **{result}** ({context}; de bron noemt {stated})."
    ),
    "derive.hypothetical_against": (
        "Met het getal {change} komt {place} op **{result}**, {side} dan de {rival_amount} van "
        "{rival} ({context}; de bron noemt {stated})."
    ),
    "derive.average": "Het gemiddelde van {chosen} is **{mean}** ({context}).",
    "derive.remainder": "Buiten {chosen} is de rest van {place} goed voor **{rest}** ({context}).",
    "derive.start": (
        "Als {last} het {nth} jaar op rij was ({what}), begon de reeks in **{first}**."
    ),
    "derive.rate_count": (
        "Gemiddeld ongeveer **{rate} {what} per {per}** ({count} over {duration})."
    ),
    "derive.rate_base": (
        "Gemiddeld ongeveer **{rate} per {per}** ({place}, {context}: {amount} over één jaar)."
    ),
    "derive.rank_among": "Van de {count} {noun} waarvoor de bron cijfers geeft",
    "derive.rank_of": "{among} staat {place} **{nth}** ({what}): {order}.",
    "derive.rank_all": "{among} ({what}): {order}.",
    "derive.rank_pick": "{among} komt **{place}** als {nth}, met {amount} ({what}): {order}.",
    "refuse.no_figure": (
        "De bron geeft geen cijfer voor {place} ({what}), dus dat kan ik niet berekenen."
    ),
    "refuse.no_average": (
        "De bron geeft cijfers voor slechts {count} {noun} van {whole}, dus een gemiddelde van "
        "allemaal is er niet."
    ),
    "refuse.too_few": "De bron noemt maar {count} {noun} voor {what}.",
    "refuse.least": (
        "De bron geeft alleen cijfers voor {count} {noun} ({what}), en in het totaal zitten "
        "anderen die ze niet noemt, dus ze zegt niet wie het minst had."
    ),
    "smalltalk.thanks": "Graag gedaan! Vraag me gerust nog iets.",
    "smalltalk.praise": "Dank je! Fijn dat ik kon helpen — stel me er nog een.",
    "smalltalk.greeting": (
        "Hoi! Ik beantwoord vragen uit mijn kennispakketten en citeer de zin waar elk "
        'antwoord vandaan komt. Probeer: "{example}"'
    ),
    "smalltalk.farewell": "Dag! Kom gerust terug met meer vragen.",
    "smalltalk.criticism": (
        "Sorry daarvoor. Formuleer je vraag anders, of blader door de feiten die ik ken met "
        "het facts-commando, en gebruik 👎 zodat curatoren het kunnen verbeteren."
    ),
    "smalltalk.identity": (
        "Ik ben factbot: ik beantwoord vragen uit een samengestelde kennisbank met bronnen — "
        "elk antwoord citeert zijn bronzin en rekent de eenheden om. Vraag het in je eigen "
        "woorden, of blader door de feiten."
    ),
    "term.and": "en",
    "term.yes": "Ja",
    "term.no": "Nee",
    "term.more": "meer",
    "term.more_than": "meer dan",
    "term.at_least": "minstens",
    "term.less_than": "minder dan",
    "term.at_most": "hoogstens",
    "term.less": "minder",
    "term.last": "laatste",
    "term.figure": "cijfer",
    "term.date": "datum",
    "term.whole": "het geheel",
    "term.that": "dat",
    "term.countries": "landen",
    "term.regions": "regio's",
    "term.places": "plaatsen",
    "term.people": "mensen",
    "term.organisations": "organisaties",
    "term.years": "jaren",
    "term.substances": "stoffen",
    "term.items": "onderdelen",
    "language.de": "Duits",
    "language.es": "Spaans",
    "language.fr": "Frans",
    "language.it": "Italiaans",
    "language.nl": "Nederlands",
    "language.pt": "Portugees",
    "language.pl": "Pools",
}

FRENCH: Final[Mapping[str, str]] = {
    "empty": "Posez-moi une question — par exemple « {example} »",
    "decline.off_topic": "Ce sujet n'est pas couvert par mes dossiers de connaissances.",
    "decline.choices": "La source ne cite aucun de ces choix. Ce qu'elle dit : {answer}",
    "decline.none_within": "La source ne cite aucun {noun} en {region}. Ce qu'elle dit : {answer}",
    "answer.chosen": "{letter}) {offer} — {answer}",
    "answer.wrong_one": "Faux : « {claim} ». {answer}",
    "answer.none_wrong": "Rien de cela n'est faux : la source confirme chacun.",
    "answer.told": "Oui, elle le dit : {answer}",
    "decline.unknown_names": "La base de connaissances ne dit rien de {names}.",
    "decline.unknown": "Je ne le sais pas d'après la base de connaissances.",
    "decline.unknown_word": (
        "Je ne le sais pas d'après la base de connaissances : elle ne dit rien ici de « {word} »."
    ),
    "decline.gap": "La source ne le dit pas ({gap}). Ce qu'elle dit : {answer}",
    "decline.why": "La source ne dit pas pourquoi. Ce qu'elle dit : {answer}",
    "decline.negated": (
        "La source ne dit pas qui ou quoi ne l'a pas fait. Ce qu'elle dit : {answer}"
    ),
    "odd.left_out": "**{option}** est celui que la source ne cite pas : {answer}",
    "answer.counted": "{count} au total : {answer}",
    "answer.closest": "Ce que la source dit de plus proche : {answer}",
    "decline.when": "La source ne dit pas quand. Ce qu'elle dit : {answer}",
    "decline.how_many": "La source ne donne pas de nombre. Ce qu'elle dit : {answer}",
    "decline.how_old": "La source ne dit pas quel âge. Ce qu'elle dit : {answer}",
    "decline.figure_elsewhere": "La source ne dit pas cela des {figure}. Ce qu'elle dit : {answer}",
    "decline.neither": "La source ne donne aucun de ces chiffres. Ce qu'elle dit : {answer}",
    "decline.figure_unsaid": "La source ne mentionne pas {figure}. Ce qu'elle dit : {answer}",
    "decline.no_figure": "La source ne donne pas de chiffre pour cela. Ce qu'elle dit : {answer}",
    "decline.not_exact": "La source ne donne pas de {what} exact(e). Ce qu'elle dit : {answer}",
    "decline.what_it_says": "{reason} Ce qu'elle dit : {answer}",
    "fit.years": "La source ne donne rien pour {years}.",
    "fit.which": "La source ne dit pas quel(le)s {kind}.",
    "fit.when": "La source ne dit pas quand.",
    "fit.when_precisely": "La source ne dit pas quand avec cette précision.",
    "fit.how_long": "La source ne dit pas combien de temps.",
    "fit.figure": "La source ne donne pas de chiffre pour cela.",
    "note.correction": "La source ne dit rien de {names} ; voici ce qu'elle dit.",
    "note.stated_pair": "La source elle-même donne cette quantité comme {amount}.",
    "decline.nothing_else": (
        "La source n'y nomme rien d'autre que {names}. Ce qu'elle dit : {answer}"
    ),
    "note.language": "Lu en {language} ; réponse en anglais.",
    "note.tons": "Je lis « tons » comme des short tons américaines ; les tonnes métriques sont "
    "des tonnes.",
    "note.caption": (
        "Ceci provient de la légende d'une photo d'un autre article, publiée avec celui-ci."
    ),
    "note.stated": (
        "La source elle-même indique {stated} (arrondi) ; la conversion exacte est {exact}."
    ),
    "note.unanswered_part": "Absent de ma base de connaissances : « {part} » — {reason}",
    "note.premise": "La question repose sur « {premise} », ce que la source ne confirme pas.",
    "verdict": "{verdict} — {answer}",
    "derive.each": "{context} — {lines}.",
    "derive.threshold": "{among}, **{chosen}** ont eu {relation} {bound} ({what}).",
    "derive.threshold_none": "{among}, aucun n'a eu {relation} {bound} ({what}).",
    "error.compare": "Je ne peux pas les comparer : {error}.",
    "error.convert": "Je ne peux pas convertir cela : {error}.",
    "error.unit": "Je ne connais pas l'unité {unit}.",
    "compare.same": "{a} et {b} ({b_as_a}) sont la même quantité, aux arrondis près.",
    "compare.differ": "{a}, c'est **{relation}** que {b} ({b_as_a}).",
    "compare.differ_alike": "{a}, c'est **{relation}** que {b}.",
    "compare.same_alike": "{a} et {b} sont la même quantité, aux arrondis près.",
    "compare.worked": "{a} {sign} {b} = **{result}**",
    "dialogue.reloaded": (
        "Ma base de connaissances a été rechargée depuis votre dernière question ; je ne sais "
        "plus à quoi cela renvoie — posez-la de nouveau en entier."
    ),
    "dialogue.no_source": (
        "Ma dernière réponse ne reposait sur aucun fait de la base de connaissances : il n'y a "
        "pas de source à citer."
    ),
    "dialogue.source": "Source : {sources}. {answers}",
    "followup.about_what": (
        "Que voulez-vous savoir sur {about} ? Je n'ai pas de question précédente de votre part "
        "— posez-la en entier."
    ),
    "followup.which_answer": (
        "De quelle réponse parlez-vous ? Je ne vous ai encore rien répondu dans cette "
        "conversation — posez votre question et j'en citerai la source."
    ),
    "followup.who_nobody_yet": (
        "Qui désignez-vous par « {word} » ? Je n'ai pas de réponse précédente sur laquelle "
        "m'appuyer — redemandez avec le nom."
    ),
    "followup.who_not_named": (
        "Qui désignez-vous par « {word} » ? Ma dernière réponse ne nomme personne qui puisse "
        "l'être — redemandez avec le nom."
    ),
    "derive.portion": "{share} de {whole} ({context}), c'est **{part}**.",
    "derive.share_rest": (
        "Hors {chosen}, le reste de {place} représente environ **{percent}** ({context})."
    ),
    "derive.share_of_parts": (
        "{named} représentait environ **{percent}** du chiffre cumulé des {count} {noun} "
        "({context})."
    ),
    "derive.share_of_total": (
        "{named} représentait environ **{percent}** du total pour {place} ({context})."
    ),
    "derive.share_of_other": (
        "Le chiffre pour {named} représente environ **{percent}** de celui pour {place} "
        "({context})."
    ),
    "derive.share_relative": (
        "Le chiffre de {first} est d'environ **{percent} {direction}** que celui de {second} "
        "({context})."
    ),
    "derive.share_points": (
        "La part de {first} dans le total pour {place} ({first_share}) est d'environ "
        "**{points} points de pourcentage** {direction} que celle de {second} ({second_share}) — "
        "{context}."
    ),
    "derive.difference": "{big} ({big_amount}), c'est **{gap}** de plus que {small} "
    "({small_amount}) — {context}.",
    "derive.ratio": (
        "{big}, c'est environ **{ratio} fois** {small} ({big_value} contre {small_amount}, "
        "{context})."
    ),
    "derive.sum": "Ensemble, {chosen} : **{total}** ({context}).",
    "derive.group_more": "{group} ensemble ({group_amount}) font **{gap}** de plus que {one} "
    "({one_amount}) — {context}.",
    "derive.group_less": "{group} ensemble ({group_amount}) font **{gap}** de moins que {one} "
    "({one_amount}) — {context}.",
    "derive.hypothetical": (
        "Avec son chiffre {change}, {place} atteint **{result}** ({context} ; la source donne "
        "{stated})."
    ),
    "derive.hypothetical_against": (
        "Avec son chiffre {change}, {place} atteint **{result}**, {side} que les {rival_amount} "
        "de {rival} ({context} ; la source donne {stated})."
    ),
    "derive.average": "La moyenne de {chosen} est de **{mean}** ({context}).",
    "derive.remainder": "Hors {chosen}, le reste de {place} représente **{rest}** ({context}).",
    "derive.start": (
        "Si {last} était la {nth} année consécutive ({what}), la série a commencé en **{first}**."
    ),
    "derive.rate_count": (
        "En moyenne environ **{rate} {what} par {per}** ({count} sur {duration})."
    ),
    "derive.rate_base": (
        "En moyenne environ **{rate} par {per}** ({place}, {context} : {amount} sur un an)."
    ),
    "derive.rank_among": "Parmi les {count} {noun} pour lesquels la source donne des chiffres",
    "derive.rank_of": "{among}, {place} est **{nth}** ({what}) : {order}.",
    "derive.rank_all": "{among} ({what}) : {order}.",
    "derive.rank_pick": "{among}, **{place}** arrive {nth} avec {amount} ({what}) : {order}.",
    "refuse.no_figure": (
        "La source ne donne pas de chiffre pour {place} ({what}) ; je ne peux donc pas le calculer."
    ),
    "refuse.no_average": (
        "La source ne donne des chiffres que pour {count} {noun} de {whole} : il n'y a donc pas "
        "de moyenne de l'ensemble."
    ),
    "refuse.too_few": "La source ne nomme que {count} {noun} pour {what}.",
    "refuse.least": (
        "La source ne donne des chiffres que pour {count} {noun} ({what}), et son total en "
        "comprend d'autres qu'elle ne nomme pas : elle ne dit donc pas qui en a le moins."
    ),
    "smalltalk.thanks": "Avec plaisir ! Demandez-moi autre chose.",
    "smalltalk.praise": "Merci ! Ravi d'aider — posez-m'en une autre.",
    "smalltalk.greeting": (
        "Bonjour ! Je réponds aux questions à partir de mes dossiers de connaissances, en "
        "citant la phrase d'où vient chaque réponse. Essayez : « {example} »"
    ),
    "smalltalk.farewell": "Au revoir ! Revenez avec d'autres questions quand vous voulez.",
    "smalltalk.criticism": (
        "Désolé. Reformulez votre question, ou parcourez les faits que je connais avec la "
        "commande facts, et utilisez 👎 pour que les curateurs puissent corriger."
    ),
    "smalltalk.identity": (
        "Je suis factbot : je réponds à partir d'une base de faits choisis et sourcés — chaque "
        "réponse cite sa phrase source et convertit ses unités. Demandez avec vos propres mots, "
        "ou parcourez les faits."
    ),
    "term.and": "et",
    "term.yes": "Oui",
    "term.no": "Non",
    "term.more": "plus",
    "term.more_than": "plus de",
    "term.at_least": "au moins",
    "term.less_than": "moins de",
    "term.at_most": "au plus",
    "term.less": "moins",
    "term.last": "dernier",
    "term.figure": "chiffre",
    "term.date": "date",
    "term.whole": "l'ensemble",
    "term.that": "cela",
    "term.countries": "pays",
    "term.regions": "régions",
    "term.places": "lieux",
    "term.people": "personnes",
    "term.organisations": "organisations",
    "term.years": "années",
    "term.substances": "substances",
    "term.items": "éléments",
    "language.de": "allemand",
    "language.es": "espagnol",
    "language.fr": "français",
    "language.it": "italien",
    "language.nl": "néerlandais",
    "language.pt": "portugais",
    "language.pl": "polonais",
}

ORDINALS: Final[Mapping[str, tuple[Sequence[str], str]]] = {
    "en": (("first", "second", "third", "fourth", "fifth", "sixth", "seventh"), "{n}th"),
    "nl": (("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende"), "{n}e"),
    "fr": (
        ("premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième"),
        "{n}e",
    ),
}
"""Ranks as words up to the seventh, then as figures."""

FRACTIONS: Final[Mapping[str, Mapping[int, tuple[str, str]]]] = {
    "en": {2: ("half", "{count} halves"), 3: ("a third", "{count} thirds"),
           4: ("a quarter", "{count} quarters"), 5: ("a fifth", "{count} fifths"),
           10: ("a tenth", "{count} tenths")},
    "nl": {2: ("de helft", "{count} helften"), 3: ("een derde", "{count} derde"),
           4: ("een kwart", "{count} kwart"), 5: ("een vijfde", "{count} vijfde"),
           10: ("een tiende", "{count} tiende")},
    "fr": {2: ("la moitié", "{count} moitiés"), 3: ("un tiers", "{count} tiers"),
           4: ("un quart", "{count} quarts"), 5: ("un cinquième", "{count} cinquièmes"),
           10: ("un dixième", "{count} dixièmes")},
}  # fmt: skip
"""How each language says one part, and several parts, of a whole."""

SMALL_NUMBERS: Final[Mapping[str, Sequence[str]]] = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "nl": ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
}
"""Two to nine as words, for fractions ('two thirds')."""

CATALOGUE: Final[Mapping[str, Mapping[str, str]]] = {"en": ENGLISH, "nl": DUTCH, "fr": FRENCH}
LANGUAGES: Final = tuple(CATALOGUE)
"""The languages the bot's own sentences can be written in."""


class Wording:
    """Words what the engine decided in one language, English where a sentence is missing."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language if language in CATALOGUE else DEFAULT_LANGUAGE
        self._sentences = CATALOGUE[self.language]

    def __call__(self, key: str | Said, **fields: Value) -> str:
        """One sentence, filled in: `wording("decline.why", answer=…)` or `wording(said)`."""
        if isinstance(key, Said):
            fields = {**key.fields, **fields}
            key = key.key
        template = self._sentences.get(key) or ENGLISH[key]
        if not fields:
            return template
        return template.format(**{name: self.value(v) for name, v in fields.items()})

    def value(self, value: Value) -> str:
        """A field as text in this language."""
        if isinstance(value, Said):
            return self(value)
        if isinstance(value, Term):
            return self(f"term.{value.key}")
        if isinstance(value, Nth):
            return self.ordinal(value.n)
        if isinstance(value, Portion):
            return self.fraction(value.fraction)
        if isinstance(value, tuple):
            return self.join(value)
        return str(value)

    def join(self, names: Sequence[str]) -> str:
        """'A, B and C', with this language's 'and'."""
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + f" {self('term.and')} " + names[-1]

    def ordinal(self, n: int) -> str:
        words, beyond = ORDINALS[self.language]
        return words[n - 1] if 1 <= n <= len(words) else beyond.format(n=n)

    def fraction(self, fraction: float) -> str:
        """0.5 → 'half', 0.25 → 'a quarter', 2/3 → 'two thirds', as the question said it."""
        for denominator, (one, many) in FRACTIONS[self.language].items():
            count = round(fraction * denominator)
            if count and abs(count / denominator - fraction) < 1e-9:
                if count == 1:
                    return one
                numbers = SMALL_NUMBERS[self.language]
                word = numbers[count - 2] if 2 <= count <= len(numbers) + 1 else str(count)
                return many.format(count=word)
        return format_number(fraction)

    def has(self, key: str) -> bool:
        return key in ENGLISH


ENGLISH_WORDING: Final = Wording()
"""The default: English, shared by every engine that speaks it."""
