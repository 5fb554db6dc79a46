"""A shared database on a PostgreSQL server, seen from an open window (issue 13): another
secretary's save shows in the list and in the open meeting within a moment, without a restart;
typing not yet saved is never replaced; a lost connection is said in a banner and the banner
goes when the server is back. Against the tests' own throwaway cluster."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from test_editor_support import replace_text

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.storage.db import open_database
from minutes_app.ui.dialogs import conflict_dialog
from minutes_app.ui.dialogs.conflict_dialog import ConflictChoice
from minutes_app.ui.main_window import CONNECTION_BANNER, MainWindow

WAIT_MS = 20_000  # far beyond the moment a notification takes


@pytest.fixture
def server(postgres_database_url):  # type: ignore[no-untyped-def]
    mine, theirs = open_database(postgres_database_url), open_database(postgres_database_url)
    yield Services.build(mine.session_factory), Services.build(theirs.session_factory)
    mine.close()
    theirs.close()


@pytest.fixture
def window(qtbot, server, settings):  # type: ignore[no-untyped-def]
    services, _other = server
    services.meetings.create(Meeting(title="Заседание совета", date=date(2026, 4, 2)))
    shown = MainWindow(services, settings)
    qtbot.addWidget(shown)
    shown.show()
    shown.live.start()
    yield shown
    shown.live.stop()


def listed_titles(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, model.COL_TITLE).data() for row in range(model.rowCount())]


def test_another_secretary_s_saves_show_in_the_list_and_the_open_meeting(qtbot, window,
                                                                        server):
    _services, aigul = server
    assert window.live.available
    (summary,) = aigul.meetings.list_meetings()
    theirs = aigul.meetings.get(summary.id)
    aigul.meetings.save(replace(theirs, title="Заседание правления"), by="Айгуль")
    qtbot.waitUntil(lambda: listed_titles(window) == ["Заседание правления"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.editor.details.title.text() == "Заседание правления",
                    timeout=WAIT_MS)
    aigul.meetings.create(Meeting(title="Новое заседание", date=date(2026, 5, 1)))
    qtbot.waitUntil(lambda: "Новое заседание" in listed_titles(window), timeout=WAIT_MS)


def test_typing_not_yet_saved_is_never_replaced(qtbot, window, server, monkeypatch):
    # The autosave (a second after the typing) may come before the other save's notice on a
    # slow machine: its conflict is then left undecided, which keeps the typing as well.
    answers = [ConflictChoice.UNDECIDED]
    monkeypatch.setattr(conflict_dialog, "ask_about_conflict", lambda *_args: answers[-1])
    _services, aigul = server
    replace_text(window.editor.details.place, "г. Астана")  # typed, the autosave not yet run
    (summary,) = aigul.meetings.list_meetings()
    aigul.meetings.save(replace(aigul.meetings.get(summary.id), title="Заседание правления"))
    qtbot.waitUntil(lambda: listed_titles(window) == ["Заседание правления"], timeout=WAIT_MS)
    assert window.editor.current_meeting().place == "г. Астана"
    assert window.editor.details.title.text() == "Заседание совета"  # its save will ask
    # On closing, that save asks: their version taken here, so the window closes.
    answers.append(ConflictChoice.TAKE_THEIRS)
    assert window.close()


def test_a_lost_connection_is_said_and_unsaid(qtbot, window, server):
    services, _aigul = server
    seen: list[tuple[str, bool]] = []  # each signal, and whether the banner was up after it
    for signal, name in ((window.live.connection_lost, "lost"),
                         (window.live.connection_back, "back")):
        signal.connect(lambda *_args, name=name: seen.append(
            (name, CONNECTION_BANNER in window.banners)))
    with services.meetings._session_factory() as session:  # the server drops the listener
        session.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
            "datname = current_database() AND pid <> pg_backend_pid() "
            "AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')"))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert seen == [("lost", True), ("back", False)]
    assert window.statusBar().currentMessage() == "The database server can be reached again."


def test_the_list_follows_a_few_saves_row_by_row_and_ignores_its_own(qtbot, window, server,
                                                                     monkeypatch):
    """A secretary typing elsewhere saves every few seconds: each save updates its row, not
    the whole list (10,000 rows read each time would stall the typing here); this window's own
    saves come back from the server too, and change nothing."""
    _services, aigul = server
    reads: list[int] = []
    reload = window.list_panel.reload
    monkeypatch.setattr(window.list_panel, "reload", lambda: reads.append(1) or reload())
    (summary,) = aigul.meetings.list_meetings()
    theirs = aigul.meetings.get(summary.id)
    aigul.meetings.save(replace(theirs, title="Заседание правления"), by="Айгуль")
    qtbot.waitUntil(lambda: listed_titles(window) == ["Заседание правления"], timeout=WAIT_MS)
    assert reads == []
    seen: list[object] = []
    window.live.changed.connect(seen.append)
    replace_text(window.editor.details.place, "г. Астана")  # our own save, told back
    assert window.editor.flush()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    qtbot.wait(400)  # past the moment the list would follow
    assert reads == [] and not window._saved_elsewhere


def test_many_saves_at_once_read_the_list_whole(qtbot, window, server, monkeypatch):
    _services, aigul = server
    reads: list[int] = []
    reload = window.list_panel.reload
    monkeypatch.setattr(window.list_panel, "reload", lambda: reads.append(1) or reload())
    for number in range(25):  # an import elsewhere
        aigul.meetings.create(Meeting(title=f"Заседание {number}", date=date(2026, 5, 1)))
    qtbot.waitUntil(lambda: len(listed_titles(window)) == 26, timeout=WAIT_MS)
    assert reads
