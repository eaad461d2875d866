#!/usr/bin/env bash
# Video through Janus on this machine: the host's point publishes a fake 640x360 camera and microphone from a headless
# Chromium; N communes' join pages, four to a headless Chromium (a tab each), join the video and receive it. For each
# N: join time from the click on "Vào phòng hình ảnh" to the first decoded frame, frames decoded per second per
# subscriber, and the CPU of Janus and of Payara Micro (see MediaBench.java). Starts Janus with the project's
# configuration (payara-config/janus, ports 18088/17088, RTP 20000-20999) and its own instance on port 18096 with a
# fresh embedded database under target/bench, and stops them at the end.
# Usage: bench/media.sh [N...]   (default 10 25 50; it stops early once the frame rate has dropped)
# With BRIDGES=2 two more Janus (ports 18089/17089 and 18090/17090) act as relay bridges, the first serving the
# districts 941-945 and their communes, the second 946-951: the communes watch there (the cascade).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- 10 25 50; fi
command -v janus >/dev/null || { echo "janus is not installed: apt-get install -y janus"; exit 1; }
bridges=${BRIDGES:-0}
for busy in 18088 17088 18096 $( [ "$bridges" -ge 1 ] && echo 18089 17089 ) $( [ "$bridges" -ge 2 ] && echo 18090 17090 ); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$busy") 2>/dev/null; then echo "port $busy is taken: stop what listens there"; exit 1; fi
done
. bench/system.sh
bench_build media bench/MediaBench.java bench/Chromium.java bench/SchedulingBench.java
payara-config/janus/start.sh target/bench/janus.log > /dev/null 2>&1 &
janus_pids=$!
trap 'kill ${server:-} 2>/dev/null; wait ${server:-} 2>/dev/null || true; kill ${janus_pids//,/ } 2>/dev/null || true' EXIT
media_env=()
bridge_units=("941,942,943,944,945" "946,947,948,949,950,951")
names=""
for b in $(seq 1 "$bridges"); do
    # the project's configuration on the bridge's own ports and RTP range
    conf=target/bench/janus-bridge$b
    rm -rf "$conf"
    cp -r payara-config/janus "$conf"
    sed -i -e "s/port = 18088/port = $((18088 + b))/" -e "s/admin_port = 17088/admin_port = $((17088 + b))/" \
        "$conf/janus.transport.http.jcfg"
    sed -i "s/rtp_port_range = \"20000-20999\"/rtp_port_range = \"$((20000 + 1000 * b))-$((20999 + 1000 * b))\"/" \
        "$conf/janus.jcfg"
    "$conf/start.sh" "target/bench/janus-bridge$b.log" > /dev/null 2>&1 &
    janus_pids="$janus_pids,$!"
    upper="BRIDGE_RELAY$b"
    names="${names:+$names,}relay$b"
    media_env+=("LIENTHONG_MEDIA_${upper}_JANUS_URL=http://127.0.0.1:$((18088 + b))/janus"
        "LIENTHONG_MEDIA_${upper}_ADMIN_URL=http://127.0.0.1:$((17088 + b))/admin"
        "LIENTHONG_MEDIA_${upper}_ADMIN_SECRET=lienthong-dev-admin-secret"
        "LIENTHONG_MEDIA_${upper}_ROOM_ADMIN_KEY=lienthong-dev-room-admin-key"
        "LIENTHONG_MEDIA_${upper}_UNITS=${bridge_units[$((b - 1))]}")
done
[ -n "$names" ] && media_env+=("LIENTHONG_MEDIA_BRIDGES=$names")
start_system 18096 "${media_env[@]}" \
    LIENTHONG_MEDIA_JANUS_URL=http://127.0.0.1:18088/janus LIENTHONG_MEDIA_ADMIN_URL=http://127.0.0.1:17088/admin \
    LIENTHONG_MEDIA_ADMIN_SECRET=lienthong-dev-admin-secret LIENTHONG_MEDIA_ROOM_ADMIN_KEY=lienthong-dev-room-admin-key \
    LIENTHONG_MEDIA_ROOM_SECRET=media-benchmark-room-secret
java -cp "$classes:$cp" MediaBench http://127.0.0.1:18096 "${CHROMIUM:-/usr/bin/chromium}" "$janus_pids" "$payara_pid" \
    target/bench "$@"
