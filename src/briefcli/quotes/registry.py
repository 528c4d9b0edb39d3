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
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.entities: list[Entity] = []

    def latest(self, kinds: tuple[str, ...] = ("person", "organisation", "document")) -> Entity | None:
        found = [e for e in self.entities if e.kind in kinds]
        return max(found, key=lambda e: e.last_seen, default=None)

    def seen(self, entity: Entity, position: int) -> Entity:
        entity.last_seen = max(entity.last_seen, position)
        return entity

    def new(self, kind: str, position: int, **values) -> Entity:
        entity = Entity(len(self.entities), kind, **values)
        self.entities.append(entity)
        return self.seen(entity, position)

    def resolve(self, mention: Mention, position: int) -> Entity:
        """The entity `mention` (at `position` in the article) names."""
        handlers = {"name": self.by_name, "organisation": self.by_name, "document": self.by_document,
                    "anaphor": self.by_anaphor, "pronoun": self.by_pronoun}
        entity = handlers.get(mention.kind, self.by_description)(mention, position)
        entity.descriptors.update(mention.descriptors)
        return self.seen(entity, position)

    def by_name(self, mention: Mention, position: int) -> Entity:
        words = tuple(bare(fold(t.text)) for t in mention.name) or tuple(bare(w) for w in fold(mention.text).split())
        surface = " ".join(t.text for t in mention.name) or mention.text
        for entity in sorted(self.entities, key=lambda e: -e.last_seen):
            if not entity.name_words:
                continue
            if words == entity.name_words or (len(words) == 1 and words[0] == entity.name_words[-1]):
                return entity
            if len(words) > len(entity.name_words) and words[-len(entity.name_words):] == entity.name_words:
                entity.name, entity.name_words = surface, words  # a fuller name for the same speaker
                return entity
        kind = "organisation" if mention.kind == "organisation" else "person"
        return self.new(kind, position, name=surface, name_words=words)

    def by_document(self, mention: Mention, position: int) -> Entity:
        phrase = without_clitic(mention.text, self.lexicon) if self.lexicon.language == "ar" else mention.text
        phrase = construct_form(phrase) if self.lexicon.language == "ar" else phrase
        key = fold(phrase)
        for entity in self.entities:
            if entity.kind == "document" and (fold(entity.description) == key or len(key.split()) == 1
                                              and mention.head in entity.descriptors):
                return entity
        return self.new("document", position, description=phrase, descriptors={mention.head})

    def by_anaphor(self, mention: Mention, position: int) -> Entity:
        heads = [e for e in self.entities if mention.head in e.descriptors]
        if heads:
            return max(heads, key=lambda e: e.last_seen)
        person_only = mention.head in self.lexicon.roles and mention.head not in ("مصدر", "source")
        entity = self.latest(("person",)) if person_only else self.latest()
        return entity or self.new("person", position, description=mention.text, descriptors={mention.head})

    def by_pronoun(self, mention: Mention, position: int) -> Entity:
        entity = self.latest(("person", "organisation", "document"))
        return entity or self.new("person", position, description=mention.text)

    def by_description(self, mention: Mention, position: int) -> Entity:
        lexicon = self.lexicon
        if mention.definite:
            same_role = [e for e in self.entities if mention.head and mention.head in e.descriptors]
            if same_role:
                return max(same_role, key=lambda e: e.last_seen)
            if mention.head in lexicon.epithets:
                latest = self.latest(("person",))
                if latest is not None:
                    return latest
        text = without_clitic(mention.text, self.lexicon) if lexicon.language == "ar" else mention.text
        for entity in self.entities:
            if not entity.name and fold(entity.description) == fold(text):
                return entity
        kind = "organisation" if mention.kind == "organisation" else "person"
        return self.new(kind, position, description=text, descriptors={mention.head} if mention.head else set())
