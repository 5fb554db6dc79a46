"""A throwaway PostgreSQL cluster for the tests and the benchmark: made in a fresh temporary
folder, reachable only through a unix socket in that folder (no TCP), removed when stopped.

The server refuses to run as root, so as root the cluster belongs to the `postgres` OS user
(`runuser`); as anyone else, to that user. Only this cluster's socket is ever connected to:
nothing is read from PGHOST, PGPORT or any other PG* variable.
"""

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import URL

SERVER_USER = "postgres"  # the OS user that runs the server when we are root
SUPERUSER = "postgres"  # the cluster's superuser; the socket trusts whoever connects
PORT = 5432  # only names the socket file in our own folder: no TCP port is opened
INSTALL_HINT = ("PostgreSQL's server is not installed (no initdb in /usr/lib/postgresql/*/bin "
                "or on PATH): install it, e.g. `apt-get install postgresql` (.ci/run does)")
# Speed over safety: the cluster lives for one test run.
SETTINGS = {
    "listen_addresses": "''",
    "port": str(PORT),
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
}


class ClusterError(RuntimeError):
    pass


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: Debian's newest /usr/lib/postgresql/N/bin, else PATH."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda path: _major(path.parent.parent.name))
    if versions:
        return versions[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _major(name: str) -> int:
    return int(name) if name.isdigit() else -1


class Cluster:
    """A running cluster; `stop()` ends it (immediately: its data is thrown away) and removes
    its folder."""

    def __init__(self, folder: Path, binaries: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self._binaries = binaries

    def url(self, database: str) -> str:
        """A SQLAlchemy URL of a database of this cluster, through its socket."""
        return URL.create("postgresql+psycopg", username=SUPERUSER, database=database,
                          query={"host": str(self.folder), "port": str(PORT)}
                          ).render_as_string(hide_password=False)

    def run_sql(self, *statements: str) -> None:
        """Statements outside a transaction (CREATE/DROP DATABASE), in the `postgres` database."""
        import psycopg

        with psycopg.connect(host=str(self.folder), port=PORT, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def start(self) -> None:
        _as_server_user([str(self._binaries / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                         "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        settings = {**SETTINGS, "unix_socket_directories": f"'{self.folder}'"}
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
        _as_server_user([str(self._binaries / "pg_ctl"), "-D", str(self.data), "-w",
                         "-l", str(self.folder / "server.log"), "start"])

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                _as_server_user([str(self._binaries / "pg_ctl"), "-D", str(self.data), "-w",
                                 "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        log = self.folder / "server.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) \
            if log.exists() else ""


def start_cluster() -> Cluster:
    """A new cluster, running; raises ClusterError (INSTALL_HINT when there is no server)."""
    binaries = server_binaries()
    if binaries is None:
        raise ClusterError(INSTALL_HINT)
    folder = Path(tempfile.mkdtemp(prefix="minutes-pg-"))
    if _is_root():
        shutil.chown(folder, SERVER_USER, SERVER_USER)
    cluster = Cluster(folder, binaries)
    try:
        cluster.start()
    except BaseException as error:
        log = cluster.log_tail()
        cluster.stop()
        if isinstance(error, ClusterError) and log:
            raise ClusterError(f"{error}\n{log}") from None
        raise
    _stop_when_gone(cluster, binaries, os.getpid())
    return cluster


def _stop_when_gone(cluster: Cluster, binaries: Path, owner: int) -> None:
    """A test run that is killed never reaches its teardown: a shell in a session of its own
    waits for the run's process to end, then stops the cluster and removes its folder (after
    a normal end it finds them gone)."""
    stop = shlex.join(_server_user_command(
        [str(binaries / "pg_ctl"), "-D", str(cluster.data), "-m", "immediate", "stop"]))
    script = (f"while kill -0 {owner}; do sleep 2; done; {stop}; "
              f"rm -rf {shlex.quote(str(cluster.folder))}")
    subprocess.run(["sh", "-c", f"({script}) >/dev/null 2>&1 </dev/null &"], env=_clean_env(),
                   cwd="/", start_new_session=True, check=True)


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _server_user_command(command: list[str]) -> list[str]:
    if not _is_root():
        return command
    if shutil.which("runuser") is None:
        raise ClusterError(f"as root, `runuser` is needed to run PostgreSQL as {SERVER_USER!r}")
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _clean_env() -> dict[str, str]:
    """No PG* variable of the caller's may point a command at another cluster."""
    return {name: value for name, value in os.environ.items() if not name.startswith("PG")}


def _as_server_user(command: list[str]) -> None:
    command = _server_user_command(command)
    done = subprocess.run(command, env=_clean_env(), cwd="/", capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise ClusterError(f"{' '.join(command)} failed ({done.returncode}):\n"
                           f"{done.stderr.strip() or done.stdout.strip()}")
