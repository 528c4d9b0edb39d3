"""Which words of an Arabic speaker phrase are a name.

Arabic has no capitals, so the name is found by elimination: role nouns
(وزير، الخبير), words with the article, prepositions and their objects, and
the adjective after an indefinite role noun (مصدر أمني) describe; the first
other word starts the name, which runs until a role noun or a function word
(وزير الخارجية ناصر بوريطة: the name is ناصر بوريطة). A document is named in
the construct form (بلاغ للمديرية -> بلاغ المديرية).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefcli.quotes.language.arabic.clitics import (
    ARTICLE,
    PREPOSITION_ARTICLES,
    PREPOSITIONS,
    bare,
    has_article,
    split_pronoun,
    strip_conjunction,
    with_preposition,
    with_preposition_article,
)
from briefcli.quotes.mentions import MAX_NAME, Maker, Mention
from briefcli.quotes.words import Token, tokenize

if TYPE_CHECKING:
    from briefcli.quotes.language.arabic import Arabic

LOOK_BACK = 4000  # characters of text read before a point for the names it gives
MAX_ADJECTIVES = 2  # between a document and its issuer: تقرير حديث لـ، بلاغ مشترك لـ
MIN_GIVEN = 3  # letters of a word that can be a given name
MAX_ROLE_PHRASE = 8  # words of the phrase that describes someone by their role
ROLE_REACH = 1200  # characters before an anaphor where the one it describes was last described
BREAKS = ",.;:!?()\"\u060c\u061b\u061f\u00ab\u00bb\u201c\u201d"
COORDINATED_ARTICLE = "\u0648\u0627\u0644"  # وال: and the


def analyse_words(tokens: list[Token], make, text: str, language: Arabic) -> Mention | None:
    known = language.speaking_nouns
    first = bare(strip_conjunction(tokens[0].folded, known))
    if first in language.organisations:  # مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية: all of it names it
        named = tokens[:organisation_end(tokens, language)]
        return Maker(text, named)("organisation", head=first,
                                  definite=has_article(strip_conjunction(tokens[0].folded, known)))
    name_start = None
    after_preposition = after_indefinite_role = in_organisation = False
    descriptors = []
    for index, token in enumerate(tokens):
        word = strip_conjunction(token.folded, known) if index == 0 else token.folded
        core = bare(word)
        if core in language.roles or word in language.roles or word in language.honorifics:
            descriptors.append(core)
            after_indefinite_role = not has_article(word)
            after_preposition = in_organisation = False
            continue
        if index == 0 and family_name(word, language) and word not in language.given_names \
                and not any(t.folded in language.given_names for t in tokens[1:MAX_NAME + 1]):
            return Maker(text, [token])("name", name=(token,))  # الطرابلسي بنبرة، الزعبي لبي بي سي: a family name alone
            # (not الصياد المتقاعد سعيد راشد المزروعي: a given name after it, the first word describes)
        in_organisation = in_organisation and word not in language.function_words or organisation_noun(word, language)
        given = word in language.given_names and not after_preposition  # الطاهر العياري
        counted = index > 0 and tokens[index - 1].folded.isdigit()  # البالغ 58 عاما
        describing = not given and (
            has_article(word) or word in language.function_words | language.determiners or after_preposition
            or not may_be_name(token, language) or after_indefinite_role or core in language.organisations
            or with_preposition(word, known) or in_organisation or counted)  # مؤسسة كهرباء لبنان: the company's name
        after_preposition = word in language.function_words
        after_indefinite_role = after_indefinite_role and adjective_like(word)
        if not describing:
            name_start = index
            break
    if name_start is None:
        return description(tokens, make, descriptors, language)
    name = name_run(tokens[name_start:], language)
    if not descriptors and unsupported(name, text, language):
        return common_noun(tokens, name[0], make, language)  # موظف في إحدى الشركات، تاجر في سوق الزيت
    return make("name", name=tuple(name), descriptors=tuple(descriptors))


def name_run(tokens: list[Token], language: Arabic) -> list[Token]:
    """The words of a name from its first: name words up to a role, a
    function word or a preposition glued to the article; the word after عبد،
    أبو، بن always (عبد الإله، أبو بكر، بن علي), and علي written with ي
    (الحسين أيت علي; the preposition is written على)."""
    name: list[Token] = []
    for token in tokens[:MAX_NAME]:
        word = token.folded
        compound = bool(name) and (name[-1].folded in language.name_openers or spelt_as_name(token))
        if not compound and (bare(word) in language.roles and bare(word) not in language.name_like_roles
                             or word in language.function_words or with_preposition_article(word)
                             or not may_be_name(token, language)):
            break
        name.append(token)
    return name


def unsupported(name: list[Token], text: str, language: Arabic) -> bool:
    """Whether a name has nothing for it: no list holds any of its words, no
    role comes before it, the article gives no fuller name ending with it,
    and its first word has the shape of a common noun (موظف، تاجر، مزارع،
    أفضل; صاحب محل مجوهرات) or a one-word name is too short to be a name
    (نت). Foreign names (ترامب، ميركل، دونالد ترامب) keep their name."""
    if any(t.folded in language.given_names or t.folded in language.family_names for t in name):
        return False
    token = name[0]
    word = token.folded
    if len(name) == 1 and full_name(text, word, token.start, language) is not None:
        return False
    return len(name) == 1 and len(word) < MIN_GIVEN or common_noun_shape(word)


def common_noun(tokens: list[Token], noun: Token, make, language: Arabic) -> Mention | None:
    """A description headed by a common noun that names a person by what
    they do (موظف، تاجر، مزارع), or None when the noun is none of those
    shapes' agents but a thing (أفضل النتائج)."""
    head = bare(noun.folded)
    if not agent_shape(head):
        return None
    return description(tokens, make, [head], language)


# the shapes (awzan) of Arabic nouns, their root letters written ف ع ل
AGENT_PATTERNS = "فاعل مفعل مفاعل مفعول متفعل مستفعل".split()  # تاجر، موظف، مزارع، مسؤول، متحدث، مستثمر
THING_PATTERNS = "افعل فعيل فعال".split()  # أفضل; خبير، نجار: agents too, but things as often
INSTANCE_PATTERNS = ["\u0641\u0639\u0644\u0647"]  # فعلة (folded فعله): نبرة، ضربة
VERBAL_NOUN_PATTERNS = "فعول فعوله تفعيل افتعال استفعال".split()  # وجود، ضرورة، تعزيز، اعتماد، استخدام: بـ governs them
ROOT_LETTERS = "\u0641\u0639\u0644"  # ف ع ل
BA = "\u0628"  # ب
FEMININE = "\u0647"  # ة, folded
TA = "\u062a"  # ت
ALI = "\u0639\u0644\u064a"  # علي, written with ي (the preposition is على)


def has_pattern(stem: str, patterns: list[str]) -> bool:
    """Whether `stem` has one of the shapes `patterns`: the same length,
    the pattern's other letters where it has them."""
    return any(len(stem) == len(pattern) and all(p in ROOT_LETTERS or p == c for p, c in zip(pattern, stem))
               for pattern in patterns)


def stem_of(word: str) -> str:
    """A word without its article and the ة of the feminine (مزارعة -> مزارع)."""
    core = bare(word)
    return core[:-1] if core.endswith(FEMININE) and len(core) > 4 else core


def agent_shape(word: str) -> bool:
    """Whether a word (no list holds it) has a shape Arabic gives to the
    doer of an action: فاعل، مفعّل، مفاعل، مفعول، متفعّل، مستفعل."""
    return has_pattern(stem_of(word), AGENT_PATTERNS)


def elative(word: str, language: Arabic) -> bool:
    """أحدث، أكبر، أبرز: a superlative (أفعل) that no list names, which
    qualifies the noun after it (أحدث تقرير لمجلس الذهب: the report)."""
    return has_pattern(word, ["\u0627" + ROOT_LETTERS]) and word not in language.given_names


def relative_verb(written: str) -> bool:
    """أصدره، أعدته، نشرها: a verb in the past with an object pronoun that
    refers back to the noun before it (تقرير أصدره اتحاد الجامعات: a report
    the union issued), by its shape: فعل، أفعل، استفعل and a feminine ت."""
    stem, pronoun = split_pronoun(written)
    if len(stem) >= 4 and stem.endswith(TA):
        stem = stem[:-1]
    return bool(pronoun) and (len(stem) == 3 or has_pattern(stem, ["\u0627" + ROOT_LETTERS])
                              or stem.startswith("\u0627\u0633\u062a"))


def prefixed_noun(word: str) -> bool:
    """بنبرة، لمنطقة، كخبير، بوجود: ب ل ك glued to a word with a common
    noun's shape (فعلة، فاعل، فعيل ...; not بايدن, whose rest is أفعل), or ب
    glued to a verbal noun (أقر بوجود، طالب بضرورة)."""
    return word[:1] in PREPOSITIONS and len(word) > MIN_GIVEN and (
        agent_shape(word[1:]) or has_pattern(word[1:], INSTANCE_PATTERNS + THING_PATTERNS[1:])
        or word[:1] == BA and has_pattern(word[1:], VERBAL_NOUN_PATTERNS))


def common_noun_shape(word: str) -> bool:
    """Whether a word has the shape of a common noun or adjective rather
    than a name's: an agent's (see `agent_shape`), an elative (أفضل), فعيل or فعّال."""
    return agent_shape(word) or has_pattern(stem_of(word), THING_PATTERNS)


def spelt_as_name(token: Token) -> bool:
    """علي as written, the name, which folds as the preposition على does."""
    return token.text == ALI


def may_be_name(token: Token, language: Arabic) -> bool:
    """Whether a word can be part of a person's name: one of the given or
    family names the lists hold, or a word that is no function word, time
    word, adverb, cue or number and carries no pronoun (تقديره، كلمته: a noun
    with its owner is no name)."""
    word = token.folded
    if word in language.given_names or word in language.family_names:
        return True
    if word.isdigit() or language.edge_word(token) or word in language.function_words | language.noun_governors:
        return False
    if prefixed_noun(word):
        return False  # بنبرة غاضبة: a preposition and its noun
    return has_article(word) or not split_pronoun(token.text)[1]  # the article and a pronoun never meet


def organisation_end(tokens: list[Token], language: Arabic) -> int:
    """Where an organisation's name ends: its noun, the nouns it governs
    (مكتب الأمم، جمعية حماية المستهلك), their adjectives (الوطني، المتحدة،
    البيضاء) and complements (لحقوق الإنسان، بالدار البيضاء, والطوارئ), but not
    a definite noun after a definite one: that is the verb's object (حض
    الائتلاف الوطني السوري المعارض الفصائل الكردية)."""
    for k in range(1, len(tokens)):
        word, previous = tokens[k].folded, tokens[k - 1].folded
        main_definite = has_article(previous) and not previous.startswith(PREPOSITION_ARTICLES) \
            and not previous.startswith(COORDINATED_ARTICLE)
        if main_definite and has_article(word) and not word.startswith(PREPOSITION_ARTICLES + (COORDINATED_ARTICLE,)) \
                and not definite_adjective(word, language):
            return k
    return len(tokens)


def definite_adjective(word: str, language: Arabic) -> bool:
    """الوطني، السورية (nisba), المعارض، المتحدة (participles), البيضاء (فعلاء),
    العامة، الأعلى (the commonest others)."""
    core = bare(word)
    return core.endswith(("\u064a", "\u064a\u0647")) or core[:1] == "\u0645" and len(core) >= 4 \
        or core.endswith("\u0627\u0621") or core in language.adjectives


def adjective_like(word: str) -> bool:
    """حكومية، أمني، مطلع: an indefinite adjective (a nisba in ي/ية, a
    participle in م), which may follow another after an indefinite role
    (مصادر حكومية مطلعة)."""
    nisba = word.endswith(("\u064a", "\u064a\u0647"))  # ي، ية
    return not has_article(word) and (nisba or word[:1] == "\u0645" and len(word) >= 4)


def organisation_noun(word: str, language: Arabic) -> bool:
    """شركة، لشركة، بوزارة: an organisation noun without the article, which
    the organisation's own name follows."""
    if has_article(word):
        return False
    return word in language.organisations or word[:1] in PREPOSITIONS and word[1:] in language.organisations


def description(tokens: list[Token], make, descriptors: list[str], language: Arabic) -> Mention | None:
    """A family name alone (الحافظي), an organisation, or a description
    with a noun that can speak (a role, a document, a medium); None for any
    other phrase (العمل، التاريخ: no speaker)."""
    first = strip_conjunction(tokens[0].folded, language.speaking_nouns)
    if len(tokens) == 1 and has_article(first) and family_name(first, language) and not descriptors:
        return make("name", name=tuple(tokens))  # الحافظي: a family name alone
    if bare(first) in language.organisations:
        return make("organisation", head=bare(first), definite=has_article(first))
    if not descriptors and not any(bare(t.folded) in language.speaking_nouns | language.media for t in tokens):
        return None
    head = descriptors[0] if descriptors else bare(first)
    return make("description", head=head, definite=has_article(first), descriptors=tuple(descriptors))


def family_name(word: str, language: Arabic) -> bool:
    """الحافظي، الشناوي، الخطيب: a family name the list holds, or a nisba
    (in ي) that no list names as something else."""
    return word in language.family_names or bare(word) in language.family_names or (
        word.endswith("\u064a") and bare(word) not in language.speaking_nouns | language.media)


def construct_form(phrase: str) -> str:
    """"بلاغ للمديرية العامة" -> "بلاغ المديرية العامة", "تقرير حديث لمنظمة
    الصحة" -> "تقرير منظمة الصحة": a document of an organisation named as one
    noun phrase (the genitive construct, which leaves no room for the
    document's adjectives)."""
    words = phrase.split()
    for k in range(1, min(len(words), 1 + MAX_ADJECTIVES + 1)):
        if words[k].startswith("\u0644\u0644"):
            return " ".join([words[0], ARTICLE + words[k][2:]] + words[k + 1:])
        if words[k].startswith("\u0644") and len(words[k]) > 3:
            return " ".join([words[0], words[k][1:]] + words[k + 1:])
        if words[k].startswith(ARTICLE):
            break
    return " ".join(words)


def full_name(text: str, surname: str, position: int, language: Arabic) -> tuple[Token, ...] | None:
    """"الدكتور عادل الشناوي، وزير ..." before "وقال الشناوي": the latest name
    before `position` that ends with the surname and opens with a given name
    or a compound's first word (عبد، أبو), over the name words between
    (سالم بن علي الحارثي; not "يحمل الطرابلسي"); for a given name, the latest
    full name it opens."""
    tokens = tokenize(text, max(0, position - LOOK_BACK), position)
    if surname in language.given_names:  # ريم after "ريم حمد النعيمي": the name a given name opens
        opened = [run for run in person_names(text, tokens, language) if run[0].folded == surname]
        if opened:
            return tuple(opened[-1])
    for index in range(len(tokens) - 1, 0, -1):
        if bare(tokens[index].folded) != surname:
            continue
        start = index
        while start > 0 and index - start < MAX_NAME - 1 and not text[tokens[start - 1].end:tokens[start].start].strip() \
                and inside_name(tokens, start - 1, language):
            start -= 1
        while start < index and not opens_name(tokens, start, language):
            start += 1
        if start < index:
            return tuple(tokens[start:index + 1])
    return None


def inside_name(tokens: list[Token], index: int, language: Arabic) -> bool:
    """Whether the word at `index` can stand inside a name before its last
    word: a listed name, عبد or بن and the word after them, or a name word
    that is no common noun."""
    word = tokens[index].folded
    if word in language.given_names | language.family_names | language.name_openers:
        return True
    if index > 0 and tokens[index - 1].folded in language.name_openers:
        return True  # بن علي، عبد الأمير
    return not has_article(word) and bare(word) not in language.roles and may_be_name(tokens[index], language) \
        and not common_noun_shape(word) and (word,) not in language.cues


def opens_name(tokens: list[Token], index: int, language: Arabic) -> bool:
    """A given name, a compound's first word, or a word a title comes
    before (الدكتورة ميثاء سعيد المنصوري)."""
    word = tokens[index].folded
    titled = index > 0 and (tokens[index - 1].folded in language.honorifics or bare(tokens[index - 1].folded)
                            in language.roles)
    return word in language.given_names or word in language.name_openers or titled


def named_organisation(text: str, head: str, position: int, language: Arabic) -> tuple[Token, ...] | None:
    """The name an organisation was given before `position` whose noun
    `head` (folded, without the article) a later "ال" + `head` repeats:
    "مجلس علماء إندونيسيا" for "المجلس", the noun in the construct state
    (with a preposition glued to it: لشركة) and the words it governs, up to
    a function word, a cue or a mark; after a generic noun, only the words
    it governs (طيران الخليج for الشركة)."""
    tokens = tokenize(text, max(0, position - LOOK_BACK), position)
    for index in range(len(tokens) - 1, -1, -1):
        word = strip_conjunction(tokens[index].folded)
        if word != head and not (word[:1] in PREPOSITIONS and word[1:] == head):  # لشركة طيران الخليج
            continue
        end = index + 1
        while end < len(tokens) and end - index < MAX_NAME and not any(
                c in BREAKS for c in text[tokens[end - 1].end:tokens[end].start]) and not language.edge_word(tokens[end]) \
                and tokens[end].folded not in language.function_words and (tokens[end].folded,) not in language.cues:
            end += 1
        if end == index + 1:
            return None
        generic = head in language.generic_organisations  # شركة طيران الخليج: the company is طيران الخليج
        return tuple(tokens[index + generic:end])
    return None


def person_names(text: str, tokens: list[Token], language: Arabic) -> list[list[Token]]:
    """The full names among `tokens` (words of `text`), in order: a given
    name and the name words after it up to a mark, when no preposition
    introduces it (not بالوزير أحمد سالم: an object)."""
    found = []
    k = 0
    while k < len(tokens):
        if tokens[k].folded in language.given_names and not (k and introduced(tokens[k - 1].folded, language)):
            end = k + 1
            while end < len(tokens) and not text[tokens[end - 1].end:tokens[end].start].strip():
                end += 1
            run = name_run(tokens[k:end], language)
            if len(run) > 1:
                found.append(run)
                k += len(run)
                continue
        k += 1
    return found


def introduced(word: str, language: Arabic) -> bool:
    """Whether a word makes the name after it an object: a preposition, a
    word with a preposition glued to it (بالوزير، للسفير)."""
    return word in language.prepositions | language.function_words or with_preposition_article(word) \
        or word[:1] in PREPOSITIONS and len(word) > MIN_GIVEN and bare(word[1:]) in language.speaking_nouns


def nearest_person(text: str, position: int, reach: int, language: Arabic,
                   gender: str | None = None) -> tuple[Token, ...] | None:
    """The full name given last in the `reach` characters before `position`,
    of `gender` when its given name says."""
    found = person_names(text, tokenize(text, max(0, position - reach), position), language)
    agreeing = [name for name in found if gender is None or language.word_gender(bare(name[0].folded)) in (None, gender)]
    return tuple(agreeing[-1]) if agreeing else None


def role_phrase(text: str, role: str, position: int, language: Arabic) -> tuple[Token, ...] | None:
    """The phrase that last named the bearer of `role` (bare, folded) before
    `position`, from the role noun to a mark (مسؤول في الديوان الوطني للزيت),
    not one an anaphoric word already points back with (هذا المسؤول)."""
    tokens = tokenize(text, max(0, position - ROLE_REACH), position)
    for index in range(len(tokens) - 1, -1, -1):
        if bare(strip_conjunction(tokens[index].folded)) != role:
            continue
        if index and tokens[index - 1].folded in language.anaphor_markers:
            continue
        end = index + 1
        while end < len(tokens) and end - index < MAX_ROLE_PHRASE \
                and not any(c in BREAKS for c in text[tokens[end - 1].end:tokens[end].start]) \
                and (tokens[end].folded in language.prepositions or not language.edge_word(tokens[end])):
            end += 1
        return tuple(tokens[index:end])
    return None
