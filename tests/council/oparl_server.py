"""A local OParl 1.1 server for import tests, serving JSON written to the specification plus the quirks
real servers have. Runs in a thread on 127.0.0.1; routes can be changed between requests."""

import json
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

SCHEMA = "https://schema.oparl.org/1.1/"


class OParlServer:
    def __init__(self):
        self.routes = {}  # path -> callable(query) -> (status, headers, body bytes) or dict
        self.prefixes = {}  # path prefix -> callable(path, query, handler), for objects at their own address
        self.requests = []
        self.broken_ids = set()  # a list page holding one of these objects answers 500, as a server whose
        # serializer fails on one bad object does
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                server.requests.append(self.path)
                route = server.routes.get(parts.path)
                for prefix, handler_for_prefix in server.prefixes.items():
                    if route is None and parts.path.startswith(prefix):
                        route = lambda query, handler, f=handler_for_prefix: f(parts.path, query, handler)  # noqa: E731
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(b"<html><body>Not found</body></html>")
                    return
                result = route(parse_qs(parts.query), self)
                if result is None:
                    return  # the route wrote its own response
                if isinstance(result, dict):
                    result = (200, {"Content-Type": "application/json"}, json.dumps(result).encode())
                status, headers, body = result
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path):
        return self.base + path

    def json(self, path, data):
        self.routes[path] = lambda query, handler: data

    def html_error(self, path, status=200):
        self.routes[path] = lambda query, handler: (
            status,
            {"Content-Type": "text/html"},
            b"<html><h1>Wartungsarbeiten</h1></html>",
        )

    def slow(self, path, seconds):
        def route(query, handler):
            time.sleep(seconds)
            return {"id": self.url(path), "type": SCHEMA + "Location"}

        self.routes[path] = route

    def huge(self, path, size):
        self.routes[path] = lambda query, handler: (
            200,
            {"Content-Type": "application/json"},
            b'{"x": "' + b"a" * size + b'"}',
        )

    def endless(self, path):
        def route(query, handler):
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.end_headers()
            try:
                handler.wfile.write(b'{"x": "')
                for _ in range(100000):
                    handler.wfile.write(b"a" * 1024)
                    time.sleep(0.001)
            except OSError:
                pass
            return None

        self.routes[path] = route

    def redirect(self, path, target):
        self.routes[path] = lambda query, handler: (302, {"Location": target}, b"")

    def paged_list(self, path, items, per_page=2, broken_next=False, total_pages=False):
        """An OParl list, in a stable order. With modified_since only the objects changed since then,
        deleted ones included; without it no deleted ones (OParl 1.1, section 2.5). A page that holds
        an object of `broken_ids` answers 500. `total_pages` adds pagination.totalPages and links.last."""

        def route(query, handler):
            data = items() if callable(items) else items
            since = query.get("modified_since", [None])[0]
            if since:
                limit = datetime.fromisoformat(since)
                data = [
                    o for o in data if datetime.fromisoformat(o.get("modified", "2000-01-01T00:00:00+00:00")) >= limit
                ]
            else:
                data = [o for o in data if not o.get("deleted")]
            page = int(query.get("page", ["1"])[0])
            chunk = data[(page - 1) * per_page : page * per_page]
            if page > 1 and not chunk:
                return (404, {"Content-Type": "application/json"}, b'{"error": "no such page"}')
            if any(o.get("id") in self.broken_ids for o in chunk):
                return (500, {"Content-Type": "text/html"}, b"<html><h1>Internal Server Error</h1></html>")
            pages = max(1, -(-len(data) // per_page))
            suffix = f"&modified_since={quote(since)}" if since else ""
            body = {"data": chunk, "pagination": {"currentPage": page, "elementsPerPage": per_page}, "links": {}}
            if total_pages:
                body["pagination"]["totalPages"] = pages
                body["links"]["last"] = self.url(path) + f"?page={pages}" + suffix
            if page * per_page < len(data):
                body["links"]["next"] = (
                    self.url(path + "broken/" if broken_next else path) + f"?page={page + 1}" + suffix
                )
            return body

        self.routes[path] = route

    def objects(self, prefix, items):
        """Each object of `items` (a callable) at its own address under `prefix`; 404 for any other."""

        def route(path, query, handler):
            for item in items():
                if item.get("id") == self.url(path):
                    if item.get("id") in self.broken_ids:
                        return (500, {"Content-Type": "text/html"}, b"<html>Error</html>")
                    return item
            return (404, {"Content-Type": "application/json"}, b'{"error": "not found"}')

        self.prefixes[prefix] = route


def system(server):
    return {
        "id": server.url("/oparl/system"),
        "type": SCHEMA + "System",
        "oparlVersion": SCHEMA,
        "body": server.url("/oparl/bodies"),
        "name": "Test-RIS",
    }


def body(server):
    return {
        "id": server.url("/oparl/body/1"),
        "type": SCHEMA + "Body",
        "system": server.url("/oparl/system"),
        "name": "Stadt Teststadt",
        "organization": server.url("/oparl/body/1/organizations"),
        "meeting": server.url("/oparl/body/1/meetings"),
        "person": server.url("/oparl/body/1/people"),
        "paper": server.url("/oparl/body/1/papers"),
        "legislativeTerm": [],
        "modified": "2026-01-01T00:00:00+01:00",
    }


def organization(server, number, name, modified="2026-01-01T00:00:00+01:00", **extra):
    return {
        "id": server.url(f"/oparl/organization/{number}"),
        "type": SCHEMA + "Organization",
        "body": server.url("/oparl/body/1"),
        "name": name,
        "organizationType": "Gremium",
        "classification": "Ausschuss",
        "modified": modified,
        **extra,
    }


def meeting(server, number, name, start, org_numbers=(1,), modified="2026-01-01T00:00:00+01:00", agenda=(), **extra):
    data = {
        "id": server.url(f"/oparl/meeting/{number}"),
        "type": SCHEMA + "Meeting",
        "name": name,
        "start": start,
        "organization": [server.url(f"/oparl/organization/{n}") for n in org_numbers],
        "modified": modified,
        "agendaItem": [
            {
                "id": server.url(f"/oparl/agendaitem/{number}-{i}"),
                "type": SCHEMA + "AgendaItem",
                "meeting": server.url(f"/oparl/meeting/{number}"),
                "number": str(i + 1),
                "order": i,
                "name": title,
                "public": True,
                "modified": modified,
            }
            for i, title in enumerate(agenda)
        ],
    }
    data.update(extra)
    return data
