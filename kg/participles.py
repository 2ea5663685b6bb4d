"""A repair of the French parse: a past participle modifying a noun agrees with it, which the parser ignores.

In `des opérations d'envergure lancées par le gouvernement, dominé par les chiites` the parser hangs `lancées` on
`envergure` and `dominé` on `opérations`; the participle's gender and number say which noun each belongs to. The
parser also often hangs the agent (`par le gouvernement`) on a time phrase before it (`depuis des mois`).
Facts are read from the tree, so the tree is mended once, after parsing.
"""

from spacy.language import Language
from spacy.tokens import Doc, Token

from .extract import labels as L

FRENCH_PARTICIPLES = "kg_french_participles"
#: how far back a participle's noun may be (`des opérations militaires d'envergure lancées`)
MAX_REACH = 12
AGENT_CASE = "par"
AGREEMENT = ("Gender", "Number")


def _agrees(participle: Token, noun: Token) -> bool:
    return all(noun.morph.get(feature) == participle.morph.get(feature) for feature in AGREEMENT)


def _agreeing_noun(participle: Token) -> Token | None:
    """The nearest noun before a participle that agrees with it, when the noun it hangs on does not; the search
    stops at a verb (another clause) and at the sentence's start."""
    head = participle.head
    if head.pos_ != "NOUN" or not all(participle.morph.get(f) and head.morph.get(f) for f in AGREEMENT) or \
            _agrees(participle, head):
        return None
    doc = participle.doc
    for i in range(participle.left_edge.i - 1, max(-1, participle.i - MAX_REACH), -1):
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"}:
            return None
        if token.pos_ == "NOUN" and _agrees(participle, token):
            return token
        if token.is_sent_start:
            return None
    return None


def _hidden_agent(participle: Token) -> Token | None:
    """`lancées depuis des mois par X`: a `par` phrase the parser hung on the participle's time or place phrase."""
    if any(c.dep_ in L.AGENTS for c in participle.children):
        return None
    return next((n for o in participle.children if o.dep_ in L.MODIFIER_OBLIQUES and o.i > participle.i
                 for n in o.children if n.dep_ in L.NOUN_MODIFIERS and any(
                     c.dep_ in L.CASE_MARKERS and c.lower_ == AGENT_CASE for c in n.children)), None)


@Language.component(FRENCH_PARTICIPLES)
def mend_participles(doc: Doc) -> Doc:
    """Hang each past participle modifying a noun on the noun it agrees with, and its agent on it."""
    for token in doc:
        if token.dep_ not in L.CLAUSAL_MODIFIERS or "Part" not in token.morph.get("VerbForm") or \
                "Past" not in token.morph.get("Tense"):
            continue
        noun = _agreeing_noun(token)
        if noun is not None:
            token.head = noun
        agent = _hidden_agent(token)
        if agent is not None:
            agent.head, agent.dep_ = token, L.UD_AGENT
    return doc
