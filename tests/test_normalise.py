"""normalise: wrap joining, CJK spacing, full-width folds, and offsets back to the raw text."""

from pipelines.normalise import normalise


def _check_offsets(raw: str) -> str:
    n = normalise(raw)
    assert len(n.text) == len(n.source_offsets)
    for i, char in enumerate(n.text):
        src = raw[n.source_offsets[i]]
        # every kept character maps to the raw character it came from (or its fold, or the
        # whitespace run that became a paragraph break / space)
        assert src == char or src.isspace() or ord(src) - 0xFEE0 == ord(char) or char in ",:"
    return n.text


def test_spaces_between_cjk_and_numbers_are_removed():
    raw = "数 字 经 济 核 心 产 业 企 业 总 量 为 457.41 万 家 ，2024 年"
    assert _check_offsets(raw) == "数字经济核心产业企业总量为457.41万家，2024年"


def test_percent_list_spacing():
    assert normalise("增 长 了 17.60% 、19.64% 、8.92%。").text == "增长了17.60%、19.64%、8.92%。"


def test_ascii_words_keep_their_space():
    assert normalise("以 DeepSeek R1 为例").text == "以DeepSeek R1为例"


def test_full_width_digits_and_percent_fold():
    assert normalise("增长５．２％，达１２３，４５６元").text == "增长5.2%，达123,456元"


def test_chinese_punctuation_kept():
    text = normalise("其中，城镇（含县城）占“比重”为；").text
    assert text == "其中，城镇（含县城）占“比重”为；"


def test_ideographic_indent_removed_and_paragraphs_kept():
    raw = "标题\n\n　　一、综合\n\n　　全年增长5.0%。\n\n　　年末人口140828万人。"
    assert normalise(raw).text == "标题\n一、综合\n全年增长5.0%。\n年末人口140828万人。"


WRAPPED = (
    "近年来，我国数字经济核心产业实现快\n\n"
    "速增长。国家统计局基于第五次全国经济普\n\n"
    "查结果核算，2023 年数字经济核心产业增加\n\n"
    "值为 127555 亿元。在内部构成上，数字技术\n\n"
    "应用业的增加值占比 43.6%。截至 2024 年\n\n"
    "底，5G 基站数达 425.1 万个，千兆用户突破\n\n"
    "2 亿，移动支付业务量达\n\n"
    "2109.80亿笔，金额为 563.70万亿元，相关工\n\n"
    "作不断推进，成效持续显现，各方积极参与。\n\n"
    "为稳增长促转型注入新动能\n\n"
    "张晓兰（国家信息中心研究员）：数字经济核\n\n"
    "心产业是指提供数字技术的各类经济活动。\n\n"
)


def test_pdf_wraps_are_joined_inside_words_and_numbers():
    text = _check_offsets(WRAPPED)
    assert "增加值为127555亿元" in text
    assert "截至2024年底，5G基站数达425.1万个，千兆用户突破2亿" in text
    assert "业务量达2109.80亿笔" in text


def test_pdf_heading_and_sentence_end_keep_paragraph_breaks():
    text = normalise(WRAPPED).text
    assert "各方积极参与。\n为稳增长促转型注入新动能\n张晓兰" in text


def test_raw_span_traces_back():
    raw = "总 量 为 457.41 万 家"
    n = normalise(raw)
    start = n.text.index("457.41万家")
    raw_start, raw_end = n.raw_span(start, start + len("457.41万家"))
    assert raw[raw_start:raw_end] == "457.41 万 家"


def test_short_text_without_wraps_keeps_every_line():
    raw = "2026年贵州省政府工作报告\n贵州省人民政府\n2026-02-02\n\n主要预期目标是：增长5%左右。"
    assert normalise(raw).text.count("\n") == 3


def test_headings_of_a_release_whose_paragraphs_are_whole_lines_stay_apart():
    headings = [f"（{n}）第{n}项业务情况" for n in "一二三四五六七八九十"]
    body = "1—10月，该项业务收入累计完成1486亿元，同比增长1.8%，占全部收入的比重为12.3%。" * 3
    raw = "2025年1—10月通信业经济运行情况\n\n" + "".join(f"{h}\n\n{body}\n\n" for h in headings)
    lines = normalise(raw).text.split("\n")
    assert lines[0] == "2025年1—10月通信业经济运行情况"
    assert "（一）第一项业务情况" in lines and body in lines


def test_a_line_stopping_at_its_verb_joins_a_next_line_of_cjk_numerals():
    raw = (
        "甲市一季度经济运行情况\n全市规模以上工业企业实现营业收入分别达\n"
        "五千万元和三千万元。\n全市社会消费品零售总额增长百分之五。\n"
    )
    assert "分别达五千万元和三千万元。" in normalise(raw).text


def test_a_line_stopping_at_a_comma_joins_the_next_even_where_lines_are_paragraphs():
    raw = (
        "甲县经济运行简况\n全县实现地区生产总值186.4亿元，\n增长5.2%。\n"
        "其中，乙镇、丙镇、\n丁镇分别增长4.1%、3.9%和6.0%。\n二、工业生产\n"
    )
    lines = normalise(raw).text.split("\n")
    assert "全县实现地区生产总值186.4亿元，增长5.2%。" in lines
    assert "其中，乙镇、丙镇、丁镇分别增长4.1%、3.9%和6.0%。" in lines
    assert lines[0] == "甲县经济运行简况" and "二、工业生产" in lines


def test_years_in_cjk_numerals_become_digits_one_for_one():
    text = normalise("二〇二五年全年，二○二六年一季度，十二年来").text
    assert text == "2025年全年，2026年一季度，十二年来"


def _wrapped(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def test_a_page_with_a_main_column_and_a_narrower_sidebar_joins_the_wraps_of_both():
    article = (
        "今年以来，甲市坚持把发展数字经济作为“一号工程”，数字经济核心产业实现营业收入"
        "2146.8亿元，同比增长12.4%，增速比上年同期提高1.9个百分点。规模以上电子信息制造业"
        "增加值增长15.6%，拉动全市规模以上工业增长2.1个百分点。全市软件企业达到1268家，"
        "比上年末净增143家，其中营业收入超亿元的企业86家。"
    )
    sidebar = (
        "5G基站累计达3.6万个，每万人拥有28个。工业互联网平台连接设备超过120万台（套）。"
        "电子商务交易额突破4000亿元，增长9.3%。"
    )
    raw = "\n".join(
        [
            "数字赋能 产业焕新",
            "本报记者 某某",
            *_wrapped(article, 19),
            "■数说",
            *_wrapped(sidebar, 12),
        ]
    )
    lines = normalise(raw).text.split("\n")
    assert article in lines
    assert sidebar in lines
    assert lines[0] == "数字赋能产业焕新"


def test_page_numbers_and_a_newspaper_page_line_inside_a_paragraph_do_not_cut_it():
    paragraph = (
        "前三季度，甲省数字经济核心产业实现增加值2368.4亿元，同比增长9.6%，高于地区生产总值"
        "增速3.1个百分点；软件和信息技术服务业实现业务收入1562.7亿元，增长11.8%。截至9月底，"
        "全省累计建成5G基站12.4万个，每万人拥有5G基站数达到29.6个；千兆宽带用户达到486万户，"
        "占固定宽带用户总数的31.5%。全省在用数据中心标准机架约18万架，算力总规模达到8.6EFLOPS，"
        "其中智能算力占比超过40%。"
    )
    lines = _wrapped(paragraph, 21)
    lines.insert(3, "— 7 —")
    lines.insert(7, "某某日报 2025年10月28日 星期二 第6版")
    assert normalise("\n".join(lines)).text == paragraph


def test_a_newspaper_pages_credits_and_name_inside_a_paragraph_do_not_cut_it():
    paragraph = (
        "去年，甲市发放“数据券”1.8亿元，惠及430余家中小企业，平均降低用数成本约28%。"
        "市数据交易平台已接入数据商41家，服务覆盖全国23个省份；今年前两月累计成交"
        "数据产品860笔，同比增长1.2倍。全市数据企业达到1260家，比上年末增加152家，其中"
        "数据资源企业约90家，数据技术企业610家。今年，甲市计划新建数据中心标准机架两万架，"
        "新增数据产品登记一千个以上，力争数据交易额突破百亿元大关。"
    )
    lines = _wrapped(paragraph, 18)
    lines.insert(5, "经济版")
    lines.insert(6, "本版责编：王　一　李　二　版式设计：赵三　邮箱：desk@example.cn")
    raw = "\n\n".join(lines)  # double-spaced, as many newspaper text layers are
    assert normalise(raw).text.strip() == paragraph


def test_a_report_page_with_a_table_laid_out_one_cell_a_line_still_joins_its_wrapped_prose():
    prose = [
        "2030年，甲市软件和信息技术服务业运行态势稳中向好，规模以上企业超1200家，累计完成",
        "软件业务收入3862亿元，同比增长11.4%，增速较上年提高1.4个百分点。全行业实现利润总额",
        "412亿元，同比增长8.7%，利润率为10.7%。软件业务出口28.6亿美元，同比增长4.1%，其",
        "中外包服务出口9.3亿美元，",
        "① 规模以上企业指年软件业务收入500万元及以上的企业。",
        "· 15 ·",
        "\f甲市软件产业发展报告（2031）",
        "增长6.8%。",
        "表2-1  2030年分领域收入情况",
        "领域",
        "收入（亿元）",
        "同比增长（%）",
        "软件产品",
        "1026",
        "10.2",
        "信息技术服务",
        "2836",
        "12.3",
        "从业人员平均人数约21万人，同比增长2.3%；从业人员工资总额318亿元，增长7.6%；平均工资",
        "为15.1万元，增长5.2%，高于全市城镇非私营单位平均工资增速1.1个百分点，连续三年居各",
        "行业首位。软件业务收入前十家企业合计实现收入1180亿元，同比增长9.3%，入围门槛提高",
        "至21.6亿元。",
    ]
    lines = normalise("\n".join(prose)).text.split("\n")
    assert "其中外包服务出口9.3亿美元，增长6.8%。" in lines[0]
    assert not any("规模以上企业指" in line or "（2031）" in line for line in lines)
    assert lines[2:5] == [
        "领域\t收入（亿元）\t同比增长（%）",
        "软件产品\t1026\t10.2",
        "信息技术服务\t2836\t12.3",
    ]
    assert lines[5].endswith(
        "连续三年居各行业首位。软件业务收入前十家企业合计实现收入1180亿元，同比增长9.3%，入围门槛提高至21.6亿元。"
    )


def test_a_full_width_line_stopping_at_a_semicolon_goes_on_in_a_wrapped_text():
    paragraph = (
        "分地区看，东部地区完成软件业务收入12673亿元，同比增长11.1%，占全国的比重为82.9%；"
        "中部地区完成784亿元，增长15.8%；西部地区完成1568亿元，增长12.9%；东北地区完成260亿元，"
        "增长6.3%。中部和西部地区占比分别为5.1%和10.3%，合计较上年提高0.3个百分点。软件业务收入"
        "居前五位的省份合计完成收入10458亿元，占全国的比重为68.4%。从产业结构看，软件产品和信息"
        "技术服务收入保持较快增长，信息安全产品和服务收入稳步提升，嵌入式系统软件收入增速有所放缓，"
        "各地区发展的协调性进一步增强，中西部地区的产业承接能力持续提高。"
    )
    width = paragraph.index("；") + 1
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    assert lines[0].endswith("；")
    assert normalise("\n".join(lines * 5)).text.split("\n") == [paragraph] * 5


def test_an_infographic_figure_alone_on_its_line_is_not_glued_to_the_line_before():
    prose = "全省数字经济核心产业增加值增长较快，软件业务收入稳步提高，工业互联网平台加快建设。" * 6
    lines = [prose[i : i + 22] for i in range(0, len(prose), 22)]
    raw = "\n".join([*lines, "数说2030", "4862.7亿元", "全省数字经济核心产业增加值", "10.6%"])
    out = normalise(raw).text.split("\n")
    assert out[-4:] == ["数说2030", "4862.7亿元", "全省数字经济核心产业增加值", "10.6%"]


def test_a_headline_stays_apart_from_the_byline_and_spaced_names_are_no_table():
    body = (
        "2月9日，记者从甲市海关获悉，2030年甲市货物贸易进出口总值862.7亿元，比上年增长12.4%。" * 3
    )
    lines = [body[i : i + 19] for i in range(0, len(body), 19)]
    raw = "\n\n".join(
        ["甲市外贸进出口总值首破800亿元", "本报讯（记者  许  可  通讯员  程  立）", *lines]
    )
    out = normalise(raw).text.split("\n")
    assert out[0] == "甲市外贸进出口总值首破800亿元"
    assert "\t" not in out[1] and out[1].startswith("本报讯（记者许可通讯员程立）")


def test_a_numbered_section_heading_is_not_glued_to_the_wrapped_text_below_it():
    body = "过去一年，面对多重风险挑战，全省上下迎难而上、苦干实干，较好完成了年度目标任务。" * 4
    lines = [body[i : i + 34] for i in range(0, len(body), 34)]
    raw = "\n".join(["二、2030年工作回顾", *lines, "三、2031年工作安排", *lines])
    out = normalise(raw).text.split("\n")
    assert out[0] == "二、2030年工作回顾" and out[2] == "三、2031年工作安排"


def test_an_indented_row_and_a_label_spread_over_its_column_in_a_table_laid_out_with_spaces():
    raw = (
        "指    标                   2023年     2024年\n"
        "软件业务收入                 2410       2698\n"
        "  其中：云服务收入            512        640\n"
        "合    计                     2410       2698\n"
    )
    assert normalise(raw).text.split("\n") == [
        "指标\t2023年\t2024年",
        "软件业务收入\t2410\t2698",
        "其中：云服务收入\t512\t640",
        "合计\t2410\t2698",
    ]


def test_letters_an_ocr_read_for_digits_and_look_alike_characters_are_read_back():
    raw = (
        "（2026年3月18曰）全县己建成5G基站826个，收入l8.43亿元，增长1O.4%，出生率5.O%，"
        "资金8O亿元，存款余额4 68.35亿元。"
    )
    assert normalise(raw).text == (
        "（2026年3月18日）全县已建成5G基站826个，收入18.43亿元，增长10.4%，出生率5.0%，"
        "资金80亿元，存款余额468.35亿元。"
    )
    # Numbers parted by a space on purpose (axis years, ranks and counts) stay parted.
    assert normalise("2021 2022 2023").text == "2021 2022 2023"
    # Words keep their letters and characters.
    kept = "IoT设备，O2O模式，GPT-4o模型，CPU I5，自己有，子曰"
    assert normalise(kept).text == kept


def test_a_short_infographic_of_equally_long_labels_is_no_wrapped_column():
    raw = (
        "■综合实力\n地区生产总值\n4321.5亿元\n比上年增长\n5.2%\n第一产业\n210.4亿元\n+2.9%\n"
        "第二产业\n1802.6亿元\n+6.1%\n城镇居民\n52110元\n增长4.4%\n"
    )
    assert normalise(raw).text.split("\n") == raw.rstrip("\n").split("\n")
