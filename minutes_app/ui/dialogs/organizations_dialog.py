"""Directory → Organisations…: the organisations that hold councils and meetings.

Each: its name in Russian, Kazakh and English (a document in Kazakh or English prints the
name in its language) and its address.
"""

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from minutes_app.domain import DomainError, Organization
from minutes_app.services import Services
from minutes_app.ui.dialogs.directory_dialog import DirectoryDialog
from minutes_app.ui.editor.widgets import named, single_line
from minutes_app.ui.models.organization_model import OrganizationListModel


class OrganizationsDialog(DirectoryDialog[Organization]):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(OrganizationListModel(), parent)
        self.model.setParent(self)
        self._services = services
        self.setObjectName("organizationsDialog")
        self.setWindowTitle(self.tr("Organisations"))
        self.list.setAccessibleName(self.tr("Organisations"))
        self.resize(760, 420)
        self.name = self._line("nameEdit", self.tr("Name in Russian"))
        self.name_kk = self._line("nameKkEdit", self.tr("Name in Kazakh"))
        self.name_en = self._line("nameEnEdit", self.tr("Name in English"))
        self.address = self._line("addressEdit", self.tr("Address"))
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit in ((self.tr("N&ame:"), self.name),
                           (self.tr("In &Kazakh:"), self.name_kk),
                           (self.tr("In En&glish:"), self.name_en),
                           (self.tr("Add&ress:"), self.address)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.start()

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = named(QLineEdit(self), name, label)
        edit.textEdited.connect(lambda _t: self.edited())
        return edit

    # -- DirectoryDialog -------------------------------------------------------------------
    def _new_text(self) -> str:
        return self.tr("&New organisation")

    def _load(self) -> list[Organization]:
        return self._services.directory.list_organizations()

    def _show(self, entry: Organization | None) -> None:
        organization = entry or Organization(name="")
        self.name.setText(organization.name)
        self.name_kk.setText(organization.name_kk)
        self.name_en.setText(organization.name_en)
        self.address.setText(organization.address)

    def _from_form(self) -> Organization:
        current = self.current
        return Organization(
            name=single_line(self.name.text()).strip(),
            name_kk=single_line(self.name_kk.text()).strip(),
            name_en=single_line(self.name_en.text()).strip(),
            address=single_line(self.address.text()).strip(),
            id=current.id if current is not None else None,
        )

    def _store(self, entry: Organization) -> Organization:
        # As for bodies: one typed as new must not silently replace a stored one.
        existing = (self._services.directory.get_organization(entry.name)
                    if entry.id is None else None)
        if existing is not None:
            raise DomainError(f"there is already an organisation named {existing.name}", "name")
        return self._services.directory.save_organization(entry)

    def _remove(self, entry: Organization) -> None:
        if entry.id is not None:
            self._services.directory.delete_organization(entry.id)

    def _delete_texts(self, entry: Organization) -> tuple[str, str]:
        return (self.tr("Delete organisation"),
                self.tr("Delete «%1» from the directory? Meetings and bodies keep the "
                        "organisation's name.").replace("%1", entry.name))

    def _field_widget(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {"name": self.name, "name_kk": self.name_kk,
                                       "name_en": self.name_en, "address": self.address}
        return widgets.get(field)
