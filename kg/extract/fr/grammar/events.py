"""French event nouns, as the event rule every language shares asks for them (`kg/extract/events.py`)."""


from spacy.tokens import Token

from ....lang.fr import LANG
from ....lang.fr import WORDS as W
from ....model import Qualifier
from ....ontology import Lexicon
from ... import labels as L
from ...context import Context, case_word, children
from ...grammar import VerbObjects, counted_by
from ...mentions import conjuncts, mention, possessives
from ...names import is_name, name_tokens
from .clauses import verb_qualifiers
from .core import arguments_of, manner_verb

#: what hangs on an event noun: `la livraison de X aux Y`, with the obliques parsers give it
NOMINAL_DEPENDENTS = L.NOUN_MODIFIERS | L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES


def event_theme(words: list[Token], verb: str, lexicon: Lexicon) -> tuple[str, Token | None]:
    """The frame and phrase of what an event noun is about: the complement its verb has a frame for (`un partenariat
    avec X`, or hung on the noun's `de` complement: `l'attaque de X contre Y`), else, when the verb takes an object,
    its `de` complement (`l'achat de X`, not `l'accord de Paris`), or, for a verb of a `de` frame, its second one (`le
    départ de X de Y`; the first, after a possessive: `son départ de Y`)."""
    inside, counted = {w.i for w in words}, counted_by(words[0])
    complements = [c for w in words for c in w.children if c.i not in inside and c.dep_ in NOMINAL_DEPENDENTS] + [
        c for c in counted.children if counted != words[0] and c.dep_ in NOMINAL_DEPENDENTS and
        case_word(c) not in {"", "de"}]  # (`une série de frappes contre X`: the phrase hung on the noun counting them)
    maker = counted.head if counted.dep_ in L.OBJECTS and counted.head.lemma_.lower() in W.AGENTIVE_VERBS else \
        manner_verb(words[0])
    if maker is not None:  # `a signé un contrat avec X`, `a lancé X en partenariat avec Y`: the parser hangs the
        # event's phrase on the verb making it
        complements += [c for c in children(maker, L.OBLIQUES) if c.i > words[-1].i]
    complements += [c for o in complements if case_word(o) == "de" for c in o.children  # `l'attaque de X contre
                    if c.dep_ in NOMINAL_DEPENDENTS and case_word(c) not in {"", "de"}]  # Y`, `contre Y` hung on X
    framed = next((c for c in complements
                   if case_word(c) not in {"", "de"} and lexicon.frame(LANG, verb, case_word(c)) is not None), None)
    if framed is not None:
        return case_word(framed), framed
    if lexicon.frame(LANG, verb, "de") is not None:  # `le départ de X de Y`, `la démission de X du conseil`: the
        # second `de` complement of a verb of a `de` frame (the first is who), which the parser may hang on that name
        ofs = [c for c in complements if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "de"]
        second = ofs[1:] or [c for o in ofs[:1] if is_name(o) for c in children(o, L.NOUN_MODIFIERS)
                             if case_word(c) == "de"] or (ofs[:1] if possessives(words[0]) else [])  # (`son départ
        # de Y`: whose it is, the possessive says)
        if second:
            return "de", second[0]
    if lexicon.frame(LANG, verb, "obj") is None:
        return "", None
    return "obj", next((c for c in complements if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "de"), None)


def event_qualifiers(noun: Token, words: list[Token], theme: Token, roles: dict[str, str], context: Context
                     ) -> list[Qualifier]:
    """`la mise à disposition de X aux hôpitaux`: the recipient, on the noun, the theme or the theme's name (or on
    the verb telling the event, right after the noun's phrase); when it happened, as the verb telling it says (`a
    annoncé le 24 février un accord avec X`), and where, as the verb doing it says outside the noun's phrase (`a mené
    des frappes contre X au Liban`, `ont signé à Genève un accord`; not a verb of saying: `a annoncé à Lyon …` is
    where it was said)."""
    teller = noun.head if noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB" else None
    told = verb_qualifiers(teller, VerbObjects(frame="obj", used={noun.i}), {}, context) if teller is not None else []
    saying = teller is not None and teller.lemma_.lower() in W.SPEECH_VERBS | W.INCISE_VERBS
    phrase = range(context.offset + noun.left_edge.idx, context.offset + noun.right_edge.idx + 1)
    about = range(context.offset + theme.left_edge.idx, context.offset + theme.right_edge.idx + 1)
    when_where = [q for q in told if q.role == "date" or q.role == "place" and not saying and
                  q.value.start not in phrase and q.value.start not in about]  # (`a mené des frappes sur la ville
    # de X`: what, not where)
    if roles.get("à") != "recipient":
        return when_where
    inside = {w.i for w in words}
    holders = [*words, *conjuncts(theme), *(t for head in arguments_of(theme) for t in name_tokens(head))]
    after = [c for c in (teller.children if teller is not None else ()) if c.dep_ in L.OBLIQUES and
             c.left_edge.i == noun.right_edge.i + 1]  # (`a annoncé la vente de X à Y`, parsed with `à Y` on the
    # verb right after the noun's phrase; not `a annoncé à ses salariés la vente de X`, to whom it was told)
    return when_where + [Qualifier("recipient", mention(a, context)) for child in [
        *(c for holder in holders for c in holder.children if c.dep_ in NOMINAL_DEPENDENTS), *after]
        if case_word(child) == "à" and child.i not in inside for a in arguments_of(child)]
