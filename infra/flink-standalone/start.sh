#!/usr/bin/env bash
# Starts a standalone Flink 2.2 cluster from Maven jars: a JobManager and two TaskManagers (one slot each) as separate
# JVMs on 127.0.0.1, and keeps it running until Ctrl-C. No Flink distribution is needed.
#
#   infra/flink-standalone/start.sh [work dir, default var/flink-standalone] [task managers, default 2]
#
# Then submit the coverage job with `./monitor run --flink <printed host:port> ...`, or with Flink's own client:
#   FLINK_CONF_DIR=<work dir>/conf java -cp "$(cat <classpath file>)" org.apache.flink.client.cli.CliFrontend run -d \
#     processing/target/processing-0.1.0-SNAPSHOT-job.jar --kafka.bootstrap-servers ... (see docs/flink-cluster.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
classes="infra/flink-standalone/target/classes"
cp_file="$classes/vn/presswatch/infra/flink/flink-classpath.txt"
launcher="$classes/vn/presswatch/infra/flink/StandaloneFlinkCluster.class"
if [[ ! -f "$cp_file" || ! -f "$launcher" \
    || -n "$(find infra/flink-standalone/src infra/flink-standalone/pom.xml -newer "$launcher" -print -quit)" ]]; then
  echo "Building infra/flink-standalone ..." >&2
  ./mvnw -q -B -DskipTests -pl infra/flink-standalone -am install >&2
fi
work="${1:-var/flink-standalone}"
exec java -Xmx128m -cp "$classes:$(cat "$cp_file")" vn.presswatch.infra.flink.StandaloneFlinkCluster "$work" "${2:-2}"
