#!/usr/bin/env bash
# The health monitor's costs on the example engine with its traffic simulator running: what one
# heartbeat costs its node (wall and CPU time on the heartbeat thread, from the node's own history),
# and the latency of the light Prometheus endpoint (served from the background refresher), of the
# full metrics and of the full JSON view (read on request). Writes a sample of GET /health/full to
# target/health-full-sample.json. Usage: benchmarks/health.sh [requests] [warm-up seconds]  (build first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
warm=${2:-90}
jar=$PWD/example-engine/target/champa-example-engine.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
dir=$(mktemp -d); port=18182; base=http://localhost:$port/camunda/champa/api
( cd "$dir" && exec java -jar "$jar" --server.port=$port --champa.demo.backfill.enabled=false > app.log 2>&1 ) &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health/ping" >/dev/null && break; sleep 0.5; done
echo "engine up; letting the heartbeat and the traffic run for ${warm} s"
sleep "$warm"

stats() { python3 -c 'import sys; v=sorted(float(x) for x in sys.stdin); n=len(v); print(f"n={n} p50={v[n//2]:.2f} ms p95={v[int(n*0.95)-1]:.2f} ms max={v[-1]:.2f} ms")'; }
token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"demo","password":"demo"}' "$base/auth/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"
time_ms() { curl -s -o /dev/null -w '%{time_total}\n' -H "$auth" "$1" | python3 -c 'import sys; print(float(sys.stdin.read())*1000)'; }

for _ in $(seq 1 50); do curl -s -o /dev/null -H "$auth" "$base/health/light/metrics"; done
echo "GET /health/light/metrics:  $(for _ in $(seq 1 "$n"); do time_ms "$base/health/light/metrics"; done | stats)"
echo "GET /health/full/metrics:   $(for _ in $(seq 1 20); do time_ms "$base/health/full/metrics"; done | stats)"
echo "GET /health/full (JSON):    $(for _ in $(seq 1 20); do time_ms "$base/health/full"; done | stats)"

mkdir -p target
curl -s -H "$auth" "$base/health/full" | python3 -m json.tool > target/health-full-sample.json
node=$(python3 -c 'import json; d=json.load(open("target/health-full-sample.json")); print([n["id"] for n in d["clusterNodes"] if n["status"]!="UNKNOWN"][0])')
curl -s -H "$auth" "$base/health/nodes/$node/history?minutes=60" > target/health-history.json
python3 - <<'PY'
import json
d = json.load(open("target/health-history.json"))
points = [p for p in d["points"] if p.get("beatMicros")]
def pct(values, q): values = sorted(values); return values[min(len(values) - 1, int(len(values) * q))]
wall = [p["beatMicros"] / 1000 for p in points]
cpu = [p["beatCpuMicros"] / 1000 for p in points]
print(f"heartbeat, {len(points)} beats: wall p50={pct(wall,.5):.2f} ms p95={pct(wall,.95):.2f} ms; "
      f"CPU p50={pct(cpu,.5):.2f} ms p95={pct(cpu,.95):.2f} ms; "
      f"CPU share at a 10 s interval: {pct(cpu,.5)/10000*100:.4f} % of one core")
last = d["points"][-1]
print(f"jobs executed on the node so far: {last.get('jobsSucceeded')} succeeded, {last.get('jobsFailed')} failed")
PY
