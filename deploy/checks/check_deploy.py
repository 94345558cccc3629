#!/usr/bin/env python3
"""Checks docker-compose.yml, the rendered Kubernetes manifests and the Dockerfiles against the services' own
configuration (application.properties, README configuration tables, TopicSetup/Topics). Called by deploy/check.sh.

usage: check_deploy.py <repo> <compose-config.yaml> <bundled.yaml> <external.yaml>
Prints one line per check; exits 1 if any failed."""
import pathlib
import re
import sys

import yaml

REPO = pathlib.Path(sys.argv[1])
SERVICES = ["scanner-service", "embedding-service", "graph-service", "recommender-service", "ui-service"]
# Where each service writes under its data directory (README "Data" sections, application.properties); None = no
# state. The data directory must be a mounted volume for every service with state.
STATE_DIR = {"scanner-service": "scanner", "embedding-service": "embedding", "graph-service": "graph",
             "recommender-service": "recommender", "ui-service": None}
HEALTH_PATHS = {"/q/health/live", "/q/health/ready", "/q/health/started"}
GENERIC_ENV = {"JAVA_OPTS", "JAVA_TOOL_OPTIONS"}
SECRET_WORDS = re.compile(r"TOKEN|PASSWORD|SECRET|APIKEY|API_KEY", re.I)

failures = []
passed = 0


def check(ok, what):
    global passed
    if ok:
        passed += 1
        print(f"  ok    {what}")
    else:
        failures.append(what)
        print(f"  FAIL  {what}")


def env_name(prop):
    """Quarkus/SmallRye mapping of a property name to its environment variable."""
    return re.sub(r"[^A-Za-z0-9]", "_", prop).upper()


def service_config(name):
    props = {}
    for line in (REPO / name / "src/main/resources/application.properties").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            if not key.startswith("%"):
                props[key.strip()] = value.strip()
    readme = (REPO / name / "README.md").read_text()
    # Env names from the README's configuration table (| key | ENV | default | meaning |).
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]{2,})`", readme))
    allowed = {env_name(k) for k in props} | documented | GENERIC_ENV
    return {"props": props, "port": int(props["quarkus.http.port"]), "allowed": allowed}


CONF = {s: service_config(s) for s in SERVICES}


def load_all(path):
    return [d for d in yaml.safe_load_all(pathlib.Path(path).read_text()) if d]


# ------------------------------------------------------------------------------------------------ compose
def check_compose(path):
    print("docker-compose.yml (as rendered by `docker-compose config`):")
    services = yaml.safe_load(pathlib.Path(path).read_text())["services"]
    for name in SERVICES:
        svc, conf = services.get(name), CONF[name]
        check(svc is not None, f"{name}: defined")
        if svc is None:
            continue
        env = svc.get("environment") or {}
        unknown = sorted(set(env) - conf["allowed"])
        check(not unknown, f"{name}: every environment variable is a setting of the service {unknown or ''}")
        check(str(env.get("QUARKUS_HTTP_PORT")) == str(conf["port"]),
              f"{name}: QUARKUS_HTTP_PORT = {conf['port']} (application.properties)")
        targets = [str(p.get("target") if isinstance(p, dict) else str(p).split(":")[-1]) for p in svc.get("ports") or []]
        check(str(conf["port"]) in [str(p) for p in svc.get("expose", [])] + targets, f"{name}: exposes {conf['port']}")
        build = svc.get("build") or {}
        context = pathlib.Path(build.get("context", "")) if isinstance(build, dict) else pathlib.Path(build)
        check(context.name == name and (context / "Dockerfile").is_file(),
              f"{name}: built from {name}/Dockerfile")
        check(str(svc.get("image", "")).split("/")[-1].split(":")[0] == name, f"{name}: image named after the module")
        test = " ".join(svc.get("healthcheck", {}).get("test", []))
        check("/q/health/ready" in test and "QUARKUS_HTTP_PORT" in test, f"{name}: health check on /q/health/ready")
        check(svc.get("restart") == "unless-stopped", f"{name}: restart policy")
        check(bool(svc.get("mem_limit")), f"{name}: memory limit {svc.get('mem_limit')}")
        check("-Xmx" in str(env.get("JAVA_OPTS", "")), f"{name}: heap set through JAVA_OPTS")
        published = svc.get("ports") or []
        if name == "ui-service":
            targets = [str(p.get("target") if isinstance(p, dict) else str(p).split(":")[-1]) for p in published]
            check(targets == [str(conf["port"])], f"{name}: publishes only its port {conf['port']}")
        else:
            check(not published, f"{name}: publishes no port")
        mounts = {str(v).split(":")[1] if isinstance(v, str) else v.get("target") for v in svc.get("volumes", [])}
        if STATE_DIR[name]:
            check(env.get("PLEX_RECOMMEND_DATA_DIR") == "/data" and "/data" in mounts,
                  f"{name}: <data-dir>/{STATE_DIR[name]}/ is on a volume (PLEX_RECOMMEND_DATA_DIR=/data mounted)")
        for key, value in env.items():
            if SECRET_WORDS.search(key):
                check(value in ("", None), f"{name}: {key} has no value in the compose file (comes from .env)")
        if "KAFKA_BOOTSTRAP_SERVERS" in env:
            check(env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092", f"{name}: Kafka at kafka:9092")
        elif name != "ui-service":
            check(False, f"{name}: KAFKA_BOOTSTRAP_SERVERS set")
        deps = svc.get("depends_on") or {}
        check(deps.get("topic-init", {}).get("condition") == "service_completed_successfully",
              f"{name}: starts after the topics exist")
    ui_env = services["ui-service"]["environment"]
    check(ui_env.get("UI_RECOMMENDER_URL") == f"http://recommender-service:{CONF['recommender-service']['port']}",
          "ui-service: UI_RECOMMENDER_URL points at recommender-service's port")
    check(ui_env.get("UI_SCANNER_URL") == f"http://scanner-service:{CONF['scanner-service']['port']}",
          "ui-service: UI_SCANNER_URL points at scanner-service's port")
    kafka = services["kafka"]
    kenv = kafka["environment"]
    check(str(kafka["image"]).startswith("apache/kafka:"), "kafka: official apache/kafka image")
    check(kenv.get("KAFKA_PROCESS_ROLES") == "broker,controller", "kafka: single-node KRaft (broker,controller)")
    check("PLAINTEXT://kafka:9092" in kenv.get("KAFKA_ADVERTISED_LISTENERS", ""), "kafka: advertises kafka:9092")
    check(any((str(v).split(":")[1] if isinstance(v, str) else v.get("target")) == kenv.get("KAFKA_LOG_DIRS")
              for v in kafka["volumes"]),
          "kafka: log.dirs is on a volume")
    check(not kafka.get("ports"), "kafka: publishes no port")
    check("healthcheck" in kafka and "mem_limit" in kafka and kafka.get("restart") == "unless-stopped",
          "kafka: health check, memory limit, restart policy")
    init = services["topic-init"]
    check(any("create-topics.sh" in str(v) for v in init["volumes"]), "topic-init: runs create-topics.sh")
    published = [n for n, s in services.items() if s.get("ports")]
    check(published == ["ui-service"], f"only the UI publishes a port ({published})")


def check_env_example():
    print(".env.example:")
    compose = "\n".join(l for l in (REPO / "docker-compose.yml").read_text().splitlines() if not l.lstrip().startswith("#"))
    used = set(re.findall(r"(?<!\$)\$\{([A-Z_][A-Z0-9_]*)", compose))
    example = {}
    for line in (REPO / ".env.example").read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            example[key] = value
    check(not (used - set(example)), f"documents every variable docker-compose.yml uses {sorted(used - set(example))}")
    check(not (set(example) - used), f"has no variable docker-compose.yml ignores {sorted(set(example) - used)}")
    check(all(v == "" for k, v in example.items() if SECRET_WORDS.search(k)), "secrets are empty")


# ------------------------------------------------------------------------------------------------ kubernetes
def containers(doc):
    return doc["spec"]["template"]["spec"]["containers"]


def check_kubernetes(path, overlay):
    print(f"Kubernetes, overlays/{overlay} (as rendered by `kubectl kustomize`):")
    docs = load_all(path)
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    configmaps = {n: d.get("data", {}) for n, d in by_kind.get("ConfigMap", {}).items()}
    secrets = by_kind.get("Secret", {})
    check(any(n.startswith("plex-recommend-secrets") for n in secrets), "a Secret for the Plex token")
    for name, data in configmaps.items():
        bad = [k for k in data if SECRET_WORDS.search(k)]
        check(not bad, f"ConfigMap {name}: no secret in it {bad or ''}")
    for name, secret in secrets.items():
        check(all(v == "" for v in (secret.get("data") or {}).values()),
              f"Secret {name}: no value committed (the user adds the token)")
    workloads = {**by_kind.get("Deployment", {}), **by_kind.get("StatefulSet", {}), **by_kind.get("Job", {})}
    namespaces = {d["metadata"].get("namespace") for d in docs if d["kind"] != "Namespace"}
    check(namespaces == {"plex-recommend"}, f"everything in namespace plex-recommend {namespaces}")
    for name, doc in workloads.items():
        pod = doc["spec"]["template"]["spec"]
        psc = pod.get("securityContext", {})
        check(psc.get("runAsNonRoot") is True and psc.get("runAsUser", 0) > 0, f"{name}: runs as non-root")
        check(psc.get("seccompProfile", {}).get("type") == "RuntimeDefault", f"{name}: seccomp RuntimeDefault")
        check(pod.get("enableServiceLinks") is False, f"{name}: enableServiceLinks false")
        for c in containers(doc):
            csc = c.get("securityContext", {})
            check(csc.get("allowPrivilegeEscalation") is False and csc.get("capabilities", {}).get("drop") == ["ALL"],
                  f"{name}: no privilege escalation, all capabilities dropped")
            res = c.get("resources", {})
            check(bool(res.get("requests", {}).get("memory")) and bool(res.get("limits", {}).get("memory"))
                  and bool(res.get("requests", {}).get("cpu")), f"{name}: resource requests and limits")
            for e in c.get("env", []):
                ref = e.get("valueFrom", {})
                if "configMapKeyRef" in ref:
                    r = ref["configMapKeyRef"]
                    check(r["key"] in configmaps.get(r["name"], {}), f"{name}: {e['name']} from ConfigMap key {r['key']}")
                if "secretKeyRef" in ref:
                    r = ref["secretKeyRef"]
                    check(r["name"] in secrets and r["key"] in (secrets[r["name"]].get("data") or {}),
                          f"{name}: {e['name']} from Secret key {r['key']}")
                if SECRET_WORDS.search(e["name"]):
                    check("value" not in e, f"{name}: {e['name']} is not a literal value")
    for name in SERVICES:
        conf = CONF[name]
        kind = "StatefulSet" if name in ("graph-service", "recommender-service") else "Deployment"
        doc = by_kind.get(kind, {}).get(name)
        check(doc is not None, f"{name}: a {kind}")
        if doc is None:
            continue
        c = containers(doc)[0]
        check(c["image"].split(":")[0] == f"plex-recommend/{name}" and (REPO / name / "pom.xml").is_file(),
              f"{name}: image plex-recommend/{name} is a module of this repository")
        env = {e["name"]: e for e in c.get("env", [])}
        unknown = sorted(set(env) - conf["allowed"])
        check(not unknown, f"{name}: every environment variable is a setting of the service {unknown or ''}")
        check(env.get("QUARKUS_HTTP_PORT", {}).get("value") == str(conf["port"]), f"{name}: QUARKUS_HTTP_PORT {conf['port']}")
        ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
        check(ports.get("http") == conf["port"], f"{name}: containerPort {conf['port']}")
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            get = c.get(probe, {}).get("httpGet", {})
            port = ports.get(get.get("port"), get.get("port"))
            check(get.get("path") in HEALTH_PATHS and port == conf["port"],
                  f"{name}: {probe} {get.get('path')} on port {port}")
        check(c.get("readinessProbe", {}).get("httpGet", {}).get("path") == "/q/health/ready",
              f"{name}: readiness is /q/health/ready")
        check(c.get("securityContext", {}).get("readOnlyRootFilesystem") is True, f"{name}: read-only root filesystem")
        mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
        check("/tmp" in mounts, f"{name}: writable /tmp")
        if STATE_DIR[name]:
            check(env.get("PLEX_RECOMMEND_DATA_DIR", {}).get("value") == "/data" and "/data" in mounts,
                  f"{name}: <data-dir>/{STATE_DIR[name]}/ is on a volume at /data")
        svc = by_kind.get("Service", {}).get(name)
        check(svc is not None and svc["spec"]["ports"][0]["port"] == conf["port"]
              and svc["spec"]["ports"][0]["targetPort"] in ("http", conf["port"]), f"{name}: Service on {conf['port']}")
        if kind == "StatefulSet":
            claims = [t["metadata"]["name"] for t in doc["spec"].get("volumeClaimTemplates", [])]
            check(doc["spec"].get("replicas") == 1, f"{name}: exactly one replica")
            check(mounts.get("/data") in claims, f"{name}: /data on a PersistentVolumeClaim")
    recommender = by_kind["StatefulSet"]["recommender-service"]
    check(recommender["spec"]["replicas"] == 1, "recommender-service: a single replica (SQLite, one writer)")
    ui_env = {e["name"]: e for e in containers(by_kind["Deployment"]["ui-service"])[0]["env"]}
    cm = next(d for n, d in configmaps.items() if n.startswith("plex-recommend-config"))
    check(cm.get("UI_RECOMMENDER_URL") == f"http://recommender-service:{CONF['recommender-service']['port']}"
          and cm.get("UI_SCANNER_URL") == f"http://scanner-service:{CONF['scanner-service']['port']}"
          and "UI_RECOMMENDER_URL" in ui_env, "ui-service: upstream URLs name the Services and their ports")
    ingress = by_kind.get("Ingress", {}).get("ui-service")
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"] if ingress else {}
    check(backend.get("name") == "ui-service" and backend.get("port", {}).get("name") == "http",
          "Ingress routes to ui-service's http port")
    job = by_kind.get("Job", {}).get("topic-init")
    check(job is not None and "create-topics.sh" in " ".join(containers(job)[0]["command"]),
          "topic-init Job runs create-topics.sh")
    script_cm = next((d for n, d in configmaps.items() if n.startswith("topic-init-script")), {})
    check(script_cm.get("create-topics.sh") == (REPO / "deploy/kubernetes/base/topics/create-topics.sh").read_text(),
          "the Job's script is deploy/kubernetes/base/topics/create-topics.sh, the one compose mounts")
    kafka = by_kind.get("StatefulSet", {}).get("kafka")
    if overlay == "bundled-kafka":
        check(kafka is not None and kafka["spec"]["replicas"] == 1 and kafka["spec"].get("volumeClaimTemplates"),
              "bundled Kafka: one StatefulSet replica with a PersistentVolumeClaim")
        check(cm.get("KAFKA_BOOTSTRAP_SERVERS") == "kafka:9092" and "kafka" in by_kind.get("Service", {}),
              "bundled Kafka: KAFKA_BOOTSTRAP_SERVERS names its Service")
        kenv = {e["name"]: e.get("value") for e in containers(kafka)[0]["env"]}
        check(kenv.get("KAFKA_PROCESS_ROLES") == "broker,controller" and containers(kafka)[0]["image"].startswith("apache/kafka:"),
              "bundled Kafka: official image, KRaft broker+controller")
    else:
        check(kafka is None and "kafka" not in by_kind.get("Service", {}), "external Kafka: no bundled broker")
        check(cm.get("KAFKA_BOOTSTRAP_SERVERS") not in (None, "kafka:9092"),
              f"external Kafka: KAFKA_BOOTSTRAP_SERVERS = {cm.get('KAFKA_BOOTSTRAP_SERVERS')}")


# ------------------------------------------------------------------------------------------------ Dockerfiles
def check_dockerfiles():
    print("Dockerfiles:")
    for name in SERVICES:
        path = REPO / name / "Dockerfile"
        text = path.read_text()
        lines = [l.strip() for l in re.sub(r"\\\n", " ", text).splitlines() if l.strip() and not l.strip().startswith("#")]
        froms = [l.split()[1] for l in lines if l.startswith("FROM ")]
        check(froms == ["eclipse-temurin:17-jre"], f"{name}: FROM eclipse-temurin:17-jre")
        copies = [l.split()[1] for l in lines if l.startswith("COPY ")]
        check(copies == ["target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                         "target/quarkus-app/quarkus/"], f"{name}: copies the fast-jar lib/, *.jar, app/, quarkus/ in that order")
        pom = (REPO / name / "pom.xml").read_text()
        props = CONF[name]["props"]
        check("quarkus-maven-plugin" in pom and props.get("quarkus.package.jar.type", "fast-jar") == "fast-jar",
              f"{name}: the module builds a Quarkus fast-jar (target/quarkus-app/)")
        users = [l.split()[1] for l in lines if l.startswith("USER ")]
        check(bool(users) and re.fullmatch(r"[1-9][0-9]*(:[0-9]+)?", users[-1]) is not None,
              f"{name}: runs as a numeric non-root user ({users[-1] if users else 'none'})")
        check(f"EXPOSE {CONF[name]['port']}" in lines, f"{name}: EXPOSE {CONF[name]['port']}")
        check(f"QUARKUS_HTTP_PORT={CONF[name]['port']}" in text, f"{name}: QUARKUS_HTTP_PORT={CONF[name]['port']}")
        check(any(l.startswith("HEALTHCHECK") and "/q/health/ready" in l for l in lines), f"{name}: HEALTHCHECK on readiness")
        check("JAVA_OPTS" in text and "quarkus-run.jar" in text, f"{name}: runs quarkus-run.jar with $JAVA_OPTS")
        env_lines = " ".join(l for l in lines if l.startswith(("ENV ", "ARG ")))
        check(not SECRET_WORDS.search(env_lines), f"{name}: no secret in ENV/ARG")
        check(("VOLUME" in text) == bool(STATE_DIR[name]), f"{name}: declares /data a volume iff it keeps state")


# ------------------------------------------------------------------------------------------------ topics
def check_topics():
    print("Topics (create-topics.sh against kafka-broker's TopicSetup and events' Topics):")
    script = (REPO / "deploy/kubernetes/base/topics/create-topics.sh").read_text()
    topics_java = (REPO / "events/src/main/java/io/plexrecommend/events/Topics.java").read_text()
    setup = (REPO / "kafka-broker/src/main/java/io/plexrecommend/broker/TopicSetup.java").read_text()
    main = (REPO / "kafka-broker/src/main/java/io/plexrecommend/broker/KafkaBrokerMain.java").read_text()
    names = dict(re.findall(r'String (\w+) = "([a-z-]+)"', topics_java))
    compacted = re.search(r"for \(String name : List\.of\(([^)]*)\)\) \{\s*topics\.add\(new NewTopic\(name, partitions.*compacted", setup, re.S)
    compacted_names = [names[c.split(".")[-1].strip()] for c in compacted.group(1).split(",")] if compacted else []
    check(compacted_names == ["media-items", "media-embeddings", "graph-triples", "graph-embeddings", "recommendation-lists"], f"TopicSetup compacts {compacted_names}")
    loop = re.search(r"for name in ([a-z -]+); do\s+create \"\$name\" \"\$partitions\" --config cleanup.policy=compact", script)
    check(loop is not None and loop.group(1).split() == compacted_names, "script compacts the same topics")
    check("history" in setup and "RETENTION_MS_CONFIG, FOREVER" in setup and 'FOREVER = "-1"' in setup
          and 'create ratings "$partitions" --config cleanup.policy=delete --config retention.ms=-1' in script,
          "ratings: delete policy, kept forever, as in TopicSetup")
    check("Duration.ofDays(7)" in setup and "deadLetter(name), 1," in setup and "week_ms=604800000" in script
          and 'create "$name-dlq" 1 --config retention.ms="$week_ms"' in script,
          "dead-letter topics: 1 partition, 7 days, as in TopicSetup")
    dlq = re.search(r'for name in ([a-z -]+); do\s+create "\$name-dlq"', script)
    check(dlq is not None and sorted(dlq.group(1).split()) == sorted(names.values()), "a dead-letter topic per topic")
    default = re.search(r"KafkaBroker\.start\([^)]*, (\d+)\)", main)
    n = default.group(1) if default else "?"
    kustomization = (REPO / "deploy/kubernetes/base/kustomization.yaml").read_text()
    compose = (REPO / "docker-compose.yml").read_text()
    check(f"TOPIC_PARTITIONS:-{n}" in script and f"TOPIC_PARTITIONS={n}" in kustomization
          and f"TOPIC_PARTITIONS:-{n}" in compose, f"partitions default {n}, as KafkaBrokerMain uses")

check_dockerfiles()
check_compose(sys.argv[2])
check_env_example()
check_kubernetes(sys.argv[3], "bundled-kafka")
check_kubernetes(sys.argv[4], "external-kafka")
check_topics()
print(f"{passed} passed, {len(failures)} failed")
if failures:
    print("failed:\n  " + "\n  ".join(failures))
    sys.exit(1)
