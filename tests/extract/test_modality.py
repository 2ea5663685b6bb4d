"""Whether what a description or an appointment says is negated or hypothetical, as its verb is, in both languages.
Sentences written for these tests."""

import pytest

from kg.pipeline import read_text


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Paul Durand is not the chief executive of Valtek.", "negated"),
    ("en", "Valtek is not a unit of Brimex.", "negated"),
    ("en", "Paul Durand would be the chief executive of Valtek.", "hypothetical"),
    ("en", "Jane Doe was not named chief executive of Valtek.", "negated"),
    ("en", "Valtek could name Jane Doe as chief executive.", "hypothetical"),
    ("fr", "Paul Durand n'est pas le directeur de Valtek.", "negated"),
    ("fr", "Paul Durand n'est pas membre du Parti socialiste.", "negated"),
    ("fr", "Paul Durand serait le directeur de Valtek.", "hypothetical"),
    ("fr", "Marie Martin n'a pas été nommée directrice de Valtek.", "negated"),
])
def test_a_copula_s_or_an_appointment_s_negation_and_hedges_hold_of_the_post(lang, text, modality):
    facts = [f for f in read_text(text, lang) if f.relation.local_name in ("worksFor", "partOf", "memberOf")]
    assert facts and all(getattr(f, modality) for f in facts)


@pytest.mark.parametrize(("lang", "text", "relation", "hypothetical"), [
    ("fr", "Marie Martin propose que Valtek rachète Orvane.", "acquires", True),
    ("fr", "Paul Durand a suggéré que Valtek rachète Orvane.", "acquires", True),
    ("fr", "Le syndicat craint que Valtek supprime 300 emplois.", "reduces", True),
    ("fr", "Paul Durand a expliqué que Brimex avait racheté Orvane.", "acquires", False),
    ("en", "Jane Doe demanded that Valtek close the plant.", "closes", True),
    ("en", "Jane Doe said that Valtek closed the plant.", "closes", False),
    ("en", "Tom Harding urged Valtek to close the plant.", "closes", True),  # an infinitive, a gerund too
    ("en", "Tom Harding feared losing the contract.", "loses", True),
    ("en", "Tom Harding forced Valtek to close the plant.", "closes", False),
    ("en", "The judge ordered Valtek to close the plant.", "closes", True),  # an order is not yet done
    ("en", "The law requires Valtek to publish its accounts.", "publishes", True),
    ("fr", "Le juge a ordonné à Valtek de fermer l'usine.", "closes", True),
    ("fr", "Paul Durand a demandé à Valtek de fermer l'usine.", "closes", True),
    ("fr", "Paul Durand craint de perdre le contrat.", "loses", True),
    ("fr", "Paul Durand a réussi à racheter Valtek.", "acquires", False),
    ("fr", "L'association Karvex voulait faire annuler des lois sur la presse.", "overturns", True),
    ("fr", "L'association Karvex a fait annuler des lois sur la presse.", "overturns", False),
    ("en", "Valtek hopes to buy Orvane.", "acquires", True),  # (`hopes`: hope, not the verb hop)
    ("en", "Tom Hale is expected to be named chief executive of Valtek.", "leads", True),
    ("fr", "Valtek devrait racheter Orvane.", "acquires", True),  # (the conditional of the verb it completes)
    ("fr", "Valtek aurait dû racheter Orvane.", "acquires", True),
    ("fr", "Valtek a dû racheter Orvane.", "acquires", False),  # (`had to`: it did)
    ("fr", "Paul Durand devrait être nommé directeur de Valtek.", "leads", True),
    ("en", "Tom Hale worries that Brimex will close the plant.", "closes", True),  # a worry, an expectation, a forecast
    ("en", "Analysts expect Valtek to buy Brimex.", "acquires", True),
    ("en", "Analysts predict that Valtek will buy Brimex.", "acquires", True),
    ("fr", "Les analystes prédisent que Valtek rachètera Brimex.", "acquires", True),
    ("en", "Paul Roy is tipped to succeed Tom Hale.", "succeeds", True),  # a tip, a schedule, a likelihood
    ("en", "Valtek is due to open a plant in Lyon.", "opens", True),
    ("en", "Valtek is poised to buy Brimex.", "acquires", True),
    ("fr", "Paul Roy est pressenti pour succéder à Tom Hale.", "succeeds", True),  # (a clause of `pour`)
    ("en", "In 1996, Tom Hale engineered a plot to assassinate Jane Doe.", "kills", True),  # a plot's aim
    ("en", "Tom Hale hatched a scheme to acquire Valtek.", "acquires", True),
    ("en", "Valtek won approval to sell its vaccine in Europe.", "sells", True),  # leave to do it
    ("fr", "Valtek a obtenu l'autorisation de commercialiser son vaccin en Europe.", "sells", True),
])
def test_a_clause_wished_feared_demanded_or_proposed_is_not_asserted(lang, text, relation, hypothetical):
    (fact,) = [f for f in read_text(text, lang) if f.relation.local_name == relation]
    assert fact.hypothetical is hypothetical


@pytest.mark.parametrize(("lang", "text", "relation", "hypothetical"), [
    ("en", "There are fears that Valtek will close the plant.", "closes", True),
    ("en", "The paper heard a false rumour in May that Tom Harding was seeing Jane Doe.", "see", True),
    ("en", "Valtek told investors in May that it had sold Orvane.", "sells", False),
    ("fr", "Valtek a démenti les accusations selon lesquelles elle a versé des pots-de-vin à des responsables.",
     "pays", True),
    ("fr", "Valtek a versé des pots-de-vin à des responsables.", "pays", False),
])
def test_what_an_allegation_a_fear_or_a_rumour_holds_is_not_asserted(lang, text, relation, hypothetical):
    (fact,) = [f for f in read_text(text, lang) if f.relation.local_name == relation]
    assert fact.hypothetical is hypothetical


@pytest.mark.parametrize(("text", "negated"), [
    ("Paul Durand ne reproche rien à Valtek.", True),  # a negative pronoun for object
    ("Paul Durand reproche à Valtek son silence.", False),
])
def test_a_clause_whose_object_is_nothing_is_negated(text, negated):
    facts = [f for f in read_text(text, "fr") if f.relation.local_name == "accuses"]
    assert [(f.subject.label, f.object.label, f.negated) for f in facts] == [("Paul Durand", "Valtek", negated)]



@pytest.mark.parametrize("lang, text, negated", [
    ("fr", "Valtek a démenti avoir racheté Orvane.", True),
    ("fr", "Valtek n'a pas démenti avoir racheté Orvane.", False),
    ("en", "Valtek denied that it bought Orvane.", True),
    ("en", "Valtek did not deny that it bought Orvane.", False),
    ("en", "Valtek denied reports that it was planning to buy Orvane.", True),  # what its object says
    ("en", "Valtek did not deny reports that it was planning to buy Orvane.", False),
    ("fr", "Valtek a démenti la rumeur qu'elle allait racheter Orvane.", True),
    ("fr", "Valtek a démenti les informations selon lesquelles elle allait racheter Orvane.", True)])
def test_a_fact_a_verb_of_denial_completes_is_denied(lang, text, negated):
    (acquires,) = [f for f in read_text(text, lang) if getattr(f.object, "label", "") == "Orvane"]
    assert acquires.subject.label == "Valtek" and acquires.negated == negated


@pytest.mark.parametrize("lang, text", [
    ("en", "Tom Hale did not announce his resignation as chief executive of Valtek."),
    ("fr", "Marie Martin n'a pas annoncé sa démission de la présidence de Valtek.")])
def test_a_departure_noun_is_as_negated_as_the_verb_telling_it(lang, text):
    (leaves,) = [f for f in read_text(text, lang) if f.relation.local_name == "leaves"]
    assert leaves.object.label == "Valtek" and leaves.negated


@pytest.mark.parametrize("lang, text, relation", [
    ("en", "Valtek is considering a sale of its Orvane unit.", "sells"),
    ("fr", "Valtek envisage la vente de sa filiale Orvane.", "sells"),
    ("fr", "Valtek prévoit la fermeture de son usine de Lyon.", "closes")])
def test_an_event_a_verb_of_intent_tells_is_not_asserted(lang, text, relation):
    (event,) = [f for f in read_text(text, lang) if f.relation.local_name == relation]
    assert event.subject.label == "Valtek" and event.hypothetical


@pytest.mark.parametrize(("lang", "text", "negated"), [
    ("en", "Valtek is not going to sell Orvane.", True),
    ("en", "Valtek is going to sell Orvane.", False),
    ("fr", "Valtek ne va pas vendre Orvane.", True),
    ("fr", "Valtek va vendre Orvane.", False),
])
def test_a_future_said_with_go_is_negated_as_its_verb_is(lang, text, negated):
    (sells,) = [f for f in read_text(text, lang) if f.relation.local_name == "sells"]
    assert sells.negated is negated and not sells.hypothetical


@pytest.mark.parametrize(("lang", "text"), [("en", "Valtek ruled out selling Orvane."),
                                            ("fr", "Valtek a exclu de vendre Orvane.")])
def test_what_is_ruled_out_is_negated_and_no_object_of_ruling_out(lang, text):
    found = read_text(text, lang)
    assert [(f.relation.local_name, f.object.label, f.negated) for f in found] == [("sells", "Orvane", True)]


@pytest.mark.parametrize(("text", "negated"), [("Valtek has yet to sell Orvane.", True),
                                               ("Valtek is yet to sell Orvane.", True),
                                               ("Valtek has to sell Orvane.", False)])
def test_what_has_yet_to_happen_has_not(text, negated):
    (sells,) = [f for f in read_text(text, "en") if f.relation.local_name == "sells"]
    assert sells.negated is negated


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Valtek's sales could rise 10% next year.", "hypothetical"),
    ("en", "Valtek shares did not fall 5% on Monday.", "negated"),
    ("fr", "Les ventes de Valtek pourraient progresser de 10 % l'an prochain.", "hypothetical"),
])
def test_a_move_is_negated_or_hypothetical_as_its_verb_is(lang, text, modality):
    moves = [f for f in read_text(text, lang) if f.relation.local_name in ("rises", "falls")]
    assert moves and all(getattr(f, modality) for f in moves)


def test_a_move_said_plainly_is_asserted():
    (rises,) = [f for f in read_text("Valtek said its sales rose 10%.", "en") if f.relation.local_name == "rises"]
    assert not rises.negated and not rises.hypothetical


@pytest.mark.parametrize(("lang", "text"), [("fr", "Valtek a échoué à racheter Brimex."),
                                            ("en", "Valtek failed to buy Brimex.")])
def test_what_someone_failed_to_do_did_not_happen(lang, text):
    (fact,) = [f for f in read_text(text, lang) if f.relation.local_name == "acquires"]
    assert fact.negated


@pytest.mark.parametrize(("lang", "text", "negated"), [
    ("en", "The merger between Valtek and Brimex was blocked by regulators.", True),
    ("en", "The merger between Valtek and Brimex was approved by regulators.", False),
    ("fr", "La fusion entre Valtek et Brimex a été annulée.", True),
])
def test_an_event_a_passive_verb_blocks_did_not_happen(lang, text, negated):
    merged = [f for f in read_text(text, lang) if f.relation.local_name == "mergesWith"]
    assert merged and all(f.negated == negated for f in merged)
