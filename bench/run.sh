#!/usr/bin/env bash
# Benchmark Strata against Flyway and Liquibase on a local PostgreSQL 15 (docs/benchmarks.md).
#
#   bench/run.sh                      build (with -Pbench) and run: 9 rounds, 50/1,000/10,000 migrations
#   bench/run.sh --runs=3 --sizes=50,1000 --skip=health,offline     a quicker look
#   bench/run.sh --rtt-ms=1 --sizes=1000 --skip=health,offline --runs=5   the apps reach PostgreSQL through a
#                                     proxy that adds 1 ms to every round trip (a database on another host)
#   bench/run.sh --pg-dir=/dev/shm ...  PostgreSQL's data in memory: file creation off the disk's cost
#   bench/run.sh --from-jar=false ... the apps run from target/classes (migrations read from a directory,
#                                     as in an IDE); by default from their packaged jars, as deployed
#   BENCH_SKIP_BUILD=true bench/run.sh ...                          run without building
#
# Results: bench/target/results/{results.md,startup-overhead.svg,samples.csv,logs/}.
# Needs the PostgreSQL 15 server binaries in /usr/lib/postgresql/15/bin (or --pg-bin=...);
# as root it runs them as the postgres OS user.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ "${BENCH_SKIP_BUILD:-false}" != "true" ]]; then
	echo "[bench] building Strata and the benchmark apps (generates 13,000 migrations and 700 entities)"
	./mvnw -q -B -Pbench -DskipTests package
fi
harness="bench/harness/target"
exec java -cp "$harness/classes:$harness/lib/*" dev.strata.bench.harness.BenchHarness --bench=bench "$@"
