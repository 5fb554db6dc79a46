<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Minutes</source>
        <translation>О программе «Протоколы»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes&lt;/b&gt; %1&lt;br&gt;An offline editor of meeting minutes: attendees, agenda, decisions, votes and tasks, exported as a Word document.&lt;br&gt;Your data stays on this computer. Minutes is free software under the MIT licence; the parts below keep their own licences (Qt and PySide6: LGPL-3.0).</source>
        <translation>&lt;b&gt;Протоколы&lt;/b&gt; %1&lt;br&gt;Редактор протоколов заседаний, работающий без интернета: участники, повестка дня, решения, голосование и поручения, экспорт в документ Word.&lt;br&gt;Ваши данные остаются на этом компьютере. «Протоколы» — свободная программа под лицензией MIT; перечисленные ниже компоненты распространяются под своими лицензиями (Qt и PySide6 — LGPL-3.0).</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a deletion</source>
        <translation>Перед удалением</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Создана вами</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>При запуске</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Во время работы</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Причина создания</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>This database is on a server: the backup of the server itself is its administrator&apos;s work, not this program&apos;s. What this computer can keep is a JSON copy of all the meetings and the directory, which File → Import JSON… reads into any database.</source>
        <translation>Эта база данных находится на сервере: резервное копирование самого сервера — дело его администратора, а не этой программы. На этом компьютере можно хранить JSON-копию всех заседаний и справочника, которую команда «Файл → Импорт JSON…» загружает в любую базу данных.</translation>
    </message>
    <message>
        <source>Copies of your database, made on start, every 30 minutes while you work, and before every upgrade, import, deletion and restore. Restoring a copy first keeps the current file aside: it is never deleted.</source>
        <translation>Копии вашей базы данных создаются при запуске, каждые 30 минут во время работы, а также перед каждым обновлением, импортом, удалением и восстановлением. При восстановлении копии текущий файл сначала откладывается в сторону: он никогда не удаляется.</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>The database file is read-only, so no backup can be put in its place.</source>
        <translation>Файл базы данных доступен только для чтения, поэтому заменить его резервной копией нельзя.</translation>
    </message>
    <message>
        <source>The backups cannot be listed: %1</source>
        <translation>Не удаётся получить список резервных копий: %1</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Резервная копия создана: %1</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the current database? Its meetings could not be counted.

Changes made since then are not in it. The current file is first kept aside, never deleted.</source>
        <translation>Заменить текущую базу данных резервной копией от %1? Число заседаний в ней определить не удалось.

Изменений, сделанных после этого, в ней нет. Текущий файл сначала откладывается в сторону и никогда не удаляется.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message numerus="yes">
        <source>Put the backup of %1 (%n meeting(s)) in place of the current database?

Changes made since then are not in it. The current file is first kept aside, never deleted.</source>
        <translation>
            <numerusform>Заменить текущую базу данных резервной копией от %1 (%n заседание)?

Изменений, сделанных после этого, в ней нет. Текущий файл сначала откладывается в сторону и никогда не удаляется.</numerusform>
            <numerusform>Заменить текущую базу данных резервной копией от %1 (%n заседания)?

Изменений, сделанных после этого, в ней нет. Текущий файл сначала откладывается в сторону и никогда не удаляется.</numerusform>
            <numerusform>Заменить текущую базу данных резервной копией от %1 (%n заседаний)?

Изменений, сделанных после этого, в ней нет. Текущий файл сначала откладывается в сторону и никогда не удаляется.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Make a JSON copy now</source>
        <translation>&amp;Сделать JSON-копию сейчас</translation>
    </message>
    <message>
        <source>JSON copies made on this computer</source>
        <translation>JSON-копии, сделанные на этом компьютере</translation>
    </message>
    <message>
        <source>Make a copy &amp;every day from this computer</source>
        <translation>Делать копию &amp;каждый день с этого компьютера</translation>
    </message>
    <message>
        <source>Several computers may share the server: let one of them, chosen by the office, make the daily copies.</source>
        <translation>Сервером могут пользоваться несколько компьютеров: ежедневные копии пусть делает один из них, выбранный в организации.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>The copies are kept in %1</source>
        <translation>Копии хранятся в папке %1</translation>
    </message>
    <message>
        <source>The copies cannot be listed: %1</source>
        <translation>Не удалось получить список копий: %1</translation>
    </message>
    <message>
        <source>No JSON copy was made in this folder yet.</source>
        <translation>В этой папке пока нет JSON-копий.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Восстанавливается резервная копия от %1…</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Резервная копия не восстановлена: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Резервная копия от %1 восстановлена.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The current file was kept as %2.</source>
        <translation>Резервная копия от %1 восстановлена. Прежний файл сохранён как %2.</translation>
    </message>
    <message>
        <source>Making a JSON copy…</source>
        <translation>Создаётся JSON-копия…</translation>
    </message>
    <message>
        <source>No JSON copy was made: %1</source>
        <translation>JSON-копия не создана: %1</translation>
    </message>
    <message>
        <source>JSON copy made: %1</source>
        <translation>JSON-копия создана: %1</translation>
    </message>
    <message>
        <source>Folder of the JSON copies</source>
        <translation>Папка JSON-копий</translation>
    </message>
</context>
<context>
    <name>BodiesDialog</name>
    <message>
        <source>Choose a letterhead</source>
        <translation>Выбор бланка</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Councils and commissions</source>
        <translation>Советы и комиссии</translation>
    </message>
    <message>
        <source>&amp;New body</source>
        <translation>&amp;Новый орган</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид заседания</translation>
    </message>
    <message>
        <source>Usual place in Russian</source>
        <translation>Обычное место проведения на русском</translation>
    </message>
    <message>
        <source>Usual place in Kazakh</source>
        <translation>Обычное место проведения на казахском</translation>
    </message>
    <message>
        <source>Usual place in English</source>
        <translation>Обычное место проведения на английском</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>более половины членов</translation>
    </message>
    <message>
        <source>at least two thirds of the members</source>
        <translation>не менее двух третей членов</translation>
    </message>
    <message>
        <source>at least this number of members:</source>
        <translation>не менее стольких членов:</translation>
    </message>
    <message>
        <source>Members needed for a quorum</source>
        <translation>Членов для кворума</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Нумерация</translation>
    </message>
    <message>
        <source>from 1 each year</source>
        <translation>с 1 каждый год</translation>
    </message>
    <message>
        <source>continuous, across years</source>
        <translation>сквозная, из года в год</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <source>In &amp;Kazakh:</source>
        <translation>На &amp;казахском:</translation>
    </message>
    <message>
        <source>In En&amp;glish:</source>
        <translation>На &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Организаци&amp;я:</translation>
    </message>
    <message>
        <source>K&amp;ind of meeting:</source>
        <translation>Ви&amp;д заседания:</translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation>Обычное &amp;место:</translation>
    </message>
    <message>
        <source>Place in Ka&amp;zakh:</source>
        <translation>Место на ка&amp;захском:</translation>
    </message>
    <message>
        <source>Place in &amp;English:</source>
        <translation>Место на ан&amp;глийском:</translation>
    </message>
    <message>
        <source>Document st&amp;yle:</source>
        <translation>Оформл&amp;ение документов:</translation>
    </message>
    <message>
        <source>Decisions &amp;written as:</source>
        <translation>Ре&amp;шения записываются как:</translation>
    </message>
    <message>
        <source>Font of the documents</source>
        <translation>Шрифт документов</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>30 mm left margin (kept o&amp;ver 10 years)</source>
        <translation>Левое поле 30 мм (срок &amp;хранения свыше 10 лет)</translation>
    </message>
    <message>
        <source>30 mm left margin</source>
        <translation>Левое поле 30 мм</translation>
    </message>
    <message>
        <source>Decisions written as</source>
        <translation>Как записываются решения</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Ф&amp;ИО:</translation>
    </message>
    <message>
        <source>Role in the &amp;body:</source>
        <translation>Ро&amp;ль в органе:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>Кво&amp;рум:</translation>
    </message>
    <message>
        <source>N&amp;umbering:</source>
        <translation>Нумера&amp;ция:</translation>
    </message>
    <message>
        <source>Letterhead &amp;file:</source>
        <translation>&amp;Файл бланка:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>ФИО члена</translation>
    </message>
    <message>
        <source>Surname Given name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>Role in the body</source>
        <translation>Роль в органе</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Член с</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Член по</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 указано</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Tick to enter the date</source>
        <translation>Отметьте, чтобы ввести дату</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить &amp;члена</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Исключить из с&amp;писка</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о дату:</translation>
    </message>
    <message>
        <source>Delete body</source>
        <translation>Удаление органа</translation>
    </message>
    <message>
        <source>Delete «%1» from the directory? Its meetings keep the body&apos;s name.</source>
        <translation>Удалить «%1» из справочника? Его заседания сохранят название органа.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мою версию</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять их версию</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translation>Другой пользователь изменил данные этого человека</translation>
    </message>
    <message>
        <source>Someone else changed this council or commission</source>
        <translation>Другой пользователь изменил этот совет или комиссию</translation>
    </message>
    <message>
        <source>Someone else changed this meeting</source>
        <translation>Другой пользователь изменил это заседание</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>%1 saved it at %2, after you opened it here.</source>
        <translation>%1 сохранил(а) изменения %2, после того как вы открыли запись здесь.</translation>
    </message>
    <message>
        <source>%1 saved it after you opened it here.</source>
        <translation>%1 сохранил(а) изменения после того, как вы открыли запись здесь.</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>Различается: %1.</translation>
    </message>
    <message>
        <source>Nothing you edit differs.</source>
        <translation>Редактируемые вами поля не различаются.</translation>
    </message>
    <message>
        <source>Your changes are not saved yet; they stay here until you choose.</source>
        <translation>Ваши изменения ещё не сохранены и остаются здесь, пока вы не выберете.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Место в протоколе</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид заседания</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Council or commission</source>
        <translation>Совет или комиссия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Инициаторы</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Нумерация</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>Document settings</source>
        <translation>Оформление документов</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>Вопрос %1 — %2</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action: %1</source>
        <translation>Непредвиденная ошибка прервала последнее действие: %1</translation>
    </message>
    <message>
        <source>Your typing is saved; you can go on working.</source>
        <translation>Всё набранное сохранено; можно продолжать работу.</translation>
    </message>
    <message>
        <source>Your typing could not be saved yet: keep the window open; the banner above the meeting says what to do.</source>
        <translation>Набранное пока не удалось сохранить: не закрывайте окно; что делать, подскажет полоса над заседанием.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Подробности записаны в журнал: %1</translation>
    </message>
    <message>
        <source>If it happens again, copy the details and send them to whoever looks after Minutes.</source>
        <translation>Если это повторится, скопируйте подробности и отправьте тому, кто сопровождает программу «Протоколы».</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;Показать подробности</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>This database file is read-only: you can read, search and export the minutes, but not change them.</source>
        <translation>Файл базы данных доступен только для чтения: протоколы можно просматривать, искать и экспортировать, но не изменять.</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>Не удалось проверить базу данных: %1</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing more is written into it.</source>
        <translation>Файл базы данных повреждён, поэтому в него больше ничего не записывается.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Файл базы данных повреждён (%1).</translation>
    </message>
    <message>
        <source>There is no good backup of it. Export what you can (File → Export JSON…) and keep the file.</source>
        <translation>Исправной резервной копии нет. Экспортируйте всё, что удастся (Файл → Экспорт в JSON…), и сохраните этот файл.</translation>
    </message>
    <message>
        <source>The newest good backup is of %1.</source>
        <translation>Последняя исправная резервная копия сделана %1.</translation>
    </message>
    <message>
        <source>Restore the backup of %1…</source>
        <translation>Восстановить резервную копию от %1…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1. Your minutes are saved in the database; the backup will be tried again.</source>
        <translation>Автоматическая резервная копия не создана: %1. Ваши протоколы сохранены в базе данных; копия будет создана при следующей попытке.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>the changes to the open meeting could not be saved, and a restore would lose them; they are still in the editor</source>
        <translation>изменения в открытом заседании не удалось сохранить, а при восстановлении они были бы потеряны; они по-прежнему в редакторе</translation>
    </message>
    <message>
        <source>a save of the open meeting is still running; try again in a moment</source>
        <translation>открытое заседание ещё сохраняется; попробуйте ещё раз чуть позже</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Op&amp;en database…</source>
        <translation>Открыть &amp;базу данных…</translation>
    </message>
    <message>
        <source>New da&amp;tabase…</source>
        <translation>Со&amp;здать базу данных…</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>Открыть базу на &amp;сервере…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Не&amp;давние базы данных</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Minutes databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Протоколов (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (файл не найден)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File → Open database….</source>
        <translation>%1 уже существует; откройте его: Файл → Открыть базу данных….</translation>
    </message>
    <message>
        <source>Minutes could not be started on %1.</source>
        <translation>Не удалось запустить Протоколы с базой данных %1.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to «%1»?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Сохранит&amp;ь</translation>
    </message>
    <message>
        <source>&amp;Cancel changes</source>
        <translation>О&amp;тменить изменения</translation>
    </message>
</context>
<context>
    <name>DocumentVerifier</name>
    <message>
        <source>Verify a document</source>
        <translation>Проверить документ</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Unknown: no approved protocol has this fingerprint.</source>
        <translation>Неизвестен: нет утверждённого протокола с таким отпечатком.</translation>
    </message>
    <message>
        <source>Matches: protocol № %1 of %2, approved %3 by %4.</source>
        <translation>Соответствует: протокол № %1 от %2, утверждён %3, утвердил %4.</translation>
    </message>
    <message>
        <source>Differs from protocol № %1 of %2: %3.</source>
        <translation>Отличается от протокола № %1 от %2: %3.</translation>
    </message>
    <message>
        <source>the record was changed after the document was made</source>
        <translation>запись изменена после создания документа</translation>
    </message>
    <message>
        <source>item %1, decision %2</source>
        <translation>вопрос %1, решение %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>вопрос %1</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>состав присутствующих</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>повестка дня</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>поручения</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>подписи</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Проверить до&amp;кумент…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This meeting is no longer in the database (it may have been deleted).</source>
        <translation>Этого заседания больше нет в базе данных (возможно, оно удалено).</translation>
    </message>
    <message>
        <source>This database is on a server, so its backups are not kept on this computer.</source>
        <translation>Эта база данных находится на сервере, поэтому её резервные копии хранятся не на этом компьютере.</translation>
    </message>
    <message>
        <source>The backup copy was not made, and nothing was replaced: %1</source>
        <translation>Резервная копия не создана, ничего не заменено: %1</translation>
    </message>
    <message>
        <source>The file is not valid Minutes JSON: %1</source>
        <translation>Файл не является правильным файлом JSON программы «Протоколы»: %1</translation>
    </message>
    <message>
        <source>These minutes are approved, so they cannot be changed or deleted. Reopen them first (File → Reopen…), giving a reason.</source>
        <translation>Протокол утверждён, поэтому его нельзя изменить или удалить. Сначала откройте его для правки (Файл → Открыть для правки…), указав причину.</translation>
    </message>
    <message>
        <source>That could not be done: %1</source>
        <translation>Это не удалось выполнить: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Word document (it may be damaged, or another kind of file).</source>
        <translation>%1 не читается как документ Word (он повреждён или это файл другого вида).</translation>
    </message>
    <message>
        <source>%1 is not an approved protocol made by this program: it carries no QR-code requisite (a draft&apos;s document, or one made before approvals were fingerprinted).</source>
        <translation>%1 — не утверждённый протокол из этой программы: в нём нет реквизита с QR-кодом (документ проекта или сделанный до того, как утверждения получили отпечаток).</translation>
    </message>
    <message>
        <source>%1 is not the 16 hex digits printed under the code.</source>
        <translation>%1 — не 16 шестнадцатеричных цифр, напечатанных под кодом.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <source>%1 saved this person after you opened it here, so nothing was saved. Open it again to see their changes.</source>
        <translation>%1 сохранил(а) данные этого человека после того, как вы открыли их здесь, поэтому ничего не сохранено. Откройте их снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>%1 saved this council or commission after you opened it here, so nothing was saved. Open it again to see their changes.</source>
        <translation>%1 сохранил(а) этот совет или комиссию после того, как вы открыли их здесь, поэтому ничего не сохранено. Откройте снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>%1 saved this meeting after you opened it here, so your changes are not saved yet.</source>
        <translation>%1 сохранил(а) это заседание после того, как вы открыли его здесь, поэтому ваши изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>Различается: %1.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space on the disk and try again.</source>
        <translation>Диск заполнен, поэтому ничего не сохранено. Освободите место на диске и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>Файл базы данных доступен только для чтения, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database is busy in another program, so nothing was saved. Try again in a moment.</source>
        <translation>База данных занята другой программой, поэтому ничего не сохранено. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was saved. Check the disk (or the network drive) and try again.</source>
        <translation>Не удалось прочитать данные с диска или записать их на диск, поэтому ничего не сохранено. Проверьте диск (или сетевой диск) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup copy.</source>
        <translation>Файл базы данных повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The connection to the database server is lost, so nothing was saved yet. Check the network; your typing stays here.</source>
        <translation>Связь с сервером базы данных потеряна, поэтому пока ничего не сохранено. Проверьте сеть; набранный текст остаётся здесь.</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The letterhead cannot be used: %1</source>
        <translation>Этот бланк нельзя использовать: %1</translation>
    </message>
    <message>
        <source>%1 is open in another program (usually Word), so it was not replaced. Close it there and export again, or choose another name.</source>
        <translation>Файл %1 открыт в другой программе (обычно в Word), поэтому он не заменён. Закройте его там и повторите экспорт или выберите другое имя.</translation>
    </message>
    <message>
        <source>The file is open in another program (usually Word), so it was not replaced. Close it there and export again, or choose another name.</source>
        <translation>Файл открыт в другой программе (обычно в Word), поэтому он не заменён. Закройте его там и повторите экспорт или выберите другое имя.</translation>
    </message>
    <message>
        <source>The Word document was not written: %1</source>
        <translation>Документ Word не записан: %1</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Minutes database.</source>
        <translation>Файл базы данных повреждён или не является базой данных программы «Протоколы».</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Minutes database.</source>
        <translation>Файл %1 повреждён или не является базой данных программы «Протоколы».</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Minutes. Install that version to open it; the file was not changed.</source>
        <translation>Эта база данных создана более новой версией программы «Протоколы». Чтобы открыть её, установите эту версию; файл не изменён.</translation>
    </message>
    <message>
        <source>The file %1 is not a Minutes database.</source>
        <translation>Файл %1 не является базой данных программы «Протоколы».</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>This was not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
    <message>
        <source>The directory already has «%1». Choose it in the list, or give this one another name.</source>
        <translation>В справочнике уже есть «%1». Выберите его в списке или дайте этой записи другое название.</translation>
    </message>
    <message>
        <source>A quorum by number needs at least 1 member.</source>
        <translation>Для кворума по числу членов нужно не менее 1.</translation>
    </message>
    <message>
        <source>A body has one chair and one secretary at a time: the dates of these two overlap.</source>
        <translation>У органа одновременно один председатель и один секретарь: сроки этих двоих пересекаются.</translation>
    </message>
    <message>
        <source>A membership cannot end before it begins.</source>
        <translation>Членство не может окончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>This person is already in the list of members: change the dates of that row instead.</source>
        <translation>Этот человек уже есть в списке членов: измените вместо этого даты в его строке.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Введите ФИО члена.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не записано. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <source>%1 is marked read-only, so it was kept as it is. Choose another name, or clear its read-only mark first.</source>
        <translation>Файл %1 помечен как доступный только для чтения, поэтому оставлен без изменений. Выберите другое имя или сначала снимите с файла отметку «только для чтения».</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому файл %1 не записан. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Access to %1 is not allowed. Choose another folder or ask for permission.</source>
        <translation>Нет доступа к %1. Выберите другую папку или попросите разрешение на доступ.</translation>
    </message>
    <message>
        <source>%1 is on a disk that cannot be written. Choose another folder.</source>
        <translation>%1 находится на диске, запись на который невозможна. Выберите другую папку.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Файл или папка %1 не найдены.</translation>
    </message>
    <message>
        <source>The name %1 is too long. Choose a shorter name or a folder nearer the top of the disk.</source>
        <translation>Имя %1 слишком длинное. Выберите более короткое имя или папку ближе к корню диска.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: %2</source>
        <translation>Не удалось прочитать или записать %1: %2</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation>Произошла непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Word document</source>
        <translation>Экспорт в документ Word</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Agenda items for an extract</source>
        <translation>Вопросы повестки дня для выписки</translation>
    </message>
    <message>
        <source>Texts without a translation</source>
        <translation>Тексты без перевода</translation>
    </message>
    <message>
        <source>Also export the other document of the pair</source>
        <translation>Экспортировать также второй документ пары</translation>
    </message>
    <message>
        <source>Letterhead file</source>
        <translation>Файл бланка</translation>
    </message>
    <message>
        <source>None: a plain A4 page</source>
        <translation>Нет: чистый лист A4</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose letterhead</source>
        <translation>Выбрать бланк</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>Open the document afterwards</source>
        <translation>Открыть документ после экспорта</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Open the folder afterwards</source>
        <translation>Открыть папку после экспорта</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Документ записывается…</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>E&amp;xtract: tick the items to include. Nothing ticked: the whole minutes.</source>
        <translation>&amp;Выписка: отметьте нужные вопросы. Ничего не отмечено — весь протокол.</translation>
    </message>
    <message>
        <source>Letter&amp;head:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>After the export</source>
        <translation>После экспорта</translation>
    </message>
    <message>
        <source>Full (heard, discussion, decisions)</source>
        <translation>Полная (слушали, выступили, постановили)</translation>
    </message>
    <message>
        <source>Short (decisions only)</source>
        <translation>Краткая (только решения)</translation>
    </message>
    <message>
        <source>Al&amp;so export the Russian document (протокол)</source>
        <translation>&amp;Также экспортировать документ на русском (протокол)</translation>
    </message>
    <message>
        <source>Al&amp;so export the Kazakh document (хаттама)</source>
        <translation>&amp;Также экспортировать документ на казахском (хаттама)</translation>
    </message>
    <message>
        <source>Al&amp;so export the English document</source>
        <translation>&amp;Также экспортировать документ на английском</translation>
    </message>
    <message>
        <source>Second file: %1</source>
        <translation>Второй файл: %1</translation>
    </message>
    <message>
        <source>The texts without a translation could not be listed: %1</source>
        <translation>Не удалось составить список текстов без перевода: %1</translation>
    </message>
    <message>
        <source>These texts have no translation: they will be written in the meeting&apos;s language.</source>
        <translation>У этих текстов нет перевода: в документ они войдут на языке протокола.</translation>
    </message>
    <message>
        <source>Russian document (%1):</source>
        <translation>Документ на русском (%1):</translation>
    </message>
    <message>
        <source>Kazakh document (%1):</source>
        <translation>Документ на казахском (%1):</translation>
    </message>
    <message>
        <source>English document (%1):</source>
        <translation>Документ на английском (%1):</translation>
    </message>
    <message>
        <source>Choose a letterhead</source>
        <translation>Выбор бланка</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Сохранить документ как</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Choose the file to save the document to.</source>
        <translation>Укажите файл для сохранения документа.</translation>
    </message>
    <message>
        <source>The letterhead file %1 does not exist.</source>
        <translation>Файл бланка %1 не найден.</translation>
    </message>
    <message>
        <source>The two documents cannot be saved in one file: choose another name for %1.</source>
        <translation>Два документа нельзя сохранить в один файл: выберите другое имя вместо %1.</translation>
    </message>
    <message>
        <source>Writing the documents…</source>
        <translation>Документы записываются…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Minutes — Guide</source>
        <translation>«Протоколы» — руководство</translation>
    </message>
    <message>
        <source>Go to a tab of the meeting (Details, Attendees, Agenda…)</source>
        <translation>Перейти на вкладку заседания (Сведения, Участники, Повестка дня…)</translation>
    </message>
    <message>
        <source>Move the selected item or line up or down</source>
        <translation>Переместить выбранный вопрос или строку вверх или вниз</translation>
    </message>
    <message>
        <source>Finish a long text (a new line is Enter)</source>
        <translation>Закончить длинный текст (новая строка — Enter)</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Это руководство</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>Minutes JSON (*.json);;All files (*)</source>
        <translation>Протоколы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import meetings from JSON</source>
        <translation>Импорт заседаний из JSON</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт файла %1…</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Файл %1 не импортирован: %2</translation>
    </message>
    <message>
        <source>Imported. Worth a second look:</source>
        <translation>Импорт выполнен. Стоит проверить:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is not a Minutes backup (Minutes JSON); nothing was imported.</source>
        <translation>Файл %1 — не резервная копия Протоколов (Протоколы JSON); ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s) from %1?</source>
        <translation>
            <numerusform>Импортировать %n заседание из файла %1?</numerusform>
            <numerusform>Импортировать %n заседания из файла %1?</numerusform>
            <numerusform>Импортировать %n заседаний из файла %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Импорт %1 отменён; ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и ещё %n замечание.</numerusform>
            <numerusform>…и ещё %n замечания.</numerusform>
            <numerusform>…и ещё %n замечаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no meetings.</source>
        <translation>В файле %1 нет заседаний.</translation>
    </message>
    <message>
        <source>Meeting %1 of the file, decision %2: %3 votes cast, but only %4 members are present.</source>
        <translation>Заседание %1 в файле, решение %2: голосов подано %3, а членов присутствует только %4.</translation>
    </message>
    <message>
        <source>%1: the member %2 is neither among the file&apos;s people nor in the directory; added to the directory with the name only.</source>
        <translation>%1: члена %2 нет ни среди людей этого файла, ни в справочнике; в справочник добавлена запись только с именем.</translation>
    </message>
    <message>
        <source>%1 No. %2 of %3</source>
        <translation>%1, протокол № %2 за %3 год</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(орган не указан)</translation>
    </message>
    <message>
        <source>Meeting %1 of the file: %2 is already in the database.</source>
        <translation>Заседание %1 в файле: %2 уже есть в базе.</translation>
    </message>
    <message>
        <source>Meeting %1 of the file: %2 is also meeting %3 of the file.</source>
        <translation>Заседание %1 в файле: %2 совпадает с заседанием %3 в этом же файле.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>протоколы</translation>
    </message>
    <message>
        <source>Export all meetings to JSON</source>
        <translation>Экспорт всех заседаний в JSON</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>Экспорт в %1 отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n meeting(s)</source>
        <translation>
            <numerusform>Проверено заседаний: %n</numerusform>
            <numerusform>Проверено заседаний: %n</numerusform>
            <numerusform>Проверено заседаний: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 of %2 meetings</source>
        <translation>Импортировано заседаний: %1 из %2</translation>
    </message>
    <message>
        <source>Written: %1 of %2 meetings</source>
        <translation>Записано заседаний: %1 из %2</translation>
    </message>
    <message>
        <source>Minutes JSON</source>
        <translation>Протоколы JSON</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Your latest changes are not saved: %1</source>
        <translation>Последние изменения не сохранены: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>&amp;Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Предпросмотр документа</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Новое заседание</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting of this body</source>
        <translation>С&amp;ледующее заседание этого органа</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Удалить заседание…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт из JSON…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Word document…</source>
        <translation>Экспорт в документ &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Document &amp;preview</source>
        <translation>&amp;Предпросмотр документа</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Find in minutes…</source>
        <translation>&amp;Найти в протоколах…</translation>
    </message>
    <message>
        <source>Filter the &amp;list</source>
        <translation>&amp;Фильтр списка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;About Minutes</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <source>&amp;Councils and commissions…</source>
        <translation>Со&amp;веты и комиссии…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Организации…</translation>
    </message>
    <message>
        <source>&amp;Tasks (control of execution)…</source>
        <translation>&amp;Контроль исполнения…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>Спр&amp;авочники</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>%1 — Minutes</source>
        <translation>%1 — Протоколы</translation>
    </message>
    <message>
        <source>%1 on %2 — Minutes</source>
        <translation>%1 на %2 — Протоколы</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Your version was saved over theirs.</source>
        <translation>Ваша версия сохранена вместо их версии.</translation>
    </message>
    <message>
        <source>Their version is shown; your changes were dropped.</source>
        <translation>Показана их версия; ваши изменения отброшены.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay here until you choose.</source>
        <translation>Не сохранено: %1 Ваши изменения остаются здесь, пока вы не выберете.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Your changes to this meeting are not saved, so it is still open: %1</source>
        <translation>Изменения в этом заседании не сохранены, поэтому оно остаётся открытым: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Отказаться от изменений</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay here and are saved again automatically.</source>
        <translation>Не сохранено: %1 Ваши изменения остаются здесь; сохранение будет повторено автоматически.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay here.</source>
        <translation>Не сохранено: %1 Ваши изменения остаются здесь.</translation>
    </message>
    <message>
        <source>The connection to the database server is lost. Your typing stays here and is saved as soon as the server is back.</source>
        <translation>Связь с сервером базы данных потеряна. Набранный текст остаётся здесь и будет сохранён, как только сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>The database server can be reached again.</source>
        <translation>Сервер базы данных снова доступен.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удаление заседания</translation>
    </message>
    <message>
        <source>Delete the meeting «%1» of %2? You can undo this with Ctrl+Z.</source>
        <translation>Удалить заседание «%1» от %2? Это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>Импортировано %n заседание.</numerusform>
            <numerusform>Импортировано %n заседания.</numerusform>
            <numerusform>Импортировано %n заседаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>Сохранено: %1 и %2</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Записывается PDF…</translation>
    </message>
    <message>
        <source>This meeting is no longer in the database.</source>
        <translation>Этого заседания больше нет в базе данных.</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark the task done</source>
        <translation>Отметить исполнение</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Отметка об исполнении</translation>
    </message>
    <message>
        <source>e.g. letter No. 12 of 01.03.2026</source>
        <translation>например: письмо № 12 от 01.03.2026</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>Дата исполнени&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Отметка:</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>create meeting</source>
        <translation>создание заседания</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>удаление заседания</translation>
    </message>
</context>
<context>
    <name>MeetingListPanel</name>
    <message>
        <source>Filter by title, body, number or date</source>
        <translation>Фильтр по названию, органу, номеру или дате</translation>
    </message>
    <message>
        <source>Filter the meeting list</source>
        <translation>Фильтр списка заседаний</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>&amp;Search in the text of all minutes:</source>
        <translation>По&amp;иск по тексту всех протоколов:</translation>
    </message>
    <message>
        <source>Words from a title, decision, task, name…</source>
        <translation>Слова из названия, решения, поручения, фамилия…</translation>
    </message>
    <message>
        <source>Search in the text of all minutes</source>
        <translation>Поиск по тексту всех протоколов</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Search only in some meetings: dates, body, person, status</source>
        <translation>Искать только в части заседаний: даты, совет или комиссия, участник, статус</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>Заседания с</translation>
    </message>
    <message>
        <source>Meetings to</source>
        <translation>Заседания по</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Совет / комиссия</translation>
    </message>
    <message>
        <source>Attendee or responsible</source>
        <translation>Участник или ответственный</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Все советы и комиссии</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Фильтры (включены)</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n meeting(s).</source>
        <translation>
            <numerusform>Найдено в %n заседании.</numerusform>
            <numerusform>Найдено в %n заседаниях.</numerusform>
            <numerusform>Найдено в %n заседаниях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Person</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message: %1</source>
        <translation>Сообщение: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Наз&amp;вание:</translation>
    </message>
    <message>
        <source>In &amp;Kazakh:</source>
        <translation>На &amp;казахском:</translation>
    </message>
    <message>
        <source>In En&amp;glish:</source>
        <translation>На &amp;английском:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Новая организация</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <source>Delete «%1» from the directory? Meetings and bodies keep the organisation&apos;s name.</source>
        <translation>Удалить «%1» из справочника? Заседания и органы сохранят название организации.</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved as PDF</source>
        <translation>PDF не сохранён</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Merge two entries</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <source>Are «%1» and «%2» one person? Choose the entry to keep.</source>
        <translation>«%1» и «%2» — один человек? Выберите запись, которую нужно оставить.</translation>
    </message>
    <message>
        <source>%1: %2 meeting(s), %3 task(s).</source>
        <translation>%1: заседаний — %2, поручений — %3.</translation>
    </message>
    <message>
        <source>The attendances, statements, presentations, tasks and council memberships of the other entry move to the one you keep, under its name, and the other entry is deleted. Edit → Undo in the main window (Ctrl+Z) puts everything back.</source>
        <translation>Участие в заседаниях, выступления, доклады, поручения и членство в советах другой записи перейдут к оставленной, под её именем, а другая запись будет удалена. Правка → Отменить в главном окне (Ctrl+Z) вернёт всё как было.</translation>
    </message>
    <message>
        <source>Keep «%1»</source>
        <translation>Оставить «%1»</translation>
    </message>
    <message>
        <source>merge people</source>
        <translation>объединение записей о людях</translation>
    </message>
    <message>
        <source>The merge was not undone: the typing in the open meeting could not be saved first.</source>
        <translation>Объединение не отменено: не удалось сначала сохранить введённое в открытом заседании.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Фильтр списка людей</translation>
    </message>
    <message>
        <source>Any part of a name, position or organisation</source>
        <translation>Любая часть ФИО, должности или организации</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge the two selected entries</source>
        <translation>Объединить две выбранные записи</translation>
    </message>
    <message>
        <source>Select two entries of one person (Ctrl+click) to merge them.</source>
        <translation>Чтобы объединить две записи одного человека, выберите их (Ctrl+щелчок).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>Ф&amp;амилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>От&amp;чество:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <source>Academic &amp;degree:</source>
        <translation>Учёная с&amp;тепень:</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>&amp;Звание:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>%1 in Kazakh</source>
        <translation>%1 на казахском</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Сохранит&amp;ь</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Show the person as saved</source>
        <translation>Показать запись как сохранена</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Double-click a meeting or a task to open its meeting.</source>
        <translation>Двойной щелчок по заседанию или поручению открывает заседание.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Not merged: the typing in the open meeting could not be saved first. Try again once it is saved.</source>
        <translation>Не объединено: не удалось сначала сохранить введённое в открытом заседании. Повторите, когда оно будет сохранено.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>PersonMeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
</context>
<context>
    <name>PersonTasksModel</name>
    <message>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>done</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не исполнено</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Полная</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Краткая</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Сообщение предпросмотра</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Заседание не открыто.</translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation>Документ нельзя показать: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>пункт %1</translation>
    </message>
</context>
<context>
    <name>ServerCopying</name>
    <message>
        <source>The JSON copy of the server database was not made: %1. The database itself is not affected; the copy will be tried again.</source>
        <translation>JSON-копия серверной базы данных не создана: %1. Сама база данных не пострадала; копия будет сделана повторно.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>Открыть базу данных на сервере</translation>
    </message>
    <message>
        <source>The shared database of your office, on a PostgreSQL server. Ask your administrator for these.</source>
        <translation>Общая база данных вашей организации на сервере PostgreSQL. Эти данные сообщит администратор.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>The password is not saved: Minutes asks for it again next time.</source>
        <translation>Пароль не сохраняется: в следующий раз программа спросит его снова.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new interface language applies after the program is restarted.</source>
        <translation>Новый язык интерфейса будет применён после перезапуска программы.</translation>
    </message>
    <message>
        <source>Document author</source>
        <translation>Автор документа</translation>
    </message>
    <message>
        <source>Written into the Word file&apos;s properties</source>
        <translation>Записывается в свойства файла Word</translation>
    </message>
    <message>
        <source>30 mm left margin for documents kept 10 years or longer</source>
        <translation>Левое поле 30 мм для документов со сроком хранения 10 лет и более</translation>
    </message>
    <message>
        <source>Long-term margin</source>
        <translation>Поле для документов долговременного хранения</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Document &amp;author:</source>
        <translation>&amp;Автор документа:</translation>
    </message>
</context>
<context>
    <name>StartupMessages</name>
    <message>
        <source>Minutes cannot open the database</source>
        <translation>Программе «Протоколы» не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The database server refused this password. Type it again for %1:</source>
        <translation>Сервер базы данных не принял этот пароль. Введите его снова для %1:</translation>
    </message>
    <message>
        <source>The database server asks for your password to open %1:</source>
        <translation>Сервер базы данных запрашивает ваш пароль, чтобы открыть %1:</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Пароль для сервера базы данных</translation>
    </message>
    <message>
        <source>A database in memory cannot be used by the window: everything typed would be lost. Choose a database file with --db FILE.</source>
        <translation>Базу данных в памяти нельзя использовать в окне программы: всё введённое было бы потеряно. Укажите файл базы данных параметром --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another window of Minutes (%2, process %3 on computer %4).

Switch to that window, or close it and start again: two windows on one database would overwrite each other&apos;s changes.</source>
        <translation>База данных %1 уже открыта в другом окне программы «Протоколы» (%2, процесс %3 на компьютере %4).

Перейдите в то окно или закройте его и запустите программу снова: два окна с одной базой данных затирали бы изменения друг друга.</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>неизвестная программа</translation>
    </message>
    <message>
        <source>Minutes is already open</source>
        <translation>Программа «Протоколы» уже открыта</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1; nothing was deleted.</source>
        <translation>Повреждённый файл сохранён как %1; ничего не удалено.</translation>
    </message>
    <message>
        <source>There is no backup copy of this database.</source>
        <translation>Резервной копии этой базы данных нет.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Начать с пустой базы данных</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is of %1 and holds %n meeting(s).</source>
        <translation>
            <numerusform>Последняя исправная резервная копия сделана %1, в ней %n заседание.</numerusform>
            <numerusform>Последняя исправная резервная копия сделана %1, в ней %n заседания.</numerusform>
            <numerusform>Последняя исправная резервная копия сделана %1, в ней %n заседаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Отметка об исполнении</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>done</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>исполнено %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не исполнено</translation>
    </message>
    <message>
        <source>%1, № %2</source>
        <translation>%1, № %2</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <source>Tasks: control of execution</source>
        <translation>Контроль исполнения поручений</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Какие поручения</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Не исполненные</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполненные</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Any part of a name</source>
        <translation>Любая часть ФИО</translation>
    </message>
    <message>
        <source>Council or commission</source>
        <translation>Совет или комиссия</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Due on or after a date</source>
        <translation>Срок не ранее даты</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Срок от</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Tick to list tasks due on or after</source>
        <translation>Отметьте, чтобы показать поручения со сроком не ранее даты</translation>
    </message>
    <message>
        <source>Due on or before a date</source>
        <translation>Срок не позднее даты</translation>
    </message>
    <message>
        <source>Due to</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <source>Tick to list tasks due on or before</source>
        <translation>Отметьте, чтобы показать поручения со сроком не позднее даты</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Совет, комиссия:</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Срок о&amp;т:</translation>
    </message>
    <message>
        <source>Due &amp;to:</source>
        <translation>Срок &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Исполнено…</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>Отметить выбранное поручение исполненным</translation>
    </message>
    <message>
        <source>Mark o&amp;pen</source>
        <translation>&amp;Не исполнено</translation>
    </message>
    <message>
        <source>Mark the selected task not done</source>
        <translation>Отметить выбранное поручение не исполненным</translation>
    </message>
    <message>
        <source>Open the m&amp;eeting</source>
        <translation>Перейти к &amp;решению</translation>
    </message>
    <message>
        <source>Open the selected task&apos;s meeting at its decision</source>
        <translation>Открыть заседание выбранного поручения на его решении</translation>
    </message>
    <message>
        <source>&amp;Word report…</source>
        <translation>Отчёт &amp;Word…</translation>
    </message>
    <message>
        <source>Save the listed tasks as a Word report</source>
        <translation>Сохранить показанные поручения в отчёт Word</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the listed tasks as an Excel workbook</source>
        <translation>Сохранить показанные поручения в книгу Excel</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Все советы и комиссии</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Все заседания</translation>
    </message>
    <message>
        <source>Tasks: %1, of them overdue: %2.</source>
        <translation>Поручений: %1, из них просрочено: %2.</translation>
    </message>
    <message>
        <source>Not changed: the typing in the open meeting could not be saved first. Try again once it is saved.</source>
        <translation>Не изменено: не удалось сначала сохранить введённое в открытом заседании. Повторите, когда оно будет сохранено.</translation>
    </message>
    <message>
        <source>Save the Word report</source>
        <translation>Сохранение отчёта Word</translation>
    </message>
    <message>
        <source>Save the Excel workbook</source>
        <translation>Сохранение книги Excel</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>поручения</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Сохранение: %1…</translation>
    </message>
    <message>
        <source>Saved %1 (tasks: %2).</source>
        <translation>Сохранено: %1 (поручений: %2).</translation>
    </message>
</context>
<context>
    <name>TextPlaces</name>
    <message>
        <source>Organiser %1</source>
        <translation>Инициатор %1</translation>
    </message>
    <message>
        <source>Conclusion %1</source>
        <translation>Вывод %1</translation>
    </message>
    <message>
        <source>Attendee: %1 — %2</source>
        <translation>Участник: %1 — %2</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>Вопрос %1 — %2</translation>
    </message>
    <message>
        <source>Body — %1</source>
        <translation>Орган — %1</translation>
    </message>
    <message>
        <source>Organisation — name</source>
        <translation>Организация — название</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид заседания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>name of the group</source>
        <translation>название группы</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>учёная степень</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>звание</translation>
    </message>
    <message>
        <source>reason for absence</source>
        <translation>причина отсутствия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>вид заседания</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>decision %1, task %2: how it was done</source>
        <translation>решение %1, поручение %2: отметка об исполнении</translation>
    </message>
    <message>
        <source>decision %1, task %2</source>
        <translation>решение %1, поручение %2</translation>
    </message>
    <message>
        <source>heard %1</source>
        <translation>доклад %1</translation>
    </message>
    <message>
        <source>discussion %1</source>
        <translation>выступление %1</translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation>предложение %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>решение %1</translation>
    </message>
    <message>
        <source>conclusion %1</source>
        <translation>вывод %1</translation>
    </message>
</context>
<context>
    <name>TranslationTableModel</name>
    <message>
        <source>Where</source>
        <translation>Место в протоколе</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Minutes</source>
        <translation>Добро пожаловать в «Протоколы»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Minutes&lt;/h3&gt;Minutes keeps the minutes of your meetings on this computer and writes the protocol as a Word document. How would you like to begin?</source>
        <translation>&lt;h3&gt;Добро пожаловать в «Протоколы»&lt;/h3&gt;Программа хранит протоколы ваших заседаний на этом компьютере и выгружает протокол документом Word. С чего начнём?</translation>
    </message>
    <message>
        <source>Open a sample meeting</source>
        <translation>Открыть пример заседания</translation>
    </message>
    <message>
        <source>The seminar of the Public Council of the Ministry of Internal Affairs, in Russian with its Kazakh version: look around, export it, change it.</source>
        <translation>Семинар Общественного совета МВД на русском языке с казахской версией: осмотритесь, выгрузите его, измените.</translation>
    </message>
    <message>
        <source>Import a JSON backup</source>
        <translation>Загрузить резервную копию JSON</translation>
    </message>
    <message>
        <source>Meetings saved from Minutes on another computer (File → Export JSON).</source>
        <translation>Заседания, сохранённые в «Протоколах» на другом компьютере (Файл → Экспорт в JSON…).</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Начать с пустой базы</translation>
    </message>
    <message>
        <source>Record your first meeting: File → New meeting.</source>
        <translation>Запишите первое заседание: Файл → Новое заседание.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your organisation&lt;/h3&gt;Written at the top of every protocol. You can change all of it later (Directory → Organisations…, File → Settings…) or leave it empty now.</source>
        <translation>&lt;h3&gt;Ваша организация&lt;/h3&gt;Её название стоит в начале каждого протокола. Всё это можно изменить позже (Справочники → Организации…, Файл → Настройки…) или пока оставить пустым.</translation>
    </message>
    <message>
        <source>A .docx or .dotx file (optional)</source>
        <translation>Файл .docx или .dotx (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Your name, as in the document&apos;s properties</source>
        <translation>Ваше имя, как в свойствах документа</translation>
    </message>
    <message>
        <source>Organisation (&amp;Russian):</source>
        <translation>Организация (на &amp;русском):</translation>
    </message>
    <message>
        <source>Organisation (&amp;Kazakh):</source>
        <translation>Организация (на &amp;казахском):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Document &amp;author:</source>
        <translation>&amp;Автор документов:</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
</context>
</TS>
