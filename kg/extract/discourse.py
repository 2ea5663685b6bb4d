"""What a document has mentioned so far, so later sentences can refer back to it.

Named entities are collected for the whole document before the rules run, in reading order (by character
offset); definite descriptions resolved along the way (`la société`) are added where they stand, with their
grammatical gender, so a following `elle` can find them. Language rules decide *what* refers; this module only
answers "the nearest earlier (or, for a headline's `la société`, later) entity that fits".
"""

from bisect import bisect_right, insort
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Candidate, Mention
from ..ontology import property_groups
from ..text import fold

#: a name's folded key, remembered: a search for a referent asks it of every earlier name
_key = lru_cache(maxsize=65_536)(fold)
#: the properties that say whom a person works for: their employer, or what they lead
EMPLOYING_RELATIONS = frozenset({"worksFor", "leads"})


@dataclass(frozen=True, order=True)
class Referent:
    """An entity mention in the document: where it stands, and the agreement features a pronoun must match."""

    position: int
    mention: Mention = field(compare=False)
    gender: str | None = field(default=None, compare=False)  # "Masc", "Fem" or unknown
    number: str | None = field(default=None, compare=False)  # "Sing", "Plur" or unknown
    subject: bool = field(default=False, compare=False)  # subjects are what later sentences most often continue
    main: bool = field(default=False, compare=False)  # the subject of a sentence's main verb: its topic
    gender_told: bool = field(default=False, compare=False)  # the text told the gender (`M. X`), no tagger guessed it

    def agrees(self, gender: str | None, number: str | None) -> bool:
        return (gender is None or self.gender is None or gender == self.gender) and (
            number is None or self.number is None or number == self.number)


class Discourse:
    """The referents of one document in reading order."""

    def __init__(self) -> None:
        self._referents: list[Referent] = []
        self._seen: set[tuple[int, Mention]] = set()
        self._described: dict[str, tuple[int, Mention]] = {}
        self._name_kinds: dict[str, set[str]] = {}  # folded name -> kinds its mentions were given
        self._name_genders: dict[str, set[str]] = {}  # folded person's name -> genders the text told (`M. X`)
        self._typed_kinds: dict[str, str] = {}  # folded name -> kind a class noun gave it (`la start-up X`)
        self.events: list[Candidate] = []  # what happens in the document, as far as it has been read
        #: sentence starts where a reference asked for an event told later (a headline's `l'initiative`)
        self.awaiting_events: set[int] = set()
        self.quotes: dict[tuple[int, int], Mention] = {}  # (start, end) of reported speech -> who said it
        self._employers: dict[str, Mention] = {}  # a person's folded name -> the organisation they were last said to
        # work for
        self._employers_asked: set[str] = set()  # the folded names whose employer the sentence asked for, unknown
        self._named_together: list[tuple[int, list[Mention]]] = []  # entities named together, in reading order
        #: (position, head) of a plural reference (`ils`, `les deux groupes`) -> the entities it stands for
        self.groups: dict[tuple[int, str], list[Mention]] = {}
        #: the plural noun phrase the last sentence named last (`ces derniers` in the next one means it)
        self.latest_plural: Mention | None = None
        #: position of a title that recalled a person (`le secrétaire à la Défense a dit …`) -> their role fact
        self.recalled_roles: dict[int, Candidate] = {}
        #: (lemma, number) of a common noun -> (how to make) the last phrase with modifiers it was written in
        self.phrases: dict[tuple[str, tuple[str, ...]], Callable[[], Mention]] = {}
        self._sentence_starts: list[int] = []  # where each sentence read so far starts, in reading order

    def start_sentence(self, start: int) -> None:
        """Remember that a sentence starts at `start` (a sentence read again adds nothing)."""
        if not self._sentence_starts or self._sentence_starts[-1] < start:
            self._sentence_starts.append(start)
            self._employers_asked.clear()

    def sentence_before(self, position: int) -> int | None:
        """Where the sentence before the one holding `position` starts, if one was read."""
        index = bisect_right(self._sentence_starts, position) - 1
        return self._sentence_starts[index - 1] if index >= 1 else None

    def named_together(self, position: int, members: list[Mention]) -> None:
        """Remember entities a sentence names together (`A et B ont signé`): a later `ils` may stand for them."""
        if len(members) > 1 and all(position != p for p, _ in self._named_together):
            insort(self._named_together, (position, members), key=lambda entry: entry[0])

    def group_before(self, position: int, within: int, size: int | None = None) -> list[Mention] | None:
        """The entities last named together less than `within` characters before `position` (`size` of them, if
        the reference counts them: `les deux groupes`)."""
        for start, members in reversed(self._named_together):
            if start < position:
                return members if position - start <= within and size in (None, len(members)) else None
        return None

    def stand_for_group(self, position: int, members: list[Mention], text: str) -> Mention:
        """A plural reference at `position` as a mention whose facts hold for each of `members`."""
        self.groups[(position, text.lower())] = members
        kinds = {m.kind for m in members}
        return Mention(text, position, position + len(text), kind=kinds.pop() if len(kinds) == 1 else "Entity",
                       is_name=True, head_lemma=text.lower())

    def quote(self, start: int, end: int, speaker: Mention) -> None:
        """Remember who said the text between `start` and `end`."""
        self.quotes[(start, end)] = speaker

    def last_speaker(self, position: int) -> Mention | None:
        """Who was last reported speaking before `position` (`…, a-t-il ajouté` goes on with them)."""
        before = [(start, speaker) for (start, _), speaker in self.quotes.items() if start < position]
        return max(before, key=lambda entry: entry[0])[1] if before else None

    def speaker_at(self, position: int) -> Mention | None:
        """Who said the text at `position`, if it is reported speech."""
        return next((s for (start, end), s in self.quotes.items() if start <= position < end), None)

    def note_employers(self, candidates: list[Candidate]) -> bool:
        """Remember whom each person named works for (`X, PDG de Y`) or leads (`X dirige Y depuis 2015`): the `nous`
        they say is Y, whatever kind of name the tagger made it (a company it took for a place, a country its
        president speaks for), but a person; and Y is what they leave when they resign. True if the sentence asked
        for the employer of a person it now says works for someone (`X, qui dirige Y, a démissionné`)."""
        answered = False
        for c in candidates:
            if c.relation.local_name in EMPLOYING_RELATIONS and not (c.negated or c.hypothetical) and \
                    c.subject.is_name and c.subject.kind == "Person" and \
                    isinstance(c.object, Mention) and c.object.is_name and c.object.kind != "Person":
                key = _key(c.subject.text)
                self._employers[key] = c.object
                answered = answered or any(key == asked or key.endswith(" " + asked) for asked in self._employers_asked)
        self._employers_asked.clear()
        return answered

    def employer_of(self, person: Mention) -> Mention | None:
        """The organisation a person was last said to work for, if any; a person named by part of their name
        (`Harding` after `Tom Harding`) is the one person of that name."""
        key = _key(person.text)
        if key in self._employers:
            return self._employers[key]
        named = [name for name in self._employers if name.endswith(" " + key)]
        if len(named) == 1:
            return self._employers[named[0]]
        self._employers_asked.add(key)
        return None

    def describe(self, noun: str, position: int, name: Mention) -> None:
        """Remember that a common noun at `position` described a name (`le modèle Zorg`), so that a later
        `ce modèle` can point to it."""
        self._described.setdefault(noun, (position, name))

    def described_by(self, noun: str, position: int) -> Mention | None:
        """The name a common noun described earlier than `position` (never the describing phrase itself)."""
        described = self._described.get(noun)
        return described[1] if described is not None and described[0] < position else None

    def holds_other_post(self, name: Mention, noun: str, description: str) -> bool:
        """Whether `name` was described by another post of the same noun (`chef de l'Etat` when `description` is
        `chef des cuisines`): then a title with that noun means someone else."""
        return any(f" {noun} " in f" {text} " and text not in (description, noun) and
                   _key(described.text) == _key(name.text) for text, (_, described) in self._described.items())

    def type_name(self, name: Mention, kind: str) -> bool:
        """Remember that a class noun said what `name` is: that holds for all its mentions in the document. True if
        that changes what the document knew the name as."""
        key = _key(name.text)
        known = {self._typed_kinds[key]} if key in self._typed_kinds else self._name_kinds.get(key, set())
        self._typed_kinds[key] = kind
        return known != {kind}

    def kind_given(self, name: str) -> str | None:
        """The kind a class noun said a name is (`la start-up X`, `X, the president of Y`), if one did (asked of every
        named mention: the name is folded only once some name was typed)."""
        return self._typed_kinds.get(_key(name)) if self._typed_kinds else None

    def named_as(self, referent: Referent, kinds: Collection[str]) -> bool:
        """Whether a referent is a name of one of `kinds`, judged from all the name's mentions in the document: the
        NER tags one sentence at a time and often misses a name it gets right elsewhere; a class noun's word is final.
        A one-word name that ends a person's name said before is that person (`Charles Clarke … Clarke was seeing`,
        which the NER may call an organisation)."""
        name = referent.mention
        if not name.is_name:
            return False
        key = _key(name.text)
        known = {self._typed_kinds[key]} if key in self._typed_kinds else self._name_kinds.get(key, set()) | {name.kind}
        if key not in self._typed_kinds and " " not in key and any(
                full.endswith(" " + key) and told == {"Person"} for full, told in self._name_kinds.items()):
            known = {"Person"}
        if known == {"Entity"}:  # a name the NER could not type (`MISC`) is most often a company's
            known = {"Organization"}
        return not known.isdisjoint(kinds)

    def only_a(self, name: Mention, kind: str) -> bool:
        """Whether every mention of `name` in the document was of `kind` (the NER calls `le M23` a place once)."""
        key = _key(name.text)
        if key in self._typed_kinds:
            return self._typed_kinds[key] == kind
        return self._name_kinds.get(key, set()) | {name.kind} == {kind}

    def names(self) -> list[Mention]:
        """Every proper name the document mentions, in reading order (for aliases and acronyms)."""
        return [r.mention for r in self._referents if r.mention.is_name]

    def add(self, referent: Referent) -> None:
        """Add a referent in reading order (once: a sentence read again adds nothing new)."""
        key = (referent.position, referent.mention)
        if key not in self._seen:
            self._seen.add(key)
            insort(self._referents, referent)
            name = referent.mention
            if name.is_name and name.kind != "Entity":
                self._name_kinds.setdefault(_key(name.text), set()).add(name.kind)
            if name.is_name and referent.gender_told:
                self._name_genders.setdefault(_key(name.text), set()).add(referent.gender)

    def agrees(self, referent: Referent, gender: str | None, number: str | None) -> bool:
        """Whether a referent agrees in gender and number, a person's name with the gender its mentions told, if
        they told one (`M. Hawkins … Hawkins … elle` is not him), whatever the tagger guessed for this one; a name by
        part of it is the one person of that name."""
        if referent.mention.is_name and self._name_genders:
            key = _key(referent.mention.text)
            told = self._name_genders.get(key) or next(
                (told for name, told in self._name_genders.items() if name.endswith(" " + key)), set())
            if len(told) == 1:
                referent = replace(referent, gender=next(iter(told)))
        return referent.agrees(gender, number)

    def event_near(self, position: int, look_ahead: bool = False, kind: str | None = None) -> Candidate | None:
        """The event told nearest before the sentence at `position` (`cette initiative`), preferring one of the
        property `kind`, else of its group (`this acquisition` recalls a purchase told before another event); with
        `look_ahead`, else the first one after it. `position` is the start of the anaphor's sentence."""
        before = [e for e in self.events if e.evidence.start < position]
        group = property_groups().get(kind or "")
        before = [e for e in before if e.relation.local_name == kind] or [
            e for e in before if group is not None and property_groups().get(e.relation.local_name) == group] or before
        if before:  # the latest sentence; within it, an event named by a noun is the one a later noun recalls
            return max(before, key=lambda e: (e.evidence.start, e.rule.endswith("nominal")))
        if look_ahead:
            self.awaiting_events.add(position)  # (the sentence is read again once the document is)
        after = [e for e in self.events if e.evidence.start > position]
        return min(after, key=lambda e: e.evidence.start) if look_ahead and after else None

    def _before(self, position: int) -> Iterator[Referent]:
        return (r for r in reversed(self._referents) if r.position < position)

    def _after(self, position: int) -> Iterator[Referent]:
        return (r for r in self._referents if r.position > position)

    def find(self, position: int, fits: Callable[[Referent], bool], ahead_from: int | None = None,
             recent_from: int | None = None) -> Referent | None:
        """The nearest earlier referent that fits, main clauses' subjects first, then other subjects; with
        `recent_from`, the subjects written since that position first (a pronoun opening a sentence most often goes
        on with what the sentence before was about, even a relative clause's subject: `… par X qui refuse. Il …`).

        With `ahead_from` (the end of the sentence), when nothing is named before `position`, the first one that fits
        after it: a headline's `la société` is named in the text below, but a description never means a name of its
        own sentence that comes after it.
        """
        recent = (lambda: (r for r in self._before(position) if r.position >= recent_from and r.main),
                  lambda: (r for r in self._before(position) if r.position >= recent_from and r.subject)
                  ) if recent_from is not None else ()
        for candidates in (*recent, lambda: (r for r in self._before(position) if r.main),
                           lambda: (r for r in self._before(position) if r.subject),
                           lambda: self._before(position)):
            found = next((r for r in candidates() if fits(r)), None)
            if found is not None:
                return found
        if ahead_from is not None and next(self._before(position), None) is None:
            return next((r for r in self._after(ahead_from) if fits(r)), None)
        return None


@dataclass(frozen=True)
class Quoted:
    """What a rule tells the discourse: the text from `start` to `end` is what `speaker` said (its facts get them
    as source, a first-person pronoun in it is them)."""

    start: int
    end: int
    speaker: Mention

    def tell(self, discourse: Discourse) -> None:
        discourse.quote(self.start, self.end, self.speaker)


@dataclass(frozen=True)
class Described:
    """What a rule tells the discourse: a common noun (its lemma or its words) at `position` described a name, so a
    later `ce modèle`, `the mayor` can mean it."""

    noun: str
    position: int
    name: Mention

    def tell(self, discourse: Discourse) -> None:
        discourse.describe(self.noun, self.position, self.name)


@dataclass(frozen=True)
class Typed:
    """What a rule tells the discourse: a class noun said what a name is, for all its mentions."""

    name: Mention
    kind: str

    def tell(self, discourse: Discourse) -> bool:
        """True if the document took the name for something else: the sentence is read again with its new kind."""
        return discourse.type_name(self.name, self.kind)


#: what a rule may tell the discourse besides its facts; the driver tells it after the sentence's rules have read it
Note = Quoted | Described | Typed


def in_text_order(notes: list[Note]) -> list[Note]:
    """The notes of a sentence in the order of the text, whichever rule read them first: a noun remembers the first
    name it described (`Acme, une société Zorg`: Acme), so what it describes must not depend on the order of rules."""
    return sorted(notes, key=lambda n: (n.position, n.name.start) if isinstance(n, Described) else (-1, -1))
