"""Words that end in a full stop without ending a sentence, or not always.

What the splitter asks, for the word a full stop follows, is its kind:
- BEFORE_NAME: the word precedes a name or a number (Mr. Smith, M. Macron,
  Nov. 5, No. 5, p. 12): the full stop never ends a sentence.
- TRAILING: the word often closes a phrase (etc., Inc., p.m., J.-C., 8 h.):
  the sentence ends when the next word can start one and is not a number.
- ACRONYM: initials and dotted acronyms (J. K. Rowling, U.S., Ph.D.) end a
  sentence only when the next word is one sentences commonly start with
  (He flew to the U.S. The trip... / the U.S. Senate).
Lists hold lower-case words without their final full stop; single letters
are told by case: an upper-case one is an initial (French M. is Monsieur), a
lower-case one (h, m, s) or one after a number (1948 م.) is a unit or era.
"""

from __future__ import annotations

BEFORE_NAME = "before-name"
TRAILING = "trailing"
ACRONYM = "acronym"

BEFORE_NAMES = {
    "en": set(
        "mr mrs ms messrs dr prof sr st mt ft gen col lt maj sgt capt cmdr adm gov sen "
        "rep pres supt det insp rev hon fr ed eds al cf ca approx est dept univ ave blvd rd "
        "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e vs".split()
    ),
    "fr": set(
        "mm mme mmes mlle mlles dr pr me mgr st ste av bd éd coll cf env tél ex gal cdt "
        "col lt sgt dép janv févr avr juil sept oct nov déc c.-à-d p.ex e.g i.e vs".split()
    ),
    "ar": set(),
}
SINGLE_LETTERS_BEFORE_NAMES = {"en": {"v"}, "fr": {"M"}, "ar": set()}
BEFORE_NUMBERS = set("no nos n vol vols p pp fig figs ch chap art sec tome min".split())
TRAILING_WORDS = {
    "en": set("etc inc ltd co corp bros llc plc jr a.m p.m ph.d m.d b.a m.a".split()),
    "fr": set("etc j.-c cie sa sarl".split()),
    "ar": {"إلخ", "الخ", "ق.م", "ص.ب"},
}
# Words a sentence commonly starts with; name particles (Le, La, De, Van) are
# left out, so that "J. Le Goff" stays whole.
STARTERS = {
    "en": set(
        "the a an he she it they we i you this that these those there here his her its their "
        "our my but and or so yet in on at for from with after before when while if as however "
        "meanwhile also some many most no one two what why how who where then now mr mrs ms dr".split()
    ),
    "fr": set(
        "il elle ils elles on nous vous je ce cet cette ces c' mais et or donc car en au aux "
        "dans pour sur selon après avant depuis lorsque quand si comme un une des les son sa "
        "ses leur leurs puis alors ainsi m mme".split()
    ),
    "ar": set(),
}


def is_latin(word: str) -> bool:
    return any("a" <= char.lower() <= "z" or "\u00c0" <= char <= "\u024f" for char in word)


def lists_for(word: str, language: str) -> str:
    """Latin words in Arabic text (Inc., U.S.) follow the English lists."""
    return "en" if language == "ar" and is_latin(word) else language


def kind_of(word: str, language: str, next_char: str = "", after_number: bool = False) -> str | None:
    """BEFORE_NAME, TRAILING, ACRONYM or None for the word a full stop follows.

    `next_char` starts the next word; `after_number` says a number precedes
    the word (8 h., 1948 م.)."""
    language = lists_for(word, language)
    key = word.lower()
    letters = key.replace(".", "").replace("-", "")
    if len(letters) == 1 and letters.isalpha():
        return single_letter_kind(word, language, after_number)
    if key in BEFORE_NUMBERS and language != "ar":
        return BEFORE_NAME if next_char.isdigit() else TRAILING
    if key in BEFORE_NAMES.get(language, ()) or (key in BEFORE_NAMES["en"] and language != "ar"):
        return BEFORE_NAME
    if key in TRAILING_WORDS.get(language, ()):
        return TRAILING
    if "." in key and all(len(part) <= 2 for part in key.split(".")) and letters.isalpha():
        return BEFORE_NAME if language == "ar" else ACRONYM
    return None


def single_letter_kind(word: str, language: str, after_number: bool) -> str:
    letter = word.strip(".-")
    if letter in SINGLE_LETTERS_BEFORE_NAMES.get(language, ()):
        return BEFORE_NAME
    if after_number or letter.islower():
        return TRAILING
    return BEFORE_NAME if language == "ar" else ACRONYM


def starts_sentences(word: str, language: str) -> bool:
    """Whether `word` is one sentences of `language` commonly start with."""
    starters = STARTERS.get(lists_for(word, language), set())
    key = word.lower().replace("\u2019", "'")
    return key in starters or key.split("'")[0] + "'" in starters
