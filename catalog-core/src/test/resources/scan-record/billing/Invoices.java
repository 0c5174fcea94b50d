package billing;

class Invoices {

    void charge(Invoice invoice) {
        if (invoice.total() < 0) {
            throw new AcmeException("ERR_ACME_1002", "negative total");
        }
        throw new AcmeException("ERR_ACME_1004", "not in the catalog");
    }
}
