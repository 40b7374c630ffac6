#!/usr/bin/env bash
# The quick benchmark suite: builds benchmarks/target/benchmarks.jar, runs the benchmarks behind
# every target in one fork each with short warm-up and measurement (under 5 minutes on 2 cores),
# and writes benchmarks/RESULTS.md from JMH's JSON output.
#
#   benchmarks/run-quick.sh            # from the repository root (or anywhere)
#
# The full suite (3 forks, 5 x 2 s warm-up and measurement, all sizes and queries; about an hour)
# is benchmarks/run-full.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl benchmarks -am package -DskipTests

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/quick
rm -rf "$OUT" && mkdir -p "$OUT"
PROFILE=(-prof gc -prof org.policynarrative.benchmarks.PeakHeapProfiler -rf json)

# Reading, writing and structural validation at 1,000 and 100,000 claims, model and baselines in one run.
java -jar "$JAR" '\.JsonBenchmark\.' '\.MarkdownBenchmark\.' '\.ValidationBenchmark\.validate$' \
  -p claims=1000,100000 -f 1 -wi 3 -w 500ms -i 8 -r 500ms "${PROFILE[@]}" -rff "$OUT/read-write-validate.json"

# Validation against the source texts: slow at 100,000 claims (seconds per operation), so fewer, longer iterations.
java -jar "$JAR" '\.ValidationBenchmark\.validateWithTexts$' \
  -p claims=1000,100000 -f 1 -wi 1 -w 1s -i 4 -r 1s "${PROFILE[@]}" -rff "$OUT/validate-texts.json"

# JSON Lines: 1,000,000 narratives under -Xmx64m (the class's own settings: single shot, 1 warm-up, 3 measured).
java -jar "$JAR" '\.JsonLinesBenchmark\.' "${PROFILE[@]}" -rff "$OUT/json-lines.json"

python3 benchmarks/results.py --command "benchmarks/run-quick.sh" --notes benchmarks/NOTES.md \
  --out benchmarks/RESULTS.md "$OUT"/*.json
