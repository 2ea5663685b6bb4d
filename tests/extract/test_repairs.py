"""French parse repairs: participles hang on the noun they agree with, coordinated names on the object."""

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import context_for, prepare
from kg.extract.names import ends_its_phrase, of_a_known_kind
from kg.lang.fr.repairs import mend
from kg.model import Document
from kg.nlp import Paragraph, pipeline_for
from kg.ontology import default_lexicon
from kg.pipeline import read_text
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    return pipeline_for("fr", Settings())


def heads(doc) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, "fr")}


def test_a_participle_hangs_on_the_noun_it_agrees_with(nlp):
    found = heads(nlp("Il dénonce des campagnes de désinformation financées par le régime de Karvie."))
    assert found["financées"] == ("acl", "campagnes")  # feminine plural, not `désinformation`
    found = heads(nlp("Ces attaques continuent malgré des patrouilles de nuit organisées depuis des mois par le "
                      "gouvernement de Jean Roy, critiqué par les syndicats."))
    assert found["critiqué"] == ("acl", "gouvernement")  # masculine singular, not `patrouilles`
    assert found["gouvernement"] == ("obl:agent", "organisées")  # not a complement of `mois`


def test_a_participle_that_agrees_with_its_noun_stays(nlp):
    found = heads(nlp("Malgré des frappes menées par l'armée de Paul Girard, soutenu par la droite, la guerre dure."))
    assert found["soutenu"] == ("acl", "armée")  # no common noun before it agrees: left as parsed


@pytest.mark.parametrize(("text", "verb", "noun"), [
    ("Une cour a rétabli les restrictions au droit de grève qui avaient été bloquées par un juge.", "bloquées",
     "restrictions"),  # gender and number of the passive participle
    ("Valtek a fermé les usines du groupe qui employaient 300 personnes.", "employaient", "usines"),  # number
])
def test_a_relative_clause_hangs_on_the_noun_qui_agrees_with(nlp, text, verb, noun):
    assert heads(nlp(text))[verb] == ("acl:relcl", noun)


def test_a_relative_clause_that_agrees_with_its_noun_stays(nlp):
    found = heads(nlp("Valtek a fermé les usines du groupe qui employait 300 personnes."))
    assert found["employait"] == ("acl:relcl", "groupe")


def test_an_agent_after_a_time_phrase_is_the_participle_s():
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(
        "Les offensives d'envergure lancées depuis des semaines par l'armée de Karvie ont échoué.", "fr")}
    assert ("armée de Karvie", "launches", "offensives d'envergure") in found


def test_a_name_coordinated_with_a_verb_is_coordinated_with_its_object(nlp):
    found = heads(nlp("Les agriculteurs invités à quitter Carrefour et Leclerc"))
    assert found["Leclerc"] == ("conj", "Carrefour")
    found = heads(nlp("Il a acheté Renault et vendu Peugeot."))
    assert found["vendu"] == ("conj", "acheté")  # a verb coordinated with a verb stays


def test_each_coordinated_object_gets_the_fact():
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(
        "Paul Girard veut quitter Carrefour et Leclerc.", "fr")}
    assert {("Paul Girard", "leaves", "Carrefour"), ("Paul Girard", "leaves", "Leclerc")} <= found


def test_a_second_subject_after_its_verb_is_its_object(nlp):
    found = heads(nlp("La police a arrêté Paul Girard à Lyon."))
    assert found["Paul"][0] == "obj", found
    facts = read_text("La police a arrêté Paul Girard à Lyon.")
    assert ("police", "arrests", "Paul Girard") in {(f.subject.label, f.relation.local_name, f.object.label)
                                                   for f in facts}
    assert heads(nlp("« Je suis prêt », a déclaré Paul Girard."))["Paul"][0] != "obj"


def test_an_agent_hung_on_a_passive_verb_s_other_phrase_is_the_verb_s():
    found = {(f.subject.label, f.relation.local_name, f.object.label)
             for f in read_text("Le groupe Vinalys a été rejoint dans son refus par la société Bolt.")}
    assert ("Bolt", "joins", "Vinalys") in found, found


def test_lors_de_and_aupres_de_are_prepositions_not_adverbs(nlp):
    found = heads(nlp("Deux soldats ont été tués lors d'une attaque à Kaboul."))
    assert found["attaque"] == ("obl:mod", "tués") and found["lors"] == ("case", "attaque"), found
    facts = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in read_text(
        "Deux soldats ont été tués lors d'une attaque à Kaboul. Paul Girard a déclaré auprès de l'AFP que l'usine "
        "fermera.")}
    assert ("attaque", "kills", "Deux soldats") in facts, facts
    assert ("Paul Girard", "tells", "AFP") in facts, facts


def test_a_name_parsed_as_a_second_object_is_the_name_of_the_noun_before_it(nlp):
    found = heads(nlp("En 2022, la société Brenner avait levé 15 millions d'euros auprès du fonds Karvex Capital."))
    assert found["Karvex"] == ("nmod", "fonds")
    facts = {(f.subject.label, getattr(f.object, "label", f.object)) for f in read_text(
        "En 2022, la société Brenner avait levé 15 millions d'euros auprès du fonds Karvex Capital.", "fr")}
    assert ("Brenner", "15 millions d'euros") in facts and ("Brenner", "Karvex Capital") not in facts, facts


def test_a_name_hung_on_the_day_before_it_is_the_verb_s_object(nlp):
    text = "Le président Jean Dupuis a nommé mercredi Claire Martin au poste de Première ministre."
    assert heads(nlp(text))["Claire"] == ("obj", "nommé")
    facts = triples(text)
    assert {("Jean Dupuis", "appoints", "Claire Martin"), ("Claire Martin", "hasRole", "Première ministre")} <= facts


def test_an_object_hung_on_the_day_before_it_is_the_verb_s_object(nlp):
    text = "Le tribunal de Plouzec a condamné vendredi l'ancien maire, Yves Kerbrat, à deux ans de prison."
    found = heads(nlp(text))
    assert found["maire"] == ("obj", "condamné") and found["vendredi"] == ("obl:mod", "condamné")
    assert ("tribunal de Plouzec", "sentences", "Yves Kerbrat") in triples(text)
    found = heads(nlp("Le tribunal a condamné vendredi Yves Kerbrat à deux ans de prison."))  # the day as object
    assert found["Yves"] == ("obj", "condamné") and found["vendredi"] == ("obl:mod", "condamné")


def test_a_name_with_its_preposition_set_off_after_a_person_is_no_conjunct(nlp):
    """`Paul Lenoir, de Valtek, a confirmé …` parsed with `Valtek` a conjunct of the name: it is the name's complement
    (who Paul Lenoir works for), and confirms nothing; complements coordinated with one keep their label."""
    text = "Paul Lenoir, de Valtek, a confirmé la nouvelle."
    assert heads(nlp(text))["Valtek"] == ("nmod", "Paul")
    assert ("Valtek", "confirms", "nouvelle") not in triples(text)
    listed = heads(nlp("Il a rencontré les dirigeants de Valtek, de Brimex et de Karvex."))
    assert listed["Brimex"] == ("conj", "Valtek")


def test_a_day_hung_on_the_object_after_it_is_the_verb_s(nlp):
    """`a présenté mercredi un plan` parsed with the day a complement of `plan`, a bare oblique of the verb: the day
    says when, the noun is the object."""
    text = "La ministre du Travail, Jane Doe, a présenté mercredi un plan de 2 milliards d'euros pour l'emploi."
    found = heads(nlp(text))
    assert found["mercredi"] == ("obl:mod", "présenté") and found["plan"] == ("obj", "présenté"), found
    assert ("Jane Doe", "proposes", "plan") in triples(text)


def test_a_name_after_a_comma_ending_the_object_is_apposed_to_it(nlp):
    text = "Le club Halden a remercié son entraîneur, Marco Lenz."
    assert heads(nlp(text))["Marco"] == ("appos", "entraîneur")
    facts = triples(text)
    assert {("Marco Lenz", "hasRole", "entraîneur"), ("Marco Lenz", "worksFor", "Halden")} <= facts
    text = "Le Premier ministre a limogé le ministre de la Santé, Paul Roy."  # (parsed as a second object)
    assert heads(nlp(text))["Paul"] == ("appos", "ministre")
    assert ("Paul Roy", "hasRole", "ministre de la Santé") in triples(text)
    assert heads(nlp("Le club Halden a battu Orvane, Brivex et Karvex."))["Brivex"][0] != "appos"  # a list


def test_a_name_after_a_comma_ending_another_listed_name_is_its_conjunct(nlp):
    text = "Le Karvistan a été soutenu dans son refus par la Norvalie, la Brivanie, l'Orvanie et la Zelmarie."
    found = heads(nlp(text))
    assert found["Brivanie"] == ("conj", "Norvalie")
    assert {(state, "supports", "Karvistan") for state in ("Norvalie", "Brivanie", "Orvanie", "Zelmarie")} <= \
        triples(text)
    text = "Le club Halden a été battu par Orvane, la capitale."  # (a noun apposed, not a list: left as parsed)
    assert heads(nlp(text))["capitale"][0] != "conj"


@pytest.mark.parametrize(("text", "expected"), [
    # the later names hung on the verb, as an oblique and as its conjuncts
    ("Le Karvistan a été rejoint par la Norvalie, la Brivanie, l'Orvanie et la Zelmarie.",
     {(state, "joins", "Karvistan") for state in ("Norvalie", "Brivanie", "Orvanie", "Zelmarie")}),
    # the first name parsed as the root, the second as the subject
    ("Paul Durand, Marie Martin et Tom Harding ont rejoint Brimex.",
     {(person, "joins", "Brimex") for person in ("Paul Durand", "Marie Martin", "Tom Harding")}),
    # a place set before the list, parsed as the list's first name
    ("En Norvalie, Brimex, Karvex et Orvane ont rejoint le Nordex.",
     {(company, "joins", "Nordex") for company in ("Brimex", "Karvex", "Orvane")}),
])
def test_every_name_of_a_misparsed_list_is_read(text, expected):
    assert expected <= triples(text)


def test_a_list_after_a_preposition_stays_the_preposition_s(nlp):
    found = heads(nlp("En Norvalie, Brimex et Karvex ont signé un accord."))
    assert found["Brimex"][0] == "nsubj" and found["Karvex"] == ("conj", "Brimex")
    found = heads(nlp("Brimex a ouvert des usines à Lyon, Nantes, Lille et Rennes."))
    assert {found[city] for city in ("Nantes", "Lille", "Rennes")} == {("conj", "Lyon")}


def test_the_second_member_after_entre_is_the_first_one_s_conjunct(nlp):
    text = "La fusion entre Orvane et Brivex a été approuvée par les actionnaires."
    found = heads(nlp(text))
    assert found["Brivex"] == ("conj", "Orvane") and found["et"] == ("cc", "Brivex")
    assert ("Orvane", "mergesWith", "Brivex") in triples(text)
    found = heads(nlp("Le président d'Orvane et le ministre ont signé l'accord."))  # (no `entre`: left as parsed)
    assert found["ministre"][1] != "Orvane"


@pytest.mark.parametrize("text", ["Orvane, spécialisée dans les batteries, basée à Lyon, a été rachetée.",
                                  "Orvane, spécialisée dans les batteries et basée à Lyon, a été rachetée."])
def test_a_second_participle_describes_the_same_noun(nlp, text):
    found = heads(nlp(text))
    assert found["basée"][1] in ("Orvane", "spécialisée") and found["basée"][0] in ("acl", "conj")
    assert next(t.pos_ for t in nlp(text) if t.text == "basée") == "VERB"  # (not an adjective)
    assert ("Orvane", "basedIn", "Lyon") in triples(text)


def test_an_adjective_in_its_own_right_with_a_phrase_stays_an_adjective(nlp):
    """`privée` (lemmatised `priver`) with `à Lyon` was made a participle, which minted `priveA`."""
    text = "Karvex, une école privée à Lyon, recrute des enseignants."
    assert next(t.pos_ for t in nlp(text) if t.text == "privée") == "ADJ"
    assert not any(f.relation.minted for f in read_text(text, "fr"))


def test_a_name_set_before_a_noun_between_commas_is_the_subject(nlp):
    text = "Vinalys, un fournisseur d'électricité, a annoncé une hausse de ses tarifs."
    found = heads(nlp(text))
    assert found["Vinalys"] == ("nsubj", "annoncé") and found["fournisseur"] == ("appos", "Vinalys")
    facts = triples(text)
    assert ("Vinalys", "instanceOf", "fournisseur d'électricité") in facts
    assert heads(nlp("Lundi, le ministre a annoncé une réforme."))["ministre"][0] == "nsubj"  # (a day is no subject)


def test_the_subject_of_a_verb_with_a_passive_auxiliary_is_passive(nlp):
    found = heads(nlp("Anne Blake a été réélue maire de Villeneuve avec 61 % des voix."))
    assert found["Anne"] == ("nsubj:pass", "réélue")
    assert ("Anne Blake", "leads", "Villeneuve") in triples("Anne Blake a été réélue maire de Villeneuve avec 61 % "
                                                             "des voix.")


def test_de_before_an_adjective_opens_a_subject(nlp):
    text = "De violentes tempêtes ont provoqué des coupures d'électricité en Bretagne."
    found = heads(nlp(text))
    assert found["tempêtes"] == ("nsubj", "provoqué") and found["De"] == ("det", "tempêtes")
    assert ("violentes tempêtes", "causes", "coupures d'électricité") in triples(text)


def test_a_noun_made_a_preposition_opens_one_with_the_word_after_it(nlp):
    found = heads(nlp("Le club lyonnais s'est imposé face à Marseille dimanche soir."))
    assert found["face"] == ("case", "Marseille") and found["à"] == ("fixed", "face")
    assert ("club lyonnais", "defeats", "Marseille") in triples("Le club lyonnais s'est imposé face à Marseille "
                                                                 "dimanche soir.")


def test_a_name_right_after_a_verb_without_object_is_its_object(nlp):
    found = heads(nlp("Paul Lenoir, qui dirige Valtek depuis 2015, a démissionné."))
    assert found["Valtek"] == ("obj", "dirige")  # parsed an oblique with no preposition
    assert ("Paul Lenoir", "leads", "Valtek") in triples("Paul Lenoir, qui dirige Valtek depuis 2015, a démissionné.")


def test_a_phrase_hung_on_a_name_s_last_word_is_the_name_s(nlp):
    text = "Le juge a accusé Tom Hale de fraude."
    assert heads(nlp(text))["fraude"] == ("nmod", "Tom")  # parsed on `Hale`
    assert ("Tom Hale", "accusedOf", "fraude") in triples(text)


def test_a_relative_clause_taken_for_the_root_is_its_subject_s(nlp):
    text = "Orvane, qui emploie 3000 personnes, a annoncé la suppression de 500 emplois."
    found = heads(nlp(text))  # parsed with `emploie` at the root, `Orvane` its oblique and `annoncé` its conjunct
    assert found["Orvane"] == ("nsubj", "annoncé") and found["emploie"] == ("acl:relcl", "Orvane")
    assert found["annoncé"] == ("ROOT", "annoncé") and found["."] == ("punct", "annoncé")
    assert {("Orvane", "employs", "3000 personnes"), ("Orvane", "reduces", "500 emplois")} <= triples(text)


def test_a_name_parsed_an_adverb_right_after_a_verb_without_object_is_its_object(nlp):
    text = "Le gouvernement a contraint Karvex à céder sa participation dans Orvane."
    assert heads(nlp(text))["Karvex"] == ("obj", "contraint")  # parsed an adverb: the infinitive took the subject
    assert ("Karvex", "sells", "Orvane") in triples(text) and ("gouvernement", "sells", "Orvane") not in triples(text)


def test_a_noun_with_a_passive_auxiliary_is_a_copula_s_predicate(nlp):
    found = heads(nlp("Marie Dubois est directrice générale de Norvale."))
    assert found["est"] == ("cop", "directrice") and found["Marie"] == ("nsubj", "directrice")


def test_an_age_set_off_after_a_name_is_the_name_s_and_so_is_the_noun_after_it(nlp):
    text = "Marie Dubois, 45 ans, avocate chez Norvale, a déclaré que l'accord était mort."
    found = heads(nlp(text))
    assert found["ans"] == ("nmod", "Marie") and found["avocate"] == ("appos", "Marie")
    assert {("Marie Dubois", "hasRole", "avocate"), ("Marie Dubois", "worksFor", "Norvale")} <= triples(text)


def test_the_noun_after_a_verb_of_becoming_or_remaining_is_its_predicate(nlp):
    for text in ("Claire Martin devient présidente de Norvale.", "Claire Martin est restée présidente de Norvale.",
                 "Claire Martin demeure présidente de Norvale."):
        doc = nlp(text)
        found = heads(doc)
        assert found["présidente"][0] == "xcomp", (text, found)
        assert found["Norvale"] == ("nmod", "présidente"), (text, found)  # whose post, not the verb's
        assert {("Claire Martin", "hasRole", "présidente"), ("Claire Martin", "worksFor", "Norvale")} <= \
            triples(text), text
    assert heads(nlp("Il restera trois jours à Lyon."))["jours"][0] != "xcomp"  # a span of time is no predicate
    assert heads(nlp("Il reste des questions."))["questions"][0] != "xcomp"  # `il` stands for nothing


def test_a_predicate_says_what_its_subject_is_and_mints_no_relation_with_a_place():
    facts = read_text("Paul Girard est devenu un artiste à New York.", "fr")
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in facts}
    assert ("Paul Girard", "hasRole", "artiste") in found and not any(f.relation.minted for f in facts), found


def test_a_finite_verb_kept_as_its_own_lemma_gets_its_infinitive(nlp):
    assert nlp("Paul Girard demeure à Lyon.")[2].lemma_ == "demeurer"
    assert ("Paul Girard", "livesIn", "Lyon") in triples("Paul Girard demeure à Lyon.")


def test_a_capitalised_word_the_model_does_not_know_is_a_name(nlp):
    text = "Claire Martin est restée directrice de Valtek pendant trois ans."  # (the tagger says NOUN)
    assert nlp(text)[6].text == "Valtek" and nlp(text)[6].pos_ == "PROPN"
    assert ("Claire Martin", "worksFor", "Valtek") in triples(text)
    assert nlp("Il vit dans la Maison blanche.")[4].pos_ == "NOUN"  # a word the model knows keeps its tag


def test_a_post_appointed_to_hangs_on_the_verb_not_on_the_noun_before_it(nlp):
    text = "En mai, Paul Girard a été choisi par le président Jean Roy au poste de secrétaire à la Défense."
    assert heads(nlp(text))["poste"] == ("obl:arg", "choisi")
    assert ("Paul Girard", "hasRole", "secrétaire à la Défense") in triples(text)
    assert heads(nlp("Paul Girard, candidat au poste de maire, a perdu."))["poste"] == ("nmod", "candidat")


def test_the_subject_of_a_verb_with_no_passive_auxiliary_is_a_plain_one(nlp):
    doc = nlp("Quorvix a racheté Norvale.")
    assert doc[0].dep_ == "nsubj", heads(doc)
    assert ("Quorvix", "acquires", "Norvale") in triples("Quorvix a racheté Norvale.")
    assert nlp("Norvale a été rachetée par Quorvix.")[0].dep_ == "nsubj:pass"  # a real passive stays one


def test_a_purpose_clause_keeps_the_predicate_of_its_verb():
    fact, = [f for f in read_text("Paul Girard a quitté Valtek pour devenir un artiste à Paris.", "fr")
             if f.relation.local_name == "leaves"]
    assert ("purpose", "devenir un artiste à Paris") in [(role, value) for role, value in fact.qualifiers]


def test_a_de_argument_of_a_copula_s_noun_is_the_noun_s_complement(nlp):
    doc = nlp("Claire Martin est présidente de la Commission européenne.")
    assert heads(doc)["Commission"] == ("nmod", "présidente")
    assert heads(nlp("Il est président depuis 2010."))["2010"][0] != "nmod"  # when, not whose


def test_a_bare_day_hung_on_a_verb_s_argument_says_when_the_act_happened(nlp):
    assert heads(nlp("Paul Girard a été interpellé par la police mardi."))["mardi"] == ("obl:mod", "interpellé")
    assert ("police", "arrests", "Paul Girard") in triples("Paul Girard a été interpellé par la police mardi.")
    assert heads(nlp("La police a arrêté le maire de Lyon mardi."))["mardi"] == ("obl:mod", "arrêté")  # (a name's)
    assert heads(nlp("Un séisme a frappé le sud de la Turquie lundi."))["lundi"] == ("obl:mod", "frappé")


def test_a_place_hung_on_a_bare_day_says_where_the_act_happened(nlp):
    found = heads(nlp("Le chanteur Paul Roy est mort mardi à Lyon."))
    assert found["Lyon"] == ("obl:mod", "mort")
    assert ("Paul Roy", "diedIn", "Lyon") in triples("Le chanteur Paul Roy est mort mardi à Lyon.")
    text = "L'ancien ministre Paul Roy est décédé vendredi à Rio de Janeiro."  # (the day parsed as a predicate)
    assert heads(nlp(text))["vendredi"] == ("obl:mod", "décédé")
    assert ("Paul Roy", "diedIn", "Rio de Janeiro") in triples(text)
    assert heads(nlp("Le match du 12 mars à Lyon est annulé."))["Lyon"][1] != "annulé"  # (a dated noun's place)


def test_a_noun_opening_a_preposition_after_a_score_is_that_preposition(nlp):
    text = "Le club Halden s'est imposé 3-1 face au FC Orvane samedi."
    found = heads(nlp(text))
    assert found["face"] == ("case", "FC") and found["au"] == ("fixed", "face")
    assert ("Halden", "defeats", "FC Orvane") in triples(text)
    assert heads(nlp("La suite à donner au projet est incertaine."))["suite"][0] == "nsubj"  # (a noun still)
    text = "Le club Halden s'est imposé 3-1 face à Orvane dimanche au stade Karvex."  # (`face à` glued, on the day)
    assert heads(nlp(text))["face"] == ("case", "Orvane")
    assert [(f.relation.local_name, f.object.label) for f in read_text(text, "fr")] == [("defeats", "Orvane")]


def test_a_phrase_hung_on_a_verb_of_tense_is_its_infinitive_s(nlp):
    text = "Orvane va céder sa filiale Karvex au fonds américain Blackstone."
    assert heads(nlp(text))["fonds"][1] == "céder"
    facts = read_text(text, "fr")
    assert [(f.subject.label, f.object.label, [(r, v.label) for r, v in f.qualifiers]) for f in facts
            if f.relation.local_name == "sells"] == [("Orvane", "Karvex", [("recipient", "Blackstone")])]
    assert not any(f.relation.minted for f in facts)  # (no `allerA`)
    assert heads(nlp("Selon le journal Karvex, Orvane va racheter Brivex."))["journal"][1] == "racheter"  # fronted
    found = heads(nlp("Le maire est allé à Brivane demander une aide au gouvernement."))
    assert found["Brivane"][1] == "allé"  # (where the verb of motion went)


def test_two_prepositions_in_a_row_are_one(nlp):
    text = "D'après le journal Karvex, Orvane a racheté Brivex."
    found = heads(nlp(text))
    assert found["après"] == ("fixed", "D'")
    assert [(f.relation.local_name, [(r, v.label) for r, v in f.qualifiers]) for f in read_text(text, "fr")] == [
        ("acquires", [("source", "Karvex")])]


def test_a_noun_after_the_agent_of_a_fronted_participle_is_the_verb_s_subject(nlp):
    text = "Fondé par Paul Roy, le journal en ligne Orvane compte 50 000 abonnés."
    assert heads(nlp(text))["journal"] == ("nsubj", "compte")
    facts = triples(text)
    assert ("Paul Roy", "founded", "Orvane") in facts and not any(s == "Paul Roy" and p == "instanceOf"
                                                                   for s, p, o in facts), facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Fondée par Paul Roy, Orvane emploie 200 personnes.", ("Paul Roy", "founded", "Orvane")),
    ("Rachetée par Brivex en 2019, Orvane a fermé son usine.", ("Brivex", "acquires", "Orvane")),
])
def test_a_participle_opening_the_sentence_is_no_root(nlp, text, fact):
    found = heads(nlp(text))
    assert found["Orvane"][0] == "nsubj" and found[text.split()[0]][0] == "advcl"
    assert fact in triples(text)


def test_a_date_parsed_as_a_second_object_says_when(nlp):
    found = heads(nlp("Paul Durand quittera ses fonctions l'an prochain."))
    assert found["an"] == ("obl:mod", "quittera")  # no comma nor `et` before it: not coordinated with `fonctions`
    found = heads(nlp("Karvex a racheté Brimex et Zorg."))
    assert found["Zorg"] == ("conj", "Brimex")


def test_d_ici_opens_the_time_after_it(nlp):
    """`d'ici 2025` is one preposition of time, not an adverb on the noun before it (`2 000 postes d'ici`)."""
    found = heads(nlp("Zorg veut supprimer 2 000 postes d'ici 2025 et ouvrir 50 magasins d'ici la fin de l'année."))
    assert found["2025"][0] == "obl:mod" and found["fin"][0] == "obl:mod"  # (`fin` was the verb's object)
    assert ("Zorg", "reduces", "2 000 postes") in triples("Zorg veut supprimer 2 000 postes d'ici 2025.")


def test_a_bare_day_deep_in_an_oblique_says_when_the_verb_happened(nlp):
    """`tué dans une frappe d'un drone vendredi`: the day is the killing's, not a word of the strike's phrase; but
    `depuis son arrivée mercredi` is the arrival's."""
    found = heads(nlp("Paul Roy a été tué dans une frappe d'un drone américain vendredi au Pakistan."))
    assert found["vendredi"] == ("obl:mod", "tué")
    assert heads(nlp("Paul Roy est là depuis son arrivée mercredi."))["mercredi"][1] == "arrivée"
    assert heads(nlp("Paul Roy a multiplié les rencontres depuis son arrivée mercredi."))["mercredi"][1] == "arrivée"


@pytest.mark.parametrize(("text", "verb"), [
    ("Paul Durand a été condamné à dix ans de prison vendredi par le tribunal de Lyon.", "condamné"),
    ("Paul Durand a porté plainte contre Valtek auprès du parquet de Paris mercredi.", "porté"),
])
def test_a_bare_day_after_an_oblique_s_phrase_says_when_the_verb_happened(nlp, text, verb):
    """`à dix ans de prison vendredi`: the day hung on the oblique's own noun is the verb's, unless the preposition
    says a time of the noun's event (`depuis son arrivée mercredi`, above); the fact is dated by the day alone."""
    day = next(t for t in nlp(text) if t.text in ("vendredi", "mercredi"))
    assert (day.dep_, day.head.text) == ("obl:mod", verb)
    facts = read_text(text, "fr")
    assert facts and all(dict(f.qualifiers).get("date") == day.text for f in facts)


def test_an_adjective_hung_on_the_bare_day_after_it_is_the_noun_s(nlp):
    """`en redressement judiciaire mardi` parsed with `judiciaire` on the day: a bare day takes no adjective before
    it; the day then says when the verb happened, and a date's words are the day's."""
    text = "Le tribunal a placé Valtek en redressement judiciaire mardi, une décision qui menace 300 emplois."
    found = heads(nlp(text))
    assert found["judiciaire"] == ("amod", "redressement") and found["mardi"] == ("obl:mod", "placé")
    assert [dict(f.qualifiers).get("date") for f in read_text(text, "fr") if f.object.label == "Valtek"] == ["mardi"]


def test_a_bare_day_right_after_a_place_says_when_the_verb_happened(nlp):
    """`blessés à Kaboul lundi`: a place's name has no day of its own."""
    assert heads(nlp("Trois soldats ont été blessés à Kaboul lundi."))["lundi"] == ("obl:mod", "blessés")
    assert heads(nlp("Paul Durand est arrivé à Lyon mardi."))["mardi"] == ("obl:mod", "arrivé")


def test_an_acronym_tagged_a_pronoun_is_a_name_and_keeps_its_list(nlp):
    text = "Valtek, AWS et Orvane sont parmi les partenaires privés de Karvex."
    doc = nlp(text)
    assert doc[2].pos_ == "PROPN" and doc[2].dep_ == "conj"
    assert {(company, "partnerOf", "Karvex") for company in ("Valtek", "AWS", "Orvane")} <= triples(text)
    assert nlp("IL A ÉTÉ ÉLU MAIRE DE LYON.")[0].pos_ == "PRON"  # (a pronoun in capitals stays one)


def test_a_hearer_set_after_the_speaker_s_title_is_the_verb_s(nlp):
    """`a déclaré Paul X, porte-parole de Y, à Z`: Z is told, not the speaker's employer."""
    text = "« Nous allons investir en Norvalie », a déclaré Paul Durand, porte-parole de Brimex, à l'agence Karvex."
    assert heads(nlp(text))["agence"] == ("obl:arg", "déclaré")
    found = triples(text)
    assert ("Paul Durand", "worksFor", "Brimex") in found
    assert not any(relation == "worksFor" and obj != "Brimex" for _, relation, obj in found), found
    text = "Paul Durand, directeur de Brimex, à Lyon, a démissionné."  # (no speech verb: left as parsed)
    assert heads(nlp(text))["Lyon"][1] != "démissionné"


def test_a_toll_parsed_as_an_oblique_is_the_object(nlp):
    text = "Une explosion a fait au moins douze morts mardi à Karvik, dans le nord de la Norvalie."
    assert heads(nlp(text))["morts"] == ("obj", "fait")
    assert ("explosion", "kills", "au moins douze morts") in triples(text)


def test_a_noun_set_off_after_the_subject_s_name_is_its_apposition_not_a_second_subject(nlp):
    found = heads(nlp("Paul Durand, le fils de Marie Martin, a été arrêté à Lyon."))
    assert found["fils"] == ("appos", "Paul")
    assert ("fils de Marie Martin", "arrestedIn", "Lyon") not in triples(
        "Paul Durand, le fils de Marie Martin, a été arrêté à Lyon.")
    found = heads(nlp("Valtek, la police, l'armée et les pompiers ont été mobilisés à Lyon."))
    assert found["police"][0] != "appos"  # (a list)


def test_a_name_right_after_a_coordinated_verb_without_object_is_its_object(nlp):
    assert heads(nlp("Paul Durand a démissionné puis rejoint Orvane."))["Orvane"] == ("obj", "rejoint")
    assert ("Paul Durand", "joins", "Orvane") in triples("Paul Durand a démissionné et rejoint Orvane en mai.")


def test_a_clause_hung_on_the_phrase_after_a_verb_is_the_verb_s(nlp):
    """`a indiqué à l'AFP que …`: what is said, not a relative of `AFP`; `a annoncé dans un communiqué avoir
    recruté X`: the infinitive is the verb's (its subject recruits), not the statement's."""
    assert heads(nlp("Paul Durand a indiqué à l'AFP que Valtek allait fermer son usine."))["allait"] == (
        "ccomp", "indiqué")
    found = triples("Valtek a annoncé dans un communiqué avoir recruté Marie Martin.")
    assert ("Valtek", "employs", "Marie Martin") in found, found


@pytest.mark.parametrize(("text", "top", "main"), [
    ("Valtek, dont Paul Durand est le PDG, a racheté Orvane.", "PDG", "racheté"),
    ("Orvane, dont Valtek détient 30 % du capital, a annoncé des pertes.", "détient", "annoncé"),
    ("Valtek, dont le siège est à Lyon, a racheté Orvane.", "est", "racheté"),
])
def test_a_clause_dont_opens_after_a_name_is_its_relative_clause_and_the_name_the_main_verb_s_subject(
        nlp, text, top, main):
    found = heads(nlp(text))
    name = text.split(",")[0]
    assert found[top] == ("acl:relcl", name) and found[name] == ("nsubj", main) and found[main][0] == "ROOT", found


@pytest.mark.parametrize(("text", "expected"), [
    ("Valtek, dont Paul Durand est le PDG, a racheté Orvane.",
     {("Paul Durand", "leads", "Valtek"), ("Valtek", "acquires", "Orvane")}),
    ("Orvane, dont Valtek détient 30 % du capital, a annoncé des pertes.",
     {("Valtek", "owns", "Orvane"), ("Orvane", "reports", "pertes")}),
    ("Le groupe Valtek, dont les ventes ont chuté de 5 %, a annoncé des pertes.", {("Valtek", "falls", "5 %")}),
])
def test_dont_stands_for_its_antecedent_as_what_a_noun_of_its_clause_is_of(text, expected):
    assert expected <= triples(text)


def test_dont_is_not_what_a_quantity_counts():
    found = triples("Paul Durand dirige ce nouveau parti, dont la majorité des membres provenaient du parti Karvex.")
    assert ("membres", "provenirDe", "Karvex") in found, found


@pytest.mark.parametrize(("text", "adjective", "noun"), [
    ("Valtek est une chaîne de supermarchés américaine.", "américaine", "chaîne"),
    ("Valtek, une société de conseil allemande, a racheté Orvane.", "allemande", "société"),
    ("Valtek vend des voitures de sport rouges.", "rouges", "voitures"),
])
def test_an_adjective_after_a_complement_it_does_not_agree_with_is_the_noun_s_before(nlp, text, adjective, noun):
    assert heads(nlp(text))[adjective] == ("amod", noun)


def test_an_adjective_that_agrees_with_the_complement_stays_on_it(nlp):
    assert heads(nlp("Valtek est une chaîne de supermarchés américains."))["américains"] == ("amod", "supermarchés")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Valtek ainsi qu'Orvane ont signé un accord.", "Valtek", "Orvane"),
    ("Valtek a racheté Orvane ainsi que Zelma.", "Orvane", "Zelma"),
])
def test_ainsi_que_coordinates_the_nouns_on_either_side(nlp, text, first, second):
    found = heads(nlp(text))
    assert found[second] == ("conj", first) and found["ainsi"] == ("cc", second), found


def test_ainsi_que_after_a_verb_is_left_as_parsed(nlp):
    assert heads(nlp("Il a parlé ainsi que le prévoyait la loi."))["ainsi"][1] != "loi"


def test_an_adjective_and_a_name_made_subjects_after_a_determined_subject_are_that_noun_s(nlp):
    found = heads(nlp("Le constructeur automobile américain Tesla a ouvert une usine à Berlin."))
    assert found["automobile"] == ("amod", "constructeur")
    assert found["Tesla"] == ("appos", "constructeur")
    assert found["constructeur"] == ("nsubj", "ouvert")


def test_a_verb_tagged_a_name_after_a_name_set_off_after_a_root_noun_is_the_noun_s_verb(nlp):
    found = heads(nlp("Le mari de Jane Doe, Paul Roy, dirige Valtek."))
    assert found["dirige"] == ("ROOT", "dirige") and found["mari"] == ("nsubj", "dirige")
    assert found["Valtek"] == ("obj", "dirige")


def test_a_present_participle_hung_on_a_bare_reason_is_the_noun_s_the_reason_is_of(nlp):
    found = heads(nlp("Le parquet a ouvert une enquête pour corruption visant Paul Roy."))
    assert found["visant"] == ("acl", "enquête")


def test_a_finite_verb_made_an_adjective_of_the_name_after_an_opening_clause_is_the_sentence_s_verb(nlp):
    found = heads(nlp("Après avoir racheté Brimex, Valtek prévoit de vendre Karvex."))
    assert found["prévoit"] == ("ROOT", "prévoit")
    assert found["Valtek"] == ("nsubj", "prévoit") and found["racheté"] == ("advcl", "prévoit")


def test_an_adjective_tagged_a_verb_inside_a_name_after_a_comma_is_left_as_parsed(nlp):
    found = heads(nlp("Les grands partis sont contestés par de petits partis, notamment le Parti progressiste du "
                      "Canada."))
    assert found["progressiste"][0] != "ROOT"


def test_a_noun_set_off_after_a_name_and_made_its_adjective_is_its_apposition_with_its_complement(nlp):
    found = heads(nlp("Lyon, capitale des Gaules, accueille le sommet."))
    assert found["capitale"] == ("appos", "Lyon")
    assert found["Gaules"] == ("nmod", "capitale")


def test_a_title_with_its_own_article_made_a_subject_after_a_determined_subject_is_that_noun_s(nlp):
    """`Soir` is tagged a common noun: its capital, inside the sentence, says it is a title's word."""
    found = heads(nlp("Le quotidien Le Soir appartient au groupe Orvane Médias."))
    assert found["Soir"] == ("appos", "quotidien")
    assert found["quotidien"] == ("nsubj", "appartient")



def test_a_fronted_participle_hangs_on_the_verb_after_its_comma_even_when_that_has_its_subject(nlp):
    found = heads(nlp("Fondée en 2004 à Lyon, Zelma Industries emploie 300 salariés."))
    assert found["emploie"] == ("ROOT", "emploie")
    assert found["Fondée"] == ("advcl", "emploie") and found["Zelma"] == ("nsubj", "emploie")


def test_a_name_whose_relative_clause_is_set_off_before_a_subjectless_verb_is_its_subject():
    found = triples("Valtek, qui a racheté Orvane en 2019, emploie 500 personnes.")
    assert {("Valtek", "acquires", "Orvane"), ("Valtek", "employs", "500 personnes")} <= found
    facts = read_text("Valtek, qui a racheté Orvane en 2019, emploie 500 personnes.", "fr")
    assert not any(getattr(value, "label", value) == "Valtek" for f in facts for _, value in f.qualifiers)


def test_a_root_name_with_the_main_verb_hung_on_it_after_its_apposition_is_the_verb_s_subject(nlp):
    found = heads(nlp("Orvane, filiale de Valtek, fabrique des batteries dans l'Ohio."))
    assert found["fabrique"] == ("ROOT", "fabrique") and found["Orvane"] == ("nsubj", "fabrique")
    found = triples("Orvane, filiale de Valtek, fabrique des batteries dans l'Ohio.")
    assert {("Orvane", "produces", "batteries"), ("Orvane", "partOf", "Valtek")} <= found


def test_a_phrase_hung_on_a_score_is_the_verb_s(nlp):
    text = "L'équipe de France s'est imposée 3-1 face à l'Italie samedi à Lille."
    found = heads(nlp(text))
    assert found["Italie"][1] == "imposée" and found["Lille"][1] == "imposée"
    assert ("équipe de France", "defeats", "Italie") in triples(text)


def test_a_day_hung_on_a_score_is_the_verb_s(nlp):
    text = "Le club Valtek a battu Orvane 3-1 samedi."
    assert heads(nlp(text))["samedi"][1] == "battu"
    (win,) = [f for f in read_text(text, "fr") if f.relation.local_name == "defeats"]
    assert [getattr(v, "text", v) for role, v in win.qualifiers if role == "date"] == ["samedi"]


def test_a_place_hung_on_a_year_is_the_verb_s(nlp):
    text = "Paul Durand est né en 1950 à Marseille."
    assert heads(nlp(text))["Marseille"][1] == "né"
    assert ("Paul Durand", "bornIn", "Marseille") in triples(text)


def test_a_speaker_the_parser_apposed_to_the_hearer_is_the_speech_verb_s_subject(nlp):
    text = "« Nous allons fermer l'usine », a déclaré à l'AFP Jane Doe, porte-parole de Valtek."
    found = heads(nlp(text))
    assert found["Jane"] == ("nsubj", "déclaré") and found["porte-parole"][1] == "Jane"
    assert any(p == "says" for _, p, _ in triples(text))


def test_a_subject_qui_after_a_noun_s_comma_opens_that_noun_s_relative_clause(nlp):
    text = "Valtek, qui compte 3 000 salariés, est contrôlée à 51 % par l'État."
    assert heads(nlp(text))["compte"] == ("acl:relcl", "Valtek")  # (parsed an adverbial clause of `contrôlée`)
    assert ("Valtek", "employs", "3 000 salariés") in triples(text)


def test_a_verb_whose_compound_tenses_take_etre_is_no_passive(nlp):
    found = heads(nlp("L'explosion est survenue à Marseille."))
    assert found["explosion"] == ("nsubj", "survenue") and found["est"] == ("aux:tense", "survenue")
    found = heads(nlp("Le soldat a été tué à Lyon."))  # (a passive of its own)
    assert found["soldat"] == ("nsubj:pass", "tué") and found["été"][0] == "aux:pass"
    text = "Paul Durand, qui est devenu directeur d'Orvane, a critiqué Valtek."
    assert heads(nlp(text))["qui"] == ("nsubj", "devenu")  # (was a passive subject: no one became anything)
    assert ("Paul Durand", "worksFor", "Orvane") in triples(text)


def test_a_finite_verb_after_a_root_name_s_relative_clause_is_the_root_with_the_name_its_subject(nlp):
    text = "Valtek, qui emploie 300 salariés, avait déjà fermé son usine de Rennes en 2021."
    found = heads(nlp(text))
    assert found["fermé"] == ("ROOT", "fermé") and found["Valtek"] == ("nsubj", "fermé"), found
    assert ("Valtek", "closes", "usine de Rennes") in triples(text)
    text = "Valtek, qui a son siège à Lyon, fabrique des drones."  # (the verb parsed an apposition of `siège`)
    assert heads(nlp(text))["fabrique"] == ("ROOT", "fabrique") and ("Valtek", "produces", "drones") in triples(text)
    text = "Valtek, que Orvane a rachetée en 2019, fabrique des drones."  # (parsed an adverbial clause of `rachetée`)
    assert heads(nlp(text))["fabrique"] == ("ROOT", "fabrique") and ("Valtek", "produces", "drones") in triples(text)
    assert ("Orvane", "produces", "drones") not in triples(text)


def test_ou_after_a_place_s_comma_opens_that_place_s_relative_clause_and_says_where(nlp):
    text = "Valtek a ouvert une usine au Kenya, où elle emploie 500 personnes."
    found = heads(nlp(text))  # (parsed an adverbial clause of `ouvert`, with `où` its indirect object)
    assert found["emploie"] == ("acl:relcl", "Kenya") and found["où"] == ("advmod", "emploie")
    (employs,) = [f for f in read_text(text, "fr") if f.relation.local_name == "employs"]
    assert dict((role, getattr(value, "label", value)) for role, value in employs.qualifiers)["place"] == "Kenya"
    found = heads(nlp("Les rebelles contrôlent le nord du Mali, où les soldats de Karvie combattent depuis mai."))
    assert found["où"][0] == "advmod"  # (parsed a second subject of `combattent`)


def test_a_subject_pronoun_taken_for_a_determiner_is_the_subject_of_the_verb_after_it(nlp):
    doc = nlp("Elle juge « scandaleuses » les informations du Herald.")
    verb = doc[1]
    assert (verb.pos_, verb.lemma_, verb.dep_) == ("VERB", "juger", "ROOT")  # (was the noun `juge`)
    found = heads(doc)
    assert found["Elle"] == ("nsubj", "juge") and found["informations"] == ("obj", "juge")


def test_a_word_in_lower_case_taken_for_a_name_heading_a_subject_is_its_verb(nlp):
    doc = nlp("Marie Martin dirige Valtek depuis 2015.")
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "diriger")  # (was a name between two)
    assert heads(doc)["Valtek"] == ("obj", "dirige")
    assert ("Marie Martin", "leads", "Valtek") in triples("Marie Martin dirige Valtek depuis 2015.")


def test_a_noun_after_a_verb_hung_on_the_phrase_after_it_is_the_verb_s_object(nlp):
    assert heads(nlp("La police a interpellé deux hommes après l'attaque."))["hommes"] == ("obj", "interpellé")
    assert ("police", "arrests", "deux hommes") in triples("La police a interpellé deux hommes après l'attaque.")
    text = "La police a interpellé trois hommes après l'attaque contre la mairie de Norvale."  # (the phrase made the
    found = heads(nlp(text))  # object, preposition and all)
    assert found["hommes"] == ("obj", "interpellé") and found["attaque"] == ("obl:mod", "interpellé")
    assert ("police", "arrests", "trois hommes") in triples(text)


def test_que_hung_on_a_name_before_a_verb_without_subject_opens_that_verb_s_clause(nlp):
    found = heads(nlp("Marie Martin propose que Valtek rachète Orvane."))
    assert found["rachète"] == ("ccomp", "propose") and found["Valtek"] == ("nsubj", "rachète")  # (was `xcomp`,
    assert found["que"] == ("mark", "rachète")  # with the name the clause)
    assert ("Valtek", "acquires", "Orvane") in triples("Marie Martin propose que Valtek rachète Orvane.")


def test_que_hung_on_a_name_whose_verb_hangs_on_the_name_opens_that_verb_s_clause(nlp):
    found = heads(nlp("Paul Durand a suggéré que Valtek rachète Orvane."))
    assert found["rachète"] == ("ccomp", "suggéré") and found["Valtek"] == ("nsubj", "rachète")  # (was a
    assert found["que"] == ("mark", "rachète")  # parataxis of the name, itself a `dep` of the verb)


@pytest.mark.parametrize(("text", "verb", "fact"), [
    ("Valtek, installée à Grenoble depuis 2010, fabrique des drones.", "fabrique", ("Valtek", "produces", "drones")),
    ("Orvane, rachetée par Valtek en 2019, emploie 300 personnes.", "emploie",
     ("Orvane", "employs", "300 personnes")),
])
def test_a_name_s_participle_clause_set_off_by_commas_leaves_the_verb_after_it_the_name_s(nlp, text, verb, fact):
    found = heads(nlp(text))
    name = fact[0]
    assert found[verb] == ("ROOT", verb) and found[name] == ("nsubj", verb), found
    assert fact in triples(text)


def test_a_name_before_a_passive_subject_set_off_by_commas_is_that_subject(nlp):
    text = "Orvane, une entreprise de Lyon, a été rachetée par Valtek."
    found = heads(nlp(text))
    assert found["Orvane"] == ("nsubj:pass", "rachetée") and found["entreprise"] == ("appos", "Orvane")
    assert ("Valtek", "acquires", "Orvane") in triples(text)  # (was the apposition, `entreprise de Lyon`)


def test_des_set_as_a_determiner_is_an_article_and_its_noun_the_object(nlp):
    """`fabrique des vannes` parsed with `des` a preposition and `vannes` an oblique (after a set-off clause)."""
    text = "Le groupe Valtek, dont le siège est à Lyon, fabrique des vannes."
    doc = nlp(text)
    assert heads(doc)["vannes"] == ("obj", "fabrique") and doc[12].pos_ == "DET"
    assert ("Valtek", "produces", "vannes") in triples(text)


def test_a_set_off_dont_clause_keeps_the_phrase_the_parser_hung_on_the_main_verb(nlp):
    """`le groupe X, dont le siège est à Lyon, fabrique …`: `à Lyon` is the clause's, and the noun the name is of
    the main verb's subject."""
    found = heads(nlp("Le groupe Valtek, dont le siège est à Lyon, fabrique des vannes."))
    assert found["Lyon"][1] == "est" and found["groupe"] == ("nsubj", "fabrique")
    assert ("Valtek", "basedIn", "Lyon") in triples("Le groupe Valtek, dont le siège est à Lyon, emploie 300 "
                                                    "personnes.")


@pytest.mark.parametrize(("text", "subject", "obj", "date"), [
    ("Mardi Valtek a racheté Orvane.", "Valtek", "Orvane", "Mardi"),  # (the name hung on the day, made the subject)
    ("Jeudi Marie Martin a quitté Orvane.", "Marie Martin", "Orvane", "Jeudi"),
    ("En mars Paul Durand a quitté Valtek.", "Paul Durand", "Valtek", "En mars")])  # (the name made the object)
def test_a_name_after_a_day_or_month_opening_the_sentence_is_the_subject(nlp, text, subject, obj, date):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == [subject.split()[0]], heads(doc)
    found = read_text(text, "fr")
    assert [(f.subject.label, f.object.label) for f in found] == [(subject, obj)], found
    assert ("date", date) in [(role, getattr(v, "label", v)) for role, v in found[0].qualifiers], found


def test_afin_de_opens_a_purpose_clause_of_the_verb(nlp):
    doc = nlp("Valtek a réduit ses coûts afin de vendre Orvane.")
    assert heads(doc)["vendre"] == ("advcl", "réduit") and heads(doc)["afin"] == ("mark", "vendre"), heads(doc)
    assert ("Valtek", "sells", "Orvane") in triples("Valtek a réduit ses coûts afin de vendre Orvane.")


def test_a_bare_day_hung_on_the_verb_s_bare_noun_before_it_says_when_the_verb_happened(nlp):
    text = "L'hôtel Karvex a fermé ses portes jeudi à Montréal."
    assert heads(nlp(text))["jeudi"] == ("obl:mod", "fermé")  # (was on `portes`)
    assert heads(nlp("Paul Durand est né le 24 octobre 1953 à Lyon."))["octobre"][1] != "né"  # (a date's own)


def test_a_name_set_off_before_an_l_un_des_subject_is_the_subject(nlp):
    found = heads(nlp("Valtek, l'une des filiales d'Orvane, emploie 300 personnes."))
    assert found["Valtek"] == ("nsubj", "emploie") and found["une"] == ("appos", "Valtek")  # (was `une` the subject)



@pytest.mark.parametrize(("text", "noun", "fact"), [
    ("Paul Durand travaille au sein de Valtek depuis 2010.", "Valtek", ("Paul Durand", "worksFor", "Valtek")),
    ("Marie Martin a combattu aux côtés des rebelles.", "rebelles", ("Marie Martin", "combattreAvec", "rebelles")),
])
def test_au_sein_de_and_aux_cotes_de_are_one_preposition(nlp, text, noun, fact):
    """The noun after `au` / `aux` is no object nor description: what follows `de` is, introduced by the three words
    as one preposition, read as the one-word preposition it behaves as (`chez`, `avec`)."""
    found = heads(nlp(text))
    assert found[noun][0].startswith("obl") and found["sein" if "sein" in text else "côtés"] == \
        ("fixed", "au" if "sein" in text else "aux")
    assert fact in triples(text)


@pytest.mark.parametrize(("text", "noun", "case"), [
    ("Le concours s'est tenu en marge de la conférence de Norvale.", "conférence", "en marge de"),
    ("Paul Roy se tenait à côté de Jane Doe.", "Jane", "à côté de")])
def test_en_marge_de_and_a_cote_de_are_one_preposition(nlp, text, noun, case):
    """So the noun is no place the event is held in, nor where someone is (`concours located in marge de …`)."""
    doc = nlp(text)
    (word,) = [t for t in doc if t.text == noun]
    assert word._.kg_case == case
    assert not [f for f in triples(text) if f[1] == "locatedIn"]


def test_a_relative_clause_after_en_raison_de_is_not_about_raison(nlp):
    """`raison`, now part of a preposition, is no antecedent: `qui` stands for the name before it."""
    text = ("Le comité a refusé sa candidature, en raison des exigences de Paul Durand qui demandait à Marie Martin "
            "de s'excuser.")
    assert heads(nlp(text))["demandait"][1] != "raison"
    assert ("Paul Durand", "asks", "s'excuser") in triples(text)


def test_a_noun_with_an_indefinite_article_after_the_object_s_name_describes_the_name(nlp):
    """`le rachat d'Orvane, une start-up lyonnaise` parsed with `start-up` a second object of `annoncé`: it describes
    Orvane, and is nothing announced; a common noun object keeps its list (`des drones, une arme`)."""
    text = "Valtek a annoncé le rachat d'Orvane, une start-up lyonnaise spécialisée dans les drones."
    assert heads(nlp(text))["start-up"] == ("appos", "Orvane")
    found = triples(text)
    assert ("Orvane", "instanceOf", "start-up lyonnaise") in found
    assert not any(p == "announces" for _, p, _ in found)


def test_a_name_after_a_fronted_participle_s_agent_is_the_verb_s_subject(nlp):
    """`Interrogé par l'AFP, Paul Durand, porte-parole de Valtek, a refusé …` parsed with the name a second agent of
    the participle and the noun after it the verb's subject: the name is the subject, the noun its apposition."""
    text = "Interrogé par l'AFP, Paul Durand, porte-parole de Valtek, a refusé de commenter."
    found = heads(nlp(text))
    assert found["Paul"] == ("nsubj", "refusé") and found["porte-parole"] == ("appos", "Paul")
    facts = triples(text)
    assert ("Paul Durand", "hasRole", "porte-parole") in facts
    assert {o for s, _, o in facts if s == "AFP"} == {"Paul Durand"}  # (whom the AFP asked, not Valtek)


@pytest.mark.parametrize("text", [
    "Le titre a chuté parce que Valtek, premier employeur de la région, a annoncé la fermeture de l'usine.",
    "Cette décision intervient alors que Valtek, premier employeur de la région, a enregistré une perte de 20 "
    "millions d'euros.",
])
def test_a_subject_after_the_que_of_a_conjunction_is_its_clause_s(nlp, text):
    """`parce que Valtek, premier employeur de la région, a annoncé …` parsed with `Valtek` a bare oblique of the main
    verb and `annoncé` a subjectless parataxis: Valtek is the subject of the clause the conjunction opens."""
    doc = nlp(text)
    verb = next(t for t in doc if t.text in ("annoncé", "enregistré"))
    assert next(t for t in doc if t.text == "Valtek").head == verb and verb.dep_ == "advcl"
    assert any(s == "Valtek" and p in ("closes", "reports") for s, p, _ in triples(text))


@pytest.mark.parametrize("text", [
    "Valtek, qui a racheté Orvane l'an dernier, compte désormais 3 000 salariés.",  # (`compte` the root, a noun)
    "Valtek, qui a racheté Orvane l'an dernier pour 50 millions d'euros, compte désormais 3 000 salariés.",  # (apposed
])  # inside the relative clause)
def test_a_verb_taken_for_a_bare_noun_after_a_name_s_relative_clause_is_the_main_verb(nlp, text):
    """`Valtek, qui a racheté Orvane en 2019, compte désormais 3 000 salariés` parsed with `compte` a noun, the root
    with the subject or apposed inside the clause: a bare common noun with a subject, or after the clause's comma
    with a complement, is the main verb."""
    found = heads(nlp(text))
    assert found["compte"] == ("ROOT", "compte") and found["Valtek"] == ("nsubj", "compte")
    assert found["salariés"] == ("obj", "compte") and found["désormais"] == ("advmod", "compte")
    assert {("Valtek", "acquires", "Orvane"), ("Valtek", "employs", "3 000 salariés")} <= triples(text)


def test_an_object_after_a_dated_phrase_parsed_as_one_phrase_with_it_is_the_verb_s_object(nlp):
    """`dirige depuis 2018 la filiale de Valtek` parsed with `depuis` on `filiale` and `2018` its adjective: the date
    is the verb's phrase, the noun its object."""
    text = "Marie Martin, qui dirige depuis 2018 la filiale française de Valtek, a démissionné."
    found = heads(nlp(text))
    assert found["filiale"] == ("obj", "dirige") and found["2018"] == ("obl:mod", "dirige")
    assert found["depuis"] == ("case", "2018")
    assert ("Marie Martin", "leads", "filiale française de Valtek") in triples(text)


def test_a_par_phrase_on_an_active_verb_is_the_agent_of_the_noun_before_it(nlp):
    """`intervient après le rachat d'Orvane par le groupe Brimex` parsed with `par le groupe` on `intervient`: an
    active verb has no agent, the noun before it has (a passive keeps its own)."""
    text = "Cette annonce intervient deux semaines après le rachat d'Orvane par le groupe allemand Brimex."
    assert heads(nlp(text))["groupe"] == ("nmod", "rachat")
    assert ("Brimex", "acquires", "Orvane") in triples(text)
    assert heads(nlp("Valtek a été rachetée par Brimex."))["Brimex"][1] == "rachetée"


def test_a_bare_post_taken_for_the_participle_s_agent_is_what_the_subject_is_made(nlp):
    """`devrait être nommé directeur général de Valtek` parsed with `directeur` an agent without `par`: it is the
    post (an open complement, as `a été nommé directeur` is parsed); an agent with `par` stays one."""
    found = heads(nlp("Paul Durand devrait être nommé directeur général de Valtek."))
    assert found["directeur"] == ("xcomp", "nommé")
    assert heads(nlp("Paul Durand a été nommé par le conseil de Valtek."))["conseil"][0] != "xcomp"


def test_a_post_set_after_a_verb_s_agent_is_the_verb_s(nlp):
    """`remplacé par Paul Roy comme directeur` parsed with the post on the agent's name: it is what the verb makes
    the agent."""
    assert heads(nlp("Tom Hale a été remplacé par Paul Roy comme directeur de Brimex."))["directeur"] == (
        "obl:mod", "remplacé")


@pytest.mark.parametrize(("text", "fact"), [
    ("Arrêté en 2019 à Marseille, Paul Durand a été condamné à cinq ans de prison.",
     ("Paul Durand", "arrestedIn", "Marseille")),  # (a passive's frame: `pass:à`)
    ("Élu président du parti le 15 mai, Paul Durand a démissionné en juin.", ("Paul Durand", "hasRole",
                                                                               "président du parti")),
])
def test_a_participle_opening_a_sentence_taken_for_a_noun_is_a_clause_of_the_subject(nlp, text, fact):
    """`Arrêté en 2019 à Marseille, X …` tagged with `Arrêté` a noun and its phrases a noun's: a participle describing
    the main clause's subject, its phrases the verb's (a bare post what it makes the subject); a noun of quality
    opening a headline stays a noun."""
    doc = nlp(text)
    assert doc[0].pos_ == "VERB" and doc[0].dep_ == "advcl" and not any(c.dep_ == "nmod" for c in doc[0].children)
    assert fact in triples(text)
    assert nlp("Sécurité renforcée à Paris, selon la police.")[0].pos_ != "VERB"


def test_a_counted_participle_after_a_passive_s_conjunction_shares_the_phrases_after_it(nlp):
    """`Trois personnes ont été tuées et cinq blessées dans une explosion` tagged with `blessées` a noun holding the
    phrase: a participle with its auxiliary left out, the count its subject, the phrase the killing's too."""
    text = "Trois personnes ont été tuées et cinq blessées dans une explosion à Lyon samedi."
    found = heads(nlp(text))
    assert found["cinq"] == ("nsubj:pass", "blessées") and found["explosion"] == ("obl:mod", "tuées")
    assert ("explosion", "kills", "Trois personnes") in triples(text)


def test_a_gapped_participle_tagged_a_verb_shares_the_phrases_after_it():
    """`Deux soldats ont été tués et trois autres blessés lors d'une attaque`, `blessés` tagged a verb holding the
    phrase: the killing was in the attack too; a first verb with a phrase of its own keeps it."""
    assert ("attaque", "kills", "Deux soldats") in triples(
        "Deux soldats ont été tués et trois autres blessés lors d'une attaque à Kaboul.")
    found = triples("Deux soldats ont été tués dans une embuscade et trois autres blessés lors d'une attaque.")
    assert ("embuscade", "kills", "Deux soldats") in found and ("attaque", "kills", "Deux soldats") not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Une série d'incendies, dont deux feux de forêt, a détruit 300 maisons en Grèce.",
     ("incendies", "300 maisons"), "deux feux de forêt"),  # (the examples parsed as a second subject)
    ("Plusieurs banques, dont Valtek et Orvane, ont investi dans la société.",
     ("Valtek", "société"), "Valtek"),  # (the examples parsed as a relative clause, and `la société` taken for one)
])
def test_examples_dont_opens_after_a_noun_s_comma_hang_on_that_noun(nlp, text, fact, wrong):
    """`dont` after a noun's comma, with no verb before the next comma, opens examples of the noun (`Plusieurs pays,
    dont la France, ont …`), not a relative clause: they hang on the noun, whose verb keeps its one subject, and a
    description later in the clause is none of them."""
    doc = nlp(text)
    marker = next(t for t in doc if t.text == "dont")
    assert (marker.head.dep_, marker.head.head) == ("nmod", doc[marker.i - 2])  # (the noun before the comma)
    found = triples(text)
    assert any((s, o) == fact for s, _, o in found)
    assert not any(wrong in (s, o) and (s, o) != fact for s, _, o in found)


def test_a_relative_clause_dont_opens_is_no_list_of_examples(nlp):
    """`dont` followed by a verb before the comma opens a relative clause, left to its own repair."""
    doc = nlp("Valtek, dont le siège est à Lyon, a racheté Orvane.")
    assert next(t for t in doc if t.text == "siège").head.text != "Valtek"
    assert ("Valtek", "acquires", "Orvane") in triples("Valtek, dont le siège est à Lyon, a racheté Orvane.")


@pytest.mark.parametrize(("text", "subject"), [
    ("Valtek va fermer son usine de Metz, qui emploie 300 personnes.", "usine de Metz"),  # (the whole phrase)
    ("Valtek va fermer les usines de Brimex, qui emploie 300 personnes.", "Brimex"),  # (the part that agrees)
])
def test_a_relative_clause_hung_on_a_verb_goes_on_the_phrase_before_its_comma(nlp, text, subject):
    """`va fermer son usine de Metz, qui emploie …` parsed with the clause on `fermer`: a clause `qui` opens stands
    for a noun, the phrase before its comma, or the noun inside it its verb agrees with."""
    doc = nlp(text)
    assert next(t for t in doc if t.text == "emploie").head.pos_ != "VERB"
    assert (subject, "employs", "300 personnes") in triples(text)


def test_a_determined_noun_after_another_phrase_of_a_verb_without_object_is_its_object(nlp):
    """`a rencontré mardi à Berlin la chancelière` parsed with `chancelière` a bare modifier of the verb: the object;
    a noun of a time is none (`est arrivé mardi à Berlin la veille`)."""
    text = "Paul Durand a rencontré mardi à Berlin la chancelière allemande."
    assert heads(nlp(text))["chancelière"] == ("obj", "rencontré")
    assert ("Paul Durand", "meets", "chancelière allemande") in triples(text)
    assert heads(nlp("Paul Durand est arrivé mardi à Berlin la veille du sommet."))["veille"][0] != "obj"


@pytest.mark.parametrize(("text", "fact"), [
    ("C'est Valtek qui a racheté Orvane en 2019.", ("Valtek", "acquires", "Orvane")),
    ("C'est Paul Durand qui dirigera la filiale.", ("Paul Durand", "leads", "filiale")),
])
def test_the_clause_after_the_focus_of_a_cleft_sentence_is_its_relative_clause(nlp, text, fact):
    """`C'est X qui a racheté Y` parsed with the clause an unlabelled dependent of X: X's relative clause."""
    doc = nlp(text)
    verb = next(t for t in doc if t.text in ("racheté", "dirigera"))
    assert verb.dep_ == "acl:relcl"
    assert fact in triples(text)


def test_a_noun_coordinated_with_the_agent_but_hung_on_the_verb_is_a_second_agent(nlp):
    """`signé par Valtek et le ministère de la Défense` parsed with `ministère` a conjunct of the verb: the agent's."""
    text = "Le contrat a été signé par Valtek et le ministère de la Défense."
    assert heads(nlp(text))["ministère"] == ("conj", "Valtek")
    assert {("Valtek", "signs", "contrat"), ("ministère de la Défense", "signs", "contrat")} <= triples(text)


def test_a_determined_de_phrase_hung_on_a_bare_day_is_the_verb_s(nlp):
    """`se sont emparés lundi de la ville de Goma` parsed with the phrase a complement of the day: the verb's."""
    text = "Les rebelles se sont emparés lundi de la ville de Goma."
    assert heads(nlp(text))["ville"][1] == "emparés"
    assert ("rebelles", "acquires", "Goma") in triples(text)


def test_a_name_s_last_word_parsed_as_a_complement_of_the_verb_is_the_name_s(nlp):
    """`Interrogé sur France Inter` parsed with `Inter` an open complement of the participle: part of the name. And
    a participle describing the subject is passive: a verb kg does not know is labelled as the participle it is, so
    that the fact reads the right way (`ministre | interrogé sur | France Inter`, not `interroger sur`)."""
    text = "Interrogé sur France Inter, le ministre a assuré que la réforme serait adoptée."
    assert heads(nlp(text))["Inter"] == ("flat:name", "France")
    (fact,) = [f for f in read_text(text, "fr") if getattr(f.object, "label", "") == "France Inter"]
    assert (fact.subject.label, fact.relation.label) == ("ministre", "interrogé sur")


def test_the_count_of_a_gapped_participle_parsed_as_its_number_is_its_subject(nlp):
    """`15 personnes ont été tuées et une vingtaine blessées dans un attentat` parsed with `une vingtaine` the
    number of `blessées`: its subject, so the 15 were killed, not injured."""
    text = "Au moins 15 personnes ont été tuées et une vingtaine blessées dans un attentat-suicide à Kandahar."
    assert heads(nlp(text))["vingtaine"] == ("nsubj:pass", "blessées")
    found = triples(text)
    assert ("Au moins 15 personnes", "killedIn", "attentat-suicide") in found
    assert ("Au moins 15 personnes", "injuredIn", "attentat-suicide") not in found


def test_a_phrase_hung_on_a_verb_is_its_oblique(nlp):
    found = heads(nlp("Paul Durand est diplômé de l'université de Lyon."))
    assert found["université"] == ("obl:mod", "diplômé")
    assert found["Lyon"] == ("nmod", "université")  # (a noun's own complement stays the noun's)
    assert ("Paul Durand", "educatedAt", "université de Lyon") in triples("Paul Durand est diplômé de l'université de "
                                                                          "Lyon.")


def test_a_name_right_after_its_verb_is_its_object_with_its_date_the_verb_s(nlp):
    found = heads(nlp("Paul Durand a rejoint Valtek en 2010 comme directeur commercial."))
    assert found["Valtek"] == ("obj", "rejoint") and found["2010"][1] == "rejoint"
    assert ("Paul Durand", "worksFor", "Valtek") in triples("Paul Durand a rejoint Valtek en 2010 comme directeur "
                                                            "commercial.")
    assert heads(nlp("La société a été rebaptisée Orvane en 2015."))["Orvane"][0] != "obj"  # what it is named


def test_an_event_noun_after_a_day_is_the_object_of_the_verb_making_it(nlp):
    found = heads(nlp("Israël a mené mardi des frappes aériennes sur Gaza."))
    assert found["frappes"] == ("obj", "mené") and found["des"][0] == "det"
    assert ("Israël", "attacks", "Gaza") in triples("Israël a mené mardi des frappes aériennes sur Gaza.")
    assert heads(nlp("Les rebelles se sont emparés lundi des armes de la police."))["armes"][0] != "obj"  # (`de`)


@pytest.mark.parametrize("text, time, obj", [
    ("Valtek a ouvert l'an dernier une nouvelle usine au Texas.", "an", "usine"),
    ("Valtek a racheté la semaine dernière une start-up lyonnaise.", "semaine", "start-up")])
def test_a_time_phrase_before_the_object_says_when(nlp, text, time, obj):
    found = heads(nlp(text))
    assert found[time][0] == "obl:mod" and found[obj][0] == "obj"
    assert found["dernière" if "dernière" in text else "dernier"][1] == time  # (its adjective is the time's)


def test_an_infinitive_opened_by_pour_is_a_purpose_clause_with_its_own_object(nlp):
    text = "Karvex a accepté de verser 300 millions de dollars pour solder les poursuites engagées par la SEC."
    found = heads(nlp(text))
    assert found["solder"] == ("advcl", "verser") and found["pour"] == ("mark", "solder")  # parsed an oblique
    assert found["poursuites"] == ("obj", "solder")  # parsed a second object of `verser`
    purposes = {dict(f.qualifiers).get("purpose") for f in read_text(text, "fr") if f.relation.local_name == "pays"}
    assert purposes == {"solder les poursuites engagées par la SEC"}


@pytest.mark.parametrize("text, date, verb", [
    ("M. Durand a pris la tête du groupe Brimex en 2019.", "2019", "pris"),
    ("Valtek a racheté une participation dans Orvane en mars.", "mars", "racheté"),
])
def test_a_dated_phrase_ending_a_verb_s_argument_says_when_the_verb_s_act_happened(nlp, text, date, verb):
    assert heads(nlp(text))[date] == ("obl:mod", verb)  # parsed a complement of the noun
    assert all(f"en {date}" in dict(f.qualifiers).values() for f in read_text(text, "fr"))


def test_a_quarter_ending_a_level_s_phrase_says_when_it_was_reached(nlp):
    text = "Le bénéfice de Valtek a reculé de 12 % à 3,4 milliards d'euros au deuxième trimestre."
    assert heads(nlp(text))["trimestre"] == ("obl:mod", "reculé")  # parsed a complement of `milliards`
    (falls,) = [f for f in read_text(text, "fr") if f.relation.local_name == "falls"]
    assert dict(falls.qualifiers)["date"] == "deuxième trimestre"


def test_a_date_of_a_noun_stays_the_noun_s(nlp):
    assert heads(nlp("L'élection de 2006 a été annulée par la Cour suprême."))["2006"] == ("nmod", "élection")


def test_a_phrase_after_the_name_ending_a_verb_s_argument_is_the_verb_s(nlp):
    text = "Le tribunal a condamné jeudi l'ancien ministre Paul Roy à deux ans de prison pour favoritisme."
    assert heads(nlp(text))["ans"] == ("obl:mod", "condamné")  # parsed a complement of `ministre`
    assert ("Paul Roy", "sentencedTo", "deux ans de prison") in triples(text)
    text = "Valtek a vendu Orvane à Karvex pour 2 milliards d'euros."
    assert heads(nlp(text))["milliards"] == ("obl:mod", "vendu")  # parsed a complement of `Karvex`
    (sale,) = [f for f in read_text(text, "fr") if f.relation.local_name == "sells"]
    assert dict(sale.qualifiers)["quantity"] == "2 milliards d'euros"


def test_a_place_after_a_name_stays_the_name_s(nlp):
    assert heads(nlp("Il a ouvert un magasin rue Garibaldi dans le centre de Lyon."))["centre"] == ("nmod",
                                                                                            "Garibaldi")


@pytest.mark.parametrize("text, fact", [
    ("Paul Durand, 62 ans, succède à Marie Martin.", ("Paul Durand", "succeeds", "Marie Martin")),
    ("Marie Martin, 45 ans, dirige Valtek depuis 2015.", ("Marie Martin", "leads", "Valtek")),
])
def test_a_name_of_two_words_set_off_by_its_age_is_the_subject_of_the_verb_after_it(nlp, text, fact):
    verb = next(t for t in nlp(text) if t.lemma_ in ("succéder", "diriger"))
    assert (verb.dep_, verb.pos_) == ("ROOT", "VERB")  # parsed a conjunct of the name, or a name apposed to it
    assert fact in triples(text)


def test_a_day_after_a_score_tagged_a_verb_says_when(nlp):
    text = "Lyon a battu Marseille 2-1 dimanche."
    assert heads(nlp(text))["dimanche"] == ("obl:mod", "battu")  # parsed on the score, tagged a verb
    (win,) = [f for f in read_text(text, "fr") if f.relation.local_name == "defeats"]
    assert dict(win.qualifiers) == {"date": "dimanche"}


@pytest.mark.parametrize("text, verb", [
    ("Valtek fermerait deux usines en France.", "fermerait"),
    ("Valtek a annoncé qu'elle ferait appel de la décision.", "ferait"),
    ("Selon la presse, Valtek vendrait sa filiale à Orvane.", "vendrait"),
])
def test_a_conditional_tagged_an_indicative_is_a_conditional_and_its_fact_hypothetical(nlp, text, verb):
    assert next(t for t in nlp(text) if t.text == verb).morph.get("Mood") == ["Cnd"]  # tagged Ind, Tense=Imp
    found = read_text(text, "fr")
    assert found and all(f.hypothetical for f in found)


def test_a_present_tagged_a_past_participle_is_a_present_and_no_headline_is_read_into_it(nlp):
    """`recrute` tagged a past participle left the sentence with no finite verb, so the headline reader made
    `entreprise` (a form of `entreprendre`) its verb."""
    text = "Valtek, une entreprise spécialisée dans les batteries, recrute."
    recruits = next(t for t in nlp(text) if t.text == "recrute")
    assert (recruits.morph.get("VerbForm"), recruits.morph.get("Tense")) == (["Fin"], ["Pres"])
    assert {f.relation.local_name for f in read_text(text, "fr")} == {"worksOn"}
    created = next(t for t in nlp("Valtek a recruté deux ingénieurs.") if t.text == "recruté")
    assert created.morph.get("VerbForm") == ["Part"]  # (a participle's ending: left alone)


def test_an_imperfect_stays_an_indicative(nlp):
    assert next(t for t in nlp("Valtek fermait deux usines par an.") if t.text == "fermait").morph.get(
        "Mood") == ["Ind"]


def test_an_open_complement_tagged_a_finite_verb_is_a_noun(nlp):
    text = "Marie Martin a été nommée ambassadrice de France au Japon."
    post = next(t for t in nlp(text) if t.text == "ambassadrice")
    assert (post.pos_, post.dep_) == ("NOUN", "xcomp")  # tagged a finite verb, first person
    assert {("Marie Martin", "hasRole", "ambassadrice"), ("Marie Martin", "worksFor", "France")} <= triples(text)


def test_a_day_in_lower_case_is_no_part_of_a_name(nlp):
    text = "Paul Durand a rencontré Marie Martin lundi à Berlin."
    assert heads(nlp(text))["lundi"] == ("obl:mod", "rencontré")  # parsed a part of `Marie Martin`
    (meets,) = [f for f in read_text(text, "fr") if f.relation.local_name == "meets"]
    assert (meets.object.label, dict(meets.qualifiers)["date"]) == ("Marie Martin", "lundi")


def test_a_day_tagged_a_participle_is_a_noun_saying_when(nlp):
    doc = nlp("Une explosion a tué au moins 12 personnes dimanche au sud de Lyon, selon la police.")
    day = next(t for t in doc if t.text == "dimanche")
    assert (day.pos_, day.dep_, day.head.text) == ("NOUN", "obl:mod", "tué")  # the tagger's `dimancher`
    fact = next(f for f in read_text(doc.text, "fr") if f.relation.local_name == "kills")
    assert fact.object.label.endswith("12 personnes")  # (not `12 personnes dimanche`)
    assert ("date", "dimanche") in {(role, getattr(value, "label", value)) for role, value in fact.qualifiers}


@pytest.mark.parametrize("text, event", [
    ("Quatorze personnes sont mortes dans l'attaque.", "attaque"),
    ("Trois ouvriers sont morts dans l'incendie de l'usine.", "incendie de l'usine"),
])
def test_a_phrase_on_a_participle_of_etre_taken_for_an_adjective_is_the_verb_s(nlp, text, event):
    doc = nlp(text)
    participle = next(t for t in doc if t.lemma_ == "mourir")
    assert participle.pos_ == "VERB"
    assert any(c.dep_.startswith("obl") for c in participle.children)  # not a noun's modifier of an adjective
    assert (event, "kills", text.split(" sont")[0]) in triples(text)


def test_a_present_participle_set_off_after_the_object_is_the_subject_s(nlp):
    doc = nlp("Paul Roy a remporté 54 % des voix, battant le maire sortant Tom Hale.")
    participle = next(t for t in doc if t.text == "battant")
    assert (participle.dep_, participle.head.text) == ("advcl", "remporté")
    assert ("Paul Roy", "defeats", "Tom Hale") in triples(doc.text)


def test_a_present_participle_right_after_its_noun_stays_the_noun_s(nlp):
    doc = nlp("La police a arrêté des manifestants portant des pancartes.")
    assert next(t for t in doc if t.text == "portant").head.text == "manifestants"


@pytest.mark.parametrize("text, fact", [
    ("Les députés ont adopté mardi en première lecture le projet de loi sur l'immigration.",
     ("députés", "approves", "projet de loi sur l'immigration")),
    ("Orvane a annoncé mardi dans un communiqué la fermeture de son usine de Rennes.",
     ("Orvane", "closes", "usine de Rennes")),
])
def test_an_object_hung_on_the_phrase_before_it_is_the_verb_s(nlp, text, fact):
    assert fact in triples(text)


def _hand_parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A French Doc from (word, head, label, part of speech, morphology) rows, as a parser might have left it."""
    words, heads, deps, pos, morphs = zip(*rows, strict=True)
    return Doc(spacy.blank("fr").vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               morphs=list(morphs))


def test_a_noun_with_a_clause_of_its_own_is_not_taken_for_the_object():
    article = "Definite=Ind|PronType=Art"
    doc = _hand_parsed([  # `… sous le nom de Karvex Works est un groupe privé`, the clause hung on `nom`
        ("Valtek", 0, "ROOT", "PROPN", ""), ("fondée", 0, "acl", "VERB", ""), ("en", 3, "case", "ADP", ""),
        ("1990", 1, "obl:mod", "NUM", ""), ("sous", 6, "case", "ADP", ""), ("le", 6, "det", "DET", article),
        ("nom", 1, "obl:mod", "NOUN", ""), ("de", 8, "case", "ADP", ""), ("Karvex", 6, "nmod", "PROPN", ""),
        ("Works", 12, "nsubj", "PROPN", ""), ("est", 12, "cop", "AUX", ""), ("un", 12, "det", "DET", article),
        ("groupe", 6, "nmod", "NOUN", ""), ("privé", 12, "amod", "ADJ", ""), (".", 0, "punct", "PUNCT", "")])
    assert mend(doc)[12].dep_ == "nmod"
    doc = _hand_parsed([  # `a ouvert mardi à Lyon le magasin`, the object hung on the place
        ("Valtek", 2, "nsubj", "PROPN", ""), ("a", 2, "aux:tense", "AUX", ""), ("ouvert", 2, "ROOT", "VERB", ""),
        ("mardi", 2, "obl:mod", "NOUN", ""), ("à", 5, "case", "ADP", ""), ("Lyon", 2, "obl:mod", "PROPN", ""),
        ("le", 7, "det", "DET", article), ("magasin", 5, "nmod", "NOUN", ""), (".", 2, "punct", "PUNCT", "")])
    assert (mend(doc)[7].dep_, doc[7].head.text) == ("obj", "ouvert")


@pytest.mark.parametrize("text, words", [
    ("Il a dénoncé l'« opération » de Karvex.", ["l'", "«", "opération", "»"]),
    ("une décision qualifiée d’« historique »", ["d’", "«", "historique", "»"]),
    ("Elle a dit qu'« il faut agir ».", ["qu'", "«", "il"]),
])
def test_an_elided_word_before_a_quotation_mark_is_a_word_of_its_own(nlp, text, words):
    tokens = [t.text for t in nlp.tokenizer(text)]
    start = tokens.index(words[0])
    assert tokens[start:start + len(words)] == words


def test_a_judgement_in_quotation_marks_after_an_elided_de_is_read(nlp):
    found = triples("Paul Durand a qualifié d'« inacceptable » la décision de Karvex.")
    assert ("Paul Durand", "criticizes", "décision de Karvex") in found


def test_an_apposition_taken_for_the_subject_of_the_verb_after_a_rooted_name_is_the_name_s(nlp):
    doc = nlp("Paul Durand, l'entraîneur de l'OM, a démissionné lundi.")
    verb = next(t for t in doc if t.lemma_ == "démissionner")
    assert verb.dep_ == "ROOT" and next(t for t in doc if t.text == "entraîneur").head.text == "Paul"
    assert ("Paul Durand", "leaves", "OM") in triples(doc.text)


def test_the_subject_of_a_pronominal_verb_is_no_passive_one(nlp):
    doc = nlp("L'explosion s'est produite jeudi à Rouen.")
    assert next(t for t in doc if t.text == "explosion").dep_ == "nsubj"  # (`se` no passive's: `expl:comp`)
    assert ("explosion", "locatedIn", "Rouen") in triples(doc.text)


def test_an_amount_and_a_day_hung_on_the_object_s_adjective_are_the_object_s(nlp):
    doc = nlp("La Banque centrale européenne a relevé ses taux directeurs de 0,25 point jeudi.")
    assert {t.text: t.head.text for t in doc}["point"] == "taux"
    fact = next(f for f in read_text(doc.text, "fr") if f.relation.local_name == "increases")
    assert fact.object.label == "taux directeurs"
    assert {("quantity", "0,25 point"), ("date", "jeudi")} <= {(r, getattr(v, "label", v)) for r, v in fact.qualifiers}


def test_a_finite_verb_taken_for_a_part_of_the_name_before_it_is_the_name_s_verb():
    finite = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    doc = mend(_hand_parsed([  # `Paul Roy succède à Marie Martin, qui occupait le poste.`, the verb in the name
        ("Paul", 0, "ROOT", "PROPN", ""), ("Roy", 0, "flat:name", "PROPN", ""), ("succède", 0, "flat:name", "VERB",
                                                                                   finite),
        ("à", 4, "case", "ADP", ""), ("Marie", 2, "obl:arg", "PROPN", ""), ("Martin", 4, "flat:name", "PROPN", ""),
        (",", 0, "punct", "PUNCT", ""), ("qui", 8, "nsubj", "PRON", "PronType=Rel"),
        ("occupait", 0, "acl:relcl", "VERB", finite.replace("Pres", "Imp")), ("le", 10, "det", "DET", ""),
        ("poste", 8, "obj", "NOUN", ""), (".", 0, "punct", "PUNCT", "")]))
    assert (doc[2].dep_, doc[0].dep_, doc[0].head.i) == ("ROOT", "nsubj", 2)
    assert doc[8].head.text == "Marie" and doc[11].head.i == 2


def test_a_word_in_lower_case_between_two_names_parsed_as_one_is_their_verb():
    doc = mend(_hand_parsed([  # `Paul Roy remplace Marie Martin à Lyon.`, one name at the root
        ("Paul", 0, "ROOT", "PROPN", ""), ("Roy", 0, "flat:name", "PROPN", ""),
        ("remplace", 0, "flat:name", "PROPN", ""), ("Marie", 0, "flat:name", "PROPN", ""),
        ("Martin", 3, "flat:name", "PROPN", ""), ("à", 6, "case", "ADP", ""), ("Lyon", 0, "nmod", "PROPN", ""),
        (".", 0, "punct", "PUNCT", "")]))
    assert (doc[2].pos_, doc[2].dep_, doc[0].dep_, doc[0].head.i) == ("VERB", "ROOT", "nsubj", 2)
    assert (doc[3].dep_, doc[3].head.i, doc[4].head.i, doc[1].head.i) == ("obj", 2, 3, 0)
    assert (doc[6].head.i, doc[6].dep_) == (2, "obl:mod")
    doc = mend(_hand_parsed([  # `Paul van Roy`: a name particle is no verb
        ("Paul", 0, "ROOT", "PROPN", ""), ("van", 0, "flat:name", "PROPN", ""), ("Roy", 0, "flat:name", "PROPN", "")]))
    assert (doc[1].pos_, doc[0].dep_) == ("PROPN", "ROOT")


def test_a_name_coordinated_with_an_object_before_a_verb_without_subject_is_its_subject():
    finite = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    doc = mend(_hand_parsed([  # `Valtek a cédé Karvex et Brimex a racheté Orvane.`, `Brimex` a conjunct of `Karvex`
        ("Valtek", 2, "nsubj", "PROPN", ""), ("a", 2, "aux:tense", "AUX", finite),
        ("cédé", 2, "ROOT", "VERB", "Tense=Past|VerbForm=Part"), ("Karvex", 2, "obj", "PROPN", ""),
        ("et", 5, "cc", "CCONJ", ""), ("Brimex", 3, "conj", "PROPN", ""), ("a", 7, "aux:tense", "AUX", finite),
        ("racheté", 2, "advcl", "VERB", "Tense=Past|VerbForm=Part"), ("Orvane", 7, "obj", "PROPN", ""),
        (".", 2, "punct", "PUNCT", "")]))
    assert (doc[5].dep_, doc[5].head.i, doc[4].head.i) == ("nsubj", 7, 7)
    assert (doc[7].dep_, doc[7].head.i, doc[3].dep_) == ("conj", 2, "obj")


def test_a_date_without_preposition_hung_on_an_object_is_the_verb_s():
    doc = mend(_hand_parsed([  # `Valtek a perdu 2 millions l'an dernier.`, the date a complement of `millions`
        ("Valtek", 2, "nsubj", "PROPN", ""), ("a", 2, "aux:tense", "AUX", ""), ("perdu", 2, "ROOT", "VERB", ""),
        ("2", 4, "nummod", "NUM", ""), ("millions", 2, "obj", "NOUN", ""), ("l'", 6, "det", "DET", ""),
        ("an", 4, "nmod", "NOUN", ""), ("dernier", 6, "amod", "ADJ", ""), (".", 2, "punct", "PUNCT", "")]))
    assert (doc[6].head.i, doc[6].dep_) == (2, "obl:mod")


def test_a_copular_clause_of_que_hung_on_a_name_completes_the_name_s_verb():
    doc = mend(_hand_parsed([  # `Paul Roy a confié à l'AFP que Valtek était en discussion avec Brimex.`
        ("Paul", 3, "nsubj", "PROPN", ""), ("Roy", 0, "flat:name", "PROPN", ""), ("a", 3, "aux:tense", "AUX", ""),
        ("confié", 3, "ROOT", "VERB", ""), ("à", 6, "case", "ADP", ""), ("l'", 6, "det", "DET", ""),
        ("AFP", 3, "obl:arg", "NOUN", ""), ("que", 8, "mark", "PRON", ""), ("Valtek", 6, "nmod", "PROPN", ""),
        ("était", 11, "cop", "AUX", ""), ("en", 11, "case", "ADP", ""), ("discussion", 3, "punct", "NOUN", ""),
        ("avec", 13, "case", "ADP", ""), ("Brimex", 11, "nmod", "PROPN", ""), (".", 3, "punct", "PUNCT", "")]))
    assert (doc[11].head.i, doc[11].dep_) == (3, "ccomp")
    assert (doc[8].head.i, doc[8].dep_, doc[7].head.i) == (11, "nsubj", 11)


def test_que_opening_a_verb_s_clause_before_its_subject_is_the_conjunction():
    doc = mend(_hand_parsed([  # `Valtek a indiqué qu'elle allait vendre Brimex.`, `qu'` a relative object
        ("Valtek", 2, "nsubj", "PROPN", ""), ("a", 2, "aux:tense", "AUX", ""), ("indiqué", 2, "ROOT", "VERB", ""),
        ("qu'", 5, "obj", "PRON", "PronType=Rel"), ("elle", 5, "nsubj", "PRON", ""),
        ("allait", 2, "ccomp", "VERB", ""), ("vendre", 5, "xcomp", "VERB", "VerbForm=Inf"),
        ("Brimex", 6, "obj", "PROPN", ""), (".", 2, "punct", "PUNCT", "")]))
    assert (doc[3].pos_, doc[3].dep_, doc[3].head.i) == ("SCONJ", "mark", 5)


def test_a_present_tagged_an_infinitive_after_a_root_name_is_its_verb():
    doc = mend(_hand_parsed([  # `Karvex négocie avec Brimex.`, `négocie` an infinitive on the name
        ("Karvex", 0, "ROOT", "PROPN", ""), ("négocie", 0, "xcomp", "VERB", "VerbForm=Inf"),
        ("avec", 3, "case", "ADP", ""), ("Brimex", 1, "obl:arg", "PROPN", ""), (".", 0, "punct", "PUNCT", "")]))
    assert (doc[1].dep_, doc[0].dep_, doc[0].head.i, doc[4].head.i) == ("ROOT", "nsubj", 1, 1)
    assert "Fin" in doc[1].morph.get("VerbForm")
    doc = mend(_hand_parsed([  # `Karvex pour négocier …`: an infinitive's ending and marker
        ("Karvex", 0, "ROOT", "PROPN", ""), ("négocier", 0, "acl", "VERB", "VerbForm=Inf"),
        ("avec", 3, "case", "ADP", ""), ("Brimex", 1, "obl:arg", "PROPN", "")]))
    assert (doc[1].dep_, doc[0].dep_) == ("acl", "ROOT")


def test_a_clause_hung_on_a_fronted_source_at_the_root_is_the_sentence_s():
    doc = mend(_hand_parsed([  # `Selon le journal, Valtek serait sur le point de racheter Brimex.`
        ("Selon", 2, "case", "ADP", ""), ("le", 2, "det", "DET", ""), ("journal", 2, "ROOT", "NOUN", ""),
        (",", 2, "punct", "PUNCT", ""), ("Valtek", 2, "nmod", "PROPN", ""), ("serait", 8, "cop", "AUX", ""),
        ("sur", 8, "case", "ADP", ""), ("le", 8, "det", "DET", ""), ("point", 2, "acl:relcl", "NOUN", ""),
        ("de", 10, "mark", "ADP", ""), ("racheter", 8, "acl", "VERB", "VerbForm=Inf"),
        ("Brimex", 10, "obj", "PROPN", ""), (".", 2, "punct", "PUNCT", "")]))
    assert (doc[8].dep_, doc[4].head.i, doc[4].dep_) == ("ROOT", 8, "nsubj")
    assert (doc[2].head.i, doc[2].dep_, doc[12].head.i) == (8, "obl:mod", 8)


def test_a_participle_coordinated_with_a_verb_s_predicate_is_the_verb_s_conjunct():
    doc = mend(_hand_parsed([  # `X a été reconnu coupable de fraude et condamné à deux ans.`, `condamné` on `coupable`
        ("Paul", 3, "nsubj:pass", "PROPN", ""), ("a", 3, "aux:tense", "AUX", ""), ("été", 3, "aux:pass", "AUX", ""),
        ("reconnu", 3, "ROOT", "VERB", "VerbForm=Part"), ("coupable", 3, "xcomp", "ADJ", ""),
        ("de", 6, "case", "ADP", ""), ("fraude", 4, "nmod", "NOUN", ""), ("et", 8, "cc", "CCONJ", ""),
        ("condamné", 4, "conj", "VERB", "Tense=Past|VerbForm=Part"), ("à", 11, "case", "ADP", ""),
        ("deux", 11, "nummod", "NUM", ""), ("ans", 8, "obl:arg", "NOUN", ""), (".", 3, "punct", "PUNCT", "")]))
    assert (doc[8].dep_, doc[8].head.text) == ("conj", "reconnu")


def test_a_capitalised_word_right_after_a_name_as_a_bare_oblique_ends_that_name():
    doc = mend(_hand_parsed([  # `Valtek s'est imposé face à Brimex United.`, `United` a foreign word, a bare oblique
        ("Valtek", 3, "nsubj", "PROPN", ""), ("s'", 3, "expl:comp", "PRON", "Reflex=Yes"),
        ("est", 3, "aux:tense", "AUX", ""), ("imposé", 3, "ROOT", "VERB", "VerbForm=Part"),
        ("face", 6, "case", "NOUN", ""), ("à", 4, "fixed", "ADP", ""), ("Brimex", 3, "obl:arg", "PROPN", ""),
        ("United", 3, "obl:mod", "X", ""), (".", 3, "punct", "PUNCT", "")]))
    assert (doc[7].dep_, doc[7].head.text) == ("flat:name", "Brimex")


def test_a_participle_taken_for_the_object_of_its_infinitive_auxiliary_is_the_verb():
    doc = mend(_hand_parsed([  # `X accuse Y d'avoir violé le traité.`, `violé` a noun, the object of `avoir`
        ("Valtek", 1, "nsubj", "PROPN", ""), ("accuse", 1, "ROOT", "VERB", "Mood=Ind|VerbForm=Fin"),
        ("Brimex", 1, "obj", "PROPN", ""), ("d'", 4, "mark", "ADP", ""), ("avoir", 1, "xcomp", "VERB", "VerbForm=Inf"),
        ("violé", 4, "obj", "NOUN", "Gender=Masc|Number=Sing"), ("le", 7, "det", "DET", ""),
        ("traité", 4, "obj", "NOUN", ""), (".", 1, "punct", "PUNCT", "")]))
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.i) == ("VERB", "xcomp", 1)
    assert (doc[4].dep_, doc[4].head.i, doc[7].head.i, doc[3].head.i) == ("aux:tense", 5, 5, 5)


@pytest.mark.parametrize(("text", "verb"), [
    ("Paul Roy s'est entretenu avec Marie Martin à Genève vendredi.", "entretenu"),  # (on the name, an agent)
    ("Paul Roy a été interpellé par Marie Martin vendredi.", "interpellé"),  # (a part of the agent's name)
])
def test_a_day_after_a_name_the_verb_takes_says_when_the_verb_happened(nlp, text, verb):
    assert heads(nlp(text))["vendredi"][1] == verb
    assert any(("date", "vendredi") in f.qualifiers for f in read_text(text, "fr"))


def test_a_date_set_after_a_name_ending_a_verb_s_phrase_is_the_verb_s(nlp):
    """`l'an prochain` parsed as `Ohio`'s apposition made the fact's date `dans l'Ohio l'an prochain`, and no place."""
    text = "Valtek ouvrira une usine dans l'Ohio l'an prochain, créant 500 emplois."
    assert heads(nlp(text))["an"][1] == "ouvrira"
    (opens,) = [f for f in read_text(text, "fr") if f.relation.local_name == "opens"]
    assert {(r, getattr(v, "label", v)) for r, v in opens.qualifiers} == {("place", "Ohio"), ("date", "l'an prochain")}


def test_a_place_after_the_name_of_a_passive_s_agent_is_where_the_act_happened(nlp):
    text = "La société a été fondée en 1998 par Paul Roy à Lyon."
    assert heads(nlp(text))["Lyon"] == ("obl:mod", "fondée")
    (founded,) = [f for f in read_text(text, "fr") if f.relation.local_name == "founded"]
    assert ("place", "Lyon") in [(r, getattr(v, "label", v)) for r, v in founded.qualifiers]


def test_a_complement_passing_over_a_noun_is_that_noun_s(nlp):
    text = "Marie Martin a été nommée lundi présidente de Karvex."
    assert heads(nlp(text))["Karvex"] == ("nmod", "présidente")  # parsed a complement of `lundi`, across the post
    assert {("Marie Martin", "hasRole", "présidente"), ("Marie Martin", "worksFor", "Karvex")} <= triples(text)


@pytest.mark.parametrize("text", ["Selon Reuters, Valtek serait en discussions pour racheter Orvane.",
                                  "D'après l'agence Reuters, Valtek serait en discussions pour racheter Orvane."])
def test_the_name_after_a_fronted_source_is_the_subject(nlp, text):
    assert heads(nlp(text))["Valtek"] == ("nsubj", "discussions")  # parsed a complement of the source's phrase
    (buys,) = [f for f in read_text(text, "fr") if f.relation.local_name == "acquires"]
    assert buys.hypothetical and dict(buys.qualifiers)["source"].label == "Reuters"
    assert not any(f.relation.local_name == "negotiatesWith" for f in read_text(text, "fr"))


def test_a_name_parsed_the_conjunct_of_a_fronted_phrase_is_the_subject(nlp):
    text = "Pour Paul Roy, Valtek doit racheter Orvane."
    assert heads(nlp(text))["Valtek"] == ("nsubj", "doit")  # parsed a conjunct of `Paul`, with no coordinator
    assert ("Valtek", "acquires", "Orvane") in triples(text)


def test_the_conjuncts_after_the_subject_of_a_fronted_phrase_go_with_it(nlp):
    text = "Lors des élections de 2003, le Parti unioniste et le Sinn Féin ont supplanté le Parti libéral."
    assert heads(nlp(text))["Sinn"] == ("conj", "Parti")  # parsed a conjunct of `élections`


def test_a_market_s_move_hung_on_the_session_its_verb_ends_is_the_verb_s(nlp):
    text = "Le CAC 40 a terminé la séance en hausse de 1,2 %."
    assert heads(nlp(text))["hausse"] == ("obl:mod", "terminé")  # parsed a complement of `séance`
    assert triples(text) == {("CAC 40", "rises", "1,2 %")}  # (no `ends séance en hausse …`)


def test_two_subjects_after_a_phrase_opening_the_sentence_are_the_verb_s(nlp):
    found = heads(nlp("Pendant le sommet, Valtek et Brimex ont signé un accord."))
    assert found["Valtek"] == ("nsubj", "signé") and found["sommet"] == ("obl:mod", "signé")  # parsed the root
    dates = {dict(f.qualifiers).get("date") for f in read_text("En 2019, Valtek et Brimex ont racheté Orvane.", "fr")
             if f.relation.local_name == "acquires"}
    assert dates == {"En 2019"}


def test_a_day_opening_the_sentence_parsed_as_the_root_says_when(nlp):
    text = "Mardi, Valtek et Brimex ont racheté Orvane."
    found = heads(nlp(text))
    assert found["Mardi"] == ("obl:mod", "racheté") and found["Valtek"] == ("nsubj", "racheté")  # parsed the root
    assert {(f.subject.label, dict(f.qualifiers).get("date")) for f in read_text(text, "fr")
            if f.relation.local_name == "acquires"} == {("Valtek", "Mardi"), ("Brimex", "Mardi")}  # (not `Mardi`)


def test_a_fronted_source_after_another_sentence_is_mended_too():
    """The phrase opens its own sentence, not the paragraph (the repair looked at the paragraph's first word)."""
    found = read_text("Brimex a publié ses résultats. Selon Reuters, Valtek serait en discussions pour racheter "
                      "Orvane.", "fr")
    (buys,) = [f for f in found if f.relation.local_name == "acquires"]
    assert buys.subject.label == "Valtek" and dict(buys.qualifiers)["source"].label == "Reuters"


def test_a_day_opening_a_later_sentence_is_mended_too():
    found = read_text("Brimex a publié ses résultats. Mardi, Valtek et Brimex ont racheté Orvane.", "fr")
    assert {(f.subject.label, dict(f.qualifiers).get("date")) for f in found if f.relation.local_name == "acquires"} \
        == {("Valtek", "Mardi"), ("Brimex", "Mardi")}


def test_a_list_of_phrases_with_one_preposition_is_coordinated_with_its_first(nlp):
    text = "Les prêts sont allés à l'Indonésie, à la Thaïlande, à la Malaisie et aux Philippines."
    found = heads(nlp(text))
    assert found["Thaïlande"] == ("conj", "Indonésie") and found["Malaisie"] == ("conj", "Indonésie")
    assert found["Philippines"] == ("conj", "Indonésie") and found["et"] == ("cc", "Philippines")
    assert not any(p == "locatedIn" for _, p, _ in triples(text))
    assert ("Wallersdorf", "locatedIn", "Allemagne") in triples("Paul Roy est né à Wallersdorf, en Allemagne.")


def test_an_adjective_right_after_a_noun_qualifies_it(nlp):
    assert heads(nlp("Le constructeur automobile Valtek a racheté Orvane."))["automobile"] == ("amod", "constructeur")
    assert ("Valtek", "instanceOf", "constructeur automobile") in triples(
        "Le constructeur automobile Valtek a racheté Orvane.")


@pytest.mark.parametrize("text", ["Valtek va supprimer 1 500 postes d'ici à 2026.",
                                  "Valtek va supprimer 1 500 postes d'ici 2026."])
def test_by_when_a_verb_s_act_happens_is_the_verb_s(text):
    (reduces,) = [f for f in read_text(text, "fr") if f.relation.local_name == "reduces"]
    assert reduces.object.label == "1 500 postes"
    assert dict((role, getattr(v, "label", v)) for role, v in reduces.qualifiers)["date"].endswith("2026")


def test_a_name_right_after_a_present_participle_without_object_is_its_object(nlp):
    found = heads(nlp("Le parquet de Paris a ouvert une enquête pour corruption visant Valtek."))
    assert found["Valtek"] == ("obj", "visant") and found["visant"] == ("acl", "enquête")
    assert ("parquet de Paris", "investigates", "Valtek") in triples(
        "Le parquet de Paris a ouvert une enquête pour corruption visant Valtek.")


def test_a_word_in_lower_case_tagged_a_name_after_a_set_off_phrase_is_the_verb(nlp):
    found = heads(nlp("Jane Doe, la fille de Tom Hale, dirige Brimex."))
    assert found["dirige"] == ("ROOT", "dirige") and found["Jane"] == ("nsubj", "dirige")
    assert found["Brimex"] == ("obj", "dirige")
    assert ("Jane Doe", "leads", "Brimex") in triples("Jane Doe, la fille de Tom Hale, dirige Brimex.")


def test_a_finite_verb_coordinated_with_a_set_off_phrase_s_noun_is_the_name_s_verb(nlp):
    found = heads(nlp("Paul Roy, directeur de recherche à l'université d'Orvane, critique la réforme."))
    assert found["critique"] == ("ROOT", "critique") and found["Paul"] == ("nsubj", "critique")
    assert found["réforme"] == ("obj", "critique")
    assert ("Paul Roy", "criticizes", "réforme") in triples(
        "Paul Roy, directeur de recherche à l'université d'Orvane, critique la réforme.")


def test_a_name_set_off_after_a_determined_noun_by_a_comma_alone_is_its_apposition(nlp):
    """`contre son ancien employeur, Valtek.` parsed with the name a second item coordinated with the noun; a list
    keeps its items (`deux sociétés, Brimex et Orvane`: a coordinator)."""
    text = "Marie Martin a porté plainte pour harcèlement contre son ancien employeur, Valtek."
    assert heads(nlp(text))["Valtek"] == ("appos", "employeur")
    assert ("Marie Martin", "sues", "Valtek") in triples(text) and ("Valtek", "instanceOf", "ancien employeur") in \
        triples(text)
    assert ("Brimex", "competesWith", "Valtek") in triples("Valtek a racheté son concurrent, Brimex, en 2019.")
    assert heads(nlp("Valtek a racheté deux sociétés, Brimex et Orvane."))["Orvane"][0] == "conj"


def test_a_noun_coordinated_with_one_of_a_known_kind_is_of_a_known_kind(nlp):
    """`l'ami et chauffeur de Tom Hale, Paul Roy`: `ami` is no noun of a known kind, `chauffeur` is, so a name set off
    after the two may be what they are (`of_a_known_kind`)."""
    def ami(text: str):
        paragraph = Paragraph(Document(id="t", text=text, source="t", lang="fr"), 0, nlp(text))
        prepare(paragraph.doc, context_for(paragraph, "fr", default_lexicon()))
        return next(t for t in paragraph.doc if t.text == "ami")

    assert of_a_known_kind(ami("La police a arrêté l'ami et chauffeur de Tom Hale, Paul Roy."))
    assert not of_a_known_kind(ami("La police a arrêté l'ami de Tom Hale, Paul Roy."))


def test_a_name_ends_its_phrase_unless_a_list_goes_on(nlp):
    """What a name set off after a noun must do to be what the noun is (`ends_its_phrase`)."""
    doc = nlp("Il a visité trois villes, Lyon, Nantes et Lille, puis son employeur, Valtek (VTK), et Brimex (BRX) de "
              "Rennes.")
    by_text = {t.text: t for t in doc}
    assert not ends_its_phrase(by_text["Lyon"]) and ends_its_phrase(by_text["Valtek"])
    assert not ends_its_phrase(by_text["Brimex"])  # (what follows the brackets goes on)


def test_a_name_set_off_after_an_amount_s_phrase_is_not_what_the_amount_is():
    """`53,8 % des suffrages … sa rivale, Marie Martin`: the name is hung on the amount, which it is not."""
    found = triples("Tom Hale a obtenu 53,8 % des suffrages exprimés par rapport à sa rivale, Marie Martin qui en a "
                    "récolté 30 %.")
    assert ("Tom Hale", "receives", "53,8 % des suffrages") in found
    assert not [f for f in found if f[1] == "instanceOf"], found


def test_etre_on_a_past_participle_with_a_passive_subject_is_its_auxiliary(nlp):
    assert heads(nlp("Tom Hale est diplômé de Harvard."))["est"] == ("aux:pass", "diplômé")
    assert ("Tom Hale", "educatedAt", "Harvard") in triples("Tom Hale est diplômé de Harvard.")


def test_a_post_in_lower_case_parsed_as_the_object_name_s_last_word_is_the_verb_s(nlp):
    assert heads(nlp("Le gouvernement a nommé Tom Hale préfet de la Gironde."))["préfet"] == ("obl:arg", "nommé")
    found = triples("Le gouvernement a nommé Tom Hale préfet de la Gironde.")
    assert {("Tom Hale", "hasRole", "préfet"), ("Tom Hale", "worksFor", "Gironde")} <= found


def test_a_quoted_title_after_a_noun_is_its_apposition_not_a_second_object(nlp):
    doc = nlp("Marie Martin a remporté le prix Goncourt pour son roman « Les Ombres ».")
    assert heads(doc)["Ombres"] == ("appos", "roman")
    found = triples(doc.text)
    assert ("Marie Martin", "creates", "Les Ombres") in found  # (her novel: not what she won)
    assert not any(o == "Les Ombres" for _, p, o in found if p != "creates")


def test_an_unquoted_title_after_a_noun_is_the_noun_s_not_a_second_object(nlp):
    doc = nlp("La romancière Jane Doe a reçu le prix Goncourt pour son roman Les Ombres.")
    assert heads(doc)["Ombres"] == ("nmod", "roman")
    assert not any(o == "Les Ombres" for _, p, o in triples(doc.text) if p != "creates")


def test_a_subject_the_participle_set_off_after_it_took_is_the_verb_s(nlp):
    doc = nlp("Jane Doe, née à Karvin en 1950, a étudié à l'université de Norvale.")
    assert heads(doc)["Jane"] == ("nsubj", "étudié") and heads(doc)["née"] == ("acl", "Jane")
    assert {("Jane Doe", "bornIn", "Karvin"), ("Jane Doe", "educatedAt", "université de Norvale")} <= \
        triples(doc.text)


def test_a_passive_subject_of_a_copula_is_its_subject(nlp):
    doc = nlp("Tom Hale est avocat et maire de Lyon.")
    assert heads(doc)["Tom"] == ("nsubj", "avocat")
    assert {("Tom Hale", "hasRole", "avocat"), ("Tom Hale", "leads", "Lyon")} <= triples(doc.text)


def test_a_word_a_preposition_introduces_as_a_noun_s_complement_is_a_noun(nlp):
    doc = nlp("Valtek, le fabricant d'éoliennes, recrute.")
    assert next(t for t in doc if t.text == "éoliennes").pos_ == "NOUN"
    assert ("Valtek", "produces", "éoliennes") in triples(doc.text)
    assert next(t for t in nlp("Il est le père de l'actuel Karvin.") if t.text == "actuel").pos_ == "ADJ"


def test_a_phrase_after_an_event_noun_the_noun_s_verb_takes_is_the_noun_s():
    found = triples("Après la mort de Tom Hale dans un accident, Jane Doe a pris la tête de Valtek.")
    assert ("accident", "kills", "Tom Hale") in found
    assert ("Tom Hale", "diedIn", "2019") not in triples("Après la mort de Tom Hale en 2019, Jane Doe a démissionné.")


def test_an_adjective_made_an_object_before_the_object_qualifies_it(nlp):
    doc = nlp("Valtek a lancé son nouveau smartphone en Chine.")
    assert heads(doc)["nouveau"] == ("amod", "smartphone")
    assert ("Valtek", "launches", "nouveau smartphone") in triples(doc.text)



@pytest.mark.parametrize(("text", "name", "predicate", "fact"), [
    ("Paul Roy, 62 ans, est directeur de Valtek.", "Paul", "directeur", ("Paul Roy", "worksFor", "Valtek")),
    ("Jane Doe, 45 ans, est native de Norvale.", "Jane", "native", ("Jane Doe", "bornIn", "Norvale"))])
def test_a_name_set_off_before_a_copula_is_its_predicate_s_subject(nlp, text, name, predicate, fact):
    """The parser makes the name an oblique or an unlabelled word of the predicate after its age."""
    assert heads(nlp(text))[name] == ("nsubj", predicate)
    assert fact in triples(text)


def test_a_present_tense_the_tagger_calls_conditional_is_asserted(nlp):
    """`figurent` tagged Mood=Cnd: a conditional ends in -rait, -raient …, and this one does not."""
    from kg.extract.fr.grammar.core import is_hypothetical
    verb = next(t for t in nlp("Parmi les actionnaires figurent Valtek et Brimex.") if t.lower_ == "figurent")
    assert "Cnd" in verb.morph.get("Mood") and not is_hypothetical(verb)
    assert is_hypothetical(next(t for t in nlp("Valtek rachèterait Brimex.") if t.lower_ == "rachèterait"))
