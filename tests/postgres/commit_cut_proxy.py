"""A TCP proxy that lets one COMMIT reach the server and then cuts the link before its answer.

The server commits; the client only sees its connection die. That is the case a client cannot
tell from a COMMIT that never arrived, and the one where "nothing was saved" would be a lie.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading

#: the simple-protocol Query message "COMMIT" (type, length, text, NUL)
COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class CommitCutProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._armed = threading.Event()
        self._closed = threading.Event()
        #: COMMITs whose answer was thrown away
        self.cuts = 0
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_next_commit(self) -> None:
        self._armed.set()

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _addr = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        self._sockets.append(upstream)
        pair = {client: upstream, upstream: client}
        try:
            while not self._closed.is_set():
                readable, _w, _x = select.select(list(pair), [], [], 0.05)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    pair[sock].sendall(data)
                    if sock is client and COMMIT in data and self._armed.is_set():
                        self._armed.clear()
                        upstream.settimeout(10)
                        upstream.recv(65536)  # the server's answer: committed; never delivered
                        self.cuts += 1
                        return
        except OSError:
            return
        finally:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.close()
