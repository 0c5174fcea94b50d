namespace Acme
{
    public class Widgets
    {
        public Widget Start(string id)
        {
            if (string.IsNullOrEmpty(id))
            {
                throw new AcmeException("ERR_ACME_1001", "no widget id");
            }
            /* throw new AcmeException("ERR_ACME_1003", "retired"); */
            var w = Find(id);
            if (w == null)
            {
                throw new AcmeException(Codes.NotFound, id);
            }
            return w;
        }

        public Order LoadOrder(string id) => orders.Get(id) ?? throw new AcmeException(Codes.NotFound, @"order");
    }
}
