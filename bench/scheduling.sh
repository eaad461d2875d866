#!/usr/bin/env bash
# Scheduling at national scale: booking a meeting for all 3,321 communes of the 2-level directory over a million
# past meetings, the conflict check of the same request, and parallel bookings (see SchedulingBench.java).
# Starts its own instance on port 18082 with a fresh embedded database under target/bench, seeds it, measures
# and stops it at the end. Usage: bench/scheduling.sh [national-bookings] [past-meetings]
# With BENCH_JFR=1 the server records a flight recording (target/bench/scheduling.jfr) and the script prints where
# the server's threads spent their samples.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
home=target/bench/scheduling-home
config=target/bench/scheduling-config
log=target/bench/scheduling-server.log
rm -rf "$home" "$config"
mkdir -p target/bench
# the project's settings, with the scheduling feature's timing lines (FINE) printed
cp -r payara-config "$config"
sed -i 's/^java.util.logging.ConsoleHandler.level=.*/java.util.logging.ConsoleHandler.level=FINE/' "$config/logging.properties"
echo "vn.lienthong.scheduling.level=FINE" >> "$config/logging.properties"
jvm="-Xmx1g"
if [ "${BENCH_JFR:-0}" = 1 ]; then
    jvm="$jvm -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$PWD/target/bench/scheduling.jfr,settings=profile,dumponexit=true"
fi
: > "$log"
PORT=18082 LIENTHONG_HOME="$home" LIENTHONG_JVM_OPTS="$jvm" java -cp "target/classes:$(cat target/runtime/launcher.classpath)" \
    vn.lienthong.launcher.Launcher --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar \
    --config="$config" >> "$log" 2>&1 &
server=$!
. bench/system.sh
wait_for_system "$log"
find_system "$home"
# the national list, imported with the project's own import command (through POST /api/imports)
started=$(date +%s%N)
LIENTHONG_PASSWORD=demo123 java -cp "target/classes:$(cat target/runtime/launcher.classpath)" \
    vn.lienthong.launcher.ImportCommand --url=http://127.0.0.1:18082 --kind=UNITS --scope=FULL \
    --file=sql/reference/units_2level_2025-07-01.csv | tr '\r' '\n' | tail -1
echo "import of the national 2-level list took $(( ($(date +%s%N) - started) / 1000000 )) ms (the command's JVM start included)"
java -cp "target/classes:$(cat target/runtime/launcher.classpath)" bench/SchedulingBench.java http://127.0.0.1:18082 \
    "jdbc:mariadb://127.0.0.1:$port/lienthong" "${1:-50}" "${2:-1000000}" "$log" "$payara_pid" "$db_pid"
if [ "${BENCH_JFR:-0}" = 1 ]; then
    kill $server; wait $server 2>/dev/null || true
    trap - EXIT
    java bench/SchedulingProfile.java target/bench/scheduling.jfr
fi
