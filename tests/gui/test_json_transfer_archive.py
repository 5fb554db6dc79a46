"""File → Import JSON with a version 2 file: the directory comes in with the meetings, and the
warning about a body member no one knows is worded in the user's language."""

import json

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from minutes_app.ui import i18n
from minutes_app.ui.main_window import MainWindow
from tests.interchange.archive_example import EXAMPLE_V2


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def notes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


def import_through_the_menu(qtbot, window: MainWindow, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=60_000)  # a bound for a busy machine, not a timed assertion


def test_a_version_2_file_brings_its_directory_and_words_its_warnings_in_russian(
        qtbot, qapp, window, services, tmp_path, monkeypatch, notes):
    source = tmp_path / "seminar.json"
    source.write_text(EXAMPLE_V2, encoding="utf-8")
    installed = i18n.install_translators(qapp, "ru")
    try:
        import_through_the_menu(qtbot, window, monkeypatch, source)
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
    assert notes == ["Импорт выполнен. Стоит проверить:\n"
                     "• Общественный совет МВД РК: члена Ким Ольга Викторовна нет ни среди людей "
                     "этого файла, ни в справочнике; в справочник добавлена запись только с "
                     "именем.\n"
                     "• Заседание 1 в файле, решение 1.1: голосов подано 20, а членов "
                     "присутствует только 1."]
    assert [b.name for b in services.directory.list_bodies()] == ["Общественный совет МВД РК"]
    assert len(services.meetings.list_meetings()) == 1


def test_the_warning_in_english(qtbot, window, tmp_path, monkeypatch, notes):
    source = tmp_path / "seminar.json"
    source.write_text(EXAMPLE_V2, encoding="utf-8")
    import_through_the_menu(qtbot, window, monkeypatch, source)
    assert notes[0].splitlines()[1] == (
        "• Общественный совет МВД РК: the member Ким Ольга Викторовна is neither among the "
        "file's people nor in the directory; added to the directory with the name only.")


def test_a_file_of_only_a_directory_is_imported_not_called_nothing(qtbot, window, services,
                                                                  tmp_path, monkeypatch, notes):
    document = json.loads(EXAMPLE_V2)
    document["meetings"] = []
    source = tmp_path / "directory.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_through_the_menu(qtbot, window, monkeypatch, source)
    (note,) = notes
    assert note.splitlines()[0] == "Imported. Worth a second look:"
    assert [b.name for b in services.directory.list_bodies()] == ["Общественный совет МВД РК"]


def test_an_empty_file_is_still_nothing_imported(qtbot, window, tmp_path, monkeypatch, notes):
    source = tmp_path / "empty.json"
    source.write_text('{"format": "minutes-json", "version": 2, "meetings": []}', "utf-8")
    import_through_the_menu(qtbot, window, monkeypatch, source)
    assert notes == ["Nothing was imported.\n• empty.json holds no meetings."]
