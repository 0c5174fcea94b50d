package acme

object Codes {
    const val NOT_FOUND = "ERR_ACME_1002"
}
