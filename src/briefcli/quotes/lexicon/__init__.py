"""Cue lexicons: the words that report speech, and the words around them.

One module per language holds plain word lists; `Lexicon` holds them folded
(see words.fold) and expanded into their inflected forms, built once per
language and cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from briefcli.quotes.words import deletions, fold, fold_phrase, skeleton


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


@dataclass
class Lexicon:
    language: str
    cues: dict[tuple[str, ...], CueEntry] = field(default_factory=dict)
    fuzzy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fuzzy_deletions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    complementizers: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    positions: frozenset[str] = frozenset()
    epithets: frozenset[str] = frozenset()
    anaphor_markers: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    speech_events: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    title_introducers: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()
    pointers: frozenset[str] = frozenset()
    name_like_roles: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()  # French past participles: déclaré (folded like déclare)
    clitics: str = ""
    phrase_starts: set[str] = field(default_factory=set)
    max_phrase: int = 4

    @cached_property
    def roles(self) -> frozenset[str]:
        """Positions and epithets (read once the lexicon is built)."""
        return self.positions | self.epithets

    def needs_auxiliary(self, word: str, entry: CueEntry) -> bool:
        """Whether `word` (as written) is a past participle, which reports
        speech only after an auxiliary."""
        return entry.needs_auxiliary or word.lower().endswith(self.participle_endings)

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


def words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


WORD_LISTS = (
    "complementizers", "speech_nouns", "documents", "organisations", "positions", "epithets",
    "anaphor_markers", "pronouns", "stops", "speech_events", "function_words",
    "title_introducers", "auxiliaries", "honorifics", "connectives", "name_like_roles", "media", "pointers",
)


def add_word_lists(lexicon: Lexicon, language_module: dict[str, object]) -> None:
    """The "according to" phrases and every word list a language module
    defines (COMPLEMENTIZERS, SPEECH_NOUNS, ...), folded into `lexicon`."""
    for phrase in str(language_module.get("ACCORDING", "")).strip().splitlines():
        lexicon.add(phrase, CueEntry(phrase, "according"))
    for name in WORD_LISTS:
        text = language_module.get(name.upper())
        if isinstance(text, str):
            setattr(lexicon, name, words(text))


@lru_cache(maxsize=None)
def lexicon_for(language: str) -> Lexicon:
    from briefcli.quotes.lexicon import arabic, english, french

    builders = {"ar": arabic.build, "fr": french.build, "en": english.build}
    return builders.get(language, english.build)()
