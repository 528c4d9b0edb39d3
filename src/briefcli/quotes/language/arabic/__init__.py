"""Arabic: reporting cues (verbs in the past and present with their
feminine and plural forms, circumstantial participles مشيرا، مضيفا, verbal
nouns الإشارة إلى, "according to" phrases), the nouns that name speakers,
the words that end a speaker phrase, and the grammar of Arabic mentions
(clitics taken apart, names found by elimination, verb-first clauses)."""

from __future__ import annotations

from briefcli.quotes.language import CueEntry, Language
from briefcli.quotes.language.arabic import clitics, names, subjects
from briefcli.quotes.mentions import Mention
from briefcli.quotes.window import Window
from briefcli.quotes.words import Token, fold

# past | present | participle | verbal noun | prepositions the content follows
VERBS = """
قال|يقول|قائلا|القول|
حض|يحض|حاضا||على
حث|يحث|حاثا||على
أكد|يؤكد|مؤكدا|التأكيد|على
أوضح|يوضح|موضحا|التوضيح|
أضاف|يضيف|مضيفا||
أشار|يشير|مشيرا|الإشارة|إلى
اعتبر|يعتبر|معتبرا||
شدد|يشدد|مشددا|التشديد|على
صرح|يصرح|مصرحا||ب
أفاد|يفيد|مفيدا||ب
ذكر|يذكر|مذكرا||ب
أعلن|يعلن|معلنا||عن
كشف|يكشف|كاشفا||عن
لفت|يلفت|لافتا||إلى
نوه|ينوه|منوها||ب إلى
أبرز|يبرز|مبرزا||
سجل|يسجل|مسجلا||
أورد|يورد|موردا||
تابع|يتابع|متابعا||
استطرد|يستطرد|مستطردا||
أردف|يردف|مردفا||
استدرك|يستدرك|مستدركا||
زاد|يزيد|||
ختم|يختم|خاتما||ب
اختتم|يختتم|مختتما||ب
خلص|يخلص|||إلى
استنتج|يستنتج|مستنتجا||
حذر|يحذر|محذرا|التحذير|من
دعا دعت دعوا|يدعو|داعيا||إلى
طالب|يطالب|مطالبا||ب
نفى|ينفي|نافيا||
أعرب|يعرب|معربا||عن
عبر|يعبر|معبرا||عن
رأى رأت|يرى|||
وصف|يصف|واصفا||ب
اعترف|يعترف|معترفا||ب
أقر|يقر|مقرا||ب
تساءل|يتساءل|متسائلا||
أجاب|يجيب|مجيبا||
علق|يعلق|معلقا||على
لاحظ|يلاحظ|ملاحظا||
نبه|ينبه|منبها||إلى
شرح|يشرح|شارحا||
أبلغ|يبلغ|||
أخبر|يخبر|||
روى|يروي|راويا||
أوصى|يوصي|موصيا||ب
اقترح|يقترح|مقترحا||
رجح|يرجح|مرجحا||
توقع|يتوقع|متوقعا||
أبدى|يبدي|مبديا||
غرد|يغرد|مغردا||
كتب|يكتب|||
أشاد|يشيد|مشيدا||ب
ندد|يندد|منددا||ب
انتقد|ينتقد|منتقدا||
أفصح|يفصح|مفصحا||عن
نقل|ينقل|||عن
أعاد|يعيد|||
عزا|يعزو|عازيا||إلى
بين|يبين|مبينا||
"""

ACCORDING = """
حسب
بحسب
وحسب
حسبما
وفق
وفقا
طبقا
نقلا عن
على حد تعبير
على حد قول
على لسان
جاء في
ورد في
استنادا إلى
كما جاء في
كما ورد في
"""

SPEECH_NOUNS = "إفادة تعبير قول تصريح تصريحات رواية كلام أقوال رأي ما لما بما"
SUBORDINATORS = "عندما حين حينما لأن إذا لما بعدما قبلما"  # open a clause, not a reporting one
COMPLEMENTIZERS = "أن إن بأن أنه إنه أنها إنها أنهم إنهم بأنه بأنها لأن"
DOCUMENTS = "آية بلاغ بيان تقرير رسالة مذكرة وثيقة دراسة منشور تدوينة تغريدة مراسلة قرار إعلان صحيفة وكالة تعميم مرسوم"
ORGANISATIONS = (
    "وزارة مديرية المديرية الحكومة حكومة الرئاسة رئاسة الوكالة وكالة شركة منظمة جمعية حزب نقابة "
    "هيئة مجلس لجنة مكتب إدارة سفارة قيادة ولاية مصالح المصالح الوزارة الأمن الشرطة الجيش النيابة المحكمة "
    "محكمة نيابة شرطة جيش سلطة سلطات دائرة فيدرالية جامعة اتحاد كونفدرالية مرصد مركز مؤسسة رابطة ائتلاف "
    "تنسيقية منتدى مندوبية بنك صندوق منظمة مقاطعة جماعة عمالة بلدية خارجية داخلية"
)
POSITIONS = (
    "وزير وزيرة رئيس رئيسة مدير مديرة سفير سفيرة نائب نائبة برلماني برلمانية عضو عضوة أمين أمينة "
    "كاتب كاتبة قيادي قيادية زعيم زعيمة مستشار مستشارة قائد قائدة مراسل مراسلة محامي محامية "
    "ناطق ناطقة متحدث متحدثة والي عامل عمدة رئيسا مسؤول مسؤولة مسؤولون مصدر مصادر منسق منسقة "
    "ممثل ممثلة مندوب مندوبة وكيل وكيلة قاضي قاضية ملك أمير محافظ محافظة نقيب عميد قنصل مفوض مفوضة "
    "مبعوث مبعوثة استشاري استشارية"
)
EPITHETS = (
    "خبير خبيرة باحث باحثة محلل محللة أستاذ أستاذة دكتور دكتورة أكاديمي أكاديمية مختص مختصة "
    "متخصص متخصصة ناشط ناشطة فاعل فاعلة حقوقي حقوقية مهتم مهتمة طبيب طبيبة خبراء باحثون "
    "محللون نشطاء شهود شاهد مواطن مواطنة مواطنون سكان مراقبون متابعون مهندس مهندسة "
    "مؤرخ مؤرخون مؤرخين علماء عالم مسلمون مسلمين موظفون موظفين عمال طلاب متظاهرون محتجون ناشطون "
    "معارضون معارضين مسؤولين أطباء محامون قضاة نواب وزراء قادة مصادر مسؤولو "
    "زوجة زوج ابنة شقيق شقيقة أخ أخت أرملة"
)
ANAPHOR_MARKERS = "ذاته ذاتها نفسه نفسها عينه عينها ذات نفس هذا هذه"
STOPS = (
    "قبل بعد حين عندما لما خلال أمس اليوم أيضا كذلك مؤخرا الاثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت الأحد صباح مساء إلى على عن من لدى أمام كما وهو وهي الذي التي الذين اللذين "
    "حينها حينئذ آنذاك بدوره بدورها بدورهم ل ب ك"
)
SPEECH_EVENTS = (
    "تصريح حديث حوار كلمة مداخلة لقاء ندوة تدوينة تغريدة مقابلة تصريحات ردا معرض سياق مؤتمر اجتماع جلسة خطاب"
)
FUNCTION_WORDS = (
    "في من إلى على عن مع هذا هذه ذلك تلك هو هي قد لم لن لا ما كما ثم أو و ف ل ب ك باسم لدى "
    "ضمن نحو منذ عند تجاه وسط أمام تحت فوق خلف"
)
# words that open a clause before its subject: أما X ف...، غير أن X ...
CONNECTIVES = "أما وأما غير بيد إلا لكن ولكن لكنه كما كان وكان فكان كانت وكانت فكانت"
# words that point back at the quotation before a reporting clause: «...»، هكذا علق X
POINTERS = "هكذا وهكذا كذلك"
# what words are said to (قال لوكالة فرانس برس): never part of the speaker
MEDIA = "وكالة صحيفة جريدة قناة موقع إذاعة مجلة تلفزيون"
# places whose name opens with ل, as a preposition would (مؤسسة كهرباء لبنان)
PLACES = "لبنان ليبيا لندن لاهاي لشبونة لوكسمبورغ لاتفيا ليتوانيا"
# titles before a name (السيد محمد، الشيخ صباح), never names themselves
HONORIFICS = "السيد السيدة الآنسة الشيخ الشيخة الحاج الحاجة المهندس الدكتور الأستاذ"
# the first word of a compound name, whose second word is always part of it (عبد الإله، أبو بكر)
NAME_OPENERS = "عبد أبو أبي بن ابن بنت أم آل ولد منت"  # ولد، منت: son and daughter of, in Mauritanian names
# role nouns that are also given names (محمد أمين الصبار)
NAME_LIKE_ROLES = "أمين أمينة"
TITLE_INTRODUCERS = (
    "صحيفة جريدة مجلة كتاب فيلم برنامج عملية مبادرة حملة شعار وسم هاشتاغ حركة موقع قناة رواية "
    "مسلسل اسم لقب عنوان مشروع تطبيق بعنوان المسمى المسماة يسمى تسمى بمسمى شعار مصطلح عبارة كلمة "
    "أسمته أسماه سمته سماه يسميه تسميه"
)


PREPOSITIONS = "في من إلى على عن مع ب ل ك لدى حول"
DETERMINERS = "بعض عدد كل أحد إحدى جميع معظم أغلب غالبية مختلف عشرات مئات آلاف"  # quantifiers: بعض المؤرخين
TIME_WORDS = (
    "أمس اليوم غدا الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد صباح مساء ليلة ظهر الليلة "
    "حاليا مؤخرا آنذاك حينها حينئذ الأسبوع الشهر الماضي الماضية المقبل المقبلة"
)
ADVERBS = (
    "أيضا كذلك خاصة وخاصة لاسيما سيما بدوره بدورها بدورهم تحديدا خصوصا أساسا فقط بالفعل "
    "بحزم بقوة بوضوح بشدة بصراحة بدقة بسرعة بجدية بحذر بتفاؤل بأسف بحسرة بغضب مجددا مرارا"
)
# nouns whose complement is a verbal noun, never a verb: عدم كشف اسمه، بعد ذكر (كشف، ذكر: no cue)
NOUN_GOVERNORS = "عدم بعد قبل دون بدون إثر عقب رغم"
GOVERNED_PREPOSITIONS = "إلى على عن ب"  # what a cue governs: أشار إلى، كشف عن
PERFECTIVE = "قد لقد وقد فقد"  # وكان رئيس الحكومة قد وصف: the subject before the verb
OBJECT_PRONOUNS = "به بها له لها لنا لهم لي اليه"
GENERIC_ORGANISATIONS = "شركة صحيفة جريدة قناة وكالة مجموعة"  # الشركة: the company named before
ADJECTIVES = "عام عامة أعلى عليا كبير كبرى جديد جديدة أول أولى دائم دائمة خاص خاصة حر حرة عربي"  # الوطني ... in ي need no list
SOURCE_NOUNS = "مصدر"
PLURALS = "مصادر مسؤولون خبراء باحثون محللون نشطاء شهود مواطنون سكان مراقبون علماء مؤرخون"
PLURAL_PRONOUNS = "هم"
FEMININE_PRONOUNS = "هي"
MASCULINE_PRONOUNS = "هو"  # an anonymous source: anyone, not only a person
RELATIVES = "الذي التي الذين اللذين اللتين"
CONJUNCTIONS = "و"
EVENT_PREPOSITIONS = "في"  # في تصريح، في بيان: where the words were said, not who said them
RELAY_PREPOSITIONS = "عن"  # نقلت الوكالة عن مصدر: the speaker follows
ORIGIN_PREPOSITIONS = "من عن"  # مصدر مقرب من الرئاسة، النائب عن حزب
CIRCUMSTANTIAL_PRONOUNS = "وهو وهي"
LEADING_ANAPHOR_MARKERS = "ذات نفس هذا هذه"  # ذات المصدر، هذا المسؤول: the marker before its noun
NAME_FOLLOWERS = "عن في"  # نقلت «الوكالة» عن
PARTIAL_INTRODUCERS = "في من إلى على عن ب ل مع حول فضلا أهمها أبرزها منها"
RELAYS = ("نقل",)  # verbs whose speaker follows عن
AMBIGUOUS = ("بين", "عبر")  # بيّن، عبّر as written bare are also the prepositions بين، عبر: cues only where they govern
FULL_INTRODUCERS = frozenset({"\u0625\u0646", "\u0625\u0646\u0647", "\u0625\u0646\u0651"})  # إن إنه إنّ, as written


def participle_forms(masculine: str) -> list[str]:
    base = masculine[:-1] if masculine.endswith("ا") else masculine
    return [base + "ا", base + "ة", base + "ين"]


def past_forms(past: str) -> list[str]:
    return [past, past + "ت", past + "وا", past + "ا", past + "تا"]


def feminine_forms(past: list[str], present: list[str]) -> list[str]:
    """قالت، تقول; رأت and دعت, listed after their lemma."""
    listed = [form for form in past[1:] if form.endswith("ت")]
    return [p + "ت" for p in past[:1]] + listed + ["ت" + p[1:] for p in present if p.startswith("ي")]


def present_forms(present: str) -> list[str]:
    forms = [present, present + "ون", present + "ان"]
    if present.startswith("ي"):
        forms.append("ت" + present[1:])
    return forms


class Arabic(Language):
    code = "ar"
    verb_first = True
    pro_drop = True
    capitalises_names = False
    # وأضاف، فأكد، ليضيف، وحسب، بالقول: which proclitics a cue of each kind may carry
    proclitics = {"و": ("verb", "participle", "noun", "according"), "ف": ("verb", "participle", "noun"),
                  "ل": ("verb",), "ب": ("noun",)}
    pronoun_suffixes = ("هما", "هم", "ها", "ه")  # أكده، قاله
    full_introducers = FULL_INTRODUCERS
    addressee_prefixes = ("لـ",)
    given_name_files = ("arabic-given-names.txt",)
    family_name_files = ("arabic-family-names.txt",)
    short_roles_refer_back = True  # المسؤول الجماعي after quoting him: the person just quoted

    def add_cues(self) -> None:
        self.feminine_verbs: set[str] = set()  # قالت، تقول، رأت: a woman speaks
        for line in VERBS.strip().splitlines():
            past, present, participle, noun, preps = (column.split() for column in line.split("|"))
            lemma = past[0]
            prep_keys = tuple(fold(p) for p in preps)
            self.feminine_verbs.update(fold(form) for form in feminine_forms(past, present))
            for form in [f for p in past for f in past_forms(p)] + [f for p in present for f in present_forms(p)]:
                self.add(form, CueEntry(lemma, "verb", prep_keys, relays=lemma in RELAYS,
                                        governing_only=form in AMBIGUOUS))
            for form in [f for p in participle for f in participle_forms(p)]:
                self.add(form, CueEntry(lemma, "participle", prep_keys))
                if not form.endswith("ة"):  # a slip in a feminine form looks like any noun in ة
                    self.add_fuzzy(fold(form))
            for form in noun:
                for variant in (form, form[2:] if form.startswith("ال") else "ال" + form):
                    self.add(variant, CueEntry(lemma, "noun", prep_keys))

    def description_gender(self, mention: Mention) -> str | None:
        """الباحثة، البرلمانية: a woman (the ة of the feminine, as written);
        الباحث: a man; None for a noun that names no role."""
        head = mention.text.split()[0] if mention.text.split() else ""
        if clitics.fold_keeping_ta(head).endswith(clitics.TA_MARBUTA):
            return "f"
        return "m" if mention.head in self.roles else None

    def cue_gender(self, word: str) -> str | None:
        """قالت، تقول، قائلة: a woman speaks; قال، يقول، قائلا: a man; None
        for the plural and dual (قالوا، يقولون)."""
        entry = self.cues.get((word,)) or (self.cues.get((word[1:],)) if word[:1] in self.proclitics else None)
        if entry is None or entry.kind not in ("verb", "participle"):
            return None
        stem = word if (word,) in self.cues else word[1:]
        if stem.endswith(("وا", "ون", "ين", "ان", "تا")):
            return None
        if entry.kind == "participle":
            return "f" if stem.endswith("ه") else "m"
        return "f" if stem in self.feminine_verbs else "m"  # تابع, whose ت is the root's, is a man

    # words

    def may_be_misspelt(self, word: str) -> bool:
        """Not a word with the article, nor one with a pronoun (ه): nouns."""
        return super().may_be_misspelt(word) and not clitics.has_article(word) and not word.endswith("ه")

    def bare(self, folded: str) -> str:
        return clitics.bare(folded)

    def strip_conjunction(self, folded: str, known: frozenset[str] = frozenset()) -> str:
        return clitics.strip_conjunction(folded, known)

    def function_word(self, token: Token) -> bool:
        return token.folded in self.function_words and not names.spelt_as_name(token)  # علي, not على

    def edge_word(self, token: Token) -> bool:
        return super().edge_word(token) and not names.spelt_as_name(token)

    def without_pronoun(self, written: str) -> str:
        return clitics.without_pronoun(written)

    def pronoun_of(self, written: str) -> str:
        return clitics.pronoun_of(written)

    def is_preposition(self, token: Token) -> bool:
        return token.folded in self.prepositions

    def plural(self, noun: str) -> bool:
        return noun in self.plurals

    def capitalised(self, token: Token) -> bool:
        return False

    def possessive(self, phrase: str) -> bool:
        return False

    def possessed(self, phrase: str, owner: str) -> str:
        return phrase

    def describes(self, token: Token) -> bool:
        return False

    def opens_subject(self, token: Token) -> bool:
        return True

    def starts_phrase(self, word: str) -> bool:
        """Not a function word, a complementizer, or له، لنا، لهم (an
        indirect object, not a subject)."""
        if word in self.leading_anaphor_markers:
            return True  # هذا المسؤول
        if word in self.function_words or word in self.complementizers or names.prefixed_noun(word):
            return False  # (وتضيف بنبرة غاضبة: a manner, not who)
        return not (word[:1] == "ل" and not word.startswith("لل") and len(word) <= 4)

    # mentions

    def head_word(self, folded: list[str]) -> str:
        """The phrase's noun, past a superlative before it (أحدث تقرير: تقرير)."""
        first = clitics.bare(clitics.strip_conjunction(folded[0], self.speaking_nouns))
        if len(folded) > 1 and names.elative(first, self) and clitics.bare(folded[1]) in self.speaking_nouns:
            return clitics.bare(folded[1])
        return first

    def is_definite(self, folded: list[str]) -> bool:
        return clitics.has_article(clitics.strip_conjunction(folded[0], self.speaking_nouns))

    def anaphor_head(self, folded: list[str]) -> str:
        """المتحدث ذاته، ذات المصدر: the noun beside the anaphoric word."""
        if len(folded) >= 2 and folded[-1] in self.anaphor_markers:
            return clitics.bare(folded[-2])
        if len(folded) >= 2 and folded[0] in self.anaphor_markers:
            return clitics.bare(folded[1])
        return ""

    def analyse_words(self, tokens: list[Token], make, text: str) -> Mention | None:
        return names.analyse_words(tokens, make, text, self)

    def document_name(self, phrase: str) -> str:
        words = self.description_name(phrase).split()
        if len(words) > 1 and names.elative(clitics.bare(fold(words[0])), self):
            words = words[1:]  # أحدث تقرير لمجلس الذهب -> تقرير مجلس الذهب
        if len(words) > 2 and names.relative_verb(words[1]):
            words = words[:1] + words[2:]  # تقرير أصدره اتحاد الجامعات -> تقرير اتحاد الجامعات
        return names.construct_form(" ".join(words))

    def description_name(self, phrase: str, organisation: bool = False) -> str:
        return clitics.without_conjunction(phrase, self.speaking_nouns)

    # where the speaker is

    def skip_addressee(self, window: Window, index: int) -> int:
        return subjects.skip_addressee(window, index)

    def continues_phrase(self, window: Window, index: int, phrase: list[Token]) -> bool:
        """مصدر من الرئاسة (see subjects.source_origin); علي after a name word
        (الحسين أيت علي: the name, not the preposition على)."""
        return subjects.source_origin(window, index, phrase) or bool(phrase) and names.spelt_as_name(window.tokens[index])

    def ends_phrase(self, window: Window, index: int, phrase: list[Token]) -> bool:
        """لهسبريس (whom it was said to), تصريحاته (what was said), في after a
        name (مصطفى الكاظمي في مؤتمر صحفي; not مصدر في مؤسسة كهرباء لبنان)."""
        word = window.tokens[index].folded
        named = any(t.folded in self.given_names for t in phrase)
        return subjects.indirect_object(window, index, phrase) or subjects.speech_object(window.tokens[index], self) \
            or named and (word in self.event_prepositions or names.prefixed_noun(word))  # أقر أبو حمدان بوجود

    def antecedent_words(self, segments: list[list[Token]]) -> list[Token]:
        return segments[-1] if segments else []

    def subject_before(self, window: Window, start: int, end: int, after_quote: bool) -> Mention | None:
        return subjects.subject_before(window, start, end)

    def clause_anaphor(self, window: Window, start: int, end: int) -> Mention | None:
        return subjects.clause_anaphor(window, start, end)

    def sentence_subject(self, window: Window, start: int, end: int) -> Mention | None:
        return subjects.sentence_subject(window, start, end)

    def opening_subject(self, window: Window, start: int, end: int) -> Mention | None:
        return None

    def colon_subject(self, window: Window, start: int, end: int) -> Mention | None:
        return subjects.subject_before(window, start, end)

    def apposed_name(self, window: Window, mention: Mention, after: int) -> Mention | None:
        return subjects.name_in_apposition(window, mention, after)

    # the cast: names the article gives before a point

    def full_name(self, text: str, surname: str, position: int) -> tuple[Token, ...] | None:
        return names.full_name(text, surname, position, self)

    def role_phrase(self, text: str, role: str, position: int) -> tuple[Token, ...] | None:
        return names.role_phrase(text, role, position, self)

    def expanded(self, text: str, acronym: str, position: int) -> tuple[Token, ...] | None:
        return None  # Arabic writes no acronyms of its own

    def named_by_role(self, text: str, role: str, position: int) -> tuple[Token, ...] | None:
        return None

    def nearest_person(self, text: str, position: int, reach: int, gender: str | None = None) -> tuple[Token, ...] | None:
        return names.nearest_person(text, position, reach, self, gender)

    def nearest_name(self, text: str, position: int, reach: int) -> tuple[Token, ...] | None:
        return None

    def named_organisation(self, text: str, head: str, position: int) -> tuple[Token, ...] | None:
        return names.named_organisation(text, head, position, self)

    def before_clause(self, tokens: list[Token]) -> list[Token]:
        return tokens  # a participle's clause ends an Arabic phrase before (a cue, a comma)

    def subject_description(self, text: str, tokens: list[Token]) -> Mention | None:
        return None  # the grammar of Arabic mentions knows its nouns by their shapes (names.common_noun)

    def affiliated(self, mention: Mention, text: str) -> bool:
        """An organisation noun after the role (رئيسة اتحاد لجان الأهل) that
        the article had not written before."""
        words = mention.text.split()
        return any(clitics.bare(fold(word)) in self.organisations and " ".join(words[k:k + 2]) not in text[:mention.start]
                   for k, word in enumerate(words[1:], 1))

    def person_name(self, mention: Mention) -> bool:
        return True


LANGUAGE = Arabic
