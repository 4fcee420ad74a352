"""A throwaway PostgreSQL cluster for the test suite: created in a temporary folder, stopped afterwards.

PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to a dedicated
system user (created if missing).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

SYSTEM_USER = "cmerdesk-pg"


def server_bin_dir() -> Path | None:
    """The folder of Debian's PostgreSQL server binaries (newest version), or None."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="cmer-desk-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.user = SYSTEM_USER if self.as_root else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self.as_root:
            try:
                pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                                SYSTEM_USER], check=True, capture_output=True)
            shutil.chown(self.root, SYSTEM_USER)
        data = self.root / "data"
        self._run(str(self.bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    PASSWORD_ROLE = "cmerdesk_mdp"

    def password_url(self, database: str, password: str) -> str:
        """A URL for a role that must give its password (scram-sha-256 over TCP), with ``password``;
        the role's real password is "le-bon-mot-de-passe"."""
        import psycopg

        hba = self.root / "data" / "pg_hba.conf"
        line = f"host all {self.PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
        content = hba.read_text()
        if line not in content:
            hba.write_text(line + content)
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "reload")
            with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
                c.execute(f"CREATE ROLE {self.PASSWORD_ROLE} LOGIN PASSWORD 'le-bon-mot-de-passe'")
            time.sleep(0.5)  # the reload is asynchronous
        return f"postgresql+psycopg://{self.PASSWORD_ROLE}:{password}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            for _ in range(20):
                try:
                    c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    return
                except psycopg.errors.ObjectInUse:
                    time.sleep(0.1)
