"""The ontology and its lexicons: the only module that reads `ontology/*`.

The relation lexicon maps a verb in a frame (direct object, a preposition, a reflexive) to an ontology property and
says which prepositional phrases qualify the fact. Every row is checked when loaded, so a typo fails loudly with its
file and line. A verb the lexicon lacks still gets a property, minted from its lemma under `kg:relatedTo`.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from .errors import LexiconError
from .model import Relation
from .vocab import KG

ONTOLOGY_PACKAGE = "kg.ontology_files"
QUALIFIER_ROLES = frozenset({"recipient", "purpose", "instrument", "beneficiary", "partner", "opponent", "topic",
                             "place", "source", "quantity", "date", "reason", "without", "exception"})


def ontology_file(name: str) -> Path:
    """Path of a packaged ontology file (`kg.ttl`, `shapes.ttl`, `lexicon.tsv`, `nouns.tsv`)."""
    return Path(str(files(ONTOLOGY_PACKAGE).joinpath(name)))


@cache
def knowledge_digest() -> str:
    """A digest of the packaged ontology and lexicons: what kg knows, which a user may edit (a build whose rules'
    data changed must read its documents again, as after an upgrade)."""
    return folder_digest(Path(str(files(ONTOLOGY_PACKAGE))))


def folder_digest(folder: Path) -> str:
    """A digest of the ontology (`.ttl`) and lexicon (`.tsv`) files in `folder`, names and contents."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*")):
        if path.suffix in (".ttl", ".tsv"):
            digest.update(path.name.encode() + b"\x1f" + path.read_bytes())
    return digest.hexdigest()


@cache
def ontology_graph() -> rdflib.Graph:
    """The OWL ontology as an rdflib Graph."""
    return rdflib.Graph().parse(ontology_file("kg.ttl"), format="turtle")


@cache
def property_labels() -> dict[str, str]:
    """English label of each property a fact may have, by local name: the relations between entities and the dates
    read as facts (`date_properties`)."""
    graph = ontology_graph()
    labels = {}
    for prop in [*graph.subjects(RDF.type, OWL.ObjectProperty), *graph.subjects(RDFS.subPropertyOf, KG.when)]:
        for label in graph.objects(prop, RDFS.label):
            if getattr(label, "language", None) == "en":
                labels[str(prop).split("#")[-1]] = str(label)
    return labels


@cache
def date_properties() -> frozenset[str]:
    """The properties whose object is a date kept as the text writes it, not an entity (`birthDate`, `deathDate`)."""
    return frozenset(str(prop).split("#")[-1] for prop in ontology_graph().subjects(RDFS.subPropertyOf, KG.when))


@cache
def property_groups() -> dict[str, str]:
    """The group each relation property is filed under (`acquires` -> `dealsAndMoney`): the properties under
    kg:relatedTo that others are under; a noun recalling an event (`this acquisition`) looks for one of its group."""
    graph = ontology_graph()
    groups = {g for g in graph.subjects(RDFS.subPropertyOf, KG.relatedTo)
              if any(True for _ in graph.subjects(RDFS.subPropertyOf, g))}
    return {str(prop).split("#")[-1]: str(group).split("#")[-1]
            for group in groups for prop in graph.subjects(RDFS.subPropertyOf, group)}


@cache
def property_ranges() -> dict[str, str]:
    """The class each relation property's objects belong to, where the ontology says (`basedIn` -> `Place`)."""
    graph = ontology_graph()
    return {str(prop).split("#")[-1]: str(cls).split("#")[-1]
            for prop in graph.subjects(RDF.type, OWL.ObjectProperty) for cls in graph.objects(prop, RDFS.range)}


@cache
def property_domains() -> dict[str, str]:
    """The class each relation property's subjects belong to, where the ontology says (`marriedTo` -> `Person`)."""
    graph = ontology_graph()
    return {str(prop).split("#")[-1]: str(cls).split("#")[-1]
            for prop in graph.subjects(RDF.type, OWL.ObjectProperty) for cls in graph.objects(prop, RDFS.domain)}


#: the property column of a second complement's frame that makes no fact of its own (`replace obj+with`: `X replaced
#: A with B` says that B replaces A, which a pattern reads; X replaces no one), or of an idiom that names no relation
#: (`partir du principe que`: its noun is no object)
NO_FACT = "-"
#: the frames of a verb's date: its subject's (`mourir`: deathDate; reflexive: `s'éteindre`) or what it acts on
#: (`fonder`: foundingDate)
DATE_FRAMES = frozenset({"when", "se:when", "obj:when"})


@dataclass(frozen=True)
class Frame:
    """One lexicon row: `lemma` with its object introduced by `frame` means `property` (from the object to the
    subject if `inverse`: `X was sold to Y`, Y acquires X)."""

    property: str
    roles: dict[str, str] = field(default_factory=dict)
    inverse: bool = False

    @property
    def makes_no_fact(self) -> bool:
        """A frame the lexicon lists only so that no fact is read in it (`-`): another rule reads it."""
        return self.property == NO_FACT


@dataclass(frozen=True)
class Lexicon:
    """Verb frames by (language, lemma, frame) and common-noun classes by (language, lemma)."""

    frames: dict[tuple[str, str, str], Frame]
    noun_classes: dict[tuple[str, str], str]
    demonym_countries: dict[tuple[str, str], str] = field(default_factory=dict)
    affiliation_parties: dict[tuple[str, str], str] = field(default_factory=dict)
    anaphoric_nouns: frozenset[tuple[str, str]] = frozenset()
    #: nouns whose person (`de X`, a possessive) leads what they name: `le gouvernement de X`
    led_nouns: frozenset[tuple[str, str]] = frozenset()
    nominal_verbs: dict[tuple[str, str], str] = field(default_factory=dict)
    relational_nouns: dict[tuple[str, str], str] = field(default_factory=dict)
    preposition_roles: dict[tuple[str, str], str] = field(default_factory=dict)
    #: the property a demonym gives where it is not a nationality (`lyonnais`: based in Lyon)
    demonym_properties: dict[tuple[str, str], str] = field(default_factory=dict)

    def frame(self, lang: str, lemma: str, frame: str) -> Frame | None:
        return self.frames.get((lang, lemma, frame))

    @cached_property
    def _idioms(self) -> frozenset[tuple[str, str]]:
        return frozenset((lang, lemma) for lang, lemma, _ in self.frames if " " in lemma)

    @cached_property
    def _frames_by_lemma(self) -> dict[tuple[str, str], dict[str, Frame]]:
        index: dict[tuple[str, str], dict[str, Frame]] = {}
        for (lang, lemma, frame), known in self.frames.items():
            index.setdefault((lang, lemma), {})[frame] = known
        return index

    def frames_of(self, lang: str, lemma: str) -> dict[str, Frame]:
        """Every frame the lexicon lists a verb in -> its row."""
        return self._frames_by_lemma.get((lang, lemma), {})

    def is_idiom(self, lang: str, words: str) -> bool:
        """Whether a verb and a bare noun are listed as one predicate (`porter plainte`, `take part`)."""
        return (lang, words) in self._idioms

    def nouns(self, lang: str) -> dict[str, str]:
        """Common-noun lemma -> class local name, for one language."""
        return {lemma: cls for (code, lemma), cls in self.noun_classes.items() if code == lang}

    def nominals(self, lang: str) -> dict[str, str]:
        """Event noun (lemma or multi-word form) -> verb lemma, for one language."""
        return {noun: verb for (code, noun), verb in self.nominal_verbs.items() if code == lang}

    def anaphors(self, lang: str) -> frozenset[str]:
        """Common nouns that, definite, refer back to a named entity (`la société`, `le groupe`)."""
        return frozenset(lemma for code, lemma in self.anaphoric_nouns if code == lang)

    def led(self, lang: str) -> frozenset[str]:
        """Nouns of a body its person leads (`le gouvernement de X`, `son gouvernement`, `the Obama administration`)."""
        return frozenset(lemma for code, lemma in self.led_nouns if code == lang)

    def relations_of_nouns(self, lang: str) -> dict[str, str]:
        """Nouns that relate a name to their `de` / `of` complement (`X, rival de Y` -> X competesWith Y)."""
        return {lemma: prop for (code, lemma), prop in self.relational_nouns.items() if code == lang}

    def demonyms(self, lang: str) -> dict[str, str]:
        """Nationality adjective lemma -> country name, for one language."""
        return {adj: country for (code, adj), country in self.demonym_countries.items() if code == lang}

    def demonym_property(self, lang: str, adjective: str) -> str:
        """What a demonym says of what it describes: its country (`nationality`), or for a city's, where it is
        based."""
        return self.demonym_properties.get((lang, adjective), "nationality")

    def affiliations(self, lang: str) -> dict[str, str]:
        """Party word (`républicain`, `labour`) -> the party's name, for one language."""
        return {word: party for (code, word), party in self.affiliation_parties.items() if code == lang}

    def case_roles(self, lang: str) -> dict[str, str]:
        """Preposition -> qualifier role for phrases a verb's own frame does not name (`sur` -> topic)."""
        return {word: role for (code, word), role in self.preposition_roles.items() if code == lang}

    def makes_no_fact(self, lang: str, lemma: str, frame: str) -> bool:
        """Whether the lexicon lists the verb in that frame as making no fact (`-`: another rule reads it)."""
        known = self.frame(lang, lemma, frame)
        return known is not None and known.makes_no_fact

    def relation(self, lang: str, lemma: str, frame: str) -> tuple[Relation, dict[str, str]]:
        """The property for a verb in a frame, minting one from the lemma when the lexicon has none (ask
        `makes_no_fact` first: a frame that makes none has no property)."""
        known = self.frame(lang, lemma, frame)
        if known and known.makes_no_fact:
            raise LexiconError(f"{lang} {lemma} {frame} makes no fact: it has no property")
        if known:
            return Relation(known.property, property_labels()[known.property], inverse=known.inverse,
                            dated=known.property in date_properties()), known.roles
        preposition = "" if frame in ("obj", "") else frame.removeprefix("se:")
        reflexive = frame.startswith("se:")
        label = " ".join(part for part in ("se" if reflexive else "", lemma, preposition) if part)
        topical = self.preposition_roles.get((lang, preposition)) == "topic"
        return Relation(minted_name(label), label, minted=True, topical=topical), {}


def minted_name(label: str) -> str:
    """A property local name from a verb label: `travailler sur` -> `travaillerSur` (ASCII, camelCase)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^A-Za-z0-9]+", ascii_text) if w]
    if not words:
        return "relatedTo"
    name = words[0].lower() + "".join(w.capitalize() for w in words[1:])
    return name if name[0].isalpha() else "r" + name


def _rows(path: Path, columns: int, required: int | None = None):
    """Numbered rows of a tab-separated lexicon; trailing optional columns (after `required`) may be left out."""
    required = columns - 1 if required is None else required
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < required or len(cells) > columns:
            raise LexiconError(f"{path}:{number}: expected {columns} tab-separated columns, found {len(cells)}")
        yield number, [c.strip() for c in cells] + [""] * (columns - len(cells))


#: what a demonym may say of what it describes: its country, or the city it is based in
DEMONYM_PROPERTIES = frozenset({"nationality", "basedIn"})


def load_lexicon(relations: Path | None = None, nouns: Path | None = None, demonyms: Path | None = None,
                 nominals: Path | None = None, affiliations: Path | None = None,
                 prepositions: Path | None = None) -> Lexicon:
    """Read and validate the relation, noun, demonym, nominalisation, affiliation and preposition lexicons (packaged
    unless paths given)."""
    relations = relations or ontology_file("lexicon.tsv")
    nouns = nouns or ontology_file("nouns.tsv")
    demonyms = demonyms or ontology_file("demonyms.tsv")
    nominals = nominals or ontology_file("nominals.tsv")
    affiliations = affiliations or ontology_file("affiliations.tsv")
    prepositions = prepositions or ontology_file("prepositions.tsv")
    known_properties = property_labels()
    known_classes = {str(c).split("#")[-1] for c in ontology_graph().subjects(RDF.type, OWL.Class)}
    frames: dict[tuple[str, str, str], Frame] = {}
    for number, (lang, lemma, frame, prop, roles) in _rows(relations, 5):
        where = f"{relations}:{number}"
        inverse, prop = prop.startswith("^"), prop.removeprefix("^")
        if prop == NO_FACT and (inverse or roles):
            raise LexiconError(f"{where}: a frame that makes no fact ({NO_FACT}) gives the fact to another rule (or "
                               "to none): it has no inverse or roles")
        if prop not in known_properties and prop != NO_FACT:
            raise LexiconError(f"{where}: property {prop!r} is not declared in kg.ttl")
        if not lang or not lemma or not frame:
            raise LexiconError(f"{where}: lang, lemma and frame are required")
        if (frame in DATE_FRAMES) != (prop in date_properties()):
            raise LexiconError(f"{where}: a date ({', '.join(sorted(date_properties()))}) takes the frame when, "
                               f"se:when or obj:when, and only a date does, not {frame} {prop}")
        parsed = {}
        for pair in filter(None, roles.split(",")):
            preposition, _, role = pair.partition("=")
            if role not in QUALIFIER_ROLES:
                raise LexiconError(f"{where}: unknown qualifier role {role!r}; known: {sorted(QUALIFIER_ROLES)}")
            parsed[preposition] = role
        key = (lang, lemma, frame)
        if key in frames:
            raise LexiconError(f"{where}: {lang} {lemma} {frame} is listed twice")
        frames[key] = Frame(prop, parsed, inverse)
    classes: dict[tuple[str, str], str] = {}
    anaphoric: set[tuple[str, str]] = set()
    led: set[tuple[str, str]] = set()
    relational: dict[tuple[str, str], str] = {}
    prefixes: list[tuple[str, str, str]] = []
    for number, (lang, lemma, cls, use, prop) in _rows(nouns, 5, required=3):
        if cls not in known_classes:
            raise LexiconError(f"{nouns}:{number}: class {cls!r} is not declared in kg.ttl")
        if use not in ("", "anaphor", "prefix", "led"):
            raise LexiconError(f"{nouns}:{number}: use must be empty, 'anaphor', 'led' or 'prefix', not {use!r}")
        if prop and prop not in known_properties:
            raise LexiconError(f"{nouns}:{number}: property {prop!r} is not declared in kg.ttl")
        if (lang, lemma) in classes or any(p[:2] == (lang, lemma) for p in prefixes):
            raise LexiconError(f"{nouns}:{number}: {lang} {lemma} is listed twice")
        if use == "prefix":
            prefixes.append((lang, lemma, cls))
            continue
        classes[(lang, lemma)] = cls
        if use == "anaphor":
            anaphoric.add((lang, lemma))
        elif use == "led":
            led.add((lang, lemma))
        if prop:
            relational[(lang, lemma)] = prop
    for lang, prefix, cls in prefixes:  # `vice-gouverneur`, `ex-minister`: the prefixed noun keeps its class
        classes.update({(lang, prefix + lemma): cls for (code, lemma), kind in list(classes.items())
                        if code == lang and kind == cls and "-" not in lemma})
    countries, placing = {}, {}
    for number, (lang, adjective, place, prop) in _rows(demonyms, 4, required=3):
        if prop and prop not in DEMONYM_PROPERTIES:
            raise LexiconError(f"{demonyms}:{number}: a demonym's property is one of {sorted(DEMONYM_PROPERTIES)}, "
                               f"not {prop!r}")
        countries[(lang, adjective)] = place
        if prop:
            placing[(lang, adjective)] = prop
    parties = {(lang, word): party for _, (lang, word, party) in _rows(affiliations, 3)}
    case_roles = {}
    for number, (lang, word, role) in _rows(prepositions, 3):
        if role not in QUALIFIER_ROLES:
            raise LexiconError(f"{prepositions}:{number}: unknown qualifier role {role!r}; known: "
                               f"{sorted(QUALIFIER_ROLES)}")
        case_roles[(lang, word)] = role
    verbs = {}
    for number, (lang, noun, verb) in _rows(nominals, 3):
        if not any(key[:2] == (lang, verb) for key in frames):
            raise LexiconError(f"{nominals}:{number}: verb {verb!r} has no frame in {relations.name}")
        verbs[(lang, noun)] = verb
    return Lexicon(frames, classes, countries, parties, frozenset(anaphoric), frozenset(led), verbs, relational,
                   case_roles, placing)


@cache
def default_lexicon() -> Lexicon:
    return load_lexicon()


__all__ = ["KG", "Lexicon", "default_lexicon", "load_lexicon", "ontology_graph", "ontology_file"]
