"""Descriptions of names: appositions and titles, copulas, examples of a group."""

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en import LANG
from ...lang.en import WORDS as W
from ...model import Candidate, Mention
from ...ontology import Lexicon
from ...text import fold
from .. import labels as L
from ..context import Context, children, fixed_relation
from ..facts import affiliation_facts, relational_facts, typed_by
from ..mentions import conjuncts, kind_of, mention, named_attribute
from ..names import is_name, name_tokens, stands_for_entity
from .grammar import (
    arguments_of,
    clause_subjects,
    employers_of,
    is_amount,
    possessor_set_off,
    possessors,
    preposition,
    prepositional_objects,
    referent_token,
    titled_person,
)


def _role_facts(person: Token, title: Token, context: Context, sentence: Span, rule: str,
                otherwise: list[Token] = ()) -> Iterator[Candidate]:
    """`X, CEO of Y`: X has role `CEO`, X works for Y (founded Y for a founder); `otherwise` are the employers when
    the title names none (who appointed X)."""
    employers = employers_of(title) or [  # `Senator X of Michigan`
        a for word, o in prepositional_objects(person) if word == "of" and is_name(o) for a in arguments_of(o)
    ] or [e for e in otherwise if stands_for_entity(e)]
    holder = mention(person, context)
    evidence = context.evidence(sentence)
    inside = tuple(t for t in (person, *employers) if t in title.subtree)  # `CEO of Y`, `named X CEO` misparsed
    role = mention(title, context, leave_out=inside, kind="Role")
    yield Candidate(holder, fixed_relation("hasRole"), role, evidence, rule, title.lemma_, confidence=0.8)
    relation = fixed_relation("founded" if title.lemma_.lower() in W.ROLE_FOUNDERS else "worksFor")
    headed = [a for word, o in prepositional_objects(title) if word == "of" for a in arguments_of(o)] \
        if title.lemma_.lower() in W.HEAD_TITLES else []  # `the chief of the party` leads it
    for employer in employers:
        yield Candidate(holder, relation, mention(employer, context), evidence, rule, title.lemma_, confidence=0.8)
        if employer in headed:
            yield Candidate(holder, fixed_relation("leads"), mention(employer, context), evidence, rule,
                            title.lemma_, confidence=0.8)
    yield from affiliation_facts(holder, title, context, sentence, rule, L.ADJECTIVE_MODIFIERS | L.NAME_PARTS)


#: named-entity types of a place, which a noun's compound names as where, not whose (`the US maker`)
PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC", "FAC"})


def describe(name: Token, noun: Token, context: Context, sentence: Span, rule: str,
             leave_out: tuple[Token, ...] = ()) -> Iterator[Candidate]:
    """A name described by a common noun: a role if the noun is a role, else an instance of a class.

    A nationality adjective on the noun (`an American company`) also gives the name's country.
    """
    if noun.lower_ in context.affiliation_words:
        return  # `the Australian X`: the nationality rule says what the word says
    if context.noun_kinds.get(noun.lemma_.lower()) == "Role":  # a later `the mayor` means this person
        context.discourse.describe(noun.lemma_.lower(), context.offset + noun.idx, mention(name, context))
        yield from _role_facts(name, noun, context, sentence, rule)
        return
    named = typed_by(mention(name, context), noun, context)
    others = [w for word, o in prepositional_objects(noun) if word == "of" for w in arguments_of(o)
              if stands_for_entity(w)]
    others += possessors(noun) + [c for c in children(noun, L.NAME_PARTS) if c.i < noun.i and is_name(c) and
                                   c.ent_type_ not in PLACE_ENTITIES and c.lower_ not in context.demonyms]
    others += [a for p in children(name, L.POSSESSORS) if p.i < noun.i and stands_for_entity(p)  # `Google's parent X`
               for a in arguments_of(p)]
    relational = next((t for t in (noun, *children(noun, L.NAME_PARTS)) if not is_name(t) and
                       t.lemma_.lower() in context.relational_nouns), noun)  # `its parent company`
    # `X, a unit of Y`, `X, the ChatGPT maker`, `Instagram's parent company X`
    related = list(relational_facts(named, relational, others, context, sentence, rule))
    yield from related
    if related:
        return
    inside = tuple(t for t in (name, *leave_out) if t in noun.subtree)  # `the maker of X, Y`, not `Y, the maker`
    description = mention(noun, context, leave_out=inside, kind="Concept")
    position = context.offset + noun.idx
    context.discourse.describe(noun.lemma_.lower(), position, named)
    context.discourse.describe(fold(description.text), position, named)
    yield Candidate(named, fixed_relation("instanceOf"), description, context.evidence(sentence), rule, noun.lemma_,
                    confidence=0.7)
    for word, obj in prepositional_objects(noun):  # `a university in Sheffield`, `a startup based at Station F`
        if word in ("in", "at") and is_name(obj):
            place = mention(obj, context)
            if place.kind == "Place":
                yield Candidate(named, fixed_relation("locatedIn"), place, context.evidence(sentence), rule + "+place",
                                noun.lemma_, confidence=0.65)
    yield from affiliation_facts(named, noun, context, sentence, rule, L.ADJECTIVE_MODIFIERS | L.NAME_PARTS)


def _is_class_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" or (token._.kg_common_noun and token.pos_ == "PROPN")


def _describes(noun: Token) -> bool:
    """An appositive noun that says what a name is, not a count in brackets (`( 5 seats )`) nor an amount."""
    in_brackets = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "("
    return not in_brackets and not children(noun, {"nummod"}) and not is_amount(noun)


def apposition(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Tim Dupont, the CEO of Acme`, `the CEO of Acme, Tim Dupont`, `Acme CEO Tim Dupont` -> role facts;
    `the Swedish carmaker Volvo`, `Volvo, a carmaker` -> class (and nationality) facts."""
    for token in sentence:
        if not is_name(token):
            continue
        for child in token.children:
            if child.dep_ in L.APPOSITIONS and _is_class_noun(child) and not is_name(child) and \
                    _describes(child):
                yield from describe(token, child, context, sentence, "en.apposition")
            elif child.dep_ in L.NAME_PARTS and child.i < token.i and _is_class_noun(child) and not is_name(child):
                yield from describe(token, child, context, sentence, "en.title")  # `Airbus CEO X`, `the carmaker X`
        if token.dep_ in L.APPOSITIONS and _is_class_noun(token.head) and not is_name(token.head) and \
                _describes(token.head):
            yield from describe(token, token.head, context, sentence, "en.apposition")
    for noun in sentence:  # `Standard & Poor's, the rating agency, cited …` parsed with the name as a possessor
        owner = possessor_set_off(noun) if noun.pos_ == "NOUN" and _is_class_noun(noun) else None
        if owner is not None:
            yield from describe(owner, noun, context, sentence, "en.apposition")
    for title in sentence:  # `the president of X, Jane Doe` parsed with Jane Doe apposed to X
        person = titled_person(title) if context.noun_kinds.get(title.lemma_.lower()) == "Role" else None
        if person is not None:
            yield from describe(person, title, context, sentence, "en.title")


def copula(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme is a French startup` -> Acme instance of French startup; `X is the CEO of Acme`, `X, who became CEO of
    Acme` -> role facts."""
    for verb in sentence:
        if verb.lemma_ not in W.COPULA_VERBS:
            continue
        named = named_attribute(verb)
        for subject in children(verb, L.SUBJECTS):
            if named is not None and _is_class_noun(subject) and not is_name(subject):
                yield from describe(named, subject, context, sentence, "en.copula")  # `the largest X is Acme`
        for attribute in children(verb, L.ATTRIBUTES):
            if not _is_class_noun(attribute) or is_name(attribute):
                continue
            for subject in clause_subjects(verb):
                if stands_for_entity(subject):
                    yield from describe(subject, attribute, context, sentence, "en.copula")


def exemplification(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`defence contractors such as Acme and Bolt` -> Acme, Bolt instance of defence contractors."""
    for marker in sentence:
        if marker.dep_ not in L.PREPOSITIONS or preposition(marker) not in W.EXAMPLE_MARKERS:
            continue
        group = marker.head
        if group.pos_ != "NOUN" or is_name(group):
            continue
        members = tuple(m for o in children(marker, L.PREPOSITION_OBJECTS) for m in arguments_of(o) if is_name(m))
        for member in members:
            yield from describe(member, group, context, sentence, "en.example", leave_out=tuple(conjuncts(member)))


def participle_modifier(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`the Paris-based startup Mistral` -> based in Paris; `the Tencent-owned studio Riot` -> Tencent owns Riot.

    The participle's lexicon frame decides: an `in` frame makes the modifier a place, an object frame its agent.
    """
    for participle in sentence:
        if participle.dep_ not in L.ADJECTIVE_MODIFIERS or participle.tag_ != "VBN":
            continue
        lemma = participle.lemma_.lower()
        modifiers = [c for c in participle.children if c.dep_ in {"npadvmod"} | L.NAME_PARTS and is_name(c)]
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


def appointment(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme appointed X as chief executive`, `X was named CEO of Bolt` -> X has role, X works for Acme / Bolt."""
    for verb in sentence:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in W.SERVING_VERBS:  # `X served as governor of Y`
            titles = [o for word, o in prepositional_objects(verb) if word == "as"]
            for person in (p for p in clause_subjects(verb) if stands_for_entity(p)):
                for title in (t for t in titles if context.noun_kinds.get(t.lemma_.lower()) == "Role"):
                    yield from _role_facts(person, title, context, sentence, "en.appointment")
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in W.APPOINTMENT_VERBS:
            continue
        passive = bool(children(verb, L.PASSIVE_SUBJECTS))
        people = clause_subjects(verb) if passive else [a for o in children(verb, L.OBJECTS) for a in arguments_of(o)]
        appointers = [a for word, o in prepositional_objects(verb) if word == "by" for a in arguments_of(o)] \
            if passive else clause_subjects(verb)
        titles = [o for word, o in prepositional_objects(verb) if word == "as"] + children(verb, L.PREDICATIVES)
        titles += [o for p in people for word, o in prepositional_objects(p) if word == "as"]
        people = people or [c for t in titles for c in t.children if c.i < t.i and is_name(c)]  # `named X CEO`
        appointers += [a for t in titles for word, o in prepositional_objects(t) if word == "by"
                       for a in arguments_of(o)]  # `hired as CFO by Acme`
        for person in (p for p in people if stands_for_entity(p)):
            for title in (t for t in titles if context.noun_kinds.get(t.lemma_.lower()) == "Role"):
                yield from _role_facts(person, title, context, sentence, "en.appointment", appointers)


def relative_title(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme, whose chief executive is X, …` -> X has role chief executive, X works for Acme."""
    for word in sentence:
        title, verb = word.head, word.head.head
        if word.lower_ != "whose" or context.noun_kinds.get(title.lemma_.lower()) != "Role" or \
                verb.lemma_ != "be" or verb.dep_ not in L.RELATIVE_CLAUSES:
            continue
        for person in (a for c in children(verb, L.ATTRIBUTES) for a in arguments_of(c) if is_name(a)):
            yield from _role_facts(person, title, context, sentence, "en.relative_title", [verb.head])
