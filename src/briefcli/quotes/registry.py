"""One entry per speaker in the article, whatever they are called.

A full name is registered once; later mentions resolve to it: the surname
alone (الحافظي, Trump), a description whose role noun it already carries
("the minister" after "Foreign Minister X"), and, for Arabic news, which
varies its epithets (الخبير المغربي...، الدكتور في العلوم السياسية), a
definite description with an epithet goes to the latest person quoted.
Anaphors (المتحدث ذاته، المصدر نفسه، ce dernier) and pronouns go to the latest
speaker. Documents and organisations (بلاغ لـ...، the ministry) are speakers
too; "بلاغ للمديرية" is named in the construct form "بلاغ المديرية".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefcli.quotes.lexicon import Lexicon
from briefcli.quotes.mentions import Mention, bare
from briefcli.quotes.words import fold

ARTICLE = "\u0627\u0644"


@dataclass
class Entity:
    index: int
    kind: str  # person, organisation, document
    name: str = ""
    name_words: tuple[str, ...] = ()
    description: str = ""
    descriptors: set[str] = field(default_factory=set)
    last_seen: int = -1

    @property
    def canonical(self) -> str:
        return self.name or self.description


def construct_form(phrase: str) -> str:
    """"بلاغ للمديرية العامة" -> "بلاغ المديرية العامة": a document of an
    organisation named as one noun phrase (the genitive construct)."""
    words = phrase.split()
    if len(words) >= 2 and words[1].startswith("\u0644\u0644"):
        words[1] = ARTICLE + words[1][2:]
    elif len(words) >= 2 and words[1].startswith("\u0644") and len(words[1]) > 3:
        words[1] = words[1][1:]
    return " ".join(words)


def without_clitic(phrase: str, lexicon: Lexicon) -> str:
    """Without the conjunction و glued to the first word (وبلاغ -> بلاغ)."""
    first = phrase.split()[0] if phrase.split() else ""
    known = lexicon.documents | lexicon.roles | lexicon.organisations
    if first[:1] == "\u0648" and fold(first) not in known and (fold(first[1:]) in known or first[1:3] == ARTICLE):
        return phrase[1:]
    return phrase


class Registry:
    """The speakers met so far, indexed by name words, surname, description
    and role noun, so resolving a mention costs the same however many
    speakers the article has."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.entities: list[Entity] = []
        self.by_words: dict[tuple[str, ...], Entity] = {}
        self.by_surname: dict[str, Entity] = {}
        self.by_role: dict[str, Entity] = {}
        self.by_description: dict[str, Entity] = {}
        self.recent: dict[str, Entity] = {}

    def latest(self, kinds: tuple[str, ...] = ("person", "organisation", "document")) -> Entity | None:
        found = [self.recent[kind] for kind in kinds if kind in self.recent]
        return max(found, key=lambda e: e.last_seen, default=None)

    def seen(self, entity: Entity, position: int) -> Entity:
        entity.last_seen = max(entity.last_seen, position)
        current = self.recent.get(entity.kind)
        if current is None or current.last_seen <= entity.last_seen:
            self.recent[entity.kind] = entity
        for role in entity.descriptors:
            held = self.by_role.get(role)
            if held is None or held.last_seen <= entity.last_seen:
                self.by_role[role] = entity
        return entity

    def new(self, kind: str, position: int, **values) -> Entity:
        entity = Entity(len(self.entities), kind, **values)
        self.entities.append(entity)
        self.index(entity)
        return self.seen(entity, position)

    def index(self, entity: Entity) -> None:
        if entity.name_words:
            self.by_words[entity.name_words] = entity
            self.by_surname[entity.name_words[-1]] = entity
        elif entity.description:
            self.by_description.setdefault(fold(entity.description), entity)

    def resolve(self, mention: Mention, position: int) -> Entity:
        """The entity `mention` (at `position` in the article) names."""
        handlers = {"name": self.by_name, "organisation": self.by_name, "document": self.by_document,
                    "anaphor": self.by_anaphor, "pronoun": self.by_pronoun}
        entity = handlers.get(mention.kind, self.resolve_description)(mention, position)
        entity.descriptors.update(mention.descriptors)
        return self.seen(entity, position)

    def by_name(self, mention: Mention, position: int) -> Entity:
        words = tuple(bare(fold(t.text)) for t in mention.name) or tuple(bare(w) for w in fold(mention.text).split())
        surface = " ".join(t.text for t in mention.name) or mention.text
        found = self.by_words.get(words) or (self.by_surname.get(words[0]) if len(words) == 1 else None)
        if found is not None:
            return found
        for size in range(len(words) - 1, 0, -1):
            shorter = self.by_words.get(words[-size:])
            if shorter is not None:  # a fuller name for a speaker met by surname first
                shorter.name, shorter.name_words = surface, words
                self.index(shorter)
                return shorter
        kind = "organisation" if mention.kind == "organisation" else "person"
        return self.new(kind, position, name=surface, name_words=words)

    def by_document(self, mention: Mention, position: int) -> Entity:
        phrase = without_clitic(mention.text, self.lexicon) if self.lexicon.language == "ar" else mention.text
        phrase = construct_form(phrase) if self.lexicon.language == "ar" else phrase
        key = fold(phrase)
        found = self.by_description.get(key)
        if found is None and len(key.split()) == 1:
            held = self.by_role.get(mention.head)
            found = held if held is not None and held.kind == "document" else None
        return found or self.new("document", position, description=phrase, descriptors={mention.head})

    def by_anaphor(self, mention: Mention, position: int) -> Entity:
        held = self.by_role.get(mention.head)
        if held is not None:
            return held
        person_only = mention.head in self.lexicon.roles and mention.head not in ("مصدر", "source")
        entity = self.latest(("person",)) if person_only else self.latest()
        return entity or self.new("person", position, description=mention.text, descriptors={mention.head})

    def by_pronoun(self, mention: Mention, position: int) -> Entity:
        return self.latest() or self.new("person", position, description=mention.text)

    def resolve_description(self, mention: Mention, position: int) -> Entity:
        lexicon = self.lexicon
        if mention.definite:
            held = self.by_role.get(mention.head) if mention.head else None
            if held is not None:
                return held
            if mention.head in lexicon.epithets:
                latest = self.latest(("person",))
                if latest is not None:
                    return latest
        text = without_clitic(mention.text, lexicon) if lexicon.language == "ar" else mention.text
        found = self.by_description.get(fold(text))
        if found is not None:
            return found
        kind = "organisation" if mention.kind == "organisation" else "person"
        return self.new(kind, position, description=text, descriptors={mention.head} if mention.head else set())
