"""Headlines whose verb the tagger took for a noun or an adjective, read as clauses.

News headlines drop articles and punctuation, and French present-tense verbs are often nouns or adjectives too: the
model reads `Le Vatican sonde sur la contraception` as `the Vatican (a probe) on contraception`, `L'armée
pourchasse les rebelles` as one noun phrase, and may even split `Airbus livre des avions à X` in two sentences.
Parsing again does not help (the same model reads `Il sonde sur …` the same way). So a block without any verb, made
of a noun phrase and then a word that is a verb form by the lemmatizer's own tables, is rebuilt as the clause it
is: that word the verb, the noun phrase its subject, the phrases after it its object (no preposition) or
arguments (a preposition), coordinated phrases coordinated with the first. Text, tokens and entities stay.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .extract import labels as L

FRENCH_VERBLESS = "kg_french_verbless"
#: endings of participles, which make a verbless headline of their own kind (`le chef des rebelles tué par …`)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant")
#: French present-tense endings of `-er` verbs: `sonde`, `pourchassent`
PRESENT_ER = ("ent", "e")
MAX_HEADLINE_TOKENS = 40
NOMINAL = frozenset({"NOUN", "PROPN"})
#: what the tagger calls a verb it does not see
CANDIDATES = frozenset({"NOUN", "ADJ", "ADV", "X"})
#: the preposition of a noun's complement, which a subject may have (`le chef des rebelles pourchasse …`)
COMPLEMENT_CASE = "de"


class VerbForms:
    """Whether a word is a finite form of a known verb, from the lemmatizer's verb list and irregular forms."""

    def __init__(self, nlp: Language) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups
        self.lemmas = frozenset(lookups.get_table("lemma_index").get("verb", []))
        self.irregular = lookups.get_table("lemma_exc").get("verb", {})

    def lemma(self, word: str) -> str | None:
        """The verb `word` is a present-tense form of (`sonde` -> `sonder`, `dément` -> `démentir`), else None."""
        word = word.lower()
        if word.endswith(PARTICIPLE_ENDINGS):
            return None
        for ending in PRESENT_ER:
            if word.endswith(ending) and word[:-len(ending)] + "er" in self.lemmas:
                return word[:-len(ending)] + "er"
        forms = self.irregular.get(word)
        return forms[0] if forms else None


def _hidden_verb(sentence: Span, forms: VerbForms) -> tuple[Token, str] | None:
    """In a sentence without a verb, the first lower-case word after a noun phrase (nouns, articles, adjectives,
    `de` complements) that is a verb form and has words after it, with its lemma; None if there is none."""
    if any(t.pos_ in {"VERB", "AUX"} for t in sentence):
        return None
    seen_noun = False
    for token in sentence[:-1]:
        if seen_noun and token.text[:1].islower() and token.pos_ in CANDIDATES:
            lemma = forms.lemma(token.text)
            if lemma is not None:
                return token, lemma
        if token.pos_ in NOMINAL:
            seen_noun = True
        elif token.pos_ not in {"DET", "ADJ"} and token.lemma_ != COMPLEMENT_CASE:
            return None  # a preposition, a comma: the noun phrase is over and no verb followed it
    return None


def _subject_head(tokens: list[Token]) -> Token:
    """The head of the noun phrase before the verb: its token whose head lies outside it (the last such noun)."""
    inside = {t.i for t in tokens}
    outer = [t for t in tokens if t.head.i not in inside or t.head == t]
    nouns = [t for t in outer if t.pos_ in NOMINAL]
    return (nouns or outer)[-1]


class Arrays:
    """A Doc's annotations as lists, to change some and build the Doc again (a parsed Doc's sentence starts can
    not be changed in place)."""

    def __init__(self, doc: Doc) -> None:
        self.words = [t.text for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]
        self.heads = [t.head.i for t in doc]
        self.deps = [t.dep_ for t in doc]
        self.pos = [t.pos_ for t in doc]
        self.tags = [t.tag_ for t in doc]
        self.morphs = [str(t.morph) for t in doc]
        self.lemmas = [t.lemma_ for t in doc]
        self.ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]

    def doc(self, vocab: Vocab) -> Doc:
        return Doc(vocab, words=self.words, spaces=self.spaces, heads=self.heads, deps=self.deps, pos=self.pos,
                   tags=self.tags, morphs=self.morphs, lemmas=self.lemmas, ents=self.ents,
                   sent_starts=[i == 0 for i in range(len(self.words))])


def _case(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in L.CASE_MARKERS and c.i < token.i), None)


def _as_clause(doc: Doc, verb: Token, lemma: str) -> Arrays:
    """The block as one clause around `verb`."""
    arrays = Arrays(doc)
    before = list(doc[:verb.i])
    subject = _subject_head(before)
    for token in before:
        if token.head.i >= verb.i or token.head == token:
            arrays.heads[token.i] = verb.i if token == subject else subject.i
    arrays.deps[subject.i] = L.UD_SUBJECT
    arrays.heads[verb.i], arrays.deps[verb.i] = verb.i, L.ROOT
    arrays.pos[verb.i], arrays.lemmas[verb.i], arrays.morphs[verb.i] = "VERB", lemma, ""
    first = None
    for token in doc[verb.i + 1:]:
        if verb.i < token.head.i and token.head != token:
            continue  # inside a phrase after the verb: as parsed
        arrays.heads[token.i] = verb.i
        case = _case(token)
        if token.dep_ in L.CONJUNCTS and first is not None:
            arrays.heads[token.i] = first.i
        elif case is not None and case.lemma_ == COMPLEMENT_CASE and case.i == verb.i + 1:
            arrays.deps[token.i], arrays.deps[case.i], arrays.pos[case.i] = L.UD_OBJECT, L.UD_DETERMINER, "DET"
        elif case is not None:
            arrays.deps[token.i] = L.UD_ARGUMENT
        elif token.pos_ in NOMINAL:
            arrays.deps[token.i] = L.UD_OBJECT
        if token.pos_ in NOMINAL and first is None:
            first = token
    return arrays


def read_verbless(doc: Doc, forms: VerbForms) -> Doc:
    """The block read as a clause if it is a verbless headline with a hidden verb, else as parsed."""
    if len(doc) > MAX_HEADLINE_TOKENS:
        return doc
    found = _hidden_verb(doc[:], forms)
    if found is None:
        return doc
    verb, lemma = found
    mended = _as_clause(doc, verb, lemma).doc(doc.vocab)
    mended.user_data.update(doc.user_data)
    mended._context = doc._context  # what `nlp.pipe(…, as_tuples=True)` gives back with the Doc
    return mended


@Language.factory(FRENCH_VERBLESS)
def make_verbless(nlp: Language, name: str) -> "Verbless":
    return Verbless(nlp)


class Verbless:
    """The pipeline component (it needs the lemmatizer's tables, which are loaded after the factories run)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.forms: VerbForms | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.forms is None:
            self.forms = VerbForms(self.nlp)
        return read_verbless(doc, self.forms)
