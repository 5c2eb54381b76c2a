"""Extraction speed: normalise + extract over a corpus built from the samples, against a plain
regex scan of number-plus-unit over the same text (the ceiling), measured in the same run.

Run with `make bench`. Prints MB/s (UTF-8 bytes) and characters/s, peak memory, and the ratio.
"""

from __future__ import annotations

import argparse
import re
import time
import tracemalloc
from datetime import date
from pathlib import Path

from pipelines.extract import extract
from pipelines.ingest import SourceBulletin, read_inbox
from pipelines.normalise import normalise

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# The ceiling: what any extractor must at least do, find every number with a unit after it.
NUMBER_UNIT = re.compile(
    r"[0-9０-９]+(?:[.,][0-9]+)*\s*(?:万亿|亿|万|千|百)?\s*"
    r"(?:%|‰|个百分点|元|美元|家|个|件|辆|户|人次|人|吨|千瓦时|千瓦|亩|所|台|套|GB|EFLOPS)"
)


def corpus(min_bytes: int) -> list[tuple[str, date | None]]:
    """The sample bulletins, repeated until the corpus holds at least ``min_bytes`` of text."""
    bulletins = [b for b in read_inbox(SAMPLES) if isinstance(b, SourceBulletin)]
    docs: list[tuple[str, date | None]] = []
    size = 0
    while size < min_bytes:
        for b in bulletins:
            docs.append((b.text, b.published_date))
            size += len(b.text.encode("utf-8"))
    return docs


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = corpus(int(args.megabytes * 1_000_000))
    n_bytes = sum(len(t.encode("utf-8")) for t, _ in docs)
    n_chars = sum(len(t) for t, _ in docs)
    counts = {"observations": 0, "regex_hits": 0}

    def gongbao() -> None:
        counts["observations"] = sum(len(extract(normalise(t).text, p)) for t, p in docs)

    def regex_scan() -> None:
        counts["regex_hits"] = sum(sum(1 for _ in NUMBER_UNIT.finditer(t)) for t, _ in docs)

    ours = timed(gongbao, args.repeat)
    ceiling = timed(regex_scan, args.repeat)
    tracemalloc.start()
    extract(normalise(docs[0][0]).text, docs[0][1])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"corpus: {len(docs)} bulletins, {n_bytes / 1e6:.2f} MB UTF-8, {n_chars:,} characters")
    print(
        f"gongbao normalise+extract: {ours:.2f} s  {n_bytes / 1e6 / ours:.2f} MB/s  "
        f"{n_chars / ours:,.0f} chars/s  ({counts['observations']:,} observations)"
    )
    print(
        f"regex number+unit scan:    {ceiling:.2f} s  {n_bytes / 1e6 / ceiling:.2f} MB/s  "
        f"{n_chars / ceiling:,.0f} chars/s  ({counts['regex_hits']:,} hits)"
    )
    print(f"ratio gongbao / regex: {ceiling / ours:.1%} of the regex scan's speed")
    print(f"peak Python memory extracting one bulletin: {peak / 1e6:.1f} MB")
    print("targets: >= 1 MB/s per core (single process here), >= 5 % of the regex scan")


if __name__ == "__main__":
    main()
