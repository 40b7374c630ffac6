#!/usr/bin/env bash
# Builds the project twice from clean and checks that every jar, zip and tar.gz is byte-identical:
# the build is reproducible (project.build.outputTimestamp in the parent POM). Extra arguments go to
# both Maven runs (for example -Dmaven.repo.local=...).
#   scripts/check-reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."
first=$(mktemp)
build() {
  ./mvnw -B -q clean package -DskipTests "$@" >/dev/null
  find . -path ./.git -prune -o -path '*/target/*' \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \) \
    -not -path '*/target/*/*/*' -print0 | sort -z | xargs -0 sha256sum
}
build "$@" > "$first"
second=$(build "$@")
count=$(wc -l < "$first")
if [ "$count" -eq 0 ]; then
  echo "check-reproducible: no archive was built" >&2
  exit 1
fi
if diff <(cat "$first") <(printf '%s\n' "$second") >/dev/null; then
  echo "check-reproducible: $count archives, byte-identical in two clean builds"
else
  echo "check-reproducible: archives differ between two clean builds:" >&2
  diff <(cat "$first") <(printf '%s\n' "$second") >&2 || true
  exit 1
fi
