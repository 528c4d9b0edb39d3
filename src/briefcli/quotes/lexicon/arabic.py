"""Arabic reporting cues: verbs in the past and present with their feminine
and plural forms, circumstantial participles (مشيرا، مضيفا), verbal nouns
(الإشارة إلى), "according to" phrases; and the nouns that name speakers."""

from __future__ import annotations

from briefcli.quotes.lexicon import CueEntry, Lexicon, add_word_lists
from briefcli.quotes.words import fold

# past | present | participle | verbal noun | prepositions the content follows
VERBS = """
قال|يقول|قائلا|القول|
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
COMPLEMENTIZERS = "أن إن بأن أنه إنه أنها إنها أنهم إنهم بأنه بأنها لأن"
DOCUMENTS = "بلاغ بيان تقرير رسالة مذكرة وثيقة دراسة منشور تدوينة تغريدة مراسلة قرار إعلان صحيفة وكالة"
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
    "محللون نشطاء شهود شاهد مواطن مواطنة مواطنون سكان مراقبون متابعون مهندس مهندسة"
)
ANAPHOR_MARKERS = "ذاته ذاتها نفسه نفسها عينه عينها ذات نفس"
STOPS = (
    "قبل بعد حين عندما لما خلال أمس اليوم أيضا كذلك مؤخرا الاثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت الأحد صباح مساء إلى على عن من لدى أمام كما وهو وهي الذي التي الذين اللذين "
    "حينها حينئذ آنذاك بدوره بدورها بدورهم ل ب ك"
)
SPEECH_EVENTS = "تصريح حديث حوار كلمة مداخلة لقاء ندوة تدوينة تغريدة مقابلة تصريحات ردا معرض سياق"
FUNCTION_WORDS = "في من إلى على عن مع هذا هذه ذلك تلك هو هي قد لم لن لا ما كما ثم أو و ف ل ب ك باسم لدى"
# words that open a clause before its subject: أما X ف...، غير أن X ...
CONNECTIVES = "أما وأما غير بيد إلا لكن ولكن لكنه كما كان وكان فكان كانت وكانت فكانت"
# words that point back at the quotation before a reporting clause: «...»، هكذا علق X
POINTERS = "هكذا وهكذا كذلك"
# what words are said to (قال لوكالة فرانس برس): never part of the speaker
MEDIA = "وكالة صحيفة جريدة قناة موقع إذاعة مجلة تلفزيون"
# role nouns that are also given names (محمد أمين الصبار)
NAME_LIKE_ROLES = "أمين أمينة"
TITLE_INTRODUCERS = (
    "صحيفة جريدة مجلة كتاب فيلم برنامج عملية مبادرة حملة شعار وسم هاشتاغ حركة موقع قناة رواية "
    "مسلسل اسم لقب عنوان مشروع تطبيق بعنوان المسمى المسماة يسمى تسمى بمسمى شعار مصطلح عبارة كلمة "
    "أسمته أسماه سمته سماه يسميه تسميه"
)


RELAYS = ("نقل",)  # verbs whose speaker follows عن
AMBIGUOUS = ("بين",)  # بيّن: also the preposition بين (between); a cue only before أن، إن، a mark


def participle_forms(masculine: str) -> list[str]:
    base = masculine[:-1] if masculine.endswith("ا") else masculine
    return [base + "ا", base + "ة", base + "ين"]


def past_forms(past: str) -> list[str]:
    return [past, past + "ت", past + "وا", past + "ا", past + "تا"]


def present_forms(present: str) -> list[str]:
    forms = [present, present + "ون", present + "ان"]
    if present.startswith("ي"):
        forms.append("ت" + present[1:])
    return forms


def add_verbs(lexicon: Lexicon) -> None:
    for line in VERBS.strip().splitlines():
        past, present, participle, noun, preps = (column.split() for column in line.split("|"))
        lemma = past[0]
        prep_keys = tuple(fold(p) for p in preps)
        for form in [f for p in past for f in past_forms(p)] + [f for p in present for f in present_forms(p)]:
            lexicon.add(form, CueEntry(lemma, "verb", prep_keys, relays=lemma in RELAYS,
                                       governing_only=lemma in AMBIGUOUS))
        for form in [f for p in participle for f in participle_forms(p)]:
            lexicon.add(form, CueEntry(lemma, "participle", prep_keys))
            if not form.endswith("ة"):  # a slip in a feminine form looks like any noun in ة
                lexicon.add_fuzzy(fold(form))
        for form in noun:
            for variant in (form, form[2:] if form.startswith("ال") else "ال" + form):
                lexicon.add(variant, CueEntry(lemma, "noun", prep_keys))


def build() -> Lexicon:
    lexicon = Lexicon("ar", clitics="وفل")
    add_verbs(lexicon)
    add_word_lists(lexicon, globals())
    return lexicon
