"""Rough edges a new user met in the ``briefing`` command: what a ``--corpus`` path that is no folder is told,
how bytes that are no UTF-8 are read, how figures and counts are written, which exit status an unknown id gets,
what an empty answer prints and how ``--help`` is laid out."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing_tui.cli import main
from tests.store_helpers import write_corpus


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    """``briefing ARGS`` in this process: its exit status and its stdout and stderr lines."""
    code = main(list(args))
    done = capsys.readouterr()
    return code, done.out.splitlines(), done.err.splitlines()


# ---- a --corpus path that is no folder ----------------------------------------------------------------


def test_a_named_pipe_as_the_corpus_is_called_one(capsys, tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    code, out, err = run(capsys, "sources", "--no-cache", "--corpus", str(pipe))
    assert (code, out) == (1, [])
    assert err == [f"briefing: {pipe}: not a folder or an article file: a named pipe (--corpus reads article "
                   f"files and folders of them)",
                   f"briefing: no article could be loaded from {pipe}"]


def test_a_device_as_the_corpus_is_called_one(capsys):
    code, _, err = run(capsys, "sources", "--no-cache", "--corpus", os.devnull)
    assert code == 1
    assert err[0] == (f"briefing: {os.devnull}: not a folder or an article file: a device (--corpus reads "
                      f"article files and folders of them)")


@pytest.mark.parametrize("name", ["side.yaml", "notes.YML"])
def test_a_sidecar_named_as_the_corpus_is_never_an_article(capsys, tmp_path, name):
    sidecar = tmp_path / name
    sidecar.write_text("title: [unclosed\n  bad: : yaml\n", encoding="utf-8")
    code, out, err = run(capsys, "sources", "--no-cache", "--json", "--corpus", str(sidecar))
    suffix = Path(name).suffix
    assert (code, out) == (1, [])
    assert err == [f"briefing: {sidecar}: a metadata file ({suffix}), not an article: it is read beside the "
                   f"article of the same name (x.txt with x{suffix}); give the article or its folder",
                   f"briefing: no article could be loaded from {sidecar}"]


def test_an_article_file_as_the_corpus_still_loads(capsys, tmp_path):
    (path,) = write_corpus(tmp_path / "c", 1)
    code, out, err = run(capsys, "sources", "--no-cache", "--json", "--corpus", str(path))
    assert (code, err) == (0, [])
    assert [s["id"] for s in json.loads("\n".join(out))["sources"]] == ["story_000"]


# ---- bytes that are not UTF-8 -------------------------------------------------------------------------

ENGLISH = b"Summit ends\n\n" + b"The minister said on Tuesday that the budget would rise. " * 3
STRAY = ENGLISH + b"\xff\xfe\xc3\x28 broken bytes \x80\x81 here and the rest is plain text about the summit.\n"
"""ASCII text with a few stray bytes that are no UTF-8: charset detection once read it as windows-1251."""
RUSSIAN = ("Саммит завершился\n\n" + "Министр заявил во вторник, что бюджет вырастет на пять процентов. " * 4
           ).encode("cp1251")


def test_stray_bytes_in_ascii_are_utf8_with_bad_bytes_replaced():
    from briefing_tui.ingest.decode import decode_bytes

    decoded = decode_bytes(STRAY)
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("\ufffd\ufffd\ufffd( broken bytes \ufffd\ufffd here and the rest is plain text "
                                 "about the summit.\n")
    assert decoded.warning == f"invalid UTF-8 from byte {len(ENGLISH)} (5 bad bytes replaced); the rest loaded"


@pytest.mark.parametrize(("text", "codec", "name"), [
    ("Министр заявил во вторник, что бюджет вырастет на пять процентов. " * 4, "cp1251", "windows-1251"),
    ("Ο υπουργός δήλωσε την Τρίτη ότι ο προϋπολογισμός θα αυξηθεί. " * 4, "cp1253", "windows-1253"),
    ("Minister powiedział we wtorek, że budżet wzrośnie o pięć procent. " * 3, "cp1250", "windows-1250"),
    ("Der Bürgermeister von Zürich sagte, die Straße bleibe gesperrt. " * 3, "cp1252", "windows-1252"),
    ("He said \u201cno\u201d \u2014 and left. It\u2019s over, they said. " * 5, "cp1252", "windows-1252"),
])
def test_a_legacy_code_page_is_read_and_named(text, codec, name):
    from briefing_tui.ingest.decode import decode_bytes

    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.warning == f"not UTF-8: read as {name} (guessed from its bytes)"


def test_the_load_message_and_explain_name_the_guessed_encoding(capsys, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "ru.txt").write_bytes(RUSSIAN)
    (folder / "stray.txt").write_bytes(STRAY)
    code, out, err = run(capsys, "sources", "--corpus", str(folder), "--explain", "ru")
    assert code == 0
    assert err == [f"briefing: {folder / 'ru.txt'}: not UTF-8: read as windows-1251 (guessed from its bytes)",
                   f"briefing: {folder / 'stray.txt'}: invalid UTF-8 from byte {len(ENGLISH)} (5 bad bytes "
                   f"replaced); the rest loaded"]
    assert "  encoding  windows-1251 (guessed from its bytes: the file is not UTF-8)" in out
    for _ in range(2):  # the parse, then the same read back from the index
        code, out, _ = run(capsys, "sources", "--corpus", str(folder), "--explain", "stray", "--json")
        record = json.loads("\n".join(out))
        assert (record["encoding"], record["encoding_guessed"]) == ("UTF-8", False)
        code, out, _ = run(capsys, "sources", "--corpus", str(folder), "--explain", "ru", "--json")
        record = json.loads("\n".join(out))
        assert (record["encoding"], record["encoding_guessed"]) == ("windows-1251", True)


# ---- figures as people write them ---------------------------------------------------------------------


@pytest.mark.parametrize(("low", "high", "written"), [
    (3e10, None, "30 billion"),
    (3.59e10, None, "35.9 billion"),
    (35_912_345_678, None, "35.9123 billion"),
    (3e12, None, "3 trillion"),
    (1_200_000, None, "1.2 million"),
    (12_345, None, "12,345"),
    (0.5, None, "0.5"),
    (1.2e9, 1.5e9, "1.2–1.5 billion"),
    (800_000, 1.2e6, "800,000–1.2 million"),
])
def test_a_figure_is_written_with_digits_and_scale_words(low, high, written):
    from briefing_tui.compare.numbers import written_number

    assert written_number(low, high) == written


@pytest.mark.parametrize(("text", "low", "high", "unit", "described"), [
    ("$30 billion", 3e10, 3e10, "USD", "$30 billion (money: $30 billion)"),
    ("€13.2 billion", 1.32e10, 1.32e10, "EUR", "€13.2 billion (money: €13.2 billion)"),
    ("35.9 billion francs", 3.59e10, 3.59e10, "CHF", "35.9 billion francs (money: 35.9 billion CHF)"),
    ("1.2 million people", 1.2e6, 1.2e6, None, "1.2 million people (count: 1.2 million)"),
])
def test_export_describes_a_figure_without_scientific_notation(text, low, high, unit, described):
    from briefing_tui.export.briefing import describe_figure
    from briefing_tui.model import Figure

    kind = "money" if unit else "count"
    assert describe_figure(Figure(kind, text, "a", 0, len(text), low, high, unit)) == described


def test_large_counts_in_evidence_are_not_scientific():
    from briefing_tui.compare.tolerance import compare_values
    from briefing_tui.model import Figure

    a = Figure("count", "1.2 million people", "a", 0, 18, 1.2e6, 1.2e6, "person", measure="displaced")
    b = Figure("count", "1,300,000 people", "b", 0, 16, 1.3e6, 1.3e6, "person", measure="displaced")
    assert compare_values(a, b).evidence == ("a '1.2 million people' = 1.2 million displaced and b '1,300,000 people' "
                                             "= 1.3 million displaced: different")


def test_periods_in_evidence_read_in_days_months_or_years():
    # a new user read "'Trois jours' = 0.00821918 years" (periods are kept in years)
    from briefing_tui.compare.tolerance import compare_values
    from briefing_tui.model import Figure

    a = Figure("period", "Trois jours", "a", 0, 11, 3 / 365, 3 / 365, "year")
    b = Figure("period", "three days", "b", 0, 10, 3 / 365, 3 / 365, "year")
    assert compare_values(a, b).evidence == "a 'Trois jours' = 3 days and b 'three days' = 3 days: consistent"
    c = Figure("period", "five years", "c", 0, 10, 5.0, 5.0, "year")
    d = Figure("period", "18 months", "d", 0, 9, 1.5, 1.5, "year")
    assert compare_values(c, d).evidence == "c 'five years' = 5 years and d '18 months' = 18 months: different"


def alike_corpus(folder: Path) -> Path:
    """Three reports of one flood: two give 12 dead, one 19 (each in words of its own: one text is one article)."""
    folder.mkdir()
    for name, dead, outlet, said in (("A", 12, "Reuters", "officials"), ("B", 12, "AP", "local officials"),
                                     ("C", 19, "BBC", "officials")):
        (folder / f"{name}.txt").write_text(
            f"---\noutlet: {outlet}\npublished: 2025-03-01\n---\nFlood kills {dead} in river town\n\n"
            f"At least {dead} people were killed when floodwaters swept through the river town of Marlow on Monday, "
            f"{said} said.\n\nRescue teams were still searching collapsed homes on Tuesday, the regional governor "
            f"told reporters.\n", encoding="utf-8")
    return folder


def test_one_more_source_alike_is_singular(capsys, tmp_path):
    folder = alike_corpus(tmp_path / "c")
    code, out, _ = run(capsys, "diff", "--no-cache", "--json", "--corpus", str(folder))
    assert code == 0
    (toll,) = [c for c in json.loads("\n".join(out))["claims"] if c.get("measure") == "dead"]
    assert toll["evidence"].startswith("A 'At least 12 people' = 12 dead and C 'At least 19 people' = 19 dead: "
                                       "consistent (and 1 more source alike); tolerance: ")


def test_one_more_source_alike_is_folded_in_the_table():
    from briefing_tui.evidence_text import folded_evidence

    assert folded_evidence("a '12' = 12 dead and c '19' = 19 dead: different (and 1 more source alike)") == (
        "readings: a '12' = 12 dead · c '19' = 19 dead; apart: a–c")


# ---- exit statuses and empty answers ------------------------------------------------------------------

SEED_IDS = ("000_a4263a828e80c27b, 001_e64f6607013c71d3, 002_5652c7d26b07cb95, 003_46b5d03ce97921a0, "
            "004_d8b58f788d07b44f")


@pytest.mark.parametrize("args", [["sources", "--explain"], ["quotes", "--source"]])
def test_an_unknown_source_id_is_a_usage_error_for_every_command(capsys, args):
    code, out, err = run(capsys, *args, "zzz", "--no-cache")
    assert (code, out) == (2, [])
    assert err == [f"briefing: no source id starts with 'zzz'; the sources are {SEED_IDS} (see `briefing sources`)"]


@pytest.mark.parametrize("args", [["sources", "--explain"], ["quotes", "--source"]])
def test_an_ambiguous_source_id_is_a_usage_error_for_every_command(capsys, args):
    code, out, err = run(capsys, *args, "00", "--no-cache")
    assert (code, out) == (2, [])
    assert err == [f"briefing: {args[1]} '00' matches 5 sources: {SEED_IDS}; give more of the id"]


def test_no_disagreement_is_said_in_one_line(capsys, tmp_path):
    folder = alike_corpus(tmp_path / "c")
    code, out, _ = run(capsys, "diff", "--no-cache", "--disagreements", "--corpus", str(folder))
    assert (code, out) == (1, ["0 disagreements across 3 sources"])


def test_shared_claims_are_counted_as_such(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    folder = alike_corpus(tmp_path / "c")
    code, out, _ = run(capsys, "diff", "--no-cache", "--shared", "--corpus", str(folder))
    assert code == 0
    assert out[0].rstrip().endswith("shared claims across 3 sources")


@pytest.mark.parametrize(("args", "said"), [
    (["quotes", "zzqqxx"], "no quote matches query 'zzqqxx'"),
    (["quotes", "zzqqxx", "--speaker", "Nobody"], "no quote matches query 'zzqqxx', speaker 'Nobody'"),
    (["entities", "--type", "place"], "no entity matches type 'place'"),
])
def test_no_match_is_one_line_not_an_empty_table(capsys, tmp_path, args, said):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Rain\n\nIt rained all day and the rain did not stop until the evening.\n",
                                  encoding="utf-8")
    code, out, _ = run(capsys, *args, "--no-cache", "--corpus", str(folder))
    assert (code, out) == (1, [said])
    code, out, _ = run(capsys, *args, "--no-cache", "--corpus", str(folder), "--json")
    assert code == 1
    assert json.loads("\n".join(out)) == {"schema_version": 1, args[0]: []}


# ---- --help laid out to the width ---------------------------------------------------------------------


@pytest.mark.parametrize("command", ["diff", "export", "sync", "add", "remove"])
@pytest.mark.parametrize("columns", [60, 100])
def test_a_commands_help_is_wrapped_to_the_width(capsys, monkeypatch, command, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    prose = [line for line in lines if not line.startswith(" ")]  # the examples are kept whole, as commands
    assert max(map(len, prose)) <= columns - 2  # argparse leaves two columns
    description = lines[lines.index("") + 1:lines.index("", lines.index("") + 1)]
    assert len(description) >= 2 and all(line[:1] != " " for line in description)


def test_the_diff_description_reads_as_written_once_joined(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    lines = capsys.readouterr().out.splitlines()
    start = lines.index("") + 1
    description = " ".join(lines[start:lines.index("", start)])
    assert description == ("Align what the sources say and show where they agree and disagree. Money is compared "
                           "in US dollars at the ECB reference rate of each article's date "
                           "(briefing_tui/data/rates.yaml for currencies the ECB does not quote); a rates.yaml of "
                           "the same shape in the user config folder overrides both for the currencies it names.")


def test_an_export_named_for_another_format_is_refused(tmp_path, monkeypatch, capsys):
    # `briefing export -o x.json` wrote Markdown into x.json; now it says which endings it writes, and writes nothing
    monkeypatch.setenv("HOME", str(tmp_path))
    out = tmp_path / "briefing.json"
    assert main(["export", "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert not out.exists() and "writes no .json file" in err and ".jsonl" in err
    assert main(["export", "--output", str(tmp_path / "briefing.txt")]) == 0  # (plain text: Markdown is text)
