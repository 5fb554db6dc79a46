<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="227"/>
        <source>done on %1</source>
        <translation>исполнено %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="228"/>
        <source>done</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="228"/>
        <source>open</source>
        <translation>не исполнено</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="236"/>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="95"/>
        <source>Agenda items</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="106"/>
        <source>Add ite&amp;m</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="107"/>
        <source>Add an agenda item</source>
        <translation>Добавить вопрос повестки дня</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="109"/>
        <source>Remove the agenda item</source>
        <translation>Удалить вопрос повестки дня</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="110"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="111"/>
        <source>Move the item up</source>
        <translation>Переместить вопрос вверх</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="112"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="113"/>
        <source>Move the item down</source>
        <translation>Переместить вопрос вниз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="114"/>
        <source>Move the item up (Alt+Up)</source>
        <translation>Переместить вопрос вверх (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="115"/>
        <source>Move the item down (Alt+Down)</source>
        <translation>Переместить вопрос вниз (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="116"/>
        <source>Agenda &amp;items:</source>
        <translation>Вопрос&amp;ы повестки дня:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="142"/>
        <source>Item title</source>
        <translation>Название вопроса</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="144"/>
        <source>Presenters</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="145"/>
        <source>Names, separated by commas</source>
        <translation>Фамилии и инициалы через запятую</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="151"/>
        <source>Conclusions (the participants noted that…)</source>
        <translation>Выводы (участники отметили, что…)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="156"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="157"/>
        <source>&amp;Presenters:</source>
        <translation>Док&amp;ладчики:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="236"/>
        <source>Edit item title</source>
        <translation>изменение названия вопроса</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="247"/>
        <source>Edit presenters</source>
        <translation>изменение списка докладчиков</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="258"/>
        <source>Add agenda item</source>
        <translation>добавление вопроса</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="271"/>
        <source>Remove agenda item</source>
        <translation>удаление вопроса</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="287"/>
        <source>Move agenda item</source>
        <translation>перемещение вопроса</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="35"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="36"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="37"/>
        <source>kind</source>
        <translation>вид заседания</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="38"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="39"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="40"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="41"/>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="42"/>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="43"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="44"/>
        <source>document language</source>
        <translation>язык документа</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="45"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="46"/>
        <source>organisers</source>
        <translation>инициаторы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="47"/>
        <source>attendees</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="48"/>
        <source>conclusions</source>
        <translation>выводы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="49"/>
        <source>translations</source>
        <translation>переводы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="50"/>
        <source>presenters</source>
        <translation>докладчики</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="51"/>
        <source>heard</source>
        <translation>слушали</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="52"/>
        <source>discussion</source>
        <translation>выступили</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="53"/>
        <source>proposals</source>
        <translation>предложения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="54"/>
        <source>decisions</source>
        <translation>решения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="66"/>
        <source>agenda item %1 added</source>
        <translation>добавлен вопрос повестки %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="68"/>
        <source>agenda item %1 removed</source>
        <translation>удалён вопрос повестки %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="71"/>
        <source>agenda item %1: %2</source>
        <translation>вопрос повестки %1: %2</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="86"/>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="87"/>
        <source>Reopened</source>
        <translation>Открыт для правки</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="88"/>
        <source>Changed after approval</source>
        <translation>Изменён после утверждения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="102"/>
        <source>Approve the minutes%1 of %2? They can no longer be changed until they are reopened, with a reason.

Approved by:</source>
        <translation>Утвердить протокол%1 от %2? Изменить его можно будет, только открыв для правки с указанием причины.

Кем утверждён:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="106"/>
        <source>Approve the minutes</source>
        <translation>Утверждение протокола</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="115"/>
        <source>Reopen the minutes</source>
        <translation>Открытие протокола для правки</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="116"/>
        <source>Why are the approved minutes reopened? The reason is kept in their history.</source>
        <translation>Почему утверждённый протокол открывается для правки? Причина сохранится в его истории.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="124"/>
        <source>Approved. The minutes are read-only; reopen them to change them.</source>
        <translation>Утверждён. Протокол доступен только для чтения; чтобы изменить его, откройте его для правки.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="126"/>
        <source>Approved by %1 on %2. The minutes are read-only; reopen them to change them.</source>
        <translation>Утверждён: %1, %2. Протокол доступен только для чтения; чтобы изменить его, откройте его для правки.</translation>
    </message>
</context>
<context>
    <name>ApprovalBanner</name>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="148"/>
        <source>Reopen…</source>
        <translation>Открыть для правки…</translation>
    </message>
</context>
<context>
    <name>AttendeeAdders</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="85"/>
        <source>Find a person</source>
        <translation>Поиск в справочнике</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="86"/>
        <source>Surname or any part of the name</source>
        <translation>Фамилия или любая часть ФИО</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="92"/>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="94"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="94"/>
        <source>Add the person</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="97"/>
        <source>Ne&amp;w person…</source>
        <translation>Новый у&amp;частник…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="97"/>
        <source>New person</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="100"/>
        <source>Add gro&amp;up…</source>
        <translation>Добавить &amp;группу…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="100"/>
        <source>Add a group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="106"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="173"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="174"/>
        <source>New person in the directory</source>
        <translation>Новая запись в справочнике</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="175"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="176"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="177"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="53"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="178"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="42"/>
        <source>Already in the directory</source>
        <translation>Уже есть в справочнике</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="43"/>
        <source>The directory already has %1 with other details. Save what you typed to the directory too?</source>
        <translation>В справочнике уже есть %1 с другими данными. Сохранить введённое и в справочнике?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="46"/>
        <source>Either way, this meeting lists what you typed.</source>
        <translation>В любом случае в этом заседании будет указано то, что вы ввели.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="54"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="179"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="55"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="180"/>
        <source>Academic degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="56"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="181"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="182"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="183"/>
        <source>Save and add</source>
        <translation>Сохранить и добавить</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="184"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="275"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="185"/>
        <source>Cancel the new person</source>
        <translation>Отменить ввод новой записи</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="189"/>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="190"/>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="191"/>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="192"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="193"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="194"/>
        <source>Academic degree:</source>
        <translation>Учёная степень:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="195"/>
        <source>Rank:</source>
        <translation>Звание:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="227"/>
        <source>Enter the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="267"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="268"/>
        <source>Group of people</source>
        <translation>Группа людей</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="269"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="270"/>
        <source>For example: representatives of NGOs</source>
        <translation>Например: представители НПО</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="271"/>
        <source>Head count</source>
        <translation>Количество человек</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="273"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="274"/>
        <source>Add the group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="276"/>
        <source>Cancel the group</source>
        <translation>Отменить ввод группы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="280"/>
        <source>Group name:</source>
        <translation>Название группы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="281"/>
        <source>Head count:</source>
        <translation>Количество человек:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="305"/>
        <source>Enter the group&apos;s name.</source>
        <translation>Введите название группы.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="62"/>
        <source>Name</source>
        <translation>ФИО / группа</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="63"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="64"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="65"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="66"/>
        <source>Absence reason</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="75"/>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="75"/>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="81"/>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 чел.)</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="88"/>
        <source>Another name</source>
        <translation>Другое имя</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="89"/>
        <source>The directory knows «%1». Was the name misspelt, or is «%2» someone else?</source>
        <translation>В справочнике есть «%1». Это опечатка или «%2» — другой человек?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="92"/>
        <source>Misspelt: the directory entry gets the new name, and its other meetings stay with it. Someone else: only this line changes, and the new person is added to the directory.</source>
        <translation>Опечатка: запись в справочнике получит новое имя, её другие заседания останутся за ней. Другой человек: изменится только эта строка, а новый человек будет добавлен в справочник.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="96"/>
        <source>&amp;Misspelt</source>
        <translation>&amp;Опечатка</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="98"/>
        <source>Someone &amp;else</source>
        <translation>&amp;Другой человек</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="191"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="192"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="199"/>
        <source>&amp;Chair:</source>
        <translation>Пр&amp;едседатель:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="199"/>
        <source>Secretar&amp;y:</source>
        <translation>Секретар&amp;ь:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="213"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="247"/>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="248"/>
        <source>Selected attendee</source>
        <translation>Выбранный участник</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="249"/>
        <source>Name</source>
        <translation>ФИО / группа</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="250"/>
        <source>Head count</source>
        <translation>Количество человек</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="252"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="254"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="255"/>
        <source>Academic degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="256"/>
        <source>For example: Doctor of Law</source>
        <translation>Например: доктор юридических наук</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="257"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="258"/>
        <source>For example: police colonel</source>
        <translation>Например: полковник полиции</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="259"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="262"/>
        <source>Prese&amp;nt</source>
        <translation>Прис&amp;утствует</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="263"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="264"/>
        <source>Absence reason</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="265"/>
        <source>Remove from the &amp;list</source>
        <translation>У&amp;брать из списка</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="266"/>
        <source>Remove the attendee</source>
        <translation>Убрать участника из списка</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="271"/>
        <source>Na&amp;me:</source>
        <translation>ФИ&amp;О / группа:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="272"/>
        <source>Head coun&amp;t:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="273"/>
        <source>&amp;Position:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="274"/>
        <source>&amp;Organisation:</source>
        <translation>Организа&amp;ция:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="275"/>
        <source>De&amp;gree:</source>
        <translation>Уч&amp;ёная степень:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="276"/>
        <source>Ran&amp;k:</source>
        <translation>&amp;Звание:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="277"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="279"/>
        <source>A&amp;bsence reason:</source>
        <translation>Причина о&amp;тсутствия:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="351"/>
        <source>— not chosen —</source>
        <translation>— не выбран —</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="381"/>
        <source>Present: %1 of %2 members — quorum</source>
        <translation>Присутствуют: %1, всего членов: %2 — кворум имеется</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="383"/>
        <source>Present: %1 of %2 members — no quorum (%3 needed)</source>
        <translation>Присутствуют: %1, всего членов: %2 — кворума нет (необходимо %3)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="431"/>
        <source>%1 is already in the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="438"/>
        <source>Add attendee</source>
        <translation>добавление участника</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="441"/>
        <source>Add group</source>
        <translation>добавление группы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="453"/>
        <source>Choose the chair</source>
        <translation>выбор председателя</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="454"/>
        <source>Choose the secretary</source>
        <translation>выбор секретаря</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="519"/>
        <source>Rename attendee</source>
        <translation>Переименование участника</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="546"/>
        <source>Edit attendee</source>
        <translation>изменение сведений об участнике</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="564"/>
        <source>Remove attendee</source>
        <translation>удаление участника</translation>
    </message>
</context>
<context>
    <name>DecisionsBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="44"/>
        <source>Decisions</source>
        <translation>Решения (постановили)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="45"/>
        <source>Add a de&amp;cision</source>
        <translation>Добавить &amp;решение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="45"/>
        <source>Remove the decision</source>
        <translation>Удалить решение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="55"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="56"/>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="57"/>
        <source>No vote</source>
        <translation>Без голосования</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="58"/>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="59"/>
        <source>Unanimous</source>
        <translation>Единогласно</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="60"/>
        <source>Votes for</source>
        <translation>Голосов за</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="61"/>
        <source>Votes against</source>
        <translation>Голосов против</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="62"/>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="63"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="64"/>
        <source>as the vote decides</source>
        <translation>по итогам голосования</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="82"/>
        <source>F&amp;or:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="83"/>
        <source>A&amp;gainst:</source>
        <translation>Пр&amp;отив:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="84"/>
        <source>&amp;Abstained:</source>
        <translation>Воздер&amp;жались:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="95"/>
        <source>Set &amp;by hand:</source>
        <translation>Задать вру&amp;чную:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="104"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="107"/>
        <source>Vote:</source>
        <translation>Голосование:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="109"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="194"/>
        <source>Edit decision</source>
        <translation>изменение решения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="208"/>
        <source>Edit vote</source>
        <translation>изменение итогов голосования</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="213"/>
        <source>Set outcome</source>
        <translation>изменение итога</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="223"/>
        <source>Add decision</source>
        <translation>добавление решения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="237"/>
        <source>Remove decision</source>
        <translation>удаление решения</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="68"/>
        <source>Body</source>
        <translation>Орган (совет, комиссия)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="72"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="76"/>
        <source>Kind of meeting</source>
        <translation>Вид заседания</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="79"/>
        <source>Number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="81"/>
        <source>Su&amp;ggest number</source>
        <translation>П&amp;редложить номер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="83"/>
        <source>Suggest the next number</source>
        <translation>Предложить следующий номер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="85"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="86"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="91"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="92"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="93"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="95"/>
        <source>Organ&amp;isers (initiators)</source>
        <translation>Инициатор&amp;ы (организаторы)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="96"/>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="100"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="103"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="106"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="121"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="122"/>
        <source>&amp;Organisation:</source>
        <translation>Организа&amp;ция:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="123"/>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="124"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="125"/>
        <source>Tit&amp;le:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="126"/>
        <source>D&amp;ate:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="127"/>
        <source>Sta&amp;rt time:</source>
        <translation>Время нача&amp;ла:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="128"/>
        <source>End &amp;time:</source>
        <translation>Время окон&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="130"/>
        <source>Do&amp;cument language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="129"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="131"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="132"/>
        <source>&amp;Notes:</source>
        <translation>Прим&amp;ечания:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="133"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="149"/>
        <source>%1 is set</source>
        <translation>%1 указано</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="151"/>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="151"/>
        <source>Tick to enter the time</source>
        <translation>Отметьте, чтобы указать время</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="228"/>
        <source>next: %1</source>
        <translation>следующий: %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="283"/>
        <source>Edit meeting details</source>
        <translation>изменение сведений о заседании</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="24"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="25"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="26"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="27"/>
        <source>Invited</source>
        <translation>Приглашённый</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="34"/>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="35"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="40"/>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="41"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="47"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="48"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="49"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="56"/>
        <source>no vote</source>
        <translation>без голосования</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="58"/>
        <source>unanimous</source>
        <translation>единогласно</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="60"/>
        <source>for %1, against %2, abstained %3</source>
        <translation>за %1, против %2, воздержались %3</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="22"/>
        <source>Enter the item&apos;s title.</source>
        <translation>Введите название вопроса.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="24"/>
        <source>Enter the meeting&apos;s title.</source>
        <translation>Введите название заседания.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="25"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Заседание не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="28"/>
        <source>Enter the decision&apos;s text.</source>
        <translation>Введите текст решения.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="29"/>
        <source>Enter the task.</source>
        <translation>Введите текст поручения.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="30"/>
        <source>A meeting has one chair and one secretary: choose them above the list.</source>
        <translation>У заседания один председатель и один секретарь: выберите их над списком.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="34"/>
        <source>A group needs a head count of at least 1.</source>
        <translation>Укажите количество человек в группе (не меньше 1).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="37"/>
        <source>Enter a name.</source>
        <translation>Введите ФИО или название группы.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="38"/>
        <source>A reason is given only for someone absent.</source>
        <translation>Причина указывается только для отсутствующих.</translation>
    </message>
</context>
<context>
    <name>KeyedListBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="74"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="75"/>
        <source>Move up (Alt+Up)</source>
        <translation>Переместить выше (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="76"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="77"/>
        <source>Move down (Alt+Down)</source>
        <translation>Переместить ниже (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="103"/>
        <source>Attendees&apos; names</source>
        <translation>ФИО участников</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="114"/>
        <source>Choose a meeting in the list, or create one: File → New meeting (Ctrl+N).</source>
        <translation>Выберите заседание в списке или создайте новое: Файл → Новое заседание (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="121"/>
        <source>&amp;Approve…</source>
        <translation>Утв&amp;ердить…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="124"/>
        <source>Re&amp;open…</source>
        <translation>&amp;Открыть для правки…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="331"/>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="414"/>
        <source>Fill in from the body</source>
        <translation>заполнение по органу</translation>
    </message>
</context>
<context>
    <name>MeetingSections</name>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="29"/>
        <source>Meeting sections</source>
        <translation>Разделы протокола</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="36"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="36"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="37"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="37"/>
        <source>Outcome</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="38"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/outcome_page.py" line="16"/>
        <source>What the participants concluded or recommended, without a vote, for the whole meeting. The conclusions of one agenda item are entered with the item.</source>
        <translation>Что участники заключили или рекомендовали без голосования по заседанию в целом. Выводы по одному вопросу повестки дня вводятся вместе с вопросом.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/outcome_page.py" line="20"/>
        <source>Conclusions of the meeting</source>
        <translation>Выводы по заседанию</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="167"/>
        <source>(no text yet)</source>
        <translation>(текст ещё не введён)</translation>
    </message>
</context>
<context>
    <name>StatementsBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="22"/>
        <source>Heard (presentations)</source>
        <translation>Слушали (доклады)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="23"/>
        <source>Discussion (speakers)</source>
        <translation>Выступили (обсуждение)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="22"/>
        <source>Add a presentation</source>
        <translation>Добавить доклад</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="23"/>
        <source>Add a speaker</source>
        <translation>Добавить выступление</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="24"/>
        <source>Proposals (made without a vote)</source>
        <translation>Прозвучали предложения (без голосования)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="24"/>
        <source>Add a proposal</source>
        <translation>Добавить предложение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="33"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="44"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="48"/>
        <source>What was proposed</source>
        <translation>Содержание предложения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="49"/>
        <source>What was said</source>
        <translation>Содержание выступления</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="53"/>
        <source>Speaker:</source>
        <translation>Выступающий:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="55"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="107"/>
        <source>Edit statement</source>
        <translation>изменение выступления</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="134"/>
        <source>Add statement</source>
        <translation>добавление выступления</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="149"/>
        <source>Remove statement</source>
        <translation>удаление выступления</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="44"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="53"/>
        <source>Presenter:</source>
        <translation>Докладчик:</translation>
    </message>
</context>
<context>
    <name>TasksBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="45"/>
        <source>Tasks</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="46"/>
        <source>Add a tas&amp;k</source>
        <translation>Добавить поруч&amp;ение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="46"/>
        <source>Remove the task</source>
        <translation>Удалить поручение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="73"/>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="75"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="76"/>
        <source>Names, separated by commas</source>
        <translation>Фамилии и инициалы через запятую</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="78"/>
        <source>The task has a due date</source>
        <translation>У поручения есть срок</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="79"/>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="63"/>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="80"/>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="80"/>
        <source>Tick to set a due date</source>
        <translation>Отметьте, чтобы указать срок</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="81"/>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="83"/>
        <source>The day it was done is known</source>
        <translation>Дата исполнения указана</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="84"/>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="85"/>
        <source>not known</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="85"/>
        <source>Tick to enter the day it was done</source>
        <translation>Отметьте, чтобы указать дату исполнения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="87"/>
        <source>How it was done</source>
        <translation>Отметка об исполнении</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="88"/>
        <source>e.g. letter No. 12</source>
        <translation>например: письмо № 12</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="94"/>
        <source>Task:</source>
        <translation>Поручение:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="95"/>
        <source>Responsible:</source>
        <translation>Ответственные:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="96"/>
        <source>Due date:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="98"/>
        <source>Done o&amp;n:</source>
        <translation>Дата исполнени&amp;я:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="99"/>
        <source>How it &amp;was done:</source>
        <translation>От&amp;метка об исполнении:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="174"/>
        <source>Edit task</source>
        <translation>изменение поручения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="190"/>
        <source>Add task</source>
        <translation>добавление поручения</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="204"/>
        <source>Remove task</source>
        <translation>удаление поручения</translation>
    </message>
</context>
<context>
    <name>TextEntryListModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="179"/>
        <source>(no text yet)</source>
        <translation>(текст ещё не введён)</translation>
    </message>
</context>
<context>
    <name>TextListBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="63"/>
        <source>Add an organiser</source>
        <translation>Добавить инициатора</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="63"/>
        <source>Add a conclusion</source>
        <translation>Добавить вывод</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="64"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="77"/>
        <source>Organiser</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="78"/>
        <source>An organisation or a person</source>
        <translation>Организация или лицо</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="88"/>
        <source>Na&amp;me:</source>
        <translation>Ор&amp;ганизация или лицо:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="91"/>
        <source>Conclusion</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="94"/>
        <source>Conc&amp;lusion:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="180"/>
        <source>Add organiser</source>
        <translation>добавление инициатора</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="180"/>
        <source>Edit organiser</source>
        <translation>изменение инициатора</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="181"/>
        <source>Remove organiser</source>
        <translation>удаление инициатора</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="181"/>
        <source>Move organiser</source>
        <translation>перемещение инициатора</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="183"/>
        <source>Add conclusion</source>
        <translation>добавление вывода</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="183"/>
        <source>Edit conclusion</source>
        <translation>изменение вывода</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="184"/>
        <source>Remove conclusion</source>
        <translation>удаление вывода</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="185"/>
        <source>Move conclusion</source>
        <translation>перемещение вывода</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="120"/>
        <source>Language of the translation</source>
        <translation>Язык перевода</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="121"/>
        <source>&amp;Translate into:</source>
        <translation>Перевести &amp;на:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="123"/>
        <source>&amp;Only untranslated</source>
        <translation>&amp;Только непереведённые</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="125"/>
        <source>Show only the texts not yet translated</source>
        <translation>Показывать только ещё не переведённые тексты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="134"/>
        <source>Texts and translations</source>
        <translation>Тексты и переводы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="237"/>
        <source>%1 of %2 texts translated</source>
        <translation>Переведено: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="250"/>
        <source>%1 texts also have a version in %2, the meeting&apos;s own language now: those versions are kept, not used, and come back when the meeting&apos;s language is changed back.</source>
        <translation>Текстов с версией на языке, который теперь стал языком протокола (%2): %1. Эти версии сохранены, но не используются; они снова понадобятся, если вернуть прежний язык протокола.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="261"/>
        <source>Edit translation</source>
        <translation>изменение перевода</translation>
    </message>
</context>
</TS>
