"""``briefing serve`` in a real headless Chromium (Debian's ``chromium``), driven by keys over the DevTools
protocol, with a screenshot kept in the test artefacts (``$BRIEFING_ARTEFACTS``, else ``tmp/artefacts``).

Skipped with a reason when Chromium is missing, except under CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from browser_cdp import chromium_path, free_port, headless_chromium
from ui_fixtures import DIGEST, HARBOR, WIRE, write_articles

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = Path(os.environ.get("BRIEFING_ARTEFACTS") or ROOT / "tmp" / "artefacts")

if chromium_path() is None and os.environ.get("CI") != "true":
    pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium); CI=true requires it",
                allow_module_level=True)


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"briefing serve exited with {process.returncode}"
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("briefing serve never listened")


@pytest.fixture
def served(tmp_path):
    """``briefing serve`` on a loopback port over the three tunnel articles; yields its URL."""
    corpus = write_articles(tmp_path / "articles", {"harbor.txt": HARBOR, "wire.md": WIRE, "digest.txt": DIGEST})
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--corpus", str(corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/"
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the server and the app processes it started
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


async def test_serve_drives_the_app_in_headless_chromium(served, tmp_path):
    assert chromium_path(), "CI=true: Chromium must be installed (apt-get install chromium)"
    async with headless_chromium(tmp_path / "profile", 1280, 800) as page:
        await page.send("Page.navigate", url=served)
        await page.wait_for_text("Sources · 3")
        await page.wait_for_text("Northern Ledger")
        await page.click(640, 400)
        mark = len(page.frames)
        await page.press("d")
        await page.wait_for_text("claims", since=mark)
        await page.wait_for_text("Statements", since=mark)  # the diff screen's footer
        mark = len(page.frames)
        await page.press("escape")
        await page.wait_for_text("Sources · 3", since=mark)
        await page.press("/")
        await page.wait_for_text("Search quotes, entities", since=mark)
        for key in "tunnel":
            await page.press(key)
        await page.wait_for_text("for “tunnel”", since=mark)
        shot = await page.screenshot(ARTEFACTS / "serve_search_tunnel.png")
        assert shot.stat().st_size > 10_000
