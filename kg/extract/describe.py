"""A name described by a common noun, in every language: `X, le président de Y`, `the carmaker X`, `Acme est une
start-up française`, `X, a unit of Y`.

A role noun gives the name that role and its employers (it works for them, founded them for a founder's title,
leads what a head's title is of); a relational noun gives its property towards what it is of; any other noun a
class the name is an instance of, and the place its complement puts it in. Nationality and party adjectives give
the name's country or party. What differs between languages (what a noun is of, a title's employers, possessors)
is asked of the grammar adapter.
"""

from collections.abc import Iterator
from dataclasses import replace
from types import ModuleType

from spacy.tokens import Span, Token

from ..model import Candidate, Mention, Qualifier
from ..ontology import property_ranges
from ..text import fold
from . import labels as L
from .context import Context, case_word, children, fixed_relation, morph, words_of
from .discourse import Described, Note, Typed
from .expanders import place_named_by
from .facts import affiliation, affiliation_facts, employment, possessor_facts, relational_facts, typed_by
from .grammar import is_ranked, place_of_trade
from .mentions import conjuncts, first_conjunct, literal, member_phrase, mention, text_of
from .names import PERSON_ENTITIES, is_name, is_named, name_tokens, stands_for_entity

#: named-entity types of a place, which a compound before a noun names as where, not whose (`the US maker`)
PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC", "FAC"})


def describe(name: Token, noun: Token, context: Context, sentence: Span, rule: str, grammar: ModuleType,
             leave_out: tuple[Token, ...] = ()) -> Iterator[Candidate | Note]:
    """The facts of `noun` describing `name`, and what the discourse is told (the name's class, what the noun
    described); `leave_out` are words not part of the noun's text (`tel que`'s members, an adverb)."""
    if noun.lower_ in context.affiliation_words:  # `X, a Democrat`, `X est un socialiste`: a person's party
        named = mention(name, context)  # (`le Britannique X`: the demonym rule reads a word before a name)
        if named.kind == "Person" and noun.i + 1 != name_tokens(name)[0].i:
            yield from affiliation(named, noun, context, sentence, rule)
        return
    if _clause_read_as_apposition(name, noun) or _list_read_as_apposition(name, noun) or \
            noun.lemma_.lower() in words_of(noun.doc).NAME_NOUNS:  # (`X (full name: Y)`: what X is called)
        return
    named = typed_by(mention(name, context), noun, context)
    if named.typed:
        yield Typed(named, named.kind)
    # the noun's own words: without the name and what it governs (`the maker of X, Y`, `X, qui était président`),
    # unless the noun is set on the name itself (`Y, the maker of X`, `la start-up X`), whose words would go with it
    apposed = noun.head == name and noun.dep_ not in L.RELATIVE_CLAUSES or _partitive_of(noun, name, grammar)
    left_out = tuple(t for t in leave_out if t in noun.subtree) if apposed else (name, *leave_out)
    description = member_phrase(mention(noun, context, leave_out=left_out, kind="Concept"), noun, context,
                                singular=False)  # (`A, B et C, trois partis arabes`: what each is, not how many)
    between = _written_between(noun, name) if context.noun_kinds.get(noun.lemma_.lower()) != "Role" else []
    if any(w not in noun.subtree for w in between):
        description = _with_words_between(description, noun, between, context)
    for word in (w for w in between if w.head != noun):  # (the noun's own: `affiliation_facts` below)
        yield from affiliation(named, word, context, sentence, rule)
    position = context.offset + noun.idx
    # a later `ce modèle`, `the mayor` means it (but not what `the only other airline` describes)
    if not any(c.lower_ in words_of(noun.doc).OTHER_WORDS for c in noun.children):
        yield Described(noun.lemma_.lower(), position, named)
    yield Described(fold(description.text), position, named)
    if context.noun_kinds.get(noun.lemma_.lower()) == "Role":  # (`fondateur et directeur de Y`: each post)
        for title in [noun, *(t for t in conjuncts(noun)[1:] if _another_post(t, context))]:
            yield from role_facts(name, title, context, sentence, rule, grammar, leave_out=(*leave_out, *(
                a for c in children(title, L.ADVERB_MODIFIERS) if c.i < title.i for a in c.subtree)))
        yield from _placed(named, noun, context, sentence, rule, grammar)  # `X, a physician in Toronto`
        return
    relational = _relational_noun(noun, context)
    others = related_by(name, noun, relational, context, grammar)
    related = list(relational_facts(named, relational, others, context, sentence, rule))
    yield from related  # `X, le concurrent de Y`, `X, a unit of Y`, `Instagram's parent company X`
    authors = list(_authors(named, noun, others, context, sentence, rule, grammar))
    yield from authors
    glossed = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "("
    of_things = bool(others) and not any(stands_for_entity(o) for o in others)  # `a maker of valves` is one too
    if (not related or of_things) and not glossed and _an_occasion_of(noun, context):
        occasion = replace(description, kind="Event")
        read = {"Place": (occasion, "locatedIn", named), "Person": (named, "participatesIn", occasion)}
        if named.kind in read and not case_word(noun):
            subject, relation, obj = read[named.kind]
            yield Candidate(subject, fixed_relation(relation), obj, context.evidence(sentence), rule, noun.lemma_,
                            confidence=0.6)
    elif (not related or of_things) and not glossed and not _equates_descriptions(name, noun, named, grammar):
        yield Candidate(named, fixed_relation("instanceOf"), description, context.evidence(sentence), rule,
                        noun.lemma_, confidence=0.7)
        link = words_of(noun.doc).OF_CASE
        if link and "Plur" not in morph(noun, "Number") and not authors:  # (`sous ses ordres, X` describes no
            # one; `the Spielberg film Jaws` is his work, read above)
            # `Y's daughter X`, `X, the son of Y` (but an event is nobody's: `X, en visite d'État`)
            owners = [] if context.names_an_event(noun) else [o for o in others if stands_for_entity(o)]
            owned = mention(noun, context, kind="Concept", leave_out=(*left_out, *(  # (the noun without them,
                o.head if o.head != noun and o.head in noun.subtree else o for o in owners), *(  # nor a nationality
                a for a in children(noun, L.ADJECTIVE_MODIFIERS) if _said_apart(a, context))))  # or age said apart)
            yield from possessor_facts(named, owned, owners, link, context, sentence, rule)
        yield from _placed(named, noun, context, sentence, rule, grammar)
    yield from affiliation_facts(named, noun, context, sentence, rule, L.ADJECTIVE_MODIFIERS | L.NAME_PARTS)


#: kinds of mention that make a work
AUTHOR_KINDS = frozenset({"Person", "Organization"})


def _authors(work: Mention, noun: Token, others: list[Token], context: Context, sentence: Span, rule: str,
             grammar: ModuleType) -> Iterator[Candidate]:
    """`son film Les Ombres`, `Tom Hale's novel The Shadows`, `the Spielberg film Jaws`: whose work (a noun of
    `WORK_NOUNS`) a title is made it; not what it is of, which may be what it shows (`a painting of Don Carlos`,
    `une biographie de Napoléon`)."""
    if noun.lemma_.lower() not in words_of(noun.doc).WORK_NOUNS:
        return
    shown = grammar.of_complements(noun)
    for author in (o for o in others if o not in shown):
        maker = mention(author, context)
        if maker.kind in AUTHOR_KINDS:
            yield Candidate(maker, fixed_relation("creates"), work, context.evidence(sentence), rule, noun.lemma_,
                            confidence=0.7, variant="work")


def _partitive_of(noun: Token, name: Token, grammar: ModuleType) -> bool:
    """`Brimex, one of the largest banks`, `l'une des plus grandes banques`: the noun of a partitive set on the name
    (its words go with it)."""
    return any(grammar.partitive_noun(c) == noun for c in children(name, L.APPOSITIONS | L.NOUN_MODIFIERS))


def _equates_descriptions(name: Token, noun: Token, named: Mention, grammar: ModuleType) -> bool:
    """`les forces de sécurité sont la cible de …`, `the group was the movement …`: two definite descriptions said
    to be one thing, neither a class of the other (unlike `le calcul évolutionnaire est une famille de …`, a
    name's `Valtek est le leader de …`, one named in its complement, `le traité de Versailles est …`, or a ranked
    one, `… est le premier traité`, `… le troisième parti`)."""
    return not named.is_name and not any(is_name(t) for t in name.subtree) and grammar.is_definite(name) and \
        grammar.is_definite(noun) and not is_ranked(noun, words_of(noun.doc)) and not any(
            "Ord" in morph(a, "NumType") for a in children(noun, L.ADJECTIVE_MODIFIERS))


def _an_occasion_of(noun: Token, context: Context) -> bool:
    """`X was a candidate in the 2002 and the 2007 presidential elections` parsed with the second election apposed to
    X, `le cabinet Valtek, … après les élections de 2013`: a dated event (by its noun) is no class of a name (but
    `LREC, a major conference`, `Valtek Cup, a tournament`). A person took part in it, it took place in a place
    (`Queensland in the 1998 state election`); what a body had to do with it is unsaid, and so is everything when
    the event has a preposition of its own (`le ministre X, et ont, après les élections de 2013, formé …`)."""
    return context.noun_kinds.get(noun.lemma_.lower()) == "Event" and any(
        words_of(noun.doc).DATE_WORDS.fullmatch(t.text) and _in_the_phrase_of(t, noun) for t in noun.subtree)


def _in_the_phrase_of(word: Token, noun: Token) -> bool:
    """Whether a word is the noun's own, through nominal modifiers only (`les élections générales de 2008`; not a
    clause's, `a program developed in 1968`, nor a name's, `le championnat Premier League 2007`)."""
    while word != noun:
        if word.dep_ not in NOMINAL_MODIFIERS or word.head != noun and is_name(word.head):
            return False
        word = word.head
    return True


def _clause_read_as_apposition(name: Token, noun: Token) -> bool:
    """`X, who grew up in Ohio, studied law at Y` parsed with `studied law` apposed to X: after a name's relative
    clause, a verb opening the noun's phrase that the parser made its adjective is the main verb, and the noun no
    class of X (but `X, a listed company`)."""
    return noun.head == name and any(c.dep_ in L.RELATIVE_CLAUSES and c.i < noun.i for c in name.children) and any(
        c.pos_ == "VERB" and c.i == noun.left_edge.i for c in children(noun, L.ADJECTIVE_MODIFIERS))


def _list_read_as_apposition(name: Token, noun: Token) -> bool:
    """`… by the finance committee of the Senate, the Green Party, the Labour Party and …` parsed with the first party
    apposed to the committee: one thing is not several names (`les deux groupes, A et B` are)."""
    return name.head == noun and name.dep_ in L.APPOSITIONS and "Plur" not in morph(noun, "Number") and any(
        is_name(c) and not all(t.ent_iob_ == "I" for t in name.doc[name.i + 1:c.i + 1])  # (a coordination inside
        for c in children(name, L.CONJUNCTS))  # one entity is one name: `The Globe and Mail`)


def _written_between(noun: Token, name: Token) -> list[Token]:
    """`le constructeur automobile allemand Volkswagen`: the adjectives between a class noun and the name written
    right after them, which say what the name is whatever the parser hung them on (it often makes one the name's or
    the verb's subject); none if anything else comes between."""
    words = list(noun.doc[noun.i + 1:name_tokens(name)[0].i])
    return words if all(w.is_alpha and w.is_lower and w.pos_ == "ADJ" and not is_name(w) for w in words) else []


def _with_words_between(description: Mention, noun: Token, between: list[Token], context: Context) -> Mention:
    """The description to the last word before the name, without a nationality or party the parser hung elsewhere
    (a fact of its own)."""
    doc = noun.doc
    before = [t for t in doc[:noun.i] if description.start <= context.offset + t.idx < description.end]
    tokens = [*before, noun, *(w for w in between if w in noun.subtree or not _said_apart(w, context))]
    return replace(description, text=text_of(tokens), end=context.offset + tokens[-1].idx + len(tokens[-1].text))


def _another_post(title: Token, context: Context) -> bool:
    """A post coordinated with a name's first (`fondateur et directeur de Y`), not one of a person of its own (`le
    secrétaire d'État X et la conseillère Y`)."""
    return not is_name(title) and context.noun_kinds.get(title.lemma_.lower()) == "Role" and not any(
        t.ent_type_ in PERSON_ENTITIES and t.dep_ not in L.NAME_PARTS | L.PREPOSITION_OBJECTS and not case_word(t)
        for t in title.subtree)  # (a person whose post it is, not one it is of: `conseiller de X`)


#: properties a relational noun of a stake gives (`shareholder`), whose object the stake is in
STAKE_PROPERTIES = frozenset({"investsIn", "owns"})
#: the dependencies that keep a word inside a noun's own phrase
NOMINAL_MODIFIERS = L.NOUN_MODIFIERS | L.NAME_PARTS | L.ADJECTIVE_MODIFIERS | L.NUMERIC_MODIFIERS | L.PREPOSITIONS | \
    L.PREPOSITION_OBJECTS


def related_by(name: Token, noun: Token, relational: Token, context: Context, grammar: ModuleType) -> list[Token]:
    """What a relational noun relates the name to: its `de` / `of` complement (an entity, or a class of things written
    without an article: `a maker of valves`, `un fournisseur d'électricité`), what a stake is in for a noun of one (`a
    shareholder in X`), its possessor, a name compounded before it (`the ChatGPT maker`; a place only for a noun of a
    place: `a Toronto native`), the name's own possessor before it (`Google's parent X`), or else the name the
    described one is coordinated with (`X and wife Y`); for a noun of a place, the place its complement names (`la
    capitale de la province du Karvin`: Karvin)."""
    prop = context.relational_nouns.get(relational.lemma_.lower())
    classes = prop is not None and property_ranges().get(prop) is None  # (`a resident of X` wants a place)
    placed = prop is not None and property_ranges().get(prop) == "Place"  # (`a Toronto native`: the place is it)
    complements = grammar.of_complements(noun)
    others = _named_through_bodies(noun, context, grammar) or [  # (`a member of the Valtek board`: Valtek)
        a for a in complements if a.i != name.i and (stands_for_entity(a) or is_named(a) or (
            classes and _a_class_of_things(a)))] or [
        place for a in complements if placed and (place := place_named_by(a)) is not None and place.i != name.i]
    others += grammar.possessors(noun)
    if prop in STAKE_PROPERTIES:  # (`un investisseur dans X`)
        others += [a for word, a in grammar.complements(noun) if word in words_of(noun.doc).STAKE_CASES and
                   stands_for_entity(a)]
    others += [c for c in children(noun, L.NAME_PARTS) if c.i < noun.i and is_name(c) and
               (placed or c.ent_type_ not in PLACE_ENTITIES) and c.lower_ not in context.demonyms]
    others += [a for p in children(name, L.POSSESSORS) if p.i < noun.i and stands_for_entity(p)
               for a in grammar.arguments_of(p)]
    owner = None if others else _coordinated_owner(name, noun)  # `X and wife Y`, `Acme and rival Zorg`: X's
    return others + ([owner] if owner is not None else [])


#: how many phrases down a body on a relational noun the organisation it is of may be named
MAX_BODY_DEPTH = 2


def _named_through_bodies(noun: Token, context: Context, grammar: ModuleType) -> list[Token]:
    """`membre du comité exécutif de Y`, `a member of the board of directors of Y`: the organisation named down the
    complements of an organisation's noun (a body of it) on a relational noun (not a person or a place: `membre du
    gouvernement de X`, `du conseil municipal de Lyon`)."""
    return organisation_of_bodies(grammar.of_complements(noun), context, grammar)


def organisation_of_bodies(bodies: list[Token], context: Context, grammar: ModuleType) -> list[Token]:
    """The organisation named down the complements of the organisations' nouns among `bodies` (`the board of
    directors of Y`: Y), or compounded before one (`the Y board`)."""
    inner = [a for a in bodies if not is_name(a) and context.noun_kinds.get(a.lemma_.lower()) == "Organization"]
    compounded = [c for body in inner for c in children(body, L.NAME_PARTS) if c.i < body.i and is_name(c) and
                  c.text[:1].isupper() and c.ent_iob_ != "I" and mention(c, context).kind not in ("Person", "Place")]
    if compounded:
        return compounded
    for _ in range(MAX_BODY_DEPTH):
        inner = [a for body in inner for a in grammar.of_complements(body)]
        found = [a for a in inner if stands_for_entity(a) and a.ent_iob_ != "I" and  # (not the end of the body's
                 mention(a, context).kind not in ("Person", "Place")]  # own name: `the city council of Toronto`)
        if found:
            return found
        inner = [a for a in inner if a.pos_ == "NOUN" and not is_name(a)]
    return []


def _said_apart(adjective: Token, context: Context) -> bool:
    """A nationality, party or age on a noun (`son homologue turc`, `her 16-year-old son`): facts of their own, no
    words of the relation the noun names."""
    aged = words_of(adjective.doc).AGED_PERSON
    return adjective.lower_ in context.affiliation_words or adjective.lemma_.lower() in context.affiliation_words or \
        (aged is not None and aged.fullmatch(adjective.text) is not None)


def _coordinated_owner(name: Token, noun: Token) -> Token | None:
    """`X and wife Y`: the name before `and` whose the relational noun set before the coordinated name is, if that
    name has no such noun of its own (`guitarist A and drummer B` are both the band's)."""
    before, first = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i else None, name.head
    if noun.head != name or noun.dep_ not in L.NAME_PARTS or name.dep_ not in L.CONJUNCTS or before is None or \
            before.dep_ not in L.COORDINATORS or not is_name(first) or first.i > noun.i or \
            any(c.dep_ in L.NAME_PARTS and c.pos_ == "NOUN" for c in first.children):
        return None
    return first


def _a_class_of_things(noun: Token) -> bool:
    """A common noun written without an article, a contracted one or a possessive: `valves`, `d'électricité`."""
    return noun.pos_ == "NOUN" and not any(c.dep_ in L.DETERMINERS | L.POSSESSORS or "Art" in morph(c, "PronType")
                                           for c in noun.children)


def _relational_noun(noun: Token, context: Context) -> Token:
    """The relational noun a description is (`its parent company`: `parent`), else the noun itself."""
    return next((t for t in (noun, *children(noun, L.NAME_PARTS)) if not is_name(t) and
                 t.lemma_.lower() in context.relational_nouns), noun)


def _held_before(title: Token, parts: list[str], context: Context) -> tuple[Qualifier, ...]:
    """When a post was held, if its words say it was before (`l'ancien patron`, `the former chief`, `ex-PDG`): that
    word, as written, for a date."""
    former = words_of(title.doc).FORMER_WORDS
    word = next((c for c in title.lefts if c.dep_ in L.ADJECTIVE_MODIFIERS | L.NAME_PARTS and c.lower_ in former),
                None)
    if word is not None:
        return (literal("date", [word], context),)
    if len(parts) > 1 and parts[0] in former:
        start = context.offset + title.idx
        return (Qualifier("date", Mention(title.text[:len(parts[0])], start, start + len(parts[0])), literal=True),)
    return ()


def _placed(named, noun: Token, context: Context, sentence: Span, rule: str, grammar: ModuleType
            ) -> Iterator[Candidate]:
    """`a university in Sheffield`, `une start-up installée à Lyon`, `an armed group active in eastern Congo`: the place
    a description puts the name in (or names: `dans l'est du Congo`); `a rock band from Leeds`: the place it comes
    from, where it is based; `une entreprise de logiciels de Toronto`, `a newspaper of Chicago`, `a Lyon company`:
    where an organisation of a place is based."""
    words = words_of(noun.doc)
    if context.names_an_event(noun):
        return  # (`A, les élections de 2008 dans l'État de B`: where the event was, a list the parser apposed)
    organisation = context.noun_kinds.get(noun.lemma_.lower()) == "Organization"
    classes = [c for _, c in grammar.complements(noun) if organisation and _a_class_of_things(c)]  # (the parser
    present = [a for a in children(noun, L.ADJECTIVE_MODIFIERS) if a.i > noun.i and  # hangs the place on them, and on
               a.lemma_.lower() in words.PRESENCE_ADJECTIVES]  # an adjective of presence: `a group active in Congo`)
    for before in children(noun, L.NAME_PARTS) if organisation else ():  # `a Lyon company`, `the London firm`
        place = mention(before, context)
        if before.i < noun.i and place_named_by(before) is before and place.kind == "Place":
            yield Candidate(named, fixed_relation("basedIn"), place, context.evidence(sentence), rule, noun.lemma_,
                            confidence=0.65, variant="place")
    for word, obj in [pair for n in (noun, *classes, *present) for pair in grammar.complements(n)]:
        prop = "locatedIn" if word in words.PLACE_CASES else "basedIn" if word in words.ORIGIN_CASES or (
            organisation and word == words.OF_CASE) else None
        target = place_named_by(obj) if prop and not children(obj, L.COPULAS | L.SUBJECTS) else None
        if target is not None:  # (`actif dans l'est du Congo`: Congo)
            place = mention(target, context)
            if place.kind == "Place":
                yield Candidate(named, fixed_relation(prop), place, context.evidence(sentence), rule,
                                noun.lemma_, confidence=0.65, variant="place")


def role_facts(person: Token, title: Token, context: Context, sentence: Span, rule: str, grammar: ModuleType,
               otherwise: list[Token] = (), leave_out: tuple[Token, ...] = ()) -> Iterator[Candidate | Note]:
    """`X, président de Y`, `X, CEO of Y`: X has the role, works for Y (founded it, for a founder); a head's title
    leads what it is of. `otherwise` are the employers when the title names none (who appointed X). Who holds a
    post is a person, whatever the NER said, unless organisations hold it too (`le leader du marché`): an
    organisation is then of that kind, not a holder of the post."""
    words = words_of(title.doc)
    # (`Senator X of Michigan`, `King Harald IV of Norway`: the name's, on any of its words)
    named_of = [a for t in name_tokens(person) for a in grammar.of_complements(t) if is_name(a)]
    employers = grammar.employers_of(title) or [  # `le fondateur et PDG de Y`
        e for t in conjuncts(first_conjunct(title)) if not is_name(t) for e in grammar.employers_of(t)] or named_of
    complements = tuple(e.head for e in employers  # `de la société X`: all of it, but `chez X` is no description
                        if e.head.head == title and not case_word(e))
    practised_in = [c for c in title.children if is_name(c) and place_of_trade(title, c) and (
        c.dep_ in L.NAME_PARTS and c.i < title.i or c.dep_ in L.NOUN_MODIFIERS and case_word(c) in words.OF_CASES)]
    # (`Sacramento rapper X`, `un avocat de Lyon`: a rapper, a lawyer, based there)
    inside = tuple(t for t in (person, *employers, *complements, *practised_in) if t in title.subtree)
    role = member_phrase(mention(title, context, leave_out=(*inside, *leave_out), kind="Role"), title, context,
                         singular=True)  # (`A et B, deux dirigeants de Y`: each is a `dirigeant`)
    employers = employers or [e for e in otherwise if stands_for_entity(e)]
    holder, evidence = mention(person, context), context.evidence(sentence)
    organisations_too = title.lemma_.lower() in words.ORGANISATION_ROLES
    if holder.is_name and not organisations_too:
        yield Typed(holder, "Person")
    described = "instanceOf" if organisations_too and holder.kind in ("Organization", "Place") else "hasRole"  # (a
    yield Candidate(holder, fixed_relation(described), role, evidence, rule, title.lemma_, confidence=0.8)  # post is
    # a person's)
    relation = fixed_relation("founded" if title.lemma_.lower() in words.ROLE_FOUNDERS else "worksFor")
    parts = title.lemma_.lower().split("-")  # (`directeur adjoint`, `vice-président`: a post under the head's)
    before = [c.lower_ for c in title.lefts if c.dep_ in L.ADJECTIVE_MODIFIERS | L.NAME_PARTS and not is_name(c)]
    held = _held_before(title, parts, context)  # (`l'ancien patron de X`, `ex-PDG de X`: worked for X, led it)
    heads = (parts[-1] in words.HEAD_TITLES or " ".join([*before[-1:], parts[-1]]) in words.HEAD_TITLES) and \
        words.SUBORDINATE_TITLE_WORDS.isdisjoint([*parts[:-1], *(c.lower_ for c in title.children)])
    # `le chef du parti`, `the chief of the party`, `Renault's boss`, `Renault chief executive X` lead it (but
    # `Renault's head of research` heads a field of it: a title `of` something unnamed leads that only)
    of = grammar.of_complements(title) or [  # (`the founder and chief executive of Y`: another post's)
        e for e in employers if any(e in grammar.of_complements(t) for t in conjuncts(first_conjunct(title)))]
    fields = [o for o in of if not stands_for_entity(o)]
    headed = [*of, *(e for e in employers if (e.i < title.i or e in named_of) and not fields)] if heads else []
    for employer in employers:
        named = mention(employer, context)
        yield Candidate(holder, employment(relation, named, words), named, evidence, rule, title.lemma_, held,
                        confidence=0.8)
        if employer in headed:
            yield Candidate(holder, fixed_relation("leads"), mention(employer, context), evidence, rule,
                            title.lemma_, held, confidence=0.8)
    behind = tuple(Qualifier("opponent", mention(t, context)) for t in title.subtree  # `…, devant Y`: Y is behind
                   if t.dep_ in L.NOUN_MODIFIERS and case_word(t) in words.RANKING_CASES and stands_for_entity(t))
    for led in grammar.definite_complements(title) if heads and not employers else ():  # `X, leader du championnat`
        yield Candidate(holder, fixed_relation("leads"), mention(led, context), evidence, rule, title.lemma_,
                        behind, confidence=0.7)
    yield from affiliation_facts(holder, title, context, sentence, rule, L.ADJECTIVE_MODIFIERS | L.NAME_PARTS)
