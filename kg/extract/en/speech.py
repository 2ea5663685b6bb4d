"""Reported speech: `X said that …`, `"…," X said`."""

from collections.abc import Iterator

from spacy.tokens import Span

from ...lang.en import WORDS as W
from ...model import Candidate
from ...ontology import Lexicon
from ..context import Context
from ..facts import interviewers, speech_facts
from ..mentions import reported_text
from .grammar import arguments_of, clause_subjects, complements, is_negated


def reported_speech(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme said it would buy Bolt` -> Acme says "it would buy Bolt" (and Acme is the source of what follows)."""
    for verb in sentence:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in W.SPEECH_VERBS:
            said = reported_text(verb, context, frozenset({"VERB", "AUX"}))
            if said is not None:
                told = [a for o in interviewers(verb, W.INTERVIEW_NOUNS, complements,
                                                W.INTERVIEWER_CASES) for a in arguments_of(o)]
                yield from speech_facts(verb, clause_subjects(verb), said, context, sentence, "en.speech",
                                        is_negated(verb), told)
