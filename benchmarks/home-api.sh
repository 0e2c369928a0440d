#!/usr/bin/env bash
# Champa's home answer (one signed-in request) against the fastest way Camunda's REST API gives the
# same six counts (six requests), and the cost of signing in (PBKDF2, 310,000 iterations), in one
# run on the example engine. Usage: benchmarks/home-api.sh [requests]   (build first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
jar=$PWD/example-engine/target/champa-example-engine.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
dir=$(mktemp -d); port=18181; base=http://localhost:$port
( cd "$dir" && exec java -jar "$jar" --server.port=$port --champa.demo.backfill.enabled=false \
    --champa.demo.traffic.enabled=false > app.log 2>&1 ) &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/camunda/champa/api/health/ping" >/dev/null && break; sleep 0.5; done
sleep 3

stats() { python3 -c 'import sys; v=sorted(float(x)*1000 for x in sys.stdin); n=len(v); print(f"n={n} p50={v[n//2]:.1f} ms p95={v[int(n*0.95)-1]:.1f} ms max={v[-1]:.1f} ms")'; }
login() { curl -s -o /tmp/champa-login.json -w '%{time_total}\n' -H 'Content-Type: application/json' \
  -d '{"username":"demo","password":"demo"}' "$base/camunda/champa/api/auth/login"; }

echo "sign-in (PBKDF2-SHA256, 310000 iterations):  $(for _ in $(seq 1 10); do login; done | stats)"
token=$(python3 -c 'import json; print(json.load(open("/tmp/champa-login.json"))["token"])')
for _ in $(seq 1 20); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$base/camunda/champa/api/home"; done
echo "Champa GET /home (1 request, signed in):     $(for _ in $(seq 1 "$n"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base/camunda/champa/api/home"; done | stats)"
camunda_counts() {
  curl -s -o /dev/null -w '%{time_total}\n' \
    "$base/engine-rest/process-definition/count" -o /dev/null "$base/engine-rest/process-definition/count?latestVersion=true" \
    -o /dev/null "$base/engine-rest/decision-definition/count" -o /dev/null "$base/engine-rest/decision-definition/count?latestVersion=true" \
    -o /dev/null "$base/engine-rest/deployment/count" -o /dev/null "$base/engine-rest/process-instance/count" \
    | python3 -c 'import sys; print(sum(float(x) for x in sys.stdin))'
}
for _ in $(seq 1 20); do camunda_counts >/dev/null; done
echo "Camunda REST, same six counts (6 requests):  $(for _ in $(seq 1 "$n"); do camunda_counts; done | stats)"
