"""What refers back: definite descriptions, `il` / `elle`, event nouns; and what a sentence leaves for later."""

from spacy.tokens import Span, Token

from ...lang.fr import WORDS as W
from ...model import Mention
from ...text import fold
from .. import labels as L
from ..context import Context, case_word, children
from ..discourse import Referent
from ..mentions import is_predicative, mention, note_phrases, recall_phrases, referent_of
from ..names import is_name, stands_for_entity
from ..references import (
    note_named_together,
    recall_titled_person,
    resolve_first_person,
    resolve_nationality_noun,
    resolve_plural,
)
from .grammar import (
    clause_subjects,
    following_name,
    governing_subject,
    is_amount,
    is_clitic_subject,
    is_definite,
    name_before_commas,
    named_referent,
)


def note_sentence(sentence: Span, context: Context) -> None:
    """After reading a sentence, remember its plural subjects: a later `parmi eux` or `ils` may mean them."""
    note_named_together(sentence, context, clause_subjects)
    note_phrases(sentence, context)
    for verb in sentence:
        if verb.dep_ != L.ROOT:
            continue
        for subject in clause_subjects(verb):
            plural = any("Plur" in t.morph.get("Number") for t in (subject, verb, *children(subject, L.DETERMINERS)))
            if subject.pos_ == "NOUN" and plural:  # (`plusieurs pays` is tagged singular; its verb is not)
                context.discourse.add(
                    Referent(context.offset + subject.idx, mention(subject, context), number="Plur", subject=True)
                )
    last = next((t for t in reversed(list(sentence)) if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")
                 and t.dep_ not in L.NAME_PARTS and not is_amount(t)), None)
    while last is not None and last.dep_ in L.CONJUNCTS and last.head.pos_ == "NOUN":
        last = last.head  # (`des sénateurs républicains et démocrates`: the whole coordination's head)
    if last is not None:  # `ces derniers` in the next sentence: the latest plural named
        context.discourse.latest_plural = mention(last, context)




AGENT_KINDS = frozenset({"Person", "Organization"})


def resolve_references(sentence: Span, context: Context) -> None:
    """Point definite descriptions (`la société`) and `il` / `elle` subjects at the entity they refer to.

    A description takes the nearest entity of its class (or, in a lead sentence, the first one after it); a
    pronoun takes the subject of the clause it depends on when that agrees, else the nearest person or
    organisation that agrees in gender.
    """
    discourse = context.discourse
    for token in sentence:
        resolve_plural(token, context, W.PLURAL_PRONOUNS, W.COUNT_WORDS)
        resolve_first_person(token, context, W.FIRST_PERSON_PRONOUNS)
        resolve_nationality_noun(token, context, is_definite)
        if _the_latter(token) and discourse.latest_plural is not None:
            token._.kg_referent = discourse.latest_plural
            continue
        if token.pos_ not in {"NOUN", "DET", "PRON"} or token._.kg_referent is not None or is_predicative(token):
            continue
        lemma = token.lemma_.lower()
        described = None
        if (
            token.pos_ == "NOUN"
            and is_definite(token, possessive=True)
            and named_referent(token) == token
            and following_name(token) is None
            and token.dep_ not in L.APPOSITIONS  # `Leonardo, le groupe italien, …` describes, does not refer
            and name_before_commas(token, context.describing_nouns) is None
        ):  # `ses modèles` after `le modèle Zorg`
            bare = not children(token, L.NOUN_MODIFIERS | L.APPOSITIONS)
            position = context.offset + token.idx
            described = discourse.described_by(fold(mention(token, context).text), position) or (
                discourse.described_by(lemma, position) if bare else None
            )
        if described is not None:
            token._.kg_referent = described
        elif described is None and lemma in context.roles and token.pos_ == "NOUN" and is_definite(token) and \
                named_referent(token) == token and following_name(token) is None and \
                token.dep_ not in L.APPOSITIONS and name_before_commas(token, context.describing_nouns) is None:
            recall_titled_person(token, context, sentence, "fr.recalled_title")
        elif (
            token.pos_ == "NOUN"
            and (context.noun_kinds.get(lemma) == "Event" or lemma in context.nominals)
            and token.dep_ in L.SUBJECTS
            and token.head.pos_ == "VERB"
            and is_definite(token)
            and not any(case_word(c) == W.OF_CASE for c in children(token, L.NOUN_MODIFIERS))
        ):
            event = discourse.event_near(context.offset + sentence.start_char, look_ahead=True)
            if event is not None:  # `l'initiative vise à …`: the initiative's author acts
                token._.kg_referent = event.subject
        elif (
            token.pos_ == "NOUN"
            and lemma in context.anaphors
            and not is_name(token)  # `la Banque centrale européenne (BCE)` names, it does not refer back
            and is_definite(token)
            and "Plur" not in token.morph.get("Number")
            and named_referent(token) == token
            and following_name(token) is None
            and token.dep_ not in L.APPOSITIONS  # `Leonardo, le groupe italien, …` describes, does not refer
            and name_before_commas(token, context.describing_nouns) is None
            and not any(case_word(c) == W.OF_CASE for c in children(token, L.NOUN_MODIFIERS))
        ):
            kind = context.noun_kinds.get(lemma)
            position = context.offset + token.idx
            found = discourse.find(position, lambda r, kind=kind: discourse.named_as(r, {kind}),
                                   ahead_from=context.offset + sentence.end_char)
            if found is not None:
                token._.kg_referent = found.mention
                discourse.add(referent_of(token, context))
        elif token.dep_ in L.DETERMINERS and token.lower_ in W.OWNER_DETERMINERS:
            owner = _possessor(token, context)  # `son chiffre d'affaires`: whose, as `its` in English
            if owner is not None:
                token._.kg_referent = owner
        elif token.pos_ == "PRON" and ((clitic := is_clitic_subject(token)) or (
                token.lower_ in W.PERSONAL_PRONOUNS and token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS)):
            gender = W.PERSONAL_PRONOUNS[token.lower_.lstrip("-")]
            speaker = discourse.last_speaker(context.offset + token.idx) if clitic else None
            if speaker is not None and speaker.is_name and speaker.kind == "Person":
                token._.kg_referent = speaker  # `« … », a-t-il ajouté`: the one quoted before goes on
                continue
            governor = governing_subject(token.head)
            if governor is not None and (stands_for_entity(governor)):
                candidate = referent_of(governor, context)
                if candidate.agrees(gender, "Sing") and candidate.mention.kind in AGENT_KINDS:
                    token._.kg_referent = candidate.mention
                    continue
            found = discourse.find(
                context.offset + token.idx,
                lambda r, g=gender: r.agrees(g, "Sing") and discourse.named_as(r, AGENT_KINDS),
            )
            if found is not None:
                token._.kg_referent = found.mention
    recall_phrases(sentence, context, is_definite)


def _the_latter(token: Token) -> bool:
    """`Mais ces derniers ont critiqué X`: `ces derniers` / `ces dernières` stands for the plural named last."""
    return token.lower_ in W.LATTER_WORDS and "Plur" in token.morph.get("Number") and any(
        d.lower_ in W.LATTER_DETERMINERS for d in children(token, L.DETERMINERS))


def _possessor(determiner: Token, context: Context) -> Mention | None:
    """Whose `son` / `sa` / `ses` means: the named subject of its clause written before it, else the latest person or
    organisation the text named (French possessives agree with the thing owned, not with its owner)."""
    verb = next((a for a in determiner.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = next((s for s in (clause_subjects(verb) if verb is not None else [])
                    if s.i < determiner.i and s not in determiner.head.subtree and stands_for_entity(s)), None)
    if subject is not None:
        return mention(subject, context)
    found = context.discourse.find(context.offset + determiner.idx,
                                   lambda r: context.discourse.named_as(r, AGENT_KINDS))
    return found.mention if found is not None else None
