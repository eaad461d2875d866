#!/usr/bin/env bash
# Live meeting broadcast: N signed-in WebSocket subscribers of one meeting, the time until a status change reaches
# all of them, delivered messages per second and memory per connection; the same broadcast from a minimal Netty
# server as the reference (see LiveBench.java, NettyReference.java). Starts its own instance on port 18094 with a
# fresh embedded database under target/bench and the reference on port 18095, and stops both at the end.
# Netty (client and reference only, not the application) is resolved by Maven from bench/netty-pom.xml.
# Usage: bench/live.sh [N...]   (default 1000 5000 10000; CHANGES=k changes per phase, default 30)
# With BENCH_JFR=1 the server records the changes at the largest N (target/bench/live.jfr) and the script prints
# where its threads spent them (LiveProfile.java).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 1000 5000 10000; fi
# every socket is a file on both sides: the client and the servers need more than the usual 1024
ulimit -n "$(ulimit -Hn)"
mvn -q -B package -DskipTests
mvn -q -B -f bench/netty-pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench/netty.classpath"
netty=$(cat target/bench/netty.classpath)
home=target/bench/live-home
config=target/bench/live-config
log=target/bench/live-server.log
rm -rf "$home" "$config"
mkdir -p target/bench
# the project's settings, with no cap on the number of open connections
cp -r payara-config "$config"
cat >> "$config/pre-boot-commands.asadmin" <<'ASADMIN'
set configs.config.server-config.network-config.transports.transport.tcp.max-connections-count=-1
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.max-connections=-1
ASADMIN
jvm="-Xmx2g"
: > "$log"
# the readiness check of the booked meeting (a month ahead) is open, so its points report their connection
PORT=18094 LIENTHONG_HOME="$home" LIENTHONG_JVM_OPTS="$jvm" LIENTHONG_LIVE_READINESS_MINUTES=1000000 \
    java -cp "target/classes:$(cat target/runtime/launcher.classpath)" \
    vn.lienthong.launcher.Launcher --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar \
    --config="$config" >> "$log" 2>&1 &
server=$!
java -Xmx2g -cp "$netty" bench/NettyReference.java 18095 > target/bench/live-reference.log 2>&1 &
reference=$!
. bench/system.sh
trap 'kill $server $reference 2>/dev/null; wait $server $reference 2>/dev/null || true' EXIT
wait_for_system "$log"
find_system "$home"
until grep -q listening target/bench/live-reference.log; do sleep 1; done
reference_pid=$(pgrep -P "$reference" java || echo "$reference")
echo "reference: pid $reference_pid; other processes above 5% CPU:"
ps -eo pid,pcpu,etime,args --sort=-pcpu | awk 'NR > 1 && $2 > 5 { print "  " substr($0, 1, 160) }'
jfr="-"
if [ "${BENCH_JFR:-0}" = 1 ]; then jfr="$PWD/target/bench/live.jfr"; fi
java -Xmx2g -cp "$netty" bench/LiveBench.java http://127.0.0.1:18094 http://127.0.0.1:18095 "$payara_pid" \
    "$reference_pid" "${CHANGES:-30}" "$jfr" "$@"
if [ "$jfr" != "-" ]; then
    java bench/LiveProfile.java "$jfr"
fi
