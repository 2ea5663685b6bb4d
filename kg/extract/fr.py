"""French extraction rules over Universal Dependencies parses (spaCy `fr_core_news_*`).

Each rule reads one construction, yields `Candidate` facts and never changes the Doc. Rules see only general
French grammar and the lexicons: no names or phrases of any particular article.
"""

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from ..model import QUOTE, Candidate, Mention, Qualifier, Relation
from ..ontology import Lexicon, property_labels
from ..text import fold
from . import labels as L
from .common import (
    Context,
    case_word,
    children,
    conjuncts,
    is_name,
    mention,
    name_tokens,
    referent_of,
    text_of,
)
from .discourse import Referent

LANG = "fr"
PURPOSE_MARKERS = frozenset({"pour", "afin"})
LIGHT_NOUNS = frozenset({"accès", "utilisation", "usage"})  # "fournir un accès à X" provides X
#: titles that say the person founded the organisation they are "of" (`le fondateur de Acme`)
ROLE_FOUNDERS = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur"})
#: objects of support-verb phrases, which name no thing: "jouer un rôle", "prendre une décision", "faire face"
SUPPORT_OBJECTS = frozenset({"rôle", "décision", "mesure", "lieu", "face", "compte", "fin", "effet", "suite",
                             "attention", "soin", "preuve", "confiance", "peur", "envie"})
#: nouns of quantity whose `de` complement is the real referent: "une douzaine d'entreprises"
QUANTITY_NOUNS = frozenset({"douzaine", "dizaine", "centaine", "millier", "million", "milliard", "nombre",
                            "plupart", "majorité", "ensemble", "série", "partie", "moitié", "quart", "tiers",
                            "poignée", "multitude", "foule", "groupe"})
NEGATION_WORDS = frozenset({"pas", "jamais", "aucun", "aucune", "guère", "nullement", "point", "ni"})
MODAL_VERBS = frozenset({"pouvoir", "envisager", "songer", "projeter", "souhaiter", "espérer", "vouloir",
                         "compter", "prévoir", "tenter", "chercher", "viser", "entendre"})
#: adverbs of quantity that make `de N` a noun phrase, not a preposition: "plus d'une douzaine d'entreprises"
QUANTITY_ADVERBS = frozenset({"plus", "moins", "près", "environ", "beaucoup", "peu", "trop", "autant"})
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’", "soi"})
MEMBERSHIP_CASES = frozenset({"parmi"})
#: prepositions that introduce a verb's partner or opponent even when the parser calls it a modifier
#: (`négocier avec X`); other prepositions count only where the lexicon lists the verb with them
ARGUMENT_CASES = frozenset({"avec", "contre", "auprès de"})
SOURCE_CASES = frozenset({"selon", "de après", "d'après", "d’après"})
#: markers introducing examples of a class: "des entrepreneurs comme A et B", "des groupes tels que A"
EXAMPLE_MARKERS = frozenset({"comme", "que", "dont"})
EXAMPLE_ADVERBS = frozenset({"notamment", "dont", "particulièrement", "surtout", "principalement"})
#: case marking a predicate of the subject: "en tant qu'entreprise américaine, X …"
PREDICATIVE_CASES = frozenset({"en tant que", "comme"})
_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                   r"novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", re.IGNORECASE)

Rule = Callable[[Span, Context, Lexicon], Iterator[Candidate]]


def _fixed(local_name: str) -> Relation:
    return Relation(local_name, property_labels()[local_name])


def _is_pronoun(token: Token) -> bool:
    """A pronoun that stands for nothing kg knows (resolved ones stand for their antecedent)."""
    return token.pos_ == "PRON" and not is_name(token) and token._.kg_referent is None


def _is_relative(token: Token) -> bool:
    return "Rel" in token.morph.get("PronType")


def named_referent(token: Token) -> Token:
    """The proper name a common noun introduces (`le géant technologique Acme` -> Acme), else the token.

    After a comma only a person's title introduces a name (`le président de Acme, Jean Dupont`).
    """
    if is_name(token):
        return token
    for child in token.children:
        if child.i > token.i and is_name(child) and child.text[:1].isalpha() and child.dep_ in (
                L.APPOSITIONS | L.NAME_PARTS | L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS | {"dep"}) and not (
                any(case_word(t) for t in name_tokens(child)) or child.doc[child.i - 1].text == "(" or
                any(c.lower_ in EXAMPLE_ADVERBS for c in child.children)) and (
                child.doc[child.i - 1].text != "," or _titled_person(token, child)):
            return child
    return token


def _titled_person(title: Token, name: Token) -> bool:
    """`le président de Acme, Jean Dupont`: a title noun whose apposition is a person's name."""
    return title._.kg_common_noun and name.ent_type_ in ("PER", "PERSON") or (
        name.ent_type_ in ("PER", "PERSON") and title.lemma_.lower() in ROLE_FOUNDERS | {"président", "directeur",
                                                                                          "patron", "ministre"})


def _referent(token: Token) -> Token:
    """Through quantity nouns (`une douzaine d'entreprises` -> entreprises) to the named referent, including a
    name written right after the noun phrase (`ses logiciels de paie Zorg` -> Zorg)."""
    if token.lemma_.lower() in QUANTITY_NOUNS:
        inner = next((c for c in token.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) in ("de", "d")),
                     None)
        if inner is not None:
            return _referent(inner)
    referent = named_referent(token)
    return _following_name(referent) or referent if referent == token and not is_name(token) else referent


def _following_name(noun: Token) -> Token | None:
    """The name standing in apposition right after a common noun's phrase, if any."""
    for token in noun.doc[noun.i + 1:min(noun.i + 14, len(noun.doc))]:
        if token.is_sent_start or token.pos_ in {"VERB", "AUX"} or token.text in {",", ";", ":", "."}:
            return None
        if is_name(token) and _class_noun_before(token) == noun:
            return token
    return None


def _is_apposition(member: Token, head: Token) -> bool:
    """`Marie Dupont, la présidente de Acme`: a determined common noun after a name and a comma is the same
    person described, which parsers often attach as a conjunct."""
    return member != head and is_name(head) and not is_name(member) and bool(children(member, L.DETERMINERS)) and \
        member.doc[member.i - 1].text != "et" and any(t.text == "," for t in member.doc[head.i:member.i])


def _arguments(token: Token) -> list[Token]:
    """The argument heads a nominal stands for: coordinated members, each through its introduced name."""
    heads = []
    for member in conjuncts(token):
        if _is_apposition(member, token):
            continue
        if member.lemma_.lower() in LIGHT_NOUNS:
            target = next((c for c in member.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "à"), None)
            if target is not None:
                heads += [_referent(t) for t in conjuncts(target)]
                continue
        heads.append(_referent(member))
    return [h for h in heads if not _is_pronoun(h)]


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, including those it inherits: relative `qui`, control verbs, purpose clauses."""
    subjects = children(verb, L.SUBJECTS)
    if subjects:
        found: list[Token] = []
        for subject in subjects:
            if _is_relative(subject) and verb.dep_ in L.RELATIVE_CLAUSES:
                found += _arguments(verb.head)
            elif case_word(subject):  # a subject never has a preposition: `En tant qu'X, Acme …` misparsed
                found += [_referent(n) for n in subject.children if is_name(n) and n.i > subject.i
                          and n.dep_ in L.APPOSITIONS | L.NOUN_MODIFIERS | {"dep"} and not case_word(n)]
            else:
                found += _arguments(subject)
        if verb.dep_ in L.CONJUNCTS and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < subjects[0].i \
                and any(c.dep_ in L.COORDINATORS and c.i < subjects[0].i for c in subjects[0].children
                        ) | any(c.dep_ in L.COORDINATORS for c in verb.children if c.i < subjects[0].i):
            found = _arguments(verb.head) + found  # `A et B font …` parsed with A as the root
        return found
    if "Part" in verb.morph.get("VerbForm") and case_word(verb) == "en":  # gerund: the main clause's subject
        main = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return clause_subjects(main) if main is not None else []
    fronted = _fronted_subject(verb)
    if fronted is not None:
        return _arguments(fronted)
    if verb.dep_ in L.OPEN_COMPLEMENTS:
        controllers = children(verb.head, L.OBJECTS)
        return [a for c in controllers for a in _arguments(c)] if controllers else clause_subjects(verb.head)
    if verb.dep_ in L.ADVERBIAL_CLAUSES | L.CONJUNCTS and verb.head.pos_ in {"VERB", "AUX"}:
        return clause_subjects(verb.head)
    if verb.dep_ in L.CLAUSAL_MODIFIERS and ("Part" in verb.morph.get("VerbForm") or (
            "Fin" in verb.morph.get("VerbForm") and verb.head.i < verb.i and is_name(verb.head))):
        return _arguments(verb.head)  # `les entrepreneurs travaillant sur …`; `Acme négocie …` misparsed as acl
    return []


def _fronted_subject(verb: Token) -> Token | None:
    """The sentence-initial noun phrase that the parser attached to a subjectless finite verb as a modifier.

    `Acme, par exemple, utilisera X` and `Plus d'une douzaine d'entreprises … figurent` are often parsed with the
    subject as advcl/obl; a finite verb with no subject and such a phrase opening the sentence has it as subject.
    """
    if "Fin" not in verb.morph.get("VerbForm") and not verb.morph.get("Person"):
        return None
    for child in verb.children:
        if child.i > verb.i or child.dep_ in L.SUBJECTS | L.OBJECTS or not (is_name(child) or child.pos_ == "NOUN"):
            continue
        opening = child.left_edge.is_sent_start
        quantified = case_word(child) == "de" and any(t.lower_ in QUANTITY_ADVERBS for t in child.subtree
                                                      if t.i < child.i)
        if opening and (not case_word(child) or quantified):
            return child
    return None


def _negated(verb: Token) -> bool:
    return any(c.lower_ in NEGATION_WORDS for c in verb.children if c.dep_ not in L.OBJECTS)


def _hypothetical(verb: Token) -> bool:
    if "Cnd" in verb.morph.get("Mood"):
        return True
    return verb.dep_ in L.OPEN_COMPLEMENTS and verb.head.lemma_ in MODAL_VERBS


def _reflexive(verb: Token) -> bool:
    return any(c.dep_ in L.REFLEXIVES and c.lower_ in REFLEXIVE_CLITICS for c in verb.children)


def clause_text(verb: Token, context: Context) -> Mention:
    """A purpose clause as text: the verb and its complements (`synthétiser les documents de maintenance`)."""
    tokens = [verb]
    for child in verb.children:
        if child.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES | L.REFLEXIVES:
            tokens += [t for t in child.subtree if t.dep_ not in L.PUNCTUATION and t.i > verb.i - 2]
    tokens = sorted(set(tokens), key=lambda t: t.i)
    run = [t for t in tokens if t.i >= tokens[0].i]
    span = verb.doc[run[0].i: run[-1].i + 1]
    cut = next((t.i for t in span if t.dep_ in L.PUNCTUATION or t.dep_ in L.RELATIVE_CLAUSES), span.end)
    span = verb.doc[span.start:cut]
    return Mention(text=text_of(list(span)), start=context.offset + span.start_char,
                   end=context.offset + span.end_char, kind="Concept", head_lemma=verb.lemma_)


def _qualifiers(verb: Token, used: set[int], roles: dict[str, str], objects: list[Token],
                context: Context) -> list[Qualifier]:
    """Prepositional phrases and purpose clauses that qualify a verb's fact."""
    found: list[Qualifier] = []
    for child in verb.children:
        if child.i in used:
            continue
        word = case_word(child)
        if child.dep_ in L.ADVERBIAL_CLAUSES and word in PURPOSE_MARKERS and child.pos_ == "VERB":
            found.append(Qualifier("purpose", clause_text(child, context), literal=True))
        elif child.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.INDIRECT_OBJECTS:
            role = roles.get(word or "à" if child.dep_ in L.INDIRECT_OBJECTS else word)
            if word in SOURCE_CASES:
                role = "source"
            elif role is None and _DATE.search(text_of(list(child.subtree))):
                role = "date"
            if role == "date":  # kept as written: `en 2021`, `le 3 mars`
                words = [t for t in child.subtree if t.dep_ not in L.PUNCTUATION]
                found.append(Qualifier("date", Mention(text_of(words), context.offset + words[0].idx,
                                                       context.offset + words[-1].idx + len(words[-1])),
                                       literal=True))
            elif role:
                found += [Qualifier(role, mention(a, context)) for a in _arguments(child)]
    if roles.get("à") == "recipient":  # `proposer X aux agences`: the recipient often hangs off the object
        for obj in objects:
            for child in obj.children:
                if child.dep_ in L.NOUN_MODIFIERS and case_word(child) == "à" and child.i not in used:
                    found += [Qualifier("recipient", mention(a, context)) for a in _arguments(child)]
    return found


def _controls_an_infinitive(token: Token) -> bool:
    """`permettre aux techniciens de diagnostiquer …`: the noun is who does the infinitive, not an object."""
    return any(c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm") and case_word(c) in ("de", "à")
               for c in token.children)


def _objects_and_frame(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str, set[int]]:
    """The verb's object heads, its frame key (`obj`, a preposition, `se:de`) and the tokens they use.

    Objects of support-verb phrases (`jouer un rôle`) and nouns that control an infinitive are not objects.
    """
    reflexive = _reflexive(verb)
    direct = [d for d in children(verb, L.OBJECTS) if d.lemma_.lower() not in SUPPORT_OBJECTS]
    if direct:
        names = [d for d in direct if is_name(d)]
        if names and len(direct) > 1:  # `ses logiciels de paie Zorg`: the name is the object
            direct = names
        heads = [a for d in direct for a in _arguments(d)]
        return heads, "obj", {d.i for d in direct}
    def known(word: str) -> bool:
        return lexicon.frame(LANG, verb.lemma_.lower(), ("se:" if reflexive else "") + word) is not None

    obliques = [o for o in children(verb, L.ARGUMENT_OBLIQUES) if not _controls_an_infinitive(o)] or [
        # the parser often labels arguments as modifiers
        o for o in children(verb, L.MODIFIER_OBLIQUES) if o.pos_ in {"NOUN", "PROPN"} and
        (case_word(o) in ARGUMENT_CASES or known(case_word(o))) and not _DATE.search(o.text)]
    for oblique in obliques:
        word = case_word(oblique)
        if word and word not in SOURCE_CASES | MEMBERSHIP_CASES and word != "par":
            return _arguments(oblique), ("se:" if reflexive else "") + word, {oblique.i}
    return [], "", set()


PERCENT_WORDS = frozenset({"%", "pourcent", "pour cent", "pourcentage"})
STAKE_WORDS = frozenset({"part", "participation", "capital", "action", "actions", "parts", "droits"})


def _quantified(obj: Token) -> tuple[Token, str] | None:
    """`25 % du capital de Bolt` -> (Bolt, "25 %"): what a quantity is of, and the quantity as written."""
    if not (obj.lemma_.lower() in PERCENT_WORDS or obj.text == "%" or obj.pos_ == "NUM" or (
            obj.lemma_.lower() in STAKE_WORDS and children(obj, {"nummod"}))):
        return None
    amount = " ".join(t.text for t in sorted([*children(obj, {"nummod"}), obj], key=lambda t: t.i))
    target = obj
    for _ in range(3):
        target = next((c for c in children(target, L.NOUN_MODIFIERS) if case_word(c) == "de"), None)
        if target is None:
            return None
        if is_name(target):
            return target, amount
    return None


def verb_clause(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme se servira de Zorg pour trier les factures` -> Acme uses Zorg (purpose: trier les factures)."""
    for verb in sentence:
        if verb.pos_ != "VERB" or children(verb, L.PASSIVE_SUBJECTS):
            continue
        objects, frame, used = _objects_and_frame(verb, lexicon)
        if not objects:
            continue
        relation, roles = lexicon.relation(LANG, verb.lemma_.lower(), frame)
        inherited = not children(verb, L.SUBJECTS)
        qualifiers = tuple(_qualifiers(verb, used, roles, objects, context))
        quantities = {o.i: _quantified(o) for o in objects if _quantified(o)}
        if quantities:  # `détient 25 % du capital de Bolt`: owns Bolt (quantity 25 %)
            objects = [quantities[o.i][0] if o.i in quantities else o for o in objects]
        rule = "fr.reflexive" if frame.startswith("se:") else "fr.svo"
        confidence = (0.6 if inherited else 0.75) - (0.1 if relation.minted else 0.0)
        amounts = {target.i: amount for target, amount in quantities.values()}
        for subject in clause_subjects(verb):
            for obj in objects:
                if obj.i != subject.i:
                    extra = (Qualifier("quantity", Mention(amounts[obj.i], obj.idx, obj.idx), literal=True),) \
                        if obj.i in amounts else ()
                    yield Candidate(mention(subject, context), relation, mention(obj, context),
                                    context.evidence(sentence), rule, verb.lemma_, qualifiers + extra,
                                    _negated(verb), _hypothetical(verb), round(confidence, 2))


def passive_clause(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Le modèle a été développé par la société` -> société develops modèle."""
    for verb in sentence:
        patients = children(verb, L.PASSIVE_SUBJECTS) or (  # `la société, fondée par X, …`
            [verb.head] if verb.dep_ in L.CLAUSAL_MODIFIERS and "Part" in verb.morph.get("VerbForm") else [])
        agents = children(verb, L.AGENTS) or [o for o in children(verb, L.MODIFIER_OBLIQUES | L.ARGUMENT_OBLIQUES)
                                               if case_word(o) == "par"]
        if not patients or not agents:
            continue
        relation, roles = lexicon.relation(LANG, verb.lemma_.lower(), "obj")
        qualifiers = tuple(_qualifiers(verb, {a.i for a in agents}, roles, [], context))
        for agent in (a for head in agents for a in _arguments(head)):
            for patient in (p for head in patients for p in _arguments(head)):
                yield Candidate(mention(agent, context), relation, mention(patient, context),
                                context.evidence(sentence), "fr.passive", verb.lemma_, qualifiers,
                                _negated(verb), _hypothetical(verb), 0.75 - (0.1 if relation.minted else 0.0))


def _employers(title: Token) -> list[Token]:
    """The organisations a title is `de` (capitalised common nouns, `des Affaires mondiales`, stay in the title)."""
    return [c for c in title.children if c.dep_ in L.NOUN_MODIFIERS and is_name(c) and c.pos_ != "NOUN"
            and case_word(c) == "de"]


def _role_facts(person: Token, title: Token, context: Context, sentence: Span, rule: str) -> Iterator[Candidate]:
    """`X, président de Y`: X has role `président`, X works for Y; `le fondateur et PDG de Y` shares Y."""
    employers = _employers(title) or [e for t in conjuncts(title) if not is_name(t) for e in _employers(t)]
    role = mention(title, context, leave_out=tuple(employers), kind="Role")
    holder = mention(person, context)
    evidence = context.evidence(sentence)
    yield Candidate(holder, _fixed("hasRole"), role, evidence, rule, title.lemma_, confidence=0.8)
    relation = _fixed("founded") if title.lemma_.lower() in ROLE_FOUNDERS else _fixed("worksFor")
    for employer in employers:
        yield Candidate(holder, relation, mention(employer, context), evidence, rule, title.lemma_, confidence=0.8)


def _describe(name: Token, noun: Token, context: Context, sentence: Span, rule: str,
              leave_out: tuple[Token, ...] = ()) -> Iterator[Candidate]:
    """A name described by a common noun: a role if the noun is a role, else membership of a class.

    A nationality adjective on the noun (`une entreprise américaine`) also gives the name's country.
    """
    named = mention(name, context)
    position = context.offset + noun.idx
    context.discourse.describe(noun.lemma_.lower(), position, named)
    context.discourse.describe(fold(mention(noun, context, leave_out=(name, *leave_out)).text), position, named)
    if context.noun_kinds.get(noun.lemma_.lower()) == "Role":
        yield from _role_facts(name, noun, context, sentence, rule)
    else:
        description = mention(noun, context, leave_out=(name, *leave_out), kind="Concept")
        yield Candidate(mention(name, context), _fixed("instanceOf"), description,
                        context.evidence(sentence), rule, noun.lemma_, confidence=0.7)
    for adjective in children(noun, L.ADJECTIVE_MODIFIERS):
        country = context.demonyms.get(adjective.lemma_.lower())
        if country:
            place = Mention(country, context.offset + adjective.idx, context.offset + adjective.idx
                            + len(adjective.text), kind="Place", is_name=True, head_lemma=country.lower())
            yield Candidate(mention(name, context), _fixed("nationality"), place, context.evidence(sentence),
                            rule + "+demonym", adjective.lemma_, confidence=0.7)


MAX_APPOSED_PHRASE = 12  # tokens between a class noun and the name it introduces


def _class_noun_before(name: Token) -> Token | None:
    """The determined common noun a name is written right after: `ses logiciels de paie Zorg` -> logiciels.

    Parsers often attach such a name elsewhere; walking left over the noun phrase (and a parenthesised acronym)
    to the nearest noun with its own determiner finds the noun the name stands in apposition to.
    """
    doc = name.doc
    first = name_tokens(name)[0]
    if first.i != name.i or case_word(name) or first.is_sent_start or doc[first.i - 1].pos_ == "DET":
        return None
    i = first.i - 1
    if doc[i].text == ")":
        while i > 0 and not doc[i].is_sent_start and doc[i].text != "(":
            i -= 1
        i -= 1
    for token in reversed(doc[max(0, i - MAX_APPOSED_PHRASE):i + 1]):
        if token.pos_ in {"NOUN", "ADJ"} and not is_name(token) and children(token, L.DETERMINERS):
            return token  # (a determiner makes an ADJ-tagged word a noun: `le logiciel`)
        if token.pos_ not in {"NOUN", "ADJ", "ADP", "DET", "PROPN", "X"} or token.dep_ in L.PUNCTUATION or \
                token.is_sent_start:
            return None
    return None


def apposition(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Nick Dupont, le président de Acme, …` and `le géant technologique Acme` -> role / class facts."""
    for token in sentence:
        if is_name(token):
            noun = _class_noun_before(token)
            if noun is not None and named_referent(noun) == noun:
                yield from _describe(token, noun, context, sentence, "fr.title")
            for child in token.children:
                after_comma = child.i > 0 and child.doc[child.i - 1].text == "," or any(
                    t.text == "," for t in child.doc[token.i:child.i])
                if child.pos_ == "NOUN" and not is_name(child) and (
                        child.dep_ in L.APPOSITIONS or (child.dep_ in L.CONJUNCTS | L.NOUN_MODIFIERS and after_comma
                                                        and children(child, L.DETERMINERS) and not case_word(child))):
                    yield from _describe(token, child, context, sentence, "fr.apposition")
        elif token.pos_ == "NOUN":
            referent = named_referent(token)
            if referent == token:  # `le fondateur et directeur de Acme, Jean Dupont` (name parsed as a conjunct)
                referent = next((c for c in children(token, L.CONJUNCTS) if is_name(c) and _titled_person(token, c)
                                 and c.doc[c.i - 1].text == ","), token)
            if referent != token:
                for title in [token, *(c for c in children(token, L.CONJUNCTS) if not is_name(c))]:
                    yield from _describe(referent, title, context, sentence, "fr.title")


def _nominal(token: Token, context: Context) -> tuple[str, list[Token]] | None:
    """The verb an event noun stands for and the noun's words: `mise à disposition` -> (fournir, 3 tokens)."""
    doc = token.doc
    for size in (3, 2):
        words = doc[token.i:token.i + size]
        if len(words) == size and " ".join(w.lower_ for w in words) in context.nominals:
            return context.nominals[" ".join(w.lower_ for w in words)], list(words)
    lemma = token.lemma_.lower()
    return (context.nominals[lemma], [token]) if lemma in context.nominals else None


def _event_agents(noun: Token) -> list[Token]:
    """Who does what an event noun names: `par X`, else the subject of the verb that announces or makes it."""
    by = [c for c in noun.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "par"]
    if by:
        return [a for b in by for a in _arguments(b)]
    if noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB":
        return clause_subjects(noun.head)
    return []


def nominal_event(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme a annoncé la mise à disposition de Zorg aux hôpitaux` -> Acme provides Zorg (recipient: hôpitaux)."""
    for token in sentence:
        if token.pos_ != "NOUN":
            continue
        found = _nominal(token, context)
        if found is None:
            continue
        verb, words = found
        relation, roles = lexicon.relation(LANG, verb, "obj")
        inside = {w.i for w in words}
        themes = [c for w in words for c in w.children if c.i not in inside and c.dep_ in L.NOUN_MODIFIERS
                  and case_word(c) == "de"]
        agents = _event_agents(token)
        if not themes or not agents:
            continue
        theme_heads = [a for t in themes[:1] for a in _arguments(t)]
        qualifiers = []
        if roles.get("à") == "recipient":
            holders = [*words, *(t for theme in themes[:1] for t in conjuncts(theme)),
                       *(t for head in theme_heads for t in name_tokens(head))]
            for holder in holders:
                for child in holder.children:
                    if child.dep_ in NOMINAL_DEPENDENTS and case_word(child) == "à" and child.i not in inside:
                        qualifiers += [Qualifier("recipient", mention(a, context)) for a in _arguments(child)]
        for agent in agents:
            for theme in theme_heads:
                if theme.i != agent.i:
                    yield Candidate(mention(agent, context), relation, mention(theme, context),
                                    context.evidence(sentence), "fr.nominal", verb, tuple(qualifiers),
                                    confidence=0.6 - (0.1 if relation.minted else 0.0))


NOMINAL_DEPENDENTS = L.NOUN_MODIFIERS | L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES

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
        owned = token._.kg_referent or (mention(_referent(token), context) if _referent(token) != token else None)
        if owned is None or not owned.is_name:
            continue
        if token.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES and token.head.pos_ == "VERB":
            owners = clause_subjects(token.head)
        else:
            event = next((h for h in (token.head, token.head.head) if _nominal(h, context)), None)
            owners = _event_agents(event) if event is not None else []
        for owner in owners:
            owner_mention = mention(owner, context)
            if owner_mention.text != owned.text:
                yield Candidate(owner_mention, _fixed("owns"), owned, context.evidence(sentence), "fr.possessive",
                                "son", confidence=0.6)


#: verbs of saying whose clause or quotation is reported speech (`annoncer` gives `announces` instead)
SPEECH_VERBS = frozenset({"dire", "affirmer", "déclarer", "estimer", "assurer", "expliquer", "souligner", "indiquer",
                          "préciser", "ajouter", "suggérer", "confier", "révéler", "reconnaître", "avertir",
                          "rappeler", "insister", "répondre", "commenter", "juger", "prévenir", "martelé",
                          "marteler", "lancer", "écrire", "raconter", "promettre"})
QUOTE_MARKS = {"«": "»", "“": "”", "\"": "\""}


def _quotation(verb: Token) -> Span | None:
    """The quotation a speech verb introduces or closes in its sentence: `X a affirmé : « … »`, `« … », dit X`."""
    sentence = verb.sent
    for token in sentence:
        close = QUOTE_MARKS.get(token.text)
        if close is None:
            continue
        end = next((t.i for t in sentence if t.i > token.i and t.text == close), None)
        if end is not None and end - token.i > 2 and (token.i > verb.i or end < verb.i):
            return sentence.doc[token.i + 1:end]
    return None


def reported_speech(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`X a affirmé : « … »` / `X a déclaré que …` -> X says "…" (and the quotation's facts get X as source)."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        quote = _quotation(verb)
        clause = next((c for c in children(verb, L.CLAUSE_COMPLEMENTS) if c.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}),
                      None)
        if quote is not None:
            said = quote
        elif clause is not None:
            first = min(t.i for t in clause.subtree if t.dep_ not in L.MARKERS)  # without `que`
            said = verb.doc[first:max(t.i for t in clause.subtree) + 1]
        else:
            continue
        said_mention = Mention(text_of(list(said)), context.offset + said.start_char,
                               context.offset + said.end_char, kind=QUOTE)
        for speaker in clause_subjects(verb) or _inverted_speakers(verb):
            speaker_mention = mention(speaker, context)
            context.discourse.quote(said_mention.start, said_mention.end, speaker_mention)
            yield Candidate(speaker_mention, _fixed("says"), said_mention, context.evidence(sentence), "fr.speech",
                            verb.lemma_, negated=_negated(verb), confidence=0.7)


def _inverted_speakers(verb: Token) -> list[Token]:
    """`« … », a déclaré X`: the speaker after the verb, which parsers often call an object."""
    return [a for o in children(verb, L.OBJECTS) if o.i > verb.i and is_name(o) for a in _arguments(o)]


#: nouns naming the participants of an event: `les bénéficiaires de cette initiative` are its recipients
PARTICIPANT_ROLES = {"bénéficiaire": "recipient", "destinataire": "recipient", "client": "recipient",
                     "partenaire": "partner"}
GROUP_PRONOUNS = frozenset({"eux", "elles"})
MEMBERSHIP_CASES_ON_VERBS = frozenset({"parmi"})


def _group(token: Token, context: Context) -> list[Mention]:
    """The group a `parmi` phrase names: a plural antecedent for `eux` / `elles`, else the phrase itself."""
    if token.lower_ in GROUP_PRONOUNS:
        found = context.discourse.find(context.offset + token.idx,
                                       lambda r: r.number == "Plur" and not r.mention.is_name)
        return [found.mention] if found else []
    return [mention(a, context) for a in _arguments(token)]


def _participants_event(group: Token, context: Context) -> tuple[str, Candidate] | None:
    """For `les bénéficiaires de cette initiative`: the role (recipient) and the event the initiative is."""
    role = PARTICIPANT_ROLES.get(group.lemma_.lower())
    event_noun = next((c for c in children(group, L.NOUN_MODIFIERS) if case_word(c) == "de"
                       and context.noun_kinds.get(c.lemma_.lower()) == "Event" and _definite(c)), None)
    if role is None or event_noun is None:
        return None
    event = context.discourse.event_near(context.offset + event_noun.sent.start_char)
    return (role, event) if event is not None else None


def membership(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Parmi eux, on retrouve A et B` / `A et B figurent parmi les N` -> A, B members of the group.

    When the group is the participants of an event (`les bénéficiaires de cette initiative`), the members get
    that role in the event's fact.
    """
    for verb in sentence:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        groups = [o for o in verb.children if o.dep_ in L.MODIFIER_OBLIQUES | L.ARGUMENT_OBLIQUES
                  and case_word(o) in MEMBERSHIP_CASES_ON_VERBS]
        if not groups:
            continue
        members = [s for s in clause_subjects(verb) if s.lower_ != "on"] or [
            a for o in children(verb, L.OBJECTS) + [c for c in children(verb, L.CONJUNCTS) if c.pos_ == "NOUN"]
            for a in _arguments(o)]
        evidence = context.evidence(sentence)
        for group in groups:
            participation = _participants_event(group, context)
            for member in members:
                member_mention = mention(member, context)
                if participation is not None:
                    role, event = participation
                    yield Candidate(event.subject, event.relation, event.object, evidence, "fr.event-participant",
                                    event.lemma, ((Qualifier(role, member_mention)),), confidence=0.55)
                for whole in _group(group, context):
                    yield Candidate(member_mention, _fixed("memberOf"), whole, evidence, "fr.member",
                                    verb.lemma_, confidence=0.6)


def note_sentence(sentence: Span, context: Context) -> None:
    """After reading a sentence, remember its plural subjects: a later `parmi eux` may mean them."""
    for verb in sentence:
        if verb.dep_ != "ROOT":
            continue
        for subject in clause_subjects(verb):
            plural = any("Plur" in t.morph.get("Number") for t in (subject, verb, *children(subject, L.DETERMINERS)))
            if subject.pos_ == "NOUN" and plural:  # (`plusieurs pays` is tagged singular; its verb is not)
                context.discourse.add(Referent(context.offset + subject.idx, mention(subject, context),
                                               number="Plur", subject=True))


def exemplification(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`des entrepreneurs de la défense comme Acme et Bolt` -> Acme, Bolt instance of entrepreneurs de la défense."""
    for token in sentence:
        if not is_name(token):
            continue
        marker = next((c for c in token.children if c.i < token.i and (c.dep_ in L.MARKERS | L.CASE_MARKERS or
                                                                        c.lower_ in EXAMPLE_ADVERBS)), None)
        if marker is None or _word_of(marker) not in EXAMPLE_MARKERS | EXAMPLE_ADVERBS:
            continue
        if _word_of(marker) == "que" and not (marker.i > 0 and marker.doc[marker.i - 1].lemma_ == "tel"):
            continue
        group = token.head
        if group.pos_ in {"VERB", "AUX"}:  # `on retrouve des États comme la Grèce`, `comme …` hung on the verb
            group = next((o for o in reversed(children(group, L.OBJECTS)) if o.i < token.i), group)
        if group.pos_ != "NOUN" or is_name(group):
            continue
        members = tuple(conjuncts(token))
        for member in members:
            yield from _describe(member, group, context, sentence, "fr.example", leave_out=members)


def _word_of(token: Token) -> str:
    return token.lower_.rstrip("'’").replace("qu", "que") if token.lower_.startswith("qu") else token.lower_


def predicative(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`En tant qu'entreprise américaine, Acme entend …` -> Acme instance of entreprise américaine."""
    for token in sentence:
        if token.pos_ != "NOUN" or case_word(token) not in PREDICATIVE_CASES or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in clause_subjects(token.head):
            if is_name(subject) and subject.i != token.i:
                yield from _describe(subject, token, context, sentence, "fr.predicative")


def copula(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme est une start-up française` -> Acme instance of start-up française."""
    for predicate in sentence:
        if predicate.pos_ != "NOUN" or not children(predicate, L.COPULAS):
            continue
        case = case_word(predicate)
        if case and case not in MEMBERSHIP_CASES:
            continue
        for subject in (a for s in children(predicate, L.SUBJECTS) for a in _arguments(s)):
            if case in MEMBERSHIP_CASES:  # `A et B sont parmi les partenaires`
                yield Candidate(mention(subject, context), _fixed("memberOf"), mention(predicate, context),
                                context.evidence(sentence), "fr.member", "être", confidence=0.6)
            else:
                yield from _describe(subject, predicate, context, sentence, "fr.copula")


PERSONAL_PRONOUNS = {"il": "Masc", "elle": "Fem"}
AGENT_KINDS = frozenset({"Person", "Organization"})


def _definite(token: Token, possessive: bool = False) -> bool:
    """Has a definite or demonstrative determiner (or, with `possessive`, a possessive one)."""
    return any(c.dep_ in L.DETERMINERS and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")
                                            or possessive and "Yes" in c.morph.get("Poss"))
               for c in token.children)


def _governing_subject(verb: Token) -> Token | None:
    """The subject of the clause a subordinate clause hangs from: `Acme a annoncé qu'elle …` -> Acme."""
    while verb.dep_ in L.CLAUSE_COMPLEMENTS | L.ADVERBIAL_CLAUSES | L.OPEN_COMPLEMENTS | L.CONJUNCTS \
            and verb.head != verb:
        verb = verb.head
        subjects = children(verb, L.SUBJECTS)
        if subjects:
            return subjects[0]
    return None


def resolve_references(sentence: Span, context: Context) -> None:
    """Point definite descriptions (`la société`) and `il` / `elle` subjects at the entity they refer to.

    A description takes the nearest entity of its class (or, in a lead sentence, the first one after it); a
    pronoun takes the subject of the clause it depends on when that agrees, else the nearest person or
    organisation that agrees in gender.
    """
    discourse = context.discourse
    for token in sentence:
        lemma = token.lemma_.lower()
        described = None
        if token.pos_ == "NOUN" and _definite(token, possessive=True) and named_referent(token) == token \
                and _following_name(token) is None:  # `ses modèles` after `le modèle Zorg`
            bare = not children(token, L.NOUN_MODIFIERS | L.APPOSITIONS)
            position = context.offset + token.idx
            described = discourse.described_by(fold(mention(token, context).text), position) or (
                discourse.described_by(lemma, position) if bare else None)
        if described is not None:
            token._.kg_referent = described
        elif token.pos_ == "NOUN" and (context.noun_kinds.get(lemma) == "Event" or lemma in context.nominals) \
                and token.dep_ in L.SUBJECTS \
                and token.head.pos_ == "VERB" and _definite(token) and not any(
                    case_word(c) == "de" for c in children(token, L.NOUN_MODIFIERS)):
            event = discourse.event_near(context.offset + sentence.start_char, look_ahead=True)
            if event is not None:  # `l'initiative vise à …`: the initiative's author acts
                token._.kg_referent = event.subject
        elif token.pos_ == "NOUN" and lemma in context.anaphors and _definite(token) \
                and "Plur" not in token.morph.get("Number") and named_referent(token) == token \
                and not any(case_word(c) == "de" for c in children(token, L.NOUN_MODIFIERS)):
            kind = context.noun_kinds.get(lemma)
            position = context.offset + token.idx
            found = discourse.find(position, lambda r, kind=kind: r.mention.kind == kind and r.mention.is_name,
                                   look_ahead=True)
            if found is not None:
                token._.kg_referent = found.mention
                discourse.add(referent_of(token, context))
        elif token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS and token.dep_ in L.SUBJECTS | \
                L.PASSIVE_SUBJECTS:
            gender = PERSONAL_PRONOUNS[token.lower_]
            governor = _governing_subject(token.head)
            if governor is not None and (governor._.kg_referent is not None or is_name(governor)):
                candidate = referent_of(governor, context)
                if candidate.agrees(gender, "Sing") and candidate.mention.kind in AGENT_KINDS:
                    token._.kg_referent = candidate.mention
                    continue
            found = discourse.find(context.offset + token.idx, lambda r, g=gender: r.agrees(g, "Sing")
                                   and r.mention.kind in AGENT_KINDS and r.mention.is_name)
            if found is not None:
                token._.kg_referent = found.mention


RULES: dict[str, Rule] = {
    "fr.svo": verb_clause,
    "fr.passive": passive_clause,
    "fr.apposition": apposition,
    "fr.copula": copula,
    "fr.example": exemplification,
    "fr.predicative": predicative,
    "fr.nominal": nominal_event,
    "fr.member": membership,
    "fr.possessive": possession,
    "fr.speech": reported_speech,
}
#: rules whose facts say that something belongs to a group, so the group's facts hold for it too
MEMBERSHIP_RULES = frozenset({"fr.member", "fr.example"})
