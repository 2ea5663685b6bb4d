"""English extraction rules over spaCy's English parses (`en_core_web_sm`, ClearNLP-style labels).

The same families as French, each rule reading one construction: `clauses`, `descriptions`, `events`, `speech`;
`references` resolves pronouns and definite descriptions before they run. General English grammar only.
"""

from ...lang.en import ENGLISH, LANG, WORDS
from ..constructions import Constructions, load_constructions
from ..context import Rule
from ..facts import described_nationality, word_before_person
from . import grammar
from .clauses import made_available, passive_clause, verb_clause
from .descriptions import (
    appointment,
    apposition,
    participle_modifier,
)
from .events import nominal_event
from .movements import market_move
from .places import located
from .references import note_sentence, resolve_references
from .speech import reported_speech

CONSTRUCTIONS = Constructions.of(load_constructions(ENGLISH.patterns, WORDS), grammar)

RULES: dict[str, Rule] = {
    "en.svo": verb_clause,
    "en.passive": passive_clause,
    "en.available": made_available,
    "en.apposition": apposition,
    "en.copula": CONSTRUCTIONS.rule("en.copula"),
    "en.example": CONSTRUCTIONS.rule("en.example"),
    "en.nominal": nominal_event,
    "en.participle": participle_modifier,
    "en.speech": reported_speech,
    "en.appointment": appointment,
    "en.description": described_nationality("en.description"),
    "en.demonym": word_before_person("en.demonym"),
    "en.movement": market_move,
    "en.blame": CONSTRUCTIONS.rule("en.blame"),
    "en.located": located,
    "en.headquarters": CONSTRUCTIONS.rule("en.headquarters"),
    "en.relative_title": CONSTRUCTIONS.rule("en.relative_title"),
    "en.leader": CONSTRUCTIONS.rule("en.leader"),
}

#: rules whose facts say that something belongs to a group, so the group's facts hold for it too
MEMBERSHIP_RULES = frozenset({"en.example"})

__all__ = ["LANG", "MEMBERSHIP_RULES", "RULES", "note_sentence", "resolve_references"]
