"""The RAW_DIR sensor (driven with build_sensor_context) and the daily schedule."""
import hashlib
import json
import os
from datetime import datetime
from zoneinfo import ZoneInfo

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.defs.resources import WarehouseResource
from orchestration.defs.schedules import daily_refresh
from orchestration.defs.sensors import raw_dir_sensor


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.txt").write_text("关于提案的答复函 一", encoding="utf-8")
    (folder / "2024" / "b.txt").write_text("关于提案的答复函 二", encoding="utf-8")
    return folder


def tick(raw, cursor=None):
    """Evaluate the sensor once: (run requests, skip message, new cursor)."""
    resources = {"warehouse": WarehouseResource(raw_dir=str(raw), warehouse_path=str(raw.parent / "w.duckdb"))}
    with dg.build_sensor_context(cursor=cursor, resources=resources) as context:
        result = raw_dir_sensor(context)
        cursor_after = context.cursor
    if isinstance(result, dg.SkipReason):
        return [], result.skip_message, cursor_after
    if result.cursor is not None:
        cursor_after = result.cursor
    skip = result.skip_reason.skip_message if result.skip_reason else None
    return list(result.run_requests or []), skip, cursor_after


def cursor_hashes(cursor) -> dict:
    return {path: entry[0] for path, entry in json.loads(cursor)["files"].items()}


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_first_tick_requests_a_run_for_every_letter(raw):
    [request], skip, cursor = tick(raw)
    assert skip is None
    assert request.job_name in (None, "refresh_warehouse")
    assert request.tags["raw_dir/added"] == "2024/b.txt, a.txt"
    assert request.run_key.startswith("raw-1-")
    # The cursor is keyed by path and holds each file's content hash.
    assert cursor_hashes(cursor) == {"2024/b.txt": sha(raw / "2024" / "b.txt"), "a.txt": sha(raw / "a.txt")}


def test_nothing_new_means_no_run(raw):
    _, _, cursor = tick(raw)
    requests, skip, again = tick(raw, cursor)
    assert requests == [] and "no letter added, changed or deleted" in skip
    assert cursor_hashes(again) == cursor_hashes(cursor)


def test_a_touched_but_unchanged_file_is_not_a_change(raw):
    _, _, cursor = tick(raw)
    stat = (raw / "a.txt").stat()
    os.utime(raw / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    requests, skip, after = tick(raw, cursor)
    assert requests == [] and skip
    assert cursor_hashes(after) == cursor_hashes(cursor)
    # ... and the new mtime is remembered, so it is not hashed again next time.
    assert json.loads(after)["files"]["a.txt"][2] == stat.st_mtime_ns + 5_000_000_000


def test_a_changed_letter_is_noticed_by_its_content(raw):
    _, _, cursor = tick(raw)
    stat = (raw / "a.txt").stat()
    (raw / "a.txt").write_text("关于提案的答复函 一（修订）", encoding="utf-8")
    # Even with the old modification time put back, the size differs and it is hashed again.
    os.utime(raw / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    [request], _, after = tick(raw, cursor)
    assert request.tags["raw_dir/changed"] == "a.txt"
    assert "raw_dir/added" not in request.tags and "raw_dir/deleted" not in request.tags
    assert cursor_hashes(after)["a.txt"] == sha(raw / "a.txt") != cursor_hashes(cursor)["a.txt"]


def test_new_and_deleted_letters_request_a_run(raw):
    _, _, cursor = tick(raw)
    (raw / "2024" / "b.txt").unlink()
    (raw / "c.txt").write_text("关于提案的答复函 三", encoding="utf-8")
    (raw / ".hidden.txt").write_text("skipped, as ingestion skips it", encoding="utf-8")
    [request], _, after = tick(raw, cursor)
    assert request.tags["raw_dir/added"] == "c.txt"
    assert request.tags["raw_dir/deleted"] == "2024/b.txt"
    assert request.tags["raw_dir/changes"] == "1 added, 1 deleted"
    assert set(cursor_hashes(after)) == {"a.txt", "c.txt"}


def test_run_keys_name_each_change_so_a_restored_file_runs_again(raw):
    original = (raw / "a.txt").read_bytes()
    [first], _, cursor = tick(raw)
    (raw / "a.txt").write_bytes(original + "改".encode())
    [second], _, cursor = tick(raw, cursor)
    (raw / "a.txt").write_bytes(original)
    [third], _, cursor = tick(raw, cursor)
    assert len({first.run_key, second.run_key, third.run_key}) == 3
    assert json.loads(cursor)["generation"] == 3
    # The same tick evaluated twice (its cursor was not stored) asks for the same run key.
    (raw / "c.txt").write_text("新", encoding="utf-8")
    [once], _, _ = tick(raw, cursor)
    [twice], _, _ = tick(raw, cursor)
    assert once.run_key == twice.run_key


def test_a_missing_raw_dir_skips(tmp_path):
    requests, skip, cursor = tick(tmp_path / "nowhere")
    assert requests == [] and "does not exist" in skip
    assert cursor is None


def test_sensors_and_schedule_are_defined_and_on_by_default():
    sensors = {sensor.name: sensor for sensor in defs.sensors}
    assert set(sensors) == {"raw_dir_sensor", "alert_on_run_failure"}
    assert sensors["raw_dir_sensor"].job_name == "refresh_warehouse"
    for sensor in sensors.values():
        assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert [schedule.name for schedule in defs.schedules] == ["daily_refresh"]


def test_the_daily_schedule_refreshes_everything_in_shanghai_time():
    assert daily_refresh.execution_timezone == "Asia/Shanghai"
    assert daily_refresh.job_name == "refresh_warehouse"
    assert daily_refresh.default_status == dg.DefaultScheduleStatus.RUNNING
    assert daily_refresh.cron_schedule == "0 6 * * *"  # 06:00 in Shanghai, 22:00 UTC the day before
    tick_time = datetime(2026, 3, 2, 6, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    with dg.build_schedule_context(scheduled_execution_time=tick_time) as context:
        [request] = daily_refresh.evaluate_tick(context).run_requests
    assert request.job_name in (None, "refresh_warehouse")
