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
