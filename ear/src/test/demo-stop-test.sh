#!/usr/bin/env bash
# Proves that every way of stopping the demo ends WildFly and MariaDB and keeps the demo data.
#
# Starts `./mvnw -Pdemo verify`, writes a row, stops the demo (INT: Ctrl-C, i.e. SIGINT to the whole
# process group; TERM and HUP: to the Maven process only), checks that no process of the demo is
# left and ports 8080, 9990 and 3307 are free, starts it again and reads the row; one round per
# signal, then a last stop. Run on demand from anywhere (takes minutes: one build and start per round):
#
#   ear/src/test/demo-stop-test.sh              # INT, TERM, HUP
#   ear/src/test/demo-stop-test.sh TERM         # only some
#   MVNW_ARGS=-o ear/src/test/demo-stop-test.sh # offline
#
# It writes to the demo database in .demo/ (a table demo_stop_probe, dropped at the end).
set -euo pipefail
set -m # each background job its own process group, with SIGINT not ignored: Ctrl-C as a terminal sends it

cd "$(dirname "$0")/../../.."
root=$PWD
out=ear/target/demo-stop-test
mkdir -p "$out"
signals=("$@")
[ ${#signals[@]} -gt 0 ] || signals=(INT TERM HUP)
ports=(8080 9990 3307)

fail() { echo "FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc | xargs printf '%.1f'; }

# a JDBC client for the probe row, from the build's own driver
client_version=$(sed -n 's:.*<mariadb-client.version>\(.*\)</mariadb-client.version>.*:\1:p' pom.xml)
client_jar=$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/$client_version/mariadb-java-client-$client_version.jar
[ -f "$client_jar" ] || fail "no $client_jar (build once first)"
cat > "$out/Probe.java" <<'EOF'
import java.sql.*;
public class Probe {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:3307/planungsportal", "planungsportal", "embedded");
        Statement s = c.createStatement()) {
      switch (a[0]) {
        case "write" -> {
          s.execute("CREATE TABLE IF NOT EXISTS demo_stop_probe (marker VARCHAR(64) NOT NULL)");
          s.execute("INSERT INTO demo_stop_probe VALUES ('" + a[1] + "')");
        }
        case "read" -> {
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM demo_stop_probe WHERE marker = '" + a[1] + "'");
          r.next();
          System.exit(r.getInt(1) == 1 ? 0 : 3);
        }
        case "drop" -> s.execute("DROP TABLE IF EXISTS demo_stop_probe");
        default -> throw new IllegalArgumentException(a[0]);
      }
    }
  }
}
EOF
probe() { java -cp "$client_jar" "$out/Probe.java" "$@"; }

listening() { ss -ltnH "( sport = :$1 )" | grep -q .; }

start_demo() {
  for port in "${ports[@]}"; do
    listening "$port" && fail "port $port is in use before the start"
  done
  local log=$out/demo-$1.log
  local t0
  t0=$(now)
  # shellcheck disable=SC2086
  ./mvnw ${MVNW_ARGS:-} -Pdemo verify >"$log" 2>&1 </dev/null &
  pid=$! # Maven's JVM (mvnw and mvn exec it), leader of its own process group
  until [ "$(curl -sL -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/ || true)" = 200 ]; do
    alive "$pid" || fail "the demo ended while starting, see $log"
    [ "$(since "$t0" | cut -d. -f1)" -lt 900 ] || fail "no HTTP 200 on :8080 after 900 s, see $log"
    sleep 1
  done
  echo "start $1: first HTTP 200 on :8080 after $(since "$t0") s (build included)"
}

alive() { [ -n "$(ps -o stat= -p "$1" | grep -v Z || true)" ]; }

stop_demo() {
  local signal=$1 t0 status
  t0=$(now)
  case $signal in
    INT) kill -INT -- "-$pid" ;; # the whole process group, as Ctrl-C in a terminal
    TERM | HUP) kill "-$signal" "$pid" ;;
    *) fail "unknown signal $signal" ;;
  esac
  while alive "$pid"; do
    [ "$(since "$t0" | cut -d. -f1)" -lt 180 ] || fail "Maven still running 180 s after SIG$signal"
    sleep 0.2
  done
  status=0
  wait "$pid" || status=$?
  echo "stop by SIG$signal: Maven ended after $(since "$t0") s with exit code $status"
  sleep 1 # nothing may linger: a process of the demo would still be in its process group
  leftover=$(pgrep -g "$pid" -a || true)
  leftover+=$(pgrep -af "$root/ear/target/server/standalone-demo|$root/.demo/mariadb" || true)
  [ -z "$leftover" ] || fail "left running after SIG$signal: $leftover"
  for port in "${ports[@]}"; do
    listening "$port" && fail "port $port still open after SIG$signal: $(ss -ltnpH "( sport = :$port )")"
  done
  [ -n "$(ls -A "$root/.demo/mariadb/data" 2>/dev/null)" ] || fail ".demo/mariadb/data is empty after SIG$signal"
  echo "  no process left, ports ${ports[*]} free, .demo/mariadb/data kept ($(du -sh "$root/.demo/mariadb/data" | cut -f1))"
}

marker=
round=0
for signal in "${signals[@]}"; do
  round=$((round + 1))
  start_demo "$round"
  if [ -n "$marker" ]; then
    probe read "$marker" || fail "the row written before the last stop is gone"
    echo "  row $marker found again"
  fi
  marker=probe-$signal-$(date +%s)
  probe write "$marker"
  echo "  row $marker written"
  stop_demo "$signal"
done
start_demo last
probe read "$marker" || fail "the row written before the last stop is gone"
echo "  row $marker found again"
probe drop
stop_demo TERM
echo "PASS: ${signals[*]}"
