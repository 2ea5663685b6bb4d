"""Plain dataclasses passed between the stages: Document -> Mention/Candidate -> Entity/Fact."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """One article as read from disk or a JSON Lines record."""

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str | None = None
    #: characters of `text` before the article body (the `date …` line), kept so offsets stay valid
    body_start: int = 0
    #: the id of the whole text when this document is one part of a text too long to read at once
    part_of: str | None = None
    #: bytes of input read for this document, so progress can be shown in bytes
    size: int = 0


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the document text."""

    document: str
    sentence: str
    start: int
    end: int


QUOTE = "Quote"  # the kind of a mention that is quoted text, kept as a literal, not an entity
DATE = "Date"  # the kind of a mention that is a date a fact states (`born in 1950`), kept as written, not an entity
#: kinds of mention kept as text, not merged into entities
LITERAL_KINDS = frozenset({QUOTE, DATE})
#: the properties of a figure's change (`fell 2%`), and with them of the level it stands at (`stood at 2.4%`): a
#: measure and its amount, read by the movement rules
CHANGES = frozenset({"falls", "rises"})
MOVES = CHANGES | {"standsAt"}


@dataclass(frozen=True)
class Mention:
    """A noun phrase as written in a sentence, with the hints extraction found for its type."""

    text: str
    start: int
    end: int
    kind: str = "Concept"  # ontology class local name guessed from NER and context; QUOTE for quoted text
    is_name: bool = False  # a proper name (not a common noun phrase)
    head_lemma: str = ""
    #: the kind comes from a class noun describing the name (`the startup X`), surer than the NER's guess
    typed: bool = False


@dataclass(frozen=True)
class Relation:
    """An ontology property a fact uses; `minted` ones come from unknown verbs."""

    local_name: str
    label: str
    minted: bool = False
    topical: bool = False  # minted with a preposition of topic (`sonder sur`): its object is what the act is about
    inverse: bool = False  # read from the clause's object to its subject (`X was sold to Y`: Y acquires X)
    dated: bool = False  # its object is a date kept as written (`birthDate`), not an entity


@dataclass(frozen=True)
class Qualifier:
    """A role attached to a fact: recipient, purpose, date, place, ..."""

    role: str
    value: Mention
    literal: bool = False  # a phrase kept as text (a purpose clause), not an entity


@dataclass(frozen=True)
class Candidate:
    """A fact as one rule read it, before entities are merged and relations mapped."""

    subject: Mention
    relation: Relation
    object: Mention
    evidence: Evidence
    rule: str
    lemma: str = ""
    qualifiers: tuple[Qualifier, ...] = ()
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.7
    #: which form of its rule read it, when the rule has several (`relational`, `place`, `demonym`, `party`)
    variant: str = ""
    #: read for a group, and holding for one of its members (`A et B figurent parmi …`)
    for_member: bool = False

    @property
    def reading(self) -> str:
        """The rule with its variant, as a fact records it: `fr.title+relational`, `en.svo+member`."""
        return "+".join([self.rule, *[part for part in (self.variant, "member" if self.for_member else "") if part]])


@dataclass(frozen=True)
class Entity:
    """A canonical thing in the graph; one IRI however many mentions name it."""

    key: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """A typed fact over canonical entities, ready to become RDF."""

    subject: Entity
    relation: Relation
    object: Entity | str  # a string for a literal object (what someone said, a date)
    evidence: Evidence
    rule: str
    confidence: float
    lemma: str = ""
    qualifiers: tuple[tuple[str, Entity | str], ...] = ()
    negated: bool = False
    hypothetical: bool = False

    @property
    def is_quotation(self) -> bool:
        """What someone said (quoted text as object): stored as a quotation, not as a relation between entities."""
        return isinstance(self.object, str) and not self.relation.dated
