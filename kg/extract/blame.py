"""Blame: `les violences ont été imputées à X`, `the attack was blamed on X` -> X causes the violence.

The one blamed is the subject of the fact, though the verb's subject (if any) is someone else: who blames. One
reading for every language: a language gives its verbs and how its parses attach complements (`BlameGrammar`).
"""

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Candidate
from ..ontology import Lexicon
from . import labels as L
from .common import Context, Rule, children, fixed_relation, mention


@dataclass(frozen=True)
class BlameGrammar:
    """What a language's rule needs: its verbs and how its parses attach complements and coordination."""

    rule: str
    #: verb lemma -> the preposition that names who is blamed (`imputer` -> `à`, `blame` -> `on`)
    verbs: Mapping[str, str]
    #: (preposition, head) of each prepositional complement of a word
    complements: Callable[[Token], list[tuple[str, Token]]]
    #: the argument heads a nominal stands for (coordinated members, through quantity nouns)
    arguments: Callable[[Token], list[Token]]
    is_negated: Callable[[Token], bool]


def blame_rule(grammar: BlameGrammar) -> Rule:
    """The rule reading blame with `grammar`."""
    def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
        for verb in sentence:
            link = grammar.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
            if link is None:
                continue
            blamed_for = children(verb, L.PASSIVE_SUBJECTS | L.OBJECTS)
            phrases = [head for holder in (verb, *blamed_for) for word, head in grammar.complements(holder)
                       if word == link]
            blamed = [a for head in phrases for a in grammar.arguments(head)]
            for cause in blamed:
                for effect in (a for p in blamed_for for a in grammar.arguments(p)):
                    yield Candidate(mention(cause, context), fixed_relation("causes"),
                                    mention(effect, context, leave_out=tuple(phrases)),
                                    context.evidence(sentence), grammar.rule, verb.lemma_,
                                    negated=grammar.is_negated(verb), confidence=0.7)
    return read
