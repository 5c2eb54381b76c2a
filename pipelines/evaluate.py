"""Scoring the extractor against gold files (FORMAT.md "Scoring").

What belongs here: reading gold CSVs and their documents, running ``normalise`` and
``extract``, pairing observations with gold rows one to one, and the figures (recall,
precision, attribute accuracy for period_end, qualifier, kind and breakdown; per document and
micro-averaged overall), with the missed gold rows and the spurious observations. What does
not: the command line (``pipelines.cli``) or any extraction rule.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipelines.catalogue import context_before
from pipelines.extract import extract
from pipelines.normalise import normalise
from pipelines.observation import Observation

__all__ = ["DocScore", "EvalReport", "GoldRow", "evaluate", "format_report", "score_document"]

ATTRIBUTES = ("period_end", "qualifier", "kind", "breakdown")
IndicatorNames = Callable[[Observation], Iterable[str]]


@dataclass(frozen=True, slots=True)
class GoldRow:
    doc: str
    subject_key: str
    breakdown: str
    measure: str
    value: float
    units: tuple[str, ...]  # alternatives; "" means no unit
    qualifier: str
    period_end: str
    kind: str
    quote: str
    notes: str

    @classmethod
    def from_csv(cls, row: dict[str, str]) -> GoldRow:
        return cls(
            doc=row["doc"],
            # Compared in the normalised text's script: gold written in traditional characters
            # (產業規模) is matched against subjects read from the converted text (产业规模).
            subject_key=normalise(row["subject_key"]).text,
            breakdown=normalise(row.get("breakdown", "") or "").text,
            measure=row["measure"],
            value=float(row["value"]),
            # So are units (戶 is 户, 個百分點 is 个百分点).
            units=tuple(normalise(u.strip()).text for u in (row.get("unit") or "").split("|")),
            qualifier=row.get("qualifier", "") or "exact",
            period_end=row.get("period_end", "") or "",
            kind=row.get("kind", "") or "actual",
            quote=row.get("quote", "") or "",
            notes=row.get("notes", "") or "",
        )


@dataclass(slots=True)
class AttributeTally:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)


@dataclass(slots=True)
class DocScore:
    doc: str
    gold: int = 0
    observations: int = 0
    matched: int = 0
    attributes: dict[str, AttributeTally] = field(
        default_factory=lambda: {a: AttributeTally() for a in ATTRIBUTES}
    )
    missed: list[GoldRow] = field(default_factory=list)
    spurious: list[Observation] = field(default_factory=list)
    # (gold row, observation, attributes that disagree) for every matched pair
    pairs: list[tuple[GoldRow, Observation, list[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.matched / self.observations if self.observations else None


@dataclass(slots=True)
class EvalReport:
    documents: list[DocScore]

    @property
    def overall(self) -> DocScore:
        total = DocScore(doc="overall")
        for doc in self.documents:
            total.gold += doc.gold
            total.observations += doc.observations
            total.matched += doc.matched
            for name, tally in doc.attributes.items():
                total.attributes[name].correct += tally.correct
                total.attributes[name].total += tally.total
        return total

    def to_dict(self) -> dict:
        def figures(score: DocScore) -> dict:
            return {
                "doc": score.doc,
                "gold": score.gold,
                "observations": score.observations,
                "matched": score.matched,
                "recall": score.recall,
                "precision": score.precision,
                "attributes": {
                    name: {"correct": t.correct, "total": t.total, "accuracy": t.accuracy}
                    for name, t in score.attributes.items()
                },
            }

        docs = []
        for score in self.documents:
            entry = figures(score)
            entry["missed"] = [_gold_dict(g) for g in score.missed]
            entry["spurious"] = [_obs_dict(o) for o in score.spurious]
            entry["attribute_errors"] = [
                {"gold": _gold_dict(g), "observation": _obs_dict(o), "wrong": wrong}
                for g, o, wrong in score.pairs
                if wrong
            ]
            docs.append(entry)
        return {"overall": figures(self.overall), "documents": docs}


def _gold_dict(g: GoldRow) -> dict:
    return {
        "subject_key": g.subject_key,
        "breakdown": g.breakdown,
        "measure": g.measure,
        "value": g.value,
        "unit": "|".join(g.units),
        "qualifier": g.qualifier,
        "period_end": g.period_end,
        "kind": g.kind,
        "quote": g.quote,
    }


def _obs_dict(o: Observation) -> dict:
    return {
        "subject": o.subject,
        "breakdown": o.breakdown,
        "measure": o.measure,
        "value": o.value,
        "unit": o.unit,
        "value_text": o.value_text,
        "qualifier": o.qualifier,
        "period_end": o.period_end.isoformat() if o.period_end else None,
        "kind": o.kind,
        "char_start": o.char_start,
        "sentence": _snippet(o),
        "trace": dict(o.trace),
    }


def _snippet(o: Observation, width: int = 30) -> str:
    pos = o.sentence.find(o.value_text)
    if pos == -1:
        return o.sentence[: 2 * width]
    return o.sentence[max(0, pos - width) : pos + len(o.value_text) + 10]


def _values_equal(a: float, b: float) -> bool:
    if a == b:
        return True
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _unit_ok(gold: GoldRow, o: Observation) -> bool:
    unit = o.unit or ""
    return unit in gold.units


def _names(o: Observation, indicator_names: IndicatorNames | None) -> list[str]:
    names = [o.subject or "", o.breakdown or ""]
    if indicator_names is not None:
        names.extend(indicator_names(o))
    return names


def _matches(gold: GoldRow, o: Observation, indicator_names: IndicatorNames | None) -> bool:
    return (
        o.measure == gold.measure
        and _unit_ok(gold, o)
        and _values_equal(o.value, gold.value)
        and any(gold.subject_key in name for name in _names(o, indicator_names))
    )


def _breakdown_ok(gold: GoldRow, o: Observation) -> bool:
    return gold.breakdown in (o.breakdown or "") or gold.breakdown in (o.subject or "")


def _attribute_errors(gold: GoldRow, o: Observation, score: DocScore) -> list[str]:
    wrong: list[str] = []
    if gold.period_end:
        ok = o.period_end == date.fromisoformat(gold.period_end)
        score.attributes["period_end"].add(ok)
        if not ok:
            wrong.append("period_end")
    for name, ok in (("qualifier", o.qualifier == gold.qualifier), ("kind", o.kind == gold.kind)):
        score.attributes[name].add(ok)
        if not ok:
            wrong.append(name)
    if gold.breakdown:
        ok = _breakdown_ok(gold, o)
        score.attributes["breakdown"].add(ok)
        if not ok:
            wrong.append("breakdown")
    return wrong


def score_document(
    doc: str,
    gold_rows: list[GoldRow],
    observations: list[Observation],
    indicator_names: IndicatorNames | None = None,
) -> DocScore:
    """Pair observations with gold rows one to one, in gold order, and count."""
    score = DocScore(doc=doc, gold=len(gold_rows), observations=len(observations))
    ordered = sorted(range(len(observations)), key=lambda i: observations[i].char_start)
    used: set[int] = set()
    for gold in gold_rows:
        candidates = [
            i for i in ordered if i not in used and _matches(gold, observations[i], indicator_names)
        ]
        if not candidates:
            score.missed.append(gold)
            continue
        if gold.breakdown:
            preferred = [i for i in candidates if _breakdown_ok(gold, observations[i])]
            candidates = preferred or candidates
        chosen = candidates[0]
        used.add(chosen)
        score.matched += 1
        obs = observations[chosen]
        score.pairs.append((gold, obs, _attribute_errors(gold, obs, score)))
    score.spurious = [observations[i] for i in ordered if i not in used]
    return score


def read_gold(path: Path) -> list[GoldRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [GoldRow.from_csv(row) for row in csv.DictReader(handle)]


def _published(meta_path: Path) -> date | None:
    if not meta_path.exists():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    value = meta.get("published")
    return date.fromisoformat(value[:10]) if value else None


def evaluate(
    docs_dir: Path, gold_dir: Path, indicator_names: IndicatorNames | None = None
) -> EvalReport:
    """Score every ``<doc>.csv`` in ``gold_dir`` that has ``docs_dir/<doc>.txt``."""
    scores: list[DocScore] = []
    for gold_path in sorted(Path(gold_dir).glob("*.csv")):
        doc = gold_path.stem
        text_path = Path(docs_dir) / f"{doc}.txt"
        if not text_path.exists():
            continue
        published = _published(Path(docs_dir) / f"{doc}.meta.json")
        normalised = normalise(text_path.read_text(encoding="utf-8"))
        observations = extract(normalised.text, published)
        scores.append(score_document(doc, read_gold(gold_path), observations, indicator_names))
    return EvalReport(scores)


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.1%}"


def format_report(report: EvalReport) -> str:
    """A readable table: per document, overall, then misses and spurious observations."""
    header = (
        f"{'document':48} {'gold':>4} {'obs':>4} {'match':>5} {'recall':>7} {'prec':>7} "
        + " ".join(f"{a[:9]:>9}" for a in ATTRIBUTES)
    )
    lines = [header, "-" * len(header)]

    def row(score: DocScore) -> str:
        attrs = " ".join(f"{_pct(score.attributes[a].accuracy):>9}" for a in ATTRIBUTES)
        return (
            f"{score.doc[:48]:48} {score.gold:4d} {score.observations:4d} {score.matched:5d} "
            f"{_pct(score.recall):>7} {_pct(score.precision):>7} {attrs}"
        )

    for score in report.documents:
        lines.append(row(score))
    lines.append("-" * len(header))
    lines.append(row(report.overall))
    for score in report.documents:
        if not (score.missed or score.spurious or any(w for _, _, w in score.pairs)):
            continue
        lines.append("")
        lines.append(f"== {score.doc}")
        for g in score.missed:
            lines.append(
                f"  MISSED   {g.measure:9} {g.value:>18g} {'|'.join(g.units):6} "
                f"{g.subject_key}/{g.breakdown or '-'}  «{g.quote[:50]}»"
            )
        for o in score.spurious:
            lines.append(
                f"  SPURIOUS {o.measure:9} {o.value:>18g} {o.unit or '':6} "
                f"{o.subject}/{o.breakdown or '-'} [{o.value_text}] «{_snippet(o)}»"
            )
        for g, o, wrong in score.pairs:
            if not wrong:
                continue
            details = ", ".join(
                f"{w}: gold {getattr(g, w) or '-'} got {_attr(o, w)}" for w in wrong
            )
            lines.append(f"  WRONG    [{o.value_text}] {g.subject_key}: {details}")
    return "\n".join(lines)


def _attr(o: Observation, name: str) -> str:
    value = getattr(o, name)
    if value is None:
        return "-"
    return value.isoformat() if isinstance(value, date) else str(value)


def catalogue_names(catalogue) -> Callable[[Observation], Iterable[str]]:
    """The names of the indicator an observation maps to, for ``evaluate``'s subject match."""

    def names(observation: Observation) -> Iterable[str]:
        code = catalogue.code_for(
            observation.subject,
            observation.breakdown,
            context_before(observation.sentence, observation.value_text),
        )
        return catalogue.names_for(code) if code else ()

    return names
