"""The statistic as the extractor hands it over: one number of the text with its meaning.

This module defines the record and the closed vocabularies (measures, qualifiers, kinds,
period types) that the grammar, the warehouse schema and the Great Expectations suites share.
It holds no parsing rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MEASURES = ("level", "share", "growth", "change", "pp_change")
QUALIFIERS = ("exact", "about", "over", "under")
KINDS = ("actual", "target")
RANGE_BOUNDS = ("lower", "upper")
# year: a calendar year (全年, 2024年); half_year, quarter, month: that span;
# year_to_date: from January to the end named (前三季度, 1—4月);
# as_of: a stock on a day (年末, 截至11月底); multi_year: an average over several years
# (年均增长 over a plan period); days: a span of days (a holiday, 2月15日至22日); none: the
# text gives no time.
PERIOD_TYPES = (
    "year",
    "half_year",
    "quarter",
    "month",
    "year_to_date",
    "as_of",
    "multi_year",
    "days",
    "none",
)


@dataclass(frozen=True, slots=True)
class Observation:
    """One statistic found in a normalised text.

    ``text[char_start:char_end] == value_text`` always holds for the text it was found in.
    ``value`` is in the base unit (magnitude words applied, sign applied); ``unit`` is the base
    unit (``元`` for ``亿元``) or ``None`` for a pure number; ``unit_written`` is the unit as the
    text writes it.
    """

    subject: str
    measure: str
    value: float
    unit: str | None
    value_text: str
    char_start: int
    char_end: int
    sentence: str
    breakdown: str | None = None
    qualifier: str = "exact"
    period_type: str = "none"
    period_start: date | None = None
    period_end: date | None = None
    kind: str = "actual"
    unit_written: str | None = None
    base_period_end: date | None = None
    # For a number that is one end of a range (5%—6%, 3至5个): "lower" or "upper"; each bound
    # is its own observation. None for a single number.
    range_bound: str | None = None
    # Which rule decided which field (field name -> rule name); `gongbao explain` prints it.
    trace: dict[str, str] = field(default_factory=dict, compare=False)
