"""A small HTTP client for the front-cache test: one keep-alive connection, the cookies it was given
(sent back over plain http although production marks them Secure: nginx here stands in for the TLS
proxy) and the admin's forms read from the HTML the way a browser without JavaScript would."""

import gzip
import http.client
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    elapsed: float

    @property
    def text(self):
        body = self.body
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name)

    @property
    def cache_status(self):
        return self.headers.get("X-Cache-Status")


class Client:
    def __init__(self, port, host=None):
        self.port = port
        self.host = host or f"127.0.0.1:{port}"
        self.cookies = {}
        self.conn = None

    def _connection(self):
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        return self.conn

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(self, method, path, body=None, headers=None, cookies=True):
        sent = {"Host": self.host, **(headers or {})}
        if cookies and self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if isinstance(body, dict | list):
            body = urlencode(body, doseq=True)
            sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
        for attempt in range(2):
            conn = self._connection()
            started = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=sent)
                raw = conn.getresponse()
                data = raw.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()  # a keep-alive connection the server closed meanwhile: once more
                if attempt:
                    raise
        response = Response(raw.status, raw.headers, data, time.perf_counter() - started)
        if raw.will_close:
            self.close()
        if cookies:
            for header in raw.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    if morsel["max-age"] == "0" or not morsel.value:
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, body=data, **kwargs)

    def login(self, username, password, path="/admin/login/"):
        page = self.get(path)
        form = Form.find(page.text)
        form.fields["username"] = [username]
        form.fields["password"] = [password]
        response = self.post(path, form.data())
        if response.status != 302 or "sessionid" not in self.cookies:
            raise AssertionError(f"login failed: {response.status}\n{response.text[:2000]}")
        return response

    def submit(self, path, changes, button, form_id=None, scripted=None):
        """GET the form at `path`, change `changes` ({name: value}), POST it with `button` (the
        submit button's name, or name=value) to the form's action; the answer (not followed).
        `scripted` ({name: value}) adds what the admin's JavaScript would post (e.g. an empty
        StreamField's `body-count`)."""
        page = self.get(path)
        if page.status != 200:
            raise AssertionError(f"GET {path}: {page.status}")
        form = Form.find(page.text, form_id=form_id)
        for name, value in changes.items():
            if name not in form.fields:
                raise AssertionError(f"the form at {path} has no field {name!r}: {sorted(form.fields)}")
            form.fields[name] = [value]
        data = form.data() + list((scripted or {}).items())
        if button:  # a named submit button; "" for a form whose button has no name
            name, _sep, value = button.partition("=")
            data.append((name, value or name))
        return self.post(urljoin(path, form.action or path), data, headers={"Referer": f"http://{self.host}{path}"})


class Form:
    def __init__(self, attrs):
        self.attrs = attrs
        self.action = attrs.get("action") or ""
        self.fields = {}

    def add(self, name, value):
        self.fields.setdefault(name, []).append(value)

    def data(self):
        return [(name, value) for name, values in self.fields.items() for value in values]

    @classmethod
    def find(cls, html, form_id=None):
        """The POST form with id `form_id`, or the one with the most fields."""
        parser = _FormParser()
        parser.feed(html)
        forms = [f for f in parser.forms if f.attrs.get("method", "get").lower() == "post"]
        if form_id is not None:
            forms = [f for f in forms if f.attrs.get("id") == form_id]
        if not forms:
            raise AssertionError(f"no POST form {form_id or ''} in the page")
        form = max(forms, key=lambda f: len(f.fields))
        if urlsplit(form.action).netloc:
            form.action = urlsplit(form.action)._replace(scheme="", netloc="").geturl()
        return form


class _FormParser(HTMLParser):
    """Fields as a browser submits them: inputs (checked boxes only, no buttons), textareas, the
    selected options of selects (else the first)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.form = None
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self.form = Form(attrs)
            self.forms.append(self.form)
        if self.form is None or ("disabled" in attrs and tag in ("input", "textarea", "select")):
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.form.add(name, attrs.get("value", "on" if kind in ("checkbox", "radio") else ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = {"name": name, "multiple": "multiple" in attrs, "options": [], "selected": []}
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            self.select["options"].append(value)
            if "selected" in attrs:
                self.select["selected"].append(value)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None:
            name, value = self.textarea
            self.form.add(name, value[1:] if value.startswith("\n") else value)
            self.textarea = None
        elif tag == "select" and self.select is not None:
            chosen = self.select["selected"] or ([] if self.select["multiple"] else self.select["options"][:1])
            for value in chosen:
                self.form.add(self.select["name"], value)
            self.select = None
        elif tag == "form":
            self.form = None
