export const Codes = {
  NOT_FOUND: "ERR_ACME_1002",
} as const;
