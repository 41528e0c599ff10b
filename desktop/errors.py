"""The root of ShopSafe's error tree.

Every error the domain packages raise on purpose derives from :class:`ShopSafeError` and carries a
translatable :class:`~desktop.text.Message` (``message``) plus the data that explains it. The UI
shows ``message`` translated; anything that is not a ``ShopSafeError`` is a bug and goes to the
crash dialog.

    ShopSafeError
    ├── Cancelled                 the user stopped the work: never reported
    ├── UserInputError            input the user can fix (bad price text, unknown link)
    ├── NetworkError              desktop.net.client: time-outs, refused addresses, offline
    ├── ArchiveError              desktop.archive: wrong passphrase, tampered files, versions
    └── ...                       each package documents its own subtree
"""

from __future__ import annotations

from desktop.text import N_, Message

__all__ = ["Cancelled", "ShopSafeError", "UserInputError"]


class ShopSafeError(Exception):
    """An expected failure with a user-facing explanation (``message``) and the data behind it
    (``data``, each item also an attribute)."""

    default_message = N_("Errors", "Something went wrong.")

    def __init__(self, message: Message | None = None, **data: object) -> None:
        self.message = message or self.default_message
        self.data = data
        # Each datum is an attribute too (``error.path``), so a subclass only names its data.
        for name, value in data.items():
            setattr(self, name, value)
        super().__init__(self.message.render())


class Cancelled(ShopSafeError):
    """The user cancelled the operation; callers stop quietly."""

    default_message = N_("Errors", "Cancelled.")


class UserInputError(ShopSafeError):
    """Input that the user can correct; the message says how."""

    default_message = N_("Errors", "This input was not understood.")
