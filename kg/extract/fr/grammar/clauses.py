"""What a French verb's clause holds, as the clause rules every language shares ask for it (`kg/extract/clauses.py`):
its objects and their frame, its qualifiers, a passive's patients and agents."""

from collections.abc import Mapping

from spacy.tokens import Span, Token

from ....lang.fr import LANG
from ....lang.fr import WORDS as W
from ....model import Qualifier
from ....ontology import Lexicon
from ... import labels as L
from ...context import Context, case_word, children, morph
from ...context import complements as complements_of
from ...expanders import place_named_by, relative_place_qualifier
from ...grammar import (
    ACT_RELATIONS,
    CLAUSE_ROLES,
    INFINITIVE_FRAME,
    WRONG_RELATIONS,
    VerbObjects,
    compared_figures,
    deal_value,
    enclosing_verb,
    event_read_elsewhere,
    gapped_participles,
    intent_noun,
    is_modified,
    moves_a_seat,
    names_a_body_part,
    names_a_date,
    names_a_thing,
    names_no_thing,
    phrase_role,
    refused_objects,
    shared_objects,
)
from ...mentions import is_incise, literal, mention, text_of, written_phrase
from ...names import LOCATION_ENTITIES, is_name, is_named, name_tokens, stands_for_entity
from .core import (
    arguments_of,
    clause_subjects,
    clause_text,
    fronted_patient,
    is_amount,
    is_reflexive,
    named_referent,
    object_set_after_name,
    participle_holder,
)

#: a speech verb's direct object is what it says or does (`assure des services`); whom it tells is an indirect object
SPEECH_OBJECT_IS_ADDRESSEE = False
#: a sentence's first word is not a class noun introducing the name after it: `Groupe Renault`, `Société Générale`
#: are names (the English `Drugmaker X said …` has no French counterpart without an article)
CLASS_NOUN_OPENS_NAMES = False


def read_elsewhere(verb: Token, lexicon: Lexicon) -> bool:
    """`« … », a dit un porte-parole`: a speech verb set after what it reports is the speech rule's (the parser takes
    its speaker for its object); `a confié la direction de X à Y`, the appointment rule's; `dont le siège est à
    Lyon`, `a transféré son siège à Lyon`, the headquarters rule's (what the verb says of the seat, it says of its
    owner)."""
    lemma = verb.lemma_.lower()
    return lemma in W.SPEECH_VERBS | W.INCISE_VERBS and is_incise(verb) or lemma in W.ENTRUSTING_VERBS and any(
        o.lemma_.lower() in W.HEAD_NOUNS for o in children(verb, L.OBJECTS | L.PASSIVE_SUBJECTS)) or \
        _places_a_seat(verb) or moves_a_seat(verb)


def _places_a_seat(verb: Token) -> bool:
    """`le siège est à Lyon`, `dont le siège se trouve à Lyon`: a headquarters noun's verb with a phrase of place."""
    return any(s.lemma_.lower() in W.HEADQUARTERS_NOUNS for s in children(verb, L.SUBJECTS)) and any(
        case_word(o) in W.PLACE_CASES for o in children(verb, L.OBLIQUES))


def verb_qualifiers(verb: Token, found: VerbObjects, roles: dict[str, str], context: Context) -> list[Qualifier]:
    """The verb's qualifiers, and the amount a prepositional frame left aside (`investir 2 milliards dans Acme`)."""
    spent = _spent(children(verb, L.OBJECTS), found.used, found.frame, context)
    return _qualifiers(verb, found.used, roles, found.objects, context) + ([spent] if spent is not None else [])


def passive_roles(verb: Token, sentence: Span) -> tuple[list[Token], list[Token], set[int]]:
    """A passive's patients and agents (`Le modèle a été développé par la société`, `la société, fondée par X`,
    `Fondée par X, la société …`, `Le CAC 40 a reculé, plombé par Renault`) and the agents' phrases."""
    agents = [a for a in children(verb, L.AGENTS) if case_word(a) == W.AGENT_CASE] or [
        o for o in [*children(verb, L.MODIFIER_OBLIQUES | L.ARGUMENT_OBLIQUES),
                    *(p for d in verb.children for p in _phrases_on_date(d))] if case_word(o) == W.AGENT_CASE
    ]  # `reçu vendredi par X`, with X hung on the date
    agents = [a for a in agents if not _manner(a)] or [  # `racheté par la suite par X`, X hung on the time phrase
        c for a in agents for c in children(a, L.NOUN_MODIFIERS) if case_word(c) == W.AGENT_CASE]
    if not agents:  # (most words: the agents first, they cost least)
        return [], [], set()
    patients = _relative_patients(verb) or children(verb, L.PASSIVE_SUBJECTS) or _coordinated_patients(verb) or (
        [participle_holder(verb)] if verb.dep_ in L.CLAUSAL_MODIFIERS | L.APPOSITIONS and  # `la société, fondée par X`
        "Part" in morph(verb, "VerbForm") and _agrees(verb, participle_holder(verb))
        else []
    ) or fronted_patient(verb) or [  # `Le CAC 40 a reculé, plombé par Renault`: the main subject
        s for s in (clause_subjects(verb) if verb.dep_ in L.ADVERBIAL_CLAUSES and _bare_participle(verb) else [])
        if not is_amount(s)]
    if not patients:
        return [], [], set()
    return [p for head in patients for p in arguments_of(head)], [a for head in agents for a in arguments_of(head)], \
        {a.i for a in agents}


def _agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle may be said of the noun: its number, where both have one, is a common noun's (`d'être un
    jour libérés par l'armée`: no day was freed; a name's number is the tagger's guess)."""
    said, had = morph(participle, "Number"), morph(noun, "Number")
    return noun.pos_ != "NOUN" or is_name(noun) or not (said and had and said != had)


def _coordinated_patients(verb: Token) -> list[Token]:
    """`Le projet est soutenu par X et combattu par Y`, `une société fondée par X et détenue par Y`: a participle
    coordinated with a passive verb or a participle on a noun, with no subject of its own, has its patients; a
    passive of its own coordinated with an active verb has that verb's subject (`X a démissionné et sera remplacé
    par Y`)."""
    if verb.dep_ not in L.CONJUNCTS or children(verb, L.SUBJECTS) or "Part" not in morph(verb, "VerbForm"):
        return []
    first = verb.head
    return children(first, L.PASSIVE_SUBJECTS) or (
        [participle_holder(first)] if first.dep_ in L.CLAUSAL_MODIFIERS | L.APPOSITIONS and
        "Part" in morph(first, "VerbForm") else []) or (
        clause_subjects(verb) if children(verb, L.PASSIVE_AUXILIARIES) else [])


def participle_label(participle: Token) -> str:
    """A past participle as a property of what it describes is labelled (`composées` -> `composé`): written in the
    masculine singular, as a dictionary gives it, so every agreement of it mints the same property."""
    written = participle.lower_
    if "Plur" in morph(participle, "Number") and written.endswith("s"):
        written = written[:-1]
    return written[:-1] if "Fem" in morph(participle, "Gender") and written.endswith("e") else written


def passive_frames(verb: Token, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """French reads a passive's prepositional frame (`basé à Lyon`) with its active clauses (`verb_objects`)."""
    return []


def _amount_words(amount: Token) -> tuple[list[Token], list[Token]]:
    """An amount's own words (`3 milliards d'euros`, without its preposition) and the dates hung on it."""
    attached = [c for c in amount.children if c.dep_ in L.NOUN_MODIFIERS | L.MODIFIER_OBLIQUES
                and case_word(c) not in ("", "de")]
    dropped = {t.i for c in attached for t in c.subtree}
    words = [t for t in amount.subtree if t.i not in dropped and t.dep_ not in L.PUNCTUATION
             and not (t.head == amount and t.dep_ in L.CASE_MARKERS)]
    return words, [c for c in attached if W.DATE_WORDS.search(text_of(list(c.subtree)))]


def _named_phrases_on_names(verb: Token, used: set[int], roles: dict[str, str], context: Context) -> list[Qualifier]:
    """`a cédé sa participation dans Brimex à Renault`: a name's phrase the verb's frame gives a role, itself a name,
    which the parser hung on the name the fact is about (one of the verb's phrases read as its object)."""
    found = []
    for named in (o for o in children(verb, L.OBLIQUES) if o.i in used and is_name(o)):
        phrases = [(roles.get(case_word(c)), c) for c in children(named, L.NOUN_MODIFIERS)
                   if c.i not in used and is_name(c) and case_word(c) != W.OF_CASE and c not in name_tokens(named)]
        found += [Qualifier(role, mention(a, context)) for role, c in phrases if role for a in arguments_of(c)]
    return found


def _qualifiers(
    verb: Token, used: set[int], roles: dict[str, str], objects: list[Token], context: Context
) -> list[Qualifier]:
    """Prepositional phrases and purpose clauses that qualify a verb's fact."""
    found: list[Qualifier] = []
    compared = compared_figures([(case_word(c), c) for c in verb.children
                                 if c.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES], roles, W)
    for child in verb.children:
        if child.i in used or child.i in compared:
            continue
        word = case_word(child)
        if _is_bare_date(child):  # `a annoncé lundi …`, `a tué X vendredi au Mali`: the date, without what hangs on it
            places = _places_on(child, context)
            found += [Qualifier("place", mention(p, context)) for p in places]
            hung = {t.i for n in [*_hung_on_date(child), *_phrases_on_date(child), *places] for t in n.subtree}
            found.append(literal("date", [t for t in written_phrase(child) if t.i not in hung and
                                          t.dep_ not in L.PUNCTUATION], context))
        elif child.dep_ in L.ADVERBIAL_CLAUSES and word in W.PURPOSE_MARKERS and child.pos_ == "VERB":
            past = any("Inf" in morph(a, "VerbForm") for a in children(child, L.AUXILIARIES))  # (`arrêté pour
            found.append(Qualifier("reason" if past else "purpose", clause_text(child, context), literal=True))
            # avoir volé une voiture`: a past infinitive says why, not what for)
        elif child.dep_ in L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.INDIRECT_OBJECTS:
            role = roles.get(word or "à" if child.dep_ in L.INDIRECT_OBJECTS else word)
            if role == "quantity" and not is_amount(child):
                role = None  # `a supprimé 2 000 emplois à Lille`: where, not how much
            if word in W.SOURCE_CASES:
                role = "source"
            elif (word in W.PRICE_CASES or role not in (None, "date")) and is_amount(child) and \
                    not names_a_date(child, W):
                role = "quantity"  # `racheter X pour 700 millions d'euros`: the price, `détenu à 40 %`: the share;
                # `avec 54 % des voix`: no partner (but `d'ici à 2027` is when)
            elif role in (None, "place", "quantity") and W.DATE_WORDS.search(text_of(list(child.subtree))):
                role, child = "date", _dated_phrase(child)
            elif role is None and word in W.PLACE_CASES and (place := _place_of(child, context)) is not None:
                role, child = "place", place  # `a prononcé un discours à New York`: where the fact happened
            if role is None:  # what the preposition says when the verb does not: `sur X`, `en raison de X`
                role, child = phrase_role(word, child, complements_of(child, L.NOUN_MODIFIERS),
                                          context.case_roles)
                role = "quantity" if role not in (None, "date") and is_amount(child) and not is_name(child) \
                    else role  # (`avec 54 % des voix`: how much, no partner; `contre Al-Qaida` tagged a number)
            if role == "quantity":  # `pour 3 milliards d'euros en 2018`: the price, and a date hung on it
                words, dates = _amount_words(child)
                found += [literal("date", [t for t in d.subtree if t.dep_ not in L.PUNCTUATION], context)
                          for d in dates]
            else:  # kept as written: `en 2021`, `le 3 mars`; a place hung on a date is a place (`vendredi au Mali`)
                places = _places_on(child, context) if role == "date" else []
                found += [Qualifier("place", mention(p, context)) for p in places]
                why = [c for c in children(child, L.NOUN_MODIFIERS) if case_word(c) in W.LOOSE_CASES] \
                    if role == "date" else []  # `en septembre pour corruption`: a reason hung on the date
                found += [Qualifier(roles[case_word(c)], mention(a, context)) for c in why if roles.get(case_word(c))
                          for a in arguments_of(c)]
                inside = {t.i for p in [*places, *why] for t in p.subtree}
                words = [t for t in written_phrase(child) if t.dep_ not in L.PUNCTUATION and t.i not in inside]
            if role in ("date", "quantity"):
                found.append(literal(role, words, context))
            elif role:
                found += [Qualifier(role, mention(a, context)) for a in arguments_of(child)]
    found += [literal("quantity", _amount_words(amount)[0], context) for c in children(verb, L.OBLIQUES)
              if c.i not in used and (amount := deal_value(c, W)) is not None]  # `pour un montant de 3 milliards`
    clauses = [c for c in children(verb, L.OPEN_COMPLEMENTS) if c.i not in used] + [  # `accuse X d'avoir copié
        c for o in objects for c in children(o, L.CLAUSAL_MODIFIERS)  # ses brevets`: why, as the frame says (also
        if any("Inf" in morph(t, "VerbForm") for t in (c, *children(c, L.AUXILIARIES)))]  # hung on the object)
    found += [Qualifier(roles[marker], clause_text(c, context), literal=True) for c in clauses
              if c.pos_ == "VERB" and roles.get(marker := _clause_marker(c)) in CLAUSE_ROLES]
    holders = [*objects, *(o.head for o in objects if o.head.i in used and o.head != verb)]  # (and the phrase an
    # object stands in: `dans une série d'attentats à Bagdad`)
    places = {name_tokens(p)[0].i: p for o in holders for p in _places_on(o, context)  # `un discours à New York`
              if p.i not in used and roles.get(case_word(p)) in (None, "quantity") and p not in name_tokens(o)}
    found += [Qualifier("place", mention(p, context)) for p in places.values()]  # (once, whatever the parser hung
    # each word of its name on; not the object's own name: `l'Université de Toronto`; a place is no amount)
    idioms = [o for o in children(verb, L.OBJECTS) if o.i in used and o not in objects]  # (`a ouvert une enquête
    # contre X pour corruption`: why, hung on the idiom's noun)
    # `condamné à la prison à vie pour corruption`: why, hung on the object (each phrase once: an object may be
    # inside the idiom's noun, `une enquête contre X pour corruption`)
    for child in dict.fromkeys(child for obj in [*objects, *idioms] for child in obj.subtree):
        word = case_word(child)
        if child.dep_ in L.NOUN_MODIFIERS and word in W.LOOSE_CASES and roles.get(word) and child.i not in used:
            found += [Qualifier(roles[word], mention(a, context)) for a in arguments_of(child)]
    found += _named_phrases_on_names(verb, used, roles, context)
    for phrase in (p for p in phrases_on_objects(objects, roles) if p.i not in used):
        role = roles.get(case_word(phrase))
        # (an amount: how much; but `vers la France`, whither)
        if role in (None, "date", "quantity") or role == "place" and case_word(phrase) in W.PLACE_CASES:
            found.append(literal("quantity", _amount_words(phrase)[0], context))
        else:
            found += [Qualifier(role, mention(a, context)) for a in arguments_of(phrase)]
    intent = intent_noun(verb, W.INTENT_NOUNS)  # `Selon X, Y va racheter Z`: the source of the clause, or of the
    governors = [verb.head] if verb.dep_ in L.OPEN_COMPLEMENTS else [  # noun of intent's (`… serait en discussions
        intent, enclosing_verb(intent)] if intent is not None else []  # pour racheter Z`)
    found += [Qualifier("source", mention(a, context)) for governor in governors if governor is not None
              for c in governor.children if c.dep_ in L.OBLIQUES and case_word(c) in W.SOURCE_CASES
              for a in arguments_of(c)]
    found += relative_place_qualifier(verb, used, context)  # `au Kenya, où elle emploie 500 personnes`
    return found


#: roles of a bare `de` phrase that says of what the object is accused or told, when hung on it (`accuser X de Y`)
CHARGE_ROLES = frozenset({"reason", "topic"})


def phrases_on_objects(objects: list[Token], roles: dict[str, str]) -> list[Token]:
    """Phrases the parser hung on the object that are the verb's, saying to whom, against whom or by how much, not
    what: a recipient of the verb's frame (`proposer X aux agences`, `a cédé sa filiale à un fonds`, on the object,
    on the noun its name is written after, `sa filiale Brimex à un fonds`, or on the last phrase in it, `sa
    participation dans Brimex à un fonds`), another role of its frame (`a remporté l'élection face à X`; a place
    only where no noun is: `vers la France`), an amount
    (`avec 54 % des voix`; an object's `de` amount is its own, `une amende de 2 M€`, unless the frame says it is how
    much: `a réduit ses effectifs de 10 %`), a charge (`accuse l'armée de crimes de guerre`: a bare `de` phrase
    ending the object)."""
    found = []
    for obj in objects:
        named = obj.head if obj.dep_ in L.NOUN_MODIFIERS and not case_word(obj) and obj.head.pos_ == "NOUN" and \
            obj.head.i < obj.i else obj  # (`sa filiale Brimex`: the name of the noun)
        charge = _charge(obj) if roles.get("de") in CHARGE_ROLES else None
        for c in named.subtree:
            word = case_word(c)
            if c.dep_ not in L.NOUN_MODIFIERS or not word:
                continue
            if word == "à" and roles.get(word) == "recipient":
                if names_a_thing(c, W) and (c.head in (obj, named) or c.right_edge == named.right_edge and
                                            _own_complement_of(c.head, named)):  # (not `des machines à café`)
                    found.append(c)
            elif roles.get(word) == "quantity" and _on_the_noun(c, obj) and is_amount(c) and not is_name(c):
                found.append(c)  # `a réduit ses effectifs de 10 %`: by how much
            elif c == charge:
                found.append(c)  # `accuse l'armée de crimes de guerre`: of what, no army's
            elif c.head == obj and word not in W.OF_CASES | W.LOOSE_CASES and (
                    roles.get(word) not in (None, "date", "place", "quantity") or is_amount(c) and not is_name(c) and
                    not W.DATE_WORDS.search(text_of(list(c.subtree))) or  # (`en 1982` is no amount)
                    roles.get(word) == "place" and word not in W.PLACE_CASES):  # (whither, which no noun is at:
                found.append(c)  # `expulsé X vers la France`)
    return found


def _charge(obj: Token) -> Token | None:
    """`accuse l'armée de crimes de guerre`, `le ministre de l'Intérieur de mensonge`: going down the object's last
    `de` phrases, the first one without an article, if it ends the object, is what the object is accused of (none
    where an infinitive says it: `le chef d'état-major d'avoir menti`)."""
    if any("Inf" in morph(t, "VerbForm") and "de" in (case_word(t), case_word(t.head)) for t in obj.head.subtree):
        return None
    phrase = obj
    while (ofs := [c for c in children(phrase, L.NOUN_MODIFIERS) if case_word(c) == "de"]):
        phrase = ofs[-1]
        if not children(phrase, L.DETERMINERS) and not is_name(phrase):
            return phrase if phrase.right_edge == obj.right_edge else None
    return None


def _on_the_noun(phrase: Token, noun: Token) -> bool:
    """Whether a phrase hangs on a noun, or on the adjective closing it (`ses taux directeurs de 0,25 point`)."""
    return phrase.head == noun or phrase.head.head == noun and phrase.head.dep_ in L.ADJECTIVE_MODIFIERS and \
        phrase.head.right_edge == phrase.right_edge


def _own_complement_of(noun: Token, obj: Token) -> bool:
    """Whether `noun` is `obj` or hangs on it through its own complements only: what it is of (`un prêt de 2
    milliards d'euros`), what a stake is in (`sa participation dans Brimex`)."""
    while noun != obj:
        if noun.dep_ not in L.NOUN_MODIFIERS or case_word(noun) != "de" and not _what_a_stake_is_in(noun, noun.head):
            return False
        noun = noun.head
    return True


def _bare_support(noun: Token) -> bool:
    """`mettre fin à`, `faire face à`: a support verb's object, which has no article."""
    return noun.lemma_.lower() in W.BARE_SUPPORT_OBJECTS and not children(noun, L.DETERMINERS)


def _dated_phrase(phrase: Token) -> Token:
    """The phrase that says when: the phrase itself (`en mars 2021`), or the dated phrase hung inside it when its own
    words name no date (`comme directrice financière en mars`: `en mars`)."""
    inner = [c for c in children(phrase, L.NOUN_MODIFIERS) if case_word(c) not in {"", *W.OF_CASES}]  # (but
    # `lors de l'élection de 2006` is that election)
    own = [t for t in phrase.subtree if not any(t in c.subtree for c in inner)]
    if W.DATE_WORDS.search(text_of(own)):
        return phrase
    return next((_dated_phrase(c) for c in inner if W.DATE_WORDS.search(text_of(list(c.subtree)))), phrase)


def _is_bare_date(token: Token) -> bool:
    """A day or month named without a preposition on a verb (`a annoncé lundi`, `organiser l'an prochain`): a
    date, not an object."""
    return token.dep_ in L.OBJECTS | L.MODIFIER_OBLIQUES and names_a_date(token, W) and not case_word(token)


def _hung_on_date(date: Token) -> list[Token]:
    """`a demandé mercredi la réintégration de X`: the parser hangs the object on the date before it; a noun with
    its own determiner and no preposition cannot modify a date, so it is the verb's object."""
    if not _is_bare_date(date):
        return []
    return [n for n in date.subtree if n.dep_ in L.NOUN_MODIFIERS and not case_word(n) and n.pos_ in {"NOUN", "PROPN"}
            and any(c.dep_ in L.DETERMINERS for c in n.children) and not W.DATE_WORDS.fullmatch(n.text)
            and all(a == date or W.DATE_WORDS.fullmatch(a.text) or a.pos_ in {"NUM", "ADJ"}
                    for a in n.ancestors if a.i >= date.i and a in date.subtree)]  # `vendredi 1er novembre le …`


def _apposed_to_place(place: Token) -> list[Token]:
    """`a reçu samedi à Kiev le chancelier X`: the parser hangs the object on the place before it, as an apposition
    or a complement without preposition, with no comma between (`à Kiev, la capitale` is set off by one); a name or
    a noun with its own article."""
    if place.ent_type_ not in LOCATION_ENTITIES or case_word(place) not in W.PLACE_CASES:
        return []
    return [a for a in children(place, L.APPOSITIONS | L.NOUN_MODIFIERS) if a.i > place.i and not case_word(a) and
            a.ent_iob_ != "I" and a.doc[a.left_edge.i - 1].dep_ not in L.PUNCTUATION and
            (is_name(a) or children(a, L.DETERMINERS))]  # (not the rest of the place's name: `Karlovy Vary`)


def _phrases_on_date(date: Token) -> list[Token]:
    """`a été condamné vendredi à dix ans de prison`, `mort dimanche à l'âge de 71 ans`: the verb's prepositional
    phrase, which the parser hangs on the date before it (a day takes no such complement; a place after it is read
    as the fact's place)."""
    if not _is_bare_date(date):
        return []
    return [n for n in children(date, L.NOUN_MODIFIERS | L.MODIFIER_OBLIQUES | L.AGENTS)
            if case_word(n) not in ("", "de") and n.ent_type_ not in LOCATION_ENTITIES]


def _names_a_place(token: Token, context: Context) -> bool:
    """A named place, as the NER or the noun lexicon types it (`à Lyon`, `en Bretagne`)."""
    return is_name(token) and mention(token, context).kind == "Place"


def _clause_marker(clause: Token) -> str:
    """The word opening an infinitive clause, hung on its verb or on its auxiliary (`d'avoir copié`: `de`)."""
    return case_word(clause) or next((w for a in children(clause, L.AUXILIARIES) if (w := case_word(a))), "")


def _places_on(token: Token, context: Context) -> list[Token]:
    """Named places a noun's `à` / `en` / `dans` complements give: `un discours à New York` -> New York (the parser
    may make them obliques of a date: `vendredi à Matignon`), `dans le nord de l'Irak` -> Irak."""
    return [place for c in children(token, L.NOUN_MODIFIERS | L.MODIFIER_OBLIQUES)
            if next((case_word(t) for t in name_tokens(c) if case_word(t)), "") in W.PLACE_CASES and
            (place := _place_of(c, context)) is not None]


def _place_of(phrase: Token, context: Context) -> Token | None:
    """The named place a phrase is, or names a region of (`au nord de Bagdad`: Bagdad)."""
    return phrase if _names_a_place(phrase, context) else place_named_by(phrase)


def _controls_an_infinitive(token: Token) -> bool:
    """`permettre aux techniciens de diagnostiquer …`: the noun is who does the infinitive, not an object."""
    return any(
        c.pos_ == "VERB" and "Inf" in morph(c, "VerbForm") and case_word(c) in ("de", "à") for c in token.children
    )


def _compounded_with(noun: Token, head: Token) -> bool:
    """`garde à vue`: a bare noun right after its head's bare preposition makes one word with it (not `le contrôle du
    groupe`, whose `du` holds an article)."""
    return noun.head == head and noun.i == head.i + 2 and noun.pos_ == "NOUN" and \
        head.doc[head.i + 1].lower_ in {"à", "en", "de", "d'"} and not children(noun, L.DETERMINERS)


def _bare_adjective(word: Token) -> bool:
    """`a plaidé coupable`: an adjective with neither article nor a share's complement (`certaines des techniques`,
    `plusieurs des otages`) says what the subject is, not what the verb acts on (a capitalised one is a name the
    tagger did not know: `a rejoint Orvel`)."""
    return word.pos_ == "ADJ" and word.is_lower and not children(word, L.DETERMINERS) and not any(
        case_word(c) == "de" and any("Def" in morph(m, "Definite") for m in c.children)  # (`des`, `de la`)
        for c in children(word, L.NOUN_MODIFIERS))


def _partitive_taken_for_de(phrase: Token) -> bool:
    """A phrase opened by `des` or `du` (`de` and an article, or the article alone) tagged a preposition."""
    marker = phrase.doc[phrase.left_edge.i]
    return marker.head == phrase and marker.dep_ in L.CASE_MARKERS and W.CONTRACTIONS.get(marker.lower_) == W.OF_CASE


def verb_objects(verb: Token, lexicon: Lexicon, events: Mapping[str, str], lemma: str, part: Token | None
                 ) -> VerbObjects:
    """The verb's object heads, its frame key (`obj`, a preposition, `se:de`) and the tokens they use.

    Objects of support-verb phrases (`jouer un rôle`), bare adjectives (`a plaidé coupable`) and nouns that control
    an infinitive are not objects; an
    amount is not what the verb is about when the verb's frame names it (`investir 2 milliards dans Acme`); an
    event noun (`a annoncé un partenariat avec X`) is read by the event rule, not as an object.
    """
    reflexive = is_reflexive(verb)
    passive = bool(children(verb, L.PASSIVE_AUXILIARIES)) or (  # (`l'étude, publiée dans la revue X`: a past
        verb.dep_ in L.CLAUSAL_MODIFIERS | L.ADVERBIAL_CLAUSES and  # participle on a noun too, or on the clause
        "Part" in morph(verb, "VerbForm") and "Past" in morph(verb, "Tense") and  # of its subject: `Arrêté à
        not children(verb, L.AUXILIARIES))  # Lyon, X a …`)

    def framed(word: str) -> str:
        """The frame key a phrase of `word` takes: reflexive, or the passive's own (`vendue à X`: `pass:à`)."""
        if passive and lexicon.frame(LANG, lemma, f"pass:{word}") is not None:
            return f"pass:{word}"
        return ("se:" if reflexive else "") + word

    def known(word: str) -> bool:
        return lexicon.frame(LANG, lemma, framed(word)) is not None

    agentive = lemma in W.AGENTIVE_VERBS  # (`a critiqué le rachat`: an event noun, object of a verb not making it)
    direct = [object_set_after_name(d, verb) or d for d in children(verb, L.OBJECTS)
              if not names_no_thing(d, lemma, lexicon) and not (
                  agentive and event_read_elsewhere(d, verb, events, lexicon)) and
              not _is_bare_date(d) and not _bare_support(d) and d != part and not _bare_adjective(d) and
              not (d.lower_ in W.RELATIVE_OBJECT_WORDS and d.i < verb.i)]  # (a relative `que`: its noun, below)
    # (`construire ensemble une usine`: a bare word before the object is an adverb the tagger took for a noun)
    direct = [d for d in direct if d.pos_ != "NOUN" or d.n_lefts + d.n_rights or not any(o.i > d.i for o in direct)]
    direct += [n for d in verb.children for n in _hung_on_date(d) if n.lemma_.lower() not in events]
    direct = direct or [
        # `dirige Google` with the name taken for an adverb or a bare oblique: a name without a preposition
        # after its verb is its object (not the end of an agent's name split in two: `interrogée par France Info`)
        c for c in verb.children if c.i > verb.i and c.dep_ in MISREAD_OBJECTS and is_name(c) and not case_word(c)
        and not any(case_word(t) == W.AGENT_CASE for t in name_tokens(c))
    ] or [a for o in children(verb, L.OBLIQUES) if o.i > verb.i for a in _apposed_to_place(o)]
    if not direct and not passive and known("obj") and not known("de"):  # `X, filiale de Y, fabrique des
        # batteries` parsed with `des` a preposition: to an active verb that takes an object and no `de` phrase, it
        # is the object's article
        direct = [o for o in children(verb, L.OBLIQUES) if o.i > verb.i and _partitive_taken_for_de(o)]
    if not direct and known("obj"):
        direct = _relative_object(verb) or shared_objects(verb)
    if direct and all(is_amount(d) for d in direct):
        phrases = [*children(verb, L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES),  # (or hung on the amount:
                   *(c for d in direct for c in children(d, L.NOUN_MODIFIERS))]  # `investir 5 millions en France`)
        what = next((o for o in phrases
                     if case_word(o) not in {"", "de", W.AGENT_CASE, *W.PURPOSE_MARKERS} and known(case_word(o))), None)
        if what is not None:
            return VerbObjects(arguments_of(what), case_word(what), {what.i, *(d.i for d in direct)})
    # `a étudié le droit à l'université X`: a frame of place the lexicon knows, with a name, says more than a verb it
    # does not know with its object (the parser may hang the phrase on the object; another preposition's frame may
    # need the verb alone)
    if direct and not known("obj"):
        on_objects = [c for d in direct for c in children(d, L.NOUN_MODIFIERS)]
        framed_here = [p for p in [*children(verb, L.OBLIQUES), *on_objects] if case_word(p) in W.PLACE_CASES and
                       known(case_word(p)) and not W.DATE_WORDS.search(p.text)]
        phrase = next((p for p in framed_here if is_named(p)), None) or next(
            (p for p in framed_here if p in on_objects and p._.kg_noun_class == "Organization" and
             any(map(is_name, p.subtree))), None)  # (or an organisation's noun with a name, hung on the object: `le
        # droit à l'université de Lyon`)
        if phrase is not None:
            return VerbObjects(arguments_of(phrase), framed(case_word(phrase)), {phrase.i, *(d.i for d in direct)})
    if direct:
        names = [d for d in direct if is_name(d)]
        if names and len(direct) > 1:  # `ses logiciels de paie Zorg`: the name is the object
            direct = names
        heads = [a for d in direct for a in arguments_of(d)]
        return VerbObjects(heads, "obj", {d.i for d in direct})

    # what is asked, proposed … told by an infinitive (whom it is asked of is no object: `a proposé aux syndicats de …`)
    acts = [c for c in (*children(verb, L.OPEN_COMPLEMENTS), *(i for o in children(verb, L.ARGUMENT_OBLIQUES)
                                                                for i in children(o, L.CLAUSAL_MODIFIERS)))
            if "Inf" in morph(c, "VerbForm") and case_word(c) == "de"]
    if acts and known("obj") and lexicon.relation(LANG, lemma, "obj")[0].local_name in ACT_RELATIONS:
        return VerbObjects(acts, "obj", {a.i for a in acts})  # `a demandé à la cour d'annuler le jugement`: that act
    if acts and known(INFINITIVE_FRAME):  # `propose de relever l'âge de départ`: a frame of its own for the act
        return VerbObjects(acts, INFINITIVE_FRAME, {a.i for a in acts})
    if acts and lemma in W.STOP_VERBS and known("de"):  # `a exclu de vendre X`: the act does not happen, its own
        return VerbObjects([], "", set())  # fact says so; no `exclure de` (expelled from) what the act is done to
    arguments = [o for o in children(verb, L.ARGUMENT_OBLIQUES)  # `reprocher à X de …` names X, `permettre à` not
                 if (not _controls_an_infinitive(o) or known(case_word(o))) and o != part] + [
        a for a in children(verb, L.AGENTS) if case_word(a) != W.AGENT_CASE]  # `atteint du syndrome`, misread
    modifiers = [  # the parser often labels arguments as modifiers
        o
        for o in [*children(verb, L.MODIFIER_OBLIQUES), *(p for d in verb.children for p in _phrases_on_date(d)),
                  *(p for c in gapped_participles(verb, L.OBLIQUES) if children(c, L.SUBJECTS | L.PASSIVE_SUBJECTS)
                    for p in children(c, L.OBLIQUES) if p.i > c.i)]  # (`tués et trois autres blessés lors de X`)
        if (o.pos_ in {"NOUN", "PROPN"} or is_name(o))
        and (case_word(o) in W.ARGUMENT_CASES or known(case_word(o)))
        and not W.DATE_WORDS.search(o.text)
    ]
    obliques = arguments + [o for o in modifiers if known(case_word(o))] if arguments else modifiers
    obliques = [o for o in obliques if not (o.lemma_.lower() in W.HEAD_NOUNS and case_word(o) == "à") and
                o.lemma_.lower() not in W.AGE_NOUNS | W.DISTANCE_NOUNS and not names_a_body_part(o, W) and
                not _opens_with_a_date(o) and not _how_often(o)]
    # (`arrivée à la tête de X`: a post, which the appointment rule reads, not a place or a thing; `mort à l'âge de
    # 75 ans dans sa maison`: how old, `à 30 kilomètres au nord de Lyon`: how far, `blessé à la jambe`: where on
    # someone, `à la fin de l'année`: when, `à plusieurs reprises`: how often, no argument)
    if agentive and any(d.lemma_.lower() in events for d in children(verb, L.OBJECTS)):
        # `ont signé un accord sur X`: the event noun is the object (read by the event rule), what it is about no
        # object of the verb unless the verb's frame names it
        obliques = [o for o in obliques if known(case_word(o))]
    obliques += [p for o in children(verb, L.OBLIQUES) if not known(case_word(o)) and
                 case_word(o) not in W.PREDICATIVE_CASES for p in children(o, L.NOUN_MODIFIERS)
                 if case_word(p) not in ("", "de") and known(case_word(p))]  # `a porté plainte pour diffamation
    # contre X` parsed with `contre X` on the reason: a phrase of the verb's frame is the verb's (but not one on what
    # the subject is said to be: `s'est présentée comme une alternative aux partis`)
    if part is not None:  # `ouvrir une enquête sur X`, `infliger une amende de 4 millions à X`: the idiom's noun
        # carries the verb's frame (the parser may hang it on the noun's own complement)
        obliques = [o for o in part.subtree if o.dep_ in L.NOUN_MODIFIERS and known(case_word(o)) and
                    not _compounded_with(o, part)] + obliques
    for oblique in sorted(obliques, key=lambda o: not known(case_word(o))):  # (a phrase the lexicon gives the verb a
        word = case_word(oblique)  # frame for first: `s'est imposé face à X au stade Y` defeats X)
        if word == "de" and _partitive(oblique, verb) and known("obj") and not known("de") and not reflexive:
            return VerbObjects(arguments_of(oblique), "obj", {oblique.i})  # `achète du pétrole`: what it buys
        if word and word not in W.SOURCE_CASES | W.MEMBERSHIP_CASES and word != W.AGENT_CASE:
            return VerbObjects(arguments_of(oblique), framed(word), {oblique.i})
    for clause in children(verb, L.OPEN_COMPLEMENTS):  # `accusé d'avoir touché des pots-de-vin`: what was done
        word = case_word(clause)
        done = children(clause, L.OBJECTS)
        infinitive = any("Inf" in morph(t, "VerbForm") for t in (clause, *children(clause, L.AUXILIARIES)))
        if word and known(word) and infinitive and done:  # (`d'avoir touché`: a past infinitive)
            heads = [a for o in done for a in arguments_of(o)]  # (an amount of nothing but money as written)
            if all(_money_alone(h) for h in heads) and \
                    lexicon.relation(LANG, lemma, framed(word))[0].local_name in WRONG_RELATIONS:
                heads = [clause]  # `soupçonné d'avoir détourné 2 millions d'euros`: the act (`condamné à verser 2
                # millions d'euros`: the sum)
            return VerbObjects(heads, framed(word), {clause.i})
    for clause in children(verb, L.CLAUSE_COMPLEMENTS):  # `rapporte qu'un agent a été blessé`: reports the agent
        if case_word(clause) == "que" and known("que"):
            told = [a for s in children(clause, L.PASSIVE_SUBJECTS) for a in arguments_of(s)] or clause_subjects(clause)
            told = [s for s in told if stands_for_entity(s) or is_modified(s)]
            if told:
                return VerbObjects(told, "que", {clause.i})
    refused = refused_objects(verb, W.REFUSAL_VERBS)
    if refused:
        return VerbObjects([a for o in refused for a in arguments_of(o)], "obj", {o.i for o in refused})
    return VerbObjects([], "", set())


def _money_alone(amount: Token) -> bool:
    """`2 millions d'euros`: a sum of money, and of nothing else (not `2 millions d'euros de pots-de-vin`)."""
    return is_amount(amount) and all(is_amount(t) or t.lemma_.lower() in W.CURRENCY_WORDS
                                     for t in amount.subtree if t.pos_ == "NOUN")


def _partitive(oblique: Token, verb: Token) -> bool:
    """`achète du pétrole`, `fabrique des vannes`, `fournit de l'aide` parsed with `du` / `des` as the preposition `de`
    + `le` / `les` (or `de` and the article `la`, `l'` as a preposition and its noun's article): a `du`, `des`, `de
    la`, `de l'` opening a common noun right after its verb (adverbs and a bare day aside: `a annoncé lundi des
    résultats`) is the partitive or indefinite article; not after a participle without `avoir`, a passive's
    (`composée des partis X et Y`)."""
    doc, opening = oblique.doc, oblique.doc[oblique.left_edge.i]
    active = "Part" not in morph(verb, "VerbForm") or any(a.lemma_ == "avoir" for a in children(verb, L.AUXILIARIES))
    article = doc[opening.i + 1] if opening.i + 1 < len(doc) else None
    partitive = opening.lower_ in PARTITIVE_ARTICLES or opening.lower_ in PARTITIVE_DE and article is not None and \
        article.head == oblique and article.lemma_ == DEFINITE_ARTICLE and "Sing" in morph(article, "Number")
    return active and oblique.pos_ == "NOUN" and partitive and opening.head == oblique and \
        verb.i < opening.i and all(t.pos_ == "ADV" or W.DATE_WORDS.fullmatch(t.text) and t.head == verb
                                   for t in doc[verb.i + 1:opening.i]) and \
        not W.DATE_WORDS.search(text_of(list(oblique.subtree)))  # (`de l'élection de 2008 à 2017`: from when)


def _how_often(phrase: Token) -> bool:
    """`à plusieurs reprises`, `à trois reprises`: times something happened, counted."""
    return phrase.lemma_.lower() in W.REPETITION_NOUNS and "Plur" in morph(phrase, "Number")


def _opens_with_a_date(phrase: Token) -> bool:
    """`à la fin de l'année`, `en mars`, `dans la nuit de samedi`: a phrase whose words from its head on say when, or
    headed by a noun of a time, not counted (not `dans l'usine ouverte en 2019`, where the date is the plant's), nor
    of an event (`à une journée de grève`: a strike)."""
    return W.DATE_WORDS.match(phrase.doc[phrase.i:phrase.right_edge.i + 1].text) is not None or \
        phrase.lemma_.lower() in W.TIME_NOUNS and not children(phrase, L.NUMERIC_MODIFIERS) and not any(
            c.pos_ == "NOUN" and case_word(c) in W.OF_CASES and not names_a_date(c, W) and
            c.lemma_.lower() not in W.TIME_NOUNS for c in children(phrase, L.NOUN_MODIFIERS))  # (`à dix ans`: how long)


#: the articles of a part of a mass (`du pétrole`) and of an indefinite plural (`des vannes`), which the parser takes
#: for `de` + `le` / `les`
PARTITIVE_ARTICLES = frozenset({"du", "des"})
#: `de` before the singular definite article (`la`, `l'`), together the partitive article: `de l'aide`
PARTITIVE_DE = frozenset({"de", "d'", "d’"})
DEFINITE_ARTICLE = "le"
#: labels the parser gives an object name it misreads: `dirige Google` (an adverb), `a critiqué Acme` (an xcomp)
MISREAD_OBJECTS = L.MODIFIER_OBLIQUES | L.NAME_PARTS | L.NOUN_MODIFIERS | L.ADVERB_MODIFIERS | L.UNLABELLED | \
    L.OPEN_COMPLEMENTS


def _spent(objects: list[Token], used: set[int], frame: str, context: Context) -> Qualifier | None:
    """The amount a prepositional frame left aside (`investir 2 milliards dans Acme` -> `2 milliards`)."""
    spent = [o for o in objects if o.i in used and frame != "obj" and is_amount(o)]
    return literal("quantity", _amount_words(spent[0])[0], context) if spent else None


def quantified(obj: Token) -> tuple[Token, str] | None:
    """`25 % du capital de Bolt`, `une participation de 25 % dans Bolt`, `sa participation dans Bolt` -> (Bolt,
    "25 %" / ""): what a quantity or a stake is of, and the quantity as written (none for a stake of no said size).
    What a stake object is in may hang on its verb (`a cédé sa participation de 20 % dans Bolt`)."""
    share, stake = obj, obj.lemma_.lower() in W.STAKE_NOUNS
    if stake and not children(obj, L.NUMERIC_MODIFIERS):
        share = next((c for c in children(obj, L.NOUN_MODIFIERS) if case_word(c) == "de" and _is_quantity(c)), obj)
    if not (_is_quantity(share) or stake):
        return None
    amount = " ".join(t.text for t in sorted([*children(share, L.NUMERIC_MODIFIERS), share], key=lambda t: t.i)) \
        if share != obj or not stake else ""
    target = obj
    for _ in range(3):
        on_verb = [c for c in children(obj.head, L.OBLIQUES) if case_word(c) in W.STAKE_CASES] \
            if target == obj and stake and obj.dep_ in L.OBJECTS else []
        target = next((c for c in [*children(target, L.NOUN_MODIFIERS), *on_verb] if c != share and (
            case_word(c) == "de" or _what_a_stake_is_in(c, target))), None)
        if target is None:
            return None
        if is_name(named_referent(target)):  # (`dans la start-up Brenner`: Brenner)
            return named_referent(target), amount
        if stands_for_entity(target):  # (`dans la société`, resolved)
            return target, amount
    return None


def _what_a_stake_is_in(phrase: Token, noun: Token) -> bool:
    """Whether a phrase says what a stake noun is in (`sa participation dans Bolt`)."""
    return case_word(phrase) in W.STAKE_CASES and noun.lemma_.lower() in W.STAKE_NOUNS


def _is_quantity(token: Token) -> bool:
    return token.lemma_.lower() in W.PERCENT_WORDS or token.text == "%" or token.pos_ == "NUM"


def second_complement(verb: Token, lemma: str, frame: str, objects: list[Token], lexicon: Lexicon) -> str:
    """`obj+à` when the lexicon gives the verb a meaning only with that second complement: `ouvrir X aux Y` provides
    X to Y, but `ouvrir une usine` does not, nor `ouvrir une usine à Tanger` (a town's bare name says where); `obj+en
    justice` when only with that bare noun (`poursuivre X en justice`, not `poursuivre ses études en droit`); a `par`
    phrase the parser made the agent of an active verb is one (`Brimex remplace A par B`), and so is an infinitive
    (`appeler X à démissionner`)."""
    if frame != "obj":
        return frame
    holders = [verb, *objects]
    deps = L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.INDIRECT_OBJECTS | L.NOUN_MODIFIERS | (
        frozenset() if verb._.kg_passive else L.AGENTS)
    phrases = [c for h in holders for c in h.children
               if (c.dep_ in deps or c.dep_ in L.OPEN_COMPLEMENTS | L.CLAUSAL_MODIFIERS and  # (an infinitive
                   "Inf" in morph(c, "VerbForm"))  # the parser may hang on the object)
               and not W.DATE_WORDS.search(c.text)  # `poursuivre X en 2014` is no `poursuivre X en justice`
               and not (c.ent_type_ in LOCATION_ENTITIES and not children(c, L.DETERMINERS))]
    words = {case_word(c) or ("à" if c.dep_ in L.INDIRECT_OBJECTS else "") for c in phrases}
    words |= {f"{case_word(c)} {c.lemma_.lower()}" for c in phrases if case_word(c) and not children(c, L.DETERMINERS)}
    return next((f"obj+{w}" for w in sorted(words, key=lambda w: (" " not in w, w))
                 if w and lexicon.frame(LANG, lemma, f"obj+{w}")), frame)


def _relative_object(verb: Token) -> list[Token]:
    """`l'accord que Renault a signé`, `Zorg, que Vinalys a développé`, `un rassemblement que X prévoit
    d'organiser`: the noun a `que` relative clause hangs on is what its verb (or the infinitive it governs) acts on.
    Parsers call that `que` a conjunction and hang the clause anywhere, so the noun is also found by position (where
    the clause is adverbial, or `que` its verb's object: `le contrat que X a signé` parsed as what is said)."""
    clause = verb
    while clause.dep_ in L.OPEN_COMPLEMENTS and clause.head != clause:
        clause = clause.head
    marker = next((c for c in clause.children if c.lower_ in W.RELATIVE_OBJECT_WORDS and c.i < clause.i), None)
    if marker is None or marker.i == 0:
        return []
    if clause.dep_ in L.CLAUSAL_MODIFIERS | L.RELATIVE_CLAUSES and clause.head.i < marker.i and \
            clause.head.pos_ in {"NOUN", "PROPN"}:
        return [clause.head]
    before = marker.i - 1 if marker.doc[marker.i - 1].text != "," else marker.i - 2
    noun = marker.doc[before] if before >= 0 else None
    return [noun] if noun is not None and noun.pos_ in {"NOUN", "PROPN"} and \
        (clause.dep_ in L.ADVERBIAL_CLAUSES or marker.dep_ in L.OBJECTS) else []


def _relative_patients(verb: Token) -> list[Token]:
    """`X, qui sera reçu par Y`: the `qui` of a passive relative (whatever the parser calls it) stands for X."""
    if not children(verb, L.PASSIVE_AUXILIARIES) or verb.dep_ not in L.RELATIVE_CLAUSES:
        return []
    relative = any(s.lower_ == "qui" for s in children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS))
    return [verb.head] if relative else []


def _bare_participle(verb: Token) -> bool:
    """A past participle with neither auxiliary nor subject of its own: `…, plombé par Renault`; after its clause's
    verb, set off by a comma (`a dénoncé un projet « dangereux » porté par X`: the object's, hung on the verb)."""
    return "Part" in morph(verb, "VerbForm") and "Past" in morph(verb, "Tense") and \
        not children(verb, L.AUXILIARIES | L.SUBJECTS | L.PASSIVE_SUBJECTS) and (
            verb.i < verb.head.i or verb.doc[verb.left_edge.i - 1].text == ",")


def _manner(noun: Token) -> bool:
    """`blessé par balle`, `envoyé par courrier`: a common noun without article or modifier after `par` says how,
    not who; so do some with one (`par le passé`)."""
    modifiers = L.DETERMINERS | L.ADJECTIVE_MODIFIERS | L.NOUN_MODIFIERS | L.NUMERIC_MODIFIERS
    return noun.pos_ == "NOUN" and noun.text.islower() and (
        noun.lemma_.lower() in W.NON_AGENT_NOUNS or not any(c.dep_ in modifiers for c in noun.children))
