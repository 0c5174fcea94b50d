namespace Acme
{
    public static class Codes
    {
        public const string NotFound = "ERR_ACME_1002";
    }
}
