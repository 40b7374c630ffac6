#!/usr/bin/env bash
# The corpus benchmark: the streaming Java query "claims about a sector" over a JSON Lines corpus
# against loading it into DuckDB and asking in SQL (CorpusDuckDbBenchmark). A timed run, not JMH.
#
#   benchmarks/run-corpus.sh [NARRATIVES [CLAIMS-EACH]]    # default 10000 100: 1,000,000 claims
#
# Needs about 2 GB of heap and 1 GB of temporary disk for the default size.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -pl benchmarks -am package -DskipTests
# The JMH jar holds everything but DuckDB's driver, which Maven has put in the local repository.
version=$(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' pom.xml)
driver=${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/duckdb/duckdb_jdbc/$version/duckdb_jdbc-$version.jar
java -Xmx2g -cp "benchmarks/target/benchmarks.jar:$driver" org.policynarrative.benchmarks.CorpusDuckDbBenchmark "$@"
