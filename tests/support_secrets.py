"""The suite's watch for secrets in logs (tests/conftest.py, `no_secret_in_any_log`).

Every secret the suite makes is remembered as it is made, by the product's own functions
(their results are recorded, nothing is replaced): sign-in, invitation and reset tokens
(`secrets.token_urlsafe`, which `resolvers.auth.new_token` and the secret key use), request
link MACs (`resolvers.request_links._mac`), every password hashed or checked (argon2's
`PasswordHasher.hash`/`verify`), and the link tokens of every e-mail a test SMTP server
received (servers in child processes issue those). At the end of the session, every log
record of the run (a file handler on the root logger at INFO) and the output of every
child process (`keep_output`, and the *.log files under the session's temporary folders)
is searched for them.

Cheap: the log text is split once into its token-like words, and the random tokens are
looked up in that set; only the few passwords (which may hold spaces) are searched as
substrings.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from firmflow.mailer import CONSOLE_MAIL_END, CONSOLE_MAIL_START

# Tokens shorter than this are not searched for (a short string matches by chance).
MIN_TOKEN = 16
MIN_PASSWORD = 8
_WORDS = re.compile(r"[A-Za-z0-9_-]{16,}")
_LINK_TOKEN = re.compile(r"[?&]token=([A-Za-z0-9_.~-]+)")
_CONSOLE_MAIL = re.compile(
    re.escape(CONSOLE_MAIL_START) + r".*?" + re.escape(CONSOLE_MAIL_END), re.DOTALL
)


class SecretWatch:
    """What the suite's secrets are, and where its logs and child outputs are."""

    def __init__(self) -> None:
        self.tokens: set[str] = set()
        self.passwords: set[str] = set()
        self.outputs: list[str] = []
        self.log_files: list[Path] = []
        self._undo: list[tuple[Any, str, Any]] = []

    # ------------------------------------------------------------ recording

    def install(self) -> None:
        import resolvers.request_links as links

        self._wrap(secrets, "token_urlsafe", self._remember_result)
        self._wrap(links, "_mac", self._remember_result)
        self._wrap(PasswordHasher, "hash", self._remember_password(0))
        self._wrap(PasswordHasher, "verify", self._remember_password(1))

    def uninstall(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()

    def _wrap(self, owner: Any, name: str, make: Any) -> None:
        original = getattr(owner, name)
        self._undo.append((owner, name, original))
        setattr(owner, name, make(original))

    def _remember_result(self, original: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            self.tokens.add(result)
            return result

        return wrapper

    def _remember_password(self, index: int) -> Any:
        def make(original: Any) -> Any:
            def wrapper(hasher: Any, *args: Any, **kwargs: Any) -> Any:
                if len(args) > index and isinstance(args[index], str | bytes):
                    value = args[index]
                    self.passwords.add(value.decode() if isinstance(value, bytes) else value)
                return original(hasher, *args, **kwargs)

            return wrapper

        return make

    def mail_received(self, body: str) -> None:
        """A test SMTP server got an e-mail: its link tokens are secrets too."""
        self.tokens.update(_LINK_TOKEN.findall(body))

    def keep_output(self, text: str | bytes | None) -> None:
        """A child process's output, to be searched at the end."""
        if text:
            self.outputs.append(text.decode(errors="replace") if isinstance(text, bytes) else text)

    # ------------------------------------------------------------ searching

    def texts(self, folders: list[Path]) -> Iterator[tuple[str, str]]:
        for path in self.log_files:
            if path.exists():
                yield str(path), path.read_text(errors="replace")
        for folder in folders:
            for path in folder.rglob("*.log"):
                if path not in self.log_files:
                    yield str(path), _CONSOLE_MAIL.sub("", path.read_text(errors="replace"))
        for index, text in enumerate(self.outputs):
            yield f"child output {index}", _CONSOLE_MAIL.sub("", text)

    def leaks(self, folders: list[Path]) -> list[str]:
        """Lines (with where they were) that hold a secret of the suite."""
        tokens = {t for t in self.tokens if len(t) >= MIN_TOKEN}
        passwords = {p for p in self.passwords if len(p) >= MIN_PASSWORD}
        found: list[str] = []
        for where, text in self.texts(folders):
            words = set(_WORDS.findall(text))
            hits = list(tokens & words)
            hits += [p for p in passwords if p in text]
            for secret in hits:
                line = next(line for line in text.splitlines() if secret in line)
                found.append(f"{where}: {secret[:4]}... ({len(secret)} chars) in: {line[:300]}")
        return found


WATCH = SecretWatch()
