"""The bot's own words in each guild's language (/language): headings, buttons, refusals.

Only the words front ends write are here; a quote and the answer drawn from it stay in the
source's language. A key missing in a language falls back to English, so a half-translated
catalogue still says something. Which language each guild chose is held in memory, read from
the store at start-up and changed by /language.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Final

from bot.engine.wording import DEFAULT_LANGUAGE

ENGLISH: Final[Mapping[str, str]] = {
    "limits.channel": "🚫 I only answer in {channels} on this server.",
    "limits.role": "🚫 On this server only members with {roles} can use me.",
    "limits.dm_members": "🚫 I answer DMs only for members of a server I'm in.",
    "limits.dm_nobody": "🚫 I don't answer DMs; ask me in a server instead.",
    "limits.heading": "🔒 **Limits on this server**",
    "limits.show_channels": "• Channels where I answer: {channels}",
    "limits.show_roles": "• Roles that may use me: {roles}",
    "limits.show_exempt": "• Roles my cooldown never slows: {roles}",
    "limits.every_channel": "every channel",
    "limits.everyone": "everyone",
    "limits.nobody": "none",
    "limits.admins_pass": "Members with **Manage Server** are never limited.",
    "teach.who": (
        "Only members with **Manage Messages** or **Manage Server** can teach me on this server."
    ),
    "teach.done": (
        "🎓 Taught: “{question}” is now answered from **{topic}** (`{fact}`) on this server. "
        "Curators can fold it into the pack files with `kb gaps --taught`."
    ),
    "teach.no_fact": "I know no fact `{fact}` here; pick one from the list as you type.",
    "teach.too_long": "A question to teach needs 1 to 300 characters.",
    "teach.gone": "That question is no longer among the gaps; teach it with `/teach`.",
    "teach.pick": "🎓 Which fact answers “{question}”?",
    "teach.placeholder": "Pick the fact that answers it",
    "gaps.heading": "🕳️ **Asked here, not answered well** (most asked first):",
    "gaps.footer": "Press Teach to pick the fact that answers one, or use `/teach`.",
    "gaps.none": "No unanswered questions recorded on this server. 🎉",
    "autoanswer.on": (
        "✅ Passive answers are on in {channel}: I'll answer questions I'm clearly sure of "
        "when nobody else has, with a Dismiss button for the asker."
    ),
    "autoanswer.off": "Passive answers are off in {channel}.",
    "lookup.dm": (
        "🔍 You asked in {channel}: “{question}”. I wasn't sure enough to answer there — "
        "did you mean one of these?"
    ),
    "lookup.reply": "🔍 {asker}, did you mean one of these? (“{question}”)",
    "store.none": "Settings are not being kept right now, so this cannot be changed.",
    "language.now": "🗣️ I speak **{name}** on this server. Quotes stay in their source's language.",
    "answer.figures": "📏 Figures",
    "answer.working": "🧮 Working",
    "answer.notes": "ℹ️ Notes",
    "answer.read_as": "✏️ Read as",
    "answer.source": "📖 Source",
    "answer.source_n": "📖 Source {number}",
    "answer.did_you_mean": "🤔 Did you mean",
    "answer.closest": "🧭 Closest topics I do know",
    "answer.fact": "Fact",
    "answer.facts": "Facts",
    "answer.confidence": "confidence",
    "answer.browse": "Browse everything I know with `{prefix}facts` or `/facts`.",
    "text.did_you_mean": "Did you mean:",
    "text.closest": "Closest topics I do know:",
    "text.read_as": "↪ read as: {question}",
    "text.corrected": "✏️ Read as: {fixed}",
    "button.helpful": "Helpful",
    "button.not_helpful": "Not helpful",
    "button.dismiss": "Dismiss",
    "button.teach": "Teach",
    "cooldown.wait": "⏳ You're asking faster than I can keep up — please wait {seconds} {unit}.",
    "cooldown.second": "second",
    "cooldown.seconds": "seconds",
}

DUTCH: Final[Mapping[str, str]] = {
    "limits.channel": "🚫 Op deze server antwoord ik alleen in {channels}.",
    "limits.role": "🚫 Op deze server kunnen alleen leden met {roles} mij gebruiken.",
    "limits.dm_members": "🚫 Ik beantwoord DM's alleen voor leden van een server waar ik in zit.",
    "limits.dm_nobody": "🚫 Ik beantwoord geen DM's; stel je vraag in een server.",
    "limits.heading": "🔒 **Beperkingen op deze server**",
    "limits.show_channels": "• Kanalen waar ik antwoord: {channels}",
    "limits.show_roles": "• Rollen die mij mogen gebruiken: {roles}",
    "limits.show_exempt": "• Rollen zonder wachttijd: {roles}",
    "limits.every_channel": "alle kanalen",
    "limits.everyone": "iedereen",
    "limits.nobody": "geen",
    "limits.admins_pass": "Leden met **Server beheren** worden nooit beperkt.",
    "teach.who": (
        "Alleen leden met **Berichten beheren** of **Server beheren** kunnen mij hier iets leren."
    ),
    "teach.done": (
        "🎓 Geleerd: “{question}” wordt op deze server nu beantwoord met **{topic}** "
        "(`{fact}`). Beheerders nemen het op in de pakketbestanden met `kb gaps --taught`."
    ),
    "teach.no_fact": "Ik ken hier geen feit `{fact}`; kies er een uit de lijst tijdens het typen.",
    "teach.too_long": "Een vraag om te leren heeft 1 tot 300 tekens.",
    "teach.gone": "Die vraag staat niet meer tussen de hiaten; leer ze met `/teach`.",
    "teach.pick": "🎓 Welk feit beantwoordt “{question}”?",
    "teach.placeholder": "Kies het feit dat het beantwoordt",
    "gaps.heading": "🕳️ **Hier gevraagd, niet goed beantwoord** (meest gevraagd eerst):",
    "gaps.footer": "Kies met Leren het feit dat er een beantwoordt, of gebruik `/teach`.",
    "gaps.none": "Geen onbeantwoorde vragen op deze server. 🎉",
    "autoanswer.on": (
        "✅ Passieve antwoorden staan aan in {channel}: ik beantwoord vragen waar ik echt "
        "zeker van ben als niemand anders dat deed, met een knop Wegdoen voor wie vroeg."
    ),
    "autoanswer.off": "Passieve antwoorden staan uit in {channel}.",
    "lookup.dm": (
        "🔍 Je vroeg in {channel}: “{question}”. Ik was niet zeker genoeg om daar te "
        "antwoorden — bedoelde je een van deze?"
    ),
    "lookup.reply": "🔍 {asker}, bedoelde je een van deze? (“{question}”)",
    "store.none": "Instellingen worden nu niet bewaard, dus dit kan niet veranderen.",
    "language.now": "🗣️ Ik spreek **{name}** op deze server. Citaten blijven in hun brontaal.",
    "answer.figures": "📏 Cijfers",
    "answer.working": "🧮 Berekening",
    "answer.notes": "ℹ️ Opmerkingen",
    "answer.read_as": "✏️ Gelezen als",
    "answer.source": "📖 Bron",
    "answer.source_n": "📖 Bron {number}",
    "answer.did_you_mean": "🤔 Bedoelde je",
    "answer.closest": "🧭 Onderwerpen die ik wel ken",
    "answer.fact": "Feit",
    "answer.facts": "Feiten",
    "answer.confidence": "zekerheid",
    "answer.browse": "Bekijk alles wat ik weet met `{prefix}facts` of `/facts`.",
    "text.did_you_mean": "Bedoelde je:",
    "text.closest": "Onderwerpen die ik wel ken en die hierbij liggen:",
    "text.read_as": "↪ gelezen als: {question}",
    "text.corrected": "✏️ Gelezen als: {fixed}",
    "button.helpful": "Nuttig",
    "button.not_helpful": "Niet nuttig",
    "button.dismiss": "Wegdoen",
    "button.teach": "Leren",
    "cooldown.wait": "⏳ Je vraagt sneller dan ik kan volgen — wacht {seconds} {unit}.",
    "cooldown.second": "seconde",
    "cooldown.seconds": "seconden",
}

FRENCH: Final[Mapping[str, str]] = {
    "limits.channel": "🚫 Sur ce serveur, je ne réponds que dans {channels}.",
    "limits.role": "🚫 Sur ce serveur, seuls les membres avec {roles} peuvent m'utiliser.",
    "limits.dm_members": (
        "🚫 Je ne réponds en message privé qu'aux membres d'un serveur où je suis."
    ),
    "limits.dm_nobody": "🚫 Je ne réponds pas en message privé ; posez la question sur un serveur.",
    "limits.heading": "🔒 **Limites sur ce serveur**",
    "limits.show_channels": "• Salons où je réponds : {channels}",
    "limits.show_roles": "• Rôles qui peuvent m'utiliser : {roles}",
    "limits.show_exempt": "• Rôles sans délai d'attente : {roles}",
    "limits.every_channel": "tous les salons",
    "limits.everyone": "tout le monde",
    "limits.nobody": "aucun",
    "limits.admins_pass": "Les membres avec **Gérer le serveur** ne sont jamais limités.",
    "teach.who": (
        "Seuls les membres avec **Gérer les messages** ou **Gérer le serveur** peuvent "
        "m'apprendre quelque chose ici."
    ),
    "teach.done": (
        "🎓 Appris : « {question} » reçoit désormais sur ce serveur la réponse **{topic}** "
        "(`{fact}`). Les curateurs l'intègrent aux fichiers du pack avec `kb gaps --taught`."
    ),
    "teach.no_fact": "Je ne connais pas de fait `{fact}` ici ; choisissez-en un dans la liste.",
    "teach.too_long": "Une question à apprendre fait de 1 à 300 caractères.",
    "teach.gone": "Cette question n'est plus parmi les lacunes ; apprenez-la avec `/teach`.",
    "teach.pick": "🎓 Quel fait répond à « {question} » ?",
    "teach.placeholder": "Choisissez le fait qui y répond",
    "gaps.heading": "🕳️ **Demandé ici, mal répondu** (les plus demandées d'abord) :",
    "gaps.footer": "Appuyez sur Apprendre pour choisir le fait qui y répond, ou utilisez `/teach`.",
    "gaps.none": "Aucune question sans réponse sur ce serveur. 🎉",
    "autoanswer.on": (
        "✅ Les réponses passives sont activées dans {channel} : je réponds aux questions dont "
        "je suis vraiment sûr quand personne ne l'a fait, avec un bouton Retirer pour l'auteur."
    ),
    "autoanswer.off": "Les réponses passives sont désactivées dans {channel}.",
    "lookup.dm": (
        "🔍 Vous avez demandé dans {channel} : « {question} ». Je n'étais pas assez sûr pour "
        "répondre là-bas — vouliez-vous dire l'un de ceux-ci ?"
    ),
    "lookup.reply": "🔍 {asker}, vouliez-vous dire l'un de ceux-ci ? (« {question} »)",
    "store.none": "Les réglages ne sont pas conservés en ce moment ; impossible de changer ceci.",
    "language.now": (
        "🗣️ Je parle **{name}** sur ce serveur. Les citations restent dans la langue de leur source."
    ),
    "answer.figures": "📏 Chiffres",
    "answer.working": "🧮 Calcul",
    "answer.notes": "ℹ️ Remarques",
    "answer.read_as": "✏️ Lu comme",
    "answer.source": "📖 Source",
    "answer.source_n": "📖 Source {number}",
    "answer.did_you_mean": "🤔 Vouliez-vous dire",
    "answer.closest": "🧭 Sujets proches que je connais",
    "answer.fact": "Fait",
    "answer.facts": "Faits",
    "answer.confidence": "confiance",
    "answer.browse": "Parcourez tout ce que je sais avec `{prefix}facts` ou `/facts`.",
    "text.did_you_mean": "Vouliez-vous dire :",
    "text.closest": "Sujets proches que je connais :",
    "text.read_as": "↪ lu comme : {question}",
    "text.corrected": "✏️ Lu comme : {fixed}",
    "button.helpful": "Utile",
    "button.not_helpful": "Pas utile",
    "button.dismiss": "Retirer",
    "button.teach": "Apprendre",
    "cooldown.wait": "⏳ Vous demandez plus vite que je ne suis — attendez {seconds} {unit}.",
    "cooldown.second": "seconde",
    "cooldown.seconds": "secondes",
}

CATALOGUE: Final[dict[str, Mapping[str, str]]] = {"en": ENGLISH, "nl": DUTCH, "fr": FRENCH}
LANGUAGE_NAMES: Final[Mapping[str, str]] = {"en": "English", "nl": "Nederlands", "fr": "français"}
LANGUAGE_SETTING: Final = "language"
"""The guild setting (bot/store/guild_settings.py) that holds a guild's language code."""


class Words:
    """Looks up the bot's words in a guild's chosen language."""

    def __init__(self, chosen: Mapping[int, str] | None = None) -> None:
        self.chosen: dict[int, str] = dict(chosen or {})

    def language(self, guild_id: int | None) -> str:
        """The guild's language; DMs and guilds that chose none speak English."""
        if guild_id is None:
            return DEFAULT_LANGUAGE
        return self.chosen.get(guild_id, DEFAULT_LANGUAGE)

    def catalogue(self, guild_id: int | None) -> Mapping[str, str]:
        """Every word in the guild's language, English where a translation is missing."""
        return in_language(self.language(guild_id))

    def get(self, guild_id: int | None, key: str, **fields: object) -> str:
        """One message, filled in; English when the guild's language lacks it."""
        text = CATALOGUE.get(self.language(guild_id), ENGLISH).get(key) or ENGLISH[key]
        return text.format(**fields) if fields else text


@cache
def in_language(language: str) -> Mapping[str, str]:
    """Every word in a language, English where a translation is missing: merged once and
    read-only, as every answer reads it twice."""
    return MappingProxyType({**ENGLISH, **CATALOGUE.get(language, ENGLISH)})
