"""`minutes-app self-test`: what the packaging smoke tests run on an installed or frozen
Minutes (packaging/smoke_test.py)."""

from minutes_app.app import main


def test_self_test_prints_the_russian_menus_and_succeeds(qapp, db_path, capsys):
    assert main(["--db", str(db_path), "self-test", "--lang", "ru"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "translations: editor_ru.qm, window_ru.qm; 3 loaded"
    assert out[1].startswith("menus: Файл | Правка")
    assert out[2] == "word template: ok"


def test_self_test_refuses_an_unknown_language(qapp, db_path, capsys):
    assert main(["--db", str(db_path), "self-test", "--lang", "de"]) == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
