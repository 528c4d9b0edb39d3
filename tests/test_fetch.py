"""URLs, served by a local HTTP server on 127.0.0.1 that each test starts:
charsets, redirects, errors, a stalled server, the size cap. No test reaches
the network; DNS failure is simulated."""

from __future__ import annotations

import gzip
import itertools
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterable

import pytest

from briefcli.errors import InputError
from briefcli.load import load_article
from briefcli.load.fetch import MAX_REDIRECTS
from briefcli.options import LoadOptions
from conftest import DATA, SEED, SEED_HTML, brief

SEED_PAGE = SEED_HTML.read_text(encoding="utf-8")
UNDECLARED = SEED_PAGE.replace('<meta charset="utf-8">', "")
CP1256_PAGE = UNDECLARED.encode("cp1256")
META_1256_PAGE = SEED_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1256">').encode("cp1256")


class Route:
    """What the server answers at one path."""

    def __init__(self, body: bytes = b"", status: int = 200, content_type: str | None = "text/html",
                 headers: dict[str, str] | None = None, send_length: bool = True,
                 act: Callable[[BaseHTTPRequestHandler, threading.Event], None] | None = None):
        self.body, self.status, self.content_type = body, status, content_type
        self.headers, self.send_length, self.act = headers or {}, send_length, act


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[dict[str, str]] = []
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                server.requests.append({"path": self.path, **dict(self.headers)})
                route = server.routes.get(self.path, Route(b"not here", 404, "text/plain"))
                if route.act:
                    route.act(self, server.stop)
                    return
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.send_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def server():
    running = Server()
    running.thread.start()
    yield running
    running.stop.set()
    running.httpd.shutdown()
    running.httpd.server_close()


def expect_error(url: str, *options: str, match: str) -> str:
    result = brief("read", url, *options)
    assert result.status == 1, result
    assert result.stderr.startswith("brief: ") and result.stderr.count("\n") == 1, result.stderr
    assert match in result.stderr, result.stderr
    return result.stderr


def seed_paragraphs() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")[2:]


def test_utf8_page(server, seed_text):
    server.routes["/a"] = Route(SEED_PAGE.encode(), content_type="text/html; charset=utf-8")
    article = load_article(server.url("/a"))
    assert article.text == seed_text and article.byline == "متابعة :"
    assert article.source == server.url("/a") and article.metadata["url"] == server.url("/a")
    assert server.requests[0]["User-Agent"].startswith("brief/")


def test_windows_1256_declared_only_in_the_header(server, seed_text):
    server.routes["/a"] = Route(CP1256_PAGE, content_type="text/html; charset=windows-1256")
    assert load_article(server.url("/a")).text == seed_text


def test_windows_1256_declared_only_in_meta(server, seed_text):
    server.routes["/a"] = Route(META_1256_PAGE, content_type="text/html")
    assert load_article(server.url("/a")).text == seed_text


def test_windows_1256_declared_nowhere(server):
    server.routes["/a"] = Route(CP1256_PAGE, content_type="text/html")
    article = load_article(server.url("/a"))
    assert [p.text for p in article.paragraphs] == seed_paragraphs()


def test_header_that_does_not_fit_gives_way_to_meta(server, seed_text):
    server.routes["/a"] = Route(META_1256_PAGE, content_type="text/html; charset=utf-8")
    assert load_article(server.url("/a")).text == seed_text


def test_plain_text_url_is_read_as_text(server, seed_text):
    server.routes["/a.txt"] = Route(seed_text.encode("cp1256"), content_type="text/plain; charset=windows-1256")
    assert load_article(server.url("/a.txt")).text == seed_text


def test_gzip_encoded_page(server, seed_text):
    body = gzip.compress(SEED_PAGE.encode())
    server.routes["/a"] = Route(body, headers={"Content-Encoding": "gzip"})
    assert load_article(server.url("/a")).text == seed_text
    assert "gzip" in server.requests[0]["Accept-Encoding"]


def test_redirect_is_followed(server, seed_text):
    server.routes["/old"] = Route(status=301, content_type=None, headers={"Location": "/new"})
    server.routes["/new"] = Route(SEED_PAGE.encode())
    article = load_article(server.url("/old"))
    assert article.text == seed_text
    assert article.source == server.url("/old") and article.metadata["url"] == server.url("/new")


def test_redirects_are_limited(server):
    for n in range(MAX_REDIRECTS + 2):
        server.routes[f"/r{n}"] = Route(status=302, content_type=None, headers={"Location": f"/r{n + 1}"})
    expect_error(server.url("/r0"), match=f"more than {MAX_REDIRECTS} redirects")
    assert len(server.requests) == MAX_REDIRECTS + 1


def test_redirect_to_another_scheme_is_refused(server):
    server.routes["/a"] = Route(status=302, content_type=None, headers={"Location": "file:///etc/passwd"})
    expect_error(server.url("/a"), match="redirects to file:///etc/passwd, which is not an http(s) URL")


@pytest.mark.parametrize("status, words", [(404, "404 Not Found"), (500, "500 Internal Server Error"),
                                           (403, "403 Forbidden")])
def test_http_errors_say_the_status(server, status, words):
    server.routes["/a"] = Route(b"<html><body><p>error page</p></body></html>", status=status)
    expect_error(server.url("/a"), match=f"the server answered {words}")


def test_unknown_path_is_a_404(server):
    expect_error(server.url("/missing"), match="404")


def test_stalled_server_times_out(server):
    server.routes["/stall"] = Route(act=lambda handler, stop: stop.wait(10))
    start = time.monotonic()
    message = expect_error(server.url("/stall"), "--timeout", "0.3", match="no answer within 0.3 s")
    assert time.monotonic() - start < 3
    assert "--timeout" in message


def drip(handler: BaseHTTPRequestHandler, stop: threading.Event, pieces: Iterable[bytes]) -> None:
    """`pieces` one every 0.1 s: each wait is short, the whole never ends."""
    for piece in pieces:
        if stop.wait(0.1):
            return
        try:
            handler.wfile.write(piece)
            handler.wfile.flush()
        except OSError:
            return


def trickle(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Headers at once, then the body a byte at a time."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.wfile.write(b"<html><body><p>")
    drip(handler, stop, itertools.repeat(b"x"))


def header_trickle(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """The status line and headers a byte at a time."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 1000
    drip(handler, stop, (bytes([byte]) for byte in head))


@pytest.mark.parametrize("act", [trickle, header_trickle])
def test_trickling_server_hits_the_overall_deadline(server, act):
    server.routes["/slow"] = Route(act=act)
    start = time.monotonic()
    expect_error(server.url("/slow"), "--timeout", "0.5", match="no answer within 0.5 s")
    assert time.monotonic() - start < 3


def test_page_over_the_size_cap(server):
    server.routes["/big"] = Route(SEED_PAGE.encode())
    server.routes["/big-unannounced"] = Route(SEED_PAGE.encode(), send_length=False)
    server.routes["/bomb"] = Route(gzip.compress(b" " * 2_000_000), headers={"Content-Encoding": "gzip"})
    expect_error(server.url("/big"), "--max-bytes", "5000", match="over the 4.9 KB limit")
    expect_error(server.url("/big-unannounced"), "--max-bytes", "5000", match="--max-bytes")
    expect_error(server.url("/bomb"), "--max-bytes", "100000", match="--max-bytes")


def test_media_type_that_is_not_html_or_text(server):
    server.routes["/image"] = Route(b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png")
    server.routes["/pdf"] = Route(b"%PDF-1.4", content_type="application/pdf")
    expect_error(server.url("/image"), match="is image/png, not an HTML page or text")
    expect_error(server.url("/pdf"), match="is application/pdf")


def test_refused_connection():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    expect_error(f"http://127.0.0.1:{port}/a", match="refused the connection")


def test_dns_failure(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    expect_error("http://nonexistent.invalid/article", match="cannot find the host nonexistent.invalid")


@pytest.mark.parametrize("url, scheme", [("ftp://example.org/a.html", "ftp"), ("file:///etc/hosts", "file")])
def test_other_schemes_are_refused(url, scheme):
    expect_error(url, match=f"http:// and https:// URLs only, not {scheme}://")


def test_empty_extraction_from_a_url(server):
    server.routes["/empty"] = Route(b"<!DOCTYPE html><html><head><title>x</title></head><body><img src=a></body></html>")
    expect_error(server.url("/empty"), match="no article text")


def test_timeout_option_reaches_the_loader(server):
    server.routes["/stall"] = Route(act=lambda handler, stop: stop.wait(10))
    start = time.monotonic()
    with pytest.raises(InputError, match="0.2 s"):
        load_article(server.url("/stall"), LoadOptions(timeout=0.2))
    assert time.monotonic() - start < 2


def test_certificates_are_checked(server):
    """A self-signed certificate (tests/data, valid until 2126) is refused:
    brief never turns checks off."""
    import ssl

    key, cert = DATA / "self-signed.key", DATA / "self-signed.pem"
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.routes["/a"] = Route(SEED_PAGE.encode())
    url = server.url("/a").replace("http://", "https://")
    expect_error(url, "--timeout", "5", match="certificate of 127.0.0.1 is not valid")


def cut_short(body: bytes, announced: int | None = None, chunked: bool = False):
    """An answer that ends before its body does: the server closes early."""

    def act(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        if announced is not None:
            handler.send_header("Content-Length", str(announced))
        if chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        handler.wfile.write(b"%x\r\n" % (len(body) + 100) + body if chunked else body)
        handler.wfile.flush()
        handler.close_connection = True

    return act


def test_a_body_cut_short_is_an_error(server):
    page = SEED_PAGE.encode()
    server.routes["/short"] = Route(act=cut_short(page[:5000], announced=len(page)))
    server.routes["/short-chunked"] = Route(act=cut_short(page[:5000], chunked=True))
    server.routes["/short-gzip"] = Route(gzip.compress(page)[:3000], headers={"Content-Encoding": "gzip"},
                                         send_length=False)
    expect_error(server.url("/short"), match=f"the server broke off after 5000 of {len(page)} bytes")
    expect_error(server.url("/short-chunked"), match="the server broke off after")
    expect_error(server.url("/short-gzip"), match="the server broke off after 3000 bytes")


@pytest.mark.parametrize("cycle", [2, 3])
def test_redirect_cycles_count_every_hop(server, cycle):
    for n in range(cycle):
        server.routes[f"/c{n}"] = Route(status=302, content_type=None, headers={"Location": f"/c{(n + 1) % cycle}"})
    expect_error(server.url("/c0"), match=f"more than {MAX_REDIRECTS} redirects")
    assert len(server.requests) == MAX_REDIRECTS + 1


def test_urls_with_any_characters_are_sent_as_browsers_send_them(server, seed_text):
    path = "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/caf%C3%A9/a%20b?q=%D9%85%D9%82%D8%A7%D9%84&x=%2F"
    server.routes[path] = Route(SEED_PAGE.encode())
    server.routes["/raw%FF"] = Route(SEED_PAGE.encode())
    assert load_article(server.url("/أخبار/café/a b?q=مقال&x=%2F#part")).text == seed_text
    assert load_article(server.url("/raw\udcff")).text == seed_text  # an argument's undecodable byte


def test_a_redirect_to_a_non_ascii_location_is_followed(server, seed_text):
    location = "/جديد".encode().decode("latin-1")  # what http.client makes of UTF-8 header bytes
    server.routes["/old"] = Route(status=301, content_type=None, headers={"Location": location})
    server.routes["/%D8%AC%D8%AF%D9%8A%D8%AF"] = Route(SEED_PAGE.encode())
    assert load_article(server.url("/old")).text == seed_text


@pytest.mark.parametrize("url, match", [
    ("http://[::1/x", "is not a valid URL"),
    ("http://127.0.0.1:99999/a", "is not a valid URL (Port out of range"),
    ("http://127.0.0.1:port/a", "is not a valid URL"),
    ("http:///a", "it names no host"),
    (f"http://{'a' * 300}.example/a", "is not a valid host name"),
    ("http://\udcff\udcfe.example/a", "is not a valid host name"),
])
def test_urls_brief_cannot_send_are_one_line(url, match):
    expect_error(url, match=match)


def test_credentials_in_a_url_are_sent_and_never_shown(server):
    server.routes["/a"] = Route(SEED_PAGE.encode())
    url = server.url("/a").replace("http://", "http://ann:s3cret@")
    result = brief("read", url, "--format", "json")
    assert result.status == 0, result.stderr
    assert server.requests[0]["Authorization"] == "Basic YW5uOnMzY3JldA=="
    assert "s3cret" not in result.stdout and "ann:***@" in result.stdout
    message = expect_error(server.url("/missing").replace("http://", "http://ann:s3cret@"),
                           match="the server answered 404")
    assert "s3cret" not in message and "ann:***@127.0.0.1" in message


def test_credentials_do_not_follow_a_redirect_to_another_host(server):
    other = Server()
    other.thread.start()
    try:
        other.routes["/a"] = Route(SEED_PAGE.encode())
        server.routes["/go"] = Route(status=302, content_type=None, headers={"Location": other.url("/a")})
        load_article(server.url("/go").replace("http://", "http://ann:s3cret@"))
        assert "Authorization" in server.requests[0] and "Authorization" not in other.requests[0]
    finally:
        other.httpd.shutdown()
        other.httpd.server_close()


ENGLISH = (DATA / "en_article.txt").read_text(encoding="utf-8")


def ascii_page(charset: str) -> bytes:
    """An English page in ASCII only (any label could decode it), declaring `charset`."""
    paragraphs = "".join(f"<p>{line}</p>" for line in ENGLISH.split("\n")[1:] if line.strip())
    return (f'<html><head><meta charset="{charset}"><title>Tram</title></head><body><article>'
            f"{paragraphs}</article></body></html>").encode("ascii", "xmlcharrefreplace")


@pytest.mark.parametrize("label", ["rot13", "base64", "bz2", "hex", "punycode", "undefined", "idna", "zlib"])
def test_charset_labels_of_non_text_codecs_are_passed_over(server, label):
    server.routes["/header"] = Route(ascii_page("utf-8"), content_type=f"text/html; charset={label}")
    server.routes["/meta"] = Route(ascii_page(label), content_type="text/html")
    for path in ("/header", "/meta"):
        assert "tram" in load_article(server.url(path)).text


def test_hostile_server_words_reach_stderr_inert(server):
    server.routes["/a"] = Route(status=302, content_type=None,
                                headers={"Location": "gopher://x/\x1b]0;PWNED\x07"})
    server.routes["/b"] = Route(b"x", content_type="image/\x1b[2Jpng")
    for path in ("/a", "/b"):
        message = expect_error(server.url(path), match="brief: ")
        assert "\x1b" not in message and "\x07" not in message
