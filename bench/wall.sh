#!/usr/bin/env bash
# The control-room wall with a national meeting (3,321 communes): time to draw every tile in a headless Chromium,
# frame times and long tasks while a burst of status changes arrives through the API, the delay until the wall
# shows the last one, and the page's JavaScript heap (see WallBench.java). Starts its own instance on port 18084
# with a fresh embedded database under target/bench, imports the national 2-level list, measures and stops it.
# Needs Debian's chromium (or CHROMIUM=/path). Usage: bench/wall.sh [changes]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/system.sh
bench_build wall bench/WallBench.java bench/Chromium.java bench/SchedulingBench.java
start_system 18084
LIENTHONG_PASSWORD=demo123 java -cp "$cp" vn.lienthong.launcher.ImportCommand --url=http://127.0.0.1:18084 \
    --kind=UNITS --scope=FULL --file=sql/reference/units_2level_2025-07-01.csv | tr '\r' '\n' | tail -1
java -cp "$classes:$cp" WallBench http://127.0.0.1:18084 "jdbc:mariadb://127.0.0.1:$port/lienthong" \
    "${CHROMIUM:-/usr/bin/chromium}" "${1:-1000}" target/bench
