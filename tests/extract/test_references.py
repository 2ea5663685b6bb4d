"""Descriptions that refer back to a person the text named before. Sentences written for these tests."""

import pytest

from kg.extract.discourse import Described, Discourse, Referent, in_text_order
from kg.model import Mention
from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


def test_a_definite_nationality_noun_is_the_person_the_text_is_about():
    for lang, text, country in (
            ("en", "Lena Ortiz has lived in Lisbon since June. Police served a notice on the 40-year-old Australian.",
             "Australia"),
            ("fr", "Paul Girard vit à Lisbonne depuis juin. La police a convoqué l'Australien de 40 ans.",
             "Australie")):
        assert any(p == "nationality" and o == country for s, p, o in triples(text, lang)), (lang, triples(text, lang))
    assert not any(p == "nationality" for _, p, _ in triples(
        "Lena Ortiz has lived in Lisbon since June. She flew to the US in May.", "en"))


def test_a_definite_event_noun_subject_stands_for_the_subject_of_the_event_before():
    found = triples("Benchmark crude was down 14 cents at $96.24 a barrel. The contract fell 39 cents on Thursday.",
                    "en")
    assert ("Benchmark crude", "falls", "39 cents") in found, found


def test_ces_derniers_stands_for_the_plural_named_last():
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in read_text(
        "Le projet est soutenu par d'influents sénateurs républicains et démocrates.\n"
        "Mais ces derniers ont aussi critiqué Paul Girard, un socialiste, pour sa politique.", "fr")}
    assert ("influents sénateurs républicains", "criticizes", "Paul Girard") in found, found


def test_a_bare_definite_noun_is_written_as_the_fuller_phrase_its_noun_last_had():
    assert ("Paul Girard", "leads", "département de pharmacie de Vinalys") in triples(
        "Le département de pharmacie de Vinalys a perdu dix pharmaciens. Paul Girard, chef du département, a "
        "démissionné.", "fr")
    assert ("Marie Curie", "criticizes", "Lyon court") in triples(
        "The Lyon court sentenced Paul Girard. Marie Curie criticized the court.", "en")


def test_a_noun_in_another_number_is_not_the_fuller_phrase():
    found = triples("The Lyon court sentenced Paul Girard. Marie Curie criticized the courts.", "en")
    assert not any(o == "Lyon court" for s, _, o in found if s == "Marie Curie"), found


def test_an_institution_spelled_out_before_its_acronym_names_itself_and_refers_to_nothing():
    found = triples("La Réserve fédérale a baissé ses taux. La Banque centrale européenne (BCE) a relevé ses taux.",
                    "fr")
    assert any(s == "Banque centrale européenne" for s, _, _ in found), found
    assert sum(s == "Réserve fédérale" for s, _, _ in found) == 1, found


def test_a_noun_describing_two_names_is_remembered_for_the_first_whatever_the_rule_order():
    """`Acme, une société Zorg`: the apposition describes Acme, the title Zorg, with the same `société`; a later
    `la société` means Acme whichever rule told the discourse first."""
    acme, zorg = Mention("Acme", 0, 4, "Organization", True), Mention("Zorg", 18, 22, "Organization", True)
    for notes in ([Described("société", 10, zorg), Described("société", 10, acme)],
                  [Described("société", 10, acme), Described("société", 10, zorg)]):
        discourse = Discourse()
        for note in in_text_order(notes):
            note.tell(discourse)
        assert discourse.described_by("société", 40) == acme


def test_a_name_holding_a_post_is_a_person_a_later_pronoun_can_mean():
    """The NER tags `Amadou Diallo` an organisation here; `president` says he is a person, so `He` is him."""
    found = triples("Senegal's president, Amadou Diallo, travelled to Paris on Thursday. He met Emmanuel Macron.", "en")
    assert ("Amadou Diallo", "meets", "Emmanuel Macron") in found, found


def test_a_name_a_class_noun_types_has_that_kind_wherever_the_rules_ask():
    """The NER tags `Vinicius Junior` an organisation; `a striker` says he is a person: whose country is his."""
    found = triples("Brazil's Vinicius Junior, a striker for Real Madrid, won the Ballon d'Or.", "en")
    assert ("Vinicius Junior", "nationality", "Brazil") in found, found
    assert not any(p == "basedIn" for _, p, _ in found), found


def test_an_object_pronoun_is_the_person_named_before_but_never_its_own_clause_s_subject():
    found = triples("Tom Hale is stepping down as head of Vernal. Ann Blake will replace him.", "en")
    assert ("Ann Blake", "replaces", "Tom Hale") in found, found
    assert not any(p == "thank" for _, p, _ in triples("Ann Blake met Tom Hale. He thanked her.", "en")), \
        "two pronouns: which person is which is a guess"


def test_whoever_holds_a_post_is_a_person_a_pronoun_can_mean():
    """The NER tags `Jean-Pierre Farandou` an organisation; stepping down as head of SNCF, he is a person."""
    found = triples("Jean-Pierre Farandou is stepping down as head of SNCF. Jean Castex will replace him.", "en")
    assert ("Jean Castex", "replaces", "Jean-Pierre Farandou") in found, found


def test_a_possessive_after_an_unnamed_subject_stands_for_no_earlier_name():
    found = triples("Me Ruby défend la famille. Le chef de la police n'a pas commenté, mais son porte-parole Mark "
                    "Pugash a critiqué ces propos.", "fr")
    assert not any(r == "worksFor" for _, r, _ in found), found


def test_money_invested_in_an_activity_is_a_fact():
    found = triples("Toyota va investir 14 milliards de dollars dans la production de batteries.", "fr")
    assert ("Toyota", "investsIn", "production de batteries") in found, found


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Ann Blake is Harlow Corp's chief executive. The 54-year-old joined Harlow Corp in 2015.",
     ("Ann Blake", "joins", "Harlow Corp")),
    ("fr", "Claire Martin dirige Bricoplus. La quinquagénaire a rejoint Bricoplus en 2015.",
     ("Claire Martin", "joins", "Bricoplus")),
])
def test_a_definite_word_for_a_person_by_their_age_stands_for_the_person_named_before(lang, text, fact):
    assert fact in {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
                    for f in read_text(text, lang)}


def test_an_age_is_one_word_and_no_amount():
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text("Ann Blake, a 54-year-old lawyer, joined Harlow Corp.", "en")}
    assert ("Ann Blake", "hasRole", "54-year-old lawyer") in found


@pytest.mark.parametrize("lang, text, joiner, joined", [
    ("fr", "Paul Durand a critiqué la loi. La fronde a débuté par le Manitoba qui refuse ces prestations.\n"
           "Il a été rejoint par l'Ontario.", "Ontario", "Manitoba"),
    ("en", "Paul Durand criticised the law. The revolt began with Norvalia, which refuses the benefits.\n"
           "It was later joined by Zelmaria.", "Zelmaria", "Norvalia")])
def test_a_pronoun_opening_a_sentence_goes_on_with_the_subject_of_the_sentence_before(lang, text, joiner, joined):
    """A state that was a relative clause's subject just before is what `il` / `it` means, not the person the text
    was about earlier."""
    assert (joiner, "joins", joined) in triples(text, lang), triples(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Valtek a racheté la start-up Brimex. La start-up emploie 120 personnes. Elle a levé 30 millions d'euros "
           "auprès du fonds Karvex."),
    ("en", "Valtek bought the startup Brimex. The startup employs 120 people. It raised 30 million euros from the "
           "Karvex fund."),
])
def test_a_pronoun_goes_on_with_the_description_that_was_the_subject_before_it(lang, text):
    """`La start-up … Elle …`: the description refers back to Brimex, and so does the pronoun after it (the English
    tagger takes `startup` before the name for an adjective)."""
    funding = {(f.subject.label, f.object.label) for f in read_text(text, lang) if f.relation.local_name == "investsIn"}
    assert funding and {funded for _, funded in funding} == {"Brimex"}, funding


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "The Karvian army said it had killed 30 militants.", ("Karvian army", "kills", "30 militants")),
    ("fr", "L'armée karvienne a affirmé qu'elle avait tué 30 militants.", ("armée", "kills", "30 militants")),
    # an organisation's body a name owns stands for it, as before
    ("en", "Valtek's board said it would sell Brimex.", ("Valtek", "sells", "Brimex")),
])
def test_a_pronoun_goes_on_with_an_unnamed_organisation_subject_of_the_clause_it_hangs_from(lang, text, fact):
    assert fact in triples(text, lang), triples(text, lang)


def test_a_pronoun_never_means_a_place_merely_named():
    found = triples("Paul Durand est arrivé à Lyon lundi. Il a rencontré Marie Martin.", "fr")
    assert ("Paul Durand", "meets", "Marie Martin") in found, found
    found = triples("Le gouvernement a annoncé une réforme à Lyon. Il a rencontré Marie Martin.", "fr")
    assert not any(s == "Lyon" for s, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Valtek recrute. M. Durand a rejoint la société en mars. Selon Durand, elle va ouvrir une usine à Lyon.",
     ("Valtek", "opens", "usine")),
    ("en", "Mr Harding met Jane Doe in Leeds on Monday. According to Harding, she will open a factory in Lyon.",
     ("Jane Doe", "opens", "factory"))])
def test_a_pronoun_never_means_a_person_a_form_of_address_gave_the_other_gender(lang, text, fact):
    """`M. Durand`, `Mr Harding`: the gender the text told holds for every mention of the name (`Durand`)."""
    found = triples(text, lang)
    assert fact in found, found
    assert not any(s.endswith(("Durand", "Harding")) and p == "opens" for s, p, _ in found), found


def test_a_noun_whose_gender_is_the_word_s_not_the_person_s_tells_none():
    """`la victime`, unlike `la ministre`, is feminine whoever it names."""
    found = triples("La victime, Paul Durand, a été transportée à l'hôpital. Il est mort lundi à Lyon.", "fr")
    assert ("Paul Durand", "diedIn", "Lyon") in found, found


def test_a_name_s_gender_is_what_its_mentions_told_not_a_pronoun_standing_for_it_nor_a_tagger_s_guess():
    discourse = Discourse()
    durand = Mention("Paul Durand", 0, 11, kind="Person", is_name=True)
    surname = Mention("Durand", 40, 46, kind="Person", is_name=True)
    discourse.add(Referent(5, durand, gender="Masc", gender_told=True))  # `M. Paul Durand`
    discourse.add(Referent(90, durand, gender="Fem"))  # a pronoun resolved to him (rightly or not) tells nothing
    assert not discourse.agrees(Referent(40, surname, gender="Fem"), "Fem", None)  # (a tagger's guess)
    assert discourse.agrees(Referent(40, surname), "Masc", "Sing")
    martin = Mention("Marie Martin", 60, 72, kind="Person", is_name=True)
    assert discourse.agrees(Referent(70, martin), "Fem", None)
    assert not discourse.agrees(Referent(70, martin, gender="Masc"), "Fem", None)


def test_a_surname_the_ner_calls_an_organisation_is_the_person_named_before():
    discourse = Discourse()
    discourse.add(Referent(0, Mention("Tom Clarke", 0, 10, kind="Person", is_name=True)))
    surname = Referent(50, Mention("Clarke", 50, 56, kind="Organization", is_name=True))  # (the NER's guess)
    discourse.add(surname)
    assert not discourse.named_as(surname, {"Organization"}) and discourse.named_as(surname, {"Person"})
    brimex = Referent(70, Mention("Brimex", 70, 76, kind="Organization", is_name=True))
    assert discourse.named_as(brimex, {"Organization"})


def test_a_demonstrative_that_finds_nothing_to_point_back_to_is_described_by_nothing():
    """`Cette île est …` with no island named before: which island is unknown, so no fact is about `île`."""
    found = triples("Cette île, à l'est de l'archipel, est le dernier territoire britannique du Pacifique Sud.", "fr")
    assert not any(s == "île" for s, _, _ in found), found
    found = triples("Valtek, à l'est de l'archipel, est le dernier territoire britannique du Pacifique Sud.", "fr")
    assert ("Valtek", "instanceOf", "dernier territoire britannique du Pacifique Sud") in found, found


def test_a_subject_pronoun_resolved_is_what_the_next_one_goes_on_with():
    """The first `elle` means Mme Martin; the second goes on with it, not with the Senate named in between."""
    found = triples("Paul Durand a appelé Mme Martin pour ce qu'elle a enduré il y a 28 ans, lorsque, en tant que "
                    "présidente de la commission du Sénat, elle a accusé Valtek de fraude.", "fr")
    assert ("Mme Martin", "accuses", "Valtek") in found, found


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Un porte-parole de Valtek a confirmé que Orvane allait fermer.", ("Valtek", "confirms", "Orvane")),
    ("en", "A spokesman for Karvex Inc. said the plant would close.", ("Karvex Inc.", "says", "the plant would close")),
    ("en", "Karvex Inc.'s spokeswoman denied the allegations.", ("Karvex Inc.", "denies", "allegations")),
])
def test_a_spokesperson_without_a_name_speaks_for_whom_they_are_of(lang, text, fact):
    assert fact in triples(text, lang), triples(text, lang)


def test_a_named_spokesperson_keeps_the_post():
    found = triples("« Nous allons poursuivre le M23 », a déclaré le colonel Paul Durand, porte-parole de l'armée "
                    "de Norvalie.", "fr")
    assert ("Paul Durand", "hasRole", "porte-parole") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Au moins 12 personnes ont été tuées à Kaboul, a indiqué la police."),
    ("en", "At least 12 people were killed in Kabul, police said."),
])
def test_an_institution_that_says_it_is_the_source_of_what_it_says(lang, text):
    found = [f for f in read_text(text, lang) if f.relation.local_name == "killedIn"]
    assert found and ("source", "police") in {(r, getattr(v, "label", v)) for r, v in found[0].qualifiers}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Valtek bought the software company Orvane in May. Tom Harding joined Brimex in June. The acquisition "
           "gives Valtek a foothold in Germany."),
    ("fr", "Valtek a racheté la société Orvane en mai. Tom Harding a rejoint Brimex en juin. Le rachat offre à Valtek "
           "un accès au marché allemand."),
])
def test_an_event_noun_recalls_the_latest_event_of_its_kind(lang, text):
    """`the acquisition` is the purchase told two sentences before, not the hiring told in between: its author
    acts."""
    found = [(f.subject.label, f.relation.local_name) for f in read_text(text, lang)]
    assert ("Valtek", "provides") in found and ("Tom Harding", "provides") not in found, found


@pytest.mark.parametrize(("lang", "text", "sold"), [
    ("en", "Valtek Air raised fares on Monday. The only other airline with such a fee is Orvane Air, said Tom "
           "Harding. Brimex has been trying to fix Valtek Air's finances before selling the airline.", "Valtek Air"),
    ("fr", "Valtek Air a augmenté ses tarifs lundi. Orvane Air est une autre compagnie aérienne. Brimex a redressé "
           "les comptes de Valtek Air avant de vendre la compagnie.", "Valtek Air")])
def test_a_noun_that_describes_another_one_is_not_what_a_later_definite_noun_means(lang, text, sold):
    """`the only other airline`, `une autre compagnie`: other than the one told of."""
    assert ("Brimex", "sells", sold) in triples(text, lang), triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", 'Jane Doe, the chief executive of Valtek, said: "Customers have changed."\nWe are delighted to be working '
           "with Orvane on the new engine.", ("Valtek", "collaboratesWith", "Orvane")),
    ("fr", "Paul Durand, le PDG de Valtek, a déclaré : « Les clients ont changé. »\nNous avons racheté Orvane l'an "
           "dernier.", ("Valtek", "acquires", "Orvane")),
])
def test_a_sentence_in_the_first_person_after_a_quotation_goes_on_with_its_speaker(lang, text, fact):
    """News has no first person of its own: the quotation's closing mark is often set after its first paragraph."""
    assert fact in triples(text, lang), triples(text, lang)


def test_a_sentence_in_the_first_person_long_after_any_quotation_is_no_one_s():
    text = "Paul Durand a déclaré : « Les clients ont changé. »\n" + "Valtek a vendu des usines à Lyon. " * 25 + \
        "\nNous avons racheté Orvane."
    assert not any(o == "Orvane" for _, _, o in triples(text, "fr"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Valtek bought Zelma in 2010 and sold it to Brimex in 2015."),
    ("en", "Valtek bought Zelma in 2010. It sold it to Brimex in 2015."),
    ("fr", "Valtek a racheté Zelma en 2010 puis l'a revendue à Brimex en 2015."),
    ("fr", "Valtek a racheté Zelma en 2010. Elle l'a revendue à Brimex en 2015."),
    ("fr", "Valtek a racheté Zelma, avant de la revendre à Brimex en 2015."),  # (`la` tagged an article)
    ("en", "Valtek bought Zelma in 2010 before selling it to Brimex in 2015."),
])
def test_an_object_pronoun_stands_for_the_named_object_of_the_clause_before(lang, text):
    assert ("Valtek", "sells", "Zelma") in triples(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'Valtek sued Brimex over the law. "The law is unfair and we reject it," said Tom Hale.'),
    ("fr", "Valtek a poursuivi Brimex. Le projet a été lancé en 2010, comme l'a annoncé Tom Hale."),
])
def test_an_object_pronoun_that_stands_for_what_no_name_names_is_left_alone(lang, text):
    assert {(s, o) for s, _, o in triples(text, lang)} <= {("Valtek", "Brimex"), ("Tom Hale", "The law is unfair and "
                                                                                     "we reject it")}


def test_an_object_clitic_that_stands_for_nothing_found_makes_no_fact():
    assert not [o for _, p, o in triples("Valtek a décidé de la revendre à Orvane.", "fr") if p == "sells"]


def test_a_pronoun_whose_clause_speaks_of_a_body_part_is_a_person():
    text = ("Le Paris Norvale recevra Brimex sans son attaquant Tom Hale. Le Paris Norvale a publié la liste des "
            "joueurs, sans l'attaquant de 32 ans. Il souffrait d'une inflammation du genou gauche.")
    found = triples(text, "fr")
    assert ("Tom Hale", "suffersFrom", "inflammation du genou gauche") in found
    assert not any(s != "Tom Hale" and r == "suffersFrom" for s, r, _ in found)
