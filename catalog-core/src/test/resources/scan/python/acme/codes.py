"""The codes more than one place needs by name."""

NOT_FOUND = "ERR_ACME_1002"
