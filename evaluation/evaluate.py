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

Python 3 standard library only. Example:
  python3 evaluation/evaluate.py --data ../shared/data/movielens-small-tmdb --start --out target/recs.jsonl
  python3 ../shared/tools/evalrec.py --data ../shared/data/movielens-small-tmdb --recs target/recs.jsonl
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
        run(args, catalog, ratings)
    finally:
        if process is not None:
            stop_system(process)


def run(args, catalog, ratings):
    with open(catalog, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    catalog_ids = {int(json.loads(line)["tmdb_id"]) for line in lines}
    known_before = http("GET", args.recommender + "/api/status")["itemsKnown"]
    started = time.time()
    for start in range(0, len(lines), 500):
        report = http("POST", args.scanner + "/api/catalog/import", "".join(lines[start:start + 500]).encode(),
                      "application/x-ndjson", timeout=300)
        if report and report.get("failed"):
            log(f"catalog lines refused: {report.get('failed')}")
    log(f"catalog of {len(lines)} titles posted in {time.time() - started:.0f} s")
    wait_until("the recommender to know the catalog",
               lambda: http("GET", args.recommender + "/api/status")["itemsKnown"] >= min(
                   len(lines), known_before + len(lines)) * 0.999, 1800, every=5)
    log(f"recommender knows the catalog after {time.time() - started:.0f} s")
    if args.wait_vectors > 0:
        wait_until("text vectors", lambda: http("GET", args.recommender + "/api/status")["itemsEmbedded"]
                   >= args.wait_vectors * len(lines), 3600, every=10)
        log(f"{args.wait_vectors:.0%} of the catalog embedded after {time.time() - started:.0f} s")

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
