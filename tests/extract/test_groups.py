"""Members inherit their group's facts (kg/extract/groups.py), on candidates built by hand."""

from kg.extract.context import fixed_relation
from kg.extract.groups import spread_to_members
from kg.model import Candidate, Evidence, Mention

EVIDENCE = Evidence("d", "The candidates were Tom Harding and Jane Doe.", 0, 45)
GROUP = Mention("candidates", 4, 14, "Concept", False, "candidate")


def named(text: str, start: int) -> Mention:
    return Mention(text, start, start + len(text), "Person", True, text.lower())


def equated(*members: Mention, negated: bool = False) -> list[Candidate]:
    return [Candidate(m, fixed_relation("instanceOf"), GROUP, EVIDENCE, "en.equated", negated=negated)
            for m in members]


def test_a_group_s_fact_passes_to_each_member():
    tom, jane = named("Tom Harding", 20), named("Jane Doe", 36)
    valtek = Mention("Valtek", 60, 66, "Organization", True, "valtek")
    spread = spread_to_members([*equated(tom, jane), Candidate(GROUP, fixed_relation("worksFor"), valtek, EVIDENCE,
                                                               "en.svo")], frozenset({"en.equated"}))
    assert {(c.subject.text, c.for_member) for c in spread if c.relation.local_name == "worksFor"} == {
        ("Tom Harding", True), ("Jane Doe", True)}


def test_a_membership_denied_makes_no_member():
    tom = named("Tom Harding", 20)
    valtek = Mention("Valtek", 60, 66, "Organization", True, "valtek")
    fact = Candidate(GROUP, fixed_relation("worksFor"), valtek, EVIDENCE, "en.svo")
    spread = spread_to_members([*equated(tom, negated=True), fact], frozenset({"en.equated"}))
    assert fact in spread and not any(c.subject == tom and c.relation.local_name == "worksFor" for c in spread)


def test_a_group_s_fact_with_one_of_its_own_members_is_dropped():
    """`the candidates were A and B` misparsed with the names the object of a verb of the group's: no fact relates
    the names to each other."""
    tom, jane = named("Tom Harding", 20), named("Jane Doe", 36)
    misread = Candidate(GROUP, fixed_relation("supports"), tom, EVIDENCE, "en.svo")
    spread = spread_to_members([*equated(tom, jane), misread], frozenset({"en.equated"}))
    assert [c for c in spread if c.relation.local_name == "supports"] == []


def test_a_group_s_fact_with_its_own_member_typed_otherwise_is_dropped():
    """The member read as the group's object may carry another type than the one its membership gave it (`un comité
    comprenant A et B`: a person typed by the group's noun): it is the same words, so the same member."""
    tom, jane = named("Tom Harding", 20), named("Jane Doe", 36)
    untyped = Mention("Tom Harding", 20, 31, "Organization", True, "tom harding")
    misread = Candidate(GROUP, fixed_relation("includes"), untyped, EVIDENCE, "fr.svo")
    spread = spread_to_members([*equated(tom, jane), misread], frozenset({"en.equated"}))
    assert [c for c in spread if c.relation.local_name == "includes"] == []
