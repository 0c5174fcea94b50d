package errs

// NotFound is returned when a widget or an order does not exist.
const NotFound = "ERR_ACME_1002"
