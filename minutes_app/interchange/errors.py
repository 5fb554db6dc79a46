"""The one error the interchange format raises, with the JSON path of the first problem."""


class InterchangeError(ValueError):
    """A document that is not valid Minutes JSON.

    `path` is where the problem is (``"meetings[1].date"``; ``"document"`` for the top level,
    empty for problems with the bytes themselves), `message` what is wrong. ``str()`` joins them
    into one line a person can read: ``meetings[1].date: 2026-02-30 is not a date``.
    """

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)
