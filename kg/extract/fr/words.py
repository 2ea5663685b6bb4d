"""French word lists the rules consult: closed classes of grammar words, not names of anything."""

import re

PURPOSE_MARKERS = frozenset({"pour", "afin"})


LIGHT_NOUNS = frozenset({"accès", "utilisation", "usage"})  # "fournir un accès à X" provides X


#: titles that say the person founded the organisation they are "of" (`le fondateur de Acme`)
ROLE_FOUNDERS = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur"})
#: titles that, followed by a comma and a person's name, introduce that person (`la présidente de X, Marie Curie`)
PERSON_TITLES = ROLE_FOUNDERS | frozenset({
    "président", "présidente", "directeur", "directrice", "patron", "patronne", "ministre", "chancelier",
    "chancelière", "dirigeant", "dirigeante", "pdg", "chef", "commissaire", "secrétaire", "porte-parole",
    "ambassadeur", "ambassadrice", "député", "députée", "sénateur", "sénatrice", "maire", "gouverneur",
    "vice-président", "vice-présidente", "responsable", "conseiller", "conseillère"})
#: prepositions that name a title's employer other than `de`: `directeur des ventes pour Vinalys`, `chez Bolt`
EMPLOYER_CASES = frozenset({"pour", "chez"})
#: prepositions naming who a leader is ahead of: `leader du championnat devant Y`
RANKING_CASES = frozenset({"devant"})
#: titles whose holder leads what their `de` complement names (`le chef du parti`, `la présidente de Y`)
HEAD_TITLES = frozenset({"chef", "président", "présidente", "directeur", "directrice", "patron", "patronne",
                         "dirigeant", "dirigeante", "pdg", "leader", "gouverneur", "gouverneure", "maire"})
#: verbs that give someone a post: `Acme a nommé X directeur`, `X a été désignée présidente de Y`
APPOINTMENT_VERBS = frozenset({"nommer", "désigner", "promouvoir", "élire", "choisir", "recruter", "embaucher",
                               "reconduire", "renommer", "introniser", "propulser", "installer"})
#: nouns that stand for the post named by their `de` complement: `au poste de directeur`
POST_NOUNS = frozenset({"poste", "fonction", "rang", "titre"})
#: `à la tête de Y`: whoever is put there leads Y
HEAD_NOUNS = frozenset({"tête", "direction", "commande", "présidence"})


#: objects of support-verb phrases, which name no thing: "jouer un rôle", "prendre une décision"
SUPPORT_OBJECTS = frozenset({"rôle", "décision", "mesure"})
#: the same without an article ("mettre fin à", "faire face", "avoir lieu"); with one they are things
#: ("réclamer la fin de X", "la suite de l'enquête")
BARE_SUPPORT_OBJECTS = frozenset({"lieu", "face", "compte", "fin", "effet", "suite", "attention", "soin", "preuve",
                                  "confiance", "peur", "envie"})


#: nouns of quantity whose `de` complement is the real referent: "une douzaine d'entreprises"
QUANTITY_NOUNS = frozenset(
    {
        "douzaine",
        "dizaine",
        "centaine",
        "millier",
        "million",
        "milliard",
        "nombre",
        "plupart",
        "majorité",
        "ensemble",
        "série",
        "partie",
        "moitié",
        "quart",
        "tiers",
        "poignée",
        "multitude",
        "foule",
        "groupe",
    }
)


#: forms of address before a name (`M. Dupont`): neither a post nor a type
HONORIFICS = frozenset({"m.", "mme", "mlle", "me", "dr", "pr", "mgr", "messieurs", "mesdames"})
#: possessive determiners of one third-person owner (`son chiffre d'affaires`: whose, as `its` in English)
OWNER_DETERMINERS = frozenset({"son", "sa", "ses"})
#: pronouns that, inside a quotation, are its speaker
FIRST_PERSON_PRONOUNS = frozenset({"je", "j'", "j’", "nous", "moi"})
NEGATION_WORDS = frozenset({"pas", "jamais", "aucun", "aucune", "guère", "nullement", "point", "ni"})
#: determiners that say there is none of their noun: `aucun accord`, `nul pays`
NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
#: verbs whose infinitive does not happen (`refuse de signer`, `a cessé d'utiliser`): its fact is negated
STOP_VERBS = frozenset({"cesser", "arrêter", "éviter", "refuser", "renoncer", "abandonner", "interrompre"})
#: verbs whose infinitive's object is what they refuse (`refuse de délivrer ces cartes` rejects the cards)
REFUSAL_VERBS = frozenset({"refuser", "rejeter"})
#: verbs whose infinitive happens exactly when they do (`n'a pas réussi à obtenir`): their negation passes on
IMPLICATIVE_VERBS = frozenset({"réussir", "parvenir", "arriver", "oser"})
#: nouns of intent whose infinitive is their holder's aim (`dans une tentative de bloquer la fusion`)
INTENT_NOUNS = frozenset({"tentative", "effort", "volonté", "projet", "décision", "intention", "promesse", "menace",
                          "offre", "plan", "objectif", "but", "souhait", "ambition"})
#: verbs whose `à`-object does the infinitive (`recommande aux journalistes d'éviter …`, `reproche à X de …`)
DATIVE_CONTROL_VERBS = frozenset({"demander", "recommander", "conseiller", "ordonner", "interdire", "permettre",
                                  "reprocher", "suggérer", "imposer", "défendre", "enjoindre", "déconseiller"})


MODAL_VERBS = frozenset(
    {
        "pouvoir",
        "envisager",
        "songer",
        "projeter",
        "souhaiter",
        "espérer",
        "vouloir",
        "compter",
        "prévoir",
        "tenter",
        "chercher",
        "viser",
        "entendre",
    }
)


#: adverbs of quantity that make `de N` a noun phrase, not a preposition: "plus d'une douzaine d'entreprises"
QUANTITY_ADVERBS = frozenset({"plus", "moins", "près", "environ", "beaucoup", "peu", "trop", "autant"})


REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’", "soi"})


MEMBERSHIP_CASES = frozenset({"parmi"})
#: prepositions introducing where a title is held, when what follows is an organisation (`chercheuse à l'Inserm`)
INSTITUTION_CASES = frozenset({"à"})


#: prepositions that introduce a verb's partner or opponent even when the parser calls it a modifier
#: (`négocier avec X`); other prepositions count only where the lexicon lists the verb with them
ARGUMENT_CASES = frozenset({"avec", "contre", "auprès de"})


SOURCE_CASES = frozenset({"selon", "de après", "d'après", "d’après"})
#: the relative pronoun standing for a clause's object: `l'accord que Renault a signé`
RELATIVE_OBJECT_WORDS = frozenset({"que", "qu'", "qu’"})
#: prepositions of whom a speech verb tells: `a déclaré à l'AFP`
HEARER_CASES = frozenset({"à", "au", "aux", "auprès de"})
#: nouns of an interview or a speech, whose `avec` / `à` / `devant` complement names who heard the speaker (`lors
#: d'une entrevue avec X`, `dans une allocution devant Y`)
INTERVIEW_NOUNS = frozenset({"entrevue", "entretien", "interview", "allocution", "discours"})
INTERVIEWER_CASES = HEARER_CASES | {"avec", "devant"}


#: markers introducing examples of a class: "des entrepreneurs comme A et B", "des groupes tels que A"
EXAMPLE_MARKERS = frozenset({"comme", "que", "dont"})


EXAMPLE_ADVERBS = frozenset({"notamment", "dont", "particulièrement", "surtout", "principalement"})


#: case marking a predicate of the subject: "en tant qu'entreprise américaine, X …"
PREDICATIVE_CASES = frozenset({"en tant que", "comme"})


DATE_WORDS = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}h\d{0,2})\b"  # (`à 9h30`)
    r"|\b(?:an|année|mois|semaine)\s+(?:prochaine?|dernière|dernier|passée?)\b",  # `l'an prochain`
    re.IGNORECASE,
)
#: nouns of a span of time that an adjective makes a date: `l'an prochain`, `la semaine dernière`
RELATIVE_TIME_NOUNS = frozenset({"an", "année", "mois", "semaine"})

LANG = "fr"

#: present-tense endings of regular verbs and what makes the infinitive of them (`sonde` -> `sonder`): a headline
#: verb the tagger missed is recognised by them (kg/headlines.py)
PRESENT_ENDINGS = (("ent", "er"), ("e", "er"))
#: endings of participles, which make verbless headlines of their own (`le chef des rebelles tué par …`)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant")
#: the preposition of a noun's complement, which a subject may have (`le chef des rebelles pourchasse …`)
COMPLEMENT_CASE = "de"

#: nouns for where an organisation is based: `le siège de X est à Y`, `X, dont le siège est à Y`
HEADQUARTERS_NOUNS = frozenset({"siège"})
#: prepositions introducing that place
PLACE_CASES = frozenset({"à", "en", "dans", "sur"})
#: nouns of a region of a place: `dans le nord-est de la Chine`
REGION_NOUNS = frozenset({"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre",
                          "région", "province", "banlieue", "sein"})
#: nouns whose `de` complement names what they are, not where they are: `la ville de Lyon`, `l'île de Pitcairn`
NAMING_NOUNS = frozenset({"ville", "commune", "village", "pays", "état", "île", "archipel", "territoire", "département",
                          "quartier", "comté", "capitale", "république", "royaume", "principauté", "localité",
                          "bourgade", "agglomération", "métropole", "municipalité", "arrondissement", "canton"})
#: nouns of a site, which the place named by their `de` complement locates: `le cimetière juif de Berlin`
SITE_NOUNS = frozenset({"cimetière", "hôpital", "aéroport", "usine", "prison", "stade", "gare", "port", "église",
                        "hôtel", "château", "maison", "ambassade", "cathédrale", "mosquée", "centrale", "raffinerie",
                        "campus", "consulat", "mairie", "préfecture", "commissariat", "caserne", "base"})
#: nouns of seeking and the prepositions that make them a state: `en quête de`, `à la recherche de`
SEEKING_NOUNS = frozenset({"quête", "recherche"})
SEEKING_CASES = frozenset({"en", "à"})
#: verbs too general to name a relation of their own: an unknown-verb fact is not minted from them
GENERIC_VERBS = frozenset({"avoir", "être", "faire", "aller", "venir", "devenir", "rester", "sembler", "passer",
                           "porter", "regarder", "mettre", "donner", "prendre", "tenir"})
#: verbs that, like `être`, say what their subject is (or has come to be): `devenu PDG de X`
BECOMING_VERBS = frozenset({"devenir", "redevenir", "rester", "demeurer"})
#: verbs that tell a price or an index moving, when they take an amount: `a perdu 126 points`
MOVEMENT_VERBS = {"perdre": "falls", "céder": "falls", "reculer": "falls", "baisser": "falls", "chuter": "falls",
                  "glisser": "falls", "abandonner": "falls", "plonger": "falls", "lâcher": "falls",
                  "gagner": "rises", "progresser": "rises", "grimper": "rises", "monter": "rises", "bondir": "rises",
                  "avancer": "rises", "prendre": "rises", "augmenter": "rises", "rebondir": "rises",
                  "remonter": "rises", "flamber": "rises", "dégringoler": "falls", "fléchir": "falls",
                  "décrocher": "falls", "diminuer": "falls", "effondrer": "falls", "replier": "falls"}
#: nouns that tell a move with `en`: `termine en baisse`, `les Bourses en hausse`
MOVEMENT_DIRECTIONS = {"baisse": "falls", "repli": "falls", "recul": "falls", "hausse": "rises",
                       "progression": "rises"}
#: verbs whose object is a move of their subject: `enregistre une baisse de 2 %`, `l'euro poursuit son repli`
MOVE_CARRYING_VERBS = frozenset({"enregistrer", "poursuivre", "accuser", "subir", "connaître", "afficher",
                                 "signer", "continuer", "prolonger"})

#: verbs that blame something on someone, and the preposition naming who: `les violences ont été imputées à X`
BLAME_VERBS = {"imputer": "à"}
