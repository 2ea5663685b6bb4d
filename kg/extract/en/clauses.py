"""`make X available to Y`: a transfer told with an adjective (the verb clauses of every language are in
`kg/extract/clauses.py`)."""

from collections.abc import Iterator

from spacy.tokens import Span

from ...lang.en import WORDS as W
from ...model import Candidate, Qualifier
from ...ontology import Lexicon
from .. import labels as L
from ..clauses import clause_fact
from ..context import Context, children, fixed_relation
from ..mentions import mention
from .grammar import arguments_of, clause_subjects, prepositional_objects


def made_available(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme makes its models available to hospitals` -> Acme provides models (recipient: hospitals)."""
    for adjective in sentence:
        if adjective.pos_ != "ADJ" or adjective.lemma_.lower() not in W.AVAILABILITY_ADJECTIVES or \
                adjective.head.lemma_.lower() not in {"make", "render"}:
            continue
        verb = adjective.head
        themes = [a for t in children(adjective, L.SUBJECTS) + children(verb, L.OBJECTS) for a in arguments_of(t)]
        recipients = tuple(Qualifier("recipient", mention(a, context)) for word, o in prepositional_objects(adjective)
                           if word == "to" for a in arguments_of(o))
        for subject in clause_subjects(verb):
            for theme in themes:
                yield clause_fact(subject, fixed_relation("provides"), theme, verb, verb.lemma_, sentence, context,
                                  "en.available", recipients, 0.7)
