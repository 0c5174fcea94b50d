#[test]
fn fails_with_the_test_only_code() {
    assert_eq!(start("").unwrap_err().code, "ERR_ACME_1004");
}
