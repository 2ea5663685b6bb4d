"""Reference helpers both languages share: nationality nouns, titles recalling a person, plural and first-person
pronouns, entities named together.
"""

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from ..model import Candidate
from ..text import fold
from . import labels as L
from .context import Context, children, fixed_relation
from .mentions import is_predicative, mention
from .names import is_name, stands_for_entity


def nationality_noun(token: Token, context: Context) -> bool:
    """`l'Australien`, `the Australian`: a capitalised nationality word standing as a noun (not before a name, not
    an abbreviated country: `the US`)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.text[:1].isupper() and not token.text.isupper() and \
        not token.is_sent_start and \
        (token.lemma_.lower() in context.demonyms or token.lower_ in context.demonyms) and \
        not (token.i + 1 < len(token.doc) and is_name(token.doc[token.i + 1]))


def resolve_nationality_noun(token: Token, context: Context, definite: Callable[[Token], bool]) -> None:
    """Point a definite nationality noun (`the 40-year-old Australian`, `l'Australien`) at the person the text is
    about: the nearest person before it, main clauses' subjects first."""
    if not nationality_noun(token, context) or not definite(token) or is_predicative(token):
        return
    found = context.discourse.find(context.offset + token.idx,
                                   lambda r: r.mention.is_name and context.discourse.named_as(r, {"Person"}))
    if found is not None:
        token._.kg_referent = found.mention


def recall_titled_person(title: Token, context: Context, sentence: Span, rule: str) -> None:
    """`Le secrétaire à la Défense a dit …` in a story about Hagel: a definite title without a name of its own,
    as a clause's subject, stands for the person the story is about: the nearest person named before its sentence
    (main clauses' subjects first). That person gets the title as a role. A bare `le chef` says too little to
    pick anyone, and a person named only later may be someone else (`Le maire a été condamné. X a fait appel.`)."""
    if title.dep_ not in L.SUBJECTS | L.PASSIVE_SUBJECTS or "Plur" in title.morph.get("Number") or \
            not children(title, L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS | L.NAME_PARTS):
        return
    gender = next(iter(title.morph.get("Gender")), None)
    start = context.offset + sentence.start_char
    role = mention(title, context, kind="Role")
    noun, description = title.lemma_.lower(), fold(role.text)
    discourse = context.discourse
    found = discourse.find(
        start, lambda r: r.mention.is_name and discourse.named_as(r, {"Person"}) and r.agrees(gender, None) and
        not discourse.holds_other_post(r.mention, noun, description))
    if found is None:
        return
    position = context.offset + title.idx
    discourse.recalled_roles.setdefault(position, Candidate(
        found.mention, fixed_relation("hasRole"), role, context.evidence(sentence), rule, title.lemma_,
        confidence=0.6))
    discourse.describe(description, position, found.mention)
    title._.kg_referent = found.mention


#: how far back (in characters) a plural reference looks for the entities it stands for: about two sentences
PLURAL_REACH = 400


def note_named_together(sentence: Span, context: Context, subjects_of: Callable[[Token], list[Token]]) -> None:
    """Remember the entities each main clause names together as its subjects (`A et B ont signé`)."""
    for verb in sentence:
        if verb.pos_ in {"VERB", "AUX"} and (verb.dep_ == L.ROOT or verb.dep_ in L.CONJUNCTS):
            names = [s for s in subjects_of(verb) if stands_for_entity(s) and s._.kg_referent is None]
            if len(names) > 1:
                context.discourse.named_together(context.offset + names[0].idx, [mention(s, context) for s in names])


def resolve_plural(token: Token, context: Context, pronouns: frozenset[str], counts: dict[str, int]) -> None:
    """Point a plural pronoun (`ils`, `they`) or a counted description (`les deux groupes`, `both companies`) at the
    entities last named together, when they were named shortly before and their number fits."""
    if token.pos_ == "PRON" and token.lower_ in pronouns and token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS:
        size = None
    elif token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") and not children(token, L.NOUN_MODIFIERS):
        size = next((counts[c.lower_] for c in token.children if c.lower_ in counts), None)
        if size is None or not any(c.dep_ in L.DETERMINERS for c in token.children):
            return
    else:
        return
    position = context.offset + token.idx
    members = context.discourse.group_before(position, PLURAL_REACH, size)
    if members:
        end = max(t.i for t in token.subtree if t.i <= token.i) + 1
        phrase = token.doc[min(t.i for t in token.subtree if t.i <= token.i):end].text
        token._.kg_referent = context.discourse.stand_for_group(position, members, phrase)


def resolve_first_person(token: Token, context: Context, pronouns: Collection[str]) -> None:
    """`« Nous pouvons confirmer … », a dit X`: `je` / `nous` / `I` / `we` in a quotation are its speaker."""
    if token.pos_ != "PRON" or token.lower_ not in pronouns or token._.kg_referent is not None:
        return
    speaker = context.discourse.speaker_at(context.offset + token.idx)
    if speaker is not None:
        token._.kg_referent = speaker
