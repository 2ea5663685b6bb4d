"""English word lists the rules consult: closed classes of grammar words, not names of anything."""

import re

LANG = "en"

#: present-tense endings of regular verbs and what makes the base form of them (`blocks` -> `block`): a headline
#: verb the tagger missed is recognised by them (kg/headlines.py)
PRESENT_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
#: endings of participles (and of `-ing` nouns), which are no finite verb: `taken`, `seen`, `ruling`
PARTICIPLE_ENDINGS = ("ing", "ed", "en", "wn", "ne")
#: English prepositions head their phrase: no noun complement is marked by a case word
COMPLEMENT_CASE = ""

#: prepositions whose object is the where/when of a fact rather than one of its participants
SOURCE_PHRASES = frozenset({"according"})
#: `provide access to X` provides X
LIGHT_NOUNS = frozenset({"access", "use"})
#: objects of support-verb phrases, which name no thing: `play a role`, `take a decision`
SUPPORT_OBJECTS = frozenset({"role", "decision", "step", "place", "part", "note", "care", "action", "effect",
                             "way", "time", "look"})
#: pronouns that, inside a quotation, are its speaker
FIRST_PERSON_PRONOUNS = frozenset({"i", "we", "me", "us"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
#: determiners that say there is none of their noun: `no agreement`
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
#: nouns of intent whose infinitive is their holder's aim (`in an attempt to block the merger`)
INTENT_NOUNS = frozenset({"attempt", "effort", "bid", "move", "push", "drive", "plan", "decision", "intention",
                          "offer", "promise", "pledge", "threat", "campaign", "quest"})
#: verbs whose complement does not happen (`refused to sign`, `stopped using`): its fact is negated
STOP_VERBS = frozenset({"stop", "cease", "quit", "avoid", "refuse", "decline", "fail", "abandon"})
#: verbs whose complement's object is what they refuse (`refused to issue the cards` rejects the cards)
REFUSAL_VERBS = frozenset({"refuse", "reject", "decline"})
#: verbs whose complement happens exactly when they do (`did not manage to sell`): their negation passes on
IMPLICATIVE_VERBS = frozenset({"manage", "succeed", "dare", "bother"})
#: auxiliaries of the conditional and of possibility (a future, `will`, is reported as a fact, as in French)
MODAL_AUXILIARIES = frozenset({"could", "might", "may", "would", "should", "can", "'d"})
#: verbs whose `to`-complement has not happened yet: `plans to buy`
INTENT_VERBS = frozenset({"plan", "intend", "aim", "seek", "hope", "want", "expect", "consider", "propose",
                          "try", "wish", "prepare", "threaten", "promise", "offer"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
#: verbs of saying whose clause or quotation is reported speech
SPEECH_VERBS = frozenset({"say", "tell", "state", "explain", "add", "claim", "argue", "note", "write", "insist",
                          "warn", "declare", "confirm", "stress", "suggest", "acknowledge", "reply", "tweet",
                          "post"})
#: verbs of starting, going on and stopping, whose `-ing` complement is the fact itself (`started charging X`)
ASPECTUAL_VERBS = frozenset({"start", "begin", "continue", "keep", "finish", "resume", "stop", "quit", "cease",
                             "avoid", "spend", "go", "come"})
#: the tag of an `-ing` form, which makes a clause a verb may take as its object (`denies conspiring`)
GERUND_TAG = "VBG"
#: prepositions before a gerund whose subject is the clause's (`after releasing …`), unlike `in neighbouring X`
GERUND_PREPOSITIONS = frozenset({"after", "before", "by", "while", "since", "without", "upon", "through",
                                 "despite", "besides"})
#: prepositions before a gerund whose subject is the verb's object (`tasked X with hacking`, `accused X of
#: stealing`, `blamed X for causing`); `from` is left out: `stopped X from leaving` says X did not
CONTROL_PREPOSITIONS = frozenset({"with", "of", "for"})
#: verbs of talking, whose `to` / `with` names an interlocutor, not what the talk is about
TALK_VERBS = frozenset({"speak", "talk", "respond", "listen", "refer", "point", "appeal", "apologise", "apologize"})
#: markers of examples of a group: `companies such as A and B`, `partners including A`
EXAMPLE_MARKERS = frozenset({"such as", "including", "like", "notably", "especially"})
#: titles that say the person founded the organisation they are "of"
ROLE_FOUNDERS = frozenset({"founder", "co-founder", "cofounder"})
#: titles whose holder leads what their `of` complement names (`the chief of the party`, `president of Acme`)
HEAD_TITLES = frozenset({"chief", "head", "president", "chairman", "chairwoman", "chair", "director", "leader",
                         "boss", "ceo", "governor", "mayor"})
#: verbs that give someone a post: `Acme appointed X as CEO`, `X was named chief executive`
APPOINTMENT_VERBS = frozenset({"appoint", "name", "nominate", "hire", "promote", "elect", "choose", "pick", "tap",
                               "install", "reappoint", "recruit"})
#: verbs whose `as` complement is the post their subject holds: `X served as governor of Y`
SERVING_VERBS = frozenset({"serve", "act", "work", "sit", "remain", "continue", "stay"})
#: prepositions introducing a role's organisation: `CEO of Apple`, `engineer at Google`, `a spokeswoman for X`,
#: `an executive with X`
EMPLOYER_PREPOSITIONS = frozenset({"of", "at", "for", "with"})
#: named-entity types of amounts: an object that is one points at what it is an amount of
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
PERCENT_WORDS = frozenset({"%", "percent", "pc"})

DATE_WORDS = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|week|month|year)\b",
    re.IGNORECASE,
)

#: `make X available to Y` provides X to Y
AVAILABILITY_ADJECTIVES = frozenset({"available", "accessible"})

#: nouns for where an organisation is based: `X's headquarters are in Y`, `X, whose headquarters is in Y`
HEADQUARTERS_NOUNS = frozenset({"headquarters", "headquarter", "hq"})
#: prepositions introducing that place
PLACE_PREPOSITIONS = frozenset({"in", "at"})
#: prepositions that make a verb with no object a relation to the name they introduce (`expand in Malaysia`,
#: `compete with Boeing`), unlike those of time, cause or source
ARGUMENT_PREPOSITIONS = frozenset({"in", "into", "at", "on", "to", "with", "against", "from", "for", "over",
                                   "about", "toward", "towards", "across", "inside", "within", "beyond"})
#: nouns of a region of a place: `in the north-east of China`
REGION_NOUNS = frozenset({"north", "south", "east", "west", "north-east", "northeast", "north-west", "northwest",
                          "south-east", "southeast", "south-west", "southwest", "centre", "center", "region",
                          "province", "suburbs", "outskirts"})
#: verbs too general to name a relation of their own: an unknown-verb fact is not minted from them
GENERIC_VERBS = frozenset({"have", "be", "do", "get", "go", "come", "become", "remain", "seem", "make", "put",
                           "hear", "land", "keep", "hold"})
#: what a share of a company is called: `took a 10% stake in X` invests in X
STAKE_NOUNS = frozenset({"stake", "share", "holding", "interest", "position"})
#: verbs that say what their subject is (or has come to be): `X, who became CEO of Y`
COPULA_VERBS = frozenset({"be", "become", "remain"})
#: verbs that tell a price or an index moving, when they take an amount: `fell 26 cents`
MOVEMENT_VERBS = {"fall": "falls", "drop": "falls", "decline": "falls", "slip": "falls", "slide": "falls",
                  "tumble": "falls", "plunge": "falls", "sink": "falls", "lose": "falls", "shed": "falls",
                  "dip": "falls", "ease": "falls", "shrink": "falls", "rise": "rises", "gain": "rises",
                  "climb": "rises", "jump": "rises", "surge": "rises", "add": "rises", "advance": "rises",
                  "rally": "rises", "soar": "rises", "grow": "rises", "increase": "rises", "rebound": "rises",
                  "recover": "rises", "spike": "rises", "slump": "falls", "plummet": "falls", "retreat": "falls",
                  "dive": "falls", "skid": "falls", "contract": "falls"}
#: verbs after which a direction word tells a move: `was down 14 cents`, `closed up 2%`
MOVEMENT_GOVERNORS = frozenset({"be", "close", "end", "finish", "open", "trade", "stand", "remain"})
#: words that tell a move after a copula: `was down 14 cents`
MOVEMENT_DIRECTIONS = {"down": "falls", "up": "rises", "lower": "falls", "higher": "rises"}

#: nouns of an interview, whose `with` / `to` complement names who heard the speaker (`in an interview with X`)
INTERVIEW_NOUNS = frozenset({"interview"})
INTERVIEWER_PREPOSITIONS = frozenset({"with", "to"})

