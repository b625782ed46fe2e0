"""The load client of bench/pages.py: wrk (Debian's package) with bench/wrk_report.lua, or, when
wrk is missing, a fallback of one Python process per connection (no threads, so the client does
not share a GIL; still slower than wrk, so its figures are a lower bound and marked as such).

    measure("http://127.0.0.1:8000/de/", seconds=10, connections=4) -> {"rps", "p50", "p95", ...}
"""

import http.client
import json
import multiprocessing
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

LUA = Path(__file__).with_name("wrk_report.lua")
WRK = shutil.which("wrk")
CLIENT = "wrk" if WRK else "python-processes (fallback: wrk not installed; apt-get install wrk)"


def measure(url, seconds, connections=4, headers=None, timeout=10):
    """Load `url` for `seconds` from `connections` keep-alive connections; figures in ms and req/s."""
    headers = headers or {}
    if WRK:
        return _wrk(url, seconds, connections, headers, timeout)
    return _python(url, seconds, connections, headers, timeout)


def _wrk(url, seconds, connections, headers, timeout):
    command = [WRK, "-t1", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s", "-s", str(LUA)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK_JSON "))
    data = json.loads(line.removeprefix("WRK_JSON "))
    errors = sum(data[k] for k in ("status_errors", "connect_errors", "read_errors", "write_errors", "timeouts"))
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50": data["p50_us"] / 1000,
        "p95": data["p95_us"] / 1000,
        "p99": data["p99_us"] / 1000,
        "requests": data["requests"],
        "errors": errors,
        "client": "wrk",
    }


def _client(url, deadline, headers, timeout, queue):
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    latencies, errors = [], 0
    while time.monotonic() < deadline:
        start = time.perf_counter()
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status >= 400:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            continue
        latencies.append(time.perf_counter() - start)
    queue.put((latencies, errors))


def _python(url, seconds, connections, headers, timeout):
    queue = multiprocessing.Queue()
    started = time.perf_counter()
    deadline = time.monotonic() + seconds
    workers = [
        multiprocessing.Process(target=_client, args=(url, deadline, headers, timeout, queue))
        for _ in range(connections)
    ]
    for worker in workers:
        worker.start()
    latencies, errors = [], 0
    for _ in workers:
        part, part_errors = queue.get()
        latencies += part
        errors += part_errors
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    if not latencies:
        return {"rps": 0.0, "p50": 0.0, "p95": 0.0, "p99": 0.0, "requests": 0, "errors": errors, "client": "python"}

    def pick(q):
        return latencies[min(len(latencies) - 1, int(len(latencies) * q))] * 1000

    return {
        "rps": len(latencies) / elapsed,
        "p50": pick(0.50),
        "p95": pick(0.95),
        "p99": pick(0.99),
        "requests": len(latencies),
        "errors": errors,
        "client": "python",
    }
