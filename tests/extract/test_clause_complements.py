"""How a clause's complements shape its facts: prepositional phrases as qualifiers, a date before the object, who
does an infinitive, and infinitives that do not happen. Sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def facts(text: str, lang: str):
    return read_text(text, lang)


def find(text: str, lang: str, subject: str, relation: str):
    found = [f for f in facts(text, lang) if f.subject.label.endswith(subject) and f.relation.local_name == relation]
    assert found, [(f.subject.label, f.relation.local_name) for f in facts(text, lang)]
    return found[0]


def qualifier_labels(fact) -> dict[str, str]:
    return {role: getattr(value, "label", value) for role, value in fact.qualifiers}


@pytest.mark.parametrize(("lang", "text", "subject", "relation", "role", "value"), [
    ("en", "Police in Exeter arrested Tom Harding over the burglaries.", "Police", "arrests", "reason",
     "burglaries"),
    ("en", "Harlow Corp sued Brixton Ltd about the patents.", "Harlow Corp", "sues", "topic", "patents"),
    ("fr", "La société Vinalys a critiqué la mairie de Dijon sur la gestion du stade.", "Vinalys", "criticizes",
     "topic", "gestion du stade"),
])
def test_a_preposition_the_verb_does_not_name_still_qualifies_its_fact(lang, text, subject, relation, role, value):
    fact = find(text, lang, subject, relation)
    assert qualifier_labels(fact).get(role, "").endswith(value), fact.qualifiers


def test_a_date_is_not_an_object_and_the_object_hung_on_it_is():
    fact = find("Le député Jean Morel a exigé mercredi la démission de Claire Vasseur.", "fr", "Jean Morel",
                "demands")
    assert "Claire Vasseur" in fact.object.label
    assert qualifier_labels(fact).get("date") == "mercredi"
    assert not any(getattr(f.object, "label", "") == "mercredi" for f in facts(
        "Le député Jean Morel a exigé mercredi la démission de Claire Vasseur.", "fr"))


def test_a_person_after_their_title_is_not_the_apposition_of_the_noun_before():
    """`la réintégration du sergent X` is about X's reinstatement: the object is not X alone."""
    fact = find("Le député Paul Arnaud a exigé la réintégration du sergent Luc Morin.", "fr", "Paul Arnaud",
                "demands")
    assert fact.object.label.startswith("réintégration")


@pytest.mark.parametrize(("lang", "text", "subject", "relation", "negated"), [
    ("fr", "Le syndicat a invité ses adhérents à cesser d'utiliser les logiciels de Zorgsoft.", "adhérents", "uses",
     True),
    ("fr", "La mairie de Dijon a refusé de financer le club de Bricoplus.", "Dijon", "funds", True),
    ("fr", "La mairie de Dijon n'a pas réussi à vendre le stade à Vinalys.", "Dijon", "sells", True),
    ("fr", "La mairie de Dijon a réussi à vendre le stade à Vinalys.", "Dijon", "sells", False),
    ("en", "Harlow Corp refused to fund the Leeds club.", "Harlow Corp", "funds", True),
    ("en", "Harlow Corp did not manage to sell its stadium to Brixton Ltd.", "Harlow Corp", "sells", True),
    ("en", "Harlow Corp managed to sell its stadium to Brixton Ltd.", "Harlow Corp", "sells", False),
])
def test_an_infinitive_that_does_not_happen_gives_a_negated_fact(lang, text, subject, relation, negated):
    assert find(text, lang, subject, relation).negated is negated


@pytest.mark.parametrize("text", [
    "Le ministre Paul Arnaud reproche à la société Vinalys de violer la loi Evin.",
    "Le ministre Paul Arnaud demande à la société Vinalys de respecter la loi Evin.",
])
def test_the_a_object_of_a_control_verb_does_the_infinitive(text):
    subjects = {f.subject.label for f in facts(text, "fr") if f.relation.local_name in ("violates", "respecter")}
    assert "Vinalys" in subjects, [(f.subject.label, f.relation.local_name) for f in facts(text, "fr")]


@pytest.mark.parametrize(("lang", "text", "asked"), [
    ("en", "Jane Doe called on Valtek to buy Brimex.", True),
    ("en", "Jane Doe appealed to Valtek to buy Brimex.", False),
    ("en", "Jane Doe pleaded with Valtek to buy Brimex.", True),  # (parsed as a purpose clause)
    ("fr", "Jane Doe a appelé Valtek à racheter Brimex.", True),
])
def test_whom_a_phrase_asks_to_do_an_infinitive_is_asked_and_may_do_it(lang, text, asked):
    """The one asked may do it; who asks does not (`called on X to buy Y`: the caller bought Y)."""
    found = {(f.subject.label, f.relation.local_name, f.object.label): f.hypothetical for f in facts(text, lang)}
    assert found.get(("Valtek", "acquires", "Brimex")) is True, found
    assert ("Jane Doe", "acquires", "Brimex") not in found, found
    assert (("Jane Doe", "asks", "Valtek") in found) is asked, found


@pytest.mark.parametrize(("lang", "text", "subject", "relation"), [
    ("en", "Harlow Corp hired lawyers in an attempt to block the merger.", "Harlow Corp", "blocks"),
    ("en", "Harlow Corp's bid to buy Brixton Ltd failed.", "Harlow Corp", "acquires"),
    ("fr", "Vinalys a engagé des avocats dans une tentative de bloquer la fusion.", "Vinalys", "blocks"),
    ("en", "Harlow Corp is in talks to buy Brixton Ltd.", "Harlow Corp", "acquires"),
    ("fr", "Airbus est en négociations pour racheter Brixton.", "Airbus", "acquires"),
    ("fr", "Orvane serait en discussions avancées pour racheter Brimex.", "Orvane", "acquires"),
    ("fr", "Airbus a lancé une tentative de racheter Brixton.", "Airbus", "acquires"),
    ("fr", "Selon nos informations, Tom Harding serait sur le point de quitter Brixton.", "Tom Harding", "leaves"),
])
def test_whoever_makes_an_attempt_does_its_infinitive_but_only_as_an_aim(lang, text, subject, relation):
    assert find(text, lang, subject, relation).hypothetical


@pytest.mark.parametrize("text", [
    "Paul Durand est accusé d'avoir tué deux policiers à Lyon.",
    "La police soupçonne Paul Durand d'avoir tué deux policiers à Lyon.",
])
def test_what_someone_is_accused_of_doing_is_alleged_not_done(text):
    assert find(text, "fr", "Paul Durand", "kills").hypothetical


@pytest.mark.parametrize(("lang", "text", "subject", "relation"), [
    ("en", "The Harlow union called for the resignation of Tom Harding.", "Harlow union", "demands"),
    ("en", "Frontier Lines to charge for hand luggage", "Frontier Lines", "charges"),
    ("en", "Senator Ann Blake voted against the Harlow bill.", "Ann Blake", "opposes"),
    ("fr", "Le député Paul Arnaud a voté contre la loi Evin.", "Paul Arnaud", "opposes"),
    ("fr", "Paul Arnaud a démissionné de Vinalys.", "Paul Arnaud", "leaves"),
])
def test_a_verb_whose_object_a_preposition_introduces_gives_its_property(lang, text, subject, relation):
    """`for` introduces a purpose after an object (`uses X for Y`), but without one it is the verb's own frame."""
    assert find(text, lang, subject, relation)


def test_a_prepositional_phrase_hung_on_a_date_belongs_to_the_verb():
    fact = find("Marc Tellier a été condamné vendredi à dix ans de prison.", "fr", "Marc Tellier", "sentencedTo")
    assert fact.object.label == "dix ans de prison"
    assert qualifier_labels(fact).get("date") == "vendredi"


def test_a_possessive_name_set_off_by_a_comma_is_what_the_noun_describes():
    fact = find("Last week Brixton & Hale's, the rating agency, cited rising debt as a risk.", "en",
                "Brixton & Hale's", "cites")  # (a possessive with no owner after it is the name's own)
    assert fact.object.label.endswith("debt")
    owned = [f.subject.label for f in facts("Brixton & Hale's chief economist cited rising debt.", "en")
             if f.relation.local_name == "cites"]
    assert not any(label.startswith("Brixton") for label in owned), owned


@pytest.mark.parametrize(("lang", "text", "name", "description"), [
    ("en", "Harlow Air is the largest airline in Dunmore.", "Harlow Air", "largest airline"),
    ("fr", "Vinalys est le premier constructeur européen.", "Vinalys", "premier constructeur européen"),
    ("en", "The largest carrier in Dunmore is Harlow Air.", "Harlow Air", "largest carrier"),
    ("fr", "Le premier constructeur européen est Vinalys.", "Vinalys", "premier constructeur européen"),
])
def test_a_predicative_description_says_what_its_subject_is_and_refers_to_nothing(lang, text, name, description):
    assert (name, description) in {(f.subject.label, getattr(f.object, "label", f.object))
                                   for f in facts(text, lang) if f.relation.local_name == "instanceOf"}


@pytest.mark.parametrize(("lang", "text", "subject", "rejected"), [
    ("en", "The Harlow council refused to issue the permits.", "Harlow council", "permits"),
    ("fr", "La mairie de Dijon refuse de délivrer les permis de Vinalys.", "Dijon", "permis de Vinalys"),
])
def test_what_a_refused_infinitive_is_about_is_rejected(lang, text, subject, rejected):
    fact = find(text, lang, subject, "rejects")
    assert fact.object.label == rejected and not fact.negated


def test_an_object_after_a_full_date_belongs_to_the_verb():
    fact = find("Le maire Paul Arnaud devait recevoir vendredi 3 mars 2021 le ministre Luc Besson.", "fr",
                "Paul Arnaud", "hosts")
    assert fact.object.label == "Luc Besson"
    assert qualifier_labels(fact)["date"] == "vendredi 3 mars 2021"


def test_a_passive_relative_reads_its_antecedent_as_the_patient():
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in facts(
        "Le ministre Luc Besson, qui sera reçu vendredi par le maire Paul Arnaud, visitera Dijon.", "fr")}
    assert ("Paul Arnaud", "receives", "Luc Besson") in found, found


@pytest.mark.parametrize(("lang", "text", "subject", "relation", "role", "value"), [
    ("fr", "La police a interpellé le maire de Dunmore en raison de ses liens avec la mafia.", "police", "arrests",
     "reason", "liens avec la mafia"),
    ("en", "Harlow Corp launched the Zorg brand in partnership with Brixton Ltd.", "Harlow Corp", "launches",
     "partner", "Brixton Ltd."),
])
def test_a_preposition_made_of_several_words_qualifies_the_fact_as_one(lang, text, subject, relation, role, value):
    assert qualifier_labels(find(text, lang, subject, relation)).get(role) == value


@pytest.mark.parametrize(("lang", "text", "subject", "relation"), [
    ("fr", "Vinalys n'a signé aucun accord avec Bricoplus.", "Vinalys", "collaboratesWith"),
    ("fr", "Vinalys n'a pas signé d'accord avec Bricoplus.", "Vinalys", "collaboratesWith"),
    ("en", "Harlow Corp signed no agreement with Brixton Ltd.", "Harlow Corp", "partnerOf"),
    ("en", "Harlow Corp has no plans to buy Brixton Ltd.", "Harlow Corp", "acquires"),
    ("en", "No company bought Brixton Ltd.", "company", "acquires"),
    ("en", "The regulator blocked Harlow Corp's acquisition of Brixton Ltd.", "Harlow Corp", "acquires"),
    ("fr", "Bruxelles a bloqué le rachat de Bricoplus par Vinalys.", "Vinalys", "acquires"),
    ("en", "Harlow Corp called off its merger with Brixton Ltd.", "Harlow Corp", "mergesWith"),
])
def test_none_of_an_argument_or_an_event_negates_the_fact(lang, text, subject, relation):
    """`aucun accord`, `no agreement`: a negated fact, never a positive one."""
    found = [f for f in facts(text, lang) if f.relation.local_name == relation]
    assert found and all(f.negated for f in found), [(f.subject.label, f.negated) for f in found]


def test_an_event_that_happened_is_not_negated():
    assert not find("Harlow Corp signed an agreement with Brixton Ltd.", "en", "Harlow Corp", "partnerOf").negated
    assert not find("The regulator did not block Harlow Corp's acquisition of Brixton Ltd.", "en", "Harlow Corp",
                    "acquires").negated


def test_why_a_sentence_was_given_is_its_reason_even_when_hung_on_the_sentence():
    fact = find("Marc Tellier a été condamné vendredi à la prison à vie pour corruption.", "fr", "Marc Tellier",
                "sentencedTo")
    assert fact.object.label == "prison à vie" and qualifier_labels(fact).get("reason") == "corruption"


def test_a_definite_bare_noun_is_no_subject_of_an_agentless_passive():
    """`le siège est situé à X` says where the seat is, of something named elsewhere: not a fact on its own."""
    assert not [f for f in facts("Renault, dont le siège est situé à Boulogne-Billancourt, emploie 40 000 salariés.",
                                 "fr") if f.subject.label == "siège"]


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("fr", "Acme a racheté Bolt sans l'accord de Vinalys.", "accord de Vinalys"),
    ("en", "Chelsea will face Arsenal without striker Didier Drogba.", "Didier Drogba"),
])
def test_who_or_what_is_missing_qualifies_the_fact(lang, text, absent):
    values = [getattr(v, "label", v) for f in read_text(text, lang) for role, v in f.qualifiers if role == "without"]
    assert values == [absent]
