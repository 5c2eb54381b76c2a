"""The indicator catalogue: loading ``catalogue/indicators.toml`` and mapping subjects to codes.

Belongs here: the :class:`Indicator` record, validation of the reviewed TOML file, the rule that
maps an observation's free-text ``subject`` (and optional ``breakdown``) to an indicator code,
and the rows for the warehouse ``indicators`` table. Does not belong here: Dagster, DuckDB,
extraction of subjects from text, grouping a bulletin's observations by sentence (the caller,
``layers.observation_rows``, passes each observation the codes found before it).

Mapping rule (``Catalogue.code_for``)
-------------------------------------
1. **Normalise** subject, breakdown and every catalogue wording the same way: NFKC (folds
   full-width letters, digits and brackets), casefold (``GDP`` = ``gdp``), drop whitespace,
   quotes (“”‘’「」"'), the particle ``的``, footnote markers (``[2]``) and parenthesised asides
   (``太阳能电池（光伏电池）产量`` -> ``太阳能电池产量``).
2. **Cut a share tail**: text from ``占`` on is dropped (``5G基站数占移动电话基站数`` ->
   ``5G基站数``) unless ``占`` starts the subject or begins a word such as ``占地面积`` or
   ``占用``; the denominator of a share is not what the number is about.
3. **Longest wording wins**: every wording an indicator claims (its ``name_zh``, its
   ``synonyms`` and the compounds ``member + member_subject`` such as ``数字技术应用业增加值``)
   is searched for inside the subject; the longest one found decides. Equal lengths: the one
   ending further right wins, because Chinese noun phrases put the head last
   (``万元国内生产总值二氧化碳排放`` is about emissions). The same wording can never belong to
   two indicators: ``Catalogue.load`` refuses such a file.
4. **Member route**, only when no wording is found: if the breakdown equals one of an
   indicator's ``members`` and the subject contains one of its ``member_subjects``, that
   indicator wins (``增加值`` with breakdown ``数字技术应用业`` -> ``digital_core_value_added``).
   Several candidates: the longest member_subject, then the rightmost, decides.
   When no member matches, a breakdown that is a kind of the units the subject counts (it
   ends with the subject's head noun: ``地级及以上城市`` with ``空气质量达标城市``) maps by a
   wording that ends where it ends.
5. **Context route**, only when neither found anything and the caller passes ``context``, the
   text of the observation's sentence *before its value*: the last occurrence of the subject in
   that text that ends a noun phrase (followed by a number, a linking verb such as ``为``/``达``,
   or nothing) is read together with the rest of its clause before it (a clause ends at
   ``，；：。、``).
   A wording counts only if it ends where the subject ends, so the subject stays the head:
   ``余额`` after ``狭义货币供应量（M1）`` -> ``m1``, ``营业额`` after ``全年对外承包工程完成``
   -> ``overseas_contracted_projects_turnover``. A denominator (``占对外承包工程完成营业额比重``)
   or a coordinated head (``生产安全事故起数和死亡人数``) yields no such wording. A member
   compound (``对共建一带一路国家完成营业额``) maps with its member as the breakdown
   (``Resolution.breakdown``), so the part is kept.
   When the subject is alone in its clause and the clause before it (after a ``，`` or ``、``)
   counts something (``沪深交易所首次公开发行上市A股77只，筹资``), the subject is read with that
   clause's text less its number: the elided topic of ``…N只，筹资M亿元`` is the thing counted
   (``首次公开发行上市A股筹资`` -> ``a_share_ipo_financing``). The same conditions hold: the
   wording ends where the subject ends and is longer than it.
   The route restores a modifier the extractor split off or the writer elided; it never takes
   one from a clause further away. A footnote marker after the subject (``筹资[57]``) is skipped.
6. **Member of an earlier observation** (``Catalogue.resolve_observation``), only when rules 1-5
   found nothing and the caller passes the codes of the observations before this one in the
   same sentence, nearest first: a subject that *is* (normalised, whole) one of the ``members``
   of such an indicator maps to it, with that member as its breakdown. ``全国居民恩格尔系数为
   31.4%，其中城镇为30.2%`` -> ``城镇`` is ``engel_coefficient`` for 城镇; ``入境游客12470万人次，
   其中外国人2318万人次`` -> ``inbound_tourists`` for 外国人. A subject that merely contains a
   member (``城镇新增就业``) is not taken: it names something else.
7. **Families**, only when no specific indicator matched by rules 1-6: an indicator with
   ``heads`` (its code starts with ``family_``) is a generic family such as ``family_projects``
   (projects, any kind: the subject says which). It takes an observation whose normalised
   subject *ends with* one of its heads (Chinese noun phrases are head-final: ``两重项目``,
   ``义务教育学校``), whose measure is a level or a change (``level``, ``change``), and whose
   unit is one of the family's ``units``. A share or growth rate of ``项目`` is no count of
   projects, and ``过境免签政策 240小时`` is no number of policies: the measure and the unit
   gates keep such rows out. The longest head decides between families; a (head, unit) pair
   belongs to one family only, so the choice is never a tie.
8. Otherwise ``None``. Generic head nouns (``增加值``, ``企业数量``) are deliberately no
   indicator's synonym, so they map only through a member breakdown or their own clause.
   A subject that opens with ``与`` and ends in a ratio (``与国内生产总值之比``) is only the
   denominator of a ratio whose numerator was lost; it maps to nothing.

``code_for`` and ``resolve`` apply rules 1-5 (what the subject, its breakdown and its sentence
say); ``resolve_observation`` adds rules 6 and 7, which need the observation's neighbours, unit
and measure.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

CATALOGUE_PATH = Path(__file__).resolve().parents[1] / "catalogue" / "indicators.toml"

# The same pattern as expectations/indicators.json, so a file that loads also passes that check.
_CODE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_KEYS_REQUIRED = ("code", "name_zh", "name_en", "description")
_KEYS_OPTIONAL = ("unit", "synonyms", "members", "member_subjects", "heads", "units")
FAMILY_PREFIX = "family_"
# Rule 7: a family counts things (or sums money); only a level or a change of that count is one.
FAMILY_MEASURES = frozenset({"level", "change"})

# Quotes carry no meaning in a subject (“东数西算”枢纽); 的 only links modifier and head, and
# bulletins use it inconsistently (数字经济核心产业的企业数量 vs 数字经济核心产业企业数量).
_DROP_CHARS = str.maketrans("", "", "“”‘’「」『』\"'`的")
_WHITESPACE_RE = re.compile(r"\s+")
_FOOTNOTE_RE = re.compile(r"\[\d+\]")
# Parenthesised asides qualify a name without changing the indicator:
# 研究与试验发展（R&D）经费支出, 固定资产投资（不含农户）, 规上（限上）涉旅经营主体.
_PAREN_RE = re.compile(r"\([^()]*\)")
# 占 opens the denominator of a share (…占移动电话基站数的, …占GDP比重, …占比) except where it
# begins a word of its own. 占地 alone is not such a word: 占地区生产总值比重 is a share.
_SHARE_TAIL_RE = re.compile(r"占(?!地面积|用|有|补|领|据|位)")
# 与国内生产总值之比, 与GDP比率: the denominator of a ratio without its numerator.
_BARE_DENOMINATOR_RE = re.compile(r"^与.*(之比|比率|比值|比例)$")
# Context route: clause boundaries, and what may follow a subject that ends its noun phrase.
_CLAUSE_END_RE = re.compile(r"[，,；;：:。、！？!?]")
_PHRASE_END_RE = re.compile(r"(?:$|[0-9０-９]|为|是|达|共|约|超|近|突破|增至|增长|下降)")
_LEADING_FOOTNOTE_RE = re.compile(r"^\[\d+\]")
# Rule 5, the clause before: it must end in a count (…首次公开发行上市A股77只); group 1 is the
# thing counted. The unit after the number is at most a few characters (只, 万户, 亿元).
_COUNTED_CLAUSE_RE = re.compile(
    r"^(.*?\D)(?:共|约|近|超过|超)?[0-9０-９][0-9０-９.．]*[万亿]*[^0-9０-９]{0,3}$"
)
_COUNT_SEPARATORS = "，,、"


def normalise(text: str) -> str:
    """Fold a subject, breakdown or catalogue wording to the form the matcher compares."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _WHITESPACE_RE.sub("", text).translate(_DROP_CHARS)
    text = _FOOTNOTE_RE.sub("", text)
    # Repeat so nested asides go too.
    while True:
        stripped = _PAREN_RE.sub("", text)
        if stripped == text:
            return text
        text = stripped


def _cut_share_tail(subject: str) -> str:
    match = _SHARE_TAIL_RE.search(subject, 1)
    return subject[: match.start()] if match else subject


class CatalogueError(ValueError):
    """The catalogue file breaks a rule; the message lists every problem found."""


@dataclass(frozen=True)
class Indicator:
    """One reviewed indicator of the catalogue.

    ``unit`` is the base unit of the indicator's level (``""`` for a pure number or an index).
    ``members`` are breakdown values that name a part of the indicator (its sectors, regions,
    groups); ``member_subjects`` are the head nouns that a row of such a member uses
    (``增加值``, ``企业数量``). A family (rule 7 of the module doc) has ``heads``, the head
    nouns it takes, and ``units``, the units its observations may carry, and no wordings.
    """

    code: str
    name_zh: str
    name_en: str
    unit: str
    description: str
    synonyms: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    member_subjects: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    units: tuple[str, ...] = ()

    @property
    def is_family(self) -> bool:
        return bool(self.heads)


class Resolution(NamedTuple):
    """Why a subject maps to an indicator: ``via`` is ``wording``, ``member``, ``context``,
    ``parent`` (rule 6) or ``family`` (rule 7); ``matched`` is the normalised catalogue text that
    decided. ``breakdown`` is the member the route found (rules 5 and 6), as the catalogue
    writes it, for an observation that has none of its own."""

    code: str
    via: str
    matched: str
    breakdown: str | None = None


class Catalogue:
    """The validated indicator catalogue with a precompiled subject matcher."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self._indicators = tuple(indicators)
        # What the catalogue says, not how the file is laid out: records are frozen dataclasses
        # of strings and tuples, so their repr is canonical.
        self.digest = hashlib.sha256(repr(self._indicators).encode()).hexdigest()
        self._by_code = {ind.code: ind for ind in self._indicators}
        specific = tuple(ind for ind in self._indicators if not ind.is_family)
        self._wording_code, self._members = _index(specific)
        self._family_heads = _family_index(self._indicators)
        # One alternation, longest first, inside a lookahead: finditer then reports, at every
        # position of the subject, the longest wording starting there (overlaps included).
        alternation = "|".join(
            re.escape(w) for w in sorted(self._wording_code, key=lambda w: (-len(w), w))
        )
        self._wording_re = re.compile(f"(?=({alternation}))") if alternation else None
        # Observations repeat subjects a lot; the mapping is pure, so memoise it per catalogue.
        self._resolve_cached = lru_cache(maxsize=65536)(self._resolve)
        self._context_cached = lru_cache(maxsize=65536)(self._context)
        # Member compounds (共建一带一路国家完成营业额) name a part; the context route returns
        # that part as the breakdown, else it would be lost (the subject alone does not name it).
        named = {normalise(w) for ind in specific for w in (ind.name_zh, *ind.synonyms)}
        self._member_wordings = {
            normalise(m + h): m
            for ind in specific
            for m in ind.members
            for h in ind.member_subjects
        }
        for wording in named:
            self._member_wordings.pop(wording, None)

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | str = CATALOGUE_PATH) -> Catalogue:
        """Read and validate a catalogue TOML file (``[[indicator]]`` tables)."""
        path = Path(path)
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "<catalogue>") -> Catalogue:
        """Build from parsed TOML; raises :class:`CatalogueError` listing every problem."""
        problems: list[str] = []
        extra_top = sorted(set(data) - {"indicator"})
        if extra_top:
            problems.append(f"unknown top-level keys {extra_top} (expected [[indicator]] only)")
        tables = data.get("indicator", [])
        if not isinstance(tables, list) or not tables:
            raise CatalogueError(f"{source}: no [[indicator]] tables")
        indicators = []
        for position, table in enumerate(tables, start=1):
            ind = _parse_indicator(table, position, problems)
            if ind is not None:
                indicators.append(ind)
        # Counted over all tables, so a duplicate is reported even beside other errors.
        problems.extend(_duplicate_codes(t.get("code") for t in tables if isinstance(t, dict)))
        if not problems:
            try:
                return cls(indicators)
            except CatalogueError as exc:
                problems.extend(exc.args[0].splitlines())
        raise CatalogueError(f"{source}: " + "\n".join(problems))

    # -- lookup ----------------------------------------------------------------------------

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return self._indicators

    def __len__(self) -> int:
        return len(self._indicators)

    def get(self, code: str) -> Indicator:
        """The indicator with this code; ``KeyError`` naming the code when there is none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"no indicator {code!r} in the catalogue") from None

    def names_for(self, code: str) -> tuple[str, ...]:
        """``name_zh`` followed by the synonyms, as written (for the evaluator's name match)."""
        ind = self.get(code)
        names = (ind.name_zh, *ind.synonyms)
        return tuple(dict.fromkeys(names))

    def code_for(
        self, subject: str, breakdown: str | None = None, context: str | None = None
    ) -> str | None:
        """Indicator code for an observation's subject and breakdown, or ``None`` (module doc).

        ``context``, optional: the observation's sentence up to (not including) its value; it is
        used only when subject and breakdown alone map to nothing (rule 5 of the module doc).
        """
        found = self.resolve(subject, breakdown, context)
        return found.code if found else None

    def resolve(
        self, subject: str, breakdown: str | None = None, context: str | None = None
    ) -> Resolution | None:
        """Like :meth:`code_for`, with the route and catalogue text that decided."""
        found = self._resolve_cached(subject or "", breakdown or "")
        if found is None and context and subject:
            found = self._context_cached(subject, context)
        return found

    def _best_wording(self, norm: str, end: int | None = None) -> str | None:
        """The longest (then rightmost) wording inside ``norm``; with ``end``, only wordings
        ending exactly there."""
        best: tuple[int, int, str] | None = None
        if self._wording_re is not None:
            for m in self._wording_re.finditer(norm):
                word = m.group(1)
                stop = m.start() + len(word)
                if end is not None and stop != end:
                    continue
                key = (len(word), stop, word)
                if best is None or key[:2] > best[:2]:
                    best = key
        return best[2] if best else None

    def _resolve(self, subject: str, breakdown: str) -> Resolution | None:
        norm = _cut_share_tail(normalise(subject))
        if _BARE_DENOMINATOR_RE.match(norm):
            return None
        word = self._best_wording(norm)
        if word is not None:
            return Resolution(self._wording_code[word], "wording", word)
        member = normalise(breakdown)
        if not member:
            return None
        candidates = []
        for member_subject, code in self._members.get(member, ()):
            start = norm.rfind(member_subject)
            if start >= 0:
                candidates.append(
                    (len(member_subject), start + len(member_subject), member_subject, code)
                )
        if not candidates:
            return self._kind_of_units(norm, member)
        *_, member_subject, code = max(candidates)
        return Resolution(code, "member", f"{member}+{member_subject}")

    def _kind_of_units(self, norm: str, member: str) -> Resolution | None:
        """Rule 4b: a member that is a kind of the units the subject counts (地级及以上城市 with
        the member 空气质量达标城市: the share of cities that meet the standard) maps by its
        own wording, when it ends in the subject's head noun."""
        if len(norm) < 2 or len(member) <= 2 or not member.endswith(norm[-2:]):
            return None
        word = self._best_wording(member, end=len(member))
        if word is None:
            return None
        return Resolution(self._wording_code[word], "member_kind", word)

    def _context(self, subject: str, context: str) -> Resolution | None:
        """Rule 5: the subject read together with the rest of its clause in ``context``, or,
        when it is alone in its clause, with the thing counted in the clause before."""
        head = subject.strip()
        start = context.rfind(head)
        while start >= 0:
            after = _LEADING_FOOTNOTE_RE.sub("", context[start + len(head) :].lstrip())
            if _PHRASE_END_RE.match(after):
                break
            start = context.rfind(head, 0, start)
        if start < 0:
            return None
        clause_start = 0
        for m in _CLAUSE_END_RE.finditer(context, 0, start):
            clause_start = m.end()
        prefix = context[clause_start:start]
        if not normalise(prefix):
            prefix = _counted_thing_before(context, clause_start)
            if prefix is None:
                return None
        norm = _cut_share_tail(normalise(prefix + head))
        norm_head = normalise(head)
        if not norm.endswith(norm_head) or _BARE_DENOMINATOR_RE.match(norm):
            return None
        word = self._best_wording(norm, end=len(norm))
        if word is None or len(word) <= len(norm_head):
            return None
        return Resolution(
            self._wording_code[word], "context", word, self._member_wordings.get(word)
        )

    def resolve_observation(
        self,
        subject: str,
        breakdown: str | None = None,
        context: str | None = None,
        *,
        unit: str | None = None,
        measure: str | None = None,
        earlier_codes: Sequence[str] = (),
    ) -> Resolution | None:
        """Rules 1-7 of the module doc for one observation.

        ``earlier_codes``: the specific indicators of the observations before this one in its
        sentence, nearest first (rule 6); ``unit`` (the base unit) and ``measure`` gate the
        families (rule 7).
        """
        return (
            self.resolve(subject, breakdown, context)
            or self.member_of_earlier(subject, earlier_codes)
            or self.family_for(subject, unit, measure)
        )

    def member_of_earlier(self, subject: str, earlier_codes: Sequence[str]) -> Resolution | None:
        """Rule 6: the first indicator in ``earlier_codes`` of which the subject is a member."""
        norm = normalise(subject or "")
        if not norm:
            return None
        for code in dict.fromkeys(earlier_codes):
            ind = self._by_code.get(code)
            if ind is None or ind.is_family:
                continue
            for member in ind.members:
                if normalise(member) == norm:
                    return Resolution(code, "parent", norm, member)
        return None

    def family_for(self, subject: str, unit: str | None, measure: str | None) -> Resolution | None:
        """Rule 7: the family whose head ends the subject and whose units include ``unit``."""
        if measure not in FAMILY_MEASURES or not unit or not subject:
            return None
        norm = normalise(subject)
        if _BARE_DENOMINATOR_RE.match(norm):
            return None
        for head, by_unit in self._family_heads:  # longest head first
            if norm.endswith(head) and unit in by_unit:
                return Resolution(by_unit[unit], "family", head)
        return None

    @property
    def family_codes(self) -> frozenset[str]:
        return frozenset(ind.code for ind in self._indicators if ind.is_family)

    def member_in(self, code: str, subject: str) -> str | None:
        """The member of indicator ``code`` that the subject names (``数字技术应用业增加值`` ->
        ``数字技术应用业``), the longest if several; ``None`` when it names none.

        Lets a row whose subject carries its sector get that sector as its breakdown, as a row
        from an enumeration would.
        """
        norm = normalise(subject)
        named = [m for m in self.get(code).members if normalise(m) in norm]
        return max(named, key=len) if named else None

    # -- warehouse -------------------------------------------------------------------------

    def rows(self) -> list[dict[str, Any]]:
        """Rows for the ``indicators`` table (``sql/schema.sql``); synonyms as a list."""
        return [
            {
                "indicator_code": ind.code,
                "name_zh": ind.name_zh,
                "name_en": ind.name_en,
                "unit": ind.unit or None,
                "description": ind.description,
                "synonyms": list(ind.synonyms),
                "is_family": ind.is_family,
            }
            for ind in self._indicators
        ]


def _counted_thing_before(context: str, clause_start: int) -> str | None:
    """Rule 5's second reading: the thing counted in the clause that ends at ``clause_start``
    (``沪深交易所首次公开发行上市A股77只，`` -> ``沪深交易所首次公开发行上市A股``), if that clause
    is separated by a comma or an enumeration comma and ends in a number and its unit."""
    if clause_start < 1 or context[clause_start - 1] not in _COUNT_SEPARATORS:
        return None
    previous_start = 0
    for m in _CLAUSE_END_RE.finditer(context, 0, clause_start - 1):
        previous_start = m.end()
    counted = _COUNTED_CLAUSE_RE.match(context[previous_start : clause_start - 1])
    return counted.group(1) if counted and normalise(counted.group(1)) else None


def context_before(sentence: str, value_text: str) -> str | None:
    """The sentence up to the value, for ``code_for``'s context route (the first occurrence
    of the value's text; None when it is not in the sentence)."""
    at = sentence.find(value_text)
    return sentence[:at] if at >= 0 else None


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The repository's catalogue, loaded once per process."""
    return Catalogue.load()


# -- helpers -------------------------------------------------------------------------------


def _parse_indicator(table: Any, position: int, problems: list[str]) -> Indicator | None:
    where = f"[[indicator]] #{position}"
    if not isinstance(table, dict):
        problems.append(f"{where}: not a table")
        return None
    code = table.get("code")
    if isinstance(code, str) and code:
        where = f"{where} ({code})"
    unknown = sorted(set(table) - set(_KEYS_REQUIRED) - set(_KEYS_OPTIONAL))
    if unknown:
        problems.append(f"{where}: unknown keys {unknown}")
    texts: dict[str, str] = {}
    for key in (*_KEYS_REQUIRED, "unit"):
        value = table.get(key, "" if key == "unit" else None)
        if not isinstance(value, str) or (key != "unit" and not value.strip()):
            problems.append(f"{where}: {key} must be a non-empty string")
            continue
        texts[key] = value.strip()
    if "code" in texts and not _CODE_RE.match(texts["code"]):
        problems.append(f"{where}: code {texts['code']!r} is not snake_case")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("synonyms", "members", "member_subjects", "heads", "units"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{where}: {key} must be a list of strings")
            continue
        for v in value:
            if not normalise(v):
                problems.append(f"{where}: {key} entry {v!r} is empty once normalised")
        lists[key] = tuple(dict.fromkeys(v.strip() for v in value))
    if bool(lists.get("members")) != bool(lists.get("member_subjects")):
        problems.append(f"{where}: members and member_subjects go together; one is missing")
    _check_family(texts.get("code", ""), lists, where, problems)
    if len(texts) < len(_KEYS_REQUIRED) + 1 or len(lists) < 5:
        return None
    return Indicator(
        code=texts["code"],
        name_zh=texts["name_zh"],
        name_en=texts["name_en"],
        unit=texts["unit"],
        description=texts["description"],
        synonyms=lists["synonyms"],
        members=lists["members"],
        member_subjects=lists["member_subjects"],
        heads=lists["heads"],
        units=lists["units"],
    )


def _check_family(
    code: str, lists: Mapping[str, tuple[str, ...]], where: str, problems: list[str]
) -> None:
    """A family is marked twice, by its code prefix and by its heads; both or neither. It takes
    observations by head and unit only, so it has units and no wordings of its own."""
    is_family = bool(lists.get("heads"))
    if code and code.startswith(FAMILY_PREFIX) != is_family:
        problems.append(
            f"{where}: a code starting with {FAMILY_PREFIX!r} and heads go together; one is missing"
        )
    if bool(lists.get("units")) != is_family:
        problems.append(f"{where}: heads and units go together; one is missing")
    if is_family and any(lists.get(k) for k in ("synonyms", "members", "member_subjects")):
        problems.append(
            f"{where}: a family has no synonyms, members or member_subjects (it maps by head)"
        )


def _duplicate_codes(codes: Iterable[Any]) -> list[str]:
    seen: dict[str, int] = {}
    for code in codes:
        if isinstance(code, str) and code:
            seen[code] = seen.get(code, 0) + 1
    return [f"code {code!r} is used by {n} indicators" for code, n in seen.items() if n > 1]


def _family_index(
    indicators: tuple[Indicator, ...],
) -> tuple[tuple[str, dict[str, str]], ...]:
    """(normalised head, unit -> family code), longest head first, refusing a (head, unit) pair
    that two families claim."""
    claims: dict[tuple[str, str], list[str]] = {}
    for ind in indicators:
        for head in ind.heads:
            for unit in ind.units:
                claims.setdefault((normalise(head), unit), []).append(ind.code)
    problems = [
        f"head {head!r} with unit {unit!r} is claimed by families {' and '.join(codes)}"
        for (head, unit), codes in claims.items()
        if len(codes) > 1
    ]
    if problems:
        raise CatalogueError("\n".join(problems))
    by_head: dict[str, dict[str, str]] = {}
    for (head, unit), codes in claims.items():
        by_head.setdefault(head, {})[unit] = codes[0]
    return tuple(sorted(by_head.items(), key=lambda item: (-len(item[0]), item[0])))


def _index(
    indicators: tuple[Indicator, ...],
) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]]]:
    """Wording -> code and member -> ((member_subject, code), ...), refusing any wording or
    (member, member_subject) pair that two indicators claim."""
    claims: dict[str, dict[str, str]] = {}  # normalised wording -> code -> as written

    def claim(wording: str, code: str, written: str) -> None:
        claims.setdefault(normalise(wording), {}).setdefault(code, written)

    members: dict[str, list[tuple[str, str]]] = {}
    for ind in indicators:
        claim(ind.name_zh, ind.code, f"name_zh {ind.name_zh!r}")
        for syn in ind.synonyms:
            claim(syn, ind.code, f"synonym {syn!r}")
        for member in ind.members:
            for head in ind.member_subjects:
                claim(member + head, ind.code, f"member {member!r} + {head!r}")
                members.setdefault(normalise(member), []).append((normalise(head), ind.code))
    problems = [
        f"wording {wording!r} is claimed by "
        + " and ".join(f"{code} ({how})" for code, how in owners.items())
        for wording, owners in claims.items()
        if len(owners) > 1
    ]
    if problems:
        raise CatalogueError("\n".join(problems))
    wording_code = {wording: next(iter(owners)) for wording, owners in claims.items()}
    return wording_code, {m: tuple(pairs) for m, pairs in members.items()}
