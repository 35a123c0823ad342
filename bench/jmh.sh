#!/usr/bin/env bash
# JMH benchmarks of the pure policy code on the generated realm (issue 8), then the claim size
# table. Extra arguments go to JMH, e.g. bench/jmh.sh -prof gc   or   bench/jmh.sh -f 3
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main io.chataccess.bench.ResolutionBenchmark "$@"
echo
echo "Claim sizes (bytes of the chat claim, compact JSON):"
java -cp "$CP" io.chataccess.bench.ClaimSizeReport
