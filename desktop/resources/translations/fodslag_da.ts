<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionCardEditor</name>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="358"/>
        <source>114 and 112 always stand on top of the card</source>
        <extracomment>the card&apos;s room in the widget, in card units: rows below it are left out the card shown was saved or reloaded a load that arrived while the user was editing: what Forkast shows the unsaved-work guard&apos;s Gem, waiting for the save to go through the problem column last added or whose header was clicked: Rename/Remove work on it even while the card has no rows (so no cell can be current)</extracomment>
        <translation>114 og 112 står altid øverst på kortet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="399"/>
        <source>Space ticks a cell; F2 edits a contact&apos;s text</source>
        <translation>Mellemrum sætter kryds i en celle; F2 retter en kontakts tekst</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="406"/>
        <source>+ Column</source>
        <translation>+ Kolonne</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="407"/>
        <source>Add a problem type (column)</source>
        <translation>Tilføj en problemtype (kolonne)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="412"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="413"/>
        <source>Rename the selected problem type</source>
        <translation>Omdøb den valgte problemtype</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="418"/>
        <source>− Column</source>
        <translation>− Kolonne</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="419"/>
        <source>Remove the selected problem type</source>
        <translation>Fjern den valgte problemtype</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="424"/>
        <source>+ Row</source>
        <translation>+ Række</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="424"/>
        <source>Add an empty contact row</source>
        <translation>Tilføj en tom kontaktrække</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="427"/>
        <source>+ From contacts…</source>
        <translation>+ Fra kontakter…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="428"/>
        <source>Add rows from the contacts</source>
        <translation>Tilføj rækker fra kontakterne</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="433"/>
        <source>− Row</source>
        <translation>− Række</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="434"/>
        <source>Remove the selected contact row</source>
        <translation>Fjern den valgte kontaktrække</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="439"/>
        <source>Move the selected row up</source>
        <translation>Flyt den valgte række op</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="442"/>
        <source>Move the selected row down</source>
        <translation>Flyt den valgte række ned</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="471"/>
        <source>&amp;Save card</source>
        <translation>&amp;Gem actioncard</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="474"/>
        <source>Save the action card (Ctrl+S)</source>
        <translation>Gem actioncardet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="478"/>
        <source>Open as &amp;PDF</source>
        <translation>Åbn som &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="481"/>
        <source>Render the card as it will be printed and open it</source>
        <translation>Lav kortet, som det bliver udskrevet, og åbn det</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="486"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="489"/>
        <source>Show the card as it will be printed, and print it (Ctrl+P)</source>
        <translation>Vis kortet, som det bliver udskrevet, og udskriv det (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="364"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="521"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="552"/>
        <source>Someone else has changed this action card. Your unsaved changes are kept; saving shows both versions.</source>
        <translation>En anden har ændret actioncardet. Dine ikke-gemte ændringer er bevaret; når du gemmer, vises begge udgaver.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="576"/>
        <source>Police {police} · Emergency {emergency}</source>
        <translation>Politiet {police} · Alarm {emergency}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="643"/>
        <source>New problem</source>
        <translation>Nyt problem</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="671"/>
        <source>Rename problem type</source>
        <translation>Omdøb problemtype</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="672"/>
        <source>Problem type:</source>
        <translation>Problemtype:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="681"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="702"/>
        <source>Add contacts to the card</source>
        <translation>Tilføj kontakter til actioncardet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="761"/>
        <source>Action card</source>
        <translation>Actioncard</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="775"/>
        <source>Opened the card in your PDF viewer; print from there.</source>
        <translation>Kortet er åbnet i dit PDF-program; udskriv det derfra.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="781"/>
        <source>Print {name}</source>
        <translation>Udskriv {name}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="821"/>
        <source>Edit the action card</source>
        <translation>Ret actioncardet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="861"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="862"/>
        <source>Columns, rows and marks</source>
        <translation>Kolonner, rækker og krydser</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="868"/>
        <source>the action card</source>
        <translation>actioncardet</translation>
    </message>
</context>
<context>
    <name>ActionCardModel</name>
    <message>
        <location filename="../../views/partnerships/models.py" line="294"/>
        <source>Contact</source>
        <extracomment>anything on the card changed (for the preview and the unsaved mark)</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="295"/>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="296"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="297"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="307"/>
        <source>Problem type (double-click to rename)</source>
        <translation>Problemtype (dobbeltklik for at omdøbe)</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="29"/>
        <source>Action item</source>
        <extracomment>the item as it was opened, and the fields the user changed</extracomment>
        <translation>Aktionspunkt</translation>
    </message>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="35"/>
        <source>(no owner)</source>
        <translation>(ingen ansvarlig)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="56"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="57"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ejer:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="58"/>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="59"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/action_item_dialog.py" line="82"/>
        <source>Write what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="263"/>
        <source>Add members</source>
        <extracomment>(person ids, role, start date)</extracomment>
        <translation>Tilføj medlemmer</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="270"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="271"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
</context>
<context>
    <name>AddToPartnershipDialog</name>
    <message>
        <location filename="../../views/contacts/add_to_partnership.py" line="29"/>
        <source>Add to partnership</source>
        <translation>Føj til partnerskab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/add_to_partnership.py" line="30"/>
        <source> and %n more</source>
        <translation>
            <numerusform> og %n mere</numerusform>
            <numerusform> og %n flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/add_to_partnership.py" line="31"/>
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n kontakt: </numerusform>
            <numerusform>%n kontakter: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/contacts/add_to_partnership.py" line="49"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../views/contacts/add_to_partnership.py" line="55"/>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/add_to_partnership.py" line="56"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/add_to_partnership.py" line="57"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="91"/>
        <source>New a&amp;greement</source>
        <extracomment>the unsaved-work guard&apos;s Gem, waiting for the save to go through the agreement&apos;s version when the text in the form was loaded (saves check it) asked before a version is marked signed (tests replace it)</extracomment>
        <translation>Ny a&amp;ftale</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="94"/>
        <source>Start a partnership agreement with the standard headings</source>
        <translation>Start en partnerskabsaftale med standardafsnittene</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="128"/>
        <source>What changed in this version</source>
        <translation>Hvad er ændret i denne version</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="152"/>
        <source>&amp;Save text</source>
        <translation>&amp;Gem tekst</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="155"/>
        <source>Save the sections of this version (Ctrl+S)</source>
        <translation>Gem afsnittene i denne version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="159"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="162"/>
        <source>The steering group has approved this version</source>
        <translation>Styregruppen har godkendt denne version</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="167"/>
        <source>The day the parties signed</source>
        <translation>Den dag parterne underskrev</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="170"/>
        <source>Mark si&amp;gned</source>
        <translation>Marker &amp;underskrevet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="173"/>
        <source>The parties have signed this version; it can no longer be changed</source>
        <translation>Parterne har underskrevet denne version; den kan ikke længere ændres</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="177"/>
        <source>New &amp;version</source>
        <translation>Ny &amp;version</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="180"/>
        <source>Start a new draft from the newest version</source>
        <translation>Start en ny kladde ud fra den nyeste version</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="198"/>
        <source>Show &amp;differences</source>
        <translation>Vis &amp;forskelle</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="201"/>
        <source>Compare the chosen version with the one shown</source>
        <translation>Sammenlign den valgte version med den viste</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="139"/>
        <source>Change &amp;note:</source>
        <translation>Ændrings&amp;note:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="212"/>
        <source>Compare &amp;with:</source>
        <translation>Sammenlign &amp;med:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="104"/>
        <source>Ve&amp;rsions:</source>
        <translation>Ve&amp;rsioner:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="243"/>
        <source>This partnership has no agreement yet.</source>
        <translation>Partnerskabet har endnu ingen aftale.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="250"/>
        <source>Version {number} – {status}</source>
        <translation>Version {number} – {status}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="254"/>
        <source>(signed {day})</source>
        <translation>(underskrevet {day})</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="259"/>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="316"/>
        <source>Version {number}: {status}.</source>
        <translation>Version {number}: {status}.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="320"/>
        <source>Signed versions are read-only; start a new version to change the text.</source>
        <translation>Underskrevne versioner er skrivebeskyttede; opret en ny version for at ændre teksten.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="322"/>
        <source>Only the newest version can be edited.</source>
        <translation>Kun den nyeste version kan rettes.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="419"/>
        <source>Edit the agreement text</source>
        <translation>Ret aftaleteksten</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="496"/>
        <source>Partnership agreement for {name}</source>
        <translation>Partnerskabsaftale for {name}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="537"/>
        <source>Mark version {number} as signed on {day}? A signed version can no longer be changed.</source>
        <translation>Marker version {number} som underskrevet den {day}? En underskrevet version kan ikke længere ændres.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="552"/>
        <source>Mark signed</source>
        <translation>Marker underskrevet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/agreements.py" line="575"/>
        <source>The two versions have the same text.</source>
        <translation>De to versioner har samme tekst.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../views/toolkit/date_field.py" line="114"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="89"/>
        <source>Preview of the printed card</source>
        <extracomment>below this the preview stops shrinking the card and says how many rows it leaves out</extracomment>
        <translation>Forhåndsvisning af det udskrevne kort</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="193"/>
        <source>Police: {number}</source>
        <translation>Politiet: {number}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="147"/>
        <location filename="../../views/partnerships/action_card.py" line="198"/>
        <source>Emergency: {number}</source>
        <translation>Alarm: {number}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="138"/>
        <location filename="../../views/partnerships/action_card.py" line="212"/>
        <source>Contact</source>
        <extracomment>what the last paint managed to show (rows drawn, lowest pixel): &quot;not clipped&quot; is checkable the card&apos;s scale in the widget (1.0: drawn at the screen&apos;s own size)</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/action_card.py" line="238"/>
        <source>… {count} more</source>
        <translation>… {count} mere</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../views/database/check_dialog.py" line="15"/>
        <source>Check database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <location filename="../../views/database/check_dialog.py" line="16"/>
        <source>Checking the database…</source>
        <translation>Kontrollerer databasen…</translation>
    </message>
    <message>
        <location filename="../../views/database/check_dialog.py" line="29"/>
        <source>The database is in order.</source>
        <translation>Databasen er i orden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/database/check_dialog.py" line="31"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem(er) fundet.</numerusform>
            <numerusform>%n problem(er) fundet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/database/check_dialog.py" line="33"/>
        <source>Schema: %1 (expected %2)</source>
        <translation>Skema: %1 (forventet %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../views/partnerships/checklist.py" line="107"/>
        <source>Space ticks a step; F2 or typing edits status, date and note in place</source>
        <translation>Mellemrum krydser et trin af; F2 eller at skrive retter status, dato og note direkte</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/checklist.py" line="125"/>
        <source>{done} of {total} steps done.</source>
        <translation>{done} af {total} trin udført.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/checklist.py" line="127"/>
        <source>Open in the current phase: {steps}</source>
        <translation>Åbne i den aktuelle fase: {steps}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/checklist.py" line="155"/>
        <source>Tick off “{step}”</source>
        <translation>Kryds »{step}« af</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/checklist.py" line="155"/>
        <source>Edit step “{step}”</source>
        <translation>Ret trinnet »{step}«</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="442"/>
        <source>Confirm the import</source>
        <translation>Bekræft importen</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="444"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="460"/>
        <source>%1 new contacts are created and %2 existing contacts are completed from the file.</source>
        <translation>%1 nye kontakter oprettes, og %2 eksisterende kontakter suppleres fra filen.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="463"/>
        <source>%1 rows are skipped and %2 rows with problems are left out.</source>
        <translation>%1 rækker springes over, og %2 rækker med problemer udelades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/import_dialog.py" line="471"/>
        <source>%n value(s) that cannot be read are not imported into their field but kept in the contact&apos;s note, so nothing you typed is lost.</source>
        <translation>
            <numerusform>%n værdi, der ikke kan læses, indlæses ikke i sit felt, men gemmes i kontaktens note, så intet af det skrevne går tabt.</numerusform>
            <numerusform>%n værdier, der ikke kan læses, indlæses ikke i deres felt, men gemmes i kontaktens note, så intet af det skrevne går tabt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="479"/>
        <source>New organisations: %1.</source>
        <translation>Nye organisationer: %1.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="484"/>
        <source>They are added to %1 as %2.</source>
        <translation>De tilføjes til %1 som %2.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="488"/>
        <source>Everything is saved in one go: if anything fails, nothing is saved.</source>
        <translation>Alt gemmes på én gang: går noget galt, gemmes intet.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="498"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="115"/>
        <source>Someone else saved first</source>
        <extracomment>how to show a value (ids as names, lists as lines, ...) plain text may be merged by hand; other values are chosen whole field key -&gt; value to save (only fields whose chosen value differs from theirs) the user kept the database&apos;s version for every field (nothing to save)</extracomment>
        <translation>En anden har gemt først</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="137"/>
        <source>A colleague saved changes to {what} after you opened it. Nothing is lost yet: compare the two versions and choose what to keep.</source>
        <translation>En kollega har gemt ændringer i {what}, efter du åbnede det. Intet er tabt endnu: sammenlign de to udgaver, og vælg hvad der skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="139"/>
        <source>this item</source>
        <translation>dette</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="142"/>
        <source>You started from version {loaded}; the saved version is now {current}.</source>
        <translation>Du tog udgangspunkt i version {loaded}; den gemte version er nu {current}.</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="154"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="154"/>
        <source>Theirs (saved now)</source>
        <translation>Deres (gemt nu)</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="154"/>
        <source>Mine (not saved)</source>
        <translation>Min (ikke gemt)</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="154"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="179"/>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="181"/>
        <source>Discard my changes and keep what is saved now</source>
        <translation>Kassér mine ændringer og behold det, der er gemt nu</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="185"/>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="187"/>
        <source>Save my version of every field over theirs</source>
        <translation>Gem min udgave af alle felter oven i deres</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="191"/>
        <source>&amp;Save my choice</source>
        <translation>&amp;Gem mit valg</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="193"/>
        <source>Save the version chosen for each field</source>
        <translation>Gem den udgave, der er valgt for hvert felt</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="220"/>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="220"/>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="222"/>
        <source>Merge by hand</source>
        <translation>Flet i hånden</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/conflict_dialog.py" line="237"/>
        <source>Write the text to save, using both versions</source>
        <translation>Skriv teksten, der skal gemmes, ud fra begge udgaver</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="52"/>
        <source>Connect to server</source>
        <extracomment>the URL (with the password, in memory only) the user chose to open</extracomment>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="83"/>
        <source>Remember the password in the system keyring</source>
        <translation>Husk adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="86"/>
        <source>Automatic: check the certificate and server name on a network server</source>
        <translation>Automatisk: tjek certifikat og servernavn på en server på netværket</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="87"/>
        <source>No encryption (disable)</source>
        <translation>Ingen kryptering (disable)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="88"/>
        <source>Only when the server asks (allow)</source>
        <translation>Kun når serveren beder om det (allow)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="89"/>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Kryptér, når serveren kan (prefer)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="90"/>
        <source>Always encrypt (require)</source>
        <translation>Altid kryptering (require)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="91"/>
        <source>Encrypt and check the certificate (verify-ca)</source>
        <translation>Kryptér og tjek certifikatet (verify-ca)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="92"/>
        <source>Encrypt, check the certificate and server name (verify-full)</source>
        <translation>Kryptér, tjek certifikat og servernavn (verify-full)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="98"/>
        <source>your own CA file; empty: the system&apos;s trusted CAs</source>
        <translation>kommunens egen CA-fil; tom: systemets betroede CA&apos;er</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="99"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="104"/>
        <source>optional: a name from pg_service.conf</source>
        <translation>valgfrit: et navn fra pg_service.conf</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="109"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="110"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="111"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="112"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="113"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="116"/>
        <source>Encryption (sslmode)</source>
        <translation>Kryptering (sslmode)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="117"/>
        <location filename="../../views/database/connection_dialog.py" line="204"/>
        <source>CA certificate</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="118"/>
        <source>Service name</source>
        <translation>Servicenavn</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="134"/>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="135"/>
        <source>Save profile</source>
        <translation>Gem profil</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="136"/>
        <source>Delete profile</source>
        <translation>Slet profil</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="138"/>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="194"/>
        <source>The profile is saved (without the password).</source>
        <translation>Profilen er gemt (uden adgangskoden).</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="204"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certifikater (*.crt *.pem *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/database/connection_dialog.py" line="214"/>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../views/shell/connection.py" line="51"/>
        <source>Offline – trying to reconnect…</source>
        <extracomment>while the database does not answer, try again every few seconds</extracomment>
        <translation>Ingen forbindelse – prøver igen …</translation>
    </message>
    <message>
        <location filename="../../views/shell/connection.py" line="66"/>
        <source>Connected again.</source>
        <translation>Forbindelsen er tilbage.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="105"/>
        <source>Full name, as colleagues know the person</source>
        <extracomment>the user asked to save: (person id or None for a new contact, loaded version, fields) the duplicate check answered (tests wait for it) made when the form opens for a new contact: every save of it carries this key, so a second Ctrl+S or a retry never makes a second person (services.creation)</extracomment>
        <translation>Fulde navn, som kollegerne kender personen</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="106"/>
        <location filename="../../views/contacts/contact_form.py" line="107"/>
        <source>e.g. 12 34 56 78</source>
        <translation>fx 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="109"/>
        <source>Danish numbers in any format; foreign numbers with +country code</source>
        <translation>Danske numre i vilkårligt format; udenlandske numre med +landekode</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="112"/>
        <source>name@domain.dk</source>
        <translation>navn@domæne.dk</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="113"/>
        <source>Work e-mail address</source>
        <translation>Arbejdsmail</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="119"/>
        <source>The organisation the person works for</source>
        <translation>Den organisation, personen arbejder for</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="123"/>
        <source>Trade (faggruppe) – used to see which trades a network lacks</source>
        <translation>Faggruppe – bruges til at se, hvilke faggrupper netværket mangler</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="121"/>
        <location filename="../../views/contacts/contact_form.py" line="202"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="151"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="153"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="155"/>
        <source>T&amp;rade:</source>
        <translation>&amp;Faggruppe:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="156"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="157"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="158"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="159"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="160"/>
        <source>Member of:</source>
        <translation>Medlem af:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="167"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="170"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Gem kontakten (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="174"/>
        <source>Delete…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="177"/>
        <source>Delete this contact (asks first)</source>
        <translation>Slet kontakten (spørger først)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="223"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="240"/>
        <source>No partnerships</source>
        <translation>Ingen partnerskaber</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="310"/>
        <source>The contact needs a name.</source>
        <translation>Kontakten skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="361"/>
        <source>Possibly already registered: {names}</source>
        <translation>Findes måske allerede: {names}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="369"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret felterne med rød tekst.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/contact_form.py" line="373"/>
        <source>Nothing has changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="73"/>
        <source>Choose contacts</source>
        <extracomment>the chosen contacts (ContactRow) when the user presses OK</extracomment>
        <translation>Vælg kontakter</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="108"/>
        <source>Search name, e-mail or phone…</source>
        <extracomment>Enter was pressed in the search before its hits came: select the first when they do</extracomment>
        <translation>Søg navn, e-mail eller telefon…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="152"/>
        <source>&amp;Add to chosen ▸</source>
        <translation>&amp;Føj til valgte ▸</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="154"/>
        <source>Add the contacts selected in the list (Enter)</source>
        <translation>Føj de markerede kontakter til de valgte (Enter)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="158"/>
        <source>&amp;Remove from chosen</source>
        <translation>&amp;Fjern fra valgte</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="160"/>
        <source>Remove the selected people from the chosen list (Delete)</source>
        <translation>Fjern de markerede personer fra de valgte (Delete)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="167"/>
        <source>Chosen:</source>
        <translation>Valgte:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/partnerships/dialogs.py" line="176"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="240"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/partnerships/dialogs.py" line="240"/>
        <source>Choose %n</source>
        <translation>
            <numerusform>Vælg %n</numerusform>
            <numerusform>Vælg %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="248"/>
        <source>Select at least one contact.</source>
        <translation>Marker mindst én kontakt.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../views/contacts/table_model.py" line="235"/>
        <source>Mobile: {number}</source>
        <extracomment>the ContactRow attribute shown in each column (also the key the column choice is saved under) total number of contacts matching the current filter (for &quot;1.234 kontakter&quot;); when ``capped`` it is a floor (&quot;Over 1.000 kontakter&quot;), as the search stopped counting there the first page of a new filter has arrived where the next page starts (keyset: the last row&apos;s place in the list), None at the end</extracomment>
        <translation>Mobil: {number}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="252"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="253"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="254"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="255"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="256"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="257"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="258"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/contacts/table_model.py" line="35"/>
        <source>Over {count} contacts – type more to narrow the search</source>
        <translation>Over {count} kontakter – skriv mere for at indsnævre</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <location filename="../../views/contacts/screen.py" line="114"/>
        <source>Search name, e-mail or phone…</source>
        <extracomment>more than a printed list is useful for; a search narrows it starting widths (px) that show a Danish name, the trade and a phone number whole and leave the e-mail (the last column, stretched) room at 1280×800 hidden until the user shows them (the header&apos;s right-click menu): with them the e-mail was pushed off a laptop screen; the form beside the list shows both a contact was saved, created or restored (the detail), or deleted (None) people were added to a partnership (the new membership ids) asks before deleting (tests replace it) &quot;Gem&quot; in the unsaved-work question: what to do once the form&apos;s save went through creation keys whose contact is on the undo stack already (a second Gem adds none) the both-versions dialog while it is open (``open_conflict`` keeps it here) a start-up row clicked before the services were open (opened once they are) a save asked for before the services were open (run once they are)</extracomment>
        <translation>Søg navn, e-mail eller telefon …</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="115"/>
        <source>Type part of a name, an e-mail address or a phone number (Ctrl+F)</source>
        <translation>Skriv en del af et navn, en e-mailadresse eller et telefonnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="138"/>
        <source>Right-click to choose the columns</source>
        <translation>Højreklik for at vælge kolonner</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="146"/>
        <source>New contact</source>
        <extracomment>what to do next when the list is empty (no contacts yet, or none match the search)</extracomment>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="149"/>
        <source>Create a new contact (Ctrl+N)</source>
        <translation>Opret en ny kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="153"/>
        <location filename="../../views/contacts/screen.py" line="489"/>
        <source>Add to partnership…</source>
        <translation>Føj til partnerskab …</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="156"/>
        <source>Add the selected contacts to a partnership in one role</source>
        <translation>Føj de valgte kontakter til et partnerskab i én rolle</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="207"/>
        <location filename="../../views/contacts/screen.py" line="244"/>
        <location filename="../../views/contacts/screen.py" line="691"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="208"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="209"/>
        <source>Part of</source>
        <translation>Del af</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="210"/>
        <location filename="../../views/contacts/screen.py" line="271"/>
        <location filename="../../views/contacts/screen.py" line="580"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="211"/>
        <location filename="../../views/contacts/screen.py" line="246"/>
        <location filename="../../views/contacts/screen.py" line="692"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="212"/>
        <location filename="../../views/contacts/screen.py" line="247"/>
        <location filename="../../views/contacts/screen.py" line="693"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="221"/>
        <source>No organisations yet. Create the first with “New organisation”: the municipality, the police district, a housing association…</source>
        <translation>Ingen organisationer endnu. Opret den første med »Ny organisation«: kommunen, politikredsen, et boligselskab …</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="230"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="233"/>
        <source>Create a new organisation (Ctrl+N)</source>
        <translation>Opret en ny organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="245"/>
        <location filename="../../views/contacts/screen.py" line="691"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="253"/>
        <source>Double-click a person to open the contact</source>
        <translation>Dobbeltklik på en person for at åbne kontakten</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="286"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="287"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="292"/>
        <source>Delete contact</source>
        <translation>Slet kontakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/screen.py" line="370"/>
        <location filename="../../views/contacts/screen.py" line="430"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="377"/>
        <source>No contact matches “{text}”. Search part of a name, an e-mail address or domain, or a phone number.</source>
        <translation>Ingen kontakt passer til »{text}«. Søg på en del af et navn, en e-mailadresse eller et domæne, eller et telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="384"/>
        <source>No contacts yet. Create the first with “New contact”, or use File → Import contacts….</source>
        <translation>Ingen kontakter endnu. Opret den første med »Ny kontakt«, eller brug Filer → Importér kontakter …</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="403"/>
        <source>The contact list prints from the Contacts tab.</source>
        <translation>Kontaktlisten udskrives fra fanen Kontakter.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="406"/>
        <source>No contacts match the search: there is nothing to print.</source>
        <translation>Ingen kontakter passer til søgningen: der er intet at udskrive.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="428"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="431"/>
        <source>search: {text}</source>
        <translation>søgning: {text}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="437"/>
        <source>Print contacts</source>
        <translation>Udskriv kontakter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/screen.py" line="489"/>
        <source>Add %n to partnership…</source>
        <translation>
            <numerusform>Føj %n til partnerskab …</numerusform>
            <numerusform>Føj %n til partnerskab …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="521"/>
        <source>the new contact</source>
        <translation>den nye kontakt</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="521"/>
        <source>the contact {name}</source>
        <translation>kontakten {name}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="534"/>
        <source>the organisation {name}</source>
        <translation>organisationen {name}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="536"/>
        <source>the new organisation</source>
        <translation>den nye organisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="593"/>
        <source>The database is still opening: saved as soon as it is open.</source>
        <translation>Databasen åbner stadig: kontakten gemmes, så snart den er åben.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="610"/>
        <source>Create contact {name}</source>
        <translation>Opret kontakt {name}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="623"/>
        <location filename="../../views/contacts/screen.py" line="706"/>
        <source>Edit contact {name}</source>
        <translation>Ret kontakt {name}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="635"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="691"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="692"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="692"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="693"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="728"/>
        <source>{name} was deleted.</source>
        <translation>{name} er slettet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/screen.py" line="760"/>
        <source>%n contact(s) added to the partnership.</source>
        <translation>
            <numerusform>%n kontakt er tilføjet partnerskabet.</numerusform>
            <numerusform>%n kontakter er tilføjet partnerskabet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/screen.py" line="762"/>
        <source>%n already had that role.</source>
        <translation>
            <numerusform>%n havde allerede rollen.</numerusform>
            <numerusform>%n havde allerede rollen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="804"/>
        <source>People in {name}</source>
        <translation>Personer i {name}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="846"/>
        <source>Create organisation {name}</source>
        <translation>Opret organisation {name}</translation>
    </message>
    <message>
        <location filename="../../views/contacts/screen.py" line="863"/>
        <source>Edit organisation {name}</source>
        <translation>Ret organisation {name}</translation>
    </message>
</context>
<context>
    <name>ContributionList</name>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="65"/>
        <source>The strategy has no sub-goals yet.</source>
        <extracomment>the rows are being filled from a document, not typed in (no ticking, no focus moves)</extracomment>
        <translation>Strategien har endnu ingen delmål.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="87"/>
        <source>Tick the sub-goals this initiative serves.</source>
        <extracomment>the rows live in one host widget that is replaced whole: deleting layouts one by one from Python can free a layout whose wrapper is already gone (a crash)</extracomment>
        <translation>Sæt kryds ved de delmål, initiativet bidrager til.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="96"/>
        <source>How does the initiative serve this sub-goal?</source>
        <translation>Hvordan bidrager initiativet til dette delmål?</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="143"/>
        <source>Write how the initiative serves sub-goal {code}.</source>
        <translation>Skriv, hvordan initiativet bidrager til delmål {code}.</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <location filename="../../views/strategy/coverage_model.py" line="77"/>
        <source>“{initiative}” serves sub-goal {code}: {title}</source>
        <translation>“{initiative}” bidrager til delmål {code}: {title}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/coverage_model.py" line="80"/>
        <source>“{initiative}” does not serve sub-goal {code}</source>
        <translation>“{initiative}” bidrager ikke til delmål {code}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/coverage_model.py" line="100"/>
        <source>Sub-goal {code}</source>
        <translation>Delmål {code}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/coverage_model.py" line="104"/>
        <source>No initiative serves this sub-goal.</source>
        <translation>Intet initiativ bidrager til dette delmål.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/coverage_model.py" line="116"/>
        <source>This initiative serves no sub-goal and cannot be approved.</source>
        <translation>Initiativet bidrager ikke til noget delmål og kan ikke godkendes.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../views/toolkit/crash.py" line="20"/>
        <source>An unexpected error occurred.</source>
        <translation>Der opstod en uventet fejl.</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/crash.py" line="24"/>
        <source>Your saved data is safe. Please send the details to support.</source>
        <translation>Dine gemte data er i sikkerhed. Send venligst detaljerne til support.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../views/toolkit/date_field.py" line="172"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/date_field.py" line="173"/>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Vælg i kalenderen (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/date_field.py" line="256"/>
        <source>“{text}” is not a date (write e.g. {example}).</source>
        <translation>“{text}” er ikke en dato (skriv fx {example}).</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/date_field.py" line="260"/>
        <source>A date is needed here.</source>
        <translation>Her skal stå en dato.</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/date_field.py" line="268"/>
        <source>The date is before the start ({start}): choose {start} or later.</source>
        <translation>Datoen ligger før starten ({start}): vælg {start} eller senere.</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../views/documents/screen.py" line="138"/>
        <source>Save as…</source>
        <translation>Gem som …</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="139"/>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="148"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="156"/>
        <source>File format:</source>
        <translation>Filformat:</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="157"/>
        <source>Layout:</source>
        <translation>Opsætning:</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="164"/>
        <source>Meeting:</source>
        <translation>Møde:</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="183"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="184"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="185"/>
        <source>Current version</source>
        <translation>Aktuel version</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="188"/>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="94"/>
        <source>Partnership agreements</source>
        <translation>Partnerskabsaftaler</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="201"/>
        <source>Action card</source>
        <translation>Actioncard</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="202"/>
        <source>Who to contact about which problem, with 114 and 112 on top. A4, or A6 cards four to a sheet for cutting.</source>
        <translation>Hvem man kontakter om hvilket problem, med 114 og 112 øverst. A4 eller A6-kort, fire på et ark til at skære ud.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="206"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="207"/>
        <source>Leaflet for professionals and residents: background, purpose, what the network is not, who is behind it, and the action card.</source>
        <translation>Folder til fagpersoner og beboere: baggrund, formål, hvad netværket ikke er, hvem der står bag, og actioncardet.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="211"/>
        <source>Phone and mail list</source>
        <translation>Telefon- og mailliste</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="212"/>
        <source>Every active member&apos;s work phone and e-mail, as a spreadsheet, a PDF or contact cards (vCard) for Outlook.</source>
        <translation>Alle aktive medlemmers arbejdstelefon og e-mail som regneark, PDF eller kontaktkort (vCard) til Outlook.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="216"/>
        <source>Invitation and agenda</source>
        <translation>Indkaldelse og dagsorden</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="217"/>
        <source>The invitation for the chosen meeting, with the open action items on the agenda.</source>
        <translation>Indkaldelsen til det valgte møde med de åbne aktionspunkter på dagsordenen.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="220"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="221"/>
        <source>Minutes of the chosen meeting: attendance, decisions and action items.</source>
        <translation>Referat af det valgte møde: fremmøde, beslutninger og aktionspunkter.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="224"/>
        <source>Meeting pack for the chair</source>
        <translation>Mødemappe til formanden</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="225"/>
        <source>Invitation, last minutes, open action items, progress and indicator charts in one PDF.</source>
        <translation>Indkaldelse, sidste referat, åbne aktionspunkter, fremdrift og indikatorgrafer i én PDF.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="229"/>
        <source>Partnership agreement</source>
        <translation>Samarbejdsaftale</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="234"/>
        <source>Progress workbook</source>
        <translation>Fremdriftsark</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="235"/>
        <source>Goals, sub-goals, initiative documents and indicators with measurements and charts, for the politicians.</source>
        <translation>Mål, delmål, initiativdokumenter og indikatorer med målinger og grafer til politikerne.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="239"/>
        <source>Calendar invitations</source>
        <translation>Kalenderinvitationer</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="240"/>
        <source>The coming meetings as one calendar file for Outlook.</source>
        <translation>De kommende møder som én kalenderfil til Outlook.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="243"/>
        <source>Crime and safety report</source>
        <translation>Kriminalitets- og tryghedsrapport</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="244"/>
        <source>The idékatalog&apos;s report outline with the indicators, ready to write in.</source>
        <translation>Idékatalogets disposition for rapporten med indikatorerne, klar til at skrive i.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="256"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="257"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="258"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="259"/>
        <source>Contact cards (.vcf)</source>
        <translation>Kontaktkort (.vcf)</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="260"/>
        <source>Calendar (.ics)</source>
        <translation>Kalender (.ics)</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="265"/>
        <source>{kind} (*.{suffix})</source>
        <translation>{kind} (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="316"/>
        <source>Choose a partnership in the toolbar to produce its documents.</source>
        <translation>Vælg et partnerskab i værktøjslinjen for at lave dets dokumenter.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="319"/>
        <source>Documents for &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Dokumenter for &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="348"/>
        <source>A4, one card per page</source>
        <translation>A4, ét kort pr. side</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="349"/>
        <source>A6, four cards per sheet</source>
        <translation>A6, fire kort pr. ark</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="351"/>
        <source>A4 tri-fold</source>
        <translation>A4, foldet i tre</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="352"/>
        <source>A5 booklet</source>
        <translation>A5-hæfte</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="428"/>
        <location filename="../../views/documents/screen.py" line="512"/>
        <source>Choose a partnership in the toolbar first.</source>
        <translation>Vælg først et partnerskab i værktøjslinjen.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="438"/>
        <source>Save document</source>
        <translation>Gem dokument</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="470"/>
        <source>Producing {name}…</source>
        <translation>Laver {name} …</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="481"/>
        <source>Saved to {path}</source>
        <translation>Gemt i {path}</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="515"/>
        <source>This document prints from its own program: save it, open it and print there.</source>
        <translation>Dette dokument udskrives fra sit eget program: gem det, åbn det og udskriv derfra.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="541"/>
        <source>Opened {name} in your PDF viewer; print from there.</source>
        <translation>{name} er åbnet i dit PDF-program; udskriv derfra.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="551"/>
        <source>Print {name}</source>
        <translation>Udskriv {name}</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="547"/>
        <source>Ready to print {name}</source>
        <translation>Klar til at udskrive {name}</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="160"/>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="162"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="166"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="230"/>
        <source>The chosen version of the agreement: as a Word document for signing (your own template if one is set), or as a PDF to send round.</source>
        <translation>Den valgte version af aftalen: som Word-dokument til underskrift (jeres egen skabelon, hvis der er valgt en) eller som PDF til at sende rundt.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="247"/>
        <source>Newsletter</source>
        <translation>Nyhedsmail</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="248"/>
        <source>A news mail to the active members as an unsent draft (.eml) for your own mail program, the members in Bcc. A copy is kept with the partnership.</source>
        <translation>En nyhedsmail til de aktive medlemmer som en ikke-sendt kladde (.eml) til dit eget mailprogram, med medlemmerne som Bcc. En kopi gemmes på partnerskabet.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="261"/>
        <source>Mail draft (.eml)</source>
        <translation>Mailkladde (.eml)</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="294"/>
        <source>{title}, version {number} ({status})</source>
        <translation>{title}, version {number} ({status})</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="393"/>
        <source>Four identical cards to an A4 sheet: cut along the dashed lines.</source>
        <translation>Fire ens kort på et A4-ark: klip langs de stiplede linjer.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="396"/>
        <source>&lt;b&gt;Two-sided card.&lt;/b&gt; The card does not fit one A6 side even at the smallest font, so it prints as a front sheet and a back sheet: print on both sides (flip on the long edge), then cut along the dashed lines.</source>
        <translation>&lt;b&gt;Tosidet kort.&lt;/b&gt; Kortet kan ikke være på én A6-side, heller ikke med den mindste skrift, så det udskrives som et ark med forsiden og et med bagsiden: udskriv på begge sider (vend på den lange kant), og klip langs de stiplede linjer.</translation>
    </message>
    <message>
        <location filename="../../views/documents/screen.py" line="401"/>
        <source>&lt;b&gt;Too big for an A6 card.&lt;/b&gt; Even at the smallest font the card needs {n} A6 sides, which do not make one card. Choose A4, or shorten the card.</source>
        <translation>&lt;b&gt;For stort til et A6-kort.&lt;/b&gt; Selv med den mindste skrift fylder kortet {n} A6-sider, og det bliver ikke til ét kort. Vælg A4, eller gør kortet kortere.</translation>
    </message>
</context>
<context>
    <name>EditMembershipDialog</name>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="334"/>
        <source>Edit membership</source>
        <translation>Ret medlemskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="344"/>
        <source>{who}&apos;s role in the partnership and when it began and ended.</source>
        <translation>{who}s rolle i partnerskabet, og hvornår den begyndte og sluttede.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="358"/>
        <source>Leave empty while the person is a member</source>
        <translation>Lad feltet stå tomt, så længe personen er medlem</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="369"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="370"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="371"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="411"/>
        <source>Someone else has changed this membership meanwhile: role {role}, from {start} to {end}. Your choices are still here; press OK to save them instead, or Cancel to keep theirs.</source>
        <translation>En anden har ændret medlemskabet imens: rolle {role}, fra {start} til {end}. Dine valg står her stadig; tryk OK for at gemme dem i stedet, eller Annuller for at beholde den andens.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="292"/>
        <source>End membership</source>
        <translation>Afslut medlemskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="297"/>
        <source>When does {who} leave the partnership?</source>
        <translation>Hvornår forlader {who} partnerskabet?</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/dialogs.py" line="305"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Sidste dag:</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../views/shell/file_commands.py" line="33"/>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <location filename="../../views/shell/file_commands.py" line="35"/>
        <source>Fodslag database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Fodslag-database (*.sqlite3 *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/shell/file_commands.py" line="63"/>
        <source>Taking a backup…</source>
        <translation>Tager sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../views/shell/file_commands.py" line="66"/>
        <source>Backup saved: %1</source>
        <translation>Sikkerhedskopi gemt: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/file_commands.py" line="101"/>
        <source>Restored the backup from %1: %2 contacts, %3 meetings.</source>
        <translation>Gendannede sikkerhedskopien fra %1: %2 kontakter, %3 møder.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="88"/>
        <source>Choose a file</source>
        <translation>Vælg en fil</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="91"/>
        <source>An Excel workbook (.xlsx), a CSV file (as Excel or Outlook saves it) or vCards (.vcf). Nothing is saved until you confirm at the end.</source>
        <translation>Et Excel-regneark (.xlsx), en CSV-fil (som Excel eller Outlook gemmer den) eller vCards (.vcf). Intet gemmes, før du bekræfter til sidst.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="97"/>
        <source>Path of the contact file</source>
        <translation>Sti til kontaktfilen</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="98"/>
        <source>The file to import contacts from</source>
        <translation>Filen, kontakterne importeres fra</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="100"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="100"/>
        <source>Choose the file in a file dialog</source>
        <translation>Vælg filen i en fildialog</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="107"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="119"/>
        <source>Import contacts</source>
        <translation>Importér kontakter</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="121"/>
        <source>Contact files (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>Kontaktfiler (*.xlsx *.csv *.txt *.vcf);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="138"/>
        <source>Reading and checking %1…</source>
        <translation>Læser og kontrollerer %1…</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../views/shell/first_steps.py" line="39"/>
        <location filename="../../views/shell/first_steps.py" line="59"/>
        <source>Open the demo</source>
        <translation>Åbn demoen</translation>
    </message>
    <message>
        <location filename="../../views/shell/first_steps.py" line="46"/>
        <source>The demo opens in a database of its own, {file}, with an example safety network: parties, contacts, meetings, a strategy and indicators.</source>
        <translation>Demoen åbnes i sin egen database, {file}, med et eksempel på et tryghedsnetværk: parter, kontakter, møder, en strategi og indikatorer.</translation>
    </message>
    <message>
        <location filename="../../views/shell/first_steps.py" line="53"/>
        <source>Your own database ({own}) is not changed. Go back to it with File → Open database….</source>
        <translation>Din egen database ({own}) bliver ikke ændret. Du kommer tilbage til den med Filer → Åbn database …</translation>
    </message>
    <message>
        <location filename="../../views/shell/first_steps.py" line="61"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../views/shell/first_steps.py" line="73"/>
        <source>Making the demo database…</source>
        <translation>Opretter demodatabasen …</translation>
    </message>
    <message>
        <location filename="../../views/shell/first_steps.py" line="78"/>
        <source>The demo database is open. Your own database is unchanged: {own}</source>
        <translation>Demodatabasen er åben. Din egen database er uændret: {own}</translation>
    </message>
</context>
<context>
    <name>GoalTreePanel</name>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="86"/>
        <source>Goals and sub-goals</source>
        <extracomment>which service field each editor box stands for, per kind of node kind, id (None for a new node), parent id (goal for a new sub-goal), {service field: value} kind, id, name</extracomment>
        <translation>Mål og delmål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="86"/>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="99"/>
        <source>Add &amp;goal</source>
        <translation>Tilføj m&amp;ål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="102"/>
        <source>Add an overall goal with its success criterion</source>
        <translation>Tilføj et overordnet mål med dets succeskriterium</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="106"/>
        <source>Add s&amp;ub-goal</source>
        <translation>Tilføj de&amp;lmål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="109"/>
        <source>Add a sub-goal (delmål) under the selected overall goal</source>
        <translation>Tilføj et delmål under det valgte overordnede mål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="113"/>
        <source>Add &amp;focus area</source>
        <translation>Tilføj fo&amp;kusområde</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="116"/>
        <source>Add a focus area (indsatsområde, track) that groups initiatives</source>
        <translation>Tilføj et fokusområde (indsatsområde, spor), der samler initiativer</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="123"/>
        <source>Delete the selected goal, sub-goal or focus area</source>
        <translation>Slet det valgte mål, delmål eller fokusområde</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="136"/>
        <source>Short number or letter of the sub-goal, e.g. 1 or 2a</source>
        <translation>Delmålets korte nummer eller bogstav, fx 1 eller 2a</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="156"/>
        <location filename="../../views/strategy/goal_tree.py" line="411"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="159"/>
        <source>Save this part of the strategy (Ctrl+S)</source>
        <translation>Gem denne del af strategien (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="200"/>
        <source>“{title}” in the goal tree</source>
        <translation>»{title}« i måltræet</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="201"/>
        <source>the new part of the goal tree</source>
        <translation>den nye del af måltræet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/strategy/goal_tree.py" line="263"/>
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiativ</numerusform>
            <numerusform>%n initiativer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="265"/>
        <source>No initiatives</source>
        <translation>Ingen initiativer</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="272"/>
        <source>A gap: no initiative serves this sub-goal yet.</source>
        <translation>Et hul: intet initiativ bidrager endnu til dette delmål.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="273"/>
        <source>Focus areas</source>
        <translation>Fokusområder</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="341"/>
        <source>Select an overall goal first</source>
        <translation>Vælg først et overordnet mål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="377"/>
        <source>Strategy and vision</source>
        <translation>Strategi og vision</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="377"/>
        <location filename="../../views/strategy/goal_tree.py" line="380"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="377"/>
        <source>&amp;Vision:</source>
        <translation>Visi&amp;on:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="378"/>
        <source>Overall goal</source>
        <translation>Overordnet mål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="378"/>
        <location filename="../../views/strategy/goal_tree.py" line="379"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="378"/>
        <source>Success &amp;criterion:</source>
        <translation>Su&amp;cceskriterium:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="379"/>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="379"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="380"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="384"/>
        <source>Select a part of the strategy to edit it</source>
        <translation>Vælg en del af strategien for at redigere den</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="391"/>
        <source>New strategy</source>
        <translation>Ny strategi</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="393"/>
        <source>New: {what}</source>
        <translation>Nyt: {what}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="394"/>
        <source>e.g. Tryg i Aarhus</source>
        <translation>fx Tryg i Aarhus</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="397"/>
        <source>C&amp;ode:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/goal_tree.py" line="411"/>
        <source>&amp;Add</source>
        <translation>Tilf&amp;øj</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../views/database/history_dialog.py" line="50"/>
        <source>History: {what}</source>
        <translation>Historik: {what}</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="52"/>
        <source>Loading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="57"/>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="58"/>
        <source>Database user</source>
        <translation>Databasebruger</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="59"/>
        <source>Windows user</source>
        <translation>Windows-bruger</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="60"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="61"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="62"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="63"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="72"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/database/history_dialog.py" line="112"/>
        <source>%n change(s)</source>
        <extracomment>True while the server does not answer (tests and the window&apos;s status read it)</extracomment>
        <translation>
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="119"/>
        <source>The server is not answering. Trying again… ({message})</source>
        <translation>Serveren svarer ikke. Prøver igen… ({message})</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="130"/>
        <source>Export history</source>
        <translation>Eksportér historik</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="130"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="139"/>
        <source>Saved: {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="159"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../views/database/history_dialog.py" line="160"/>
        <source>Select a contact, meeting or other object first.</source>
        <translation>Vælg først en kontakt, et møde eller et andet objekt.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="545"/>
        <source>Import contacts</source>
        <translation>Importér kontakter</translation>
    </message>
</context>
<context>
    <name>IndexPage</name>
    <message>
        <location filename="../../views/indicators/index_page.py" line="72"/>
        <source>The partnership&apos;s index settings (shared by everyone)</source>
        <extracomment>(partnership_id, {field: value}, loaded version) -&gt; saves in the background</extracomment>
        <translation>Partnerskabets indstillinger for indekset (fælles for alle)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="78"/>
        <source>The area every part is compared with (= 100), e.g. the whole municipality</source>
        <translation>Området, som hver del sammenlignes med (= 100), fx hele kommunen</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="80"/>
        <source>Reference area</source>
        <translation>Referenceområde</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="87"/>
        <source>Police reports get the rest</source>
        <translation>Anmeldelser til politiet får resten</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="88"/>
        <source>Weight of experienced safety</source>
        <translation>Vægt for oplevet tryghed</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="93"/>
        <location filename="../../views/indicators/index_page.py" line="136"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="105"/>
        <source>Save &amp;index settings</source>
        <translation>Gem &amp;indstillinger for indekset</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="106"/>
        <source>Store the settings for the partnership: everyone sees the same index</source>
        <translation>Gem indstillingerne for partnerskabet: alle ser det samme indeks</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="109"/>
        <source>Create the police safety index&apos;s &amp;18 indicators</source>
        <translation>Opret Politiets Tryghedsindeks&apos; &amp;18 indikatorer</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="111"/>
        <source>Six crime forms × three measures, ready for their measurements</source>
        <translation>Seks kriminalitetsformer × tre mål, klar til målingerne</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="135"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="138"/>
        <source>Experienced safety</source>
        <translation>Oplevet tryghed</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="142"/>
        <source>Police reports</source>
        <translation>Anmeldelser til politiet</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="143"/>
        <source>Safety index</source>
        <translation>Tryghedsindeks</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="144"/>
        <source>Respondents</source>
        <translation>Besvarelser (n)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="145"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="153"/>
        <source>Reference (= 100)</source>
        <translation>Reference (= 100)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="177"/>
        <source>Choose a partnership in the toolbar to change its index settings.</source>
        <translation>Vælg et partnerskab i værktøjslinjen for at ændre dets indstillinger for indekset.</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="179"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="184"/>
        <source>No indicator is marked as a part of the safety index yet (see the indicator&apos;s details).</source>
        <translation>Ingen indikator er markeret som del af tryghedsindekset endnu (se indikatorens detaljer).</translation>
    </message>
    <message>
        <location filename="../../views/indicators/index_page.py" line="194"/>
        <source>In {places} one part improved while the other got worse since the period before: the index hides that. Read it with care.</source>
        <translation>I {places} trækker delene hver sin vej: den ene blev bedre og den anden dårligere siden perioden før, og det skjuler indekset. Læs det med forsigtighed.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../views/indicators/chart.py" line="63"/>
        <location filename="../../views/indicators/chart.py" line="104"/>
        <source>No measurements yet.</source>
        <translation>Ingen målinger endnu.</translation>
    </message>
    <message>
        <location filename="../../views/indicators/chart.py" line="58"/>
        <source>All</source>
        <extracomment>area (&quot;&quot; when the indicator has no areas) -&gt; [(period, value)], in time order</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../views/indicators/chart.py" line="65"/>
        <source>{area}: {count} measurements, latest {value} ({day})</source>
        <translation>{area}: {count} målinger, seneste {value} ({day})</translation>
    </message>
    <message>
        <location filename="../../views/indicators/chart.py" line="140"/>
        <source>Baseline</source>
        <translation>Nulpunkt</translation>
    </message>
    <message>
        <location filename="../../views/indicators/chart.py" line="140"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="93"/>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="94"/>
        <source>The partnership the indicator belongs to (chosen when it is created)</source>
        <translation>Det partnerskab, indikatoren hører til (vælges, når den oprettes)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="95"/>
        <source>What is measured</source>
        <translation>Hvad der måles</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="98"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="101"/>
        <source>e.g. reports per month, percent, index points</source>
        <translation>fx anmeldelser pr. måned, procent, indekspoint</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="103"/>
        <source>&amp;Source:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="103"/>
        <source>Where the figures come from</source>
        <translation>Hvor tallene kommer fra</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="106"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="109"/>
        <source>Whether higher or lower is better</source>
        <translation>Om højere eller lavere er bedre</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="111"/>
        <source>&amp;Baseline:</source>
        <translation>N&amp;ulpunkt:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="112"/>
        <source>The baseline measurement (nulpunktsmåling) and its date; decimal comma</source>
        <translation>Nulpunktsmålingen og dens dato; decimalkomma</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="113"/>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="114"/>
        <source>The value to reach and by when; decimal comma</source>
        <translation>Den værdi, der skal nås, og hvornår; decimalkomma</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="122"/>
        <source>&amp;Measures:</source>
        <translation>Må&amp;ler på:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="123"/>
        <source>The goal, sub-goal or initiative the indicator follows</source>
        <translation>Det mål, delmål eller initiativ, indikatoren følger</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="124"/>
        <source>Safety &amp;index part:</source>
        <translation>Del af &amp;tryghedsindeks:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="125"/>
        <source>Whether the indicator is one of the two parts of the hotspot safety index</source>
        <translation>Om indikatoren er en af de to dele af hotspot-tryghedsindekset</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="126"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="43"/>
        <location filename="../../views/indicators/indicator_form.py" line="173"/>
        <source>&amp;Save indicator</source>
        <translation>&amp;Gem indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="46"/>
        <source>Save the indicator (Ctrl+S)</source>
        <translation>Gem indikatoren (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="150"/>
        <source>(nothing in particular)</source>
        <translation>(intet bestemt)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="173"/>
        <source>&amp;Create indicator</source>
        <translation>&amp;Opret indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="187"/>
        <source>The target is above the baseline, but lower is better. Is the direction right?</source>
        <translation>Målet er højere end nulpunktet, men lavere er bedre. Er retningen rigtig?</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="191"/>
        <source>The target is below the baseline, but higher is better. Is the direction right?</source>
        <translation>Målet er lavere end nulpunktet, men højere er bedre. Er retningen rigtig?</translation>
    </message>
    <message>
        <location filename="../../views/indicators/indicator_form.py" line="221"/>
        <source>“{text}” is not a number (write e.g. 12,5).</source>
        <translation>“{text}” er ikke et tal (skriv fx 12,5).</translation>
    </message>
</context>
<context>
    <name>IndicatorsScreen</name>
    <message>
        <location filename="../../views/indicators/screen.py" line="103"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="104"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="105"/>
        <source>Baseline</source>
        <translation>Nulpunkt</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="106"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="107"/>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="108"/>
        <source>Measured</source>
        <translation>Målt</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="109"/>
        <source>On track</source>
        <translation>På rette vej</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="325"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="325"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="110"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="111"/>
        <source>Linked to</source>
        <translation>Knyttet til</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="112"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="120"/>
        <source>No indicators yet. Create the first with “New indicator”: what is measured, its baseline and its target.</source>
        <translation>Ingen indikatorer endnu. Opret den første med »Ny indikator«: hvad der måles, nulpunktet og målet.</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="129"/>
        <source>&amp;New indicator</source>
        <translation>&amp;Ny indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="132"/>
        <source>Create a new indicator (Ctrl+N)</source>
        <translation>Opret en ny indikator (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="136"/>
        <source>De&amp;lete indicator</source>
        <translation>S&amp;let indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="139"/>
        <source>Delete the selected indicator with all its measurements</source>
        <translation>Slet den valgte indikator med alle dens målinger</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="187"/>
        <source>Type to edit; the last row adds a measurement. Decimal comma: 12,5</source>
        <translation>Skriv for at rette; den sidste række tilføjer en måling. Decimalkomma: 12,5</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="156"/>
        <source>Delete &amp;measurement</source>
        <translation>Slet &amp;måling</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="158"/>
        <source>Delete the selected measurement</source>
        <translation>Slet den valgte måling</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="84"/>
        <source>&amp;Measurements and chart</source>
        <extracomment>&quot;Gem&quot; in the unsaved-work question: what to do once the indicator is saved</extracomment>
        <translation>&amp;Målinger og graf</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="85"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="94"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Indikatorer</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="95"/>
        <source>&amp;Safety index</source>
        <translation>&amp;Tryghedsindeks</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="223"/>
        <source>Goal: {title}</source>
        <translation>Mål: {title}</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="227"/>
        <source>Sub-goal {code}: {title}</source>
        <translation>Delmål {code}: {title}</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="232"/>
        <source>Initiative: {title}</source>
        <translation>Initiativ: {title}</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="359"/>
        <source>the new indicator</source>
        <translation>den nye indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="360"/>
        <source>the indicator {name}</source>
        <translation>indikatoren {name}</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="369"/>
        <source>the index settings</source>
        <translation>tryghedsindeksets indstillinger</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="447"/>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="469"/>
        <source>Save indicator “{name}”</source>
        <translation>Gem indikator “{name}”</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="482"/>
        <source>the indicator “{name}” with its measurements</source>
        <translation>indikatoren “{name}” med dens målinger</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="515"/>
        <source>Add measurement</source>
        <translation>Tilføj måling</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="531"/>
        <source>Correct measurement</source>
        <translation>Ret måling</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="542"/>
        <source>the measurement of {day}</source>
        <translation>målingen fra {day}</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="286"/>
        <source>Save the index settings</source>
        <translation>Gem indstillingerne for indekset</translation>
    </message>
    <message>
        <location filename="../../views/indicators/screen.py" line="305"/>
        <source>Create the police safety index&apos;s indicators</source>
        <translation>Opret Politiets Tryghedsindeks&apos; indikatorer</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="208"/>
        <source>(not stated)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="224"/>
        <source>Initiative document</source>
        <translation>Initiativdokument</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="228"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="228"/>
        <source>The initiative&apos;s short name</source>
        <translation>Initiativets korte navn</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="229"/>
        <source>&amp;Focus area:</source>
        <translation>Fo&amp;kusområde:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="230"/>
        <source>The focus area (track) the initiative belongs to</source>
        <translation>Det fokusområde (spor), initiativet hører til</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="231"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="232"/>
        <source>What the initiative does</source>
        <translation>Hvad initiativet gør</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="233"/>
        <source>Target &amp;group:</source>
        <translation>M&amp;ålgruppe:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="234"/>
        <source>Who the initiative is for (målgruppe)</source>
        <translation>Hvem initiativet er for</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="235"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="236"/>
        <source>Police, municipality, joint or another party</source>
        <translation>Politiet, kommunen, fælles eller en anden part</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="237"/>
        <source>Responsible &amp;party:</source>
        <translation>Ansvarlig &amp;part:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="239"/>
        <source>The organisation that carries the initiative</source>
        <translation>Den organisation, der bærer initiativet</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="240"/>
        <source>&amp;Owner:</source>
        <translation>E&amp;jer:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="240"/>
        <source>The person who owns the initiative</source>
        <translation>Den person, der ejer initiativet</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="241"/>
        <source>&amp;Evidence:</source>
        <translation>Eviden&amp;s:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="242"/>
        <source>Built on documented effect, or developmental</source>
        <translation>Bygger på dokumenteret effekt, eller udviklende</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="243"/>
        <source>&amp;Prevention:</source>
        <translation>F&amp;orebyggelse:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="244"/>
        <source>Proactive or reactive prevention</source>
        <translation>Proaktiv eller reaktiv forebyggelse</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="245"/>
        <source>&amp;Intervention type:</source>
        <translation>Indsa&amp;tstype:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="246"/>
        <source>One of the hotspot model&apos;s six intervention types</source>
        <translation>En af hotspot-modellens seks indsatstyper</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="247"/>
        <source>Success &amp;criteria:</source>
        <translation>Su&amp;cceskriterier:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="248"/>
        <source>How we will know the initiative works</source>
        <translation>Hvordan vi ved, at initiativet virker</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="262"/>
        <source>First day of the initiative</source>
        <translation>Initiativets første dag</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="263"/>
        <source>Last day of the initiative</source>
        <translation>Initiativets sidste dag</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="264"/>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="250"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="250"/>
        <source>Where the initiative stands</source>
        <translation>Hvor initiativet står</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="269"/>
        <source>Sub-goals it serves, and how</source>
        <translation>Delmål, det bidrager til, og hvordan</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="277"/>
        <source>Approval by the steering group</source>
        <translation>Styregruppens godkendelse</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="283"/>
        <source>The steering-group meeting that approves the initiative</source>
        <translation>Det styregruppemøde, der godkender initiativet</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="286"/>
        <location filename="../../views/strategy/initiative_form.py" line="422"/>
        <source>&amp;Approve at this meeting</source>
        <translation>&amp;Godkend på dette møde</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="290"/>
        <source>Record the steering group&apos;s approval. Only initiatives that serve a sub-goal can be approved.</source>
        <translation>Registrér styregruppens godkendelse. Kun initiativer, der bidrager til et delmål, kan godkendes.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="304"/>
        <source>&amp;Meeting:</source>
        <translation>M&amp;øde:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="169"/>
        <source>&amp;Save initiative</source>
        <translation>G&amp;em initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="172"/>
        <source>Save the initiative document (Ctrl+S)</source>
        <translation>Gem initiativdokumentet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="347"/>
        <location filename="../../views/strategy/initiative_form.py" line="352"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="360"/>
        <source>No recorded meeting (today&apos;s date)</source>
        <translation>Intet registreret møde (dags dato)</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="422"/>
        <source>&amp;Approve with today&apos;s date</source>
        <translation>&amp;Godkend med dags dato</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="432"/>
        <source>Cannot be approved yet: the initiative serves no sub-goal. Tick at least one sub-goal above, write how the initiative serves it, and save.</source>
        <translation>Kan ikke godkendes endnu: initiativet bidrager ikke til noget delmål. Sæt flueben ved mindst ét delmål ovenfor, skriv hvordan initiativet bidrager, og gem.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="379"/>
        <location filename="../../views/strategy/initiative_form.py" line="477"/>
        <source>New initiative</source>
        <translation>Nyt initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="401"/>
        <source>(not in this partnership: #{id})</source>
        <translation>(ikke i dette partnerskab: #{id})</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="407"/>
        <source>Save the initiative before the steering group approves it.</source>
        <translation>Gem initiativet, før styregruppen godkender det.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="412"/>
        <source>Approved on {date}</source>
        <translation>Godkendt den {date}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/initiative_form.py" line="416"/>
        <source>Not approved yet.</source>
        <translation>Endnu ikke godkendt.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../views/shell/menus.py" line="40"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="69"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database …</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="75"/>
        <source>Connect to &amp;server…</source>
        <translation>Forbind til &amp;server…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="82"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importér kontakter…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="85"/>
        <source>Read contacts from an Excel, CSV or vCard file; nothing is saved before you confirm</source>
        <translation>Læs kontakter fra en Excel-, CSV- eller vCard-fil; intet gemmes, før du bekræfter</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="88"/>
        <source>Import &amp;workbook…</source>
        <translation>Importér ar&amp;bejdsbog…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="94"/>
        <source>Bring an edited partnership workbook back in; you see what changes per sheet before anything is saved</source>
        <translation>Læs en redigeret partnerskabsarbejdsbog ind igen; du ser, hvad der ændres på hvert ark, før noget gemmes</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="99"/>
        <source>Expor&amp;t workbook…</source>
        <translation>&amp;Eksportér arbejdsbog…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="102"/>
        <source>The chosen partnership as one Excel workbook, to edit and import again</source>
        <translation>Det valgte partnerskab som én Excel-arbejdsbog, der kan rettes og importeres igen</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="104"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="106"/>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Gendan sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="109"/>
        <source>Chec&amp;k database…</source>
        <translation>&amp;Kontrollér databasen…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="111"/>
        <source>Check the database&apos;s integrity, references and schema version</source>
        <translation>Kontrollér databasens integritet, referencer og skemaversion</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="46"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="52"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="58"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="63"/>
        <source>E&amp;xit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="126"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="128"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="137"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="144"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="146"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="149"/>
        <source>&amp;Find contact</source>
        <translation>&amp;Find kontakt</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="34"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="35"/>
        <source>&amp;About Fodslag</source>
        <translation>&amp;Om Fodslag</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="177"/>
        <source>Take a verified copy of the local database now</source>
        <translation>Tag nu en kontrolleret kopi af den lokale database</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="178"/>
        <source>Put a backup in place of the local database</source>
        <translation>Sæt en sikkerhedskopi i stedet for den lokale database</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="182"/>
        <source>Not for a shared server: its operators back it up.</source>
        <translation>Ikke for en delt server: dens driftsansvarlige tager sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="193"/>
        <source>About Fodslag</source>
        <translation>Om Fodslag</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py" line="195"/>
        <source>&lt;b&gt;Fodslag {version}&lt;/b&gt;&lt;p&gt;The secretariat&apos;s tool for safety networks and crime-prevention partnerships.&lt;/p&gt;&lt;p&gt;Contacts are professionals&apos; work details. Case information about individual citizens does not belong in Fodslag.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fodslag {version}&lt;/b&gt;&lt;p&gt;Sekretariatets værktøj til tryghedsnetværk og kriminalpræventive partnerskaber.&lt;/p&gt;&lt;p&gt;Kontakter er fagpersoners arbejdsoplysninger. Sagsoplysninger om enkelte borgere hører ikke hjemme i Fodslag.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="164"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="165"/>
        <source>Partnerships</source>
        <translation>Partnerskaber</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="166"/>
        <source>Organisations and contacts</source>
        <translation>Organisationer og kontakter</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="167"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="168"/>
        <source>Strategy and initiatives</source>
        <translation>Strategi og initiativer</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="169"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="170"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="138"/>
        <location filename="../../views/main_window.py" line="183"/>
        <location filename="../../views/shell/database_opening.py" line="37"/>
        <source>Opening database…</source>
        <extracomment>the database opens after the window&apos;s first paint, or after this long if it never paints background work shorter than this shows no busy bar the first start&apos;s window, where the screen has room for it what a title bar and frame add around the window&apos;s content (Windows 10/11: ~31 px + borders) emitted once services are attached (tests and the app wait for it) a window made without its content has painted its frame (in the next event-loop turn) the menus&apos; actions (built by ``MainMenus``), where screens, shortcuts and tests find them the sidebar, the stack and the screens in it, each built when first shown the database&apos;s name for its saved overview (see ``OverviewSnapshot``) the user answered the unsaved-work question for this close (Gem saved, Forkast)</extracomment>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <location filename="../../views/shell/database_opening.py" line="101"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../views/shell/database_opening.py" line="115"/>
        <source>No database open</source>
        <translation>Ingen database åben</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../views/contacts/import_models.py" line="68"/>
        <location filename="../../views/contacts/import_models.py" line="72"/>
        <source>(not imported)</source>
        <extracomment>the value behind a cell&apos;s combo box (a field key, or a Decision) &quot;ok&quot;, &quot;duplicate&quot; or &quot;rejected&quot; (the proxy filters on it)</extracomment>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="94"/>
        <source>(column %1)</source>
        <translation>(kolonne %1)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="103"/>
        <source>Which contact field this column is imported as. Change it to re-check the rows.</source>
        <translation>Hvilket kontaktfelt kolonnen importeres som. Skift det, så kontrolleres rækkerne igen.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="106"/>
        <source>The first value in this column</source>
        <translation>Den første værdi i kolonnen</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="134"/>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="134"/>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="134"/>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
</context>
<context>
    <name>MeasurementTableModel</name>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="56"/>
        <source>Period</source>
        <extracomment>measurement id, {field: new value} {field: value} of a new measurement a message when what was typed cannot be read</extracomment>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="56"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="56"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="56"/>
        <source>Respondents</source>
        <translation>Besvarelser</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="57"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="97"/>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="103"/>
        <source>Type a value here to add a measurement (period defaults to this month)</source>
        <translation>Skriv en værdi her for at tilføje en måling (perioden er denne måned, hvis du ikke skriver en)</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="105"/>
        <source>How many answered: a survey percentage is never read without it</source>
        <translation>Hvor mange der svarede: en procentsats fra en undersøgelse læses aldrig uden</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="141"/>
        <source>“{text}” is not a date (write e.g. 01-03-2026).</source>
        <translation>“{text}” er ikke en dato (skriv fx 01-03-2026).</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="148"/>
        <source>“{text}” is not a number (write e.g. 12,5).</source>
        <translation>“{text}” er ikke et tal (skriv fx 12,5).</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="151"/>
        <source>A measurement needs a value.</source>
        <translation>En måling skal have en værdi.</translation>
    </message>
    <message>
        <location filename="../../views/indicators/measurement_model.py" line="159"/>
        <source>Respondents must be a whole number, 0 or more.</source>
        <translation>Antal besvarelser skal være et helt tal, 0 eller mere.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailPanel</name>
    <message>
        <location filename="../../views/meetings/detail.py" line="98"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="99"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="100"/>
        <source>Attendance</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="140"/>
        <source>Mark selected as:</source>
        <translation>Markér valgte som:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="142"/>
        <source>&amp;Attended</source>
        <translation>&amp;Deltog</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="142"/>
        <source>The selected invitees attended</source>
        <translation>De valgte inviterede deltog</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="144"/>
        <source>A&amp;pology</source>
        <translation>&amp;Afbud</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="145"/>
        <source>The selected invitees sent apologies (afbud)</source>
        <translation>De valgte inviterede meldte afbud</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="147"/>
        <source>A&amp;bsent</source>
        <translation>&amp;Udeblev</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="147"/>
        <source>The selected invitees did not come</source>
        <translation>De valgte inviterede kom ikke</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="148"/>
        <source>&amp;Invited</source>
        <translation>&amp;Inviteret</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="148"/>
        <source>Back to invited (no answer yet)</source>
        <translation>Tilbage til inviteret (intet svar endnu)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="110"/>
        <source>Invite more…</source>
        <translation>Invitér flere …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="113"/>
        <source>Invite contacts who are not on the list (someone new in the group, a guest)</source>
        <translation>Invitér kontakter, der ikke står på listen (en ny i gruppen, en gæst)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="117"/>
        <source>Remove from invitation</source>
        <translation>Fjern fra indkaldelsen</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="120"/>
        <source>Take the selected people off this meeting&apos;s invitation</source>
        <translation>Fjern de valgte fra indkaldelsen til dette møde</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="167"/>
        <source>Who took the minutes (one of those who came)</source>
        <translation>Hvem der skrev referatet (en af dem, der deltog)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="178"/>
        <source>Double-click or F2 to edit a decision</source>
        <translation>Dobbeltklik eller F2 for at rette en beslutning</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="181"/>
        <source>New decision – press Enter to add</source>
        <translation>Ny beslutning – tryk Enter for at tilføje</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="184"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="184"/>
        <source>Remove the selected decision</source>
        <translation>Fjern den valgte beslutning</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="191"/>
        <source>Save minutes</source>
        <translation>Gem referat</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="194"/>
        <source>Save minutes and decisions; the meeting is marked as held (Ctrl+S)</source>
        <translation>Gem referat og beslutninger; mødet markeres som afholdt (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="223"/>
        <source>Action item</source>
        <translation>Aktionspunkt</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="224"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="225"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="226"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="241"/>
        <source>Double-click an action item (or press Enter) to correct it</source>
        <translation>Dobbeltklik på et aktionspunkt (eller tryk Enter) for at rette det</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="252"/>
        <source>What is to be done</source>
        <translation>Hvad skal gøres</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="260"/>
        <source>Who is responsible (one of the invitees)</source>
        <translation>Hvem er ansvarlig (en af de inviterede)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="265"/>
        <source>Add action item</source>
        <translation>Tilføj aktionspunkt</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="271"/>
        <source>Owner:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="273"/>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="282"/>
        <source>Set status</source>
        <translation>Sæt status</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="285"/>
        <source>Give the selected action item this status</source>
        <translation>Giv det valgte aktionspunkt denne status</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="288"/>
        <source>Selected item:</source>
        <translation>Valgte punkt:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="298"/>
        <source>Invitation…</source>
        <translation>Indkaldelse …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="301"/>
        <source>Save the invitation with the agenda as Word or PDF</source>
        <translation>Gem indkaldelsen med dagsorden som Word eller PDF</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="305"/>
        <source>Minutes document…</source>
        <translation>Referatdokument …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="308"/>
        <source>Save the minutes as Word or PDF</source>
        <translation>Gem referatet som Word eller PDF</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="312"/>
        <source>Calendar (.ics)…</source>
        <translation>Kalender (.ics) …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="316"/>
        <source>Save the invitation for Outlook and other calendars; a moved meeting updates the entry already there</source>
        <translation>Gem mødeindkaldelsen til Outlook og andre kalendere; et flyttet møde opdaterer den aftale, der allerede står i kalenderen</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="204"/>
        <source>&amp;Referent:</source>
        <translation>Refere&amp;nt:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="205"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Referat:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="206"/>
        <source>&amp;Decisions:</source>
        <translation>&amp;Beslutninger:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="213"/>
        <source>Action items:</source>
        <translation>Aktionspunkter:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="214"/>
        <source>New:</source>
        <translation>Nyt:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="78"/>
        <source>A&amp;genda</source>
        <extracomment>who may be named referent: everyone invited except those who sent afbud or stayed away</extracomment>
        <translation>Dags&amp;orden</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="79"/>
        <source>In&amp;vitees</source>
        <translation>In&amp;viterede</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="80"/>
        <source>Minu&amp;tes</source>
        <translation>Refera&amp;t</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="361"/>
        <source>&lt;i&gt;Choose a meeting, or plan one (Ctrl+N).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Vælg et møde, eller planlæg et (Ctrl+N).&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="379"/>
        <source>{invited} invited: {attended} attended, {apology} apologies, {absent} absent</source>
        <translation>{invited} inviteret: {attended} deltog, {apology} afbud, {absent} udeblev</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="388"/>
        <source>(not chosen)</source>
        <translation>(ikke valgt)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="402"/>
        <source>(no owner)</source>
        <translation>(ingen ansvarlig)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/detail.py" line="474"/>
        <source>Write what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../views/meetings/editor.py" line="145"/>
        <source>Changing the type keeps the agenda as it is</source>
        <translation>Dagsordenen bevares, når mødetypen ændres</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="152"/>
        <source>The end moves with the start, so the meeting keeps its length</source>
        <translation>Sluttidspunktet flytter med, så mødet beholder sin længde</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="157"/>
        <source>Where the meeting is held</source>
        <translation>Hvor mødet holdes</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="160"/>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="162"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="185"/>
        <source>Double-click or F2 to change a point</source>
        <translation>Dobbeltklik eller F2 for at rette et punkt</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="190"/>
        <source>New agenda point – press Enter to add</source>
        <translation>Nyt dagsordenspunkt – tryk Enter for at tilføje</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="192"/>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="193"/>
        <source>Move the selected point up</source>
        <translation>Flyt det valgte punkt op</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="194"/>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="195"/>
        <source>Move the selected point down</source>
        <translation>Flyt det valgte punkt ned</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="196"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="197"/>
        <source>Remove the selected point from the agenda</source>
        <translation>Fjern det valgte punkt fra dagsordenen</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="120"/>
        <source>Save meeting</source>
        <extracomment>changes (title, meeting_type, starts_at, ends_at, place) and the agenda [(id|None, title)]</extracomment>
        <translation>Gem møde</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="124"/>
        <source>Save time, place and agenda; a moved meeting gets an updated calendar invitation (Ctrl+S)</source>
        <translation>Gem tid, sted og dagsorden; et flyttet møde får en opdateret kalenderindkaldelse (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="168"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="169"/>
        <source>T&amp;ype:</source>
        <translation>Mø&amp;detype:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="170"/>
        <source>&amp;When:</source>
        <translation>Tids&amp;punkt:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="173"/>
        <source>P&amp;lace:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="133"/>
        <source>Agenda:</source>
        <translation>Dagsorden:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="301"/>
        <source>{n}. Open action items from earlier meetings</source>
        <translation>{n}. Åbne aktionspunkter fra tidligere møder</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="309"/>
        <source>Open action items follow to the next agenda until they are done</source>
        <translation>Åbne aktionspunkter følger med til næste dagsorden, til de er udført</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="310"/>
        <source>due</source>
        <translation>frist</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="313"/>
        <source>no owner</source>
        <translation>ingen ansvarlig</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="397"/>
        <source>The meeting must have a title.</source>
        <translation>Mødet skal have en titel.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="404"/>
        <source>Write the time as hh:mm, e.g. 16:30.</source>
        <translation>Skriv klokkeslættet som tt:mm, f.eks. 16:30.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="408"/>
        <source>The meeting must end after it starts.</source>
        <translation>Mødet skal slutte, efter det begynder. Ret sluttidspunktet.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="266"/>
        <source>The agenda runs until {agenda_end}, but the meeting ends at {meeting_end} ({minutes} min. too much). Shorten the points or move the end.</source>
        <translation>Dagsordenen varer til kl. {agenda_end}, men mødet slutter kl. {meeting_end} ({minutes} min. for meget). Forkort punkterne eller ryk sluttidspunktet.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/editor.py" line="274"/>
        <source>Point {number} ({title}) begins at {at}, after the end.</source>
        <translation>Punkt {number} ({title}) begynder kl. {at}, efter mødets slut.</translation>
    </message>
</context>
<context>
    <name>MeetingPrinting</name>
    <message>
        <location filename="../../views/meetings/printing.py" line="23"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="24"/>
        <source>Open action items from earlier meetings</source>
        <translation>Åbne aktionspunkter fra tidligere møder</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="27"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="28"/>
        <source>Apologies</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="29"/>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="30"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="31"/>
        <source>Minutes taken by</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="32"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="33"/>
        <source>Action items</source>
        <translation>Aktionspunkter</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="34"/>
        <source>Action item</source>
        <translation>Aktionspunkt</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="35"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="36"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/meetings/printing.py" line="38"/>
        <source>Print meeting</source>
        <translation>Udskriv møde</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../../views/meetings/screen.py" line="104"/>
        <source>Date</source>
        <extracomment>the shown meeting&apos;s detail arrived (tests wait for it) meetings were planned (their ids) an edit of the shown meeting was saved an action item to select once its meeting is shown (a link from the overview)</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="106"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="109"/>
        <location filename="../../views/meetings/screen.py" line="487"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="110"/>
        <source>Partnership</source>
        <translation>Partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="108"/>
        <location filename="../../views/meetings/screen.py" line="490"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="247"/>
        <source>No meetings yet. Plan the first with “Plan meeting…” (a meeting belongs to a partnership: create that first under Partnerships).</source>
        <translation>Ingen møder endnu. Planlæg det første med »Planlæg møde …« (et møde hører til et partnerskab: opret det først under Partnerskaber).</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="125"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="126"/>
        <source>Mont&amp;h</source>
        <translation>Må&amp;ned</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="132"/>
        <source>Plan meeting…</source>
        <translation>Planlæg møde …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="135"/>
        <source>Plan a meeting or a series from a meeting type (Ctrl+N)</source>
        <translation>Planlæg et møde eller en serie ud fra en mødetype (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="139"/>
        <location filename="../../views/meetings/screen.py" line="624"/>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="142"/>
        <source>Mark the meeting as cancelled (the calendar entry is updated)</source>
        <translation>Markér mødet som aflyst (kalenderinvitationen opdateres)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="146"/>
        <source>Delete…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="149"/>
        <source>Delete the meeting with its agenda and minutes (asks first)</source>
        <translation>Slet mødet med dagsorden og referat (spørger først)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="214"/>
        <source>the changes to the meeting {meeting}</source>
        <extracomment>the edits of this database&apos;s meetings, on one version tracker (made in ``attach``)</extracomment>
        <translation>ændringerne i mødet {meeting}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="220"/>
        <source>the minutes of {meeting}</source>
        <translation>referatet af {meeting}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="244"/>
        <source>No meetings yet. Plan the first with “Plan meeting…”.</source>
        <translation>Ingen møder endnu. Planlæg det første med »Planlæg møde …«.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/meetings/screen.py" line="393"/>
        <source>Plan %n meeting(s)</source>
        <translation>
            <numerusform>Planlæg %n møde</numerusform>
            <numerusform>Planlæg %n møder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/meetings/screen.py" line="397"/>
        <source>%n meeting(s) planned: </source>
        <translation>
            <numerusform>%n møde planlagt: </numerusform>
            <numerusform>%n møder planlagt: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="424"/>
        <source>Mark attendance: {what}</source>
        <translation>Markér deltagelse: {what}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="453"/>
        <location filename="../../views/meetings/screen.py" line="524"/>
        <source>Change meeting {title}</source>
        <translation>Ret mødet {title}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="463"/>
        <source>The meeting was saved. Send the calendar invitation again so calendars move it.</source>
        <translation>Mødet er gemt. Send kalenderindkaldelsen igen, så mødet flyttes i kalenderne.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="465"/>
        <source>The meeting was saved.</source>
        <translation>Mødet er gemt.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="486"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="488"/>
        <source>Starts</source>
        <translation>Begynder</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="489"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="491"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="505"/>
        <source>the meeting</source>
        <translation>mødet</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="541"/>
        <source>Invite to {meeting}</source>
        <translation>Invitér til {meeting}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/meetings/screen.py" line="556"/>
        <source>Invite %n person(s)</source>
        <translation>
            <numerusform>Invitér %n person</numerusform>
            <numerusform>Invitér %n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/meetings/screen.py" line="563"/>
        <source>Remove %n person(s) from the invitation</source>
        <translation>
            <numerusform>Fjern %n person fra indkaldelsen</numerusform>
            <numerusform>Fjern %n personer fra indkaldelsen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="577"/>
        <source>Minutes saved.</source>
        <translation>Referatet er gemt.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="580"/>
        <location filename="../../views/meetings/screen.py" line="667"/>
        <source>Save minutes</source>
        <translation>Gem referat</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="589"/>
        <source>Add action item {title}</source>
        <translation>Tilføj aktionspunkt {title}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="596"/>
        <source>Action item: {status}</source>
        <translation>Aktionspunkt: {status}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="616"/>
        <source>Correct action item {title}</source>
        <translation>Ret aktionspunktet {title}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="637"/>
        <source>The meeting was deleted.</source>
        <translation>Mødet er slettet.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="666"/>
        <source>Save invitation</source>
        <translation>Gem indkaldelse</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="668"/>
        <source>Save calendar invitation</source>
        <translation>Gem kalenderindkaldelse</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="676"/>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word-dokument (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="676"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="698"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name} …</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="708"/>
        <source>Saved in {path}</source>
        <translation>Gemt i {path}</translation>
    </message>
    <message>
        <location filename="../../views/meetings/screen.py" line="723"/>
        <source>Choose a meeting in the list to print its agenda and minutes.</source>
        <translation>Vælg et møde i listen for at udskrive dagsorden og referat.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../views/partnerships/members.py" line="44"/>
        <source>Members today</source>
        <extracomment>the dialogs currently open (tests reach them here)</extracomment>
        <translation>Medlemmer i dag</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="45"/>
        <source>Steering group today</source>
        <translation>Styregruppen i dag</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="46"/>
        <source>Who left</source>
        <translation>Hvem er gået ud</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="47"/>
        <source>Everyone, over time</source>
        <translation>Alle, over tid</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="78"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="79"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="80"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="81"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="82"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="83"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="84"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="85"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="98"/>
        <source>&amp;Add from contacts…</source>
        <translation>&amp;Tilføj fra kontakter…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="101"/>
        <source>Search the contacts and add several people in one role</source>
        <translation>Søg i kontakterne og tilføj flere personer i samme rolle</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="105"/>
        <source>Edi&amp;t membership…</source>
        <translation>&amp;Ret medlemskab…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="108"/>
        <source>Correct the selected membership&apos;s role and dates (F2)</source>
        <translation>Ret det valgte medlemskabs rolle og datoer (F2)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="113"/>
        <source>&amp;End membership…</source>
        <translation>&amp;Afslut medlemskab…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="116"/>
        <source>Record the last day of the selected membership</source>
        <translation>Registrer sidste dag for det valgte medlemskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="60"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="126"/>
        <source>Trades missing compared with the idékatalog: {trades}</source>
        <translation>Faggrupper, der mangler i forhold til idékataloget: {trades}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="131"/>
        <source>Every trade the idékatalog names is represented.</source>
        <translation>Alle faggrupper, som idékataloget nævner, er repræsenteret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/partnerships/members.py" line="163"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n medlemskab</numerusform>
            <numerusform>%n medlemskaber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/partnerships/members.py" line="205"/>
        <source>%n person(s) already had this role and were left as they were.</source>
        <translation>
            <numerusform>%n person havde allerede rollen og er uændret.</numerusform>
            <numerusform>%n personer havde allerede rollen og er uændrede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="225"/>
        <source>End {who}&apos;s membership</source>
        <translation>Afslut medlemskab for {who}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/members.py" line="264"/>
        <source>Edit {who}&apos;s membership</source>
        <translation>Ret medlemskabet for {who}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../views/toolkit/messages.py" line="15"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/messages.py" line="17"/>
        <source>Fodslag</source>
        <translation>Fodslag</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/messages.py" line="20"/>
        <source>The database is not available</source>
        <translation>Databasen er ikke tilgængelig</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/messages.py" line="22"/>
        <source>No secure connection to the server</source>
        <translation>Ingen sikker forbindelse til serveren</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/messages.py" line="32"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/messages.py" line="33"/>
        <source>Delete {what}? This cannot be undone.</source>
        <translation>Slet {what}? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../views/meetings/month_view.py" line="31"/>
        <source>Days with meetings are highlighted</source>
        <extracomment>the user picked a meeting in the day list</extracomment>
        <translation>Dage med møder er fremhævet</translation>
    </message>
    <message>
        <location filename="../../views/meetings/month_view.py" line="68"/>
        <source>Meetings on {day}</source>
        <translation>Møder den {day}</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="90"/>
        <source>Open the existing one</source>
        <extracomment>made when the form opens for a new organisation (see ContactForm.creation_key)</extracomment>
        <translation>Åbn den, der findes</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="93"/>
        <source>Show the existing organisation instead of making a new one</source>
        <translation>Vis den organisation, der allerede findes, i stedet for at oprette en ny</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="110"/>
        <source>The organisation this one is part of, e.g. the housing association of an estate</source>
        <translation>Den organisation, denne er en del af, fx boligafdelingens boligorganisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="114"/>
        <source>e.g. 12 34 56 78</source>
        <translation>fx 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="118"/>
        <source>name@domain.dk</source>
        <translation>navn@domæne.dk</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="125"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="127"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="128"/>
        <source>Part &amp;of:</source>
        <translation>&amp;Del af:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="129"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="130"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="137"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="140"/>
        <source>Save the organisation (Ctrl+S)</source>
        <translation>Gem organisationen (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="144"/>
        <source>Delete…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="147"/>
        <source>Delete the organisation; its people are kept</source>
        <translation>Slet organisationen; dens personer bevares</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="161"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="171"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="202"/>
        <source>Already exists? “{name}”</source>
        <translation>Findes den allerede? »{name}«</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="203"/>
        <source>Open “{name}”</source>
        <translation>Åbn »{name}«</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="242"/>
        <source>The organisation needs a name.</source>
        <translation>Organisationen skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="254"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret felterne med rød tekst.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/organisation_form.py" line="263"/>
        <source>Nothing has changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../views/overview/screen.py" line="186"/>
        <source>Next meetings</source>
        <extracomment>the welcome&apos;s step the user chose: &quot;partnership&quot;, &quot;import&quot; or &quot;demo&quot; (``FIRST_STEPS``) shown while the overview is the one from last time, not yet the database&apos;s</extracomment>
        <translation>Næste møder</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="187"/>
        <source>Overdue action items</source>
        <translation>Overskredne aktionspunkter</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="189"/>
        <source>Open steps in the current phase</source>
        <translation>Åbne trin i den aktuelle fase</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="192"/>
        <source>Sub-goals without initiatives</source>
        <translation>Delmål uden initiativer</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="193"/>
        <source>Initiatives without a sub-goal</source>
        <translation>Initiativer uden delmål</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="190"/>
        <source>Initiatives awaiting approval</source>
        <translation>Initiativer til godkendelse</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="188"/>
        <source>Other open action items</source>
        <translation>Andre åbne aktionspunkter</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="191"/>
        <source>Indicators off track</source>
        <translation>Indikatorer, der ikke når målet</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="194"/>
        <source>Former members to clean up</source>
        <translation>Tidligere medlemmer til oprydning</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="197"/>
        <source>Meetings in the next four months</source>
        <translation>Møder de næste fire måneder</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="198"/>
        <source>Action items past their due date that are not done</source>
        <translation>Aktionspunkter over fristen, som ikke er udført</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="199"/>
        <source>Steps of the partnership&apos;s current phase that are not done</source>
        <translation>Trin i partnerskabets aktuelle fase, som ikke er udført</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="200"/>
        <source>A gap the steering group must see: no initiative serves these sub-goals</source>
        <translation>Et hul, styregruppen skal se: intet initiativ bidrager til disse delmål</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="201"/>
        <source>These cannot be approved until they serve a sub-goal</source>
        <translation>De kan ikke godkendes, før de bidrager til et delmål</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="202"/>
        <source>Everyone whose memberships all ended longer ago than the retention period</source>
        <translation>Alle, hvis medlemskaber alle sluttede for længere siden end opbevaringsperioden</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="235"/>
        <source>Double-click or press Enter to open</source>
        <translation>Dobbeltklik eller tryk Enter for at åbne</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="275"/>
        <source>Showing the overview as it was {when}; fetching the current data…</source>
        <translation>Viser overblikket, som det så ud {when}; henter de aktuelle data …</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="307"/>
        <source>Current phase: {phase}</source>
        <translation>Aktuel fase: {phase}</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="309"/>
        <source>All partnerships</source>
        <translation>Alle partnerskaber</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="327"/>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="333"/>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="373"/>
        <source>{name} (left {date})</source>
        <translation>{name} (udtrådt {date})</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="381"/>
        <source>{title} (sub-goals {codes})</source>
        <translation>{title} (delmål {codes})</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="385"/>
        <source>{name}: {latest} (target {target})</source>
        <translation>{name}: {latest} (mål {target})</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="393"/>
        <source>Choose a partnership to see its phase and open steps.</source>
        <translation>Vælg et partnerskab for at se dets fase og åbne trin.</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="408"/>
        <source>Nothing here</source>
        <translation>Intet at vise</translation>
    </message>
</context>
<context>
    <name>PartnershipChoice</name>
    <message>
        <location filename="../../views/shell/partnership_choice.py" line="57"/>
        <source>Partnership</source>
        <extracomment>stored for &quot;Alle partnerskaber&quot; (QSettings keeps no None) the partnership every screen shows (the toolbar&apos;s choice once the user confirmed it) how many partnerships the toolbar listed last (the first one created is chosen)</extracomment>
        <translation>Partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/shell/partnership_choice.py" line="59"/>
        <source>Partnership:</source>
        <translation>Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../views/shell/partnership_choice.py" line="79"/>
        <source>All partnerships</source>
        <translation>Alle partnerskaber</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <location filename="../../views/partnerships/form.py" line="91"/>
        <source>e.g. Tryghedsnetværk Solbakken</source>
        <translation>fx Tryghedsnetværk Solbakken</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="96"/>
        <source>The housing estates or the municipality it covers</source>
        <translation>De boligområder eller den kommune, det dækker</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="104"/>
        <source>Leave empty if not decided yet</source>
        <translation>Lad stå tom, hvis det ikke er besluttet endnu</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="105"/>
        <source>Leave empty while the partnership runs</source>
        <translation>Lad stå tom, mens partnerskabet løber</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="108"/>
        <source>The organisation the partnership is anchored in (forankring)</source>
        <translation>Den organisation, partnerskabet er forankret i</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="111"/>
        <source>Chosen among the partnership&apos;s members</source>
        <translation>Vælges blandt partnerskabets medlemmer</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="114"/>
        <source>Filter organisations…</source>
        <translation>Filtrer organisationer…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="119"/>
        <source>Tick the organisations that are parties to the partnership</source>
        <translation>Sæt kryds ved de organisationer, der er parter i partnerskabet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="126"/>
        <source>No organisations yet. Create the parties (the municipality, the police, the housing association …) under Organisations and contacts; then tick them here.</source>
        <translation>Ingen organisationer endnu. Opret parterne (kommunen, politiet, boligorganisationen …) under Organisationer og kontakter, og sæt så flueben her.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="140"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="141"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="142"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="143"/>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="150"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="154"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="156"/>
        <source>Anc&amp;horing:</source>
        <translation>&amp;Forankring:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="160"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="164"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="60"/>
        <source>Pa&amp;rties:</source>
        <extracomment>the fields the form edits, in the order the user tabs through them the user changed something since the form was filled</extracomment>
        <translation>&amp;Parter:</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="223"/>
        <location filename="../../views/partnerships/form.py" line="246"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="258"/>
        <source>New partnership</source>
        <translation>Nyt partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="342"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="343"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="344"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="345"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="346"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="347"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="348"/>
        <source>Anchoring</source>
        <translation>Forankring</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="349"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="350"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/form.py" line="351"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>PartnershipsScreen</name>
    <message>
        <location filename="../../views/partnerships/screen.py" line="101"/>
        <source>Name</source>
        <extracomment>Ctrl+N pressed: the form holds a new partnership until it is saved or left the detail that came with the list, shown when its row is selected (no second read) tabs to fill when the user opens them (the agreement and the action card) asked before deleting (tests replace it; the real one is a Danish yes/no box) &quot;Gem&quot; in the unsaved-work question: what to do once the form&apos;s save went through</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="102"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="103"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="104"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="105"/>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="106"/>
        <source>Active members</source>
        <translation>Aktive medlemmer</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="107"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="123"/>
        <source>No partnership yet. Start the first with “New partnership”.</source>
        <translation>Intet partnerskab endnu. Opret det første med »Nyt partnerskab«.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="129"/>
        <source>&amp;New partnership</source>
        <translation>&amp;Nyt partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="132"/>
        <source>Start a new partnership (Ctrl+N)</source>
        <translation>Start et nyt partnerskab (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="136"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="139"/>
        <source>Delete the selected partnership with its checklist and members</source>
        <translation>Slet det valgte partnerskab med tjekliste og medlemmer</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="164"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="167"/>
        <source>Save the partnership (Ctrl+S)</source>
        <translation>Gem partnerskabet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="171"/>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd ændringer</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="174"/>
        <source>Throw away unsaved changes in the form</source>
        <translation>Kassér ikke-gemte ændringer i formularen</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="195"/>
        <source>Details</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="198"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="199"/>
        <source>Action card</source>
        <translation>Actioncard</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="146"/>
        <source>Partnerships</source>
        <translation>Partnerskaber</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="383"/>
        <source>the new partnership</source>
        <translation>det nye partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="296"/>
        <source>Someone else has changed this partnership. Your unsaved changes are kept; saving shows both versions.</source>
        <translation>En anden har ændret partnerskabet. Dine ikke-gemte ændringer er bevaret; når du gemmer, vises begge udgaver.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="328"/>
        <source>anchored in {organisation}</source>
        <translation>forankret i {organisation}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="331"/>
        <source>coordinator {name}</source>
        <translation>koordinator {name}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="332"/>
        <source>no period</source>
        <translation>ingen periode</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="384"/>
        <source>the partnership {name}</source>
        <translation>partnerskabet {name}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="393"/>
        <source>the agreement of {name}</source>
        <translation>aftalen for {name}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="399"/>
        <source>the action card of {name}</source>
        <translation>actioncardet for {name}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="417"/>
        <source>New partnership</source>
        <translation>Nyt partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="441"/>
        <source>Open the Action card tab to print the card; the folder, lists and the agreement print from Documents.</source>
        <translation>Åbn fanen Actioncard for at udskrive kortet; folder, lister og aftalen udskrives fra Dokumenter.</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="494"/>
        <source>New partnership “{name}”</source>
        <translation>Nyt partnerskab »{name}«</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="527"/>
        <source>Edit partnership: {fields}</source>
        <translation>Ret partnerskab: {fields}</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="614"/>
        <source>the partnership “{name}”</source>
        <translation>partnerskabet »{name}«</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="197"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/screen.py" line="196"/>
        <source>Phase checklist</source>
        <translation>Fasetjekliste</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="73"/>
        <source>Plan meeting</source>
        <extracomment>a warning, not a refusal: brown, not the fields&apos; red the types offered first: the idékatalog&apos;s phase II meetings, the steering group, the network the rhythm each meeting type is usually held in (the idékatalog: steering groups every 14 days to quarterly, the network half-yearly); None means a single meeting</extracomment>
        <translation>Planlæg møde</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="113"/>
        <source>The agenda is filled from the meeting type&apos;s template</source>
        <extracomment>each partnership&apos;s period, for the warning about a meeting outside it</extracomment>
        <translation>Dagsordenen udfyldes fra mødetypens skabelon</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="129"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="140"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="144"/>
        <source>How often the series meets</source>
        <translation>Hvor ofte mødeserien mødes</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="152"/>
        <source> meetings</source>
        <translation> møder</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="193"/>
        <source>Members of the partnership in these roles are invited</source>
        <translation>Partnerskabets medlemmer i disse roller inviteres</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="204"/>
        <source>Plan</source>
        <translation>Planlæg</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="79"/>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="80"/>
        <source>&amp;Meeting type:</source>
        <translation>&amp;Mødetype:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="81"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="82"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="86"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="87"/>
        <source>P&amp;lace:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="88"/>
        <source>Agenda from template:</source>
        <translation>Dagsorden fra skabelon:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="89"/>
        <source>Recurrence:</source>
        <translation>Gentagelse:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="91"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Invitér:</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="92"/>
        <source>Invitees are the partnership&apos;s members in the chosen roles.</source>
        <translation>De inviterede er partnerskabets medlemmer i de valgte roller.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="224"/>
        <source>(no template – add points after planning)</source>
        <translation>(ingen skabelon – tilføj punkter efter planlægningen)</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="255"/>
        <source>⚠ The meeting is before the partnership&apos;s period starts ({start}). Check the date.</source>
        <translation>⚠ Mødet ligger før partnerskabets periode begynder ({start}). Tjek datoen.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="259"/>
        <source>⚠ The meeting is after the partnership&apos;s period ends ({end}). Check the date.</source>
        <translation>⚠ Mødet ligger efter partnerskabets periode slutter ({end}). Tjek datoen.</translation>
    </message>
    <message>
        <location filename="../../views/meetings/plan_dialog.py" line="293"/>
        <source>Dates: {dates}</source>
        <translation>Datoer: {dates}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="67"/>
        <source>Preferences</source>
        <extracomment>a local database file the user chose (already checked); the window opens it</extracomment>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="92"/>
        <source>The language changes the next time Fodslag starts.</source>
        <translation>Sproget skifter, næste gang Fodslag startes.</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="100"/>
        <source>The folder used last</source>
        <translation>Den mappe, der blev brugt sidst</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="104"/>
        <source>Fodslag&apos;s own</source>
        <translation>Fodslags egen</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="116"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="124"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="126"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="128"/>
        <source>Save documents in:</source>
        <translation>Gem dokumenter i:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="129"/>
        <source>Agreement template:</source>
        <translation>Skabelon til aftaler:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="130"/>
        <source>Flag former members after:</source>
        <translation>Markér tidligere medlemmer efter:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="135"/>
        <source>Database and backups</source>
        <translation>Database og sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="137"/>
        <source>Local database file:</source>
        <translation>Lokal databasefil:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="139"/>
        <source>Daily backups kept:</source>
        <translation>Daglige kopier, der gemmes:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="140"/>
        <source>Weekly backups kept:</source>
        <translation>Ugentlige kopier, der gemmes:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="141"/>
        <source>Monthly backups kept:</source>
        <translation>Månedlige kopier, der gemmes:</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="143"/>
        <source>Backups are kept in %1</source>
        <translation>Sikkerhedskopierne ligger i %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="158"/>
        <source>Save documents in</source>
        <translation>Gem dokumenter i</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="165"/>
        <source>Agreement template</source>
        <translation>Skabelon til aftaler</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="165"/>
        <source>Word template (*.docx)</source>
        <translation>Word-skabelon (*.docx)</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="173"/>
        <source>Local database file</source>
        <translation>Lokal databasefil</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="175"/>
        <source>Fodslag database (*.sqlite3 *.db)</source>
        <translation>Fodslag-database (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="158"/>
        <source>Check the rows</source>
        <translation>Kontrollér rækkerne</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="161"/>
        <source>Each column of the file and what it is imported as, and what every row becomes. A value that cannot be read is marked and kept in the contact&apos;s note; double-click it to correct it. Rows without a name are left out; for rows that match an existing contact, choose what to do.</source>
        <translation>Hver kolonne i filen og hvad den indlæses som, og hvad hver række bliver til. En værdi, der ikke kan læses, er markeret og gemmes i kontaktens note; dobbeltklik på den for at rette den. Rækker uden navn udelades; for rækker, der ligner en eksisterende kontakt, vælger du, hvad der skal ske.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="191"/>
        <source>Change what a column is imported as; the rows are checked again.</source>
        <translation>Skift, hvad en kolonne importeres som; rækkerne kontrolleres igen.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="199"/>
        <source>All rows</source>
        <translation>Alle rækker</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="199"/>
        <source>Rows with problems</source>
        <translation>Rækker med problemer</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="199"/>
        <source>Matches existing contacts</source>
        <translation>Ligner eksisterende kontakter</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="202"/>
        <source>Show all rows, only the rows that cannot be imported, or only probable duplicates</source>
        <translation>Vis alle rækker, kun rækker der ikke kan importeres, eller kun sandsynlige dubletter</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="205"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="229"/>
        <source>Press F2 on the &apos;Becomes&apos; cell of a matching row to choose merge, keep both or skip, or on a marked cell to correct its value.</source>
        <translation>Tryk F2 i cellen »Bliver til« på en række, der ligner en kontakt, for at vælge flet, behold begge eller spring over – eller i en markeret celle for at rette værdien.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="248"/>
        <source>Use the existing organisations</source>
        <translation>Brug de eksisterende organisationer</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="251"/>
        <source>Correct these cells of the file to the organisations already registered</source>
        <translation>Ret disse celler i filen til de organisationer, der allerede er oprettet</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="263"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolonner:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="305"/>
        <source>Organisations like ones already registered: %1.</source>
        <translation>Organisationer, der ligner nogle, der allerede findes: %1.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="316"/>
        <source>%1 rows: %2 new, %3 merged, %4 skipped, %5 with problems (left out).</source>
        <translation>%1 rækker: %2 nye, %3 flettes, %4 springes over, %5 med problemer (udelades).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/contacts/import_dialog.py" line="326"/>
        <source>%n value(s) cannot be read and are kept in the contact&apos;s note (marked in the table).</source>
        <translation>
            <numerusform>%n værdi kan ikke læses og gemmes i kontaktens note (markeret i tabellen).</numerusform>
            <numerusform>%n værdier kan ikke læses og gemmes i kontaktens note (markeret i tabellen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="340"/>
        <location filename="../../views/contacts/import_dialog.py" line="359"/>
        <source>Checking the rows again…</source>
        <translation>Kontrollerer rækkerne igen…</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="400"/>
        <source>No row would be imported. Check the column mapping.</source>
        <translation>Ingen række ville blive importeret. Kontrollér kolonnerne.</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../views/contacts/import_models.py" line="182"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="183"/>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="184"/>
        <location filename="../../views/contacts/import_models.py" line="204"/>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="194"/>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="198"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="201"/>
        <source>Merge with %1</source>
        <translation>Flettes med %1</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="203"/>
        <source>New (keep both)</source>
        <translation>Ny (behold begge)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="210"/>
        <source>Matches %1 (%2).</source>
        <translation>Ligner %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="258"/>
        <source>It is not imported into this field but kept in the contact&apos;s note. Double-click or press F2 to correct it.</source>
        <translation>Den indlæses ikke i feltet, men gemmes i kontaktens note. Dobbeltklik eller tryk F2 for at rette den.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="266"/>
        <source>Choose whether to merge with the existing contact, keep both or skip the row.</source>
        <translation>Vælg, om rækken skal flettes med den eksisterende kontakt, om begge skal beholdes, eller om rækken springes over.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="319"/>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="320"/>
        <source>Becomes</source>
        <translation>Bliver til</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="321"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="322"/>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="323"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="324"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="325"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="326"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="327"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_models.py" line="328"/>
        <source>Problems and notes</source>
        <translation>Problemer og bemærkninger</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../views/toolkit/printing.py" line="155"/>
        <source>Nothing to print here. Meetings, contacts and the action card print with Ctrl+P; every document prints from Documents.</source>
        <translation>Her er intet at udskrive. Møder, kontakter og actioncardet udskrives med Ctrl+P; alle dokumenter udskrives fra Dokumenter.</translation>
    </message>
</context>
<context>
    <name>PrivacyHint</name>
    <message>
        <location filename="../../views/toolkit/privacy_hint.py" line="14"/>
        <source>No case information about individual citizens here.</source>
        <translation>Ingen sagsoplysninger om enkelte borgere her.</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/privacy_hint.py" line="18"/>
        <source>Write only about the network&apos;s own work. Case information about individual citizens (the §115 exchange between authorities) never goes into Fodslag.</source>
        <translation>Skriv kun om netværkets eget arbejde. Sagsoplysninger om enkelte borgere (§115-udvekslingen mellem myndigheder) hører aldrig hjemme i Fodslag.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="56"/>
        <location filename="../../views/database/restore_dialog.py" line="111"/>
        <source>Restore backup</source>
        <extracomment>called on the GUI thread once the user has confirmed: closes the open database</extracomment>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="57"/>
        <source>Reading the backups…</source>
        <translation>Læser sikkerhedskopierne…</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="63"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="76"/>
        <source>There are no backups yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="78"/>
        <source>Choose the backup to restore. The current database is backed up first.</source>
        <translation>Vælg den sikkerhedskopi, der skal gendannes. Den nuværende database sikkerhedskopieres først.</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="84"/>
        <source>%1 – %2 contacts, %3 meetings, %4 rows in all</source>
        <translation>%1 – %2 kontakter, %3 møder, %4 rækker i alt</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="112"/>
        <source>Replace the current database with the backup from %1?</source>
        <translation>Erstat den nuværende database med sikkerhedskopien fra %1?</translation>
    </message>
    <message>
        <location filename="../../views/database/restore_dialog.py" line="117"/>
        <source>Restoring…</source>
        <translation>Gendanner…</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../views/partnerships/models.py" line="87"/>
        <source>Phase</source>
        <extracomment>(before, after) for one step; the screen saves it through the service</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="88"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="90"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="91"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/partnerships/models.py" line="123"/>
        <source>Tick the step when it is done</source>
        <translation>Sæt kryds, når trinnet er udført</translation>
    </message>
</context>
<context>
    <name>StrategyScreen</name>
    <message>
        <location filename="../../views/strategy/screen.py" line="101"/>
        <source>The strategy to show</source>
        <translation>Den strategi, der vises</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="108"/>
        <source>New &amp;strategy</source>
        <translation>N&amp;y strategi</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="111"/>
        <source>Create a strategy for the chosen partnership: its name and vision</source>
        <translation>Opret en strategi for det valgte partnerskab: navn og vision</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="123"/>
        <source>St&amp;rategy:</source>
        <translation>Str&amp;ategi:</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="165"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="168"/>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="166"/>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="169"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="170"/>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="167"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="161"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="171"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="184"/>
        <source>&amp;New initiative</source>
        <translation>&amp;Nyt initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="187"/>
        <source>Write a new initiative document (Ctrl+N)</source>
        <translation>Skriv et nyt initiativdokument (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="191"/>
        <source>De&amp;lete initiative</source>
        <translation>S&amp;let initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="194"/>
        <source>Delete the selected initiative and its document</source>
        <translation>Slet det valgte initiativ og dets dokument</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="223"/>
        <source>Double-click a row to open the initiative</source>
        <translation>Dobbeltklik på en række for at åbne initiativet</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="85"/>
        <source>&amp;Goals and focus areas</source>
        <extracomment>entity name (as in change sets and open requests) -&gt; kind of node in the goal tree everything the screen shows for one strategy, read in one background call the initiative document that came with the data, shown when its row is chosen &quot;Gem&quot; in the unsaved-work question: what to do once the initiative is saved counts the documents asked for: an answer shows only if nothing was asked (or a new document begun, or one deleted) after it</extracomment>
        <translation>&amp;Mål og fokusområder</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="86"/>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativer</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="87"/>
        <source>&amp;Coverage</source>
        <translation>&amp;Dækning</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="261"/>
        <source>&lt;b&gt;Vision:&lt;/b&gt; {vision}</source>
        <translation>&lt;b&gt;Vision:&lt;/b&gt; {vision}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="299"/>
        <source>There are no partnerships yet. First create a partnership under Partnerships (in the list on the left); then you can give it a strategy here.</source>
        <translation>Der er endnu ingen partnerskaber. Opret først et partnerskab under Partnerskaber (i listen til venstre); derefter kan du give det en strategi her.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="304"/>
        <source>No strategy yet. Click “New strategy” to write one; with several partnerships, first choose the partnership in the Partnership field at the top of the window.</source>
        <translation>Ingen strategi endnu. Klik på “Ny strategi” for at skrive en; er der flere partnerskaber, så vælg først partnerskabet i feltet Partnerskab øverst i vinduet.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="309"/>
        <source>This partnership has no strategy yet. Click “New strategy” and write its name and vision; then add overall goals, sub-goals (delmål), focus areas and initiative documents.</source>
        <translation>Partnerskabet har endnu ingen strategi. Klik på “Ny strategi”, og skriv dens navn og vision; tilføj derefter overordnede mål, delmål, fokusområder og initiativdokumenter.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="340"/>
        <source>A strategy belongs to one partnership. First choose the partnership in the Partnership field at the top of the window, then click “New strategy”.</source>
        <translation>En strategi hører til ét partnerskab. Vælg først partnerskabet i feltet Partnerskab øverst i vinduet, og klik så på “Ny strategi”.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="351"/>
        <source>The new strategy is for the partnership “{name}”. Write its name and vision on the right and click “Add”.</source>
        <translation>Den nye strategi hører til partnerskabet “{name}”. Skriv dens navn og vision til højre, og klik på “Tilføj”.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="355"/>
        <source>Write the strategy&apos;s name and vision on the right and click “Add”.</source>
        <translation>Skriv strategiens navn og vision til højre, og klik på “Tilføj”.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="365"/>
        <source>⚠ Sub-goals without initiatives: {names}</source>
        <translation>⚠ Delmål uden initiativer: {names}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="368"/>
        <source>⚠ Initiatives that serve no sub-goal: {names}</source>
        <translation>⚠ Initiativer, der ikke bidrager til noget delmål: {names}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="372"/>
        <source>✓ Every sub-goal is served and every initiative serves one.</source>
        <translation>✓ Alle delmål har initiativer, og alle initiativer bidrager til et delmål.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="400"/>
        <source>the new initiative</source>
        <translation>det nye initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="401"/>
        <source>the initiative {title}</source>
        <translation>initiativet {title}</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="560"/>
        <source>New initiative</source>
        <translation>Nyt initiativ</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="578"/>
        <source>Save initiative “{title}”</source>
        <translation>Gem initiativ “{title}”</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="595"/>
        <source>Save the initiative first (Save initiative or Ctrl+S); then the steering group&apos;s approval can be recorded.</source>
        <translation>Gem initiativet først (Gem initiativ eller Ctrl+S); derefter kan styregruppens godkendelse registreres.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="601"/>
        <source>You have changes that are not saved. Save the initiative first, then approve it.</source>
        <translation>Du har ændringer, der ikke er gemt. Gem initiativet først, og godkend det derefter.</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="636"/>
        <source>Approve initiative “{title}”</source>
        <translation>Godkend initiativ “{title}”</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="654"/>
        <source>the initiative “{title}”</source>
        <translation>initiativet “{title}”</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="732"/>
        <source>Add to the strategy</source>
        <translation>Tilføj til strategien</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="760"/>
        <source>Edit the strategy</source>
        <translation>Ret strategien</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="782"/>
        <source>New strategy “{name}”</source>
        <translation>Ny strategi “{name}”</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="789"/>
        <source>the overall goal “{name}” with its sub-goals</source>
        <translation>det overordnede mål “{name}” med dets delmål</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="790"/>
        <source>the sub-goal “{name}”</source>
        <translation>delmålet “{name}”</translation>
    </message>
    <message>
        <location filename="../../views/strategy/screen.py" line="791"/>
        <source>the focus area “{name}”</source>
        <translation>fokusområdet “{name}”</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="515"/>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="521"/>
        <source>The rows that were left out and why</source>
        <translation>De udeladte rækker og hvorfor</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="530"/>
        <source>Created: %1. Merged: %2. Skipped: %3. Rejected: %4.</source>
        <translation>Oprettet: %1. Flettet: %2. Sprunget over: %3. Afvist: %4.</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="409"/>
        <source>Add to a partnership</source>
        <translation>Tilføj til et partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="410"/>
        <source>Optionally add the imported contacts as members of a partnership.</source>
        <translation>Tilføj eventuelt de importerede kontakter som medlemmer af et partnerskab.</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="413"/>
        <source>(do not add to a partnership)</source>
        <translation>(tilføj ikke til et partnerskab)</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="414"/>
        <source>The partnership the new and merged contacts join</source>
        <translation>Partnerskabet, som de nye og flettede kontakter bliver medlemmer af</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="418"/>
        <source>Their role in the partnership</source>
        <translation>Deres rolle i partnerskabet</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="424"/>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../views/contacts/import_dialog.py" line="425"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../views/meetings/editor.py" line="71"/>
        <source>hh:mm</source>
        <extracomment>the user finished typing a valid time (the old one, the new one)</extracomment>
        <translation>tt:mm</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="120"/>
        <source>You have changes in {what} that are not saved.</source>
        <translation>Du har ændringer i {what}, som ikke er gemt.</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="123"/>
        <source>You have changes that are not saved in:</source>
        <translation>Du har ændringer, som ikke er gemt, i:</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="127"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="130"/>
        <source>Save them before you go on?</source>
        <translation>Vil du gemme dem, før du går videre?</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="133"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="134"/>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <location filename="../../views/toolkit/unsaved.py" line="135"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../views/overview/screen.py" line="55"/>
        <source>Welcome to Fodslag</source>
        <extracomment>the first steps the welcome offers (the main window carries them out)</extracomment>
        <translation>Velkommen til Fodslag</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="63"/>
        <source>The database is still empty. Fodslag keeps a safety network or partnership in step: parties and contacts, phases and checklist, meetings and minutes, strategy, indicators and the action card. Begin with one of these steps:</source>
        <translation>Databasen er endnu tom. Fodslag holder et tryghedsnetværk eller partnerskab i fælles fodslag: parter og kontakter, faser og tjekliste, møder og referater, strategi, indikatorer og actioncard. Begynd med et af disse trin:</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="84"/>
        <source>Create a partnership</source>
        <translation>Opret et partnerskab</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="85"/>
        <source>Name the partnership, its area and parties, and follow its phases from the start.</source>
        <translation>Giv partnerskabet navn, område og parter, og følg dets faser fra opstarten.</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="89"/>
        <source>Import contacts…</source>
        <translation>Importér kontakter …</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="91"/>
        <source>Read professionals from an Excel, CSV or vCard file. Nothing is saved before you confirm.</source>
        <translation>Hent fagpersoner fra en Excel-, CSV- eller vCard-fil. Intet gemmes, før du bekræfter.</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="97"/>
        <source>Open the demo</source>
        <translation>Åbn demoen</translation>
    </message>
    <message>
        <location filename="../../views/overview/screen.py" line="99"/>
        <source>See Fodslag with example data in a separate demo database. Your own database stays as it is.</source>
        <translation>Se Fodslag med eksempeldata i en separat demodatabase. Din egen database forbliver, som den er.</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <location filename="../../views/workbook/export_dialog.py" line="27"/>
        <location filename="../../views/workbook/export_dialog.py" line="35"/>
        <location filename="../../views/workbook/export_dialog.py" line="59"/>
        <source>Export workbook</source>
        <translation>Eksportér arbejdsbog</translation>
    </message>
    <message>
        <location filename="../../views/workbook/export_dialog.py" line="28"/>
        <source>Choose a partnership in the toolbar first.</source>
        <translation>Vælg først et partnerskab i værktøjslinjen.</translation>
    </message>
    <message>
        <location filename="../../views/workbook/export_dialog.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/workbook/export_dialog.py" line="51"/>
        <source>Workbook saved: {file} ({rows} rows)</source>
        <translation>Arbejdsbogen er gemt: {file} ({rows} rækker)</translation>
    </message>
    <message>
        <location filename="../../views/workbook/export_dialog.py" line="62"/>
        <source>Writing the workbook…</source>
        <translation>Skriver arbejdsbogen…</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="44"/>
        <location filename="../../views/workbook/import_dialog.py" line="128"/>
        <source>Import workbook</source>
        <translation>Importér arbejdsbog</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="67"/>
        <source>A partnership workbook exported from Fodslag and edited in Excel updates that partnership; any other workbook creates a new one. Nothing is saved before you choose Import.</source>
        <translation>En partnerskabsarbejdsbog, der er eksporteret fra Fodslag og rettet i Excel, opdaterer det partnerskab; en anden arbejdsbog opretter et nyt. Intet gemmes, før du vælger Importér.</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="80"/>
        <source>The workbook (.xlsx)</source>
        <translation>Arbejdsbogen (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="83"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="83"/>
        <source>Choose the file in a file dialog</source>
        <translation>Vælg filen i en fildialog</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="87"/>
        <source>&amp;Show changes</source>
        <translation>&amp;Vis ændringer</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="90"/>
        <source>Read the workbook and list what an import would create, change and delete</source>
        <translation>Læs arbejdsbogen og vis, hvad en import vil oprette, ændre og slette</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="109"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="109"/>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="109"/>
        <source>Changed</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="109"/>
        <source>Deleted</source>
        <translation>Slettede</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="128"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="142"/>
        <source>Choose the workbook to import first.</source>
        <translation>Vælg først den arbejdsbog, der skal importeres.</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="145"/>
        <source>Reading the workbook…</source>
        <translation>Læser arbejdsbogen…</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="158"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="179"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../views/workbook/import_dialog.py" line="185"/>
        <source>The workbook was not imported.</source>
        <translation>Arbejdsbogen er ikke importeret.</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="48"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../views/shell/preferences_dialog.py" line="50"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
</context>
</TS>
