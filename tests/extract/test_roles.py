"""Occupations are roles, in both languages: trades, arts, sciences, medicine and offices (`le pompier X`,
`Speaker X`, `a physician in Toronto`). Sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


@pytest.mark.parametrize(("lang", "text", "person", "title"), [
    ("fr", "La guitariste Marie Martin a quitté le groupe.", "Marie Martin", "guitariste"),
    ("fr", "Paul Durand, psychiatre à Lyon, a témoigné.", "Paul Durand", "psychiatre"),
    ("fr", "Le pompier Tom Harding a été blessé.", "Tom Harding", "pompier"),
    ("en", "Speaker Tom Harding adjourned the session.", "Tom Harding", "Speaker"),
    ("en", "Jane Doe, a physician in Toronto, testified.", "Jane Doe", "physician"),
    ("en", "The guitarist Paul Durand left the band.", "Paul Durand", "guitarist"),
])
def test_an_occupation_is_a_role(lang, text, person, title):
    assert (person, "hasRole", title) in triples(text, lang)


def test_a_word_made_of_a_prefix_and_no_occupation_is_no_role():
    """`sous-marin` is a submarine: `marin` is no role noun, so the prefix makes none."""
    assert not any(p == "hasRole" for _, p, _ in triples("Le sous-marin Orvane a coulé au large de Brest.", "fr"))


def test_people_of_a_role_keep_where_they_work_in_their_mention():
    """`Researchers at the University of Toronto`: the institution names them (but not a person they are at)."""
    assert ("Researchers at the University of Toronto", "develops", "new drug") in triples(
        "Researchers at the University of Toronto developed a new drug.", "en")
