"""An unexpected error (a bug met by some input) is said in one line with exit status 70, never as a traceback
over the user's terminal; BRIEFING_TRACEBACK=1 (set by the tests' conftest) shows the traceback."""

from __future__ import annotations

import pytest

import briefing_tui.commands.diff as diff_command
from briefing_tui.cli import EXIT_INTERNAL_ERROR, EXIT_IO_ERROR, TRACEBACK_VARIABLE, main
from briefing_tui.paths import seeds_dir


def _broken(args):
    raise ValueError("could not convert string to float: '1.000.00050'\x1b[31m")


def test_a_bug_is_one_line_and_status_70(capsys, monkeypatch):
    monkeypatch.delenv(TRACEBACK_VARIABLE, raising=False)
    monkeypatch.setattr(diff_command, "run_diff", _broken)
    code = main(["--no-cache", "--corpus", str(seeds_dir()), "diff"])
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL_ERROR == 70
    assert err.count("\n") == 1 and "Traceback" not in err and "\x1b" not in err
    assert err.startswith("briefing: internal error: ValueError: could not convert string to float: '1.000.00050'")
    assert f"{TRACEBACK_VARIABLE}=1" in err


def test_the_traceback_when_asked(monkeypatch):
    monkeypatch.setenv(TRACEBACK_VARIABLE, "1")
    monkeypatch.setattr(diff_command, "run_diff", _broken)
    with pytest.raises(ValueError, match="1.000.00050"):
        main(["--no-cache", "--corpus", str(seeds_dir()), "diff"])


class _FullDisk:
    """A standard output on a full disk: every write fails as a real one does."""

    encoding = "utf-8"

    def write(self, text):
        raise OSError(28, "No space left on device")

    def flush(self):
        pass

    def isatty(self):
        return False


def test_a_full_disk_is_said_as_the_devices_fault_not_a_bug(capsys, monkeypatch):
    monkeypatch.delenv(TRACEBACK_VARIABLE, raising=False)
    monkeypatch.setattr("sys.stdout", _FullDisk())
    code = main(["--no-cache", "--corpus", str(seeds_dir()), "sources"])
    err = capsys.readouterr().err
    assert code == EXIT_IO_ERROR == 74
    assert err == "briefing: cannot write the output: No space left on device\n"


def test_the_version_on_a_full_disk_is_one_line(capsys, monkeypatch):
    # (written as the command line is read, before any command runs)
    monkeypatch.setattr("sys.stdout", _FullDisk())
    code = main(["--version"])
    assert code == EXIT_IO_ERROR
    assert capsys.readouterr().err == "briefing: cannot write the output: No space left on device\n"
