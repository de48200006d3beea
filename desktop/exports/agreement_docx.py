"""Partnership agreement (partnerskabsaftale) as an editable Word document.

Rendered with docxtpl from a .docx template so a secretariat can restyle the agreement
in Word without a programmer. The placeholders a template may use are exactly the keys of
``agreement_context``; anything else is reported back as a ``TemplateError`` naming the
field, instead of silently printing nothing in a document that is about to be signed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from desktop.exports.data import AgreementData, AgreementSectionData
from desktop.exports.errors import TemplateError
from desktop.exports.files import atomic_output
from desktop.formatting import long_date

TEMPLATE_NAME = "partnerskabsaftale.docx"
_INTRO_HEADINGS = ("indledning", "baggrund", "formål", "vision")
_DURATION_HEADINGS = ("varighed", "aftalens varighed", "ikrafttræden")
#: a section by one of these names says what the strategy's goals say (exact names: "Målgruppe" is not one)
_GOAL_HEADINGS = frozenset({"mål og delmål", "mål", "delmål", "mål og succeskriterier"})


def default_template() -> Path:
    from desktop.resources import resource_path

    return resource_path("templates", TEMPLATE_NAME)


def _paragraphs(text: str) -> list[str]:
    """One Word paragraph per non-empty line: Word has no soft wrap for '\\n' in a run."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _section(heading: str, body: str) -> dict[str, Any]:
    return {"heading": heading, "body": body, "paragraphs": _paragraphs(body)}


def _duration_text(data: AgreementData) -> str:
    if data.valid_from and data.valid_to:
        return (
            f"Aftalen gælder fra {long_date(data.valid_from)} til {long_date(data.valid_to)}. "
            "Den evalueres inden udløb, og parterne tager stilling til en forlængelse."
        )
    if data.valid_from:
        return f"Aftalen gælder fra {long_date(data.valid_from)} og løber, indtil en af parterne opsiger den."
    return ""


def _is(section: AgreementSectionData, prefixes: tuple[str, ...]) -> bool:
    return section.heading.strip().lower().startswith(prefixes)


def agreement_context(data: AgreementData) -> dict[str, Any]:
    """Everything a template can use, as plain dicts/lists/strings.

    Top-level keys: partnership, title, version_number, status, version_date,
    version_date_iso, parties, vision, sections, intro_sections, closing_sections, goals
    (title, success_criterion, described: whether any sub-goal has a description, sub_goals:
    code/title/description), commitments
    (party/text), commitments_by_party (name, commitments), signatories
    (party/name/title/signed_on), valid_from, valid_to, duration (one string) and
    duration_paragraphs (the duration section's text and the validity dates).
    """
    # A standard section left empty prints nothing (a bare heading reads as a mistake); goals
    # come from the strategy, so a section of the same name would print them twice, one of
    # them stale; the duration section is printed with the validity dates under "Varighed".
    filled = [s for s in data.sections if s.body.strip()]
    if data.goals:
        filled = [s for s in filled if s.heading.strip().lower() not in _GOAL_HEADINGS]
    duration_sections = [s for s in filled if _is(s, _DURATION_HEADINGS)]
    filled = [s for s in filled if s not in duration_sections]
    intro = [_section(s.heading, s.body) for s in filled if _is(s, _INTRO_HEADINGS)]
    closing = [_section(s.heading, s.body) for s in filled if not _is(s, _INTRO_HEADINGS)]
    has_vision = any(s["heading"].lower().startswith("vision") for s in intro)
    if data.vision and not has_vision:
        intro.append(_section("Vision", data.vision))
    duration = [para for s in duration_sections for para in _paragraphs(s.body)]
    if _duration_text(data):
        duration.append(_duration_text(data))

    by_party: dict[str, list[str]] = {party: [] for party in data.parties}
    for commitment in data.commitments:
        by_party.setdefault(commitment.party, []).append(commitment.text)

    return {
        "partnership": data.partnership,
        "title": data.title,
        "version_number": data.version_number,
        "status": data.status,
        "version_date": long_date(data.version_date),
        "version_date_iso": data.version_date.isoformat(),
        "parties": list(data.parties),
        "vision": data.vision,
        "sections": [_section(s.heading, s.body) for s in filled],
        "intro_sections": intro,
        "closing_sections": closing,
        "goals": [
            {
                "title": goal.title,
                "success_criterion": goal.success_criterion,
                "described": any(sg.description.strip() for sg in goal.sub_goals),
                "sub_goals": [
                    {"code": sg.code, "title": sg.title, "description": sg.description}
                    for sg in goal.sub_goals
                ],
            }
            for goal in data.goals
        ],
        "commitments": [{"party": c.party, "text": c.text} for c in data.commitments],
        "commitments_by_party": [
            {"name": name, "commitments": texts} for name, texts in by_party.items() if texts
        ],
        "signatories": [
            {
                "party": s.party,
                "name": s.name,
                "title": s.title,
                "signed_on": long_date(s.signed_on) if s.signed_on else "_" * 16,
            }
            for s in data.signatories
        ],
        "valid_from": long_date(data.valid_from),
        "valid_to": long_date(data.valid_to),
        "duration": " ".join(duration),
        "duration_paragraphs": duration,
    }


def write_agreement_docx(
    data: AgreementData, target: str | os.PathLike[str], *, template: Path | None = None
) -> None:
    """Fill the agreement template and save it as ``target``.

    ``template`` is a user's own .docx; when it cannot be used a ``TemplateError`` in
    Danish is raised and nothing is written.
    """
    from docxtpl import DocxTemplate
    from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, UndefinedError

    source = Path(template) if template is not None else default_template()
    try:
        tpl = DocxTemplate(str(source))
        tpl.init_docx()
    except Exception as exc:  # a zip that is not a .docx, or not a zip at all
        raise TemplateError(
            f'Skabelonen "{source.name}" kan ikke åbnes som et Word-dokument (.docx).'
        ) from exc

    context = agreement_context(data)
    env = Environment(undefined=StrictUndefined, autoescape=True)
    try:
        unknown = sorted(tpl.get_undeclared_template_variables(env, context))
    except TemplateSyntaxError as exc:
        raise _syntax_error(tpl, env, exc) from exc
    if unknown:
        raise _unknown_field(unknown[0])

    try:
        tpl.render(context, jinja_env=env, autoescape=True)
    except TemplateSyntaxError as exc:
        raise _syntax_error(tpl, env, exc) from exc
    except UndefinedError as exc:
        raise _unknown_field(_undefined_name(str(exc))) from exc

    with atomic_output(target) as tmp:
        tpl.save(str(tmp))


def _unknown_field(name: str) -> TemplateError:
    placeholder = f"{{{{ {name} }}}}"
    return TemplateError(f'Skabelonen bruger feltet "{placeholder}", som Fodslag ikke kender.', placeholder)


def _undefined_name(message: str) -> str:
    """Field name out of Jinja's "'x' is undefined" / "... has no attribute 'x'"."""
    match = re.search(r"has no attribute '([^']+)'", message) or re.search(r"'([^']+)' is undefined", message)
    return match.group(1) if match else message


_EXPRESSION = re.compile(r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)", re.S)


def _syntax_error(tpl: Any, env: Any, exc: Exception) -> TemplateError:
    """Point at the first tag that does not parse on its own, if there is one."""
    from jinja2 import TemplateSyntaxError

    bad: str | None = None
    for text in _template_texts(tpl.docx):
        for match in _EXPRESSION.finditer(text):
            tag = match.group(0)
            if tag.startswith("{{"):
                try:
                    env.parse(tag)
                except TemplateSyntaxError:
                    bad = tag
            elif not tag.endswith("%}"):
                bad = tag
            if bad:
                break
        if bad:
            break
    if bad:
        return TemplateError(
            f'Skabelonen har en fejl i flettefeltet "{bad.strip()}". '
            "Tjek stavning og at {{ }} og {% %} er lukket rigtigt.",
            bad.strip(),
        )
    detail = getattr(exc, "message", None) or str(exc)
    return TemplateError(f"Skabelonen har en fejl i en flettekode: {detail}.")


def _template_texts(doc: Any) -> list[str]:
    """Paragraph texts of body, tables, headers and footers, in reading order."""
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    for section in doc.sections:
        texts.extend(p.text for p in section.header.paragraphs)
        texts.extend(p.text for p in section.footer.paragraphs)
    return texts
