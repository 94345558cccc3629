# Shared by the whole-stack benchmarks (foundation.sh, load.sh): start and stop ./run.sh on a data folder, read every
# process's memory, make a catalog of any length from the evaluation catalog. Source it; it expects ROOT and DATA.

# docker compose's .env syntax: KEY=value with spaces, no quoting, so it is read line by line, not sourced.
load_env_file() {
  [[ -n ${1:-} ]] || return 0
  while IFS='=' read -r key value; do export "$key=$value"; done < <(grep -E '^[A-Z_]+=' "$1")
}

# Starts ./run.sh in the background and sets RUN_PID and ELAPSED (seconds until it reported all services healthy).
start_system() {
  local t0
  t0=$(date +%s.%N)
  : >"$DATA/run.out"
  PLEX_RECOMMEND_DATA_DIR=$DATA "$ROOT/run.sh" >"$DATA/run.out" 2>&1 &
  RUN_PID=$!
  until grep -q "all services healthy" "$DATA/run.out"; do
    kill -0 "$RUN_PID" 2>/dev/null || { cat "$DATA/run.out"; exit 1; }
    sleep 0.2
  done
  ELAPSED=$(echo "$(date +%s.%N) - $t0" | bc)
}

stop_system() {
  kill -TERM "$RUN_PID"; wait "$RUN_PID" || true
}

status() { curl -s localhost:8084/api/status; }

# One field of the recommender's status as a number (0 when it does not answer).
status_field() { status | grep -oE "\"$1\":[0-9]+" | cut -d: -f2 || echo 0; }

# One line per process: name, RSS, anon, file-backed (MB). RssAnon is the process's own memory; RssFile counts
# pages of files it maps (TDB2 maps its indexes), which the kernel can drop under pressure.
rss_lines() {
  # Only run.sh's children: other stacks on the machine (system tests) run the same jars.
  for pid in $(pgrep -P "$RUN_PID" -f "quarkus-run.jar|KafkaBrokerMain"); do
    local name
    name=$(tr '\0' ' ' </proc/"$pid"/cmdline | grep -oE '[a-z]+-service|KafkaBrokerMain' | head -1)
    awk -v n="$name" '/VmRSS/ {r=$2} /RssAnon/ {a=$2} /RssFile/ {f=$2}
      END {printf "%s %d %d %d\n", n, r/1024, a/1024, f/1024}' /proc/"$pid"/status 2>/dev/null
  done | sort
}

print_rss() {
  awk '{printf "  %-22s total %5d  anon %5d  file-backed %5d\n", $1, $2, $3, $4; t+=$2; a+=$3}
       END {printf "  %-22s total %5d  anon %5d\n", "ALL", t, a}'
}

# Samples rss_lines into $1 every 2 s, each sample prefixed with its time, until stop_sampling; sets SAMPLER.
start_sampling() {
  : >"$1"
  ( while true; do rss_lines | sed "s/^/$(date +%s) /" >>"$1"; sleep 2; done ) &
  SAMPLER=$!
}

stop_sampling() { kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; }

# Per-process peaks of a sample file, and the highest sum over all processes at one moment (the figure a memory
# limit for the whole stack has to hold), in MB.
print_peaks() {
  awk '{if ($3>r[$2]) r[$2]=$3; if ($4>a[$2]) a[$2]=$4; if ($5>f[$2]) f[$2]=$5}
       END {for (n in r) print n, r[n], a[n], f[n]}' "$1" | sort | print_rss
  awk '{rss[$1]+=$3; anon[$1]+=$4} END {for (t in rss) {if (rss[t]>mr) mr=rss[t]; if (anon[t]>ma) ma=anon[t]}
       printf "  highest sum at one moment: total %d  anon %d\n", mr, ma}' "$1"
}

# Writes $2 items to $1: the catalog, then the catalog again with new ids and numbered titles ("Heat (copy 1)"), so a
# 20,000-item library can be measured with the 6,198-title evaluation catalog.
make_catalog() {
  local out=$1 items=$2 copies=0
  : >"$out"
  while (( $(wc -l <"$out") < items )); do
    if (( copies == 0 )); then cat "$CATALOG"; else
      # Titles holding an escaped quote keep their title; their id is new all the same.
      sed -E 's/"tmdb_id": ([0-9]+)/"tmdb_id": '"$copies"'00000\1/; s/"title": "([^"\\]*)"/"title": "\1 (copy '"$copies"')"/' "$CATALOG"
    fi >>"$out"
    copies=$((copies + 1))
  done
  head -n "$items" "$out" >"$out.head" && mv "$out.head" "$out"
}
