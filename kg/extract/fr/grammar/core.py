"""French grammar: subjects (inherited ones too), the argument heads a nominal stands for, names in apposition,
titles and employers, negation and modality, amounts."""

import re
from collections.abc import Collection

from spacy.tokens import Token

from ....lang.fr import WORDS as W
from ....model import Mention
from ... import labels as L
from ...context import Context, case_word, children, doc_tokens, morph, once_per_token
from ...context import complements as complements_of
from ...grammar import (
    appointees,
    counted_by,
    denied,
    enclosing_verb,
    hedged,
    intent_noun,
    phrase_start,
    place_of_trade,
    quantified_by_none,
    ranked_subject,
    refers_to_organisation,
    unasserted_content,
)
from ...mentions import QUOTE_MARKS, conjuncts, named_members, possessives, text_of
from ...names import (
    INSTITUTION_ENTITIES,
    LOCATION_ENTITIES,
    PERSON_ENTITIES,
    abbreviates_words_before,
    ends_its_phrase,
    is_name,
    name_head,
    name_tokens,
    of_a_known_kind,
    stands_for_entity,
)

CLOSING_QUOTES = frozenset(QUOTE_MARKS.values())


def _is_pronoun(token: Token) -> bool:
    """A pronoun that stands for nothing kg knows (resolved ones stand for their antecedent)."""
    return token.pos_ == "PRON" and not is_name(token) and token._.kg_referent is None


def _is_relative(token: Token) -> bool:
    return "Rel" in morph(token, "PronType")


def _antecedent(relative: Token, head: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause is hung on, but not a demonstrative (`après celui du
    caporal X, qui a déclaré …` hung on `celui`): the noun right before it, which the demonstrative governs."""
    if "Dem" not in morph(head, "PronType"):
        return _determined_noun(head, relative.head)
    before = relative.doc[relative.i - 1] if relative.i > 0 else relative
    if before.text == "," and before.i > 0:
        before = relative.doc[before.i - 1]
    before = name_head(before)
    return before if before.pos_ in {"NOUN", "PROPN"} and before in head.subtree else head


#: how a bare noun or adjective qualifies the noun (or adjective) it hangs on (`haut de gamme`: a noun on an adjective)
QUALIFYING_DEPENDENCIES = L.NOUN_MODIFIERS | L.NAME_PARTS | L.ADJECTIVE_MODIFIERS | L.ARGUMENT_OBLIQUES


def _determined_noun(noun: Token, verb: Token) -> Token:
    """`une entreprise de logiciel libre qui développe …`, `un fabricant de pneus haut de gamme qui emploie …`: a
    clause the parser hung on a bare noun that only qualifies another (no article of its own) is about the first noun
    with an article it qualifies, unless the clause's verb agrees with the bare noun only (`la vente de voitures qui
    ont été volées`)."""
    current = noun
    if _place_completing(noun) and verb.left_edge.i > 0 and noun.doc[verb.left_edge.i - 1].text == ",":
        current = noun.head  # `son usine de Lille, qui emploie …`: the plant (not `à l'exception du Texas qui …`)
    while not is_name(current) and not children(current, L.DETERMINERS) and current.pos_ in {"NOUN", "ADJ"} and \
            current.dep_ in QUALIFYING_DEPENDENCIES and current.head.pos_ in {"NOUN", "ADJ"}:
        current = current.head
    if current == noun or not children(current, L.DETERMINERS) or current.pos_ != "NOUN":
        return noun
    number = next((morph(w, "Number") for w in (verb, *children(verb, L.AUXILIARIES)) if morph(w, "Number")),
                  [])
    return noun if number and number != morph(current, "Number") else current


def _place_completing(name: Token) -> bool:
    """Whether a place's name completes a common noun with `de` (`son usine de Lille`, `le port de Marseille`)."""
    return is_name(name) and name.ent_type_ in LOCATION_ENTITIES and case_word(name) == "de" and \
        name.dep_ in L.NOUN_MODIFIERS and name.head.pos_ == "NOUN" and not is_name(name.head)


#: classes of the nouns that may describe a name with a preposition (`chantée par X, une chanteuse qui …`)
DESCRIBING_CLASSES = frozenset({"Role", "Person", "Organization", "Place", "Product"})


def _relative_antecedent(relative: Token, head: Token) -> Token:
    """What a relative pronoun stands for (`_antecedent`), or the name its noun is set after when the noun names
    nothing of its own and the pronoun follows its words (`X, une banque qui …`, `X, un comploteur de coup d'État
    qui …`: X; not `X, président du syndicat qui …`, where the nearer, determined noun may be meant); after a name
    with a preposition, only a noun of an entity's class describes the name (`sa relation avec X, un scandale qui …`
    is about the relation)."""
    antecedent = _antecedent(relative, head)
    before = relative.doc[relative.i - 1]
    own_words = before == antecedent or before in antecedent.subtree and not children(before, L.DETERMINERS) and \
        not any(c.lower_ in DEFINITE_CONTRACTIONS for c in before.children)  # (an adjective, a bare complement)
    if is_name(antecedent) or referent_token(antecedent) != antecedent or not own_words:
        return antecedent
    named = _apposed_to(antecedent)
    if named is None or (any(case_word(t) for t in name_tokens(named)) and
                         antecedent._.kg_noun_class not in DESCRIBING_CLASSES):
        return antecedent
    return named


def _named_by_a_body_between(token: Token, name: Token) -> bool:
    """`les salariés de l'usine Valtek`, `le directeur de la banque Brimex`, with the name hung on the first noun: a
    name that is no person's, right after a common noun of no person in the first noun's phrase, is that noun's (but
    `le président du conseil d'administration Paul Roy` is the president, `le ministre de l'Intérieur X` the
    minister)."""
    return name.ent_type_ not in PERSON_ENTITIES and any(
        c.i < name.i and case_word(c) and c.right_edge.i == name.i - 1 and c.pos_ == "NOUN" and not is_name(c) and
        c._.kg_noun_class not in ("Role", "Person") and (children(c, L.DETERMINERS) or _contracted_article(c))
        for c in children(token, L.NOUN_MODIFIERS))  # (a bare field is no body: `la société de robotique IEEE`)


@once_per_token
def named_referent(token: Token) -> Token:
    """The proper name a common noun introduces (`le géant technologique Acme` -> Acme), or a relative pronoun
    carrying a preposition stands for (`X, dont le siège …` -> X), else the token.

    After a comma only a person's title introduces a name (`le président de Acme, Jean Dupont`).
    """
    if is_name(token):
        return token
    if token.lower_ in W.PREPOSITIONAL_RELATIVES:  # `X, dont le siège …`: X
        clause = next((a for a in token.ancestors if a.dep_ in L.RELATIVE_CLAUSES), None)
        return token if clause is None else named_referent(_relative_antecedent(token, clause.head))
    title = _introduces_person(token)
    for inner in token.subtree if title else ():  # `un ancien gouverneur de la province de X, Jean Y,`: deeper
        if inner.i > token.i + 1 and inner.dep_ in L.APPOSITIONS and is_name(inner) and \
                titled_person(token, inner) and inner.head != token and (
                inner.doc[inner.i - 1].text == "," and not _introduces_person(inner.head)
                or _apposed_title(inner.head, token)):
            return inner  # (`sa compagne, l'artiste Jean Y`: through the title of the name's own; but in `le
            # ministre X et sa femme, Y` the wife's name is hers)
    for child in token.children:
        if child.i > token.i and is_name(child) and child.text[:1].isupper() and child != affiliation_label(token) \
                and child.dep_ in (
                L.APPOSITIONS | L.NAME_PARTS | L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS | {"dep"}) and not (
                any(case_word(t) for t in name_tokens(child)) or child.doc[child.i - 1].text == "(" or
                any(c.lower_ in W.EXAMPLE_ADVERBS for c in child.children)) and (
                child.doc[child.i - 1].text != "," or titled_person(token, child)) and \
                not _named_by_a_body_between(token, child):
            return child
    if not title:
        return token
    doc, end = token.doc, token.right_edge.i  # `l'ancien chef du parti à X, Jean Y,` misattached
    name = end + 2  # (`son atout, le Suédois Jean Y`: past an article and a nationality word)
    while name < min(end + 5, len(doc) - 1) and (doc[name].pos_ == "DET" or doc[name]._.kg_common_noun):
        name += 1
    if name < len(doc) and doc[end + 1].text == "," and is_name(doc[name]) and \
            titled_person(token, doc[name]) and (doc[name].dep_ in L.APPOSITIONS or name > end + 2):
        return doc[name]  # (after those words, whatever the parser hung the name on)
    return token


def _apposed_title(noun: Token, described: Token) -> bool:
    """`…, l'artiste` after `sa compagne`: a noun set after a comma in apposition to `described`."""
    return noun.head == described and noun.dep_ in L.APPOSITIONS and noun.left_edge.i > 0 and \
        noun.doc[noun.left_edge.i - 1].text == ","


def titled_person(title: Token, name: Token) -> bool:
    """`le président de Acme, Jean Dupont`, `son adjoint, Jean Dupont`: a noun introducing a person's name."""
    return name.ent_type_ in PERSON_ENTITIES and _introduces_person(title)


def _is_title(token: Token) -> bool:
    """A person's title: a capitalised known noun (`le Président`; not one of a thing: `le Conseil constitutionnel, X`
    is not X), one of W.PERSON_TITLES (`vice-gouverneur`), or a post the lexicon knows (`le candidat du parti, X`)."""
    lemma, kind = token.lemma_.lower(), token._.kg_noun_class
    return lemma in W.PERSON_TITLES or lemma.split("-")[-1] in W.PERSON_TITLES or kind == "Role" or (
        token._.kg_common_noun and kind in ("", "Person"))


def affiliation_label(title: Token) -> Token | None:
    """`le député PS Jean Dupont`, `une ministre CD&V`: an acronym written right after a person's title is the
    organisation its holder belongs to, not the holder (but `le rappeur MC Solaar`: a name of its own)."""
    doc = title.doc
    if title.pos_ != "NOUN" or title.i + 1 >= len(doc) or not _is_title(title):
        return None
    label = doc[title.i + 1]
    return label if label.head == title and _is_acronym(label) and is_name(label) and len(name_tokens(label)) == 1 \
        else None


def _is_acronym(token: Token) -> bool:
    """`PS`, `EELV`, `CD&V`: capitals, with no lower-case letter."""
    return len(token.text) > 1 and token.text[0].isalpha() and token.text.isupper()


def _introduces_person(token: Token) -> bool:
    """A title, or a noun someone has (`son épouse`, `son avocat`): a person's name after it is who that is."""
    return _is_title(token) or bool(possessives(token))


def referent_token(token: Token) -> Token:
    """Through quantity nouns (`une douzaine d'entreprises` -> entreprises) and amounts of a thing (`19 millions de
    yuans de pots-de-vin` -> pots-de-vin) to the named referent, including a
    name written right after the noun phrase (`ses logiciels de paie Zorg` -> Zorg)."""
    referent = named_referent(token)
    if referent != token:  # (`le groupe de luxe X`: X, not what a `groupe de` counts)
        return referent
    if token.lemma_.lower() in W.QUANTITY_NOUNS or (is_amount(token) and token.pos_ == "NOUN" and
                                                  token.lemma_.lower() not in W.PERCENT_WORDS):
        inner = next((c for c in token.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) in ("de", "d") and
                      c.lower_ not in W.PREPOSITIONAL_RELATIVES), None)  # `19 millions de yuans de pots-de-vin`:
        # through the amount to what it is of (`dont la majorité des membres`: the members, not the party)
        if inner is not None and _counts_a_thing(inner):
            return referent_token(inner)
    if is_name(token):
        return token
    # `Le ministre de X, Y, a …`, `X est une société installée à Lyon`, `contre son ancien employeur, Valtek`
    return following_name(token) or opening_apposition(token) or _copula_subject(token) or _apposed_name(token) or \
        token


def _apposed_name(noun: Token) -> Token | None:
    """`contre son ancien employeur, Valtek`: a name set off by a comma after a noun of a kind the lexicon knows (or
    coordinated with one), apposed to it and ending the phrase, is who or what the noun is (not `trois ports, A, B et
    C`, a list, nor `le titre d'empereur, employé par son beau-père, X`, the father-in-law)."""
    if not of_a_known_kind(noun):
        return None
    return next((a for a in children(noun, L.APPOSITIONS) if is_name(a) and a.i > noun.i and
                 noun.doc[a.i - 1].text == "," and ends_its_phrase(a)), None)


def _copula_subject(noun: Token) -> Token | None:
    """`X est une société installée à Lyon`: the name a copula's attribute says what it is (the subject hangs on
    the attribute or on the copula)."""
    copulas = children(noun, L.COPULAS)
    subject = next((s for h in (noun, *copulas) for s in children(h, L.SUBJECTS)), None) if copulas else None
    named = named_referent(subject) if subject is not None else None  # (`le collège X est …`: X)
    return named if named is not None and is_name(named) else None


def _counts_a_thing(inner: Token) -> bool:
    """Whether an amount's complement ends in a thing (`de yuans de pots-de-vin`), not only a unit (`d'euros`)."""
    while is_amount(inner):
        inner = next((c for c in inner.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) in ("de", "d")),
                     None)
        if inner is None:
            return False
    return inner.pos_ in {"NOUN", "PROPN"}


def following_name(noun: Token) -> Token | None:
    """The name standing in apposition right after a common noun's phrase, if any."""
    for token in doc_tokens(noun.doc)[noun.i + 1:noun.i + 14]:
        if token.is_sent_start or token.pos_ in {"VERB", "AUX"} or token.text in {",", ";", ":", "."}:
            return None
        if is_name(token) and class_noun_before(token) == noun:
            return token
    return None


def _is_apposition(member: Token, head: Token) -> bool:
    """`Marie Dupont, la présidente de Acme`, `le groupe X, propriétaire de Y`: a common noun after a name (or a noun
    introducing one) and a comma, determined or right after the comma, is the same entity described, which parsers
    often attach as a conjunct."""
    return member != head and (is_name(head) or named_referent(head) != head) and not is_name(member) and \
        bool(children(member, L.DETERMINERS) or member.doc[phrase_start(member).i - 1].text == ",") and \
        member.doc[member.i - 1].text != "et" and any(t.text == "," for t in member.doc[head.i:member.i])


def _titles_a_conjunct(title: Token, members: list[Token]) -> bool:
    """`la présidente de X, Ursula Y`: the person's name parsed as a second conjunct is who the title is."""
    return not is_name(title) and any(
        m.doc[m.i - 1].text == "," and titled_person(title, m) and not children(m, L.COORDINATORS)
        for m in members[1:2])


def arguments_of(token: Token) -> list[Token]:
    """The argument heads a nominal stands for: coordinated members, each through its introduced name."""
    heads = []
    members = conjuncts(token)
    for member in members:
        if _is_apposition(member, token) or (member == token and _titles_a_conjunct(token, members)):
            continue
        if member.lemma_.lower() in W.LIGHT_NOUNS:
            target = next((c for c in member.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "à"), None)
            if target is not None:
                heads += [referent_token(t) for t in conjuncts(target)]
                continue
        heads += named_members(member, referent_token(member))
    return [h for h in heads if not _is_pronoun(h)]


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, including those it inherits: relative `qui`, control verbs, purpose clauses."""
    subjects = children(verb, L.SUBJECTS)
    if subjects:
        found: list[Token] = []
        for subject in subjects:
            if _is_relative(subject) and verb.dep_ in L.RELATIVE_CLAUSES:
                found += arguments_of(_relative_antecedent(subject, verb.head))
            elif case_word(subject):  # a subject never has a preposition: `En tant qu'X, Acme …` misparsed
                found += [referent_token(n) for n in subject.children if is_name(n) and n.i > subject.i
                          and n.dep_ in L.APPOSITIONS | L.NOUN_MODIFIERS | {"dep"} and not case_word(n)]
            else:
                found += arguments_of(name_before_commas(subject) or subject)
        if verb.dep_ in L.CONJUNCTS and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < subjects[0].i \
                and any(c.dep_ in L.COORDINATORS and c.i < subjects[0].i for c in subjects[0].children
                        ) | any(c.dep_ in L.COORDINATORS for c in verb.children if c.i < subjects[0].i):
            found = arguments_of(verb.head) + found  # `A et B font …` parsed with A as the root
        return found
    if "Part" in morph(verb, "VerbForm") and case_word(verb) == "en":  # gerund: the main clause's subject
        main = enclosing_verb(verb)  # (`a nommé X, en remplaçant
        return appointees(verb, main) or (clause_subjects(main) if main is not None else [])  # Y`: X does)
    fronted = _fronted_subject(verb)
    if fronted is not None:
        return arguments_of(fronted)
    intent = intent_noun(verb, W.INTENT_NOUNS)
    if intent is not None:  # `Acme a engagé des avocats dans une tentative de bloquer …`: Acme's aim (an object
        # of intent controls no infinitive: `a lancé une tentative de …`); `Acme est en négociations pour …`: the
        # copula's subject (hung on the noun or on the copula; not `selon X`, misread)
        governor = enclosing_verb(intent)
        copulas = children(intent, L.COPULAS)  # (`… mécontents que X soit le seul candidat à …`: X, and none
        # but X)
        own = [a for h in (intent, *copulas) for s in children(h, L.SUBJECTS) if not case_word(s)
               for a in arguments_of(s)]
        return own if own or copulas or governor is None else clause_subjects(governor)
    if verb.dep_ in L.OPEN_COMPLEMENTS:
        controllers = children(verb.head, L.OBJECTS) or _dative_controllers(verb.head)
        return [a for c in controllers for a in arguments_of(c)] if controllers else clause_subjects(verb.head)
    ranked = ranked_subject(verb, W)
    if ranked is not None:  # `X est la première femme à diriger Y`: X dirige Y
        return arguments_of(ranked)
    if verb.dep_ in L.CLAUSAL_MODIFIERS and _controlled_by_dative(verb):
        return arguments_of(verb.head)  # `reproche à neuf États de violer …`, with the infinitive hung on `États`
    if verb.dep_ in L.ADVERBIAL_CLAUSES | L.CONJUNCTS and verb.head.pos_ in {"VERB", "AUX"} and \
            not children(verb, L.PASSIVE_SUBJECTS):
        # `Exclu du parti en 2012, X était accusé de …`: the main clause's subject, active or passive (not where
        # the clause has a subject of its own: `…, tandis que Y est attendu en hausse`); but a participle set off
        # right after the main verb's object is about it (`a relaxé X, poursuivi pour …`; not a present one:
        # `a frappé X, faisant 12 morts`)
        named = _set_off_after_name(verb) if "Part" in morph(verb, "VerbForm") and \
            "Pres" not in morph(verb, "Tense") else None
        if named is not None and not children(verb, L.AUXILIARIES) and any(
                named in o.subtree for o in children(verb.head, L.OBJECTS)):
            return arguments_of(named)
        appointed = appointees(verb, verb.head) if verb.dep_ in L.ADVERBIAL_CLAUSES else []  # (`a nommé X pour
        return appointed or clause_subjects(verb.head) or [  # remplacer Y`: X does)
            a for s in children(verb.head, L.PASSIVE_SUBJECTS) for a in arguments_of(s)]
    if verb.dep_ in L.CLAUSAL_MODIFIERS and ("Part" in morph(verb, "VerbForm") or (
            "Fin" in morph(verb, "VerbForm") and verb.head.i < verb.i and (
                is_name(verb.head) or verb.doc[verb.i - 1].text == ","))):
        # `les entrepreneurs travaillant sur …`; `Acme négocie …` misparsed as acl; `X, un groupe affilié à Y`: X;
        # `X, atteint d'un cancer`, a participle read as a present tense
        return arguments_of(participle_holder(verb))
    if "Past" in morph(verb, "Tense") and any(case_word(c) and is_name(c) for c in verb.children):
        return [a for s in fronted_patient(verb) for a in arguments_of(s)]  # `Né à Lille, X …`: X
    return []


def participle_holder(verb: Token) -> Token:
    """What a participle modifying a noun is about: its noun, or the name that noun is set after (`X, un groupe
    affilié à Y`); but a participle set off by a comma right after a name is about that name, wherever the parser
    hung it (`celui de l'ancien chef du parti, X, condamné à vie …`)."""
    return _set_off_after_name(verb) or _apposed_to(verb.head) or _agreeing_subject(verb) or verb.head


def _set_off_after_name(verb: Token) -> Token | None:
    """The name a clause is set off right after by a comma (not one with a preposition: `le gouvernement de X,
    dominé par …` is about the government)."""
    doc, before = verb.doc, verb.left_edge.i - 1
    named = doc[before - 1] if before > 0 and doc[before].text == "," else None
    if named is not None and is_name(named) and named not in verb.subtree and named.head.pos_ != "ADP" and \
            not any(case_word(t) for t in name_tokens(named)):
        return named
    return None


def _agreeing_subject(verb: Token) -> Token | None:
    """`Les Bourses évoluent en baisse, plombées par X`, parsed with the participle on `baisse`: a participle set off
    by a comma that does not agree in number with the noun it is hung on is about its clause's subject, if that
    subject agrees with it."""
    number, noun = morph(verb, "Number"), verb.head
    if not number or verb.i == 0 or verb.doc[verb.i - 1].text != "," or noun.pos_ != "NOUN" or \
            morph(noun, "Number") in ([], number):
        return None
    clause = enclosing_verb(noun)
    subject = next(iter(children(clause, L.SUBJECTS)), None) if clause is not None else None
    return subject if subject is not None and morph(subject, "Number") == number else None


def object_set_after_name(noun: Token, verb: Token) -> Token | None:
    """`a critiqué X, un chiite, …` parsed with `chiite` as the object and X hung on the verb as anything else: the
    name is the object, the noun after its comma describes it."""
    name = _apposed_to(noun)
    if name is None or case_word(name):
        return None
    root = name_tokens(name)[0]
    while root.head != root and root.head.i != verb.i and root.dep_ in L.NAME_PARTS:
        root = root.head
    return name if root.head.i == verb.i and root.dep_ not in L.SUBJECTS else None


def _titled_by_complement(noun: Token) -> bool:
    """`X, leader du championnat, …`, `X, numéro un mondial du secteur, …`: a noun without article set after a
    name describes it when a `de` complement says of what."""
    return noun.pos_ == "NOUN" and not children(noun, L.DETERMINERS) and any(
        case_word(c) == "de" for c in noun.children if c.i > noun.i)


def _apposed_to(noun: Token, roles: Collection[str] = ()) -> Token | None:
    """The name before the comma that a noun is set after, by position: `le Front de Karvie (FDK), un groupe …`
    (an acronym in brackets passed over); a title of `roles`, or a noun the parser hung on the name as its
    apposition, needs no article (`X, stratège chez Y`, `X, ingénieur travaillant chez Y`). A noun that
    sums up the clause before it (`…, une décision critiquée par Y`: a parataxis of its verb) describes no name."""
    if noun.dep_ in L.PARATAXES:
        return None
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    bare_apposition = noun.dep_ in L.APPOSITIONS and noun.head.i < noun.i and is_name(noun.head)
    if i >= 1 and doc[i].text == "," and (noun.lemma_.lower() in roles or _titled_by_complement(noun) or
                                          bare_apposition):
        i -= 1
    elif i < 2 or doc[i].pos_ != "DET" or doc[i - 1].text != ",":
        return None
    else:
        i -= 2
    if doc[i].text == ")":
        i = next((t.i for t in reversed(doc[max(0, i - 6):i]) if t.text == "("), 0) - 1
    return doc[i] if i >= 0 and is_name(doc[i]) else None


def _fronted_subject(verb: Token) -> Token | None:
    """The sentence-initial noun phrase that the parser attached to a subjectless finite verb as a modifier.

    `Acme, par exemple, utilisera X` and `Plus d'une douzaine d'entreprises … figurent` are often parsed with the
    subject as advcl/obl; a finite verb with no subject and such a phrase opening the sentence has it as subject.
    """
    if not any("Fin" in morph(t, "VerbForm") or morph(t, "Person")
               for t in (verb, *children(verb, L.AUXILIARIES))):
        return None
    for child in verb.children:
        if child.i > verb.i or child.dep_ in L.SUBJECTS | L.OBJECTS:
            continue
        if child.dep_ in L.ADVERBIAL_CLAUSES and any(s.lower_ == "qui" for s in children(child, L.SUBJECTS)):
            child = next((c for c in child.children if c.i < child.i and is_name(c) and not case_word(c)), child)
            # (`X, qui a disparu en 1945, a été enterré …`: the parser hangs X on the relative clause)
        if not (is_name(child) or child.pos_ == "NOUN"):
            continue
        opening = child.left_edge.is_sent_start
        quantified = case_word(child) == "de" and any(t.lower_ in W.QUANTITY_ADVERBS for t in child.subtree
                                                      if t.i < child.i)
        if opening and (not case_word(child) or quantified):
            return child
    return None


def fronted_patient(verb: Token) -> list[Token]:
    """`Fondée en 2001 par X, la société …`, `Né à Lille, X …`: a participle opening the sentence describes the main
    clause's subject.

    Found by position (the first subject after the participle's comma), as the parser often hangs the two
    clauses together wrongly.
    """
    sentence = verb.sent
    if "Part" not in morph(verb, "VerbForm") or children(verb, L.AUXILIARIES | L.PASSIVE_SUBJECTS) or any(
            t.pos_ not in {"ADV", "PUNCT", "CCONJ"} for t in sentence.doc[sentence.start:verb.i]):
        return []
    comma = next((t.i for t in sentence.doc[verb.i:sentence.end] if t.text == ","), None)
    if comma is None:
        return []
    subject = next((t for t in sentence.doc[comma:sentence.end]
                    if t.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and t.head != verb), None)
    return [subject] if subject is not None else []


def _dative_controllers(verb: Token) -> list[Token]:
    """`recommande aux journalistes d'éviter …`: the `à`-object of a verb that has it do the infinitive."""
    if verb.lemma_.lower() not in W.DATIVE_CONTROL_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in L.INDIRECT_OBJECTS or
            (c.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES and case_word(c) == "à")]


def _controlled_by_dative(verb: Token) -> bool:
    """An infinitive the parser hung on the `à`-object it belongs to: `reproche à neuf États de violer …`."""
    return "Inf" in morph(verb, "VerbForm") and case_word(verb) in ("de", "à") and \
        verb.head in _dative_controllers(verb.head.head)


def _negated_here(verb: Token) -> bool:
    """`n'a pas signé`; `n'a signé aucun accord`, `aucune société n'a signé`, `ne reproche rien à X`: a clause none of
    whose arguments is (but `a mis au point`: a noun; `une personne`: someone; `Le Point a révélé`: a name)."""
    return any(c.lower_ in W.NEGATION_WORDS or (c.lower_ in W.ADJACENT_NEGATIONS and c.i == verb.i - 1)
               for c in verb.children if c.dep_ not in L.OBJECTS and c.pos_ != "PROPN" and
               not children(c, L.CASE_MARKERS)) or any(
        quantified_by_none(a, W.NEGATIVE_DETERMINERS) or a.lower_ in W.NEGATIVE_PRONOUNS and
        not children(a, L.DETERMINERS) for a in children(verb, _ARGUMENTS))


_ARGUMENTS = L.SUBJECTS | L.PASSIVE_SUBJECTS | L.OBJECTS


def is_negated(verb: Token) -> bool:
    """`n'a pas signé`; also an infinitive that does not happen: `a refusé de signer`, `n'a pas réussi à signer`; and
    what a denial says did not happen: `a démenti avoir signé`."""
    return denied(verb, _negated_here, W.STOP_VERBS, W.IMPLICATIVE_VERBS, W.DENIAL_VERBS)


def is_hypothetical(verb: Token) -> bool:
    """A conditional, on the verb or its auxiliary (`rachèterait`, `aurait quitté`: reportedly, not asserted), or on
    the verb an infinitive completes (`devrait racheter`, `aurait dû racheter`), a hedged verb (`a vraisemblablement
    racheté`), a verb of possibility or allegation's infinitive, an intent; a noun predicate's copula too (`X serait
    le directeur`), through a causative (`veut faire annuler la loi`)."""
    governor = _completed(verb)
    if _conditional(verb) or verb.dep_ in L.OPEN_COMPLEMENTS and _conditional(governor) or hedged(verb):
        return True
    return (_completes(verb) and governor.lemma_ in  # (`a demandé à X de fermer l'usine`, `est pressenti pour
            # succéder à X`)
            W.MODAL_VERBS | W.ALLEGATION_VERBS | W.UNASSERTED_CLAUSE_VERBS) or \
        intent_noun(verb, W.INTENT_NOUNS) is not None or unasserted_content(verb) or (  # `propose que Valtek
            verb.dep_ in L.CLAUSE_COMPLEMENTS and verb.head.lemma_ in W.UNASSERTED_CLAUSE_VERBS)  # rachète Orvane`


def _completed(verb: Token) -> Token:
    """The verb an infinitive completes, through the causatives between them (`veut faire annuler`: `veut`)."""
    governor = verb.head
    while governor.lemma_ in W.CAUSATIVE_VERBS and _completes(governor) and governor.head != governor:
        governor = governor.head
    return governor


def _completes(verb: Token) -> bool:
    """An infinitive completing its verb, or set after it by `pour` (`est pressenti pour succéder à X`)."""
    return verb.dep_ in L.OPEN_COMPLEMENTS or verb.dep_ in L.ADVERBIAL_CLAUSES and \
        "Inf" in morph(verb, "VerbForm") and any(c.lower_ in W.PURPOSE_MARKERS for c in children(verb, L.MARKERS))


def _conditional(verb: Token) -> bool:
    """A verb or its auxiliary in the conditional, by its tag and its ending (the tagger calls some present tenses
    conditional: `figurent`)."""
    return any("Cnd" in morph(t, "Mood") and t.lower_.endswith(W.CONDITIONAL_ENDINGS)
               for t in (verb, *children(verb, L.AUXILIARIES | L.COPULAS)))


def is_reflexive(verb: Token) -> bool:
    return any(c.dep_ in L.REFLEXIVES and c.lower_ in W.REFLEXIVE_CLITICS for c in verb.children)


def clause_text(verb: Token, context: Context) -> Mention:
    """A purpose clause as text: the verb, its auxiliaries and its complements (`synthétiser les documents de
    maintenance`, `devenir un artiste`, `avoir volé une voiture`)."""
    tokens = [verb, *children(verb, L.AUXILIARIES)]
    for child in verb.children:
        if child.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES | L.REFLEXIVES | L.OPEN_COMPLEMENTS:
            tokens += [t for t in child.subtree if t.dep_ not in L.PUNCTUATION and t.i > verb.i - 2]
    tokens = sorted(set(tokens), key=lambda t: t.i)
    run = [t for t in tokens if t.i >= tokens[0].i]
    span = verb.doc[run[0].i: run[-1].i + 1]
    cut = next((t.i for t in span if t.dep_ in L.PUNCTUATION or t.dep_ in L.RELATIVE_CLAUSES), span.end)
    span = verb.doc[span.start:cut]
    return Mention(text=text_of(list(span)), start=context.offset + span.start_char,
                   end=context.offset + span.end_char, kind="Concept", head_lemma=verb.lemma_)


def _proper(name: Token) -> bool:
    """A name with a proper noun in it (`Magasins Rivard`), or an institution's (`Parti socialiste`, `Banque
    mondiale`: an organisation's noun), not a capitalised department (`Affaires étrangères`)."""
    tokens = name_tokens(name)
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens) or \
        tokens[0]._.kg_noun_class == "Organization"


def _opens_an_organisation(name: Token) -> bool:
    """Whether a name starts an organisation's name of its own (`de Brimex`), not the end of an institution's the
    NER read with the noun before it (`l'université de Genève`)."""
    return name.ent_iob_ == "B" and name.ent_type_ in INSTITUTION_ENTITIES


MAX_TITLE_DEPTH = 3  # `directeur régional des relations de travail des Hôtels X`: X three phrases down


def _named_further_down(title: Token) -> list[Token]:
    """Organisations hung further down a title's chain of complements: `chez X` anywhere, or `de X` with a proper
    name (not a capitalised department: `ministre des Affaires étrangères`), which an institution's noun before it
    names with it unless that name is an organisation's own (`professeure à l'université de Genève`: the university
    of Geneva, not Geneva; `présidente du conseil d'administration de X`: X)."""
    def plain(noun: Token) -> bool:  # `des ventes`, not `du Conseil central` (an institution of its own)
        return noun.text[:1].islower() and not is_name(noun)

    complements = [c for c in children(title, L.NOUN_MODIFIERS) if plain(c)]
    for _ in range(MAX_TITLE_DEPTH - 1):
        inner = [(m, c) for m in complements for c in children(m, L.NOUN_MODIFIERS)]
        found = [m if case_word(c) == "de" and m._.kg_noun_class == "Organization" and
                 not _opens_an_organisation(c) else c for m, c in inner
                 if is_name(c) and (case_word(c) == "chez" or case_word(c) == "de" and _proper(c))]
        if found:
            return list(dict.fromkeys(found))
        complements = [c for _, c in inner if plain(c)]
    return []


def employers_of(title: Token) -> list[Token]:
    """The organisations a title is `de`, `chez` or, for an institution, `à` (`chercheuse à l'Inserm`), else whose it
    is by a possessive (`son entraîneur`); capitalised common nouns (`des Affaires mondiales`) stay in the title.
    `chez` or a proper name may hang further down the title (`directrice de la communication chez Orange`,
    `directeur des ventes des Magasins Rivard`); a copula's title takes them as obliques too (`X est professeur à
    l'Université Y`)."""
    deps = L.NOUN_MODIFIERS | (L.OBLIQUES if children(title, L.COPULAS) else frozenset())
    found = [c for c in title.children if c.dep_ in deps and is_name(c) and not place_of_trade(title, c) and (
        case_word(c) in ("de", "chez") and (c.pos_ != "NOUN" or case_word(c) == "chez" or _proper(c))
        or case_word(c) in W.INSTITUTION_CASES and (c.ent_type_ in INSTITUTION_ENTITIES or
                                                    c._.kg_noun_class == "Organization"))]  # (`à l'Université de X`)
    found = found or _named_further_down(title)
    found = found or [named for c in children(title, L.NOUN_MODIFIERS) if case_word(c) == "de" and not is_name(c)
                      and (named := named_referent(c)) != c]  # `directeur de l'agence Frontex`
    found = found or [c for c in children(title, L.NOUN_MODIFIERS) if case_word(c) == "de" and
                      refers_to_organisation(c)]  # `directeur général du groupe`, Valtek named before
    label = affiliation_label(title)  # `le député PS X`
    found = found + [label] if label is not None and label not in found else found
    doc = title.doc  # `analyste chez Banque Y` with `chez Banque Y` hung on the verb: by position
    if not found and title.i + 2 < len(doc) and doc[title.i + 1].lower_ == "chez" and is_name(doc[title.i + 2]):
        found = [doc[title.i + 2]]
    return found or [p for p in possessors(title) if _employs(p)]  # `le club a limogé son entraîneur`


def _employs(owner: Token) -> bool:
    """Whether the owner of a title (`son entraîneur`) is its holder's employer: a name or a word resolved to one,
    but not a person's (`le chef … son adjoint`: a person's deputy)."""
    referent = owner._.kg_referent
    return referent.kind != "Person" if referent is not None else (
        is_name(owner) and owner.ent_type_ not in PERSON_ENTITIES)


MAX_APPOSED_PHRASE = 12  # tokens between a class noun and the name it introduces


def _after_name(last: Token) -> int:
    """Where a name's phrase ends: past a closing quotation mark (`le « Herald »,`) and an acronym in brackets
    (`le Front de Karvie (FDK),`)."""
    doc, i = last.doc, last.i + 1
    if i < len(doc) and doc[i].text in CLOSING_QUOTES:
        i += 1
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i:min(i + 8, len(doc))] if t.text == ")"), None)
        if close is not None:
            i = close + 1
    return i


def noun_between_commas(name: Token, roles: Collection[str] = ()) -> Token | None:
    """`Stellantis, le concurrent de Renault, travaille …`: the determined noun set off by commas right after a name;
    a title (of `roles`) needs no article (`John Hardy, stratège chez Saxo Bank.`).

    Found by position because the parser often takes that noun for the clause's subject or the verb's apposition.
    The phrase must be closed, by a comma or the end of the sentence: without that (`Selon X, le directeur a dit …`)
    the noun is usually the subject indeed.
    """
    doc = name.doc
    last = name_tokens(name)[-1]
    if last.i != name.i:
        return None
    comma = _after_name(last)
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    if (doc[comma + 1].pos_ == "DET" or "Ord" in morph(doc[comma + 1], "NumType")) and comma + 2 < len(doc):
        noun = doc[comma + 2]  # (an ordinal needs no article: `X, troisième compagnie européenne, …`)
    elif doc[comma + 1].text[:1].islower() and (doc[comma + 1].lemma_.lower() in roles or _titled_by_complement(
            doc[comma + 1])):
        noun = doc[comma + 1]
    else:
        return None
    while noun.pos_ == "ADJ" and noun.i + 1 < len(doc) and not noun.is_sent_end:  # `le nouveau patron de Y`
        noun = doc[noun.i + 1]
    if noun.pos_ != "NOUN" or is_name(noun) or named_referent(noun) != noun or noun.head == name:
        return None
    phrase = {t.i for t in noun.subtree if t.dep_ not in L.PHRASE_BREAKS}
    end = noun.i
    while end + 1 < len(doc) and (end + 1 in phrase or doc[end + 1].dep_ in L.CASE_MARKERS | L.DETERMINERS):
        end += 1

    def closes(i: int) -> bool:
        return i >= len(doc) or (doc[i].text == "," and not doc[i].is_sent_end) or (doc[i].is_sent_end and
                                                                                      doc[i].is_punct)
    # the phrase, or the phrase with its participle or relative clause (`un groupe affilié à Y,`)
    return noun if closes(end + 1) or (noun.right_edge.i > end and closes(noun.right_edge.i + 1)) else None


def _spans_its_phrase(noun: Token, end: int) -> bool:
    """Whether every word from `noun` to `end` (excluded) belongs to the noun's phrase."""
    inside = {t.i for t in noun.subtree}
    return all(i in inside for i in range(noun.i, end))


def opening_apposition(noun: Token) -> Token | None:
    """`Le troisième constructeur européen, Acme, a …`, `Le directeur de l'agence X, l'amiral Jean Y, a …`: the name
    set off by commas right after the noun phrase that opens the sentence, which it describes (found by position:
    parsers hang such a name anywhere). A person's title does so anywhere (`a ordonné au chef de la Garde, le
    général X, de …`)."""
    doc, tokens = noun.doc, doc_tokens(noun.doc)
    comma = next((t.i for t in tokens[noun.i:] if t.text == "," or t.is_sent_start and t.i > noun.i), None)
    comma = comma if comma is not None and tokens[comma].text == "," else None
    first = noun.left_edge
    opens = first.is_sent_start or (first.i > 0 and doc[first.i - 1].is_sent_start and doc[first.i - 1].pos_ in {
        "CCONJ", "ADV"})  # `Mais le ministre de …, X, …`
    titled = _introduces_person(noun) and (case_word(noun) in ("", "à") or noun.dep_ in L.INDIRECT_OBJECTS)
    if comma is None or not (opens or titled) or not (children(noun, L.DETERMINERS) or titled) or \
            (case_word(noun) and opens) \
            or not _spans_its_phrase(noun, comma):  # `Dans un billet, X, …` is no description
        return None
    end = comma - 1  # the phrase up to its first comma (the parser may hang the name inside it)
    i = end + 2
    while i < len(doc) and i <= end + 3 and not is_name(doc[i]) and doc[i].pos_ in {"DET", "NOUN", "ADJ", "PROPN"}:
        i += 1  # `l'amiral`, `le républicain`, `l'Allemand` before the person's name
    if i >= len(doc) or not is_name(doc[i]) or (not opens and doc[i].ent_type_ not in PERSON_ENTITIES) or \
            abbreviates_words_before(doc[i]):  # (`l'Agence européenne de sécurité, AES,`: its own acronym)
        return None
    last = name_tokens(doc[i])[-1]
    return doc[i] if last.i + 1 < len(doc) and doc[last.i + 1].text == "," else None


def name_before_commas(noun: Token, roles: Collection[str] = ()) -> Token | None:
    """The name a noun set off by commas describes (`Stellantis, le concurrent de Renault, …` -> Stellantis)."""
    name = _apposed_to(noun, roles)
    return name if name is not None and noun_between_commas(name, roles) == noun else None


def partitive_noun(token: Token) -> Token | None:
    """`l'un des fondateurs`: the noun an `un de` stands for (keeping the apposition's label)."""
    if token.lemma_.lower() not in ("un", "une") or token.pos_ not in {"PRON", "NUM", "DET"}:
        return None
    return next((c for c in children(token, L.NOUN_MODIFIERS) if c.pos_ == "NOUN" and case_word(c) == "de"), None)


def titled_referent(noun: Token) -> Token | None:
    """The name a title or a class noun introduces, wherever the parser hung it: `le géant Acme`, `le fondateur et
    directeur de Acme, Jean Dupont` (the name parsed as a conjunct), `Le troisième constructeur européen, Acme, a …`;
    None if it introduces none."""
    referent = named_referent(noun)
    if referent == noun:
        referent = next((c for c in children(noun, L.CONJUNCTS) if is_name(c) and titled_person(noun, c)
                         and c.doc[c.i - 1].text == ","), None) or opening_apposition(noun) or noun
    return referent if referent != noun else None


def titles_its_own_person(title: Token, roles: Collection[str]) -> bool:
    """`…, l'amiral Jean Morin`: an apposed title with a person of its own describes that person, not the name."""
    person = named_referent(title)
    return person != title and (titled_person(title, person) or (
        title.lemma_.lower() in roles and person.ent_type_ in PERSON_ENTITIES))


def class_noun_before(name: Token, roles: Collection[str] = ()) -> Token | None:
    """The determined common noun a name is written right after: `ses logiciels de paie Zorg` -> logiciels.

    Parsers often attach such a name elsewhere; walking left over the noun phrase (and a parenthesised acronym)
    to the nearest noun with its own determiner finds the noun the name stands in apposition to.
    """
    doc = name.doc
    first = name_tokens(name)[0]
    if first.i != name.i or case_word(name) or first.is_sent_start or doc[first.i - 1].pos_ == "DET" or \
            not name.text[:1].isupper():  # `une séance de tai chi`: a lowercase word the tagger took for a name
        return None
    i = first.i - 1
    if affiliation_label(doc[i]) == name:
        return None  # `le député PS`: the title's organisation, not its holder
    if i > 0 and affiliation_label(doc[i - 1]) == doc[i]:
        i -= 1  # `le député PS Jean Dupont`: past the organisation to the title
    if doc[i].text == ")":
        while i > 0 and not doc[i].is_sent_start and doc[i].text != "(":
            i -= 1
        i -= 1
    if name.ent_type_ in PERSON_ENTITIES and doc[i].pos_ == "NOUN" and case_word(doc[i]) and not (
            (is_name(doc[i]) or not children(doc[i], L.DETERMINERS) and not _contracted_article(doc[i])) and
            _is_title(doc[i].head)):
        return doc[i]  # `la réintégration du caporal X`: a person's noun right before them, with its preposition
        # (not the complement of a title, `le ministre de l'Intérieur X`, nor a bare noun that makes one title
        # with it, `le chef de police X`: X is the chief, no police)
    for token in reversed(doc[max(0, i - MAX_APPOSED_PHRASE):i + 1]):
        if token.pos_ == "ADJ" and token.dep_ in L.ADJECTIVE_MODIFIERS and token.head.i < token.i:
            continue  # `le président américain X`: the adjective of the noun before it
        if name.ent_type_ in PERSON_ENTITIES and case_word(token) == "de" and token.head.i < token.i and \
                _is_title(token.head) and token.head.pos_ == "NOUN":
            continue  # `le ministre de l'Intérieur X`, `le président du Brésil X`: the title's complement
        if (token.pos_ in {"NOUN", "ADJ"} or token._.kg_common_noun) and not is_name(token) and (
                children(token, L.DETERMINERS) or titled_person(token, name) or token.lemma_.lower() in roles or
                _contracted_article(token)):
            return token  # (a determiner makes an ADJ-tagged word a noun: `le logiciel`; `du caporal X`: a title;
            # `sa filiale au groupe X`: the article is in `au`)
        if token.pos_ not in {"NOUN", "ADJ", "ADP", "DET", "PROPN", "X"} or token.dep_ in L.PUNCTUATION or \
                token.is_sent_start or is_name(token):  # `les implantations de la Garde nationale X`: another name
            return None
    return None


def event_verb(token: Token, context: Context) -> tuple[str, list[Token]] | None:
    """The verb an event noun stands for and the noun's words: `mise à disposition` -> (fournir, 3 tokens)."""
    doc = token.doc
    for size in (3, 2):
        words = doc[token.i:token.i + size]
        if len(words) == size and " ".join(w.lower_ for w in words) in context.nominals:
            return context.nominals[" ".join(w.lower_ for w in words)], list(words)
    lemma = token.lemma_.lower()
    return (context.nominals[lemma], [token]) if lemma in context.nominals else None


def event_agents(noun: Token) -> list[Token]:
    """Who does what an event noun names: the parties `entre A et B`, `par X`, else the subject of the verb that
    announces or makes it (not of one that judges it: `le tribunal a validé l'offre de reprise` is no offer of the
    court's), that it says how was done (`a lancé X en partenariat avec Y`), or that a copula says is in it (`est en
    négociation avec Y`)."""
    joint = [c for c in children(noun, L.NOUN_MODIFIERS) if case_word(c) in W.JOINT_CASES]
    parties = [a for c in joint for a in arguments_of(c)] + [  # (`B` of `entre A et B` often hung on the noun)
        c for c in children(noun, L.CONJUNCTS) if joint and c.i > joint[0].i and is_name(c) and not case_word(c)]
    if len(parties) > 1:  # `la fusion entre A et B`: both do it
        return parties
    held = counted_by(noun)  # (`a mené une série de frappes`: the verb of the noun counting them)
    verb = held.head if held.dep_ in L.OBJECTS and held.head.pos_ == "VERB" else None
    active = verb is not None and not children(verb, L.PASSIVE_AUXILIARIES)
    # `par X` on the noun, or hung on its active verb (`a bloqué le rachat de Y par X`), or on what it is of
    # (`l'arrestation de deux suspects par la police`)
    by = [c for c in noun.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == W.AGENT_CASE] or [
        c for c in (children(verb, L.OBLIQUES) if active else ()) if case_word(c) == W.AGENT_CASE] or [
        c for o in of_complements(noun) for c in children(o, L.NOUN_MODIFIERS) if case_word(c) == W.AGENT_CASE]
    if by:
        return [a for b in by for a in arguments_of(b)]
    done = manner_verb(noun)
    if done is not None:  # (`a nommé X directrice, en remplacement de Y`: X does)
        return appointees(noun, done) or clause_subjects(done)
    if children(noun, L.COPULAS):  # `X est en négociation avec Y`: what the copula says X is in
        return clause_subjects(noun)
    if held.dep_ in L.PASSIVE_SUBJECTS and held.head.lemma_.lower() in W.AGENTIVE_VERBS:  # `l'accord a été annoncé
        return [a for c in children(held.head, L.OBLIQUES) if case_word(c) == W.AGENT_CASE  # par A et B`: the
                for a in arguments_of(c)]  # agents of the passive verb that makes it
    return clause_subjects(verb) if verb is not None and verb.lemma_.lower() in W.AGENTIVE_VERBS else []


def manner_verb(noun: Token) -> Token | None:
    """The verb a bare event noun says how was done (`a lancé X en partenariat avec Y`, the noun hung on the verb or
    on its object), if it is one."""
    if case_word(noun) not in W.MANNER_CASES or children(noun, L.DETERMINERS):
        return None
    done = noun.head.head if noun.head.dep_ in L.OBJECTS else noun.head
    return done if done.pos_ == "VERB" else None


def marker_word(token: Token) -> str:
    return token.lower_.rstrip("'’").replace("qu", "que") if token.lower_.startswith("qu") else token.lower_


#: prepositions contracted with the definite article: `du groupe` is `de le groupe`
DEFINITE_CONTRACTIONS = frozenset({"du", "au", "aux"})


def is_definite(token: Token, possessive: bool = False) -> bool:
    """Has a definite or demonstrative determiner (or, with `possessive`, a possessive one)."""
    return any(c.dep_ in L.DETERMINERS and ("Def" in morph(c, "Definite") or "Dem" in morph(c, "PronType")
                                            or possessive and "Yes" in morph(c, "Poss"))
               for c in token.children) or _contracted_article(token)


def _contracted_article(token: Token) -> bool:
    """`du groupe`, `au groupe`: the definite article is in the preposition."""
    return any(c.dep_ in L.CASE_MARKERS and c.lower_ in DEFINITE_CONTRACTIONS for c in token.children)


def introduces_name(noun: Token, context: Context) -> bool:
    """A definite noun that says what a name is rather than refers back: `le constructeur Renault`, `Leonardo, le
    groupe italien, …`, `le président de la société, Jean Dupont`."""
    return named_referent(noun) != noun or following_name(noun) is not None or noun.dep_ in L.APPOSITIONS or \
        name_before_commas(noun, context.describing_nouns) is not None


def governing_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a pronoun's subordinate clause hangs from: `Acme a annoncé qu'elle …` -> Acme."""
    verb = pronoun.head
    while verb.dep_ in L.CLAUSE_COMPLEMENTS | L.ADVERBIAL_CLAUSES | L.OPEN_COMPLEMENTS | L.CONJUNCTS \
            and verb.head != verb:
        verb = verb.head
        subjects = children(verb, L.SUBJECTS)
        if subjects:
            return subjects[0]
    return None


#: a written number, with decimal commas and thousands spaces or points: `14 201,57`, `1.218`
_NUMBER = re.compile(r"^\d[\d.,\u202f\u00a0]*$")
#: heads of amounts of money or things: `200 millions de dollars`, `3 milliards d'euros`, `126 points`
AMOUNT_WORDS = W.PERCENT_WORDS | {"million", "milliard", "millier", "centaine", "euro", "dollar", "livre", "franc",
                                "yen", "yuan", "€", "$", "point", "centime", "cent", "baril", "tonne", "kilo",
                                "kilogramme", "litre", "hectare", "kilomètre", "mètre", "mégawatt", "quart", "tiers",
                                "demi-point"}


def is_amount(token: Token) -> bool:
    """A number or an amount's head word: `126,37`, `3 milliards`, `0,88 %` (decimals the tagger misses too); not a
    year nor a day of a month (`le 11 novembre`, `lors des élections de 1992 et 2004`)."""
    if W.DATE_WORDS.fullmatch(token.text) or token.pos_ == "NUM" and any(
            W.DATE_WORDS.fullmatch(c.text) and not case_word(c) for c in token.children):
        return False  # (but `à 7,5 % en mars`: the level in a month)
    return token.pos_ == "NUM" or token.lemma_.lower() in AMOUNT_WORDS or bool(_NUMBER.match(token.text))


def possessors(noun: Token) -> list[Token]:
    """Whose the noun is when a possessive says so: `Acme héberge X sur Bolt, son partenaire` -> the clause's
    subject (Acme), unless that is the noun's own name (`Son directeur, X, a démissionné`); else the owner the
    discourse found for the possessive (`…, a révélé son épouse X`): the determiner then stands for it."""
    owned_by = [d for d in possessives(noun) if "3" in morph(d, "Person", ["3"])]
    if not owned_by:
        return []
    verb = enclosing_verb(noun)
    subjects = [s for s in [*clause_subjects(verb), *children(verb, L.PASSIVE_SUBJECTS)]  # (`après son arrestation,
                if stands_for_entity(s) and s not in noun.subtree] if verb else []  # X a été libéré`)
    return subjects or [d for d in owned_by if d._.kg_referent is not None]


def of_complements(noun: Token) -> list[Token]:
    """The argument heads of what a noun is `de` (`le concurrent de Y`, `le gouvernement de X`), with a name after
    `et` the parser hung on the noun (`la fusion de A et B`)."""
    found = [a for c in children(noun, L.NOUN_MODIFIERS) if case_word(c) == "de" for a in arguments_of(c)]
    return found + [c for c in children(noun, L.CONJUNCTS) if found and is_name(found[-1]) and c.i > found[-1].i
                    and is_name(c) and not case_word(c) and c not in found and  # (not a list's next item)
                    not any(t.is_punct for t in noun.doc[found[-1].i:c.i])]


def complements(word: Token) -> list[tuple[str, Token]]:
    """(preposition, head) of each complement of a noun (`à Lyon` -> ("à", Lyon))."""
    return complements_of(word, L.NOUN_MODIFIERS)


def definite_complements(title: Token) -> list[Token]:
    """The common nouns a title is `de` with an article, right after it (`du championnat`, `de la police`), not a
    field without one (`chef de cabinet`, nor `du ministre` after it) nor one of an employer named otherwise; the
    parser sometimes hangs them as obliques."""
    doc = title.doc
    if any(case_word(t) in W.EMPLOYER_CASES for t in title.subtree):
        return []  # `directeur des ventes pour Vinalys`: a field of someone else's
    return [c for c in title.children if c.dep_ in L.NOUN_MODIFIERS | L.ARGUMENT_OBLIQUES and c.pos_ == "NOUN"
            and case_word(c) == "de" and not is_name(c) and c.i > title.i
            and all(t.pos_ == "ADJ" for t in doc[title.i + 1:c.left_edge.i]) and (
                any("Def" in morph(d, "Definite") for d in children(c, L.DETERMINERS)) or
                any(m.lower_ in ("du", "des") for m in children(c, L.CASE_MARKERS)))]
