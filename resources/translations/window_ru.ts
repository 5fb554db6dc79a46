<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Вопросы повестки для выписки</translation>
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
        <translation>Выбрать…</translation>
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
        <translation>Укажите файл, в который сохранить документ.</translation>
    </message>
    <message>
        <source>The letterhead file %1 does not exist.</source>
        <translation>Файл бланка %1 не найден.</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Файл %1 не импортирован: %2</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Minutes JSON</source>
        <translation>Протоколы JSON</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Новое заседание</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting of this body</source>
        <translation>С&amp;ледующее заседание этого совета</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
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
        <translation>&amp;Отбор в списке</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
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
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
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
        <source>About Minutes</source>
        <translation>О программе «Протоколы»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes&lt;/b&gt; %1&lt;br&gt;An offline editor of meeting minutes: attendees, agenda, decisions, votes and tasks, exported as a Word document.&lt;br&gt;Your data stays on this computer.</source>
        <translation>&lt;b&gt;Протоколы&lt;/b&gt; %1&lt;br&gt;Редактор протоколов заседаний, работающий без интернета: участники, повестка дня, решения, голосование и поручения, экспорт в документ Word.&lt;br&gt;Ваши данные остаются на этом компьютере.</translation>
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
        <translation>Отбор по названию, совету, номеру или дате</translation>
    </message>
    <message>
        <source>Filter the meeting list</source>
        <translation>Отбор в списке заседаний</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>&amp;Search in the text of all minutes:</source>
        <translation>&amp;Поиск по тексту всех протоколов:</translation>
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
        <translation>Совет / комиссия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
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
        <translation>Новый язык интерфейса вступит в силу после перезапуска программы.</translation>
    </message>
    <message>
        <source>Document author</source>
        <translation>Автор документа</translation>
    </message>
    <message>
        <source>Written into the Word file's properties</source>
        <translation>Записывается в свойства файла Word</translation>
    </message>
    <message>
        <source>30 mm left margin for documents kept 10 years or longer</source>
        <translation>Левое поле 30 мм для документов со сроком хранения 10 лет и более</translation>
    </message>
    <message>
        <source>Long-term margin</source>
        <translation>Поле для долгого хранения</translation>
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
</TS>
