"""Demo indicators: what a crime and safety report and the progress sheet plot.

Three years of monthly, quarterly and yearly figures with realistic noise (Poisson counts,
survey percentages with their number of respondents, the two hotspot index parts per
area). One indicator is deliberately off track, so its warning colour has something to show.
"""

from __future__ import annotations

import math
import random
from datetime import date

from sqlalchemy.orm import Session

from desktop.models.enums import Direction, IndexComponent
from desktop.models.indicator import Indicator, Measurement
from desktop.models.initiative import Initiative
from desktop.models.strategy import OverallGoal, SubGoal
from desktop.services import demo_data as data
from desktop.services.demo_meetings import add_months


def add_indicators(
    session: Session,
    rng: random.Random,
    today: date,
    partnership_id: int,
    goal: OverallGoal,
    sub_goals: dict[str, SubGoal],
    volunteers_initiative: Initiative,
) -> tuple[int, int]:
    """The demo's indicators with three years of data; returns (indicators, measurements)."""
    counts = [0, 0]
    first = add_months(today.replace(day=1), -36)
    months = [add_months(first, i) for i in range(36)]
    quarters = months[::3]
    years = [add_months(today.replace(day=1), -k) for k in (34, 22, 10)]
    survey = "Tryghedsundersøgelse i Solbakken og Engparken (spørgeskema til alle husstande)"
    index_src = "Hotspot-tryghedsindeks, Københavns Vestegns Politi"

    def indicator(
        name: str,
        unit: str,
        source: str,
        direction: Direction,
        baseline: float,
        target: float,
        **link: object,
    ) -> Indicator:
        ind = Indicator(
            partnership_id=partnership_id,
            name=name,
            unit=unit,
            source=source,
            direction=direction,
            baseline_value=baseline,
            baseline_date=first,
            target_value=target,
            target_date=add_months(today, 12),
            **link,
        )
        session.add(ind)
        counts[0] += 1
        return ind

    def measure(
        ind: Indicator, period: date, value: float, area: str = "", respondents: int | None = None
    ) -> None:
        ind.measurements.append(Measurement(period=period, value=value, area=area, respondents=respondents))
        counts[1] += 1

    burglary = indicator(
        "Anmeldte indbrud i beboelse",
        "anmeldelser pr. måned",
        "Københavns Vestegns Politi, udtræk fra anmeldelsesstatistikken",
        Direction.DOWN,
        5,
        3.5,
        sub_goal_id=sub_goals["3"].id,
    )
    for area, level in zip(data.LOCAL_AREAS, (6.5, 4.0), strict=True):
        for i, month in enumerate(months):
            winter = 1.3 if month.month in (11, 12, 1) else 1.0
            measure(burglary, month, _poisson(rng, level * winter * (1 - 0.4 * i / 36)), area)
    violence = indicator(
        "Anmeldt vold og trusler om vold",
        "anmeldelser pr. kvartal",
        "Københavns Vestegns Politi, udtræk fra anmeldelsesstatistikken",
        Direction.DOWN,
        12,
        9,
        sub_goal_id=sub_goals["3"].id,
    )
    violence.note = "Ligger over målet: stigningen hænger sammen med uro ved Solbakken Centret."
    for i, quarter in enumerate(quarters):
        measure(violence, quarter, 12 + round(i * 0.6) + rng.randint(0, 2))
    for name, baseline, target, values, code in (
        ("Andel der har oplevet utryghedsskabende adfærd i nabolaget", 48, 35, (48, 42, 37), "1"),
        ("Andel der er utrygge ved at gå alene efter mørkets frembrud", 34, 20, (34, 27, 22), "2"),
    ):
        ind = indicator(
            name, "procent", survey, Direction.DOWN, baseline, target, sub_goal_id=sub_goals[code].id
        )
        for year, value in zip(years, values, strict=True):
            measure(ind, year, value + rng.choice((-1, 0, 1)), respondents=rng.randint(280, 420))
    for name, component, levels in (
        ("Oplevet tryghed (tryghedsindeks)", IndexComponent.EXPERIENCED_SAFETY, (56, 61)),
        ("Anmeldelser til politiet (tryghedsindeks)", IndexComponent.POLICE_REPORTS, (60, 64)),
    ):
        ind = indicator(name, "indekspoint", index_src, Direction.UP, levels[0], 70, goal_id=goal.id)
        ind.index_component = component
        ind.note = "Indeksdel til hotspot-tryghedsindekset (vægt 2/3 og 1/3); mål = kommunens niveau."
        for area, level in zip(data.LOCAL_AREAS, levels, strict=True):
            for step, year in enumerate(years):
                measure(ind, year, level + 3 * step + rng.randint(-1, 2), area)
    volunteers = indicator(
        "Registrerede natteravne",
        "frivillige",
        "Natteravnene Høje-Taastrup",
        Direction.UP,
        8,
        25,
        initiative_id=volunteers_initiative.id,
    )
    for i, quarter in enumerate(quarters):
        measure(volunteers, quarter, 8 + round(i * 1.6) + rng.randint(0, 2))
    return counts[0], counts[1]


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth): monthly crime counts scatter like this around their level."""
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k
