"""Universal Dependencies label sets, by role (no dependency label is written anywhere else in kg), and the
named-entity labels patterns test."""

SUBJECTS = frozenset({"nsubj"})
CLAUSAL_SUBJECTS = frozenset({"csubj", "csubjpass"})  # `monetising assets does not increase debt`
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})
# the labels a mended parse gives (kg/lang/fr/repairs.py, kg/headlines.py)
UD_AGENT, UD_SUBJECT, UD_OBJECT, UD_ARGUMENT, UD_DETERMINER = "obl:agent", "nsubj", "obj", "obl:arg", "det"
UD_MODIFIER, UD_CASE, UD_FIXED, UD_TENSE_AUXILIARY = "obl:mod", "case", "fixed", "aux:tense"
UD_NOUN_MODIFIER, UD_APPOSITION, UD_PASSIVE_SUBJECT, UD_COPULA = "nmod", "appos", "nsubj:pass", "cop"
UD_OPEN_COMPLEMENT, UD_ADJECTIVE_MODIFIER, UD_PARATAXIS, UD_ADVERBIAL_CLAUSE = "xcomp", "amod", "parataxis", "advcl"
UD_CONJUNCT, UD_COORDINATOR, UD_CLAUSE_COMPLEMENT, UD_CLAUSAL_MODIFIER = "conj", "cc", "ccomp", "acl"
UD_RELATIVE_CLAUSE, UD_ADVERB_MODIFIER, UD_MARKER, UD_FLAT_NAME = "acl:relcl", "advmod", "mark", "flat:name"
UD_PUNCTUATION, UD_PASSIVE_AUXILIARY = "punct", "aux:pass"
ROOT = "ROOT"
AGENTS = frozenset({UD_AGENT, "agent"})
OBJECTS = frozenset({"obj", "dobj"})
INDIRECT_OBJECTS = frozenset({"iobj", "dative"})
ARGUMENT_OBLIQUES = frozenset({"obl:arg"})
MODIFIER_OBLIQUES = frozenset({"obl:mod", "obl"})
OBLIQUES = ARGUMENT_OBLIQUES | MODIFIER_OBLIQUES
OPEN_COMPLEMENTS = frozenset({UD_OPEN_COMPLEMENT})
ADVERBIAL_CLAUSES = frozenset({UD_ADVERBIAL_CLAUSE})
RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl"})
CLAUSAL_MODIFIERS = frozenset({"acl"})
APPOSITIONS = frozenset({"appos"})
CONJUNCTS = frozenset({"conj"})
COORDINATORS = frozenset({"cc"})
CASE_MARKERS = frozenset({"case"})
MARKERS = frozenset({UD_MARKER})
DETERMINERS = frozenset({"det"})
NOUN_MODIFIERS = frozenset({"nmod"})
ADJECTIVE_MODIFIERS = frozenset({"amod", "nummod"})
FIXED = frozenset({UD_FIXED})
NUMERIC_MODIFIERS = frozenset({"nummod"})
#: English `Paris` in `Paris-based`, `14 cents` in `was down 14 cents`
EN_NOUN_PHRASE_ADVERBIAL = "npadvmod"
#: English direct objects, as a mended parse labels them
EN_DIRECT_OBJECT = "dobj"
#: English `partner` in `Valtek's partner Orvane`, as a mended parse labels it
EN_COMPOUND = "compound"
#: English `20` in `20 per cent`, as a mended parse labels it
EN_NUMBER_MODIFIER = "nummod"
#: English relative clauses, as a mended parse labels them
EN_RELATIVE_CLAUSE = "relcl"
#: the English model's subject of a passive verb (`nsubj:pass` in UD)
EN_PASSIVE_SUBJECT = "nsubjpass"
NOUN_PHRASE_ADVERBIALS = frozenset({EN_NOUN_PHRASE_ADVERBIAL})
#: English `about` in `about 5 %`
QUANTITY_MODIFIERS = frozenset({"quantmod"})
PARATAXES = frozenset({UD_PARATAXIS})
#: English `delighted` in `we are delighted to offer`: an adjective a copula's subject is said to be
ADJECTIVAL_COMPLEMENTS = frozenset({"acomp"})
NAME_PARTS = frozenset({"flat:name", "flat", "fixed", "compound", "flat:foreign"})
COPULAS = frozenset({"cop"})
REFLEXIVES = frozenset({"expl:comp", "expl:pass", "expl:pv", "expl"})
#: the French `se` of a passive (`les voitures se vendent`), not of a pronominal verb (`l'explosion s'est produite`)
PASSIVE_REFLEXIVES = frozenset({"expl:pass"})
#: French `il` in `il reste des questions`: a subject that stands for nothing
IMPERSONAL_SUBJECTS = frozenset({"expl:subj"})
ADVERB_MODIFIERS = frozenset({UD_ADVERB_MODIFIER})
NEGATIONS = frozenset({"advmod", "neg"})  # French negation adverbs carry advmod; the word itself decides
AUXILIARIES = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus", "auxpass"})
PASSIVE_AUXILIARIES = frozenset({"aux:pass", "auxpass"})
PUNCTUATION = frozenset({UD_PUNCTUATION})
CLAUSE_COMPLEMENTS = frozenset({"ccomp"})
#: what a parser calls a dependent it could not label (`de` in `près de 10 pharmaciens`)
UNLABELLED = frozenset({"dep"})

# English pipelines (ClearNLP-style labels) have these where UD has `case` under the noun
EN_PREPOSITION = "prep"
PREPOSITIONS = frozenset({EN_PREPOSITION})
#: English `Monday` in `on Monday`, as a mended parse labels it
EN_PREPOSITION_OBJECT = "pobj"
PREPOSITION_OBJECTS = frozenset({EN_PREPOSITION_OBJECT})
#: a clause a preposition introduces: `after releasing the cables`
PREPOSITION_COMPLEMENTS = frozenset({"pcomp"})
ATTRIBUTES = frozenset({"attr"})
POSSESSORS = frozenset({"poss"})
#: the particle of a phrasal verb: `weighed on the price`, `set up a company`
PARTICLES = frozenset({"prt"})
#: what an object is made or named (`named X chief executive`): English `oprd`, UD `xcomp`
EN_OBJECT_PREDICATE = "oprd"
PREDICATIVES = frozenset({EN_OBJECT_PREDICATE}) | OPEN_COMPLEMENTS

#: dependents that never belong to a noun phrase's text
PHRASE_BREAKS = RELATIVE_CLAUSES | CLAUSAL_MODIFIERS | APPOSITIONS | CONJUNCTS | COORDINATORS | PUNCTUATION | \
    MODIFIER_OBLIQUES | ARGUMENT_OBLIQUES | MARKERS | {"parataxis", "advcl", "dep", "discourse", "vocative",
                                                       "ccomp", "xcomp"}

#: the named-entity labels of a person (French and English models)
PERSON_ENTITIES = frozenset({"PER", "PERSON"})
#: the named-entity labels of an organisation (French and English models)
ORGANISATION_ENTITIES = frozenset({"ORG"})
#: the named-entity labels of nationalities and religious or political groups, whose plural names are plural
GROUP_ENTITIES = frozenset({"NORP"})
