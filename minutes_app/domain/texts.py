"""Texts in more than one language (INTERCHANGE.md, "Texts in more than one language").

Every text a person writes is held in the record's own language (a meeting's `language`;
Russian for the directory) in its usual field, and may have versions in the other languages
in the entity's `translations`: field name -> language -> text. Names of people are never
translated. A document in another language is made from `in_language(meeting, language)`: the
same meeting with each text replaced by its version in that language, and the list of the
texts that had none and stay in the meeting's own language (the exporter reports them).
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from minutes_app.domain.errors import DomainError


@dataclass(frozen=True, slots=True)
class Translations:
    """Other-language versions of one entity's texts, as sorted (field, language, text)
    entries; empty texts are dropped, so "no version" and "an empty version" are the same."""

    entries: tuple[tuple[str, str, str], ...] = ()

    def __post_init__(self) -> None:
        latest: dict[tuple[str, str], str] = {}
        for field_name, language, text in self.entries:
            if language not in LANGUAGES:
                raise DomainError(f"unknown language {language!r}: use ru, kk or en", field_name)
            latest[(field_name, str(language))] = text
        kept = tuple(sorted((f, lang, t) for (f, lang), t in latest.items() if t.strip()))
        object.__setattr__(self, "entries", kept)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def get(self, field_name: str, language: str) -> str:
        """The version of `field_name` in `language`, or "" when there is none."""
        return next((t for f, lang, t in self.entries if f == field_name and lang == language), "")

    def of(self, field_name: str) -> dict[str, str]:
        """Every version of one field, by language."""
        return {lang: t for f, lang, t in self.entries if f == field_name}

    def with_text(self, field_name: str, language: str, text: str) -> "Translations":
        """A copy with the version of `field_name` in `language` set ("" removes it)."""
        return Translations((*self.entries, (field_name, str(language), text)))

    def without(self, language: str) -> "Translations":
        """A copy without any version in `language` (it became the record's own language)."""
        return Translations(tuple(e for e in self.entries if e[1] != language))

    def as_dict(self) -> dict[str, dict[str, str]]:
        """{"title": {"kk": "..."}}: how storage keeps it in a JSON column."""
        result: dict[str, dict[str, str]] = {}
        for field_name, language, text in self.entries:
            result.setdefault(field_name, {})[language] = text
        return result

    @classmethod
    def from_dict(cls, values: Mapping[str, Mapping[str, str]] | None) -> "Translations":
        return cls(tuple((f, lang, t) for f, by_language in (values or {}).items()
                         for lang, t in by_language.items()))


LANGUAGES = ("ru", "kk", "en")

# The fields of each entity that a person writes and that may be translated. Names of people
# (attendee names, speakers, presenters, responsible) are never translated.
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "Meeting": ("title", "kind", "place", "notes"),
    "Attendee": ("group", "position", "organization", "degree", "rank", "absence_reason"),
    "AgendaItem": ("title",),
    "Statement": ("text",),
    "Decision": ("text",),
    "ActionItem": ("task", "done_note"),
    "TextEntry": ("text",),
    "Person": ("position", "organization", "degree", "rank"),
    "Body": ("name", "place", "kind"),
}


@dataclass(frozen=True, slots=True)
class TextRef:
    """One translatable text of a meeting: where it is (`path`, as in DomainError and
    INTERCHANGE.md: "agenda[1].heard[0].text"), the field, and its text in the meeting's own
    language."""

    path: str
    field: str
    text: str


@dataclass(frozen=True, slots=True)
class TextFallback:
    """A text exported in the meeting's own language because it has no version in the
    document's language."""

    path: str
    text: str


def text_refs(entity: Any) -> list[TextRef]:
    """Every non-empty translatable text of `entity` and of everything inside it, in the
    order of the record (the editor's translation column lists these)."""
    return [ref for ref, _ in _walk(entity, "")]


def translation_of(entity: Any, path: str, language: str) -> str:
    """The version in `language` of the text at `path` ("" when none)."""
    owner, field_name = _owner(entity, path)
    return owner.translations.get(field_name, language)  # type: ignore[no-any-return]


def with_translation(entity: Any, path: str, language: str, text: str) -> Any:
    """A copy of `entity` with the version in `language` of the text at `path` set."""
    steps = _steps(path)
    return _set(entity, steps, language, text)


def in_language(entity: Any, language: str, own_language: str) -> tuple[Any, list[TextFallback]]:
    """`entity` with every translatable text in `language`, and the texts that had no version
    in it (they keep their own-language text). Nothing changes when `language` is the
    entity's own. A meeting also gets `language` as its language (the document's)."""
    if language == own_language:
        return entity, []
    fallbacks: list[TextFallback] = []
    changed = _localize(entity, "", language, fallbacks)
    if type(changed).__name__ == "Meeting":
        changed = replace(changed, language=type(changed.language)(language))
    return changed, fallbacks


def _localize(value: Any, path: str, language: str, fallbacks: list[TextFallback]) -> Any:
    if isinstance(value, tuple):
        return tuple(_localize(v, f"{path}[{i}]", language, fallbacks)
                     for i, v in enumerate(value))
    if not (is_dataclass(value) and not isinstance(value, type)):
        return value
    changes: dict[str, Any] = {}
    own_fields = TRANSLATABLE.get(type(value).__name__, ())
    for f in fields(value):
        inner = _join(path, f.name)
        current = getattr(value, f.name)
        if f.name in own_fields and isinstance(current, str) and current.strip():
            version = value.translations.get(f.name, language)  # type: ignore[attr-defined]
            if version:
                changes[f.name] = version
            else:
                fallbacks.append(TextFallback(inner, current))
        elif isinstance(current, tuple) or (is_dataclass(current) and f.name != "translations"):
            localized = _localize(current, inner, language, fallbacks)
            if localized is not current:
                changes[f.name] = localized
    return replace(value, **changes) if changes else value


def _walk(value: Any, path: str) -> Iterator[tuple[TextRef, Any]]:
    if isinstance(value, tuple):
        for i, element in enumerate(value):
            yield from _walk(element, f"{path}[{i}]")
        return
    if not (is_dataclass(value) and not isinstance(value, type)):
        return
    own_fields = TRANSLATABLE.get(type(value).__name__, ())
    for f in fields(value):
        current = getattr(value, f.name)
        inner = _join(path, f.name)
        if f.name in own_fields and isinstance(current, str) and current.strip():
            yield TextRef(inner, f.name, current), value
        elif isinstance(current, tuple) or (is_dataclass(current) and f.name != "translations"):
            yield from _walk(current, inner)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _steps(path: str) -> list[str | int]:
    """ "agenda[1].heard[0].text" -> ["agenda", 1, "heard", 0, "text"]."""
    steps: list[str | int] = []
    for part in path.split("."):
        name, *indexes = part.replace("]", "").split("[")
        if name:
            steps.append(name)
        steps += [int(i) for i in indexes]
    if not steps or not isinstance(steps[-1], str):
        raise DomainError(f"{path!r} does not name a text", path)
    return steps


def _owner(entity: Any, path: str) -> tuple[Any, str]:
    steps = _steps(path)
    owner = entity
    for step in steps[:-1]:
        owner = owner[step] if isinstance(step, int) else getattr(owner, step)
    field_name = steps[-1]
    assert isinstance(field_name, str)
    if field_name not in TRANSLATABLE.get(type(owner).__name__, ()):
        raise DomainError(f"{path!r} is not a translatable text", path)
    return owner, field_name


def _set(value: Any, steps: list[str | int], language: str, text: str) -> Any:
    step, rest = steps[0], steps[1:]
    if not rest:
        assert isinstance(step, str)
        if step not in TRANSLATABLE.get(type(value).__name__, ()):
            raise DomainError(f"{step!r} is not a translatable text", step)
        return replace(value, translations=value.translations.with_text(step, language, text))
    if isinstance(step, int):
        items = list(value)
        items[step] = _set(items[step], rest, language, text)
        return tuple(items)
    return replace(value, **{step: _set(getattr(value, step), rest, language, text)})
