<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="195"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="195"/>
        <source>Responsible</source>
        <translation>Жауаптылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="195"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="195"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="203"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="203"/>
        <source>open</source>
        <translation>орындалмаған</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="211"/>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="85"/>
        <source>Agenda items</source>
        <translation>Күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="96"/>
        <source>&amp;Add item</source>
        <translation>Мәселе &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="97"/>
        <source>Add an agenda item</source>
        <translation>Күн тәртібіне мәселе қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="98"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="99"/>
        <source>Remove the agenda item</source>
        <translation>Күн тәртібінен мәселені жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="100"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="101"/>
        <source>Move the item up</source>
        <translation>Мәселені жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="102"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="103"/>
        <source>Move the item down</source>
        <translation>Мәселені төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="104"/>
        <source>Move the item up (Alt+Up)</source>
        <translation>Мәселені жоғары жылжыту (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="105"/>
        <source>Move the item down (Alt+Down)</source>
        <translation>Мәселені төмен жылжыту (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="106"/>
        <source>Agenda &amp;items:</source>
        <translation>Күн тәртібінің &amp;мәселелері:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="132"/>
        <source>Item title</source>
        <translation>Мәселенің атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="134"/>
        <source>Presenters</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="135"/>
        <source>Names, separated by commas</source>
        <translation>Аты-жөндері үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="142"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="143"/>
        <source>&amp;Presenters:</source>
        <translation>&amp;Баяндамашылар:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="218"/>
        <source>Edit item title</source>
        <translation>Мәселе атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="229"/>
        <source>Edit presenters</source>
        <translation>Баяндамашыларды өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="238"/>
        <source>New agenda item</source>
        <translation>Жаңа мәселе</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="240"/>
        <source>Add agenda item</source>
        <translation>Мәселе қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="253"/>
        <source>Remove agenda item</source>
        <translation>Мәселені жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="269"/>
        <source>Move agenda item</source>
        <translation>Мәселені жылжыту</translation>
    </message>
</context>
<context>
    <name>AttendeeAdders</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="53"/>
        <source>Find a person</source>
        <translation>Адамды іздеу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="54"/>
        <source>Surname or any part of the name</source>
        <translation>Тегі немесе аты-жөнінің кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="60"/>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="62"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="62"/>
        <source>Add the person</source>
        <translation>Адамды қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="65"/>
        <source>&amp;New person…</source>
        <translation>&amp;Жаңа адам…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="65"/>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="68"/>
        <source>Add &amp;group…</source>
        <translation>Т&amp;оп қосу…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="68"/>
        <source>Add a group</source>
        <translation>Топ қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="74"/>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="141"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="142"/>
        <source>New person in the directory</source>
        <translation>Анықтамалықтағы жаңа адам</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="143"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="144"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="145"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="146"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="147"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="148"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="149"/>
        <source>Save and add</source>
        <translation>Сақтау және қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="150"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="219"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="151"/>
        <source>Cancel the new person</source>
        <translation>Жаңа адамды енгізуді болдырмау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="155"/>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="156"/>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="157"/>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="158"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="159"/>
        <source>Organisation:</source>
        <translation>Ұйымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="191"/>
        <source>Enter the surname.</source>
        <translation>Тегін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="211"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="212"/>
        <source>Group of people</source>
        <translation>Адамдар тобы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="213"/>
        <source>Group name</source>
        <translation>Топтың атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="214"/>
        <source>For example: representatives of NGOs</source>
        <translation>Мысалы: ҮЕҰ өкілдері</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="215"/>
        <source>Head count</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="217"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="218"/>
        <source>Add the group</source>
        <translation>Топты қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="220"/>
        <source>Cancel the group</source>
        <translation>Топты енгізуді болдырмау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="224"/>
        <source>Group name:</source>
        <translation>Топтың атауы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="225"/>
        <source>Head count:</source>
        <translation>Адам саны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="249"/>
        <source>Enter the group&apos;s name.</source>
        <translation>Топтың атауын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="53"/>
        <source>Name</source>
        <translation>Аты-жөні / топ</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="54"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="55"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="56"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="57"/>
        <source>Absence reason</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="66"/>
        <source>present</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="66"/>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="72"/>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 адам)</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="75"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="76"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="83"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Төраға:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="83"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Хатшы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="97"/>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="126"/>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="127"/>
        <source>Selected attendee</source>
        <translation>Таңдалған қатысушы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="128"/>
        <source>Name</source>
        <translation>Аты-жөні / топ</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="129"/>
        <source>Head count</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="131"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="133"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="134"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="137"/>
        <source>Pr&amp;esent</source>
        <translation>Қат&amp;ысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="138"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="139"/>
        <source>Absence reason</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="140"/>
        <source>Remo&amp;ve from the list</source>
        <translation>Тізімнен &amp;шығару</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="141"/>
        <source>Remove the attendee</source>
        <translation>Қатысушыны тізімнен шығару</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="146"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Аты-жөні / топ:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="147"/>
        <source>&amp;Head count:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="148"/>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="149"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="150"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="152"/>
        <source>A&amp;bsence reason:</source>
        <translation>Қатыспау се&amp;бебі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="221"/>
        <source>— not chosen —</source>
        <translation>— таңдалмаған —</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="240"/>
        <source>Present: %1 of %2 members — quorum</source>
        <translation>Қатысқандар: %1 (барлық мүше %2) — кворум бар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="242"/>
        <source>Present: %1 of %2 members — no quorum (%3 needed)</source>
        <translation>Қатысқандар: %1 (барлық мүше %2) — кворум жоқ (%3 қажет)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="283"/>
        <source>%1 is already in the list.</source>
        <translation>%1 тізімде бар.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="290"/>
        <source>Add attendee</source>
        <translation>Қатысушыны қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="293"/>
        <source>Add group</source>
        <translation>Топты қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="305"/>
        <source>Choose the chair</source>
        <translation>Төрағаны таңдау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="306"/>
        <source>Choose the secretary</source>
        <translation>Хатшыны таңдау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="334"/>
        <source>Edit attendee</source>
        <translation>Қатысушыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="352"/>
        <source>Remove attendee</source>
        <translation>Қатысушыны жою</translation>
    </message>
</context>
<context>
    <name>DecisionsBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="44"/>
        <source>Decisions</source>
        <translation>Шешімдер (қаулы етті)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="45"/>
        <source>Add a &amp;decision</source>
        <translation>&amp;Шешім қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="45"/>
        <source>Remove the decision</source>
        <translation>Шешімді жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="55"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="56"/>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="57"/>
        <source>No vote</source>
        <translation>Дауыс берусіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="58"/>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="59"/>
        <source>Unanimous</source>
        <translation>Бірауыздан</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="60"/>
        <source>Votes for</source>
        <translation>Жақтаған дауыстар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="61"/>
        <source>Votes against</source>
        <translation>Қарсы дауыстар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="62"/>
        <source>Abstained</source>
        <translation>Қалыс қалғандар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="63"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="64"/>
        <source>as the vote decides</source>
        <translation>дауыс беру нәтижесі бойынша</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="82"/>
        <source>&amp;For:</source>
        <translation>Жақ&amp;тағаны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="83"/>
        <source>A&amp;gainst:</source>
        <translation>Қа&amp;рсы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="84"/>
        <source>Abs&amp;tained:</source>
        <translation>Қа&amp;лыс қалғаны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="95"/>
        <source>&amp;Set by hand:</source>
        <translation>Қ&amp;олмен белгілеу:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="104"/>
        <source>Te&amp;xt:</source>
        <translation>Мәті&amp;ні:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="107"/>
        <source>Vote:</source>
        <translation>Дауыс беру:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="109"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="194"/>
        <source>Edit decision</source>
        <translation>Шешімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="208"/>
        <source>Edit vote</source>
        <translation>Дауыс беруді өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="213"/>
        <source>Set outcome</source>
        <translation>Нәтижені белгілеу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="219"/>
        <source>New decision</source>
        <translation>Жаңа шешім</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="221"/>
        <source>Add decision</source>
        <translation>Шешім қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="235"/>
        <source>Remove decision</source>
        <translation>Шешімді жою</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="61"/>
        <source>Body</source>
        <translation>Орган (кеңес, комиссия)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="64"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="65"/>
        <source>Kind of meeting</source>
        <translation>Отырыстың түрі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="68"/>
        <source>Number</source>
        <translation>Хаттаманың нөмірі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="70"/>
        <source>Su&amp;ggest number</source>
        <translation>Нөмірді ұ&amp;сыну</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="72"/>
        <source>Suggest the next number</source>
        <translation>Келесі нөмірді ұсыну</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="74"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="75"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="80"/>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="81"/>
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="82"/>
        <source>Place</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="83"/>
        <source>Document language</source>
        <translation>Құжаттың тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="86"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="91"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="105"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="106"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="107"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="108"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="109"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="110"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="111"/>
        <source>&amp;Start time:</source>
        <translation>&amp;Басталу уақыты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="112"/>
        <source>&amp;End time:</source>
        <translation>А&amp;яқталу уақыты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="113"/>
        <source>&amp;Place:</source>
        <translation>Өткізілетін орн&amp;ы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="114"/>
        <source>Document &amp;language:</source>
        <translation>Құжаттың т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="115"/>
        <source>St&amp;atus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="116"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="125"/>
        <source>%1 is set</source>
        <translation>%1 көрсетілген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="127"/>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="127"/>
        <source>Tick to enter the time</source>
        <translation>Уақытты көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="183"/>
        <source>next: %1</source>
        <translation>келесісі: %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="239"/>
        <source>Edit meeting details</source>
        <translation>Отырыс деректерін өзгерту</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="16"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="17"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="18"/>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="19"/>
        <source>Invited</source>
        <translation>Шақырылған</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="26"/>
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="27"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="32"/>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="33"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="39"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="40"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="41"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="48"/>
        <source>no vote</source>
        <translation>дауыс берусіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="50"/>
        <source>unanimous</source>
        <translation>бірауыздан</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="52"/>
        <source>for %1, against %2, abstained %3</source>
        <translation>жақтағаны %1, қарсы %2, қалыс қалғаны %3</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="22"/>
        <source>Enter the item&apos;s title.</source>
        <translation>Мәселенің атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="24"/>
        <source>Enter the meeting&apos;s title.</source>
        <translation>Отырыстың атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="25"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>Отырыс басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="28"/>
        <source>Enter the decision&apos;s text.</source>
        <translation>Шешімнің мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="29"/>
        <source>Enter the task.</source>
        <translation>Тапсырманың мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="30"/>
        <source>A meeting has one chair and one secretary: choose them above the list.</source>
        <translation>Отырыстың бір төрағасы және бір хатшысы болады: оларды тізімнің үстінде таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="34"/>
        <source>A group needs a head count of at least 1.</source>
        <translation>Топтағы адам санын көрсетіңіз (кемінде 1).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="37"/>
        <source>Enter a name.</source>
        <translation>Аты-жөнін немесе топтың атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/messages.py" line="38"/>
        <source>A reason is given only for someone absent.</source>
        <translation>Себебі тек қатыспағандар үшін көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="62"/>
        <source>Attendees&apos; names</source>
        <translation>Қатысушылардың аты-жөні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="64"/>
        <source>Meeting sections</source>
        <translation>Отырыс бөлімдері</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="69"/>
        <source>Details</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="69"/>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="70"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="78"/>
        <source>Choose a meeting in the list, or create one: File → New meeting (Ctrl+N).</source>
        <translation>Тізімнен отырысты таңдаңыз немесе жаңасын жасаңыз: Файл → Жаңа отырыс (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="157"/>
        <source>(no text yet)</source>
        <translation>(мәтін әлі енгізілмеген)</translation>
    </message>
</context>
<context>
    <name>StatementsBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="20"/>
        <source>Heard (presentations)</source>
        <translation>Тыңдалды (баяндамалар)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="20"/>
        <source>Discussion (speakers)</source>
        <translation>Сөз сөйлегендер (талқылау)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="26"/>
        <source>Add a presentation</source>
        <translation>Баяндама қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="26"/>
        <source>Add a speaker</source>
        <translation>Сөз сөйлеушіні қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="27"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="35"/>
        <source>Speaker</source>
        <translation>Сөз сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="39"/>
        <source>What was said</source>
        <translation>Сөйлеген сөзінің мазмұны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="43"/>
        <source>Speaker:</source>
        <translation>Сөз сөйлеуші:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="44"/>
        <source>Text:</source>
        <translation>Мәтіні:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="96"/>
        <source>Edit statement</source>
        <translation>Сөйлеген сөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="123"/>
        <source>Add statement</source>
        <translation>Сөйлеген сөзді қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="138"/>
        <source>Remove statement</source>
        <translation>Сөйлеген сөзді жою</translation>
    </message>
</context>
<context>
    <name>TasksBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="33"/>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="34"/>
        <source>Add a tas&amp;k</source>
        <translation>Тап&amp;сырма қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="34"/>
        <source>Remove the task</source>
        <translation>Тапсырманы жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="53"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="55"/>
        <source>Responsible</source>
        <translation>Жауаптылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="56"/>
        <source>Names, separated by commas</source>
        <translation>Аты-жөндері үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="58"/>
        <source>The task has a due date</source>
        <translation>Тапсырманың мерзімі бар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="59"/>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="51"/>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="60"/>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="60"/>
        <source>Tick to set a due date</source>
        <translation>Мерзімді көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="61"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="66"/>
        <source>Task:</source>
        <translation>Тапсырма:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="67"/>
        <source>Responsible:</source>
        <translation>Жауаптылар:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="68"/>
        <source>Due date:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="125"/>
        <source>Edit task</source>
        <translation>Тапсырманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="136"/>
        <source>New task</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="139"/>
        <source>Add task</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="153"/>
        <source>Remove task</source>
        <translation>Тапсырманы жою</translation>
    </message>
</context>
</TS>
