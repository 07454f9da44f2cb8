"""Fetching pages (`byline.store.web.fetch_page`) from a server the test runs on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from byline.core.errors import BylineError
from byline.store.web import fetch_page, html_charset, text_charset
from tests.local_web import ARTICLE_PAGE, Answer, LocalWeb, local_web, redirect

LATIN_TEXT = "text/plain; charset=iso-8859-1"


@pytest.fixture(scope="module")
def web() -> Iterator[LocalWeb]:
    answers = {
        "/article": Answer(ARTICLE_PAGE.encode()),
        "/moved": redirect("/article", 301),
        "/moved-twice": redirect("/moved"),
        "/loop": redirect("/loop"),
        "/elsewhere": redirect("ftp://127.0.0.1/file"),
        "/slow": Answer(ARTICLE_PAGE.encode(), stall=threading.Event()),
        "/huge": Answer(b"<p>" + b"x" * 4096 + b"</p>", chunks=64),
        "/huge-declared": Answer(b"<p>" + b"x" * 40_000 + b"</p>"),
        "/pdf": Answer(b"%PDF-1.4", content_type="application/pdf"),
        "/broken": Answer(b"<html><body><p>Unclosed <b>bold <i>and</p></div></span>"),
        "/latin": Answer(
            '<html><head><meta charset="iso-8859-1"></head><p>Café</p></html>'.encode("latin-1"),
            content_type="text/html",
        ),
        "/server-error": Answer(b"oops", 503, "text/plain"),
        "/notes": Answer("Café notes\n\nPlain words.\n".encode("latin-1"), content_type=LATIN_TEXT),
        "/binary-text": Answer(b"\x00\x01\x02" * 100, content_type="text/plain"),
        "/latin-notes": Answer("Café notes\n".encode("latin-1"), content_type="text/plain"),
        "/latin-page": Answer(
            '<meta charset="iso-8859-1"><p>Café</p>'.encode("latin-1"), content_type="text/plain"
        ),
    }
    with local_web(answers) as server:
        yield server


def error_of(url: str, **limits: float) -> str:
    with pytest.raises(BylineError) as caught:
        fetch_page(url, **limits)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_page_is_fetched_and_decoded(web: LocalWeb) -> None:
    page = fetch_page(web.url("/article"))
    assert page.url == web.url("/article")
    assert "Harbour crane toppled by storm" in page.text
    assert (page.content_type, page.charset) == ("text/html", "utf-8")


def test_redirects_are_followed_and_the_final_address_kept(web: LocalWeb) -> None:
    page = fetch_page(web.url("/moved-twice"))
    assert page.url == web.url("/article")
    assert "Harbour crane" in page.text


def test_a_redirect_loop_stops_after_the_limit(web: LocalWeb) -> None:
    message = error_of(web.url("/loop"), max_redirects=3)
    assert message == f"{web.url('/loop')}: too many redirects (more than 3)"


def test_a_redirect_to_another_scheme_is_refused(web: LocalWeb) -> None:
    assert "only http and https" in error_of(web.url("/elsewhere"))


def test_a_server_that_does_not_answer_times_out(web: LocalWeb) -> None:
    message = error_of(web.url("/slow"), timeout=0.2)
    assert message == f"{web.url('/slow')}: no answer within 0.2 seconds"


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_a_page_over_the_size_limit_is_refused(web: LocalWeb, path: str) -> None:
    message = error_of(web.url(path), max_bytes=16 * 1024)
    assert message == f"{web.url(path)}: the page is larger than the 0.015625 MB limit"


def test_a_page_that_is_not_html_is_refused(web: LocalWeb) -> None:
    assert error_of(web.url("/pdf")).endswith("not a web page (content type application/pdf)")


def test_plain_text_is_fetched_in_the_charset_the_server_names(web: LocalWeb) -> None:
    page = fetch_page(web.url("/notes"))
    assert page.text == "Café notes\n\nPlain words.\n"
    assert (page.content_type, page.charset, page.is_html) == ("text/plain", "cp1252", False)


def test_text_with_no_charset_that_is_not_utf8_is_read_as_a_file_is(web: LocalWeb) -> None:
    """Text served with no charset is read as an article file is: UTF-8, the bytes that are
    not shown as U+FFFD with the file's warning (naming the address), unless it is a page
    whose ``<meta>`` names its charset."""
    page = fetch_page(web.url("/latin-notes"))
    assert page.text == "Caf\ufffd notes\n"
    assert page.warnings == (
        f"{web.url('/latin-notes')}: not valid UTF-8 (first bad byte at offset 3); "
        "undecodable bytes are shown as \ufffd",
    )
    page = fetch_page(web.url("/latin-page"))
    assert "Café" in page.text
    assert (page.charset, page.warnings) == ("cp1252", ())
    assert fetch_page(web.url("/notes")).warnings == ()


def test_the_charset_of_text_comes_from_its_byte_order_mark_then_the_header() -> None:
    assert text_charset(b"\xef\xbb\xbfwords", "iso-8859-1") == "utf-8-sig"
    assert text_charset(b"words", "iso-8859-1") == "cp1252"
    assert text_charset(b"<meta charset=koi8-r>words", None) is None  # read as a file is
    assert text_charset(b"words", "nonsense") is None


def test_binary_data_served_as_plain_text_is_refused(web: LocalWeb) -> None:
    message = error_of(web.url("/binary-text"))
    assert message == f"{web.url('/binary-text')}: looks like binary data, not a text article"


@pytest.mark.parametrize(
    ("path", "answer"), [("/missing", "404 Not Found"), ("/server-error", "503")]
)
def test_an_http_error_is_one_line_with_the_status(web: LocalWeb, path: str, answer: str) -> None:
    assert error_of(web.url(path)).startswith(f"{web.url(path)}: the server answered {answer}")


def test_a_closed_port_is_connection_refused(web: LocalWeb) -> None:
    with local_web({}) as closed:
        address = closed.url("/article")
    assert error_of(address) == f"{address}: connection refused by 127.0.0.1"


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://127.0.0.1/x", "http:///x"])
def test_only_http_addresses_with_a_host_are_fetched(address: str) -> None:
    assert error_of(address).startswith(f"{address}: ")


def test_the_charset_a_page_declares_is_used(web: LocalWeb) -> None:
    page = fetch_page(web.url("/latin"))
    assert "Café" in page.text
    assert page.charset == "cp1252"


def test_broken_html_is_fetched_as_it_is(web: LocalWeb) -> None:
    assert "Unclosed" in fetch_page(web.url("/broken")).text


def test_the_charset_comes_from_the_header_then_the_meta_tag() -> None:
    assert html_charset(b"<meta charset='utf-8'>", "iso-8859-1") == "cp1252"
    assert html_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    assert html_charset(b"<p>no charset</p>") == "utf-8"
    assert html_charset(b"<meta charset=nonsense>") == "utf-8"
    assert html_charset(b"\xef\xbb\xbf<p>") == "utf-8-sig"


def test_fetching_does_not_load_the_article_file_reader() -> None:
    """The fetcher sits below `byline.store.sources` (which fetches with it)."""
    code = "import sys, byline.store.web; print('byline.store.sources' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "False\n"), result.stderr
