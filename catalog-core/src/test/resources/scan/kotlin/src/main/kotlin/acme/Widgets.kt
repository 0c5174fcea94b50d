package acme

class Widgets(private val store: Store) {
    fun start(id: String): Widget {
        if (id.isEmpty()) throw AcmeException("ERR_ACME_1001", "no widget id")
        /* throw AcmeException("ERR_ACME_1003", "retired") */
        return store.find(id) ?: throw AcmeException(Codes.NOT_FOUND, id)
    }
}

fun loadOrder(id: String): Order =
    orders.find(id) ?: throw AcmeException(Codes.NOT_FOUND, "order $id")
