"""Events named by nouns, one reading for every language: `Acme a annoncé la mise à disposition de Zorg aux
hôpitaux` -> Acme provides Zorg (recipient: hôpitaux), `Acme completed the acquisition of Bolt` -> Acme acquires
Bolt, `A et B ont annoncé un partenariat` -> A partner of B.

The grammar adapter says which verb a noun stands for (`event_verb`), what the event is about (`event_theme`: the
lexicon frame and the phrase), who does it (`event_agents`) and what its phrases add (`event_qualifiers`).
"""

from collections.abc import Iterator
from dataclasses import replace
from types import ModuleType

from spacy.tokens import Span, Token

from ..lang.words import WordLists
from ..model import Candidate, Mention, Qualifier, Relation
from ..ontology import Lexicon
from . import labels as L
from .clauses import amount_as_written, event_cause, object_sense, sense_of_kind
from .context import Context, children, fixed_relation, grammar_of, words_of
from .facts import joint_facts
from .grammar import names_a_date, phrasal_lemmas, quantified_by_none, says_when
from .mentions import literal, mention
from .names import is_name, stands_for_entity

#: the property of leaving: a departure without what is left is from the post its agent holds
LEAVING = "leaves"


def nominal_event(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
    """The facts an event noun names, between its agents and what it is about (the agent of what happens to
    someone is whom the noun is of: `la mort de X à Paris`); an event of partners (`un partenariat`) that says with
    whom in no phrase of its own relates its agents to each other."""
    grammar, words, lang = grammar_of(sentence.doc), words_of(sentence.doc), sentence.doc.lang_
    rule = f"{lang}.nominal"
    for noun in sentence:
        found = grammar.event_verb(noun, context) if noun.pos_ == "NOUN" and \
            noun.lemma_.lower() not in words.GRANT_NOUNS else None  # (who grants these the `granted` lines read)
        if found is None:
            continue
        verb, noun_words = found
        frame, theme = grammar.event_theme(noun_words, verb, lexicon)
        if theme is None:
            frame, theme = _targeted(noun, verb, lexicon, words) or (frame, theme)
        negated = _none_of(noun, grammar, words.NEGATIVE_DETERMINERS, words.BLOCKING_VERBS)
        supposed = noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB" and (  # (`envisage la vente de X`,
            grammar.is_hypothetical(noun.head) or  # `is considering a sale of X`: not done yet)
            noun.head.lemma_.lower() in words.MODAL_VERBS | words.INTENT_VERBS)
        happening = lexicon.frame(lang, verb, "when") is not None
        undergoer = [o for o in (*grammar.of_complements(noun), *grammar.possessors(noun)) if stands_for_entity(o)]
        transitive = lexicon.frame(lang, verb, "obj") is not None
        joint = lexicon.frame(lang, verb, words.PARTNER_CASE) is not None
        alone = not transitive and not joint
        agents = undergoer if happening or alone and undergoer and not any(map(grammar.is_amount, undergoer)) else \
            grammar.event_agents(noun)  # (`la mort de X à Paris`, `his death in London`: the noun of a verb the
        # lexicon dates the subject of, something that happens to someone, is of that someone; so is the noun of a
        # verb without object nor partner: `the departure of X from Y`, but not `an investment of $5m in Y`)
        if not agents and frame not in ("", "obj") and theme is not None:  # `l'attaque de X contre Y`: about Y,
            agents = [o for o in grammar.of_complements(noun) if o.i < theme.i and stands_for_entity(o) and  # so X's
                      not grammar.is_amount(o)]
        if not agents and theme is not None:
            agents = _possessive_agents(noun, theme, grammar, context)
        awarded = noun.dep_ in L.OBJECTS and noun.head.lemma_.lower() in words.AWARDED_VERBS
        if frame in ("", "obj") and joint and not awarded:  # (`A and B won contracts`: from someone else)
            parties = agents
            if len(agents) < 2 and not transitive:  # `the merger of A and B`: what it is
                parties, theme = [o for o in grammar.of_complements(noun) if stands_for_entity(o)], None  # of
            when_where = tuple(q for q in grammar.event_qualifiers(noun, noun_words, noun, {}, context)
                               if q.role in ("date", "place")) if noun.dep_ in L.OBJECTS and \
                noun.head.lemma_.lower() in words.AGENTIVE_VERBS else ()  # (`signed a deal on Tuesday`; but
            # `acquired by X, a joint venture of A and B` in May: the purchase's date)
            yield from joint_facts(parties, lexicon.relation(lang, verb, words.PARTNER_CASE)[0], context, sentence,
                                   rule, verb, negated, when_where)
        if theme is None and len(agents) < 2 and (left := _post_left(noun, agents, verb, lexicon, grammar)):
            frame, theme, agents = left
        if theme is not None and frame == "obj" and not agents:
            yield from _undergone(noun, verb, theme, lexicon, context, sentence, (negated, supposed))
        owners = grammar.possessors(noun) if theme is None and transitive and not happening else []
        if owners and all(a in owners for a in agents):  # `Tom Hale's arrest in Paris`, `son arrestation à Paris`:
            for owner in owners:  # whose the event of someone's doing is, with nothing else it is of, undergoes it
                yield from _undergone(noun, verb, owner, lexicon, context, sentence, (negated, supposed))
            continue
        if theme is None or not agents:
            continue
        relation, roles = lexicon.relation(lang, verb, frame)
        sense = object_sense(verb, [theme], words) if frame == "obj" else None  # (`la suppression de 300 emplois`:
        if sense is not None:  # reduces them, as `a supprimé 300 emplois` does)
            relation = fixed_relation(sense)
        relation = sense_of_kind(relation, [theme], context)  # (`the release of X`, a person: frees X)
        qualifiers = tuple(grammar.event_qualifiers(noun, noun_words, theme, roles, context)) + _price(noun, context)
        posts = words.POST_NOUNS | words.HEAD_NOUNS if relation.local_name == LEAVING else frozenset()
        apart = tuple(grammar.phrases_on_objects([theme], roles)) if frame == "obj" else ()  # (`le versement
        # d'une prime à ses salariés`: to whom, as the verb's object leaves it out)
        for agent in agents:
            for about in grammar.arguments_of(theme):  # (`sa démission de la présidence de Y`: a post, which the
                # appointment lines read)
                if about.i != agent.i and not (happening and names_a_date(about, words)) and \
                        about.lemma_.lower() not in posts:  # (`en 1951`: when)
                    yield Candidate(*_ends(agent, relation, about, context, apart),
                                    context.evidence(sentence), rule, verb, qualifiers, negated, supposed,
                                    confidence=0.6 - (0.1 if relation.minted else 0.0))


#: classes of the nouns that may own an event
OWNER_KINDS = frozenset({"Organization", "Person", "Place"})


def _possessive_agents(noun: Token, theme: Token, grammar: ModuleType, context: Context) -> list[Token]:
    """`sa rencontre avec X`, `son rachat de Y`: whose doing an event about something else is, the possessive says;
    but not when the possessive stands for a clause's subject whose verb has an object that may own it too (`X a
    dirigé le parti jusqu'à sa fusion avec Y`: the party's)."""
    return [p for p in grammar.possessors(noun) if stands_for_entity(p) and p.i != theme.i and not (
        p.dep_ in L.SUBJECTS and any(stands_for_entity(o) or context.noun_kinds.get(o.lemma_.lower()) in OWNER_KINDS
                                     for o in children(p.head, L.OBJECTS)))]


def _undergone(noun: Token, verb: str, patient: Token, lexicon: Lexicon, context: Context, sentence: Span,
               modality: tuple[bool, bool]) -> Iterator[Candidate]:
    """`l'arrestation de X à Paris`, `the arrest of X in Paris`: what an event noun of no one's doing says of whom it
    happens to, in the frames the lexicon gives its verb's passive (`arrêter pass:à`: arrestedIn), in a phrase on
    the noun or on the name of whom (a name takes no such phrase: the parser hangs the event's there)."""
    grammar, lang = grammar_of(noun.doc), noun.doc.lang_
    for word, phrase in [*grammar.phrases_of(noun), *(grammar.phrases_of(patient) if is_name(patient) else ())]:
        frame = f"pass:{word}"
        if not word or lexicon.frame(lang, verb, frame) is None or lexicon.makes_no_fact(lang, verb, frame):
            continue
        relation = lexicon.relation(lang, verb, frame)[0]
        for undergoer in grammar.arguments_of(patient):
            for what in (w for w in grammar.arguments_of(phrase) if not says_when(w)):
                yield Candidate(*_ends(undergoer, relation, what, context), context.evidence(sentence),
                                f"{lang}.nominal", verb, (), *modality, confidence=0.6)


def _ends(agent: Token, relation: Relation, about: Token, context: Context, apart: tuple[Token, ...] = ()
          ) -> tuple[Mention, Relation, Mention]:
    """A fact's subject, relation and object, from the event where the relation says the agent was in one (`la mort
    de X dans un accident`: the accident kills X, as `died in an accident` reads)."""
    cause = event_cause(relation, about, context)
    if cause is relation:
        return mention(agent, context), relation, mention(about, context, apart)
    return mention(about, context, apart), replace(cause, inverse=False), mention(agent, context)


def _post_left(noun: Token, agents: list[Token], verb: str, lexicon: Lexicon, grammar: ModuleType
               ) -> tuple[str, Token, list[Token]] | None:
    """`la démission de son PDG, X`, `the departure of its chief executive X`: a departure of a post's holder named
    with the post, which says not from what, is from the post's employer (the frame of the event's verb that means
    leaving, what is left and who leaves)."""
    frame = next((f for f, row in lexicon.frames_of(noun.doc.lang_, verb).items() if row.property == LEAVING), None)
    for word in [*agents, *grammar.of_complements(noun)] if frame is not None else ():
        post = word if word._.kg_noun_class == "Role" else word.head if word.dep_ in L.APPOSITIONS | L.CONJUNCTS \
            and word.head._.kg_noun_class == "Role" else None
        holder = word if post is not word else grammar.referent_token(word)
        employers = grammar.employers_of(post) if post is not None and holder != post else []
        if employers:
            return frame, employers[0], [holder]
    return None


def _targeted(noun: Token, verb: str, lexicon: Lexicon, words: WordLists) -> tuple[str, Token] | None:
    """`une enquête visant X`, `an investigation targeting X`: what a participle of aiming at on an event noun names
    is what the event is about, in the first frame of the event's verb that takes it (`enquêter sur X`)."""
    lang = noun.doc.lang_
    frame = next((f for f in ("obj", *words.TARGET_CASES) if lexicon.frame(lang, verb, f) is not None), None)
    target = next((o for p in children(noun, L.CLAUSAL_MODIFIERS) if p.lemma_.lower() in words.TARGETING_VERBS
                   for o in children(p, L.OBJECTS)), None)
    return (frame, target) if frame is not None and target is not None else None


def _price(noun: Token, context: Context) -> tuple[Qualifier, ...]:
    """How much an event cost, said on its noun or on the verb that makes or tells it (`a finalisé le rachat de X
    pour 2 milliards d'euros`, `completed the acquisition of X for $2 billion`)."""
    grammar, words = grammar_of(noun.doc), words_of(noun.doc)
    holders = [noun, noun.head] if noun.dep_ in L.OBJECTS and noun.head.pos_ == "VERB" else [noun]
    return next(((literal("quantity", amount_as_written(amount), context),) for holder in holders
                 for word, amount in grammar.phrases_of(holder)
                 if word in words.PRICE_CASES and grammar.is_amount(amount)), ())


def _none_of(event: Token, grammar: ModuleType, negative_determiners: frozenset[str],
             blocking_verbs: frozenset[str]) -> bool:
    """`n'a signé aucun accord`, `did not sign a deal`, `blocked the acquisition`, `the merger was blocked`, `called
    off the merger`: an event that did not happen (but `did not block the acquisition`: it did)."""
    if quantified_by_none(event, negative_determiners):
        return True
    governed = event.dep_ in L.OBJECTS | L.PASSIVE_SUBJECTS and event.head.pos_ == "VERB"
    return governed and grammar.is_negated(event.head) != (not phrasal_lemmas(event.head).isdisjoint(blocking_verbs))
