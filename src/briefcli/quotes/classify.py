"""Is a quoted stretch a quotation, and of which kind.

Left out of the list: titles and names in marks (a newspaper, a film, an
operation: a title noun or "called" before them, or a short run of
capitalised words) and terms in scare quotes (a few words that no cue in
their sentence reports). A quotation is "full" when it is a whole clause
(nothing of the reporter's between the cue and the mark but a
complementizer like إن, a colon or a comma, and it ends its clause),
"partial" when it is a phrase that a preposition or a noun introduces, and
"mixed" when it completes an unquoted frame (أن هذه الشراكة هي “...”).
"""

from __future__ import annotations

from briefcli.quotes.language import Language
from briefcli.quotes.words import Token

MAX_TERM_WORDS = 3
TOUCHING = 2  # characters between a title noun and the mark it introduces (a space, a nbsp)
MAX_TITLE_WORDS = 6


def title_like(quoted: str, before: list[Token], language: Language) -> bool:
    """A title or a name in marks: introduced by a title noun, or a few
    capitalised words in a language that has capitals."""
    if any(language.bare(t.folded) in language.title_introducers or t.folded in language.title_introducers
           for t in before[-2:]):
        return True
    words = quoted.split()
    if not language.capitalises_names or not words or len(words) > MAX_TITLE_WORDS:
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and all(w[:1].isupper() for w in content) and quoted.rstrip()[-1:] not in ".!?"


def named_source(quoted: str, before: str, after: str, language: Language) -> bool:
    """A name in marks that says where words were said: لـ"الصباح": "...",
    (a short quotation glued to لـ, or followed by a colon)."""
    short = len(quoted.split()) <= MAX_TERM_WORDS
    return short and (before.endswith(language.addressee_prefixes) or after.lstrip().startswith(":"))


def introduced(quoted: str, before: list[Token], language: Language, open_mark: int) -> bool:
    """A title or a term its noun introduces right before the mark, cue or
    not: كتاب بعنوان "..."، ما يسمى "..."، le livre « ... », l'opération « ... »."""
    if not before or open_mark - before[-1].end > TOUCHING or len(quoted.split()) > MAX_TITLE_WORDS:
        return False
    last = before[-1].folded
    return language.bare(last) in language.title_introducers or last in language.title_introducers


def subheading(before: str, after: str) -> bool:
    """A subheading in marks set between dashes after a sentence's end (as
    OrangeSum glues them into the text), not a quotation in a dashed aside
    (The White Stripes - "perhaps the two most important bands" - were)."""
    opening = before.rstrip()
    rest = opening[:-1].rstrip()
    return opening.endswith("-") and (not rest or rest[-1] in ".!?\n") and after.strip().startswith("-")


def kind_of(quoted: str, before: list[Token], has_cue: bool, language: Language,
            context: tuple[str, str] = ("", ""), open_mark: int = -1) -> str | None:
    """"title" or "term" for what is not a quotation; None for a quotation.
    `before` are the words before the opening mark (at `open_mark`),
    `context` a few characters before it and after the closing one."""
    if not any(c.isalpha() for c in quoted):
        return "term"  # a number, a date, a code: “937”
    if subheading(*context):
        return "title"  # côte méditerranéenne.- "Que serait-ce si j'étais noir" -Dans la foule
    if title_like(quoted, before, language) and not has_cue or named_source(quoted, *context, language) \
            or introduced(quoted, before, language, open_mark):
        return "title"
    if len(quoted.split()) <= MAX_TERM_WORDS and not has_cue:
        return "term"
    return None


def subtype(frame: list[Token], ends_clause: bool, language: Language) -> str:
    """full, partial or mixed, from the reporter's words between the cue (or
    the clause start) and the opening mark."""
    words = [t.folded for t in frame]
    if not words:
        return "full" if ends_clause else "partial"
    if frame[-1].text.lstrip("".join(language.proclitics)) in language.full_introducers and ends_clause:
        return "full"  # قال ... إن “...”: the quotation is the reported clause
    if any(language.is_complementizer(w) for w in words):
        return "mixed"
    partial = language.partial_introducers
    if words[-1] in partial or len(words) <= 2 and words[0] in partial:
        return "partial"
    return "mixed"
