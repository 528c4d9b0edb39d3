"""Bytes to text, never to mojibake.

Order: a forced encoding; a byte-order mark; a charset declared by the
transport (HTTP Content-Type); a charset the document declares itself (an HTML
page's <meta charset>); UTF-16 without a BOM, when the bytes hold NULs
(UTF-8 text never does); strict UTF-8 (or UTF-8 cut inside its last
character); then
charset-normalizer, a maintained detector. A declared charset the bytes do not
fit is passed over, not forced, and so is a legacy label on bytes that are valid
UTF-8 beyond ASCII: those are UTF-8 (a server's stale default label is far
likelier than legacy text that happens to be valid UTF-8). A result that still
looks like binary data is refused.

The byte-order mark comes before the HTTP header, as in the WHATWG Encoding
Standard that browsers follow: a BOM is part of the bytes themselves, a header
is often a server's default (charset=ISO-8859-1) that nobody checked. Labels
are read as browsers read them: ISO-8859-1 and ASCII mean windows-1252 and so
on (WEB_SUPERSETS), and a <meta> that says UTF-16 means UTF-8; a label that
names no encoding of the Encoding Standard (rot13, base64, punycode, ...) is
passed over, as browsers pass it over.
"""

from __future__ import annotations

import codecs

from briefcli.errors import InputError, UsageError
from briefcli.load.source import RawArticle

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL_SHARE_OF_BINARY = 0.10
CONTROLS_OF_BINARY = 16
BINARY_SAMPLE = 65536
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])  # C0 controls but \t \n \v \f \r
NUL_SIDE_RATIO = 20  # UTF-16 without a BOM: 20 times as many NULs on one side of the byte pairs
# Legacy encodings of the languages brief serves, tried before every other one:
# unrestricted detection takes French cp1252 for iso8859_14 now and then.
LIKELY_LEGACY = [
    "cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic",
    "cp1252", "iso8859_15", "latin_1", "mac_roman",
    "cp1250", "iso8859_2", "cp1251", "koi8_r",
]
# What a web page labelled with the key really holds (WHATWG Encoding Standard).
WEB_SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "tis-620": "cp874", "iso8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
    "euc_kr": "cp949", "shift_jis": "cp932",
}
WEB_ONLY_LABELS = {
    "windows-874": "cp874", "x-sjis": "cp932", "x-gbk": "gb18030", "x-mac-cyrillic": "mac_cyrillic",
    "iso-8859-8-i": "iso8859_8", "csiso88598i": "iso8859_8",
}
# The encodings of the WHATWG Encoding Standard, as Python names their codecs
# (after WEB_SUPERSETS); browsers ignore a label that names any other.
WEB_ENCODINGS = {
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10",
    "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "gb18030", "big5", "big5hkscs", "euc_jp",
    "iso2022_jp", "cp932", "cp949",
}
ENCODING_HINT = "pass --encoding (for example --encoding cp1256 for Arabic text saved on Windows)"


def text_codec(label: str) -> str | None:
    """The name of the codec `label` names when it decodes bytes to text;
    None for an unknown name and for codecs that are no text encoding (base64,
    zlib, rot13: bytes to bytes or text to text; `undefined`, which refuses
    everything)."""
    try:
        name = codecs.lookup(label).name
        bytes(4).decode(name)
    except (LookupError, UnicodeError, ValueError):
        return None
    return name


def check_encoding_name(name: str) -> str:
    codec = text_codec(name)
    if codec is None:
        raise UsageError(f"--encoding takes the name of a text encoding (utf-8, cp1256, ...), not {name!r}")
    return codec


def web_encoding(label: str, embedded: bool = False) -> str | None:
    """The codec a charset label given by a server or a page stands for, or
    None when it names no encoding a browser knows."""
    label = label.strip().strip("'\"").lower()
    name = text_codec(WEB_ONLY_LABELS.get(label, label))
    if name is None:
        return None
    if embedded and name.startswith("utf-16"):
        return "utf-8"
    name = WEB_SUPERSETS.get(name, name)
    return name if name in WEB_ENCODINGS else None


def decode_declared(data: bytes, label: str | None, embedded: bool = False) -> str | None:
    """`data` decoded as `label` says, or None when there is no usable label
    or the bytes do not fit it."""
    encoding = web_encoding(label, embedded) if label else None
    if encoding is None:
        return None
    if not encoding.startswith("utf") and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding)
    except UnicodeError:
        return None


def strict_decode(raw: RawArticle, encoding: str, hint: str) -> str:
    try:
        return raw.data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = raw.data[error.start : error.start + 1].hex()
        raise InputError(
            f"{raw.source} is not valid {encoding} (byte 0x{bad} at offset {error.start}); {hint}"
        ) from None
    except UnicodeError:  # codecs such as punycode say no more
        raise InputError(f"{raw.source} is not valid {encoding}; {hint}") from None


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 told by where its NULs fall: the spaces, digits and Latin
    letters of any text have a NUL high byte, so a text's NULs fall (almost)
    all on one side of the byte pairs, the odd bytes in little-endian, the
    even ones in big-endian. Binary data scatters them."""
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if odd_nuls > NUL_SIDE_RATIO * even_nuls:
        encoding = "utf-16-le"
    elif even_nuls > NUL_SIDE_RATIO * odd_nuls:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None


def detect(raw: RawArticle) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw.data, cp_isolation=LIKELY_LEGACY).best() or from_bytes(raw.data).best()
    if best is None or best.encoding is None:
        raise InputError(f"cannot tell the encoding of {raw.source}; {ENCODING_HINT}")
    return str(best)


def utf8_maybe_cut(data: bytes) -> str | None:
    """UTF-8 text, also when the file was cut inside its last character (a
    download or a `head -c` stopped mid-way): that broken character is
    dropped rather than the whole file handed to guesswork."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(data):
            try:
                return data[: error.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


def binary_file(raw: RawArticle) -> InputError:
    return InputError(f"{raw.source} looks like a binary file, not an article")


def looks_binary(text: str) -> bool:
    """A NUL anywhere, or many control characters other than white space in
    the first 64 KiB. Counted on the sample's UTF-8 bytes with bytes.translate
    (no byte of a multi-byte UTF-8 character is below 0x80, so each control
    is one byte): 40 times faster than a loop over the characters."""
    if "\x00" in text:
        return True
    sample = text[:BINARY_SAMPLE]
    encoded = sample.encode("utf-8", "surrogatepass")
    controls = len(encoded) - len(encoded.translate(None, CONTROL_BYTES))
    return controls >= CONTROLS_OF_BINARY and controls > CONTROL_SHARE_OF_BINARY * len(sample)


def decode(raw: RawArticle, forced: str | None = None, embedded_charset: str | None = None) -> str:
    """The article's text, decoded as the options, transport, document
    (`embedded_charset`, from an HTML page's <meta>) or bytes say."""
    if forced:
        text = strict_decode(raw, check_encoding_name(forced), "try another --encoding")
    else:
        text = sniff(raw, embedded_charset)
    if looks_binary(text):
        raise binary_file(raw)
    return text


def sniff(raw: RawArticle, embedded_charset: str | None = None) -> str:
    bom = bom_encoding(raw.data)
    if bom:
        return strict_decode(raw, bom, ENCODING_HINT)
    for label, embedded in ((raw.declared_charset, False), (embedded_charset, True)):
        text = decode_declared(raw.data, label, embedded)
        if text is not None:
            return text
    if b"\x00" in raw.data:  # never in UTF-8 text, always in UTF-16 of the scripts brief reads
        text = utf16_without_bom(raw.data)
        if text is None:
            raise binary_file(raw)
        return text
    text = utf8_maybe_cut(raw.data)
    if text is not None:
        return text
    return detect(raw)
