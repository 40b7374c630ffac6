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

# Runs JMH; waits while another JMH run on this machine holds /tmp/jmh.lock (never runs two at once).
jmh() {
  for _ in $(seq 1 120); do
    if java -jar "$JAR" "$@" > "$OUT/jmh.log" 2>&1; then cat "$OUT/jmh.log"; return 0; fi
    grep -q "Unable to acquire the JMH lock" "$OUT/jmh.log" || { cat "$OUT/jmh.log"; return 1; }
    sleep 5
  done
  echo "gave up waiting for the JMH lock" >&2; return 1
}

# The benchmarks behind the targets; the streaming baselines, the parse with source spans, validation
# against the source texts and the queries are left to the full suite.
JSON_AND_VALIDATION=('\.JsonBenchmark\.(modelRead|modelWrite|databindRead|databindWrite)$'
                     '\.ValidationBenchmark\.(validate|referenceWalk)$')
MARKDOWN=('\.MarkdownBenchmark\.(modelRead|modelWrite|commonmarkParse)$')

# 1,000 claims: milliseconds per operation, so many short iterations, after a warm-up long enough
# for C2 to compile the code (on 2 busy cores the Markdown reader takes about 7 s to reach steady
# state, the JSON code about 3 s).
jmh "${JSON_AND_VALIDATION[@]}" -p claims=1000 -f 1 -wi 6 -w 1s -i 10 -r 500ms "${PROFILE[@]}" \
  -rff "$OUT/claims-1000-json.json"
jmh "${MARKDOWN[@]}" -p claims=1000 -f 1 -wi 8 -w 1s -i 10 -r 500ms "${PROFILE[@]}" \
  -rff "$OUT/claims-1000-markdown.json"

# 100,000 claims, for the linear-cost targets (the ratio targets at this size are left to the full
# suite): up to seconds per operation, so every iteration is one operation; expect wider error
# intervals than at 1,000. The baselines run too, so RESULTS.md can show how much the code that is
# not ours slows down per claim between the two sizes, in the same run.
jmh '\.JsonBenchmark\.(modelRead|modelWrite|databindRead|databindWrite)$' \
  '\.ValidationBenchmark\.(validate|referenceWalk)$' -p claims=100000 -f 1 -wi 2 -w 500ms -i 6 -r 500ms \
  "${PROFILE[@]}" -rff "$OUT/claims-100000-json.json"
jmh '\.MarkdownBenchmark\.(modelRead|modelWrite|commonmarkParse)$' -p claims=100000 -f 1 -wi 2 -w 200ms -i 5 \
  -r 200ms "${PROFILE[@]}" -rff "$OUT/claims-100000-markdown.json"

# JSON Lines: 1,000,000 narratives under -Xmx64m (single shot), one pass each way.
jmh '\.JsonLinesBenchmark\.' -wi 0 -i 1 "${PROFILE[@]}" -rff "$OUT/json-lines.json"

python3 benchmarks/results.py --command "benchmarks/run-quick.sh" --notes benchmarks/NOTES.md \
  --out benchmarks/RESULTS.md "$OUT"/*.json
