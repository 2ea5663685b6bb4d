"""Fact builders the handlers of both languages share: a name described by a noun (affiliation, nationality, roles,
relational nouns), speech, joint acts.
"""

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ..lang.words import WordLists
from ..model import Candidate, Mention, Qualifier, Relation
from ..ontology import minted_name, property_domains
from ..text import fold
from . import labels as L
from .context import Context, children, fixed_relation, words_of
from .discourse import Quoted
from .mentions import mention


def affiliation_facts(named: Mention, noun: Token, context: Context, sentence: Span, rule: str,
                      deps: frozenset[str] = L.ADJECTIVE_MODIFIERS) -> Iterator[Candidate]:
    """`une entreprise américaine`, `an American company`, `le député socialiste`: a nationality adjective gives the
    name's country (a city's, `lyonnaise`, the city it is based in), a party's adjective the party it is a member
    of; one the parser hung on another adjective of the noun is the noun's too (`le constructeur automobile
    français`)."""
    adjectives = children(noun, deps)
    adjectives += [a for m in adjectives if m.pos_ == "ADJ" for a in children(m, L.ADJECTIVE_MODIFIERS)]
    for adjective in adjectives:
        yield from affiliation(named, adjective, context, sentence, rule)


def affiliation(named: Mention, word: Token, context: Context, sentence: Span, rule: str, with_variant: bool = True
                ) -> Iterator[Candidate]:
    """The nationality or the party one word gives `named`, if any (with what it read as the rule's variant, if
    `with_variant`); a party's adjective says what someone is a member of, but only the leaning of a body or a thing
    (`a conservative think tank`, `un groupe de réflexion conservateur`); none for a stance (`a pro-Russian
    leader`)."""
    if _a_stance(word):
        return
    key = word.lemma_.lower() if word.lemma_.lower() in context.affiliation_words else word.lower_
    country = context.lexicon.demonym_property(word.doc.lang_, key) if context.lexicon else "nationality"
    for table, prop, kind, variant in ((context.demonyms, country, "Place", "demonym"),
                                       (context.affiliations, "memberOf", "Organization", "party")):
        if key in table and not (variant == "party" and named.kind in THING_KINDS):
            value = Mention(table[key], context.offset + word.idx, context.offset + word.idx + len(word.text),
                            kind=kind, is_name=True, head_lemma=table[key].lower())
            yield Candidate(named, fixed_relation(prop), value, context.evidence(sentence),
                            rule, key, confidence=0.7, variant=variant if with_variant else "")


def _a_stance(word: Token) -> bool:
    """`pro-Russian`, `anti-Labour`: a word hyphened to a stance prefix (`STANCE_PREFIXES`) says what one is for or
    against."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ and \
        not doc[word.i - 2].whitespace_ and doc[word.i - 2].lower_ in words_of(doc).STANCE_PREFIXES


def employment(relation: Relation, employer: Mention, words: WordLists) -> Relation:
    """A post of a political party, or a person set off as one of its people, makes them its member (`député du
    Parti socialiste`, `X, of the Progressive Party`): memberOf where the employer's name has a PARTY_NOUNS word, else
    `relation` (a verb saying someone works for a party, read by the clause rules, stays worksFor)."""
    if relation.local_name == "worksFor" and not words.PARTY_NOUNS.isdisjoint(fold(employer.text).split()):
        return fixed_relation("memberOf")
    return relation


def speech_facts(verb: Token, speakers: list[Token], said: Mention, context: Context, sentence: Span, rule: str,
                 negated: bool, told: list[Token] = (), places: list[Token] = ()) -> Iterator[Candidate | Quoted]:
    """Each speaker says `said`, and the discourse is told who said that stretch of text (it becomes their source).
    Whoever it was `told` (`a déclaré à l'AFP`, `told Reuters`, `in an interview with X`) was told by each
    speaker, and is the saying's recipient; both keep where it was said (`à New York`)."""
    where = tuple(Qualifier("place", mention(place, context)) for place in places)
    hearers = tuple(Qualifier("recipient", mention(hearer, context)) for hearer in told)
    for speaker in speakers:
        speaker_mention = mention(speaker, context)
        yield Quoted(said.start, said.end, speaker_mention)
        yield Candidate(speaker_mention, fixed_relation("says"), said, context.evidence(sentence), rule, verb.lemma_,
                        hearers + where, negated=negated, confidence=0.7)
        for hearer in told:
            yield Candidate(speaker_mention, fixed_relation("tells"), mention(hearer, context),
                            context.evidence(sentence), rule, verb.lemma_, where, negated=negated, confidence=0.7)


#: kinds of what no person's relation holds of
THING_KINDS = frozenset({"Organization", "Place", "Product"})
#: properties that hold both ways, so a joint event of several agents relates each pair of them
SYMMETRIC_PROPERTIES = frozenset({"partnerOf", "collaboratesWith", "competesWith", "mergesWith", "negotiatesWith"})


def relational_facts(named: Mention, noun: Token, others: list[Token], context: Context, sentence: Span,
                     rule: str) -> Iterator[Candidate]:
    """`X, le concurrent de Y`, `X, a unit of Y`: a relational noun's property from the name to each of `others`
    (the names its `de` / `of` complement gives).

    Without any, a partner, a rival or a parent company is relative to what the text is about (`Safran et Dassault
    sont parmi les partenaires` of the company the article follows, `corporate parent X`): the subject of the
    latest main clause naming an organisation, at lower confidence. (A maker or an owner is not: `the truck maker`
    makes no one.)
    """
    lemma = noun.lemma_.lower()
    prop = context.relational_nouns.get(lemma)
    if prop is None or property_domains().get(prop) == "Person" and named.kind in THING_KINDS:
        return  # (a person's relation is no company's: `its sister company X`, `la maison mère de X`)
    related = [(mention(o, context), 0.75) for o in others]
    if not related and (prop in SYMMETRIC_PROPERTIES or lemma in words_of(noun.doc).TOPIC_RELATIVE_NOUNS):
        topic = context.discourse.find(context.offset + sentence.start_char,
                                       lambda r: r.main and context.discourse.named_as(r, {"Organization"}))
        related = [(topic.mention, 0.5)] if topic is not None else []
    for other, confidence in related:
        if other.text != named.text:
            yield Candidate(named, fixed_relation(prop), other, context.evidence(sentence), rule, noun.lemma_,
                            confidence=confidence, variant="relational")


def possessor_facts(named: Mention, description: Mention, owners: list[Token], link: str, context: Context,
                    sentence: Span, rule: str) -> Iterator[Candidate]:
    """`son atout maître, le Suédois X`: a person described by a noun someone has, which the lexicon does not
    know, is that noun of its owner (`X | atout maître de | Y`, a relation minted from the noun)."""
    label = f"{fold(description.text)} {link}"
    relation = Relation(minted_name(label), f"{description.text} {link}", minted=True)
    for owner in (mention(o, context) for o in owners) if named.kind == "Person" else ():
        if owner.text != named.text:
            yield Candidate(named, relation, owner, context.evidence(sentence), rule, description.head_lemma,
                            confidence=0.6)


def joint_facts(agents: list[Token], relation: Relation, context: Context, sentence: Span, rule: str,
                lemma: str, negated: bool = False, qualifiers: tuple[Qualifier, ...] = ()) -> Iterator[Candidate]:
    """`A et B ont annoncé un partenariat`, `A and B formed an alliance`: each pair of agents is related (`qualifiers`:
    when and where, as the event says)."""
    if relation.local_name not in SYMMETRIC_PROPERTIES:
        return
    parties = [mention(a, context) for a in agents]
    for i, first in enumerate(parties):
        for second in parties[i + 1:]:
            if first.text != second.text:
                yield Candidate(first, relation, second, context.evidence(sentence), rule, lemma, qualifiers,
                                negated=negated, confidence=0.6)


#: classes a described name can take from its class noun (`the startup X` is an organisation)
NAMED_KINDS = frozenset({"Organization", "Person", "Place", "Product"})


def typed_by(named: Mention, noun: Token, context: Context) -> Mention:
    """The name with the kind its class noun gives (`la start-up X`, `the carmaker X`), when the noun has one (to be
    told to the discourse, `Typed`, for the name's other mentions)."""
    kind = context.noun_kinds.get(noun.lemma_.lower())
    if not named.is_name or kind not in NAMED_KINDS:
        return named
    return replace(named, kind=kind, typed=True)
