"""Reported speech: `X a déclaré : « … »`, `X estime que …`."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...model import QUOTE, Candidate, Mention
from ...ontology import Lexicon
from .. import labels as L
from ..common import Context, children, is_name, mention, text_of
from .grammar import arguments_of, clause_subjects, fixed_relation, is_negated

#: verbs of saying whose clause or quotation is reported speech (`annoncer` gives `announces` instead)
SPEECH_VERBS = frozenset(
    {
        "dire",
        "affirmer",
        "déclarer",
        "estimer",
        "assurer",
        "expliquer",
        "souligner",
        "indiquer",
        "préciser",
        "ajouter",
        "suggérer",
        "confier",
        "révéler",
        "reconnaître",
        "avertir",
        "rappeler",
        "insister",
        "répondre",
        "commenter",
        "juger",
        "prévenir",
        "martelé",
        "marteler",
        "lancer",
        "écrire",
        "raconter",
        "promettre",
    }
)


QUOTE_MARKS = {"«": "»", "“": "”", '"': '"'}


def _quotation(verb: Token) -> Span | None:
    """The quotation a speech verb introduces or closes in its sentence: `X a affirmé : « … »`, `« … », dit X`."""
    sentence = verb.sent
    for token in sentence:
        close = QUOTE_MARKS.get(token.text)
        if close is None:
            continue
        end = next((t.i for t in sentence if t.i > token.i and t.text == close), None)
        if end is not None and end - token.i > 2 and (token.i > verb.i or end < verb.i):
            return sentence.doc[token.i + 1 : end]
    return None


def reported_speech(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`X a affirmé : « … »` / `X a déclaré que …` -> X says "…" (and the quotation's facts get X as source)."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        quote = _quotation(verb)
        clause = next(
            (c for c in children(verb, L.CLAUSE_COMPLEMENTS) if c.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}), None
        )
        if quote is not None:
            said = quote
        elif clause is not None:
            first = min(t.i for t in clause.subtree if t.dep_ not in L.MARKERS)  # without `que`
            said = verb.doc[first : max(t.i for t in clause.subtree) + 1]
        else:
            continue
        said_mention = Mention(
            text_of(list(said)), context.offset + said.start_char, context.offset + said.end_char, kind=QUOTE
        )
        for speaker in clause_subjects(verb) or _inverted_speakers(verb):
            speaker_mention = mention(speaker, context)
            context.discourse.quote(said_mention.start, said_mention.end, speaker_mention)
            yield Candidate(
                speaker_mention,
                fixed_relation("says"),
                said_mention,
                context.evidence(sentence),
                "fr.speech",
                verb.lemma_,
                negated=is_negated(verb),
                confidence=0.7,
            )


def _inverted_speakers(verb: Token) -> list[Token]:
    """`« … », a déclaré X`: the speaker after the verb, which parsers often call an object."""
    return [a for o in children(verb, L.OBJECTS) if o.i > verb.i and is_name(o) for a in arguments_of(o)]
