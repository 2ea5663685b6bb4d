"""Events named by nouns: `the acquisition of X by Y`, `Y's takeover of X`, `a partnership with X`."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en import LANG
from ...lang.en import WORDS as W
from ...model import Candidate, Qualifier
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, children
from ..facts import joint_facts
from ..grammar import quantified_by_none
from ..mentions import literal, mention, text_of
from ..names import stands_for_entity
from .grammar import arguments_of, clause_subjects, is_negated, prepositional_objects


def _agents(noun: Token) -> list[Token]:
    """Who does what an event noun names: `by Y`, `Y's`, or the subject of `Y announced the …`."""
    agents = [a for word, o in prepositional_objects(noun) if word == "by" for a in arguments_of(o)]
    agents += [a for p in children(noun, L.POSSESSORS) if stands_for_entity(p)
               for a in arguments_of(p)]
    verb = noun.head.head if noun.dep_ in L.PREPOSITION_OBJECTS else noun.head  # `agreed to a deal with X`
    if not agents and noun.dep_ in L.OBJECTS | L.PREPOSITION_OBJECTS and verb.lemma_.lower() in W.AGENTIVE_VERBS:
        agents = clause_subjects(verb)
    return agents


def _dates(noun: Token, context: Context) -> tuple[Qualifier, ...]:
    """When the event happened, on the noun or on the verb telling it: `completed its takeover in 2023`."""
    holders = [noun, noun.head] if noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB" else [noun]
    found = []
    for holder in holders:
        for word, obj in prepositional_objects(holder):
            words = list(obj.subtree)
            if word in ("in", "on", "since") and W.DATE_WORDS.search(text_of(words)):
                found.append(literal("date", words, context))
    return tuple(found)


def nominal_event(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme completed the acquisition of Bolt` -> Acme acquires Bolt; `a partnership with Bolt` -> partner of."""
    for noun in sentence:
        verb = context.nominals.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if verb is None:
            continue
        themes, frame = [], ""
        for word, obj in prepositional_objects(noun):
            if word == "of" or lexicon.frame(LANG, verb, word) is not None:
                themes, frame = arguments_of(obj), "obj" if word == "of" else word
                break
        agents = _agents(noun)
        negated = quantified_by_none(noun, W.NEGATIVE_DETERMINERS) or (  # `signed no deal`, `did not sign a deal`
            noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB" and is_negated(noun.head))
        if not themes and lexicon.frame(LANG, verb, "with") is not None:  # `A and B formed an alliance`
            yield from joint_facts(agents, lexicon.relation(LANG, verb, "with")[0], context, sentence, "en.nominal",
                                   verb, negated)
        if not themes or not agents:
            continue
        relation, roles = lexicon.relation(LANG, verb, frame)
        qualifiers = tuple(Qualifier(roles[word], mention(a, context)) for word, obj in prepositional_objects(noun)
                           if word in roles for a in arguments_of(obj)) + _dates(noun, context)
        for agent in agents:
            for theme in themes:
                if theme.i != agent.i:
                    yield Candidate(mention(agent, context), relation, mention(theme, context),
                                    context.evidence(sentence), "en.nominal", verb, qualifiers, negated,
                                    confidence=0.6 - (0.1 if relation.minted else 0.0))
