"""What refers back, for every language: pronouns (`il`, `she`, `its`, `ils`, `je` in a quotation), definite
descriptions (`la société`, `the secretary`, `l'Australien`), event nouns (`l'initiative vise …`); and what a sentence
leaves for later sentences to refer to.

The words are the language's (`words.toml`: pronouns with their gender, counting words, `ces derniers`); the grammar
adapter says what a parse shows: whether a noun is definite, whether it introduces a name rather than refers back
(`introduces_name`), the subject a subordinate clause's pronoun most likely means (`governing_subject`).
"""

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from ..lang.words import WordLists
from ..model import Candidate, Mention
from ..text import fold
from . import labels as L
from .context import SOMEONE_CLASSES, Context, case_word, children, fixed_relation, grammar_of, morph, words_of
from .discourse import Referent
from .grammar import enclosing_verb, is_clitic_subject, names_a_body_part
from .mentions import (
    QUOTE_CHARACTERS,
    conjuncts,
    is_predicative,
    mention,
    note_phrases,
    recall_phrases,
    referent_of,
    restricted_by_a_relative,
)
from .names import is_name, name_tokens, stands_for_entity


def nationality_noun(token: Token, context: Context) -> bool:
    """`l'Australien`, `the Australian`: a capitalised nationality word standing as a noun (not before a name, not
    an abbreviated country: `the US`)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.text[:1].isupper() and not token.text.isupper() and \
        not token.is_sent_start and \
        (token.lemma_.lower() in context.demonyms or token.lower_ in context.demonyms) and \
        not (token.i + 1 < len(token.doc) and is_name(token.doc[token.i + 1]))


def aged_person(token: Token) -> bool:
    """`le quinquagénaire`, `the 54-year-old`: a word for a person by their age, standing as a noun."""
    pattern = words_of(token.doc).AGED_PERSON
    return pattern is not None and token.dep_ not in L.ADJECTIVE_MODIFIERS and bool(pattern.fullmatch(token.text))


def resolve_person_noun(token: Token, context: Context, definite: Callable[[Token], bool]) -> None:
    """Point a definite nationality noun (`the 40-year-old Australian`, `l'Australien`) or age noun (`the
    54-year-old`, `le quinquagénaire`) at the person the text is about: the nearest person before it, main clauses'
    subjects first."""
    if not (nationality_noun(token, context) or aged_person(token)) or not definite(token) or is_predicative(token):
        return
    found = context.discourse.find(context.offset + token.idx,
                                   lambda r: r.mention.is_name and context.discourse.named_as(r, {"Person"}))
    if found is not None:
        token._.kg_referent = found.mention


def recall_titled_person(title: Token, context: Context, sentence: Span, rule: str) -> None:
    """`Le secrétaire à la Défense a dit …` in a story about Hagel: a definite title without a name of its own,
    as a clause's subject, stands for the person the story is about: the nearest person named before its sentence
    (main clauses' subjects first). That person gets the title as a role. A bare `le chef` says too little to
    pick anyone, a person named only later may be someone else (`Le maire a été condamné. X a fait appel.`), and so
    is one known to work for another body than the one the title names (`Son secrétaire général, X, … Le ministre
    de l'Économie a demandé …`)."""
    if title.dep_ not in L.SUBJECTS | L.PASSIVE_SUBJECTS or "Plur" in morph(title, "Number") or \
            not children(title, L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS | L.NAME_PARTS):
        return
    gender = next(iter(morph(title, "Gender")), None)
    start = context.offset + sentence.start_char
    role = mention(title, context, kind="Role")
    noun, description = title.lemma_.lower(), fold(role.text)
    discourse = context.discourse
    bodies = {fold(mention(c, context).text) for c in grammar_of(title.doc).of_complements(title) if is_name(c)}
    found = discourse.find(
        start, lambda r: r.mention.is_name and discourse.named_as(r, {"Person"}) and
        discourse.agrees(r, gender, None) and not discourse.holds_other_post(r.mention, noun, description) and
        not _works_elsewhere(discourse.employer_of(r.mention), bodies))
    if found is None:
        return
    position = context.offset + title.idx
    discourse.recalled_roles.setdefault(position, Candidate(
        found.mention, fixed_relation("hasRole"), role, context.evidence(sentence), rule, title.lemma_,
        confidence=0.6))
    discourse.describe(description, position, found.mention)
    title._.kg_referent = found.mention


def _works_elsewhere(employer: Mention | None, bodies: set[str]) -> bool:
    """Whether a person's known employer is none of the bodies a title names (folded), when it names some."""
    return employer is not None and bool(bodies) and fold(employer.text) not in bodies


#: how far back (in characters) a plural reference looks for the entities it stands for: about two sentences
PLURAL_REACH = 400


def note_named_together(sentence: Span, context: Context, subjects_of: Callable[[Token], list[Token]]) -> None:
    """Remember the entities each main clause names together as its subjects (`A et B ont signé`), or as the one
    subject and the named objects, of its kind, of a verb done with each other (`A a rencontré B. Les deux hommes
    …`)."""
    reciprocal = words_of(sentence.doc).RECIPROCAL_VERBS
    for verb in sentence:
        if verb.pos_ in {"VERB", "AUX"} and (verb.dep_ == L.ROOT or verb.dep_ in L.CONJUNCTS):
            names = [s for s in subjects_of(verb) if stands_for_entity(s) and s._.kg_referent is None]
            named = [mention(s, context) for s in names]
            if len(named) == 1 and named[0].is_name and verb.lemma_.lower() in reciprocal:
                named += [m for o in children(verb, L.OBJECTS) for c in conjuncts(o) if is_name(c) and
                          (m := mention(c, context)).kind == named[0].kind and m.kind in SOMEONE_CLASSES]
            if len(named) > 1:
                context.discourse.named_together(context.offset + names[0].idx, named)


def resolve_plural(token: Token, context: Context, pronouns: frozenset[str], counts: dict[str, int]) -> None:
    """Point a plural pronoun (`ils`, `they`) or a counted description (`les deux groupes`, `both companies`) at the
    entities last named together, when they were named shortly before and their number fits."""
    if token.pos_ == "PRON" and token.lower_ in pronouns and token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS:
        size = None
    elif token.pos_ == "NOUN" and "Plur" in morph(token, "Number") and not children(token, L.NOUN_MODIFIERS) \
            and token.dep_ not in L.APPOSITIONS:  # (`A and B, both executives`: what they are)
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


def resolve_first_person(token: Token, context: Context, pronouns: Collection[str]) -> None:
    """`« Je pense … », a dit X`: `je` / `I` in a quotation are its speaker; `nous` / `we` are too, or the
    organisation the speaker works for, if the text said (`« Nous allons … », a dit X, PDG de Y`: Y)."""
    if token.pos_ != "PRON" or token.lower_ not in pronouns or token._.kg_referent is not None:
        return
    speaker = context.discourse.speaker_at(context.offset + token.idx)
    if speaker is not None:
        plural = "Plur" in morph(token, "Number")
        token._.kg_referent = (context.discourse.employer_of(speaker) if plural else None) or speaker


def note_sentence(sentence: Span, context: Context) -> None:
    """After reading a sentence, remember what later ones may refer to: the plural subjects (`ils`, `parmi eux`), the
    phrases common nouns were written in, the latest plural (`ces derniers`)."""
    grammar = grammar_of(sentence.doc)
    note_phrases(sentence, context)
    for verb in sentence:
        if verb.dep_ != L.ROOT:
            continue
        for subject in grammar.clause_subjects(verb):
            plural = any("Plur" in morph(t, "Number") for t in (subject, verb, *children(subject, L.DETERMINERS)))
            if subject.pos_ == "NOUN" and plural:  # (`plusieurs pays` is tagged singular; its verb is not)
                context.discourse.add(
                    Referent(context.offset + subject.idx, mention(subject, context), number="Plur", subject=True))
    last = next((t for t in reversed(list(sentence)) if t.pos_ == "NOUN" and "Plur" in morph(t, "Number")
                 and t.dep_ not in L.NAME_PARTS and not grammar.is_amount(t)), None)
    while last is not None and last.dep_ in L.CONJUNCTS and last.head.pos_ == "NOUN":
        last = last.head  # (`des sénateurs républicains et démocrates`: the whole coordination's head)
    if last is not None:
        context.discourse.latest_plural = mention(last, context)


def resolve_references(sentence: Span, context: Context) -> None:
    """Point each pronoun and definite description of a sentence at the entity it most likely refers to
    (`token._.kg_referent`), before the rules read the sentence."""
    words, discourse, grammar = words_of(sentence.doc), context.discourse, grammar_of(sentence.doc)
    is_definite = grammar.is_definite
    note_named_together(sentence, context, grammar.clause_subjects)  # (`A et B …, et ils …`: in the same sentence)
    for token in sentence:
        resolve_plural(token, context, words.PLURAL_PRONOUNS, words.COUNT_WORDS)
        resolve_first_person(token, context, words.FIRST_PERSON_PRONOUNS)
        resolve_person_noun(token, context, is_definite)
        if _the_latter(token, words) and discourse.latest_plural is not None:
            token._.kg_referent = discourse.latest_plural
        elif token.pos_ in {"NOUN", "DET", "PRON"} and token._.kg_referent is None and not is_predicative(token):
            found = (_spokesperson(token, context, words) or _description(token, sentence, context)) \
                if token.pos_ == "NOUN" else (
                _pronoun(token, context, words) or _group_pronoun(token, context, words))
            if found is not None:
                token._.kg_referent = found
                if token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS:  # (`Il … Il …`, `La start-up … Elle …`: the
                    discourse.add(referent_of(token, context))  # next one goes on with it)
    recall_phrases(sentence, context, is_definite)


def _spokesperson(noun: Token, context: Context, words: WordLists) -> Mention | None:
    """`Un porte-parole de X a confirmé …`, `a spokesman for X said …`, `X's spokeswoman said …`: a spokesperson
    the text gives no name for speaks for whom they are of, so what they say, X says."""
    if noun.lemma_.lower() not in words.SPOKESPERSON_NOUNS and noun.lower_ not in words.SPOKESPERSON_NOUNS or \
            noun.dep_ in L.APPOSITIONS | L.NOUN_MODIFIERS or \
            any(is_name(c) for c in children(noun, L.APPOSITIONS | L.NAME_PARTS)):
        return None  # (`X, porte-parole de Y`: what X is, not who speaks)
    grammar = grammar_of(noun.doc)
    owners = [o for link, o in grammar.complements(noun) if link in words.SPOKESPERSON_CASES] + \
        grammar.possessors(noun)
    owner = next((o for o in owners if stands_for_entity(o)), None)
    return mention(owner, context) if owner is not None else None


def _description(noun: Token, sentence: Span, context: Context) -> Mention | None:
    """What a definite description refers to: what the text described in those words (`ses modèles` after `le
    modèle Zorg`), the person a title recalls, the author of an event told nearby (`l'initiative vise …`), or the
    nearest entity of the noun's class (`la société`)."""
    grammar, discourse, lemma = grammar_of(noun.doc), context.discourse, noun.lemma_.lower()
    if not grammar.is_definite(noun, possessive=True) or restricted_by_a_relative(noun):
        return None  # (every description that refers back is definite, most nouns are not: the cheap test first)
    position, definite = context.offset + noun.idx, grammar.is_definite(noun)
    free = not grammar.introduces_name(noun, context)
    if free:
        bare = not children(noun, L.NOUN_MODIFIERS | L.APPOSITIONS)
        described = discourse.described_by(fold(mention(noun, context).text), position) or (
            discourse.described_by(lemma, position) if bare else None)
        if described is not None:
            return described
    if lemma in context.roles and definite and free:
        recall_titled_person(noun, context, sentence, f"{noun.doc.lang_}.recalled_title")
        return None
    of_case = words_of(noun.doc).OF_CASE  # `l'annonce de X`, `the largest brewer in Africa`: not a reference
    completed = any(link == of_case or link and is_name(head) for link, head in grammar.complements(noun))
    if context.names_an_event(noun) and noun.dep_ in L.SUBJECTS and \
            noun.head.pos_ == "VERB" and definite and not completed:
        event = discourse.event_near(context.offset + sentence.start_char, look_ahead=True,
                                     kind=_event_property(noun, context))
        return event.subject if event is not None else None  # `l'initiative vise à …`: its author acts
    if lemma in context.anaphors and definite and free and not completed and not is_name(noun) and \
            "Plur" not in morph(noun, "Number"):
        kind, quoted = context.noun_kinds.get(lemma), _quoted(sentence, context.offset)
        told = {context.offset + t.idx for t in sentence if _told(t)}  # (`told Reuters the company would …`)
        # (`X a cédé sa filiale à la société`: a description in a clause, not its subject, is not that subject, nor
        # one of the examples the subject gives: `des groupes, dont X, ont investi dans la société`)
        own = set() if noun.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS else {
            fold(mention(s, context).text) for subject in _own_clause_subjects(noun)
            for s in (subject, *_examples_of(subject))}
        found = discourse.find(position, lambda r: discourse.named_as(r, {kind}) and
                               r.position >= context.offset + sentence.start_char and r.position not in told and
                               fold(r.mention.text) not in own and
                               not any(a <= r.position < b for a, b in quoted)) or discourse.find(
            position, lambda r: discourse.named_as(r, {kind}) and r.position not in told and
            fold(r.mention.text) not in own, ahead_from=context.offset + sentence.end_char,
            recent_from=discourse.sentence_before(position))  # (the subjects of the sentence before first, a
        # subordinate clause's too: `… that X plans to expand, says Y. The company will …` is X)
        if found is not None:
            noun._.kg_referent = found.mention  # (the description is a mention of it from here on)
            discourse.add(referent_of(noun, context))
            return found.mention
    return None


def _event_property(noun: Token, context: Context) -> str | None:
    """The property an event noun's verb has with its object (`acquisition`: acquire, acquires)."""
    verb = context.nominals.get(noun.lemma_.lower())
    if verb is None or context.lexicon is None:
        return None
    return context.lexicon.relation(noun.doc.lang_, verb, "obj")[0].local_name


def _told(token: Token) -> bool:
    """Whom a speech verb tells (`told Reuters`, `a déclaré à l'AFP`): the teller's words are not about them."""
    words = words_of(token.doc)
    return token.head.lemma_.lower() in words.SPEECH_VERBS and token.head.pos_ == "VERB" and (
        token.dep_ in L.OBJECTS | L.INDIRECT_OBJECTS or case_word(token) in words.HEARER_CASES)


def _group_pronoun(token: Token, context: Context, words: WordLists) -> Mention | None:
    """`Parmi eux, on retrouve A et B`: `eux` / `elles` after a membership preposition is the plural named last."""
    if token.lower_ not in words.GROUP_PRONOUNS or case_word(token) not in words.MEMBERSHIP_CASES:
        return None
    found = context.discourse.find(context.offset + token.idx, lambda r: r.number == "Plur" and not r.mention.is_name)
    return found.mention if found is not None else None


def _pronoun(token: Token, context: Context, words: WordLists) -> Mention | None:
    """What a third-person pronoun refers to: after a quotation, the one quoted (`« … », a-t-il ajouté`); else the
    subject of the clause its own hangs from (`Acme said it would …`) or, for a possessive, of its own clause
    (`Acme a présenté son modèle`), when that agrees; else the nearest entity that agrees."""
    possessive = token.lower_ in words.POSSESSIVE_PRONOUNS and token.dep_ in L.POSSESSORS | L.DETERMINERS
    clitic = token.pos_ == "PRON" and is_clitic_subject(token)
    objective = token.pos_ in {"PRON", "DET"} and token.lower_ in words.OBJECT_PRONOUNS and token.dep_ in _OBJECTS
    # (an article as an object: a clitic pronoun the tagger took for one, `avant de la revendre`)
    if objective:
        return _object_pronoun(token, context, words)
    if token.pos_ == "PRON" and token.lower_ in words.DISJUNCTIVE_PRONOUNS and case_word(token):
        return _disjunctive_pronoun(token, context, words)
    if not possessive and not clitic and not (token.pos_ == "PRON" and token.lower_ in words.PERSONAL_PRONOUNS and
                                              token.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS):
        return None
    grammar, discourse, position = grammar_of(token.doc), context.discourse, context.offset + token.idx
    gender = (words.POSSESSIVE_PRONOUNS if possessive else words.PERSONAL_PRONOUNS)[token.lower_.lstrip("-")] or None
    kinds = words.GENDERED_REFERENT_KINDS if gender else words.NEUTER_REFERENT_KINDS
    bodily = not possessive and _of_a_body(token, words)
    if bodily:
        kinds = kinds & {"Person"}
    speaker = discourse.last_speaker(position) if clitic else None
    if speaker is not None and speaker.is_name and speaker.kind == "Person":
        return speaker
    near = _clause_subject_before(token) if possessive else grammar.governing_subject(token)
    if possessive and near is None:  # `Le chef n'a pas commenté, mais son porte-parole …`: the chief's
        near = _owner_subject_before(token, context)
        if near is not None and not stands_for_entity(near):
            return None  # (whom no name names)
    if near is not None and stands_for_entity(near):
        candidate = referent_of(near, context)
        # (a name says little of its number; a one-word name that `it` does something as is no person, whatever the
        # NER guessed: `Vinalys said it would buy …`)
        misread = not gender and token.head.pos_ == "VERB" and len(name_tokens(near)) == 1
        if discourse.agrees(candidate, gender, None) and (candidate.mention.kind in kinds or misread):
            return candidate.mention
    elif near is not None and not possessive and _an_unnamed_body(near, gender):
        return mention(near, context)  # `The Karvian army said it had killed …`: the army, which no name names
    acting = frozenset() if possessive or bodily else words.SUBJECT_REFERENT_KINDS
    found = discourse.find(position, lambda r: discourse.agrees(r, gender, "Sing") and (
        discourse.named_as(r, kinds) or r.subject and discourse.named_as(r, acting)),
        recent_from=None if possessive else discourse.sentence_before(position))
    return found.mention if found is not None else None


def _of_a_body(subject: Token, words: WordLists) -> bool:
    """Whether the clause a pronoun is the subject of speaks of a part of the body (`Il souffrait d'une inflammation
    du genou`, `she hurt her knee`): only a person has one."""
    return any(t.pos_ == "NOUN" and names_a_body_part(t, words) for t in subject.head.subtree)


def _an_unnamed_body(noun: Token, gender: str | None) -> bool:
    """Whether a clause's subject is an organisation's noun in the singular that agrees with a pronoun's gender (an
    army, a court), which a pronoun in its clause goes on with though no name names it (but not one a name owns:
    `Valtek's board said it …` is Valtek, which the discourse finds)."""
    agrees = gender is None or gender in morph(noun, "Gender", [gender])
    return noun.pos_ == "NOUN" and noun._.kg_noun_class == "Organization" and agrees and \
        "Plur" not in morph(noun, "Number") and not any(is_name(t) for t in noun.subtree if t != noun)


def _disjunctive_pronoun(token: Token, context: Context, words: WordLists) -> Mention | None:
    """`Selon lui, X …`, `avec elle`: the nearest one that agrees, the subjects of the sentence before first, never a
    subject of its own clause."""
    position = context.offset + token.idx
    return _nearest_but_own_subjects(token, context, words.DISJUNCTIVE_PRONOUNS[token.lower_],
                                     words.GENDERED_REFERENT_KINDS, context.discourse.sentence_before(position))


def _nearest_but_own_subjects(token: Token, context: Context, gender: str | None, kinds: Collection[str],
                              recent_from: int | None = None, subjects: list[Token] | None = None) -> Mention | None:
    """The nearest named referent of `kinds` before a pronoun that agrees with it, but a subject of its own clause
    (`Castex replaced him` is not Castex)."""
    own = {fold(mention(s, context).text) for s in (_own_clause_subjects(token) if subjects is None else subjects)}
    discourse = context.discourse
    found = discourse.find(context.offset + token.idx, lambda r: fold(r.mention.text) not in own and
                           discourse.agrees(r, gender, "Sing") and discourse.named_as(r, kinds),
                           recent_from=recent_from)
    return found.mention if found is not None else None


#: where an object pronoun stands: `replaced him`, `gave him`, `with her`
_OBJECTS = L.OBJECTS | L.INDIRECT_OBJECTS | L.PREPOSITION_OBJECTS


def _object_pronoun(token: Token, context: Context, words: WordLists) -> Mention | None:
    """`Castex replaced him`: the nearest person before it that agrees, never the subject of its own clause. Not
    where that subject is a pronoun too (`He thanked her`): names say nothing of their gender, so which of two
    people is which would be a guess. A pronoun that may stand for a thing (`it`; in French `le`, `la`, `l'`, which
    stand for people too) stands for the named object of the clause before (`Valtek bought Zelma and sold it to
    Brimex`, `Valtek a racheté Zelma. Elle l'a revendue à Brimex`): most `it` stand for what no name names (`we reject
    it`: the law)."""
    gender = words.OBJECT_PRONOUNS[token.lower_] or None
    kinds = words.GENDERED_REFERENT_KINDS if gender else words.NEUTER_REFERENT_KINDS
    if kinds != {"Person"}:
        return _object_of_the_clause_before(token, context, words, kinds)
    subjects = _own_clause_subjects(token)
    if any(s.pos_ == "PRON" for s in subjects):
        return None
    return _nearest_but_own_subjects(token, context, gender, kinds, subjects=subjects)


#: how a clause hangs on the one before it: `bought X and sold it`, `…, avant de la revendre`, `before selling it`
_CLAUSES_AFTER = L.CONJUNCTS | L.ADVERBIAL_CLAUSES | L.PREPOSITION_COMPLEMENTS


def _object_of_the_clause_before(token: Token, context: Context, words: WordLists, kinds: Collection[str]
                                 ) -> Mention | None:
    """The named object of the verb an object pronoun's verb is coordinated with or hangs on as an adverbial clause
    after it, or else of the main verb of the sentence before (a person only if `kinds` has people); only for a verb
    the lexicon knows with an object that neither says, compares nor says what its object is (`comme l'a annoncé X`,
    `called it a mistake`)."""
    verb = token.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or context.lexicon is None or lemma in words.SPEECH_VERBS or \
            context.lexicon.frame(verb.doc.lang_, lemma, "obj") is None or \
            any(c.lower_ in words.COMPARISON_MARKERS for c in children(verb, L.MARKERS | L.ADVERB_MODIFIERS)) or \
            children(verb, L.PREDICATIVES | L.ADJECTIVAL_COMPLEMENTS):
        return None
    sentence, governing = verb.sent, verb.head.head if verb.dep_ in L.PREPOSITION_COMPLEMENTS else verb.head
    before = governing if governing.i < verb.i and verb.dep_ in _CLAUSES_AFTER else \
        verb.doc[sentence.start - 1].sent.root if sentence.start > 0 else None  # (`…, avant de la revendre`)
    named = next((o for o in children(before, L.OBJECTS | L.OPEN_COMPLEMENTS) if stands_for_entity(o)), None) \
        if before else None
    found = mention(named, context) if named is not None else None
    return found if found is not None and (found.kind != "Person" or "Person" in kinds) else None


def _own_clause_subjects(token: Token) -> list[Token]:
    """The subjects of the clause a word stands in (an infinitive's are its governing verb's)."""
    verb = enclosing_verb(token)
    return grammar_of(token.doc).clause_subjects(verb) if verb is not None else []


def _examples_of(group: Token) -> list[Token]:
    """The names a noun gives as its examples (`des pays, dont la France et l'Allemagne`, `countries including
    France`): names on it with an example marker of their own or as their head, and their conjuncts."""
    words = words_of(group.doc)
    markers = words.EXAMPLE_MARKERS | words.EXAMPLE_ADVERBS
    found = [t for t in group.subtree if is_name(t) and t.dep_ not in L.NAME_PARTS and (
        t.head.lower_ in markers and t.head.head == group or
        t.head == group and any(c.lower_ in markers for c in t.children))]
    return found + [c for t in found for c in t.conjuncts if c not in found]


def _owner_subject_before(token: Token, context: Context) -> Token | None:
    """The nearest subject before a word in its sentence, when it may own what the word's noun names: a name (or the
    name it introduces: `le peintre X`), or a singular noun of a person or an organisation."""
    before = [t for t in token.sent if t.i < token.i and t.dep_ in L.SUBJECTS]
    if not before:
        return None
    subject = next((c for c in before[-1].children if is_name(c)), before[-1])
    owner = stands_for_entity(subject) or subject.pos_ == "NOUN" and "Plur" not in morph(subject, "Number") and \
        context.noun_kinds.get(subject.lemma_.lower()) in SOMEONE_CLASSES
    return subject if owner else None


def _clause_subject_before(possessive: Token) -> Token | None:
    """The named (or resolved) subject of the clause a possessive stands in, written before it."""
    return next((s for s in _own_clause_subjects(possessive)
                 if s.i < possessive.i and s not in possessive.head.subtree and stands_for_entity(s)), None)


def _the_latter(token: Token, words: WordLists) -> bool:
    """`Mais ces derniers ont critiqué X`: `ces derniers` / `ces dernières` stands for the plural named last."""
    return token.lower_ in words.LATTER_WORDS and "Plur" in morph(token, "Number") and any(
        d.lower_ in words.LATTER_DETERMINERS for d in children(token, L.DETERMINERS))


def _quoted(sentence: Span, offset: int) -> list[tuple[int, int]]:
    """Character spans inside quotation marks: names there are the speaker's words, not the narrative's.

    A mark glued to the word before it closes a quotation (which may have opened in the previous sentence).
    """
    spans, opened = [], None
    for token in sentence:
        if token.text not in QUOTE_CHARACTERS:
            continue
        if token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.i != sentence.start:
            spans.append((offset + sentence.start_char if opened is None else opened, offset + token.idx))
            opened = None
        else:
            opened = offset + token.idx
    return spans
