"""A TCP proxy on 127.0.0.1 that holds every forwarded chunk for a while, each way: a database
server "over the network" on one machine. `python -m bench.latency_proxy HOST PORT DELAY_MS`
prints `LISTENING <port>` and forwards until it is killed.

It runs as its own process so that its work never competes with the measured GUI thread for the
interpreter lock.
"""
from __future__ import annotations

import asyncio
import sys


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    try:
        while chunk := await reader.read(65536):
            await asyncio.sleep(delay)  # in order: one chunk is held before the next is read
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def serve(host: str, port: int, delay_ms: float) -> None:
    delay = delay_ms / 1000

    async def connect(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(_pump(client_reader, server_writer, delay),
                             _pump(server_reader, client_writer, delay))

    server = await asyncio.start_server(connect, "127.0.0.1", 0)
    print(f"LISTENING {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
