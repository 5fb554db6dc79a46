"""File → Export Word document: form, language, extract, letterhead and target file.

A document in a language other than the meeting's own uses the texts' versions in it; the
texts that have none are listed before exporting (they are written in the meeting's own
language). The pair of documents (a хаттама and a протокол: one number, date and attendees)
can be exported in one step, the second file beside the first.

The export runs on a worker thread (a letterhead is unpacked, checked and cleaned; the file is
flushed to disk), so the window never freezes; the dialog waits with its fields disabled and
shows the outcome. An existing file is replaced only when the user says so.
"""

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import Language, Meeting
from minutes_app.files import is_read_only
from minutes_app.services import Services
from minutes_app.ui.dialogs import existing_file
from minutes_app.ui.editor.labels import first_line
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.translation_model import text_place
from minutes_app.ui.settings import AppSettings, documents_folder

log = logging.getLogger(__name__)

# Language names are written in their own language, whatever the interface language is.
LANGUAGE_NAMES = {Language.RU: "Русский", Language.KK: "Қазақша", Language.EN: "English"}
# The default file name is in the document's language: (minutes, extract) patterns.
_FILE_NAMES = {
    Language.RU: ("Протокол{no} от {date}", "Выписка из протокола{no} от {date}"),
    Language.KK: ("Хаттама{no}, {date}", "Хаттамадан үзінді{no}, {date}"),
    Language.EN: ("Minutes{no_en} of {date}", "Extract of minutes{no_en} of {date}"),
}
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def default_file_name(meeting: Meeting, language: Language, extract: bool) -> str:
    """'Протокол №3 от 15.03.2026.docx' and its Kazakh and English forms."""
    pattern = _FILE_NAMES[language][1 if extract else 0]
    number = meeting.number.strip()
    name = pattern.format(no=f" №{number}" if number else "",
                          no_en=f" No. {number}" if number else "",
                          date=f"{meeting.date:%d.%m.%Y}")
    return _NOT_IN_FILE_NAMES.sub("-", name) + ".docx"


def _item_number(path: str) -> int | None:
    """The 1-based agenda item a text belongs to ("agenda[1].title" -> 2), None if none."""
    match = re.match(r"agenda\[(\d+)\]", path)
    return int(match.group(1)) + 1 if match else None


def pair_language(language: Language, own: Language) -> Language:
    """The other document of a pair: Kazakh for Russian, Russian for Kazakh; for English,
    the meeting's own language (Russian when that is English too)."""
    if language is Language.RU:
        return Language.KK
    if language is Language.KK:
        return Language.RU
    return own if own is not Language.EN else Language.RU


@dataclass(frozen=True)
class _Request:
    """Everything the worker needs, read from the widgets on the GUI thread."""

    target: Path
    template: Path | None
    form: str
    language: str
    extract: tuple[int, ...]
    author: str
    long_term_margin: bool
    pair: tuple[str, Path] | None = None  # the second document's language and file


class ExportDialog(QDialog):
    """Asks how to export `meeting`, then writes the document; errors stay in the dialog.

    After exec() returned Accepted, `written` is the path of the new document (the first of a
    pair) and `written_all` the paths of every document written. While the documents are
    being written `busy` is True and the dialog cannot be closed.
    """

    # (request, the written Path or the exception), emitted on the worker thread
    _export_done = Signal(object, object)

    def __init__(self, services: Services, settings: AppSettings, meeting: Meeting,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._meeting = meeting
        self._target_is_default = True
        self.written: Path | None = None
        self.written_all: tuple[Path, ...] = ()
        self.busy = False
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Word document"))
        self._build()
        self._fill()
        self.form_combo.currentIndexChanged.connect(self._update_default_target)
        self.language_combo.currentIndexChanged.connect(self._update_default_target)
        self.language_combo.currentIndexChanged.connect(self._update_pair_check)
        self.language_combo.currentIndexChanged.connect(self._update_fallbacks)
        self.pair_check.toggled.connect(self._update_fallbacks)
        self.items.itemChanged.connect(self._update_default_target)
        self.items.itemChanged.connect(self._update_pair_target)
        self.items.itemChanged.connect(self._update_fallbacks)
        self.target_edit.textEdited.connect(self._on_target_edited)
        self.target_edit.textChanged.connect(self._update_pair_target)
        self.pair_check.toggled.connect(self._update_pair_target)
        self._export_done.connect(self._on_export_done, Qt.ConnectionType.QueuedConnection)

    # --- construction -----------------------------------------------------------------------
    def _named(self, widget: QWidget, name: str, accessible: str) -> QWidget:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _build(self) -> None:
        self.form_combo = self._named(QComboBox(self), "exportFormCombo", self.tr("Form"))
        self.language_combo = self._named(QComboBox(self), "exportLanguageCombo",
                                          self.tr("Document language"))
        self.items = QStandardItemModel(self)
        self.items_view = self._named(QListView(self), "exportItemsList",
                                      self.tr("Agenda items for an extract"))
        self.items_view.setModel(self.items)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long item titles wrap instead of hiding behind a horizontal scroll bar.
        self.items_view.setWordWrap(True)
        self.items_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.items_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fallbacks_label = QLabel(self, objectName="exportFallbacksLabel", wordWrap=True)
        self.fallbacks = QStandardItemModel(self)
        self.fallbacks_view = self._named(QListView(self), "exportFallbacksList",
                                          self.tr("Texts without a translation"))
        self.fallbacks_view.setModel(self.fallbacks)
        self.fallbacks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fallbacks_view.setWordWrap(True)
        self.fallbacks_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.pair_check = self._named(QCheckBox(self), "exportPairCheck",
                                      self.tr("Also export the other document of the pair"))
        self.pair_target_label = QLabel(self, objectName="exportPairTargetLabel",
                                        wordWrap=True)
        self.pair_target_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_edit = self._named(QLineEdit(self), "exportTemplateEdit",
                                         self.tr("Letterhead file"))
        self.template_edit.setPlaceholderText(self.tr("None: a plain A4 page"))
        self.template_edit.setClearButtonEnabled(True)
        self.template_button = self._named(QPushButton(self.tr("Choose…"), self),
                                           "exportTemplateButton", self.tr("Choose letterhead"))
        self.target_edit = self._named(QLineEdit(self), "exportTargetEdit", self.tr("Save as"))
        self.target_button = self._named(QPushButton(self.tr("Browse…"), self),
                                         "exportTargetButton", self.tr("Choose the file"))
        self.open_document_check = self._named(
            QCheckBox(self.tr("Open the document"), self),
            "exportOpenDocumentCheck", self.tr("Open the document afterwards"))
        self.open_folder_check = self._named(
            QCheckBox(self.tr("Open the folder"), self),
            "exportOpenFolderCheck", self.tr("Open the folder afterwards"))
        self.error_label = QLabel(self, objectName="exportErrorLabel", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.progress_label = QLabel(self.tr("Writing the document…"), self,
                                     objectName="exportProgressLabel")
        self.progress_label.hide()
        self.template_button.clicked.connect(self._choose_template)
        self.target_button.clicked.connect(self._choose_target)

        content = QFormLayout()
        content.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        content.addRow(self._label(self.tr("&Form:"), self.form_combo), self.form_combo)
        content.addRow(self._label(self.tr("&Language:"), self.language_combo),
                       self.language_combo)
        items_hint = QLabel(self.tr("E&xtract: tick the items to include. Nothing ticked: "
                                    "the whole minutes."), self, wordWrap=True)
        items_hint.setBuddy(self.items_view)
        content.addRow(items_hint)
        content.addRow(self.items_view)
        content.addRow(self.fallbacks_label)
        content.addRow(self.fallbacks_view)
        files = QFormLayout()
        files.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        files.addRow(self._label(self.tr("Letter&head:"), self.template_edit),
                     self._row(self.template_edit, self.template_button))
        files.addRow(self._label(self.tr("Save &as:"), self.target_edit),
                     self._row(self.target_edit, self.target_button))
        files.addRow(self.pair_check)
        files.addRow(self.pair_target_label)
        afterwards = QVBoxLayout()
        afterwards.addWidget(self.open_document_check)
        afterwards.addWidget(self.open_folder_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export_button = self.buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        export_button.setObjectName("exportButton")
        export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._groups = [self._group(self.tr("Document"), content),
                        self._group(self.tr("Files"), files),
                        self._group(self.tr("After the export"), afterwards)]
        layout = QVBoxLayout(self)
        layout.addWidget(self._groups[0], stretch=1)
        for group in self._groups[1:]:
            layout.addWidget(group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)  # room for a full path; grows with longer labels

    def _group(self, title: str, inner: QLayout) -> QGroupBox:
        group = QGroupBox(title, self)
        group.setLayout(inner)
        return group

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return row

    def _fill(self) -> None:
        self.form_combo.addItem(self.tr("Full (heard, discussion, decisions)"), "full")
        self.form_combo.addItem(self.tr("Short (decisions only)"), "short")
        for language, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, language.value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(
            self._meeting.language.value))
        for number, item in enumerate(self._meeting.agenda, start=1):
            row = QStandardItem(f"{number}. {item.title}")
            row.setCheckable(True)
            row.setData(number, Qt.ItemDataRole.UserRole)
            self.items.appendRow(row)
        self.template_edit.setText(self._settings.last_template)
        self.open_document_check.setChecked(self._settings.open_document_after_export)
        self.open_folder_check.setChecked(self._settings.open_folder_after_export)
        self._update_default_target()
        self._update_pair_check()
        self._update_pair_target()
        self._update_fallbacks()

    # --- values -------------------------------------------------------------------------------
    def form(self) -> str:
        return str(self.form_combo.currentData())

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def extract(self) -> tuple[int, ...]:
        return tuple(int(self.items.item(row).data(Qt.ItemDataRole.UserRole))
                     for row in range(self.items.rowCount())
                     if self.items.item(row).checkState() == Qt.CheckState.Checked)

    def open_document(self) -> bool:
        return self.open_document_check.isChecked()

    def open_folder(self) -> bool:
        return self.open_folder_check.isChecked()

    def pair(self) -> Language | None:
        """The language of the pair's second document, when it is to be exported too."""
        if not self.pair_check.isChecked():
            return None
        return pair_language(self.language(), self._meeting.language)

    def pair_target(self) -> Path | None:
        """The second document's file: its usual name, in the first one's folder."""
        language = self.pair()
        target_text = self.target_edit.text().strip()
        if language is None or not target_text:
            return None
        folder = Path(target_text).expanduser().parent
        return folder / default_file_name(self._meeting, language, bool(self.extract()))

    def _update_default_target(self) -> None:
        if not self._target_is_default:
            return
        folder = Path(self._settings.last_docx_folder() or documents_folder())
        name = default_file_name(self._meeting, self.language(), bool(self.extract()))
        self.target_edit.setText(str(folder / name))

    def _on_target_edited(self) -> None:
        self._target_is_default = False

    # --- the pair and the texts without a translation --------------------------------------
    def _update_pair_check(self) -> None:
        other = pair_language(self.language(), self._meeting.language)
        texts = {Language.RU: self.tr("Al&so export the Russian document (протокол)"),
                 Language.KK: self.tr("Al&so export the Kazakh document (хаттама)"),
                 Language.EN: self.tr("Al&so export the English document")}
        self.pair_check.setText(texts[other])
        self._update_pair_target()

    def _update_pair_target(self) -> None:
        target = self.pair_target()
        self.pair_target_label.setVisible(target is not None)
        self.pair_target_label.setText(
            self.tr("Second file: %1").replace("%1", str(target)) if target else "")

    def _update_fallbacks(self) -> None:
        """List, for each document to be written, the texts that have no version in its
        language and will be written in the meeting's own language."""
        self.fallbacks.clear()
        problems: list[str] = []
        languages = [self.language()]
        if self.pair() is not None:
            languages.append(self.pair())
        for language in languages:
            try:
                fallbacks = self._fallbacks(language)
            except Exception as error:  # the list is advice: exporting stays possible
                log.info("cannot list the texts without a translation", exc_info=True)
                problems.append(describe(error))
                continue
            if fallbacks:
                self._add_fallbacks(language, fallbacks)
        count = self.fallbacks.rowCount()
        self.fallbacks_view.setVisible(count > 0)
        self.fallbacks_label.setVisible(count > 0 or bool(problems))
        if problems:
            self.fallbacks_label.setText(self.tr("The texts without a translation could not "
                                                 "be listed: %1").replace("%1", problems[0]))
        elif count:
            self.fallbacks_label.setText(self.tr(
                "These texts have no translation: they will be written in the meeting's "
                "language."))

    def _fallbacks(self, language: Language) -> list:
        """The texts without a version in `language`; in an extract, only those it prints."""
        assert self._meeting.id is not None
        extract = self.extract()
        return [fallback for fallback
                in self._services.documents.fallbacks(self._meeting.id, language.value)
                if not extract or _item_number(fallback.path) in (None, *extract)]

    def _add_fallbacks(self, language: Language, fallbacks: list) -> None:
        documents = {Language.RU: self.tr("Russian document (%1):"),
                     Language.KK: self.tr("Kazakh document (%1):"),
                     Language.EN: self.tr("English document (%1):")}
        heading = QStandardItem(documents[language].replace("%1", str(len(fallbacks))))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setData(language.value, Qt.ItemDataRole.UserRole)
        self.fallbacks.appendRow(heading)
        for fallback in fallbacks:
            row = QStandardItem(f"{text_place(self._meeting, fallback.path)}: "
                                f"{first_line(fallback.text, 80)}")
            row.setToolTip(fallback.text)
            row.setData(fallback.path, Qt.ItemDataRole.UserRole)
            self.fallbacks.appendRow(row)

    def fallback_places(self, language: Language) -> list[str]:
        """The places listed under the document in `language` ("Title", "Item 1 — heard 1")."""
        places: list[str] = []
        inside = False
        for row in range(self.fallbacks.rowCount()):
            item = self.fallbacks.item(row)
            if item.font().bold():
                inside = item.data(Qt.ItemDataRole.UserRole) == language.value
            elif inside:
                places.append(text_place(self._meeting, item.data(Qt.ItemDataRole.UserRole)))
        return places

    # --- file pickers ----------------------------------------------------------------------
    def _choose_template(self) -> None:
        start = self.template_edit.text() or self._settings.last_docx_folder()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a letterhead"), start,
            self.tr("Word documents and templates (*.docx *.dotx)"))
        if name:
            self.template_edit.setText(name)

    def _choose_target(self) -> None:
        # Not Qt's own "replace?" question: ours offers a free name too (see accept).
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"),
                                              self.target_edit.text(),
                                              self.tr("Word documents (*.docx)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.target_edit.setText(name)
            self._target_is_default = False

    # --- export ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Start the export on a worker thread; the dialog closes when it succeeded and stays
        open with the reason shown when it failed."""
        if self.busy:
            return
        request = self._request()
        if request is None:
            return
        self.error_label.hide()
        self._set_busy(True)
        threading.Thread(target=self._export, args=(request,), name="export-docx",
                         daemon=True).start()

    def reject(self) -> None:
        if not self.busy:  # a half-written export cannot be called back
            super().reject()

    def _request(self) -> _Request | None:
        """What to write where, once the user agreed to it; None (and why, shown) if not."""
        target_text = self.target_edit.text().strip()
        if not target_text:
            self._show_error(self.tr("Choose the file to save the document to."))
            return None
        target = Path(target_text).expanduser()
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        template_text = self.template_edit.text().strip()
        template = Path(template_text).expanduser() if template_text else None
        if template is not None and not template.is_file():
            self._show_error(self.tr("The letterhead file %1 does not exist.")
                             .replace("%1", str(template)))
            return None
        pair: tuple[str, Path] | None = None
        second = self.pair_target()
        pair_language_ = self.pair()
        if second is not None and pair_language_ is not None:
            if second == target:
                self._show_error(self.tr("The two documents cannot be saved in one file: "
                                         "choose another name for %1.").replace("%1", target.name))
                return None
            chosen_second = self._confirm_target(second)
            if chosen_second is None:
                return None
            pair = (pair_language_.value, chosen_second)
        chosen = self._confirm_target(target)
        if chosen is None:
            return None
        if chosen != target:
            self.target_edit.setText(str(chosen))
            self._target_is_default = False
        return _Request(chosen, template, self.form(), self.language().value, self.extract(),
                        self._settings.document_author, self._settings.long_term_margin, pair)

    def _confirm_target(self, target: Path) -> Path | None:
        """`target`, or the free name the user chose when it exists; None: cancelled."""
        if target.is_file() and not is_read_only(target):  # a read-only one is refused later
            return existing_file.ask(self, target)
        return target

    def _export(self, request: _Request) -> None:
        """On the worker thread: write the document; the outcome goes back to the GUI thread."""
        assert self._meeting.id is not None
        options = {"form": request.form, "template": request.template,
                   "extract": request.extract, "author": request.author,
                   "long_term_margin": request.long_term_margin}
        try:
            outcome: object
            if request.pair is not None:
                second_language, second = request.pair
                results = self._services.documents.export_pair(
                    self._meeting.id, {request.language: request.target, second_language: second},
                    **options)
                # The chosen language's document first: it is the one `written` names.
                ordered = sorted(results, key=lambda r: str(r.language) != request.language)
                outcome = tuple(Path(result.path) for result in ordered)
            else:
                written = self._services.documents.export_docx(
                    self._meeting.id, request.target, language=request.language, **options)
                outcome = (Path(written) if written else request.target,)
        except Exception as error:  # every failure is shown in the dialog, none is lost here
            log.info("export of meeting %s failed", self._meeting.id, exc_info=True)
            outcome = error
        self._export_done.emit(request, outcome)

    def _on_export_done(self, request: _Request, outcome: object) -> None:
        self._set_busy(False)
        if isinstance(outcome, BaseException):
            self._show_error(describe(outcome) or type(outcome).__name__)
            return
        assert isinstance(outcome, tuple) and outcome
        self.written = outcome[0]
        self.written_all = outcome
        self._remember(request.template)
        super().accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (*self._groups, self.buttons):
            widget.setEnabled(not busy)
        self.progress_label.setText(self.tr("Writing the documents…") if self.pair()
                                    else self.tr("Writing the document…"))
        self.progress_label.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _remember(self, template: Path | None) -> None:
        assert self.written is not None
        self._settings.set_last_docx_folder(str(self.written.parent))
        self._settings.last_template = str(template) if template else ""
        self._settings.open_document_after_export = self.open_document()
        self._settings.open_folder_after_export = self.open_folder()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
