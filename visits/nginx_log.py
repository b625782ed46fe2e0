"""`manage.py import_visits <access log>`: visits from nginx's log (VISITS_SOURCE = "nginx-log").

With nginx's front cache in front, Django never sees the hits nginx answers, so nginx counts. The
shipped configuration (deploy/nginx/stadtportal.conf.template) writes a log of its own for this,
one JSON object per line and nothing about the visitor but the user agent (for the robot rule):

    log_format stadtportal_visits escape=json '{"time":"$time_iso8601","method":"$request_method",'
        '"uri":"$request_uri","status":"$status","type":"$sent_http_content_type",'
        '"agent":"$http_user_agent","purpose":"$http_sec_purpose $http_purpose $http_x_moz"}';
    access_log /var/log/nginx/stadtportal.visits.log stadtportal_visits if=$stadtportal_visit_logged;

nginx's combined format ('$remote_addr - $remote_user [$time_local] "$request" $status
$body_bytes_sent "$http_referer" "$http_user_agent"', the project's `stadtportal` format included)
is read too. It has no Content-Type, so there an answer counts as HTML when its path has no file
extension (the pages' addresses end in a slash); the address it starts with is never read.

The import is idempotent per file: it remembers each file by device and inode, with the offset of
the last complete line it counted and a digest of its first line (LogPosition). Reading the same
file again counts only what was added; a rotated file (same inode, new name) goes on where it
stopped; a new file under the old name starts at its beginning."""

import datetime
import hashlib
import json
import os
import re

from django.db import transaction
from django.utils import timezone

from visits import rules
from visits.daily import add_counts
from visits.models import LogPosition

COMBINED = re.compile(
    r'^\S+ \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<uri>\S+)(?: [^"]*)?" (?P<status>\d{3}) \S+'
    r'(?: "(?:[^"\\]|\\.)*" "(?P<agent>(?:[^"\\]|\\.)*)")?'
)
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def _local_day(moment):
    return timezone.localtime(moment).date().isoformat()


def parse_line(line):
    """(day, path) when the line is a visit, else None. Lines that are neither format are skipped."""
    line = line.strip()
    if not line:
        return None
    if line.startswith("{"):
        try:
            entry = json.loads(line)
            moment = datetime.datetime.fromisoformat(entry["time"])
        except (ValueError, KeyError, TypeError):
            return None
        path = rules.path_of(entry.get("uri", ""))
        purposes = str(entry.get("purpose", "")).split()
        if not rules.counts(
            entry.get("method"), path, entry.get("status") or 0, entry.get("type"), entry.get("agent"), *purposes
        ):
            return None
        return _local_day(moment), path
    match = COMBINED.match(line)
    if match is None:
        return None
    try:
        moment = datetime.datetime.strptime(match["time"], "%d/%b/%Y:%H:%M:%S %z")
    except ValueError:
        return None
    path = rules.path_of(match["uri"])
    content_type = "text/x-unknown" if _FILE_EXTENSION.search(path) else "text/html"
    if not rules.counts(match["method"], path, match["status"], content_type, match["agent"]):
        return None
    return _local_day(moment), path


def _head_digest(handle):
    handle.seek(0)
    first = handle.readline()
    return hashlib.sha256(first).hexdigest() if first.endswith(b"\n") else ""


def import_file(filename):
    """Count the visits in `filename` not counted before. Returns (lines read, visits counted)."""
    with open(filename, "rb") as handle:
        status = os.fstat(handle.fileno())
        head = _head_digest(handle)
        with transaction.atomic():
            position, _created = LogPosition.objects.select_for_update().get_or_create(
                device=status.st_dev, inode=status.st_ino, defaults={"path": str(filename)}
            )
            offset = position.offset
            if offset > status.st_size or (position.head and head and position.head != head):
                offset = 0  # a new file on a reused inode, or truncated: read it from the start
            handle.seek(offset)
            counts, lines = {}, 0
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # a line nginx is still writing: read it next time
                offset += len(raw)
                lines += 1
                found = parse_line(raw.decode("utf-8", errors="replace"))
                if found is not None:
                    counts[found] = counts.get(found, 0) + 1
            visits = add_counts(counts)
            position.offset = offset
            position.head = head
            position.path = str(filename)[:1000]
            position.save()
    return lines, visits
