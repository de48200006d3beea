"""Hand-made data for the office-format writers: "Tryghedsnetværk Solbakken".

Deliberately full of æøå, ampersands and text that a spreadsheet would read as a formula,
so every writer is exercised on what real Danish partnerships type.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.exports.data import (
    ActionItemData,
    AgendaItemData,
    AgreementData,
    AgreementSectionData,
    AttendeeData,
    CommitmentData,
    ContactLine,
    ContactListData,
    ContributionData,
    DecisionData,
    GoalData,
    IndicatorData,
    InitiativeData,
    MeasurementData,
    MeetingData,
    NewsletterData,
    ProgressData,
    SafetyReportData,
    SignatoryData,
    SubGoalData,
)

PARTNERSHIP = "Tryghedsnetværk Solbakken"
KOMMUNE = "Høje-Taastrup Kommune"
POLITI = "Københavns Vestegns Politi"
BOLIG = "Boligselskabet Solbakken"
PARTIES = (KOMMUNE, POLITI, BOLIG)

SUB_GOALS = (
    SubGoalData(
        "1",
        "Mindre utryghedsskabende adfærd",
        "Målgruppen oplever, at der forekommer mindre utryghedsskabende adfærd eller "
        "kriminalitet i deres nabolag.",
        id=11,
    ),
    SubGoalData(
        "2",
        "Mindre utryghed",
        "Målgruppen er mindre utryg ved den adfærd og kriminalitet, der forekommer i nabolaget.",
        id=12,
    ),
    SubGoalData(
        "3",
        "Færre anmeldelser",
        "Antallet af anmeldelser til politiet fra Solbakken falder.",
        id=13,
    ),
)
GOAL = GoalData(
    title="Solbakken skal være lige så tryg som resten af Høje-Taastrup",
    success_criterion="Tryghedsindekset for Solbakken er på niveau med kommunens gennemsnit senest i 2027.",
    sub_goals=SUB_GOALS,
)
VISION = "Beboere og fagfolk på Solbakken føler sig trygge – døgnet rundt, året rundt."


def contacts() -> tuple[ContactLine, ...]:
    return (
        ContactLine(
            name="Søren Æbelø",
            title="Politikommissær",
            organisation=POLITI,
            trade="Politi",
            role="Formand",
            phone="43 86 14 48",
            mobile="+45 21 34 56 78",
            email="soeren.aebeloe@politi.dk",
        ),
        ContactLine(
            name="Åse Møller-Jørgensen",
            title="SSP-konsulent",
            organisation=KOMMUNE,
            trade="SSP-konsulent",
            role="Sekretariat",
            phone="43 59 10 00",
            mobile="22 33 44 55",
            email="aase.moller@htk.dk",
        ),
        ContactLine(
            name="Jørgen Østergård",
            title="Ejendomsfunktionær",
            organisation=BOLIG,
            trade="Ejendomsfunktionær",
            role="Netværksmedlem",
            mobile="30 11 22 33",
            email="jos@solbakken.dk",
        ),
        ContactLine(
            name="Bodil Kærsgaard",
            title="Boligsocial medarbejder",
            organisation=BOLIG,
            trade="Boligsocial medarbejder",
            role="Styregruppemedlem",
            phone="44 55 66 77",
            email="bk@solbakken.dk",
        ),
        ContactLine(
            name="Ahmed Øzdemir",
            title="Gadeplansmedarbejder",
            organisation=KOMMUNE,
            trade="Gadeplansmedarbejder",
            role="Netværksmedlem",
            mobile="28 99 00 11",
            email="ahoz@htk.dk",
        ),
        ContactLine(
            name='=HYPERLINK("http://evil")',  # a name someone pasted: must stay text
            title="-Vikar",
            organisation="+Pizza & Kebab Solbakken",
            trade="Kiosk/pizzeria",
            role="@netværk",
            mobile="12345678",
            email="pizza@example.dk",
        ),
    )


def agreement() -> AgreementData:
    sections = (
        AgreementSectionData(
            "Formål",
            "Parterne samarbejder om at forebygge kriminalitet og skabe tryghed på Solbakken.\n"
            "Samarbejdet bygger på frivillighed, men aftalerne er forpligtende.",
        ),
        AgreementSectionData(
            "Organisering",
            "Styregruppen består af én repræsentant fra hver part. Sekretariatet varetages af "
            "Høje-Taastrup Kommune & SSP.\nNetværket består af fagpersoner fra ejendomskontor, "
            "gadeplan, klub og politi.",
        ),
        AgreementSectionData(
            "Mødeplan",
            "Styregruppen mødes hver 3. måned. Netværket mødes to gange årligt (forår og efterår).",
        ),
        AgreementSectionData(
            "Evaluering",
            "Samarbejdet evalueres efter det første år på grundlag af tryghedsundersøgelsen "
            "og politiets anmeldelsestal.",
        ),
    )
    commitments = (
        CommitmentData(KOMMUNE, "Stiller sekretariat til rådighed (ca. 8 timer om ugen)."),
        CommitmentData(KOMMUNE, "Koordinerer SSP- og gadeplansindsatsen i området."),
        CommitmentData(POLITI, "Deltager med nærpolitiet i netværksmøder og tryghedsvandringer."),
        CommitmentData(POLITI, "Leverer kvartalsvise anmeldelsestal for Solbakken."),
        CommitmentData(BOLIG, "Udbedrer belysning og hærværk inden for 48 timer."),
        CommitmentData(BOLIG, "Stiller mødelokale i beboerhuset til rådighed."),
    )
    signatories = (
        SignatoryData(KOMMUNE, "Mette Vølund", "Direktør, Børn & Unge"),
        SignatoryData(POLITI, "Søren Æbelø", "Politikommissær", date(2025, 3, 14)),
        SignatoryData(BOLIG, "Ib Ærø", "Formand for afdelingsbestyrelsen"),
    )
    return AgreementData(
        partnership=PARTNERSHIP,
        title="Partnerskabsaftale om tryghed på Solbakken",
        version_number=3,
        status="Godkendt",
        version_date=date(2025, 3, 3),
        parties=PARTIES,
        sections=sections,
        goals=(GOAL,),
        commitments=commitments,
        signatories=signatories,
        valid_from=date(2025, 4, 1),
        valid_to=date(2027, 3, 31),
        vision=VISION,
    )


def _people() -> tuple[ContactLine, ...]:
    return contacts()


def meeting() -> MeetingData:
    people = _people()
    return MeetingData(
        partnership=PARTNERSHIP,
        title="Netværksmøde forår 2025",
        meeting_type="Halvårligt netværksmøde",
        starts_at=datetime(2025, 4, 10, 14, 0),
        ends_at=datetime(2025, 4, 10, 16, 0),
        place="Beboerhuset, Solbakken 12, 2630 Taastrup",
        uid="meeting-42@fodslag.dk",
        sequence=2,
        organiser=people[1],
        agenda=(
            AgendaItemData(1, "Velkomst og præsentationsrunde", duration_minutes=10, presenter="Søren Æbelø"),
            AgendaItemData(
                2,
                "Status på kriminalitet og tryghed",
                "Politiet gennemgår anmeldelsestal for 1. kvartal.",
                30,
                "Søren Æbelø",
            ),
            AgendaItemData(
                3, "Tryghedsvandring – erfaringer", "Hvad så vi, og hvad er udbedret?", 30, "Bodil Kærsgaard"
            ),
            AgendaItemData(4, "Eventuelt", duration_minutes=10),
        ),
        attendees=(
            AttendeeData("Søren Æbelø", POLITI, "soeren.aebeloe@politi.dk", "Deltog"),
            AttendeeData("Åse Møller-Jørgensen", KOMMUNE, "aase.moller@htk.dk", "Deltog"),
            AttendeeData("Jørgen Østergård", BOLIG, "jos@solbakken.dk", "Afbud"),
            AttendeeData("Bodil Kærsgaard", BOLIG, "bk@solbakken.dk", "Deltog"),
            AttendeeData("Ahmed Øzdemir", KOMMUNE, "ahoz@htk.dk", "Udeblev"),
        ),
        minutes="Mødet forløb i god ro og orden.\nNetværket hilste de nye medlemmer fra klubben velkommen.",
        decisions=(
            DecisionData(
                "Belysningen ved stien mod stationen udskiftes før sommerferien.",
                "3. Tryghedsvandring – erfaringer",
            ),
            DecisionData("Næste netværksmøde holdes i oktober.", "4. Eventuelt"),
        ),
        action_items=(
            ActionItemData("Bestil nye lamper til stien", "Jørgen Østergård", date(2025, 5, 15), "Åben"),
            ActionItemData(
                "Send referat & actioncard til netværket", "Åse Møller-Jørgensen", date(2025, 4, 17), "I gang"
            ),
        ),
        open_action_items=(
            ActionItemData(
                "Fjern graffiti på garagerne",
                "Jørgen Østergård",
                date(2025, 2, 1),
                "I gang",
                overdue=True,
                meeting="Styregruppemøde januar 2025",
            ),
            ActionItemData(
                "Opdatér telefonlisten",
                "Åse Møller-Jørgensen",
                date(2025, 4, 30),
                "Åben",
                meeting="Styregruppemøde marts 2025",
            ),
        ),
    )


def cancelled_meeting() -> MeetingData:
    base = meeting()
    return MeetingData(
        partnership=base.partnership,
        title="Styregruppemøde maj 2025",
        meeting_type="Styregruppemøde",
        starts_at=datetime(2025, 5, 20, 9, 0),
        ends_at=datetime(2025, 5, 20, 10, 30),
        place="Rådhuset, mødelokale Ærø",
        uid="meeting-43@fodslag.dk",
        sequence=1,
        cancelled=True,
        organiser=base.organiser,
        attendees=base.attendees[:3],
    )


def winter_meeting() -> MeetingData:
    """A meeting in standard time (CET) so both timezone offsets are exercised."""
    base = meeting()
    return MeetingData(
        partnership=base.partnership,
        title="Netværksmøde efterår 2025",
        meeting_type="Halvårligt netværksmøde",
        starts_at=datetime(2025, 11, 6, 15, 30),
        ends_at=datetime(2025, 11, 6, 17, 0),
        place=base.place,
        uid="meeting-44@fodslag.dk",
        organiser=base.organiser,
        attendees=base.attendees,
    )


def _measurements(values: list[float], start_year: int = 2022) -> tuple[MeasurementData, ...]:
    """Quarterly values from the start year (3 years = 12 quarters)."""
    out = []
    for i, value in enumerate(values):
        year, quarter = divmod(i, 4)
        out.append(MeasurementData(date(start_year + year, 3 * quarter + 1, 1), value, "Solbakken"))
    return tuple(out)


def indicators() -> tuple[IndicatorData, ...]:
    return (
        IndicatorData(
            name="Andel beboere, der føler sig utrygge om aftenen",
            unit="%",
            source="Tryghedsundersøgelse (spørgeskema)",
            direction="down",
            baseline=31.5,
            baseline_date=date(2022, 1, 1),
            target=20.0,
            target_date=date(2027, 1, 1),
            linked_to="Delmål 2: Mindre utryghed",
            sub_goal_id=12,
            measurements=_measurements(
                [31.5, 30.2, 29.8, 28.1, 27.4, 26.0, 25.5, 24.9, 23.8, 22.6, 21.9, 21.1]
            ),
        ),
        IndicatorData(
            name="Anmeldte indbrud pr. kvartal",
            unit="antal",
            source="Politiets døgnrapporter",
            direction="down",
            baseline=48,
            baseline_date=date(2022, 1, 1),
            target=30,
            target_date=date(2027, 1, 1),
            linked_to="Delmål 3: Færre anmeldelser",
            sub_goal_id=13,
            measurements=_measurements([48, 52, 45, 41, 39, 35, 33, 31, 29, 27, 30, 28]),
        ),
        IndicatorData(
            name="Registrerede medlemmer af Nabohjælp",
            unit="antal",
            source="Nabohjælp.dk",
            direction="up",
            baseline=1200,
            baseline_date=date(2022, 1, 1),
            target=2500,
            target_date=date(2027, 1, 1),
            linked_to="Initiativ: Nabohjælp på Solbakken",
            measurements=_measurements(
                [1200, 1260, 1310, 1405, 1490, 1530, 1610, 1700, 1725, 1790, 1850, 1902]
            ),
        ),
    )


def initiatives() -> tuple[InitiativeData, ...]:
    sg = {s.code: s for s in SUB_GOALS}

    def serves(code: str, how: str) -> ContributionData:
        return ContributionData(sg[code].id, sg[code].label, how)

    return (
        InitiativeData(
            title="Tryghedsvandringer på Solbakken",
            focus_area="Trygge byrum",
            description="Halvårlige vandringer med beboere, politi og ejendomskontor.",
            target_group="Beboere på Solbakken",
            responsible_party="Fælles",
            owner="Bodil Kærsgaard",
            evidence_basis="Dokumenteret effekt",
            prevention_kind="Proaktiv",
            intervention_type="Reduceret forfald",
            success_criteria="Alle fund udbedres inden 4 uger.",
            start=date(2024, 9, 1),
            end=date(2026, 8, 31),
            status="I gang",
            approved_on=date(2024, 8, 20),
            approved_at_meeting="Styregruppemøde august 2024",
            contributions=(
                serves("1", "Mørke stier og hærværk udbedres hurtigt."),
                serves("2", "Beboerne ser, at der bliver handlet på det, de peger på."),
            ),
        ),
        InitiativeData(
            title="Nabohjælp på Solbakken",
            focus_area="Indbrud",
            description="Kampagne for tilmelding til Nabohjælp og mærkning af opgange.",
            target_group="Husstande i afdeling 1–4",
            responsible_party="Politi",
            owner="Søren Æbelø",
            evidence_basis="Udviklingsinitiativ",
            prevention_kind="Proaktiv",
            intervention_type="Uformel social kontrol",
            success_criteria="2.500 registrerede medlemmer i 2027.",
            start=date(2024, 1, 1),
            end=None,
            status="I gang",
            approved_on=date(2023, 12, 5),
            approved_at_meeting="Styregruppemøde december 2023",
            contributions=(serves("3", "=Færre indbrud, når naboer holder øje."),),
        ),
        InitiativeData(
            title="Gadeplansteam om aftenen",
            focus_area="Unge i grupper",
            description="To gadeplansmedarbejdere til stede fredag og lørdag aften.",
            target_group="Unge 13–18 år",
            responsible_party="Kommune",
            owner="Ahmed Øzdemir",
            evidence_basis="Dokumenteret effekt",
            prevention_kind="Reaktiv",
            intervention_type="Opsøgende arbejde",
            success_criteria="Færre henvendelser om uro på torvet.",
            start=date(2025, 2, 1),
            end=date(2025, 12, 31),
            status="Planlagt",
            approved_on=None,
            approved_at_meeting="",
            contributions=(
                serves("1", "Voksne til stede dæmper uro."),
                serves("2", "Beboerne ser voksne på torvet om aftenen."),
            ),
        ),
    )


def progress() -> ProgressData:
    return ProgressData(
        partnership=PARTNERSHIP,
        strategy="Tryg på Solbakken 2025–2027",
        vision=VISION,
        goals=(GOAL,),
        initiatives=initiatives(),
        indicators=indicators(),
        produced=date(2025, 4, 1),
    )


def contact_list() -> ContactListData:
    return ContactListData(PARTNERSHIP, date(2025, 4, 1), contacts())


def newsletter() -> NewsletterData:
    people = contacts()
    return NewsletterData(
        partnership=PARTNERSHIP,
        subject="Nyt fra Tryghedsnetværk Solbakken – forår 2025",
        body="Kære netværk\n\nTak for et godt møde i beboerhuset. Belysningen ved stien "
        "udskiftes før sommerferien, og graffitien på garagerne er fjernet.\n\n"
        "Husk: ring 114 ved mistanke, 112 ved fare for liv.\n\nMange hilsner\nÅse",
        sender=people[1],
        recipients=tuple(p for p in people if p is not people[1]),
        sent_at=datetime(2025, 4, 14, 9, 30),
    )


def safety_report() -> SafetyReportData:
    return SafetyReportData(
        partnership=PARTNERSHIP,
        area="Solbakken, afdeling 1–4",
        produced=date(2025, 4, 1),
        indicators=indicators(),
        goals=(GOAL,),
        sections=(
            AgreementSectionData(
                "Baggrund",
                "Styregruppen har konstateret en stigning i indbrud og i beboernes utryghed.",
            ),
            AgreementSectionData(
                "Utryghed",
                "Beboerne nævner især dårlig belysning, unge i grupper og hærværk.",
            ),
        ),
    )
