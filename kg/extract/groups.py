"""Members inherit what is said of their group: `des entreprises, qui collaborent avec l'État, … parmi elles A et
B` makes A and B collaborate with the State.

Groups are mention occurrences (where they stand in the text), not class names, so a fact about "les
entreprises" in one sentence passes only to the members the text gave that very group. A fact about a group
with known members is replaced by the same fact for each member (sub-groups are followed down to the members).
"""

from collections import defaultdict
from dataclasses import replace

from ..model import Candidate, Mention, Qualifier

MEMBER_CONFIDENCE = 0.9  # an inherited fact is a little less sure than the one it comes from


def _leaf_members(candidates: list[Candidate], membership_rules: frozenset[str]) -> dict[int, list[Mention]]:
    """Group position -> its members that are not groups themselves, through any depth of sub-groups."""
    direct: dict[int, list[Mention]] = defaultdict(list)
    for c in candidates:
        if c.reading in membership_rules and c.subject not in direct[c.object.start]:
            direct[c.object.start].append(c.subject)
    leaves: dict[int, list[Mention]] = {}
    for group in direct:
        seen, pending, found = {group}, list(direct[group]), []
        while pending:
            member = pending.pop(0)
            if member.start in direct:
                if member.start not in seen:
                    seen.add(member.start)
                    pending += direct[member.start]
            elif member not in found:
                found.append(member)
        leaves[group] = found
    return leaves


def _expand(c: Candidate, members: dict[int, list[Mention]]) -> list[Candidate]:
    """The candidate with every group it names replaced by each of the group's members."""
    def inherited(**changes) -> Candidate:
        return replace(c, for_member=True, confidence=round(c.confidence * MEMBER_CONFIDENCE, 2), **changes)

    if c.subject.start in members:
        return [x for m in members[c.subject.start] if m != c.object for x in _expand(inherited(subject=m), members)]
    if c.object.start in members:
        return [x for m in members[c.object.start] if m != c.subject for x in _expand(inherited(object=m), members)]
    for q in c.qualifiers:
        if not q.literal and q.value.start in members:
            return [x for m in members[q.value.start] for x in _expand(inherited(qualifiers=tuple(
                Qualifier(q.role, m) if other == q else other for other in c.qualifiers)), members)]
    return [c]


#: facts that say what a group is, which its members do not inherit as facts about each other
DESCRIPTIONS = frozenset({"instanceOf", "memberOf"})


def spread_to_members(candidates: list[Candidate], membership_rules: frozenset[str],
                      named_together: dict[int, list[Mention]] | None = None) -> list[Candidate]:
    """Candidates with group facts passed to the groups' members (membership facts themselves kept).

    `named_together` are plural references (`ils`, `both companies`) by position, with the entities they stand for:
    every fact about one, descriptions included, holds for each of them.
    """
    members = _leaf_members(candidates, membership_rules)
    if named_together:
        candidates = [x for c in candidates for x in _expand(c, named_together)]
    if not members:
        return candidates
    return [x for c in candidates for x in ([c] if c.reading in membership_rules or c.relation.local_name in
                                                   DESCRIPTIONS else _expand(c, members))]
