"""Articles from the web: brief fetches http(s) URLs itself, with urllib.

What a careful reader needs and no more: http and https only (redirects
included), certificate checks on (the default SSL context), no retries, at
most MAX_REDIRECTS redirects (every hop counted, cycles included), the
--max-bytes cap (checked against Content-Length first, then while reading,
gzip included), a body that ends short of its Content-Length is an error,
and a User-Agent that says who is asking. The --timeout bounds the whole
exchange (DNS, connecting, headers, body, every redirect): it runs on a
helper thread that brief stops waiting for, its sockets shut, at the deadline.

A URL is sent as a browser sends it: the host in IDNA, the path and query
percent-encoded as UTF-8, a user and password in the URL as Basic
authorization (to that host only), never in any message. Every failure is one
InputError that names the URL, its password masked.

This module loads urllib, http.client and ssl: it is imported only for a URL.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import re
import socket
import ssl
import threading
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from typing import Any, Callable
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from briefcli import __version__
from briefcli.errors import InputError
from briefcli.load.source import RawArticle, too_large, url_scheme

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024
USER_AGENT = f"brief/{__version__} (news reader for the terminal)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1"
# What brief reads; anything else is refused with its media type named.
READABLE_TYPES = {
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
}
# Characters a browser leaves as they are in a path and in a query (RFC 3986's
# reserved ones and '%', so escapes already there stay); the rest is UTF-8
# percent-encoded.
PATH_SAFE = "/%:@!$&'()*+,;=~"
QUERY_SAFE = PATH_SAFE + "?"
USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@")


def shown(url: str) -> str:
    """`url` as brief prints it: a password in it masked."""
    match = USERINFO.match(url)
    if not match or ":" not in match.group(2):
        return url
    user = match.group(2).split(":", 1)[0]
    return f"{match.group(1)}{user}:***@{url[match.end():]}"


@dataclass(frozen=True)
class Target:
    """A URL made ready to send: `url` in ASCII, without user or password,
    which become `authorization` for `origin` (scheme, host and port)."""

    url: str
    origin: tuple[str, str, int | None]
    authorization: str | None = None


def encoded(text: str, safe: str) -> str:
    """Percent-encoded as UTF-8; undecodable bytes of an argument as themselves."""
    return quote(text.encode("utf-8", "surrogateescape"), safe=safe)


def ascii_host(host: str, source: str) -> str:
    try:
        name = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(f"{source}: {host} is not a valid host name") from None
    return f"[{name}]" if ":" in name else name


def basic_authorization(username: str | None, password: str | None) -> str | None:
    if username is None:
        return None
    pair = f"{unquote(username)}:{unquote(password or '')}".encode("utf-8", "surrogateescape")
    return "Basic " + base64.b64encode(pair).decode("ascii")


def target(url: str, source: str) -> Target:
    """What to send for `url`; an InputError when it is no http(s) URL brief can send."""
    scheme = url_scheme(url)
    if scheme not in SCHEMES:
        raise InputError(f"{source}: brief reads http:// and https:// URLs only, not {scheme}://")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise InputError(f"{source} is not a valid URL ({error})") from None
    if not parts.hostname:
        raise InputError(f"{source} is not a valid URL (it names no host)")
    host = ascii_host(parts.hostname, source)
    netloc = host if port is None else f"{host}:{port}"
    ascii_url = urlunsplit((scheme, netloc, encoded(parts.path, PATH_SAFE) or "/", encoded(parts.query, QUERY_SAFE), ""))
    return Target(ascii_url, (scheme, host, port), basic_authorization(parts.username, parts.password))


def redirected(current: Target, location: str, source: str) -> Target:
    """Where a redirect leads (a Location's bytes read as UTF-8, as browsers
    do); the authorization goes along to the same origin only."""
    location = location.strip().encode("latin-1", "replace").decode("utf-8", "surrogateescape")
    following = urljoin(current.url, location)
    if url_scheme(following) not in SCHEMES:
        raise InputError(f"{source} redirects to {location}, which is not an http(s) URL")
    to = target(following, source)
    if to.authorization is None and to.origin == current.origin:
        return Target(to.url, to.origin, current.authorization)
    return to


def timed_out(url: str, timeout: float) -> InputError:
    return InputError(f"{url}: no answer within {timeout:g} s; pass --timeout to wait longer")


def connection_error(url: str, host: str, reason: object, timeout: float) -> InputError:
    """One line for what went wrong below HTTP: DNS, refusal, timeout, TLS."""
    if isinstance(reason, socket.gaierror):
        return InputError(f"{url}: cannot find the host {host} (DNS lookup failed)")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(f"{url}: {host} refused the connection")
    if isinstance(reason, TimeoutError):
        return timed_out(url, timeout)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return InputError(f"{url}: the certificate of {host} is not valid ({reason.verify_message})")
    if isinstance(reason, ssl.SSLError):
        return InputError(f"{url}: the secure connection to {host} failed ({reason.reason or reason})")
    if isinstance(reason, http.client.HTTPException):
        return InputError(f"{url}: {host} broke off its answer ({type(reason).__name__})")
    detail = getattr(reason, "strerror", None) or reason
    return InputError(f"{url}: cannot reach {host} ({detail})")


def http_error(url: str, error: urllib.error.HTTPError) -> InputError:
    error.close()
    reason = f" {error.reason}" if error.reason else ""
    return InputError(f"{url}: the server answered {error.code}{reason}")


def media_type_of(headers: Message) -> str | None:
    return headers.get_content_type() if headers.get("Content-Type") else None


def check_media_type(url: str, media_type: str | None) -> None:
    if media_type is not None and media_type not in READABLE_TYPES:
        raise InputError(f"{url} is {media_type}, not an HTML page or text")


def announced_length(headers: Message) -> int | None:
    length = headers.get("Content-Length", "").strip()
    return int(length) if length.isdigit() else None


def broke_off(url: str, received: int, announced: int | None) -> InputError:
    of = f" of {announced}" if announced is not None else ""
    return InputError(f"{url}: the server broke off after {received}{of} bytes")


def read_body(response: http.client.HTTPResponse, url: str, limit: int) -> bytes:
    """The body, at most `limit` bytes once unpacked, and whole: one that ends
    short of its Content-Length, or of its gzip stream, is an error."""
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    unpack = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding in ("gzip", "x-gzip", "deflate") else None
    if unpack is None and encoding != "identity":
        raise InputError(f"{url}: the server sent {encoding}-encoded data, which brief cannot unpack")
    announced = announced_length(response.headers)
    parts, size, received = [], 0, 0
    while True:
        try:
            chunk = response.read1(CHUNK)
        except http.client.IncompleteRead:
            raise broke_off(url, received, announced) from None
        if not chunk:
            break
        received += len(chunk)
        if unpack is not None:
            try:
                chunk = unpack.decompress(chunk, limit + 1 - size)
            except zlib.error as error:
                raise InputError(f"{url}: the server sent broken {encoding} data ({error})") from None
        size += len(chunk)
        if size > limit:
            raise too_large(url, None, limit)
        parts.append(chunk)
    if (announced is not None and received < announced) or (unpack is not None and not unpack.eof):
        raise broke_off(url, received, announced)
    return b"".join(parts)


def recording(connection_class: type, connections: list) -> Callable[..., Any]:
    """A factory of `connection_class` that keeps each connection it makes in
    `connections`, so that the deadline can shut its socket."""

    def connect(*args: Any, **kwargs: Any) -> Any:
        connection = connection_class(*args, **kwargs)
        connections.append(connection)
        return connection

    return connect


class HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connections: list) -> None:
        super().__init__()
        self.connections = connections

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(recording(http.client.HTTPConnection, self.connections), req)


class HTTPSHandler(urllib.request.HTTPSHandler):
    """Certificates checked by the default context, as urllib does."""

    def __init__(self, connections: list) -> None:
        super().__init__()
        self.connections = connections
        self.context = ssl.create_default_context()

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(recording(http.client.HTTPSConnection, self.connections), req, context=self.context)


def opener(connections: list) -> urllib.request.OpenerDirector:
    """urllib without its redirect handler (brief follows and counts
    redirects itself) and with connections the deadline can reach."""
    director = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(),
                    HTTPHandler(connections), HTTPSHandler(connections),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
        director.add_handler(handler)
    return director


def request(to: Target) -> urllib.request.Request:
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"}
    if to.authorization:
        headers["Authorization"] = to.authorization
    return urllib.request.Request(to.url, headers=headers)


def response_article(response: http.client.HTTPResponse, source: str, limit: int) -> RawArticle:
    media_type = media_type_of(response.headers)
    check_media_type(source, media_type)
    length = announced_length(response.headers)
    if length is not None and length > limit:
        raise too_large(source, length, limit)
    data = read_body(response, source, limit)
    charset = response.headers.get_content_charset()
    return RawArticle(source, data, declared_charset=charset, media_type=media_type, url=response.geturl())


def exchange(url: str, source: str, timeout: float, limit: int, connections: list) -> RawArticle:
    """Requests until an answer that is not a redirect; at most MAX_REDIRECTS
    redirects, every one counted."""
    director, current = opener(connections), target(url, source)
    for _ in range(MAX_REDIRECTS + 1):
        host = current.origin[1]
        try:
            with director.open(request(current), timeout=timeout) as response:
                return response_article(response, source, limit)
        except urllib.error.HTTPError as error:
            location = error.headers.get("Location") if error.code in REDIRECTS else None
            if not location:
                raise http_error(source, error) from None
            error.close()
            current = redirected(current, location, source)
        except urllib.error.URLError as error:
            raise connection_error(source, host, error.reason, timeout) from None
        except (OSError, http.client.HTTPException) as error:
            raise connection_error(source, host, error, timeout) from None
    raise InputError(f"{source}: more than {MAX_REDIRECTS} redirects")


def shut(connections: list) -> None:
    """Shut the sockets of an exchange given up on, so its thread ends soon."""
    for connection in connections:
        if connection.sock is not None:
            with contextlib.suppress(OSError):
                socket.socket.shutdown(connection.sock, socket.SHUT_RDWR)


def fetch(url: str, timeout: float, limit: int) -> RawArticle:
    """The bytes at `url` and what its headers say about them, within `timeout`."""
    source = shown(url)
    connections: list = []
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["article"] = exchange(url, source, timeout, limit, connections)
        except BaseException as error:  # handed to the waiting thread
            outcome["error"] = error

    worker = threading.Thread(target=run, name="brief-fetch", daemon=True)
    worker.start()
    try:
        worker.join(timeout)
    except BaseException:  # Ctrl-C, SIGTERM: the exchange is given up on
        shut(connections)
        raise
    if worker.is_alive():
        shut(connections)
        raise timed_out(source, timeout)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["article"]
