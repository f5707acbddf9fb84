"""Every message in the fake, and how bot-sent bodies become Discord message objects."""

from __future__ import annotations

from .errors import unknown
from .flags import MessageFlag
from .ids import iso_now
from .json_types import JsonDict
from .payloads import message_payload, parse_mentions
from .recording import Feed, PostedMessage, UploadedFile
from .world import Channel, User, World

_REPLY = 19
_EDITABLE = ("content", "embeds", "components", "poll")
_SETTABLE_FLAGS = MessageFlag.SUPPRESS_EMBEDS | MessageFlag.EPHEMERAL | (1 << 12) | (1 << 15)


class MessageStore:
    """Messages by id, plus a snapshot feed of everything the bot created or edited."""

    def __init__(self, world: World) -> None:
        self._world = world
        self._messages: dict[int, JsonDict] = {}
        self._versions: dict[int, int] = {}
        self._meta: dict[int, tuple[str, int | None]] = {}
        self.files: dict[int, UploadedFile] = {}
        self.bot_messages: Feed[PostedMessage] = Feed("bot message")
        self.url_base = ""

    def get(self, message_id: int) -> JsonDict | None:
        """The current state of a message, or None if it never existed or was deleted."""
        return self._messages.get(message_id)

    def require(self, channel_id: int, message_id: int) -> JsonDict:
        """Look a message up the way a channel route does, failing like Discord."""
        message = self._messages.get(message_id)
        if message is None or int(message["channel_id"]) != channel_id:
            raise unknown("Message", 10008)
        return message

    def in_channel(self, channel_id: int) -> list[JsonDict]:
        """Messages of one channel, newest first, as GET /channels/{id}/messages returns them."""
        found = [m for m in self._messages.values() if int(m["channel_id"]) == channel_id]
        return sorted(found, key=lambda m: int(m["id"]), reverse=True)

    def add_user_message(
        self,
        channel: Channel,
        author: User,
        content: str,
        *,
        extra: JsonDict | None = None,
        message_id: int | None = None,
    ) -> JsonDict:
        """Store a message a test user "typed", ready to dispatch as MESSAGE_CREATE; a forum
        post's first message takes the post's (the thread's) id, as on Discord."""
        message = message_payload(
            world=self._world,
            message_id=self._world.ids.next() if message_id is None else message_id,
            channel=channel,
            author=author,
            content=content,
            mentions=parse_mentions(content),
            extra=extra,
        )
        self._messages[int(message["id"])] = message
        return message

    def create_bot_message(
        self,
        channel: Channel,
        body: JsonDict,
        files: tuple[UploadedFile, ...],
        *,
        source: str,
        interaction_id: int | None = None,
        extra: JsonDict | None = None,
    ) -> JsonDict:
        """Turn a create-message body into the message Discord would store and return."""
        message_id = self._world.ids.next()
        content = str(body.get("content") or "")
        fields: JsonDict = {
            "embeds": list(body.get("embeds") or []),
            "components": list(body.get("components") or []),
            "attachments": self._attachments(channel.id, body, files),
            "flags": int(body.get("flags") or 0) & _SETTABLE_FLAGS,
            "tts": bool(body.get("tts", False)),
        }
        if body.get("nonce") is not None:
            fields["nonce"] = body["nonce"]
        fields.update(self.reply_fields(body.get("message_reference")))
        fields.update(extra or {})
        message = message_payload(
            world=self._world,
            message_id=message_id,
            channel=channel,
            author=self._world.bot,
            content=content,
            mentions=parse_mentions(content),
            extra=fields,
        )
        self._messages[message_id] = message
        self._versions[message_id] = 0
        self._meta[message_id] = (source, interaction_id)
        self._snapshot(message)
        return message

    def edit(
        self, message_id: int, body: JsonDict, files: tuple[UploadedFile, ...] = ()
    ) -> JsonDict:
        """Apply an edit body; a deferred placeholder stops loading once edited."""
        message = self._messages.get(message_id)
        if message is None:
            raise unknown("Message", 10008)
        for key in _EDITABLE:
            if key in body and body[key] is not None:
                message[key] = body[key]
        if "content" in body:
            mentions = parse_mentions(str(message["content"]))
            message["mention_roles"] = [str(role_id) for role_id in mentions.role_ids]
            message["mention_everyone"] = mentions.everyone
        if "attachments" in body or files:
            kept_ids = {str(item.get("id")) for item in body.get("attachments") or []}
            kept = [a for a in message["attachments"] if a["id"] in kept_ids]
            message["attachments"] = kept + self._attachments(
                int(message["channel_id"]), body, files
            )
        flags = int(message.get("flags", 0)) & ~MessageFlag.LOADING
        if body.get("flags") is not None:
            flags = (flags & MessageFlag.EPHEMERAL) | (int(body["flags"]) & _SETTABLE_FLAGS)
        message["flags"] = flags
        message["edited_timestamp"] = iso_now()
        if message_id in self._versions:
            self._versions[message_id] += 1
            self._snapshot(message)
        return message

    def delete(self, message_id: int) -> JsonDict:
        """Forget a message; later look-ups fail with Unknown Message."""
        message = self._messages.pop(message_id, None)
        if message is None:
            raise unknown("Message", 10008)
        return message

    def _snapshot(self, message: JsonDict) -> None:
        message_id = int(message["id"])
        source, interaction_id = self._meta[message_id]
        reference = message.get("message_reference") or {}
        guild_id = message.get("guild_id")
        self.bot_messages.append(
            PostedMessage(
                id=message_id,
                channel_id=int(message["channel_id"]),
                guild_id=None if guild_id is None else int(guild_id),
                content=str(message["content"]),
                embeds=tuple(message["embeds"]),
                components=tuple(message["components"]),
                flags=int(message["flags"]),
                source=source,
                version=self._versions[message_id],
                interaction_id=interaction_id,
                reply_to=int(reference["message_id"]) if reference.get("message_id") else None,
                attachments=tuple(message["attachments"]),
                raw=dict(message),
            )
        )

    def reply_fields(self, reference: JsonDict | None) -> JsonDict:
        """Fields that make a message a reply, with the quoted message embedded as on Discord."""
        if not reference or reference.get("message_id") is None:
            return {}
        target_id = int(reference["message_id"])
        target = self._messages.get(target_id)
        if target is None and reference.get("fail_if_not_exists", True):
            raise unknown("Message", 10008)
        fields: JsonDict = {
            "type": _REPLY,
            "message_reference": {
                "type": 0,
                "message_id": str(target_id),
                "channel_id": str(reference.get("channel_id") or (target or {}).get("channel_id")),
            },
            "referenced_message": None if target is None else dict(target),
        }
        if target is not None and target.get("guild_id"):
            fields["message_reference"]["guild_id"] = target["guild_id"]
        return fields

    def _attachments(
        self, channel_id: int, body: JsonDict, files: tuple[UploadedFile, ...]
    ) -> list[JsonDict]:
        described = {f"files[{item.get('id')}]": item for item in body.get("attachments") or []}
        result: list[JsonDict] = []
        for upload in files:
            attachment_id = self._world.ids.next()
            self.files[attachment_id] = upload
            url = f"{self.url_base}/attachments/{channel_id}/{attachment_id}/{upload.filename}"
            meta = described.get(upload.field_name, {})
            result.append(
                {
                    "id": str(attachment_id),
                    "filename": upload.filename,
                    "size": len(upload.content),
                    "url": url,
                    "proxy_url": url,
                    "content_type": upload.content_type,
                    "description": meta.get("description"),
                }
            )
        return result
