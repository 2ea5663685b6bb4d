"""Descriptions of names: appositions and titles, copulas, examples, `en tant que`, possessives."""


from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.fr import WORDS as W
from ...model import Candidate, Qualifier
from ...ontology import Lexicon
from ...text import fold
from .. import labels as L
from ..context import Context, case_word, children, fixed_relation
from ..facts import affiliation_facts, possessor_facts, relational_facts, typed_by
from ..mentions import conjuncts, mention, named_attribute
from ..names import PERSON_ENTITIES, is_name, stands_for_entity
from .grammar import (
    arguments_of,
    class_noun_before,
    clause_subjects,
    employers_of,
    event_agents,
    marker_word,
    named_referent,
    nominal_verb,
    noun_between_commas,
    opening_apposition,
    possessors,
    referent_token,
    titled_person,
)


def _role_facts(person: Token, title: Token, context: Context, sentence: Span, rule: str,
                otherwise: list[Token] = (), leave_out: tuple[Token, ...] = ()) -> Iterator[Candidate]:
    """`X, président de Y`: X has role `président`, X works for Y; `le fondateur et PDG de Y` shares Y.

    `otherwise` are the employers when the title names none (who appointed X).
    """
    employers = employers_of(title) or [e for t in conjuncts(title) if not is_name(t) for e in employers_of(t)]
    complements = tuple(e.head for e in employers  # `de la société X`: all of it, but `chez X` is no description,
                        if e.head.head == title and not case_word(e))  # nor `des ventes` in `des ventes de X`
    inside = (person,) if person in title.subtree else ()  # `du caporal X`, but not the whole clause X heads
    role = mention(title, context, leave_out=(*employers, *complements, *inside, *leave_out), kind="Role")
    employers = employers or [e for e in otherwise if stands_for_entity(e)]
    holder = mention(person, context)
    evidence = context.evidence(sentence)
    yield Candidate(holder, fixed_relation("hasRole"), role, evidence, rule, title.lemma_, confidence=0.8)
    relation = fixed_relation("founded") if title.lemma_.lower() in W.ROLE_FOUNDERS else fixed_relation("worksFor")
    heads = title.lemma_.lower().split("-")[-1] in W.HEAD_TITLES
    for employer in employers:
        yield Candidate(holder, relation, mention(employer, context), evidence, rule, title.lemma_, confidence=0.8)
        if heads and employer.head == title and \
                case_word(employer) == "de":  # `le chef du parti` leads it; `directeur des ventes pour Y` does not
            yield Candidate(holder, fixed_relation("leads"), mention(employer, context), evidence, rule,
                            title.lemma_, confidence=0.8)
    behind = tuple(Qualifier("opponent", mention(t, context)) for t in title.subtree  # `…, devant Y`: Y is behind
                   if t.dep_ in L.NOUN_MODIFIERS and case_word(t) in W.RANKING_CASES and stands_for_entity(t))
    for led in _definite_complements(title) if heads and not employers else ():  # `X, leader du championnat`
        yield Candidate(holder, fixed_relation("leads"), mention(led, context), evidence, rule, title.lemma_,
                        behind, confidence=0.7)


def _definite_complements(title: Token) -> list[Token]:
    """The common nouns a title is `de` with an article, right after it (`du championnat`, `de la police`), not a
    field without one (`chef de cabinet`, nor `du ministre` after it) nor one of an employer named otherwise; the
    parser sometimes hangs them as obliques."""
    doc = title.doc
    if any(case_word(t) in W.EMPLOYER_CASES for t in title.subtree):
        return []  # `directeur des ventes pour Vinalys`: a field of someone else's
    return [c for c in title.children if c.dep_ in L.NOUN_MODIFIERS | L.ARGUMENT_OBLIQUES and c.pos_ == "NOUN"
            and case_word(c) == "de" and not is_name(c) and c.i > title.i
            and all(t.pos_ == "ADJ" for t in doc[title.i + 1:c.left_edge.i]) and (
                any("Def" in d.morph.get("Definite") for d in children(c, L.DETERMINERS)) or
                any(m.lower_ in ("du", "des") for m in children(c, L.CASE_MARKERS)))]


def _describe(name: Token, noun: Token, context: Context, sentence: Span, rule: str,
              leave_out: tuple[Token, ...] = ()) -> Iterator[Candidate]:
    """A name described by a common noun: a role if the noun is a role, else membership of a class.

    A nationality adjective on the noun (`une entreprise américaine`) also gives the name's country.
    """
    if noun.lower_ in context.affiliation_words:
        return  # `le Britannique X`: the nationality rule says what the word says
    named = typed_by(mention(name, context), noun, context)
    description = mention(noun, context, leave_out=(name, *leave_out), kind="Concept")
    position = context.offset + noun.idx
    context.discourse.describe(noun.lemma_.lower(), position, named)
    context.discourse.describe(fold(description.text), position, named)
    others = [a for c in children(noun, L.NOUN_MODIFIERS) if case_word(c) == "de" for a in arguments_of(c)
              if (stands_for_entity(a)) and a.i != name.i] + possessors(noun)
    related = list(relational_facts(named, noun, others, context, sentence, rule))  # `X, le concurrent de Y`
    if related:
        yield from related
    elif context.noun_kinds.get(noun.lemma_.lower()) == "Role":
        yield from _role_facts(name, noun, context, sentence, rule, leave_out=leave_out)
    else:
        yield Candidate(named, fixed_relation("instanceOf"), description, context.evidence(sentence), rule,
                        noun.lemma_, confidence=0.7)
        if "Plur" not in noun.morph.get("Number"):  # (`sous ses ordres, X` describes no one)
            yield from possessor_facts(named, description, possessors(noun), "de", context, sentence, rule)
    yield from affiliation_facts(named, noun, context, sentence, rule)


def _partitive_noun(token: Token) -> Token | None:
    """`l'un des fondateurs`: the noun an `un de` stands for (keeping the apposition's label)."""
    if token.lemma_.lower() not in ("un", "une") or token.pos_ not in {"PRON", "NUM", "DET"}:
        return None
    return next((c for c in children(token, L.NOUN_MODIFIERS) if c.pos_ == "NOUN" and case_word(c) == "de"), None)


def apposition(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Nick Dupont, le président de Acme, …` and `le géant technologique Acme` -> role / class facts."""
    for token in sentence:
        if is_name(token):
            noun = class_noun_before(token, context.roles)
            if noun is not None and named_referent(noun) == noun:
                yield from _describe(token, noun, context, sentence, "fr.title")
            noun = noun_between_commas(token, context.describing_nouns)
            if noun is not None:
                yield from _describe(token, noun, context, sentence, "fr.apposition")
            for child in token.children:
                after_comma = child.i > 0 and child.doc[child.i - 1].text == "," or any(
                    t.text == "," for t in child.doc[token.i:child.i])
                dep, child = child.dep_, _partitive_noun(child) or child  # `X, l'un des fondateurs de Y`
                # `X, directrice de Y,`: a title or a relational noun needs no article
                determined = bool(children(child, L.DETERMINERS)) or child.lemma_.lower() in context.describing_nouns
                if child.pos_ == "NOUN" and not is_name(child) and (
                        dep in L.APPOSITIONS or (dep in L.CONJUNCTS | L.NOUN_MODIFIERS and after_comma
                                                 and determined and not case_word(child))):
                    yield from _describe(token, child, context, sentence, "fr.apposition")
        elif token.pos_ == "NOUN" and token.lower_ not in W.HONORIFICS:
            referent = named_referent(token)
            if referent == token:  # `le fondateur et directeur de Acme, Jean Dupont` (name parsed as a conjunct)
                referent = next((c for c in children(token, L.CONJUNCTS) if is_name(c) and titled_person(token, c)
                                 and c.doc[c.i - 1].text == ","), None) or opening_apposition(token) or token
            if referent != token:
                # `le fondateur et directeur de Y, X`; `le fonds Elliott, actionnaire du groupe`
                apposed = [c for c in children(token, L.CONJUNCTS | L.APPOSITIONS) if c.pos_ == "NOUN" and
                           not is_name(c) and not _titles_its_own_person(c, context.roles)]
                for title in [token, *apposed]:
                    yield from _describe(referent, title, context, sentence, "fr.title")


def _titles_its_own_person(title: Token, roles: frozenset[str]) -> bool:
    """`…, l'amiral Jean Morin`: an apposed title with a person of its own describes that person, not the name."""
    person = named_referent(title)
    return person != title and (titled_person(title, person) or (
        title.lemma_.lower() in roles and person.ent_type_ in PERSON_ENTITIES))


def possession(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme lance son logiciel Zorg` / `la vente de ses avions Rafale` -> Acme owns Zorg / Rafale.

    A third-person possessive on a product noun that names something belongs to whoever the clause (or the
    event the noun is the theme of) is about.
    """
    for token in sentence:
        if token.pos_ not in {"NOUN", "ADJ"} or context.noun_kinds.get(token.lemma_.lower()) != "Product":
            continue
        if not any("Yes" in d.morph.get("Poss") and "3" in d.morph.get("Person", ["3"])
                   for d in children(token, L.DETERMINERS)):
            continue
        named = referent_token(token)
        owned = token._.kg_referent or (mention(named, context) if named != token else None)
        if owned is None or not owned.is_name:
            continue
        if token.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES and token.head.pos_ == "VERB":
            owners = clause_subjects(token.head)
        else:
            event = next((h for h in (token.head, token.head.head) if nominal_verb(h, context)), None)
            owners = event_agents(event) if event is not None else []
        for owner in owners:
            owner_mention = mention(owner, context)
            if owner_mention.text != owned.text:
                yield Candidate(owner_mention, fixed_relation("owns"), owned, context.evidence(sentence),
                                "fr.possessive", "son", confidence=0.6)


def exemplification(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`des entrepreneurs de la défense comme Acme et Bolt` -> Acme, Bolt instance of entrepreneurs de la défense."""
    for token in sentence:
        if not is_name(token):
            continue
        marker = next((c for c in token.children if c.i < token.i and (c.dep_ in L.MARKERS | L.CASE_MARKERS or
                                                                        c.lower_ in W.EXAMPLE_ADVERBS)), None)
        if marker is None or marker_word(marker) not in W.EXAMPLE_MARKERS | W.EXAMPLE_ADVERBS:
            continue
        if marker_word(marker) == "que" and not (marker.i > 0 and marker.doc[marker.i - 1].lemma_ == "tel"):
            continue
        group = token.head
        if group.pos_ in {"VERB", "AUX"}:  # `on retrouve des États comme la Grèce`, `comme …` hung on the verb
            group = next((o for o in reversed(children(group, L.OBJECTS)) if o.i < token.i), group)
        if group.pos_ != "NOUN" or is_name(group):
            continue
        members = tuple(conjuncts(token))
        for member in members:
            yield from _describe(member, group, context, sentence, "fr.example", leave_out=members)


def predicative(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`En tant qu'entreprise américaine, Acme entend …` -> Acme instance of entreprise américaine."""
    for token in sentence:
        if token.pos_ != "NOUN" or case_word(token) not in W.PREDICATIVE_CASES or \
                token.head.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in clause_subjects(token.head):
            if is_name(subject) and subject.i != token.i:
                yield from _describe(subject, token, context, sentence, "fr.predicative")


def copula(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme est une start-up française` -> Acme instance of start-up française; `X, devenu PDG de Acme` and
    `X est devenue directrice de Acme` -> role facts."""
    for predicate in sentence:
        verb = predicate.head
        if predicate.pos_ == "NOUN" and predicate.dep_ in L.OPEN_COMPLEMENTS and verb.lemma_ in W.BECOMING_VERBS:
            subjects = ([verb.head] if verb.dep_ in L.CLAUSAL_MODIFIERS else
                        [a for s in children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS) for a in arguments_of(s)])
            for subject in (s for s in subjects if stands_for_entity(s)):
                yield from _describe(subject, predicate, context, sentence, "fr.copula")
            continue
        named = named_attribute(predicate)
        if named is not None:  # `le premier constructeur européen est Vinalys`
            for subject in children(predicate, L.SUBJECTS):
                if subject.pos_ == "NOUN" and not is_name(subject):
                    yield from _describe(named, subject, context, sentence, "fr.copula")
            continue
        if predicate.pos_ != "NOUN" or not children(predicate, L.COPULAS):
            continue
        case = case_word(predicate)
        if case and case not in W.MEMBERSHIP_CASES:
            continue
        adverbs = tuple(children(predicate, L.ADVERB_MODIFIERS))  # `était également président`: the clause's
        for subject in clause_subjects(predicate):  # (`X, qui était président de Y`: the relative's antecedent)
            if subject.pos_ == "PRON" and not stands_for_entity(subject):
                continue  # `c'est le chef qui choisit`: a cleft, whose `ce` is nobody
            if case in W.MEMBERSHIP_CASES:  # `A et B sont parmi les partenaires`
                yield Candidate(mention(subject, context), fixed_relation("memberOf"), mention(predicate, context),
                                context.evidence(sentence), "fr.member", "être", confidence=0.6)
                yield from relational_facts(mention(subject, context), predicate, [], context, sentence, "fr.member")
            else:
                yield from _describe(subject, predicate, context, sentence, "fr.copula", leave_out=adverbs)


def appointment(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme a nommé X directeur général`, `X a été nommée au poste de présidente de Bolt` -> X has role, X works
    for Acme / Bolt; `nommé à la tête de Bolt` -> X leads Bolt."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in W.APPOINTMENT_VERBS:
            continue
        passive = children(verb, L.PASSIVE_SUBJECTS)
        people = [a for p in passive for a in arguments_of(p)] if passive else [
            a for o in children(verb, L.OBJECTS) for a in arguments_of(o)]
        appointers = [a for o in children(verb, L.AGENTS) for a in arguments_of(o)] if passive else \
            clause_subjects(verb)
        titles = children(verb, L.OPEN_COMPLEMENTS) + [
            o for o in children(verb, L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES) if case_word(o) in ("à", "comme")]
        titles = [next((c for c in children(t, L.NOUN_MODIFIERS) if case_word(c) == "de"), t)
                  if t.lemma_.lower() in W.POST_NOUNS else t for t in titles]  # `au poste de directrice`
        for person in (p for p in people if stands_for_entity(p)):
            for title in titles:
                if title.lemma_.lower() in W.HEAD_NOUNS:
                    for led in (a for c in employers_of(title) for a in arguments_of(c)):
                        yield Candidate(mention(person, context), fixed_relation("leads"), mention(led, context),
                                        context.evidence(sentence), "fr.appointment", verb.lemma_, confidence=0.75)
                elif context.noun_kinds.get(title.lemma_.lower()) == "Role":
                    yield from _role_facts(person, title, context, sentence, "fr.appointment", appointers)
