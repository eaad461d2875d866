#!/usr/bin/env bash
# The control-room wall with a national meeting (3,321 communes): time to draw every tile in a headless Chromium,
# frame times and long tasks while a burst of status changes arrives through the API, the delay until the wall
# shows the last one, and the page's JavaScript heap (see WallBench.java). Starts its own instance on port 18084
# with a fresh embedded database under target/bench, imports the national 2-level list, measures and stops it.
# Needs Debian's chromium (or CHROMIUM=/path). Usage: bench/wall.sh [changes]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o package -DskipTests
home=target/bench/wall-home
log=target/bench/wall-server.log
classes=target/bench/wall-classes
rm -rf "$home" "$classes"
mkdir -p target/bench "$classes"
cp="target/classes:$(cat target/runtime/launcher.classpath)"
javac -nowarn -d "$classes" -cp "$cp" bench/WallBench.java bench/Chromium.java bench/SchedulingBench.java
: > "$log"
# the readiness check open for years, so that the far-future meeting takes reports now
PORT=18084 LIENTHONG_HOME="$home" LIENTHONG_START_MINUTES=20 LIENTHONG_JVM_OPTS="-Xmx1g -Dlienthong.live.readiness-minutes=8000000" \
    java -cp "$cp" vn.lienthong.launcher.Launcher --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar \
    --config=payara-config >> "$log" 2>&1 &
server=$!
. bench/system.sh
wait_for_system "$log"
# on a busy machine Payara may answer before the embedded database is installed: wait until a sign-in works
for _ in $(seq 1 600); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"username":"thuky","password":"demo123"}' \
        http://127.0.0.1:18084/api/auth/login && break
    sleep 2
done
find_system "$home"
LIENTHONG_PASSWORD=demo123 java -cp "$cp" vn.lienthong.launcher.ImportCommand --url=http://127.0.0.1:18084 \
    --kind=UNITS --scope=FULL --file=sql/reference/units_2level_2025-07-01.csv | tr '\r' '\n' | tail -1
java -cp "$classes:$cp" WallBench http://127.0.0.1:18084 "jdbc:mariadb://127.0.0.1:$port/lienthong" \
    "${CHROMIUM:-/usr/bin/chromium}" "${1:-1000}" target/bench
