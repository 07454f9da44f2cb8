"""A web server on 127.0.0.1 for the tests, in a thread: it serves pages the tests write, and
answers that go wrong on purpose (redirect loops, a body too big, a server that stalls)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour crane toppled by storm | The Example Gazette</title>
<meta property="og:title" content="Harbour crane toppled by storm">
<meta property="og:site_name" content="The Example Gazette">
<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">
<link rel="canonical" href="https://news.example/harbour-crane">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour crane toppled by storm",
 "author": [{"@type": "Person", "name": "Mira Castell"}],
 "datePublished": "2024-03-05T08:30:00+00:00"}
</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/weather">Weather</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour crane toppled by storm</h1>
<p class="byline">By Mira Castell</p>
<p>A container crane at the north harbour fell into the water during Tuesday night's storm,
the port authority said, after gusts of more than 120 kilometres an hour swept the coast.</p>
<p>No one was hurt. The crane had been shut down in the evening because of the forecast, and
the dock workers had gone home hours before it toppled into the basin.</p>
<h2>Ships wait outside the port</h2>
<p>Four cargo ships were told to wait at anchor until divers have checked the channel, which
the authority expects to take at least two days of careful work.</p>
</article>
<footer><p>Subscribe to our newsletter</p></footer>
</body>
</html>
"""


@dataclass
class Answer:
    """What the server answers for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    chunks: int = 1
    """The body is sent this many times over (a stream with no Content-Length when > 1)."""
    stall: threading.Event | None = None
    """Wait for this before answering (a server that does not answer in time)."""


@dataclass
class LocalWeb:
    """The running server: where it is, and the answers it gives."""

    port: int
    answers: dict[str, Answer]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(answers: dict[str, Answer]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = answers.get(self.path, Answer(b"not here", 404, "text/plain"))
            if answer.stall is not None:
                answer.stall.wait(10)
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            if answer.chunks == 1:
                self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            try:
                for _ in range(answer.chunks):
                    self.wfile.write(answer.body)
            except OSError:
                pass  # the client hung up (too big, timed out): what the test wanted

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


@contextmanager
def local_web(answers: dict[str, Answer]) -> Iterator[LocalWeb]:
    """Serve `answers` on a free port of 127.0.0.1 until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(answers))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    stalls = [answer.stall for answer in answers.values() if answer.stall is not None]
    try:
        yield LocalWeb(server.server_address[1], answers)
    finally:
        for stall in stalls:
            stall.set()
        server.shutdown()
        server.server_close()
        thread.join()


def redirect(location: str, status: int = 302) -> Answer:
    return Answer(b"", status, "text/html", {"Location": location})
