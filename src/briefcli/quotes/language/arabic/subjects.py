"""Where the speaker is in an Arabic clause.

After the verb (Arabic is verb-first: قال الوزير): past whom the words were
said to (لهسبريس، لـ«الشرق الأوسط»، به، لنا), up to what ends the phrase (a
word in ل that ends the clause, a speech noun with a pronoun: تصريحاته).
Before the verb: the clause's first noun phrase when it is clearly one
(بلاغ ...، الخميس، أفاد), after the connectives that may open the clause
(أما، غير أن، وكان ... قد); an anaphor anywhere in it (المتحدث ذاته).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefcli.quotes.language.arabic import names
from briefcli.quotes.language.arabic.clitics import (
    bare,
    has_article,
    prepositional_pronoun,
    split_pronoun,
    strip_conjunction,
)
from briefcli.quotes.mentions import MAX_NAME, Maker, Mention, analyse
from briefcli.quotes.speakers import apposed_name
from briefcli.quotes.window import Window
from briefcli.quotes.words import Token

if TYPE_CHECKING:
    from briefcli.quotes.language.arabic import Arabic

MAX_NAME_APPOSITION = 5
MAX_CLEAR_SUBJECT = 12  # words of a clause-opening noun phrase
MAX_BARE_SUBJECT = 3  # words right before the verb that may be its subject
MIN_ADDRESSEE = 4  # letters of a word in ل that names an addressee (not له، لنا)
MIN_LAM_WORD = 3  # the same right after the verb, where a short name may follow (لبي بي سي)
MAX_ADDRESSEE = 5  # words of an addressee's name
LAM = "\u0644"  # ل
SIDE_WORDS = ("\u062c\u0647\u062a", "\u062c\u0627\u0646\u0628")  # جهته، جانبه: من جهته is no origin
TA = "\u062a"
TA_MARBUTA_FOLDED = "\u0647"


def source_origin(window: Window, index: int, phrase: list[Token]) -> bool:
    """من in a phrase a role or a document opens: "مصادر من مقاطعة سيدي
    البرنوصي", "مصدر مقرب من الرئاسة", "الآية 3 من سورة آل عمران" (not "من
    جهته")."""
    tokens, language = window.tokens, window.language
    if tokens[index].folded not in language.origin_prepositions or not phrase or index + 1 >= len(tokens):
        return False
    following = bare(tokens[index + 1].folded)
    head = bare(strip_conjunction(phrase[0].folded))  # مصدر من ...، الآية 3 من سورة ...
    return head in language.positions | language.documents and not following.startswith(SIDE_WORDS)


def indirect_object(window: Window, index: int, phrase: list[Token]) -> bool:
    """لهسبريس in "قال مصدر أمني لهسبريس إن", للأناضول in "فقالت للأناضول وهي":
    a word in ل that ends the clause (a complementizer, a mark or وهو/وهي
    follows) names whom the words were said to; ليلى in "قالت ليلى بن عمر",
    or للمديرية after a document or an organisation (بلاغ للمديرية), do not."""
    language: Arabic = window.language  # type: ignore[assignment]
    tokens = window.tokens
    word = tokens[index].folded
    if word[:1] != LAM or len(word) < MIN_ADDRESSEE or word in language.places:
        return False  # لبنان، ليبيا: a place, no ل
    if phrase and bare(strip_conjunction(phrase[0].folded)) in language.documents | language.organisations:
        return False
    if bare(word) in language.organisations and any(bare(t.folded) in language.roles for t in phrase):
        return False  # الأمين العام للهيئة: the role's complement, not whom it was said to
    if index + 1 >= len(tokens) or bare(word[1:]) in language.media or word[1:] in language.media:
        return True  # لوكالة فرانس برس، لقناة الجزيرة
    following = tokens[index + 1].folded
    bound = following in language.complementizers or (
        following[:1] == "\u0628" and following[1:] in language.complementizers)  # بأن
    return window.breaks_before(index + 1) or bound or following in language.circumstantial_pronouns


def addressee_end(window: Window, index: int) -> int:
    """The index after the addressee a word in ل opens right after the verb
    (قال لهسبريس، يقول للجزيرة نت:، قالت لبي بي سي ليلى حداد): its words up
    to a mark, a complementizer, or a word that opens the subject (a role, a
    given name: the subject after the addressee); `index` when the word
    names no addressee (ليلى، لبنان، له)."""
    language: Arabic = window.language  # type: ignore[assignment]
    tokens = window.tokens
    word = tokens[index].folded
    if word[:1] != LAM or len(word) < MIN_LAM_WORD or word in language.places | language.given_names \
            or prepositional_pronoun(word):
        return index
    end = index + 1
    while end < len(tokens) and end - index < MAX_ADDRESSEE and not window.breaks_before(end) \
            and not opens_subject(tokens[end].folded, language):
        end += 1
    return end


def opens_subject(word: str, language: Arabic) -> bool:
    """Whether a word after an addressee opens the verb's subject: a role, a
    title, an organisation or a document, a given name, a complementizer
    (no subject: قال لهسبريس إن)."""
    core = bare(strip_conjunction(word))
    return core in language.speaking_nouns or word in language.honorifics | language.given_names \
        or language.is_complementizer(word) or word in language.circumstantial_pronouns


def speech_object(token: Token, language: Arabic) -> bool:
    """كلمته، تصريحاته، بيانها، قوله: a speech noun with a possessive pronoun
    is what the speaker said (ختم المهندي تصريحاته), never part of his name
    (but حديثة, recent, is no حديثه)."""
    stem, pronoun = split_pronoun(token.text)
    nouns = language.speech_events | language.speech_nouns | language.documents
    return bool(pronoun) and (bare(stem) in nouns or stem.endswith(TA) and bare(stem[:-1] + TA_MARBUTA_FOLDED) in nouns)


def skip_addressee(window: Window, index: int) -> int:
    """Past whom the words were said to, and when, between a verb and its
    subject or complementizer: به، لنا، لهسبريس، لـ«الشرق الأوسط»، حينها."""
    tokens, language = window.tokens, window.language
    while index < len(tokens) and not window.breaks_before(index):
        word = tokens[index].folded
        if word in language.object_pronouns | language.time_words | language.adverbs or prepositional_pronoun(word):
            index += 1  # به، فيه; حينها، أمس، أيضا (أكده حينها رئيس الدائرة)
        elif addressee_end(window, index) > index:
            index = addressee_end(window, index)  # لهسبريس، للجزيرة نت، لبي بي سي
        elif word == LAM and index + 1 < len(tokens) and window.quoted(index + 1):
            index += 1  # لـ«الشرق الأوسط»: the name in marks follows
            while index < len(tokens) and window.quoted(index):
                index += 1
        else:
            break
    return index


def name_in_apposition(window: Window, mention: Mention, after: int) -> Mention | None:
    """"قال ممثل النيابة العامة، القاضي منير الحداد،": a titled name set off
    by commas after a description (or after a name with a role)."""
    language = window.language
    if mention.kind not in ("description", "name") or mention.kind == "name" and not mention.descriptors:
        return None
    end = after
    while end < len(window.tokens) and end - after < MAX_NAME_APPOSITION and (
            end == after or not window.breaks_before(end)):
        end += 1
    segment = window.tokens[after:end]
    titled = bool(segment) and bare(segment[0].folded) in language.roles | language.honorifics
    if mention.kind == "name" and not titled or not segment:
        return None
    closed = end < len(window.tokens) and "," in window.gap(end).replace("\u060c", ",")
    if not closed or any((t.folded in language.function_words | language.stops | language.complementizers
                          | language.noun_governors or (t.folded,) in language.cues) and not (k and segment[k - 1].folded in language.name_openers)
                         for k, t in enumerate(segment)):  # (بن علي: a name, not على; فضل عدم نشر اسمه: no name)
        return None
    return analyse(window.text, segment, language)


def clause_anaphor(window: Window, start: int, end: int) -> Mention | None:
    """"المتحدث ذاته", "ذات المصدر" anywhere in the clause before the cue (not
    "في السياق نفسه": the noun must be one that speaks; nor "في الجامعة ذاتها":
    a preposition's object is no subject)."""
    tokens, language = window.tokens, window.language
    speaking = language.speaking_nouns
    for index in range(end - 1, start - 1, -1):
        if tokens[index].folded not in language.anaphor_markers:
            continue
        if index > start + 1 and names.introduced(tokens[index - 2].folded, language):
            continue
        if index > start and has_article(tokens[index - 1].folded) \
                and tokens[index].folded not in language.leading_anaphor_markers \
                and bare(tokens[index - 1].folded) in speaking:
            return analyse(window.text, tokens[index - 1:index + 1], language)
        if index + 1 < end and has_article(tokens[index + 1].folded) and bare(tokens[index + 1].folded) in speaking:
            return analyse(window.text, tokens[index:index + 2], language)
    return None


def subject_before(window: Window, start: int, end: int) -> Mention | None:
    """A subject before the verb: the clause's first noun phrase when it is
    clearly one (a document, an organisation, a role, a defined noun), after
    the connectives that may open the clause (أما، غير أن، وكان ... قد), with
    the name in apposition when it only describes; or a short phrase right
    before the verb (إحسان الحافظي أكد)."""
    language = window.language
    while start < end and connective(window, start):
        start += 1
    parts = window.segments(start, end)
    if not parts:
        return None
    first = parts[0]
    word = strip_conjunction(first[0].folded)
    clear = bare(word) in language.speaking_nouns or has_article(word) and word not in language.function_words \
        or word in language.given_names and len(first) > 1  # أما فيصل العنزي، وهو طالب ...، فقال
    if clear and len(first) <= MAX_CLEAR_SUBJECT:
        mention = analyse(window.text, first, language)
        if mention is not None and len(parts) > 1:
            after = window.token_at(parts[1][0].start)
            return apposed_name(window, mention, after) or mention
        return mention
    last = parts[-1]
    if len(parts) == 1 and len(last) <= MAX_BARE_SUBJECT and not window.breaks_before(end) \
            and all(language.starts_phrase(t.folded) for t in last):
        return analyse(window.text, last, language)
    return titled_phrase_before(window, last, end)


def titled_phrase_before(window: Window, words: list[Token], end: int) -> Mention | None:
    """A role and a name right before the cue, after the clause's last
    function word (وهو ما أكده حينها رئيس الدائرة الطاهر العياري بقوله)."""
    language = window.language
    if not words or (end < len(window.tokens) and window.breaks_before(end)):
        return None
    start = len(words)
    while start > 0 and not (words[start - 1].folded in language.function_words | language.stops
                             or (words[start - 1].folded,) in language.cues) and len(words) - start < MAX_NAME + 1:
        start -= 1
    phrase = words[start:]
    if not phrase or bare(phrase[0].folded) not in language.roles:
        return None
    mention = analyse(window.text, phrase, language)
    return mention if mention is not None and mention.kind == "name" else None


def connective(window: Window, index: int) -> bool:
    """أما، غير أن، وكان: words that open a clause before its subject."""
    word = window.tokens[index].folded
    language = window.language
    if word in language.connectives:
        return True
    return index > 0 and word in language.complementizers and window.tokens[index - 1].folded in \
        language.connectives and not window.breaks_before(index)


def sentence_subject(window: Window, start: int, end: int) -> Mention | None:
    """The person a sentence names before a verb whose subject is implicit
    ("يقف جاسم عودة، وهو مربي جواميس، على حافة بركة، ويقول للجزيرة نت:"):
    the first full name in it that no preposition introduces."""
    found = names.person_names(window.text, window.tokens[start:end], window.language)
    return Maker(window.text, found[0])("name", name=tuple(found[0])) if found else None
