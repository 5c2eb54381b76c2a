"""A synthetic inbox of realistic bulletins, made from the samples, for the scale benchmark.

Each generated bulletin is one sample with its years shifted, its figures scaled and some
wordings swapped, written as UTF-8 or GB18030 text, HTML, DOCX or PDF, with a sidecar. The
statistics grammar never sees these files in tests; they exist to load the pipeline.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipelines.ingest import SourceBulletin, read_inbox

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# Pairs of wordings that mean the same in a bulletin; a generated copy uses either.
SYNONYMS = (
    ("比上年增长", "同比增长"),
    ("增长", "增加"),
    ("达到", "达"),
    ("全年", "全年全省"),
)
FORMATS = ("txt", "txt", "txt", "gbk", "html", "docx", "pdf")
YEAR = re.compile(r"(?<![0-9])(20[12][0-9])(?=年)")
# Amounts with decimals, not rates: scaling a share past 100 % would make a false bulletin.
DECIMAL = re.compile(r"(?<![0-9.])([0-9]{1,6}\.[0-9]{1,2})(?![0-9]|%|‰|个百分点)")


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    title: str
    publisher: str | None
    published: date


def templates() -> list[Template]:
    found = []
    for b in read_inbox(SAMPLES):
        if isinstance(b, SourceBulletin):
            found.append(
                Template(
                    Path(b.file_name).stem,
                    b.text,
                    b.title or "",
                    b.publisher,
                    b.published_date or date(2025, 1, 1),
                )
            )
    return found


def shift_years(text: str, years: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(1)) + years), text)


def vary(text: str, rng: random.Random, year_shift: int) -> str:
    text = shift_years(text, year_shift)
    factor = rng.uniform(0.8, 1.25)

    def scale(m: re.Match) -> str:
        digits = len(m.group(1).split(".")[1])
        return f"{float(m.group(1)) * factor:.{digits}f}"

    text = DECIMAL.sub(scale, text)
    for a, b in SYNONYMS:
        if rng.random() < 0.5:
            text = text.replace(a, b)
    return text


def write_bulletin(path: Path, text: str, fmt: str) -> Path:
    if fmt == "txt":
        target = path.with_suffix(".txt")
        target.write_text(text, encoding="utf-8")
    elif fmt == "gbk":
        target = path.with_suffix(".txt")
        target.write_bytes(text.encode("gb18030"))
    elif fmt == "html":
        target = path.with_suffix(".html")
        body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        target.write_text(
            "<html><head><meta charset='utf-8'><title>公报</title></head><body>"
            "<div class='nav'>首页 | 新闻 | 下载 打印 全屏 收藏</div>"
            f"<article>{body}</article><div class='footer'>版权所有 联系我们</div></body></html>",
            encoding="utf-8",
        )
    elif fmt == "docx":
        import docx

        target = path.with_suffix(".docx")
        document = docx.Document()
        for line in text.splitlines():
            if line.strip():
                document.add_paragraph(line)
        document.save(target)
    elif fmt == "pdf":
        target = path.with_suffix(".pdf")
        write_pdf(target, text)
    else:
        raise ValueError(fmt)
    return target


def write_pdf(target: Path, text: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    story = [Paragraph(line, style) for line in text.splitlines() if line.strip()]
    SimpleDocTemplate(str(target), pagesize=A4).build(story)


def generate(inbox: Path, count: int, seed: int = 20261126, start: int = 0) -> list[Path]:
    """Write ``count`` bulletins (numbered from ``start``) with sidecars into ``inbox``."""
    inbox.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + start)
    bases = templates()
    written = []
    for i in range(start, start + count):
        base = bases[i % len(bases)]
        shift = rng.randint(-6, 0)
        fmt = FORMATS[i % len(FORMATS)]
        text = vary(base.text, rng, shift)
        stem = inbox / f"{i:05d}-{base.name}"
        written.append(write_bulletin(stem, text, fmt))
        published = base.published.replace(year=base.published.year + shift) + timedelta(
            days=rng.randint(0, 20)
        )
        meta = {
            "title": shift_years(base.title, shift) + f"（{i}）",
            "publisher": base.publisher,
            "published": published.isoformat(),
            "source_url": None,
        }
        stem.with_name(stem.name + ".meta.json").write_text(
            json.dumps(meta, ensure_ascii=False), encoding="utf-8"
        )
    return written
