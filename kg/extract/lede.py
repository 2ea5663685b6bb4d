"""Delayed identification: a news lead often describes a person before naming them.

`Un ancien vice-gouverneur de la province de Jilin a été condamné … . Tian Xueren était accusé de …` and
`A former governor was jailed on Friday. John Miller, 62, …`: the lead's indefinite description (an article that
is not definite, before a noun of post) is the first person named in the next sentences who was not named before.
Facts about the description become facts about that person, who also gets the description as their role; so do
facts about a later short description with the same head noun (`le vice-gouverneur a aidé …`).
"""

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..model import Candidate, Mention
from ..nlp import Paragraph
from ..text import fold
from . import labels as L
from .context import fixed_relation, morph

#: the headline and the lead: where a story describes its subject before naming them
LEAD_SENTENCES = 3
#: how many sentences after the description the name may come
NAMING_WINDOW = 2


def identify_lede(paragraphs: list[Paragraph], candidates: list[Candidate], names: list[Mention]) -> list[Candidate]:
    """The candidates with the lead's described person replaced by the person named after it, plus their role."""
    spans = [(p.offset, s) for p in paragraphs for s in p.doc.sents]
    lead = {offset + t.idx: t for offset, sentence in spans[:LEAD_SENTENCES] for t in sentence}
    described = _lead_descriptions(candidates, lead)
    if not described:
        return candidates
    sentences = [(offset + s.start_char, offset + s.end_char) for offset, s in spans]
    identified = {}
    for description in described:
        person = _named_after(description, names, sentences) or _titled_alike(description, candidates)
        if person is not None:
            identified[description] = person
    if not identified:
        return candidates
    recalled = {d.head_lemma: (d.end, person) for d, person in identified.items()}
    found = [_with_people(c, identified, recalled) for c in candidates]
    return found + list(_roles(candidates, identified))


#: what a source does: a description that only speaks (`a police spokesman said`) is a source, not the person
#: the story is about
SOURCE_PROPERTIES = frozenset({"says", "tells"})


def _lead_descriptions(candidates: list[Candidate], lead: dict[int, Token]) -> list[Mention]:
    """Subjects in the lead (`lead`: its tokens by document offset) that are a post with an indefinite article
    (`un ancien vice-gouverneur`) and do more than speak."""
    found = []
    for c in candidates:
        m = c.subject
        if m.is_name or m.kind != "Role" or m in found or c.relation.local_name in SOURCE_PROPERTIES:
            continue
        head = next((t for start, t in lead.items() if m.start <= start < m.end and t.lemma_.lower() ==
                     m.head_lemma), None)
        if head is not None and "Plur" not in morph(head, "Number") and any(
                d.dep_ in L.DETERMINERS and "Ind" in morph(d, "Definite") for d in head.children):
            found.append(m)
    return found


def _named_after(description: Mention, names: list[Mention], sentences: list[tuple[int, int]]) -> Mention | None:
    """The first person named in the sentences after the description's, and not named before it."""
    index = next(i for i, (start, end) in enumerate(sentences) if start <= description.start < end)
    window = sentences[index + 1:index + 1 + NAMING_WINDOW]
    if not window:
        return None
    before = {fold(n.text) for n in names if n.start < sentences[index][1]}
    for name in names:
        if name.kind == "Person" and window[0][0] <= name.start < window[-1][1] and fold(name.text) not in before:
            return name
    return None


def _titled_alike(description: Mention, candidates: list[Candidate]) -> Mention | None:
    """The one person the text later gives a post with the same noun (`un député demande …` in the headline, `le
    député bruxellois X` further down); none if several people hold such a post."""
    people = {c.subject.text: c.subject for c in candidates if c.relation.local_name == "hasRole" and
              c.object.head_lemma == description.head_lemma and c.subject.is_name and c.subject.kind == "Person"
              and c.object.start > description.end}
    return next(iter(people.values())) if len(people) == 1 else None


#: words a later definite description of the person may have (`le vice-gouverneur`, `l'ancien gouverneur`)
MAX_RECALL_WORDS = 2


def _with_people(candidate: Candidate, identified: dict[Mention, Mention],
                 recalled: dict[str, tuple[int, Mention]]) -> Candidate:
    """The candidate with the described person's name for the description, and for a later short description
    with the same head noun (`le vice-gouverneur, qui …, a aidé …`)."""

    def person(m: Mention) -> Mention:
        if m in identified:
            return identified[m]
        end, named = recalled.get(m.head_lemma, (None, None))
        later = end is not None and m.start >= end and not m.is_name
        return named if later and len(fold(m.text).split()) <= MAX_RECALL_WORDS else m

    return replace(candidate, subject=person(candidate.subject), object=person(candidate.object))


def _roles(candidates: list[Candidate], identified: dict[Mention, Mention]) -> Iterator[Candidate]:
    """`Tian Xueren hasRole ancien vice-gouverneur de la province de Jilin`, with the lead as evidence."""
    for description, person in identified.items():
        lead = next(c for c in candidates if c.subject == description)
        yield Candidate(person, fixed_relation("hasRole"), description, lead.evidence, "lede", confidence=0.6)
