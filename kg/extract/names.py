"""Proper names: which tokens are names (capitalised known common nouns are not), where each name starts and ends,
and acronyms spelled out before them.
"""

from collections import Counter
from collections.abc import Collection

from spacy.tokens import Doc, Token

from ..lang import given_name_genders
from ..text import fold, strip_accents
from . import labels as L
from .context import CHILDREN, TOKENS, case_word, children, doc_tokens, grammar_of, morph, words_of
from .labels import PERSON_ENTITIES

NER_KINDS = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Place", "GPE": "Place",
             "NORP": "Organization", "PRODUCT": "Product", "FAC": "Place", "EVENT": "Event",
             "WORK_OF_ART": "Product"}


NAME_POS = frozenset({"PROPN", "X"})


INSTITUTION_ENTITIES = frozenset({"ORG"})


#: entity types of days and times (English NER): capitalised, but never names of anything
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: entities of counts and amounts (English NER), which name nothing: `Dozens of protesters …`
COUNT_ENTITIES = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})


def _goes_on(token: Token) -> bool:
    """A word that continues an institution's name after a connector: a name, a common noun inside it, or a second
    connector (`État islamique en Irak et au Levant`)."""
    return is_name(token) or token.pos_ == "NOUN" or (token.ent_iob_ == "I" and (
        token.lower_ in words_of(token.doc).NAME_CONNECTORS or _article_after_connector(token)))


def _inner_adjective(token: Token) -> bool:
    """`allemande` in `la Fédération allemande des journalistes`: a lowercase adjective inside an institution's name,
    on the name's first word or a noun inside it (`le Parti de l'héritage chrétien du Canada`)."""
    return token.pos_ == "ADJ" and token.ent_iob_ == "I" and token.ent_type_ in INSTITUTION_ENTITIES and \
        token.dep_ in L.ADJECTIVE_MODIFIERS and token.head.i < token.i and (is_name(token.head) or
                                                                           _inner_noun(token.head))


def _inner_noun(token: Token) -> bool:
    """`innovation` in `le Parti de l'innovation du Japon`: a lowercase common noun inside an institution's name, after
    its connector."""
    if token.pos_ != "NOUN" or token.ent_iob_ != "I" or token.ent_type_ not in INSTITUTION_ENTITIES or \
            not token.text[:1].islower():
        return False  # (an entity's inside word is never the Doc's first)
    before = token.doc[token.i - 1]
    return before.lower_ in words_of(token.doc).NAME_CONNECTORS or _article_after_connector(before)


def _article_after_connector(token: Token) -> bool:
    """`the` in `Bank of the West`: an article inside an institution's name, after its connector."""
    return token.pos_ == "DET" and token.i > 0 and token.doc[token.i - 1].lower_ in words_of(token.doc).NAME_CONNECTORS


#: entity types whose names may contain a title word (`General Motors`), unlike a person's (`Queen Victoria`)
COMPANY_ENTITIES = frozenset({"ORG", "FAC", "PRODUCT"})


MAX_PHRASE_TOKENS = 10


def of_a_known_kind(noun: Token) -> bool:
    """Whether the lexicon knows the kind of a noun or of a noun coordinated with it (`l'ami et chauffeur de X`)."""
    return any(t._.kg_noun_class for t in (noun, *children(noun, L.CONJUNCTS)))


def ends_its_phrase(name: Token) -> bool:
    """Whether a name's words are followed by the end of the text, or by punctuation that opens no further name (`contre
    son employeur, Valtek.`, not `trois ports, A, B et C`)."""
    doc, after = name.doc, name_tokens(name)[-1].i + 1
    if after < len(doc) and doc[after].text == "(":  # (past an acronym in brackets: `X (XA) du Royaume-Uni, …`)
        after = next((t.i + 1 for t in doc[after:] if t.text == ")"), len(doc))
    if after >= len(doc):
        return True
    return doc[after].is_punct and doc[after].text not in {"-", "/"} and not (
        doc[after].text == "," and after + 1 < len(doc) and is_name(doc[after + 1]))


def mend_place_nouns(doc: Doc, places: Collection[str]) -> None:
    """`Premier ministre du Portugal` with the country tagged a common noun (and so kept in the title): a capitalised
    word inside a sentence that is a place the lexicon knows (the countries and cities of its demonyms) is a proper
    noun; and one the NER took for an organisation, after a preposition of place, is a place (`opened a plant in
    Lyon`; but a club named after its city is an organisation elsewhere: `Lyon beat Nantes`)."""
    cases = words_of(doc).PLACE_CASES
    for token in doc_tokens(doc):
        if token.text not in places or token.is_sent_start:
            continue
        if token.pos_ == "NOUN":
            token.pos_ = "PROPN"
        case = case_word(token) or (token.head.lower_ if token.dep_ in L.PREPOSITION_OBJECTS else "")
        if token.ent_type_ == "ORG" and token.ent_iob_ == "B" and case in cases and not (
                token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
            token.ent_type_ = "GPE"


def mark_common_nouns(doc: Doc, nouns: dict[str, str], affiliation_words: Collection[str]) -> None:
    """Flag capitalised known common nouns (`les États européens`), and those the tagger calls names in lower case
    (`la start-up`), so they are not taken for names.

    One next to another capitalised word belongs to an institution's or product's name (`l'Agence France-Presse`,
    `Web Services`) and stays a name, unless it is a title (`le Président Macron`: titles are not names) or a
    nationality or a party before a person's name (`le Suédois Zlatan Ibrahimovic`, `Republican Greg Abbott`).
    """
    tokens = doc_tokens(doc)

    def capitalised(i: int) -> bool:
        return 0 <= i < len(doc) and tokens[i].text[:1].isupper() and not tokens[i].is_sent_start

    opening_class_nouns = grammar_of(doc).CLASS_NOUN_OPENS_NAMES
    for token in tokens:
        lemma = token.lemma_.lower()
        affiliation = token.lower_ in affiliation_words or lemma in affiliation_words
        before_person = affiliation and token.i + 1 < len(doc) and tokens[token.i + 1].ent_type_ in PERSON_ENTITIES \
            and (not _opens_a_lone_word(token, tokens) or any(c.dep_ in L.DETERMINERS for c in token.children))
        if affiliation and (token.text.islower() or before_person or any(
                c.dep_ in L.DETERMINERS and "Ind" in morph(c, "Definite") for c in token.children)):
            token._.kg_common_noun = True  # `la Garde nationale texane` (tagged a name), `le Suédois Zlatan X`,
            continue  # `X, a Democrat`, `un Français`
        if token.pos_ == "PROPN" and token.text.islower() and lemma in nouns:  # `la start-up` tagged a name
            token._.kg_common_noun = True
            continue
        if nouns.get(lemma) not in (None, "Role") and (  # a class noun that is
                token.text.isupper() and len(token.text) > 1 and token.ent_iob_ != "I" or  # an acronym (`l'ONG X`)
                token.is_sent_start and opening_class_nouns and capitalised(token.i + 1) and  # or capitalised as the
                not _opens_institution(token)):  # first word, before a name (`Drugmaker X said …`)
            token._.kg_common_noun = True
            continue
        if token.pos_ == "ADJ" and token.ent_type_ in PERSON_ENTITIES and token.dep_ in L.ADJECTIVE_MODIFIERS and \
                token.head.i == token.i + 1 and token.head.text.islower() and \
                nouns.get(token.head.lemma_.lower()) == "Role":
            token._.kg_common_noun = True  # `du Premier ministre`: a title's adjective the NER took for a person
            continue
        role_name = token.pos_ == "PROPN" and nouns.get(lemma) == "Role"  # `Apple CEO Tim Cook`
        if not (token.text[:1].isupper() and (token.pos_ == "NOUN" or role_name) and lemma in nouns):
            continue
        if token.ent_iob_ == "I" and token.ent_type_ in PERSON_ENTITIES and (
                token.i + 1 == len(doc) or tokens[token.i + 1].ent_iob_ != "I"):
            continue  # the end of a person's name (`Bruno Le Maire`), where a title never stands
        in_name = (capitalised(token.i + 1) and token.whitespace_) or (
            capitalised(token.i - 1) and tokens[token.i - 1].whitespace_) or (
            nouns[lemma] != "Role" and (_opens_institution(token) or _spelled_before_acronym(token))) or (
            nouns[lemma] == "Organization" and _adjectives_named_with(token, of_place=True) is not None)
        # (that last: an institution's noun opening its name, `le Parti socialiste`, `le Parti libéral d'Australie`)
        title = nouns[lemma] == "Role" and not (  # `General Motors`: a title word inside a company's name
            in_name and token.ent_type_ in COMPANY_ENTITIES and
            token.i + 1 < len(doc) and tokens[token.i + 1].ent_iob_ == "I")
        if title or not in_name:
            token._.kg_common_noun = True


#: what a tagger may take a post's noun for where only a noun can stand
MISTAGGED_NOUNS = frozenset({"VERB", "ADJ", "ADV"})
#: what shows a tagged verb is one after all: an object, an agent, a predicative (`élu maire`)
VERB_DEPENDENTS = L.OBJECTS | L.AGENTS | L.OPEN_COMPLEMENTS


def mend_role_nouns(doc: Doc, roles: Collection[str]) -> None:
    """`Marie Dubois est directrice de Valtek`, `X, économiste chez Y, …`: a word the lexicon knows as a post, which
    the tagger took for a verb or an adjective (`directricer`, often a passive: `est` its auxiliary) where only a
    noun stands (a copula's predicate, a phrase set off after a name, after `comme`: `a travaillé comme consultant`),
    is that noun, with `être` its copula and its prepositional phrases (`de Valtek`) the noun's. A participle's ending
    leaves a passive alone (`il est élu`), and a post that is an adjective too an adjective (`est responsable de`)."""
    tokens = doc_tokens(doc)
    words = words_of(doc)
    for token in tokens:
        if token.pos_ not in MISTAGGED_NOUNS or token.lower_ not in roles or \
                token.pos_ == "ADJ" and token.lower_ in words.ADJECTIVE_POSTS:
            continue
        labels = {c.dep_ for c in token.children}
        passive = bool(labels & L.PASSIVE_AUXILIARIES) and not token.lower_.endswith(words.PAST_PARTICIPLE_ENDINGS)
        predicate = bool(labels & L.COPULAS or passive) and not labels & VERB_DEPENDENTS
        set_off = token.dep_ in L.CONJUNCTS | L.APPOSITIONS and token.head.pos_ == "PROPN" and \
            token.head.i < token.i and tokens[token.i - 1].text == ","
        made = token.dep_ in L.OPEN_COMPLEMENTS and token.head.pos_ == "VERB" and token.head.i == token.i - 1 and \
            not labels & VERB_DEPENDENTS  # (`élue députée en 2017`: what the verb made her)
        if not (predicate or set_off or made or case_word(token) in words.PREDICATIVE_CASES):
            continue
        token.pos_, token.lemma_ = "NOUN", token.lower_
        token.set_morph("|".join(f"{f}={v}" for f in ("Gender", "Number") for v in morph(token, f)) or None)
        for child in token.children:
            if child.dep_ in L.OBLIQUES and case_word(child):
                child.dep_ = L.UD_NOUN_MODIFIER
        if predicate:
            copula_predicate(token)


def mend_relational_adjectives(doc: Doc, relational: Collection[str], nouns: Collection[str]) -> None:
    """`Valtek's rival Orvane`, `the startup Brimex`: a word the lexicon knows as a relational noun, tagged an
    adjective between a possessor and the name right after it (or a noun of a known kind, between an article and the
    name), is that noun, a compound of the name (as `Valtek's partner Orvane` is parsed)."""
    for token in doc_tokens(doc):
        name = token.head
        if token.pos_ != "ADJ" or token.dep_ not in L.ADJECTIVE_MODIFIERS or name.pos_ != "PROPN" or \
                name.i != token.i + 1:
            continue
        before = [c.dep_ for c in name.children if c.i < token.i]
        if token.lower_ in relational and any(d in L.POSSESSORS for d in before) or \
                token.lower_ in nouns and any(d in L.DETERMINERS for d in before):
            token.pos_, token.lemma_, token.dep_ = "NOUN", token.lower_, L.EN_COMPOUND


def mend_title_runs(doc: Doc, roles: Collection[str]) -> None:
    """`Apple Chief Financial Officer Luca Maestri said …` parsed with each word before the name a compound of it:
    the words of the title, and the employer's name before them, belong to its last post word (`Officer`), so the
    title is one post (not `Chief` and `Officer`) and the employer is the title's."""
    for name in doc_tokens(doc):
        if name.ent_type_ not in PERSON_ENTITIES or name.ent_iob_ != "B":
            continue
        holders = {name, name.head} if name.dep_ in L.NAME_PARTS and name.head.i > name.i else {name}
        before = sorted((c for h in holders for c in h.children if c.dep_ in L.NAME_PARTS and c.i < name.i),
                        key=lambda c: c.i)
        posts = [c for c in before if c.lower_ in roles or c.lemma_.lower() in roles]
        if not posts:
            continue
        title = posts[-1]
        run = doc[min(w.left_edge.i for w in before):title.i]
        start = max([t.i + 1 for t in run if t.ent_type_ in PERSON_ENTITIES], default=run.start)  # (not a person
        for word in doc[start:title.i]:  # before it: `… President X Vice President Y`)
            if word.dep_ in L.NAME_PARTS and (word.head in holders or word.head.i < title.i):
                word.head = title


def mend_said_when(doc: Doc) -> None:
    """`Acme said on Tuesday it would cut jobs` parsed with `on Tuesday` in the reported clause: a phrase between a
    speech verb and the subject of its clause, with no `that` to open the clause, says when (or where) it was said.
    A complement of a speech verb with a subject of its own is a reported clause (`told X it had …` parsed as an
    open complement)."""
    tokens = doc_tokens(doc)
    speech = words_of(doc).SPEECH_VERBS
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
            continue
        for clause in children(verb, L.CLAUSE_COMPLEMENTS | L.OPEN_COMPLEMENTS):
            subject = next((s for s in children(clause, L.SUBJECTS) if s.i > verb.i), None)
            if subject is None:
                continue
            clause.dep_ = L.UD_CLAUSE_COMPLEMENT
            if children(clause, L.MARKERS):
                continue
            for phrase in children(clause, L.PREPOSITIONS | L.NOUN_PHRASE_ADVERBIALS):
                if verb.i < phrase.i and phrase.right_edge.i < subject.left_edge.i:
                    phrase.head = verb


def copula_predicate(noun: Token) -> None:
    """`X est directrice de Y` parsed as a passive of the noun: `être` is its copula, and its subject a plain one."""
    for child in noun.children:
        if child.dep_ in L.PASSIVE_AUXILIARIES:
            child.dep_ = L.UD_COPULA
        elif child.dep_ in L.PASSIVE_SUBJECTS:
            child.dep_ = L.UD_SUBJECT


def _opens_a_lone_word(token: Token, tokens: list[Token]) -> bool:
    """Whether a word opens a name of two words the second of which is no given name (`Welsh Labour`, `Thai Smile`:
    an organisation's name the NER took for a person's; `the Brazilian Neymar`, `le Serbe Djokovic` have an
    article)."""
    after = token.i + 2 < len(tokens) and tokens[token.i + 2]
    return not (after and after.ent_iob_ == "I" and after.ent_type_ in PERSON_ENTITIES and after.pos_ == "PROPN") and \
        strip_accents(tokens[token.i + 1].text).lower() not in given_name_genders()


def _opens_institution(token: Token) -> bool:
    """`la Banque de Jilin`, `the Bank of England`, `l'Organisation mondiale de la santé`: a capitalised class noun
    opening an institution's name, as the NER reads it (the connector, after the noun or its adjectives, and the word
    after it inside the same entity, that word capitalised unless the noun is capitalised inside a sentence with
    nothing but an article or a preposition before it, as only a name's first word is: `le Parti des travailleurs`,
    not `les principales Bourses de la région`)."""
    doc = token.doc
    if token.ent_iob_ != "B" or token.ent_type_ in PERSON_ENTITIES:
        return False
    connector = token.i + 1
    while connector < len(doc) and doc[connector].pos_ == "ADJ" and doc[connector].ent_iob_ == "I":
        connector += 1
    return connector + 1 < len(doc) and doc[connector].lower_ in words_of(token.doc).NAME_CONNECTORS and \
        doc[connector].ent_iob_ == "I" and doc[connector + 1].ent_iob_ == "I" and (
            doc[connector + 1].text[:1].isupper() or not token.is_sent_start and all(
                c.dep_ in L.DETERMINERS | L.CASE_MARKERS for c in token.lefts))


def _spelled_before_acronym(token: Token) -> bool:
    """`la Banque centrale européenne (BCE)`: a capitalised class noun opening a name of adjectives the NER reads,
    which an acronym in brackets right after it abbreviates."""
    end = _adjectives_named_with(token)
    return end is not None and before_acronym(token.doc[end])


def _adjectives_named_with(token: Token, of_place: bool = False) -> int | None:
    """Where the name ends that a capitalised noun opens with adjectives only, as the NER reads it (`le Parti
    socialiste`, `la Banque centrale européenne`), if it does; `of_place`: they may end with a connector and a
    name (`le Parti libéral d'Australie`)."""
    doc = token.doc
    if token.ent_iob_ != "B" or token.ent_type_ in PERSON_ENTITIES:
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        if doc[end].pos_ != "ADJ":
            if of_place and end > token.i + 1 and end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and \
                    doc[end].lower_ in words_of(doc).NAME_CONNECTORS and doc[end + 1].text[:1].isupper():
                break
            return None  # (`l'Agence nationale de sécurité (NSA)` reads whole as a noun phrase)
        end += 1
    return end - 1 if end > token.i + 1 else None


_NAMES = "kg_names"  # Doc.user_data key: indices of the name tokens, computed once per parsed paragraph


_NAME_RUNS = "kg_name_runs"  # Doc.user_data key: token index -> (start, end) of the name it belongs to


def index_names(doc: Doc) -> None:
    """Decide once which tokens are names, and list each token's children with their labels (rules ask hundreds
    of thousands of times on a corpus; spaCy makes a Token for every child each time)."""
    tokens = doc.user_data[TOKENS] = list(doc)
    doc.user_data[_NAMES] = frozenset(token.i for token in tokens if _is_name(token))
    doc.user_data[_NAME_RUNS] = {}
    kids: list[list[tuple[str, Token]]] = [[] for _ in range(len(doc))]
    for token in tokens:
        head = token.head.i
        if head != token.i:
            kids[head].append((token.dep_, token))
    doc.user_data[CHILDREN] = [tuple(k) for k in kids]


def name_sentence_openers(docs: list[Doc]) -> None:
    """`Orvane is a university …`, `Scheinman sold …`: a capitalised word opening a sentence that the tagger took for
    a common noun is a name where the document writes it, inside a sentence, as a name or a name's last word (not
    a first one: `Bank` of `the Bank of England` does not make `Bank shares fell` a name). Run once the paragraphs'
    names are indexed, before any name run is asked for."""
    written = {t.text for doc in docs for t in doc.user_data[TOKENS] if not t.is_sent_start and t.text[:1].isupper()
               and t.i in doc.user_data[_NAMES] and name_tokens(t)[-1] == t}
    for doc in docs:
        openers = {t.i for t in doc.user_data[TOKENS] if t.is_sent_start and t.text in written and
                   t.i not in doc.user_data[_NAMES] and t.pos_ in {"NOUN", "ADJ", "VERB"} and not t._.kg_common_noun}
        if openers:  # (the runs asked for above are read again, with the openers)
            doc.user_data[_NAMES] |= openers
            doc.user_data[_NAME_RUNS] = {}


def is_name(token: Token) -> bool:
    """A token that starts or continues a proper name: PROPN, or a capitalised noun/X not at a sentence start."""
    names = token.doc.user_data.get(_NAMES)
    return _is_name(token) if names is None else token.i in names


if not Token.has_extension("kg_name"):  # patterns test it: `{"_": {"kg_name": true}}`
    Token.set_extension("kg_name", getter=is_name)


def stands_for_entity(token: Token) -> bool:
    """A name, or a word resolved to an entity it refers to (`elle`, `la société`, `its`)."""
    return is_name(token) or token._.kg_referent is not None


def _is_name(token: Token) -> bool:
    if _particle_joined_name(token):
        return True
    if not token.text[:1].isalnum() or not token.text[:1].isupper() and token.pos_ != "PROPN":
        return False  # (every name below is capitalised or tagged one: the cheap test first)
    if token._.kg_common_noun:
        return False
    if token.pos_ == "ADJ" and token.ent_type_ == "NORP":  # English `the French start-up`: a nationality
        return False
    if token.lower_ in words_of(token.doc).TITLE_ADJECTIVES and token.i < token.head.i and \
            token.head._.kg_noun_class == "Role":
        return False  # `le Premier ministre`, `Prime Minister`: a word of the title, capitalised as titles are
    scores = words_of(token.doc).SCORES
    if token.ent_type_ in TIME_ENTITIES or scores is not None and scores.fullmatch(token.text):  # `said on Monday it
        return False  # had …`: a day is no one `it` can be; nor is a score the NER put in a name (`a battu X 2-0`)
    if token.pos_ in NAME_POS and token.text[:1].isupper():
        return True
    if token.pos_ == "PROPN":  # (but not a lowercase word set after the word it qualifies, an adjective the tagger
        # took for a name: `la loi texane`; `bin Laden`, `Daniel arap Moi` are name parts, `Jong-il` one word, and a
        # list's item goes with its list)
        return not (token.text.islower() and not any(c.isdigit() for c in token.text) and token.head.i < token.i and
                    token.dep_ not in L.NAME_PARTS | L.CONJUNCTS and token.doc[token.i - 1].whitespace_)
    if token.pos_ == "AUX":  # `OpenAI` tagged as an auxiliary: only the NER can tell
        return token.text[:1].isupper() and bool(token.ent_type_)
    if token.ent_type_ and token.text[:1].isupper() and token.pos_ in {"ADV", "ADP", "SCONJ", "CCONJ"}:
        # `Emmanuel Macron` with `Macron` tagged an adverb, `le géant Ikea` with `Ikea`: a capitalised word the NER
        # puts in a named entity, inside one or not opening the sentence
        return token.ent_iob_ == "I" or not token.is_sent_start
    if token.pos_ == "PRON":  # `« C'est …`: a capitalised pronoun opens a quotation unless the NER says more
        return token.text[:1].isupper() and bool(token.ent_type_)
    return token.text[:1].isupper() and token.pos_ in {"NOUN", "VERB", "ADJ", "NUM"} and (
        not token.is_sent_start or bool(token.ent_type_) and token.ent_type_ not in COUNT_ENTITIES)  # (`Al-Qaida`
    # tagged a number; but `Dozens of …` opening a sentence is a count)


def _particle_joined_name(token: Token) -> bool:
    """`al-Maliki`, `el-Sisi`: a name's particle joined to its capitalised word by a hyphen, one word the tagger may
    take for an adjective."""
    particle, hyphen, rest = token.text.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle in words_of(token.doc).NAME_PARTICLES


def _possessive_in_a_name(token: Token) -> bool:
    """The possessive ending of a word inside a named entity: the NER goes on after it (`King's College London`),
    or the parse has no owner (`Moody's downgraded Italy`); not a possessive the NER leaves out or ends with
    (`Valtek's chief executive`, `Tom Hale's daughter`)."""
    if token.dep_ not in L.CASE_MARKERS or token.head.i != token.i - 1 or token.head.whitespace_ or \
            token.ent_iob_ != "I" or token.head.ent_iob_ not in ("B", "I"):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.head.dep_ not in L.POSSESSORS or after is not None and after.ent_iob_ == "I"


def name_head(word: Token) -> Token:
    """The word heading the name `word` is in: parsers hang a name's later words on its first (`Durand` of `Paul
    Durand` on `Paul`)."""
    while word.dep_ in L.NAME_PARTS and word.head.i < word.i:
        word = word.head
    return word


def name_tokens(token: Token) -> list[Token]:
    """The run of capitalised (or hyphen-joined) tokens around a name token: `Banque Centrale Européenne`.

    Remembered per token in the Doc once names are indexed (the rules ask again and again).
    """
    doc = token.doc
    runs = doc.user_data.get(_NAME_RUNS)
    if runs is None:
        return _name_tokens(token)
    if token.i not in runs:
        tokens = _name_tokens(token)
        runs[token.i] = (tokens[0].i, tokens[-1].i + 1)
    start, end = runs[token.i]
    return doc.user_data[TOKENS][start:end]


def _after_a_name(particle: Token, doc: list[Token], particles: Collection[str]) -> bool:
    """Whether the name particles ending with `particle` come after a name in the same entity (`Ursula von der`)."""
    before = particle.i - 1
    while before >= 0 and doc[before].lower_ in particles and doc[before].ent_iob_ == "I":
        before -= 1
    return before >= 0 and doc[before + 1].ent_iob_ == "I" and is_name(doc[before])


def _name_tokens(token: Token) -> list[Token]:
    doc = doc_tokens(token.doc)  # sentence ends are checked token by token: `token.sent` costs a walk over the
    words = words_of(token.doc)  # sentence (and the Doc's own tokens: indexing a Doc makes a new Token each time)

    def joins(left: Token, right: Token) -> bool:
        if left.whitespace_ == "" and (left.text == "-" or right.text == "-") or _article_of_a_title(left, right):
            return True
        if _possessive_in_a_name(right) or _possessive_in_a_name(left) and is_name(right) and right.ent_iob_ == "I":
            return True  # `King's College London`, `Moody's`: a possessive the NER reads inside one name
        if left.lower_ in words.NAME_PARTICLES and right.ent_iob_ == "I" and left.ent_iob_ == "I" and is_name(right) \
                and _after_a_name(left, doc, words.NAME_PARTICLES):
            return True  # `Luca de Meo`: a particle inside a person's name (not `Premier ministre du Rwanda`)
        particles = words.NAME_PARTICLES
        if right.lower_ in particles and right.ent_iob_ == "I" and (is_name(left) or left.lower_ in particles and
                                                                    left.ent_iob_ == "I"):
            after = right.i + 1  # `Ursula von der Leyen`: particles, then the rest of the name, inside the entity
            while after < len(doc) and doc[after].lower_ in words.NAME_PARTICLES and doc[after].ent_iob_ == "I":
                after += 1
            if after < len(doc) and not doc[after].is_sent_start and doc[after].ent_iob_ == "I" and \
                    is_name(doc[after]):
                return True
        if (right.lower_ in words.NAME_CONNECTORS and right.ent_iob_ == "I" and right.ent_type_ not in PERSON_ENTITIES
                and right.i + 1 < len(doc) and doc[right.i + 1].ent_iob_ == "I" and _goes_on(doc[right.i + 1]) and
                (is_name(left) or _inner_adjective(left) or _inner_noun(left))) or (
                (left.lower_ in words.NAME_CONNECTORS or _article_after_connector(left)) and left.ent_iob_ == "I" and
                right.ent_iob_ == "I" and left.ent_type_ not in PERSON_ENTITIES and _goes_on(right)):
            return True  # `the Bank of Mexico`, `la Cour de cassation`: one institution's name, as the NER reads it
        if right.ent_iob_ == "I" and (right.ent_type_ in INSTITUTION_ENTITIES or right.head.pos_ == "NOUN") and \
                right.dep_ in L.ADJECTIVE_MODIFIERS and right.text[:1].islower() and right.head.i < right.i and \
                left.whitespace_ and (is_name(right.head) or _inner_noun(right.head)):
            return True  # `le Parti radical`, `les Forces armées canadiennes`, `la Cour suprême` (which the NER may
            # call a place), `le Parti de l'héritage chrétien`: an institution's name goes on
        if right.ent_iob_ == "B" and left.ent_type_ and right.ent_type_ != left.ent_type_ and (
                (right.head != left and left.head != right) or right.ent_type_ in PERSON_ENTITIES):
            return False  # `le secrétaire à la Défense Paul Durand`, `le ministre de l'Intérieur X`: then a person
        if right.ent_iob_ == "B" and right.ent_type_ in PERSON_ENTITIES and not left.ent_type_ and (
                left.dep_ in L.PREPOSITION_OBJECTS or case_word(left)):
            return False  # `Chief of Staff Bill Daley`: the last word of a title's phrase, then the person
        if words.DATE_WORDS is not None and words.DATE_WORDS.fullmatch(left.text) and \
                left.dep_ not in L.NAME_PARTS and right.head != left:
            return False  # `Mardi Valtek a racheté …`: a day the parse makes no part of the name says when
        if right.ent_iob_ == "I" and right.text.isdigit() and len(right.text) <= 3 and right.head == left and \
                is_name(left):
            return True  # `le CAC 40`, `la Ligue 1`: a number the NER counts in the name it is written on
        if right.pos_ == "ADJ" and right.head.i > right.i and not is_name(right.head) and \
                left.ent_type_ in PERSON_ENTITIES:
            return False  # `a nommé X Premier ministre`: a title's adjective after the name
        return bool(left.whitespace_) and is_name(right) and is_name(left) and (
            right.ent_iob_ == "I" or right.dep_ in L.NAME_PARTS or right.head == left or left.head == right
            or right.dep_ in L.APPOSITIONS or left.dep_ in L.NAME_PARTS and left.head.i > right.i)  # (that last:
        # `beat Valtek United 3-1`, `Valtek` hung past `United`, on the score: a word inside its own name)

    start = end = token.i
    while start > 0 and not doc[start].is_sent_start and joins(doc[start - 1], doc[start]):
        start -= 1
    while end + 1 < len(doc) and not doc[end + 1].is_sent_start and joins(doc[end], doc[end + 1]):
        end += 1
    spelled = _spelled_out(token.doc, token.i)
    if spelled is not None:
        start, end = min(start, spelled[0]), max(end, spelled[1])
    tokens = list(doc[start:end + 1])
    while tokens and tokens[-1].text == "-":
        tokens.pop()
    while tokens and (tokens[0].text == "-" or (  # `la province de Karvia`: the name is Karvia, not `de Karvia`
            (tokens[0].lower_ in words.NAME_CONNECTORS or tokens[0].pos_ == "DET") and tokens[0].ent_type_ not in
            PERSON_ENTITIES and len(tokens) > 1 and not _article_of_a_title(tokens[0], tokens[1]))):
        tokens.pop(0)
    return tokens or [token]


def _article_of_a_title(article: Token, after: Token) -> bool:
    """`selon Le Figaro`, `révélé par Les Echos`, `au Caire` written `Le Caire`: an article the language capitalises
    only in names (`TITLE_ARTICLES`), capitalised inside a sentence and counted in the name by the NER, is the
    name's own."""
    return article.text[:1].isupper() and article.lower_ in words_of(article.doc).TITLE_ARTICLES and \
        not article.is_sent_start and article.ent_iob_ == "B" and after.ent_iob_ == "I"


#: words an acronym skips: `l'État islamique en Irak et au Levant (EIIL)`


def _spelled_out(doc: Doc, i: int) -> tuple[int, int] | None:
    """The words an acronym in brackets spells out, if token `i` is one of them: `l'État islamique en Irak et au
    Levant (EIIL)`, whose lowercase words the NER leaves out. The acronym's letters, read backwards, must be the
    initials of the words before it (short grammar words skipped), the first of them capitalised."""
    skipped, doc = words_of(doc).ACRONYM_SKIPPED_WORDS, doc_tokens(doc)
    end = i
    while end + 1 < len(doc) and end - i < MAX_PHRASE_TOKENS and not doc[end + 1].is_punct:
        end += 1
    if end + 3 >= len(doc) or doc[end + 1].text != "(" or doc[end + 3].text != ")" or \
            not doc[end + 2].text.isupper() or not doc[end + 2].text.isalpha():
        return None
    first = _initials_before(doc, end, doc[end + 2].text, skipped)
    return None if first is None or first > i else (first, end)


def _initials_before(tokens: list[Token], end: int, acronym: str, skipped: frozenset[str]) -> int | None:
    """Where the words ending at `end` that `acronym` spells start (read backwards, short grammar words `skipped`,
    the first of them capitalised); None if they do not spell it."""
    letters = list(fold(acronym).replace(" ", "").upper())
    first, k = None, end
    while letters and k >= 0 and not tokens[k].is_punct:
        word = fold(tokens[k].text).upper()
        if word and word[0] == letters[-1]:
            letters.pop()
            first = k
        elif tokens[k].lower_ not in skipped:
            return None
        k -= 1
    return None if letters or first is None or not tokens[first].text[:1].isupper() else first


def abbreviates_words_before(name: Token) -> bool:
    """Whether a name set off by a comma is the acronym of the words before the comma (`l'Agence européenne de
    sécurité, AES,`), or of their name in another language, its letters the initials of some of them in another
    order (`l'Agence américaine de sécurité des Transports, TSA,`): the same organisation, not another name."""
    tokens, skipped = doc_tokens(name.doc), words_of(name.doc).ACRONYM_SKIPPED_WORDS
    if not (name.i > 1 and tokens[name.i - 1].text == "," and name.text.isupper() and name.text.isalpha() and
            len(name.text) > 1):
        return False
    if _initials_before(tokens, name.i - 2, name.text, skipped) is not None:
        return True
    phrase = []
    for token in reversed(tokens[:name.i - 1]):
        if token.is_punct:
            break
        phrase.append(token)
    initials = Counter(fold(t.text)[:1].upper() for t in phrase if t.lower_ not in skipped and t.is_alpha)
    return any(t.text[:1].isupper() for t in phrase) and not Counter(fold(name.text).upper()) - initials


LOCATION_ENTITIES = frozenset({"LOC", "GPE"})


def before_acronym(last: Token) -> bool:
    """Whether an acronym in brackets follows a phrase's last word: `… de sécurité américaine (NSA)`."""
    tokens, i = doc_tokens(last.doc), last.i
    return i + 3 < len(tokens) and tokens[i + 1].text == "(" and tokens[i + 3].text == ")" and \
        tokens[i + 2].text.isupper() and tokens[i + 2].text.isalpha() and len(tokens[i + 2].text) > 1


def is_named(token: Token) -> bool:
    """A name, a thing a name owns (`Pawlby's voicemails`) or a name qualifies (`the Singapore stock exchange`)."""
    return is_name(token) or any(is_name(c) and c.pos_ != "PRON" for c in children(token, L.POSSESSORS)) or any(
        is_name(c) and c.i < token.i for c in children(token, L.NAME_PARTS))
