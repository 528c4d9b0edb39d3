"""Where the speaker phrase of a cue is, in the words around it.

After the cue: the subject of a verb-first clause (قال إحسان الحافظي إن،
"», a déclaré le ministre", '," said Smith') and the noun phrase after an
"according to" phrase (حسب إفادة الحافظي، selon lui). Before the cue: the
antecedent of a relative pronoun (الحافظي الذي شدد), an anaphor in the clause
(ولم تفت المتحدث ذاته الإشارة), the clause's subject (بلاغ ...، الخميس، أفاد;
"Smith, a Democrat, said"). Nothing found means an implicit subject:
participles (مشيرا) and pro-drop verbs take the speaker of the clause before.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from briefcli.quotes.cues import Cue, cue_word
from briefcli.quotes.lexicon import CueEntry, Lexicon
from briefcli.quotes.mentions import (
    LATIN_DETERMINERS,
    MAX_NAME,
    POSSESSIVES,
    Mention,
    analyse,
    bare,
    complement_start,
    has_article,
    strip_conjunction,
)
from briefcli.quotes.words import Token, fold

CLAUSE_MARKS = frozenset(",\u060c;\u061b:.!?\u061f()[]\u2014\u2013\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a")
REPORTING_BREAKS = frozenset(",\u201d\u00bb\"\u2014")
STARTERS = frozenset(
    "during after before when while meanwhile however on in at for but and if as since although though still "
    "yet then now later earlier also last this that these those it there here so thus instead pendant après "
    "avant lorsque quand mais pourtant cependant ainsi alors enfin hier dans selon pour".split()
)
OBJECT_PRONOUNS = frozenset({"به", "بها", "له", "لها", "لنا", "لهم", "لي", "اليه"})
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "who", "qui"})
PREPOSITIONS = frozenset(fold(w) for w in "in on at for of with from by to into about after before during under "
                          "over dans sur pour par avec chez sous vers entre après avant".split())
MAX_PHRASE = 10
MAX_NAME_APPOSITION = 5
APPOSITION_OPENERS = frozenset("dont notamment including among".split())
# before the subject of a reporting clause: à l'AFP, auprès de, sur X (folded)
ADDRESS_PREPOSITIONS = frozenset("a au aux aupres sur to on".split())
LATIN_ONLY_PREPOSITIONS = frozenset("à au aux".split())  # folded, à would be the article a
NO_ENTRY = CueEntry("", "verb")
MAX_LEADING_SEGMENTS = 3  # a sentence may open with an apposition before the name
MAX_INTRODUCED = 6  # words of an indefinite description that introduces someone
INDEFINITE = frozenset("un une a an".split())
MAX_SUBJECT_HEAD = 4  # a determiner, adjectives and the role noun: "le nouveau ministre"
PERFECTIVE = frozenset({"قد", "لقد", "وقد", "فقد"})


@dataclass
class Window:
    """The words of one paragraph with what speaker search needs to know."""

    text: str
    tokens: list[Token]
    lexicon: Lexicon
    quotes: list[tuple[int, int]]  # (open mark, close mark) offsets of the quotations, in order
    start: int  # where the paragraph starts

    def __post_init__(self) -> None:
        self.opens = [o for o, _ in self.quotes]
        self.closes = [c for _, c in self.quotes]
        self.starts = [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def opens_between(self, start: int, end: int) -> list[int]:
        return self.opens[bisect.bisect_left(self.opens, start):bisect.bisect_left(self.opens, end)]

    def closes_between(self, start: int, end: int) -> list[int]:
        return self.closes[bisect.bisect_left(self.closes, start):bisect.bisect_left(self.closes, end)]

    def gap(self, index: int) -> str:
        """The characters before token `index`, back to the previous token."""
        previous = self.tokens[index - 1].end if index > 0 else self.start
        return self.text[previous:self.tokens[index].start]

    def breaks_before(self, index: int) -> bool:
        gap = self.gap(index)
        if index > 0 and gap.strip() == "." and self.abbreviation(self.tokens[index - 1]):
            return False
        return any(c in CLAUSE_MARKS for c in gap)

    def abbreviation(self, token: Token) -> bool:
        """Mr. Sen. J. U.S.: a dot that ends no clause."""
        return token.folded in self.lexicon.honorifics or (token.text[:1].isupper() and len(token.text) <= 2)

    def quoted(self, index: int) -> bool:
        position = self.tokens[index].start
        k = bisect.bisect_left(self.opens, position) - 1
        return k >= 0 and position < self.closes[k]


def speaker_phrase(window: Window, cue: Cue, clause_start: int, after_quote: bool = False) -> Mention | None:
    """The speaker phrase of `cue`, whose clause starts at token
    `clause_start` (right after a quotation when `after_quote`)."""
    lexicon = window.lexicon
    if cue.pronoun is not None:
        return analyse(window.text, [cue.pronoun], lexicon)
    if cue.kind == "according":
        return with_apposition(window, phrase_after(window, cue, according=True))
    if cue.kind == "verb" and lexicon.language == "ar" and cue.first > clause_start \
            and window.tokens[cue.first - 1].folded in PERFECTIVE:
        mention = phrase_before(window, cue, clause_start, after_quote)  # وكان رئيس الحكومة قد وصف
        if mention is not None:
            return mention
    if cue.kind == "verb" and verb_first(window, cue):
        mention = with_apposition(window, phrase_after(window, cue))
        if mention is not None:
            return mention
    if cue.kind == "participle":
        return None
    return phrase_before(window, cue, clause_start, after_quote)


def verb_first(window: Window, cue: Cue) -> bool:
    """Whether the subject may follow the verb: always in Arabic; in French
    and English only in a reporting clause after the quotation."""
    if window.lexicon.language == "ar":
        return True
    return cue.group_start > 0 and any(c in REPORTING_BREAKS for c in window.gap(cue.group_start))


def phrase_after(window: Window, cue: Cue, according: bool = False) -> tuple[list[Token], int]:
    """The noun phrase after the cue, and the index of the token after it."""
    tokens, lexicon = window.tokens, window.lexicon
    index = cue.last
    if according:
        index = skip_speech_noun(window, index)
    elif cue.entry.relays:
        index = relayed_source(window, index)
    index = skip_addressee(window, index)
    out: list[Token] = []
    while index < len(tokens) and len(out) < MAX_PHRASE:
        if window.breaks_before(index) or window.quoted(index):
            break
        word = tokens[index].folded
        if (word in lexicon.complementizers or word in lexicon.stops or word in RELATIVES) \
                and not joins_complement(window, index, out) and not source_origin(window, index, out):
            break
        if word in ("في", "dans", "lors", "in", "during") and index + 1 < len(tokens) and bare(
                tokens[index + 1].folded) in lexicon.speech_events | lexicon.documents | {"une", "un", "an", "a"}:
            break
        if not out and not starts_phrase(word, lexicon):
            break
        if out and (indirect_object(window, index, out) or speech_object(word, lexicon) or cue_word(word, lexicon)):
            break  # ... لهسبريس، ... تصريحاته، ... قائلا
        out.append(tokens[index])
        index += 1
    return out, index


def joins_complement(window: Window, index: int, phrase: list[Token]) -> bool:
    """"et" inside an institution's lower-case complement ("Bureau de
    recherches géologiques et minières"), not between two speakers."""
    tokens = window.tokens
    if tokens[index].folded not in ("et", "and") or not phrase or index + 1 >= len(tokens):
        return False
    before, after = phrase[-1], tokens[index + 1]
    return before.text[:1].islower() and after.text[:1].islower() and after.folded not in LATIN_DETERMINERS \
        and any(t.text[:1].isupper() for t in phrase) and not window.breaks_before(index + 1)


def source_origin(window: Window, index: int, phrase: list[Token]) -> bool:
    """من in a phrase a role opens: "مصادر من مقاطعة سيدي البرنوصي", "مصدر مقرب
    من الرئاسة" (not "من جهته")."""
    tokens, lexicon = window.tokens, window.lexicon
    if lexicon.language != "ar" or tokens[index].folded != "\u0645\u0646" or not phrase or index + 1 >= len(tokens):
        return False
    following = bare(tokens[index + 1].folded)
    return bare(strip_conjunction(phrase[0].folded)) in lexicon.positions and not following.startswith(
        ("\u062c\u0647\u062a", "\u062c\u0627\u0646\u0628"))  # جهته، جانبه


def skip_addressee(window: Window, index: int) -> int:
    """Past whom the words were said to, between a verb and its subject or
    complementizer: به، لنا، لهسبريس، لـ«الشرق الأوسط»، à l'AFP, auprès de l'AFP."""
    tokens, lexicon = window.tokens, window.lexicon
    while index < len(tokens) and not window.breaks_before(index):
        word = tokens[index].folded
        if word in OBJECT_PRONOUNS or (lexicon.language == "ar" and indirect_object(window, index, [])):
            index += 1
        elif word == "\u0644" and index + 1 < len(tokens) and window.quoted(index + 1):
            index += 1  # لـ«الشرق الأوسط»: the name in marks follows
            while index < len(tokens) and window.quoted(index):
                index += 1
        elif lexicon.language != "ar" and word in ADDRESS_PREPOSITIONS:
            end = latin_addressee_end(window, index)
            if end is None:
                break
            index = end
        else:
            break
    return index


def latin_addressee_end(window: Window, index: int) -> int | None:
    """The end of "à l'AFP", "au Monde", "auprès de l'AFP", "à des
    journalistes", "to reporters": the preposition, its determiner and one
    noun (or a capitalised name), when a subject still follows."""
    tokens = window.tokens
    k = index + 1
    if tokens[index].folded == "aupres" and k < len(tokens) and tokens[k].folded in ("de", "d", "du", "des"):
        k += 1
    while k < len(tokens) and tokens[k].folded in LATIN_DETERMINERS:
        k += 1
    if k >= len(tokens) or window.breaks_before(k):
        return None
    k += 1
    while k < len(tokens) and tokens[k].text[:1].isupper() and not window.breaks_before(k):
        k += 1
    if k >= len(tokens) or window.breaks_before(k):
        return None
    return k


def relayed_source(window: Window, index: int) -> int:
    """Past "وكالة الأنباء ... عن" in "نقلت وكالة ... عن مصدر قوله": the one
    who spoke is after عن; the agency only relays."""
    tokens = window.tokens
    for k in range(index, min(index + MAX_PHRASE + 2, len(tokens))):
        if k > index and any(c in ",.;:!?\u060c\u061b\u061f" for c in window.gap(k)):
            break
        if tokens[k].folded == "\u0639\u0646" and not window.quoted(k):  # عن
            return k + 1
    return index


def skip_speech_noun(window: Window, index: int) -> int:
    """Past "إفادة" in "حسب إفادة X", "ما أفاد" in "حسبما أفاد X"."""
    tokens = window.tokens
    latin = window.lexicon.language != "ar"
    start = index
    if latin and index + 1 < len(tokens) and tokens[index].folded in LATIN_DETERMINERS | POSSESSIVES:
        index += 1  # "les chiffres de la métropole"
    if index < len(tokens) and tokens[index].folded in window.lexicon.speech_nouns and not window.breaks_before(index):
        index += 1
        if index < len(tokens) and cue_word(tokens[index].folded, window.lexicon):
            index += 1  # حسبما أفاد، وفقا لما قاله
        if latin and index < len(tokens) and tokens[index].folded in ("de", "du", "des", "d", "of", "from"):
            index += 1
    elif latin:
        index = start
    if window.lexicon.language == "ar" and index < len(tokens) and tokens[index].folded[:1] == "\u0644" \
            and not window.breaks_before(index):
        return index  # وفقا لـ: the ل stays on the word; analyse reads past it
    return index


def indirect_object(window: Window, index: int, phrase: list[Token]) -> bool:
    """لهسبريس in "قال مصدر أمني لهسبريس إن", للأناضول in "فقالت للأناضول وهي":
    a word in ل that ends the clause (a complementizer, a mark or وهو/وهي
    follows) names whom the words were said to; ليلى in "قالت ليلى بن عمر",
    or للمديرية after a document or an organisation (بلاغ للمديرية), do not."""
    lexicon, tokens = window.lexicon, window.tokens
    word = tokens[index].folded
    if lexicon.language != "ar" or word[:1] != "\u0644" or len(word) < 4:
        return False
    if phrase and bare(strip_conjunction(phrase[0].folded)) in lexicon.documents | lexicon.organisations:
        return False
    if index + 1 >= len(tokens) or bare(word[1:]) in lexicon.media or word[1:] in lexicon.media:
        return True  # لوكالة فرانس برس، لقناة الجزيرة
    following = tokens[index + 1].folded
    bound = following in lexicon.complementizers or (
        following[:1] == "\u0628" and following[1:] in lexicon.complementizers)  # بأن
    return window.breaks_before(index + 1) or bound or following in ("\u0648\u0647\u0648", "\u0648\u0647\u064a")


def speech_object(word: str, lexicon: Lexicon) -> bool:
    """كلمته، تصريحاته، بيانها، قوله: a speech noun with a possessive pronoun
    is what the speaker said (ختم المهندي تصريحاته), never part of his name."""
    for suffix in ("\u0647\u0645", "\u0647\u0627", "\u0647"):
        stem = word[:-len(suffix)]
        if lexicon.language == "ar" and word.endswith(suffix) and len(stem) >= 3:
            nouns = lexicon.speech_events | lexicon.speech_nouns | lexicon.documents
            if bare(stem) in nouns or (stem.endswith("\u062a") and bare(stem[:-1] + "\u0647") in nouns):
                return True
    return False


def starts_phrase(word: str, lexicon: Lexicon) -> bool:
    """Whether `word` can open a subject noun phrase."""
    if lexicon.language != "ar" and word in LATIN_DETERMINERS | POSSESSIVES:
        return True
    if word in lexicon.function_words or word in lexicon.complementizers:
        return False
    if lexicon.language == "ar" and word[:1] == "\u0644" and not word.startswith("لل") and len(word) <= 4:
        return False  # له، لنا، لهم: an indirect object, not a subject
    return True


def with_apposition(window: Window, found: tuple[list[Token], int]) -> Mention | None:
    """The mention, with the role nouns of an apposition that follows it
    ("قال X، باحث في ...، إن") among its descriptors; or the name in
    apposition when the mention only describes ("le président de la
    République, Emmanuel Macron,", "قال ممثل النيابة العامة، القاضي منير الحداد،")."""
    tokens, after = found
    lexicon = window.lexicon
    mention = analyse(window.text, tokens, lexicon)
    if mention is None:
        return None
    named = apposed_name(window, mention, after)
    if named is not None:
        return named
    if mention.kind == "name" and after < len(window.tokens) and "," in window.gap(after).replace("\u060c", ","):
        heads = tuple(bare(t.folded) for t in window.tokens[after:after + 2]
                      if bare(t.folded) in window.lexicon.roles)
        if heads:
            mention = replace(mention, descriptors=mention.descriptors + heads)
    return mention


def apposed_name(window: Window, mention: Mention, after: int) -> Mention | None:
    """The name set off by commas after `mention` (which ends before token
    `after`), when `mention` describes its bearer."""
    lexicon = window.lexicon
    if after >= len(window.tokens) or "," not in window.gap(after).replace("\u060c", ","):
        return None
    if lexicon.language != "ar":
        first = window.tokens[after]
        if mention.kind != "description" or not (first.text[:1].isupper() and first.folded not in LATIN_DETERMINERS
                                                 or first.folded in lexicon.honorifics):
            return None  # "la magistrate, le prévenu, Gérard Manin": another person
        name = capital_prefix(window.tokens[after:after + 5], lexicon)
        named = analyse(window.text, name, lexicon) if name else None
    else:
        if mention.kind not in ("description", "name") or mention.kind == "name" and not mention.descriptors:
            return None
        end = after
        while end < len(window.tokens) and end - after < MAX_NAME_APPOSITION and (
                end == after or not window.breaks_before(end)):
            end += 1
        segment = window.tokens[after:end]
        titled = bool(segment) and bare(segment[0].folded) in lexicon.roles | lexicon.honorifics
        if mention.kind == "name" and not titled or not segment:
            return None
        closed = end < len(window.tokens) and "," in window.gap(end).replace("\u060c", ",")
        if not closed or any(t.folded in lexicon.function_words | lexicon.stops | lexicon.complementizers
                             or (t.folded,) in lexicon.cues for t in segment):
            return None
        named = analyse(window.text, segment, lexicon)
    if named is None or named.kind != "name":
        return None
    return replace(named, descriptors=named.descriptors + mention.descriptors)


def phrase_before(window: Window, cue: Cue, clause_start: int, after_quote: bool = False) -> Mention | None:
    tokens, lexicon = window.tokens, window.lexicon
    if cue.group_start <= clause_start:
        return None
    before = cue.group_start
    while before > clause_start and tokens[before - 1].folded in lexicon.auxiliaries | PERFECTIVE:
        before -= 1
    if before > clause_start and tokens[before - 1].folded in RELATIVES:
        return antecedent(window, before - 1, clause_start)
    anaphor = clause_anaphor(window, clause_start, before)
    if anaphor is not None:
        return anaphor
    if lexicon.language == "ar":
        return arabic_subject(window, clause_start, before)
    if tokens[before - 1].folded in ("and", "et") and not after_quote:
        return sentence_subject(window, clause_start, before)  # "X bemoaned Y and said"
    return latin_subject(window, clause_start, before, after_quote)


def sentence_subject(window: Window, start: int, end: int) -> Mention | None:
    """The subject that opens a sentence, for a participle with no cue before
    it ("Trump attacked Clinton on Friday, saying ...")."""
    if window.lexicon.language == "ar":
        return None
    parts = segments(window, start, end)
    if not parts:
        return None
    tokens = parts[0]
    names = capital_prefix(tokens, window.lexicon)
    return analyse(window.text, names, window.lexicon) if names else None


def leading_subject(window: Window, start: int, end: int) -> Mention | None:
    """The person a French or English sentence opens with, for a pronoun or
    a quotation with no cue after it: "Son avocate, Me Isabelle Roux, a
    plaidé", "M. Albert, lui, a arraché", "Le prévenu, qui ..., a contesté";
    None when the sentence opens otherwise ("Pour la chercheuse, la situation")."""
    lexicon = window.lexicon
    parts = segments(window, start, end)
    while len(parts) > 1 and opener(parts[0], lexicon):
        parts = parts[1:]  # "Dans le cortège parisien, Karim Haddad ...", "Interrogée par franceinfo, la ministre"
    if lexicon.language == "ar" or not parts or parts[0][0].folded in PREPOSITIONS | STARTERS:
        return None
    titles: tuple[str, ...] = ()
    for part in parts[:MAX_LEADING_SEGMENTS]:
        names = capital_prefix(part, lexicon)
        if len([t for t in names if name_word(t, lexicon)]) >= 2:
            mention = analyse(window.text, names, lexicon)  # "Président de l'association, Marc Le Goff ne"
            return replace(mention, descriptors=mention.descriptors + titles) if mention is not None else None
        heads = [t.folded for t in part[:MAX_SUBJECT_HEAD] if t.folded in lexicon.roles]
        if not heads:
            break  # not a title before the name: the sentence has begun ("she joined Moore & Van Allen")
        titles += tuple(heads)
    first = parts[0]
    names = capital_prefix(first, lexicon)
    if names:
        return analyse(window.text, names, lexicon)
    if first[0].folded in INDEFINITE and len(first) <= MAX_INTRODUCED:
        mention = analyse(window.text, first, lexicon)  # "Une commerçante du quartier Pirmil, qui ..."
        return replace(mention, kind="description", name=(), head=first[1].folded) if mention is not None else None
    roles = [k for k, t in enumerate(first[:MAX_SUBJECT_HEAD]) if t.folded in lexicon.roles]
    if not roles or first[0].folded not in LATIN_DETERMINERS | POSSESSIVES:
        return None
    mention = analyse(window.text, first[:roles[0] + 1], lexicon)
    if mention is not None and len(parts) > 1:
        name = capital_prefix(parts[1], lexicon)
        named = analyse(window.text, name, lexicon) if name else None
        if named is not None and named.kind == "name":
            return replace(named, descriptors=named.descriptors + mention.descriptors)
    return mention


def opener(words: list[Token], lexicon: Lexicon) -> bool:
    """A segment that opens a sentence before its subject: a prepositional
    phrase or a participle (Dans le cortège, Interrogée par franceinfo)."""
    first = words[0]
    return first.folded in PREPOSITIONS | STARTERS or lexicon.needs_auxiliary(first.text, NO_ENTRY) \
        and len(words) > 1 and words[1].folded in PREPOSITIONS | {"de", "d", "du", "des", "a"}


def name_word(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that may be part of a person's name (not "I",
    "What", "Le", a title)."""
    word = token.folded
    return token.text[:1].isupper() and len(token.text) > 1 and word not in lexicon.roles | lexicon.pronouns \
        | lexicon.function_words | LATIN_DETERMINERS | POSSESSIVES | STARTERS | lexicon.honorifics


def capital_prefix(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The capitalised words (and titles) a segment opens with."""
    out = []
    while tokens and tokens[0].folded in STARTERS:
        tokens = tokens[1:]
    for token in tokens:
        if token.text[:1].isupper() or token.folded in lexicon.roles or token.folded in LATIN_DETERMINERS and not out:
            out.append(token)
        else:
            break
    return out if any(t.text[:1].isupper() and t.folded not in LATIN_DETERMINERS | POSSESSIVES for t in out) else []


def antecedent(window: Window, relative: int, clause_start: int) -> Mention | None:
    """The noun phrase a relative pronoun refers to: الحافظي in "حسب إفادة
    الحافظي الذي شدد"."""
    tokens, lexicon = window.tokens, window.lexicon
    first = relative
    while first > max(clause_start - 6, 0) and relative - first < 5 and not window.breaks_before(first):
        word = tokens[first - 1].folded
        if word in lexicon.speech_nouns or (word,) in lexicon.cues or word in lexicon.function_words:
            break
        first -= 1
    if first == relative and not window.breaks_before(relative):
        return None
    return analyse(window.text, tokens[first:relative], lexicon)


def clause_anaphor(window: Window, start: int, end: int) -> Mention | None:
    """"المتحدث ذاته", "ذات المصدر" anywhere in the clause before the cue (not
    "في السياق نفسه": the noun must be one that speaks)."""
    tokens, lexicon = window.tokens, window.lexicon
    if lexicon.language != "ar":
        return None
    speaking = lexicon.roles | lexicon.documents | lexicon.organisations
    for index in range(end - 1, start - 1, -1):
        if tokens[index].folded not in lexicon.anaphor_markers:
            continue
        if index > start and has_article(tokens[index - 1].folded) and tokens[index].folded not in ("ذات", "نفس") \
                and bare(tokens[index - 1].folded) in speaking:
            return analyse(window.text, tokens[index - 1:index + 1], lexicon)
        if index + 1 < end and has_article(tokens[index + 1].folded) and bare(tokens[index + 1].folded) in speaking:
            return analyse(window.text, tokens[index:index + 2], lexicon)
    return None


def segments(window: Window, start: int, end: int) -> list[list[Token]]:
    """The words from `start` to `end` cut at commas, without the words in
    parentheses (Rep. Gwen Moore (D-Wis.))."""
    out: list[list[Token]] = [[]]
    depth = 0
    for index in range(start, end):
        gap = window.gap(index)
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            continue
        if index > start and any(c in ",\u060c;\u061b:\u2014\u2013" for c in gap):
            out.append([])
        out[-1].append(window.tokens[index])
    return [segment for segment in out if segment]


def arabic_subject(window: Window, start: int, end: int) -> Mention | None:
    """A subject before the verb: the clause's first noun phrase when it is
    clearly one (a document, an organisation, a role, a defined noun), after
    the connectives that may open the clause (أما، غير أن، وكان ... قد), with
    the name in apposition when it only describes; or a short phrase right
    before the verb (إحسان الحافظي أكد)."""
    lexicon = window.lexicon
    while start < end and connective(window, start):
        start += 1
    parts = segments(window, start, end)
    if not parts:
        return None
    first = parts[0]
    word = strip_conjunction(first[0].folded)
    clear = (bare(word) in lexicon.documents | lexicon.organisations | lexicon.roles
             or (has_article(word) and word not in lexicon.function_words))
    if clear and len(first) <= 12:
        mention = analyse(window.text, first, lexicon)
        if mention is not None and len(parts) > 1:
            after = window.token_at(parts[1][0].start)
            return apposed_name(window, mention, after) or mention
        return mention
    last = parts[-1]
    if len(parts) == 1 and len(last) <= 3 and not window.breaks_before(end) \
            and all(starts_phrase(t.folded, lexicon) for t in last):
        return analyse(window.text, last, lexicon)
    return titled_phrase_before(window, last, end)


def titled_phrase_before(window: Window, words: list[Token], end: int) -> Mention | None:
    """A role and a name right before the cue, after the clause's last
    function word (وهو ما أكده حينها رئيس الدائرة الطاهر العياري بقوله)."""
    lexicon = window.lexicon
    if not words or (end < len(window.tokens) and window.breaks_before(end)):
        return None
    start = len(words)
    while start > 0 and not (words[start - 1].folded in lexicon.function_words | lexicon.stops
                             or (words[start - 1].folded,) in lexicon.cues) and len(words) - start < MAX_NAME + 1:
        start -= 1
    phrase = words[start:]
    if not phrase or bare(phrase[0].folded) not in lexicon.roles:
        return None
    mention = analyse(window.text, phrase, lexicon)
    return mention if mention is not None and mention.kind == "name" else None


def connective(window: Window, index: int) -> bool:
    """أما، غير أن، وكان: words that open a clause before its subject."""
    word = window.tokens[index].folded
    if word in window.lexicon.connectives:
        return True
    return index > 0 and word in window.lexicon.complementizers and window.tokens[index - 1].folded in \
        window.lexicon.connectives and not window.breaks_before(index)


def latin_subject(window: Window, start: int, end: int, after_quote: bool = False) -> Mention | None:
    """The subject right before an English or French verb: the last comma
    segment, or the one before it when the last is an apposition ("Smith, a
    Democrat, said"); right after a quotation, the first segment when it
    opens with a name ('," Scott Pruitt, the attorney general, said')."""
    parts = segments(window, start, end)
    if not parts:
        return None
    lexicon = window.lexicon
    if after_quote and len(parts) > 1 and capital_prefix(parts[0], lexicon):
        return analyse(window.text, noun_phrase(parts[0], lexicon), lexicon)
    while len(parts) > 1 and aside(parts[-1], lexicon):
        parts = parts[:-1]  # "M. Benjelloun a, de son côté, salué"
    last = parts[-1]
    named_before = len(parts) > 1 and (last[0].folded in APPOSITION_OPENERS or any(
        t.text[:1].isupper() for t in parts[-2][1:] or parts[-2]))
    if apposition(last, lexicon) and named_before:
        mention = analyse(window.text, noun_phrase(parts[-2], lexicon), lexicon)
        if mention is not None:
            heads = tuple(t.folded for t in last if t.folded in lexicon.roles)
            return replace(mention, descriptors=mention.descriptors + heads)
    mention = analyse(window.text, noun_phrase(last, lexicon), lexicon)
    if mention is not None and mention.kind == "name" and len(parts) > 1:
        title = analyse(window.text, noun_phrase(parts[-2], lexicon), lexicon)
        if title is not None and title.kind == "description" and title.descriptors:
            # "Le ministre de l'Economie, Antoine Vasseur,": the title is the name's
            return replace(mention, descriptors=mention.descriptors + title.descriptors)
    return mention


def apposition(words: list[Token], lexicon: Lexicon) -> bool:
    """A segment that describes the name before it: "a Democrat", "professeure
    à Sciences Po", "dont France Nature Environnement"."""
    first = words[0]
    if first.folded in APPOSITION_OPENERS:
        return True
    if first.text[:1].isupper() or ends_with_name(words, lexicon):
        return False  # "le politologue marocain Mehdi Alaoui" names someone itself
    return first.folded in LATIN_DETERMINERS or first.folded in lexicon.roles


def ends_with_name(words: list[Token], lexicon: Lexicon) -> bool:
    """Whether a segment ends with a first name and a surname (not "à
    Sciences Po", "the Senate Majority Leader", "the Charlotte-Mecklenburg
    police chief")."""
    run = 0
    while run < len(words) and words[-1 - run].text[:1].isupper():
        run += 1
    if run < 2 or words[-1].folded in lexicon.roles:
        return False
    before = words[-1 - run] if run < len(words) else None
    return before is None or not (before.folded in PREPOSITIONS or before.text.lower() in LATIN_ONLY_PREPOSITIONS)


def aside(words: list[Token], lexicon: Lexicon) -> bool:
    """"de son côté", "pour sa part", "in a statement": a segment that a
    preposition opens, between the subject and its verb."""
    first = words[0]
    return (first.folded in PREPOSITIONS | {"de", "d", "du"} or first.text in LATIN_ONLY_PREPOSITIONS) \
        and not first.text[:1].isupper()


def run_start(tokens: list[Token], capitals: list[int]) -> int:
    """Where the last run of capitalised words starts."""
    first = capitals[-1]
    while first - 1 in capitals:
        first -= 1
    return first


def noun_phrase(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The subject at the end of a segment: from its last capitalised name
    (with the titles before it), or from its first determiner that follows no
    preposition ("In a statement Monday the senator" -> "the senator")."""
    if not tokens:
        return []
    if tokens[-1].folded in lexicon.pronouns:
        return tokens[-1:]
    capitals = [i for i, t in enumerate(tokens) if t.text[:1].isupper() and (i or len(tokens) == 1
                or t.folded not in LATIN_DETERMINERS | lexicon.function_words | STARTERS)]
    if capitals and capitals[-1] >= len(tokens) - 1 and not complement_start(tokens, run_start(tokens, capitals)):
        first = capitals[-1]
        while first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].folded in lexicon.roles
                             or tokens[first - 1].folded in lexicon.honorifics):
            first -= 1
        if first > 0 and tokens[first - 1].folded in LATIN_DETERMINERS:
            first -= 1
        return tokens[max(first, len(tokens) - MAX_PHRASE):]
    for index, token in enumerate(tokens):
        if token.folded in LATIN_DETERMINERS and (index == 0 or tokens[index - 1].folded not in PREPOSITIONS):
            return tokens[index:][:MAX_PHRASE]
    return tokens[-3:]
