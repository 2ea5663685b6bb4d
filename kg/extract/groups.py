"""Members inherit what is said of their group: `des entreprises, qui collaborent avec l'État, … parmi elles A et
B` makes A and B collaborate with the State.

Groups are mention occurrences (where they start and the noun they are of), not class names, so a fact about "les
entreprises" in one sentence passes only to the members the text gave that very group (and not to a country
named by an adjective that opens the group's phrase: `American universities, including X`). A fact about a group
with known members is replaced by the same fact for each member (sub-groups are followed down to the members).
"""

from collections import defaultdict
from dataclasses import replace

from ..model import Candidate, Mention, Qualifier

MEMBER_CONFIDENCE = 0.9  # an inherited fact is a little less sure than the one it comes from


Key = tuple[int, str]


def _key(mention: Mention) -> Key:
    return mention.start, mention.head_lemma


def _leaf_members(candidates: list[Candidate], membership_rules: frozenset[str]) -> dict[Key, list[Mention]]:
    """Group (start, head) -> its members that are not groups themselves, through any depth of sub-groups; a
    membership denied or only supposed makes no member (`the buyer was not Acme`, `the buyer may be Acme`)."""
    direct: dict[Key, list[Mention]] = defaultdict(list)
    for c in candidates:
        if c.reading in membership_rules and not (c.negated or c.hypothetical) and \
                c.subject not in direct[_key(c.object)]:
            direct[_key(c.object)].append(c.subject)
    leaves: dict[Key, list[Mention]] = {}
    for group in direct:
        seen, pending, found = {group}, list(direct[group]), []
        while pending:
            member = pending.pop(0)
            if _key(member) in direct:
                if _key(member) not in seen:
                    seen.add(_key(member))
                    pending += direct[_key(member)]
            elif member not in found:
                found.append(member)
        leaves[group] = found
    return leaves


def _expand(c: Candidate, members: dict[Key, list[Mention]]) -> list[Candidate]:
    """The candidate with every group it names replaced by each of the group's members."""
    def inherited(**changes) -> Candidate:
        return replace(c, for_member=True, confidence=round(c.confidence * MEMBER_CONFIDENCE, 2), **changes)

    if _key(c.subject) in members:  # (a group's fact with one of its own members says nothing of either: a list
        # the parser read as the object of the group's verb, `les candidats étaient A, B et C`)
        return [] if _among(c.object, members[_key(c.subject)]) else [
            x for m in members[_key(c.subject)] for x in _expand(inherited(subject=m), members)]
    if _key(c.object) in members:
        return [] if _among(c.subject, members[_key(c.object)]) else [
            x for m in members[_key(c.object)] for x in _expand(inherited(object=m), members)]
    for q in c.qualifiers:
        if not q.literal and _key(q.value) in members:
            return [x for m in members[_key(q.value)] for x in _expand(inherited(qualifiers=tuple(
                Qualifier(q.role, m) if other == q else other for other in c.qualifiers)), members)]
    return [c]


def _among(mention: Mention, members: list[Mention]) -> bool:
    """Whether a mention is one of the members, wherever its type came from (the same words)."""
    return any((mention.start, mention.end) == (m.start, m.end) for m in members)


#: facts that say what a group is, which its members do not inherit as facts about each other
DESCRIPTIONS = frozenset({"instanceOf", "memberOf"})


def spread_to_members(candidates: list[Candidate], membership_rules: frozenset[str],
                      named_together: dict[Key, list[Mention]] | None = None) -> list[Candidate]:
    """Candidates with group facts passed to the groups' members (membership facts themselves kept).

    `named_together` are plural references (`ils`, `both companies`) by start and head, with the entities they
    stand for: every fact about one, descriptions included, holds for each of them.
    """
    members = _leaf_members(candidates, membership_rules)
    if named_together:
        candidates = [x for c in candidates for x in _expand(c, named_together)]
    if not members:
        return candidates
    return [x for c in candidates for x in ([c] if c.reading in membership_rules or c.relation.local_name in
                                                   DESCRIPTIONS else _expand(c, members))]
