import { Codes } from "./codes";

export function start(id: string): Widget {
  if (!id) {
    throw new AcmeError("ERR_ACME_1001", "no widget id");
  }
  // throw new AcmeError('ERR_ACME_1003', "retired");
  const w = find(id);
  if (!w) {
    throw new AcmeError(Codes.NOT_FOUND, id);
  }
  return w;
}

export const loadOrder = async (id: string): Promise<Order> => {
  const o = await orders.get(id);
  if (!o) throw new AcmeError(Codes.NOT_FOUND, `order ${id}`);
  return o;
};
