"""A careful HTTP client for OParl servers: stdlib only, with timeouts, a size limit, a total time
limit per response, retries with backoff, and redirects only within the origin we were given."""

import json
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

USER_AGENT = "Stadtportal-OParl-Import/1.0"


class FetchError(Exception):
    """A URL could not be read as JSON; the message says why, for the import report. `status` is the
    HTTP status where the server answered with an error (404 and 410 tell that an object is gone)."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


def origin(url):
    parts = urlsplit(url)
    return (
        parts.scheme.lower(),
        (parts.hostname or "").lower(),
        parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower()),
    )


def with_params(url, **params):
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query += [(k, v) for k, v in params.items() if v is not None]
    return urlunsplit(parts._replace(query=urlencode(query)))


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 3

    def __init__(self, allowed):
        super().__init__()
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if origin(newurl) != self.allowed:
            raise FetchError(f"redirect to another server refused: {newurl[:200]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Client:
    def __init__(
        self, base_url, timeout=10.0, max_bytes=5_000_000, total_timeout=60.0, retries=3, backoff=1.0, sleep=time.sleep
    ):
        scheme = urlsplit(base_url).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError("only http and https addresses can be imported")
        self.allowed = origin(base_url)
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        handler = _SameOriginRedirects(self.allowed)
        self.opener = urllib.request.build_opener(handler, urllib.request.ProxyHandler({}))
        self.requests = 0

    def check_url(self, url):
        if not isinstance(url, str) or not url:
            raise FetchError("missing address")
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            raise FetchError(f"not a web address: {url[:200]}")
        if origin(url) != self.allowed:
            raise FetchError(f"address on another server refused: {url[:200]}")

    def get_json(self, url):
        self.check_url(url)
        attempt = 0
        while True:
            try:
                return self._get_once(url)
            except _Retryable as error:
                attempt += 1
                if attempt > self.retries:
                    raise FetchError(f"{error} (gave up after {attempt} attempts)", status=error.status) from None
                self.sleep(self.backoff * 2 ** (attempt - 1))

    def _get_once(self, url):
        self.requests += 1
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT})
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"response too large ({declared} bytes) from {url[:200]}")
                chunks, size = [], 0
                while True:
                    chunk = response.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"response larger than {self.max_bytes} bytes from {url[:200]}")
                    if time.monotonic() - started > self.total_timeout:
                        raise FetchError(f"response took longer than {self.total_timeout:g} s from {url[:200]}")
                    chunks.append(chunk)
                content_type = response.headers.get("Content-Type", "")
        except FetchError:
            raise
        except urllib.error.HTTPError as error:
            if error.code >= 500 or error.code == 429:
                raise _Retryable(f"HTTP {error.code} from {url[:200]}", status=error.code) from None
            raise FetchError(f"HTTP {error.code} from {url[:200]}", status=error.code) from None
        except TimeoutError as error:
            raise _Retryable(f"timeout reading {url[:200]}") from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, FetchError):
                raise error.reason from None
            raise _Retryable(f"cannot reach {url[:200]}: {error.reason}") from None
        except (ConnectionError, OSError) as error:
            raise _Retryable(f"connection failed for {url[:200]}: {error}") from None
        body = b"".join(chunks)
        try:
            data = json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            kind = content_type.split(";")[0] or "unknown type"
            raise FetchError(f"not JSON ({kind}) from {url[:200]}") from None
        if not isinstance(data, dict):
            raise FetchError(f"JSON is not an object at {url[:200]}")
        return data


class _Retryable(Exception):
    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status
