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
from .common import PERSON_ENTITIES, Context, Rule, fixed_relation, is_name, mention, name_tokens

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


def _right_after(run: list[Token], place: Token) -> bool:
    """The place follows the name with only its preposition and article between (`College in Livermore`): a
    place further on is more often hung on the name by mistake."""
    between = place.doc[run[-1].i + 1:name_tokens(place)[0].i]
    return 0 < len(between) <= 3 and all(t.pos_ in {"ADP", "DET"} for t in between)


def place_rule(grammar: PlaceGrammar) -> Rule:
    """The rule reading `NAME in PLACE` with `grammar`."""
    def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
        for token in sentence:
            if not is_name(token) or token.ent_type_ in PERSON_ENTITIES:
                continue
            run = name_tokens(token)
            if run[0] != token:
                continue  # each name once, from its first word
            for word, head in (c for t in run for c in grammar.complements(t)):
                if word not in grammar.place_words or not is_name(head) or head in run or not _right_after(run, head):
                    continue
                place, named = mention(head, context), mention(token, context)
                prop = LOCATED_KINDS.get(named.kind)
                if place.kind == "Place" and prop is not None and place.text != named.text:
                    yield Candidate(named, fixed_relation(prop), place, context.evidence(sentence), grammar.rule,
                                    word, confidence=0.65)
    return read
