# Sourced by the bench scripts, either after they start the launcher in the background as $server, logging to a
# file, or before they call bench_build and start_system, which do it for them.

# Stops the launcher (and with it Payara Micro and the embedded MariaDB) when the script ends, however it ends.
trap 'kill ${server:-} 2>/dev/null; wait ${server:-} 2>/dev/null || true' EXIT

# bench_build NAME SOURCE...: packages the application and compiles the benchmark's SOURCEs; sets home (a fresh
# launcher home), log, classes and cp (the launcher's classpath) under target/bench/NAME-*.
bench_build() {
    local name=$1
    shift
    mvn -q -B -o package -DskipTests
    home=target/bench/$name-home
    log=target/bench/$name-server.log
    classes=target/bench/$name-classes
    rm -rf "$home" "$classes"
    mkdir -p target/bench "$classes"
    cp="target/classes:$(cat target/runtime/launcher.classpath)"
    javac -nowarn -d "$classes" -cp "$cp" "$@"
}

# start_system HTTP_PORT [VAR=value...]: starts the launcher on HTTP_PORT with the home of bench_build and the
# settings VAR=value, the readiness check open for years (so that a meeting booked weeks ahead takes joins and
# reports now); returns once a sign-in works, with find_system's variables set.
start_system() {
    local http_port=$1
    shift
    : > "$log"
    env "$@" PORT="$http_port" LIENTHONG_HOME="$home" LIENTHONG_START_MINUTES=20 \
        LIENTHONG_JVM_OPTS="-Xmx1g -Dlienthong.live.readiness-minutes=8000000" \
        java -cp "$cp" vn.lienthong.launcher.Launcher --war=target/lien-thong.war \
        --payara=target/runtime/payara-micro.jar --config=payara-config >> "$log" 2>&1 &
    server=$!
    wait_for_system "$log"
    # on a busy machine Payara may answer before the embedded database is installed: wait until a sign-in works
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"username":"thuky","password":"demo123"}' \
            "http://127.0.0.1:$http_port/api/auth/login" && break
        sleep 2
    done
    find_system "$home"
}

# wait_for_system LOG: returns once the launcher reports the system ready; ends the script if the launcher died.
wait_for_system() {
    for _ in $(seq 1 300); do
        grep -q "sẵn sàng sau" "$1" && return 0
        kill -0 "$server" 2>/dev/null || { echo "server did not start, see $1"; exit 1; }
        sleep 1
    done
    echo "server not ready after 300 s, see $1"; exit 1
}

# find_system HOME: sets db_pid and port (the embedded MariaDB of the launcher home HOME, which listens on a free
# port the launcher chose and names it on its command line) and payara_pid.
find_system() {
    local home_dir
    home_dir=$(cd "$1" && pwd)
    # the bracket keeps this grep from finding its own command line
    db_pid=$(grep -la -- "--datadir=$home_dir/mariadb/dat[a]" /proc/[0-9]*/cmdline 2>/dev/null | head -1 | cut -d/ -f3)
    port=$(tr '\0' '\n' < "/proc/$db_pid/cmdline" | sed -n 's/^--port=//p')
    payara_pid=$(pgrep -P "$server" java | head -1)
    echo "embedded MariaDB: pid $db_pid, port $port; Payara Micro: pid $payara_pid; $(nproc) cores, $(uptime)"
}
