<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="129"/>
        <source>Name</source>
        <extracomment>total number of contacts matching the current filter (for &quot;1.234 kontakter&quot;) the first page of a new filter has arrived</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="130"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="132"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="133"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="134"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="135"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="32"/>
        <source>Search name, e-mail or phone…</source>
        <translation>Søg navn, e-mail eller telefon …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="53"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="54"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="55"/>
        <source>Part of</source>
        <translation>Del af</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="56"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="57"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="73"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="74"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/screens/contacts.py" line="99"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../desktop/views/crash.py" line="20"/>
        <source>An unexpected error occurred.</source>
        <translation>Der opstod en uventet fejl.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/crash.py" line="24"/>
        <source>Your saved data is safe. Please send the details to support.</source>
        <translation>Dine gemte data er i sikkerhed. Send venligst detaljerne til support.</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="127"/>
        <source>Save as…</source>
        <translation>Gem som …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="130"/>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="141"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="149"/>
        <source>File format:</source>
        <translation>Filformat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="150"/>
        <source>Layout:</source>
        <translation>Opsætning:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="152"/>
        <source>Meeting:</source>
        <translation>Møde:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="172"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="173"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="174"/>
        <source>Current version</source>
        <translation>Aktuel version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="175"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="177"/>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="189"/>
        <source>Partnership agreements</source>
        <translation>Partnerskabsaftaler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="198"/>
        <source>Action card</source>
        <translation>Actioncard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="199"/>
        <source>Who to contact about which problem, with 114 and 112 on top. A4, or A6 cards four to a sheet for cutting.</source>
        <translation>Hvem man kontakter om hvilket problem, med 114 og 112 øverst. A4 eller A6-kort, fire på et ark til at skære ud.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="203"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="204"/>
        <source>Leaflet for professionals and residents: background, purpose, what the network is not, who is behind it, and the action card.</source>
        <translation>Folder til fagpersoner og beboere: baggrund, formål, hvad netværket ikke er, hvem der står bag, og actioncardet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="208"/>
        <source>Phone and mail list</source>
        <translation>Telefon- og mailliste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="209"/>
        <source>Every active member&apos;s work phone and e-mail, as a spreadsheet, a PDF or contact cards (vCard) for Outlook.</source>
        <translation>Alle aktive medlemmers arbejdstelefon og e-mail som regneark, PDF eller kontaktkort (vCard) til Outlook.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="213"/>
        <source>Invitation and agenda</source>
        <translation>Indkaldelse og dagsorden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="214"/>
        <source>The invitation for the chosen meeting, with the open action items on the agenda.</source>
        <translation>Indkaldelsen til det valgte møde med de åbne aktionspunkter på dagsordenen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="217"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="218"/>
        <source>Minutes of the chosen meeting: attendance, decisions and action items.</source>
        <translation>Referat af det valgte møde: fremmøde, beslutninger og aktionspunkter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="221"/>
        <source>Meeting pack for the chair</source>
        <translation>Mødemappe til formanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="222"/>
        <source>Invitation, last minutes, open action items, progress and indicator charts in one PDF.</source>
        <translation>Indkaldelse, sidste referat, åbne aktionspunkter, fremdrift og indikatorgrafer i én PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="226"/>
        <source>Partnership agreement</source>
        <translation>Samarbejdsaftale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="227"/>
        <source>The newest version of the agreement as a Word document for signing (your own template if one is set).</source>
        <translation>Den nyeste version af aftalen som Word-dokument til underskrift (med jeres egen skabelon, hvis der er valgt en).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="231"/>
        <source>Progress workbook</source>
        <translation>Fremdriftsark</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="232"/>
        <source>Goals, sub-goals, initiative documents and indicators with measurements and charts, for the politicians.</source>
        <translation>Mål, delmål, initiativdokumenter og indikatorer med målinger og grafer til politikerne.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="236"/>
        <source>Calendar invitations</source>
        <translation>Kalenderinvitationer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="237"/>
        <source>The coming meetings as one calendar file for Outlook.</source>
        <translation>De kommende møder som én kalenderfil til Outlook.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="240"/>
        <source>Crime and safety report</source>
        <translation>Kriminalitets- og tryghedsrapport</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="241"/>
        <source>The idékatalog&apos;s report outline with the indicators, ready to write in.</source>
        <translation>Idékatalogets disposition for rapporten med indikatorerne, klar til at skrive i.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="248"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="249"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="250"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="251"/>
        <source>Contact cards (.vcf)</source>
        <translation>Kontaktkort (.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="252"/>
        <source>Calendar (.ics)</source>
        <translation>Kalender (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="256"/>
        <source>{kind} (*.{suffix})</source>
        <translation>{kind} (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="296"/>
        <source>Choose a partnership in the toolbar to produce its documents.</source>
        <translation>Vælg et partnerskab i værktøjslinjen for at lave dets dokumenter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="299"/>
        <source>Documents for &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Dokumenter for &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="324"/>
        <source>A4, one card per page</source>
        <translation>A4, ét kort pr. side</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="325"/>
        <source>A6, four cards per sheet</source>
        <translation>A6, fire kort pr. ark</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="327"/>
        <source>A4 tri-fold</source>
        <translation>A4, foldet i tre</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="328"/>
        <source>A5 booklet</source>
        <translation>A5-hæfte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="356"/>
        <source>Choose a partnership in the toolbar first.</source>
        <translation>Vælg først et partnerskab i værktøjslinjen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="364"/>
        <source>Save document</source>
        <translation>Gem dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="382"/>
        <source>Producing {name}…</source>
        <translation>Laver {name} …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="395"/>
        <source>Saved to {path}</source>
        <translation>Gemt i {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="446"/>
        <source>Opened {name} in your PDF viewer; print from there.</source>
        <translation>{name} er åbnet i dit PDF-program; udskriv derfra.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="473"/>
        <source>Print {name}</source>
        <translation>Udskriv {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/documents.py" line="475"/>
        <source>Ready to print {name}</source>
        <translation>Klar til at udskrive {name}</translation>
    </message>
</context>
<context>
    <name>IndicatorsScreen</name>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="19"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="20"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="21"/>
        <source>Baseline</source>
        <translation>Nulpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="22"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="23"/>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="24"/>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="26"/>
        <source>On track</source>
        <translation>På rette vej</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="27"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="27"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="29"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="30"/>
        <source>Linked to</source>
        <translation>Knyttet til</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/indicators.py" line="31"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="74"/>
        <source>Overview</source>
        <extracomment>emitted once services are attached (tests and the app wait for it)</extracomment>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="75"/>
        <source>Partnerships</source>
        <translation>Partnerskaber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="76"/>
        <source>Organisations and contacts</source>
        <translation>Organisationer og kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="77"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="78"/>
        <source>Strategy and initiatives</source>
        <translation>Strategi og initiativer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="80"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="101"/>
        <source>Partnership</source>
        <translation>Partnerskab</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="103"/>
        <source>Partnership:</source>
        <translation>Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="111"/>
        <location filename="../../desktop/views/main_window.py" line="212"/>
        <source>Opening database…</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="129"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="134"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="137"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="145"/>
        <source>E&amp;xit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="147"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="148"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="150"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="161"/>
        <source>&amp;Find contact</source>
        <translation>&amp;Find kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="173"/>
        <source>&amp;About Fodslag</source>
        <translation>&amp;Om Fodslag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="228"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="234"/>
        <source>No database open</source>
        <translation>Ingen database åben</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240"/>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240"/>
        <source>Fodslag database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Fodslag-database (*.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="254"/>
        <source>All partnerships</source>
        <translation>Alle partnerskaber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="290"/>
        <source>About Fodslag</source>
        <translation>Om Fodslag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="292"/>
        <source>&lt;b&gt;Fodslag {version}&lt;/b&gt;&lt;p&gt;The secretariat&apos;s tool for safety networks and crime-prevention partnerships.&lt;/p&gt;&lt;p&gt;Contacts are professionals&apos; work details. Case information about individual citizens does not belong in Fodslag.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fodslag {version}&lt;/b&gt;&lt;p&gt;Sekretariatets værktøj til tryghedsnetværk og kriminalpræventive partnerskaber.&lt;/p&gt;&lt;p&gt;Kontakter er fagpersoners arbejdsoplysninger. Sagsoplysninger om enkelte borgere hører ikke hjemme i Fodslag.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="19"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="20"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="21"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="22"/>
        <source>Partnership</source>
        <translation>Partnerskab</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="23"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="37"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/meetings.py" line="69"/>
        <source>Open action items from earlier meetings:</source>
        <translation>Åbne aktionspunkter fra tidligere møder:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/views/messages.py" line="14"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../desktop/views/messages.py" line="16"/>
        <source>Fodslag</source>
        <translation>Fodslag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/messages.py" line="19"/>
        <source>The database is not available</source>
        <translation>Databasen er ikke tilgængelig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/messages.py" line="29"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/messages.py" line="30"/>
        <source>Delete {what}? This cannot be undone.</source>
        <translation>Slet {what}? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="31"/>
        <source>Next meetings</source>
        <translation>Næste møder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="32"/>
        <source>Overdue action items</source>
        <translation>Overskredne aktionspunkter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="33"/>
        <source>Open action items</source>
        <translation>Åbne aktionspunkter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="34"/>
        <source>Open steps in the current phase</source>
        <translation>Åbne trin i den aktuelle fase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="35"/>
        <source>Sub-goals without initiatives</source>
        <translation>Delmål uden initiativer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="36"/>
        <source>Initiatives without a sub-goal</source>
        <translation>Initiativer uden delmål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="37"/>
        <source>Initiatives awaiting approval</source>
        <translation>Initiativer til godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="38"/>
        <source>Indicators off track</source>
        <translation>Indikatorer, der ikke når målet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="39"/>
        <source>Former members to clean up</source>
        <translation>Tidligere medlemmer til oprydning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="61"/>
        <source>Current phase: {phase}</source>
        <translation>Aktuel fase: {phase}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/overview.py" line="72"/>
        <source>Nothing here</source>
        <translation>Intet at vise</translation>
    </message>
</context>
<context>
    <name>PartnershipsScreen</name>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="19"/>
        <location filename="../../desktop/views/screens/partnerships.py" line="35"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="20"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="21"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="22"/>
        <location filename="../../desktop/views/screens/partnerships.py" line="48"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="23"/>
        <location filename="../../desktop/views/screens/partnerships.py" line="64"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="24"/>
        <source>Active members</source>
        <translation>Aktive medlemmer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="25"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="37"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="39"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="40"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="41"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="42"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="49"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="51"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="52"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="62"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/partnerships.py" line="63"/>
        <source>Phase checklist</source>
        <translation>Fasetjekliste</translation>
    </message>
</context>
<context>
    <name>StrategyScreen</name>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="21"/>
        <source>Goals and sub-goals</source>
        <translation>Mål og delmål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="21"/>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="24"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="25"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="26"/>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="27"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="28"/>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="30"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/screens/strategy.py" line="67"/>
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiativ</numerusform>
            <numerusform>%n initiativer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/strategy.py" line="67"/>
        <source>No initiatives!</source>
        <translation>Ingen initiativer!</translation>
    </message>
</context>
</TS>
