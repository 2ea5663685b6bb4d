"""Where places are: a place a comma sets after another (`Sarnia, en Ontario`, `Austin, Texas`), not a list of
places. Sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


def located(text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject.label, getattr(f.object, "label", f.object)) for f in read_text(text, lang)
            if f.relation.local_name == "locatedIn"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le caporal David Morin, un réserviste de Sarnia, en Ontario, a été libéré.", ("Sarnia", "Ontario")),
    ("fr", "Un ancien gouverneur de la province de Karvia, dans le nord-est de la Chine, a été condamné.",
     ("Karvia", "Chine")),
    ("en", "The company moved to Austin, Texas, last year.", ("Austin", "Texas")),
    ("en", "Tom Hale was born in Norvale, Karvia on 3 May 1950.", ("Norvale", "Karvia")),
])
def test_a_place_set_after_another_by_a_comma_contains_it(lang, text, expected):
    assert expected in located(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Il a été rejoint par l'Indiana, la Géorgie, la Floride et l'Oklahoma."),
    ("en", "He visited London, Paris and Rome."),
    ("en", "He visited London, Paris, Rome and Madrid."),
])
def test_a_list_of_places_is_no_chain(lang, text):
    assert located(text, lang) == set()


def test_a_name_does_not_start_with_its_preposition():
    """`la province de Karvia`: the place is Karvia, however the NER spans it."""
    labels = {f.subject.label for f in read_text("La province de Karvia, dans le nord-est de la Chine, exporte du riz.",
                                                 "fr")}
    assert not any(label.startswith("de ") for label in labels), labels


def test_a_place_owning_a_name_is_where_it_is_based_or_the_person_s_country():
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(
        "Germany's Siemens bought Bolt, and Britain's Prince Harry visited Kenya.", "en")}
    assert {("Siemens", "basedIn", "Germany"), ("Harry", "nationality", "Britain")} <= found, found
    assert not any(p in ("basedIn", "nationality") for _, p, _ in {
        (f.subject.label, f.relation.local_name, f.object.label)
        for f in read_text("Apple's Tim Cook met the press.", "en")})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Lors des dîners officiels à Berlin, il faut servir 200 personnes.", ("dîners officiels", "Berlin")),
    ("fr", "L'attentat a fait cinq morts sur la place Wenceslas dans le centre de Prague.",
     ("place Wenceslas", "Prague")),
    ("fr", "Ils avaient une maison dans la ville de Springs, sur Long Island.", ("Springs", "Long Island")),
    ("fr", "Il a été enterré dans le cimetière juif de Berlin-Mitte.", ("cimetière juif", "Berlin-Mitte")),
    ("en", "Ecuador's embassy in London has sheltered him since June.", ("Ecuador's embassy", "London")),
])
def test_a_thing_a_preposition_of_place_puts_somewhere_is_located_there(lang, text, expected):
    assert expected in located(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les rebelles du Front Zeta ont évacué la chute de Goma."),
    ("fr", "Vendredi à Montréal, le cours a reculé."),
    ("fr", "Renault a son siège à Boulogne-Billancourt."),
])
def test_whose_thing_a_time_or_an_owner_s_seat_is_not_put_somewhere(lang, text):
    assert not any(s in {"rebelles", "chute", "Vendredi", "siège"} for s, _ in located(text, lang)), located(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a city's demonym says where its noun is based, a country's its nationality
    ("fr", "La start-up toulousaine Brivex a levé cinq millions d'euros.", ("Brivex", "basedIn", "Toulouse")),
    ("fr", "Claire Morel, avocate lyonnaise, a dénoncé la décision.", ("Claire Morel", "basedIn", "Lyon")),
    ("fr", "Le constructeur allemand Brivex a annoncé des pertes.", ("Brivex", "nationality", "Allemagne")),
    ("en", "The Parisian startup Brivex raised five million euros.", ("Brivex", "basedIn", "Paris")),
    # where a described name comes from is where it is based
    ("en", "Hybrid Ice is a rock band from Danville, Pennsylvania.", ("Hybrid Ice", "basedIn", "Danville")),
    ("en", "Brivex, a software company from Texas, hired ten engineers.", ("Brivex", "basedIn", "Texas")),
    # an organisation of a place is based there, whatever word the place hangs on
    ("fr", "Valtek, une entreprise de logiciels de Toronto, a recruté Paul Durand.", ("Valtek", "basedIn", "Toronto")),
    ("fr", "Valtek, un journal de Toronto, a publié l'article.", ("Valtek", "basedIn", "Toronto")),
])
def test_a_demonym_or_an_origin_says_where_a_name_is_based(lang, text, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Paul Durand, un garçon de Toronto, a voté."),  # (a person of a place is from it)
    ("fr", "Orvane, une partie de l'Ontario, a voté."),  # (nor is what is no organisation)
])
def test_only_an_organisation_of_a_place_is_based_there(lang, text):
    assert not [f for f in read_text(text, lang) if f.relation.local_name == "basedIn"]


def test_a_known_city_after_a_preposition_of_place_is_a_place_though_tagged_an_organisation():
    """The NER tags `Lyon` an organisation (its football club) in `a plant in Lyon`; as the subject of `beat`, the
    club stays one."""
    assert ("plant", "Lyon") in located("Valtek opened a plant in Lyon.", "en")
    assert ("Lyon", "defeats", "Nantes") in triples("Lyon beat Nantes on Sunday.", "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Paul Girard, l'ancien patron de Brivex, est décédé lundi à l'âge de 78 ans."),
    ("en", "Tom Harding died on Monday at the age of 78."),
])
def test_an_age_is_no_place_to_die_in(lang, text):
    assert not [f for f in read_text(text, lang) if f.relation.local_name == "diedIn"]


def test_a_day_in_a_phrase_is_no_object_but_a_name_that_is_a_month_is():
    found = triples("Canada imposed sanctions against Karvia on Monday.", "en")
    assert ("Canada", "targets", "Karvia") in found and not {o for _, _, o in found} & {"Monday"}
    assert ("Johnson", "replaces", "May") in triples("Johnson replaced May as prime minister.", "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Karvik, troisième ville de Norvalie, a voté contre le projet.", ("Karvik", "Norvalie")),
    ("fr", "Les trois grandes villes de Norvalie, Karvik, Brimstad et Orvane, ont voté contre le projet.",
     ("Brimstad", "Norvalie")),
    ("fr", "Orvane, un village de Norvalie, a été inondé.", ("Orvane", "Norvalie")),
    ("en", "Karvik, the capital of Norvalia, voted against the plan.", ("Karvik", "Norvalia")),
    ("en", "Karvik, the largest city of Norvalia, voted against the plan.", ("Karvik", "Norvalia")),
    ("fr", "Laval, une banlieue de Montréal, a voté contre le projet.", ("Laval", "Montréal")),
    ("en", "Evanston, a suburb of Chicago, voted against the plan.", ("Evanston", "Chicago")),
])
def test_a_place_described_as_a_town_of_another_is_in_it(lang, text, expected):
    assert expected in located(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le siège de Valtek est situé au cœur de Montréal.", ("siège de Valtek", "Montréal")),
    ("fr", "Les combats ont eu lieu aux abords de Paris.", ("combats", "Paris")),
    ("fr", "Les combats se déroulent à proximité de Kharkiv.", ("combats", "Kharkiv")),
    ("fr", "L'explosion s'est produite dans un marché de Bagdad.", ("explosion", "Bagdad")),
    ("en", "The protest took place in the vicinity of London.", ("protest", "London")),
])
def test_a_region_or_a_site_of_a_place_puts_things_in_it(lang, text, expected):
    """`au cœur de`, `aux abords de`, `in the vicinity of`: regions of the place; `un marché de Bagdad`: a site."""
    assert expected in located(text, lang)


def test_a_distance_is_no_place():
    found = located("Le village de Karvik se trouve à 30 kilomètres au nord de Lyon.", "fr")
    assert found == {("village de Karvik", "Lyon")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "L'explosion est survenue à Marseille.", ("explosion", "Marseille")),  # (parsed a passive)
    ("fr", "L'accident s'est passé à Lyon.", ("accident", "Lyon")),
    ("en", "The explosion occurred in Marseille.", ("explosion", "Marseille")),
    ("en", "The accident happened in Lyon.", ("accident", "Lyon")),
])
def test_what_happens_somewhere_is_located_there(lang, text, expected):
    assert expected in located(text, lang)


@pytest.mark.parametrize("text", ["Un attentat a tué 26 personnes au nord de Bagdad.",
                                  "Un attentat a tué 26 personnes dans le nord de Bagdad."])
def test_a_region_of_a_named_place_says_where_the_fact_happened(text):
    """`au nord de Bagdad` on the verb or on its object: the place is Bagdad."""
    (killed,) = [f for f in read_text(text, "fr") if f.relation.local_name == "kills"]
    assert ("place", "Bagdad") in [(role, getattr(value, "label", value)) for role, value in killed.qualifiers]


@pytest.mark.parametrize("text", ["A car bomb killed 26 people north of Baghdad.",
                                  "A car bomb killed 26 people in the north of Baghdad."])
def test_a_region_of_a_named_place_says_where_an_english_fact_happened(text):
    """`north of Baghdad` (an adverb), `in the north of Baghdad`: the place is Baghdad; never the fact's own object
    again (`located in the village of X`)."""
    (killed,) = [f for f in read_text(text, "en") if f.relation.local_name == "kills"]
    assert ("place", "Baghdad") in [(role, getattr(value, "label", value)) for role, value in killed.qualifiers]
    (located,) = [f for f in read_text("The school is located in the village of Halden.", "en")
                  if f.relation.local_name == "locatedIn"]
    assert not located.qualifiers


@pytest.mark.parametrize(("text", "relation"), [("Three soldiers were killed in an explosion in Kabul.", "kills"),
                                              ("Tom Hale died in a car crash in Paris.", "kills")])
def test_a_place_hung_on_the_phrase_a_fact_is_about_says_where_it_happened(text, relation):
    """`was killed in an explosion in Kabul`: the event the fact is about is its object, the place on it where the
    fact happened."""
    (fact,) = [f for f in read_text(text, "en") if f.relation.local_name == relation]
    assert [value.label for role, value in fact.qualifiers if role == "place"] in (["Kabul"], ["Paris"])


def test_a_place_hung_on_a_person_s_name_says_where_the_fact_happened():
    """`met Jane Doe in Berlin` parsed with `in Berlin` on the name: a person's name takes no place of its own; an
    organisation's may (`bought Valtek in Lyon` says nothing of where the purchase was)."""
    (met,) = [f for f in read_text("Tom Hale met Jane Doe in Berlin to discuss the merger.", "en")
              if f.relation.local_name == "meets"]
    assert ("place", "Berlin") in [(role, getattr(value, "label", value)) for role, value in met.qualifiers]
    (bought,) = [f for f in read_text("Orvane bought Valtek in Lyon.", "en") if f.relation.local_name == "acquires"]
    assert "place" not in [role for role, _ in bought.qualifiers]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norvale is the capital of the province of Karvin."),
    ("en", "Norvale, the capital of the province of Karvin, was attacked."),
    ("fr", "Norvale est la capitale de la province du Karvin."),
    ("fr", "Orvane, capitale de la province du Karvin, a été attaquée."),  # (`capitale` parsed as an adjective)
    ("fr", "Norvale est le chef-lieu de la province du Karvin."),
])
def test_the_capital_of_a_named_province_is_in_the_place_named(lang, text):
    """Not an instance of `capital of the province of Karvin`, nor nothing."""
    found = triples(text, lang)
    assert (text.split()[0].strip(","), "locatedIn", "Karvin") in found, found
    assert not any(relation == "instanceOf" for _, relation, _ in found), found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Karvia borders Norvalia to the north.", ("Karvia", "Norvalia")),
    ("en", "Karvia shares a border with Norvalia.", ("Karvia", "Norvalia")),
    ("fr", "La Karvie partage une frontière avec la Norvalie.", ("Karvie", "Norvalie")),
    ("fr", "La Karvie jouxte la Norvalie.", ("Karvie", "Norvalie")),
])
def test_a_place_that_shares_a_border_with_another_borders_it(lang, text, expected):
    """Not a minted `border`, nor the border provided to the other place."""
    place, other = expected
    assert triples(text, lang) == {(place, "borders", other)}
