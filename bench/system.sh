# Sourced by the bench scripts after they start the launcher in the background as $server, logging to a file.

# Stops the launcher (and with it Payara Micro and the embedded MariaDB) when the script ends, however it ends.
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT

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
