"""The words brief itself adds to a page (headers, notes), in the article's
language: an Arabic reader gets an Arabic page, labels included. Machine
formats (JSON) keep their English field names and values.

A label is a template filled with values. Counts are written with their
noun, agreeing in number ("1 phrase sur 10", "3 جمل من أصل 12"). Every value
that is text (a name, a file name, a method, a score) is marked in the
resulting Phrase, so that a terminal can isolate it: a Latin file name in an
Arabic header must not carry the numbers after it to its side. A value may be
a string from outside (a file name, a URL, a name in the article): every
text value is filled in through `printable`, so none can drive the terminal.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefcli.safe import printable

SEPARATOR = " \u00b7 "
LABELS = {
    "en": {
        "words": "{words}",
        "reading": "{minutes} read",
        "summary": "{count} of {total}: {numbers}",
        "method": "method {method}",
        "score": "score {score}",
        "position": "sentence {index}, paragraph {paragraph}",
        "quotations": "{quotations}",
        "speakers": "{speakers}",
        "cue": "cue: {cue}",
        "no_cue": "no cue",
        "paragraph": "paragraph {paragraph}",
        "as": "as {mention}",
        "indirect": "indirect",
        "full": "full", "partial": "partial", "mixed": "mixed", "paraphrase": "paraphrase",
        "unknown_speaker": "(speaker unknown)",
        "no_quotations": "no quotations",
        "standard_input": "standard input",
        "summary_of": "Summary of {source} ({method})",
    },
    "fr": {
        "words": "{words}",
        "reading": "{minutes} de lecture",
        "summary": "{count} sur {total} : {numbers}",
        "method": "méthode {method}",
        "score": "score {score}",
        "position": "phrase {index}, paragraphe {paragraph}",
        "quotations": "{quotations}",
        "speakers": "{speakers}",
        "cue": "verbe : {cue}",
        "no_cue": "sans verbe introducteur",
        "paragraph": "paragraphe {paragraph}",
        "as": "désigné comme {mention}",
        "indirect": "discours indirect",
        "full": "citation complète", "partial": "citation partielle", "mixed": "citation intégrée",
        "paraphrase": "paraphrase",
        "unknown_speaker": "(locuteur inconnu)",
        "no_quotations": "aucune citation",
        "standard_input": "entrée standard",
        "summary_of": "Résumé de {source} ({method})",
    },
    "ar": {
        "words": "{words}",
        "reading": "{minutes} من القراءة",
        "summary": "{count} من أصل {total}: {numbers}",
        "method": "طريقة {method}",
        "score": "الدرجة {score}",
        "position": "الجملة {index}، الفقرة {paragraph}",
        "quotations": "{quotations}",
        "speakers": "{speakers}",
        "cue": "فعل القول: {cue}",
        "no_cue": "بلا فعل قول",
        "paragraph": "الفقرة {paragraph}",
        "as": "بلفظ: {mention}",
        "indirect": "كلام منقول",
        "full": "اقتباس كامل", "partial": "اقتباس جزئي", "mixed": "اقتباس مدمج",
        "paraphrase": "إعادة صياغة",
        "unknown_speaker": "(قائل غير معروف)",
        "no_quotations": "لا اقتباسات",
        "standard_input": "الإدخال القياسي",
        "summary_of": "ملخص {source} ({method})",
    },
}
# The noun each counted value takes: English and French (one, more); Arabic
# (one, two, 3 to 10, 11 to 99; 100 and more take the singular).
NOUNS = {
    "en": {"words": ("word", "words"), "minutes": ("min", "min"), "count": ("sentence", "sentences"),
           "quotations": ("quotation", "quotations"), "speakers": ("speaker", "speakers")},
    "fr": {"words": ("mot", "mots"), "minutes": ("min", "min"), "count": ("phrase", "phrases"),
           "quotations": ("citation", "citations"), "speakers": ("locuteur", "locuteurs")},
    "ar": {"words": ("كلمة", "كلمتان", "كلمات", "كلمة"), "minutes": ("دقيقة", "دقيقتان", "دقائق", "دقيقة"),
           "count": ("جملة", "جملتان", "جمل", "جملة"),
           "quotations": ("اقتباس", "اقتباسان", "اقتباسات", "اقتباسا"),
           "speakers": ("متحدث", "متحدثان", "متحدثين", "متحدثا")},
}
LIST_SEPARATOR = {"ar": "، "}
LONGEST_LIST = 12


@dataclass(frozen=True)
class Phrase:
    """A label's text and the spans of the text values written into it."""

    text: str
    values: tuple[tuple[int, int], ...] = ()


def arabic_count(number: int, one: str, two: str, few: str, many: str) -> str:
    """A number and its counted noun in Arabic."""
    if number == 1:
        return f"{one} واحدة" if one.endswith("ة") else f"{one} واحد"
    if number == 2:
        return two
    if 3 <= number % 100 <= 10:
        return f"{number} {few}"
    return f"{number} {many if 11 <= number % 100 <= 99 else one}"


def counted(language: str, name: str, number: int) -> str:
    """`number` with the noun of value `name`, agreeing with it."""
    forms = NOUNS.get(language, NOUNS["en"])[name]
    if language == "ar":
        return arabic_count(number, *forms)
    singular = number == 1 or (language == "fr" and number == 0)
    return f"{number} {forms[0] if singular else forms[1]}"


def numbers(language: str, values: list[int]) -> str:
    """A list of numbers as a reader of `language` writes it, cut after a dozen."""
    shown = LIST_SEPARATOR.get(language, ", ").join(map(str, values[:LONGEST_LIST]))
    return shown + ("\u2026" if len(values) > LONGEST_LIST else "")


def phrase(language: str, key: str, **values: object) -> Phrase:
    """The label `key` in `language` (English for any other), filled with
    `values`: counted values with their noun, lists of numbers as lists, text
    values marked."""
    nouns = NOUNS.get(language, NOUNS["en"])
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for literal, field, _, _ in string.Formatter().parse(LABELS.get(language, LABELS["en"])[key]):
        pieces.append(literal)
        length += len(literal)
        if field is None:
            continue
        value = values[field]
        if isinstance(value, list):
            text = numbers(language, value)
        elif field in nouns and isinstance(value, int):
            text = counted(language, field, value)
        else:
            text = printable(str(value))
        if isinstance(value, str):
            spans.append((length, length + len(text)))
        pieces.append(text)
        length += len(text)
    return Phrase("".join(pieces), tuple(spans))


def value(text: str) -> Phrase:
    """A text value standing alone as a phrase."""
    return Phrase(text, ((0, len(text)),))


def label(language: str, key: str, **values: object) -> str:
    return phrase(language, key, **values).text


def joined(phrases: list[Phrase], separator: str = SEPARATOR) -> Phrase:
    """Phrases one after the other on a line, their marks kept."""
    text, spans = "", []
    for item in phrases:
        if text:
            text += separator
        spans.extend((start + len(text), end + len(text)) for start, end in item.values)
        text += item.text
    return Phrase(text, tuple(spans))


def source_name(source: str, language: str) -> str:
    """How a page names where an article came from: a file by its name, a
    URL by its host and path, standard input by name; safe to print."""
    if source == "-":
        return label(language, "standard_input")
    if source.startswith(("http://", "https://")):
        parts = urlsplit(source)
        return printable(parts.netloc + parts.path.rstrip("/"))
    return printable(source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source)
