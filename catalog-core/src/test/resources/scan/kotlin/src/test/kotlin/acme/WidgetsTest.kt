package acme

class WidgetsTest {
    fun failsWithTheTestOnlyCode() {
        fail("ERR_ACME_1004")
    }
}
