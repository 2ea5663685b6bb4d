"""Extraction: dependency rules per language turn a document's parsed paragraphs into `Candidate` facts.

A language (`kg.lang.LANGUAGES`) gives its constructions as data (`kg/lang/<code>/patterns.jsonl`) and says in
`rules.toml` in which order its rules read a sentence (constructions, and readings still written in Python named as
`module:function`), which module resolves references (`resolve_references` points pronouns and descriptions at
earlier entities before the rules read a sentence, `note_sentence` keeps what a sentence leaves for later ones) and
which rules make something a member of a group. A language with no `rules.toml` is read by its constructions alone.

Rules are pure: they yield facts, and notes for the discourse (who said a quotation, what a noun described), which
the driver tells it once every rule has read the sentence. A document is read once, sentence by sentence; a
sentence is read again only when something told after it changes what it refers to: a quotation whose speaker is
named after it (`« Nous … », a dit X`: its `nous` is X), a description that points forward to an event (a
headline's `l'initiative`, told in the text below), or a class noun saying what one of its own names is (`X, un
groupe affilié à Y`: X is no place). On the development set that is about 1.07 readings per sentence.
"""

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span

from ..errors import LexiconError, UnsupportedLanguage
from ..lang import LANGUAGES
from ..lang.defaults import LanguageDefaults
from ..model import Candidate, Mention, Qualifier
from ..nlp import Paragraph
from ..ontology import Lexicon, property_groups
from ..text import fold
from .constructions import Constructions, load_constructions
from .context import LEXICON_NOUNS, TOKENS, Context, Rule, Sentence, index_morphology, words_of
from .discourse import Discourse, in_text_order
from .grammar import mend_event_phrases, mend_idiom_adjective_phrases, mend_second_complements
from .groups import spread_to_members
from .handlers import Construction
from .lede import identify_lede
from .mentions import QUOTE_CHARACTERS, collect_names
from .names import (
    index_names,
    mark_common_nouns,
    mend_place_nouns,
    mend_relational_adjectives,
    mend_role_nouns,
    mend_said_when,
    mend_title_runs,
    name_sentence_openers,
)

#: relations that describe what something is rather than something that happens
#: and those that report (what is announced or said is the event, not the announcement)
#: the ontology's group of what someone says (`says`, `confirms`, `denies` …)
STATEMENTS = "statements"
STATES = frozenset({"instanceOf", "hasRole", "worksFor", "nationality", "memberOf", "partOf", "basedIn",
                    "locatedIn", "bornIn", "marriedTo", "announces", "says"})

@dataclass(frozen=True)
class Reading:
    """What reading one document gave: candidate facts, and every name it mentions (facts or not)."""

    candidates: list[Candidate]
    names: list[Mention]


def _no_references(sentence: Span, context: Context) -> None:
    """What a language without reference rules does before and after a sentence: nothing."""


@dataclass(frozen=True)
class LanguageRules:
    """What extraction runs for a language: its rules in order, what resolves references before a sentence and
    notes what it leaves after, and the rules whose facts make something a member of a group."""

    rules: dict[str, Rule]
    #: the pattern lines among them, for tools and tests
    constructions: tuple[Construction, ...] = ()
    resolve_references: Callable[[Span, Context], None] = _no_references
    note_sentence: Callable[[Span, Context], None] = _no_references
    membership_rules: frozenset[str] = frozenset()


@cache
def language_rules(lang: str, patterns: tuple[Path, ...] = ()) -> LanguageRules:
    """The rules of `lang` in the order of its `rules.toml` (constructions it does not name after them), then the
    constructions of `patterns` files."""
    language = LANGUAGES[lang]
    order = language.reading
    constructions = Constructions.of(
        [c for path in (language.patterns, *patterns) for c in load_constructions(path, language.words)],
        language.grammar_module())
    named = [_python_rule(name, language.folder) if ":" in name else _construction_rule(name, constructions, language)
             for name in order.rules]
    rules = {**dict(zip(order.rules, named, strict=True)),
             **{name: constructions.rule(name) for name in constructions.rule_names() if name not in order.rules}}
    if not order.references:
        return LanguageRules(rules, tuple(constructions.constructions), membership_rules=order.membership)
    references = importlib.import_module(order.references)
    return LanguageRules(rules, tuple(constructions.constructions), references.resolve_references,
                         references.note_sentence, order.membership)


def _python_rule(name: str, folder: Path) -> Rule:
    module, function = name.split(":")
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError) as error:
        raise LexiconError(f"{folder / 'rules.toml'}: no rule {name!r} ({error})") from error


def _construction_rule(name: str, constructions: Constructions, language: LanguageDefaults) -> Rule:
    if name not in constructions.rule_names():
        raise LexiconError(f"{language.folder / 'rules.toml'}: {name!r} is no construction of {language.patterns}; "
                           "name a rule of the pattern file, or a Python rule as `module:function`")
    return constructions.rule(name)


def extract_document(paragraphs: list[Paragraph], lang: str, lexicon: Lexicon, patterns: Sequence[Path] = ()
                     ) -> Reading:
    """Every candidate fact the rules of `lang` find in one document's parsed paragraphs, in reading order.

    `patterns` are files of constructions of the user's own (the format of `kg/lang/<code>/patterns.jsonl`), read
    after the language's rules.
    """
    if lang not in LANGUAGES:
        raise UnsupportedLanguage(f"no extraction rules for {lang!r} yet; supported: {', '.join(LANGUAGES)}")
    rules = language_rules(lang, tuple(patterns))
    discourse = Discourse()
    contexts = contexts_for(paragraphs, lang, lexicon, discourse)
    for paragraph, context in zip(paragraphs, contexts, strict=True):
        prepare(paragraph.doc, context)
    name_sentence_openers([p.doc for p in paragraphs])
    for paragraph, context in zip(paragraphs, contexts, strict=True):
        collect_names(paragraph.doc, context)
    read = _read(paragraphs, contexts, discourse, rules, lexicon)
    read = identify_lede(paragraphs, read + list(discourse.recalled_roles.values()), discourse.names())
    candidates = [_attributed(c, discourse) for c in spread_to_members(read, rules.membership_rules,
                                                                        discourse.groups)]
    return Reading(candidates, discourse.names())


def context_for(paragraph: Paragraph, lang: str, lexicon: Lexicon, discourse: Discourse | None = None) -> Context:
    """What the rules consult while reading a paragraph: where it is, the lexicon's words of `lang`, the discourse."""
    return contexts_for([paragraph], lang, lexicon, discourse or Discourse())[0]


def contexts_for(paragraphs: list[Paragraph], lang: str, lexicon: Lexicon, discourse: Discourse) -> list[Context]:
    """The contexts of a document's paragraphs, sharing its discourse and the lexicon's words of `lang`."""
    nouns, demonyms, anaphors, nominals, relational, roles, affiliations, case_roles, led, describing, affiliated = \
        _lexicon_words(lexicon, lang)
    return [Context(p.document.id, p.offset, nouns, demonyms, anaphors, discourse, nominals, relational, roles,
                    affiliations, case_roles, led, describing, affiliated, lexicon) for p in paragraphs]


_LOOKED_UP: dict[tuple[int, str], tuple[Lexicon, tuple]] = {}


def _lexicon_words(lexicon: Lexicon, lang: str) -> tuple:
    """What contexts take from the lexicon for `lang`, looked up once for each lexicon (a corpus has thousands of
    paragraphs; the role nouns alone are over a thousand)."""
    looked_up = _LOOKED_UP.get((id(lexicon), lang))
    if looked_up is None or looked_up[0] is not lexicon:
        nouns, relational = lexicon.nouns(lang), lexicon.relations_of_nouns(lang)
        demonyms, affiliations = lexicon.demonyms(lang), lexicon.affiliations(lang)
        roles = frozenset(noun for noun, kind in nouns.items() if kind == "Role")
        words = (nouns, demonyms, lexicon.anaphors(lang), lexicon.nominals(lang), relational, roles, affiliations,
                 lexicon.case_roles(lang), lexicon.led(lang), roles | relational.keys(),
                 frozenset(demonyms.keys() | affiliations.keys()))
        looked_up = _LOOKED_UP[(id(lexicon), lang)] = (lexicon, words)
    return looked_up[1]


def prepare(doc: Doc, context: Context) -> None:
    """What the rules and patterns read on tokens besides the parse: the lexicon's nouns (for `_.kg_noun_class`,
    `_.kg_led`, `event_noun`), posts the tagger took for verbs, relational nouns it took for adjectives, titles the
    parser split into words, when a clause was said, which capitalised words are common nouns, which tokens are
    names, each token's children and morphology."""
    doc.user_data[LEXICON_NOUNS] = (context.noun_kinds, context.led_nouns, context.nominals)
    doc.user_data[TOKENS] = list(doc)  # (made once: indexing a Doc makes a new Token each time)
    mend_role_nouns(doc, context.roles)
    if context.lexicon is not None:
        mend_second_complements(doc, context.lexicon)
        mend_event_phrases(doc, context.lexicon, context.nominals)
        mend_idiom_adjective_phrases(doc, context.lexicon)
    mend_relational_adjectives(doc, context.relational_nouns, context.noun_kinds)
    mend_title_runs(doc, context.roles)
    mend_said_when(doc)
    mend_place_nouns(doc, frozenset(context.demonyms.values()))
    mark_common_nouns(doc, context.noun_kinds, context.affiliation_words)
    index_names(doc)
    index_morphology(doc.user_data[TOKENS])


def _attributed(candidate: Candidate, discourse: Discourse) -> Candidate:
    """A fact read inside reported speech keeps its speaker as source (`X a affirmé : « A rachète B »`), where the
    fact's subject or object is written in its own sentence: one that stands for a name written elsewhere (`the
    company`, `il`, `nous`) is where that name was, maybe in a sentence someone else said, or outside the quote."""
    evidence = candidate.evidence
    written = [m for m in (candidate.subject, candidate.object) if evidence.start <= m.start < evidence.end]
    if written and written[0] is candidate.subject and \
            property_groups().get(candidate.relation.local_name) == STATEMENTS:
        written = written[:1]  # (`X confirmed that …`: what a statement's object says is its subject's own words)
    speaker = next((s for m in written if (s := discourse.speaker_at(m.start)) is not None), None)  # (a name, or an
    # institution: `a indiqué la police`; `« Nous fermerons l'usine », a déclaré X, PDG de Valtek`: in X's words)
    if speaker is None or not (speaker.is_name or speaker.kind == "Organization") or \
            fold(speaker.text) == fold(candidate.subject.text):
        return candidate
    return replace(candidate, qualifiers=(*candidate.qualifiers, Qualifier("source", speaker)))


def _is_event(candidate: Candidate) -> bool:
    """Something that happens, which a later `cette initiative` may recall (`X, partenaire de Y` says what X is)."""
    return not candidate.relation.minted and candidate.relation.local_name not in STATES and \
        candidate.variant != "relational"


def _read(paragraphs: list[Paragraph], contexts: list[Context], discourse: Discourse, rules: LanguageRules,
          lexicon: Lexicon) -> list[Candidate]:
    """Every sentence's candidates, reading each once in order and again where what follows changes a reference."""
    sentences = [(Sentence(p.doc, s.start, s.end), c) for p, c in zip(paragraphs, contexts, strict=True)
                 for s in p.doc.sents]
    read: list[list[Candidate]] = []
    for index, (sentence, context) in enumerate(sentences):
        quoted = set(discourse.quotes)
        discourse.start_sentence(context.offset + sentence.start_char)
        read.append(_read_sentence(sentence, context, rules, lexicon))
        rules.note_sentence(sentence, context)
        discourse.events += [c for c in read[index] if _is_event(c)]
        if discourse.note_employers(read[index]):  # `X, qui dirige Y, a démissionné`: read again, X leaves Y
            read[index] = _read_sentence(sentence, context, rules, lexicon)
        for start, end in discourse.quotes.keys() - quoted:  # `« Nous … », a dit X`: X said it, `nous` is X (or X's
            # employer)
            for earlier in _speaking_in_first_person(sentences[:index + 1], start, end):
                read[earlier] = _read_sentence(*sentences[earlier], rules, lexicon)
        speaker = _speaker_it_goes_on_with(sentence, context)
        if speaker is not None:  # (recorded as theirs, then read again: its `nous` is them)
            discourse.quote(context.offset + sentence.start_char, context.offset + sentence.end_char, speaker)
            read[index] = _read_sentence(sentence, context, rules, lexicon)
    waiting = [i for i, (s, c) in enumerate(sentences) if c.offset + s.start_char in discourse.awaiting_events]
    if waiting:  # a headline's `l'initiative`: the event it points to is told below
        discourse.events = [c for candidates in read for c in candidates if _is_event(c)]
        for index in waiting:
            read[index] = _read_sentence(*sentences[index], rules, lexicon)
    return [c for candidates in read for c in candidates]


def _speaking_in_first_person(sentences: list[tuple[Span, Context]], start: int, end: int) -> list[int]:
    """The sentences (by index) with a first-person pronoun, not yet resolved, inside the quotation from `start` to
    `end` (which ends in the last of them)."""
    found = []
    for index in range(len(sentences) - 1, -1, -1):
        sentence, context = sentences[index]
        if context.offset + sentence.end_char <= start:
            break  # (the quotation opened after this sentence)
        pronouns = words_of(sentence.doc).FIRST_PERSON_PRONOUNS
        if any(t.lower_ in pronouns and t._.kg_referent is None and start <= context.offset + t.idx < end
               for t in sentence):
            found.append(index)
    return found


#: how far (in characters) after a quotation ends a sentence in the first person still goes on with its speaker
CONTINUED_QUOTE_REACH = 800


def _speaker_it_goes_on_with(sentence: Span, context: Context) -> Mention | None:
    """`X a dit : « Les clients ont changé. » Nous sommes ravis …`: news has no first person of its own, so a
    sentence in the first person, without quotation marks (a quotation of its own has its own speaker, said or
    not: `« Nous … », témoigne un habitant`), that no one is said to speak, shortly after someone's quotation (whose
    marks the text often leaves off its later paragraphs), goes on with it: that quotation's speaker, or None."""
    discourse, start = context.discourse, context.offset + sentence.start_char
    pronouns = words_of(sentence.doc).FIRST_PERSON_PRONOUNS
    if not any(t.lower_ in pronouns and t.pos_ == "PRON" and t._.kg_referent is None for t in sentence) or \
            any(t.text in QUOTE_CHARACTERS for t in sentence) or discourse.speaker_at(start) is not None:
        return None
    end, speaker = max(((end, speaker) for (_, end), speaker in discourse.quotes.items() if end <= start),
                       key=lambda entry: entry[0], default=(None, None))
    return speaker if end is not None and start - end <= CONTINUED_QUOTE_REACH else None


def _read_sentence(sentence: Span, context: Context, rules: LanguageRules, lexicon: Lexicon) -> list[Candidate]:
    """A sentence's candidates: references resolved, every rule read, then what they noted told the discourse. A
    sentence that says what one of its names is (`X, un groupe affilié à Y`), where the document took it for
    something else, is read again, as that holds in it."""
    for _ in range(2):
        rules.resolve_references(sentence, context)
        candidates, notes = [], []
        for rule in rules.rules.values():
            for read in rule(sentence, context, lexicon):
                (candidates if isinstance(read, Candidate) else notes).append(read)
        # what the rules tell the discourse, once they have all read it (every note: a list, not a generator); a
        # name given a new kind is read again
        if not any([note.tell(context.discourse) for note in in_text_order(notes)]):
            break
    return candidates
