#!/usr/bin/env bash
# Starts Janus in the foreground with the project's configuration (this folder), for development:
#   payara-config/janus/start.sh            log on the console
#   payara-config/janus/start.sh LOGFILE    log into LOGFILE as well
# No daemon, no setuid: stop it with Ctrl+C or by its process id.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v janus >/dev/null 2>&1 || { echo "janus is not installed: apt-get install -y janus" >&2; exit 1; }
args=(-C "$here/janus.jcfg" -F "$here")
if [ $# -ge 1 ]; then
    args+=(-L "$1")
fi
exec janus "${args[@]}"
