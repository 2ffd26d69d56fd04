"""The log lines of firmflow/logs.py, formatted as a served process writes them (the real
server's lines: tests/test_observability_served.py)."""

from __future__ import annotations

import json
import logging

from firmflow.logs import (
    ACCESS_FIELDS,
    REQUEST_ID,
    JsonFormatter,
    OperationOnAccessLine,
    RedactPaths,
    TextFormatter,
    install_request_ids,
    redact_query,
    request_id_from,
    scrub,
)

ACCESS = '%s - "%s %s HTTP/%s" %d'


def access_record(path: str) -> logging.LogRecord:
    """uvicorn's access line, through the filters firmflow puts on its logger."""
    record = logging.getLogger("uvicorn.access").makeRecord(
        "uvicorn.access", logging.INFO, "h11_impl.py", 1, ACCESS,
        ("127.0.0.1:5000", "GET", path, "1.1", 200), None,
    )  # fmt: skip
    RedactPaths().filter(record)
    OperationOnAccessLine().filter(record)
    return record


def test_a_graphql_request_is_one_access_line_with_its_operation_and_request_id():
    install_request_ids()  # what every served process does (firmflow.app.create_app)
    request = REQUEST_ID.set("req-1")
    fields = ACCESS_FIELDS.set(
        {"operation": "Jobs", "operation_type": "query", "duration_ms": 4.2, "error_codes": []}
    )
    try:
        record = access_record("/graphql?operationName=Jobs&variables=%7B%7D")
    finally:
        ACCESS_FIELDS.reset(fields)
        REQUEST_ID.reset(request)
    text = TextFormatter().format(record)
    assert text == (
        'INFO uvicorn.access [req-1]: 127.0.0.1:5000 - "GET'
        ' /graphql?operationName=Jobs&variables=[redacted] HTTP/1.1" 200 (query Jobs, 4.2 ms)'
    )
    entry = json.loads(JsonFormatter().format(record))
    assert entry["request_id"] == "req-1" and entry["path"].endswith("variables=[redacted]")
    assert (entry["operation"], entry["operation_type"], entry["duration_ms"]) == (
        "Jobs",
        "query",
        4.2,
    )


def test_query_values_leave_access_lines_but_their_names_stay():
    assert redact_query("/portal/invite?token=abc") == "/portal/invite?token=[redacted]"
    assert (
        redact_query("/x?a=1&b=&operationName=Op")
        == "/x?a=[redacted]&b=[redacted]&operationName=Op"
    )
    assert redact_query("/files/5") == "/files/5"


def test_every_line_is_scrubbed_of_bearer_tokens_and_secret_pairs():
    assert scrub("Authorization: Bearer abc.def") == "Authorization: Bearer [redacted]"
    assert scrub("?token=abc&x=1 password=hunter22") == "?token=[redacted]&x=1 password=[redacted]"
    assert scrub('{"token": "abc", "name": "n"}') == '{"token": "[redacted]", "name": "n"}'
    assert scrub("nothing secret here") == "nothing secret here"


def test_a_request_id_is_the_callers_when_plain_and_short_else_new():
    assert request_id_from(b"abc-123_x.y:z") == "abc-123_x.y:z"
    for bad in (b"x" * 65, b"two words", b"line\nbreak", b"\xff", b"", None):
        fresh = request_id_from(bad)
        assert len(fresh) == 16 and int(fresh, 16) >= 0
    assert request_id_from(None) != request_id_from(None)
