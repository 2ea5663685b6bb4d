"""Slot expanders and checks: named helpers a pattern refers to, which grow a matched token into the tokens a fact
is about, and test them.

A pattern matches one token per node; a fact's subject or object is often more (`A et B`, `l'accès à X` standing
for X). Each expander takes the matched token, the language's grammar adapter and the context (the lexicon's
role nouns, the discourse), so one name works for every language. An expander that asks its adapter for more than
every adapter gives says which hook it needs.
"""

from collections.abc import Callable
from dataclasses import replace
from types import ModuleType

from spacy.tokens import Token

from ..model import Qualifier
from . import labels as L
from .context import SOMEONE_CLASSES, Context, case_word, children, grammar_of, morph, once_per_token, words_of
from .grammar import is_indefinite, is_set_off, is_sum_lost, predicate, relative_place
from .mentions import conjuncts, counts, first_conjunct, mention, named_attribute, possessives
from .names import (
    LOCATION_ENTITIES,
    PERSON_ENTITIES,
    TIME_ENTITIES,
    ends_its_phrase,
    is_name,
    name_head,
    name_tokens,
    of_a_known_kind,
    stands_for_entity,
)
from .references import nationality_noun

Expander = Callable[[Token, ModuleType, Context], list[Token]]

EXPANDERS: dict[str, Expander] = {}


def expander(name: str) -> Callable[[Expander], Expander]:
    """Register an expander under the name patterns use."""
    def register(function: Expander) -> Expander:
        EXPANDERS[name] = function
        return function
    return register


@expander("self")
def _self(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The token alone."""
    return [token]


@expander("arguments")
def _arguments(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The argument heads a nominal stands for: coordinated members, the names of descriptions, the object of a
    light noun (`l'accès à X`), as the language's grammar reads them."""
    return grammar.arguments_of(token)


@expander("posts")
def _posts(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """A post and the posts coordinated with it, each of which is held (`nommée ministre et porte-parole du
    gouvernement`, `was named chief executive and chairman`)."""
    return [token, *(c for c in conjuncts(token) if c != token and c._.kg_noun_class == "Role")]


@expander("subjects")
def _subjects(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The subjects of a verb, with those it inherits (relative pronouns' antecedents, control verbs), as the
    language's grammar reads them."""
    return grammar.clause_subjects(token)


@expander("patients")
def _patients(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """What a passive verb or a participle read as one is done to (`X was founded`, `X, founded in 1990`, `Founded
    in 1990, X …`), as the language's grammar reads it (a French one only with its agent)."""
    return grammar.passive_roles(token, token.sent)[0]


@expander("entity_root")
def _entity_root(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The word of the named entity `token` is in that the entity's other words hang under (its head lies outside
    the entity: `Party` of `the Spanish People's Party`), if there is one."""
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    roots = [t for t in doc[start:end] if t.head == t or not start <= t.head.i < end]
    return roots if len(roots) == 1 and roots[0] != token else []


@expander("named_attribute")
def _named_attribute(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The name a copula's predicate is (`the largest maker is Acme`), if it is one."""
    named = named_attribute(token)
    return [named] if named is not None else []


@expander("possessors")
def _possessors(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """Whose a noun is, by a possessive (`Acme's partner`, `son gouvernement`), as the language's grammar reads it."""
    return grammar.possessors(token)


@expander("employers")
def _employers(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """Whom a title's holder works for or what a head's post is of (`directeur de X`, `à la tête de X`), as the
    language's grammar reads a title's complements; the post of a head (`HEAD_NOUNS`) of no one named leads what it
    is of (`à la tête du syndicat`)."""
    employers = grammar.employers_of(token) or (
        grammar.definite_complements(token) if token.lemma_.lower() in words_of(token.doc).HEAD_NOUNS else [])
    return [a for employer in employers for a in grammar.arguments_of(employer)]


@expander("referent")
def _referent(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """What a noun refers to or names (`ses logiciels de paie Zorg` -> Zorg, `ce modèle` resolved), if anything."""
    if token._.kg_referent is not None:
        return [token]
    named = grammar.referent_token(token)
    return [named] if named != token else []


@expander("named_or_itself")
def _named_or_itself(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """What a noun names (`Valtek's Brimex unit` -> Brimex), else the noun (`Valtek's cloud unit`)."""
    return _referent(token, grammar, context) or [token]


@expander("event_agents")
def _event_agents(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """Who does what an event noun names (`la vente par Acme`, `Acme's acquisition`), if the token is one."""
    return grammar.event_agents(token) if grammar.event_verb(token, context) is not None else []


@expander("name_of")
def _name_of(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The name a noun is or stands for: itself, the name it describes (`the Steam Deck, a console`), or the name
    right after it (`the Paris-based startup Mistral`, `the Brivex-owned newspaper The Daily Post`: an article the
    named entity opens with is the name's), or a description standing for a name said before (`the Lyon-based
    group`, resolved)."""
    named = token if is_name(token) else grammar.referent_token(token)
    after = token.i + 2 if token.i + 2 < len(token.doc) and token.doc[token.i + 1].pos_ == "DET" and \
        token.doc[token.i + 1].ent_iob_ == "B" else token.i + 1
    follower = token.doc[after] if after < len(token.doc) else None
    if not is_name(named) and follower is not None and is_name(follower):
        named = follower
    return [named] if is_name(named) else [token] if mention(token, context).is_name else []


@expander("members")
def _members(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """Who a clause says is among a group: its subjects (`A et B figurent parmi …`), or, when the subject is no one in
    particular (`Parmi eux, on retrouve A et B`), its objects."""
    impersonal = words_of(token.doc).IMPERSONAL_PRONOUNS
    return [s for s in grammar.clause_subjects(token) if s.lower_ not in impersonal] or [
        a for o in children(token, L.OBJECTS) + [c for c in children(token, L.CONJUNCTS) if c.pos_ == "NOUN"]
        for a in grammar.arguments_of(o)]


@expander("class_noun_before")
def _class_noun_before(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The class noun or title a name is written right after (`le géant technologique Acme`, `le ministre X`), unless
    it introduces another name (adapter hooks `class_noun_before`, `named_referent`)."""
    noun = grammar.class_noun_before(token, context.roles)
    return [noun] if noun is not None and grammar.named_referent(noun) == noun else []


@expander("noun_between_commas")
def _noun_between_commas(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The describing noun set off by commas after a name (`Stellantis, le concurrent de Renault, …`; adapter hook
    `noun_between_commas`)."""
    noun = grammar.noun_between_commas(token, context.describing_nouns)
    return [noun] if noun is not None else []


@expander("partitive")
def _partitive(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The noun a partitive stands for (`l'un des fondateurs` -> fondateurs), else the token (adapter hook
    `partitive_noun`)."""
    return [grammar.partitive_noun(token) or token]


@expander("titled_referent")
def _titled_referent(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The name a title or a class noun introduces, wherever the parser hung it (adapter hook `titled_referent`)."""
    referent = grammar.titled_referent(token)
    return [referent] if referent is not None else []


@expander("with_apposed_titles")
def _with_apposed_titles(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """A title and the titles coordinated or apposed to it (`le fondateur et directeur de Y`, `le fonds Elliott,
    actionnaire du groupe`), but not one with a person of its own (adapter hook `titles_its_own_person`)."""
    return [token, *(c for c in children(token, L.CONJUNCTS | L.APPOSITIONS) if c.pos_ == "NOUN" and not is_name(c)
                     and not grammar.titles_its_own_person(c, context.roles))]


@expander("name_adjectives")
def _name_adjectives(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The adjectives written on the words of the name a token is in, outside any name (`le GCHQ britannique`)."""
    return [a for t in name_tokens(token) for a in children(t, L.ADJECTIVE_MODIFIERS) if a.ent_iob_ == "O"]


def relative_place_qualifier(verb: Token, used: set[int], context: Context) -> list[Qualifier]:
    """`in Kenya, where it employs 500 people`, `à Lyon, où il a rencontré X`: where the relative clause's act
    happens, the place `where` stands for; a name a preposition of place (or of a visit) introduces is one, whatever
    kind the NER took it for (`moved to Lyon, where …` with `Lyon` tagged a person), but for an organisation (`joined
    Valtek, where she led …`: where she worked)."""
    place = relative_place(verb)
    if place is None or place.i in used:
        return []
    where = mention(place, context)
    introduced = case_word(place) or (place.head.lower_ if place.dep_ in L.PREPOSITION_OBJECTS else "")
    words = words_of(verb.doc)
    if where.kind == "Place" or where.kind != "Organization" and introduced in words.PLACE_CASES | words.VISITED_CASES:
        return [Qualifier("place", replace(where, kind="Place"))]
    return []


# Places (the `<lang>.located` lines): `Las Positas College in Livermore`, `Sarnia, en Ontario`, `Austin, Texas`,
# `une maison dans la ville de Springs`, `au nord de Bagdad`.

def _names_a_place(token: Token) -> bool:
    return is_name(token) and token.ent_type_ in LOCATION_ENTITIES


@once_per_token
def place_named_by(head: Token) -> Token | None:
    """The place a complement names: its own name (`à Lyon`), the place of a region of it (`au nord de Bagdad`,
    `in the centre of Beijing`) or the place a noun names (`dans la ville de Springs`). Asked once per token: the
    patterns test it (`kg_names_place`) before the expanders take it."""
    if _names_a_place(head):
        return head
    words, lemma = words_of(head.doc), head.lemma_.lower()
    naming = lemma in words.NAMING_NOUNS  # (`the town of Goma`: a place by the noun's meaning, whatever the NER says)
    if naming or lemma in words.REGION_NOUNS:
        return next((inner for link, inner in grammar_of(head.doc).complements(head) if link == words.OF_CASE and
                     (is_name(inner) if naming else _names_a_place(inner))), None)
    return None


def place_of_site(site: Token, context: Context) -> Token | None:
    """The place a common noun's phrase says it is in (`his home in Springs`, `une maison de retraite à Lyon`, `a trade
    fair in Hamburg`; not `in a hospital`, nor a `de` complement, `la terreur du M23` is no place of the terror, but a
    site's is: `sa maison de Lyon`); none for an event."""
    if context.names_an_event(site):
        return None  # (`mort lors d'une embuscade au Mali`: in the ambush, which was in Mali)
    words, grammar = words_of(site.doc), grammar_of(site.doc)
    return next((place for noun in site.subtree if noun.pos_ == "NOUN" for word, place in grammar.complements(noun)
                 if (word in words.PLACE_CASES or word in words.OF_CASES and noun.lemma_.lower() in words.SITE_NOUNS)
                 and is_name(place) and mention(place, context).kind == "Place"), None)


if not Token.has_extension("kg_names_place"):  # patterns test it: a complement that names a place (`au nord de X`)
    Token.set_extension("kg_names_place", getter=lambda token: place_named_by(token) is not None)


@expander("place_of")
def _place_of(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The place a complement of place names (`dans la ville de Springs` -> Springs), if any."""
    place = place_named_by(token)
    return [place] if place is not None else []


@expander("place_after_name")
def _place_after_name(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The place a complement names right after the name it hangs on, with only its preposition and article between
    (`College in Livermore`): a place further on is more often hung on the name by mistake."""
    governor = token.head
    while governor.pos_ == "ADP" and governor.head != governor:  # (`in` between the name and the place)
        governor = governor.head
    run = name_tokens(governor)
    between = token.doc[run[-1].i + 1:name_tokens(token)[0].i]
    if token in run or not 0 < len(between) <= 3 or not all(t.pos_ in {"ADP", "DET"} for t in between):
        return []
    return _place_of(token, grammar, context)


def _set_off_place(name: Token, bare_chain: bool) -> list[Token]:
    """`Sarnia, en Ontario`, `la province de Karvia, dans le nord-est de la Chine`, `Austin, Texas` (`bare_chain`),
    `Karvin (Ohio)`: the place a comma or brackets set after a place's name, read by position (parsers hang it
    anywhere)."""
    doc, words = name.doc, words_of(name.doc)
    i = name_tokens(name)[-1].i + 1
    if i + 1 >= len(doc) or doc[i].text not in {",", "("}:
        return []
    bracketed = doc[i].text == "("
    i += 1
    introduced = doc[i].lower_ in words.PLACE_CASES
    if introduced:
        i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ in words.REGION_NOUNS and doc[i + 1].pos_ == "ADP":
        i += 2  # `dans le nord-est de la Chine`: the region's place
        while i < len(doc) and doc[i].pos_ == "DET":
            i += 1
    if i >= len(doc) or not _names_a_place(doc[i]) or not (introduced or bare_chain or bracketed):
        return []
    if bracketed:  # (the place the brackets hold alone: not `Karvin (now Norvalia)`, what it is called today, nor
        place = name_tokens(doc[i])  # an acronym, `Karvin Region (KR)`, which is its other name)
        end = place[-1].i + 1
        return [doc[i]] if end < len(doc) and doc[end].text == ")" and all(
            t.is_lower or t.text.istitle() and not any(c.isdigit() for c in t.text) for t in place) else []
    if introduced:  # (not another item of a list: `à Paris, à Lyon et à Marseille`)
        head = name_head(name)
        return [] if doc[i].dep_ in L.CONJUNCTS and first_conjunct(doc[i]) == first_conjunct(head) and \
            case_word(doc[i]) == case_word(head) else [doc[i]]
    # `Austin, Texas, …` without a preposition, but not a list: `London, Paris and Rome`, `Lyon, the Hague, Rome`,
    # nor its last items (`Russia, Spain, Turkey, Greece`)
    if _ends_a_list(name):
        return []
    end = name_tokens(doc[i])[-1].i
    after = [t for t in doc[end + 1:end + 4] if t.pos_ != "DET"]
    if after and after[0].pos_ == "ADP" and next(iter(children(after[0], L.PREPOSITION_OBJECTS)), after[0].head
                                                   ).ent_type_ in TIME_ENTITIES:
        return [doc[i]]  # `born in Alexandria, Egypt on 14 July 1874`: a date closes the chain (but not `in today's X`)
    if not after or after[0].text not in {",", ".", ")", ";"}:
        return []
    return [] if len(after) > 1 and (is_name(after[1]) or after[1].pos_ == "CCONJ") else [doc[i]]


def _ends_a_list(name: Token) -> bool:
    """Whether a name parsed as a conjunct is the third item or later of a list of places without coordinator (`Russia,
    Spain, Turkey`), after which a place's name is the next item, not where it is (but `Philadelphia, Pennsylvania,
    U.S.` is a chain)."""
    return any(t.dep_ in L.CONJUNCTS for t in name_tokens(name)) and _follows_a_place(name) and \
        _follows_a_place(name.doc[name_tokens(name)[0].i - 2])


def _follows_a_place(name: Token) -> bool:
    """Whether a name comes after a comma after a place's name."""
    first, doc = name_tokens(name)[0], name.doc
    return first.i >= 2 and doc[first.i - 1].text == "," and _names_a_place(doc[first.i - 2])


@expander("place_set_off")
def _place_set_off(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The place a comma and a preposition set after a place's name (`Sarnia, en Ontario`)."""
    return _set_off_place(token, bare_chain=False)


@expander("place_after_comma")
def _place_after_comma(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The place a comma sets after a place's name, with or without a preposition (`Austin, Texas`: an English
    convention)."""
    return _set_off_place(token, bare_chain=True)


@expander("name_start")
def _name_start(token: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """The first word of the name a token is in: a fact about any word of a name is about all of it."""
    return [name_tokens(token)[0]]


def _a_time_or_amount(noun: Token) -> bool:
    """`vendredi au Pakistan`, `12h30 à Montréal`, `0,5 % des Bruxellois`: a time or a count is nowhere."""
    dates = words_of(noun.doc).DATE_WORDS
    return noun.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY"} or any(
        t.like_num or t.text[:1].isdigit() for t in (noun, *noun.children)) or (
        dates is not None and bool(dates.search(noun.text)))


Check = Callable[[Token, Context], bool]


def _intransitive(verb: Token, context: Context) -> bool:
    """A verb with no object but a date or a post that names neither what it is nor whose (`X a quitté ses
    fonctions`, `left his post`), no phrase the lexicon frames for it and no post: `X, the CEO of Y, resigned on
    Monday`, not `… left the meeting`, `… resigned from Z`, `… resigned as chairman of Z` (the appointment lines read
    that), nor `X, qui a démissionné de la direction de Z, dirige Y` (whose subject's verb is another)."""
    grammar, posts, lexicon = grammar_of(verb.doc), words_of(verb.doc).POST_NOUNS, context.lexicon
    objects = children(verb, L.OBJECTS)
    bare_posts = [o for o in objects if o.lemma_.lower() in posts and
                  all(_a_time_or_amount(h) for _, h in grammar.phrases_of(o))]
    if any(not _a_time_or_amount(o) and o not in bare_posts for o in objects):
        return False
    return not any(
        word and lexicon is not None and lexicon.frame(verb.doc.lang_, verb.lemma_.lower(), word) is not None or
        head._.kg_noun_class == "Role" or head.lemma_.lower() in posts and head not in bare_posts
        for word, head in grammar.phrases_of(verb))


def _is_class_noun(token: Token) -> bool:
    """A common noun, or a capitalised word the lexicon knows as one (`Senator`)."""
    return token.pos_ == "NOUN" or (token._.kg_common_noun and token.pos_ == "PROPN")


def _set_apart(noun: Token, context: Context) -> bool:
    """`X, directrice de Y,`: a noun after a comma, with an article or needing none (a title, a relational noun),
    and no preposition of its own, describes the name it hangs on even when parsed as a conjunct or a modifier."""
    doc = noun.doc
    after_comma = noun.i > 0 and doc[noun.i - 1].text == "," or any(t.text == "," for t in doc[noun.head.i:noun.i])
    determined = bool(children(noun, L.DETERMINERS)) or noun.lemma_.lower() in context.describing_nouns
    return after_comma and determined and not case_word(noun)


def _country_of_a_name(word: Token, context: Context) -> bool:
    """Whether a nationality word says the country of the name it is in: not one of two side by side (`American
    Indian`, `indien américain`: whom), nor the first word of a place's name (`British Columbia`)."""
    doc = word.doc
    beside = [doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(doc)]
    if any(t.lower_ in context.demonyms or t.lemma_.lower() in context.demonyms for t in beside):
        return False
    places = words_of(doc).PLACES_NAMED_BY_DEMONYMS
    return not any(" ".join(t.lower_ for t in doc[word.i:word.i + n]) in places for n in (2, 3))


def _describes(noun: Token) -> bool:
    """An appositive noun that says what a name is, not a count in brackets (`( 5 seats )`) nor an amount (but a
    plural counting the names it describes is one)."""
    in_brackets = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "("
    numbers, counting = children(noun, L.NUMERIC_MODIFIERS), counts(noun)
    counted = bool(counting) and set(numbers) <= set(counting)  # `A and B, two executives of Y`: how many
    return not in_brackets and (counted or (not numbers and not grammar_of(noun.doc).is_amount(noun)))


def _compounded(noun: Token) -> bool:
    """A noun complement with neither article nor possessive, nor one contracted with its preposition (`du`): it
    makes a compound noun with the noun it hangs on (`conseil d'administration`, not `la fin du régime`)."""
    contractions = words_of(noun.doc).CONTRACTIONS
    determined = children(noun, L.DETERMINERS | L.POSSESSORS) or any(
        c.lower_ in contractions for c in children(noun, L.CASE_MARKERS))
    return noun.dep_ in L.NOUN_MODIFIERS and noun.head.pos_ == "NOUN" and not determined


def _recipient(phrase: Token, context: Context) -> bool:
    """`a vendu des avions de combat à l'Inde`: a phrase in a verb's object that the verb reads as its recipient
    (`phrases_on_objects`), which says to whom, not where the object is."""
    obj = phrase.head
    while obj.dep_ in L.NOUN_MODIFIERS:
        obj = obj.head
    verb, lexicon = obj.head, context.lexicon
    if obj.dep_ not in L.OBJECTS | L.ARGUMENT_OBLIQUES or verb.pos_ != "VERB" or lexicon is None or \
            lexicon.frame(verb.doc.lang_, verb.lemma_.lower(), "obj") is None:
        return False
    roles = lexicon.relation(verb.doc.lang_, verb.lemma_.lower(), "obj")[1]
    return phrase in grammar_of(phrase.doc).phrases_on_objects([obj], roles)


def _event_argument(phrase: Token, context: Context) -> bool:
    """`des bombardements sur Alep`, `la livraison de chars à l'Ukraine`: a phrase of an event noun that the frame of
    the noun's verb reads (`attaquer sur`: the target) or its object's frame gives a role other than where (`livrer
    à`: the recipient), which says what the event is done to or for, not where it is."""
    verb, lexicon = context.nominals.get(phrase.head.lemma_.lower()), context.lexicon
    if verb is None or lexicon is None:
        return False
    lang, word = phrase.doc.lang_, case_word(phrase)
    if lexicon.frame(lang, verb, word) is not None:
        return True
    return lexicon.frame(lang, verb, "obj") is not None and \
        lexicon.relation(lang, verb, "obj")[1].get(word) not in (None, "place", "date")


def _fronted(noun: Token, context: Context) -> bool:
    """`Ancienne ministre de la Santé, X a rejoint …`, `A former minister, X joined …`: a noun the lexicon knows,
    opening its sentence and set off by a comma right before its verb's subject, which it describes."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    comma = noun.right_edge.i + (doc[noun.right_edge.i].text != ",")  # (the parser may hang the comma on it)
    subject = doc[comma + 1] if comma + 1 < len(doc) else noun
    while subject.dep_ in L.NAME_PARTS and subject.head != subject:  # (`Agnes` in `Agnes Morel`)
        subject = subject.head
    return (lemma in context.describing_nouns or lemma in context.noun_kinds) and noun.left_edge.is_sent_start and \
        doc[comma].text == "," and subject.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and subject.head == noun.head


def _after_comma(token: Token) -> bool:
    """Whether the phrase of a token (with the preposition it hangs on, in English) opens after a comma (which the
    parser may have given it)."""
    start = min(token.left_edge.i, token.head.i if token.head.pos_ == "ADP" else token.i)
    return token.doc[start].text == "," or (start > 0 and token.doc[start - 1].text == ",")


def _after_an_age(token: Token) -> bool:
    """Whether the phrase of a token opens after a comma that follows a number (`Jane Doe, 45, of Lyon`)."""
    start = min(token.left_edge.i, token.head.i if token.head.pos_ == "ADP" else token.i)
    comma = start if token.doc[start].text == "," else start - 1
    return comma > 0 and token.doc[comma].text == "," and token.doc[comma - 1].like_num


def _idiom_part(noun: Token, context: Context) -> bool:
    """The noun a verb and it make one predicate with (`placer en garde à vue`, `take part`), as the lexicon lists."""
    verb = noun.head
    return verb.pos_ == "VERB" and context.lexicon is not None and \
        predicate(verb, context.lexicon, noun.doc.lang_)[1] == noun


def _on_a_name(token: Token) -> bool:
    """Whether a noun hangs on a name it would describe, itself or through the `one of` / `l'un des` standing for
    it."""
    grammar = grammar_of(token.doc)
    holder = next((a for a in token.ancestors if grammar.partitive_noun(a) == token), token)
    return holder.head != holder and is_name(holder.head)


#: tests a slot's tokens must pass (`"require": {"place": ["name"]}`), by the name patterns use
CHECKS: dict[str, Check] = {
    "name": lambda token, context: is_name(token),
    "entity": lambda token, context: stands_for_entity(token),
    "person": lambda token, context: mention(token, context).kind == "Person",
    #: a name some word of which the parser tagged as a person's (`Ursula von der Leyen`, its last word a place)
    "person_name": lambda token, context: any(t.ent_type_ in PERSON_ENTITIES for t in name_tokens(token)),
    #: a name of several words (`Maria Lenz`; a lone word the NER calls a person is often something else's name)
    "full_name": lambda token, context: len(name_tokens(token)) > 1,
    "common": lambda token, context: not is_name(token),
    #: a noun that says what no name outside its phrase is (`the plant in Ohio`, `the temple X in Y`; not `X, a
    #: university in Geneva`, whose place is X's)
    "undescribing": lambda token, context: grammar_of(token.doc).referent_token(token) in token.subtree,
    "noun": lambda token, context: token.pos_ == "NOUN",
    #: a noun, a name, or what stands for one (not `it` standing for nothing)
    "nominal": lambda token, context: token.pos_ in {"NOUN", "PROPN", "X"} or stands_for_entity(token),
    #: a number or an amount's head word, as the language's grammar reads it (`126 points`, `$3.40`; not how far:
    #: `advanced 20 kilometres`, nor a share of something named: `a cédé 20 % de Valtek à Orvane` sold it)
    "amount": lambda token, context: grammar_of(token.doc).is_amount(token) and
    token.lemma_.lower() not in words_of(token.doc).DISTANCE_NOUNS and grammar_of(token.doc).quantified(token) is None,
    #: a predicate that is not a name of its own (`les partenaires`, not `le plus grand est Acme`)
    "unnamed": lambda token, context: named_attribute(token) is None,
    #: what it stands for is a name (`son logiciel Zorg`, a resolved `ce modèle`)
    "named": lambda token, context: mention(token, context).is_name,
    "definite": lambda token, context: grammar_of(token.doc).is_definite(token),
    #: a third-person word (`son`, `leur`), or one with no person
    "third_person": lambda token, context: "3" in morph(token, "Person", ["3"]),
    #: not a pronoun that stands for nothing (`c'est le chef qui choisit`: a cleft's `ce` is nobody), nor a
    #: demonstrative phrase that did not find what it points back to (`cette île est …`: which island is unknown)
    "referring": lambda token, context: stands_for_entity(token) or token.pos_ != "PRON" and not any(
        "Dem" in morph(d, "PronType") for d in children(token, L.DETERMINERS)),
    "class": lambda token, context: _is_class_noun(token),
    #: a noun the lexicon knows the kind of (`employeur`, `concurrent`), or coordinated with one (`l'ami et chauffeur
    #: de X`), which a name may be
    "known_kind": lambda token, context: of_a_known_kind(token),
    #: a name that ends its phrase (`contre son employeur, Valtek.`), no item of a list (`trois ports, A, B et C`)
    "ends_its_phrase": lambda token, context: ends_its_phrase(token),
    "describing": lambda token, context: _describes(token),
    "set_off": lambda token, context: is_set_off(token),
    #: a nationality word that says the country of the name it is in (not `Indian` of `American Indian`)
    "country_of_a_name": lambda token, context: _country_of_a_name(token, context),
    #: who can act: a person, a post's holder, an organisation, or a name of no other kind (not `the loans went to
    #: X`, nor a place's or a product's name)
    "agent": lambda token, context: (kind := mention(token, context).kind) in SOMEONE_CLASSES or (
        stands_for_entity(token) and kind not in ("Place", "Product")),
    #: not apposed after a name the parser hung on a prepositional phrase with it (`à l'AFP Julie Martin,
    #: porte-parole de …`: the post is Julie Martin's)
    "first_apposition": lambda token, context: not case_word(token.head) or not any(
        s.dep_ in L.APPOSITIONS and is_name(s) and s.i < token.i for s in token.head.children),
    #: written before the word it hangs on (`Airbus CEO X`)
    "before_head": lambda token, context: token.i < token.head.i,
    #: not part of a common noun's name (`the Defender Challenge car` names a car, not a person)
    "not_naming_a_noun": lambda token, context: token.dep_ not in L.NAME_PARTS or token.head.pos_ != "NOUN",
    "set_apart": _set_apart,
    #: the kinds of named thing a place is given to (`basedIn` an organisation, `locatedIn` a place or a product)
    "organization": lambda token, context: mention(token, context).kind == "Organization",
    #: not hung on a name, which it would describe (`Orvane, filiale de Valtek` parsed with `filiale` on Orvane),
    #: nor through the `one of` it stands for (`Orvane, one of the subsidiaries of Valtek`)
    "not_on_a_name": lambda token, context: not _on_a_name(token),
    #: a noun the lexicon says names a part of what it is of (`filiale`, `division`, `unit`: nouns.tsv's partOf)
    "part_noun": lambda token, context: context.relational_nouns.get(token.lemma_.lower()) == "partOf",
    "place_or_product": lambda token, context: mention(token, context).kind in {"Place", "Product"},
    "place": lambda token, context: mention(token, context).kind == "Place",
    #: not opened by an indefinite article (`unis en un seul Royaume`: no place named before)
    "not_indefinite": lambda token, context: not is_indefinite(token),
    #: a place every mention in the document calls a place (the NER calls `le M23` a place once)
    "only_a_place": lambda token, context: context.discourse.only_a(mention(token, context), "Place"),
    "place_name": lambda token, context: _names_a_place(token),
    "not_a_person": lambda token, context: token.ent_type_ not in PERSON_ENTITIES,
    #: a verb with no object, framed phrase or post (`X, CEO of Y, resigned`; not `… left the meeting`, `… resigned
    #: from Z`, `… resigned as chairman of Z`)
    "intransitive": _intransitive,
    #: a name's first word (each name read once)
    "name_start": lambda token, context: name_tokens(token)[0] == token,
    #: no clause of its own (`X, dont le siège est à Lyon` parsed with `Lyon` on X, its copula and subject under it)
    "no_clause": lambda token, context: not children(token, L.COPULAS | L.SUBJECTS),
    #: not a time or an amount, which are nowhere (`vendredi au Pakistan`, `0,5 % des Bruxellois`)
    "no_time_or_amount": lambda token, context: not _a_time_or_amount(token),
    #: not a bare noun complement of a noun, which makes a compound noun with it (`le conseil d'administration de X`
    #: is no administration)
    "not_compounded": lambda token, context: not _compounded(token),
    #: not the noun of its verb's idiom (`placé en garde à vue à Lyon`: where the verb's act was, not the noun's)
    "no_idiom_part": lambda token, context: not _idiom_part(token, context),
    #: no possessive (`son siège à Lyon` says where its owner is, not the seat)
    "unpossessed": lambda token, context: not possessives(token),
    #: not a nationality or party word (`les Britanniques à Londres`)
    "no_affiliation_word": lambda token, context: token.lower_ not in context.affiliation_words,
    #: not the recipient a verb's frame reads in its object (`a vendu des avions à l'Inde`: to whom, not where)
    "not_a_recipient": lambda token, context: not _recipient(token, context),
    #: not what an event noun's verb reads in its frame (`des bombardements sur Alep`: the target, not where)
    "not_an_event_argument": lambda token, context: not _event_argument(token, context),
    #: a noun opening the sentence, set off before its verb's subject (`Ancienne ministre, X a …`)
    "fronted": _fronted,
    #: not run on, with no comma, from a name after a preposition (`a rencontré lundi à Berlin le chancelier`: the
    #: verb's object, which the parser hung on the place)
    "not_run_on": lambda token, context: not case_word(token.head) or token.doc[token.left_edge.i - 1].is_punct,
    #: a noun with no subject of its own but a relative pronoun (`X, qui est ministre`, not `X, dont le fils est
    #: ministre`: the son is)
    "no_other_subject": lambda token, context: not any(
        c.dep_ in L.SUBJECTS and "Rel" not in morph(c, "PronType") for c in token.children),
    #: a nationality word (`américain`), not a party's (`le centriste X` is no member of a party but a party)
    "demonym": lambda token, context: token.lower_ in context.demonyms or token.lemma_.lower() in context.demonyms,
    #: a nationality or party word, as written or by its lemma (`américaine`, `républicain`)
    "affiliation_word": lambda token, context: token.lower_ in context.affiliation_words or
    token.lemma_.lower() in context.affiliation_words,
    #: a party word as written, or any capitalised word (`le Suédois X`, `the Australian X`)
    "capitalised_or_party": lambda token, context: token.text[:1].isupper() or
    token.lower_ in context.affiliations,
    #: a noun standing for a name the text gave before (`le groupe américain`, resolved)
    "refers_to_name": lambda token, context: token._.kg_referent is not None and token._.kg_referent.is_name,
    #: a capitalised nationality word standing as a noun (`l'Australien`, `the Australian`)
    "nationality_noun": lambda token, context: nationality_noun(token, context),
    "not_a_place": lambda token, context: mention(token, context).kind != "Place",
    #: the subject of a verb (and of the infinitive completing it) with neither object nor partner phrase (`A et B
    #: ont fusionné`, `A and B agreed to merge`, not `ont fusionné avec C`, `agreed to merge with C`)
    "of_a_verb_alone": lambda token, context: not any(
        children(verb, L.OBJECTS) or any(
            words_of(token.doc).PARTNER_CASE in (case_word(c), c.lower_ if c.dep_ in L.PREPOSITIONS else "")
            for c in verb.children) for verb in (token.head, *children(token.head, L.OPEN_COMPLEMENTS))),
    #: not a sum of money a verb of loss says its subject lost (`Valtek lost $300 million`: a loss, no move)
    "no_sum_lost": lambda token, context: not is_sum_lost(token),
    #: hung on a verb with no object, so saying what its subject is (`X travaille comme consultant`; in `a présenté
    #: Y comme candidat` it is Y's)
    "on_a_verb_without_object": lambda token, context: not children(token.head, L.OBJECTS),
    #: a phrase opening its sentence (`As chief executive, X oversaw …`)
    "opens_the_sentence": lambda token, context: token.left_edge.i == token.sent.start,
    #: a noun with neither article nor possessive (`En tant que PDG, X …`; `Comme son concurrent X, Y …` compares)
    "bare": lambda token, context: not children(token, L.DETERMINERS | L.POSSESSORS),
    #: a phrase set off by a comma before it (`Paul Lenoir, de Valtek, a dit`, `Tom Ruiz, of Acme, said`)
    "after_comma": lambda token, context: _after_comma(token),
    #: a phrase set off after a person's age (`Jane Doe, 45, of Lyon`: where she is from), or not
    "after_an_age": lambda token, context: _after_an_age(token),
    "not_after_an_age": lambda token, context: not _after_an_age(token),
    #: a phrase written right after the name it hangs on (`Paul Roy du Parti radical`; not a phrase the parser hung
    #: on the first of two coordinated names: `A de X et B de Y`)
    "right_after_its_name": lambda token, context: token.left_edge.i == name_tokens(token.head)[-1].i + 1,
}
