<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Responsible</source>
        <translation>Жауаптылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="216"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="227"/>
        <source>done on %1</source>
        <translation>%1 орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="228"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="228"/>
        <source>open</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="236"/>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="95"/>
        <source>Agenda items</source>
        <translation>Күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="106"/>
        <source>Add ite&amp;m</source>
        <translation>Мәселе &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="107"/>
        <source>Add an agenda item</source>
        <translation>Күн тәртібіне мәселе қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="109"/>
        <source>Remove the agenda item</source>
        <translation>Күн тәртібінен мәселені жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="110"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="111"/>
        <source>Move the item up</source>
        <translation>Мәселені жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="112"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="113"/>
        <source>Move the item down</source>
        <translation>Мәселені төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="114"/>
        <source>Move the item up (Alt+Up)</source>
        <translation>Мәселені жоғары жылжыту (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="115"/>
        <source>Move the item down (Alt+Down)</source>
        <translation>Мәселені төмен жылжыту (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="116"/>
        <source>Agenda &amp;items:</source>
        <translation>Күн тәртібінің мәс&amp;елелері:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="142"/>
        <source>Item title</source>
        <translation>Мәселенің атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="144"/>
        <source>Presenters</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="145"/>
        <source>Names, separated by commas</source>
        <translation>Аты-жөндері үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="151"/>
        <source>Conclusions (the participants noted that…)</source>
        <translation>Қорытындылар (қатысушылар атап өтті…)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="156"/>
        <source>&amp;Title:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="157"/>
        <source>&amp;Presenters:</source>
        <translation>Ба&amp;яндамашылар:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="236"/>
        <source>Edit item title</source>
        <translation>мәселе атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="247"/>
        <source>Edit presenters</source>
        <translation>баяндамашылар тізімін өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="258"/>
        <source>Add agenda item</source>
        <translation>мәселе қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="271"/>
        <source>Remove agenda item</source>
        <translation>мәселені жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/agenda_page.py" line="287"/>
        <source>Move agenda item</source>
        <translation>мәселені жылжыту</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="35"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="36"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="37"/>
        <source>kind</source>
        <translation>отырыс түрі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="38"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="39"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="40"/>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="41"/>
        <source>start time</source>
        <translation>басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="42"/>
        <source>end time</source>
        <translation>аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="43"/>
        <source>place</source>
        <translation>өткізілген орны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="44"/>
        <source>document language</source>
        <translation>құжат тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="45"/>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="46"/>
        <source>organisers</source>
        <translation>бастамашылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="47"/>
        <source>attendees</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="48"/>
        <source>conclusions</source>
        <translation>қорытындылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="49"/>
        <source>translations</source>
        <translation>аудармалар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="50"/>
        <source>presenters</source>
        <translation>баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="51"/>
        <source>heard</source>
        <translation>тыңдалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="52"/>
        <source>discussion</source>
        <translation>сөз сөйлегендер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="53"/>
        <source>proposals</source>
        <translation>ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="54"/>
        <source>decisions</source>
        <translation>шешімдер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="66"/>
        <source>agenda item %1 added</source>
        <translation>күн тәртібінің %1-мәселесі қосылды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="68"/>
        <source>agenda item %1 removed</source>
        <translation>күн тәртібінің %1-мәселесі алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="71"/>
        <source>agenda item %1: %2</source>
        <translation>күн тәртібінің %1-мәселесі: %2</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="86"/>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="87"/>
        <source>Reopened</source>
        <translation>Түзетуге ашылды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="88"/>
        <source>Changed after approval</source>
        <translation>Бекітілгеннен кейін өзгертілді</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="102"/>
        <source>Approve the minutes%1 of %2? They can no longer be changed until they are reopened, with a reason.

Approved by:</source>
        <translation>%2 күнгі%1 хаттаманы бекіту керек пе? Бекітілгеннен кейін оны себебін көрсетіп, түзетуге ашқанда ғана өзгертуге болады.

Кім бекітті:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="106"/>
        <source>Approve the minutes</source>
        <translation>Хаттаманы бекіту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="115"/>
        <source>Reopen the minutes</source>
        <translation>Хаттаманы түзетуге ашу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="116"/>
        <source>Why are the approved minutes reopened? The reason is kept in their history.</source>
        <translation>Бекітілген хаттама неге түзетуге ашылады? Себебі оның тарихында сақталады.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="124"/>
        <source>Approved. The minutes are read-only; reopen them to change them.</source>
        <translation>Бекітілді. Хаттаманы тек оқуға болады; өзгерту үшін оны түзетуге ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="126"/>
        <source>Approved by %1 on %2. The minutes are read-only; reopen them to change them.</source>
        <translation>Бекіткен: %1, %2. Хаттаманы тек оқуға болады; өзгерту үшін оны түзетуге ашыңыз.</translation>
    </message>
</context>
<context>
    <name>ApprovalBanner</name>
    <message>
        <location filename="../../minutes_app/ui/editor/approval.py" line="148"/>
        <source>Reopen…</source>
        <translation>Түзетуге ашу…</translation>
    </message>
</context>
<context>
    <name>AttendeeAdders</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="85"/>
        <source>Find a person</source>
        <translation>Адамды іздеу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="86"/>
        <source>Surname or any part of the name</source>
        <translation>Тегі немесе аты-жөнінің кез келген бөлігі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="92"/>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="94"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="94"/>
        <source>Add the person</source>
        <translation>Адамды қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="97"/>
        <source>Ne&amp;w person…</source>
        <translation>&amp;Жаңа қатысушы…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="97"/>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="100"/>
        <source>Add gro&amp;up…</source>
        <translation>Т&amp;оп қосу…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="100"/>
        <source>Add a group</source>
        <translation>Топ қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="106"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="173"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="174"/>
        <source>New person in the directory</source>
        <translation>Анықтамалықтағы жаңа адам</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="175"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="176"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="177"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="53"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="178"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="42"/>
        <source>Already in the directory</source>
        <translation>Анықтамалықта бар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="43"/>
        <source>The directory already has %1 with other details. Save what you typed to the directory too?</source>
        <translation>Анықтамалықта %1 басқа деректермен бұрыннан бар. Енгізгеніңізді анықтамалыққа да сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="46"/>
        <source>Either way, this meeting lists what you typed.</source>
        <translation>Қалай болғанда да, бұл отырыста сіз енгізген деректер көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="54"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="179"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="55"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="180"/>
        <source>Academic degree</source>
        <translation>Ғылыми дәрежесі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="56"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="181"/>
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="182"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="183"/>
        <source>Save and add</source>
        <translation>Сақтау және қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="184"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="275"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="185"/>
        <source>Cancel the new person</source>
        <translation>Жаңа адамды енгізуден бас тарту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="189"/>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="190"/>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="191"/>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="192"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="193"/>
        <source>Organisation:</source>
        <translation>Ұйымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="194"/>
        <source>Academic degree:</source>
        <translation>Ғылыми дәрежесі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="195"/>
        <source>Rank:</source>
        <translation>Атағы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="227"/>
        <source>Enter the surname.</source>
        <translation>Тегін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="267"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="268"/>
        <source>Group of people</source>
        <translation>Адамдар тобы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="269"/>
        <source>Group name</source>
        <translation>Топтың атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="270"/>
        <source>For example: representatives of NGOs</source>
        <translation>Мысалы: ҮЕҰ өкілдері</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="271"/>
        <source>Head count</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="273"/>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="274"/>
        <source>Add the group</source>
        <translation>Топты қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="276"/>
        <source>Cancel the group</source>
        <translation>Топты енгізуден бас тарту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="280"/>
        <source>Group name:</source>
        <translation>Топтың атауы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="281"/>
        <source>Head count:</source>
        <translation>Адам саны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendee_adders.py" line="305"/>
        <source>Enter the group&apos;s name.</source>
        <translation>Топтың атауын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="62"/>
        <source>Name</source>
        <translation>Аты-жөні / топ</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="63"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="64"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="65"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="66"/>
        <source>Absence reason</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="75"/>
        <source>present</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="75"/>
        <source>absent</source>
        <translation>қатыспады</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="81"/>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 адам)</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="88"/>
        <source>Another name</source>
        <translation>Басқа аты-жөні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="89"/>
        <source>The directory knows «%1». Was the name misspelt, or is «%2» someone else?</source>
        <translation>Анықтамалықта «%1» бар. Аты-жөні қате жазылды ма, әлде «%2» — басқа адам ба?</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="92"/>
        <source>Misspelt: the directory entry gets the new name, and its other meetings stay with it. Someone else: only this line changes, and the new person is added to the directory.</source>
        <translation>Қате жазылған: анықтамалықтағы жазба жаңа аты-жөнін алады, оның басқа отырыстары сол жазбада қалады. Басқа адам: тек осы жол өзгереді, ал жаңа адам анықтамалыққа қосылады.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="96"/>
        <source>&amp;Misspelt</source>
        <translation>&amp;Қате жазылған</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="98"/>
        <source>Someone &amp;else</source>
        <translation>&amp;Басқа адам</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="191"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="192"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="199"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Төраға:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="199"/>
        <source>Secretar&amp;y:</source>
        <translation>&amp;Хатшы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="213"/>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="247"/>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="248"/>
        <source>Selected attendee</source>
        <translation>Таңдалған қатысушы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="249"/>
        <source>Name</source>
        <translation>Аты-жөні / топ</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="250"/>
        <source>Head count</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="252"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="254"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="255"/>
        <source>Academic degree</source>
        <translation>Ғылыми дәрежесі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="256"/>
        <source>For example: Doctor of Law</source>
        <translation>Мысалы: заң ғылымдарының докторы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="257"/>
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="258"/>
        <source>For example: police colonel</source>
        <translation>Мысалы: полиция полковнигі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="259"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="262"/>
        <source>Prese&amp;nt</source>
        <translation>Қат&amp;ысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="263"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="264"/>
        <source>Absence reason</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="265"/>
        <source>Remove from the &amp;list</source>
        <translation>Тізімнен &amp;шығару</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="266"/>
        <source>Remove the attendee</source>
        <translation>Қатысушыны тізімнен шығару</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="271"/>
        <source>Na&amp;me:</source>
        <translation>Аты-жө&amp;ні / топ:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="272"/>
        <source>Head coun&amp;t:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="273"/>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="274"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="275"/>
        <source>De&amp;gree:</source>
        <translation>Ғылыми дәр&amp;ежесі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="276"/>
        <source>Ran&amp;k:</source>
        <translation>Ата&amp;ғы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="277"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="279"/>
        <source>A&amp;bsence reason:</source>
        <translation>Қатыспау се&amp;бебі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="351"/>
        <source>— not chosen —</source>
        <translation>— таңдалмаған —</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="381"/>
        <source>Present: %1 of %2 members — quorum</source>
        <translation>Қатысқаны: %1, мүшелер саны: %2 — кворум бар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="383"/>
        <source>Present: %1 of %2 members — no quorum (%3 needed)</source>
        <translation>Қатысқаны: %1, мүшелер саны: %2 — кворум жоқ (%3 қажет)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="431"/>
        <source>%1 is already in the list.</source>
        <translation>%1 тізімде бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="438"/>
        <source>Add attendee</source>
        <translation>қатысушыны қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="441"/>
        <source>Add group</source>
        <translation>топты қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="453"/>
        <source>Choose the chair</source>
        <translation>төрағаны таңдау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="454"/>
        <source>Choose the secretary</source>
        <translation>хатшыны таңдау</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="519"/>
        <source>Rename attendee</source>
        <translation>Қатысушының атын өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="546"/>
        <source>Edit attendee</source>
        <translation>қатысушы деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/attendees_page.py" line="564"/>
        <source>Remove attendee</source>
        <translation>қатысушыны жою</translation>
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
        <source>Add a de&amp;cision</source>
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
        <translation>дауыс беру қорытындысы бойынша</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="82"/>
        <source>F&amp;or:</source>
        <translation>Жақ&amp;тағаны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="83"/>
        <source>A&amp;gainst:</source>
        <translation>Қа&amp;рсы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="84"/>
        <source>&amp;Abstained:</source>
        <translation>Қа&amp;лыс қалғаны:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="95"/>
        <source>Set &amp;by hand:</source>
        <translation>Қолмен &amp;белгілеу:</translation>
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
        <translation>шешімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="208"/>
        <source>Edit vote</source>
        <translation>дауыс беру нәтижесін өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="213"/>
        <source>Set outcome</source>
        <translation>нәтижені белгілеу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="223"/>
        <source>Add decision</source>
        <translation>шешім қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/decisions_box.py" line="237"/>
        <source>Remove decision</source>
        <translation>шешімді жою</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="68"/>
        <source>Body</source>
        <translation>Орган (кеңес, комиссия)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="72"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="76"/>
        <source>Kind of meeting</source>
        <translation>Отырыстың түрі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="79"/>
        <source>Number</source>
        <translation>Хаттаманың нөмірі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="81"/>
        <source>Su&amp;ggest number</source>
        <translation>Нөмірді ұ&amp;сыну</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="83"/>
        <source>Suggest the next number</source>
        <translation>Келесі нөмірді ұсыну</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="85"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="86"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="91"/>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="92"/>
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="93"/>
        <source>Place</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="95"/>
        <source>Organ&amp;isers (initiators)</source>
        <translation>Ұйымдастыру&amp;шылар (бастамашылар)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="96"/>
        <source>Document language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="100"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="103"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="106"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="121"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="122"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйымы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="123"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="124"/>
        <source>N&amp;umber:</source>
        <translation>Нөмі&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="125"/>
        <source>Tit&amp;le:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="126"/>
        <source>D&amp;ate:</source>
        <translation>Кү&amp;ні:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="127"/>
        <source>Sta&amp;rt time:</source>
        <translation>&amp;Басталу уақыты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="128"/>
        <source>End &amp;time:</source>
        <translation>А&amp;яқталу уақыты:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="130"/>
        <source>Do&amp;cument language:</source>
        <translation>Құжат т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="129"/>
        <source>&amp;Place:</source>
        <translation>Өткізу орн&amp;ы:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="131"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="132"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="133"/>
        <source>History:</source>
        <translation>Тарих:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="149"/>
        <source>%1 is set</source>
        <translation>%1 көрсетілген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="151"/>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="151"/>
        <source>Tick to enter the time</source>
        <translation>Уақытты көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="228"/>
        <source>next: %1</source>
        <translation>келесісі: %1</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/details_page.py" line="283"/>
        <source>Edit meeting details</source>
        <translation>отырыс мәліметтерін өзгерту</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="24"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="25"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="26"/>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="27"/>
        <source>Invited</source>
        <translation>Шақырылған</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="34"/>
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="35"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="40"/>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="41"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="47"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="48"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="49"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="56"/>
        <source>no vote</source>
        <translation>дауыс берусіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="58"/>
        <source>unanimous</source>
        <translation>бірауыздан</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/labels.py" line="60"/>
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
    <name>KeyedListBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="74"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="75"/>
        <source>Move up (Alt+Up)</source>
        <translation>Жоғары жылжыту (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="76"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/keyed_list.py" line="77"/>
        <source>Move down (Alt+Down)</source>
        <translation>Төмен жылжыту (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="103"/>
        <source>Attendees&apos; names</source>
        <translation>Қатысушылардың аты-жөні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="114"/>
        <source>Choose a meeting in the list, or create one: File → New meeting (Ctrl+N).</source>
        <translation>Тізімнен отырысты таңдаңыз немесе жаңасын жасаңыз: Файл → Жаңа отырыс (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="121"/>
        <source>&amp;Approve…</source>
        <translation>Бек&amp;іту…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="124"/>
        <source>Re&amp;open…</source>
        <translation>&amp;Түзетуге ашу…</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="331"/>
        <source>Minutes</source>
        <translation>Хаттамалар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/meeting_editor.py" line="414"/>
        <source>Fill in from the body</source>
        <translation>орган бойынша толтыру</translation>
    </message>
</context>
<context>
    <name>MeetingSections</name>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="29"/>
        <source>Meeting sections</source>
        <translation>Хаттама бөлімдері</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="36"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="36"/>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="37"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="37"/>
        <source>Outcome</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/sections.py" line="38"/>
        <source>Translation</source>
        <translation>Аударма</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/outcome_page.py" line="16"/>
        <source>What the participants concluded or recommended, without a vote, for the whole meeting. The conclusions of one agenda item are entered with the item.</source>
        <translation>Қатысушылардың бүкіл отырыс бойынша дауыс берусіз жасаған қорытындылары мен ұсынымдары. Күн тәртібінің бір мәселесі бойынша қорытындылар сол мәселемен бірге енгізіледі.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/outcome_page.py" line="20"/>
        <source>Conclusions of the meeting</source>
        <translation>Отырыстың қорытындылары</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="167"/>
        <source>(no text yet)</source>
        <translation>(мәтін әлі енгізілмеген)</translation>
    </message>
</context>
<context>
    <name>StatementsBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="22"/>
        <source>Heard (presentations)</source>
        <translation>Тыңдалды (баяндамалар)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="23"/>
        <source>Discussion (speakers)</source>
        <translation>Сөз сөйлегендер (талқылау)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="22"/>
        <source>Add a presentation</source>
        <translation>Баяндама қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="23"/>
        <source>Add a speaker</source>
        <translation>Сөз сөйлеушіні қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="24"/>
        <source>Proposals (made without a vote)</source>
        <translation>Айтылған ұсыныстар (дауыс берусіз)</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="24"/>
        <source>Add a proposal</source>
        <translation>Ұсыныс қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="33"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="44"/>
        <source>Speaker</source>
        <translation>Сөз сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="48"/>
        <source>What was proposed</source>
        <translation>Ұсыныстың мазмұны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="49"/>
        <source>What was said</source>
        <translation>Сөйлеген сөзінің мазмұны</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="53"/>
        <source>Speaker:</source>
        <translation>Сөз сөйлеуші:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="55"/>
        <source>Text:</source>
        <translation>Мәтіні:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="107"/>
        <source>Edit statement</source>
        <translation>сөйлеген сөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="134"/>
        <source>Add statement</source>
        <translation>сөйлеген сөзді қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="149"/>
        <source>Remove statement</source>
        <translation>сөйлеген сөзді жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="44"/>
        <source>Presenter</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/statements_box.py" line="53"/>
        <source>Presenter:</source>
        <translation>Баяндамашы:</translation>
    </message>
</context>
<context>
    <name>TasksBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="45"/>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="46"/>
        <source>Add a tas&amp;k</source>
        <translation>Тап&amp;сырма қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="46"/>
        <source>Remove the task</source>
        <translation>Тапсырманы жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="73"/>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="75"/>
        <source>Responsible</source>
        <translation>Жауаптылар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="76"/>
        <source>Names, separated by commas</source>
        <translation>Аты-жөндері үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="78"/>
        <source>The task has a due date</source>
        <translation>Тапсырманың мерзімі бар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="79"/>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="63"/>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="80"/>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="80"/>
        <source>Tick to set a due date</source>
        <translation>Мерзімді көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="81"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="83"/>
        <source>The day it was done is known</source>
        <translation>Орындалған күні көрсетілген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="84"/>
        <source>Done on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="85"/>
        <source>not known</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="85"/>
        <source>Tick to enter the day it was done</source>
        <translation>Орындалған күнін көрсету үшін белгілеңіз</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="87"/>
        <source>How it was done</source>
        <translation>Орындалуы туралы белгі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="88"/>
        <source>e.g. letter No. 12</source>
        <translation>мысалы: № 12 хат</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="94"/>
        <source>Task:</source>
        <translation>Тапсырма:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="95"/>
        <source>Responsible:</source>
        <translation>Жауаптылар:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="96"/>
        <source>Due date:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="98"/>
        <source>Done o&amp;n:</source>
        <translation>&amp;Орындалған күні:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="99"/>
        <source>How it &amp;was done:</source>
        <translation>Орындалуы туралы бел&amp;гі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="174"/>
        <source>Edit task</source>
        <translation>тапсырманы өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="190"/>
        <source>Add task</source>
        <translation>тапсырма қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/tasks_box.py" line="204"/>
        <source>Remove task</source>
        <translation>тапсырманы жою</translation>
    </message>
</context>
<context>
    <name>TextEntryListModel</name>
    <message>
        <location filename="../../minutes_app/ui/editor/models.py" line="179"/>
        <source>(no text yet)</source>
        <translation>(мәтін әлі енгізілмеген)</translation>
    </message>
</context>
<context>
    <name>TextListBox</name>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="63"/>
        <source>Add an organiser</source>
        <translation>Ұйымдастырушы қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="63"/>
        <source>Add a conclusion</source>
        <translation>Қорытынды қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="64"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="77"/>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="78"/>
        <source>An organisation or a person</source>
        <translation>Ұйым немесе тұлға</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="88"/>
        <source>Na&amp;me:</source>
        <translation>Ұйым немесе тұ&amp;лға:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="91"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="94"/>
        <source>Conc&amp;lusion:</source>
        <translation>Қор&amp;ытынды:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="180"/>
        <source>Add organiser</source>
        <translation>ұйымдастырушы қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="180"/>
        <source>Edit organiser</source>
        <translation>ұйымдастырушыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="181"/>
        <source>Remove organiser</source>
        <translation>ұйымдастырушыны жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="181"/>
        <source>Move organiser</source>
        <translation>ұйымдастырушыны жылжыту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="183"/>
        <source>Add conclusion</source>
        <translation>қорытынды қосу</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="183"/>
        <source>Edit conclusion</source>
        <translation>қорытындыны өзгерту</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="184"/>
        <source>Remove conclusion</source>
        <translation>қорытындыны жою</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/conclusions_box.py" line="185"/>
        <source>Move conclusion</source>
        <translation>қорытындыны жылжыту</translation>
    </message>
</context>
<context>
    <name>TranslationPage</name>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="120"/>
        <source>Language of the translation</source>
        <translation>Аударма тілі</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="121"/>
        <source>&amp;Translate into:</source>
        <translation>Аударма &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="123"/>
        <source>&amp;Only untranslated</source>
        <translation>Тек ауда&amp;рылмағандар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="125"/>
        <source>Show only the texts not yet translated</source>
        <translation>Тек әлі аударылмаған мәтіндерді көрсету</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="134"/>
        <source>Texts and translations</source>
        <translation>Мәтіндер мен аудармалар</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="237"/>
        <source>%1 of %2 texts translated</source>
        <translation>Аударылғаны: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="250"/>
        <source>%1 texts also have a version in %2, the meeting&apos;s own language now: those versions are kept, not used, and come back when the meeting&apos;s language is changed back.</source>
        <translation>Отырыстың қазіргі тілінде (%2) нұсқасы бар мәтіндер: %1. Бұл нұсқалар сақталған, бірақ пайдаланылмайды; отырыстың бұрынғы тілі қайтарылса, олар қайта қолданылады.</translation>
    </message>
    <message>
        <location filename="../../minutes_app/ui/editor/translation_page.py" line="261"/>
        <source>Edit translation</source>
        <translation>аударманы өзгерту</translation>
    </message>
</context>
</TS>
