"""Loading: decoding, cleaning, structure, and every bad input."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings, strategies as st

from briefcli.errors import InputError, UsageError
from briefcli.load import load_article
from briefcli.options import LoadOptions
from conftest import SEED


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_sample_article_structure(seed_text):
    article = load_article(str(SEED))
    lines = seed_text.split("\n")
    assert article.title == lines[0]
    assert article.byline == "متابعة :"
    assert [p.text for p in article.paragraphs] == lines[2:]
    assert all(len(p.sentences) == 1 for p in article.paragraphs)
    assert article.language == "ar" and article.direction == "rtl"
    assert article.text == seed_text


def test_spans_point_at_their_text():
    article = load_article(str(SEED))
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert article.text[sentence.start:sentence.end] == sentence.text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_encodings_read_identically(tmp_path, seed_text, encoding):
    data = seed_text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    article = load_article(write(tmp_path, "a.txt", data))
    assert article.text == seed_text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    "The minister said the plan was ready.\nIt will start in May.",  # ASCII: also UTF-8 with NULs
    "قال الوزير إن الخطة جاهزة.\nوستبدأ في مايو.",  # Arabic: also UTF-8 with NULs
    "Le ministre a déclaré « nous sommes prêts ».\nC'était très attendu.",
    "قال: «OK» 2024",
])
def test_utf16_without_a_byte_order_mark(tmp_path, encoding, text):
    article = load_article(write(tmp_path, "a.txt", text.encode(encoding)))
    assert [p.text for p in article.paragraphs] == text.split("\n")


def test_nuls_scattered_over_both_sides_are_binary(tmp_path):
    with pytest.raises(InputError, match="binary"):
        load_article(write(tmp_path, "a.bin", bytes(range(256)) * 4))


def test_short_windows_1256_text(tmp_path):
    text = "قال الوزير إن الزيارة ناجحة.\nوأضاف أنها مهمة."
    article = load_article(write(tmp_path, "a.txt", text.encode("cp1256")))
    assert [p.text for p in article.paragraphs] == text.split("\n")


def test_french_windows_1252_text(tmp_path):
    text = "Le président a déclaré « nous sommes prêts » à l'élection.\nC'était très intéressant."
    article = load_article(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert [p.text for p in article.paragraphs] == text.split("\n")


def test_forced_encoding(tmp_path, seed_text):
    path = write(tmp_path, "a.txt", seed_text.encode("cp1256"))
    assert load_article(path, LoadOptions(encoding="cp1256")).text == seed_text
    with pytest.raises(InputError, match="--encoding"):
        load_article(path, LoadOptions(encoding="utf-8"))
    with pytest.raises(UsageError, match="--encoding takes the name of a text encoding"):
        load_article(path, LoadOptions(encoding="klingon"))


def test_stdin(seed_text):
    article = load_article("-", stdin=io.BytesIO(seed_text.encode("utf-16")))
    assert article.text == seed_text and article.source == "<stdin>"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"  \n\n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_content(tmp_path, data, message):
    with pytest.raises(InputError, match=message):
        load_article(write(tmp_path, "a.txt", data))


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        load_article(str(tmp_path))


def test_size_limit(tmp_path):
    path = write(tmp_path, "a.txt", ("كلمة " * 1000).encode())
    with pytest.raises(InputError, match="--max-bytes"):
        load_article(path, LoadOptions(max_bytes=1000))
    with pytest.raises(InputError, match="--max-bytes"):
        load_article("-", LoadOptions(max_bytes=1000), stdin=io.BytesIO(b"x" * 1001))
    assert load_article(path, LoadOptions(max_bytes=10000)).paragraphs


def test_controls_and_escapes_are_removed(tmp_path):
    data = "Title\r\nBody \x1b[31mred\x1b[0m text\u202e with \u2067isolates\u2069.\x07\r\n".encode()
    article = load_article(write(tmp_path, "a.txt", data))
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "\u202e" not in article.text and "\u2067" not in article.text
    assert "\r" not in article.text
    assert article.paragraphs[0].text == "Body [31mred[0m text with isolates."


def test_markdown(tmp_path):
    text = (
        "# Le **titre** de l'article\n\nPar Jean Dupont\n\n"
        "Le ministre a dit *clairement* que [le plan](http://x.fr) est `prêt`.\n\n"
        "## Suite\n\n> Une citation **forte** ici.\n\n- un point\n- deux points\n"
    )
    article = load_article(write(tmp_path, "a.md", text.encode()))
    assert article.title == "Le titre de l'article"
    assert article.byline == "Par Jean Dupont"
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == "Le ministre a dit clairement que le plan est prêt."
    assert "Suite" in texts and "Une citation forte ici." in texts
    assert "un point" in texts and article.language == "fr"


HARD_WRAPPED = """\
أكد رئيس مجلس الأمن الجورجي جيلا بيجواشفيلي أمس، أنه تم العثور على قنبلة يدوية
لم تنفجر قرب المنصة التي ألقى منها الرئيس الأمريكي جورج بوش خطابا أمام آلاف
الأشخاص في العاصمة الجورجية.
 وصرح جيلا بيجواشفيلي للتلفزيون الجورجي "تم العثور على قنبلة يدوية سوفياتية
الصنع على بعد عشرات الأمتار من المنصة التي كان الرئيسان (بوش والرئيس الجورجي
ميخائيل سكاشفيلي) يقفان عليها".
 وأعلن الناطق باسم جهاز الأمن "بعد أن غادر الرئيس جورجيا أبلغتنا سلطات على بعد
 30 مترا من المنصة".
"""


def test_hard_wrapped_text_is_reflowed(tmp_path):
    article = load_article(write(tmp_path, "a.txt", HARD_WRAPPED.encode()))
    assert article.title is None
    assert len(article.paragraphs) == 3
    first = article.paragraphs[0].text
    assert first.startswith("أكد رئيس") and first.endswith("العاصمة الجورجية.")
    assert "\n" not in first and "  " not in first
    assert article.paragraphs[2].text.endswith("على بعد 30 مترا من المنصة\".")


def test_blank_line_paragraphs_and_title(tmp_path):
    text = "Ad sales boost profit\n\nQuarterly profits jumped 76%.\n\nThe firm said so. It grew.\n"
    article = load_article(write(tmp_path, "a.txt", text.encode()))
    assert article.title == "Ad sales boost profit" and article.byline is None
    assert [len(p.sentences) for p in article.paragraphs] == [1, 2]
    assert article.language == "en"


def test_single_paragraph_is_not_a_title(tmp_path):
    article = load_article(write(tmp_path, "a.txt", "Just one line of text".encode()))
    assert article.title is None and article.paragraphs[0].text == "Just one line of text"


def test_paragraph_direction_from_first_strong_character(tmp_path):
    text = "عنوان المقال\n\nفقرة عربية.\n\nEnglish.\n\n2024 ثم نص عربي.\n\n123 456\n"
    article = load_article(write(tmp_path, "a.txt", text.encode()))
    assert [p.direction for p in article.paragraphs] == ["rtl", "ltr", "rtl", "rtl"]


def test_forced_language(tmp_path):
    path = write(tmp_path, "a.txt", b"Bonjour tout le monde.\nEncore une phrase.")
    assert load_article(path).language == "fr"
    assert load_article(path, LoadOptions(language="en")).language == "en"


WRAPPED_WITH_TITLE = """\
هذه دلالات زيارة حموشي إلى أمريكا
متابعة :
 على رأس وفد أمني رفيع، ضم مديري المصالح المركزية للمديرية العامة لمراقبة
التراب الوطني وأطر منها، قام عبد اللطيف حموشي بزيارة عمل إلى الولايات
المتحدة الأمريكية يومي 13 و14 يونيو الجاري.
 وأعلن الناطق باسم جهاز الأمن أن السلطات الأمريكية عثرت على ما يبدو
قنبلة يدوية على بعد
 30 مترا من المنصة التي ألقى منها الرئيس خطابه أمام آلاف الأشخاص.
 وتشير المجلة إلى أن الزيارة تهدف إلى إعادة العلاقات بين البلدين إلى
طبيعتها بعد فترة من التوتر بسبب السياسة الخارجية الجديدة.
 ويساعد المزيج في علاج ما يعرف
بـ (مسمار القدم) الذي تصاب به بعض السيدات نتيجة ارتداء الكعب العالي.
"""


def test_wrapped_file_keeps_title_and_byline_and_joins_a_cut_sentence(tmp_path):
    article = load_article(write(tmp_path, "a.txt", WRAPPED_WITH_TITLE.encode()))
    assert article.title == "هذه دلالات زيارة حموشي إلى أمريكا"
    assert article.byline == "متابعة :"
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 4
    assert texts[1].endswith("على بعد 30 مترا من المنصة التي ألقى منها الرئيس خطابه أمام آلاف الأشخاص.")
    assert texts[3] == (
        "ويساعد المزيج في علاج ما يعرف بـ (مسمار القدم) الذي تصاب به بعض السيدات نتيجة ارتداء الكعب العالي."
    )
    assert [len(p.sentences) for p in article.paragraphs] == [1, 1, 1, 1]


def test_title_may_trail_off(tmp_path):
    text = "Rivals of the £400 Apple...\n\nThe Mac mini is the cheapest Apple computer ever.\n"
    article = load_article(write(tmp_path, "a.txt", text.encode()))
    assert article.title == "Rivals of the £400 Apple..."
    assert [p.text for p in article.paragraphs] == ["The Mac mini is the cheapest Apple computer ever."]


def test_utf8_cut_inside_its_last_character(tmp_path, seed_text):
    data = (seed_text * 40).encode("utf-8")
    lead = max(i for i, byte in enumerate(data) if byte >= 0xC0)
    article = load_article(write(tmp_path, "a.txt", data[: lead + 1]))
    assert article.language == "ar"
    assert article.text.startswith(seed_text.split("\n")[0])


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x700, blacklist_categories=("Cs",))), st.integers(0, 40))
def test_looks_binary_counts_controls_as_a_loop_over_characters_would(text, controls):
    from briefcli.load.decode import CONTROL_SHARE_OF_BINARY, CONTROLS_OF_BINARY, looks_binary

    text = "\x01" * controls + text
    sample = text[:65536]
    counted = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    expected = "\x00" in text or (counted >= CONTROLS_OF_BINARY and counted > CONTROL_SHARE_OF_BINARY * len(sample))
    assert looks_binary(text) == expected
