pub const X: &str = "ERR_ACME_1099";
