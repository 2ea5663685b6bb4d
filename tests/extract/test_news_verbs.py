"""The news verbs of the lexicon (courts, conflict, demands, denials, reports, markets) give ontology properties,
in French and English, on sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def relations(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang) if not f.relation.minted}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le parquet de Lyon accuse Marc Dufresne de fraude fiscale.",
     ("parquet de Lyon", "accuses", "Marc Dufresne")),
    ("fr", "Le tribunal de Nantes a condamné Paul Girard à dix ans de prison.",
     ("tribunal de Nantes", "sentences", "Paul Girard")),
    ("fr", "Le député Jean Morel exige la démission de Claire Vasseur.",
     ("Jean Morel", "demands", "démission de Claire Vasseur")),
    ("fr", "La société Bricoplus a démenti toute fraude.", ("Bricoplus", "denies", "fraude")),
    ("fr", "Le quotidien Ouest-France rapporte l'incident.", ("Ouest-France", "reports", "incident")),
    ("fr", "Sophie Lenoir a quitté la société Vinalys en mars.", ("Sophie Lenoir", "leaves", "Vinalys")),
    ("fr", "Luc Besnard succède à Anne Fabre.", ("Luc Besnard", "succeeds", "Anne Fabre")),
    ("en", "Police in Leeds arrested Tom Harding on Monday.", ("Police", "arrests", "Tom Harding")),
    ("en", "The gunman killed two guards at the Dunmore factory.", ("gunman", "kills", "guards")),
    ("en", "Senator Ann Blake demanded the resignation of Mayor Joe Price.", ("Ann Blake", "demands", "resignation")),
    ("en", "Harlow Corp denied the allegations.", ("Harlow Corp", "denies", "allegations")),
    ("en", "The Daily Courier reported the attack on Tuesday.", ("Daily Courier", "reports", "attack")),
    ("en", "Melva Airlines will charge passengers a fee for hand luggage.", ("Melva Airlines", "charges", "fee")),
])
def test_news_verb_gives_its_property(lang, text, expected):
    found = relations(text, lang)
    assert any(s.endswith(expected[0]) and p == expected[1] and o.endswith(expected[2]) for s, p, o in found), found
