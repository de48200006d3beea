"""Crime and safety report (kriminalitets- og tryghedsrapport) as a Word document.

Follows the idékatalog's outline so the steering group gets a draft with the numbers in
place: each section takes the partnership's own text when it has one, otherwise a grey
prompt saying what belongs there. Indicators are sorted into crime, insecurity and
other, each with a baseline/target/latest table and a chart.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from typing import Any

from desktop.exports import docx_util
from desktop.exports.chart_png import chart_png
from desktop.exports.chart_spec import ChartSpec, Series, indicator_chart_spec
from desktop.exports.data import IndicatorData, SafetyReportData
from desktop.exports.files import atomic_output
from desktop.formatting import long_date, short_date

TITLE = "Kriminalitets- og tryghedsrapport"

# (heading, words that identify the partnership's own section, prompt when missing)
OUTLINE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Baggrund og formål", ("baggrund", "indledning", "formål"),
     "Beskriv hvorfor samarbejdet er sat i gang (stigning i kriminalitet, tilkendegivelser "
     "af utryghed), og hvad rapporten skal bruges til."),
    ("Resumé", ("resumé", "resume", "sammenfatning"),
     "Sammenfat de vigtigste resultater i få linjer."),
    ("Metode", ("metode", "undersøgelse", "præsentation"),
     "Beskriv kriminalitetsstatistikken, den kvantitative og den kvalitative "
     "tryghedsundersøgelse: hvem, hvornår, hvor mange svar."),
    ("Kriminalitet", ("kriminalitet",),
     "Beskriv omfanget og karakteren af den registrerede kriminalitet i området."),
    ("Utryghed", ("utryghed", "tryghed"),
     "Beskriv hvad beboerne oplever som utryghedsskabende, og hvorfor."),
    ("Analyse", ("analyse",),
     "Hvordan hænger kriminaliteten og utrygheden sammen? Hvilke problemer skal "
     "netværket samarbejde om at løse?"),
    ("Konklusion", ("konklusion",),
     "Hvilke problemer peger rapporten på, og hvilke faggrupper bør derfor være med i "
     "netværket?"),
)  # fmt: skip

_INSECURITY_WORDS = ("utryg", "tryghed", "oplev", "spørgeskema", "undersøgelse")
_CRIME_WORDS = ("anmeld", "indbrud", "kriminal", "vold", "hærværk", "tyveri", "narko",
                "politi", "røveri")  # fmt: skip


def classify(ind: IndicatorData) -> str:
    """'Utryghed', 'Kriminalitet' or 'Analyse' (other indicators) from its wording."""
    text = f"{ind.name} {ind.source} {ind.linked_to}".lower()
    if any(word in text for word in _INSECURITY_WORDS):
        return "Utryghed"
    if any(word in text for word in _CRIME_WORDS):
        return "Kriminalitet"
    return "Analyse"


def _own_text(data: SafetyReportData, words: tuple[str, ...]) -> str | None:
    for section in data.sections:
        if section.heading.strip().lower().startswith(words):
            return section.body
    return None


def _prompt(doc: Any, text: str) -> None:
    run = doc.add_paragraph().add_run(f"[Udfyldes: {text}]")
    run.italic = True
    docx_util.small_grey(run, 10)


def _body(doc: Any, text: str) -> None:
    for line in text.splitlines():
        if line.strip():
            doc.add_paragraph(line.strip())


def _fmt(spec: ChartSpec, value: float | None) -> str:
    """A value as the chart labels it (the spec's one rounding), with the unit."""
    if value is None:
        return "–"
    unit = f" {spec.unit}" if spec.unit and spec.unit != "%" else spec.unit
    return spec.format(value) + unit


def _per_area(spec: ChartSpec, text: Callable[[Series], str]) -> str:
    """One line per area ('Solbakken: 68'); just the text when there is one line."""
    if not spec.series:
        return "–"
    if len(spec.series) == 1:
        return text(spec.series[0])
    return "\n".join(f"{s.name}: {text(s)}" for s in spec.series)


def _latest_text(spec: ChartSpec) -> str:
    return _per_area(spec, lambda s: _fmt(spec, s.latest[1]))


def _on_track_text(spec: ChartSpec) -> str:
    return _per_area(spec, lambda s: {True: "Ja", False: "Nej", None: "–"}[s.on_track])


def _summary_table(doc: Any, indicators: Sequence[IndicatorData]) -> None:
    widths = [6.4, 2.5, 2.5, 2.5, 2.5]
    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Table Grid"]
    docx_util.header_row(table, ["Indikator", "Nulpunkt", "Seneste", "Mål", "På sporet"])
    for ind in indicators:
        spec = indicator_chart_spec(ind)  # the table's numbers are the chart's
        cells = table.add_row().cells
        cells[0].text = ind.name
        cells[1].text = _fmt(spec, ind.baseline)
        cells[2].text = _latest_text(spec)
        cells[3].text = _fmt(spec, ind.target)
        cells[4].text = _on_track_text(spec)
        if spec.on_track is not None:
            docx_util.shade(cells[4], "C6EFCE" if spec.on_track else "FFC7CE")
    docx_util.column_widths(table, widths)
    docx_util.keep_table_with_next(table)


def _indicator(doc: Any, ind: IndicatorData) -> None:
    """Heading, source line, baseline/target/latest table and the chart."""
    from docx.shared import Cm

    doc.add_heading(ind.name, level=2)
    meta = " · ".join(x for x in (f"Kilde: {ind.source}" if ind.source else "",
                                  ind.linked_to, f"Enhed: {ind.unit}" if ind.unit else "") if x)  # fmt: skip
    meta_para = doc.add_paragraph()
    meta_para.paragraph_format.keep_with_next = True
    docx_util.small_grey(meta_para.add_run(meta))
    spec = indicator_chart_spec(ind)  # the table's numbers are the chart's
    latest = max((s.latest[0] for s in spec.series), default=None)
    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Table Grid"]
    docx_util.header_row(table, ["", "Nulpunkt", "Mål", "Seneste måling"])
    rows = [
        ("Værdi", _fmt(spec, ind.baseline), _fmt(spec, ind.target), _latest_text(spec)),
        ("Dato", short_date(ind.baseline_date), short_date(ind.target_date),
         _per_area(spec, lambda s: short_date(s.latest[0])) if spec.series else ""),
    ]  # fmt: skip
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
        cells[0].paragraphs[0].runs[0].bold = True
    docx_util.column_widths(table, [3.4, 4.3, 4.3, 4.4])
    docx_util.keep_table_with_next(table, including_last=bool(ind.measurements))
    if ind.measurements:
        picture = doc.add_paragraph()
        picture.paragraph_format.keep_together = True
        picture.paragraph_format.keep_with_next = True  # with its caption
        picture.add_run().add_picture(io.BytesIO(chart_png(spec)), width=Cm(16.0))
        caption = doc.add_paragraph()
        docx_util.small_grey(
            caption.add_run(
                f"Figur: {ind.name}. Målinger {short_date(min(s.points[0][0] for s in spec.series))}–"
                f"{short_date(latest)}. Stiplet grøn: mål; "
                "stiplet grå: nulpunkt."
            ),
            8.5,
        )


def write_safety_report_docx(data: SafetyReportData, target: str | os.PathLike[str]) -> None:
    """The report outline with the partnership's texts, indicator tables and charts."""
    from docx import Document

    doc = Document()
    docx_util.setup_document(doc)
    doc.add_paragraph(TITLE, style="Title")
    # the area in the line under the title, labelled: "name – area" repeated the whole area
    # when the name already says it ("Tryghedsnetværket for Søndergårdsparken, … –
    # Søndergårdsparken, … i Københavns Omegn")
    doc.add_paragraph(data.partnership, style="Subtitle")
    facts = [f"Område: {data.area}"] if data.area.strip() else []
    facts.append(f"Udarbejdet {long_date(data.produced)}")
    docx_util.small_grey(doc.add_paragraph().add_run(" · ".join(facts)))

    groups: dict[str, list[IndicatorData]] = {"Kriminalitet": [], "Utryghed": [], "Analyse": []}
    for ind in data.indicators:
        groups[classify(ind)].append(ind)

    for heading, words, prompt in OUTLINE:
        doc.add_heading(heading, level=1)
        own = _own_text(data, words)
        if own:
            _body(doc, own)
        else:
            _prompt(doc, prompt)
        if heading == "Resumé" and data.indicators:
            doc.add_paragraph("Indikatorerne status ved seneste måling:")
            _summary_table(doc, data.indicators)
        elif heading == "Metode":
            sources = sorted({i.source for i in data.indicators if i.source})
            if sources:
                doc.add_paragraph("Tallene i rapporten bygger på:")
                for source in sources:
                    doc.add_paragraph(source, style="List Bullet")
        elif heading in ("Kriminalitet", "Utryghed"):
            for ind in groups[heading]:
                _indicator(doc, ind)
        elif heading == "Analyse":
            if data.safety_index is not None:
                from desktop.exports.safety_index_paper import index_docx

                index_docx(doc, data.safety_index)
            _goals(doc, data)
            if groups["Analyse"]:
                doc.add_heading("Øvrige indikatorer", level=2)
                for ind in groups["Analyse"]:
                    _indicator(doc, ind)

    docx_util.footer(doc, f"{data.partnership} · {TITLE} · {short_date(data.produced)}")
    doc.core_properties.title = f"{TITLE} – {data.partnership}"
    doc.core_properties.author = "Fodslag"
    with atomic_output(target) as tmp:
        doc.save(str(tmp))


def _goals(doc: Any, data: SafetyReportData) -> None:
    """Sub-goals with the indicators that measure them, so gaps in measurement show."""
    for goal in data.goals:
        para = doc.add_paragraph()
        para.paragraph_format.keep_with_next = True
        para.add_run("Overordnet mål: ").bold = True
        para.add_run(goal.title)
        if not goal.sub_goals:
            continue
        table = doc.add_table(rows=1, cols=2)
        table.style = doc.styles["Table Grid"]
        docx_util.header_row(table, ["Delmål", "Målt ved"])
        for sg in goal.sub_goals:
            measured = [i.name for i in data.indicators if sg.id is not None and i.sub_goal_id == sg.id]
            cells = table.add_row().cells
            cells[0].text = f"{sg.code}. {sg.title}"
            cells[1].text = "\n".join(measured) if measured else "Ingen indikator"
        docx_util.column_widths(table, [7.0, 9.4])
        docx_util.keep_table_with_next(table)
