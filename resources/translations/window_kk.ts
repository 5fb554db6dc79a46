<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Minutes</source>
        <translation>«Хаттамалар» бағдарламасы туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes&lt;/b&gt; %1&lt;br&gt;An offline editor of meeting minutes: attendees, agenda, decisions, votes and tasks, exported as a Word document.&lt;br&gt;Your data stays on this computer. Minutes is free software under the MIT licence; the parts below keep their own licences (Qt and PySide6: LGPL-3.0).</source>
        <translation>&lt;b&gt;Хаттамалар&lt;/b&gt; %1&lt;br&gt;Интернетсіз жұмыс істейтін отырыс хаттамаларының редакторы: қатысушылар, күн тәртібі, шешімдер, дауыс беру және тапсырмалар, Word құжатына экспорт.&lt;br&gt;Деректеріңіз осы компьютерде қалады. «Хаттамалар» — MIT лицензиясы бойынша еркін бағдарлама; төменде аталған құрамдас бөліктер өз лицензияларымен таратылады (Qt және PySide6 — LGPL-3.0).</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
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
        <translation>Жаңарту алдында</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Импорттау алдында</translation>
    </message>
    <message>
        <source>Before a deletion</source>
        <translation>Жою алдында</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Өзіңіз жасаған</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>Іске қосылғанда</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Жұмыс кезінде</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Күнделікті</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Жасалу себебі</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>This database is on a server: the backup of the server itself is its administrator&apos;s work, not this program&apos;s. What this computer can keep is a JSON copy of all the meetings and the directory, which File → Import JSON… reads into any database.</source>
        <translation>Бұл дерекқор серверде орналасқан: серверді сақтық көшірмелеу — бұл бағдарламаның емес, оның әкімшісінің ісі. Бұл компьютерде барлық отырыстар мен анықтамалықтың JSON-көшірмесін сақтауға болады, оны «Файл → JSON импорттау…» кез келген дерекқорға жүктейді.</translation>
    </message>
    <message>
        <source>Copies of your database, made on start, every 30 minutes while you work, and before every upgrade, import, deletion and restore. Restoring a copy first keeps the current file aside: it is never deleted.</source>
        <translation>Дерекқорыңыздың көшірмелері іске қосылғанда, жұмыс кезінде 30 минут сайын, сондай-ақ әрбір жаңарту, импорттау, жою және қалпына келтіру алдында жасалады. Көшірмені қалпына келтіргенде ағымдағы файл алдымен бөлек сақталады: ол ешқашан жойылмайды.</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір &amp;сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <source>The database file is read-only, so no backup can be put in its place.</source>
        <translation>Дерекқор файлы тек оқуға арналған, сондықтан оның орнына сақтық көшірмені қою мүмкін емес.</translation>
    </message>
    <message>
        <source>The backups cannot be listed: %1</source>
        <translation>Сақтық көшірмелер тізімін алу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Сақтық көшірме жасалды: %1</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the current database? Its meetings could not be counted.

Changes made since then are not in it. The current file is first kept aside, never deleted.</source>
        <translation>Ағымдағы дерекқордың орнына %1 күнгі сақтық көшірмені қою керек пе? Ондағы отырыстар санын анықтау мүмкін болмады.

Одан кейін енгізілген өзгерістер онда жоқ. Ағымдағы файл алдымен бөлек сақталады, ешқашан жойылмайды.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message numerus="yes">
        <source>Put the backup of %1 (%n meeting(s)) in place of the current database?

Changes made since then are not in it. The current file is first kept aside, never deleted.</source>
        <translation>
            <numerusform>Ағымдағы дерекқордың орнына %1 күнгі сақтық көшірмені (%n отырыс) қою керек пе?

Одан кейін енгізілген өзгерістер онда жоқ. Ағымдағы файл алдымен бөлек сақталады, ешқашан жойылмайды.</numerusform>
            <numerusform>Ағымдағы дерекқордың орнына %1 күнгі сақтық көшірмені (%n отырыс) қою керек пе?

Одан кейін енгізілген өзгерістер онда жоқ. Ағымдағы файл алдымен бөлек сақталады, ешқашан жойылмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Make a JSON copy now</source>
        <translation>&amp;Қазір JSON-көшірме жасау</translation>
    </message>
    <message>
        <source>JSON copies made on this computer</source>
        <translation>Осы компьютерде жасалған JSON-көшірмелер</translation>
    </message>
    <message>
        <source>Make a copy &amp;every day from this computer</source>
        <translation>Осы компьютерден &amp;күн сайын көшірме жасау</translation>
    </message>
    <message>
        <source>Several computers may share the server: let one of them, chosen by the office, make the daily copies.</source>
        <translation>Серверді бірнеше компьютер ортақ пайдалана алады: күнделікті көшірмелерді ұйым таңдаған солардың біреуі ғана жасасын.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>The copies are kept in %1</source>
        <translation>Көшірмелер мына қалтада сақталады: %1</translation>
    </message>
    <message>
        <source>The copies cannot be listed: %1</source>
        <translation>Көшірмелер тізімін алу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No JSON copy was made in this folder yet.</source>
        <translation>Бұл қалтада әзірге JSON-көшірмелер жоқ.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>%1 күнгі сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Сақтық көшірме қалпына келтірілмеді: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>%1 күнгі сақтық көшірме қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The current file was kept as %2.</source>
        <translation>%1 күнгі сақтық көшірме қалпына келтірілді. Бұрынғы файл мына атпен сақталды: %2.</translation>
    </message>
    <message>
        <source>Making a JSON copy…</source>
        <translation>JSON-көшірме жасалуда…</translation>
    </message>
    <message>
        <source>No JSON copy was made: %1</source>
        <translation>JSON-көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>JSON copy made: %1</source>
        <translation>JSON-көшірме жасалды: %1</translation>
    </message>
    <message>
        <source>Folder of the JSON copies</source>
        <translation>JSON-көшірмелер қалтасы</translation>
    </message>
</context>
<context>
    <name>BodiesDialog</name>
    <message>
        <source>Choose a letterhead</source>
        <translation>Бланкті таңдау</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word құжаттары мен үлгілері (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Councils and commissions</source>
        <translation>Кеңестер мен комиссиялар</translation>
    </message>
    <message>
        <source>&amp;New body</source>
        <translation>Жаңа ор&amp;ган</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Отырыстың түрі</translation>
    </message>
    <message>
        <source>Usual place in Russian</source>
        <translation>Әдетте өткізілетін орны, орысша</translation>
    </message>
    <message>
        <source>Usual place in Kazakh</source>
        <translation>Әдетте өткізілетін орны, қазақша</translation>
    </message>
    <message>
        <source>Usual place in English</source>
        <translation>Әдетте өткізілетін орны, ағылшынша</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>мүшелердің жартысынан астамы</translation>
    </message>
    <message>
        <source>at least two thirds of the members</source>
        <translation>мүшелердің кемінде үштен екісі</translation>
    </message>
    <message>
        <source>at least this number of members:</source>
        <translation>мүшелердің кемінде мына саны:</translation>
    </message>
    <message>
        <source>Members needed for a quorum</source>
        <translation>Кворумға қажет мүшелер саны</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Нөмірлеу</translation>
    </message>
    <message>
        <source>from 1 each year</source>
        <translation>жыл сайын 1-ден бастап</translation>
    </message>
    <message>
        <source>continuous, across years</source>
        <translation>жылдарға бөлмей, үздіксіз</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Та&amp;зарту</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>In &amp;Kazakh:</source>
        <translation>&amp;Қазақша:</translation>
    </message>
    <message>
        <source>In En&amp;glish:</source>
        <translation>А&amp;ғылшынша:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйымы:</translation>
    </message>
    <message>
        <source>K&amp;ind of meeting:</source>
        <translation>Отырыстың тү&amp;рі:</translation>
    </message>
    <message>
        <source>Usual &amp;place:</source>
        <translation>Әдеттегі &amp;орны:</translation>
    </message>
    <message>
        <source>Place in Ka&amp;zakh:</source>
        <translation>Орны қазақ&amp;ша:</translation>
    </message>
    <message>
        <source>Place in &amp;English:</source>
        <translation>Орны ағ&amp;ылшынша:</translation>
    </message>
    <message>
        <source>Document st&amp;yle:</source>
        <translation>Құжаттарды рәсі&amp;мдеу:</translation>
    </message>
    <message>
        <source>Decisions &amp;written as:</source>
        <translation>Шешімдер была&amp;й жазылады:</translation>
    </message>
    <message>
        <source>Font of the documents</source>
        <translation>Құжаттардың қарпі</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Қаріп өлшемі</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>30 mm left margin (kept o&amp;ver 10 years)</source>
        <translation>Сол жақ ж&amp;иегі 30 мм (10 жылдан астам сақталатын)</translation>
    </message>
    <message>
        <source>30 mm left margin</source>
        <translation>Сол жақ жиегі 30 мм</translation>
    </message>
    <message>
        <source>Decisions written as</source>
        <translation>Шешімдер былай жазылады</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Аты-&amp;жөні:</translation>
    </message>
    <message>
        <source>Role in the &amp;body:</source>
        <translation>Орган&amp;дағы рөлі:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <source>N&amp;umbering:</source>
        <translation>&amp;Нөмірлеу:</translation>
    </message>
    <message>
        <source>Letterhead &amp;file:</source>
        <translation>Бланк &amp;файлы:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Мүшенің аты-жөні</translation>
    </message>
    <message>
        <source>Surname Given name Patronymic</source>
        <translation>Тегі Аты Әкесінің аты</translation>
    </message>
    <message>
        <source>Role in the body</source>
        <translation>Органдағы рөлі</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Мүшелігінің басталуы</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Мүшелігінің аяқталуы</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 көрсетілген</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Tick to enter the date</source>
        <translation>Күнді енгізу үшін белгілеңіз</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Мүш&amp;е қосу</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Мүшені алы&amp;п тастау</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Аяқта&amp;луы:</translation>
    </message>
    <message>
        <source>Delete body</source>
        <translation>Органды жою</translation>
    </message>
    <message>
        <source>Delete «%1» from the directory? Its meetings keep the body&apos;s name.</source>
        <translation>«%1» анықтамалықтан жойылсын ба? Оның отырыстарында органның атауы сақталады.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Менің нұсқамды &amp;қалдыру</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Олардың нұсқасын &amp;алу</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Салыстыру</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Кейін шешу</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translation>Бұл адамның деректерін басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>Someone else changed this council or commission</source>
        <translation>Бұл кеңесті немесе комиссияны басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>Someone else changed this meeting</source>
        <translation>Бұл отырысты басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Басқа пайдаланушы</translation>
    </message>
    <message>
        <source>%1 saved it at %2, after you opened it here.</source>
        <translation>%1 өзгерістерді %2 уақытта, сіз жазбаны мұнда ашқаннан кейін сақтады.</translation>
    </message>
    <message>
        <source>%1 saved it after you opened it here.</source>
        <translation>%1 өзгерістерді сіз жазбаны мұнда ашқаннан кейін сақтады.</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>Айырмашылығы бар: %1.</translation>
    </message>
    <message>
        <source>Nothing you edit differs.</source>
        <translation>Сіз өңдейтін өрістерде айырмашылық жоқ.</translation>
    </message>
    <message>
        <source>Your changes are not saved yet; they stay here until you choose.</source>
        <translation>Сіздің өзгерістеріңіз әлі сақталған жоқ, таңдағаныңызға дейін осында қалады.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Хаттамадағы орны</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздің нұсқаңыз</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Олардың нұсқасы</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Отырыс түрі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Council or commission</source>
        <translation>Кеңес немесе комиссия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Хаттаманың нөмірі</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Ұйымдастырушылар</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Тыңдалды</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Сөз сөйлегендер</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Ғылыми дәрежесі</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Нөмірлеу</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>Document settings</source>
        <translation>Құжаттарды рәсімдеу</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>%1-мәселе</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>%1-мәселе — %2</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action: %1</source>
        <translation>Күтпеген қате соңғы әрекетті тоқтатты: %1</translation>
    </message>
    <message>
        <source>Your typing is saved; you can go on working.</source>
        <translation>Терілген мәтіннің бәрі сақталды; жұмысты жалғастыра беруге болады.</translation>
    </message>
    <message>
        <source>Your typing could not be saved yet: keep the window open; the banner above the meeting says what to do.</source>
        <translation>Терілген мәтін әзірге сақталмады: терезені жаппаңыз; не істеу керегін отырыс үстіндегі жолақ айтады.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Толығырақ журналға жазылды: %1</translation>
    </message>
    <message>
        <source>If it happens again, copy the details and send them to whoever looks after Minutes.</source>
        <translation>Бұл қайталанса, толығырақ мәліметті көшіріп, «Хаттамалар» бағдарламасын сүйемелдейтін адамға жіберіңіз.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Толығырақ көшіру</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>Толығырақ &amp;көрсету</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Сақтық көшірмелер…</translation>
    </message>
    <message>
        <source>This database file is read-only: you can read, search and export the minutes, but not change them.</source>
        <translation>Дерекқор файлы тек оқуға арналған: хаттамаларды оқуға, іздеуге және экспорттауға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>Дерекқорды тексеру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing more is written into it.</source>
        <translation>Дерекқор файлы зақымдалған, сондықтан оған бұдан былай ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Дерекқор файлы зақымдалған (%1).</translation>
    </message>
    <message>
        <source>There is no good backup of it. Export what you can (File → Export JSON…) and keep the file.</source>
        <translation>Оның жарамды сақтық көшірмесі жоқ. Мүмкін болғанының бәрін экспорттаңыз (Файл → JSON-ға экспорттау…) және файлды сақтап қойыңыз.</translation>
    </message>
    <message>
        <source>The newest good backup is of %1.</source>
        <translation>Ең соңғы жарамды сақтық көшірме %1 күні жасалған.</translation>
    </message>
    <message>
        <source>Restore the backup of %1…</source>
        <translation>%1 күнгі сақтық көшірмені қалпына келтіру…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1. Your minutes are saved in the database; the backup will be tried again.</source>
        <translation>Автоматты сақтық көшірме жасалмады: %1. Хаттамаларыңыз дерекқорда сақталған; көшірме жасау әрекеті қайталанады.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталап көру</translation>
    </message>
    <message>
        <source>the changes to the open meeting could not be saved, and a restore would lose them; they are still in the editor</source>
        <translation>ашық отырыстағы өзгерістерді сақтау мүмкін болмады, ал қалпына келтіру оларды жоғалтар еді; олар әлі редакторда тұр</translation>
    </message>
    <message>
        <source>a save of the open meeting is still running; try again in a moment</source>
        <translation>ашық отырыс әлі сақталып жатыр; сәлден соң қайталап көріңіз</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Op&amp;en database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>New da&amp;tabase…</source>
        <translation>Жаңа &amp;дерекқор…</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>Сер&amp;вердегі дерекқорды ашу…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Соңғы де&amp;рекқорлар</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Тізімді &amp;тазарту</translation>
    </message>
    <message>
        <source>Minutes databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Хаттамалар дерекқорлары (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (файл табылмады)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File → Open database….</source>
        <translation>%1 бұрыннан бар; оны ашыңыз: Файл → Дерекқорды ашу….</translation>
    </message>
    <message>
        <source>Minutes could not be started on %1.</source>
        <translation>Хаттамалар %1 дерекқорымен іске қосылмады.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттамалар</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to «%1»?</source>
        <translation>«%1» өзгерістері сақталсын ба?</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Cancel changes</source>
        <translation>Өзгерістерді болдырма&amp;у</translation>
    </message>
</context>
<context>
    <name>DocumentVerifier</name>
    <message>
        <source>Verify a document</source>
        <translation>Құжатты тексеру</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Unknown: no approved protocol has this fingerprint.</source>
        <translation>Белгісіз: мұндай цифрлық ізі бар бекітілген хаттама жоқ.</translation>
    </message>
    <message>
        <source>Matches: protocol № %1 of %2, approved %3 by %4.</source>
        <translation>Сәйкес: %2 күнгі № %1 хаттама, %3 бекітілген, бекіткен %4.</translation>
    </message>
    <message>
        <source>Differs from protocol № %1 of %2: %3.</source>
        <translation>%2 күнгі № %1 хаттамадан айырмашылығы бар: %3.</translation>
    </message>
    <message>
        <source>the record was changed after the document was made</source>
        <translation>құжат жасалғаннан кейін жазба өзгертілген</translation>
    </message>
    <message>
        <source>item %1, decision %2</source>
        <translation>%1-мәселе, %2-шешім</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>%1-мәселе</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>қатысушылар құрамы</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>күн тәртібі</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>тапсырмалар</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>қолдар</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Құжатты т&amp;ексеру…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This meeting is no longer in the database (it may have been deleted).</source>
        <translation>Бұл отырыс дерекқорда енді жоқ (жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <source>This database is on a server, so its backups are not kept on this computer.</source>
        <translation>Бұл дерекқор серверде орналасқан, сондықтан оның сақтық көшірмелері осы компьютерде сақталмайды.</translation>
    </message>
    <message>
        <source>The backup copy was not made, and nothing was replaced: %1</source>
        <translation>Сақтық көшірме жасалмады, ештеңе ауыстырылмады: %1</translation>
    </message>
    <message>
        <source>The file is not valid Minutes JSON: %1</source>
        <translation>Файл «Хаттамалар» бағдарламасының дұрыс JSON файлы емес: %1</translation>
    </message>
    <message>
        <source>These minutes are approved, so they cannot be changed or deleted. Reopen them first (File → Reopen…), giving a reason.</source>
        <translation>Хаттама бекітілген, сондықтан оны өзгертуге немесе жоюға болмайды. Алдымен себебін көрсетіп, оны түзетуге ашыңыз (Файл → Түзетуге ашу…).</translation>
    </message>
    <message>
        <source>That could not be done: %1</source>
        <translation>Бұл әрекетті орындау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Word document (it may be damaged, or another kind of file).</source>
        <translation>%1 Word құжаты ретінде оқылмайды (ол бүлінген немесе басқа түрдегі файл).</translation>
    </message>
    <message>
        <source>%1 is not an approved protocol made by this program: it carries no QR-code requisite (a draft&apos;s document, or one made before approvals were fingerprinted).</source>
        <translation>%1 — осы бағдарламада жасалған бекітілген хаттама емес: онда QR-код деректемесі жоқ (жобаның құжаты немесе бекітулерге цифрлық із берілмей тұрып жасалған құжат).</translation>
    </message>
    <message>
        <source>%1 is not the 16 hex digits printed under the code.</source>
        <translation>%1 — кодтың астында басылған 16 он алтылық цифр емес.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Басқа пайдаланушы</translation>
    </message>
    <message>
        <source>%1 saved this person after you opened it here, so nothing was saved. Open it again to see their changes.</source>
        <translation>%1 бұл адамның деректерін сіз мұнда ашқаннан кейін сақтады, сондықтан ештеңе сақталған жоқ. Өзгерістерді көру үшін оларды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>%1 saved this council or commission after you opened it here, so nothing was saved. Open it again to see their changes.</source>
        <translation>%1 бұл кеңесті немесе комиссияны сіз мұнда ашқаннан кейін сақтады, сондықтан ештеңе сақталған жоқ. Өзгерістерді көру үшін қайта ашыңыз.</translation>
    </message>
    <message>
        <source>%1 saved this meeting after you opened it here, so your changes are not saved yet.</source>
        <translation>%1 бұл отырысты сіз мұнда ашқаннан кейін сақтады, сондықтан сіздің өзгерістеріңіз әлі сақталған жоқ.</translation>
    </message>
    <message>
        <source>What differs: %1.</source>
        <translation>Айырмашылығы бар: %1.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space on the disk and try again.</source>
        <translation>Диск толып қалды, сондықтан ештеңе сақталмады. Дискіде орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>Дерекқор файлы тек оқуға арналған, сондықтан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The database is busy in another program, so nothing was saved. Try again in a moment.</source>
        <translation>Дерекқорды басқа бағдарлама пайдаланып жатыр, сондықтан ештеңе сақталмады. Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was saved. Check the disk (or the network drive) and try again.</source>
        <translation>Дискіден оқу немесе дискіге жазу мүмкін болмады, сондықтан ештеңе сақталмады. Дискіні (немесе желілік дискіні) тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup copy.</source>
        <translation>Дерекқор файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The connection to the database server is lost, so nothing was saved yet. Check the network; your typing stays here.</source>
        <translation>Дерекқор серверімен байланыс үзілді, сондықтан әзірге ештеңе сақталған жоқ. Желіні тексеріңіз; терілген мәтін осында қалады.</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Дерекқор қатесі: %1</translation>
    </message>
    <message>
        <source>The letterhead cannot be used: %1</source>
        <translation>Бұл бланкті пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>%1 is open in another program (usually Word), so it was not replaced. Close it there and export again, or choose another name.</source>
        <translation>%1 файлы басқа бағдарламада (әдетте Word-та) ашық, сондықтан ол ауыстырылмады. Оны сол жерде жауып, экспортты қайталаңыз немесе басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The file is open in another program (usually Word), so it was not replaced. Close it there and export again, or choose another name.</source>
        <translation>Файл басқа бағдарламада (әдетте Word-та) ашық, сондықтан ол ауыстырылмады. Оны сол жерде жауып, экспортты қайталаңыз немесе басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The Word document was not written: %1</source>
        <translation>Word құжаты жазылмады: %1</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Minutes database.</source>
        <translation>Дерекқор файлы зақымдалған немесе «Хаттамалар» бағдарламасының дерекқоры емес.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Minutes database.</source>
        <translation>%1 файлы зақымдалған немесе «Хаттамалар» бағдарламасының дерекқоры емес.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Minutes. Install that version to open it; the file was not changed.</source>
        <translation>Бұл дерекқор «Хаттамалар» бағдарламасының жаңарақ нұсқасында жасалған. Оны ашу үшін сол нұсқаны орнатыңыз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>The file %1 is not a Minutes database.</source>
        <translation>%1 файлы «Хаттамалар» бағдарламасының дерекқоры емес.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Дерекқорды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>This was not accepted: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <source>The directory already has «%1». Choose it in the list, or give this one another name.</source>
        <translation>Анықтамалықта «%1» бар. Оны тізімнен таңдаңыз немесе бұл жазбаға басқа атау беріңіз.</translation>
    </message>
    <message>
        <source>A quorum by number needs at least 1 member.</source>
        <translation>Саны бойынша кворумға кемінде 1 мүше керек.</translation>
    </message>
    <message>
        <source>A body has one chair and one secretary at a time: the dates of these two overlap.</source>
        <translation>Органда бір мезгілде бір төраға және бір хатшы болады: бұл екеуінің мерзімдері қиылысады.</translation>
    </message>
    <message>
        <source>A membership cannot end before it begins.</source>
        <translation>Мүшелік басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>This person is already in the list of members: change the dates of that row instead.</source>
        <translation>Бұл адам мүшелер тізімінде бар: оның орнына сол жолдағы күндерді өзгертіңіз.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Мүшенің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space and try again.</source>
        <translation>Диск толып қалды, сондықтан ештеңе жазылмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>%1 is marked read-only, so it was kept as it is. Choose another name, or clear its read-only mark first.</source>
        <translation>%1 файлы «тек оқуға арналған» деп белгіленген, сондықтан ол өзгертілмеді. Басқа атау таңдаңыз немесе алдымен файлдың «тек оқуға арналған» белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not written. Free some space and try again.</source>
        <translation>Диск толып қалды, сондықтан %1 файлы жазылмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Access to %1 is not allowed. Choose another folder or ask for permission.</source>
        <translation>Мына файлға немесе қалтаға кіруге рұқсат жоқ: %1. Басқа қалтаны таңдаңыз немесе рұқсат сұраңыз.</translation>
    </message>
    <message>
        <source>%1 is on a disk that cannot be written. Choose another folder.</source>
        <translation>%1 жазуға болмайтын дискіде орналасқан. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>%1 деген файл немесе қалта жоқ.</translation>
    </message>
    <message>
        <source>The name %1 is too long. Choose a shorter name or a folder nearer the top of the disk.</source>
        <translation>%1 атауы тым ұзын. Қысқарақ атау немесе дискінің түбіріне жақынырақ қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: %2</source>
        <translation>%1 файлын оқу немесе жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation>Күтпеген қате орын алды: %1</translation>
    </message>
</context>
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
        <source>Texts without a translation</source>
        <translation>Аудармасы жоқ мәтіндер</translation>
    </message>
    <message>
        <source>Also export the other document of the pair</source>
        <translation>Жұптың екінші құжатын да экспорттау</translation>
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
        <translation>Шолу…</translation>
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
        <source>Writing the document…</source>
        <translation>Құжат жазылуда…</translation>
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
        <source>Al&amp;so export the Russian document (протокол)</source>
        <translation>&amp;Орыс тіліндегі құжатты да экспорттау (протокол)</translation>
    </message>
    <message>
        <source>Al&amp;so export the Kazakh document (хаттама)</source>
        <translation>Қ&amp;азақ тіліндегі құжатты да экспорттау (хаттама)</translation>
    </message>
    <message>
        <source>Al&amp;so export the English document</source>
        <translation>&amp;Ағылшын тіліндегі құжатты да экспорттау</translation>
    </message>
    <message>
        <source>Second file: %1</source>
        <translation>Екінші файл: %1</translation>
    </message>
    <message>
        <source>The texts without a translation could not be listed: %1</source>
        <translation>Аудармасы жоқ мәтіндердің тізімін жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>These texts have no translation: they will be written in the meeting&apos;s language.</source>
        <translation>Бұл мәтіндердің аудармасы жоқ: құжатқа отырыстың өз тілінде енеді.</translation>
    </message>
    <message>
        <source>Russian document (%1):</source>
        <translation>Орыс тіліндегі құжат (%1):</translation>
    </message>
    <message>
        <source>Kazakh document (%1):</source>
        <translation>Қазақ тіліндегі құжат (%1):</translation>
    </message>
    <message>
        <source>English document (%1):</source>
        <translation>Ағылшын тіліндегі құжат (%1):</translation>
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
        <translation>Бланк файлы табылмады: %1</translation>
    </message>
    <message>
        <source>The two documents cannot be saved in one file: choose another name for %1.</source>
        <translation>Екі құжатты бір файлға сақтау мүмкін емес: %1 орнына басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Writing the documents…</source>
        <translation>Құжаттар жазылуда…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Minutes — Guide</source>
        <translation>«Хаттамалар» — нұсқаулық</translation>
    </message>
    <message>
        <source>Go to a tab of the meeting (Details, Attendees, Agenda…)</source>
        <translation>Отырыс қойындысына өту (Деректер, Қатысушылар, Күн тәртібі…)</translation>
    </message>
    <message>
        <source>Move the selected item or line up or down</source>
        <translation>Таңдалған мәселені немесе жолды жоғары не төмен жылжыту</translation>
    </message>
    <message>
        <source>Finish a long text (a new line is Enter)</source>
        <translation>Ұзын мәтінді аяқтау (жаңа жол — Enter)</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Осы нұсқаулық</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>Minutes JSON (*.json);;All files (*)</source>
        <translation>JSON хаттамалары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import meetings from JSON</source>
        <translation>Отырыстарды JSON-нан импорттау</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 файлын импорттау…</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 файлы импортталмады: %2</translation>
    </message>
    <message>
        <source>Imported. Worth a second look:</source>
        <translation>Импорт орындалды. Тексеріп шығыңыз:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is not a Minutes backup (Minutes JSON); nothing was imported.</source>
        <translation>%1 файлы Хаттамалардың сақтық көшірмесі емес (JSON хаттамалары); ештеңе импортталмады.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s) from %1?</source>
        <translation>
            <numerusform>%1 файлынан %n отырысты импорттау керек пе?</numerusform>
            <numerusform>%1 файлынан %n отырысты импорттау керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>%1 импорты тоқтатылды; ештеңе импортталған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…және тағы %n ескерту.</numerusform>
            <numerusform>…және тағы %n ескерту.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no meetings.</source>
        <translation>%1 файлында отырыстар жоқ.</translation>
    </message>
    <message>
        <source>Meeting %1 of the file, decision %2: %3 votes cast, but only %4 members are present.</source>
        <translation>Файлдағы %1-отырыс, %2-шешім: %3 дауыс берілді, бірақ небәрі %4 мүше қатысып отыр.</translation>
    </message>
    <message>
        <source>%1: the member %2 is neither among the file&apos;s people nor in the directory; added to the directory with the name only.</source>
        <translation>%1: %2 мүшесі бұл файлдағы адамдардың арасында да, анықтамалықта да жоқ; анықтамалыққа тек аты-жөнімен қосылды.</translation>
    </message>
    <message>
        <source>%1 No. %2 of %3</source>
        <translation>%1, %3 жылғы № %2 хаттама</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(орган көрсетілмеген)</translation>
    </message>
    <message>
        <source>Meeting %1 of the file: %2 is already in the database.</source>
        <translation>Файлдағы %1-отырыс: %2 дерекқорда бұрыннан бар.</translation>
    </message>
    <message>
        <source>Meeting %1 of the file: %2 is also meeting %3 of the file.</source>
        <translation>Файлдағы %1-отырыс: %2 осы файлдағы %3-отырыспен сәйкес келеді.</translation>
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
        <source>Exporting to %1…</source>
        <translation>%1 файлына экспорттау…</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>%1 файлына экспорт тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n meeting(s)</source>
        <translation>
            <numerusform>Тексерілген отырыстар: %n</numerusform>
            <numerusform>Тексерілген отырыстар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 of %2 meetings</source>
        <translation>Импортталған отырыстар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Written: %1 of %2 meetings</source>
        <translation>Жазылған отырыстар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Minutes JSON</source>
        <translation>JSON хаттамалары</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Your latest changes are not saved: %1</source>
        <translation>Соңғы өзгерістеріңіз сақталмады: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Қайталап &amp;көру</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Сақтамай &amp;жабу</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Жаңа отырыс</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting of this body</source>
        <translation>Осы органның &amp;келесі отырысы</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Отырысты жою…</translation>
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
        <source>&amp;Print…</source>
        <translation>Бас&amp;ып шығару…</translation>
    </message>
    <message>
        <source>Document &amp;preview</source>
        <translation>Құжатты &amp;алдын ала қарау</translation>
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
        <source>&amp;Guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Адамдар…</translation>
    </message>
    <message>
        <source>&amp;Councils and commissions…</source>
        <translation>&amp;Кеңестер мен комиссиялар…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Ұйымдар…</translation>
    </message>
    <message>
        <source>&amp;Tasks (control of execution)…</source>
        <translation>&amp;Орындалуын бақылау…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>Анықта&amp;малықтар</translation>
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
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>%1 — Minutes</source>
        <translation>%1 — Хаттамалар</translation>
    </message>
    <message>
        <source>%1 on %2 — Minutes</source>
        <translation>%2 серверіндегі %1 — Хаттамалар</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Your version was saved over theirs.</source>
        <translation>Сіздің нұсқаңыз олардың нұсқасының орнына сақталды.</translation>
    </message>
    <message>
        <source>Their version is shown; your changes were dropped.</source>
        <translation>Олардың нұсқасы көрсетілді; сіздің өзгерістеріңіз алынып тасталды.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay here until you choose.</source>
        <translation>Сақталмады: %1 Таңдағаныңызға дейін өзгерістеріңіз осында қалады.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Your changes to this meeting are not saved, so it is still open: %1</source>
        <translation>Осы отырыстағы өзгерістер сақталмады, сондықтан ол әлі ашық тұр: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталап көру</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay here and are saved again automatically.</source>
        <translation>Сақталмады: %1 Өзгерістеріңіз осында қалады және автоматты түрде қайта сақталады.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Қазір қайталау</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay here.</source>
        <translation>Сақталмады: %1 Өзгерістеріңіз осында қалады.</translation>
    </message>
    <message>
        <source>The connection to the database server is lost. Your typing stays here and is saved as soon as the server is back.</source>
        <translation>Дерекқор серверімен байланыс үзілді. Терілген мәтін осында қалады және сервер қайта қолжетімді болған бойда сақталады.</translation>
    </message>
    <message>
        <source>The database server can be reached again.</source>
        <translation>Дерекқор сервері қайта қолжетімді.</translation>
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
        <source>Saved %1 and %2</source>
        <translation>Сақталды: %1 және %2</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <source>This meeting is no longer in the database.</source>
        <translation>Бұл отырыс дерекқорда енді жоқ.</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark the task done</source>
        <translation>Орындалғанын белгілеу</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Орындалуы туралы белгі</translation>
    </message>
    <message>
        <source>e.g. letter No. 12 of 01.03.2026</source>
        <translation>мысалы: 01.03.2026 жылғы № 12 хат</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>&amp;Орындалған күні:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Белгі:</translation>
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
        <translation>Атауы, органы, нөмірі немесе күні бойынша сүзу</translation>
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
        <translation>Барлық хаттамалар мәтінінен із&amp;деу:</translation>
    </message>
    <message>
        <source>Words from a title, decision, task, name…</source>
        <translation>Атаудағы, шешімдегі, тапсырмадағы сөздер, тегі…</translation>
    </message>
    <message>
        <source>Search in the text of all minutes</source>
        <translation>Барлық хаттамалар мәтінінен іздеу</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Search only in some meetings: dates, body, person, status</source>
        <translation>Тек кейбір отырыстардан іздеу: күндер, кеңес не комиссия, тұлға, мәртебе</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>Осы күннен бастап отырыстар</translation>
    </message>
    <message>
        <source>Meetings to</source>
        <translation>Осы күнге дейінгі отырыстар</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Кеңес / комиссия</translation>
    </message>
    <message>
        <source>Attendee or responsible</source>
        <translation>Қатысушы немесе жауапты</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Any body</source>
        <translation>Барлық кеңестер мен комиссиялар</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Сүзгілер (қосулы)</translation>
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
        <translation>Орган</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Person</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message: %1</source>
        <translation>Хабарлама: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>In &amp;Kazakh:</source>
        <translation>&amp;Қазақша:</translation>
    </message>
    <message>
        <source>In En&amp;glish:</source>
        <translation>А&amp;ғылшынша:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>Жаңа &amp;ұйым</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ұйымды жою</translation>
    </message>
    <message>
        <source>Delete «%1» from the directory? Meetings and bodies keep the organisation&apos;s name.</source>
        <translation>«%1» анықтамалықтан жойылсын ба? Отырыстар мен органдарда ұйымның атауы сақталады.</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved as PDF</source>
        <translation>PDF сақталмады</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Merge two entries</source>
        <translation>Екі жазбаны біріктіру</translation>
    </message>
    <message>
        <source>Are «%1» and «%2» one person? Choose the entry to keep.</source>
        <translation>«%1» мен «%2» — бір адам ба? Қалдырылатын жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: %2 meeting(s), %3 task(s).</source>
        <translation>%1: отырыстар — %2, тапсырмалар — %3.</translation>
    </message>
    <message>
        <source>The attendances, statements, presentations, tasks and council memberships of the other entry move to the one you keep, under its name, and the other entry is deleted. Edit → Undo in the main window (Ctrl+Z) puts everything back.</source>
        <translation>Екінші жазбаның отырыстарға қатысуы, сөйлеген сөздері, баяндамалары, тапсырмалары және кеңестердегі мүшелігі қалдырылған жазбаға оның атымен ауысады, ал екінші жазба жойылады. Негізгі терезедегі Түзету → Болдырмау (Ctrl+Z) бәрін қайтарады.</translation>
    </message>
    <message>
        <source>Keep «%1»</source>
        <translation>«%1» қалдыру</translation>
    </message>
    <message>
        <source>merge people</source>
        <translation>адамдар туралы жазбаларды біріктіру</translation>
    </message>
    <message>
        <source>The merge was not undone: the typing in the open meeting could not be saved first.</source>
        <translation>Біріктіру болдырылмады: ашық отырыста енгізілгенді алдымен сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Адамдар тізімінің сүзгісі</translation>
    </message>
    <message>
        <source>Any part of a name, position or organisation</source>
        <translation>Аты-жөнінің, лауазымның немесе ұйымның кез келген бөлігі</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Сүзгі:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <source>Merge the two selected entries</source>
        <translation>Таңдалған екі жазбаны біріктіру</translation>
    </message>
    <message>
        <source>Select two entries of one person (Ctrl+click) to merge them.</source>
        <translation>Бір адамның екі жазбасын біріктіру үшін оларды таңдаңыз (Ctrl+шерту).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>In Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Әк&amp;есінің аты:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Ұйымы:</translation>
    </message>
    <message>
        <source>Academic &amp;degree:</source>
        <translation>Ғылыми &amp;дәрежесі:</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>Ата&amp;ғы:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйымы</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Ғылыми дәрежесі</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <source>%1 in Kazakh</source>
        <translation>%1 қазақша</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Са&amp;қтау</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Қа&amp;йтару</translation>
    </message>
    <message>
        <source>Show the person as saved</source>
        <translation>Жазбаны сақталған күйінде көрсету</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Double-click a meeting or a task to open its meeting.</source>
        <translation>Отырысты ашу үшін отырысты немесе тапсырманы екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Not merged: the typing in the open meeting could not be saved first. Try again once it is saved.</source>
        <translation>Біріктірілмеді: ашық отырыста енгізілгенді алдымен сақтау мүмкін болмады. Ол сақталғаннан кейін қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйымы</translation>
    </message>
</context>
<context>
    <name>PersonMeetingsModel</name>
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
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <source>present</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
</context>
<context>
    <name>PersonTasksModel</name>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>open</source>
        <translation>орындалмаған</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Қысқа</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Алдын ала қарау хабары</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Ешбір отырыс ашылмаған.</translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation>Құжатты көрсету мүмкін емес: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
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
        <translation>%1-тармақ</translation>
    </message>
</context>
<context>
    <name>ServerCopying</name>
    <message>
        <source>The JSON copy of the server database was not made: %1. The database itself is not affected; the copy will be tried again.</source>
        <translation>Сервердегі дерекқордың JSON-көшірмесі жасалмады: %1. Дерекқордың өзіне әсер етпеді; көшірме қайта жасалады.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталап көру</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>Сервердегі дерекқорды ашу</translation>
    </message>
    <message>
        <source>The shared database of your office, on a PostgreSQL server. Ask your administrator for these.</source>
        <translation>Ұйымыңыздың PostgreSQL серверіндегі ортақ дерекқоры. Бұл деректерді әкімші береді.</translation>
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
        <translation>&amp;Дерекқор:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Пайдаланушы &amp;аты:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Құпияс&amp;өз:</translation>
    </message>
    <message>
        <source>The password is not saved: Minutes asks for it again next time.</source>
        <translation>Құпиясөз сақталмайды: келесі жолы бағдарлама оны қайта сұрайды.</translation>
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
        <translation>Жаңа интерфейс тілі бағдарлама қайта іске қосылғаннан кейін қолданылады.</translation>
    </message>
    <message>
        <source>Document author</source>
        <translation>Құжат авторы</translation>
    </message>
    <message>
        <source>Written into the Word file&apos;s properties</source>
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
<context>
    <name>StartupMessages</name>
    <message>
        <source>Minutes cannot open the database</source>
        <translation>«Хаттамалар» бағдарламасы дерекқорды аша алмайды</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>The database server refused this password. Type it again for %1:</source>
        <translation>Дерекқор сервері бұл құпиясөзді қабылдамады. %1 үшін оны қайта енгізіңіз:</translation>
    </message>
    <message>
        <source>The database server asks for your password to open %1:</source>
        <translation>%1 ашу үшін дерекқор сервері құпиясөзіңізді сұрайды:</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Дерекқор серверінің құпиясөзі</translation>
    </message>
    <message>
        <source>A database in memory cannot be used by the window: everything typed would be lost. Choose a database file with --db FILE.</source>
        <translation>Жадтағы дерекқорды бағдарлама терезесінде пайдалануға болмайды: енгізілгеннің бәрі жоғалар еді. Дерекқор файлын --db ФАЙЛ параметрімен көрсетіңіз.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another window of Minutes (%2, process %3 on computer %4).

Switch to that window, or close it and start again: two windows on one database would overwrite each other&apos;s changes.</source>
        <translation>%1 дерекқоры «Хаттамалар» бағдарламасының басқа терезесінде ашық тұр (%2, %4 компьютеріндегі %3 процесі).

Сол терезеге ауысыңыз немесе оны жауып, бағдарламаны қайта іске қосыңыз: бір дерекқордағы екі терезе бір-бірінің өзгерістерін өшіріп тастар еді.</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>белгісіз бағдарлама</translation>
    </message>
    <message>
        <source>Minutes is already open</source>
        <translation>«Хаттамалар» бағдарламасы бұрыннан ашық</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1; nothing was deleted.</source>
        <translation>Зақымдалған файл сақталды (%1), ештеңе жойылмады.</translation>
    </message>
    <message>
        <source>There is no backup copy of this database.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі жоқ.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Бос дерекқормен бастау</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is of %1 and holds %n meeting(s).</source>
        <translation>
            <numerusform>Ең соңғы жарамды сақтық көшірме %1 күні жасалған, онда %n отырыс бар.</numerusform>
            <numerusform>Ең соңғы жарамды сақтық көшірме %1 күні жасалған, онда %n отырыс бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Осы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымдалған</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауаптылар</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Орындалуы туралы белгі</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>%1 орындалды</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>open</source>
        <translation>орындалмаған</translation>
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
        <translation>Тапсырмалардың орындалуын бақылау</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Қандай тапсырмалар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Орындалмағандар</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткендер</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалғандар</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>Any part of a name</source>
        <translation>Аты-жөнінің кез келген бөлігі</translation>
    </message>
    <message>
        <source>Council or commission</source>
        <translation>Кеңес немесе комиссия</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Due on or after a date</source>
        <translation>Мерзімі күннен ерте емес</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Мерзімі (бастап)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Tick to list tasks due on or after</source>
        <translation>Мерзімі осы күннен ерте емес тапсырмаларды көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <source>Due on or before a date</source>
        <translation>Мерзімі күннен кеш емес</translation>
    </message>
    <message>
        <source>Due to</source>
        <translation>Мерзімі (дейін)</translation>
    </message>
    <message>
        <source>Tick to list tasks due on or before</source>
        <translation>Мерзімі осы күннен кеш емес тапсырмаларды көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Жауапты:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Мерзімі ба&amp;стап:</translation>
    </message>
    <message>
        <source>Due &amp;to:</source>
        <translation>Мерзімі &amp;дейін:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Оты&amp;рыс:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Орындалды деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>Таңдалған тапсырманы орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark o&amp;pen</source>
        <translation>Орындал&amp;мады</translation>
    </message>
    <message>
        <source>Mark the selected task not done</source>
        <translation>Таңдалған тапсырманы орындалмады деп белгілеу</translation>
    </message>
    <message>
        <source>Open the m&amp;eeting</source>
        <translation>Шешімге ө&amp;ту</translation>
    </message>
    <message>
        <source>Open the selected task&apos;s meeting at its decision</source>
        <translation>Таңдалған тапсырманың отырысын оның шешімінде ашу</translation>
    </message>
    <message>
        <source>&amp;Word report…</source>
        <translation>&amp;Word есебі…</translation>
    </message>
    <message>
        <source>Save the listed tasks as a Word report</source>
        <translation>Көрсетілген тапсырмаларды Word есебіне сақтау</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the listed tasks as an Excel workbook</source>
        <translation>Көрсетілген тапсырмаларды Excel кітабына сақтау</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Есеп ті&amp;лі:</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Барлық кеңестер мен комиссиялар</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Барлық отырыстар</translation>
    </message>
    <message>
        <source>Tasks: %1, of them overdue: %2.</source>
        <translation>Тапсырмалар: %1, оның ішінде мерзімі өткені: %2.</translation>
    </message>
    <message>
        <source>Not changed: the typing in the open meeting could not be saved first. Try again once it is saved.</source>
        <translation>Өзгертілмеді: ашық отырыста енгізілгенді алдымен сақтау мүмкін болмады. Ол сақталғаннан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Save the Word report</source>
        <translation>Word есебін сақтау</translation>
    </message>
    <message>
        <source>Save the Excel workbook</source>
        <translation>Excel кітабын сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>тапсырмалар</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Сақталуда: %1…</translation>
    </message>
    <message>
        <source>Saved %1 (tasks: %2).</source>
        <translation>Сақталды: %1 (тапсырмалар: %2).</translation>
    </message>
</context>
<context>
    <name>TextPlaces</name>
    <message>
        <source>Organiser %1</source>
        <translation>%1-ұйымдастырушы</translation>
    </message>
    <message>
        <source>Conclusion %1</source>
        <translation>%1-қорытынды</translation>
    </message>
    <message>
        <source>Attendee: %1 — %2</source>
        <translation>Қатысушы: %1 — %2</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>%1-мәселе — %2</translation>
    </message>
    <message>
        <source>Body — %1</source>
        <translation>Орган — %1</translation>
    </message>
    <message>
        <source>Organisation — name</source>
        <translation>Ұйым — атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Отырыстың түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>name of the group</source>
        <translation>топтың атауы</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйымы</translation>
    </message>
    <message>
        <source>degree</source>
        <translation>ғылыми дәрежесі</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>атағы</translation>
    </message>
    <message>
        <source>reason for absence</source>
        <translation>болмау себебі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>place</source>
        <translation>өткізілетін орны</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>отырыстың түрі</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>decision %1, task %2: how it was done</source>
        <translation>%1-шешім, %2-тапсырма: орындалуы туралы белгі</translation>
    </message>
    <message>
        <source>decision %1, task %2</source>
        <translation>%1-шешім, %2-тапсырма</translation>
    </message>
    <message>
        <source>heard %1</source>
        <translation>%1-баяндама</translation>
    </message>
    <message>
        <source>discussion %1</source>
        <translation>%1-сөйлеген сөз</translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation>%1-ұсыныс</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>%1-шешім</translation>
    </message>
    <message>
        <source>conclusion %1</source>
        <translation>%1-қорытынды</translation>
    </message>
</context>
<context>
    <name>TranslationTableModel</name>
    <message>
        <source>Where</source>
        <translation>Хаттамадағы орны</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Аударма</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Minutes</source>
        <translation>«Хаттамалар» бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Minutes&lt;/h3&gt;Minutes keeps the minutes of your meetings on this computer and writes the protocol as a Word document. How would you like to begin?</source>
        <translation>&lt;h3&gt;«Хаттамалар» бағдарламасына қош келдіңіз&lt;/h3&gt;Бағдарлама отырыстарыңыздың хаттамаларын осы компьютерде сақтайды және хаттаманы Word құжаты ретінде шығарады. Неден бастаймыз?</translation>
    </message>
    <message>
        <source>Open a sample meeting</source>
        <translation>Отырыс үлгісін ашу</translation>
    </message>
    <message>
        <source>The seminar of the Public Council of the Ministry of Internal Affairs, in Russian with its Kazakh version: look around, export it, change it.</source>
        <translation>ІІМ Қоғамдық кеңесінің семинары, орыс тілінде, қазақша нұсқасымен: танысып шығыңыз, экспорттаңыз, өзгертіңіз.</translation>
    </message>
    <message>
        <source>Import a JSON backup</source>
        <translation>JSON сақтық көшірмесін жүктеу</translation>
    </message>
    <message>
        <source>Meetings saved from Minutes on another computer (File → Export JSON).</source>
        <translation>Басқа компьютердегі «Хаттамалар» бағдарламасынан сақталған отырыстар (Файл → JSON-ға экспорттау…).</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Бос дерекқордан бастау</translation>
    </message>
    <message>
        <source>Record your first meeting: File → New meeting.</source>
        <translation>Алғашқы отырысты жазыңыз: Файл → Жаңа отырыс.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your organisation&lt;/h3&gt;Written at the top of every protocol. You can change all of it later (Directory → Organisations…, File → Settings…) or leave it empty now.</source>
        <translation>&lt;h3&gt;Сіздің ұйымыңыз&lt;/h3&gt;Оның атауы әр хаттаманың басында тұрады. Мұның бәрін кейін өзгертуге болады (Анықтамалықтар → Ұйымдар…, Файл → Баптаулар…) немесе әзірге бос қалдыруға болады.</translation>
    </message>
    <message>
        <source>A .docx or .dotx file (optional)</source>
        <translation>.docx немесе .dotx файлы (міндетті емес)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Your name, as in the document&apos;s properties</source>
        <translation>Құжат қасиеттеріндегідей атыңыз</translation>
    </message>
    <message>
        <source>Organisation (&amp;Russian):</source>
        <translation>Ұйым (&amp;орысша):</translation>
    </message>
    <message>
        <source>Organisation (&amp;Kazakh):</source>
        <translation>Ұйым (&amp;қазақша):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Мекен&amp;жайы:</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Document &amp;author:</source>
        <translation>Құжаттар &amp;авторы:</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word құжаттары мен үлгілері (*.docx *.dotx)</translation>
    </message>
</context>
</TS>
