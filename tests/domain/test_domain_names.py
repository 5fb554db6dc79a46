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
    is_person_name,
    short_name,
    signature_name,
)
from minutes_app.domain.text import clean_text

# Typed text → list form → signature form. The domain decides; the export only prints.
NAMES = [
    # full names, Cyrillic: surname first
    ("Когамов Марат Чингизович", "Когамов М.Ч.", "М.Ч. Когамов"),
    ("Сидоров Пётр", "Сидоров П.", "П. Сидоров"),  # no patronymic
    ("  Когамов   Марат  Чингизович ", "Когамов М.Ч.", "М.Ч. Когамов"),
    ("ИВАНОВ Иван Иванович", "ИВАНОВ И.И.", "И.И. ИВАНОВ"),  # a surname typed in capitals
    # initials typed are kept, on either side, with or without a space
    ("Иванов И.И.", "Иванов И.И.", "И.И. Иванов"),
    ("Иванов И. И.", "Иванов И.И.", "И.И. Иванов"),
    ("И.И. Иванов", "Иванов И.И.", "И.И. Иванов"),
    ("И. И. Иванов", "Иванов И.И.", "И.И. Иванов"),
    ("Иванов И.", "Иванов И.", "И. Иванов"),  # one initial: never an invented second one
    ("И. Иванов", "Иванов И.", "И. Иванов"),
    ("Абенова Ж.Б.", "Абенова Ж.Б.", "Ж.Б. Абенова"),
    ("Иванов Иван И.", "Иванов И.И.", "И.И. Иванов"),  # a patronymic known by its initial
    ("Иванова А.-М.П.", "Иванова А.-М.П.", "А.-М.П. Иванова"),
    ("Дж. Смит", "Смит Дж.", "Дж. Смит"),
    # hyphens: double surnames stay whole, hyphenated given names keep both initials
    ("Петров-Водкин Кузьма Сергеевич", "Петров-Водкин К.С.", "К.С. Петров-Водкин"),
    ("Сулейменова-Ахметова Айгерим Болатовна", "Сулейменова-Ахметова А.Б.",
     "А.Б. Сулейменова-Ахметова"),
    ("Сулейменова-Ахметова Ж.Б.", "Сулейменова-Ахметова Ж.Б.", "Ж.Б. Сулейменова-Ахметова"),
    ("Иванова Анна-Мария Петровна", "Иванова А.-М.П.", "А.-М.П. Иванова"),
    # Kazakh patronymics, written together or apart: one initial
    ("Тұрсынбаев Ерлан Қайратұлы", "Тұрсынбаев Е.Қ.", "Е.Қ. Тұрсынбаев"),
    ("Әлиев Бауыржан Қайрат ұлы", "Әлиев Б.Қ.", "Б.Қ. Әлиев"),
    ("Әбілова Өмір Қайратқызы", "Әбілова Ө.Қ.", "Ө.Қ. Әбілова"),
    ("Әбілова Өмір Қайрат қызы", "Әбілова Ө.Қ.", "Ө.Қ. Әбілова"),
    ("Сейітов Нұрлан Болат улы", "Сейітов Н.Б.", "Н.Б. Сейітов"),
    ("Сейітова Дана Болат кызы", "Сейітова Д.Б.", "Д.Б. Сейітова"),
    ("Әлиев Қайрат ұлы", "Әлиев Қ.", "Қ. Әлиев"),
    # a single word stays as it is
    ("Ли", "Ли", "Ли"),
    ("Петров-Водкин", "Петров-Водкин", "Петров-Водкин"),
    # Latin letters: given names first
    ("John Smith", "Smith J.", "J. Smith"),
    ("Mary Ann Brown", "Brown M.A.", "M.A. Brown"),
    ("John Ronald Reuel Tolkien", "Tolkien J.R.", "J.R. Tolkien"),
    ("John R. Smith", "Smith J.R.", "J.R. Smith"),
    ("Smith J.", "Smith J.", "J. Smith"),
    ("J. Smith", "Smith J.", "J. Smith"),
    ("Patrick O'Brien", "O'Brien P.", "P. O'Brien"),
    # not a person's name: whole in every form
    ("представитель акимата", "представитель акимата", "представитель акимата"),
    ("Департамент полиции", "Департамент полиции", "Департамент полиции"),
    ("жители села", "жители села", "жители села"),
    ('ТОО "Береке"', 'ТОО "Береке"', 'ТОО "Береке"'),
    ("ТОО «Береке»", "ТОО «Береке»", "ТОО «Береке»"),
    ("ТОО Береке", "ТОО Береке", "ТОО Береке"),  # an abbreviation
    ("НПО Зарина Ахметова", "НПО Зарина Ахметова", "НПО Зарина Ахметова"),
    ("Отдел № 2", "Отдел № 2", "Отдел № 2"),
    ("Школа 15", "Школа 15", "Школа 15"),  # digits
    ("Иванов И.И., председатель", "Иванов И.И., председатель", "Иванов И.И., председатель"),
    ("Учителя Средней Школы Имени Абая", "Учителя Средней Школы Имени Абая",
     "Учителя Средней Школы Имени Абая"),  # more than 4 words
    ("Иванов Иван Иванович Петров", "Иванов Иван Иванович Петров",
     "Иванов Иван Иванович Петров"),  # 4 Cyrillic words with no Kazakh patronymic word
    ("И. Иванов И.", "И. Иванов И.", "И. Иванов И."),  # initials on both sides: unclear
    ("ұлы Әлиев", "ұлы Әлиев", "ұлы Әлиев"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven", "Ludwig van Beethoven"),
    ("акимат", "акимат", "акимат"),
]


@pytest.mark.parametrize(("typed", "short", "signature"), NAMES)
def test_list_and_signature_forms(typed, short, signature):
    assert short_name(typed) == short
    assert signature_name(typed) == signature


@pytest.mark.parametrize(("typed", "short", "signature"), NAMES)
def test_the_full_form_reads_back_to_the_same_name(typed, short, signature):
    """What the directory stores and the editor shows (`full`) parses to the same parts,
    so a person picked from the directory keeps their short forms."""
    name = PersonName.parse(typed)
    assert PersonName.parse(name.full) == name
    assert (name.short, name.signature) == (short, signature)


@pytest.mark.parametrize(("typed", "is_name"), [
    ("Когамов Марат Чингизович", True), ("Иванов И.И.", True), ("Ли", True),
    ("John Smith", True), ("Әлиев Бауыржан Қайрат ұлы", True),
    ("представитель акимата", False), ('ТОО "Береке"', False), ("Департамент полиции", False),
    ("жители села", False), ("Отдел № 2", False), ("АО", False), ("", False), ("   ", False),
])
def test_is_person_name(typed, is_name):
    assert is_person_name(typed) is is_name


def test_initials_are_parts_of_their_own():
    assert PersonName.parse("И.И. Иванов") == PersonName("Иванов", "И.", "И.")
    assert PersonName.parse("Иванов И. И.").full == "Иванов И.И."
    assert PersonName.parse("John Smith") == PersonName("Smith", "John")
    assert PersonName.parse("представитель акимата") == PersonName("представитель акимата")


def test_initials_stored_in_one_part_are_kept():
    """A directory entry saved with "И.И." as its given name keeps both initials."""
    assert PersonName("Иванов", "И.И.").short == "Иванов И.И."
    assert PersonName("Иванов", "И. И.").signature == "И.И. Иванов"


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
    assert Person("Smith", "John").full_name == "John Smith"  # read back as Smith J.
    assert Attendee(name="Иванов И.И.").signature_name == "И.И. Иванов"
    assert Attendee(name="представитель акимата").short_name == "представитель акимата"
    assert Attendee(name="представитель акимата").signature_name == "представитель акимата"


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
