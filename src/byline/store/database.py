"""SQLite connections as Byline's databases use them: WAL, a busy timeout, explicit
transactions, and damaged files moved aside.

Both databases (reading state in the config directory, the library in the cache directory) go
through `connect`. Connections are in autocommit mode: every change is written inside
`transaction`, which takes the write lock at its start (``BEGIN IMMEDIATE``) so that two
processes never interleave a read-then-write.

``synchronous=NORMAL`` in WAL mode: a committed transaction survives the process being killed
at any moment; a power cut may lose the last few commits, never the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

BUSY_TIMEOUT_MS = 5000
"""How long a writer waits for another process's transaction before giving up."""

DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
"""Error codes that mean the file is not a usable database (as opposed to busy, read-only or
a full disk)."""

SIDE_FILES = ("-wal", "-shm", "-journal")


def connect(
    path: Path, *, read_only: bool = False, busy_ms: int = BUSY_TIMEOUT_MS
) -> sqlite3.Connection:
    """Open (creating it unless `read_only`) the database at `path`, in WAL mode.

    Raises:
        sqlite3.Error: The file cannot be opened or is not a database.
    """
    mode = "ro" if read_only else "rwc"
    uri = f"file:{quote(str(path))}?mode={mode}"
    connection = sqlite3.connect(
        uri, uri=True, timeout=busy_ms / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        connection.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
        if not read_only:
            _use_wal(connection, busy_ms)
        connection.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _use_wal(connection: sqlite3.Connection, busy_ms: int) -> None:
    """Switch to WAL, waiting up to `busy_ms` for other connections as every lock does.

    Switching needs the exclusive lock. When another connection holds a write lock (a second
    process switching the same new file at the same moment), SQLite reports "database is
    locked" at once instead of waiting, to avoid a deadlock. Read as "cannot write here", that
    would send the caller to a private database in memory, where ids are allocated without
    seeing the other processes'. So the switch waits for the lock (``BEGIN EXCLUSIVE``, which
    does wait, holding nothing meanwhile) and is tried again until `busy_ms` has passed.
    """
    deadline = time.monotonic() + busy_ms / 1000
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() >= deadline:
                raise
        connection.execute("BEGIN EXCLUSIVE")  # waits for the other writer (busy_timeout)
        connection.execute("ROLLBACK")


def is_busy(error: BaseException) -> bool:
    """True when `error` says another connection holds a lock (busy or locked)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def memory_database() -> sqlite3.Connection:
    """A private in-memory database: what a store works on when its file cannot be written."""
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction holding the write lock from its start: committed when the block ends,
    rolled back when it raises."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def is_damage(error: BaseException) -> bool:
    """True when `error` says the file is not a usable database (corrupt, or not SQLite)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in DAMAGED
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError | sqlite3.IntegrityError
    )


def user_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def table_names(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows}


def move_aside(path: Path, label: str = "corrupt") -> Path | None:
    """Rename a damaged database (and its WAL files) to ``NAME.LABEL-STAMP``, never over an
    earlier backup. Returns the new name of the main file, or None when it could not move."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(f"{path.name}.{label}-{stamp}{suffix}")
        if target.exists():
            continue
        try:
            os.replace(path, target)
        except FileNotFoundError:
            break
        except OSError:
            return None
        for side in SIDE_FILES:
            with contextlib.suppress(OSError):
                os.replace(path.with_name(path.name + side), target.with_name(target.name + side))
        return target
    return None


def remove_database(path: Path) -> None:
    """Delete a database file and its WAL files (a cache about to be rebuilt)."""
    for name in (path.name, *(path.name + side for side in SIDE_FILES)):
        with contextlib.suppress(OSError):
            path.with_name(name).unlink()


def reason(error: BaseException) -> str:
    """A short reason for a message: the OS's words for an OSError, SQLite's for its own."""
    if isinstance(error, OSError):
        return str(error.strerror or error)
    return str(error) or type(error).__name__
