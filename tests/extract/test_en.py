"""English rule families on English sentences written for these tests, through the real English model."""

import pytest

from kg.model import Entity
from kg.nlp import pipeline_for
from kg.pipeline import read_text
from kg.settings import Settings


def facts(text: str):
    return read_text(text, "en")


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in facts(text)}


def qualifiers(fact) -> dict[str, str]:
    return {role: value.label if isinstance(value, Entity) else value for role, value in fact.qualifiers}


@pytest.mark.parametrize(("text", "thing"), [
    ("Germany promised aid to Ukraine.", "aid"),
    ("Germany pledged 500 million euros in aid to Ukraine.", "500 million euros")])
def test_a_recipient_the_parser_hung_on_the_object_is_to_whom(text, thing):
    (promises,) = [f for f in facts(text) if f.relation.local_name == "promises"]
    assert promises.object.label == thing and qualifiers(promises) == {"recipient": "Ukraine"}


def test_active_clause_with_recipient_and_purpose():
    (provides,) = [f for f in facts("Siemens supplies turbines to Vattenfall for offshore wind farms.")
                   if f.relation.local_name == "provides"]
    assert (provides.subject.label, provides.object.label) == ("Siemens", "turbines")
    assert qualifiers(provides)["recipient"] == "Vattenfall"
    assert "offshore wind farms" in qualifiers(provides)["purpose"]


def test_coordinated_subjects_and_objects():
    found = triples("Renault and Nissan develop batteries and electric motors.")
    assert {("Renault", "develops", "batteries"), ("Nissan", "develops", "batteries"),
            ("Renault", "develops", "electric motors")} <= found


def test_passive_with_agent_and_participle():
    assert ("Sanofi", "acquires", "Ablynx") in triples("Ablynx was acquired by Sanofi in 2018.")
    assert ("Valve", "develops", "Steam Deck") in triples("Gamers praised the Steam Deck, a console developed by "
                                                          "Valve.")


def test_passive_frame_without_agent():
    assert ("Spotify", "basedIn", "Stockholm") in triples("Spotify, which is based in Stockholm, grew fast.")


def test_apposition_and_compound_titles():
    found = triples("Satya Nadella, the chief executive of Microsoft, visited Lagos.")
    assert {("Satya Nadella", "hasRole", "chief executive"), ("Satya Nadella", "worksFor", "Microsoft")} <= found
    found = triples("Airbus CEO Guillaume Faury spoke to reporters.")
    assert {("Guillaume Faury", "hasRole", "CEO"), ("Guillaume Faury", "worksFor", "Airbus")} <= found
    found = triples("Former Defense Secretary Robert Hale criticised the plan.")  # the title parsed as a modifier
    assert ("Robert Hale", "hasRole", "Former Defense Secretary") in found, found
    found = triples("Health Secretary Ann Varga unveiled a plan on Thursday.")  # a portfolio is no employer
    assert ("Ann Varga", "hasRole", "Health Secretary") in found and not any(
        p == "worksFor" for _, p, _ in found), found
    found = triples("White House Chief of Staff Bill Daley resigned.")  # `Staff` is the title's, not an employer
    assert ("Bill Daley", "worksFor", "White House") in found and not any(o == "Staff" for _, _, o in found), found


@pytest.mark.parametrize("text", ["He worked in the office of Connecticut Senator Tom Harding.",
                                  "Ontario Senator Paul Durand introduced a bill."])
def test_a_place_before_a_title_is_its_employer_wherever_the_parser_hung_it(text):
    person = "Tom Harding" if "Harding" in text else "Paul Durand"
    place = "Connecticut" if "Connecticut" in text else "Ontario"
    assert (person, "worksFor", place) in triples(text)


@pytest.mark.parametrize("text", ["In Ontario Senator Paul Durand introduced a bill.",
                                  "By the staff of Karvex Inc. Former Senator Paul Durand said it was true.",
                                  "Jane Doe won over Reform Party of Ontario candidate Paul Durand."])
def test_a_name_before_a_title_that_is_not_what_it_is_of_is_no_employer(text):
    assert not any(p == "worksFor" and o in ("Ontario", "Karvex Inc.") for _, p, o in triples(text)), triples(text)


def test_a_title_word_opening_a_thing_s_name_is_no_one_s_title():
    """`the Defender Challenge car`: `Defender` (a post in sport) starts the name of a car, not a person's title."""
    assert not any(p == "hasRole" for _, p, _ in triples("Valtek unveiled the Defender Challenge car in May."))
    assert ("Tom Harding", "hasRole", "Mayor") in triples("Mayor Tom Harding opened the bridge.")


def test_founder_title_means_founded():
    assert ("Jensen Huang", "founded", "Nvidia") in triples("Jensen Huang, the founder of Nvidia, gave a talk.")


def test_copula_class_and_nationality_from_demonym():
    found = triples("Spotify is a Swedish streaming company.")
    assert ("Spotify", "instanceOf", "Swedish streaming company") in found
    assert ("Spotify", "nationality", "Sweden") in found


@pytest.mark.parametrize(("text", "holder", "country"), [
    ("Kenyan airline Brimex bought Orvane.", "Brimex", "Kenya"),
    ("Senegalese President Paul Roy visited Paris.", "Paul Roy", "Senegal"),
    ("The Czech carmaker Valtek opened a plant.", "Valtek", "Czech Republic")])
def test_demonyms_of_countries_beyond_the_largest_give_nationality(text, holder, country):
    assert (holder, "nationality", country) in triples(text)


@pytest.mark.parametrize("text", ["Tom Hale won an Oscar for his film Norvale.",
                                  "The Tom Hale film Norvale was released in 1975."])
def test_whose_work_a_title_is_made_it(text):
    found = triples(text)
    assert ("Tom Hale", "creates", "Norvale") in found, found
    assert not any(p == "filmOf" for _, p, _ in found)
    assert not any(p == "creates" for _, p, _ in triples("Valtek bought a painting of Tom Hale, The Shadows."))


@pytest.mark.parametrize(("text", "fact"), [
    ("During his meeting with Jane Doe, Tom Hale discussed the crisis.", ("Tom Hale", "meets", "Jane Doe")),
    ("After her acquisition of Brimex, Jane Doe sold Valtek.", ("Jane Doe", "acquires", "Brimex"))])
def test_a_possessive_written_before_whom_it_stands_for_is_the_clause_subject_s(text, fact):
    assert fact in triples(text), triples(text)


def test_whose_arrest_it_is_was_arrested():
    assert ("Tom Hale", "arrestedIn", "Paris") in triples("After his arrest in Paris, Tom Hale was released.")
    assert ("Tom Hale", "arrestedIn", "Paris") in triples("Tom Hale's arrest in Paris shocked Karvia.")


def test_the_person_an_event_noun_is_of_is_part_of_its_phrase():
    assert ("Police", "investigates", "death of Tom Hale") in triples("Police are investigating the death of Tom Hale.")
    assert ("brother", "kills", "Tom Hale") in triples("The murder of Tom Hale by his brother shocked Karvia.")


def test_a_measure_a_copula_gives_a_percentage_stands_at_it():
    assert ("Inflation", "standsAt", "0.7%") in triples("Inflation in Karvia is 0.7%.")
    assert not any(p == "standsAt" for _, p, _ in triples("Valtek is one of the largest banks."))


def test_a_place_in_brackets_after_a_place_is_where_it_is():
    found = triples("Tom Hale visited Paris (France), Berlin (Germany) and Rome.")
    assert {("Paris", "locatedIn", "France"), ("Berlin", "locatedIn", "Germany")} <= found


def test_a_noun_set_off_after_the_name_ending_a_predicate_is_the_name_s_apposition():
    found = triples("Valtek is a subsidiary of Brimex, the German chemicals giant.")  # parsed as a second predicate
    assert {("Valtek", "partOf", "Brimex"), ("Brimex", "nationality", "Germany")} <= found
    assert not any(s == "Valtek" and p in ("instanceOf", "nationality") for s, p, _ in found)


@pytest.mark.parametrize("text", ["The pro-Russian leader Tom Hale met Jane Doe.",
                                  "Tom Hale, an anti-American activist, met Jane Doe.",
                                  "Tom Hale, a pro-Labour activist, met Jane Doe."])
def test_a_stance_for_or_against_a_country_or_party_is_no_nationality_or_membership(text):
    found = triples(text)
    assert ("Tom Hale", "meets", "Jane Doe") in found
    assert not any(p in ("nationality", "memberOf") for _, p, _ in found)
    assert ("Tom Hale", "nationality", "Russia") in triples("Tom Hale, a Russian leader, met Jane Doe.")


def test_a_nationality_before_one_word_no_given_name_is_part_of_an_organisation_s_name():
    found = triples("On 2 March 2018, Kenyan Harvest, the group's subsidiary, opened two stores in Nairobi.")
    assert ("Kenyan Harvest", "opens", "two stores") in found
    assert not any(p == "nationality" for _, p, _ in found)
    assert ("Neymar", "nationality", "Brazil") in triples("Brazilian Neymar scored twice.")


@pytest.mark.parametrize(("text", "fact"), [
    ("Valtek won the backing of Brimex.", ("Brimex", "supports", "Valtek")),
    ("Valtek did not obtain the approval of the European Commission.", ("European Commission", "approves", "Valtek")),
    ("France reaffirmed its support for Ukraine.", ("France", "supports", "Ukraine")),
    ("With the support of Brimex, Valtek bought Orvane.", ("Brimex", "supports", "Valtek"))])
def test_who_grants_a_support_or_an_approval_and_to_whom(text, fact):
    found = triples(text)
    assert fact in found and (fact[2], fact[1], fact[0]) not in found


def test_the_dative_of_a_noun_a_verb_supports_is_the_noun_s():
    assert triples("Valtek gave a statement to Reuters.") == set()
    assert ("Valtek", "expandIn", "Malaysia") in triples("Valtek expanded in Malaysia.")


def test_where_a_close_with_a_direction_happened_is_no_fact_of_the_verb():
    found = triples("Brimex shares closed 3 percent lower in Oslo.")
    assert ("Brimex", "falls", "3 percent") in found and not any(o == "Oslo" for _, _, o in found)


def test_a_clause_set_off_after_a_place_completing_a_noun_is_about_the_noun():
    found = triples("Brimex will close its plant in Ohio, which employs 300 people.")
    assert ("plant", "employs", "300 people") in found and not any(s == "Ohio" for s, _, _ in found)


def test_leaving_or_joining_an_organisation_s_board_is_leaving_or_joining_the_organisation():
    assert ("Tom Hale", "leaves", "Brimex") in triples("Tom Hale resigned from the board of Brimex.")
    assert ("Tom Hale", "joins", "Brimex") in triples("Tom Hale joined the board of Brimex in 2019.")


def test_the_members_a_participle_of_comprising_gives_a_group_inherit_its_facts():
    found = triples("Orvane was founded in 2010 by a committee comprising Paul Roy, Tom Hale and Marie Martin.")
    assert {("Paul Roy", "founded", "Orvane"), ("Marie Martin", "founded", "Orvane")} <= found


def test_examples_of_a_group_inherit_its_facts():
    found = triples("Asian carmakers such as Toyota and Volvo will adopt the new standard.")
    assert {("Toyota", "uses", "new standard"), ("Volvo", "uses", "new standard")} <= found
    assert ("Toyota", "instanceOf", "Asian carmakers") in found
    assert not any(p == "instanceOf" for _, p, _ in triples("Carmakers such as Toyota will adopt the standard."))


def test_pronoun_takes_the_governing_subject():
    (sells,) = [f for f in facts("Vodafone said it would sell its tower unit to KKR.")
                if f.relation.local_name == "sells"]
    assert sells.subject.label == "Vodafone" and sells.hypothetical
    assert qualifiers(sells) == {"recipient": "KKR"}  # no `source`: the speaker is the subject itself


@pytest.mark.parametrize("text", ["Valtek wants to buy Orvane, according to Tom Hale.",
                                  "According to Tom Hale, Valtek is expected to buy Orvane."])
def test_the_source_of_a_clause_is_the_source_of_what_its_verb_is_completed_by(text):
    (buys,) = [f for f in facts(text) if f.object.label == "Orvane"]
    assert buys.subject.label == "Valtek" and qualifiers(buys)["source"] == "Tom Hale"


def test_definite_description_refers_back():
    found = triples("Nokia reported higher sales. The company also bought Infinera.")
    assert ("Nokia", "buys", "Infinera") in found


def test_negation_is_marked():
    (uses,) = [f for f in facts("Ikea does not use Oracle software.") if f.relation.local_name == "uses"]
    assert uses.negated and not uses.hypothetical


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Valtek plans to buy Orvane."),
    ("en", "Valtek is set to acquire Orvane."),
    ("fr", "Valtek s'apprête à racheter Orvane."),
])
def test_plans_are_hypothetical(lang, text):
    (bought,) = [f for f in read_text(text, lang) if f.relation.local_name in ("buys", "acquires")]
    assert bought.hypothetical and (bought.subject.label, bought.object.label) == ("Valtek", "Orvane")


def test_reported_speech_keeps_the_quote():
    (says,) = [f for f in facts("Lisa Su said AMD would double its output.") if f.relation.local_name == "says"]
    assert says.subject.label == "Lisa Su" and says.object == "AMD would double its output"


def test_when_it_was_said_is_no_part_of_what_was_said():
    found = facts("Brivex said on Tuesday it would close its plant in Leeds.")
    (says,) = [f for f in found if f.relation.local_name == "says"]
    assert says.object == "it would close its plant in Leeds"
    (closes,) = [f for f in found if f.relation.local_name == "closes"]
    assert "date" not in qualifiers(closes)  # (Tuesday is when Orvane said it)
    told = facts("Brivex told Reuters on Monday it had bought Karvex.")  # (parsed as an open complement)
    assert [f.object for f in told if f.relation.local_name == "says"] == ["it had bought Karvex"]
    later = facts("Brivex said that on Tuesday it would close its plant.")  # (after `that`: the clause's)
    assert [f.object for f in later if f.relation.local_name == "says"] == ["on Tuesday it would close its plant"]


def test_unknown_verb_mints_a_relation():
    found = {(f.subject.label, f.relation.label, f.relation.minted) for f in facts("Boeing outsourced Starliner.")}
    assert ("Boeing", "outsource", True) in found


def test_an_amount_points_at_what_it_is_of():
    (invests,) = [f for f in facts("Vinci will invest 2 billion euros in Heathrow.")
                  if f.relation.local_name == "investsIn"]
    assert (invests.subject.label, invests.object.label) == ("Vinci", "Heathrow")
    assert qualifiers(invests)["quantity"] == "2 billion euros" and not invests.hypothetical  # `will`: a fact
    (acquires,) = [f for f in facts("In 2019, Tencent acquired a 25% stake in Bolt.")
                   if f.relation.local_name == "acquires"]
    assert acquires.object.label == "Bolt" and qualifiers(acquires) == {"date": "2019", "quantity": "25% stake"}
    assert not any(f.relation.local_name == "locatedIn" for f in facts("Tencent acquired a 25% stake in Bolt."))
    (buys,) = [f for f in facts("Halden agreed to buy a 30 percent stake in the Brava field.")
               if f.relation.local_name == "buys"]  # a named thing that is no name itself
    assert buys.object.label == "Brava field" and qualifiers(buys)["quantity"] == "30 percent stake"


def test_relative_pronoun_object_is_its_antecedent():
    found = triples("Vattenfall ordered new turbines, which it uses for offshore farms.")
    assert ("Vattenfall", "uses", "new turbines") in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Orvane criticised Karvex. Valtek does not disclose the software it uses.", ("Valtek", "uses", "software")),
    ("Jane Doe praised Valtek. Tom Harding criticised the deal he signed.", ("Tom Harding", "signs", "deal")),
])
def test_a_relative_clause_without_a_relative_word_acts_on_its_noun(text, fact):
    assert fact in triples(text), triples(text)


def test_class_noun_before_a_name():
    found = triples("In 2019, the Chinese group Tencent opened an office in Paris.")
    assert {("Tencent", "instanceOf", "Chinese group"), ("Tencent", "nationality", "China")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    # who was replaced held the post whether or not the replacement happens; the successor holds it if it does
    ("Tom Hale was not replaced by Paul Roy as chief executive of Valtek.", {("Tom Hale", False), ("Paul Roy", True)}),
    ("Paul Roy did not succeed Tom Hale as head of Valtek.", {("Tom Hale", False), ("Paul Roy", True)}),
    ("Paul Roy could replace Tom Hale as chief executive of Valtek.", {("Tom Hale", False), ("Paul Roy", False)}),
])
def test_a_successor_s_post_is_as_sure_as_the_succession_and_the_predecessor_s_is_sure(text, expected):
    assert {(f.subject.label, f.negated) for f in facts(text) if f.relation.local_name == "hasRole"} == expected


def test_an_organisation_s_noun_with_an_owner_after_a_name_is_that_name():
    """`its Brimex unit`: the unit named Brimex; `its US unit`: the unit in the US."""
    assert ("Valtek", "sells", "Brimex") in triples("Valtek sold its Brimex unit to Karvex.")
    assert ("Brimex", "partOf", "Valtek") in triples("Valtek's Brimex unit posted a loss.")
    assert ("Valtek", "sells", "US") not in triples("Valtek sold its US unit to Karvex.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Valtek has promoted Jane Doe to chief operating officer.",
     {("Valtek", "appoints", "Jane Doe"), ("Jane Doe", "hasRole", "chief operating officer")}),
    ("Brimex poached Tom Hale from rival Orvane.", {("Brimex", "employs", "Tom Hale")}),
])
def test_promoting_someone_to_a_post_appoints_them_and_poaching_hires_them(text, expected):
    assert expected <= triples(text), triples(text)
    assert "supports" not in {p for _, p, _ in triples(text)}


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "At least 12 people were killed when a bomb exploded at a market in Karvia City.",
     ("bomb", "kills", "At least 12 people")),
    ("en", "Tom Hale was killed after gunmen opened fire on his car.", ("gunmen", "kills", "Tom Hale")),
    ("fr", "Au moins 12 personnes ont été tuées lorsqu'une bombe a explosé sur un marché de Karvia.",
     ("bombe", "kills", "Au moins 12 personnes")),
])
def test_what_did_a_passive_s_killing_is_the_subject_of_the_clause_of_how_it_happened(lang, text, fact):
    assert fact in {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
                    for f in read_text(text, lang)}


def test_a_body_confirming_someone_in_a_post_does_not_employ_them():
    """`The Senate confirmed X as secretary of state`: X holds the post; the Senate is no employer."""
    found = triples("The Senate confirmed Jane Doe as secretary of state on Monday.")
    assert ("Jane Doe", "hasRole", "secretary of state") in found and ("Jane Doe", "worksFor", "Senate") not in found


def test_a_name_noun_is_no_class():
    """`X (full name: Y)`, `X is the brand name of Y`: what X is called, not what it is."""
    found = triples("Valtek (full name: Valtek Industries), the maker of Brimex, opened a plant.") | triples(
        "Karvex is the brand name of the Orvane pump.")
    assert not any(p == "instanceOf" for _, p, _ in found), found


def test_a_time_before_a_name_is_no_class():
    """`present-day Karvia`: when the name holds, not what it is."""
    assert not any(p == "instanceOf" for _, p, _ in triples("The fort stood in Orvane, in present-day Karvia."))


def test_nominal_events_give_their_verbs_facts():
    assert ("Nokia", "acquires", "Infinera") in triples("Nokia completed the acquisition of Infinera in February.")
    assert ("Adidas", "acquires", "Reebok") in triples("Adidas's takeover of Reebok was approved.")
    assert ("Renault", "partnerOf", "Volvo") in triples("Renault announced a new partnership with Volvo on Monday.")
    assert ("Siemens", "partnerOf", "Alstom") in triples("Siemens signed an agreement with Alstom.")


def test_participle_modifiers_place_and_owner():
    assert ("Mistral", "basedIn", "Paris") in triples("The Paris-based startup Mistral raised money.")
    assert ("Citi", "basedIn", "New York") in triples("The New York-based bank Citi grew.")


@pytest.mark.parametrize("text, fact", [
    ("Valtek, having bought Orvane in 2020, closed the plant in Lyon.", ("Valtek", "acquires", "Orvane")),
    ("Marie Martin, having worked at Valtek for a decade, joined Orvane.", ("Marie Martin", "joins", "Orvane")),
    ("Jane Doe, having been fired by Valtek, joined Orvane.", ("Valtek", "dismisses", "Jane Doe")),
    ("Having been fired by Valtek, Jane Doe joined Orvane.", ("Jane Doe", "joins", "Orvane")),
])
def test_a_clause_of_having_set_off_after_a_subject_leaves_it_the_subject_of_the_main_verb(text, fact):
    assert fact in triples(text)


def test_a_verb_form_the_lemmatizer_takes_for_another_verb_keeps_its_own():
    assert ("Tom Hale", "dineWith", "Jane Doe") in triples("Tom Hale dined with Jane Doe in Paris.")


@pytest.mark.parametrize(("text", "post"), [
    ("Orvane named Jane Doe, a former Google executive, as its new chief executive.", "new chief executive"),
    ("The board elected Tom Hale chairman.", "chairman"),
    ("Valtek has appointed Jane Doe chief financial officer.", "chief financial officer"),
    ("The club appointed Tom Hale head coach.", "head coach"),
    ("Tom Hale was crowned world champion in Tokyo.", "world champion"),
])
def test_whom_a_verb_of_appointing_names_holds_the_post_however_the_parser_hung_the_name(text, post):
    holder = "Tom Hale" if "Tom Hale" in text else "Jane Doe"
    assert (holder, "hasRole", post) in triples(text)


def test_a_description_restricted_by_a_relative_clause_does_not_refer_back():
    found = triples("Valtek released its results. The company that bought Orvane last year cut jobs.")
    assert not any(s == "Valtek" and p in {"acquires", "reduces"} for s, p, _ in found)
    found = triples("Valtek released its results. The company, which employs 300 people, bought Orvane.")
    assert ("Valtek", "acquires", "Orvane") in found


def test_descriptions_prefer_the_same_sentence_outside_quotes():
    cut = [f for f in facts("Vestas opened a plant. Henrik Andersen, Siemens's chief executive, said the company "
                            "would not sell the plant.") if f.relation.local_name == "sells"]
    assert cut and cut[0].subject.label == "Siemens" and cut[0].negated
    found = triples("Vestas grew. \"We are glad to work with Orsted,\" Ana Ruiz, the company's chief executive, told "
                    "reporters.")
    assert ("Ana Ruiz", "worksFor", "Orsted") not in found


def test_a_nationality_adjective_is_not_a_name():
    found = triples("Vinci has hired the French start-up Alan, the construction group said.")
    assert ("Vinci", "employs", "Alan") in found and ("Vinci", "says", "Vinci has hired the French start-up Alan") \
        in found


def test_lowercase_parts_of_a_name_stay_in_it():
    """Only a lowercase word set after what it qualifies is no name: a hyphen-joined part, a particle are."""
    assert ("Kim Jong-un", "hasRole", "leader") in triples("Zorg negotiated with the leader Kim Jong-un.")


def test_an_addressee_is_not_a_fact():
    assert not any(r == "tell" for _, r, _ in triples('"We will grow," Ana Ruiz told Reuters.'))


def test_questions_are_hypothetical():
    (bought,) = [f for f in facts("Regulators asked whether Vattenfall bought Nuon.") if f.relation.label == "buys"]
    assert bought.subject.label == "Vattenfall" and bought.hypothetical
    assert ("Tencent", "owns", "Riot") in triples("The Tencent-owned studio Riot released a game.")


def test_provide_someone_with_something():
    (provides,) = [f for f in facts("Siemens supplies Vattenfall with turbines.")
                   if f.relation.local_name == "provides"]
    assert provides.object.label == "turbines" and qualifiers(provides) == {"recipient": "Vattenfall"}


def test_a_unit_of_an_organisation_is_part_of_it():
    found = triples("Riot Games, a unit of Tencent, released a game.")
    assert ("Riot Games", "partOf", "Tencent") in found and not any(r == "instanceOf" for _, r, _ in found)


def test_place_of_a_described_name_and_employer_after_the_name():
    found = triples("Acme, a startup in Berlin, raised money. The bill was backed by Senator Jane Doe of Ohio.")
    assert ("Acme", "locatedIn", "Berlin") in found and ("Jane Doe", "worksFor", "Ohio") in found


def test_made_available_to_is_a_provision_and_future_is_a_fact():
    (provides,) = [f for f in facts("Renault will make its batteries available to rival carmakers.")
                   if f.relation.local_name == "provides"]
    assert (provides.subject.label, provides.object.label) == ("Renault", "batteries")
    assert qualifiers(provides) == {"recipient": "rival carmakers"} and not provides.hypothetical


def test_use_something_to_do_is_a_purpose_not_a_fact_of_the_thing():
    found = facts("Vattenfall is using drones to inspect wind turbines.")
    (uses,) = [f for f in found if f.relation.local_name == "uses"]
    assert qualifiers(uses) == {"purpose": "inspect wind turbines"}
    assert all(f.subject.label != "drones" for f in found)


def test_a_class_noun_types_the_name_it_describes():
    found = facts("Defence banks such as Palantir and Anduril rose. Google released the model Gemma.")
    kinds = {end.label: end.kind for f in found for end in (f.subject, f.object) if hasattr(end, "kind")}
    assert kinds["Palantir"] == kinds["Anduril"] == "Organization" and kinds["Gemma"] == "Product"


def test_a_possessive_relational_noun_relates_the_name_to_the_clause_subject():
    found = triples("Siemens hosts its software on Microsoft Azure, its cloud partner.")
    assert ("Microsoft Azure", "partnerOf", "Siemens") in found
    assert not any(p == "instanceOf" and s == "Microsoft Azure" for s, p, _ in found)


def test_a_rival_of_apposition_gives_competition():
    found = triples("Ford, a rival of General Motors, sold 2 million trucks.")
    assert ("Ford", "competesWith", "General Motors") in found


def test_a_fronted_participle_with_an_agent_is_about_the_main_subject():
    found = triples("Founded in 1998 by Larry Page, Google is based in Mountain View.")
    assert {("Larry Page", "founded", "Google"), ("Google", "basedIn", "Mountain View")} <= found


def test_based_opening_the_sentence_places_the_main_subject_though_parsed_as_a_preposition():
    found = triples("Based in Lyon, Valtek makes batteries.")
    assert {("Valtek", "basedIn", "Lyon"), ("Valtek", "produces", "batteries")} <= found
    assert not any(p == "basedIn" for _, p, _ in triples("Based on the report, analysts expect Valtek to cut jobs."))
    assert {p for _, p, _ in triples("According to Valtek, Orvane makes batteries.")} == {"produces"}


def test_a_main_verb_read_as_an_apposition_after_a_relative_clause_gives_no_class():
    found = triples("Tom Harding, who grew up in Ohio, studied engineering at Purdue University.")
    assert ("Tom Harding", "livesIn", "Ohio") in found and not any(p == "instanceOf" for _, p, _ in found)
    found = triples("Valtek, which makes batteries, a listed company, grew.")
    assert ("Valtek", "instanceOf", "listed company") in found


def test_a_place_compounded_on_a_noun_of_a_place_is_its_object():
    assert ("Tom Harding", "bornIn", "Toronto") in triples("Tom Harding, a Toronto native, moved to Lyon in 2010.")
    found = triples("The US maker Valtek cut 500 jobs.")  # (a place on another noun: where, not whose)
    assert ("Valtek", "nationality", "United States") in found and not any(p == "produces" for _, p, _ in found)


def test_a_product_named_after_its_maker_is_not_merged_into_it():
    assert ("Apple", "launches", "Apple Watch") in triples("Apple launched the Apple Watch in 2015.")


def test_a_short_name_still_merges_into_a_person_and_a_company_designator():
    found = triples("Jane Fraser leads Citigroup Inc in New York. Fraser met Janet Yellen. Citigroup acquired Banamex "
                    "in 2001.")
    assert {("Jane Fraser", "meets", "Janet Yellen"), ("Citigroup Inc", "acquires", "Banamex")} <= found


def test_appointments_give_the_role_and_the_employer():
    assert {("Kelly Ortberg", "hasRole", "chief executive"), ("Kelly Ortberg", "worksFor", "Boeing")} <= triples(
        "Boeing named Kelly Ortberg chief executive in August.")
    assert {("Sarah Friar", "hasRole", "chief financial officer"), ("Sarah Friar", "worksFor", "OpenAI")} <= triples(
        "Sarah Friar was hired as chief financial officer by OpenAI.")
    assert ("Anne Martin", "worksFor", "Nvidia") in triples("Nvidia appointed Anne Martin as head of its operations.")


def test_whose_title_relative_gives_the_role():
    found = triples("Pasqal, whose chief executive is Loïc Henriet, will build a factory.")
    assert {("Loïc Henriet", "hasRole", "chief executive"), ("Loïc Henriet", "worksFor", "Pasqal")} <= found


def test_its_title_works_for_the_company_last_talked_about():
    found = triples("Spotify welcomed the ruling. Its chief executive Daniel Ek called it a message.")
    assert ("Daniel Ek", "worksFor", "Spotify") in found


def test_a_description_referring_back_gives_its_nationality():
    found = triples("Spotify welcomed the ruling. The Swedish company has 600 million users.")
    assert ("Spotify", "nationality", "Sweden") in found


def test_employs_people():
    assert ("Amazon", "employs", "1.5 million people") in triples("Amazon employs 1.5 million people.")


def test_an_apposed_description_is_not_resolved_to_another_name():
    found = triples("Volvo sold trucks. Scania, the Swedish truck maker, bought engines.")
    assert ("Scania", "nationality", "Sweden") in found
    assert ("Volvo", "nationality", "Sweden") not in found


def test_headquarters_give_where_an_organisation_is_based():
    for text in ("Altair's headquarters are in Troy.", "Altair, whose headquarters is in Troy, makes software.",
                 "Altair has its headquarters in Troy."):
        assert ("Altair", "basedIn", "Troy") in triples(text), text


def test_relational_nouns_by_compound_possessive_and_of():
    assert ("Meta", "owns", "Instagram") in triples("Instagram's parent company Meta reported higher profits.")
    assert ("OpenAI", "produces", "ChatGPT") in triples("OpenAI, the ChatGPT maker, raised money.")
    assert ("OpenAI", "produces", "ChatGPT") in triples("OpenAI, the maker of ChatGPT, raised money.")
    # a class of things without an article is what the maker makes (as `makes simulation software` would say)
    assert ("Altair", "produces", "simulation software") in triples("Altair, a US maker of simulation software, grew.")


def test_joint_events_and_contracts_relate_their_parties():
    assert ("Airbus", "partnerOf", "Thales") in triples("Airbus and Thales announced a partnership in satellites.")
    assert ("Boeing", "partnerOf", "US Air Force") in triples("Boeing signed a contract with the US Air Force.")
    assert ("Labour Party", "partnerOf", "Green Party") in triples(
        "The Labour Party formed a coalition with the Green Party.")


def test_a_title_whose_person_is_apposed_to_its_object_stands_for_the_person():
    found = triples("Zelensky met the president of the European Commission, Ursula von der Leyen.")
    assert ("Zelensky", "meets", "Ursula von der Leyen") in found
    assert ("Ursula von der Leyen", "worksFor", "European Commission") in found


def test_an_employer_down_the_title_s_phrases():
    found = triples("Lena Ortiz, director of sales at Corvan Motors, resigned.")
    assert ("Lena Ortiz", "worksFor", "Corvan Motors") in found
    found = triples("The head of research at Brightwell, Omar Haddad, left the firm.")
    assert ("Omar Haddad", "worksFor", "Brightwell") in found
    assert not any(s == "Brightwell" and p == "hasRole" for s, p, _ in found)
    found = triples("Jane Doe, chairwoman of the board of directors of Brimex, resigned.")
    assert ("Jane Doe", "worksFor", "Brimex") in found
    assert not any(o == "board" for _, _, o in found)
    found = triples("Jane Doe has been named the new head of Orvane's research unit.")
    assert ("Jane Doe", "worksFor", "Orvane") in found, found


@pytest.mark.parametrize(("text", "fact"), [
    ("Jane Doe is a member of the Valtek board.", ("Jane Doe", "memberOf", "Valtek")),
    ("Jane Doe was appointed to the Valtek board in 2010.", ("Jane Doe", "joins", "Valtek")),
    ("Jah B was a member of reggae group The Wailers.", ("Jah B", "memberOf", "Wailers")),
])
def test_a_body_an_organisation_s_name_is_compounded_on_stands_for_it(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize(("text", "based", "employer"), [
    ("Sacramento rapper Tom Hale released his debut album.", ("Tom Hale", "basedIn", "Sacramento"),
     ("Tom Hale", "worksFor", "Sacramento")),
    ("Tom Hale, a New York architect, designed the tower.", ("Tom Hale", "basedIn", "New York"),
     ("Tom Hale", "worksFor", "New York")),
])
def test_a_place_named_before_a_trade_is_where_its_holder_is_based_not_an_employer(text, based, employer):
    found = triples(text)
    assert based in found and employer not in found, found
    assert ("Tom Hale", "worksFor", "Texas") in triples("Texas governor Tom Hale signed the bill.")


def test_stakes_are_investments_and_events_are_not_objects():
    assert ("Nvidia", "investsIn", "Nokia") in triples("Nvidia took a 10% stake in Nokia.")
    found = triples("Microsoft completed its takeover of Activision Blizzard in 2023.")
    assert ("Microsoft", "acquires", "Activision Blizzard") in found
    assert not any(o == "takeover" for _, _, o in found)
    (acquires,) = [f for f in facts("Microsoft completed its takeover of Activision Blizzard in 2023.")
                   if f.relation.local_name == "acquires"]
    assert qualifiers(acquires)["date"] == "2023"  # the date on the verb telling the event


def test_a_price_is_a_quantity():
    (acquires,) = [f for f in facts("Siemens agreed to acquire Altair Engineering for $10.6 billion.")
                   if f.relation.local_name == "acquires"]
    assert qualifiers(acquires)["quantity"] == "$10.6 billion"


def test_a_figure_compared_with_is_not_the_facts_own():
    (earns,) = [f for f in facts("Valtek earned $3 billion in 2023, against $2.5 billion in 2022.")
                if f.relation.local_name == "earns"]
    assert earns.qualifiers == (("date", "2023"),)
    (reports,) = [f for f in facts("Brimex reported a net loss of $45 million, compared with a profit of $12 million "
                                   "a year earlier.") if f.relation.local_name == "reports"]
    assert qualifiers(reports) == {"quantity": "$45 million"}
    assert ("Parliament", "opposes", "3 amendments") in triples("Parliament voted against 3 amendments.")


def test_a_period_ahead_or_behind_is_a_date_not_a_quantity():
    (reduces,) = [f for f in facts("Brimex has cut 3,000 jobs over the past five years.")
                  if f.relation.local_name == "reduces"]
    assert qualifiers(reduces) == {"date": "the past five years"}
    (opens,) = [f for f in facts("Valtek plans to open 50 new stores in India over the next three years.")
                if f.relation.local_name == "opens"]
    assert qualifiers(opens)["date"] == "the next three years" and "quantity" not in qualifiers(opens)


def test_a_possessive_inside_a_name_is_part_of_it():
    assert ("Tom Hale", "educatedAt", "King's College London") in triples("Tom Hale studied at King's College London.")
    assert {f.subject.label for f in facts("Moody's downgraded Italy on Friday.")} == {"Moody's"}
    assert ("Jane Doe", "relativeOf", "Tom Hale") in triples("Tom Hale's daughter Jane Doe joined Valtek.")


def test_the_departure_of_a_post_holder_is_from_the_posts_employer():
    assert ("Tom Hale", "leaves", "Brimex") in triples("Brimex announced the resignation of its chief executive, "
                                                        "Tom Hale.")


def test_an_incise_with_its_subject_first_reports_the_clause_before_it():
    found = facts("Germany will send 14 tanks to Ukraine, Chancellor Olaf Scholz announced.")
    assert {(f.subject.label, f.relation.local_name) for f in found} == {
        ("Germany", "provides"), ("Olaf Scholz", "hasRole"), ("Olaf Scholz", "says")}
    (says,) = [f for f in found if f.relation.local_name == "says"]
    assert getattr(says.object, "label", says.object) == "Germany will send 14 tanks to Ukraine"
    (provides,) = [f for f in found if f.relation.local_name == "provides"]
    assert qualifiers(provides)["source"] == "Olaf Scholz"


def test_where_two_met_is_a_place_of_their_meeting_not_a_relation():
    found = facts("Jane Doe and Tom Hale met in Vienna on Monday.")
    assert [(f.subject.label, f.relation.local_name, f.object.label) for f in found] == [
        ("Jane Doe", "meets", "Tom Hale")]
    assert qualifiers(found[0]) == {"date": "Monday", "place": "Vienna"}


def test_an_adjective_with_an_article_and_no_noun_before_it_is_a_noun_object():
    assert ("Valtek United", "wins", "FA Cup final") in triples("Valtek United won the FA Cup final.")
    assert not triples("The court ruled the law unconstitutional.")


def test_where_an_event_noun_happened_is_its_facts_place():
    (attacks,) = [f for f in facts("The Valtek army carried out strikes against Brimex in southern Lebanon.")
                  if f.relation.local_name == "attacks"]
    assert qualifiers(attacks) == {"place": "Lebanon"}


def test_a_range_is_one_date_with_both_its_ends():
    (role,) = [f for f in facts("Tom Hale served as mayor of Leeds from February 2008 until May 2015 and then "
                                "retired.") if f.relation.local_name == "hasRole"]
    assert qualifiers(role) == {"date": "from February 2008 until May 2015"}
    (closes,) = [f for f in facts("Valtek closed its plants in Ohio from March to June.")
                 if f.relation.local_name == "closes"]
    assert qualifiers(closes)["date"] == "from March to June"


def test_becoming_gives_a_role():
    assert ("Satya Nadella", "worksFor", "Microsoft") in triples(
        "Satya Nadella, who became chief executive of Microsoft in 2014, praised the deal.")


def test_opening_provides_only_with_a_recipient():
    assert not any(p == "provides" for _, p, _ in triples("BYD will open a plant in Hungary."))
    assert any(p == "provides" for _, p, _ in triples("Mistral AI opens its Le Chat assistant to public hospitals."))


def test_a_last_word_left_alone_by_the_tagger_is_still_the_whole_name():
    found = triples("Airbus picked Mistral AI. Mistral AI, which was founded in 2023 by Arthur Mensch, has raised "
                    "1 billion euros from investors.")
    assert ("Arthur Mensch", "founded", "Mistral AI") in found


def test_a_named_place_qualifies_the_fact():
    (fact,) = [f for f in facts("Paul Durand gave a speech in New York.") if f.object.label == "speech"]
    assert qualifiers(fact) == {"place": "New York"}


def test_employers_after_for_and_with_and_a_complementiser_is_no_object():
    found = triples("Jay Morton, a former executive with Delmar Airlines, tracks fees.")
    assert ("Jay Morton", "worksFor", "Delmar Airlines") in found
    assert ("Kate Lyle", "worksFor", "Frontline") in triples("Kate Lyle, a spokeswoman for Frontline, said no.")
    assert not any(o == "that" for _, _, o in triples("Prosecutor Ann Hale told the jury that Lee knew."))


def test_they_and_both_stand_for_each_entity_named_together():
    found = triples("Frontier and Spirit changed their fees. They charge passengers for carry-on bags.")
    assert {("Frontier", "charges", "passengers"), ("Spirit", "charges", "passengers")} <= found
    found = triples("Ford and Toyota reported results. Both companies acquired startups.")
    assert {("Ford", "acquires", "startups"), ("Toyota", "acquires", "startups")} <= found


def test_a_definite_title_refers_to_the_person_given_it_earlier():
    assert ("Rob Fenwick", "meets", "Joe Price") in triples("Mayor Rob Fenwick denied it. The mayor met Joe Price.")


def test_a_place_right_after_an_organisations_name_locates_it():
    assert ("Harlow Technical College", "basedIn", "Leeds") in triples(
        "Maria Dunn teaches at Harlow Technical College in Leeds.")
    assert not any(p == "basedIn" for _, p, _ in triples("Maria Dunn met Tom Reyes in Leeds."))


def test_an_organisations_name_goes_on_across_of():
    found = triples("Agustin Morales, chief of the Bank of Mexico, spoke.")
    assert ("Agustin Morales", "worksFor", "Bank of Mexico") in found


def test_serving_as_a_title_is_holding_the_post():
    found = triples("Jane Ortiz works as a nurse at Mercy Hospital.")
    assert {("Jane Ortiz", "hasRole", "nurse"), ("Jane Ortiz", "worksFor", "Mercy Hospital")} <= found
    found = triples("Tom Hale resigned as chairman of Vernal Bank on Friday.")  # a post held until then
    assert {("Tom Hale", "hasRole", "chairman"), ("Tom Hale", "worksFor", "Vernal Bank")} <= found
    assert ("Jeff Bowen", "hasRole", "chief executive") in triples("Jeff Bowen stepped down as chief executive.")
    found = triples("Tom Harding took over as chief executive of Valtek in 2019.")
    assert {("Tom Harding", "hasRole", "chief executive"), ("Tom Harding", "leads", "Valtek")} <= found
    found = triples("Dr. Dre took on producer Tom Harding as a co-producer.")  # (the object's post)
    assert not any(s == "Dr. Dre" and p == "hasRole" for s, p, _ in found)


def test_a_party_word_on_a_title_gives_membership():
    assert ("Joan Pike", "memberOf", "Republican Party") in triples("Republican senator Joan Pike criticized the plan.")


@pytest.mark.parametrize("body", ["board", "board of directors", "executive committee"])
def test_a_member_of_a_body_of_an_organisation_is_a_member_of_it(body):
    assert ("Paul Durand", "memberOf", "Valtek") in triples(f"Paul Durand, a member of the {body} of Valtek, resigned.")


def test_a_member_of_a_body_named_with_a_place_is_no_member_of_the_place():
    assert not any(p == "memberOf" for _, p, _ in triples("Paul Durand, a member of the city council of Toronto, "
                                                          "resigned."))


def test_a_resident_of_a_place_lives_there():
    assert ("Karim Lenoir", "livesIn", "Leeds") in triples("Karim Lenoir, a resident of Leeds, founded a party.")


def test_a_gerund_after_a_preposition_has_the_subject_of_the_verb_it_is_on():
    found = triples("By buying Corvan, Acme became the largest maker of brakes.")
    assert ("Acme", "buys", "Corvan") in found
    assert ("Lena Ortiz", "publishes", "3,000 secret files") in triples(
        "Lena Ortiz left the country after releasing 3,000 secret files.")


def test_new_movement_verbs():
    (fact,) = [f for f in facts("Acme's shares rebounded 4% on Monday.") if f.relation.local_name == "rises"]
    assert fact.subject.label == "Acme"


def test_a_verb_without_object_relates_to_the_name_after_its_preposition():
    assert ("Corvan", "expandIn", "Malaysia") in triples("Corvan expanded in Malaysia last year.")
    assert ("Corvan", "expandIn", "Malaysia") in triples(
        "Corvan plans to expand in neighbouring Malaysia - where it has four shops - and beyond.")
    assert not triples("Lena Ortiz spoke to Omar Haddad on Monday.") & {
        ("Lena Ortiz", "speakTo", "Omar Haddad")}  # whom one talks to is no relation of its own
    assert not any(p == "comeFrom" for _, p, _ in triples("The order came from Brightwell Holdings."))


def test_an_institution_s_name_goes_on_across_and_inside_its_entity():
    found = triples("Acme signed a contract with the Department of Health and Human Services.")
    assert any(o == "Department of Health and Human Services" for _, _, o in found), found
    assert any(o == "Bank of the West" for _, _, o in triples("Acme signed a contract with the Bank of the West."))
    found = triples("Renault and Nissan signed an agreement with Acme.")
    assert {s for s, _, _ in found} >= {"Renault", "Nissan"}


def test_what_is_denied_may_be_a_gerund_clause_but_an_aspectual_verb_s_is_the_fact_itself():
    found = triples("Lena Ortiz and Omar Haddad deny conspiring with others to rig bids between 2001 and 2004.")
    assert {("Lena Ortiz", "denies", "conspiring with others to rig bids"),
            ("Omar Haddad", "denies", "conspiring with others to rig bids")} <= found, found
    found = triples("Corvan started charging $50 for a checked bag.")
    assert ("Corvan", "charges", "checked bag") in found and not any(p == "launches" for _, p, _ in found)


def test_a_named_owner_is_part_of_a_common_noun_s_label():
    assert ("Corvan", "follows", "Brightwell's $2 charge") in triples("Corvan is following Brightwell's $2 charge.")
    assert not any(o.startswith("My") for _, _, o in triples('"My husband bought Corvan," she said.'))


def test_a_name_set_off_before_a_described_noun_is_described_by_it():
    found = triples("Last week Brightwell & Sons, the rating agency, cited rising debt.")
    assert any(p == "instanceOf" and o == "rating agency" for _, p, o in found), found


def test_a_name_parsed_as_the_possessor_of_the_noun_set_off_after_it_is_described_by_it():
    """The parse the small English model gives `Standard & Poor's, the rating agency, cited …`, on other words."""
    from spacy.tokens import Doc

    from kg.extract import extract_document
    from kg.model import Document
    from kg.nlp import Paragraph, pipeline_for
    from kg.ontology import default_lexicon
    from kg.settings import Settings

    words = ["Lyle", "&", "Hart", "'s", ",", "the", "rating", "agency", ",", "cited", "rising", "debt", "."]
    heads = [7, 0, 0, 2, 7, 7, 7, 9, 7, 9, 11, 9, 9]
    deps = ["poss", "cc", "conj", "case", "punct", "det", "compound", "nsubj", "punct", "ROOT", "amod", "dobj",
            "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "PART", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "VERB", "NOUN", "PUNCT"]
    lemmas = ["Lyle", "&", "Hart", "'s", ",", "the", "rating", "agency", ",", "cite", "rise", "debt", "."]
    spaces = [True, True, False, False, True, True, True, False, True, True, True, False, False]
    doc = Doc(pipeline_for("en", Settings()).vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 9)
    document = Document("t", doc.text, "t", lang="en")
    reading = extract_document([Paragraph(document, 0, doc)], "en", default_lexicon())
    assert any(c.relation.local_name == "instanceOf" and c.subject.text.startswith("Lyle & Hart") and
               c.object.text == "rating agency" for c in reading.candidates)


def test_a_phrasal_verb_s_particle_is_its_preposition():
    assert ("weak demand", "affects", "price") in {(s.lower(), p, o) for s, p, o in triples(
        "Weak demand has weighed on the price in recent weeks.")}
    assert ("Corvan", "tearDown", "bakery") in triples("Corvan tore down a bakery in Lisbon.")  # (minted)
    assert ("Corvan", "founded", "bakery") in triples("Corvan set up a bakery in Lisbon.")  # (the lexicon's)
    assert ("Corvan", "acquires", "Brightwell") in triples("Corvan bought out Brightwell.")  # (`buy out`, not `buy`)
    # a particle the lexicon does not know with its verb makes another verb: `pass X on` is no vote on X
    assert {p for s, p, o in triples("The Senate will pass the Karvex files on to the police.")} == {"passOn"}


def test_a_clause_after_that_on_a_noun_is_not_the_noun_s_doing():
    found = triples("He estimated in a 2011 report that Corvan's new fee brings in $50 million a year.")
    assert not any(s.endswith("report") for s, _, _ in found), found
    assert ("new fee", "earns", "$20 million") in triples("The new fee will bring in $20 million for Corvan.")


def test_a_gerund_after_with_or_of_has_the_verb_s_object_as_subject():
    assert ("Lena Ortiz", "steal", "Corvan's designs") in triples(
        "Police accused Lena Ortiz of stealing Corvan's designs.")
    assert not any(s == "Lena Ortiz" for s, p, _ in triples("Police stopped Lena Ortiz from leaving Corvan's office.")
                   if p != "hasRole")


def test_a_possessor_before_a_relational_title_relates_the_name():
    assert ("Brightwell", "owns", "Corvan") in triples("Corvan's parent Brightwell reported higher profits.")


def test_what_news_says_is_released_is_published():
    assert ("Corvan", "publishes", "quarterly figures") in triples("Corvan released its quarterly figures on Monday.")


def test_a_spouse_named_after_a_possessive_is_married_to_whose_they_are():
    assert ("Lena Moor", "marriedTo", "Mark Abbot") in triples(
        "The painter Mark Abbot died on Sunday, his wife Lena Moor said.")


def test_the_person_a_government_or_administration_is_of_leads_it():
    assert ("Carter", "leads", "Carter administration") in triples("The Carter administration rejected the plan.")
    assert ("Tom Abel", "leads", "government") in triples("Tom Abel said his government would act.")
    assert not any(p == "leads" for _, p, _ in triples("The government of Norway resigned on Tuesday."))


def test_a_definite_title_without_a_name_recalls_the_person_the_story_is_about():
    found = triples("Tom Abel criticised nine states on Thursday. The defense secretary said the law was clear.")
    assert ("Tom Abel", "hasRole", "defense secretary") in found, found


def test_a_head_title_s_holder_leads_what_its_of_complement_names():
    found = triples("Tom Abel, the president of Vinalys, resigned on Monday.")
    assert {("Tom Abel", "leads", "Vinalys"), ("Tom Abel", "worksFor", "Vinalys")} <= found, found


def test_what_someone_is_involved_in_is_what_they_take_part_in():
    assert ("Zeta Front", "participatesIn", "civil war") in triples(
        "The Zeta Front is also involved in the civil war in Syria.")


@pytest.mark.parametrize("text", ["The judge ordered Paul Durand to attend a police station in Lyon.",
                                  "Paul Durand was personally involved in the third."])
def test_what_is_taken_part_in_is_an_event(text):
    assert not any(p == "participatesIn" for _, p, _ in triples(text))
    assert ("Jane Doe", "participatesIn", "Olympic Games") in triples("Jane Doe took part in the Olympic Games.")


def test_a_participle_after_the_main_clause_with_its_agent_says_what_acted_on_its_subject():
    assert ("BP", "affects", "FTSE 100") in triples("The FTSE 100 fell 1 percent, dragged down by BP.")


@pytest.mark.parametrize(("text", "fact"), [
    ("Paul Girard took part in the Lyon summit.", ("Paul Girard", "participatesIn", "Lyon summit")),
    ("The ceremony took place at the Karvex Stadium.", ("ceremony", "locatedIn", "Karvex Stadium")),
    ("Paul Girard paid tribute to Marie Curie.", ("Paul Girard", "praises", "Marie Curie")),
    ("Paul Girard filed a lawsuit against Vinalys.", ("Paul Girard", "sues", "Vinalys")),
    ("Paul Girard brought a lawsuit against Vinalys.", ("Paul Girard", "sues", "Vinalys")),
    ("Paul Girard brought suit against Vinalys.", ("Paul Girard", "sues", "Vinalys")),
    ("Paul Girard brought a case against Vinalys.", ("Paul Girard", "sues", "Vinalys")),
    ("Paul Girard launched a lawsuit against Vinalys.", ("Paul Girard", "sues", "Vinalys")),
])
def test_a_verb_and_its_bare_noun_listed_together_are_one_predicate(text, fact):
    assert fact in triples(text)


def test_who_suffers_from_an_illness():
    found = triples("Paul Girard, who suffered from depression, resigned.")
    assert ("Paul Girard", "suffersFrom", "depression") in found, found


@pytest.mark.parametrize(("text", "fact"), [
    ("The attack was blamed on the Karvex Front.", ("Karvex Front", "causes", "attack")),
    ("Analysts attributed the rise to Vinalys.", ("Vinalys", "causes", "rise")),
])
def test_who_is_blamed_for_something_causes_it(text, fact):
    assert fact in triples(text)


def test_a_passive_only_frame_reads_the_passive_and_not_the_active():
    assert ("summit", "locatedIn", "Brussels") in triples("The summit will be held in Brussels next month.")
    assert not any(p == "locatedIn" and s == "company" for s, p, _ in triples(
        "The company held a 5 percent stake in Bolt."))


def test_a_day_is_no_name_a_pronoun_can_stand_for():
    found = triples("Vinalys said on Monday it had hired Paul Girard as chief financial officer.")
    assert not any("Monday" in (s, o) for s, _, o in found), found


def test_an_organisation_owning_a_persons_name_employs_them():
    assert ("Maria Lenz", "worksFor", "BBC") in triples("In an interview with the BBC's Maria Lenz, the minister "
                                                        "defended the plan.")
    assert not any(relation == "worksFor" for _, relation, _ in triples("Obama's Joe Biden spoke in Ohio."))


def test_a_titles_last_word_does_not_join_the_persons_name():
    found = triples("Former White House Chief of Staff Bill Daley praised the Acme Group on Monday.")
    assert ("Bill Daley", "praises", "Acme Group") in found
    assert not any("Staff" in subject for subject, _, _ in found)


def test_a_factive_adjectives_complement_is_done_by_the_copulas_subject():
    """`proud to supply`: it supplies; `likely to acquire`: the copula's subject would, which is not asserted."""
    found = [f for f in facts("Vandor is proud to supply its turbines to Norwegian wind farms.")
             if f.relation.local_name == "provides"]
    assert [(f.subject.label, f.hypothetical) for f in found] == [("Vandor", False)]
    found = [f for f in facts("Vandor is likely to acquire Bolt.") if f.relation.local_name == "acquires"]
    assert [(f.subject.label, f.object.label, f.hypothetical) for f in found] == [("Vandor", "Bolt", True)]


def test_a_noun_compounded_on_the_name_after_it_introduces_that_name():
    found = triples("The Swedish company Vinalys cut prices. The Danish group Halden Holdings said it would follow.")
    assert {("Vinalys", "nationality", "Sweden"), ("Vinalys", "instanceOf", "Swedish company")} <= found
    assert ("Halden Holdings", "nationality", "Sweden") not in found  # (`company` does not refer ahead to it)


def test_a_name_tagged_plural_is_still_it():
    found = triples("Halden Holdings makes pumps. It acquired Brenner Systems last year.")
    assert ("Halden Holdings", "acquires", "Brenner Systems") in found


def test_a_maker_of_a_class_of_things_produces_them_and_is_a_maker():
    found = triples("Last year Halden acquired Brenner Systems, a German maker of valves.")
    assert {("Brenner Systems", "produces", "valves"),
            ("Brenner Systems", "instanceOf", "German maker of valves")} <= found
    assert ("Ana Ruiz", "livesIn", "house") not in triples("Ana Ruiz, a resident of a small house, spoke.")


def test_a_day_is_no_place():
    assert not any(relation == "locatedIn" for _, relation, _ in triples("The vote will take place in June."))
    assert ("vote", "locatedIn", "Oslo") in triples("The vote will take place in Oslo.")


def test_a_party_or_nationality_noun_said_of_a_person_gives_their_party_or_country():
    assert ("Paul Girard", "memberOf", "Democratic Party") in triples("Senator Paul Girard, a Democrat from Ohio, "
                                                                      "introduced a bill.")
    assert ("Paul Girard", "memberOf", "Democratic Party") in triples("Paul Girard is a Democrat.")
    assert not any(p == "memberOf" for _, p, _ in triples("The Karvex Party, a Democrat-leaning group, grew."))


def test_a_participle_coordinated_with_a_passive_verb_shares_its_patient():
    found = triples("The bill is backed by the Nurses Union and opposed by the Karvex Rifle Association.")
    assert ("Karvex Rifle Association", "opposes", "bill") in found
    assert ("Nurses Union", "supports", "bill") in found  # (to back is to support, not to fund)
    # without an agent of its own it stays an active reading of its phrases (`born and raised in X`)
    assert ("Mitsuda", "raiseIn", "Kumage") in triples("Mitsuda was born and raised in Kumage.")


def test_joining_as_a_title_is_holding_it_at_what_was_joined():
    found = triples("Sarah Quinlan joined the Halden Herald as a reporter in 1995.")
    assert {("Sarah Quinlan", "hasRole", "reporter"), ("Sarah Quinlan", "worksFor", "Halden Herald")} <= found, found


def test_shares_in_a_company_move_with_it():
    (falls,) = [f for f in facts("Shares in Vinalys fell 8% on Monday.") if f.relation.local_name == "falls"]
    assert falls.subject.label == "Vinalys" and qualifiers(falls)["topic"] == "Shares"


def test_a_passive_infinitive_reads_its_agent():
    assert ("Halden", "acquires", "Nexor") in triples("Nexor agreed to be acquired by Halden for $12 billion.")


def test_a_name_compounded_on_a_measure_owns_its_move():
    (falls,) = [f for f in facts("Vinalys shares have lost 40 percent since January.")
                if f.relation.local_name == "falls"]
    assert falls.subject.label == "Vinalys" and qualifiers(falls)["topic"] == "shares"


def test_a_name_parsed_inside_the_amount_after_its_verb_is_the_object():
    (fines,) = [f for f in facts("The Commission fined Vernal 2.4 billion euros.") if f.relation.local_name == "fines"]
    assert fines.object.label == "Vernal" and qualifiers(fines)["quantity"] == "2.4 billion euros"



def test_a_day_is_when_even_where_the_verb_s_table_reads_a_place():
    """`host` reads `on` as a platform (`hosts models on its cloud`); `on Friday` is a date all the same, and `a
    four-year contract` is no date."""
    hosted = next(f for f in facts("The mayor hosted Ann Roy on Friday.") if f.relation.local_name == "hosts")
    assert [(role, getattr(v, "label", v)) for role, v in hosted.qualifiers] == [("date", "Friday")]
    signed = [f for f in facts("Vinalys FC signed Ann Roy on a four-year contract.")
              if f.relation.local_name == "employs"]  # (signing a person hires them)
    assert signed and all(role != "date" for f in signed for role, _ in f.qualifiers), signed


def test_a_number_of_people_is_an_object_not_an_amount_of_what_follows():
    """`charged two former executives with fraud`: the executives are charged; `with` is not the verb's frame."""
    found = facts("Prosecutors charged two former executives of Vinalys with fraud.")
    assert [(f.subject.label, f.relation.local_name, f.object.label) for f in found] == [
        ("Prosecutors", "accuses", "two former executives")], found


def test_a_word_after_a_hyphenated_prefix_is_one_word():
    """`co-founder` split in three is parsed as three subjects; kept whole, it is the title of the name after it."""
    found = triples("Tessio's co-founder, Claire Vasseur, left the company.")
    assert {("Claire Vasseur", "hasRole", "co-founder"), ("Claire Vasseur", "founded", "Tessio")} <= found, found
    assert ("Claire Vasseur", "founded", "Tessio") in triples("Claire Vasseur co-founded Tessio in 2015.")


def test_a_contest_won_is_a_fact_and_the_share_of_the_vote_its_quantity():
    (won,) = [f for f in facts("Ann Roy won the mayoral election with 54 percent of the vote.")
              if f.relation.local_name == "wins"]
    assert won.object.label == "mayoral election" and qualifiers(won) == {"quantity": "54 percent"}, won


def test_a_verb_with_a_predicative_adjective_says_something_else_than_the_verb_alone():
    """`held rates steady` is no ownership of rates."""
    assert not any(p == "owns" for _, p, _ in triples("The Vinalys Bank held interest rates steady on Wednesday."))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The prime minister announced the appointment of Ann Roy as culture minister."),
    ("fr", "Le Premier ministre a annoncé la nomination d'Anne Roy au poste de ministre de la Culture."),
])
def test_an_announced_appointment_appoints(lang, text):
    assert any(p == "appoints" and o in ("Ann Roy", "Anne Roy") for _, p, o in
               {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
                for f in read_text(text, lang=lang)})


def test_a_class_noun_capitalised_as_the_first_word_introduces_the_name_after_it():
    found = triples("Drugmaker Vinalys reported positive results for its treatment.")
    assert ("Vinalys", "reports", "positive results") in found and ("Vinalys", "instanceOf", "Drugmaker") in found
    assert ("Bank of Vinalys", "reduces", "200 jobs") in triples("Bank of Vinalys cut 200 jobs.")


def test_it_in_a_reported_clause_is_the_one_word_name_that_said_it_whatever_the_ner_guessed():
    """`Vinalys said it would buy X`: the NER often calls an unknown one-word company a person; `it` buying something
    says it is not."""
    assert ("Vinalys", "buys", "Bricoplus") in triples("Vinalys said on Tuesday it would buy the startup Bricoplus.")
    assert not any(s == "John Smith" and p == "instanceOf" for s, p, _ in triples("John Smith said it was a mistake."))


def test_whom_a_speaker_tells_is_not_what_their_words_are_about():
    """`told Reuters the company would …`: the company is not Reuters."""
    found = triples("Ann Roy, the founder of Vinalys, told Reuters the company would expand into Asia.")
    assert not any(s == "Reuters" for s, _, _ in found), found


def test_a_class_noun_parsed_as_a_second_subject_before_a_name_types_it():
    """`The startup Tessio said …`, parsed as two subjects: Tessio is a company, which `the company` recalls."""
    found = triples("The startup Tessio opened an office. The company will expand into Asia.")
    assert ("Tessio", "expandInto", "Asia") in found, found


def test_a_date_is_its_own_words_without_the_clause_hung_on_it():
    travel = next(f for f in read_text("President Ann Blake travelled to Vienna on Thursday, where she met Tom Hale.",
                                       "en") if f.relation.local_name == "visits")
    assert qualifiers(travel)["date"] == "Thursday"


def test_an_adjective_with_its_own_complement_after_a_noun_is_not_the_noun_s_words():
    """`shares worth $3 billion`: a reduced relative clause on the noun, not part of what was sold."""
    found = triples("Mayor Tom Hale sold shares worth $3 million last week.")
    assert ("Tom Hale", "sells", "shares") in found, found


def test_a_class_noun_parsed_as_a_second_subject_before_a_name_describes_it_and_does_nothing():
    found = triples("Environmental group Vantrel accused the Halden Company of lying.")
    assert ("Vantrel", "accuses", "Halden Company") in found, found
    assert not any(s == "Environmental group" for s, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Vernal Motors chief executive Sarah Chen will step down.",  # `Vernal Motors` hung on the title
    "Renault chief executive Luca de Meo will step down.",  # `Renault` hung on the name
    "Vernal Motors boss Sarah Chen will step down.",
])
def test_a_head_s_title_after_an_organisation_s_name_works_for_and_leads_it(text):
    found = triples(text)
    person, employer = ("Luca de Meo", "Renault") if "Renault" in text else ("Sarah Chen", "Vernal Motors")
    assert {(person, "worksFor", employer), (person, "leads", employer)} <= found, found


def test_killed_in_is_the_victims_place_of_death_only_in_the_passive():
    found = triples("Militants killed 2,000 people in Halden. Two soldiers were killed in an ambush.")
    assert ("Militants", "kills", "2,000 people") in found, found
    assert ("ambush", "kills", "Two soldiers") in found, found
    assert not any(s == "Militants" and p == "killedIn" for s, p, _ in found), found


@pytest.mark.parametrize(("text", "negated"), [
    ("A jury found Tom Hale guilty of fraud on Wednesday.", False),
    ("The court found Tom Hale not guilty of fraud.", True),
])
def test_a_verdict_of_guilt_convicts_unless_it_is_not_guilty(text, negated):
    facts = [f for f in read_text(text, "en") if f.relation.local_name == "convictedOf"]
    assert [(f.subject.label, f.object.label, f.negated) for f in facts] == [("Tom Hale", "fraud", negated)]


def test_a_contract_to_do_something_is_its_signer_s():
    fact = next(f for f in read_text("Greenfield Energy has signed a contract to supply gas to the Polish state "
                                     "utility.", "en") if f.relation.local_name == "provides")
    assert (fact.subject.label, fact.object.label, qualifiers(fact).get("recipient")) == (
        "Greenfield Energy", "gas", "Polish state utility")


def test_a_description_with_a_named_complement_refers_to_nothing_before():
    found = triples("Analysts at Morgan Brothers expect the merger to create the largest brewer in Africa.")
    assert not any("Morgan Brothers" in (s, o) and r != "worksFor" for s, r, o in found), found


def test_a_post_after_a_phrase_between_it_and_the_appointment_verb():
    found = triples("Karen Holt was elected in the 2019 general election as mayor of Brackley.")
    assert ("Karen Holt", "hasRole", "mayor") in found and ("Karen Holt", "leads", "Brackley") in found


def test_a_noun_opening_the_sentence_describes_the_subject_after_its_comma():
    found = triples("A former health minister, Agnes Morel joined the board of Vantor Group last year.")
    assert ("Agnes Morel", "hasRole", "former health minister") in found, found
    assert not any(s == "former health minister" for s, _, _ in found), found


def test_a_name_set_off_after_a_place_that_holds_a_post_is_no_place():
    found = triples("The mayor of Lagos, Ade Bakare, announced a ban on motorcycle taxis.")
    assert ("Ade Bakare", "leads", "Lagos") in found and not any(r == "locatedIn" for _, r, _ in found), found


def test_a_noun_before_a_name_both_parsed_as_objects_says_what_the_name_is():
    found = triples("Jack Lenoir founded the band The Tamarisks in 1975.")
    assert ("Jack Lenoir", "founded", "Tamarisks") in found and ("Jack Lenoir", "founded", "band") not in found, found


def test_who_succeeds_someone_as_a_post_holds_it():
    found = triples("Marc Dubois will replace Anne Leroy as head of Vantor Group.")
    assert {("Marc Dubois", "replaces", "Anne Leroy"), ("Marc Dubois", "leads", "Vantor Group")} <= found, found


def test_a_quarter_is_when_a_move_happened():
    fact = next(f for f in facts("Vantor's revenue fell 4% in the third quarter.") if f.relation.local_name == "falls")
    assert qualifiers(fact).get("date") == "third quarter", fact.qualifiers


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain beat England 2-1 in the final in Berlin.", ("Spain", "defeats", "England")),
    ("Arsenal beat Chelsea 3-0 on Sunday.", ("Arsenal", "defeats", "Chelsea")),
])
def test_a_score_is_neither_an_object_nor_an_amount(text, expected):
    found = triples(text)
    assert expected in found and not any(o[:1].isdigit() for _, _, o in found), found
    assert not any(r == "falls" for _, r, _ in triples("Real Madrid lost 2-0 to Barcelona."))


def test_a_span_of_time_is_no_object():
    assert not any(r == "pays" for _, r, _ in triples("Ruth Amadi was released on bail after spending two nights in "
                                                      "custody."))


def test_who_is_fined_is_the_object_even_when_parsed_as_a_recipient():
    fact = next(f for f in facts("Regulators fined the lender Lumen Bank $200 million.")
                if f.relation.local_name == "fines")
    assert (fact.object.label, "recipient" in qualifiers(fact)) == ("Lumen Bank", False), fact


def test_a_person_named_at_the_end_of_a_subject_set_off_by_commas_is_who_acts():
    assert ("Paul Okafor", "owns", "chain of hotels") in triples(
        "Her husband, the businessman Paul Okafor, owns a chain of hotels in Nigeria.")


@pytest.mark.parametrize("text", ["Tesco, Britain's biggest retailer, reported higher profits.",
                                  "Britain's biggest retailer, Tesco, reported higher profits."])
def test_an_organisation_described_as_a_place_s_is_based_there(text):
    assert ("Tesco", "basedIn", "Britain") in triples(text)


@pytest.mark.parametrize("text", ["Ama Osei and Tom Ruiz, two senior executives at Norvale Bank, resigned on Monday.",
                                  "Ama Osei and Tom Ruiz, both senior executives at Norvale Bank, resigned."])
def test_a_plural_noun_set_off_after_names_describes_each_of_them(text):
    found = triples(text)
    assert {(p, r, o) for p in ("Ama Osei", "Tom Ruiz") for r, o in (("hasRole", "senior executive"),
                                                                     ("worksFor", "Norvale Bank"))} <= found, found


def test_a_chair_of_an_organisation_leads_it():
    assert ("Bill Okoro", "leads", "Lagos Chamber of Commerce") in triples(
        "Bill Okoro, the chair of the Lagos Chamber of Commerce, was shot on Wednesday.")


def test_a_date_hung_inside_another_phrase_is_the_fact_s_date_alone():
    fact = next(f for f in facts("Mary Tsai succeeded Tom Ruiz as chief executive of Norvale Bank in March.")
                if f.relation.local_name == "succeeds")
    assert qualifiers(fact).get("date") == "March", fact.qualifiers


@pytest.mark.parametrize(("text", "relation", "date"), [
    # a time hung on a noun inside the phrase is the date, not the whole phrase
    ("Police arrested two men in connection with the killing of Tom Hale in Lyon last week.", "arrests", "last week"),
    # a phrase with a role of its own (the reason) is not when, whatever year it names
    ("Valtek sued Brimex over a 2019 contract.", "sues", None),
])
def test_a_date_inside_another_phrase_is_its_own_words(text, relation, date):
    fact = next(f for f in facts(text) if f.relation.local_name == relation)
    assert qualifiers(fact).get("date") == date, fact.qualifiers


def test_a_country_named_by_the_adjective_opening_a_group_is_no_group():
    found = triples("Lumen Labs works with three American universities, including Harvard and Yale.")
    assert {("Harvard", "nationality", "United States"), ("Yale", "nationality", "United States"),
            ("Lumen Labs", "collaboratesWith", "Yale")} <= found, found
    assert ("Harvard", "nationality", "Yale") not in found, found


def test_a_post_left_is_no_object_of_leaving():
    found = triples("Tom Harding left his post as chief executive of Valtek.")
    assert ("Tom Harding", "leaves", "Valtek") in found and ("Tom Harding", "leaves", "post") not in found, found


def test_a_title_of_a_noun_resolved_to_an_organisation_works_for_it():
    found = triples("Valtek bought Brimex. Tom Harding, chief executive of the group, welcomed the deal.")
    assert {("Tom Harding", "worksFor", "Valtek"), ("Tom Harding", "hasRole", "chief executive")} <= found, found


def test_in_an_appointment_the_appointee_takes_someone_s_place():
    found = triples("Valtek has appointed Jane Doe as chief executive, replacing Tom Harding.")
    assert ("Jane Doe", "replaces", "Tom Harding") in found, found
    assert ("Valtek", "replaces", "Tom Harding") not in found, found
    assert ("Valtek", "replaces", "Brimex") in triples("Valtek bought Orvane, replacing Brimex as the leader.")


def test_whom_someone_succeeds_in_a_post_held_it():
    found = triples("Mary Tsai succeeded Tom Ruiz as chief executive of Norvale Bank.")
    assert {("Tom Ruiz", "hasRole", "chief executive"), ("Tom Ruiz", "leads", "Norvale Bank")} <= found, found


@pytest.mark.parametrize("text", ["Anna Berg, the goddaughter of Tom Berg, married Henry Ruiz.",
                                  "Tom Berg's goddaughter Anna Berg married Henry Ruiz."])
def test_a_person_described_by_a_noun_of_another_is_that_noun_of_them(text):
    """A noun the lexicon does not know mints its relation."""
    found = triples(text)
    assert ("Anna Berg", "goddaughterOf", "Tom Berg") in found and not any("Berg" in r for _, r, _ in found), found


@pytest.mark.parametrize("text", ["Anna Berg, the daughter of Tom Berg, married Henry Ruiz.",
                                  "Tom Berg's daughter Anna Berg married Henry Ruiz."])
def test_a_family_noun_relates_two_people(text):
    found = triples(text)
    assert ("Anna Berg", "relativeOf", "Tom Berg") in found, found
    assert ("Anna Berg", "marriedTo", "Henry Ruiz") in found, found


def test_what_a_noun_equated_with_names_does_the_names_do():
    found = triples("The two companies that bought Brimex were Valtek and Orvane.")
    assert {("Valtek", "buys", "Brimex"), ("Orvane", "buys", "Brimex")} <= found, found
    assert not any(s.endswith("companies") for s, _, _ in found), found
    assert ("Valtek", "buys", "Brimex") not in triples("The company that bought Brimex was not Valtek.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lakeside Heat is a basketball team based in Sacramento.", ("Lakeside Heat", "basedIn", "Sacramento")),
    ("Norvale is a company that makes valves.", ("Norvale", "produces", "valves")),
])
def test_what_is_said_of_a_copula_s_attribute_is_said_of_its_named_subject(text, expected):
    found = triples(text)
    assert expected in found and not any(s in ("basketball team", "company") for s, _, _ in found), found


def test_an_event_held_is_not_owned():
    found = triples("The two leaders held talks in Geneva on Monday.")
    assert not any(r == "owns" for _, r, _ in found), found
    assert ("Acme", "owns", "Bolt") in triples("Acme holds a 20% stake in Bolt.")


def test_a_post_left_as_a_title_was_held():
    found = triples("Anna Berg left her post as chief executive of Valtek.")
    assert {("Anna Berg", "hasRole", "chief executive"), ("Anna Berg", "leads", "Valtek")} <= found, found


def test_raising_a_rate_increases_it():
    assert ("Fed", "increases", "rates") in triples("The Fed hiked rates by a quarter point.")


def test_a_clause_with_a_clausal_subject_inherits_no_subject_from_the_clause_before():
    found = triples("Customers are pawning jewellery, and selling personal assets does not increase household debt.")
    assert not any(r == "increases" for _, r, _ in found), found


def test_what_a_movement_verb_s_object_is_moves_not_its_subject():
    fact = next(f for f in facts("Valtek increased its prices by 5% in January.") if f.relation.local_name == "rises")
    assert qualifiers(fact).get("topic") == "prices", fact


def test_a_place_said_of_a_description_is_the_named_thing_s_alone():
    found = triples("Bellmont, a university in Geneva, hired Tom Ruiz.")
    assert ("Bellmont", "locatedIn", "Geneva") in found
    assert ("university", "locatedIn", "Geneva") not in found
    assert ("plant", "locatedIn", "Ohio") in triples("The plant in Ohio employs 300 people.")  # (describes no name)


def test_a_parent_company_named_without_its_child_is_the_parent_of_what_the_text_is_about():
    found = triples("Valtek Air cut 300 jobs. The results were released by corporate parent Norvale Holdings.")
    assert ("Norvale Holdings", "owns", "Valtek Air") in found
    assert ("Norvale Holdings", "owns", "Valtek Air") not in triples(  # (an owner is relative to nothing)
        "Valtek Air cut 300 jobs. The results were released by the owner, Norvale Holdings.")


@pytest.mark.parametrize(("text", "fact"), [
    ("Valtek Air has loyal customers in its home city of Denver.", ("Valtek Air", "basedIn", "Denver")),
    ("Tom Ruiz returned to his hometown of Leeds.", ("Tom Ruiz", "livesIn", "Leeds")),
])
def test_a_home_named_after_of_is_where_its_owner_is_from(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("Paul Durand, 71, died on Sunday at his home in Paris.", ("Paul Durand", "diedIn", "Paris")),
    ("Paul Durand was born in a small village in Bavaria.", ("Paul Durand", "bornIn", "Bavaria")),
])
def test_a_place_of_birth_or_death_given_as_a_site_in_a_place_is_that_place(text, fact):
    found = triples(text)
    assert fact in found
    assert ("home", "locatedIn", "Paris") not in found  # (a possessed site says where its owner is)


def test_a_suburb_of_a_place_names_it():
    assert ("Valtek Air", "basedIn", "Paris") in triples("Valtek Air is headquartered in the suburb of Paris.")


def test_headquarters_are_the_owner_s_base_not_a_thing_located_somewhere():
    found = triples("Valtek Air has its headquarters in Denver.")
    assert ("Valtek Air", "basedIn", "Denver") in found
    assert ("headquarters", "locatedIn", "Denver") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Valtek opened a plant in Ohio.", ("Valtek", "opens", "plant")),
    ("Police opened fire on Tom Ruiz.", ("Police", "attacks", "Tom Ruiz")),
])
def test_opening_a_site_and_opening_fire(text, fact):
    assert fact in triples(text)


def test_a_partner_hung_on_the_verb_telling_an_event_is_the_event_s():
    found = triples("Norvale signed a deal with Valtek.")
    assert ("Norvale", "partnerOf", "Valtek") in found
    assert ("Norvale", "signs", "Valtek") not in found  # (the deal is what is signed, not Valtek)


@pytest.mark.parametrize("text", ["Tom Ruiz established Valtek in 1990.", "Tom Ruiz formed the Valtek Unity Party."])
def test_forming_and_establishing_found(text):
    assert any(s == "Tom Ruiz" and r == "founded" and o.startswith("Valtek") for s, r, o in triples(text))


def test_a_disaster_striking_a_place_affects_it():
    assert ("earthquake", "affects", "Karvia") in triples("An earthquake struck northern Karvia on Monday.")


def test_an_event_leaving_people_dead_kills_them_but_leaving_them_angry_does_not():
    assert ("blast", "kills", "20 people") in triples("The blast left 20 people dead.")
    assert not any(r in ("kills", "injures") for _, r, _ in triples("The decision left investors angry."))


def test_moving_to_a_named_place_is_being_based_there_but_moving_to_assets_is_not():
    assert ("Tom Ruiz", "basedIn", "London") in triples("Tom Ruiz moved to London in 1990.")
    assert not any(r == "basedIn" for _, r, _ in triples("Investors moved to safer assets."))


@pytest.mark.parametrize(("text", "fact"), [
    ("Tom Ruiz is accused of embezzling $3 million.", ("Tom Ruiz", "accusedOf", "embezzling $3 million")),
    ("Tom Ruiz was convicted of killing Ana Berg.", ("Tom Ruiz", "convictedOf", "killing Ana Berg")),
])
def test_what_someone_is_accused_or_convicted_of_may_be_an_act(text, fact):
    assert fact in triples(text)


def test_a_person_s_organisation_set_off_by_commas_after_the_name_is_theirs():
    """A party's: they are its member."""
    assert ("Tom Harding", "memberOf", "Progressive Party") in triples(
        "The seat was won by Tom Harding, of the Progressive Party, who kept it until 1988.")
    assert not {p for _, p, _ in triples("The seat was won by Tom Harding, of Boston.")} & {"worksFor", "memberOf"}


@pytest.mark.parametrize(("text", "fact", "negated"), [
    ("Tom Harding pleaded guilty to fraud charges.", ("Tom Harding", "admits", "fraud charges"), False),
    ("Tom Harding pleaded not guilty to murder.", ("Tom Harding", "admits", "murder"), True),
    ("A jury convicted Tom Harding of manslaughter.", ("Tom Harding", "convictedOf", "manslaughter"), False),
])
def test_a_plea_and_a_conviction_with_the_charge_hung_off_the_verb(text, fact, negated):
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)): f.negated
             for f in read_text(text, "en")}
    assert found.get(fact) is negated, found


def test_the_head_of_a_field_of_a_company_does_not_lead_the_company():
    found = triples("Ann Blake, Harlow Corp's head of research, said the drug works.")
    assert ("Ann Blake", "worksFor", "Harlow Corp") in found and ("Ann Blake", "leads", "Harlow Corp") not in found
    assert ("Ann Blake", "leads", "Harlow Corp") in triples("Ann Blake, Harlow Corp's boss, said the drug works.")


def test_a_relational_noun_before_a_coordinated_name_relates_it_to_the_name_before():
    assert ("Ann Blake", "marriedTo", "Tom Harding") in triples("Tom Harding and wife Ann Blake attended the gala.")
    assert not {p for _, p, _ in triples("The band features guitarist Tom Harding and drummer Ann Blake.")} & {
        "drummerOf", "marriedTo"}  # (each is the band's)


def test_each_coordinated_post_is_held_at_the_employer_one_of_them_names():
    assert {("Paul Roy", "hasRole", "founder"), ("Paul Roy", "founded", "Orvane Corp."),
            ("Paul Roy", "hasRole", "chief executive"), ("Paul Roy", "leads", "Orvane Corp.")} <= triples(
        "Paul Roy, the founder and chief executive of Orvane Corp., resigned.")


def test_a_passive_agent_hung_on_the_amount_is_the_verb_s():
    assert ("French competition authority", "fines", "Orvane") in triples(
        "Orvane was fined 2 million euros by the French competition authority.")


def test_an_owned_noun_names_the_entity_its_article_opens():
    assert ("Brivex", "owns", "Daily Post") in triples("The Brivex-owned newspaper The Daily Post published it.")


@pytest.mark.parametrize("text", ["Orvane merged with Brivex.", "Orvane and Brivex announced their merger.",
                                  "The merger between Orvane and Brivex was approved.",
                                  "Orvane and Brivex agreed to merge."])
def test_a_merger_relates_its_parties(text):
    assert {(s, o) for s, p, o in triples(text) if p == "mergesWith"} == {("Orvane", "Brivex")}


def test_subjects_agreeing_to_merge_with_another_merge_with_it_not_with_each_other():
    found = triples("Orvane and Brivex agreed to merge with Valtek.")
    assert {(s, o) for s, p, o in found if p == "mergesWith"} == {("Orvane", "Valtek"), ("Brivex", "Valtek")}


def test_a_causative_verb_gives_the_act_it_causes_not_a_fact_of_its_own():
    assert triples("The scandal led Tom Ruiz to resign.") == set()
    assert triples("The crisis forced Orvane to close its plant.") == {("Orvane", "closes", "plant")}
    assert triples("A judge ordered Orvane to close its plant.") == {("Orvane", "closes", "plant")}  # (no purchase)
    assert ("Tom Ruiz", "leads", "Orvane") in triples("Tom Ruiz led Orvane for ten years.")


def test_an_amount_in_a_place_is_not_an_amount_of_it():
    assert not any(p == "United States" or o == "United States" for s, p, o in triples(
        "Orvane recalled 300,000 vehicles in the United States."))


@pytest.mark.parametrize(("text", "title", "employer"), [
    ("Halden Chief Executive Tom Ruiz said it would expand.", "Chief Executive", "Halden"),
    ("Apple Chief Financial Officer Lise Moreau said sales rose.", "Chief Financial Officer", "Apple"),
])
def test_a_capitalised_title_before_a_name_is_one_post_at_the_employer_before_it(text, title, employer):
    found = triples(text)
    person = "Tom Ruiz" if "Tom" in text else "Lise Moreau"
    assert {(person, "hasRole", title), (person, "worksFor", employer)} <= found, found
    assert not any(p == "hasRole" and o in ("Chief", "Executive") for s, p, o in found)


@pytest.mark.parametrize("text", ["Police said the gunman, identified as Tom Ruiz, killed three people.",
                                  "A man named Tom Ruiz killed three people."])
def test_a_noun_stands_for_the_name_a_participle_gives_it(text):
    assert ("Tom Ruiz", "kills", "three people") in triples(text)


def test_a_name_hung_apart_after_a_noun_is_what_the_noun_describes():
    assert ("Paul Roy", "meets", "Ahmet Soylu") in triples("Paul Roy met his Turkish counterpart Ahmet Soylu.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvane sold its stake in Brivex to Karvex.", ("Orvane", "sells", "Brivex")),
    ("Orvane bought a stake in Brivex.", ("Orvane", "buys", "Brivex")),  # (the phrase hung on the verb)
])
def test_a_stake_without_a_figure_points_at_what_it_is_in(text, expected):
    assert expected in triples(text)


def test_a_passive_with_an_adjective_for_predicate_says_nothing_of_its_own():
    found = triples("Tom Ruiz was found guilty of murder by a jury.")
    assert ("Tom Ruiz", "convictedOf", "murder") in found and not any(s == "jury" for s, p, o in found), found


def test_talks_relate_their_parties():
    assert ("Orvane", "negotiatesWith", "Brivex") in triples("Orvane and Brivex began talks on Monday.")


def test_a_place_hung_on_a_common_noun_object_says_where_the_act_happened():
    killed = next(f for f in facts("A suicide bomber killed at least 12 people in Kabul on Monday, officials said.")
                  if f.relation.local_name == "kills")
    assert qualifiers(killed)["place"] == "Kabul"
    bought = next(f for f in facts("Zorg bought a stake in Brimex.") if f.relation.local_name == "acquires")
    assert "place" not in qualifiers(bought)  # a name that is no place: what the stake is in


def test_a_count_opening_a_sentence_is_no_name_and_stands_for_what_it_counts():
    assert ("protesters", "attacks", "Brimex") in triples("Dozens of protesters attacked Brimex.")
    assert ("protesters", "attacks", "Brimex") in triples("Thousands of protesters attacked Brimex.")


def test_a_word_opening_a_sentence_is_a_name_where_the_document_writes_it_as_one():
    """`Orvane` opening a sentence is tagged a common noun; written inside a later sentence, it is a name."""
    assert ("Orvane", "locatedIn", "Sheffield") in triples(
        "Orvane is a university in Sheffield. Students at Orvane pay fees.")
    assert not any(s == "Bank" for s, _, _ in triples("Bank profits rose 3% to $2 billion. The Bank of Lyon said so."))


def test_a_contract_won_with_someone_makes_partners():
    assert ("Karvex Inc.", "partnerOf", "Orvane") in triples("Karvex Inc. won a $500 million contract with Orvane.")


def test_a_hyphenated_participle_with_its_agent_is_a_passive():
    """`is majority-owned by X`, parsed as what the copula says: X owns the subject."""
    assert ("Karvex Inc.", "owns", "Orvane Ltd") in triples("Orvane Ltd is majority-owned by Karvex Inc.")
    assert ("Karvex Inc.", "owns", "Orvane Ltd") in triples(
        "Orvane Ltd, which is majority-owned by Karvex Inc., reported a loss.")


def test_an_attack_launched_against_someone_attacks_them():
    assert ("Norvalian army", "attacks", "Karvex") in triples("The Norvalian army carried out strikes against Karvex.")
    assert ("army", "attacks", "Karvex rebels") in triples("The army launched an offensive against the Karvex rebels.")
    assert ("Norvalian army", "attacks", "Karvex") in triples(
        "The Norvalian army launched a wave of airstrikes against Karvex.")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Tom Harding left Karvex Inc. to join Orvane Ltd.", ("Tom Harding", "joins", "Orvane Ltd."),
     ("Karvex Inc.", "joins", "Orvane Ltd.")),
    ("The board asked Tom Harding to join Orvane Ltd.", ("Tom Harding", "joins", "Orvane Ltd."),
     ("board", "joins", "Orvane Ltd.")),
])
def test_an_infinitive_after_an_object_is_the_object_s_only_after_a_verb_of_asking_or_making(text, fact, wrong):
    """`asked X to join`: X joins; `left X to join`: whoever left joins (OBJECT_CONTROL_VERBS)."""
    found = triples(text)
    assert fact in found and wrong not in found, found


def test_a_verb_without_object_shares_the_object_of_the_verb_coordinated_after_it():
    found = triples("Karvex Inc., which owns and operates Orvane Ltd., announced a plan.")
    assert {("Karvex Inc.", "owns", "Orvane Ltd."), ("Karvex Inc.", "operates", "Orvane Ltd.")} <= found, found
    found = triples("Tom Harding is teaching at Karvex Inc. and has taught Jane Doe.")
    assert ("Tom Harding", "worksFor", "Karvex Inc.") in found, found  # (a verb with its own phrase shares none)


@pytest.mark.parametrize("text", ["Tom Harding told Reuters that Karvex Inc. would close its plant.",
                                  "Tom Harding said to Reuters that Karvex Inc. would close its plant."])
def test_whom_a_speaker_told_is_told_and_the_saying_s_recipient(text):
    found = facts(text)
    says = [f for f in found if f.relation.local_name == "says"]
    assert says and ("recipient", "Reuters") in qualifiers(says[0]).items(), found
    assert ("Tom Harding", "tells", "Reuters") in triples(text)


@pytest.mark.parametrize("text", ["Tom Harding briefed Reuters on the plan.",
                                  "Tom Harding informed Reuters of his decision."])
def test_informing_someone_is_more_than_speaking_to_them(text):
    found = triples(text)
    assert ("Tom Harding", "informs", "Reuters") in found and not any(p == "tells" for _, p, _ in found), found


@pytest.mark.parametrize(("text", "when"), [
    ("Tom Harding left Karvex Inc. three years ago.", "three years ago"),
    ("Karvex Inc. bought Orvane Ltd. last year.", "last year"),
    ("Karvex Inc. hosts the fair every other year.", None),  # (how often, not when)
])
def test_a_time_without_preposition_dates_the_fact(text, when):
    found = [f for f in facts(text) if not f.relation.minted]
    assert found and qualifiers(found[0]).get("date") == when, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Valtek, whose shares fell 5%, bought Orvane.", ("Valtek", "falls", "5%")),
    ("Orvane, in which Valtek holds a 30% stake, reported a loss.", ("Valtek", "owns", "Orvane")),
])
def test_a_relative_pronoun_inside_a_phrase_stands_for_its_antecedent(text, expected):
    assert expected in triples(text)


def test_a_known_frame_of_place_beats_a_verb_unknown_with_its_object():
    assert ("Jane Doe", "educatedAt", "University of Toronto") in triples(
        "Jane Doe studied law at the University of Toronto.")
    assert not any(p == "memberOf" for _, p, _ in triples("British police served a notice on Paul Durand."))


def test_a_sportsman_s_title_is_a_role():
    assert ("Tom Harding", "hasRole", "Footballer") in triples("Footballer Tom Harding scored twice.")


@pytest.mark.parametrize("text", ["Paul Durand was acquitted of fraud.",
                                  "A court in Lyon acquitted Paul Durand of fraud."])
def test_an_acquittal_clears_of_the_charge(text):
    assert ("Paul Durand", "acquittedOf", "fraud") in triples(text)


def test_what_a_journal_published():
    assert ("Nature", "publishes", "study") in triples(
        "The study, published in the journal Nature, was led by Jane Doe.")


def test_running_facilities_operates_them_and_running_a_company_leads_it():
    assert ("Valtek", "operates", "15 stores") in triples("Valtek runs 15 stores in France.")
    assert ("Tom Harding", "leads", "Valtek") in triples("Tom Harding runs Valtek.")


def test_a_coordinated_verb_parsed_as_an_adjective_of_its_object_is_the_verb():
    doc = pipeline_for("en", Settings())("Marie Martin grew up in Sheffield and studied law at Oxford.")
    found = {t.text: (t.dep_, t.head.text) for t in doc}
    assert found["studied"] == ("conj", "grew") and found["law"] == ("dobj", "studied"), found
    assert found["at"][1] == "studied" and found["and"][1] == "studied", found


def test_an_adjective_with_a_subject_and_an_object_is_a_verb():
    assert {("Paul Durand", "owns", "Valtek"), ("Marie Martin", "owns", "Valtek")} <= triples(
        "Paul Durand and Marie Martin own Valtek.")  # (`own` tagged an adjective)


def test_a_relative_where_on_a_named_place_is_where_the_clause_happens():
    (employs,) = [f for f in facts("Valtek opened a plant in Kenya, where it employs 500 people.")
                  if f.relation.local_name == "employs"]
    assert qualifiers(employs)["place"] == "Kenya"
    (meets,) = [f for f in facts("The minister flew to Leeds, where Tom Harding met the workers.")
                if f.relation.local_name == "meets"]
    assert qualifiers(meets)["place"] == "Leeds"
    assert not any("place" in qualifiers(f) for f in facts("Tom Harding visited the town where he grew up."))


def test_an_of_complement_that_is_a_common_noun_is_part_of_the_mention():
    assert ("union", "criticizes", "closure of the plant") in triples("The union criticized the closure of the plant.")
    assert ("Orvane", "sells", "millions of records") in triples("Orvane sold millions of records.")
    # a phrase cut at a coordination inside its object loses the preposition too
    found = triples("The police violated the civil rights of young and old men.")
    assert ("police", "violates", "civil rights") in found


def test_an_event_noun_s_by_agent_hung_on_what_it_is_of():
    found = triples("After the arrest of two suspects by police, calm returned.")
    assert ("police", "arrests", "two suspects") in found, found


def test_an_infinitive_on_a_noun_of_no_one_says_what_the_thing_is_for_not_what_it_does():
    found = triples("Pawning jewellery is a fast way to land cash. The paper used three ways to investigate stories.")
    assert not any(s in ("fast way", "three ways") for s, _, _ in found), found
    found = triples("Valtek was the first airline to charge for bags.")
    assert ("Valtek", "charges", "bags") in found, found


@pytest.mark.parametrize("text", ["Valtek is in talks with Orvane about a merger.",
                                  "Valtek held talks with Orvane on Monday."])
def test_what_a_copula_says_a_name_is_in_or_an_event_it_holds_is_its_doing(text):
    assert ("Valtek", "negotiatesWith", "Orvane") in triples(text), triples(text)


@pytest.mark.parametrize("text", ["Tom Hale held a meeting with Jane Doe.",
                                  "Tom Hale had a meeting with Jane Doe on Monday."])
def test_a_meeting_held_or_had_with_someone_meets_them(text):
    assert ("Tom Hale", "meets", "Jane Doe") in triples(text), triples(text)


def test_a_name_parsed_as_a_compound_of_a_finite_verb_is_its_subject():
    """`Valtek plans to …`: the parser reads the plans of Valtek and leaves the verb without subject."""
    doc = pipeline_for("en", Settings())("Valtek plans to invest $500 million in Orvane.")
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "plans")
    assert ("Valtek", "investsIn", "Orvane") in triples("Valtek plans to invest $500 million in Orvane.")


def test_the_number_after_aged_is_an_age_not_a_date():
    """`died aged 78 in Leeds`: the parser hangs `78` on the verb and the NER calls it a date."""
    found = facts("Tom Harding died aged 78 in Leeds.")
    assert ("Tom Harding", "diedIn", "Leeds") in triples("Tom Harding died aged 78 in Leeds.")
    assert not any("78" in str(value) for f in found for _, value in f.qualifiers)
    assert not any(f.relation.local_name == "deathDate" for f in found)


@pytest.mark.parametrize(("text", "killer"), [
    ("Police shot Tom Harding dead.", "Police"),
    ("Tom Harding was shot dead by police.", "police"),
])
def test_shooting_someone_dead_is_shooting_them(text, killer):
    """A death the act ends in keeps what the verb says (unlike `found him guilty`, `held rates steady`)."""
    assert (killer, "kills", "Tom Harding") in triples(text)


def test_a_verb_after_a_set_off_apposition_taken_for_an_adjective_is_the_main_verb():
    """`Valtek, the owner of Orvane, cut jobs` parsed as a list of nouns, `cut` an adjective of `jobs`."""
    doc = pipeline_for("en", Settings())("Valtek, the owner of Orvane, cut jobs.")
    assert doc[7].dep_ == "ROOT" and (doc[0].dep_, doc[0].head.text) == ("nsubj", "cut")
    found = triples("Valtek, the owner of Orvane, cut jobs.")
    assert ("Valtek", "reduces", "jobs") in found and not any(p == "instanceOf" for _, p, _ in found)


@pytest.mark.parametrize(("text", "subject", "date"), [("On Monday Jane Doe left Valtek.", "Jane Doe", "Monday"),
                                                       ("In March Jane Doe left Valtek.", "Jane Doe", "March"),
                                                       ("In May Tom Harding left Valtek.", "Tom Harding", "May")])
def test_a_day_or_month_after_a_preposition_is_its_object_not_the_first_word_of_a_name(text, subject, date):
    """The parser makes `May Tom Harding` one name (and the NER `March Jane Doe` one date)."""
    doc = pipeline_for("en", Settings())(text)
    assert (doc[1].dep_, doc[1].head.i) == ("pobj", 0) and [e.text for e in doc.ents if e.label_ == "DATE"] == [date]
    found = facts(text)
    assert [(f.subject.label, f.relation.local_name, f.object.label) for f in found] == [(subject, "leaves", "Valtek")]
    assert ("date", date) in qualifiers(found[0]).items(), found


@pytest.mark.parametrize("text", ["Valtek cut costs in order to sell Orvane.",
                                  "Valtek has been trying to fix its finances as part of selling Orvane.",
                                  "Valtek raised cash in preparation for buying Orvane."])
def test_a_purpose_phrase_s_clause_is_done_by_the_clause_s_subject(text):
    """`in order to` parsed as a phrase with the infinitive on `order`; a gerund on a noun of such a phrase."""
    assert any(s == "Valtek" and o == "Orvane" for s, _, o in triples(text)), triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Valtek ordered 50 jets from Orvane.", ("Valtek", "buys", "50 jets")),
    ("Jane Doe ordered an inquiry into Valtek.", ("Jane Doe", "orders", "inquiry")),
    ("Valtek ordered the release of Tom Harding.", ("Valtek", "orders", "release of Tom Harding"))])
def test_ordering_goods_buys_them_and_ordering_anything_else_orders_it(text, expected):
    assert expected in triples(text), triples(text)


def test_a_name_right_after_a_verb_without_object_parsed_as_an_adverbial_is_the_object():
    """`runs Valtek` after a set-off apposition parsed with `Valtek` an adverbial noun phrase of `runs`."""
    doc = pipeline_for("en", Settings())("Tom Harding, the son of Jane Doe, runs Valtek.")
    assert (doc[10].dep_, doc[10].head.text) == ("dobj", "runs")
    assert ("Tom Harding", "leads", "Valtek") in triples("Tom Harding, the son of Jane Doe, runs Valtek.")
    assert pipeline_for("en", Settings())("Tom Harding left Monday.")[3].dep_ != "dobj"  # (a day says when)


def test_a_past_form_with_an_object_taken_for_a_participle_of_a_root_noun_is_the_root():
    """A sentence with no verb but a participle with an object: the participle is the verb, the noun its subject."""
    text = "A series of car bombs killed at least 26 people north of Halden."
    doc = pipeline_for("en", Settings())(text)
    assert doc[5].dep_ == "ROOT" and (doc[1].dep_, doc[1].head.text) == ("nsubj", "killed")
    assert ("car bombs", "kills", "at least 26 people") in triples(text)
    assert pipeline_for("en", Settings())("The men killed in the attack were soldiers.")[2].dep_ != "ROOT"


def test_a_past_form_with_its_subject_taken_for_an_adjective_of_the_root_noun_is_the_root():
    """`tasked` parsed as an adjective of `investigator`, with `newspaper` its subject: the verb, the phrase its
    object; an adjective with no subject stays one."""
    text = "The newspaper tasked private investigator Tom Hale with hacking her voicemails."
    doc = pipeline_for("en", Settings())(text)
    assert doc[2].dep_ == "ROOT" and (doc[6].dep_, doc[6].head.text) == ("dobj", "tasked")
    assert doc[7].head.text == "tasked"  # (`with hacking …`: the verb's)
    assert ("newspaper", "asks", "Tom Hale") in triples(text)
    assert pipeline_for("en", Settings())("Retired investigator Tom Hale.")[0].dep_ != "ROOT"


def test_a_subject_taken_for_the_object_of_a_preposition_of_time_is_its_clause_s():
    """`after Valtek, the region's largest employer, reported a loss` parsed with Valtek the object of `after` and
    `reported` a subjectless clause: Valtek is its subject, `after` its conjunction; a plain phrase stays one."""
    text = "Shares fell after Valtek, the region's largest employer, reported a loss of 20 million euros."
    doc = pipeline_for("en", Settings())(text)
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "reported") and doc[2].head.text == "reported"
    assert ("Valtek", "reports", "loss") in triples(text)
    doc = pipeline_for("en", Settings())("Paul Roy left Valtek after the merger with Orvane.")
    assert doc[6].dep_ == "pobj"


def test_the_phrases_after_a_gapped_passive_conjunct_are_the_first_verb_s_too():
    """`Three people were killed and five injured in an explosion`: `injured` has its `were` left out, and the phrase
    after it is the killing's too; a first verb with a phrase of its own keeps it."""
    assert ("explosion", "kills", "Three people") in triples(
        "Three people were killed and five injured in an explosion in Lyon on Saturday.")
    found = triples("Three people were killed in an attack and five injured in a fire.")
    assert ("attack", "kills", "Three people") in found and ("fire", "kills", "Three people") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("A wave of raids, including three ambushes, killed at least 15 soldiers in northern Mali.",
     ("raids", "kills", "at least 15 soldiers")),  # (`killed` parsed as a participle of the last example)
    ("Several lenders, including Valtek and Brimex, invested in the startup.",
     ("Valtek", "investsIn", "startup")),  # (`invested` parsed as a participle of the root noun)
])
def test_a_past_form_after_the_comma_closing_a_noun_s_examples_is_the_root(text, fact):
    """`Several lenders, including A and B, invested in …` parsed as a sentence rooted on `lenders`, with `invested`
    a participle: the past form right after the examples' closing comma is the verb, the noun its subject."""
    doc = pipeline_for("en", Settings())(text)
    verb = next(t for t in doc if t.text in ("killed", "invested"))
    assert verb.dep_ == "ROOT" and doc[1].head == verb
    found = triples(text)
    assert fact in found and not any(o == "Brimex" for _, _, o in found)
    assert pipeline_for("en", Settings())("Several lenders, including Valtek, said so.")[1].dep_ != "ROOT"


def test_the_clause_after_the_focus_of_a_cleft_sentence_is_its_relative_clause():
    """`It was Valtek that bought Orvane` parsed with the clause a complement of `was`: the focus's relative clause;
    a clause completing an adjective stays (`It was clear that …`)."""
    text = "It was Valtek that bought Orvane in 2019."
    doc = pipeline_for("en", Settings())(text)
    assert (doc[4].dep_, doc[4].head.text) == ("relcl", "Valtek")
    assert ("Valtek", "acquires", "Orvane") in triples(text)
    assert ("Valtek", "owns", "Orvane") in triples("It was clear that Valtek owned Orvane.")


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Tom Hale arrived in Berlin on Tuesday for talks.", "Berlin"),
    ("fr", "Paul Durand est arrivé mardi à Berlin pour des entretiens.", "Berlin"),
])
def test_arriving_somewhere_is_visiting_it(lang, text, place):
    assert any(p == "visits" and o == place for _, p, o in
               {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
                for f in read_text(text, lang)})


def test_a_clause_whose_opens_after_a_name_s_comma_is_its_relative_clause():
    """`Orvane, whose chief executive Jane Doe resigned last month, reported a loss` parsed with Orvane a second
    subject of `resigned` and `reported` its conjunct: the clause is Orvane's, `reported` the root."""
    text = "Orvane, whose chief executive Jane Doe resigned last month, reported a loss."
    doc = pipeline_for("en", Settings())(text)
    assert (doc[7].dep_, doc[7].head.text) == ("relcl", "Orvane") and doc[11].dep_ == "ROOT"
    found = triples(text)
    assert ("Orvane", "reports", "loss") in found and ("Jane Doe", "reports", "loss") not in found


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("en", "Police arrested Tom Hale for stealing a car.", "stealing a car"),  # (a gerund the frame names)
    ("fr", "La police a arrêté Paul Durand pour avoir volé une voiture.", "avoir volé une voiture"),  # (a past
])  # infinitive after `pour` says why, not what for)
def test_a_clause_says_why_an_act_was_done(lang, text, reason):
    (arrest,) = [f for f in read_text(text, lang) if f.relation.local_name == "arrests"]
    assert qualifiers(arrest).get("reason") == reason and "purpose" not in qualifiers(arrest)


def test_a_stake_of_no_said_size_is_no_quantity():
    """`sell its stake in Orvane for $1 billion`: the price is the quantity; `its stake` says no size."""
    (sale,) = [f for f in facts("Valtek has agreed to sell its stake in Orvane to Brimex for $1 billion.")
               if f.relation.local_name == "sells"]
    assert [getattr(v, "label", v) for r, v in sale.qualifiers if r == "quantity"] == ["$1 billion"]
    (sale,) = [f for f in facts("Valtek sold a 25 percent stake in Orvane.") if f.relation.local_name == "sells"]
    assert qualifiers(sale)["quantity"] == "25 percent stake"


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("en", "Valtek will close its plant in Lyon, a move criticised by the unions.", "move"),  # (a second object)
    ("fr", "Valtek va fermer son usine de Lyon, une décision critiquée par les syndicats.", "Lyon"),  # (an
    ("fr", "Paul Durand a affirmé que Valtek allait racheter Orvane, une information démentie par l'entreprise.",
     "Orvane"),  # apposition of the last name)
])
def test_a_noun_summing_up_the_clause_before_it_describes_none_of_its_words(lang, text, wrong):
    """`…, une décision critiquée par les syndicats`, `…, a move criticised by the unions`: the noun sums up the
    clause; it is no object of its verb and no apposition of its last name, and what it undergoes is not theirs."""
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text(text, lang)}
    assert any(p in ("closes", "acquires") for _, p, _ in found)
    assert not any(o == wrong and p not in ("closes", "acquires") or o == "move" for _, p, o in found)


@pytest.mark.parametrize(("lang", "text", "done", "rating"), [
    ("en", "Karvia's central bank raised interest rates on Thursday, its third increase this year.",
     ("Karvia's central bank", "increases", "interest rates"), "third increase"),
    ("en", "Valtek cut 300 jobs in March, the biggest reduction since 2009.", ("Valtek", "reduces", "300 jobs"),
     "biggest reduction"),
    ("fr", "La banque centrale de Karvia a relevé ses taux jeudi, sa troisième hausse cette année.",
     ("banque centrale de Karvia", "increases", "taux"), "troisième hausse"),
    ("fr", "Valtek a supprimé 300 emplois en mars, la plus forte réduction depuis 2009.",
     ("Valtek", "reduces", "300 emplois"), "plus forte réduction"),
])
def test_a_noun_rating_the_clause_s_act_after_its_object_is_no_second_object(lang, text, done, rating):
    """`…, its third increase this year`, `…, la plus forte réduction depuis 2009`, parsed as a second object of the
    verb (or a conjunct of its object): a verb's object is not set off by a comma after another; the noun rates the
    act, and what hangs on it (`since 2009`) is not the act's."""
    found = read_text(text, lang)
    triples = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in found}
    assert done in triples and not any(o == rating for _, _, o in triples), triples
    (act,) = [f for f in found if getattr(f.object, "label", None) == done[2]]
    assert not any("2009" in str(getattr(v, "label", v)) for _, v in act.qualifiers), act.qualifiers


@pytest.mark.parametrize(("lang", "text", "objects"), [
    ("fr", "Alexandre n'a pas consulté son père, ni son Premier ministre, le Dr Vladan Roy.", {"Dr Vladan Roy"}),
    ("fr", "Valtek a visité ses usines en mars, Lyon et Nantes.", {"usines"}),
    ("en", "Typical designs include wind turbines, mixture models, variational gearboxes and others.",
     {"wind turbines", "mixture models", "variational gearboxes"}),
])
def test_a_list_or_a_title_set_off_after_an_object_is_not_taken_for_a_rating_of_the_act(lang, text, objects):
    """Items of a list and a title before a name, set off after a verb's object, stay what the parser made them."""
    found = {getattr(f.object, "label", f.object) for f in read_text(text, lang)}
    assert objects <= found, found


@pytest.mark.parametrize("text", [
    "Tom Hale, Jane Doe and Paul Roy joined the board of Valtek.",
    "The Labour Party, the Liberal Democrats and the Scottish National Party opposed the bill."])
def test_a_list_of_three_names_the_parser_took_for_an_apposition_is_the_clause_s_subject(text):
    """`A, B C and D E verbed`: the parser makes the name of several words after the first comma an apposition of the
    first, with the third its conjunct; all three are the verb's subjects."""
    subjects = {f.subject.label for f in read_text(text, "en") if f.relation.local_name in {"joins", "opposes"}}
    assert len(subjects) == 3, subjects



@pytest.mark.parametrize(("lang", "text", "left"), [
    ("fr", "Marie Martin, directrice générale de Valtek, a présenté les résultats. Elle quittera ses fonctions en mai.",
     True),
    ("en", "Jane Doe, the chief executive of Valtek, presented the results. She will leave her post in May.", True),
    ("en", "Jane Doe has led Valtek since 2015. She will step down in May.", True),  # (who leads works there)
    ("fr", "Marie Martin, directrice générale de Valtek, a présenté les résultats. Elle a quitté la réunion.", False),
])
def test_leaving_a_post_that_names_neither_what_nor_whose_leaves_the_employer_the_text_gave(lang, text, left):
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(text, lang)}
    assert (("Marie Martin" if lang == "fr" else "Jane Doe", "leaves", "Valtek") in found) == left, found


@pytest.mark.parametrize(("lang", "text", "partners"), [
    ("en", "Valtek and Orvane won contracts in Ghana.", set()),  # (awarded by someone else)
    ("fr", "Valtek et Orvane ont remporté des contrats au Ghana.", set()),
    ("en", "Valtek and Orvane signed a contract.", {("Valtek", "Orvane")}),
])
def test_agents_given_an_event_by_someone_else_are_not_each_other_s_partners(lang, text, partners):
    found = {(f.subject.label, f.object.label) for f in read_text(text, lang)
             if f.relation.local_name in {"partnerOf", "collaboratesWith"}}
    assert found == partners


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Valtek, whose shares are listed on Euronext, makes chips."),
    ("en", "Valtek's shares are listed on Euronext."),
    ("fr", "Valtek, dont les actions sont cotées sur Euronext, fabrique des puces."),
    ("en", "Valtek shares are traded on Euronext."),
    ("en", "Valtek traded on Euronext at $12 on Monday."),
])
def test_what_a_company_s_shares_are_listed_on_the_company_is(lang, text):
    assert ("Valtek", "listedOn", "Euronext") in {
        (f.subject.label, f.relation.local_name, f.object.label) for f in read_text(text, lang)}


@pytest.mark.parametrize(("lang", "text", "supposed"), [
    ("en", "Valtek plans to complete the acquisition of Brimex in May.", True),
    ("fr", "Valtek devrait finaliser le rachat de Brimex en mai.", True),
    ("en", "Valtek completed the acquisition of Brimex.", False),
])
def test_an_event_a_supposed_act_would_make_is_supposed_too(lang, text, supposed):
    (acquisition,) = [f for f in read_text(text, lang) if f.relation.local_name == "acquires"]
    assert acquisition.hypothetical == supposed


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orvane, a major shareholder in Valtek, opposed the deal."),
    ("en", "Brimex, an early investor in Valtek, sold its stake."),
    ("fr", "Brimex, investisseur dans Valtek, a vendu ses parts."),
])
def test_a_noun_of_a_stake_relates_its_holder_to_what_the_stake_is_in(lang, text):
    assert any(p == "investsIn" and o == "Valtek" for _, p, o in
               {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(text, lang)})


def test_a_whose_clause_on_a_root_name_leaves_the_main_verb_to_the_name():
    """`Valtek, whose founder Tom Hale died in 2019, makes chips` parsed rooted on Valtek, with `makes` a conjunct of
    the clause's `died`: Valtek makes chips, not Tom Hale."""
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text("Valtek, whose founder Tom Hale died in 2019, makes chips.", "en")}
    assert ("Valtek", "produces", "chips") in found and ("Tom Hale", "produces", "chips") not in found


def test_whose_noun_is_what_the_relative_clause_is_on():
    found = {(f.subject.label, f.relation.local_name, f.object.label)
             for f in read_text("Orvane, whose partner Valtek makes chips, reported a loss.", "en")}
    assert ("Valtek", "partnerOf", "Orvane") in found


def test_a_fact_s_qualifier_never_repeats_its_object():
    (death,) = [f for f in read_text("Tom Hale died at his home in Springfield, Illinois.", "en")
                if f.relation.local_name == "diedIn"]
    assert death.object.label == "Springfield" and not [v for role, v in death.qualifiers if role == "place"]


def test_a_past_form_naming_someone_as_a_post_is_the_verb_of_a_sentence_rooted_on_its_subject():
    """`Orvane named X as …` parsed as `Orvane` (a noun) described by a participle whose predicate is X."""
    doc = pipeline_for("en", Settings())("Orvane named Tom Hale as its new chief executive.")
    assert doc[1].dep_ == "ROOT" and doc[3].dep_ == "dobj"
    assert ("Orvane", "appoints", "Tom Hale") in triples("Orvane named Tom Hale as its new chief executive.")


def test_a_relational_noun_tagged_an_adjective_between_a_possessor_and_a_name_describes_the_name():
    assert ("Orvane", "competesWith", "Valtek") in triples("Valtek's rival Orvane also plans to build a factory.")


def test_by_how_much_a_change_verb_changes_its_object_and_by_when():
    (cut,) = facts("Brimex cut its workforce by 15 percent.")
    assert (cut.relation.local_name, cut.object.label, qualifiers(cut)) == ("reduces", "workforce",
                                                                           {"quantity": "15 percent"})
    (rise,) = facts("Karvex will increase its output by 2030.")
    assert qualifiers(rise) == {"date": "2030"}  # a year: when, not how much


def test_a_fact_is_attributed_by_where_it_is_written_not_where_its_subject_was_named():
    """`the company` stands for Valtek, named in a sentence Tom Hale said; the sentence it is in is the text's own.
    `It` stands for Valtek, named in the text's own sentence; the quote it is in is Tom Hale's."""
    found = facts("Valtek plans to expand in Malaysia, says Tom Hale. The company will open a plant in Lyon.")
    (opens,) = [f for f in found if f.relation.local_name == "opens"]
    assert opens.subject.label == "Valtek" and "source" not in qualifiers(opens)
    found = facts('Valtek hired Tom Hale in March. "It will open a plant in Lyon next year," he said.')
    (said,) = [f for f in found if f.relation.local_name == "opens"]
    assert said.subject.label == "Valtek" and qualifiers(said)["source"] == "Tom Hale"


def test_leaving_a_post_is_dated_and_hypothetical_as_its_verb_and_the_post_held_is_not():
    facts = {f.relation.local_name: f for f in read_text(
        "Tom Hale could resign as chief executive of Valtek next month.", "en")}
    leaving, held = facts["leaves"], facts["hasRole"]
    assert leaving.hypothetical and ("date", "next month") in leaving.qualifiers
    assert not held.hypothetical and not any(role == "date" for role, _ in held.qualifiers)  # he holds it now


@pytest.mark.parametrize("text, fact", [
    ("Manchester United sacked manager Tom Hale on Sunday.", ("Manchester United", "dismisses", "Tom Hale")),
    ("Arsenal hired manager Tom Hale.", ("Arsenal", "employs", "Tom Hale")),
])
def test_a_past_form_after_the_opening_name_taken_for_an_adjective_is_the_verb(text, fact):
    assert fact in triples(text)


def test_a_participle_after_an_article_stays_an_adjective():
    found = triples("The sacked manager Tom Hale said nothing.")
    assert not any(relation in {"dismisses", "employs"} for _, relation, _ in found)


def test_questioning_someone_asks_them_about_a_topic():
    fact = next(f for f in facts("Police questioned Tom Hale about the fire.") if f.relation.local_name == "asks")
    assert fact.object.label == "Tom Hale" and ("topic", "fire") in {(r, v.label) for r, v in fact.qualifiers}


def test_an_abbreviated_month_dates_the_fact_and_is_no_amount():
    facts = read_text("Valtek will close the plant on Sept. 30.", "en")
    fact = next(f for f in facts if f.relation.local_name == "closes")
    assert ("date", "Sept. 30") in fact.qualifiers and not any(role == "quantity" for role, _ in fact.qualifiers)


def test_a_hyphen_after_an_abbreviation_is_split_as_after_a_word():
    words = [t.text for t in pipeline_for("en", Settings())("U.S.-based Valtek and Paris-based Orvane")]
    assert words == ["U.S.", "-", "based", "Valtek", "and", "Paris", "-", "based", "Orvane"]
    assert ("Orvane", "basedIn", "U.S.") in triples("Valtek was bought by U.K.-based Brimex and U.S.-based Orvane.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Hale was injured in the leg during the attack.", ("attack", "injures", "Tom Hale")),
    ("Two soldiers were wounded in the head in Kabul.", ("Two soldiers", "injuredIn", "Kabul"))])
def test_a_part_of_the_body_is_no_place_and_the_phrase_on_it_is_the_verbs(text, expected):
    found = triples(text)
    assert expected in found, found
    assert not {word for s, _, o in found for word in (s, o)} & {"leg", "head"}, found


def test_an_organisation_noun_named_before_it_is_a_posts_employer():
    found = triples("Tom Hale, a spokesman for the Valtek group, confirmed the closure.")
    assert {("Tom Hale", "hasRole", "spokesman"), ("Tom Hale", "worksFor", "Valtek group")} <= found, found


def test_what_is_pledged_has_its_recipient():
    (fact,) = [f for f in read_text("Germany pledged $500 million to Ukraine.", "en")
               if f.relation.local_name == "promises"]
    assert [(role, value.label) for role, value in fact.qualifiers if role == "recipient"] == [("recipient", "Ukraine")]


def test_holding_something_at_a_level_is_no_ownership():
    assert not any(p == "owns" for _, p, _ in triples("The Bank of Valtek held its main rate at 5.25%."))
    assert ("Valtek", "owns", "Orvane") in triples("Valtek holds a 20% stake in Orvane.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Lawmakers in Norvalie approved a tax on sugar.", "tax on sugar"),
    ("Valtek lifted its ban on exports to Karvie.", "ban on exports"),
    ("Valtek published the cables on its own website.", "cables")])
def test_what_a_noun_is_about_is_part_of_its_text_but_not_where_it_is(text, expected):
    objects = {o for _, p, o in triples(text) if p not in ("instanceOf", "basedIn", "locatedIn")}
    assert expected in objects, objects


def test_a_verb_of_stopping_with_an_object_does_not_deny_its_infinitive():
    """`quit X to join Y`: what was stopped is X; the infinitive says what for, and happened."""
    (joins,) = [f for f in facts("Jane Doe quit Brimex to join Valtek.") if f.relation.local_name == "joins"]
    assert not joins.negated
    (sells,) = [f for f in facts("Valtek stopped selling cars in Norvalie.") if f.relation.local_name == "sells"]
    assert sells.negated


@pytest.mark.parametrize("text", ["Jane Doe is the first woman to lead the Karvie Football Federation.",
                                  "Jane Doe, the first woman to lead the Karvie Football Federation, resigned."])
def test_an_infinitive_on_a_noun_ranked_first_says_what_its_holder_did(text):
    assert ("Jane Doe", "leads", "Karvie Football Federation") in triples(text)


@pytest.mark.parametrize(("text", "done"), [
    ("Valtek cut its key rate on Tuesday, the first central bank to do so this year.",
     ("Valtek", "reduces", "key rate")),
    ("Valtek quit Norvalie in March, the latest company to leave the Karvie Federation.",
     ("Valtek", "leaves", "Karvie Federation"))])
def test_a_ranked_noun_set_off_after_a_clause_describes_its_subject(text, done):
    """`…, the first bank to do so`: parsed as a second object, the noun says what the subject is."""
    found = triples(text)
    assert done in found, found
    assert not any(s == "Valtek" and o.endswith(("bank", "company")) and r != "instanceOf" for s, r, o in found), found


def test_a_clause_verb_taken_for_an_adjective_of_the_object_is_the_clause_s():
    """`ruled that Valtek had broken competition law`, parsed with `broken` an adjective of `law`: no `court rules
    broken competition law` (the clause's subject hung on its auxiliary)."""
    found = triples("A court in Norvalie ruled on Friday that Valtek had broken competition law.")
    assert not any(s == "court" and r == "leads" for s, r, _ in found), found
    assert any(s == "Valtek" and o == "competition law" for s, _, o in found), found


def test_a_name_after_and_before_a_verb_without_subject_is_its_subject():
    """`met Tom Hale and Valtek signed …`, parsed with `Valtek` a conjunct of `Tom Hale`: Valtek signed."""
    found = triples("Jane Doe met Tom Hale and Valtek signed a deal with Brimex.")
    assert ("Jane Doe", "meets", "Tom Hale") in found and ("Jane Doe", "meets", "Valtek") not in found, found


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("en", "In 2014, Valtek bought Brimex and Karvex sold Orvane.", "2014"),
    ("en", "Valtek bought Brimex in 2014 and Karvex sold Orvane.", None),
    ("fr", "En 2014, Valtek a racheté Brimex et Karvex a cédé Orvane.", "En 2014")])
def test_a_date_opening_the_sentence_dates_a_coordinated_clause_too(lang, text, date):
    """A date before the first clause's subject says when both clauses happened; one after its verb, the first."""
    (sells,) = [f for f in read_text(text, lang) if f.relation.local_name == "sells"]
    assert qualifiers(sells).get("date") == date


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("en", "In 2014, Valtek bought Brimex, taking control of the Orvane plant.", "2014"),
    ("fr", "En 2014, Valtek a racheté Brimex, prenant ainsi le contrôle de l'usine Orvane.", "En 2014"),
    ("en", "Valtek bought Brimex in 2014, taking control of the Orvane plant.", None)])
def test_a_date_opening_the_sentence_dates_a_participle_s_clause_set_after_it(lang, text, date):
    """`In 2014, X bought Y, taking control of Z`: the participle's clause happened then too."""
    facts = [f for f in read_text(text, lang) if f.relation.local_name == "acquires" and "Orvane" in f.object.label]
    assert [qualifiers(f).get("date") for f in facts] == [date], facts


def test_a_participle_of_appointing_set_off_after_a_name_gives_the_post():
    """`Tom Hale, elected mayor of Karvie in 2019, …` parsed with `elected` an adjective of `mayor`."""
    found = facts("Tom Hale, elected mayor of Karvie in 2019, resigned on Friday.")
    (role,) = [f for f in found if f.relation.local_name == "hasRole"]
    assert role.object.label == "mayor" and qualifiers(role).get("date") == "2019"


def test_a_participle_set_off_before_a_verb_of_saying_is_the_speaker_s():
    """`Jane Doe, appointed chief executive of Valtek last year, said …` parsed as Jane Doe appointed someone."""
    found = triples("Jane Doe, appointed chief executive of Valtek last year, said sales rose.")
    assert ("Jane Doe", "says", "sales rose") in found and ("Jane Doe", "hasRole", "chief executive") in found


def test_a_noun_heading_a_clause_with_a_subject_is_its_verb():
    """`saw its net profit jump 20%`, `jump` tagged a noun: the profit of Valtek rose 20%."""
    (rises,) = [f for f in facts("Valtek saw its net profit jump 20% in the first half.")
                if f.relation.local_name == "rises"]
    assert (rises.subject.label, rises.object.label, qualifiers(rises)["topic"]) == ("Valtek", "20%", "net profit")


@pytest.mark.parametrize(("text", "relation", "hypothetical"), [
    ("Valtek is close to buying Brimex.", "acquires", True),
    ("Valtek is responsible for killing 20 people.", "kills", False)])
def test_a_gerund_on_an_adjective_complement_is_done_by_the_copula_s_subject(text, relation, hypothetical):
    """`is close to buying X`: Valtek's aim, not yet done; `is responsible for killing X`: done."""
    (fact,) = [f for f in facts(text) if f.relation.local_name == relation]
    assert fact.subject.label == "Valtek" and fact.hypothetical == hypothetical


def test_the_source_of_a_clause_is_the_source_of_a_gerund_on_its_adjective():
    (fact,) = [f for f in facts("According to the Oslo Times, Valtek is close to buying Brimex.")
               if f.relation.local_name == "acquires"]
    assert qualifiers(fact).get("source") == "Oslo Times"


def test_the_place_a_site_of_the_act_is_in_is_where_it_happened():
    (launches,) = [f for f in facts("Valtek unveiled its new electric truck at a trade fair in Hamburg.")
                   if f.relation.local_name == "launches"]
    assert qualifiers(launches).get("place") == "Hamburg"


def test_a_candidate_s_infinitive_is_an_aim():
    (fact,) = [f for f in facts("Tom Hale is the only candidate to succeed Jane Doe.")
               if f.relation.local_name == "succeeds"]
    assert fact.subject.label == "Tom Hale" and fact.hypothetical


@pytest.mark.parametrize("text", ["Brimex will acquire Valtek in a deal valued at $3 billion.",
                                  "Brimex agreed to buy Valtek in a deal worth $3 billion.",
                                  "Brimex agreed to buy Valtek in a $3 billion deal."])
def test_what_the_deal_a_fact_is_made_in_is_worth_is_its_amount(text):
    (fact,) = [f for f in facts(text) if f.relation.local_name == "acquires"]
    assert qualifiers(fact).get("quantity") == "$3 billion", fact.qualifiers


def test_how_long_a_deal_lasts_is_no_amount():
    (fact,) = [f for f in facts("Valtek FC signed striker Tom Hale on a four-year deal.")
               if f.relation.local_name == "employs"]
    assert "quantity" not in qualifiers(fact), fact.qualifiers


@pytest.mark.parametrize(("text", "quantity"), [
    ("The central bank of Norvalie raised its key interest rate to 4.5%.", "4.5%"),
    ("The central bank of Norvalie cut interest rates to 2%.", "2%"),
    ("Valtek raised prices at its stores.", None)])
def test_the_level_a_verb_changes_something_to_is_its_quantity_and_nothing_else_is(text, quantity):
    (fact,) = [f for f in facts(text) if f.relation.local_name in ("increases", "reduces")]
    assert qualifiers(fact).get("quantity") == quantity, fact.qualifiers


@pytest.mark.parametrize("text", ["Israeli air strikes killed at least 20 people in Gaza on Tuesday.",
                                  "Israeli air strikes killed at least 20 people in Gaza on Tuesday, health officials "
                                  "said."])
def test_a_past_form_with_an_object_taken_for_a_participle_is_the_clause_s_verb(text):
    assert ("Israeli air strikes", "kills", "at least 20 people") in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Doe rose to fame as a member of the band Westlife.", ("Jane Doe", "memberOf", "Westlife")),
    ("Valtek was founded in 1990 as a software company.", ("Valtek", "instanceOf", "software company")),
    ("As chief executive, Tom Hale oversaw the merger.", ("Tom Hale", "hasRole", "chief executive"))])
def test_what_an_as_phrase_on_a_verb_says_its_subject_is(text, expected):
    assert expected in triples(text)


def test_as_part_of_describes_no_one():
    assert not any(p == "partOf" for _, p, _ in triples("As part of the deal, Valtek will buy Brimex."))


def test_whom_a_player_plays_for_is_what_they_are_a_member_of():
    assert ("Tom Hale", "memberOf", "Valtek FC") in triples("Tom Hale, who plays for Valtek FC, was injured.")
    assert not triples("Tom Hale played for 90 minutes on Saturday.")


def test_what_is_said_starts_after_its_conjunction_whatever_its_label():
    (said,) = [f for f in facts("Tom Hale said in Paris that Valtek would expand.") if f.relation.local_name == "says"]
    assert said.object == "Valtek would expand"


def test_a_passive_subject_does_the_act_its_penalty_is_for():
    """`X was fined $2m for breaching …`: the object of `fined` is the amount, so the passive subject breached."""
    for text in ("Karvex was fined 50 million euros by the regulator for breaching antitrust rules.",
                 "Karvex was fined 50 million euros for breaching antitrust rules.",  # (the phrase on the amount)
                 "The regulator fined Karvex 50 million euros for breaching antitrust rules."):  # (the name in it)
        found = triples(text)
        assert ("Karvex", "violates", "antitrust rules") in found
        assert not any(p == "violates" and s != "Karvex" for s, p, _ in found)


@pytest.mark.parametrize("text", ["Prosecutors accused Valtek of selling weapons to Norvalie.",
                                  "Valtek was suspected of selling weapons to Norvalie."])
def test_what_someone_is_accused_of_doing_is_alleged_not_asserted(text):
    (sells,) = [f for f in facts(text) if f.relation.local_name == "sells"]
    assert (sells.subject.label, sells.hypothetical) == ("Valtek", True)
    (fined,) = [f for f in facts("Valtek was fined for selling weapons to Norvalie.")
                if f.relation.local_name == "sells"]
    assert not fined.hypothetical  # (a penalty is for what was done)


@pytest.mark.parametrize(("text", "person", "employer", "post"), [
    ("Orvane, whose chief executive Jane Doe resigned, reported a loss.", "Jane Doe", "Orvane", "chief executive"),
    ("Brimex, whose chief executive Tom Hale resigned last month, declined to comment.", "Tom Hale", "Brimex",
     "chief executive"),  # (the phrase parsed as Brimex's apposition, the clause without subject)
    ("Valtek, whose founder Tom Hale died in 2019, makes chips.", "Tom Hale", "Valtek", "founder"),
])
def test_a_post_whose_opens_is_at_what_the_relative_clause_is_on(text, person, employer, post):
    found = triples(text)
    assert (person, "hasRole", post) in found
    assert (person, "founded" if post == "founder" else "worksFor", employer) in found


def test_a_partitive_set_off_after_a_name_says_what_it_is():
    """`one of the largest banks` apposed to the name: its words were dropped with the name's, leaving `banks`."""
    assert ("Brimex", "instanceOf", "largest banks") in triples("Brimex, one of the largest banks, cut 2,000 jobs.")


@pytest.mark.parametrize(("text", "joined"), [
    ("Valtek joined the alliance in March.", "alliance"),
    ("Tom Hale joined the strike on Monday.", "strike")])
def test_joining_an_event_is_a_fact(text, joined):
    """An alliance or a strike one joins is an event noun, and joining one is worth keeping (CONDUCTED_RELATIONS)."""
    assert any(f.relation.local_name == "joins" and f.object.label == joined for f in facts(text))


def test_a_name_the_parser_split_into_several_subjects_is_one_subject():
    """`David Ben-Gurion` parsed as four arguments of `led`: `-Gurion` was read as a second subject."""
    assert triples("David Ben-Gurion led Mapai.") == {("David Ben-Gurion", "leads", "Mapai")}


@pytest.mark.parametrize("text", ["Tom Hale spent a decade (1991-2001) in Lyon.",
                                  "Jane Doe spent the past decade running Brimex."])
def test_a_span_of_time_spent_is_nothing_paid(text):
    assert not any(f.relation.local_name == "pays" for f in facts(text)), facts(text)
    assert ("Tom Hale", "pays", "3 million euros") in triples("Tom Hale spent 3 million euros on the campaign.")


def test_a_year_is_no_amount_risen_by():
    assert not any(f.relation.local_name == "rises" for f in facts("The number of Valtek stores will rise by 2015."))
    assert ("Sales", "rises", "2,012 units") in triples("Sales rose to 2,012 units.")


def test_a_party_adjective_makes_a_person_a_member_not_a_body():
    assert not any(r == "memberOf" for _, r, _ in triples("Brimex, a conservative think tank, criticised the plan."))
    assert ("Tom Hale", "memberOf", "Conservative Party") in triples(
        "The conservative senator Tom Hale criticised the plan.")


def test_what_one_is_in_talks_to_do_is_not_done_and_keeps_the_clause_s_source():
    (buys,) = [f for f in facts("According to Reuters, Valtek is in talks to buy Orvane.")
               if f.relation.local_name == "acquires"]
    assert buys.hypothetical and qualifiers(buys) == {"source": "Reuters"}
    (buys,) = [f for f in facts("Valtek is in talks with Brimex to buy Orvane.") if f.relation.local_name == "acquires"]
    assert buys.hypothetical  # (the infinitive hung on the verb whose phrase `talks` heads)


@pytest.mark.parametrize("text", ["Jane Doe, on a visit to Lyon, opened a plant.",
                                  "Jane Doe is on an official visit to Lyon.",
                                  "Jane Doe's trip to Lyon was cancelled."])
def test_someone_on_a_visit_visits_the_place(text):
    assert ("Jane Doe", "visits", "Lyon") in triples(text)


def test_a_comparative_bound_stays_with_its_amount():
    assert ("Valtek", "employs", "more than 500 people") in triples("Valtek employs more than 500 people.")


@pytest.mark.parametrize(("text", "index"), [("The CAC 40 closed up 1.2 percent.", "CAC 40"),
                                             ("The FTSE 100 fell 2 percent on Monday.", "FTSE 100")])
def test_a_number_ending_an_index_s_name_is_part_of_it(text, index):
    """`40` parsed as the subject with `CAC` its compound; `100` as the count of `FTSE`."""
    assert any(f.subject.label == index and f.relation.local_name in ("rises", "falls") for f in facts(text))


def test_who_is_appointed_to_a_body_joins_its_organisation_but_not_a_post():
    assert ("Jane Doe", "joins", "Brimex") in triples("Jane Doe was appointed to the board of Brimex.")
    assert not any(p == "joins" for _, p, _ in triples("Jane Doe was appointed to the post of finance minister."))


def test_a_country_s_gdp_moving_moves_the_country_with_gdp_as_topic():
    (falls,) = [f for f in facts("Karvia's GDP shrank 0.3% in the first quarter.") if f.relation.local_name == "falls"]
    assert falls.subject.label == "Karvia" and qualifiers(falls)["topic"] == "GDP"


def test_a_description_set_off_after_a_source_s_name_is_its_apposition():
    found = triples("According to Jane Doe, a spokeswoman for Valtek, the plant will close.")
    assert {("Jane Doe", "hasRole", "spokeswoman"), ("Jane Doe", "worksFor", "Valtek")} <= found


def test_a_post_with_a_possessive_after_an_appointed_name_is_what_the_name_is_made():
    """`its new chief financial officer` parsed as the name's apposition hangs on the verb as its object predicate."""
    doc = pipeline_for("en", Settings())("Valtek named Jane Doe its new chief financial officer.")
    officer = next(t for t in doc if t.text == "officer")
    assert (officer.dep_, officer.head.text) == ("oprd", "named")


def test_a_name_after_a_preposition_without_object_is_its_object():
    """`with Valtek worth 30 million euros` parsed with `Valtek` an adverbial noun phrase of `worth`."""
    text = "Brimex signed a contract with Valtek worth 30 million euros."
    doc = pipeline_for("en", Settings())(text)
    assert (doc[5].dep_, doc[5].head.text) == ("pobj", "with")
    assert ("Brimex", "partnerOf", "Valtek") in triples(text)


@pytest.mark.parametrize("text", ["Tom Hale went to Karvia and then to Paris.",
                                  "Tom Hale went successively to Karvia, Norvalia and then to Paris."])
def test_a_prepositional_phrase_coordinated_with_a_verb_s_is_the_verb_s(text):
    """`and then to Paris` parsed as a conjunct of the verb, or of the first `to`."""
    doc = pipeline_for("en", Settings())(text)
    (to,) = [t for t in doc if t.text == "to" and t.nbor().text == "Paris"]
    assert (to.dep_, to.head.text) == ("prep", "went")
    assert {("Tom Hale", "visits", "Karvia"), ("Tom Hale", "visits", "Paris")} <= triples(text)


def test_a_singular_relative_clause_after_the_complement_of_a_plural_noun_is_about_the_complement():
    """`Shares of Valtek, which is based in Karvin, …`: `is` agrees with Valtek, not with the shares."""
    found = triples("Shares of Valtek, which is based in Karvin, jumped 5% on Monday.")
    assert ("Valtek", "basedIn", "Karvin") in found and not any(s.startswith("Shares") for s, _, _ in found), found


def test_what_a_verb_of_making_makes_its_object_describes_it():
    """`The deal made Brimex the largest carmaker in Europe`, with `carmaker` parsed as a verb heading a clause: the
    noun is what Brimex is made, as a copula's attribute says what its subject is; the deal produces no Brimex."""
    found = triples("The deal made Brimex the largest carmaker in Europe.")
    assert ("Brimex", "instanceOf", "largest carmaker") in found and ("Brimex", "locatedIn", "Europe") in found
    assert not any(p == "produces" or p.endswith("In") and p != "locatedIn" for _, p, _ in found), found


@pytest.mark.parametrize("text", ["German carmaker Valtek cut jobs.", "Chipmaker Valtek cut its forecast."])
def test_a_name_after_its_title_taken_for_a_compound_of_the_verb_is_the_subject(text):
    """`German carmaker Valtek cut jobs` parsed with `carmaker` the subject and `Valtek` a compound of `cut`."""
    found = triples(text)
    assert ("Valtek", "reduces") in {(s, p) for s, p, _ in found} and not any(
        s.endswith("armaker") or s.endswith("hipmaker") for s, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "partner", "act", "subject"), [
    ("en", "Jane Doe founded Brimex with Tom Hale in 2015.", "Tom Hale", ("founded", "Brimex"), "Jane Doe"),
    ("fr", "Jane Doe a cofondé Brimex avec Tom Hale en 2015.", "Tom Hale", ("founded", "Brimex"), "Jane Doe"),
    ("en", "Valtek developed the vaccine with Brimex.", "Brimex", ("develops", "vaccine"), "Valtek"),
])
def test_a_partner_in_a_joint_act_does_it_too(lang, text, partner, act, subject):
    """`founded X with Y`: Y founded X too, with the subject for partner."""
    (joint,) = [f for f in read_text(text, lang) if f.subject.label == partner]
    assert (joint.relation.local_name, joint.object.label) == act
    assert [v.label for r, v in joint.qualifiers if r == "partner"] == [subject]


@pytest.mark.parametrize(("text", "place"), [
    ("Jane Doe moved to Lyon, where she founded Brimex in 2015.", "Lyon"),  # (`Lyon` tagged a person here)
    ("Jane Doe joined Valtek, where she founded a research unit in 2015.", None),  # (an organisation: no place)
])
def test_where_a_relative_clause_of_where_happens(text, place):
    """A name `where` stands for is the place of its clause's act when a preposition of place or of a visit
    introduces it, whatever the NER took it for; an organisation is not."""
    (founding,) = [f for f in read_text(text, "en") if f.relation.local_name == "founded"]
    assert dict((r, getattr(v, "label", v)) for r, v in founding.qualifiers).get("place") == place
