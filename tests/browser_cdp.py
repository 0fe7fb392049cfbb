"""A tiny Chrome DevTools Protocol client over aiohttp's websocket (aiohttp comes with textual-serve):
enough to drive a headless Chromium in a test: open a page, type keys, read websocket frames, take a screenshot.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import socket
import re
import subprocess
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp

# Terminal escape sequences: CSI (colours, cursor moves), OSC (titles, clipboard), charset selection
ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]"
                     r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
                     r"|\x1b[()][0-9A-Za-z]")

# Keys as Input.dispatchKeyEvent wants them: (key, code, windowsVirtualKeyCode, text)
SPECIAL_KEYS = {
    "enter": ("Enter", "Enter", 13, "\r"),
    "escape": ("Escape", "Escape", 27, ""),
    "tab": ("Tab", "Tab", 9, "\t"),
    "down": ("ArrowDown", "ArrowDown", 40, ""),
    "up": ("ArrowUp", "ArrowUp", 38, ""),
}


def chromium_path() -> str | None:
    """The system Chromium (Debian's ``chromium`` package), if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Page:
    """One browser tab: send CDP commands, collect events."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future] = {}
        self.frames: list[bytes] = []  # payloads the page's websockets received
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                response = data["params"]["response"]
                payload = response["payloadData"]
                self.frames.append(base64.b64decode(payload) if response.get("opcode") == 2 else payload.encode())

    async def send(self, method: str, **params) -> dict:
        """Run one CDP command and return its result."""
        message_id = next(self.ids)
        future = asyncio.get_running_loop().create_future()
        self.pending[message_id] = future
        await self.ws.send_str(json.dumps({"id": message_id, "method": method, "params": params}))
        reply = await asyncio.wait_for(future, 30)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    async def press(self, key: str) -> None:
        """Type one key into the page (a character, or a name from ``SPECIAL_KEYS``)."""
        if key in SPECIAL_KEYS:
            name, code, vk, text = SPECIAL_KEYS[key]
        else:
            name, code, vk, text = key, f"Key{key.upper()}" if key.isalpha() else "", ord(key.upper()), key
        down = {"type": "keyDown", "key": name, "code": code, "windowsVirtualKeyCode": vk}
        if text:
            down["text"] = text
        await self.send("Input.dispatchKeyEvent", **down)
        await self.send("Input.dispatchKeyEvent", type="keyUp", key=name, code=code, windowsVirtualKeyCode=vk)

    def received_text(self, since: int = 0) -> str:
        """What the app sent to the browser (from frame ``since`` on), escape sequences removed."""
        raw = b"".join(self.frames[since:]).decode("utf-8", "replace")
        return ESCAPES.sub("", raw)

    async def wait_for_text(self, wanted: str, since: int = 0, timeout: float = 60) -> None:
        """Wait until the app has sent ``wanted`` (in frames from index ``since`` on)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if wanted in self.received_text(since):
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"the browser never received {wanted!r}; last text: {self.received_text(since)[-400:]!r}")

    async def click(self, x: int, y: int) -> None:
        """A left click at page coordinates (focuses the terminal)."""
        for kind in ("mousePressed", "mouseReleased"):
            await self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    async def screenshot(self, path: Path) -> Path:
        """Save a PNG of the page."""
        result = await self.send("Page.captureScreenshot", format="png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(result["data"]))
        return path


@asynccontextmanager
async def headless_chromium(profile: Path, width: int = 1200, height: int = 800):
    """A headless Chromium on a loopback debugging port; yields a ``Page`` on a blank tab."""
    port = free_port()
    process = subprocess.Popen(
        [chromium_path() or "chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-dev-shm-usage", f"--remote-debugging-port={port}", "--remote-debugging-address=127.0.0.1",
         f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    try:
        async with aiohttp.ClientSession() as session:
            targets = None
            for _ in range(100):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/json/list") as response:
                        targets = [t for t in await response.json() if t.get("type") == "page"]
                    if targets:
                        break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            assert targets, "Chromium did not open its debugging port"
            async with session.ws_connect(targets[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                page = Page(ws)
                await page.send("Network.enable")
                await page.send("Page.enable")
                try:
                    yield page
                finally:
                    page.reader.cancel()
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
