"""Market moves: a price, an index or a figure that falls or rises, by how much and to what level.

`L'indice a perdu 126 points (0,9 %) à 14 201`, `La Bourse finit en baisse de 0,88 %`, `Brent fell 26 cents to
$108.58`, `crude was down 14 cents at $96.24`, `Renault (-4,63%)`. One reading for every language: a language gives
its words and how its parses attach complements (`MovementGrammar`), this module makes the facts.
"""

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Candidate, Mention, Qualifier
from ..ontology import Lexicon
from . import labels as L
from .context import Context, children, fixed_relation, grammar_of
from .grammar import phrase_role
from .mentions import literal, mention
from .names import is_name, stands_for_entity

#: dependents that make up an amount's text: `126,37 points`, `$ 108.58`, `14 cents`
_AMOUNT_PARTS = L.ADJECTIVE_MODIFIERS | L.NAME_PARTS | L.QUANTITY_MODIFIERS | L.NOUN_MODIFIERS | L.DETERMINERS


@dataclass(frozen=True)
class MovementGrammar:
    """What a language's rule needs: its words, and how its parses attach complements and subjects."""

    rule: str
    #: verbs that tell a move when they take an amount (`perdre`, `fall`) -> `falls` / `rises`
    verbs: Mapping[str, str]
    #: words that tell a move on their own (`en baisse`, `down`) -> `falls` / `rises`
    directions: Mapping[str, str]
    #: how an amount is attached to its verb or direction word (`de`, `by`, or nothing)
    amount_links: frozenset[str]
    #: how the level reached is attached (`à`, `to`, `at`)
    level_links: frozenset[str]
    #: (linking word, head) of each complement of a word: the preposition, or `` for a bare noun phrase
    complements: Callable[[Token], list[tuple[str, Token]]]
    subjects: Callable[[Token], list[Token]]
    is_amount: Callable[[Token], bool]
    dates: re.Pattern[str]
    #: the linking word a direction word needs to tell a move (`en baisse`); None when it needs none (`down`)
    direction_case: Callable[[Token], str] | None = None
    direction_link: str = ""
    #: verbs a direction word without a linking word tells a move with (`was down`, `closed up`)
    direction_governors: frozenset[str] = frozenset()
    #: how a measure names its owner (`le chiffre d'affaires de X`, `the revenue of X`)
    owner_link: str = ""
    #: words for per cent, which a signed change in brackets after a name ends with (`Renault (-4,63 %)`)
    percent_words: frozenset[str] = frozenset()
    #: verbs whose object is a move of their subject (`enregistre une baisse de 2 %`, `poursuit son repli`)
    carrying_verbs: frozenset[str] = frozenset()


#: what a prepositional phrase may add to a move: who it does not hold for, what it is without
MOVE_ROLES = frozenset({"exception", "without"})
#: a signed change as market reports write it after a name: `Renault (-4,63%)`, `Vodafone (+2.45%)`
_SIGNED = re.compile(r"^([+\-−–])\d+(?:[.,]\d+)?$")
_SIGNS = {"+": "rises", "-": "falls", "−": "falls", "–": "falls"}


def _signed_changes(sentence: Span, grammar: MovementGrammar, context: Context) -> Iterator[Candidate]:
    """`Renault (-4,63%) enregistre le plus fort repli`: the name before the brackets moved by that much."""
    doc = sentence.doc
    for token in sentence:
        i = token.i
        if token.text != "(" or i == 0 or i + 3 >= len(doc) or doc[i + 3].text != ")" or not is_name(doc[i - 1]):
            continue
        signed, unit = doc[i + 1], doc[i + 2]
        found = _SIGNED.match(signed.text)
        if found is None or unit.lower_ not in grammar.percent_words:
            continue
        amount = Mention(f"{signed.text[1:]} {unit.text}", context.offset + signed.idx + 1,
                         context.offset + unit.idx + len(unit.text), kind="Concept", head_lemma=unit.lemma_)
        yield Candidate(mention(doc[i - 1], context), fixed_relation(_SIGNS[found.group(1)]), amount,
                        context.evidence(sentence), grammar.rule, "", confidence=0.7)


def market_move(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """Market moves, read with the grammar adapter's `MOVEMENTS`, and signed changes in brackets after a name."""
    grammar = grammar_of(sentence.doc).MOVEMENTS
    yield from _signed_changes(sentence, grammar, context)
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in grammar.verbs:
            amounts = _amounts(token, grammar) or _amounts(token, grammar, grammar.level_links)  # `fell to 5%`
            if amounts:
                yield from _facts(token, grammar.verbs[lemma], grammar.subjects(token), amounts, token, grammar,
                                  sentence, context)
        elif lemma in grammar.directions and token.dep_ in L.OBJECTS and \
                token.head.lemma_.lower() in grammar.carrying_verbs:  # `l'euro poursuit son repli`
            yield from _facts(token, grammar.directions[lemma], grammar.subjects(token.head),
                              _amounts(token, grammar) or [token], token.head, grammar, sentence, context)
        elif lemma in grammar.directions and _is_direction(token, grammar):
            governor, leave_out, subjects = token.head, (), []
            if governor == token:  # a headline without a verb: `Les Bourses européennes en baisse`
                subjects = [c for c in token.children if c.dep_ in L.SUBJECTS]
            elif governor.pos_ in {"VERB", "AUX"}:  # `Wall Street est attendue en hausse`: what is expected up
                subjects = grammar.subjects(governor) or children(governor, L.PASSIVE_SUBJECTS)
            elif governor.pos_ in {"NOUN", "PROPN"}:  # `les Bourses en baisse`
                subjects, leave_out = [governor], (token,)
            amounts = _amounts(token, grammar) or (  # `closed down 3 percent`: the amount hung on the verb
                _amounts(governor, grammar) if governor.pos_ in {"VERB", "AUX"} else []) or (
                [token] if grammar.direction_case is not None else [])
            if not amounts:
                continue  # `down` without an amount is seldom a move (`fined up to …`, `closed down`)
            yield from _facts(token, grammar.directions[lemma], subjects, amounts, governor, grammar, sentence,
                              context, leave_out)


def is_movement(verb: Token, objects: list[Token], grammar: MovementGrammar) -> bool:
    """A movement verb whose objects are all amounts, or a verb carrying a move (`enregistre une baisse`): the
    movement rule reads it (`a perdu 126 points`)."""
    lemma = verb.lemma_.lower()
    return bool(objects) and (lemma in grammar.verbs and all(grammar.is_amount(o) for o in objects) or (
        lemma in grammar.carrying_verbs and all(o.lemma_.lower() in grammar.directions for o in objects)))


def _is_direction(token: Token, grammar: MovementGrammar) -> bool:
    if grammar.direction_case is None:  # `was down 14 cents`, `closed up 2%`, not `fined up to $1m`
        return token.pos_ in {"ADV", "ADP", "ADJ"} and token.head.pos_ in {"VERB", "AUX"} and \
            token.head.lemma_.lower() in grammar.direction_governors
    return grammar.direction_case(token) == grammar.direction_link


def _amounts(word: Token, grammar: MovementGrammar, links: frozenset[str] | None = None) -> list[Token]:
    """The amounts `word` moves by (or, with `links`, the levels it moves to)."""
    return [head for link, head in grammar.complements(word)
            if link in (grammar.amount_links if links is None else links) and grammar.is_amount(head)
            and head.dep_ not in L.SUBJECTS]


def _amount_words(amount: Token, dates: re.Pattern[str]) -> list[Token]:
    """The amount's own words, without what is attached to it by a preposition or a date (`0,88 % vendredi`)."""
    words = [amount]
    for child in amount.children:
        if child.dep_ in _AMOUNT_PARTS and not any(c.dep_ in L.CASE_MARKERS for c in child.children) and (
                child.pos_ in {"NUM", "SYM", "NOUN", "DET", "X"} or child.text[:1].isdigit()) and \
                not dates.search(child.text):
            words += _amount_words(child, dates)
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


def _facts(word: Token, prop: str, subjects: list[Token], amounts: list[Token], governor: Token,
           grammar: MovementGrammar, sentence: Span, context: Context, leave_out: tuple[Token, ...] = ()
           ) -> Iterator[Candidate]:
    qualifiers: list[Qualifier] = []
    for holder in {word, governor}:
        for link, head in grammar.complements(holder):
            words = _amount_words(head, grammar.dates) if grammar.is_amount(head) else []
            if link in grammar.level_links and words and head not in amounts:  # `à 14 201,57`, `to $108.58`
                qualifiers.append(literal("quantity", words, context))
            elif link not in grammar.amount_links and grammar.dates.search(head.text):
                qualifiers.append(literal("date", [head], context))
            elif link:  # `à l'exception de Londres`, `en raison de X`: what the preposition table says of a move
                role, target = phrase_role(link, head, grammar.complements(head), context.case_roles)
                if (role in MOVE_ROLES and stands_for_entity(target)) or role == "reason":
                    qualifiers.append(Qualifier(role, mention(target, context)))
    extra = amounts[1:]  # `a perdu 126 points (0,88 %)`: the second amount says the same in percent
    qualifiers += [literal("quantity", _amount_words(a, grammar.dates), context) for a in extra if a != word]
    amount = amounts[0]
    words = _amount_words(amount, grammar.dates) if amount != word else [word]
    obj = Mention(" ".join(t.text for t in words), context.offset + words[0].idx,
                  context.offset + words[-1].idx + len(words[-1].text), kind="Concept", head_lemma=amount.lemma_)
    for subject in subjects:
        if subject.pos_ in {"NOUN", "PROPN", "X"} or stands_for_entity(subject):
            owner = _owner(subject, grammar)
            if owner is not None:  # `Acme's revenue fell 9 percent`: Acme falls 9 percent, in its revenue
                measure = mention(subject, context, (*leave_out, owner))
                yield Candidate(mention(owner, context), fixed_relation(prop), obj, context.evidence(sentence),
                                grammar.rule, word.lemma_, (*qualifiers, Qualifier("topic", measure)), confidence=0.7)
                continue
            yield Candidate(mention(subject, context, leave_out), fixed_relation(prop), obj, context.evidence(sentence),
                            grammar.rule, word.lemma_, tuple(qualifiers), confidence=0.7)


def _owner(measure: Token, grammar: MovementGrammar) -> Token | None:
    """Whose measure moves: `Acme's revenue`, `its capacity` (resolved), `le chiffre d'affaires de Acme`."""
    if stands_for_entity(measure):
        return None
    for child in measure.children:
        possessive = child.dep_ in L.POSSESSORS or (child.dep_ in L.DETERMINERS and child._.kg_referent is not None)
        if possessive and stands_for_entity(child):
            return child
    return next((head for link, head in grammar.complements(measure)
                 if grammar.owner_link and link == grammar.owner_link and stands_for_entity(head)), None)
