"""Mentions: growing a head token into the phrase a fact is about (its modifiers, its name, the fuller phrase a bare
noun recalls), coordination, quotations and what a clause says.
"""

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from ..lang import given_name_genders
from ..lang.words import WordLists
from ..model import DATE, QUOTE, Mention, Qualifier
from ..text import strip_accents
from . import labels as L
from .context import (
    FULLER,
    Context,
    case_word,
    children,
    doc_tokens,
    event_noun,
    grammar_of,
    morph,
    once_per_token,
    words_of,
)
from .discourse import Referent
from .grammar import counts_a_time, said_from
from .names import (
    LOCATION_ENTITIES,
    MAX_PHRASE_TOKENS,
    NER_KINDS,
    PERSON_ENTITIES,
    abbreviates_words_before,
    before_acronym,
    is_name,
    name_tokens,
)

_PHRASE_DEPS = L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS | L.NAME_PARTS | L.CASE_MARKERS | L.DETERMINERS | \
    L.ADVERB_MODIFIERS | L.NOUN_PHRASE_ADVERBIALS


#: what an adjective after its noun governs when it is a reduced relative clause (English `prep`, `npadvmod`)
_REDUCED_RELATIVE = L.PREPOSITIONS | L.NOUN_PHRASE_ADVERBIALS


def _loose(child: Token) -> bool:
    """A complement that is not part of its noun's text: a reason or a time (`pour corruption`, `de 2008 à 2015`, a
    bare day), or where the thing happened (`une frappe au Pakistan`, `le départ de dix médecins à l'Hôpital de la
    Croix-Rousse`), unlike `la Bourse de Tokyo` or a one-word domain (`secrétaire à la Défense`)."""
    case, words = case_word(child), words_of(child.doc)  # (`à travers`: a preposition of several words)
    return case in words.LOOSE_CASES or _years_between(child, case, words.OF_CASES) or _manner(child, case, words) or \
        _dated(child, case, words) or _bare_day_after(child, case, words) or _region_of_a_place(child, case, words) or (
        case and case not in words.OF_CASES and child.ent_type_ in LOCATION_ENTITIES and (
            child.pos_ == "PROPN" or (is_name(child) and len(name_tokens(child)) > 1)))  # `au Centre de santé`


def _region_of_a_place(child: Token, case: str, words: WordLists) -> bool:
    """`tué quatre personnes dans le nord de l'Irak`: a region of a named place says where, not who."""
    return bool(case) and case not in words.OF_CASES and child.lemma_.lower() in words.REGION_NOUNS and any(
        c.ent_type_ in LOCATION_ENTITIES for c in children(child, L.NOUN_MODIFIERS))


def _bare_day_after(child: Token, case: str, words: WordLists) -> bool:
    """`une frappe de drone vendredi`, `une journée de grève le 7 mars`: a day written without preposition after the
    noun the parser hung it on says when (bare, or with its article and number)."""
    dates = words.DATE_WORDS
    if case or child.i < child.head.i or child.head.pos_ != "NOUN" or dates is None:
        return False
    if child.is_alpha and dates.fullmatch(child.text) is not None and not children(child, L.DETERMINERS):
        return True
    day = list(child.subtree)
    return any(t.dep_ in L.DETERMINERS for t in day) and any(t.like_num for t in day) and \
        all(t.dep_ in L.DETERMINERS or t.like_num or dates.fullmatch(t.text) for t in day)


def _manner(child: Token, case: str, words: WordLists) -> bool:
    """`un service en partenariat avec X`: a bare event noun saying how something was done, not what."""
    return case in words.MANNER_CASES and child._.kg_noun_class == "Event" and not children(child, L.DETERMINERS)


def time_words(noun: Token) -> list[Token]:
    """A noun with its adjectives, in order: what says when in `au deuxième trimestre`, `in the third quarter`."""
    return sorted([noun, *children(noun, L.ADJECTIVE_MODIFIERS)], key=lambda t: t.i)


def _dated(child: Token, case: str, words: WordLists) -> bool:
    """`au deuxième trimestre`, `in the third quarter`: a date written with a preposition other than `de` says when."""
    dates = words.DATE_WORDS
    return bool(case) and case not in words.OF_CASES and dates is not None and \
        dates.search(text_of(time_words(child))) is not None


def _years_between(child: Token, case: str, of_cases: Collection[str]) -> bool:
    """`la banque de 2008 à 2015`, `jusqu'en 2015`: a year a noun is given with a preposition says when, not what
    (but `la crise de 2008` is that crisis, unless another year follows: `de 2008 à 2015`)."""
    doc, dates = child.doc, words_of(child.doc).DATE_WORDS

    def year(i: int) -> bool:
        return i < len(doc) and doc[i].pos_ == "NUM" and dates.fullmatch(doc[i].text) is not None

    return bool(case) and year(child.i) and (case not in of_cases or child.i + 2 < len(doc) and
                                             doc[child.i + 1].pos_ == "ADP" and year(child.i + 2))


def _phrase_tokens(head: Token, top: bool = True) -> list[Token]:
    """Head plus, recursively, the modifiers that belong to its text (adjectives, `de` complements, names, an English
    post's portfolio: `Secretary of State`, an `of` complement that is a name or a common noun: `the board of Brimex`,
    `the closure of the plant`; not a person's: `the regime of X`, a relation).

    Clauses, coordination, obliques, `tel que` examples and loose complements (`pour corruption`, `au Mali`) are
    left out at any depth, and so is the preposition introducing the whole phrase.
    """
    keep, words = [head], words_of(head.doc)
    for child in head.children:
        if (top and child.dep_ in L.CASE_MARKERS | L.MARKERS) or "Rel" in morph(child, "PronType") or \
                (child.dep_ in L.NOUN_MODIFIERS and _loose(child)) or child.lower_ in words.LOOSE_CASES or \
                words.SCORES is not None and words.SCORES.fullmatch(child.text):
            continue  # nor a relative pronoun (`dont le siège`), nor `lors de X` hung on the noun, nor a score the
            # parser hung on a noun (`a battu X 2-0`)
        if child.dep_ in L.ADJECTIVE_MODIFIERS and child.i > head.i and children(child, _REDUCED_RELATIVE):
            continue  # `shares worth $3 billion`, `people close to the talks`: a clause on the noun, not its words
        if child.dep_ in _PHRASE_DEPS and child.dep_ not in L.PHRASE_BREAKS and child.lemma_ not in \
                words.EXAMPLE_ADJECTIVES:
            keep += _phrase_tokens(child, top=False)
            if is_name(child):  # `du régime d'Adolf Hitler` with `Hitler` hung elsewhere: the whole name
                keep += [t for t in name_tokens(child) if t not in keep]
        elif (child.dep_ in L.UNLABELLED and child.pos_ == "ADP" and not top  # `près de 10 pharmaciens`
              or child.dep_ in L.QUANTITY_MODIFIERS and (  # `$50 million`, `more than 500` (but not `up to`)
                  child.pos_ == "SYM" or child.lower_ in words.COMPARATIVE_MARKERS)):
            keep.append(child)
        elif child.dep_ in L.POSSESSORS and is_name(child) and child.pos_ != "PRON" and top and not is_name(head):
            keep += _phrase_tokens(child, top=False)  # `Ecuador's embassy`: whose it is names it
        elif top and child.dep_ in L.PREPOSITIONS and child.lower_ in words.STAFF_CASES and \
                head._.kg_noun_class == "Role":  # `researchers at the University of X`: where they work names them
            named = [t for o in children(child, L.PREPOSITION_OBJECTS) if is_name(o) and o.ent_type_ not in
                     PERSON_ENTITIES for t in dict.fromkeys([*_phrase_tokens(o, top=False), *name_tokens(o)])]
            keep += [child, *named] if named else []
        elif child.dep_ in L.PREPOSITIONS and child.lower_ == words.OF_CASE:  # `Secretary of State`, `chief of staff`
            portfolio = [o for o in children(child, L.PREPOSITION_OBJECTS) if o.lower_ in words.PORTFOLIO_WORDS and
                         o.n_lefts + o.n_rights == 0]
            owners = [] if portfolio or is_name(head) else [  # `the board of Brimex`: whose it is names it (a
                t for o in children(child, L.PREPOSITION_OBJECTS)  # person's is a relation: `the regime of X`; but
                if (is_name(o) and (o.ent_type_ not in PERSON_ENTITIES or event_noun(head)) or  # an event's is whom
                    o.pos_ == "NOUN" and not is_name(o))  # it happens to: `the murder of X`)
                for t in _phrase_tokens(o, top=False)]
            keep += [child, *portfolio, *owners] if portfolio or owners else []
        elif child.dep_ in L.PREPOSITIONS and child.lower_ in words.TOPIC_CASES and not is_name(head):
            topics = [_phrase_tokens(o, top=False) for o in children(child, L.PREPOSITION_OBJECTS)
                      if o.pos_ == "NOUN" and o.is_lower and not children(o, L.DETERMINERS | L.POSSESSORS)]
            keep += [child, *topics[0]] if len(topics) == 1 and not any(t.ent_type_ for t in topics[0]) else []
            # (`a bill on immigration`, `a tax on oil exports`; not where: `the cables on the X website`, nor when:
            # `a reshuffle on Sunday`)
    return keep


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The contiguous run of `tokens` that contains `head` (drops modifiers cut off by a gap).

    Words the tokenizer split at a hyphen (`start - up`) count as part of the run.
    """
    doc = doc_tokens(head.doc)
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
    lost = next((t.i for t in run if t.i > head.i and t.dep_ in L.PREPOSITIONS and not any(
        start <= o.i <= end for o in children(t, L.PREPOSITION_OBJECTS))), None)
    run = run[:lost - start] if lost is not None else run  # (nor a phrase whose object the run lost: `civil rights
    # of black and Latino men`, cut at the coordination)
    while len(run) > 1 and run[-1].dep_ in L.CASE_MARKERS | L.DETERMINERS | L.PUNCTUATION | L.COORDINATORS:
        run.pop()
    while len(run) > 1 and (run[0].dep_ in L.PUNCTUATION | L.CASE_MARKERS or run[0].pos_ == "DET" and
                            not counts_a_time(run[0])):
        run.pop(0)
    return run[:MAX_PHRASE_TOKENS] if head in run[:MAX_PHRASE_TOKENS] else run


def text_of(tokens: list[Token]) -> str:
    """The text tokens cover, with their own spacing, and a space where words were left out between two of them
    (`mardi, une décision` without its comma is `mardi une décision`, not `mardiune décision`)."""
    text = "".join(t.text + " " if not t.whitespace_ and after.i != t.i + 1 else t.text_with_ws
                   for t, after in zip(tokens, tokens[1:], strict=False)) + (tokens[-1].text if tokens else "")
    core = text.strip().strip(" ,;:«»\"()")
    closing = _CLOSING_QUOTE.match(text, text.find(core) + len(core))
    return core + closing.group() if closing and _opens_a_quotation(core) else core  # (`est « injuste »`)


#: a closing quotation mark, with the space French sets before it
_CLOSING_QUOTE = re.compile(r"\s?[»”\"]")


def _opens_a_quotation(text: str) -> bool:
    """Whether a quotation opens in `text` and does not close there."""
    return text.count('"') % 2 == 1 or any(text.count(mark) > text.count(QUOTE_MARKS[mark]) for mark in "«“")


def counts(noun: Token) -> list[Token]:
    """The words counting a plural noun's members (`deux dirigeants`, `both Republicans`, `twelve countries`, `tous
    deux`), which say how many, not what they are."""
    if "Plur" not in morph(noun, "Number"):
        return []
    words = words_of(noun.doc)
    return [c for c in noun.children if (c.lower_ in words.COUNT_WORDS or c.lower_ in words.TOTALITY_WORDS or
                                         c.like_num) and c.dep_ in L.NUMERIC_MODIFIERS | L.DETERMINERS |
            L.ADJECTIVE_MODIFIERS]


def member_phrase(said: Mention, noun: Token, context: Context, singular: bool) -> Mention:
    """A plural noun phrase said of one of its members, where the mention stands: without the words counting them
    (`nine American universities` -> `American universities`) and, if `singular`, with the noun and its adjectives
    in the singular (`deux hauts dirigeants` -> `haut dirigeant`). Kept plural when any other word is plural (`tous
    les partis`, `modèles de cadres`, `campagnes couronnées`: a participle's lemma is its infinitive)."""
    counted = {t for count in counts(noun) for t in count.subtree}  # (`at least 16`)
    tokens = [t for t in noun.doc if said.start <= context.offset + t.idx < said.end and t not in counted]
    agreeing = [t for t in tokens if "Plur" in morph(t, "Number")] if singular else []
    if noun not in agreeing or any(t != noun and (t.head != noun or t.pos_ != "ADJ") for t in agreeing):
        agreeing = []
    text = "".join((_singular_as_written(t) if t in agreeing else t.text) + t.whitespace_ for t in tokens).strip()
    return replace(said, text=text) if counted or agreeing else said


def _singular_as_written(token: Token) -> str:
    """A plural word in the singular: its lemma, or, for a feminine word, the word without its plural `s` (lemmas
    are masculine: `italiennes` -> `italienne`); capitalised as written, but for the sentence's capital."""
    word = token.text[:-1] if "Fem" in morph(token, "Gender") and token.text.endswith("s") else token.lemma_
    return word[:1].upper() + word[1:] if token.text[:1].isupper() and not token.is_sent_start else word.lower()


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
    fuller = head.doc.user_data.get(FULLER, {}).get(head.i) if not leave_out else None
    if fuller is not None:
        return fuller
    named = is_name(head)
    if named:  # a word left out cuts the name there (`Shanghai-based`: Shanghai)
        tokens = name_tokens(head)
        cut = next((i for i, t in enumerate(tokens) if t in leave_out and t.i > head.i), len(tokens))
        tokens = tokens[:cut]
        while len(tokens) > 1 and tokens[-1].text in "-–":
            tokens = tokens[:-1]
    else:
        dropped = {t for token in leave_out for t in [*token.subtree, *name_tokens(token)]}
        tokens = _contiguous([t for t in _phrase_tokens(head) if t not in dropped], head)
        named = head.text[:1].isupper() and before_acronym(tokens[-1])  # `l'Organisation mondiale de la santé
        # (OMS)`: a name, spelled out (but not `ses modèles d'intelligence artificielle (IA) Zorg`)
    start, end, text = tokens[0], tokens[-1], text_of(tokens)
    # (a name a class noun typed has that kind in every mention: `X, the president of Y` is a person)
    kind = kind or (context.discourse.kind_given(text) if named else None) or kind_of(head, context, named)
    return Mention(text=text, start=context.offset + start.idx, end=context.offset + end.idx + len(end.text),
                   kind=kind, is_name=named, head_lemma=head.lemma_.lower())


def referent_of(token: Token, context: Context) -> Referent:
    """A discourse referent for a name or resolved token, with its gender and number for agreement. A name tagged
    plural, but for a group's (`the Germans`), says nothing of its number: `Halden Holdings … it`, `United Airlines
    … it`, `William Rosecrans … he` (taggers read a final -s as a plural): its number is left open. Nor does the
    gender a tagger guessed for a word it does not know, in a name that is not a person's (`Valtek a annoncé
    qu'elle …`; but `l'Université X … elle`)."""
    gender, number = morph(token, "Gender"), morph(token, "Number")
    said = mention(token, context)
    if number == ["Plur"] and is_name(token) and token.ent_type_ not in L.GROUP_ENTITIES:
        number = []
    if gender and said.is_name and said.kind != "Person" and token.lemma_.lower() not in context.noun_kinds:
        gender = []
    phrase = token  # `Le constructeur Renault a …`: the name stands for the subject it is written in
    while phrase.dep_ in L.NAME_PARTS | L.APPOSITIONS and phrase.head != phrase:
        phrase = phrase.head
    told = _gender_told(token, phrase) if said.is_name and said.kind == "Person" and is_name(token) else None
    subject = phrase.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS
    verb = first_conjunct(phrase.head)  # `A fait X et B est Y`: both clauses are main
    return Referent(context.offset + token.idx, said, told or (gender[0] if gender else None),
                    number[0] if number else None, subject=subject or _relative_subject(phrase),
                    main=subject and verb.dep_ == L.ROOT, gender_told=told is not None)


def _gender_told(name: Token, phrase: Token) -> str | None:
    """A person's gender as the text tells it: by a form of address (`M. Durand`, `Mrs Harding`) or the determiner of
    a post before or beside the name (`le caporal X`, `X, la présidente de Y`); or else as the given name opening a
    name of several words says it (`Jane Doe`; a name of one word is most often a surname). Both are surer than the
    tagger's guess for the name itself (`Jean` feminine, `Nathalie` masculine)."""
    honorifics = words_of(name.doc).HONORIFIC_GENDERS
    tokens = name_tokens(name)
    before = tokens[0].nbor(-1) if tokens[0].i > 0 else None
    told = next((honorifics[t.lower_] for t in (before, *tokens) if t is not None and t.lower_ in honorifics), None)
    if told is not None:
        return told
    titles = [t for t in (phrase, *(a for t in (name, phrase) for a in children(t, L.APPOSITIONS)))
              if t.pos_ == "NOUN" and t._.kg_noun_class == "Role"]  # (posts agree with their holder, unlike `la
    # victime`, `le témoin`)
    genders = {g for title in titles for d in children(title, L.DETERMINERS) for g in morph(d, "Gender")}
    if len(genders) == 1:
        return genders.pop()
    return given_name_genders().get(strip_accents(tokens[0].text).lower()) if len(tokens) > 1 else None


def _relative_subject(phrase: Token) -> bool:
    """Whether a phrase is what a relative clause hung on it is about (`le Texas qui refuse …`, `X, which makes
    …`): its relative pronoun is the clause's subject."""
    relative = words_of(phrase.doc).RELATIVE_PRONOUNS
    return any(clause.dep_ in L.RELATIVE_CLAUSES and any(
        s.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and s.lower_ in relative for s in clause.children)
        for clause in phrase.children)


def collect_names(doc: Doc, context: Context) -> None:
    """Add every proper name of a parsed paragraph to the document's discourse, in reading order."""
    covered: set[int] = set()
    for token in doc_tokens(doc):
        if token.i in covered or not is_name(token):
            continue
        tokens = name_tokens(token)
        covered.update(t.i for t in tokens)
        heads = [t for t in tokens if t.head not in tokens or t.head == t] or [token]
        # a misparsed name may hang off two words (`Mistral` nmod, `AI` nsubj); its subject part says what it does
        head = next((t for t in heads if t.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS), heads[0])
        context.discourse.add(referent_of(head, context))


def first_conjunct(token: Token) -> Token:
    """The first member of the coordination a token is in (`A, B et C`: A, from any of them)."""
    while token.dep_ in L.CONJUNCTS and token.head != token:
        token = token.head
    return token


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
                        and child.doc[child.left_edge.i - 1].text != "("  # not `Renault (-4,63 %)`
                        and not _own_phrase(child, current)
                        and not abbreviates_words_before(child)]  # (`l'Agence X, AX, et …`: the agency again)
    return found


def named_members(noun: Token, name: Token) -> list[Token]:
    """The names a noun introducing `name` stands for: `name`, and for a plural noun the names coordinated with it
    (`les producteurs A et B`, `producers A and B`: both)."""
    if name == noun or "Plur" not in morph(noun, "Number"):
        return [name]
    return [m for m in conjuncts(name) if m == name or is_name(m)]


def _own_phrase(conjunct: Token, head: Token) -> bool:
    """`l'élection face à X`, parsed as a coordination without `et`: a preposition (not a partitive `des`) that the
    first member does not have starts a phrase of its own."""
    case = case_word(conjunct)
    return bool(case) and not case_word(head) and case not in words_of(conjunct.doc).OF_CASES


#: clauses that hang on a phrase kept as written but are none of its words (`on Thursday, where he met X`)
_CLAUSES_ON_PHRASES = L.RELATIVE_CLAUSES | L.CLAUSAL_MODIFIERS | L.ADVERBIAL_CLAUSES | L.PARATAXES


def written_phrase(head: Token) -> list[Token]:
    """The words of a phrase kept as written (a date), without a clause hung on it or the punctuation setting that
    clause off (`on Thursday, where he met X` -> Thursday, `le 3 mars 2021` whole), nor the end of a name that starts
    before it (`par Emmanuel Macron jeudi`, parsed with `Macron` on the day)."""
    scores = words_of(head.doc).SCORES  # (`a battu X 3-1 dimanche`: the score is no part of the day)
    clauses = {t.i for c in head.children if c.dep_ in _CLAUSES_ON_PHRASES and not _bare_infinitive(c) or
               scores is not None and scores.fullmatch(c.text) for t in c.subtree}
    start = head.left_edge.i
    words = [t for t in head.subtree if t.i not in clauses and not (is_name(t) and name_tokens(t)[0].i < start)]
    while len(words) > 1 and words[-1].dep_ in L.PUNCTUATION:
        words.pop()
    return words


def _bare_infinitive(clause: Token) -> bool:
    """An infinitive with nothing but its marker (`les mois à venir`, `the years to come`): part of the phrase, as
    an adjective would be."""
    return clause.n_lefts == 1 and clause.n_rights == 0 and clause.left_edge.dep_ in L.MARKERS and \
        "Inf" in morph(clause, "VerbForm")


def literal(role: str, words: list[Token], context: Context) -> Qualifier:
    """A qualifier kept as written (a date, a price, a purpose), with where its words stand in the document."""
    return Qualifier(role, Mention(text_of(words), context.offset + words[0].idx,
                                   context.offset + words[-1].idx + len(words[-1])), literal=True)


def date_mention(written: Mention, sentence: Span, context: Context) -> Mention | None:
    """A date phrase (a verb's `date` qualifier) as a fact's object: its words without the preposition and article
    that open it (`en 1907` -> 1907, `le 16 mars 1926` -> 16 mars 1926, `on Sunday` -> Sunday); None unless its head
    word is a date or a number (`following the passage of a law in 1911` says when only by the way)."""
    words = [t for t in sentence if written.start <= context.offset + t.idx < written.end]
    while len(words) > 1 and words[0].pos_ in {"ADP", "DET"}:
        words = words[1:]
    head = next((t for t in words if t.head not in words or t.head == t), None)
    if head is None or not (head.like_num or words_of(sentence.doc).DATE_WORDS.search(head.text)):
        return None
    return Mention(text_of(words), context.offset + words[0].idx, context.offset + words[-1].idx + len(words[-1]),
                   kind=DATE)


#: dependents that make up an amount's text: `126,37 points`, `$ 108.58`, `14 cents`
_AMOUNT_PARTS = L.ADJECTIVE_MODIFIERS | L.NAME_PARTS | L.QUANTITY_MODIFIERS | L.NOUN_MODIFIERS | L.DETERMINERS
#: signs a change may be written with (`Renault (-4,63%)`): the direction of a move, not part of its amount
_SIGNS = frozenset("+-−–")


def _unit_of(child: Token, amount: Token) -> bool:
    """`300 millions d'euros`: a bare unit right after the amount, through its preposition, is the amount's."""
    return child.dep_ in L.NOUN_MODIFIERS and child.i == amount.i + 2 and child.pos_ == "NOUN" and \
        amount.doc[amount.i + 1].head == child and amount.doc[amount.i + 1].dep_ in L.CASE_MARKERS and \
        len(list(child.children)) == 1 and grammar_of(child.doc).is_amount(child)


def amount_words(amount: Token) -> list[Token]:
    """The amount's own words, without what is attached to it by a preposition or a date (`0,88 % vendredi`)."""
    dates = words_of(amount.doc).DATE_WORDS
    words = [amount]
    for child in amount.children:
        if child.dep_ in _AMOUNT_PARTS and not any(c.dep_ in L.CASE_MARKERS for c in child.children) and (
                child.pos_ in {"NUM", "SYM", "NOUN", "DET", "X"} or child.text[:1].isdigit()) and \
                not dates.search(child.text):
            words += amount_words(child)
        elif _unit_of(child, amount):
            words += [amount.doc[child.i - 1], child]
    words.sort(key=lambda t: t.i)
    start = words.index(amount)
    run = [amount]
    for t in reversed(words[:start]):  # the contiguous run around the head
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    for t in words[start + 1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    while run and run[0].pos_ == "DET" and run[0] != amount and not run[0].text[:1].isdigit():
        run.pop(0)
    return run


def amount_mention(words: list[Token], head: Token, context: Context) -> Mention:
    """An amount as a concept, from its words, without the sign it may be written with (`-4,63 %` -> `4,63 %`)."""
    signed = int(words[0].text[:1] in _SIGNS and len(words[0].text) > 1)
    indices = {t.i for t in words}
    spaced = "".join(t.text + (t.whitespace_ if t.i + 1 in indices else " ") for t in words).strip()  # (`£2bn`,
    # not `£ 2bn`; words apart, one space)
    return Mention(spaced[signed:], context.offset + words[0].idx + signed,
                   context.offset + words[-1].idx + len(words[-1].text), kind="Concept", head_lemma=head.lemma_)


@once_per_token
def possessives(noun: Token) -> list[Token]:
    """The possessive determiners of a noun (`son épouse`, `leur maison`, `his home`)."""
    return [d for d in children(noun, L.DETERMINERS | L.POSSESSORS) if "Yes" in morph(d, "Poss")]


QUOTE_MARKS = {"«": "»", "“": "”", '"': '"'}
#: every opening and closing quotation mark
QUOTE_CHARACTERS = frozenset({*QUOTE_MARKS, *QUOTE_MARKS.values()})


def quotation(verb: Token) -> Span | None:
    """The quotation a speech verb introduces or closes in its sentence: `X said: "…"`, `"…", said X` (not words
    quoted inside the clause it reports: `X said the company had "enough money" to …` reports the clause)."""
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
        inside = any(c.left_edge.i < token.i and end <= c.right_edge.i for c in children(verb, L.CLAUSE_COMPLEMENTS))
        if near and not inside and (verb in quoted.root.ancestors or quoted.root in verb.ancestors or
                                    quoted.root == verb):
            return quoted
    return None


#: how many words may stand between a speech verb and its quotation
QUOTE_REACH = 6


#: what makes a common noun's phrase say more than the noun: `le département de pharmacie`, `la loi texane`
_PHRASE_MODIFIERS = L.NOUN_MODIFIERS | L.ADJECTIVE_MODIFIERS


def note_phrases(sentence: Span, context: Context) -> None:
    """Remember the last noun phrase with modifiers each common noun was written in (`le département de
    pharmacie`), by lemma and number, so that a later bare `le département` can say which one."""
    phrases = context.discourse.phrases
    for token in sentence:
        if token.pos_ == "NOUN" and children(token, _PHRASE_MODIFIERS | L.NAME_PARTS) and \
                context.noun_kinds.get(token.lemma_.lower()) != "Role" and not is_name(token) and \
                token.i not in token.doc.user_data.get(FULLER, ()) and token._.kg_referent is None:
            phrases[(token.lemma_.lower(), tuple(morph(token, "Number")))] = \
                partial(mention, token, context)  # (made only when a later noun recalls it)


def restricted_by_a_relative(noun: Token) -> bool:
    """`le groupe qui se tenait en coulisses`, `the company that won the contract`: a relative clause written right
    after the noun, no comma between, says which one is meant, so the noun need not be the last one named (`la
    société, qui emploie 300 personnes, …` is)."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is not None and not following.is_punct and bool(children(noun, L.RELATIVE_CLAUSES))


def recall_phrases(sentence: Span, context: Context, definite: Callable[[Token], bool]) -> None:
    """`le département` after `le département de pharmacie`: a definite common noun without modifiers, which
    nothing else resolved, is written as the fuller phrase its noun last had (a label, not an entity)."""
    phrases = context.discourse.phrases
    for token in sentence if phrases else ():
        phrase = phrases.get((token.lemma_.lower(), tuple(morph(token, "Number")))) if token.pos_ == "NOUN" \
            else None
        if phrase is None or children(token, _PHRASE_MODIFIERS | L.NAME_PARTS | L.APPOSITIONS) or \
                token._.kg_referent is not None or not definite(token) or is_predicative(token) or \
                restricted_by_a_relative(token):
            continue
        fuller = phrase()
        if fuller.end <= context.offset + token.idx:
            token.doc.user_data.setdefault(FULLER, {})[token.i] = fuller


def reported_text(verb: Token, context: Context, clause_pos: frozenset[str]) -> Mention | None:
    """What a speech verb reports: its quotation, the sentence before it as an incise, else its clause (a head
    among `clause_pos`) without `que`/`that`."""
    said = quotation(verb) or _before_incise(verb)
    if said is None:
        clause = next((c for c in children(verb, L.CLAUSE_COMPLEMENTS) if c.pos_ in clause_pos), None)
        if clause is None:
            return None
        words = [t for t in clause.subtree if t.dep_ not in L.MARKERS]
        while words[0].pos_ == "SCONJ" and words[0] != clause:  # (a conjunction the parser gave another label)
            words = words[1:]
        said = verb.doc[words[0].i:max(t.i for t in clause.subtree) + 1]
    return Mention(text_of(list(said)), context.offset + said.start_char, context.offset + said.end_char, kind=QUOTE)


def _verb_start(verb: Token) -> tuple[Token, bool]:
    """The first word of a verb group (its auxiliary, if any) and whether a quotation closes right before it."""
    first = said_from(verb)
    return first, any(t.text in QUOTE_MARKS.values() for t in verb.doc[max(0, first.i - 2):first.i])


def is_incise(verb: Token) -> bool:
    """`« … », a déclaré X` / `"…," said X`: a verb set right after a quotation it reports (its subject follows it,
    and parsers often take that subject for an object); or, without quotation marks, after a comma and ending the
    sentence with that subject (`X a été condamné, rapportent les médias.`), or after a comma with its subject first
    and the clause it reports before (`X will cut 500 jobs, the company announced on Monday.`)."""
    if _subject_first_incise(verb) is not None:
        return True
    first, quoted = _verb_start(verb)
    if first.i == 0 or verb.doc[first.i - 1].text not in {",", *QUOTE_MARKS.values()}:
        return False
    if quoted:
        return True
    rest = verb.doc[verb.right_edge.i + 1:verb.sent.end]
    return first.i > verb.sent.start + 2 and all(t.is_punct for t in rest) and \
        not any(c.i < verb.i for c in children(verb, L.SUBJECTS)) and \
        any(c.i > verb.i and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in children(verb, L.OBJECTS | L.SUBJECTS))


def _subject_first_incise(verb: Token) -> Token | None:
    """`X will cut 500 jobs, the company announced on Monday.`: a verb with no object whose subject comes right after
    a comma and after the clause it reports (the subject's first word)."""
    subject = next((c for c in children(verb, L.SUBJECTS) if c.i < verb.i), None)
    if subject is None or subject.left_edge.i <= verb.sent.start + 2 or \
            verb.doc[subject.left_edge.i - 1].text != "," or children(verb, L.OBJECTS) or \
            not any(c.i < subject.i for c in children(verb, L.CLAUSE_COMPLEMENTS)):
        return None
    return subject.left_edge


def _before_incise(verb: Token) -> Span | None:
    """What an incise without quotation marks reports: its sentence up to the comma before it (before its verb, or
    before its subject where that comes first)."""
    first = _subject_first_incise(verb)
    if first is not None:
        return verb.doc[verb.sent.start:first.i - 1]
    first, quoted = _verb_start(verb)
    return verb.doc[verb.sent.start:first.i - 1] if not quoted and is_incise(verb) else None


def act_mention(verb: Token, context: Context, left_out: Collection[int] = ()) -> Mention:
    """A clause as the thing a verb is about, as written (`conspiring with others to hack phones`, `ne pas laisser
    tomber ses employés`), without its punctuation, its introducing marker (`de`, `to`) and the words `left_out`."""
    words = [t for t in verb.subtree if t.dep_ not in L.PUNCTUATION and not (
        t.i < verb.i and (t.dep_ in L.MARKERS or t.dep_ in L.AUXILIARIES and t.pos_ == "PART")) and
        t.i not in left_out]  # (`to` of an English infinitive is a particle the parser calls an auxiliary)
    return Mention(text_of(words), context.offset + words[0].idx, context.offset + words[-1].idx + len(words[-1]),
                   kind="Concept", head_lemma=verb.lemma_.lower())


def is_predicative(noun: Token) -> bool:
    """`X is the largest airline`, `X est le premier constructeur`, `the largest airline is X`: a noun that says
    what something is, and so refers to nothing by itself."""
    if noun.dep_ in L.ATTRIBUTES or any(c.dep_ in L.COPULAS for c in noun.children):
        return True
    return noun.dep_ in L.SUBJECTS and named_attribute(noun.head) is not None


def named_attribute(head: Token) -> Token | None:
    """The name a copula equates its subject with: `the largest airline is X` (X the attribute, or the head of the
    clause with the copula hanging on it, as French parses are); not a place it is in (`le président est au
    Brésil`)."""
    if is_name(head) and any(c.dep_ in L.COPULAS for c in head.children) and not case_word(head):
        return head
    complements = L.ATTRIBUTES | (L.OPEN_COMPLEMENTS if head.pos_ == "AUX" else frozenset())  # `est` + xcomp
    return next((c for c in head.children if c.dep_ in complements and is_name(c)), None)
