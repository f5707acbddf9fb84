"""The default arrangement most bot tests start from, so each test only adds what it needs."""

from __future__ import annotations

from dataclasses import dataclass

from .flags import Permission
from .world import Channel, Guild, Role, User, World


@dataclass
class Scenario:
    """A guild with one text channel and a member, a moderator and an admin."""

    guild: Guild
    general: Channel
    member: User
    """alice: a plain member without Manage Server or Administrator."""
    moderator: User
    """mo: holds a role with Manage Server."""
    admin: User
    """ada: holds a role with Administrator."""
    moderator_role: Role
    admin_role: Role


def default_scenario(world: World) -> Scenario:
    """Build the default guild; do it before the bot connects so GUILD_CREATE carries it."""
    guild = world.add_guild("Test Guild")
    general = world.add_text_channel(guild, "general")
    moderator_role = world.add_role(guild, "Moderators", permissions=Permission.MANAGE_GUILD)
    admin_role = world.add_role(guild, "Admins", permissions=Permission.ADMINISTRATOR)
    member = world.add_user("alice")
    moderator = world.add_user("mo")
    admin = world.add_user("ada")
    world.add_member(guild, member)
    world.add_member(guild, moderator, roles=[moderator_role])
    world.add_member(guild, admin, roles=[admin_role])
    return Scenario(guild, general, member, moderator, admin, moderator_role, admin_role)
