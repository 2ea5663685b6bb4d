"""How kg adapts an English spaCy pipeline: verb forms the rule lemmatizer reads as another verb."""

from spacy.language import Language
from spacy.tokens import Doc

from . import WORDS

ENGLISH_VERB_LEMMAS = "kg_english_verb_lemmas"


def adapt(nlp: Language) -> None:
    """Add the English components to a loaded pipeline."""
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(ENGLISH_VERB_LEMMAS, after="lemmatizer")


@Language.component(ENGLISH_VERB_LEMMAS)
def _english_verb_lemmas(doc: Doc) -> Doc:
    """Give the verb forms of `VERB_LEMMAS` their lemma: the rule lemmatizer tries its suffix rules in order and
    keeps the first verb of its index, so `fined` becomes `fin` (a verb there too), not `fine`."""
    for token in doc:
        if token.pos_ == "VERB" and token.lower_ in WORDS.VERB_LEMMAS:
            token.lemma_ = WORDS.VERB_LEMMAS[token.lower_]
    return doc
