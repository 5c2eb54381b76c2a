"""The inbox sensor and the range helpers, evaluated against a real (ephemeral) instance."""

import json

import dagster as dg
import pytest

from assets import BULLETIN_FILES
from pipelines.automation import contiguous_ranges
from pipelines.definitions import build_defs
from pipelines.runner import register_partitions


def test_contiguous_ranges():
    keys = ["a", "b", "c", "d", "e"]
    assert contiguous_ranges(keys, {"a", "b", "d"}) == [("a", "b"), ("d", "d")]
    assert contiguous_ranges(keys, set()) == []
    assert contiguous_ranges(keys, set(keys)) == [("a", "e")]


def test_inbox_sensor_adds_partitions_and_asks_only_for_new_or_changed_files(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("全年增长5%。", encoding="utf-8")
    (inbox / "b.txt").write_text("全年增长6%。", encoding="utf-8")
    defs = build_defs(inbox=inbox, warehouse=tmp_path / "w.duckdb")
    sensor = defs.resolve_sensor_def("inbox_sensor")
    with dg.DagsterInstance.ephemeral() as instance:
        context = dg.build_sensor_context(
            instance=instance, resources={"inbox": defs.resources["inbox"]}
        )
        first = sensor(context)
        assert [r.partitions_def_name for r in first.dynamic_partitions_requests] == [
            "bulletin_files"
        ]
        assert list(first.dynamic_partitions_requests[0].partition_keys) == ["a.txt", "b.txt"]
        (request,) = first.run_requests
        assert request.tags["dagster/asset_partition_range_start"] == "a.txt"
        assert request.tags["dagster/asset_partition_range_end"] == "b.txt"
        instance.add_dynamic_partitions("bulletin_files", ["a.txt", "b.txt"])

        second = sensor(
            dg.build_sensor_context(
                instance=instance,
                cursor=context.cursor,
                resources={"inbox": defs.resources["inbox"]},
            )
        )
        assert isinstance(second, dg.SkipReason)

        (inbox / "b.txt").write_text("全年增长7.5%。", encoding="utf-8")
        third_context = dg.build_sensor_context(
            instance=instance, cursor=context.cursor, resources={"inbox": defs.resources["inbox"]}
        )
        third = sensor(third_context)
        assert [r.partition_key for r in third.run_requests] == ["b.txt"]
        assert third.dynamic_partitions_requests == []


def test_inbox_sensor_asks_for_every_file_after_an_upgrade(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("全年增长5%。", encoding="utf-8")
    defs = build_defs(inbox=inbox, warehouse=tmp_path / "w.duckdb")
    sensor = defs.resolve_sensor_def("inbox_sensor")
    resources = {"inbox": defs.resources["inbox"]}
    with dg.DagsterInstance.ephemeral() as instance:
        context = dg.build_sensor_context(instance=instance, resources=resources)
        sensor(context)
        instance.add_dynamic_partitions("bulletin_files", ["a.txt"])
        cursor = json.loads(context.cursor)
        unchanged = sensor(
            dg.build_sensor_context(instance=instance, cursor=context.cursor, resources=resources)
        )
        assert isinstance(unchanged, dg.SkipReason)
        # The same files seen by an earlier release of the grammar or the catalogue.
        earlier = json.dumps({**cursor, "version": "earlier"})
        upgraded = sensor(
            dg.build_sensor_context(instance=instance, cursor=earlier, resources=resources)
        )
        assert [r.partition_key for r in upgraded.run_requests] == ["a.txt"]


class _RacedInstance:
    """A real instance seen by a run that lost a race: its first read of the partitions is
    stale, and by the time it adds them another run has added ``taken_by_other``."""

    def __init__(self, instance: dg.DagsterInstance, taken_by_other: list[str]) -> None:
        self.instance, self.taken, self.reads = instance, taken_by_other, 0

    def get_dynamic_partitions(self, name: str) -> list[str]:
        self.reads += 1
        return [] if self.reads == 1 else self.instance.get_dynamic_partitions(name)

    def add_dynamic_partitions(self, name: str, keys: list[str]) -> None:
        self.instance.add_dynamic_partitions(name, self.taken)
        raise RuntimeError("UNIQUE constraint failed: dynamic_partitions")


def test_partitions_added_by_an_overlapping_run_are_not_a_failure():
    with dg.DagsterInstance.ephemeral() as instance:
        register_partitions(_RacedInstance(instance, ["a.txt", "b.txt"]), ["a.txt", "b.txt"])
        assert instance.get_dynamic_partitions(BULLETIN_FILES.name) == ["a.txt", "b.txt"]
        # Had the other run not added them all, the refusal is a real error.
        with pytest.raises(RuntimeError):
            register_partitions(_RacedInstance(instance, ["c.txt"]), ["c.txt", "d.txt"])
