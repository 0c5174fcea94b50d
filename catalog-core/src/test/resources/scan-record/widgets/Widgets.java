package widgets;

public class Widgets {

    public Widget start(String id) {
        if (id.isEmpty()) {
            throw new AcmeException("ERR_ACME_1001", "no widget id");
        }
        return find(id);
    }

    void stop(String id) {
        throw new AcmeException("ERR_ACME_1002", "widget still running");
    }
}
