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
PHONE_INVALID = Message(
    "contact.phone_invalid",
    "»{raw}« er ikke et gyldigt telefonnummer. Skriv et dansk nummer med 8 cifre "
    "eller et udenlandsk nummer med landekode (fx +46 ...).",
    "“{raw}” is not a valid phone number. Enter a Danish number with 8 digits "
    "or a foreign number with its country code (e.g. +46 ...).",
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


def catalogue() -> list[Message]:
    """Every coded message (for the completeness test and for translators)."""
    return [m for m in globals().values() if isinstance(m, Message)]
