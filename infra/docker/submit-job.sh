#!/usr/bin/env bash
# One-shot job submitter for the docker compose session cluster (see docs/operations.md).
#   submit-job.sh [--setting value ...]    arguments are passed to the job (CoverageJobMain)
# Does nothing when the coverage job already runs; otherwise submits it detached, restoring its state from
# PRESSWATCH_SAVEPOINT when set, else from the newest retained checkpoint or savepoint under /flink-data (a job stopped
# with `flink stop` leaves a savepoint and may leave no checkpoint), so `docker compose up` after a stop neither loses
# nor double-counts anything. Environment: FLINK_JOBMANAGER (host:port of the REST endpoint), PRESSWATCH_JOB_JAR, and
# the MONITOR_* settings the job reads (credentials among them).
set -euo pipefail
jobmanager=${FLINK_JOBMANAGER:-jobmanager:8081}
jar=${PRESSWATCH_JOB_JAR:-/opt/presswatch/presswatch-job.jar}
main_class=vn.presswatch.processing.jobs.CoverageJobMain
job_name=presswatch-coverage
checkpoints=${PRESSWATCH_CHECKPOINTS:-/flink-data/checkpoints}
savepoints=${PRESSWATCH_SAVEPOINTS:-/flink-data/savepoints}

if /opt/flink/bin/flink list -m "$jobmanager" -r 2>/dev/null | grep -q " : ${job_name} ("; then
  echo "${job_name} is already running on ${jobmanager}; nothing to submit"
  exit 0
fi
resume=()
latest=${PRESSWATCH_SAVEPOINT:-$( {
  find "$checkpoints" -mindepth 3 -maxdepth 3 -path '*/chk-*/_metadata' -printf '%T@ %h\n'
  find "$savepoints" -mindepth 2 -maxdepth 2 -path '*/savepoint-*/_metadata' -printf '%T@ %h\n'
} 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2- || true)}
if [[ -n "$latest" ]]; then
  echo "restoring the job's state from $latest"
  resume=(-s "$latest")
else
  echo "no checkpoint or savepoint under /flink-data: the job starts with empty state"
fi
exec /opt/flink/bin/flink run -m "$jobmanager" -d "${resume[@]}" -c "$main_class" "$jar" "$@"
