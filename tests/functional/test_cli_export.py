"""``briefing export`` as a user runs it (issue 14): formats, never overwriting, and the HTML
briefing rendered by headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=180)


def test_export_markdown_to_stdout():
    res = run("export")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("# Briefing: 5 sources, 2025-12-21 to 2025-12-22\n")
    assert "\n## Who said what\n" in res.stdout and "\n### Timur Dadabaev\n" in res.stdout


def test_export_never_overwrites_without_force_and_says_where(tmp_path):
    out = tmp_path / "briefing.csv"
    out.write_text("keep me", encoding="utf-8")
    refused = run("export", "--output", str(out))
    assert refused.returncode == 2
    assert out.read_text(encoding="utf-8") == "keep me"
    assert "exists" in refused.stderr and "--force" in refused.stderr
    forced = run("export", "--output", str(out), "--force")
    assert forced.returncode == 0
    assert out.read_text(encoding="utf-8").startswith("section,group,speaker,kind,text,source,start,end")
    assert forced.stderr.strip().endswith(f"to {out}")
    assert "wrote the csv briefing" in forced.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.csv"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def png_size_and_colours(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct pixel rows of a PNG (read with zlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = len(raw) // height
    rows = {raw[i * stride + 1:(i + 1) * stride] for i in range(height)}
    return width, height, len(rows)


@pytest.fixture(scope="module")
def html_briefing(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "briefing.html"
    res = run("export", "--format", "html", "--output", str(out))
    assert res.returncode == 0, res.stderr
    return out


def test_html_briefing_renders_in_headless_chromium(html_briefing, tmp_path):
    browser = chromium()
    if browser is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing under CI: .ci/run installs it")
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium); CI installs and runs it")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", html_briefing.as_uri()], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path).stdout
    # the statements and their anchors survived parsing by a real browser
    assert "<h2 id=\"disagreements\">Where the sources disagree</h2>" in dom
    statements = re.findall(r'<li class="statement" id="statement-(\d+)">', dom)
    assert len(statements) > 40 and statements == [str(i) for i in range(1, len(statements) + 1)]
    links = re.findall(r'<a class="source-link" href="#source-(\d)">', dom)
    assert len(links) == len(statements) and set(links) == {"1", "2", "3", "4", "5"}
    assert all(f'<li id="source-{n}">' in dom for n in "12345")
    assert "Japan is neither trying to match China’s scale nor replace Russia’s historical influence" in dom
    shot = tmp_path / "shot.png"
    subprocess.run([*flags, "--window-size=900,1200", f"--screenshot={shot}", html_briefing.as_uri()],
                   capture_output=True, timeout=120, cwd=tmp_path)
    width, height, rows = png_size_and_colours(shot.read_bytes())
    assert (width, height) == (900, 1200)
    assert rows > 100, "the screenshot is blank"


TWO_STORIES = ROOT / "tests" / "gold_new4" / "stories"  # Bankman-Fried's sentencing and the Maui wildfires


def test_export_compares_within_each_story_as_diff_does(tmp_path):
    env_cache = ["--index", str(tmp_path / "index.sqlite3")]
    diff = run("diff", "--corpus", str(TWO_STORIES), *env_cache, "--json")
    assert diff.returncode == 0, diff.stderr
    import json

    shown = {c["id"] for c in json.loads(diff.stdout)["claims"] if c["verdict"] in ("agree", "disagree")}
    rows = run("export", "--corpus", str(TWO_STORIES), *env_cache, "--format", "jsonl")
    assert rows.returncode == 0, rows.stderr
    records = [json.loads(line) for line in rows.stdout.splitlines()]
    claim_rows = [r for r in records if r["section"] != "quote"]
    assert {r["group"] for r in claim_rows} == shown  # the same claims as `briefing diff`, none across stories
    assert all(r["story"] for r in claim_rows)
    md = run("export", "--corpus", str(TWO_STORIES), *env_cache)
    headings = [line for line in md.stdout.splitlines() if line.startswith("### Story: ")]
    assert any("Bankman-Fried" in h for h in headings) and any("Maui" in h for h in headings)


def test_export_of_one_story_lists_its_sources_alone(tmp_path):
    env_cache = ["--index", str(tmp_path / "index.sqlite3")]
    import json

    stories = json.loads(run("stories", "--corpus", str(TWO_STORIES), *env_cache, "--json").stdout)["stories"]
    maui = next(s for s in stories if "Maui" in s["title"])
    md = run("export", "--corpus", str(TWO_STORIES), *env_cache, "--story", maui["id"])
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith(f"# Briefing: {maui['title']} (7 sources")
    listed = re.findall(r"Source `([^`]+)`", md.stdout.split("\n## Sources\n", 1)[1])
    assert sorted(listed) == sorted(maui["sources"])
    assert "### Story: " not in md.stdout
    wrong = run("export", "--corpus", str(TWO_STORIES), *env_cache, "--story", "zz")
    assert wrong.returncode == 2 and "no story id starts with 'zz'" in wrong.stderr
