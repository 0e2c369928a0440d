#!/usr/bin/env bash
# Start-up time and heap of the example engine with and without Champa, same jar, same run.
# Each start uses fresh H2 files in a temporary directory, with the demo back-fill and traffic off
# so that only the engine, Camunda's webapps and (or not) Champa are measured.
# Usage: benchmarks/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$PWD/example-engine/target/champa-example-engine.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

measure() {
  local label=$1; shift
  for i in $(seq 1 "$runs"); do
    local dir port pid started heap
    dir=$(mktemp -d); port=$((18080 + i))
    ( cd "$dir" && exec java -Xmx1g -jar "$jar" --server.port=$port --champa.demo.backfill.enabled=false \
        --champa.demo.traffic.enabled=false "$@" > app.log 2>&1 ) &
    pid=$!
    for _ in $(seq 1 120); do grep -q "Started ExampleEngineApplication" "$dir/app.log" 2>/dev/null && break; sleep 0.5; done
    started=$(grep -o "Started ExampleEngineApplication in [0-9.]* seconds" "$dir/app.log" | grep -o "[0-9.]* seconds")
    jcmd "$pid" GC.run > /dev/null
    sleep 1
    heap=$(jcmd "$pid" GC.heap_info | grep -oE "used [0-9]+K" | head -n 1 | grep -oE "[0-9]+")
    printf '%-16s run %d: started in %s, heap used after GC %d MiB\n' "$label" "$i" "$started" $((heap / 1024))
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
  done
}

java -version 2>&1 | head -n 1
measure "with Champa"
measure "without Champa" --champa.enabled=false
