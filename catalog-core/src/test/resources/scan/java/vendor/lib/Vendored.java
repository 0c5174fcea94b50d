package lib;

class Vendored {
    void x() {
        throw new RuntimeException("ERR_ACME_1099");
    }
}
