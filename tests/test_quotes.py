"""brief quotes: spans, attribution and speakers on the sample article (scored
by shared/gold/score_quotes.py), on our own Arabic and French articles, and
on odd input."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from briefcli.load import load_article
from briefcli.model import Article
from briefcli.quotes import find_quotations
from briefcli.quotes.spans import marked_spans
from briefcli.segment import segment
from briefcli.load.layout import lay_out
from conftest import ROOT, SEED, brief

DATA = ROOT / "tests" / "data"
SEED_GOLD = json.loads((DATA / "quotes" / "seed.gold.json").read_text("utf-8"))


def article_of(text: str, language: str | None = None) -> Article:
    return segment("-", lay_out(text), language)


def quotes_of(path: Path, indirect: bool = True) -> list[dict]:
    result = brief("quotes", str(path), "--format", "json", *([] if indirect else ["--no-indirect"]))
    assert result.status == 0, result.stderr
    return json.loads(result.stdout)["quotes"]


def scorer():
    spec = importlib.util.spec_from_file_location("quote_scoring", ROOT / "bench" / "quote_scoring.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_scored_by_the_project_scorer(seed_text):
    """What `brief quotes --format json` prints, scored against the sample's
    gold (offsets index the file, which brief keeps as it is)."""
    report = scorer().score(SEED_GOLD, quotes_of(SEED), seed_text)["direct"]
    assert report["span_exact"]["F1"] == 1.0
    assert report["attribution_strict"]["F1"] == 1.0
    assert report["cue_accuracy_on_matched"] == 1.0


def test_sample_leaves_out_the_quoted_term_and_the_byline(seed_text):
    quotes = quotes_of(SEED)
    assert all("للعمليات الافتراضية" not in q["text"] for q in quotes)
    byline_end = seed_text.index("\n", seed_text.index("متابعة"))
    assert all(q["cue"] != "متابعة" and q["start"] > byline_end for q in quotes)
    direct = [q for q in quotes if q["mode"] == "direct"]
    assert len(direct) == 15
    assert {q["speaker"] for q in direct} == {
        "إحسان الحافظي",
        "بلاغ المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني",
    }
    for q in quotes:
        assert seed_text[q["start"]:q["end"]] == q["text"]


def test_sample_subtypes_mostly_agree_with_the_gold():
    gold = {q["start"]: q["subtype"] for q in SEED_GOLD["quotes"]}
    agree = [q["subtype"] == gold[q["start"]] for q in quotes_of(SEED) if q["mode"] == "direct"]
    assert sum(agree) >= 13, agree


def test_sample_misspelt_participle_is_a_cue():
    quote = next(q for q in quotes_of(SEED) if q["text"].startswith("سياق مطبوع"))
    assert quote["cue"] == "مشبرا" and quote["speaker_mention"] is None
    assert quote["speaker"].startswith("بلاغ المديرية")


def expectations(quotes: list[dict]) -> list[tuple[str, str, str]]:
    return [(q["mode"], q["speaker"], q["text"].split()[0]) for q in quotes]


def test_arabic_article_hard_wrapped_with_ascii_marks():
    quotes = quotes_of(DATA / "quotes-ar.txt")
    assert expectations(quotes) == [
        ("direct", "محمد الصديقي", "هذا"),
        ("indirect", "محمد الصديقي", "الحكومة"),
        ("direct", "محمد الصديقي", "الدعم"),
        ("direct", "فاطمة الزهراء بنعلي", "نحن"),
        ("direct", "فاطمة الزهراء بنعلي", "الأسعار"),
        ("direct", "تقرير المندوبية السامية للتخطيط", "نسبة"),
        ("indirect", "تقرير المندوبية السامية للتخطيط", "الموسم"),
        ("direct", "عمر الكتاني", "الجفاف"),
        ("direct", "عمر الكتاني", "إعادة"),
        ("direct", "عمر الكتاني", "على"),
        ("direct", "عمر الكتاني", "المشكلة"),
    ]
    by_first_word = {q["text"].split()[0]: q for q in quotes}
    assert by_first_word["الأسعار"]["cue"] == "تضيف"  # the cue after the quotation
    assert by_first_word["نسبة"]["cue"] == "وحسب"  # an according-to phrase
    assert by_first_word["إعادة"]["subtype"] == "partial"
    assert by_first_word["الدعم"]["speaker_mention"] is None  # مؤكدا: an implicit subject
    crossing = by_first_word["المشكلة"]  # opens in one paragraph, closes in the next
    assert crossing["text"].endswith("أحد في ذلك الوقت") and "\n" in crossing["text"]
    assert all("الصباح" != q["text"] for q in quotes)  # the newspaper named in marks


def test_french_article_with_inversions_and_selon():
    quotes = quotes_of(DATA / "quotes-fr.txt")
    assert expectations(quotes) == [
        ("direct", "Clément Beaune", "reprendre"),
        ("direct", "Clément Beaune", "Nous"),
        ("direct", "Marie Dupont", "la"),
        ("direct", "Marie Dupont", "On"),
        ("direct", "Jean Castex", "plusieurs"),
        ("direct", "Jean Castex", "Les"),
        ("indirect", "un communiqué du ministère", "quarante"),
        ("direct", "Paul Martin", "ce"),
        ("direct", "Paul Martin", "Sans"),
    ]
    by_first_word = {q["text"].split()[0]: q for q in quotes}
    assert by_first_word["Nous"]["cue"] == "a-t-il déclaré" and by_first_word["Nous"]["speaker_mention"] == "il"
    assert by_first_word["On"]["speaker_mention"] == "la syndicaliste"
    assert by_first_word["Sans"]["text"].endswith("d'en sortir.")  # over two paragraphs


def test_no_indirect_option():
    quotes = quotes_of(DATA / "quotes-ar.txt", indirect=False)
    assert quotes and all(q["mode"] == "direct" for q in quotes)


def test_english_reporting_clauses():
    text = (
        "Senator pledges to fight\n\n"
        "Senator Jane Smith said on Monday that the bill was “a disgrace to this chamber and to the country.”\n"
        "“We will not let it pass,” Smith told reporters. “Not now, not ever.”\n"
        "“It is a reasonable compromise,” said Tom Baker, a spokesman for the governor, adding that "
        "talks would go on.\n"
        "According to the governor’s office, “the vote will take place as planned next week.”\n"
    )
    quotes = find_quotations(article_of(text, "en"), indirect=False)
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == [
        ("Jane Smith", "a"), ("Jane Smith", "We"), ("Jane Smith", "Not"),
        ("Tom Baker", "It"), ("governor’s office", "the"),
    ]


@pytest.mark.parametrize("text", [
    "Il a dit « bonjour et « au revoir » sans fermer",
    "”reversed“ marks, ” stray closer, “ stray opener",
    "l’État et don’t et « » et \"\" et “”",
    "قال إن \"\n\n\"",
    "\"" * 51,
    "« " * 40 + "» " * 3,
    "Selon , « »",
    "حسب",
])
def test_odd_marks_never_fail(text):
    article = article_of("Title\n\n" + text + "\n")
    for quotation in find_quotations(article):
        assert article.text[quotation.start:quotation.end] == quotation.text


LEAD = "فقرة أولى طويلة بما يكفي لتكون فقرة من فقرات المقال وليست سطرا قصيرا في أوله.\n\n"


@pytest.mark.parametrize("text", [
    LEAD + "” قال الوزير “ puis Jean Dupont : «\n\n« la suite du texte ici »\n",
    LEAD + "محمد سالم: «\n\n«نص طويل هنا جدا وكلمات أخرى»\n",
])
def test_mixed_marks_with_a_colon_before_a_quotation_that_opens_the_next_paragraph(text):
    """Issue 11, item 10: a speaker looked for up to a quotation mark that
    ends its paragraph read past the paragraph's last word (IndexError)."""
    article = article_of("عنوان\n\n" + text, "ar")
    quotations = find_quotations(article)
    assert len(quotations) == 1
    assert article.text[quotations[0].start:quotations[0].end] == quotations[0].text


def test_a_thousand_incises_in_one_quotation():
    """Issue 11, item 10: « A, a-t-il ajouté, B, a-t-il ajouté, ... » was
    split by recursion, one level per incise (RecursionError at 1,000)."""
    parts = [f"Nous avançons pas à pas, étape {k}" for k in range(1001)]
    text = "Titre\n\nLe ministre Paul Durand était à Lyon. « " + ", a-t-il ajouté, ".join(parts) + ". »\n"
    quotations = find_quotations(article_of(text, "fr"), indirect=False)
    assert len(quotations) == 1001
    assert {q.speaker for q in quotations} == {"Paul Durand"}
    assert quotations[-1].text == "Nous avançons pas à pas, étape 1000."


def test_no_quotation_is_an_empty_list(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Un titre\n\nAucune citation ici, seulement des faits.\n", encoding="utf-8")
    result = brief("quotes", str(path), "--format", "json")
    assert result.status == 0
    assert json.loads(result.stdout) == {"source": str(path), "language": "fr", "quotes": []}
    assert brief("quotes", str(path)).status == 0


def test_german_marks_and_unclosed_quotation():
    spans = marked_spans(article_of("T\n\n„Das ist gut“, sagte er. Er sagte: „Wir kommen wieder und bleiben lange\n"))
    assert [(s.start, s.end) for s in spans][0] == (3, 14)
    assert len(spans) == 2  # the unclosed one runs to the end of its paragraph


def test_jsonl_and_text_output():
    result = brief("quotes", str(SEED), str(DATA / "quotes-fr.txt"), "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(SEED), str(DATA / "quotes-fr.txt")]
    assert all(set(q) == {"mode", "subtype", "text", "start", "end", "speaker", "speaker_mention", "cue",
                          "paragraph"} for line in lines for q in line["quotes"])
    text = brief("quotes", str(SEED)).stdout
    assert text.startswith("بلاغ المديرية العامة") and "إحسان الحافظي\n" in text and "فعل القول: يورد" in text


def test_read_highlights_quotations_by_speaker():
    from briefcli.output.quotes import quotation_highlights

    article = load_article(str(SEED))
    highlights = quotation_highlights(find_quotations(article, indirect=False))
    assert len(highlights) == 15
    assert {h.style for h in highlights} == {"speaker-1", "speaker-2"}
    assert article.text[highlights[0].start:highlights[0].end].startswith("تجسد متانة")


def test_read_passes_highlights_only_when_colour_is_shown(monkeypatch):
    from briefcli.commands import common

    pages = []
    monkeypatch.setattr(common, "write_page", lambda page, output, env: pages.append(page))
    brief("read", str(SEED), "--color", "always", "--bidi", "logical")
    brief("read", str(SEED), "--color", "never", "--bidi", "logical")
    coloured, plain = pages
    styles = [h.style for block in coloured.blocks for h in block.highlights]
    assert styles.count("speaker-1") == 3 and styles.count("speaker-2") == 12
    assert not any(block.highlights for block in plain.blocks)


def test_text_labels_speak_the_article_language():
    french = brief("quotes", str(DATA / "quotes-fr.txt")).stdout
    assert "verbe : " in french and "paragraphe " in french and "cue:" not in french
    arabic = brief("quotes", str(SEED)).stdout
    assert "فعل القول: " in arabic and "الفقرة " in arabic and "paragraph" not in arabic


def speakers_of(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotations(article_of(text, language), indirect=False)]


@pytest.mark.parametrize("language, body, expected", [
    # a time phrase, an adverb and where the words were said stand between the verb and its subject
    ("fr", "« Nous tiendrons nos engagements », a encore dit ce mardi matin 8 janvier la ministre Elisabeth Borne.",
     ["Elisabeth Borne"]),
    ("fr", "« Le risque est réel », estime dans un rapport le Haut Conseil des finances publiques.",
     ["Haut Conseil des finances publiques"]),
    ("en", '"We will not give up," said on Monday the union leader Jane Roe.', ["Jane Roe"]),
    # the person, not the employer, the party or the title
    ("fr", "« La menace est réelle », juge Daniel Byman de la Brookings Institution.", ["Daniel Byman"]),
    ("en", 'Anne Thompson of the Hollywood Reporter said the film was "heart-wrenching".', ["Anne Thompson"]),
    ("en", '"It is a disgrace," said Labour MP Jane Roe.', ["Jane Roe"]),
    ("en", 'Singer Sam Endicott said the band felt "great" about it.', ["Sam Endicott"]),
    # an apposition's comma is no reporting clause
    ("en", 'Chris Hawkins, host of the chart show, said the band had "great guitars and a mastery of sound".',
     ["Chris Hawkins"]),
    # "For X," opening a sentence names the speaker; "for" inside a phrase does not end it
    ("en", 'For Henry Reichhold, this is progress: "That is the whole thing about the immediacy of it."',
     ["Henry Reichhold"]),
    ("en", 'A spokesman for Ofcom said: "We are seeking opinion from the industry."', ["a spokesman for Ofcom"]),
    # a relative pronoun across its comma
    ("en", 'The critic Paul Connolly, who said they were "spiky but in love with pop", was right.',
     ["Paul Connolly"]),
])
def test_latin_mentions(language, body, expected):
    assert speakers_of("Title\n\n" + body + "\n", language) == expected


def test_pronouns_follow_gender():
    text = ("Title\n\nHis wife Sharon, who also appears in the show, agreed. \"Everybody does reality shows "
            "now, he has done it,\" she said.\n\nOzzy Osbourne spoke last. \"I did not like the cameras at all,\" "
            "he said.\n")
    assert speakers_of(text, "en") == ["Sharon", "Ozzy Osbourne"]


def test_a_pronoun_with_nobody_before_it_is_no_speaker():
    assert speakers_of("Title\n\n\"We will win this fight in the end,\" she said.\n", "en") == [None]


@pytest.mark.parametrize("body, expected", [
    # a word with a preposition or an adverb ends the name
    ("قال الوزير محمد سالم بحزم إن «الحكومة لن تتراجع عن قرارها مهما كانت الضغوط».", ["محمد سالم"]),
    # a preposition with its pronoun stands between the verb and its subject
    ("في الوقت الذي حض فيه الائتلاف الوطني الفصائل المتقاتلة على «ضبط النفس والتحلي بالحكمة».",
     ["الائتلاف الوطني"]),
    # a feminine verb takes the woman
    ("قال الوزير محمد سالم إن «الحكومة ماضية في الإصلاح دون تأخير». وقالت النائبة فاطمة العلوي إن «المعارضة "
     "لن تصوت على هذا النص أبدا». وأضافت أن «النقاش لم ينته بعد في البرلمان».",
     ["محمد سالم", "فاطمة العلوي", "فاطمة العلوي"]),
])
def test_arabic_mentions(body, expected):
    assert speakers_of("عنوان\n\n" + body + "\n", "ar") == expected


def test_arabic_noun_with_its_owner_is_no_name():
    """أعرب عن تقديره: a verbal noun with a pronoun is what was said, not who."""
    found = speakers_of("عنوان\n\nقال المتحدث باسم الوزارة إن «الزيارة ناجحة». وأعرب عن تقديره «للجهود المبذولة "
                        "من الطرفين في هذا الملف».\n", "ar")
    assert "تقديره" not in found and all(s is None or "تقدير" not in s for s in found)


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Titre\n\nLe ministre Paul Durand était à Lyon. Selon son entourage, le ministre « n'a pas "
           "l'intention de démissionner ».\n", "l'entourage de Paul Durand"),
    ("en", "Title\n\nSenator Jane Smith was in Ohio. Her aides said she was \"confident about the outcome\".\n",
     "Jane Smith's aides"),
])
def test_possessives_are_resolved(language, text, expected):
    assert speakers_of(text, language) == [expected]


def test_glued_sentences_are_cut_apart_and_organisations_lose_their_article():
    text = ("Titre\n\nLe virologue Jean-Jacques Muyembe a découvert le virus avec Peter Piot.Le professeur "
            "Muyembe a été mobilisé à chaque épidémie : « J'ai consacré toute ma vie à lutter contre Ebola ».\n\n"
            "La CGT dénonce « une attaque sans précédent contre les salariés ».\n")
    assert speakers_of(text, "fr") == ["Jean-Jacques Muyembe", "CGT"]


@pytest.mark.parametrize("body, expected", [
    # a common noun by its shape speaks as a description, with its complement (موظف، تاجر: no names)
    ("وقال موظف في إحدى شركات الطيران، طلب عدم الكشف عن اسمه، إن «الرحلات ستعود قريبا إلى جدولها المعتاد».",
     ["موظف في إحدى شركات الطيران"]),
    # a cue inside an aside leaves the quotation to the verb the aside interrupts; كشف after عدم is no cue
    ("وأكد تاجر في سوق الخضر، طالبا عدم كشف اسمه، أن «الأسعار تضاعفت خلال أسبوع واحد فقط».",
     ["تاجر في سوق الخضر"]),
    # the speaker as a pronoun on an according-to phrase after the quotation; a feminine verb
    ("قالت الدكتورة سلمى الخطيب إن «الدراسة شملت ألف مريض». وتابعت أن النتائج مشجعة، «لأنها الأولى من نوعها "
     "في المنطقة العربية»، على حد تعبيرها.", ["سلمى الخطيب", "سلمى الخطيب"]),
    # an addressee in ل runs to the colon; a verb with no subject takes the person its sentence names
    ("يقف كريم العلوي، وهو صياد منذ ثلاثين عاما، على الشاطئ، ويقول للجزيرة نت: «البحر لم يعد كما كان من قبل».",
     ["كريم العلوي"]),
    # a role's complement in ل is no addressee; a titled name in apposition after it
    ("وقالت الأمين العام للهيئة، الدكتورة ميثاء سعيد المنصوري، في بيان: «المشروع يدخل مرحلته الثانية هذا العام».",
     ["ميثاء سعيد المنصوري"]),
    # a family name opening a phrase is the name alone, its fuller form from the article
    ("وكان محمد الطرابلسي يجمع الزيتون مع أبنائه. «سأنتظر أسابيع قبل أن أبيع المحصول كله»، يقول الطرابلسي بنبرة "
     "حزينة.", ["محمد الطرابلسي"]),
    # a manner in ب is no subject (the verb's is implicit); ب and a verbal noun end a name
    ("تقول السيدة فتيحة، وهي أم لأربعة أطفال: «الماء يصلنا بعد منتصف الليل فقط». وتضيف بنبرة غاضبة: «سمعنا هذا الكلام "
     "في كل صيف».", ["فتيحة", "فتيحة"]),
    ("قال الدكتور ماهر أبو حمدان إن «النسبة جيدة». وأقر أبو حمدان بوجود «اكتظاظ واضح بين السابعة والتاسعة صباحا».",
     ["ماهر أبو حمدان", "ماهر أبو حمدان"]),
    # a long role before a name: the name at its end
    ("ويرى الخبير في تخطيط النقل والأستاذ في الجامعة الأردنية الدكتور سامي الطراونة أن نجاح الخط «يجب أن يكون بداية لا "
     "نهاية».", ["سامي الطراونة"]),
])
def test_arabic_mentions_on_unseen_phrasings(body, expected):
    assert speakers_of("عنوان\n\n" + body + "\n", "ar") == expected


def test_arabic_anaphor_with_a_demonstrative_is_the_one_described_before():
    text = ("عنوان\n\nوهو اتهام نفاه مسؤول في وزارة التجارة. وقال هذا المسؤول، مشترطا عدم ذكر اسمه، إن «السوق "
            "تخضع للعرض والطلب وحدهما».\n")
    assert speakers_of(text, "ar") == ["مسؤول في وزارة التجارة"]


@pytest.mark.parametrize("language, body, expected", [
    # glued paragraphs: a quotation left open goes on through the next mark
    ("en", 'At the launch, Jane Roe said: "We believe this matters. "It is vital for the future." The pack '
           'is ready.', ["Jane Roe"]),
    # an inverted reporting clause closing its sentence, then a quotation that continues its speaker
    ("en", 'Phones will be printed on to wrists by 2020, says Mr Pearson. "So the gadgets that fill your bag '
           'will disappear into fabric."', ["Pearson"]),
    # a reporting clause that closes the sentence speaks for the quotations before it
    ("fr", "Le Centre national des ouragans suit la tempête. C'est une « onde de tempête », avec des « vents "
           "extrêmes » qui peuvent être « mortels », a alerté le centre basé en Floride.",
     ["Centre national des ouragans"] * 3),
    # a name after an acronym in a place's run of capitals; an acronym stands for its name
    ("fr", "« On pensait rester à la maison », a indiqué à l'AFP Jimmy Ray, habitant de la ville.", ["Jimmy Ray"]),
    ("fr", "Le Centre national des ouragans (NHC) a lancé un avertissement. Selon le NHC, « la tempête se "
           "renforce encore ».", ["Centre national des ouragans"]),
    # a person's full name after a medium's run of capitals, not the run
    ("fr", "« Ouvrez donc une enquête », a écrit sur Twitter Ivan Jdanov. « C'est étrange », a déclaré à Radio "
           "France Jean-Pierre Martin.", ["Ivan Jdanov", "Jean-Pierre Martin"]),
    ("fr", "« Rien », a dit à la Fondation Jean Jaurès son directeur.", ["son directeur"]),
    # à is no auxiliary (a quant à lui affirmé); a role before an institution is a person; a name in apposition
    # after a determiner and a title
    ("fr", "« La crise est là », a quant à lui affirmé le chef du gouvernement du Brésil, le général Walter Braga "
           "Netto.", ["Walter Braga Netto"]),
    ("fr", "« La crise est là », a affirmé le chef du gouvernement du Brésil.", ["le chef du gouvernement du Brésil"]),
    # an institution noun names the run after it: not a person, nor a place that speaks
    ("fr", "« La crise est là », a affirmé la présidente de la région Occitanie.",
     ["la présidente de la région Occitanie"]),
    # a role named by what one does (réalisateur) refers to the name the article gave it
    ("fr", "Le réalisateur Christophe Ruggia a été radié. Le réalisateur a présenté ses excuses. « Je n'avais pas vu "
           "que mon adulation pouvait lui apparaître pénible ».", ["Christophe Ruggia"]),
    # the name after a role is the person's full name, not the medium's capitals before it
    ("fr", "La journaliste du Figaro Magazine Judith Waintraub avait intitulé la vidéo. « Pathétique », a aussitôt "
           "réagi la journaliste du Figaro. « Non », a répondu Jean Pierre Durand.", ["Judith Waintraub", "Jean Pierre Durand"]),
    # a pronoun after a quotation: the nearest person of its gender, not the one the quotation names
    ("fr", "Plusieurs personnalités l'ont soutenue, jusqu'au ministre de l'Intérieur Gérald Darmanin : « je "
           "condamne les menaces que reçoit Judith Dupont », a-t-il réagi.", ["Gérald Darmanin"]),
    # a quotation with no cue in a sentence that opens with a person: that person's
    ("fr", "Gérald Martin a parlé. « Non », a-t-il dit. Nadia Hai a loué la vidéo et critiqué l'allusion, parce que "
           "la jeune fille « s'appelle Imane et porte le foulard ».", ["Gérald Martin", "Nadia Hai"]),
    # a subheading glued to its sentence with no stop opens with no speaker
    ("fr", "« Je ne le souhaite pas », affirme Gérard Larcher. Xavier Bertrand et Bruno Retailleau y pensentEt de "
           "citer « des responsables politiques qui ont la capacité d'être candidats ».", ["Gérard Larcher"] * 2),
    # a subheading glued to its sentence: its verb reports nothing, its words are cut from the sentence's
    ("fr", "« Le risque », rapporte BFMTV. Quand des acteurs prennent le pouvoirPour rappel, en 1981, Michel Colucci, "
           "alias Coluche, s'était présenté, appelant « tous ceux qui ne comptent pas » à voter pour lui.",
     ["BFMTV", "Michel Colucci"]),
    # a reporting clause that ends the sentence, its subject after a comma; a capitalised adjective is no speaker
    ("en", 'Snow Patrol had "no other course of action" but to ask their bassist to leave the band, lead singer Gary '
           'Lightbody has said.', ["Gary Lightbody"]),
    ("en", 'The German music business is "in the state of a zombie" because it failed to adapt to downloading.', [None]),
    # a capital A opening a sentence is the preposition à: no place speaks
    ("fr", "A Rome, des milliers de jeunes se sont agenouillés. En se relevant, ils ont crié : « Je ne peux pas "
           "respirer » !", [None]),
    # a pronoun is the person a reporting verb named in the sentence before
    ("fr", "Le pays puise dans ses réserves, a déclaré mercredi le président de l'Union (UFIP), Francis Duseux."
           "« On est loin d'une pénurie », a-t-il déclaré.", ["Francis Duseux"]),
    # a description that introduces a body not named before is someone new
    ("fr", "Pierre Martin avait publié un rapport en 2013. « L'erreur vient des deux côtés », explique la "
           "présidente du Mouvement national des chômeurs.", ["la présidente du Mouvement national des chômeurs"]),
    # a subheading in marks between dashes is no quotation
    ("fr", "La ville est calme.- « Aucun scrupule » -Le maire Paul Durand a déclaré : « Nous restons vigilants ».",
     ["Paul Durand"]),
    ("fr", "La ville est calme. - « Aucun scrupule » -Le maire Paul Durand a déclaré : « Nous restons vigilants ».",
     ["Paul Durand"]),
    # a plural description is not the person just quoted; a participle's clause is no part of it
    ("fr", "« Il est dans un état grave », a déclaré Paul Durand. « Son état s'améliore », ont indiqué les médecins "
           "allemands soignant l'opposant.", ["Paul Durand", "les médecins allemands"]),
])
def test_latin_attribution_on_unseen_phrasings(language, body, expected):
    assert speakers_of(("Title" if language == "en" else "Titre") + "\n\n" + body + "\n", language) == expected
