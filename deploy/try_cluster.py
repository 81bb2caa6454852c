"""Start, on this machine, the dashboard as an organisation runs it: PostgreSQL, two app processes, nginx.

    deploy/try-cluster [--backends N] [--state FILE]   start; prints one JSON object and returns
    deploy/try-cluster stop [--state FILE]             end everything it started, remove its files

A throwaway PostgreSQL comes from ``tools/pgtemp`` unless ``ITA_DATABASE_URL`` names one. The schema is
upgraded once (``python -m ita_core db upgrade``) before the app processes start, as in production;
nginx uses ``deploy/nginx/ita-dashboard.conf.template``. Everything listens on free loopback ports.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx" / "ita-dashboard.conf.template"
DEFAULT_STATE = Path(tempfile.gettempdir()) / "ita-try-cluster.json"
READY_SECONDS = 90
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"  # Debian puts it in sbin, off a user's PATH


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/health", timeout=3) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _wait(url: str, process: subprocess.Popen[bytes] | None, log: Path) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while not _healthy(url):
        if (process is not None and process.poll() is not None) or time.monotonic() > deadline:
            raise SystemExit(f"{url} did not become healthy; see {log}:\n{log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.5)


def _nginx_conf(folder: Path, front: int, ports: list[int], max_mb: int) -> Path:
    site = TEMPLATE.read_text(encoding="utf-8")
    backends = "\n".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in ports)
    site = site.replace("{backends}", backends).replace("{listen}", f"127.0.0.1:{front}")
    site = site.replace("{max_body}", f"{max_mb + 1}m")
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "tmp" / name).mkdir(parents=True, exist_ok=True)
    user = "user root;\n" if os.geteuid() == 0 else ""  # a throwaway trial: its files are this user's
    conf = folder / "nginx.conf"
    conf.write_text(
        f"{user}worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/nginx-error.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n  access_log {folder}/nginx-access.log;\n"
        + "".join(
            f"  {name}_temp_path {folder}/tmp/{name};\n"
            for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"{site}\n}}\n",
        encoding="utf-8",
    )
    return conf


def start(backends: int, state: Path) -> dict[str, Any]:
    if state.exists():
        raise SystemExit(f"a cluster is already running ({state}): deploy/try-cluster stop --state {state}")
    folder = Path(tempfile.mkdtemp(prefix="ita-cluster-"))
    record: dict[str, Any] = {"folder": str(folder), "backends": [], "pg_dir": None, "nginx_pid": None}
    state.write_text(json.dumps(record), encoding="utf-8")  # so stop can clean up whatever got started
    try:
        url = os.environ.get("ITA_DATABASE_URL", "")
        if not url.startswith("postgresql"):
            pg = json.loads(
                subprocess.run([ROOT / "tools" / "pgtemp", "start"], check=True, capture_output=True, text=True).stdout
            )
            url, record["pg_dir"] = pg["url"], pg["dir"]
        record["database_url"] = url
        env = os.environ | {
            "ITA_DATABASE_URL": url,
            "ITA_DB_UPGRADE": "manual",
            "ITA_TRUSTED_PROXIES": "127.0.0.1",  # nginx, on this host, names the browser
            "PYTHONPATH": str(ROOT),
        }
        env.pop("ITA_WORKBOOK", None)
        subprocess.run(
            [sys.executable, "-m", "ita_core", "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        processes = []
        for i in range(backends):
            port = _free_port()
            log = folder / f"app-{i + 1}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
                     "--server.address", "127.0.0.1", "--server.port", str(port)],
                    cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                )  # fmt: skip
            record["backends"].append({"url": f"http://127.0.0.1:{port}", "pid": process.pid, "port": port})
            state.write_text(json.dumps(record), encoding="utf-8")
            processes.append((process, log))
        for backend, (process, log) in zip(record["backends"], processes, strict=True):
            _wait(backend["url"], process, log)
        front = _free_port()
        max_mb = int(env.get("ITA_MAX_UPLOAD_MB") or 20)
        conf = _nginx_conf(folder, front, [b["port"] for b in record["backends"]], max_mb)
        subprocess.run([NGINX, "-p", str(folder), "-c", str(conf)], check=True, capture_output=True)
        record["nginx_pid"] = int((folder / "nginx.pid").read_text().strip())
        record["url"] = f"http://127.0.0.1:{front}"
        state.write_text(json.dumps(record), encoding="utf-8")
        _wait(record["url"], None, folder / "nginx-error.log")
    except BaseException:
        stop(state)
        raise
    return {
        "url": record["url"],
        "database_url": record["database_url"],
        "backends": [{"url": b["url"], "pid": b["pid"]} for b in record["backends"]],
        "nginx_pid": record["nginx_pid"],
    }


def _end(pid: int) -> None:
    """Stop a process this script started (its session: streamlit's children too)."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    for _ in range(50):
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def stop(state: Path) -> None:
    if not state.exists():
        return
    record = json.loads(state.read_text(encoding="utf-8"))
    if record.get("nginx_pid"):
        with contextlib.suppress(ProcessLookupError):
            os.kill(record["nginx_pid"], signal.SIGQUIT)
    for backend in record.get("backends", []):
        _end(backend["pid"])
    if record.get("pg_dir"):
        subprocess.run([ROOT / "tools" / "pgtemp", "destroy", record["pg_dir"]], check=False, capture_output=True)
    if record.get("nginx_pid"):
        for _ in range(50):
            try:
                os.kill(record["nginx_pid"], 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
    shutil.rmtree(record["folder"], ignore_errors=True)
    state.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="deploy/try-cluster", description=__doc__.splitlines()[0])
    parser.add_argument("action", nargs="?", choices=("start", "stop"), default="start")
    parser.add_argument("--backends", type=int, default=2)
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE, help="where the cluster's record is kept")
    args = parser.parse_args()
    if args.action == "stop":
        stop(args.state)
        return
    print(json.dumps(start(args.backends, args.state)))


if __name__ == "__main__":
    main()
