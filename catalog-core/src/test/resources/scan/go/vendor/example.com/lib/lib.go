package lib

var Err = "ERR_ACME_1099"
