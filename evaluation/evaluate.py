#!/usr/bin/env python3
"""Evaluates the running Plex Recommend system on a ratings data set, through its public HTTP APIs only.

Input: a catalog in JSON Lines (one movie per line, as scanner-service's catalog import reads it: tmdb_id, title,
overview, genres, keywords, cast, directors, popularity, vote_average, vote_count, ...) and a ratings CSV
(user_id,tmdb_id,rating,timestamp; ratings 1-10), e.g. ../shared/data/movielens-small-tmdb.

What it does, in order:
  1. starts the system with ./run.sh and its own data directory (--start), or uses one already running;
  2. imports the catalog (scanner POST /api/catalog/import) and waits until the recommender knows every title
     (and, with --wait-vectors, until most have a text vector);
  3. splits every user's ratings exactly as evalrec.py does (seeded shuffle, stable sort by time, first 80 % is
     HISTORY) and posts each user's HISTORY as ratings of profile "u<user_id>" (recommender
     POST /api/profiles/{p}/ratings), users in parallel, each user's ratings in order;
  4. waits for the recommender's background refresh of the co-rating matrix (--settle seconds);
  5. asks GET /api/profiles/{p}/recommendations?type=movie&limit=10 for every user and writes recs.jsonl,
     {"user_id": ..., "items": [tmdb_id, ...]}, for `evalrec.py --recs`;
  6. stops the system if it started it.

With --households N it measures the setting users live in instead: households of N profiles, each alone in an
otherwise empty system. Users are sampled per history bucket (--per-bucket, seeded), grouped into households, and
for each household in turn its members' histories are imported through the scanner's rating import (profile
hh-<user_id>, generic CSV), the recommender's background refresh is awaited (/api/status modelUpToDate), each
member's top 10 is asked, and the profiles are reset before the next household. Then evalrec.py scores the lists
and its baselines (crowd_lists among them when the items carry `recommendations`) on exactly the sampled users.
Start the system with a short refresh so households do not wait 30 s each:
RECOMMENDER_DUTIES_COLLABORATIVE_REFRESH=2s (--start sets it).

Python 3 standard library only. Examples:
  python3 evaluation/evaluate.py --data ../shared/data/movielens-small-tmdb --start --out target/recs.jsonl
  python3 ../shared/tools/evalrec.py --data ../shared/data/movielens-small-tmdb --recs target/recs.jsonl
  python3 evaluation/evaluate.py --data ../shared/data/movielens-small-tmdb-households --start \
      --households 4 --wait-vectors 0.95 --out target/households-4
"""
import argparse
import concurrent.futures
import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from operator import itemgetter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVALREC = os.path.join(os.path.dirname(ROOT), "shared", "tools", "evalrec.py")


def log(message):
    print(time.strftime("%H:%M:%S"), message, flush=True)


def http(method, url, body=None, content_type="application/json", timeout=60):
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        payload = response.read()
        return json.loads(payload) if payload else None


def wait_until(what, check, timeout, every=2.0, process=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"./run.sh exited (code {process.returncode}) while waiting for {what}; see its logs")
        try:
            if check():
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(every)
    raise SystemExit(f"gave up waiting for {what} after {timeout} s")


def split(catalog_ids, ratings_csv, seed):
    """HISTORY per user, as evalrec.py's Dataset builds it (same shuffle, same stable sort, same 80 %)."""
    by_user = defaultdict(list)
    with open(ratings_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tmdb = int(row["tmdb_id"])
            if tmdb in catalog_ids:
                by_user[row["user_id"]].append((int(float(row["timestamp"])), tmdb, float(row["rating"])))
    history = {}
    for uid, rows in by_user.items():
        random.Random(f"{seed}:{uid}").shuffle(rows)
        rows.sort(key=itemgetter(0))
        n_hist = max(1, int(len(rows) * 0.8))
        history[uid] = [(tmdb, rating) for _, tmdb, rating in rows[:n_hist]]
    return history


def start_system(data_dir):
    env = dict(os.environ, PLEX_RECOMMEND_DATA_DIR=data_dir)
    env.setdefault("RECOMMENDER_DUTIES_COLLABORATIVE_REFRESH", "2s")
    os.makedirs(data_dir, exist_ok=True)
    out = open(os.path.join(data_dir, "run.out"), "ab")
    log(f"starting the system with ./run.sh (data in {data_dir})")
    return subprocess.Popen([os.path.join(ROOT, "run.sh")], cwd=ROOT, env=env, stdout=out, stderr=out,
                            start_new_session=True)


def stop_system(process):
    if process.poll() is not None:
        return
    log("stopping the system")
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="directory with items.jsonl and ratings.csv")
    ap.add_argument("--catalog", help="catalog JSON Lines (default DATA/items.jsonl)")
    ap.add_argument("--ratings", help="ratings CSV (default DATA/ratings.csv)")
    ap.add_argument("--out", default="recs.jsonl")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--start", action="store_true", help="start the system with ./run.sh and stop it after")
    ap.add_argument("--data-dir", default=os.path.join(ROOT, "target", "evaluation-data"),
                    help="PLEX_RECOMMEND_DATA_DIR for --start")
    ap.add_argument("--scanner", default="http://localhost:8081")
    ap.add_argument("--recommender", default="http://localhost:8084")
    ap.add_argument("--wait-vectors", type=float, default=0.0,
                    help="wait until this share (0-1) of the catalog has a text vector before rating")
    ap.add_argument("--settle", type=float, default=45.0,
                    help="seconds to wait after the last rating for the background co-rating refresh")
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--households", type=int, default=0,
                    help="profiles per household, each household alone in the system (0: all users at once)")
    ap.add_argument("--per-bucket", type=int, default=30, help="with --households: users sampled per history bucket")
    ap.add_argument("--sample-seed", type=int, default=7, help="with --households: seed of the sample")
    ap.add_argument("--evalrec", default=EVALREC, help="path of evalrec.py (scores the households run)")
    args = ap.parse_args()
    catalog = args.catalog or os.path.join(args.data, "items.jsonl")
    ratings = args.ratings or os.path.join(args.data, "ratings.csv")

    process = start_system(os.path.abspath(args.data_dir)) if args.start else None
    try:
        # A 503 (not ready yet) raises HTTPError, a URLError, and wait_until tries again.
        wait_until("the scanner and the recommender",
                   lambda: http("GET", args.scanner + "/q/health/ready") is not None
                   and http("GET", args.recommender + "/q/health/ready") is not None, 900, every=5,
                   process=process)
        if args.households > 0:
            run_households(args, catalog, ratings)
        else:
            run(args, catalog, ratings)
    finally:
        if process is not None:
            stop_system(process)


def import_catalog(args, catalog):
    """Posts the catalog (skipped when the recommender already knows it) and waits for it; returns its TMDB ids."""
    with open(catalog, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    catalog_ids = {int(json.loads(line)["tmdb_id"]) for line in lines}
    known_before = http("GET", args.recommender + "/api/status")["itemsKnown"]
    if known_before >= len(lines):
        log(f"the recommender already knows {known_before} titles; catalog not posted again")
    else:
        started = time.time()
        for start in range(0, len(lines), 500):
            report = http("POST", args.scanner + "/api/catalog/import", "".join(lines[start:start + 500]).encode(),
                          "application/x-ndjson", timeout=300)
            if report and report.get("failed"):
                log(f"catalog lines refused: {report.get('failed')}")
        wait_until("the recommender to know the catalog",
                   lambda: http("GET", args.recommender + "/api/status")["itemsKnown"] >= len(lines) * 0.999,
                   1800, every=5)
        log(f"recommender knows the catalog after {time.time() - started:.0f} s")
    if args.wait_vectors > 0:
        wait_until("text vectors", lambda: http("GET", args.recommender + "/api/status")["itemsEmbedded"]
                   >= args.wait_vectors * len(lines), 3600, every=10)
        log(f"{args.wait_vectors:.0%} of the catalog embedded")
    return catalog_ids


def bucket_of(n):
    return "<20" if n < 20 else "20-99" if n < 100 else ">=100"


def run_households(args, catalog, ratings):
    """Each household alone in the system, through the public HTTP APIs; then evalrec scores the sampled users."""
    catalog_ids = import_catalog(args, catalog)
    history = split(catalog_ids, ratings, args.seed)
    relevant = relevant_users(catalog_ids, ratings, args.seed)
    buckets = defaultdict(list)
    for uid in sorted(history, key=int):
        if uid in relevant:
            buckets[bucket_of(len(history[uid]))].append(uid)
    rnd = random.Random(args.sample_seed)
    users = [u for b in ("<20", "20-99", ">=100") for u in rnd.sample(buckets[b], min(args.per_bucket, len(buckets[b])))]
    rnd.shuffle(users)
    households = [users[i:i + args.households] for i in range(0, len(users), args.households)]
    os.makedirs(args.out, exist_ok=True)
    run_id = time.strftime("%H%M%S")
    profile_of = {u: f"hh{run_id}-{u}" for u in users}
    started = time.time()

    def up_to_date():
        return http("GET", args.recommender + "/api/status").get("modelUpToDate", True)

    def n_ratings(profile):
        return len(http("GET", f"{args.recommender}/api/profiles/{urllib.parse.quote(profile)}/ratings") or [])

    with open(os.path.join(args.out, "recs.jsonl"), "w", encoding="utf-8") as out:
        for h, members in enumerate(households):
            for u in members:
                body = "tmdb_id,rating,timestamp\n" + "".join(f"{t},{r:g},0\n" for t, r in history[u])
                http("POST", f"{args.scanner}/api/profiles/{urllib.parse.quote(profile_of[u])}/ratings/import"
                     "?format=generic", body.encode(), "text/csv", timeout=120)
            for u in members:
                wait_until(f"the ratings of {u}", lambda: n_ratings(profile_of[u]) >= len(history[u]), 300, 0.3)
            wait_until("the model refresh", up_to_date, 600, 0.3)
            for u in members:
                recs = http("GET", f"{args.recommender}/api/profiles/{urllib.parse.quote(profile_of[u])}"
                            "/recommendations?type=movie&limit=10")
                items = [int(r["mediaId"].rsplit(":", 1)[1]) for r in recs if r["mediaId"].startswith("movie:tmdb:")]
                out.write(json.dumps({"user_id": int(u), "items": items}) + "\n")
            out.flush()
            for u in members:
                http("DELETE", f"{args.recommender}/api/profiles/{urllib.parse.quote(profile_of[u])}/ratings")
            for u in members:
                wait_until(f"the reset of {u}", lambda: n_ratings(profile_of[u]) == 0, 120, 0.3)
            wait_until("the model refresh after the reset", up_to_date, 600, 0.3)
            log(f"household {h + 1}/{len(households)} done ({time.time() - started:.0f} s)")
    score_households(args, users)


def relevant_users(catalog_ids, ratings_csv, seed):
    """Users with a relevant TEST item (rated 8 or more), as evalrec.py evaluates them."""
    by_user = defaultdict(list)
    with open(ratings_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["tmdb_id"]) in catalog_ids:
                by_user[row["user_id"]].append((int(float(row["timestamp"])), float(row["rating"])))
    relevant = set()
    for uid, rows in by_user.items():
        random.Random(f"{seed}:{uid}").shuffle(rows)
        rows.sort(key=itemgetter(0))
        n_hist = max(1, int(len(rows) * 0.8))
        if any(r >= 8 for _, r in rows[n_hist:]):
            relevant.add(uid)
    return relevant


def score_households(args, users):
    """evalrec.py on a data set of the sampled users only (same items; its split is seeded per user, so equal)."""
    subset = os.path.join(args.out, "subset")
    os.makedirs(subset, exist_ok=True)
    items = os.path.join(subset, "items.jsonl")
    if not os.path.exists(items):
        os.symlink(os.path.abspath(args.catalog or os.path.join(args.data, "items.jsonl")), items)
    keep = set(users)
    with open(args.ratings or os.path.join(args.data, "ratings.csv"), newline="", encoding="utf-8") as f, \
            open(os.path.join(subset, "ratings.csv"), "w", newline="", encoding="utf-8") as g:
        rows = csv.reader(f)
        header = next(rows)
        writer = csv.writer(g)
        writer.writerow(header)
        user = header.index("user_id")
        writer.writerows(row for row in rows if row[user] in keep)
    methods = "popularity,seed_heuristic,tfidf_pop_hybrid"
    with open(items, encoding="utf-8") as f:
        if any('"recommendations"' in line for line in f):
            methods += ",crowd_lists"
    md = os.path.join(args.out, "results.md")
    with open(md, "w", encoding="utf-8") as report:
        subprocess.run([sys.executable, args.evalrec, "--data", subset, "--recs",
                        os.path.join(args.out, "recs.jsonl"), "--alpha", "2", "--methods", methods,
                        "--out", os.path.join(args.out, "results.json")], check=True, stdout=report)
    log(f"households of {args.households}: {len(users)} users; scores in {md}")


def run(args, catalog, ratings):
    catalog_ids = import_catalog(args, catalog)
    history = split(catalog_ids, ratings, args.seed)
    total = sum(len(h) for h in history.values())
    log(f"posting {total} history ratings of {len(history)} users")

    def rate_user(uid):
        profile = urllib.parse.quote(f"u{uid}")
        http("PUT", f"{args.recommender}/api/profiles/{profile}")
        for tmdb, rating in history[uid]:
            value = max(1, min(10, int(round(rating))))
            http("POST", f"{args.recommender}/api/profiles/{profile}/ratings",
                 {"mediaId": f"movie:tmdb:{tmdb}", "rating": value})
        return len(history[uid])

    started = time.time()
    done = 0
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        for n in pool.map(rate_user, sorted(history, key=lambda u: -len(history[u]))):
            done += n
    seconds = time.time() - started
    log(f"{done} ratings posted in {seconds:.0f} s ({done / max(seconds, 1e-9):.0f} ratings/s)")
    time.sleep(args.settle)

    def recommend(uid):
        profile = urllib.parse.quote(f"u{uid}")
        recs = http("GET", f"{args.recommender}/api/profiles/{profile}/recommendations?type=movie&limit=10")
        return uid, [int(r["mediaId"].rsplit(":", 1)[1]) for r in recs if r["mediaId"].startswith("movie:tmdb:")]

    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        results = list(pool.map(recommend, sorted(history)))
    log(f"{len(results)} recommendation lists in {time.time() - started:.1f} s")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for uid, items in results:
            out.write(json.dumps({"user_id": uid, "items": items}) + "\n")
    log(f"wrote {args.out}; score it with: python3 ../shared/tools/evalrec.py --data DIR --recs {args.out}")


if __name__ == "__main__":
    sys.exit(main())
