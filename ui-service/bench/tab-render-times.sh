#!/usr/bin/env bash
# Server time per UI route (p50/p99) and the bytes of a first page load, measured with curl against a running
# ui-service (and whatever stands behind it). Usage: ui-service/bench/tab-render-times.sh [base-url] [requests]
# Run it with the real system and 20,000 items for the docs/benchmarks.md row; the numbers include the
# recommender's fragment rendering, which is most of the time.
set -euo pipefail
base="${1:-http://localhost:8080}"
requests="${2:-200}"
profile="${PROFILE:-bench}"

percentiles() {  # reads seconds, one per line; prints p50 and p99 in ms
  sort -n | awk '{ v[NR] = $1 } END { p50 = v[int((NR - 1) * 0.50) + 1]; p99 = v[int((NR - 1) * 0.99) + 1];
    printf "p50 %.1f ms  p99 %.1f ms  (n=%d)\n", p50 * 1000, p99 * 1000, NR }'
}

for route in "/" "/tabs/movie" "/tabs/show" "/tabs/movie/list" "/tabs/movie/history" "/config"; do
  curl -s -o /dev/null --cookie "profile=$profile" "$base$route"   # warm-up
  printf '%-22s ' "$route"
  for _ in $(seq "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' --cookie "profile=$profile" "$base$route"
  done | percentiles
done

echo "first page load, bytes on the wire (gzip accepted as browsers do):"
total=0
for asset in "/" "/static/app.css" "/webjars/htmx.org/dist/htmx.min.js" "/webjars/htmx-ext-sse/sse.js" "/static/app.js" "/tabs/movie"; do
  bytes=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip, br' --cookie "profile=$profile" -w '%{size_download}' "$base$asset")
  printf '  %-36s %7d B\n' "$asset" "$bytes"
  total=$((total + bytes))
done
printf '  %-36s %7d B\n' "total (without the poster images)" "$total"
