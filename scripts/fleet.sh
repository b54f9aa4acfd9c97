#!/usr/bin/env bash
# The fleet benchmark on both databases, side by side: a province's tablets (2,400 by default) all making
# their first sync and then their daily one at once, against sohoi-server on the realistic demo province.
# It builds only the programs it runs (in the test command's build folder), loads the demo into an embedded
# SQLite file and into a PostgreSQL cluster of its own (initdb in a temporary folder, loopback only, run as
# nobody when this runs as root), and measures three placements on a machine of two or more cores, then
# ingest:
#   sqlite          the server on core 0 with its embedded database, the simulator on core 1;
#   pg-server-core  PostgreSQL's processes on the server's core: the server side as a whole on one core;
#   pg-own-core     PostgreSQL on the simulator's core (at real-time priority when run as root, so that it
#                   answers at once): the server alone on its core, as beside a database on cores of its own;
#   pg-ingest       ingest with group commit: 4 tablets pushing 5,000 records each at once, nothing pinned
#                   (its records_s is end to end, tablet store to database).
# It prints the machine's state, every phase line of sohoi-sim --fleet (README, "The fleet benchmark"), and a
# table of the figures the targets name. Everything it starts is stopped by its pid; the temporary folder
# is removed at the end.
#   scripts/fleet.sh [--devices N] [--records N] [--runs N] [--only PLACEMENT]...
set -euo pipefail
cd "$(dirname "$0")/.."

devices=2400
records=20
runs=1
only=()
while (($#)); do
  case "$1" in
    --devices) devices="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    *) echo "fleet.sh: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
placements=(sqlite pg-server-core pg-own-core pg-ingest)
((${#only[@]})) && placements=("${only[@]}")
for placement in "${placements[@]}"; do
  [[ $placement =~ ^(sqlite|pg-server-core|pg-own-core|pg-ingest)$ ]] || { echo "fleet.sh: unknown placement $placement" >&2; exit 2; }
done

bash scripts/setup.sh ci sohoi-server sohoi-admin sohoi-sim
bin=$PWD/build/ci/bin

cores=$(nproc)
pin_server=() pin_sim=()
if ((cores >= 2)); then
  pin_server=(taskset -c 0) pin_sim=(taskset -c 1)
else
  echo "fleet.sh: one core only: the server and the simulator share it, and the figures are both of theirs" >&2
fi

work=$(mktemp -d /tmp/sohoi-fleet.XXXXXX)
chmod 755 "$work"
# The simulated tablets' stores, in memory where the machine has it: on disk their writes slow the simulator,
# which then lets its tablets go more slowly than the server could serve them.
shm=$work
[[ -d /dev/shm && -w /dev/shm ]] && shm=$(mktemp -d /dev/shm/sohoi-fleet.XXXXXX)
stores=$shm/stores
server_pid=
pg_data=
pg_bin=
as_postgres=()
cleanup() {
  if [[ -n $server_pid ]]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ -n $pg_data && -f $pg_data/postmaster.pid ]]; then
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null 2>&1 || true
  fi
  rm -rf "$work" "$shm"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

password_file=$work/admin.password
(umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$password_file")

# Loads the realistic demo and the simulator's administrator account into the database at spec.
load_demo() {
  local spec=$1
  echo "loading the realistic demo province into $spec"
  "$bin/sohoi-admin" --db "$spec" demo > "$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; return 1; }
  "$bin/sohoi-admin" --db "$spec" create-account --username admin --person "Quản trị mô phỏng" --unit 19 \
    --role administrator --password-file "$password_file" > /dev/null
}

# Runs the server on spec and the simulator against it with the load given after out; the phase lines go to
# out. The placement's pins (server_at, sim_at) come first.
run_fleet() {
  local spec=$1 port=$2 out=$3
  local load=("${@:4}")
  "${server_at[@]}" "$bin/sohoi-server" --db "$spec" --listen "127.0.0.1:$port" > "$out.server" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do
    grep -q "listening" "$out.server" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$out.server" >&2; return 1; }
    sleep 0.1
  done
  grep -q "listening" "$out.server" || { echo "fleet.sh: the server did not listen within 30 s" >&2; return 1; }
  "${sim_at[@]}" "$bin/sohoi-sim" --server "127.0.0.1:$port" --admin-user admin --admin-password-file "$password_file" \
    "${load[@]}" --fleet --server-pid "$server_pid" --keep "$stores" > "$out" 2>&1 || echo "sohoi-sim exit $?" >> "$out"
  rm -rf "$stores"
  kill -TERM "$server_pid" 2> /dev/null || true
  wait "$server_pid" || true
  server_pid=
}

# A loopback port nothing answers on.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return; }
  done
}

# PostgreSQL's processes on the given CPU list, at real-time priority or the ordinary one.
place_postgres() {
  local cpus=$1 realtime=$2 pid
  local postmaster
  postmaster=$(head -n 1 "$pg_data/postmaster.pid")
  # The postmaster first: the backends it starts from now on inherit its place. Of those running now, one
  # may end before it is moved (an autovacuum worker, say), which is no failure.
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    {
      if ((cores >= 2)); then taskset -a -p -c "$cpus" "$pid" > /dev/null; fi
      if [[ $realtime == yes ]]; then chrt -r -p 1 "$pid"; else chrt -o -p 0 "$pid"; fi
    } 2> /dev/null || [[ $pid != "$postmaster" ]] || { echo "fleet.sh: cannot place PostgreSQL" >&2; return 1; }
  done
}

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_data=$work/pg
  mkdir "$pg_data"
  if (($(id -u) == 0)); then
    chown nobody "$pg_data"
    as_postgres=(runuser -u nobody --)
  fi
  pg_port=$(free_port)
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_data" -U sohoi -A trust --no-sync > "$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; return 1; }
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-h 127.0.0.1 -p $pg_port -k $pg_data" start > /dev/null
  "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U sohoi demo
  load_demo "postgresql://sohoi@127.0.0.1:$pg_port/demo"
  # Settled as a database in service is: every run's copy of a freshly loaded one would otherwise be
  # vacuumed by autovacuum, and each of its rows' visibility first settled by a read, during the burst.
  "$pg_bin/vacuumdb" -h 127.0.0.1 -p "$pg_port" -U sohoi --freeze --analyze --quiet demo
}

echo "== machine"
echo "cores $cores: $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "memory available $(awk '/MemAvailable/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "kernel $(uname -r); $devices devices × $records records, $runs run(s) per placement; build $bin (Release)"

# The burst: every tablet at once, each with a core of its own as far as the simulator can give it one.
burst=(--devices "$devices" --records "$records" --cpu-turns --connection-per-device)

results=()
for placement in "${placements[@]}"; do
  if [[ $placement == sqlite && ! -f $work/demo.db ]]; then
    load_demo "sqlite:$work/demo.db"
  elif [[ $placement == pg-* && -z $pg_data ]]; then
    start_postgres
  fi
  for run in $(seq "$runs"); do
    out=$work/$placement.$run
    port=$(free_port)
    echo "== $placement, run $run"
    server_at=("${pin_server[@]}") sim_at=("${pin_sim[@]}")
    if [[ $placement == sqlite ]]; then
      cp "$work/demo.db" "$work/run.db"
      run_fleet "sqlite:$work/run.db" "$port" "$out" "${burst[@]}"
      rm -f "$work/run.db" "$work/run.db-wal" "$work/run.db-shm"
    else
      "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U sohoi -T demo run
      load=("${burst[@]}")
      if [[ $placement == pg-server-core ]]; then
        place_postgres 0 no
      elif [[ $placement == pg-ingest ]]; then
        place_postgres "0-$((cores - 1))" no
        server_at=() sim_at=() load=(--devices 4 --records 5000)
      else
        if (($(id -u) == 0)); then
          place_postgres 1 yes
        else
          echo "fleet.sh: not root, so PostgreSQL cannot take real-time priority: the server's statements wait" \
            "behind the simulator's threads, and its figures are higher than beside a database of its own" >&2
          place_postgres 1 no
        fi
      fi
      run_fleet "postgresql://sohoi@127.0.0.1:$pg_port/run" "$port" "$out" "${load[@]}"
      "$pg_bin/dropdb" -h 127.0.0.1 -p "$pg_port" -U sohoi run
    fi
    cat "$out"
    results+=("$placement $run $out")
  done
done

# The figures the targets name, per run: each tablet's own CPU plus the server's time for its calls at the
# 99th percentile (first and daily sync), the server's peak memory, the daily sync's records a second, the
# server's CPU a daily sync, and the end check.
echo "== summary (p99 per tablet: cpu_and_server_p99_ms; targets: first < 5000 ms, daily < 1000 ms, peak < 300 MB;"
echo "   PostgreSQL ingest with group commit ≥ 10,000 records/s: pg-ingest's records_s)"
printf '%-15s %3s %14s %14s %8s %10s %13s %6s\n' placement run first_p99_ms daily_p99_ms peak_mb records_s daily_cpu_ms exact
for result in "${results[@]}"; do
  read -r placement run out <<< "$result"
  awk -v placement="$placement" -v run="$run" '
    function field(name,   i) { for (i = 1; i < NF; i++) if ($i == name) return $(i + 1); return "-" }
    $1 == "first_sync" { first = field("cpu_and_server_p99_ms"); peak = field("server_peak_mb") }
    $1 == "daily_sync" {
      daily = field("cpu_and_server_p99_ms"); rate = field("records_per_s"); cpu = field("server_cpu_ms_per_sync")
      if (field("server_peak_mb") + 0 > peak + 0) peak = field("server_peak_mb")
    }
    $1 == "check" { exact = $NF }
    END { printf "%-15s %3s %14s %14s %8s %10s %13s %6s\n", placement, run, first, daily, peak, rate, cpu, exact }
  ' "$out"
  grep -q "server_holds_exactly yes" "$out" || inexact=1
done
if [[ -n ${inexact:-} ]]; then
  echo "fleet.sh: a run failed or its server did not hold exactly the records made (its lines above)" >&2
  exit 1
fi
