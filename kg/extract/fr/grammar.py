"""French grammar the rules share: arguments, subjects (inherited ones too), names in apposition, modality, what a
verb's clause holds (its objects and their frame, its qualifiers, a passive's patients and agents), how moves and
places are attached."""



import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from ...lang.fr import LANG
from ...lang.fr import WORDS as W
from ...model import Mention, Qualifier
from ...ontology import Lexicon
from .. import labels as L
from ..context import Context, case_word, children, doc_tokens
from ..context import complements as complements_of
from ..facts import interviewers
from ..grammar import (
    ACT_RELATIONS,
    VerbObjects,
    denied,
    intent_noun,
    is_modified,
    phrase_role,
    quantified_by_none,
    refused_objects,
)
from ..mentions import QUOTE_MARKS, conjuncts, is_incise, literal, mention, possessives, text_of
from ..movements import MovementGrammar
from ..names import INSTITUTION_ENTITIES, LOCATION_ENTITIES, PERSON_ENTITIES, is_name, name_tokens, stands_for_entity
from ..places import PlaceGrammar

CLOSING_QUOTES = frozenset(QUOTE_MARKS.values())


def _is_pronoun(token: Token) -> bool:
    """A pronoun that stands for nothing kg knows (resolved ones stand for their antecedent)."""
    return token.pos_ == "PRON" and not is_name(token) and token._.kg_referent is None


def _is_relative(token: Token) -> bool:
    return "Rel" in token.morph.get("PronType")


def _antecedent(relative: Token, head: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause is hung on, but not a demonstrative (`après celui du
    caporal X, qui a déclaré …` hung on `celui`): the noun right before it, which the demonstrative governs."""
    if "Dem" not in head.morph.get("PronType"):
        return head
    before = relative.doc[relative.i - 1] if relative.i > 0 else relative
    if before.text == "," and before.i > 0:
        before = relative.doc[before.i - 1]
    while before.dep_ in L.NAME_PARTS and before.head.i < before.i:
        before = before.head
    return before if before.pos_ in {"NOUN", "PROPN"} and before in head.subtree else head


def named_referent(token: Token) -> Token:
    """The proper name a common noun introduces (`le géant technologique Acme` -> Acme), else the token.

    After a comma only a person's title introduces a name (`le président de Acme, Jean Dupont`).
    """
    if is_name(token):
        return token
    title = _introduces_person(token)
    for inner in token.subtree if title else ():  # `un ancien gouverneur de la province de X, Jean Y,`: deeper
        if inner.i > token.i + 1 and inner.dep_ in L.APPOSITIONS and is_name(inner) and \
                titled_person(token, inner) and inner.head != token and (
                inner.doc[inner.i - 1].text == "," and not _introduces_person(inner.head)
                or _apposed_title(inner.head, token)):
            return inner  # (`sa compagne, l'artiste Jean Y`: through the title of the name's own; but in `le
            # ministre X et sa femme, Y` the wife's name is hers)
    for child in token.children:
        if child.i > token.i and is_name(child) and child.text[:1].isupper() and child.dep_ in (
                L.APPOSITIONS | L.NAME_PARTS | L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS | {"dep"}) and not (
                any(case_word(t) for t in name_tokens(child)) or child.doc[child.i - 1].text == "(" or
                any(c.lower_ in W.EXAMPLE_ADVERBS for c in child.children)) and (
                child.doc[child.i - 1].text != "," or titled_person(token, child)):
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
    """A person's title: a capitalised known noun (`le Président`), or one of W.PERSON_TITLES (`vice-gouverneur`)."""
    lemma = token.lemma_.lower()
    return lemma in W.PERSON_TITLES or lemma.split("-")[-1] in W.PERSON_TITLES or token._.kg_common_noun


def _introduces_person(token: Token) -> bool:
    """A title, or a noun someone has (`son épouse`, `son avocat`): a person's name after it is who that is."""
    return _is_title(token) or bool(possessives(token))


def referent_token(token: Token) -> Token:
    """Through quantity nouns (`une douzaine d'entreprises` -> entreprises) and amounts of a thing (`19 millions de
    yuans de pots-de-vin` -> pots-de-vin) to the named referent, including a
    name written right after the noun phrase (`ses logiciels de paie Zorg` -> Zorg)."""
    if token.lemma_.lower() in W.QUANTITY_NOUNS or (is_amount(token) and token.pos_ == "NOUN" and
                                                  token.lemma_.lower() not in PERCENT_WORDS):
        inner = next((c for c in token.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) in ("de", "d")),
                     None)  # `19 millions de yuans de pots-de-vin`: through the amount to what it is of
        if inner is not None and _counts_a_thing(inner):
            return referent_token(inner)
    referent = named_referent(token)
    if referent != token or is_name(token):
        return referent
    return following_name(referent) or opening_apposition(referent) or referent  # `Le ministre de X, Y, a …`


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
    """`Marie Dupont, la présidente de Acme`: a determined common noun after a name and a comma is the same
    person described, which parsers often attach as a conjunct."""
    return member != head and is_name(head) and not is_name(member) and bool(children(member, L.DETERMINERS)) and \
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
        heads.append(referent_token(member))
    return [h for h in heads if not _is_pronoun(h)]


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, including those it inherits: relative `qui`, control verbs, purpose clauses."""
    subjects = children(verb, L.SUBJECTS)
    if subjects:
        found: list[Token] = []
        for subject in subjects:
            if _is_relative(subject) and verb.dep_ in L.RELATIVE_CLAUSES:
                found += arguments_of(_antecedent(subject, verb.head))
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
    if "Part" in verb.morph.get("VerbForm") and case_word(verb) == "en":  # gerund: the main clause's subject
        main = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return clause_subjects(main) if main is not None else []
    fronted = _fronted_subject(verb)
    if fronted is not None:
        return arguments_of(fronted)
    if verb.dep_ in L.OPEN_COMPLEMENTS:
        controllers = children(verb.head, L.OBJECTS) or _dative_controllers(verb.head)
        return [a for c in controllers for a in arguments_of(c)] if controllers else clause_subjects(verb.head)
    intent = intent_noun(verb, W.INTENT_NOUNS)
    if intent is not None:  # `Acme a engagé des avocats dans une tentative de bloquer …`: Acme's aim
        governor = next((a for a in intent.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return clause_subjects(governor) if governor is not None else []
    if verb.dep_ in L.CLAUSAL_MODIFIERS and _controlled_by_dative(verb):
        return arguments_of(verb.head)  # `reproche à neuf États de violer …`, with the infinitive hung on `États`
    if verb.dep_ in L.ADVERBIAL_CLAUSES | L.CONJUNCTS and verb.head.pos_ in {"VERB", "AUX"} and \
            not children(verb, L.PASSIVE_SUBJECTS):
        # `Exclu du parti en 2012, X était accusé de …`: the main clause's subject, active or passive (not where
        # the clause has a subject of its own: `…, tandis que Y est attendu en hausse`)
        return clause_subjects(verb.head) or [a for s in children(verb.head, L.PASSIVE_SUBJECTS)
                                              for a in arguments_of(s)]
    if verb.dep_ in L.CLAUSAL_MODIFIERS and ("Part" in verb.morph.get("VerbForm") or (
            "Fin" in verb.morph.get("VerbForm") and verb.head.i < verb.i and (
                is_name(verb.head) or verb.doc[verb.i - 1].text == ","))):
        # `les entrepreneurs travaillant sur …`; `Acme négocie …` misparsed as acl; `X, un groupe affilié à Y`: X;
        # `X, atteint d'un cancer`, a participle read as a present tense
        return arguments_of(participle_holder(verb))
    return []


def participle_holder(verb: Token) -> Token:
    """What a participle modifying a noun is about: its noun, or the name that noun is set after (`X, un groupe
    affilié à Y`); but a participle set off by a comma right after a name is about that name, wherever the parser
    hung it (`celui de l'ancien chef du parti, X, condamné à vie …`)."""
    doc, before = verb.doc, verb.left_edge.i - 1
    named = doc[before - 1] if before > 0 and doc[before].text == "," else None
    if named is not None and is_name(named) and named not in verb.subtree and named.head.pos_ != "ADP" and \
            not any(case_word(t) for t in name_tokens(named)):  # (not `le gouvernement de X, dominé par …`)
        return named
    return _apposed_to(verb.head) or _agreeing_subject(verb) or verb.head


def _agreeing_subject(verb: Token) -> Token | None:
    """`Les Bourses évoluent en baisse, plombées par X`, parsed with the participle on `baisse`: a participle set off
    by a comma that does not agree in number with the noun it is hung on is about its clause's subject, if that
    subject agrees with it."""
    number, noun = verb.morph.get("Number"), verb.head
    if not number or verb.i == 0 or verb.doc[verb.i - 1].text != "," or noun.pos_ != "NOUN" or \
            noun.morph.get("Number") in ([], number):
        return None
    clause = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = next(iter(children(clause, L.SUBJECTS)), None) if clause is not None else None
    return subject if subject is not None and subject.morph.get("Number") == number else None


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
    (an acronym in brackets passed over); a title of `roles` needs no article (`X, stratège chez Y`)."""
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    if i >= 1 and doc[i].text == "," and (noun.lemma_.lower() in roles or _titled_by_complement(noun)):
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
    if not any("Fin" in t.morph.get("VerbForm") or t.morph.get("Person")
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


def _dative_controllers(verb: Token) -> list[Token]:
    """`recommande aux journalistes d'éviter …`: the `à`-object of a verb that has it do the infinitive."""
    if verb.lemma_.lower() not in W.DATIVE_CONTROL_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in L.INDIRECT_OBJECTS or
            (c.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES and case_word(c) == "à")]


def _controlled_by_dative(verb: Token) -> bool:
    """An infinitive the parser hung on the `à`-object it belongs to: `reproche à neuf États de violer …`."""
    return "Inf" in verb.morph.get("VerbForm") and case_word(verb) in ("de", "à") and \
        verb.head in _dative_controllers(verb.head.head)


def _negated_here(verb: Token) -> bool:
    """`n'a pas signé`; `n'a signé aucun accord`, `aucune société n'a signé`: a clause none of whose arguments is."""
    return any(c.lower_ in W.NEGATION_WORDS for c in verb.children if c.dep_ not in L.OBJECTS) or any(
        quantified_by_none(a, W.NEGATIVE_DETERMINERS) for a in children(verb, _ARGUMENTS))


_ARGUMENTS = L.SUBJECTS | L.PASSIVE_SUBJECTS | L.OBJECTS


def is_negated(verb: Token) -> bool:
    """`n'a pas signé`; also an infinitive that does not happen: `a refusé de signer`, `n'a pas réussi à signer`."""
    return denied(verb, _negated_here, W.STOP_VERBS, W.IMPLICATIVE_VERBS)


def is_hypothetical(verb: Token) -> bool:
    if "Cnd" in verb.morph.get("Mood"):
        return True
    return (verb.dep_ in L.OPEN_COMPLEMENTS and verb.head.lemma_ in W.MODAL_VERBS) or \
        intent_noun(verb, W.INTENT_NOUNS) is not None


def is_reflexive(verb: Token) -> bool:
    return any(c.dep_ in L.REFLEXIVES and c.lower_ in W.REFLEXIVE_CLITICS for c in verb.children)


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


def _proper(name: Token) -> bool:
    """A name with a proper noun in it (`Magasins Rivard`), not a capitalised department (`Affaires étrangères`)."""
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name_tokens(name))


MAX_TITLE_DEPTH = 3  # `directeur régional des relations de travail des Hôtels X`: X three phrases down


def _named_further_down(title: Token) -> list[Token]:
    """Organisations hung further down a title's chain of complements: `chez X` anywhere, or `de X` with a proper
    name (not a capitalised department: `ministre des Affaires étrangères`)."""
    def plain(noun: Token) -> bool:  # `des ventes`, not `du Conseil central` (an institution of its own)
        return noun.text[:1].islower() and not is_name(noun)

    complements = [c for c in children(title, L.NOUN_MODIFIERS) if plain(c)]
    for _ in range(MAX_TITLE_DEPTH - 1):
        inner = [c for m in complements for c in children(m, L.NOUN_MODIFIERS)]
        found = [c for c in inner if is_name(c) and (case_word(c) == "chez" or case_word(c) == "de" and _proper(c))]
        if found:
            return found
        complements = [c for c in inner if plain(c)]
    return []


def employers_of(title: Token) -> list[Token]:
    """The organisations a title is `de`, `chez` or, for an institution, `à` (`chercheuse à l'Inserm`); capitalised
    common nouns (`des Affaires mondiales`) stay in the title. `chez` or a proper name may hang further down the
    title (`directrice de la communication chez Orange`, `directeur des ventes des Magasins Rivard`)."""
    found = [c for c in title.children if c.dep_ in L.NOUN_MODIFIERS and is_name(c) and (
        case_word(c) in ("de", "chez") and (c.pos_ != "NOUN" or case_word(c) == "chez" or _proper(c))
        or case_word(c) in W.INSTITUTION_CASES and c.ent_type_ in INSTITUTION_ENTITIES)]
    found = found or _named_further_down(title)
    found = found or [named for c in children(title, L.NOUN_MODIFIERS) if case_word(c) == "de" and not is_name(c)
                      and (named := named_referent(c)) != c]  # `directeur de l'agence Frontex`
    doc = title.doc  # `analyste chez Banque Y` with `chez Banque Y` hung on the verb: by position
    if not found and title.i + 2 < len(doc) and doc[title.i + 1].lower_ == "chez" and is_name(doc[title.i + 2]):
        found = [doc[title.i + 2]]
    return found


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
    if doc[comma + 1].pos_ == "DET" and comma + 2 < len(doc):
        noun = doc[comma + 2]
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
    if i >= len(doc) or not is_name(doc[i]) or (not opens and doc[i].ent_type_ not in PERSON_ENTITIES):
        return None
    last = name_tokens(doc[i])[-1]
    return doc[i] if last.i + 1 < len(doc) and doc[last.i + 1].text == "," else None


def name_before_commas(noun: Token, roles: Collection[str] = ()) -> Token | None:
    """The name a noun set off by commas describes (`Stellantis, le concurrent de Renault, …` -> Stellantis)."""
    name = _apposed_to(noun, roles)
    return name if name is not None and noun_between_commas(name, roles) == noun else None


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
    if doc[i].text == ")":
        while i > 0 and not doc[i].is_sent_start and doc[i].text != "(":
            i -= 1
        i -= 1
    if name.ent_type_ in PERSON_ENTITIES and doc[i].pos_ == "NOUN" and case_word(doc[i]) and not (
            is_name(doc[i]) and _is_title(doc[i].head)):  # (`le ministre de l'Intérieur X`: the title's complement)
        return doc[i]  # `la réintégration du caporal X`: a person's noun right before them, with its preposition
    for token in reversed(doc[max(0, i - MAX_APPOSED_PHRASE):i + 1]):
        if token.pos_ == "ADJ" and token.dep_ in L.ADJECTIVE_MODIFIERS and token.head.i < token.i:
            continue  # `le président américain X`: the adjective of the noun before it
        if name.ent_type_ in PERSON_ENTITIES and case_word(token) == "de" and token.head.i < token.i and \
                _is_title(token.head) and token.head.pos_ == "NOUN":
            continue  # `le ministre de l'Intérieur X`, `le président du Brésil X`: the title's complement
        if token.pos_ in {"NOUN", "ADJ"} and not is_name(token) and (
                children(token, L.DETERMINERS) or titled_person(token, name) or token.lemma_.lower() in roles):
            return token  # (a determiner makes an ADJ-tagged word a noun: `le logiciel`; `du caporal X`: a title)
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
    """Who does what an event noun names: `par X`, else the subject of the verb that announces or makes it."""
    by = [c for c in noun.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "par"]
    if by:
        return [a for b in by for a in arguments_of(b)]
    if noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB":
        return clause_subjects(noun.head)
    return []


def marker_word(token: Token) -> str:
    return token.lower_.rstrip("'’").replace("qu", "que") if token.lower_.startswith("qu") else token.lower_


#: prepositions contracted with the definite article: `du groupe` is `de le groupe`
DEFINITE_CONTRACTIONS = frozenset({"du", "au", "aux"})


def is_definite(token: Token, possessive: bool = False) -> bool:
    """Has a definite or demonstrative determiner (or, with `possessive`, a possessive one)."""
    return any(c.dep_ in L.DETERMINERS and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")
                                            or possessive and "Yes" in c.morph.get("Poss"))
               or c.dep_ in L.CASE_MARKERS and c.lower_ in DEFINITE_CONTRACTIONS
               for c in token.children)


def governing_subject(verb: Token) -> Token | None:
    """The subject of the clause a subordinate clause hangs from: `Acme a annoncé qu'elle …` -> Acme."""
    while verb.dep_ in L.CLAUSE_COMPLEMENTS | L.ADVERBIAL_CLAUSES | L.OPEN_COMPLEMENTS | L.CONJUNCTS \
            and verb.head != verb:
        verb = verb.head
        subjects = children(verb, L.SUBJECTS)
        if subjects:
            return subjects[0]
    return None


#: a written number, with decimal commas and thousands spaces or points: `14 201,57`, `1.218`
_NUMBER = re.compile(r"^\d[\d.,\u202f\u00a0]*$")
PERCENT_WORDS = frozenset({"%", "pourcent", "pour cent", "pourcentage"})
#: heads of amounts of money or things: `200 millions de dollars`, `3 milliards d'euros`, `126 points`
AMOUNT_WORDS = PERCENT_WORDS | {"million", "milliard", "millier", "centaine", "euro", "dollar", "livre", "franc",
                                "yen", "yuan", "€", "$", "point", "centime", "cent", "baril", "tonne", "kilo",
                                "kilogramme", "litre", "hectare", "kilomètre", "mètre", "mégawatt"}


def is_amount(token: Token) -> bool:
    """A number or an amount's head word: `126,37`, `3 milliards`, `0,88 %` (decimals the tagger misses too)."""
    return token.pos_ == "NUM" or token.lemma_.lower() in AMOUNT_WORDS or bool(_NUMBER.match(token.text))


def possessors(noun: Token) -> list[Token]:
    """Whose the noun is when a possessive says so: `Acme héberge X sur Bolt, son partenaire` -> the clause's
    subject (Acme); else the owner the discourse found for the possessive (`…, a révélé son épouse X`): the
    determiner then stands for it."""
    owned_by = [d for d in possessives(noun) if "3" in d.morph.get("Person", ["3"])]
    if not owned_by:
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subjects = [s for s in clause_subjects(verb) if stands_for_entity(s) and s != noun] if verb else []
    return subjects or [d for d in owned_by if d._.kg_referent is not None]


def of_complements(noun: Token) -> list[Token]:
    """The argument heads of what a noun is `de` (`le concurrent de Y`, `le gouvernement de X`)."""
    return [a for c in children(noun, L.NOUN_MODIFIERS) if case_word(c) == "de" for a in arguments_of(c)]


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
                any("Def" in d.morph.get("Definite") for d in children(c, L.DETERMINERS)) or
                any(m.lower_ in ("du", "des") for m in children(c, L.CASE_MARKERS)))]


# A verb's clause, as the clause rules every language shares ask for it (`kg/extract/clauses.py`)

#: a speech verb's direct object is what it says or does (`assure des services`); whom it tells is an indirect object
SPEECH_OBJECT_IS_ADDRESSEE = False


def read_elsewhere(verb: Token, lexicon: Lexicon) -> bool:
    """`« … », a dit un porte-parole`: a speech verb set after what it reports is the speech rule's (the parser takes
    its speaker for its object)."""
    return verb.lemma_.lower() in W.SPEECH_VERBS | W.INCISE_VERBS and is_incise(verb)


def verb_qualifiers(verb: Token, found: VerbObjects, roles: dict[str, str], context: Context) -> list[Qualifier]:
    """The verb's qualifiers, and the amount a prepositional frame left aside (`investir 2 milliards dans Acme`)."""
    spent = _spent(children(verb, L.OBJECTS), found.used, found.frame, context)
    return _qualifiers(verb, found.used, roles, found.objects, context) + ([spent] if spent is not None else [])


def passive_roles(verb: Token, sentence: Span) -> tuple[list[Token], list[Token], set[int]]:
    """A passive's patients and agents (`Le modèle a été développé par la société`, `la société, fondée par X`,
    `Fondée par X, la société …`, `Le CAC 40 a reculé, plombé par Renault`) and the agents' phrases."""
    patients = _relative_patients(verb) or children(verb, L.PASSIVE_SUBJECTS) or (  # `la société, fondée par X`
        [participle_holder(verb)] if verb.dep_ in L.CLAUSAL_MODIFIERS | L.APPOSITIONS and
        "Part" in verb.morph.get("VerbForm")
        else []
    ) or _fronted_patient(verb, sentence) or [  # `Le CAC 40 a reculé, plombé par Renault`: the main subject
        s for s in (clause_subjects(verb) if verb.dep_ in L.ADVERBIAL_CLAUSES and _bare_participle(verb) else [])
        if not is_amount(s)]
    agents = [a for a in children(verb, L.AGENTS) if case_word(a) == "par"] or [
        o for o in [*children(verb, L.MODIFIER_OBLIQUES | L.ARGUMENT_OBLIQUES),
                    *(p for d in verb.children for p in _phrases_on_date(d))] if case_word(o) == "par"
    ]  # `reçu vendredi par X`, with X hung on the date
    agents = [a for a in agents if not _manner(a)]
    if not patients or not agents:
        return [], [], set()
    return [p for head in patients for p in arguments_of(head)], [a for head in agents for a in arguments_of(head)], \
        {a.i for a in agents}


def passive_frames(verb: Token, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """French reads a passive's prepositional frame (`basé à Lyon`) with its active clauses (`verb_objects`)."""
    return []


def _amount_words(amount: Token) -> tuple[list[Token], list[Token]]:
    """An amount's own words (`3 milliards d'euros`, without its preposition) and the dates hung on it."""
    attached = [c for c in amount.children if c.dep_ in L.NOUN_MODIFIERS | L.MODIFIER_OBLIQUES
                and case_word(c) not in ("", "de")]
    dropped = {t.i for c in attached for t in c.subtree}
    words = [t for t in amount.subtree if t.i not in dropped and t.dep_ not in L.PUNCTUATION
             and not (t.head == amount and t.dep_ in L.CASE_MARKERS)]
    return words, [c for c in attached if W.DATE_WORDS.search(text_of(list(c.subtree)))]


def _qualifiers(
    verb: Token, used: set[int], roles: dict[str, str], objects: list[Token], context: Context
) -> list[Qualifier]:
    """Prepositional phrases and purpose clauses that qualify a verb's fact."""
    found: list[Qualifier] = []
    for child in verb.children:
        if child.i in used:
            continue
        word = case_word(child)
        if _is_bare_date(child):  # `a annoncé lundi …`, `a tué X vendredi au Mali`: the date, without what hangs on it
            places = _places_on(child, context)
            found += [Qualifier("place", mention(p, context)) for p in places]
            hung = {t.i for n in [*_hung_on_date(child), *_phrases_on_date(child), *places] for t in n.subtree}
            found.append(literal("date", [t for t in child.subtree if t.i not in hung and t.dep_ not in L.PUNCTUATION],
                                 context))
        elif child.dep_ in L.ADVERBIAL_CLAUSES and word in W.PURPOSE_MARKERS and child.pos_ == "VERB":
            found.append(Qualifier("purpose", clause_text(child, context), literal=True))
        elif child.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.INDIRECT_OBJECTS:
            role = roles.get(word or "à" if child.dep_ in L.INDIRECT_OBJECTS else word)
            if word in W.SOURCE_CASES:
                role = "source"
            elif word == "pour" and is_amount(child):  # `racheter X pour 700 millions d'euros`: the price
                role = "quantity"
            elif role is None and W.DATE_WORDS.search(text_of(list(child.subtree))):
                role = "date"
            elif role is None and word in W.PLACE_CASES and _names_a_place(child, context):
                role = "place"  # `a prononcé un discours à New York`: where the fact happened
            if role is None:  # what the preposition says when the verb does not: `sur X`, `en raison de X`
                role, child = phrase_role(word, child, complements_of(child, L.NOUN_MODIFIERS),
                                          context.case_roles)
            if role == "quantity":  # `pour 3 milliards d'euros en 2018`: the price, and a date hung on it
                words, dates = _amount_words(child)
                found += [literal("date", [t for t in d.subtree if t.dep_ not in L.PUNCTUATION], context)
                          for d in dates]
            else:  # kept as written: `en 2021`, `le 3 mars`; a place hung on a date is a place (`vendredi au Mali`)
                places = _places_on(child, context) if role == "date" else []
                found += [Qualifier("place", mention(p, context)) for p in places]
                why = [c for c in children(child, L.NOUN_MODIFIERS) if case_word(c) in W.LOOSE_CASES] \
                    if role == "date" else []  # `en septembre pour corruption`: a reason hung on the date
                found += [Qualifier(roles[case_word(c)], mention(a, context)) for c in why if roles.get(case_word(c))
                          for a in arguments_of(c)]
                inside = {t.i for p in [*places, *why] for t in p.subtree}
                words = [t for t in child.subtree if t.dep_ not in L.PUNCTUATION and t.i not in inside]
            if role in ("date", "quantity"):
                found.append(literal(role, words, context))
            elif role:
                found += [Qualifier(role, mention(a, context)) for a in arguments_of(child)]
    found += [Qualifier("place", mention(p, context)) for o in objects for p in _places_on(o, context)
              if p.i not in used and roles.get(case_word(p)) is None]  # `un discours à New York`
    for obj in objects:  # `condamné à la prison à vie pour corruption`: why, hung on the object
        for child in obj.subtree:
            word = case_word(child)
            if child.dep_ in L.NOUN_MODIFIERS and word in W.LOOSE_CASES and roles.get(word) and child.i not in used:
                found += [Qualifier(roles[word], mention(a, context)) for a in arguments_of(child)]
    if roles.get("à") == "recipient":  # `proposer X aux agences`: the recipient often hangs off the object
        for obj in objects:
            for child in obj.children:
                if child.dep_ in L.NOUN_MODIFIERS and case_word(child) == "à" and child.i not in used:
                    found += [Qualifier("recipient", mention(a, context)) for a in arguments_of(child)]
    return found


def _bare_support(noun: Token) -> bool:
    """`mettre fin à`, `faire face à`: a support verb's object, which has no article."""
    return noun.lemma_.lower() in W.BARE_SUPPORT_OBJECTS and not children(noun, L.DETERMINERS)


def _is_bare_date(token: Token) -> bool:
    """A day or month named without a preposition on a verb (`a annoncé lundi`, `organiser l'an prochain`): a
    date, not an object."""
    if token.dep_ not in L.OBJECTS | L.MODIFIER_OBLIQUES:
        return False
    dated = W.DATE_WORDS.fullmatch(token.text) or token.lower_ in W.RELATIVE_TIME_NOUNS and W.DATE_WORDS.fullmatch(
        " ".join(t.text for t in (token, *children(token, L.ADJECTIVE_MODIFIERS))))
    return bool(dated) and not case_word(token)


def _hung_on_date(date: Token) -> list[Token]:
    """`a demandé mercredi la réintégration de X`: the parser hangs the object on the date before it; a noun with
    its own determiner and no preposition cannot modify a date, so it is the verb's object."""
    if not _is_bare_date(date):
        return []
    return [n for n in date.subtree if n.dep_ in L.NOUN_MODIFIERS and not case_word(n) and n.pos_ in {"NOUN", "PROPN"}
            and any(c.dep_ in L.DETERMINERS for c in n.children) and not W.DATE_WORDS.fullmatch(n.text)
            and all(a == date or W.DATE_WORDS.fullmatch(a.text) or a.pos_ in {"NUM", "ADJ"}
                    for a in n.ancestors if a.i >= date.i and a in date.subtree)]  # `vendredi 1er novembre le …`


def _phrases_on_date(date: Token) -> list[Token]:
    """`a été condamné vendredi à dix ans de prison`: the verb's prepositional phrase, which the parser hangs on the
    date before it (a day takes no such complement; a place after it is read as the fact's place)."""
    if not _is_bare_date(date):
        return []
    return [n for n in children(date, L.NOUN_MODIFIERS | L.AGENTS) if case_word(n) not in ("", "de")
            and n.ent_type_ not in LOCATION_ENTITIES]


def _names_a_place(token: Token, context: Context) -> bool:
    """A named place, as the NER or the noun lexicon types it (`à Lyon`, `en Bretagne`)."""
    return is_name(token) and mention(token, context).kind == "Place"


def _places_on(token: Token, context: Context) -> list[Token]:
    """Named places a noun's `à` / `en` / `dans` complements give: `un discours à New York` -> New York."""
    return [c for c in children(token, L.NOUN_MODIFIERS) if _names_a_place(c, context) and
            next((case_word(t) for t in name_tokens(c) if case_word(t)), "") in W.PLACE_CASES]


def _controls_an_infinitive(token: Token) -> bool:
    """`permettre aux techniciens de diagnostiquer …`: the noun is who does the infinitive, not an object."""
    return any(
        c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm") and case_word(c) in ("de", "à") for c in token.children
    )


def verb_objects(verb: Token, lexicon: Lexicon, events: Collection[str], lemma: str, part: Token | None
                 ) -> VerbObjects:
    """The verb's object heads, its frame key (`obj`, a preposition, `se:de`) and the tokens they use.

    Objects of support-verb phrases (`jouer un rôle`) and nouns that control an infinitive are not objects; an
    amount is not what the verb is about when the verb's frame names it (`investir 2 milliards dans Acme`); an
    event noun (`a annoncé un partenariat avec X`) is read by the event rule, not as an object.
    """
    reflexive = is_reflexive(verb)

    def known(word: str) -> bool:
        return lexicon.frame(LANG, lemma, ("se:" if reflexive else "") + word) is not None

    direct = [object_set_after_name(d, verb) or d for d in children(verb, L.OBJECTS)
              if d.lemma_.lower() not in W.SUPPORT_OBJECTS | set(events) and not _is_bare_date(d)
              and not _bare_support(d) and d != part]
    direct += [n for d in verb.children for n in _hung_on_date(d) if n.lemma_.lower() not in set(events)]
    direct = direct or [
        # `dirige Google` with the name taken for an adverb or a bare oblique: a name without a preposition
        # after its verb is its object
        c for c in verb.children if c.i > verb.i and c.dep_ in MISREAD_OBJECTS and is_name(c) and not case_word(c)]
    if not direct and known("obj"):
        direct = _relative_object(verb) or _shared_objects(verb)
    if direct and all(is_amount(d) for d in direct):
        framed = next((o for o in children(verb, L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES)
                       if case_word(o) not in {"", "de", "par", *W.PURPOSE_MARKERS} and known(case_word(o))), None)
        if framed is not None:
            return VerbObjects(arguments_of(framed), case_word(framed), {framed.i, *(d.i for d in direct)})
    if direct:
        names = [d for d in direct if is_name(d)]
        if names and len(direct) > 1:  # `ses logiciels de paie Zorg`: the name is the object
            direct = names
        heads = [a for d in direct for a in arguments_of(d)]
        return VerbObjects(heads, "obj", {d.i for d in direct})

    obliques = [o for o in children(verb, L.ARGUMENT_OBLIQUES)  # `reprocher à X de …` names X, `permettre à` not
                if not _controls_an_infinitive(o) or known(case_word(o))] + [
        a for a in children(verb, L.AGENTS) if case_word(a) != "par"] or [  # `atteint du syndrome`, misread
        # the parser often labels arguments as modifiers
        o
        for o in [*children(verb, L.MODIFIER_OBLIQUES), *(p for d in verb.children for p in _phrases_on_date(d))]
        if (o.pos_ in {"NOUN", "PROPN"} or is_name(o))
        and (case_word(o) in W.ARGUMENT_CASES or known(case_word(o)))
        and not W.DATE_WORDS.search(o.text)
    ]
    for oblique in obliques:
        word = case_word(oblique)
        if word and word not in W.SOURCE_CASES | W.MEMBERSHIP_CASES and word != "par":
            return VerbObjects(arguments_of(oblique), ("se:" if reflexive else "") + word, {oblique.i})
    acts = [c for c in (*children(verb, L.OPEN_COMPLEMENTS), *(i for o in children(verb, L.ARGUMENT_OBLIQUES)
                                                                for i in children(o, L.CLAUSAL_MODIFIERS)))
            if "Inf" in c.morph.get("VerbForm") and case_word(c) == "de"]
    if acts and known("obj") and lexicon.relation(LANG, lemma, "obj")[0].local_name in ACT_RELATIONS:
        return VerbObjects(acts, "obj", {a.i for a in acts})  # `a demandé à la cour d'annuler le jugement`: that act
    for clause in children(verb, L.OPEN_COMPLEMENTS):  # `accusé d'avoir touché des pots-de-vin`: what was done
        word = case_word(clause)
        done = children(clause, L.OBJECTS)
        infinitive = any("Inf" in t.morph.get("VerbForm") for t in (clause, *children(clause, L.AUXILIARIES)))
        if word and known(word) and infinitive and done:  # (`d'avoir touché`: a past infinitive)
            heads = [a for o in done for a in arguments_of(o)]  # (an amount of nothing but money as written)
            return VerbObjects(heads, ("se:" if reflexive else "") + word, {clause.i})
    for clause in children(verb, L.CLAUSE_COMPLEMENTS):  # `rapporte qu'un agent a été blessé`: reports the agent
        if case_word(clause) == "que" and known("que"):
            told = [a for s in children(clause, L.PASSIVE_SUBJECTS) for a in arguments_of(s)] or clause_subjects(clause)
            told = [s for s in told if stands_for_entity(s) or is_modified(s)]
            if told:
                return VerbObjects(told, "que", {clause.i})
    refused = refused_objects(verb, W.REFUSAL_VERBS)
    if refused:
        return VerbObjects([a for o in refused for a in arguments_of(o)], "obj", {o.i for o in refused})
    return VerbObjects([], "", set())


#: labels the parser gives an object name it misreads: `dirige Google` (an adverb), `a critiqué Acme` (an xcomp)
MISREAD_OBJECTS = L.MODIFIER_OBLIQUES | L.NAME_PARTS | L.NOUN_MODIFIERS | L.ADVERB_MODIFIERS | L.UNLABELLED | \
    L.OPEN_COMPLEMENTS


def _spent(objects: list[Token], used: set[int], frame: str, context: Context) -> Qualifier | None:
    """The amount a prepositional frame left aside (`investir 2 milliards dans Acme` -> `2 milliards`)."""
    spent = [o for o in objects if o.i in used and frame != "obj" and is_amount(o)]
    return literal("quantity", _amount_words(spent[0])[0], context) if spent else None


def quantified(obj: Token) -> tuple[Token, str] | None:
    """`25 % du capital de Bolt` -> (Bolt, "25 %"): what a quantity is of, and the quantity as written."""
    if not (
        obj.lemma_.lower() in PERCENT_WORDS
        or obj.text == "%"
        or obj.pos_ == "NUM"
        or (obj.lemma_.lower() in W.STAKE_NOUNS and children(obj, L.NUMERIC_MODIFIERS))
    ):
        return None
    amount = " ".join(t.text for t in sorted([*children(obj, L.NUMERIC_MODIFIERS), obj], key=lambda t: t.i))
    target = obj
    for _ in range(3):
        target = next((c for c in children(target, L.NOUN_MODIFIERS) if case_word(c) == "de"), None)
        if target is None:
            return None
        if is_name(target):
            return target, amount
    return None


def second_complement(verb: Token, lemma: str, frame: str, objects: list[Token], lexicon: Lexicon) -> str:
    """`obj+à` when the lexicon gives the verb a meaning only with that second complement: `ouvrir X aux Y` provides
    X to Y, but `ouvrir une usine` does not."""
    if frame != "obj":
        return frame
    holders = [verb, *objects]
    words = {case_word(c) or ("à" if c.dep_ in L.INDIRECT_OBJECTS else "") for h in holders for c in h.children
             if c.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.INDIRECT_OBJECTS | L.NOUN_MODIFIERS
             and not W.DATE_WORDS.search(c.text)}  # `poursuivre X en 2014` is no `poursuivre X en justice`
    return next((f"obj+{w}" for w in sorted(words) if w and lexicon.frame(LANG, lemma, f"obj+{w}")),
                frame)


def _fronted_patient(verb: Token, sentence: Span) -> list[Token]:
    """`Fondée en 2001 par X, la société …`: a participle opening the sentence describes the main clause's subject.

    Found by position (the first subject after the participle's comma), as the parser often hangs the two
    clauses together wrongly.
    """
    if "Part" not in verb.morph.get("VerbForm") or children(verb, L.AUXILIARIES | L.PASSIVE_SUBJECTS) or any(
            t.pos_ not in {"ADV", "PUNCT", "CCONJ"} for t in sentence.doc[sentence.start:verb.i]):
        return []
    comma = next((t.i for t in sentence.doc[verb.i:sentence.end] if t.text == ","), None)
    if comma is None:
        return []
    subject = next((t for t in sentence.doc[comma:sentence.end]
                    if t.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and t.head != verb), None)
    return [subject] if subject is not None else []


def _shared_objects(verb: Token) -> list[Token]:
    """`a racheté puis revendu Bolt`: a verb with neither object nor argument, coordinated with a later verb of the
    same subject that has objects, shares them."""
    finite = "Fin" in verb.morph.get("VerbForm") or children(verb, L.AUXILIARIES)  # (not `un texte adopté et …`)
    if not finite or children(verb, L.ARGUMENT_OBLIQUES | L.CLAUSE_COMPLEMENTS | L.OPEN_COMPLEMENTS |
                              L.PASSIVE_AUXILIARIES):
        return []
    later = next((c for c in children(verb, L.CONJUNCTS) if c.pos_ == "VERB" and c.i > verb.i and
                  not children(c, L.SUBJECTS | L.PASSIVE_SUBJECTS)), None)
    return children(later, L.OBJECTS) if later is not None else []


def _relative_object(verb: Token) -> list[Token]:
    """`l'accord que Renault a signé`, `Zorg, que Vinalys a développé`, `un rassemblement que X prévoit
    d'organiser`: the noun a `que` relative clause hangs on is what its verb (or the infinitive it governs) acts on.
    Parsers call that `que` a conjunction and hang the clause anywhere, so the noun is also found by position."""
    clause = verb
    while clause.dep_ in L.OPEN_COMPLEMENTS and clause.head != clause:
        clause = clause.head
    marker = next((c for c in clause.children if c.lower_ in W.RELATIVE_OBJECT_WORDS and c.i < clause.i), None)
    if marker is None or marker.i == 0:
        return []
    if clause.dep_ in L.CLAUSAL_MODIFIERS | L.RELATIVE_CLAUSES and clause.head.i < marker.i and \
            clause.head.pos_ in {"NOUN", "PROPN"}:
        return [clause.head]
    before = marker.i - 1 if marker.doc[marker.i - 1].text != "," else marker.i - 2
    noun = marker.doc[before] if before >= 0 else None
    return [noun] if noun is not None and noun.pos_ in {"NOUN", "PROPN"} and \
        clause.dep_ in L.ADVERBIAL_CLAUSES else []


def _relative_patients(verb: Token) -> list[Token]:
    """`X, qui sera reçu par Y`: the `qui` of a passive relative (whatever the parser calls it) stands for X."""
    if not children(verb, L.PASSIVE_AUXILIARIES) or verb.dep_ not in L.RELATIVE_CLAUSES:
        return []
    relative = any(s.lower_ == "qui" for s in children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS))
    return [verb.head] if relative else []


def _bare_participle(verb: Token) -> bool:
    """A past participle with neither auxiliary nor subject of its own: `…, plombé par Renault`."""
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and \
        not children(verb, L.AUXILIARIES | L.SUBJECTS | L.PASSIVE_SUBJECTS)


def _manner(noun: Token) -> bool:
    """`blessé par balle`, `envoyé par courrier`: a common noun without article or modifier after `par` says how,
    not who."""
    modifiers = L.DETERMINERS | L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS | L.NUMERIC_MODIFIERS
    return noun.pos_ == "NOUN" and noun.text.islower() and not any(c.dep_ in modifiers for c in noun.children)


def _complements_of_moves(word: Token) -> list[tuple[str, Token]]:
    return complements_of(word, L.OBJECTS | L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.NOUN_MODIFIERS | L.PARATAXES)


#: market moves: `a perdu 126 points (0,88 %) à 14 201`, `finit en baisse de 0,88 %` (`kg/extract/movements.py`)
MOVEMENTS = MovementGrammar(
    rule="fr.movement", verbs=W.MOVEMENT_VERBS, directions=W.MOVEMENT_DIRECTIONS, amount_links=frozenset({"", "de"}),
    level_links=frozenset({"à"}), complements=_complements_of_moves, subjects=clause_subjects, is_amount=is_amount,
    dates=W.DATE_WORDS, direction_case=case_word, direction_link="en", owner_link="de", percent_words=PERCENT_WORDS,
    carrying_verbs=W.MOVE_CARRYING_VERBS)

#: places on names: `l'hôpital Saint-Luc à Montréal` -> located in Montréal (`kg/extract/places.py`)
PLACES = PlaceGrammar(rule="fr.located", complements=complements, place_words=W.PLACE_CASES,
                      region_words=W.REGION_NOUNS, of_word="de", naming_nouns=W.NAMING_NOUNS, dates=W.DATE_WORDS,
                      site_nouns=W.SITE_NOUNS)


# Reported speech, as the speech rule every language shares asks for it (`kg/extract/speech.py`)

#: what a reported clause may be headed by (`a déclaré être prêt`, `juge la mesure inutile`)
REPORTED_HEADS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})

def is_clitic_subject(token: Token) -> bool:
    """`a-t-il affirmé`, `rappelle-t-elle`: a subject pronoun joined to its verb after it, in questions and incises
    (parsers label it anything)."""
    return token.text[:1] == "-" and token.lower_[1:] in W.PERSONAL_PRONOUNS and token.head.pos_ in {"VERB", "AUX"}


def speakers(verb: Token) -> list[Token]:
    """Who says what a speech verb reports: after a quotation the words after the verb (`« … », a dit X`), else its
    subjects, else a name after it."""
    found = _inverted_speakers(verb) if is_incise(verb) else []
    return found or clause_subjects(verb) or _inverted_speakers(verb, names=True)


def hearers(verb: Token, speakers: list[Token]) -> list[Token]:
    """Whom a speech verb tells (`a déclaré à l'AFP`) or who interviewed the speaker (`lors d'une entrevue avec X`)."""
    return [a for o in [*_hearers(verb), *interviewers(verb, W.INTERVIEW_NOUNS, _speech_complements,
                                                       W.INTERVIEWER_CASES)]
            for a in arguments_of(o) if stands_for_entity(a) and a not in speakers]


def _speech_complements(noun: Token) -> list[tuple[str, Token]]:
    """(preposition, head) of a noun's complements and of those of a participle on it (`une entrevue accordée à X`)."""
    holders = [noun, *(c for c in children(noun, L.CLAUSAL_MODIFIERS) if "Part" in c.morph.get("VerbForm"))]
    return [pair for h in holders for pair in complements_of(h, L.NOUN_MODIFIERS | L.OBLIQUES)]


def _hearers(verb: Token) -> list[Token]:
    """Whom a speech verb's `à` complement names: `a déclaré à l'AFP`."""
    return [c for c in children(verb, L.OBLIQUES | L.INDIRECT_OBJECTS) if case_word(c) in W.HEARER_CASES]


def _inverted_speakers(verb: Token, names: bool = False) -> list[Token]:
    """`« … », a déclaré X`: the speaker after the verb, which parsers often call an object. After a quotation it
    is the speaker whatever it is (`a dit un porte-parole`); elsewhere only a name is taken for one. A person's
    name the parser hung on the hearer (`a déclaré à l'AFP Jean X`) is the speaker too."""
    clitics = [c for t in (verb, *children(verb, L.AUXILIARIES)) for c in t.children
               if is_clitic_subject(c) and c._.kg_referent is not None]
    if clitics:  # `a-t-il assuré au quotidien Bild`: whom `il` stands for, whatever the parser makes of Bild
        return clitics
    found = [a for o in children(verb, L.OBJECTS | L.SUBJECTS) if o.i > verb.i and (is_name(o) or not names)
             and o.pos_ in {"NOUN", "PROPN"} for a in arguments_of(o)]
    found += [a for h in _hearers(verb) if h.i > verb.i for a in children(h, L.APPOSITIONS)
              if a.ent_type_ in PERSON_ENTITIES and a.i > h.i]
    return [a for a in found if is_name(a)] or found  # `a déclaré X, la présidente de Y`: X, described


# Events named by nouns, as the event rule every language shares asks for them (`kg/extract/events.py`)

#: what hangs on an event noun: `la livraison de X aux Y`, with the obliques parsers give it
NOMINAL_DEPENDENTS = L.NOUN_MODIFIERS | L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES


def event_theme(words: list[Token], verb: str, lexicon: Lexicon) -> tuple[str, Token | None]:
    """The frame and phrase of what an event noun is about: the complement its verb has a frame for (`un partenariat
    avec X`), else, when the verb takes an object, its `de` complement (`l'achat de X`, not `l'accord de Paris`)."""
    inside = {w.i for w in words}
    complements = [c for w in words for c in w.children if c.i not in inside and c.dep_ in NOMINAL_DEPENDENTS]
    framed = next((c for c in complements
                   if case_word(c) not in {"", "de"} and lexicon.frame(LANG, verb, case_word(c)) is not None), None)
    if framed is not None:
        return case_word(framed), framed
    if lexicon.frame(LANG, verb, "obj") is None:
        return "", None
    return "obj", next((c for c in complements if c.dep_ in L.NOUN_MODIFIERS and case_word(c) == "de"), None)


def event_qualifiers(noun: Token, words: list[Token], theme: Token, roles: dict[str, str], context: Context
                     ) -> list[Qualifier]:
    """`la mise à disposition de X aux hôpitaux`: the recipient, on the noun, the theme or the theme's name."""
    if roles.get("à") != "recipient":
        return []
    inside = {w.i for w in words}
    holders = [*words, *conjuncts(theme), *(t for head in arguments_of(theme) for t in name_tokens(head))]
    return [Qualifier("recipient", mention(a, context)) for holder in holders for child in holder.children
            if child.dep_ in NOMINAL_DEPENDENTS and case_word(child) == "à" and child.i not in inside
            for a in arguments_of(child)]
