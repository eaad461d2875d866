#!/usr/bin/env bash
# The archive search at scale: a million meetings with their minutes (about 2 KB of Vietnamese administrative prose
# each, generated from a fixed seed), the application's Lucene index rebuilt through its admin API, and a MariaDB
# FULLTEXT index of the same text in the same database; then the same queries against both (see ArchiveBench.java).
# Starts its own instance on port 18083 with an embedded MariaDB that has the full-text settings below, measures and
# stops it at the end.
# Usage: bench/archive.sh [documents=1000000] [runs-per-query=100]
# Environment:
#   ARCHIVE_REUSE=1            keep the data folder of the last run (its load, FULLTEXT index and Lucene index) when it
#                              holds the same number of documents; otherwise it starts from an empty database
#   ARCHIVE_REBUILD=0          with ARCHIVE_REUSE=1: keep the Lucene index instead of rebuilding it
#   ARCHIVE_FULLTEXT_REBUILD=1 drop and build the FULLTEXT index again (to measure its build time on reused data)
#   ARCHIVE_ENGINES=lucene,fulltext  which engines to query (the FULLTEXT index is built only when FULLTEXT is queried)
#   ARCHIVE_HOME               data folder (default target/bench/archive-home; about 25 GB for a million documents)
#   ARCHIVE_BUFFER_POOL        the embedded MariaDB's buffer pool (default 2G)
#   ARCHIVE_PROFILE=1          afterwards, time each step of the application's searches in-process (ArchiveProfile.java)
#   ARCHIVE_SKIP_BUILD=1       use the build in target/ as it is (no mvn package)
#   ARCHIVE_PORT               the application's port (default 18083)
#   ARCHIVE_NICE               niceness of the server and the client (default 10: the load and the index builds are heavy)
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000000}
runs=${2:-100}
if [ "${ARCHIVE_SKIP_BUILD:-0}" != 1 ]; then
    mvn -q -B package -DskipTests
fi
home=${ARCHIVE_HOME:-target/bench/archive-home}
log=target/bench/archive-server-${ARCHIVE_PORT:-18083}.log
classes=target/bench/archive-classes-${ARCHIVE_PORT:-18083}
mkdir -p target/bench
if [ "${ARCHIVE_REUSE:-0}" != 1 ]; then
    rm -rf "$home"
fi
rm -rf "$classes"
cp="target/classes:$(cat target/runtime/launcher.classpath)"
lucene="target/lien-thong/WEB-INF/lib/*"
javac -nowarn -d "$classes" -cp "$cp:$lucene" bench/ArchiveCorpus.java bench/ArchiveBench.java bench/ArchiveProfile.java
# the full-text settings of the comparison (server start-up options, see EmbeddedDatabase), and a redo log large
# enough for the bulk load
dbargs="--innodb-ft-min-token-size=1 --innodb-ft-enable-stopword=OFF --innodb-log-file-size=1G"
: > "$log"
mkdir -p "$home"
abs=$(cd "$home" && pwd)
# the application's index goes into the data folder too, so that ARCHIVE_REUSE=1 keeps it
PORT=${ARCHIVE_PORT:-18083} LIENTHONG_HOME="$home" LIENTHONG_JVM_OPTS="-Xmx1g -Dlienthong.archive.index-dir=$abs/archive-index" nice -n "${ARCHIVE_NICE:-10}" java -Dlienthong.db.args="$dbargs" \
    -Dlienthong.db.buffer-pool="${ARCHIVE_BUFFER_POOL:-2G}" -cp "$cp" \
    vn.lienthong.launcher.Launcher --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar \
    --config=payara-config >> "$log" 2>&1 &
server=$!
. bench/system.sh
wait_for_system "$log"
find_system "$abs"
nice -n "${ARCHIVE_NICE:-10}" java -cp "$classes:$cp" ArchiveBench http://127.0.0.1:${ARCHIVE_PORT:-18083} "jdbc:mariadb://127.0.0.1:$port/lienthong" \
    "$documents" "$runs" "$payara_pid" "$db_pid" "$abs"
if [ "${ARCHIVE_PROFILE:-0}" = 1 ]; then
    instance="$abs/archive-index/instance-0"
    nice -n "${ARCHIVE_NICE:-10}" java -cp "$classes:$cp:$lucene" ArchiveProfile "$instance/$(cat "$instance/current")" \
        "${ARCHIVE_PROFILE_RUNS:-30}" | tee target/bench/archive-profile.md
fi
