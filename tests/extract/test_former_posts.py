"""A post held before (`l'ancien patron de X`, `ex-PDG`, `the former chief executive of X`): the employer and the
body led are still facts, dated by the word that says the post is past. Sentences written for these tests."""

import pytest

from kg.model import Entity
from kg.pipeline import read_text


def dates(text: str, lang: str) -> dict[tuple[str, str], str | None]:
    """(relation, object) -> the date qualifier of each employer and leader fact."""
    return {(f.relation.local_name, f.object.label): next(
        (value.label if isinstance(value, Entity) else value for role, value in f.qualifiers if role == "date"), None)
        for f in read_text(text, lang) if f.relation.local_name in ("worksFor", "leads")}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "L'ancien patron de Brimex, Paul Durand, a été mis en examen.", "ancien"),
    ("fr", "Paul Durand, ex-PDG de Brimex, a été mis en examen.", "ex"),
    ("en", "Tom Harding, the former chief executive of Brimex, was charged.", "former"),
])
def test_a_former_post_is_dated_as_before(lang, text, word):
    assert dates(text, lang) == {("worksFor", "Brimex"): word, ("leads", "Brimex"): word}


def test_a_current_post_has_no_such_date():
    assert dates("Paul Durand, PDG de Brimex, a été mis en examen.", "fr") == {
        ("worksFor", "Brimex"): None, ("leads", "Brimex"): None}
