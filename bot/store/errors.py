"""Store failures callers may want to tell apart from sqlite's own errors."""


class StoreError(Exception):
    """Base class, so callers can catch every store failure with one clause."""


class StoreNotOpenError(StoreError, RuntimeError):
    """Raised on use before `open()` or after `close()`, instead of an opaque None error."""


class UnknownQuestionError(StoreError, LookupError):
    """A vote named a question that was never recorded or has since been purged."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer release; refusing avoids silently corrupting it."""


class UnsupportedJournalError(StoreError):
    """WAL could not be enabled, so the crash-safety and concurrency promises would not hold."""


class StoreUnavailableError(StoreError):
    """The database server cannot be reached; the call's record is lost (and counted)."""
