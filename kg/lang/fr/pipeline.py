"""How kg adapts a French spaCy pipeline: hyphenated words and abbreviations (`Inc.`) kept whole by the tokenizer,
and an elided word before a quotation mark split off, numbers written in groups of digits made one word, verb lemmas
the lemmatizer gives up on, and the parse repairs of `repairs.py`."""

import re

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from ...extract import labels as L
from . import WORDS
from .repairs import FRENCH_LEMMA_REPAIRS, FRENCH_REPAIRS, noun_modifier_of_a_verb


def adapt(nlp: Language) -> None:
    """Add the French hooks and components to a loaded pipeline."""
    _keep_hyphenated_words(nlp)
    _keep_abbreviations(nlp)
    _split_elision_before_quotes(nlp)
    nlp.add_pipe(FRENCH_NUMBERS, first=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(FRENCH_VERB_LEMMAS, after="lemmatizer")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(FRENCH_LEMMA_REPAIRS, after=FRENCH_VERB_LEMMAS)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(FRENCH_REPAIRS, after="parser")


FRENCH_NUMBERS = "kg_french_numbers"
#: a number's first group of digits, and each group of three after a space (`3 000`, `1 200 000,5`)
_LEADING_DIGITS = re.compile(r"\d{1,3}")
_DIGIT_GROUP = re.compile(r"\d{3}(?:,\d+)?")


@Language.component(FRENCH_NUMBERS)
def _french_numbers(doc: Doc) -> Doc:
    """Make a number written in groups of three digits one word (`3 000 personnes`): French separates thousands
    with a space, which the tokenizer splits on, and the tagger then takes the groups for determiners."""
    spans, i = [], 0
    while i < len(doc):
        end = i
        if _LEADING_DIGITS.fullmatch(doc[i].text):
            while end + 1 < len(doc) and doc[end].whitespace_ == " " and _DIGIT_GROUP.fullmatch(doc[end + 1].text):
                end += 1
        if end > i:
            spans.append(doc[i:end + 1])
        i = end + 1
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


FRENCH_VERB_LEMMAS = "kg_french_verb_lemmas"
#: infinitive endings: a French verb lemma without one is the lemmatizer giving up on a form it does not know
_INFINITIVE = re.compile(r"(?:er|ir|ïr|re)$")
#: endings of present-tense forms of `-er` verbs, the ones the lookup lemmatizer misses most (`reproche`)
_PRESENT_ER = re.compile(r"(?:e|es|ent)$")


#: past participles of verbs conjugated with `être` that the tagger calls adjectives (`il est mort à Paris`)
_ETRE_PARTICIPLES = {"mort": "mourir", "décédé": "décéder", "né": "naître"}
#: forms of the present that are also another verb's simple past, which the lemmatizer gives (`il vit à Lyon`: vivre,
#: not voir): in the present they are this verb's
_PRESENT_FORMS = {"vis": "vivre", "vit": "vivre"}


@Language.component(FRENCH_VERB_LEMMAS)
def _french_verb_lemmas(doc: Doc) -> Doc:
    """Give a verb whose lemma is no infinitive (or is its own finite form: `demeure`) the `-er` infinitive of its
    present form (`reproche` -> `reprocher`): most French verbs are `-er` verbs, and a lexicon looks verbs up by lemma.
    A present form that is also another verb's simple past is the present's verb (`vit`: vivre). A past participle
    taken for an adjective or a bare noun after `être` (`est mort`, `sont morts`, `est née`) is that verb in the
    perfect, and a phrase the parser hung on the adjective as a noun's modifier is the verb's oblique (`sont morts dans
    l'incendie`)."""
    for token in doc:
        gave_up = not _INFINITIVE.search(token.lemma_) or (  # (no infinitive is a finite form)
            token.lemma_ == token.lower_ and "Fin" in token.morph.get("VerbForm"))
        if token.pos_ == "VERB" and gave_up and _PRESENT_ER.search(token.lower_):
            token.lemma_ = _PRESENT_ER.sub("er", token.lower_)
        if token.pos_ == "VERB" and token.lower_ in _PRESENT_FORMS and "Pres" in token.morph.get("Tense"):
            token.lemma_ = _PRESENT_FORMS[token.lower_]
        verb = _ETRE_PARTICIPLES.get(token.lemma_.lower()) if token.pos_ == "ADJ" or token.pos_ == "NOUN" and \
            not any(c.dep_ in L.DETERMINERS for c in token.children) else None  # (`sont des morts`: a noun)
        copulas = [c for c in token.children if c.dep_ in L.COPULAS | L.AUXILIARIES and c.lemma_ == "être"]
        if verb is not None and copulas:
            token.pos_, token.lemma_ = "VERB", verb
            for copula in copulas:
                copula.dep_ = L.UD_TENSE_AUXILIARY
            for phrase in token.children:
                if noun_modifier_of_a_verb(phrase):
                    phrase.dep_ = L.UD_MODIFIER
    return doc


#: an elided word before an opening quotation mark (`l'« opération »`, `qualifié d'« inacceptable »`), which
#: spaCy's French prefixes split only before a letter: `l'«` became `l`, `'` and `«`
_ELISION_BEFORE_QUOTE = r"(?:[DdLlNn]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[«\"“‹])"


def _split_elision_before_quotes(nlp: Language) -> None:
    """Make an elided word before an opening quotation mark a token of its own, as before a letter."""
    prefixes = [_ELISION_BEFORE_QUOTE, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


#: a word joined by hyphens, all lower-case (`start-up`, `week-end`, `main-d'œuvre`) or capitalised at both ends
#: (`Royaume-Uni`, `Rolls-Royce`, `Saint-Jean-d'Angély`), but not `Au-delà`: a sentence's first word is capitalised
#: whatever it is. A part after a hyphen may open with an elided `d'`.
_HYPHENATED = re.compile(r"[^\W\d_A-ZÀ-Þ][^\W\d_]*(?:-(?:d['’])?[^\W\d_]+)+|"
                         r"[A-ZÀ-Þ][^\W\d_]*(?:-(?:d['’])?[^\W\d_]+)*-(?:d['’])?[A-ZÀ-Þ][^\W\d_]*")
#: what ends a verb with an inverted pronoun (`dit-il`, `a-t-elle`, `donne-le`) or a demonstrative (`celle-là`)
_CLITICS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "t", "y", "en", "le", "la",
                      "les", "lui", "leur", "moi", "toi", "ci", "là"})


def _keep_abbreviations(nlp: Language) -> None:
    """Keep the abbreviations of `ABBREVIATIONS` whole with their full stop: split off, the stop ends the sentence
    (`Valtek Inc. est …`)."""
    for abbreviation in WORDS.ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _keep_hyphenated_words(nlp: Language) -> None:
    """Keep French hyphenated words whole, as the treebanks the model learnt from write them.

    spaCy's French tokenizer keeps only the hyphenated words of its exception list, so a common loan word such as
    `start-up` reaches the tagger as three tokens and throws the parse of the whole sentence off.
    """
    default = nlp.tokenizer.token_match

    def token_match(text: str) -> bool:
        if default is not None and default(text) or WORDS.SCORES.fullmatch(text):  # (`a battu X 3-1`)
            return True
        if not _HYPHENATED.fullmatch(text):
            return False
        last = text.rsplit("-", 1)[1]  # (a place's inner `de`, `la` are no clitics: `Cité-de-la-Santé`)
        return last[:1].isupper() or not _CLITICS.intersection(text.lower().split("-")[1:])

    nlp.tokenizer.token_match = token_match
