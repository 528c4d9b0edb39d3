"""Reporting clauses inside a quotation's marks: « A, a-t-il ajouté, B ».

French (and Arabic: «...، يقول الوزير، ...») sets the reporting clause
inside one pair of marks, between commas or ending with a full stop
(« A, explique Sophie Lartigue, hydrologue au BRGM. B »). The words between
are the reporter's, not the speaker's: the quotation is two quotations, A
and B, both reported by that clause. An incise is a reporting verb right
after a comma, either inverted (a-t-il ajouté, explique-t-elle) or followed
by its subject, then at most an apposition, then a comma or a full stop,
with quoted words on both sides.
"""

from __future__ import annotations

import bisect
import itertools
import re

from briefcli.model import Article
from briefcli.quotes.cues import extend, match_at
from briefcli.quotes.language import Language
from briefcli.quotes.spans import MarkedSpan, span
from briefcli.quotes.words import Token, tokenize

COMMAS = ",\u060c"
NON_SPACE = re.compile(r"\S+")
ENDS = ",.\u060c"
MAX_GROUP = 4  # words of the verb group: a-t-il ajouté
MAX_SUBJECT = 6  # words of the subject after the verb
MAX_APPOSITION = 8  # words of an apposition after the subject (hydrologue au BRGM à Montpellier)
MIN_REST = 2  # quoted words the incise must leave on each side
LOOK_AHEAD = 200  # characters after a comma that an incise may take


def split_incises(article: Article, spans: list[MarkedSpan], language: Language) -> list[MarkedSpan]:
    """`spans` with each quotation that holds a reporting clause split around it."""
    if not language.incises:
        return spans  # English closes the marks around its reporting clause
    starts = [p.start for p in article.paragraphs]
    out = []
    for quoted in spans:
        out.extend(split(article.text, quoted, language, starts))
    return out


def split(text: str, quoted: MarkedSpan, language: Language, starts: list[int]) -> list[MarkedSpan]:
    """The parts of `quoted` between its incises, in one pass over its commas
    (however many incises it holds: time and memory stay linear)."""
    out = []
    for comma in comma_offsets(text, quoted):
        if comma < quoted.start:
            continue  # inside the incise just taken out
        tokens = tokenize(text, comma + 1, min(quoted.end, comma + LOOK_AHEAD))
        end = incise_end(text, tokens, 0, language) if tokens else None
        if end is None or not has_words(text, quoted.start, comma):
            continue
        resume = tokens[end - 1].end + first_end(text[tokens[end - 1].end:tokens[end].start])
        if not has_words(text, resume + 1, quoted.end):
            continue
        paragraph = bisect.bisect_right(starts, comma) - 1
        out.append(span(text, quoted.open, comma, quoted.first, paragraph))
        quoted = span(text, resume, quoted.close, bisect.bisect_right(starts, resume) - 1, quoted.last)
    return out + [quoted]


def has_words(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds at least MIN_REST words (reading no
    further than the words it needs)."""
    return len(list(itertools.islice(NON_SPACE.finditer(text, start, max(start, end)), MIN_REST))) >= MIN_REST


def comma_offsets(text: str, quoted: MarkedSpan) -> list[int]:
    """The commas inside a quotation that a word follows, where an incise
    may open (a quick look before any word is read)."""
    return [k for k in range(quoted.start, quoted.end) if text[k] in COMMAS
            and not any(c in "\"\u00ab\u00bb\u201c\u201d" for c in text[k:k + 3])]


def first_end(gap: str) -> int:
    return min(gap.index(c) for c in ENDS if c in gap)


def incise_end(text: str, tokens: list[Token], index: int, language: Language) -> int | None:
    """Index of the first quoted token after the incise that opens at token
    `index`, or None when no incise opens there."""
    for at in range(index, min(index + MAX_GROUP, len(tokens))):
        found = match_at(text, tokens, at, language)
        if found is not None:
            break
    else:
        return None
    if found[1].kind != "verb" or found[0] == 1 and (tokens[at].folded,) not in language.cues:
        return None  # «...، ويحذر كل من ...»: a verb with a conjunction goes on with the quotation
    first, last, pronoun = extend(text, tokens, at, at + found[0], language)
    if first != index:
        return None  # the verb group must open the incise: ", a-t-il ajouté,"
    k = last
    if pronoun is None:
        subject = k
        while k < len(tokens) and k - subject < MAX_SUBJECT and not ends_before(text, tokens, k):
            k += 1
        if k == subject or not opens_subject(tokens[subject], language):
            return None
    while k < len(tokens) and not ends_before(text, tokens, k):
        k += 1
        if k - last > MAX_SUBJECT + 2:
            return None
    if k >= len(tokens):
        return None
    gap = text[tokens[k - 1].end:tokens[k].start]
    if any(c in COMMAS for c in gap) and pronoun is None:
        k = apposition_end(text, tokens, k, language)
    return k if k is not None and k < len(tokens) else None


def ends_before(text: str, tokens: list[Token], k: int) -> bool:
    return any(c in ENDS for c in text[tokens[k - 1].end:tokens[k].start])


def opens_subject(token: Token, language: Language) -> bool:
    """Whether the word after the verb can start its subject: a name, a
    title, a determiner (explique Sophie Lartigue, a dit M. X, dit le ministre)."""
    return language.opens_subject(token)


def apposition_end(text: str, tokens: list[Token], k: int, language: Language) -> int | None:
    """After "explique Sophie Lartigue,": an apposition that describes her
    and ends with a full stop (hydrologue au BRGM à Montpellier.) belongs to
    the incise; otherwise the quotation resumes at token `k`."""
    if not language.describes(tokens[k]):
        return k
    end = k + 1
    while end < len(tokens) and end - k <= MAX_APPOSITION and not ends_before(text, tokens, end):
        end += 1
    if end >= len(tokens) or end - k > MAX_APPOSITION or "." not in text[tokens[end - 1].end:tokens[end].start]:
        return k
    return end
