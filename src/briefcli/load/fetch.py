"""Articles from the web: brief fetches http(s) URLs itself, with urllib.

What a careful reader needs and no more: http and https only (redirects
included), certificate checks on (the default SSL context), one timeout for
connecting, for each wait for data and for the whole download, no retries, at
most MAX_REDIRECTS redirects, the --max-bytes cap (checked against
Content-Length first, then while reading, gzip included), and a User-Agent that
says who is asking. Every failure is one InputError that names the URL.

This module loads urllib, http.client and ssl: it is imported only for a URL.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from email.message import Message
from urllib.parse import urljoin, urlsplit

from briefcli import __version__
from briefcli.errors import InputError
from briefcli.load.source import RawArticle, too_large, url_scheme

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = f"brief/{__version__} (news reader for the terminal)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1"
# What brief reads; anything else is refused with its media type named.
READABLE_TYPES = {
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
}


def check_scheme(url: str) -> None:
    scheme = url_scheme(url)
    if scheme not in SCHEMES:
        raise InputError(f"{url}: brief reads http:// and https:// URLs only, not {scheme}://")


class LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http(s)."""

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("Location") or headers.get("URI")
        if location:
            target = urljoin(req.full_url, location)
            if url_scheme(target) not in SCHEMES:
                fp.close()
                raise InputError(f"{req.full_url} redirects to {target}, which is not an http(s) URL")
            if len(getattr(req, "redirect_dict", {})) >= MAX_REDIRECTS:
                fp.close()
                raise InputError(f"{req.full_url}: more than {MAX_REDIRECTS} redirects")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


def timed_out(url: str, timeout: float) -> InputError:
    return InputError(f"{url}: no answer within {timeout:g} s; pass --timeout to wait longer")


def connection_error(url: str, reason: object, timeout: float) -> InputError:
    """One line for what went wrong below HTTP: DNS, refusal, timeout, TLS."""
    host = host_of(url)
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


def check_length(url: str, headers: Message, limit: int) -> None:
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > limit:
        raise too_large(url, int(length), limit)


def read_body(response: http.client.HTTPResponse, url: str, limit: int, deadline: float,
              timeout: float) -> bytes:
    """The body, at most `limit` bytes once unpacked, read before `deadline`."""
    encoding = (response.headers.get("Content-Encoding") or "identity").lower()
    unpack = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding in ("gzip", "x-gzip", "deflate") else None
    if unpack is None and encoding != "identity":
        raise InputError(f"{url}: the server sent {encoding}-encoded data, which brief cannot unpack")
    parts, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise timed_out(url, timeout)
        chunk = response.read1(CHUNK)
        if not chunk:
            break
        if unpack is not None:
            try:
                chunk = unpack.decompress(chunk, limit + 1 - size)
            except zlib.error as error:
                raise InputError(f"{url}: the server sent broken {encoding} data ({error})") from None
        size += len(chunk)
        if size > limit:
            raise too_large(url, None, limit)
        parts.append(chunk)
    return b"".join(parts)


def fetch(url: str, timeout: float, limit: int) -> RawArticle:
    """The bytes at `url` and what its headers say about them."""
    check_scheme(url)
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"}
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(LimitedRedirects)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            media_type = media_type_of(response.headers)
            check_media_type(url, media_type)
            check_length(url, response.headers, limit)
            data = read_body(response, url, limit, deadline, timeout)
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise http_error(url, error) from None
    except urllib.error.URLError as error:
        raise connection_error(url, error.reason, timeout) from None
    except (OSError, http.client.HTTPException) as error:
        raise connection_error(url, error, timeout) from None
    return RawArticle(url, data, declared_charset=charset, media_type=media_type, url=final_url)
