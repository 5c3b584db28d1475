"""One error tree. Each error has a stable code and a short message for the user.

The CLI maps every OffercheckError to exit status 2 and prints ``message`` (at most
three lines); anything else is a bug and prints a traceback only with ``--debug``.
"""
from __future__ import annotations


class OffercheckError(Exception):
    """Base of every error the user can cause or fix."""

    code = "error"

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __reduce__(self):
        # Readers run in a child process (sandbox.py); the hint must survive the pickle.
        return (self.__class__, (self.message, self.hint))

    def lines(self) -> list[str]:
        out = [f"offercheck: {_one_line(self.message)}"]
        if self.hint:
            out.append(_one_line(self.hint))
        return out[:3]


def _one_line(text: str) -> str:
    """Control characters (a newline or an escape sequence in a file name, say) shown escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class InputError(OffercheckError):
    """The file given cannot be read: missing, a folder, unreadable, wrong type."""

    code = "input"


def permission_denied(e: PermissionError) -> InputError:
    """A PermissionError no reader caught (a file, or a folder on its path, that this user
    may not open: ``-o`` into a locked folder, say) as the user's error it is, not a bug."""
    name = e.filename if e.filename is not None else "a file or folder"
    return InputError(f"{name}: permission denied (this user may not open it or a folder on its path)")


class UnsupportedFormat(InputError):
    code = "unsupported-format"


class CorruptDocument(InputError):
    code = "corrupt-document"


class EncryptedDocument(InputError):
    code = "encrypted-document"


class DocumentTooLarge(InputError):
    code = "too-large"


class OcrUnavailable(InputError):
    code = "ocr-unavailable"


class RuleError(OffercheckError):
    """A rules file is invalid; the message names file:line and rule id."""

    code = "rule"


class ExpectationsError(OffercheckError):
    """The expectations file is invalid."""

    code = "expectations"


class UsageError(OffercheckError):
    code = "usage"
