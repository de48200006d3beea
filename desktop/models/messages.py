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


def catalogue() -> list[Message]:
    """Every coded message and word (for the completeness test and for translators)."""
    return [m for m in globals().values() if isinstance(m, Message)] + list(THINGS.values())
