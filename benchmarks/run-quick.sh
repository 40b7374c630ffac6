#!/usr/bin/env bash
# The quick benchmark suite: builds benchmarks/target/benchmarks.jar, runs the benchmarks behind
# every target in one fork each with short warm-up and measurement (about 5 minutes on 2 cores),
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
jmh "${JSON_AND_VALIDATION[@]}" -p claims=1000 -f 1 -wi 5 -w 1s -i 8 -r 500ms "${PROFILE[@]}" \
  -rff "$OUT/claims-1000-json.json"
jmh "${MARKDOWN[@]}" -p claims=1000 -f 1 -wi 8 -w 1s -i 10 -r 500ms "${PROFILE[@]}" \
  -rff "$OUT/claims-1000-markdown.json"

# 100,000 claims, for the linear-cost targets and the ratio targets at that size: every iteration
# is one operation or a few, so expect wider error intervals than at 1,000. The baselines run too,
# so RESULTS.md can show how much code that is not ours slows down per claim between the two sizes.
# JSON, validation and the Markdown writer (under 0.3 s an operation) get five warm-up iterations:
# with two, the first measured operations were still 15-35% slower than the rest.
jmh '\.JsonBenchmark\.(modelRead|modelWrite|databindRead|databindWrite)$' '\.MarkdownBenchmark\.modelWrite$' \
  '\.ValidationBenchmark\.(validate|referenceWalk)$' -p claims=100000 -f 1 -wi 5 -w 500ms -i 6 -r 500ms \
  "${PROFILE[@]}" -rff "$OUT/claims-100000-json.json"
# The Markdown read and the bare parse take seconds an operation at this size, 40-45% of it in GC.
jmh '\.MarkdownBenchmark\.(modelRead|commonmarkParse)$' -p claims=100000 -f 1 -wi 1 -w 200ms -i 4 \
  -r 200ms "${PROFILE[@]}" -rff "$OUT/claims-100000-markdown.json"

# Validation of a chain of sectors and one of policy lines (the shape that was quadratic), at 1,000 and
# 16,000: an operation takes under 10 ms, so many one-second iterations.
jmh '\.ChainValidationBenchmark\.' -f 1 -wi 5 -w 1s -i 10 -r 1s "${PROFILE[@]}" -rff "$OUT/chain-validation.json"

# The HTML report's writer against the Markdown writer at 10,000 claims (about 0.1 s an operation),
# with the report that includes every source text for reference.
jmh '\.HtmlBenchmark\.' -p claims=10000 -f 1 -wi 5 -w 1s -i 10 -r 1s "${PROFILE[@]}" -rff "$OUT/html-10000.json"
# The semantic diff of two versions against reading one as JSON (issue 16), at 1,000 and 100,000 claims.
jmh '\.DiffBenchmark\.' -p claims=1000 -f 1 -wi 5 -w 1s -i 8 -r 500ms "${PROFILE[@]}" -rff "$OUT/diff-1000.json"
jmh '\.DiffBenchmark\.' -p claims=100000 -f 1 -wi 5 -w 1s -i 6 -r 1s "${PROFILE[@]}" -rff "$OUT/diff-100000.json"

# JSON Lines: 1,000,000 narratives under -Xmx64m (single shot), one pass each way.
jmh '\.JsonLinesBenchmark\.' -wi 0 -i 1 "${PROFILE[@]}" -rff "$OUT/json-lines.json"

python3 benchmarks/results.py --command "benchmarks/run-quick.sh" --notes benchmarks/NOTES.md \
  --out benchmarks/RESULTS.md "$OUT"/*.json
