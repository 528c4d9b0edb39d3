"""Arabic clitics: the article and the one-letter words glued to the front
of a word (و ف ب ل ك, and لل for ل + ال), and the pronouns glued to its end
(ه ها هم هما كم نا ...).

Words are folded (words.fold: no vowels, bare hamza carriers, ى→ي, ة→ه)
before they are analysed."""

from __future__ import annotations

from briefcli.quotes.words import fold

ARTICLE = "\u0627\u0644"  # ال
# ال لل بال وال كال فال
PREFIXED_ARTICLES = ("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644",
                     "\u0643\u0627\u0644", "\u0641\u0627\u0644")
# بال لل كال فال: a preposition glued to the article
PREPOSITION_ARTICLES = ("\u0628\u0627\u0644", "\u0644\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644")
CONJUNCTION = "\u0648"  # و
PREPOSITIONS = "\u0628\u0644\u0643"  # ب ل ك


def bare(folded: str) -> str:
    """An Arabic word without its article or attached preposition+article."""
    for prefix in PREFIXED_ARTICLES:
        if folded.startswith(prefix) and len(folded) > len(prefix) + 1:
            return folded[len(prefix):]
    return folded


def with_preposition_article(folded: str) -> bool:
    """بالوزارة، للهيئة: a preposition glued to the article (not فال, a name)."""
    return any(folded.startswith(prefix) and len(folded) > len(prefix) + 1 for prefix in PREPOSITION_ARTICLES)


def has_article(folded: str) -> bool:
    return folded.startswith(PREFIXED_ARTICLES) and len(folded) > 3


def strip_conjunction(folded: str, known: frozenset[str] = frozenset()) -> str:
    """Without a glued و (والوزير -> الوزير), unless the word is known with it
    (وزير) or would be too short."""
    if folded[:1] != CONJUNCTION or len(folded) <= 3 or folded in known or bare(folded) in known:
        return folded
    rest = folded[1:]
    return rest if rest.startswith(ARTICLE) or bare(rest) in known or rest in known else folded


def without_conjunction(phrase: str, known: frozenset[str]) -> str:
    """A phrase as written without the و glued to its first word (وبلاغ ->
    بلاغ), unless the word is known with it."""
    first = phrase.split()[0] if phrase.split() else ""
    if first[:1] == CONJUNCTION and fold(first) not in known and (fold(first[1:]) in known or first[1:3] == ARTICLE):
        return phrase[1:]
    return phrase


def with_preposition(word: str, known: frozenset[str]) -> bool:
    """بوزارة، لوزارة، كمدير: a preposition glued to a known noun."""
    return word[:1] in PREPOSITIONS and len(word) > 3 and (word[1:] in known or bare(word[1:]) in known)


PREPOSITION_STEMS = ("\u0641\u064a", "\u0644", "\u0628", "\u0639\u0644\u064a", "\u0627\u0644\u064a", "\u0645\u0646",
                     "\u0639\u0646", "\u0645\u0639", "\u0644\u062f\u064a", "\u0639\u0646\u062f")  # في ل ب على إلى من عن مع لدى عند (folded)
PRONOUNS = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646", "\u0643",
            "\u0643\u0645", "\u0646\u0627", "\u064a")  # ه ها هم هما هن ك كم نا ي


PREPOSITIONAL_PRONOUNS = frozenset(stem + pronoun for stem in PREPOSITION_STEMS for pronoun in PRONOUNS)


def prepositional_pronoun(folded: str) -> bool:
    """فيه، له، عليه، إليهم، منها: a preposition with its pronoun, a word of
    its own that names no one (في الوقت الذي حض فيه الائتلاف)."""
    return folded in PREPOSITIONAL_PRONOUNS


# the pronouns glued to a noun's end and the free pronoun each stands for (folded): ه هو، ها هي، هم هما هم
SUFFIX_PRONOUNS = {"\u0647\u0645\u0627": "\u0647\u0645", "\u0647\u0645": "\u0647\u0645", "\u0647\u0646": "\u0647\u0646",
                   "\u0647\u0627": "\u0647\u064a", "\u0643\u0645": "\u0627\u0646\u062a\u0645",
                   "\u0646\u0627": "\u0646\u062d\u0646", "\u0647": "\u0647\u0648"}  # (كم أنتم، نا نحن، هن)
MIN_STEM = 3  # letters before a glued pronoun (not طه، مها)
TA_MARBUTA = "\u0629"  # ة, which folding writes ه


def split_pronoun(written: str) -> tuple[str, str]:
    """(folded stem, free pronoun) of a word as written that ends with a
    pronoun after a stem of three letters or more (تعبيرها -> تعبير، هي;
    not حديثة, whose ة folds to ه), else (folded word, "")."""
    folded = fold(written)
    for suffix, pronoun in SUFFIX_PRONOUNS.items():
        if folded.endswith(suffix) and len(folded) - len(suffix) >= MIN_STEM \
                and not fold_keeping_ta(written).endswith(TA_MARBUTA):
            return folded[:-len(suffix)], pronoun
    return folded, ""


def fold_keeping_ta(written: str) -> str:
    """The word without its vowels, ة kept (to tell حديثة from حديثه)."""
    return "".join(c for c in written if not "\u064b" <= c <= "\u0652")


def without_pronoun(written: str) -> str:
    return split_pronoun(written)[0]


def pronoun_of(written: str) -> str:
    """هي for تعبيرها, هو for قوله; the word itself (folded) when it carries none."""
    stem, pronoun = split_pronoun(written)
    return pronoun or fold(written)
