"""The catalogue of coded error messages, in Danish and English, in one place for translators.

A rule raises ``ValidationError(messages.NAME_MISSING, "name", thing=...)``; the sentence is
written at display time in the UI language (``FodslagError.text``). A test checks that every
message has both languages with the same placeholders.
"""

from __future__ import annotations

from desktop.models.errors import Message

PERIOD_ENDS_BEFORE_START = Message(
    "period.ends_before_start",
    "Slutdatoen ({end}) ligger før startdatoen ({start}).",
    "The end date ({end}) is before the start date ({start}).",
)
PARTNERSHIP_NAME_MISSING = Message(
    "partnership.name_missing", "Partnerskabet skal have et navn.", "The partnership needs a name."
)
STRATEGY_NAME_MISSING = Message(
    "strategy.name_missing", "Strategien skal have et navn.", "The strategy needs a name."
)
INDICATOR_NAME_MISSING = Message(
    "indicator.name_missing", "Indikatoren skal have et navn.", "The indicator needs a name."
)
RESPONDENTS_NEGATIVE = Message(
    "measurement.respondents_negative",
    "Antal besvarelser kan ikke være negativt.",
    "The number of respondents cannot be negative.",
)
WEIGHT_OUT_OF_RANGE = Message(
    "safety_index.weight_out_of_range",
    "Vægten for oplevet tryghed skal ligge mellem 0 og 1 (fx 0,667 for 2/3).",
    "The weight of experienced safety must be between 0 and 1 (e.g. 0.667 for 2/3).",
)
INITIATIVE_TITLE_MISSING = Message(
    "initiative.title_missing", "Initiativet skal have en titel.", "The initiative needs a title."
)
INITIATIVE_WITHOUT_SUB_GOAL = Message(
    "initiative.without_sub_goal",
    "Initiativet kan ikke godkendes, før det er knyttet til mindst ét delmål "
    "med en beskrivelse af, hvordan det bidrager.",
    "The initiative cannot be approved until it is linked to at least one sub-goal "
    "with a description of how it contributes.",
)
MEETING_ENDS_BEFORE_START = Message(
    "meeting.ends_before_start",
    "Mødet kan ikke slutte, før det begynder.",
    "The meeting cannot end before it begins.",
)
MEETING_STARTS_AFTER_END = Message(
    "meeting.starts_after_end",
    "Mødet kan ikke begynde, efter det slutter. Ret sluttidspunktet først.",
    "The meeting cannot begin after it ends. Correct the end time first.",
)
MEETING_TITLE_MISSING = Message(
    "meeting.title_missing", "Mødet skal have en titel.", "The meeting needs a title."
)
ORGANISATION_NAME_MISSING = Message(
    "organisation.name_missing", "Organisationen skal have et navn.", "The organisation needs a name."
)
CONTACT_NAME_MISSING = Message(
    "contact.name_missing", "Kontakten skal have et navn.", "The contact needs a name."
)
PHONE_INVALID = Message("contact.phone_invalid", "»{raw}« {problem}.", "“{raw}” {problem}.")
# what is wrong with a phone number; the field's message and the import's both use these
# (they follow the quoted number, without a full stop)
PHONE_UNREADABLE = Message(
    "contact.phone_unreadable",
    "er ikke et gyldigt telefonnummer. Skriv et dansk nummer med 8 cifre "
    "eller et udenlandsk nummer med landekode (fx +46 ...)",
    "is not a valid phone number. Enter a Danish number with 8 digits "
    "or a foreign number with its country code (e.g. +46 ...)",
)
PHONE_DIGIT_COUNT = Message(
    "contact.phone_digit_count",
    "er ikke et gyldigt telefonnummer: det har {count} cifre, men et dansk nummer har 8 "
    "(eller er et kort nummer som 114). Tjek nummeret, eller skriv et udenlandsk nummer "
    "med landekode (fx +46 ...)",
    "is not a valid phone number: it has {count} digits, but a Danish number has 8 "
    "(or is a short number such as 114). Check the number, or enter a foreign number "
    "with its country code (e.g. +46 ...)",
)
PHONE_FIRST_DIGIT = Message(
    "contact.phone_first_digit",
    "er ikke et gyldigt telefonnummer: danske numre begynder ikke med {digit}. Tjek nummeret, "
    "eller skriv et udenlandsk nummer med landekode (fx +46 ...)",
    "is not a valid phone number: Danish numbers do not begin with {digit}. Check the number, "
    "or enter a foreign number with its country code (e.g. +46 ...)",
)
EMAIL_INVALID = Message(
    "contact.email_invalid",
    "»{raw}« er ikke en gyldig e-mailadresse. Den skal have formen navn@domæne.dk.",
    "“{raw}” is not a valid email address. It must have the form name@domain.dk.",
)
AGREEMENT_SIGNED = Message(
    "agreement.signed",
    "Version {number} er underskrevet og kan ikke ændres. Opret en ny version for at rette i aftalen.",
    "Version {number} is signed and cannot be changed. Create a new version to change the agreement.",
)
AGREEMENT_WITHOUT_SECTIONS = Message(
    "agreement.without_sections",
    "En aftale uden afsnit kan ikke godkendes.",
    "An agreement without sections cannot be approved.",
)
AGREEMENT_NOT_APPROVED = Message(
    "agreement.not_approved",
    "Aftalen skal godkendes, før den kan markeres som underskrevet.",
    "The agreement must be approved before it can be marked as signed.",
)
EDIT_CONFLICT = Message(
    "edit.conflict",
    "En anden har gemt ændringer i det samme, efter du åbnede det. "
    "Sammenlign de to udgaver og vælg, hvad der skal gemmes.",
    "Someone else saved changes to the same thing after you opened it. "
    "Compare the two versions and choose what to save.",
)

GOAL_TITLE_MISSING = Message("goal.title_missing", "Målet skal have en titel.", "The goal needs a title.")
SUB_GOAL_TITLE_MISSING = Message(
    "sub_goal.title_missing", "Delmålet skal have en titel.", "The sub-goal needs a title."
)
FOCUS_AREA_NAME_MISSING = Message(
    "focus_area.name_missing", "Fokusområdet skal have et navn.", "The focus area needs a name."
)
NEWSLETTER_SUBJECT_MISSING = Message(
    "newsletter.subject_missing",
    "Nyhedsmailen skal have en emnelinje.",
    "The newsletter needs a subject line.",
)
MEASUREMENT_PERIOD_MISSING = Message(
    "measurement.period_missing", "Målingen skal have en periode.", "The measurement needs a period."
)
MINUTES_TAKER_ABSENT = Message(
    "meeting.minutes_taker_absent",
    "Referenten skal være en af dem, der deltog i mødet (ikke en med afbud). Vælg en fra listen.",
    "The minutes taker must be one of those who attended the meeting (not one who sent apologies). "
    "Choose one from the list.",
)
PARTNERSHIP_UNKNOWN = Message(
    "partnership.unknown",
    "Der findes intet partnerskab med navnet »{name}«.",
    "There is no partnership named “{name}”.",
)
PARTNERSHIP_NAME_TAKEN = Message(
    "partnership.name_taken",
    "Der findes allerede et partnerskab med navnet »{name}«.",
    "There is already a partnership named “{name}”.",
)
HISTORY_FORMAT = Message(
    "history.format",
    "Historikken kan gemmes som CSV eller Excel (xlsx).",
    "The history can be saved as CSV or Excel (xlsx).",
)
CONNECTION_NAME_MISSING = Message(
    "connection.name_missing", "Forbindelsen skal have et navn.", "The connection needs a name."
)
CONNECTION_HOST_MISSING = Message(
    "connection.host_missing",
    "Skriv serverens navn eller adresse (eller et servicenavn).",
    "Enter the server's name or address (or a service name).",
)
CONNECTION_SSLMODE_UNKNOWN = Message(
    "connection.sslmode_unknown", "Ukendt SSL-tilstand »{mode}«.", "Unknown SSL mode “{mode}”."
)
CONNECTION_CA_FILE_MISSING = Message(
    "connection.ca_file_missing",
    "CA-certifikatfilen findes ikke: {path}. Vælg den fil, IT har givet dig.",
    "The CA certificate file does not exist: {path}. Choose the file IT gave you.",
)
CONNECTION_PORT_INVALID = Message(
    "connection.port_invalid",
    "Porten skal være et tal mellem 1 og 65535.",
    "The port must be a number from 1 to 65535.",
)
OBJECT_DELETED = Message(
    "object.deleted",
    "Det ser ud til, at {thing} er slettet i mellemtiden. Genindlæs listen.",
    "It looks as if {thing} has been deleted in the meantime. Reload the list.",
)
#: what ``OBJECT_DELETED`` says was deleted, by entity class
THINGS = {
    "Person": Message("thing.person", "kontakten", "the contact"),
    "Organisation": Message("thing.organisation", "organisationen", "the organisation"),
    "Partnership": Message("thing.partnership", "partnerskabet", "the partnership"),
    "Membership": Message("thing.membership", "medlemskabet", "the membership"),
    "Meeting": Message("thing.meeting", "mødet", "the meeting"),
    "ActionItem": Message("thing.action_item", "aktionspunktet", "the action item"),
    "Initiative": Message("thing.initiative", "initiativet", "the initiative"),
    "Indicator": Message("thing.indicator", "indikatoren", "the indicator"),
    "Strategy": Message("thing.strategy", "strategien", "the strategy"),
    "Agreement": Message("thing.agreement", "aftalen", "the agreement"),
    "ActionCard": Message("thing.action_card", "actioncardet", "the action card"),
    "Newsletter": Message("thing.newsletter", "nyhedsmailen", "the newsletter"),
}
THING = Message("thing.object", "objektet", "the object")


# -- the environment: the database file, the server, backups (services) ---------------------
DATABASE_URL_UNREADABLE = Message(
    "storage.url_unreadable",
    "Databaseadressen kan ikke læses. Skriv den som postgresql://bruger@vært:5432/database.",
    "The database address cannot be read. Write it as postgresql://user@host:5432/database.",
)
DATABASE_FOLDER_UNCREATABLE = Message(
    "storage.folder_uncreatable",
    "Mappen til databasen kan ikke oprettes ({folder}): {reason}.",
    "The folder for the database cannot be created ({folder}): {reason}.",
)
DATABASE_BACKEND_UNKNOWN = Message(
    "storage.backend_unknown",
    "Fodslag kan bruge en SQLite-fil eller en PostgreSQL-server, ikke »{backend}«.",
    "Fodslag can use an SQLite file or a PostgreSQL server, not “{backend}”.",
)
DATABASE_RULE_BROKEN = Message(
    "storage.rule_broken",
    "Ændringen strider mod en regel i databasen (fx et navn, der allerede findes). "
    "Ret oplysningerne og prøv igen.",
    "The change breaks a rule of the database (a name that already exists, say). "
    "Correct the details and try again.",
)
DATABASE_NOT_PERMITTED = Message(
    "storage.not_permitted",
    "Din brugerkonto på serveren har ikke ret til denne ændring. Bed en administrator "
    "om en rolle med skriveadgang, hvis du skal kunne gøre det.",
    "Your user account on the server may not make this change. Ask an administrator "
    "for a role with write access if you need to do it.",
)
DATABASE_BUSY = Message(
    "storage.busy",
    "Databasen er optaget af et andet program eller en anden Fodslag. Vent et øjeblik og prøv igen.",
    "The database is busy in another program or another Fodslag. Wait a moment and try again.",
)
DISK_FULL = Message(
    "storage.disk_full",
    "Der er ikke plads nok på disken til at gemme. Frigør plads og prøv igen; "
    "intet af det allerede gemte er gået tabt.",
    "There is not enough room on the disk to save. Free some space and try again; "
    "nothing already saved has been lost.",
)
DATABASE_READ_ONLY = Message(
    "storage.read_only",
    "Databasefilen er skrivebeskyttet. Tjek filens rettigheder.",
    "The database file is read-only. Check the file's permissions.",
)
DATABASE_UNOPENABLE = Message(
    "storage.unopenable",
    "Databasefilen kan ikke åbnes ({path}). Tjek at filen findes og er en Fodslag-database.",
    "The database file cannot be opened ({path}). Check that the file exists and is a Fodslag database.",
)
DATABASE_FAILED = Message(
    "storage.failed", "Databasen svarer med en fejl: {detail}", "The database answers with an error: {detail}"
)
SERVER_LOGIN_REFUSED = Message(
    "server.login_refused",
    "Serveren afviste brugernavn eller adgangskode.",
    "The server refused the user name or password.",
)
SERVER_PASSWORD_MISSING = Message(
    "server.password_missing",
    "Serveren kræver en adgangskode, og der er ingen gemt i systemets nøglering. Forbind "
    "via »Forbind til server« og skriv den der (på kommandolinjen: --prompt).",
    "The server requires a password, and there is none saved in the system keyring. Connect "
    "through “Connect to server” and enter it there (on the command line: --prompt).",
)
SERVER_NOT_ANSWERING = Message(
    "server.not_answering",
    "Databaseserveren svarer ikke. Tjek netværksforbindelsen; Fodslag prøver igen.",
    "The database server does not answer. Check the network connection; Fodslag keeps trying.",
)
SERVER_UNREACHABLE = Message(
    "server.unreachable",
    "Der er ikke forbindelse til databaseserveren ({host}). "
    "Tjek netværket eller kontakt IT. Det, du har skrevet, er ikke gået tabt.",
    "There is no connection to the database server ({host}). "
    "Check the network or contact IT. What you have written has not been lost.",
)
LOCAL = Message("word.local", "lokal", "local")
THE_SERVER = Message("word.the_server", "serveren", "the server")
TEXT_TOO_LONG = Message(
    "storage.text_too_long",
    "En tekst er for lang til databasen. Gør den kortere og prøv igen.",
    "A text is too long for the database. Make it shorter and try again.",
)
TEXT_TOO_LONG_AT_MOST = Message(
    "storage.text_too_long_at_most",
    "En tekst er for lang til databasen (højst {limit} tegn). Gør den kortere og prøv igen.",
    "A text is too long for the database (at most {limit} characters). Make it shorter and try again.",
)
VALUE_UNSTORABLE = Message(
    "storage.value_unstorable",
    "Databasen kan ikke gemme en af værdierne (fx et tal, der er for stort, eller en ugyldig "
    "dato). Ret oplysningerne og prøv igen.",
    "The database cannot store one of the values (a number that is too large or an invalid "
    "date, say). Correct the details and try again.",
)
SAVE_COLLISION = Message(
    "save.collision",
    "En anden gemte i det samme på samme tid, så din ændring er ikke gemt. "
    "Det, du har skrevet, er ikke gået tabt; prøv at gemme igen.",
    "Someone else saved the same thing at the same moment, so your change is not saved. "
    "What you have written has not been lost; try saving again.",
)
SAVE_CHANGED_MEANWHILE = Message(
    "save.changed_meanwhile",
    "En anden har ændret eller slettet det samme i mellemtiden. Genindlæs og prøv igen.",
    "Someone else has changed or deleted the same thing in the meantime. Reload and try again.",
)
SAVE_NOT_SAVED = Message(
    "save.not_saved",
    "Forbindelsen til serveren blev afbrudt, mens der blev gemt, og serveren bekræfter, at "
    "ændringen ikke er gemt. Det, du har skrevet, er ikke gået tabt; gem igen, når "
    "forbindelsen er tilbage.",
    "The connection to the server broke while saving, and the server confirms that the "
    "change is not saved. What you have written has not been lost; save again when the "
    "connection is back.",
)
SAVE_OUTCOME_UNKNOWN = Message(
    "save.outcome_unknown",
    "Forbindelsen til serveren blev afbrudt, mens der blev gemt, og det kan ikke ses, om "
    "ændringen nåede frem. Genindlæs, når forbindelsen er tilbage, og se efter, før du gemmer "
    "igen. Det, du har skrevet, er ikke gået tabt.",
    "The connection to the server broke while saving, and it cannot be seen whether the "
    "change arrived. Reload when the connection is back and look before you save "
    "again. What you have written has not been lost.",
)
LOCATION_SYNC_FOLDER = Message(
    "location.sync_folder",
    "Databasen ligger i en synkroniseret mappe ({folder}). OneDrive, Dropbox og "
    "Google Drive kan ødelægge en database, mens den er i brug. Flyt den til en lokal "
    "mappe, fx standardmappen, og brug en delt PostgreSQL-server, hvis I er flere.",
    "The database is in a synchronised folder ({folder}). OneDrive, Dropbox and "
    "Google Drive can damage a database while it is in use. Move it to a local "
    "folder, such as the default one, and use a shared PostgreSQL server if there are several of you.",
)
LOCATION_NETWORK_DRIVE = Message(
    "location.network_drive",
    "Databasen ligger på et netværksdrev ({path}). En lokal database skal ligge på "
    "computerens egen disk. Flyt filen til en lokal mappe, eller brug en delt "
    "PostgreSQL-server, hvis flere skal arbejde i de samme data.",
    "The database is on a network drive ({path}). A local database must be on the "
    "computer's own disk. Move the file to a local folder, or use a shared "
    "PostgreSQL server if several people are to work in the same data.",
)
SCHEMA_SEVERAL_VERSIONS = Message(
    "schema.several_versions",
    "Databasen har flere skemaversioner på én gang ({versions}).",
    "The database has several schema versions at once ({versions}).",
)
SCHEMA_TOO_NEW = Message(
    "schema.too_new",
    "Databasen er lavet af en nyere version af Fodslag (skema {current}); denne "
    "version kender kun skema {head}. Installér den nyeste version af Fodslag. Databasen er ikke ændret.",
    "The database was made by a newer version of Fodslag (schema {current}); this "
    "version knows only schema {head}. Install the newest version of Fodslag. The database is unchanged.",
)
SCHEMA_TOO_NEW_NEEDS = Message(
    "schema.too_new_needs",
    "Databasen er lavet af en nyere version af Fodslag (skema {current}); denne "
    "version kender kun skema {head}. Installér Fodslag {version} eller nyere. Databasen er ikke ændret.",
    "The database was made by a newer version of Fodslag (schema {current}); this "
    "version knows only schema {head}. Install Fodslag {version} or newer. The database is unchanged.",
)
SCHEMA_FOREIGN = Message(
    "schema.foreign",
    "{database} indeholder tabeller, men er ikke en Fodslag-database. "
    "Vælg en anden fil eller en tom database.",
    "{database} holds tables but is not a Fodslag database. Choose another file or an empty database.",
)
SCHEMA_OLDER = Message(
    "schema.older",
    "Databasen har et ældre skema ({current}) og skal opgraderes af en "
    "bruger med ret til det, før denne version af Fodslag kan bruge den.",
    "The database has an older schema ({current}) and must be upgraded by a "
    "user with the right to do so before this version of Fodslag can use it.",
)
SCHEMA_UPGRADE_BROKEN_LINKS = Message(
    "schema.upgrade_broken_links",
    "Opgraderingen ville efterlade {count} ugyldige henvisninger og er rullet tilbage. Databasen er uændret.",
    "The upgrade would leave {count} invalid references and has been rolled back. The database is unchanged.",
)
BACKUP_DAMAGED = Message(
    "backup.damaged",
    "Sikkerhedskopien {name} er beskadiget: {problem}",
    "The backup {name} is damaged: {problem}",
)
BACKUP_SOURCE_FAILS_CHECK = Message(
    "backup.source_fails_check",
    "Databasen fejler sin kontrol og tages ikke som sikkerhedskopi: {problem}",
    "The database fails its check and is not backed up: {problem}",
)
BACKUP_MISMATCH = Message(
    "backup.mismatch",
    "Sikkerhedskopien stemmer ikke med databasen; den er kasseret.",
    "The backup does not match the database; it has been discarded.",
)
BACKUP_NOT_TAKEN = Message(
    "backup.not_taken",
    "Sikkerhedskopien kunne ikke tages: {reason}",
    "The backup could not be taken: {reason}",
)
BACKUP_NOT_WRITTEN = Message(
    "backup.not_written",
    "Sikkerhedskopien kunne ikke skrives: {reason}",
    "The backup could not be written: {reason}",
)
FILE_UNREADABLE = Message(
    "file.unreadable", "Filen {name} kan ikke læses: {reason}.", "The file {name} cannot be read: {reason}."
)
BACKUP_EMPTY = Message(
    "backup.empty",
    "{name} er tom og kan ikke gendannes. Vælg en Fodslag-sikkerhedskopi.",
    "{name} is empty and cannot be restored. Choose a Fodslag backup.",
)
BACKUP_NOT_SQLITE = Message(
    "backup.not_sqlite",
    "{name} er ikke en SQLite-database og kan ikke gendannes. Vælg en Fodslag-sikkerhedskopi.",
    "{name} is not an SQLite database and cannot be restored. Choose a Fodslag backup.",
)
BACKUP_NOT_FODSLAG = Message(
    "backup.not_fodslag",
    "{name} er en SQLite-database, men ikke fra Fodslag; den gendannes ikke.",
    "{name} is an SQLite database, but not from Fodslag; it is not restored.",
)
BACKUP_UNREADABLE = Message(
    "backup.unreadable",
    "Sikkerhedskopien {name} kan ikke læses: {reason}",
    "The backup {name} cannot be read: {reason}",
)
BACKUP_TOO_NEW = Message(
    "backup.too_new",
    "{name} er lavet af en nyere Fodslag (skema {revision}). Opdatér programmet først, og gendan derefter.",
    "{name} was made by a newer Fodslag (schema {revision}). Update the program first, then restore.",
)
RESTORE_DATABASE_OPEN = Message(
    "restore.database_open",
    "Databasen er åben i et andet program (fx Fodslag). Luk det, og prøv igen; intet er ændret.",
    "The database is open in another program (Fodslag, say). Close it and try again; nothing has changed.",
)
RESTORE_REFUSED = Message(
    "restore.refused",
    "Databasen kan ikke gendannes: {reason}. Intet er ændret.",
    "The database cannot be restored: {reason}. Nothing has changed.",
)
RESTORE_COPY_MISMATCH = Message(
    "restore.copy_mismatch",
    "Kopien af sikkerhedskopien stemmer ikke; intet er ændret.",
    "The copy of the backup does not match; nothing has changed.",
)
RESTORE_FAILED = Message(
    "restore.failed",
    "Gendannelsen mislykkedes: {reason}. Intet er ændret.",
    "The restore failed: {reason}. Nothing has changed.",
)
FILE_NOT_SAVED = Message(
    "file.not_saved",
    "Filen kunne ikke gemmes ({path}): {reason}.",
    "The file could not be saved ({path}): {reason}.",
)
KEYRING_NOT_SAVED = Message(
    "keyring.not_saved",
    "Adgangskoden kunne ikke gemmes i systemets nøglering. Du bliver spurgt næste gang.",
    "The password could not be saved in the system keyring. You will be asked next time.",
)
PARTNERSHIP_NOT_FOUND = Message(
    "partnership.not_found", "Partnerskabet »{name}« findes ikke.", "The partnership “{name}” does not exist."
)

# -- certificates (TLS) ------------------------------------------------------------------
TLS_UNKNOWN_CA = Message(
    "tls.unknown_ca",
    "Serverens certifikat ({host}) er ikke udstedt af en certifikatudsteder (CA), som "
    "Fodslag kender. Vælg kommunens CA-certifikatfil under »CA-certifikat« (få den fra "
    "IT). Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The server's certificate ({host}) is not issued by a certificate authority (CA) that "
    "Fodslag knows. Choose the municipality's CA certificate file under “CA certificate” (get it from "
    "IT). The connection has not been made, and the password has not been sent.",
)
TLS_HOST_MISMATCH = Message(
    "tls.host_mismatch",
    "Serverens certifikat er udstedt til et andet navn, "
    "ikke til »{host}«. Skriv servernavnet præcis som i certifikatet (spørg IT). "
    "Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The server's certificate is issued to another name, "
    "not to “{host}”. Write the server name exactly as in the certificate (ask IT). "
    "The connection has not been made, and the password has not been sent.",
)
TLS_HOST_MISMATCH_NAMED = Message(
    "tls.host_mismatch_named",
    "Serverens certifikat er udstedt til »{names}«, "
    "ikke til »{host}«. Skriv servernavnet præcis som i certifikatet (spørg IT). "
    "Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The server's certificate is issued to “{names}”, "
    "not to “{host}”. Write the server name exactly as in the certificate (ask IT). "
    "The connection has not been made, and the password has not been sent.",
)
TLS_EXPIRED = Message(
    "tls.expired",
    "Serverens certifikat ({host}) er udløbet (eller computerens dato er forkert). IT skal "
    "forny certifikatet på serveren. Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The server's certificate ({host}) has expired (or the computer's date is wrong). IT must "
    "renew the certificate on the server. "
    "The connection has not been made, and the password has not been sent.",
)
TLS_NOT_YET_VALID = Message(
    "tls.not_yet_valid",
    "Serverens certifikat ({host}) er ikke gyldigt endnu. Tjek at computerens dato og "
    "klokkeslæt er rigtige. Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The server's certificate ({host}) is not valid yet. Check that the computer's date and "
    "time are right. The connection has not been made, and the password has not been sent.",
)
TLS_MISSING = Message(
    "tls.missing",
    "Serveren {host} tilbyder ikke krypteret forbindelse (TLS), og Fodslag sender ikke "
    "adgangskode og kontaktdata ukrypteret over netværket. Bed IT slå TLS til på serveren.",
    "The server {host} offers no encrypted connection (TLS), and Fodslag does not send "
    "passwords and contact details unencrypted over the network. Ask IT to turn TLS on at the server.",
)
TLS_CA_FILE_MISSING = Message(
    "tls.ca_file_missing",
    "CA-certifikatfilen findes ikke: {path}. Vælg den fil, IT har givet dig. "
    "Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The CA certificate file does not exist: {path}. Choose the file IT gave you. "
    "The connection has not been made, and the password has not been sent.",
)
TLS_FAILED = Message(
    "tls.failed",
    "Den krypterede forbindelse til {host} kunne ikke oprettes ({detail}). "
    "Forbindelsen er ikke oprettet, og adgangskoden er ikke sendt.",
    "The encrypted connection to {host} could not be made ({detail}). "
    "The connection has not been made, and the password has not been sent.",
)

# -- copying a database, users on a server ---------------------------------------------
COPY_SAME_DATABASE = Message(
    "copy.same_database", "Kilde og mål er den samme database.", "Source and target are the same database."
)
COPY_SOURCE_SCHEMA = Message(
    "copy.source_schema",
    "Kilden ({source}) har ikke det skema, denne version af Fodslag bruger "
    "({current} i stedet for {head}). Opgradér den først.",
    "The source ({source}) does not have the schema this version of Fodslag uses "
    "({current} instead of {head}). Upgrade it first.",
)
EMPTY_SCHEMA = Message("word.empty_schema", "tomt", "empty")
COPY_TARGET_NOT_EMPTY = Message(
    "copy.target_not_empty",
    "Måldatabasen ({target}) indeholder allerede data. Vælg en "
    "tom database, eller brug --replace for at erstatte indholdet.",
    "The target database ({target}) already holds data. Choose an "
    "empty database, or use --replace to replace its contents.",
)
COPY_TABLE_MISMATCH = Message(
    "copy.table_mismatch",
    "Kopien af tabellen {table} stemmer ikke med kilden "
    "({actual} mod {expected} rækker). Intet er gemt i målet.",
    "The copy of the table {table} does not match the source "
    "({actual} against {expected} rows). Nothing has been saved in the target.",
)
COPY_TEXTS_TOO_LONG = Message(
    "copy.texts_too_long",
    "Kilden har tekster, der er for lange til serveren: {found}. "
    "Gør dem kortere i Fodslag og kopiér igen. Intet er gemt i målet.",
    "The source has texts that are too long for the server: {found}. "
    "Make them shorter in Fodslag and copy again. Nothing has been saved in the target.",
)
USERS_ONLY_ON_SERVER = Message(
    "users.only_on_server",
    "Brugere oprettes kun på en fælles PostgreSQL-server.",
    "Users are created only on a shared PostgreSQL server.",
)
USER_ROLE_UNKNOWN = Message(
    "users.role_unknown", "Rollen skal være en af: {roles}.", "The role must be one of: {roles}."
)
USER_NAME_INVALID = Message(
    "users.name_invalid",
    "Brugernavnet må kun indeholde små bogstaver a-z, tal og _, og skal begynde med et bogstav.",
    "The user name may contain only small letters a-z, digits and _, and must begin with a letter.",
)
USER_EXISTS = Message(
    "users.exists",
    "Brugeren »{name}« findes allerede på serveren.",
    "The user “{name}” already exists on the server.",
)
SERVER_INIT_LOCAL = Message(
    "server.init_local",
    "»server init« gælder en PostgreSQL-server, ikke en lokal fil.",
    "“server init” is for a PostgreSQL server, not a local file.",
)
SERVER_INIT_NOT_OWNER = Message(
    "server.init_not_owner",
    "Serveren skal sættes op af databasens ejer; {user} er {role}.",
    "The server must be set up by the database's owner; {user} is {role}.",
)
CONNECT_LOGIN_REFUSED = Message(
    "connect.login_refused",
    "Serveren afviste brugernavn eller adgangskode. Tjek begge og prøv igen.",
    "The server refused the user name or password. Check both and try again.",
)
CONNECT_NO_DATABASE = Message(
    "connect.no_database",
    "Databasen findes ikke på serveren. Tjek databasens navn.",
    "The database does not exist on the server. Check the database's name.",
)
CONNECT_NO_USER = Message(
    "connect.no_user",
    "Brugeren findes ikke på serveren. Tjek brugernavnet.",
    "The user does not exist on the server. Check the user name.",
)
CONNECT_NO_SERVICE = Message(
    "connect.no_service",
    "Servicenavnet findes ikke i pg_service.conf. Tjek navnet eller udfyld server og port.",
    "The service name is not in pg_service.conf. Check the name or fill in server and port.",
)
CONNECT_NO_ACCESS = Message(
    "connect.no_access",
    "Din bruger har ikke adgang til denne database. Bed en administrator om en Fodslag-rolle.",
    "Your user has no access to this database. Ask an administrator for a Fodslag role.",
)
CONNECT_UNREACHABLE = Message(
    "connect.unreachable",
    "Serveren kan ikke nås. Tjek servernavn og port, at du er på netværket (evt. VPN), og at serveren kører.",
    "The server cannot be reached. Check the server name and port, that you are on the network "
    "(VPN, perhaps), and that the server is running.",
)
CONNECT_FOREIGN = Message(
    "connect.foreign",
    "Databasen indeholder tabeller, men er ikke en Fodslag-database.",
    "The database holds tables but is not a Fodslag database.",
)
CONNECT_NO_ROLE = Message(
    "connect.no_role",
    "Forbindelsen virker, men din bruger har ingen Fodslag-rolle. Bed en administrator "
    "om at tildele en (læser, redaktør eller administrator).",
    "The connection works, but your user has no Fodslag role. Ask an administrator "
    "to grant one (reader, editor or administrator).",
)
CONNECT_WORKS = Message(
    "connect.works",
    "Forbindelsen virker. Du er logget ind som {user} ({role}).",
    "The connection works. You are logged in as {user} ({role}).",
)
CONNECT_EMPTY = Message(
    "connect.empty",
    "Databasen er tom; ejeren skal køre »fodslag server init«.",
    "The database is empty; the owner must run “fodslag server init”.",
)
CONNECT_BEHIND = Message(
    "connect.behind",
    "Databasen har et ældre skema; ejeren opgraderer den ved næste start.",
    "The database has an older schema; the owner upgrades it at the next start.",
)

# -- importing a file (contacts, a workbook) ---------------------------------------------
IMPORT_FILE_REFUSED = Message(
    "import.file_refused",
    "Filen kan ikke indlæses: {reason} Intet er gemt.",
    "The file cannot be imported: {reason} Nothing has been saved.",
)
#: why a file cannot be imported (the reason inside ``IMPORT_FILE_REFUSED``)
IMPORT_UNOPENABLE = Message(
    "import.unopenable", "den kan ikke åbnes ({reason}).", "it cannot be opened ({reason})."
)
IMPORT_EMPTY = Message("import.empty", "den er tom.", "it is empty.")
IMPORT_TOO_BIG = Message("import.too_big", "den er for stor.", "it is too big.")
IMPORT_TOO_BIG_MB = Message(
    "import.too_big_mb",
    "den er for stor ({size} MB; højst {most} MB).",
    "it is too big ({size} MB; at most {most} MB).",
)
IMPORT_OLD_EXCEL = Message(
    "import.old_excel",
    "det er det gamle Excel-format (.xls) eller et regneark med adgangskode. Åbn den i "
    "Excel og gem som .xlsx (uden adgangskode) eller CSV.",
    "it is the old Excel format (.xls) or a spreadsheet with a password. Open it in "
    "Excel and save it as .xlsx (without a password) or CSV.",
)
IMPORT_UNKNOWN_KIND = Message(
    "import.unknown_kind",
    "det er hverken et regneark (.xlsx), en CSV-fil eller et vCard.",
    "it is neither a spreadsheet (.xlsx), a CSV file nor a vCard.",
)
IMPORT_BAD_UTF16 = Message(
    "import.bad_utf16", "teksten er ikke gyldig UTF-16.", "the text is not valid UTF-16."
)
IMPORT_UNREADABLE_CHARACTERS = Message(
    "import.unreadable_characters",
    "tegnene kan ikke læses (hverken UTF-8 eller Windows-tegnsæt). Gem filen som "
    "»CSV UTF-8« i Excel og prøv igen.",
    "the characters cannot be read (neither UTF-8 nor the Windows character set). Save the file as "
    "“CSV UTF-8” in Excel and try again.",
)
IMPORT_BINARY = Message(
    "import.binary",
    "den indeholder binære data og er ikke en tekstfil.",
    "it holds binary data and is not a text file.",
)
IMPORT_TOO_MANY_ROWS = Message(
    "import.too_many_rows", "den har mere end {most} rækker.", "it has more than {most} rows."
)
IMPORT_SHEET_TOO_MANY_ROWS = Message(
    "import.sheet_too_many_rows", "arket har mere end {most} rækker.", "the sheet has more than {most} rows."
)
IMPORT_CSV_CELL_TOO_LONG = Message(
    "import.csv_cell_too_long",
    "en celle i række {row} er længere end {most} tegn.",
    "a cell in row {row} is longer than {most} characters.",
)
IMPORT_CELL_TOO_LONG = Message(
    "import.cell_too_long", "en celle er længere end {most} tegn.", "a cell is longer than {most} characters."
)
IMPORT_CARD_FIELD_TOO_LONG = Message(
    "import.card_field_too_long",
    "et felt i kort nr. {card} er længere end {most} tegn.",
    "a field in card no. {card} is longer than {most} characters.",
)
IMPORT_BAD_CSV = Message(
    "import.bad_csv",
    "den er ikke en gyldig CSV-fil (række {row}).",
    "it is not a valid CSV file (row {row}).",
)
IMPORT_ZIP_NOT_XLSX = Message(
    "import.zip_not_xlsx",
    "det er en zip-fil, men ikke et Excel-regneark (.xlsx).",
    "it is a zip file, but not an Excel spreadsheet (.xlsx).",
)
IMPORT_ZIP_BOMB = Message(
    "import.zip_bomb",
    "den pakker sig ud til et urimeligt stort indhold (en såkaldt zip-bombe).",
    "it unpacks to an unreasonably large content (a so-called zip bomb).",
)
IMPORT_INCOMPLETE = Message(
    "import.incomplete",
    "den er ufuldstændig eller beskadiget (fx afbrudt under download).",
    "it is incomplete or damaged (cut off while downloading, say).",
)
IMPORT_INCOMPLETE_BECAUSE = Message(
    "import.incomplete_because",
    "den er ufuldstændig eller beskadiget ({reason}).",
    "it is incomplete or damaged ({reason}).",
)
IMPORT_NO_SHEETS = Message("import.no_sheets", "regnearket har ingen ark.", "the spreadsheet has no sheets.")
IMPORT_NO_HEADER_XLSX = Message(
    "import.no_header_xlsx",
    "der er ingen overskriftsrække med kolonner som Navn, E-mail eller Telefon i de "
    "første {rows} rækker (celler med formler uden en gemt værdi tæller ikke).",
    "there is no header row with columns such as Name, Email or Phone in the "
    "first {rows} rows (cells with formulas without a saved value do not count).",
)
IMPORT_NO_HEADER = Message(
    "import.no_header",
    "der er ingen overskriftsrække med kolonner som Navn, E-mail eller Telefon i de første {rows} rækker.",
    "there is no header row with columns such as Name, Email or Phone in the first {rows} rows.",
)
IMPORT_TOO_MANY_CARDS = Message("import.too_many_cards", "den har for mange kort.", "it has too many cards.")
IMPORT_NO_VCARDS = Message(
    "import.no_vcards",
    "den indeholder ingen vCard-kontakter (BEGIN:VCARD ... END:VCARD).",
    "it holds no vCard contacts (BEGIN:VCARD ... END:VCARD).",
)
IMPORT_TOO_MANY_CELLS = Message(
    "import.too_many_cells",
    "et ark spænder over urimeligt mange celler (langt ude til højre eller langt "
    "nede). Åbn filen i Excel eller LibreOffice, slet de tomme rækker og kolonner "
    "efter listen, gem og prøv igen.",
    "a sheet spans an unreasonable number of cells (far out to the right or far "
    "down). Open the file in Excel or LibreOffice, delete the empty rows and columns "
    "after the list, save and try again.",
)
IMPORT_TOO_MANY_TEXTS = Message(
    "import.too_many_texts", "den har urimeligt mange tekster.", "it has an unreasonable number of texts."
)
IMPORT_PASSWORD = Message(
    "import.password",
    "regnearket er beskyttet med en adgangskode. Gem det uden adgangskode og prøv igen.",
    "the spreadsheet is protected with a password. Save it without the password and try again.",
)
IMPORT_BROKEN_SHEET = Message(
    "import.broken_sheet",
    "regnearket er beskadiget ({error}). Åbn det i Excel eller LibreOffice, gem det igen, og prøv igen.",
    "the spreadsheet is damaged ({error}). Open it in Excel or LibreOffice, save it again and try again.",
)
IMPORT_DAMAGED_WORKBOOK = Message(
    "import.damaged_workbook", "regnearket er beskadiget ({error}).", "the spreadsheet is damaged ({error})."
)
IMPORT_NOT_A_WORKBOOK = Message(
    "import.not_a_workbook",
    "det er ikke en Fodslag-arbejdsbog (arket »Om filen« eller »Partnerskab« mangler).",
    "it is not a Fodslag workbook (the sheet “Om filen” or “Partnerskab” is missing).",
)
IMPORT_NO_NAME_COLUMN = Message(
    "import.no_name_column",
    "Ingen kolonne er valgt som navn (eller fornavn/efternavn). Vælg hvilken kolonne, der indeholder navnet.",
    "No column is chosen as the name (or first name/last name). Choose the column that holds the name.",
)
IMPORT_PARTNERSHIP_MISSING = Message(
    "import.partnership_missing",
    "Partnerskabet »{name}« findes ikke. Intet er gemt.",
    "The partnership “{name}” does not exist. Nothing has been saved.",
)
IMPORT_CONTACT_DELETED = Message(
    "import.contact_deleted",
    "Kontakten »{name}« (række {row}) er slettet siden forhåndsvisningen. Læs filen ind igen. Intet er gemt.",
    "The contact “{name}” (row {row}) has been deleted since the preview. Read the file in again. "
    "Nothing has been saved.",
)

# -- updating from a workbook (the workbook's sheets and columns keep their Danish names) ----
WORKBOOK_CELL_REFUSED = Message(
    "workbook.cell_refused",
    "Ark »{sheet}«, række {row}, kolonne {letter} {column}: {reason} Intet er gemt.",
    "Sheet “{sheet}”, row {row}, column {letter} {column}: {reason} Nothing has been saved.",
)
WORKBOOK_ROW_REFUSED = Message(
    "workbook.row_refused",
    "Ark »{sheet}«, række {row}: {reason} Intet er gemt.",
    "Sheet “{sheet}”, row {row}: {reason} Nothing has been saved.",
)
#: what is wrong with a cell or a row (the reason inside the two above)
CELL_REQUIRED = Message("workbook.cell_required", "skal udfyldes.", "must be filled in.")
CELL_NOT_A_CODE = Message(
    "workbook.cell_not_a_code",
    "»{text}« er ikke en af de tilladte koder ({codes}).",
    "“{text}” is not one of the allowed codes ({codes}).",
)
CELL_NOT_WHOLE = Message(
    "workbook.cell_not_whole", "»{value}« er ikke et helt tal.", "“{value}” is not a whole number."
)
CELL_NEGATIVE = Message(
    "workbook.cell_negative",
    "{value} er negativt; skriv 0 eller mere.",
    "{value} is negative; write 0 or more.",
)
CELL_NOT_A_NUMBER = Message(
    "workbook.cell_not_a_number", "»{value}« er ikke et tal.", "“{value}” is not a number."
)
CELL_NOT_A_MOMENT = Message(
    "workbook.cell_not_a_moment",
    "»{value}« er ikke et tidspunkt (fx 31-12-2025 14:30).",
    "“{value}” is not a date and time (e.g. 31-12-2025 14:30).",
)
CELL_NOT_A_DATE = Message(
    "workbook.cell_not_a_date",
    "»{value}« er ikke en dato (fx 31-12-2025).",
    "“{value}” is not a date (e.g. 31-12-2025).",
)
CELL_TOO_LONG = Message(
    "workbook.cell_too_long",
    "teksten er {length} tegn lang; der er plads til {most}.",
    "the text is {length} characters long; there is room for {most}.",
)
COLUMN_MISSING = Message(
    "workbook.column_missing", "kolonnen {column} mangler.", "the column {column} is missing."
)
REFERENCE_UNKNOWN = Message(
    "workbook.reference_unknown",
    "{value} henviser til en række, der ikke er i filen eller databasen.",
    "{value} refers to a row that is neither in the file nor in the database.",
)
ROW_DUPLICATE_KEY = Message(
    "workbook.row_duplicate_key",
    "rækken findes allerede (to rækker med samme nøgleværdier).",
    "the row already exists (two rows with the same key values).",
)
ID_TWICE = Message(
    "workbook.id_twice",
    "{key} står på to rækker; hver række skal have sit eget id.",
    "{key} is on two rows; each row must have its own id.",
)
PARENT_UNKNOWN = Message(
    "workbook.parent_unknown",
    "{parent} er ikke en organisation i filen.",
    "{parent} is not an organisation in the file.",
)
ROW_TWICE = Message("workbook.row_twice", "rækken står der to gange.", "the row is there twice.")
WORKBOOK_ONE_PARTNERSHIP = Message(
    "workbook.one_partnership",
    "Arket »Partnerskab« skal have præcis én række. Intet er gemt.",
    "The sheet “Partnerskab” must have exactly one row. Nothing has been saved.",
)
WORKBOOK_SIGNED_ROWS_MISSING = Message(
    "workbook.signed_rows_missing",
    "Ark »{sheet}«: rækker fra aftalens version {version} mangler, men den version er "
    "underskrevet og kan ikke ændres. Sæt rækkerne ind igen, eller opret en ny version. Intet er gemt.",
    "Sheet “{sheet}”: rows of the agreement's version {version} are missing, but that version is "
    "signed and cannot be changed. Put the rows back, or create a new version. Nothing has been saved.",
)
WORKBOOK_PARTNERSHIP_EXISTS = Message(
    "workbook.partnership_exists",
    "Partnerskabet »{name}« findes allerede i databasen, og filen er ikke lavet herfra. "
    "Omdøb partnerskabet i arket »Partnerskab«, hvis det skal oprettes som et nyt. Intet er gemt.",
    "The partnership “{name}” already exists in the database, and the file was not made from it. "
    "Rename the partnership in the sheet “Partnerskab” if it is to be created as a new one. "
    "Nothing has been saved.",
)

# -- documents (their names stay Danish: the documents are) --------------------------------
DOCUMENT_NO_ACTION_CARD = Message(
    "document.no_action_card",
    "»{name}« har endnu intet actioncard med kontakter. Udfyld actioncardet, før det kan udskrives.",
    "“{name}” has no action card with contacts yet. Fill in the action card before it can be printed.",
)
DOCUMENT_LAYOUT_UNKNOWN = Message(
    "document.layout_unknown",
    "Ukendt format til {document}: »{layout}« (vælg {choices}).",
    "Unknown layout for {document}: “{layout}” (choose {choices}).",
)
DOCUMENT_FORMAT_UNKNOWN = Message(
    "document.format_unknown",
    "Ukendt filformat til {document}: »{format}« (vælg {choices}).",
    "Unknown file format for {document}: “{format}” (choose {choices}).",
)
#: the documents, as the two messages above name them
THE_ACTION_CARD = Message("document.the_action_card", "actioncardet", "the action card")
THE_FOLDER = Message("document.the_folder", "folderen", "the leaflet")
THE_CONTACT_LIST = Message("document.the_contact_list", "kontaktlisten", "the contact list")
THE_INVITATION = Message("document.the_invitation", "indkaldelsen", "the invitation")
THE_MINUTES = Message("document.the_minutes", "referatet", "the minutes")
EITHER_OR = Message("word.either_or", "{first} eller {last}", "{first} or {last}")
DOCUMENT_NO_AGREEMENT = Message(
    "document.no_agreement",
    "»{name}« har endnu ingen samarbejdsaftale.",
    "“{name}” has no cooperation agreement yet.",
)
DOCUMENT_NO_SUCH_VERSION = Message(
    "document.no_such_version",
    "Aftalen »{title}« har ingen version {version}.",
    "The agreement “{title}” has no version {version}.",
)
DOCUMENT_NO_VERSIONS = Message(
    "document.no_versions",
    "Aftalen »{title}« har ingen versioner.",
    "The agreement “{title}” has no versions.",
)
DOCUMENT_TEMPLATE_MISSING = Message(
    "document.template_missing",
    "Skabelonen til aftaler findes ikke: {path}. Vælg en anden skabelon under Indstillinger.",
    "The template for agreements does not exist: {path}. Choose another template in the preferences.",
)
DOCUMENT_NO_COMING_MEETINGS = Message(
    "document.no_coming_meetings",
    "»{name}« har ingen kommende møder at lægge i kalenderen.",
    "“{name}” has no coming meetings to put in the calendar.",
)
NEWSLETTER_NO_SENDER = Message(
    "newsletter.no_sender",
    "Nyhedsmailen skal have en afsender med e-mailadresse. Angiv en koordinator med e-mail på partnerskabet.",
    "The newsletter needs a sender with an email address. "
    "Give the partnership a coordinator with an email address.",
)
NEWSLETTER_NO_RECIPIENTS = Message(
    "newsletter.no_recipients",
    "»{name}« har ingen aktive medlemmer med e-mailadresse.",
    "“{name}” has no active members with an email address.",
)
DOCUMENT_KIND_UNKNOWN = Message(
    "document.kind_unknown", "Ukendt dokumenttype: »{kind}«.", "Unknown kind of document: “{kind}”."
)
DOCUMENT_WRONG_FORMAT = Message(
    "document.wrong_format",
    "{document} kan ikke laves som {format}; vælg {choices}.",
    "{document} cannot be made as {format}; choose {choices}.",
)
DOCUMENT_NEEDS_MEETING = Message(
    "document.needs_meeting",
    "Vælg et møde for at lave {document}.",
    "Choose a meeting to make the {document}.",
)
DOCUMENT_NEEDS_PARTNERSHIP = Message(
    "document.needs_partnership", "Vælg først et partnerskab.", "Choose a partnership first."
)

# -- the command line (``fodslag``) -------------------------------------------------------
CLI_PASSWORD_IN_ARGUMENTS = Message(
    "cli.password_in_arguments",
    "Skriv ikke adgangskoden i {option} (den kan ses i skallens historik og "
    "procesoversigten). Gem den i systemets nøglering via »Forbind til server« i "
    "programmet, eller brug --prompt.",
    "Do not write the password in {option} (it can be seen in the shell's history and "
    "the process list). Save it in the system keyring through “Connect to server” in "
    "the program, or use --prompt.",
)
CLI_PROMPT_NEEDS_SERVER = Message(
    "cli.prompt_needs_server",
    "--prompt gælder en server: angiv --database postgresql://bruger@vært/database.",
    "--prompt is for a server: give --database postgresql://user@host/database.",
)
CLI_WORKBOOK_NEEDS_PARTNERSHIP = Message(
    "cli.workbook_needs_partnership",
    "Angiv --partnership NAVN for arbejdsbogen.",
    "Give --partnership NAME for the workbook.",
)
CLI_INTERRUPTED = Message("cli.interrupted", "afbrudt.", "interrupted.")
CLI_NO_TERMINAL = Message(
    "cli.no_terminal",
    "Der kunne ikke læses en adgangskode (ingen terminal). Kør kommandoen i en terminal.",
    "No password could be read (no terminal). Run the command in a terminal.",
)
CLI_FILE_ERROR = Message(
    "cli.file_error",
    "Filen kunne ikke læses eller skrives{where}: {reason}.",
    "The file could not be read or written{where}: {reason}.",
)
CLI_FOLDER_MISSING = Message(
    "cli.folder_missing",
    "Mappen findes ikke: {folder}. Opret den, eller vælg en anden --out.",
    "The folder does not exist: {folder}. Create it, or choose another --out.",
)
CLI_OUT_SYMLINK = Message(
    "cli.out_symlink",
    "{path} er et symbolsk link; vælg et almindeligt filnavn til --out.",
    "{path} is a symbolic link; choose an ordinary file name for --out.",
)
CLI_OUT_NOT_A_FILE = Message(
    "cli.out_not_a_file",
    "{path} er ikke en almindelig fil; vælg et andet filnavn til --out.",
    "{path} is not an ordinary file; choose another file name for --out.",
)
CLI_DATABASE_MISSING = Message(
    "cli.database_missing",
    "Databasefilen findes ikke: {path}. Tjek stien.",
    "The database file does not exist: {path}. Check the path.",
)
CLI_CONTACTS_NEGATIVE = Message(
    "cli.contacts_negative", "--contacts skal være 0 eller mere.", "--contacts must be 0 or more."
)
CLI_BACKUP_LOCAL_ONLY = Message(
    "cli.backup_local_only",
    "Sikkerhedskopier tages af serverens IT-drift; denne kommando gælder kun en lokal database.",
    "Backups are taken by the server's IT operations; this command is only for a local database.",
)
CLI_FILE_MISSING = Message("cli.file_missing", "Filen findes ikke: {path}", "The file does not exist: {path}")
CLI_ASKS_BEFORE_RESTORE = Message(
    "cli.asks_before_restore",
    "spørger før gendannelse; brug --yes i scripts.",
    "asks before restoring; use --yes in scripts.",
)
CLI_ALL_ONLY_CONTACT_LIST = Message(
    "cli.all_only_contact_list",
    "--all kan kun bruges med contact-list.",
    "--all can only be used with contact-list.",
)
CLI_NEEDS_PARTNERSHIP = Message(
    "cli.needs_partnership",
    "Angiv --partnership NAVN (eller --all for contact-list).",
    "Give --partnership NAME (or --all for contact-list).",
)
CLI_MEETING_ELSEWHERE = Message(
    "cli.meeting_elsewhere",
    "Møde {meeting} ({title}) hører til »{partnership}«, ikke til »{chosen}«.",
    "Meeting {meeting} ({title}) belongs to “{partnership}”, not to “{chosen}”.",
)
CLI_SUBJECT_MISSING = Message(
    "cli.subject_missing",
    'Skriv nyhedsmailens emne med --subject "...".',
    'Write the subject of the newsletter with --subject "...".',
)
CLI_TEXT_UNREADABLE = Message(
    "cli.text_unreadable",
    "Teksten kunne ikke læses fra {path}: {reason}.",
    "The text could not be read from {path}: {reason}.",
)
CLI_TEXT_NOT_UTF8 = Message(
    "cli.text_not_utf8",
    "{path} er ikke en UTF-8-tekstfil. Gem den som UTF-8 og prøv igen.",
    "{path} is not a UTF-8 text file. Save it as UTF-8 and try again.",
)
CLI_SERVER_MISSING = Message(
    "cli.server_missing",
    "Angiv serveren med --database postgresql://ejer@vært/database.",
    "Give the server with --database postgresql://owner@host/database.",
)
CLI_PASSWORDS_DIFFER = Message(
    "cli.passwords_differ",
    "De to adgangskoder er ikke ens. Brugeren er ikke oprettet.",
    "The two passwords are not the same. The user has not been created.",
)

# what the command reports when it is done (standard output)
CLI_DEMO_MADE = Message(
    "cli.demo_made",
    "Demodata oprettet i {database} på {seconds} s: {contacts} kontakter, {organisations} "
    "organisationer, {initiatives} initiativer, {indicators} indikatorer, {meetings} møder.",
    "Demo data created in {database} in {seconds} s: {contacts} contacts, {organisations} "
    "organisations, {initiatives} initiatives, {indicators} indicators, {meetings} meetings.",
)
CLI_STRESS_MADE = Message(
    "cli.stress_made",
    "Stressdata oprettet i {database} på {seconds} s: {members} medlemmer, {parties} parter, "
    "{card_contacts} kontakter på actioncardet.",
    "Stress data created in {database} in {seconds} s: {members} members, {parties} parties, "
    "{card_contacts} contacts on the action card.",
)
CLI_DEMO_PROGRESS = Message("cli.demo_progress", "  kontakter: {done}/{total}", "  contacts: {done}/{total}")
CLI_SAVED = Message("cli.saved", "Gemt: {path}", "Saved: {path}")
CLI_SAVED_ROWS = Message("cli.saved_rows", "Gemt: {path} ({rows} rækker)", "Saved: {path} ({rows} rows)")
CLI_SAVED_DRAFT = Message(
    "cli.saved_draft",
    "Gemt: {path} (åbn kladden i dit mailprogram og tryk Send)",
    "Saved: {path} (open the draft in your mail program and press Send)",
)
CLI_UPGRADE_BACKUP = Message("cli.upgrade_backup", "Sikkerhedskopi: {path}", "Backup: {path}")
CLI_UPGRADE_SCHEMA = Message(
    "cli.upgrade_schema", "Skema: {before} -> {after}", "Schema: {before} -> {after}"
)
CLI_SCHEMA_EMPTY = Message("cli.schema_empty", "tomt", "empty")
CLI_CHECK_DATABASE = Message("cli.check_database", "Database: {database}", "Database checked: {database}")
CLI_CHECK_SCHEMA = Message(
    "cli.check_schema", "Skema: {revision} (forventet {head})", "Schema: {revision} (expected {head})"
)
CLI_CHECK_ROWS = Message("cli.check_rows", "Rækker i alt: {rows}", "Rows in all: {rows}")
CLI_CHECK_PROBLEM = Message("cli.check_problem", "FEJL: {problem}", "ERROR: {problem}")
CLI_CHECK_OK = Message("cli.check_ok", "Databasen er i orden.", "The database is in order.")
CLI_CHECK_PROBLEMS = Message("cli.check_problems", "{count} problem(er) fundet.", "{count} problem(s) found.")
CLI_BACKUP_SAVED = Message(
    "cli.backup_saved",
    "Sikkerhedskopi gemt: {path} ({rows} rækker, kontrolleret)",
    "Backup saved: {path} ({rows} rows, verified)",
)
CLI_RESTORE_QUESTION = Message(
    "cli.restore_question",
    "Erstat {path} med denne sikkerhedskopi? [j/N] ",
    "Replace {path} with this backup? [y/N] ",
)
CLI_NOTHING_CHANGED = Message("cli.nothing_changed", "Intet er ændret.", "Nothing has been changed.")
CLI_RESTORED = Message("cli.restored", "Gendannet til {path}.", "Restored to {path}.")
CLI_COPIED = Message(
    "cli.copied",
    "Kopieret fra {source} til {target}: {rows} rækker i {tables} tabeller, kontrolleret med "
    "rækketal og kontrolsum pr. tabel.",
    "Copied from {source} to {target}: {rows} rows in {tables} tables, verified by row counts "
    "and a checksum per table.",
)
CLI_SERVER_READY = Message(
    "cli.server_ready",
    "Serveren er klar: skema {revision}, roller fodslag_admin, fodslag_editor og fodslag_reader "
    "oprettet på {database}.",
    "The server is ready: schema {revision}, roles fodslag_admin, fodslag_editor and "
    "fodslag_reader created on {database}.",
)
CLI_USER_MADE = Message(
    "cli.user_made",
    "Brugeren {name} er oprettet med rollen {role}.",
    "The user {name} has been created with the role {role}.",
)
CLI_USER_PASSWORD = Message(
    "cli.user_password",
    "Adgangskode (giv den til brugeren, den vises kun nu): {password}",
    "Password (give it to the user; it is shown only now): {password}",
)
CLI_DRY_RUN = Message("cli.dry_run", "Prøvekørsel: intet er gemt.", "Dry run: nothing has been saved.")
CLI_CLEANUP_ROW = Message("cli.cleanup_row", "{id}\t{name}\tudtrådt {left}", "{id}\t{name}\tleft {left}")
CLI_CLEANUP_SUMMARY = Message(
    "cli.cleanup_summary",
    "{count} person(er) har ikke været medlem i {months} måneder.",
    "{count} person(s) have not been a member for {months} months.",
)
CLI_ERASED = Message(
    "cli.erased",
    "Kontakt {id} er slettet og hedder nu »{pseudonym}« i historikken ({texts} tekster "
    "omskrevet). Ældre sikkerhedskopier rummer stadig oplysningerne, indtil de roteres ud.",
    "Contact {id} has been erased and is now called “{pseudonym}” in the history ({texts} "
    "texts rewritten). Older backups still hold the details until they are rotated out.",
)

# -- the demo data -----------------------------------------------------------------------
DEMO_CONTACTS_NEGATIVE = Message(
    "demo.contacts_negative",
    "Antallet af ekstra kontakter kan ikke være negativt.",
    "The number of extra contacts cannot be negative.",
)
DEMO_NO_ROOM = Message(
    "demo.no_room",
    "Der er ikke plads til en demodatabase i {folder}.",
    "There is no room for a demo database in {folder}.",
)
DEMO_ALREADY_THERE = Message(
    "demo.already_there",
    "Databasen indeholder allerede »{name}«. Demodata kan kun oprettes én gang; "
    "vælg en tom database for at oprette dem igen.",
    "The database already holds “{name}”. Demo data can be created only once; "
    "choose an empty database to create them again.",
)
CREATION_KEY_INVALID = Message(
    "creation.key_invalid",
    "Oprettelsesnøglen er ikke gyldig (den skal være et UUID).",
    "The creation key is not valid (it must be a UUID).",
)
CREATION_KEY_USED_ELSEWHERE = Message(
    "creation.key_used_elsewhere",
    "Oprettelsesnøglen er allerede brugt til noget andet.",
    "The creation key has already been used for something else.",
)
DEMO_STRESS_ALREADY_THERE = Message(
    "demo.stress_already_there",
    "Databasen indeholder allerede »{name}«.",
    "The database already holds “{name}”.",
)
#: what each table holds, in the words of the screens (the database check's row counts)
TABLES = {
    "action_card": Message("table.action_card", "actioncards", "action cards"),
    "action_card_contact": Message(
        "table.action_card_contact", "actioncard-kontakter", "action card contacts"
    ),
    "action_card_mark": Message("table.action_card_mark", "actioncard-krydser", "action card marks"),
    "action_card_problem": Message(
        "table.action_card_problem", "actioncard-problemtyper", "action card problem types"
    ),
    "action_item": Message("table.action_item", "aktionspunkter", "action items"),
    "agenda_item": Message("table.agenda_item", "dagsordenspunkter", "agenda items"),
    "agreement": Message("table.agreement", "samarbejdsaftaler", "cooperation agreements"),
    "agreement_section": Message("table.agreement_section", "aftaleafsnit", "agreement sections"),
    "agreement_version": Message("table.agreement_version", "aftaleversioner", "agreement versions"),
    "audit_entry": Message("table.audit_entry", "historikposter", "history entries"),
    "decision": Message("table.decision", "beslutninger", "decisions"),
    "focus_area": Message("table.focus_area", "fokusområder", "focus areas"),
    "indicator": Message("table.indicator", "indikatorer", "indicators"),
    "initiative": Message("table.initiative", "initiativer", "initiatives"),
    "initiative_contribution": Message(
        "table.initiative_contribution", "bidrag til delmål", "contributions to sub-goals"
    ),
    "measurement": Message("table.measurement", "målinger", "measurements"),
    "meeting": Message("table.meeting", "møder", "meetings"),
    "meeting_participant": Message("table.meeting_participant", "mødedeltagere", "meeting participants"),
    "membership": Message("table.membership", "medlemskaber", "memberships"),
    "newsletter": Message("table.newsletter", "nyhedsbreve", "newsletters"),
    "organisation": Message("table.organisation", "organisationer", "organisations"),
    "overall_goal": Message("table.overall_goal", "overordnede mål", "overall goals"),
    "partnership": Message("table.partnership", "partnerskaber", "partnerships"),
    "partnership_party": Message(
        "table.partnership_party", "parter i partnerskaber", "parties to partnerships"
    ),
    "party_commitment": Message("table.party_commitment", "parters forpligtelser", "parties' commitments"),
    "person": Message("table.person", "kontakter", "contacts"),
    "person_search_token": Message(
        "table.person_search_token", "søgeord for kontakter", "search words for contacts"
    ),
    "phase_step": Message("table.phase_step", "fasetrin", "phase steps"),
    "signatory": Message("table.signatory", "underskrivere", "signatories"),
    "strategy": Message("table.strategy", "strategier", "strategies"),
    "sub_goal": Message("table.sub_goal", "delmål", "sub-goals"),
}
CHECK_SCHEMA = Message(
    "check.schema",
    "Skemaet er {current}, men denne version af Fodslag forventer {head}.",
    "The schema is {current}, but this version of Fodslag expects {head}.",
)
UNKNOWN_SCHEMA = Message("word.unknown_schema", "ukendt", "unknown")
CHECK_INTEGRITY = Message("check.integrity", "Integritet: {line}", "Integrity: {line}")
CHECK_BROKEN_LINK = Message(
    "check.broken_link",
    "Ugyldig henvisning i {table} (række {row}) til {target}",
    "Invalid reference in {table} (row {row}) to {target}",
)

# -- indicators and the safety index -------------------------------------------------------
LINKED_TO_SUB_GOAL = Message(
    "indicator.linked_sub_goal", "Delmål {code}: {title}", "Sub-goal {code}: {title}"
)
LINKED_TO_SUB_GOAL_UNCODED = Message("indicator.linked_sub_goal_uncoded", "Delmål ", "Sub-goal ")
LINKED_TO_GOAL = Message("indicator.linked_goal", "Mål: {title}", "Goal: {title}")
LINKED_TO_INITIATIVE = Message("indicator.linked_initiative", "Initiativ: {title}", "Initiative: {title}")
INDEX_METHOD = Message(
    "safety_index.method",
    "Tryghedsindeks = {weight} × oplevet tryghed + {rest} × anmeldelser til politiet, per område og "
    "{per}. Hver del er regnet i forhold til {reference} i samme periode = 100, så højere altid "
    "er mere trygt: hvor højere er bedre, område ÷ reference × 100; hvor lavere er bedre "
    "(fx anmeldelser pr. 1.000 indbyggere), reference ÷ område × 100. Indikatorer i enheden "
    "“{points}” indgår, som de er. Flere målinger af én indikator i samme periode er lagt "
    "sammen som gennemsnit, og en del er gennemsnittet af sine indikatorer. "
    "n er det mindste antal besvarelser bag en tryghedsmåling; under {small_n} er tallet usikkert.",
    "Safety index = {weight} × experienced safety + {rest} × reports to the police, per area and "
    "{per}. Each part is reckoned against {reference} in the same period = 100, so higher always "
    "means safer: where higher is better, area ÷ reference × 100; where lower is better "
    "(e.g. reports per 1,000 inhabitants), reference ÷ area × 100. Indicators in the unit "
    "“{points}” count as they are. Several measurements of one indicator in the same period are "
    "averaged, and a part is the average of its indicators. "
    "n is the smallest number of respondents behind a safety survey; "
    "below {small_n} the figure is uncertain.",
)
INDEX_PER_YEAR = Message("safety_index.per_year", "kalenderår", "calendar year")
INDEX_PER_ROUND = Message("safety_index.per_round", "tryghedsmålingens runde", "round of the safety survey")
INDEX_REFERENCE_NOT_CHOSEN = Message(
    "safety_index.reference_not_chosen",
    "referenceområdet (ikke valgt endnu)",
    "the reference area (not chosen yet)",
)
FIELD_TOO_LONG = Message(
    "field.too_long",
    "{name} må højst være {limit} tegn (du skrev {length}). Gør teksten kortere.",
    "{name} may be at most {limit} characters (you wrote {length}). Make the text shorter.",
)
#: what a history entry did, by ``AuditAction``
HISTORY_ACTIONS = {
    "create": Message("history.created", "oprettet", "created"),
    "update": Message("history.changed", "ændret", "changed"),
    "delete": Message("history.deleted", "slettet", "deleted"),
}

# -- the contact import's preview and summary ---------------------------------------------
ROW_NAME_MISSING = Message("import.row_name_missing", "Navn mangler.", "The name is missing.")
ROW_NAME_TOO_LONG = Message(
    "import.row_name_too_long",
    "Navnet er længere end {most} tegn.",
    "The name is longer than {most} characters.",
)
ROW_NAME_FORMULA = Message(
    "import.row_name_formula",
    "{field} ligner en formel (»{start}«).",
    "{field} looks like a formula (“{start}”).",
)
CELL_EMAIL_INVALID = Message(
    "import.cell_email_invalid",
    "er ikke en gyldig e-mailadresse (den skal have formen navn@domæne.dk)",
    "is not a valid email address (it must have the form name@domain.dk)",
)
CELL_TRADE_UNKNOWN = Message(
    "import.cell_trade_unknown", "er ikke en kendt faggruppe", "is not a known trade"
)
CELL_FORMULA = Message("import.cell_formula", "ligner en formel", "looks like a formula")
CELL_LONGER_THAN = Message(
    "import.cell_longer_than", "er længere end {most} tegn", "is longer than {most} characters"
)
TRADE_READ_AS = Message(
    "import.trade_read_as",
    "Faggruppen »{typed}« er læst som »{trade}«.",
    "The trade “{typed}” is read as “{trade}”.",
)
NOTE_LOOKS_LIKE_CPR = Message(
    "import.note_looks_like_cpr",
    "Noten ligner et CPR-nummer og er ikke taget med (borgeroplysninger hører ikke hjemme her).",
    "The note looks like a CPR number and is left out (citizens' data does not belong here).",
)
CELL_LOOKS_LIKE_CPR = Message(
    "import.cell_looks_like_cpr",
    "{column} ligner et CPR-nummer og er ikke gemt i noten (borgeroplysninger hører ikke hjemme her).",
    "{column} looks like a CPR number and is not saved in the note (citizens' data does not belong here).",
)
ROW_SAME_AS_EARLIER = Message(
    "import.row_same_as_earlier",
    "Samme kontakt som række {row} i filen.",
    "The same contact as row {row} of the file.",
)
#: why a row is thought to be an existing contact, by ``Match.reason``
MATCH_REASONS = {
    "samme e-mail": Message("import.match_email", "samme e-mail", "same email"),
    "samme telefonnummer": Message("import.match_phone", "samme telefonnummer", "same phone number"),
    "samme navn": Message("import.match_name", "samme navn", "same name"),
    "lignende navn": Message("import.match_similar_name", "lignende navn", "similar name"),
}
IMPORT_DONE = Message("import.done", "Importeret", "Imported")
IMPORT_DRY_RUN = Message("import.dry_run", "Prøvekørsel – intet gemt", "Trial run – nothing saved")
IMPORT_SUMMARY = Message(
    "import.summary",
    "{head}: {read} rækker læst, {created} oprettes, {merged} flettes, {skipped} springes over, "
    "{rejected} afvist.",
    "{head}: {read} rows read, {created} created, {merged} merged, {skipped} skipped, {rejected} rejected.",
)
IMPORT_NEW_ORGANISATIONS = Message(
    "import.new_organisations", "Nye organisationer: {count}.", "New organisations: {count}."
)
IMPORT_MEMBERS_ADDED = Message(
    "import.members_added", "Tilføjet som netværksmedlemmer: {count}.", "Added as network members: {count}."
)
IMPORT_ROW = Message("import.row", "Række {row}: {text}", "Row {row}: {text}")
IMPORT_ROW_ISSUE = Message("import.row_issue", "Række {row}, {text}", "Row {row}, {text}")
IMPORT_ONE_VALUE_IN_NOTE = Message(
    "import.one_value_in_note",
    "1 værdi er ikke indlæst i sit felt og står i kontaktens note som »Ikke indlæst: …«:",
    "1 value is not imported into its field and is in the contact's note as “Ikke indlæst: …”:",
)
IMPORT_VALUES_IN_NOTE = Message(
    "import.values_in_note",
    "{count} værdier er ikke indlæst i deres felt og står i kontaktens note som »Ikke indlæst: …«:",
    "{count} values are not imported into their fields and are in the contact's note as “Ikke indlæst: …”:",
)
#: what a user on a server may do (``SessionInfo.role``), by role name
ROLES = {
    "local": Message("role.local", "lokal database", "local database"),
    "owner": Message("role.owner", "ejer", "owner"),
    "admin": Message("role.admin", "administrator", "administrator"),
    "editor": Message("role.editor", "redaktør", "editor"),
    "reader": Message("role.reader", "læser (kun læseadgang)", "reader (read-only access)"),
    "none": Message("role.none", "ingen Fodslag-rolle", "no Fodslag role"),
}


def catalogue() -> list[Message]:
    """Every coded message and word (for the completeness test and for translators)."""
    return (
        [m for m in globals().values() if isinstance(m, Message)]
        + list(THINGS.values())
        + list(ROLES.values())
        + list(TABLES.values())
        + list(HISTORY_ACTIONS.values())
        + list(MATCH_REASONS.values())
    )
