"""Repairs of the French parse where grammar says plainly what the parser got wrong.

- A past participle modifying a noun agrees with it: in `des opérations d'envergure lancées par le gouvernement, dominé
  par les chiites` the parser hangs `lancées` on `envergure` and `dominé` on `opérations`; gender and number say which
  noun each belongs to. So do they for a relative clause whose subject is `qui` (`les restrictions au droit de grève qui
  avaient été bloquées`: the parser hangs it on `droit`). So does an adjective after a `de` complement (`une chaîne de
  supermarchés américaine`: the chain is American). The parser also often hangs the agent (`par le gouvernement`) on a
  time phrase before it (`depuis des mois`), as it does with a passive verb's (`a été rejoint dans son refus par X`).
- A name coordinated with a verb is coordinated with the verb's object: in `fuir Google et Yahoo` the parser makes
  `Yahoo` a second verb.
- A title in quotation marks right after a noun, taken for a second object of the verb, is the noun's apposition
  (`a remporté le prix Goncourt pour son roman « Les Ombres »`: the novel is called so, the prize is what was won).
- The subject of a verb with a passive auxiliary is passive (`X a été réélue maire` parsed with a plain subject); a
  noun or a name with one is a copula's predicate (`X est directrice générale de Y`, `les acheteurs sont X et Y` parsed
  as passives).
- A verb with no passive auxiliary and no passive `se` has a plain subject (`Valtek a racheté Norvale`, `l'explosion
  s'est produite jeudi` parsed with a passive subject).
- A copula's noun takes complements, not arguments (`X est présidente de la Commission` parsed with `de la
  Commission` an argument of the clause).
- A finite verb in lower case is no part of the name before it (`Paul Roy succède à Marie Martin, qui …`: the parser
  sometimes makes it the name's last word, at the root).
- A word in lower case between two names the parser made one is their verb (`Paul Roy remplace Marie Martin`, parsed
  as one name at the root), and so is a present tagged an infinitive right after a name at the root (`Karvex
  négocie avec Brimex`). A clause after a source's phrase that opens the sentence (`Selon le quotidien X, Valtek
  serait …`), hung on the phrase at the root, is the sentence's.
- A name coordinated with a verb's object, right before a verb with no subject, is that verb's subject (`X a inscrit
  un doublé et Brimex s'est imposé …`); a list of names is no subject of a verb in the singular. A date with no
  preposition hung on a verb's object is the verb's (`a perdu 2 millions d'euros l'an dernier`). `que` opening a
  verb's clause before its subject is the conjunction, not a relative object.
- A past participle coordinated with what a verb says its subject is, is the verb's conjunct (`X a été reconnu coupable
  de meurtre et condamné à vingt ans de prison`: the parser coordinates it with `coupable`).
- A word with a past participle's ending right after an infinitive `avoir` or `être` is the participle, the
  infinitive its auxiliary (`accuse X d'avoir violé le cessez-le-feu`: the tagger makes `violé` a noun, the object of
  `avoir`).
- A verb has one subject: in `la police a arrêté Paul X` the parser makes `Paul` a second one, where the object is; in
  `le quotidien Le Soir appartient à X` it makes the title a second one, where the noun's apposition is. And
  one object: in `a levé 15 millions auprès du fonds Karvex` it makes `Karvex` a second one, where the name of the noun
  before it is; in `a nommé mercredi Claire Martin` it hangs the object on the day (or makes the day a second object),
  in `interpellé par la police mardi` the day on the agent; and in `a remercié son entraîneur, Marco Lenz.` it makes the
  name apposed to the object an oblique of the verb; in `Vinalys, un fournisseur d'électricité, a annoncé …` it makes
  the name an oblique and the noun between commas the subject; in `qui dirige Valtek depuis 2015` it makes the object an
  oblique (in `a rejoint Valtek en 2010`, an open complement with the date on it); in `a accepté de verser 300
  millions pour solder les poursuites` it makes the infinitive's object a second one of the verb before; in `a
  adopté mardi en première lecture le projet de loi` it hangs the object on the phrase before it.
- An open complement is no finite verb: a word so tagged right after its verb is a noun (`a été nommée ambassadrice
  de France`).
- The noun after `devenir`, `rester`, `demeurer` is their predicate (`X est devenue présidente de Y`, `X reste
  directrice de Y`): the parser often makes it an object or an oblique.
- An age set off after a name is the name's (`X, 45 ans, avocate chez Y, a dit`: the parser often makes `ans` a
  second subject, and the noun set off after it its conjunct).
- A post someone is appointed to is the verb's (`choisi par le président X au poste de secrétaire`: the parser
  hangs it on the noun before it), and so is a post `comme` opens after a verb's agent (`remplacé par X comme
  directeur`: the parser hangs it on the agent's name).
- A capitalised word the model's vocabulary does not know, inside a sentence, is a name (`directrice de Valtek`
  tagged a common noun, `valtek` its lemma; `sont Valtek et Orvane` tagged a verb).
- An infinitive opened by `pour` is a purpose clause, not a phrase (`a versé 300 millions pour solder les poursuites`:
  the parser sometimes makes it an oblique).
- `lors de`, `auprès de` are prepositions: the parser often makes the first word an adverb with the noun under it.
- Two prepositions in a row, or a noun the parser made a preposition and the one after it, are one preposition
  (`d'après X`, `face à X`, `grâce à X`).
- A present participle hung on a bare noun that `pour` opens under another noun is that noun's (`une enquête pour
  corruption visant X`: the inquiry targets X).
- A finite verb right after a name set off by a comma from a clause with no finite verb that opens the sentence is
  the sentence's verb, the name its subject (`Après avoir racheté Brimex, Valtek prévoit de …`: the parser makes the
  opening clause the root and the verb an adjective of the name).
- A noun set off after the agent of a participle opening the sentence is the main verb's subject (`Fondé par X, le
  journal Y compte …`: the parser often makes it the agent's apposition).
- A participle opening a sentence is no root: the finite verb after its comma is (`Fondée par X, Orvane emploie …`:
  the parser often hangs the main clause on the participle).
- A clause of `ayant` or `étant` set off by commas after a noun phrase describes it, and the phrase is the subject of
  the finite verb after the clause (`Paul Roy, ayant perdu son emploi, a quitté Valtek`: the parser often makes the
  participle the root, the phrase its subject, or the participle the phrase's modifier).
- The object of a verb of possibility or intent written after its infinitive is the infinitive's (`aurait pu arrêter
  Paul Roy`: the parser sometimes hangs it on `pouvoir`).
- `que` before the subject of a clause complement is its conjunction (`a expliqué à X que Valtek allait fermer`: the
  parser sometimes makes it the subject's determiner).
- A name after a comma that ends another of the verb's names, with no preposition and coordinated in turn, is the
  next item of that name's list (`rejoint par l'Indiana, la Géorgie et la Floride`: the parser often makes the second
  name a bare oblique of the verb).
- `entre` takes two members: the noun after `entre A et` is A's conjunct (`la fusion entre A et B a été approuvée`:
  the parser often makes B a second subject of the verb).
- A word of a past participle's form whose lemma is a verb's, with a phrase of its own, is that participle (`X,
  spécialisée dans les batteries et basée à Lyon`: the tagger often makes `basée` an adjective); and a participle set
  after another one by a comma describes the same noun (the parser often makes it the first one's oblique).
- `de` before an adjective is the plural indefinite article (`De fortes pluies ont provoqué …`): the parser makes it
  a preposition and the subject an oblique.
- `ainsi que` coordinates the nouns on either side (`Valtek ainsi qu'Orvane ont signé`: the parser makes `ainsi` an
  adverb and the second member a bare dependent).
- A clause `dont` opens after a name's comma is the name's relative clause, and the name (or the noun it names:
  `le groupe X`) the subject of the finite verb after the clause (`X, dont Y est le PDG, a racheté Z`: the parser
  makes X the root and the verb a conjunct).
- A subject `qui` right after the comma of the phrase opening the sentence opens that phrase's relative clause, and
  the phrase is the subject of the finite verb after the clause (`Orvane, qui emploie 300 personnes, a annoncé …`:
  the parser sometimes makes the clause's verb the root, the phrase its oblique and the main verb its conjunct).
- A phrase hung on a later word of a name is the name's (`a accusé Tom Hale de fraude`: parsed on `Hale`).
- A phrase with its preposition hung on a verb is the verb's oblique, not a noun's modifier (`est diplômé de
  l'université de Lyon`).
- A phrase right after the name that ends a verb's argument is the verb's, unless `de` or `par` opens it or it is a
  place's that counts nothing (`a condamné l'ancien ministre Paul Roy à deux ans de prison`, `a vendu X à Karvex pour
  2 milliards d'euros`: the parser often makes it a complement of the argument).
- A name set off by its age or apposition is the subject of the finite verb after the closing comma (`Marie Martin,
  45 ans, dirige Valtek`: the parser makes the name the root and the verb its conjunct, or the tagger the verb a
  name apposed to it; in `Paul Durand, l'entraîneur de X, a démissionné` it makes the apposition the subject), and
  of the predicate whose copula follows that comma (`Paul Roy, 62 ans, est directeur de X`: the parser makes the
  name an oblique of the predicate).
- A day in lower case is no part of a name (`a rencontré Marie Martin lundi`: the parser often makes it one), nor a
  verb or a noun's clause (`a tué 26 personnes dimanche`: the tagger sometimes makes it a participle of `dimancher`).
- A date opened by `en` or `depuis` that ends a verb's object or oblique says when the verb's act happened (`a pris
  la tête du groupe en 2019`: the parser often makes it a complement of the noun), and so does a date without
  preposition set after the name that ends one (`une usine dans l'Ohio l'an prochain`: parsed as its apposition). A
  place's phrase right after the name of a passive's agent says where the act happened (`fondée par Paul Roy à Lyon`).
- An adjective comes after its noun's determiner, and a time phrase before the object says when (`a racheté la
  semaine dernière une start-up`, `a ouvert l'an dernier une usine`: the parser hangs `dernière` on `start-up`, makes
  `an` the object and `usine` a bare oblique).
- `des`, `du` opening a noun hung on the day after a verb of making or telling events are its article, and the noun
  the verb's object (`a mené mardi des frappes sur Gaza`).
- `des`, `du` set as a noun's determiner are articles, and the noun after its verb, with no preposition, an object
  (`fabrique des vannes` parsed with `des` a preposition and `vannes` an oblique).
- A present participle set off by a comma after a verb's object or phrase says what the verb's subject did along
  with it (`X a remporté 54 % des voix, battant le maire sortant`: the parser hangs it on the object).
- An amount or a date after a noun's adjective is the noun's (`a relevé ses taux directeurs de 0,25 point jeudi`:
  the parser hangs both on the adjective).
- Phrases with one preposition, set after commas and ended by a coordinator, are the first one's conjuncts (`à
  l'Indonésie, à la Thaïlande et aux Philippines`: the parser hangs each on the one before).
- A bare noun set off by a comma right after a name is its apposition, with the complements hung on the name after
  it (`Lyon, capitale de la Karvie, accueille …`: the parser makes it the name's adjective).
- An adjective right after a noun qualifies it (`le constructeur automobile Valtek`: the parser sometimes makes it an
  apposition). `d'ici à` is one preposition, as `d'ici` is. A name set off after a determined noun by a comma alone,
  ending the phrase, is the noun's apposition (`contre son ancien employeur, Valtek.`: the parser makes it a second
  item coordinated with the noun).
- A word in lower case tagged a name (or a finite verb coordinated with the phrase's noun) right after the comma
  closing a phrase set off after the root name is that name's verb (`Jane Doe, la fille de Tom Hale, dirige Brimex`,
  `Paul Roy, directeur de X, critique la réforme`), and so is it after a name set off after a root noun (`Le mari de
  Jane Doe, Paul Roy, dirige Valtek`).
- A common noun in lower case parsed as the last word of a verb's object name is what the verb makes the object
  (`a nommé Tom Hale préfet de la Gironde`).
- A bare name opening a headline, set off by a comma before a singular name subject of a verb in the plural, is
  coordinated with it (`Valtek, Brimex signent un accord`: the comma stands for `et`).
- `être` on a past participle with a passive subject is the passive auxiliary (`X est diplômé de Harvard`: the parser
  makes it a copula).
- A name right after a present participle without object is its object, and the participle describes the noun with
  an article, not a bare one it was hung on (`une enquête pour corruption visant Valtek`).

- A finite verb written as its future's stem and an imperfect ending is a conditional (`Valtek fermerait deux usines`,
  `elle ferait appel`: the tagger often makes it an imperfect indicative, and the fact a plain one).

Facts are read from the tree, so the tree is mended once, after parsing (and what needs lemmas, after the
lemmatizer).
"""

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

from ...extract import labels as L
from ...extract.context import case_word, children, grammar_of
from ...extract.grammar import (
    mend_set_off_perfect_participle,
    mend_subject_read_as_object_conjunct,
    names_a_date,
    phrase_start,
    ranked_description_set_off,
    said_from,
    summed_up_clause,
    verb_group_start,
)
from ...extract.mentions import QUOTE_MARKS
from ...extract.names import copula_predicate, is_name, name_head, name_tokens
from ...text import strip_accents
from . import WORDS

FRENCH_REPAIRS = "kg_french_repairs"
#: future stems by infinitive ending, accents aside (`faire` -> `fer`), for conditionals tagged indicatives
FUTURE_STEMS = {strip_accents(end): strip_accents(stem) for end, stem in WORDS.FUTURE_STEMS.items()}
#: the repairs that need the words' lemmas, run after the lemmatizer (the others run before it, as it reads the tags)
FRENCH_LEMMA_REPAIRS = "kg_french_lemma_repairs"
#: how far back a participle's noun may be (`des opérations militaires d'envergure lancées`)
MAX_REACH = 12
AGENT_CASE = "par"
AGREEMENT = ("Gender", "Number")


def _agrees(participle: Token, noun: Token) -> bool:
    return all(noun.morph.get(feature) == participle.morph.get(feature) for feature in AGREEMENT)


def _agreeing_noun(participle: Token) -> Token | None:
    """The nearest noun before a participle that agrees with it, when the noun it hangs on does not."""
    if not all(participle.morph.get(f) for f in AGREEMENT):
        return None
    return _nearest_agreeing(participle, {f: participle.morph.get(f) for f in AGREEMENT})


def _nearest_agreeing(clause: Token, features: dict[str, list[str]]) -> Token | None:
    """The nearest noun before a clause that has `features`, when the noun the clause hangs on has others; the search
    stops at a verb (another clause) and at the sentence's start."""
    head = clause.head
    if head.pos_ != "NOUN" or not all(head.morph.get(f) for f in features) or _has(head, features):
        return None
    doc = clause.doc
    for i in range(clause.left_edge.i - 1, max(-1, clause.i - MAX_REACH), -1):
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"}:
            return None
        if token.pos_ == "NOUN" and token.dep_ not in L.FIXED and _has(token, features):  # (not `au sein de`'s)
            return token
        if token.is_sent_start:
            return None
    return None


def _has(noun: Token, features: dict[str, list[str]]) -> bool:
    return all(noun.morph.get(f) == value for f, value in features.items())


def _relative_s_noun(verb: Token) -> Token | None:
    """`des restrictions au droit de grève qui avaient été bloquées par un juge` parsed with the clause on `droit`: a
    clause whose subject is `qui` agrees with the noun `qui` stands for, in number through its finite verb and also in
    gender through a passive participle; the nearest noun before it that agrees is that noun, when the one the clause
    hangs on does not."""
    if verb.dep_ not in L.RELATIVE_CLAUSES or verb.pos_ not in {"VERB", "AUX"} or not any(
            c.lower_ == "qui" and c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children):
        return None
    finite = next((w for w in (*(c for c in verb.children if c.dep_ in L.AUXILIARIES), verb)
                   if "Fin" in w.morph.get("VerbForm") and w.morph.get("Number")), None)
    features = {"Number": finite.morph.get("Number")} if finite is not None else {}
    if any(c.dep_ in L.PASSIVE_AUXILIARIES for c in verb.children) and all(verb.morph.get(f) for f in AGREEMENT):
        features.update({f: verb.morph.get(f) for f in AGREEMENT})
    if verb.head.pos_ in {"VERB", "AUX"}:
        return _phrase_before_the_comma(verb, features)
    found = _nearest_agreeing(verb, features) if features else None
    if found is None:
        return None
    # `des exigences de Paul Durand qui demandait`: a name right before `qui` is nearer than any noun
    name = name_head(verb.doc[verb.left_edge.i - 1])
    return name if name.pos_ == "PROPN" and found.i < name.i else found


def _phrase_before_the_comma(verb: Token, features: dict[str, list[str]]) -> Token | None:
    """`va fermer son usine de Metz, qui emploie 300 personnes` parsed with the clause on `fermer`: a clause `qui`
    opens stands for a noun, never a verb; after a comma, for the whole phrase before it (`usine`, not `Metz`), or for
    the largest part of that phrase that agrees with its verb if the whole does not (`les usines de Valtek, qui …`)."""
    start = verb.left_edge.i
    if start - 2 < verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    nouns = [name_head(verb.doc[start - 2])]
    while nouns[-1].dep_ in L.NOUN_MODIFIERS and nouns[-1].head.i < nouns[-1].i:
        nouns.append(nouns[-1].head)
    return next((n for n in reversed(nouns) if n.pos_ in {"NOUN", "PROPN"} and _has(n, features)), None)


def _adjective_s_noun(adjective: Token) -> Token | None:
    """`une chaîne de supermarchés américaine` parsed with the adjective on the complement: an adjective right after
    a `de` complement it does not agree with belongs to the noun the complement is of, when that one agrees."""
    inner = adjective.head
    if adjective.pos_ != "ADJ" or adjective.dep_ not in L.ADJECTIVE_MODIFIERS or inner.pos_ != "NOUN" or \
            inner.dep_ not in L.NOUN_MODIFIERS or adjective.i != inner.right_edge.i or adjective.i < inner.i:
        return None
    outer = inner.head
    features = all(adjective.morph.get(f) and inner.morph.get(f) and outer.morph.get(f) for f in AGREEMENT)
    if outer.pos_ != "NOUN" or not features or _agrees(adjective, inner) or not _agrees(adjective, outer):
        return None
    return outer


def _adjective_before_a_day(adjective: Token) -> Token | None:
    """`placé en redressement judiciaire mardi` parsed with the adjective on the day: a bare day takes no adjective
    before it, which belongs to the noun the day hangs on."""
    day = adjective.head
    if adjective.pos_ != "ADJ" or adjective.dep_ not in L.ADJECTIVE_MODIFIERS or adjective.i != day.i - 1 or \
            not day.is_alpha or not WORDS.DATE_WORDS.fullmatch(day.text) or day.head.pos_ != "NOUN" or \
            day.head.i > adjective.i or any(c.dep_ in L.CASE_MARKERS | L.DETERMINERS for c in day.children):
        return None
    return day.head


def _adjective_before_a_determiner(adjective: Token) -> Token | None:
    """`a racheté la semaine dernière une start-up` parsed with `dernière` on `start-up`: an adjective never comes
    before its noun's determiner, so it is the noun's right before it."""
    noun, before = adjective.head, adjective.doc[max(adjective.i - 1, 0)]
    if adjective.dep_ not in L.ADJECTIVE_MODIFIERS or noun.i < adjective.i or before.pos_ != "NOUN" or \
            not any(adjective.i < d.i < noun.i for d in children(noun, L.DETERMINERS)):
        return None
    return before


def _agent_of_the_noun_before(agent: Token) -> Token | None:
    """`intervient après le rachat d'Orvane par le groupe Brimex` parsed with the `par` phrase on the active verb: a
    determined noun or a name after `par`, right after a common noun's phrase, on a verb with no passive auxiliary
    nor participle form, is the agent of that noun (returned): an active verb has no agent."""
    verb, doc = agent.head, agent.doc
    case = next((c for c in agent.children if c.dep_ in L.CASE_MARKERS), None)
    if case is None or case.lower_ != AGENT_CASE or agent.dep_ not in L.OBLIQUES or verb.pos_ != "VERB" or \
            "Part" in verb.morph.get("VerbForm") or any(c.dep_ in L.PASSIVE_AUXILIARIES for c in verb.children) or \
            not (agent.pos_ == "PROPN" or any(c.dep_ in L.DETERMINERS for c in agent.children)) or case.i == 0:
        return None
    noun = doc[case.i - 1]
    while noun.head != verb and noun.head.i < case.i and noun.head != noun:
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and noun.head == verb and noun.i < case.i else None


def _post_taken_for_an_agent(noun: Token) -> bool:
    """`devrait être nommé directeur général de Valtek` parsed with `directeur` the participle's agent: an agent has
    its `par`; a bare noun right after the participle, with neither preposition nor determiner, says what the
    subject is made (as `a été nommé directeur` is parsed)."""
    return noun.dep_ in L.AGENTS and noun.pos_ == "NOUN" and noun.i == noun.head.i + 1 and \
        not any(c.dep_ in L.CASE_MARKERS | L.DETERMINERS for c in noun.children)


def _post_hung_on_the_agent(noun: Token) -> Token | None:
    """`a été remplacé par Paul Roy comme directeur` parsed with the post on the agent's name: a post `comme` or `en
    tant que` opens after a verb's agent is what the verb makes or keeps someone (the verb's)."""
    agent = noun.head
    return agent.head if noun.dep_ in L.NOUN_MODIFIERS and case_word(noun) in WORDS.PREDICATIVE_CASES and \
        agent.dep_ in L.AGENTS and agent.head.pos_ == "VERB" else None


def _noun_taken_for_a_finite_verb(word: Token) -> bool:
    """`a été nommée ambassadrice de France au Japon` tagged with `ambassadrice` a finite verb: an open complement
    is no finite verb; a word so tagged right after its verb, with neither subject nor marker, is the noun it says
    the subject is made."""
    return word.dep_ in L.OPEN_COMPLEMENTS and word.pos_ == "VERB" and "Fin" in word.morph.get("VerbForm") and \
        word.i == word.head.i + 1 and not any(c.dep_ in L.SUBJECTS | L.MARKERS | L.AUXILIARIES for c in word.children)


def _mend_noun_taken_for_a_finite_verb(noun: Token) -> None:
    """The word is a noun, the phrases the parser hung on it as a verb's its complements."""
    noun.pos_, noun.tag_ = "NOUN", "NOUN"
    noun.morph = MorphAnalysis(noun.doc.vocab, {"Number": "Sing"})
    for phrase in children(noun, L.OBLIQUES):
        phrase.dep_ = L.UD_NOUN_MODIFIER


def _hidden_agent(participle: Token) -> Token | None:
    """`lancées depuis des mois par X`, `placé en garde à vue par la police`: a `par` phrase the parser hung on the
    participle's time, place or other phrase (a determined noun or a name: `par an` is a rate)."""
    if any(c.dep_ in L.AGENTS for c in participle.children):
        return None
    return next((n for o in participle.children if o.dep_ in L.OBLIQUES and o.i > participle.i
                 for n in o.children if n.dep_ in L.NOUN_MODIFIERS and any(
                     c.dep_ in L.CASE_MARKERS and c.lower_ == AGENT_CASE for c in n.children) and (
                     n.pos_ == "PROPN" or any(c.dep_ in L.DETERMINERS for c in n.children))), None)


def _coordinated_object(conjunct: Token) -> Token | None:
    """The object a name parsed as a coordinated verb goes with: the verb's nearest object, argument or agent before
    it (`signé par Valtek et le ministère`)."""
    verb = conjunct.head
    if conjunct.dep_ not in L.CONJUNCTS or conjunct.pos_ not in {"PROPN", "NOUN"} or verb.pos_ != "VERB":
        return None
    before = [c for c in verb.children if c.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES | L.AGENTS and c.i < conjunct.i]
    nearest = max(before, key=lambda c: c.i) if before else None
    if nearest is not None and nearest.dep_ in L.AGENTS:  # (an agent only right before `et`: `par les Scythes) et
        cc = next((c for c in conjunct.children if c.dep_ in L.COORDINATORS), None)  # jusqu'en Égypte` is no agent)
        if cc is None or cc.i != nearest.right_edge.i + 1:
            return None
    return nearest


def _second_subject(token: Token) -> bool:
    """`La police a arrêté Paul X à Lyon` parsed with `Paul` as a second subject: a subject after its verb, which
    already has one before it and no object, is the object."""
    verb = token.head
    return token.dep_ in L.SUBJECTS and verb.pos_ == "VERB" and verb.i < token.i and \
        any(c.dep_ in L.SUBJECTS and c.i < verb.i for c in verb.children) and \
        not any(c.dep_ in L.OBJECTS for c in verb.children) and \
        not any(t.is_punct for t in token.doc[verb.i + 1:token.i])


def _name_after_a_noun(token: Token) -> Token | None:
    """`a levé 15 millions auprès du fonds Karvex`, `a reçu le prix X pour son roman Les Ombres` parsed with the name
    or the title as a second object: a name, or a capitalised word a title ends with, right after a noun of its
    verb, which already has an object before it, is that noun's name."""
    verb, doc, start = token.head, token.doc, token.left_edge.i
    if token.dep_ not in L.OBJECTS or not (token.pos_ == "PROPN" or token.is_title) or \
            start == 0 or verb.pos_ != "VERB" or not any(c.dep_ in L.OBJECTS and c.i < start for c in verb.children):
        return None
    noun = doc[start - 1]
    return noun if noun.pos_ == "NOUN" and noun.head == verb and noun.dep_ not in L.OBJECTS else None


def _adjective_taken_for_an_object(adjective: Token) -> Token | None:
    """`a lancé son nouveau smartphone` parsed with `nouveau` an object beside `smartphone` (a word the tagger does
    not know): an adjective made an object right before another object of its verb qualifies it (returned)."""
    doc = adjective.doc
    if adjective.pos_ != "ADJ" or adjective.dep_ not in L.OBJECTS or adjective.i + 1 == len(doc):
        return None
    noun = doc[adjective.i + 1]
    return noun if noun.head == adjective.head and noun.dep_ in L.OBJECTS and noun.pos_ in {"NOUN", "PROPN"} else None


def _object_after_a_day(token: Token) -> Token | None:
    """`a nommé mercredi Claire Martin`, `a condamné vendredi l'ancien maire` parsed with the object hung on the day
    before it (or the day made the object and the name hung on it): the verb's object, written after the day it
    happened, with no preposition of its own (a common noun with its determiner: `dimanche matin` is one time),
    when the verb has no other object."""
    day = token.head
    verb = day.head
    if not (token.pos_ == "PROPN" or token.pos_ == "NOUN" and any(c.dep_ in L.DETERMINERS for c in token.children)) \
            or token.left_edge.i != day.i + 1 or \
            token.dep_ not in L.APPOSITIONS | L.NOUN_MODIFIERS | L.OBJECTS or \
            any(c.dep_ in L.CASE_MARKERS for c in token.children) or \
            day.dep_ not in L.MODIFIER_OBLIQUES | L.OBJECTS or not WORDS.DATE_WORDS.fullmatch(day.text) or \
            verb.pos_ != "VERB" or any(c.dep_ in L.OBJECTS and c.i != day.i for c in verb.children):
        return None
    return verb


def _object_after_a_dated_phrase(noun: Token) -> Token | None:
    """`qui dirige depuis 2018 la filiale de Valtek` parsed as one phrase, `depuis` on `filiale` and the year its
    adjective: a preposition, a year or a date, then a determined noun make two phrases, the date the verb's (with
    the preposition) and the noun its object, when the verb has none (the date, returned)."""
    verb, doc = noun.head, noun.doc
    case = next((c for c in noun.children if c.dep_ in L.CASE_MARKERS), None)
    if noun.pos_ != "NOUN" or noun.dep_ not in L.OBLIQUES or case is None or verb.pos_ != "VERB" or \
            case.i + 2 >= noun.i or any(c.dep_ in L.OBJECTS for c in verb.children):
        return None
    date, article = doc[case.i + 1], doc[case.i + 2]
    if date.head != noun or not (date.like_num or WORDS.DATE_WORDS.fullmatch(date.text)) or \
            article.head != noun or article.dep_ not in L.DETERMINERS:
        return None
    return date


def _mend_object_after_a_dated_phrase(noun: Token, date: Token) -> None:
    """The date, with the preposition right before it, is the verb's phrase; the noun is its object."""
    case = noun.doc[date.i - 1]
    case.head, date.head, date.dep_, noun.dep_ = date, noun.head, L.UD_MODIFIER, L.UD_OBJECT


def _day_before_the_object(day: Token) -> bool:
    """`a condamné vendredi Yves Kerbrat` parsed with two objects, the day and the name: a bare day is when."""
    return day.dep_ in L.OBJECTS and WORDS.DATE_WORDS.fullmatch(day.text) is not None and \
        not any(c.dep_ in L.DETERMINERS for c in day.children) and \
        any(c.dep_ in L.OBJECTS and c.i > day.i for c in day.head.children)


def _day_on_the_object_after_it(day: Token) -> Token | None:
    """`a présenté mercredi un plan de 2 milliards` parsed with the day a complement of the noun after it, which the
    verb then has as a bare oblique: a bare day right after the verb, opening a determined noun's phrase with no
    preposition, says when the verb's act happened, and the noun is its object (the noun, returned)."""
    noun, doc = day.head, day.doc
    verb = noun.head
    if day.dep_ not in L.NOUN_MODIFIERS or noun.i <= day.i or noun.left_edge != day or noun.pos_ != "NOUN" or \
            not day.is_alpha or WORDS.DATE_WORDS.fullmatch(day.text) is None or case_word(day) or case_word(noun) or \
            noun.dep_ not in L.OBJECTS | L.MODIFIER_OBLIQUES or verb.pos_ != "VERB" or doc[day.i - 1] != verb or \
            doc[day.i + 1].dep_ not in L.DETERMINERS or any(
                c.dep_ in L.OBJECTS and c != noun for c in verb.children):
        return None
    return noun


def _object_after_a_time_object(time: Token) -> Token | None:
    """`a ouvert l'an dernier une nouvelle usine` parsed with `an` the object and `usine` a bare oblique: a time
    phrase the parser made the object, followed by a noun phrase of the verb with no preposition, says when; that
    noun is the object."""
    after = time.right_edge.i + 1
    if time.dep_ not in L.OBJECTS or time.head.pos_ != "VERB" or after >= len(time.doc) or \
            WORDS.DATE_WORDS.fullmatch(time.doc[time.left_edge.i:after].text.removeprefix("l'")) is None:
        return None
    return next((c for c in time.head.children if c.dep_ in L.MODIFIER_OBLIQUES and c.left_edge.i == after and
                 not case_word(c) and c.pos_ in ("NOUN", "PROPN")), None)


def _name_after_a_day_subject(name: Token) -> bool:
    """`Mardi Valtek a racheté Orvane`, `Lundi Paul Roy a quitté X` parsed with the day the subject and the name hung
    on it: a name right after a bare day opening a clause is the subject."""
    day = name.head
    return name.pos_ == "PROPN" and name.i == day.i + 1 and day.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and \
        name.dep_ in L.APPOSITIONS | L.NOUN_MODIFIERS | L.NAME_PARTS and day.is_alpha and \
        WORDS.DATE_WORDS.fullmatch(day.text) is not None and not any(c.dep_ in L.DETERMINERS for c in day.children)


def _object_before_its_verb(name: Token) -> bool:
    """`En mars Paul Roy a quitté X` parsed with the name the object: a name before its verb, which has no subject,
    is the subject (a French object before its verb is a pronoun)."""
    verb = name.head
    return name.pos_ == "PROPN" and name.dep_ in L.OBJECTS and name.i < verb.i and verb.pos_ == "VERB" and \
        not any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children)


def _purpose_of_an_adverb(marker: Token) -> Token | None:
    """`a réduit ses coûts afin de vendre X` parsed with `afin` an adverb of the verb and `de vendre X` its
    complement: a purpose marker opens a clause of the verb (the clause's verb, returned), as `pour vendre X` does."""
    if marker.pos_ != "ADV" or marker.lower_ not in WORDS.PURPOSE_MARKERS or marker.head.pos_ != "VERB":
        return None
    return next((c for c in marker.children if c.pos_ == "VERB" and c.i > marker.i), None)


def _purpose_taken_for_a_phrase(verb: Token) -> Token | None:
    """`pour solder les poursuites` parsed as an oblique whose preposition is `pour`: an infinitive opened by a
    purpose marker is a clause (its marker, returned), as the parser makes it most of the time."""
    if verb.pos_ != "VERB" or verb.dep_ not in L.OBLIQUES or "Inf" not in verb.morph.get("VerbForm"):
        return None
    return next((c for c in verb.children if c.dep_ in L.CASE_MARKERS and c.lower_ in WORDS.PURPOSE_MARKERS), None)


def _date_on_an_argument(date: Token) -> Token | None:
    """`a pris la tête du groupe en 2019`, `a racheté une participation dans X en mars`, `supprimera 450 emplois
    d'ici 2027`, `a reculé à 3 milliards d'euros au deuxième trimestre` parsed with the date a complement of the noun:
    a date phrase opened by a dating preposition that ends a verb's object or oblique says when the verb's act
    happened (the verb, returned)."""
    case = next((c for c in date.children if c.dep_ in L.CASE_MARKERS and c.i < date.i), None)
    after = case and max([case.i, *(f.i for f in case.children if f.dep_ in L.FIXED)]) + 1  # (`d'ici à 2026`)
    if date.dep_ not in L.NOUN_MODIFIERS | {L.UD_MODIFIER} or case is None or \
            not (case.lower_ in WORDS.DATING_CASES or case.lower_ == HERE) or \
            not WORDS.DATE_WORDS.fullmatch(date.doc[after:date.i + 1].text):
        return None
    argument = date.head
    while argument.dep_ in L.NOUN_MODIFIERS and argument.head.pos_ in {"NOUN", "PROPN"}:
        argument = argument.head
    verb = argument.head
    if argument.pos_ not in {"NOUN", "PROPN"} or argument.dep_ not in L.OBJECTS | L.OBLIQUES or \
            verb.pos_ != "VERB" or argument.right_edge != date.right_edge:
        return None
    return verb


def _place_after_an_agent_s_name(place: Token) -> Token | None:
    """`a été fondée par Paul Roy à Lyon` parsed with `à Lyon` on the name: a place's phrase right after the name of
    a passive's agent says where the verb's act happened (the verb, returned); an agent is named, not placed."""
    agent = place.head
    if place.dep_ not in L.NOUN_MODIFIERS or case_word(place) not in WORDS.PLACE_CASES or place.pos_ != "PROPN" or \
            agent.dep_ not in L.AGENTS or case_word(agent) != WORDS.AGENT_CASE or agent.pos_ != "PROPN" or \
            agent.head.pos_ != "VERB" or place.left_edge.i != max(t.i for t in name_tokens(agent)) + 1:
        return None
    return agent.head


def _date_set_after_a_name(date: Token) -> Token | None:
    """`ouvrira une usine dans l'Ohio l'an prochain` parsed with `l'an prochain` apposed to `Ohio`: a date with no
    preposition set right after the name a verb's phrase or object ends on says when the verb's act happened (the
    verb, returned)."""
    name = date.head
    if date.dep_ not in L.APPOSITIONS | L.NOUN_MODIFIERS or case_word(date) or name.pos_ != "PROPN" or \
            name.dep_ not in L.OBLIQUES | L.OBJECTS or name.head.pos_ != "VERB" or date.i < name.i or \
            date.right_edge != name.right_edge or any(t.is_punct for t in date.doc[name.i:date.left_edge.i]) or \
            not names_a_date(date, WORDS):
        return None
    return name.head


def _phrase_after_a_name(phrase: Token) -> Token | None:
    """`a condamné l'ancien ministre Paul Roy à deux ans de prison`, `a vendu X à Karvex pour 2 milliards d'euros`
    parsed with the phrase a complement of the verb's object or oblique: a phrase right after the name that ends a
    verb's argument, opened by a preposition other than `de` or `par` (`le rachat de X par Y`: the noun's agent), is
    the verb's (the verb, returned): a name takes no such complement. But a phrase of place may be the name's (`la
    place Tiananmen dans le centre de Pékin`), unless it counts something (`à deux ans`), and so may a name (`à Winwick
    en Angleterre`)."""
    argument = phrase.head
    verb = argument.head
    if phrase.dep_ not in L.NOUN_MODIFIERS or phrase.pos_ != "NOUN" or argument.dep_ not in L.OBJECTS | L.OBLIQUES or \
            verb.pos_ != "VERB" or phrase.left_edge.i == 0:
        return None
    word = case_word(phrase)
    if word in {"", WORDS.AGENT_CASE, *WORDS.OF_CASES} or \
            word in WORDS.PLACE_CASES and not children(phrase, L.NUMERIC_MODIFIERS):
        return None
    before = phrase.doc[phrase.left_edge.i - 1]
    return verb if before.pos_ == "PROPN" and argument.is_ancestor(before) or before == argument and \
        argument.pos_ == "PROPN" else None


def _day_taken_for_a_name_part(day: Token) -> Token | None:
    """`a rencontré Marie Martin lundi à Berlin` parsed with `lundi` a part of the name: a day in lower case is no
    name's word; after a verb's argument, it says when the verb's act happened (the verb, returned)."""
    if day.dep_ not in L.NAME_PARTS or not day.is_lower or not names_a_date(day, WORDS):
        return None
    name = name_head(day)
    return name.head if name.head.pos_ == "VERB" and name.dep_ in L.OBJECTS | L.OBLIQUES | L.AGENTS | L.SUBJECTS \
        else None


def _bare_name_oblique(token: Token) -> bool:
    """A name the parser made an oblique of its head with no preposition: a misplaced subject or apposition."""
    return token.pos_ == "PROPN" and token.dep_ in L.MODIFIER_OBLIQUES and \
        not any(c.dep_ in L.CASE_MARKERS for c in token.children)


def _object_of_the_verb_before(name: Token) -> Token | None:
    """`a démissionné puis rejoint Orvane` parsed with the name a bare oblique (or a punctuation mark) of the first
    verb: a name right after the coordinated verb, which has no object, is that verb's object (the verb, returned)."""
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    misread = _bare_name_oblique(name) or name.pos_ == "PROPN" and name.dep_ in L.PUNCTUATION | L.UNLABELLED
    if not misread or before is None or before.pos_ != "VERB" or before.head != name.head or \
            before.dep_ not in L.CONJUNCTS or any(c.dep_ in L.OBJECTS for c in before.children):
        return None
    return before


def _object_of_the_infinitive_before(noun: Token) -> Token | None:
    """`a accepté de verser 300 millions pour solder les poursuites` parsed with `poursuites` a second object of
    `verser`: a noun right after an infinitive clause of the verb that has no object of its own, when the verb already
    has one before that clause, is the infinitive's object (the infinitive, returned)."""
    verb = noun.head
    if noun.dep_ not in L.OBJECTS or verb.pos_ != "VERB" or noun.left_edge.i == 0:
        return None
    infinitive = noun.doc[noun.left_edge.i - 1]
    if infinitive.head != verb or infinitive.pos_ != "VERB" or "Inf" not in infinitive.morph.get("VerbForm") or \
            any(c.dep_ in L.OBJECTS for c in infinitive.children):
        return None
    return infinitive if any(o.dep_ in L.OBJECTS and o.i < infinitive.i for o in verb.children) else None


def _apposed_to_object(token: Token) -> Token | None:
    """`a remercié son entraîneur, Marco Lenz.`, `battue par la présidente de Valtek, Marie Dubois.`, `a limogé le
    ministre de la Santé, Paul Roy.` parsed with the name as a bare oblique or a second object of the verb: a name
    right after a comma that ends the verb's object (or agent), with no preposition, is apposed to it (a second
    object, only to a common noun: `a battu Valtek, Norvale …` lists)."""
    verb, doc = token.head, token.doc
    second = token.pos_ == "PROPN" and token.dep_ in L.OBJECTS and not any(c.dep_ in L.CASE_MARKERS
                                                                           for c in token.children)
    if not (_bare_name_oblique(token) or second) or verb.pos_ != "VERB" or token.i < 2 or \
            doc[token.i - 1].text != ",":
        return None
    return next((o for o in verb.children if o.dep_ in L.OBJECTS | L.AGENTS and o.right_edge.i == token.i - 2 and
                 (not second or o.pos_ == "NOUN")), None)


def _complement_read_as_conjunct(name: Token) -> bool:
    """`Paul Lenoir, de Valtek, a confirmé …` parsed with `Valtek` a conjunct of the person's name: a name with its
    own preposition, set off by a comma after a name that has none, and with no coordinator, is the name's
    complement, not a further subject (`les dirigeants de Valtek, de Brimex et de Karvex` keep theirs)."""
    head = name.head
    if name.dep_ not in L.CONJUNCTS or name.pos_ != "PROPN" or head.pos_ != "PROPN" or head.i > name.i or \
            not children(name, L.CASE_MARKERS) or children(head, L.CASE_MARKERS) or children(name, L.COORDINATORS):
        return False
    start = phrase_start(name).i  # (the comma may hang on the name)
    return start > 0 and name.doc[start - 1].text == ","


def _described_name(noun: Token) -> Token | None:
    """`a annoncé le rachat d'Orvane, une start-up lyonnaise` parsed with `start-up` a second object of the verb: a
    noun with an indefinite article right after a comma that ends the verb's object on a name describes that name
    (returned)."""
    verb, doc = noun.head, noun.doc
    if noun.pos_ != "NOUN" or noun.dep_ not in L.OBJECTS or verb.pos_ != "VERB" or noun.left_edge.i < 2 or \
            doc[noun.left_edge.i - 1].text != "," or not any(
                d.dep_ in L.DETERMINERS and "Ind" in d.morph.get("Definite") for d in noun.children):
        return None
    last = doc[noun.left_edge.i - 2]
    if last.pos_ != "PROPN" or not any(o.dep_ in L.OBJECTS and o.i < noun.i and o.right_edge == last
                                       for o in verb.children):
        return None
    return name_head(last)


def _list_items(first: Token) -> list[tuple[Token, Token | None]] | None:
    """`rejoint par l'Indiana, la Géorgie, la Floride et le Mississippi`, `Paul X, Marie Y et Tom Z ont rejoint`
    parsed with the later names hung on the verb and on one another as subjects, obliques, conjuncts and appositions:
    the names after `first`, each set after a comma with at most an article, the last after a coordinator (`et`,
    `ou`), as (name, its coordinator); None unless every item is a name with no preposition of its own, none above
    the first."""
    doc, items = first.doc, []
    if not (first.pos_ == "PROPN" or first.pos_ == "NOUN" and first.is_title and _opens_the_sentence(first)) or \
            first.dep_ in L.NAME_PARTS | L.CONJUNCTS | L.APPOSITIONS | L.CASE_MARKERS or \
            WORDS.DATE_WORDS.fullmatch(first.text):
        return None
    start = first.i  # (the first name of a list, not one in its middle: `…, Progressive Democrats, …`; but after
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].pos_ == "DET"):  # a phrase opening the sentence:
        start -= 1  # `Pendant le sommet, A et B ont signé`)
    if start > 0 and doc[start - 1].text == "," and not _closes_an_opening_phrase(doc[start - 1]):
        return None
    position = _item_end(first) + 1
    while position + 1 < len(doc):
        coordinator = doc[position] if doc[position].pos_ == "CCONJ" else None
        start = position + 1
        if doc[position].text != "," and coordinator is None:
            return None
        if coordinator is None and doc[start].pos_ == "CCONJ":  # (`A, B, et C`)
            coordinator, start = doc[start], start + 1
        start += start < len(doc) and doc[start].pos_ == "DET"
        if start >= len(doc):
            return None
        name = doc[start]
        if name.pos_ != "PROPN" or name.dep_ in L.NAME_PARTS or name.is_ancestor(first) or any(
                c.dep_ in L.CASE_MARKERS for c in name.children):
            return None
        items.append((name, coordinator))
        if coordinator is not None:
            return items
        position = _item_end(name) + 1
    return None


def _copula_of_a_passive(word: Token) -> bool:
    """`Tom Hale est diplômé de Harvard` parsed with `est` a copula of the participle and the name a passive subject:
    `être` on a past participle with a passive subject is the passive auxiliary."""
    verb = word.head
    return word.dep_ in L.COPULAS and verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and \
        "Past" in verb.morph.get("Tense") and any(c.dep_ in L.PASSIVE_SUBJECTS for c in verb.children)


def _passive_subject_of_a_copula(subject: Token) -> bool:
    """`Tom Hale est avocat et maire de Lyon` parsed with the name a passive subject of the noun `être` is the copula
    of: a noun, a name or an adjective is no passive, and its subject is the copula's (but a post that is an
    adjective too stays in doubt: `est responsable des violences`)."""
    predicate = subject.head
    return subject.dep_ in L.PASSIVE_SUBJECTS and predicate.pos_ in {"NOUN", "PROPN", "ADJ"} and \
        bool(children(predicate, L.COPULAS)) and not children(predicate, L.PASSIVE_AUXILIARIES) and \
        predicate.lower_ not in WORDS.ADJECTIVE_POSTS


def _post_taken_for_a_name_s_word(word: Token) -> bool:
    """`Le gouvernement a nommé Tom Hale préfet de la Gironde` parsed with `préfet` the last word of the object's name:
    a common noun in lower case is no word of a name; right after a verb's object name, it is what the verb makes the
    object (`a nommé Tom Hale directeur général` is parsed so); a day says when (`a rencontré X lundi`)."""
    name = word.head
    return word.pos_ == "NOUN" and word.is_lower and word.dep_ in L.NAME_PARTS and name.pos_ == "PROPN" and \
        not names_a_date(word, WORDS) and \
        name.dep_ in L.OBJECTS and name.head.pos_ == "VERB" and word.i > name.i and \
        all(t.head == name and t.dep_ in L.NAME_PARTS for t in word.doc[name.i + 1:word.i])


def _headline_comma_for_and(name: Token) -> Token | None:
    """`Valtek, Brimex signent un accord` parsed with the first name an oblique: a bare name opening the sentence, set
    off by a comma right before a name in the singular that is the subject of a verb in the plural, is coordinated
    with it, as a headline's comma for `et` (the subject, returned)."""
    doc = name.doc
    if name.pos_ != "PROPN" or not name.is_sent_start or name.dep_ in L.SUBJECTS | L.NAME_PARTS or \
            any(c.dep_ in L.CASE_MARKERS for c in name.children):
        return None
    end = _last_name_word(name)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    subject, verb = doc[end + 2], doc[end + 2].head
    return subject if subject.pos_ == "PROPN" and subject.dep_ in L.SUBJECTS and verb.head.i == verb.i and \
        "Plur" in verb.morph.get("Number") and "Plur" not in subject.morph.get("Number") and \
        name.head == verb else None


def _noun_tagged_an_adjective(word: Token) -> bool:
    """`le fabricant d'éoliennes` tagged with `éoliennes` an adjective: a word a preposition introduces as a noun's
    complement is a noun (but not one right before the noun it qualifies: `de l'actuel Myanmar`)."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else word
    return word.pos_ == "ADJ" and word.dep_ in L.NOUN_MODIFIERS and word.head.pos_ in {"NOUN", "PROPN"} and \
        word.head.i < word.i and any(c.dep_ in L.CASE_MARKERS and c.i < word.i for c in word.children) and \
        after.pos_ not in {"NOUN", "PROPN"}


def _adjective_taken_for_an_apposition(word: Token) -> bool:
    """`Le constructeur automobile Valtek` parsed with `automobile` an apposition of `constructeur`: an adjective
    right after a noun, with no comma between, qualifies it."""
    return word.pos_ == "ADJ" and word.dep_ in L.APPOSITIONS and word.head.pos_ == "NOUN" and \
        word.head.i == word.i - 1


def _noun_taken_for_an_adjective(word: Token) -> bool:
    """`Lyon, capitale de la Karvie, accueille …` parsed with `capitale` an adjective modifier of `Lyon` (and `de la
    Karvie` on `Lyon`): a bare noun set off by a comma right after a name is its apposition."""
    head, doc = word.head, word.doc
    return word.pos_ == "NOUN" and word.dep_ in L.ADJECTIVE_MODIFIERS and head.pos_ == "PROPN" and \
        head.i < word.i - 1 and doc[word.i - 1].text == "," and word.left_edge == word and \
        all(t.head == head and t.dep_ in L.NAME_PARTS for t in doc[head.i + 1:word.i - 1])


def _mend_noun_taken_for_an_adjective(noun: Token) -> None:
    """The noun is the name's apposition, with the complements the parser hung on the name after it, up to a comma."""
    name = noun.head
    noun.dep_ = L.UD_APPOSITION
    end = next((t.i for t in noun.doc[noun.i + 1:name.sent.end] if t.text == ","), name.sent.end)
    for complement in [c for c in name.children if noun.i < c.i < end and c.dep_ in L.NOUN_MODIFIERS]:
        complement.head = noun


def _name_taken_for_a_conjunct(name: Token) -> bool:
    """`contre son ancien employeur, Valtek.` parsed with `Valtek` a second item coordinated with `employeur`: a name
    set right after a determined noun's phrase by a comma alone, with no coordinator on either and nothing after it,
    names the noun (its apposition)."""
    noun, doc = name.head, name.doc
    after = name.right_edge.i + 1
    return name.pos_ == "PROPN" and name.dep_ in L.CONJUNCTS and noun.pos_ == "NOUN" and name.i >= 2 and \
        doc[name.i - 1].text == "," and bool(children(noun, L.DETERMINERS)) and \
        not any(c.dep_ in L.COORDINATORS | L.CONJUNCTS and c != name for t in (noun, name) for c in t.children) and \
        max(t.i for t in noun.subtree if t != name and not name.is_ancestor(t) and not t.is_punct) == name.i - 2 and \
        (after >= len(doc) or doc[after].is_punct and doc[after].text not in {"-", "/"})


def _present_participle_before(name: Token) -> Token | None:
    """`une enquête pour corruption visant Valtek` parsed with `Valtek` a complement of `enquête` and `visant` a
    clause of `corruption`: a name with no preposition right after a present participle without object, hung
    elsewhere, is the participle's object (the participle, returned; it describes the noun with an article, not the
    bare one it was hung on)."""
    if name.pos_ != "PROPN" or name.i == 0 or any(c.dep_ in L.CASE_MARKERS for c in name.children) or \
            name.dep_ in L.SUBJECTS | L.NAME_PARTS:
        return None
    participle = name.doc[name.i - 1]
    if participle.pos_ != "VERB" or participle.morph.get("VerbForm") != ["Part"] or \
            participle.morph.get("Tense") != ["Pres"] or name.head == participle or \
            any(c.dep_ in L.OBJECTS for c in participle.children) or name.is_ancestor(participle):
        return None
    return participle


def _phrase_list_items(first: Token) -> list[tuple[Token, Token | None]] | None:
    """`sont allés à l'Indonésie, à la Thaïlande, à la Malaisie et aux Philippines` parsed with each later phrase the
    first's complement (so each country was placed in the next): the names after `first`, each set after a comma with
    the preposition of `first`, the last after a coordinator, as (name, its coordinator); None unless the list ends
    with one (`à Brooklyn, à New York` places Brooklyn)."""
    case = _preposition_of(first)
    if case is None or not first.is_title or first.pos_ not in {"NOUN", "PROPN"} or first.dep_ in L.CONJUNCTS:
        return None  # (a list's first phrase, not a later one)
    doc, items, position = first.doc, [], _item_end(first) + 1
    while position + 2 < len(doc):
        coordinator = doc[position] if doc[position].pos_ == "CCONJ" else None
        if doc[position].text != "," and coordinator is None:
            return None
        name = next((t for t in doc[position + 1:min(position + 4, len(doc))] if t.pos_ in {"NOUN", "PROPN"}), None)
        if name is None or not name.is_title or _preposition_of(name) != case or name.is_ancestor(first):
            return None
        items.append((name, coordinator))
        if coordinator is not None:
            return items if len(items) > 1 else None  # (`de A et de B`: the parser reads two)
        position = _item_end(name) + 1
    return None


def _preposition_of(word: Token) -> str | None:
    """The preposition a word's phrase opens with, contractions undone (`aux Philippines`: `à`)."""
    case = next((c for c in word.children if c.dep_ in L.CASE_MARKERS and c.i < word.i), None)
    return None if case is None else WORDS.CONTRACTIONS.get(case.lower_.rstrip("'’"), case.lower_.rstrip("'’"))


def _opens_the_sentence(word: Token) -> bool:
    """Whether a word is the sentence's first, but for an opening quotation mark (a name tagged a noun there)."""
    return word.is_sent_start or word.i > 0 and word.doc[word.i - 1].is_sent_start and word.doc[word.i - 1].is_punct


def _day_taken_for_the_root(day: Token) -> Token | None:
    """`Mardi, Valtek et Brimex ont racheté Orvane` parsed with the day the root, the first name its conjunct and the
    verb its conjunct: a bare day opening the sentence, set off by a comma, says when the verb's act happened (the
    verb, returned)."""
    doc = day.doc
    if day.dep_ != L.ROOT or day.i + 1 >= len(doc) or doc[day.i + 1].text != "," or \
            not _opens_the_sentence(day) or \
            not WORDS.DATE_WORDS.fullmatch(day.text):
        return None
    return next((c for c in day.children if c.dep_ in L.CONJUNCTS and c.pos_ in {"VERB", "AUX"}), None)


def _closes_an_opening_phrase(comma: Token) -> bool:
    """Whether a comma closes the phrase a sentence opens with: a preposition's phrase or a date, without a verb
    (`Pendant le sommet,`, `Lors des élections,`, `Mardi,`)."""
    sentence = comma.sent
    words = [t for t in sentence.doc[sentence.start:comma.i] if not t.is_punct]
    return bool(words) and (words[0].pos_ == "ADP" or words[0].dep_ in L.CASE_MARKERS or WORDS.DATE_WORDS.fullmatch(
        " ".join(t.text for t in words)) is not None) and not any(t.pos_ in {"VERB", "AUX"} or t.text == ","
                                                                 for t in words)


def _item_end(name: Token) -> int:
    """Where a list item's words end: the words right after its name that hang on it (`la Caroline du Sud`), up to
    the next comma or coordinator, and a gloss in brackets after them (`Toronto (deux succursales)`)."""
    end, doc = name.i, name.doc
    while end + 1 < len(doc) and doc[end + 1].text != "," and doc[end + 1].pos_ != "CCONJ" and \
            doc[end + 1].dep_ not in L.CONJUNCTS | L.APPOSITIONS and name.is_ancestor(doc[end + 1]):
        end += 1
    if end + 1 < len(doc) and doc[end + 1].text == "(":
        end = next((i for i in range(end + 2, min(end + 2 + MAX_REACH, len(doc))) if doc[i].text == ")"), end)
    return end


def _mend_list(first: Token, items: list[tuple[Token, Token | None]]) -> None:
    """Hang a list's items on its first name, the coordinator on its item. A list with its verb's subject among the
    items is that subject (unless its verb is in the singular), and starts after a name with a preposition of its own
    (`En France, A et B ont signé`); a
    phrase the parser hung on an item after the list as its conjunct (`…, selon un responsable`) goes on the first
    name's head, where its preposition sets it."""
    subject = next((name for name, _ in items if name.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS), None)
    if subject is not None and first.dep_ not in L.SUBJECTS | L.PASSIVE_SUBJECTS:
        if any(c.dep_ in L.CASE_MARKERS for c in first.children):
            (first, _), items = items[0], items[1:]
        if not items:
            return
        verb, role = subject.head, subject.dep_
        if "Sing" in verb_group_start(verb).morph.get("Number") or not _reroot(verb, first, items):
            return  # (a verb of one: `X a rencontré A et B a signé …`, B alone its subject)
        first.head, first.dep_ = verb, role
    if len(items) < 1 + (subject is None):  # (a list of two is mended only as a subject: `A et B ont signé`)
        return
    listed = {name for name, _ in items}
    for name, coordinator in items:
        for stray in [c for c in name.children if c.dep_ in L.CONJUNCTS | L.APPOSITIONS and c not in listed and
                      c.i > items[-1][0].i and any(g.dep_ in L.CASE_MARKERS for g in c.children)]:
            stray.head, stray.dep_ = first.head, L.UD_MODIFIER
        name.head, name.dep_ = first, L.UD_CONJUNCT
        if coordinator is not None:
            coordinator.head, coordinator.dep_ = name, L.UD_COORDINATOR


def _reroot(verb: Token, first: Token, items: list[tuple[Token, Token | None]]) -> bool:
    """Make a list's verb the root when the parser hung it under the list, from a root that is the list's first name
    (`Paul X, Marie Y et Tom Z ont rejoint`: the words after the list go on the verb) or a place set before it (`En
    Écosse, A, B et C sont des villes`: the place goes on the verb); False if the tree is another shape."""
    listed = {first, *(name for name, _ in items)}
    if verb in listed or not listed & set(verb.ancestors):
        return verb not in listed
    root = [verb, *verb.ancestors][-1]
    if root in listed - {first} or root != first and not any(c.dep_ in L.CASE_MARKERS for c in root.children):
        return False
    after = [c for c in root.children if c.i > items[-1][0].i and c != verb] if root == first else []
    before = [c for c in root.children if c.i < first.i and (c.is_punct or case_word(c) or  # (`Pendant le sommet, A
              WORDS.DATE_WORDS.fullmatch(c.text))] if root == first else []  # et B ont signé`: the verb's phrase)
    verb.head, verb.dep_ = verb, L.ROOT
    for child in after + before:
        child.head = verb
    for phrase in (c for c in before if not c.is_punct):
        phrase.dep_ = L.UD_MODIFIER
    if root != first:
        root.head, root.dep_ = verb, L.UD_MODIFIER
    return True


def _event_after_a_day(noun: Token) -> Token | None:
    """`a mené mardi des frappes sur Gaza` parsed with `frappes` a complement of the day and `des` its preposition: a
    noun right after a bare day after a verb that makes or tells events, opened by `des` or `du`, is the verb's object
    and that word its article, when the verb has none (but `s'est emparé mardi des armes`, `a parlé lundi des
    élections`: the preposition of the verb's `de`). The article, or None."""
    day, opening = noun.head, noun.doc[noun.left_edge.i]
    verb = day.head
    if noun.pos_ != "NOUN" or noun.dep_ not in L.NOUN_MODIFIERS or opening.i != day.i + 1 or \
            opening.head != noun or opening.dep_ not in L.CASE_MARKERS or opening.lower_ not in {"des", "du"} or \
            day.dep_ not in L.MODIFIER_OBLIQUES or not WORDS.DATE_WORDS.fullmatch(day.text) or \
            verb.pos_ != "VERB" or verb.lemma_.lower() not in WORDS.AGENTIVE_VERBS or \
            any(c.dep_ in L.OBJECTS for c in verb.children):
        return None
    return opening


def _toll_as_oblique(count: Token) -> bool:
    """`a fait au moins douze morts mardi à X` parsed with `morts` an oblique: the dead or injured a verb of tolls
    counts, with no preposition, are its object."""
    verb = count.head
    return count.dep_ in L.MODIFIER_OBLIQUES and count.lemma_.lower() in WORDS.DEATH_TOLL_WORDS | \
        WORDS.INJURY_TOLL_WORDS and not case_word(count) and verb.lemma_.lower() in WORDS.TOLL_VERBS and \
        not children(verb, L.OBJECTS) and bool(children(count, L.NUMERIC_MODIFIERS))


def _hearer_after_apposition(phrase: Token) -> Token | None:
    """`a déclaré Paul X, porte-parole de Y, à l'AFP` parsed with `à l'AFP` on the title: a phrase of a hearer's
    preposition set off by a comma after the title apposed to a speech verb's subject is whom the verb tells (the
    verb, which has no hearer of its own)."""
    title = phrase.head
    if phrase.dep_ not in L.NOUN_MODIFIERS or case_word(phrase) not in WORDS.HEARER_CASES or \
            title.dep_ not in L.APPOSITIONS or title.head.dep_ not in L.SUBJECTS or \
            phrase.doc[phrase_start(phrase).i - 1].text != ",":
        return None
    verb = title.head.head
    told = any(case_word(c) in WORDS.HEARER_CASES for c in verb.children if c.dep_ not in L.SUBJECTS)
    return verb if verb.lemma_.lower() in WORDS.SPEECH_VERBS and not told else None


def _speaker_apposed_to_hearer(name: Token) -> Token | None:
    """`», a déclaré à l'AFP Jane Doe, porte-parole de X` parsed with the speaker apposed to the hearer: a name set
    right after a speech verb's hearer with no comma between is not that hearer's but the verb's subject, set after
    it (the verb, which has no subject of its own, returned)."""
    hearer = name.head
    verb = hearer.head
    if name.dep_ not in L.APPOSITIONS or name.pos_ != "PROPN" or hearer.dep_ not in L.OBLIQUES or \
            case_word(hearer) not in WORDS.HEARER_CASES or verb.lemma_.lower() not in WORDS.SPEECH_VERBS or \
            not verb.i < hearer.i < name.i or name.doc[name.left_edge.i - 1].is_punct:
        return None
    return None if any(c.dep_ in L.SUBJECTS for c in verb.children) else verb


def _second_party(member: Token) -> Token | None:
    """`La fusion entre Renault et Nissan a été approuvée` parsed with `Nissan` a second subject of the verb (or a
    conjunct of `fusion`): `entre` takes two members, so a noun or name right after `entre A et`, where A has no
    conjunct yet, is A's."""
    doc = member.doc
    if member.pos_ not in {"NOUN", "PROPN"}:
        return None
    start = next((t.i for t in member.subtree if not t.is_punct and t.pos_ != "CCONJ"), member.i)
    if start < 3 or doc[start - 1].pos_ != "CCONJ":
        return None
    first = name_head(doc[start - 2])
    joint = any(c.dep_ in L.CASE_MARKERS and c.lower_ in WORDS.JOINT_CASES for c in first.children)
    alone = not any(c.dep_ in L.CONJUNCTS for c in first.children)
    return first if joint and alone and member not in first.ancestors else None


def _participle_on_a_bare_reason(participle: Token) -> Token | None:
    """`une enquête pour corruption visant X` parsed with `visant` on `corruption`: a present participle hung on a
    bare noun that `pour` opens under another noun is that noun's (returned)."""
    reason = participle.head
    if participle.dep_ not in L.CLAUSAL_MODIFIERS or "Part" not in participle.morph.get("VerbForm") or \
            "Pres" not in participle.morph.get("Tense") or reason.pos_ != "NOUN" or children(reason, L.DETERMINERS) \
            or reason.head.pos_ != "NOUN" or reason.head.i > reason.i or \
            not any(c.lower_ == "pour" for c in children(reason, L.CASE_MARKERS)):
        return None
    return reason.head


def _participle_after_participle(participle: Token) -> Token | None:
    """`X, spécialisée dans les batteries, basée à Lyon, …` parsed with `basée` an oblique of `spécialisée`: a
    participle set after a comma, on a participle describing a noun, describes that noun too (returned)."""
    head, doc = participle.head, participle.doc
    if participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm") or \
            participle.dep_ not in L.OBLIQUES | L.OBJECTS or head.dep_ not in L.CLAUSAL_MODIFIERS or \
            "Part" not in head.morph.get("VerbForm"):
        return None
    start = phrase_start(participle).i
    return head.head if start > 0 and doc[start - 1].text == "," else None


def _bare_object(name: Token) -> bool:
    """`qui dirige Valtek depuis 2015`, `a rejoint Valtek en 2010`, `a contraint Karvex à vendre` parsed with the
    name an oblique, an adverb or an open complement of the verb: a name right after a verb with no object, with no
    preposition, is its object (not a day: `arrivé Lundi`; nor what a passive or reflexive verb names its subject: `a
    été rebaptisée Orvane`)."""
    verb = name.head
    complement = name.dep_ in L.OPEN_COMPLEMENTS and not any(
        c.dep_ in L.PASSIVE_AUXILIARIES | L.REFLEXIVES for c in verb.children)
    return name.pos_ == "PROPN" and (name.dep_ in L.OBLIQUES | L.ADVERB_MODIFIERS or complement) and \
        name.i == verb.i + 1 and \
        verb.pos_ == "VERB" and not any(c.dep_ in L.CASE_MARKERS for c in name.children) and \
        not any(c.dep_ in L.OBJECTS for c in verb.children) and not WORDS.DATE_WORDS.fullmatch(name.text)


def _verb_of_an_object_hung_on_the_phrase_after(noun: Token) -> Token | None:
    """`La police a interpellé deux hommes après l'attaque` parsed with `hommes` a complement of `attaque` (which may
    be made the object, preposition and all): a noun complement never comes before its noun, so a noun right after a
    verb with no other object, hung on the prepositional phrase that follows it, is that verb's object (the verb,
    returned)."""
    phrase = noun.head
    if noun.dep_ not in L.NOUN_MODIFIERS or phrase.i < noun.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    verb = phrase.head
    if verb.pos_ != "VERB" or noun.left_edge.i != verb.i + 1 or any(c.dep_ in L.CASE_MARKERS for c in noun.children) \
            or not any(c.dep_ in L.CASE_MARKERS and noun.i < c.i for c in phrase.children) or \
            any(c.dep_ in L.OBJECTS and c != phrase for c in verb.children):
        return None
    return verb


#: the noun of an age, as written (`45 ans`): the repairs run before the lemmatizer
AGE_NOUNS = frozenset({"an", "ans"})


def _age_set_off(age: Token) -> Token | None:
    """`Marie Dubois, 45 ans, avocate chez Norvale, a déclaré …` parsed with `45 ans` a second subject or an oblique of
    the verb: an age set off by commas right after a name is the name's; the name's head, if so."""
    doc, start = age.doc, age.left_edge.i
    if age.lower_ not in AGE_NOUNS or not any(c.dep_ in L.NUMERIC_MODIFIERS for c in age.children) or start < 2 or \
            doc[start - 1].text != "," or doc[start - 2].pos_ != "PROPN":
        return None
    name = doc[start - 2]
    while name.dep_ in L.NAME_PARTS and name.head != name:
        name = name.head
    return name if age.head != name else None


def _apposed_after(age: Token, name: Token) -> Token | None:
    """The noun phrase set off by commas after an age (`, avocate chez Norvale,`), which is the name's apposition."""
    doc, comma = age.doc, age.i + 1  # (the parser may have hung the noun on the age: its subtree runs on)
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    end = next((t.i for t in doc[comma + 1:] if t.text == ","), None)
    if end is None:  # (not set off: no comma closes it)
        return None
    heads = [t for t in doc[comma + 1:end] if not comma < t.head.i < end]
    return heads[0] if len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].head != name else None


def _last_name_word(name: Token) -> int:
    """The index of a name's last word, the parser hanging its other words on its first (`Durand` of `Paul Durand`)."""
    return max([name.i, *(c.i for c in name.children if c.dep_ in L.NAME_PARTS)])


def _subject_of_a_copula_set_off(name: Token) -> bool:
    """`Paul Roy, 62 ans, est directeur de Valtek`, `Jane Doe, 45 ans, est native de Lyon` parsed with the name a bare
    oblique or an unlabelled word of the predicate: a name set off by commas from the copula of the predicate after
    it, which has no subject, is its subject."""
    predicate, doc = name.head, name.doc
    if name.pos_ != "PROPN" or name.dep_ not in L.MODIFIER_OBLIQUES | L.UNLABELLED or case_word(name) or \
            predicate.pos_ not in {"NOUN", "ADJ"} or predicate.i < name.i:
        return False
    copula = next(iter(children(predicate, L.COPULAS)), None)
    end = _last_name_word(name) + 1
    return copula is not None and name.i < copula.i and doc[end].text == "," and doc[copula.i - 1].text == "," and \
        end < copula.i - 1 and not children(predicate, L.SUBJECTS | L.PASSIVE_SUBJECTS)


def _subject_set_off(name: Token) -> Token | None:
    """`Vinalys, un fournisseur d'électricité, a annoncé …`, `Orvane, une entreprise de Lyon, a été rachetée …`,
    `Orvane, l'une des filiales de Valtek, emploie …` parsed with the name as a bare oblique of the verb and the noun
    (or the `l'un de` standing for one) between commas as its subject: the name is the subject, the noun its
    apposition."""
    verb, doc = name.head, name.doc
    if not _bare_name_oblique(name) or verb.pos_ not in {"VERB", "AUX"} or WORDS.DATE_WORDS.fullmatch(name.text) or \
            name.right_edge.i + 1 >= len(doc) or doc[name.right_edge.i + 1].text != ",":
        return None
    return next((s for s in verb.children if s.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and
                 s.left_edge.i == name.right_edge.i + 2 and
                 (s.pos_ == "NOUN" or _partitive_pronoun(s)) and s.right_edge.i + 1 < verb.i and
                 doc[s.right_edge.i + 1].text == "," and
                 not children(s, L.CONJUNCTS) and len(children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS)) == 1),
                None)  # (`Valtek, la police, l'armée et les pompiers ont …`: a list)


def _subject_taken_by_a_participle_set_off(subject: Token) -> Token | None:
    """`Jane Doe, née à Lyon en 1950, a étudié à Paris` parsed with the name the subject of the participle set off
    after it, and the participle on the verb: a participle without auxiliary set off by commas right after its
    subject describes it, and the subject is the verb's (returned) when the verb after the participle has none."""
    participle, doc = subject.head, subject.doc
    end = participle.right_edge.i + 1
    if subject.dep_ not in L.SUBJECTS or participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm") \
            or not subject.i < participle.i - 1 or doc[participle.i - 1].text != "," or end >= len(doc) or \
            doc[end].text != "," or children(participle, L.AUXILIARIES | L.PASSIVE_AUXILIARIES):
        return None
    before = doc[participle.i - 2]  # (the subject's last word)
    if before != subject and not subject.is_ancestor(before):
        return None
    verb = participle.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i > end and participle.dep_ in L.ADVERBIAL_CLAUSES and \
        not children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS) else None


def _move_on_a_session(move: Token) -> Token | None:
    """`Le CAC 40 a terminé la séance en hausse de 1,2 %` parsed with the move and its amount complements of
    `séance`, the verb's object: the session says when, and the move is the verb's (the verb, returned)."""
    session = move.head
    verb = session.head
    if move.dep_ not in L.NOUN_MODIFIERS or move.lemma_.lower() not in WORDS.MOVEMENT_DIRECTIONS or \
            session.lemma_.lower() not in WORDS.SESSION_NOUNS or session.dep_ not in L.OBJECTS or \
            verb.lemma_.lower() not in WORDS.MOVEMENT_GOVERNORS:
        return None
    return verb


def _subject_after_a_fronted_phrase(subject: Token) -> Token | None:
    """`Selon Reuters, Valtek serait en discussions …`, `D'après l'agence Reuters, Valtek …` parsed with the name a
    complement of the phrase the sentence opens with (made its subject, or an unlabelled word), or `Pour Paul Roy,
    Valtek doit …` with the name its conjunct (with no coordinator): a noun or a name right after the comma closing
    that phrase, with no preposition, before a verb without a subject, is its subject; the phrase is the verb's (the
    verb, returned)."""
    phrase, doc = subject.head, subject.doc
    verb = phrase.head
    uncoordinated = subject.dep_ in L.CONJUNCTS and not children(subject, L.COORDINATORS)
    if not (subject.dep_ in L.NOUN_MODIFIERS | L.APPOSITIONS or uncoordinated) or \
            subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = next((t for t in subject.subtree if not t.is_punct), subject)  # (the comma may hang on it)
    if case_word(subject) or not case_word(phrase) or first.i < 2 or doc[first.i - 1].text != "," or \
            not _closes_an_opening_phrase(doc[first.i - 1]) or doc[first.i - 2] not in phrase.subtree or \
            phrase.dep_ not in L.SUBJECTS | L.OBLIQUES | L.UNLABELLED or verb.i < subject.right_edge.i or \
            verb.pos_ not in {"VERB", "AUX", "NOUN", "ADJ"} or \
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and c != phrase for c in verb.children):
        return None
    return verb


#: the pronouns that stand for one of a kind (`l'un des fondateurs`)
PARTITIVE_PRONOUNS = frozenset({"un", "une"})


def _partitive_pronoun(word: Token) -> bool:
    """`l'une des filiales`: a pronoun standing for one of the nouns its `de` phrase names."""
    return word.pos_ == "PRON" and word.lower_ in PARTITIVE_PRONOUNS and any(  # (read before the lemmas are)
        c.pos_ == "NOUN" and case_word(c) == "de" for c in children(word, L.NOUN_MODIFIERS))


def _subject_with_its_relative(name: Token) -> bool:
    """`Valtek, qui a racheté Orvane, emploie 500 personnes`, `Orvane, rachetée par Valtek, emploie …` parsed with the
    name as a bare oblique of a verb that has no subject: a name whose relative or participle clause is set off by
    commas right before the verb is its subject."""
    verb, doc = name.head, name.doc
    return _bare_name_oblique(name) and verb.pos_ in {"VERB", "AUX"} and name.i < verb.i and any(
        c.dep_ in L.RELATIVE_CLAUSES or _is_participle(c) and c.dep_ in L.CLAUSAL_MODIFIERS for c in name.children
    ) and doc[name.right_edge.i + 1].text == "," and \
        verb_group_start(verb).i == name.right_edge.i + 2 and not children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS)


def _subject_s_own_word(word: Token) -> Token | None:
    """`Le constructeur automobile américain Tesla a ouvert …`, `le quotidien Le Soir appartient à …` parsed with the
    adjective and the name as further subjects of the verb: an adjective or a name (with its own article) written
    right after a determined noun subject is that noun's."""
    verb, subjects = word.head, L.SUBJECTS | L.PASSIVE_SUBJECTS
    named = word.pos_ == "PROPN" or word.pos_ == "NOUN" and word.is_title  # (inside the sentence: a title's word)
    if not (named or word.pos_ == "ADJ") or word.dep_ not in subjects or word.i > verb.i or \
            children(word, L.COORDINATORS | L.PUNCTUATION):  # (`A, B et C ont …`: a list)
        return None
    return next((s for s in verb.children if s.dep_ in subjects and s.pos_ == "NOUN" and s.i < word.i and
                 children(s, L.DETERMINERS) and all(t.pos_ == "ADJ" or t.head == word and t.dep_ in L.DETERMINERS
                                                    for t in word.doc[s.i + 1:word.i])), None)


def _apposed_second_subject(noun: Token) -> Token | None:
    """`Paul X, le fils de Y, a été arrêté` parsed with the noun between commas as a second subject of the verb:
    the name before it, which the verb has as its subject, is what the noun describes."""
    verb, doc, subjects = noun.head, noun.doc, L.SUBJECTS | L.PASSIVE_SUBJECTS
    if noun.pos_ != "NOUN" or noun.dep_ not in subjects or noun.left_edge.i < 2 or \
            doc[noun.left_edge.i - 1].text != "," or noun.right_edge.i + 1 >= verb.i or \
            doc[noun.right_edge.i + 1].text != "," or doc[noun.right_edge.i + 2].pos_ in {"DET", "NOUN", "PROPN"}:
        return None  # (`X, la police, l'armée et …`: a list)
    return next((s for s in verb.children if s.dep_ in subjects and s.pos_ == "PROPN" and
                 s.right_edge.i == noun.left_edge.i - 2), None)


#: adverbs that open a preposition with `de` (`lors de`, `auprès de`), which the parser often makes an adverb
#: with the noun hung on it
PREPOSITION_ADVERBS = frozenset({"lors", "auprès", "près", "hors"})
#: nouns that open a preposition with `à` (`face à`, `grâce à`, `suite à`), which the parser may take for nouns
PREPOSITION_NOUNS = frozenset({"face", "grâce", "suite"})
#: `de` as written (the repairs run before the lemmatizer)
DE_FORMS = frozenset({"de", "d'", "d’", "du", "des"})
#: `que` as written, which ends a conjunction (`parce que`, `alors que`)
QUE_FORMS = frozenset({"que", "qu'", "qu’"})
#: `à` and its contractions with the article
A_FORMS = frozenset({"à", "au", "aux"})
#: the plural indefinite article before an adjective, as written
INDEFINITE_DE = frozenset({"de", "d'", "d’"})
#: `ici`, which makes one preposition of time with `de` before it (`d'ici 2025`)
HERE = "ici"
#: nouns that make one preposition with the word before them and `de` after them (`au sein de X`, `au cours de X`,
#: `aux côtés de X`, `en raison de X`, `en marge de X`, `à côté de X`), which the parser takes for nouns with X their
#: complement: the words before
PREPOSITION_NOUNS_OF = {"sein": A_FORMS, "cours": A_FORMS, "côtés": A_FORMS, "côté": A_FORMS, "bord": A_FORMS,
                        "milieu": A_FORMS, "lieu": A_FORMS, "raison": frozenset({"en"}), "marge": frozenset({"en"})}


def _adverbial_preposition(adverb: Token) -> Token | None:
    """`tués lors d'une attaque` parsed with `attaque` under the adverb `lors`: the noun the preposition opens."""
    if adverb.lower_ not in PREPOSITION_ADVERBS or adverb.dep_ not in L.ADVERB_MODIFIERS or \
            adverb.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((n for n in adverb.children if n.pos_ in {"NOUN", "PROPN"} and n.i > adverb.i and any(
        c.dep_ in L.CASE_MARKERS and c.lower_ in DE_FORMS and c.i == adverb.i + 1 for c in n.children)), None)


def _by_when(here: Token) -> Token | None:
    """`d'ici 2025`, `d'ici à 2026`, `d'ici la fin de l'année` parsed with `ici` an adverb on the noun before (`2 000
    postes d'ici`): `d'ici` (`d'ici à`) is one preposition, opening the time after it."""
    doc = here.doc
    after = here.i + 1 + (here.i + 2 < len(doc) and doc[here.i + 1].lower_ in A_FORMS)
    if here.lower_ != HERE or here.i == 0 or doc[here.i - 1].lower_ not in INDEFINITE_DE or after >= len(doc):
        return None
    after = doc[after]
    when = after.head if after.pos_ == "DET" and after.head.i > after.i else after
    return when if when.pos_ in {"NUM", "NOUN", "PROPN"} else None


def _end_of_a_range(day: Token) -> Token | None:
    """`dans la nuit de samedi à dimanche`, `de lundi à vendredi` parsed with the last day on the verb: a day after
    `à` right after a day after `de` ends the range that day opens (that day, returned; `_mend_range`)."""
    marks = [c for c in day.children if c.dep_ in L.CASE_MARKERS]
    if day.dep_ not in L.OBLIQUES | L.NOUN_MODIFIERS or len(marks) != 1 or marks[0].lower_ not in A_FORMS or \
            marks[0].i == 0 or not names_a_date(day, WORDS):
        return None
    start = day.doc[marks[0].i - 1]
    opening = [c for c in start.children if c.dep_ in L.CASE_MARKERS]
    if start.head == day or not names_a_date(start, WORDS) or [c.lower_ for c in opening] not in (["de"], ["du"]) \
            or day.head == start and (start.head.pos_ == "VERB" or start.head.lower_ in WORDS.TIME_NOUNS):
        return None  # (a range read whole)
    return start


def _mend_range(end: Token, start: Token) -> None:
    """The range's last day goes on its first, and what the parser hung on it to the verb (`de samedi à dimanche à
    Marseille`: where, the verb's); a range is when the verb's act happens, not a complement of its object (`a
    bloqué le port de lundi à vendredi`), but for a time's (`dans la nuit de samedi à dimanche`)."""
    verb = next((a for a in end.ancestors if a.pos_ == "VERB" or children(a, L.COPULAS)), None)  # (or the
    # predicate a copula's clause has for its verb: `a été gouverneur de 1946 à 1952`)
    if verb is not None:
        for phrase in [c for c in end.children if c.dep_ in L.NOUN_MODIFIERS]:
            phrase.head, phrase.dep_ = verb, L.UD_MODIFIER
        if start.head != verb and start.head.lower_ not in WORDS.TIME_NOUNS:
            start.head, start.dep_ = verb, L.UD_MODIFIER
    end.head, end.dep_ = start, L.UD_NOUN_MODIFIER


def _quote_mark_taken_for_a_word(mark: Token) -> Token | None:
    """`a qualifié le plan d'« inacceptable »` parsed with `«` the complement `d'` opens: an opening quotation mark
    given a word's place is punctuation of the word right after it (returned)."""
    doc = mark.doc
    if mark.text not in QUOTE_MARKS or mark.dep_ in L.PUNCTUATION or mark.i + 1 >= len(doc) or \
            doc[mark.i + 1].is_punct:
        return None
    return doc[mark.i + 1]


def _noun_a_quoted_title_follows(title: Token) -> Token | None:
    """The common noun right before the quotation mark opening `title`, where the parser made the title a second
    object of the verb (`a remporté le prix Goncourt pour son roman « Les Ombres »`)."""
    start = title.left_edge.i
    if title.dep_ not in L.OBJECTS or start < 2 or title.doc[start - 1].text not in QUOTE_MARKS:
        return None
    noun, verb = title.doc[start - 2], title.head
    other = any(c.dep_ in L.OBJECTS and c != title for c in verb.children)
    return noun if noun.pos_ == "NOUN" and other and noun.head == verb else None


def _verb_spelt_as_an_adjective(word: Token) -> bool:
    """`le ministre dément avoir reçu …` tagged with `dément` the adjective: a present form spelt as an adjective,
    right after the noun it is hung on and right before an infinitive, is that noun's verb."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else word
    return word.lower_ in WORDS.VERB_FORMS_SPELT_AS_ADJECTIVES and word.pos_ in {"ADJ", "ADV"} and \
        word.head.i < word.i and word.head.pos_ in {"NOUN", "PROPN"} and "Inf" in after.morph.get("VerbForm")


def _mend_verb_spelt_as_an_adjective(verb: Token) -> None:
    """Make the word the clause's verb: the noun it was hung on its subject, the infinitive after it (the participle
    its `avoir` is the auxiliary of) its open complement, and the clause's former root one of them."""
    subject, after = verb.head, verb.doc[verb.i + 1]
    complement = after.head if after.pos_ == "AUX" and after.head.i > after.i else after
    root = next((t for t in verb.sent if t.dep_ == L.ROOT), verb)
    verb.pos_, verb.dep_, verb.head = "VERB", L.ROOT, verb
    verb.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    subject.head, subject.dep_ = verb, L.UD_SUBJECT
    complement.head, complement.dep_ = verb, L.UD_OPEN_COMPLEMENT
    if root not in (subject, complement, verb):
        root.head, root.dep_ = verb, L.UD_PARATAXIS


def _phrase_on_a_body_part(phrase: Token) -> Token | None:
    """`blessés à la tête à Kaboul`, `blessé à la jambe lors de l'attaque` parsed with the place or the event a
    complement of the part of the body: one takes no complement but whose it is (`de`), so a phrase hung on one that
    is a verb's oblique, or the adverb opening it, is the verb's (returned)."""
    part, verb = phrase.head, phrase.head.head
    written = part.lower_  # (no lemmas yet: `jambes`)
    if written not in WORDS.BODY_PARTS and written.removesuffix("s") not in WORDS.BODY_PARTS or \
            part.dep_ not in L.OBLIQUES or verb.pos_ != "VERB" or phrase.i < part.i:
        return None
    if phrase.dep_ in L.NOUN_MODIFIERS and case_word(phrase) not in {"", *WORDS.OF_CASES} or \
            phrase.dep_ in L.ADVERB_MODIFIERS and phrase.lower_ in PREPOSITION_ADVERBS:
        return verb
    return None


def _compound_preposition(noun: Token) -> Token | None:
    """`ministre au sein du gouvernement X`, `blessé au cours d'une manifestation` parsed with the noun after `au` an
    oblique and what follows `de` its complement: the complement (returned), introduced by the three words as one
    preposition."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else noun
    if noun.lower_ not in PREPOSITION_NOUNS_OF or before.lower_ not in PREPOSITION_NOUNS_OF[noun.lower_] or \
            before.head != noun or noun.dep_ == L.ROOT:
        return None
    return next((c for c in noun.children if c.i > noun.i and c.dep_ in L.NOUN_MODIFIERS and any(
        d.dep_ in L.CASE_MARKERS and d.lower_ in DE_FORMS and d.i == noun.i + 1 for d in c.children)), None)


def _bare_date_on_a_verb_s_noun(day: Token) -> Token | None:
    """`a fermé ses portes jeudi à Montréal` parsed with `jeudi` on `portes`: a day or a month, with no preposition,
    hung on the bare noun right before it that the verb governs is when the verb happened (the verb, returned; not
    in a date, `le 24 octobre`, nor on a phrase of its own, `depuis son arrivée mercredi`)."""
    noun = day.head
    if day.pos_ != "NOUN" or day.dep_ not in L.NOUN_MODIFIERS or day.i != noun.i + 1 or case_word(day) or \
            noun.pos_ != "NOUN" or case_word(noun) or noun.dep_ not in L.OBJECTS | L.OBLIQUES or \
            noun.head.pos_ != "VERB" or WORDS.DATE_WORDS is None or not WORDS.DATE_WORDS.fullmatch(day.text):
        return None
    return noun.head


#: articles written as `de` and its contractions, which the tagger often takes for prepositions (`des vannes`)
ARTICLES_LIKE_PREPOSITIONS = INDEFINITE_DE | {"des", "du"}


def _object_read_as_oblique(noun: Token) -> bool:
    """`X, dont …, fabrique des vannes` parsed with `vannes` an argument phrase introduced by `des`: a noun after its
    verb with an article and no preposition is the object of a verb that has none."""
    verb = noun.head
    return noun.dep_ in L.OBLIQUES and verb.pos_ == "VERB" and noun.i > verb.i and not case_word(noun) and \
        not any(c.dep_ in L.OBJECTS for c in verb.children)


def _cleft_clause(verb: Token) -> bool:
    """`C'est Valtek qui a remporté le contrat` parsed with the clause an unlabelled dependent of the name: the clause
    `qui` opens after the focus of a cleft sentence (`c'est X`, `ce sont X et Y`) is the focus's relative clause."""
    focus = verb.head
    return verb.dep_ in L.UNLABELLED and verb.i > focus.i and \
        any(c.lower_ in WORDS.RELATIVE_PRONOUNS and c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children) \
        and any(c.dep_ in L.COPULAS for c in focus.children) and \
        any(c.lower_ in WORDS.CLEFT_PRONOUNS and c.i < focus.i for c in focus.children)


def _object_after_a_phrase(noun: Token) -> Token | None:
    """`a rencontré mardi à Berlin la chancelière` parsed with `chancelière` a bare modifier of the verb, `a adopté
    mardi en première lecture le projet de loi` with `projet` a modifier of `lecture`: a noun with an article and no
    preposition, right after another phrase of a verb that has no object, is its object (the verb, returned), unless
    it says when (`est arrivé mardi à Berlin la veille`)."""
    phrase = noun.head if noun.dep_ in L.NOUN_MODIFIERS and noun.head.dep_ in L.OBLIQUES else None
    verb = noun.head if phrase is None else phrase.head
    if noun.dep_ not in L.MODIFIER_OBLIQUES and phrase is None or noun.pos_ != "NOUN" or verb.pos_ != "VERB" or \
            noun.i < verb.i or noun.lower_ in WORDS.TIME_NOUNS or names_a_date(noun, WORDS) or case_word(noun) or \
            children(noun, L.COPULAS | L.SUBJECTS):  # (a clause of its own: `… X est un collège`)
        return None
    start = noun.left_edge.i
    if noun.doc[start].is_punct:
        return None  # (`…, le programme de X,`: an apposition set off)
    phrases = [phrase] if phrase is not None else [c for c in verb.children if c.dep_ in L.OBLIQUES]
    ends_before = any(max(t.i for t in p.subtree if t.i < start) == start - 1 for p in phrases if p.i < start)
    return verb if any(c.dep_ in L.DETERMINERS and "Art" in c.morph.get("PronType") for c in noun.children) and \
        ends_before and not any(c.dep_ in L.OBJECTS | L.CLAUSE_COMPLEMENTS | L.OPEN_COMPLEMENTS |
                                L.PASSIVE_AUXILIARIES and not _bare_day(c) for c in verb.children) else None


def _mend_object_after_a_phrase(noun: Token, verb: Token) -> None:
    """Make `noun` the verb's object (a day the parser made one says when: `a annoncé lundi dans un communiqué la
    fermeture de X`), with the phrases the parser hung after it on the phrase before it (`en première lecture le
    projet de loi sur l'immigration`: `sur l'immigration` on `lecture`)."""
    phrase = noun.head
    for day in [c for c in verb.children if c.dep_ in L.OBJECTS and _bare_day(c)]:
        day.dep_ = L.UD_MODIFIER
    noun.head, noun.dep_ = verb, L.UD_OBJECT
    if phrase != verb:
        for child in [c for c in phrase.children if c.i > noun.i and c.dep_ in L.NOUN_MODIFIERS]:
            child.head = noun


def _indefinite_subject(noun: Token) -> Token | None:
    """`De fortes pluies ont provoqué des inondations` parsed with `pluies` an oblique introduced by `de`: a noun
    opened by `de` and an adjective, before a verb that has no subject, is that verb's subject and `de` its article
    (the `de` that `des` becomes before an adjective)."""
    verb, doc = noun.head, noun.doc
    de = doc[noun.left_edge.i]
    if noun.dep_ not in L.MODIFIER_OBLIQUES or verb.pos_ not in {"VERB", "AUX"} or noun.i > verb.i or \
            de.lower_ not in INDEFINITE_DE or de.head != noun or de.dep_ not in L.CASE_MARKERS or \
            doc[de.i + 1].pos_ != "ADJ" or doc[de.i + 1].head != noun or \
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children):
        return None
    return de


def _preposition_opened_by_a_noun(noun: Token) -> Token | None:
    """`s'est imposé face à Marseille`, `d'après X` parsed with `face` and `à` (`d'` and `après`) as two prepositions
    of `Marseille`: the preposition right after another one (or a noun that is one) goes on it, as the rest of one
    preposition (`face à`, `d'après`)."""
    doc = noun.doc
    if noun.dep_ not in L.CASE_MARKERS or noun.i + 1 >= len(doc):
        return None
    after = doc[noun.i + 1]
    return after if after.dep_ in L.CASE_MARKERS and after.head == noun.head else None


def _noun_opening_a_preposition(noun: Token) -> Token | None:
    """`s'est imposé 3-1 face au FC Nantes` parsed with `face` a bare noun of the verb (here counting the score)
    and `au` the only preposition of `FC Nantes`: a noun that opens a preposition with `à`, bare, right before `à`
    and its noun, is that preposition (the noun, returned; not a support verb's object: `fait face à`)."""
    doc = noun.doc
    if noun.lower_ not in PREPOSITION_NOUNS or noun.dep_ not in L.MODIFIER_OBLIQUES | L.NOUN_MODIFIERS | L.UNLABELLED \
            or noun.i + 1 >= len(doc) or any(c.dep_ in L.DETERMINERS | L.CASE_MARKERS for c in noun.children):
        return None
    after = doc[noun.i + 1]
    if after.lower_ in A_FORMS and after.dep_ in L.FIXED and after.head == noun:  # (`face à` glued, the noun on it)
        return next((t for t in doc[after.i + 1:after.i + 3] if t.head == noun and t.pos_ in {"NOUN", "PROPN"}), None)
    target = after.head
    return target if after.lower_ in A_FORMS and after.dep_ in L.CASE_MARKERS and target.i > after.i and \
        target.head in (noun, noun.head) else None


def _becoming_predicate(noun: Token) -> bool:
    """`X devient présidente de Y`, `X est restée directrice de Y` parsed with the noun an object or an oblique of
    the verb: a common noun with no preposition after a verb of becoming or remaining is its predicate, unless it
    counts (`il reste trois jours`) or the verb's subject is impersonal (`il reste des questions`). (A name stays
    the object: `X devient Black Hills Corporation` says what X is now called.)"""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.text.islower() and noun.dep_ in L.OBJECTS | L.OBLIQUES and verb.i < noun.i and \
        verb.lemma_ in WORDS.BECOMING_VERBS and \
        not any(c.dep_ in L.CASE_MARKERS | L.NUMERIC_MODIFIERS for c in noun.children) and \
        not any(c.dep_ in L.IMPERSONAL_SUBJECTS for c in verb.children)


def _unknown_name(token: Token) -> bool:
    """`directrice de Valtek` with `Valtek` tagged a common noun (`… sont Valtek et Orvane` a verb): a capitalised
    word no vector knows, not opening its sentence, is a proper name (a word the model learnt from has a vector)."""
    return token.pos_ in {"NOUN", "VERB"} and token.is_oov and token.text[:1].isupper() and not token.is_sent_start


def _name_split_in_two(word: Token) -> Token | None:
    """`interrogé sur France Inter` parsed with `Inter` an open complement of the verb: a capitalised proper noun
    right after another, hung on the same word as an open complement, unlabelled or a bare oblique (`face à Brimex
    United`, `United` tagged a foreign word), is the last word of that name (whose head is returned); an apposition or
    a complement is not (`le Premier ministre de l'Inde Narendra X`)."""
    doc = word.doc
    bare_oblique = word.dep_ in L.MODIFIER_OBLIQUES and not case_word(word)
    if word.pos_ not in {"PROPN", "X"} or word.i == 0 or not (
            word.dep_ in L.OPEN_COMPLEMENTS | L.UNLABELLED or bare_oblique) or \
            not word.is_title or any(c.dep_ not in L.NAME_PARTS for c in word.children):
        return None
    before = doc[word.i - 1]
    name = before if before.dep_ not in L.NAME_PARTS else before.head
    return name if before.pos_ == "PROPN" and before.is_title and name.head == word.head and name != word.head \
        and name.dep_ not in L.SUBJECTS | L.PASSIVE_SUBJECTS else None


def _acronym_tagged_pronoun(token: Token) -> bool:
    """`Valtek, AWS et Orvane` with `AWS` tagged a pronoun: a word of capitals that is no pronoun written in
    capitals (`IL`, `ELLE` are stop words) is an acronym, a name."""
    return token.pos_ == "PRON" and len(token.text) > 1 and token.text.isupper() and not token.is_stop


def _active_subject(subject: Token) -> bool:
    """`Valtek a racheté Norvale`, `L'explosion s'est produite jeudi à Lyon` parsed with a passive subject: a verb
    with neither a passive auxiliary nor the `se` of a passive, finite or in a compound tense (`a racheté`), is
    active."""
    verb = subject.head
    labels = {c.dep_ for c in verb.children}
    return subject.dep_ in L.PASSIVE_SUBJECTS and not labels & (L.PASSIVE_AUXILIARIES | L.PASSIVE_REFLEXIVES) and (
        "Fin" in verb.morph.get("VerbForm") or bool(labels & L.AUXILIARIES))


def _predicate_complement(token: Token) -> bool:
    """`X est présidente de la Commission européenne` parsed with `de la Commission` an argument of the clause: a
    `de` argument of a copula's noun is the noun's complement (a noun takes no arguments)."""
    noun = token.head
    return token.dep_ in L.ARGUMENT_OBLIQUES and noun.pos_ == "NOUN" and noun.i < token.i and \
        any(c.dep_ in L.COPULAS for c in noun.children) and \
        any(c.dep_ in L.CASE_MARKERS and c.lower_ in DE_FORMS for c in token.children)


def _day_on_a_noun(day: Token) -> Token | None:
    """`interpellé par la police mardi`, `a frappé le sud de la Turquie lundi` parsed with `mardi` a complement of
    `police`: a bare day right after a verb's agent or object (or a name in it), or deep in an oblique's or an
    object's phrase (`a relevé ses taux de 0,25 point jeudi`), or after a score (`a battu X 3-1 samedi`), hung on it,
    says when the verb's act happened (the verb, returned)."""
    noun = day.head
    place = noun.pos_ == "PROPN" and noun.dep_ in L.NOUN_MODIFIERS  # (a name: the NER has not run yet)
    argument = noun.head if place else noun  # (`le sud de la Turquie lundi`: the day of the object, `sud`)
    # (`blessés à Kaboul lundi`, `entretenu avec Marie Martin à Genève lundi`: a name says no time of its own; the
    # day is the verb's)
    placed = noun.dep_ in L.OBLIQUES | L.AGENTS and noun.pos_ in {"NOUN", "PROPN"} and noun.text[:1].isupper()
    verb = argument.head
    before = day.doc[day.i - 1]  # (right after the noun's phrase, `le sud de la Turquie lundi`, with no comma or
    # clause between, whose verb it may be)
    if day.dep_ not in L.NOUN_MODIFIERS or not (before == noun or noun.is_ancestor(before)) or before.is_punct or \
            any(t.pos_ in {"VERB", "AUX"} for t in day.doc[noun.i + 1:day.i]) or argument == verb or \
            any(c.dep_ in L.CASE_MARKERS for c in day.children) or not day.is_alpha or \
            not WORDS.DATE_WORDS.fullmatch(day.text) or WORDS.DATE_WORDS.search(noun.text) or \
            not place and not placed and noun.pos_ != "NOUN" and not WORDS.SCORES.fullmatch(noun.text):
        return None  # (not the month of a day, `le 24 octobre`)
    if argument.dep_ in L.AGENTS | L.OBJECTS or placed:
        return verb if verb.pos_ == "VERB" else None
    top = argument  # `tué dans une frappe d'un drone vendredi`, `condamné à dix ans de prison vendredi`: a day in an
    while top.dep_ in L.NOUN_MODIFIERS and top.head.pos_ == "NOUN":  # oblique's phrase is the verb's too
        top = top.head
    timed = top == argument and any(c.dep_ in L.CASE_MARKERS and c.lower_ in WORDS.TIME_CASES for c in top.children)
    return top.head if top.dep_ in L.OBLIQUES | L.OBJECTS and top.head.pos_ == "VERB" and not timed else None  # (but
    # `depuis son arrivée mercredi`: the arrival's)


def _complement_across_a_noun(phrase: Token) -> Token | None:
    """`nommée lundi présidente de Karvex` parsed with `de Karvex` a complement of `lundi`, across `présidente`: a
    noun's complement is written inside that noun's phrase, so one whose arc passes over a noun its head does not
    govern, right before it, is that noun's (returned)."""
    head = phrase.head
    if phrase.dep_ not in L.NOUN_MODIFIERS or head.i > phrase.i or phrase.left_edge.i == 0 or \
            not any(c.dep_ in L.CASE_MARKERS for c in phrase.children):
        return None
    before = phrase.doc[phrase.left_edge.i - 1]
    crossed = before.i > head.i and before.pos_ == "NOUN" and not head.is_ancestor(before)
    return before if crossed and not phrase.is_ancestor(before) else None


def _phrase_on_a_day(phrase: Token) -> Token | None:
    """`est mort dimanche à Sao Paulo`, `nommée lundi à la tête de X`, `est mort il y a deux semaines à Lyon` parsed
    with the phrase a complement of the day: a day takes no complement but `de` and a time (`lundi de Pâques`, `lundi
    de la semaine prochaine`), so a phrase with another preposition, or `de` and a determined noun (`s'est emparé lundi
    de la ville`), hung on a bare day (or a time ago, an age, a year: `né en 1950 à Marseille`, a time: `tué dans la
    nuit à Lyon`, `de samedi à dimanche à X`, or a score: `s'est imposée 3-1 face à l'Italie`) that says when or how a
    verb's act happened, is the verb's (returned)."""
    day = phrase.head
    verb = day.head
    cases = [c.lower_ for c in phrase.children if c.dep_ in L.CASE_MARKERS]
    of_a_time = phrase.lower_ in WORDS.TIME_NOUNS or not any(c.dep_ in L.DETERMINERS for c in phrase.children) or \
        day.lower_ in WORDS.TIME_NOUNS  # (`la saison de la ligue`: a noun of a time takes any `de` complement)
    if phrase.dep_ not in L.NOUN_MODIFIERS | L.MODIFIER_OBLIQUES or phrase.i < day.i or not cases or \
            cases[0] in WORDS.OF_CASES and of_a_time or \
            not (_bare_day(day) or _time_ago(day) or _an_age(day) or _a_year(day) or
                 WORDS.SCORES.fullmatch(day.text) or _a_time_phrase(day)) or \
            verb.pos_ != "VERB" and not (verb.pos_ == "ADJ" and _an_age(day)):  # (`mort à l'âge de …`: the
        return None  # tagger takes the participle for an adjective)
    return verb


def _post_after_a_day(noun: Token) -> Token | None:
    """`a été élue dimanche présidente du conseil régional`, `est devenu lundi ministre` parsed with the post a
    complement of the day: a day takes no bare noun, so a noun with neither article nor preposition right after a
    bare day on a verb is what the verb makes its subject (the verb, returned)."""
    day = noun.head
    verb = day.head
    if not _bare_noun(noun) or noun.dep_ not in L.NOUN_MODIFIERS or noun.i != day.i + 1 or not _bare_day(day) or \
            verb.pos_ != "VERB" or WORDS.DATE_WORDS.fullmatch(noun.text) or \
            noun.lower_ in WORDS.TIME_NOUNS:  # (`dimanche matin`)
        return None
    return verb


def _a_time_phrase(phrase: Token) -> bool:
    """`dans la nuit`, `jusqu'à dimanche`: a verb's phrase of a time or a day, with its preposition, not counted."""
    return phrase.dep_ in L.OBLIQUES and not any(c.dep_ in L.NUMERIC_MODIFIERS for c in phrase.children) and (
        phrase.lower_ in WORDS.TIME_NOUNS or phrase.is_alpha and bool(WORDS.DATE_WORDS.fullmatch(phrase.text)) and
        not any(c.dep_ in L.DETERMINERS for c in phrase.children))  # (`à dix ans de prison avec sursis`: how long)


def _participle_spelt_as_a_noun(word: Token) -> bool:
    """`X, élu maire de Lyon en 2020` tagged with `élu` the noun (an elected official): a participle spelt as a noun
    (`PARTICIPLES_SPELT_AS_NOUNS`), with a bare noun right after it hung on it, is the participle of its verb."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else word
    return word.pos_ == "NOUN" and word.lower_ in WORDS.PARTICIPLES_SPELT_AS_NOUNS and after.head == word and \
        _bare_noun(after)


def _bare_post_after_a_participle(noun: Token) -> bool:
    """`réélu maire de Lyon`, `élu maire` parsed with the post a complement of the participle: a participle takes no
    noun complement without a preposition, so a bare noun right after one is what it makes its subject."""
    participle = noun.head
    return noun.dep_ in L.NOUN_MODIFIERS and participle.pos_ == "VERB" and noun.i == participle.i + 1 and \
        "Part" in participle.morph.get("VerbForm") and _bare_noun(noun)


def _bare_noun(noun: Token) -> bool:
    """A noun with neither article nor preposition, which a day or a participle takes only as a post."""
    return noun.pos_ == "NOUN" and not any(c.dep_ in L.DETERMINERS | L.CASE_MARKERS for c in noun.children)


def _an_age(phrase: Token) -> bool:
    """`à l'âge de 81 ans` on a verb: how old someone was, which takes no place (`mort à l'âge de 81 ans à X`)."""
    return phrase.dep_ in L.OBLIQUES and phrase.lower_ in WORDS.AGE_NOUNS  # (as written: no lemmas yet)


def _a_year(phrase: Token) -> bool:
    """`en 1950` on a verb: a year, which takes no complement but a date (`en 1950 à Marseille`: where, the verb's)."""
    return phrase.dep_ in L.MODIFIER_OBLIQUES and phrase.like_num and len(phrase.text) == 4 and \
        case_word(phrase) == "en"


def _time_ago(phrase: Token) -> bool:
    """`il y a deux semaines` on a verb: a time phrase, which takes no complement either (an hour, `12h30 à
    Montréal`, is no phrase of words)."""
    words = phrase.doc[phrase.left_edge.i:phrase.i + 1].text
    return phrase.dep_ in L.MODIFIER_OBLIQUES and phrase.is_alpha and phrase.left_edge != phrase and \
        WORDS.DATE_WORDS.fullmatch(words) is not None


def _date_as_conjunct(date: Token) -> Token | None:
    """`quittera ses fonctions l'an prochain` parsed with `l'an prochain` a conjunct of the object: a date with no
    coordinator or comma before it is no second object but when the verb's act happens (the verb, returned)."""
    argument = date.head
    before = date.doc[date.left_edge.i - 1] if date.left_edge.i else date
    if date.dep_ not in L.CONJUNCTS or not names_a_date(date, WORDS) or before.is_punct or before.pos_ == "CCONJ" or \
            any(c.dep_ in L.COORDINATORS | L.CASE_MARKERS for c in date.children):
        return None
    verb = argument.head
    return verb if argument.dep_ in L.OBJECTS | L.OBLIQUES and verb.pos_ == "VERB" else None


def _score_of_a_verb(score: Token) -> Token | None:
    """`s'est imposé 2-0 face à X`, `a battu X 3-1 dimanche` parsed with the score the object, or a determiner or a
    number of the noun after it: a score says by how much the verb's act was won (the verb, returned)."""
    if not WORDS.SCORES.fullmatch(score.text):  # (the cheap test first: it is asked of every word)
        return None
    verb = next((a for a in score.ancestors if a.pos_ == "VERB"), None)
    return None if verb is None or score.head == verb and score.dep_ in L.MODIFIER_OBLIQUES else verb


def _participle_set_off_after_an_argument(participle: Token) -> Token | None:
    """`X a remporté 54 % des voix, battant le maire sortant`: a present participle set off by a comma after a
    verb's object or phrase, which the parser hangs on it, says what the verb's subject did along with it (the verb,
    returned)."""
    argument = participle.head
    if participle.dep_ not in L.CLAUSAL_MODIFIERS or "Pres" not in participle.morph.get("Tense") or \
            "Part" not in participle.morph.get("VerbForm") or participle.doc[participle.i - 1].text != "," or \
            argument.dep_ not in L.OBJECTS | L.OBLIQUES or argument.i > participle.i:
        return None
    return argument.head if argument.head.pos_ == "VERB" else None


def _amount_or_date_on_an_adjective(phrase: Token) -> Token | None:
    """`a relevé ses taux directeurs de 0,25 point jeudi` parsed with `de 0,25 point` and `jeudi` on `directeurs`: an
    amount or a date the parser hung on an adjective after its noun is the noun's (returned)."""
    adjective = phrase.head
    if phrase.dep_ not in L.NOUN_MODIFIERS or adjective.pos_ != "ADJ" or adjective.dep_ not in L.ADJECTIVE_MODIFIERS \
            or not adjective.head.i < adjective.i < phrase.i:
        return None
    is_amount = grammar_of(phrase.doc).is_amount
    amount = is_amount(phrase) or any(is_amount(c) for c in phrase.children if c.dep_ in L.ADJECTIVE_MODIFIERS)
    return adjective.head if amount or WORDS.DATE_WORDS.fullmatch(phrase.text) else None


def _date_taken_for_a_modifier(word: Token) -> bool:
    """`a tué 26 personnes dimanche` with `dimanche` tagged a participle (of `dimancher`), or a noun's clause: a
    day's or a month's name in lower case is a noun, and one hung on a noun its complement."""
    return (word.pos_ in {"VERB", "ADJ"} or word.dep_ in L.ADJECTIVE_MODIFIERS | L.CLAUSAL_MODIFIERS) and \
        word.is_alpha and word.is_lower and WORDS.DATE_WORDS.fullmatch(word.text) is not None


def _bare_day(day: Token) -> bool:
    """A day written bare on a verb (`est mort dimanche`), which the parser may make its predicate or its object."""
    return day.dep_ in L.MODIFIER_OBLIQUES | L.OPEN_COMPLEMENTS | L.OBJECTS and day.is_alpha and \
        WORDS.DATE_WORDS.fullmatch(day.text) is not None and \
        not any(c.dep_ in L.DETERMINERS | L.CASE_MARKERS for c in day.children)  # (not an hour: `12h30 à Montréal`)


def _fronted_participle_subject(noun: Token) -> Token | None:
    """`Fondé par X, le journal Y compte …` parsed with `le journal` apposed to the agent and the verb without a
    subject: a noun set off after the agent of a participle opening the sentence is the subject of the verb the
    participle hangs on (the participle, returned), which the participle describes."""
    agent, doc = noun.head, noun.doc
    participle = agent.head
    verb = participle.head
    if noun.dep_ not in L.APPOSITIONS or agent.dep_ not in L.AGENTS or participle.i != participle.sent.start or \
            "Part" not in participle.morph.get("VerbForm") or verb == participle or verb.pos_ not in {"VERB", "AUX"} \
            or verb.i < noun.i or doc[noun.left_edge.i - 1].text != "," or \
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children):
        return None
    return participle


def _verb_taken_for_a_name_s_modifier(verb: Token) -> Token | None:
    """`Après avoir racheté Brimex, Valtek prévoit de vendre Karvex` parsed with the opening clause the root and
    `prévoit` an adjective of `Valtek`: a finite verb right after a name set off by a comma from a clause with no
    finite verb that opens the sentence is the sentence's verb, the name its subject (the name, returned)."""
    name, doc = verb.head, verb.doc
    root, words = verb.sent.root, [name, *children(name, L.NAME_PARTS)]
    if verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm") or verb.dep_ not in L.ADJECTIVE_MODIFIERS or \
            name.pos_ != "PROPN" or root in (verb, name) or root.i > name.i or \
            any("Fin" in t.morph.get("VerbForm") for t in (root, *children(root, L.AUXILIARIES))) or \
            root.left_edge.i != verb.sent.start or min(t.i for t in words) != name.left_edge.i or \
            doc[name.left_edge.i - 1].text != "," or max(t.i for t in words) != verb.i - 1:
        return None  # (`…, notamment le Parti progressiste du Canada`: an adjective the tagger took for a verb)
    return name


def _mend_verb_taken_for_a_name_s_modifier(verb: Token, name: Token) -> None:
    """The verb is the root, the name its subject, the opening clause its adverbial clause (with what follows the
    verb)."""
    root = verb.sent.root
    verb.head, verb.dep_ = verb, L.ROOT
    name.head, name.dep_ = verb, L.UD_SUBJECT
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb
    root.head, root.dep_ = verb, L.UD_ADVERBIAL_CLAUSE


def _name_taken_for_a_second_agent(name: Token) -> Token | None:
    """`Interrogé par l'AFP, Paul Durand, porte-parole de Valtek, a refusé …` parsed with the name a second agent of
    the participle: a name with no preposition of its own after the comma ending the agent's phrase of a participle
    opening the sentence is the subject of the verb the participle hangs on (the verb, returned)."""
    participle, doc = name.head, name.doc
    verb = participle.head
    if name.pos_ != "PROPN" or name.dep_ not in L.AGENTS or any(c.dep_ in L.CASE_MARKERS for c in name.children) or \
            participle.i != participle.sent.start or "Part" not in participle.morph.get("VerbForm") or \
            doc[name.left_edge.i - 1].text != "," or verb == participle or verb.pos_ not in {"VERB", "AUX"} or \
            verb.i < name.i or not any(c.dep_ in L.AGENTS and c.i < name.i for c in participle.children):
        return None
    return verb


def _mend_name_taken_for_a_second_agent(name: Token, verb: Token) -> None:
    """Make the name the verb's subject, and the noun the parser made that subject, set off right after the name,
    the name's apposition."""
    apposed = next((s for s in verb.children if s.dep_ in L.SUBJECTS and s.pos_ == "NOUN" and
                    s.left_edge.i == name.right_edge.i + 2 and name.doc[name.right_edge.i + 1].text == ","), None)
    name.head, name.dep_ = verb, L.UD_SUBJECT
    if apposed is not None:
        apposed.head, apposed.dep_ = name, L.UD_APPOSITION


def _clause_of_a_subject_after_que(noun: Token) -> Token | None:
    """`Le titre a chuté parce que Valtek, premier employeur de la région, a annoncé …` parsed with the subject a bare
    oblique of the main verb and its own verb a subjectless parataxis: a noun or a name right after the `que` of a
    conjunction, with no preposition, is the subject of the next verb hung on the same verb with only its
    auxiliaries and a noun set off by commas (an apposition, wherever the parser hung it) between them (that verb,
    returned)."""
    doc, main = noun.doc, noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in L.OBLIQUES or main.pos_ not in {"VERB", "AUX"} or \
            any(c.dep_ in L.CASE_MARKERS for c in noun.children):
        return None
    words = [t for t in noun.subtree if t.dep_ not in L.MARKERS and t.head.dep_ not in L.MARKERS]  # (`parce que`
    start, end = words[0].i, words[-1].i  # hung on the noun)
    if start == 0 or doc[start - 1].lower_ not in QUE_FORMS:
        return None
    verb = next((t for t in doc[end + 1:noun.sent.end] if t.pos_ == "VERB"), None)
    if verb is None or verb.head != main or verb.dep_ not in L.PARATAXES | L.CONJUNCTS or \
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children):
        return None
    between = [t for t in doc[end + 1:verb.i] if t.pos_ != "PUNCT" and not (t.pos_ == "AUX" and t.head == verb)]
    tops = [t for t in between if t.head not in between]
    set_off = not between or doc[end + 1].text == "," and all(
        t.pos_ in {"NOUN", "PROPN"} and (t.head == noun or t.head == main and t.dep_ in L.OBLIQUES | L.APPOSITIONS)
        for t in tops)
    return verb if set_off else None


def _mend_clause_of_a_subject_after_que(noun: Token, verb: Token) -> None:
    """Make the noun the verb's subject, the verb a clause of the main verb, and the conjunction's words its."""
    main = noun.head
    for marker in [c for c in noun.children if c.dep_ in L.MARKERS]:
        marker.head = verb
    noun.head, noun.dep_ = verb, L.UD_SUBJECT
    verb.head, verb.dep_ = main, L.UD_ADVERBIAL_CLAUSE


def _participle_taken_for_a_noun(word: Token) -> bool:
    """`Arrêté en 2019 à Marseille, Paul Durand a …` tagged with `Arrêté` a noun: a capitalised word opening its
    sentence with a past participle's ending (not a noun of quality: `Sécurité`), no determiner (a French noun has
    one), its phrase ending at a comma after which the verb it hangs on has its subject, is that participle."""
    doc = word.doc
    end = word.right_edge.i + 1
    verb = word.head
    return word.pos_ == "NOUN" and word.i == word.sent.start and word.text[:1].isupper() and \
        _spelt_as_a_participle(word) and not WORDS.DATE_WORDS.fullmatch(word.text) and \
        not any(c.dep_ in L.DETERMINERS | L.CASE_MARKERS for c in word.children) and \
        end < word.sent.end and doc[end].text == "," and verb.pos_ in {"VERB", "AUX"} and verb.i > end and \
        any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and c.i > end for c in verb.children)


def _participle_taken_for_the_object_of_its_auxiliary(word: Token) -> bool:
    """`accuse X d'avoir violé le cessez-le-feu` tagged with `violé` a noun, the object of the infinitive `avoir`: a
    word with a past participle's ending right after an infinitive `avoir` or `être`, its object with no determiner,
    is that participle, and the infinitive its auxiliary."""
    auxiliary = word.head
    return word.pos_ == "NOUN" and word.dep_ in L.OBJECTS and auxiliary.i == word.i - 1 and \
        auxiliary.lower_ in WORDS.INFINITIVE_AUXILIARIES and _spelt_as_a_participle(word) and \
        not any(c.dep_ in L.DETERMINERS for c in word.children)


def _mend_participle_after_its_auxiliary(participle: Token) -> None:
    """The participle takes its auxiliary's place, with what hung on it (`d'`, the object after the participle)."""
    auxiliary = participle.head
    _make_participle(participle)
    if auxiliary.dep_ == L.ROOT:
        participle.head, participle.dep_ = participle, L.ROOT
    else:
        participle.head, participle.dep_ = auxiliary.head, auxiliary.dep_
    for child in [c for c in auxiliary.children if c != participle]:
        child.head = participle
    auxiliary.head, auxiliary.dep_, auxiliary.pos_ = participle, L.UD_TENSE_AUXILIARY, "AUX"


def _gapped_participle(word: Token) -> bool:
    """`Trois personnes ont été tuées et cinq blessées dans une explosion` tagged with `blessées` a noun (or parsed
    with `une vingtaine` its count): a count and a word with a past participle's ending, coordinated with a passive
    verb, are a participle with its auxiliary left out, and the count its subject."""
    verb = word.head
    participle = word.pos_ == "NOUN" and _spelt_as_a_participle(word) or word.pos_ == "VERB" and \
        "Part" in word.morph.get("VerbForm") and not any(c.dep_ in L.AUXILIARIES for c in word.children)
    return participle and word.dep_ in L.CONJUNCTS and verb.pos_ == "VERB" and word.i > verb.i and \
        any(c.dep_ in L.PASSIVE_AUXILIARIES for c in verb.children) and \
        any(c.dep_ in L.NUMERIC_MODIFIERS and c.i < word.i for c in word.children) and \
        not any(c.dep_ in L.DETERMINERS for c in word.children)


def _spelt_as_a_participle(word: Token) -> bool:
    """Whether a word has a past participle's ending (not a noun of quality's: `sécurité`)."""
    return word.lower_.endswith(WORDS.PAST_PARTICIPLE_ENDINGS) and not word.lower_.endswith("ité")


def _make_participle(word: Token) -> None:
    """Tag a word the tagger took for a noun a past participle (the lemmatizer, run after, lemmatises it as one)."""
    word.pos_, word.tag_ = "VERB", "VERB"
    word.morph = MorphAnalysis(word.doc.vocab, {"Tense": "Past", "VerbForm": "Part"})


def _mend_gapped_participle(participle: Token) -> None:
    """The word is a participle, its count the subject; the phrases after it, shared with the verb before (which
    has none after it), go on that verb."""
    verb = participle.head
    if participle.pos_ != "VERB":  # (one the tagger called a verb keeps its agreement)
        _make_participle(participle)
    for count in (c for c in participle.children if c.dep_ in L.NUMERIC_MODIFIERS and c.i < participle.i):
        count.dep_ = L.UD_PASSIVE_SUBJECT
    if not any(c.dep_ in L.OBLIQUES and c.i > verb.i and c.i < participle.i for c in verb.children):
        for phrase in (c for c in participle.children if c.dep_ in L.NOUN_MODIFIERS and case_word(c)):
            phrase.head, phrase.dep_ = verb, L.UD_MODIFIER


def _mend_phrases_of_a_participle(participle: Token) -> None:
    """A participle taken for a noun has its phrases taken for a noun's: a prepositional phrase or a date is the
    verb's, a bare noun right after it what it makes its subject (`Élu président du parti le 15 mai, X …`)."""
    for phrase in children(participle, L.NOUN_MODIFIERS):
        if phrase.i == participle.i + 1 and phrase.pos_ == "NOUN" and not case_word(phrase) and \
                not children(phrase, L.DETERMINERS):
            phrase.dep_ = L.UD_OPEN_COMPLEMENT
        elif case_word(phrase) or WORDS.DATE_WORDS.search(" ".join(t.text for t in phrase.subtree)):
            phrase.dep_ = L.UD_MODIFIER


def _mend_fronted_participle(participle: Token) -> None:
    """`Fondée par X, Orvane emploie …`, `Rachetée par X en 2019, Orvane a fermé …` parsed with the participle as the
    root and the clause after the comma hung on it: a participle opening its sentence describes the subject of the
    finite verb after its comma, which is the root, with the noun phrase between them its subject."""
    doc, sentence = participle.doc, participle.sent
    if participle.i != sentence.start or participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm"):
        return
    comma = next((t.i for t in doc[participle.i:sentence.end] if t.text == ","), None)
    verb = next((t for t in doc[comma + 1:sentence.end] if t.pos_ == "VERB"), None) if comma is not None else None
    if verb is None or not participle.is_ancestor(verb):
        return
    first = verb_group_start(verb)
    if "Fin" not in first.morph.get("VerbForm"):
        return
    between = doc[comma + 1:first.i]
    heads = [t for t in between if not comma < t.head.i < first.i]
    if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN"} or \
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS and c != heads[0] for c in verb.children):
        return  # (the clause's own subject, if the parser found it, is that noun phrase)
    verb.head, verb.dep_ = verb, L.ROOT
    participle.head, participle.dep_ = verb, L.UD_ADVERBIAL_CLAUSE
    heads[0].head, heads[0].dep_ = verb, L.UD_SUBJECT


#: `ainsi que` as written, a coordinator the parser takes for an adverb and a conjunction
AS_WELL_AS, AS_WELL_AS_THAT = "ainsi", frozenset({"que", "qu'", "qu’"})


def _mend_as_well_as(adverb: Token) -> None:
    """`Valtek ainsi qu'Orvane ont signé …`, `a racheté X ainsi que Y` parsed with `ainsi` an adverb of the verb and
    the second member a bare dependent of it or of the verb: the member after `ainsi que` is coordinated with the
    noun before it (and a verb the parser hung on that noun as its conjunct is the root, the noun its subject)."""
    if adverb.lower_ != AS_WELL_AS:  # (the cheap test first: every token of every parse is asked)
        return
    doc, sentence = adverb.doc, adverb.sent
    que = next((c for c in adverb.children if c.dep_ in L.FIXED and c.lower_ in AS_WELL_AS_THAT), None)
    if que is None or que.i != adverb.i + 1 or adverb.i == sentence.start or que.i + 1 >= sentence.end:
        return
    first = name_head(doc[adverb.i - 2] if doc[adverb.i - 1].text == "," and adverb.i - 2 >= sentence.start else
                      doc[adverb.i - 1])
    second = name_head(doc[que.i + 1])
    if first.pos_ not in {"NOUN", "PROPN"} or second.pos_ not in {"NOUN", "PROPN"} or second.is_ancestor(first) or \
            second.head == first:
        return
    verb = next((c for c in first.children if c.dep_ in L.CONJUNCTS and c.pos_ == "VERB" and c.i > second.i), None)
    if first.head == first and verb is not None and not any(c.dep_ in L.SUBJECTS for c in verb.children):
        verb.head, verb.dep_ = verb, L.ROOT  # (the verb first made the root: no step makes a cycle)
        first.head, first.dep_ = verb, L.UD_SUBJECT
    second.head, second.dep_ = first, L.UD_CONJUNCT
    adverb.head, adverb.dep_ = second, L.UD_COORDINATOR


def _mend_rooted_name(name: Token) -> None:
    """`Orvane, filiale de Valtek, fabrique des batteries`, `Valtek, qui emploie 300 salariés, avait fermé son usine`
    parsed with the name as the root and the finite verb after its apposition's or relative clause's closing comma
    hung on it (a parataxis or a conjunct) or inside the clause (even taken for a noun: `…, compte 300 salariés`): the
    verb is the root and the name, with everything up to that comma, its subject."""
    if name.dep_ != L.ROOT or name.pos_ not in {"PROPN", "NOUN"}:
        return  # (the cheap tests first: every root is asked)
    end = _last_name_word(name) + 1  # (after `Paul Durand`)
    if end >= len(name.doc) or name.doc[end].text != ",":
        return
    verb = _verb_after_apposition(name) or _verb_inside_relative(name)
    if verb is None:
        return
    if verb.pos_ == "NOUN":
        _mend_verb_taken_for_a_bare_noun(verb)
    if verb.pos_ == "PROPN":
        _mend_verb_taken_for_a_name(verb)
    for apposed in children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS):  # (between the name's commas: its apposition)
        apposed.head, apposed.dep_ = name, L.UD_APPOSITION
    verb.head, verb.dep_ = verb, L.ROOT  # (the verb first made the root: no step makes a cycle)
    name.head, name.dep_ = verb, L.UD_SUBJECT
    for participle in (c for c in name.children if _is_participle(c)):
        participle.dep_ = L.UD_CLAUSAL_MODIFIER  # (the parser makes it anything: a clause on the name)
    for after in (c for c in name.children if c.i > verb.i):  # (the closing full stop)
        after.head = verb


def _verb_after_apposition(name: Token) -> Token | None:
    """A finite verb hung on a name after the comma closing its apposition (only the apposition and its commas
    between them), with no subject but that apposition (`Paul Durand, l'entraîneur de l'OM, a démissionné` parsed
    with `entraîneur` its subject), or a word in lower case there taken for an apposed name (`Marie Martin, 45 ans,
    dirige Valtek`)."""
    verb = next((c for c in name.children if c.i > name.i and (
        c.dep_ in L.PARATAXES | L.CONJUNCTS and c.pos_ == "VERB" or
        c.dep_ in L.APPOSITIONS and c.pos_ == "PROPN" and c.is_lower)), None)
    if name.pos_ != "PROPN" or verb is None:
        return None
    first, doc = verb_group_start(verb), name.doc
    subjects = children(verb, L.SUBJECTS | L.PASSIVE_SUBJECTS)
    if any(not name.i < s.i < first.i for s in subjects):
        return None
    if "Fin" not in first.morph.get("VerbForm") and verb.pos_ == "VERB" or doc[first.i - 1].text != "," or \
            any(t.head.i >= first.i for t in doc[name.i + 1:first.i] if t.head != name and t not in subjects and not (
                t.is_punct and t.head == verb)):  # (the comma before the verb may hang on it)
        return None
    return verb


def _verb_inside_relative(name: Token) -> Token | None:
    """A subjectless finite verb after a comma, hung inside the relative or participle clause set after a name
    (`Valtek, installée à Grenoble, fabrique des drones`: the participle then goes on the name as its clause;
    `Valtek, qui a son siège à Lyon, fabrique …`, the verb an apposition of `siège`; `Valtek, que Orvane a rachetée
    en 2019, fabrique …`, an adverbial clause of `rachetée` with no conjunction)."""
    clause = next((c for c in name.children if c.i > name.i and (c.dep_ in L.RELATIVE_CLAUSES or _is_participle(c))),
                  None)
    if clause is None:
        return None
    return next((t for t in clause.subtree if t.pos_ == "VERB" and t.i > clause.i and (
        t.dep_ in L.OPEN_COMPLEMENTS | L.CLAUSE_COMPLEMENTS | L.CONJUNCTS | L.PARATAXES | L.APPOSITIONS or
        t.dep_ in L.ADVERBIAL_CLAUSES and not children(t, L.MARKERS)) and  # (an adverbial clause has its `quand`)
        not children(t, L.SUBJECTS | L.PASSIVE_SUBJECTS) and "Fin" in verb_group_start(t).morph.get("VerbForm")
        and name.doc[verb_group_start(t).i - 1].text == ","), None) or next(
        (t for t in clause.subtree if t.i > clause.i and _verb_taken_for_a_bare_noun(t)), None)


def _verb_with_a_subject_taken_for_a_noun(noun: Token) -> bool:
    """`Valtek, qui a racheté Orvane, compte 3 000 salariés` parsed with the subject on `compte`, tagged a noun: a
    common noun in lower case with a subject and a determined complement without preposition after it, but no
    copula nor determiner, is a verb (`Le PSG, leader du championnat, …` is an apposition)."""
    return noun.pos_ == "NOUN" and noun.is_lower and bool(children(noun, L.SUBJECTS)) and \
        not children(noun, L.COPULAS | L.AUXILIARIES | L.DETERMINERS | L.CASE_MARKERS) and _has_a_bare_object(noun)


def _has_a_bare_object(noun: Token) -> bool:
    """Whether a noun has after it a determined or counted noun phrase with no preposition, as a verb's object."""
    return any(c.i > noun.i and c.pos_ == "NOUN" and children(c, L.DETERMINERS | L.NUMERIC_MODIFIERS) and
               not children(c, L.CASE_MARKERS) for c in noun.children)


def _mend_verb_taken_for_a_bare_noun(verb: Token) -> None:
    """The word is a verb in the present, its complements without a preposition after it its objects, and an adverb
    right after it the verb's (`compte désormais 3 000 salariés`)."""
    _make_finite_verb(verb, Tense="Pres")
    for obj in (c for c in verb.children if c.i > verb.i and c.pos_ in {"NOUN", "PROPN"} and
                not children(c, L.CASE_MARKERS)):
        obj.dep_ = L.UD_OBJECT
        for adverb in (a for a in obj.children if a.pos_ == "ADV" and a.i == verb.i + 1):
            adverb.head = verb


def _verb_taken_for_a_bare_noun(noun: Token) -> bool:
    """`Valtek, qui a racheté Orvane en 2019, compte 3 000 salariés` parsed with `compte` a noun apposed inside the
    clause: a common noun in lower case after a comma, with no determiner nor preposition (a French noun has one)
    and a determined complement after it without its own, is the verb it is spelt like."""
    return noun.pos_ == "NOUN" and noun.is_lower and noun.dep_ in L.APPOSITIONS | L.CONJUNCTS | L.PARATAXES and \
        noun.doc[noun.i - 1].text == "," and not children(noun, L.DETERMINERS | L.CASE_MARKERS) and \
        _has_a_bare_object(noun)


def _mend_set_off_relative(relative: Token) -> None:
    """`X, dont Y est le PDG, a racheté Z`, `X, dont le siège est à Lyon, a …`, `X, dont Y détient 30 % du capital,
    a …`: the parser rarely sees the clause `dont` opens after a comma; it hangs it anywhere (its phrases on the main
    verb too), makes the antecedent the root or an oblique of the clause, and the main verb a conjunct. The clause is
    the antecedent's relative clause, with all its words;
    the antecedent is the subject of the finite verb after the clause's closing comma, which is the root; `dont`
    hung on the clause's subject name goes on what the clause's object is of (`30 % du capital`: the capital)."""
    if relative.lower_ not in WORDS.PREPOSITIONAL_RELATIVES:  # (the cheap test first: every token is asked)
        return
    doc, sentence = relative.doc, relative.sent
    antecedent = _word_before_comma(relative)
    if antecedent is None:
        return
    close, tops = _set_off_after(relative)
    end = close if close is not None else sentence.end
    strays = [t for t in tops if t.head.i > end and case_word(t)]  # (`dont le siège est à Lyon, fabrique …`
    tops = [t for t in tops if not t.is_punct and t not in strays]  # parsed with the phrase `à Lyon` on `fabrique`)
    if antecedent.pos_ not in {"NOUN", "PROPN"} or len(tops) != 1 or not (
            tops[0].pos_ in {"VERB", "AUX"} or any(c.dep_ in L.COPULAS for c in tops[0].children)):
        return
    top = tops[0]
    main = next((t for t in doc[end + 1:sentence.end] if t.pos_ == "VERB"), None) if close is not None else None
    fronted = main is not None and not any(t.pos_ in {"VERB", "AUX"} for t in doc[sentence.start:antecedent.i]) and \
        "Fin" in verb_group_start(main).morph.get("VerbForm") and \
        not any(c.dep_ in L.SUBJECTS and c.i > end for c in main.children)
    root = next(t for t in sentence if t.head == t)
    described = root if antecedent.head == root and root.pos_ == "NOUN" else None  # (`le groupe X, dont …`: the
    if fronted and (root in (antecedent, top, main) or described is not None):  # subject is the noun X is of)
        main.head, main.dep_ = main, L.ROOT  # (the main verb first made the root: no step makes a cycle)
        subject = described or antecedent
        subject.head, subject.dep_ = main, L.UD_SUBJECT
    elif top == root or top.is_ancestor(antecedent):
        return  # (a clause the tree cannot take apart without losing its root or making a cycle)
    top.head, top.dep_ = antecedent, L.UD_RELATIVE_CLAUSE
    for stray in strays:
        stray.head = top
    owner = relative.head
    if owner.dep_ in L.SUBJECTS and owner.head == top and owner.text[:1].isupper():  # (a name has no `de`
        # complement: `dont le siège` is the siège's, but `dont Y détient …` what Y holds)
        held = next((o for o in top.children if o.dep_ in L.OBJECTS), None)
        while held is not None and (inner := next((c for c in held.children if c.dep_ in L.NOUN_MODIFIERS and
                                                    case_word(c) == "de"), None)) is not None:
            held = inner
        if held is not None:
            relative.head, relative.dep_ = held, L.UD_NOUN_MODIFIER


def _examples_set_off(marker: Token) -> tuple[Token, Token] | None:
    """`Plusieurs pays, dont la France et l'Allemagne, ont condamné …`, `Cinq soldats, dont un officier, ont été
    tués`: `dont` right after a noun's comma with no verb before the next comma (or the sentence's end) opens
    examples of that noun, not a relative clause. (noun, first example), or None."""
    if marker.lower_ not in WORDS.PREPOSITIONAL_RELATIVES or marker.lower_ not in WORDS.EXAMPLE_MARKERS:
        return None  # (the cheap test first: every token is asked)
    noun = _word_before_comma(marker)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    close, tops = _set_off_after(marker)
    inside = marker.doc[marker.i + 1:close if close is not None else marker.sent.end]
    if any(t.pos_ == "AUX" or t.dep_ in L.COPULAS or t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")
           for t in inside):
        return None  # (`X, dont le siège est à Lyon, …`: a relative clause)
    tops = [t for t in tops if not t.is_punct]
    if len(tops) != 1 or tops[0].pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    return noun, tops[0]


def _mend_set_off_examples(marker: Token) -> None:
    """The examples `dont` opens after a noun's comma hang on that noun, `dont` on the first: the parser makes the
    first a further subject of the main verb (`Cinq soldats, dont un officier, ont été tués`), that noun's relative
    clause, or the subject of the main verb made the noun's relative clause (`Une série d'attaques, dont deux
    attentats, a tué …`), which then takes the noun's phrase as its subject."""
    found = _examples_set_off(marker)
    if found is None:
        return
    noun, example = found
    verb = example.head
    if verb.pos_ == "VERB" and verb.dep_ in L.RELATIVE_CLAUSES and verb.i > example.i and verb.head.i < marker.i \
            and verb.head.head == verb.head and (verb.head == noun or verb.head.is_ancestor(noun)):
        group = verb.head  # (the root: the verb takes its place without making a cycle)
        verb.head, verb.dep_ = verb, L.ROOT
        group.head, group.dep_ = verb, _subject_label(verb)
    elif example.is_ancestor(noun):
        return  # (rehung on the noun, it would make a cycle)
    example.head, example.dep_ = noun, L.UD_NOUN_MODIFIER
    marker.head, marker.dep_ = example, L.UD_NOUN_MODIFIER


def _relative_set_off(pronoun: Token) -> Token | None:
    """`Valtek, qui compte 3 000 salariés, est contrôlée par Y`, `au Kenya, où elle emploie 500 personnes` parsed with
    the clause `qui` or `où` opens an adverbial clause of the main verb: a subject `qui`, or `où`, right after a noun's
    comma opens that noun's relative clause (the noun, which the clause does not hold, returned); an `où` clause
    has a subject of its own."""
    verb = pronoun.head
    if not (pronoun.lower_ == "qui" and pronoun.dep_ in L.SUBJECTS or pronoun.lower_ in WORDS.PLACE_RELATIVES and
            any(c.dep_ in L.SUBJECTS | L.PASSIVE_SUBJECTS for c in verb.children)) or \
            verb.dep_ in L.RELATIVE_CLAUSES | {L.ROOT}:
        return None
    antecedent = _word_before_comma(pronoun)
    return antecedent if antecedent is not None and antecedent.pos_ in {"NOUN", "PROPN"} and \
        not verb.is_ancestor(antecedent) else None


def _phrase_on_a_name_part(phrase: Token) -> Token | None:
    """`a accusé Tom Hale de fraude` parsed with `de fraude` on `Hale`: a phrase the parser hung on a later word of a
    name is the name's (its first word, which the others hang on, returned)."""
    part = phrase.head
    if phrase.dep_ not in L.NOUN_MODIFIERS or part.dep_ != L.UD_FLAT_NAME or not case_word(phrase):
        return None
    return part.head if part.head.pos_ == "PROPN" else None


def _relative_taken_for_the_root(pronoun: Token) -> tuple[Token, Token] | None:
    """`Orvane, qui emploie 300 personnes, a annoncé …` parsed with the relative clause's verb at the root, the name
    its oblique and the main verb its conjunct: a subject `qui` right after the comma of a phrase that opens the
    sentence, whose verb is the root, opens that phrase's relative clause, and the phrase is the subject of the
    finite verb without one after the clause's closing comma ((the phrase's head, the main verb) returned)."""
    verb = pronoun.head
    if pronoun.lower_ != "qui" or pronoun.dep_ not in L.SUBJECTS or verb.head != verb:
        return None
    antecedent = _word_before_comma(pronoun)
    if antecedent is None or antecedent.pos_ not in {"NOUN", "PROPN"} or antecedent.head != verb or \
            antecedent.left_edge.i != pronoun.sent.start:
        return None
    main = next((c for c in children(verb, L.CONJUNCTS) if c.i > verb.i and c.pos_ in {"VERB", "AUX"}), None)
    if main is None or children(main, L.SUBJECTS | L.PASSIVE_SUBJECTS) or \
            "Fin" not in verb_group_start(main).morph.get("VerbForm") or \
            main.doc[verb_group_start(main).i - 1].text != ",":
        return None
    return antecedent, main


def _mend_relative_taken_for_the_root(antecedent: Token, main: Token) -> None:
    """The main verb is the root (made so first: no step makes a cycle), the phrase its subject, the relative clause
    the phrase's, and what the clause's verb had after the main verb (the final stop) the main verb's."""
    relative = antecedent.head
    main.head, main.dep_ = main, L.ROOT
    antecedent.head, antecedent.dep_ = main, _subject_label(main)
    relative.head, relative.dep_ = antecedent, L.UD_RELATIVE_CLAUSE
    for child in [c for c in relative.children if c.i > main.i]:
        child.head = main


def _subject_label(verb: Token) -> str:
    """The label of a subject hung on `verb`: a passive verb's subject is its passive subject."""
    return L.UD_PASSIVE_SUBJECT if any(c.dep_ in L.PASSIVE_AUXILIARIES for c in verb.children) else L.UD_SUBJECT


def _is_participle(token: Token) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _set_off_after(marker: Token) -> tuple[int | None, list[Token]]:
    """What `dont` opens after a comma, up to the next comma (its index, or None: the sentence's end): that index,
    and the words of the span whose head is outside it (or who are their own)."""
    doc, sentence = marker.doc, marker.sent
    close = next((t.i for t in doc[marker.i + 1:sentence.end] if t.text == ","), None)
    inside = range(marker.i + 1, close if close is not None else sentence.end)
    return close, [doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head == doc[i]]


def _word_before_comma(token: Token) -> Token | None:
    """The head of the name or word that ends right before a comma opening `token`'s clause, in its sentence."""
    doc = token.doc
    if token.i - 2 < token.sent.start or doc[token.i - 1].text != ",":
        return None
    return name_head(doc[token.i - 2])


def _verb_taken_for_a_noun(noun: Token) -> bool:
    """`Elle juge « scandaleuses » les informations`, parsed as the noun `juge` with `elle` its determiner: a subject
    pronoun is no determiner, and the word after it is its verb."""
    if noun.pos_ != "NOUN" or noun.i == 0:  # (the cheap tests first: every token is asked)
        return False
    before = noun.doc[noun.i - 1]
    return before.head == noun and before.dep_ in L.DETERMINERS and \
        before.lower_ in WORDS.PERSONAL_PRONOUNS.keys() | WORDS.IMPERSONAL_PRONOUNS


def _complementizer_taken_for_a_determiner(word: Token) -> bool:
    """`a expliqué à X que Valtek allait fermer` parsed with `que` the determiner of `Valtek`: `que` before the
    subject of a clause complement is the clause's conjunction."""
    subject = word.head
    return word.lower_ in WORDS.COMPLEMENTIZERS and word.dep_ in L.DETERMINERS and subject.dep_ in L.SUBJECTS and \
        subject.head.dep_ in L.CLAUSE_COMPLEMENTS and word.i == subject.left_edge.i


def _verb_taken_for_a_name(word: Token) -> bool:
    """`Marie Martin dirige Valtek`, parsed with `dirige` a name between two: a word in lower case heading a subject
    is no name but the subject's verb."""
    return word.pos_ == "PROPN" and word.is_lower and word.dep_ not in L.NAME_PARTS and \
        any(c.dep_ in L.SUBJECTS for c in word.children)


def _mend_verb_taken_for_a_name(verb: Token) -> None:
    """The word is a verb, the name (or the noun) after it its object."""
    _make_finite_verb(verb)
    for child in verb.rights:
        if child.pos_ in {"PROPN", "NOUN"} and (child.dep_ in L.OPEN_COMPLEMENTS | L.APPOSITIONS | L.NAME_PARTS or
                                      child.dep_ in L.NOUN_MODIFIERS and not case_word(child)):
            child.dep_ = L.UD_OBJECT


def _verb_inside_a_name(word: Token) -> bool:
    """`Paul Roy remplace Marie Martin`, `Paul Roy rejoint Valtek` parsed as one name at the root: a word in lower case
    right after a name's words and right before a capitalised one the parser made part of the same name, that is no
    name particle nor a grammatical word, is the verb between two names."""
    name, doc = word.head, word.doc
    if name.dep_ != L.ROOT or name.pos_ != "PROPN" or not word.is_lower or not word.is_alpha or word.is_stop or \
            word.lower_ in WORDS.NAME_PARTICLES or word.i + 1 >= len(doc) or not word.i > name.i:
        return False
    if not (word.pos_ == "PROPN" and word.dep_ in L.NAME_PARTS or word.pos_ == "VERB" and
            word.dep_ in L.CLAUSAL_MODIFIERS):
        return False
    after = doc[word.i + 1]
    return after.pos_ == "PROPN" and after.text[:1].isupper() and after.head == name and after.dep_ in L.NAME_PARTS \
        and all(t.head == name and t.dep_ in L.NAME_PARTS for t in doc[name.i + 1:word.i])


def _name_before_a_verb_taken_for_a_name(word: Token) -> Token | None:
    """`Jane Doe, la fille de Tom Hale, dirige Brimex` parsed with `dirige` a name apposed inside the phrase set off
    after the name at the root (or a finite verb coordinated with that phrase's noun: `Paul Roy, directeur de X,
    critique la réforme`): a word in lower case tagged a name, right after the comma closing that phrase and before
    another word, is the root name's verb (the name, returned). So it is after a name set off after a determined noun
    at the root (`Le mari de Jane Doe, Paul Roy, dirige Valtek`: the noun, returned)."""
    doc, root = word.doc, word.sent.root
    coordinated = word.pos_ == "VERB" and "Fin" in word.morph.get("VerbForm") and word.dep_ in L.CONJUNCTS
    if not (word.pos_ == "PROPN" or coordinated) or not word.is_lower or not word.is_alpha or word.is_stop or \
            word.lower_ in WORDS.NAME_PARTICLES or doc[word.i - 1].text != "," or word.i + 1 >= word.sent.end or \
            doc[word.i + 1].is_punct or root.pos_ not in {"PROPN", "NOUN"} or not root.is_ancestor(word) or \
            root.left_edge.i != word.sent.start:
        return None
    if root.pos_ == "NOUN":  # (the name set off between the noun's phrase and the word)
        comma = next((t.i for t in doc[root.i + 1:word.i - 1] if t.text == ","), None)
        named = any(c.dep_ in L.APPOSITIONS and c.pos_ == "PROPN" and comma is not None and comma < c.i < word.i
                    for c in root.children)
        return root if children(root, L.DETERMINERS) and named else None
    end = root.i
    while end + 1 < word.i and doc[end + 1].head == root and doc[end + 1].dep_ in L.NAME_PARTS:
        end += 1
    return root if end + 2 < word.i and doc[end + 1].text == "," else None


def _mend_verb_inside_a_name(verb: Token) -> None:
    """The word is the root verb, the name's words before it its subject, the capitalised words after it its object
    (a name of their own), and what else the parser hung on the name after the verb is the verb's."""
    name, doc = verb.head, verb.doc
    obj = doc[verb.i + 1]
    for word in doc[obj.i + 1:]:
        if word.head != name or word.dep_ not in L.NAME_PARTS or not word.text[:1].isupper():
            break
        word.head = obj
    _root_verb_after_name(verb, name)
    obj.head, obj.dep_ = verb, L.UD_OBJECT


def _present_taken_for_an_infinitive(word: Token) -> bool:
    """`Karvex négocie avec Brimex` parsed with `négocie` an infinitive hung on the name at the root: a verb tagged an
    infinitive right after a root name's words, with no infinitive's ending nor marker, is the name's verb."""
    name = word.head
    return _present_tagged_an_infinitive(word) and name.dep_ == L.ROOT and name.pos_ in {"PROPN", "NOUN"} and \
        word.i == max((t.i for t in name.subtree if t.i < word.i), default=word.i) + 1 and \
        not children(word, L.MARKERS | L.CASE_MARKERS)


def _present_tagged_an_infinitive(word: Token) -> bool:
    """A verb tagged an infinitive without an infinitive's ending (`négocie`): a finite form."""
    return word.pos_ == "VERB" and "Inf" in word.morph.get("VerbForm") and \
        not word.lower_.endswith(WORDS.INFINITIVE_ENDINGS)


def _clause_after_a_fronted_source(source: Token) -> tuple[Token, Token] | None:
    """`Selon le quotidien Le Monde, Valtek serait sur le point de …`, `D'après des sources proches du dossier, Karvex
    négocie …` parsed with the source's phrase at the root and the clause after its comma hung on it: the name right
    after the comma is the subject of the verb (or of the copula's predicate) after it (subject and predicate)."""
    if source.dep_ != L.ROOT or source.pos_ not in {"NOUN", "PROPN"} or case_word(source) not in WORDS.SOURCE_CASES:
        return None
    doc = source.doc
    comma = next((c for c in source.children if c.text == "," and c.i > source.i), None)
    subject = doc[comma.i + 1] if comma is not None and comma.i + 1 < len(doc) else None
    if subject is None or subject.pos_ != "PROPN" or subject.head != source:
        return None
    end = max(t.i for t in subject.subtree if t.dep_ in L.NAME_PARTS or t == subject)
    predicate = next((t for t in doc[end + 1:source.sent.end] if t.head in (source, subject) and (
        t.pos_ == "VERB" or children(t, L.COPULAS))), None)
    if predicate is None or children(predicate, L.SUBJECTS | L.PASSIVE_SUBJECTS):
        return None
    return subject, predicate


def _mend_clause_after_a_fronted_source(source: Token, subject: Token, predicate: Token) -> None:
    """The predicate is the root (a verb tagged an infinitive without one's ending a finite one), the name its
    subject, the source's phrase its oblique, and what else the parser hung on the phrase after the comma its."""
    if _present_tagged_an_infinitive(predicate):
        _make_finite_verb(predicate)
    predicate.head, predicate.dep_ = predicate, L.ROOT
    source.head, source.dep_ = predicate, L.UD_MODIFIER
    subject.head, subject.dep_ = predicate, L.UD_SUBJECT
    for child in [c for c in source.children if c.i > subject.i]:
        child.head = predicate


def _root_verb_after_name(verb: Token, name: Token) -> None:
    """Make the verb a finite root, the name its subject, and what the parser hung on the name after the verb the
    verb's (a noun's complement a verb's oblique)."""
    _make_finite_verb(verb)
    verb.head, verb.dep_ = verb, L.ROOT
    name.head, name.dep_ = verb, L.UD_SUBJECT
    for child in [c for c in name.children if c.i > verb.i]:
        child.head = verb
        if child.dep_ in L.NOUN_MODIFIERS:
            child.dep_ = L.UD_MODIFIER


def _conjunction_taken_for_a_relative(word: Token) -> bool:
    """`a indiqué qu'elle allait racheter …` parsed with `qu'` a relative pronoun, the object of the clause: `que`
    opening a clause that completes a verb, before the clause's subject, is the conjunction (but after the verb's
    object it is that object's relative pronoun: `divulgue le logiciel qu'il utilise`)."""
    clause = word.head
    return word.lower_ in WORDS.COMPLEMENTIZERS and word.pos_ == "PRON" and word.dep_ in L.OBJECTS and \
        clause.dep_ in L.CLAUSE_COMPLEMENTS and word.i == clause.left_edge.i and \
        any(c.dep_ in L.SUBJECTS and word.i < c.i < clause.i for c in clause.children) and \
        not any(c.dep_ in L.OBJECTS and c.i < word.i for c in clause.head.children)


def _date_hung_on_an_object(date: Token) -> bool:
    """`a perdu 2 millions d'euros l'an dernier` parsed with `l'an dernier` a complement of `millions`: a date with no
    preposition, hung on a verb's object (or argument) right after its words, says when the verb's act happened."""
    obj, before = date.head, date.doc[date.left_edge.i - 1]
    return date.dep_ in L.NOUN_MODIFIERS and date.i > obj.i and not case_word(date) and not before.is_punct and \
        obj.dep_ in L.OBJECTS | L.ARGUMENT_OBLIQUES and obj.head.pos_ == "VERB" and names_a_date(date, WORDS) and \
        obj.pos_ == "NOUN" and not WORDS.DATE_WORDS.search(obj.text)  # (not a date's words: `le 6 avril 2010`)


def _verb_taken_for_a_name_part(word: Token) -> bool:
    """`Paul Roy succède à Marie Martin, qui …` parsed with `succède` a last word of the name at the root: a finite
    verb in lower case hung on a name as a part of it is the name's verb."""
    return word.pos_ == "VERB" and word.dep_ in L.NAME_PARTS and word.is_lower and bool(word.morph.get("Mood")) and \
        word.head.dep_ == L.ROOT and word.head.pos_ == "PROPN"


def _mend_verb_taken_for_a_name_part(verb: Token) -> None:
    """The verb is the root, the name its subject; what the parser hung on the name after the verb is the verb's, but
    a relative clause after a name's comma, which is that name's."""
    name, doc = verb.head, verb.doc
    verb.head, verb.dep_ = verb, L.ROOT
    name.head, name.dep_ = verb, L.UD_SUBJECT
    for child in [c for c in name.children if c.i > verb.i]:
        start = child.left_edge.i
        before = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
        relative = child.dep_ in L.RELATIVE_CLAUSES and before is not None and before.pos_ == "PROPN" and \
            before.i > verb.i
        child.head = name_head(before) if relative else verb


def _participle_coordinated_with_a_predicate(participle: Token) -> Token | None:
    """`X a été reconnu coupable de meurtre et condamné à vingt ans` parsed with `condamné` coordinated with
    `coupable`: a past participle coordinated with what a verb says its subject is, is that verb's conjunct (the
    verb returned)."""
    head = participle.head
    if participle.pos_ != "VERB" or participle.dep_ not in L.CONJUNCTS or "Part" not in participle.morph.get(
            "VerbForm") or head.pos_ not in {"NOUN", "ADJ"} or head.dep_ not in L.OPEN_COMPLEMENTS or \
            head.head.pos_ != "VERB":
        return None
    return head.head


def _verb_of_a_clause_hung_on_its_subject(marker: Token) -> Token | None:
    """`Marie Martin propose que Valtek rachète Orvane` parsed with `que` on the name, the name the clause, and the
    verb after it an infinitive-like complement of the main verb: a `que` hung on a noun whose phrase a verb with no
    subject follows opens that verb's clause, the noun its subject (the verb, if the tree can take it); the verb may
    itself hang on the noun (`a suggéré que Valtek rachète Orvane`, `rachète` a parataxis of `Valtek`)."""
    subject = marker.head
    if marker.lower_ not in WORDS.COMPLEMENTIZERS or marker.dep_ not in L.MARKERS or \
            subject.pos_ not in {"NOUN", "PROPN"} or subject.head == subject:
        return None
    after = max([subject.i, *(t.i for c in subject.children if not (c.pos_ == "VERB" and c.i > subject.i)
                              for t in c.subtree)]) + 1
    verb = marker.doc[after] if after < marker.sent.end else None
    if verb is not None and verb.dep_ in L.COPULAS and verb.head.i > verb.i:
        verb = verb.head  # (`que Valtek était en discussion avec …`: the copula's predicate heads the clause)
    elif verb is not None and verb.pos_ != "VERB":
        return None
    if verb is None or any(c.dep_ in L.SUBJECTS for c in verb.children) or verb.is_ancestor(subject.head) or \
            verb == subject.head:
        return None
    return verb


def _mend_verb_taken_for_a_noun(verb: Token) -> None:
    """The word is a verb in the present, the pronoun its subject, a bare noun complement its object and an adjective
    on it what the verb says of the object."""
    _make_finite_verb(verb, Tense="Pres")
    verb.doc[verb.i - 1].dep_ = L.UD_SUBJECT
    for child in verb.children:
        if child.dep_ in L.NOUN_MODIFIERS and not case_word(child):
            child.dep_ = L.UD_OBJECT
        elif child.dep_ in L.ADJECTIVE_MODIFIERS and child.i > verb.i:
            child.dep_ = L.UD_OPEN_COMPLEMENT


def _make_finite_verb(word: Token, **features: str) -> None:
    """Tag a word the tagger took for a noun or a name an indicative verb (the lemmatizer, run after, lemmatises it as
    one), with any further morphological `features` known."""
    word.pos_, word.tag_ = "VERB", "VERB"
    word.morph = MorphAnalysis(word.doc.vocab, {"Mood": "Ind", "VerbForm": "Fin", **features})


def _mend_unaccusative(verb: Token) -> None:
    """`L'explosion est survenue à Marseille` parsed as a passive: a verb whose compound tenses take `être` with no
    passive sense is active, its `être` a tense auxiliary and its subject a plain one (`a été tué` stays passive)."""
    if verb.lemma_ not in WORDS.UNACCUSATIVE_VERBS:
        return
    auxiliaries = [c for c in verb.children if c.dep_ in L.PASSIVE_AUXILIARIES]
    if not auxiliaries or any(a.lower_ == "été" for a in auxiliaries):
        return
    for child in verb.children:
        if child.dep_ in L.PASSIVE_AUXILIARIES:
            child.dep_ = L.UD_TENSE_AUXILIARY
        elif child.dep_ in L.PASSIVE_SUBJECTS:
            child.dep_ = L.UD_SUBJECT


def _mend_participle(token: Token) -> None:
    if "Part" not in token.morph.get("VerbForm") or "Past" not in token.morph.get("Tense"):
        return
    noun = _agreeing_noun(token)
    if noun is not None:
        token.head = noun
    agent = _hidden_agent(token)
    if agent is not None:
        agent.head, agent.dep_ = token, L.UD_AGENT


@Language.component(FRENCH_REPAIRS)
def mend(doc: Doc) -> Doc:
    """Make a name set off after a determined noun by a comma alone the noun's apposition; make capitalised words the
    model does not know, and acronyms tagged pronouns, names, a day tagged a verb or an adjective a noun (one hung on a
    noun as its clause the noun's complement; an amount or a date hung on a noun's adjective the noun's), and a word in
    lower case taken for a name that heads a subject a verb; hang past participles (and adjectives after a complement,
    and relative clauses of `qui`) on the noun they agree with (a relative clause hung on a verb on the phrase before
    its comma) (and their agent on them), a clause `dont` or a subject `qui` opens after a noun's comma on the noun (and
    the examples `dont` opens there, with no verb of their own, on the noun: `Plusieurs pays, dont la France, ont …`),
    the noun after `ainsi que` on the one before it, a phrase hung on a time ago on its verb, a capitalised name's last
    word taken for an open complement on the name, an adjective hung on the bare day after it on the noun before (and a
    bare post hung on the day on the day's verb, its open complement), a `par` phrase hung on an active verb on the noun
    before it (its agent), a bare post taken for a participle's agent its open complement (and a post `comme` opens
    after the agent the verb's) (and a post tagged a finite verb a noun), a counted participle taken for a noun after a
    passive's conjunction (or parsed with its count its number) a participle (the phrases after it the passive's), a
    root name's main verb hung on it after its apposition (or taken for a name apposed to it), or inside its relative
    clause, on its own (the name its subject), coordinated names on the object (or the agent right before their `et`)
    they are coordinated with, a passive verb's agent on it (and make its subject passive), a second object's name on
    the noun before it, a day taken for a name's word, or a date hung on the verb's argument it ends (`a pris la tête du
    groupe en 2019`) on the verb (and a phrase after the name ending it, but for `de`, `par` or a place: `Paul Roy à
    deux ans de prison`), an object hung on the day before it (or on the phrase after it, or on the verb before an
    infinitive clause that has none, or with a dated phrase before it made one phrase with it: `dirige depuis 2018 la
    filiale`) on the verb (and a day hung on an argument or coordinated with it, or on the object after it), a name
    apposed to the object (and a noun with an indefinite article set after an object's name) on it, a name with its own
    preposition set off after a name and parsed as its conjunct its complement, a list's later names on its first (and
    the member after `entre A et` on A), a participle set after another on its noun, a noun set off after the subject on
    it, an adjective or a name made a further subject right after a determined noun subject on that noun; make a finite
    verb parsed as an adjective of the name after a clause opening the sentence that sentence's verb; hang a present
    participle parsed on the bare `pour` complement of a noun (`une enquête pour corruption visant X`) on that noun;
    make a bare noun set off after a name and parsed as its adjective the name's apposition; make a name set off by
    commas from the copula of a predicate without a subject after it the predicate's subject (`Paul Roy, 62 ans, est
    directeur de X`); make a name whose relative clause is set off before a verb with no subject that subject, a second
    subject after its verb the object (and a noun with an article right after another phrase of a verb without object,
    or hung on it: `a rencontré mardi à Berlin la chancelière`), a noun that sums up the clause before it (`…, une
    décision critiquée par X`) a parataxis of its verb, the clause after the focus of a cleft sentence (`c'est X qui …`)
    the focus's relative clause, a passive subject of an active verb a plain one, a noun or a name with a passive
    auxiliary a copula's predicate, a copula's noun's `de` argument its complement, a noun opened by `de` and an
    adjective before its verb the subject, a name after a day opening the sentence (or an object before its verb, or
    after the comma ending a fronted participle's agent, with the noun set off after it its apposition, or after the
    `que` of a conjunction, with the next verb hung on the same verb its clause) the subject, `afin de` (and `pour`
    parsed as a preposition before an infinitive) a purpose clause's marker, `que` taken for the determiner of a
    clause's subject the clause's, and `lors de X`, `face à X`, `d'ici X`, `au sein de X` one preposition, a noun's
    modifier hung on a verb the verb's oblique (and a phrase hung on a part of the body that is a verb's oblique, or the
    adverb opening it, the verb's: `blessés à la tête à Kaboul`), a present participle set off after a verb's argument
    the verb's adverbial clause (and a clause of `ayant` set off after a noun phrase the clause of the verb after it,
    the phrase that verb's subject), a present form spelt as an adjective right before an infinitive (`le ministre
    dément avoir …`) the verb of the noun before it, and an opening quotation mark given a word's place that word's
    punctuation; make a word in lower case between two names parsed as one their verb (and a present tagged an
    infinitive right after a root name its verb: `Karvex négocie avec X`), the clause after the comma of a source's
    phrase opening the sentence the sentence's, a name coordinated with an object right before a verb without subject
    that verb's subject, a date without preposition hung on an object (or an argument) the verb's, and `que` opening a
    verb's clause before its subject the conjunction; a clause of `que` hung on its subject may be a copula's, and one
    hung on a name completes the name's verb; a title in quotation marks right after a noun, taken for a second object
    of the verb, is the noun's apposition (`pour son roman « Les Ombres »`)."""
    for token in doc:
        if _verb_spelt_as_an_adjective(token):
            _mend_verb_spelt_as_an_adjective(token)
        word = _quote_mark_taken_for_a_word(token)
        if word is not None:  # the word takes the mark's place, with its preposition
            if not word.is_ancestor(token):
                word.head, word.dep_ = word if token.head == token else token.head, token.dep_
            for child in [c for c in token.children if c != word]:
                child.head = word
            token.head, token.dep_ = word, L.UD_PUNCTUATION
    for token in doc:
        name = _phrase_on_a_name_part(token)
        if name is not None:
            token.head = name
        if _unknown_name(token) or _acronym_tagged_pronoun(token):
            token.pos_ = "PROPN"
        if _noun_tagged_an_adjective(token):
            token.pos_ = "NOUN"
        if _adjective_taken_for_an_apposition(token):
            token.dep_ = L.UD_ADJECTIVE_MODIFIER
        if _noun_taken_for_an_adjective(token):
            _mend_noun_taken_for_an_adjective(token)
        if _name_taken_for_a_conjunct(token):
            token.dep_ = L.UD_APPOSITION
        noun = _noun_a_quoted_title_follows(token)
        if noun is not None:  # (`pour son roman « Les Ombres »` parsed as a second object)
            token.head, token.dep_ = noun, L.UD_APPOSITION
        if _copula_of_a_passive(token):
            token.dep_ = L.UD_PASSIVE_AUXILIARY
        if _passive_subject_of_a_copula(token):
            token.dep_ = L.UD_SUBJECT
        if _post_taken_for_a_name_s_word(token):  # the post is the verb's, as after a name parsed apart
            token.head, token.dep_ = token.head.head, L.UD_ARGUMENT
        subject = _headline_comma_for_and(token)
        if subject is not None:  # the first name is the subject, the second its conjunct
            token.head, token.dep_ = subject.head, subject.dep_
            subject.head, subject.dep_ = token, L.UD_CONJUNCT
        participle = _present_participle_before(token)
        if participle is not None:  # the name is what the participle acts on, the participle on the determined noun
            token.head, token.dep_ = participle, L.UD_OBJECT
            if participle.head.dep_ in L.NOUN_MODIFIERS and participle.head.head.pos_ == "NOUN" and \
                    not children(participle.head, L.DETERMINERS):
                participle.head = participle.head.head
        noun = _amount_or_date_on_an_adjective(token)
        if noun is not None:
            token.head = noun
        if _date_taken_for_a_modifier(token):
            if token.pos_ != "NOUN":
                token.pos_ = "NOUN"
                token.set_morph("Gender=Masc|Number=Sing")
            if token.dep_ in L.ADJECTIVE_MODIFIERS | L.CLAUSAL_MODIFIERS:  # (a noun hung on a noun)
                token.dep_ = L.UD_NOUN_MODIFIER
        name = _name_split_in_two(token)
        if name is not None:
            token.head, token.dep_ = name, L.UD_FLAT_NAME
        if _verb_taken_for_a_noun(token):
            _mend_verb_taken_for_a_noun(token)
        if _verb_taken_for_a_name(token):
            _mend_verb_taken_for_a_name(token)
        if _verb_taken_for_a_name_part(token):
            _mend_verb_taken_for_a_name_part(token)
        if _verb_inside_a_name(token):
            _mend_verb_inside_a_name(token)
        name = _name_before_a_verb_taken_for_a_name(token)
        if name is not None:  # the word is the root verb, the name its subject, the name after the word its object
            _root_verb_after_name(token, name)
            _mend_verb_taken_for_a_name(token)
        if _present_taken_for_an_infinitive(token):
            _root_verb_after_name(token, token.head)
        clause = _clause_after_a_fronted_source(token)
        if clause is not None:
            _mend_clause_after_a_fronted_source(token, *clause)
        mend_subject_read_as_object_conjunct(token)
        if _conjunction_taken_for_a_relative(token):  # (`a indiqué qu'elle allait …`, `qu'` an object)
            token.pos_, token.dep_ = "SCONJ", L.UD_MARKER
        if _date_hung_on_an_object(token):  # (`a perdu 2 millions d'euros l'an dernier`: when it lost them)
            token.head, token.dep_ = token.head.head, L.UD_MODIFIER
        verb = _participle_coordinated_with_a_predicate(token)
        if verb is not None:
            token.head = verb
        if _complementizer_taken_for_a_determiner(token):
            token.head, token.dep_, token.pos_ = token.head.head, L.UD_MARKER, "SCONJ"
        if _verb_with_a_subject_taken_for_a_noun(token):
            _mend_verb_taken_for_a_bare_noun(token)
        if _gapped_participle(token):
            _mend_gapped_participle(token)
        if _participle_taken_for_the_object_of_its_auxiliary(token):
            _mend_participle_after_its_auxiliary(token)
        if _participle_taken_for_a_noun(token):  # (a clause describing the subject, `Né à Lyon, X …`, whose
            _make_participle(token)  # phrases are a verb's)
            token.dep_ = L.UD_ADVERBIAL_CLAUSE
            _mend_phrases_of_a_participle(token)
        verb = _verb_of_a_clause_hung_on_its_subject(token)
        if verb is not None:  # the verb takes the subject's place (a verb's clause completes it), the subject and
            subject = token.head  # `que` go on it; a clause hung on a name completes the name's verb
            governor = subject.head.head if is_name(subject.head) else subject.head  # (`a confié à l'AFP
            verb.head = governor  # que …`)
            verb.dep_ = L.UD_CLAUSE_COMPLEMENT if governor.pos_ in {"VERB", "AUX"} else subject.dep_
            subject.head, subject.dep_, token.head = verb, L.UD_SUBJECT, verb
        if token.dep_ == L.ROOT:
            _mend_fronted_participle(token)
            _mend_rooted_name(token)
        participle = mend_set_off_perfect_participle(token, L.UD_PASSIVE_SUBJECT)
        for bare in (c for c in participle.children if c.dep_ in L.NOUN_MODIFIERS and not case_word(c)) \
                if participle is not None else ():
            bare.dep_ = L.UD_OBJECT  # (`ayant racheté Orvane` parsed with `Orvane` a modifier)
        _mend_set_off_relative(token)
        _mend_set_off_examples(token)
        _mend_as_well_as(token)
        if token.dep_ in L.CLAUSAL_MODIFIERS:
            _mend_participle(token)
        antecedent = _relative_s_noun(token)
        if antecedent is not None:
            token.head = antecedent
        noun = _adjective_s_noun(token) or _adjective_before_a_day(token) or _adjective_before_a_determiner(token)
        if noun is not None:
            token.head = noun
        noun = _agent_of_the_noun_before(token)
        if noun is not None:
            token.head, token.dep_ = noun, L.UD_NOUN_MODIFIER
        if _noun_taken_for_a_finite_verb(token):
            _mend_noun_taken_for_a_finite_verb(token)
        if _post_taken_for_an_agent(token):
            token.dep_ = L.UD_OPEN_COMPLEMENT
        verb = _post_hung_on_the_agent(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_MODIFIER
        elif token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in L.PASSIVE_AUXILIARIES for c in token.children):
            copula_predicate(token)  # `X est directrice générale de Y`, `les deux acheteurs sont X et Y`: a noun or
            # a name is no passive
        elif any(c.dep_ in L.PASSIVE_AUXILIARIES for c in token.children):  # `il a été rejoint dans X par Y`
            agent = _hidden_agent(token)
            if agent is not None:
                agent.head, agent.dep_ = token, L.UD_AGENT
            for subject in (c for c in token.children if c.dep_ in L.SUBJECTS):  # `X a été réélue`: passive
                subject.dep_ = L.UD_PASSIVE_SUBJECT
        obj = _coordinated_object(token)
        if obj is not None:
            token.head = obj
        if _second_subject(token):
            token.dep_ = L.UD_OBJECT
        if _active_subject(token):
            token.dep_ = L.UD_SUBJECT
        if _predicate_complement(token):
            token.dep_ = L.UD_NOUN_MODIFIER
        named = _name_after_a_noun(token)
        if named is not None:
            token.head, token.dep_ = named, L.UD_NOUN_MODIFIER
        qualified = _adjective_taken_for_an_object(token)
        if qualified is not None:  # (with its determiner: `son nouveau smartphone`)
            for determiner in children(token, L.DETERMINERS):
                determiner.head = qualified
            token.head, token.dep_ = qualified, L.UD_ADJECTIVE_MODIFIER
        verb = _object_after_a_day(token)
        if verb is not None:
            if token.head.dep_ in L.OBJECTS:  # (a day the parser made the object is when it happened)
                token.head.dep_ = L.UD_MODIFIER
            token.head, token.dep_ = verb, L.UD_OBJECT
        date = _object_after_a_dated_phrase(token)
        if date is not None:
            _mend_object_after_a_dated_phrase(token, date)
        if _day_before_the_object(token):
            token.dep_ = L.UD_MODIFIER
        noun = _day_on_the_object_after_it(token)
        if noun is not None:  # (the day says when, the noun is what)
            token.head, token.dep_, noun.dep_ = noun.head, L.UD_MODIFIER, L.UD_OBJECT
        noun = _object_after_a_time_object(token)
        if noun is not None:  # the time says when, the noun after it is what
            token.dep_, noun.dep_ = L.UD_MODIFIER, L.UD_OBJECT
        if _name_after_a_day_subject(token):  # the name takes the day's place, the day says when
            day = token.head
            token.head, token.dep_, day.dep_ = day.head, day.dep_, L.UD_MODIFIER
        if _object_before_its_verb(token):
            token.dep_ = L.UD_SUBJECT
        marker = _purpose_taken_for_a_phrase(token)
        if marker is not None:
            token.dep_, marker.dep_ = L.UD_ADVERBIAL_CLAUSE, L.UD_MARKER
        verb = _purpose_of_an_adverb(token)
        if verb is not None:  # the clause goes on the adverb's verb, which it says the purpose of
            verb.head, verb.dep_, token.head, token.dep_ = token.head, L.UD_ADVERBIAL_CLAUSE, verb, L.UD_MARKER
        verb = _day_on_a_noun(token) or _date_on_an_argument(token) or _phrase_after_a_name(token) or \
            _day_taken_for_a_name_part(token) or _date_set_after_a_name(token) or _place_after_an_agent_s_name(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_MODIFIER
        noun = _complement_across_a_noun(token)
        if noun is not None:  # (then maybe a day's phrase, the verb's: `a fait 12 morts mardi à Kaboul`)
            token.head = noun
        verb = _phrase_on_a_day(token) or _date_as_conjunct(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_MODIFIER
        if token.dep_ in L.OPEN_COMPLEMENTS and _bare_day(token):  # (`est mort dimanche`: when, not what he became)
            token.dep_ = L.UD_MODIFIER
        verb = _post_after_a_day(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_OPEN_COMPLEMENT
        if _participle_spelt_as_a_noun(token):  # (the lemmatizer, after, reads it as the verb's)
            token.pos_, token.dep_ = "VERB", L.UD_CLAUSAL_MODIFIER if token.dep_ in L.APPOSITIONS else token.dep_
            token.set_morph("|".join([*(f"{f}={v}" for f in AGREEMENT for v in token.morph.get(f)),
                                      "Tense=Past", "VerbForm=Part"]))
        if _bare_post_after_a_participle(token):
            token.dep_ = L.UD_OPEN_COMPLEMENT
        verb = _score_of_a_verb(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_MODIFIER
        verb = _participle_set_off_after_an_argument(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_ADVERBIAL_CLAUSE
        verb = _object_of_the_verb_before(token) or _object_of_the_infinitive_before(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_OBJECT
        obj = _apposed_to_object(token)
        if obj is not None:
            token.head, token.dep_ = obj, L.UD_APPOSITION
        name = _described_name(token)
        if name is not None:
            token.head, token.dep_ = name, L.UD_APPOSITION
        if _complement_read_as_conjunct(token):
            token.dep_ = L.UD_NOUN_MODIFIER
        first = _second_party(token)
        if first is not None:  # (and the coordinator before it goes on it)
            coordinator = next(t for t in reversed(doc[first.i:token.i]) if t.pos_ == "CCONJ")
            token.head, token.dep_ = first, L.UD_CONJUNCT
            coordinator.head, coordinator.dep_ = token, L.UD_COORDINATOR
        noun = _participle_on_a_bare_reason(token)
        if noun is not None:
            token.head = noun
        noun = _participle_after_participle(token)
        if noun is not None:
            token.head, token.dep_ = noun, L.UD_CLAUSAL_MODIFIER
        if _bare_object(token):  # (and the obliques the parser hung on it are the verb's: `en 2010`)
            token.dep_ = L.UD_OBJECT
            for phrase in children(token, L.OBLIQUES):
                phrase.head = token.head
        verb = _verb_of_an_object_hung_on_the_phrase_after(token)
        if verb is not None:  # (and the phrase, if made the object, a modifier of the verb)
            if token.head.dep_ in L.OBJECTS:
                token.head.dep_ = L.UD_MODIFIER
            token.head, token.dep_ = verb, L.UD_OBJECT
        name = _age_set_off(token)
        if name is not None:  # the age goes on the name, and the noun set off after it too
            apposed = _apposed_after(token, name)
            token.head, token.dep_ = name, L.UD_NOUN_MODIFIER
            if apposed is not None:
                apposed.head, apposed.dep_ = name, L.UD_APPOSITION
        if token.lower_ in WORDS.PLACE_RELATIVES and token.dep_ in L.SUBJECTS | L.OBJECTS | L.INDIRECT_OBJECTS:
            token.dep_ = L.UD_ADVERB_MODIFIER  # (`où` says where: no argument of its verb, as the parser may make it)
        antecedent = _relative_set_off(token)
        if antecedent is not None:
            token.head.head, token.head.dep_ = antecedent, L.UD_RELATIVE_CLAUSE
        rerooted = _relative_taken_for_the_root(token)
        if rerooted is not None:
            _mend_relative_taken_for_the_root(*rerooted)
        if _subject_with_its_relative(token):
            token.dep_ = L.UD_SUBJECT
        verb = _subject_after_a_fronted_phrase(token)
        if verb is not None:
            phrase = token.head
            for conjunct in (c for c in children(phrase, L.CONJUNCTS) if c.i > token.i):
                conjunct.head = token  # (`…, le parti A et le parti B ont …`: both)
            phrase.dep_ = L.UD_MODIFIER
            token.head, token.dep_ = verb, _subject_label(verb)
        if _subject_of_a_copula_set_off(token):
            token.dep_ = L.UD_SUBJECT
        verb = _subject_taken_by_a_participle_set_off(token)
        if verb is not None:  # the participle describes the subject
            participle, token.head = token.head, verb
            participle.head, participle.dep_ = token, L.UD_CLAUSAL_MODIFIER
        apposed = _subject_set_off(token)
        if apposed is not None:  # the name takes the subject's place (a passive one too), the noun goes on the name
            token.dep_, apposed.head, apposed.dep_ = apposed.dep_, token, L.UD_APPOSITION
        name = _apposed_second_subject(token)
        if name is not None:
            token.head, token.dep_ = name, L.UD_APPOSITION
        noun = _subject_s_own_word(token)
        if noun is not None:
            token.head, token.dep_ = noun, L.UD_ADJECTIVE_MODIFIER if token.pos_ == "ADJ" else L.UD_APPOSITION
        name = _verb_taken_for_a_name_s_modifier(token)
        if name is not None:
            _mend_verb_taken_for_a_name_s_modifier(token, name)
        participle = _fronted_participle_subject(token)
        if participle is not None:  # the noun is the verb's subject (which the participle describes)
            token.head, token.dep_ = participle.head, L.UD_SUBJECT
        verb = _name_taken_for_a_second_agent(token)
        if verb is not None:
            _mend_name_taken_for_a_second_agent(token, verb)
        verb = _clause_of_a_subject_after_que(token)
        if verb is not None:
            _mend_clause_of_a_subject_after_que(token, verb)
        article = _indefinite_subject(token)
        if article is not None:
            token.dep_, article.dep_, article.pos_ = L.UD_SUBJECT, L.UD_DETERMINER, "DET"
        if token.dep_ in L.DETERMINERS and token.lower_ in ARTICLES_LIKE_PREPOSITIONS:  # (tagged a preposition even
            token.pos_ = "DET"  # as an article)
            if _object_read_as_oblique(token.head):
                token.head.dep_ = L.UD_OBJECT
        if _cleft_clause(token):
            token.dep_ = L.UD_RELATIVE_CLAUSE
        verb = summed_up_clause(token, WORDS)
        if verb is not None:  # (`…, une décision critiquée par X`: a comment on the clause, loosely joined)
            token.head, token.dep_ = verb, L.UD_PARATAXIS
        verb = _object_after_a_phrase(token)
        if verb is not None:
            _mend_object_after_a_phrase(token, verb)
        rest = _preposition_opened_by_a_noun(token)
        if rest is not None:
            rest.head, rest.dep_ = token, L.UD_FIXED
        target = _noun_opening_a_preposition(token)
        if target is not None:  # the noun and `à` introduce the target, which takes the noun's place (on the verb,
            if target.head == token:  # where the noun's own was none)
                target.head = token.head if token.dep_ not in L.UNLABELLED else next(
                    (a for a in token.ancestors if a.pos_ == "VERB"), token.head)
            target.dep_ = (token.dep_ if token.dep_ not in L.UNLABELLED else L.UD_MODIFIER) \
                if target.dep_ in L.NOUN_MODIFIERS else target.dep_
            for child in [c for c in token.children if c != target]:
                child.head = target.head
            token.head, token.dep_ = target, L.UD_CASE
            token.doc[token.i + 1].head, token.doc[token.i + 1].dep_ = token, L.UD_FIXED
        when = _by_when(token)
        if when is not None:  # `d'ici` opens the time after it, which says when (on the clause if it was on `ici`)
            if when.head == token:
                when.head = token.head
            when.dep_ = L.UD_MODIFIER if when.dep_ in L.OBJECTS | L.UNLABELLED | {L.UD_NOUN_MODIFIER} else \
                L.UD_NOUN_MODIFIER if when.dep_ in L.ADJECTIVE_MODIFIERS else when.dep_  # (`450 emplois d'ici 2027`:
            # no count of jobs, a date, which a verb's argument it ends passes on to the verb)
            de, to = token.doc[token.i - 1], token.doc[token.i + 1]
            token.head, token.dep_ = when, L.UD_CASE
            de.head, de.dep_ = token, L.UD_FIXED
            if to.lower_ in A_FORMS and to.i < when.i:  # (`d'ici à 2026`)
                to.head, to.dep_ = token, L.UD_FIXED
            verb = _date_on_an_argument(when)
            if verb is not None:  # (`supprimera 450 emplois d'ici à 2027`: when the jobs go)
                when.head, when.dep_ = verb, L.UD_MODIFIER
        verb = _bare_date_on_a_verb_s_noun(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_MODIFIER
        start = _end_of_a_range(token)
        if start is not None:
            _mend_range(token, start)
        complement = _compound_preposition(token)
        if complement is not None:  # the complement takes the noun's place, `au sein de` its one preposition
            before, de = token.doc[token.i - 1], token.doc[token.i + 1]
            complement.head, complement.dep_ = token.head, token.dep_
            for child in [c for c in token.children if c not in (before, complement)]:
                child.head = complement
            before.head, before.dep_ = complement, L.UD_CASE
            token.head, token.dep_ = before, L.UD_FIXED
            de.head, de.dep_ = before, L.UD_FIXED
        verb = _phrase_on_a_body_part(token)
        if verb is not None:
            token.head = verb
            token.dep_ = L.UD_MODIFIER if token.dep_ in L.NOUN_MODIFIERS else token.dep_
        noun = _adverbial_preposition(token)
        if noun is not None:  # the noun goes on the verb, introduced by `lors de` as one preposition
            de = token.doc[token.i + 1]
            noun.head, noun.dep_ = token.head, L.UD_MODIFIER
            token.head, token.dep_ = noun, L.UD_CASE
            de.head, de.dep_ = token, L.UD_FIXED
    for token in doc:  # (once every name is known as one and every agent is on its verb)
        verb = _day_taken_for_the_root(token)
        if verb is not None:  # the verb is the root, the day says when, the day's name its subject
            for child in [c for c in token.children if c != verb]:
                child.head = verb
                child.dep_ = L.UD_SUBJECT if child.dep_ in L.CONJUNCTS else child.dep_
            verb.head, verb.dep_ = verb, L.ROOT
            token.head, token.dep_ = verb, L.UD_MODIFIER
        items = _list_items(token)
        if items is not None:
            _mend_list(token, items)
        items = _phrase_list_items(token)
        for name, coordinator in items or ():  # the phrases are the first one's conjuncts
            name.head, name.dep_ = token, L.UD_CONJUNCT
            if coordinator is not None:
                coordinator.head, coordinator.dep_ = name, L.UD_COORDINATOR
        if noun_modifier_of_a_verb(token):
            token.dep_ = L.UD_MODIFIER
    return doc


def noun_modifier_of_a_verb(noun: Token) -> bool:
    """`est diplômé de l'université de Lyon` parsed with `université` a noun's modifier of the participle: a phrase
    with its preposition hung on a verb is the verb's oblique."""
    return noun.dep_ in L.NOUN_MODIFIERS and noun.head.pos_ == "VERB" and bool(case_word(noun))


#: the endings the imperfect and the conditional share, which the conditional adds to the future's stem
IMPERFECT_ENDINGS = ("aient", "ions", "iez", "ais", "ait")


def _conditional_taken_for_an_indicative(verb: Token) -> bool:
    """`Valtek fermerait deux usines`, `elle ferait appel` tagged imperfect indicatives: a finite verb written as its
    future's stem and an imperfect ending is a conditional (`fermait` is the imperfect)."""
    if verb.pos_ not in {"VERB", "AUX"} or "Ind" not in verb.morph.get("Mood"):
        return False
    form, lemma = strip_accents(verb.lower_), strip_accents(verb.lemma_.lower())
    ending = next((e for e in IMPERFECT_ENDINGS if form.endswith(e)), None)
    if ending is None or not lemma:
        return False
    stems = {lemma} | {lemma[:-len(end)] + stem for end, stem in FUTURE_STEMS.items() if lemma.endswith(end)}
    return form[:-len(ending)] in stems


@Language.component(FRENCH_LEMMA_REPAIRS)
def mend_with_lemmas(doc: Doc) -> Doc:
    """Make a negative judgement tagged a noun an adjective (`qualifié de scandaleux`), the noun after a verb of
    becoming or remaining its predicate, with the phrase after it that names whose post it is, a participle tagged an
    adjective a verb, a toll parsed as an oblique the object, and hang a post appointed to, a hearer set after the
    speaker's title, a speaker set after the hearer, and a reported clause hung on the hearer, on the verb; make a verb
    whose compound tenses take `être` active, and an event noun hung on the day after its verb, with its article taken
    for a preposition, the verb's object; hang a modal verb's object written after its infinitive on the infinitive;
    and make a conditional tagged an indicative a conditional, a present tagged a past participle a present, and a
    ranked noun with an infinitive set off after a clause as its verb's object an apposition of its subject (`…, le
    seul groupe à le faire`); a market's move hung on the session its verb ends is the verb's (`a terminé la séance en
    hausse de 1,2 %`)."""
    for token in doc:
        if token.pos_ == "NOUN" and token.lower_ in WORDS.NEGATIVE_JUDGEMENTS:  # (`de scandaleux`: no noun)
            token.pos_, token.lemma_ = "ADJ", token.lower_
        if _conditional_taken_for_an_indicative(token):
            token.morph = MorphAnalysis(doc.vocab, {**token.morph.to_dict(), "Mood": "Cnd", "Tense": "Pres"})
        if _present_tagged_a_participle(token):
            token.morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "Number": token.morph.get("Number", ["Sing"])[0],
                                                    "Person": "3", "Tense": "Pres", "VerbForm": "Fin"})
        _mend_unaccusative(token)
        verb = _move_on_a_session(token)
        if verb is not None:  # (the amount after the move, hung on the session too, is the move's)
            session = token.head
            for amount in (c for c in children(session, L.NOUN_MODIFIERS) if c.i > token.i):
                amount.head = token
            session.dep_ = L.UD_MODIFIER
            token.head, token.dep_ = verb, L.UD_MODIFIER
        ranked = ranked_description_set_off(token, WORDS)
        if ranked is not None:  # (`…, la dernière entreprise à le faire`: what the subject is)
            token.head, token.dep_ = ranked[0], L.UD_APPOSITION
            ranked[1].head, ranked[1].dep_ = token, L.UD_CLAUSAL_MODIFIER
        if _becoming_predicate(token):
            token.dep_ = L.UD_OPEN_COMPLEMENT
        complement = _complement_after(token) if token.dep_ in L.OPEN_COMPLEMENTS else None
        if complement is not None:
            complement.head, complement.dep_ = token, L.UD_NOUN_MODIFIER
        verb = _appointed_to_post(token) or _hearer_after_apposition(token)
        if verb is not None:
            token.head, token.dep_ = verb, L.UD_ARGUMENT
        verb = _speaker_apposed_to_hearer(token)
        if verb is not None:  # (and what was apposed to the hearer after the name is the name's)
            for apposed in [c for c in token.head.children if c.dep_ in L.APPOSITIONS and c.i > token.i]:
                apposed.head = token
            token.head, token.dep_ = verb, L.UD_SUBJECT
        if _toll_as_oblique(token):
            token.dep_ = L.UD_OBJECT
        infinitive = _infinitive_s_object(token)
        if infinitive is not None:
            token.head = infinitive
        article = _event_after_a_day(token)
        if article is not None:
            token.head, token.dep_ = token.head.head, L.UD_OBJECT
            article.dep_, article.pos_ = L.UD_DETERMINER, "DET"
        if token.dep_ == L.ROOT:
            _mend_incise(token)
        verb = _phrase_on_a_tense_verb(token)
        if verb is not None:
            token.head = verb
        said = _said_after_the_hearer(token)
        if said is not None:
            token.head, token.dep_ = said
        if _participle_tagged_adjective(token):
            features = {**token.morph.to_dict(), "Tense": "Past", "VerbForm": "Part"}
            token.pos_ = "VERB"
            token.set_morph("|".join(f"{name}={value}" for name, value in sorted(features.items())))
            if token.dep_ in L.ADJECTIVE_MODIFIERS:  # (a clause on its noun)
                token.dep_ = L.UD_CLAUSAL_MODIFIER
    return doc


def _infinitive_s_object(noun: Token) -> Token | None:
    """`aurait pu arrêter Paul Roy` parsed with the name the object of `pouvoir`: the object of a verb of possibility
    or intent written after its infinitive, which has none, is the infinitive's."""
    verb = noun.head
    if noun.dep_ not in L.OBJECTS or verb.lemma_ not in WORDS.MODAL_VERBS:
        return None
    infinitive = next((c for c in children(verb, L.OPEN_COMPLEMENTS) if verb.i < c.i < noun.i and
                       "Inf" in c.morph.get("VerbForm")), None)
    return infinitive if infinitive is not None and not children(infinitive, L.OBJECTS) else None


def _said_after_the_hearer(clause: Token) -> tuple[Token, str] | None:
    """`a indiqué à l'AFP que X allait …`, `a annoncé dans un communiqué avoir recruté X` parsed with the clause hung
    on the phrase after the verb (a relative of `AFP`, a modifier of `communiqué`): a `que` clause with a subject of
    its own right after a phrase of a speech verb is what the verb reports, and a bare infinitive right after a
    verb's phrase is the verb's complement (the verb and the clause's dependency, returned)."""
    phrase, verb = clause.head, clause.head.head
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in L.RELATIVE_CLAUSES | L.CLAUSAL_MODIFIERS or \
            phrase.pos_ not in {"NOUN", "PROPN"} or phrase.dep_ not in L.OBLIQUES or verb.pos_ != "VERB" or \
            clause.i < phrase.i or \
            clause.left_edge.i != 1 + max(t.i for t in phrase.subtree if t not in clause.subtree):
        return None
    if any(c.dep_ in L.MARKERS and c.lower_ in WORDS.RELATIVE_OBJECT_WORDS for c in clause.children) and \
            any(c.dep_ in L.SUBJECTS for c in clause.children) and verb.lemma_.lower() in WORDS.SPEECH_VERBS:
        return verb, L.UD_CLAUSE_COMPLEMENT
    infinitive = any("Inf" in t.morph.get("VerbForm") for t in (clause, *children(clause, L.AUXILIARIES)))
    bare = not any(c.dep_ in L.CASE_MARKERS | L.MARKERS for c in clause.children)
    return (verb, L.UD_OPEN_COMPLEMENT) if infinitive and bare else None


#: endings of a past participle of a verb in `-er`, which the tagger may take for an adjective
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _present_tagged_a_participle(token: Token) -> bool:
    """`Valtek, une entreprise de Lyon, recrute.` with `recrute` tagged a past participle: a verb in `-er` has no
    participle but in `-é`, so a form of one without that ending is no participle (a present, the clause's verb)."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") and \
        token.lemma_.endswith("er") and not token.lower_.endswith(PARTICIPLE_ENDINGS) and token.is_alpha


def _participle_tagged_adjective(token: Token) -> bool:
    """`X, spécialisée dans les batteries et basée à Lyon` with `basée` tagged an adjective: a word of a participle's
    form whose lemma is a verb's, with a phrase of its own, is that past participle."""
    return token.pos_ == "ADJ" and token.lemma_.endswith("er") and token.lower_.endswith(PARTICIPLE_ENDINGS) and \
        token.lower_.rstrip("s").removesuffix("e") not in WORDS.PARTICIPLE_SPELT_ADJECTIVES and \
        any(c.dep_ in L.OBLIQUES and any(m.dep_ in L.CASE_MARKERS for m in c.children) for c in token.children)


def _phrase_on_a_tense_verb(phrase: Token) -> Token | None:
    """`va céder sa filiale au fonds X` parsed with `au fonds X` on `va`: a phrase on a verb of tense (`aller`,
    `venir de`) after the infinitive it governs, or before the verb (`D'après X, Y va racheter Z`), is the
    infinitive's (returned); one between them may say where the verb of motion went (`est allé à Londres demander`)."""
    verb = phrase.head
    if phrase.dep_ not in L.OBLIQUES or verb.lemma_ not in WORDS.TENSE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in L.OPEN_COMPLEMENTS and "Inf" in c.morph.get("VerbForm") and
                 not verb.i < phrase.i < c.i), None)


def _mend_incise(verb: Token) -> None:
    """`X, le patron de Y, démissionnera en juin, a annoncé le groupe.` parsed with the reporting verb as the main
    one, X its subject and `le groupe` its object: a speech verb set after a comma, ending its sentence with a noun
    after it, reports the clause before that comma, whose finite verb is the main one; X is that verb's subject (a
    name the parser made its subject instead is X's apposition) and the noun after the speech verb is who speaks."""
    doc, first = verb.doc, said_from(verb)
    lemma = verb.lemma_.lower()
    if lemma not in WORDS.SPEECH_VERBS and lemma not in WORDS.INCISE_VERBS or first.i == 0 or \
            doc[first.i - 1].text != "," or not all(t.is_punct for t in doc[verb.right_edge.i + 1:verb.sent.end]):
        return
    subject = next((c for c in verb.children if c.dep_ in L.SUBJECTS and c.i < first.i), None)
    speaker = next((c for c in verb.children if c.dep_ in L.OBJECTS | L.SUBJECTS and c.i > verb.i and
                    c.pos_ in {"NOUN", "PROPN"}), None)
    clause = next((t for t in reversed(doc[subject.i + 1:first.i - 1]) if t.pos_ in {"VERB", "AUX"} and
                   "Fin" in t.morph.get("VerbForm") and t.dep_ in L.CONJUNCTS | L.PARATAXES | L.APPOSITIONS
                   and verb in t.ancestors), None) if subject is not None else None
    if clause is None or speaker is None:
        return
    clause.head, clause.dep_ = clause, L.ROOT
    apposed = [c for c in clause.children if c.dep_ in L.SUBJECTS and subject.i < c.i < clause.i]
    subject.head = clause
    verb.head, verb.dep_, speaker.dep_ = clause, L.UD_PARATAXIS, L.UD_SUBJECT
    for name in apposed:  # (`La directrice de Y, Ana Berg, quittera …`: the name is the subject's)
        name.head, name.dep_ = subject, L.UD_APPOSITION


#: the prepositions of a predicate's complement: whose post it is, where it is held
COMPLEMENT_CASES = DE_FORMS | A_FORMS | {"chez"}


def _complement_after(predicate: Token) -> Token | None:
    """`X reste présidente de Y`, `devient professeur à l'université Y` parsed with `de Y`, `à l'université Y` on
    the verb: a `de`, `chez` or `à` phrase of the verb right after its predicate, naming something, is the
    predicate's (`à la fin de l'année` is when)."""
    if predicate.pos_ != "NOUN" or predicate.head.lemma_ not in WORDS.BECOMING_VERBS:
        return None
    after = predicate.right_edge.i + 1
    return next((c for c in predicate.head.children if c.dep_ in L.OBLIQUES and c.left_edge.i == after and
                 c.left_edge.lower_ in COMPLEMENT_CASES and any(t.text[:1].isupper() for t in c.subtree)), None)



def _appointed_to_post(post: Token) -> Token | None:
    """`choisi par le président X au poste de secrétaire` parsed with the post on the noun before it: a post
    (`au poste de`, `aux fonctions de`) hung on an argument of a verb of appointing is the verb's."""
    noun, verb = post.head, post.head.head
    return verb if post.lemma_ in WORDS.POST_NOUNS and post.dep_ in L.NOUN_MODIFIERS and noun.i < post.i and \
        noun.dep_ in L.AGENTS | L.OBJECTS | L.OBLIQUES and verb.lemma_ in WORDS.APPOINTMENT_VERBS and \
        any(c.dep_ in L.CASE_MARKERS and c.lower_ in A_FORMS for c in post.children) else None
