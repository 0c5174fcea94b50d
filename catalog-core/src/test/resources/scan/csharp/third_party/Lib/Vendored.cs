class Vendored { string X = "ERR_ACME_1099"; }
