"""The tryghedsindeks' arithmetic: hand-computed tables and properties that must always hold."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.enums import Direction, IndexComponent, IndexPeriod
from desktop.models.safety_index import PartSeries, PartValue, compute_index, method_text, near_duplicates

EXP, POL = IndexComponent.EXPERIENCED_SAFETY, IndexComponent.POLICE_REPORTS


def feel_safe(values: dict[tuple[str, int], float], n: int | None = 400) -> PartSeries:
    """Percent who feel safe: higher is better."""
    return PartSeries(
        "Andel trygge",
        EXP,
        Direction.UP,
        "procent",
        [PartValue(date(y, 6, 1), v, a, n) for (a, y), v in values.items()],
    )


def reports(values: dict[tuple[str, int], float]) -> PartSeries:
    """Reports per 1,000 residents: lower is better."""
    return PartSeries(
        "Anmeldelser",
        POL,
        Direction.DOWN,
        "pr. 1.000 indbyggere",
        [PartValue(date(y, 3, 1), v, a) for (a, y), v in values.items()],
    )


def table(*series: PartSeries, reference: str = "Kommunen", weight: float = 2 / 3):
    return compute_index(list(series), reference_area=reference, experienced_weight=weight)


def test_hand_computed_table() -> None:
    # Kommunen: 80 % feel safe, 40 reports per 1,000; Sjælør: 60 % and 80 per 1,000.
    # experienced = 60 / 80 × 100 = 75; reports = 40 / 80 × 100 = 50 (more crime: lower)
    # index = 2/3 × 75 + 1/3 × 50 = 66.67; the reference is 100 on every count
    result = table(
        feel_safe({("Kommunen", 2025): 80, ("Sjælør", 2025): 60}),
        reports({("Kommunen", 2025): 40, ("Sjælør", 2025): 80}),
    )
    ref, area = result.rows
    assert (ref.area, ref.is_reference, ref.index) == ("Kommunen", True, pytest.approx(100))
    assert area.area == "Sjælør" and area.period == "2025"
    assert area.experienced_safety == pytest.approx(75)
    assert area.police_reports == pytest.approx(50)
    assert area.index == pytest.approx(200 / 3)
    assert area.respondents == 400 and not area.small_n


def test_weight_and_monthly_values_are_averaged() -> None:
    # monthly reports in 2025: Sjælør (6 + 10) / 2 = 8, Kommunen 4 → 4 / 8 × 100 = 50
    monthly = PartSeries(
        "Indbrud",
        POL,
        Direction.DOWN,
        "antal",
        [
            PartValue(date(2025, 1, 1), 6, "Sjælør"),
            PartValue(date(2025, 2, 1), 10, "Sjælør"),
            PartValue(date(2025, 1, 1), 4, "Kommunen"),
        ],
    )
    result = table(feel_safe({("Kommunen", 2025): 80, ("Sjælør", 2025): 80}), monthly, weight=0.5)
    area = result.rows[1]
    assert area.police_reports == pytest.approx(50)
    assert area.index == pytest.approx(75)  # 0.5 × 100 + 0.5 × 50


def test_index_points_are_taken_as_they_are_and_need_no_reference() -> None:
    points = [
        PartSeries(
            "Oplevet tryghed", EXP, Direction.UP, "Indekspoint ", [PartValue(date(2025, 6, 1), 60, "Vest")]
        ),
        PartSeries(
            "Anmeldelser", POL, Direction.UP, "indekspoint", [PartValue(date(2025, 6, 1), 90, "Vest")]
        ),
    ]
    [row] = compute_index(points, reference_area="", experienced_weight=2 / 3).rows
    assert row.index == pytest.approx(70)


def test_divergence_only_when_one_part_improves_and_the_other_worsens() -> None:
    both_better = table(
        feel_safe({("Kommunen", 2024): 80, ("Kommunen", 2025): 80, ("Vest", 2024): 60, ("Vest", 2025): 70}),
        reports({("Kommunen", 2024): 40, ("Kommunen", 2025): 40, ("Vest", 2024): 80, ("Vest", 2025): 60}),
    )
    assert not any(r.diverging for r in both_better.rows)  # fewer reports and safer: both improve
    split = table(
        feel_safe({("Kommunen", 2024): 80, ("Kommunen", 2025): 80, ("Vest", 2024): 60, ("Vest", 2025): 70}),
        reports({("Kommunen", 2024): 40, ("Kommunen", 2025): 40, ("Vest", 2024): 60, ("Vest", 2025): 80}),
    )
    assert [(r.area, r.period, r.diverging) for r in split.rows if r.diverging] == [("Vest", "2025", True)]


def test_area_names_match_ignoring_case_and_spacing_and_near_duplicates_are_reported() -> None:
    result = table(
        feel_safe({("kommunen", 2025): 80, ("Sjælør  Blvd.", 2025): 60, ("Sjælør Boulevard", 2025): 64}),
        reports({("KOMMUNEN ", 2025): 40, ("sjælør blvd.", 2025): 80, ("Sjælør Boulevard", 2025): 80}),
    )
    assert [r.area for r in result.rows] == ["kommunen", "Sjælør Blvd.", "Sjælør Boulevard"]
    assert all(r.index is not None for r in result.rows)
    assert any("Sjælør Blvd." in n and "Sjælør Boulevard" in n for n in result.notes)
    assert near_duplicates(["Solbakken", "Solbakken Øst"]) == []  # a sub-area, not a misspelling


def test_nothing_is_dropped_silently_and_small_n_is_warned() -> None:
    result = table(
        feel_safe({("Kommunen", 2025): 80, ("Vest", 2025): 60, ("Øst", 2025): 70}, n=45),
        reports({("Kommunen", 2025): 40, ("Vest", 2025): 50}),
    )
    east = next(r for r in result.rows if r.area == "Øst")
    assert east.index is None and east.experienced_safety == pytest.approx(87.5)
    assert any("Anmeldelser til politiet mangler" in w for w in east.warnings)
    assert east.small_n and any("Kun 45 besvarelser" in w for w in east.warnings)


def test_survey_rounds_collect_the_reports_since_the_round_before() -> None:
    survey = PartSeries(
        "Tryg",
        EXP,
        Direction.UP,
        "procent",
        [PartValue(date(2025, 5, 1), 80, "K"), PartValue(date(2025, 5, 1), 40, "V")],
    )
    pol = PartSeries(
        "Anm.",
        POL,
        Direction.DOWN,
        "antal",
        [
            PartValue(date(2025, 1, 1), 10, "K"),
            PartValue(date(2025, 1, 1), 20, "V"),
            PartValue(date(2025, 9, 1), 99, "V"),
        ],
    )
    result = compute_index(
        [survey, pol], reference_area="K", experienced_weight=0.5, period=IndexPeriod.SURVEY_ROUND
    )
    assert [(r.area, r.period) for r in result.rows] == [("K", "Runde 01-05-2025"), ("V", "Runde 01-05-2025")]
    assert result.rows[1].index == pytest.approx(50)  # 0.5 × 50 + 0.5 × 50
    assert any("hører ikke til nogen runde" in n for n in result.notes)


def test_method_is_stated() -> None:
    text = method_text("Høje-Taastrup Kommune", 2 / 3, IndexPeriod.YEAR)
    assert "2/3 × oplevet tryghed + 1/3 × anmeldelser" in text
    assert "“Høje-Taastrup Kommune” i samme periode = 100" in text
    assert "reference ÷ område × 100" in text and "indekspoint" in text


# -- properties ------------------------------------------------------------------------------
positive = st.floats(min_value=0.5, max_value=1000, allow_nan=False, allow_infinity=False)
areas = st.lists(st.sampled_from(["Vest", "Øst", "Nord", "Syd"]), min_size=1, max_size=4, unique=True)


@st.composite
def scenes(draw: st.DrawFn) -> tuple[PartSeries, PartSeries, float]:
    names = ["Kommunen", *draw(areas)]
    years = draw(st.lists(st.integers(2020, 2026), min_size=1, max_size=3, unique=True))
    e = {(a, y): draw(positive) for a in names for y in years}
    p = {(a, y): draw(positive) for a in names for y in years}
    direction = draw(st.sampled_from(list(Direction)))
    exp = PartSeries(
        "E", EXP, direction, "x", [PartValue(date(y, 6, 1), v, a, 300) for (a, y), v in e.items()]
    )
    return exp, reports(p), draw(st.floats(0, 1))


@settings(max_examples=60, deadline=None)
@given(scenes())
def test_the_reference_area_is_100(scene: tuple[PartSeries, PartSeries, float]) -> None:
    exp, pol, w = scene
    for row in table(exp, pol, weight=w).rows:
        if row.is_reference:
            assert (row.experienced_safety, row.police_reports, row.index) == (
                pytest.approx(100),
                pytest.approx(100),
                pytest.approx(100),
            )


@settings(max_examples=60, deadline=None)
@given(scenes(), st.floats(0.01, 100))
def test_scaling_a_part_by_a_constant_changes_nothing(
    scene: tuple[PartSeries, PartSeries, float], factor: float
) -> None:
    exp, pol, w = scene
    scaled = PartSeries(
        pol.name,
        pol.component,
        pol.direction,
        pol.unit,
        [PartValue(v.period, v.value * factor, v.area) for v in pol.values],
    )
    before = [r.index for r in table(exp, pol, weight=w).rows]
    after = [r.index for r in table(exp, scaled, weight=w).rows]
    assert after == pytest.approx(before)


@settings(max_examples=60, deadline=None)
@given(scenes(), st.floats(0.01, 0.9))
def test_improving_a_part_never_lowers_the_index(
    scene: tuple[PartSeries, PartSeries, float], step: float
) -> None:
    exp, pol, w = scene
    target = next(v.area for v in pol.values if v.area != "Kommunen")
    # fewer reports in one area (not the reference) is an improvement
    better = PartSeries(
        pol.name,
        pol.component,
        pol.direction,
        pol.unit,
        [
            PartValue(v.period, v.value * (1 - step) if v.area == target else v.value, v.area)
            for v in pol.values
        ],
    )
    before = {(r.area, r.period): r.index for r in table(exp, pol, weight=w).rows}
    for r in table(exp, better, weight=w).rows:
        assert r.index >= before[(r.area, r.period)] - 1e-9
