"""Indirect speech with a clear cue, no quotation marks.

A reporting verb, participle or verbal noun, its subject, then a
complementizer (قال إن، أكد أن، a estimé que, said that) or the cue's own
preposition (أشار إلى، مذكرا بـ): the content runs from there to the end of
the sentence, or to the comma before a quotation or before the next cue.
An "according to" phrase that closes its clause reports the words before
it (“...”، وهو تعاون يتخذ عدة أوجه، حسب إفادة الحافظي); one that opens its
sentence, the words after it (D'après un communiqué du ministère, ...).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefcli.quotes.cues import Cue
from briefcli.quotes.reader import Paragraph
from briefcli.quotes.speakers import phrase_after, verb_first
from briefcli.quotes.words import fold

MIN_WORDS = 3
SHORT_NAME = 3  # words in marks that may name the subject: «آفاد»
MAX_CHARS = 1500  # longer than this, a sentence is not one piece of reported speech
MIN_GLUED = 3  # letters of a word with a preposition glued to it
MAX_GAP = 8  # words between the cue and its complementizer (subject, apposition, adverbs)
COMMAS = ",\u060c"
QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"


@dataclass(frozen=True)
class Content:
    start: int
    end: int
    cue: Cue
    paragraph: Paragraph


def contents(paragraph: Paragraph) -> list[Content]:
    found = []
    for number, cue in enumerate(paragraph.cues):
        following = paragraph.cues[number + 1] if number + 1 < len(paragraph.cues) else None
        if cue.kind != "according":
            start = complement_start(paragraph, cue)
            content = after_cue(paragraph, cue, following, start)
            found.extend([content] if content is not None else [])
            found.extend(coordinated(paragraph, cue, following, content, start))
        else:
            content = before_according(paragraph, cue) or opening_according(paragraph, cue)
            found.extend([content] if content is not None else [])
    return found


def coordinated(paragraph: Paragraph, cue: Cue, following: Cue | None, first: Content | None,
                start: int | None) -> list[Content]:
    """A second complement clause of the same cue after a quotation
    (ولفت إلى أن المساكن شيدت «...»، وأنها خضعت لاختبارات; et qu'il faudrait...):
    indirect speech of its own, up to the end of the sentence."""
    window, language = paragraph.window, paragraph.window.language
    if start is None or start >= len(window.tokens):
        return []
    sentence_end = paragraph.sentence(window.tokens[start].start)[1]
    limit = min(sentence_end, following.start if following is not None else sentence_end)
    closes = window.closes_between(window.tokens[start].start, limit)
    if not closes or (first is not None and first.end > closes[0]):
        return []
    k = window.token_at(closes[0])
    if k >= len(window.tokens) or not any(c in COMMAS for c in window.gap(k)):
        return []
    word = window.tokens[k].folded
    joined = language.conjoined_complementizer(word)  # وأن
    if not (joined or word in language.conjunctions and k + 1 < len(window.tokens)
            and window.tokens[k + 1].folded in language.complementizers):
        return []
    begin = k + 1 if joined else k + 2
    if begin >= len(window.tokens):
        return []
    content_start = window.tokens[begin].start
    end = min(limit, content_start + MAX_CHARS)
    quotes = window.opens_between(content_start, end)
    if quotes:
        end = back_to_comma(window.text, content_start, quotes[0])
        if end == quotes[0]:
            return []
    content = make(paragraph, cue, content_start, end)
    return [content] if content is not None else []


def complement_start(paragraph: Paragraph, cue: Cue) -> int | None:
    """Index of the first token of the content a cue introduces."""
    window, language = paragraph.window, paragraph.window.language
    tokens = window.tokens
    index = cue.last
    if cue.kind == "verb" and verb_first(window, cue):
        index = phrase_after(window, cue)[1]
    k = index
    while k < min(index + MAX_GAP, len(tokens)):
        if window.quoted(k) and short_name(window, k):
            k += 1  # ذكرت رئاسة ... «آفاد»، في بيان، أن
            continue
        gap = window.gap(k)
        if any(c in ".!?\u061f:" for c in gap) or window.quoted(k):
            return None
        if any(c in QUOTE_CHARS for c in gap) and not (k > index and window.quoted(k - 1)):
            return None  # only the closing mark of a name just skipped
        word = tokens[k].folded
        if language.is_complementizer(word):
            return k + 1
        if word in language.governed_prepositions and k + 1 < len(tokens) \
                and tokens[k + 1].folded in language.complementizers:
            return k + 2  # إلى أن، على أن
        if k == index and word in cue.entry.preps:
            return k + 1
        if k == index and glued_preposition(word, cue, language):
            return k
        if word in language.relatives or (word,) in language.cues:
            return None
        k += 1
    return None


def glued_preposition(word: str, cue: Cue, language) -> bool:
    """مذكرا بضرورة: the cue's own preposition glued to the content's first word."""
    return len(word) > MIN_GLUED and any(word[:1] == p for p in cue.entry.preps if p in language.proclitics)


def short_name(window, index: int) -> bool:
    """Whether the quoted word at `index` is in marks of at most a few words
    (a name or an acronym after the subject)."""
    position = window.tokens[index].start
    k = bisect.bisect_left(window.opens, position) - 1
    return k >= 0 and len(window.text[window.opens[k]:window.closes[k]].split()) <= SHORT_NAME


def after_cue(paragraph: Paragraph, cue: Cue, following: Cue | None, first: int | None) -> Content | None:
    if first is None or first >= len(paragraph.window.tokens):
        return None
    window = paragraph.window
    start = window.tokens[first].start
    end = min(paragraph.sentence(start)[1], start + MAX_CHARS)
    quotes = window.opens_between(start, end)
    if quotes:
        end = back_to_comma(window.text, start, quotes[0])
        if end == quotes[0]:
            return None  # the quotation completes the clause: a mixed quotation, not indirect speech
    if following is not None and start < following.start < end:
        comma = back_to_comma(window.text, start, following.start)
        end = comma if comma < following.start else end
    return make(paragraph, cue, start, end)


def before_according(paragraph: Paragraph, cue: Cue) -> Content | None:
    """"X، حسب Y." and "X, according to Y": the clause before the phrase."""
    window = paragraph.window
    tokens, after = phrase_after(window, cue, according=True)
    closes_clause = after >= len(window.tokens) or any(c in ".!?\u061f" for c in window.gap(after)) \
        or window.tokens[after].folded in window.language.relatives or any(c in COMMAS for c in window.gap(after)) and any(
            c.first == after for c in paragraph.cues_between(window.tokens[after].start, window.tokens[after].end + 1))
    # (the last: "...، وفق ما أفاد به مصدر مطلع، أوضح أن": a cue follows the phrase)
    if not tokens or not closes_clause or cue.first == 0 or not any(c in COMMAS for c in window.gap(cue.first)):
        return None
    sentence_start = paragraph.sentence(cue.start)[0]
    closes = [c + 1 for c in window.closes_between(sentence_start, cue.start)]
    start = max([sentence_start, cue.start - MAX_CHARS] + closes)
    commas = [k for k in range(start, min(cue.start, start + 4)) if window.text[k] in COMMAS]
    if closes and commas and commas[0] - start <= 2:
        start = commas[0] + 1
    return make(paragraph, cue, start, cue.start)


def opening_according(paragraph: Paragraph, cue: Cue) -> Content | None:
    """"Selon X, content." and "وحسب X، فإن content": the rest of the sentence."""
    window = paragraph.window
    sentence_start, sentence_end = paragraph.sentence(cue.start)
    if any(fold(w) not in window.language.conjunctions for w in window.text[sentence_start:cue.start].split()):
        return None
    tokens, after = phrase_after(window, cue, according=True)
    after = window.past_parentheses(after)
    if not tokens or after >= len(window.tokens) or not any(c in COMMAS for c in window.gap(after)):
        return None
    start = window.tokens[after].start
    if window.language.is_complementizer(window.tokens[after].folded):
        start = window.tokens[after].end
    return make(paragraph, cue, start, min(sentence_end, start + MAX_CHARS))


def back_to_comma(text: str, start: int, limit: int) -> int:
    """The last comma before `limit` (after `start`), else `limit`."""
    for k in range(limit - 1, start, -1):
        if text[k] in COMMAS:
            return k
    return limit


def make(paragraph: Paragraph, cue: Cue, start: int, end: int) -> Content | None:
    text = paragraph.window.text
    while start < end and (text[start].isspace() or text[start] in COMMAS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in COMMAS + ".!?\u061f;\u061b"):
        end -= 1
    if len(text[start:end].split()) < MIN_WORDS or any(c in QUOTE_CHARS for c in text[start:end]):
        return None
    return Content(start, end, cue, paragraph)
