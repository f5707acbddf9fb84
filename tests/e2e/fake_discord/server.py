"""FakeDiscord: the aiohttp server plus the API tests use to drive and inspect the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from fnmatch import fnmatchcase
from types import TracebackType

from aiohttp import web

from .faults import PlannedFault
from .flags import CallbackType, GatewayOp, InteractionType
from .interactions import InteractionRecord
from .json_types import JsonDict
from .options import OptionValue, build_options
from .payloads import (
    gateway_message,
    guild_payload,
    interaction_payload,
    member_payload,
    mentioned_users_payload,
    parse_mentions,
    thread_payload,
)
from .recording import (
    GatewayEvent,
    InteractionCallback,
    PostedMessage,
    RecordedRequest,
)
from .rest import RestApi
from .state import FakeConfig, ServerState
from .world import Channel, Guild, Role, User, World

_LOOPBACK = "127.0.0.1"
_BUTTON = 2
_STRING_SELECT = 3
DEFAULT_WAIT = 5.0


class FakeDiscord:
    """A local Discord that a real discord.py client can log in to and talk with."""

    def __init__(self, config: FakeConfig | None = None) -> None:
        self.config = config or FakeConfig()
        self.state = ServerState(self.config, resume_url=lambda: self.resume_gateway_url)
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # lifecycle and addresses

    async def start(self) -> None:
        """Listen on a free loopback port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        api = RestApi(self.state)
        api.install(app)
        app.router.add_get("/gateway", self.state.gateway.handle)
        app.router.add_get("/gateway/resume", self.state.gateway.handle)
        api.install_fallback(app)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, _LOOPBACK, 0)
        await site.start()
        address = self._runner.addresses[0]
        self._port = int(address[1])
        self.state.base_url = self.base_url
        self.state.messages.url_base = self.base_url

    async def close(self) -> None:
        """Close websockets, then stop the server."""
        if self._runner is None:
            return
        await self.state.gateway.close_all()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT, the root every URL below hangs off."""
        if self._port is None:
            raise RuntimeError("FakeDiscord.start() has not been awaited")
        return f"http://{_LOOPBACK}:{self._port}"

    @property
    def api_base(self) -> str:
        """Value for discord.py's Route.BASE (the bot's DISCORD_API_BASE setting)."""
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        """Value for DiscordWebSocket.DEFAULT_GATEWAY (the bot's DISCORD_GATEWAY_URL setting)."""
        return self.state.gateway_url

    @property
    def resume_gateway_url(self) -> str:
        """Where READY tells clients to RESUME; distinct so tests can see it was honoured."""
        return f"{self.state.gateway_url}/resume"

    @property
    def internal_errors(self) -> list[str]:
        """Tracebacks of bugs in the fake itself, kept apart from mistakes of the bot."""
        return list(self.state.internal_errors)

    # the world

    @property
    def world(self) -> World:
        """Users, guilds, channels and roles; arrange them before the bot connects."""
        return self.state.world

    @property
    def bot_user(self) -> User:
        """The bot's own account (its id is also the application id)."""
        return self.state.world.bot

    @property
    def application_id(self) -> int:
        """Application id, equal to the bot user id as for real bot applications."""
        return self.state.world.bot.id

    @property
    def token(self) -> str:
        """The only token the fake accepts."""
        return self.config.token

    def revoke_token(self) -> None:
        """Make the token invalid: REST answers 401 and IDENTIFY closes with 4004."""
        self.state.token_revoked = True

    # injecting events

    async def dispatch(self, event: str, data: JsonDict) -> None:
        """Send any gateway DISPATCH, routed by its guild_id; an escape hatch for rare events."""
        guild_id = data.get("guild_id")
        await self.state.gateway.dispatch(
            event, data, guild_id=None if guild_id is None else int(guild_id)
        )

    async def join_guild(self, guild: Guild) -> None:
        """Announce a guild added after READY, as when the bot is invited: fires on_guild_join."""
        payload = guild_payload(guild, self.world)
        del payload["unavailable"]  # present only for guilds coming back from an outage
        await self.state.gateway.dispatch("GUILD_CREATE", payload, guild_id=guild.id)

    async def send_message(
        self,
        channel: Channel,
        author: User,
        content: str,
        *,
        reply_to: int | None = None,
        mentions: Sequence[User] | None = None,
        mention_roles: Sequence[Role] | None = None,
        mention_everyone: bool | None = None,
    ) -> JsonDict:
        """A user posts in a guild or DM channel; mentions are parsed from content unless given."""
        parsed = parse_mentions(content)
        user_ids = parsed.user_ids if mentions is None else tuple(u.id for u in mentions)
        role_ids = parsed.role_ids if mention_roles is None else tuple(r.id for r in mention_roles)
        extra: JsonDict = {
            "mention_everyone": parsed.everyone if mention_everyone is None else mention_everyone,
            "mention_roles": [str(role_id) for role_id in role_ids],
        }
        guild = self.world.guild_of(channel)
        if mentions is not None:
            extra["mentions"] = mentioned_users_payload(self.world, guild, user_ids)
        if reply_to is not None:
            extra.update(self.state.messages.reply_fields({"message_id": reply_to}))
        message = self.state.messages.add_user_message(channel, author, content, extra=extra)
        await self.dispatch("MESSAGE_CREATE", gateway_message(self.world, message))
        return message

    async def create_thread(self, parent: Channel, name: str, *, owner: User) -> Channel:
        """A user opens a thread under a channel after the bot connected (THREAD_CREATE)."""
        guild = self.world.guild_of(parent)
        if guild is None:
            raise ValueError("threads live in guild channels")
        thread = self.world.add_thread(guild, parent, name)
        payload = thread_payload(thread, owner.id)
        payload["newly_created"] = True
        await self.dispatch("THREAD_CREATE", payload)
        return thread

    async def create_forum_post(
        self, forum: Channel, author: User, title: str, content: str
    ) -> tuple[Channel, JsonDict]:
        """A user opens a post in a forum: a thread, then its starter message, whose id is the
        thread's as on Discord. Returns the post and its first message."""
        thread = await self.create_thread(forum, title, owner=author)
        message = self.state.messages.add_user_message(
            thread, author, content, message_id=thread.id
        )
        await self.dispatch("MESSAGE_CREATE", gateway_message(self.world, message))
        return thread, message

    async def react(self, message_id: int, user: User, emoji: str) -> None:
        """A user adds a (unicode) reaction to a message: MESSAGE_REACTION_ADD, as on Discord."""
        message = self.state.messages.get(message_id)
        if message is None:
            raise LookupError(f"message {message_id} is unknown to the fake")
        reactions: list[JsonDict] = message.setdefault("reactions", [])
        shown: JsonDict = {"id": None, "name": emoji}
        existing = next((r for r in reactions if r["emoji"].get("name") == emoji), None)
        if existing is None:
            reactions.append({"emoji": shown, "count": 1, "me": False, "burst_colors": []})
        else:
            existing["count"] += 1
        channel = self.world.channels[int(message["channel_id"])]
        event: JsonDict = {
            "user_id": str(user.id),
            "channel_id": str(channel.id),
            "message_id": str(message_id),
            "emoji": shown,
            "burst": False,
            "type": 0,
            "message_author_id": str(message["author"]["id"]),
        }
        guild = self.world.guild_of(channel)
        if guild is not None:
            event["guild_id"] = str(guild.id)
            member = guild.members.get(user.id)
            if member is not None:
                event["member"] = member_payload(member)
        await self.dispatch("MESSAGE_REACTION_ADD", event)

    async def send_dm(self, author: User, content: str) -> JsonDict:
        """A user DMs the bot (channel type 1, no guild_id), as discord.py expects."""
        return await self.send_message(self.world.dm_channel_for(author), author, content)

    async def slash_command(
        self,
        name: str,
        *,
        user: User,
        channel: Channel | None = None,
        options: Mapping[str, OptionValue] | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """A user runs `/name` (or `/group sub`); channel None means the bot's DM with them."""
        return await self._command_interaction(
            InteractionType.APPLICATION_COMMAND,
            name,
            user=user,
            channel=channel,
            options=options or {},
            permissions=permissions,
            locale=locale,
            focused=None,
        )

    async def autocomplete(
        self,
        name: str,
        *,
        user: User,
        focused: str,
        value: str,
        channel: Channel | None = None,
        options: Mapping[str, OptionValue] | None = None,
        permissions: int | None = None,
    ) -> InteractionRecord:
        """A user is typing `value` into option `focused`; await the type-8 callback for choices."""
        values: dict[str, OptionValue] = dict(options or {})
        values[focused] = value
        return await self._command_interaction(
            InteractionType.AUTOCOMPLETE,
            name,
            user=user,
            channel=channel,
            options=values,
            permissions=permissions,
            locale="en-US",
            focused=focused,
        )

    async def click(
        self,
        message_id: int,
        custom_id: str,
        *,
        user: User,
        values: Sequence[str] | None = None,
        component_type: int | None = None,
        permissions: int | None = None,
    ) -> InteractionRecord:
        """A user clicks a button (or picks `values` in a select) on a message the bot sent."""
        message = self.state.messages.get(message_id)
        if message is None:
            raise LookupError(f"message {message_id} is unknown to the fake")
        kind = component_type or (_STRING_SELECT if values is not None else _BUTTON)
        data: JsonDict = {"custom_id": custom_id, "component_type": kind}
        if values is not None:
            data["values"] = list(values)
        channel = self.world.channels[int(message["channel_id"])]
        return await self._inject_interaction(
            InteractionType.MESSAGE_COMPONENT,
            data,
            user=user,
            channel=channel,
            permissions=permissions,
            message=message,
        )

    async def submit_modal(
        self,
        modal: InteractionRecord | str,
        fields: Mapping[str, str],
        *,
        user: User,
        channel: Channel | None = None,
        permissions: int | None = None,
    ) -> InteractionRecord:
        """Submit the modal opened in answer to an interaction (or by custom_id); fields by id."""
        custom_id = modal if isinstance(modal, str) else await self._modal_custom_id(modal)
        if channel is None and isinstance(modal, InteractionRecord):
            channel = self.world.channels[modal.channel_id]
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in fields.items()
        ]
        data: JsonDict = {"custom_id": custom_id, "components": rows}
        return await self._inject_interaction(
            InteractionType.MODAL_SUBMIT,
            data,
            user=user,
            channel=channel or self.world.dm_channel_for(user),
            permissions=permissions,
        )

    # gateway control

    async def drop_connection(
        self, shard_id: int = 0, *, code: int = 4000, abrupt: bool = False
    ) -> None:
        """Cut the websocket (close code, or a TCP abort if abrupt); the bot should RESUME."""
        await self.state.gateway.drop(shard_id, code=code, abrupt=abrupt)

    async def send_reconnect(self, shard_id: int = 0) -> None:
        """Ask the client to reconnect and resume (opcode 7), as Discord does before restarts."""
        await self.state.gateway.send_op(shard_id, GatewayOp.RECONNECT, None)

    async def invalidate_session(self, shard_id: int = 0, *, resumable: bool = False) -> None:
        """Send INVALID_SESSION; when not resumable the client must IDENTIFY again."""
        await self.state.gateway.send_op(shard_id, GatewayOp.INVALID_SESSION, resumable)

    @asynccontextmanager
    async def hold_reconnects(self) -> AsyncIterator[None]:
        """Inside this block new websockets get no HELLO, so injected events are truly missed."""
        self.state.gateway.hold_new_connections(True)
        try:
            yield
        finally:
            self.state.gateway.hold_new_connections(False)

    @property
    def identify_count(self) -> int:
        """IDENTIFYs that opened a session; a bot that fails to RESUME shows up here."""
        return self.state.gateway.count("identify")

    @property
    def resume_count(self) -> int:
        """RESUMEs accepted; each one means the bot kept its session across a drop."""
        return self.state.gateway.count("resume")

    @property
    def gateway_events(self) -> list[GatewayEvent]:
        """Everything that happened on the gateway, oldest first."""
        return self.state.gateway.events.items

    async def wait_for_gateway_event(
        self, kind: str, *, shard_id: int | None = None, within: float = DEFAULT_WAIT
    ) -> GatewayEvent:
        """Next unclaimed gateway event of a kind (connect, identify, ready, resumed, close...)."""

        def wanted(event: GatewayEvent) -> bool:
            return event.kind == kind and (shard_id is None or event.shard_id == shard_id)

        return await self.state.gateway.events.wait_for(wanted, within=within)

    # what the bot did

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every REST call the bot made, oldest first."""
        return self.state.requests.items

    @property
    def unknown_requests(self) -> list[RecordedRequest]:
        """REST calls to routes the fake does not implement (answered 404)."""
        return [request for request in self.state.requests if not request.known_route]

    def requests_to(self, route: str) -> list[RecordedRequest]:
        """Calls matching `METHOD /template` or `METHOD /path/with/*` (as for fault injection)."""
        return [
            request
            for request in self.state.requests
            if route == f"{request.method} {request.route}"
            or fnmatchcase(f"{request.method} {request.path}", route)
        ]

    async def wait_for_request(
        self, predicate: Callable[[RecordedRequest], bool], *, within: float = DEFAULT_WAIT
    ) -> RecordedRequest:
        """Next unclaimed REST call matching the predicate."""
        return await self.state.requests.wait_for(predicate, within=within)

    @property
    def posted_messages(self) -> list[PostedMessage]:
        """Snapshots of every bot message creation and edit, oldest first."""
        return self.state.messages.bot_messages.items

    async def wait_for_message(
        self,
        predicate: Callable[[PostedMessage], bool] | None = None,
        *,
        channel_id: int | None = None,
        content: str | None = None,
        containing: str | None = None,
        include_loading: bool = False,
        within: float = DEFAULT_WAIT,
    ) -> PostedMessage:
        """Next message state the bot produced (create or edit) that matches every filter."""

        def wanted(message: PostedMessage) -> bool:
            return (
                (include_loading or not message.loading)
                and (channel_id is None or message.channel_id == channel_id)
                and (content is None or message.content == content)
                and (containing is None or containing in message.text)
                and (predicate is None or predicate(message))
            )

        return await self.state.messages.bot_messages.wait_for(wanted, within=within)

    def message(self, message_id: int) -> JsonDict | None:
        """Current state of any message (user or bot), None once deleted."""
        return self.state.messages.get(message_id)

    def interaction_callbacks(self, interaction_id: int | None = None) -> list[InteractionCallback]:
        """Callbacks the bot posted, optionally for one interaction."""
        return [
            callback
            for callback in self.state.callbacks
            if interaction_id is None or callback.interaction_id == interaction_id
        ]

    async def wait_for_callback(
        self, interaction: InteractionRecord | int, *, within: float = DEFAULT_WAIT
    ) -> InteractionCallback:
        """The bot's callback for an interaction (accepted or rejected)."""
        wanted_id = interaction if isinstance(interaction, int) else interaction.id
        return await self.state.callbacks.wait_for(
            lambda callback: callback.interaction_id == wanted_id, within=within
        )

    def synced_commands(self, guild_id: int | None = None) -> list[JsonDict]:
        """Commands as stored after the last bulk overwrite of a scope (None = global)."""
        return self.state.commands.in_scope(guild_id)

    def sync_count(self, guild_id: int | None = None) -> int:
        """How many bulk overwrites of a scope happened."""
        return self.state.commands.sync_count(guild_id)

    # faults

    def rate_limit_next(
        self,
        route: str,
        *,
        times: int = 1,
        retry_after: float = 0.3,
        is_global: bool = False,
    ) -> PlannedFault:
        """Answer the next `times` matching calls with 429; discord.py should sleep and retry."""
        return self.state.faults.rate_limit(
            route, times=times, retry_after=retry_after, is_global=is_global
        )

    def fail_next(
        self,
        route: str,
        *,
        times: int = 1,
        status: int = 500,
        code: int = 0,
        message: str | None = None,
    ) -> PlannedFault:
        """Answer the next `times` matching calls with an error (e.g. 403, code 50013)."""
        return self.state.faults.fail(route, times=times, status=status, code=code, message=message)

    # internals

    async def _command_interaction(
        self,
        interaction_type: InteractionType,
        name: str,
        *,
        user: User,
        channel: Channel | None,
        options: Mapping[str, OptionValue],
        permissions: int | None,
        locale: str,
        focused: str | None,
    ) -> InteractionRecord:
        target = channel or self.world.dm_channel_for(user)
        guild = self.world.guild_of(target)
        command_name, *subcommand_path = name.split()
        command = self.state.commands.find(command_name, None if guild is None else guild.id)
        built = build_options(
            command=command,
            subcommand_path=subcommand_path,
            values=options,
            guild=guild,
            focused=focused,
        )
        data: JsonDict = {
            "id": command["id"] if command else str(self.world.ids.next()),
            "name": command_name,
            "type": 1,
            "options": built.options,
        }
        if built.resolved:
            data["resolved"] = built.resolved
        if command is not None and command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        return await self._inject_interaction(
            interaction_type,
            data,
            user=user,
            channel=target,
            permissions=permissions,
            locale=locale,
        )

    async def _inject_interaction(
        self,
        interaction_type: InteractionType,
        data: JsonDict,
        *,
        user: User,
        channel: Channel,
        permissions: int | None,
        message: JsonDict | None = None,
        locale: str = "en-US",
    ) -> InteractionRecord:
        interaction_id = self.world.ids.current()
        token = f"interaction-token-{interaction_id}"
        payload = interaction_payload(
            world=self.world,
            interaction_id=interaction_id,
            token=token,
            interaction_type=interaction_type,
            data=data,
            channel=channel,
            user=user,
            permissions=permissions,
            message=message,
            locale=locale,
        )
        record = self.state.interactions.add(
            InteractionRecord(
                id=interaction_id,
                token=token,
                type=interaction_type,
                channel_id=channel.id,
                guild_id=channel.guild_id,
                user_id=user.id,
                payload=payload,
                component_message_id=None if message is None else int(message["id"]),
            )
        )
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def _modal_custom_id(self, opened_by: InteractionRecord) -> str:
        """Wait for the bot's modal callback, without claiming it, to learn the modal's id."""
        callback = await self.state.callbacks.wait_for(
            lambda c: c.interaction_id == opened_by.id and c.type == CallbackType.MODAL,
            within=DEFAULT_WAIT,
            claim=False,
        )
        return str((callback.data or {})["custom_id"])
