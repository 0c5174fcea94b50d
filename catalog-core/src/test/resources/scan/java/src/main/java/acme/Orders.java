package acme;

import static acme.Codes.NOT_FOUND;

class Orders {
    Order load(String id) {
        Order o = store.get(id);
        if (o == null) {
            throw new AcmeException(NOT_FOUND, "order " + id);
        }
        return o;
    }
}
