"""Verb clauses, one reading for every language: `Acme se servira de Zorg pour trier les factures` -> Acme uses Zorg
(purpose: trier les factures), `Zorg was developed by Acme` -> Acme develops Zorg.

What a language's parses make of a verb is asked of its grammar adapter: which verbs other rules read
(`read_elsewhere`), the verb's objects and the lexicon frame they fill (`verb_objects`), a second complement that
gives the frame its meaning (`second_complement`), the qualifiers (`verb_qualifiers`), an object that is a share of
what it names (`quantified`), a passive's patients and agents (`passive_roles`) and its framed phrases
(`passive_frames`). This module makes the facts alike for every language: the relation from the lexicon, which
subjects and objects pair, and how sure the reading is.
"""

from collections.abc import Iterator
from dataclasses import replace
from types import ModuleType

from spacy.tokens import Span, Token

from ..lang.words import WordLists
from ..model import CHANGES, Candidate, Mention, Qualifier, Relation
from ..ontology import Lexicon, property_ranges
from . import labels as L
from .context import Context, case_word, children, fixed_relation, grammar_of, morph, words_of
from .describe import organisation_of_bodies
from .expanders import place_named_by, place_of_site
from .grammar import VerbObjects, is_indefinite, is_modified, is_movement, measure_owner, names_a_body_part, predicate
from .mentions import act_mention, literal, mention, text_of, written_phrase
from .names import LOCATION_ENTITIES, TIME_ENTITIES, is_name, is_named, name_tokens, stands_for_entity

#: where someone or something is based: a named place, or one named in its phrase (`la ville de Lyon`)
BASES = frozenset({"basedIn"})
#: properties that what a company's shares are said to have, the company has (`Valtek's shares are listed on X`)
SHARE_OWNER_PROPERTIES = frozenset({"listedOn"})
#: properties whose object, a body of an organisation, stands for the organisation (`the board of Valtek`: Valtek)
BODY_RELATIONS = frozenset({"memberOf", "joins", "leaves"})
#: properties of where something befell the subject whose object, an event, did it, read from the event: `died in the
#: violence`, `a été tué dans une embuscade`, `was injured in a blast` -> it kills them, injures them, as `the blast
#: injured them` says (one dies at a place, `schema:deathPlace`; an event is none)
EVENT_CAUSES = {"diedIn": "kills", "killedIn": "kills", "injuredIn": "injures"}


def verb_clause(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Acme provides Zorg to hospitals for triage` -> Acme provides Zorg (recipient: hospitals, purpose: triage)."""
    grammar, words, lang = grammar_of(sentence.doc), words_of(sentence.doc), sentence.doc.lang_
    for verb in sentence:
        if verb.pos_ != "VERB" or grammar.read_elsewhere(verb, lexicon):
            continue
        lemma, part = predicate(verb, lexicon, lang)
        if lemma in words.PROMPTING_VERBS and any("Inf" in morph(c, "VerbForm")
                                                  for c in children(verb, L.OPEN_COMPLEMENTS)):
            continue  # `led X to resign`: what X was made to do is read on the infinitive
        found = grammar.verb_objects(verb, lexicon, context.nominals, lemma, part)
        objects, frame = found.objects, found.frame
        if not objects or is_movement(verb, objects):  # `a perdu 2 %`: the movement rule's
            continue
        patients = _framed_patients(verb, grammar, lexicon, lang, lemma, frame)
        if patients is None:
            continue
        frame = grammar.second_complement(verb, lemma, frame, objects, lexicon)
        if lexicon.makes_no_fact(lang, lemma, frame):
            continue  # `replaced A with B`: B replaces A, which a pattern reads
        relation, roles = lexicon.relation(lang, lemma, frame)
        if relation.minted and _is_stake(verb, words) and (found.amount is not None or any(
                grammar.quantified(o) is not None for o in objects)):  # `took a 10% stake in X`, `a pris une
            relation = fixed_relation("investsIn")  # participation de 10 % dans X`
        sense = object_sense(lemma, objects, words) if frame == "obj" else None  # `posted a net loss of $2m`:
        if sense is not None:  # reports it, `a adopté la loi`: approves it (with how much and when, if said)
            relation, roles = fixed_relation(sense), _sense_roles(sense, words)
        sized = {o: _amount_of(o, grammar, words) for o in objects} if sense is not None else {}
        relation = sense_of_kind(relation, objects, context, lemma)  # `a acheté la société X`, `bought X` (a company):
        # acquires it; `signed striker X`: employs X; `released X` (a person): frees X
        if frame == "obj" and lemma in words.HOSTING_VERBS and objects and all(
                mention(o, context).kind in ("Person", "Role") for o in objects):  # `a reçu le président X`,
            # `a reçu le ministre`: a visitor
            relation, roles = fixed_relation("hosts"), {}
        if relation.minted and frame == "obj" and lemma in words.SPEECH_VERBS and grammar.SPEECH_OBJECT_IS_ADDRESSEE:
            continue  # `told Reuters`: an addressee, not a fact
        if relation.minted and frame != "obj" and (words.MOVEMENT_VERBS.get(lemma) in CHANGES or
                                                   lemma in words.MOVEMENT_GOVERNORS and (
                                                       all(grammar.is_amount(o) for o in objects) or any(
                                                           c.lemma_.lower() in words.MOVEMENT_DIRECTIONS
                                                           for c in verb.children))):
            continue  # `shares fell 8% in New York`, `a clôturé en hausse de 1,2 %`, `closed 3% lower in Oslo`: the
            # movement rule reads a move, a place or an amount is no fact (but a verb of a level is another verb
            # without one: `stood in Leeds`)
        if relation.minted and lemma in words.RECIPROCAL_VERBS and frame.removeprefix("se:") in words.PLACE_CASES \
                and all(mention(o, context).kind == "Place" for o in objects):
            continue  # `X and Y met in Beijing`: where they met, which the reciprocal lines read
        if relation.minted and lemma in words.EVALUATING_VERBS and _judges(verb, objects):
            continue  # `juge la réforme inacceptable`: what it is judged to be, the `<lang>.judgement` lines read
        made = [p for p in children(verb, L.PREDICATIVES) if p.pos_ == "NOUN"]
        if made and (relation.minted or lemma not in words.APPOINTMENT_VERBS and not any(case_word(p) for p in made)):
            continue  # `named X its new chief financial officer`: what the object is made, the appointment lines read
            # (only an appointment is also an act on the object: `made X the largest carmaker` produces no X)
        if frame == "obj" and not patients and _bare_past_participle(verb) and not any(is_name(o) for o in objects):
            continue  # `le V12, vendu 899 euros`: what a passive participle describes undergoes it, and acts on
            # nothing (but a name it is given is read: `un manuel intitulé X`)
        if relation.minted and _bare_past_participle(verb):  # `Interrogé sur France Inter, le ministre …`: the
            # subject undergoes what the verb says, which kg has no passive sense of (`ministre | interrogé sur | X`)
            relation = lexicon.relation(lang, grammar.participle_label(verb), frame.removeprefix("se:"))[0]
        subjects = patients or grammar.clause_subjects(verb)
        if relation.minted and lemma in words.GENERIC_VERBS:  # `a son siège`, `has offices`: only names make facts,
            # and none with a noun for predicate, which says what the subject is (`devenu artiste à New York`)
            said_what = any(c.pos_ == "NOUN" for c in children(verb, L.OPEN_COMPLEMENTS))
            objects = [] if said_what else [o for o in objects if is_name(o)]
        if property_ranges().get(relation.local_name) == "Place":  # `installée dans la banlieue de Lyon`: Lyon;
            objects = [o if is_name(o) else place_named_by(o) or place_of_site(o, context) or o
                       for o in objects]  # `died at his home in Springs`: Springs
        else:  # `sits on the board of Valtek`, `left the board of Valtek`: Valtek; `contrôlent la ville de Goma`: Goma
            # (but `la plus grande ville du Canada` is not Canada)
            objects = [_body_s_organisation(o, relation, context, grammar) for o in objects]
            objects = [place_named_by(o) or o if relation.local_name != "memberOf" and _names_its_complement(o, words)
                       else o for o in objects]
        objects = [o for o in objects if _may_be_object(o, relation, lemma, frame, words, context) and not (
            frame != "obj" and lemma in words.SPEECH_VERBS and _where_said(o, relation, context))]
        used = found.used | ({part.i} if part is not None else set())  # (`mis en examen`: the idiom's noun)
        # (`replaced X with Y`: a second complement that gave the verb its meaning is no qualifier, unless the
        # lexicon gives it a role; the preposition of `obj+en justice`)
        second = frame.partition("+")[2].split(" ")[0]
        if second and second not in roles:
            used |= {o.i for h in (verb, *objects) for word, o in grammar.complements(h) if word == second}
        recipients, objects, used = _supplied(verb, relation, frame, objects, used, grammar, words, context)
        quantities = {o.i: q for o in objects if (q := grammar.quantified(o)) is not None}
        # (what a share is of is the object, not a qualifier; `une perte au premier trimestre`: when)
        used |= {t.i for target, _ in quantities.values() for t in (target, target.head)}
        periods = [p for o in sized for p in _periods(o, grammar, words)]
        qualifiers = recipients + tuple(grammar.verb_qualifiers(
            verb, VerbObjects(objects, frame, used, found.amount), roles, context)) + tuple(
            literal("date", written_phrase(p), context) for p in periods) + _idiom_amount(part, context)
        if not any(q.role == "date" for q in qualifiers):
            qualifiers += _fronted_dates(verb, grammar, context)
        objects = [quantities[o.i][0] if o.i in quantities else o for o in objects]  # `25 % du capital de X`: X
        amounts = {target.i: amount for target, amount in quantities.values() if amount} | {
            o.i: text_of(amount_as_written(amount)) for o, amount in sized.items() if amount is not None}
        apart = (*grammar.phrases_on_objects(objects, roles),  # (`a cédé X à un fonds`: to whom, not what; a result's
                 *(a for a in sized.values() if a is not None), *periods)  # amount: how much)
        inherited = not children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS)
        aim = inherited and not _completes_its_subject_s_verb(verb, words)
        confidence = (0.6 if inherited else 0.75) - (0.1 if relation.minted else 0.0)
        rule = f"{lang}.reflexive" if frame.startswith("se:") else f"{lang}.svo"
        for subject in subjects:
            for obj in objects:
                # an unknown verb whose subject is only implied (`pour traduire ses manuels`) is an aim, not a fact
                if obj.i != subject.i and not (relation.minted and aim and not is_named(obj)):
                    share = (Qualifier("quantity", Mention(amounts[obj.i], obj.idx, obj.idx), literal=True),) \
                        if obj.i in amounts else ()
                    fact = clause_fact(subject, event_cause(relation, obj, context), obj, verb, lemma, sentence,
                                       context, rule, qualifiers + share, confidence, leave_out=apart)
                    yield fact
                    yield from _partners_acting(fact)


#: properties of acts a partner does with the subject (`founded X with Y`: Y founded X too)
JOINT_ACTS = frozenset({"founded", "creates", "develops", "launches", "signs"})
PARTNER_KINDS = frozenset({"Person", "Organization"})


def _partners_acting(fact: Candidate) -> Iterator[Candidate]:
    """`Jane Doe founded Brimex with Tom Hale`, `a signé un accord avec Orvane`: a person or an organisation the
    subject acts with in a joint act does it too, with the subject for partner."""
    if fact.relation.local_name not in JOINT_ACTS:
        return
    for partner in fact.qualifiers:
        if partner.role == "partner" and not partner.literal and partner.value.kind in PARTNER_KINDS:
            others = tuple(q for q in fact.qualifiers if q is not partner)
            yield replace(fact, subject=partner.value, qualifiers=(*others, Qualifier("partner", fact.subject)),
                          variant="partner")


def event_cause(relation: Relation, obj: Token, context: Context) -> Relation:
    """The relation read from an event to the subject where a property of where something befell the subject has the
    event for object (`died in an ambush`: the ambush kills them, `EVENT_CAUSES`), else the relation."""
    cause = EVENT_CAUSES.get(relation.local_name)
    return replace(fixed_relation(cause), inverse=True) if cause is not None and not is_name(obj) and \
        context.names_an_event(obj) else relation


def _fronted_dates(verb: Token, grammar: ModuleType, context: Context) -> tuple[Qualifier, ...]:
    """`In 2014, A won three seats and B won one`, `In the 2020 election, A was re-elected, receiving 49 percent of
    the vote`: a clause coordinated with another, with a subject of its own, or a participle's clause set after it
    happened when the date opening the sentence before the first clause's subject says."""
    head = verb.head
    coordinated = verb.dep_ in L.CONJUNCTS and bool(children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS))
    participle = verb.dep_ in L.ADVERBIAL_CLAUSES and verb.i > head.i and "Part" in morph(verb, "VerbForm") and \
        not children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS | L.MARKERS)
    if not (coordinated or participle) or head.pos_ != "VERB":
        return ()
    subjects = children(head, L.SUBJECTS | L.PASSIVE_SUBJECTS)
    if not subjects:
        return ()
    start = context.offset + min(s.left_edge.idx for s in subjects)
    return tuple(q for q in grammar.verb_qualifiers(head, VerbObjects(), {}, context)
                 if q.role == "date" and q.value.end <= start)


def passive_clause(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """`Le modèle a été développé par la société` -> société develops modèle; `Acme, based in Lyon` -> Acme based in
    Lyon."""
    grammar, words, lang = grammar_of(sentence.doc), words_of(sentence.doc), sentence.doc.lang_
    rule = f"{lang}.passive"
    for verb in sentence:
        patients, agents, used = grammar.passive_roles(verb, sentence)
        agents = [a for a in agents if a.lemma_.lower() not in words.VOTE_NOUNS]  # `réélu par 551 voix`: a margin
        lemma = verb.lemma_.lower()
        if agents:  # `condamné à dix ans par le tribunal` sentences, not criticises
            idiom, part = predicate(verb, lexicon, lang)  # (`placé en garde à vue par X`: the idiom arrests)
            frame = grammar.second_complement(verb, idiom, "obj", [], lexicon)
            if frame == f"obj+{words.AGENT_CASE}":  # `remplacée par X, puis par Y`: another agent
                frame = "obj"
            if lexicon.makes_no_fact(lang, idiom, frame):
                continue
            relation, roles = lexicon.relation(lang, idiom, frame)
            if relation.minted and grammar.passive_frames(verb, lexicon):  # `was acquitted of murder by a court`:
                agents = []  # the lexicon knows the patient's frame, not the agent's act
        if agents:
            if frame == "obj" and (sense := object_sense(idiom, patients, words)) is not None:
                relation, roles = fixed_relation(sense), {}  # `le film, réalisé par X`: X creates it
            relation = sense_of_kind(relation, patients, context, idiom)  # `X Inc. was bought by Y`: Y acquires it
            used = used | ({part.i} if part is not None else set())
            qualifiers = tuple(grammar.verb_qualifiers(verb, VerbObjects(frame="obj", used=used), roles, context)) + \
                _idiom_amount(part, context)
            people = property_ranges().get(relation.local_name) == "Person"  # (`Ashkelon was sacked by X`: a
            for agent in agents:  # city is plundered, not dismissed)
                for patient in (p for p in patients if not people or _someone(p, context)):
                    yield clause_fact(agent, relation, patient, verb, idiom, sentence, context, rule, qualifiers,
                                      0.75 - (0.1 if relation.minted else 0.0), act=False)
            continue
        frames = grammar.passive_frames(verb, lexicon)
        idiom, part = predicate(verb, lexicon, lang) if frames else (lemma, None)  # (`was taken into custody in X`)
        for frame, phrase in frames:
            if lexicon.makes_no_fact(lang, idiom, frame):
                continue
            relation, roles = lexicon.relation(lang, idiom, frame)
            obj = phrase if is_name(phrase) or property_ranges().get(relation.local_name) != "Place" else \
                place_named_by(phrase) or place_of_site(phrase, context)  # `was born in a village`
            # names no place, `in the city of Lyon` names Lyon, `in a village in Bavaria` Bavaria; `were killed in
            # October`: when, not in what
            if relation.local_name in BODY_RELATIONS and obj is not None:  # `was appointed to the board of X`: X
                obj = _body_s_organisation(obj, relation, context, grammar)
                obj = obj if _may_be_object(obj, relation, idiom, frame, words, context) else None
            if obj is None or obj.ent_type_ in TIME_ENTITIES and words.DATE_WORDS.search(obj.text) or \
                    _no_event_for(relation, obj, context) or names_a_body_part(obj, words):
                continue
            used = {obj.i} | ({part.i} if part is not None else set())
            qualifiers = tuple(grammar.verb_qualifiers(verb, VerbObjects(frame=frame, used=used), roles, context))
            for patient in patients:
                for target in grammar.arguments_of(obj):
                    yield clause_fact(patient, event_cause(relation, target, context), target, verb, idiom, sentence,
                                      context, rule, qualifiers, 0.75)


def _body_s_organisation(obj: Token, relation: Relation, context: Context, grammar: ModuleType) -> Token:
    """What a relation to a body is about: the organisation named down a body's complements (`sits on the board of
    Valtek`, `was appointed to the board of Valtek`: Valtek), else the object itself."""
    if relation.local_name not in BODY_RELATIONS:
        return obj
    return next(iter(organisation_of_bodies([obj], context, grammar)), obj)


def _adjective_as_noun(word: Token) -> bool:
    """`won the FA Cup final`: an adjective with an article, and no common noun before it that it would be said of
    (`ruled the law unconstitutional`), is a noun."""
    return bool(children(word, L.DETERMINERS)) and not any(c.pos_ == "NOUN" for c in children(word, L.NAME_PARTS))


def _may_be_object(obj: Token, relation: Relation, lemma: str, frame: str, words: WordLists, context: Context
                   ) -> bool:
    """Whether a verb's object may be its fact's: in `take place in June` a day is nowhere; in `spent two nights in
    custody` a span of time is no thing, nor is a phrase's day (`on Monday`; but `replaced May` names someone); `moved
    to safer assets` is nowhere to be based, as a base is a named place; a place a preposition of place names is no
    organisation (`travaille à Lyon`; but `à l'Université de Lyon`); an age or a distance is no thing (`mort à l'âge de
    78 ans`, `walked 30 miles`), nor a count a place (`mort à 78 ans`); and a property of events takes an event noun
    (`a revendiqué l'attentat`, not `2 000 adhérents`), as a place takes none (`arrested in a raid`); nor is a
    post what someone leaves or holds; a property of people takes someone (`fired tear gas`: no dismissal; `hired
    Goldman Sachs to advise it`: a client's bank, no employee); an article standing alone as the object is a clitic
    that stands for nothing found (`de la revendre`), and an adjective the parser made the object is what the object
    is said to be (`ruled the law unconstitutional`; but one with an article is a noun: `won the FA Cup final`), as a
    score is no thing (`voted 52-48`)."""
    if _no_event_for(relation, obj, context) or obj.pos_ in ("DET", "ADJ") and not stands_for_entity(obj) and \
            not _adjective_as_noun(obj) or words.SCORES is not None and words.SCORES.fullmatch(obj.text):
        return False  # (`voted 52-48`: a score is no thing)
    if (relation.local_name in ("leaves", "joins") or lemma in words.POST_VERBS) and \
            obj.lemma_.lower() in words.POST_NOUNS | words.HEAD_NOUNS:
        return False  # `a quitté la direction de X`, `occupe la présidence de X`, `held the post of mayor`, `appointed
        # to the post of`: a post, whose holder the appointment rules read
    if relation.local_name == "joins" and frame != "obj" and obj.pos_ == "PROPN" and obj.ent_type_ in LOCATION_ENTITIES:
        return False  # `nommée à Lyon`: where someone is posted, no body they join
    ranges_over = property_ranges().get(relation.local_name)
    if obj.ent_type_ in TIME_ENTITIES and (ranges_over == "Place" or children(obj, L.NUMERIC_MODIFIERS) or
                                          obj.lemma_.lower() in words.TIME_NOUNS and  # (`spent a decade in X`, not
                                          obj.left_edge.ent_type_ in TIME_ENTITIES or  # `a shorter working week`)
                                          frame != "obj" and words.DATE_WORDS.search(obj.text)):
        return False
    if relation.local_name in BASES and not any(stands_for_entity(t) for t in obj.subtree):
        return False
    if ranges_over == "Place" and not is_name(obj) and not context.names_an_event(obj) and (
            obj.pos_ == "NUM" or any(n.i < obj.i for n in children(obj, L.NUMERIC_MODIFIERS))):
        return False  # `est mort à 78 ans`, `died at 78`: an age, no place (but `au terminal 3`)
    if ranges_over == "Organization" and frame in words.PLACE_CASES and obj.pos_ == "PROPN" and \
            obj.ent_type_ in LOCATION_ENTITIES:
        return False  # `travaille à Lyon`, `a fait ses études à Lyon`: where, not for or at whom
    if ranges_over == "Place" and not is_name(obj) and (mention(obj, context).kind in ("Person", "Role") or (
            context.names_an_event(obj) and relation.local_name not in EVENT_CAUSES)):
        return False  # `a fermé ses portes aux étudiants`: to whom, not where; `arrested in a raid`: in what happened
    if ranges_over == "Person" and not _someone(obj, context):
        return False  # `fired tear gas at protesters`, `hired Goldman Sachs to advise it`
    return obj.lemma_.lower() not in words.AGE_NOUNS | words.DISTANCE_NOUNS


def _someone(obj: Token, context: Context) -> bool:
    """Whether an object may be someone: a person or a post, a name of neither an organisation nor a place, or a
    count of what its noun is (`employs 500 staff`)."""
    kind = mention(obj, context).kind
    return kind not in ("Organization", "Place") and (
        is_name(obj) or kind in ("Person", "Role") or bool(children(obj, L.NUMERIC_MODIFIERS)))


def _bare_past_participle(verb: Token) -> bool:
    """A past participle with no auxiliary that describes a noun or its clause's subject (`Interrogé sur X, le
    ministre …`, `une étude publiée dans X`): passive."""
    return verb.dep_ in L.CLAUSAL_MODIFIERS | L.ADVERBIAL_CLAUSES and "Part" in morph(verb, "VerbForm") and \
        "Past" in morph(verb, "Tense") and not children(verb, L.AUXILIARIES)


def _no_event_for(relation: Relation, obj: Token, context: Context) -> bool:
    """Whether a property of events has for object what names no event (`attended a police station`, `involved in
    the third`; an event is a noun of one, or a name: `the Olympic Games`)."""
    return property_ranges().get(relation.local_name) == "Event" and not (context.names_an_event(obj) or is_name(obj))


def _where_said(phrase: Token, relation: Relation, context: Context) -> bool:
    """Whether a speech verb's prepositional phrase says where or how it was said, not to whom or before whom: a
    place (`a déclaré à Paris`), or, for a verb the lexicon does not know in that frame, anything but a person or an
    organisation (`a indiqué sur son compte Twitter`, `said in a magazine`; but `a déclaré devant une commission
    parlementaire`)."""
    return phrase.ent_type_ in LOCATION_ENTITIES or relation.minted and \
        mention(phrase, context).kind not in ("Person", "Organization")


#: properties that are another when their objects are of a class: buying a company is acquiring it, signing a
#: person hiring them
KIND_SENSES = {"buys": ("Organization", "acquires"), "signs": ("Person", "employs"), "publishes": ("Person", "frees")}
#: properties the verbs of a word list take with objects of some classes: forming people is training them (`a formé
#: 300 ingénieurs`, `a été formé par X`; `a formé un parti` founds it)
VERB_KIND_SENSES = {"trains": ("TRAINING_VERBS", frozenset({"Person", "Role"}))}
#: properties a verb takes with objects of a class of nouns: the word lists of the verbs and of the nouns
OBJECT_SENSES = {"reports": ("RESULT_VERBS", "RESULT_NOUNS"), "approves": ("ADOPTING_VERBS", "LEGISLATION_NOUNS"),
                 "operates": ("RUNNING_VERBS", "FACILITY_NOUNS"), "proposes": ("PROPOSING_VERBS", "PROPOSAL_NOUNS"),
                 "reduces": ("JOB_CUTTING_VERBS", "JOB_NOUNS"), "buys": ("ORDERING_VERBS", "GOODS_NOUNS"),
                 "creates": ("AUTHORING_VERBS", "WORK_NOUNS"), "increases": ("PRICE_RAISING_VERBS", "PRICE_NOUNS"),
                 "educatedAt": ("ATTENDING_VERBS", "SCHOOL_NOUNS"), "overturns": ("ANNULLING_VERBS", "RULING_NOUNS"),
                 "conducts": ("STAGING_VERBS", "PROTEST_NOUNS"), "wins": ("SEAT_WINNING_VERBS", "SEAT_NOUNS")}


#: senses that change a level, whose phrases of how much and to what level are quantities
LEVEL_SENSES = frozenset({"increases", "reduces"})


def _sense_roles(sense: str, words: WordLists) -> dict[str, str]:
    """`raised its key rate by half a point to 4.5%`: by how much a level changes and the level it reaches."""
    return {case: "quantity" for case in (*words.AMOUNT_CASES, *words.LEVEL_CASES) if case} \
        if sense in LEVEL_SENSES else {}


def sense_of_kind(relation: Relation, objects: list[Token], context: Context, lemma: str = "") -> Relation:
    """The property a verb's relation has with objects all of one kind of entity (`KIND_SENSES`), or the verb
    `lemma` has with objects of some kinds (`VERB_KIND_SENSES`), else the relation."""
    kind, other = KIND_SENSES.get(relation.local_name, ("", ""))
    if other and objects and all(mention(o, context).kind == kind for o in objects):
        return fixed_relation(other)
    words = words_of(objects[0].doc) if objects else None
    return next((fixed_relation(sense) for sense, (verbs, kinds) in VERB_KIND_SENSES.items()
                 if words is not None and lemma in getattr(words, verbs) and
                 all(mention(o, context).kind in kinds for o in objects)), relation)


def object_sense(lemma: str, objects: list[Token], words: WordLists) -> str | None:
    """The property a verb has with objects of a class of nouns, as they are written from the noun on (`posted a
    net loss`, `a réalisé un chiffre d'affaires`: reports; `a adopté le projet de loi`: approves; `runs 15 stores`:
    operates; `a présenté un plan`: proposes); objects coordinated with the first share its sense (`runs the Leeds
    outlet and 15 others`); a title is written from the noun before it (`the novel 'Blue Hours'`). Names alone say
    their class in any of their words (`attended Karvin University`, `runs the Ritz Hotel`)."""
    nouns = [_noun_before_title(o) for o in objects]
    written = [_as_written(o) for o in nouns  # (up to a clause set off: `the film, directed by`)
               if o.pos_ == "NOUN" and not (o.dep_ in L.CONJUNCTS and o.head in nouns)]
    named = [] if written else [f" {' '.join(t.lower_ for t in name_tokens(o))} " for o in nouns if is_name(o)]
    return next((sense for sense, (verbs, kinds) in OBJECT_SENSES.items() if lemma in getattr(words, verbs) and (
        written and all(any(w == n or w.startswith(n + " ") for n in getattr(words, kinds) for w in forms)
                        for forms in written) or
        named and all(any(f" {n} " in w for n in getattr(words, kinds)) for w in named))), None)


def _as_written(noun: Token) -> tuple[str, str]:
    """A noun's phrase from the noun on, up to a comma, in lower case: as written, and with the noun's lemma for the
    noun (`des lois sur X`: `loi sur x`), which is how word lists give nouns."""
    text = noun.doc[noun.i:noun.right_edge.i + 1].text.lower().split(",")[0]
    return text, noun.lemma_.lower() + text[len(noun.text):]


def _noun_before_title(word: Token) -> Token:
    """The noun a title is written after, which the parser hangs either way: the title in apposition to the noun
    (`le roman « Les Ombres »`, or its complement without a preposition: `le lycée Karvin`) or the noun on the title
    (`the novel 'Blue Hours'`, its quotation mark read as a possessive); else the word itself."""
    if word.dep_ in L.APPOSITIONS | L.NOUN_MODIFIERS and word.head.pos_ == "NOUN" and word.head.i < word.i and \
            not case_word(word):
        return word.head
    return next((c for c in children(word, L.POSSESSORS | L.NOUN_MODIFIERS | L.NAME_PARTS)
                 if c.pos_ == "NOUN" and c.i < word.i), word) if word.pos_ == "PROPN" else word


def _idiom_amount(part: Token | None, context: Context) -> tuple[Qualifier, ...]:
    """How much the noun of a verb's idiom says (`infligé une amende de 2 M€ à X`, `condamnée à une amende de 2 M€`)."""
    amount = _amount_of(part, grammar_of(part.doc), words_of(part.doc)) if part is not None else None
    return (literal("quantity", amount_as_written(amount), context),) if amount is not None else ()


def _amount_of(noun: Token, grammar: ModuleType, words: WordLists) -> Token | None:
    """How much a result or a budget was: the amount it is `of` / `de` (`a loss of $2m`, `un chiffre d'affaires de 3
    milliards`)."""
    return next((amount for inner in noun.subtree for word, amount in grammar.complements(inner)
                 if word in words.OF_CASES and grammar.is_amount(amount)), None)


def _periods(noun: Token, grammar: ModuleType, words: WordLists) -> list[Token]:
    """The dated phrases hung on a result or a budget, or on its amount (`une perte au premier trimestre`, `une
    perte de 2 M€ au premier trimestre`, `a loss of $2m in the first quarter`)."""
    amount = _amount_of(noun, grammar, words)
    return [*_dated(noun, grammar, words), *(_dated(amount, grammar, words) if amount is not None else ())]


def _dated(head: Token, grammar: ModuleType, words: WordLists) -> list[Token]:
    """The phrases hung on a word that say when (not its `de` / `of` complement, nor an amount but a year)."""
    return [inner for word, inner in grammar.complements(head) if word not in words.OF_CASES and
            words.DATE_WORDS.search(text_of(list(inner.subtree))) and
            not (grammar.is_amount(inner) and not words.DATE_WORDS.fullmatch(inner.text))]


def amount_as_written(amount: Token) -> list[Token]:
    """An amount as written, without the preposition that introduces it nor a phrase hung on it or on its words that
    says when or names someone: `$200 million`, `3 milliards d'euros` (`… au premier trimestre`, `… d'euros en 2019`:
    when; `une amende de 2 milliards d'euros à X`: whom it is inflicted on)."""
    grammar, words = grammar_of(amount.doc), words_of(amount.doc)
    apart = {t for inner in amount.subtree for d in _dated(inner, grammar, words) + [
        o for word, o in grammar.complements(inner) if word not in words.OF_CASES and is_name(o)] for t in d.subtree}
    return [t for t in amount.subtree if t.dep_ not in L.PUNCTUATION and t not in apart and
            not (t.head == amount and t.dep_ in L.CASE_MARKERS)]


def _names_its_complement(noun: Token, words: WordLists) -> bool:
    """`la ville de Goma`, `the town of Goma`: a naming noun, one of them and with nothing to tell it apart, is the
    place its complement names."""
    return noun.lemma_.lower() in words.NAMING_NOUNS and "Plur" not in morph(noun, "Number") and \
        not children(noun, L.ADJECTIVE_MODIFIERS)


def _completes_its_subject_s_verb(verb: Token, words: WordLists) -> bool:
    """`va ouvrir`, `prévoit d'ouvrir`, `plans to open`: an infinitive completing a verb of tense, intent or aspect
    does what that verb's subject does, unlike an aim (`pour traduire ses manuels`)."""
    return verb.dep_ in L.OPEN_COMPLEMENTS and verb.head.lemma_.lower() in (
        words.TENSE_VERBS | words.MODAL_VERBS | words.INTENT_VERBS | words.IMPLICATIVE_VERBS | words.ASPECTUAL_VERBS)


def clause_fact(subject: Token, relation: Relation, obj: Token, verb: Token, lemma: str, sentence: Span,
                context: Context, rule: str, qualifiers: tuple[Qualifier, ...], confidence: float, act: bool = True,
                leave_out: tuple[Token, ...] = ()) -> Candidate:
    """One fact of a clause, negated or hypothetical as its verb is; an object that is a clause is the act it says
    (`demande d'annuler le jugement`), without the dates in it, if `act` (a passive's patient is what its words
    name, even when the parser makes it a verb); `leave_out`: phrases in the object that are not its words. An
    inverse relation reads from the object to the subject (`X was sold to Y`: Y acquires X)."""
    grammar = grammar_of(verb.doc)
    if relation.local_name in SHARE_OWNER_PROPERTIES and subject.lemma_.lower() in words_of(verb.doc).STAKE_NOUNS:
        subject = measure_owner(subject) or subject  # (`Valtek, whose shares are listed on Euronext`: Valtek is)
    acts = act and obj.pos_ in {"VERB", "AUX"}
    said = act_mention(obj, context, _without_dates(obj)) if acts else mention(obj, context, leave_out)
    subject_mention = mention(subject, context)
    if relation.inverse:
        subject_mention, said, relation = said, subject_mention, replace(relation, inverse=False)
    qualifiers = tuple(q for q in qualifiers if q.literal or q.value.text not in (said.text, subject_mention.text))
    return Candidate(subject_mention, relation, said, context.evidence(sentence), rule, lemma, qualifiers,
                     grammar.is_negated(verb), grammar.is_hypothetical(verb), round(confidence, 2))


def _framed_patients(verb: Token, grammar: ModuleType, lexicon: Lexicon, lang: str, lemma: str, frame: str
                     ) -> list[Token] | None:
    """A passive whose verb's frame is a preposition (`basé à Lyon`): its patients, the facts' subjects (those that
    name something, or say something new: `deux gardes ont été tués`, `un suspect a été blessé`, or are someone's
    shares: `dont les actions sont cotées à Paris`); None for any other passive, which the passive rule reads; no
    patients for an active verb."""
    subjects = children(verb, L.PASSIVE_SUBJECTS)
    if not subjects:
        return []
    if verb.dep_ in L.RELATIVE_CLAUSES and any("Rel" in morph(s, "PronType") for s in subjects):
        subjects = [verb.head]  # `Valtek, qui est basée à Lyon`: what the relative pronoun stands for
    known = frame != "obj" and lexicon.frame(lang, lemma, frame) is not None
    stakes = words_of(verb.doc).STAKE_NOUNS
    patients = [a for p in subjects for a in grammar.arguments_of(p)
                if stands_for_entity(a) or (known and (is_modified(a) or is_indefinite(a) or
                                                       a.lemma_.lower() in stakes and measure_owner(a) is not None))]
    return patients if patients and known else None


def _supplied(verb: Token, relation: Relation, frame: str, objects: list[Token], used: set[int], grammar: ModuleType,
              words: WordLists, context: Context) -> tuple[tuple[Qualifier, ...], list[Token], set[int]]:
    """`provide hospitals with scanners`: the object is the recipient and what is supplied the object."""
    if frame != "obj" or relation.local_name != "provides" or not words.SUPPLIED_CASE:
        return (), objects, used
    supplied = [a for holder in (verb, *objects) for word, o in grammar.complements(holder)
                if word == words.SUPPLIED_CASE for a in grammar.arguments_of(o)]
    if not supplied:
        return (), objects, used
    return tuple(Qualifier("recipient", mention(o, context)) for o in objects), supplied, used | {o.i for o in supplied}


def _judges(verb: Token, objects: list[Token]) -> bool:
    """Whether a verb says what its object is (`called the plan absurd`, `juge la réforme inacceptable`): an
    adjective on the verb, or after the object on it."""
    return any(c.pos_ == "ADJ" for c in verb.children) or any(
        c.pos_ == "ADJ" and c.i > o.i for o in objects for c in o.children)


def _is_stake(verb: Token, words: WordLists) -> bool:
    return any(d.lemma_.lower() in words.STAKE_NOUNS for d in children(verb, L.OBJECTS))


def _without_dates(verb: Token) -> set[int]:
    """The words of the dated phrases in a clause (`between 2000 and 2006`), which say when, not what."""
    dates = words_of(verb.doc).DATE_WORDS
    return {t.i for c in verb.subtree if c.dep_ in L.PREPOSITIONS and dates is not None and
            dates.search(text_of(list(c.subtree))) for t in c.subtree}
