"""Delayed identification: a lead that describes a person before naming them (`kg.extract.lede`).
Sentences written for these tests."""

from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


def test_the_person_named_after_a_described_lead_is_the_one_described():
    found = triples("Un ancien maire de Dunmore a été condamné vendredi à dix ans de prison.\n"
                    "Marc Tellier avait détourné des fonds publics, selon le parquet.", "fr")
    assert ("Marc Tellier", "sentencedTo", "dix ans de prison") in found, found
    assert ("Marc Tellier", "hasRole", "ancien maire de Dunmore") in found, found


def test_english_leads_are_read_the_same_way():
    found = triples("A former mayor of Dunmore was sentenced to ten years in prison on Friday.\n"
                    "John Miller, 62, had taken bribes for a decade.", "en")
    assert ("John Miller", "sentencedTo", "ten years in prison") in found or \
        ("John Miller", "sentencedTo", "ten years") in found, found
    assert any(s == "John Miller" and p == "hasRole" for s, p, _ in found), found


def test_a_definite_description_or_a_person_named_before_is_not_identified_this_way():
    definite = triples("Le maire de Dunmore a été condamné vendredi à dix ans de prison.\n"
                       "Marc Tellier a fait appel.", "fr")
    assert not any(s == "Marc Tellier" and p == "sentencedTo" for s, p, _ in definite), definite
    named_before = triples("Marc Tellier a témoigné lundi. Un ancien maire de Dunmore a été condamné à dix ans de "
                           "prison.\nMarc Tellier a fait appel.", "fr")
    assert not any(s == "Marc Tellier" and p == "sentencedTo" for s, p, _ in named_before), named_before


def test_a_later_short_description_with_the_same_noun_is_the_person_too():
    found = triples("Un ancien vice-gouverneur de la province de Karvie a été condamné à la prison à vie. Paul "
                    "Girard était accusé de corruption. Entre 1995 et 2001, le vice-gouverneur a aidé des entreprises.",
                    "fr")
    assert ("Paul Girard", "supports", "entreprises") in found
    assert not any(s == "vice-gouverneur" for s, _, _ in found)



def test_a_headline_s_description_is_the_one_person_later_given_a_post_of_the_same_noun():
    found = triples("Feux repeints : un député demande la démission de Claire Vasseur\n"
                    "Le projet de la ministre Claire Vasseur ne plaît pas à tout le monde.\n"
                    "Le coût est estimé à un million d'euros.\n"
                    "Le chantier a commencé jeudi.\n"
                    "Le bleu choisi est trop foncé, selon le député bruxellois Marc Tellier.", "fr")
    assert any(s == "Marc Tellier" and p == "asks" for s, p, _ in found), found


def test_a_described_source_who_only_speaks_is_not_the_person_named_next():
    found = triples("Police arrested a man on Sunday. He was charged with murder, a police spokesman said.\n"
                    "The victims were identified as Tom Berg, 52, and his wife, Lisa Berg.", "en")
    assert not any(s == "Tom Berg" and p in ("says", "hasRole") for s, p, _ in found), found
