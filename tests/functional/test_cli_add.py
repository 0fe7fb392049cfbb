"""``briefing add`` as a user runs it (issue 14): from stdin, a file and a URL served on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from tests.unit.test_add_fetch import PAGE

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("Japan hosts first Central Asia summit\n\nJapan hosted the leaders of five Central Asian countries in Tokyo "
           "on Saturday. “Japan is back,” Prime Minister Sanae Takaichi said after the talks.\n")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update({"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"})
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, input=None if stdin is None else stdin.decode("utf-8"), timeout=120)


def sources(corpus: Path) -> list[dict]:
    res = run("sources", "--corpus", str(corpus), "--jsonl", "--no-cache")
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_add_from_stdin_twice_keeps_both_and_reports_the_names(tmp_path):
    corpus = tmp_path / "desk"
    first = run("add", "--corpus", str(corpus), "-", "--outlet", "Kyodo", "--date", "20 December 2025",
                stdin=ARTICLE.encode())
    assert first.returncode == 0, first.stderr
    path = Path(first.stdout.strip())
    assert path == corpus / "2025-12-20-japan-hosts-first-central-asia-summit.txt"
    assert path.read_text(encoding="utf-8") == ARTICLE
    assert yaml.safe_load(path.with_suffix(".yaml").read_text()) == {"outlet": "Kyodo", "published": "2025-12-20"}
    assert "added “Japan hosts first Central Asia summit” as" in first.stderr
    other = ARTICLE.replace("on Saturday", "on Saturday and Sunday")  # the same headline, another text
    again = run("--corpus", str(corpus), "add", "--date", "2025-12-20", stdin=other.encode())
    assert Path(again.stdout.strip()).name == "2025-12-20-japan-hosts-first-central-asia-summit-2.txt"
    assert path.read_text(encoding="utf-8") == ARTICLE
    listed = sources(corpus)
    assert sorted((s["id"], s["outlet"]) for s in listed) == [
        ("2025-12-20-japan-hosts-first-central-asia-summit", "Kyodo"),
        ("2025-12-20-japan-hosts-first-central-asia-summit-2", None)]


def test_add_of_a_text_already_in_the_corpus_writes_nothing_and_names_the_file(tmp_path):
    corpus = tmp_path / "desk"
    first = run("add", "--corpus", str(corpus), "-", stdin=ARTICLE.encode())
    assert first.returncode == 0, first.stderr
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n" + ARTICLE.replace(". ", ".  "), encoding="utf-8")  # the same text, spaced otherwise
    for given in (["-"], [str(copy)]):
        again = run("add", "--corpus", str(corpus), *given, stdin=ARTICLE.encode())
        assert again.returncode == 2 and again.stdout == ""
        assert f"the same article text is already in the corpus as {first.stdout.strip()}" in again.stderr
    assert sorted(p.name for p in corpus.iterdir()) == [Path(first.stdout.strip()).name]


def test_add_refuses_clearly(tmp_path):
    res = run("add", "-", stdin=ARTICLE.encode())
    assert res.returncode == 2 and "(--corpus DIR" in res.stderr and res.stdout == ""
    res = run("add", "--corpus", str(tmp_path), "--date", "someday", stdin=ARTICLE.encode())
    assert res.returncode == 2 and "--date 'someday' is not a date" in res.stderr
    res = run("add", "--corpus", str(tmp_path), str(tmp_path / "missing.txt"))
    assert res.returncode == 2 and "no such file" in res.stderr
    res = run("add", "--corpus", str(ROOT / "seeds"), stdin=ARTICLE.encode())
    assert res.returncode == 2 and "seed articles cannot be changed" in res.stderr
    assert list(tmp_path.iterdir()) == []
    res = run("add", "--corpus", str(tmp_path), "http://127.0.0.1:9/story")  # nothing listens on port 9
    assert res.returncode == 2 and "nothing added: http://127.0.0.1:9/story: cannot reach the server" in res.stderr


def test_a_file_with_front_matter_is_named_by_its_title_and_date(tmp_path):
    # was "article.md": the name was taken from the first line, "---"
    article = tmp_path / "pasted.md"
    article.write_text("---\ntitle: Quake toll nears 3,000 as rescuers search\noutlet: Example Wire\n"
                       "published: 2023-09-12\n---\n\n" + ARTICLE, encoding="utf-8")
    res = run("add", "--corpus", str(tmp_path / "desk"), str(article))
    assert res.returncode == 0, res.stderr
    assert [p.name for p in (tmp_path / "desk").iterdir()] == ["2023-09-12-quake-toll-nears-3-000-as-rescuers-search.md"]


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the http.server API)
        body = PAGE.encode("utf-8") if self.path == "/story" else b"gone"
        self.send_response(200 if self.path == "/story" else 410)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_add_url_keeps_the_page_and_the_extracted_text(tmp_path, server):
    corpus = tmp_path / "desk"
    res = run("add", "--corpus", str(corpus), f"{server}/story")
    assert res.returncode == 0, res.stderr
    text = Path(res.stdout.strip())
    assert text == corpus / "2025-12-20-japan-hosts-first-central-asia-summit.txt"
    assert (corpus / ".pages" / f"{text.stem}.html").read_text(encoding="utf-8") == PAGE
    side = yaml.safe_load(text.with_suffix(".yaml").read_text(encoding="utf-8"))
    assert side["url"] == f"{server}/story" and side["outlet"] == "Example Times" and side["author"] == "Jane Doe"
    assert "“Japan is back,” Prime Minister Sanae Takaichi" in text.read_text(encoding="utf-8")
    (listed,) = sources(corpus)
    assert listed["title"] == "Japan hosts first Central Asia summit" and listed["path"] == str(text)
    failed = run("add", "--corpus", str(corpus), f"{server}/gone")
    assert failed.returncode == 2
    assert failed.stderr.strip() == f"briefing: nothing added: {server}/gone: the server answered HTTP 410 Gone"


def test_add_a_saved_web_page_keeps_it_as_html_and_reads_it_with_trafilatura(tmp_path):
    saved = tmp_path / "Saved Page.HTML"
    saved.write_text(PAGE, encoding="utf-8")
    corpus = tmp_path / "desk"
    res = run("add", "--corpus", str(corpus), str(saved), "--outlet", "My Desk")
    assert res.returncode == 0, res.stderr
    stored = Path(res.stdout.strip())
    assert stored.name == "2025-12-20-japan-hosts-first-central-asia-summit.html"
    assert stored.read_text(encoding="utf-8") == PAGE
    (listed,) = sources(corpus)
    assert (listed["title"], listed["outlet"], listed["author"]) == (
        "Japan hosts first Central Asia summit", "My Desk", "Jane Doe")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>", encoding="utf-8")
    refused = run("add", "--corpus", str(corpus), str(empty))
    assert refused.returncode == 2 and "no article text found in the web page" in refused.stderr
