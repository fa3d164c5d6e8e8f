#!/bin/bash
# Requests a second and each Granian worker's CPU while wrk loads one page (session 21, lead):
# shows whether wrk's keep-alive connections were shared by both worker processes or all landed
# on one (then the page is served at one core's rate, whatever else the server is doing).
#
#   bench/worker_split.sh PORT PATH SESSIONID CONNECTIONS [RUNS]
#
# against a running `openline serve --port PORT` (two workers); SESSIONID signs wrk in.
set -eu
port=$1 path=$2 session=$3 connections=$4 runs=${5:-6}
mapfile -t workers < <(pgrep -f "granian.*--port $port " | tail -n +2)
[ "${#workers[@]}" -ge 2 ] || { echo "no two Granian workers on port $port" >&2; exit 1; }
ticks() { for p in "${workers[@]}"; do awk '{print $14 + $15}' "/proc/$p/stat"; done; }
for _ in $(seq "$runs"); do
  before=($(ticks))
  rate=$(wrk -t1 -c"$connections" -d6s -H "Cookie: sessionid=$session" "http://127.0.0.1:$port$path" | awk '/Requests\/sec/ {print $2}')
  after=($(ticks))
  split=""
  for i in "${!workers[@]}"; do split+="$(( (after[i] - before[i]) / 6 ))% "; done
  echo "-c$connections $rate req/s; workers' CPU (% of a core): $split"
done
