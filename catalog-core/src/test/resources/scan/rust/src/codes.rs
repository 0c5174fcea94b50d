/// Returned when a widget or an order does not exist.
pub const NOT_FOUND: &str = "ERR_ACME_1002";
