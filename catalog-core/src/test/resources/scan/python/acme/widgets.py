from acme import codes
from acme.codes import NOT_FOUND


class Widgets:
    def start(self, widget_id):
        if not widget_id:
            raise AcmeError("ERR_ACME_1001", "no widget id")
        # raise AcmeError("ERR_ACME_1003", "retired")
        widget = self.find(widget_id)
        if widget is None:
            raise AcmeError(codes.NOT_FOUND, widget_id)
        return widget


def load_order(order_id):
    raise AcmeError(NOT_FOUND, f"order {order_id}")
