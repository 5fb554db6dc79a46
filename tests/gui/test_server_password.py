"""A shared database on a PostgreSQL server that asks for a password (issue 13): the start asks
for it (hidden as typed), again when the server refuses it, and connects; the password is kept
nowhere but in the program's memory. Run against the tests' own throwaway cluster, with a role
that must give a password (scram-sha-256), as an office's server would have it."""

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url
from test_startup_safety import Launcher

from minutes_app.storage.db import open_database, with_password
from minutes_app.storage.errors import PasswordRequired

ROLE, PASSWORD = "secretary", "Қала-2026!"


@pytest.fixture
def server_url(postgres_cluster, postgres_database_url) -> str:
    """A database of the tests' cluster reached as a role that must give its password."""
    hba = postgres_cluster.data / "pg_hba.conf"
    rule = f"local all {ROLE} scram-sha-256\n"
    if rule not in hba.read_text():
        hba.write_text(rule + hba.read_text())  # the first matching line decides
    postgres_cluster.run_sql(
        f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE}') THEN "
        f"CREATE ROLE {ROLE} LOGIN SUPERUSER; END IF; END$$",
        f"ALTER ROLE {ROLE} PASSWORD '{PASSWORD}'", "SELECT pg_reload_conf()")
    return make_url(postgres_database_url).set(username=ROLE).render_as_string(
        hide_password=False)


@pytest.fixture
def launch(qapp, qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("MINUTES_UI_LANG", "en")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    yield Launcher(qtbot, monkeypatch)
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


class Typed:
    """The password box, replaced: answers in turn, and what each box said."""

    def __init__(self, monkeypatch, *answers: str | None) -> None:  # type: ignore[no-untyped-def]
        self.answers = list(answers)
        self.labels: list[str] = []
        monkeypatch.setattr("minutes_app.ui.startup.ask_secret", self)

    def __call__(self, _title: str, label: str) -> str | None:
        self.labels.append(label)
        return self.answers.pop(0)


def test_the_server_is_told_which_password_is_wanted(server_url):
    with pytest.raises(PasswordRequired) as asked:
        open_database(server_url)
    assert not asked.value.refused and PASSWORD not in str(asked.value)
    with pytest.raises(PasswordRequired) as refused:
        open_database(with_password(server_url, "not it"))
    assert refused.value.refused and "not it" not in str(refused.value)
    open_database(with_password(server_url, PASSWORD)).close()


def test_the_start_asks_again_until_the_server_takes_the_password(launch, server_url,
                                                                   monkeypatch, tmp_path):
    typed = Typed(monkeypatch, "not it", PASSWORD)
    seen: list[str] = []
    assert launch(server_url, lambda window: seen.append(window.windowTitle())) == 0
    assert launch.windows_shown == 1
    # The title names the database and its server (this computer's: the tests' socket).
    assert seen == [f"{make_url(server_url).database} on localhost — Minutes"]
    first, second = typed.labels
    assert first.startswith("The database server asks for your password to open ")
    assert second.startswith("The database server refused this password.")
    assert f"{ROLE}@" in first and PASSWORD not in first
    stored = "".join(path.read_text(errors="replace")
                     for path in (tmp_path / "settings").rglob("*") if path.is_file())
    assert PASSWORD not in stored and "not it" not in stored


def test_no_password_given_means_no_window_and_no_error_box(launch, server_url, monkeypatch):
    Typed(monkeypatch, None)
    assert launch(server_url) == 1
    assert launch.windows_shown == 0
    assert launch.asked.texts == []  # cancelling is an answer, not an error
