"""Participles describing a name: `the Paris-based startup Mistral`, `the Tencent-owned studio Riot`."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en import LANG
from ...model import Candidate, Mention
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context
from ..mentions import kind_of, mention
from ..names import is_name, name_tokens
from .grammar import referent_token


def participle_modifier(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`the Paris-based startup Mistral` -> based in Paris; `the Tencent-owned studio Riot` -> Tencent owns Riot.

    The participle's lexicon frame decides: an `in` frame makes the modifier a place, an object frame its agent.
    """
    for participle in sentence:
        if participle.dep_ not in L.ADJECTIVE_MODIFIERS or participle.tag_ != "VBN":
            continue
        lemma = participle.lemma_.lower()
        modifiers = [c for c in participle.children if c.dep_ in L.NOUN_PHRASE_ADVERBIALS | L.NAME_PARTS and is_name(c)]
        placed = lexicon.frame(LANG, lemma, "in") is not None
        if not modifiers or not (placed or lexicon.frame(LANG, lemma, "obj") is not None):
            continue
        noun = participle.head
        follower = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        holder = noun if is_name(noun) else referent_token(noun)
        if not is_name(holder) and follower is not None and is_name(follower):
            holder = follower  # `the Paris-based startup Mistral`
        if not is_name(holder):
            continue
        relation, _ = lexicon.relation(LANG, lemma, "in" if placed else "obj")
        for modifier in modifiers:
            named, other = mention(holder, context), _before(modifier, participle, context)
            subject, obj = (named, other) if placed else (other, named)
            yield Candidate(subject, relation, obj, context.evidence(sentence), "en.participle", participle.lemma_,
                            confidence=0.7)


def _before(place: Token, participle: Token, context: Context) -> Mention:
    """The name of `New York-based` without the hyphen and participle it is glued to."""
    tokens = [t for t in name_tokens(place) if t.i < participle.i and t.text != "-"]
    return Mention(" ".join(t.text for t in tokens), context.offset + tokens[0].idx,
                   context.offset + tokens[-1].idx + len(tokens[-1]), kind=kind_of(place, context, True),
                   is_name=True, head_lemma=place.lemma_.lower())
