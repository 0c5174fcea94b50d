package acme;

public class Widgets {

    public Widget start(String id) {
        if (id.isEmpty()) {
            throw new AcmeException("ERR_ACME_1001", "no widget id");
        }
        // throw new AcmeException("ERR_ACME_1003", "retired");
        Widget w = find(id);
        if (w == null) {
            throw new AcmeException(Codes.NOT_FOUND, id);
        }
        return w;
    }

    boolean isMissing(AcmeException e) {
        return "ERR_ACME_1001".equals(e.code());
    }

    void legacy() {
        throw new AcmeException("err-acme-1005", "spelled wrong");
    }
}
