"""The words brief itself adds to a page (headers, notes), in the article's
language: an Arabic reader gets an Arabic page, labels included. Machine
formats (JSON) keep their English field names and values.

A label may quote strings from outside (a file name, a URL): every value is
filled in through `printable`, so none can drive the terminal."""

from __future__ import annotations

from briefcli.safe import printable

LABELS = {
    "en": {
        "words": "{words} · {minutes} min read",
        "summary": "{source} · {method} · {count} of {total} sentences",
        "summary_of": "Summary of {source} ({method})",
        "score": "score {score} · sentence {index}, paragraph {paragraph}",
        "cue": "cue: {cue}",
        "no_cue": "no cue",
        "paragraph": "paragraph {paragraph}",
        "as": "as {mention}",
        "indirect": "indirect",
        "full": "full", "partial": "partial", "mixed": "mixed", "paraphrase": "paraphrase",
        "unknown_speaker": "(speaker unknown)",
        "no_quotations": "no quotations",
    },
    "fr": {
        "words": "{words} · {minutes} min de lecture",
        "summary": "{source} · {method} · {count} sur {total}",
        "summary_of": "Résumé de {source} ({method})",
        "score": "score {score} · phrase {index}, paragraphe {paragraph}",
        "cue": "verbe : {cue}",
        "no_cue": "sans verbe introducteur",
        "paragraph": "paragraphe {paragraph}",
        "as": "désigné comme {mention}",
        "indirect": "discours indirect",
        "full": "citation complète", "partial": "citation partielle", "mixed": "citation intégrée",
        "paraphrase": "paraphrase",
        "unknown_speaker": "(locuteur inconnu)",
        "no_quotations": "aucune citation",
    },
    "ar": {
        "words": "{words} · {minutes} من القراءة",
        "summary": "{source} · {method} · {count} من أصل {total}",
        "summary_of": "ملخص {source} ({method})",
        "score": "الدرجة {score} · الجملة {index}، الفقرة {paragraph}",
        "cue": "فعل القول: {cue}",
        "no_cue": "بلا فعل قول",
        "paragraph": "الفقرة {paragraph}",
        "as": "بلفظ: {mention}",
        "indirect": "كلام منقول",
        "full": "اقتباس كامل", "partial": "اقتباس جزئي", "mixed": "اقتباس مدمج",
        "paraphrase": "إعادة صياغة",
        "unknown_speaker": "(قائل غير معروف)",
        "no_quotations": "لا اقتباسات",
    },
}
ARABIC_NOUNS = {
    "words": ("كلمة", "كلمتان", "كلمات"),
    "minutes": ("دقيقة", "دقيقتان", "دقائق"),
    "count": ("جملة", "جملتان", "جمل"),
}


# French and English counted nouns: the singular for 1 (and 0 in French).
COUNTED_NOUNS = {
    "fr": {"words": ("mot", "mots"), "count": ("phrase", "phrases")},
    "en": {"words": ("word", "words")},
}


def arabic_count(number: int, one: str, two: str, few: str) -> str:
    """A number and its counted noun in Arabic (3-10 take the plural)."""
    if number == 1:
        return f"{one} واحدة" if one.endswith("ة") else f"{one} واحد"
    if number == 2:
        return two
    return f"{number} {few if 3 <= number % 100 <= 10 else one}"


def counted(language: str, name: str, number: int) -> int | str:
    """`number` with the noun it counts, when the label counts a noun there."""
    if language == "ar" and name in ARABIC_NOUNS:
        return arabic_count(number, *ARABIC_NOUNS[name])
    forms = COUNTED_NOUNS.get(language, {}).get(name)
    if forms is None:
        return number
    singular = number == 1 or (language == "fr" and number == 0)
    return f"{number} {forms[0] if singular else forms[1]}"


def label(language: str, key: str, **values: object) -> str:
    """The label `key` in `language` (English for any other), filled with
    `values` made printable; counted nouns agree with their numbers."""
    language = language if language in LABELS else "en"
    shown = {
        name: counted(language, name, value) if isinstance(value, int) else printable(str(value))
        for name, value in values.items()
    }
    return LABELS[language][key].format(**shown)
