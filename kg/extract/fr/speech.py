"""Reported speech: `X a déclaré : « … »`, `X estime que …`."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.fr import WORDS as W
from ...model import Candidate
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, case_word, children, complements
from ..facts import interviewers, speech_facts
from ..mentions import is_incise, mention, reported_text
from ..names import PERSON_ENTITIES, is_name, stands_for_entity
from .grammar import arguments_of, clause_subjects, is_negated
from .references import is_clitic_subject


def reported_speech(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`X a affirmé : « … »` / `X a déclaré que …` -> X says "…" (and the quotation's facts get X as source)."""
    for verb in sentence:
        if verb.pos_ == "VERB" and (verb.lemma_.lower() in W.SPEECH_VERBS or
                                    verb.lemma_.lower() in W.INCISE_VERBS and is_incise(verb)):
            said = reported_text(verb, context, frozenset({"VERB", "AUX", "ADJ", "NOUN"}))
            if said is not None:
                speakers = _inverted_speakers(verb) if is_incise(verb) else []
                speakers = speakers or clause_subjects(verb) or _inverted_speakers(verb, names=True)
                told = [a for o in [*_hearers(verb), *interviewers(verb, W.INTERVIEW_NOUNS, _complements,
                                                                  W.INTERVIEWER_CASES)]
                        for a in arguments_of(o) if stands_for_entity(a) and a not in speakers]
                places = [a for a in told if mention(a, context).kind == "Place"]  # `à New York`: where, not whom
                told = [a for a in told if a not in places]
                yield from speech_facts(verb, speakers, said, context, sentence, "fr.speech", is_negated(verb), told,
                                        places)


def _complements(noun: Token) -> list[tuple[str, Token]]:
    """(preposition, head) of a noun's complements and of those of a participle on it (`une entrevue accordée à X`)."""
    holders = [noun, *(c for c in children(noun, L.CLAUSAL_MODIFIERS) if "Part" in c.morph.get("VerbForm"))]
    return [pair for h in holders for pair in complements(h, L.NOUN_MODIFIERS | L.OBLIQUES)]


def _hearers(verb: Token) -> list[Token]:
    """Whom a speech verb's `à` complement names: `a déclaré à l'AFP`."""
    return [c for c in children(verb, L.OBLIQUES | L.INDIRECT_OBJECTS) if case_word(c) in W.HEARER_CASES]


def _inverted_speakers(verb: Token, names: bool = False) -> list[Token]:
    """`« … », a déclaré X`: the speaker after the verb, which parsers often call an object. After a quotation it
    is the speaker whatever it is (`a dit un porte-parole`); elsewhere only a name is taken for one. A person's
    name the parser hung on the hearer (`a déclaré à l'AFP Jean X`) is the speaker too."""
    clitics = [c for t in (verb, *children(verb, L.AUXILIARIES)) for c in t.children
               if is_clitic_subject(c) and c._.kg_referent is not None]
    if clitics:  # `a-t-il assuré au quotidien Bild`: whom `il` stands for, whatever the parser makes of Bild
        return clitics
    found = [a for o in children(verb, L.OBJECTS | L.SUBJECTS) if o.i > verb.i and (is_name(o) or not names)
             and o.pos_ in {"NOUN", "PROPN"} for a in arguments_of(o)]
    found += [a for h in _hearers(verb) if h.i > verb.i for a in children(h, L.APPOSITIONS)
              if a.ent_type_ in PERSON_ENTITIES and a.i > h.i]
    return [a for a in found if is_name(a)] or found  # `a déclaré X, la présidente de Y`: X, described
