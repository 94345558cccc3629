#!/usr/bin/env bash
# JMH benchmarks of recommender-service's hot loops (bench.HotLoopsBenchmark): the 384-d cosine, the top-50
# similarity search of one item over 20,000, and one recommendation (score 20,000 items, top 10) without HTTP.
# What each measures and the numbers: docs/benchmarks.md, "recommender-service: JMH, hot loops".
#
#   bench/jmh.sh [JMH options]
#   e.g. bench/jmh.sh                                      the class defaults: 2 forks, 3 x 5 s warm-up, 5 x 5 s
#        bench/jmh.sh -wi 1 -i 2 -f 1 -w 2s -r 2s           a quick smoke run
#        bench/jmh.sh recommendOneProfile -prof gc          one benchmark (a regex), with allocation rates
#        bench/jmh.sh -l | -h                               list the benchmarks | JMH's own help
#
# Compiles the module's tests (offline; JMH's annotation processor writes META-INF/BenchmarkList into
# target/test-classes), writes the test classpath to recommender-service/target/jmh-classpath.txt and runs
# org.openjdk.jmh.Main. Run it on a quiet machine: it uses both cores and the numbers are meant to be compared.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODULE=$ROOT/recommender-service
cd "$ROOT"
./mvnw -B -q -o -pl recommender-service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
[[ -f $MODULE/target/test-classes/META-INF/BenchmarkList ]] \
  || { echo "no META-INF/BenchmarkList in $MODULE/target/test-classes: JMH's annotation processor did not run" >&2; exit 1; }
exec java -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/jmh-classpath.txt")" \
  org.openjdk.jmh.Main "$@"
