"""Where a named organisation or site is, when the text puts a place right on its name: `Las Positas College in
Livermore`, `l'hôpital Saint-Luc à Montréal` -> based in / located in.

One reading for every language: a language gives how its parses attach a prepositional complement to a word and
which prepositions say where.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Candidate
from ..ontology import Lexicon
from .common import (
    LOCATION_ENTITIES,
    PERSON_ENTITIES,
    Context,
    Rule,
    fixed_relation,
    is_name,
    mention,
    name_tokens,
)

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


def place_rule(grammar: PlaceGrammar) -> Rule:
    """The rule reading `NAME in PLACE` and `PLACE, in PLACE` with `grammar`."""
    def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
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
                if word not in grammar.place_words or not is_name(head) or head in run or not _right_after(run, head):
                    continue
                place, named = mention(head, context), mention(token, context)
                prop = LOCATED_KINDS.get(named.kind)
                if place.kind == "Place" and prop is not None and place.text != named.text:
                    yield Candidate(named, fixed_relation(prop), place, context.evidence(sentence), grammar.rule,
                                    word, confidence=0.65)
    return read
