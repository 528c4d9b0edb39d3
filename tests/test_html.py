"""HTML files: the same Article as the text file, sniffing, charsets,
metadata, what the page declares, and what is left out."""

from __future__ import annotations

import io

import pytest

from briefcli.errors import InputError
from briefcli.load import load_article
from briefcli.load.decode import decode
from briefcli.load.html import meta_charset
from briefcli.load.source import RawArticle
from briefcli.options import LoadOptions
from conftest import SEED, SEED_HTML, brief
from test_architecture import loaded_after

ENGLISH_BODY = (
    "<p>The council voted on Tuesday to close the old bridge to cars, citing a report that "
    "found serious corrosion in its steel frame and recommended urgent repairs.</p>"
    "<p>Residents who use the bridge every day said the decision would add twenty minutes "
    "to their commute, and asked the council to run more buses while the work goes on.</p>"
)


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def page(body: str, head: str = "", html_attributes: str = "") -> str:
    return f"<!DOCTYPE html>\n<html{html_attributes}><head>{head}</head><body>{body}</body></html>"


def test_html_copy_of_the_sample_is_the_same_article(seed_text):
    text_article = load_article(str(SEED))
    html_article = load_article(str(SEED_HTML))
    assert html_article.title == text_article.title
    assert html_article.byline == text_article.byline == "متابعة :"
    assert [p.text for p in html_article.paragraphs] == [p.text for p in text_article.paragraphs]
    assert len(html_article.paragraphs) == 12
    assert html_article.text == text_article.text == seed_text
    assert html_article.sentences == text_article.sentences
    assert (html_article.language, html_article.direction) == ("ar", "rtl")


def test_boilerplate_of_the_sample_is_left_out():
    text = load_article(str(SEED_HTML)).text
    for boilerplate in ("الرئيسية", "شارك هذا المقال", "تعليق القارئ", "أضف تعليقك",
                        "اقرأ أيضا", "جميع الحقوق محفوظة", "سياسة الخصوصية"):
        assert boilerplate not in text


@pytest.mark.parametrize("command", [
    ["read", "-f", "json"],
    ["summarize", "-f", "json"],
    ["summarize", "-f", "json", "--method", "textrank", "-n", "4"],
    ["quotes", "-f", "json"],
    ["quotes"],
])
def test_every_command_on_the_html_copy_matches_the_text_file(command):
    from_html = brief(command[0], str(SEED_HTML), *command[1:])
    from_text = brief(command[0], str(SEED), *command[1:])
    assert from_html.status == from_text.status == 0
    assert from_html.stdout.replace(".html", ".txt") == from_text.stdout
    assert len(from_text.stdout) > 1000


def test_html_is_sniffed_from_content_and_media_type(tmp_path):
    html = page(ENGLISH_BODY, "<title>Bridge closed to cars</title>")
    for path in (write(tmp_path, "a.txt", html), write(tmp_path, "noext", html)):
        article = load_article(path)
        assert article.title == "Bridge closed to cars"
        assert article.paragraphs[0].text.startswith("The council voted")
    article = load_article("-", stdin=io.BytesIO(html.encode()))
    assert article.title == "Bridge closed to cars" and len(article.paragraphs) == 2
    plain = RawArticle("x", html.encode(), media_type="text/plain")
    from briefcli.load.html import looks_like_html

    assert not looks_like_html(plain)
    assert looks_like_html(RawArticle("x", b"<p>hi</p>", media_type="text/html"))
    assert looks_like_html(RawArticle("x", b"\xef\xbb\xbf  <!-- c -->\n<HTML lang=en>"))
    assert not looks_like_html(RawArticle("x", b"# Title\n\n<html> in markdown"))


def test_xhtml_with_an_xml_declaration(tmp_path):
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>Bridge closed to cars</title></head><body>{ENGLISH_BODY}</body></html>")
    article = load_article(write(tmp_path, "a.xhtml", html))
    assert article.title == "Bridge closed to cars" and len(article.paragraphs) == 2


@pytest.mark.parametrize("head", [
    '<meta charset="windows-1256">',
    "<meta charset=windows-1256>",
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
])
def test_meta_charset_decodes_a_windows_1256_file(tmp_path, head, seed_text):
    html = SEED_HTML.read_text(encoding="utf-8").replace('<meta charset="utf-8">', head)
    article = load_article(write(tmp_path, "a.html", html, "cp1256"))
    assert article.text == seed_text


def test_windows_1256_without_any_declaration_is_detected(tmp_path, seed_text):
    html = SEED_HTML.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    assert load_article(write(tmp_path, "a.html", html, "cp1256")).text == seed_text


def test_meta_charset_prescan():
    assert meta_charset(b'<html><head><meta charset="UTF-8"></head>') == "UTF-8"
    assert meta_charset(b"<meta http-equiv=content-type content='text/html;charset=iso-8859-6'>") == "iso-8859-6"
    assert meta_charset(b"<html><head><title>x</title></head><body><meta charset=cp1256>") is None
    assert meta_charset(b"<p>charset=utf-8</p>") is None


def test_decoding_order_for_web_pages():
    arabic = "قال الوزير إن الزيارة ناجحة وأضاف أنها مهمة للبلدين"
    raw = RawArticle("x", codecs_bom_utf8() + arabic.encode(), declared_charset="windows-1256")
    assert decode(raw) == arabic  # the byte-order mark beats the header
    raw = RawArticle("x", arabic.encode("cp1256"), declared_charset="utf-8")
    assert decode(raw, embedded_charset="windows-1256") == arabic  # a header that does not fit is passed over
    raw = RawArticle("x", arabic.encode(), declared_charset="iso-8859-1")
    assert decode(raw) == arabic  # valid UTF-8 under a stale legacy label is UTF-8
    raw = RawArticle("x", "\u201cquoted\u201d caf\u00e9".encode("cp1252"), declared_charset="ISO-8859-1")
    assert decode(raw) == "\u201cquoted\u201d caf\u00e9"  # ISO-8859-1 means windows-1252
    raw = RawArticle("x", arabic.encode(), declared_charset=None)
    assert decode(raw, embedded_charset="utf-16") == arabic  # a <meta> saying UTF-16 means UTF-8


def codecs_bom_utf8() -> bytes:
    import codecs

    return codecs.BOM_UTF8


def test_metadata_title_byline_and_repeats(tmp_path):
    head = (
        "<title>Bridge closed to cars | City News</title>"
        '<meta property="og:site_name" content="City News">'
        '<meta property="article:published_time" content="2024-03-05T09:30:00Z">'
        '<link rel="canonical" href="https://news.example.org/bridge">'
    )
    body = (
        '<nav><a href="/">Home</a> <a href="/city">City</a></nav><article>'
        "<h1>Bridge closed to cars</h1>"
        '<p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>'
        f"{ENGLISH_BODY}<p>Read more: Council budget approved after long debate</p>"
        "</article><footer>© City News</footer>"
    )
    article = load_article(write(tmp_path, "a.html", page(body, head)))
    assert article.title == "Bridge closed to cars"
    assert article.byline == "By Jane Doe"
    assert [p.text[:17] for p in article.paragraphs] == ["The council voted", "Residents who use"]
    assert article.metadata == {
        "date": "2024-03-05", "site": "City News", "url": "https://news.example.org/bridge",
    }
    assert "Home" not in article.text and "©" not in article.text
    assert '"metadata"' in brief("read", str(tmp_path / "a.html"), "-f", "json").stdout


def test_section_heading_is_not_taken_for_the_title(tmp_path):
    body = f"<h1>Health Center</h1><article>{ENGLISH_BODY}</article>"
    article = load_article(write(tmp_path, "a.html", page(body, "<title>Bridge closed to cars</title>")))
    assert article.title == "Bridge closed to cars"


def test_direction_and_language_from_the_page(tmp_path):
    body = "<article><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></article>"
    article = load_article(write(tmp_path, "a.html", page(body, "<title>T</title>", ' dir="rtl"')))
    assert article.direction == "rtl"
    assert article.paragraphs[0].direction == "ltr"  # a paragraph still follows its own text
    body_dir = page(body.replace("<article>", '<article dir="rtl">'), "<title>T</title>", ' dir="ltr"')
    assert load_article(write(tmp_path, "b.html", body_dir)).direction == "rtl"
    short = page("<p>Bonjour.</p><p>Merci.</p>", "<title>T</title>", ' lang="fr-FR"')
    assert load_article(write(tmp_path, "c.html", short)).language == "fr"
    mislabelled = page(ENGLISH_BODY, "<title>T</title>", ' lang="fr"')
    assert load_article(write(tmp_path, "d.html", mislabelled)).language == "en"
    arabic = page("<p>قال الوزير إن الزيارة ناجحة.</p>", "<title>عنوان</title>", ' lang="ar"')
    article = load_article(write(tmp_path, "e.html", arabic))
    assert (article.language, article.direction) == ("ar", "rtl")
    forced = load_article(write(tmp_path, "f.html", short), LoadOptions(language="en"))
    assert forced.language == "en"


def test_arabic_aside_lines_are_dropped(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").split("\n")[2:6])
    body = f"<article><h1>عنوان المقال</h1>{paragraphs}<p>اقرأ أيضا: خبر آخر لا علاقة له</p></article>"
    article = load_article(write(tmp_path, "a.html", page(body, "<title>عنوان المقال</title>", ' lang="ar"')))
    assert len(article.paragraphs) == 4 and "اقرأ أيضا" not in article.text


def test_a_page_without_article_text(tmp_path):
    html = page('<div><img src="photo.jpg"></div><script>var shown = 1;</script>', "<title>Nothing here</title>")
    with pytest.raises(InputError, match="no article text"):
        load_article(write(tmp_path, "a.html", html))
    result = brief("read", str(tmp_path / "a.html"))
    assert result.status == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("brief: ") and "no article text" in result.stderr


def test_trafilatura_and_the_web_stack_load_only_when_needed():
    text_code = (
        "from briefcli.load import load_article\n"
        f"load_article({str(SEED)!r})"
    )
    html_code = text_code.replace(".txt", ".html")
    assert not loaded_after(text_code) & {"trafilatura", "lxml", "ssl", "http"}
    assert {"trafilatura", "lxml"} <= loaded_after(html_code)


@pytest.mark.parametrize("line", [
    "| | |", "Read more: Council budget approved", "À lire aussi » Le budget", "Lire aussi :",
    "اقرأ أيضا: خبر آخر", "(Credit: Jane Doe / Agency)", "Crédits photos : Agence", "- Share on Twitter",
    "Partager sur Facebook", "Topics: bridges, council", "posted on April 21, 2015, at 11:29 a.m.",
])
def test_lines_that_are_not_article_text(line):
    from briefcli.load.html import is_text

    assert not is_text(line)


@pytest.mark.parametrize("line", [
    "Read the report before the vote, the council said.", "Related parties met on Monday.",
    "Photography is banned on the bridge.", "Share prices fell 3% after the announcement of the closure.",
    "Published in 1998, the report found no corrosion.", "قال الوزير إن الزيارة ناجحة.",
])
def test_lines_that_are_article_text(line):
    from briefcli.load.html import is_text

    assert is_text(line)


def test_title_repeats_at_the_top_are_recognised():
    from briefcli.load.html import repeats

    title = 'Student Dies After Diet Pills "Burned Her Up"'
    assert repeats("Student Dies After Diet Pills “Burned Her Up”", title)
    assert repeats("La perte des terres | Environnement | DW | 23.05.2011", "La perte des terres")
    assert not repeats("Lorem ipsum dolor sit amet.", "Lorem")


PARAGRAPH = "<p>" + "The minister said the new plan would be ready before the summer, officials added. " * 3 + "</p>\n"


def attribute_page(tmp_path, name: str, tags: int, attributes: int, separator: str = " ") -> str:
    """Ordinary paragraphs inside `tags` elements of `attributes` attributes each."""
    opening = "<div " + separator.join(f"a{i}='v'" for i in range(attributes)) + ">"
    body = f"{opening}x</div>\n" * (tags - 1) + f"{opening}\n{PARAGRAPH * 20}</div>"
    return write(tmp_path, name, f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>")


def load_seconds(path: str, timeout: float) -> float:
    """CPU seconds to load `path` in a fresh process, brief's imports already
    done (CPU time: what other processes on a busy machine take is not counted)."""
    import subprocess
    import sys

    code = (
        "import time\nfrom briefcli.load import load_article\n"
        f"load_article({str(SEED_HTML)!r})\nstart = time.process_time()\n"
        f"load_article({path!r})\nprint(time.process_time() - start)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=True)
    return float(run.stdout)


@pytest.mark.parametrize("tags, attributes, separator, grows", [
    (1, 20_000, " ", "attributes"),  # one tag of 20,000 attributes, then of 200,000
    (1, 20_000, "", "attributes"),  # attributes with nothing between them
    (30, 700, " ", "tags"),  # many overloaded tags, then ten times as many
])
def test_a_page_reads_in_time_linear_in_its_size(tmp_path, tags, attributes, separator, grows):
    """Ten times the page costs about ten times the time (twice that, and a
    second, for a busy machine): libxml2 checks every attribute of a tag
    against all the tag's others, so brief keeps at most 100 per tag."""
    import subprocess

    small = attribute_page(tmp_path, "small.html", tags, attributes, separator)
    large = attribute_page(tmp_path, "large.html", tags * 10 if grows == "tags" else tags,
                           attributes * 10 if grows == "attributes" else attributes, separator)
    small_seconds = min(load_seconds(small, 300) for _ in range(2))
    budget = 2 * 10 * small_seconds + 1
    try:
        large_seconds = load_seconds(large, 5 * budget + 10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"10 times the page ran for over {5 * budget + 10:.0f} s, against {small_seconds:.2f} s of CPU")
    assert large_seconds <= budget
    assert "minister" in load_article(large).text


def test_only_tags_lose_attributes_never_a_scripts_text():
    """`i<n` in a script opens no tag: the script stays whole however many
    words follow, while a real tag keeps its first 100 attributes."""
    from briefcli.load.html import TAG_OR_RAW_TEXT, bounded_tag

    script = "<script>for (var i=0;i<n;i++) { " + "total = total + values[i]; " * 60 + "}</script>"
    tag = "<div " + " ".join(f"a{i}='v'" for i in range(150)) + ">"
    page_text = f"<html><head>{script}<style>a<b {'x ' * 200}</style></head><body>{tag}text</div></body></html>"
    cut = TAG_OR_RAW_TEXT.sub(bounded_tag, page_text)
    assert script in cut and "x " * 200 in cut
    assert "a99='v' >text" in cut and "a100=" not in cut
