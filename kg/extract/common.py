"""Helpers every language's rules share: growing a head token into a mention, coordination, negation.

Rules call these instead of walking the tree themselves, so a fix to phrase boundaries applies everywhere.
"""

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from spacy.tokens import Doc, Span, Token

from ..model import QUOTE, Candidate, Evidence, Mention, Qualifier, Relation
from ..ontology import Lexicon, minted_name, property_labels
from ..text import fold
from . import labels as L
from .discourse import Discourse, Referent

NER_KINDS = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Place", "GPE": "Place",
             "NORP": "Organization", "PRODUCT": "Product", "FAC": "Place", "EVENT": "Event",
             "WORK_OF_ART": "Product"}
NAME_POS = frozenset({"PROPN", "X"})
PERSON_ENTITIES = frozenset({"PER", "PERSON"})
INSTITUTION_ENTITIES = frozenset({"ORG"})
#: entity types of days and times (English NER): capitalised, but never names of anything
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: words inside an organisation's or a place's name that join its parts (`Bank of Mexico`, `Procter & Gamble`,
#: `Cour de cassation`)
NAME_CONNECTORS = frozenset({"of", "&", "for", "and", "de", "d'", "d’", "du", "des", "en", "et", "au", "aux"})


def _goes_on(token: Token) -> bool:
    """A word that continues an institution's name after a connector: a name, a common noun inside it, or a second
    connector (`État islamique en Irak et au Levant`)."""
    return is_name(token) or token.pos_ == "NOUN" or (token.ent_iob_ == "I" and (
        token.lower_ in NAME_CONNECTORS or _article_after_connector(token)))


def _inner_adjective(token: Token) -> bool:
    """`allemande` in `la Fédération allemande des journalistes`: a lowercase adjective inside an institution's name,
    on the name's first word."""
    return token.pos_ == "ADJ" and token.ent_iob_ == "I" and token.ent_type_ in INSTITUTION_ENTITIES and \
        token.dep_ in L.ADJECTIVE_MODIFIERS and token.head.i < token.i and is_name(token.head)


def _article_after_connector(token: Token) -> bool:
    """`the` in `Bank of the West`: an article inside an institution's name, after its connector."""
    return token.pos_ == "DET" and token.i > 0 and token.doc[token.i - 1].lower_ in NAME_CONNECTORS


#: relations whose object may be an act, told by an infinitive or gerund clause (`demande à X d'annuler Y`,
#: `denies conspiring with others`)
ACT_RELATIONS = frozenset({"asks", "demands", "orders", "promises", "denies", "admits", "authorizes", "bans"})
#: entity types whose names may contain a title word (`General Motors`), unlike a person's (`Queen Victoria`)
COMPANY_ENTITIES = frozenset({"ORG", "FAC", "PRODUCT"})
MAX_PHRASE_TOKENS = 10
EXAMPLE_ADJECTIVES = frozenset({"tel", "such"})
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "van", "von", "der", "den", "da", "del", "della", "di",
                            "dos", "bin", "ben", "al", "el", "la", "le"})


@dataclass(frozen=True)
class Context:
    """Where a paragraph's sentences sit (document id, offset in the document text) and what rules may consult."""

    document: str
    offset: int
    noun_kinds: dict[str, str]
    demonyms: dict[str, str]
    anaphors: frozenset[str] = frozenset()
    discourse: Discourse = field(default_factory=Discourse)
    nominals: dict[str, str] = field(default_factory=dict)
    relational_nouns: dict[str, str] = field(default_factory=dict)
    #: nouns that name a person's post (`directeur`, `stratège`): the lexicon's nouns of class Role
    roles: frozenset[str] = frozenset()
    #: words for a party's member (`républicain`, `labour`) -> the party
    affiliations: dict[str, str] = field(default_factory=dict)
    #: what a prepositional phrase adds when the verb's frame does not say (`sur` -> topic)
    case_roles: dict[str, str] = field(default_factory=dict)
    #: nouns of a body its person leads (`le gouvernement de X`)
    led_nouns: frozenset[str] = frozenset()
    _evidence: dict[int, Evidence] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def describing_nouns(self) -> frozenset[str]:
        """Nouns that describe a name without an article (`X, stratège chez Y`, `X, habitant de Y`): roles and
        relational nouns."""
        return self.roles | self.relational_nouns.keys()

    @cached_property
    def affiliation_words(self) -> frozenset[str]:
        """Nationality and party words (`suédois`, `républicain`): they say where someone is from or belongs."""
        return frozenset(self.demonyms.keys() | self.affiliations.keys())

    def evidence(self, sentence: Span) -> Evidence:
        """The sentence as evidence (made once per sentence: a long sentence can carry thousands of facts)."""
        if sentence.start not in self._evidence:
            start, end = self.offset + sentence.start_char, self.offset + sentence.end_char
            self._evidence[sentence.start] = Evidence(self.document, sentence.text, start, end)
        return self._evidence[sentence.start]


class Sentence(Span):
    """A sentence whose tokens are made once: every rule walks every token of every sentence, and spaCy makes a
    new Token object at each step of each walk."""

    def __iter__(self) -> Iterator[Token]:
        tokens = self.__dict__.get("tokens")
        if tokens is None:
            doc = self.doc
            made = doc.user_data.get(_TOKENS)
            tokens = self.__dict__["tokens"] = made[self.start:self.end] if made is not None else [
                doc[i] for i in range(self.start, self.end)]
        return iter(tokens)


#: a rule reads one sentence and yields the candidate facts of the construction it knows
Rule = Callable[[Span, "Context", Lexicon], Iterator[Candidate]]


def fixed_relation(local_name: str) -> Relation:
    """An ontology property a rule names itself (roles, classes, speech), not through the verb lexicon."""
    return Relation(local_name, property_labels()[local_name])


for _name, _default in (("kg_common_noun", False), ("kg_referent", None)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)


def mark_common_nouns(doc: Doc, nouns: dict[str, str], affiliation_words: Collection[str]) -> None:
    """Flag capitalised known common nouns (`les États européens`) so they are not taken for names.

    One next to another capitalised word belongs to an institution's or product's name (`l'Agence France-Presse`,
    `Web Services`) and stays a name, unless it is a title (`le Président Macron`: titles are not names) or a
    nationality or a party before a person's name (`le Suédois Zlatan Ibrahimovic`, `Republican Greg Abbott`).
    """
    def capitalised(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_sent_start

    for token in doc:
        before_person = token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ in PERSON_ENTITIES
        affiliation = token.lower_ in affiliation_words or token.lemma_.lower() in affiliation_words
        if affiliation and (token.text.islower() or before_person):
            token._.kg_common_noun = True  # `la Garde nationale texane` (tagged a name), `le Suédois Zlatan X`
            continue
        lemma = token.lemma_.lower()
        role_name = token.pos_ == "PROPN" and nouns.get(lemma) == "Role"  # `Apple CEO Tim Cook`
        if not (token.text[:1].isupper() and (token.pos_ == "NOUN" or role_name) and lemma in nouns):
            continue
        if token.ent_iob_ == "I" and token.ent_type_ in PERSON_ENTITIES and (
                token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"):
            continue  # the end of a person's name (`Bruno Le Maire`), where a title never stands
        in_name = (capitalised(token.i + 1) and token.whitespace_) or (
            capitalised(token.i - 1) and doc[token.i - 1].whitespace_) or (
            nouns[lemma] != "Role" and (_opens_institution(token) or _spelled_before_acronym(token)))
        title = nouns[lemma] == "Role" and not (  # `General Motors`: a title word inside a company's name
            in_name and token.ent_type_ in COMPANY_ENTITIES and
            token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
        if title or not in_name:
            token._.kg_common_noun = True


def _opens_institution(token: Token) -> bool:
    """`la Banque de Jilin`, `the Bank of England`: a capitalised class noun opening an institution's name, as the
    NER reads it (the connector and the word after it inside the same entity)."""
    doc = token.doc
    return token.ent_iob_ == "B" and token.ent_type_ not in PERSON_ENTITIES and token.i + 2 < len(doc) and \
        doc[token.i + 1].lower_ in NAME_CONNECTORS and doc[token.i + 1].ent_iob_ == "I" and \
        doc[token.i + 2].ent_iob_ == "I" and doc[token.i + 2].text[:1].isupper()


def _spelled_before_acronym(token: Token) -> bool:
    """`la Banque centrale européenne (BCE)`: a capitalised class noun opening a name of adjectives the NER reads,
    which an acronym in brackets right after it abbreviates."""
    doc = token.doc
    if token.ent_iob_ != "B" or token.ent_type_ in PERSON_ENTITIES:
        return False
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        if doc[end].pos_ != "ADJ":
            return False  # (`l'Agence nationale de sécurité (NSA)` reads whole as a noun phrase)
        end += 1
    return _before_acronym(doc[end - 1])


#: Doc.user_data key: token index -> the fuller phrase a bare definite noun is written as (`recall_phrases`)
_FULLER = "kg_fuller"
_NAMES = "kg_names"  # Doc.user_data key: indices of the name tokens, computed once per parsed paragraph
_NAME_RUNS = "kg_name_runs"  # Doc.user_data key: token index -> (start, end) of the name it belongs to


_CHILDREN = "kg_children"  # Doc.user_data key: token index -> ((dependency label, child), ...)
_TOKENS = "kg_tokens"  # Doc.user_data key: the Doc's tokens, made once


def index_names(doc: Doc) -> None:
    """Decide once which tokens are names, and list each token's children with their labels (rules ask hundreds
    of thousands of times on a corpus; spaCy makes a Token for every child each time)."""
    tokens = doc.user_data[_TOKENS] = list(doc)
    doc.user_data[_NAMES] = frozenset(token.i for token in tokens if _is_name(token))
    doc.user_data[_NAME_RUNS] = {}
    kids: list[list[tuple[str, Token]]] = [[] for _ in range(len(doc))]
    for token in tokens:
        head = token.head.i
        if head != token.i:
            kids[head].append((token.dep_, token))
    doc.user_data[_CHILDREN] = [tuple(k) for k in kids]


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once when its names are indexed (indexing a Doc makes a new Token each time)."""
    made = doc.user_data.get(_TOKENS)
    return made if made is not None else list(doc)


def is_name(token: Token) -> bool:
    """A token that starts or continues a proper name: PROPN, or a capitalised noun/X not at a sentence start."""
    names = token.doc.user_data.get(_NAMES)
    return _is_name(token) if names is None else token.i in names


def stands_for_entity(token: Token) -> bool:
    """A name, or a word resolved to an entity it refers to (`elle`, `la société`, `its`)."""
    return is_name(token) or token._.kg_referent is not None


def _is_name(token: Token) -> bool:
    if token._.kg_common_noun or not token.text[:1].isalnum():
        return False
    if token.pos_ == "ADJ" and token.ent_type_ == "NORP":  # English `the French start-up`: a nationality
        return False
    if token.ent_type_ in TIME_ENTITIES:  # `said on Monday it had …`: a day is no one `it` can be
        return False
    if token.pos_ in NAME_POS and token.text[:1].isupper():
        return True
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "AUX":  # `OpenAI` tagged as an auxiliary: only the NER can tell
        return token.text[:1].isupper() and bool(token.ent_type_)
    if token.ent_iob_ == "I" and token.text[:1].isupper() and token.pos_ in {"ADV", "ADP", "SCONJ", "CCONJ"}:
        return True  # `Emmanuel Macron` with `Macron` tagged an adverb: a capitalised word inside a named entity
    if token.pos_ == "PRON":  # `« C'est …`: a capitalised pronoun opens a quotation unless the NER says more
        return token.text[:1].isupper() and bool(token.ent_type_)
    return token.text[:1].isupper() and token.pos_ in {"NOUN", "VERB", "ADJ", "NUM"} and (
        not token.is_sent_start or bool(token.ent_type_))  # (`Al-Qaida` tagged a number)


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
    return doc.user_data[_TOKENS][start:end]


def _name_tokens(token: Token) -> list[Token]:
    doc = token.doc  # sentence ends are checked token by token: `token.sent` costs a walk over the sentence

    def joins(left: Token, right: Token) -> bool:
        if left.whitespace_ == "" and (left.text == "-" or right.text == "-"):
            return True
        if left.lower_ in NAME_PARTICLES and right.ent_iob_ == "I" and left.ent_iob_ == "I" and is_name(right):
            return True  # `Luca de Meo`: a particle inside a person's name
        if right.lower_ in NAME_PARTICLES and right.ent_iob_ == "I" and (is_name(left) or left.lower_ in
                                                                          NAME_PARTICLES and left.ent_iob_ == "I"):
            after = right.i + 1  # `Ursula von der Leyen`: particles, then the rest of the name, inside the entity
            while after < len(doc) and doc[after].lower_ in NAME_PARTICLES and doc[after].ent_iob_ == "I":
                after += 1
            if after < len(doc) and not doc[after].is_sent_start and doc[after].ent_iob_ == "I" and \
                    is_name(doc[after]):
                return True
        if (right.lower_ in NAME_CONNECTORS and right.ent_iob_ == "I" and right.ent_type_ not in PERSON_ENTITIES and
                right.i + 1 < len(doc) and doc[right.i + 1].ent_iob_ == "I" and _goes_on(doc[right.i + 1]) and
                (is_name(left) or _inner_adjective(left))) or (
                (left.lower_ in NAME_CONNECTORS or _article_after_connector(left)) and left.ent_iob_ == "I" and
                right.ent_iob_ == "I" and left.ent_type_ not in PERSON_ENTITIES and _goes_on(right)):
            return True  # `the Bank of Mexico`, `la Cour de cassation`: one institution's name, as the NER reads it
        if right.ent_iob_ == "I" and right.ent_type_ in INSTITUTION_ENTITIES and right.dep_ in L.ADJECTIVE_MODIFIERS \
                and right.text[:1].islower() and is_name(right.head) and right.head.i < right.i and left.whitespace_:
            return True  # `le Parti radical`, `les Forces armées canadiennes`: an institution's name goes on
        if right.ent_iob_ == "B" and left.ent_type_ and right.ent_type_ != left.ent_type_ and (
                (right.head != left and left.head != right) or right.ent_type_ in PERSON_ENTITIES):
            return False  # `le secrétaire à la Défense Paul Durand`, `le ministre de l'Intérieur X`: then a person
        return bool(left.whitespace_) and is_name(right) and is_name(left) and (
            right.ent_iob_ == "I" or right.dep_ in L.NAME_PARTS or right.head == left or left.head == right
            or right.dep_ in L.APPOSITIONS)

    start = end = token.i
    while start > 0 and not doc[start].is_sent_start and joins(doc[start - 1], doc[start]):
        start -= 1
    while end + 1 < len(doc) and not doc[end + 1].is_sent_start and joins(doc[end], doc[end + 1]):
        end += 1
    spelled = _spelled_out(doc, token.i)
    if spelled is not None:
        start, end = min(start, spelled[0]), max(end, spelled[1])
    tokens = list(doc[start:end + 1])
    while tokens and tokens[-1].text == "-":
        tokens.pop()
    while tokens and (tokens[0].text == "-" or (  # `la province de Karvia`: the name is Karvia, not `de Karvia`
            (tokens[0].lower_ in NAME_CONNECTORS or tokens[0].pos_ == "DET") and tokens[0].ent_type_ not in
            PERSON_ENTITIES and len(tokens) > 1)):
        tokens.pop(0)
    return tokens or [token]


#: words an acronym skips: `l'État islamique en Irak et au Levant (EIIL)`
ACRONYM_SKIPS = NAME_CONNECTORS | NAME_PARTICLES | {"l'", "l’", "the", "e"}


def _spelled_out(doc: Doc, i: int) -> tuple[int, int] | None:
    """The words an acronym in brackets spells out, if token `i` is one of them: `l'État islamique en Irak et au
    Levant (EIIL)`, whose lowercase words the NER leaves out. The acronym's letters, read backwards, must be the
    initials of the words before it (short grammar words skipped), the first of them capitalised."""
    end = i
    while end + 1 < len(doc) and end - i < MAX_PHRASE_TOKENS and not doc[end + 1].is_punct:
        end += 1
    if end + 3 >= len(doc) or doc[end + 1].text != "(" or doc[end + 3].text != ")" or \
            not doc[end + 2].text.isupper() or not doc[end + 2].text.isalpha():
        return None
    letters = list(fold(doc[end + 2].text).replace(" ", "").upper())
    first, k = None, end
    while letters and k >= 0 and not doc[k].is_punct:
        word = fold(doc[k].text).upper()
        if word and word[0] == letters[-1]:
            letters.pop()
            first = k
        elif doc[k].lower_ not in ACRONYM_SKIPS:
            return None
        k -= 1
    if letters or first is None or first > i or not doc[first].text[:1].isupper():
        return None
    return first, end


_PHRASE_DEPS = L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS | L.NAME_PARTS | L.CASE_MARKERS | L.DETERMINERS | \
    {"advmod", "npadvmod"}  # npadvmod: English `Paris` in `Paris-based`


#: prepositions whose complement says why, when or by whom rather than what a noun is (`la prison pour corruption`)
LOOSE_CASES = frozenset({"pour", "par", "selon", "depuis", "pendant", "lors", "malgré", "après", "avant", "contre",
                         "dès", "durant", "à travers"})
LOCATION_ENTITIES = frozenset({"LOC", "GPE"})


def _loose(child: Token) -> bool:
    """A complement that is not part of its noun's text: a reason or a time (`pour corruption`), or where the thing
    happened (`une frappe au Pakistan`, `le départ de dix médecins à l'Hôpital de la Croix-Rousse`), unlike `la
    Bourse de Tokyo` or a one-word domain (`secrétaire à la Défense`)."""
    case = case_word(child)  # (`à travers`: a preposition of several words)
    return case in LOOSE_CASES or (case not in ("", "de", "d'", "d’", "du", "des", "of") and
                                   child.ent_type_ in LOCATION_ENTITIES and (child.pos_ == "PROPN" or (
                                       is_name(child) and len(name_tokens(child)) > 1)))  # `au Centre de santé`


def _phrase_tokens(head: Token, top: bool = True) -> list[Token]:
    """Head plus, recursively, the modifiers that belong to its text (adjectives, `de` complements, names).

    Clauses, coordination, obliques, `tel que` examples and loose complements (`pour corruption`, `au Mali`) are
    left out at any depth, and so is the preposition introducing the whole phrase.
    """
    keep = [head]
    for child in head.children:
        if (top and child.dep_ in L.CASE_MARKERS | L.MARKERS) or "Rel" in child.morph.get("PronType") or \
                (child.dep_ in L.NOUN_MODIFIERS and _loose(child)) or child.lower_ in LOOSE_CASES:
            continue  # nor a relative pronoun (`dont le siège`), nor `lors de X` hung on the noun
        if child.dep_ in _PHRASE_DEPS and child.dep_ not in L.PHRASE_BREAKS and child.lemma_ not in \
                EXAMPLE_ADJECTIVES:
            keep += _phrase_tokens(child, top=False)
            if is_name(child):  # `du régime d'Adolf Hitler` with `Hitler` hung elsewhere: the whole name
                keep += [t for t in name_tokens(child) if t not in keep]
        elif child.dep_ in L.UNLABELLED and child.pos_ == "ADP" and not top:  # `près de 10 pharmaciens`
            keep.append(child)
        elif child.dep_ in L.POSSESSORS and is_name(child) and child.pos_ != "PRON" and top and not is_name(head):
            keep += _phrase_tokens(child, top=False)  # `Ecuador's embassy`: whose it is names it
    return keep


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The contiguous run of `tokens` that contains `head` (drops modifiers cut off by a gap).

    Words the tokenizer split at a hyphen (`start - up`) count as part of the run.
    """
    doc = head.doc
    indices = {t.i for t in tokens}
    for i in sorted(indices):
        j = i
        while j + 1 < len(doc) and not doc[j].whitespace_ and (doc[j + 1].text == "-" or doc[j].text == "-"):
            j += 1
            indices.add(j)
    start = end = head.i
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    run = list(doc[start:end + 1])
    while len(run) > 1 and run[-1].dep_ in L.CASE_MARKERS | L.DETERMINERS | L.PUNCTUATION | L.COORDINATORS:
        run.pop()
    while len(run) > 1 and (run[0].dep_ in L.PUNCTUATION | L.CASE_MARKERS or run[0].pos_ == "DET"):
        run.pop(0)
    return run[:MAX_PHRASE_TOKENS] if head in run[:MAX_PHRASE_TOKENS] else run


def text_of(tokens: list[Token]) -> str:
    """The text tokens cover, with their own spacing; elided determiners (l’, d’) stripped at the start."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text.strip(" ,;:«»\"()")


def kind_of(head: Token, context: Context, named: bool) -> str:
    """Ontology class for a mention: NER label for names, the noun lexicon for common nouns."""
    lemma = head.lemma_.lower()
    if not named and lemma in context.noun_kinds:
        return context.noun_kinds[lemma]
    if head.ent_type_ in NER_KINDS:
        return NER_KINDS[head.ent_type_]
    if named:
        return "Organization" if head.text.isupper() and len(head.text) > 1 else "Entity"
    return context.noun_kinds.get(lemma, "Concept")


def mention(head: Token, context: Context, leave_out: tuple[Token, ...] = (), kind: str | None = None) -> Mention:
    """Grow `head` into the mention it heads: a whole proper name, or a compact noun phrase.

    `leave_out` are dependents kept out of the phrase (the name a descriptive noun introduces, a role's employer).
    A pronoun or description resolved to an earlier entity (`elle`, `la société`) stands for that entity.
    """
    if head._.kg_referent is not None:
        return head._.kg_referent
    fuller = head.doc.user_data.get(_FULLER, {}).get(head.i) if not leave_out else None
    if fuller is not None:
        return fuller
    named = is_name(head)
    if named:
        tokens = name_tokens(head)
    else:
        dropped = {t for token in leave_out for t in [*token.subtree, *name_tokens(token)]}
        tokens = _contiguous([t for t in _phrase_tokens(head) if t not in dropped], head)
        named = head.text[:1].isupper() and _before_acronym(tokens[-1])  # `l'Organisation mondiale de la santé
        # (OMS)`: a name, spelled out (but not `ses modèles d'intelligence artificielle (IA) Zorg`)
    start, end = tokens[0], tokens[-1]
    return Mention(text=text_of(tokens), start=context.offset + start.idx,
                   end=context.offset + end.idx + len(end.text), kind=kind or kind_of(head, context, named),
                   is_name=named, head_lemma=head.lemma_.lower())


def _before_acronym(last: Token) -> bool:
    """Whether an acronym in brackets follows a phrase's last word: `… de sécurité américaine (NSA)`."""
    tokens, i = doc_tokens(last.doc), last.i
    return i + 3 < len(tokens) and tokens[i + 1].text == "(" and tokens[i + 3].text == ")" and \
        tokens[i + 2].text.isupper() and tokens[i + 2].text.isalpha() and len(tokens[i + 2].text) > 1


def referent_of(token: Token, context: Context) -> Referent:
    """A discourse referent for a name or resolved token, with its gender and number for agreement."""
    gender, number = token.morph.get("Gender"), token.morph.get("Number")
    phrase = token  # `Le constructeur Renault a …`: the name stands for the subject it is written in
    while phrase.dep_ in L.NAME_PARTS | L.APPOSITIONS and phrase.head != phrase:
        phrase = phrase.head
    subject = phrase.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS
    verb = phrase.head
    while verb.dep_ in L.CONJUNCTS and verb.head != verb:  # `A fait X et B est Y`: both clauses are main
        verb = verb.head
    return Referent(context.offset + token.idx, mention(token, context), gender[0] if gender else None,
                    number[0] if number else None, subject=subject, main=subject and verb.dep_ == L.ROOT)


def collect_names(doc: Doc, context: Context) -> None:
    """Add every proper name of a parsed paragraph to the document's discourse, in reading order."""
    covered: set[int] = set()
    for token in doc:
        if token.i in covered or not is_name(token):
            continue
        tokens = name_tokens(token)
        covered.update(t.i for t in tokens)
        heads = [t for t in tokens if t.head not in tokens or t.head == t] or [token]
        # a misparsed name may hang off two words (`Mistral` nmod, `AI` nsubj); its subject part says what it does
        head = next((t for t in heads if t.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS), heads[0])
        context.discourse.add(referent_of(head, context))


def conjuncts(token: Token) -> list[Token]:
    """`token` and the tokens coordinated with it: `A, B et C` gives A, B, C.

    For a multi-word name the conjunct may hang off any of its words (`Banque Centrale Européenne et X`).
    """
    found: list[Token] = []
    pending = [token]
    seen: set[int] = set()
    while pending:
        current = pending.pop(0)
        parts = name_tokens(current) if is_name(current) else [current]
        if any(p.i in seen for p in parts):
            continue
        seen.update(p.i for p in parts)
        found.append(current)
        for part in parts:
            pending += [child for child in part.children if child.dep_ in L.CONJUNCTS and child.i not in seen
                        and child.pos_ in {"NOUN", "PROPN", "X", "PRON"} | ({"VERB"} if is_name(child) else set())
                        and child.doc[child.left_edge.i - 1].text != "("]  # not `Renault (-4,63 %)`
    return found


_CONTRACTED = {"a": "à", "au": "à", "aux": "à", "du": "de", "des": "de", "d": "de", "qu": "que", "l": "le", "s": "se"}


def _word(token: Token) -> str:
    word = token.lower_.rstrip("'’")
    return _CONTRACTED.get(word, word)


def case_word(token: Token) -> str:
    """The preposition introducing a nominal (`à`, `pour`, `en tant que`…) or a clause's marker; '' if none.

    Contractions are undone (`aux` -> `à`, `du` -> `de`) and fixed expressions kept whole.
    """
    for child in token.children:
        if child.dep_ in L.CASE_MARKERS | L.MARKERS and child.i < token.i:
            fixed = [c for c in child.children if c.dep_ == "fixed"]
            return " ".join(_word(t) for t in [child, *fixed])
    return ""


if not Token.has_extension("kg_case"):  # patterns test it: `{"_": {"kg_case": "à"}}`
    Token.set_extension("kg_case", getter=case_word)


def literal(role: str, words: list[Token], context: Context) -> Qualifier:
    """A qualifier kept as written (a date, a price, a purpose), with where its words stand in the document."""
    return Qualifier(role, Mention(text_of(words), context.offset + words[0].idx,
                                   context.offset + words[-1].idx + len(words[-1])), literal=True)


def intent_noun(verb: Token, intent_nouns: Collection[str]) -> Token | None:
    """The noun of intent an infinitive completes (`its effort to steer …`, `une tentative de bloquer …`), if any:
    whoever makes the attempt is the infinitive's subject, and what it says has not happened yet."""
    noun = verb.head
    if verb.dep_ in L.CLAUSAL_MODIFIERS and "Inf" in verb.morph.get("VerbForm") and noun.pos_ == "NOUN" and \
            noun.lemma_.lower() in intent_nouns:
        return noun
    return None


def refused_objects(verb: Token, refusal_verbs: Collection[str]) -> list[Token]:
    """`refuse de délivrer ces cartes`, `refused to issue the permits`: what a refusal verb's infinitive is about is
    what is refused."""
    if verb.lemma_.lower() not in refusal_verbs:
        return []
    return [o for x in children(verb, L.OPEN_COMPLEMENTS) for o in children(x, L.OBJECTS)]


def denied(verb: Token, negated_here: Callable[[Token], bool], stop_verbs: Collection[str],
           implicative_verbs: Collection[str]) -> bool:
    """Whether a verb's fact is denied: its own negation, turned over by a governing verb that keeps its complement
    from happening (`refuse de signer`, `stopped using`) and passed on by one that makes it happen exactly when it
    happens itself (`n'a pas réussi à signer`, `did not manage to sell`)."""
    negated = negated_here(verb)
    governor = verb.head
    if verb.dep_ not in L.OPEN_COMPLEMENTS or governor == verb:
        return negated
    if governor.lemma_.lower() in stop_verbs:
        return negated != (not denied(governor, negated_here, stop_verbs, implicative_verbs))
    if governor.lemma_.lower() in implicative_verbs:
        return negated != denied(governor, negated_here, stop_verbs, implicative_verbs)
    return negated


def possessives(noun: Token) -> list[Token]:
    """The possessive determiners of a noun (`son épouse`, `leur maison`)."""
    return [d for d in children(noun, L.DETERMINERS) if "Yes" in d.morph.get("Poss")]


def predicate(verb: Token, lexicon: Lexicon, lang: str) -> tuple[str, Token | None]:
    """The lemma the lexicon knows a verb's predicate by, and the noun that is part of it: a verb with a bare (or
    indefinite) noun object listed together with it is one predicate (`porter plainte contre X`, `take part in X`,
    `file a lawsuit against X`), its noun no object."""
    lemma = verb.lemma_.lower()
    for noun in children(verb, L.OBJECTS):
        if lexicon.is_idiom(lang, f"{lemma} {noun.lemma_.lower()}") and all(  # (`file a lawsuit`, not `the part`)
                "Ind" in d.morph.get("Definite") or d.lower_ in ("a", "an") for d in children(noun, L.DETERMINERS)):
            return f"{lemma} {noun.lemma_.lower()}", noun
    return lemma, None


def complements(word: Token, deps: frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, head) of each child of `word` with one of `deps` (`` for a bare one): `à Lyon` -> ("à", Lyon)."""
    return [(case_word(c), c) for c in children(word, deps)]


def children_of(token: Token) -> tuple[tuple[str, Token], ...]:
    """(dependency label, child) of each child of `token`, in order."""
    kids = token.doc.user_data.get(_CHILDREN)
    return kids[token.i] if kids is not None else tuple((child.dep_, child) for child in token.children)


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    """The children of `token` whose dependency label is one of `deps`, in order."""
    doc = token.doc
    kids = doc.user_data.get(_CHILDREN)
    if kids is None:
        return [child for child in token.children if child.dep_ in deps]
    return [child for dep, child in kids[token.i] if dep in deps]


QUOTE_MARKS = {"«": "»", "“": "”", '"': '"'}


def quotation(verb: Token) -> Span | None:
    """The quotation a speech verb introduces or closes in its sentence: `X said: "…"`, `"…", said X`."""
    sentence = verb.sent
    for token in sentence:
        close = QUOTE_MARKS.get(token.text)
        if close is None:
            continue
        end = next((t.i for t in sentence if t.i > token.i and t.text == close), None)
        if end is None or end - token.i <= 2:
            continue
        # next to its verb and bound to it in the parse (`said: "…"`, `"…", a-t-il déclaré`), not a phrase quoted
        # elsewhere in the sentence (`used "phone hacking" in an attempt to confirm a tip`)
        quoted = sentence.doc[token.i + 1:end]
        near = 0 < token.i - verb.i <= QUOTE_REACH or 0 < verb.i - end <= QUOTE_REACH
        if near and (verb in quoted.root.ancestors or quoted.root in verb.ancestors or quoted.root == verb):
            return quoted
    return None


#: how many words may stand between a speech verb and its quotation
QUOTE_REACH = 6


def affiliation_facts(named: Mention, noun: Token, context: Context, sentence: Span, rule: str,
                      deps: frozenset[str] = L.ADJECTIVE_MODIFIERS) -> Iterator[Candidate]:
    """`une entreprise américaine`, `an American company`, `le député socialiste`: a nationality adjective gives the
    name's country, a party's adjective the party it is a member of."""
    for adjective in children(noun, deps):
        yield from _affiliation(named, adjective, context, sentence, rule)


def _affiliation(named: Mention, word: Token, context: Context, sentence: Span, rule: str, suffixed: bool = True
                 ) -> Iterator[Candidate]:
    """The nationality or the party one word gives `named`, if any (the rule named with what it read, if
    `suffixed`)."""
    key = word.lemma_.lower() if word.lemma_.lower() in context.affiliation_words else word.lower_
    for table, prop, kind, suffix in ((context.demonyms, "nationality", "Place", "+demonym"),
                                      (context.affiliations, "memberOf", "Organization", "+party")):
        if key in table:
            value = Mention(table[key], context.offset + word.idx, context.offset + word.idx + len(word.text),
                            kind=kind, is_name=True, head_lemma=table[key].lower())
            yield Candidate(named, fixed_relation(prop), value, context.evidence(sentence),
                            rule + suffix if suffixed else rule, key, confidence=0.7)


def described_nationality(rule: str) -> Rule:
    """The rule named `rule`: a description that refers back to a name gives the name's nationality
    (`Le groupe américain a …`, `The Swedish company …`, `the 40-year-old Australian`)."""
    def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
        for token in sentence:
            if token.pos_ not in {"NOUN", "PROPN", "X"}:
                continue
            if is_name(token) and name_tokens(token)[0] == token:  # `le GCHQ britannique`: on the name itself
                words = [a for t in name_tokens(token) for a in children(t, L.ADJECTIVE_MODIFIERS)
                         if a.ent_iob_ == "O" and (a.lower_ in context.affiliation_words or
                                                   a.lemma_.lower() in context.affiliation_words)]
                named = mention(token, context) if words else None  # (not `les Forces armées canadiennes`)
                for word in words if named is not None and named.kind != "Place" else ():
                    yield from _affiliation(named, word, context, sentence, rule)
            referent = token._.kg_referent
            if token.pos_ == "NOUN" and referent is not None and referent.is_name:
                yield from affiliation_facts(referent, token, context, sentence, rule,
                                             L.ADJECTIVE_MODIFIERS | L.NAME_PARTS)
            if _nationality_noun(token, context) and referent is not None and referent.is_name:
                yield from _affiliation(referent, token, context, sentence, rule)
    return read


def _nationality_noun(token: Token, context: Context) -> bool:
    """`l'Australien`, `the Australian`: a capitalised nationality word standing as a noun (not before a name, not
    an abbreviated country: `the US`)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.text[:1].isupper() and not token.text.isupper() and \
        not token.is_sent_start and \
        (token.lemma_.lower() in context.demonyms or token.lower_ in context.demonyms) and \
        not (token.i + 1 < len(token.doc) and is_name(token.doc[token.i + 1]))


def resolve_nationality_noun(token: Token, context: Context, definite: Callable[[Token], bool]) -> None:
    """Point a definite nationality noun (`the 40-year-old Australian`, `l'Australien`) at the person the text is
    about: the nearest person before it, main clauses' subjects first."""
    if not _nationality_noun(token, context) or not definite(token) or is_predicative(token):
        return
    found = context.discourse.find(context.offset + token.idx,
                                   lambda r: r.mention.is_name and context.discourse.named_as(r, {"Person"}))
    if found is not None:
        token._.kg_referent = found.mention


#: what makes a common noun's phrase say more than the noun: `le département de pharmacie`, `la loi texane`
_PHRASE_MODIFIERS = L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS


def note_phrases(sentence: Span, context: Context) -> None:
    """Remember the last noun phrase with modifiers each common noun was written in (`le département de
    pharmacie`), by lemma and number, so that a later bare `le département` can say which one."""
    phrases = context.discourse.phrases
    for token in sentence:
        if token.pos_ == "NOUN" and children(token, _PHRASE_MODIFIERS | L.NAME_PARTS) and \
                context.noun_kinds.get(token.lemma_.lower()) != "Role" and not is_name(token) and \
                token.i not in token.doc.user_data.get(_FULLER, ()) and token._.kg_referent is None:
            phrases[(token.lemma_.lower(), tuple(token.morph.get("Number")))] = \
                partial(mention, token, context)  # (made only when a later noun recalls it)


def recall_phrases(sentence: Span, context: Context, definite: Callable[[Token], bool]) -> None:
    """`le département` after `le département de pharmacie`: a definite common noun without modifiers, which
    nothing else resolved, is written as the fuller phrase its noun last had (a label, not an entity)."""
    phrases = context.discourse.phrases
    for token in sentence if phrases else ():
        phrase = phrases.get((token.lemma_.lower(), tuple(token.morph.get("Number")))) if token.pos_ == "NOUN" \
            else None
        if phrase is None or children(token, _PHRASE_MODIFIERS | L.NAME_PARTS | L.APPOSITIONS) or \
                token._.kg_referent is not None or not definite(token) or is_predicative(token):
            continue
        fuller = phrase()
        if fuller.end <= context.offset + token.idx:
            token.doc.user_data.setdefault(_FULLER, {})[token.i] = fuller


def recall_titled_person(title: Token, context: Context, sentence: Span, rule: str) -> None:
    """`Le secrétaire à la Défense a dit …` in a story about Hagel: a definite title without a name of its own,
    as a clause's subject, stands for the person the story is about: the nearest person named before its sentence
    (main clauses' subjects first). That person gets the title as a role. A bare `le chef` says too little to
    pick anyone, and a person named only later may be someone else (`Le maire a été condamné. X a fait appel.`)."""
    if title.dep_ not in L.SUBJECTS | L.PASSIVE_SUBJECTS or "Plur" in title.morph.get("Number") or \
            not children(title, L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS | L.NAME_PARTS):
        return
    gender = next(iter(title.morph.get("Gender")), None)
    start = context.offset + sentence.start_char
    role = mention(title, context, kind="Role")
    noun, description = title.lemma_.lower(), fold(role.text)
    discourse = context.discourse
    found = discourse.find(
        start, lambda r: r.mention.is_name and discourse.named_as(r, {"Person"}) and r.agrees(gender, None) and
        not discourse.holds_other_post(r.mention, noun, description))
    if found is None:
        return
    position = context.offset + title.idx
    discourse.recalled_roles.setdefault(position, Candidate(
        found.mention, fixed_relation("hasRole"), role, context.evidence(sentence), rule, title.lemma_,
        confidence=0.6))
    discourse.describe(description, position, found.mention)
    title._.kg_referent = found.mention


#: how far back (in characters) a plural reference looks for the entities it stands for: about two sentences
PLURAL_REACH = 400


def note_named_together(sentence: Span, context: Context, subjects_of: Callable[[Token], list[Token]]) -> None:
    """Remember the entities each main clause names together as its subjects (`A et B ont signé`)."""
    for verb in sentence:
        if verb.pos_ in {"VERB", "AUX"} and (verb.dep_ == L.ROOT or verb.dep_ in L.CONJUNCTS):
            names = [s for s in subjects_of(verb) if stands_for_entity(s) and s._.kg_referent is None]
            if len(names) > 1:
                context.discourse.named_together(context.offset + names[0].idx, [mention(s, context) for s in names])


def resolve_plural(token: Token, context: Context, pronouns: frozenset[str], counts: dict[str, int]) -> None:
    """Point a plural pronoun (`ils`, `they`) or a counted description (`les deux groupes`, `both companies`) at the
    entities last named together, when they were named shortly before and their number fits."""
    if token.pos_ == "PRON" and token.lower_ in pronouns and token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS:
        size = None
    elif token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") and not children(token, L.NOUN_MODIFIERS):
        size = next((counts[c.lower_] for c in token.children if c.lower_ in counts), None)
        if size is None or not any(c.dep_ in L.DETERMINERS for c in token.children):
            return
    else:
        return
    position = context.offset + token.idx
    members = context.discourse.group_before(position, PLURAL_REACH, size)
    if members:
        end = max(t.i for t in token.subtree if t.i <= token.i) + 1
        phrase = token.doc[min(t.i for t in token.subtree if t.i <= token.i):end].text
        token._.kg_referent = context.discourse.stand_for_group(position, members, phrase)


def word_before_person(rule: str) -> Rule:
    """The rule named `rule`: a nationality or a party written right before a person's name gives the person's
    country or party (`le Suédois Zlatan Ibrahimovic`, `the Australian Julian Assange`, `le républicain Greg Abbott`).
    """
    def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
        tokens = list(sentence)
        for token, person in zip(tokens, tokens[1:], strict=False):
            if person.ent_type_ in PERSON_ENTITIES and is_name(person) and not is_name(token) and (
                    token.text[:1].isupper() or token.lower_ in context.affiliations):
                yield from _affiliation(mention(person, context), token, context, sentence, rule, suffixed=False)
    return read


def reported_text(verb: Token, context: Context, clause_pos: frozenset[str]) -> Mention | None:
    """What a speech verb reports: its quotation, the sentence before it as an incise, else its clause (a head
    among `clause_pos`) without `que`/`that`."""
    said = quotation(verb) or _before_incise(verb)
    if said is None:
        clause = next((c for c in children(verb, L.CLAUSE_COMPLEMENTS) if c.pos_ in clause_pos), None)
        if clause is None:
            return None
        first = min(t.i for t in clause.subtree if t.dep_ not in L.MARKERS)
        said = verb.doc[first:max(t.i for t in clause.subtree) + 1]
    return Mention(text_of(list(said)), context.offset + said.start_char, context.offset + said.end_char, kind=QUOTE)


def _verb_start(verb: Token) -> tuple[Token, bool]:
    """The first word of a verb group (its auxiliary, if any) and whether a quotation closes right before it."""
    first = min([verb, *children(verb, L.AUXILIARIES)], key=lambda t: t.i)
    return first, any(t.text in QUOTE_MARKS.values() for t in verb.doc[max(0, first.i - 2):first.i])


def is_incise(verb: Token) -> bool:
    """`« … », a déclaré X` / `"…," said X`: a verb set right after a quotation it reports (its subject follows it,
    and parsers often take that subject for an object); or, without quotation marks, after a comma and ending the
    sentence with that subject (`X a été condamné, rapportent les médias.`)."""
    first, quoted = _verb_start(verb)
    if first.i == 0 or verb.doc[first.i - 1].text not in {",", *QUOTE_MARKS.values()}:
        return False
    if quoted:
        return True
    rest = verb.doc[verb.right_edge.i + 1:verb.sent.end]
    return first.i > verb.sent.start + 2 and all(t.is_punct for t in rest) and \
        not any(c.i < verb.i for c in children(verb, L.SUBJECTS)) and \
        any(c.i > verb.i and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in children(verb, L.OBJECTS | L.SUBJECTS))


def _before_incise(verb: Token) -> Span | None:
    """What an incise without quotation marks reports: its sentence up to the comma before it."""
    first, quoted = _verb_start(verb)
    return verb.doc[verb.sent.start:first.i - 1] if not quoted and is_incise(verb) else None


def act_mention(verb: Token, context: Context, left_out: Collection[int] = ()) -> Mention:
    """A clause as the thing a verb is about, as written (`conspiring with others to hack phones`, `ne pas laisser
    tomber ses employés`), without its punctuation, its introducing marker (`de`) and the words `left_out`."""
    words = [t for t in verb.subtree if t.dep_ not in L.PUNCTUATION and not (t.dep_ in L.MARKERS and t.i < verb.i)
             and t.i not in left_out]
    return Mention(text_of(words), context.offset + words[0].idx, context.offset + words[-1].idx + len(words[-1]),
                   kind="Concept", head_lemma=verb.lemma_.lower())


def phrase_role(word: str, noun: Token, complements: list[tuple[str, Token]],
                case_roles: dict[str, str]) -> tuple[str | None, Token]:
    """The role the preposition table gives a prepositional phrase (`sur X` -> topic), and the phrase's head. A
    preposition, a noun and a preposition may be one preposition together, which parsers read with the noun as the
    complement (`en raison de X`, `in partnership with X`): then the role is the whole's, and the head X."""
    if word in case_roles:
        return case_roles[word], noun
    articles = " ".join(c.lower_ for c in noun.children if c.dep_ in L.DETERMINERS and c.i < noun.i)
    for inner_word, inner in complements:
        role = case_roles.get(" ".join(w for w in (word, articles, noun.lower_, inner_word) if w))
        if role is not None:
            return role, inner
    return None, noun


def is_predicative(noun: Token) -> bool:
    """`X is the largest airline`, `X est le premier constructeur`, `the largest airline is X`: a noun that says
    what something is, and so refers to nothing by itself."""
    if noun.dep_ in L.ATTRIBUTES or any(c.dep_ in L.COPULAS for c in noun.children):
        return True
    return noun.dep_ in L.SUBJECTS and named_attribute(noun.head) is not None


def named_attribute(head: Token) -> Token | None:
    """The name a copula equates its subject with: `the largest airline is X` (X the attribute, or the head of the
    clause with the copula hanging on it, as French parses are)."""
    if is_name(head) and any(c.dep_ in L.COPULAS for c in head.children):
        return head
    complements = L.ATTRIBUTES | (L.OPEN_COMPLEMENTS if head.pos_ == "AUX" else frozenset())  # `est` + xcomp
    return next((c for c in head.children if c.dep_ in complements and is_name(c)), None)


def resolve_first_person(token: Token, context: Context, pronouns: Collection[str]) -> None:
    """`« Nous pouvons confirmer … », a dit X`: `je` / `nous` / `I` / `we` in a quotation are its speaker."""
    if token.pos_ != "PRON" or token.lower_ not in pronouns or token._.kg_referent is not None:
        return
    speaker = context.discourse.speaker_at(context.offset + token.idx)
    if speaker is not None:
        token._.kg_referent = speaker


def speech_facts(verb: Token, speakers: list[Token], said: Mention, context: Context, sentence: Span, rule: str,
                 negated: bool, told: list[Token] = (), places: list[Token] = ()) -> Iterator[Candidate]:
    """Each speaker says `said`; the discourse remembers who said that stretch of text (it becomes their source).
    Whoever it was `told` (`a déclaré à l'AFP`, `told Reuters`, `in an interview with X`) was informed by each
    speaker, and is the saying's recipient; both keep where it was said (`à New York`)."""
    where = tuple(Qualifier("place", mention(place, context)) for place in places)
    hearers = tuple(Qualifier("recipient", mention(hearer, context)) for hearer in told)
    for speaker in speakers:
        speaker_mention = mention(speaker, context)
        context.discourse.quote(said.start, said.end, speaker_mention)
        yield Candidate(speaker_mention, fixed_relation("says"), said, context.evidence(sentence), rule, verb.lemma_,
                        hearers + where, negated=negated, confidence=0.7)
        for hearer in told:
            yield Candidate(speaker_mention, fixed_relation("informs"), mention(hearer, context),
                            context.evidence(sentence), rule, verb.lemma_, where, negated=negated, confidence=0.7)


def interviewers(verb: Token, nouns: Collection[str], complements: Callable[[Token], list[tuple[str, Token]]],
                 links: Collection[str]) -> list[Token]:
    """`a-t-il affirmé lors d'une entrevue avec X`, `said in an interview with X`: who interviewed the speaker, from an
    interview noun in the speech verb's own phrases (not in a clause below it)."""
    found = []
    for noun in verb.subtree:
        if noun.lemma_.lower() not in nouns or noun.pos_ != "NOUN" or \
                next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None) != verb:
            continue
        found += [head for link, head in complements(noun) if link in links and stands_for_entity(head)]
    return found


def leader_facts(body: Token, people: list[Token], context: Context, sentence: Span, rule: str
                 ) -> Iterator[Candidate]:
    """`le gouvernement de X`, `son gouvernement`, `the Obama administration`: each person the body is of leads it
    (an organisation's government is not led by it: `le gouvernement de la France`)."""
    led = mention(body, context)
    for person in people:
        leader = mention(person, context)
        if leader.kind == "Person" and leader.text != led.text:
            yield Candidate(leader, fixed_relation("leads"), led, context.evidence(sentence), rule, body.lemma_,
                            confidence=0.7)


#: properties that hold both ways, so a joint event of several agents relates each pair of them
SYMMETRIC_PROPERTIES = frozenset({"partnerOf", "collaboratesWith", "competesWith"})


def relational_facts(named: Mention, noun: Token, others: list[Token], context: Context, sentence: Span,
                     rule: str) -> Iterator[Candidate]:
    """`X, le concurrent de Y`, `X, a unit of Y`: a relational noun's property from the name to each of `others`
    (the names its `de` / `of` complement gives).

    Without any, a partner or a rival is relative to what the text is about (`Safran et Dassault sont parmi les
    partenaires` of the company the article follows): the subject of the latest main clause naming an
    organisation, at lower confidence. (A maker or an owner is not: `the truck maker` makes no one.)
    """
    prop = context.relational_nouns.get(noun.lemma_.lower())
    if prop is None:
        return
    related = [(mention(o, context), 0.75) for o in others]
    if not related and prop in SYMMETRIC_PROPERTIES:
        topic = context.discourse.find(context.offset + sentence.start_char,
                                       lambda r: r.main and context.discourse.named_as(r, {"Organization"}))
        related = [(topic.mention, 0.5)] if topic is not None else []
    for other, confidence in related:
        if other.text != named.text:
            yield Candidate(named, fixed_relation(prop), other, context.evidence(sentence), rule + "+relational",
                            noun.lemma_, confidence=confidence)


def possessor_facts(named: Mention, description: Mention, owners: list[Token], link: str, context: Context,
                    sentence: Span, rule: str) -> Iterator[Candidate]:
    """`son atout maître, le Suédois X`: a person described by a noun someone has, which the lexicon does not
    know, is that noun of its owner (`X | atout maître de | Y`, a relation minted from the noun)."""
    label = f"{fold(description.text)} {link}"
    relation = Relation(minted_name(label), f"{description.text} {link}", minted=True)
    for owner in (mention(o, context) for o in owners) if named.kind == "Person" else ():
        if owner.text != named.text:
            yield Candidate(named, relation, owner, context.evidence(sentence), rule, description.head_lemma,
                            confidence=0.6)


def joint_facts(agents: list[Token], relation: Relation, context: Context, sentence: Span, rule: str,
                lemma: str, negated: bool = False) -> Iterator[Candidate]:
    """`A et B ont annoncé un partenariat`, `A and B formed an alliance`: each pair of agents is related."""
    if relation.local_name not in SYMMETRIC_PROPERTIES:
        return
    parties = [mention(a, context) for a in agents]
    for i, first in enumerate(parties):
        for second in parties[i + 1:]:
            if first.text != second.text:
                yield Candidate(first, relation, second, context.evidence(sentence), rule, lemma, negated=negated,
                                confidence=0.6)


def quantified_by_none(noun: Token | None, negative_determiners: Collection[str]) -> bool:
    """`aucun accord`, `no agreement`, `nul ne`: a noun whose determiner says there is none of it."""
    return noun is not None and any(c.dep_ in L.DETERMINERS and c.lower_ in negative_determiners
                                    for c in noun.children)


#: classes a described name can take from its class noun (`the startup X` is an organisation)
NAMED_KINDS = frozenset({"Organization", "Person", "Place", "Product"})


def typed_by(named: Mention, noun: Token, context: Context) -> Mention:
    """The name with the kind its class noun gives (`la start-up X`, `the carmaker X`), when the noun has one; the
    document's discourse remembers it for the name's other mentions."""
    kind = context.noun_kinds.get(noun.lemma_.lower())
    if not named.is_name or kind not in NAMED_KINDS:
        return named
    context.discourse.type_name(named, kind)
    return replace(named, kind=kind, typed=True)
