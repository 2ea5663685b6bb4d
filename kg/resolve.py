"""From candidates to facts over canonical entities: one entity however many mentions name it.

Mentions are merged by folded name (case, accents, determiners), by acronym (`Agence France-Presse` / `AFP`, and
`intelligence artificielle (IA)`), and by a short form of a longer name in the same document (`Dupont` for
`Marie Dupont`). An entity's class is voted from its mentions, then corrected by what the facts say about it:
a thing that is used, provided or hosted is a product, not a place.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .lang import every_languages_words
from .model import LITERAL_KINDS, MOVES, Candidate, Entity, Fact, Mention
from .ontology import property_ranges
from .text import clean_label, fold

ARTEFACT_RELATIONS = frozenset({"provides", "uses", "hosts", "develops", "launches", "trains", "produces",
                                "sells", "integrates", "receives"})
AGENT_CLASSES = frozenset({"Organization", "Person"})
NAMED_CLASSES = frozenset({"Organization", "Person", "Place", "Product"})
#: relations an event is the subject of, with a named object: where it takes place, whom or what it hits
EVENT_RELATIONS = frozenset({"locatedIn", "affects", "kills", "injures", "attacks", "causes"})
#: relations whose object may be an event: `a mené une attaque`, `led the attacks`, `soutient la réforme`, `joined
#: the strike`
CONDUCTED_RELATIONS = frozenset({"conducts", "joins", "leads", "supports"})
#: relations whose object is naturally an abstract notion (a class, a role, a topic)
CONCEPT_RELATIONS = frozenset({"instanceOf", "hasRole", "worksOn", "nationality",
                               # what is demanded, denied, reported or decided is most often an abstraction
                               "asks", "demands", "denies", "rejects", "reports", "confirms", "approves", "blocks",
                               "orders", "causes", "ends", "requires", "criticizes", "praises", "opposes", "proposes",
                               # what is investigated is often an event: `une enquête sur la fusion`
                               "investigates",
                               # what is launched or signed is often an undertaking or an event: `une
                               # opération`, `an investigation`, `a deal` (what is announced is read as the event)
                               "launches", "signs",
                               # what money goes into is often an activity: `la production de batteries`
                               "investsIn",
                               # what is raised or cut is most often a quantity: `ses prévisions`, `its production`
                               "increases", "reduces",
                               # what someone is accused, convicted or acquitted of, or admits, is an offence:
                               # `corruption`
                               "accusedOf", "convictedOf", "acquittedOf", "admits", "appeals",
                               # a sentence served is a penalty: `la réclusion à perpétuité`, `probation`
                               "sentencedTo",
                               # where someone died or was hurt, what they take part in, is most often an event:
                               # `les violences`, `la guerre civile`
                               "diedIn", "killedIn", "injuredIn", "participatesIn",
                               # what someone suffers from is an illness or a hardship: `une inflammation`
                               "suffersFrom",
                               # what is hosted or organised is often an event: `un sommet`; what is won, a
                               # contest: `l'élection`, `the championship`
                               "hosts", "wins", "loses"})
#: endings of abstract nouns (qualities, processes): `la sécurité`, `une tentative de coopération`; words that make a
#: company's name formal without naming something else (`Acme Inc`, `Groupe Acme`); short words a name's initials
#: skip. Every language's words (`kg/lang/<code>/words.toml`): a French text names `Acme Inc` too.
ABSTRACT_SUFFIXES = tuple(sorted(every_languages_words("ABSTRACT_SUFFIXES")))
COMPANY_DESIGNATORS = every_languages_words("COMPANY_DESIGNATORS")
_FUNCTION_WORDS = every_languages_words("FUNCTION_WORDS")
#: `(BCE)`: an acronym in brackets, and the words written just before it (looked for back from the bracket: a
#: search forward from every letter of the text cost more than the rest of the entity index)
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
_PHRASE_BEFORE = re.compile(r"[^\W\d_][\w’'\- ]{2,80}(?=\s*$)")
#: how far back from the bracket the phrase before it may start (its 81 characters and the spaces after them)
_LOOK_BACK = 120


def acronym(name: str) -> str:
    """Initials of a name's content words, upper-case: `Banque Centrale Européenne` -> `BCE`."""
    words = [w for w in re.split(r"[\s\-’']+", name) if w and w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _looks_like_acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


class EntityIndex:
    """Canonical entities of one document, built from all its mentions before any fact is made."""

    def __init__(self, mentions: Iterable[Mention], text: str = ""):
        mentions = list(mentions)
        self._canonical: dict[str, str] = {}
        self._labels: dict[str, Counter[str]] = defaultdict(Counter)
        self._kinds: dict[str, Counter[str]] = defaultdict(Counter)
        self._typed: dict[str, Counter[str]] = defaultdict(Counter)  # kinds class nouns gave
        names = {fold(m.text): clean_label(m.text) for m in mentions if m.is_name}
        people = {fold(m.text) for m in mentions if m.is_name and m.kind == "Person"}
        places = {fold(m.text) for m in mentions if m.is_name and m.kind == "Place"}
        expansions = self._acronyms(names.values(), text)
        for m in mentions:
            key = fold(m.text)
            if not key:
                continue
            canonical = key
            if m.is_name and _looks_like_acronym(m.text.strip()) and m.text.strip() in expansions:
                canonical = fold(expansions[m.text.strip()])
            elif m.is_name and key not in places:  # `Pakistan` is not the `Tehrik e Taliban Pakistan`
                canonical = self._longer_name(key, names, people) or key
            self._canonical[key] = canonical
            self._labels[canonical][clean_label(m.text)] += 1
            self._kinds[canonical][m.kind] += 1
            if m.typed:
                self._typed[canonical][m.kind] += 1

    @staticmethod
    def _acronyms(names: Iterable[str], text: str) -> dict[str, str]:
        """Acronym -> expansion, from multi-word names and from `expansion (ACRONYM)` in the text."""
        found = {acronym(name): name for name in names if acronym(name)}
        searched_from = 0  # (a phrase never reaches back past the previous bracket)
        for match in _BRACKETED_ACRONYM.finditer(text):
            before = _PHRASE_BEFORE.search(text, max(searched_from, match.start() - _LOOK_BACK), match.start())
            searched_from = match.end()
            if before is None:
                continue
            phrase, short = before.group().split(), match.group(1)
            for size in range(len(short), min(len(phrase), 2 * len(short)) + 1):  # last words whose initials fit
                candidate = " ".join(phrase[-size:])
                if acronym(candidate) == short.upper():
                    found.setdefault(short, candidate)
                    break
        return found

    @staticmethod
    def _longer_name(key: str, names: dict[str, str], people: set[str]) -> str | None:
        """The one longer name in the document this short name stands for: its last word (`Dupont` for `Marie
        Dupont`, `Watch` for `Zorg Watch`), or its first word for a person or a company's name without its
        designator (`Acme` for `Acme Inc`). `Acme` is not `Acme Cloud`: a name with more words after the short one
        is another thing, often the company's product; nor is `Jilin` the `Banque de Jilin`, named after it."""
        if " " in key:
            return None
        longer = {other for other in names if other != key and (
            (other.endswith(" " + key) and other.split()[-2] not in _FUNCTION_WORDS)  # `Banque de Jilin` is not Jilin
            or (other.startswith(key + " ") and (other in people or set(other.split()[1:]) <= COMPANY_DESIGNATORS)))}
        return longer.pop() if len(longer) == 1 else None

    def entity(self, m: Mention) -> Entity:
        canonical = self._canonical.get(fold(m.text), fold(m.text))
        labels = self._labels[canonical]
        # the fullest written form: several words over an acronym, then the commonest, longest, capitalised
        label = max(labels, key=lambda t: (len(t.split()) > 1 and not t.isupper(), labels[t], len(t),
                                           t[:1].isupper(), t))
        typed = self._typed[canonical]  # a class noun's word beats the NER's guesses
        kind = (typed or self._kinds[canonical]).most_common(1)[0][0]
        named = [k for k in self._kinds[canonical] if k in NAMED_CLASSES]
        if kind not in NAMED_CLASSES and named:
            kind = Counter({k: self._kinds[canonical][k] for k in named}).most_common(1)[0][0]
        aliases = tuple(sorted(t for t in labels if t != label))
        return Entity(key=canonical, label=label, kind=kind, aliases=aliases)


#: relations only a person has as subject
PERSON_RELATIONS = frozenset({"hasRole", "bornIn", "marriedTo"})


def _corrected_kinds(facts: list[Fact]) -> dict[str, str]:
    """Classes implied by roles: an object of use/provision is a Product; an acting unknown name an Organization;
    whoever holds a role (`X, chief executive of Y`) or was born somewhere is a Person."""
    artefact, agent = Counter(), Counter()
    persons = {f.subject.key for f in facts if f.relation.local_name in PERSON_RELATIONS and not f.negated}
    for fact in facts:
        if not fact.relation.minted:
            agent[fact.subject.key] += 1
            if fact.relation.local_name in ARTEFACT_RELATIONS and isinstance(fact.object, Entity):
                artefact[fact.object.key] += 1
    kinds = dict.fromkeys(persons, "Person")
    for fact in facts:
        for entity in (e for e in (fact.subject, fact.object) if isinstance(e, Entity) and e.key not in persons):
            if artefact[entity.key] > agent[entity.key] and entity.kind in {"Place", "Entity", "Organization"}:
                kinds[entity.key] = "Product"
            elif agent[entity.key] and entity.kind == "Entity":
                kinds[entity.key] = "Organization"
    return kinds


def _retyped(entity: Entity, kinds: dict[str, str]) -> Entity:
    kind = kinds.get(entity.key)
    return entity if kind is None or kind == entity.kind else Entity(entity.key, entity.label, kind, entity.aliases)


def _abstract(m: Mention) -> bool:
    """An abstraction rather than a thing: an event noun, or a quality / process noun (by its ending).

    A phrase that names its owner (`les activités stratégiques d'Atos`) is concrete enough to keep, and a person
    named by their post (`un député`, whose ending is that of `la sécurité`) is no abstraction.
    """
    if m.is_name or m.kind in NAMED_CLASSES | {"Role"} or any(c.isupper() for c in m.text[1:]):
        return False
    return m.kind == "Event" or m.head_lemma.endswith(ABSTRACT_SUFFIXES)


def _bare(m: Mention) -> bool:
    """A common noun without any modifier (`services`, `the company`): it says little on its own. A capitalised
    word that is its own lemma is not taken for one: at the start of a sentence the tagger often calls a rare
    surname a noun (`Scheinman sold …`), while `Carmakers` is a plural and so a common noun; nor is an amount
    (`2 %`, whose sign folds away; a number alone, `24`, says nothing)."""
    possibly_a_name = m.text[:1].isupper() and m.head_lemma == m.text.lower()
    amount = any(c.isdigit() for c in m.text) and not m.text.strip().isdigit()
    return not m.is_name and len(fold(m.text).split()) == 1 and not possibly_a_name and not amount


def informative(c: Candidate) -> bool:
    """Keep facts about things; drop links between abstractions (`les partenariats sont une tentative`).

    Neither end may be an abstraction, except an object the relation expects to be abstract (a class, a role, a
    topic, what a minted `<verb> sur` / `<verb> about` is about, an attack carried out or claimed) and an event at a
    place, hitting or causing something; a relation minted from an unknown verb needs a named end. A type is kept
    only where it says more than the entity's class (`X instance of services` does not: `X instance of rating agency`
    does), two bare common nouns (`employers meet employees`) make no fact, and a date is kept only for a name.
    """
    if not fold(c.subject.text) or not fold(c.object.text):
        return False
    if c.relation.dated:  # a date is worth keeping for a name (`X est mort dimanche`), not for `un homme`
        return c.subject.is_name
    if fold(c.subject.text).replace(" ", "").isdigit():  # `17 000 en y incluant X`: a number alone is no one
        return False
    if _abstract(c.subject) and not (c.subject.kind == "Event" and c.relation.local_name in EVENT_RELATIONS and
                                     not _bare(c.object) and not _abstract(c.object)) and \
            c.relation.local_name not in MOVES:
        return False  # (but `le sommet aura lieu à Bruxelles`: where an event happens; `inflation fell to 2.4%`)
    if (c.relation.local_name == "instanceOf" or _bare(c.subject)) and _bare(c.object):
        return False
    if c.relation.local_name in ("instanceOf", "hasRole") and c.object.is_name:
        return False  # `Mr Coulson has role Andy Coulson`: a name is no type and no post
    if c.relation.minted and not (c.subject.is_name or c.object.is_name):
        return False
    if c.relation.local_name == "memberOf" and not c.object.is_name:
        return False  # membership of an unnamed group only serves to pass the group's facts on
    if c.relation.local_name == "says" and not c.subject.is_name:
        return False  # `the companies said …`: a quotation is worth keeping for who said it
    return not _abstract(c.object) or c.relation.local_name in CONCEPT_RELATIONS or c.relation.topical or (
        c.object.kind == "Event" and (c.relation.local_name in CONDUCTED_RELATIONS or
                                      property_ranges().get(c.relation.local_name) == "Event"))


def resolve(candidates: list[Candidate], text: str = "", names: list[Mention] = ()) -> list[Fact]:
    """Facts over canonical entities for one document's informative candidates, duplicates merged.

    `names` are all the names the document mentions, so an acronym used only outside facts still becomes an alias.
    """
    mentions = [m for c in candidates for m in (c.subject, c.object, *(q.value for q in c.qualifiers if not q.literal))
                if m.kind not in LITERAL_KINDS]
    index = EntityIndex([*mentions, *names], text)  # every mention: dropped facts still teach aliases, acronyms
    candidates = [replace(c, qualifiers=tuple(q for q in c.qualifiers if fold(q.value.text)))
                  for c in candidates if informative(c)]
    merged: dict[tuple, Fact] = {}
    for c in candidates:
        subject = index.entity(c.subject)
        obj = " ".join(c.object.text.split()) if c.object.kind in LITERAL_KINDS else index.entity(c.object)
        if isinstance(obj, Entity) and subject.key == obj.key:
            continue
        qualifiers = tuple(dict.fromkeys(  # (each once: two phrases a rule read may name the same entity)
            (q.role, " ".join(q.value.text.split()) if q.literal else index.entity(q.value))
            for q in c.qualifiers))  # (a phrase as written: `l'an dernier`, `d'ici la fin de l'année`)
        key = (subject.key, c.relation.local_name, obj.key if isinstance(obj, Entity) else obj, c.evidence.start,
               c.negated)
        previous = merged.get(key)
        if previous is not None:
            qualifiers = previous.qualifiers + tuple(q for q in qualifiers if q not in previous.qualifiers)
        reading, lemma = (c.reading, c.lemma) if previous is None or c.confidence >= previous.confidence else (
            previous.rule, previous.lemma)  # (the rule most sure of it says how it was read)
        merged[key] = Fact(subject, c.relation, obj, c.evidence, reading, max(c.confidence, previous.confidence)
                           if previous else c.confidence, lemma, qualifiers, c.negated, c.hypothetical)
    facts = list(merged.values())
    kinds = _corrected_kinds(facts)
    return [replace(f, subject=_retyped(f.subject, kinds),
                    object=_retyped(f.object, kinds) if isinstance(f.object, Entity) else f.object,
                    qualifiers=tuple((r, _retyped(v, kinds) if isinstance(v, Entity) else v) for r, v in f.qualifiers))
            for f in facts]
