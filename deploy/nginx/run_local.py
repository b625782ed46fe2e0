"""Render deploy/nginx/stadtportal.conf.template, and run a private nginx with it.

    # a private nginx on port 8080 in front of gunicorn on 8000, as the current user (Ctrl+C stops it)
    python deploy/nginx/run_local.py serve --port 8080 --upstream 127.0.0.1:8000 \\
        --static-root staticfiles --media-root media --workdir /tmp/stadtportal-nginx

    # the production configuration, for /etc/nginx/sites-available/stadtportal
    python deploy/nginx/run_local.py render --server-name www.stadt.example --listen "443 ssl" \\
        --ssl-certificate /etc/ssl/stadt.pem --ssl-certificate-key /etc/ssl/private/stadt.key \\
        --upstream 10.0.0.11:8000 --upstream 10.0.0.12:8000 \\
        --static-root /srv/stadtportal/static --media-root /srv/stadtportal/media

The private nginx keeps everything under its workdir (prefix, pid, temporary and cache folders,
logs) and loads Debian's cache purge module (libnginx-mod-http-cache-purge) from
/usr/lib/nginx/modules/. Tests and bench/pages.py call start_nginx().
"""

import argparse
import getpass
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "stadtportal.conf.template"
MODULES_DIR = Path("/usr/lib/nginx/modules")
PURGE_MODULE = "ngx_http_cache_purge_module.so"
MIME_TYPES = Path("/etc/nginx/mime.types")

# Production defaults (Debian's paths); `serve` and start_nginx() put them under the workdir.
DEFAULTS = {
    "listen": "80",
    "server_name": "_",
    "tls": "",
    "access_log": "/var/log/nginx/stadtportal.access.log",
    # For manage.py import_visits (docs/visits.md): no visitor's address in it.
    "visits_log": "/var/log/nginx/stadtportal.visits.log",
    "cache_path": "/var/cache/nginx/stadtportal",
    "cache_keys_zone": "50m",  # about 400,000 keys
    "cache_max_size": "2g",
    "purge_from": "127.0.0.1 ::1",
    "session_cookie": "sessionid",  # Django's SESSION_COOKIE_NAME
    "client_max_body_size": "51m",  # one upload of the largest a form allows (50 MB) + 1 MB
    "forwarded_proto": "$scheme",
}


def nginx_binary():
    """The nginx executable, or None when nginx is not installed."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    return found


def purge_module():
    """Path of Debian's cache purge module, or None when libnginx-mod-http-cache-purge is missing."""
    path = MODULES_DIR / PURGE_MODULE
    return path if path.exists() else None


def render(upstream, static_root, media_root, **values):
    """The site configuration (nginx's http context) for `upstream` ("host:port" or a list of them)."""
    upstreams = [upstream] if isinstance(upstream, str) else list(upstream)
    if not upstreams:
        raise ValueError("at least one upstream (host:port) is needed")
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
    filled = {
        **DEFAULTS,
        **{k: v for k, v in values.items() if v is not None},
        "upstream_servers": "\n".join(f"    server {server};" for server in upstreams),
        "static_root": str(Path(static_root).resolve()).rstrip("/"),
        "media_root": str(Path(media_root).resolve()).rstrip("/"),
    }
    purge_from = filled.pop("purge_from")
    if isinstance(purge_from, str):
        purge_from = purge_from.split()
    filled["purge_allow"] = "\n".join(f"        allow {address};" for address in purge_from)

    def fill(match):
        return str(filled[match.group(1)])

    text = TEMPLATE.read_text()
    missing = set(re.findall(r"\{\{(\w+)\}\}", text)) - set(filled)
    if missing:
        raise KeyError(f"template placeholders without a value: {', '.join(sorted(missing))}")
    return re.sub(r"\{\{(\w+)\}\}", fill, text)


def tls_lines(certificate, key):
    return f"    ssl_certificate {certificate};\n    ssl_certificate_key {key};\n"


def main_config(workdir, site_conf, worker_processes="auto"):
    """A whole nginx.conf for a private nginx: everything it writes lives below `workdir`."""
    workdir = Path(workdir)
    module = purge_module()
    if module is None:
        raise FileNotFoundError(
            f"{MODULES_DIR / PURGE_MODULE} is missing: apt-get install nginx libnginx-mod-http-cache-purge"
        )
    # As root, nginx would hand its workers to `nobody`, who may not read the workdir.
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    temp = workdir / "temp"
    mime = f"    include {MIME_TYPES};\n" if MIME_TYPES.exists() else "    types { text/html html; text/css css; }\n"
    return (
        f"load_module {module};\n"
        f"{user}"
        f"worker_processes {worker_processes};\n"
        f"pid {workdir / 'nginx.pid'};\n"
        f"error_log {workdir / 'error.log'} warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        f"{mime}"
        "    default_type application/octet-stream;\n"
        "    sendfile on;\n"
        "    tcp_nopush on;\n"
        "    keepalive_timeout 65;\n"
        "    keepalive_requests 100000;\n"
        "    server_tokens off;\n"
        f"    client_body_temp_path {temp / 'body'};\n"
        f"    proxy_temp_path {temp / 'proxy'};\n"
        f"    fastcgi_temp_path {temp / 'fastcgi'};\n"
        f"    uwsgi_temp_path {temp / 'uwsgi'};\n"
        f"    scgi_temp_path {temp / 'scgi'};\n"
        f"    include {site_conf};\n"
        "}\n"
    )


def write_config(listen_port, upstream, static_root, media_root, workdir, worker_processes="auto", **values):
    """Write nginx.conf and stadtportal.conf into `workdir`; returns the path of nginx.conf."""
    workdir = Path(workdir).resolve()
    for folder in ("temp", "cache", "logs"):
        (workdir / folder).mkdir(parents=True, exist_ok=True)
    values.setdefault("listen", f"127.0.0.1:{listen_port}")
    values.setdefault("server_name", "localhost 127.0.0.1")
    values.setdefault("access_log", str(workdir / "logs" / "access.log"))
    values.setdefault("visits_log", str(workdir / "logs" / "visits.log"))
    values.setdefault("cache_path", str(workdir / "cache"))
    values.setdefault("cache_keys_zone", "10m")
    values.setdefault("cache_max_size", "256m")
    site_conf = workdir / "stadtportal.conf"
    site_conf.write_text(render(upstream, static_root, media_root, **values))
    conf = workdir / "nginx.conf"
    conf.write_text(main_config(workdir, site_conf, worker_processes))
    return conf


def _wait_for_port(port, process, timeout):
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)


def start_nginx(listen_port, upstream, static_root, media_root, workdir, **values):
    """Start a private nginx on 127.0.0.1:`listen_port` in front of `upstream` ("host:port" or a
    list), serving `static_root` under /static/ and `media_root` under /media/, with every file it
    writes below `workdir`. Returns once the port answers; stop it with .terminate() and .wait().

    Keyword arguments override the template's settings (DEFAULTS, e.g. purge_from, session_cookie,
    client_max_body_size, forwarded_proto) and worker_processes (default "auto")."""
    binary = nginx_binary()
    if binary is None:
        raise FileNotFoundError("nginx is not installed: apt-get install nginx libnginx-mod-http-cache-purge")
    workdir = Path(workdir).resolve()
    conf = write_config(listen_port, upstream, static_root, media_root, workdir, **values)
    check = subprocess.run([binary, "-p", str(workdir), "-c", str(conf), "-t", "-q"], capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"nginx refused {conf}:\n{check.stderr}")
    log = open(workdir / "logs" / "nginx.out", "ab")  # noqa: SIM115 (kept open for the process's life)
    process = subprocess.Popen(
        [binary, "-p", str(workdir), "-c", str(conf), "-g", "daemon off;"], stdout=log, stderr=log
    )
    log.close()
    if not _wait_for_port(listen_port, process, timeout=10):
        process.terminate()
        process.wait(timeout=10)
        error_log = workdir / "error.log"
        detail = error_log.read_text() if error_log.exists() else ""
        raise RuntimeError(f"nginx did not start on port {listen_port}:\n{detail}")
    return process


def _add_site_arguments(parser):
    parser.add_argument("--upstream", action="append", help="gunicorn's host:port (repeat for several app servers)")
    parser.add_argument("--static-root", required=True, help="STATIC_ROOT (after collectstatic)")
    parser.add_argument("--media-root", required=True, help="MEDIA_ROOT")
    parser.add_argument("--purge-from", action="append", help="address or CIDR allowed to PURGE (repeatable)")
    parser.add_argument("--session-cookie", help="SESSION_COOKIE_NAME (default sessionid)")
    parser.add_argument("--client-max-body-size", help="largest request body (default 51m)")


def _site_values(args):
    return {
        "purge_from": args.purge_from,
        "session_cookie": args.session_cookie,
        "client_max_body_size": args.client_max_body_size,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run a private nginx in the foreground")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workdir", required=True, help="folder for its configuration, pid, temp, cache and logs")
    serve.add_argument("--workers", default="auto", help="worker_processes (default auto)")
    _add_site_arguments(serve)

    out = commands.add_parser("render", help="print the production configuration")
    out.add_argument("--server-name", required=True, help="e.g. www.stadt.example")
    out.add_argument("--listen", help='e.g. "443 ssl" (default 80)')
    out.add_argument("--ssl-certificate")
    out.add_argument("--ssl-certificate-key")
    out.add_argument("--cache-path", help=f"default {DEFAULTS['cache_path']}")
    out.add_argument("--cache-max-size", help=f"default {DEFAULTS['cache_max_size']}")
    out.add_argument("--access-log", help=f"default {DEFAULTS['access_log']}")
    out.add_argument("--visits-log", help=f"for manage.py import_visits; default {DEFAULTS['visits_log']}")
    out.add_argument(
        "--forwarded-proto",
        help="X-Forwarded-Proto for the app (default $scheme; 'https' when a TLS proxy in front speaks http to nginx)",
    )
    _add_site_arguments(out)

    args = parser.parse_args(argv)
    upstream = args.upstream or ["127.0.0.1:8000"]
    if args.command == "render":
        tls = ""
        if args.ssl_certificate or args.ssl_certificate_key:
            if not (args.ssl_certificate and args.ssl_certificate_key):
                parser.error("--ssl-certificate and --ssl-certificate-key go together")
            tls = tls_lines(args.ssl_certificate, args.ssl_certificate_key)
        sys.stdout.write(
            render(
                upstream,
                args.static_root,
                args.media_root,
                server_name=args.server_name,
                listen=args.listen,
                tls=tls,
                cache_path=args.cache_path,
                cache_max_size=args.cache_max_size,
                access_log=args.access_log,
                visits_log=args.visits_log,
                forwarded_proto=args.forwarded_proto,
                **_site_values(args),
            )
        )
        return 0

    process = start_nginx(
        args.port,
        upstream,
        args.static_root,
        args.media_root,
        args.workdir,
        worker_processes=args.workers,
        **{k: v for k, v in _site_values(args).items() if v is not None},
    )
    print(f"nginx on http://127.0.0.1:{args.port}/ in front of {', '.join(upstream)} (Ctrl+C stops it)", flush=True)

    def stop(_signum, _frame):
        raise KeyboardInterrupt

    # Ctrl+C, or SIGTERM to this process (e.g. from a script that started it): nginx stops too.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.send_signal(signal.SIGTERM)
        return process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
