"""Extraction quality as `gongbao eval` measures it, held as a floor.

The dev gold (tests/dev_gold) was annotated independently of the grammar, on passages of the
samples that the official gold does not cover. The first blind gold (tests/blind_gold) was
written and annotated without the extractor, in genres the samples lack (a telecom release, a
provincial statistics release, a software-industry release, a news repost); the grammar was
tuned on it afterwards, so it is a floor now, not a blind measure. Blind sets 2 to 5 were
tuned on too (each README says when) and are floors as well; the sets not yet tuned on are
not held here, so that a test never pulls the grammar towards them. The official gold lives
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
TUNED_SETS = ("blind_gold_2", "blind_gold_3", "blind_gold_4", "blind_gold_5")
TUNED_FLOOR = 0.94
TUNED_ATTRIBUTE_FLOOR = 0.85


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


@pytest.mark.parametrize("name", TUNED_SETS)
def test_tuned_blind_gold_stays_above_its_floor(name):
    gold = ROOT / "tests" / name
    score = overall(gold / "docs", gold)
    assert score.recall >= TUNED_FLOOR and score.precision >= TUNED_FLOOR, (
        score.recall,
        score.precision,
    )
    for attribute, tally in score.attributes.items():
        if tally.total:
            assert tally.accuracy >= TUNED_ATTRIBUTE_FLOOR, (attribute, tally.accuracy)


@pytest.mark.skipif(not OFFICIAL_GOLD.is_dir(), reason="../shared/gold is not beside the repo")
def test_official_gold_stays_above_the_floor():
    score = overall(OFFICIAL_GOLD / "docs", OFFICIAL_GOLD)
    assert_floor(score)
    assert all(t.accuracy >= FLOOR for t in score.attributes.values() if t.total)
