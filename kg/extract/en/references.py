"""What refers back: `he` / `she` / `it`, and definite descriptions (`the company`)."""

from spacy.tokens import Span, Token

from ...lang.en import WORDS as W
from .. import labels as L
from ..context import Context
from ..mentions import QUOTE_MARKS, is_predicative, mention, note_phrases, recall_phrases, referent_of
from ..names import is_name, stands_for_entity
from ..references import (
    note_named_together,
    recall_titled_person,
    resolve_first_person,
    resolve_nationality_noun,
    resolve_plural,
)
from .grammar import clause_subjects, is_definite, prepositional_objects


def _agreement(gender: str) -> tuple[str | None, set[str]]:
    """What a pronoun of `gender` may stand for: a person of that gender, or (`it`, `its`) an organisation or a
    product."""
    return (gender, {"Person"}) if gender else (None, {"Organization", "Product"})


def note_sentence(sentence: Span, context: Context) -> None:
    """After reading a sentence, remember the entities it names together: a later `they` may mean them."""
    note_named_together(sentence, context, clause_subjects)
    note_phrases(sentence, context)


def _governing_subject(pronoun: Token) -> Token | None:
    """`Acme said it would …`: the subject of the clause the pronoun's clause depends on."""
    verb = pronoun.head
    while verb.dep_ in L.CLAUSE_COMPLEMENTS | L.ADVERBIAL_CLAUSES | L.CONJUNCTS and verb.head != verb:
        subjects = clause_subjects(verb.head)
        if subjects:
            return subjects[0]
        verb = verb.head
    return None


def _quoted(sentence: Span, offset: int) -> list[tuple[int, int]]:
    """Character spans inside quotation marks: names there are the speaker's words, not the narrative's.

    A mark glued to the word before it closes a quotation (which may have opened in the previous sentence).
    """
    spans, opened = [], None
    for token in sentence:
        if token.text not in QUOTE_MARKS and token.text not in QUOTE_MARKS.values():
            continue
        closing = token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.i != sentence.start
        if closing:
            spans.append((offset + sentence.start_char if opened is None else opened, offset + token.idx))
            opened = None
        else:
            opened = offset + token.idx
    return spans


def _clause_subject_before(pronoun: Token) -> Token | None:
    """The named (or resolved) subject of the clause a possessive stands in, written before it."""
    verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    return next((s for s in clause_subjects(verb) if s.i < pronoun.i and s not in pronoun.head.subtree
                 and (stands_for_entity(s))), None)


def resolve_references(sentence: Span, context: Context) -> None:
    """Point subject pronouns and definite descriptions at the entity they most likely refer to."""
    discourse = context.discourse
    for token in sentence:
        resolve_plural(token, context, W.PLURAL_PRONOUNS, W.COUNT_WORDS)
        resolve_first_person(token, context, W.FIRST_PERSON_PRONOUNS)
        resolve_nationality_noun(token, context, is_definite)
        if token.pos_ not in {"NOUN", "DET", "PRON"} or token._.kg_referent is not None or is_predicative(token):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in context.anaphors and is_definite(token) and \
                "Plur" not in token.morph.get("Number") and not any(is_name(c) for c in token.children) and \
                not (token.dep_ in L.APPOSITIONS and is_name(token.head)):  # `Volvo, the Swedish carmaker, …`
            kind = context.noun_kinds.get(lemma)
            position, quoted = context.offset + token.idx, _quoted(sentence, context.offset)
            found = discourse.find(position, lambda r, k=kind, q=quoted: discourse.named_as(r, {k}) and
                                   r.position >= context.offset + sentence.start_char and
                                   not any(a <= r.position < b for a, b in q)) or discourse.find(
                position, lambda r, k=kind: discourse.named_as(r, {k}), ahead_from=context.offset + sentence.end_char
            )
            if found is not None:
                token._.kg_referent = found.mention
                discourse.add(referent_of(token, context))
        elif token.pos_ == "NOUN" and lemma in context.roles and is_definite(token) and \
                "Plur" not in token.morph.get("Number") and not any(is_name(c) for c in token.children) and \
                not (token.dep_ in L.APPOSITIONS and is_name(token.head)):
            # `the secretary`: the person the text gave that title earlier
            described = discourse.described_by(lemma, context.offset + token.idx)
            if described is not None:
                token._.kg_referent = described
            else:
                recall_titled_person(token, context, sentence, "en.recalled_title")
        elif token.pos_ == "NOUN" and (context.noun_kinds.get(lemma) == "Event" or lemma in context.nominals) and \
                token.dep_ in L.SUBJECTS and token.head.pos_ == "VERB" and is_definite(token) and \
                not any(w == W.OF_CASE for w, _ in prepositional_objects(token)):
            event = discourse.event_near(context.offset + sentence.start_char, look_ahead=True)
            if event is not None:  # `the contract fell 39 cents`, `the deal gives …`: the event's subject acts
                token._.kg_referent = event.subject
        elif token.pos_ == "PRON" and token.lower_ in W.PERSONAL_PRONOUNS and \
                token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS:
            gender, kinds = _agreement(W.PERSONAL_PRONOUNS[token.lower_])
            governor = _governing_subject(token)
            if governor is not None and (stands_for_entity(governor)):
                candidate = mention(governor, context)
                if candidate.kind in kinds:
                    token._.kg_referent = candidate
                    continue
            found = discourse.find(context.offset + token.idx,
                                   lambda r, k=kinds, g=gender: discourse.named_as(r, k) and r.agrees(g, "Sing"))
            if found is not None:
                token._.kg_referent = found.mention
        elif token.pos_ == "PRON" and token.lower_ in W.POSSESSIVE_PRONOUNS and token.dep_ in L.POSSESSORS:
            gender, kinds = _agreement(W.POSSESSIVE_PRONOUNS[token.lower_])
            subject = _clause_subject_before(token)  # `Acme said its chief …`: the clause's own subject first
            if subject is not None and mention(subject, context).kind in kinds:
                token._.kg_referent = mention(subject, context)
                continue
            found = discourse.find(context.offset + token.idx,
                                   lambda r, k=kinds, g=gender: discourse.named_as(r, k) and r.agrees(g, "Sing"))
            if found is not None:
                token._.kg_referent = found.mention
    recall_phrases(sentence, context, is_definite)
