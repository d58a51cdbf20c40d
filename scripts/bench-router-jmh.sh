#!/usr/bin/env bash
# JMH: the traffic-router's request path with the table in memory (ns per request, p50/p99).
# Usage: scripts/bench-router-jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3 RouterBenchmark.readById]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests install -pl api-lambda -am
mvn -B -q -pl api-lambda dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
classpath="api-lambda/target/test-classes:api-lambda/target/classes:$(cat api-lambda/target/bench.classpath)"
if [[ $# -eq 0 ]]; then set -- RouterBenchmark; fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
