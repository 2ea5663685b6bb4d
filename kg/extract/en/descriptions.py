"""Descriptions of names: appositions and titles, copulas, examples of a group."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en import LANG
from ...model import Candidate, Mention
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, children
from ..describe import describe
from ..mentions import kind_of, mention
from ..names import is_name, name_tokens
from . import grammar as G
from .grammar import (
    is_amount,
    possessor_set_off,
    referent_token,
    titled_person,
)


def _is_class_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" or (token._.kg_common_noun and token.pos_ == "PROPN")


def _describes(noun: Token) -> bool:
    """An appositive noun that says what a name is, not a count in brackets (`( 5 seats )`) nor an amount."""
    in_brackets = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "("
    return not in_brackets and not children(noun, L.NUMERIC_MODIFIERS) and not is_amount(noun)


def apposition(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Tim Dupont, the CEO of Acme`, `the CEO of Acme, Tim Dupont`, `Acme CEO Tim Dupont` -> role facts;
    `the Swedish carmaker Volvo`, `Volvo, a carmaker` -> class (and nationality) facts."""
    for token in sentence:
        if not is_name(token):
            continue
        for child in token.children:
            if child.dep_ in L.APPOSITIONS and _is_class_noun(child) and not is_name(child) and \
                    _describes(child):
                yield from describe(token, child, context, sentence, "en.apposition", G)
            elif child.dep_ in L.NAME_PARTS and child.i < token.i and _is_class_noun(child) and not is_name(child):
                yield from describe(token, child, context, sentence, "en.title", G)  # `Airbus CEO X`, `the carmaker X`
        if token.dep_ in L.APPOSITIONS and _is_class_noun(token.head) and not is_name(token.head) and \
                _describes(token.head):
            yield from describe(token, token.head, context, sentence, "en.apposition", G)
    for noun in sentence:  # `Standard & Poor's, the rating agency, cited …` parsed with the name as a possessor
        owner = possessor_set_off(noun) if noun.pos_ == "NOUN" and _is_class_noun(noun) else None
        if owner is not None:
            yield from describe(owner, noun, context, sentence, "en.apposition", G)
    for title in sentence:  # `the president of X, Jane Doe` parsed with Jane Doe apposed to X
        person = titled_person(title) if context.noun_kinds.get(title.lemma_.lower()) == "Role" else None
        if person is not None:
            yield from describe(person, title, context, sentence, "en.title", G)


def participle_modifier(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`the Paris-based startup Mistral` -> based in Paris; `the Tencent-owned studio Riot` -> Tencent owns Riot.

    The participle's lexicon frame decides: an `in` frame makes the modifier a place, an object frame its agent.
    """
    for participle in sentence:
        if participle.dep_ not in L.ADJECTIVE_MODIFIERS or participle.tag_ != "VBN":
            continue
        lemma = participle.lemma_.lower()
        modifiers = [c for c in participle.children if c.dep_ in L.NOUN_PHRASE_ADVERBIALS | L.NAME_PARTS and is_name(c)]
        placed = lexicon.frame(LANG, lemma, "in") is not None
        if not modifiers or not (placed or lexicon.frame(LANG, lemma, "obj") is not None):
            continue
        noun = participle.head
        follower = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        holder = noun if is_name(noun) else referent_token(noun)
        if not is_name(holder) and follower is not None and is_name(follower):
            holder = follower  # `the Paris-based startup Mistral`
        if not is_name(holder):
            continue
        relation, _ = lexicon.relation(LANG, lemma, "in" if placed else "obj")
        for modifier in modifiers:
            named, other = mention(holder, context), _before(modifier, participle, context)
            subject, obj = (named, other) if placed else (other, named)
            yield Candidate(subject, relation, obj, context.evidence(sentence), "en.participle", participle.lemma_,
                            confidence=0.7)


def _before(place: Token, participle: Token, context: Context) -> Mention:
    """The name of `New York-based` without the hyphen and participle it is glued to."""
    tokens = [t for t in name_tokens(place) if t.i < participle.i and t.text != "-"]
    return Mention(" ".join(t.text for t in tokens), context.offset + tokens[0].idx,
                   context.offset + tokens[-1].idx + len(tokens[-1]), kind=kind_of(place, context, True),
                   is_name=True, head_lemma=place.lemma_.lower())
