#!/usr/bin/env bash
# Benchmarks that live in a module's test sources (JMH, or a main class that prints its figures).
# Usage: scripts/bench-jmh.sh MODULE [JMH options and benchmark names]
#        scripts/bench-jmh.sh MODULE --main CLASS [args]
# Examples: scripts/bench-jmh.sh api-lambda RouterBenchmark
#           scripts/bench-jmh.sh workflows EngineBenchmark
#           scripts/bench-jmh.sh workflows --main io.drkit.workflows.bench.ConcurrentExecutionsMemory
set -euo pipefail
if [[ $# -lt 1 || "$1" == "--help" || "$1" == "-h" ]]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
module="$1"; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -d "$module" ]] || { echo "no module '$module' here" >&2; exit 2; }
mvn -B -q -DskipTests install -pl "$module" -am
mvn -B -q -pl "$module" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
if [[ "${1:-}" == "--main" ]]; then
  main="$2"; shift 2
  exec java -cp "$classpath" "$main" "$@"
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
