#!/usr/bin/env bash
# The full benchmark suite: every benchmark at 10, 1,000 and 100,000 claims with the settings in
# the classes (3 forks, 5 x 2 s warm-up, 5 x 2 s measurement; JSON Lines single shot under
# -Xmx64m), GC and peak-heap profiles, then benchmarks/RESULTS.md. Takes about an hour on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl benchmarks -am package -DskipTests

OUT=benchmarks/target/full
rm -rf "$OUT" && mkdir -p "$OUT"
java -jar benchmarks/target/benchmarks.jar \
  -prof gc -prof org.policynarrative.benchmarks.PeakHeapProfiler -rf json -rff "$OUT/full.json"

python3 benchmarks/results.py --command "benchmarks/run-full.sh" --notes benchmarks/NOTES.md \
  --out benchmarks/RESULTS.md "$OUT"/full.json
