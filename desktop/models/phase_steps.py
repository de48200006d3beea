"""The idékatalog's concrete steps per phase: the checklist each partnership starts with."""

from __future__ import annotations

from typing import NamedTuple

from desktop.models.enums import Phase


class StepTemplate(NamedTuple):
    phase: Phase
    code: str
    title: str


PHASE_STEPS: tuple[StepTemplate, ...] = (
    StepTemplate(Phase.STARTUP, "explore_interest", "Undersøgelse af interesse for et samarbejde"),
    StepTemplate(Phase.STARTUP, "steering_group", "Nedsættelse af styregruppe"),
    StepTemplate(Phase.STARTUP, "communication", "Kommunikation om samarbejdet til beboerne"),
    StepTemplate(Phase.STARTUP, "crime_statistics", "Fremskaffelse af kriminalitetsstatistik"),
    StepTemplate(Phase.STARTUP, "quantitative_survey", "Kvantitativ tryghedsundersøgelse"),
    StepTemplate(Phase.STARTUP, "qualitative_survey", "Kvalitativ tryghedsundersøgelse"),
    StepTemplate(Phase.STARTUP, "safety_report", "Kriminalitets- og tryghedsrapport"),
    StepTemplate(Phase.STARTUP, "select_professionals", "Udvælgelse af fagpersoner"),
    StepTemplate(Phase.DEVELOPMENT, "orientation_meeting", "Orienteringsmøde om baggrund og formål"),
    StepTemplate(Phase.DEVELOPMENT, "development_meeting", "Udviklingsmøde om samarbejdet i praksis"),
    StepTemplate(Phase.DEVELOPMENT, "safety_walk", "Tryghedsvandring i boligområdet"),
    StepTemplate(Phase.DEVELOPMENT, "agreement_meeting", "Aftalemøde om samarbejdsmodel"),
    StepTemplate(Phase.COOPERATION, "folder", "Folder om tryghedsnetværket"),
    StepTemplate(Phase.COOPERATION, "action_card", "Actioncard"),
    StepTemplate(Phase.COOPERATION, "contact_list", "Telefon- og mailliste"),
    StepTemplate(Phase.COOPERATION, "newsletters", "Nyhedsmails til netværket"),
    StepTemplate(Phase.COOPERATION, "network_meetings", "Halvårlige netværksmøder"),
    StepTemplate(Phase.EVALUATION, "evaluation", "Evaluering efter det første år"),
)
