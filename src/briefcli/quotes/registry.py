"""One entry per speaker in the article, whatever they are called.

A full name is registered once; later mentions resolve to it: the surname
alone (الحافظي, Trump), a description whose role noun it already carries
("the minister" after "Foreign Minister X"), and, for Arabic news, which
varies its epithets (الخبير المغربي...، الدكتور في العلوم السياسية), a
definite description with an epithet goes to the latest person quoted.
Anaphors (المتحدث ذاته، المصدر نفسه، ce dernier) and pronouns go to the latest
speaker. Documents and organisations (بلاغ لـ...، the ministry) are speakers
too; "بلاغ للمديرية" is named in the construct form "بلاغ المديرية", and
"البيان" alone is the organisation that issued it. Where the article names
someone without quoting them, the language's look-ups of the names the
article gives (`Language.full_name`, `named_by_role`) supply the full name
of a surname or the name behind a role (le prévenu, Gérard Manin).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefcli.quotes.language import Language
from briefcli.quotes.mentions import Mention, analyse
from briefcli.quotes.words import Token, fold

RECENT = 1200  # characters: a description this close after a quoted person is that person
NEAR = 300  # characters: the same for a description that introduces the body its person belongs to


@dataclass
class Entity:
    index: int
    kind: str  # person, organisation, document
    name: str = ""
    name_words: tuple[str, ...] = ()
    description: str = ""
    descriptors: set[str] = field(default_factory=set)
    last_seen: int = -1
    gender: str | None = None  # f or m when a given name or a pronoun says so

    @property
    def canonical(self) -> str:
        return self.name or self.description

    def agrees(self, gender: str | None) -> bool:
        """Whether this entity may be referred to with `gender` (f, m, None)."""
        return gender is None or self.gender in (None, gender)


def name_mention(text: str, name: tuple[Token, ...]) -> Mention:
    """A mention of the name `name` (tokens of `text`)."""
    return Mention(text[name[0].start:name[-1].end], name[0].start, name[-1].end, "name", name=name)


def name_text(mention: Mention) -> str:
    """The words of the mention that are the name, as written (Jean-Marc
    Ferrière keeps its hyphen)."""
    if not mention.name:
        return mention.text
    return mention.text[mention.name[0].start - mention.start:mention.name[-1].end - mention.start]


class Registry:
    """The speakers met so far, indexed by name words, surname, description
    and role noun, so resolving a mention costs the same however many
    speakers the article has."""

    def __init__(self, language: Language, text: str = ""):
        self.language = language
        self.text = text  # the article's, for the names it gives where nothing is quoted
        self.entities: list[Entity] = []
        self.by_words: dict[tuple[str, ...], Entity] = {}
        self.by_surname: dict[str, Entity] = {}
        self.by_role: dict[str, Entity] = {}
        self.by_description: dict[str, Entity] = {}
        self.recent: dict[str, Entity] = {}

    def latest(self, kinds: tuple[str, ...] = ("person", "organisation", "document"),
               gender: str | None = None) -> Entity | None:
        """The entity of one of `kinds` seen last, of `gender` when it says."""
        if gender is not None:
            agreeing = [e for e in self.entities if e.kind in kinds and e.agrees(gender)]
            return max(agreeing, key=lambda e: e.last_seen, default=None)
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

    def resolve(self, mention: Mention, position: int) -> Entity | None:
        """The entity `mention` (at `position` in the article) names; None
        for a pronoun with nobody before it to stand for."""
        handlers = {"name": self.by_name, "organisation": self.by_name, "document": self.by_document,
                    "anaphor": self.by_anaphor, "pronoun": self.by_pronoun}
        if mention.kind == "organisation" and not mention.name:
            handler = self.by_organisation_noun
        else:
            handler = handlers.get(mention.kind, self.resolve_description)
        entity = handler(mention, position)
        if entity is None:
            return None
        entity.descriptors.update(mention.descriptors)
        return self.seen(entity, position)

    def name_words(self, mention: Mention) -> tuple[str, ...]:
        """The words of a mention's name, folded, as the registry indexes them."""
        return tuple(self.language.bare(fold(t.text)) for t in mention.name)

    def by_name(self, mention: Mention, position: int) -> Entity:
        words = self.name_words(mention) or tuple(self.language.bare(w) for w in fold(mention.text).split())
        surface = name_text(mention)
        found = self.by_words.get(words) or self.by_surname.get(words[-1])
        if found is not None and found.name_words[-len(words):] == words:
            return found  # الحافظي, عبد الغفار: the end of a name met before
        spelt = self.language.expanded(self.text, surface, mention.start) if surface.isupper() else None
        if spelt is not None:  # le NHC: le Centre national des ouragans (NHC)
            return self.by_name(Mention(self.text[spelt[0].start:spelt[-1].end], spelt[0].start, spelt[-1].end,
                                        "organisation", name=spelt), position)
        if len(words) == 1 and mention.kind == "name":
            full = self.language.full_name(self.text, words[0], mention.start)
            if full is not None:  # M. Benjelloun after "son homologue, Youssef Benjelloun"
                return self.by_name(name_mention(self.text, full), position)
        institution = len(words) == 1 and words[0] in self.language.organisations
        named = self.language.named_organisation(self.text, words[0], mention.start) if institution else None
        if named is not None and len(named) > 1:  # le Conseil after "le Conseil scientifique"
            return self.by_name(Mention(self.text[named[0].start:named[-1].end], named[0].start, named[-1].end,
                                        "organisation", name=named), position)
        for size in range(len(words) - 1, 0, -1):
            shorter = self.by_words.get(words[-size:])
            patronym = size == 1 and words[-1] in self.language.given_names - self.language.family_names
            if shorter is not None and not patronym:  # a fuller name for a speaker met by surname first
                # (not مريم منت سيدي محمد for محمد: a father's given name ends many names)
                shorter.name, shorter.name_words = surface, words
                self.index(shorter)
                return shorter
        person = mention.kind == "name" and self.language.person_name(mention)
        gender = self.language.name_gender(mention, words) if person else None
        return self.new("person" if person else "organisation", position, name=surface, name_words=words,
                        gender=gender)

    def by_document(self, mention: Mention, position: int) -> Entity:
        phrase = self.language.document_name(mention.text)
        key = fold(phrase)
        found = self.by_description.get(key)
        if found is None and len(key.split()) == 1:
            found = self.issuer(mention)
        return found or self.new("document", position, description=phrase, descriptors={mention.head})

    def issuer(self, mention: Mention) -> Entity | None:
        """Who "البيان", "the report" alone stands for: the document of that
        kind already met, else, when it is definite, the latest organisation
        (حذر المكتب في بيان ... وأشار البيان)."""
        held = self.by_role.get(mention.head)
        if held is not None and held.kind == "document":
            return held
        return self.latest(("organisation",)) if mention.definite else None

    def by_anaphor(self, mention: Mention, position: int) -> Entity:
        """المتحدث ذاته، هذا المسؤول، ce dernier: who last spoke in that role,
        else who the article last described by it (نفاه مسؤول في الديوان ...
        وقال هذا المسؤول), else the latest speaker."""
        held = self.by_role.get(mention.head)
        if held is not None:
            return held
        phrase = self.language.role_phrase(self.text, mention.head, mention.start) if mention.head else None
        described = analyse(self.text, list(phrase), self.language) if phrase else None
        if described is not None and described.kind in ("name", "description"):
            return self.resolve(described, position) or self.latest()
        person_only = mention.head in self.language.roles and mention.head not in self.language.source_nouns
        entity = self.latest(("person",)) if person_only else self.latest()
        return entity or self.new("person", position, description=mention.text, descriptors={mention.head})

    def by_pronoun(self, mention: Mention, position: int) -> Entity | None:
        """The latest person of the pronoun's gender (she, elle), else the
        latest speaker; never the pronoun itself."""
        pronoun = self.language.pronoun_of(mention.text)
        if pronoun in self.language.plural_pronouns:
            return self.latest(("organisation", "document")) or self.latest()  # ils, they: a group, not a person
        gender = self.language.word_gender(pronoun)
        latest = self.latest(("person",), gender)
        if latest is not None:
            return latest
        near = self.language.nearest_person(self.text, mention.start, RECENT, gender)
        named = self.by_name(name_mention(self.text, near), position) if near is not None else None
        if named is not None and named.agrees(gender):
            return named  # "..., said Sandvine's chief technology officer Marc Morin. ... "...," he said"
        return latest or (self.latest() if gender is None else None)

    def met(self, mention: Mention) -> Entity | None:
        """The entity a name's words (or its last word) already stand for."""
        words = self.name_words(mention)
        return (self.by_words.get(words) or self.by_surname.get(words[-1])) if words else None

    def known(self, mention: Mention) -> Entity | None:
        """The person `mention` names when the article already knows them (a
        speaker, or a name or role it gave), without making a new one."""
        if mention.kind == "description" and not mention.definite and not mention.name:
            return self.resolve_description(mention, mention.start)  # "Une commerçante du quartier Pirmil"
        if mention.kind == "description":
            held = self.by_role.get(mention.head) if mention.head else None
            if held is not None or not self.language.person_noun(mention.head):
                return held
            named = self.language.named_by_role(self.text, mention.head, mention.start)
            return self.by_name(name_mention(self.text, named), mention.start) if named is not None else None
        words = self.name_words(mention)
        found = self.met(mention)
        if not words or found is not None:
            return found
        if len(words) > 1 or words[0] in self.language.given_names:  # "Le préfet ..., Thierry Lambert, a pris"
            return self.by_name(mention, mention.start)  # a full name (or a given name: His wife Sharon) opens it
        full = self.language.full_name(self.text, words[0], mention.start)
        return self.by_name(name_mention(self.text, full), mention.start) if full is not None else None

    def by_organisation_noun(self, mention: Mention, position: int) -> Entity:
        """"la préfecture", "the company", "الشركة": the organisation the noun
        stands for when a generic one (company, newspaper) follows its name
        (Facebook ... la société californienne; Le Parisien ... le
        quotidien), else an organisation of its own."""
        if mention.definite:
            held = self.by_role.get(mention.head)
            if held is not None:
                return held
        named = self.language.named_organisation(self.text, mention.head, mention.start) if mention.definite else None
        if named is not None:  # "وأصدر مجلس علماء إندونيسيا ... وقال المجلس", "le ministère des Transports ... le ministère"
            organisation = Mention(self.text[named[0].start:named[-1].end], named[0].start, named[-1].end,
                                   "organisation", name=named)
            return self.by_name(organisation, position)
        if mention.definite and mention.head in self.language.generic_organisations:
            found = self.named_organisation(mention)
            if found is not None:
                return found
        return self.resolve_description(mention, position)

    def organisation_named(self, mention: Mention) -> Entity | None:
        """The organisation whose name a definite description's noun opens
        before it (le centre -> Centre national des ouragans); not for a
        role (le président)."""
        if not mention.head or mention.head in self.language.roles:
            return None
        named = self.language.named_organisation(self.text, mention.head, mention.start)
        if named is None:
            return None
        organisation = Mention(self.text[named[0].start:named[-1].end], named[0].start, named[-1].end,
                               "organisation", name=named)
        return self.by_name(organisation, mention.start)

    def named_organisation(self, mention: Mention) -> Entity | None:
        """The organisation named last before `mention`: the latest
        organisation that spoke, or the nearest name in the text that is no
        person's, whichever is nearer."""
        latest = self.latest(("organisation",))
        latest = latest if latest is not None and mention.start - latest.last_seen <= RECENT else None
        near = self.language.nearest_name(self.text, mention.start, RECENT)
        if near is not None and (latest is None or near[-1].end > latest.last_seen):
            return self.by_name(name_mention(self.text, near), mention.start)
        return latest

    def described(self, mention: Mention, position: int) -> Entity | None:
        """Who "le prévenu", "l'arboriculteur" is: the name the article gave
        that role, else the person quoted just before, else the person named
        just before (Latin scripts only: names are found by their capitals)."""
        if mention.kind == "organisation" or any(fold(w) in self.language.organisations for w in mention.text.split()):
            return None  # "la préfecture", "the governor's office": not a person
        if self.language.plural(mention.head):
            return None  # المسؤولون, les manifestants: a group, not the person named before
        gender = self.language.description_gender(mention)
        if self.language.person_noun(mention.head):
            named = self.language.named_by_role(self.text, mention.head, mention.start)
            if named is not None:
                return self.by_name(name_mention(self.text, named), position)
        elif mention.start < position:
            return None  # "l'expertise judiciaire a relevé": a subject, not the description of a speaker
        # "la présidente du Mouvement national des chômeurs", a body not named before: someone introduced,
        # unless named in the sentence before ("Jean-Luc Mélenchon veut ... Le chef de file de La France insoumise")
        reach = NEAR if self.language.affiliated(mention, self.text) else RECENT
        latest = self.latest(("person",), gender)
        if latest is not None and mention.start - latest.last_seen <= reach:
            return latest
        near = self.language.nearest_person(self.text, mention.start, reach)
        named = self.by_name(name_mention(self.text, near), position) if near is not None else None
        return named if named is not None and named.agrees(gender) else None

    def owner(self, mention: Mention) -> Entity | None:
        """Whom a possessive (son, her) refers to: the latest speaker, or the
        person named last before the mention."""
        latest = self.latest(("person", "organisation"))
        if latest is not None:
            return latest
        near = self.language.nearest_person(self.text, mention.start, RECENT)
        return self.by_name(name_mention(self.text, near), mention.start) if near is not None else None

    def resolve_description(self, mention: Mention, position: int) -> Entity:
        language = self.language
        owner = self.owner(mention) if language.possessive(mention.text) else None
        if owner is not None:  # son entourage -> l'entourage de X
            mention = replace(mention, text=language.possessed(mention.text, owner.canonical), definite=False)
        if mention.definite:
            held = self.by_role.get(mention.head) if mention.head else None
            if held is not None:
                return held
            named = self.organisation_named(mention)
            if named is not None:
                return named  # "le centre basé en Floride" after "le Centre national des ouragans"
            found = self.described(mention, position)
            if found is not None:
                return found
            latest = self.latest(("person",))
            recent_role = language.short_roles_refer_back and mention.kind == "description" and mention.head in \
                language.positions and len(mention.text.split()) <= 2 and mention.start - (
                    latest.last_seen if latest else 0) <= RECENT  # المسؤول الجماعي; not الناطق باسم الحكومة
            if latest is not None and (mention.head in language.epithets or recent_role) \
                    and not language.plural(mention.head):
                return latest  # الخبير المغربي...، المسؤول الجماعي: the person just quoted (not les médecins)
        text = language.description_name(mention.text, mention.kind == "organisation")
        found = self.by_description.get(fold(text))
        if found is not None:
            return found
        kind = "organisation" if mention.kind == "organisation" else "person"
        return self.new(kind, position, description=text, descriptors={mention.head} if mention.head else set(),
                        gender=language.description_gender(mention) if kind == "person" else None)
