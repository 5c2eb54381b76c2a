"""Tests of the indicator catalogue: the shipped file validates, subjects map as documented,
and broken catalogue files are refused with messages naming the culprits."""

from __future__ import annotations

import re
import textwrap
import time
from pathlib import Path

import pytest

from pipelines.catalogue import (
    CATALOGUE_PATH,
    Catalogue,
    CatalogueError,
    Indicator,
    default_catalogue,
    normalise,
)


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


def write_toml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "indicators.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


ENTRY = """
[[indicator]]
code = "{code}"
name_zh = "{name}"
name_en = "x"
unit = "元"
description = "x"
synonyms = [{synonyms}]
"""


# -- the shipped catalogue ----------------------------------------------------------------


def test_shipped_catalogue_loads_and_is_broad(cat: Catalogue) -> None:
    assert CATALOGUE_PATH.name == "indicators.toml"
    assert len(cat) >= 100
    codes = [ind.code for ind in cat.indicators]
    assert len(codes) == len(set(codes))
    for ind in cat.indicators:
        assert isinstance(ind, Indicator)
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", ind.code)
        assert ind.name_zh and ind.name_en and ind.description


def test_required_codes_exist(cat: Catalogue) -> None:
    assert cat.get("compute_capacity").unit == "EFLOPS"
    assert cat.get("intelligent_compute").unit == "EFLOPS"
    sectors = {"数字产品制造业", "数字产品服务业", "数字技术应用业", "数字要素驱动业"}
    for code in ("digital_core_value_added", "digital_core_enterprises"):
        assert set(cat.get(code).members) == sectors
    assert "增加值" in cat.get("digital_core_value_added").member_subjects
    assert "企业数量" in cat.get("digital_core_enterprises").member_subjects


def test_synonyms_are_names_not_sentences(cat: Catalogue) -> None:
    for ind in cat.indicators:
        for syn in ind.synonyms:
            assert len(syn) <= 24, (ind.code, syn)
            # A rate's denominator (…就业人员10万人…死亡人数) is part of its name, not a figure.
            name = re.sub(r"(?<![\d.])10*万人(?=\D)", "", syn)
            assert not re.search(r"\d+(\.\d+)?\s*(%|万|亿|个|家|元)", name), (ind.code, syn)
            assert not re.search(r"[，。；：！？]", syn), (ind.code, syn)


def test_get_unknown_code_names_it(cat: Catalogue) -> None:
    with pytest.raises(KeyError, match="no_such_code"):
        cat.get("no_such_code")


def test_default_catalogue_is_cached() -> None:
    assert default_catalogue() is default_catalogue()


# -- mapping: plain wordings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        # digital economy (the roundtable bulletin)
        ("数字经济核心产业增加值", "digital_core_value_added"),
        ("数字经济核心产业企业总量", "digital_core_enterprises"),
        ("数字经济核心产业的企业数量", "digital_core_enterprises"),
        ("数字经济核心产业的发明专利授权量", "digital_core_invention_patents"),
        ("全社会发明专利授权总量", "invention_patent_grants"),
        ("授予发明专利权", "invention_patent_grants"),
        ("“东数西算”八大枢纽节点算力总规模", "compute_capacity"),
        ("全省算力规模", "compute_capacity"),
        ("智能算力规模", "intelligent_compute"),
        ("智能算力", "intelligent_compute"),
        ("移动支付业务量", "mobile_payment_volume"),
        ("移动支付业务金额", "mobile_payment_value"),
        ("标注从业人员", "data_labelling_workers"),
        ("高质量数据集", "data_labelling_datasets"),
        ("千兆用户", "gigabit_broadband_users"),
        ("网上零售额", "online_retail_sales"),
        ("实物商品网上零售额", "online_retail_sales_physical_goods"),
        ("电子商务交易额", "ecommerce_transactions"),
        # telecom: the longer name wins over the one it contains
        ("5G基站数", "base_stations_5g"),
        ("4G基站", "base_stations_4g"),
        ("年末移动电话基站数", "mobile_base_stations"),
        ("全国移动电话用户", "mobile_phone_users"),
        ("5G移动电话用户", "mobile_phone_users_5g"),
        ("移动电话普及率", "mobile_phone_penetration"),
        ("固定互联网宽带接入用户", "fixed_broadband_users"),
        ("1000M速率及以上的宽带接入用户", "gigabit_broadband_users"),
        ("移动物联网终端用户", "mobile_iot_terminal_users"),
        ("互联网上网人数", "internet_users"),
        ("手机上网人数", "mobile_internet_users"),
        ("农村地区互联网普及率", "internet_penetration"),
        ("移动互联网用户接入流量", "mobile_internet_traffic"),
        ("软件业务收入", "software_business_revenue"),
        ("电信业务总量", "telecom_business_volume"),
        ("研究与试验发展（R&D）经费支出", "rd_expenditure"),
        ("R&D经费支出与国内生产总值之比", "rd_intensity"),
        # the communiqué's headline indicators
        ("国内生产总值", "gdp"),
        ("人均国内生产总值", "gdp_per_capita"),
        ("人均地区生产总值", "gdp_per_capita"),
        ("全省地区生产总值", "gdp"),
        ("国民总收入", "gni"),
        ("全员劳动生产率", "labour_productivity"),
        ("年末全国人口", "population"),
        ("城镇常住人口", "urban_population"),
        ("常住人口城镇化率", "urbanisation_rate"),
        ("出生人口", "births"),
        ("出生率", "birth_rate"),
        ("死亡率", "death_rate"),
        ("孕产妇死亡率", "maternal_mortality_rate"),
        ("自然增长率", "natural_growth_rate"),
        ("全国就业人员", "employment"),
        ("城镇就业人员", "urban_employment"),
        ("城镇新增就业", "new_urban_jobs"),
        ("全国城镇调查失业率", "surveyed_unemployment_rate"),
        ("城镇登记失业率", "registered_unemployment_rate"),
        ("全国农民工总量", "migrant_workers"),
        ("农民工人均月收入", "migrant_worker_monthly_income"),
        ("居民消费价格", "cpi"),
        ("工业生产者出厂价格", "ppi"),
        ("工业生产者购进价格", "industrial_purchase_prices"),
        ("农产品生产者价格", "farm_producer_prices"),
        ("国家外汇储备", "fx_reserves"),
        ("人民币平均汇率", "exchange_rate_cny_usd"),
        ("新能源汽车产量", "nev_production"),
        ("新能源汽车保有量", "nev_stock"),
        ("民用汽车保有量", "civil_vehicles"),
        ("私人汽车保有量", "private_vehicles"),
        ("社会消费品零售总额", "retail_sales_consumer_goods"),
        ("全社会固定资产投资", "fixed_asset_investment"),
        ("制造业技术改造投资", "tech_renovation_investment"),
        ("全国一般公共预算收入", "general_budget_revenue"),
        ("税收收入", "tax_revenue"),
        ("城镇居民人均可支配收入", "per_capita_disposable_income"),
        ("城镇居民人均可支配收入中位数", "per_capita_disposable_income_median"),
        ("货物运输总量", "freight_volume"),
        ("货物运输周转量", "freight_turnover"),
        ("港口货物吞吐量", "port_cargo_throughput"),
        ("外贸货物吞吐量", "port_foreign_trade_throughput"),
        ("邮政行业寄递业务总量", "postal_delivery_volume"),
        ("快递业务量", "express_delivery_volume"),
        ("清洁能源发电量", "clean_energy_generation"),
        ("发电量", "power_generation"),
        ("规模以上工业增加值", "industrial_value_added_above_scale"),
        ("工业增加值", "industrial_value_added"),
        ("制造业增加值", "manufacturing_value_added"),
        ("海洋生产总值", "marine_gdp"),
    ],
)
def test_wording_maps(cat: Catalogue, subject: str, code: str) -> None:
    assert cat.code_for(subject) == code


def test_head_noun_on_the_right_wins_a_tie(tmp_path: Path) -> None:
    body = ENTRY.format(code="aa", name="甲乙丙", synonyms="") + ENTRY.format(
        code="bb", name="丁戊己", synonyms=""
    )
    small = Catalogue.load(write_toml(tmp_path, body))
    # Equal length: the wording ending further right is the head noun of the phrase.
    assert small.code_for("甲乙丙丁戊己") == "bb"
    assert small.code_for("丁戊己甲乙丙") == "aa"
    # Longer beats right-most.
    assert small.code_for("甲乙丙丁戊") == "aa"


def test_longest_wording_wins(cat: Catalogue) -> None:
    assert cat.code_for("万元国内生产总值二氧化碳排放") == "co2_per_unit_gdp"
    assert cat.code_for("万元国内生产总值能耗") == "energy_per_unit_gdp"
    assert cat.code_for("城镇居民人均可支配收入中位数") == "per_capita_disposable_income_median"


def test_generic_heads_alone_map_to_nothing(cat: Catalogue) -> None:
    assert cat.code_for("增加值") is None
    assert cat.code_for("企业数量") is None
    assert cat.code_for("企业") is None
    assert cat.code_for("增加值", "东部地区") is None
    assert cat.code_for("企业数量", "东部地区") is None
    assert cat.code_for("") is None
    assert cat.code_for("这不是任何指标") is None


def test_normalisation(cat: Catalogue) -> None:
    assert normalise(" 5G 基站数 ") == "5g基站数"
    assert normalise("ＧＤＰ") == "gdp"
    assert normalise("国内生产总值[2]") == "国内生产总值"
    assert normalise("太阳能电池（光伏电池）产量") == "太阳能电池产量"
    assert normalise("“东数西算”枢纽") == "东数西算枢纽"
    # newspaper text layers put spaces between characters
    assert cat.code_for("移 动 支 付 业 务 量") == "mobile_payment_volume"
    assert cat.code_for("ＧＤＰ") == "gdp"
    assert cat.code_for("太阳能电池（光伏电池）产量") == "solar_cell_output"


def test_share_denominator_is_not_the_subject(cat: Catalogue) -> None:
    assert cat.code_for("5G基站数占移动电话基站数") == "base_stations_5g"
    assert cat.code_for("智能算力规模占枢纽节点算力规模") == "intelligent_compute"
    assert cat.code_for("工业增加值占地区生产总值比重") == "industrial_value_added"
    assert cat.code_for("数字经济核心产业增加值占GDP比重") == "digital_core_value_added"
    # without the cut, 增加值占GDP比重 would be GDP
    assert cat.code_for("增加值占GDP比重") is None
    assert cat.code_for("增加值占比", "数字技术应用业") == "digital_core_value_added"
    assert cat.code_for("第一产业增加值占国内生产总值比重") == "value_added_by_industry"


def test_share_cut_keeps_words_starting_with_zhan(tmp_path: Path) -> None:
    body = ENTRY.format(code="aa", name="项目占地面积", synonyms='"耕地占用"')
    small = Catalogue.load(write_toml(tmp_path, body))
    assert small.code_for("全省项目占地面积") == "aa"
    assert small.code_for("耕地占用") == "aa"


# -- mapping: members ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "breakdown", "code"),
    [
        ("增加值", "数字技术应用业", "digital_core_value_added"),
        ("增加值", "数字产品制造业", "digital_core_value_added"),
        ("企业数量", "数字要素驱动业", "digital_core_enterprises"),
        ("企业", "数字产品服务业", "digital_core_enterprises"),
        ("增加值", "第一产业", "value_added_by_industry"),
        ("增加值", "三产", "value_added_by_industry"),
        ("增加值", "信息传输、软件和信息技术服务业", "value_added_by_industry"),
        ("增加值", "装备制造业", "industrial_value_added_above_scale"),
        ("增加值", "高技术制造业", "industrial_value_added_above_scale"),
        ("人均可支配收入", "城镇", "per_capita_disposable_income"),
        ("可支配收入", "农村", "per_capita_disposable_income"),
        ("利润", "私营企业", "industrial_profits_above_scale"),
        ("投资", "东部地区", "fixed_asset_investment"),
        ("智能工厂", "卓越级", "intelligent_factories"),
    ],
)
def test_member_route(cat: Catalogue, subject: str, breakdown: str, code: str) -> None:
    assert cat.code_for(subject, breakdown) == code


def test_member_route_reports_how(cat: Catalogue) -> None:
    found = cat.resolve("企业数量", "数字技术应用业")
    assert found is not None
    assert (found.code, found.via, found.matched) == (
        "digital_core_enterprises",
        "member",
        "数字技术应用业+企业数量",
    )
    found = cat.resolve("5G基站数")
    assert found is not None
    assert found.via == "wording"


def test_member_compounds_beat_shorter_wordings(cat: Catalogue) -> None:
    # 数字产品制造业增加值 contains 制造业增加值 (manufacturing); the compound is longer.
    assert cat.code_for("数字产品制造业增加值") == "digital_core_value_added"
    assert cat.code_for("数字产品制造业增加值", "数字产品制造业") == "digital_core_value_added"
    assert cat.code_for("数字技术应用业企业数量") == "digital_core_enterprises"
    assert cat.code_for("第一产业增加值") == "value_added_by_industry"
    assert cat.code_for("服务业增加值") == "value_added_by_industry"
    assert cat.code_for("高技术制造业增加值") == "industrial_value_added_above_scale"


def test_member_named_in_the_subject(tmp_path: Path) -> None:
    toml = write_toml(
        tmp_path,
        """
[[indicator]]
code = "widget_output"
name_zh = "小部件产量"
name_en = "Widget output"
description = "d"
members = ["甲类小部件", "乙类小部件"]
member_subjects = ["产量"]
""",
    )
    made_up = Catalogue.load(toml)
    assert made_up.member_in("widget_output", "全省乙类小部件产量") == "乙类小部件"
    assert made_up.member_in("widget_output", "小部件产量") is None


def test_wording_beats_member_route(cat: Catalogue) -> None:
    # A subject that names its own indicator keeps it whatever the breakdown says.
    assert cat.code_for("城镇居民人均可支配收入中位数", "城镇") == (
        "per_capita_disposable_income_median"
    )
    assert cat.code_for("数字经济核心产业企业数量", "数字技术应用业") == (
        "digital_core_enterprises"
    )


def test_mapping_is_fast(cat: Catalogue) -> None:
    fresh = Catalogue(cat.indicators)
    subjects = [f"第{i}个“东数西算”八大枢纽节点算力总规模占比" for i in range(2000)]
    start = time.perf_counter()
    for subject in subjects:
        fresh.code_for(subject)
    per_call = (time.perf_counter() - start) / len(subjects)
    assert per_call < 1e-3  # well under a millisecond even uncached


# -- names and rows -----------------------------------------------------------------------


def test_names_for(cat: Catalogue) -> None:
    names = cat.names_for("digital_core_value_added")
    assert names[0] == "数字经济核心产业增加值"
    assert any("增加值" in name for name in names)
    assert any("算力" in name for name in cat.names_for("compute_capacity"))
    assert len(names) == len(set(names))


def test_rows_shape(cat: Catalogue) -> None:
    rows = cat.rows()
    assert len(rows) == len(cat)
    keys = {"indicator_code", "name_zh", "name_en", "unit", "description", "synonyms", "is_family"}
    for row in rows:
        assert set(row) == keys
        assert isinstance(row["synonyms"], list)
        assert row["unit"] is None or row["unit"]
        assert row["is_family"] == row["indicator_code"].startswith("family_")
    compute = next(r for r in rows if r["indicator_code"] == "compute_capacity")
    assert compute["unit"] == "EFLOPS"
    assert "算力规模" in compute["synonyms"]


# -- validation ---------------------------------------------------------------------------


def test_duplicate_synonym_is_refused(tmp_path: Path) -> None:
    path = write_toml(
        tmp_path,
        ENTRY.format(code="aa", name="甲指标", synonyms='"共同名称"')
        + ENTRY.format(code="bb", name="乙指标", synonyms='"共同 名称"'),
    )
    with pytest.raises(CatalogueError) as err:
        Catalogue.load(path)
    message = str(err.value)
    assert "共同名称" in message and "aa" in message and "bb" in message


def test_synonym_equal_to_other_name_is_refused(tmp_path: Path) -> None:
    path = write_toml(
        tmp_path,
        ENTRY.format(code="aa", name="甲指标", synonyms="")
        + ENTRY.format(code="bb", name="乙指标", synonyms='"甲指标"'),
    )
    with pytest.raises(CatalogueError, match="甲指标"):
        Catalogue.load(path)


def test_member_compound_colliding_with_synonym_is_refused(tmp_path: Path) -> None:
    body = (
        ENTRY.format(code="aa", name="甲指标", synonyms="")
        + 'members = ["东部"]\nmember_subjects = ["投资"]\n'
        + ENTRY.format(code="bb", name="乙指标", synonyms='"东部投资"')
    )
    with pytest.raises(CatalogueError, match="东部投资"):
        Catalogue.load(write_toml(tmp_path, body))


def test_duplicate_code_and_empty_name_are_refused(tmp_path: Path) -> None:
    path = write_toml(
        tmp_path,
        ENTRY.format(code="aa", name="甲指标", synonyms="")
        + ENTRY.format(code="aa", name="", synonyms=""),
    )
    with pytest.raises(CatalogueError) as err:
        Catalogue.load(path)
    message = str(err.value)
    assert "'aa' is used by 2" in message
    assert "name_zh must be a non-empty string" in message


def test_bad_code_unknown_key_and_lone_members_are_refused(tmp_path: Path) -> None:
    body = (
        ENTRY.format(code="bad__code", name="甲指标", synonyms="")
        + 'synonym = ["typo"]\n'
        + ENTRY.format(code="bb", name="乙指标", synonyms="")
        + 'members = ["东部"]\n'
    )
    with pytest.raises(CatalogueError) as err:
        Catalogue.load(write_toml(tmp_path, body))
    message = str(err.value)
    assert "not snake_case" in message
    assert "unknown keys ['synonym']" in message
    assert "members and member_subjects go together" in message


def test_small_valid_file_round_trips(tmp_path: Path) -> None:
    body = ENTRY.format(code="aa", name="甲指标", synonyms='"甲", "甲指标"') + (
        'members = ["东部"]\nmember_subjects = ["投资"]\n'
    )
    small = Catalogue.load(write_toml(tmp_path, body))
    assert len(small) == 1
    # a synonym repeating the name is harmless and kept once by names_for
    assert small.names_for("aa") == ("甲指标", "甲")
    assert small.code_for("甲") == "aa"
    assert small.code_for("投资", "东部") == "aa"
    assert small.rows()[0]["synonyms"] == ["甲", "甲指标"]


# -- the communiqué's and the work reports' wider indicators -------------------------------


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        # agriculture
        ("油料产量", "oilseed_output"),
        ("棉花播种面积", "crop_sown_area"),
        ("猪牛羊禽肉产量", "meat_output"),
        ("生猪出栏", "hogs_slaughtered"),
        ("水产品总产量", "aquatic_output"),
        ("确保耕地保有量不少于", "cultivated_land_area"),
        # industry, energy
        ("规模以上工业产能利用率", "capacity_utilisation"),
        ("规模以上工业企业资产负债率", "industrial_debt_ratio_above_scale"),
        ("煤炭消费量", "coal_consumption"),
        ("天然气、水电、核电、风电、太阳能发电等清洁能源消费量", "clean_energy_consumption"),
        ("天然气消费量", "natural_gas_consumption"),
        ("吨钢综合能耗", "energy_per_tonne_steel"),
        # trade, investment, housing
        ("商品零售额", "goods_retail_sales"),
        ("餐饮收入", "catering_revenue"),
        ("粮油、食品类零售额", "retail_sales_above_quota_by_category"),
        ("便利店零售额", "retail_sales_by_format"),
        ("住宅投资", "real_estate_investment"),
        ("新建商品房销售面积", "commercial_housing_sales_area"),
        ("商品住宅待售面积", "commercial_housing_unsold_area"),
        ("开工改造城镇老旧小区", "old_residential_compound_renovation"),
        ("对外非金融类直接投资额", "odi_non_financial"),
        ("对共建一带一路国家非金融类直接投资额", "odi_non_financial"),
        ("对外承包工程完成营业额", "overseas_contracted_projects_turnover"),
        ("五年累计使用外资", "fdi_utilised"),
        # finance
        ("全部金融机构本外币各项存款余额", "deposits_balance"),
        ("人民币各项存款余额", "rmb_deposits_balance"),
        ("人民币普惠小微贷款余额", "inclusive_small_micro_loans"),
        ("住户短期消费贷款余额", "consumer_loans"),
        ("保险公司原保险保费收入", "insurance_premiums"),
        ("寿险业务给付", "insurance_claims"),
        ("沪深交易所A股累计筹资", "a_share_financing"),
        ("全省不良贷款率", "npl_ratio"),
        # people
        ("人均服务性消费支出", "per_capita_services_consumption"),
        ("全国参加城镇职工基本养老保险人数", "basic_pension_insured"),
        ("参加职工基本医疗保险人数", "basic_medical_insured"),
        ("享受农村最低生活保障", "dibao_recipients"),
        ("城乡低保平均标准", "dibao_standard"),
        ("毕业生", "graduates"),
        ("在校生", "students_in_school"),
        ("普通高中招生", "student_enrolment"),
        ("学前教育在园幼儿", "students_in_school"),
        ("高等教育毛入学率", "higher_education_gross_enrolment_rate"),
        ("卫生技术人员", "health_technicians"),
        ("在医院中有公立医院", "hospitals"),
        ("医疗卫生机构床位", "health_institution_beds"),
        ("人均预期寿命", "life_expectancy"),
        # science, culture, environment, safety
        ("商标注册", "trademark_registrations"),
        ("新增两院院士", "academicians"),
        ("专精特新小巨人企业", "little_giant_enterprises"),
        ("全国共有公共图书馆", "public_libraries"),
        ("城镇居民出游花费", "tourism_spending"),
        ("总用水量", "water_use"),
        ("人工造林面积", "afforestation_area"),
        ("因洪涝和地质灾害造成直接经济损失", "disaster_direct_losses"),
        ("各类生产安全事故共死亡", "work_safety_deaths"),
        ("全省高速公路通车里程", "expressway_length"),
    ],
)
def test_wider_wording_maps(cat: Catalogue, subject: str, code: str) -> None:
    assert cat.code_for(subject) == code


def test_exports_imports_longest_wording_and_members(cat: Catalogue) -> None:
    # A bare 出口 / 出口额 / 进出口 is goods or services, of the whole or of a part: no wording.
    for bare in ("出口", "出口额", "进口", "进出口", "进出口额"):
        assert cat.code_for(bare) is None, bare
    assert cat.code_for("货物出口") == "goods_exports"
    assert cat.code_for("货物出口额") == "goods_exports"
    assert cat.code_for("外贸出口") == "goods_exports"
    assert cat.code_for("出口规模") == "goods_exports"
    assert cat.code_for("货物进出口") == "goods_trade"
    assert cat.code_for("服务出口") == "services_exports"
    assert cat.code_for("服务进出口") == "services_trade"
    # 货物进出口总额 contains 出口总额 (exports): the longer wording, the total, wins.
    assert cat.code_for("货物进出口总额") == "goods_trade"
    # a part named in the subject: the compound wording, and member_in gives the breakdown
    assert cat.code_for("民营企业进出口额") == "goods_trade"
    assert cat.member_in("goods_trade", "民营企业进出口额") == "民营企业"
    assert cat.code_for("对共建一带一路国家进出口额") == "goods_trade"
    # the enumeration's head noun with its breakdown
    assert cat.code_for("出口", "民营企业") == "goods_exports"
    assert cat.code_for("进口", "外商投资企业") == "goods_imports"
    assert cat.code_for("制造业外资") == "fdi_utilised"


def test_revenue_generic_versus_named(cat: Catalogue) -> None:
    assert cat.code_for("营业收入") is None
    assert cat.code_for("营业额") is None
    # a bare margin names no population: its own code, never the industrial one
    assert cat.code_for("营业收入利润率") == "profit_margin_on_revenue"
    assert cat.code_for("软件业务收入") == "software_business_revenue"
    assert cat.code_for("规模以上服务业企业营业收入") == "services_revenue_above_scale"
    assert cat.code_for("规模以上工业企业营业收入") == "industrial_revenue_above_scale"
    assert cat.code_for("规模以上工业企业营业收入利润率") == "industrial_profit_margin_above_scale"
    assert cat.code_for("全国规模以上文化及相关产业企业营业收入") == (
        "culture_enterprise_revenue_above_scale"
    )
    # the count of enterprises is not their revenue or profits
    assert cat.code_for("规上工业企业") == "above_scale_industrial_enterprises"
    assert cat.code_for("规模以上工业企业利润") == "industrial_profits_above_scale"


def test_output_generic_versus_crop(cat: Catalogue) -> None:
    assert cat.code_for("产量") is None
    assert cat.code_for("总产量") is None
    assert cat.code_for("粮食产量") == "grain_output"
    assert cat.code_for("稻谷产量") == "grain_output"
    assert cat.member_in("grain_output", "稻谷产量") == "稻谷"
    assert cat.code_for("产量", "小麦") == "grain_output"
    assert cat.code_for("小麦播种面积") == "grain_sown_area"
    assert cat.code_for("粮食播种面积") == "grain_sown_area"
    assert cat.code_for("猪肉产量") == "meat_output"
    assert cat.code_for("茶叶产量") == "tea_output"


def test_balances_need_their_object(cat: Catalogue) -> None:
    assert cat.code_for("余额") is None
    assert cat.code_for("余额", "东部地区") is None
    assert cat.code_for("广义货币供应量（M2）余额") == "m2"
    assert cat.code_for("狭义货币供应量（M1）余额") == "m1"
    assert cat.code_for("人民币各项贷款余额") == "rmb_loans_balance"
    assert cat.code_for("全部金融机构本外币各项贷款余额") == "loans_balance"
    # a 新增 figure is the change of the loans indicator (the extractor sets measure=change)
    assert cat.code_for("各项贷款") == "loans_balance"
    # parts and components with longer names win over 人民币贷款余额
    assert cat.code_for("主要农村金融机构人民币贷款余额") == "rural_fi_rmb_loans"
    assert cat.code_for("对实体经济发放的人民币贷款余额") == "rmb_loans_to_real_economy"
    # a footnote defining the loans is no figure of them
    assert cat.code_for("普惠小微贷款包括单户授信小于") is None


def test_education_heads(cat: Catalogue) -> None:
    assert cat.code_for("招生", "研究生教育") == "student_enrolment"
    assert cat.code_for("在校生", "普通高中") == "students_in_school"
    assert cat.code_for("毕业生", "初中") == "graduates"
    assert cat.member_in("student_enrolment", "中等职业教育招生") == "中等职业教育"
    # longer names that contain 毕业生 / 招生 are their own indicators
    assert cat.code_for("高校毕业生初次毕业去向落实率") == "graduate_placement_rate"
    assert cat.code_for("理工类本专科招生专业") == "stem_majors_share"


def test_denominators_and_rates_are_not_the_level(cat: Catalogue) -> None:
    # intensities named after GDP are not GDP
    assert cat.code_for("万元国内生产总值用水量") == "water_use_per_10k_gdp"
    assert cat.code_for("社会物流总费用与地区生产总值比率") == "logistics_cost_to_gdp"
    # the per-100,000-workers rate arrives with its denominator; its longer name wins
    assert cat.code_for("工矿商贸企业就业人员10万人生产安全事故死亡人数") == (
        "industrial_work_deaths_per_100k_workers"
    )
    assert cat.code_for("生产安全事故死亡人数") == "work_safety_deaths"
    assert cat.code_for("煤矿百万吨死亡人数") == "coal_mine_deaths_per_mt"
    # stock, flow and share of elderly care are three indicators
    assert cat.code_for("养老机构") == "elderly_care_institutions"
    assert cat.code_for("养老服务床位") == "civil_affairs_beds"
    assert cat.code_for("养老机构护理型床位") == "nursing_care_beds_share"
    assert cat.code_for("为经营主体减负") == "tax_fee_relief"
    assert cat.code_for("地表水国控断面Ⅰ—Ⅲ类水质") == "surface_water_good_quality_share"
    assert cat.code_for("劣Ⅴ类断面") == "surface_water_sections_by_class"
    assert cat.member_in("surface_water_sections_by_class", "劣Ⅴ类断面") == "劣Ⅴ类"


def test_junk_subjects_stay_unmapped(cat: Catalogue) -> None:
    for junk in (
        "增产",
        "实际",
        "跃升到",
        "筹资",
        "企业",
        "城市",
        "项目",
        "次",
        "标箱",
        "死亡人数",
    ):
        assert cat.code_for(junk) is None, junk


def test_support_for_private_projects_is_not_private_investment(cat: Catalogue) -> None:
    assert cat.code_for("民间投资") == "private_investment"
    assert cat.code_for("新增工业用地支持民间投资项目比重") == "private_project_support_share"
    assert cat.code_for("四化等政府投资基金支持民间投资项目资金") == "private_project_support_share"


# -- later additions: provincial and communique items, corrections, the context route ------


@pytest.mark.parametrize(
    ("subject", "breakdown", "code"),
    [
        ("出口", "货物", "goods_exports"),
        ("进口", "货物", "goods_imports"),
        ("出口", "服务", "services_exports"),
        ("进口", "服务", "services_imports"),
        ("城中村", None, "urban_village_renovation"),
        ("改造城中村", None, "urban_village_renovation"),
        ("绝收", None, "crop_failure_area"),
        ("农作物绝收面积", None, "crop_failure_area"),
        ("总流通", None, "public_library_circulation"),
        ("门诊部（所）", None, "outpatient_departments"),
        ("新增长护险参保人数", None, "long_term_care_insured"),
        ("长期护理保险参保人数", None, "long_term_care_insured"),
        ("国际级和全国赛事", None, "major_sports_events"),
        ("重大体育赛事", None, "major_sports_events"),
        ("新增国家级非遗代表性传承人", None, "national_intangible_heritage_inheritors"),
        ("开放各类档案", None, "archives_opened"),
        ("已开放档案", None, "archives_opened"),
    ],
)
def test_added_wordings(cat: Catalogue, subject: str, breakdown: str | None, code: str) -> None:
    assert cat.code_for(subject, breakdown) == code


def test_added_wordings_do_not_capture_neighbours(cat: Catalogue) -> None:
    # the stock and the whole keep their own codes
    assert cat.code_for("全国共有公共图书馆") == "public_libraries"
    assert cat.code_for("农作物受灾面积") == "crop_disaster_area"
    assert cat.code_for("基层医疗卫生机构") == "primary_health_institutions"
    assert cat.code_for("全省举办大型营业性演出") == "large_commercial_performances"
    assert cat.code_for("城中村改造安置房开工建设和筹集") == "urban_village_renovation"
    # a bare 出口 / 进口 still names no indicator without a breakdown
    assert cat.code_for("出口") is None
    assert cat.code_for("进口") is None


def test_sub_population_income_is_its_own_indicator(cat: Catalogue) -> None:
    # 脱贫县 rural income is a part of the population, not the national rural income
    assert cat.code_for("脱贫县农村居民人均可支配收入", "农村居民") == "poverty_county_rural_income"
    assert cat.code_for("农村居民人均可支配收入", "农村居民") == "per_capita_disposable_income"


def test_intensity_is_not_the_expenditure(cat: Catalogue) -> None:
    # 全社会研发经费投入 (expenditure) is a longer wording inside; the intensity must still win
    assert cat.code_for("全社会研发经费投入强度") == "rd_intensity"
    assert cat.code_for("全社会研发经费投入") == "rd_expenditure"


def test_bare_ratio_denominator_maps_to_nothing(cat: Catalogue) -> None:
    # R&D与国内生产总值之比 cut to its denominator: not GDP
    assert cat.code_for("与国内生产总值之比") is None
    assert cat.code_for("与GDP之比") is None
    assert cat.code_for("社会物流总费用与地区生产总值比率") == "logistics_cost_to_gdp"
    assert cat.code_for("研究与试验发展经费支出与国内生产总值之比") == "rd_intensity"


M_SENTENCE = (
    "年末广义货币供应量（M2）余额313.5万亿元，比上年末增长7.3%；狭义货币供应量（M1）余额"
    "67.1万亿元，下降1.4%；流通中货币（M0）余额12.8万亿元，增长13.0%。"
)


def before(sentence: str, value_text: str) -> str:
    return sentence[: sentence.index(value_text)]


@pytest.mark.parametrize(
    ("value_text", "code"),
    [("313.5万亿元", "m2"), ("7.3%", "m2"), ("67.1万亿元", "m1"), ("1.4%", "m1"),
     ("12.8万亿元", "m0"), ("13.0%", "m0")],
)  # fmt: skip
def test_context_route_takes_the_heads_own_clause(
    cat: Catalogue, value_text: str, code: str
) -> None:
    found = cat.resolve("余额", None, before(M_SENTENCE, value_text))
    assert found is not None and found.code == code and found.via == "context"
    assert cat.code_for("余额", None, before(M_SENTENCE, value_text)) == code


def test_context_route_is_optional_and_last(cat: Catalogue) -> None:
    # without context the bare head still maps to nothing (backwards compatible)
    assert cat.code_for("余额") is None
    assert cat.code_for("余额", None) is None
    assert cat.code_for("余额", None, None) is None
    assert cat.code_for("余额", None, "") is None
    # a subject that maps on its own is not re-read through its context
    assert cat.code_for("城镇调查失业率", None, "全年全国城镇新增就业1256万人，") == (
        "surveyed_unemployment_rate"
    )
    # the member route still comes before the context
    assert cat.code_for("出口", "民营企业", "其中，货物进口") == "goods_exports"


def test_context_route_overseas_projects_and_its_parts(cat: Catalogue) -> None:
    whole = "全年对外承包工程完成营业额11820亿元，比上年增长4.2%，折1660亿美元，增长3.1%。"
    for value_text in ("11820亿元", "4.2%", "1660亿美元", "3.1%"):
        assert cat.code_for("营业额", None, before(whole, value_text)) == (
            "overseas_contracted_projects_turnover"
        )
    # the Belt-and-Road part is a member compound: it maps with its member as the breakdown,
    # so the part is kept; the share's denominator is not read as its subject (the share is
    # the part's share of the whole, as the catalogue models shares)
    part = (
        "其中，对共建“一带一路”国家完成营业额1388亿美元，增长3.4%，"
        "占对外承包工程完成营业额比重为83.6%。"
    )
    for value_text in ("1388亿美元", "3.4%", "83.6%"):
        found = cat.resolve("营业额", None, before(part, value_text))
        assert found is not None
        assert (found.code, found.via, found.breakdown) == (
            "overseas_contracted_projects_turnover",
            "context",
            "共建一带一路国家",
        )


def test_context_route_refuses_what_is_not_the_subjects_phrase(cat: Catalogue) -> None:
    # 企业 inside 规模以上工业企业研发活动扶持计划 does not end a noun phrase there
    ctx = "实施规模以上工业企业研发活动扶持计划，累计支持近"
    assert cat.code_for("企业", None, ctx) is None
    # a coordinated head: 起数和死亡人数 is no wording ending at the head
    ctx = "全省生产安全事故起数和死亡人数分别下降49.9%、"
    assert cat.code_for("死亡人数", None, ctx) is None
    # a head in another clause or enumeration item brings no modifier
    ctx = "粮食播种面积1584.6万亩、总产量"
    assert cat.code_for("总产量", None, ctx) is None
    # the subject must occur in the context
    assert cat.code_for("余额", None, "全年对外承包工程完成营业额") is None
    # the flow wording through its verb: 建成养老服务机构 is the new facilities, not the stock
    assert cat.code_for("养老服务机构", None, "建成养老服务机构") == "new_elderly_care_facilities"


def test_context_route_is_fast(cat: Catalogue) -> None:
    ctxs = [before(M_SENTENCE, v) + str(i) for i in range(2000) for v in ("67.1万亿元",)]
    start = time.perf_counter()
    for ctx in ctxs:
        cat.code_for("余额", None, ctx)
    assert time.perf_counter() - start < 1.0


# -- rules 6 and 7 on catalogues of their own ------------------------------------------


def test_member_route_comes_after_the_subjects_own_words(tmp_path: Path) -> None:
    path = write_toml(
        tmp_path,
        """
        [[indicator]]
        code = "rate"
        name_zh = "某系数"
        name_en = "x"
        description = "x"
        members = ["甲", "乙丙"]
        member_subjects = ["某系数"]

        [[indicator]]
        code = "other"
        name_zh = "乙丙"
        name_en = "x"
        description = "x"
        """,
    )
    cat = Catalogue.load(path)
    assert cat.resolve_observation("甲", earlier_codes=["rate"]).breakdown == "甲"
    # 乙丙 names an indicator of its own: rule 3 decides before rule 6 is tried
    assert cat.resolve_observation("乙丙", earlier_codes=["rate"]).code == "other"
    assert cat.resolve_observation("丁", earlier_codes=["rate"]) is None


FAMILY = """
[[indicator]]
code = "{code}"
name_zh = "{name}"
name_en = "x"
unit = "个"
description = "x"
{extra}
"""


@pytest.mark.parametrize(
    ("code", "extra", "message"),
    [
        ("projects", 'heads = ["项目"]\nunits = ["个"]', "family_"),
        ("family_projects", 'units = ["个"]', "family_"),
        ("family_projects", 'heads = ["项目"]', "heads and units go together"),
        ("family_projects", 'heads = ["项目"]\nunits = ["个"]\nsynonyms = ["项目"]', "no synonyms"),
    ],
)
def test_family_declarations_are_checked(
    tmp_path: Path, code: str, extra: str, message: str
) -> None:
    path = write_toml(tmp_path, FAMILY.format(code=code, name="项目", extra=extra))
    with pytest.raises(CatalogueError, match=message):
        Catalogue.load(path)


def test_a_head_and_unit_belong_to_one_family(tmp_path: Path) -> None:
    body = FAMILY.format(code="family_a", name="甲", extra='heads = ["项目"]\nunits = ["个"]')
    body += FAMILY.format(
        code="family_b", name="乙", extra='heads = ["项目"]\nunits = ["项", "个"]'
    )
    with pytest.raises(CatalogueError, match=r"'项目' with unit '个'.*family_a and family_b"):
        Catalogue.load(write_toml(tmp_path, body))
    # the same head in another unit is fine: the unit chooses
    body = FAMILY.format(code="family_a", name="甲", extra='heads = ["项目"]\nunits = ["个"]')
    body += FAMILY.format(code="family_b", name="乙", extra='heads = ["项目"]\nunits = ["项"]')
    cat = Catalogue.load(write_toml(tmp_path, body))
    assert cat.family_for("新项目", "项", "level").code == "family_b"
    assert [row["is_family"] for row in cat.rows()] == [True, True]


# -- rule 5, second reading: the thing counted in the clause before ------------------------

SECURITIES = (
    "沪深交易所首次公开发行上市A股77只，筹资622亿元，比上年减少2796亿元，其中科创板股票15只，"
    "筹资152亿元；沪深交易所A股再融资3629亿元。北京证券交易所公开发行股票23只，筹资[57]48亿元。"
)


@pytest.mark.parametrize(
    ("subject", "context", "code"),
    [
        ("筹资", before(SECURITIES, "622亿元"), "a_share_ipo_financing"),
        ("筹资", before(SECURITIES, "2796亿元"), "a_share_ipo_financing"),
        ("筹资", before(SECURITIES, "152亿元"), "star_market_ipo_financing"),
        # a footnote marker between the subject and its value is skipped
        ("筹资", "北京证券交易所公开发行股票23只，筹资[57]", "bse_public_offering_financing"),
        (
            "募集资金",
            "其中沪深交易所共上市基础设施领域不动产投资信托基金（REITs）29只，募集资金",
            "infrastructure_reits_financing",
        ),
    ],
)
def test_context_route_reads_the_thing_counted_before(
    cat: Catalogue, subject: str, context: str, code: str
) -> None:
    found = cat.resolve(subject, None, context)
    assert found is not None and (found.code, found.via) == (code, "context")


def test_context_route_counted_clause_needs_a_count_and_a_comma(cat: Catalogue) -> None:
    # a semicolon or a full stop ends the topic: the clause before is another statement
    assert cat.code_for("筹资", None, "沪深交易所首次公开发行上市A股77只；筹资") is None
    assert cat.code_for("筹资", None, "沪深交易所首次公开发行上市A股77只。筹资") is None
    # the clause before must end in a number and its unit: it counts the topic
    assert cat.code_for("筹资", None, "沪深交易所首次公开发行上市A股较多，筹资") is None
    assert cat.code_for("筹资", None, "筹资") is None
    # the wording must still end where the subject ends (成交量成交额 is no wording)
    ctx = "全国碳排放权交易市场碳排放配额[89]成交量1.89亿吨，成交额"
    assert cat.code_for("成交额", None, ctx) is None


# -- rule 6: a member of an earlier observation's indicator ---------------------------------


@pytest.mark.parametrize(
    ("subject", "earlier", "code", "member"),
    [
        # 全国居民恩格尔系数为29.8%，其中城镇为28.8%，农村为32.3%。
        ("城镇", ["engel_coefficient"], "engel_coefficient", "城镇"),
        ("农村", ["engel_coefficient", "engel_coefficient"], "engel_coefficient", "农村"),
        # 入境游客13190万人次，增长60.8%，其中外国人2694万人次，香港、澳门和台湾同胞10496万人次。
        ("外国人", ["inbound_tourists"], "inbound_tourists", "外国人"),
        ("香港、澳门和台湾同胞", ["inbound_tourists"], "inbound_tourists", "香港、澳门和台湾同胞"),
        # 全省经营主体达1163.7万户、增长6.3%，其中企业410.1万户、增长7.7%。
        ("企业", ["business_entities", "tax_fee_relief"], "business_entities", "企业"),
        # 全年制定、修订国家标准3154项，其中新制定2001项。
        ("新制定", ["national_standards_issued"], "national_standards_issued", "新制定"),
    ],
)
def test_member_of_an_earlier_observation(
    cat: Catalogue, subject: str, earlier: list[str], code: str, member: str
) -> None:
    found = cat.resolve_observation(subject, earlier_codes=earlier, unit="%", measure="level")
    assert found is not None
    assert (found.code, found.via, found.breakdown) == (code, "parent", member)


def test_member_of_an_earlier_observation_needs_the_whole_subject(cat: Catalogue) -> None:
    # containing a member is not being one: 城镇新增就业 is its own indicator, 城镇居民住房 none
    found = cat.resolve_observation("城镇新增就业", earlier_codes=["engel_coefficient"])
    assert found is not None and found.code == "new_urban_jobs"
    assert cat.member_of_earlier("城镇居民住房", ["engel_coefficient"]) is None
    # no earlier observation, or one whose indicator has no such member: nothing
    assert cat.member_of_earlier("城镇", []) is None
    assert cat.member_of_earlier("城镇", ["gdp"]) is None
    assert cat.member_of_earlier("外国人", ["engel_coefficient"]) is None
    # an unknown or family code is skipped, the next one is tried
    assert cat.member_of_earlier("农村", ["family_projects", "no_such_code", "engel_coefficient"])
    # nearest first: the first earlier indicator that has the member wins
    two = cat.member_of_earlier("企业", ["business_entities", "digital_core_enterprises"])
    assert two is not None and two.code == "business_entities"


# -- rules 6 and 7 where a bulletin's observations are at hand (layers.observation_rows) ----


def mapped(text: str) -> list[tuple[str, str | None, str | None]]:
    from datetime import date

    from pipelines.extract import extract
    from pipelines.layers import observation_rows

    rows = observation_rows("b" * 64, extract(text, date(2025, 2, 28)), default_catalogue())
    return [(r["subject"], r["breakdown"], r["indicator_code"]) for r in rows]


def test_rows_take_the_member_of_an_earlier_observation_in_the_sentence() -> None:
    assert mapped("全国居民恩格尔系数为29.8%，城镇为28.8%，农村为32.3%。") == [
        ("全国居民恩格尔系数", None, "engel_coefficient"),
        ("全国居民恩格尔系数", "城镇", "engel_coefficient"),
        ("全国居民恩格尔系数", "农村", "engel_coefficient"),
    ]
    # with 其中 the extractor itself names the parent, the place its breakdown
    assert mapped("全国居民恩格尔系数为29.8%，其中城镇为28.8%。")[1] == (
        "全国居民恩格尔系数",
        "城镇",
        "engel_coefficient",
    )
    rows = mapped(
        "全年入境游客13190万人次，其中外国人2694万人次，香港、澳门和台湾同胞10496万人次。"
    )
    assert [code for *_, code in rows] == ["inbound_tourists"] * 3
    assert [breakdown for _, breakdown, _ in rows] == [None, "外国人", "香港、澳门和台湾同胞"]
    # the whole in another paragraph is not this paragraph's parent (within a paragraph the
    # extractor gives a member told alone the measure named before it)
    assert mapped("全国居民恩格尔系数为29.8%。\n城镇为28.8%。")[1] == ("城镇", None, None)


# -- rule 7: families ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "unit", "code"),
    [
        ("两重项目", "个", "family_projects"),
        ("双尖双领+X项目", "项", "family_projects"),
        ("医疗卫生强基工程", "个", "family_projects"),
        ("义务教育学校", "所", "family_schools"),
        ("新建改扩建及维修改造公办幼儿园", "所", "family_schools"),
        ("农村公路差等路", "公里", "family_linear_works_length"),
        ("铁路专用线", "条", "family_routes"),
        ("促消费政策", "项", "family_policies"),
        ("举措", "条", "family_policies"),
        ("各类基层文化活动", "场次", "family_events"),
        ("重点消费品产业集群", "个", "family_clusters_and_chains"),
        ("百亿级开发区", "个", "family_development_zones"),
        ("户外劳动者服务站点", "家", "family_service_sites"),
        ("特殊困难老年人", "名", "family_people_served"),
        ("留守儿童、流动儿童和困境儿童关爱服务", "人次", "family_people_served"),
        ("省级财政资金", "元", "family_funds"),
        ("新增多田套合面积", "亩", "family_land_area"),
        ("乡村公共停车位", "个", "family_facilities"),
        ("人工智能大模型典型应用场景", "个", "family_applications_and_scenarios"),
        ("青少年心理关爱应急专家团队", "支", "family_organisations"),
        ("国家中医药传承创新发展示范城市", "个", "family_pilots_and_demonstrations"),
        # invented subjects: any modifier, the head decides
        ("新建城乡养老驿站", "个", "family_service_sites"),
        ("滨江步道", "公里", "family_linear_works_length"),
        ("“一老一小”整体解决方案试点", "个", "family_pilots_and_demonstrations"),
    ],
)
def test_family_takes_the_head_final_subject(
    cat: Catalogue, subject: str, unit: str, code: str
) -> None:
    found = cat.resolve_observation(subject, unit=unit, measure="level")
    assert found is not None and (found.code, found.via) == (code, "family")
    assert cat.resolve_observation(subject, unit=unit, measure="change").code == code
    assert cat.get(code).is_family and code in cat.family_codes


def test_family_needs_the_head_at_the_end(cat: Catalogue) -> None:
    # 项目 inside, another head at the end
    assert cat.family_for("项目建设进度", "个", "level") is None
    assert cat.family_for("学校周边道路高峰交通拥堵治理", "所", "level") is None
    assert cat.family_for("省属高职院校划转", "所", "level") is None


def test_family_never_beats_a_specific_indicator(cat: Catalogue) -> None:
    # a specific wording ending in a family head keeps its own code
    for subject, unit, code in [
        ("省重大项目", "个", "major_projects"),
        ("高新技术企业", "家", "high_tech_enterprises"),
        ("规模以上工业企业", "家", "above_scale_industrial_enterprises"),
        ("民间投资", "元", "private_investment"),
        ("新建养老服务机构", "个", "new_elderly_care_facilities"),
    ]:
        found = cat.resolve_observation(subject, unit=unit, measure="level")
        assert found is not None and (found.code, found.via) == (code, "wording"), subject
    # nor a member of an earlier observation (rule 6 comes first)
    found = cat.resolve_observation(
        "企业", unit="户", measure="level", earlier_codes=["business_entities"]
    )
    assert found is not None and (found.code, found.via) == ("business_entities", "parent")
    # without the earlier whole, the bare head is a count of enterprises of some kind
    assert cat.resolve_observation("企业", unit="家", measure="level").code == (
        "family_enterprises"
    )


def test_family_gates_measure_and_unit(cat: Catalogue) -> None:
    # a share or a growth rate of 项目 is no count of projects
    assert cat.family_for("产业项目", "%", "share") is None
    assert cat.family_for("两重项目", "个", "share") is None
    assert cat.family_for("两重项目", "%", "growth") is None
    assert cat.family_for("两重项目", "个", None) is None
    # a unit the family does not count in: 240 hours of a visa-free policy, money of a project
    assert cat.family_for("过境免签政策", "小时", "level") is None
    assert cat.family_for("两重项目", "元", "level") is None
    assert cat.family_for("两重项目", None, "level") is None
    assert cat.family_for("两重项目", "", "level") is None
    # the unit chooses between families sharing a head: 路 in km is length, in 条 a count
    assert cat.family_for("产业路", "公里", "level").code == "family_linear_works_length"
    assert cat.family_for("产业路", "条", "level").code == "family_routes"
    # a bare ratio denominator is nothing, whatever its head
    assert cat.family_for("与国内生产总值之比", "%", "level") is None


def test_family_longest_head_wins(cat: Catalogue) -> None:
    found = cat.family_for("夜间消费聚集区", "个", "level")
    assert found is not None
    assert (found.code, found.matched) == ("family_consumption_and_tourism_areas", "消费聚集区")
    assert cat.family_for("产业聚集区", "个", "level").code == "family_development_zones"


def test_families_are_few_visible_and_not_wordings(cat: Catalogue) -> None:
    families = [ind for ind in cat.indicators if ind.is_family]
    assert 10 <= len(families) <= 20
    for ind in families:
        assert ind.code.startswith("family_")
        assert "any" in ind.name_en and "the subject says which" in ind.name_en
        assert ind.description.startswith("Family (catalogue rule 7)")
        assert ind.units and not (ind.synonyms or ind.members)
        # a family's name is a label, never a wording: code_for (rules 1-5) cannot reach it
        assert cat.code_for(ind.name_zh) != ind.code
        for head in ind.heads:
            assert cat.code_for(head) != ind.code
    # code_for and resolve stay specific: the evaluator and explain see rules 1-5 only
    assert cat.code_for("两重项目") is None


def test_rows_fall_back_to_a_family_by_head_unit_and_measure() -> None:
    assert mapped("加快建设6个省级粮油仓储设施项目。") == [
        ("省级粮油仓储设施项目", None, "family_projects")
    ]
    # a growth rate is not a count of anything
    assert mapped("全省两重项目投资增长10%。")[0][2] is None


def test_a_member_that_is_a_kind_of_the_subject_s_units_maps_by_its_own_wording(
    cat: Catalogue,
) -> None:
    # 339个地级及以上城市中，空气质量达标城市占65.5%: the share of cities meeting the standard.
    found = cat.resolve("地级及以上城市", "空气质量达标城市")
    assert found is not None and (found.code, found.via) == (
        "air_quality_compliant_cities",
        "member_kind",
    )
    # a member of another kind (a region) or a bare grade names no indicator this way
    assert cat.resolve("全省数据标注企业", "东部地区") is None
    assert cat.resolve("城市", "较好") is None
