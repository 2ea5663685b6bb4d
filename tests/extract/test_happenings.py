"""Nouns of what happens to someone (a death, a birth): the noun is of its subject, and its phrases say where.
Sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La mort de Paul Durand à Lyon a surpris ses proches.", ("Paul Durand", "diedIn", "Lyon")),
    ("fr", "Après la naissance de Marie Martin à Nantes, la famille a déménagé.", ("Marie Martin", "bornIn", "Nantes")),
    ("en", "The death of Tom Harding in Leeds shocked the industry.", ("Tom Harding", "diedIn", "Leeds")),
])
def test_a_death_or_a_birth_named_by_a_noun_says_where(lang, text, expected):
    assert expected in triples(text, lang)


def test_who_announces_a_death_is_not_who_died():
    found = triples("Paul Durand a annoncé la mort de Marie Martin à Lyon.", "fr")
    assert ("Marie Martin", "diedIn", "Lyon") in found
    assert not any(subject == "Paul Durand" and relation == "diedIn" for subject, relation, _ in found), found


def test_a_year_after_a_death_is_when_not_where():
    assert not any(relation == "diedIn" for _, relation, _ in triples(
        "La mort de Paul Durand en 1951 a surpris ses proches.", "fr"))


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "Un attentat a fait 12 morts mardi à Kaboul.", "mardi"),
    ("en", "The blast left 12 people dead in Kabul on Tuesday.", "Tuesday"),
])
def test_a_death_toll_keeps_its_place_and_its_day(lang, text, day):
    tolls = [f for f in read_text(text, lang) if f.relation.local_name == "kills"]
    assert tolls, text
    found = {role: getattr(value, "label", value) for role, value in tolls[0].qualifiers}
    assert found.get("date") == day and found.get("place") in ("Kaboul", "Kabul"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Paul Durand, fondateur de Valtek, est mort à 78 ans."),
    ("en", "Tom Harding, the founder of Valtek, died at 78."),
])
def test_an_age_at_death_is_no_place(lang, text):
    assert not any(p == "diedIn" for _, p, _ in triples(text, lang)), triples(text, lang)


def test_the_place_beside_an_age_at_death_is_still_where():
    assert ("Paul Durand", "diedIn", "Lyon") in triples("Paul Durand est mort à Lyon à 78 ans.", "fr")


@pytest.mark.parametrize("text", [
    "The departure of Tom Harding from Valtek surprised analysts.",
    "Tom Harding's resignation from Valtek surprised analysts.",
    "Orvane announced the departure of Tom Harding from Valtek.",
])
def test_the_noun_of_a_verb_without_object_is_of_who_does_it(text):
    """`the departure of X from Y`: X leaves Y (not whoever announced it)."""
    found = triples(text, "en")
    assert ("Tom Harding", "leaves", "Valtek") in found
    assert not any(subject == "Orvane" for subject, _, _ in found)
