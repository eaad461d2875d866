#!/usr/bin/env bash
# Directory at national scale: import time of the national 3-level list and search latency over it
# (see DirectoryBench.java). Starts its own instance on port 18081 with a fresh embedded database under
# target/bench, and stops it at the end. Usage: bench/directory.sh [requests-per-query]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
home=target/bench/directory-home
rm -rf "$home"
mkdir -p target/bench
: > target/bench/directory-server.log
PORT=18081 LIENTHONG_HOME="$home" java -cp "target/classes:$(cat target/runtime/launcher.classpath)" \
    vn.lienthong.launcher.Launcher --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar \
    --config=payara-config >> target/bench/directory-server.log 2>&1 &
server=$!
. bench/system.sh
wait_for_system target/bench/directory-server.log
java bench/DirectoryBench.java http://127.0.0.1:18081 "${1:-300}"
