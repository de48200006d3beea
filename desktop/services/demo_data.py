"""Fixed Danish content of the demo database: the fictional estate Solbakken and Engparken.

Kept apart from ``demo.py`` so the wording can be read and corrected by someone who knows
the work, without reading the code that stores it. Everything is invented; phone numbers
are written in the mixed formats users really type, to show that the model normalises them.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.models.enums import (
    EvidenceBasis,
    InitiativeStatus,
    InterventionType,
    OrganisationKind,
    PreventionKind,
    ResponsibleParty,
    Trade,
)

MAIN_NAME = "Tryghedsnetværk Solbakken"
HOTSPOT_NAME = "Hotspot Nørreparken"
AREA = "Solbakken og Engparken, Høje-Taastrup"
LOCAL_AREAS = ("Solbakken", "Engparken")
PLACE_HOUSE = "Beboerhuset Solbakken, Solbakken 12, 2630 Taastrup"
PLACE_TOWN_HALL = "Høje-Taastrup Rådhus, mødelokale 3, Bygaden 2, 2630 Taastrup"
PLACE_POLICE = "Lokalpolitiet Høje-Taastrup, Taastrup Hovedgade 80, 2630 Taastrup"


class OrgSpec(NamedTuple):
    key: str
    name: str
    kind: OrganisationKind
    parent: str | None = None
    address: str = ""
    phone: str | None = None
    email: str | None = None


ORGANISATIONS: tuple[OrgSpec, ...] = (
    OrgSpec(
        "htk",
        "Høje-Taastrup Kommune",
        OrganisationKind.MUNICIPALITY,
        None,
        "Bygaden 2, 2630 Taastrup",
        "43 35 10 00",
        "kommunen@htk.dk",
    ),
    OrgSpec(
        "buf",
        "Børne- og Ungeforvaltningen",
        OrganisationKind.DEPARTMENT,
        "htk",
        "Bygaden 2, 2630 Taastrup",
        "4335 1200",
        "buf@htk.dk",
    ),
    OrgSpec(
        "ssp",
        "SSP Høje-Taastrup",
        OrganisationKind.DEPARTMENT,
        "buf",
        "Taastrup Hovedgade 77, 2630 Taastrup",
        "+45 43 35 12 40",
        "ssp@htk.dk",
    ),
    OrgSpec(
        "gade",
        "Gadeteamet Høje-Taastrup",
        OrganisationKind.DEPARTMENT,
        "ssp",
        "Solbakken 12, 2630 Taastrup",
        "43351245",
        "gadeteamet@htk.dk",
    ),
    OrgSpec(
        "boern",
        "Børnehuset Solstrålen",
        OrganisationKind.DEPARTMENT,
        "buf",
        "Engparken 3, 2630 Taastrup",
        "43 35 18 60",
        "solstraalen@htk.dk",
    ),
    OrgSpec(
        "hjem",
        "Hjemmeplejen Taastrup Syd",
        OrganisationKind.DEPARTMENT,
        "htk",
        "Parkvej 14, 2630 Taastrup",
        "43 35 16 00",
        "hjemmepleje.syd@htk.dk",
    ),
    OrgSpec(
        "socpsyk",
        "Socialpsykiatrien Høje-Taastrup",
        OrganisationKind.DEPARTMENT,
        "htk",
        "Støttecenter Engly, Engvej 9, 2630 Taastrup",
        "43 35 17 30",
        "socialpsykiatri@htk.dk",
    ),
    OrgSpec(
        "vagt",
        "Kommunens Tryghedsvagter",
        OrganisationKind.DEPARTMENT,
        "htk",
        "Bygaden 2, 2630 Taastrup",
        "43 35 19 90",
        "tryghedsvagter@htk.dk",
    ),
    OrgSpec(
        "bib",
        "Taastrup Bibliotek, filial Solbakken",
        OrganisationKind.DEPARTMENT,
        "htk",
        "Solbakken Centret 4, 2630 Taastrup",
        "43 35 14 70",
        "bibliotek.solbakken@htk.dk",
    ),
    OrgSpec(
        "politi",
        "Københavns Vestegns Politi",
        OrganisationKind.POLICE,
        None,
        "Taastrup Hovedgade 80, 2630 Taastrup",
        "+45 4386 1448",
        "kbhvestegn@politi.dk",
    ),
    OrgSpec(
        "bolig",
        "Boligselskabet Solbakken",
        OrganisationKind.HOUSING_ASSOCIATION,
        None,
        "Solbakken 1, 2630 Taastrup",
        "43 71 20 00",
        "kontakt@solbakken-bolig.dk",
    ),
    OrgSpec(
        "afd",
        "Afd. Solbakken",
        OrganisationKind.ESTATE,
        "bolig",
        "Solbakken 1-61, 2630 Taastrup",
        None,
        "afd.solbakken@solbakken-bolig.dk",
    ),
    OrgSpec(
        "afd2",
        "Afd. Engparken",
        OrganisationKind.ESTATE,
        "bolig",
        "Engparken 1-40, 2630 Taastrup",
        None,
        "afd.engparken@solbakken-bolig.dk",
    ),
    OrgSpec(
        "ab",
        "Afdelingsbestyrelsen, Afd. Solbakken",
        OrganisationKind.RESIDENTS_BOARD,
        "afd",
        "Solbakken 12, 2630 Taastrup",
        None,
        "afdelingsbestyrelsen@solbakken-bolig.dk",
    ),
    OrgSpec(
        "ejd",
        "Ejendomskontoret Solbakken",
        OrganisationKind.OTHER,
        "afd",
        "Solbakken 2, 2630 Taastrup",
        "43 71 20 10",
        "ejendomskontor@solbakken-bolig.dk",
    ),
    OrgSpec(
        "helhed",
        "Helhedsplanen Solbakken-Engparken",
        OrganisationKind.OTHER,
        "bolig",
        "Solbakken 12, 2630 Taastrup",
        "43 71 20 15",
        "helhedsplan@solbakken-bolig.dk",
    ),
    OrgSpec(
        "skole",
        "Solbakkeskolen",
        OrganisationKind.SCHOOL,
        None,
        "Skolevej 20, 2630 Taastrup",
        "43 35 30 00",
        "solbakkeskolen@htk.dk",
    ),
    OrgSpec(
        "klub",
        "Ungdomsklubben Engen",
        OrganisationKind.CLUB,
        None,
        "Engparken 22, 2630 Taastrup",
        "43 35 31 50",
        "klub.engen@htk.dk",
    ),
    OrgSpec(
        "bk",
        "Solbakken Boldklub",
        OrganisationKind.CLUB,
        None,
        "Idrætsvej 5, 2630 Taastrup",
        "25 61 44 10",
        "ungdom@solbakken-bk.dk",
    ),
    OrgSpec(
        "pizza",
        "Pizzeria Napoli, Solbakken Centret",
        OrganisationKind.SHOP,
        None,
        "Solbakken Centret 2, 2630 Taastrup",
        "43 52 66 66",
        "napoli.solbakken@gmail.com",
    ),
    OrgSpec(
        "kiosk",
        "Engparkens Kiosk",
        OrganisationKind.SHOP,
        None,
        "Engparken 1, 2630 Taastrup",
        "43 52 41 18",
        "engparkenskiosk@mail.dk",
    ),
    OrgSpec(
        "natte",
        "Natteravnene Høje-Taastrup",
        OrganisationKind.VOLUNTEERS,
        None,
        "Solbakken 12, 2630 Taastrup",
        "21 49 58 70",
        "hoeje-taastrup@natteravnene.dk",
    ),
    OrgSpec(
        "region",
        "Region Hovedstadens Psykiatri",
        OrganisationKind.REGION,
        None,
        "Psykiatrisk Center Glostrup, Nordstjernevej 41, 2600 Glostrup",
        "38 64 00 00",
        "pc-glostrup@regionh.dk",
    ),
    OrgSpec(
        "post",
        "PostNord, omdeling Taastrup",
        OrganisationKind.OTHER,
        None,
        "Industrivej 8, 2630 Taastrup",
        None,
        "taastrup.omdeling@postnord.dk",
    ),
    OrgSpec(
        "renov",
        "Vestegnens Renovation A/S",
        OrganisationKind.OTHER,
        None,
        "Stamholmen 110, 2650 Hvidovre",
        "36 77 15 00",
        "kundeservice@vestegnsrenovation.dk",
    ),
    OrgSpec(
        "madbud",
        "Taastrup Madudbringning",
        OrganisationKind.OTHER,
        None,
        "Taastrup Hovedgade 101, 2630 Taastrup",
        None,
        "info@taastrupmad.dk",
    ),
)

#: the organisations that are parties to the main partnership
MAIN_PARTIES = (
    "htk",
    "ssp",
    "politi",
    "bolig",
    "afd",
    "ab",
    "helhed",
    "skole",
    "klub",
    "pizza",
    "natte",
    "region",
    "socpsyk",
)


class ContactSpec(NamedTuple):
    key: str
    name: str
    title: str
    org: str
    trade: Trade
    phone: str | None
    mobile: str | None
    email: str | None
    #: chair, steering, secretariat, leader, frontline, member, late (joined later), left
    role: str


CONTACTS: tuple[ContactSpec, ...] = (
    ContactSpec(
        "lars",
        "Lars Østergaard",
        "Politikommissær, leder af Lokalpolitiet Høje-Taastrup",
        "politi",
        Trade.POLICE,
        "+45 43 86 14 50",
        "41 27 58 93",
        "loe001@politi.dk",
        "chair",
    ),
    ContactSpec(
        "martin",
        "Martin Kjær",
        "Politikommissær, Forebyggelsessektionen",
        "politi",
        Trade.POLICE,
        "4386 1455",
        "+45 29 61 74 08",
        "mkj017@politi.dk",
        "steering",
    ),
    ContactSpec(
        "sanne",
        "Sanne Bækgaard",
        "Politiassistent, forebyggelsesbetjent",
        "politi",
        Trade.POLICE,
        None,
        "29647138",
        "sbg003@politi.dk",
        "frontline",
    ),
    ContactSpec(
        "kasper",
        "Kasper Holm Dalsgaard",
        "Kontaktbetjent",
        "politi",
        Trade.POLICE,
        None,
        "+4530915562",
        "khd012@politi.dk",
        "member",
    ),
    ContactSpec(
        "henrik",
        "Henrik Søndergaard",
        "Centerchef, Børne- og Ungeforvaltningen",
        "buf",
        Trade.ADMINISTRATION,
        "43 35 12 01",
        "40 18 22 95",
        "henrik.soendergaard@htk.dk",
        "steering",
    ),
    ContactSpec(
        "pernille",
        "Pernille Krogh Andersen",
        "SSP-koordinator",
        "ssp",
        Trade.SSP,
        "43 35 12 41",
        "2231 4587",
        "pernille.krogh@htk.dk",
        "secretariat",
    ),
    ContactSpec(
        "jonas",
        "Jonas Bjørn",
        "SSP-konsulent",
        "ssp",
        Trade.SSP,
        None,
        "22 31 45 90",
        "jonas.bjoern@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "aisha",
        "Aisha Rahimi",
        "Gadeplansmedarbejder",
        "gade",
        Trade.STREET_WORKER,
        None,
        "28 11 42 37",
        "aisha.rahimi@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "mikkel",
        "Mikkel Frøsig",
        "Gadeplansmedarbejder",
        "gade",
        Trade.STREET_WORKER,
        None,
        "+45 28 11 42 51",
        "mikkel.froesig@htk.dk",
        "member",
    ),
    ContactSpec(
        "birgitte",
        "Birgitte Lyngbæk",
        "Boligchef",
        "bolig",
        Trade.ADMINISTRATION,
        "43 71 20 01",
        "51 94 36 27",
        "bly@solbakken-bolig.dk",
        "steering",
    ),
    ContactSpec(
        "nadia",
        "Nadia El-Khatib",
        "Projektleder, Helhedsplanen",
        "helhed",
        Trade.SOCIAL_HOUSING,
        "43 71 20 16",
        "5194 3650",
        "nek@solbakken-bolig.dk",
        "secretariat",
    ),
    ContactSpec(
        "rasmus",
        "Rasmus Thygesen",
        "Boligsocial medarbejder",
        "helhed",
        Trade.SOCIAL_HOUSING,
        None,
        "51943661",
        "rth@solbakken-bolig.dk",
        "frontline",
    ),
    ContactSpec(
        "mona",
        "Mona Abdi",
        "Bydelsmor",
        "helhed",
        Trade.VOLUNTEER,
        None,
        "31 72 84 19",
        "mona.abdi@bydelsmor.dk",
        "member",
    ),
    ContactSpec(
        "torben",
        "Torben Mølgaard",
        "Driftsleder",
        "ejd",
        Trade.CARETAKER,
        "43 71 20 11",
        "21 63 79 04",
        "tmo@solbakken-bolig.dk",
        "leader",
    ),
    ContactSpec(
        "bo",
        "Bo Kjeldsen",
        "Ejendomsfunktionær",
        "ejd",
        Trade.CARETAKER,
        None,
        "2163 7921",
        "bkj@solbakken-bolig.dk",
        "frontline",
    ),
    ContactSpec(
        "dorthe",
        "Dorthe Ravn",
        "Ejendomsfunktionær",
        "ejd",
        Trade.CARETAKER,
        None,
        "+45 21 63 79 35",
        "dra@solbakken-bolig.dk",
        "member",
    ),
    ContactSpec(
        "grethe",
        "Grethe Sørensen",
        "Formand for afdelingsbestyrelsen",
        "ab",
        Trade.OTHER,
        None,
        "26 48 13 72",
        "grethe.soerensen@solbakken-bolig.dk",
        "member",
    ),
    ContactSpec(
        "ulla",
        "Ulla Brændgaard",
        "Skoleleder",
        "skole",
        Trade.TEACHER,
        "43 35 30 01",
        "40 57 26 81",
        "ulla.braendgaard@htk.dk",
        "leader",
    ),
    ContactSpec(
        "ahmad",
        "Ahmad Nouri",
        "Lærer og AKT-vejleder",
        "skole",
        Trade.TEACHER,
        None,
        "60 14 87 32",
        "ahmad.nouri@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "fatma",
        "Fatma Yildiz",
        "Klubleder",
        "klub",
        Trade.YOUTH_CLUB,
        "43 35 31 51",
        "61 29 74 58",
        "fatma.yildiz@htk.dk",
        "leader",
    ),
    ContactSpec(
        "nikolaj",
        "Nikolaj Højer",
        "Klubmedarbejder",
        "klub",
        Trade.YOUTH_CLUB,
        None,
        "6129 7463",
        "nikolaj.hoejer@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "camilla",
        "Camilla Vestergaard",
        "Pædagog",
        "boern",
        Trade.PEDAGOGUE,
        "43 35 18 61",
        None,
        "camilla.vestergaard@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "emma",
        "Emma Lindholm",
        "Pædagogisk leder",
        "boern",
        Trade.PEDAGOGUE,
        "43 35 18 62",
        "53 82 19 46",
        "emma.lindholm@htk.dk",
        "leader",
    ),
    ContactSpec(
        "hanne",
        "Hanne Lauridsen",
        "Gruppeleder, hjemmeplejen",
        "hjem",
        Trade.HOME_CARE,
        "43 35 16 10",
        "23 94 51 68",
        "hanne.lauridsen@htk.dk",
        "leader",
    ),
    ContactSpec(
        "jesper",
        "Jesper Mørch",
        "Social- og sundhedshjælper",
        "hjem",
        Trade.HOME_CARE,
        None,
        "23945172",
        "jesper.moerch@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "ida",
        "Ida Kirkegaard",
        "Teamleder, Støttecenter Engly",
        "socpsyk",
        Trade.SOCIAL_PSYCHIATRY,
        "43 35 17 31",
        "42 61 83 95",
        "ida.kirkegaard@htk.dk",
        "leader",
    ),
    ContactSpec(
        "sofie",
        "Sofie Brask",
        "Bostøttemedarbejder",
        "socpsyk",
        Trade.SOCIAL_PSYCHIATRY,
        None,
        "4261 8317",
        "sofie.brask@htk.dk",
        "frontline",
    ),
    ContactSpec(
        "morten",
        "Morten Åkesson",
        "Afsnitsleder, Psykiatrisk Center Glostrup",
        "region",
        Trade.SOCIAL_PSYCHIATRY,
        "38 64 05 20",
        None,
        "morten.aakesson@regionh.dk",
        "member",
    ),
    ContactSpec(
        "erik",
        "Erik Juul",
        "Koordinator",
        "natte",
        Trade.VOLUNTEER,
        None,
        "21 49 58 71",
        "erik.juul@natteravnene.dk",
        "frontline",
    ),
    ContactSpec(
        "yasmin",
        "Yasmin Haddad",
        "Natteravn og gruppeleder",
        "natte",
        Trade.VOLUNTEER,
        None,
        "+45 50 72 36 14",
        "yasmin.haddad@natteravnene.dk",
        "member",
    ),
    ContactSpec(
        "ali",
        "Ali Demir",
        "Indehaver",
        "pizza",
        Trade.SHOPKEEPER,
        "43 52 66 66",
        "71 48 25 93",
        "napoli.solbakken@gmail.com",
        "member",
    ),
    ContactSpec(
        "joern",
        "Jørn Kvist",
        "Indehaver",
        "kiosk",
        Trade.SHOPKEEPER,
        "43 52 41 18",
        None,
        "engparkenskiosk@mail.dk",
        "member",
    ),
    ContactSpec(
        "lene",
        "Lene Bruun",
        "Postbud",
        "post",
        Trade.POSTMAN,
        None,
        "92 41 68 27",
        "lene.bruun@postnord.dk",
        "member",
    ),
    ContactSpec(
        "michael",
        "Michael Skovbo",
        "Renovationsmedarbejder",
        "renov",
        Trade.REFUSE_COLLECTOR,
        None,
        "81 62 47 39",
        "msk@vestegnsrenovation.dk",
        "member",
    ),
    ContactSpec(
        "thomas",
        "Thomas Ebbesen",
        "Ungdomstræner, U15",
        "bk",
        Trade.SPORTS_COACH,
        None,
        "25 61 44 12",
        "thomas.ebbesen@solbakken-bk.dk",
        "member",
    ),
    ContactSpec(
        "brian",
        "Brian Sejersen",
        "Tryghedsvagt",
        "vagt",
        Trade.MUNICIPAL_GUARD,
        None,
        "+45 93 17 52 84",
        "brian.sejersen@htk.dk",
        "late",
    ),
    ContactSpec(
        "karen",
        "Karen Høeg",
        "Bibliotekar",
        "bib",
        Trade.LIBRARY,
        "43 35 14 71",
        None,
        "karen.hoeeg@htk.dk",
        "late",
    ),
    ContactSpec(
        "oliver",
        "Oliver Dam",
        "Madbud",
        "madbud",
        Trade.FOOD_COURIER,
        None,
        "52 83 91 64",
        "oliver.dam@taastrupmad.dk",
        "left",
    ),
    ContactSpec(
        "jan",
        "Jan Ølgaard",
        "Lærer",
        "skole",
        Trade.TEACHER,
        None,
        "6014 8851",
        "jan.oelgaard@htk.dk",
        "left",
    ),
    ContactSpec(
        "susanne",
        "Susanne Friis",
        "Social- og sundhedsassistent",
        "hjem",
        Trade.HOME_CARE,
        None,
        "+45 2394 5193",
        "susanne.friis@htk.dk",
        "left",
    ),
)

VISION = (
    "Solbakken og Engparken skal være trygge steder at bo, vokse op og færdes – dag og nat. "
    "Beboere og fagpersoner kender hinanden, ved hvem de skal kontakte, og reagerer tidligt "
    "og i fællesskab, når noget skaber utryghed."
)
GOAL_1 = (
    "Trygheden i Solbakken og Engparken skal være på niveau med eller bedre end i resten af "
    "Høje-Taastrup Kommune",
    "Tryghedsindekset for Solbakken og Engparken ligger ved udgangen af strategiperioden på "
    "niveau med kommunens gennemsnit (Politiets Tryghedsindeks og hotspot-tryghedsindekset).",
)
SUB_GOALS_1 = (
    (
        "1",
        "Initiativets målgruppe oplever, at der forekommer mindre utryghedsskabende adfærd "
        "eller kriminalitet i deres nabolag",
        "Måles ved spørgsmålene om oplevet kriminalitet i tryghedsundersøgelsen.",
    ),
    (
        "2",
        "Initiativets målgruppe er mindre utrygge ved den utryghedsskabende adfærd og "
        "kriminalitet, der forekommer i deres nabolag",
        "Måles ved spørgsmålene om utryghed i tryghedsundersøgelsen.",
    ),
    (
        "3",
        "Mængden af anmeldt kriminalitet i Solbakken og Engparken falder",
        "Måles ved antallet af anmeldelser til politiet.",
    ),
)
GOAL_2 = (
    "Flere beboere tager del i naboskabet og de lokale fællesskaber",
    "Mindst halvdelen af beboerne svarer i tryghedsundersøgelsen, at de kender flere af deres "
    "naboer ved navn.",
)
SUB_GOAL_2 = (
    "4",
    "Flere beboere kender deres naboer og deltager i aktiviteter i området",
    "Nyt delmål fra styregruppens seminar; der er endnu ikke knyttet initiativer til det.",
)

FOCUS_AREAS = (
    ("Børn og unge i fællesskaber", "Unge i grupper i det offentlige rum, fritidsliv og skole."),
    ("Indbrudsforebyggelse og nabohjælp", "Indbrud i lejligheder, kældre og cykelrum."),
    ("Trygge fysiske rammer", "Belysning, beplantning, forfald og hærværk."),
    ("Udsatte voksne og psykisk sårbare", "Urolige psykisk syge og misbrugere i opgange og ved centret."),
    ("Nattetryghed og synlighed", "Synlige voksne og politi om aftenen og i weekenderne."),
)


class InitiativeSpec(NamedTuple):
    title: str
    focus: int  # index into FOCUS_AREAS
    description: str
    target_group: str
    responsible: ResponsibleParty
    org: str
    owner: str
    evidence: EvidenceBasis
    prevention: PreventionKind
    intervention: InterventionType
    success: str
    start_month: int  # months after cooperation start
    months: int
    status: InitiativeStatus
    #: sub-goal code -> how the initiative serves it
    contributions: dict[str, str]


INITIATIVES: tuple[InitiativeSpec, ...] = (
    InitiativeSpec(
        "Gadeplansindsats fredag og lørdag aften",
        0,
        "To gadeplansmedarbejdere og en SSP-konsulent er til stede i området fredag og lørdag "
        "kl. 19-24, taler med de unge og henviser til klub og fritidsjob.",
        "Unge 13-20 år, der opholder sig i grupper ved Solbakken Centret og stien til Engparken",
        ResponsibleParty.MUNICIPALITY,
        "ssp",
        "aisha",
        EvidenceBasis.DOCUMENTED,
        PreventionKind.PROACTIVE,
        InterventionType.OUTREACH,
        "Færre henvendelser om unge i grupper ved centret; 80 % af de unge i målgruppen kender "
        "gadeteamet ved navn.",
        0,
        24,
        InitiativeStatus.RUNNING,
        {
            "1": "Tidlig kontakt med de unge mindsker den utryghedsskabende adfærd ved centret.",
            "2": "Synlige voksne om aftenen gør beboerne mindre utrygge ved at færdes i området.",
        },
    ),
    InitiativeSpec(
        "Natteravne på Solbakken",
        4,
        "Natteravnene går fast i området fredag og lørdag aften; Helhedsplanen rekrutterer nye "
        "frivillige blandt beboerne.",
        "Beboere og unge, der færdes i området om aftenen",
        ResponsibleParty.OTHER,
        "natte",
        "erik",
        EvidenceBasis.DEVELOPMENTAL,
        PreventionKind.PROACTIVE,
        InterventionType.INFORMAL_CONTROL,
        "Mindst 25 aktive natteravne og vagter hver weekend.",
        1,
        30,
        InitiativeStatus.RUNNING,
        {"2": "Synlige voksne om aftenen øger trygheden ved at færdes i området."},
    ),
    InitiativeSpec(
        "Nabohjælp og indbrudsforebyggelse",
        1,
        "Informationsmøder om indbrudsforebyggelse i begge afdelinger og tilmelding til "
        "Nabohjælp; ejendomskontoret skifter låse på kælderdøre.",
        "Lejere i Afd. Solbakken og Afd. Engparken",
        ResponsibleParty.POLICE,
        "politi",
        "sanne",
        EvidenceBasis.DOCUMENTED,
        PreventionKind.PROACTIVE,
        InterventionType.INFORMAL_CONTROL,
        "30 % færre anmeldte indbrud i beboelse i forhold til nulpunktsmålingen.",
        2,
        18,
        InitiativeStatus.COMPLETED,
        {
            "3": "Bedre sikring og opmærksomme naboer giver færre indbrud og dermed færre anmeldelser.",
            "1": "Beboerne oplever færre indbrud i kældre og cykelrum.",
        },
    ),
    InitiativeSpec(
        "Belysning og beskæring på stierne",
        2,
        "Ny LED-belysning på stien mellem Solbakken og Engparken og beskæring af buske ved "
        "p-pladserne, prioriteret efter tryghedsvandringen.",
        "Alle beboere, især ældre og kvinder, der færdes til og fra stationen om aftenen",
        ResponsibleParty.OTHER,
        "bolig",
        "torben",
        EvidenceBasis.DOCUMENTED,
        PreventionKind.PROACTIVE,
        InterventionType.REDUCED_DECAY,
        "Andelen, der er utrygge ved at gå alene efter mørkets frembrud, falder med 10 procentpoint.",
        3,
        9,
        InitiativeStatus.COMPLETED,
        {
            "2": "Lys og udsyn gør det mindre utrygt at gå på stierne efter mørkets frembrud.",
            "1": "Færre mørke kroge at opholde sig i giver mindre utryghedsskabende adfærd.",
        },
    ),
    InitiativeSpec(
        "Graffiti og hærværk fjernes inden for 24 timer",
        2,
        "Ejendomskontoret fjerner graffiti og udbedrer hærværk inden for et døgn og melder "
        "det til politiet og netværket.",
        "Beboere i begge afdelinger",
        ResponsibleParty.OTHER,
        "ejd",
        "torben",
        EvidenceBasis.DOCUMENTED,
        PreventionKind.REACTIVE,
        InterventionType.REDUCED_DECAY,
        "90 % af anmeldt hærværk er udbedret inden for 24 timer.",
        4,
        24,
        InitiativeStatus.RUNNING,
        {"1": "Synligt forfald fjernes hurtigt, så området ikke signalerer, at ingen passer på det."},
    ),
    InitiativeSpec(
        "Aftenåben klub og lektiecafé",
        0,
        "Ungdomsklubben Engen holder åbent til kl. 22 torsdag til lørdag og har lektiecafé med "
        "frivillige fra biblioteket.",
        "Børn og unge 10-17 år fra Solbakken og Engparken",
        ResponsibleParty.MUNICIPALITY,
        "klub",
        "fatma",
        EvidenceBasis.DEVELOPMENTAL,
        PreventionKind.PROACTIVE,
        InterventionType.ACTIVITY,
        "Mindst 60 unge bruger klubben om aftenen hver uge; færre unge i grupper ved centret efter kl. 20.",
        22,
        24,
        InitiativeStatus.APPROVED,
        {"1": "Meningsfulde aktiviteter om aftenen flytter unge væk fra centret og stierne."},
    ),
    InitiativeSpec(
        "Fast kontaktbetjent og konsekvenssamtaler",
        4,
        "En fast kontaktbetjent har træffetid i beboerhuset hver anden uge og holder "
        "konsekvenssamtaler med unge og forældre sammen med SSP.",
        "Unge under 18 år, der er involveret i kriminalitet i området, og deres forældre",
        ResponsibleParty.JOINT,
        "politi",
        "kasper",
        EvidenceBasis.DOCUMENTED,
        PreventionKind.REACTIVE,
        InterventionType.CONSEQUENCE,
        "Konsekvenssamtale inden for 14 dage efter sigtelse i 90 % af sagerne; færre gentagne anmeldelser.",
        5,
        24,
        InitiativeStatus.RUNNING,
        {
            "3": "Hurtig og synlig konsekvens mindsker gentagen kriminalitet og dermed antallet af "
            "anmeldelser."
        },
    ),
    InitiativeSpec(
        "PSP-samarbejde om urolige psykisk sårbare i opgangene",
        3,
        "Socialpsykiatrien, psykiatrien og politiet aftaler en fast procedure for henvendelser "
        "fra ejendomskontor og hjemmepleje om urolige beboere (uden personoplysninger i "
        "netværket; sager går i PSP-regi).",
        "Beboere og fagpersoner i opgange med gentagne henvendelser om uro",
        ResponsibleParty.JOINT,
        "socpsyk",
        "ida",
        EvidenceBasis.DEVELOPMENTAL,
        PreventionKind.BOTH,
        InterventionType.OUTREACH,
        "Alle henvendelser besvares inden for tre hverdage; færre klager over uro i opgangene.",
        23,
        24,
        InitiativeStatus.PROPOSED,
        {"2": "Beboerne ved, at der bliver fulgt op, og bliver mindre utrygge ved uro i opgangen."},
    ),
    InitiativeSpec(
        "Fleksibel udlejning i Afd. Engparken",
        2,
        "Forslag fra boligselskabet om at bruge fleksibel udlejning for at få en mere blandet "
        "beboersammensætning. Skal drøftes med kommunen, før det kan knyttes til et delmål.",
        "Boligsøgende og nuværende lejere i Afd. Engparken",
        ResponsibleParty.OTHER,
        "bolig",
        "birgitte",
        EvidenceBasis.DEVELOPMENTAL,
        PreventionKind.PROACTIVE,
        InterventionType.MIXED_RESIDENTS,
        "Andelen af nye lejere i beskæftigelse eller uddannelse stiger til 60 %.",
        22,
        36,
        InitiativeStatus.IDEA,
        {},
    ),
)

AGREEMENT_TITLE = f"Samarbejdsaftale for {MAIN_NAME}"

AGREEMENT_SECTIONS: dict[str, str] = {
    "Formål": (
        "Tryghedsnetværk Solbakken er et forpligtende samarbejde mellem Høje-Taastrup Kommune, "
        "Københavns Vestegns Politi og Boligselskabet Solbakken med fagpersoner, der dagligt "
        "arbejder i Solbakken og Engparken. Formålet er at forebygge kriminalitet og skabe "
        "tryghed ved, at fagpersonerne ved, hvem de skal kontakte, når de oplever noget, der "
        "skaber utryghed.\n\nNetværket er ikke et vagtværn, og der udøves ingen social kontrol. "
        "Oplysninger om enkelte borgeres sager udveksles ikke i netværket, men i de kanaler, "
        "lovgivningen foreskriver (fx SSP og PSP efter retsplejelovens § 115)."
    ),
    "Vision": VISION,
    "Mål og delmål": (
        f"Overordnet mål: {GOAL_1[0]}.\n\nDelmål:\n"
        + "\n".join(f"{code}. {title}." for code, title, _ in SUB_GOALS_1)
        + "\n\nHvert initiativ beskrives i et initiativdokument, der angiver, hvilke delmål det "
        "bidrager til, og hvordan. Styregruppen godkender initiativerne."
    ),
    "Organisering": (
        "Styregruppen består af lederen af Lokalpolitiet Høje-Taastrup (formand), en "
        "repræsentant for Forebyggelsessektionen, centerchefen i Børne- og Ungeforvaltningen og "
        "boligchefen i Boligselskabet Solbakken. Sekretariatet varetages af SSP Høje-Taastrup "
        "i samarbejde med Helhedsplanen Solbakken-Engparken. Netværket består af leder- og "
        "frontlinjerepræsentanter fra de faggrupper, der arbejder i området."
    ),
    "Mødeplan": (
        "Styregruppen mødes hver anden måned. Netværket mødes to gange om året, i foråret og "
        "efteråret. Sekretariatet udsender dagsorden senest en uge før og referat senest to "
        "uger efter hvert møde."
    ),
    "Evaluering": (
        "Efter det første år evalueres samarbejdet ved at gentage tryghedsundersøgelsen og "
        "sammenholde den med kriminalitetsstatistikken. Netværket vurderer løbende, om "
        "faggrupper skal træde ind eller ud."
    ),
    "Varighed": (
        "Aftalen gælder i tre år fra underskrivelsen og forlænges, medmindre en part opsiger "
        "den med tre måneders varsel til udgangen af et kalenderår."
    ),
}
#: the section version 2 changes, and its new text
REVISED_SECTION = (
    "Mødeplan",
    "Styregruppen mødes hver anden måned. Netværket mødes to gange om året, i marts og "
    "september, og Kommunens Tryghedsvagter og biblioteket inviteres fast. Der holdes en årlig "
    "tryghedsvandring med afdelingsbestyrelsen. Sekretariatet udsender dagsorden senest en uge "
    "før og referat senest to uger efter hvert møde.",
)

COMMITMENTS: dict[str, str] = {
    "politi": "Stiller en fast kontaktbetjent til rådighed, deltager i styregruppen og netværks"
    "møderne og leverer kvartalsvis kriminalitetsstatistik for området.",
    "htk": "Varetager sekretariatet gennem SSP, stiller gadeplansmedarbejdere til rådighed og "
    "finansierer tryghedsundersøgelsen.",
    "bolig": "Sikrer, at ejendomskontoret deltager i netværket, udbedrer hærværk hurtigt og "
    "prioriterer belysning og beskæring efter tryghedsvandringerne.",
    "helhed": "Deltager i sekretariatet, rekrutterer frivillige og informerer beboerne om netværket.",
    "skole": "Udpeger en kontaktlærer og deltager i netværksmøderne.",
    "klub": "Holder aftenåbent og deltager i netværket med leder- og medarbejderrepræsentant.",
    "natte": "Organiserer faste gåture fredag og lørdag aften.",
    "region": "Deltager i PSP-samarbejdet om psykisk sårbare borgere i området.",
}
#: (organisation key, contact key) of the people who sign
SIGNATORIES = (("politi", "lars"), ("htk", "henrik"), ("bolig", "birgitte"))

ACTION_CARD_ROWS = (
    # label, detail, organisation key, person key, phone, email, marked problem indexes
    (
        "SSP/Gadeplanen",
        "Kommunen, hverdage 9-22",
        "gade",
        "aisha",
        "43 35 12 45",
        "gadeteamet@htk.dk",
        (0, 1),
    ),
    (
        "Socialpsykiatrien",
        "Støttecenter Engly",
        "socpsyk",
        "ida",
        "43 35 17 30",
        "socialpsykiatri@htk.dk",
        (4,),
    ),
    (
        "Helhedsplanen",
        "Boligområdet, Solbakken 12",
        "helhed",
        "nadia",
        "43 71 20 15",
        "helhedsplan@solbakken-bolig.dk",
        (5,),
    ),
    (
        "Ejendomskontoret",
        "Hverdage 7.30-15, vagttelefon efter lukketid",
        "ejd",
        "torben",
        "43 71 20 10",
        "ejendomskontor@solbakken-bolig.dk",
        (1, 2, 3),
    ),
    (
        "Kontaktbetjenten",
        "Lokalpolitiet Høje-Taastrup",
        "politi",
        "kasper",
        "30 91 55 62",
        "khd012@politi.dk",
        (0, 5),
    ),
    (
        "Kommunens Tryghedsvagter",
        "Alle dage kl. 18-02",
        "vagt",
        "brian",
        "43 35 19 90",
        "tryghedsvagter@htk.dk",
        (1, 5),
    ),
)

NEWSLETTER = (
    "Nyt fra Tryghedsnetværk Solbakken",
    "Kære netværk\n\nStyregruppen har godkendt to nye initiativer: aftenåben klub og lektiecafé "
    "i Ungdomsklubben Engen og fast træffetid for kontaktbetjenten i beboerhuset hver anden "
    "tirsdag kl. 14-16.\n\nDen nye belysning på stien mellem Solbakken og Engparken er sat op, og "
    "actioncardet er opdateret med Kommunens Tryghedsvagter. Husk at smide det gamle kort ud.\n\n"
    "Næste netværksmøde holdes i beboerhuset; invitationen følger.\n\n"
    "Venlig hilsen\nSekretariatet, SSP Høje-Taastrup",
)
