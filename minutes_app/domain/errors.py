"""Errors raised by domain rules."""


class DomainError(ValueError):
    """A value breaks a rule of the domain.

    `field` names the offending field (for example ``"end_time"`` or ``"vote.for"``) so that
    the edges (JSON import, the editor) can point at it.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
