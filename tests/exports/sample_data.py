"""Realistic Danish sample data for the document writers: Tryghedsnetværk Solbakken."""

from __future__ import annotations

from datetime import date, datetime

from desktop.exports.data import (
    ActionCardData,
    ActionCardRow,
    ActionItemData,
    AgendaItemData,
    AttendeeData,
    ContactLine,
    ContactListData,
    ContributionData,
    DecisionData,
    FolderData,
    GoalData,
    IndicatorData,
    InitiativeData,
    MeasurementData,
    MeetingData,
    MeetingPackData,
    ProgressData,
    SubGoalData,
)

PARTNERSHIP = "Tryghedsnetværk Solbakken"

PROBLEMS = (
    "Narkohandel",
    "Hærværk",
    "Vedligehold/forfald",
    "Dårlig belysning",
    "Urolige psykisk syge og misbrugere",
    "Anden utryghed",
)

CONTACTS = (
    ContactLine(
        "Søren Østergaard",
        "SSP-konsulent",
        "Solbæk Kommune",
        "SSP",
        "Styregruppe",
        "43 96 12 34",
        "21 43 65 87",
        "soeren.oestergaard@solbaek.dk",
    ),
    ContactLine(
        "Aisha Jørgensen",
        "Gadeplansmedarbejder",
        "Solbæk Kommune, Gadeteamet",
        "Gadeplansmedarbejder",
        "Netværksmedlem",
        "",
        "28 11 22 33",
        "aijo@solbaek.dk",
    ),
    ContactLine(
        "Birthe Kærgaard",
        "Ejendomsfunktionær",
        "Boligselskabet Solbakken, afd. 7",
        "Ejendomsfunktionær",
        "Netværksmedlem",
        "43 71 20 00",
        "",
        "bk@solbakken-bolig.dk",
    ),
    ContactLine(
        "Mads Højgaard",
        "Politikommissær",
        "Midt- og Vestsjællands Politi",
        "Politi",
        "Formand",
        "114",
        "41 22 33 44",
        "mhoej001@politi.dk",
    ),
    ContactLine(
        "Louise Æbelø",
        "Boligsocial medarbejder",
        "Helhedsplanen Solbakken",
        "Boligsocial medarbejder",
        "Sekretariat",
        "43 71 20 15",
        "30 40 50 60",
        "louise.aebeloe@helhedsplan-solbakken.dk",
    ),
    ContactLine(
        "Peter Brøndum",
        "Social- og sundhedshjælper",
        "Hjemmeplejen Syd",
        "Hjemmepleje",
        "Netværksmedlem",
        "",
        "27 27 27 27",
        "pebr@solbaek.dk",
    ),
    ContactLine(
        "Fatima Øzdemir",
        "Klubleder",
        "Ungdomsklubben Stjernen",
        "Klubmedarbejder",
        "Netværksmedlem",
        "43 96 55 10",
        "",
        "fatima@klubstjernen.dk",
    ),
    ContactLine(
        "Jens-Åge Lund",
        "Ejer",
        "Pizzeria Bella Solbakken",
        "Pizzeria",
        "Netværksmedlem",
        "43 73 10 10",
        "",
        "bella.solbakken@mail.dk",
    ),
)


def action_card(extra_rows: int = 0, extra_problems: int = 0) -> ActionCardData:
    """The idékatalog's card for Solbakken; ``extra_*`` inflate it to force overflow."""
    problems = PROBLEMS + tuple(f"Ekstra problemtype {i + 1}" for i in range(extra_problems))
    rows = [
        ActionCardRow(
            "SSP / Gadeteamet",
            "Solbæk Kommune, hverdage 9–22",
            "43 96 12 34",
            "ssp@solbaek.dk",
            frozenset({0, 1}),
        ),
        ActionCardRow(
            "Socialpsykiatrien",
            "Støttecenter Solhjem",
            "43 96 30 00",
            "socialpsykiatri@solbaek.dk",
            frozenset({4}),
        ),
        ActionCardRow(
            "Helhedsplanen Solbakken",
            "Boligsocialt team, Solbakken 12",
            "43 71 20 15",
            "kontakt@helhedsplan-solbakken.dk",
            frozenset({5}),
        ),
        ActionCardRow(
            "Ejendomskontoret afd. 7",
            "Hverdage 8–9 og 15–16",
            "43 71 20 00",
            "afd7@solbakken-bolig.dk",
            frozenset({1, 2, 3}),
        ),
        ActionCardRow(
            "Nærpolitiet Solbæk", "Midt- og Vestsjællands Politi", "114", "mvsj@politi.dk", frozenset({0, 5})
        ),
        ActionCardRow(
            "Vej og Park",
            "Solbæk Kommune, Teknik og Miljø",
            "43 96 40 40",
            "vejpark@solbaek.dk",
            frozenset({2, 3}),
        ),
        ActionCardRow(
            "Hjemmeplejen Syd",
            "Døgnvagt for ældre borgere",
            "43 96 50 50",
            "hjemmepleje.syd@solbaek.dk",
            frozenset({4}),
        ),
        ActionCardRow(
            "Natteravnene Solbakken",
            "Fredag og lørdag aften",
            "20 30 40 50",
            "solbakken@natteravnene.dk",
            frozenset({5}),
        ),
    ]
    for i in range(extra_rows):
        rows.append(
            ActionCardRow(
                f"Ekstra kontakt nr. {i + 1} – Åbo Ørsted",
                "Ekstra afdeling",
                f"40 00 {i:02d} 00",
                f"ekstra{i}@solbaek.dk",
                frozenset({i % len(problems)}),
            )
        )
    return ActionCardData(
        partnership=PARTNERSHIP,
        title="Actioncard – Tryghedsnetværk Solbakken",
        problems=problems,
        rows=tuple(rows),
        version_label="Version 3",
        updated=date(2025, 3, 3),
        footer="Ring altid 112 ved fare for liv og helbred.",
    )


def contact_list(repeat: int = 1) -> ContactListData:
    contacts = CONTACTS * repeat
    return ContactListData(PARTNERSHIP, date(2025, 3, 3), contacts)


def folder() -> FolderData:
    return FolderData(
        partnership=PARTNERSHIP,
        area="Solbakken, afdeling 5, 7 og 9, Solbæk Kommune",
        background=(
            "Solbakken er et levende boligområde med mange fagpersoner, der dagligt kommer i "
            "området: ejendomsfunktionærer, hjemmeplejen, SSP, klubber og butikker. "
            "Tryghedsnetværket samler deres opmærksomhed og viden i et fast samarbejde med "
            "politiet.\n\nNetværket blev etableret i 2024 på baggrund af en tryghedsundersøgelse "
            "og en tryghedsvandring med beboere og fagpersoner."
        ),
        purpose=(
            "Formålet er at forebygge kriminalitet og fremme et trygt dagligliv i Solbakken "
            "ved at fagpersonerne ved, hvem de skal kontakte, når de oplever noget, der skaber "
            "utryghed."
        ),
        what_it_is_not=(
            "Netværket er ikke et vagtværn eller en borgervæbning, og fagpersonerne skal ikke "
            "agere politi. Der er ingen form for social kontrol eller dyneløfteri. Oplysninger "
            "om enkelte borgeres sager deles ikke i netværket."
        ),
        organisation_text=(
            "En styregruppe med politi, kommune og boligselskab leder netværket. Sekretariatet "
            "ligger i Helhedsplanen Solbakken. Netværket mødes hvert halve år."
        ),
        steering_group=CONTACTS[:1] + CONTACTS[3:5],
        secretariat=(CONTACTS[4],),
        action_card=action_card(),
        contact_text="Har du spørgsmål til netværket, så kontakt sekretariatet.",
    )


GOALS = (
    GoalData(
        "Solbakken skal være lige så trygt som resten af Solbæk",
        "Tryghedsindekset for Solbakken er på niveau med kommunens gennemsnit i 2027",
        (
            SubGoalData("1", "Færre oplever utryghedsskabende adfærd og kriminalitet", id=1),
            SubGoalData("2", "Beboerne er mindre utrygge ved det, der sker", id=2),
            SubGoalData("3", "Den anmeldte kriminalitet falder", id=3),
        ),
    ),
)


def _contribution(code: str) -> ContributionData:
    sub_goal = next(sg for sg in GOALS[0].sub_goals if sg.code == code)
    return ContributionData(sub_goal.id, sub_goal.label, "Bidrager direkte")


def _initiative(title: str, status: str, codes: tuple[str, ...]) -> InitiativeData:
    return InitiativeData(
        title=title,
        focus_area="Udearealer og belysning",
        description="Beskrivelse.",
        target_group="Beboere i afdeling 7",
        responsible_party="Fælles",
        owner="Louise Æbelø",
        evidence_basis="Dokumenteret effekt",
        prevention_kind="Proaktiv",
        intervention_type="Mindre forfald",
        success_criteria="Færre anmeldelser",
        start=date(2024, 9, 1),
        end=date(2025, 12, 31),
        status=status,
        approved_on=date(2024, 8, 20),
        approved_at_meeting="Styregruppemøde 20. august 2024",
        contributions=tuple(_contribution(c) for c in codes),
    )


def indicators() -> tuple[IndicatorData, ...]:
    burglaries = tuple(
        MeasurementData(date(year, month, 1), float(v))
        for (year, month), v in zip(
            [(y, m) for y in (2022, 2023, 2024) for m in (1, 4, 7, 10)],
            [14, 12, 15, 13, 11, 12, 10, 9, 9, 8, 7, 7],
            strict=True,
        )
    )
    safety = tuple(
        MeasurementData(date(year, 6, 1), v, respondents=410)
        for year, v in ((2022, 61.0), (2023, 66.5), (2024, 71.2))
    )
    return (
        IndicatorData(
            "Anmeldte indbrud i Solbakken",
            "antal pr. kvartal",
            "Politiets døgnrapport",
            "down",
            14.0,
            date(2022, 1, 1),
            8.0,
            date(2025, 12, 31),
            "Delmål 3: Den anmeldte kriminalitet falder",
            burglaries,
        ),
        IndicatorData(
            "Andel trygge beboere",
            "%",
            "Tryghedsundersøgelse (Politiets Tryghedsindeks)",
            "up",
            61.0,
            date(2022, 6, 1),
            75.0,
            date(2026, 6, 1),
            "Delmål 2: Beboerne er mindre utrygge",
            safety,
        ),
    )


def progress() -> ProgressData:
    return ProgressData(
        partnership=PARTNERSHIP,
        strategy="Tryg i Solbakken 2024–2027",
        vision="Et Solbakken hvor alle færdes trygt – også efter mørkets frembrud.",
        goals=GOALS,
        initiatives=(
            _initiative("Bedre belysning på stier og p-pladser", "I gang", ("1", "2")),
            _initiative("Tryghedsvandringer to gange årligt", "Afsluttet", ("2",)),
        ),
        indicators=indicators(),
        produced=date(2025, 3, 3),
    )


ACTION_ITEMS = (
    ActionItemData(
        "Udskift defekte lamper ved Solbakken 12–18",
        "Birthe Kærgaard",
        date(2025, 2, 1),
        "I gang",
        overdue=True,
        meeting="Netværksmøde 8. oktober 2024",
    ),
    ActionItemData(
        "Opdatér actioncard med nyt nummer til Socialpsykiatrien",
        "Louise Æbelø",
        date(2025, 4, 15),
        "Åben",
        meeting="Netværksmøde 8. oktober 2024",
    ),
    ActionItemData("Planlæg tryghedsvandring i afdeling 9", "Søren Østergaard", date(2025, 5, 1), "Åben"),
)


def previous_meeting() -> MeetingData:
    return MeetingData(
        partnership=PARTNERSHIP,
        title="Halvårligt netværksmøde, efterår 2024",
        meeting_type="Halvårligt netværksmøde",
        starts_at=datetime(2024, 10, 8, 16, 0),
        ends_at=datetime(2024, 10, 8, 18, 0),
        place="Beboerhuset Solbakken, Solbakken 12, 4100 Solbæk",
        uid="meeting-2024-10@fodslag",
        organiser=CONTACTS[4],
        agenda=(
            AgendaItemData(
                1, "Velkomst og præsentationsrunde", duration_minutes=15, presenter="Mads Højgaard"
            ),
            AgendaItemData(
                2, "Status på kriminalitet og tryghed", "Nye tal fra politiet.", 30, "Mads Højgaard"
            ),
            AgendaItemData(3, "Belysning på stierne", duration_minutes=30),
            AgendaItemData(4, "Eventuelt", duration_minutes=10),
        ),
        attendees=(
            AttendeeData("Mads Højgaard", "Midt- og Vestsjællands Politi", status="Deltog"),
            AttendeeData("Louise Æbelø", "Helhedsplanen Solbakken", status="Deltog"),
            AttendeeData("Birthe Kærgaard", "Boligselskabet Solbakken", status="Deltog"),
            AttendeeData("Søren Østergaard", "Solbæk Kommune", status="Afbud"),
            AttendeeData("Peter Brøndum", "Hjemmeplejen Syd", status="Afbud"),
            AttendeeData("Jens-Åge Lund", "Pizzeria Bella Solbakken", status="Udeblev"),
        ),
        minutes=(
            "Politiet gennemgik udviklingen: færre indbrud, men flere henvendelser om "
            "knallertkørsel på stierne.\n\nNetværket drøftede belysningen ved Solbakken 12–18, "
            "hvor flere lamper er i stykker. Ejendomskontoret undersøger sagen."
        ),
        decisions=(
            DecisionData(
                "Ejendomskontoret udskifter de defekte lamper før vinteren.", "Belysning på stierne"
            ),
            DecisionData("Næste netværksmøde holdes i marts 2025."),
        ),
        action_items=ACTION_ITEMS[:2],
    )


def meeting() -> MeetingData:
    return MeetingData(
        partnership=PARTNERSHIP,
        title="Halvårligt netværksmøde, forår 2025",
        meeting_type="Halvårligt netværksmøde",
        starts_at=datetime(2025, 3, 18, 16, 0),
        ends_at=datetime(2025, 3, 18, 18, 30),
        place="Beboerhuset Solbakken, Solbakken 12, 4100 Solbæk",
        uid="meeting-2025-03@fodslag",
        organiser=CONTACTS[4],
        agenda=(
            AgendaItemData(1, "Velkomst", duration_minutes=10, presenter="Mads Højgaard"),
            AgendaItemData(2, "Godkendelse af referat", duration_minutes=5),
            AgendaItemData(
                3,
                "Nyt fra politiet: tryghedsindekset 2024",
                "Gennemgang af de nye tal & drøftelse <i>i grupper</i>.",
                30,
                "Mads Højgaard",
            ),
            AgendaItemData(
                4, "Opdatering af actioncard og folder", duration_minutes=20, presenter="Louise Æbelø"
            ),
            AgendaItemData(5, "Eventuelt", duration_minutes=10),
        ),
        attendees=tuple(AttendeeData(c.name, c.organisation, c.email, "Inviteret") for c in CONTACTS),
        open_action_items=ACTION_ITEMS,
    )


def meeting_pack() -> MeetingPackData:
    return MeetingPackData(meeting(), previous_meeting(), ACTION_ITEMS, progress())
