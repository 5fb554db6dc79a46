"""Directory → Councils and commissions…: the bodies whose meetings are recorded.

Each body: its name in Russian with its Kazakh and English versions, organisation, kind of
meeting, usual place (in the three languages), quorum rule, how its protocols are numbered,
letterhead file, and its members with their role in the body and the dates of their
membership. A person typed into the roster who is not in the people directory is added to it
when the body is saved.
"""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QStringListModel, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import (
    Body,
    DecisionVerb,
    DocumentSettings,
    DomainError,
    Language,
    Numbering,
    QuorumKind,
    QuorumRule,
    Role,
    Translations,
)
from minutes_app.domain.model import MAX_FONT_SIZE, MIN_FONT_SIZE
from minutes_app.services import ServiceError, Services
from minutes_app.ui.dialogs.directory_dialog import DirectoryDialog
from minutes_app.ui.editor.details_page import KIND_SUGGESTIONS
from minutes_app.ui.editor.labels import role_label
from minutes_app.ui.editor.widgets import OptionalDateEdit, enable, named, single_line
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.body_models import MEMBER_ROLES, BodyListModel, MemberTableModel

_MEMBER_FIELD = re.compile(r"^members\[(\d+)\]\.?(\w*)")
_OTHER_LANGUAGES = (Language.KK, Language.EN)
# Offered whether or not installed here: the fonts Kazakhstan's state bodies write in.
_USUAL_FONTS = ("Times New Roman", "Arial", "Calibri")


def choose_letterhead(parent: QWidget, folder: str) -> str:
    """The letterhead file the secretary picks ("" when cancelled; tests replace this)."""
    translate = QCoreApplication.translate
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("BodiesDialog", "Choose a letterhead"), folder,
        translate("BodiesDialog", "Word documents and templates (*.docx *.dotx)"))
    return path


class BodiesDialog(DirectoryDialog[Body]):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(BodyListModel(), parent)
        self.model.setParent(self)
        self._services = services
        self.setObjectName("bodiesDialog")
        self.setWindowTitle(self.tr("Councils and commissions"))
        self.list.setAccessibleName(self.tr("Councils and commissions"))
        self.resize(980, 720)
        self._letterhead = ""
        self._build_form()
        self.refresh_choices()
        self.start()

    # -- building --------------------------------------------------------------------------
    def _new_text(self) -> str:
        return self.tr("&New body")

    def _build_form(self) -> None:
        self.name = self._line("nameEdit", self.tr("Name in Russian"))
        self.names = {lang: self._line(f"name{lang.value.title()}Edit", label) for lang, label
                      in zip(_OTHER_LANGUAGES, (self.tr("Name in Kazakh"),
                                                self.tr("Name in English")), strict=True)}
        self.organization = self._combo("organizationCombo", self.tr("Organisation"))
        self.kind = self._combo("kindCombo", self.tr("Kind of meeting"))
        self.kind.addItems(KIND_SUGGESTIONS[Language.RU])
        self.place = self._line("placeEdit", self.tr("Usual place in Russian"))
        self.places = {lang: self._line(f"place{lang.value.title()}Edit", label) for lang, label
                       in zip(_OTHER_LANGUAGES, (self.tr("Usual place in Kazakh"),
                                                 self.tr("Usual place in English")),
                              strict=True)}
        self.quorum = named(QComboBox(self), "quorumCombo", self.tr("Quorum"))
        for kind, text in ((QuorumKind.MAJORITY, self.tr("more than half of the members")),
                           (QuorumKind.TWO_THIRDS, self.tr("at least two thirds of the members")),
                           (QuorumKind.COUNT, self.tr("at least this number of members:"))):
            self.quorum.addItem(text, kind.value)
        self.quorum_count = named(QSpinBox(self), "quorumCountSpin",
                                  self.tr("Members needed for a quorum"))
        self.quorum_count.setRange(0, 9999)
        self.numbering = named(QComboBox(self), "numberingCombo", self.tr("Numbering"))
        for numbering, text in ((Numbering.YEARLY, self.tr("from 1 each year")),
                                (Numbering.CONTINUOUS, self.tr("continuous, across years"))):
            self.numbering.addItem(text, numbering.value)
        self._build_document_settings()
        self.letterhead = QLabel(self)
        self.letterhead.setObjectName("letterheadLabel")
        self.choose_letterhead = self._small_button(
            "chooseLetterheadButton", self.tr("C&hoose…"), self._choose_letterhead)
        self.clear_letterhead = self._small_button(
            "clearLetterheadButton", self.tr("C&lear"), lambda: self._set_letterhead(""))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        quorum_row = self._row(self.quorum, self.quorum_count)
        letterhead_row = self._row(self.letterhead, self.choose_letterhead,
                                   self.clear_letterhead, stretch_first=True)
        style_row = self._row(self.font_combo, self.font_size, self.margin_check)
        for text, field, buddy in (
            (self.tr("N&ame:"), self.name, self.name),
            (self.tr("In &Kazakh:"), self.names[Language.KK], self.names[Language.KK]),
            (self.tr("In En&glish:"), self.names[Language.EN], self.names[Language.EN]),
            (self.tr("&Organisation:"), self.organization, self.organization),
            (self.tr("K&ind of meeting:"), self.kind, self.kind),
            (self.tr("Usual &place:"), self.place, self.place),
            (self.tr("Place in Ka&zakh:"), self.places[Language.KK], self.places[Language.KK]),
            (self.tr("Place in &English:"), self.places[Language.EN], self.places[Language.EN]),
            (self.tr("&Quorum:"), quorum_row, self.quorum),
            (self.tr("N&umbering:"), self.numbering, self.numbering),
            (self.tr("Letterhead &file:"), letterhead_row, self.choose_letterhead),
            (self.tr("Document st&yle:"), style_row, self.font_combo),
            (self.tr("Decisions &written as:"), self.decision_verb, self.decision_verb),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, field)
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self._build_members(), 1)

        for edit in (self.name, self.place, *self.names.values(), *self.places.values()):
            edit.textEdited.connect(lambda _t: self.edited())
        for combo in (self.organization, self.kind):
            combo.editTextChanged.connect(lambda _t: self.edited())
        self.quorum.currentIndexChanged.connect(lambda _i: self._on_quorum_changed())
        self.quorum_count.valueChanged.connect(lambda _v: self.edited())
        self.numbering.currentIndexChanged.connect(lambda _i: self.edited())
        self.font_combo.editTextChanged.connect(lambda _t: self.edited())
        self.font_size.valueChanged.connect(lambda _v: self.edited())
        self.margin_check.toggled.connect(lambda _c: self.edited())
        self.decision_verb.currentIndexChanged.connect(lambda _i: self.edited())

    def _build_document_settings(self) -> None:
        """How the body's protocols are set (GOST R 7.0.97-2025 leaves the font to the
        organisation, 12–14 pt recommended) and the word over its decisions."""
        # Typed or chosen: the documents may be printed on another computer, so a font this
        # one lacks is still a valid choice.
        self.font_combo = self._combo("fontCombo", self.tr("Font of the documents"))
        self.font_combo.addItems(sorted({*_USUAL_FONTS, *QFontDatabase.families()}))
        self.font_size = named(QDoubleSpinBox(self), "fontSizeSpin", self.tr("Font size"))
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setSingleStep(0.5)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(self.tr(" pt"))
        self.margin_check = named(
            QCheckBox(self.tr("30 mm left margin (kept o&ver 10 years)"), self), "marginCheck",
            self.tr("30 mm left margin"))
        self.decision_verb = named(QComboBox(self), "decisionVerbCombo",
                                   self.tr("Decisions written as"))
        # The words themselves, as the documents print them in each language.
        for verb, words in ((DecisionVerb.RESOLVED, "ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ / RESOLVED"),
                            (DecisionVerb.DECIDED, "РЕШИЛИ / ШЕШТІ / DECIDED")):
            self.decision_verb.addItem(words, verb.value)

    def _show_document_settings(self, settings: DocumentSettings) -> None:
        self.font_combo.setEditText(settings.font_name)
        self.font_size.setValue(settings.font_size)
        self.margin_check.setChecked(settings.long_term_margin)
        self.decision_verb.setCurrentIndex(
            self.decision_verb.findData(settings.decision_verb.value))

    def _document_settings(self) -> DocumentSettings:
        font = single_line(self.font_combo.currentText()).strip()
        return DocumentSettings(font, self.font_size.value(),
                                self.margin_check.isChecked(),
                                DecisionVerb(self.decision_verb.currentData()))

    def _build_members(self) -> QGroupBox:
        box = QGroupBox(self.tr("Members"), self)
        self.members = MemberTableModel(self)
        self.member_table = named(QTableView(box), "memberTable", self.tr("Members"))
        self.member_table.setModel(self.members)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.verticalHeader().hide()
        # Room for a small commission's whole roster (7 rows) before it scrolls.
        rows = 7 * self.member_table.verticalHeader().defaultSectionSize()
        self.member_table.setMinimumHeight(rows + self.member_table.horizontalHeader().height())
        header = self.member_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MemberTableModel.COL_PERSON, QHeaderView.ResizeMode.Stretch)

        self._people = QStringListModel(self)
        completer = QCompleter(self._people, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.member_person = self._line("memberPersonEdit", self.tr("Member's name"))
        self.member_person.setPlaceholderText(self.tr("Surname Given name Patronymic"))
        self.member_person.setCompleter(completer)
        self.member_role = named(QComboBox(box), "memberRoleCombo", self.tr("Role in the body"))
        for role in MEMBER_ROLES:
            self.member_role.addItem(role_label(role), role.value)
        self.member_from = OptionalDateEdit(box)
        self.member_to = OptionalDateEdit(box)
        for edit, name, title in ((self.member_from, "memberFrom", self.tr("Member from")),
                                  (self.member_to, "memberTo", self.tr("Member until"))):
            named(edit.check, f"{name}SetCheck", self.tr("%1 is set").replace("%1", title))
            named(edit.editor, f"{name}Edit", title)
            edit.set_texts(self.tr("not set"), self.tr("Tick to enter the date"))
        self.add_member = self._small_button("addMemberButton", self.tr("Add member"),
                                             self._add_member)
        self.remove_member = self._small_button("removeMemberButton",
                                                self.tr("&Remove member"), self._remove_member)

        fields = QFormLayout()
        for text, field in ((self.tr("Person:"), self.member_person),
                            (self.tr("Role in the &body:"), self.member_role),
                            (self.tr("Fro&m:"), self.member_from),
                            (self.tr("&To:"), self.member_to)):
            label = QLabel(text, box)
            label.setBuddy(field.check if isinstance(field, OptionalDateEdit) else field)
            fields.addRow(label, field)
        layout = QVBoxLayout(box)
        layout.addWidget(self.member_table, 1)
        layout.addLayout(fields)
        layout.addWidget(self._row(self.add_member, self.remove_member))

        self.member_person.textEdited.connect(
            lambda text: self._edit_member(MemberTableModel.COL_PERSON, single_line(text)))
        completer.activated[str].connect(  # type: ignore[index]
            lambda text: self._edit_member(MemberTableModel.COL_PERSON, text))
        self.member_role.currentIndexChanged.connect(lambda _i: self._edit_member(
            MemberTableModel.COL_ROLE, Role(self.member_role.currentData())))
        self.member_from.value_changed.connect(
            lambda value: self._edit_member(MemberTableModel.COL_FROM, value))
        self.member_to.value_changed.connect(
            lambda value: self._edit_member(MemberTableModel.COL_TO, value))
        self.member_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._show_member())
        return box

    def _line(self, name: str, label: str) -> QLineEdit:
        return named(QLineEdit(self), name, label)

    def _combo(self, name: str, label: str) -> QComboBox:
        combo = named(QComboBox(self), name, label)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def _small_button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _row(self, *widgets: QWidget, stretch_first: bool = False) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if stretch_first and number == 0 else 0)
        if not stretch_first:
            layout.addStretch(1)
        return row

    # -- the choices offered ---------------------------------------------------------------
    def refresh_choices(self) -> None:
        """Read the organisations and the people again (the other directory windows may
        have changed them)."""
        try:
            organizations = [o.name for o in self._services.directory.list_organizations()]
            people = [p.full_name for p in self._services.directory.list_people()]
        except ServiceError as error:
            self._say(describe(error))
            return
        text = self.organization.currentText()
        showing, self._showing = self._showing, True
        try:
            self.organization.clear()
            self.organization.addItems(organizations)
            self.organization.setEditText(text)
        finally:
            self._showing = showing
        self._people.setStringList(people)

    # -- DirectoryDialog -------------------------------------------------------------------
    def _load(self) -> list[Body]:
        return self._services.directory.list_bodies()

    def _show(self, entry: Body | None) -> None:
        body = entry or Body(name="")
        self.name.setText(body.name)
        for language, edit in self.names.items():
            edit.setText(body.translations.get("name", language))
        self.organization.setEditText(body.organization)
        self.kind.setEditText(body.kind)
        self.place.setText(body.place)
        for language, edit in self.places.items():
            edit.setText(body.translations.get("place", language))
        self.quorum.setCurrentIndex(self.quorum.findData(body.quorum.kind.value))
        self.quorum_count.setValue(body.quorum.count)
        self._show_quorum_count()
        self.numbering.setCurrentIndex(self.numbering.findData(body.numbering.value))
        self._set_letterhead(body.letterhead)
        self._show_document_settings(body.document)
        self.members.set_members(body.members)
        if body.members:
            self._select_member(0)
        self._show_member()

    def _from_form(self) -> Body:
        base = self.current
        translations = base.translations if base is not None else Translations()
        for language in _OTHER_LANGUAGES:
            translations = translations.with_text(
                "name", language, single_line(self.names[language].text()).strip())
            translations = translations.with_text(
                "place", language, single_line(self.places[language].text()).strip())
        kind = QuorumKind(self.quorum.currentData())
        return Body(
            name=single_line(self.name.text()).strip(),
            members=self.members.members(),
            quorum=QuorumRule(kind, self.quorum_count.value() if kind is QuorumKind.COUNT
                              else 0),
            numbering=Numbering(self.numbering.currentData()),
            organization=single_line(self.organization.currentText()).strip(),
            place=single_line(self.place.text()).strip(),
            kind=single_line(self.kind.currentText()).strip(),
            letterhead=self._letterhead,
            document=self._document_settings(),
            translations=translations,
            id=base.id if base is not None else None,
            version=base.version if base is not None else 0,  # issue 13: a save names it
        )

    def _store(self, entry: Body) -> Body:
        # The services update the body of the same name (an import repeats bodies); a body
        # typed as new must not silently replace a stored one.
        existing = self._services.directory.get_body(entry.name) if entry.id is None else None
        if existing is not None:
            raise DomainError(f"there is already a body named {existing.name}", "name")
        saved = self._services.directory.save_body(entry)
        self.refresh_choices()  # new members are in the directory now
        return saved

    def _remove(self, entry: Body) -> None:
        if entry.id is not None:
            self._services.directory.delete_body(entry.id)

    def _delete_texts(self, entry: Body) -> tuple[str, str]:
        return (self.tr("Delete body"),
                self.tr("Delete «%1» from the directory? Its meetings keep the body's name.")
                .replace("%1", entry.name))

    def _field_widget(self, field: str) -> QWidget | None:
        member = _MEMBER_FIELD.match(field)
        if member:
            self._select_member(int(member.group(1)))
            return {"to": self.member_to.editor, "from": self.member_from.editor,
                    "from_": self.member_from.editor,
                    "role": self.member_role}.get(member.group(2), self.member_person)
        widgets: dict[str, QWidget] = {
            "name": self.name, "organization": self.organization, "kind": self.kind,
            "place": self.place, "quorum": self.quorum, "quorum.count": self.quorum_count,
            "numbering": self.numbering, "letterhead": self.letterhead,
            "font_name": self.font_combo, "font_size": self.font_size,
        }
        return widgets.get(field)

    # -- quorum and letterhead -------------------------------------------------------------
    def _on_quorum_changed(self) -> None:
        self._show_quorum_count()
        self.edited()

    def _show_quorum_count(self) -> None:
        by_count = self.quorum.currentData() == QuorumKind.COUNT.value
        self.quorum_count.setEnabled(by_count)
        self.quorum_count.setVisible(by_count)  # a greyed-out "0" beside "two thirds" misleads
        if by_count and not self._showing and self.quorum_count.value() == 0:
            self.quorum_count.setValue(1)

    def _choose_letterhead(self) -> None:
        folder = str(Path(self._letterhead).parent) if self._letterhead else ""
        path = choose_letterhead(self, folder)
        if path:
            self._set_letterhead(path)

    def _set_letterhead(self, path: str) -> None:
        changed = path != self._letterhead
        self._letterhead = path
        self.letterhead.setText(Path(path).name if path else self.tr("none"))
        self.letterhead.setToolTip(path)
        self.clear_letterhead.setEnabled(bool(path))
        if changed:
            self.edited()

    # -- the roster ------------------------------------------------------------------------
    def _member_row(self) -> int:
        index = self.member_table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select_member(self, row: int) -> None:
        self.member_table.selectionModel().setCurrentIndex(
            self.members.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _show_member(self) -> None:
        row = self.members.row(self._member_row())
        showing, self._showing = self._showing, True
        try:
            self.member_person.setText(row.person if row else "")
            role = row.role if row else Role.MEMBER
            self.member_role.setCurrentIndex(self.member_role.findData(role.value))
            self.member_from.set_value(row.from_ if row else None)
            self.member_to.set_value(row.to if row else None)
        finally:
            self._showing = showing
        for widget in (self.member_person, self.member_role, self.member_from.check,
                       self.member_to.check, self.remove_member):
            enable(widget, row is not None)  # a field locked (read-only mode) stays so

    def _edit_member(self, column: int, value: object) -> None:
        row = self._member_row()
        if self._showing or row < 0:
            return
        self.members.setData(self.members.index(row, column), value)
        self.edited()

    def _add_member(self) -> None:
        self._select_member(self.members.add_row())
        self.edited()
        self.member_person.setFocus()

    def _remove_member(self) -> None:
        row = self._member_row()
        if row < 0:
            return
        self.members.remove_row(row)
        self.edited()
        if self.members.rowCount():
            self._select_member(min(row, self.members.rowCount() - 1))
        self._show_member()
