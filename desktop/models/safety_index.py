"""The hotspot tryghedsindeks as the field computes it: each part relative to a reference area.

Pure arithmetic on plain values (no session, no Qt), so the GUI, the CLI and every document
show the same table. Why relative: a secretariat enters its numbers as it has them (percent
who feel safe, reports per 1,000 residents); averaging those directly makes more crime raise
the score. Each indicator is therefore turned into "the reference area in the same period
= 100, higher is safer" before the parts are averaged and weighted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from desktop.formatting import number, round_half_up, short_date
from desktop.models import messages
from desktop.models.enums import Direction, IndexComponent, IndexPeriod

#: survey values with fewer answers than this carry a warning (±10 points at n = 100)
SMALL_N = 100
#: a unit meaning "already index points": taken as it is, not related to the reference
INDEX_POINTS = "indekspoint"
#: two area spellings this similar (rapidfuzz ratio, 0-100) are reported as a likely duplicate
NEAR_DUPLICATE = 75.0
PARTS = (IndexComponent.EXPERIENCED_SAFETY, IndexComponent.POLICE_REPORTS)


@dataclass(frozen=True)
class PartValue:
    """One measurement of an index part's indicator, as entered."""

    period: date
    value: float
    area: str
    respondents: int | None = None


@dataclass(frozen=True)
class PartSeries:
    """An indicator that feeds one part of the index, with its measurements."""

    name: str
    component: IndexComponent
    direction: Direction
    unit: str
    values: Sequence[PartValue]

    @property
    def index_points(self) -> bool:
        return self.unit.strip().casefold() == INDEX_POINTS


@dataclass(frozen=True)
class IndexRow:
    """One area in one period: both parts (reference = 100), the index, the survey base."""

    area: str
    period: str
    period_start: date
    experienced_safety: float | None
    police_reports: float | None
    index: float | None
    #: the fewest answers behind a survey value of the experienced-safety part
    respondents: int | None
    is_reference: bool = False
    #: one part improved while the other worsened since the area's previous period
    diverging: bool = False
    small_n: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndexResult:
    rows: list[IndexRow]
    #: table-wide remarks: likely duplicate area names, values outside every period ...
    notes: list[str] = field(default_factory=list)


def area_key(area: str) -> str:
    """Area names match ignoring case and spacing: "Sjælør  blvd" is "sjælør blvd"."""
    return " ".join(area.split()).casefold()


def _words(key: str) -> set[str]:
    return set(re.findall(r"\w+", key))


def near_duplicates(names: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of area names that are probably one area spelled two ways ("Blvd." / "Boulevard").

    A name whose words all occur in the other ("Solbakken" / "Solbakken Øst") is a sub-area,
    not a misspelling, and is not reported.
    """
    from rapidfuzz import fuzz

    found = sorted(set(names), key=area_key)
    pairs = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            ka, kb = area_key(a), area_key(b)
            if ka == kb or not ka or not kb:
                continue
            wa, wb = _words(ka), _words(kb)
            if wa <= wb or wb <= wa:
                continue
            if fuzz.ratio(ka, kb) >= NEAR_DUPLICATE:
                pairs.append((a, b))
    return pairs


def _periods(
    series: Sequence[PartSeries], period: IndexPeriod
) -> tuple[dict[date, tuple[str, date]], list[date]]:
    """Each measurement date's (label, start); and dates that fall in no survey round."""
    dates = {v.period for s in series for v in s.values}
    if period == IndexPeriod.YEAR:
        return {d: (str(d.year), date(d.year, 1, 1)) for d in dates}, []
    rounds = sorted(
        {v.period for s in series if s.component == IndexComponent.EXPERIENCED_SAFETY for v in s.values}
    )
    found: dict[date, tuple[str, date]] = {}
    outside: list[date] = []
    for d in sorted(dates):
        # a round covers the time since the round before, up to and including its survey date
        later = [r for r in rounds if r >= d]
        if later:
            found[d] = (f"Runde {short_date(later[0])}", later[0])
        else:
            outside.append(d)
    return found, outside


def _relative(value: float, reference: float, direction: Direction) -> float | None:
    """Reference = 100, higher is safer: area ÷ reference, or reference ÷ area where lower is better."""
    if direction == Direction.UP:
        return None if reference == 0 else value / reference * 100.0
    return None if value == 0 else reference / value * 100.0


def compute_index(
    series: Sequence[PartSeries],
    *,
    reference_area: str,
    experienced_weight: float,
    period: IndexPeriod = IndexPeriod.YEAR,
    area_names: dict[str, str] | None = None,
) -> IndexResult:
    """The index table per area and period (see the module's docstring for the method).

    Several measurements of one indicator in one area-period (monthly reports in a year) are
    averaged; each indicator is related to the reference area; a part is the mean of its
    indicators; the index is ``w × experienced safety + (1 − w) × police reports``. Nothing
    is dropped silently: an area-period missing a part, or whose reference is missing, keeps
    its row with a warning.
    """
    notes: list[str] = []
    periods, outside = _periods(series, period)
    if outside:
        notes.append(
            f"{len(outside)} måling(er) efter den seneste tryghedsmåling hører ikke til nogen runde "
            f"endnu (fra {short_date(min(outside))})."
        )
    spelled: dict[str, str] = dict(area_names or {})
    for s in series:
        for v in s.values:
            spelled.setdefault(area_key(v.area), " ".join(v.area.split()))
    ref_key = area_key(reference_area)
    for a, b in near_duplicates(spelled.values()):
        notes.append(
            f"“{a}” og “{b}” ligner det samme område stavet to måder; ret stavningen, "
            "så målingerne regnes sammen."
        )
    if reference_area.strip() and ref_key not in spelled:
        notes.append(f"Referenceområdet “{reference_area}” har ingen målinger.")

    # per indicator: (area key, period) -> mean value; and the survey base
    means: list[dict[tuple[str, str], float]] = []
    starts: dict[str, date] = {}
    respondents: dict[tuple[str, str], int] = {}
    for s in series:
        grouped: dict[tuple[str, str], list[float]] = {}
        for v in s.values:
            if v.period not in periods:
                continue
            label, start = periods[v.period]
            starts[label] = start
            key = (area_key(v.area), label)
            grouped.setdefault(key, []).append(v.value)
            if s.component == IndexComponent.EXPERIENCED_SAFETY and v.respondents is not None:
                respondents[key] = min(respondents.get(key, v.respondents), v.respondents)
        means.append({k: fmean(vs) for k, vs in grouped.items()})

    cells = sorted({k for m in means for k in m}, key=lambda k: (k[0] != ref_key, k[0], starts[k[1]]))
    rows: list[IndexRow] = []
    previous: dict[str, tuple[float, float]] = {}
    for area, label in sorted(cells, key=lambda k: (k[0] != ref_key, spelled.get(k[0], k[0]), starts[k[1]])):
        warnings: list[str] = []
        parts: dict[IndexComponent, list[float]] = {c: [] for c in PARTS}
        for s, m in zip(series, means, strict=True):
            if (area, label) not in m:
                continue
            value = m[(area, label)]
            if s.index_points:
                parts[s.component].append(value)
                continue
            if not ref_key:
                warnings.append(f"{s.name}: vælg et referenceområde, så delen kan regnes om til indeks.")
                continue
            reference = m.get((ref_key, label))
            if reference is None:
                warnings.append(f"{s.name}: referenceområdet har ingen måling i {label}.")
                continue
            relative = _relative(value, reference, s.direction)
            if relative is None:
                warnings.append(f"{s.name}: værdien 0 kan ikke sættes i forhold til referencen.")
                continue
            parts[s.component].append(relative)
        exp = (
            fmean(parts[IndexComponent.EXPERIENCED_SAFETY])
            if parts[IndexComponent.EXPERIENCED_SAFETY]
            else None
        )
        pol = fmean(parts[IndexComponent.POLICE_REPORTS]) if parts[IndexComponent.POLICE_REPORTS] else None
        if exp is None:
            warnings.append("Oplevet tryghed mangler: indekset kan ikke regnes.")
        if pol is None:
            warnings.append("Anmeldelser til politiet mangler: indekset kan ikke regnes.")
        index = None
        if exp is not None and pol is not None:
            index = experienced_weight * exp + (1.0 - experienced_weight) * pol
        n = respondents.get((area, label))
        small = n is not None and n < SMALL_N
        if small:
            warnings.append(f"Kun {n} besvarelser: tryghedstallet er usikkert.")
        diverging = False
        if exp is not None and pol is not None:
            if area in previous:
                d_exp, d_pol = exp - previous[area][0], pol - previous[area][1]
                diverging = (d_exp > 0 > d_pol) or (d_pol > 0 > d_exp)
                if diverging:
                    warnings.append(
                        "Delene trækker hver sin vej siden perioden før: læs indekset med forsigtighed."
                    )
            previous[area] = (exp, pol)
        rows.append(
            IndexRow(
                area=spelled.get(area, area),
                period=label,
                period_start=starts[label],
                experienced_safety=exp,
                police_reports=pol,
                index=index,
                respondents=n,
                is_reference=bool(ref_key) and area == ref_key,
                diverging=diverging,
                small_n=small,
                warnings=tuple(dict.fromkeys(warnings)),
            )
        )
    return IndexResult(rows, notes)


def method_text(reference_area: str, experienced_weight: float, period: IndexPeriod) -> str:
    """The method in one paragraph, printed next to the table in every document (in Danish
    there) and shown beside it on screen (in the UI language)."""
    reference = (
        f"“{reference_area}”" if reference_area.strip() else messages.INDEX_REFERENCE_NOT_CHOSEN.render({})
    )
    per = messages.INDEX_PER_YEAR if period == IndexPeriod.YEAR else messages.INDEX_PER_ROUND
    return messages.INDEX_METHOD.render(
        {
            "weight": weight_text(experienced_weight),
            "rest": weight_text(1.0 - experienced_weight),
            "per": per,
            "reference": reference,
            "points": INDEX_POINTS,
            "small_n": SMALL_N,
        }
    )


def weight_text(weight: float) -> str:
    """2/3 as "2/3", 0.6 as "3/5": the weights as people write them."""
    from fractions import Fraction

    fraction = Fraction(weight).limit_denominator(12)
    if abs(float(fraction) - weight) < 1e-6:
        return f"{fraction.numerator}/{fraction.denominator}" if fraction.denominator != 1 else str(fraction)
    return f"{number(round_half_up(weight * 100, 1))} %"
