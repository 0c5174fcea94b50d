package lib

fun x(): Nothing = throw RuntimeException("ERR_ACME_1099")
