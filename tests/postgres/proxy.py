"""TCP proxies on 127.0.0.1 that forward to a server and fail in chosen ways.

``ForwardingProxy`` does the forwarding; a subclass says when to hold a new connection,
when to stop reading, and what to do after a client's request.

"Blackhole" is the nasty failure: the connection stays open and every packet is
acknowledged (by this machine's kernel), but no answer ever comes, so neither TCP
keepalives nor the server's statement_timeout can help. New connections are accepted and
then left hanging too.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading


class ForwardingProxy:
    """Forwards every connection to ``target``; subclasses set their state before calling this."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = threading.Event()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    # -- what a subclass changes ------------------------------------------------------------
    def _may_connect(self) -> bool:
        """Called before a new connection is forwarded; False drops it (the proxy closed)."""
        return True

    def _holding(self) -> bool:
        """True while nothing is to be read (bytes pile up unread, and ACKed: silence)."""
        return False

    def _after_request(self, data: bytes, upstream: socket.socket) -> bool:
        """Called after a client's bytes went upstream; True ends the connection."""
        return False

    # -- the forwarding -------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _addr = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        if not self._may_connect():
            return
        try:
            upstream = socket.create_connection(self.target)
        except OSError:
            client.close()
            return
        self._sockets.append(upstream)
        pair = {client: upstream, upstream: client}
        try:
            while not self._closed.is_set():
                if self._holding():
                    continue
                readable, _w, _x = select.select(list(pair), [], [], 0.05)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    pair[sock].sendall(data)
                    if sock is client and self._after_request(data, upstream):
                        return
        except (OSError, ValueError):  # ValueError: the test closed a socket under select (fd -1)
            return
        finally:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.close()


class BlackholeProxy(ForwardingProxy):
    def __init__(self, target_host: str, target_port: int) -> None:
        self._forwarding = threading.Event()
        self._forwarding.set()
        super().__init__(target_host, target_port)

    def blackhole(self) -> None:
        self._forwarding.clear()

    def resume(self) -> None:
        self._forwarding.set()

    def _may_connect(self) -> bool:
        # a connection made during a blackhole waits, unanswered, until forwarding resumes
        while not self._forwarding.wait(0.05):
            if self._closed.is_set():
                return False
        return True

    def _holding(self) -> bool:
        return not self._forwarding.wait(0.05)
