"""A TCP proxy on 127.0.0.1 that delays every byte (a VPN's latency) and counts round trips.

A round trip is a burst of client-to-server messages: it starts when the client sends after
the server last spoke (or first, on a new connection). Whatever the client sends before the
server answers belongs to the same burst, so a pipelined batch of statements counts once.
The proxy runs an asyncio loop on its own thread; ``delay_s`` applies to each direction.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from typing import Any


class DelayProxy:
    def __init__(self, target_host: str, target_port: int, delay_s: float = 0.020) -> None:
        self.target = (target_host, target_port)
        self.delay_s = delay_s
        #: client bursts so far, over every connection
        self.round_trips = 0
        #: connections accepted so far
        self.connections = 0
        #: round trips per connection, in the order they were accepted
        self.per_connection: list[int] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def reset(self) -> None:
        with self._lock:
            self.round_trips = 0
            self.connections = 0
            self.per_connection = []

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    # -- the loop ----------------------------------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()
        for task in asyncio.all_tasks(self._loop):
            task.cancel()
        with contextlib.suppress(Exception):
            self._loop.run_until_complete(asyncio.sleep(0))

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        with self._lock:
            self.connections += 1
            self.per_connection.append(0)
            index = len(self.per_connection) - 1
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            client_w.close()
            return
        state: dict[str, Any] = {"server_spoke": True, "index": index}  # first bytes: a burst
        tasks = [
            asyncio.ensure_future(self._pump(client_r, server_w, state, from_client=True)),
            asyncio.ensure_future(self._pump(server_r, client_w, state, from_client=False)),
        ]
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        for writer in (client_w, server_w):
            with contextlib.suppress(Exception):
                writer.close()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        state: dict[str, Any],
        *,
        from_client: bool,
    ) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        deliver = asyncio.ensure_future(self._deliver(queue, writer))
        try:
            while data := await reader.read(65536):
                if from_client and state["server_spoke"]:
                    with self._lock:
                        self.round_trips += 1
                        if state["index"] < len(self.per_connection):  # not reset since
                            self.per_connection[state["index"]] += 1
                state["server_spoke"] = not from_client
                queue.put_nowait((time.monotonic() + self.delay_s, data))
            queue.put_nowait((time.monotonic() + self.delay_s, b""))
            await deliver
        finally:
            deliver.cancel()

    @staticmethod
    async def _deliver(queue: asyncio.Queue[tuple[float, bytes]], writer: asyncio.StreamWriter) -> None:
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                with contextlib.suppress(Exception):
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()
