"""Discord-style API errors, raised by route handlers and rendered as JSON by the middleware."""

from __future__ import annotations

from .json_types import JsonDict


class ApiError(Exception):
    """An error answer with Discord's status, numeric code and message."""

    def __init__(
        self, status: int, code: int, message: str, errors: JsonDict | None = None
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> JsonDict:
        """The JSON body discord.py turns into HTTPException.text and .code."""
        payload: JsonDict = {"message": self.message, "code": self.code}
        if self.errors:
            payload["errors"] = self.errors
        return payload


def unauthorized() -> ApiError:
    """Bad or revoked token; discord.py's login maps this to LoginFailure."""
    return ApiError(401, 0, "401: Unauthorized")


def not_found() -> ApiError:
    """A route the fake does not implement."""
    return ApiError(404, 0, "404: Not Found")


def unknown(kind: str, code: int) -> ApiError:
    """An id that does not exist, e.g. unknown("Channel", 10003)."""
    return ApiError(404, code, f"Unknown {kind}")


def invalid_form(problems: dict[str, str]) -> ApiError:
    """Validation failure with one entry per offending field path."""
    errors: JsonDict = {
        path: {"_errors": [{"code": "INVALID", "message": text}]} for path, text in problems.items()
    }
    return ApiError(400, 50035, "Invalid Form Body", errors)
