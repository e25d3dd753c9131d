"""Schedules. They fire only while the Dagster daemon runs (`make dev` starts it)."""
import dagster as dg

from orchestration.defs.jobs import refresh_warehouse

# Every day at 06:00 Beijing time, before the working day: a full refresh, so a letter the
# sensor missed (the daemon was down) is in the marts by the morning.
daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=refresh_warehouse,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Refresh everything from RAW_DIR daily at 06:00 Asia/Shanghai.",
)
