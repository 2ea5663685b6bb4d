"""Verb clauses: active and passive verbs with their objects and qualifiers."""

from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token

from ...lang.en import LANG
from ...lang.en import WORDS as W
from ...model import Candidate, Mention, Qualifier
from ...ontology import Lexicon, property_ranges
from .. import labels as L
from ..context import Context, children, fixed_relation
from ..grammar import phrase_role, predicate, refused_objects
from ..mentions import act_mention, literal, mention, text_of
from ..movements import is_movement
from ..names import is_name, stands_for_entity
from .grammar import arguments_of, clause_subjects, is_amount, is_hypothetical, is_negated, prepositional_objects
from .movements import GRAMMAR as MOVEMENTS


def _qualifiers(verb: Token, used: set[int], roles: dict[str, str], context: Context) -> list[Qualifier]:
    """Prepositional phrases, datives and purpose clauses that qualify a verb's fact."""
    found: list[Qualifier] = []
    for word, obj in prepositional_objects(verb):
        if obj.i in used:
            continue
        role = "source" if word.split()[0] in W.SOURCE_CASES else roles.get(word)
        if word == "for" and is_amount(obj):  # `acquire X for $10 billion`: the price
            found.append(Qualifier("quantity", _amount_text(obj), literal=True))
            continue
        if role is None and W.DATE_WORDS.search(text_of(list(obj.subtree))):
            role = "date"
        elif role is None and word in W.PLACE_CASES and is_name(obj) and mention(obj, context).kind == "Place":
            role = "place"  # `gave a speech in New York`: where the fact happened
        if role is None:  # what the preposition says when the verb does not: `about X`, `in partnership with X`
            role, obj = phrase_role(word, obj, list(prepositional_objects(obj)), context.case_roles)
        if role == "date":  # kept as written: `in 2021`, `on Monday`
            found.append(literal("date", list(obj.subtree), context))
        elif role:
            found += [Qualifier(role, mention(a, context)) for a in arguments_of(obj)]
    for dative in (d for d in children(verb, L.INDIRECT_OBJECTS) if d.pos_ != "ADP"):  # `gave the city access`
        found += [Qualifier("recipient", mention(a, context)) for a in arguments_of(dative)]
    purposes = L.ADVERBIAL_CLAUSES | (L.OPEN_COMPLEMENTS if "purpose" in roles.values() else frozenset())
    for clause in children(verb, purposes):  # `… to analyse data`, `in order to …`, `use X to sort …`
        marker = [c.lower_ for c in clause.children if c.dep_ in L.AUXILIARIES | L.MARKERS and c.i < clause.i]
        if clause.pos_ == "VERB" and "to" in marker:
            words = [t for t in clause.subtree if t.i >= clause.i or t.dep_ not in L.AUXILIARIES | L.MARKERS]
            words = [t for t in words if t.dep_ not in L.PUNCTUATION]
            found.append(literal("purpose", words, context))
    return found


def _objects_and_frame(verb: Token, lexicon: Lexicon, events: Collection[str], lemma: str, part: Token | None
                       ) -> tuple[list[Token], str, set[int], Mention | None]:
    """The verb's object heads, its frame key (`obj` or a preposition), the tokens they use, and an amount.

    A direct object that is an amount points at what it is of: `invest $2bn in Acme` invests in Acme,
    `acquire a 25% stake in Acme` acquires Acme, each with the amount as written. An event noun (`completed its
    takeover of X`) is no object: the event rule reads it.
    """
    direct = [d for d in children(verb, L.OBJECTS) if d.lemma_.lower() not in W.SUPPORT_OBJECTS | set(events)
              and d != part]

    def known(word: str) -> bool:
        return lexicon.frame(LANG, lemma, word) is not None

    if direct and all(is_amount(d) for d in direct):
        amount = _amount_text(direct[0])
        for holder in (verb, *direct):
            for word, obj in prepositional_objects(holder):
                if known(word) or (holder != verb and word in ("in", "of") and is_name(obj)):
                    frame = word if known(word) else "obj"
                    return arguments_of(obj), frame, {obj.i, *(d.i for d in direct)}, amount
    if direct:  # `weighed on the price`: the particle is the object's preposition when the lexicon knows the
        # verb with it, or does not know the verb at all (`set up a company` mints `set up`)
        particles = children(verb, L.PARTICLES) + [  # (or a preposition without object right before the object)
            p for p in children(verb, L.PREPOSITIONS) if not children(p, L.PREPOSITION_OBJECTS) and
            any(p.i + 1 == d.left_edge.i for d in direct)]
        particle = next((c.lower_ for c in particles if known(c.lower_) or not known("obj")), "obj")
        return [a for d in direct for a in arguments_of(d)], particle, {d.i for d in direct}, None
    for word, obj in prepositional_objects(verb):
        if known(word):
            return arguments_of(obj), word, {obj.i}, None
    done = [c for c in children(verb, L.OPEN_COMPLEMENTS | L.CLAUSE_COMPLEMENTS)
            if not children(c, L.SUBJECTS | L.PASSIVE_SUBJECTS) and c.left_edge.i == verb.i + 1 and
            W.GERUND_TAG in {c.tag_, *(a.tag_ for a in children(c, L.AUXILIARIES))}]
    if done and known("obj") and lemma not in W.ASPECTUAL_VERBS:
        return done, "obj", {c.i for c in done}, None  # `denies conspiring with others`: what is denied
    if not children(verb, L.OPEN_COMPLEMENTS) and lemma not in W.GENERIC_VERBS | W.SPEECH_VERBS | W.TALK_VERBS:
        for word, obj in prepositional_objects(verb):  # `expand in Malaysia`: a verb of its own with a name
            if word in W.ARGUMENT_CASES and _named(obj) and not W.DATE_WORDS.search(obj.text):
                return arguments_of(obj), word, {obj.i}, None
    if known("that"):  # `reported that two guards were injured`: reports the guards
        for clause in children(verb, L.CLAUSE_COMPLEMENTS):
            told = [s for s in clause_subjects(clause) if stands_for_entity(s) or children(s, L.ADJECTIVE_MODIFIERS)
                    or children(s, L.NAME_PARTS)]
            if told:
                return told, "that", {clause.i}, None
    refused = refused_objects(verb, W.REFUSAL_VERBS)  # `refused to issue the cards`: rejects the cards
    if refused:
        return [a for o in refused for a in arguments_of(o)], "obj", {o.i for o in refused}, None
    return [], "", set(), None


def _is_stake(verb: Token) -> bool:
    return any(d.lemma_.lower() in W.STAKE_NOUNS for d in children(verb, L.OBJECTS))


def _amount_text(token: Token) -> Mention:
    """`2 billion euros`, `a 25% stake`: the amount without what it is of."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in L.DETERMINERS]
    return Mention(text_of(words), words[0].idx, words[-1].idx + len(words[-1]))


def _candidate(subject: Token, relation, obj: Token, verb: Token, sentence: Span, context: Context, rule: str,
               qualifiers: tuple[Qualifier, ...], confidence: float) -> Candidate:
    said = act_mention(obj, context, _without_dates(obj)) if obj.pos_ in {"VERB", "AUX"} else mention(obj, context)
    return Candidate(mention(subject, context), relation, said, context.evidence(sentence), rule,
                     verb.lemma_, qualifiers, is_negated(verb), is_hypothetical(verb), round(confidence, 2))


def _named(obj: Token) -> bool:
    """A name, a thing a name owns (`Pawlby's voicemails`) or a name qualifies (`the Singapore stock exchange`)."""
    return is_name(obj) or any(is_name(c) and c.pos_ != "PRON" for c in children(obj, L.POSSESSORS)) or any(
        is_name(c) and c.i < obj.i for c in children(obj, L.NAME_PARTS))


def _without_dates(verb: Token) -> set[int]:
    """The words of the dated phrases in a clause (`between 2000 and 2006`), which say when, not what."""
    return {t.i for c in verb.subtree if c.dep_ in L.PREPOSITIONS and W.DATE_WORDS.search(text_of(list(c.subtree)))
            for t in c.subtree}


def verb_clause(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme provides Zorg to hospitals for triage` -> Acme provides Zorg (recipient: hospitals, purpose: triage)."""
    for verb in sentence:
        if verb.pos_ != "VERB" or children(verb, L.PASSIVE_SUBJECTS) or _passive_participle(verb) or \
                _purpose_of(verb, lexicon):
            continue
        lemma, part = predicate(verb, lexicon, LANG)
        objects, frame, used, amount = _objects_and_frame(verb, lexicon, context.nominals, lemma, part)
        if not objects or is_movement(verb, objects, MOVEMENTS):  # `lost 2%`: read by the movement rule
            continue
        if frame == "obj":  # `open X to Y` provides X to Y, but `open a plant` does not
            frame = next((f"obj+{w}" for h in (verb, *objects) for w, _ in prepositional_objects(h)
                          if lexicon.frame(LANG, lemma, f"obj+{w}")), frame)
        relation, roles = lexicon.relation(LANG, lemma, frame)
        if relation.minted and amount is not None and _is_stake(verb):  # `took a 10% stake in X`
            relation = fixed_relation("investsIn")
        if relation.minted and lemma in W.SPEECH_VERBS:  # `told Reuters`: an addressee, not a fact
            continue
        if relation.minted and lemma in W.GENERIC_VERBS:  # `has offices`, but `has X College`
            objects = [o for o in objects if is_name(o)]
        recipients: tuple[Qualifier, ...] = ()
        supplied = [a for holder in (verb, *objects) for word, o in prepositional_objects(holder) if word == "with"
                    for a in arguments_of(o)]
        if frame == "obj" and relation.local_name == "provides" and supplied:  # `provide hospitals with scanners`
            recipients = tuple(Qualifier("recipient", mention(o, context)) for o in objects)
            objects, used = supplied, used | {o.i for o in supplied}
        qualifiers = recipients + tuple(_qualifiers(verb, used, roles, context))
        if amount is not None:
            qualifiers += (Qualifier("quantity", amount, literal=True),)
        inherited = not children(verb, L.SUBJECTS)
        confidence = (0.6 if inherited else 0.75) - (0.1 if relation.minted else 0.0)
        for subject in clause_subjects(verb):
            for obj in objects:
                if obj.i != subject.i and not (relation.minted and inherited and not _named(obj)):
                    yield _candidate(subject, relation, obj, verb, sentence, context, "en.svo", qualifiers,
                                     confidence)


def _purpose_of(verb: Token, lexicon: Lexicon) -> bool:
    """`use X to sort invoices`: the infinitive is the purpose of its governor's fact (a qualifier), not a fact."""
    if verb.dep_ not in L.OPEN_COMPLEMENTS or not any(c.lower_ == "to" for c in children(verb, L.AUXILIARIES)):
        return False
    _, roles = lexicon.relation(LANG, verb.head.lemma_.lower(), "obj")
    return "purpose" in roles.values()


def made_available(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme makes its models available to hospitals` -> Acme provides models (recipient: hospitals)."""
    for adjective in sentence:
        if adjective.pos_ != "ADJ" or adjective.lemma_.lower() not in W.AVAILABILITY_ADJECTIVES or \
                adjective.head.lemma_.lower() not in {"make", "render"}:
            continue
        verb = adjective.head
        themes = [a for t in children(adjective, L.SUBJECTS) + children(verb, L.OBJECTS) for a in arguments_of(t)]
        recipients = tuple(Qualifier("recipient", mention(a, context)) for word, o in prepositional_objects(adjective)
                           if word == "to" for a in arguments_of(o))
        for subject in clause_subjects(verb):
            for theme in themes:
                yield _candidate(subject, fixed_relation("provides"), theme, verb, sentence, context, "en.available",
                                 recipients, 0.7)


def _passive_participle(verb: Token) -> bool:
    """`a model developed by Acme`, `Founded by X, Acme …`, `… fell 1 percent, dragged down by BP`: a past
    participle modifying a noun or the main clause (whose subject it is then about), read by `passive_clause`. After
    the main clause it needs its comma and its agent (`by BP`), and may be tagged a past tense."""
    if verb.dep_ in L.CLAUSAL_MODIFIERS:
        return verb.tag_ == "VBN"
    if verb.dep_ not in L.ADVERBIAL_CLAUSES or children(verb, L.SUBJECTS | L.AUXILIARIES):
        return False
    if verb.i < verb.head.i:
        return verb.tag_ == "VBN"
    return verb.tag_ in {"VBN", "VBD"} and verb.doc[verb.left_edge.i - 1].text == "," and \
        any(word == "by" for word, _ in prepositional_objects(verb))


def passive_clause(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Zorg was developed by Acme` -> Acme develops Zorg; `Acme, based in Lyon` -> Acme based in Lyon."""
    for verb in sentence:
        if verb.pos_ != "VERB" or not (children(verb, L.PASSIVE_SUBJECTS) or _passive_participle(verb)):
            continue
        patients = clause_subjects(verb)
        agents = [a for word, o in prepositional_objects(verb) if word == "by" for a in arguments_of(o)]
        if agents:
            relation, roles = lexicon.relation(LANG, verb.lemma_.lower(), "obj")
            qualifiers = tuple(_qualifiers(verb, {a.i for a in agents}, roles, context))
            confidence = 0.75 - (0.1 if relation.minted else 0.0)
            for agent in agents:
                for patient in patients:
                    yield _candidate(agent, relation, patient, verb, sentence, context, "en.passive", qualifiers,
                                     confidence)
            continue
        for word, obj in prepositional_objects(verb):  # `is based in`, `was killed in`: the frame names the relation
            frame = next((f for f in (f"pass:{word}", word) if lexicon.frame(LANG, verb.lemma_.lower(), f)), None)
            if frame is None:  # (`pass:in`: only in the passive, `was held in`, not `held a stake in`)
                continue
            relation, roles = lexicon.relation(LANG, verb.lemma_.lower(), frame)
            if property_ranges().get(relation.local_name) == "Place" and not is_name(obj):
                continue  # `was born in a village` names no place
            qualifiers = tuple(_qualifiers(verb, {obj.i}, roles, context))
            for patient in patients:
                for target in arguments_of(obj):
                    yield _candidate(patient, relation, target, verb, sentence, context, "en.passive", qualifiers,
                                     0.75)
