"""Groups with members: `Parmi eux, on retrouve A et B`, `A et B figurent parmi les N`; the participants of an
event (`les bénéficiaires de cette initiative`)."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.fr import WORDS as W
from ...model import Candidate, Mention, Qualifier
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, case_word, children, fixed_relation
from ..mentions import mention
from .grammar import arguments_of, clause_subjects, is_definite


def _group(token: Token, context: Context) -> list[Mention]:
    """The group a `parmi` phrase names: a plural antecedent for `eux` / `elles`, else the phrase itself."""
    if token.lower_ in W.GROUP_PRONOUNS:
        found = context.discourse.find(
            context.offset + token.idx, lambda r: r.number == "Plur" and not r.mention.is_name
        )
        return [found.mention] if found else []
    return [mention(a, context) for a in arguments_of(token)]


def _participants_event(group: Token, context: Context) -> tuple[str, Candidate] | None:
    """For `les bénéficiaires de cette initiative`: the role (recipient) and the event the initiative is."""
    role = W.PARTICIPANT_ROLES.get(group.lemma_.lower())
    event_noun = next(
        (
            c
            for c in children(group, L.NOUN_MODIFIERS)
            if case_word(c) == W.OF_CASE and context.noun_kinds.get(c.lemma_.lower()) == "Event" and is_definite(c)
        ),
        None,
    )
    if role is None or event_noun is None:
        return None
    event = context.discourse.event_near(context.offset + event_noun.sent.start_char)
    return (role, event) if event is not None else None


def membership(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Parmi eux, on retrouve A et B` / `A et B figurent parmi les N` -> A, B members of the group.

    When the group is the participants of an event (`les bénéficiaires de cette initiative`), the members get
    that role in the event's fact.
    """
    for verb in sentence:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        groups = [
            o
            for o in verb.children
            if o.dep_ in L.MODIFIER_OBLIQUES | L.ARGUMENT_OBLIQUES and case_word(o) in W.MEMBERSHIP_CASES
        ]
        if not groups:
            continue
        members = [s for s in clause_subjects(verb) if s.lower_ not in W.IMPERSONAL_PRONOUNS] or [
            a
            for o in children(verb, L.OBJECTS) + [c for c in children(verb, L.CONJUNCTS) if c.pos_ == "NOUN"]
            for a in arguments_of(o)
        ]
        evidence = context.evidence(sentence)
        for group in groups:
            participation = _participants_event(group, context)
            for member in members:
                member_mention = mention(member, context)
                if participation is not None:
                    role, event = participation
                    yield Candidate(
                        event.subject,
                        event.relation,
                        event.object,
                        evidence,
                        "fr.event-participant",
                        event.lemma,
                        ((Qualifier(role, member_mention)),),
                        confidence=0.55,
                    )
                for whole in _group(group, context):
                    yield Candidate(
                        member_mention,
                        fixed_relation("memberOf"),
                        whole,
                        evidence,
                        "fr.member",
                        verb.lemma_,
                        confidence=0.6,
                    )
