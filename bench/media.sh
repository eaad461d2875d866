#!/usr/bin/env bash
# Video through Janus on this machine: the host's point publishes a fake 640x360 camera and microphone from a headless
# Chromium; N communes' join pages, each in a headless Chromium of its own, join the video and receive it. For each
# N: join time from the click on "Vào phòng hình ảnh" to the first decoded frame, frames decoded per second per
# subscriber, and the CPU of Janus and of Payara Micro (see MediaBench.java). Starts Janus with the project's
# configuration (payara-config/janus, ports 18088/17088, RTP 20000-20999) and its own instance on port 18096 with a
# fresh embedded database under target/bench, and stops them at the end.
# Usage: bench/media.sh [N...]   (default 10 25 50; it stops early once the frame rate has dropped)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 10 25 50; fi
command -v janus >/dev/null || { echo "janus is not installed: apt-get install -y janus"; exit 1; }
for busy in 18088 17088 18096; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$busy") 2>/dev/null; then echo "port $busy is taken: stop what listens there"; exit 1; fi
done
mvn -q -B -o package -DskipTests
home=target/bench/media-home
log=target/bench/media-server.log
classes=target/bench/media-classes
rm -rf "$home" "$classes"
mkdir -p target/bench "$classes"
cp="target/classes:$(cat target/runtime/launcher.classpath)"
javac -nowarn -d "$classes" -cp "$cp" bench/MediaBench.java bench/Chromium.java bench/SchedulingBench.java
payara-config/janus/start.sh target/bench/janus.log > /dev/null 2>&1 &
janus_pid=$!
: > "$log"
# the readiness check open for years, so that the far-future meeting admits joins now
PORT=18096 LIENTHONG_HOME="$home" LIENTHONG_START_MINUTES=20 \
    LIENTHONG_JVM_OPTS="-Xmx1g -Dlienthong.live.readiness-minutes=8000000" \
    LIENTHONG_MEDIA_JANUS_URL=http://127.0.0.1:18088/janus LIENTHONG_MEDIA_ADMIN_URL=http://127.0.0.1:17088/admin \
    LIENTHONG_MEDIA_ADMIN_SECRET=lienthong-dev-admin-secret LIENTHONG_MEDIA_ROOM_ADMIN_KEY=lienthong-dev-room-admin-key \
    LIENTHONG_MEDIA_ROOM_SECRET=media-benchmark-room-secret \
    java -cp "$cp" vn.lienthong.launcher.Launcher --war=target/lien-thong.war --payara=target/runtime/payara-micro.jar \
    --config=payara-config >> "$log" 2>&1 &
server=$!
. bench/system.sh
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; kill $janus_pid 2>/dev/null || true' EXIT
wait_for_system "$log"
for _ in $(seq 1 600); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"username":"thuky","password":"demo123"}' \
        http://127.0.0.1:18096/api/auth/login && break
    sleep 2
done
find_system "$home"
java -cp "$classes:$cp" MediaBench http://127.0.0.1:18096 "${CHROMIUM:-/usr/bin/chromium}" "$janus_pid" "$payara_pid" \
    target/bench "$@"
