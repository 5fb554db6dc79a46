"""Take the README screenshots, from data typed into the window (not made in code).

    python docs/make_screenshots.py       # everything, into docs/screenshots/
    python docs/make_screenshots.py --view agenda --lang kk    # some of the pictures
    python docs/make_screenshots.py --view details --view agenda --lang kk --size 1366x768

First the seminar of tests/gui/seminar_data.py is typed into a real main window on a temporary
database by tests/gui/seminar_by_hand.py (the organisation, the council and its roster, the
chair's degree in the people window, the meeting, its Kazakh texts in the Translation
section), and its Russian and Kazakh documents are exported as a pair through the export
dialog (docs/make_document_pages.py renders their pages). Then each view is photographed by
../shared/tools/screenshot (a virtual X screen) of this script run with --show VIEW on a copy
of that database.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "gui")]

VIEWS = ("list", "details", "attendees", "agenda", "outcome", "translation", "export",
         "bodies", "people", "preview", "tasks", "search", "approved", "welcome", "help")
EDITOR_VIEWS = ("details", "attendees", "agenda", "outcome", "translation")
LANGUAGES = ("ru", "kk")
TOOLS = ROOT.parent / "shared" / "tools"
SIZE = "1400x900"


def take_all(out_dir: Path, languages: tuple[str, ...],
             views: tuple[str, ...], size: str = SIZE) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="minutes-shots-"))
    database = scratch / "seminar.sqlite3"
    subprocess.run([sys.executable, __file__, "--record", str(database)], check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "" if size == SIZE else f"-{size}"  # a laptop's screen: beside, not instead
    for language in languages:
        for view in views:
            copy = scratch / f"{language}-{view}.sqlite3"  # each picture on the recorded data
            shutil.copyfile(database, copy)
            env = {**os.environ, "MINUTES_UI_LANG": language}
            env.pop("QT_QPA_PLATFORM", None)
            subprocess.run([str(TOOLS / "screenshot"),
                            str(out_dir / f"{language}-{view}{suffix}.png"),
                            "--size", size, "--wait", "6", "--", sys.executable, __file__,
                            "--show", view, "--db", str(copy)],
                           check=True, env=env)
    shutil.rmtree(scratch, ignore_errors=True)


def _window(database_path: Path):  # type: ignore[no-untyped-def]
    """The application, its translators and a main window on `database_path`."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minutes_app.services import Services
    from minutes_app.storage.db import open_database, resolve_database_url
    from minutes_app.ui.i18n import choose_language, install_translators
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.settings import AppSettings

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, choose_language("system"))
    database = open_database(resolve_database_url(str(database_path)))
    settings = AppSettings(QSettings(str(database_path.with_suffix(".ini")),
                                     QSettings.Format.IniFormat))
    window = MainWindow(Services.build(database.session_factory), settings)
    return app, translators, database, window


def record(database_path: Path) -> int:
    """Type the seminar into the window, then export its pair beside the database."""
    from seminar_by_hand import answer_questions, export_pair, record_seminar

    app, translators, database, window = _window(database_path)
    answer_questions()
    window.show()
    app.processEvents()
    untranslated = record_seminar(window)
    if untranslated:
        print("no Kazakh version in seminar_data for:", *untranslated, sep="\n  ")
    russian = database_path.with_name("seminar_ru.docx")
    dialog = export_pair(window, str(russian))
    if dialog.error_label.isVisible() or len(dialog.written_all or ()) != 2:
        print("the export failed:", dialog.error_label.text(), file=sys.stderr)
        return 1
    dialog.written_all[1].replace(database_path.with_name("seminar_kk.docx"))
    window.close()
    database.close()
    del translators
    return 0


def show(view: str, database_path: Path) -> int:
    """Show one view of the recorded seminar, as a secretary would look at it."""
    from minutes_app.ui.dialogs.export_dialog import ExportDialog

    app, translators, database, window = _window(database_path)
    language = os.environ.get("MINUTES_UI_LANG", "ru")
    window.setGeometry(app.primaryScreen().availableGeometry())
    editor = window.editor
    if view == "export":
        # The folder a secretary's documents go to, not the script's temporary one.
        window.settings.set_last_docx_folder(str(Path("/home/secretary/Documents")))
        dialog = ExportDialog(window.services, window.settings, editor.current_meeting())
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.pair_check.setChecked(True)
        dialog.show()
    elif view == "bodies":
        window.open_bodies()
    elif view == "people":
        window.open_people()
        _show_chair(window)
    elif view == "preview":
        _show_preview(window, language)
    elif view == "tasks":
        _show_tasks(window)
    elif view == "search":
        _show_search(window, language)
    elif view == "approved":
        _show_approved(window, language)
    elif view == "welcome":  # the dialog alone, as the screenshot tool photographs dialogs
        from minutes_app.ui.welcome import WelcomeDialog

        keep = WelcomeDialog("", None)
        keep.show()
    elif view == "help":
        from PySide6.QtWidgets import QMenu

        from minutes_app.ui.dialogs.help_dialog import HelpDialog

        menus = window.menuBar().findChildren(QMenu)
        keep = HelpDialog(dict.fromkeys(a for menu in menus for a in menu.actions()), None)
        keep.resize(760, 700)
        keep.show()
    else:
        if view == "list":
            window.list_panel.search_edit.setText("полиции")
        if view in EDITOR_VIEWS:
            editor.tabs.setCurrentIndex(EDITOR_VIEWS.index(view))
            if view == "agenda":
                editor.agenda.select(editor.current_meeting().agenda[0].key)
            if view == "translation":
                editor.translation.language.setCurrentIndex(
                    editor.translation.language.findData("kk"))
            width = sum(window.splitter.sizes())  # the editor gets the room a user gives it
            window.splitter.setSizes([width * 3 // 10, width - width * 3 // 10])
        window.show()
    code = app.exec()
    del translators
    database.close()
    return code


def _show_preview(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """The document preview beside the editor, in the interface's language."""
    from PySide6.QtCore import Qt

    window.preview_action.trigger()
    preview = window.preview
    preview.language_combo.setCurrentIndex(preview.language_combo.findData(language))
    window.show()
    width = window.width()
    window.resizeDocks([window.preview_dock], [width * 2 // 5], Qt.Orientation.Horizontal)
    window.splitter.setSizes([width // 5, width * 2 // 5])


def _show_tasks(window) -> None:  # type: ignore[no-untyped-def]
    """Directory → Tasks…: the council's tasks of two later meetings besides the seminar (added
    to this copy of the database: the seminar gave none), some done, two overdue."""
    from datetime import date

    from seminar_data import BODY, CHAIR, MEMBERS, SECRETARY

    from minutes_app.domain import ActionItem, AgendaItem, Attendee, Decision, Meeting, Role, Vote

    def meeting(number: str, day: date, title: str,
                tasks: tuple[ActionItem, ...]) -> Meeting:
        return Meeting(
            title="заседания Общественного совета", date=day, number=number, body=BODY["ru"],
            attendees=(Attendee(name=CHAIR, role=Role.CHAIR),
                       Attendee(name=SECRETARY, role=Role.SECRETARY)),
            agenda=(AgendaItem(title, decisions=(
                Decision("Информацию принять к сведению.", Vote(for_=5), actions=tasks),)),))

    kim, tursynbaev, abenova = MEMBERS[2:5]
    meetings = window.services.meetings
    meetings.create(meeting("5", date(2026, 9, 15), "О профилактике дорожно-транспортных "
                            "происшествий", (
        ActionItem("Подготовить предложения по установке камер у школ", (kim,),
                   date(2026, 10, 1), done=True, done_on=date(2026, 9, 29),
                   done_note="письмо № 112 от 29.09.2026"),
        ActionItem("Провести мониторинг пешеходных переходов", (tursynbaev, abenova),
                   date(2026, 11, 1)),
        ActionItem("Направить обращение в акимат города", (SECRETARY,), None))))
    meetings.create(meeting("6", date(2026, 10, 20), "О работе участковых инспекторов", (
        ActionItem("Обобщить обращения граждан за третий квартал", (abenova,),
                   date(2026, 11, 20)),
        ActionItem("Организовать приём граждан в районах города", (CHAIR, kim),
                   date(2026, 12, 15)),
        ActionItem("Подготовить отчёт совета за 2026 год", (SECRETARY,), date(2027, 1, 31)))))
    window.open_tasks()  # the window alone, as the people window is photographed
    dialog = window._tasks_dialog
    dialog.today = lambda: date(2026, 11, 29)  # the picture's day, whenever it is taken
    dialog.reload()
    dialog.table.selectRow(3)  # an open task: the overdue rows above show their colour
    dialog.resize(1300, 600)
    dialog.move(20, 20)  # on the picture's screen, whole


def _show_search(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """The search under the list: a word typed in one form finds others, in bold, in the
    seminar and two later meetings (added to this copy), one of them in Kazakh; the filters
    open under the box."""
    from datetime import date

    from seminar_data import BODY, CHAIR, SECRETARY

    from minutes_app.domain import AgendaItem, Attendee, Decision, Language, Meeting, Role

    def meeting(number: str, day: date, title: str, item: str, decision: str,
                language: Language = Language.RU) -> Meeting:
        return Meeting(title=title, date=day, number=number, body=BODY["ru"], language=language,
                       attendees=(Attendee(name=CHAIR, role=Role.CHAIR),
                                  Attendee(name=SECRETARY, role=Role.SECRETARY)),
                       agenda=(AgendaItem("Об утверждении плана работы на 2027 год"),
                               AgendaItem(item, decisions=(Decision(decision),))))

    meetings = window.services.meetings
    meetings.create(meeting("5", date(2026, 9, 15), "заседания Общественного совета",
                            "О работе участковых инспекторов полиции",
                            "Рекомендовать Департаменту полиции проводить встречи с жителями "
                            "каждого участка не реже раза в квартал."))
    meetings.create(meeting("6", date(2026, 10, 20), "Қоғамдық кеңес отырысының",
                            "Полиция мен жұртшылықтың өзара іс-қимылы туралы",
                            "Қоғамдық кеңестің ұсыныстарын полиция департаментіне жіберу.",
                            Language.KK))
    window.list_panel.reload()
    width = sum(window.splitter.sizes())  # the list gets the room the hits need
    window.splitter.setSizes([width * 45 // 100, width - width * 45 // 100])
    window.list_panel.filters_button.setChecked(True)
    window.list_panel.search_edit.setText("полиция" if language == "ru" else "кеңесінің")
    window.show()


def _show_approved(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """The seminar approved by its chair through File → Approve…, reopened with a reason, its
    notes changed, and approved again: read-only under the banner, its History in Details."""
    from seminar_data import CHAIR, SECRETARY

    from minutes_app.domain import short_name
    from minutes_app.ui.editor import approval

    editor = window.editor
    editor.author = short_name(SECRETARY)
    approval.ask_approver = lambda _parent, _meeting, _default: short_name(CHAIR)
    approval.ask_reopen_reason = lambda _parent: (
        "уточнён состав участников" if language == "ru" else "қатысушылар құрамы нақтыланды")
    editor.approve()
    editor.reopen()
    notes = editor.details.notes
    notes.setPlainText(" ".join(filter(None, (notes.toPlainText(),
                                              "Протокол сверен с аудиозаписью."))))
    editor.flush()
    editor.approve()
    editor.tabs.setCurrentIndex(EDITOR_VIEWS.index("details"))
    width = sum(window.splitter.sizes())
    window.splitter.setSizes([width * 3 // 10, width - width * 3 // 10])
    window.show()


def _show_chair(window) -> None:  # type: ignore[no-untyped-def]
    """The people window on the chair: his degree in Russian and Kazakh, his meeting."""
    from PySide6.QtWidgets import QWidget
    from seminar_data import CHAIR

    dialog = window.findChild(QWidget, "peopleDialog")
    person = window.services.directory.find_person(CHAIR)
    if dialog is not None and person is not None:
        dialog.select_person(person.id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=VIEWS, help="show one view instead of taking all")
    parser.add_argument("--db", type=Path, help="the database --show opens")
    parser.add_argument("--record", type=Path, metavar="DB",
                        help="type the seminar into the window on a new database DB")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--view", choices=VIEWS, action="append")
    parser.add_argument("--size", default=SIZE, metavar="WxH",
                        help=f"the screen (default {SIZE}; 1366x768: a laptop's, the "
                             "pictures named e.g. kk-agenda-1366x768.png)")
    args = parser.parse_args()
    if args.record:
        return record(args.record)
    if args.show:
        if args.db is None:
            parser.error("--show needs --db (a database the seminar was recorded in)")
        return show(args.show, args.db)
    take_all(args.out, tuple(args.lang or LANGUAGES),
             tuple(args.view or VIEWS), args.size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
