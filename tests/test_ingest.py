"""Reading inbox files: identity, sidecars, encodings, and rejections with reasons."""

import hashlib
import json
from datetime import date
from pathlib import Path

from pipelines.ingest import (
    Rejection,
    SourceBulletin,
    changed_files,
    inbox_fingerprint,
    read_bulletin,
    read_inbox,
)

TEXT = "全年国内生产总值1349084亿元，比上年增长5.0%。"


def write(path: Path, data: bytes, meta: dict | None = None) -> Path:
    path.write_bytes(data)
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_reads_utf8_with_sidecar(tmp_path):
    data = TEXT.encode("utf-8")
    meta = {
        "title": "公报",
        "publisher": "国家统计局",
        "published": "2025-02-28",
        "source_url": None,
    }
    bulletin = read_bulletin(write(tmp_path / "a.txt", data, meta))
    assert isinstance(bulletin, SourceBulletin)
    assert bulletin.sha256 == hashlib.sha256(data).hexdigest()
    assert bulletin.bulletin_id == bulletin.sha256[:16]
    assert bulletin.published_date == date(2025, 2, 28)
    assert (bulletin.title, bulletin.publisher, bulletin.encoding) == (
        "公报",
        "国家统计局",
        "utf-8",
    )
    assert bulletin.text == TEXT


def test_title_falls_back_to_first_line_without_sidecar(tmp_path):
    bulletin = read_bulletin(write(tmp_path / "b.txt", ("\n  标题行\n" + TEXT).encode()))
    assert bulletin.title == "标题行"
    assert bulletin.published_date is None


def test_gb18030_is_detected(tmp_path):
    text = "2024年，全省规模以上工业增加值比上年增长7.0%，数字经济核心产业增加值增长10.1%。" * 5
    bulletin = read_bulletin(write(tmp_path / "gbk.txt", text.encode("gb18030")))
    assert isinstance(bulletin, SourceBulletin)
    assert bulletin.text == text
    assert bulletin.encoding.lower().replace("_", "") in {"gb18030", "gbk", "gb2312"}


def test_utf16_with_bom(tmp_path):
    bulletin = read_bulletin(write(tmp_path / "u16.txt", TEXT.encode("utf-16")))
    assert bulletin.text == TEXT
    assert bulletin.encoding == "utf-16"


def test_bad_files_are_rejected_with_reasons(tmp_path):
    write(tmp_path / "empty.txt", b"   \n")
    write(tmp_path / "binary.txt", b"\x00\x01\x02" * 100)
    write(tmp_path / "report.pdf", b"%PDF-1.7 ...")
    write(tmp_path / "badmeta.txt", TEXT.encode())
    (tmp_path / "badmeta.meta.json").write_text("{not json", encoding="utf-8")
    write(tmp_path / "good.txt", TEXT.encode())
    results = {r.file_name: r for r in read_inbox(tmp_path)}
    assert isinstance(results["good.txt"], SourceBulletin)
    reasons = {name: r.reason for name, r in results.items() if isinstance(r, Rejection)}
    assert reasons == {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "report.pdf": "truncated",
        "badmeta.txt": "unreadable_sidecar",
    }
    assert all(r.detail for r in results.values() if isinstance(r, Rejection))


def test_sidecars_and_hidden_files_are_not_bulletins(tmp_path):
    write(tmp_path / "a.txt", TEXT.encode(), {"published": "2025-01-01"})
    write(tmp_path / ".hidden.txt", TEXT.encode())
    assert [r.file_name for r in read_inbox(tmp_path)] == ["a.txt"]


def test_fingerprint_notices_new_and_changed_files(tmp_path):
    write(tmp_path / "a.txt", TEXT.encode())
    before = inbox_fingerprint(tmp_path)
    assert changed_files({}, before) == ["a.txt"]
    assert changed_files(before, before) == []
    write(tmp_path / "a.txt", (TEXT + "更多。").encode())
    write(tmp_path / "b.txt", TEXT.encode())
    assert changed_files(before, inbox_fingerprint(tmp_path)) == ["a.txt", "b.txt"]


def test_without_a_sidecar_date_the_dateline_under_the_title_is_used(tmp_path):
    text = "某某省2025年统计公报\n某某省统计局\n2026年3月5日\n\n全年地区生产总值增长5.1%。"
    bulletin = read_bulletin(write(tmp_path / "a.txt", text.encode("utf-8")))
    assert bulletin.published_date == date(2026, 3, 5)
    web = "2026年政府工作报告\n来源：日报\n时间：2026-01-22\n正文……"
    assert read_bulletin(write(tmp_path / "b.txt", web.encode())).published_date == date(
        2026, 1, 22
    )
    sidecar_wins = read_bulletin(
        write(tmp_path / "c.txt", text.encode(), {"published": "2026-03-09"})
    )
    assert sidecar_wins.published_date == date(2026, 3, 9)
