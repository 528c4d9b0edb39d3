"""Finding reporting cues among the words of a paragraph.

A cue is a word or phrase of the language: multi-word phrases first (nouveau
"d'après", "according to", "على حد تعبير"), then single words, then Arabic
words with a conjunction or preposition attached (وأضاف، ليضيف، فحسب is not
one: only و strips off an "according to" word). Arabic participles and long
verbs are also matched tolerantly (one slip, or the same dotless skeleton)
when what follows is what a cue governs: a complementizer, the cue's
preposition or a quotation mark. Auxiliaries and inverted pronouns
(a-t-il dit, has said) are taken into the cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.quotes.language import CueEntry, Language
from briefcli.quotes.words import Token

CLOSING_MARKS = "\u00bb\u201d\"\u2019 "
QUOTE_OPENERS = "\"\u201c\u201e\u00ab\u2039\u201d"
PHRASE_JOINERS = frozenset(" '\u2019-\u00a0")
MAX_OPENING = 8  # words between an opening "Pour" and the person it names
MIN_FUZZY = 4  # a slip in a shorter cue (بين) makes another word (بيان)
MAX_ADVERBS = 5  # words between an auxiliary and its participle
MAX_OBJECT = 4  # words between a verb and the verbal noun that completes it
MAX_RELAYED = 12  # the same for نقلت X عن Y قوله: the agency and the source between
CLAUSE_BREAKS = ",.;:!?\u060c\u061b\u061f\"\u201c\u201d\u00ab\u00bb"


@dataclass(frozen=True)
class Cue:
    first: int  # index of the first token of the cue
    last: int  # index after its last token
    start: int
    end: int
    entry: CueEntry
    pronoun: Token | None = None  # the inverted subject of "a-t-il dit"
    lead: int = -1  # first token of the verb group: the auxiliary of "a toutefois reconnu"

    @property
    def group_start(self) -> int:
        return self.first if self.lead < 0 else min(self.lead, self.first)

    @property
    def kind(self) -> str:
        return self.entry.kind


def joined(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens first..last-1 follow each other with only spaces,
    apostrophes or hyphens between them."""
    return all(set(text[tokens[k].end:tokens[k + 1].start]) <= PHRASE_JOINERS
               for k in range(first, last - 1))


def match_at(text: str, tokens: list[Token], index: int, language: Language) -> tuple[int, CueEntry] | None:
    """(number of tokens, entry) of the cue starting at token `index`."""
    word = tokens[index].folded
    found = phrase_at(text, tokens, index, language)
    if found is not None:
        return found
    if index and tokens[index - 1].folded in language.noun_governors:
        return None  # طلب عدم كشف اسمه: a verbal noun, no verb
    entry = language.cues.get((word,))
    if entry and entry.opening_only:
        return (1, entry) if opens_on_person(text, tokens, index, language) else None
    if entry and not verb_here(text, tokens, index, entry, language):
        return None
    if entry and (not entry.governing_only or governed(text, tokens, index, entry, language)):
        return 1, entry
    entry = stripped_match(word, language)
    if entry and (entry.kind != "noun" and not entry.governing_only or governs(text, tokens, index, language)):
        return 1, entry
    entry = suffixed_match(word, language)
    if entry and any(governs(text, tokens, k, language) for k in clause_ahead(text, tokens, index)):
        return 1, entry
    if language.may_be_misspelt(word) \
            and governs(text, tokens, index, language):
        form = language.fuzzy_match(word)
        if form and form in language.cues and language.cues[form].kind in ("participle", "verb") \
                and len(form[0]) >= MIN_FUZZY and word not in language.documents | language.speech_events:
            return 1, language.cues[form]
    return None


def verb_here(text: str, tokens: list[Token], index: int, entry: CueEntry, language: Language) -> bool:
    """Whether a verb or participle form is one where it stands: not a noun
    after a determiner (la tempête, les critiques, his claims), not a
    participle that qualifies the noun before it (des vents soufflant jusqu'à
    240 km/h: a determiner and a noun before it, nothing it governs after it)."""
    if entry.kind not in ("verb", "participle") or not index:
        return True
    before = tokens[index - 1].folded
    if entry.kind == "verb" and before in language.articles | language.possessives \
            and joined(text, tokens, index - 1, index + 1):
        return False  # (but "les qualifiant de": a pronoun before a participle)
    qualifying = entry.kind == "participle" and index > 1 and tokens[index - 2].folded in language.determiners \
        and tokens[index - 1].text[:1].islower() and joined(text, tokens, index - 2, index + 1)
    return not qualifying or governs(text, tokens, index, language)


def phrase_at(text: str, tokens: list[Token], index: int, language: Language) -> tuple[int, CueEntry] | None:
    """A cue of several words at token `index`: as listed, with a conjunction
    glued to its first word (وجاء في) or a pronoun to its last (على حد
    تعبيرها: the pronoun is the speaker, see `suffix_pronoun`)."""
    word = tokens[index].folded
    kinds = language.proclitics.get(word[:1], ())
    firsts = [w for w in (word, word[1:] if kinds else "") if w in language.phrase_starts]
    for first in firsts:
        for size in range(min(language.max_phrase, len(tokens) - index), 1, -1):
            middle = tuple(t.folded for t in tokens[index + 1:index + size - 1])
            last = tokens[index + size - 1]
            for key in dict.fromkeys(((first,) + middle + (last.folded,),
                                      (first,) + middle + (language.without_pronoun(last.text),))):
                entry = language.cues.get(key)
                if entry and (first == word or entry.kind in kinds) and joined(text, tokens, index, index + size):
                    return size, entry
    return None


def suffix_pronoun(tokens: list[Token], cue_first: int, cue_last: int, language: Language) -> Token | None:
    """The last word of a cue phrase when it carries the speaker as a
    pronoun (على حد تعبيرها، حسب قوله), else None."""
    last = tokens[cue_last - 1]
    return last if cue_last - cue_first > 1 and language.without_pronoun(last.text) != last.folded else None


def opens_on_person(text: str, tokens: list[Token], index: int, language: Language) -> bool:
    """Whether token `index` opens its sentence and a role or a name follows
    before the first comma ("Pour le sociologue Julien Rivière,", not "Pour
    autant,")."""
    if index and not sentence_start(text[tokens[index - 1].end:tokens[index].start]):
        return False
    for k in range(index + 1, min(index + MAX_OPENING, len(tokens))):
        if "," in text[tokens[k - 1].end:tokens[k].start]:
            return False
        if tokens[k].folded in language.roles or tokens[k].text[:1].isupper():
            return True
    return False


def sentence_start(gap: str) -> bool:
    """Whether the characters between two words end a sentence: a full
    stop, a question or an exclamation mark, maybe with a closing quotation
    mark after it (not "«antifa» (pour antifaciste)")."""
    stripped = gap.strip().rstrip(CLOSING_MARKS)
    return stripped[-1:] in (".", "!", "?", "\u061f") or "\n" in gap


def cue_word(word: str, language: Language) -> bool:
    """Whether the folded `word` is a cue, with its clitics (قاله، وأفاد)."""
    entry = language.cues.get((word,))
    return entry is not None and not entry.opening_only or stripped_match(word, language) is not None \
        or suffixed_match(word, language) is not None


def stripped_match(word: str, language: Language) -> CueEntry | None:
    """A cue with a one-letter proclitic in front: و ف ل before a verb (وأضاف،
    ليضيف), و before an "according to" word (وحسب), ب before a verbal noun
    (بالقول، بالإشارة)."""
    kinds = language.proclitics.get(word[:1])
    if len(word) < 4 or kinds is None:
        return None
    entry = language.cues.get((word[1:],))
    return entry if entry is not None and entry.kind in kinds else None


def suffixed_match(word: str, language: Language) -> CueEntry | None:
    """A verb or verbal noun with an object pronoun attached: أكده، قاله،
    يعزوه، بقوله (taken only where it governs what follows)."""
    for suffix in language.pronoun_suffixes:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            entry = language.cues.get((stem,)) or stripped_match(stem, language)
            if entry is not None and entry.kind in ("verb", "noun"):
                return entry
    return None


def governed(text: str, tokens: list[Token], index: int, entry: CueEntry, language: Language) -> bool:
    """Whether what a governing-only cue takes follows it: right after it,
    or, for a verb with prepositions of its own (عبّر عن), anywhere in its
    clause (عبر الوزير عن; not عبر التاريخ)."""
    if not entry.preps:
        return governs(text, tokens, index, language)
    return any(governs(text, tokens, k, language) or k + 1 < len(tokens) and tokens[k + 1].folded in entry.preps
               for k in clause_ahead(text, tokens, index))


def clause_ahead(text: str, tokens: list[Token], index: int, reach: int = 4) -> range:
    """Token `index` and the few after it that are still in its clause
    (وهو ما يعزوه خبراء المنظمة إلى: the subject comes between)."""
    end = index + 1
    while end < min(index + reach, len(tokens)) and not any(
            c in CLAUSE_BREAKS for c in text[tokens[end - 1].end:tokens[end].start]):
        end += 1
    return range(index, end)


def governs(text: str, tokens: list[Token], index: int, language: Language) -> bool:
    """Whether what follows token `index` is what a cue takes: a
    complementizer, a preposition or a quotation mark."""
    after = tokens[index].end
    gap = text[after:tokens[index + 1].start] if index + 1 < len(tokens) else text[after:after + 3]
    if any(c in QUOTE_OPENERS or c == ":" for c in gap):
        return True
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].folded
    return language.is_complementizer(following) or following in language.governed_prepositions


def extend(text: str, tokens: list[Token], first: int, last: int, language: Language) -> tuple[int, int, Token | None]:
    """Take auxiliaries before the cue and an inverted pronoun after it."""
    pronoun = None
    if first >= 3 and tokens[first - 1].folded in language.pronouns and tokens[first - 2].folded == "t" \
            and tokens[first - 3].folded in language.auxiliaries and joined(text, tokens, first - 3, first + 1):
        pronoun, first = tokens[first - 1], first - 3  # a-t-il déclaré
    elif first >= 2 and tokens[first - 1].folded in language.pronouns and tokens[first - 2].folded in \
            language.auxiliaries and text[tokens[first - 2].end:tokens[first - 1].start] == "-" \
            and joined(text, tokens, first - 1, first + 1):
        pronoun, first = tokens[first - 1], first - 2  # avait-il déclaré
    while first > 0 and tokens[first - 1].folded in language.auxiliaries and joined(text, tokens, first - 1, first + 1):
        first -= 1
        if first + 2 < len(tokens) and tokens[first + 1].folded == "t" and tokens[first + 2].folded in language.pronouns:
            pronoun = tokens[first + 2]
    if language.pronouns and last + 1 < len(tokens) and tokens[last].folded == "t" \
            and tokens[last + 1].folded in language.pronouns and joined(text, tokens, last - 1, last + 2):
        pronoun, last = tokens[last + 1], last + 2
    elif language.hyphenated_inversion and last < len(tokens) and tokens[last].folded in language.pronouns \
            and text[tokens[last - 1].end:tokens[last].start] == "-":
        pronoun, last = tokens[last], last + 1
    return first, last, pronoun


def find_cues(text: str, tokens: list[Token], language: Language, outside: list[tuple[int, int]]) -> list[Cue]:
    """Every cue among `tokens`, except inside the spans `outside` lists
    (quotations, whose words are the speaker's, not the reporter's)."""
    cues: list[Cue] = []
    index, hole = 0, 0
    while index < len(tokens):
        token = tokens[index]
        while hole < len(outside) and outside[hole][1] <= token.start:
            hole += 1
        if hole < len(outside) and outside[hole][0] <= token.start:
            index += 1
            continue
        found = match_at(text, tokens, index, language)
        if found is None:
            index += 1
            continue
        size, entry = found
        first, last, pronoun = extend(text, tokens, index, index + size, language)
        pronoun = pronoun or suffix_pronoun(tokens, index, index + size, language)
        lead = first
        if language.needs_auxiliary(tokens[index].text, entry) and first == index and pronoun is None:
            lead = auxiliary_before(text, tokens, index, language)
            if lead is None:  # "le prévenu", "Interrogé par l'AFP": a participle, no verb
                index += 1
                continue
        elif first == index and first > 0 and tokens[first - 1].folded in language.adverbs:
            lead = auxiliary_before(text, tokens, index, language) or first  # "a encore dit", "has long claimed"
        cue = Cue(first, last, tokens[first].start, tokens[last - 1].end, entry, pronoun, lead)
        if not (cues and complements(text, tokens, cues[-1], cue)):
            cues.append(cue)
        index = last
    return cues


def auxiliary_before(text: str, tokens: list[Token], index: int, language: Language) -> int | None:
    """The auxiliary a past participle at `index` follows across a few
    adverbs or an aside: "a toutefois reconnu", "a, de son côté, salué", "a
    quant à lui affirmé" (à is no auxiliary)."""
    for k in range(index - 1, max(-1, index - 1 - MAX_ADVERBS), -1):
        if any(c in ".!?:;\"\u00ab\u00bb\u201c\u201d" for c in text[tokens[k].end:tokens[k + 1].start]):
            return None
        word = tokens[k].folded
        if word in language.auxiliaries and word not in language.reflexives and not language.is_preposition(tokens[k]):
            if word in language.passive_auxiliaries and not (k and tokens[k - 1].folded in language.reflexives):
                return None  # "le rythme est plus soutenu": an adjective; "s'est exclamé" reports
            return k
        if word in language.complementizers or word in language.articles:
            return None  # "a reconnu que l'effort demandé": another clause
    return None


def complements(text: str, tokens: list[Token], verb: Cue, noun: Cue) -> bool:
    """Whether the verbal noun `noun` completes the verb `verb` of its clause
    (وختم المهندي تصريحاته بالقول، ختم كلمته بالتأكيد على أن): one cue, the verb's."""
    reach = MAX_RELAYED if verb.entry.relays else MAX_OBJECT
    return noun.kind == "noun" and verb.kind in ("verb", "participle") and noun.first - verb.last <= reach \
        and not any(c in ",.;:!?\u060c\u061b\u061f" for c in text[verb.end:noun.start])
