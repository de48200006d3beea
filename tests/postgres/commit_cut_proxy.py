"""A TCP proxy that lets one COMMIT reach the server and then cuts the link before its answer.

The server commits; the client only sees its connection die. That is the case a client cannot
tell from a COMMIT that never arrived, and the one where "nothing was saved" would be a lie.
"""

from __future__ import annotations

import socket
import threading

from tests.postgres.proxy import ForwardingProxy

#: the simple-protocol Query message "COMMIT" (type, length, text, NUL)
COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class CommitCutProxy(ForwardingProxy):
    def __init__(self, target_host: str, target_port: int) -> None:
        self._armed = threading.Event()
        #: COMMITs whose answer was thrown away
        self.cuts = 0
        super().__init__(target_host, target_port)

    def cut_next_commit(self) -> None:
        self._armed.set()

    def _after_request(self, data: bytes, upstream: socket.socket) -> bool:
        if COMMIT not in data or not self._armed.is_set():
            return False
        self._armed.clear()
        upstream.settimeout(10)
        upstream.recv(65536)  # the server's answer: committed; never delivered
        self.cuts += 1
        return True
