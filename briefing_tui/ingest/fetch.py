"""Fetch a web page for ``briefing add URL``: http(s) only, with a timeout and a size limit.

The standard library's urllib is enough: one GET, redirects followed, the proxy settings of the
environment honoured. Every failure becomes a FetchError whose message a user can act on.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass

from briefing_tui.lazy_pattern import lazy_compile

FETCH_TIMEOUT = 20.0  # seconds to connect and between reads
MAX_PAGE_BYTES = 8 * 1024 * 1024  # a news page is well under this; larger answers are refused
USER_AGENT = "briefing-tui (+https://pypi.org/project/briefing-tui/)"
_WEB_URL = lazy_compile(r"https?://[^\s/]+", re.I)
_CHARSET = lazy_compile(r"charset=([\w.:-]+)", re.I)
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


class FetchError(RuntimeError):
    """The page could not be fetched; the message says why."""


@dataclass(slots=True)
class Fetched:
    """The bytes of a page, its final URL (after redirects), media type and declared charset."""

    url: str
    data: bytes
    media_type: str
    charset: str | None

    @property
    def is_html(self) -> bool:
        """Whether the server says the page is HTML (or says nothing and it looks like HTML)."""
        if self.media_type in HTML_TYPES:
            return True
        return self.media_type not in TEXT_TYPES and b"<html" in self.data[:4096].lower()


def is_url(text: str) -> bool:
    """Whether ``text`` is an http(s) URL (what ``briefing add`` fetches instead of reading a file)."""
    return bool(_WEB_URL.match(text))


def fetch(url: str, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES) -> Fetched:
    """GET ``url``; FetchError on a bad address, an HTTP error, a timeout or a page over ``max_bytes``."""
    import urllib.error
    import urllib.request

    if not is_url(url):
        raise FetchError(f"not an http(s) URL: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"the page is too large ({int(length)} bytes; the limit is {max_bytes})")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"the page is too large (over {max_bytes} bytes)")
            content_type = response.headers.get("Content-Type") or ""
            final = response.geturl() or url
    except urllib.error.HTTPError as exc:
        raise FetchError(f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"no answer within {timeout:g} seconds") from None
        raise FetchError(f"cannot reach the server ({getattr(reason, 'strerror', None) or reason})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:  # connection reset mid-read, a malformed URL
        raise FetchError(f"the download failed ({exc})") from None
    if not data:
        raise FetchError("the server sent an empty page")
    media_type = content_type.split(";", 1)[0].strip().lower()
    charset = _CHARSET.search(content_type)
    return Fetched(final, data, media_type, charset.group(1) if charset else None)
