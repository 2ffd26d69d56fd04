"""Logs: text (default) or JSON lines, a request id on every line of a request, no secrets.

- Every HTTP request and every websocket gets a request id (`RequestIds`, the outermost
  ASGI layer): the caller's `X-Request-ID` when it is a short plain token, else a new one.
  It is answered in the `X-Request-ID` response header (HTTP, and the websocket's accept),
  and kept in a context variable for the request's task (and the tasks it starts: a
  websocket's operations), so every log record made meanwhile carries it, uvicorn's
  access line included (`record.request_id`, set by the record factory installed here).
- A GraphQL request over HTTP is said on its access line: operation name, type, duration
  and error codes (`ACCESS_FIELDS`; one line per request). A websocket operation has lines
  of its own (schema/observed.py).
- FIRMFLOW_LOG_FORMAT=json: one JSON object a line (time, level, logger, message,
  request_id, pid, and the record's extra fields such as a GraphQL operation's name and
  duration); text otherwise. `logging_config` is the one configuration: the CLI applies it
  and hands it to uvicorn (so each of `--workers N` uses it too).
- No secrets: request paths in access and websocket lines lose their query values (link
  tokens travel in `?token=`, GET /graphql variables may hold anything); only
  `operationName` is kept. As a second net every line is scrubbed of bearer tokens and of
  `token=`/`password=`-like pairs. E-mails (which carry links) never go to the log: the
  `console://` transport prints them on standard output (firmflow/mailer.py).
"""

from __future__ import annotations

import contextvars
import json
import logging
import logging.config
import re
import secrets
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote

REQUEST_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "firmflow_request_id", default=None
)
# An HTTP request's GraphQL operation (name, type, duration, error codes), set by
# schema/observed.py and said on the request's access line (one line per request).
ACCESS_FIELDS: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "firmflow_access_fields", default=None
)
REQUEST_ID_HEADER = b"x-request-id"
MAX_REQUEST_ID_LENGTH = 64
_GOOD_ID = re.compile(rf"[A-Za-z0-9._:/+=@-]{{1,{MAX_REQUEST_ID_LENGTH}}}")

# Query parameters whose value an access line may show: nothing secret travels in them.
SHOWN_PARAMETERS = frozenset({"operationName"})
REDACTED = "[redacted]"
_SECRET_PAIRS = re.compile(
    r"""(?ix)
    (bearer\s+)[^\s"',;\\]+                                      # Authorization values
    | ((?:token|password|requestToken|access_token|secret)\s*=\s*)[^&\s"',;\\]+
    | ("(?:token|password|newPassword|requestToken|authorization)"\s*:\s*")[^"]*(")
    """
)


def request_id_from(header: bytes | None) -> str:
    """The caller's id when it is a plain token of at most 64 characters (what proxies and
    load balancers send), else a new random one: nothing a caller sends can forge a log
    line or grow without bound."""
    if header:
        try:
            text = header.decode("ascii")
        except UnicodeDecodeError:
            text = ""
        if _GOOD_ID.fullmatch(text):
            return text
    return secrets.token_hex(8)


class RequestIds:
    """ASGI middleware: the request id of each HTTP request and websocket (see above)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        kind = scope["type"]
        if kind != "http" and kind != "websocket":
            await self.app(scope, receive, send)
            return
        header = None
        for name, value in scope["headers"]:
            if name == REQUEST_ID_HEADER:
                header = value
                break
        request_id = request_id_from(header)
        encoded = request_id.encode()
        start = "http.response.start" if kind == "http" else "websocket.accept"

        async def send_with_id(message: Any) -> None:
            if message["type"] == start:
                headers = list(message.get("headers") or ())
                headers.append((REQUEST_ID_HEADER, encoded))
                message = {**message, "headers": headers}
            await send(message)

        token = REQUEST_ID.set(request_id)
        fields = ACCESS_FIELDS.set({} if kind == "http" else None)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            ACCESS_FIELDS.reset(fields)
            REQUEST_ID.reset(token)


def redact_query(path: str) -> str:
    """`/reset-password?token=abc&x=1` -> `/reset-password?token=[redacted]&x=[redacted]`:
    the names stay (they tell what was asked), the values go, but `operationName`."""
    base, mark, query = path.partition("?")
    if not mark:
        return path
    pairs = parse_qsl(query, keep_blank_values=True)
    if not pairs:
        return f"{base}?{REDACTED}"
    shown = [
        f"{quote(name, safe='')}={quote(value, safe='') if name in SHOWN_PARAMETERS else REDACTED}"
        for name, value in pairs
    ]
    return f"{base}?{'&'.join(shown)}"


def scrub(text: str) -> str:
    """Bearer tokens and token/password pairs out of a line (a second net: firmflow logs
    none of them on purpose)."""
    if not _SECRET_PAIRS.search(text):
        return text
    return _SECRET_PAIRS.sub(_scrubbed, text)


def _scrubbed(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + REDACTED
    if match.group(2):
        return match.group(2) + REDACTED
    return match.group(3) + REDACTED + match.group(4)


class RedactPaths(logging.Filter):
    """On uvicorn's loggers: the request path of an access line (and of a websocket's
    "[accepted]" line) without its query values."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, str) and "?" in a for a in args):
            record.args = tuple(
                redact_query(a) if isinstance(a, str) and "?" in a else a for a in args
            )
        return True


class OperationOnAccessLine(logging.Filter):
    """On uvicorn's access logger: the request's GraphQL operation (ACCESS_FIELDS) becomes
    fields of its access line, so a GraphQL request costs one log line, not two."""

    def filter(self, record: logging.LogRecord) -> bool:
        fields = ACCESS_FIELDS.get()
        if fields:
            record.__dict__.update(fields)
        return True


_BASE_FACTORY = logging.getLogRecordFactory()


def _record_with_request_id(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _BASE_FACTORY(*args, **kwargs)
    record.request_id = REQUEST_ID.get()
    return record


def install_request_ids() -> None:
    """Every log record of this process carries the request id of its context (None
    outside a request). Idempotent."""
    if logging.getLogRecordFactory() is not _record_with_request_id:
        logging.setLogRecordFactory(_record_with_request_id)
    for name in ("uvicorn.access", "uvicorn.error"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactPaths) for f in logger.filters):
            logger.addFilter(RedactPaths())
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, OperationOnAccessLine) for f in access.filters):
        access.addFilter(OperationOnAccessLine())


class TextFormatter(logging.Formatter):
    """`LEVEL logger [request id]: message` (the id only inside a request), scrubbed."""

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None)
        where = f"{record.name} [{request_id}]" if request_id else record.name
        line = f"{record.levelname} {where}: {record.getMessage()}"
        kind = getattr(record, "operation_type", None)
        if kind is not None and record.name == "uvicorn.access":
            name = getattr(record, "operation", None) or "(anonymous)"
            line += f" ({kind} {name}, {getattr(record, 'duration_ms', '?')} ms"
            codes = getattr(record, "error_codes", None)
            line += f", errors {','.join(codes)})" if codes else ")"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return scrub(line)


# LogRecord's own attributes; anything else on a record is an `extra` field worth keeping.
_STANDARD = frozenset(vars(logging.LogRecord("x", 0, "x", 0, "x", None, None))) | {
    "message",
    "asctime",
    "request_id",
    "color_message",
    "taskName",
}
_ACCESS_FIELDS = ("client", "method", "path", "http_version", "status")


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request_id, pid (which worker),
    extra fields (an access line's client, method, path and status), exception; scrubbed."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
            "request_id": getattr(record, "request_id", None),
            "pid": record.process,
        }
        if record.name == "uvicorn.access" and isinstance(record.args, tuple):
            entry.update(zip(_ACCESS_FIELDS, record.args, strict=False))
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return scrub(json.dumps(entry, default=str, ensure_ascii=False))


def logging_config(log_format: str = "text", level: str = "INFO") -> dict[str, Any]:
    """The logging configuration of every firmflow process (a `dictConfig`, also given to
    uvicorn as its `log_config`): one handler on standard error with the chosen format,
    used by the root logger and uvicorn's loggers alike."""
    formatter = f"firmflow.logs.{'Json' if log_format == 'json' else 'Text'}Formatter"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"firmflow": {"()": formatter}},
        "handlers": {
            "firmflow": {
                "class": "logging.StreamHandler",
                "formatter": "firmflow",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["firmflow"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": level, "propagate": True},
            # "Tortoise-ORM shutdown" each time a command closes its connections: noise.
            "tortoise": {"level": "WARNING"},
        },
    }


def configure_logging(log_format: str = "text") -> None:
    """Apply `logging_config` in this process and add request ids to its records."""
    logging.config.dictConfig(logging_config(log_format))
    install_request_ids()
