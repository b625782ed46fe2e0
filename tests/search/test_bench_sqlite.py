"""Issue 12: bench/search_latency.py never corrupts a SQLite database. A database in WAL mode is
whole only with its -wal file; a copy of the main file alone, or a copy onto a path where an
earlier database's -wal was left behind, is "malformed" at the next write. The benchmark copies
through SQLite's backup API and locks its file for the run."""

import importlib.util
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("search_latency", ROOT / "bench" / "search_latency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _database(path, rows, tag):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")  # the writes stay in the -wal
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    connection.execute("CREATE INDEX t_v ON t (v)")
    connection.executemany("INSERT INTO t (v) VALUES (?)", [(f"{tag}-{i}" * 8,) for i in range(rows)])
    connection.commit()
    return connection


def _leave_wal_behind(path):
    """A process that wrote to `path` and was killed before it checkpointed (a timeout)."""
    code = (
        f"import os, sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('PRAGMA wal_autocheckpoint=0');"
        "c.execute(\"UPDATE t SET v = v || 'x'\"); c.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_copy_holds_what_is_still_in_the_wal(tmp_path):
    source = tmp_path / "source.sqlite3"
    writer = _database(source, 3000, "source")  # open, nothing checkpointed
    assert Path(f"{source}-wal").stat().st_size > 0
    copy = _bench().copy_sqlite(source, tmp_path / "copy.sqlite3")
    writer.close()
    check = sqlite3.connect(copy)
    assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert check.execute("SELECT count(*) FROM t").fetchone() == (3000,)


def test_a_copy_onto_a_path_with_an_old_wal_is_whole(tmp_path):
    old = tmp_path / "bench.sqlite3"
    _database(old, 20000, "old").close()
    _leave_wal_behind(old)
    assert Path(f"{old}-wal").exists()
    seed = tmp_path / "seed.sqlite3"
    _database(seed, 500, "seed").close()
    _bench().copy_sqlite(seed, old)
    check = sqlite3.connect(old)
    assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
    # A plain copy of the file here reads 20,000 rows of the old database out of its -wal.
    assert check.execute("SELECT count(*) FROM t").fetchone() == (500,)
    assert check.execute("SELECT v FROM t WHERE id = 500").fetchone() == ("seed-499" * 8,)
    check.execute("UPDATE t SET v = 'y' WHERE id < 100")
    check.commit()


def test_two_runs_never_share_a_file(tmp_path):
    bench = _bench()
    path = tmp_path / "bench.sqlite3"
    with bench.SQLiteGuard(path), pytest.raises(SystemExit, match="in use"):
        bench.SQLiteGuard(path).__enter__()
