"""Reported speech, one reading for every language: `X a déclaré : « … »`, `X estime que …`, `"…," X said`.

The grammar adapter says who speaks (`speakers`: a subject, or the words after an incise), whom they tell or who
interviewed them (`hearers`) and what may head the reported clause (`REPORTED_HEADS`); `speech_facts` makes the facts
and remembers who said which stretch of text, so that the facts read inside it get their speaker as source.
"""

from collections.abc import Iterator

from spacy.tokens import Span

from ..model import Candidate
from ..ontology import Lexicon
from . import labels as L
from .clauses import object_sense
from .context import Context, children, grammar_of, words_of
from .facts import speech_facts
from .mentions import is_incise, mention, reported_text


def reported_speech(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`X a affirmé : « … »` / `Acme said it would buy Bolt` -> X says "…" (and the quotation's facts get X as
    source); whom X told is the saying's recipient, and a place among them where it was said (`à New York`)."""
    grammar, words = grammar_of(sentence.doc), words_of(sentence.doc)
    rule = f"{sentence.doc.lang_}.speech"
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in words.SPEECH_VERBS or lemma in words.INCISE_VERBS and is_incise(verb)):
            continue
        if object_sense(lemma, children(verb, L.OBJECTS), words) is not None:
            continue  # `a écrit le roman « X »`: a work made, not words said (the clause rule's)
        said = reported_text(verb, context, grammar.REPORTED_HEADS)
        if said is None:
            continue
        speakers = grammar.speakers(verb)
        told = grammar.hearers(verb, speakers)
        places = [a for a in told if mention(a, context).kind == "Place"]
        yield from speech_facts(verb, speakers, said, context, sentence, rule, grammar.is_negated(verb),
                                [a for a in told if a not in places], places)
