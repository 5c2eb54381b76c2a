"""Tables as web pages and text exports lay them out: rows ruled with bars (what the HTML reader
makes of <table>), the |---| rule under a header, cells merged across columns, blank cells, and
tables drawn with box characters. Every table here was written for the test."""

from datetime import date

from pipelines.extract import extract
from pipelines.normalise import normalise
from pipelines.readers import read_content


def _run(raw: str, published: date):
    text = normalise(raw).text
    obs = extract(text, published)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
    return obs


def _one(obs, value_text):
    found = [o for o in obs if o.value_text == value_text]
    assert len(found) == 1, [(o.value_text, o.subject) for o in obs]
    return found[0]


# A page long enough for the reader's main-content pass (a short one goes to its fallback,
# which flattens tables into a cell a line).
_LEAD = (
    "<p>全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济运行总体平稳、稳中有进，"
    "产业结构持续优化，民生保障有力有效，社会大局和谐稳定，各乡镇发展协调性进一步增强，"
    "为完成全年目标任务打下了坚实基础。现将主要指标公布如下，数据均为初步统计数。</p>"
)


def _page(body: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>某县统计公报</title></head><body>'
        f'<div class="article"><h1>某县统计公报</h1>{_LEAD}{body}{_LEAD}</div></body></html>'
    ).encode()


def test_a_rule_under_the_header_keeps_the_years_of_its_columns():
    obs = _run(
        "表4 历年农村常住人口\n"
        "| 指标 | 2027年 | 2028年 | 2029年 |\n"
        "|---|---|---|---|\n"
        "| 农村常住人口（万人） | 88.4 | 86.9 | 85.1 |\n",
        date(2030, 4, 2),
    )
    assert [(o.value_text, o.period_end.year, o.value) for o in obs] == [
        ("88.4", 2027, 884000),
        ("86.9", 2028, 869000),
        ("85.1", 2029, 851000),
    ]


def test_groups_merged_across_columns_over_repeated_columns():
    page = _page(
        "<p>2029年各镇经济运行平稳。</p><table>"
        '<tr><td rowspan="2">镇</td><td colspan="2">地区生产总值</td>'
        '<td colspan="2">一般公共预算收入</td></tr>'
        "<tr><td>总量(亿元)</td><td>增长(%)</td><td>总量(亿元)</td><td>增长(%)</td></tr>"
        "<tr><td>东岙镇</td><td>31.7</td><td>6.2</td><td>1.46</td><td>-2.1</td></tr>"
        "</table>"
    )
    obs = _run(read_content(page, "html").text, date(2030, 3, 9))
    assert [(o.value_text, o.subject, o.breakdown, o.measure, o.value) for o in obs[-4:]] == [
        ("31.7", "地区生产总值", "东岙镇", "level", 3.17e9),
        ("6.2", "地区生产总值", "东岙镇", "growth", 6.2),
        ("1.46", "一般公共预算收入", "东岙镇", "level", 1.46e8),
        ("-2.1", "一般公共预算收入", "东岙镇", "growth", -2.1),
    ]


def test_a_blank_cell_keeps_the_cells_after_it_in_their_columns():
    page = _page(
        "<p>2030年1-8月全县工业生产情况如下。</p><table>"
        "<tr><th>指标</th><th>8月</th><th></th><th>1-8月</th><th></th></tr>"
        "<tr><th></th><th>绝对量</th><th>同比增长(%)</th><th>绝对量</th><th>同比增长(%)</th></tr>"
        "<tr><td>规模以上工业增加值</td><td></td><td>4.4</td><td></td><td>5.3</td></tr>"
        "<tr><td>光伏电池(万千瓦)</td><td>61.2</td><td>9.5</td><td>402.8</td><td>11.7</td></tr>"
        "</table>"
    )
    obs = _run(read_content(page, "html").text, date(2030, 9, 14))
    table = [
        (o.value_text, o.subject, o.measure) for o in obs if "\t" in o.sentence or "|" in o.sentence
    ]
    assert table[:2] == [
        ("4.4", "规模以上工业增加值", "growth"),
        ("5.3", "规模以上工业增加值", "growth"),
    ]
    assert [o.period_start.month for o in obs if o.subject == "光伏电池"] == [8, 8, 1, 1]


def test_a_table_drawn_in_box_characters():
    obs = _run(
        "表6　2029年分行业软件业务收入\n"
        "                                  单位：亿元、%\n"
        "┌──────────┬──────────┬────────┐\n"
        "│  行  业  │ 业务收入 │  增长  │\n"
        "├──────────┼──────────┼────────┤\n"
        "│ 软件产品 │   97.3   │  8.6   │\n"
        "├──────────┼──────────┼────────┤\n"
        "│ 嵌入式系统软件 │   24.1   │  13.2  │\n"
        "└──────────┴──────────┴────────┘\n",
        date(2030, 2, 20),
    )
    assert [(o.value_text, o.breakdown, o.measure, o.value) for o in obs] == [
        ("97.3", "软件产品", "level", 9.73e9),
        ("8.6", "软件产品", "growth", 8.6),
        ("24.1", "嵌入式系统软件", "level", 2.41e9),
        ("13.2", "嵌入式系统软件", "growth", 13.2),
    ]
    assert {o.subject for o in obs} == {"软件业务收入"}


def test_a_yearbook_table_number_before_a_title_opening_with_a_unit_word():
    obs = _run(
        "3-7 人口变动情况\n年份\t出生率（‰）\t死亡率（‰）\n2029\t6.41\t7.93\n",
        date(2030, 9, 1),
    )
    assert [(o.value_text, o.subject) for o in obs] == [("6.41", "出生率"), ("7.93", "死亡率")]


def test_a_header_over_three_lines_its_units_on_the_last():
    obs = _run(
        "表6-1\t科技活动情况\n"
        "年份\t研发人员\t研发经费\t比上年\t#基础\t投入强度\n"
        "\t全时当量\t内部支出\t增长\t研究\t（%）\n"
        "\t（人年）\t（亿元）\t（%）\t（亿元）\n"
        "2029\t21652\t88.76\t10.3\t5.42\t2.16\n",
        date(2031, 6, 1),
    )
    assert [(o.subject, o.measure, o.unit, o.value) for o in obs] == [
        ("研发人员全时当量", "level", "人年", 21652),
        ("研发经费内部支出", "level", "元", 8.876e9),
        ("研发经费内部支出", "growth", "%", 10.3),
        ("研发经费内部支出", "level", "元", 5.42e8),
        ("投入强度", "level", "%", 2.16),
    ]
    assert obs[3].breakdown == "基础研究"


def test_a_last_name_wrapped_onto_a_line_of_its_own():
    obs = _run(
        "表5-2 商标情况\n单位：件\n"
        "年份\t商标注册量\t#地理标志\t有效注册商标\t每万户市场主体\n商标拥有量\n"
        "2029\t14618\t372\t99835\t1812.9\n",
        date(2031, 6, 1),
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("商标注册量", None),
        ("商标注册量", "地理标志"),
        ("有效注册商标", None),
        ("每万户市场主体商标拥有量", None),
    ]


def test_groups_over_names_wrapped_below_and_a_rule_under_a_group():
    obs = _run(
        "表6-1\t限额以上住宿和餐饮业基本情况（2030年）\n"
        "法人企业\t年末从业\t营业额\n"
        "行业\t单位数\t人员\t───────────────\n"
        "（个）\t（人）\t亿元\t比上年增长%\n"
        "住宿业\t917\t31284\t298.3\t5.6\n",
        date(2031, 6, 1),
    )
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("法人企业单位数", "level", 917),
        ("从业人员", "level", 31284),
        ("营业额", "level", 2.983e10),
        ("营业额", "growth", 5.6),
    ]


def test_units_cut_by_the_wrap_of_a_header_laid_out_with_spaces():
    obs = _run(
        "表4-1  各乡镇人口和土地面积（2030年末）\n"
        "               土地面积    耕地面积   村（居）   户籍人口   人口密度\n"
        "乡镇（街道）   （平方      （亩）     委会       （人）     （人/平方\n"
        "               公里）                 （个）                公里）\n"
        "全  县          1186.4     386214       112      286215       241\n"
        "东街街道          48.7        —          18       68046      1397\n",
        date(2031, 6, 1),
    )
    assert [(o.subject, o.unit, o.breakdown) for o in obs[5:]] == [
        ("土地面积", "平方公里", "东街街道"),
        ("村（居）委会", "个", "东街街道"),
        ("户籍人口", "人", "东街街道"),
        ("人口密度", "人/平方公里", "东街街道"),
    ]


def test_names_in_two_lines_over_their_units_laid_out_with_spaces():
    obs = _run(
        "表8-2                  各区县邮电业务量（2030年）\n\n"
        "                     邮政业务      电信业务      移动电话      互联网宽带\n"
        "    区  县            总量          总量         用户         接入用户\n"
        "                    （万元）      （万元）      （万户）       （万户）\n\n"
        "    全  市          186432.5      502318.7      612.43        231.56\n"
        "    东城区           41285.2      112536.4      138.27         52.14\n",
        date(2031, 8, 1),
    )
    assert [(o.subject, o.value) for o in obs[:4]] == [
        ("邮政业务总量", 1864325000),
        ("电信业务总量", 5023187000),
        ("移动电话用户", 6124300),
        ("互联网宽带接入用户", 2315600),
    ]


def test_a_whole_and_its_parts_over_repeated_columns_with_rules_drawn_under_them():
    obs = _run(
        "表3-4            地区生产总值及增长速度\n"
        "                  地区生产总值         第一产业           第二产业\n"
        "  年  份         ─────────────    ─────────────   ─────────────\n"
        "                 总量     增长     总量     增长     总量     增长\n"
        "                (亿元)    (%)     (亿元)    (%)     (亿元)    (%)\n"
        "  2029         2712.5     5.8    186.4     3.2    1063.8     6.1\n"
        "  2030         2856.4     5.6    198.2     3.4    1102.6     6.8\n",
        date(2031, 8, 1),
    )
    assert [(o.subject, o.breakdown, o.measure) for o in obs[:4]] == [
        ("地区生产总值", None, "level"),
        ("地区生产总值", None, "growth"),
        ("地区生产总值", "第一产业", "level"),
        ("地区生产总值", "第一产业", "growth"),
    ]


def test_products_side_by_side_and_a_table_going_on_after_a_page_break():
    obs = _run(
        "表6-5  各乡镇主要农产品产量（2030年）\n"
        "                                                      单位：吨\n"
        "乡  镇        粮  食       油  料       蔬  菜\n"
        "全  县       463215       38652       215874\n"
        "东  坪  镇    68423        5214        31256\n\n"
        "某县统计年鉴·2031                                        ·86·\n\n"
        "表6-5（续）\n"
        "乡  镇        粮  食       油  料       蔬  菜\n"
        "南  溪  镇    48652        4125        22541\n",
        date(2031, 8, 1),
    )
    assert [(o.subject, o.breakdown) for o in obs[:3]] == [
        ("粮食", None),
        ("油料", None),
        ("蔬菜", None),
    ]
    assert {o.unit for o in obs} == {"吨"}


def test_a_drawn_table_whose_row_units_wrap_onto_the_line_below():
    obs = _run(
        "表12-1  邮电通信主要指标\n"
        "┌────────────────┬────────┬────────┐\n"
        "│    指    标    │ 2029年 │ 2030年 │\n"
        "├────────────────┼────────┼────────┤\n"
        "│电信业务总量    │ 221.5  │ 240.2  │\n"
        "│  （亿元）      │        │        │\n"
        "│移动电话用户    │ 538.1  │ 549.7  │\n"
        "│  （万户）      │        │        │\n"
        "│  #5G用户       │ 276.3  │ 341.8  │\n"
        "│5G基站（个）    │ 16830  │ 21260  │\n"
        "└────────────────┴────────┴────────┘\n",
        date(2031, 8, 1),
    )
    assert [(o.subject, o.value, o.unit, o.period_end.year) for o in obs[::2]] == [
        ("电信业务总量", 2.215e10, "元", 2029),
        ("移动电话用户", 5.381e6, "户", 2029),
        ("5G用户", 2.763e6, "户", 2029),
        ("5G基站", 16830, "个", 2029),
    ]


def test_a_long_row_label_wrapped_with_its_rest_set_in_further():
    obs = _run(
        "表9-3  规模以上工业分行业主要指标（2030年）\n"
        "                              工业增加值               营业收入\n"
        "行    业                 总量      比上年        总量      比上年\n"
        "                       （亿元）   增长（%）    （亿元）   增长（%）\n"
        "总    计                612.4       6.2       2235.6       5.1\n"
        "农副食品加工业           48.3       3.1        215.4       2.6\n"
        "化学原料和化学\n"
        "  制品制造业             72.6       8.4        301.2       7.7\n",
        date(2031, 8, 1),
    )
    assert _one(obs, "72.6").breakdown == "化学原料和化学制品制造业"


def test_a_count_column_under_a_title_naming_only_the_class():
    obs = _run(
        "表4-2  各村基本情况（2030年末）\n"
        "乡镇、村          户数（户）    人口（人）    耕地面积（亩）\n"
        "东坪镇合计           3862          12458          21560\n"
        "  东坪村              1025           3312           5420\n",
        date(2031, 8, 1),
    )
    assert [o.subject for o in obs[:3]] == ["户数", "人口", "耕地面积"]


def test_year_rows_under_a_blank_corner_and_a_per_head_column():
    obs = _run(
        "表3-1  人口及其变动情况\n"
        "                 年末户籍       出生率      死亡率\n"
        "                 人口(万人)      (‰)        (‰)\n"
        "2029年            513.1          7.45        7.02\n"
        "2030年            513.8          6.93        7.35\n\n"
        "表2-2 各县（市、区）地区生产总值（2030年）\n"
        "地  区       地区生产总值（亿元）    比上年增长（%）    人均（元）\n"
        "全  市          4 325.18               5.6            86 412\n",
        date(2031, 8, 1),
    )
    assert [(o.subject, o.period_end.year) for o in obs[:3]] == [
        ("户籍人口", 2029),
        ("出生率", 2029),
        ("死亡率", 2029),
    ]
    assert _one(obs, "86 412").subject == "人均地区生产总值"


def test_a_growth_row_reckoned_in_a_currency_holds_percentages():
    obs = _run(
        "表1：主要宏观指标预测（%）\n"
        "指标\t2030Q3\t2030E\n"
        "出口同比（美元）\t5.1\t4.6\n"
        "CPI同比\t0.3\t0.5\n",
        date(2030, 12, 16),
    )
    assert [(o.subject, o.breakdown, o.measure, o.unit) for o in obs[1:3]] == [
        ("出口", None, "growth", "%"),
        ("CPI", None, "growth", "%"),
    ]
