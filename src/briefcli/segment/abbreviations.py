"""Words that end in a full stop without ending a sentence.

`BEFORE_NAMES` precede a name (Mr. Smith, M. Macron): a full stop after
them never ends a sentence; `BEFORE_NUMBERS` (No. 5, p. 12) only when a
number follows. `TRAILING` often close a phrase
(etc., Inc., p.m.): after them a sentence ends when the next word starts
with a capital. Lower case, without the final full stop.
"""

from __future__ import annotations

BEFORE_NAMES = {
    "en": set(
        "mr mrs ms messrs dr prof sr jr st mt ft gen col lt maj sgt capt cmdr adm gov sen "
        "rep pres supt det insp rev hon fr ed eds al cf ca approx est dept univ ave blvd rd "
        "jan feb mar apr jun jul aug sep "
        "sept oct nov dec u.s u.k u.n e.u d.c n.y l.a e.g i.e vs v".split()
    ),
    "fr": set(
        "m mm mme mmes mlle mlles dr pr me mgr st ste av bd éd coll cf env tél ex gal cdt "
        "col lt sgt dép janv févr avr juil sept oct "
        "nov déc c.-à-d p.ex e.g i.e vs".split()
    ),
    "ar": set(),
}
BEFORE_NUMBERS = set("no nos n vol vols p pp fig figs ch chap art sec tome min".split())
TRAILING = {
    "en": set("etc inc ltd co corp bros llc plc a.m p.m jr sr ph.d m.d b.a m.a".split()),
    "fr": set("etc j.-c cie sa sarl".split()),
    "ar": {"إلخ", "الخ", "ق.م", "ص.ب"},
}


def kind_of(word: str, language: str, next_char: str = "") -> str | None:
    """'before-name', 'trailing' or None for the word a full stop follows."""
    key = word.lower()
    if key in BEFORE_NAMES.get(language, ()) or key in BEFORE_NAMES["en"] and language != "ar":
        return "before-name"
    if key in BEFORE_NUMBERS and language != "ar":
        return "before-name" if next_char.isdigit() else "trailing"
    if key in TRAILING.get(language, ()):
        return "trailing"
    letters = key.replace(".", "").replace("-", "")
    if len(letters) == 1 and letters.isalpha():
        return "before-name"
    if "." in key and all(len(part) <= 2 for part in key.split(".")) and letters.isalpha():
        return "before-name"
    return None
