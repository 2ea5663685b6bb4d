"""Grammar helpers both languages' adapters share: negation passed on by stop and implicative verbs, intent nouns,
predicates of a verb and an idiom's noun, what a prepositional phrase adds, what an adapter says a verb's objects are.
"""

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc, Token

from ..lang.words import WordLists
from ..model import Mention
from ..ontology import Lexicon
from . import labels as L
from .context import case_word, children, grammar_of, morph, words_of
from .names import LOCATION_ENTITIES, TIME_ENTITIES, is_name, stands_for_entity


@dataclass(frozen=True)
class VerbObjects:
    """What a grammar adapter reads as a verb's objects (`verb_objects`): their heads, the lexicon frame they fill
    (`obj`, a preposition, `se:de`), the tokens they used up (no qualifier is read from those), and an amount the
    objects were given as, if any (`invest $2bn in Acme`: `$2bn`)."""

    objects: list[Token] = field(default_factory=list)
    frame: str = ""
    used: set[int] = field(default_factory=set)
    amount: Mention | None = None


#: relations whose object may be an act, told by an infinitive or gerund clause (`demande à X d'annuler Y`,
#: `denies conspiring with others`)
ACT_RELATIONS = frozenset({"asks", "demands", "orders", "promises", "proposes", "denies", "admits", "authorizes",
                           "bans"})
#: relations whose object is a wrong: a sum alone says none (`soupçonné d'avoir détourné 2 millions d'euros`: the act)
WRONG_RELATIONS = frozenset({"accusedOf", "convictedOf", "acquittedOf"})
#: the qualifier roles a clause may fill, as written (`for stealing a car`, `d'avoir copié ses brevets`): what an act
#: is for, why, or about
CLAUSE_ROLES = frozenset({"purpose", "reason", "topic"})
#: the lexicon frame of a verb whose object is an act told by an infinitive clause, where its direct object means
#: something else (`propose de relever l'âge de départ`: proposes; `propose ses services`: provides)
INFINITIVE_FRAME = "inf"


def names_no_thing(noun: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a verb's object only supports it (`took a decision`, `joue un rôle`): a support noun names no thing as
    the object of a support verb, or of a verb the lexicon has no object for; the verb the lexicon knows with one says
    what it does to it (`criticized the decision`, `a dénoncé les mesures du gouvernement`), and a plural a noun
    before it makes a kind of thing names things (`makes aircraft parts`; not `played the title role`). Some nouns
    name no thing whatever the verb (`provides a way to …`), and a figure expected none a result is measured against
    (`beat analysts' estimates`)."""
    words, word, lang = words_of(noun.doc), noun.lemma_.lower(), noun.doc.lang_
    known = lexicon.frame(lang, lemma, "obj") is not None or any(  # (with its particle: `turned down the offer`)
        lexicon.frame(lang, lemma, p.lower_) is not None for p in children(noun.head, L.PARTICLES))
    return word in words.EMPTY_OBJECTS or word in words.SUPPORT_OBJECTS and not _names_a_kind(noun) and (
        lemma in words.SUPPORT_VERBS or not known) or \
        _length_of_time(noun, words) or word in words.EXPECTATION_NOUNS and lemma in words.BEATING_VERBS


def event_read_elsewhere(noun: Token, verb: Token, events: Mapping[str, str], lexicon: Lexicon) -> bool:
    """Whether an event noun the verb makes (`signed a deal with X`, `a conclu un accord avec X`) is read by the event
    rule, not as the verb's object. An event of partners read alone would relate no one: one that names no partner,
    on the noun or the verb, with a lone subject, is a thing the verb acts on (`Airbus won a contract`, `a remporté un
    contrat`; but `A and B signed a deal` partners A and B)."""
    words, lang = words_of(noun.doc), noun.doc.lang_
    event = events.get(noun.lemma_.lower())
    if event is None or is_name(noun):
        return False
    partner = words.PARTNER_CASE
    if not partner or lexicon.frame(lang, event, partner) is None:
        return True
    named = any(_preposition_of(c) == partner for h in (noun, verb) for c in h.children)
    joint = any(children(s, L.CONJUNCTS) for s in children(verb, L.SUBJECTS))
    return named or joint


def _length_of_time(noun: Token, words: WordLists) -> bool:
    """`a passé dix ans chez X`, `spent a decade at X`: a time noun counted, with nothing more said of it, is how
    long, no thing the verb acts on (but `une journée de grève`, `a year of talks`: an event; `a shorter week`)."""
    if noun.lemma_.lower() not in words.TIME_NOUNS:
        return False
    counted = any(c.pos_ == "NUM" or counts_a_time(c) for c in noun.children)
    return counted and all(c.dep_ in L.DETERMINERS or c.pos_ == "NUM" for c in noun.children)  # (not `advocated a
    # shorter working week`)


def counts_a_time(article: Token) -> bool:
    """`un an de prison`, `a year in prison`: the indefinite article of a noun of a time says one of it."""
    return article.head.i == article.i + 1 and "Ind" in morph(article, "Definite") and \
        article.head.lemma_.lower() in words_of(article.doc).TIME_NOUNS


def _names_a_kind(noun: Token) -> bool:
    """A plural a noun before it makes a kind of thing (`aircraft parts`)."""
    return "Plur" in morph(noun, "Number") and any(c.pos_ == "NOUN" and c.i < noun.i
                                                       for c in children(noun, L.NAME_PARTS))


def moves_a_seat(verb: Token) -> bool:
    """`moved its headquarters to Amsterdam`, `a transféré son siège à Lyon`, `X's headquarters will move to Y`: the
    headquarters rule reads the verb (its subject, or the seat's owner, is based there), no clause of its own."""
    words = words_of(verb.doc)
    seats = children(verb, L.OBJECTS | L.SUBJECTS | L.PASSIVE_SUBJECTS) + (
        children(verb.head, L.SUBJECTS) if verb.dep_ in L.OPEN_COMPLEMENTS else [])  # (`va déménager`)
    return verb.lemma_.lower() in words.RELOCATION_VERBS and any(
        o.lemma_.lower() in words.HEADQUARTERS_NOUNS for o in seats)


def summed_up_clause(noun: Token, words: WordLists) -> Token | None:
    """`Valtek va fermer son usine, une décision critiquée par les syndicats`, `…, a claim denied by the company`: a
    noun that sums up what was said or done (`SUMMARY_NOUNS`), with an indefinite article, set off by a comma at the
    end of its sentence, is about the clause before it, not an apposition or an object of a word in it; so is a noun
    parsed as a second object there (`_second_object`). The verb of that clause, or None (the `words` given, as parse
    repairs ask before a Doc knows its extraction's)."""
    if noun.pos_ != "NOUN" and noun.lower_ not in words.SUMMARY_NOUNS:
        return None  # (the cheap test first: parse repairs ask of every word)
    doc, start = noun.doc, phrase_start(noun).i  # (the comma may hang on the noun)
    if start < 2 or doc[start - 1].text != "," or not all(t.is_punct for t in doc[noun.right_edge.i + 1:noun.sent.end]):
        return None
    indefinite = any(c.dep_ in L.DETERMINERS and c.lower_ in words.INDEFINITE_ARTICLES for c in noun.children)
    verb = _second_object(noun, words) if not indefinite else None
    if verb is not None:
        return verb
    if noun.lower_ not in words.SUMMARY_NOUNS or not indefinite:
        return None
    verb = next((t for t in (doc[start - 2], *doc[start - 2].ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    return verb if verb is not None and not noun.is_ancestor(verb) else None


def _second_object(noun: Token, words: WordLists) -> Token | None:
    """`Valtek cut 300 jobs in March, its biggest cut since 2009`, `a relevé ses taux jeudi, sa troisième hausse cette
    année`: a common noun the parser took for a second object of a verb that has one before it, or for a conjunct of
    that object with a word of the verb between them, set off by a comma, rates the clause's act (a verb's object is
    not set off after another; not a ranked noun with an infinitive, which says what the subject is:
    `ranked_description_set_off`; not an item of a list). The verb, or None."""
    if noun.pos_ != "NOUN" or _in_a_list(noun) or ranked_description_set_off(noun, words) is not None or any(
            c.pos_ == "PROPN" for c in children(noun, L.APPOSITIONS | L.NAME_PARTS) if c.i > noun.i):
        return None  # (`…, le Dr Vladan`: a title set before a name, an apposition of the object)
    start = phrase_start(noun).i
    before = noun.doc[start - 2]  # (`ses taux jeudi, sa …`: `jeudi` is the verb's, so `hausse` is no item of a list)
    if noun.dep_ in L.CONJUNCTS and noun.head.dep_ in L.OBJECTS and not noun.head.is_ancestor(before):
        return noun.head.head if noun.head.head.pos_ == "VERB" else None
    verb = noun.head
    return verb if noun.dep_ in L.OBJECTS and verb.pos_ == "VERB" and any(
        o.i < start for o in children(verb, L.OBJECTS)) else None


def _in_a_list(noun: Token) -> bool:
    """Whether a coordinator joins the noun, or the noun it is a conjunct of, to a further item (`A, B et C`)."""
    heads = [noun, noun.head] if noun.dep_ in L.CONJUNCTS else [noun]
    return any(children(item, L.COORDINATORS) for head in heads for item in (head, *children(head, L.CONJUNCTS)))


def mend_set_off_perfect_participle(auxiliary: Token, passive_subject: str) -> Token | None:
    """`Paul Roy, ayant perdu son emploi, a quitté Valtek`, `Valtek, having bought Orvane, closed …`: a clause of a
    present participle auxiliary (`ayant`, `étant`, `having`) set off by commas after a noun phrase describes it, the
    subject of the finite verb after the closing comma. Parsers often make the participle the root (and the verb its
    parataxis), the phrase the participle's subject, or the participle the phrase's modifier. A parse repair both
    languages share: the participle, hung on the verb, if the clause was mended (`passive_subject`: the language's
    label for the verb's subject if it is passive)."""
    doc, sentence = auxiliary.doc, auxiliary.sent
    if auxiliary.pos_ != "AUX" or morph(auxiliary, "VerbForm") != ["Part"] or \
            morph(auxiliary, "Tense") != ["Pres"] or auxiliary.i - 2 < sentence.start or \
            doc[auxiliary.i - 1].text != "," or not auxiliary.i < auxiliary.head.i:
        return None
    participle, opening = auxiliary.head, auxiliary.i - 1
    closing = next((t.i for t in doc[auxiliary.i + 1:sentence.end] if t.text == ","), None)
    verb = next((t for t in doc[closing + 1:sentence.end] if t.pos_ == "VERB"), None) if closing else None
    if verb is None or participle.i > closing or verb_group_start(verb).i != closing + 1 or \
            "Fin" not in morph(doc[closing + 1], "VerbForm"):
        return None
    start = next((t.i + 1 for t in reversed(doc[sentence.start:opening]) if t.text == ","), sentence.start)
    heads = [t for t in doc[start:opening] if not start <= t.head.i < opening]
    if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN", "PRON"} or any(
            c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and c.i < verb.i and c not in (heads[0], participle)
            for c in verb.children):
        return None
    noun = heads[0]
    above = next((w for w in (noun, participle) if w.is_ancestor(verb)), None)
    if above is not None:  # (the verb takes the place of the word the parser hung it under)
        verb.head, verb.dep_ = (verb, L.ROOT) if above.head == above else (above.head, above.dep_)
    participle.head, participle.dep_ = verb, L.UD_ADVERBIAL_CLAUSE
    passive = any(c.dep_ in L.PASSIVE_AUXILIARIES for c in verb.children)
    noun.head, noun.dep_ = verb, passive_subject if passive else L.UD_SUBJECT
    return participle


def counted_by(noun: Token) -> Token:
    """`une série de frappes`, `a wave of strikes`: the noun of quantity a noun is counted by, which takes its place
    in the clause (the verb doing the strikes has it for object); else the noun itself."""
    holder = next((a for a in islice(noun.ancestors, 2) if a.pos_ == "NOUN"), None)
    return holder if holder is not None and holder.lemma_.lower() in words_of(noun.doc).QUANTITY_NOUNS and \
        noun in grammar_of(noun.doc).of_complements(holder) else noun


def verb_group_start(verb: Token) -> Token:
    """The first word of a verb group: its earliest auxiliary (`a annoncé`), else the verb."""
    return min([verb, *children(verb, L.AUXILIARIES)], key=lambda t: t.i)


def mend_subject_read_as_object_conjunct(name: Token) -> None:
    """`Marie Martin a inscrit un doublé et Brimex s'est imposé face à Valtek`, `Jane Doe met Tom Hale and Valtek
    signed a deal`, parsed with the second name a conjunct of the first verb's object: a name coordinated with a verb's
    object, right before a finite verb group with no subject, is that verb's subject, with the coordinator before it,
    and that verb the first one's conjunct."""
    doc, end = name.doc, name.right_edge.i
    if name.dep_ not in L.CONJUNCTS or name.pos_ != "PROPN" or name.head.dep_ not in L.OBJECTS or end + 1 >= len(doc):
        return
    start = min(t.i for t in name.subtree if t.dep_ not in L.COORDINATORS)  # (the coordinator may be the name's)
    verb = doc[end + 1]
    verb = verb.head if verb.dep_ in L.AUXILIARIES | L.REFLEXIVES else verb
    if verb.pos_ != "VERB" or said_from(verb).i != end + 1 or \
            "Fin" not in morph(verb_group_start(verb), "VerbForm") or \
            children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS):
        return
    first = name.head.head
    if start > 0 and doc[start - 1].dep_ in L.COORDINATORS:
        doc[start - 1].head = verb
    name.head, name.dep_ = verb, L.UD_SUBJECT
    if not verb.is_ancestor(first) and verb != first:
        verb.head, verb.dep_ = first, L.UD_CONJUNCT


def said_from(verb: Token) -> Token:
    """Where a verb set after what it reports begins: its group with a reflexive pronoun before it (`« … », s'est
    félicité X`)."""
    first = verb_group_start(verb)
    return next((c for c in children(verb, L.REFLEXIVES) if c.i == first.i - 1), first)


def shared_objects(verb: Token) -> list[Token]:
    """`a racheté puis revendu Bolt`, `owns and operates X`: a verb with neither object nor argument, coordinated
    with a later verb of the same subject that has objects, shares them."""
    finite = "Fin" in morph(verb, "VerbForm") or children(verb, L.AUXILIARIES)  # (not `un texte adopté et …`)
    if not finite or children(verb, L.ARGUMENT_OBLIQUES | L.CLAUSE_COMPLEMENTS | L.OPEN_COMPLEMENTS |
                              L.PASSIVE_AUXILIARIES):
        return []
    later = next((c for c in children(verb, L.CONJUNCTS) if c.pos_ == "VERB" and c.i > verb.i and
                  not children(c, L.SUBJECTS | L.PASSIVE_SUBJECTS)), None)
    return children(later, L.OBJECTS) if later is not None else []


def phrase_start(phrase: Token) -> Token:
    """The first word of a phrase, not counting the punctuation the parser hangs on it (`, basée à Lyon`)."""
    return next(t for t in phrase.subtree if not t.is_punct or t == phrase)


def names_a_date(token: Token, words: WordLists) -> bool:
    """A day or month (`lundi`), or a relative time noun with its adjectives or its demonstrative (`l'an prochain`,
    `cette année`): a date (the language's `words` given, as parse repairs ask before a Doc knows its
    extraction's)."""
    if words.DATE_WORDS.fullmatch(token.text):
        return True
    if token.lower_ not in words.RELATIVE_TIME_NOUNS:
        return False
    said = sorted([token, *(c for c in token.children if c.dep_ in L.ADJECTIVE_MODIFIERS)], key=lambda t: t.i)
    demonstrative = [c for c in token.children if c.dep_ in L.DETERMINERS and "Dem" in morph(c, "PronType")]
    return any(words.DATE_WORDS.fullmatch(" ".join(t.text for t in phrase)) for phrase in (said, demonstrative + said))


def compared_figures(phrases: list[tuple[str, Token]], roles: Collection[str], words: WordLists) -> set[int]:
    """`earned $3 billion in 2023, against $2.5 billion in 2022`: of a verb's phrases (preposition, head) in text
    order, a figure the fact is compared with, and the date said right after it, are not the fact's own (their
    heads; not a phrase the verb's frame gives a role: `voted against 3 amendments`)."""
    compared = set()
    for (word, head), after in zip(phrases, [*phrases[1:], ("", None)], strict=False):
        if word in words.COMPARED_CASES and word not in roles and \
                any(t.like_num and t.pos_ != "DET" for t in head.subtree):  # (`contre un projet`: no figure)
            compared.add(head.i)
            if after[1] is not None and names_a_date(after[1], words):
                compared.add(after[1].i)
    return compared


def is_clitic_subject(token: Token) -> bool:
    """`a-t-il affirmé`, `rappelle-t-elle`: a subject pronoun joined to its verb after it, in questions and incises
    (parsers label it anything)."""
    return token.text[:1] == "-" and token.lower_[1:] in words_of(token.doc).PERSONAL_PRONOUNS and \
        token.head.pos_ in {"VERB", "AUX"}


def is_set_off(owner: Token) -> bool:
    """`Standard & Poor's, the rating agency, cited …`: a possessor set off by a comma from the determined noun it
    hangs on is what the noun describes, not its owner (a possessor never takes a comma before its noun)."""
    noun, last = owner.head, owner.right_edge
    return any(c.dep_ in L.DETERMINERS for c in noun.children) and last.i + 1 < noun.i and \
        noun.doc[last.i + 1].text == ","


def enclosing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a word: the clause it is said in."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _phrases_of(verb: Token) -> list[Token]:
    """The nouns of a verb's prepositional phrases, however the language hangs them (`in talks`, `en discussions`)."""
    return [*children(verb, L.OBLIQUES), *(n for p in children(verb, L.PREPOSITIONS)
                                           for n in children(p, L.PREPOSITION_OBJECTS))]


def intent_noun(verb: Token, intent_nouns: Collection[str]) -> Token | None:
    """The noun of intent an infinitive completes (`its effort to steer …`, `une tentative de bloquer …`, or hung on
    the verb whose object the noun is: `a lancé une tentative de racheter X`), if any: whoever makes the attempt is
    the infinitive's subject, and what it says has not happened yet."""
    if "Inf" not in morph(verb, "VerbForm"):
        return None
    on_noun = verb.dep_ in L.CLAUSAL_MODIFIERS | L.RELATIVE_CLAUSES
    nouns = [verb.head] if on_noun or verb.dep_ in L.ADVERBIAL_CLAUSES and verb.head.pos_ == "NOUN" else \
        children(verb.head, L.OBJECTS) if verb.dep_ in L.OPEN_COMPLEMENTS else \
        [n for n in _phrases_of(verb.head) if n.i < verb.i] if verb.dep_ in L.ADVERBIAL_CLAUSES else []
    # (`serait en discussions pour racheter X`: the infinitive hung as the predicate noun's adverbial clause; `the
    # only candidate to succeed X`, an infinitive the parser takes for a relative clause; `is in talks with Y to buy
    # X`, one hung on the verb whose phrase the noun heads)
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in intent_nouns), None)


def refers_to_organisation(noun: Token) -> bool:
    """`du groupe`, `of the company` after the text named one: a common noun the references resolved to an
    organisation, which a title's holder works for as they would for its name."""
    referent = noun._.kg_referent
    return not is_name(noun) and referent is not None and referent.kind == "Organization"


def ranked_subject(verb: Token, words: WordLists) -> Token | None:
    """`X est la première femme à diriger Y`, `X, the only bank to lend to Y`: an infinitive on a noun ranked first,
    last or only, said of a subject or set off after a name, says what that one did (unlike `une maison à vendre`,
    `for the first time to …`, `le seul candidat à …` with no one it is said of)."""
    noun = verb.head
    if "Inf" not in morph(verb, "VerbForm") or verb.dep_ not in L.RELATIVE_CLAUSES | L.CLAUSAL_MODIFIERS or \
            noun.pos_ != "NOUN" or not is_ranked(noun, words):
        return None
    copula = noun.head if noun.dep_ in L.ATTRIBUTES else noun if children(noun, L.COPULAS) else None
    subjects = children(copula, L.SUBJECTS) if copula is not None else []
    if subjects:
        return subjects[0]
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    set_off = before is not None and before.text == "," and noun.dep_ in L.APPOSITIONS | L.NOUN_MODIFIERS
    return noun.head if set_off and noun.head.i < noun.i and is_name(noun.head) else None


def is_ranked(noun: Token, words: WordLists) -> bool:
    """Whether an adjective before the noun ranks it first, last or only (`la première femme`, `the only bank`; the
    word as written too: `latest` is `late`)."""
    return any({a.lemma_.lower(), a.lower_} & words.RANKING_ADJECTIVES and a.i < noun.i
               for a in children(noun, L.ADJECTIVE_MODIFIERS))


def ranked_description_set_off(noun: Token, words: WordLists) -> tuple[Token, Token] | None:
    """The subject a ranked noun with an infinitive, set off by a comma after a clause and parsed as its verb's object,
    describes, and the infinitive (`Valtek quit Russia, the last company to leave`, `Valtek a cédé sa filiale, le seul
    groupe à le faire`, `…, la première à agir`: Valtek is that one, and left or sold no company)."""
    verb, start = noun.head, noun.left_edge.i
    if noun.dep_ not in L.OBJECTS or verb.pos_ != "VERB" or start == 0 or noun.doc[start - 1].text != "," or not (
            is_ranked(noun, words) or noun.lemma_.lower() in words.RANKING_ADJECTIVES):
        return None
    infinitive = next((t for t in noun.children if t.i > noun.i and "Inf" in morph(t, "VerbForm")), None) or next(
        (t for t in verb.children if t.left_edge.i == noun.right_edge.i + 1 and "Inf" in morph(t, "VerbForm")), None)
    subjects = [c for c in children(verb, L.SUBJECTS) if c.i < verb.i]
    return (subjects[0], infinitive) if infinitive is not None and subjects else None


def deal_value(phrase: Token, words: WordLists) -> Token | None:
    """The amount a phrase on a verb gives the deal the verb's fact is made in: `in a deal valued at $3 billion`, `in
    a $3 billion deal`, `pour un montant de 3 milliards d'euros`, `dans le cadre d'une opération évaluée à 3
    milliards` (through one complement of the phrase)."""
    grammar = grammar_of(phrase.doc)
    for noun in (phrase, *(o for word, o in grammar.complements(phrase) if word in words.OF_CASES)):
        lemma = noun.lemma_.lower()
        if lemma not in words.DEAL_NOUNS and lemma not in words.VALUE_NOUNS:
            continue
        valuations = [c for c in noun.children if c.lemma_.lower() in words.VALUATION_WORDS and c.i > noun.i]
        found = [o for word, o in grammar.complements(noun) if word in words.OF_CASES] + [
            c for c in children(noun, L.NUMERIC_MODIFIERS | L.NAME_PARTS) if c.i < noun.i] + [
            o for v in valuations for o in (*(o for _, o in grammar.complements(v)),
                                            *children(v, L.OBLIQUES | L.NOUN_PHRASE_ADVERBIALS | L.OBJECTS))]
        amount = next((a for a in found if grammar.is_amount(a) and not names_a_date(a, words) and
                       a.lemma_.lower() not in words.TIME_NOUNS), None)  # (not how long: `a four-year deal`)
        if amount is not None:
            return amount
    return None


def appointees(succession: Token, governor: Token | None) -> list[Token]:
    """`X a nommé Y directrice, en remplacement de Z`, `X appointed Y as chief executive, replacing Z`: in an
    appointment, who takes someone's place is the appointee (Y replaces Z, not X): the objects of the appointing verb
    `governor` the verb or noun `succession` is hung on, if it says a succession (those that name someone, if any: a
    description set off after the name is often parsed as a second object); none otherwise."""
    words = words_of(succession.doc)
    if governor is None or governor.lemma_.lower() not in words.APPOINTMENT_VERBS or succession.lemma_.lower() not in (
            words.SUCCEEDING_VERBS if succession.pos_ == "VERB" else words.SUCCEEDING_NOUNS):
        return []
    appointed = [a for o in children(governor, L.OBJECTS) for a in grammar_of(governor.doc).arguments_of(o)]
    return [a for a in appointed if stands_for_entity(a)] or appointed


def gapped_participles(verb: Token, phrases: frozenset[str]) -> list[Token]:
    """`Three people were killed and five injured in an explosion`, `Deux soldats ont été tués et trois autres
    blessés lors d'une attaque`: past participles coordinated with a verb, without an auxiliary of their own (it is
    left out), whose phrases after them are the verb's too, when it has none (of `phrases`) between itself and them
    (one after them is the whole sentence's: `…, selon la police`)."""
    return [c for c in children(verb, L.CONJUNCTS) if "Part" in morph(c, "VerbForm") and
            "Past" in morph(c, "Tense") and not children(c, L.AUXILIARIES) and
            not any(verb.i < p.i < c.i for p in children(verb, phrases))]


def refused_objects(verb: Token, refusal_verbs: Collection[str]) -> list[Token]:
    """`refuse de délivrer ces cartes`, `refused to issue the permits`: what a refusal verb's infinitive is about is
    what is refused."""
    if verb.lemma_.lower() not in refusal_verbs:
        return []
    return [o for x in children(verb, L.OPEN_COMPLEMENTS) for o in children(x, L.OBJECTS)]


def hedged(verb: Token) -> bool:
    """`reportedly bought`, `a vraisemblablement racheté`: a fact reported without being asserted."""
    return any(c.lower_ in words_of(verb.doc).HEDGING_ADVERBS for c in children(verb, L.ADVERB_MODIFIERS))


def unasserted_content(verb: Token) -> bool:
    """`allegations that it bribed officials`, `les accusations selon lesquelles elle a versé …`: a clause that says
    what a noun of allegation, fear or rumour holds says what is claimed or feared, not what is; so does one hung on
    the verb of such a noun, set apart from it (`heard a rumour in May that …`)."""
    words, noun = words_of(verb.doc), verb.head
    if verb.dep_ in L.CLAUSE_COMPLEMENTS and noun.pos_ in {"VERB", "AUX"}:
        noun = next((o for o in children(noun, L.OBJECTS) if o.i < verb.i and
                     o.lemma_.lower() in words.UNASSERTED_CONTENT_NOUNS), noun)
    if verb.dep_ not in L.CLAUSAL_MODIFIERS | L.RELATIVE_CLAUSES | L.CLAUSE_COMPLEMENTS or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in words.UNASSERTED_CONTENT_NOUNS:
        return False
    return any(c.dep_ in L.MARKERS and c.lower_ in words.COMPLEMENTIZERS or
               c.pos_ == "PRON" and case_word(c) in words.CONTENT_CASES for c in verb.children)


def denied(verb: Token, negated_here: Callable[[Token], bool], stop_verbs: Collection[str],
           implicative_verbs: Collection[str], denial_verbs: Collection[str] = ()) -> bool:
    """Whether a verb's fact is denied: its own negation, turned over by a governing verb that keeps its complement
    from happening (`refuse de signer`, `stopped using`) and passed on by one that makes it happen exactly when it
    happens itself (`n'a pas réussi à signer`, `did not manage to sell`); and turned over by a verb of denial its
    clause completes, however deep (`a démenti avoir racheté X`, `denied that it planned to buy X`), or whose object's
    content that clause tells (`denied reports that it planned to buy X`), unless that denial is itself denied."""
    governing = verb
    while governing.head != governing:
        if governing.dep_ in L.OPEN_COMPLEMENTS | L.CLAUSE_COMPLEMENTS:
            governing = governing.head
        elif governing.head.dep_ in L.OBJECTS and _content_clause(governing):
            governing = governing.head.head
        else:
            break
        if governing.lemma_.lower() in denial_verbs:
            return _denied_alone(verb, negated_here, stop_verbs, implicative_verbs) != (
                not denied(governing, negated_here, stop_verbs, implicative_verbs, denial_verbs))
    return _denied_alone(verb, negated_here, stop_verbs, implicative_verbs)


def _content_clause(clause: Token) -> bool:
    """Whether a clause on a noun tells what the noun says (`reports that it planned …`, `la rumeur qu'elle allait
    vendre X`, `les informations selon lesquelles …`): opened by a conjunction, or by a relative word that is none of
    its verbs' subject or object (`the reports that said …`, `l'information qu'il a publiée` are relative clauses)."""
    if clause.dep_ in L.CLAUSAL_MODIFIERS:
        return bool(children(clause, L.MARKERS))
    return clause.dep_ in L.RELATIVE_CLAUSES and not any(
        t.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS | L.OBJECTS and "Rel" in morph(t, "PronType")
        for t in clause.subtree)


def phrasal_lemmas(verb: Token) -> set[str]:
    """A verb's lemma, alone and with each particle it has, as word lists name phrasal verbs (`rule out`, `call
    off`)."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {p.lower_}" for p in children(verb, L.PARTICLES))}


def _denied_alone(verb: Token, negated_here: Callable[[Token], bool], stop_verbs: Collection[str],
                  implicative_verbs: Collection[str]) -> bool:
    """Whether a verb's fact is denied by its own negation and the verbs its infinitive completes."""
    negated = negated_here(verb)
    governor = verb.head
    if verb.dep_ not in L.OPEN_COMPLEMENTS or governor == verb:
        return negated
    if not phrasal_lemmas(governor).isdisjoint(stop_verbs) and not children(governor, L.OBJECTS):  # (`quit X to
        # join Y`: what the subject stopped is X, the infinitive is what for)
        return negated != (not _denied_alone(governor, negated_here, stop_verbs, implicative_verbs))
    if governor.lemma_.lower() in implicative_verbs:
        return negated != _denied_alone(governor, negated_here, stop_verbs, implicative_verbs)
    return negated


def mend_second_complements(doc: Doc, lexicon: Lexicon) -> None:
    """`a condamné l'ancien maire à deux ans de prison`, `sentenced the mayor to two years` parsed with the penalty on
    the object: a phrase on a verb's object whose preposition completes the verb's frame in the lexicon (`condamner`
    obj+à, `sentence` obj+to) is the verb's, where the verb has no such phrase of its own and the phrase is not a bare
    noun (`vendre des machines à café`: a kind of machine) nor a complement (`de`, `of`)."""
    words = words_of(doc)
    for phrase in doc:
        obj = phrase.head
        verb = obj.head
        if phrase.dep_ not in L.NOUN_MODIFIERS | L.AGENTS | L.PREPOSITIONS or obj.dep_ not in L.OBJECTS or \
                verb.pos_ != "VERB" or obj == verb or phrase.i < obj.i:
            continue
        word = _preposition_of(phrase)
        noun = next((c for c in phrase.children if c.dep_ in L.PREPOSITION_OBJECTS), None) \
            if phrase.dep_ in L.PREPOSITIONS else phrase
        if not word or word in words.OF_CASES or noun is None or not lexicon.frame(
                doc.lang_, verb.lemma_.lower(), f"obj+{word}"):
            continue
        if not names_a_thing(noun, words):
            continue
        if any((c.lower_ if c.dep_ in L.PREPOSITIONS else case_word(c)) == word for c in verb.children
               if c.dep_ in L.OBLIQUES | L.PREPOSITIONS):
            continue
        phrase.head = verb
        if phrase.dep_ not in L.PREPOSITIONS:  # (`par B` on A may be labelled an agent)
            phrase.dep_ = L.UD_ARGUMENT


def mend_event_phrases(doc: Doc, lexicon: Lexicon, nominals: Mapping[str, str]) -> None:
    """`Après la mort de X dans un accident, Y a …` parsed with the phrase on the verb: a phrase right after the
    phrase of an event noun the verb governs, hung on a verb that takes no such phrase in the lexicon, is the noun's
    where the noun's verb takes it (`mourir dans`, `arrêter` `pass:à`); a date stays the verb's, and so does a
    partner, which the event rule reads on either (`a signé un accord avec X`)."""
    lang, words = doc.lang_, words_of(doc)
    for phrase in doc:
        verb, start = phrase.head, phrase.left_edge.i
        if phrase.dep_ not in L.OBLIQUES | L.PREPOSITIONS or verb.pos_ != "VERB" or start == 0:
            continue
        word = _preposition_of(phrase)
        if not word or word == words.PARTNER_CASE or lexicon.frame(lang, verb.lemma_.lower(), word) is not None:
            continue
        noun = next((n for n in (doc[start - 1], *doc[start - 1].ancestors) if n.pos_ == "NOUN" and
                     n.lemma_.lower() in nominals and n.right_edge.i == start - 1), None)
        governed = noun is not None and (noun.head == verb or noun.head.head == verb and
                                         noun.head.dep_ in L.PREPOSITIONS)  # (`after the death of X`)
        if not governed or says_when(phrase) or \
                not any(lexicon.frame(lang, nominals[noun.lemma_.lower()], f) for f in (word, f"pass:{word}")):
            continue
        phrase.head = noun
        if phrase.dep_ in L.OBLIQUES:
            phrase.dep_ = L.UD_NOUN_MODIFIER


def says_when(word: Token) -> bool:
    """A date, or a number a phrase counts from (`en 1999`, `in 321 BC`): when, not where or what."""
    return word.ent_type_ in TIME_ENTITIES or word.pos_ == "NUM" or names_a_date(word, words_of(word.doc)) or \
        any(n.i < word.i for n in children(word, L.NUMERIC_MODIFIERS))


def _preposition_of(phrase: Token) -> str:
    """The preposition a phrase is introduced by: the word itself for an English `prep`, else its case word."""
    return phrase.lower_ if phrase.dep_ in L.PREPOSITIONS else case_word(phrase)


def names_a_thing(noun: Token, words: WordLists) -> bool:
    """A name, or a noun with an article or a number (`au gouvernement` has its article in the preposition): not a
    bare noun, which says what kind of thing its head is (`des machines à café`)."""
    return is_name(noun) or any(c.dep_ in L.DETERMINERS | L.NUMERIC_MODIFIERS or c.dep_ in L.CASE_MARKERS and
                                c.lower_ in words.CONTRACTIONS for c in noun.children)


def mend_idiom_adjective_phrases(doc: Doc, lexicon: Lexicon) -> None:
    """`a été retrouvée morte à son domicile` parsed with the place on the adjective: a phrase hung on the predicate
    adjective a verb makes one predicate with (`retrouver mort`, `find dead`, lexicon idioms) is the verb's, which
    its frames read (`pass:à`: where its subject died)."""
    for adjective in doc:
        if adjective.pos_ != "ADJ" or adjective.dep_ not in L.PREDICATIVES:
            continue
        verb = adjective.head
        if verb.pos_ != "VERB" or not lexicon.is_idiom(doc.lang_, f"{verb.lemma_.lower()} {adjective.lemma_.lower()}"):
            continue
        for phrase in [c for c in adjective.children if c.dep_ in L.OBLIQUES | L.PREPOSITIONS]:
            phrase.head = verb


def names_a_body_part(noun: Token, words: WordLists) -> bool:
    """`blessé à la jambe`, `wounded in the head`: a part of someone's body, which says where on them, not where a
    fact happened; not with a complement (`en tête des hausses`, `at the head of the list`: a lead)."""
    return noun.lemma_.lower() in words.BODY_PARTS and not any(
        c.lower_ in words.OF_CASES if c.dep_ in L.PREPOSITIONS else c.dep_ in L.NOUN_MODIFIERS and
        case_word(c) in words.OF_CASES for c in noun.children)


def predicate(verb: Token, lexicon: Lexicon, lang: str) -> tuple[str, Token | None]:
    """The lemma the lexicon knows a verb's predicate by, and the noun that is part of it: a verb with a bare (or
    indefinite) noun object listed together with it is one predicate (`porter plainte contre X`, `take part in X`,
    `file a lawsuit against X`), its noun no object; so is one listed with its article (`prendre le contrôle de X`,
    `prendre la tête de X`, `take the reins of X`) or its preposition (`mettre en examen pour X`, `take X into
    custody`), its predicate adjective (`retrouvé mort`, `found dead`) or an English verb with its particle (`pass
    away`)."""
    lemma = verb.lemma_.lower()
    for noun in children(verb, L.OBJECTS) + [o for o in children(verb, L.OBLIQUES) if not case_word(o)]:
        determiners = children(noun, L.DETERMINERS)  # (an object parsed as a bare oblique: `a fermé ses portes jeudi`)
        if lexicon.is_idiom(lang, f"{lemma} {noun.lemma_.lower()}") and _bare_or_indefinite(noun, possessive=True):
            return f"{lemma} {noun.lemma_.lower()}", noun  # (`file a lawsuit`, `a fait sa carrière`, not `the part`)
        for form in dict.fromkeys((noun.lemma_.lower(), noun.lower_)) if len(determiners) == 1 else ():
            written = f"{lemma} {determiners[0].lower_} {form}"  # (as written, in the plural: `prendre les rênes`)
            if lexicon.is_idiom(lang, written):
                return written, noun
    phrases = [(case_word(n), n) for n in [*children(verb, L.OBLIQUES), *(n for o in children(verb, L.OBJECTS)
                                                                          for n in children(o, L.NOUN_MODIFIERS))]]
    phrases += [(p.lower_, n) for p in children(verb, L.PREPOSITIONS) for n in children(p, L.PREPOSITION_OBJECTS)]
    for word, noun in phrases:  # `mettre en examen`, `condamner à une amende`, `took X into custody`: with a bare or
        # indefinite noun and its preposition (on the object too), or as written with its article (`entrer au capital`)
        as_written = [c.lower_ for c in children(noun, L.CASE_MARKERS) if c.lower_ != word][:1]
        for preposition in (word, *as_written):
            written = f"{lemma} {preposition} {noun.lemma_.lower()}"
            if (_bare_or_indefinite(noun) or preposition != word) and lexicon.is_idiom(lang, written):
                return written, noun
    for adjective in children(verb, L.PREDICATIVES):  # `retrouvé mort à Nice`, `found dead at his home`: with the
        if adjective.pos_ == "ADJ" and lexicon.is_idiom(lang, f"{lemma} {adjective.lemma_.lower()}"):  # state it
            return f"{lemma} {adjective.lemma_.lower()}", adjective  # says its subject was found in
    for particle in children(verb, L.PARTICLES | L.ADVERB_MODIFIERS):  # `passed away in Paris`, `grew up in Lyon`:
        if lexicon.is_idiom(lang, f"{lemma} {particle.lower_}"):  # with its particle (the parser may call it an adverb)
            return f"{lemma} {particle.lower_}", particle
    return lemma, None


def _bare_or_indefinite(noun: Token, possessive: bool = False) -> bool:
    """Whether a noun has no article but an indefinite one (or, if `possessive`, a possessive: `a fait sa carrière`)."""
    articles = words_of(noun.doc).INDEFINITE_ARTICLES
    return all("Ind" in morph(d, "Definite") or d.lower_ in articles or possessive and
               "Yes" in morph(d, "Poss") for d in children(noun, L.DETERMINERS))


#: the role of whom a fact is done with (`avec X`, `with X`): someone, not a bare singular noun
PARTNER_ROLE = "partner"


def phrase_role(word: str, noun: Token, complements: list[tuple[str, Token]],
                case_roles: dict[str, str]) -> tuple[str | None, Token]:
    """The role the preposition table gives a prepositional phrase (`sur X` -> topic), and the phrase's head. A
    preposition, a noun and a preposition may be one preposition together, which parsers read with the noun as the
    complement (`en raison de X`, `in partnership with X`): then the role is the whole's, and the head X, even where
    the first preposition has a role of its own (`on suspicion of murder`: the reason, murder). A bare singular noun
    is no partner (`avec sursis`, `with caution`: how)."""
    articles = " ".join(c.lower_ for c in noun.children if c.dep_ in L.DETERMINERS and c.i < noun.i)
    for inner_word, inner in complements:
        role = case_roles.get(" ".join(w for w in (word, articles, noun.lower_, inner_word) if w))
        if role is not None:
            return role, inner
    role = case_roles.get(word)
    if role == PARTNER_ROLE and noun.pos_ == "NOUN" and "Plur" not in morph(noun, "Number") and \
            not children(noun, L.DETERMINERS | L.POSSESSORS | L.NUMERIC_MODIFIERS) and \
            not any(is_name(c) for c in noun.children):
        return None, noun  # `avec sursis`, `with caution`: how, no one's part in it (but `avec 54 % des voix`: how
        # much, which an amount's role says)
    return role, noun


def relative_place(verb: Token) -> Token | None:
    """The place a relative clause's `where` / `où` stands for: where what the clause says happens (`in Kenya, where
    it employs 500 people`, `à Lyon, où il a rencontré X`); a named antecedent only (`the town where he grew up` says
    no more than the town)."""
    if verb.dep_ not in L.RELATIVE_CLAUSES or not is_name(verb.head):
        return None
    relatives = words_of(verb.doc).PLACE_RELATIVES
    return verb.head if any(c.lower_ in relatives and c.i < verb.i for c in verb.children) else None


def quantified_by_none(noun: Token | None, negative_determiners: Collection[str]) -> bool:
    """`aucun accord`, `no agreement`, `nul ne`: a noun whose determiner says there is none of it."""
    return noun is not None and any(c.dep_ in L.DETERMINERS and c.lower_ in negative_determiners
                                    for c in noun.children)


def is_indefinite(noun: Token) -> bool:
    """`un suspect`, `a suspect`: someone new to the text, not a description of something named before."""
    return any(c.dep_ in L.DETERMINERS and "Ind" in morph(c, "Definite") for c in noun.children)


def is_modified(noun: Token) -> bool:
    """A noun with a modifier of its own (`deux gardes`, `le siège social`), saying more than the bare noun."""
    return any(c.dep_ in L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS and c.pos_ != "PRON" for c in noun.children)


def is_movement(verb: Token, objects: list[Token]) -> bool:
    """A movement verb whose objects are all amounts, not shares of something named (`a cédé 20 % de Valtek`: sold
    them) nor a sum of money lost (`a perdu 300 millions d'euros`), or a verb carrying a move (`enregistre une
    baisse`) or reaching a low or a high (`hit a two-week low`): the `<lang>.movement` lines read it (`a perdu 126
    points`), not the verb's own lexicon entry."""
    lemma, words, grammar = verb.lemma_.lower(), words_of(verb.doc), grammar_of(verb.doc)
    return bool(objects) and (lemma in words.MOVEMENT_VERBS and all(
        grammar.is_amount(o) and grammar.quantified(o) is None and not is_sum_lost(o) for o in objects)
                              or lemma in words.MOVE_CARRYING_VERBS | words.LEVEL_REACHING_VERBS and
                              all(o.lemma_.lower() in words.MOVEMENT_DIRECTIONS for o in objects))


def measure_owner(measure: Token) -> Token | None:
    """Whose measure moves: `Acme's revenue`, `Acme shares`, `its capacity` (resolved), `le chiffre d'affaires de
    Acme`, `shares in Acme`, `revenue at Acme`."""
    if stands_for_entity(measure):
        return None
    words = words_of(measure.doc)
    stake = measure.lemma_.lower() in words.STAKE_NOUNS  # `Acme shares`, `shares in Acme`
    grammar = grammar_of(measure.doc)

    def antecedent(word: Token) -> Token:  # `X, whose shares fell`, `X, dont les ventes ont chuté`: X's
        return grammar.referent_token(word) if word.lower_ in words.PREPOSITIONAL_RELATIVES else word

    for child in measure.children:
        possessive = child.dep_ in L.POSSESSORS or (child.dep_ in L.DETERMINERS and child._.kg_referent is not None) \
            or (child.dep_ in L.NAME_PARTS and child.i < measure.i and is_name(child) and stake)  # `Acme shares`
        if possessive and stands_for_entity(antecedent(child)):
            return antecedent(child)
    for link, head in ((link, antecedent(head)) for link, head in grammar.phrases_of(measure)):
        if link and (link == words.OF_CASE or stake and link in words.STAKE_CASES or
                     link in words.MEASURE_OWNER_CASES and stands_for_entity(head)):
            named = head if stands_for_entity(head) else next(  # (`l'action de la banque X`: the bank's name)
                (c for c in head.children if c.i == head.i + 1 and is_name(c)), None)
            if named is not None:
                return named
            compound = link == words.OF_CASE and head.pos_ == "NOUN" and not children(head, L.DETERMINERS)
            owner = measure_owner(head) if compound else None  # `le chiffre d'affaires de X`
            if owner is not None:
                return owner
    return None


def is_sum_lost(amount: Token) -> bool:
    """`Valtek lost $300 million`, `a perdu 300 millions d'euros`: money that a verb of loss's subject lost, which
    is what it lost, not how far it moved (but `Valtek shares lost $2`, `le CAC 40 a perdu 2 %`: a move)."""
    is_amount = grammar_of(amount.doc).is_amount
    while amount.dep_ in L.NOUN_MODIFIERS and is_amount(amount.head):
        amount = amount.head  # (`300 millions d'euros`, read from `euros`)
    verb, words = amount.head, words_of(amount.doc)
    money = any(t.lemma_.lower() in words.CURRENCY_WORDS or t.text in words.CURRENCY_WORDS for t in amount.subtree)
    return amount.dep_ in L.OBJECTS and verb.lemma_.lower() in words.LOSS_VERBS and money and all(
        measure_owner(s) is None and s.lemma_.lower() not in words.STAKE_NOUNS for s in children(verb, L.SUBJECTS))


def interviewers(verb: Token, complements: Callable[[Token], list[tuple[str, Token]]]) -> list[Token]:
    """`a-t-il affirmé lors d'une entrevue avec X`, `said in an interview with X`: who interviewed the speaker, from an
    interview noun (`INTERVIEW_NOUNS`) in the speech verb's own phrases (not in a clause below it), by the
    prepositions `INTERVIEWER_CASES` (`complements`: the language's reading of a noun's phrases)."""
    words, found = words_of(verb.doc), []
    for noun in verb.subtree:
        if noun.lemma_.lower() not in words.INTERVIEW_NOUNS or noun.pos_ != "NOUN" or \
                enclosing_verb(noun) != verb:
            continue
        found += [head for link, head in complements(noun)
                  if link in words.INTERVIEWER_CASES and stands_for_entity(head)]
    return found


def place_of_trade(title: Token, place: Token) -> bool:
    """Whether a place named on a title is where a trade is practised (`Sacramento rapper X`, `un avocat de Lyon`):
    where its holder is based, not an employer (`Texas governor X`, `le maire de Lyon` work for the place)."""
    return place.ent_type_ in LOCATION_ENTITIES and title.lemma_.lower() in words_of(title.doc).PRACTITIONER_NOUNS
