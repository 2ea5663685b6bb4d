"""Market moves in both languages: what falls or rises, by how much, to what level; and what stands at a level."""

import pytest

from kg.model import Entity
from kg.pipeline import read_text


def moves(text: str, lang: str) -> list[tuple[str, str, str, dict[str, list[str]]]]:
    found = []
    for fact in read_text(text, lang):
        if fact.relation.local_name in ("falls", "rises", "standsAt"):
            qualifiers: dict[str, list[str]] = {}
            for role, value in fact.qualifiers:
                qualifiers.setdefault(role, []).append(value.label if isinstance(value, Entity) else value)
            found.append((fact.subject.label, fact.relation.local_name, fact.object.label, qualifiers))
    return found


def test_a_french_index_loses_points_to_a_level():
    found = moves("L'indice Dax a perdu 52,10 points (0,61%) à 8 500,20 et le Cac a gagné 3 points.", "fr")
    assert ("Dax", "falls", "52,10 points", {"quantity": ["8 500,20", "0,61%"]}) in found
    assert any(s == "Cac" and p == "rises" and o == "3 points" for s, p, o, _ in found)
    assert not any(f.relation.local_name in ("loses", "sells") for f in read_text("Le Cac a cédé 3 points.", "fr"))


def test_a_french_direction_noun_with_and_without_amount():
    assert [m[:3] for m in moves("La Bourse de Milan a fini en hausse de 1,2% lundi.", "fr")] == [
        ("Bourse de Milan", "rises", "1,2%")]
    assert [m[:3] for m in moves("Les Bourses asiatiques en baisse", "fr")] == [
        ("Bourses asiatiques", "falls", "baisse")]


def test_english_moves_by_verb_and_after_a_copula():
    assert moves("Copper fell 12 cents to $3.40 a pound.", "en") == [
        ("Copper", "falls", "12 cents", {"quantity": ["$3.40"]})]
    assert [m[:3] for m in moves("Wheat was up 2 percent on Tuesday.", "en")] == [("Wheat", "rises", "2 percent")]
    assert not moves("The senator dropped the charges.", "en")
    assert not moves("Newspapers can be fined up to 20 million shillings.", "en")
    assert [m[:3] for m in moves("The Halden index closed up 1.2 percent.", "en")] == [
        ("Halden index", "rises", "1.2 percent")]


def test_an_english_move_by_a_unit_written_in_two_words_keeps_the_unit():
    """`per cent`, which the parser splits from its number, is one phrase with it, as `percent` is."""
    assert [m[:3] for m in moves("Valtek shares rose 5 per cent on Friday.", "en")] == [("Valtek", "rises",
                                                                                          "5 per cent")]
    assert [m[:3] for m in moves("Unemployment rose to 8 per cent.", "en")] == [("Unemployment", "rises",
                                                                                  "8 per cent")]


def test_an_english_amount_with_its_magnitude_is_one_word_and_ends_its_sentence():
    """`$12m.`: the tokenizer split `m` off as a unit (the tagger then read it as a verb) or kept `m.` as an initial,
    which joined the next sentence to this one."""
    text = "Orvane's revenue rose 8 per cent to $12m. Valtek hired Tom Harding."
    assert ("Orvane", "rises", "8 per cent", {"quantity": ["$12m"], "topic": ["revenue"]}) in moves(text, "en")
    assert not any(f.relation.local_name == "employs" and f.subject.label != "Valtek" for f in read_text(text, "en"))
    assert ("Valtek", "rises", "£2bn", {"topic": ["profit"]}) in moves("Valtek's profit rose to £2bn.", "en")
    assert [f.object.label for f in read_text("Orvane spent the S$66m on new plants.", "en")] == ["S$66m"]


@pytest.mark.parametrize(("lang", "text", "owner", "measure"), [
    ("en", "Harlow Corp's revenue rose 5 percent in March.", "Harlow Corp", "revenue"),
    ("fr", "Le chiffre d'affaires de Vinalys a progressé de 5 % en mars.", "Vinalys", "chiffre d'affaires"),
    ("fr", "Le groupe Vinalys a publié ses comptes. Son chiffre d'affaires a progressé de 5 %.", "Vinalys",
     "chiffre d'affaires"),
    ("en", "Revenue at Valtek rose 12% in the third quarter.", "Valtek", "Revenue"),
    ("fr", "Les ventes chez Valtek ont progressé de 3 %.", "Valtek", "ventes"),
])
def test_a_measure_that_moves_is_its_owners_move_with_the_measure_as_topic(lang, text, owner, measure):
    (fact,) = [f for f in read_text(text, lang) if f.relation.local_name == "rises"]
    assert fact.subject.label == owner
    assert ("topic", measure) in [(r, getattr(v, "label", v)) for r, v in fact.qualifiers]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Parmi les valeurs, Vinalys (-3,12%) recule nettement et Bolt (+1,5 %) progresse.",
     {("Vinalys", "falls", "3,12%"), ("Bolt", "rises", "1,5 %")}),
    ("en", "Among stocks, Vinalys (-3.12%) slid while Bolt (+1.5 percent) gained.",
     {("Vinalys", "falls", "3.12%"), ("Bolt", "rises", "1.5 percent")}),
])
def test_a_signed_change_in_brackets_after_a_name(lang, text, expected):
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text(text, lang)}
    assert expected <= found, found
    assert not any(p == "instanceOf" for _, p, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Valtek posted a 20 per cent rise in profit.", ("Valtek", "rises", "20 per cent")),
    ("Valtek saw a 5% drop in sales.", ("Valtek", "falls", "5%")),
    ("Valtek reported a rise of 3% in revenue.", ("Valtek", "rises", "3%")),
])
def test_an_english_verb_carrying_a_move_noun_moves_its_subject_by_the_amount(text, expected):
    assert expected in {(s, p, o) for s, p, o, _ in moves(text, "en")}


@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("en", "Valtek saw a 5% drop in sales in the third quarter.", "sales"),
    ("en", "Valtek reported a rise of 3% in revenue.", "revenue"),
    ("fr", "Valtek a enregistré une hausse de 20 % de son bénéfice.", "bénéfice"),
])
def test_a_move_carried_by_a_verb_says_what_it_is_of(lang, text, measure):
    (move,) = moves(text, lang)
    assert move[0] == "Valtek" and move[3]["topic"] == [measure]


def test_when_a_carried_move_happened_may_be_said_on_what_it_is_of():
    (move,) = moves("Valtek a enregistré une baisse de 5 % de ses ventes au premier trimestre.", "fr")
    assert move[3]["date"] == ["premier trimestre"]


def test_an_english_measure_names_its_owner_with_of():
    assert [(s, p, o) for s, p, o, _ in moves("Shares of Vinalys fell 5% on Monday.", "en")] == [
        ("Vinalys", "falls", "5%")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Corvan's revenue rebounded to 7.8 percent in the third quarter.", ("Corvan", "rises", "7.8 percent")),
    ("fr", "Le chômage a reculé à 7,5 % en mars.", ("chômage", "falls", "7,5 %")),
])
def test_a_move_to_a_level_without_an_amount_moves_to_that_level(lang, text, expected):
    found = moves(text, lang)
    assert [(s, p, o) for s, p, o, _ in found] == [expected]
    assert "quantity" not in found[0][3]  # the level is the object, not also a qualifier


def test_a_verb_carrying_a_move_gives_its_subject_s_move_and_no_fact_of_its_own():
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text("L'indice Karvex enregistre une baisse de 2 % vendredi.", "fr")}
    assert ("Karvex", "falls", "2 %") in found, found
    assert not any(p == "enregistrer" for _, p, _ in found), found


def test_a_move_keeps_who_it_does_not_hold_for_and_why():
    facts = read_text("A l'exception de Lyon, les principales Bourses de la région évoluent en baisse vendredi.", "fr")
    assert any(f.relation.local_name == "falls" and ("exception", "Lyon") in
               [(role, getattr(v, "label", v)) for role, v in f.qualifiers] for f in facts), facts
    facts = read_text("L'indice Karvex a reculé de 2 % en raison de la crise bancaire.", "fr")
    assert any(f.relation.local_name == "falls" and ("reason", "crise bancaire") in
               [(role, getattr(v, "label", v)) for role, v in f.qualifiers] for f in facts), facts


def test_a_clause_with_its_own_passive_subject_moves_that_subject():
    found = [m[:3] for m in moves("Les Bourses de la région évoluent en baisse, tandis que le Karvex est attendu "
                                  "en hausse.", "fr")]
    assert ("Karvex", "rises", "hausse") in found, found
    assert not any(s.startswith("Bourses") and p == "rises" for s, p, _ in found), found


def test_a_participle_agreeing_with_the_subject_not_with_the_noun_it_is_hung_on():
    facts = read_text("Les principales Bourses de la région évoluent en baisse vendredi à mi-séance, pénalisées "
                      "par les résultats décevants de Vinalys.", "fr")
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in facts}
    assert any(p == "affects" and o.startswith("principales Bourses") for _, p, o in found) or any(
        s.startswith("résultats") and o.startswith("principales Bourses") for s, _, o in found), found
    assert not any(o in ("baisse", "mi-séance") for s, p, o in found if s.startswith("résultats")), found


@pytest.mark.parametrize(("text", "subject", "direction"), [
    ("The Vantrel index closed 1.2% higher on Friday.", "Vantrel index", "rises"),
    ("Halden shares ended 3% lower on Monday.", "Halden", "falls"),
])
def test_a_close_higher_or_lower_is_a_move(text, subject, direction):
    """`higher` and `lower` are lemmatised `high` and `low`: the move's direction is read from either form."""
    assert any(s == subject and p == direction for s, p, _, _ in moves(text, "en")), moves(text, "en")


def test_a_measure_of_a_named_class_noun_moves_for_the_name():
    facts = [f for f in read_text("L'action de la banque Lumen a plongé de 20 % jeudi.", "fr")
             if f.relation.local_name == "falls"]
    assert [(f.subject.label, dict(f.qualifiers)["topic"].label) for f in facts] == [("Lumen", "action")], facts


def test_a_day_without_a_preposition_dates_a_french_move():
    """`a chuté de 8 % mardi`, the day parsed on the amount: a date, not a part of the amount."""
    assert ("Valtek", "falls", "8 %", {"date": ["mardi"]}) in moves("L'action Valtek a chuté de 8 % mardi.", "fr")


@pytest.mark.parametrize(("text", "lang"), [("Orvane shares fell 8% in New York.", "en"),
                                            ("L'action Orvane a chuté de 8 % à Paris.", "fr")])
def test_a_movement_verb_makes_no_fact_of_where_the_move_happened(text, lang):
    facts = read_text(text, lang)
    assert [f.relation.local_name for f in facts] == ["falls"]  # (not a minted `fallIn New York`)


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("fr", "Le chômage a reculé de 0,3 point au troisième trimestre, selon l'Insee.", "Insee"),
    ("fr", "Selon l'Insee, le chômage a reculé de 0,3 point.", "Insee"),
    ("en", "Unemployment fell 0.3 points in the third quarter, according to Statistics Canada.", "Statistics Canada"),
])
def test_a_move_keeps_whom_it_is_reported_by(lang, text, source):
    (move,) = moves(text, lang)
    assert move[3].get("source") == [source], move


@pytest.mark.parametrize(("lang", "text"), [("en", "The rebels advanced 20 kilometres on Monday."),
                                            ("fr", "Les rebelles ont progressé de 20 kilomètres lundi.")])
def test_a_distance_covered_is_no_move(lang, text):
    assert moves(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Inflation slowed to 2.4% in November.", ("Inflation", "falls", "2.4%")),
    ("fr", "L'inflation a ralenti à 2,4 % en novembre.", ("inflation", "falls", "2,4 %")),
    ("en", "Growth accelerated to 3.1% in the second quarter.", ("Growth", "rises", "3.1%")),
])
def test_a_process_measured_moves_too(lang, text, expected):
    """Inflation, growth, production are processes (kg drops most facts about abstractions), and measures that move."""
    assert expected in {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
                        for f in read_text(text, lang)}


def test_a_french_close_with_a_direction_is_a_move_and_no_fact_of_its_own():
    facts = read_text("L'indice Brimex a clôturé en hausse de 1,2 % à 7 350 points.", "fr")
    assert [(f.relation.local_name, f.object.label) for f in facts] == [("rises", "1,2 %")]


@pytest.mark.parametrize(("text", "direction"), [
    ("Le taux de chômage est tombé à 7,1 % au troisième trimestre.", "falls"),
    ("Le titre Valtek a dévissé de 12 %.", "falls"),
    ("Le titre Valtek s'est envolé de 12 %.", "rises"),
])
def test_a_french_fall_or_soar_is_a_move(text, direction):
    assert [p for _, p, _, _ in moves(text, "fr")] == [direction]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "L'inflation s'est établie à 2,4 % en octobre, selon l'Insee.",
     ("inflation", "standsAt", "2,4 %", {"date": ["octobre"], "source": ["Insee"]})),
    ("fr", "Le taux de chômage atteint 7,3 % au troisième trimestre.",
     ("taux de chômage", "standsAt", "7,3 %", {"date": ["troisième trimestre"]})),
    ("fr", "Les pertes de Valtek s'élèvent à 3 milliards d'euros.",
     ("Valtek", "standsAt", "3 milliards d'euros", {"topic": ["pertes"]})),
    ("en", "Inflation stood at 2.4% in October.", ("Inflation", "standsAt", "2.4%", {"date": ["October"]})),
    ("en", "The jobless rate reached 7.3% in May.", ("jobless rate", "standsAt", "7.3%", {"date": ["May"]})),
])
def test_a_figure_stands_at_the_level_its_verb_gives(lang, text, expected):
    assert moves(text, lang) == [expected]


def test_a_verb_of_a_level_without_an_amount_is_another_verb():
    assert not moves("Valtek a établi son siège à Paris.", "fr")
    assert not moves("Brimex reached an agreement with Valtek.", "en")
    assert ("Tom Hale", "standIn", "Leeds") in {(f.subject.label, f.relation.local_name, f.object.label)
                                                for f in read_text("Tom Hale stood in Leeds in 2010.", "en")}

