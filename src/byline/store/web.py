"""Fetching a web page over http(s): one GET, with a timeout, a size limit, a bounded number
of redirects and a content-type check (HTML, or plain text or Markdown). Every
failure is a `FetchError` (an `ArticleError`) with one line that names the address; nothing is
retried.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import byline
from byline.core.errors import ArticleError
from byline.core.text import looks_binary, printable

DEFAULT_TIMEOUT = 15.0
"""Seconds the whole fetch may take, redirects included."""
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
"""Pages larger than this are refused: an article page is rarely over 2 MB."""
DEFAULT_MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
TEXT_TYPES = frozenset({"text/plain"}) | MARKDOWN_TYPES
"""Fetched too: kept as it is when it is Markdown, else imported as a local ``.txt`` file is
(`byline.store.sources.fetch_markdown`)."""
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9._:-]+)""", re.IGNORECASE
)


class FetchError(ArticleError):
    """A web page could not be fetched (the message names the address and the reason)."""


@dataclass(frozen=True)
class FetchedPage:
    """A web page as fetched: its text, and where it ended up after redirects."""

    url: str
    """The address the page was served from (after redirects)."""
    text: str
    """The page's HTML, or its text when `content_type` is one of `TEXT_TYPES`."""
    content_type: str
    charset: str
    warnings: tuple[str, ...] = field(default=())
    """What the reader should be told (text that is not UTF-8, as of a local file)."""

    @property
    def is_html(self) -> bool:
        """Whether the server sent HTML (else plain text or Markdown)."""
        return self.content_type in HTML_TYPES

    @property
    def is_markdown(self) -> bool:
        """Whether the server said the text is Markdown (``text/markdown``)."""
        return self.content_type in MARKDOWN_TYPES


def user_agent() -> str:
    """The User-Agent header Byline sends."""
    return f"Byline/{byline.__version__} (terminal news reader)"


def html_charset(data: bytes, declared: str | None = None) -> str:
    """The encoding to decode a page with: the byte-order mark, else the HTTP header's
    charset, else a ``<meta charset>`` in the first 4 KB, else UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    candidates = [declared] if declared else []
    if match := _META_CHARSET.search(data[:4096]):
        candidates.append(match.group("charset").decode("ascii"))
    for candidate in candidates:
        try:
            return _codec_name(candidate)
        except LookupError:
            continue
    return "utf-8"


def _codec_name(name: str) -> str:
    import codecs

    codec = codecs.lookup(name).name
    # Pages labelled Latin-1 are Windows-1252 in practice (the HTML standard says so too).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def text_charset(data: bytes, declared: str | None = None) -> str | None:
    """The encoding of text served as plain text or Markdown: a UTF-8 byte-order mark, else
    the HTTP header's charset; None when neither tells, for `decode_as_file` (which reads a
    ``<meta charset>`` only in a page that is not UTF-8, as it does for a local file). A
    UTF-16 byte-order mark never comes this far: `looks_binary` refuses UTF-16 text, as it
    does a local UTF-16 file."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        return _codec_name(declared) if declared else None
    except LookupError:
        return None


def decode_as_file(
    data: bytes, name: str, *, page: bool = False
) -> tuple[str, str, tuple[str, ...]]:
    """`data` decoded as Byline reads an article file (`byline.store.sources.read_text`), and
    text served with no charset: UTF-8 (a byte-order mark dropped); when it is not, and it is
    a page (`page`, or text that starts with ``<``) whose ``<meta>`` names a charset, in that
    charset; else as UTF-8 with each undecodable byte shown as U+FFFD, and a warning that
    names `name`.

    Returns:
        The text, the encoding it was decoded with, and the warnings.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8-sig", ()
    except UnicodeDecodeError as error:
        looks_like_page = page or data.lstrip()[:1] == b"<"
        if looks_like_page and (charset := html_charset(data)) != "utf-8":
            return data.decode(charset, errors="replace"), charset, ()
        warning = (
            f"{name}: not valid UTF-8 (first bad byte at offset {error.start}); "
            "undecodable bytes are shown as \ufffd"
        )
        return data.decode("utf-8-sig", errors="replace"), "utf-8", (warning,)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """`data` decoded with `html_charset`; undecodable bytes become U+FFFD."""
    return data.decode(html_charset(data, declared), errors="replace")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hands 3xx answers back to `fetch_page`, which follows them itself (counted, http(s)
    only)."""

    def redirect_request(self, *_args: object, **_kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


def _fail(url: str, reason: str) -> FetchError:
    return FetchError(f"{printable(url)}: {reason}")


def _check_address(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise _fail(url, "only http and https addresses can be fetched")
    if not parts.hostname:
        raise _fail(url, "no host name in the address")
    return parts.hostname


def _open(url: str, remaining: float, timeout: float) -> http.client.HTTPResponse:
    """One request, given `remaining` seconds of the whole `timeout`; a 3xx answer is
    returned as it is."""
    host = _check_address(url)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent(),
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "identity",
        },
    )
    try:
        response: http.client.HTTPResponse = _OPENER.open(request, timeout=max(remaining, 0.001))
        return response
    except urllib.error.HTTPError as error:
        if error.code in _REDIRECTS:
            return error  # type: ignore[return-value]  # an HTTPError is a response too
        error.close()
        reason = f" {error.reason}" if error.reason else ""
        raise _fail(url, f"the server answered {error.code}{reason}") from None
    except urllib.error.URLError as error:
        raise _connection_error(url, host, error.reason, timeout) from None
    except (OSError, http.client.HTTPException) as error:
        raise _connection_error(url, host, error, timeout) from None


def _connection_error(url: str, host: str, reason: object, timeout: float) -> FetchError:
    if isinstance(reason, socket.gaierror):
        return _fail(url, f"cannot find the host {printable(host)}")
    if isinstance(reason, ConnectionRefusedError):
        return _fail(url, f"connection refused by {printable(host)}")
    if isinstance(reason, TimeoutError):
        return _fail(url, f"no answer within {timeout:g} seconds")
    if isinstance(reason, ssl.SSLError):
        return _fail(url, f"secure connection failed ({reason.reason or reason})")
    if isinstance(reason, OSError) and reason.strerror:
        return _fail(url, f"cannot connect ({reason.strerror})")
    return _fail(url, f"cannot fetch ({reason})")


def _read_body(
    response: http.client.HTTPResponse, url: str, deadline: float, max_bytes: int, timeout: float
) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise _too_big(url, max_bytes)
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise _too_big(url, max_bytes)
            if time.monotonic() > deadline:
                raise _fail(url, f"no complete answer within {timeout:g} seconds")
            chunks.append(chunk)
    except TimeoutError:
        raise _fail(url, f"no complete answer within {timeout:g} seconds") from None
    except (OSError, http.client.HTTPException) as error:
        raise _fail(url, f"the connection broke while reading ({error})") from None
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int) -> FetchError:
    return _fail(url, f"the page is larger than the {max_bytes / 1024 / 1024:g} MB limit")


def _decoded(url: str, data: bytes, content_type: str, declared: str | None) -> FetchedPage:
    """The page at `url` decoded: HTML by `html_charset`; text by `text_charset`, else as a
    local file is (`decode_as_file`), binary data refused."""
    if content_type in HTML_TYPES:
        charset = html_charset(data, declared)
    elif looks_binary(data):
        raise _fail(url, "looks like binary data, not a text article")
    elif (found := text_charset(data, declared)) is not None:
        charset = found
    else:
        text, charset, warnings = decode_as_file(data, printable(url))
        return FetchedPage(url, text, content_type, charset, warnings)
    return FetchedPage(url, data.decode(charset, errors="replace"), content_type, charset)


def fetch_page(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> FetchedPage:
    """GET an http(s) page and decode it.

    Redirects are followed up to `max_redirects` times (to http(s) addresses only); `timeout`
    bounds the whole fetch; a body over `max_bytes` is refused as soon as it is seen to be.

    Raises:
        FetchError: With one line naming the address: bad address, host not found,
            connection refused, timeout, an HTTP error status, too many redirects, too
            big, neither HTML nor text, or binary data served as text.
    """
    deadline = time.monotonic() + timeout
    current = url.strip()
    for _ in range(max_redirects + 1):
        response = _open(current, deadline - time.monotonic(), timeout)
        with response:
            if response.status in _REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise _fail(current, f"redirect ({response.status}) without a Location")
                current = urljoin(current, location)
                _check_address(current)
                continue
            content_type = response.headers.get_content_type()
            if content_type not in HTML_TYPES | TEXT_TYPES:
                raise _fail(current, f"not a web page (content type {printable(content_type)})")
            encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
            if encoding not in ("", "identity"):
                raise _fail(current, f"the page came compressed ({printable(encoding)})")
            data = _read_body(response, current, deadline, max_bytes, timeout)
            return _decoded(current, data, content_type, response.headers.get_content_charset())
    raise _fail(url, f"too many redirects (more than {max_redirects})")
