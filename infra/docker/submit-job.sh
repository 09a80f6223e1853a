#!/usr/bin/env bash
# One-shot job submitter for the docker compose session cluster (see docs/operations.md).
#   submit-job.sh [--setting value ...]    arguments are passed to the job (CoverageJobMain)
# Does nothing when the coverage job already runs; otherwise submits it detached, resuming from the newest retained
# checkpoint under /flink-data/checkpoints when there is one, so `docker compose up` after a stop neither loses nor
# double-counts anything. Environment: FLINK_JOBMANAGER (host:port of the REST endpoint), PRESSWATCH_JOB_JAR, and the
# MONITOR_* settings the job reads (credentials among them).
set -euo pipefail
jobmanager=${FLINK_JOBMANAGER:-jobmanager:8081}
jar=${PRESSWATCH_JOB_JAR:-/opt/presswatch/presswatch-job.jar}
main_class=vn.presswatch.processing.jobs.CoverageJobMain
job_name=presswatch-coverage
checkpoints=${PRESSWATCH_CHECKPOINTS:-/flink-data/checkpoints}

if /opt/flink/bin/flink list -m "$jobmanager" -r 2>/dev/null | grep -q " : ${job_name} ("; then
  echo "${job_name} is already running on ${jobmanager}; nothing to submit"
  exit 0
fi
resume=()
latest=$(find "$checkpoints" -mindepth 3 -maxdepth 3 -path '*/chk-*/_metadata' -printf '%T@ %h\n' 2>/dev/null \
  | sort -rn | head -n 1 | cut -d' ' -f2- || true)
if [[ -n "$latest" ]]; then
  echo "resuming from checkpoint $latest"
  resume=(-s "$latest")
fi
exec /opt/flink/bin/flink run -m "$jobmanager" -d "${resume[@]}" -c "$main_class" "$jar" "$@"
