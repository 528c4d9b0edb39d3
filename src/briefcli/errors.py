"""brief's own exceptions. The core raises them; the CLI turns them into a
`brief: ...` line (safe.error_line) and an exit status, and so does a run
over many articles for each article that fails (commands.common)."""


class BriefError(Exception):
    """Something the user can fix; the message says what and how."""

    exit_status = 1


class InputError(BriefError):
    """The article could not be read, decoded or parsed."""


class OutputError(BriefError):
    """The result could not be written: a full disk, a closed standard output."""


class UsageError(BriefError):
    """The options given do not make sense together."""

    exit_status = 2


class MissingDependency(BriefError):
    """An optional library a command needs is not installed."""

    def __init__(self, what: str, package: str, hint: str = ""):
        message = f"{what} needs {package}; install it with: pip install '{package}'"
        super().__init__(f"{message} {hint}" if hint else message)


class ClosedPipe(Exception):
    """The reader of standard output went away (`| head -1`, `| true`): there
    is nothing more to write, and nothing went wrong. Not an OSError, so that
    no library on the way mistakes it for a failure of its own."""


INTERNAL_ERROR = 70  # the exit status of a bug in brief (EX_SOFTWARE)


def internal_error(error: Exception) -> str:
    """The line that reports a bug in brief: what broke, and how to see where."""
    return f"internal error: {type(error).__name__}: {error} (set BRIEF_DEBUG=1 for details)"
