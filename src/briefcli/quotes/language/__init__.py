"""What brief knows of a language, behind one interface.

Each language is one module of this package: its word lists (the cues that
report speech, the nouns that name speakers, the words that end a mention)
as plain data, and its grammar of mentions (where a speaker phrase starts
and ends, which of its words are a name, the canonical form of a document's
name). The attribution steps (speakers, mentions, registry, cast, attribute,
incises, classify) only call this interface; they hold no language's words
and never ask which language they read. Adding a language written in the Latin
script means adding a module like `french.py` (a `LatinScript` with its own
words) and listing it in `MODULES`; Arabic's grammar is its package's.

Word lists are folded (see words.fold) when the language is built, once per
process.
"""

from __future__ import annotations

import importlib
import sys
from importlib import resources
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefcli.quotes.words import Token, deletions, fold, fold_phrase, skeleton

MODULES = {"ar": "arabic", "fr": "french", "en": "english"}
DEFAULT = "en"
MIN_FUZZY_WORD = 4  # letters: a slip in a shorter word makes another word


@dataclass(frozen=True)
class CueEntry:
    """What a cue word or phrase is: its lemma, its kind (verb, participle,
    noun, according) and the prepositions its content may follow."""

    lemma: str
    kind: str
    preps: tuple[str, ...] = ()
    governing_only: bool = False  # a cue only when what it governs follows
    relays: bool = False  # the speaker follows عن: نقلت الوكالة عن مصدر قوله
    needs_auxiliary: bool = False  # a past participle: a cue after a/ont (a reconnu), not alone (le prévenu)
    opening_only: bool = False  # "Pour le sociologue X, ...": a cue only where it opens the sentence


def words(text: str) -> frozenset[str]:
    """The folded words of a list written one space apart."""
    return frozenset(fold(w) for w in text.split())


class Grammar(ABC):
    """What the attribution steps ask a language, beside its word lists.
    `LatinScript` (French, English) and `Arabic` answer it; see their
    modules for how."""

    # words
    @abstractmethod
    def bare(self, folded: str) -> str:
        """A word without its article and glued prepositions (بالوزارة -> وزارة)."""

    @abstractmethod
    def strip_conjunction(self, folded: str, known: frozenset[str] = frozenset()) -> str:
        """A word without a glued conjunction (والوزير -> الوزير)."""

    @abstractmethod
    def without_pronoun(self, written: str) -> str:
        """A word as written, folded, without the pronoun glued to its end
        (تعبيرها -> تعبير)."""

    @abstractmethod
    def pronoun_of(self, written: str) -> str:
        """The pronoun (folded) a word as written is or carries at its end
        (She -> she; تعبيرها -> هي)."""

    @abstractmethod
    def is_preposition(self, token: Token) -> bool: ...

    @abstractmethod
    def plural(self, noun: str) -> bool: ...

    @abstractmethod
    def capitalised(self, token: Token) -> bool:
        """Whether a word is capitalised as a name is (never, in Arabic)."""

    @abstractmethod
    def describes(self, token: Token) -> bool:
        """Whether a word opens a description of the person just named."""

    @abstractmethod
    def opens_subject(self, token: Token) -> bool:
        """Whether a word after a verb can open its subject."""

    @abstractmethod
    def starts_phrase(self, word: str) -> bool:
        """Whether a (folded) word can open a subject noun phrase."""

    # mentions
    @abstractmethod
    def head_word(self, folded: list[str]) -> str: ...

    @abstractmethod
    def is_definite(self, folded: list[str]) -> bool: ...

    @abstractmethod
    def anaphor_head(self, folded: list[str]) -> str:
        """The noun of an anaphor (المتحدث ذاته, ce dernier), or ""."""

    @abstractmethod
    def before_clause(self, tokens: list[Token]) -> list[Token]:
        """A mention's words up to a clause of its own (les médecins allemands
        soignant l'opposant: a participle and its object)."""

    @abstractmethod
    def analyse_words(self, tokens: list[Token], make, text: str):
        """The Mention a speaker phrase makes: a name, a description, an
        organisation; None when it names no one."""

    @abstractmethod
    def subject_description(self, text: str, tokens: list[Token]):
        """The description a reporting verb's subject makes though no noun in
        it is known to speak ("», explique encore ce boulanger de 26 ans"),
        or None."""

    @abstractmethod
    def affiliated(self, mention, text: str) -> bool:
        """Whether a description names a body its person belongs to that the
        article `text` had not named before it (la présidente du Mouvement
        national ..., رئيسة اتحاد لجان الأهل): someone introduced."""

    @abstractmethod
    def person_name(self, mention) -> bool:
        """Whether a name is a person's rather than an organisation's."""

    @abstractmethod
    def document_name(self, phrase: str) -> str: ...

    @abstractmethod
    def description_name(self, phrase: str, organisation: bool = False) -> str: ...

    @abstractmethod
    def possessive(self, phrase: str) -> bool: ...

    @abstractmethod
    def possessed(self, phrase: str, owner: str) -> str:
        """A possessive description with its owner named (l'entourage de X)."""

    # where the speaker is
    @abstractmethod
    def skip_addressee(self, window, index: int) -> int:
        """Past what stands between a verb and its subject (to whom, where, when)."""

    @abstractmethod
    def continues_phrase(self, window, index: int, phrase: list[Token]) -> bool: ...

    @abstractmethod
    def ends_phrase(self, window, index: int, phrase: list[Token]) -> bool: ...

    @abstractmethod
    def antecedent_words(self, segments: list[list[Token]]) -> list[Token]: ...

    @abstractmethod
    def subject_before(self, window, start: int, end: int, after_quote: bool): ...

    @abstractmethod
    def clause_anaphor(self, window, start: int, end: int): ...

    @abstractmethod
    def sentence_subject(self, window, start: int, end: int): ...

    @abstractmethod
    def opening_subject(self, window, start: int, end: int):
        """The person a sentence opens with, or None."""

    @abstractmethod
    def colon_subject(self, window, start: int, end: int):
        """The subject of a clause a colon ends before a quotation."""

    @abstractmethod
    def apposed_name(self, window, mention, after: int): ...

    # the names an article gives before a point
    @abstractmethod
    def full_name(self, text: str, surname: str, position: int) -> tuple[Token, ...] | None: ...

    @abstractmethod
    def named_by_role(self, text: str, role: str, position: int) -> tuple[Token, ...] | None: ...

    @abstractmethod
    def role_phrase(self, text: str, role: str, position: int) -> tuple[Token, ...] | None:
        """The words that last described the bearer of `role` before
        `position` (مسؤول في الديوان الوطني للزيت; le prévenu, Gérard Manin)."""

    @abstractmethod
    def expanded(self, text: str, acronym: str, position: int) -> tuple[Token, ...] | None:
        """The name an acronym stands for, given before `position`."""

    @abstractmethod
    def nearest_person(self, text: str, position: int, reach: int, gender: str | None = None) -> tuple[Token, ...] | None:
        """The last full name within `reach` characters before `position`, of
        `gender` when its given name says (f, m; None: any)."""

    @abstractmethod
    def nearest_name(self, text: str, position: int, reach: int) -> tuple[Token, ...] | None: ...

    @abstractmethod
    def named_organisation(self, text: str, head: str, position: int) -> tuple[Token, ...] | None: ...


class Language(Grammar):
    """The data every language has; the grammar is its script family's
    (`LatinScript`) or its own (`Arabic`), the words its own module's.

    A language's module sets its word lists (`COMPLEMENTIZERS`, `ROLES`, ...:
    plain strings of space-separated words, folded when the language is
    built; a script family may set some as class attributes) and its
    according-to phrases (`ACCORDING`, one a line); its class adds its
    cues in `add_cues`."""

    code = ""
    # Typology, asked by the steps instead of the language's name:
    verb_first = False  # the reporting verb comes before its subject (قال الوزير)
    pro_drop = False  # a verb's subject may be left out, the sentence's person speaking (يقف X ...، ويقول:)
    capitalises_names = True  # a name is a run of capitalised words
    incises = True  # a reporting clause may sit inside the marks: « A, a-t-il ajouté, B »
    hyphenated_inversion = False  # dit-il, explique-t-elle
    proclitics: dict[str, tuple[str, ...]] = {}  # one-letter proclitics a cue may carry, and of which kinds
    pronoun_suffixes: tuple[str, ...] = ()  # object pronouns a cue may carry (أكده، قاله)
    participle_endings: tuple[str, ...] = ()  # past participles, which report only after an auxiliary

    adverb_endings: tuple[str, ...] = ()  # adverbs by their ending (-ment, -ly)
    gerund_endings: tuple[str, ...] = ()  # present participles and gerunds (-ant, -ing): no names
    agent_endings: tuple[str, ...] = ()  # nouns of agents (hydrologue, analyste, chercheur)
    addressee_prefixes: tuple[str, ...] = ()  # glued to the name of whom words were said to (لـ"الصباح")
    full_introducers: frozenset[str] = frozenset()  # إن: the quotation is the reported clause (as written)
    short_roles_refer_back = False  # a bare definite role right after a quotation is the person quoted

    WORD_LISTS = (
        "complementizers", "speech_nouns", "documents", "organisations", "positions", "epithets",
        "anaphor_markers", "leading_anaphor_markers", "pronouns", "stops", "speech_events", "function_words",
        "title_introducers", "auxiliaries", "honorifics", "connectives", "name_like_roles", "media", "pointers",
        "articles", "definite_articles", "determiners", "definite", "indefinite", "possessives", "prepositions",
        "compound_prepositions", "address_prepositions", "event_prepositions", "relay_prepositions",
        "origin_prepositions", "genitive_links", "complement_markers", "starters", "relatives",
        "object_pronouns", "circumstantial_pronouns", "perfective", "apposition_openers",
        "partial_introducers", "name_followers", "name_joiners", "conjunctions", "governed_prepositions",
        "source_nouns", "name_openers", "feminine_pronouns", "masculine_pronouns",
        "feminine_titles", "masculine_titles", "plurals", "adjectives", "plural_pronouns", "reflexives", "places",
        "passive_auxiliaries", "time_words", "time_determiners", "time_modifiers", "adverbs",
        "circumstance_prepositions", "generic_organisations", "noun_governors", "subordinators", "object_addressees", "feminine_nouns", "masculine_nouns",
        "feminine_determiners", "masculine_determiners",
    )

    def __init__(self) -> None:
        self.cues: dict[tuple[str, ...], CueEntry] = {}
        self.fuzzy: dict[str, tuple[str, ...]] = {}
        self.fuzzy_deletions: dict[str, tuple[str, ...]] = {}
        self.phrase_starts: set[str] = set()
        self.max_phrase = 4
        module = vars(sys.modules[type(self).__module__])
        for name in self.WORD_LISTS:
            setattr(self, name, words(getattr(type(self), name.upper(), None) or module.get(name.upper(), "")))
        for phrase in module.get("ACCORDING", "").strip().splitlines():
            self.add(phrase, CueEntry(phrase, "according"))
        self.add_cues()
        for phrase in module.get("OPENING_ACCORDING", "").split():  # "Pour le sociologue X, ...", "For X, ..."
            self.add(phrase, CueEntry(phrase, "according", opening_only=True))

    def add_cues(self) -> None:
        """Add the language's reporting cues (its module's conjugations)."""

    given_name_files: tuple[str, ...] = ()  # data/ files of given names (tests/make_name_lists.py)
    family_name_files: tuple[str, ...] = ()

    @cached_property
    def genders(self) -> dict[str, str]:
        """Given names (folded) and their gender (f, m, u), from open data:
        see data/README.md."""
        return dict(line.partition("\t")[::2] for line in name_list(self.given_name_files))

    @cached_property
    def given_names(self) -> frozenset[str]:
        return frozenset(self.genders)

    @cached_property
    def family_names(self) -> frozenset[str]:
        return frozenset(name_list(self.family_name_files))

    def load_names(self) -> None:
        """Read the name lists now, not at the first article that needs
        them (see `load_every_language`)."""
        for name in ("genders", "given_names", "family_names", "roles", "speaking_nouns", "edges"):
            getattr(self, name)

    def word_gender(self, word: str) -> str | None:
        """f or m for a pronoun or a given name (folded) that says which."""
        if word in self.feminine_pronouns:
            return "f"
        if word in self.masculine_pronouns:
            return "m"
        found = self.genders.get(word)
        return found if found in ("f", "m") else None

    def name_gender(self, mention, words: tuple[str, ...]) -> str | None:
        """f or m for a person's name: its title (Mme, Mr), else its given
        name when the name has a surname too."""
        titles = [fold(w) for w in mention.text.split()[:3]]
        for title in titles:
            if title.rstrip(".") in self.feminine_titles:
                return "f"
            if title.rstrip(".") in self.masculine_titles:
                return "m"
        return self.word_gender(words[0]) if len(words) > 1 else None

    def description_gender(self, mention) -> str | None:
        """f or m for a description whose words say which (the mother, la
        responsable, الباحثة), else None."""
        words = [fold(w) for w in mention.text.split()]
        if any(w in self.feminine_nouns for w in words) or words[:1] and words[0] in self.feminine_determiners:
            return "f"
        if any(w in self.masculine_nouns for w in words) or words[:1] and words[0] in self.masculine_determiners:
            return "m"
        return None

    def cue_gender(self, word: str) -> str | None:
        """f or m for a cue whose form says who speaks (قالت): none here."""
        return None

    @cached_property
    def roles(self) -> frozenset[str]:
        """Positions and epithets: the nouns that describe who speaks."""
        return self.positions | self.epithets

    def person_noun(self, head: str) -> bool:
        """Whether a description's noun names a person by a role or by what
        they do (le préfet, le réalisateur, l'actrice)."""
        return head in self.roles or bool(self.agent_endings) and head.endswith(self.agent_endings)

    @cached_property
    def speaking_nouns(self) -> frozenset[str]:
        """Roles, documents and organisations: nouns that can speak."""
        return self.roles | self.documents | self.organisations

    def needs_auxiliary(self, word: str, entry: CueEntry) -> bool:
        """Whether `word` (as written) is a past participle, which reports
        speech only after an auxiliary."""
        return entry.needs_auxiliary or word.lower().endswith(self.participle_endings)

    @cached_property
    def edges(self) -> frozenset[str]:
        """Words that can neither open nor close a mention."""
        return self.prepositions | self.complementizers | self.time_words | self.adverbs | self.relatives \
            | self.conjunctions | self.stops

    def function_word(self, token: Token) -> bool:
        return token.folded in self.function_words

    def edge_word(self, token: Token) -> bool:
        """Whether `token` can neither open nor close a mention: a
        preposition, a complementizer, a time word, an adverb, a number, a
        reporting cue."""
        word = token.folded
        if word in self.speaking_nouns:
            return False  # "une note du ministère": a document, though noter reports speech
        entry = self.cues.get((word,))
        glued = word[:1] in self.conjunctions and word[1:] in self.edges  # وإلى، وفي
        return word in self.edges or glued or word.isdigit() or self.is_complementizer(word) \
            or entry is not None and not entry.opening_only or word[:1] in self.proclitics and (word[1:],) in self.cues

    def is_complementizer(self, word: str) -> bool:
        """que, that, أن; with a proclitic too (بأن، فإن، وأن)."""
        return word in self.complementizers or (word[:1] in self.proclitics and word[1:] in self.complementizers)

    def conjoined_complementizer(self, word: str) -> bool:
        """A complementizer with a conjunction glued to it (وأن): a second
        clause of the same cue."""
        return word[:1] in self.conjunctions and word[1:] in self.complementizers

    def may_be_misspelt(self, word: str) -> bool:
        """Whether `word` is worth matching tolerantly against the cues."""
        return bool(self.fuzzy) and len(word) >= MIN_FUZZY_WORD

    def add(self, phrase: str | tuple[str, ...], entry: CueEntry) -> None:
        key = fold_phrase(phrase) if isinstance(phrase, str) else phrase
        if key and key not in self.cues:
            self.cues[key] = entry
            if len(key) > 1:
                self.phrase_starts.add(key[0])

    def add_fuzzy(self, form: str) -> None:
        """Index `form` (folded) for tolerant matching: by skeleton and by
        one deleted letter."""
        key = (form,)
        self.fuzzy.setdefault(skeleton(form), key)
        for variant in deletions(form):
            self.fuzzy_deletions.setdefault(variant, key)

    def fuzzy_match(self, word: str) -> tuple[str, ...] | None:
        """The lexicon form `word` is a one-slip misspelling of: same dotless
        skeleton, or one letter added, left out or changed."""
        if word in self.fuzzy_deletions and len(word) >= 4:
            return self.fuzzy_deletions[word]
        for variant in deletions(word):
            if variant in self.fuzzy_deletions or (variant,) in self.cues:
                return self.fuzzy_deletions.get(variant, (variant,))
        return self.fuzzy.get(skeleton(word))


def name_list(files: tuple[str, ...]) -> list[str]:
    """The lines of the data files `files`: one name a line, folded already
    ("#" opens a comment)."""
    data = resources.files(__name__) / "data"
    return [line for name in files for line in (data / name).read_text(encoding="utf-8").split("\n")
            if line and not line.startswith("#")]


@lru_cache(maxsize=None)
def language_for(code: str) -> Language:
    """The language `code` names (ar, fr, en), built once per process;
    English for a language brief has no module for."""
    module = importlib.import_module(f"{__name__}.{MODULES.get(code, MODULES[DEFAULT])}")
    return module.LANGUAGE()


def load_every_language() -> None:
    """Build every language with its name lists in this process, so that
    worker processes forked from it (--jobs) start with them instead of
    each reading them before its first article."""
    for code in MODULES:
        language_for(code).load_names()
