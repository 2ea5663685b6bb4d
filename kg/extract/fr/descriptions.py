"""Descriptions of names: appositions and titles, membership through a copula, examples, possessives."""


from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.fr import WORDS as W
from ...model import Candidate
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, case_word, children, fixed_relation
from ..describe import describe
from ..facts import relational_facts
from ..mentions import mention, named_attribute
from ..names import PERSON_ENTITIES, is_name, stands_for_entity
from . import grammar as G
from .grammar import (
    class_noun_before,
    clause_subjects,
    event_agents,
    event_verb,
    named_referent,
    noun_between_commas,
    opening_apposition,
    referent_token,
    titled_person,
)


def _partitive_noun(token: Token) -> Token | None:
    """`l'un des fondateurs`: the noun an `un de` stands for (keeping the apposition's label)."""
    if token.lemma_.lower() not in ("un", "une") or token.pos_ not in {"PRON", "NUM", "DET"}:
        return None
    return next((c for c in children(token, L.NOUN_MODIFIERS) if c.pos_ == "NOUN" and case_word(c) == "de"), None)


def apposition(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Nick Dupont, le président de Acme, …` and `le géant technologique Acme` -> role / class facts."""
    for token in sentence:
        if is_name(token):
            noun = class_noun_before(token, context.roles)
            if noun is not None and named_referent(noun) == noun:
                yield from describe(token, noun, context, sentence, "fr.title", G)
            noun = noun_between_commas(token, context.describing_nouns)
            if noun is not None:
                yield from describe(token, noun, context, sentence, "fr.apposition", G)
            for child in token.children:
                after_comma = child.i > 0 and child.doc[child.i - 1].text == "," or any(
                    t.text == "," for t in child.doc[token.i:child.i])
                dep, child = child.dep_, _partitive_noun(child) or child  # `X, l'un des fondateurs de Y`
                # `X, directrice de Y,`: a title or a relational noun needs no article
                determined = bool(children(child, L.DETERMINERS)) or child.lemma_.lower() in context.describing_nouns
                if child.pos_ == "NOUN" and not is_name(child) and (
                        dep in L.APPOSITIONS or (dep in L.CONJUNCTS | L.NOUN_MODIFIERS and after_comma
                                                 and determined and not case_word(child))):
                    yield from describe(token, child, context, sentence, "fr.apposition", G)
        elif token.pos_ == "NOUN" and token.lower_ not in W.HONORIFICS:
            referent = named_referent(token)
            if referent == token:  # `le fondateur et directeur de Acme, Jean Dupont` (name parsed as a conjunct)
                referent = next((c for c in children(token, L.CONJUNCTS) if is_name(c) and titled_person(token, c)
                                 and c.doc[c.i - 1].text == ","), None) or opening_apposition(token) or token
            if referent != token:
                # `le fondateur et directeur de Y, X`; `le fonds Elliott, actionnaire du groupe`
                apposed = [c for c in children(token, L.CONJUNCTS | L.APPOSITIONS) if c.pos_ == "NOUN" and
                           not is_name(c) and not _titles_its_own_person(c, context.roles)]
                for title in [token, *apposed]:
                    yield from describe(referent, title, context, sentence, "fr.title", G)


def _titles_its_own_person(title: Token, roles: frozenset[str]) -> bool:
    """`…, l'amiral Jean Morin`: an apposed title with a person of its own describes that person, not the name."""
    person = named_referent(title)
    return person != title and (titled_person(title, person) or (
        title.lemma_.lower() in roles and person.ent_type_ in PERSON_ENTITIES))


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
