"""Which candidate facts are worth a place in the graph (`resolve.informative`)."""

from dataclasses import replace

from kg.extract.context import fixed_relation
from kg.model import Candidate, Evidence, Mention, Qualifier
from kg.ontology import default_lexicon
from kg.resolve import EntityIndex, informative, resolve

EVIDENCE = Evidence("doc", "sentence", 0, 8)


def candidate(subject: Mention, relation: str, obj: Mention) -> Candidate:
    return Candidate(subject, fixed_relation(relation), obj, EVIDENCE, "test")


NAME = Mention("Brixley Foods", 0, 13, kind="Organization", is_name=True)


def test_a_type_is_kept_only_when_it_says_more_than_a_bare_noun():
    assert not informative(candidate(NAME, "instanceOf", Mention("services", 20, 28)))
    assert not informative(candidate(NAME, "instanceOf", Mention("le groupe", 20, 29)))
    assert informative(candidate(NAME, "instanceOf", Mention("agence de notation", 20, 38)))


def test_two_bare_common_nouns_make_no_fact_but_a_name_or_a_modifier_does():
    assert not informative(candidate(Mention("employers", 0, 9), "meets", Mention("employees", 20, 29)))
    assert informative(candidate(NAME, "employs", Mention("employees", 20, 29)))
    assert informative(candidate(Mention("injured soldiers", 0, 16), "leaves", Mention("army", 20, 24)))


def test_a_number_alone_is_no_subject_but_a_count_of_people_is():
    guard = Mention("Garde nationale", 20, 35, kind="Organization", is_name=True)
    assert not informative(candidate(Mention("17 000", 0, 6, kind="Concept"), "includes", guard))
    assert informative(candidate(Mention("17 000 soldats", 0, 14, head_lemma="soldat"), "joins", guard))


def test_a_capitalised_uninflected_word_may_be_a_surname_not_a_bare_noun():
    surname = Mention("Scheinman", 0, 9, head_lemma="scheinman")  # tagged a noun at the start of a sentence
    assert informative(candidate(surname, "sells", Mention("designs", 20, 27, head_lemma="design")))
    plural = Mention("Carmakers", 0, 9, head_lemma="carmaker")
    assert not informative(candidate(plural, "uses", Mention("standards", 20, 29, head_lemma="standard")))


def test_a_person_named_by_their_post_is_no_abstraction():
    """`député` ends like `sécurité`, but the lexicon knows it for a post: the MP is someone, not something."""
    mp = Mention("député", 0, 6, kind="Role", head_lemma="député")
    resignation = Mention("démission de Claire Vasseur", 20, 47, kind="Concept", head_lemma="démission")
    assert informative(candidate(mp, "demands", resignation))
    assert not informative(candidate(Mention("sécurité", 0, 8, head_lemma="sécurité"), "demands", resignation))


def test_a_name_is_no_type_and_no_post():
    person = Mention("Mr Tellier", 0, 10, kind="Person", is_name=True)
    assert not informative(candidate(person, "hasRole", Mention("Andy Tellier", 20, 32, kind="Person", is_name=True)))
    assert informative(candidate(person, "hasRole", Mention("editor", 20, 26, kind="Role", head_lemma="editor")))


def test_a_short_name_stands_for_the_longer_name_it_ends_but_not_for_what_is_named_after_it():
    mentions = [Mention("Marie Dupont", 0, 12, kind="Person", is_name=True),
                Mention("Dupont", 20, 26, kind="Person", is_name=True),
                Mention("Banque de Karvia", 30, 46, kind="Organization", is_name=True),
                Mention("Karvia", 50, 56, kind="Place", is_name=True),
                Mention("Front Uni Karvia", 60, 76, kind="Organization", is_name=True)]
    index = EntityIndex(mentions)
    assert index.entity(mentions[1]).label == "Marie Dupont"
    assert index.entity(mentions[3]).label == "Karvia"  # a place is not what is named after it


def test_what_is_launched_or_signed_or_what_a_minted_verb_of_topic_is_about_may_be_abstract():
    operation = Mention("opération militaire", 20, 39, kind="Event", head_lemma="opération")
    assert informative(candidate(NAME, "launches", operation))
    assert informative(candidate(NAME, "signs", operation))
    assert not informative(candidate(NAME, "provides", operation))
    about, _ = default_lexicon().relation("fr", "sonder", "sur")
    assert about.topical and informative(Candidate(NAME, about, operation, EVIDENCE, "test"))
    other, _ = default_lexicon().relation("fr", "sonder", "avec")
    assert not other.topical and not informative(Candidate(NAME, other, operation, EVIDENCE, "test"))


def test_what_is_raised_or_cut_may_be_abstract():
    production = Mention("production", 20, 30, head_lemma="production")
    assert informative(candidate(NAME, "reduces", production))
    assert informative(candidate(NAME, "increases", production))
    assert not informative(candidate(NAME, "provides", production))


def test_an_attack_carried_out_is_kept_but_not_any_abstraction():
    attack = Mention("attaque", 20, 27, kind="Event", head_lemma="attaque")
    watch = Mention("surveillance aérienne", 20, 41, kind="Concept", head_lemma="surveillance")
    assert informative(candidate(NAME, "conducts", attack))
    assert not informative(candidate(NAME, "conducts", watch))


def test_a_fact_records_the_rule_with_its_variant_and_whether_it_holds_for_a_member():
    """Variants are fields of a candidate (`relational`, `place`); the fact records them after the rule's name."""
    read = replace(candidate(NAME, "partnerOf", Mention("Bolt", 20, 24, kind="Organization", is_name=True)),
                   variant="relational", for_member=True)
    assert (read.rule, read.reading) == ("test", "test+relational+member")
    assert [f.rule for f in resolve([read])] == ["test+relational+member"]


def test_a_claimed_attack_is_kept_as_an_event_of_that_property():
    attack = Mention("attentat", 20, 28, kind="Event", head_lemma="attentat")
    assert informative(candidate(NAME, "claimsResponsibilityFor", attack))
    assert not informative(candidate(NAME, "uses", attack))


def test_a_phrase_kept_as_written_keeps_its_elided_words():
    dated = replace(candidate(NAME, "opens", Mention("usine", 20, 25)),
                    qualifiers=(Qualifier("date", Mention("l'an  dernier", 30, 43), literal=True),
                                Qualifier("date", Mention("d'ici la fin de l'année", 50, 73), literal=True)))
    [fact] = resolve([dated])
    assert fact.qualifiers == (("date", "l'an dernier"), ("date", "d'ici la fin de l'année"))
