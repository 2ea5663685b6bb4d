"""Handlers: what the matches of a rule's constructions become. A rule's lines name one (by default `fact`) and set
its keys.

Every line of a rule is read at once: the nodes each line matches fill slots (by node name) for the token the line
is anchored on, so one line can say how a subject is found and another how an object is, and the handler makes
facts from every subject to every object of an anchor. The handlers exist once for every language; what differs
between languages is in the patterns and in the grammar adapter a handler is given.
"""

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from types import ModuleType
from typing import Any

from spacy.tokens import Span, Token

from ..model import MOVES, Candidate, Qualifier, Relation
from ..ontology import DATE_FRAMES, QUALIFIER_ROLES, date_properties, property_labels
from . import labels as L
from .context import Context, children, fixed_relation, morph, words_of
from .describe import describe, related_by, role_facts
from .discourse import Note
from .expanders import CHECKS, EXPANDERS
from .facts import affiliation, employment, relational_facts
from .grammar import VerbObjects, measure_owner, names_a_date, phrase_role, predicate
from .matcher import DependencyPattern
from .mentions import (
    act_mention,
    amount_mention,
    amount_words,
    conjuncts,
    date_mention,
    first_conjunct,
    literal,
    mention,
    text_of,
    time_words,
    written_phrase,
)
from .names import is_name, stands_for_entity

#: node name -> the tokens the rule's lines matched for it, for one anchor
Slots = Mapping[str, Sequence[Token]]
#: the slot every anchor has: the token the lines are anchored on, whatever their first node is called
ANCHOR = "anchor"


@dataclass(frozen=True)
class Construction:
    """One pattern line: the rule its facts carry, its compiled pattern, the rule's keys it sets, where it is."""

    rule: str
    pattern: DependencyPattern
    settings: Mapping[str, Any]
    where: str
    #: the part of its rule the line belongs to (the lines of a part are joined on their anchor)
    part: str = ""

    @property
    def key(self) -> str:
        return f"{self.rule}#{self.part}" if self.part else self.rule


def _no_more(settings: Mapping[str, Any]) -> None:
    """A handler whose keys need no check beyond the slots they name."""


@dataclass(frozen=True)
class Handler:
    """A way of turning a rule's slots into facts: the keys naming its slots, its other keys, what those must satisfy
    beyond naming nodes, and the reading itself.

    A slot key is written `title` (one node), `subject+` (a node or a list of them, taken together), `negated?` (one
    node, optional) or `otherwise*` (nodes, optional).
    """

    name: str
    read: Callable[["ConstructionRule", Slots, Span, Context, ModuleType], Iterator[Candidate]]
    slots: tuple[str, ...]
    options: frozenset[str] = frozenset()
    check: Callable[[Mapping[str, Any]], None] = _no_more

    @property
    def keys(self) -> frozenset[str]:
        return SLOT_KEYS | self.options | {spec.rstrip("+?*") for spec in self.slots}

    def conditions(self, settings: Mapping[str, Any]) -> frozenset[str]:
        """The nodes a rule requires checks of but no key reads: conditions on a match (`"require": {"left":
        ["organization"]}` for the object of `X left Brimex for Valtek`, whose fact is about Valtek)."""
        read = {slot for spec in self.slots for slot in _slot_names(settings.get(spec.rstrip("+?*")) or [])} | {
            slot for value in settings.get("qualifiers", {}).values() for slot in _slot_names(value)}
        read |= _left_out(settings)
        return frozenset(settings.get("require", {}).keys() - read)

    def validate(self, settings: Mapping[str, Any], nodes: Collection[str]) -> None:
        """Raise ValueError, saying what to write instead, unless every key that names nodes names nodes of the
        rule's patterns (`nodes`), expanders, checks and qualifier roles are known, and the confidence is in (0, 1]."""
        for spec in self.slots:
            _require_slot(settings, spec.rstrip("+?*"), nodes, spec[-1] not in "?*", spec[-1] in "+*")
        for role, slot in settings.get("qualifiers", {}).items():
            if role not in QUALIFIER_ROLES:
                raise ValueError(f"qualifiers: {role!r} is no qualifier role ({', '.join(sorted(QUALIFIER_ROLES))})")
            _require_slot({"qualifier": slot}, "qualifier", nodes)
        if not _left_out(settings) <= set(nodes):
            raise ValueError(f"leave_out {settings['leave_out']!r} must name nodes of the patterns "
                             f"({', '.join(sorted(nodes))})")
        for node, name in settings.get("expand", {}).items():
            if node not in nodes or name not in EXPANDERS:
                raise ValueError(f"expand {node!r}: {name!r}: the node must be in the patterns and the expander one "
                                 f"of {', '.join(sorted(EXPANDERS))}")
        for node, names in settings.get("require", {}).items():
            if node not in nodes or not set(names) <= CHECKS.keys():
                raise ValueError(f"require {node!r}: {names!r}: the node must be in the patterns and the checks "
                                 f"among {', '.join(sorted(CHECKS))}")
        confidence = settings.get("confidence", 0.5)
        if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
            raise ValueError(f"confidence must be a number in (0, 1], not {confidence!r}")
        self.check(settings)


@dataclass(frozen=True)
class ConstructionRule:
    """The lines of one rule, their handler, and the keys they set together."""

    name: str
    handler: Handler
    settings: Mapping[str, Any]
    constructions: tuple[Construction, ...]

    def tokens(self, slots: Slots, key: str, grammar: ModuleType, context: Context) -> list[Token]:
        """The tokens of the slot (or slots) a key names, each grown by its slot's expander and kept if it passes
        the slot's checks (`expand`, `require`)."""
        found = [t for slot in _slot_names(self.settings[key]) for t in self.slot_tokens(slots, slot, grammar, context)]
        return list(dict.fromkeys(found))

    def holds(self, slots: Slots, grammar: ModuleType, context: Context) -> bool:
        """Whether every condition node the match filled has a token that passes its checks."""
        return all(not slots.get(node) or self.slot_tokens(slots, node, grammar, context) for node in self.conditions)

    @cached_property
    def conditions(self) -> frozenset[str]:
        return self.handler.conditions(self.settings)

    def slot_tokens(self, slots: Slots, slot: str, grammar: ModuleType, context: Context) -> list[Token]:
        """One slot's tokens, grown by its expander and kept if they pass its checks."""
        grow = EXPANDERS[self.settings.get("expand", {}).get(slot, "self")]
        checks = [CHECKS[name] for name in self.settings.get("require", {}).get(slot, ())]
        source = self.settings.get("derive", {}).get(slot, slot)  # a derived slot starts from a node's tokens
        return [t for token in slots.get(source, ()) for t in grow(token, grammar, context)
                if all(c(t, context) for c in checks)]


def _left_out(settings: Mapping[str, Any]) -> set[str]:
    """The nodes `leave_out` names: slot -> nodes left out of its text, or (describe) slots."""
    left_out = settings.get("leave_out", {})
    return {*left_out, *(n for names in left_out.values() for n in names)} if isinstance(left_out, dict) else \
        set(left_out)


def _slot_names(value: str | list[str]) -> list[str]:
    """A key's slots: one node name, or a list of them whose tokens are taken together."""
    return [value] if isinstance(value, str) else list(value)


def _require_slot(settings: Mapping[str, Any], key: str, nodes: Collection[str], required: bool = True,
                  several: bool = False) -> None:
    value = settings.get(key)
    if value is None and not required:
        return
    names = _slot_names(value) if several and isinstance(value, list) else [value]
    if not names or not all(isinstance(n, str) and n in nodes for n in names):
        raise ValueError(f"{key} must name a node of the rule's patterns ({', '.join(sorted(nodes))})"
                         f"{' or a list of them' if several else ''}, not {value!r}")


def _read_fact(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
               grammar: ModuleType) -> Iterator[Candidate]:
    """One property from every subject to every object of an anchor, with the qualifiers its slots give (`to Y`:
    recipient), negated or hypothetical as the slot `negated` / `hypothetical` names is, dated and placed as the verb
    of the slot `dated` / `placed` is."""
    settings = rule.settings
    word = slots[settings["lemma"]][0] if "lemma" in settings else None
    lemma = "" if word is None else word.lemma_
    if "frame" in settings and word.pos_ == "NOUN":  # an event noun's frames are its verb's (`le soutien de X`)
        lemma = context.nominals.get(lemma.lower(), lemma)
    relation = _relation(settings, lemma, sentence, context)
    if relation is None:
        return  # (the verb has no such frame: `the Paris-based startup` is placed, `the Tencent-owned` owned)
    negated, hypothetical = _modality(settings, slots, grammar)
    qualifiers = tuple(Qualifier(role, mention(t, context)) for role, slot in settings.get("qualifiers", {}).items()
                       for t in rule.slot_tokens(slots, slot, grammar, context))
    qualifiers += _dated(settings, slots, grammar, context)  # (`pleaded guilty to fraud on Monday`)
    qualifiers += _placed(settings, slots, grammar, context)  # (`met in Vienna`)
    leave_out = settings.get("leave_out", {})
    subject_out, object_out = (tuple(t for slot in _slot_names(settings[key]) for n in leave_out.get(slot, ())
                                     for t in slots.get(n, ())) for key in ("subject", "object"))
    objects = [act_mention(o, context) if o.pos_ in {"VERB", "AUX"} else mention(o, context, leave_out=object_out)
               for o in rule.tokens(slots, "object", grammar, context)]  # (a clause: the act it tells)
    words = words_of(sentence.doc)
    for subject in rule.tokens(slots, "subject", grammar, context):
        subject_mention = mention(subject, context, leave_out=subject_out)
        for obj in objects:
            if settings.get("distinct") and subject_mention.text == obj.text:
                continue
            yield Candidate(subject_mention, employment(relation, obj, words), obj, context.evidence(sentence),
                            rule.name, lemma, qualifiers, negated, hypothetical, settings.get("confidence", 0.5))


def _modality(settings: Mapping[str, Any], slots: Slots, grammar: ModuleType) -> tuple[bool, bool]:
    """Whether the rule's facts are negated, and hypothetical, as the slots `negated` / `hypothetical` name are (a
    noun object, as the verb telling it is: `did not announce his resignation`)."""
    return ("negated" in settings and grammar.is_negated(_told_by(slots[settings["negated"]][0])),
            "hypothetical" in settings and grammar.is_hypothetical(_told_by(slots[settings["hypothetical"]][0])))


def _told_by(word: Token) -> Token:
    """The verb whose object a noun is, which says whether what the noun names happens; else the word itself."""
    return word.head if word.pos_ == "NOUN" and word.dep_ in L.OBJECTS and word.head.pos_ == "VERB" else word


def _relation(settings: Mapping[str, Any], lemma: str, sentence: Span, context: Context) -> Relation | None:
    """The rule's `property`, or the one the lexicon gives `lemma` in the rule's `frame` (None if it has none)."""
    if "frame" not in settings:
        return fixed_relation(settings["property"])
    lang, lemma = sentence.doc.lang_, lemma.lower()
    if context.lexicon is not None and context.lexicon.frame(lang, lemma, settings["frame"]) and \
            not context.lexicon.makes_no_fact(lang, lemma, settings["frame"]):
        return context.lexicon.relation(lang, lemma, settings["frame"])[0]
    return None


def _read_date(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
               grammar: ModuleType) -> Iterator[Candidate]:
    """Each subject's date, as the dates the `verb` slot's verb is given say it (`X est mort dimanche`: X deathDate
    dimanche; `fondée en 1907`: foundingDate 1907), under the rule's property or the one the lexicon gives the verb
    in its frame (`when`, `obj:when`, `se:when`)."""
    verb = slots[rule.settings["verb"]][0]
    lemma, part = (verb.lemma_, None) if context.lexicon is None else predicate(verb, context.lexicon,
                                                                              sentence.doc.lang_)
    relation = _relation(rule.settings, lemma, sentence, context)  # (`passed away on Sunday`: `pass away`)
    if relation is None or not relation.dated:
        return
    on_noun = _predicate_dates(part, grammar, context) if part is not None and part.pos_ == "NOUN" else []
    said = _verb_qualifiers(verb, slots, grammar, context, "date") + on_noun  # (`a ouvert ses portes en 1959`)
    dates = [d for q in said if (d := date_mention(q.value, sentence, context)) is not None]
    for subject in rule.tokens(slots, "subject", grammar, context) if dates else ():
        for date in dates:
            yield Candidate(mention(subject, context), relation, date, context.evidence(sentence), rule.name,
                            lemma, (), grammar.is_negated(verb), grammar.is_hypothetical(verb),
                            rule.settings.get("confidence", 0.5))


def _dated(settings: Mapping[str, Any], slots: Slots, grammar: ModuleType, context: Context) -> tuple[Qualifier, ...]:
    """When the verb of the slot (or slots) `dated` names says it happened, if the rule names one: a date may hang on
    the predicate of a copula or of an appointment (`est devenu président en 2015`, `élue maire en 2020`)."""
    return tuple(q for slot in _slot_names(settings.get("dated", [])) for token in slots.get(slot, ())[:1]
                 for q in (_verb_qualifiers(token, slots, grammar, context, "date") if token.pos_ in {"VERB", "AUX"}
                           else _predicate_dates(token, grammar, context)))


def _placed(settings: Mapping[str, Any], slots: Slots, grammar: ModuleType, context: Context) -> tuple[Qualifier, ...]:
    """Where the verb of the slot (or slots) `placed` names says it happened, if the rule names one."""
    return tuple(q for slot in _slot_names(settings.get("placed", [])) for token in slots.get(slot, ())[:1]
                 for q in _verb_qualifiers(token, slots, grammar, context, "place"))


def _predicate_dates(noun: Token, grammar: ModuleType, context: Context) -> list[Qualifier]:
    """The phrases on a predicate noun that are dates (`maire de Lyon en 2020`, `chief executive since 2015`, a range
    `gouverneur de 1946 à 1952`), not those that only hold one (`author of the doctrine written last year`)."""
    words = words_of(noun.doc)
    return [literal("date", written_phrase(inner), context) for word, inner in grammar.phrases_of(noun)
            if word and words.DATE_WORDS.fullmatch(inner.text) and (word not in words.OF_CASES or any(
                words.DATE_WORDS.fullmatch(end.text) for _, end in grammar.phrases_of(inner)))]


def _verb_qualifiers(verb: Token, slots: Slots, grammar: ModuleType, context: Context, role: str
                     ) -> list[Qualifier]:
    """The qualifiers of one role a verb is given: its dates, its places (none of the rule's own matched words, but a
    date a slot of places took: `est allé à Karvin en 1900`)."""
    words = words_of(verb.doc)
    matched = {t.i for tokens in slots.values() for t in tokens if not (role == "date" and names_a_date(t, words))}
    return [q for q in grammar.verb_qualifiers(verb, VerbObjects(frame="obj", used=matched), {}, context)
            if q.role == role]


def _read_describe(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
                   grammar: ModuleType) -> Iterator[Candidate]:
    """Each name of the anchor described by each of its nouns (`describe`: a role, a relation or a class), negated
    or hypothetical as the slots `negated` / `hypothetical` are (`X n'est pas membre de Y`, `X is not Y's CEO`: no
    description the discourse is told either), dated as the verb of the slot `dated` is."""
    negated, hypothetical = _modality(rule.settings, slots, grammar)
    dates = _dated(rule.settings, slots, grammar, context)  # (`est devenu président de Y en 2015`)
    left_out = tuple(t for slot in rule.settings.get("leave_out", ()) for t in rule.slot_tokens(slots, slot, grammar,
                                                                                                 context))
    for noun in rule.tokens(slots, "noun", grammar, context):
        names = rule.tokens(slots, "name", grammar, context)
        if "Plur" in morph(noun, "Number"):  # `A and B, two executives of Y`: each of them (but of those a
            # title is written before, only those after it: `director A and producers B and C`)
            names = list(dict.fromkeys(m for name in names for m in conjuncts(first_conjunct(name))
                                       if m == name or is_name(m) and (noun.i > name.i or m.i > noun.i)))
        for name in names:
            yield from _with_modality(describe(name, noun, context, sentence, rule.name, grammar, leave_out=(
                *left_out, *(n for n in names if n != name and n in noun.subtree))), negated, hypothetical, dates)


def _with_modality(reads: Iterator[Candidate | Note], negated: bool, hypothetical: bool,
                   qualifiers: tuple[Qualifier, ...] = ()) -> Iterator[Candidate | Note]:
    """Facts made negated or hypothetical (and given `qualifiers`) as the rule's slots say; what a negated reading
    would have told the discourse is not told."""
    for read in reads:
        if isinstance(read, Candidate):
            yield replace(read, negated=read.negated or negated, hypothetical=read.hypothetical or hypothetical,
                          qualifiers=read.qualifiers + qualifiers)
        elif not negated:
            yield read


def _read_relational(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
                     grammar: ModuleType) -> Iterator[Candidate]:
    """Each name of the anchor related by each relational noun to what the noun is of: the slot `of` (`X, whose
    largest shareholder is Y`: the antecedent), else what the noun relates the name to as an apposition's would
    (`related_by`: its complement, `A et B sont parmi les partenaires de Y`, or the organisation of a body it is of,
    `as a member of the board of Y`), else what the text is about (`A et B sont parmi les partenaires`: partners of
    the company the article follows; `relational_facts`)."""
    for noun in rule.tokens(slots, "noun", grammar, context):
        for name in rule.tokens(slots, "name", grammar, context):
            others = rule.tokens(slots, "of", grammar, context) if "of" in rule.settings else \
                related_by(name, noun, noun, context, grammar)
            yield from relational_facts(mention(name, context), noun, others, context, sentence, rule.name)


def _read_participant(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
                      grammar: ModuleType) -> Iterator[Candidate]:
    """`Plusieurs pays figurent parmi les bénéficiaires de cette initiative`: the members take part, in the role the
    group's noun gives (`PARTICIPANT_ROLES`), in the event the `event` noun recalls (the one told nearest before)."""
    roles = words_of(sentence.doc).PARTICIPANT_ROLES
    for group in rule.tokens(slots, "group", grammar, context):
        for noun in rule.tokens(slots, "event", grammar, context):
            event = context.discourse.event_near(context.offset + noun.sent.start_char)
            if event is None or group.lemma_.lower() not in roles:
                continue
            for member in rule.tokens(slots, "member", grammar, context):
                yield Candidate(event.subject, event.relation, event.object, context.evidence(sentence), rule.name,
                                event.lemma, (Qualifier(roles[group.lemma_.lower()], mention(member, context)),),
                                confidence=0.55)


def _read_role(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
               grammar: ModuleType) -> Iterator[Candidate | Note]:
    """Each person of the anchor holding its title (`role_facts`); `otherwise`, who employs them if the title does
    not say; dated as the verb of the slot `dated` is (`a été nommée directrice de X en 2019`), negated or
    hypothetical as the slots `negated` / `hypothetical` are (`was not named CEO`). A post its holder leaves is one
    they hold until then, whether or when they leave it (`X may resign as CEO next month`: X is CEO)."""
    otherwise = rule.tokens(slots, "otherwise", grammar, context) if "otherwise" in rule.settings else []
    dates = _dated(rule.settings, slots, grammar, context)
    negated, hypothetical = _modality(rule.settings, slots, grammar)
    if _leaves_its_post(slots[ANCHOR][0]):
        dates, negated, hypothetical = (), False, False
    for title in rule.tokens(slots, "title", grammar, context):
        for person in rule.tokens(slots, "person", grammar, context):
            yield from _with_modality(role_facts(person, title, context, sentence, rule.name, grammar, otherwise),
                                      negated, hypothetical, dates)


def _leaves_its_post(verb: Token) -> bool:
    """A verb of leaving a post, or of being dismissed from it (`resign`, `step down`, `démissionner`, `limoger`)."""
    words = words_of(verb.doc)
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in words.LEAVING_VERBS | words.DISMISSAL_VERBS or any(
        c.lower_ in words.LEAVING_PARTICLES for c in children(verb, L.PARTICLES | L.ADVERB_MODIFIERS)))


def _read_affiliation(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
                      grammar: ModuleType) -> Iterator[Candidate]:
    """The nationality or the party each word gives each name (`affiliation`: the lexicon's demonyms and parties),
    saying which it read as the fact's variant unless `variant` is false."""
    names = rule.tokens(slots, "name", grammar, context)  # (first: the words are sought around every noun)
    words = rule.tokens(slots, "word", grammar, context) if names else []
    for name in names if words else ():
        named = mention(name, context)
        for word in words:
            yield from affiliation(named, word, context, sentence, rule.name, rule.settings.get("variant", True))


def _read_departure(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
                    grammar: ModuleType) -> Iterator[Candidate]:
    """Each person of the anchor related by the rule's `property` to the organisation the text last said they work
    for (`X, PDG de Y, …. X a démissionné lundi`, `X announced his resignation`: leaves Y), negated or hypothetical
    as the slots `negated` / `hypothetical` are, dated as the verb of the slot `dated` is; nothing for a person whose
    employer is not known."""
    negated, hypothetical = _modality(rule.settings, slots, grammar)
    dates = _dated(rule.settings, slots, grammar, context)
    for person in rule.tokens(slots, "person", grammar, context):
        named = mention(person, context)
        employer = context.discourse.employer_of(named)
        if employer is not None:
            yield Candidate(named, fixed_relation(rule.settings["property"]), employer, context.evidence(sentence),
                            rule.name, slots[ANCHOR][0].lemma_, dates, negated, hypothetical,
                            rule.settings.get("confidence", 0.6))


#: what a prepositional phrase may add to a move, by the preposition table: who it does not hold for, what it is
#: without (of a named thing), and why
MOVE_ROLES = frozenset({"exception", "without"})


def _first_filled(rule: ConstructionRule, slots: Slots, key: str, grammar: ModuleType, context: Context
                  ) -> tuple[str, list[Token]]:
    """The first of a key's slots that has tokens, and its tokens: the slots are alternatives, in order of
    preference."""
    for slot in _slot_names(rule.settings.get(key, ())):
        found = rule.slot_tokens(slots, slot, grammar, context)
        if found:
            return slot, found
    return "", []


def _read_move(rule: ConstructionRule, slots: Slots, sentence: Span, context: Context,
               grammar: ModuleType) -> Iterator[Candidate]:
    """Each subject (or the owner of a measure, with the measure as topic: `Acme's revenue fell`; else what the
    `measure` slot names is the topic: `posted a 20% rise in profit`) falls or rises by the first amount, or stands
    at it (`subject`, `amount` and `governor` name alternative slots, the first found wins). The level reached, other
    amounts, dates and the phrases the preposition table gives a role are qualifiers, read on the anchor, on its
    `governor` (the verb carrying a move noun, the noun a direction word describes), on the amount (`de 8 % mardi`)
    and on the measure (`de ses ventes au premier trimestre`). The move is negated or hypothetical as its verb is
    (`could rise 10%`, `expects sales to rise`)."""
    settings, word = rule.settings, slots[ANCHOR][0]
    _, amounts = _first_filled(rule, slots, "amount", grammar, context)
    if not amounts:
        return
    if "property" in settings:
        prop = settings["property"]
    else:
        direction, words = slots[settings["direction"]][0].lemma_.lower(), words_of(sentence.doc)
        prop = words.MOVEMENT_VERBS.get(direction) or words.MOVEMENT_DIRECTIONS[direction]
    governor = next(iter(_first_filled(rule, slots, "governor", grammar, context)[1]), word)
    negated, hypothetical = grammar.is_negated(governor), grammar.is_hypothetical(governor)  # (`could rise 10%`)
    first = amount_words(amounts[0])
    measures = rule.tokens(slots, "measure", grammar, context) if "measure" in settings else []
    qualifiers = [*_move_qualifiers((word, governor, amounts[0], *measures), amounts, grammar, context),
                  *(literal("quantity", amount_words(a), context) for a in amounts[1:] if a != word and a not in first)]
    said = sorted(t for slot in _slot_names(settings.get("words", ())) for t in slots.get(slot, ())) or (
        first if amounts[0] != word else [word])
    obj = amount_mention(said, amounts[0], context)
    lemma = slots[settings["lemma"]][0].lemma_ if "lemma" in settings else ""
    slot, subjects = _first_filled(rule, slots, "subject", grammar, context)
    leave_out = tuple(t for node in settings.get("leave_out", {}).get(slot, ()) for t in slots.get(node, ()))
    measured = tuple(Qualifier("topic", mention(m, context)) for m in measures)
    for subject in subjects:
        owner = measure_owner(subject)
        phrase = owner.head if owner is not None and owner.head != subject and owner.i == owner.head.i + 1 and \
            not is_name(owner.head) else owner  # (`l'action de la banque X`: the bank's name, and the bank)
        topic = measured if owner is None else (Qualifier("topic", mention(subject, context, (*leave_out, phrase))),)
        yield Candidate(mention(owner, context) if owner is not None else mention(subject, context, leave_out),
                        fixed_relation(prop), obj, context.evidence(sentence), rule.name, lemma,
                        (*qualifiers, *topic), negated, hypothetical, settings.get("confidence", 0.5))


def _move_qualifiers(holders: Sequence[Token], amounts: list[Token], grammar: ModuleType, context: Context
                     ) -> Iterator[Qualifier]:
    words = words_of(holders[0].doc)
    for holder in dict.fromkeys(holders):
        for link, head in grammar.phrases_of(holder):
            said = amount_words(head) if grammar.is_amount(head) else []
            if link in words.LEVEL_CASES and said and head not in amounts:  # `à 14 201,57`, `to $108.58`
                yield literal("quantity", said, context)
            elif (link not in words.AMOUNT_CASES or not said) and words.DATE_WORDS.search(text_of(time_words(head))):
                dated = time_words(head) if link else sorted([*time_words(head), *children(head, L.DETERMINERS)],
                                                             key=lambda t: t.i)  # (`l'an dernier`, with its article)
                yield literal("date", dated, context)  # (`in the third quarter`, `a chuté mardi`)
            elif link and link.split()[0] in words.SOURCE_CASES and stands_for_entity(head):  # `selon l'Insee`
                yield Qualifier("source", mention(head, context))
            elif link:  # `à l'exception de Londres`, `en raison de X`
                role, target = phrase_role(link, head, grammar.phrases_of(head), context.case_roles)
                if (role in MOVE_ROLES and stands_for_entity(target)) or role == "reason":
                    yield Qualifier(role, mention(target, context))


#: keys every handler reads: how slots are grown, checked, and derived from a node (`"derive": {"title": "anchor"}`
#: makes a slot `title` of the anchor's tokens, which `expand` and `require` can then treat apart from the anchor)
SLOT_KEYS = frozenset({"expand", "require", "derive"})



def _fact_property(settings: Mapping[str, Any]) -> None:
    if "frame" in settings:  # the property the lexicon gives the `lemma` slot's verb in that frame
        if "property" in settings or "lemma" not in settings or not isinstance(settings["frame"], str):
            raise ValueError("frame (a lexicon frame: obj, a preposition) takes the place of property and needs lemma")
    elif settings.get("property") not in property_labels():
        raise ValueError(f"property {settings.get('property')!r} is not declared in kg.ttl")
    elif settings["property"] in date_properties():
        raise ValueError(f"property {settings['property']!r} is a date: the `date` handler reads it")


def _date_property(settings: Mapping[str, Any]) -> None:
    if ("frame" in settings) == ("property" in settings) or "property" in settings and \
            settings["property"] not in date_properties():
        raise ValueError(f"a date's property is given by a lexicon frame of the verb (`frame`: "
                         f"{', '.join(sorted(DATE_FRAMES))}) or named (`property`, one of the dates kg.ttl declares "
                         "under kg:when): one of them")


def _move_property(settings: Mapping[str, Any]) -> None:
    if ("direction" in settings) == ("property" in settings) or settings.get("property", "falls") not in MOVES:
        raise ValueError("a move's property is given by a node whose word the lists MOVEMENT_VERBS / "
                         "MOVEMENT_DIRECTIONS map to it (`direction`) or as falls or rises (`property`): one of them")


def _variant_flag(settings: Mapping[str, Any]) -> None:
    if not isinstance(settings.get("variant", True), bool):
        raise ValueError(f"variant (whether a fact says which table it read) is true or false, not "
                         f"{settings['variant']!r}")


HANDLERS: dict[str, Handler] = {handler.name: handler for handler in (
    Handler("describe", _read_describe, ("name+", "noun", "negated?", "hypothetical?", "dated*"),
            frozenset({"leave_out"})),
    Handler("relational", _read_relational, ("name+", "noun", "of*")),
    Handler("participant", _read_participant, ("member+", "group", "event")),
    Handler("role", _read_role, ("person+", "title", "otherwise*", "dated*", "negated?", "hypothetical?")),
    Handler("affiliation", _read_affiliation, ("name+", "word+"), frozenset({"variant"}), _variant_flag),
    Handler("departure", _read_departure, ("person+", "negated?", "hypothetical?", "dated*"),
            frozenset({"property", "confidence"}), _fact_property),
    Handler("move", _read_move, ("subject+", "amount+", "governor*", "words*", "direction?", "lemma?", "measure*"),
            frozenset({"property", "leave_out", "confidence"}), _move_property),
    Handler("date", _read_date, ("subject+", "verb"), frozenset({"property", "frame", "confidence"}), _date_property),
    Handler("fact", _read_fact, ("subject+", "object+", "negated?", "hypothetical?", "lemma?", "dated*", "placed*"),
            frozenset({"property", "frame", "leave_out", "qualifiers", "confidence", "distinct"}), _fact_property),
)}
