"""The web client and GraphiQL are served by firmflow itself: every page path (each e-mailed
link among them) answers the client's shell, and no page loads anything from elsewhere.
In-process over HTTP; tests/test_browser.py runs them in a real browser."""

from __future__ import annotations

import hashlib
import re

import httpx

from firmflow.webclient import STATIC_DIR, client_features
from tools.check_contract import served_sdl

EMAILED_LINKS = [
    "/portal/invite?token=abc",
    "/shared-request?token=abc",
    "/portal/requests/1",
    "/portal/threads/1",
    "/requests/1",
    "/reset-password?token=abc",
]


async def test_every_emailed_link_and_the_start_page_answer_the_web_client(http: httpx.AsyncClient):
    for path in ["/", "/board", "/portal", "/preview/1", *EMAILED_LINKS]:
        response = await http.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html"), path
        assert '<script type="module" src="/static/app/app.js">' in response.text, path
        assert "__FEATURES__" not in response.text


async def test_a_path_the_client_does_not_know_is_still_a_404(http: httpx.AsyncClient):
    assert (await http.get("/no-such-page")).status_code == 404


async def test_graphiql_and_the_client_load_only_files_of_this_server(http: httpx.AsyncClient):
    ide = await http.get("/graphql", headers={"Accept": "text/html"})
    assert ide.status_code == 200 and "firmflow GraphiQL" in ide.text
    shell = (await http.get("/")).text
    for page in (ide.text, shell):
        assert not re.search(r"(src|href)=\"(https?:)?//", page), "a page loads from elsewhere"
        for path in re.findall(r"(?:src|href)=\"(/static/[^\"]+)\"", page):
            assert (await http.get(path)).status_code == 200, path
    for module in ("app", "gql", "ui", "account", "staff", "portal", "request"):
        source = (await http.get(f"/static/app/{module}.js")).text
        for imported in re.findall(r"from \"([^\"]+)\"", source):
            assert imported.startswith("./") or imported.startswith("../vendor/"), imported


def test_the_vendored_files_are_the_ones_recorded_in_vendored_md():
    recorded = re.findall(
        r"^([0-9a-f]{64})  (\S+)$", (STATIC_DIR / "VENDORED.md").read_text(), re.M
    )
    assert len(recorded) == 8
    for digest, name in recorded:
        assert hashlib.sha256((STATIC_DIR / name).read_bytes()).hexdigest() == digest, name
    for licence in ("graphiql", "react", "react-dom", "graphql-ws"):
        assert "MIT License" in (STATIC_DIR / "licenses" / f"{licence}.LICENSE").read_text()


def test_pages_of_operations_this_server_lacks_stay_hidden():
    """The shell names only the optional operations the served schema has."""
    sdl = served_sdl()
    features = client_features(sdl)
    assert ("password-reset" in features) == ("resetPassword(" in sdl)
    assert ("client-todo" in features) == ("clientTodo:" in sdl)
    assert client_features("type Query { x: Int }") == []
