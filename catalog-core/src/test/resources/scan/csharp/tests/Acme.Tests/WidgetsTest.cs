namespace Acme.Tests
{
    public class WidgetsTest
    {
        public void FailsWithTheTestOnlyCode() => Assert.Equal("ERR_ACME_1004", error.Code);
    }
}
