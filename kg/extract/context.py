"""Where rules read: the paragraph's context (document, offset, lexicons, discourse), sentences whose tokens are
made once, each token's children by label, and the preposition that introduces a word.
"""

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import wraps
from types import ModuleType
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ..lang import LANGUAGES
from ..lang.words import WordLists
from ..model import Candidate, Evidence, Relation
from ..ontology import Lexicon, date_properties, property_labels
from . import labels as L
from .discourse import Discourse, Note

T = TypeVar("T")


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
    #: nouns that describe a name without an article (`X, stratège chez Y`, `X, habitant de Y`): roles and
    #: relational nouns
    describing_nouns: frozenset[str] = frozenset()
    #: nationality and party words (`suédois`, `républicain`): they say where someone is from or belongs
    affiliation_words: frozenset[str] = frozenset()
    #: the verb lexicon, for patterns whose property is a verb's frame (`"frame": "in"`)
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)
    _evidence: dict[int, Evidence] = field(default_factory=dict, compare=False, repr=False)

    def names_an_event(self, noun: Token) -> bool:
        """An event noun: of the lexicon's Event class, or a nominal of a verb (`l'initiative`, `la vente`)."""
        return _an_event(noun.lemma_.lower(), self.noun_kinds, self.nominals)

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
            made = doc.user_data.get(TOKENS)
            tokens = self.__dict__["tokens"] = made[self.start:self.end] if made is not None else [
                doc[i] for i in range(self.start, self.end)]
        return iter(tokens)


#: a rule reads one sentence and yields the candidate facts of the construction it knows, and what they tell the
#: discourse (`Note`: who said a quotation, what a noun described), which the driver tells it after the sentence
Rule = Callable[[Span, "Context", Lexicon], Iterator[Candidate | Note]]


def fixed_relation(local_name: str) -> Relation:
    """An ontology property a rule names itself (roles, classes, speech), not through the verb lexicon."""
    return Relation(local_name, property_labels()[local_name], dated=local_name in date_properties())


#: token extensions kg sets: a capitalised known common noun (not a name), what a word refers to
for _name, _default in (("kg_common_noun", False), ("kg_referent", None)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)

LEXICON_NOUNS = "kg_lexicon_nouns"  # Doc.user_data key: (noun -> class, led nouns) of the lexicon reading the Doc


def _noun_class(token: Token) -> str:
    nouns = token.doc.user_data.get(LEXICON_NOUNS)
    return nouns[0].get(token.lemma_.lower(), "") if nouns is not None else ""


def event_noun(token: Token) -> bool:
    """`Context.names_an_event`, from what `prepare` told the Doc (a mention is built where no context is at hand)."""
    nouns = token.doc.user_data.get(LEXICON_NOUNS)
    return nouns is not None and _an_event(token.lemma_.lower(), nouns[0], nouns[2])


def _an_event(lemma: str, noun_kinds: Mapping[str, str], nominals: Mapping[str, str]) -> bool:
    return noun_kinds.get(lemma) == "Event" or lemma in nominals


def _led(token: Token) -> bool:
    nouns = token.doc.user_data.get(LEXICON_NOUNS)
    return nouns is not None and token.lemma_.lower() in nouns[1]


def _passive(token: Token) -> bool:
    return bool(children(token, L.PASSIVE_SUBJECTS))


def _auxiliary(token: Token) -> bool:
    return bool(children(token, L.AUXILIARIES))


#: for patterns: the lexicon's class of a noun (`Role`, `Product`…), whether it names a body its person leads, and
#: whether a verb has a passive subject or an auxiliary (which a pattern cannot test by absence: `X, nommé directeur`
#: is a participle on its own, `X a été nommé` is not), looked up when a pattern asks (`{"_": {"kg_led": true}}`)
for _name, _getter in (("kg_noun_class", _noun_class), ("kg_led", _led), ("kg_passive", _passive),
                       ("kg_auxiliary", _auxiliary)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, getter=_getter)

#: the lexicon's classes of the nouns that stand for someone who acts or owns: a person, a post's holder, an
#: organisation (`le chef`, `la police`, `the first airline to charge`)
SOMEONE_CLASSES = frozenset({"Person", "Role", "Organization"})


#: Doc.user_data key: token index -> the fuller phrase a bare definite noun is written as (`recall_phrases`)
FULLER = "kg_fuller"


CHILDREN = "kg_children"  # Doc.user_data key: token index -> ((dependency label, child), ...)


TOKENS = "kg_tokens"  # Doc.user_data key: the Doc's tokens, made once


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once when its names are indexed (indexing a Doc makes a new Token each time)."""
    made = doc.user_data.get(TOKENS)
    return made if made is not None else list(doc)


_NO_WORDS = WordLists()


_WORDS = "kg_words"  # Doc.user_data key: the word lists of the Doc's language (`Doc.lang_` costs a vocab lookup)


def words_of(doc: Doc) -> WordLists:
    """The word lists of the language a Doc is in (none for a language kg does not know)."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        language = LANGUAGES.get(doc.lang_)
        words = doc.user_data[_WORDS] = language.words if language is not None else _NO_WORDS
    return words


_GRAMMAR = "kg_grammar"  # Doc.user_data key: the grammar adapter module of the Doc's language


def grammar_of(doc: Doc) -> ModuleType:
    """The grammar adapter of the language a Doc is in, which the rules shared by every language ask how its parses
    show a verb's objects, subjects, qualifiers."""
    grammar = doc.user_data.get(_GRAMMAR)
    if grammar is None:
        grammar = doc.user_data[_GRAMMAR] = LANGUAGES[doc.lang_].grammar_module()
    return grammar


def _word(token: Token, contractions: dict[str, str]) -> str:
    word = token.lower_.rstrip("'’")
    return contractions.get(word, word)


_INTRODUCERS = L.CASE_MARKERS | L.MARKERS
def once_per_token(function: Callable[[Token], T]) -> Callable[[Token], T]:
    """A function of a token and its parse, answered once per token when the parse is final (the Doc's children
    are indexed, `prepare`): rules ask the same questions of the same words again and again."""
    key = f"kg_once_{function.__module__}.{function.__qualname__}"  # Doc.user_data key: token index -> answer

    @wraps(function)
    def answered(token: Token) -> T:
        user_data = token.doc.user_data
        if CHILDREN not in user_data:
            return function(token)
        answers = user_data.setdefault(key, {})
        if token.i not in answers:
            answers[token.i] = function(token)
        return answers[token.i]
    return answered


@once_per_token
def case_word(token: Token) -> str:
    """The preposition introducing a nominal (`à`, `pour`, `en tant que`…) or a clause's marker; '' if none.

    Contractions are undone (`aux` -> `à`, `du` -> `de`) and fixed expressions kept whole, or read as the one-word
    preposition they behave as (`au sein de` -> `chez`).
    """
    return _case_word(token, (child for _, child in children_of(token)))


def _case_word(token: Token, children: Iterator[Token]) -> str:
    for child in children:
        if child.dep_ in _INTRODUCERS and child.i < token.i:
            fixed = [c for c in child.children if c.dep_ in L.FIXED]
            words = words_of(token.doc)
            written = " ".join(_word(t, words.CONTRACTIONS) for t in [child, *fixed])
            return words.COMPOUND_CASES.get(written, written) if fixed else written
    return words_of(token.doc).PREPOSITIONAL_RELATIVES.get(token.lower_, "")  # (`dont`: `de`)


if not Token.has_extension("kg_case"):  # patterns test it: `{"_": {"kg_case": "à"}}`
    Token.set_extension("kg_case", getter=case_word)


def complements(word: Token, deps: frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, head) of each child of `word` with one of `deps` (`` for a bare one): `à Lyon` -> ("à", Lyon)."""
    return [(case_word(c), c) for c in children(word, deps)]


MORPHOLOGY = "kg_morphology"  # Doc.user_data key: token index -> {feature: [values]}, once the parse is final


def index_morphology(tokens: list[Token]) -> None:
    """Each token's morphological features, read once: spaCy makes a new `MorphAnalysis` at each `token.morph` and
    splits its string at each `.get` (about 2 µs), and the rules ask the same tokens' number and verb form again and
    again."""
    if tokens:
        tokens[0].doc.user_data[MORPHOLOGY] = [_features(str(t.morph)) for t in tokens]


def _features(written: str) -> dict[str, list[str]]:
    """`Number=Plur|PronType=Int,Rel` -> {"Number": ["Plur"], "PronType": ["Int", "Rel"]}."""
    return {feature: values.split(",") for feature, _, values in (f.partition("=") for f in written.split("|") if f)}


def morph(token: Token, feature: str, default: list[str] | None = None) -> list[str]:
    """The values of one morphological feature of `token`, as `token.morph.get(feature, default)` gives them."""
    table = token.doc.user_data.get(MORPHOLOGY)
    found = table[token.i].get(feature) if table is not None else token.morph.get(feature)
    return found if found else (default if default is not None else [])


def children_of(token: Token) -> tuple[tuple[str, Token], ...]:
    """(dependency label, child) of each child of `token`, in order."""
    kids = token.doc.user_data.get(CHILDREN)
    return kids[token.i] if kids is not None else tuple((child.dep_, child) for child in token.children)


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    """The children of `token` whose dependency label is one of `deps`, in order."""
    doc = token.doc
    kids = doc.user_data.get(CHILDREN)
    if kids is None:
        return [child for child in token.children if child.dep_ in deps]
    return [child for dep, child in kids[token.i] if dep in deps]
