"""A warm lookup hashes with CPython's own SHA-1 (briefing_tui/sha.py): OpenSSL is never loaded."""

from __future__ import annotations

import hashlib

from briefing_tui.corpus import load_corpus
from briefing_tui.sha import sha1
from tests.store_helpers import age, run_python, write_corpus


def test_the_own_sha1_gives_hashlibs_digests():
    text = "Kaplan said the 1.300 ¥ figure was “wrong”".encode()
    assert sha1(text).hexdigest() == hashlib.sha1(text).hexdigest()
    grown = sha1()
    grown.update(text[:9])
    grown.update(text[9:])
    assert grown.hexdigest() == hashlib.sha1(text).hexdigest()


def test_a_warm_quote_lookup_never_loads_openssl(tmp_path):
    corpus = tmp_path / "corpus"
    age([*write_corpus(corpus, 3), corpus])
    index = tmp_path / "index.sqlite3"
    load_corpus([corpus], index=index).analysis  # (stored: the lookup below is a warm one)
    code = (f"import io, sys, contextlib; from briefing_tui.cli import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()): "
            f"code = main(['quotes', '--corpus', {str(corpus)!r}, '--index', {str(index)!r}, '--json'])\n"
            f"print(code, '_hashlib' in sys.modules, 'hashlib' in sys.modules)")
    out, err = run_python(code).communicate(timeout=60)
    assert out.split() == ["0", "False", "False"], err


def test_quotes_after_an_addition_loads_neither_openssl_nor_pyyaml(tmp_path):
    from briefing_tui.paths import user_cache_dir

    user_cache_dir().mkdir(parents=True)  # (the shipped tables are kept there by the first analysis)
    corpus = tmp_path / "corpus"
    age([*write_corpus(corpus, 3), corpus])
    index = tmp_path / "index.sqlite3"
    code = (f"import io, sys, contextlib; from briefing_tui.cli import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()): "
            f"code = main(['quotes', '--corpus', {str(corpus)!r}, '--index', {str(index)!r}, '--json'])\n"
            f"print(code, '_hashlib' in sys.modules, 'hashlib' in sys.modules, 'yaml' in sys.modules)")
    assert run_python(code).communicate(timeout=120)[0].split()[0] == "0"  # a first run, in its own process
    added = corpus / "story_new.txt"
    added.write_text("Harbour works resume\n\nThe port of Velmora reopened its eastern quay on Monday. "
                     "\"The cranes are moving again,\" said Odile Marchetti, the harbour master.\n", encoding="utf-8")
    age([added, corpus])
    out, err = run_python(code).communicate(timeout=120)
    assert out.split() == ["0", "False", "False", "False"], err
