<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Word document</source>
        <translation>Word құжатына экспорттау</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Agenda items for an extract</source>
        <translation>Үзіндіге енетін күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <source>Letterhead file</source>
        <translation>Бланк файлы</translation>
    </message>
    <message>
        <source>None: a plain A4 page</source>
        <translation>Жоқ: таза A4 парағы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose letterhead</source>
        <translation>Бланкті таңдау</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Қайда сақтау</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Файлды таңдау</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Құжатты ашу</translation>
    </message>
    <message>
        <source>Open the document afterwards</source>
        <translation>Экспорттан кейін құжатты ашу</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Open the folder afterwards</source>
        <translation>Экспорттан кейін қалтаны ашу</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Нысаны:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>E&amp;xtract: tick the items to include. Nothing ticked: the whole minutes.</source>
        <translation>Ү&amp;зінді: қажетті мәселелерді белгілеңіз. Ештеңе белгіленбесе — бүкіл хаттама.</translation>
    </message>
    <message>
        <source>Letter&amp;head:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Қайда сақтау:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>After the export</source>
        <translation>Экспорттан кейін</translation>
    </message>
    <message>
        <source>Full (heard, discussion, decisions)</source>
        <translation>Толық (тыңдалды, сөз сөйлегендер, қаулы етті)</translation>
    </message>
    <message>
        <source>Short (decisions only)</source>
        <translation>Қысқа (тек шешімдер)</translation>
    </message>
    <message>
        <source>Choose a letterhead</source>
        <translation>Бланкті таңдау</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word құжаттары мен үлгілері (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Choose the file to save the document to.</source>
        <translation>Құжат сақталатын файлды көрсетіңіз.</translation>
    </message>
    <message>
        <source>The letterhead file %1 does not exist.</source>
        <translation>%1 бланк файлы табылмады.</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>Minutes JSON (*.json);;All files (*)</source>
        <translation>Хаттамалар JSON (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import meetings from JSON</source>
        <translation>Отырыстарды JSON-нан импорттау</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 файлы импортталмады: %2</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хаттамалар</translation>
    </message>
    <message>
        <source>Export all meetings to JSON</source>
        <translation>Барлық отырыстарды JSON-ға экспорттау</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Minutes JSON</source>
        <translation>Хаттамалар JSON</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Minutes</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Жаңа отырыс</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting of this body</source>
        <translation>Осы кеңестің &amp;келесі отырысы</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>Отырысты &amp;жою…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON-нан &amp;импорттау…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON-ға экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;Word document…</source>
        <translation>&amp;Word құжатына экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Find in minutes…</source>
        <translation>Хаттамалардан &amp;іздеу…</translation>
    </message>
    <message>
        <source>Filter the &amp;list</source>
        <translation>Тізімді &amp;сүзу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;About Minutes</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Түзе&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Отырысты жою</translation>
    </message>
    <message>
        <source>Delete the meeting «%1» of %2? You can undo this with Ctrl+Z.</source>
        <translation>%2 күнгі «%1» отырысын жою керек пе? Мұны Ctrl+Z пернелерімен болдырмауға болады.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meeting(s).</source>
        <translation>
            <numerusform>%n отырыс импортталды.</numerusform>
            <numerusform>%n отырыс импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Minutes</source>
        <translation>«Хаттамалар» бағдарламасы туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes&lt;/b&gt; %1&lt;br&gt;An offline editor of meeting minutes: attendees, agenda, decisions, votes and tasks, exported as a Word document.&lt;br&gt;Your data stays on this computer.</source>
        <translation>&lt;b&gt;Хаттамалар&lt;/b&gt; %1&lt;br&gt;Интернетсіз жұмыс істейтін отырыс хаттамаларының редакторы: қатысушылар, күн тәртібі, шешімдер, дауыс беру және тапсырмалар, Word құжатына экспорт.&lt;br&gt;Деректеріңіз осы компьютерде қалады.</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>create meeting</source>
        <translation>отырыс құру</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>отырысты жою</translation>
    </message>
</context>
<context>
    <name>MeetingListPanel</name>
    <message>
        <source>Filter by title, body, number or date</source>
        <translation>Атауы, кеңесі, нөмірі не күні бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter the meeting list</source>
        <translation>Отырыстар тізімін сүзу</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Search in the text of all minutes:</source>
        <translation>Барлық хаттамалар мәтінінен &amp;іздеу:</translation>
    </message>
    <message>
        <source>Words from a title, decision, task, name…</source>
        <translation>Атаудан, шешімнен, тапсырмадан сөздер, тегі…</translation>
    </message>
    <message>
        <source>Search in the text of all minutes</source>
        <translation>Барлық хаттамалар мәтінінен іздеу</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n meeting(s).</source>
        <translation>
            <numerusform>%n отырыстан табылды.</numerusform>
            <numerusform>%n отырыстан табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Кеңес / комиссия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
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
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>A new interface language applies after the program is restarted.</source>
        <translation>Интерфейстің жаңа тілі бағдарлама қайта іске қосылғаннан кейін қолданылады.</translation>
    </message>
    <message>
        <source>Document author</source>
        <translation>Құжат авторы</translation>
    </message>
    <message>
        <source>Written into the Word file's properties</source>
        <translation>Word файлының қасиеттеріне жазылады</translation>
    </message>
    <message>
        <source>30 mm left margin for documents kept 10 years or longer</source>
        <translation>10 жыл және одан ұзақ сақталатын құжаттар үшін сол жақ жиегі 30 мм</translation>
    </message>
    <message>
        <source>Long-term margin</source>
        <translation>Ұзақ сақтауға арналған жиек</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>Document &amp;author:</source>
        <translation>Құжат &amp;авторы:</translation>
    </message>
</context>
</TS>
