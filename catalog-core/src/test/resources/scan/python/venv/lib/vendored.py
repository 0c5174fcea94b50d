raise RuntimeError("ERR_ACME_1099")
