def test_start_fails_with_the_test_only_code():
    assert "ERR_ACME_1004" in str(error)
