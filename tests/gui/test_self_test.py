"""`minutes-app self-test` (minutes_app/ui/self_test.py): the window in the language asked for,
from the translations inside the package; what the packaging smoke tests rely on."""

from minutes_app.ui import i18n
from minutes_app.ui.self_test import run_self_test


def test_russian_menus_from_the_packaged_translations(qapp, services):
    said: list[str] = []
    assert run_self_test(services, "ru", said.append) == 0
    assert said[0] == "translations: editor_ru.qm, window_ru.qm; 3 loaded"
    assert said[1].startswith("menus: Файл | Правка | Вид")
    assert said[2] == "word template: ok"


def test_kazakh_and_english(qapp, services):
    said: list[str] = []
    assert run_self_test(services, "kk", said.append) == 0
    assert said[1].startswith("menus: Файл | Түзету")
    said.clear()
    assert run_self_test(services, "en", said.append) == 0
    assert said[1].startswith("menus: File | Edit")


def test_missing_translations_fail_the_test(qapp, services, monkeypatch):
    monkeypatch.setattr(i18n, "packaged_translations", lambda: {})
    monkeypatch.setattr("minutes_app.ui.self_test.packaged_translations", lambda: {})
    said: list[str] = []
    assert run_self_test(services, "ru", said.append) == 1
    assert said[0] == "translations: none; 1 loaded"
    assert said[1].startswith("menus: File")


def test_an_unknown_language_is_refused(qapp, services):
    said: list[str] = []
    assert run_self_test(services, "de", said.append) == 1
    assert "unknown language 'de'" in said[0]
