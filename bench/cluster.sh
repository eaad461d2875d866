#!/usr/bin/env bash
# Live changes across a cluster: how long a change made through instance A takes to reach a socket on instance B
# (see ClusterBench.java). Starts two instances of a cluster of their own (HTTP ports 18084 and 18085, data grid
# ports 5970-5971 on 127.0.0.1) against one fresh embedded database (port 18086) under target/bench, the way README
# describes, and stops both at the end. Usage: bench/cluster.sh [changes]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
home=target/bench/cluster-home
rm -rf "$home"
mkdir -p target/bench
: > target/bench/cluster-a.log
: > target/bench/cluster-b.log
# exec: the background job is then the launcher itself, so the kill at the end reaches it
launch() {
    exec java -cp "target/classes:$(cat target/runtime/launcher.classpath)" vn.lienthong.launcher.Launcher \
        --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar --config=payara-config
}
export LIENTHONG_HOME="$home" LIENTHONG_CLUSTER="lienthong-bench-$$" LIENTHONG_CLUSTER_MEMBERS=127.0.0.1:5970,127.0.0.1:5971 \
    LIENTHONG_CLUSTER_PORT=5970 LIENTHONG_LIVE_READINESS_MINUTES=20000
PORT=18084 LIENTHONG_DB_PORT=18086 launch >> target/bench/cluster-a.log 2>&1 &
server=$!
. bench/system.sh
wait_for_system target/bench/cluster-a.log
first=$server
PORT=18085 DB_URL=jdbc:mariadb://127.0.0.1:18086/lienthong DB_USER=lienthong DB_PASSWORD=embedded \
    launch >> target/bench/cluster-b.log 2>&1 &
server=$!
# B first: A's launcher owns the database
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; kill $first 2>/dev/null; wait $first 2>/dev/null || true' EXIT
wait_for_system target/bench/cluster-b.log
echo "A: $(curl -s http://127.0.0.1:18084/health/ready)"
echo "B: $(curl -s http://127.0.0.1:18085/health/ready)"
echo "$(nproc) cores, $(uptime)"
java bench/ClusterBench.java http://127.0.0.1:18084 http://127.0.0.1:18085 "${1:-200}"
