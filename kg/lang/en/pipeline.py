"""How kg adapts an English spaCy pipeline: words after a hyphenated prefix and ages (`54-year-old`) kept whole by
the tokenizer, amounts with their magnitude (`$66m`) made one word, verb forms the rule lemmatizer reads as another
verb, and the parses it mends (ages, scores, verbs tagged adjectives)."""

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...extract import labels as L
from ...extract.context import children
from ...extract.grammar import (
    mend_set_off_perfect_participle,
    mend_subject_read_as_object_conjunct,
    names_a_date,
    ranked_description_set_off,
    summed_up_clause,
    verb_group_start,
)
from ...extract.names import PERSON_ENTITIES, TIME_ENTITIES
from . import WORDS

ENGLISH_VERB_LEMMAS = "kg_english_verb_lemmas"
ENGLISH_AMOUNTS = "kg_english_amounts"


def adapt(nlp: Language) -> None:
    """Add the English hooks and components to a loaded pipeline."""
    _keep_hyphenated_words(nlp)
    _split_hyphen_after_abbreviation(nlp)
    nlp.add_pipe(ENGLISH_AMOUNTS, first=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(ENGLISH_VERB_LEMMAS, after="lemmatizer")
    if "parser" in nlp.pipe_names:  # (after the attribute ruler, which gives the tags' parts of speech)
        nlp.add_pipe(ENGLISH_REPAIRS, last=True)


@Language.component(ENGLISH_AMOUNTS)
def _english_amounts(doc: Doc) -> Doc:
    """Make an amount written with its magnitude's abbreviation one word (`$66m`, `S$66m`, `40k`): the tokenizer
    splits `m` off as a unit, and the tagger reads it as a verb (`I'm`), losing the amount's phrase (`the $66m it
    raised`); `2bn`, which no unit rule splits, is one word already."""
    stops = [t for t in doc[1:] if t.lower_[:-1] in WORDS.MAGNITUDE_ABBREVIATIONS and t.text.endswith(".") and
             _ends_a_number(doc[t.i - 1])]  # (`rose to $12m.`: the tokenizer keeps `m.` as an initial)
    if stops:
        with doc.retokenize() as retokenizer:
            for stop in stops:
                retokenizer.split(stop, [stop.text[:-1], "."], heads=[(stop, 1), (stop, 1)])
    spans = [doc[t.i - 1:t.i + 1] for t in doc[1:] if t.lower_ in WORDS.MAGNITUDE_ABBREVIATIONS and
             _ends_a_number(doc[t.i - 1])]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _ends_a_number(token: Token) -> bool:
    return token.text[-1].isdigit() and not token.whitespace_


@Language.factory(ENGLISH_VERB_LEMMAS)
def _make_english_verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Verb lemmas the rule lemmatizer gets wrong, mended:
    - the forms of `VERB_LEMMAS`: it tries its suffix rules in order and keeps the first verb of its index, so
      `fined` becomes `fin` (a verb there too), not `fine`;
    - a verb after a hyphenated prefix (`co-founded`), which it does not know: the lemma of the verb itself
      (`found`), as a joint act is the act."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def english_verb_lemmas(doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ != "VERB":
                continue
            prefix, hyphen, verb = token.lower_.partition("-")
            if token.lower_ in WORDS.VERB_LEMMAS:
                token.lemma_ = WORDS.VERB_LEMMAS[token.lower_]
            elif hyphen and prefix in WORDS.HYPHEN_PREFIXES:
                alone = Doc(doc.vocab, words=[verb])[0]
                alone.pos_, alone.tag_ = token.pos_, token.tag_
                token.lemma_ = lemmatizer.rule_lemmatize(alone)[0]
        return doc
    return english_verb_lemmas


ENGLISH_REPAIRS = "kg_english_repairs"


@Language.component(ENGLISH_REPAIRS)
def _mend(doc: Doc) -> Doc:
    """An age kept whole (`54-year-old`) is an adjective before a noun and a noun on its own, not a number: tagged one,
    it would make `Eddie's 16-year-old son` a count of sons. A score (`beat X 3-1`) says by how much: parsed as the
    object, with the name before it as its compound, the name is the object. A coordinated verb parsed as an adjective
    of its object is the verb (`grew up in Sheffield and studied law at Oxford`), and so is an adjective with a subject
    and an object (`A and B own Valtek`, `own` tagged an adjective), and a noun heading a clause complement with a
    subject before it (`saw its profit jump 20%`). A unit written in two words (`fell 20 per cent`, `rose to 8 per
    cent`) is one phrase with its number, headed by its last word, as `20%` is. A finite verb has no compound: one
    before it, where it has no subject, is its subject (`Valtek plans to …` parsed as the plans of Valtek; a word in
    capitals is a name's, taken for a verb: `Cory Spinks`), and a name right after the verb's subject, hung on the verb
    as a compound, is the subject, the noun before it its title (`German carmaker Valtek cut jobs`). The number after
    `aged` is the age it says (`died aged 78` parsed with `78` on the verb, which the NER calls a date). A sentence
    rooted on a noun has its verb after a comma, taken for an adjective of its object (`Valtek, the owner of Orvane, cut
    jobs`), or a past form with an object (or tagged a simple past, or with a name for predicate: `Orvane named X as its
    chief`) taken for a participle of that noun (`A series of car bombs killed 26 people`; so is one with an object,
    taken for a participle of the subject of a verb of saying after it: `Air strikes killed 20 people, officials said`),
    or right after the comma closing the noun's examples (`Several lenders, including A and B, invested in …`), or a
    past form with its subject taken for an adjective inside the noun's phrase (`The newspaper tasked investigator Tom
    Hale with …`: the phrase is its object), or right after the name opening the sentence (`Valtek Group sacked manager
    Tom Hale`: the name its subject). A noun after a preposition of time, followed by its apposition and a finite verb
    without subject, is that verb's subject, the preposition its conjunction (`Shares fell after Valtek, the region's
    largest employer, reported …`). A day or a month right after a preposition is its object, not the first word of the
    name after it (`In May Tom Harding voted …`, `On Monday Jane Doe left …`). The clause `whose` opens after a name's
    comma is the name's relative clause, the verb after it the root (`Orvane, whose chief executive Jane Doe resigned,
    reported …`, `Valtek, whose founder Tom Hale died in 2019, makes chips`); the phrase `whose` opens, parsed as the
    name's apposition, is the subject of the clause's verb that has none (`Brimex, whose chief executive Tom Hale
    resigned, …`), and an adjective hung on a name is the noun's written right after it (`chief executive Jane Doe`). A
    name of several words set off after another name and coordinated with a third is the second of a list, not its
    apposition (`Valtek, the Orvane Group and Brimex won …`). A noun that sums up the clause before it (`…, a move
    criticised by the unions`) is a parataxis of its verb. The clause after the focus of a cleft sentence (`It was
    Valtek that won …`) is the focus's relative clause. `in order to` opens a purpose clause of the verb, as `so as to`
    does, not an infinitive of the noun `order`. A name right after a verb without object, parsed as an adverbial noun
    phrase, is its object (`Tom Harding, the son of Jane Doe, runs Valtek`), unless it is a date (`left Monday`). A
    phrase hung on a part of the body is the verb's (`wounded in the head in Kabul`). A clause of `having` set off after
    a noun phrase leaves the phrase the subject of the verb after the clause (`Valtek, having bought Orvane, closed …`:
    the parser makes the participle the phrase's clause), and a name after the comma closing a clause that opens the
    sentence, taken for a conjunct, is the subject of the verb right after it (`Having been fired by Valtek, Jane Doe
    joined …`). A gerund's phrase on an amount a verb takes is the verb's (`fined 50 million euros for breaching …`). A
    name right after a verb without object, parsed as what the object is made, is the object (`named Jane Doe, a former
    Google executive, as …`), and so is a person's name right before the bare post a verb of appointing gives (`elected
    Tom Hale chairman`, parsed with the name the post's compound). A name coordinated with an object, right before a
    verb without subject, is that verb's subject (`met Tom Hale and Valtek signed …`). A ranked noun with an infinitive,
    set off after a clause and parsed as its verb's object, describes the clause's subject (`Valtek quit Russia, the
    first bank to do so`), and a verb with its own subject taken for an adjective of the object after it is a clause the
    object's verb takes, the object its own (`ruled that Valtek had broken competition law`). A participle of appointing
    opening a post set off after a name is the name's clause, not the post's adjective (`Tom Hale, elected mayor of
    Karvie in 2019, …`), nor the clause a verb of saying after it reports (`Jane Doe, appointed chief executive last
    year, said …`). The words of a name each hung on the verb are parts of its last word (`David Ben-Gurion led …`), and
    a number right after an organisation's name ends it (`The CAC 40 closed up 1.2%`). A past participle heading a
    clause with a subject and no auxiliary is a passive whose auxiliary a headline leaves out (`Paul Roy arrested in
    Lyon`). A noun with its article set off by a comma right after a name, parsed as a preposition of it (or as a second
    predicate of the copula whose predicate the name ends), is the name's apposition (`According to Jane Doe, a
    spokeswoman for Valtek, …`, `Valtek is a unit of Brimex, the German chemicals group`). A post with a possessive
    right after the object of a verb of appointing is what the object is made, not its apposition (`named Jane Doe its
    new chief financial officer`), and so is a noun with a determiner parsed as heading a clause the verb takes, with
    the object its subject (`made Brimex the largest carmaker in Europe`). A name right after a preposition without
    object, hung on a phrase after it, is the preposition's object (`a contract with Valtek worth 30 million euros`),
    and a prepositional phrase coordinated with one of a verb is the verb's, not its conjunct (`went to Karvia and then
    to Paris`)."""
    _mend_units_in_two_words(doc)
    for entity in doc.ents:
        _mend_name_split_into_arguments(entity)
    for token in doc:
        _mend_number_ending_a_name(token)
    for sentence in doc.sents:
        _mend_verb_read_as_adjective(sentence)
        _mend_verb_read_as_participle(sentence)
        _mend_verb_after_examples(sentence)
        _mend_verb_with_subject_read_as_adjective(sentence)
        _mend_verb_after_a_name_read_as_adjective(sentence)
    for token in doc:
        _mend_date_read_as_name(token)
        _mend_purpose_phrase(token)
        _mend_subject_read_as_compound(token)
        _mend_name_after_its_title_read_as_compound(token)
        _mend_age_after_adjective(token)
        _mend_phrase_on_a_body_part(token)
        _mend_gerund_phrase_on_an_amount(token)
        _mend_object_read_as_adverbial(token)
        _mend_name_after_a_stranded_preposition(token)
        _mend_preposition_read_as_conjunct(token)
        _mend_subject_taken_for_a_preposition_s_object(token)
        _mend_cleft_clause(token)
        _mend_reduced_passive(token)
        _mend_reported_verb_read_as_participle(token)
        _mend_ranked_description_read_as_object(token)
        _mend_predicate_noun_read_as_verb(token)
        _mend_clause_read_as_adjective(token)
        _mend_appointing_participle_read_as_adjective(token)
        _mend_set_off_participle_read_as_reported(token)
        verb = summed_up_clause(token, WORDS)
        if verb is not None:  # (`…, a move criticised by X`: a comment on the clause, loosely joined)
            token.head, token.dep_ = verb, L.UD_PARATAXIS
        _mend_set_off_whose_clause(token)
        _mend_whose_subject_read_as_apposition(token)
        _mend_adjective_of_the_noun_before_a_name(token)
        mend_set_off_perfect_participle(token, L.EN_PASSIVE_SUBJECT)
        _mend_subject_taken_for_a_conjunct(token)
        mend_subject_read_as_object_conjunct(token)
        _mend_name_compounded_on_the_post(token)
        _mend_post_read_as_apposition(token)
        _mend_list_read_as_apposition(token)
        _mend_apposition_read_as_preposition(token)
        _mend_apposition_read_as_second_predicate(token)
        if token.pos_ == "ADJ" and any(c.dep_ in L.SUBJECTS for c in token.children) and \
                any(c.dep_ in L.OBJECTS for c in token.children):
            token.pos_ = "VERB"
        if token.pos_ == "NOUN" and token.dep_ in L.CLAUSE_COMPLEMENTS and \
                any(c.dep_ in L.SUBJECTS and c.i < token.i for c in token.children):
            token.pos_, token.tag_ = "VERB", "VB"  # (`saw its profit jump 20%`: `jump` tagged a noun)
        noun = _object_of_a_verb_tagged_adjective(token)
        if noun is not None:
            _mend_coordinated_verb(token, noun)
        if WORDS.SCORES.fullmatch(token.text) and token.dep_ in L.OBJECTS:
            name = next((c for c in token.children if c.dep_ in L.NAME_PARTS and c.i == token.i - 1), None)
            if name is not None:
                name.head, name.dep_ = token.head, token.dep_
                token.head, token.dep_ = name.head, L.EN_NOUN_PHRASE_ADVERBIAL
        if token.pos_ != "NUM" or not WORDS.AGED_PERSON.fullmatch(token.text):
            continue
        if token.dep_ in L.ADJECTIVE_MODIFIERS:
            token.pos_, token.dep_ = "ADJ", L.UD_ADJECTIVE_MODIFIER
        else:
            token.pos_ = "NOUN"
    return doc


def _mend_verb_read_as_adjective(sentence: Span) -> None:
    """Make the first verb after a comma, taken for an adjective of the noun after it, the root of a sentence the
    parser rooted on a noun before it: the noun its subject, the verb's noun its object."""
    root = sentence.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = next((t for t in sentence if t.pos_ == "VERB" and t.dep_ in L.ADJECTIVE_MODIFIERS and root.i < t.i < t.head.i
                 and t.doc[t.i - 1].text == ","), None)
    if verb is None:
        return
    obj = verb.head
    _root_on_verb(root, verb)
    obj.head, obj.dep_ = verb, L.EN_DIRECT_OBJECT


def _mend_object_read_as_adverbial(name: Token) -> None:
    """Make a name right after a verb with no object its object where the parser misread it: as an adverbial noun
    phrase, unless it is a date (`left Monday`); or as what the object is made, where the verb has a subject and says
    that with `as` (`Orvane named Jane Doe, a former X executive, as its chief`; but `was named the UN envoy`, `a band
    called X`: what the subject is named)."""
    verb = name.head
    if name.pos_ != "PROPN" or verb.pos_ != "VERB" or name.left_edge.i != verb.i + 1 or children(verb, L.OBJECTS):
        return
    adverbial = name.dep_ == L.EN_NOUN_PHRASE_ADVERBIAL and name.ent_type_ not in TIME_ENTITIES and not (
        WORDS.DATE_WORDS is not None and WORDS.DATE_WORDS.search(name.text))
    predicate = name.dep_ in L.PREDICATIVES and bool(children(verb, L.SUBJECTS)) and any(
        c.lower_ in WORDS.PREDICATIVE_CASES and c.i > name.i for c in children(verb, L.PREPOSITIONS))
    if adverbial or predicate:
        name.dep_ = L.EN_DIRECT_OBJECT


def _mend_name_after_a_stranded_preposition(name: Token) -> None:
    """Make a name right after a preposition with no object, parsed as an adverbial noun phrase or an unlabelled word
    of a phrase after it, the preposition's object (`signed a contract with Valtek worth 30 million euros`: `Valtek`
    hung on `worth`)."""
    if name.pos_ != "PROPN" or name.dep_ not in L.NOUN_PHRASE_ADVERBIALS | L.UNLABELLED or name.left_edge.i == 0:
        return
    preposition = name.doc[name.left_edge.i - 1]
    if preposition.dep_ in L.PREPOSITIONS and not any(preposition.children) and name.head.i > name.i:
        name.head, name.dep_ = preposition, L.EN_PREPOSITION_OBJECT


def _mend_preposition_read_as_conjunct(preposition: Token) -> None:
    """Make a prepositional phrase coordinated with one of a verb, with the same preposition, parsed as the verb's
    conjunct or the other preposition's, the verb's phrase (`went to Karvia and then to Paris`: `to Paris` read as a
    second verb)."""
    first = preposition.head
    verb = first.head if first.pos_ == "ADP" and first.dep_ in L.PREPOSITIONS else first
    if preposition.pos_ == "ADP" and preposition.dep_ in L.CONJUNCTS and verb.pos_ in {"VERB", "AUX"} and \
            children(preposition, L.PREPOSITION_OBJECTS) and \
            any(p.lower_ == preposition.lower_ for p in children(verb, L.PREPOSITIONS)):
        preposition.head, preposition.dep_ = verb, L.EN_PREPOSITION


def _mend_verb_read_as_participle(sentence: Span) -> None:
    """Make a past form with an object (or an object's predicate: `named X as its chief`), or tagged a simple past,
    taken for a participle of the noun a sentence without verb is rooted on, the root: the noun its subject, a name
    it was said to be given its object (a participle takes no object: `the men killed in the attack`)."""
    root = sentence.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = next((c for c in root.children if c.dep_ in L.CLAUSAL_MODIFIERS and c.pos_ == "VERB" and c.i > root.i and
                 (c.tag_ == "VBD" or c.tag_ == "VBN" and any(
                     o.dep_ in L.OBJECTS or o.dep_ in L.PREDICATIVES and o.pos_ == "PROPN" for o in c.children))),
                None)
    if verb is not None:
        _root_on_verb(root, verb)
        _make_simple_past(verb)
        named = [c for c in verb.children if c.dep_ in L.PREDICATIVES and c.pos_ == "PROPN"]
        if named and not any(c.dep_ in L.OBJECTS for c in verb.children):  # (the name a participle was said to
            named[0].dep_ = L.EN_DIRECT_OBJECT  # be given is the verb's object)


def _mend_reported_verb_read_as_participle(verb: Token) -> None:
    """Make a past form with an object, taken for a participle of the subject of a verb of saying after a comma, the
    clause that verb reports, with the noun its subject (`Air strikes killed 20 people in Gaza, officials said`: a
    participle takes no object), unless set off by a comma (`Jane Doe, appointed chief executive last year, said …`)."""
    noun, said = verb.head, verb.head.head
    if verb.dep_ not in L.CLAUSAL_MODIFIERS or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            verb.i < noun.i or noun.dep_ not in L.SUBJECTS or said.lemma_.lower() not in WORDS.SPEECH_VERBS or \
            verb.doc[verb_group_start(verb).i - 1].text == "," or \
            not children(verb, L.OBJECTS) or not any(t.text == "," for t in verb.doc[verb.right_edge.i + 1:said.i]):
        return
    verb.head, verb.dep_ = said, L.UD_CLAUSE_COMPLEMENT
    noun.head, noun.dep_ = verb, L.UD_SUBJECT
    _make_simple_past(verb)


def _mend_predicate_noun_read_as_verb(word: Token) -> None:
    """`The deal made Brimex the largest carmaker in Europe` parsed with `carmaker` heading the clause its governor
    takes, the name its subject (and the word then tagged a verb): a word with a determiner after its subject is a
    noun, what the governor's object is made, and the name that object (not after a verb of saying, whose clause
    it is: `said Tom Hale a former magistrate`, with no comma)."""
    if word.pos_ not in ("NOUN", "VERB") or word.dep_ not in L.CLAUSE_COMPLEMENTS | L.OPEN_COMPLEMENTS:
        return
    subjects = [c for c in word.children if c.dep_ in L.SUBJECTS and c.i < word.i]
    if len(subjects) != 1 or word.head.pos_ != "VERB" or word.head.lemma_ in WORDS.SPEECH_VERBS or \
            children(word.head, L.OBJECTS) or not any(
                c.dep_ in L.DETERMINERS and subjects[0].i < c.i < word.i
                for c in word.children):
        return
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
    subjects[0].head, subjects[0].dep_ = word.head, L.EN_DIRECT_OBJECT
    word.dep_ = L.EN_OBJECT_PREDICATE


def _mend_ranked_description_read_as_object(noun: Token) -> None:
    """Make a ranked noun with an infinitive, set off after a clause and parsed as its verb's object, an apposition of
    the clause's subject, which it describes (`Valtek cut its rate on Tuesday, the first bank to do so`)."""
    found = ranked_description_set_off(noun, WORDS)
    if found is not None:
        noun.head, noun.dep_ = found[0], L.UD_APPOSITION


def _mend_clause_read_as_adjective(verb: Token) -> None:
    """Make a verb with a subject of its own, taken for an adjective of a verb's object after it, the clause that verb
    takes, and the object the clause's (`ruled that Valtek had broken competition law`: `broken` is no kind of law)."""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ not in L.ADJECTIVE_MODIFIERS or noun.dep_ not in L.OBJECTS or \
            not verb.i < noun.i:
        return
    auxiliaries = [c for c in verb.children if c.dep_ in L.AUXILIARIES]  # (the parser may hang the subject on one)
    if not any(c.dep_ in L.SUBJECTS and c.i < verb.i for w in (verb, *auxiliaries) for c in w.children):
        return
    verb.head, verb.dep_ = noun.head, L.UD_CLAUSE_COMPLEMENT
    noun.head, noun.dep_ = verb, L.EN_DIRECT_OBJECT
    for moved in [c for auxiliary in auxiliaries for c in auxiliary.children]:
        moved.head = verb


def _mend_set_off_participle_read_as_reported(participle: Token) -> None:
    """Make a past form set off by commas right after a subject, parsed as the clause a verb of saying with no subject
    reports, that subject's participle, and the subject the speaker (`Jane Doe, appointed chief executive last year,
    said …`: a clause's verb is not set off from its subject)."""
    said, doc = participle.head, participle.doc
    subjects = [c for c in children(participle, L.SUBJECTS) if c.i < participle.i]
    if participle.tag_ not in ("VBD", "VBN") or participle.dep_ not in L.CLAUSE_COMPLEMENTS or \
            said.lemma_.lower() not in WORDS.SPEECH_VERBS or not participle.i < said.i or not subjects or \
            children(said, L.SUBJECTS) or children(participle, L.AUXILIARIES) or \
            doc[participle.i - 1].text != "," or \
            max(t.i for t in subjects[0].subtree if not t.is_punct) != participle.i - 2 or \
            doc[participle.right_edge.i + 1].text != ",":
        return
    subject = subjects[0]
    subject.head, subject.dep_ = said, L.UD_SUBJECT
    participle.head, participle.dep_, participle.tag_ = subject, L.UD_CLAUSAL_MODIFIER, "VBN"


def _mend_appointing_participle_read_as_adjective(participle: Token) -> None:
    """Make a participle of appointing that opens a post set off after a name, taken for the post's adjective, the
    name's clause and the post its predicate, with the dates hung on the post (`Tom Hale, elected mayor of Karvie in
    2019, resigned`: the post is `mayor`, given in 2019)."""
    post = participle.head
    if participle.tag_ != "VBN" or participle.dep_ not in L.ADJECTIVE_MODIFIERS or \
            participle.lemma_.lower() not in WORDS.APPOINTMENT_VERBS or post.dep_ not in L.APPOSITIONS or \
            participle.i != post.left_edge.i or participle.doc[participle.i - 1].text != ",":
        return
    participle.head, participle.dep_ = post.head, L.UD_CLAUSAL_MODIFIER
    post.head, post.dep_ = participle, L.EN_OBJECT_PREDICATE
    for phrase in children(post, L.PREPOSITIONS):
        if any(names_a_date(o, WORDS) for o in children(phrase, L.PREPOSITION_OBJECTS)):
            phrase.head = participle


def _make_simple_past(verb: Token) -> None:
    """Tag a past form read as a clause's verb a simple past (so no later step takes the clause for verbless)."""
    verb.tag_ = "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")


def _mend_verb_after_examples(sentence: Span) -> None:
    """Make a past form right after the comma closing a noun's examples (`Several banks, including Valtek and Orvane,
    invested in …`), taken for a participle of that noun or of an example, the root of a sentence the parser rooted
    on the noun: the noun its subject."""
    root = sentence.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    doc = sentence.doc
    marker = next((t for t in sentence if t.i > root.i and t.lower_ in WORDS.EXAMPLE_MARKERS and
                   doc[t.i - 1].text == "," and t.head == root), None)
    if marker is None:
        return
    close = next((t.i for t in doc[marker.i + 1:sentence.end] if t.text == ","), sentence.end)
    verb = doc[close + 1] if close + 1 < sentence.end else None
    if verb is not None and verb.pos_ == "VERB" and verb.tag_ in {"VBN", "VBD"} and \
            verb.dep_ in L.CLAUSAL_MODIFIERS and (verb.head == root or marker.is_ancestor(verb)):
        _root_on_verb(root, verb)


def _mend_set_off_whose_clause(relative: Token) -> None:
    """`Orvane, whose chief executive Jane Doe resigned last month, reported a loss` parsed with the name a second
    subject of the clause's verb, or the root with the clause on it (`Valtek, whose founder Tom Hale died in 2019,
    makes chips`), and the main verb the clause verb's conjunct: the clause `whose` opens after a name's comma is the
    name's relative clause, and the verb after its closing comma, which has no subject, the root (the name its
    subject)."""
    if not _whose_after_a_comma(relative):
        return
    verb, name = next((a for a in relative.ancestors if a.pos_ == "VERB"), relative), relative.doc[relative.i - 2]
    name = name if name.dep_ not in L.NAME_PARTS else name.head
    second_subject = name.head == verb and name.dep_ in L.SUBJECTS and verb.head == verb
    rooted_on_the_name = name.head == name and verb.head == name and verb.dep_ in L.RELATIVE_CLAUSES
    if not (second_subject or rooted_on_the_name):
        return
    main = next((c for c in verb.children if c.dep_ in L.CONJUNCTS and c.pos_ == "VERB" and
                 c.doc[c.left_edge.i - 1].text == "," and not any(s.dep_ in L.SUBJECTS for s in c.children)), None)
    if main is None:
        return
    after = [c for c in verb.children if c.i > main.i]
    main.head, main.dep_ = main, L.ROOT  # (the main verb first made the root: no step makes a cycle)
    name.head, name.dep_ = main, L.UD_SUBJECT
    verb.head, verb.dep_ = name, L.EN_RELATIVE_CLAUSE
    for child in after:
        child.head = main


def _mend_adjective_of_the_noun_before_a_name(adjective: Token) -> None:
    """Hang an adjective the parser hung on a name on the common noun written right after it, itself on the name
    (`whose chief executive Jane Doe`: the post is `chief executive`)."""
    name, noun = adjective.head, adjective.doc[adjective.i + 1] if adjective.i + 1 < len(adjective.doc) else adjective
    if adjective.dep_ in L.ADJECTIVE_MODIFIERS and adjective.pos_ == "ADJ" and adjective.is_lower and \
            name.pos_ == "PROPN" and noun.head == name and noun.dep_ in L.NAME_PARTS and noun.pos_ == "NOUN":
        adjective.head = noun


def _whose_after_a_comma(relative: Token) -> bool:
    """`whose` opening a clause set off after a comma (`Orvane, whose chief executive …`)."""
    return relative.lower_ in WORDS.PREPOSITIONAL_RELATIVES and relative.i >= 2 and \
        relative.doc[relative.i - 1].text == ","


def _mend_whose_subject_read_as_apposition(relative: Token) -> None:
    """`Brimex, whose chief executive Tom Hale resigned last month, declined …` parsed with the phrase `whose` opens
    apposed to the name before it and the clause's verb, hung on that name, without subject: the phrase is the verb's
    subject."""
    if not _whose_after_a_comma(relative):
        return
    phrase = relative.head  # (up through the nouns of its phrase: `whose chief executive Tom Hale`)
    while phrase.pos_ in {"NOUN", "PROPN"} and phrase.dep_ not in L.APPOSITIONS and phrase.head != phrase:
        phrase = phrase.head
    if phrase.pos_ not in {"NOUN", "PROPN"} or phrase.dep_ not in L.APPOSITIONS:
        return
    clause = next((c for c in phrase.head.children if c.dep_ in L.RELATIVE_CLAUSES and c.i == phrase.right_edge.i + 1
                   and c.pos_ == "VERB" and not any(s.dep_ in L.SUBJECTS for s in c.children)), None)
    if clause is not None:
        phrase.head, phrase.dep_ = clause, L.UD_SUBJECT


#: the Penn tags of a name in the singular, of a present not in the third person singular (`agree`) and of a past
#: participle
SINGULAR_NAME_TAG, PLURAL_PRESENT_TAG, PAST_PARTICIPLE_TAG = "NNP", "VBP", "VBN"
#: what ends a sentence in running text (a headline has none)
SENTENCE_STOPS = frozenset({".", "!", "?"})


def _mend_apposition_read_as_preposition(noun: Token) -> None:
    """Make a noun with its article, set off by a comma right after a name and parsed as a preposition of the name
    or of the comma, the name's apposition (`According to Jane Doe, a spokeswoman for Valtek, the plant …`)."""
    start = noun.left_edge.i
    if noun.pos_ == "NOUN" and noun.dep_ in L.PREPOSITIONS and start >= 2 and noun.doc[start - 1].text == "," and \
            noun.doc[start - 2].pos_ == "PROPN" and noun.head.i in (start - 2, start - 1) and \
            any(c.dep_ in L.DETERMINERS for c in noun.children):
        noun.head, noun.dep_ = noun.doc[start - 2], L.UD_APPOSITION


def _mend_apposition_read_as_second_predicate(noun: Token) -> None:
    """Make a noun with its article, set off by a comma right after the name that ends a copula's predicate and parsed
    as a second predicate, that name's apposition (`Valtek is a unit of Brimex, the German chemicals group`)."""
    start, verb = noun.left_edge.i, noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in L.ATTRIBUTES or start < 2 or noun.doc[start - 1].text != "," or \
            not any(c.dep_ in L.DETERMINERS for c in noun.children):
        return
    name = noun.doc[start - 2]
    if name.pos_ == "PROPN" and any(c.dep_ in L.ATTRIBUTES and c.i < name.i and c.right_edge == name
                                    for c in verb.children):
        noun.head, noun.dep_ = name, L.UD_APPOSITION


def _mend_list_read_as_apposition(name: Token) -> None:
    """Make a name set off by a comma after another name, and coordinated with a third, the second of a list of three
    (`Valtek, the Orvane Group and Brimex Holdings won …`, `Tom Hale, Jane Doe and Paul Roy joined …`): the parser
    takes a name of several words there for an apposition of the first, which kept the others out of its clause.
    So is a name after a name subject's comma, right before a verb in the plural (a headline's `A, B agree`)."""
    if name.dep_ not in L.APPOSITIONS or name.pos_ != "PROPN" or name.head.pos_ != "PROPN" or \
            name.head.i > name.i or name.doc[name.left_edge.i - 1].text != ",":
        return
    if any(c.dep_ in L.CONJUNCTS and c.pos_ == "PROPN" for c in name.children) and \
            any(c.dep_ in L.COORDINATORS for c in name.children):
        name.dep_ = L.UD_CONJUNCT
    subject, verb = name.head, name.head.head
    if subject.dep_ in L.SUBJECTS and subject.tag_ == SINGULAR_NAME_TAG and \
            verb.tag_ == PLURAL_PRESENT_TAG and name.right_edge.i + 1 == verb.i:
        name.dep_ = L.UD_CONJUNCT  # `Valtek, Brimex agree merger`: a headline's comma for `and`, as the verb's number
        # says (a name in the singular and its apposition take `agrees`)


def _mend_reduced_passive(verb: Token) -> None:
    """Make the subject of a past participle heading a headline's clause without auxiliary passive (`Paul Roy arrested
    in Lyon`, `Orvane acquired by Valtek`): an active past is tagged a past tense, so a participle there is a passive
    whose `was` the headline leaves out (in a sentence, which ends with a stop, the tagger also tags an active past a
    participle: `the empire stretched from …`)."""
    if verb.pos_ != "VERB" or verb.tag_ != PAST_PARTICIPLE_TAG or verb.dep_ not in {L.ROOT} | L.CONJUNCTS or \
            children(verb, L.AUXILIARIES | L.PASSIVE_AUXILIARIES) or verb.sent[-1].text in SENTENCE_STOPS:
        return
    for subject in children(verb, L.SUBJECTS):
        subject.dep_ = L.EN_PASSIVE_SUBJECT


def _mend_cleft_clause(verb: Token) -> None:
    """`It was Valtek that won the contract` parsed with the clause a complement of `was`: the clause a relative
    pronoun opens after the focus of a cleft sentence (`it is X`) is the focus's relative clause."""
    copula = verb.head
    if verb.dep_ not in L.CLAUSE_COMPLEMENTS or copula.lemma_ not in WORDS.COPULA_VERBS or not any(
            c.lower_ in WORDS.RELATIVE_PRONOUNS and c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children):
        return
    focus = next((c for c in copula.children if c.dep_ in L.ATTRIBUTES and c.i < verb.i), None)
    if focus is not None and any(c.lower_ in WORDS.CLEFT_PRONOUNS and c.dep_ in L.SUBJECTS for c in copula.children):
        verb.head, verb.dep_ = focus, L.EN_RELATIVE_CLAUSE


def _mend_verb_with_subject_read_as_adjective(sentence: Span) -> None:
    """Make a past form with a subject of its own, taken for an adjective inside the noun phrase a sentence is rooted
    on, the root: the noun phrase its object (`The newspaper tasked private investigator Tom Hale with …`)."""
    root = sentence.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = next((t for t in sentence if t.pos_ == "VERB" and t.tag_ == "VBD" and t.dep_ in L.ADJECTIVE_MODIFIERS and
                 root.left_edge.i < t.i < root.i and any(c.dep_ in L.SUBJECTS and c.i < t.i for c in t.children)), None)
    if verb is not None:
        _root_on_verb(root, verb, L.EN_DIRECT_OBJECT)


def _mend_verb_after_a_name_read_as_adjective(sentence: Span) -> None:
    """Make a past form right after the name opening a sentence, taken for an adjective inside the noun phrase the
    sentence is rooted on, the root: the name its subject, the noun phrase its object (`Valtek Group sacked manager
    Tom Hale`, `Orvane hired coach X`, parsed as one name)."""
    root, doc = sentence.root, sentence.doc
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = next((t for t in sentence if t.pos_ == "VERB" and t.tag_ in {"VBD", "VBN"} and
                 t.dep_ in L.ADJECTIVE_MODIFIERS and sentence.start < t.i < root.i), None)
    if verb is None or root.left_edge.i != sentence.start or \
            not all(t.text[:1].isupper() and t.is_alpha for t in doc[sentence.start:verb.i]):
        return
    name = doc[verb.i - 1]
    for word in doc[sentence.start:name.i]:
        word.head, word.dep_ = name, L.EN_COMPOUND
    _root_on_verb(root, verb, L.EN_DIRECT_OBJECT)
    name.head, name.dep_ = verb, L.UD_SUBJECT


def _mend_subject_taken_for_a_preposition_s_object(name: Token) -> None:
    """`Shares fell after Valtek, the region's largest employer, reported a loss` parsed with the subject the object
    of `after` and its verb a subjectless clause of the main verb: a noun after a preposition of time, followed, after
    its apposition, by a finite verb without subject hung on the same verb, is that verb's subject, and the
    preposition the clause's conjunction."""
    preposition = name.head
    if name.dep_ not in L.PREPOSITION_OBJECTS or preposition.lower_ not in WORDS.TIME_CASES or \
            preposition.dep_ not in L.PREPOSITIONS:
        return
    main, doc = preposition.head, name.doc
    verb = next((t for t in doc[name.right_edge.i + 1:name.sent.end] if t.pos_ == "VERB"), None)
    if verb is None or verb.head != main or verb.dep_ not in L.ADVERBIAL_CLAUSES | L.CONJUNCTS or \
            verb.tag_ not in {"VBD", "VBZ", "VBP"} or children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS) or \
            any(t.pos_ not in {"PUNCT", "AUX", "PART"} for t in doc[name.right_edge.i + 1:verb.i]):
        return
    name.head, name.dep_ = verb, L.UD_SUBJECT
    preposition.head, preposition.dep_ = verb, L.UD_MARKER


def _mend_name_compounded_on_the_post(post: Token) -> None:
    """`The board elected Tom Hale chairman` parsed with the name a compound of the post: a person's name right
    before the bare noun object of a verb of appointing (or before its words) is the object, and the noun the post it
    is given."""
    verb = post.head
    if post.dep_ not in L.OBJECTS or post.pos_ != "NOUN" or verb.lemma_.lower() not in WORDS.APPOINTMENT_VERBS or \
            children(post, L.DETERMINERS | L.POSSESSORS):
        return
    name = next((c for c in children(post, L.NAME_PARTS | L.NOUN_MODIFIERS) if c.pos_ == "PROPN" and
                 any(t.ent_type_ in PERSON_ENTITIES for t in c.subtree) and
                 c.left_edge.i == verb.i + 1 and all(t.head == post for t in post.doc[c.right_edge.i + 1:post.i])),
                None)  # (with the post's own words between: `names Jane Doe chief executive`)
    if name is not None:
        name.head, name.dep_ = verb, L.EN_DIRECT_OBJECT
        post.dep_ = L.EN_OBJECT_PREDICATE


def _mend_post_read_as_apposition(post: Token) -> None:
    """`Valtek named Jane Doe its new chief financial officer` parsed with the post an apposition of the name: a noun
    with a possessive right after the object of a verb of appointing, with no comma between, is what the object is
    made."""
    name = post.head
    verb = name.head
    if post.dep_ not in L.APPOSITIONS or post.pos_ != "NOUN" or name.dep_ not in L.OBJECTS or \
            verb.lemma_.lower() not in WORDS.APPOINTMENT_VERBS or not children(post, L.POSSESSORS) or \
            post.doc[post.left_edge.i - 1].is_punct or post.left_edge.i <= name.i:
        return
    post.head, post.dep_ = verb, L.EN_OBJECT_PREDICATE


def _mend_subject_taken_for_a_conjunct(name: Token) -> None:
    """`Having been fired by Valtek, Jane Doe joined Orvane` parsed with the name a conjunct of the clause's last noun:
    a noun phrase after the comma that closes a clause opening the sentence, right before a finite verb without
    subject, is that verb's subject."""
    doc, start, end = name.doc, name.left_edge.i, name.right_edge.i
    if name.dep_ not in L.CONJUNCTS or start < 1 or doc[start - 1].text != "," or end + 1 >= len(doc) or \
            children(name.head, L.COORDINATORS):
        return
    verb = doc[end + 1]
    verb = verb.head if verb.dep_ in L.AUXILIARIES else verb
    if verb.pos_ != "VERB" or "Fin" not in verb_group_start(verb).morph.get("VerbForm") or \
            verb_group_start(verb).i != end + 1 or children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS) or not any(
                a.head == verb and a.dep_ in L.ADVERBIAL_CLAUSES and a.left_edge.i == name.sent.start
                for a in name.ancestors):
        return
    name.head, name.dep_ = verb, L.UD_SUBJECT


def _root_on_verb(root: Token, verb: Token, role: str = L.UD_SUBJECT) -> None:
    """Make `verb` the sentence's root and the noun the parser rooted it on its subject (or its `role`); what followed
    both on the noun (the closing full stop, a second complement) goes on the verb."""
    after = [c for c in root.children if c.i > max(verb.i, root.i)]
    verb.head, verb.dep_ = verb, L.ROOT  # (the verb first made the root: no step makes a cycle)
    root.head, root.dep_ = verb, role
    for child in after:
        child.head = verb


def _mend_name_split_into_arguments(name: Span) -> None:
    """Make the words of a name the parser hung each on the verb (`David Ben-Gurion led …` parsed with `David`, `Ben`,
    `-` and `Gurion` four arguments of `led`: it read `-Gurion` a second subject) parts of its last word, which keeps
    its place (not a list the NER took for one name: `Tom and Jane`, `Valtek, Brimex`)."""
    outside = [t for t in name if not name.start <= t.head.i < name.end]
    if len(outside) < 2 or name[-1] not in outside or len({t.head.i for t in outside}) > 1 or \
            any(t.pos_ != "PROPN" and t.text != "-" for t in outside) or any(t.text == "," for t in name):
        return  # (nor a name the NER ran on past: `The Tamarisks in 1975`)
    for word in outside[:-1]:
        word.head, word.dep_ = name[-1], L.UD_PUNCTUATION if word.is_punct or word.text == "-" else L.EN_COMPOUND


def _mend_number_ending_a_name(number: Token) -> None:
    """`The CAC 40 closed up 1.2%`, `the FTSE 100 fell`: a number right after an organisation's name, heading the
    clause's argument with the name its compound, or hung on the name as its count, ends that name (the NER's entity
    stopped before it: `40` was the subject, or the name `FTSE`)."""
    doc = number.doc
    if number.pos_ != "NUM" or number.i == 0 or number.ent_type_ in ("DATE", "TIME") or \
            WORDS.DATE_WORDS.search(number.text):
        return  # (not a year after a name: `Guggenheim 1988-1989`)
    name = doc[number.i - 1]
    heads_it = number.dep_ in L.SUBJECTS | L.OBJECTS | L.PREPOSITION_OBJECTS and name.head == number and \
        name.dep_ in L.NAME_PARTS
    counts_it = number.dep_ in L.NUMERIC_MODIFIERS and number.head == name and number.n_lefts + number.n_rights == 0
    if name.pos_ != "PROPN" or not (heads_it or counts_it):
        return  # (before the entities are looked through: most numbers are no name's)
    entity = next((e for e in doc.ents if e.end == number.i and e.label_ == "ORG"), None)
    if entity is None:
        return
    if counts_it:
        number.dep_ = L.EN_COMPOUND
    number.pos_, number.tag_ = "PROPN", "NNP"
    doc.ents = [e for e in doc.ents if e != entity and not e.start <= number.i < e.end] + [
        Span(doc, entity.start, number.i + 1, label=entity.label_)]


def _mend_subject_read_as_compound(verb: Token) -> None:
    """Make a compound before a finite verb in lower case, which has no subject, that subject."""
    if verb.pos_ != "VERB" or not verb.is_lower or "Fin" not in verb.morph.get("VerbForm") or \
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children):
        return
    subject = next((c for c in verb.children if c.dep_ in L.NAME_PARTS and c.i < verb.i), None)
    if subject is not None:
        subject.dep_ = L.UD_SUBJECT


def _mend_name_after_its_title_read_as_compound(verb: Token) -> None:
    """`German carmaker Valtek cut jobs` parsed with the title the verb's subject and the name a compound of the
    verb: the name right after the subject, hung on the verb as a compound, is the subject, the title its compound."""
    if verb.pos_ != "VERB":
        return
    subject = next((c for c in verb.children if c.dep_ in L.SUBJECTS and c.i < verb.i), None)
    name = next((c for c in verb.children if c.dep_ in L.NAME_PARTS and c.pos_ == "PROPN"), None)
    if subject is None or name is None or subject.pos_ != "NOUN" or not subject.i < name.i < verb.i or \
            subject.right_edge.i != name.left_edge.i - 1:
        return
    name.dep_ = subject.dep_
    subject.head, subject.dep_ = name, L.EN_COMPOUND


def _mend_date_read_as_name(date: Token) -> None:
    """Make a day or a month after a preposition, parsed as the first word of a name after it, the preposition's
    object; the name, which was that object, the subject of a verb without one; the date alone the NER's date."""
    doc, name = date.doc, date.head
    if date.i == 0 or date.dep_ not in L.NAME_PARTS or name.pos_ != "PROPN" or name.i <= date.i or \
            not WORDS.DATE_WORDS.fullmatch(date.text) or doc[date.i - 1].dep_ not in L.PREPOSITIONS or \
            not all(t.pos_ == "PROPN" and t.head == name for t in doc[date.i + 1:name.i]):
        return
    preposition, verb = doc[date.i - 1], doc[date.i - 1].head
    if name.dep_ in L.PREPOSITION_OBJECTS and name.head == preposition:
        if verb.pos_ != "VERB" or verb.i < name.i or any(c.dep_ in L.SUBJECTS for c in verb.children):
            return
        name.head, name.dep_ = verb, L.UD_SUBJECT
    elif any(c.dep_ in L.PREPOSITION_OBJECTS for c in preposition.children):
        return
    date.head, date.dep_ = preposition, L.EN_PREPOSITION_OBJECT
    entities = [e for e in doc.ents if not e.start <= date.i < e.end]
    doc.ents = [*entities, Span(doc, date.i, date.i + 1, label="DATE")]


def _mend_purpose_phrase(noun: Token) -> None:
    """Make the infinitive hung on the noun of a purpose phrase (`cut costs in order to sell X`, parsed as a phrase
    `in order` of the verb with `to sell X` on `order`) a purpose clause of the verb, the phrase's words its markers."""
    preposition = noun.head
    if noun.dep_ not in L.PREPOSITION_OBJECTS or preposition.dep_ not in L.PREPOSITIONS or \
            f"{preposition.lower_} {noun.lower_}" not in WORDS.PURPOSE_PHRASES:
        return
    clause = next((c for c in noun.children if c.pos_ == "VERB" and c.dep_ in L.CLAUSAL_MODIFIERS), None)
    if clause is not None:
        clause.head, clause.dep_ = preposition.head, L.UD_ADVERBIAL_CLAUSE
        for word in (preposition, noun):
            word.head, word.dep_ = clause, L.UD_MARKER


def _mend_age_after_adjective(adjective: Token) -> None:
    """Hang the number after an adjective of age (`aged 78`) on it, where the parser hung it elsewhere."""
    doc = adjective.doc
    if adjective.lower_ not in WORDS.AGE_ADJECTIVES or adjective.i + 1 >= len(doc):
        return
    number = doc[adjective.i + 1]
    if number.like_num and number.head != adjective and not adjective.is_ancestor(number) and \
            not number.is_ancestor(adjective):
        number.head, number.dep_ = adjective, L.EN_NOUN_PHRASE_ADVERBIAL


def _mend_phrase_on_a_body_part(preposition: Token) -> None:
    """Hang a phrase the parser hung on a part of the body, in a verb's phrase, on the verb (`wounded in the head in
    Kabul`): one takes no phrase but whose it is (`of`)."""
    part = preposition.head
    phrase = part.head
    verb = phrase.head
    if preposition.dep_ in L.PREPOSITIONS and preposition.lower_ not in WORDS.OF_CASES and \
            part.dep_ in L.PREPOSITION_OBJECTS and part.lemma_.lower() in WORDS.BODY_PARTS and \
            phrase.dep_ in L.PREPOSITIONS and verb.pos_ == "VERB" and preposition.i > part.i:
        preposition.head = verb


def _mend_gerund_phrase_on_an_amount(preposition: Token) -> None:
    """Hang a gerund's phrase the parser hung on an amount a verb takes on the verb (`was fined 50 million euros for
    breaching the rules`: why it was fined, not which euros)."""
    amount = preposition.head
    if preposition.dep_ in L.PREPOSITIONS and amount.dep_ in L.OBJECTS and amount.head.pos_ == "VERB" and \
            any(c.dep_ in L.PREPOSITION_COMPLEMENTS and c.tag_ == "VBG" for c in preposition.children) and \
            (amount.ent_type_ in WORDS.AMOUNT_ENTITIES or any(c.pos_ == "NUM" for c in amount.children)):
        preposition.head = amount.head


def _mend_units_in_two_words(doc: Doc) -> None:
    """Make each unit written in two words after a number one noun (`per cent`, as `percent`) and hang the number on
    it, when the parser did not (`20 per cent` parsed as `20` and a phrase `per cent` of the verb)."""
    numbers = [t.i for t in doc[:-2] if t.like_num and f"{doc[t.i + 1].lower_} {doc[t.i + 2].lower_}" in
               WORDS.TWO_WORD_UNITS]
    if not numbers:
        return
    with doc.retokenize() as retokenizer:
        for i in numbers:
            retokenizer.merge(doc[i + 1:i + 3], attrs={"POS": "NOUN", "LEMMA": doc[i + 1:i + 3].text.lower()})
    for merged, i in enumerate(numbers):
        number = doc[i - merged]
        unit = doc[number.i + 1]
        if number.head != unit:
            unit.head, unit.dep_ = (number.head, number.dep_) if number.head != number else (unit, number.dep_)
            number.head, number.dep_ = unit, L.EN_NUMBER_MODIFIER


def _object_of_a_verb_tagged_adjective(verb: Token) -> Token | None:
    """`… and studied law at Oxford` parsed with `studied` an adjective of `law`, the conjunct of the verb before: a
    verb right after `and` / `or`, modifying a conjunct noun with no determiner before it, is that verb's (the noun
    returned)."""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ not in L.ADJECTIVE_MODIFIERS or noun.dep_ not in L.CONJUNCTS or \
            noun.head.pos_ != "VERB" or not noun.head.i < verb.i < noun.i or verb.i == 0 or \
            verb.doc[verb.i - 1].dep_ not in L.COORDINATORS:
        return None
    return None if any(c.dep_ in L.DETERMINERS | L.POSSESSORS for c in noun.children) else noun


def _mend_coordinated_verb(verb: Token, noun: Token) -> None:
    """Make the verb the conjunct of the verb before, the noun its object, and hang the coordinator and the phrases
    after the noun on it."""
    first = noun.head
    for moved in [verb.doc[verb.i - 1], *(c for c in first.children if c.i > noun.i and c.dep_ in L.PREPOSITIONS)]:
        moved.head = verb
    verb.head, verb.dep_ = first, L.UD_CONJUNCT
    noun.head, noun.dep_ = verb, L.EN_DIRECT_OBJECT


def _keep_hyphenated_words(nlp: Language) -> None:
    """Keep a word after a prefix of `HYPHEN_PREFIXES` whole (`co-founder`, `ex-wife`, `vice-president`), an age
    (`the 54-year-old`) and a score (`3-1`): split at the hyphens, the small model parses `co`, `-` and `founder` as
    three subjects, `The 54-year-old joined Acme` as a noun phrase (`joined` an adjective) and `beat X 3-1` with no
    verb."""
    default = nlp.tokenizer.token_match

    def token_match(text: str) -> bool:
        prefix, hyphen, rest = text.partition("-")
        return (hyphen and prefix.lower() in WORDS.HYPHEN_PREFIXES and rest.isalpha()) or bool(
            WORDS.AGED_PERSON.fullmatch(text) or WORDS.SCORES.fullmatch(text)) or bool(default is not None and
                                                                                    default(text))

    nlp.tokenizer.token_match = token_match


#: a hyphen between an abbreviation's full stop and a word (`U.S.-based`, `U.K.-listed`), which the default infixes,
#: written for a hyphen between letters, leave inside one token
_HYPHEN_AFTER_ABBREVIATION = r"(?<=[A-Za-z]\.)-(?=[A-Za-z])"


def _split_hyphen_after_abbreviation(nlp: Language) -> None:
    """Split `U.S.-based Valtek` as `Paris-based Valtek` is split, so the place it is based in is read."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # (the loaded model's own, not the language defaults)
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_HYPHEN_AFTER_ABBREVIATION}").finditer
