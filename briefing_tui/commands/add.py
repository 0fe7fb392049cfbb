"""``briefing add``: store a pasted article, a file or a web page in a corpus folder.

The new file's path is printed on stdout (for scripts); what was written is said on stderr.
Exit status: 0 added, 2 when nothing was added (a usage error, unreadable input, a failed fetch).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_tui.safety import one_line

FAILED = 2


def add_add_parser(add) -> None:
    """The options of ``briefing add``."""
    p = add("add", help="add an article (a file, pasted text on stdin, or a web page) to a corpus folder",
            description="Store an article in the corpus folder under a safe, unique name; nothing is ever "
                        "overwritten. Metadata given by the options goes in a <name>.yaml sidecar. A URL is "
                        "fetched (timeout and size limit) and both the page and its extracted text are kept.")
    p.add_argument("input", nargs="*", default=["-"], metavar="FILE | - | URL",
                   help="a text, Markdown or HTML file, - for standard input (the default), or an http(s) URL; "
                        "with a shared index (--index postgresql://... or BRIEFING_INDEX_URL), any number of "
                        "files and folders, added to its shared corpus")
    p.add_argument("--corpus", action="append", metavar="DIR", dest="corpus_after", default=argparse.SUPPRESS,
                   help="the corpus folder to add to (default: the first corpus in config.yaml)")
    p.add_argument("--outlet", help="the publication")
    p.add_argument("--date", metavar="DATE", help="publication date, e.g. 2025-12-20")
    p.add_argument("--url", help="where the article was published")
    p.add_argument("--title", help="the headline")
    p.add_argument("--author", help="the byline")


def _fail(message: str) -> int:
    print(f"briefing: {one_line(message)}", file=sys.stderr)
    return FAILED


def target_folder(args: argparse.Namespace) -> Path | str:
    """The folder to add to, or a message saying why there is none."""
    from briefing_tui.ingest.add import folder_to_add_to

    folder = folder_to_add_to(args.corpus)
    if isinstance(folder, Path) and args.corpus and Path(args.corpus[0]).is_file():
        return f"{args.corpus[0]} is a file; --corpus must name a folder to add to"
    return folder


def user_metadata(args: argparse.Namespace) -> dict[str, str] | str:
    """The metadata given by the options, or a message saying what is wrong with it."""
    from briefing_tui.ingest.dates import normalise_date

    meta = {"outlet": args.outlet, "url": args.url, "title": args.title, "author": args.author}
    if args.date:
        date = normalise_date(args.date)
        if date is None:
            return f"--date {args.date!r} is not a date (try 2025-12-20)"
        meta["published"] = date
    return {k: v for k, v in meta.items() if v}


def run_add(args: argparse.Namespace) -> int:
    """Add the article (print its path), or the files to the shared index when there is one."""
    from briefing_tui.commands.shared import add_to_shared, shared_index_url

    inputs = args.input if isinstance(args.input, list) else [args.input]
    url = shared_index_url(args)
    if url is not None:
        return add_to_shared(args, inputs, url)
    if len(inputs) != 1:
        return _fail("add one article at a time to a corpus folder (several files go to a shared index: "
                     "--index postgresql://...)")
    folder = target_folder(args)
    if isinstance(folder, str):
        return _fail(folder)
    return store_one(args, inputs[0], folder)


def store_one(args: argparse.Namespace, source: str, folder: Path) -> int:
    """Store one article (a file, - or a URL) in ``folder``; print its path."""
    from briefing_tui.ingest.add import AddError, add_article, read_text_input
    from briefing_tui.ingest.fetch import FetchError, is_url
    from briefing_tui.ingest.html import HtmlError, is_html_path

    meta = user_metadata(args)
    if isinstance(meta, str):
        return _fail(meta)
    try:
        already = _same_text_finder(args, folder)
        if is_url(source):
            added = _add_url(source, folder, meta, already)
        elif source == "-":
            if sys.stdin is None or sys.stdin.isatty():
                return _fail("paste the article on standard input (end with Ctrl+D), or name a FILE or URL")
            data = _read_stdin()
            added = add_article(folder, read_text_input(data, "standard input"), meta, already=already)
        else:
            path = Path(source)
            data = _read_file(path)
            suffix = path.suffix.lower() if path.suffix.lower() in (".md", ".markdown", ".html", ".htm") else ".txt"
            if is_html_path(path.name):
                from briefing_tui.ingest.html import extract_html

                page = read_text_input(data, str(path))
                found = extract_html(page).metadata()  # refuses a page with no article before storing it
                added = add_article(folder, page, meta, suffix=suffix, named_from=found, already=already)
            else:
                added = add_article(folder, read_text_input(data, str(path)), meta, suffix=suffix, already=already)
    except FetchError as exc:  # the address named: a script adding many pages says which one failed
        return _fail(f"nothing added: {source}: {exc}")
    except (AddError, HtmlError) as exc:
        return _fail(f"nothing added: {exc}")
    except OSError as exc:
        return _fail(f"nothing added: {exc.strerror or exc}")
    return _report(added)


def _read_stdin() -> bytes:
    from briefing_tui.ingest.add import AddError
    from briefing_tui.ingest.decode import MAX_BYTES

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise AddError(f"standard input is larger than {MAX_BYTES // 1048576} MB")
    return data


def _read_file(path: Path) -> bytes:
    from briefing_tui.ingest.add import AddError
    from briefing_tui.ingest.decode import MAX_BYTES
    from briefing_tui.safe_read import NotReadable, read_regular

    try:
        return read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        raise AddError(f"{path}: no such file") from None
    except NotReadable as exc:
        raise AddError(f"{path}: {exc}") from None


def _add_url(url: str, folder: Path, meta: dict[str, str], already=None):
    from briefing_tui.ingest.add import add_article, read_text_input
    from briefing_tui.ingest.fetch import fetch
    from briefing_tui.ingest.html import extract_html

    page = fetch(url)
    text = _decode_page(page.data, page.charset) or read_text_input(page.data, url)
    if not page.is_html:
        return add_article(folder, text, {"url": page.url, **meta}, already=already)
    article = extract_html(text, url=page.url)
    return add_article(folder, article.text, {**article.metadata(), "url": page.url, **meta}, page=page.data,
                       already=already)


def _same_text_finder(args: argparse.Namespace, folder: Path):
    """``already(text, suffix, meta)`` for :func:`~briefing_tui.ingest.add.add_article`: the path of the corpus
    file in ``folder`` whose article text is the new article's (the corpus read as the other commands read it,
    through the index unless --no-cache), None when there is none."""
    def already(text: str, suffix: str, meta: dict[str, str]) -> str | None:
        from briefing_tui.commands.common import load_options
        from briefing_tui.corpus import load_corpus
        from briefing_tui.ingest.html import HtmlError, extract_html, is_html_path
        from briefing_tui.ingest.metadata import MetadataError
        from briefing_tui.ingest.parse import parse_text

        try:
            page = extract_html(text) if is_html_path(f"x{suffix}") else None
        except HtmlError:
            return None
        body, found = (page.text, {**page.metadata(), **meta}) if page is not None else (text, meta)
        try:
            digest = parse_text(body, "new", "", found).text_hash
        except MetadataError:
            digest = parse_text(body, "new", "", found, read_front_matter=False).text_hash
        if not digest:
            return None
        options = load_options(args)
        corpus = load_corpus([folder], index=options.index, cache=options.cache, follow_links=options.follow_links)
        return next((s.path for s in corpus.sources if s.text_hash == digest), None)

    return already


def _decode_page(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _report(added) -> int:
    from briefing_tui.ingest.discover import Found
    from briefing_tui.ingest.load import read_article

    print(str(added.article))
    notes = [f"sidecar {added.sidecar.name}"] if added.sidecar else []
    if added.page:
        notes.append(f"the page as fetched in {added.page.parent.name}/{added.page.name}")
    source, problems = read_article(Found(added.article, added.article.stem))
    for problem in problems:
        print(f"briefing: warning: {one_line(problem.reason)}", file=sys.stderr)
    title = source.title if source is not None else None
    detail = f" “{one_line(title)}”" if title else ""
    extra = f" ({', '.join(notes)})" if notes else ""
    print(f"briefing: added{detail} as {one_line(str(added.article))}{extra}", file=sys.stderr)
    return 0
