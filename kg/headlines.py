"""Sentences whose verb the tagger took for a noun or an adjective, read as clauses.

News headlines drop articles and punctuation, and present-tense verbs are often nouns or adjectives too: the French
model reads `Le Vatican sonde sur la contraception` as `the Vatican (a probe) on contraception`, `L'armée
pourchasse les rebelles` as one noun phrase, and may split `Airbus livre des avions à X` in two sentences; the
English one reads `Court blocks ruling` as a noun phrase. Parsing again does not help (the same model reads
`Il sonde sur …` the same way); running text does it too after a description set off by commas (`Marie Martin,
professeure à l'université de X, juge …`, with `juge` a second apposition). So a block without any finite verb, made
of a noun phrase (and such a description) and then a word that is a verb form by the lemmatizer's own tables, is
rebuilt as the clause it is: that word the verb, the noun phrase its subject, the phrases after it its object (no
preposition) or arguments (a preposition), coordinated phrases coordinated with the first. Text, tokens and entities
stay.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .extract import labels as L
from .lang import LANGUAGES
from .lang.words import WordLists

VERBLESS = "kg_verbless"
NOMINAL = frozenset({"NOUN", "PROPN"})
#: what the tagger calls a verb it does not see
CANDIDATES = frozenset({"NOUN", "ADJ", "ADV", "X"})
MAX_HEADLINE_TOKENS = 40


class VerbForms:
    """Whether a word is a finite form of a known verb, from the lemmatizer's verb list and irregular forms."""

    def __init__(self, nlp: Language, words: WordLists) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups
        self.lemmas = frozenset(lookups.get_table("lemma_index").get("verb", []))
        self.irregular = lookups.get_table("lemma_exc").get("verb", {})
        self.words = words

    def lemma(self, word: str, plural: bool = False) -> str | None:
        """The verb `word` is a finite form of (`sonde` -> `sonder`, `dément` -> `démentir`, `blocks` -> `block`,
        `oversaw` -> `oversee`; with a `plural` subject, `own` -> `own`), else None."""
        word = word.lower()
        if word in self.words.VERB_LEMMAS:  # (forms whose suffix rules mislead: `fines` is no form of `fin`)
            return self.words.VERB_LEMMAS[word]
        plural_form = self._regular(word, self.words.PLURAL_PRESENT_ENDINGS) if plural else None
        if plural_form is not None or word.endswith(self.words.PARTICIPLE_ENDINGS):
            return plural_form  # (a base form may end as a participle does: `own`, `need`)
        regular = self._regular(word, self.words.PRESENT_ENDINGS)
        if regular is not None:
            return regular
        forms = self.irregular.get(word)
        return forms[0] if forms else None

    def _regular(self, word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
        """The verb of which `word` is a form made with one of `endings` (tried in order), else None."""
        for ending, replacement in endings:
            stem = word[:len(word) - len(ending)]
            if word.endswith(ending) and stem + replacement in self.lemmas:
                return stem + replacement
        return None


#: where a verb form that heads no clause hangs (`Court blocks merger` parsed as a compound noun)
NOMINAL_DEPS = L.NAME_PARTS | L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS | L.APPOSITIONS


def _finite(token: Token) -> bool:
    """A finite verb heading a clause."""
    return ("Fin" in token.morph.get("VerbForm") or token.pos_ == "AUX") and token.dep_ not in NOMINAL_DEPS


def _candidate(token: Token) -> bool:
    return token.text[:1].islower() and (
        token.pos_ in CANDIDATES or (token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS))


def _hidden_verb(sentence: Span, forms: VerbForms) -> tuple[Token, str] | None:
    """In a sentence without a finite verb, the first lower-case word after a noun phrase (nouns, articles,
    possessives, adjectives, noun complements, and a description set off by commas: `Marie Martin, professeure à
    l'université de X, juge …`) that is a verb form (a plural one after a plural or coordinated noun phrase) and has
    words after it, with its lemma; else None."""
    if any(_finite(t) for t in sentence):
        return None
    seen_noun = plural = set_off = False  # (a plural noun phrase takes a plural form right after its noun, but no
    # adverb: `Valtek shares down`)
    for token in sentence[:-1]:
        if set_off:
            set_off = token.text != ","  # (the description's words, whatever they are, up to its closing comma)
            continue
        if not seen_noun and token.pos_ == "ADV":
            continue  # `Meanwhile, the two reporters oversaw …`
        if seen_noun and token.text == "," and token.doc[token.i + 1].pos_ in {"NOUN", "DET"}:
            set_off = True  # (but a name after the comma is another subject: `Valtek, Brimex agree merger`)
            continue
        if seen_noun and _candidate(token):
            after_noun = token.doc[token.i - 1].pos_ in NOMINAL  # (not `her husband`, a noun after its determiner)
            lemma = forms.lemma(token.text, plural=plural and after_noun and token.pos_ != "ADV")
            if lemma is not None:
                return token, lemma
        if token.pos_ in NOMINAL:
            seen_noun = True
            plural = plural or "Plur" in token.morph.get("Number")
        elif seen_noun and token.dep_ in L.COORDINATORS:
            plural = True
        elif token.pos_ not in {"DET", "ADJ", "PUNCT"} and not (
                token.lemma_ == forms.words.COMPLEMENT_CASE or token.dep_ in L.NAME_PARTS | L.COORDINATORS |
                L.POSSESSORS):
            return None  # a preposition, a verb: the noun phrase is over and no verb followed it
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
        self.sent_starts = [bool(t.is_sent_start) for t in doc]

    def doc(self, vocab: Vocab) -> Doc:
        return Doc(vocab, words=self.words, spaces=self.spaces, heads=self.heads, deps=self.deps, pos=self.pos,
                   tags=self.tags, morphs=self.morphs, lemmas=self.lemmas, ents=self.ents,
                   sent_starts=self.sent_starts)


class Labels:
    """The dependency labels of one pipeline's scheme that a rebuilt clause uses (UD `obj`, ClearNLP `dobj`)."""

    def __init__(self, nlp: Language) -> None:
        known = set(nlp.get_pipe("parser").labels)
        self.subject = next(iter(L.SUBJECTS & known))
        self.object = next(iter(L.OBJECTS & known))
        self.argument = next(iter(L.ARGUMENT_OBLIQUES & known), None)
        self.determiner = next(iter(L.DETERMINERS & known))


def _case(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in L.CASE_MARKERS and c.i < token.i), None)


def _as_clause(arrays: Arrays, span: Span, verb: Token, lemma: str, labels: Labels, words: WordLists) -> None:
    """Rebuild `span` in `arrays` as one clause around `verb`."""
    before = list(span.doc[span.start:verb.i])
    subject = _subject_head(before)
    for token in before:
        if token.head.i >= verb.i or token.head.i < span.start or token.head == token:
            arrays.heads[token.i] = verb.i if token == subject else subject.i
    arrays.deps[subject.i] = labels.subject
    arrays.heads[verb.i], arrays.deps[verb.i] = verb.i, L.ROOT
    arrays.pos[verb.i], arrays.lemmas[verb.i], arrays.morphs[verb.i] = "VERB", lemma, "VerbForm=Fin"
    first = None
    for token in span.doc[verb.i + 1:span.end]:
        if verb.i < token.head.i < span.end and token.head != token:
            continue  # inside a phrase after the verb: as parsed
        arrays.heads[token.i] = verb.i
        case = _case(token)
        if token.dep_ in L.CONJUNCTS and first is not None:
            arrays.heads[token.i] = first.i
        elif case is not None and case.lemma_ == words.COMPLEMENT_CASE and case.i == verb.i + 1:
            arrays.deps[token.i], arrays.deps[case.i], arrays.pos[case.i] = labels.object, labels.determiner, "DET"
        elif case is not None and labels.argument is not None:
            arrays.deps[token.i] = labels.argument
        elif token.pos_ in NOMINAL or (first is None and token.i == verb.i + 1 and token.pos_ == "VERB"):
            arrays.deps[token.i], arrays.pos[token.i] = labels.object, "NOUN"  # `blocks ruling`: a noun
        if arrays.pos[token.i] in NOMINAL and first is None:
            first = token
    for token in span[1:]:
        arrays.sent_starts[token.i] = False


def _spans(doc: Doc) -> list[Span]:
    """Where to look for a hidden verb: a short block without any finite verb as a whole (the parser may have
    split a headline in two), else each short sentence."""
    if len(doc) <= MAX_HEADLINE_TOKENS and not any(_finite(t) for t in doc):
        return [doc[:]]
    return [s for s in doc.sents if len(s) <= MAX_HEADLINE_TOKENS]


class Verbless:
    """The pipeline component (it reads the lemmatizer's tables, which are loaded after the factories run)."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.nlp, self.words = nlp, LANGUAGES[lang].words
        self.forms: VerbForms | None = None
        self.labels: Labels | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.forms is None or self.labels is None:
            self.forms, self.labels = VerbForms(self.nlp, self.words), Labels(self.nlp)
        arrays = None
        for span in _spans(doc):
            found = _hidden_verb(span, self.forms)
            if found is not None:
                arrays = arrays or Arrays(doc)
                _as_clause(arrays, span, *found, self.labels, self.words)
        if arrays is None:
            return doc
        mended = arrays.doc(doc.vocab)
        mended.user_data.update(doc.user_data)
        mended._context = doc._context  # what `nlp.pipe(…, as_tuples=True)` gives back with the Doc
        return mended


@Language.factory(VERBLESS, default_config={"lang": "fr"})
def make_verbless(nlp: Language, name: str, lang: str) -> Verbless:
    return Verbless(nlp, lang)
