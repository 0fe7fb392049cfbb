"""Adding articles (issue 14): safe unique names, nothing overwritten, sidecars, web pages read with
trafilatura, and fetching from a local HTTP server (127.0.0.1 only, never the network)."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
import yaml

from briefing_tui.corpus import load_corpus
from briefing_tui.ingest.add import AddError, add_article, safe_stem
from briefing_tui.ingest.fetch import FetchError, fetch
from briefing_tui.ingest.html import HtmlError, extract_html

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Japan hosts first Central Asia summit | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Japan hosts first Central Asia summit">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-12-20T09:00:00+09:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Japan hosts first Central Asia summit</h1>
<p>Japan hosted the leaders of five Central Asian countries in Tokyo on Saturday, the first summit of its kind.</p>
<p>“Japan is back,” Prime Minister Sanae Takaichi told reporters after the talks, adding that the leaders had
signed a declaration on critical minerals worth $3 billion.</p>
<p>Kazakhstan’s president, Kassym-Jomart Tokayev, said the region wanted “more than one partner”.</p>
</article>
<footer>© Example Times. All rights reserved. Cookie settings.</footer></body></html>"""


def test_safe_stems_are_ascii_and_dated():
    assert safe_stem("Japan hosts: first “C5+1” summit!", "") == "japan-hosts-first-c5-1-summit"
    assert safe_stem(None, "\n\n  Путин прибыл в Астану\nbody", "2025-12-20T10:00") == "2025-12-20-putin-pribyl-v-astanu"
    assert safe_stem("../../etc/passwd", "") == "etc-passwd"
    assert safe_stem("最近,日本又把手伸向了中亚", "") == "zui-jin-ri-ben-you-ba-shou-shen"
    assert safe_stem("", "!!!") == "article"


def test_added_files_are_never_overwritten(tmp_path):
    first = add_article(tmp_path, "Body one.\n", {"title": "Summit opens", "outlet": "Kyodo"})
    (tmp_path / "summit-opens-2.txt").write_text("someone else's file", encoding="utf-8")
    second = add_article(tmp_path, "Body two.\n", {"title": "Summit opens"})
    assert first.article.name == "summit-opens.txt" and second.article.name == "summit-opens-3.txt"
    assert (tmp_path / "summit-opens-2.txt").read_text(encoding="utf-8") == "someone else's file"
    assert first.article.read_text(encoding="utf-8") == "Body one.\n"
    assert yaml.safe_load(first.sidecar.read_text(encoding="utf-8")) == {"title": "Summit opens", "outlet": "Kyodo"}
    with pytest.raises(AddError, match="empty"):
        add_article(tmp_path, "  \n", {})


def test_an_html_file_in_a_corpus_is_read_with_its_metadata_and_offsets_into_the_text(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    (source,) = corpus.sources
    assert source.path.endswith("page.html")
    assert (source.title, source.outlet, source.author) == ("Japan hosts first Central Asia summit", "Example Times",
                                                            "Jane Doe")
    assert source.published and source.published.startswith("2025-12-20")
    assert "Subscribe now" not in source.raw and "Cookie settings" not in source.raw and "<p>" not in source.raw
    assert "Japan hosted the leaders of five Central Asian countries" in source.body
    for s in source.sentences:
        assert source.raw[s.start:s.end] == s.text
    quotes = corpus.quotes
    assert any(q.text == "Japan is back" and q.speaker == "Sanae Takaichi" for q in quotes)
    for q in quotes:
        assert source.raw[q.start:q.end] == q.text


def test_a_sidecar_overrides_what_the_page_says(tmp_path):
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.yaml").write_text("outlet: My Desk\n", encoding="utf-8")
    (source,) = load_corpus([tmp_path], cache=False).sources
    assert source.outlet == "My Desk" and source.author == "Jane Doe"


def test_a_page_without_an_article_is_a_clear_problem(tmp_path):
    with pytest.raises(HtmlError, match="no article text"):
        extract_html("<html><head><title>Empty</title></head><body></body></html>")
    (tmp_path / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text("The leaders met in Tokyo on Saturday and signed a declaration.\n",
                                       encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    assert [s.id for s in corpus.sources] == ["good"]
    assert [(Path(p.path).name, p.reason) for p in corpus.problems] == [("empty.html", "no article text found in the web page")]


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the http.server API)
        if self.path == "/story":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.end_headers()
            return
        elif self.path == "/big":
            body = b"<html><body>" + b"<p>word</p>" * 20000 + b"</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        elif self.path == "/slow":
            time.sleep(2)
            body = PAGE.encode()
            self.send_response(200)
        else:
            body = b"not here"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_fetch_follows_redirects_and_reports_the_final_url(server):
    page = fetch(f"{server}/moved")
    assert page.url == f"{server}/story" and page.is_html and page.charset == "utf-8"
    assert page.data == PAGE.encode("utf-8")


def test_fetch_failures_have_clear_messages(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing")
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{server}/big", max_bytes=100_000)
    with pytest.raises(FetchError, match="no answer within 0.5 seconds"):
        fetch(f"{server}/slow", timeout=0.5)
    with pytest.raises(FetchError, match="not an http"):
        fetch("file:///etc/passwd")
    with pytest.raises(FetchError, match="cannot reach the server"):
        fetch("http://127.0.0.1:9/")
