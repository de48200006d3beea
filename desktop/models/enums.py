"""The domain's fixed vocabularies.

Stored values are short English codes (stable in the database and in exports); the words
users see are in ``LABELS`` (Danish, the language of the source documents) and
``LABELS_EN``. The UI picks the table for its language.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.formatting import current_language


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    DEPARTMENT = "department"
    POLICE = "police"
    HOUSING_ASSOCIATION = "housing_association"
    ESTATE = "estate"
    RESIDENTS_BOARD = "residents_board"
    SCHOOL = "school"
    CLUB = "club"
    SHOP = "shop"
    VOLUNTEERS = "volunteers"
    REGION = "region"
    OTHER = "other"


class Trade(StrEnum):
    """Faggrupper from the idékatalog: the professionals who know the area."""

    CARETAKER = "caretaker"
    HOME_CARE = "home_care"
    SSP = "ssp"
    STREET_WORKER = "street_worker"
    TEACHER = "teacher"
    PEDAGOGUE = "pedagogue"
    YOUTH_CLUB = "youth_club"
    POSTMAN = "postman"
    REFUSE_COLLECTOR = "refuse_collector"
    FOOD_COURIER = "food_courier"
    SHOPKEEPER = "shopkeeper"
    SPORTS_COACH = "sports_coach"
    SOCIAL_HOUSING = "social_housing"
    SOCIAL_PSYCHIATRY = "social_psychiatry"
    MUNICIPAL_GUARD = "municipal_guard"
    POLICE = "police"
    LIBRARY = "library"
    VOLUNTEER = "volunteer"
    ADMINISTRATION = "administration"
    OTHER = "other"


class PartnershipKind(StrEnum):
    SAFETY_NETWORK = "safety_network"
    PARTNERSHIP = "partnership"
    HOTSPOT = "hotspot"
    SSP = "ssp"
    LOCAL_COUNCIL = "local_council"
    DISTRICT_COUNCIL = "district_council"


class Phase(StrEnum):
    STARTUP = "startup"
    DEVELOPMENT = "development"
    COOPERATION = "cooperation"
    EVALUATION = "evaluation"
    ENDED = "ended"


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_RELEVANT = "not_relevant"


class MemberRole(StrEnum):
    CHAIR = "chair"
    STEERING_GROUP = "steering_group"
    SECRETARIAT = "secretariat"
    NETWORK_MEMBER = "network_member"
    LEADER_REPRESENTATIVE = "leader_representative"
    FRONTLINE_REPRESENTATIVE = "frontline_representative"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SIGNED = "signed"


class ResponsibleParty(StrEnum):
    POLICE = "police"
    MUNICIPALITY = "municipality"
    JOINT = "joint"
    OTHER = "other"


class EvidenceBasis(StrEnum):
    DOCUMENTED = "documented"
    DEVELOPMENTAL = "developmental"


class PreventionKind(StrEnum):
    PROACTIVE = "proactive"
    REACTIVE = "reactive"
    BOTH = "both"


class InterventionType(StrEnum):
    """The hotspot model's six intervention types."""

    CONSEQUENCE = "consequence"
    OUTREACH = "outreach"
    MIXED_RESIDENTS = "mixed_residents"
    ACTIVITY = "activity"
    REDUCED_DECAY = "reduced_decay"
    INFORMAL_CONTROL = "informal_control"


class InitiativeStatus(StrEnum):
    IDEA = "idea"
    PROPOSED = "proposed"
    APPROVED = "approved"
    RUNNING = "running"
    COMPLETED = "completed"
    REJECTED = "rejected"


class Direction(StrEnum):
    UP = "up"  # higher is better
    DOWN = "down"  # lower is better


class IndexComponent(StrEnum):
    """Which part of the hotspot safety index an indicator feeds, if any."""

    NONE = "none"
    EXPERIENCED_SAFETY = "experienced_safety"
    POLICE_REPORTS = "police_reports"


class IndexPeriod(StrEnum):
    """What one period of the safety index is: a calendar year or a round of the safety survey."""

    YEAR = "year"
    SURVEY_ROUND = "survey_round"


class MeetingType(StrEnum):
    STEERING_GROUP = "steering_group"
    NETWORK = "network"
    ORIENTATION = "orientation"
    DEVELOPMENT = "development"
    AGREEMENT = "agreement"
    CITIZENS = "citizens"
    SAFETY_WALK = "safety_walk"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(StrEnum):
    INVITED = "invited"
    ATTENDED = "attended"
    APOLOGY = "apology"
    ABSENT = "absent"


class Recurrence(StrEnum):
    """How often a planned series repeats (the idékatalog: every 14 days to half-yearly)."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ERASE = "erase"


#: Danish words, per vocabulary. Keyed by class first: StrEnum members of different
#: vocabularies with the same code ("police", "other") compare equal as strings.
LABELS: dict[type[StrEnum], dict[str, str]] = {
    OrganisationKind: {
        OrganisationKind.MUNICIPALITY: "Kommune",
        OrganisationKind.DEPARTMENT: "Forvaltning/afdeling",
        OrganisationKind.POLICE: "Politikreds",
        OrganisationKind.HOUSING_ASSOCIATION: "Boligorganisation",
        OrganisationKind.ESTATE: "Boligafdeling",
        OrganisationKind.RESIDENTS_BOARD: "Afdelingsbestyrelse",
        OrganisationKind.SCHOOL: "Skole",
        OrganisationKind.CLUB: "Klub",
        OrganisationKind.SHOP: "Butik/erhverv",
        OrganisationKind.VOLUNTEERS: "Frivillig forening",
        OrganisationKind.REGION: "Region",
        OrganisationKind.OTHER: "Anden",
    },
    Trade: {
        Trade.CARETAKER: "Ejendomsfunktionær",
        Trade.HOME_CARE: "Hjemmepleje",
        Trade.SSP: "SSP-konsulent",
        Trade.STREET_WORKER: "Gadeplansmedarbejder",
        Trade.TEACHER: "Lærer",
        Trade.PEDAGOGUE: "Pædagog",
        Trade.YOUTH_CLUB: "Klubmedarbejder",
        Trade.POSTMAN: "Postbud",
        Trade.REFUSE_COLLECTOR: "Skraldemand",
        Trade.FOOD_COURIER: "Madbud",
        Trade.SHOPKEEPER: "Kiosk-/pizzeriaejer",
        Trade.SPORTS_COACH: "Idrætstræner",
        Trade.SOCIAL_HOUSING: "Boligsocial medarbejder",
        Trade.SOCIAL_PSYCHIATRY: "Socialpsykiatri",
        Trade.MUNICIPAL_GUARD: "Kommunale vægtere",
        Trade.POLICE: "Politi",
        Trade.LIBRARY: "Bibliotek",
        Trade.VOLUNTEER: "Frivillig (fx Natteravnene)",
        Trade.ADMINISTRATION: "Administration/ledelse",
        Trade.OTHER: "Anden faggruppe",
    },
    PartnershipKind: {
        PartnershipKind.SAFETY_NETWORK: "Tryghedsnetværk",
        PartnershipKind.PARTNERSHIP: "Partnerskab",
        PartnershipKind.HOTSPOT: "Hotspot",
        PartnershipKind.SSP: "SSP-samarbejde",
        PartnershipKind.LOCAL_COUNCIL: "Lokalråd",
        PartnershipKind.DISTRICT_COUNCIL: "Kredsråd",
    },
    Phase: {
        Phase.STARTUP: "I Opstart",
        Phase.DEVELOPMENT: "II Udvikling",
        Phase.COOPERATION: "III Samarbejde",
        Phase.EVALUATION: "Evaluering",
        Phase.ENDED: "Afsluttet",
    },
    StepStatus: {
        StepStatus.NOT_STARTED: "Ikke startet",
        StepStatus.IN_PROGRESS: "I gang",
        StepStatus.DONE: "Udført",
        StepStatus.NOT_RELEVANT: "Ikke relevant",
    },
    MemberRole: {
        MemberRole.CHAIR: "Formand",
        MemberRole.STEERING_GROUP: "Styregruppemedlem",
        MemberRole.SECRETARIAT: "Sekretariat",
        MemberRole.NETWORK_MEMBER: "Netværksmedlem",
        MemberRole.LEADER_REPRESENTATIVE: "Lederrepræsentant",
        MemberRole.FRONTLINE_REPRESENTATIVE: "Frontlinjerepræsentant",
    },
    AgreementStatus: {
        AgreementStatus.DRAFT: "Kladde",
        AgreementStatus.APPROVED: "Godkendt",
        AgreementStatus.SIGNED: "Underskrevet",
    },
    ResponsibleParty: {
        ResponsibleParty.POLICE: "Politiet",
        ResponsibleParty.MUNICIPALITY: "Kommunen",
        ResponsibleParty.JOINT: "Fælles",
        ResponsibleParty.OTHER: "Anden part",
    },
    EvidenceBasis: {
        EvidenceBasis.DOCUMENTED: "Dokumenteret effekt",
        EvidenceBasis.DEVELOPMENTAL: "Udviklende",
    },
    PreventionKind: {
        PreventionKind.PROACTIVE: "Proaktiv",
        PreventionKind.REACTIVE: "Reaktiv",
        PreventionKind.BOTH: "Proaktiv og reaktiv",
    },
    InterventionType: {
        InterventionType.CONSEQUENCE: "Konsekvens og opfølgning",
        InterventionType.OUTREACH: "Opsøgende arbejde",
        InterventionType.MIXED_RESIDENTS: "Blandet beboersammensætning",
        InterventionType.ACTIVITY: "Højt aktivitetsniveau",
        InterventionType.REDUCED_DECAY: "Mindre forfald",
        InterventionType.INFORMAL_CONTROL: "Uformel social kontrol",
    },
    InitiativeStatus: {
        InitiativeStatus.IDEA: "Idé",
        InitiativeStatus.PROPOSED: "Til godkendelse",
        InitiativeStatus.APPROVED: "Godkendt",
        InitiativeStatus.RUNNING: "I gang",
        InitiativeStatus.COMPLETED: "Afsluttet",
        InitiativeStatus.REJECTED: "Afvist",
    },
    Direction: {
        Direction.UP: "Højere er bedre",
        Direction.DOWN: "Lavere er bedre",
    },
    IndexComponent: {
        IndexComponent.NONE: "Ingen",
        IndexComponent.EXPERIENCED_SAFETY: "Oplevet tryghed",
        IndexComponent.POLICE_REPORTS: "Anmeldelser til politiet",
    },
    IndexPeriod: {
        IndexPeriod.YEAR: "Kalenderår",
        IndexPeriod.SURVEY_ROUND: "Tryghedsmålingens runde",
    },
    MeetingType: {
        MeetingType.STEERING_GROUP: "Styregruppemøde",
        MeetingType.NETWORK: "Halvårligt netværksmøde",
        MeetingType.ORIENTATION: "Orienteringsmøde",
        MeetingType.DEVELOPMENT: "Udviklingsmøde",
        MeetingType.AGREEMENT: "Aftalemøde",
        MeetingType.CITIZENS: "Borgermøde",
        MeetingType.SAFETY_WALK: "Tryghedsvandring",
        MeetingType.OTHER: "Andet møde",
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: "Planlagt",
        MeetingStatus.HELD: "Afholdt",
        MeetingStatus.CANCELLED: "Aflyst",
    },
    Recurrence: {
        Recurrence.WEEKLY: "Hver uge",
        Recurrence.FORTNIGHTLY: "Hver 14. dag",
        Recurrence.MONTHLY: "Hver måned",
        Recurrence.QUARTERLY: "Hvert kvartal",
        Recurrence.HALF_YEARLY: "Hvert halve år",
    },
    Attendance: {
        Attendance.INVITED: "Inviteret",
        Attendance.ATTENDED: "Deltog",
        Attendance.APOLOGY: "Afbud",
        Attendance.ABSENT: "Udeblev",
    },
    ActionStatus: {
        ActionStatus.OPEN: "Åben",
        ActionStatus.IN_PROGRESS: "I gang",
        ActionStatus.DONE: "Udført",
        ActionStatus.CANCELLED: "Annulleret",
    },
    AuditAction: {
        AuditAction.CREATE: "Oprettet",
        AuditAction.UPDATE: "Ændret",
        AuditAction.DELETE: "Slettet",
        AuditAction.ERASE: "Slettet (GDPR)",
    },
}


#: English words where the code itself does not read as one (by vocabulary and code)
_EN_OVERRIDES: dict[tuple[str, str], str] = {
    # the idékatalog's three phases carry their numerals in both languages
    ("Phase", "startup"): "I Start-up",
    ("Phase", "development"): "II Development",
    ("Phase", "cooperation"): "III Cooperation",
    ("Trade", "ssp"): "SSP consultant",
    ("Trade", "caretaker"): "Estate caretaker",
    ("Trade", "youth_club"): "Youth club worker",
    ("Trade", "shopkeeper"): "Kiosk/pizzeria owner",
    ("Trade", "social_housing"): "Social housing worker",
    ("Trade", "municipal_guard"): "Municipal guards",
    ("Trade", "volunteer"): "Volunteer (e.g. Night Ravens)",
    ("Trade", "administration"): "Administration/management",
    ("Trade", "other"): "Other trade",
    ("PartnershipKind", "ssp"): "SSP cooperation",
    ("OrganisationKind", "department"): "Department/unit",
    ("OrganisationKind", "police"): "Police district",
    ("OrganisationKind", "estate"): "Housing estate",
    ("OrganisationKind", "shop"): "Shop/business",
    ("OrganisationKind", "volunteers"): "Voluntary association",
    ("Direction", "up"): "Higher is better",
    ("Direction", "down"): "Lower is better",
    ("AuditAction", "create"): "Created",
    ("AuditAction", "update"): "Changed",
    ("AuditAction", "delete"): "Deleted",
    ("AuditAction", "erase"): "Erased (GDPR)",
    ("Attendance", "apology"): "Sent apologies",
    ("IndexComponent", "police_reports"): "Reports to the police",
    ("InterventionType", "consequence"): "Consequence and follow-up",
    ("InterventionType", "outreach"): "Outreach work",
    ("InterventionType", "mixed_residents"): "Mixed residents",
    ("InterventionType", "activity"): "High level of activity",
    ("InterventionType", "informal_control"): "Informal social control",
    ("EvidenceBasis", "documented"): "Documented effect",
    ("MeetingType", "steering_group"): "Steering group meeting",
    ("MeetingType", "network"): "Half-yearly network meeting",
    ("MeetingType", "orientation"): "Orientation meeting",
    ("MeetingType", "development"): "Development meeting",
    ("MeetingType", "agreement"): "Agreement meeting",
    ("MeetingType", "citizens"): "Citizens' meeting",
    ("MeetingType", "other"): "Other meeting",
    ("MemberRole", "steering_group"): "Steering group member",
}


def label(value: StrEnum | None, language: str | None = None) -> str:
    """The word for a code in the UI language (desktop.formatting); empty for None."""
    if value is None:
        return ""
    if current_language(language) == "en":
        return label_en(value)
    return LABELS.get(type(value), {}).get(value.value, str(value))


def label_en(value: StrEnum | None) -> str:
    """The English word for a code, derived from the code itself."""
    if value is None:
        return ""
    found = _EN_OVERRIDES.get((type(value).__name__, value.value))
    return found or str(value).replace("_", " ").capitalize()
