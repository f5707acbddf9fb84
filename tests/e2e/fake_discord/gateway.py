"""The gateway websocket: HELLO/IDENTIFY/READY, heartbeats, dispatch sequencing and RESUME."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

from .flags import PRIVILEGED_INTENTS, CloseCode, GatewayOp, Intent
from .intents import filter_for_intents
from .json_types import JsonDict
from .payloads import guild_payload, member_payload, ready_payload
from .recording import Feed, GatewayEvent
from .world import World


class NotConnectedError(RuntimeError):
    """Raised when a test injects an event before the bot has identified on that shard."""


def shard_of(guild_id: int, shard_count: int) -> int:
    """Discord's shard formula: the guild id's timestamp part modulo the shard count."""
    return (guild_id >> 22) % shard_count


@dataclass
class Connection:
    """One websocket the client opened; a session may outlive several of them."""

    ws: web.WebSocketResponse
    request: web.Request
    session: GatewaySession | None = None
    closed: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class GatewaySession:
    """What RESUME restores: the sequence counter and every frame sent, for replay."""

    session_id: str
    shard_id: int
    shard_count: int
    intents: int
    token: str
    seq: int = 0
    frames: list[JsonDict] = field(default_factory=list)
    connection: Connection | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def covers(self, guild_id: int | None) -> bool:
        """Whether events of this guild (None for DMs) belong on this session's shard."""
        if guild_id is None:
            return self.shard_id == 0
        return shard_of(guild_id, self.shard_count) == self.shard_id


class Gateway:
    """Plays Discord's gateway for any number of shards and remembers what happened."""

    def __init__(
        self,
        *,
        world: World,
        valid_token: Callable[[], str | None],
        resume_url: Callable[[], str],
        heartbeat_interval_ms: int,
        allowed_privileged_intents: int,
        application_flags: int,
    ) -> None:
        self._world = world
        self._valid_token = valid_token
        self._resume_url = resume_url
        self._heartbeat_interval_ms = heartbeat_interval_ms
        self._allowed_privileged = allowed_privileged_intents
        self._application_flags = application_flags
        self._sessions: dict[str, GatewaySession] = {}
        self._current: dict[int, GatewaySession] = {}
        self._connections: list[Connection] = []
        self.events: Feed[GatewayEvent] = Feed("gateway event")
        self.heartbeats = 0
        self.internal_errors: list[str] = []
        self._hello_gate = asyncio.Event()
        self._hello_gate.set()

    def count(self, kind: str) -> int:
        """How many gateway events of a kind happened, e.g. count("identify")."""
        return sum(1 for event in self.events if event.kind == kind)

    def hold_new_connections(self, hold: bool) -> None:
        """While held, new websockets wait for HELLO, so a reconnect cannot overtake the test."""
        if hold:
            self._hello_gate.clear()
        else:
            self._hello_gate.set()

    def session_for_shard(self, shard_id: int) -> GatewaySession | None:
        """The latest identified session of a shard, connected or waiting for RESUME."""
        return self._current.get(shard_id)

    @property
    def sessions(self) -> list[GatewaySession]:
        """Latest session per shard."""
        return list(self._current.values())

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """aiohttp handler for the gateway and resume URLs."""
        ws = web.WebSocketResponse(compress=False, max_msg_size=0, autoping=True, timeout=5.0)
        await ws.prepare(request)
        connection = Connection(ws, request)
        self._connections.append(connection)
        self._record("connect", None, {"path": request.path, "query": dict(request.query)})
        try:
            await self._hello_gate.wait()
            hello = {"heartbeat_interval": self._heartbeat_interval_ms}
            await self._send(connection, {"op": GatewayOp.HELLO, "d": hello})
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    await ws.close(code=CloseCode.DECODE_ERROR, message=b"Text frames only.")
                    break
                await self._on_frame(connection, str(message.data))
        except Exception:
            # A bug in the fake: keep the traceback for the fixture to report, end the socket.
            self.internal_errors.append(traceback.format_exc())
            await ws.close(code=1011, message=b"Fake gateway error.")
        finally:
            await self._detach(connection)
            self._connections.remove(connection)
            connection.closed.set()
            session = connection.session
            self._record(
                "close",
                session,
                {"code": ws.close_code, "path": request.path},
            )
        return ws

    async def dispatch(self, event: str, data: JsonDict, *, guild_id: int | None) -> None:
        """Send a DISPATCH to every session whose shard owns the guild; buffer if disconnected."""
        targets = [session for session in self._current.values() if session.covers(guild_id)]
        if not targets:
            raise NotConnectedError(f"no gateway session for guild {guild_id}; is the bot up?")
        for session in targets:
            visible = filter_for_intents(event, data, session.intents, self._world.bot.id)
            if visible is None:
                self._record("filtered", session, {"event": event})
                continue
            async with session.lock:
                await self._emit(session, event, visible)

    async def drop(self, shard_id: int = 0, *, code: int = 4000, abrupt: bool = False) -> None:
        """Cut a shard's websocket; the session stays resumable and buffers new dispatches."""
        session = self._current.get(shard_id)
        connection = None if session is None else session.connection
        if session is None or connection is None:
            raise NotConnectedError(f"shard {shard_id} has no open websocket to drop")
        async with session.lock:
            session.connection = None
        self._record("dropped", session, {"code": None if abrupt else code, "abrupt": abrupt})
        transport = connection.request.transport
        if abrupt and transport is not None:
            transport.abort()
        else:
            await connection.ws.close(code=code, message=b"Dropped by the test.")
        await connection.closed.wait()

    async def send_op(self, shard_id: int, op: GatewayOp, data: object) -> None:
        """Send a non-dispatch opcode (RECONNECT, INVALID_SESSION) to a shard's websocket."""
        session = self._current.get(shard_id)
        if session is None or session.connection is None:
            raise NotConnectedError(f"shard {shard_id} is not connected")
        if op is GatewayOp.INVALID_SESSION and data is False:
            self._sessions.pop(session.session_id, None)
        self._record("sent_op", session, {"op": int(op), "d": data})
        await self._send(session.connection, {"op": int(op), "d": data})

    async def close_all(self) -> None:
        """Close every websocket so the server can stop without waiting on clients."""
        for connection in list(self._connections):
            if not connection.ws.closed:
                await connection.ws.close(code=1001, message=b"Server shutting down.")

    async def _on_frame(self, connection: Connection, text: str) -> None:
        try:
            frame = json.loads(text)
            op = int(frame["op"])
        except (ValueError, KeyError, TypeError):
            await connection.ws.close(code=CloseCode.DECODE_ERROR, message=b"Error decoding.")
            return
        data = frame.get("d")
        if op == GatewayOp.HEARTBEAT:
            self.heartbeats += 1
            await self._send(connection, {"op": GatewayOp.HEARTBEAT_ACK})
        elif op == GatewayOp.IDENTIFY:
            await self._identify(connection, data or {})
        elif op == GatewayOp.RESUME:
            await self._resume(connection, data or {})
        elif connection.session is None:
            await connection.ws.close(
                code=CloseCode.NOT_AUTHENTICATED, message=b"Not authenticated."
            )
        elif op == GatewayOp.REQUEST_GUILD_MEMBERS:
            await self._send_member_chunk(connection.session, data or {})
        elif op in (GatewayOp.PRESENCE_UPDATE, GatewayOp.VOICE_STATE_UPDATE):
            self._record(GatewayOp(op).name.lower(), connection.session, {"d": data})
        else:
            await connection.ws.close(code=CloseCode.UNKNOWN_OPCODE, message=b"Unknown opcode.")

    async def _identify(self, connection: Connection, data: JsonDict) -> None:
        if connection.session is not None:
            await connection.ws.close(code=CloseCode.ALREADY_AUTHENTICATED, message=b"Already.")
            return
        token = str(data.get("token", ""))
        if not await self._check_token(connection, token):
            return
        shard_id, shard_count = data.get("shard") or (0, 1)
        if not 0 <= shard_id < shard_count:
            await connection.ws.close(code=CloseCode.INVALID_SHARD, message=b"Invalid shard.")
            return
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS & ~self._allowed_privileged:
            await connection.ws.close(
                code=CloseCode.DISALLOWED_INTENTS, message=b"Disallowed intent(s)."
            )
            return
        session = GatewaySession(secrets.token_hex(16), shard_id, shard_count, intents, token)
        self._sessions[session.session_id] = session
        self._current[shard_id] = session
        self._record("identify", session, {"intents": intents, "shard": [shard_id, shard_count]})
        guilds = [g for g in self._world.guilds.values() if session.covers(g.id)]
        async with session.lock:
            session.connection = connection
            connection.session = session
            ready = ready_payload(
                world=self._world,
                session_id=session.session_id,
                resume_gateway_url=self._resume_url(),
                shard=(shard_id, shard_count),
                guild_ids=[guild.id for guild in guilds],
                application_flags=self._application_flags,
            )
            await self._emit(session, "READY", ready)
            if intents & Intent.GUILDS:
                for guild in guilds:
                    await self._emit(session, "GUILD_CREATE", guild_payload(guild, self._world))
        self._record("ready", session, {"guilds": len(guilds)})

    async def _resume(self, connection: Connection, data: JsonDict) -> None:
        if not await self._check_token(connection, str(data.get("token", ""))):
            return
        session = self._sessions.get(str(data.get("session_id")))
        last_seq = int(data.get("seq") or 0)
        if session is None or last_seq > session.seq or session.token != data.get("token"):
            self._record("resume_rejected", None, {"session_id": data.get("session_id")})
            await self._send(connection, {"op": GatewayOp.INVALID_SESSION, "d": False})
            return
        self._record("resume", session, {"seq": last_seq, "path": connection.request.path})
        previous = session.connection
        async with session.lock:
            session.connection = connection
            connection.session = session
            missed = [frame for frame in session.frames if frame["s"] > last_seq]
            for frame in missed:
                await self._send(connection, frame)
            await self._emit(session, "RESUMED", {})
        if previous is not None and previous is not connection:
            await previous.ws.close(
                code=CloseCode.UNKNOWN_ERROR, message=b"Session resumed elsewhere."
            )
        self._record("resumed", session, {"replayed": len(missed)})

    async def _check_token(self, connection: Connection, token: str) -> bool:
        valid = self._valid_token()
        if valid is not None and token == valid:
            return True
        self._record("auth_failed", None, {})
        await connection.ws.close(
            code=CloseCode.AUTHENTICATION_FAILED, message=b"Authentication failed."
        )
        return False

    async def _send_member_chunk(self, session: GatewaySession, data: JsonDict) -> None:
        guild = self._world.guilds.get(int(data.get("guild_id", 0)))
        wanted = {int(user_id) for user_id in data.get("user_ids") or []}
        query = str(data.get("query") or "").lower()
        members = []
        if guild is not None:
            for member in guild.members.values():
                if wanted and member.user.id not in wanted:
                    continue
                if query and not member.user.username.lower().startswith(query):
                    continue
                members.append(member_payload(member))
        chunk: JsonDict = {
            "guild_id": str(data.get("guild_id")),
            "members": members[: int(data.get("limit") or len(members) or 1)],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        self._record("request_members", session, {"d": data})
        async with session.lock:
            await self._emit(session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _emit(self, session: GatewaySession, event: str, data: JsonDict) -> None:
        """Number, buffer and (if connected) send one dispatch; caller holds session.lock."""
        session.seq += 1
        frame = {"op": GatewayOp.DISPATCH, "t": event, "s": session.seq, "d": data}
        session.frames.append(frame)
        if session.connection is not None:
            await self._send(session.connection, frame)

    async def _send(self, connection: Connection, frame: JsonDict) -> None:
        if connection.ws.closed:
            return
        # A failed send is harmless: the frame stays buffered and RESUME replays it.
        with contextlib.suppress(ConnectionResetError, RuntimeError):
            await connection.ws.send_str(json.dumps(frame, separators=(",", ":")))

    async def _detach(self, connection: Connection) -> None:
        session = connection.session
        if session is not None and session.connection is connection:
            async with session.lock:
                session.connection = None

    def _record(self, kind: str, session: GatewaySession | None, detail: JsonDict) -> None:
        self.events.append(
            GatewayEvent(
                kind=kind,
                shard_id=None if session is None else session.shard_id,
                session_id=None if session is None else session.session_id,
                detail=detail,
                at=time.monotonic(),
            )
        )
