"""Descriptions of names: appositions and titles, membership through a copula, examples, possessives."""


from collections.abc import Iterator

from spacy.tokens import Span

from ...lang.fr import WORDS as W
from ...model import Candidate
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, case_word, children, fixed_relation
from ..facts import relational_facts
from ..mentions import mention, named_attribute
from ..names import stands_for_entity
from .grammar import (
    clause_subjects,
    event_agents,
    event_verb,
    referent_token,
)


def possession(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme lance son logiciel Zorg` / `la vente de ses avions Rafale` -> Acme owns Zorg / Rafale.

    A third-person possessive on a product noun that names something belongs to whoever the clause (or the
    event the noun is the theme of) is about.
    """
    for token in sentence:
        if token.pos_ not in {"NOUN", "ADJ"} or context.noun_kinds.get(token.lemma_.lower()) != "Product":
            continue
        if not any("Yes" in d.morph.get("Poss") and "3" in d.morph.get("Person", ["3"])
                   for d in children(token, L.DETERMINERS)):
            continue
        named = referent_token(token)
        owned = token._.kg_referent or (mention(named, context) if named != token else None)
        if owned is None or not owned.is_name:
            continue
        if token.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES and token.head.pos_ == "VERB":
            owners = clause_subjects(token.head)
        else:
            event = next((h for h in (token.head, token.head.head) if event_verb(h, context)), None)
            owners = event_agents(event) if event is not None else []
        for owner in owners:
            owner_mention = mention(owner, context)
            if owner_mention.text != owned.text:
                yield Candidate(owner_mention, fixed_relation("owns"), owned, context.evidence(sentence),
                                "fr.possessive", "son", confidence=0.6)


def copula_membership(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`A et B sont parmi les partenaires` -> A, B members of the partners (and what a relational noun says)."""
    for predicate in sentence:
        if predicate.pos_ != "NOUN" or not children(predicate, L.COPULAS) or \
                case_word(predicate) not in W.MEMBERSHIP_CASES or named_attribute(predicate) is not None:
            continue
        for subject in clause_subjects(predicate):
            if subject.pos_ == "PRON" and not stands_for_entity(subject):
                continue  # a pronoun that stands for nobody
            yield Candidate(mention(subject, context), fixed_relation("memberOf"), mention(predicate, context),
                            context.evidence(sentence), "fr.member", "être", confidence=0.6)
            yield from relational_facts(mention(subject, context), predicate, [], context, sentence, "fr.member")
