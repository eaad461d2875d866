#!/usr/bin/env bash
# Start-up time and memory: Liên Thông against a bare Payara Micro of the same version (see StartupBench.java).
# Usage: bench/startup.sh [rounds]   (uses port 18080; results on standard output)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mkdir -p target/bench
jar cf target/bench/bare.war -C bench/bare .
java bench/StartupBench.java . "${1:-3}"
