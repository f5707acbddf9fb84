"""Names a draft types by what the text says of them: 'the coastal town of X' is a place, a name
with a version number ('Zephyra 2.5') is a product and no place or person, a body named with
'Music', 'Pictures' or 'Software' is an organisation. The text is original, written for these
tests."""

from __future__ import annotations

from bot.curation.names import all_names

LAUNCH = """\
Portline developer ships Zephyra 2.5

Acme Software released Zephyra 2.5 on Monday from its studio in the coastal town of \
Kestwick. Most bugs found in Zephyra 2.0 were fixed. Bramble Music and Orrin \
Pictures said they would use it.
"""


def test_the_town_of_a_name_is_a_place_and_bodies_are_organisations() -> None:
    kinds = {n.display: n.kind for n in all_names(LAUNCH, set())}
    assert kinds["Kestwick"] == "place"
    assert kinds["Acme Software"] == "organisation"
    assert kinds["Bramble Music"] == "organisation"
    assert kinds["Orrin Pictures"] == "organisation"


def test_a_name_with_a_version_number_is_a_product() -> None:
    kinds = {n.display: n.kind for n in all_names(LAUNCH, set())}
    assert kinds.get("Zephyra") is None


SEQUELS = """\
Gamers queue for Harbour Life 2

Harbour Life 2 and Kest Runner 3 topped the chart, ahead of Mia Acme's new puzzle game. \
Jo Bloggs, 30, who designed Harbour Life 2, said the queues surprised her.
"""


def test_a_name_with_a_sequel_number_is_a_product_and_no_person() -> None:
    kinds = {n.display: n.kind for n in all_names(SEQUELS, set())}
    assert kinds.get("Harbour Life") is None
    assert kinds.get("Kest Runner") is None
    assert kinds["Jo Bloggs"] == "person"
    assert kinds["Mia Acme"] == "person"


HEARING = """\
Rowers appear before panel

Kestland rowers Kostas Berg and Katerina Acme appeared before a panel on Monday. Their \
lawyer Gregory Pell told BBC Sport he was confident they would be cleared. The panel's \
chair, Will Bloggs, said it will decide by March.
"""


def test_a_name_opening_on_an_acronym_is_an_organisation() -> None:
    kinds = {n.display: n.kind for n in all_names(HEARING, set())}
    assert kinds["BBC Sport"] == "organisation"
    assert kinds["Gregory Pell"] == "person"


def test_a_given_name_nobody_else_has_names_the_person_unless_it_is_a_word() -> None:
    surfaces = {n.display: n.surfaces for n in all_names(HEARING, set())}
    assert "kostas" in surfaces["Kostas Berg"]
    assert "katerina" in surfaces["Katerina Acme"]
    assert "will" not in surfaces["Will Bloggs"]  # 'it will decide': a word of the text
