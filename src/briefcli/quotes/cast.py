"""Who the article names before a point, speaker or not.

A speaker is often named in full where nothing is quoted ("le prévenu,
Gérard Manin, 67 ans, a ..."; "Jean-Pierre Albert contemple ses
abricotiers") and quoted later by surname (M. Albert), by role (le prévenu)
or by a description (l'arboriculteur). These look-ups read the text before
that point (a bounded stretch of it, so a long article costs no more) for
capitalised names, which only French and English have (and, for Arabic,
a surname after a given name).
"""

from __future__ import annotations

from briefcli.quotes.lexicon import Lexicon
from briefcli.quotes.mentions import LATIN_DETERMINERS, MAX_NAME, POSSESSIVES, bare, has_article
from briefcli.quotes.words import Token, tokenize

LOOK_BACK = 4000  # characters of text read before the point
PREPOSITIONS = frozenset(
    "à au aux de du des d en dans sur par pour avec vers chez contre sous entre depuis "
    "in at on of from to by for with into near".split()
)
NAME_JOINERS = frozenset("de du van von bin al el da di le".split())
SEGMENT_BREAKS = ",;:.!?()\u2014\u2013\"\u201c\u201d\u00ab\u00bb"


def names_before(text: str, position: int, lexicon: Lexicon) -> list[tuple[Token, ...]]:
    """The runs of two or more capitalised words (a first name and a
    surname) before `position`, nearest last, without those a preposition
    introduces (à Sciences Po, des Pyrénées-Orientales: places)."""
    if lexicon.language == "ar":
        return []
    start = max(0, position - LOOK_BACK)
    tokens = tokenize(text, start, position)
    runs, current = [], []
    for index, token in enumerate(tokens):
        gap = text[tokens[index - 1].end:token.start] if index else ""
        if current and any(c in SEGMENT_BREAKS for c in gap):
            runs.append(current)
            current = []
        capital = token.text[:1].isupper() and token.folded not in LATIN_DETERMINERS | POSSESSIVES \
            and token.folded not in lexicon.roles and token.folded not in lexicon.honorifics
        if capital or (current and token.folded in NAME_JOINERS):
            if not current and index and tokens[index - 1].folded in PREPOSITIONS | lexicon.organisations:
                continue
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [tuple(run[:MAX_NAME]) for run in runs
            if 2 <= len(run) and run[-1].folded not in NAME_JOINERS and not opens_sentence(text, run)]


def opens_sentence(text: str, run: list[Token]) -> bool:
    """A run of one real word after a capital that only opens a sentence
    ("Selon Marie" is not a name): the first word is a function word."""
    return run[0].folded in STARTERS


STARTERS = frozenset(
    "selon d après pour dans sous sur mais et puis alors ainsi enfin interrogé interrogée "
    "according after before when while during in on at for but and".split()
)


def full_name(text: str, surname: str, position: int, lexicon: Lexicon) -> tuple[Token, ...] | None:
    """The nearest full name before `position` that ends with `surname`
    (folded, without an Arabic article): "Youssef Benjelloun" for "M.
    Benjelloun", "عادل الشناوي" for "الشناوي"."""
    if lexicon.language == "ar":
        return arabic_full_name(text, surname, position, lexicon)
    for run in reversed(names_before(text, position, lexicon)):
        if run[-1].folded == surname:
            return run
    return None


def arabic_full_name(text: str, surname: str, position: int, lexicon: Lexicon) -> tuple[Token, ...] | None:
    """"الدكتور عادل الشناوي، وزير ..." before "وقال الشناوي": the surname
    right after a word that can be a given name (no article, not a title, not
    a function word)."""
    tokens = tokenize(text, max(0, position - LOOK_BACK), position)
    for index in range(len(tokens) - 1, 0, -1):
        if bare(tokens[index].folded) != surname:
            continue
        given = tokens[index - 1]
        gap = text[given.end:tokens[index].start]
        if gap.strip() or has_article(given.folded) or len(given.folded) < 3 or bare(given.folded) in lexicon.roles \
                or given.folded in lexicon.function_words | lexicon.stops or (given.folded,) in lexicon.cues:
            continue
        return (given, tokens[index])
    return None


def named_by_role(text: str, role: str, position: int, lexicon: Lexicon) -> tuple[Token, ...] | None:
    """The name the article gave the bearer of `role` (folded) last before
    `position`: "le prévenu, Gérard Manin", "Gérard Manin, le prévenu,", "la
    procureure Nathalie Ferrand"."""
    if lexicon.language == "ar":
        return None
    start = max(0, position - LOOK_BACK)
    tokens = tokenize(text, start, position)
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].folded != role:
            continue
        after = capitalised_after(text, tokens, index + 1, lexicon)
        if after:
            return after
        before = capitalised_before(text, tokens, index, lexicon)
        if before:
            return before
    return None


def capitalised_after(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> tuple[Token, ...]:
    """A name within a few words after a role, across at most one comma."""
    commas = 0
    for k in range(index, min(index + MAX_NAME + 2, len(tokens))):
        gap = text[tokens[k - 1].end:tokens[k].start]
        commas += gap.count(",")
        if commas > 1 or any(c in ".;:!?()\"\u00ab\u00bb\u201c\u201d" for c in gap):
            return ()
        token = tokens[k]
        if token.text[:1].isupper() and token.folded not in LATIN_DETERMINERS | lexicon.honorifics:
            if commas == 0 and complement(tokens, k):
                continue  # la ministre de l'Education, Valérie Marchand: past the complement
            run = [token]
            while k + len(run) < len(tokens) and len(run) < MAX_NAME:
                following = tokens[k + len(run)]
                if not (following.text[:1].isupper() or following.folded in NAME_JOINERS) or any(
                        c in SEGMENT_BREAKS for c in text[run[-1].end:following.start]):
                    break
                run.append(following)
            return tuple(run) if len(run) >= 2 else ()
    return ()


def complement(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised word at `k` follows a preposition (de
    l'Education, du Monde): a title's complement, not a name."""
    before = [t.folded for t in tokens[max(0, k - 2):k]]
    return bool(before) and (before[-1] in PREPOSITIONS or len(before) == 2 and before[-1] in LATIN_DETERMINERS
                             and before[0] in PREPOSITIONS)


def capitalised_before(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> tuple[Token, ...]:
    """"Gérard Manin, le prévenu": a name right before the comma that opens
    the role's apposition."""
    k = index
    while k > 0 and tokens[k - 1].folded in LATIN_DETERMINERS and not any(
            c in SEGMENT_BREAKS for c in text[tokens[k - 1].end:tokens[k].start]):
        k -= 1
    if k == 0 or "," not in text[tokens[k - 1].end:tokens[k].start]:
        return ()
    run = []
    while k > 0 and tokens[k - 1].text[:1].isupper() and len(run) < MAX_NAME:
        run.insert(0, tokens[k - 1])
        k -= 1
        if k and any(c in SEGMENT_BREAKS for c in text[tokens[k - 1].end:tokens[k].start]):
            break
    return tuple(run) if len(run) >= 2 else ()


def nearest_person(text: str, position: int, lexicon: Lexicon, reach: int) -> tuple[Token, ...] | None:
    """The last full name within `reach` characters before `position`."""
    runs = names_before(text, position, lexicon)
    if runs and position - runs[-1][-1].end <= reach:
        return runs[-1]
    return None
