"""The word lists every language may fill: one set of names for all languages, read from `<code>/words.toml`.

Rules and patterns (`$NAME`) ask for a list by these names, so a rule written for one language reads another's
words unchanged. A language leaves out the lists its grammar has no use for (they are empty); a name not declared
here, or a value of the wrong shape, fails at load with the file and line.
"""

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import LexiconError


@dataclass(frozen=True)
class WordLists:
    """A language's closed word classes and general vocabulary, by what the rules use them for."""

    #: abbreviations the tokenizer keeps whole with their full stop, which would otherwise end the sentence
    #: (`Valtek Inc. est …`, `Tom Hale Jr. a …`)
    ABBREVIATIONS: frozenset[str] = frozenset()
    #: endings of abstract nouns (qualities, processes: `la sécurité`, `awareness`), whose mentions name no thing
    ABSTRACT_SUFFIXES: frozenset[str] = frozenset()
    #: verbs of clearing someone of a charge: `a court acquitted X of murder`
    ACQUITTAL_VERBS: frozenset[str] = frozenset()
    #: words skipped when an acronym is matched with the words it abbreviates (connectors, particles, articles)
    ACRONYM_SKIPPED_WORDS: frozenset[str] = frozenset()
    #: negation words that negate only the word right after them (`non coupable`, unlike `non seulement`)
    ADJACENT_NEGATIONS: frozenset[str] = frozenset()
    #: posts that are adjectives too, which are adjectives where the tagger says so (`est responsable de`)
    ADJECTIVE_POSTS: frozenset[str] = frozenset()
    #: verbs that approve a text of law as their object (`adopted the bill`, `a voté la loi`)
    ADOPTING_VERBS: frozenset[str] = frozenset()
    #: verbs that have their infinitive done, which a modality passes through (`veut faire annuler la loi`)
    CAUSATIVE_VERBS: frozenset[str] = frozenset()
    #: verbs that end what they act on (`cancelled 300 flights`, `a annulé le concert`) but overturn a RULING_NOUNS
    #: object (`a annulé le jugement`)
    ANNULLING_VERBS: frozenset[str] = frozenset()
    #: adjectives saying someone's age with the number after them (`died aged 78`)
    AGE_ADJECTIVES: frozenset[str] = frozenset()
    #: nouns of someone's age, which is no thing a fact is about (`mort à l'âge de 78 ans`)
    AGE_NOUNS: frozenset[str] = frozenset()
    #: a word for a person by their age (`le quinquagénaire`, `the 54-year-old`), which stands for the person the
    #: text is about
    AGED_PERSON: re.Pattern[str] | None = None
    #: verbs whose subject does what their event noun names
    AGENTIVE_VERBS: frozenset[str] = frozenset()
    #: verbs of accusing and suspecting: their infinitive or gerund is what is alleged, not a fact (`accusé d'avoir
    #: tué X`, `accused of killing X`)
    ALLEGATION_VERBS: frozenset[str] = frozenset()
    #: prepositions of the amount a move is by; "" for a bare amount
    AMOUNT_CASES: frozenset[str] = frozenset()
    #: named-entity types of amounts: an object that is one points at what it is an amount of
    AMOUNT_ENTITIES: frozenset[str] = frozenset()
    #: nouns of giving someone a post (`la nomination de X au poste de …`)
    APPOINTMENT_NOUNS: frozenset[str] = frozenset()
    #: verbs that give someone a post
    APPOINTMENT_VERBS: frozenset[str] = frozenset()
    #: prepositions that introduce a verb's partner or opponent even where the parser calls them modifiers
    ARGUMENT_CASES: frozenset[str] = frozenset()
    #: verbs of starting, going on and stopping, whose verbal complement is the fact itself
    ASPECTUAL_VERBS: frozenset[str] = frozenset()
    #: verbs of going to a place of learning (`attended Karvin University`, `a fréquenté le lycée X`): who does, with a
    #: SCHOOL_NOUNS object, was educated there
    ATTENDING_VERBS: frozenset[str] = frozenset()
    #: verbs of making a work (`directed the film`, `wrote the novel`, `a réalisé le documentaire`): they create a
    #: WORK_NOUNS object
    AUTHORING_VERBS: frozenset[str] = frozenset()
    #: adjectives that make `make X <adjective> to Y` a transfer of X to Y
    AVAILABILITY_ADJECTIVES: frozenset[str] = frozenset()
    #: verbs by which their subjects are given what their event noun names by another party (`won a contract`):
    #: several of them are not each other's partners
    AWARDED_VERBS: frozenset[str] = frozenset()
    #: support-verb objects that name no thing when they have no article (they are part of the predicate)
    BARE_SUPPORT_OBJECTS: frozenset[str] = frozenset()
    #: verbs of doing better or worse than a figure expected, which make no fact with one (`beat estimates`)
    BEATING_VERBS: frozenset[str] = frozenset()
    #: verbs that, like the copula, say what their subject is or has come to be
    BECOMING_VERBS: frozenset[str] = frozenset()
    #: verbs that blame something on someone -> the preposition naming who is blamed
    BLAME_VERBS: dict[str, str] = field(default_factory=dict)
    #: verbs that keep an event from happening: the facts of an event noun they govern are negated
    BLOCKING_VERBS: frozenset[str] = frozenset()
    #: parts of the body, which say where on someone a wound is, not where it happened (`blessé à la jambe`)
    BODY_PARTS: frozenset[str] = frozenset()
    #: verbs of killing or wounding whose passive a clause of how it happened may follow (`were killed when a bomb
    #: exploded`): that clause's subject did it
    CASUALTY_VERBS: frozenset[str] = frozenset()
    #: words opening that clause (`when`, `lorsque`)
    CASUALTY_MARKERS: frozenset[str] = frozenset()
    #: verbs by which a body confirms someone in a post it does not employ them in (`The Senate confirmed X as
    #: secretary of state`)
    CONFIRMING_VERBS: frozenset[str] = frozenset()
    #: pronouns that open a cleft sentence (`c'est X qui …`, `it was X that …`): the clause after X is X's
    CLEFT_PRONOUNS: frozenset[str] = frozenset()
    #: legal-form and group words after a company's name (`Acme Inc`, `Groupe Acme`), which a shorter mention of
    #: the company leaves out (folded: lower case, no accents)
    COMPANY_DESIGNATORS: frozenset[str] = frozenset()
    #: prepositions giving a figure a fact is compared with (`contre 2,5 milliards en 2022`, `against $2.5 billion`),
    #: which with its date is not the fact's own amount or date
    COMPARED_CASES: frozenset[str] = frozenset()
    #: words opening a clause that compares what it says with the main one (`comme l'a annoncé X`, `as X said`)
    COMPARISON_MARKERS: frozenset[str] = frozenset()
    #: conjunctions opening a clause that completes a verb or a noun (`propose que …`, `allegations that …`)
    COMPLEMENTIZERS: frozenset[str] = frozenset()
    #: the preposition of a noun's complement, which a headline's subject may have
    COMPLEMENT_CASE: str = ""
    #: prepositions of a relative pronoun that opens what a noun holds (`les accusations selon lesquelles …`)
    CONTENT_CASES: frozenset[str] = frozenset()
    #: prepositions of several words, contractions undone -> the one-word preposition they behave as (`au sein de`
    #: -> `chez`), which frames and qualifiers know
    COMPOUND_CASES: dict[str, str] = field(default_factory=dict)
    #: contracted prepositions and articles -> the word they stand for (a preposition is looked up undone)
    CONTRACTIONS: dict[str, str] = field(default_factory=dict)
    #: prepositions before a gerund whose subject is the verb's object
    CONTROL_CASES: frozenset[str] = frozenset()
    #: a verb and the preposition of whom it asks to do what its infinitive says (`called on X to resign`): a
    #: request, whose act is that phrase's and hypothetical
    CONTROL_PHRASES: frozenset[str] = frozenset()
    #: verbs that say what their subject is
    COPULA_VERBS: frozenset[str] = frozenset()
    #: words that count a plural description -> the number: `les deux groupes`, `both men`
    COUNT_WORDS: dict[str, int] = field(default_factory=dict)
    #: currencies' names and signs, by lemma: what makes an amount a sum of money (`300 millions d'euros`, `$3m`)
    CURRENCY_WORDS: frozenset[str] = frozenset()
    #: days, months, years and relative times, which a language's NER may not tag as dates
    DATE_WORDS: re.Pattern[str] | None = None
    #: prepositions whose date says when a verb's act happened, even hung on its object (`a pris la tête du groupe
    #: en 2019`), unlike `de` (`l'élection de 2006`)
    DATING_CASES: frozenset[str] = frozenset()
    #: verbs whose indirect object does what their infinitive says
    DATIVE_CONTROL_VERBS: frozenset[str] = frozenset()
    #: nouns of a deal, whose amount is what the fact made in it is worth (`in a $3 billion deal`)
    DEAL_NOUNS: frozenset[str] = frozenset()
    #: words counting or saying an event's dead (`a fait trois morts`, `left three people dead`)
    DEATH_TOLL_WORDS: frozenset[str] = frozenset()
    #: verbs of denial, whose complement's fact is denied (`a démenti avoir racheté X`, `denied that it bought X`)
    DENIAL_VERBS: frozenset[str] = frozenset()
    #: nouns of a person leaving their post: `X announced his resignation` (with the person's known employer)
    DEPARTURE_NOUNS: frozenset[str] = frozenset()
    #: pronouns standing alone after a preposition, with their gender (`selon lui`, `avec elle`): a person
    DISJUNCTIVE_PRONOUNS: dict[str, str] = field(default_factory=dict)
    #: prepositions of the organisation one goes to on leaving another: `X left Brimex for Valtek`
    DESTINATION_CASES: frozenset[str] = frozenset()
    #: verbs that take someone's post from them: `X was fired as CEO of Y`
    DISMISSAL_VERBS: frozenset[str] = frozenset()
    #: contests someone elected or beaten in wins or loses (`re-elected in the 2020 election`), the prepositions
    #: that set them on the verb, and the verbs (`elect`, `defeat`)
    CONTEST_NOUNS: frozenset[str] = frozenset()
    CONTEST_CASES: frozenset[str] = frozenset()
    ELECTING_VERBS: frozenset[str] = frozenset()
    DEFEATING_VERBS: frozenset[str] = frozenset()
    #: units of distance, which say how far, not where (`à 30 kilomètres au nord de Lyon`: Lyon)
    DISTANCE_NOUNS: frozenset[str] = frozenset()
    #: verbs by which their subject is given what their object names by another (`a obtenu le soutien de X`)
    RECEIVING_VERBS: frozenset[str] = frozenset()
    #: nouns of a time something happened, in the plural how often, no argument (`a confirmé à plusieurs reprises`)
    REPETITION_NOUNS: frozenset[str] = frozenset()
    #: prepositions that name a title's employer besides the complement's own preposition
    EMPLOYER_CASES: frozenset[str] = frozenset()
    #: objects that name no thing whatever their verb (`provides a way to …`)
    EMPTY_OBJECTS: frozenset[str] = frozenset()
    #: verbs of handing someone a post: `a confié la direction de X à Y` (Y leads X)
    ENTRUSTING_VERBS: frozenset[str] = frozenset()
    #: verbs that say what their subject judges their object to be (`called the decision scandalous`, `juge la
    #: réforme inacceptable`)
    EVALUATING_VERBS: frozenset[str] = frozenset()
    #: adjectives introducing examples of a class
    EXAMPLE_ADJECTIVES: frozenset[str] = frozenset()
    #: adverbs introducing examples of a class
    EXAMPLE_ADVERBS: frozenset[str] = frozenset()
    #: markers introducing examples of a class
    EXAMPLE_MARKERS: frozenset[str] = frozenset()
    #: nouns of a figure expected, against which a result is measured: no thing (`beat analysts' expectations`)
    EXPECTATION_NOUNS: frozenset[str] = frozenset()
    #: facilities a company runs, as written from the noun on (`stores`, `usine`): running them operates them
    FACILITY_NOUNS: tuple[str, ...] = ()
    #: adjectives whose `to`-complement happens, done by the subject of their copula (`we are delighted to offer X`)
    FACTIVE_ADJECTIVES: frozenset[str] = frozenset()
    #: pronouns that, inside a quotation, are its speaker
    FIRST_PERSON_PRONOUNS: frozenset[str] = frozenset()
    #: words that make a post one held before (`l'ancien patron de X`, `ex-PDG`, `the former chief of X`)
    FORMER_WORDS: frozenset[str] = frozenset()
    #: words saying how often, not when (`annually`, `every other year`): no date
    FREQUENCY_WORDS: frozenset[str] = frozenset()
    #: articles, prepositions and conjunctions inside a name, which its initials and its short forms skip
    #: (`Banque centrale européenne` -> BCE; `Banque de Jilin` is not `Jilin`)
    FUNCTION_WORDS: frozenset[str] = frozenset()
    #: nouns of a round of funding, whose leader invests in who raises it (`in a funding round led by Y`)
    FUNDING_ROUND_NOUNS: frozenset[str] = frozenset()
    #: infinitive endings -> the ending of the stem the future and the conditional are built on, where it is not the
    #: infinitive's own (`faire` -> `fer`: `ferait`; regular verbs build them on the infinitive: `fermerait`)
    FUTURE_STEMS: dict[str, str] = field(default_factory=dict)
    #: verbs too general to name a relation of their own: no relation is minted from them
    GENERIC_VERBS: frozenset[str] = frozenset()
    #: prepositions before a gerund whose subject is the clause's
    GERUND_CASES: frozenset[str] = frozenset()
    #: nouns of a phrase before a gerund whose subject is the clause's: `as part of selling X`
    GERUND_FRAME_NOUNS: frozenset[str] = frozenset()
    #: the part-of-speech tag of a gerund
    GERUND_TAG: str = ""
    #: kinds of entity a pronoun with a gender may stand for (`he`: a person; `il`: a person or an organisation)
    GENDERED_REFERENT_KINDS: frozenset[str] = frozenset()
    #: goods bought by ordering them, as written from the noun on: `ordered 50 jets`
    GOODS_NOUNS: frozenset[str] = frozenset()
    #: pronouns standing for a group a membership preposition names
    GROUP_PRONOUNS: frozenset[str] = frozenset()
    #: nouns for where an organisation is based
    #: nouns of what someone grants another (`le soutien de X`, `the approval of X`): their `de` / `of` phrase
    #: names who grants it, not what it is about (the `granted` patterns read them, not the event-noun reading)
    #: verbs whose participle says which members a group has (`un comité comprenant X et Y`)
    COMPRISING_VERBS: frozenset[str] = frozenset()
    GRANT_NOUNS: frozenset[str] = frozenset()
    #: verbs by which their subject gives what a grant noun names to another (`a apporté son soutien à X`)
    GRANTING_VERBS: frozenset[str] = frozenset()
    HEADQUARTERS_NOUNS: frozenset[str] = frozenset()
    #: adverbs that report a fact without asserting it (`reportedly`, `aurait … vraisemblablement`): hypothetical
    HEDGING_ADVERBS: frozenset[str] = frozenset()
    #: nouns of the head of a body: whoever is put there leads it
    HEAD_NOUNS: frozenset[str] = frozenset()
    #: titles whose holder leads what their complement names
    HEAD_TITLES: frozenset[str] = frozenset()
    #: prepositions of whom a speech verb tells
    HEARER_CASES: frozenset[str] = frozenset()
    #: words for where someone or something is from, as a noun or a compound's first part (`his hometown of X`)
    HOME_WORDS: frozenset[str] = frozenset()
    #: verbs of receiving that, with a person for object, host them (`a reçu le président X à l'Élysée`)
    HOSTING_VERBS: frozenset[str] = frozenset()
    #: forms of address before a name: neither a post nor a type
    HONORIFICS: frozenset[str] = frozenset()
    #: forms of address before a name that say the person's gender (`M.`, `Mrs`): form -> "Masc" or "Fem"
    HONORIFIC_GENDERS: dict[str, str] = field(default_factory=dict)
    #: prefixes a hyphen joins to the word after them, kept one word by the tokenizer (`co-founder`, `ex-wife`)
    HYPHEN_PREFIXES: frozenset[str] = frozenset()
    #: participles that give the name of what a noun describes (`the gunman, identified as X`)
    IDENTIFYING_VERBS: frozenset[str] = frozenset()
    #: subject pronouns that stand for no one in particular (`on`)
    IMPERSONAL_PRONOUNS: frozenset[str] = frozenset()
    #: articles that introduce something new, which the tagger does not always mark indefinite (`de vives
    #: critiques`, `a fine`)
    INDEFINITE_ARTICLES: frozenset[str] = frozenset()
    #: verbs whose complement happens exactly when they do: their negation passes on
    IMPLICATIVE_VERBS: frozenset[str] = frozenset()
    #: verbs that report speech only when set after what they report (besides `SPEECH_VERBS`)
    INCISE_VERBS: frozenset[str] = frozenset()
    #: the infinitives of the auxiliaries, before a past participle (`d'avoir violé X`)
    INFINITIVE_AUXILIARIES: frozenset[str] = frozenset()
    #: words counting or saying an event's injured (`50 blessés`, `left 50 people injured`)
    INJURY_TOLL_WORDS: frozenset[str] = frozenset()
    #: prepositions introducing where a title is held, when what follows is an organisation
    INSTITUTION_CASES: frozenset[str] = frozenset()
    #: nouns of intent, commitment or leave whose complement is their holder's aim, or what they may do, not a fact
    #: (`plan`, `contract`, `permission`)
    INTENT_NOUNS: frozenset[str] = frozenset()
    #: verbs whose complement has not happened yet
    INTENT_VERBS: frozenset[str] = frozenset()
    #: prepositions of an interview's or a speech's noun naming who heard the speaker
    INTERVIEWER_CASES: frozenset[str] = frozenset()
    #: nouns of an interview or a speech
    INTERVIEW_NOUNS: frozenset[str] = frozenset()
    #: verbs that do away with jobs as their object (`a supprimé 300 emplois`, `shed 300 jobs`): they reduce them
    JOB_CUTTING_VERBS: frozenset[str] = frozenset()
    #: jobs, as written from the noun on (`emplois`, `jobs`), which a verb of doing away with reduces
    JOB_NOUNS: tuple[str, ...] = ()
    #: verbs of joining an organisation, whose complement of manner is the post taken there
    JOINING_VERBS: frozenset[str] = frozenset()
    #: prepositions naming all the parties of a joint event (`la fusion entre A et B`)
    JOINT_CASES: frozenset[str] = frozenset()
    #: the determiners `LATTER_WORDS` take (`ces derniers`)
    LATTER_DETERMINERS: frozenset[str] = frozenset()
    #: words that, plural after a demonstrative, stand for the plural named last: `ces derniers`
    LATTER_WORDS: frozenset[str] = frozenset()
    #: determiners a label may open with, which comparing and minting names leaves out (`la société`, `the firm`)
    LEADING_DETERMINERS: frozenset[str] = frozenset()
    #: particles that make a verb of a post one of leaving it (`X stepped down as CEO of Acme`)
    LEAVING_PARTICLES: frozenset[str] = frozenset()
    #: verbs whose subject leaves the post of their `as` complement, and its employer: `X resigned as CEO of Acme`
    LEAVING_VERBS: frozenset[str] = frozenset()
    #: texts a legislature adopts, as written from the noun on (`bill`, `projet de loi`)
    LEGISLATION_NOUNS: tuple[str, ...] = ()
    #: prepositions of the level a move reaches
    LEVEL_CASES: frozenset[str] = frozenset()
    #: nouns of access and use, which stand for their complement
    LIGHT_NOUNS: frozenset[str] = frozenset()
    #: prepositions whose complement says why, when or by whom rather than what a noun is: never part of its text
    LOOSE_CASES: frozenset[str] = frozenset()
    #: verbs of losing, whose sum of money is a loss, not a move of their subject (`Valtek lost $300 million`)
    LOSS_VERBS: frozenset[str] = frozenset()
    #: prepositions of a bare event noun saying how something was done (`lancé X en partenariat avec Y`): whoever did
    #: it takes part in the event, and the phrase is no part of the object's text
    MANNER_CASES: frozenset[str] = frozenset()
    #: abbreviations of a magnitude written right after an amount's number (`$66m`, `£2bn`), one word with it
    MAGNITUDE_ABBREVIATIONS: frozenset[str] = frozenset()
    #: prepositions that make their object a member of a group
    MEMBERSHIP_CASES: frozenset[str] = frozenset()
    #: prepositions after which a figure names whose it is: `revenue at Acme rose`, `les ventes chez Acme`
    MEASURE_OWNER_CASES: frozenset[str] = frozenset()
    #: prepositions of what a move noun is a move of: `a 20% rise in profit`, `une hausse de 20 % de son bénéfice`
    MEASURE_CASES: frozenset[str] = frozenset()
    #: auxiliaries of the conditional and of possibility: not (yet) a fact
    MODAL_AUXILIARIES: frozenset[str] = frozenset()
    #: verbs of possibility and intent whose infinitive is not (yet) a fact
    MODAL_VERBS: frozenset[str] = frozenset()
    #: nouns of a direction of a price -> the property of the move
    MOVEMENT_DIRECTIONS: dict[str, str] = field(default_factory=dict)
    #: verbs after which a direction word tells a move
    MOVEMENT_GOVERNORS: frozenset[str] = frozenset()
    #: verbs of a price or an index moving, or standing at a level, when they take an amount -> the property of the
    #: move
    MOVEMENT_VERBS: dict[str, str] = field(default_factory=dict)
    #: verbs whose object is a move of their subject
    MOVE_CARRYING_VERBS: frozenset[str] = frozenset()
    #: verbs of reaching a level, whose object a low or a high moves their subject to its level (`hit a two-week low
    #: of $1.35`, `a touché un plus bas de deux semaines à 1,35 dollar`)
    LEVEL_REACHING_VERBS: frozenset[str] = frozenset()
    #: nouns of a trading session a market's move may end or open (`a terminé la séance en hausse de 1,2 %`)
    SESSION_NOUNS: frozenset[str] = frozenset()
    #: the word a comparative bound takes before its number (`more than 500 people`), kept with the amount
    COMPARATIVE_MARKERS: frozenset[str] = frozenset()
    #: nouns of a visit, and the prepositions that put someone on one and name where it is to (`en visite à Lyon`,
    #: `on a visit to Lyon`, `la visite de X en Chine`, `X's trip to China`: X visits it)
    VISIT_NOUNS: frozenset[str] = frozenset()
    VISIT_CASES: frozenset[str] = frozenset()
    VISITED_CASES: frozenset[str] = frozenset()
    #: places whose name opens with a nationality word, which gives no one a nationality (`British Columbia`)
    PLACES_NAMED_BY_DEMONYMS: frozenset[str] = frozenset()
    #: verbs of going somewhere, whose place of arrival is visited (`X went to Berlin`)
    TRAVEL_VERBS: frozenset[str] = frozenset()
    #: words inside an organisation's or a place's name that join its parts (names in other languages too)
    NAME_CONNECTORS: frozenset[str] = frozenset()
    #: particles inside a person's name (names in other languages too)
    NAME_PARTICLES: frozenset[str] = frozenset()
    #: nouns whose complement names what they are, not where they are
    NAMING_NOUNS: frozenset[str] = frozenset()
    #: words that negate their clause
    NEGATION_WORDS: frozenset[str] = frozenset()
    #: determiners that say there is none of their noun
    NEGATIVE_DETERMINERS: frozenset[str] = frozenset()
    #: pronouns that say there is nothing or no one: an object of theirs negates the clause (`ne reproche rien à X`)
    NEGATIVE_PRONOUNS: frozenset[str] = frozenset()
    #: adjectives of a harsh judgement: what an evaluating verb's subject calls so, it criticises
    NEGATIVE_JUDGEMENTS: frozenset[str] = frozenset()
    #: kinds of entity a pronoun without a gender may stand for (`its`: an organisation or a product)
    NEUTER_REFERENT_KINDS: frozenset[str] = frozenset()
    #: nouns that, after the agent's preposition, say when or how, not who: `par le passé`, `par la suite`
    NON_AGENT_NOUNS: frozenset[str] = frozenset()
    #: verbs whose object does what their infinitive says (`asked X to join Y`, `helped X build`); after another
    #: verb, an infinitive says what the subject did it for (`left X to join Y`: the subject joins)
    OBJECT_CONTROL_VERBS: frozenset[str] = frozenset()
    #: pronouns that stand for someone or something as an object -> their gender (none: a thing in English, either
    #: in French): `replaced him`, `sold it to X`, `l'a revendue à X`
    OBJECT_PRONOUNS: dict[str, str] = field(default_factory=dict)
    #: the preposition of what a noun is of, which names a relation minted from the noun (`atout maître de`)
    OF_CASE: str = ""
    #: prepositions of a noun's complement that belongs to its text (names in other languages too)
    OF_CASES: frozenset[str] = frozenset()
    #: prepositions of a noun's complement that says what it is about, part of its text when that is a common noun
    #: (`a bill on immigration`; not a name, an argument of the verb: `sanctions on Russia`); languages whose parse
    #: hangs every complement on its noun alike need none
    TOPIC_CASES: frozenset[str] = frozenset()
    #: verbs of ordering, which buy goods (`GOODS_NOUNS`) and order anything else
    ORDERING_VERBS: frozenset[str] = frozenset()
    #: prepositions that say where a described name comes from, which is where it is based (`a band from Leeds`)
    ORIGIN_CASES: frozenset[str] = frozenset()
    #: nouns of a phrase that says where someone comes from, an organisation: `a rejoint X en provenance de Brimex`
    ORIGIN_NOUNS: frozenset[str] = frozenset()
    #: role nouns an organisation is described by too (`le leader mondial de l'acier`, `a chip specialist`): they do
    #: not make the name they describe a person's
    ORGANISATION_ROLES: frozenset[str] = frozenset()
    #: words that make a noun describe something other than what was told of (`the only other airline`)
    OTHER_WORDS: frozenset[str] = frozenset()
    #: nouns of a participant in an event -> the role they give
    PARTICIPANT_ROLES: dict[str, str] = field(default_factory=dict)
    #: endings of participles, which make verbless headlines of their own
    PARTICIPLE_ENDINGS: tuple[str, ...] = ()
    #: past participles also spelt as nouns (`élu`: an elected official), which a tagger may take for the noun where
    #: they are the verb (`X, élu maire en 2020`)
    PARTICIPLES_SPELT_AS_NOUNS: frozenset[str] = frozenset()
    #: endings of past participles: after a passive auxiliary, a post's noun with one may be a passive verb
    PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ()
    #: the preposition of a partner, which makes an event between agents joint: `un partenariat avec X`
    PARTNER_CASE: str = ""
    #: words that make an organisation's name a political party's (`Parti socialiste`, `Conservative Party`): who
    #: holds a post of one is its member
    PARTY_NOUNS: frozenset[str] = frozenset()
    #: the preposition of a passive's agent: `remplacée par X`, `replaced by X`
    AGENT_CASE: str = ""
    #: adverbs that make `have` / `be` with an infinitive something still to happen (`has yet to sell`)
    PENDING_ADVERBS: frozenset[str] = frozenset()
    #: verbs of perception: what a gerund right after their object says, the object does (`observed X delivering
    #: packages`)
    PERCEPTION_VERBS: frozenset[str] = frozenset()
    #: words of a percentage
    PERCENT_WORDS: frozenset[str] = frozenset()
    #: singular subject pronouns -> their gender (`Masc`, `Fem`; empty for a thing: `it`)
    PERSONAL_PRONOUNS: dict[str, str] = field(default_factory=dict)
    #: titles that, followed by a comma and a person's name, introduce that person
    PERSON_TITLES: frozenset[str] = frozenset()
    #: prepositions that say where
    PLACE_CASES: frozenset[str] = frozenset()
    #: relative words that stand for a place, opening a clause of what happens there (`Kenya, where it employs …`)
    PLACE_RELATIVES: frozenset[str] = frozenset()
    #: plural subject pronouns, which stand for what was named together
    PLURAL_PRONOUNS: frozenset[str] = frozenset()
    #: a government's portfolios, which a title compounded on them names, not an employer (`Health Secretary X`)
    PORTFOLIO_WORDS: frozenset[str] = frozenset()
    #: verbs of forming that, with people for object, train them (`a formé 300 ingénieurs`; `a formé un parti`)
    TRAINING_VERBS: frozenset[str] = frozenset()
    #: trades one practises somewhere rather than posts one holds in an organisation: a place named before them is
    #: where their holder is based, not whom they work for (`Sacramento rapper X`, `a Chicago lawyer`)
    PRACTITIONER_NOUNS: frozenset[str] = frozenset()
    #: nouns that make a preposition with `as` and `of`, saying nothing of what the subject is (`as part of X`)
    PREPOSITION_NOUNS: frozenset[str] = frozenset()
    #: adjectives of being somewhere, whose place a description's name is in (`an armed group active in Congo`)
    PRESENCE_ADJECTIVES: frozenset[str] = frozenset()
    #: possessive pronouns and determiners of one third-person owner -> the owner's gender (empty for a thing, `its`,
    #: or where the word agrees with what is owned, `son`)
    POSSESSIVE_PRONOUNS: dict[str, str] = field(default_factory=dict)
    #: nouns that stand for the post their complement names
    POST_NOUNS: frozenset[str] = frozenset()
    #: verbs whose object or prepositional complement, a post noun, names the post their subject holds, takes or
    #: leaves (`occupe le poste de directeur`, `held the post of mayor`, `resigned from his post as chairman`)
    POST_VERBS: frozenset[str] = frozenset()
    #: prepositions marking a predicate of the subject
    PREDICATIVE_CASES: frozenset[str] = frozenset()
    #: prepositions of how much an act is done for, or how large a share it holds: an amount after one is the fact's
    #: quantity (`racheté pour 2 milliards`, `détenu à 40 %`, `acquired for $2 billion`)
    PRICE_CASES: frozenset[str] = frozenset()
    #: relative pronouns that carry a preposition, and which (`X, dont le siège est à Lyon`: the siège `de` X)
    PREPOSITIONAL_RELATIVES: dict[str, str] = field(default_factory=dict)
    #: endings of infinitives (a verb without one is no infinitive, whatever its tag: `négocie`)
    INFINITIVE_ENDINGS: tuple[str, ...] = ()
    #: endings of the conditional (a verb without one is none, whatever its tag: `figurent`)
    CONDITIONAL_ENDINGS: tuple[str, ...] = ()
    #: (ending, replacement) pairs that make a regular present-tense verb its lemma, tried in order
    PRESENT_ENDINGS: tuple[tuple[str, str], ...] = ()
    #: the same pairs for a verb whose subject is plural, where its form differs (English `A and B own X`: the
    #: base form itself)
    PLURAL_PRESENT_ENDINGS: tuple[tuple[str, str], ...] = ()
    #: prices, rates and forecasts, as written from the noun on (`rates`, `forecast`), which a verb of raising
    #: increases
    PRICE_NOUNS: tuple[str, ...] = ()
    #: verbs that raise a price or a rate as their object (`raised interest rates`): they increase it (not `raised
    #: $40 million`, `raised concerns`)
    PRICE_RAISING_VERBS: frozenset[str] = frozenset()
    #: verbs that prompt someone to act (`led X to resign`, `a poussé X à démissionner`): with an infinitive, the
    #: act done is the fact, not the verb's own
    PROMPTING_VERBS: frozenset[str] = frozenset()
    #: adjectives of being near, likely, able or minded to do what their gerund or infinitive says, which has not
    #: happened (`X is close to buying Y`, `interested in acquiring Y`, `X is likely to buy Y`)
    PROSPECT_ADJECTIVES: frozenset[str] = frozenset()
    #: what is put forward for others to decide on, as written from the noun on (`plan`, `projet de loi`): what its
    #: verbs propose
    PROPOSAL_NOUNS: tuple[str, ...] = ()
    #: verbs that put a proposal forward as their object (`a présenté un plan`, `introduced a bill`)
    PROPOSING_VERBS: frozenset[str] = frozenset()
    #: markers of a purpose clause
    PURPOSE_MARKERS: frozenset[str] = frozenset()
    #: a preposition and a noun that make the infinitive after them a purpose clause: `in order to`
    PURPOSE_PHRASES: frozenset[str] = frozenset()
    #: adverbs of quantity that make a complement a noun phrase, not a preposition
    QUANTITY_ADVERBS: frozenset[str] = frozenset()
    #: nouns of quantity whose complement is the real referent
    QUANTITY_NOUNS: frozenset[str] = frozenset()
    #: adjectives ranking a noun first, last or alone, whose infinitive says what its referent did (`la première
    #: femme à diriger X`, `the only bank to lend to Y`)
    RANKING_ADJECTIVES: frozenset[str] = frozenset()
    #: prepositions naming who a leader is ahead of
    RANKING_CASES: frozenset[str] = frozenset()
    #: verbs whose coordinated subjects, with no object or partner phrase, do it with each other (`A et B ont
    #: fusionné`, `A and B merged`): the relation is their partner frame's; a subject and its object are then named
    #: together (`A met B. The two men …`)
    RECIPROCAL_VERBS: frozenset[str] = frozenset()
    #: reflexive clitic pronouns
    REFLEXIVE_CLITICS: frozenset[str] = frozenset()
    #: verbs whose complement's object is what they refuse
    REFUSAL_VERBS: frozenset[str] = frozenset()
    #: nouns of a region of a place
    REGION_NOUNS: frozenset[str] = frozenset()
    #: relative pronouns standing for a clause's object
    RELATIVE_OBJECT_WORDS: frozenset[str] = frozenset()
    #: relative pronouns
    RELATIVE_PRONOUNS: frozenset[str] = frozenset()
    #: nouns of a span of time that an adjective makes a date
    RELATIVE_TIME_NOUNS: frozenset[str] = frozenset()
    #: verbs of moving something elsewhere: a seat moved there is where its owner is based (`moved its headquarters
    #: to Amsterdam`, `a transféré son siège à Lyon`)
    RELOCATION_VERBS: frozenset[str] = frozenset()
    #: verbs whose subject, with no object, leaves their post: `X resigned on Monday` (with their known employer)
    RESIGNING_VERBS: frozenset[str] = frozenset()
    #: a company's results, as written from the noun on (`loss`, `chiffre d'affaires`): what its verbs report
    RESULT_NOUNS: tuple[str, ...] = ()
    #: verbs that report a result as their object (`posted a loss of $2m`, `a réalisé un bénéfice de 3 millions`)
    RESULT_VERBS: frozenset[str] = frozenset()
    #: verbs of running (in English, having) something, which operate a facility (`runs 15 stores`, `has a plant in
    #: Ohio`, `exploite trois usines`)
    RUNNING_VERBS: frozenset[str] = frozenset()
    #: titles that say the person founded the organisation they are of
    ROLE_FOUNDERS: frozenset[str] = frozenset()
    #: collective actions of protest, as written from the noun on (`strike`, `manifestation`): staging one conducts it
    PROTEST_NOUNS: tuple[str, ...] = ()
    #: verbs of staging a collective action (`called a strike`, `staged a walkout`, `a organisé une manifestation`)
    STAGING_VERBS: frozenset[str] = frozenset()
    #: what an election gives, as written from the noun on (`seats`, `sièges`): taking them wins them
    SEAT_NOUNS: tuple[str, ...] = ()
    #: verbs of taking what an election gives (`took 12 seats`, `a obtenu 12 sièges`)
    SEAT_WINNING_VERBS: frozenset[str] = frozenset()
    #: a score or a small range written with a hyphen, which the tokenizer keeps one word (`3-1`, `10-15`)
    SCORES: re.Pattern[str] | None = None
    #: prepositions that make a seeking noun a state
    SEEKING_CASES: frozenset[str] = frozenset()
    #: nouns of seeking
    SEEKING_NOUNS: frozenset[str] = frozenset()
    #: verbs whose complement of manner is the post their subject holds
    SERVING_VERBS: frozenset[str] = frozenset()
    #: nouns of a site, which the place named by their complement locates
    SITE_NOUNS: frozenset[str] = frozenset()
    #: prepositions that name a statement's source
    SOURCE_CASES: frozenset[str] = frozenset()
    #: verbs of saying whose clause or quotation is reported speech
    SPEECH_VERBS: frozenset[str] = frozenset()
    #: prepositions of whom a spokesperson speaks for
    SPOKESPERSON_CASES: frozenset[str] = frozenset()
    #: nouns of a spokesperson, who speaks for whom they are of (`un porte-parole de X`, `a spokesman for X`)
    SPOKESPERSON_NOUNS: frozenset[str] = frozenset()
    #: nouns of a workforce, which a verb of having with a number counts (`compte 300 salariés`, `has 300
    #: employees`: employs them)
    STAFF_NOUNS: frozenset[str] = frozenset()
    #: verbs of having whose counted workforce is who the subject employs
    STAFF_VERBS: frozenset[str] = frozenset()
    #: prepositions of what a share is held in: `shares in X`
    STAKE_CASES: frozenset[str] = frozenset()
    #: what a share of a company is called
    STAKE_NOUNS: frozenset[str] = frozenset()
    #: prefixes of a stance for or against, hyphened to a nationality or party adjective, which then says no one's
    #: nationality or party (`a pro-Russian leader`, `an anti-American activist`)
    STANCE_PREFIXES: frozenset[str] = frozenset()
    #: verbs whose complement does not happen: its fact is negated
    STOP_VERBS: frozenset[str] = frozenset()
    #: kinds of entity a subject pronoun may also stand for where that entity was a clause's subject (`le Texas
    #: refuse … Il a été rejoint`: a state acts; a place merely named does not)
    SUBJECT_REFERENT_KINDS: frozenset[str] = frozenset()
    #: words that make a head's title a post under the head (`directeur adjoint`, `vice-président`, `deputy
    #: director`): its holder does not lead what the title is of
    SUBORDINATE_TITLE_WORDS: frozenset[str] = frozenset()
    #: prepositions of where people of a role work, kept in the mention (`researchers at the University of X`)
    STAFF_CASES: frozenset[str] = frozenset()
    #: nouns of taking someone's place (`en remplacement de X`)
    SUCCEEDING_NOUNS: frozenset[str] = frozenset()
    #: verbs whose object held the post their subject takes (`X succeeded Y as chief executive`)
    SUCCEEDING_VERBS: frozenset[str] = frozenset()
    #: nouns that sum up the clause before them, set off at the end of a sentence (`…, une décision critiquée par
    #: X`, `…, a move criticised by X`): they describe no word of the clause
    SUMMARY_NOUNS: frozenset[str] = frozenset()
    #: the preposition of what is supplied when a supply verb's object is who gets it: `provide hospitals with X`
    SUPPLIED_CASE: str = ""
    #: objects of support-verb phrases, which name no thing (`took a decision`) but for a verb the lexicon knows
    SUPPORT_OBJECTS: frozenset[str] = frozenset()
    #: support verbs, whose support objects name no thing even where the lexicon knows the verb (`made a decision`)
    SUPPORT_VERBS: frozenset[str] = frozenset()
    #: verbs of talking, whose complement names an interlocutor, not what the talk is about
    TALK_VERBS: frozenset[str] = frozenset()
    #: participles of aiming at, whose object is what the event noun they describe is about (`une enquête visant X`,
    #: `an investigation targeting X`)
    TARGETING_VERBS: frozenset[str] = frozenset()
    #: prepositions of what an event is about, in the order a targeting participle's object is tried in them
    #: (`une enquête visant X`: `enquêter sur X`)
    TARGET_CASES: tuple[str, ...] = ()
    #: verbs that only give their infinitive a tense (`va ouvrir`, `vient d'ouvrir`, `is going to open`)
    TENSE_VERBS: frozenset[str] = frozenset()
    #: prepositions of a time relative to an event (`depuis son arrivée mercredi`: the day is the arrival's)
    TIME_CASES: frozenset[str] = frozenset()
    #: nouns of a name, which say what something is called, not what it is (`X (full name: Y)`, `X is a brand name`)
    NAME_NOUNS: frozenset[str] = frozenset()
    #: nouns of a time, which say when without a preposition (`il est arrivé la veille`, `le matin`)
    TIME_NOUNS: frozenset[str] = frozenset()
    #: adjectives that make a title with the post noun after them, capitalised as titles are, not names (`le
    #: Premier ministre`, `Prime Minister`)
    TITLE_ADJECTIVES: frozenset[str] = frozenset()
    #: articles that, capitalised inside a sentence, are the name's own (`selon Le Figaro`, `les Verts` written `Les
    #: Verts`, `Le Caire`); English capitalises `The` in too many names the NER spans wrongly to be told so
    TITLE_ARTICLES: frozenset[str] = frozenset()
    #: nouns of a toll, whose complement made the dead it counts (`le bilan de l'attaque s'élève à 45 morts`)
    TOLL_NOUNS: frozenset[str] = frozenset()
    #: verbs whose object counts the dead or injured an event made (`a fait trois morts`, `left 20 people dead`)
    TOLL_VERBS: frozenset[str] = frozenset()
    #: relational nouns that, with no complement, relate to what the text is about (`its corporate parent X`)
    TOPIC_RELATIVE_NOUNS: frozenset[str] = frozenset()
    #: words saying a plural description holds for all its members (`tous deux anciens ministres`, `all three`)
    TOTALITY_WORDS: frozenset[str] = frozenset()
    #: units written in two words after a number, which the parser splits from it (`fell 20 per cent`)
    TWO_WORD_UNITS: frozenset[str] = frozenset()
    #: verbs whose compound tenses take `être` with no passive sense, which the parser reads as passives
    #: (`l'explosion est survenue à Marseille`, `elle est arrivée à Lyon`)
    UNACCUSATIVE_VERBS: frozenset[str] = frozenset()
    #: verbs whose `que` / `that` clause or infinitive says what is wished, feared, demanded or proposed, not what
    #: is: its facts are hypothetical (`propose que Valtek rachète Orvane`, `urged Valtek to close the plant`)
    UNASSERTED_CLAUSE_VERBS: frozenset[str] = frozenset()
    #: nouns whose `that` / `que` clause (or `selon laquelle` relative) says what is alleged, feared or rumoured,
    #: not what is: its facts are hypothetical (`allegations that it bribed officials`)
    UNASSERTED_CONTENT_NOUNS: frozenset[str] = frozenset()
    #: words that value a deal, whose complement is its amount (`a deal valued at $3 billion`, `worth`)
    VALUATION_WORDS: frozenset[str] = frozenset()
    #: nouns of an amount of money, whose complement is the amount (`pour un montant de 3 milliards`)
    VALUE_NOUNS: frozenset[str] = frozenset()
    #: adjectives spelt as a verb's past participle that are adjectives in their own right, with their phrase too
    #: (`une école privée à Lyon` is no participle of `priver`; written masculine singular)
    PARTICIPLE_SPELT_ADJECTIVES: frozenset[str] = frozenset()
    #: present forms of verbs spelt as an adjective, which the tagger takes for it (`X dément avoir …`: démentir)
    VERB_FORMS_SPELT_AS_ADJECTIVES: frozenset[str] = frozenset()
    #: verb forms the lemmatizer reads wrong -> their lemma (`fined` is `fine`, not the verb `fin`)
    VERB_LEMMAS: dict[str, str] = field(default_factory=dict)
    #: adjectives of where someone comes from, whose `de` / `of` phrase is their birthplace (`est originaire de Lyon`)
    ORIGIN_ADJECTIVES: frozenset[str] = frozenset()
    #: decisions of a court, a body, a legislature or voters, as written from the noun on (`jugement`, `ruling`,
    #: `law`): ANNULLING_VERBS overturn them
    RULING_NOUNS: tuple[str, ...] = ()
    #: places of learning, as written from the noun on, or a word of their name (`Karvin University`): ATTENDING_VERBS
    #: are educated at them
    SCHOOL_NOUNS: tuple[str, ...] = ()
    #: votes, which a passive's `by` / `par` phrase counts as a margin, not as who acted (`réélu par 551 voix`)
    VOTE_NOUNS: frozenset[str] = frozenset()
    #: works someone directs, writes or makes, as written from the noun on (`film`, `roman`): AUTHORING_VERBS create
    WORK_NOUNS: tuple[str, ...] = ()


_SHAPES = {frozenset[str]: "a list of words", dict[str, str]: "a table of word = word",
           dict[str, int]: "a table of word = number", str: "a word",
           re.Pattern[str] | None: "a regular expression", tuple[str, ...]: "a list of words",
           tuple[tuple[str, str], ...]: "a list of [word, word] pairs"}


def _converted(kind: Any, value: Any) -> Any:
    """A TOML value in the shape `kind` declares, or ValueError."""
    words = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == frozenset[str] and words:
        return frozenset(value)
    if kind == tuple[str, ...] and words:
        return tuple(value)
    if kind == dict[str, str] and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    if kind == dict[str, int] and isinstance(value, dict) and all(type(v) is int for v in value.values()):
        return dict(value)
    if kind is str and isinstance(value, str):
        return value
    if kind == re.Pattern[str] | None and isinstance(value, str):
        return re.compile(value)
    if kind == tuple[tuple[str, str], ...] and isinstance(value, list) and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in value):
        return tuple(tuple(p) for p in value)
    raise ValueError(f"must be {_SHAPES[kind]}")


def _line_of(text: str, name: str) -> int:
    """The line a list is written on (TOML keeps no positions)."""
    return next((n for n, line in enumerate(text.splitlines(), 1)
                 if line.startswith((f"{name} ", f"{name}=", f"[{name}]"))), 0)


def read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """A language data file's text and table; a file that is no TOML fails naming it."""
    text = path.read_text(encoding="utf-8")
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: {error}") from None


def load_words(path: Path) -> WordLists:
    """A language's word lists from its TOML file, checked against `WordLists`."""
    text, data = read_toml(path)
    kinds = {f.name: f.type for f in fields(WordLists)}
    values = {}
    for name, value in data.items():
        if name not in kinds:
            raise LexiconError(f"{path}:{_line_of(text, name)}: {name} is no list name of kg/lang/words.py; "
                               f"declare it there (one set of names for every language)")
        try:
            values[name] = _converted(kinds[name], value)
        except ValueError as error:
            raise LexiconError(f"{path}:{_line_of(text, name)}: {name} {error}") from None
    return WordLists(**values)
