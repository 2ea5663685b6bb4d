"""French extraction rules over Universal Dependencies parses (spaCy `fr_core_news_*`).

Each rule reads one construction, yields `Candidate` facts and never changes the Doc. Rules see only general
French grammar and the lexicons: no names or phrases of any particular article. The rules live by family:
`clauses`, `descriptions`, `events`, `speech`; `references` resolves what refers back before they run.
"""

from ...lang.fr import FRENCH, LANG, WORDS
from ..constructions import Constructions, load_constructions
from ..context import Rule
from ..facts import described_nationality, word_before_person
from . import grammar
from .clauses import passive_clause, verb_clause
from .descriptions import (
    appointment,
    apposition,
    copula_membership,
    exemplification,
    possession,
)
from .events import membership, nominal_event
from .movements import market_move
from .places import located
from .references import note_sentence, resolve_references
from .speech import relative_source, reported_speech

CONSTRUCTIONS = Constructions.of(load_constructions(FRENCH.patterns, WORDS), grammar)

RULES: dict[str, Rule] = {
    "fr.svo": verb_clause,
    "fr.passive": passive_clause,
    "fr.apposition": apposition,
    "fr.copula": CONSTRUCTIONS.rule("fr.copula"),
    "fr.copula_membership": copula_membership,
    "fr.example": exemplification,
    "fr.predicative": CONSTRUCTIONS.rule("fr.predicative"),
    "fr.nominal": nominal_event,
    "fr.member": membership,
    "fr.possessive": possession,
    "fr.speech": reported_speech,
    "fr.source": relative_source,
    "fr.appointment": appointment,
    "fr.description": described_nationality("fr.description"),
    "fr.demonym": word_before_person("fr.demonym"),
    "fr.movement": market_move,
    "fr.blame": CONSTRUCTIONS.rule("fr.blame"),
    "fr.located": located,
    "fr.headquarters": CONSTRUCTIONS.rule("fr.headquarters"),
    "fr.leader": CONSTRUCTIONS.rule("fr.leader"),
    "fr.seeking": CONSTRUCTIONS.rule("fr.seeking"),
}


#: rules whose facts say that something belongs to a group, so the group's facts hold for it too
MEMBERSHIP_RULES = frozenset({"fr.member", "fr.example"})

__all__ = ["LANG", "MEMBERSHIP_RULES", "RULES", "note_sentence", "resolve_references"]
