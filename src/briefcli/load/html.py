"""HTML pages to an article's parts, with trafilatura.

Sniffing (is it HTML? which charset does its <meta> declare?) works on the raw
bytes and costs nothing. Extraction imports trafilatura (and lxml) only when a
page is read: the main text, one paragraph per block, with navigation,
comments and boilerplate left out; the title; the byline as the page words it;
date, site and URL; and what the page declares about itself (`lang`, `dir`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from briefcli.errors import InputError
from briefcli.language import detect_language
from briefcli.load.layout import BYLINE_MAX_CHARS
from briefcli.load.source import RawArticle
from briefcli.model import Direction, Layout
from briefcli.normalize import clean_text, collapse_spaces
from briefcli.options import LANGUAGES

HTML_TYPES = {"text/html", "application/xhtml+xml"}
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body)[\s>/]",
    re.I | re.S,
)
PRESCAN_BYTES = 16384
META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
# libxml2 checks each attribute of a tag against all the tag's earlier ones:
# a tag of n attributes costs n² (200,000 attributes: hours). No page needs
# more than MAX_ATTRIBUTES on one element (real ones carry a few dozen at
# most); the rest of such a tag is dropped.
# A start tag as HTML's tokenizer reads it: a name, then attributes (a name,
# maybe `=` and a value, quoted or not) and separators, up to `>` or the end
# of the page. Every character but `>` starts an item, so a match never
# backtracks: one pass over the page. The text of a script, a style, a title
# or a textarea holds no tags for HTML (`for(i=0;i<n;i++)` opens none): it
# is passed over whole, after its own start tag.
MAX_ATTRIBUTES = 100
ATTRIBUTE = r"""[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?"""
START_TAG = rf"<[A-Za-z][^\s/>]*(?:[\s/]+|{ATTRIBUTE})*(?:>|\Z)"
RAW_TEXT = "script|style|title|textarea"
TAG_OR_RAW_TEXT = re.compile(
    rf"(?P<tag>(?=<(?P<raw>{RAW_TEXT})\b)?{START_TAG})(?(raw)(?P<text>.*?(?:</(?P=raw)\s*>|\Z)))",
    re.I | re.S,
)
TAG_ITEM = re.compile(rf"[\s/]+|({ATTRIBUTE})")
SHORTEST_OVERLOADED_TAG = 2 * MAX_ATTRIBUTES
KEPT_CONTROLS = (0x09, 0x0A, 0x0D)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
BYLINE_MARKS = (
    "//*[@rel='author' or @itemprop='author' or contains(@class, 'author')"
    " or contains(@class, 'byline') or contains(@id, 'author') or contains(@id, 'byline')]"
)
# A short line that is not article text: a link to another article, a picture
# credit, a share button, a tag list or a "posted on <date>" line; one of these
# phrases followed by a separator or nothing (share buttons: anything short).
ASIDE_LINE = re.compile(
    r"^\(?\s*(?:(?:read more|read also|also read|see also|related|more on this"
    r"|à lire aussi|a lire aussi|lire aussi|à lire également|lire également|voir aussi|lire la suite"
    r"|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|شاهد أيضا|شاهد أيضاً"
    r"|photo credit|credits?|crédits?(?: photos?)?|image illustrative|photo|الصورة|صورة"
    r"|topics|tags|mots[- ]clés|الكلمات المفتاحية|وسوم)\s*(?:[:»>|–—-]|$)"
    r"|-?\s*(?:share|partager|partagez|شارك|مشاركة)\b(?:\s+\S+){0,3}\s*$"
    r"|(?:posted|published|updated|publié|mis à jour|نشر|آخر تحديث)\s*(?:on\b|le\b|:|في\b)(?=.*\d).{0,60}$)",
    re.I,
)
ASIDE_MAX_WORDS = 25
META_TITLES = (
    "//meta[@property='og:title' or @name='og:title' or @name='twitter:title'"
    " or @property='twitter:title']/@content"
)
SITE_SUFFIX = re.compile(r"^(.*\S)\s+[|\-–—·»]\s+(?:\S+\s*){1,4}$")
WORD = re.compile(r"\w+")
BY_WORDS = {
    "by", "from", "written", "posted", "author", "par", "de", "auteur", "auteurs",
    "بقلم", "كتب", "كتبه", "كتبت", "إعداد", "متابعة", "تحرير", "تأليف",
}
RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"}
WORDS_TO_TRUST_TEXT = 20
HEAD_LINES = 3
TITLE_SEPARATORS = "|-–—·:/»"
EXTRACTION = {
    "include_comments": False,
    "include_tables": True,
    "with_metadata": True,
    # htmldate's extensive search costs seconds in a fresh process.
    "date_extraction_params": {"extensive_search": False},
}
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


@dataclass(frozen=True)
class Page:
    """What a page gives brief: its layout, metadata and its own declarations."""

    layout: Layout
    metadata: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    direction: Direction | None = None


def looks_like_html(raw: RawArticle) -> bool:
    """A declared HTML media type, an .html name, or bytes that open like a page."""
    if raw.media_type is not None:
        return raw.media_type in HTML_TYPES
    if raw.source.lower().endswith(HTML_SUFFIXES):
        return True
    return HTML_START.match(raw.data[:4096]) is not None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta charset> or <meta http-equiv>."""
    head = data[:PRESCAN_BYTES]
    end = head.lower().find(b"</head")
    for tag in META_TAG.findall(head if end < 0 else head[:end]):
        match = META_CHARSET.search(tag)
        if match:
            return match.group(1).decode("ascii")
    return None


def tidy(text: str | None) -> str:
    return collapse_spaces(clean_text(text or ""))


def declared_direction(tree: Any) -> Direction | None:
    """The innermost `dir` of <html>, <body> and the first <main>/<article>."""
    direction = None
    for element in (tree, tree.find(".//body"), tree.find(".//main"), tree.find(".//article")):
        value = (element.get("dir") or "").strip().lower() if element is not None else ""
        if value in ("rtl", "ltr"):
            direction = value
    return direction  # type: ignore[return-value]


def declared_language(tree: Any) -> str | None:
    """The primary subtag of the page's `lang` (`ar` for `ar-MA`)."""
    value = tree.get("lang") or tree.get(XML_LANG) or ""
    return re.split(r"[-_]", value.strip().lower())[0] or None


def byline_candidates(tree: Any) -> list[str]:
    """Short texts of the page's author and byline elements, read before
    extraction prunes them."""
    texts = (tidy(element.text_content()) for element in tree.xpath(BYLINE_MARKS))
    return [text for text in texts if text and len(text) <= BYLINE_MAX_CHARS]


def page_byline(candidates: list[str], author: str) -> str:
    """The byline as the page words it ("By Jane Doe", "متابعة :") when an
    author element holds the authors' names with nothing else but
    punctuation or a word such as "by"; otherwise the authors as extracted."""
    names = [name.strip().casefold() for name in author.split(";") if name.strip()]
    worded = []
    for text in candidates:
        rest = text.casefold()
        if names and all(name in rest for name in names):
            for name in names:
                rest = rest.replace(name, " ", 1)
            if set(WORD.findall(rest)) <= BY_WORDS:
                worded.append(text)
    return max(worded, key=len, default=", ".join(name.strip() for name in author.split(";")))


def meta_titles(tree: Any) -> list[str]:
    """The titles a page gives in its head: og:title, twitter:title, <title>."""
    values = tree.xpath(META_TITLES) + [title.text_content() for title in tree.xpath("//title")[:1]]
    return [title for title in map(tidy, values) if title]


def without_site_name(title: str) -> str:
    """"Headline - Site" to "Headline": the tail after the last spaced
    separator goes when it is short and the rest is not."""
    match = SITE_SUFFIX.match(title)
    if match and len(match.group(1).split()) >= 3:
        return match.group(1)
    return title


def choose_title(extracted: str, declared: list[str]) -> str:
    """trafilatura's title when the page's own title tags agree with it (it
    prefers them and <h1>, and trims site names); otherwise the page's own,
    for an <h1> that names a section rather than the article."""
    if not declared:
        return extracted
    folded = extracted.casefold()
    if folded and any(folded in d.casefold() or d.casefold() in folded for d in declared):
        return extracted
    return without_site_name(declared[0])


def repeats(line: str, heading: str) -> bool:
    """`line` is `heading` again (quotation marks and case aside), or `heading`
    with a tail such as " | Environnement | DW | 23.05.2011" (a <title> that
    leaked into the text)."""
    line, heading = line.casefold(), heading.casefold()
    if not heading:
        return False
    if WORD.findall(line) == WORD.findall(heading):
        return True
    return line.startswith(heading) and line[len(heading):].lstrip()[:1] in TITLE_SEPARATORS


def drop_head_repeats(lines: list[str], headings: list[str]) -> list[str]:
    """The body without the title and byline that pages repeat at its top."""
    head, rest = lines[:HEAD_LINES], lines[HEAD_LINES:]
    return [line for line in head if not any(repeats(line, h) for h in headings)] + rest


def is_text(line: str) -> bool:
    """Not an empty table row ("| | |"), a "Read more: ..." link or a credit."""
    if not WORD.search(line):
        return False
    return not (len(line.split()) <= ASIDE_MAX_WORDS and ASIDE_LINE.match(line))


def trusted_language(declared: str | None, body: str) -> str | None:
    """The page's `lang` when it is one of brief's languages and the text does
    not say otherwise (templates often keep lang="en" on French pages)."""
    if declared not in LANGUAGES:
        return None
    if len(body.split()) >= WORDS_TO_TRUST_TEXT and detect_language(body) != declared:
        return None
    return declared


def page_direction(declared_dir: Direction | None, language: str | None) -> Direction | None:
    if declared_dir:
        return declared_dir
    if language:
        return "rtl" if language in RTL_LANGUAGES else "ltr"
    return None


def quiet_libraries() -> None:
    """trafilatura and its helpers log parse trouble; brief speaks for itself."""
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def referenced_character(match: re.Match[str]) -> str:
    """A numeric character reference as brief keeps it: a control character
    (&#27; is ESC) or no character at all (&#0;, a surrogate, beyond U+10FFFF)
    goes, &#128; to &#159; are windows-1252's characters as in browsers, and
    any other reference stays for the parser."""
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if code in KEPT_CONTROLS or (0x20 <= code < 0x7F) or (0xA0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF):
        return match.group()
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", errors="ignore")
    return ""


def first_attributes(tag: str) -> str:
    """`tag` with at most MAX_ATTRIBUTES attributes: an overloaded one is cut
    before its next attribute, and closed."""
    if len(tag) < SHORTEST_OVERLOADED_TAG:
        return tag
    name_end = re.match(r"<[^\s/>]*", tag).end()  # type: ignore[union-attr]
    count = 0
    for item in TAG_ITEM.finditer(tag, name_end, len(tag) - tag.endswith(">")):
        if item.group(1) is not None:
            count += 1
            if count > MAX_ATTRIBUTES:
                return tag[: item.start()] + ">"
    return tag


def bounded_tag(match: re.Match[str]) -> str:
    """A start tag with its attributes bounded, and the raw text after it (a
    script's) as it was."""
    return first_attributes(match.group("tag")) + (match.group("text") or "")


def parse(text: str, source: str) -> Any:
    """The page's tree. References to control characters are resolved
    first: lxml would keep them in the tree, where trafilatura's copies fail
    on them and the whole article is lost. Tags with too many attributes are
    cut short, so that parsing stays linear in the page's size."""
    from trafilatura.utils import load_html

    text = NUMERIC_REFERENCE.sub(referenced_character, XML_DECLARATION.sub("", text, count=1))
    text = TAG_OR_RAW_TEXT.sub(bounded_tag, text)
    tree = load_html(text)
    if tree is None:
        raise InputError(f"{source}: cannot parse it as an HTML page")
    return tree


def metadata_of(document: Any, url: str | None) -> dict[str, str]:
    values = {"date": document.date, "site": document.sitename, "url": url or document.url}
    tidied = {key: tidy(value) for key, value in values.items()}
    return {key: value for key, value in tidied.items() if value}


def no_article_text(raw: RawArticle) -> InputError:
    return InputError(f"{raw.source}: found no article text in the page")


def read_page(text: str, raw: RawArticle) -> Page:
    """The article in the page whose decoded text is `text`."""
    from trafilatura import bare_extraction

    quiet_libraries()
    tree = parse(text, raw.source)
    declared_dir, declared_lang = declared_direction(tree), declared_language(tree)
    candidates, titles = byline_candidates(tree), meta_titles(tree)
    document = bare_extraction(tree, url=raw.url, **EXTRACTION)
    if document is None:
        raise no_article_text(raw)
    author = tidy(document.author)
    byline = page_byline(candidates, author) if author else ""
    lines = [tidy(line) for line in clean_text(document.text or "").split("\n")]
    title = choose_title(tidy(document.title), titles)
    body = drop_head_repeats([line for line in lines if is_text(line)], [title, byline, author])
    if not body:
        raise no_article_text(raw)
    language = trusted_language(declared_lang, "\n".join(body))
    return Page(
        layout=Layout(title or None, (byline,) if byline else (), tuple(body)),
        metadata=metadata_of(document, raw.url),
        language=language,
        direction=page_direction(declared_dir, language),
    )
