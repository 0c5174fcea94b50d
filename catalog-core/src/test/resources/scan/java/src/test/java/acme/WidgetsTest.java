package acme;

class WidgetsTest {
    void failsWithTheTestOnlyCode() {
        assertThrows(() -> fail("ERR_ACME_1004"));
    }
}
