#!/usr/bin/env bash
# One-shot setup of a secured Elasticsearch and of Kibana (docker compose services es-setup and kibana-setup, and the
# Kubernetes Jobs of infra/k8s/elastic-setup.yaml). See docs/operations.md.
#   setup-elastic.sh elasticsearch   users (below), then templates
#   setup-elastic.sh users           kibana_system's password, the presswatch_writer role and the presswatch user
#   setup-elastic.sh templates       the index templates of dashboards/elasticsearch, with production shards/replicas
#   setup-elastic.sh kibana          the data views, visualisations and dashboards of dashboards/kibana
# Idempotent: every call overwrites what it installs. Environment: ELASTIC_PASSWORD (superuser), KIBANA_PASSWORD and
# PRESSWATCH_ES_PASSWORD (users), ES_URL, KIBANA_URL, CA_FILE (PEM, for https), ES_REPLICAS and ES_ARTICLE_SHARDS
# (templates), PRESSWATCH_ASSETS (where dashboards/elasticsearch and dashboards/kibana are mounted).
set -euo pipefail
es=${ES_URL:-http://elasticsearch:9200}
kibana=${KIBANA_URL:-http://kibana:5601}
assets=${PRESSWATCH_ASSETS:-/presswatch/dashboards}
prefix=presswatch
tls=()
if [[ -n "${CA_FILE:-}" ]]; then
  tls=(--cacert "$CA_FILE")
fi

call() {  # call METHOD URL [curl args...]: fails on any non-2xx answer, printing it
  local method=$1 url=$2
  shift 2
  curl -sS --fail-with-body "${tls[@]}" -u "elastic:${ELASTIC_PASSWORD}" -X "$method" "$url" "$@"
  echo
}

users() {
  call POST "$es/_security/user/kibana_system/_password" -H 'Content-Type: application/json' \
    -d "{\"password\":\"${KIBANA_PASSWORD}\"}"
  # The coverage job writes documents and installs nothing: privileges on presswatch-* indices only.
  call PUT "$es/_security/role/${prefix}_writer" -H 'Content-Type: application/json' -d "{
    \"cluster\": [\"monitor\"],
    \"indices\": [{\"names\": [\"${prefix}-*\"],
                   \"privileges\": [\"create_index\", \"write\", \"read\", \"view_index_metadata\", \"manage\"]}]}"
  call PUT "$es/_security/user/${prefix}" -H 'Content-Type: application/json' \
    -d "{\"password\":\"${PRESSWATCH_ES_PASSWORD}\",\"roles\":[\"${prefix}_writer\"]}"
}

templates() {
  # The shipped templates suit the embedded single node (one shard, no replica); a cluster gets its own figures.
  local replicas=${ES_REPLICAS:-0} article_shards=${ES_ARTICLE_SHARDS:-1} shards
  for name in articles coverage sources dead-letter; do
    shards=1
    [[ $name == articles ]] && shards=$article_shards
    sed -E -e "s/\"number_of_replicas\": *[0-9]+/\"number_of_replicas\": ${replicas}/" \
      -e "s/\"number_of_shards\": *[0-9]+/\"number_of_shards\": ${shards}/" \
      "${assets}/elasticsearch/${name}.template.json" \
      | call PUT "$es/_index_template/${prefix}-${name}" -H 'Content-Type: application/json' --data-binary @-
  done
}

case "${1:-}" in
  elasticsearch) users; templates ;;
  users) users ;;
  templates) templates ;;
  kibana)
    call POST "$kibana/api/saved_objects/_import?overwrite=true" -H 'kbn-xsrf: true' \
      -F "file=@${assets}/kibana/saved-objects.ndjson"
    ;;
  *)
    echo "usage: setup-elastic.sh elasticsearch|users|templates|kibana" >&2
    exit 2
    ;;
esac
