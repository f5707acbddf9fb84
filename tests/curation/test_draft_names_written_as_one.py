"""A draft reads a name written as one word ('TimeWarner') when a reader writes it in two
('Time Warner') or by its initials ('TW'), takes 'Bros' for a company, counts the plural a
'how many' ends on ('how many older arcade games'), reads 'everybody' as 'everyone', 'cost'
as what a thing 'will retail for' and 'go on sale' as 'launch'. The text is original, written
for these tests."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown
from tests.curation.test_drafting import drafted_engine, facts_of

CONSOLE = """\
Pixelworks handheld given spring date

Games firm PixelWorks will launch its Lumo handheld in Europe on 4 April.

The machine will retail for £89 in the UK, while its 12 launch games will cost between £15 and £25.

The Lumo can play the back catalogue of 400 older arcade games made for its predecessor.

Everyone wanted to see the four player Kart Rally, said analyst Dana Hobb.

PixelWorks said its film studio, Hobb Bros, made a loss of £3m.

PixelWorks also faces an inquiry by the Gaming Standards Board into its accounts.

It has already offered to pay £2m to settle the claims, in a deal under review by the board.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("console"), "console", CONSOLE)


def test_a_name_written_as_one_is_read_in_two_words_and_by_its_initials(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    import yaml

    root = tmp_path_factory.mktemp("console-lexicon")
    drafted_engine(root, "console", CONSOLE)
    lexicon = yaml.safe_load((root / "knowledge" / "console" / "lexicon.yaml").read_text())
    organisations = lexicon["entities"]["organisation"]
    assert {"pixel works", "pw"} <= set(organisations["pixelworks"])
    assert "hobb bros" in organisations  # a company, not a person
    assert facts_of(root / "knowledge" / "console")


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("When will Pixel Works launch the Lumo in Europe?", "4 April"),
        ("How much will the Lumo cost in the UK?", "£89"),
        ("When does the Lumo go on sale in Europe?", "4 April"),
        ("How much has PW offered to pay to settle the claims?", "£2m"),  # 'It' of PixelWorks
        ("How many older arcade games can the Lumo play?", "400"),
        ("What did everybody want to see?", "Kart Rally"),
    ],
)
def test_a_readers_words_reach_the_sentence(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)
    text = render_markdown(answer)
    assert answer.answered, text
    assert shown in text


def test_a_word_ending_in_co_or_brothers_makes_no_company(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    import yaml

    root = tmp_path_factory.mktemp("farm")
    text = (
        "Farm prices fall\n\nLena Ortiz, a tobacco farmer, said prices fell by a third.\n\n"
        "Tom Hale, the youngest of four brothers, runs the family farm.\n"
    )
    drafted_engine(root, "farm", text)
    lexicon = yaml.safe_load((root / "knowledge" / "farm" / "lexicon.yaml").read_text())
    people = lexicon["entities"].get("person", {})
    assert "lena ortiz" in people
    assert "tom hale" in people
