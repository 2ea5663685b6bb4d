"""Who speaks and whom they tell in French, as the speech rule every language shares asks for it
(`kg/extract/speech.py`)."""


from spacy.tokens import Token

from ....lang.fr import WORDS as W
from ... import labels as L
from ...context import case_word, children, morph
from ...context import complements as complements_of
from ...grammar import interviewers, is_clitic_subject
from ...mentions import is_incise
from ...names import PERSON_ENTITIES, is_name, stands_for_entity
from .core import (
    arguments_of,
    clause_subjects,
)

#: what a reported clause may be headed by (`a déclaré être prêt`, `juge la mesure inutile`)
REPORTED_HEADS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})

def speakers(verb: Token) -> list[Token]:
    """Who says what a speech verb reports: after a quotation the words after the verb (`« … », a dit X`), else its
    subjects, else a name after it."""
    found = _inverted_speakers(verb) if is_incise(verb) else []
    return found or clause_subjects(verb) or _inverted_speakers(verb, names=True)


def hearers(verb: Token, speakers: list[Token]) -> list[Token]:
    """Whom a speech verb tells (`a déclaré à l'AFP`) or who interviewed the speaker (`lors d'une entrevue avec X`)."""
    return [a for o in [*_hearers(verb), *interviewers(verb, _speech_complements)]
            for a in arguments_of(o) if stands_for_entity(a) and a not in speakers]


def _speech_complements(noun: Token) -> list[tuple[str, Token]]:
    """(preposition, head) of a noun's complements and of those of a participle on it (`une entrevue accordée à X`)."""
    holders = [noun, *(c for c in children(noun, L.CLAUSAL_MODIFIERS) if "Part" in morph(c, "VerbForm"))]
    return [pair for h in holders for pair in complements_of(h, L.NOUN_MODIFIERS | L.OBLIQUES)]


def _hearers(verb: Token) -> list[Token]:
    """Whom a speech verb's `à` complement names: `a déclaré à l'AFP` (which parsers may call its subject)."""
    return [c for c in children(verb, L.OBLIQUES | L.INDIRECT_OBJECTS | L.SUBJECTS | L.OBJECTS)
            if case_word(c) in W.HEARER_CASES]


def _inverted_speakers(verb: Token, names: bool = False) -> list[Token]:
    """`« … », a déclaré X`: the speaker after the verb, which parsers often call an object. After a quotation it
    is the speaker whatever it is (`a dit un porte-parole`); elsewhere only a name is taken for one. A person's
    name the parser hung on the hearer (`a déclaré à l'AFP Jean X`) is the speaker too."""
    clitics = [c for t in (verb, *children(verb, L.AUXILIARIES)) for c in t.children
               if is_clitic_subject(c) and c._.kg_referent is not None]
    if clitics:  # `a-t-il assuré au quotidien Bild`: whom `il` stands for, whatever the parser makes of Bild
        return clitics
    found = [a for o in children(verb, L.OBJECTS | L.SUBJECTS) if o.i > verb.i and (is_name(o) or not names)
             and o.pos_ in {"NOUN", "PROPN"} and not case_word(o) for a in arguments_of(o)]
    found += [a for h in _hearers(verb) if h.i > verb.i for a in children(h, L.APPOSITIONS)
              if a.ent_type_ in PERSON_ENTITIES and a.i > h.i]
    return [a for a in found if is_name(a)] or found  # `a déclaré X, la présidente de Y`: X, described
