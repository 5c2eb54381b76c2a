"""evaluate: one-to-one pairing in gold order, figures, and the report."""

import json
from datetime import date

from pipelines.evaluate import EvalReport, GoldRow, evaluate, format_report, score_document
from pipelines.observation import Observation

HEADER = "doc,subject_key,breakdown,measure,value,unit,qualifier,period_end,kind,quote,notes\n"


def _write(tmp_path, doc: str, text: str, rows: list[str]) -> None:
    (tmp_path / f"{doc}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{doc}.meta.json").write_text(json.dumps({"published": "2025-02-28"}))
    (tmp_path / f"{doc}.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")


def test_evaluate_tiny_doc(tmp_path):
    text = (
        "中华人民共和国2024年国民经济和社会发展统计公报\n"
        "全年网上零售额152287亿元，比上年增长7.2%。千兆用户突破2亿。第一次会议于5日召开。"
    )
    rows = [
        "d,网上零售额,,level,15228700000000,元,exact,2024-12-31,actual,,",
        "d,网上零售额,,growth,7.2,%,exact,2024-12-31,actual,,",
        "d,千兆,,level,200000000,户|,over,,actual,,",
        "d,失业率,,level,5.1,%,exact,2024-12-31,actual,,",
    ]
    _write(tmp_path, "d", text, rows)
    report = evaluate(tmp_path, tmp_path)
    [doc] = report.documents
    assert (doc.gold, doc.matched) == (4, 3)
    assert doc.recall == 0.75
    assert doc.precision == 1.0
    assert doc.attributes["period_end"].accuracy == 1.0
    assert doc.attributes["qualifier"].accuracy == 1.0
    assert [g.subject_key for g in doc.missed] == ["失业率"]
    data = report.to_dict()
    json.dumps(data)
    assert data["overall"]["matched"] == 3
    table = format_report(report)
    assert "MISSED" in table and "overall" in table


def _obs(value, subject="城市个数", breakdown=None, start=0, qualifier="exact"):
    return Observation(
        subject=subject,
        measure="level",
        value=value,
        unit="个",
        value_text="x",
        char_start=start,
        char_end=start + 1,
        sentence="x",
        breakdown=breakdown,
        qualifier=qualifier,
        period_end=date(2024, 12, 31),
    )


def _gold(value, breakdown="", qualifier="exact"):
    return GoldRow(
        "d", "城市", breakdown, "level", value, ("个",), qualifier, "2024-12-31", "actual", "", ""
    )


def test_pairing_prefers_matching_breakdown_then_position():
    obs = [_obs(4, breakdown="下降", start=0), _obs(4, breakdown="持平", start=10)]
    score = score_document("d", [_gold(4, "持平"), _gold(4, "下降")], obs)
    assert score.matched == 2
    assert score.attributes["breakdown"].accuracy == 1.0


def test_one_to_one_and_spurious():
    score = score_document("d", [_gold(4)], [_obs(4, start=5), _obs(4, start=1)])
    assert score.matched == 1
    assert [o.char_start for o in score.spurious] == [5]
    assert score.precision == 0.5


def test_indicator_names_can_carry_the_subject_key():
    obs = [_obs(4, subject="某指标")]
    assert score_document("d", [_gold(4)], obs).matched == 0
    assert score_document("d", [_gold(4)], obs, lambda o: ["城市数"]).matched == 1


def test_zero_values_and_empty_unit_alternative():
    gold = GoldRow("d", "持平", "", "growth", 0.0, ("%",), "exact", "", "actual", "", "")
    o = Observation(
        subject="持平价格",
        measure="growth",
        value=0.0,
        unit="%",
        value_text="持平",
        char_start=0,
        char_end=2,
        sentence="持平",
    )
    assert score_document("d", [gold], [o]).matched == 1


def test_attribute_error_is_reported():
    score = score_document("d", [_gold(4, qualifier="over")], [_obs(4)])
    assert score.attributes["qualifier"].accuracy == 0.0
    assert "WRONG" in format_report(EvalReport([score]))


def test_gold_keys_in_traditional_characters_compare_in_the_converted_script():
    row = GoldRow.from_csv(
        {
            "doc": "d",
            "subject_key": "產業規模",
            "breakdown": "長沙",
            "measure": "level",
            "value": "1",
        }
    )
    assert (row.subject_key, row.breakdown) == ("产业规模", "长沙")


def test_gold_units_in_traditional_characters_compare_in_the_converted_script():
    row = GoldRow.from_csv(
        {"doc": "d", "subject_key": "用戶", "measure": "level", "value": "1", "unit": "萬戶|戶"}
    )
    assert row.units == ("万户", "户")
