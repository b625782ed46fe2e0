"""What both payment simulators share: a quiet request handler with small answer helpers, the
server on its own thread, and the server-to-server POST to the shop."""

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SimulatorHandler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", headers=None):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, status, data, headers=None):
        return self.send(status, json.dumps(data), "application/json", headers)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length).decode()

    def form(self):
        return {k: v[0] for k, v in urllib.parse.parse_qs(self.body()).items()}


class SimulatorServer:
    """A ThreadingHTTPServer for `handler_class` on host:port (0: a free port), served on a daemon
    thread from start() until stop()."""

    def serve_with(self, handler_class, host, port):
        self.server = ThreadingHTTPServer((host, port), handler_class)
        self.thread = None

    @property
    def url(self):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self):
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def post(url, body, content_type, headers=None):
    """POST `body` (bytes) to `url` as the provider's server does; the HTTP status (0 if unreachable)."""
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0
