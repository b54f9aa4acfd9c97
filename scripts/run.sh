#!/usr/bin/env bash
# Sets up everything (packages, build), loads a demo province into run/server.db on first use, with an
# administrator account for the simulator (its generated password in run/admin.password) and a district
# officer's account for the workspace (run/district.password), and runs the
# system: sohoi-server on that embedded SQLite file and, when a display is present, the app.
# It builds only the programs it starts or prints a command for, in the test command's build folder
# (build/ci): scripts/test.sh later compiles only the tests, and after it this script compiles nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh ci sohoi-server sohoi-admin sohoi-app sohoi-sim

bin=build/ci/bin
data=run
listen="${SOHOI_LISTEN:-127.0.0.1:50551}"
db="sqlite:$PWD/$data/server.db"
mkdir -p "$data"

if [[ ! -f $data/server.db ]]; then
  echo "sohoi: loading the demo province into $data/server.db"
  "$bin/sohoi-admin" --db "$db" demo
fi
# The simulator signs in like staff at a desktop; the password stays in a file only this user can read. A
# run/ from before this account existed gets it now; one whose password file was lost gets a new password.
if [[ ! -f $data/admin.password ]]; then
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$data/admin.password")
  "$bin/sohoi-admin" --db "$db" create-account --username admin --person "Quản trị mô phỏng" --unit 19 \
    --role administrator --password-file "$data/admin.password" > /dev/null 2>&1 ||
    "$bin/sohoi-admin" --db "$db" reset-password admin --password-file "$data/admin.password" > /dev/null
fi
# A district officer of TP Thái Nguyên for the workspace (the app's "Cán bộ" tab), password likewise.
if [[ ! -f $data/district.password ]]; then
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$data/district.password")
  "$bin/sohoi-admin" --db "$db" create-account --username huyen164 --person "Lương Thị Thanh" --unit 164 \
    --role district_staff --password-file "$data/district.password" > /dev/null 2>&1 ||
    "$bin/sohoi-admin" --db "$db" reset-password huyen164 --password-file "$data/district.password" > /dev/null
fi
# The first line is the whole ticket (address and code: what a QR code carries), the last the bare code.
issued=$("$bin/sohoi-admin" --db "$db" issue-code --unit 05449-1 --person "Nguyễn Thị Hạnh" --server "$listen")
ticket=$(head -n 1 <<<"$issued")
code=$(tail -n 1 <<<"$issued")

"$bin/sohoi-server" --db "$db" --listen "$listen" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' EXIT INT TERM

cat <<INFO

Sổ Hội is running.
  server      $listen   (database $db)
  enrol       code $code for Chi hội 1, phường Phan Đình Phùng (valid 7 days),
              or paste $ticket into the app's code field
  workspace   $bin/sohoi-app --server $listen --data $data/workspace
              then the "Cán bộ" (staff) tab: user huyen164, password in $data/district.password
  simulate    $bin/sohoi-sim --server $listen --admin-user admin --admin-password-file $data/admin.password --devices 20 --records 100
  devices     $bin/sohoi-admin --db $db devices
Stop with Ctrl+C.
INFO

if [[ -n "${DISPLAY:-}" && -x $bin/sohoi-app ]]; then
  "$bin/sohoi-app" --server "$listen" || true
else
  wait "$server_pid"
fi
