"""Occupations are roles, in both languages: trades, arts, sciences, medicine and offices (`le pompier X`,
`Speaker X`, `a physician in Toronto`). Sentences written for these tests."""

import pytest

from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


@pytest.mark.parametrize(("lang", "text", "person", "title"), [
    ("fr", "La guitariste Marie Martin a quitté le groupe.", "Marie Martin", "guitariste"),
    ("fr", "Paul Durand, psychiatre à Lyon, a témoigné.", "Paul Durand", "psychiatre"),
    ("fr", "Le pompier Tom Harding a été blessé.", "Tom Harding", "pompier"),
    ("en", "Speaker Tom Harding adjourned the session.", "Tom Harding", "Speaker"),
    ("en", "Jane Doe, a physician in Toronto, testified.", "Jane Doe", "physician"),
    ("en", "The guitarist Paul Durand left the band.", "Paul Durand", "guitarist"),
    ("fr", "Paul Lenoir, un technicien de Valtek, a été blessé.", "Paul Lenoir", "technicien"),
    ("fr", "Marie Dubois, stagiaire chez Valtek, a témoigné.", "Marie Dubois", "stagiaire"),
    ("fr", "Paul Lenoir, apprenti chez Valtek, a été blessé.", "Paul Lenoir", "apprenti"),
    ("en", "Tom Harding, a technician at Valtek, was injured.", "Tom Harding", "technician"),
    ("en", "Jane Doe, an intern at Valtek, testified.", "Jane Doe", "intern"),
    ("en", "Tom Harding, a salesman at Valtek, was injured.", "Tom Harding", "salesman"),
    ("en", "Jane Doe, a sociologist at Valtek, said so.", "Jane Doe", "sociologist"),
])
def test_an_occupation_is_a_role(lang, text, person, title):
    assert (person, "hasRole", title) in triples(text, lang)


def test_a_word_made_of_a_prefix_and_no_occupation_is_no_role():
    """`sous-marin` is a submarine: `marin` is no role noun, so the prefix makes none."""
    assert not any(p == "hasRole" for _, p, _ in triples("Le sous-marin Orvane a coulé au large de Brest.", "fr"))


def test_people_of_a_role_keep_where_they_work_in_their_mention():
    """`Researchers at the University of Toronto`: the institution names them (but not a person they are at)."""
    assert ("Researchers at the University of Toronto", "develops", "new drug") in triples(
        "Researchers at the University of Toronto developed a new drug.", "en")


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("fr", "Marie Martin a été élue maire de Lyon en 2020.", "en 2020"),
    ("fr", "Paul Durand est devenu président de Valtek en 2015.", "en 2015"),
    ("fr", "Paul Durand est président de Valtek depuis 2015.", "depuis 2015"),
    ("en", "Tom Harding has been chief executive of Valtek since 2015.", "2015"),
    ("en", "Tom Harding became chief executive of Valtek in March.", "March"),
])
def test_a_date_on_the_post_dates_holding_it(lang, text, date):
    """The parsers hang the date of a copula's or an appointment's post on the post's noun."""
    roles = [f for f in read_text(text, lang) if f.relation.local_name == "hasRole"]
    assert roles and all(("date", date) in [(r, getattr(v, "label", v)) for r, v in f.qualifiers] for f in roles)


def test_a_date_inside_a_post_s_complement_does_not_date_it():
    (role,) = [f for f in read_text("Tom Harding is the author of a report published last year.", "en")
               if f.relation.local_name in ("hasRole", "instanceOf")]
    assert not any(r == "date" for r, _ in role.qualifiers)


def test_a_plural_title_before_names_is_only_theirs():
    """`director A and producers B and C`: the plural title is B's and C's, not A's, whom a title of their own
    precedes."""
    found = triples("The deal was signed by director Tom Harding and producers Jane Doe and Claire Vernal.", "en")
    assert {("Jane Doe", "hasRole", "producer"), ("Claire Vernal", "hasRole", "producer")} <= found
    assert ("Tom Harding", "hasRole", "producer") not in found


def test_a_plural_title_stands_for_every_name_it_introduces():
    """`les producteurs A et B`: as an agent, the title is both of them."""
    found = triples("L'accord a été signé par le réalisateur Paul Durand et les producteurs Marie Martin et "
                    "Claire Vernal.", "fr")
    assert {("Marie Martin", "signs", "accord"), ("Claire Vernal", "signs", "accord")} <= found


def test_a_place_a_title_comes_from_is_where_its_holder_is_based():
    assert ("Tom Harding", "basedIn", "Leeds") in triples("Tom Harding, an engineer from Leeds, joined Valtek.", "en")


@pytest.mark.parametrize(("lang", "text", "person", "place"), [
    ("fr", "Marie Martin, avocate à Paris, défend Valtek.", "Marie Martin", "Paris"),
    ("en", "Jane Doe, a lawyer in Boston, represents Valtek.", "Jane Doe", "Boston"),
])
def test_a_place_a_title_is_held_in_is_where_its_holder_is(lang, text, person, place):
    assert (person, "locatedIn", place) in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "person", "place"), [
    ("fr", "Marie Martin, la maire de Lyon, a critiqué Valtek.", "Marie Martin", "Lyon"),
    ("en", "Senator Tom Harding of Ohio criticised Valtek.", "Tom Harding", "Ohio"),
])
def test_a_place_an_office_is_of_is_whom_its_holder_works_for(lang, text, person, place):
    assert (person, "worksFor", place) in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Jane Doe was elected as a member of the board of Valtek.", ("Jane Doe", "memberOf", "Valtek")),
    ("en", "Tom Hale described Jane Doe as a member of Norvale.", ("Jane Doe", "memberOf", "Norvale")),
    ("fr", "Valtek présente Paul Roy comme actionnaire de Brimex.", ("Paul Roy", "investsIn", "Brimex")),
    ("fr", "Le club a recruté Paul Roy en tant que membre du conseil de Brimex.", ("Paul Roy", "memberOf", "Brimex")),
])
def test_a_relational_noun_after_as_says_what_the_subject_or_the_object_is(lang, text, fact):
    """`as` / `comme` / `en tant que` with a relational noun: of the verb's object, a person, when it has one (whoever
    describes them is no member), else of its subject, a verb of appointment's too (whose posts the appointment lines
    read); a plan something is done `as part of` is nothing it is part of."""
    found = triples(text, lang)
    assert fact in found and not {(s, p) for s, p, _ in found if p == fact[1]} - {fact[:2]}, found
    assert not [f for f in triples("Valtek cut 300 jobs as part of a restructuring plan.", "en")
                if f[1] == "partOf"]


@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("en", "King Harald IV of Norway visited Paris.", "Harald IV", "Norway"),
    ("en", "The Prime Minister of Karvia, Tom Hale, met Jane Doe.", "Tom Hale", "Karvia"),
    ("fr", "Le Premier ministre de la Karvie, Tom Hale, a rencontré Jane Doe.", "Tom Hale", "Karvie"),
    ("fr", "Le roi de Norvège, Harald V, s'est rendu à Paris.", "Harald V", "Norvège"),
])
def test_a_monarch_or_a_head_of_government_leads_the_country_their_title_is_of(lang, text, person, country):
    """Also where the country is written after a name with a regnal number (`of` hung on its last word); a
    senator of a state does not lead it."""
    found = triples(text, lang)
    assert {(person, "worksFor", country), (person, "leads", country)} <= found, found
    assert ("Jane Doe", "leads", "Michigan") not in triples("Senator Jane Doe of Michigan voted against it.", "en")


def test_who_takes_the_oath_as_a_post_holds_it():
    """`prêter serment comme président`, the title hung on the oath, as `was sworn in as president`; money lent
    `comme ami` is no post."""
    text = "Tom Hale a prêté serment comme président de la Karvie lundi."
    assert {("Tom Hale", "hasRole", "président"), ("Tom Hale", "leads", "Karvie")} <= triples(text, "fr")
    assert ("Paul Roy", "hasRole", "ami") not in triples("Paul Roy a prêté de l'argent comme ami.", "fr")


@pytest.mark.parametrize(("lang", "text", "person", "posts"), [
    ("fr", "Jane Doe a été nommée ministre et porte-parole du gouvernement.", "Jane Doe",
     {"ministre", "porte-parole du gouvernement"}),
    ("en", "Jane Doe was appointed minister and government spokeswoman.", "Jane Doe",
     {"minister", "government spokeswoman"}),
    ("en", "Tom Hale served as mayor and governor.", "Tom Hale", {"mayor", "governor"}),
])
def test_each_post_coordinated_with_the_post_taken_is_held(lang, text, person, posts):
    assert {(person, "hasRole", post) for post in posts} <= triples(text, lang)
