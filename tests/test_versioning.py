"""The processing version: what makes a run re-process bulletins stored by an earlier release."""

from pipelines.catalogue import Catalogue
from pipelines.versioning import code_digest, processing_version


def _catalogue(synonyms: list[str]) -> Catalogue:
    return Catalogue.from_dict(
        {
            "indicator": [
                {
                    "code": "gdp",
                    "name_zh": "国内生产总值",
                    "name_en": "GDP",
                    "unit": "元",
                    "description": "Gross domestic product.",
                    "synonyms": synonyms,
                }
            ]
        }
    )


def test_the_version_follows_what_the_catalogue_says():
    one, same, other = _catalogue(["GDP"]), _catalogue(["GDP"]), _catalogue(["GDP", "地区生产总值"])
    assert one.digest == same.digest != other.digest
    assert processing_version(one.digest) == processing_version(same.digest)
    assert processing_version(one.digest) != processing_version(other.digest)


def test_the_version_covers_the_grammar_source():
    digest = code_digest()
    assert len(digest) == 64 and digest == code_digest()
    assert len(processing_version(Catalogue.load().digest)) == 16
