"""A kept rendering is the rendering: the same answer shows the same embed or text, per language."""

from __future__ import annotations

from bot.discord.answering import Answerer
from bot.discord.cooldowns import QuestionCooldown
from bot.discord.embeds import answer_embed, answer_text
from bot.discord.replies import Responder
from bot.discord.words import Words, in_language
from bot.engine.serving import ServingEngines

HINT = "Browse everything I know with `!facts` or `/facts`."


def test_an_answer_given_again_is_shown_as_it_was_the_first_time(live: ServingEngines) -> None:
    words = Words({1: "nl"})
    responder = Responder(Answerer(live), QuestionCooldown(5, 60), browse_hint=HINT, words=words)
    answer = live.current.ask("How much cocaine did Belgium seize?")
    dutch_hint = in_language("nl")["answer.browse"].format(prefix="!")

    for _ in range(2):
        _, embed = responder.render(answer, embed_ok=True)
        assert embed is not None
        assert embed.to_dict() == answer_embed(answer, browse_hint=HINT).to_dict()
        _, dutch = responder.render(answer, embed_ok=True, guild_id=1)
        assert dutch is not None
        expected = answer_embed(answer, browse_hint=dutch_hint, words=in_language("nl"))
        assert dutch.to_dict() == expected.to_dict()
        content, none = responder.render(answer, embed_ok=False)
        assert none is None
        assert content == answer_text(answer, browse_hint=HINT, words=in_language("en"))
    assert embed is responder.render(answer, embed_ok=True)[1]
