"""Extraction quality as `gongbao eval` measures it, held as a floor.

The dev gold (tests/dev_gold) was annotated independently of the grammar, on passages of the
samples that the official gold does not cover. The first blind gold (tests/blind_gold) was
written and annotated without the extractor, in genres the samples lack (a telecom release, a
provincial statistics release, a software-industry release, a news repost); the grammar was
tuned on it afterwards, so it is a floor now, not a blind measure. The other sets tuned on
since (each README says when) are floors as well; the sets not yet tuned on are not held
here, so that a test never pulls the grammar towards them. The official gold lives
outside the repository (../shared/gold); its test runs where it is present, as in CI.
"""

from pathlib import Path

import pytest

from pipelines.catalogue import Catalogue
from pipelines.evaluate import catalogue_names, evaluate

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "tests" / "dev_gold"
BLIND_GOLD = ROOT / "tests" / "blind_gold"
BLIND_FLOOR = 0.93
OFFICIAL_GOLD = ROOT.parent / "shared" / "gold"
FLOOR = 0.95
# Sets tuned on since their first (blind) measurement: (recall and precision floor, attribute
# floor), a little under what they reach, so that a change that loses ground on them fails.
TUNED_SETS = {
    "blind_gold_2": (0.94, 0.85),
    "blind_gold_3": (0.94, 0.85),
    "blind_gold_4": (0.94, 0.85),
    "blind_gold_5": (0.94, 0.85),
    "blind_gold_6": (0.95, 0.85),
    "blind_gold_7": (0.92, 0.85),
    "blind_gold_8": (0.87, 0.85),
    "blind_gold_9": (0.94, 0.85),
    "blind_gold_10": (0.93, 0.85),
    "blind_gold_11": (0.90, 0.75),
    "blind_gold_12": (0.94, 0.85),
    "blind_gold_13": (0.94, 0.85),
    "blind_gold_14": (0.94, 0.85),
    "blind_gold_15": (0.87, 0.85),
    "blind_gold_16": (0.95, 0.85),
    "blind_gold_17": (0.95, 0.85),
    "blind_gold_18": (0.92, 0.85),
    "blind_gold_19": (0.90, 0.85),
    "blind_gold_20": (0.96, 0.85),
    "blind_gold_21": (0.94, 0.85),
    "blind_gold_22": (0.94, 0.85),
    "blind_gold_23": (0.91, 0.80),
    "blind_gold_24": (0.94, 0.85),
    "blind_gold_27": (0.94, 0.85),
    "blind_gold_28": (0.96, 0.85),
    "blind_gold_30": (0.92, 0.80),
    "blind_gold_31": (0.92, 0.85),
    "blind_gold_34": (0.97, 0.85),
    "blind_gold_36": (0.95, 0.80),
    "blind_gold_37": (0.91, 0.76),
    "blind_gold_38": (0.95, 0.85),
    "blind_gold_40": (0.95, 0.85),
    "blind_gold_42": (0.86, 0.85),
    "blind_gold_43": (0.94, 0.85),
    "blind_gold_44": (0.88, 0.79),
    "blind_gold_45": (0.93, 0.80),
    "blind_gold_46": (0.87, 0.86),
    "blind_gold_47": (0.94, 0.85),
    "blind_gold_49": (0.91, 0.85),
    "blind_gold_51": (0.93, 0.85),
    "blind_gold_52": (0.92, 0.90),
    "blind_gold_53": (0.92, 0.85),
    "blind_gold_54": (0.85, 0.95),
    "blind_gold_55": (0.95, 0.85),
    "blind_gold_57": (0.96, 0.85),
    "blind_gold_59": (0.91, 0.85),
    "blind_gold_61": (0.93, 0.85),
    "blind_gold_63": (0.92, 0.85),
    "blind_gold_65": (0.90, 0.75),
    "blind_gold_67": (0.95, 0.95),
    "blind_gold_69": (0.96, 0.85),
    "blind_gold_71": (0.94, 0.83),
    "blind_gold_73": (0.84, 0.85),
    "blind_gold_75": (0.80, 0.85),
    "blind_gold_77": (0.89, 0.85),
    "blind_gold_79": (0.85, 0.80),
    "blind_gold_81": (0.97, 0.85),
    "blind_gold_83": (0.91, 0.85),
    "blind_gold_85": (0.95, 0.85),
    "blind_gold_87": (0.87, 0.85),
    "blind_gold_89": (0.95, 0.85),
    "blind_gold_91": (0.84, 0.80),
    "blind_gold_93": (0.80, 0.83),
    "blind_gold_95": (0.88, 0.85),
    "blind_gold_97": (0.96, 0.90),
    "blind_gold_99": (0.95, 0.85),
    "blind_gold_101": (0.96, 0.90),
    "blind_gold_103": (0.93, 0.90),
    "blind_gold_105": (0.97, 0.90),
    "blind_gold_107": (0.94, 0.90),
    "blind_gold_109": (0.94, 0.90),
    "blind_gold_111": (0.92, 0.84),
    "blind_gold_112": (0.96, 0.90),
    "blind_gold_113": (0.95, 0.95),
    "blind_gold_115": (0.94, 0.90),
    "blind_gold_117": (0.96, 0.95),
    "blind_gold_119": (0.94, 0.95),
    "blind_gold_121": (0.96, 0.95),
    "blind_gold_123": (0.96, 0.90),
    "blind_gold_125": (0.96, 0.93),
    "blind_gold_127": (0.85, 0.87),
    "blind_gold_128": (0.86, 0.88),
    "blind_gold_131": (0.94, 0.80),
    "blind_gold_137": (0.91, 0.90),
    "blind_gold_139": (0.93, 0.79),
    "blind_gold_140": (0.85, 0.93),
    "blind_gold_141": (0.98, 0.96),
    "blind_gold_143": (0.98, 0.92),
    "blind_gold_145": (0.96, 0.93),
    "blind_gold_147": (0.94, 0.83),
    "blind_gold_148": (0.89, 0.76),
    "blind_gold_149": (0.97, 0.98),
    "blind_gold_150": (0.95, 0.90),
    "blind_gold_151": (0.97, 0.93),
    "blind_gold_153": (0.97, 0.98),
    "blind_gold_155": (0.94, 0.94),
    "blind_gold_156": (0.91, 0.85),
    "blind_gold_157": (0.98, 0.95),
    "blind_gold_159": (0.96, 0.79),
    "blind_gold_161": (0.96, 0.96),
    "blind_gold_163": (0.96, 0.97),
    "blind_gold_165": (0.91, 0.98),
    "blind_gold_167": (0.99, 0.92),
    "blind_gold_169": (0.95, 0.94),
    "blind_gold_171": (0.93, 0.85),
    "blind_gold_173": (0.97, 0.90),
    "blind_gold_175": (0.97, 0.98),
    "blind_gold_177": (0.93, 0.98),
    "blind_gold_179": (0.93, 0.98),
    "blind_gold_181": (0.98, 0.98),
    "blind_gold_183": (0.95, 0.80),
    "blind_gold_185": (0.97, 0.89),
    "blind_gold_187": (0.91, 0.92),
    "blind_gold_189": (0.96, 0.98),
    "blind_gold_191": (0.94, 0.93),
    "blind_gold_193": (0.98, 0.93),
    "blind_gold_195": (0.95, 0.97),
    "blind_gold_197": (0.94, 0.97),
    "blind_gold_199": (0.98, 0.91),
    "blind_gold_200": (0.92, 0.91),
    "blind_gold_201": (0.98, 0.97),
    "blind_gold_203": (0.95, 0.97),
    "blind_gold_205": (0.97, 0.97),
    "blind_gold_207": (0.88, 0.96),
    "blind_gold_209": (0.96, 0.96),
    "blind_gold_211": (0.96, 0.96),
    "blind_gold_213": (0.95, 0.96),
    "blind_gold_215": (0.94, 0.92),
    "blind_gold_217": (0.97, 0.90),
    "blind_gold_219": (0.93, 0.93),
    "blind_gold_220": (0.85, 0.85),
    "blind_gold_221": (0.98, 0.99),
    "blind_gold_223": (0.93, 0.85),
    "blind_gold_225": (0.98, 0.89),
    "blind_gold_227": (0.98, 0.98),
    "blind_gold_229": (0.89, 0.95),
    "blind_gold_231": (0.95, 0.95),
    "blind_gold_233": (0.78, 0.76),
    "blind_gold_235": (0.98, 0.95),
    "blind_gold_237": (0.96, 0.98),
    "blind_gold_239": (0.93, 0.95),
    "blind_gold_240": (0.80, 0.89),
    "blind_gold_241": (0.86, 0.84),
    "blind_gold_243": (0.99, 0.99),
    "blind_gold_244": (0.87, 0.94),
    "blind_gold_245": (0.85, 0.89),
    "blind_gold_247": (0.84, 0.84),
    "blind_gold_249": (0.86, 0.95),
    "blind_gold_251": (0.98, 0.96),
    "blind_gold_252": (0.78, 0.94),
    "blind_gold_253": (0.70, 0.79),
    "blind_gold_255": (0.76, 0.78),
    "blind_gold_256": (0.88, 0.84),
    "blind_gold_257": (0.94, 0.93),
    "blind_gold_259": (0.96, 0.89),
    "blind_gold_260": (0.86, 0.94),
    "blind_gold_262": (0.93, 0.98),
    "blind_gold_263": (0.93, 0.96),
    "blind_gold_267": (0.84, 0.84),
}


def overall(docs: Path, gold: Path):
    return evaluate(docs, gold, indicator_names=catalogue_names(Catalogue.load())).overall


def assert_floor(score) -> None:
    assert score.recall >= FLOOR and score.precision >= FLOOR, (score.recall, score.precision)
    for name, tally in score.attributes.items():
        if tally.total:
            assert tally.accuracy >= 0.9, (name, tally.accuracy)


def test_dev_gold_stays_above_the_floor():
    assert_floor(overall(DEV_GOLD / "docs", DEV_GOLD))


def test_first_blind_gold_stays_above_its_floor():
    score = overall(BLIND_GOLD / "docs", BLIND_GOLD)
    assert score.recall >= BLIND_FLOOR and score.precision >= BLIND_FLOOR, (
        score.recall,
        score.precision,
    )
    assert all(t.accuracy >= 0.9 for t in score.attributes.values() if t.total)


@pytest.mark.parametrize("name", sorted(TUNED_SETS))
def test_tuned_blind_gold_stays_above_its_floor(name):
    floor, attribute_floor = TUNED_SETS[name]
    gold = ROOT / "tests" / name
    score = overall(gold / "docs", gold)
    assert score.recall >= floor and score.precision >= floor, (score.recall, score.precision)
    for attribute, tally in score.attributes.items():
        if tally.total:
            assert tally.accuracy >= attribute_floor, (attribute, tally.accuracy)


@pytest.mark.skipif(not OFFICIAL_GOLD.is_dir(), reason="../shared/gold is not beside the repo")
def test_official_gold_stays_above_the_floor():
    score = overall(OFFICIAL_GOLD / "docs", OFFICIAL_GOLD)
    assert_floor(score)
    assert all(t.accuracy >= FLOOR for t in score.attributes.values() if t.total)
