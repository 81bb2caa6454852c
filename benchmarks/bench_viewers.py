"""Many viewers at once: one app process against the two-process cluster behind nginx, same machine, same run.

    python -m benchmarks.bench_viewers [--viewers 50] [--rounds 3] [--trials 5] [--settle 60]
        [--activities 10000 --snapshots 50] [--soak 40]

Each viewer is a lightweight client that speaks Streamlit's websocket protocol with Streamlit's own
message definitions (``BackMsg``/``ForwardMsg``): it opens a session, asks for the overview and waits
for the run to finish with the page drawn, as a browser would, without drawing anything. The cluster
comes from ``deploy/try-cluster`` (PostgreSQL, two app processes, nginx); "one process" is one of its
app processes addressed directly, so both sides share the database and the data.

Printed: time to a full overview (p50, p95) with all viewers arriving at once, throughput (full
overviews per second while every viewer reloads ``--rounds`` times; ``--trials`` runs per side,
alternating, and their median: the machine is noisy), the app process's memory per open session,
and its memory ``--settle`` seconds after every viewer has gone.

``--activities N --snapshots S``: before measuring, S revisions of a SYNTHETIC plan of N activities are
published into the cluster's database (``benchmarks.synthetic.fill``); the overview then shows it
(the unit published last). ``--soak R``: then R more waves of ``--viewers`` sessions, each opened, drawn
and closed, with the app process's memory after each wave: it should level off, not keep climbing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks import synthetic
from benchmarks.servers import cpu_seconds

ROOT = Path(__file__).resolve().parents[1]
MIN_DELTAS = 20  # the overview draws about 60 elements: fewer means the run ended early


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def overview(url: str, hold: asyncio.Event | None = None, times: list[float] | None = None) -> float:
    """Seconds until one new session's overview has finished drawing (also added to ``times`` at once);
    keeps the session open until ``hold`` is set."""
    start = time.perf_counter()
    stream = url.replace("http://", "ws://") + "/_stcore/stream"
    protocols = [websockets.Subprotocol("streamlit")]
    async with websockets.connect(stream, subprotocols=protocols, origin=websockets.Origin(url), max_size=None) as ws:
        ask = BackMsg()
        ask.rerun_script.query_string = ""
        ask.rerun_script.page_script_hash = ""
        await ws.send(ask.SerializeToString())
        deltas = 0
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(ws.recv(), 120))
            kind = message.WhichOneof("type")
            deltas += kind == "delta"
            if kind == "script_finished" and deltas >= MIN_DELTAS:
                seconds = time.perf_counter() - start
                break
        if times is not None:
            times.append(seconds)
        if hold is not None:
            await hold.wait()
        return seconds


async def _burst(url: str, pid: int, viewers: int) -> dict[str, Any]:
    """All viewers arriving at once: time to each one's full overview, and memory with every session open."""
    await overview(url)  # a first run fills the caches, as on any server that has been up a while
    await asyncio.sleep(2)
    before = _rss_mib(pid)
    cpu = cpu_seconds(pid)
    hold = asyncio.Event()
    times: list[float] = []
    started = time.perf_counter()
    tasks = [asyncio.create_task(overview(url, hold, times)) for _ in range(viewers)]
    while len(times) < viewers and time.perf_counter() - started < 300:
        await asyncio.sleep(0.1)
    cpu = cpu_seconds(pid) - cpu
    held = _rss_mib(pid)  # every viewer's session open
    hold.set()
    await asyncio.gather(*tasks)
    burst = sorted(times)
    return {
        "p50": statistics.median(burst),
        "p95": burst[max(0, round(0.95 * len(burst)) - 1)],
        "rss_before": before,
        "rss_held": held,
        "per_session": (held - before) / viewers,
        "cpu_each": cpu / viewers,  # of the process measured (one app process), whichever address it is reached by
    }


async def _throughput(url: str, viewers: int, rounds: int) -> float:
    """Full overviews per second while every viewer reloads ``rounds`` times."""
    loads = 0
    started = time.perf_counter()

    async def reloader() -> None:
        nonlocal loads
        for _ in range(rounds):
            await overview(url)
            loads += 1

    await asyncio.gather(*(reloader() for _ in range(viewers)))
    return loads / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--viewers", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--trials", type=int, default=5, help="throughput runs per side, alternating (median)")
    parser.add_argument("--settle", type=float, default=60.0)
    parser.add_argument("--activities", type=int, default=0, help="a SYNTHETIC plan of this size (0: shipped)")
    parser.add_argument("--snapshots", type=int, default=1)
    parser.add_argument("--soak", type=int, default=0, help="waves of --viewers sessions, memory after each")
    args = parser.parse_args()
    state = Path(tempfile.gettempdir()) / "ita-bench-viewers.json"
    tool = [str(ROOT / "deploy" / "try-cluster"), "--state", str(state)]
    cluster = json.loads(subprocess.run(tool, check=True, capture_output=True, text=True).stdout)
    try:
        single = cluster["backends"][0]
        if args.activities:
            took = synthetic.fill(cluster["database_url"], args.activities, args.snapshots)
            print(f"published {args.snapshots} revisions of {args.activities:,} activities (SYNTHETIC) in {took:.0f} s")
        print(f"cluster: {cluster['url']} → {[b['url'] for b in cluster['backends']]}; {args.viewers} viewers")
        one = asyncio.run(_burst(single["url"], single["pid"], args.viewers))
        both = asyncio.run(_burst(cluster["url"], single["pid"], args.viewers))
        rates: dict[str, list[float]] = {"one": [], "both": []}
        for _ in range(args.trials):  # alternating, so a noisy moment hits both sides alike
            rates["one"].append(asyncio.run(_throughput(single["url"], args.viewers, args.rounds)))
            rates["both"].append(asyncio.run(_throughput(cluster["url"], args.viewers, args.rounds)))
        time.sleep(args.settle)
        after = _rss_mib(single["pid"])
        waves = [asyncio.run(_wave(single["url"], single["pid"], args.viewers)) for _ in range(args.soak)]
    finally:
        subprocess.run([tool[0], "stop", *tool[1:]], check=False)
    medians = {side: statistics.median(values) for side, values in rates.items()}
    for label, r, side in (("one app process", one, "one"), ("two processes behind nginx", both, "both")):
        shown = ", ".join(f"{v:.1f}" for v in rates[side])
        print(
            f"  {label}: full overview p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s; throughput median "
            f"{medians[side]:.1f} overviews/s ({shown}); memory {r['rss_before']:.0f} → {r['rss_held']:.0f} MiB "
            f"with {args.viewers} sessions open ({r['per_session']:.1f} MiB each)"
        )
    ratios = sorted(b / o for o, b in zip(rates["one"], rates["both"], strict=True))
    print(
        f"throughput ratio cluster / one process: median {medians['both'] / medians['one']:.2f} "
        f"(trial by trial {', '.join(f'{r:.2f}' for r in ratios)})  (target >= 1.6)"
    )
    print(f"one process, p95 with {args.viewers} arriving at once: {one['p95']:.2f} s  (target < 3 s)")
    print(f"one process, server CPU per overview in that burst: {one['cpu_each']:.3f} s")
    back = (after - one["rss_before"]) / one["rss_before"]
    print(
        f"one process, memory {args.settle:.0f} s after every viewer left: {after:.0f} MiB, {back:+.1%} of its "
        "start  (target within 10%)"
    )

    if waves:
        shown = ", ".join(f"{m:.0f}" for m in waves)
        half = waves[len(waves) // 2]
        print(
            f"soak: {args.soak} waves of {args.viewers} sessions ({args.soak * args.viewers} in all), the app "
            f"process's MiB after each: {shown}; last against the middle wave {waves[-1] / half - 1:+.1%}"
        )


async def _wave(url: str, pid: int, viewers: int) -> float:
    """``viewers`` sessions opened at once, each drawn and closed; the process's memory a second after."""
    await asyncio.gather(*(overview(url) for _ in range(viewers)))
    await asyncio.sleep(1)
    return _rss_mib(pid)


if __name__ == "__main__":
    sys.exit(main())
