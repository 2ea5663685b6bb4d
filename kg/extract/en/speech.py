"""Reported speech: `X said that …`, `"…," X said`."""

from collections.abc import Iterator

from spacy.tokens import Span

from ...model import Candidate
from ...ontology import Lexicon
from ..common import Context, reported_text, speech_facts
from .grammar import clause_subjects, is_negated
from .words import SPEECH_VERBS


def reported_speech(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme said it would buy Bolt` -> Acme says "it would buy Bolt" (and Acme is the source of what follows)."""
    for verb in sentence:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS:
            said = reported_text(verb, context, frozenset({"VERB", "AUX"}))
            if said is not None:
                yield from speech_facts(verb, clause_subjects(verb), said, context, sentence, "en.speech",
                                        is_negated(verb))
