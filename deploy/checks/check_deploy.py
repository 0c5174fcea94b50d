#!/usr/bin/env python3
"""Checks errdex's deployment files as rendered, without a container engine or a cluster.

Inputs (written by deploy/validate.sh into one folder):
  k8s-<variant>.json   `kubectl kustomize deploy/k8s/<variant>` turned into JSON (a stream of
                       objects or a v1 List), for the variants base, production and dev;
  compose.json         `docker-compose -f deploy/docker-compose.yml config` as JSON.
It also reads deploy/Dockerfile, the root .dockerignore and deploy/README.md from the repository.

Every check prints PASS or FAIL with the reasons; the last line is
`deploy-checks: N passed, M failed` and the exit status is 1 when anything failed.
With --self-test it also breaks the inputs on purpose (one known defect at a time) and counts a
check as passed only when the matching check reports that defect: a check that cannot fail
would prove nothing.

Python 3 standard library only.
"""

import argparse
import copy
import json
import re
import sys
from pathlib import Path

# The application's run-time contract (deploy/README.md, "Configuration").
CONTRACT_VARS = [
    "QUARKUS_HTTP_PORT",
    "QUARKUS_DATASOURCE_JDBC_URL",
    "QUARKUS_DATASOURCE_USERNAME",
    "QUARKUS_DATASOURCE_PASSWORD",
    "QUARKUS_FLYWAY_MIGRATE_AT_START",
    "QUARKUS_LOG_CONSOLE_JSON",
    "ERRDEX_DATA_DIR",
    "ERRDEX_ROLE",
    "ERRDEX_MIGRATE_ONLY",
    "ERRDEX_IMAP_HOST",
    "ERRDEX_IMAP_PORT",
    "ERRDEX_IMAP_TLS",
    "ERRDEX_IMAP_USER",
    "ERRDEX_IMAP_PASSWORD",
    "ERRDEX_IMAP_FOLDER",
    "ERRDEX_IMAP_POLL_INTERVAL",
    "ERRDEX_WEBHOOK_SECRET",
    "ERRDEX_API_KEYS",
]
SECRET_VARS = {
    "QUARKUS_DATASOURCE_USERNAME",
    "QUARKUS_DATASOURCE_PASSWORD",
    "ERRDEX_WEBHOOK_SECRET",
    "ERRDEX_API_KEYS",
    "ERRDEX_IMAP_USER",
    "ERRDEX_IMAP_PASSWORD",
}
VARIANTS = ["base", "production", "dev"]
API, WORKER, JOB = "errdex-api", "errdex-worker", "errdex-migrate"
SECRET_NAME = "errdex-secrets"
READY, LIVE = "/q/health/ready", "/q/health/live"
POSTGRES_DATA = "/var/lib/postgresql/data"
GREENMAIL_IMAGE = "greenmail/standalone:2.1.7"


# --------------------------------------------------------------------------------------------
# Reading inputs
# --------------------------------------------------------------------------------------------

def load_json_stream(path):
    """Objects of a JSON file holding one object, a v1 List, or several objects in a row."""
    text = Path(path).read_text(encoding="utf-8")
    decoder, pos, objects = json.JSONDecoder(), 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        obj, pos = decoder.raw_decode(text, pos)
        if obj is None:
            continue
        if obj.get("kind") == "List":
            objects.extend(obj.get("items") or [])
        else:
            objects.append(obj)
    return objects


def parse_dockerfile(text):
    """(global ARG defaults, stages); a stage is {'from', 'name', 'instructions': [(op, args)]}."""
    logical, current = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if current and line.startswith("#"):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    if current:
        logical.append(current)
    args, stages = {}, []
    for line in logical:
        op, _, rest = line.partition(" ")
        op, rest = op.upper(), rest.strip()
        if op == "FROM":
            parts = rest.split()
            image = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: args.get(m.group(1) or m.group(2), m.group(0)), parts[0])
            name = parts[2] if len(parts) >= 3 and parts[1].upper() == "AS" else None
            stages.append({"from": image, "name": name, "instructions": []})
        elif not stages and op == "ARG":
            key, _, value = rest.partition("=")
            args[key.strip()] = value.strip().strip('"')
        elif stages:
            stages[-1]["instructions"].append((op, rest))
    return args, stages


class Inputs:
    def __init__(self, k8s, compose, dockerfile, dockerignore, readme):
        self.k8s = k8s                  # variant -> list of objects
        self.compose = compose          # dict
        self.dockerfile = dockerfile    # text
        self.dockerignore = dockerignore
        self.readme = readme

    @classmethod
    def read(cls, rendered, repo):
        rendered, repo = Path(rendered), Path(repo)
        k8s = {v: load_json_stream(rendered / f"k8s-{v}.json") for v in VARIANTS}
        compose = json.loads((rendered / "compose.json").read_text(encoding="utf-8"))
        def text(path):  # a missing file reads as empty: its check then fails, not the run
            return path.read_text(encoding="utf-8") if path.is_file() else ""
        return cls(k8s, compose, text(repo / "deploy" / "Dockerfile"), text(repo / ".dockerignore"),
                   text(repo / "deploy" / "README.md"))


# --------------------------------------------------------------------------------------------
# Kubernetes helpers
# --------------------------------------------------------------------------------------------

def find(objects, kind, name=None, prefix=False):
    for obj in objects:
        if obj.get("kind") != kind:
            continue
        obj_name = obj.get("metadata", {}).get("name", "")
        if name is None or obj_name == name or (prefix and obj_name.startswith(name + "-")):
            return obj
    return None


def find_all(objects, kind):
    return [o for o in objects if o.get("kind") == kind]


def pod_spec(workload):
    return (workload or {}).get("spec", {}).get("template", {}).get("spec", {})


def pod_labels(workload):
    return (workload or {}).get("spec", {}).get("template", {}).get("metadata", {}).get("labels", {})


def main_container(workload):
    containers = pod_spec(workload).get("containers") or []
    return containers[0] if containers else {}


def env_of(container):
    return {e.get("name"): e.get("value") for e in container.get("env") or []}


def replicas_of(objs, deployment):
    return (find(objs, "Deployment", deployment) or {}).get("spec", {}).get("replicas", 1)


def selects(selector, labels):
    match = (selector or {}).get("matchLabels", selector or {})
    return bool(match) and all(labels.get(k) == v for k, v in match.items())


def config_data(objects):
    cm = find(objects, "ConfigMap", "errdex-config", prefix=True)
    return (cm or {}).get("data", {}) or {}


def secret_values(secret):
    values = dict(secret.get("stringData") or {})
    values.update(secret.get("data") or {})
    return values


_CPU = re.compile(r"^(\d+(?:\.\d+)?)(m?)$")
_MEM = re.compile(r"^(\d+(?:\.\d+)?)([KMGTE]i?|k)?$")
_MEM_UNITS = {None: 1, "k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "E": 1e18,
              "Ki": 2 ** 10, "Mi": 2 ** 20, "Gi": 2 ** 30, "Ti": 2 ** 40, "Ei": 2 ** 60}


def quantity(resource, value):
    """CPU in cores or memory in bytes; None when the quantity cannot be read."""
    text = str(value)
    if resource == "cpu":
        m = _CPU.match(text)
        return None if not m else float(m.group(1)) / (1000 if m.group(2) else 1)
    m = _MEM.match(text)
    return None if not m else float(m.group(1)) * _MEM_UNITS[m.group(2)]


# --------------------------------------------------------------------------------------------
# Kubernetes checks (each returns a list of problems; empty means it passed)
# --------------------------------------------------------------------------------------------

def k8s_objects(variant, objs, inputs):
    wanted = [("Deployment", API, "apps/v1"), ("Deployment", WORKER, "apps/v1"),
              ("Service", API, "v1"), ("Ingress", "errdex", "networking.k8s.io/v1"),
              ("HorizontalPodAutoscaler", API, "autoscaling/v2"),
              ("PodDisruptionBudget", API, "policy/v1"), ("Job", JOB, "batch/v1")]
    problems = []
    for kind, name, api_version in wanted:
        obj = find(objs, kind, name)
        if obj is None:
            problems.append(f"{kind} {name} missing")
        elif obj.get("apiVersion") != api_version:
            problems.append(f"{kind} {name} is {obj.get('apiVersion')}, expected {api_version}")
    if find(objs, "ConfigMap", "errdex-config", prefix=True) is None:
        problems.append("ConfigMap errdex-config missing")
    return problems


def api_replicas(variant, objs, inputs):
    if find(objs, "Deployment", API) is None:
        return ["Deployment errdex-api missing"]
    replicas = replicas_of(objs, API)
    problems = [] if replicas >= 2 else [f"errdex-api has {replicas} replica(s), needs >= 2"]
    if variant == "production":
        base_replicas = replicas_of(inputs.k8s["base"], API)
        if replicas <= base_replicas:
            problems.append(f"production runs {replicas} API replicas, no more than base ({base_replicas})")
    return problems


def probes(variant, objs, inputs):
    problems = []
    port = str(config_data(objs).get("QUARKUS_HTTP_PORT", "8080"))
    for name in (API, WORKER):
        container = main_container(find(objs, "Deployment", name))
        ports = {str(p.get("name")): str(p.get("containerPort")) for p in container.get("ports") or []}
        for probe, path in (("readinessProbe", READY), ("livenessProbe", LIVE)):
            get = (container.get(probe) or {}).get("httpGet")
            if not get:
                problems.append(f"{name}: no HTTP {probe}")
                continue
            if get.get("path") != path:
                problems.append(f"{name}: {probe} path {get.get('path')}, expected {path}")
            target = str(get.get("port"))
            if ports.get(target, target) != port:
                problems.append(f"{name}: {probe} port {target} is not the HTTP port {port}")
    return problems


def resources(variant, objs, inputs):
    problems = []
    for obj in find_all(objs, "Deployment") + find_all(objs, "Job"):
        for c in pod_spec(obj).get("containers") or []:
            where = f"{obj['metadata']['name']}/{c.get('name')}"
            res = c.get("resources") or {}
            for res_name in ("cpu", "memory"):
                req = quantity(res_name, (res.get("requests") or {}).get(res_name))
                lim = quantity(res_name, (res.get("limits") or {}).get(res_name))
                if req is None or lim is None:
                    problems.append(f"{where}: {res_name} request and limit both required")
                elif req > lim:
                    problems.append(f"{where}: {res_name} request above its limit")
    if variant == "production" and not problems:
        for name in (API, WORKER):
            prod = main_container(find(objs, "Deployment", name)).get("resources", {})
            base = main_container(find(inputs.k8s["base"], "Deployment", name)).get("resources", {})
            for kind in ("requests", "limits"):
                for res_name in ("cpu", "memory"):
                    p = quantity(res_name, prod.get(kind, {}).get(res_name))
                    b = quantity(res_name, base.get(kind, {}).get(res_name))
                    if p is not None and b is not None and p < b:
                        problems.append(f"{name}: production {res_name} {kind} smaller than base")
            if prod == base:
                problems.append(f"{name}: production resources are the base ones")
    return problems


def security(variant, objs, inputs):
    problems = []
    data_dir = config_data(objs).get("ERRDEX_DATA_DIR", "/var/lib/errdex")
    for kind, name in (("Deployment", API), ("Deployment", WORKER), ("Job", JOB)):
        obj = find(objs, kind, name)
        if obj is None:
            problems.append(f"{name} missing")
            continue
        spec = pod_spec(obj)
        pod_sc = spec.get("securityContext") or {}
        volumes = {v.get("name"): v for v in spec.get("volumes") or []}
        for c in spec.get("containers") or []:
            where = f"{name}/{c.get('name')}"
            sc = c.get("securityContext") or {}
            non_root = sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot"))
            user = sc.get("runAsUser", pod_sc.get("runAsUser"))
            if non_root is not True:
                problems.append(f"{where}: runAsNonRoot is not true")
            if user is not None and int(user) == 0:
                problems.append(f"{where}: runs as uid 0")
            if sc.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: readOnlyRootFilesystem is not true")
            if sc.get("allowPrivilegeEscalation") is not False:
                problems.append(f"{where}: allowPrivilegeEscalation is not false")
            if sc.get("privileged"):
                problems.append(f"{where}: privileged")
            if "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
                problems.append(f"{where}: capabilities do not drop ALL")
            mounts = {m.get("mountPath"): m.get("name") for m in c.get("volumeMounts") or []}
            for path in ("/tmp", data_dir):
                volume = volumes.get(mounts.get(path))
                if volume is None or "emptyDir" not in volume:
                    problems.append(f"{where}: {path} is not an emptyDir mount")
    return problems


def roles(variant, objs, inputs):
    problems = []
    for name, role in ((API, "api"), (WORKER, "worker")):
        env = env_of(main_container(find(objs, "Deployment", name)))
        if env.get("ERRDEX_ROLE") != role:
            problems.append(f"{name}: ERRDEX_ROLE is {env.get('ERRDEX_ROLE')!r}, expected {role!r}")
        if env.get("QUARKUS_FLYWAY_MIGRATE_AT_START") != "false":
            problems.append(f"{name}: migrates at start; the errdex-migrate Job owns migrations")
    if replicas_of(objs, WORKER) != 1:
        problems.append("errdex-worker must run exactly 1 replica")
    return problems


def routing(variant, objs, inputs):
    problems = []
    svc = find(objs, "Service", API) or {}
    api, worker = find(objs, "Deployment", API), find(objs, "Deployment", WORKER)
    selector = svc.get("spec", {}).get("selector") or {}
    if not selects(selector, pod_labels(api)):
        problems.append("Service errdex-api does not select the API pods")
    if selects(selector, pod_labels(worker)):
        problems.append("Service errdex-api also selects the worker pods")
    container_ports = {str(p.get("name")) for p in main_container(api).get("ports") or []}
    container_ports |= {str(p.get("containerPort")) for p in main_container(api).get("ports") or []}
    svc_ports = svc.get("spec", {}).get("ports") or []
    for p in svc_ports:
        if str(p.get("targetPort")) not in container_ports:
            problems.append(f"Service targetPort {p.get('targetPort')} is no API container port")
    ingress = find(objs, "Ingress", "errdex") or {}
    rules = ingress.get("spec", {}).get("rules") or []
    if not rules:
        problems.append("Ingress has no rules")
    for rule in rules:
        if not rule.get("host"):
            problems.append("Ingress rule without host")
        for path in (rule.get("http") or {}).get("paths") or []:
            backend = (path.get("backend") or {}).get("service") or {}
            if backend.get("name") != API:
                problems.append(f"Ingress backend {backend.get('name')} is not {API}")
            port = backend.get("port") or {}
            known = {str(p.get("name")) for p in svc_ports} | {str(p.get("port")) for p in svc_ports}
            if str(port.get("name", port.get("number"))) not in known:
                problems.append(f"Ingress backend port {port} is not a port of Service {API}")
    if variant == "production":
        tls_hosts = {h for t in ingress.get("spec", {}).get("tls") or [] for h in t.get("hosts") or []}
        for rule in rules:
            if rule.get("host") not in tls_hosts:
                problems.append(f"production Ingress host {rule.get('host')} has no TLS")
        for obj in objs:
            if not obj.get("metadata", {}).get("namespace"):
                problems.append(f"{obj['kind']} {obj['metadata']['name']} has no namespace")
    return problems


def hpa(variant, objs, inputs):
    h = find(objs, "HorizontalPodAutoscaler", API)
    if h is None:
        return ["HPA errdex-api missing"]
    problems = []  # its apiVersion is checked by k8s_objects
    spec = h.get("spec", {})
    target = spec.get("scaleTargetRef") or {}
    if (target.get("kind"), target.get("name")) != ("Deployment", API):
        problems.append(f"HPA scales {target.get('kind')} {target.get('name')}, not Deployment {API}")
    low, high = spec.get("minReplicas", 1), spec.get("maxReplicas", 0)
    if low < 2:
        problems.append(f"HPA minReplicas {low} < 2")
    if high <= low:
        problems.append(f"HPA maxReplicas {high} leaves no room above minReplicas {low}")
    if not spec.get("metrics"):
        problems.append("HPA has no metrics")
    replicas = replicas_of(objs, API)
    if replicas != low:
        problems.append(f"errdex-api replicas {replicas} differ from HPA minReplicas {low}")
    return problems


def pdb(variant, objs, inputs):
    p = find(objs, "PodDisruptionBudget", API)
    if p is None:
        return ["PDB errdex-api missing"]
    problems = []  # its apiVersion is checked by k8s_objects
    spec = p.get("spec", {})
    if not selects(spec.get("selector"), pod_labels(find(objs, "Deployment", API))):
        problems.append("PDB does not select the API pods")
    if selects(spec.get("selector"), pod_labels(find(objs, "Deployment", WORKER))):
        problems.append("PDB also selects the worker pod")
    replicas = replicas_of(objs, API)
    if "maxUnavailable" in spec:
        allowed = spec["maxUnavailable"]
    else:
        allowed = replicas - spec.get("minAvailable", replicas)
    if not isinstance(allowed, int):
        problems.append(f"PDB budget {allowed!r}: use a whole number")
    elif not 1 <= allowed < replicas:
        problems.append(f"PDB lets {allowed} of {replicas} API pods go: must be at least 1, not all")
    return problems


def migration_job(variant, objs, inputs):
    job = find(objs, "Job", JOB)
    if job is None:
        return ["Job errdex-migrate missing"]
    problems = []
    spec = pod_spec(job)
    c = main_container(job)
    env = env_of(c)
    for key in ("QUARKUS_FLYWAY_MIGRATE_AT_START", "ERRDEX_MIGRATE_ONLY"):
        if env.get(key) != "true":
            problems.append(f"Job env {key} is {env.get(key)!r}, expected 'true'")
    if spec.get("restartPolicy") not in ("Never", "OnFailure"):
        problems.append(f"Job restartPolicy {spec.get('restartPolicy')}")
    if job.get("spec", {}).get("backoffLimit") is None:
        problems.append("Job has no backoffLimit")
    api = main_container(find(objs, "Deployment", API))
    if c.get("image") != api.get("image"):
        problems.append(f"Job image {c.get('image')} differs from the API image {api.get('image')}")
    if c.get("envFrom") != api.get("envFrom"):
        problems.append("Job reads other ConfigMap/Secret than the API")
    return problems


def references(variant, objs, inputs):
    """Every ConfigMap/Secret a pod names is rendered too (production: errdex-secrets is external)."""
    names = {(o["kind"], o["metadata"]["name"]) for o in objs}
    external = {("Secret", SECRET_NAME)} if variant == "production" else set()
    problems = []
    for obj in find_all(objs, "Deployment") + find_all(objs, "Job"):
        for c in pod_spec(obj).get("containers") or []:
            refs = []
            for src in c.get("envFrom") or []:
                if "configMapRef" in src:
                    refs.append(("ConfigMap", src["configMapRef"].get("name")))
                if "secretRef" in src:
                    refs.append(("Secret", src["secretRef"].get("name")))
            for e in c.get("env") or []:
                value_from = e.get("valueFrom") or {}
                if "secretKeyRef" in value_from:
                    refs.append(("Secret", value_from["secretKeyRef"].get("name")))
                if "configMapKeyRef" in value_from:
                    refs.append(("ConfigMap", value_from["configMapKeyRef"].get("name")))
            for ref in refs:
                if ref not in names and ref not in external:
                    problems.append(f"{obj['metadata']['name']}: {ref[0]} {ref[1]} is not rendered")
    return problems


def secrets(variant, objs, inputs):
    found = find_all(objs, "Secret")
    if variant == "production":
        return [f"production renders Secret {s['metadata']['name']}: apply would overwrite the real one"
                for s in found]
    secret = find(objs, "Secret", SECRET_NAME)
    if secret is None:
        return [f"Secret {SECRET_NAME} template missing"]
    values = secret_values(secret)
    problems = [f"Secret template lacks {k}" for k in sorted(SECRET_VARS - values.keys())]
    if variant == "base":
        problems += [f"Secret template holds a value for {k}" for k, v in sorted(values.items()) if v]
    leaked = SECRET_VARS & config_data(objs).keys()
    problems += [f"{k} is in the ConfigMap; it belongs in the Secret" for k in sorted(leaked)]
    return problems


def images(variant, objs, inputs):
    problems = []
    used = {c.get("image") for kind, name in (("Deployment", API), ("Deployment", WORKER), ("Job", JOB))
            for c in pod_spec(find(objs, kind, name)).get("containers") or []}
    if len(used) != 1:
        problems.append(f"errdex pods use different images: {sorted(map(str, used))}")
    for image in used:
        image = str(image)
        tag = image.rsplit(":", 1)[1] if ":" in image.rsplit("/", 1)[-1] else ""
        if not tag or tag == "latest":
            problems.append(f"image {image} has no fixed tag")
        if variant == "production" and "/" not in image:
            problems.append(f"production image {image} names no registry")
    return problems


def env_contract(variant, objs, inputs):
    """Each variable of the contract is set by the ConfigMap, the Secret or a container's env."""
    known = set(config_data(objs))
    for s in find_all(objs, "Secret"):
        known |= secret_values(s).keys()
    if variant == "production":
        known |= SECRET_VARS  # created out of band under the base template's keys
    for obj in find_all(objs, "Deployment") + find_all(objs, "Job"):
        for c in pod_spec(obj).get("containers") or []:
            known |= set(env_of(c))
    return [f"{var} is set nowhere" for var in CONTRACT_VARS if var not in known]


def upgrade_labels(variant, objs, inputs):
    """README "Upgrading" applies component=config, then component=migrate, before the rest."""
    component = "app.kubernetes.io/component"
    labelled = {}
    for obj in objs:
        labelled.setdefault(obj.get("metadata", {}).get("labels", {}).get(component), set()).add(obj["kind"])
    problems = []
    if "ConfigMap" not in labelled.get("config", set()):
        problems.append(f"the errdex ConfigMap lacks {component}=config")
    if labelled.get("migrate") != {"Job"}:
        problems.append(f"{component}=migrate should select the migration Job alone, selects {labelled.get('migrate')}")
    extra = labelled.get("config", set()) - {"ConfigMap", "Secret"}
    if extra:
        problems.append(f"{component}=config also selects {sorted(extra)}")
    return problems


K8S_CHECKS = [k8s_objects, api_replicas, probes, resources, security, roles, routing, hpa, pdb,
              migration_job, upgrade_labels, references, secrets, images, env_contract]


# --------------------------------------------------------------------------------------------
# Compose checks
# --------------------------------------------------------------------------------------------

def services(compose):
    return compose.get("services") or {}


def senv(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return {k: (None if v is None else str(v)) for k, v in env.items()}


def by_role(compose, role):
    return {n: s for n, s in services(compose).items() if senv(s).get("ERRDEX_ROLE") == role}


def published(service):
    """[(host_port, container_port)] of a service, short or long port syntax."""
    result = []
    for p in service.get("ports") or []:
        if isinstance(p, dict):
            result.append((str(p.get("published", "")), str(p.get("target", ""))))
            continue
        spec = str(p).split("/")[0]
        parts = spec.split(":")
        result.append((parts[-2] if len(parts) >= 2 else "", parts[-1]))
    return result


def depends(service):
    dep = service.get("depends_on") or {}
    if isinstance(dep, list):
        return {name: "service_started" for name in dep}
    return {name: (cond or {}).get("condition", "service_started") for name, cond in dep.items()}


def healthcheck_test(service):
    hc = service.get("healthcheck") or {}
    return [] if hc.get("disable") else hc.get("test") or []


def compose_api(compose):
    api = by_role(compose, "api")
    problems = [] if len(api) >= 2 else [f"{len(api)} API service(s) (ERRDEX_ROLE=api), need >= 2"]
    host_ports = []
    for name, s in api.items():
        ports = [h for h, c in published(s) if c == "8080"]
        if not ports:
            problems.append(f"{name} publishes no host port for 8080")
        host_ports += ports
        if READY not in " ".join(map(str, healthcheck_test(s))):
            problems.append(f"{name}: healthcheck does not probe {READY}")
    if len(host_ports) != len(set(host_ports)):
        problems.append(f"API replicas share host ports {host_ports}")
    return problems


def compose_worker(compose):
    workers = by_role(compose, "worker")
    if len(workers) != 1:
        return [f"{len(workers)} worker service(s), need exactly 1"]
    (name, worker), = workers.items()
    env = senv(worker)
    problems = []
    if env.get("ERRDEX_IMAP_HOST") not in services(compose):
        problems.append(f"{name}: ERRDEX_IMAP_HOST {env.get('ERRDEX_IMAP_HOST')!r} is no service here")
    mail = services(compose).get(env.get("ERRDEX_IMAP_HOST"), {})
    if env.get("ERRDEX_IMAP_PORT") not in {c for _, c in published(mail)}:
        problems.append(f"{name}: IMAP port {env.get('ERRDEX_IMAP_PORT')} not served by the mail service")
    for key in ("ERRDEX_IMAP_USER", "ERRDEX_IMAP_PASSWORD", "ERRDEX_IMAP_FOLDER"):
        if not env.get(key):
            problems.append(f"{name}: {key} not set")
    return problems


def postgres_service(compose):
    for name, s in services(compose).items():
        if str(s.get("image", "")).split(":")[0].endswith("postgres"):
            return name, s
    return None, None


def compose_postgres(compose):
    name, pg = postgres_service(compose)
    if pg is None:
        return ["no postgres service"]
    problems = []
    image = str(pg.get("image"))
    if not re.fullmatch(r"(docker\.io/(library/)?)?postgres:15([.-].*)?", image):
        problems.append(f"{name}: image {image}, expected PostgreSQL 15")
    named = set((compose.get("volumes") or {}).keys())
    mounted = False
    for v in pg.get("volumes") or []:
        source, target = ((v.get("source"), v.get("target")) if isinstance(v, dict)
                          else (str(v).split(":")[0], str(v).split(":")[1] if ":" in str(v) else ""))
        if target == POSTGRES_DATA and source in named:
            mounted = True
    if not mounted:
        problems.append(f"{name}: no named volume (declared under volumes:) at {POSTGRES_DATA}")
    if not healthcheck_test(pg):
        problems.append(f"{name}: no healthcheck")
    return problems


def compose_greenmail(compose):
    mail = [(n, s) for n, s in services(compose).items() if str(s.get("image", "")).startswith("greenmail/")]
    if len(mail) != 1:
        return [f"{len(mail)} GreenMail service(s), need 1"]
    (name, s), = mail
    problems = []
    if s.get("image") != GREENMAIL_IMAGE:
        problems.append(f"{name}: image {s.get('image')}, expected {GREENMAIL_IMAGE}")
    targets = {c for _, c in published(s)}
    problems += [f"{name}: port {p} not published" for p in ("3025", "3143") if p not in targets]
    if not healthcheck_test(s):
        problems.append(f"{name}: no healthcheck")
    return problems


def compose_order(compose):
    """Start order: database healthy, then migrations done, then API and worker (mail healthy)."""
    problems = []
    pg_name, pg = postgres_service(compose)
    migrators = {n: s for n, s in services(compose).items() if senv(s).get("ERRDEX_MIGRATE_ONLY") == "true"}
    if len(migrators) != 1:
        return [f"{len(migrators)} migration service(s) (ERRDEX_MIGRATE_ONLY=true), need 1"]
    (migrate_name, migrate), = migrators.items()
    if senv(migrate).get("QUARKUS_FLYWAY_MIGRATE_AT_START") != "true":
        problems.append(f"{migrate_name}: QUARKUS_FLYWAY_MIGRATE_AT_START is not true")
    if depends(migrate).get(pg_name) != "service_healthy":
        problems.append(f"{migrate_name} does not wait for {pg_name} to be healthy")
    mail_host = None
    for role in ("api", "worker"):
        for name, s in by_role(compose, role).items():
            dep = depends(s)
            if dep.get(pg_name) != "service_healthy":
                problems.append(f"{name} does not wait for {pg_name} to be healthy")
            if dep.get(migrate_name) != "service_completed_successfully":
                problems.append(f"{name} does not wait for {migrate_name} to complete")
            if senv(s).get("QUARKUS_FLYWAY_MIGRATE_AT_START") != "false":
                problems.append(f"{name} migrates at start; {migrate_name} owns migrations")
            if role == "worker":
                mail_host = senv(s).get("ERRDEX_IMAP_HOST")
                if dep.get(mail_host) != "service_healthy":
                    problems.append(f"{name} does not wait for {mail_host} to be healthy")
    return problems


def compose_datasource(compose):
    pg_name, pg = postgres_service(compose)
    if pg is None:
        return ["no postgres service"]
    pg_env = senv(pg)
    problems = []
    errdex = {n: s for n, s in services(compose).items() if "QUARKUS_DATASOURCE_JDBC_URL" in senv(s)}
    if not errdex:
        problems.append("no service sets QUARKUS_DATASOURCE_JDBC_URL")
    for name, s in errdex.items():
        env = senv(s)
        url = env.get("QUARKUS_DATASOURCE_JDBC_URL", "")
        m = re.match(r"jdbc:postgresql://([^:/]+)(?::\d+)?/([^?]+)", url)
        if not m or m.group(1) != pg_name:
            problems.append(f"{name}: JDBC URL {url!r} does not point at service {pg_name}")
        elif m.group(2) != pg_env.get("POSTGRES_DB"):
            problems.append(f"{name}: database {m.group(2)} is not POSTGRES_DB {pg_env.get('POSTGRES_DB')}")
        if env.get("QUARKUS_DATASOURCE_USERNAME") != pg_env.get("POSTGRES_USER"):
            problems.append(f"{name}: datasource user differs from POSTGRES_USER")
        if env.get("QUARKUS_DATASOURCE_PASSWORD") != pg_env.get("POSTGRES_PASSWORD"):
            problems.append(f"{name}: datasource password differs from POSTGRES_PASSWORD")
    return problems


def compose_build(compose):
    problems = []
    errdex = {n: s for n, s in services(compose).items() if "ERRDEX_ROLE" in senv(s)
              or "ERRDEX_MIGRATE_ONLY" in senv(s)}
    images_used = {s.get("image") for s in errdex.values()}
    if len(images_used) != 1:
        problems.append(f"errdex services use different images {sorted(map(str, images_used))}")
    for name, s in errdex.items():
        build = s.get("build") or {}
        if isinstance(build, str):
            build = {"context": build}
        dockerfile = str(build.get("dockerfile", ""))
        if not dockerfile.replace("\\", "/").endswith("deploy/Dockerfile"):
            problems.append(f"{name}: not built from deploy/Dockerfile")
        context = Path(str(build.get("context", "")))
        if not (context / "mvnw").exists() and not (context / "deploy").is_dir():
            problems.append(f"{name}: build context {context} is not the repository root")
    return problems


def compose_env_contract(compose, inputs):
    known = set()
    for s in services(compose).values():
        known |= set(senv(s))
    known |= dockerfile_env(inputs.dockerfile)
    return [f"{var} is set by no compose service nor the image" for var in CONTRACT_VARS if var not in known]


# --------------------------------------------------------------------------------------------
# Dockerfile, .dockerignore, README
# --------------------------------------------------------------------------------------------

def dockerfile_env(text):
    _, stages = parse_dockerfile(text)
    names = set()
    for op, rest in (stages[-1]["instructions"] if stages else []):
        if op == "ENV":
            names |= set(re.findall(r"(\w+)=", rest))
    return names


def dockerfile(inputs):
    _, stages = parse_dockerfile(inputs.dockerfile)
    if len(stages) < 2:
        return [f"{len(stages)} stage(s): a build stage and a run stage are required"]
    build, run = stages[0], stages[-1]
    problems = []
    if not build["from"].startswith("eclipse-temurin:17-jdk"):
        problems.append(f"build stage FROM {build['from']}, expected eclipse-temurin:17-jdk")
    if not run["from"].startswith("eclipse-temurin:17-jre"):
        problems.append(f"run stage FROM {run['from']}, expected eclipse-temurin:17-jre")
    build_runs = " ".join(rest for op, rest in build["instructions"] if op == "RUN")
    if not re.search(r"\./mvnw\b.*-Pdb-postgresql.*\bpackage\b|\./mvnw\b.*\bpackage\b.*-Pdb-postgresql", build_runs):
        problems.append("build stage does not run ./mvnw package with -Pdb-postgresql")
    ops = run["instructions"]
    copies = [rest for op, rest in ops if op == "COPY"]
    if not any(f"--from={build['name']}" in c and "quarkus-app" in c for c in copies):
        problems.append("run stage does not copy quarkus-app from the build stage")
    users = [rest for op, rest in ops if op == "USER"]
    if not users or users[-1].split(":")[0] != "10001":
        problems.append(f"run stage USER is {users[-1] if users else 'unset (root)'}, expected 10001")
    if not any(op == "EXPOSE" and "8080" in rest.split() for op, rest in ops):
        problems.append("run stage does not EXPOSE 8080")
    health = [rest for op, rest in ops if op == "HEALTHCHECK"]
    if not health or "/q/health/" not in health[-1]:
        problems.append("no HEALTHCHECK on a /q/health endpoint")
    else:
        tool = re.search(r"CMD\s+\[?\"?(\w+)", health[-1])
        installed = " ".join(rest for op, rest in ops if op == "RUN")
        if not tool or not re.search(rf"install\b[^&]*\b{tool.group(1)}\b", installed):
            problems.append(f"health-check tool {tool.group(1) if tool else '?'} is not installed in the run stage")
    entry = " ".join(rest for op, rest in ops if op in ("ENTRYPOINT", "CMD"))
    if "quarkus-run.jar" not in entry:
        problems.append("run stage does not start quarkus-run.jar")
    return problems


def dockerignore(inputs):
    entries = {line.strip().strip("/") for line in inputs.dockerignore.splitlines()
               if line.strip() and not line.startswith("#")}
    wanted = {".git": {".git"}, "target": {"target", "**/target"}, "data": {"data", "*/data", "**/data"}}
    return [f".dockerignore does not exclude {k}/" for k, forms in wanted.items() if not entries & forms]


def readme(inputs):
    problems = [f"README does not document {var}" for var in CONTRACT_VARS
                if not re.search(rf"\b{var}\b", inputs.readme)]
    for words in ("docker-compose", "kubectl apply -k", "kubectl kustomize", "Upgrading"):
        if words not in inputs.readme:
            problems.append(f"README says nothing about {words!r}")
    return problems


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------

def all_checks(inputs):
    """(name, thunk) for every check on these inputs."""
    checks = []
    for variant in VARIANTS:
        for fn in K8S_CHECKS:
            checks.append((f"k8s[{variant}] {fn.__name__}",
                           lambda fn=fn, v=variant: fn(v, inputs.k8s[v], inputs)))
    for fn in (compose_api, compose_worker, compose_postgres, compose_greenmail, compose_order,
               compose_datasource, compose_build):
        checks.append((fn.__name__.replace("_", " ", 1), lambda fn=fn: fn(inputs.compose)))
    checks.append(("compose env_contract", lambda: compose_env_contract(inputs.compose, inputs)))
    for fn in (dockerfile, dockerignore, readme):
        checks.append((fn.__name__, lambda fn=fn: fn(inputs)))
    return checks


def run_check(thunk):
    try:
        return thunk()
    except Exception as e:  # a crash on malformed input is a failure, not a traceback
        return [f"check crashed: {type(e).__name__}: {e}"]


# Self-test: (description, check name, mutation). Each mutation breaks one thing in a copy of the
# inputs; the named check must then report a problem.
def _api(i, v="base"):
    return find(i.k8s[v], "Deployment", API)


def _set_image(service_name, image):
    return lambda i: i.compose["services"][service_name].__setitem__("image", image)


def _compose_by_role(i, role):
    return next(iter(by_role(i.compose, role).values()))


MUTATIONS = [
    ("one API replica", "k8s[base] api_replicas",
     lambda i: _api(i)["spec"].__setitem__("replicas", 1)),
    ("production no bigger than base", "k8s[production] api_replicas",
     lambda i: _api(i, "production")["spec"].__setitem__("replicas", replicas_of(i.k8s["base"], API))),
    ("readiness probe removed", "k8s[base] probes",
     lambda i: main_container(_api(i)).pop("readinessProbe")),
    ("readiness probe on the liveness path", "k8s[production] probes",
     lambda i: main_container(_api(i, "production"))["readinessProbe"]["httpGet"].__setitem__("path", LIVE)),
    ("API limits removed", "k8s[base] resources",
     lambda i: main_container(_api(i))["resources"].pop("limits")),
    ("request above limit", "k8s[dev] resources",
     lambda i: main_container(_api(i, "dev"))["resources"]["requests"].__setitem__("memory", "4Gi")),
    ("writable root file system on the worker", "k8s[base] security",
     lambda i: main_container(find(i.k8s["base"], "Deployment", WORKER))["securityContext"]
     .__setitem__("readOnlyRootFilesystem", False)),
    ("capabilities kept by the Job", "k8s[production] security",
     lambda i: main_container(find(i.k8s["production"], "Job", JOB))["securityContext"].pop("capabilities")),
    ("pod runs as root", "k8s[base] security",
     lambda i: (pod_spec(_api(i))["securityContext"].update(runAsNonRoot=False, runAsUser=0),
                main_container(_api(i))["securityContext"].pop("runAsNonRoot"))),
    ("/tmp not mounted", "k8s[base] security",
     lambda i: main_container(_api(i)).__setitem__("volumeMounts", [
         m for m in main_container(_api(i))["volumeMounts"] if m["mountPath"] != "/tmp"])),
    ("two workers", "k8s[base] roles",
     lambda i: find(i.k8s["base"], "Deployment", WORKER)["spec"].__setitem__("replicas", 2)),
    ("Service selects the worker too", "k8s[base] routing",
     lambda i: find(i.k8s["base"], "Service", API)["spec"]["selector"].pop("app.kubernetes.io/component")),
    ("production host without TLS", "k8s[production] routing",
     lambda i: find(i.k8s["production"], "Ingress", "errdex")["spec"].pop("tls")),
    ("HPA on autoscaling/v1", "k8s[base] k8s_objects",
     lambda i: find(i.k8s["base"], "HorizontalPodAutoscaler", API).__setitem__("apiVersion", "autoscaling/v1")),
    ("HPA pinned to one size", "k8s[dev] hpa",
     lambda i: find(i.k8s["dev"], "HorizontalPodAutoscaler", API)["spec"].__setitem__("maxReplicas", 2)),
    ("PDB that allows no disruption", "k8s[base] pdb",
     lambda i: find(i.k8s["base"], "PodDisruptionBudget", API)["spec"].__setitem__("maxUnavailable", 0)),
    ("Job without ERRDEX_MIGRATE_ONLY", "k8s[base] migration_job",
     lambda i: main_container(find(i.k8s["base"], "Job", JOB)).__setitem__("env", [
         e for e in main_container(find(i.k8s["base"], "Job", JOB))["env"] if e["name"] != "ERRDEX_MIGRATE_ONLY"])),
    ("migration Job without its component label", "k8s[production] upgrade_labels",
     lambda i: find(i.k8s["production"], "Job", JOB)["metadata"]["labels"].pop("app.kubernetes.io/component")),
    ("real value in the Secret template", "k8s[base] secrets",
     lambda i: find(i.k8s["base"], "Secret", SECRET_NAME)["stringData"].__setitem__("QUARKUS_DATASOURCE_PASSWORD", "hunter2")),
    ("production renders a Secret", "k8s[production] secrets",
     lambda i: i.k8s["production"].append(copy.deepcopy(find(i.k8s["base"], "Secret", SECRET_NAME)))),
    ("dangling ConfigMap reference", "k8s[dev] references",
     lambda i: main_container(_api(i, "dev"))["envFrom"][0]["configMapRef"].__setitem__("name", "nope")),
    ("production image :latest", "k8s[production] images",
     lambda i: [c.__setitem__("image", "registry.example.com/errdex/errdex:latest")
                for o in i.k8s["production"] for c in pod_spec(o).get("containers") or []
                if str(c.get("image", "")).startswith("registry.example.com/")]),
    ("contract variable set nowhere", "k8s[base] env_contract",
     lambda i: find(i.k8s["base"], "ConfigMap", "errdex-config", prefix=True)["data"].pop("ERRDEX_IMAP_FOLDER")),
    ("PostgreSQL 14", "compose postgres",
     lambda i: postgres_service(i.compose)[1].__setitem__("image", "postgres:14")),
    ("PostgreSQL volume not declared", "compose postgres",
     lambda i: i.compose.pop("volumes")),
    ("other GreenMail version", "compose greenmail",
     lambda i: [s.__setitem__("image", "greenmail/standalone:2.0.0") for s in i.compose["services"].values()
                if str(s.get("image", "")).startswith("greenmail/")]),
    ("worker removed", "compose worker",
     lambda i: i.compose["services"].pop(next(iter(by_role(i.compose, "worker"))))),
    ("API replicas on one host port", "compose api",
     lambda i: [s.__setitem__("ports", ["127.0.0.1:8081:8080"]) for s in by_role(i.compose, "api").values()]),
    ("API starts before migrations end", "compose order",
     lambda i: depends(_compose_by_role(i, "api")) and _compose_by_role(i, "api")["depends_on"].pop(
         next(n for n, s in i.compose["services"].items() if senv(s).get("ERRDEX_MIGRATE_ONLY") == "true"))),
    ("wrong database password", "compose datasource",
     lambda i: _compose_by_role(i, "worker")["environment"].__setitem__("QUARKUS_DATASOURCE_PASSWORD", "x")),
    ("image runs as root", "dockerfile",
     lambda i: setattr(i, "dockerfile", i.dockerfile.replace("USER 10001:10001", "USER root"))),
    ("health-check tool not installed", "dockerfile",
     lambda i: setattr(i, "dockerfile", re.sub(r"install -y --no-install-recommends curl", "install -y", i.dockerfile))),
    (".git sent to the builder", "dockerignore",
     lambda i: setattr(i, "dockerignore", i.dockerignore.replace(".git/", ""))),
    ("README misses a variable", "readme",
     lambda i: setattr(i, "readme", i.readme.replace("ERRDEX_IMAP_POLL_INTERVAL", "POLL"))),
]


def self_test(inputs):
    results = []
    for description, check_name, mutate in MUTATIONS:
        broken = copy.deepcopy(inputs)
        try:
            mutate(broken)
            checks = dict(all_checks(broken))
            problems = run_check(checks[check_name])
            ok = bool(problems) and not any(p.startswith("check crashed") for p in problems)
            detail = problems[0] if ok else f"{check_name} did not notice" + (f" ({problems[0]})" if problems else "")
        except Exception as e:
            ok, detail = False, f"mutation failed: {type(e).__name__}: {e}"
        results.append((f"self-test: {description} is caught", ok, detail))
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rendered", required=True, help="folder with k8s-<variant>.json and compose.json")
    parser.add_argument("--repo", default=str(Path(__file__).resolve().parents[2]), help="repository root")
    parser.add_argument("--self-test", action="store_true", help="also prove each check can fail")
    args = parser.parse_args(argv)

    inputs = Inputs.read(args.rendered, args.repo)
    results = []
    for name, thunk in all_checks(inputs):
        problems = run_check(thunk)
        results.append((name, not problems, "; ".join(problems)))
    if args.self_test:
        results += self_test(inputs)

    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + ("" if ok else f": {detail}"))
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"deploy-checks: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
