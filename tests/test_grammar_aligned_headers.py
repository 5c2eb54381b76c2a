"""Headers of tables laid out with spaces (a PDF's text layer, a fixed-width export), read by
where each name stands over the figure columns: names wrapped down their column, a group's name
centred over the columns it spans, a unit under one column only, a rule drawn under a group.
Every table here was written for the test."""

from datetime import date

from pipelines.extract import extract
from pipelines.normalise import normalise

_PUBLISHED = date(2031, 4, 20)


def _run(raw: str):
    normalised = normalise(raw)
    text = normalised.text
    for i, char in enumerate(text):
        source = raw[normalised.source_offsets[i]]
        assert source == char or source.isspace()
    obs = extract(text, _PUBLISHED)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
    return text, obs


def _one(obs, value_text):
    found = [o for o in obs if o.value_text == value_text]
    assert len(found) == 1, [(o.value_text, o.subject) for o in obs]
    return found[0]


_POPULATION = """表3-1  年末人口（2030年）
                      年末                 按性别分                 按城乡分
  年  份            户籍人口         男           女           城镇          乡村
                    （万人）       （万人）     （万人）      （万人）      （万人）
  2029              318.64        162.03       156.61        201.37        117.27
  2030              320.15        162.80       157.35        206.92        113.23
"""


def test_group_names_centred_over_two_columns_are_written_as_cells():
    text, _ = _run(_POPULATION)
    header = text.splitlines()[1]
    # 年末 names its own column; each group's name spans the column before it too.
    assert header == "｜｜年末｜〃｜按性别分｜〃｜按城乡分"


def test_one_character_names_far_apart_stay_two_columns():
    _, obs = _run(_POPULATION)
    men, women = _one(obs, "162.80"), _one(obs, "157.35")
    assert (men.breakdown or men.subject) == "男"
    assert (women.breakdown or women.subject) == "女"
    assert men.value == 1_628_000 and men.unit == "人"


def test_a_name_wrapped_down_its_column_with_its_unit():
    _, obs = _run(_POPULATION)
    total = _one(obs, "320.15")
    assert total.subject == "户籍人口"
    assert total.value == 3_201_500 and total.unit == "人"
    assert str(total.period_end) == "2030-12-31"


_INDUSTRY = """表7-2  规模以上工业分行业主要指标（2030年）
                                                              单位：亿元
                           营业收入                   利润总额
  行    业            总量        比上年增长%     总量        比上年增长%
  总    计          3412.8          7.1         206.5          4.4
  通用设备制造业     512.6          9.3          31.2          6.0
  纺织业             288.4         -2.6          12.9         -8.1
"""


def test_groups_over_repeated_columns_take_the_unit_line_above_them():
    _, obs = _run(_INDUSTRY)
    revenue = _one(obs, "512.6")
    assert (revenue.subject, revenue.breakdown) == ("营业收入", "通用设备制造业")
    assert revenue.measure == "level" and revenue.value == 51_260_000_000
    profit_growth = _one(obs, "-8.1")
    assert (profit_growth.subject, profit_growth.breakdown) == ("利润总额", "纺织业")
    assert profit_growth.measure == "growth" and profit_growth.unit == "%"


_TRADE = """表9-4  限额以上批发和零售业（2030年）
                    法人单位     年末从业       商品销售额
  行  业              数量         人员     ──────────────────
                      （个）       （人）      亿元    比上年增长%
  合  计               4126       183520    5821.4       6.2
  批发业               2318        90214    4377.9       7.5
"""


def test_a_rule_drawn_under_a_group_and_a_bare_unit_below_it():
    _, obs = _run(_TRADE)
    sales = _one(obs, "4377.9")
    assert sales.subject == "商品销售额" and sales.breakdown == "批发业"
    assert sales.value == 437_790_000_000 and sales.unit == "元"
    growth = _one(obs, "7.5")
    assert growth.subject == "商品销售额" and growth.measure == "growth"
    staff = _one(obs, "90214")
    assert staff.value == 90214 and staff.unit == "人"


_PLAN = """附表  2030年主要指标完成情况

   指  标                      单位      预期目标           完成情况
地区生产总值增长                 %        5.5左右              5.9
固定资产投资增长                 %        6                    4.3
城镇新增就业                     万人     3.2                  3.41
"""


def test_a_row_with_a_bound_beside_its_figures_is_no_header_line():
    text, obs = _run(_PLAN)
    assert "|" not in text
    target = _one(obs, "5.5左右")
    assert target.subject == "地区生产总值" and target.kind == "target"
    assert _one(obs, "5.9").kind == "actual"


def test_a_unit_line_above_the_names_of_groups_of_columns():
    raw = (
        "表2\t分区县财政收支（2030年）\n单位：亿元\n一般公共预算收入\t一般公共预算支出\n"
        "区县\t总额\t比上年增长%\t总额\t比上年增长%\n甲区\t61.3\t4.2\t88.7\t3.0\n"
        "乙县\t22.9\t-1.5\t40.2\t6.6\n"
    )
    _, obs = _run(raw)
    income = _one(obs, "61.3")
    assert income.subject == "一般公共预算收入" and income.value == 6_130_000_000
    assert income.unit == "元"


_POSTS = """表8-3  邮政与快递（2030年）
                            计量     2030年    比上年
                            单位                增长%
快递业务量                  亿件      14.08      12.6
邮政业务总量                亿元      63.5        9.1
"""


def test_a_unit_column_headed_by_two_lines_of_its_own():
    _, obs = _run(_POSTS)
    parcels = _one(obs, "14.08")
    assert parcels.subject == "快递业务量" and parcels.value == 1_408_000_000
    assert parcels.unit == "件"
    growth = _one(obs, "9.1")
    assert growth.subject == "邮政业务总量" and growth.measure == "growth"


_FINANCE = """表5-1  一般公共预算收支
                                                单位：亿元
                               2029年    2030年    比上年
                                                   增长%
一般公共预算收入               188.2     196.9       4.6
一般公共预算支出               301.7     310.4       2.9
"""


def test_years_over_the_columns_with_a_blank_corner_and_a_wrapped_growth_name():
    _, obs = _run(_FINANCE)
    earlier, later = _one(obs, "188.2"), _one(obs, "196.9")
    assert str(earlier.period_end) == "2029-12-31" and str(later.period_end) == "2030-12-31"
    assert earlier.kind == later.kind == "actual"
    assert later.value == 19_690_000_000
    growth = _one(obs, "2.9")
    assert growth.subject == "一般公共预算支出" and growth.measure == "growth"


_TRADE_BY_MODE = """表6-1  货物进出口（2030年）
                                 单位：亿元
                          进  出  口
                     出口              进口
                   金额   增长%      金额   增长%
合  计            412.6    7.7      230.4    -1.2
一般贸易          301.9    9.0      151.3     0.8
"""


def test_a_name_over_the_first_of_its_columns_spans_as_many_as_its_neighbour():
    text, obs = _run(_TRADE_BY_MODE)
    assert "｜｜〃｜出口｜〃｜进口" in text
    exports = _one(obs, "301.9")
    assert (exports.subject, exports.breakdown) == ("出口", "一般贸易")
    imports = _one(obs, "151.3")
    assert (imports.subject, imports.breakdown) == ("进口", "一般贸易")
    assert _one(obs, "0.8").measure == "growth"


def test_months_as_rows_and_years_as_columns_this_year_first():
    _, obs = _run(
        "表二：各月份客房收入（单位：澳门元百万元）\n月份\t2031年\t2030年\t按年变动\n"
        "1月\t2,416\t2,105\t+14.8%\n首2个月\t4,802\t4,377\t+9.7%\n"
    )
    january = _one(obs, "2,416")
    assert january.subject == "客房收入" and january.value == 2_416_000_000
    assert str(january.period_end) == "2031-01-31"
    assert str(_one(obs, "2,105").period_end) == "2030-01-31"
    growth = _one(obs, "+9.7%")
    assert growth.measure == "growth" and str(growth.period_end) == "2031-02-28"


def test_a_rows_rate_and_unit_glossed_in_one_bracket():
    _, obs = _run(
        "表3　景气指标\n项目\t2031年3月\t2031年4月\n出口值（年增率，%）\t12.8\t15.1\n"
        "就业人数（年增率，%）\t0.44\t0.41\n"
    )
    exports = _one(obs, "15.1")
    assert (exports.subject, exports.measure, exports.unit) == ("出口值", "growth", "%")
    assert str(exports.period_end) == "2031-04-30"


_TOWNS = """表8-2            2030年各镇主要指标
               工业总产值         固定资产投资        城镇居民人均
                 (万元)              (万元)           可支配收入(元)
镇  名       绝对数  比上年增长%   绝对数  比上年增长%   绝对数  比上年增长%
全  区       4218600     6.1        98230      4.4       41260      5.2
东渡镇       1322480     7.0        31450      3.8       43180      5.6
西沙镇        906120     5.4        20870     -2.1       39940      4.9
"""


def test_a_groups_unit_alone_below_it_and_a_name_wrapped_after_per_head():
    _, obs = _run(_TOWNS)
    output = _one(obs, "1322480")
    assert (output.subject, output.breakdown, output.value) == (
        "工业总产值",
        "东渡镇",
        13_224_800_000,
    )
    assert _one(obs, "-2.1").subject == "固定资产投资"
    income = _one(obs, "39940")
    assert (income.subject, income.unit) == ("城镇居民人均可支配收入", "元")


_NETWORK = """表6-4          历年通信主要指标
         固定电话  光纤宽带    4K电视     5G基站   每百户拥有
  年份     用户    接入用户  机顶盒用户             光纤宽带
          (万户)    (万户)     (万户)     (个)      (户)
  2028     102.4    311.6      88.2       5120      96.1
  2029      98.7    330.2     104.5       6480      98.4
  2030      95.1    351.9     121.3       7932     101.2
"""


def test_names_that_open_with_a_digit_and_long_names_over_one_column():
    _, obs = _run(_NETWORK)
    assert _one(obs, "104.5").subject == "4K电视机顶盒用户"
    stations = _one(obs, "6480")
    assert (stations.subject, stations.unit) == ("5G基站", "个")
    assert _one(obs, "330.2").subject == "光纤宽带接入用户"


_SECTORS = """表4-2  规模以上服务业分行业主要指标（2030年）
                                                        单位：亿元
                  企业单位数      营业收入           利润总额   应交税金
行  业              （个）             比上年增长（%）
合  计               1532     2208.6       8.1      186.2     64.5
软件业                418      902.3      12.6       97.4     21.8
"""


def test_a_long_name_on_the_last_line_is_the_column_it_stands_clearly_nearer():
    text, obs = _run(_SECTORS)
    assert "｜" in text.splitlines()[2]
    growth = _one(obs, "12.6")
    assert (growth.subject, growth.breakdown, growth.measure) == ("营业收入", "软件业", "growth")
    assert _one(obs, "97.4").subject == "利润总额"
