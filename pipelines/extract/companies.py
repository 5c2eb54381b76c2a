"""Listed companies a text reports on: a name glossed with its stock code, and the figures of
that company told after it.

A report on companies' results names each company once with its code (甲乙科技（688001）) and
goes on with its figures without naming it again (…；归母净利润2.1亿元，毛利率31%). An analyst
files those figures under the company: it is their breakdown.

What belongs here: finding such names and the pass over a document's observations that gives
the company to its figures. What does not: companies named in lists with their figures
(``分别``; the list rules read those), or firms named without a code.
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract import clauses as cl
from pipelines.extract import subjects
from pipelines.observation import Observation

# 688001, 600001.SH, 0700.HK, 2330.TW, 股票代码：300001. Four or five digits alone are a code
# only where the name reads as a firm's or the paragraph is about shares and results; not a
# year (…规划（2021）) nor a customs code (…直接出口（9710）) elsewhere.
_CODE = cl.CODE_GLOSS
_BARE_CODE = re.compile(r"[（(]\d{4,5}[）)]")
_FIRM_WORD = re.compile(r"(?:科技|股份|集团|控股|电子|光电|半导体|通信|信息|电气|能源|实业)$")
_MARKET_WORDS = re.compile(
    r"股价|收盘|收报|收在|营收|台股|港股|A股|市值|上市公司|股份|财报|半年报|年报"
)
# What a name may not hold: the end of a clause, or what tells of the firm rather than names it.
_NAME_STOP = re.compile(r"[，。；：、！？“”‘’《》（）()\s]|的|是|为|与|和|及|对|由|较")
# 服务器龙头曜衡信息, 液冷服务商甲科技, IC设计业者乙科技, 云计算股丙科技, 代工厂丁半导体: what
# the firm is, said before its name.
_DESCRIPTOR = re.compile(
    r"(?:其中)?(?:.*?(?:龙头企业|龙头|企业|公司|服务商|供应商|厂商|制造商|运营商|业者|巨头"
    r"|[大工]?厂|股(?!份)))?(?=.{2})"
)
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]+")
_NAME_MAX = 12
# Where the company's own account ends: another party's estimate (据第三方机构测算), what
# someone else says (园区负责人表示, 特区政府则提出), or another topic (再融资方面，).
_OTHER_SOURCE = re.compile(
    r"\s*(?:据|按|(?P<speaker>[^，。；]{2,16}?)(?:则|也|还|亦)?"
    r"(?:表示|指出|称|提出|认为|介绍|透露|说|预计|预测|测算|显示|方面(?=，)))"
)
# 公司, 其, 半年报 (显示): the company, or its own report.
_THE_COMPANY = re.compile(
    r"(?:该公司|公司|其)?(?:[一二三]?季报|半年报|年报|财报|公告|业绩快报|业绩预告)?"
)
# Subjects of a market, a sector, a group of firms or a place, not of the one company.
_NOT_THE_COMPANY = re.compile(
    r"市场|板块|行业|产业链|厂商|合计|平均|上市公司|企业(?!级)|家公司|指数"
    r"|[全本][国省市港澳区县]|全球|国内|本地|前[\d一二三四五六七八九十]+(?:名|位|家|强|大)"
)
# （6797）昨日公布, 日前披露, 实现: how the company's figure came out, between name and measure.
_REPORTED = re.compile(
    r"^(?:[（(][^（()）]{1,16}[）)])?(?:[昨今前近]日|日前|近期)?(?:公布|发布|披露|实现|录得)?的?"
)
_ANOTHER_DOER = re.compile(r"(?P<doer>[^，]{2,8}?)(?:预告|公布|发布|披露|实现|录得)")
# 公司表示, 该公司预计: a paragraph that goes on with the company of the paragraph before.
_COMPANY_AGAIN = re.compile(r"\s*(?:该公司|公司|其)")


@dataclasses.dataclass(frozen=True, slots=True)
class _Named:
    name: str
    end: int  # the end of the code's gloss
    listed_with_next: bool  # 甲（600001）、乙（600002）营收分别为…: one of a list


def named_companies(text: str, start: int, end: int) -> list[_Named]:
    """The companies named with their stock codes in ``text[start:end]``, in order."""
    found: list[_Named] = []
    for m in _CODE.finditer(text, start, end):
        name_end = m.start()
        name_start = name_end
        while (
            name_start > start
            and name_end - name_start < _NAME_MAX
            and not _NAME_STOP.match(text, name_start - 1)
        ):
            name_start -= 1
        described = _DESCRIPTOR.match(text, name_start, name_end)
        if described is not None:
            name_start = described.end()
        name = text[name_start:name_end]
        if not _NAME.fullmatch(name):
            continue
        if (
            _BARE_CODE.fullmatch(m.group())
            and not _FIRM_WORD.search(name)
            and not _MARKET_WORDS.search(text, start, end)
        ):
            continue
        listed = text[m.end() : m.end() + 1] in ("、", "和", "与", "及")
        found.append(_Named(name, m.end(), listed))
    return found


def figures_of_listed_companies(text: str, out: list[Observation]) -> None:
    """Give each figure told of a company named with its code that company as breakdown.

    A figure is the company's when it comes after the name in the same paragraph, or in the
    next paragraph where that opens with 公司/该公司/其, and before another company is named,
    another party speaks (据…测算, 园区负责人表示), another topic opens (…方面，) or a list of
    companies is given. Figures that already have a breakdown, and those of a market, a
    sector or a place, keep theirs.
    """
    if _CODE.search(text) is None:
        return
    by_start = sorted(range(len(out)), key=lambda i: out[i].char_start)
    position = 0
    carried: str | None = None
    for p_start, p_end in cl.paragraphs(text):
        names = named_companies(text, p_start, p_end)
        current = carried if carried and _COMPANY_AGAIN.match(text, p_start, p_end) else None
        named_end = p_start
        if not names and current is None:
            carried = None
            while position < len(by_start) and out[by_start[position]].char_start < p_end:
                position += 1
            continue
        in_list = [
            named.listed_with_next or (i > 0 and names[i - 1].listed_with_next)
            for i, named in enumerate(names)
        ]
        next_name = 0
        while position < len(by_start) and out[by_start[position]].char_start < p_end:
            index = by_start[position]
            position += 1
            obs = out[index]
            while next_name < len(names) and names[next_name].end <= obs.char_start:
                # 甲（600001）、乙（600002）营收分别为…: a list names no one company after it.
                current = None if in_list[next_name] else names[next_name].name
                named_end = names[next_name].end
                next_name += 1
            if current is None:
                continue
            sentence_start = max(text.rfind(ch, p_start, obs.char_start) for ch in "。；！？") + 1
            if _told_by_another(text, max(sentence_start, named_end), obs.char_start, current):
                current = None
                continue
            clause_start = max(text.rfind(ch, p_start, obs.char_start) for ch in "，。；！？") + 1
            if _NOT_THE_COMPANY.search(text, max(clause_start, named_end), obs.char_start):
                continue  # 上市公司通过…完成再融资: a group's figure, told among the company's
            out[index] = _owned(obs, current)
        if next_name < len(names):
            current = None if in_list[-1] else names[-1].name
        carried = current


def _told_by_another(text: str, sentence_start: int, figure_start: int, company: str) -> bool:
    source = _OTHER_SOURCE.match(text, sentence_start, figure_start)
    if source is None:
        return False
    speaker = source.group("speaker")
    return speaker is None or not (
        company in speaker or _THE_COMPANY.fullmatch(speaker.strip()) is not None
    )


def _owned(obs: Observation, company: str) -> Observation:
    """The figure as the company's: the company as breakdown, its name and 公司 no longer
    part of the subject."""
    if obs.breakdown is not None or obs.unit == "家":  # 有14家出现亏损: a count of firms
        return obs
    subject = obs.subject
    named_at = subject.find(company)
    if named_at != -1:
        # IC设计业者甲科技（6797）昨日公布营收: what the company reported, after its name.
        subject = _REPORTED.sub("", subject[named_at + len(company) :], count=1)
        if len(subject) < 2:
            return obs
    elif subject.startswith(("该公司", "公司")) and len(subject.lstrip("该")) >= 4:
        subject = subject.lstrip("该")[2:]
    elif (short := _short_name(subject, company)) is not None:
        # 甲乙科技 … 甲乙营收: the name shortened.
        subject = _REPORTED.sub("", subject[len(short) :], count=1)
    elif (doer := _ANOTHER_DOER.match(subject)) is not None and not _THE_COMPANY.fullmatch(
        doer.group("doer")
    ):
        return obs  # 丙传媒预告净利润: another firm's figure, named without a code
    if _NOT_THE_COMPANY.search(subject) or subjects.leading_place(subject) is not None:
        return obs
    return dataclasses.replace(
        obs, subject=subject, breakdown=company, trace={**obs.trace, "breakdown": "listed_company"}
    )


def _short_name(subject: str, company: str) -> str | None:
    """The start of the company's name that opens the subject (晶嵘 of 晶嵘科技), if any."""
    for length in range(len(company) - 1, 1, -1):
        if subject.startswith(company[:length]) and len(subject) - length >= 2:
            return company[:length]
    return None
