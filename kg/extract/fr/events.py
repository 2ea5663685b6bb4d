"""Events named by nouns (`la livraison de X aux Y`), their participants, and groups with members."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.fr import LANG
from ...lang.fr import WORDS as W
from ...model import Candidate, Mention, Qualifier
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, case_word, children, fixed_relation
from ..facts import joint_facts
from ..grammar import quantified_by_none
from ..mentions import conjuncts, mention
from ..names import name_tokens
from .grammar import arguments_of, clause_subjects, event_agents, is_definite, is_negated, nominal_verb


def nominal_event(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme a annoncé la mise à disposition de Zorg aux hôpitaux` -> Acme provides Zorg (recipient: hôpitaux)."""
    for token in sentence:
        if token.pos_ != "NOUN":
            continue
        found = nominal_verb(token, context)
        if found is None:
            continue
        verb, words = found
        inside = {w.i for w in words}
        complements = [c for w in words for c in w.children if c.i not in inside and c.dep_ in NOMINAL_DEPENDENTS]
        # `un partenariat avec X` takes the complement its verb has a frame for; `l'achat de X` the verb's object
        framed = next((case_word(c) for c in complements
                       if case_word(c) not in {"", "de"} and lexicon.frame(LANG, verb, case_word(c)) is not None), None)
        negated = _none_of(token)
        if not framed and lexicon.frame(LANG, verb, "avec") is not None:  # `A et B ont annoncé un partenariat`
            yield from joint_facts(event_agents(token), lexicon.relation(LANG, verb, "avec")[0], context, sentence,
                                   "fr.nominal", verb, negated)
        if not framed and lexicon.frame(LANG, verb, "obj") is None:
            continue  # `l'accord de Paris` is not a collaboration with Paris
        relation, roles = lexicon.relation(LANG, verb, framed or "obj")
        themes = [c for c in complements if case_word(c) == framed] if framed else [
            c for c in complements if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "de"]
        agents = event_agents(token)
        if not themes or not agents:
            continue
        theme_heads = [a for t in themes[:1] for a in arguments_of(t)]
        qualifiers = []
        if roles.get("à") == "recipient":
            holders = [
                *words,
                *(t for theme in themes[:1] for t in conjuncts(theme)),
                *(t for head in theme_heads for t in name_tokens(head)),
            ]
            for holder in holders:
                for child in holder.children:
                    if child.dep_ in NOMINAL_DEPENDENTS and case_word(child) == "à" and child.i not in inside:
                        qualifiers += [Qualifier("recipient", mention(a, context)) for a in arguments_of(child)]
        for agent in agents:
            for theme in theme_heads:
                if theme.i != agent.i:
                    yield Candidate(
                        mention(agent, context),
                        relation,
                        mention(theme, context),
                        context.evidence(sentence),
                        "fr.nominal",
                        verb,
                        tuple(qualifiers),
                        negated,
                        confidence=0.6 - (0.1 if relation.minted else 0.0),
                    )


def _none_of(event: Token) -> bool:
    """`n'a signé aucun accord`, `n'a pas annoncé de partenariat`: an event that did not happen."""
    governor = event.head
    return quantified_by_none(event, W.NEGATIVE_DETERMINERS) or (
        event.dep_ in L.OBJECTS and governor.pos_ == "VERB" and is_negated(governor))


NOMINAL_DEPENDENTS = L.NOUN_MODIFIERS | L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES


#: nouns naming the participants of an event: `les bénéficiaires de cette initiative` are its recipients


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
            if case_word(c) == "de" and context.noun_kinds.get(c.lemma_.lower()) == "Event" and is_definite(c)
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
        members = [s for s in clause_subjects(verb) if s.lower_ != "on"] or [
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
