#!/bin/sh
# Start-up of the command-line tool, measured as a user meets it: `--version` and `validate` on the
# reference Markdown, in the same run, launched three ways:
#   java -jar     the runnable jar with the JVM's defaults (how the tool ran before it had a launcher)
#   no archive    bin/policy-narrative with POLICY_NARRATIVE_CDS=off (client compiler only)
#   launcher      bin/policy-narrative as installed (client compiler and the class-data archive)
# Needs the distribution (./mvnw -B -q -pl cli -am package -DskipTests). Uses hyperfine when it is
# installed (apt-get install hyperfine), else a loop timed with date; RUNS=n sets the runs per command.
set -eu
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version=//p' cli/target/classes/org/policynarrative/cli/internal/version.properties)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
tar -xzf "cli/target/policy-narrative-$version.tar.gz" -C "$work"
launcher=$work/policy-narrative-$version/bin/policy-narrative
jar=$work/policy-narrative-$version/lib/policy-narrative.jar
reference=$PWD/examples/src/main/resources/org/policynarrative/examples/reference/economic-construction.md
runs=${RUNS:-20}
"$launcher" --version >/dev/null    # the first run makes the archive; it is not measured

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 --runs "$runs" --style basic \
    -n "java -jar: --version" "java -jar $jar --version" \
    -n "java -jar: validate" "java -jar $jar validate $reference" \
    -n "no archive: --version" "env POLICY_NARRATIVE_CDS=off $launcher --version" \
    -n "no archive: validate" "env POLICY_NARRATIVE_CDS=off $launcher validate $reference" \
    -n "launcher: --version" "$launcher --version" \
    -n "launcher: validate" "$launcher validate $reference"
  exit
fi

# Without hyperfine: the median wall time of each command, in milliseconds.
median() {
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
    i=$((i + 1))
  done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}
printf '%-24s %8s\n' command 'median ms'
printf '%-24s %8s\n' "java -jar: --version" "$(median java -jar "$jar" --version)"
printf '%-24s %8s\n' "java -jar: validate" "$(median java -jar "$jar" validate "$reference")"
printf '%-24s %8s\n' "no archive: --version" "$(median env POLICY_NARRATIVE_CDS=off "$launcher" --version)"
printf '%-24s %8s\n' "no archive: validate" "$(median env POLICY_NARRATIVE_CDS=off "$launcher" validate "$reference")"
printf '%-24s %8s\n' "launcher: --version" "$(median "$launcher" --version)"
printf '%-24s %8s\n' "launcher: validate" "$(median "$launcher" validate "$reference")"
