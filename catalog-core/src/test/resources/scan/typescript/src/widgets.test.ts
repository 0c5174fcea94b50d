import { start } from "./widgets";

test("fails with the test-only code", () => {
  expect(() => start("")).toThrow("ERR_ACME_1004");
});
