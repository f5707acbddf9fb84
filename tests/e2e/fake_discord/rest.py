"""Discord's REST API routes, answered from the shared state and recorded in order."""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from .errors import ApiError, invalid_form, not_found, unauthorized, unknown
from .flags import CallbackType, InteractionType, MessageFlag
from .interactions import InteractionRecord
from .json_types import JsonDict
from .limits import check_choices, check_message_body
from .payloads import (
    application_payload,
    channel_payload,
    current_user_payload,
    guild_payload,
    member_payload,
    user_payload,
)
from .recording import InteractionCallback, RecordedRequest, UploadedFile
from .state import ServerState
from .world import Channel


@dataclass(frozen=True)
class ParsedBody:
    """A request body read once by the middleware: JSON (or payload_json) and uploaded files."""

    json: Any
    files: tuple[UploadedFile, ...]


BODY = web.RequestKey("fake_discord_body", ParsedBody)
API_PREFIX = "/api/v10"
UNKNOWN_ROUTE = "unknown-route"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_NO_AUTH_PREFIXES = ("/interactions/", "/webhooks/")
_CHAT_INPUT_MESSAGE = 20
_ALLOWED_CALLBACKS: dict[InteractionType, set[int]] = {
    InteractionType.APPLICATION_COMMAND: {4, 5, 9},
    InteractionType.MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    InteractionType.MODAL_SUBMIT: {4, 5, 6, 7},
    InteractionType.AUTOCOMPLETE: {8},
}


def json_response(
    data: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """JSON with Content-Type exactly application/json: discord.py parses nothing else."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def no_content() -> web.Response:
    """The empty 204 Discord answers for typing, reactions and deletes."""
    return web.Response(status=204)


class RestApi:
    """Route handlers; each returns Discord-shaped JSON or raises ApiError."""

    def __init__(self, state: ServerState) -> None:
        self._state = state
        self._world = state.world

    def install(self, app: web.Application) -> None:
        """Add the API middleware and routes to an aiohttp application."""
        app.middlewares.append(self._middleware)
        for method, path, handler in self._routes():
            app.router.add_route(method, API_PREFIX + path, handler)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._file)

    def install_fallback(self, app: web.Application) -> None:
        """Catch-all that records routes the fake does not know; must be added last."""
        app.router.add_route("*", "/{tail:.*}", self._unknown, name=UNKNOWN_ROUTE)

    def _routes(self) -> list[tuple[str, str, Handler]]:
        channel_message = "/channels/{channel_id}/messages/{message_id}"
        webhook_message = "/webhooks/{application_id}/{token}/messages/{message_id}"
        return [
            ("GET", "/users/@me", self._get_me),
            ("POST", "/users/@me/channels", self._create_dm),
            ("GET", "/users/{user_id}", self._get_user),
            ("GET", "/gateway", self._get_gateway),
            ("GET", "/gateway/bot", self._get_gateway_bot),
            ("GET", "/applications/@me", self._get_application),
            ("GET", "/oauth2/applications/@me", self._get_application),
            ("GET", "/channels/{channel_id}", self._get_channel),
            ("GET", "/channels/{channel_id}/messages", self._list_messages),
            ("POST", "/channels/{channel_id}/messages", self._create_message),
            ("GET", channel_message, self._get_message),
            ("PATCH", channel_message, self._edit_message),
            ("DELETE", channel_message, self._delete_message),
            ("POST", "/channels/{channel_id}/typing", self._typing),
            ("PUT", channel_message + "/reactions/{emoji}/@me", self._add_reaction),
            ("DELETE", channel_message + "/reactions/{emoji}/{user_id}", self._remove_reaction),
            ("GET", "/guilds/{guild_id}", self._get_guild),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self._callback),
            ("POST", "/webhooks/{application_id}/{token}", self._create_followup),
            ("GET", webhook_message, self._get_webhook_message),
            ("PATCH", webhook_message, self._edit_webhook_message),
            ("DELETE", webhook_message, self._delete_webhook_message),
            ("GET", "/applications/{application_id}/commands", self._get_commands),
            ("PUT", "/applications/{application_id}/commands", self._put_commands),
            (
                "GET",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._get_commands,
            ),
            (
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._put_commands,
            ),
        ]

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        route = request.match_info.route
        known = route.name != UNKNOWN_ROUTE
        if known and not request.path.startswith(API_PREFIX):
            return await handler(request)
        path = request.path.removeprefix(API_PREFIX)
        resource = route.resource
        canonical = resource.canonical if resource is not None else request.path
        template = canonical.removeprefix(API_PREFIX) if known else path
        parsed = await _read_body(request)
        request[BODY] = parsed
        response: web.StreamResponse
        try:
            if known and not path.startswith(_NO_AUTH_PREFIXES):
                self._authorize(request)
            fault = self._state.faults.take(request.method, path, template)
            if fault is not None:
                response = json_response(fault.body, fault.status, fault.headers)
            else:
                response = await handler(request)
        except ApiError as error:
            response = json_response(error.body(), error.status)
        except Exception as exc:
            # A bug in the fake, not the bot: 501 is not retried by discord.py, so it fails fast.
            self._state.internal_errors.append(traceback.format_exc())
            response = json_response({"message": f"fake Discord bug: {exc!r}", "code": 0}, 501)
        self._state.requests.append(
            RecordedRequest(
                method=request.method,
                path=path,
                route=template,
                query=dict(request.query),
                json=parsed.json,
                files=parsed.files,
                status=response.status,
                at=time.monotonic(),
                known_route=known,
            )
        )
        return response

    def _authorize(self, request: web.Request) -> None:
        valid = self._state.valid_token
        if valid is None or request.headers.get("Authorization") != f"Bot {valid}":
            raise unauthorized()

    async def _unknown(self, request: web.Request) -> web.Response:
        raise not_found()

    async def _file(self, request: web.Request) -> web.Response:
        upload = self._state.messages.files.get(int(request.match_info["attachment_id"]))
        if upload is None:
            raise web.HTTPNotFound()
        return web.Response(body=upload.content, content_type="application/octet-stream")

    # users, gateway, application

    async def _get_me(self, request: web.Request) -> web.Response:
        return json_response(current_user_payload(self._world.bot))

    async def _get_user(self, request: web.Request) -> web.Response:
        user = self._world.users.get(_int(request, "user_id"))
        if user is None:
            raise unknown("User", 10013)
        return json_response(user_payload(user))

    async def _create_dm(self, request: web.Request) -> web.Response:
        recipient_id = int((request[BODY].json or {}).get("recipient_id", 0))
        user = self._world.users.get(recipient_id)
        if user is None:
            raise unknown("User", 10013)
        return json_response(channel_payload(self._world.dm_channel_for(user), self._world))

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self._state.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response(
            {
                "url": self._state.gateway_url,
                "shards": self._state.config.shard_count,
                "session_start_limit": limit,
            }
        )

    async def _get_application(self, request: web.Request) -> web.Response:
        flags = self._state.application_flags
        return json_response(application_payload(self._world, flags=flags))

    # channels and messages

    async def _get_channel(self, request: web.Request) -> web.Response:
        return json_response(channel_payload(self._channel(request), self._world))

    async def _list_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        limit = int(request.query.get("limit", "50"))
        return json_response(self._state.messages.in_channel(channel.id)[:limit])

    async def _create_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        body: JsonDict = request[BODY].json or {}
        files: tuple[UploadedFile, ...] = request[BODY].files
        check_message_body(body, has_files=bool(files), editing=False)
        message = self._state.messages.create_bot_message(channel, body, files, source="channel")
        await self._state.echo_message("MESSAGE_CREATE", message)
        return json_response(message)

    async def _get_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        return json_response(self._state.messages.require(channel.id, _int(request, "message_id")))

    async def _edit_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        message = self._state.messages.require(channel.id, _int(request, "message_id"))
        if int(message["author"]["id"]) != self._world.bot.id:
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        body: JsonDict = request[BODY].json or {}
        check_message_body(body, has_files=bool(request[BODY].files), editing=True)
        edited = self._state.messages.edit(int(message["id"]), body, request[BODY].files)
        await self._state.echo_message("MESSAGE_UPDATE", edited)
        return json_response(edited)

    async def _delete_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        message = self._state.messages.require(channel.id, _int(request, "message_id"))
        self._state.messages.delete(int(message["id"]))
        await self._announce_delete(message)
        return no_content()

    async def _typing(self, request: web.Request) -> web.Response:
        self._channel(request)
        return no_content()

    async def _add_reaction(self, request: web.Request) -> web.Response:
        message = self._message_in_channel(request)
        emoji = _emoji(request.match_info["emoji"])
        for reaction in message["reactions"]:
            if reaction["emoji"] == emoji:
                if not reaction["me"]:
                    reaction["count"] += 1
                reaction["me"] = True
                return no_content()
        message["reactions"].append({"emoji": emoji, "count": 1, "me": True, "burst_colors": []})
        return no_content()

    async def _remove_reaction(self, request: web.Request) -> web.Response:
        message = self._message_in_channel(request)
        emoji = _emoji(request.match_info["emoji"])
        removing_own = request.match_info["user_id"] == "@me"
        for reaction in list(message["reactions"]):
            if reaction["emoji"] == emoji and (reaction["me"] or not removing_own):
                reaction["count"] -= 1
                reaction["me"] = reaction["me"] and not removing_own
                if reaction["count"] <= 0:
                    message["reactions"].remove(reaction)
        return no_content()

    # guilds

    async def _get_guild(self, request: web.Request) -> web.Response:
        guild = self._world.guilds.get(_int(request, "guild_id"))
        if guild is None:
            raise unknown("Guild", 10004)
        payload = guild_payload(guild, self._world)
        for key in ("channels", "members", "threads", "presences", "voice_states"):
            payload.pop(key)
        return json_response(payload)

    async def _get_member(self, request: web.Request) -> web.Response:
        guild = self._world.guilds.get(_int(request, "guild_id"))
        member = None if guild is None else guild.members.get(_int(request, "user_id"))
        if member is None:
            raise unknown("Member", 10007)
        return json_response(member_payload(member))

    # interactions and their webhooks

    async def _callback(self, request: web.Request) -> web.Response:
        interaction_id = _int(request, "interaction_id")
        body: JsonDict = request[BODY].json or {}
        callback_type = int(body.get("type", 0))
        data = body.get("data")
        try:
            record = self._state.interactions.for_callback(
                interaction_id, request.match_info["token"]
            )
            result = await self._apply_callback(
                record, callback_type, data or {}, request[BODY].files
            )
        except ApiError as error:
            self._record_callback(interaction_id, callback_type, data, accepted=False, error=error)
            raise
        self._record_callback(interaction_id, callback_type, data, accepted=True)
        return json_response(result)

    async def _apply_callback(
        self,
        record: InteractionRecord,
        callback_type: int,
        data: JsonDict,
        files: tuple[UploadedFile, ...],
    ) -> JsonDict:
        if callback_type not in _ALLOWED_CALLBACKS[record.type]:
            raise invalid_form({"type": f"Callback {callback_type} is not valid here."})
        channel = self._world.channels[record.channel_id]
        message: JsonDict | None = None
        if callback_type == CallbackType.CHANNEL_MESSAGE:
            check_message_body(data, has_files=bool(files), editing=False)
            message = self._interaction_message(record, channel, data, files, loading=False)
        elif callback_type == CallbackType.DEFERRED_CHANNEL_MESSAGE:
            message = self._interaction_message(record, channel, data, (), loading=True)
        elif callback_type == CallbackType.DEFERRED_UPDATE_MESSAGE:
            record.original_message_id = record.component_message_id
        elif callback_type == CallbackType.UPDATE_MESSAGE:
            check_message_body(data, has_files=bool(files), editing=True)
            if record.component_message_id is None:
                raise invalid_form({"type": "Only component interactions can update a message."})
            message = self._state.messages.edit(record.component_message_id, data, files)
            record.original_message_id = record.component_message_id
            await self._state.echo_message("MESSAGE_UPDATE", message)
        elif callback_type == CallbackType.AUTOCOMPLETE_RESULT:
            check_choices(list(data.get("choices") or []))
        elif callback_type == CallbackType.MODAL:
            title = str(data.get("title", ""))
            if not data.get("custom_id") or not 1 <= len(title) <= 45:
                raise invalid_form({"data": "A modal needs a custom_id and a 1-45 char title."})
        record.response_type = callback_type
        flags = 0 if message is None else int(message["flags"])
        answer: JsonDict = {
            "interaction": {
                "id": str(record.id),
                "type": int(record.type),
                "response_message_loading": bool(flags & MessageFlag.LOADING),
                "response_message_ephemeral": bool(flags & MessageFlag.EPHEMERAL),
            },
            "resource": {"type": callback_type},
        }
        if message is not None:
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"]["message"] = message
        return answer

    def _interaction_message(
        self,
        record: InteractionRecord,
        channel: Channel,
        data: JsonDict,
        files: tuple[UploadedFile, ...],
        *,
        loading: bool,
    ) -> JsonDict:
        ephemeral = int(data.get("flags") or 0) & MessageFlag.EPHEMERAL
        body = {"flags": int(ephemeral)} if loading else data
        extra: JsonDict = {
            "type": _CHAT_INPUT_MESSAGE
            if record.type is InteractionType.APPLICATION_COMMAND
            else 0,
            "application_id": str(self._world.bot.id),
            "webhook_id": str(self._world.bot.id),
            "interaction_metadata": {
                "id": str(record.id),
                "type": int(record.type),
                "user": user_payload(self._world.users[record.user_id]),
                "authorizing_integration_owners": {},
            },
        }
        if loading:
            extra["flags"] = int(MessageFlag.LOADING | ephemeral)
        message = self._state.messages.create_bot_message(
            channel, body, files, source="interaction", interaction_id=record.id, extra=extra
        )
        record.original_message_id = int(message["id"])
        return message

    async def _create_followup(self, request: web.Request) -> web.Response:
        record = self._webhook_interaction(request)
        body: JsonDict = request[BODY].json or {}
        files: tuple[UploadedFile, ...] = request[BODY].files
        check_message_body(body, has_files=bool(files), editing=False)
        channel = self._world.channels[record.channel_id]
        extra = {"application_id": str(self._world.bot.id), "webhook_id": str(self._world.bot.id)}
        message = self._state.messages.create_bot_message(
            channel, body, files, source="followup", interaction_id=record.id, extra=extra
        )
        await self._state.echo_message("MESSAGE_CREATE", message)
        return json_response(message)

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        return json_response(self._webhook_message(request))

    async def _edit_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        body: JsonDict = request[BODY].json or {}
        check_message_body(body, has_files=bool(request[BODY].files), editing=True)
        edited = self._state.messages.edit(int(message["id"]), body, request[BODY].files)
        await self._state.echo_message("MESSAGE_UPDATE", edited)
        return json_response(edited)

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        self._state.messages.delete(int(message["id"]))
        await self._announce_delete(message)
        return no_content()

    # application commands

    async def _get_commands(self, request: web.Request) -> web.Response:
        self._check_application(request)
        return json_response(self._state.commands.in_scope(_optional_int(request, "guild_id")))

    async def _put_commands(self, request: web.Request) -> web.Response:
        self._check_application(request)
        definitions = request[BODY].json
        if not isinstance(definitions, list):
            raise invalid_form({"_root": "Expected a list of commands."})
        stored = self._state.commands.overwrite(_optional_int(request, "guild_id"), definitions)
        return json_response(stored)

    # helpers

    def _channel(self, request: web.Request) -> Channel:
        channel = self._world.channels.get(_int(request, "channel_id"))
        if channel is None:
            raise unknown("Channel", 10003)
        return channel

    def _message_in_channel(self, request: web.Request) -> JsonDict:
        channel = self._channel(request)
        return self._state.messages.require(channel.id, _int(request, "message_id"))

    def _check_application(self, request: web.Request) -> None:
        if _int(request, "application_id") != self._world.bot.id:
            raise ApiError(403, 50001, "Missing Access")

    def _webhook_interaction(self, request: web.Request) -> InteractionRecord:
        record = self._state.interactions.for_webhook(request.match_info["token"])
        if _int(request, "application_id") != self._world.bot.id:
            raise unknown("Webhook", 10015)
        return record

    def _webhook_message(self, request: web.Request) -> JsonDict:
        record = self._webhook_interaction(request)
        raw_id = request.match_info["message_id"]
        message_id = record.original_message_id if raw_id == "@original" else int(raw_id)
        message = None if message_id is None else self._state.messages.get(message_id)
        if message is None:
            raise unknown("Message", 10008)
        return message

    def _record_callback(
        self,
        interaction_id: int,
        callback_type: int,
        data: JsonDict | None,
        *,
        accepted: bool,
        error: ApiError | None = None,
    ) -> None:
        self._state.callbacks.append(
            InteractionCallback(
                interaction_id=interaction_id,
                type=callback_type,
                data=data,
                at=time.monotonic(),
                accepted=accepted,
                error=None if error is None else error.message,
            )
        )

    async def _announce_delete(self, message: JsonDict) -> None:
        payload: JsonDict = {"id": message["id"], "channel_id": message["channel_id"]}
        if message.get("guild_id"):
            payload["guild_id"] = message["guild_id"]
        if not int(message.get("flags", 0)) & MessageFlag.EPHEMERAL:
            await self._state.broadcast("MESSAGE_DELETE", payload)


async def _read_body(request: web.Request) -> ParsedBody:
    """JSON body, or multipart payload_json plus files as discord.py sends attachments."""
    if request.content_type == "multipart/form-data":
        form = await request.post()
        payload: Any = None
        files: list[UploadedFile] = []
        for name, value in form.items():
            if isinstance(value, web.FileField):
                content = value.file.read()
                files.append(UploadedFile(name, value.filename, content, value.content_type))
            elif name == "payload_json":
                payload = json.loads(str(value))
        return ParsedBody(payload, tuple(files))
    raw = await request.read()
    if not raw:
        return ParsedBody(None, ())
    try:
        return ParsedBody(json.loads(raw), ())
    except ValueError:
        return ParsedBody(raw.decode(errors="replace"), ())


def _int(request: web.Request, name: str) -> int:
    value = request.match_info[name]
    if not value.isdigit():
        raise not_found()
    return int(value)


def _optional_int(request: web.Request, name: str) -> int | None:
    return _int(request, name) if name in request.match_info else None


def _emoji(raw: str) -> JsonDict:
    """Reaction path segment: a unicode emoji, or name:id for custom ones."""
    name, _, emoji_id = raw.partition(":")
    return {"id": emoji_id or None, "name": name}
