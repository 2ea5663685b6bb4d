"""Where a named organisation or site is, when the text puts a place right on its name: `Las Positas College in
Livermore`, `l'hôpital Saint-Luc à Montréal` -> based in / located in.

One reading for every language: a language gives how its parses attach a prepositional complement to a word and
which prepositions say where.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Candidate
from ..ontology import Lexicon
from . import labels as L
from .context import Context, children, fixed_relation, grammar_of
from .mentions import mention, possessives
from .names import LOCATION_ENTITIES, PERSON_ENTITIES, is_name, name_tokens

#: kinds of named things a place on the name locates (a person `in London` is only there at the time)
LOCATED_KINDS = {"Organization": "basedIn", "Place": "locatedIn", "Product": "locatedIn"}


@dataclass(frozen=True)
class PlaceGrammar:
    """What a language's rule needs: its rule name, how its parses attach complements, its place prepositions."""

    rule: str
    #: (preposition, head) of each prepositional complement of a word
    complements: Callable[[Token], list[tuple[str, Token]]]
    #: prepositions that say where (`in`, `à`)
    place_words: frozenset[str]
    #: nouns of a region of a place (`le nord-est de la Chine`, `the north of England`)
    region_words: frozenset[str] = frozenset()
    #: the preposition of a place's name after a common noun (`le cimetière juif de Berlin`, `the police of X`)
    of_word: str = ""
    #: nouns whose complement names what they are, not where (`la province de Jilin`, `the city of Paris`)
    naming_nouns: frozenset[str] = frozenset()
    #: nouns of a site, which a place's name after `of_word` locates (`le cimetière de Berlin`)
    site_nouns: frozenset[str] = frozenset()
    #: days and months, which a language's NER may not tag as dates
    dates: re.Pattern[str] | None = None
    #: whether a comma alone sets a place in a larger one (`Austin, Texas`: an English convention)
    bare_chain: bool = False
    #: the possessors of a word, where a language puts a name's place before it (`Hungary's Wizz Air`)
    possessors: Callable[[Token], list[Token]] | None = None


def _right_after(run: list[Token], place: Token) -> bool:
    """The place follows the name with only its preposition and article between (`College in Livermore`): a
    place further on is more often hung on the name by mistake."""
    between = place.doc[run[-1].i + 1:name_tokens(place)[0].i]
    return 0 < len(between) <= 3 and all(t.pos_ in {"ADP", "DET"} for t in between)


def _set_off_place(run: list[Token], grammar: PlaceGrammar) -> Token | None:
    """`Sarnia, en Ontario`, `la province de Karvia, dans le nord-est de la Chine`, `London, Ontario`: the place a
    comma sets after a place's name, read by position (parsers hang it anywhere)."""
    doc = run[-1].doc
    i = run[-1].i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    introduced = doc[i].lower_ in grammar.place_words
    if introduced:
        i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ in grammar.region_words and doc[i + 1].pos_ == "ADP":
        i += 2  # `dans le nord-est de la Chine`: the region's place
        while i < len(doc) and doc[i].pos_ == "DET":
            i += 1
    if i >= len(doc) or not is_name(doc[i]) or doc[i].ent_type_ not in LOCATION_ENTITIES:
        return None
    if introduced:
        return doc[i]
    if not grammar.bare_chain:
        return None
    # `Austin, Texas, …` without a preposition, but not a list: `London, Paris and Rome`, `Lyon, the Hague, Rome`
    after = [t for t in doc[name_tokens(doc[i])[-1].i + 1:name_tokens(doc[i])[-1].i + 4] if t.pos_ != "DET"]
    if not after or after[0].text not in {",", ".", ")", ";"}:
        return None
    listed = len(after) > 1 and (is_name(after[1]) or after[1].pos_ == "CCONJ")
    return None if listed else doc[i]


def _possessed(run: list[Token], grammar: PlaceGrammar, sentence: Span, context: Context) -> Iterator[Candidate]:
    """`Hungary's Wizz Air`, `Britain's Prince Harry`: a place owning a name is where the organisation is based
    (or the place is in), or the person's country."""
    if grammar.possessors is None:
        return
    named = mention(run[0], context)
    prop = "nationality" if named.kind == "Person" else LOCATED_KINDS.get(named.kind)
    for owner in (o for t in run for o in grammar.possessors(t)):
        if prop is not None and is_name(owner) and owner.ent_type_ in LOCATION_ENTITIES and owner not in run:
            yield Candidate(named, fixed_relation(prop), mention(owner, context), context.evidence(sentence),
                            grammar.rule, "", confidence=0.6)


def _place_of(word: str, head: Token, grammar: PlaceGrammar) -> Token | None:
    """The place a complement names: its own name (`à Lyon`), the place of a region of it (`au nord de Bagdad`,
    `in the centre of Beijing`) or the place a noun names (`dans la ville de Springs`)."""
    if is_name(head) and head.ent_type_ in LOCATION_ENTITIES:
        return head
    if head.lemma_.lower() in grammar.region_words | grammar.naming_nouns:  # (`dans la ville de Springs`)
        return next((inner for link, inner in grammar.complements(head) if link == grammar.of_word and
                     is_name(inner) and inner.ent_type_ in LOCATION_ENTITIES), None)
    return None


def _common_noun_places(sentence: Span, grammar: PlaceGrammar, context: Context) -> Iterator[Candidate]:
    """`une maison dans la ville de Springs`, `l'explosion de cinq voitures au nord de Bagdad`: a thing a place is
    put on by a preposition of place is located there (not a person, a post, a time or an amount). A `de` complement
    says where only for a site (`le cimetière juif de Berlin`): `les rebelles du M23`, `la chute de Goma` say whose
    or what."""
    for noun in sentence:
        if noun.pos_ != "NOUN" or not children(noun, L.NOUN_MODIFIERS | L.PREPOSITIONS):
            continue  # (most nouns have no complement: the cheap test first)
        if is_name(noun) or noun.lemma_.lower() in grammar.region_words or \
                context.noun_kinds.get(noun.lemma_.lower()) in {"Role", "Person"} or _a_time_or_amount(noun, grammar) \
                or possessives(noun):
            continue  # (`son siège à Lyon` says where its owner is: the headquarters rule reads it)
        site = noun.lemma_.lower() in grammar.site_nouns  # `le cimetière juif de Berlin`, `leur maison de Springs`
        for word, head in grammar.complements(noun):
            place = _place_of(word, head, grammar) if word in grammar.place_words or (
                site and word == grammar.of_word) else None
            if place is None or place.lower_ in context.affiliation_words:
                continue
            where = mention(place, context)
            if context.discourse.only_a(where, "Place"):
                yield Candidate(mention(noun, context, leave_out=(head,)), fixed_relation("locatedIn"), where,
                                context.evidence(sentence), grammar.rule, word, confidence=0.55)


def _a_time_or_amount(noun: Token, grammar: PlaceGrammar) -> bool:
    """`vendredi au Pakistan`, `12h30 à Montréal`, `0,5 % des Bruxellois`: a time or a count is nowhere."""
    return noun.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY"} or any(
        t.like_num or t.text[:1].isdigit() for t in (noun, *noun.children)) or (
        grammar.dates is not None and bool(grammar.dates.search(noun.text)))


def located(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`NAME in PLACE`, `PLACE, in PLACE` and a common noun's place, read with the grammar adapter's `PLACES`."""
    grammar = grammar_of(sentence.doc).PLACES
    yield from _common_noun_places(sentence, grammar, context)
    for token in sentence:
        if not is_name(token) or name_tokens(token)[0] != token:
            continue  # each name once, from its first word
        run = name_tokens(token)
        yield from _possessed(run, grammar, sentence, context)
        if token.ent_type_ in PERSON_ENTITIES:
            continue
        outer = _set_off_place(run, grammar) if token.ent_type_ in LOCATION_ENTITIES else None
        if outer is not None and mention(outer, context).text != mention(token, context).text:
            yield Candidate(mention(token, context), fixed_relation("locatedIn"), mention(outer, context),
                            context.evidence(sentence), grammar.rule, "", confidence=0.6)
        for word, head in (c for t in run for c in grammar.complements(t)):
            if word not in grammar.place_words or head in run or not _right_after(run, head):
                continue
            where = _place_of(word, head, grammar)  # (`la place Tiananmen dans le centre de Pékin`)
            if where is None:
                continue
            place, named = mention(where, context), mention(token, context)
            prop = LOCATED_KINDS.get(named.kind)
            if place.kind == "Place" and prop is not None and place.text != named.text and \
                    not _a_time_or_amount(token, grammar):  # (`Vendredi à Montréal, …`: a capitalised day)
                yield Candidate(named, fixed_relation(prop), place, context.evidence(sentence), grammar.rule,
                                word, confidence=0.65)
