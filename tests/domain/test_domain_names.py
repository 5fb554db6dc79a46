"""Short forms of names for lists ("Когамов М.Ч.") and signatures ("М.Ч. Когамов")."""

import pytest

from minutes_app.domain import (
    Attendee,
    DomainError,
    Language,
    Organization,
    Person,
    PersonName,
    fold,
    short_name,
    signature_name,
)
from minutes_app.domain.text import clean_text


@pytest.mark.parametrize(("full", "short", "signature"), [
    ("Когамов Марат Чингизович", "Когамов М.Ч.", "М.Ч. Когамов"),
    ("Сидоров Пётр", "Сидоров П.", "П. Сидоров"),  # no patronymic
    ("Smith John", "Smith J.", "J. Smith"),
    ("Ли", "Ли", "Ли"),  # a surname alone
    ("Петров-Водкин Кузьма Сергеевич", "Петров-Водкин К.С.", "К.С. Петров-Водкин"),
    ("Тұрсынбаев Ерлан Қайратұлы", "Тұрсынбаев Е.Қ.", "Е.Қ. Тұрсынбаев"),
    ("Әбілов Өмір Қайрат ұлы", "Әбілов Ө.Қ.", "Ө.Қ. Әбілов"),  # a two-word patronymic
    ("Иванова Анна-Мария Петровна", "Иванова А.-М.П.", "А.-М.П. Иванова"),
    ("  Когамов   Марат  Чингизович ", "Когамов М.Ч.", "М.Ч. Когамов"),
])
def test_short_and_signature_forms(full, short, signature):
    assert short_name(full) == short
    assert signature_name(full) == signature


def test_a_double_surname_stays_whole_when_parsed():
    name = PersonName.parse("Петров-Водкин Кузьма Сергеевич")
    assert (name.surname, name.given_name, name.patronymic) == (
        "Петров-Водкин", "Кузьма", "Сергеевич")


def test_kazakh_patronymic_in_two_words_is_one_part():
    name = PersonName.parse("Тұрсынбаев Ерлан Қайрат ұлы")
    assert name.patronymic == "Қайрат ұлы"
    assert name.full == "Тұрсынбаев Ерлан Қайрат ұлы"


def test_empty_names():
    assert short_name("") == "" and signature_name("   ") == ""
    with pytest.raises(DomainError):
        PersonName.parse("  ")


def test_attendees_and_people_derive_their_forms():
    assert Attendee(name="Когамов Марат Чингизович").short_name == "Когамов М.Ч."
    assert Attendee(name="Когамов Марат Чингизович").signature_name == "М.Ч. Когамов"
    assert Attendee(group="представители НПО", count=12).short_name == "представители НПО"
    person = Person("Тұрсынбаев", "Ерлан", "Қайратұлы")
    assert person.full_name == "Тұрсынбаев Ерлан Қайратұлы"
    assert person.name.short == "Тұрсынбаев Е.Қ."
    assert Person("Ли").full_name == "Ли"


@pytest.mark.parametrize(("a", "b"), [
    ("ПРОТОКОЛ", "протокол"),
    ("ЁЛКА", "елка"),
    ("Ёлка", "ёлка"),
    ("ҚАУЛЫ ӨТІНІШ ҰСЫНЫС ҮКІМЕТ ІС Ә Ғ Ң Һ", "қаулы өтініш ұсыныс үкімет іс ә ғ ң һ"),
    ("Straße", "STRASSE"),
    ("е\u0308лка", "елка"),  # a decomposed ё
])
def test_fold_ignores_case_and_yo_in_every_script(a, b):
    assert fold(a) == fold(b)


def test_clean_text_keeps_what_word_can_hold():
    assert clean_text("строка\x0bвторая\x0cтретья") == "строка\nвторая\nтретья"
    assert clean_text("a\x00b\x07c\x1b\ufffe🙂\tд\r\n") == "abc🙂\tд\r\n"


def test_an_organization_name_per_document_language():
    organization = Organization("Министерство", name_kk="Министрлік")
    assert organization.name_in(Language.KK) == "Министрлік"
    assert organization.name_in(Language.EN) == "Министерство"  # falls back
    assert organization.name_in(Language.RU) == "Министерство"
