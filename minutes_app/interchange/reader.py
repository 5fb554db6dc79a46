"""Reading Minutes JSON into domain snapshots: strict, all or nothing, the first problem named.

The JSON structure is checked here (keys, types, formats); the rules of a meeting are the
domain's: its constructors and `validate_meeting` raise DomainError with a field, which becomes
the path below the meeting (`meetings[1].attendees[2].role`).
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Approval,
    Archive,
    Attendee,
    Body,
    Decision,
    DecisionVerb,
    DocumentSettings,
    DomainError,
    HistoryEntry,
    Language,
    Meeting,
    Member,
    Numbering,
    Organization,
    Outcome,
    Person,
    PersonName,
    QuorumKind,
    QuorumRule,
    Role,
    Statement,
    Status,
    TextEntry,
    Translations,
    Vote,
    fold,
    validate_meeting,
)
from minutes_app.domain.text import normalize_space
from minutes_app.interchange import schema
from minutes_app.interchange.errors import InterchangeError
from minutes_app.interchange.fields import (
    Fields,
    child_path,
    decode,
    describe,
    localized_text,
    quote,
)
from minutes_app.interchange.schema import DIRECTORY_LANGUAGE, FORMAT, UNANIMOUS, VERSIONS

_FINGERPRINT = re.compile("[0-9a-f]{64}")


def parse_archive(data: bytes | str) -> Archive:
    """A version 1 or 2 document, whole: organisations, people, bodies and meetings (a
    version 1 file gives only meetings). Raises InterchangeError at the first problem."""
    value = decode(data)
    return DocumentReader(read_version(value)).archive(value)


def parse_document(data: bytes | str) -> list[Meeting]:
    """The meetings of a Minutes JSON document (version 1 or 2); raises InterchangeError at
    the first problem, including one outside the meetings."""
    return list(parse_archive(data).meetings)


def read_version(value: Any) -> int:
    """The document's version, read before its keys are checked (they depend on it)."""
    document = Fields(value, "document", schema.DOCUMENT_KEYS, prefix="")
    fmt = document.get("format")
    if fmt != FORMAT:
        message = f"unsupported format {describe(fmt)}, expected {quote(FORMAT)}"
        raise InterchangeError("format", message)
    version: object = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version not in VERSIONS:
        readable = " and ".join(str(v) for v in VERSIONS)
        message = f"unsupported version {describe(version)}, this program reads versions {readable}"
        raise InterchangeError("version", message)
    return version


def check_rules(path: str, meeting: Meeting) -> None:
    """The rules of a whole meeting (validate_meeting), a broken one named below `path` as a
    reader that validates names it: for a caller that builds with `validate=False` and checks
    each meeting itself, once."""
    with _domain_rules(path):
        # Every text was checked for its length as it was read (fields.check_text), at its
        # own path: the domain need not walk the meeting's texts again.
        validate_meeting(meeting, texts_checked=True)


@contextmanager
def _domain_rules(path: str) -> Iterator[None]:
    """Report a broken domain rule at its field below `path`."""
    try:
        yield
    except DomainError as error:
        raise InterchangeError(child_path(path, error.field), error.message) from None


class _Texts:
    """The texts of one entity: each read as a string (version 1) or a string or map of
    languages (version 2); versions in other languages are gathered as its translations."""

    def __init__(self, fields: Fields, own: str, maps: bool) -> None:
        self._fields, self._own, self._maps = fields, own, maps
        self._entries: list[tuple[str, str, str]] = []

    def text(self, key: str, required: bool = False) -> str:
        if not self._maps:
            return self._fields.text(key, required)
        text, versions = self._fields.localized(key, self._own, required)
        if versions:  # most texts have none
            self._entries += [(key, language, version) for language, version in versions.items()]
        return text

    @property
    def translations(self) -> Translations:
        # Most entities have none: one shared empty value spares building one each.
        return Translations(tuple(self._entries)) if self._entries else _NO_TRANSLATIONS


_NO_TRANSLATIONS = Translations()


class DocumentReader:
    """Reads one document of a known version: version 1 allows only its own keys and plain
    strings. `archive` reads a whole decoded document; a streaming reader (interchange.stream)
    reads its directory with `directory` and each meeting with `meeting`."""

    def __init__(self, version: int, *, validate: bool = True) -> None:
        """`validate`: check each meeting's rules (validate_meeting) once it is built; off only
        for a reader whose caller checks them itself."""
        self.v2 = version >= 2
        self._validate = validate

    def _keys(self, v1: tuple[str, ...], v2: tuple[str, ...]) -> tuple[str, ...]:
        return v2 if self.v2 else v1

    def archive(self, value: Any) -> Archive:
        document = self.document(value)
        organizations, people, bodies = self.directory(document)
        meetings = tuple(self.meeting(p, v)
                         for p, v in document.items("meetings", required=True))
        return Archive(organizations, people, bodies, meetings)

    def document(self, value: Any) -> Fields:
        """The top level, its keys checked."""
        return Fields(value, "document",
                      self._keys(schema.DOCUMENT_KEYS_V1, schema.DOCUMENT_KEYS), prefix="")

    def directory(self, document: Fields) -> tuple[
            tuple[Organization, ...], tuple[Person, ...], tuple[Body, ...]]:
        """The organisations, people and bodies (none in a version 1 file)."""
        organizations = tuple(_organization(p, v) for p, v in document.items("organizations"))
        _refuse_repeats(document.at("organizations"), "organisation",
                        [o.name for o in organizations])
        people = tuple(_person(p, v) for p, v in document.items("people"))
        _refuse_repeats(document.at("people"), "person", [p.full_name for p in people])
        bodies = tuple(_body(p, v) for p, v in document.items("bodies"))
        _refuse_repeats(document.at("bodies"), "body", [b.name for b in bodies])
        return organizations, people, bodies

    # -- meetings ------------------------------------------------------------------------------
    def meeting(self, path: str, value: Any) -> Meeting:
        fields = Fields(value, path, self._keys(schema.MEETING_KEYS_V1, schema.MEETING_KEYS))
        language = fields.choice("language", Language, Language.RU)
        texts = _Texts(fields, language.value, self.v2)
        with _domain_rules(path):
            meeting = Meeting(
                title=texts.text("title", required=True),
                kind=texts.text("kind"),
                organization=fields.text("organization"),
                body=fields.text("body"),
                number=fields.text("number"),
                date=fields.day("date", required=True),
                start_time=fields.clock("start_time"),
                end_time=fields.clock("end_time"),
                place=texts.text("place"),
                language=language,
                status=fields.choice("status", Status, Status.DRAFT),
                approval=fields.value_of("approval", _approval),
                notes=texts.text("notes"),
                organizers=self._entries(fields, "organizers", language.value),
                attendees=tuple(self._attendee(p, v, language.value)
                                for p, v in fields.items("attendees")),
                agenda=tuple(self._agenda_item(p, v, language.value)
                             for p, v in fields.items("agenda")),
                conclusions=self._entries(fields, "conclusions", language.value),
                history=tuple(_history_entry(p, v) for p, v in fields.items("history")),
                translations=texts.translations,
            )
            if self._validate:  # its texts' lengths were checked as they were read
                validate_meeting(meeting, texts_checked=True)
        return meeting

    def _entries(self, fields: Fields, key: str, own: str) -> tuple[TextEntry, ...]:
        """A list of texts (organisers, conclusions); like a statement, an entry whose text
        is not typed yet is kept."""
        entries = []
        for path, value in fields.items(key):
            text, versions = localized_text(path, value, own, required=False)
            entries.append(TextEntry(text, translations=Translations(
                tuple(("text", language, version) for language, version in versions.items()))))
        return tuple(entries)

    def _attendee(self, path: str, value: Any, own: str) -> Attendee:
        fields = Fields(value, path, self._keys(schema.ATTENDEE_KEYS_V1, schema.ATTENDEE_KEYS))
        texts = _Texts(fields, own, self.v2)
        if fields.has("name") and fields.has("group"):
            raise InterchangeError(
                path, 'either "name" (a person) or "group" (with "count"), not both')
        if fields.has("group"):
            group = texts.text("group", required=True)
            if not fields.has("count"):
                raise InterchangeError(path, 'a group needs a head count ("count")')
            name, count = "", fields.count("count", minimum=1)
        elif fields.has("name"):
            if fields.has("count"):
                raise InterchangeError(fields.at("count"), "a head count belongs only to a group")
            group, count, name = "", None, fields.name("name", required=True)
        else:
            raise InterchangeError(path, 'missing key "name" (a person) or "group" (with "count")')
        present = fields.flag("present", True)
        absence_reason = texts.text("absence_reason")
        if present and absence_reason:
            message = "an absence reason is only for someone absent (present: false)"
            raise InterchangeError(fields.at("absence_reason"), message)
        with _domain_rules(path):
            return Attendee(
                name=name,
                group=group,
                count=count,
                position=texts.text("position"),
                organization=texts.text("organization"),
                degree=texts.text("degree"),
                rank=texts.text("rank"),
                role=fields.choice("role", Role, Role.MEMBER),
                present=present,
                absence_reason=absence_reason,
                translations=texts.translations,
            )

    def _agenda_item(self, path: str, value: Any, own: str) -> AgendaItem:
        fields = Fields(value, path, self._keys(schema.AGENDA_KEYS_V1, schema.AGENDA_KEYS))
        texts = _Texts(fields, own, self.v2)
        return AgendaItem(
            title=texts.text("title", required=True),
            presenters=fields.names("presenters"),
            heard=self._statements(fields, "heard", own),
            discussion=self._statements(fields, "discussion", own),
            proposals=self._statements(fields, "proposals", own),
            decisions=tuple(self._decision(p, v, own) for p, v in fields.items("decisions")),
            conclusions=self._entries(fields, "conclusions", own),
            translations=texts.translations,
        )

    def _statements(self, fields: Fields, key: str, own: str) -> tuple[Statement, ...]:
        return tuple(self._statement(p, v, own) for p, v in fields.items(key))

    def _statement(self, path: str, value: Any, own: str) -> Statement:
        fields = Fields(value, path, schema.STATEMENT_KEYS)
        texts = _Texts(fields, own, self.v2)
        # The editor stores an entry as soon as its speaker is chosen, before its text is
        # typed; such an entry must survive a backup, so an empty text is accepted here.
        text = texts.text("text")
        return Statement(speaker=fields.name("speaker"), text=text,
                         translations=texts.translations)

    def _decision(self, path: str, value: Any, own: str) -> Decision:
        fields = Fields(value, path, schema.DECISION_KEYS)
        texts = _Texts(fields, own, self.v2)
        return Decision(
            text=texts.text("text", required=True),
            vote=fields.value_of("vote", _vote),
            outcome=fields.choice("outcome", Outcome, None),
            actions=tuple(self._action(p, v, own) for p, v in fields.items("actions")),
            translations=texts.translations,
        )

    def _action(self, path: str, value: Any, own: str) -> ActionItem:
        fields = Fields(value, path, self._keys(schema.ACTION_KEYS_V1, schema.ACTION_KEYS))
        texts = _Texts(fields, own, self.v2)
        task = texts.text("task", required=True)
        done_on = fields.day("done_on")
        done = fields.flag("done", done_on is not None)
        if done_on is not None and not done:
            raise InterchangeError(fields.at("done"),
                                   "a task with a done_on date is done (done: true)")
        return ActionItem(
            task=task,
            responsible=fields.names("responsible"),
            due=fields.day("due"),
            done=done,
            done_on=done_on,
            done_note=texts.text("done_note"),
            translations=texts.translations,
        )


def _vote(path: str, value: Any) -> Vote:
    if value == UNANIMOUS:
        return Vote(unanimous=True)
    if not isinstance(value, dict):
        expected = '{"for", "against", "abstained"} or "unanimous"'
        raise InterchangeError(path, f"expected {expected}, not {describe(value)}")
    fields = Fields(value, path, schema.VOTE_KEYS)
    with _domain_rules(path):
        return Vote(
            for_=fields.count("for"),
            against=fields.count("against"),
            abstained=fields.count("abstained"),
        )


def _approval(path: str, value: Any) -> Approval:
    fields = Fields(value, path, schema.APPROVAL_KEYS)
    fingerprint = fields.text("fingerprint")
    if fingerprint and not _FINGERPRINT.fullmatch(fingerprint):
        raise InterchangeError(fields.at("fingerprint"),
                               f"{quote(fingerprint)} is not 64 hexadecimal digits")
    return Approval(by=fields.name("by", required=True), on=fields.day("on", required=True),
                    fingerprint=fingerprint)


def _history_entry(path: str, value: Any) -> HistoryEntry:
    fields = Fields(value, path, schema.HISTORY_KEYS)
    at = fields.moment("at")
    what = fields.text("what", required=True)
    if what not in schema.HISTORY_EVENTS:
        allowed = ", ".join(quote(event) for event in schema.HISTORY_EVENTS)
        raise InterchangeError(fields.at("what"), f"{quote(what)} is not one of {allowed}")
    return HistoryEntry(at=at, what=what, by=fields.name("by"), detail=fields.text("detail"))


# -- the directory (version 2) -------------------------------------------------------------------
def _organization(path: str, value: Any) -> Organization:
    fields = Fields(value, path, schema.ORGANIZATION_KEYS)
    name, versions = fields.localized("name", DIRECTORY_LANGUAGE, required=True)
    return Organization(name=name, name_kk=versions.get("kk", ""),
                        name_en=versions.get("en", ""), address=fields.text("address"))


def _person(path: str, value: Any) -> Person:
    fields = Fields(value, path, schema.PERSON_KEYS)
    texts = _Texts(fields, DIRECTORY_LANGUAGE, maps=True)
    return Person(
        surname=fields.name("surname", required=True),
        given_name=fields.name("given_name"),
        patronymic=fields.name("patronymic"),
        position=texts.text("position"),
        organization=texts.text("organization"),
        degree=texts.text("degree"),
        rank=texts.text("rank"),
        translations=texts.translations,
    )


def _body(path: str, value: Any) -> Body:
    fields = Fields(value, path, schema.BODY_KEYS)
    texts = _Texts(fields, DIRECTORY_LANGUAGE, maps=True)
    name = texts.text("name", required=True)
    members = tuple(_member(p, v) for p, v in fields.items("members"))
    _refuse_repeats(fields.at("members"), "member", [m.person for m in members],
                    of=" of this body")
    return Body(
        name=name,
        organization=fields.text("organization"),
        quorum=fields.value_of("quorum", _quorum) or QuorumRule(),
        numbering=fields.choice("numbering", Numbering, Numbering.YEARLY),
        place=texts.text("place"),
        kind=texts.text("kind"),
        letterhead=fields.text("letterhead"),
        document=fields.value_of("document", _document_settings) or DocumentSettings(),
        members=members,
        translations=texts.translations,
    )


def _document_settings(path: str, value: Any) -> DocumentSettings:
    """{"font": "Arial", "font_size": 12, "long_term_margin": true, "decisions": "decided"};
    each key may be left out for its default."""
    fields = Fields(value, path, schema.DOCUMENT_SETTINGS_KEYS)
    default = DocumentSettings()
    font = fields.text("font") if fields.has("font") else default.font_name
    size = fields.get("font_size") if fields.has("font_size") else default.font_size
    if isinstance(size, bool) or not isinstance(size, int | float):
        raise InterchangeError(fields.at("font_size"), f"expected a number, not {describe(size)}")
    try:
        return DocumentSettings(
            font, size, fields.flag("long_term_margin", default.long_term_margin),
            fields.choice("decisions", DecisionVerb, default.decision_verb))
    except DomainError as error:
        key = "font" if error.field == "font_name" else "font_size"
        raise InterchangeError(fields.at(key), str(error)) from None


def _quorum(path: str, value: Any) -> QuorumRule:
    for kind in (QuorumKind.MAJORITY, QuorumKind.TWO_THIRDS):
        if value == kind.value:
            return QuorumRule(kind)
    if not isinstance(value, dict):
        expected = '"majority", "two_thirds" or {"count": N}'
        raise InterchangeError(path, f"expected {expected}, not {describe(value)}")
    fields = Fields(value, path, schema.QUORUM_COUNT_KEYS)
    fields.get("count")
    return QuorumRule(QuorumKind.COUNT, fields.count("count", minimum=1))


def _member(path: str, value: Any) -> Member:
    fields = Fields(value, path, schema.MEMBER_KEYS)
    with _domain_rules(path):
        return Member(
            person=fields.name("person", required=True),
            role=fields.choice("role", Role, Role.MEMBER),
            from_=fields.day("from"),
            to=fields.day("to"),
        )


def _refuse_repeats(path: str, what: str, names: list[str], of: str = "") -> None:
    """Two entries of one list with the same name (case-, space- and ё-insensitive) would be
    one directory entry: refused, naming both."""
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        key = fold(PersonName.parse(name).full) if what in ("person", "member") else fold(
            normalize_space(name))
        if key in seen:
            message = f"the {what} {quote(name)} is already {path}[{seen[key]}]{of}"
            raise InterchangeError(f"{path}[{i}]", message)
        seen[key] = i
