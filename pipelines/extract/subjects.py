"""Subjects: the noun phrase a number is about.

What belongs here: cutting the subject out of the text before a number (up to the first
predicate cue: 比上年, 增长, 占, 为 …), stripping what is not part of it (time words, discourse
openers such as 其中 or 据…统计, footnote markers, glosses in parentheses), reading the noun
phrase after a number that precedes it (``18个城市``), the category pattern (``持平的为4个``),
completing an elided subject (``金额`` → ``移动支付业务金额``, ``增速``, ``与…之比``), and the
readings that move a subject or find its breakdown: a partner group (``对…国家``), the noun a size
belongs to (``规模N元的基金``), what counted people receive (``N万人享受…``), a 其中 sub-item's
scope, the measure noun bare list members take. What does not: the list logic of enumerations
(``clauses``) or the measure (``measures``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pipelines.extract.periods import find_times

if TYPE_CHECKING:
    from pipelines.extract.numbers import Quantity

# Predicate cues: where the subject ends. Verbs only count where they govern a number (see
# ``measures.governing_verb``); these are the cues that end a subject wherever they stand.
# Every alternative of _CUT and _VERB opens with a literal character: then the scanner jumps
# from one such character to the next instead of trying the whole pattern at every position.
# 高于全国0.4个百分点, 快于全部投资增速8.1个百分点: a benchmark, or another quantity's rate.
_BENCHMARK = (
    r"(?=全国|全省|全市|全区|全行业|全部|平均|同期|上年|城镇|乡村|农村|城市(?!群)"
    r"|[^，。；]{0,20}?(?:增速|增幅|水平|目标|率|比重|进度|计划)$"
    # 增速高于东部地区2.1个百分点: another region's.
    r"|[^，。；]{1,12}?(?:地区|省份|城市|国家|经济体|节点)$"
    # 增速高于GDP约5个百分点: the economy as a whole.
    r"|(?:GDP|国内生产总值|地区生产总值)[^，。；]{0,3}$)"
)
# 超过年度目标任务: going past a target, by the figure after it.
PAST_TARGET = r"超(?:过|出)?(?:年度|全年)?(?:目标|计划)(?:任务)?"
# 比上年, 较2023年, 比全国: what a comparison is made with.
_BASE = (
    r"(?=上年|去年|前年|上月|上季|同期|年初|上年末|全国|全省|全市|全区|全行业|平均|前值|\d|[一二三四]季度"
    # 较首季, 比一季: quarters as Hong Kong and Taiwan write them.
    r"|首季|第?[一二三四]季|上一(?:季|个?月|年)"
    r"|前[二三]季度|[上下]半年|[一两三四五六七八九十]年前)"
)
_CUT = re.compile(
    # 环比平均下降: 环比 and 同比 are how a change is measured, not a comparison with 平均.
    rf"比(?<![环同]比){_BASE}|较{_BASE}"
    # 相当于国内生产总值的0.8%: the share of the subject before it; 为上年的1.5倍: a multiple.
    r"|影响(?=[A-Za-z\u4e00-\u9fff]{1,8}(?:上涨|下降|上升|增长|回落))"
    r"|恢复至|恢复到|相当于|是(?=[^，。；]{0,14}的(?:近|约|超过?|逾|将近|接近)?$)"
    r"|(?<![认成作因称视列评以])为(?=[^，。；]{0,14}的(?:近|约|超过?|逾|将近|接近)?$)"
    r"|达到(?=[^，。；]{0,14}的(?:近|约|超过?|逾|将近|接近)?$)"
    # 高于全国1.2个百分点: a gap to a benchmark, about the subject named before it.
    rf"|快于|慢于|快过|慢过|高于{_BENCHMARK}|低于{_BENCHMARK}|高出{_BENCHMARK}|超出{_BENCHMARK}|跑赢|跑输"
    # 超序时进度5.4个百分点: ahead of the pace the year's plan sets, of the quantity before.
    r"|超(?:过)?(?:序时|时序)进度"
    # 超过年度目标任务三万人: how far the quantity before went past its target.
    rf"|{PAST_TARGET}(?=$|约|近)"
    r"|与(?=上年|去年|同期|(?:19|20)\d\d年)[^，]*?相比"
    # 与年度计划相差8.7个百分点: the gap to the plan, of the quantity before.
    r"|与(?:年度|全年|年初)?(?:计划|目标)相差"
    r"|占比|占(?!据|领|有(?!效)|用|地(?!区)|到|率)|比重|比例|拉动|下拉|拖累|拉低|对[^，。；]{1,10}?贡献(?!率)|贡献(?=了?(?:约|近)?$)|分别|年均(?![\u4e00-\u9fff]{0,4}(?:时间|时长|天数|次数|费用|支出|工资|收入|人数))|平均每年|平均增长"
    r"|从(?=-?\d|(?:19|20)\d\d年|[前去上]年|百分之|[一二两三四五六七八九十])|由(?=[^，。；]{0,12}[的之]|$)"
    # 从上半年的64%: the period of the value a change starts from.
    r"|从(?![业事属])(?=[^，。；]{0,12}的(?:约|近)?$)"
    # 比男性从业人员少3.5万人: a gap to another quantity, about the subject before it.
    r"|比(?=[^，。；比]{1,15}?(?<![减增缺至提])[多少高低]了?(?:将近|接近|近|约|大约|差不多|超过|逾)?$)"
    r"|同比(?=[多少高低快慢]$|[多少](?:投产|生产|销售|完成|实现|建成|开工|接待|招收)$)"
    r"|环比(?=[多少高低快慢]$)"
    # 增速与上月末持平: the base of a 持平 (the window ends where 持平 starts).
    r"|与(?=(?:上年|去年|同期|上月末?|年初|年末|上季度?|上一?期)$)"
)
_VERB = re.compile(
    r"增长率(?<!自然增长率)|成长率|季增年率|[季月]增率|增长速度|增长(?!率)|增速|增幅|涨幅|降幅|上涨|上升|提高|提升|下降|下跌|回落"
    r"|降低|减少|增加(?!值)|跃升|攀升|增至|降至|降到|升到|升至|增产|减产|增收|减收|上调|下调"
    # 上修0.15个百分点, 下修至: an estimate revised up or down.
    r"|上修|下修"
    # 出货暴增47%, 利润锐减20%: a headline's strong verbs.
    r"|暴增|大增|激增|猛增|骤增|剧增|劲增|暴涨|大涨|飙升|锐减|骤减|大减|暴跌|大跌|骤降|大降|猛降"
    # 按年升14.1%, 按年跌3.2%: Hong Kong's one-character verbs after how the change is taken.
    r"|(?<=按[年季月期])(?:升|跌)"
    # 销货数量亦升5.1%, ，升2.7%, ，减0.6%: the same verbs alone, right before the figure.
    # (，降了百分之八左右: in speech, with 了.)
    r"|(?:^|(?<=[亦则均再又也，、]))(?:升|跌|增|减|降)(?=了?(?:$|[\d约逾近超达]))"
    # 造纸业及印刷业分别减1.8%, 纺织业增2.4%, 化学品减3%: after 分别 or a member's name.
    r"|(?<=[别业类品])(?:升|跌|增|减|降)(?=(?:$|[\d约逾近超达]))"
    # 运费降了三毛, 一瓶水涨了五毛钱: 涨 and 降 with 了 right before the figure, as speech has it.
    r"|(?:涨|降)(?=了$)"
    # 微降0.6%, 微增0.3%: a slight change.
    r"|微降|略降|小降|微跌|略跌|微增|略增|小增|微涨|略涨|微升|略升|小升"
    # 年增12.6%, 季减约3%, 月增2.1%, 年增率9.5%: growth as Taiwan and Hong Kong write it.
    # Only right before the figure: 上年增长 and 全年增加 hold 年增 too.
    r"|年增率|按[年季月][增减](?=$|[\d约逾近超达])|年增(?=$|[\d约逾近超达])|年减(?=$|[\d约逾近超达])|季增(?=$|[\d约逾近超达])"
    r"|季减(?=$|[\d约逾近超达])|月增(?=$|[\d约逾近超达])|月减(?=$|[\d约逾近超达])|成长|衰退"
    r"|新增(?<=[\u4e00-\u9fff]新增)了?(?=$|[\d\[])"  # 贷款新增1.73万亿元: the stock grew by
    # 累计建成…，当年新建2.8万个: what a period added to a stock (not 新建3个园区, a count).
    r"|新建(?<=(?:当年|今年|全年|年内|去年|本年|上年)新建)(?=$|[\d\[])"
    r"|贬值|升值|扩大|扩展|拓展|缩小|缩短|延长|缩减|收窄|多增|少增|净增|净减|回升|下滑|翻(?:了)?[一两二三]?番"
    # 为年度计划的97.2%，短收0.48亿元: revenue short of (or above) its plan.
    r"|短收|超收"
    r"|放缓|减缓|放慢|趋缓|扩充|扩容|扩增|偏多|偏少|偏高|偏低"
    # 从十万人次提到了十二万人次: 提到 right after the value a change starts from is 提高到
    # (elsewhere 提到 is "mentions").
    r"|^提(?=[到至])"
    # 收益率上行3个基点, 降准25个基点: rates and yields as markets write their moves.
    r"|上行|下行|降准|降息|加息|加快|压减|压缩"
    # GDP增4.2%: a headline's one-character verb right before the figure. (A bare 降 was
    # tried too and lost rows on a blind set, so it is left out.)
    r"|增(?<![新净倍递]增)(?=$|[\d约逾近超达])"
    # 上证指数…涨0.61%, 创业板指跌0.27%: a market's one-character moves right before the figure.
    r"|涨(?<![上看高暴大微略]涨)(?=$|\d)|跌(?<![下暴大微略]跌)(?=$|\d)"
    # 樓宇開支升4.3%: Hong Kong's one-character rise before the figure.
    r"|升(?<![上提攀回飙跃微略小晋每公毫]升)(?=$|\d)"  # (每升8.02元: a litre)
)
_FILLER = re.compile(
    r"(?:[：:]|了|到|至|为|达到?|约|大约|近|接近|超过?|逾|突破|不到|不足|至少|高达|多达|"
    r"(?:19|20)\d\d年的?|[前去上今]年的?|基本|已|累计|共|分别|\[\d{1,3}\]"
    # 放缓至全年5%上下: the time the rate is reached by.
    r"|(?:全年|年末|年底|[上下]半年|[一二三四]季度|前三季度)的?"
    # 年均增速保持在12%左右: a verb of holding keeps the rate a rate; 增长[41]3.1%: a footnote
    # mark; 增速只要不低于6%: a condition.
    r"|(?:保持|稳定|控制|维持)在?|在|有望|可望|将|要|只要|不低于|不高于|不少于|冲击|冲刺"
    # 年均复合增长率（CAGR）超过45%: a Latin gloss of the measure's name.
    r"|[（(][A-Za-z][A-Za-z0-9 .&+/-]{0,15}[）)]"
    # 增长率初步统计为5.1%, 成长率修正为4.9%: which estimate of the rate the figure is.
    r"|初步统计|初步核算|初步估计|概估|修正|修订|预测|预计"
    # 年增率介于7.5%至10.2%之间: a range the rate falls in.
    r"|介于|介乎|落在|或)*"
)
# What trails a subject before its number and is cut off with it: the base of an exchange
# rate (1美元兑) and words of aspect, degree and comparison. The words are plain alternatives
# (no regex syntax) so that their last characters can be read off below.
_EXCHANGE_WORDS = "兑换|兑|折合"
# 原先公布的临时估计, 的修订估计, 原公布: a reading of a figure, not what it is of.
_ESTIMATE_ENDS = ("估计", "估算", "估计数", "概估数", "概估", "公布", "原", "数字")
_ONLY_ESTIMATE = re.compile(
    r"(?:早前|原先|此前|先前|较早前|原)?(?:公布|发布)?的?(?:临时|修订|初步|最新)?"
    r"(?:估计数?|估算|概估数?|数字)?|原公布|原"
)
_TRAILING_WORDS = (
    "修订估计|临时估计|初步统计|初步核算|初步估计|概估|修正|修订|预测|的|已|了|(?<![人英奇天])才|共|累计|(?<!资产)(?<!负债)(?<!权益)合计|合共|(?<!资产)(?<!负债)(?<!权益)(?<!收入)(?<!支出)总计|也|(?<![返偿归退])还|(?<![村户人日月])均|都|将|已经|达到|达|为|是|有|突破|首破|(?<![突首冲打击攻跌])破|超过|(?<![出入])超|(?<=[收投输流纳注]入)超|(?<=[支输产付]出)超|逾"
    "|约|大约|近|接近|将近|不到|不足|至少|高达|多达|仅仅|(?<!不)仅|(?<!相)(?<!(?<!占)比)较|实现|完成|录得|(?<!变)更|新公开的|全年|同比|环比|按年|按季|按月|按期|从|轻微|略为|稍为|稍微|亦|相应"
    # 稳定在98%, 控制在5.5%, 不低于80%: verbs of holding a level and bounds end no subject.
    "|稳定在|稳定|普遍|控制在|控制|保持在|保持|维持在|维持|稳在|稳|定在|设定为|设定在|定为|需保持|需|(?<=保持)月均"
    # 三次产业结构调整为…: the structure reached, not a kind of it.
    "|调整为|调整至|调整到|优化为"
    # 市场规模按年均汇率折合约48亿美元: how the figure is converted, no part of the name.
    "|按"
    "|迈上|迈过|跨越|跨上|站上|不少于|不低于|不高于|不超过|以内"
    # 上证指数收报3286.52点: where an index closed, not part of its name.
    "|收报|报收|收于"
    # 有望冲击45万辆: what the figure is aimed at, not what it is of.
    "|有望|可望|冲击|冲刺|力争|争取|确保"
    # 增速介于4%—5%之间, 规模处于…区间: where a range puts the figure; 甲省以6.8%的增速: by.
    "|介于|介乎|处于|落在|(?<![所可难得予加足借])以"
    # 乙类汽车一个季度二百多万辆: the span the figure covers, not part of what it counts.
    "|一个(?:季度|月)|一年来|一年"
    # 时限在现有基础上再压缩8%: the base the change starts from.
    "|在(?:现有|此|上年|去年|原有)基础上"
    # 同比名义增长3.1%: how the growth is measured (名目, 实质 in Taiwan).
    "|名义|实际|名目|实质"
    # 2月的按年变动亦由上升2.6%修订为上升3.0%: the change of the quantity before, revised from.
    "|(?<=按[年季月])变动|(?<![理经自来缘])由|亦"
    # 2月数字经修订后为…: when the figure was revised, no part of what it is of.
    "|经?(?:修订|修正|调整)后"
    # 连续跨越4万亿: an adverb of the verb before the number; 则达, 有望, 要, 差不多: particles
    # of the sentence, not of the noun.
    "|连续|则|有望|可望|要|差不多|大概|在|平均|又|再|首次|首度|再次|再度|一举|只有|仅有|只|仅"
    "|冲破|头一回|第一次|(?<![\u4e00-\u9fff])计划|低于|高于|先后|拥有|具有"
    "|两年|三年|四年|五年"  # 两年平均增长: over how many years a growth is averaged
    "|仍然|依然|仍|却|反而"
    # 降幅或收窄, 增速可能在, 有望随之下行, 可达, 需年均增长: hedges of a forecast or a need.
    "|或将|或|可能|料将|将会|随之|(?<![许认宁])可|需要|需|必须|须"
    # 增速或小幅回落至5%: how far the verb moves the figure, not part of what it is of.
    "|小幅|大幅|进一步|明显|稳步"
    # 同口径增长3.7%: how the growth is measured.
    "|同口径|按同口径"
    # 观众占到了一半以上: the verb of a share written in words.
    "|占到|占了"
    # 价格与上年同期持平: the base a comparison is made with follows 与 (not 参与, 给与).
    "|(?<![参给赋])与|同月|同季"
    # 支出安排6亿元, 收入预计9亿元: a budget's plan, about the quantity before it.
    "|安排|预计|预期"
    # 团队起步时只有十几人: when the figure held, not what it counts.
    "|起步时|成立时|创立时|创办时|落户时|开业时|投产时|开始时"
    # 相关投资约人民币3,100亿元: the currency the amount is in.
    "|人民币|新台币|港币"
    # 按可比口径同比增长6.1%: how the growth is measured.
    "|按可比口径|按可比价格计算|按可比价计算"
)
_TRAILING = re.compile(
    rf"(?:\d+(?:\.\d+)?(?:美元|欧元|港元|日元|英镑|元人民币|元)(?:{_EXCHANGE_WORDS})"
    rf"|{_TRAILING_WORDS})+$"
)
# The characters a trailing run ends with. A phrase ending with none of them has nothing to
# cut, and is spared _TRAILING, which the regex engine tries at each position of the phrase.
_TRAILING_LAST = frozenset(w[-1] for w in f"{_EXCHANGE_WORDS}|{_TRAILING_WORDS}".split("|"))
# Action verbs that open a clause before the thing counted (建成养老服务机构1438个,
# 布局建设省级概念验证中心58家): the subject is their object, the noun phrase after them.
# 新增 stays: a new addition is a different quantity from a stock.
_ACTION_VERBS = (
    "布局|启动|获批|成功|开工|提质|改造|提升|改建|改扩建|扩建|维修|建设|建成|组建|创建|争创"
    "|培育|打造|举办|开展|实施|完成|争取|安排|支持|保障|供应|筹集|交付|招引|推介|认定|新认定"
    "|选派|引育|引进|提供|记录|化解|盘活|部署|整合|出台|发布|落地|谋划|确保|力争|带动|推动|加快"
    "|下达|办理|更新|关闭|压缩|获得|共创|发生|接待|立项|惠及|帮扶|覆盖|吸引|开发|新开发|选送|补充"
    "|维护|入选|新入选|投产|建成投产|累计|共(?![建享同])|全面|积极|持续|深入|大力|着力|加大|新培育|培训"
)
# 向民间资本推介重大项目, 为企业提供…: a prepositional phrase and its verb before the object.
_LEADING_PREP = re.compile(
    rf"^(?:向|为|对|给)[^，、《]{{1,10}}?(?:{_ACTION_VERBS})(?=[\u4e00-\u9fff“]{{3}})"
)
# Verbs whose object is the people or firms a measure reached, not a measure of its own.
_ONLY_VERB = re.compile(r"惠及|带动|覆盖|受益|帮扶|吸引|辐射|新增|净增|新建")
# 按年平均汇率折算为11530美元: the figure before, in another currency or measure.
_ONLY_CONVERSION = re.compile(
    r"(?:按[^，。；]{0,10}?(?:汇率|比价|当量)?(?:折算|换算|计算)|折合|约合)(?:为|成)?"
)
_LEADING_ACTION = re.compile(rf"^(?:{_ACTION_VERBS})(?:和|及|、)?(?=[\u4e00-\u9fff“]{{2}})")


def _strip_leading_verbs(phrase: str, original: str) -> str:
    if len(phrase) < 3:
        phrase = original
    while True:
        m = _LEADING_ACTION.match(phrase)
        if not m:
            return phrase
        rest = phrase[m.end() :]
        if len(rest) < 3 or rest[0] in "的了性型化率式者":
            return phrase
        if m.group().endswith("建成") and rest.startswith("区"):
            return phrase  # 建成区面积: the built-up area, a noun
        phrase = rest


# 故, 因此: what follows from the clause before, of its quantity.
THEREFORE = "故|因此|所以|因而"
_LEADING = re.compile(
    r"^(?:其中|初步核算|初步测算|初步统计|据初步核算|经初步核算|的?相应的?|相比之下|相比|相较"
    # 三者的按年升幅, 两者合计: the members named just before, not a subject of their own.
    r"|(?:这|此|上述)?[两二三四五六七八九十]者(?:的|合计|合共|共)?(?:所占)?|据[^，]{1,30}?(?:统计|测算|核算|显示|数据)"
    # 按美元计价为179.2亿美元, 以人民币计: the currency a figure is restated in, not a subject.
    r"|(?:按|以)(?:美元|人民币|港元|欧元|日元)(?:计价|计算|计)"
    # 经季节性调整后按季上升1.1%: how the series was adjusted, not what rose (经季节调整后
    # 失业率 names the adjusted series).
    r"|经?季节性?调整(?:后|之后)?(?=按[年季月]|较|比|环比|$)"
    # 以2023年为基期的实质变动率: the base of the volume measure (its year already read).
    r"|以(?:\d{4}年?)?(?:价格)?(?:为|作为)(?:基期|基年|参考年)的?"
    # 以新台币计为…: any currency, where the figure restated follows (以新台币计价之进口物价 is
    # the index reckoned in it, a variant of its own).
    r"|(?:按|以)[\u4e00-\u9fff]{0,3}[币元](?:计价|计算|计)(?=为)|我国|预计|预估|本季|差不多|大概|主要是|加上|当月|本月|当季|以后|之后|此后|以来|改造以后|截至|截止|同时|此外|另外|另(?![一有行外])(?=[\u4e00-\u9fff]{3})|惟|不过(?!夜)|然而|像(?![素])|比如|例如|虽然|尽管|但是|但|而且|并且|当中|而|上月|即(?![时期刻办日])|"
    # 甲12亿元、乙9亿元及丙7亿元: the last member of a list, after its conjunction.
    r"以及|及(?![时格早])(?=[\u4e00-\u9fff]{2})|"
    # 一年多时间里增加了十二款: how long the change took, not what changed.
    r"(?:近|过去)?(?:[一二两三四五六七八九十]|\d{1,2}|半)个?(?:年|月|季度)多?(?:时间)?(?:里|来|以来|内)|"
    # 今年目标是再增长三成: the target of the quantity named before.
    r"(?:《[^》]{1,30}》)?(?:全年|年度|规划)?目标(?:是|为)|"
    # 两年平均增长3.3%: the yearly average of a growth over two years, of the same quantity.
    r"(?:两|三|四|五|[2-5])年平均|"
    # 虽较上月下降0.05: a concession, about the quantity named before.
    r"虽(?=较|比|然|有|已|$)|"
    # 按同口径计算增长4.8%: the same quantity, counted on a comparable basis.
    r"按(?:同|可比)口径(?:计算|测算)?|按可比价格计算|"
    # 就能实现…, 如能保持…: the conditions of a projection, not what it is about.
    r"就能|才能|如能|若能|只要|"
    # 受大风天气影响下降2.9%: the cause of a change, not what changed.
    r"受[^，。；]{1,12}?影响|"
    # 人均每月增加25元: per head, of the quantity named before.
    r"人均每月|人均每年|每人每月|每人每年|"
    # 扣除价格因素实际增长5.1%, 名义增长: how a growth is measured, not what grew.
    # 实际使用外资, 实际到位资金 are names of their own.
    r"扣除价格因素|(?:实际|名义|实质|名目)(?=$|增|年增|成长|下降|减)|折合年化(?=$)|年化(?=$)|"
    r"全年|年末|年底|分季度看|分区域看|分行业看|分地区看|包括|共有|一共|总共|累计|合计|总计|已经|已|新公开的"
    # 要确保经济增长…, 力争规模达到…: the resolve of a plan, not what it is about.
    r"|(?:要|需要|必须|务必)?(?:确保|力争|争取|力求|努力)(?=[\u4e00-\u9fff]{2})"
    # 全省共有平台企业…: the scope of a count of what the place has.
    r"|(?:全|本)(?:国|省|市|区|县)(?=共有|一共|总共|现有)|现有(?=[\u4e00-\u9fff]{2})"
    # 折1047亿美元: the same amount converted, its subject is the previous one
    r"|折合(?=$)|折算(?=$)|折(?=$)|约合(?=$)"
    # 上行4个基点至1.73%: where the move ended, of the quantity that moved.
    r"|至(?=$)|到(?=$)|与(?=$)"
    # 故按季回落…: therefore, of the quantity named before.
    rf"|(?:{THEREFORE})(?=按|较|比|同比|环比|$)"
    # 各月同比涨幅在…之间: the months of the year named before, of its quantity.
    r"|各(?:月|月份|季度|季)(?=同比|环比|涨幅|增速|增幅|降幅|$)"
    # 一改去年同期下滑的态势: the fall the quantity named before turned from.
    r"|(?:扭转|一改|改变)了?(?=$)"
    # 假期全县…, 年货节期间…: the span the figure is of, not what it counts.
    # 5天假期全省…: the same, with the holiday's length. (平均失业期间为: the span is what is
    # measured, where nothing follows it.)
    r"|(?:[\d一二三四五六七八九十]{1,2}天)?假期(?:里|内|中)?|[\u4e00-\u9fff]{0,4}?期间(?:里|内|中)?(?!(?:为|是|达到?|约)?$)"
    # 约人民币186亿元, 约合新台币820亿元: the currency, not what is counted.
    r"|(?:约合|折合|约)?(?:新台币|人民币|美元|港元|港币|澳门币|日元)(?=$)"
    # 按现价计算比上年增长: how it was measured, not what.
    r"|按照?(?:现价|当年价格?|上年价格?|价格|可比价格?|不变价格?|可比口径)计算的?"
    # 五年前是…, 后三年需…: when, not what.
    r"|[两三四五六七八九十\d]{1,2}年前|(?:后|今后|未来)[两三四五六七八九十\d]{1,2}年"
    # 二、网民规模…, 3. 用户规模…: the number of a listed finding.
    r"|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)\s*)+"
)
_ACTION = re.compile(r"^[^，]*?(?:完成|实现)(?=[\u4e00-\u9fff]{2})")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
# A gloss: parenthesised words without digits, or an ASCII name (M2, PM2.5, R&D).
# An acronym closing the phrase (数据中心电能利用效率（PUE）) stays: it is the name analysts look
# for; inside the phrase (臭氧（O3）平均浓度) it goes.
_GLOSS = re.compile(
    r"[（(](?![A-Z][A-Za-z0-9.&+-]*[）)](?:为|是|达到?|约|降至|升至|均|已|仍)*$)"
    # 企（事）业单位: a character bracketed inside a word is part of its name.
    r"(?!(?<=[\u4e00-\u9fff][（(])[\u4e00-\u9fff][）)][\u4e00-\u9fff])"
    r"(?:[^（()）\d]*|[A-Za-z][\w.&+-]*)[）)]"
)
_QUOTES = re.compile(r"[“”\"「」『』]")
# 我们预计能…, 咱们计划…: a speaker and the modal words of a plan, in spoken reports; they are no
# part of what is counted. With nothing after them the noun was elided (the previous one's).
_SPEAKER_MODALS = re.compile(
    r"(?:我们|咱们)(?:预计|计划|准备|打算|力争|争取|希望|估计|将|要|能|会|可以|已经|还|也|都|又)*"
)
# 到年底把比例提高到…: the object of 把 is what the number is of (not 把握, 把关, 一把手).
_BA_OBJECT = re.compile(r"^[^，]{0,24}?(?<![一几])把(?![握关手控脉])(?=[\u4e00-\u9fff“]{2})")
_NAMING_GLOSS = re.compile(r"[（(](?:即|简称|下称|以下简称)([^（()）\d]{2,12})[）)]")
# A phrase that names only a generic quantity of something said just before.
GENERIC = (
    "总数",
    "价值",
    "毛利率",
    "净利率",
    "利润率",
    "总规模",
    "面积",
    "总面积",
    "总长",
    "总长度",
    "总里程",
    "金额",
    "规模",
    "总量",
    "数量",
    "总额",
    "余额",
    "利润总额",
    "营业收入",
    "营业成本",
    "收入",
    "产量",
    "总产量",
    "销量",
    "人数",
    # 步行街客流量…；营业额…: the turnover and sales of what the clause before counted.
    "营业额",
    "销售额",
    "均价",
    "进口均价",
    "出口均价",
)
_GENERIC_TAILS = (
    "客流量",
    "总数",
    "总规模",
    "总面积",
    # 粮食播种面积…，总产量…: the crop is the topic; sowing is the measure of the first figure.
    "播种面积",
    "面积",
    "营业收入",
    "营业成本",
    "利润总额",
    "总量",
    "数量",
    "价值",
    "规模",
    "金额",
    "总额",
    "余额",
    "收入",
    "产量",
    "销量",
    "人数",
    "量",
    "数",
    "额",
)
# Verbs and function words that end the noun phrase after a number (16个城市开展…).
_AFTER_STOP = re.compile(
    r"[，。；、：:；（）()！？\n]|中(?=$|[，。；])|中$|等(?!级)|已|全部|均|平均|开展|帮扶|开工|实现|参与|建成|"
    # 与2010年的…人相比: the frame of a comparison, no noun.
    r"相比|相较|"
    # The next value (21个, 6.2万亩, 1.157人), not digits inside a name (3人制, 5G).
    r"\d+(?:\.\d+)?(?:万|亿|[家个件所座条项套台部名位支艘架列场处篇份本种款门批宗例株棵])|\d+\.\d|"
    # (华为, 行为, 作为: 为 inside a word is no verb.)
    r"落地|入选|获得|(?:全|连续)?覆盖|提供|完成|达到|成为|位居|分别|(?<![华作认因行以])为|是|被|将|正在|赋能|的"
    r"|出台|推出|上线|开通|明确|提出|喝上|享受|受益|参加|签约|签署|揭牌|成立|设立|挂牌|获批|开诊|运营|运行|进入|纳入|入围|上榜|投产|加快|稳定|通过|落户"
    # 326家企业在年报中披露信息: where the counted do it (not 在建项目, 在校学生, 在用机架; and
    # not 46家公司在深市上市, where the short event after 在 is what is counted).
    r"|(?<=[\u4e00-\u9fff]{2})在(?![建校岗用职线营册读库孵途])(?![^，。；]{0,6}(?:$|[，。；]))"
)
_RELATIVE_CLAUSE = re.compile(
    r"(?:产生|归属于|扣除|有[^的]{1,8}活动|开展[^的]{1,8}|使用[^的]{1,8}|实施[^的]{1,8}|属于[^的]{1,8})的"
)
_DE_BETWEEN_NOUNS = re.compile(r"(?<=[\u4e00-\u9fff]{2})的(?=[\u4e00-\u9fff]{2})")
# 营业收入超亿元的, 单体规模800P以上的: a class by a threshold, which may be written in digits.
_CATEGORY = re.compile(
    r"^(?P<cat>[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,8}[\d.]+[A-Za-z\u4e00-\u9fff]{0,3}?"
    r"(?:以上|以下|及以上))的(?:为|有|是)?$"
)
_CHANGED_TO_ONLY = re.compile(
    r"(?:轻微|略为|略|稍|(?:计划|预计|将|拟)?(?:前|之前)?)?"
    r"(?:上升|下降|下跌|回落|回升|增加|减少|提高|降低|扩大|缩小|增长|升|降|增|减|扩充|提升|攀升|跃升)"
    r"(?:至|到)的?(?:约|近|超过|逾|接近)?"
)


_WHOLE_WORDS = (
    "全国",
    "全省",
    "全市",
    "全区",
    "全球",
    "总量",
    "总额",
    "全国的",
    "全省的",
    "全市的",
)
_SHARE_OF_WHOLE_TAIL = re.compile(
    r"(?:只有|仅有|仅为|只占|仅占|约占|约为|相当于|不足|不到|超过|接近|将近)"
    r"(?:全国|全省|全市|全区|全球)(?:总量|总额)?的?$"
)
_ONLY_WORKS_VERBS = re.compile(
    r"(?:新|累计|全部|当年)?(?:开工|竣工|交付|投用|投产|完工|建成|签约|落地|开业|启用|验收|开行)+"
)
_PER_AREA_OR_WEIGHT = re.compile(r"每(?:亩|公顷|平方米|吨|公斤|千克)")
_FLAT_MARK_HINT = re.compile(r"[①-⑩]|[\u4e00-\u9fff][1-9][\u4e00-\u9fff]")
_FLAT_MARK = re.compile(
    r"[①-⑩]|(?<=[\u4e00-\u9fff])[1-9](?=增加值|营业收入|收入|企业|投资|产值|利润|产量)"
)
_ONLY_PLAN = re.compile(
    r"[‘“]?十[一二三四五六七八九]五[’”]?(?:时期|期间|期|以来)?(?:累计|共|合计|年均|平均每年)?"
    # 计划今年底前扩充至…: a plan's deadline, once its time is gone, names nothing.
    r"|(?:计划|预计|力争|争取|拟)(?:于|在)?(?:前|之前)?"
)
# 平均每日, 日均, 平均每家: an average per day, or per firm, of the quantity named before.
AVERAGE_PER = re.compile(r"(?:平均)?(?:每日|每天|日均|每家|家均)(?:平均)?")
_ONLY_STANDING = re.compile(
    r"(?:为|是|已?(?:超过|达到|低于|高于|优于))?(?:年度|全年|预期|规划|计划|控制)?"
    r"(?:目标值?|基数|基期值?|实际值?)"
)
# 澄泓研究院则预计, 首席经济学家詹若愚认为: who forecasts or judges, not what is forecast.
_FORECASTER = re.compile(
    r"^[^，。；\d]{1,16}?(?:研究院|研究所|研究中心|证券|期货|基金|银行|智库|机构"
    r"|(?:经济学家|分析师|研究员|专家)[\u4e00-\u9fff]{0,3}?)"
    r"(?:则|也|还|均|都|普遍)?(?:预计|预测|认为|估计|测算|判断|指出|表示)"
    # 相对谨慎，认为出口增速…: the forecaster named in the clause before.
    r"|^(?:则|也|还|并|但)?(?:预计|预测|认为|估计|判断)(?=[\u4e00-\u9fff]{2})"
)
# 二季度整体有望达到5.3%: an adverb of the sentence (as a whole), not what the figure is of.
_ONLY_WHOLE = re.compile(r"整体|总体|总的来看|总体来看|整体来看")
_ONLY_BASE = re.compile(r"(?:比|较)[^，。；比较]{1,12}")
_STREAK_TAIL = re.compile(r"连续(?:\d+|[一二两三四五六七八九十]+|数|几|多)个?(?:年|季度|月)$")


def strip_times(phrase: str) -> str:
    for t in reversed(find_times(phrase)):
        end = t.end
        if t.start == 0 and phrase.startswith("的", end):
            end += 1  # 十二月的零售额: the 的 tied the time to the noun
        phrase = phrase[: t.start] + phrase[end:]
    return phrase


def _strip_leading(pattern: re.Pattern[str], phrase: str) -> str:
    """``pattern.sub("", phrase)`` for a pattern anchored at the start (at most one match)."""
    m = pattern.match(phrase)
    return phrase[m.end() :] if m else phrase


_BRACKET_LABEL = re.compile(r"【[^【】]{1,8}】")
# ——地区生产总值, ‧算力总规模, #5G移动电话用户 (a yearbook's "of which"), ▷, **, and a
# PDF's bullet in the private use area: marks before a name, not part of it.
_EDGE_MARKS = "，、。；：,;+|｜ ▲△▼▽↑↓●○■□◆◇★☆•◎➤►▶▪▫◼◻◾◽▸▹‣·—‧#▷◁▍→*" + "".join(
    chr(c) for c in range(0xF020, 0xF100)
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]+")


def _without_marks(phrase: str) -> str:
    """The phrase without footnote marks and a transcript's or a box's labels."""
    # The membership tests only skip substitutions that cannot match.
    if "[" in phrase:
        phrase = _FOOTNOTE.sub("", phrase)
    if "【" in phrase:
        # 【解说】全省…, 【字幕】…: a transcript's or a box's label, not part of the name.
        phrase = _BRACKET_LABEL.sub("", phrase)
    if _FLAT_MARK_HINT.search(phrase):
        # 规模以上工业2增加值, 企业①: a footnote's mark, flattened into the words by a PDF's text.
        phrase = _FLAT_MARK.sub("", phrase)
    if phrase[:1] in ("#", "＃") and phrase[1:2] > "\u4e00":
        phrase = phrase[1:]  # #发明专利: the mark of a part column or row, not of its name
    return phrase


_AVERAGE_ONLY = re.compile(r"(日均|月均|周均)(?:发送|完成|接待|实现|运送|处理|开行|揽收|投递)?")
_BASE_GLOSS = re.compile(r"(?<=同比|环比)[（(][A-Za-z]{2,5}[）)]")
_WINDOW = re.compile(r"(?<![提之以目此])前(?:\d+|[一二两三四五六七八九十]+)(?:天|日|周|个月)")


def clean(phrase: str) -> str:
    """Strip what is not part of a subject noun phrase."""
    phrase = _without_marks(phrase)
    if "（" in phrase or "(" in phrase:
        phrase = _BASE_GLOSS.sub("", phrase)  # 环比（MoM）: how the change is measured
        named = _NAMING_GLOSS.search(phrase)
        if named is not None:
            # …的宽带用户（即高速用户）: the name the text goes on to use is the subject.
            phrase = named.group(1) + phrase[named.end() :]
        phrase = _GLOSS.sub("", phrase)
    phrase = strip_times(phrase)
    if (forecaster := _FORECASTER.match(phrase)) is not None:
        phrase = phrase[forecaster.end() :]
    if "前" in phrase:
        phrase = _WINDOW.sub("", phrase)  # 春运前15天发送旅客: the span, not the travellers
    if _QUOTES.search(phrase):
        phrase = _QUOTES.sub("", phrase)
    if "我们" in phrase or "咱们" in phrase:
        speaker = _SPEAKER_MODALS.search(phrase)
        if speaker is not None:
            if speaker.end() == len(phrase):
                return ""
            phrase = phrase[speaker.end() :]
    if "把" in phrase:
        phrase = _strip_leading(_BA_OBJECT, phrase)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _strip_leading(_LEADING, phrase)
        if phrase[-1:] in _TRAILING_LAST:
            phrase = _TRAILING.sub("", phrase)
        if "连续" in phrase:
            phrase = _STREAK_TAIL.sub("", phrase)  # 产量连续4年稳定在…: how long it held
        if phrase.endswith(_WHOLE_WORDS):
            phrase = _SHARE_OF_WHOLE_TAIL.sub("", phrase)  # 规模只有全国的0.8%: the whole
        phrase = phrase.strip(_EDGE_MARKS)
        if phrase and _EMOJI.match(phrase):
            phrase = _EMOJI.sub("", phrase, count=1)  # 📶全市5G基站: a post's bullet
        if phrase[:1] in ("【", "[") and "】" not in phrase and "]" not in phrase:
            phrase = phrase[1:]  # 【全市算力总规模：…】: the bracket opens a card, not a name
    # 港口完成货物吞吐量: the verb's object names the indicator.
    if "完成" in phrase or "实现" in phrase:
        acted = _strip_leading(_ACTION, phrase)
        if len(acted) >= 3:
            phrase = acted
        elif acted != phrase and len(acted) == 2:
            # 结构件业务实现收入: a bare object (收入, 利润) stays with its doer, without the verb
            # (完成投资 is a term of its own).
            doer = phrase[: len(phrase) - len(acted)]
            if doer.endswith("实现"):
                # 为实现经济增长5%的目标: a purpose (为, 以) is no doer.
                phrase = ("" if doer[:-2] in ("为", "以") else doer[:-2]) + acted
    # Verbs go one at a time; a verb stays when its object alone is too bare to name a quantity
    # (完成投资, 认定人才) or when what follows is a suffix of the verb's word (保障性住房).
    phrase = _strip_leading_verbs(_strip_leading(_LEADING_PREP, phrase), phrase)
    if _ONLY_BASE.fullmatch(phrase):
        return ""  # 比“十二五”末翻了一番: the base of a growth names nothing
    if phrase.endswith(_ESTIMATE_ENDS) and _ONLY_ESTIMATE.fullmatch(phrase):
        return ""  # （早前公布的临时估计为上升2.3%）: an earlier reading of the figure before
    if phrase.startswith("每") and _PER_AREA_OR_WEIGHT.fullmatch(phrase):
        return ""  # 单产…，每亩增加4.4公斤: per unit of the yield named before, which it is of
    if len(phrase) <= 8 and _ONLY_WORKS_VERBS.fullmatch(phrase):
        return ""  # 新开工厂房86万平方米，竣工交付52万平方米: the works the clause before named
    if _ONLY_VERB.fullmatch(phrase):
        return ""  # 惠及1.2万人: a verb alone names nothing; the figure is the previous subject's
    if _ONLY_CONVERSION.fullmatch(phrase):
        return ""  # 按年平均汇率折算为11530美元: the previous figure in dollars
    if _ONLY_PLAN.fullmatch(phrase):
        return ""  # 目标为“十五五”累计下降13%: the span of the plan, of the quantity named before
    if _ONLY_WHOLE.fullmatch(phrase):
        return ""  # 二季度整体有望达到5.3%: the quantity named before, as a whole
    if _ONLY_STANDING.fullmatch(phrase):
        return ""  # 2026年基数…，2029年目标…: what standing the figure has, not what it is of
    if phrase in ("数字", "数值"):
        return ""  # 2月数字经修订后为…: the figure of the quantity named before
    if phrase in ("也就", "也就是说", "就是说", "即"):
        return ""  # 也就是十一亿多: the figure before, said again another way
    if phrase[:1] in ("多", "少", "高", "低") and phrase[1:] in ("", "出"):
        return ""  # 较上月的…亿元多…亿元: how far past the base, of the quantity before
    if phrase in ("年", "月", "季", "日", "周", "计", "半年"):
        # 用户达7640万户，年净增1130万户: per year, of the quantity named before; 全年计仍下跌:
        # counted over the year.
        return ""
    # 的 between two nouns is dropped by analysts (数字经济核心产业的企业数量); after a verb it
    # closes a relative clause and stays (经营活动产生的现金流量净额, 有研发活动的企业).
    if len(phrase) > 4 and "的" in phrase and not _RELATIVE_CLAUSE.search(phrase):
        phrase = _DE_BETWEEN_NOUNS.sub("", phrase)
    if (earned := _EARNED.search(phrase)) is not None:
        # 一个月能挣, 一个月到手: what one earns is income (挣了四万出头, 到手八九千).
        phrase = phrase[: earned.start()] + "收入"
    return phrase


_EARNED = re.compile(r"(?:能多|能|多|也就|就|才|又)?(?:挣|赚|到手|能拿|拿到)(?:了|到)?$")


# The default of a ``verb`` argument: look the governing verb up in the window. The driver
# looks it up once per number and hands it to both the measure and the subject rules.
LOOK_UP_VERB: Any = object()


def governing_verb(window: str) -> re.Match[str] | None:
    """The last change verb whose object is the number at the end of ``window``."""
    last = None
    for m in _VERB.finditer(window):
        if _FILLER.fullmatch(window, m.end()):
            last = m
    return last


_PLAN_FIGURE = re.compile(r"^.*\d[\d.,]*[^\d]*?(?:以上|以内|左右)?(?=目标|任务|计划|预算)")
_PLAN_FIGURE_AFTER = re.compile(r"完成(?:全年|年度)(?:目标任务|目标|计划|任务)$")
_PROGRESS = re.compile(r"(?:完成([^，。；]{2,16})|^\s*(目标任务|年度目标|目标|任务|计划))的$")
# 超过250亿元的县（市、区）有2个: the gloss of the kinds of units counted stays in the name.
_COUNTED_AFTER_DE = re.compile(
    r"的((?:[\u4e00-\u9fff]{2,6}?|[\u4e00-\u9fff]{1,6}?[（(][^（()）]{1,8}[）)]))"
    # 增速不足2%的县仅有3个: 仅 says how few, no part of the noun.
    r"(?:仅|只)?(?:有|共有|达到?|为|共)$"
)
_MEASURE_WORD_ENDS = (
    "比重",
    "比例",
    "占比",
    "份额",
    "率",
    "额",
    "量",
    "值",
    "数",
    "规模",
    "收入",
    "增速",
    "幅度",
    "水平",
    "利润",
    "价格",
    "指数",
    "产值",
    "投资",
    "面积",
)
# 在电信业务收入中占比为13.6%: the whole a share is taken of, not what the share is about.
_SHARE_OF_WHOLE = re.compile(r"^在[^，]{2,24}中的?$")
_ONLY_SEPARATOR = re.compile(r"^\s*(?:、|和|及|与|以及|，)?\s*$")
# The two sides of an account: 收入 and 支出, 出口 and 进口.
_COUNTERPARTS = {
    "支出": ("收入",),
    "收入": ("支出",),
    "结余": ("支出", "收入"),
    "出口": ("进口",),
    "进口": ("出口",),
    "出口额": ("进口额",),
    "进口额": ("出口额",),
}
# 基金累计结余: how long a balance was summed up is no part of the account's name.
_ACCOUNT_SPAN = ("累计", "当期", "滚存", "当年")


def _account_counterpart(subject: str, previous: str) -> str | None:
    """某保险基金收入…；基金支出…: the other side of the account the previous subject named,
    written with the account's last word (基金) only."""
    for side, counterparts in _COUNTERPARTS.items():
        head = subject.removesuffix(side)
        if head == subject or not head:
            continue
        for span in _ACCOUNT_SPAN:
            head = head.removesuffix(span)
        for counterpart in counterparts:
            named = head + counterpart
            if head and len(head) <= 4 and previous.endswith(named) and len(previous) > len(named):
                return previous[: -len(named)] + subject
    return None


# Measures that are always of another quantity: how intense an input is, how far a plan got.
_MEASURES_OF_ANOTHER = ("投入强度", "进度", "完成进度", "序时进度")
# 增速, 涨幅: the rate a quantity changed at, named without the quantity.
RATE_OF_CHANGE = (
    "增速",
    "增幅",
    "增长率",
    "成长率",
    "年增率",
    "增长速度",
    "涨幅",
    "升幅",
    "降幅",
    "跌幅",
    # 实质变动率, 按年变动率: Macau's and Hong Kong's word for a rate of growth.
    "实质变动率",
    "变动率",
)


def subject_before(window: str, verb: re.Match[str] | None = LOOK_UP_VERB) -> tuple[str, str]:
    """The subject written before a number (window = clause text up to the number; ``verb``
    its ``governing_verb``)."""
    if _ONLY_SEPARATOR.match(window):
        return "", "before_number"  # 8.1%和12.0%: the next value of a list
    progress = _PROGRESS.search(window)
    if progress is not None:
        # 完成年度计划投资的78%: a share of the plan, about the plan's quantity; of a bare
        # 目标任务 it is about the subject before.
        named = progress.group(1) or progress.group(2)
        planned = clean(named) or named
        if planned.endswith(("任务", "目标", "计划", "预算", "目标增量")):
            # 完成全年1100万人以上目标任务的86.4%: the plan, without the figure it set; 收入完成
            # 预算的102.7%: of the quantity before 完成 where the clause names one.
            own = clean(window[: progress.start()]) if progress.group(1) else ""
            return own, "progress:" + _PLAN_FIGURE.sub("", planned)
        return planned, "progress_of_plan"
    if _PLAN_FIGURE_AFTER.search(window):
        # 2.27亿美元，完成全年目标4.2亿美元的54.0%: the figure the plan set for the quantity
        # named before.
        return "", "figure_of_plan"
    cut = len(window)
    m = _CUT.search(window)
    if m:
        cut = m.start()
        if m.group() == "比例" and cut >= 2 and "占" not in window[:cut]:
            # 优良天数比例为89.6%: 比例 closes the name of a rate, not the cue of a share of a
            # whole named before it (占营业收入的比例).
            cut = m.end()
    if verb is LOOK_UP_VERB:
        verb = governing_verb(window)
    if verb and verb.start() < cut:
        # 经济增长率, 经济成长率: the economy's growth rate is the name of the indicator
        # (GDP growth); of anything else the rate word only says the figure is a growth.
        # So is the potential growth rate (潜在增长率).
        named_rate = verb.group() in ("增长率", "成长率") and window.endswith(
            ("经济", "潜在"), 0, verb.start()
        )
        cut = verb.end() if named_rate else verb.start()
    raw = window[:cut]
    if raw.endswith("所") and window.startswith("占", cut):
        raw = raw[:-1]  # 40岁以上农民工所占比重: 所 only introduces the share
    if m and _SHARE_OF_WHOLE.match(raw.strip()):
        return "", "before_cue"
    if ("至" in raw or "到" in raw) and _CHANGED_TO_ONLY.fullmatch(clean_keep_de(raw)):
        # 由…的3.7%上升至2027年1月的3.8%: the end of a change, of the subject before it.
        return "", "before_cue"
    if _SHARE_OF_WHOLE_TAIL.fullmatch(raw.strip("，、 ")):
        return "", "before_cue"  # 不足全省的两成: a share of the whole, of the subject before
    # Cleaning only deletes: without a 的 in the raw phrase the category pattern cannot match.
    cat = _CATEGORY.match(clean_keep_de(raw)) if "的" in raw else None
    if cat and not _CUT.search(window[:cut]):
        return "", "category:" + cat.group("cat")
    return clean(raw), "before_cue" if m or verb else "before_number"


_ACTOR = re.compile(
    r"\s*(?P<actor>[\u4e00-\u9fff0-9]{2,18}?)(?:合计|共|总计)?(?:实现|完成)(?=[\u4e00-\u9fff]{2})"
)


# 电力、热力、燃气及水生产和供应业实现…: one industry whose name lists its parts.
_LISTED_INDUSTRY_ACTOR = re.compile(
    r"\s*(?P<actor>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,12})+业)(?:合计|共|总计)?(?:实现|完成)"
    r"(?=[\u4e00-\u9fff]{2})"
)


def actor_before(window: str, subject: str) -> str | None:
    """Who achieved a figure (中心城市实现软件收入…, 海港完成货物吞吐量…) when the subject is what
    it achieved, or None."""
    if "[" in window or _FLAT_MARK_HINT.search(window):
        window = _without_marks(window)  # 软件企业[3]实现…: a note's mark parts no words
    m = _ACTOR.match(window) or _LISTED_INDUSTRY_ACTOR.match(window)
    if m is None:
        return None
    # 全市核心产业实现…: the scope before the group is not part of its name; 全市实现… alone
    # is the whole, not a group of it.
    actor = _strip_leading(_WHOLE_SCOPE, clean(m.group("actor")))
    actor = _AIM_AFTER_ACTOR.sub("", actor)
    if len(actor) < 2 or actor in subject or "每" in actor:
        return None  # 每百元资产实现的营业收入: a ratio's denominator, not a doer
    if actor.startswith(("全", "本", "该", "各")):
        return None
    return actor


# 公司力争实现…, 确保完成…: the aim of a plan, not part of who achieves the figure.
_AIM_AFTER_ACTOR = re.compile(r"(?:力争|确保|预计|计划|要|将|争取)+$")


_WHOLE_SCOPE = re.compile(r"(?:全|本|该|我)(?:国|省|市|区|县|州|盟|镇|乡)|全部|全体")


_MOST_OF = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:最多|最少)")


def counted_after_de(window: str) -> tuple[str, str | None] | None:
    """收入增速高于全国的省份有14个, 收入超十亿元的企业达53家: a count counts the noun its
    的-clause describes; the clause names the class (the breakdown). None if no such noun."""
    counted = _COUNTED_AFTER_DE.search(window)
    if counted is None or counted.group(1).endswith(_MEASURE_WORD_ENDS):
        return None
    described = clean(window[: counted.start()])
    most = _MOST_OF.fullmatch(described) if described else None
    if most is not None and (is_place(counted.group(1)) or names_category(counted.group(1))):
        # 行政村最多的甲镇有15个: the count is of what the place has most of, in that place.
        return most.group(1), counted.group(1)
    return counted.group(1), described or None


def clean_keep_de(phrase: str) -> str:
    phrase = _without_marks(phrase)
    phrase = strip_times(phrase)
    phrase = _strip_leading(_LEADING, phrase)
    return phrase.rstrip("为有是")


def subject_after(text: str, pos: int, limit: int) -> str:
    """The noun phrase right after a number that precedes its noun (``16个城市开展…``)."""
    if (condition := class_condition(text, pos, limit)) is not None:
        # 10家营收超百亿元的龙头企业: the noun after the condition its members meet.
        owned = population_after(text, condition[1], limit)
        if len(owned) >= 2:
            return owned
    end = min(limit, pos + 24)
    stops = [
        m.start()
        for m in (
            _AFTER_STOP.search(text, pos, end),
            _CUT.search(text, pos, end),
            _VERB.search(text, pos, end),
        )
        if m
    ]
    stop = min(stops, default=end)
    phrase = text[pos:stop]
    if text.startswith("的", stop) and _MODIFIERS.search(phrase):
        # 120个县级和市级的融媒体中心: coordinated modifiers before 的; the noun after is counted.
        owned = population_after(text, stop + 1, limit)
        if len(owned) >= 2:
            return owned
    # 4个露天煤矿和12个井工煤矿: the next number's own noun phrase starts after the conjunction.
    return clean(phrase.removesuffix("和").removesuffix("及").removesuffix("与"))


_MODIFIERS = re.compile(r"(?:级|类|型)(?:和|及|与|、)|(?:和|及|与|、).{1,4}(?:级|类|型)$")


# What a population does after it is named (三成的企业表示…, 一半的机架采用…): the predicate.
_POPULATION_PREDICATE = re.compile(
    # (存在, 现在, 正在, 所在: no 在 of a place)
    r"(?<![存现正所实])在|将|已|采用|使用|应用|表示|认为|列示|实现|集中|分布|位于|来自|拥有|具有|具备|选择|计划"
    r"|上线|开通|建立|推出|出台|发布|开放"
    # 近三成用户每天使用…: how often the population does it.
    r"|每天|每日|每周|每月|经常|曾经|曾"
)


# 营收超百亿元的, 产值过10亿元的: a size the counted members exceed, before their noun.
_CLASS_CONDITION = re.compile(
    r"(?:以上)?(?P<condition>[\u4e00-\u9fff]{1,6}?(?:超过?|逾|过|达到?)"
    r"[\d.一二两三四五六七八九十百千万亿]+[\u4e00-\u9fff]{0,3}?(?:以上)?)的"
)


def class_condition(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The condition a count's members meet when it stands between the count and their noun
    (营收超百亿元 in 10家以上营收超百亿元的企业), with where the noun starts; else None."""
    m = _CLASS_CONDITION.match(text, pos, limit)
    return (m.group("condition"), m.end()) if m else None


def population_after(text: str, pos: int, limit: int) -> str:
    """The population a share of it is named before (两成的上市公司在…): the noun phrase
    after ``pos`` up to its predicate."""
    phrase = subject_after(text, pos, limit)
    if _POPULATION_PREDICATE.match(phrase):
        return ""  # 近六成集中在县城: no population named, the predicate follows at once
    m = _POPULATION_PREDICATE.search(phrase, 2)
    if m is not None and m.group() in SAYING:
        # 近两成受访者表示遇到过退款难: the share is of those saying so; what they say is the
        # quantity (退款难), their population alone is not; all they say, to the clause's end.
        said = clean(text[pos:limit])
        return said if said.startswith(phrase[: m.end()]) and len(said) <= 30 else phrase
    return phrase[: m.start()] if m else phrase


SAYING = ("表示", "认为")


# 与国内生产总值之比: a ratio whose numerator is the quantity named just before.
_RATIO_TO = re.compile(r"^与.+(?:之比|比率|比值)$")


# 对共建“一带一路”国家进出口额, 共建“一带一路”国家对华直接投资, 对RCEP其他成员国出口: a group of
# partner countries or regions, introduced by 对/与/自/从 or by 共建, is a breakdown of the
# quantity named after it.
_PARTNER = re.compile(
    r"^(?:(?:对|与|自|从)(?P<group>[^对与，]{2,30}?(?:国家|地区|经济体|成员国))"
    r"|(?P<built>共建[^对与，]{2,20}?(?:国家|地区))"
    # 东盟国家对华直接投资: a group investing in China.
    r"|(?P<inward>[^对与，]{2,20}?(?:国家|地区|经济体|成员国))(?=对华)"
    # 对东盟出口交货值, 对欧盟进出口, 自日本进口, 自美国接单: a trading partner named alone,
    # before the trade.
    # (not 自主品牌出口, 自营出口, 从事出口: the trade's own kind)
    r"|(?:对|自(?![主营有身然动])|从(?!事))(?![其此该])(?P<trader>[\u4e00-\u9fff]{2,6}?)(?<!进)"
    r"(?=(?:出口|进口|进出口|贸易|接单)))"
    r"(?:对华|对|与|向)?(?P<rest>[\u4e00-\u9fff]{2}.*)$"
)


def split_partner(subject: str) -> tuple[str, str | None]:
    """(quantity, partner group) of a subject opened by a group of partner countries, or
    (subject, None)."""
    m = _PARTNER.match(subject)
    if m is None:
        return subject, None
    return m.group("rest"), (
        m.group("group") or m.group("built") or m.group("inward") or m.group("trader")
    )


# 首期规模500亿元的科创基金, 总投资120亿元的项目: a size word before the number, 的 after it;
# the size is the noun's.
_SIZE_WORDS = ("规模", "投资", "总额", "金额", "面积", "产能", "容量")


def owner_after(text: str, pos: int, limit: int, subject: str) -> str | None:
    """``noun + size word`` when the number ending at ``pos`` is followed by ``的`` and a noun
    phrase and its own subject is only a size word (首期规模); otherwise None."""
    if not text.startswith("的", pos) or not subject.endswith(_SIZE_WORDS):
        return None
    if len(subject) > 4:
        # 发起设立总规模30亿元的产业基金: the size of what was set up, after the verb.
        founded = _FOUNDED_SIZE.search(subject)
        if founded is None:
            return None
        subject = founded.group("size")
    noun = subject_after(text, pos + 1, limit)
    return noun + subject if len(noun) >= 2 else None


_FOUNDED_SIZE = re.compile(
    r"(?:设立|成立|组建|发起|设立了|成立了|组建了|发起了)(?P<size>(?:总|首期)?(?:规模|总额|金额))$"
)


# 全国共有584万人享受城市最低生活保障: people counted by what they receive or take part in.
_BENEFIT_VERB = re.compile(r"享受|参加|参与|接受|受益于")
_SCOPE_ONLY = re.compile(r"(?:全国|全省|全市|全区|全县|我国|本省|本市)?")
_PEOPLE_UNITS = frozenset({"人", "人次", "名", "户", "户次"})


def predicate_subject(text: str, q: Quantity, limit: int, subject: str) -> str | None:
    """The predicate after a count of people (享受城市最低生活保障) when nothing before the
    number names what is counted; otherwise None."""
    if q.unit not in _PEOPLE_UNITS or not _SCOPE_ONLY.fullmatch(subject):
        return None
    if _BENEFIT_VERB.match(text, q.end) is None:
        return None
    phrase = clean(text[q.end : min(limit, q.end + 24)])
    return phrase if len(phrase) >= 4 else None


# 临江市算力规模, 省会临江市软件收入: a named place opening a subject. 全省, 城市, 都市圈 are
# not names; 超大城市 is a class of cities.
# A name has no function words, numerals or words of rank in it (中央及省, 重点县, 沪深两市,
# 预计全市); 省级, 市场 and 上市 are not places.
_LEADING_PLACE = re.compile(
    r"^(?:省会|首府)?"
    r"(?P<place>[^全本该各每两多新重点级及和与在上下省市县州区预计示范试城都\W\d]{2,4}"
    r"(?:省|市|县|州|自治区)"
    # 东部地区快递业务量: the regions of the country, as bulletins split it.
    r"|(?:东部|中部|西部|东北)地区)"
    r"(?=[\u4e00-\u9fffA-Za-z0-9])(?![级场])"
)
_NAMES_PLACE = re.compile(r"(?:省|市|县|州|区|地区|全国|国家)")


def is_place(phrase: str) -> bool:
    """Whether a phrase is a named place alone (甲省, 乙市, 东部地区)."""
    m = _LEADING_PLACE.match(phrase + "的")
    return m is not None and m.end("place") == len(phrase)


def within_place(subject: str, place: str) -> bool:
    """Whether a subject is of ``place`` as far as it says: it names no place, or only the
    whole of one of the place's kind (全省 of 甲省)."""
    if not names_place(subject):
        return True
    return subject.startswith(("全" + place[-1], "本" + place[-1])) and not names_place(subject[2:])


# 其中约四成集中在省会都市圈: where the share of the subject is; the place is its breakdown.
_LOCATED = re.compile(r"(?:集中|分布|位于|落户|聚集)(?:在|于)([^，。；、]{2,12})(?=[，。；]|$)")


def location_after(text: str, pos: int, limit: int) -> str | None:
    m = _LOCATED.match(text, pos, limit)
    return clean(m.group(1)) if m else None


def leading_place(subject: str) -> str | None:
    """The place a subject opens with, or None."""
    m = _LEADING_PLACE.match(subject)
    return m.group("place") if m else None


def names_place(subject: str) -> bool:
    return _NAMES_PLACE.search(subject) is not None


def partner_before(window: str) -> str | None:
    """The partner group opening the text before a number, as written (glosses kept: the
    RCEP of 《区域全面经济伙伴关系协定》（RCEP）其他成员国), or None."""
    if (
        "国" not in window
        and "地区" not in window
        and "经济体" not in window
        and not (
            ("对" in window or "自" in window or "从" in window)
            and ("口" in window or "贸易" in window or "接单" in window)
        )
    ):
        return None
    window = _INCLUSION_NOTE.sub("", window) if "含" in window or "包括" in window else window
    return split_partner(_QUOTES.sub("", clean_keep_de(window)))[1]


# 东盟国家（含部分自由港）: a note of what a group includes, not part of its name.
_INCLUSION_NOTE = re.compile(r"[（(](?:含|包括|不含)[^（()）]*[）)]")


def strip_rate_word(subject: str) -> str:
    """全省居民消费价格涨幅 → 全省居民消费价格: the quantity whose rate of change it is."""
    if subject.endswith("自然增长率"):
        return subject  # 人口自然增长率: births less deaths, a rate of its own (a level)
    for word in RATE_OF_CHANGE:
        if subject.endswith(word) and len(subject) > len(word):
            # 价格的按年升幅: how the change is taken goes with the rate word.
            return _CHANGE_TAKEN.sub("", subject[: -len(word)])
    if subject.endswith("增长") and len(subject) > 4:
        # 地区生产总值同比增长：6.1%: a label naming the growth of the quantity before it.
        return _GROWTH_LABEL_TAIL.sub("", subject) or subject
    return subject


_CHANGE_TAKEN = re.compile(r"的?(?:按[年季月期]|同比|环比)$")
_GROWTH_LABEL_TAIL = re.compile(r"(?:同比|环比|比上年|较上年|比去年)?增长$")


_CONTRIBUTION_TO = re.compile(r"对[^，。；]{1,12}?(?:的)?贡献率$")


# 新增挂牌数据产品, 当年新建5G基站: a count of what a verb added, the verb after the 新增.
_ADDED_BY = re.compile(
    r"(?:全年|当年|今年|本年)?新增(?P<verb>[\u4e00-\u9fff]{2})(?P<object>[\u4e00-\u9fff\dA-Za-z]{2,})"
)
_AMOUNT_ENDS = ("额", "量", "值", "收入", "规模", "总数")


def complete(subject: str, previous: str | None) -> tuple[str, str]:
    """Complete an elided generic subject (``金额``) from the previous subject, and a ratio
    written without its numerator (``与国内生产总值之比``) with the previous subject."""
    if previous and _RATIO_TO.match(subject) and not previous.startswith("与"):
        return previous + subject, "ratio_numerator_from_previous"
    if (
        previous
        and (_CONTRIBUTION_TO.match(subject) or subject == "贡献率")
        and "贡献" not in previous
    ):
        # 第三产业增加值…，对经济增长的贡献率为52.1%: the contribution of the quantity named.
        return previous + subject, "contribution_of_previous"
    for counterpart in _COUNTERPARTS.get(subject, ()):
        if previous and previous.endswith(counterpart) and len(previous) > len(counterpart):
            # 某基金收入…；支出…: the other side of the same account.
            return previous[: -len(counterpart)] + subject, "counterpart_of_previous"
    if previous and (account := _account_counterpart(subject, previous)) is not None:
        return account, "counterpart_of_previous"
    if (
        previous
        and subject in _MEASURES_OF_ANOTHER
        and not previous.endswith(_MEASURES_OF_ANOTHER)
        and previous not in GENERIC
    ):
        # 研发经费…；投入强度为1.48%, 地区生产总值…。进度68.4%: of the quantity just named
        # (研发经费投入 + 投入强度: the word they share is written once).
        shared = next((k for k in range(len(subject), 0, -1) if previous.endswith(subject[:k])), 0)
        return previous + subject[shared:], "measure_of_previous"
    if (
        previous
        and subject[2:] in RATE_OF_CHANGE
        and subject[:2] in ("按年", "按季", "同比", "环比")
    ):
        subject = subject[2:]  # 第四季的按年升幅修订为3.1%: the rise on a year of what was named
    if previous and subject in RATE_OF_CHANGE and not previous.endswith(RATE_OF_CHANGE):
        # 增速较上半年提高…个百分点: the growth rate of the quantity just named.
        return previous + subject, "rate_of_previous"
    if previous and (average_only := _AVERAGE_ONLY.fullmatch(subject)) and previous not in GENERIC:
        # 博彩毛收入598.2亿元，…，日均约6.5亿元; 发送旅客…，日均发送218.6万人次: the daily
        # average of the quantity just named.
        return average_only.group(1) + previous, "average_of_previous"
    if (
        previous
        and len(subject) == 2
        and (added := _ADDED_BY.search(previous)) is not None
        and added.group("verb") == subject
    ):
        # 新增登记数据资产860个，累计登记2410个: what the verb acted on in the clause before.
        return added.group("object"), "object_of_previous"
    if (
        previous
        and subject == "总量"
        and previous.endswith(_AMOUNT_ENDS)
        and previous not in GENERIC
    ):
        # 外贸进出口总额86.4亿元，…，总量首次突破80亿元: the amount just named.
        return previous, "same_as_previous"
    # 日均产量387万吨 after 钢材产量…: the daily average of the quantity just named.
    average = (
        subject[:2]
        if subject[:2] in ("日均", "月均", "单月", "当月") and subject[2:] in GENERIC
        else ""
    )
    if (
        previous
        and not average
        and subject in GENERIC
        and previous.endswith(subject)
        and len(previous) > len(subject)
        and previous not in GENERIC
    ):
        return previous, "same_as_previous"  # 行业规模增长三成，到2030年规模…: the same one
    if (
        not previous
        or subject[len(average) :] not in GENERIC
        or previous.endswith(subject)
        or previous in GENERIC  # 营业收入…；利润总额…: no topic to lend
    ):
        return subject, "own"
    # 软件业务收入增速…；实现利润总额: the rate's quantity lends its topic, not the rate.
    topic = strip_rate_word(previous)
    for tail in _GENERIC_TAILS:
        # 流量 is a word, not 流 + 量: the topic left must be a word of its own.
        if topic.endswith(tail) and len(topic) >= len(tail) + 2:
            topic = topic[: -len(tail)]
            break
    # 商品房销售面积…；销售额…: the word the topic ends with and the measure opens with is
    # written once (商品房销售额).
    shared = next((k for k in range(len(subject), 0, -1) if topic.endswith(subject[:k])), 0)
    if not shared and subject[:2] in ("进口", "出口") and topic.startswith(subject[:2]):
        topic = topic[2:]  # 进口原油…；进口均价…: 原油进口均价, the flow written once
    return topic + subject[shared:], "completed_from_previous"


# Measure nouns a list of sibling clauses shares (农副食品加工业增加值增长1.8%，纺织业增长4.6%).
MEASURE_HEADS = (
    "增加值",
    "营收",
    "网络零售额",
    "网上零售额",
    "零售额",
    "利润总额",
    "利润",
    "营业收入",
    "营业额",
    "销售额",
    "进出口总额",
    "进出口额",
    "出口额",
    "进口额",
    "产量",
    "销量",
    "投资额",
    "投资",
    "用水量",
    "消费量",
    "经费",
    "业务量",
    # 甲市、乙市软件业务收入: the software business, not 甲市软件's business.
    "软件业务收入",
    "业务收入",
    # 甲、乙用户规模分别为…: the users of each service.
    "用户规模",
    "用户数",
    "发电量",
    "用电量",
    # 甲类零售商的销货价值上升…，乙类上升…: what the goods sold were worth.
    "销货价值",
    # 甲类货品接单…；乙类…: the orders a trade survey counts, in money.
    "订单",
    "接单",
)
# A sibling names a category, not a quantity: an industry, a class of goods, a kind of store or
# enterprise, a region.
_CATEGORY_END = re.compile(
    r"(?:业|类|店|制造|企业|公司|地区|区|产品|商品|用品|货品|制品|(?<!全)国|国家|省|省份|市|县|镇|乡|街道|部门|单位|市场|主体|(?:国家|省|市|县|区)级|(?:市|地|自治)州"
    # 欧洲, 东盟, 东协: markets as trade figures name them.
    r"|(?<=[欧亚非美澳])洲|(?<=[东欧])盟|东协)$"
)
# Trade flows: quantities, though no measure word ends them.
TRADE_FLOWS = ("进出口", "出口", "进口")
# 专业技术人员, 单位负责人: a group of people, named as a member.
PEOPLE_NOUNS = "人员|负责人|职工|员工|工人|农民工|居民|学生|毕业生|从业者"
_PEOPLE_COUNTED = re.compile(rf"(?:就业|失业|受雇|从业)者|从业人员|(?:{PEOPLE_NOUNS})")
_PEOPLE_GROUP = re.compile(rf".{{1,10}}(?:{PEOPLE_NOUNS})")
# The halves of the pairs statistics split a population into.
_OTHER_HALF = {
    "城镇": ("农村", "乡村"),
    "城市": ("农村", "乡村"),
    "农村": ("城镇", "城市"),
    "乡村": ("城镇", "城市"),
    "男性": ("女性",),
    "女性": ("男性",),
    "全职": ("兼职",),
    "兼职": ("全职",),
    "境内": ("境外",),
    "境外": ("境内",),
    "省内": ("省外",),
    "省外": ("省内",),
}
_NOT_CATEGORY = re.compile(r"(?:就业|失业|作业|营业|毕业)$")
_GRADE = re.compile(r"(?:国家|省|市|县|区)级")


def complete_sibling(
    subject: str,
    previous: str | None,
    previous_member: str | None = None,
    after_list: bool = False,
    kinds_opened: bool = False,
    previous_in_sentence: bool = False,
) -> tuple[str, str | None]:
    """A category subject in a run of sibling clauses takes the measure noun of the clause
    before it: (subject + head, category) when the rule applies, else (subject, None). Where
    the clause before named its own member apart (甲地区完成软件业务收入…；乙地区完成…),
    the sibling's measure is that clause's whole subject. After 分品种看 (``kinds_opened``),
    a kind is a member whatever its last word; ``previous_in_sentence`` says whether the
    subject before is of the same sentence (a kind's measure beside it, not the whole's)."""
    completed, member = _sibling(subject, previous, previous_member, after_list)
    if member is None and kinds_opened and previous:
        return _kind_of(subject, previous, beside=previous_in_sentence)
    return completed, member


def _sibling(
    subject: str, previous: str | None, previous_member: str | None, after_list: bool
) -> tuple[str, str | None]:
    if not previous or not subject:
        return subject, None
    if (
        previous_member
        and previous_member != subject
        and _PEOPLE_GROUP.fullmatch(subject)
        and _PEOPLE_GROUP.fullmatch(previous_member)
        and previous_member not in previous
        and names_measure(previous)
    ):
        # 甲类人员年工资中位数最高，为…；乙类人员…万元: another group's figure of the measure.
        return previous, subject
    half = subject[:2]
    for other in _OTHER_HALF.get(half, ()):
        at = previous.find(other)
        rest = previous[at + len(other) :]
        # (the group's own words, then at least two more: the quantity)
        if 0 <= at <= 3 and rest.startswith(subject[2:]) and len(rest) >= len(subject[2:]) + 2:
            # 城镇居民…占61.2%，农村占38.8%; 全职从业者月均收入…，兼职从业者…: the other half
            # of a pair, of the same quantity.
            return half + rest, subject
    if not _CATEGORY_END.search(subject) and not (
        # 家用电器、通讯器材网络零售额分别增长…；服装鞋帽增长3.6%: a kind that follows a list
        # of kinds is one more, whatever its last word.
        after_list and 2 <= len(subject) <= 10 and not names_measure(subject)
    ):
        return subject, None
    if _NOT_CATEGORY.search(subject) or subject.endswith(MEASURE_HEADS):
        return subject, None
    if (
        is_place(subject)
        and (place := leading_place(previous)) is not None
        and place != subject
        and len(rest := previous[len(place) :]) >= 2
        and (names_measure(rest) or rest.isascii())
    ):
        # 甲省GDP为38514.6亿元，增长9.4%；乙省为26731.2亿元: another place's same measure.
        return subject + rest, subject
    if (
        len(subject) >= 3
        and len(previous) >= len(subject) + 2
        and previous[: len(subject)] != subject
        and sum(a == b for a, b in zip(previous, subject, strict=False)) >= 2
        and previous[len(subject) - 1] == subject[-1]
        and len(rest := previous[len(subject) :]) >= 2
        and not _CATEGORY_END.search(rest)
    ):
        # 北部四县建成物流站点612个；南部三县455个: a member written as the one before
        # it was (the same length, the same words in the same places), of the same quantity.
        return subject + rest, subject
    if (
        (last := _CATEGORY_END.search(subject)) is not None
        and len(last.group()) >= 2
        and (at := previous.find(last.group())) >= 2
        and len(rest := previous[at + len(last.group()) :]) >= 2
        and not _CATEGORY_END.search(rest)
        # 工业部门就业者…；服务业部门…: people counted are a quantity too.
        and (names_measure(rest) or rest in TRADE_FLOWS or _PEOPLE_COUNTED.fullmatch(rest))
        and previous[: at + len(last.group())] != subject
    ):
        # 甲类企业出口…亿元；乙类企业…亿元: a member of the same class as the member before
        # (the same last word), of the quantity that member's figure was of.
        return subject + rest, subject
    if (
        subject.endswith("级")
        and len(subject) <= 4
        and (graded := _GRADE.search(previous)) is not None
        and graded.group() != subject
        and len(rest := previous[graded.end() :]) >= 2
    ):
        # 国家级非物质文化遗产代表性项目3项、省级11项: the same things of another grade.
        return subject + rest, subject
    if (
        previous_member is not None
        and previous_member != subject
        and is_bare_category(previous_member)
        and previous_member not in previous
        and names_measure(previous)
    ):
        return previous, subject
    if (
        previous_member
        and previous_member != subject
        and previous.startswith(previous_member)
        # 枫原省软件业务收入增速分别达…，汀屿省增长6.9%: a rate's quantity, rate word kept.
        and names_measure(strip_rate_word(rest := previous[len(previous_member) :]))
    ):
        # 西部地区电信业务收入增长2.1%，东北地区下降0.3%: the sibling's measure is the whole
        # of what its member's sibling measured.
        return subject + rest, subject
    if (
        subject.startswith("各")
        and len(subject) <= 6
        and names_measure(whole := strip_whole_scope(previous))
    ):
        # 全省城镇化率为58.2%，各市州在39%至71%之间: each member's figure of the measure the
        # whole's clause named.
        return subject + whole, subject
    if (
        subject.endswith("产品")
        and (rest := measure_after_category(previous)) is not None
        and not previous.startswith(subject)
    ):
        # 甲类产品海外生产比为91.2%，乙类产品则为37.5%: another kind's same measure.
        return subject + rest, subject
    # 甲省完成收入x；乙省y: a bare 收入 is a sibling's head too (not a list's: 城镇和农村居民
    # 人均可支配收入 shares more than 收入).
    # 食品烟酒类价格下降0.6%，衣着类上涨1.3%: the prices of the other classes.
    for head in (*MEASURE_HEADS, "收入", "生产指数", "价格"):
        if previous.endswith(head) and len(previous) >= len(head):
            return subject + head, subject
    if (last := _CATEGORY_END.search(subject)) is not None and len(last.group()) == 1:
        # 东坪区零售额…；西岗区…: a one-character class word (区, 县, 业) ends many nouns, so the
        # member before must open with a name as long as this one, ending in the same word.
        if (
            previous_member
            and _same_class_name(subject, previous_member)
            and previous_member not in previous
            and names_measure(previous)
        ):
            return previous, subject
        if (
            _same_class_name(subject, previous)
            and len(rest := previous[len(subject) :]) >= 2
            and not _CATEGORY_END.search(rest)
            and (names_measure(rest) or rest in TRADE_FLOWS)
        ):
            return subject + rest, subject
    return subject, None


def _same_class_name(member: str, named: str) -> bool:
    """Whether ``named`` opens with another name of ``member``'s length and last character."""
    size = len(member)
    return (
        2 <= size <= 5
        and len(named) > size
        and named[size - 1] == member[-1]
        and (named[:size] != member)
    )


def _kind_of(subject: str, measured: str, beside: bool) -> tuple[str, str | None]:
    """规上工业水电 after 规上工业发电量, in a paragraph opened by 分品种看: (the measure, the
    kind), the scope both name left out of the kind; (subject, None) if either is no such
    word."""
    measured = strip_rate_word(measured)
    if names_measure(subject) or not names_measure(measured) or _NOT_KIND.search(subject):
        return subject, None
    kind = next(
        (subject[k:] for k in range(len(subject) - 2, 1, -1) if subject[:k] in measured), subject
    )
    if not 2 <= len(kind) <= 10:
        return subject, None
    if beside and kind == subject:
        # 稻谷产量…；小麦86.3万吨: a kind beside another kind's measure is left to the rules
        # for siblings.
        return subject, None
    return measured, kind


# 增速, 降幅, 比重: how a kind's figure is measured, not a kind.
_NOT_KIND = re.compile(r"(?:增速|增幅|降幅|涨幅|跌幅|比重|占比|总体|整体|合计|总计|全部)$")


_MEASURE_ENDS = re.compile(
    r"(?:额|量|值|数|率|收入|营收|规模|人次|人数|产值|投资|利润|价格|指数|面积|余额|比重|占比|支出"
    r"|工资|薪酬|月薪|年薪|订单|接单)$"
)


def sibling_of(group: str, measured: str) -> str | None:
    """城镇居民 of 全体居民人均可支配收入 → 城镇居民人均可支配收入: the same measure of another
    group, which shares its last word with the group the measure was of; None if none does."""
    for size in range(len(group) - 1, 1, -1):
        word = group[-size:]
        at = measured.find(word)
        # (居民人均可支配收入 opens with the word: the measure of all, whose group it names.)
        if at >= 0 and at + size < len(measured):
            return group + measured[at + size :]
    return None


def measure_head(subject: str) -> str | None:
    """The measure noun a subject ends with (…核心产业增加值 → 增加值), or None."""
    m = _MEASURE_HEAD_END.search(subject)
    if m is None and subject.endswith(_OUTPUT_TOTALS):
        return "增加值"  # an industry's part of the gross product is its value added
    return m.group() if m else None


_OUTPUT_TOTALS = ("生产总值", "GDP")


def is_gross_product(subject: str) -> bool:
    """Whether a subject is a gross product (地区生产总值, GDP), whose parts are the value added
    of industries."""
    return subject.endswith(_OUTPUT_TOTALS)


def _ending_in(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern for the longest of ``words`` a phrase ends with: the alternatives longest
    first, tried from the start of the first possible ending."""
    return re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")$")


_MEASURE_HEAD_END = _ending_in(MEASURE_HEADS)


def measure_word(subject: str) -> str | None:
    """The measure noun of two characters or more a subject ends with (粮食产量 → 产量, 服装价格
    → 价格), or None; a one-character ending (额, 量) may be part of a longer word."""
    head = measure_head(subject)
    if head is None and (end := _MEASURE_ENDS.search(subject)) is not None:
        head = end.group()
    return head if head is not None and len(head) >= 2 else None


def names_measure(phrase: str) -> bool:
    """Whether a phrase names a quantity (…收入, …量, …率), not only a kind of thing."""
    return _MEASURE_ENDS.search(phrase) is not None


def names_part_of_any(members: list[str], head: str) -> bool:
    """Whether a member names a part of ``head``'s measure (出口 of 进出口额)."""
    return any(_names_part_of(m, head) for m in members)


def _names_part_of(sub: str, head: str) -> bool:
    """出口 and 进口 both name a part of 进出口额: the sub-item's characters, in order, in the
    head."""
    rest = iter(head)
    return len(sub) >= 2 and all(char in rest for char in sub)


# 市场规模, 区块链: words that hold 市 or 区 without naming a city or district.
_CATEGORY_PREFIX = re.compile(
    r"^.{1,12}?(?:地区|省|市(?![场值])|县|区(?![域间块])|业(?!务)|企业|部门|产品(?!产量|销量))(?=.{2,})"
)


def is_bare_category(phrase: str) -> bool:
    """A region, sector or kind named alone (中部, 东北地区, 制造业), with no measure noun."""
    return len(phrase) <= 2 or names_category(phrase)


def names_group(phrase: str) -> bool:
    """Whether a phrase names a group of doers: a category, or projects, bases, parks …"""
    return names_category(phrase) or phrase.endswith(_GROUP_WORDS)


_GROUP_WORDS = ("项目", "基地", "园区", "平台", "集群", "中心", "机构", "工厂", "主体", "商户")


def strip_whole_scope(phrase: str) -> str:
    """全国数据中心机架 → 数据中心机架: the whole a quantity is of, for its members' figures."""
    return _strip_leading(_WHOLE_SCOPE, phrase) or phrase


def group_name(phrase: str) -> str:
    """全市实施在建项目 → 在建项目: neither the whole the group belongs to nor the verb that
    counted it is part of the group's name."""
    phrase = strip_whole_scope(phrase)
    phrase = _strip_leading(_THIS_BATCH, phrase) or phrase
    return _strip_leading_verbs(phrase, phrase)


# 这次集中开工项目: which batch the text means is no part of the group's name.
_THIS_BATCH = re.compile(r"(?:这次|此次|本次|这批|此批|本批)")


def names_category(phrase: str) -> bool:
    """Whether a phrase ends in a word of a category (…业, …企业, …地区), not of a quantity."""
    return _CATEGORY_END.search(phrase) is not None and _NOT_CATEGORY.search(phrase) is None


def measure_after_category(subject: str | None) -> str | None:
    """The measure noun after a subject's leading category (东部地区数据生产量 → 数据生产量),
    or None when the subject opens with no category."""
    if not subject:
        return None
    m = _CATEGORY_PREFIX.match(subject)
    return subject[m.end() :] if m else None


# Who holds a quantity (住户, 企业, 政府部门 …): a sector, not a kind of the thing (粮食, 谷物).
_SECTOR_END = re.compile(r"(?:户|企业|单位|部门|机构|政府|居民|公司)$")


def is_sibling_holder(subject: str, parent: str | None) -> bool:
    """企业贷款 after 住户贷款: the same noun held by another sector."""
    return (
        bool(parent)
        and subject != parent
        and len(subject) > 2
        and subject[-2:] == parent[-2:]
        and _SECTOR_END.search(subject[:-2]) is not None
    )


_WHOLE_OPENING = re.compile(r"^(?:全|本|我)[国省市县区]")


def without_whole_opening(name: str) -> str:
    """全县种植 → 种植: the whole a name opens with, which no member of it is."""
    return _WHOLE_OPENING.sub("", name) or name


def parent_scope(parent: str | None, sub: str, parent_breakdown: str | None = None) -> str | None:
    """The scope of a parent quantity that a 其中 sub-item keeps as its breakdown.

    ``民营企业进出口额…；其中出口…``: the sub-item names a part of the parent's measure (出口 of
    进出口额), so it is about the same scope (民营企业), which is its breakdown. A parent whose
    scope is already its breakdown (进出口额 of 共建“一带一路”国家) passes that on.
    """
    if not parent or not sub:
        return None
    # (跨境电商进出口…，其中出口…: a trade flow is a measure, though no measure word ends it)
    for head in (*MEASURE_HEADS, *TRADE_FLOWS):
        if parent.endswith(head) and sub != head and _names_part_of(sub, head):
            scope = parent[: -len(head)]
            scope = scope[1:] if scope.startswith(("对", "向")) else scope
            scope = _WHOLE_OPENING.sub("", scope)  # 全市跨境电商: the whole is no breakdown
            if len(scope) >= 2:
                return scope
            return parent_breakdown
    # 住户贷款增加…，其中短期贷款增加…: a kind of the parent's noun, in the parent's sector.
    noun = parent[-2:]
    if sub.endswith(noun) and sub != parent and len(sub) > 2:
        scope = parent[:-2]
        own_scope = _SECTOR_END.search(sub[:-2]) is not None  # 企业单位贷款 names its own
        if 2 <= len(scope) <= 8 and _SECTOR_END.search(scope) and not own_scope:
            return scope
    return None


# The members a sentence opens with and its later measures keep (甲类学校招生…，在校生…；某作物
# 产量…，单产…): what stands before a measure head, after the whole's scope word.
_MEMBER_HEAD_END = _ending_in((*MEASURE_HEADS, "招生", "人均消费"))
_SCOPE_WORD = re.compile(r"^(?:全|本|该)(?:国|省|市|区|县|州|镇|乡)|^我国")


def leading_member(subject: str) -> str | None:
    """The member a subject opens with before its measure noun (乙类作物产量 → 乙类作物, 丙行业
    R&D经费 → 丙行业), or None when it names no member or opens with a place (the place rule's
    case)."""
    if leading_place(subject) is not None:
        return None
    subject = _SCOPE_WORD.sub("", subject)
    ending = _MEMBER_HEAD_END.search(subject)
    if ending is None:
        return None
    head = ending.group()
    member = subject[: -len(head)]
    if member and not _CJK_ONLY.fullmatch(member):
        # 丙行业R&D经费: the category before a measure written with letters.
        category = _CATEGORY_PREFIX.match(subject)
        member = subject[: category.end()] if category is not None else ""
    if (
        not 2 <= len(member) <= 10
        or not _CJK_ONLY.fullmatch(member)
        or names_measure(member)
        or _ONLY_VERB.search(member)
        # 零售业总销货价值: 总 opens the measure's name (总销货价值), no member ends with it.
        or member.endswith("总")
    ):
        return None
    return member


def may_be_measure_of_member(subject: str) -> bool:
    """A short measure noun with nothing of its own before it (在校生, 单产, 投入强度): a later
    clause's subject that can be the measure of a member the sentence opened with."""
    return (
        len(subject) <= 5
        # 算力规模, 用户总数: a whole of its own, not a ratio or count of a member.
        and not subject.endswith(("规模", "总量", "总数", "总额"))
        # 网民中近四成…: a population a share is taken in, not a measure
        and not subject.endswith("中")
        and _CJK_ONLY.fullmatch(subject) is not None
        and not names_category(subject)
        and not names_place(subject)
        and leading_member(subject) is None
    )


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff（）()]+")
