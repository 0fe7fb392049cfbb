"""Web pages (``.html``/``.htm``) read with trafilatura: the main text and the page's metadata.

The extracted text becomes the source's raw text (its offsets point into it, ``raw[start:end] ==
text``) while the source keeps the HTML file's path. trafilatura is imported only when a page is
read, so the CLI's quick lookups never pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm")


class HtmlError(ValueError):
    """A page from which no article text could be extracted; the message says why."""


@dataclass(slots=True)
class HtmlArticle:
    """The main text of a page, paragraphs separated by blank lines, and what the page says about itself."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def metadata(self) -> dict[str, str]:
        """The known fields, named as in a sidecar (``title``, ``author``, ``published``, ``outlet``, ``url``)."""
        fields = {"title": self.title, "author": self.author, "published": self.published, "outlet": self.outlet,
                  "url": self.url}
        return {k: " ".join(v.split()) for k, v in fields.items() if v and v.strip()}


def is_html_path(name: str) -> bool:
    """Whether a file name is a web page by its extension."""
    return name.lower().endswith(HTML_SUFFIXES)


def extract_html(page: str | bytes, url: str | None = None) -> HtmlArticle:
    """The article in ``page`` (raises HtmlError when there is none)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                          include_images=False, include_links=False)
    except (ValueError, TypeError) as exc:  # malformed markup that lxml cannot build a tree from
        raise HtmlError(f"not a readable web page ({exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise HtmlError("no article text found in the web page")
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    body = "\n\n".join(p for p in paragraphs if p)
    return HtmlArticle(body + "\n", title=doc.title, author=doc.author, published=doc.date, outlet=doc.sitename,
                       url=doc.url or url)
