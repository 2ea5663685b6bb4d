"""English grammar the rules share: subjects a verb inherits, arguments behind coordination, prepositions, what a
verb's clause holds (its objects and their frame, its qualifiers, a passive's agents), how moves are attached."""

from collections.abc import Collection, Iterator, Mapping

from spacy.tokens import Span, Token

from ...lang.en import LANG
from ...lang.en import WORDS as W
from ...model import Mention, Qualifier
from ...ontology import Lexicon
from .. import labels as L
from ..context import SOMEONE_CLASSES, Context, children, morph
from ..expanders import place_named_by, place_of_site, relative_place_qualifier
from ..grammar import (
    ACT_RELATIONS,
    CLAUSE_ROLES,
    VerbObjects,
    appointees,
    compared_figures,
    counted_by,
    deal_value,
    denied,
    enclosing_verb,
    event_read_elsewhere,
    gapped_participles,
    hedged,
    intent_noun,
    interviewers,
    is_set_off,
    moves_a_seat,
    names_a_body_part,
    names_no_thing,
    phrase_role,
    place_of_trade,
    predicate,
    quantified_by_none,
    ranked_subject,
    refers_to_organisation,
    refused_objects,
    shared_objects,
    unasserted_content,
)
from ..mentions import conjuncts, is_incise, literal, mention, named_members, text_of, written_phrase
from ..names import (
    INSTITUTION_ENTITIES,
    LOCATION_ENTITIES,
    PERSON_ENTITIES,
    TIME_ENTITIES,
    is_name,
    is_named,
    name_tokens,
    stands_for_entity,
)

#: verbs whose complement clause happens only if they do: `would help carmakers build trucks`
CAUSATIVE_VERBS = frozenset({"help", "let", "make", "allow", "enable"})


#: what a preposition's own words may hang on it by: `right after`, `such as`
_PREPOSITION_MODIFIERS = L.ADVERB_MODIFIERS | (L.ADJECTIVE_MODIFIERS - L.NUMERIC_MODIFIERS)


def preposition(token: Token) -> str:
    """The preposition a `prep` token spells, multi-word ones kept whole: `according to`, `such as`."""
    words = [t for t in token.children if t.dep_ in _PREPOSITION_MODIFIERS and t.i < token.i] + [token]
    if token.dep_ in L.PREPOSITIONS and token.i + 1 < len(token.doc) and token.doc[token.i + 1].dep_ in L.PREPOSITIONS \
            and token.doc[token.i + 1].head == token:
        words.append(token.doc[token.i + 1])
    return " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))


def complements(word: Token) -> list[tuple[str, Token]]:
    """(preposition, object) of each prepositional phrase on a word, as the shared rules take them."""
    return list(prepositional_objects(word))


def prepositional_objects(verb_or_noun: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, its object) for each prepositional phrase on a word: `to Lyon` -> ("to", Lyon), `in
    neighbouring Malaysia` -> ("in", Malaysia)."""
    preps = children(verb_or_noun, L.PREPOSITIONS | L.AGENTS) + [  # `sell X to Y` is often a `dative` ADP
        d for d in children(verb_or_noun, L.INDIRECT_OBJECTS) if d.pos_ == "ADP"]
    for prep in sorted(preps, key=lambda t: t.i):
        objects = children(prep, L.PREPOSITION_OBJECTS) or [o for p in children(prep, L.PREPOSITIONS)
                                                           for o in children(p, L.PREPOSITION_OBJECTS)] or [
            # `in neighbouring Malaysia`: an -ing adjective the parser took for a verb with the name as its object
            o for g in children(prep, L.PREPOSITION_COMPLEMENTS) for o in children(g, L.OBJECTS)
            if o.i == g.i + 1 and is_name(o) and g.i == prep.i + 1]
        for obj in objects:
            yield preposition(prep), obj


def arguments_of(token: Token) -> list[Token]:
    """The argument heads a nominal stands for: coordinated members (not the titles of one person named after
    them: `Acme's founder and chief executive, X`); `access to X` stands for X."""
    heads = []
    members = conjuncts(token)
    if len(members) > 1 and is_name(referent_token(token)) and all(m._.kg_noun_class == "Role" for m in members):
        members = [token]
    for member in members:
        if member.lemma_.lower() in W.LIGHT_NOUNS:
            target = [o for word, o in prepositional_objects(member) if word in ("to", "of")]
            if target:
                heads += [t for o in target for t in conjuncts(o)]
                continue
        heads += named_members(member, referent_token(member))
    return [h for h in heads if h.pos_ not in {"PRON", "SCONJ"} or h._.kg_referent is not None]


def referent_token(token: Token) -> Token:
    """The name a descriptive noun stands for: `the Steam Deck, a console …` -> Steam Deck; what a noun counting
    things stands for: `a series of bombings` -> bombings."""
    if is_name(token):
        return token
    if token.lemma_.lower() in W.QUANTITY_NOUNS:
        counted = next((o for word, o in prepositional_objects(token) if word == W.OF_CASE and
                        o.pos_ in {"NOUN", "PROPN"}), None)
        if counted is not None:
            return referent_token(counted)
    if token.lower_ in W.RELATIVE_PRONOUNS or token.lower_ in W.PREPOSITIONAL_RELATIVES:  # `…, which it uses`,
        # `X, in which …`, `X, whose shares …`: X (the pronoun on the clause's verb, or on a preposition or noun of it)
        clause = next((a for a in token.ancestors if a.pos_ not in {"ADP", "NOUN", "PROPN"}), None)  # (`whose
        if clause is not None and clause.dep_ in L.RELATIVE_CLAUSES:  # founder Tom Hale died`: through the name)
            return referent_token(clause.head)
    if token.dep_ in L.APPOSITIONS and is_name(token.head):
        return token.head
    if token.dep_ in L.ATTRIBUTES | L.PREDICATIVES:  # `X is a team based in Y`: what the attribute says X is;
        # `made X the largest carmaker in Y`: what X is made
        subject = next((s for s in children(token.head, L.SUBJECTS if token.dep_ in L.ATTRIBUTES else L.OBJECTS)
                        if is_name(s)), None)
        if subject is not None:
            return subject
    return next((c for c in children(token, L.APPOSITIONS) if is_name(c)), None) or titled_person(token) or \
        possessor_set_off(token) or identified_as(token) or name_hung_apart(token) or named_unit(token) or token


def named_unit(noun: Token) -> Token | None:
    """`its Brimex unit`, `Valtek's Orvane subsidiary`: an organisation's noun with an owner, written after a name that
    is no place, is that name (not `its Ohio plant`, nor `its US unit`: where)."""
    if noun._.kg_noun_class != "Organization" or not children(noun, L.POSSESSORS):
        return None
    return next((c for c in children(noun, L.NAME_PARTS) if c.i == noun.i - 1 and is_name(c) and
                 c.ent_type_ not in LOCATION_ENTITIES | {"NORP"}), None)


def name_hung_apart(noun: Token) -> Token | None:
    """`met his Turkish counterpart Ahmet Soylu` parsed with the name an adverbial of the verb: a name right after a
    noun's phrase, hung outside it with no preposition, is the name of what the noun describes."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc) or noun.pos_ != "NOUN":
        return None
    name = noun.doc[after]
    while name.dep_ in L.NAME_PARTS and name.head.i > name.i:
        name = name.head
    return name if is_name(name) and name.head == noun.head and name.dep_ in (
        L.NOUN_PHRASE_ADVERBIALS | L.UNLABELLED | L.APPOSITIONS) else None


def identified_as(noun: Token) -> Token | None:
    """`the gunman, identified as X`, `a man named X`: the person a noun describes, named by a participle on it."""
    return next((n for p in children(noun, L.CLAUSAL_MODIFIERS) if p.lemma_.lower() in W.IDENTIFYING_VERBS
                 for n in [*children(p, L.PREDICATIVES), *(o for word, o in prepositional_objects(p) if word == "as")]
                 if is_name(n)), None)


def possessor_set_off(noun: Token) -> Token | None:
    """`Standard & Poor's, the rating agency, cited …`: a name in the possessive set off by a comma before a
    determined noun is the noun's referent, not its owner."""
    return next((o for o in children(noun, L.POSSESSORS) if is_name(o) and is_set_off(o)), None)


def titled_person(title: Token) -> Token | None:
    """`the president of X, Jane Doe`, `the head of research at X, Jane Doe`: the person a title names, parsed as an
    apposition of the title's (or its complement's) last object."""
    if title.pos_ != "NOUN":
        return None
    objects = [o for word, o in prepositional_objects(title) if word in W.EMPLOYER_CASES]
    objects += [inner for o in objects for word, inner in prepositional_objects(o) if word in W.EMPLOYER_CASES]
    return next((c for o in objects for c in children(o, L.APPOSITIONS)
                 if is_name(c) and any(t.ent_type_ == "PERSON" for t in name_tokens(c))), None)


def _place_completing(name: Token, relative: Token) -> Token | None:
    """`its plant in Lyon, which employs …`: the noun a place's name completes, when the relative pronoun after the
    name is set off by a comma (`the only state in the US that …` is about the state, whatever is set off)."""
    case = name.head
    if not (is_name(name) and name.ent_type_ in LOCATION_ENTITIES and name.dep_ in L.PREPOSITION_OBJECTS and
            case.lower_ in ("in", "of") and case.head.pos_ == "NOUN" and not is_name(case.head)):
        return None
    return case.head if relative.i > 0 and relative.doc[relative.i - 1].text == "," else None


def _agreeing_complement(noun: Token, verb: Token) -> Token | None:
    """`Shares of Valtek, which is based in Karvin, …`: a relative clause set off after the `of` complement of a
    plural noun, whose finite verb is singular, is about the complement, the word before the comma."""
    finite = next((w for w in (*children(verb, L.AUXILIARIES), verb) if "Fin" in morph(w, "VerbForm")), None)
    if finite is None or morph(finite, "Number") != ["Sing"] or "Plur" not in morph(noun, "Number"):
        return None
    start = verb.left_edge.i
    return next((o for word, o in prepositional_objects(noun) if word == "of" and o.right_edge.i == start - 2 and
                 noun.doc[start - 1].text == "," and "Plur" not in morph(o, "Number")), None)


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, including those it inherits: relative `which`, coordinated verbs, `to`-complements,
    a gerund after a preposition (`after releasing …`, `is close to buying …`)."""
    subjects = children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS)
    if subjects:
        if verb.dep_ in L.RELATIVE_CLAUSES and subjects[0].lower_ in W.RELATIVE_PRONOUNS:
            return arguments_of(_place_completing(verb.head, subjects[0]) or _agreeing_complement(verb.head, verb) or
                                verb.head)
        found: list[Token] = []
        for subject in subjects:
            comma = subject.right_edge.i + (subject.right_edge.text != ",")
            if subject.pos_ == "NOUN" and any(is_name(s) and name_tokens(s)[0].i in (subject.i + 1, comma + 1)
                                              for s in subjects if s.i > subject.i):
                continue  # `Environmental group Greenpeace accused …`, `A former minister, X joined …` parsed as two
                # subjects: the noun describes the name
            person = _titled_at_end(subject)
            found += [person] if person is not None else arguments_of(subject)
        return found
    intent = intent_noun(verb, W.INTENT_NOUNS)
    if intent is not None:  # `Acme's bid to buy …`, `Acme hired lawyers in an attempt to block …`
        owners = [a for o in children(intent, L.POSSESSORS) for a in arguments_of(o)]
        governor = enclosing_verb(intent)
        return owners or (clause_subjects(governor) if governor is not None else [])
    ranked = ranked_subject(verb, W)
    if ranked is not None:  # `X is the first woman to lead Y`: X leads Y
        return arguments_of(ranked)
    if (verb.dep_ in L.RELATIVE_CLAUSES | L.CLAUSAL_MODIFIERS or _headline_infinitive(verb)) and \
            verb.head.pos_ in {"NOUN", "PROPN"} and \
            not children(verb, L.MARKERS):  # (`a report that X brings in …`: what the report says, not does)
        return [] if _infinitive_on_a_thing(verb) else arguments_of(verb.head)  # `a company using Zorg`, `the firm
        # that…`
    if verb.dep_ in L.OPEN_COMPLEMENTS | L.CLAUSE_COMPLEMENTS:  # `help carmakers build …`, `plans to buy`
        controllers = children(verb.head, L.OBJECTS) if verb.head.lemma_.lower() in W.OBJECT_CONTROL_VERBS else []
        controllers = controllers or _asked(verb)  # (`called on X to resign`: X; `left X to join Y`: the subject)
        return [a for c in controllers for a in arguments_of(c)] if controllers else clause_subjects(verb.head)
    if (verb.dep_ in L.CONJUNCTS | L.ADVERBIAL_CLAUSES and verb.head.pos_ in {"VERB", "AUX"} and
            not children(verb, L.CLAUSAL_SUBJECTS)) or _fronted_as_preposition(verb):  # (a clause as its own
        # subject says who does nothing; `appointed X, replacing Y`: X does)
        appointed = appointees(verb, verb.head) if verb.dep_ in L.ADVERBIAL_CLAUSES else []
        return appointed or [a for o in (*_asked(verb), *_perceived(verb)) for a in arguments_of(o)] or \
            clause_subjects(verb.head)
    if verb.dep_ in L.ADJECTIVAL_COMPLEMENTS and verb.lemma_.lower() in W.FACTIVE_ADJECTIVES | W.PROSPECT_ADJECTIVES:
        return clause_subjects(verb.head)  # `we are delighted to offer X`, `X is likely to buy Y`: the copula's
    if verb.dep_ not in L.PREPOSITION_COMPLEMENTS or verb.head.dep_ not in L.PREPOSITIONS:
        return []
    copula = _governing_clause(verb)
    if copula is not None:  # `X is close to buying Y`: the copula's subject
        return clause_subjects(copula)
    governor = verb.head.head  # `X fled after releasing the cables`: the subject of the verb the phrase is on
    if governor.pos_ == "NOUN" and governor.lemma_.lower() in W.GERUND_FRAME_NOUNS and \
            governor.head.dep_ in L.PREPOSITIONS and governor.head.head.pos_ == "VERB":
        return clause_subjects(governor.head.head)  # `X cut jobs as part of selling Y`: the phrase is on the verb
    if governor.pos_ == "VERB":
        if verb.head.lower_ in W.GERUND_CASES:
            return clause_subjects(governor)
        if verb.head.lower_ in W.CONTROL_CASES:  # `tasked X with hacking …`: X does it
            return [a for o in _controllers(governor) for a in arguments_of(o)]
    return []


def _asked(verb: Token) -> list[Token]:
    """Whom a verb's phrase asks to do what its infinitive says (`called on X to resign`, `appealed to X to …`)."""
    if verb.dep_ not in L.OPEN_COMPLEMENTS | L.ADVERBIAL_CLAUSES or "Inf" not in morph(verb, "VerbForm"):
        return []  # (`pleaded with X to …` parsed as a purpose clause)
    governor = verb.head.lemma_.lower()
    return [o for word, o in prepositional_objects(verb.head) if f"{governor} {word}" in W.CONTROL_PHRASES]


def _perceived(verb: Token) -> list[Token]:
    """Whom a verb of perception sees doing what a gerund right after its object says (`observed X delivering
    packages`: X delivers them)."""
    if verb.tag_ != W.GERUND_TAG or verb.head.lemma_.lower() not in W.PERCEPTION_VERBS:
        return []
    return [o for o in children(verb.head, L.OBJECTS) if o.right_edge.i + 1 == verb.left_edge.i]


def _controllers(verb: Token) -> list[Token]:
    """Who does what a gerund after `with`, `for` or `of` on the verb tells: its passive subject (`X was fined $2m
    for breaching …`), else its object; of an amount, the name parsed inside it (`fined X $2m for …`) or the dative
    beside it (`fined the lender $2m for …`)."""
    passive = children(verb, L.PASSIVE_SUBJECTS)
    if passive:
        return passive
    found = [c for obj in children(verb, L.OBJECTS) for c in (_name_inside_amount(obj) if is_amount(obj) else [obj])]
    return found or _datives(verb)


def _name_inside_amount(amount: Token) -> list[Token]:
    """`fined Google 2.4 billion euros` parsed with the name inside the amount: the name the amount opens with."""
    return [c for c in children(amount, L.NOUN_MODIFIERS | L.NAME_PARTS) if c.pos_ == "PROPN" and
            c.i == amount.left_edge.i and is_name(c)]


def _datives(verb: Token) -> list[Token]:
    """A verb's indirect objects that are nouns (`fined the lender $2m`), not a `to` the parser labelled one."""
    return [c for c in children(verb, L.INDIRECT_OBJECTS) if c.pos_ != "ADP"]


def _infinitive_on_a_thing(verb: Token) -> bool:
    """`a fast way to land cash`, `three ways to investigate stories`: an infinitive on a noun of no one says what
    the thing is for, not what it does."""
    return "Inf" in morph(verb, "VerbForm") and verb.head.pos_ == "NOUN" and \
        not stands_for_entity(verb.head) and verb.head._.kg_noun_class not in SOMEONE_CLASSES


def _negated_here(verb: Token) -> bool:
    """`did not sign`; `signed no agreement`, `no company bought`, `has no plans to buy`: nothing is what it says;
    `has yet to sign`: not yet."""
    if any(c.lower_ in W.NEGATION_WORDS for c in verb.children if c.dep_ in L.NEGATIONS):
        return True
    if verb.dep_ in L.OPEN_COMPLEMENTS and verb.head.lemma_ in ("have", "be") and \
            any(c.lower_ in W.PENDING_ADVERBS for c in children(verb.head, L.ADVERB_MODIFIERS)):
        return True
    arguments = children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS | L.OBJECTS)
    return any(quantified_by_none(a, W.NEGATIVE_DETERMINERS) for a in (*arguments, intent_noun(verb, W.INTENT_NOUNS)))


def _titled_at_end(subject: Token) -> Token | None:
    """`Former News of the World editor Andy Coulson used …`: a person's name ending a subject phrase that the
    parser headed with something else is who the clause is about (titles before names are written this way)."""
    last = subject.right_edge
    while last.is_punct and last.i > subject.i:  # (`Her husband, the businessman X, owns …`: the comma after X)
        last = last.doc[last.i - 1]
    if subject.ent_type_ in PERSON_ENTITIES or last.ent_type_ not in PERSON_ENTITIES or last.i <= subject.i:
        return None
    first = name_tokens(last)[0]
    before = subject.doc[first.i - 1] if first.i > 0 else None
    return last if before is not None and before.pos_ == "NOUN" and before.text[:1].islower() else None


def is_negated(verb: Token) -> bool:
    """`did not sign`; also a complement that does not happen: `refused to sign`, `did not manage to sign`; and what a
    denial says did not happen: `denied signing`."""
    return denied(verb, _negated_here, W.STOP_VERBS, W.IMPLICATIVE_VERBS, W.DENIAL_VERBS)


def is_hypothetical(verb: Token) -> bool:
    """`would sell`, `could use`, `plans to buy`, `reportedly bought`, `is close to buying`: not (yet) a fact, or not
    asserted."""
    if any(c.lower_ in W.MODAL_AUXILIARIES for c in children(verb, L.AUXILIARIES)) or hedged(verb):
        return True
    if any(c.lower_ in {"whether", "if"} for c in children(verb, L.MARKERS)):  # `whether Acme broke the rules`
        return True
    if intent_noun(verb, W.INTENT_NOUNS) is not None or unasserted_content(verb):  # `in an attempt to block the
        return True  # merger`, `allegations that it bribed officials`
    prospect = verb.head.head if verb.dep_ in L.PREPOSITION_COMPLEMENTS else verb.head  # `is close to buying X`,
    if verb.dep_ in L.PREPOSITION_COMPLEMENTS | L.OPEN_COMPLEMENTS and prospect.dep_ in L.ADJECTIVAL_COMPLEMENTS and \
            prospect.lemma_.lower() in W.PROSPECT_ADJECTIVES:  # `is likely to buy X`
        return True
    if verb.dep_ in L.PREPOSITION_COMPLEMENTS and verb.head.head.lemma_.lower() in W.ALLEGATION_VERBS:
        return True  # `accused X of selling arms`, `X was suspected of selling arms`: alleged, not asserted
    if _asked(verb):  # `called on X to close it`: a request
        return True
    if verb.dep_ not in L.OPEN_COMPLEMENTS | L.CLAUSE_COMPLEMENTS or verb.head.pos_ != "VERB":
        return False
    governor = verb.head.lemma_.lower()
    inherits = governor in CAUSATIVE_VERBS or verb.dep_ in L.OPEN_COMPLEMENTS
    return governor in W.INTENT_VERBS or (inherits and is_hypothetical(verb.head)) or \
        governor in W.UNASSERTED_CLAUSE_VERBS  # `demanded that X close it`, `urged X to close it`, `feared losing it`


#: named-entity types a name before a title must have to be its employer (`Airbus CEO`, not `Prime Minister`)
EMPLOYER_ENTITIES = frozenset({"ORG", "GPE", "NORP", "FAC"})


#: how a name before a title hangs on it (`Airbus CEO X`; the parser also gives `nmod`)
_TITLE_MODIFIERS = L.NAME_PARTS | L.NOUN_MODIFIERS


def employers_of(title: Token) -> list[Token]:
    """The organisations a title is of: `CEO of Apple`, `Apple's CEO`, `Apple CEO`, and further down (`director of
    sales at Apple`, `chairman of the board of directors of Apple`)."""
    found = [o for word, o in prepositional_objects(title) if word in W.EMPLOYER_CASES and (is_name(o) and (
        o.ent_type_ or len(name_tokens(o)) > 1 or not o.text.istitle()) or _named_organisation(o))]  # (`Chief of
    # Staff`: a capitalised word that is no entity belongs to the title; an acronym, `NotW`, is a name)
    found = found or _named_further_down(title) or [  # `chief executive of the group`, the group named before
        o for word, o in prepositional_objects(title) if word in W.EMPLOYER_CASES and refers_to_organisation(o)]
    found += [c for c in title.children if c.i < title.i and (  # `the company's CEO`, `Airbus CEO`, not `Prime`
        (c.dep_ in L.POSSESSORS and (stands_for_entity(c)))
        or (c.dep_ in _TITLE_MODIFIERS and is_name(c) and c.ent_type_ in EMPLOYER_ENTITIES and
            c.lower_ not in W.PORTFOLIO_WORDS and not place_of_trade(title, c))  # (`Health Secretary X`: a post;
        # `Chicago lawyer X`: based there)
        or (c.dep_ in L.ADJECTIVE_MODIFIERS and is_name(c) and c.ent_type_ in INSTITUTION_ENTITIES))]  # (a company
    # tagged an adjective: `Zorg chief executive X`; not a nationality, `Pakistani Foreign Minister X`)
    if not found and title.dep_ in L.NAME_PARTS and title.i < title.head.i:  # a post before a name (X):
        found = [c for c in title.head.children if c.i < title.left_edge.i and c.dep_ in _TITLE_MODIFIERS and
                 is_name(c) and c.ent_type_ in EMPLOYER_ENTITIES and not place_of_trade(title, c)] or \
            _name_hung_elsewhere_before(title) or [
            p for word in (title, title.head)  # `Renault chief executive X` with `Renault` hung on X; `Y, whose
            if any(c.lower_ in W.PREPOSITIONAL_RELATIVES for c in children(word, L.POSSESSORS))  # founder X died`,
            for p in possessors(word) if p.i < title.i]  # `whose` on the post or on X (not `Kerry's fellow …`)
    return [a for f in found for a in conjuncts(f) if a.lower_ not in W.PORTFOLIO_WORDS]


def _named_organisation(noun: Token) -> bool:
    """`the Valtek group`, `the Karvex foundation`: a noun of an organisation with its name before it (not a place's:
    `the Jacksonville company` is one based there)."""
    return noun.pos_ == "NOUN" and noun._.kg_noun_class == "Organization" and any(
        c.dep_ in L.NAME_PARTS and c.i < noun.i and is_name(c) and c.ent_type_ not in LOCATION_ENTITIES
        for c in noun.children)


MAX_TITLE_DEPTH = 3  # `chairman of the board of directors of X`: X three phrases down


def _named_further_down(title: Token) -> list[Token]:
    """The organisations named down a title's chain of unnamed complements: `director of sales at Apple`,
    `chairwoman of the board of directors of Apple`, `head of Apple's research unit`."""
    nouns = [inner for _, inner in prepositional_objects(title) if not is_name(inner)]
    for _ in range(MAX_TITLE_DEPTH - 1):
        named = [o for noun in nouns for word, o in prepositional_objects(noun) if word in W.EMPLOYER_CASES] + [
            o for noun in nouns for o in children(noun, L.POSSESSORS)]
        found = [o for o in named if is_name(o) and o.ent_type_ in EMPLOYER_ENTITIES]
        if found:
            return found
        nouns = [o for noun in nouns for _, o in prepositional_objects(noun) if not is_name(o)]
    return []


def _name_hung_elsewhere_before(title: Token) -> list[Token]:
    """`Ontario Senator Jane Doe said`, `the office of Ontario Senator Jane Doe` parsed with `Ontario` hung on the
    verb or taken for the object of `of`: a place or organisation named right before a title on a person's name is
    whom the title is of; not one a preposition of its own introduces (`in Ontario Senator X`), nor the end of a
    longer name (`the Party of Ontario candidate X`), nor one before a title with words of its own (`the staff of
    Acme Former President X`)."""
    start = title.left_edge.i
    if start == title.sent.start or start != title.i:
        return []
    before = title.doc[start - 1]
    while before.dep_ in L.NAME_PARTS and before.head.i < start and before.head != before:
        before = before.head  # (`New York`: the name's head)
    governed = before.dep_ in L.PREPOSITION_OBJECTS and (
        before.head.lower_ not in W.EMPLOYER_CASES or is_name(before.head.head))
    if not is_name(before) or before.ent_type_ not in EMPLOYER_ENTITIES | {""} or governed or \
            before in title.head.subtree:  # (a name the NER left untyped too: no person's)
        return []
    return [before]


def is_definite(token: Token, possessive: bool = False) -> bool:
    """Has a definite or demonstrative determiner. English possessives are not counted even with `possessive`:
    they are parsed as the noun's owner, which the noun is relative to (`its parent company` is not a company
    described before)."""
    return any(c.lower_ in {"the", "this", "that", "these", "those"} for c in children(token, L.DETERMINERS))


def introduces_name(noun: Token, context: Context) -> bool:
    """A definite noun that says what a name is rather than refers back: `the carmaker Volvo` (the name apposed to
    the noun, or the noun compounded on the name after it), `Volvo, the Swedish carmaker, …`."""
    return any(is_name(c) for c in noun.children) or (noun.dep_ in L.APPOSITIONS and is_name(noun.head)) or (
        noun.dep_ in L.NAME_PARTS and noun.i < noun.head.i and is_name(noun.head))


def _zero_relative_object(verb: Token) -> list[Token]:
    """`the contract she signed with X`, `the software it uses`: a relative clause with no relative word, opened by
    its subject right after its noun, acts on that noun (not a time: `the year she spent there`; nor a verb with a
    clause of its own, which is more likely a new sentence the text did not mark: `the aid X says his office …`)."""
    noun, subjects = verb.head, clause_subjects(verb)
    if verb.dep_ not in L.RELATIVE_CLAUSES or noun.pos_ not in {"NOUN", "PROPN"} or not subjects or \
            subjects[0].lower_ in W.RELATIVE_PRONOUNS or subjects[0].left_edge.i != noun.i + 1 or \
            W.DATE_WORDS.search(text_of(noun.doc[noun.left_edge.i:noun.i + 1])) or \
            children(verb, L.CLAUSE_COMPLEMENTS | L.OPEN_COMPLEMENTS):
        return []
    return [noun]


def governing_subject(pronoun: Token) -> Token | None:
    """`Acme said it would …`: the subject of the clause the pronoun's clause depends on."""
    verb = pronoun.head
    while verb.dep_ in L.CLAUSE_COMPLEMENTS | L.ADVERBIAL_CLAUSES | L.CONJUNCTS and verb.head != verb:
        subjects = clause_subjects(verb.head)
        if subjects:
            return subjects[0]
        verb = verb.head
    return None


def is_amount(token: Token) -> bool:
    """A sum, a share, a count: `$10 billion`, `25%`, `14 cents` (by the NER, or a number on the word); not a
    score (`2-0`), nor someone of an age (`a 54-year-old lawyer`), nor a year (`by 2012`, `the 2020 election`)."""
    return not _score(token) and not (token.pos_ == "NUM" and token.ent_type_ in TIME_ENTITIES) and (
        token.ent_type_ in W.AMOUNT_ENTITIES or token.pos_ == "NUM" or token.lower_ in W.PERCENT_WORDS or
        _with_magnitude(token) or any(c.dep_ in L.ADJECTIVE_MODIFIERS | L.NAME_PARTS and (
            c.pos_ == "NUM" and not _year(c) or c.ent_type_ in W.AMOUNT_ENTITIES) and
            not W.AGED_PERSON.fullmatch(c.text) for c in token.children))


def _year(number: Token) -> bool:
    """A number that is a year the NER reads as a time (`2012`, not the count of `26 years`)."""
    return number.ent_type_ in TIME_ENTITIES and len(number.text) == 4 and number.text.isdigit()


def _with_magnitude(token: Token) -> bool:
    """A number written with its magnitude's abbreviation, one word (`12m`, `2bn`), which the NER often misses."""
    number = token.lower_.removesuffix(next((a for a in W.MAGNITUDE_ABBREVIATIONS if token.lower_.endswith(a)), ""))
    return number != token.lower_ and number.replace(".", "").replace(",", "").isdigit()


def _score(token: Token) -> bool:
    """A number joined to another by a hyphen: a score (`2-0`, kept one word, or `2 - 0`), which counts nothing."""
    doc, i = token.doc, token.i
    return bool(W.SCORES.fullmatch(token.text)) or token.pos_ == "NUM" and any(
        0 <= i + 2 * step < len(doc) and doc[i + step].text == "-" and doc[i + 2 * step].pos_ == "NUM"
        for step in (-1, 1))


def possessors(noun: Token) -> list[Token]:
    """Whose the noun is: `Acme's partner` -> Acme; `its partner` -> the subject of the clause (`Acme hosts X on
    Bolt, its partner`), and so is `his` or `her` written before whom it stands for (`During his visit, X …`);
    `whose partner` -> what the relative clause is on (`Acme, whose partner X …`)."""
    found = []
    for possessor in children(noun, L.POSSESSORS):
        if possessor.lower_ in W.PREPOSITIONAL_RELATIVES:
            possessor = referent_token(possessor)
        unresolved = "Yes" in morph(possessor, "Poss") and possessor._.kg_referent is None  # (`During his
        if stands_for_entity(possessor) and not unresolved:  # visit, Tom Hale …`: said before whom it stands for)
            found += arguments_of(possessor)
        elif possessor.lower_ in ("its", "their") or unresolved and "3" in morph(possessor, "Person"):
            verb = enclosing_verb(noun)
            found += [s for s in clause_subjects(verb) if stands_for_entity(s)] if verb else []
    return found


def partitive_noun(token: Token) -> Token | None:
    """`one of the founders`: the noun a `one of` stands for."""
    if token.lower_ != "one" or token.pos_ not in {"NUM", "PRON", "NOUN"}:
        return None
    return next((o for word, o in prepositional_objects(token) if word == "of" and o.pos_ == "NOUN"), None)


def of_complements(noun: Token) -> list[Token]:
    """The argument heads of what a noun is `of` (`a rival of Y`, `the government of X`)."""
    return [a for word, o in prepositional_objects(noun) if word == "of" for a in arguments_of(o)]


def definite_complements(title: Token) -> list[Token]:
    """The common nouns a title is `of` with a definite article (`leader of the championship`, `head of the
    police`), not one of an employer named otherwise (`head of sales at Bolt`)."""
    if any(word in W.EMPLOYER_CASES - {"of"} for word, _ in prepositional_objects(title)):
        return []
    return [o for word, o in prepositional_objects(title) if word == "of" and o.pos_ == "NOUN" and not is_name(o)
            and is_definite(o)]


# A verb's clause, as the clause rules every language shares ask for it (`kg/extract/clauses.py`)

#: a speech verb's direct object is whom it tells (`told Reuters`), so one the lexicon gives no meaning makes no fact
SPEECH_OBJECT_IS_ADDRESSEE = True
#: a sentence may open with a class noun, without an article, introducing the name after it (`Drugmaker X said …`):
#: its capital is only the first word's
CLASS_NOUN_OPENS_NAMES = True


def read_elsewhere(verb: Token, lexicon: Lexicon) -> bool:
    """A passive, a participle read as one (`a model developed by Acme`) and a purpose infinitive (`use X to sort
    invoices`) are read by the passive rule and as their governor's qualifier; a seat moved, by the headquarters
    rule; an incise set after what it reports (`…, X announced`), by the speech rule."""
    return _read_as_passive(verb) or _purpose_of(verb, lexicon) or moves_a_seat(verb) or \
        verb.lemma_.lower() in W.INCISE_VERBS and is_incise(verb)


def second_complement(verb: Token, lemma: str, frame: str, objects: list[Token], lexicon: Lexicon) -> str:
    """`obj+to` when the lexicon gives the verb a meaning only with that second complement: `open X to Y` provides X
    to Y, but `open a plant` does not; a particle the lexicon knows the verb with, in the passive (`the attack was
    carried out by X`: `carry out`)."""
    if frame != "obj":
        return frame
    particle = next((p.lower_ for p in children(verb, L.PARTICLES) if lexicon.frame(LANG, lemma, p.lower_)), None)
    return particle or next((f"obj+{w}" for h in (verb, *objects) for w, _ in prepositional_objects(h)
                             if lexicon.frame(LANG, lemma, f"obj+{w}")), frame)


def verb_qualifiers(verb: Token, found: VerbObjects, roles: dict[str, str], context: Context) -> list[Qualifier]:
    """The verb's qualifiers, the recipients the parser hung on its objects, and the amount its objects were given
    as (`took a 10% stake in X`)."""
    amount = [Qualifier("quantity", found.amount, literal=True)] if found.amount is not None else []
    recipients = [Qualifier(roles[preposition(p)], mention(a, context))
                  for p in phrases_on_objects(found.objects, roles) for o in children(p, L.PREPOSITION_OBJECTS)
                  if o.i not in found.used for a in arguments_of(o)]
    return _qualifiers(verb, found.used, roles, context) + recipients + amount


def phrases_on_objects(objects: list[Token], roles: dict[str, str]) -> list[Token]:
    """A recipient of the verb's frame the parser hung on a common noun in its object (`pledged aid to Ukraine`,
    `pledged $5m in aid to Ukraine`), to whom, not what: the prepositions. Most parses hang it on the verb (`sold its
    unit to X`), and one on a named object is read with the name's other phrases (`_phrases_hung_on_names`)."""
    return [p for obj in objects for p in obj.subtree if p.dep_ in L.PREPOSITIONS and p.head.pos_ == "NOUN" and
            roles.get(preposition(p)) == "recipient" and not is_name(p.head) and
            any(stands_for_entity(o) for o in children(p, L.PREPOSITION_OBJECTS))]


def quantified(obj: Token) -> tuple[Token, str] | None:
    """English gives a share's amount with the verb's objects (`verb_objects`), not as an object of its own."""
    return None


def _read_as_passive(verb: Token) -> bool:
    """A verb with a passive subject, a participle read as a passive (`a model developed by Acme`), a passive
    infinitive (`agreed to be acquired by Acme`) or conjunct with no subject of its own (`pleaded guilty and was
    sentenced to …`), a participle with its agent parsed as what a copula says (`is majority-owned by Acme`), or a
    participle with its agent coordinated with a passive verb (`is backed by X and opposed by Y`)."""
    return verb.pos_ == "VERB" and bool(children(verb, L.PASSIVE_SUBJECTS) or _passive_participle(verb) or (
        verb.dep_ in L.OPEN_COMPLEMENTS and children(verb, L.PASSIVE_AUXILIARIES)) or (
        verb.dep_ in L.CONJUNCTS and children(verb, L.PASSIVE_AUXILIARIES) and not children(verb, L.SUBJECTS)) or (
        verb.dep_ in L.ADJECTIVAL_COMPLEMENTS and verb.tag_ == "VBN" and verb.head.lemma_ == "be" and
        children(verb, L.AGENTS)) or (
        verb.dep_ in L.CONJUNCTS and verb.tag_ == "VBN" and not children(verb, L.SUBJECTS) and
        verb.head != verb and any(word == W.AGENT_CASE for word, _ in prepositional_objects(verb)) and
        _read_as_passive(verb.head)))


def _changes_the_verb(predicative: Token) -> bool:
    """Whether an adjective said of a verb's object makes the verb mean something else (`found him guilty`, `held
    rates steady`), unlike a death it ends in (`shot him dead`: he was shot)."""
    return predicative.pos_ == "ADJ" and predicative.lemma_.lower() not in W.DEATH_TOLL_WORDS


def passive_roles(verb: Token, sentence: Span) -> tuple[list[Token], list[Token], set[int]]:
    """A passive's patients and agents (`Zorg was developed by Acme`, `a model developed by Acme`) and the agents'
    tokens."""
    if not _read_as_passive(verb) or any(_changes_the_verb(p) for p in children(verb, L.PREDICATIVES)):
        return [], [], set()  # (`was found guilty by a jury`: the verdict, not what `find` says)
    holders = [verb, *(o for o in children(verb, L.OBJECTS) if is_amount(o))]  # (`was fined $5m by X`: the
    agents = [a for h in holders for word, o in prepositional_objects(h) if word == W.AGENT_CASE
              for a in arguments_of(o)]
    # parser hangs the agent on the amount; `is majority-owned by X`: the patient is the copula's subject)
    patients = clause_subjects(verb.head if verb.dep_ in L.ADJECTIVAL_COMPLEMENTS else verb)
    return patients, agents, {a.i for a in agents}


def _phrases_hung_on_names(verb: Token, used: set[int], roles: dict[str, str], context: Context
                           ) -> list[Qualifier]:
    """`sued Valtek for defamation`: a phrase the verb's frame gives a role, which the parser hung on a named object
    that takes none of its own (not one inside the name: `uses ALE for Emergency Management`)."""
    found = []
    for named in (d for d in children(verb, L.OBJECTS) if is_name(d)):
        phrases = [(role, o) for word, o in prepositional_objects(named)
                   if o.i not in used and word not in W.OF_CASES and (role := roles.get(word))]
        end = mention(named, context).end if phrases else 0  # (the name's words, asked only of a name with phrases)
        found += [Qualifier(role, mention(a, context)) for role, o in phrases
                  if context.offset + o.head.idx >= end for a in arguments_of(o)]  # (the preposition after it)
    return found


def _dated_phrase(obj: Token) -> Token | None:
    """The phrase saying when: the object of a preposition itself (`on Friday`, `in the third quarter of 2021`), or
    the object of a phrase hung inside it (`as chief executive in March`, `during a meeting in May`)."""
    inside = [o for word, o in prepositional_objects(obj) if word not in W.OF_CASES]
    own = [t for t in obj.subtree if not any(t in o.head.subtree for o in inside)]
    if W.DATE_WORDS.search(text_of(own)):  # (a time hung on a noun that is none: `the killing of X last week`)
        return obj if W.DATE_WORDS.search(obj.text) or obj.lemma_.lower() in W.TIME_NOUNS else next((
            d for d in children(obj, L.NOUN_PHRASE_ADVERBIALS) if W.DATE_WORDS.search(text_of(list(d.subtree)))), obj)
    return next((d for o in inside if (d := _dated_phrase(o)) is not None), None)


def participle_label(participle: Token) -> str:
    """A past participle as a property of what it describes is labelled: as written (`based`)."""
    return participle.lower_


def passive_frames(verb: Token, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """`is based in`, `was killed in`: a passive's prepositional phrases whose frame names the relation (`pass:in`:
    only in the passive, `was held in`, not `held a stake in`)."""
    if not _read_as_passive(verb):
        return []
    found = []
    lemma = predicate(verb, lexicon, LANG)[0]  # (an idiom's: `was taken into custody in X`)
    shared = [phrase for conjunct in gapped_participles(verb, L.PREPOSITIONS)  # (`were killed and five injured
              for phrase in prepositional_objects(conjunct)]  # in X`)
    for word, obj in [*prepositional_objects(verb), *shared]:
        frame = next((f for f in (f"pass:{word}", word) if lexicon.frame(LANG, lemma, f)), None)
        if frame is not None:
            found.append((frame, obj))
    for prep in children(verb, L.PREPOSITIONS):  # `accused of embezzling $3m`: the act, a gerund
        word = preposition(prep)
        if lexicon.frame(LANG, lemma, word) and not lexicon.makes_no_fact(LANG, lemma, word) and \
                lexicon.relation(LANG, lemma, word)[0].local_name in ACTS_DONE:
            found += [(word, act) for act in children(prep, L.PREPOSITION_COMPLEMENTS) if act.pos_ == "VERB"]
    return found


#: relations whose object may be an act told by a gerund: what is asked, promised or denied, what someone is
#: accused or convicted of
ACTS_DONE = ACT_RELATIONS | {"accusedOf", "convictedOf", "acquittedOf"}


def _named_place(word: str, obj: Token, context: Context) -> Mention | None:
    """`in New York`, `at Heathrow`: a place's name after a preposition of place, where something happened."""
    if word not in W.PLACE_CASES or not is_name(obj):
        return None
    where = mention(obj, context)
    return where if where.kind == "Place" else None


def _date_words(date: Token, phrases: list[Token]) -> list[Token]:
    """A date phrase as written (`Friday`, `the third quarter`), or a range with both its ends and its prepositions
    (`from 2008 to 2015`), the end hung on the preposition opening it or one of the verb's `phrases` (objects of its
    prepositions) right after it (`from May 2008 until June 2015`)."""
    opening = date.head
    ends = [o for p in children(opening, L.PREPOSITIONS) if p.i > date.i for o in children(p, L.PREPOSITION_OBJECTS)
            if W.DATE_WORDS.fullmatch(o.text)]
    words = written_phrase(date)
    ends += [o for o in phrases if o.head.i == words[-1].i + 1 and W.DATE_WORDS.fullmatch(o.text)]
    if opening.dep_ not in L.PREPOSITIONS or not ends:
        return words
    joined = {t.i for c in children(ends[-1], L.CONJUNCTS | L.COORDINATORS) for t in c.subtree}  # (`to 1992 and
    return list(date.doc[opening.i:max(t.i for t in written_phrase(ends[-1]) if t.i not in joined) + 1])  # X`)


def _time_without_preposition(phrase: Token) -> bool:
    """`last year`, `three years ago`, `Monday`: a time the NER tags, said without a preposition, naming a point in
    time (not how often: `annually`, `every other year`)."""
    words = list(phrase.subtree)
    return all(t.ent_type_ in TIME_ENTITIES for t in words) and any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in words) \
        and not any(t.lower_ in W.FREQUENCY_WORDS for t in words)



def _qualifiers(verb: Token, used: set[int], roles: dict[str, str], context: Context) -> list[Qualifier]:
    """Prepositional phrases, datives and purpose clauses that qualify a verb's fact."""
    found: list[Qualifier] = []
    phrases = list(prepositional_objects(verb))
    skipped = compared_figures(phrases, roles, W)  # (and the end of a range once read with its start)
    for word, obj in phrases:
        if obj.i in used or obj.i in skipped:
            continue
        role = "source" if word.split()[0] in W.SOURCE_CASES else roles.get(word)
        if role == "quantity" and (W.DATE_WORDS.fullmatch(obj.text) or not is_amount(obj)):
            role = None  # `will increase X by 2030`: when, not how much; `raised prices at its stores`: where
        dated = _dated_phrase(obj)
        if role in (None, "place") and dated is obj:
            role = "date"  # (`hosted X on Friday`: the table's `on` is a platform, a day is when)
        elif dated is not None and dated is not obj:  # `succeeded X as chief executive in March`: when, hung inside
            found.append(literal("date", written_phrase(dated), context))  # another phrase (but a date of a phrase
            # with a role of its own is that phrase's noun's: `in connection with the killing of X last week`)
        elif role is None and _named_place(word, obj, context) is not None:
            role = "place"  # `gave a speech in New York`: where the fact happened
        elif role is None and word in W.PLACE_CASES and (named := place_named_by(obj)) not in (None, obj):
            if named.i in used:
                continue  # (`located in the village of X`: X is the fact's object)
            role, obj = "place", named  # `killed 26 people in the north of Iraq`: Iraq
        elif role is None and word in W.PLACE_CASES and not is_name(obj) and (named := place_of_site(obj, context)):
            if any(t.i in used for t in obj.subtree) or any(
                    is_name(verb.doc[i]) and mention(verb.doc[i], context).kind == "Place" for i in used):
                continue  # (`held in every city in Europe and in Tokyo`: the fact is where, its object a place)
            role, obj = "place", named  # `unveiled it at a trade fair in Hamburg`: Hamburg
        year = is_amount(obj) and W.DATE_WORDS.fullmatch(obj.text) is not None  # `reported revenue of $3 billion
        if role is None and year:  # for 2023`: a year, not a price
            role = "date"
        if role is None:  # what the preposition says when the verb does not: `about X`, `in partnership with X`
            role, obj = phrase_role(word, obj, list(prepositional_objects(obj)), context.case_roles)
        if (word in W.PRICE_CASES and not year or role not in (None, "date")) and is_amount(obj) and \
                not _counted(obj):
            # `acquire X for $10 billion`: the price; `won with 54 percent of the vote`: no partner
            found.append(Qualifier("quantity", _amount_text(obj), literal=True))
        elif role == "date":  # kept as written: `in 2021`, `on Monday`
            words = _date_words(obj, [o for _, o in phrases])
            found.append(literal("date", words, context))
            skipped |= {o.i for _, o in phrases if o in words}
        elif role:
            found += [Qualifier(role, mention(a, context)) for a in arguments_of(obj)]
    found += [Qualifier("quantity", _amount_text(amount), literal=True) for _, o in phrases
              if o.i not in used and (amount := deal_value(o, W)) is not None]  # `in a deal valued at $3 billion`
    found += [literal("date", written_phrase(d), context) for d in children(
        verb, L.NOUN_PHRASE_ADVERBIALS | L.ADVERB_MODIFIERS) if d.i not in used and _time_without_preposition(d)]
    found += [Qualifier("quantity", _amount_text(d), literal=True) for d in children(verb, L.NOUN_PHRASE_ADVERBIALS)
              if d.i not in used and d.lower_ in W.PERCENT_WORDS]  # `is 40% owned by X`: the share
    found += [Qualifier("quantity", _amount_text(o), literal=True) for o in children(verb, L.OBJECTS)
              if o.i not in used and is_amount(o) and _read_as_passive(verb)]  # `was fined $5m by X`: how much
    # `killed 12 people in Kabul`, `met Jane Doe in Berlin`, `was killed in an explosion in Lyon`: where, hung on the
    # object or on the framed phrase the fact is about (not on an organisation's name, which it may describe: `bought
    # Valtek in Lyon`)
    framed = [o for _, o in prepositional_objects(verb) if o.i in used]
    found += [Qualifier("place", place) for d in [*children(verb, L.OBJECTS), *framed]
              if not is_name(d) or mention(d, context).kind == "Person"
              for word, o in prepositional_objects(d) if word in W.PLACE_CASES and o.i not in used and is_name(o)
              and (place := mention(o, context)).kind == "Place"]
    found += [Qualifier("place", mention(place, context)) for d in children(verb, L.ADVERB_MODIFIERS)
              if d.i not in used and (place := place_named_by(d)) not in (None, d)]  # `killed 26 people north of
    found += _phrases_hung_on_names(verb, used, roles, context)  # Baghdad`
    found += relative_place_qualifier(verb, used, context)  # `in Kenya, where it employs 500 people`
    governor = _governing_clause(verb)  # `X wants to buy Y, according to Z`, `according to Z, X is close to
    found += [Qualifier("source", mention(a, context))  # buying Y`: the source of the clause
              for word, o in (prepositional_objects(governor) if governor is not None else ())
              if word.split()[0] in W.SOURCE_CASES for a in arguments_of(o)]
    # `gave the city access` (but `fined the lender $2m`: the lender is the object)
    for dative in (d for d in children(verb, L.INDIRECT_OBJECTS) if d.pos_ != "ADP" and d.i not in used):
        found += [Qualifier("recipient", mention(a, context)) for a in arguments_of(dative)]
    purposes = L.ADVERBIAL_CLAUSES | (L.OPEN_COMPLEMENTS if "purpose" in roles.values() else frozenset())
    for clause in children(verb, purposes):  # `… to analyse data`, `in order to …`, `use X to sort …`
        marker = [c.lower_ for c in clause.children if c.dep_ in L.AUXILIARIES | L.MARKERS and c.i < clause.i]
        if clause.pos_ == "VERB" and "to" in marker:
            words = [t for t in clause.subtree if t.i >= clause.i or t.dep_ not in L.AUXILIARIES | L.MARKERS]
            words = [t for t in words if t.dep_ not in L.PUNCTUATION]
            found.append(literal("purpose", words, context))
    for prep in children(verb, L.PREPOSITIONS):  # `arrested X for stealing a car`: why, said by a clause
        role = roles.get(preposition(prep))
        found += [literal(role, _clause_words(clause), context) for clause in children(prep, L.PREPOSITION_COMPLEMENTS)
                  if role in CLAUSE_ROLES and clause.pos_ == "VERB" and clause.i not in used]
    return found


def _headline_infinitive(verb: Token) -> bool:
    """`Valtek to buy Orvane`: a headline's infinitive after the name it opens with, which the parser hangs on the
    name (the sentence's root) as an adverbial clause, says what the name will do."""
    return verb.dep_ in L.ADVERBIAL_CLAUSES and verb.head.head == verb.head and verb.head.i < verb.i and \
        is_name(verb.head) and any(c.lower_ == "to" for c in children(verb, L.AUXILIARIES))


def _governing_clause(verb: Token) -> Token | None:
    """The verb of the clause a verb completes without a clause of its own: through an open complement (`wants to
    buy`), a gerund on a copula's adjective (`is close to buying`) or a noun of intent (`is in talks to buy`); None
    for a verb heading its own clause."""
    if verb.dep_ in L.OPEN_COMPLEMENTS:
        return verb.head
    intent = intent_noun(verb, W.INTENT_NOUNS)
    if intent is not None:
        return enclosing_verb(intent)
    preposition = verb.head
    adjective = preposition.head
    if verb.dep_ in L.PREPOSITION_COMPLEMENTS and adjective.dep_ in L.ADJECTIVAL_COMPLEMENTS and \
            adjective.head.pos_ in {"VERB", "AUX"}:
        return adjective.head
    return None


def _clause_words(clause: Token) -> list[Token]:
    """A clause's words, without punctuation or a coordinator left at its end (`hacking X and "door-stepped" her`)."""
    words = [t for t in clause.subtree if t.dep_ not in L.PUNCTUATION]
    while words and words[-1].dep_ in L.COORDINATORS:
        words.pop()
    return words


def verb_objects(verb: Token, lexicon: Lexicon, events: Mapping[str, str], lemma: str, part: Token | None
                 ) -> VerbObjects:
    """The verb's object heads, its frame key (`obj` or a preposition), the tokens they use, and an amount.

    A direct object that is an amount points at what it is of: `invest $2bn in Acme` invests in Acme,
    `acquire a 25% stake in Acme` acquires Acme, each with the amount as written. An event noun (`completed its
    takeover of X`) is no object: the event rule reads it.
    """
    agentive = lemma in W.AGENTIVE_VERBS  # (`won the election`: an event noun is the object of a verb not making it)
    told = [d for d in children(verb, L.OBJECTS) if agentive and event_read_elsewhere(d, verb, events, lexicon)]
    direct = [d for d in children(verb, L.OBJECTS) if not names_no_thing(d, lemma, lexicon) and d != part and
              d not in told]  # (but a named one is a name: `formed the United Socialist Alliance`)
    if told and not direct:  # `signed a deal with X`: the event's partner, which the event rule reads
        return VerbObjects([], "", set())
    transitive = lexicon.frame(LANG, lemma, "obj") is not None
    if not direct and transitive and not children(verb, L.PREPOSITIONS | L.PARTICLES):
        direct = shared_objects(verb)  # `owns and operates X` (not `is teaching at X and has taught Y`)
    if not direct and transitive:
        direct = _zero_relative_object(verb)
    direct = [d for d in direct if d.pos_ != "NOUN" or d.right_edge != d or not any(
        is_name(n) and n.left_edge.i == d.i + 1 for n in direct)]
    # (`founded the band The Tamarisks` parsed as two objects: a bare noun right before a name says what it is)
    scores = [c for c in verb.children if _score(c) and c.i > verb.i]
    if scores and all(_score(d) for d in direct):  # `beat Chelsea 3-0`: the name parsed before the score
        direct = [c for c in children(verb, L.NOUN_PHRASE_ADVERBIALS) if is_name(c) and c.i < scores[0].i] or direct
    direct = [d for d in direct if not _score(d)] or direct  # (`beat England 2-1`: the score is no object)
    if any(_changes_the_verb(p) and p.lemma_.lower() not in W.AVAILABILITY_ADJECTIVES
           for p in children(verb, L.PREDICATIVES)):
        return VerbObjects([], "", set())  # `held rates steady`, `found him guilty`: not what the verb alone says
    if lemma in W.TOLL_VERBS and any(s.lower_ in W.DEATH_TOLL_WORDS | W.INJURY_TOLL_WORDS for d in direct
                                     for s in (*children(verb, L.PREDICATIVES), *d.rights)):
        return VerbObjects([], "", set())  # `leaving 12 people injured`: a toll, which the toll rule reads

    def known(word: str) -> bool:
        return lexicon.frame(LANG, lemma, word) is not None

    amounts = [d for d in direct if is_amount(d) and not _counted(d)]
    if amounts and len(amounts) < len(direct) and "reason" in lexicon.relation(LANG, lemma, "obj")[1].values():
        named = [d for d in direct if d not in amounts]  # `EU fines Valtek 2 billion euros` (a headline rebuilt with
        return VerbObjects(named, "obj", {d.i for d in direct}, _amount_text(amounts[0]))  # two objects): the penalty
    if direct and all(is_amount(d) and not _counted(d) and d.lemma_.lower() not in events or
                      d.lemma_.lower() in W.STAKE_NOUNS for d in direct):  # (`blocked the $3 billion takeover of
        # X`: an event, no amount)
        named = [c for d in direct for c in _name_inside_amount(d)]
        if not named and "reason" in lexicon.relation(LANG, lemma, "obj")[1].values():  # `fined the lender $2m`: a
            named = _datives(verb)  # penalty's dative pays it (not `gave X $2m`, `earned X $2m`)
        if named:  # `fined Google 2.4 billion euros`, parsed with the name inside the amount: the name is the object
            return VerbObjects(named, "obj", {d.i for d in (*direct, *named)}, _amount_text(direct[0], set(named)))
        sized = is_amount(direct[0]) or any(t.dep_ not in L.DETERMINERS | L.POSSESSORS for t in direct[0].lefts)
        amount = _amount_text(direct[0]) if sized else None  # (`its stake`: no size said)
        for holder in (verb, *direct):
            for word, obj in prepositional_objects(holder):
                named = is_named(referent_token(obj)) or stands_for_entity(obj)  # (`X, in which Y holds a stake`,
                # `a stake in the company`)
                if known(word) or named and _what_an_amount_is_of(word, obj, holder, verb, direct):
                    frame = word if known(word) else "obj"
                    return VerbObjects(arguments_of(obj), frame, {obj.i, *(d.i for d in direct)}, amount)
    # `studied law at X`: a frame of place the lexicon knows, with a name, says more than a verb it does not know with
    # its object (but not another preposition's frame, which may need the verb alone: `served a notice on X`); the
    # parser may hang the phrase on the object
    if direct and not known("obj") and not children(verb, L.PARTICLES):
        for word, obj in (p for holder in (verb, *direct) for p in prepositional_objects(holder)):
            if word in W.PLACE_CASES and known(word) and is_named(obj) and not W.DATE_WORDS.search(obj.text):
                return VerbObjects(arguments_of(obj), word, {obj.i, *(d.i for d in direct)})
    if direct:  # `weighed on the price`: the particle is the object's preposition when the lexicon knows the
        # verb with it, or does not know the verb at all (`set up a company` mints `set up`)
        own = [c for c in children(verb, L.PARTICLES) if c != part]  # (`put forward X`: the predicate's own)
        particles = own + [  # (or a preposition without object right before the object)
            p for p in children(verb, L.PREPOSITIONS) if not children(p, L.PREPOSITION_OBJECTS) and
            any(p.i + 1 == d.left_edge.i for d in direct)]
        particle = next((c.lower_ for c in own), None) or next(  # (a particle makes another verb: `pass X on to Y`
            # is no `pass`, whatever the lexicon knows of `pass`)
            (c.lower_ for c in particles if known(c.lower_) or not known("obj")), "obj")
        return VerbObjects([a for d in direct for a in arguments_of(d)], particle, {d.i for d in direct})
    for holder in (verb,) if part is None else (verb, part):  # `open an investigation into X`: on the idiom's noun
        phrases = list(prepositional_objects(holder))  # (or on the noun of another phrase: `filed a lawsuit for
        # fraud against X`)
        phrases += [p for word, obj in phrases if not known(word) and obj.ent_type_ not in TIME_ENTITIES
                    for p in prepositional_objects(obj)]  # (not under a time: `after days of fighting`)
        for word, obj in phrases:  # (`imposed sanctions on X on Monday`: a day is no object, nor a part of the
            # body: `wounded him in the leg`)
            if known(word) and not (obj.ent_type_ in TIME_ENTITIES and W.DATE_WORDS.search(obj.text)) and \
                    not names_a_body_part(obj, W):
                return VerbObjects(arguments_of(obj), word, {obj.i})
    done = [c for c in children(verb, L.OPEN_COMPLEMENTS | L.CLAUSE_COMPLEMENTS)
            if not children(c, L.SUBJECTS | L.PASSIVE_SUBJECTS) and c.left_edge.i == verb.i + 1 and
            W.GERUND_TAG in {c.tag_, *(a.tag_ for a in children(c, L.AUXILIARIES))}]
    if done and known("obj") and lemma not in W.ASPECTUAL_VERBS:
        return VerbObjects(done, "obj", {c.i for c in done})  # `denies conspiring with others`: what is denied
    if not children(verb, L.OPEN_COMPLEMENTS) and lemma not in W.GENERIC_VERBS | W.SPEECH_VERBS | W.TALK_VERBS:
        supported = any(names_no_thing(d, lemma, lexicon) for d in children(verb, L.OBJECTS))
        for word, obj in prepositional_objects(verb):  # `expand in Malaysia`: a verb of its own with a name (not
            # the dative of a noun the verb supports: `gave its approval to X`, `gave a statement to Reuters`)
            if word in W.ARGUMENT_CASES and is_named(obj) and not W.DATE_WORDS.search(obj.text) and \
                    not (supported and obj.head.dep_ in L.INDIRECT_OBJECTS):
                return VerbObjects(arguments_of(obj), word, {obj.i})
    if known("that"):  # `reported that two guards were injured`: reports the guards
        for clause in children(verb, L.CLAUSE_COMPLEMENTS):
            told = [s for s in clause_subjects(clause) if stands_for_entity(s) or children(s, L.ADJECTIVE_MODIFIERS)
                    or children(s, L.NAME_PARTS)]
            if told:
                return VerbObjects(told, "that", {clause.i})
    refused = refused_objects(verb, W.REFUSAL_VERBS)  # `refused to issue the cards`: rejects the cards
    if refused:
        return VerbObjects([a for o in refused for a in arguments_of(o)], "obj", {o.i for o in refused})
    return VerbObjects([], "", set())


def _what_an_amount_is_of(word: str, obj: Token, holder: Token, verb: Token, amounts: list[Token]) -> bool:
    """Whether a named phrase says what a verb's amount is of: `10 million shares of X`, `$2bn in X`, `a stake in X`
    (hung on the verb too, `bought a stake in X`), not where (`recalled 300,000 cars in the US`)."""
    stake = any(a.lemma_.lower() in W.STAKE_NOUNS for a in amounts)
    if holder == verb:
        return stake and word in W.STAKE_CASES
    return word == "of" or word == "in" and (obj.ent_type_ not in LOCATION_ENTITIES or stake)


def _counted(noun: Token) -> bool:
    """`two former executives`, `three companies`: a number of what the lexicon knows as people, organisations or
    things, not an amount that points at what it is of (`$2bn in Acme`, `10 million shares of Acme`)."""
    return noun.pos_ == "NOUN" and bool(noun._.kg_noun_class)


def _amount_text(token: Token, left_out: Collection[Token] = ()) -> Mention:
    """`2 billion euros`, `a 25% stake`: the amount without what it is of (nor the `left_out` words)."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in L.DETERMINERS | L.POSSESSORS and
             t not in left_out]
    return Mention(text_of(words), words[0].idx, words[-1].idx + len(words[-1]))


def _purpose_of(verb: Token, lexicon: Lexicon) -> bool:
    """`use X to sort invoices`, `X is used to sort invoices`: the infinitive is the purpose of its governor's fact (a
    qualifier), not a fact; with no object, active, it is what the governor says is to be done (`offered to buy X`:
    buys X, hypothetically)."""
    if verb.dep_ not in L.OPEN_COMPLEMENTS or not any(c.lower_ == "to" for c in children(verb, L.AUXILIARIES)) or \
            not children(verb.head, L.OBJECTS) and (verb.head.tag_ != "VBN" or children(verb.head, L.SUBJECTS)):
        return False
    _, roles = lexicon.relation(LANG, verb.head.lemma_.lower(), "obj")
    return "purpose" in roles.values()


def _passive_participle(verb: Token) -> bool:
    """`a model developed by Acme`, `Founded by X, Acme …`, `… fell 1 percent, dragged down by BP`: a past
    participle modifying a noun or the main clause (whose subject it is then about), read by `passive_clause`. After
    the main clause it needs its comma and its agent (`by BP`), and may be tagged a past tense. A passive's participles
    may go with it (`Having been fired by X, Y …`)."""
    if verb.dep_ in L.CLAUSAL_MODIFIERS or _fronted_as_preposition(verb):
        return verb.tag_ == "VBN"
    auxiliaries = children(verb, L.AUXILIARIES)  # (none, or a passive's participles: `having been fired by X, …`)
    if verb.dep_ not in L.ADVERBIAL_CLAUSES or children(verb, L.SUBJECTS) or auxiliaries and not (
            children(verb, L.PASSIVE_AUXILIARIES) and all("Fin" not in morph(a, "VerbForm") for a in auxiliaries)):
        return False
    if verb.i < verb.head.i:
        return verb.tag_ == "VBN"
    return verb.tag_ in {"VBN", "VBD"} and verb.doc[verb.left_edge.i - 1].text == "," and \
        any(word == W.AGENT_CASE for word, _ in prepositional_objects(verb))


def _fronted_as_preposition(verb: Token) -> bool:
    """`Based in Lyon, Valtek makes …`: a participle opening the sentence that the parser made a preposition of the
    main verb (as it does `based on`)."""
    return verb.dep_ in L.PREPOSITIONS and verb.tag_ == "VBN" and verb.i == verb.sent.start and \
        verb.head.pos_ in {"VERB", "AUX"}  # (not `According to X, …`)


_BARE_COMPLEMENTS = L.OBJECTS | L.NOUN_PHRASE_ADVERBIALS


def phrases_of(word: Token) -> list[tuple[str, Token]]:
    """(preposition, head) of each phrase on a word, as a move reads them (its amount: `by 2%`, or bare: `fell 26
    cents`, the level it reaches: `to $108.58`, a date; the `<lang>.movement` lines) and an event its price (`the
    acquisition of X for $2 billion`)."""
    return [*prepositional_objects(word), *(("", c) for c in word.children if c.dep_ in _BARE_COMPLEMENTS)]


# Reported speech, as the speech rule every language shares asks for it (`kg/extract/speech.py`)

#: what a reported clause may be headed by
REPORTED_HEADS = frozenset({"VERB", "AUX"})


def speakers(verb: Token) -> list[Token]:
    """Who says what a speech verb reports: its subjects (`Acme said …`, `"…," Acme said`), or, after a quotation,
    the name the parser took for its object (`"…," lamented X`)."""
    subjects = clause_subjects(verb)
    if subjects or not is_incise(verb):
        return subjects
    return [o for o in children(verb, L.OBJECTS) if o.i > verb.i and is_name(o)]


def hearers(verb: Token, speakers: list[Token]) -> list[Token]:
    """Whom the speaker told (`told Reuters that …`, `said to reporters`) or who interviewed them (`said in an
    interview with X`)."""
    told = [o for o in children(verb, L.OBJECTS | L.INDIRECT_OBJECTS) if o.pos_ != "ADP"] + [
        o for word, o in prepositional_objects(verb) if word in W.HEARER_CASES]
    return [a for o in [*told, *interviewers(verb, complements)] for a in arguments_of(o)
            if stands_for_entity(a) and a not in speakers]


# Events named by nouns, as the event rule every language shares asks for them (`kg/extract/events.py`)

def event_verb(noun: Token, context: Context) -> tuple[str, list[Token]] | None:
    """The verb an event noun stands for (`acquisition` -> acquire), and the noun's words."""
    verb = context.nominals.get(noun.lemma_.lower())
    return (verb, [noun]) if verb is not None else None


def event_theme(words: list[Token], verb: str, lexicon: Lexicon) -> tuple[str, Token | None]:
    """The frame and phrase of what an event noun is about: its first `of` complement, when its verb takes an
    object, or one its verb has a frame for (`the acquisition of X`, `a partnership with X`, `the death of X in
    London`), or such a phrase the parser hung on the verb whose object the noun is (`signed a deal with X`)."""
    noun = words[0]
    counted = counted_by(noun)  # (`a series of strikes against X`: the phrase hung on the noun counting them)
    telling = counted.dep_ in L.OBJECTS and counted.head.lemma_.lower() in W.AGENTIVE_VERBS
    transitive = lexicon.frame(LANG, verb, "obj") is not None
    subjects = [] if transitive else of_complements(noun)  # (`the death of X in London`, parsed with the place on X)
    for holder in dict.fromkeys((noun, counted, *((counted.head,) if telling else ()), *subjects)):
        for word, obj in prepositional_objects(holder):
            framed = word != "of" and lexicon.frame(LANG, verb, word) is not None
            if word == "of" and holder is noun and transitive or framed:
                return ("obj" if word == "of" else word), obj
    return "", None


def event_qualifiers(noun: Token, words: list[Token], theme: Token, roles: dict[str, str], context: Context
                     ) -> list[Qualifier]:
    """What the event noun's phrases say by its verb's frame (`the sale of X to Y`), when it happened, and where
    (`carried out strikes against X in southern Lebanon`)."""
    phrases = list(prepositional_objects(noun))
    return [Qualifier(roles[word], mention(a, context)) for word, obj in phrases
            if word in roles for a in arguments_of(obj)] + list(_event_dates(noun, context)) + [
        Qualifier("place", where) for word, obj in phrases
        if word not in roles and (where := _named_place(word, obj, context)) is not None]


def event_agents(noun: Token) -> list[Token]:
    """Who does what an event noun names: the parties `between A and B`, `by Y`, `Y's`, a name before the noun (`the Y
    takeover of X`; without `of X`, the name may be what it is of: `the Twitter takeover`), or the subject of `Y
    announced the …`."""
    parties = [a for word, o in prepositional_objects(noun) if word in W.JOINT_CASES for a in arguments_of(o)]
    if len(parties) > 1:
        return parties
    agents = [a for word, o in prepositional_objects(noun) if word == W.AGENT_CASE for a in arguments_of(o)] or [
        a for theme in of_complements(noun) for word, o in prepositional_objects(theme) if word == W.AGENT_CASE
        for a in arguments_of(o)]  # (`the arrest of two men by police`, `by` hung on what it is of)
    agents += possessors(noun) or [  # `the US invasion of Iraq`: a name before the noun, with what it is
        c for c in children(noun, L.NAME_PARTS) if c.i < noun.i and is_name(c) and of_complements(noun)]  # of
    held = counted_by(noun)  # (`carried out a series of strikes`: the verb of the noun counting them)
    verb = held.head.head if held.dep_ in L.PREPOSITION_OBJECTS else held.head  # `agreed to a deal with X`
    aside = held.dep_ in L.PREPOSITION_OBJECTS and held.head.lower_ != W.PARTNER_CASE and children(verb, L.OBJECTS)
    if not agents and held.dep_ in L.OBJECTS | L.PREPOSITION_OBJECTS and verb.lemma_.lower() in W.AGENTIVE_VERBS \
            and not aside:  # (`made a plea for the release of X`: what the verb does is its object)
        agents = clause_subjects(verb)
    if not agents and held.dep_ in L.PASSIVE_SUBJECTS and held.head.lemma_.lower() in W.AGENTIVE_VERBS:
        agents = passive_roles(held.head, held.sent)[1]  # `the deal was announced by A and B`: the passive's agents
    if not agents and noun.dep_ in L.PREPOSITION_OBJECTS and verb.lemma_.lower() in W.COPULA_VERBS and \
            not children(noun, L.DETERMINERS):  # `X is in talks with Y`: what the copula says X is in
        agents = clause_subjects(verb)
    done = None if agents else _manner_verb(noun)
    return clause_subjects(done) if done is not None else agents


def _manner_verb(noun: Token) -> Token | None:
    """The verb a bare event noun says how was done (`offers X in partnership with Y`: the phrase hung on the verb or
    on its object), if it is one."""
    if noun.dep_ not in L.PREPOSITION_OBJECTS or noun.head.lower_ not in W.MANNER_CASES or \
            children(noun, L.DETERMINERS):
        return None
    holder = noun.head.head
    done = holder.head if holder.dep_ in L.OBJECTS else holder
    return done if done.pos_ == "VERB" else None


def _event_dates(noun: Token, context: Context) -> tuple[Qualifier, ...]:
    """When the event happened, on the noun or on the verb telling it: `completed its takeover in 2023`."""
    holders = [noun, noun.head] if noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB" else [noun]
    found = []
    for holder in holders:
        for word, obj in prepositional_objects(holder):
            words = written_phrase(obj)
            if word in ("in", "on", "since") and W.DATE_WORDS.search(text_of(words)):
                found.append(literal("date", words, context))
    return tuple(found)
