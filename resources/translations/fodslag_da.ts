<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AddMembersDialog</name>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="184"/>
        <source>Add members</source>
        <extracomment>(person ids, role, start date)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="192"/>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="193"/>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Fra:</translation>
    </message>
</context>
<context>
    <name>AddToPartnershipDialog</name>
    <message>
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="26"/>
        <source>Add to partnership</source>
        <translation>Føj til partnerskab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="27"/>
        <source> and %n more</source>
        <translation>
            <numerusform> og %n mere</numerusform>
            <numerusform> og %n flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="28"/>
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n kontakt: </numerusform>
            <numerusform>%n kontakter: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="47"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="53"/>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerskab:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="54"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/add_to_partnership.py" line="55"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../desktop/views/partnerships/checklist.py" line="90"/>
        <source>Space ticks a step; F2 or typing edits status, date and note in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/checklist.py" line="105"/>
        <source>{done} of {total} steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/checklist.py" line="107"/>
        <source>Open in the current phase: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/checklist.py" line="127"/>
        <source>Tick off “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/checklist.py" line="127"/>
        <source>Edit step “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="112"/>
        <source>Someone else saved first</source>
        <extracomment>how to show a value (ids as names, lists as lines, ...) plain text may be merged by hand; other values are chosen whole field key -&gt; value to save (only fields whose chosen value differs from theirs) the user kept the database&apos;s version for every field (nothing to save)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="123"/>
        <source>A colleague saved changes to {what} after you opened it. Nothing is lost yet: compare the two versions and choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="125"/>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="127"/>
        <source>You started from version {loaded}; the saved version is now {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="137"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="137"/>
        <source>Theirs (saved now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="137"/>
        <source>Mine (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="137"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="157"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="159"/>
        <source>Discard my changes and keep what is saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="160"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="162"/>
        <source>Save my version of every field over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="163"/>
        <source>&amp;Save my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="165"/>
        <source>Save the version chosen for each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="196"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="196"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="198"/>
        <source>Merge by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflict_dialog.py" line="213"/>
        <source>Write the text to save, using both versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="73"/>
        <source>Full name, as colleagues know the person</source>
        <extracomment>the user asked to save: (person id or None for a new contact, loaded version, fields) the duplicate check answered (tests wait for it)</extracomment>
        <translation>Fulde navn, som kollegerne kender personen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="74"/>
        <location filename="../../desktop/views/contacts/contact_form.py" line="75"/>
        <source>e.g. 12 34 56 78</source>
        <translation>fx 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="76"/>
        <source>Danish numbers in any format; foreign numbers with +country code</source>
        <translation>Danske numre i vilkårligt format; udenlandske numre med +landekode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="78"/>
        <source>name@domain.dk</source>
        <translation>navn@domæne.dk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="79"/>
        <source>Work e-mail address</source>
        <translation>Arbejdsmail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="83"/>
        <source>The organisation the person works for</source>
        <translation>Den organisation, personen arbejder for</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="87"/>
        <source>Trade (faggruppe) – used to see which trades a network lacks</source>
        <translation>Faggruppe – bruges til at se, hvilke faggrupper netværket mangler</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="88"/>
        <location filename="../../desktop/views/contacts/contact_form.py" line="161"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="112"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="114"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="116"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="118"/>
        <source>T&amp;rade:</source>
        <translation>&amp;Faggruppe:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="119"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="120"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="121"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="122"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="123"/>
        <source>Member of:</source>
        <translation>Medlem af:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="125"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="127"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Gem kontakten (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="129"/>
        <source>Delete…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="131"/>
        <source>Delete this contact (asks first)</source>
        <translation>Slet kontakten (spørger først)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="179"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="196"/>
        <source>No partnerships</source>
        <translation>Ingen partnerskaber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="258"/>
        <source>The contact needs a name.</source>
        <translation>Kontakten skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="305"/>
        <source>Possibly already registered: {names}</source>
        <translation>Findes måske allerede: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="313"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret felterne med rød tekst.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/contact_form.py" line="317"/>
        <source>Nothing has changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="54"/>
        <source>Choose contacts</source>
        <extracomment>the chosen contacts (ContactRow) when the user presses OK</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="60"/>
        <source>Search name, e-mail or phone…</source>
        <translation type="unfinished">Søg navn, e-mail eller telefon …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partnerships/dialogs.py" line="64"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="87"/>
        <source>&amp;Add to chosen ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="88"/>
        <source>Add the contacts selected in the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="90"/>
        <source>&amp;Remove from chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="91"/>
        <source>Remove the selected people from the chosen list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="112"/>
        <source>Chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="161"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partnerships/dialogs.py" line="161"/>
        <source>Choose %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="169"/>
        <source>Select at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="130"/>
        <source>Name</source>
        <extracomment>the ContactRow attribute shown in each column (also the key the column choice is saved under) total number of contacts matching the current filter (for &quot;1.234 kontakter&quot;) the first page of a new filter has arrived</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="131"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="132"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="133"/>
        <source>Trade</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="134"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="135"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contact_table_model.py" line="136"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="68"/>
        <source>Search name, e-mail or phone…</source>
        <extracomment>a contact was saved, created or restored (the detail), or deleted (None) people were added to a partnership (the new membership ids) asks before deleting (tests replace it)</extracomment>
        <translation>Søg navn, e-mail eller telefon …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="69"/>
        <source>Type part of a name, an e-mail address or a phone number (Ctrl+F)</source>
        <translation>Skriv en del af et navn, en e-mailadresse eller et telefonnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="90"/>
        <source>Right-click to choose the columns</source>
        <translation>Højreklik for at vælge kolonner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="92"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="94"/>
        <source>Create a new contact (Ctrl+N)</source>
        <translation>Opret en ny kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="96"/>
        <location filename="../../desktop/views/screens/contacts.py" line="300"/>
        <source>Add to partnership…</source>
        <translation>Føj til partnerskab …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="98"/>
        <source>Add the selected contacts to a partnership in one role</source>
        <translation>Føj de valgte kontakter til et partnerskab i én rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="137"/>
        <location filename="../../desktop/views/screens/contacts.py" line="160"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="138"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="139"/>
        <source>Part of</source>
        <translation>Del af</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="140"/>
        <location filename="../../desktop/views/screens/contacts.py" line="185"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="141"/>
        <location filename="../../desktop/views/screens/contacts.py" line="162"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="142"/>
        <location filename="../../desktop/views/screens/contacts.py" line="163"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="151"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="153"/>
        <source>Create a new organisation (Ctrl+N)</source>
        <translation>Opret en ny organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="161"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="169"/>
        <source>Double-click a person to open the contact</source>
        <translation>Dobbeltklik på en person for at åbne kontakten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="197"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="198"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="201"/>
        <source>Delete contact</source>
        <translation>Slet kontakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/screens/contacts.py" line="300"/>
        <source>Add %n to partnership…</source>
        <translation>
            <numerusform>Føj %n til partnerskab …</numerusform>
            <numerusform>Føj %n til partnerskab …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="353"/>
        <source>Create contact {name}</source>
        <translation>Opret kontakt {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="366"/>
        <source>Edit contact {name}</source>
        <translation>Ret kontakt {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="380"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="421"/>
        <source>{name} was deleted.</source>
        <translation>{name} er slettet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/screens/contacts.py" line="451"/>
        <source>%n contact(s) added to the partnership.</source>
        <translation>
            <numerusform>%n kontakt er tilføjet partnerskabet.</numerusform>
            <numerusform>%n kontakter er tilføjet partnerskabet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/screens/contacts.py" line="453"/>
        <source>%n already had that role.</source>
        <translation>
            <numerusform>%n havde allerede rollen.</numerusform>
            <numerusform>%n havde allerede rollen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="471"/>
        <source>People in {name}</source>
        <translation>Personer i {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="511"/>
        <source>Create organisation {name}</source>
        <translation>Opret organisation {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screens/contacts.py" line="528"/>
        <source>Edit organisation {name}</source>
        <translation>Ret organisation {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/screens/contacts.py" line="241"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributionList</name>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="76"/>
        <source>The strategy has no sub-goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="88"/>
        <source>Tick the sub-goals this initiative serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="91"/>
        <source>How does the initiative serve this sub-goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="117"/>
        <source>Write how the initiative serves sub-goal {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <location filename="../../desktop/views/strategy/coverage_model.py" line="73"/>
        <source>“{initiative}” serves sub-goal {code}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/coverage_model.py" line="76"/>
        <source>“{initiative}” does not serve sub-goal {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/coverage_model.py" line="94"/>
        <source>Sub-goal {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/coverage_model.py" line="98"/>
        <source>No initiative serves this sub-goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/coverage_model.py" line="109"/>
        <source>This initiative serves no sub-goal and cannot be approved.</source>
        <translation type="unfinished"></translation>
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
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="208"/>
        <source>End membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="215"/>
        <source>When does {who} leave the partnership?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/dialogs.py" line="223"/>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop/views/strategy/fields.py" line="64"/>
        <source>No case information about individual citizens (§115) here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../desktop/views/contacts/fields.py" line="53"/>
        <source>Work details only: case information about individual citizens does not belong in Fodslag.</source>
        <translation>Kun arbejdsoplysninger: oplysninger om enkelte borgeres sager hører ikke hjemme i Fodslag.</translation>
    </message>
</context>
<context>
    <name>GoalTreePanel</name>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="49"/>
        <source>Goals and sub-goals</source>
        <extracomment>which service field each editor box stands for, per kind of node kind, id (None for a new node), parent id (goal for a new sub-goal), {service field: value} kind, id, name</extracomment>
        <translation type="unfinished">Mål og delmål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="49"/>
        <source>Initiatives</source>
        <translation type="unfinished">Initiativer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="54"/>
        <source>Add &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="55"/>
        <source>Add an overall goal with its success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="56"/>
        <source>Add s&amp;ub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="57"/>
        <source>Add a sub-goal (delmål) under the selected overall goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="58"/>
        <source>Add &amp;focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="59"/>
        <source>Add a focus area (indsatsområde, track) that groups initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="60"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="62"/>
        <source>Delete the selected goal, sub-goal or focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="76"/>
        <source>Short number or letter of the sub-goal, e.g. 1 or 2a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="91"/>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="262"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="93"/>
        <source>Save this part of the strategy (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/strategy/goal_tree.py" line="143"/>
        <source>%n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>%n initiativ</numerusform>
            <numerusform>%n initiativer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="143"/>
        <source>No initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="149"/>
        <source>A gap: no initiative serves this sub-goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="150"/>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="217"/>
        <source>Select an overall goal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="236"/>
        <source>Strategy and vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="236"/>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="239"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="236"/>
        <source>&amp;Vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="237"/>
        <source>Overall goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="237"/>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="238"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="237"/>
        <source>Success &amp;criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="238"/>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="238"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="239"/>
        <source>Focus area</source>
        <translation type="unfinished">Fokusområde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="243"/>
        <source>Select a part of the strategy to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="248"/>
        <source>New: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="251"/>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/goal_tree.py" line="262"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
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
    <name>InitiativeForm</name>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="157"/>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="165"/>
        <source>Initiative document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="169"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="169"/>
        <source>The initiative&apos;s short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="170"/>
        <source>&amp;Focus area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="171"/>
        <source>The focus area (track) the initiative belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="172"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="173"/>
        <source>What the initiative does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="174"/>
        <source>Target &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="175"/>
        <source>Who the initiative is for (målgruppe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="176"/>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="177"/>
        <source>Police, municipality, joint or another party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="178"/>
        <source>Responsible &amp;party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="179"/>
        <source>The organisation that carries the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="180"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="180"/>
        <source>The person who owns the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="181"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="182"/>
        <source>Built on documented effect, or developmental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="183"/>
        <source>&amp;Prevention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="184"/>
        <source>Proactive or reactive prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="185"/>
        <source>&amp;Intervention type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="186"/>
        <source>One of the hotspot model&apos;s six intervention types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="187"/>
        <source>Success &amp;criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="188"/>
        <source>How we will know the initiative works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="196"/>
        <source>First day of the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="197"/>
        <source>Last day of the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="198"/>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="201"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="201"/>
        <source>Where the initiative stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="203"/>
        <source>Sub-goals it serves, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="208"/>
        <source>Approval by the steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="214"/>
        <source>The steering-group meeting that approves the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="215"/>
        <source>&amp;Approve at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="218"/>
        <source>Record the steering group&apos;s approval. Only initiatives that serve a sub-goal can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="223"/>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="226"/>
        <source>&amp;Save initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="228"/>
        <source>Save the initiative document (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="265"/>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="270"/>
        <source>(none)</source>
        <translation type="unfinished">(ingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="278"/>
        <source>No steering-group meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="288"/>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="361"/>
        <source>New initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="310"/>
        <source>(not in this partnership: #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="316"/>
        <source>Save the initiative before the steering group approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="319"/>
        <source>Approved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy/initiative_form.py" line="323"/>
        <source>Not approved yet.</source>
        <translation type="unfinished"></translation>
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
    <name>MembersPanel</name>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="39"/>
        <source>Members today</source>
        <extracomment>the dialogs currently open (tests reach them here)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="40"/>
        <source>Steering group today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="41"/>
        <source>Who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="42"/>
        <source>Everyone, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="53"/>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="54"/>
        <source>Trade</source>
        <translation type="unfinished">Faggruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="55"/>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="56"/>
        <source>From</source>
        <translation type="unfinished">Fra</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="57"/>
        <source>To</source>
        <translation type="unfinished">Til</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="58"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="59"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="68"/>
        <source>&amp;Add from contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="70"/>
        <source>Search the contacts and add several people in one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="72"/>
        <source>&amp;End membership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="74"/>
        <source>Record the last day of the selected membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="78"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="97"/>
        <source>Trades missing compared with the idékatalog: {trades}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="102"/>
        <source>Every trade the idékatalog names is represented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partnerships/members.py" line="123"/>
        <source>%n membership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/partnerships/members.py" line="163"/>
        <source>%n person(s) already had this role and were left as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/members.py" line="197"/>
        <source>End {who}&apos;s membership</source>
        <translation type="unfinished"></translation>
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
    <name>OrganisationForm</name>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="54"/>
        <source>The organisation this one is part of, e.g. the housing association of an estate</source>
        <translation>Den organisation, denne er en del af, fx boligafdelingens boligorganisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="58"/>
        <source>e.g. 12 34 56 78</source>
        <translation>fx 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="62"/>
        <source>name@domain.dk</source>
        <translation>navn@domæne.dk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="68"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="69"/>
        <source>Part &amp;of:</source>
        <translation>&amp;Del af:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="70"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="71"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="73"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="75"/>
        <source>Save the organisation (Ctrl+S)</source>
        <translation>Gem organisationen (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="77"/>
        <source>Delete…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="79"/>
        <source>Delete the organisation; its people are kept</source>
        <translation>Slet organisationen; dens personer bevares</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="100"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="109"/>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="149"/>
        <source>The organisation needs a name.</source>
        <translation>Organisationen skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="161"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret felterne med rød tekst.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/contacts/organisation_form.py" line="168"/>
        <source>Nothing has changed.</source>
        <translation>Intet er ændret.</translation>
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
    <name>PartnershipForm</name>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="57"/>
        <source>e.g. Tryghedsnetværk Solbakken</source>
        <extracomment>the fields the form edits, in the order the user tabs through them the user changed something since the form was filled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="62"/>
        <source>The housing estates or the municipality it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="69"/>
        <source>Leave empty if not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="70"/>
        <source>Leave empty while the partnership runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="73"/>
        <source>The organisation the partnership is anchored in (forankring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="76"/>
        <source>Chosen among the partnership&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="79"/>
        <source>Filter organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="84"/>
        <source>Tick the organisations that are parties to the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="96"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="97"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="98"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="99"/>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="105"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="107"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="108"/>
        <source>Anc&amp;horing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="110"/>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="112"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="116"/>
        <source>Pa&amp;rties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="168"/>
        <location filename="../../desktop/views/partnerships/form.py" line="190"/>
        <source>(none)</source>
        <translation type="unfinished">(ingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="202"/>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="284"/>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="285"/>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="286"/>
        <source>Area</source>
        <translation type="unfinished">Område</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="287"/>
        <source>Phase</source>
        <translation type="unfinished">Fase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="288"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="289"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="290"/>
        <source>Anchoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="291"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="292"/>
        <source>Parties</source>
        <translation type="unfinished">Parter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/partnerships/form.py" line="293"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
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
    <name>PrivacyHint</name>
    <message>
        <location filename="../../desktop/views/privacy_hint.py" line="14"/>
        <source>No case information about individual citizens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/privacy_hint.py" line="20"/>
        <source>Write only about the network&apos;s own work. Case information about individual citizens (the §115 exchange between authorities) never goes into Fodslag.</source>
        <translation type="unfinished"></translation>
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
