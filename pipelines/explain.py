"""Explaining one observation: its sentence with the number marked, and how each field was decided.

Reads the warehouse only. The rules are the ones recorded when the observation was extracted
(``observations.decided_by``), the catalogue route among them; observations stored before
routes were recorded get theirs resolved again with the current catalogue.
"""

from __future__ import annotations

import json

import duckdb

from pipelines.catalogue import Catalogue
from pipelines.warehouse import first_row

FIELDS = (
    "observation_id",
    "bulletin_id",
    "subject",
    "breakdown",
    "measure",
    "value",
    "unit",
    "unit_written",
    "value_text",
    "qualifier",
    "period_type",
    "period_start",
    "period_end",
    "base_period_end",
    "kind",
    "range_bound",
    "sentence",
    "char_start",
    "char_end",
    "decided_by",
    "indicator_code",
    "file_name",
    "publisher",
    "published_date",
    "text",
)


class UnknownObservation(LookupError):
    pass


def explain(con: duckdb.DuckDBPyConnection, observation_id: str, catalogue: Catalogue) -> str:
    row = first_row(
        con,
        """
        SELECT o.observation_id, o.bulletin_id, o.subject, o.breakdown, o.measure, o.value,
            o.unit, o.unit_written, o.value_text, o.qualifier, o.period_type, o.period_start,
            o.period_end, o.base_period_end, o.kind, o.range_bound, o.sentence, o.char_start,
            o.char_end, o.decided_by, o.indicator_code, b.file_name, b.publisher,
            b.published_date, t.text
        FROM observations o
        JOIN bulletins b USING (bulletin_id)
        JOIN bulletin_texts t USING (bulletin_id)
        WHERE o.observation_id = ?
        """,
        [observation_id],
    )
    if not row:
        raise UnknownObservation(f"no observation {observation_id!r} in the warehouse")
    o = dict(zip(FIELDS, row, strict=True))
    rules = json.loads(o["decided_by"] or "{}")
    text, start, end = o["text"], o["char_start"], o["char_end"]
    # The sentence around the span, with the span marked; taken from the text so the mark is
    # exactly where the offsets say.
    left = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    right_stop = [i for i in (text.find("。", end), text.find("\n", end)) if i != -1]
    right = min(right_stop) + 1 if right_stop else len(text)
    marked = f"{text[left:start]}【{text[start:end]}】{text[end:right]}".strip()
    indicator = "none (listed in unmapped_subjects)"
    if o["indicator_code"]:
        indicator = o["indicator_code"]
        if "indicator" in rules:
            indicator += f"   catalogue {rules['indicator']}"
        else:  # stored before the route was recorded: resolve again with today's catalogue
            resolution = catalogue.resolve(o["subject"], o["breakdown"], text[left:start])
            if resolution and resolution.code == o["indicator_code"]:
                indicator += f"   catalogue {resolution.via}: {resolution.matched}"

    def rule(field: str) -> str:
        return f"   rule: {rules[field]}" if field in rules else ""

    unit = o["unit"] or "(pure number)"
    written = f", written {o['unit_written']}" if o["unit_written"] else ""
    period = f"{o['period_type']}"
    if o["period_start"] or o["period_end"]:
        period += f" {o['period_start'] or ''}..{o['period_end'] or ''}"
    base = f", against {o['base_period_end']}" if o["base_period_end"] else ""
    lines = [
        f"observation {o['observation_id']}",
        f"bulletin    {o['bulletin_id']}  {o['file_name']}  "
        f"({o['publisher'] or 'publisher unknown'}, {o['published_date'] or 'date unknown'})",
        f"span        text[{start}:{end}] = {o['value_text']!r}",
        "",
        f"  {marked}",
        "",
        f"value       {o['value']:g} {unit}{written}{rule('value')}",
        f"measure     {o['measure']}{rule('measure')}",
        f"subject     {o['subject']}{rule('subject')}",
        f"breakdown   {o['breakdown'] or '-'}{rule('breakdown')}",
        f"indicator   {indicator}",
        f"qualifier   {o['qualifier']}{rule('qualifier')}",
        f"period      {period}{base}{rule('period')}",
        f"kind        {o['kind']}{rule('kind')}",
    ]
    if o["range_bound"]:
        lines.append(f"range       {o['range_bound']} bound{rule('range')}")
    shown = {"value", "measure", "subject", "breakdown", "indicator", "qualifier", "period"}
    shown |= {"kind", "range"}
    lines += [f"{k:<11} rule: {v}" for k, v in sorted(rules.items()) if k not in shown]
    return "\n".join(lines)
