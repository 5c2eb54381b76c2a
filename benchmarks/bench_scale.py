"""Scale: N generated bulletins through the whole pipeline, then one more.

Run with `make bench-scale` (N=1000 by default). Prints the wall time of the first full run,
bulletins per second, peak memory, the warehouse size, and the wall time of the run after one
new bulletin; and, as the baseline measured in the same run, the time to read, normalise and
extract the same files without Dagster or DuckDB (the pipeline's overhead is the ratio).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path

TARGETS = {"first_run_s": 120, "one_new_s": 15, "peak_memory_gib": 2}


def peak_rss_gib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


class WorkerMemory:
    """Samples the peak resident memory (VmHWM) of this process's children while it runs: the
    worker processes that read and extract files."""

    def __init__(self) -> None:
        self.peaks_kib: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> WorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        me = os.getpid()
        children = Path(f"/proc/{me}/task/{me}/children")
        while not self._stop.wait(0.1):
            for pid in map(int, children.read_text().split()):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        kib = int(line.split()[1])
                        self.peaks_kib[pid] = max(self.peaks_kib.get(pid, 0), kib)

    def largest_gib(self, count: int) -> float:
        """The sum of the ``count`` largest worker peaks: what can be resident at once."""
        return sum(sorted(self.peaks_kib.values())[-count:]) / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--bulletins", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="gongbao-bench-"))
    os.environ["DAGSTER_HOME"] = str(root / "dagster_home")
    from benchmarks.corpus import generate
    from pipelines.cli import ensure_dagster_home
    from pipelines.extract import extract
    from pipelines.ingest import SourceBulletin, read_inbox
    from pipelines.normalise import normalise
    from pipelines.runner import run_pipeline

    ensure_dagster_home()
    inbox, warehouse = root / "inbox", root / "warehouse.duckdb"
    started = time.perf_counter()
    generate(inbox, args.bulletins)
    print(f"generated {args.bulletins} bulletins in {time.perf_counter() - started:.1f} s")
    by_suffix: dict[str, int] = {}
    for path in inbox.iterdir():
        if not path.name.endswith(".meta.json"):
            by_suffix[path.suffix] = by_suffix.get(path.suffix, 0) + 1
    print(f"  formats: {dict(sorted(by_suffix.items()))}")

    started = time.perf_counter()
    with WorkerMemory() as workers_memory:
        first = run_pipeline(inbox=inbox, warehouse=warehouse)
    first_s = time.perf_counter() - started
    peak_after_first = peak_rss_gib()

    generate(inbox, 1, start=args.bulletins)
    started = time.perf_counter()
    again = run_pipeline(inbox=inbox, warehouse=warehouse)
    one_new_s = time.perf_counter() - started

    started = time.perf_counter()
    observations = 0
    for item in read_inbox(inbox):
        if isinstance(item, SourceBulletin):
            observations += len(extract(normalise(item.text).text, item.published_date))
    baseline_s = time.perf_counter() - started

    size_mb = warehouse.stat().st_size / 1e6
    print(first.render())
    print()
    print(
        f"first run:     {first_s:7.1f} s for {args.bulletins} bulletins "
        f"({args.bulletins / first_s:.1f} bulletins/s)   target < {TARGETS['first_run_s']} s"
    )
    print(
        f"one new file:  {one_new_s:7.1f} s (processed {again.processed})"
        f"   target < {TARGETS['one_new_s']} s"
    )
    workers = os.cpu_count() or 1
    in_workers = workers_memory.largest_gib(workers)
    print(
        f"peak memory:   {peak_after_first + in_workers:7.2f} GiB at most: this process "
        f"{peak_after_first:.2f} GiB + its {workers} worker processes {in_workers:.2f} GiB "
        f"(each worker's peak: {sorted(round(k / 1024) for k in workers_memory.peaks_kib.values())}"
        f" MiB)   target < {TARGETS['peak_memory_gib']} GiB"
    )
    print(f"warehouse:     {size_mb:7.1f} MB   snapshot beside it")
    print(
        f"baseline:      {baseline_s:7.1f} s to read, normalise and extract the same "
        f"{args.bulletins + 1} files in one loop ({observations:,} observations), "
        f"no Dagster, no DuckDB"
    )
    print(f"ratio:         first run / baseline = {first_s / baseline_s:.2f}")
    print(f"runs ok:       first {first.success}, one new {again.success}")
    if args.keep:
        print(f"kept {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
