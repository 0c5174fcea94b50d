use crate::codes;

pub fn start(id: &str) -> Result<Widget, AcmeError> {
    if id.is_empty() {
        return Err(AcmeError::new("ERR_ACME_1001", "no widget id"));
    }
    // return Err(AcmeError::new("ERR_ACME_1003", "retired"));
    find(id).ok_or_else(|| AcmeError::new(codes::NOT_FOUND, id))
}

pub fn load_order<'a>(id: &'a str) -> Result<Order, AcmeError> {
    orders(id).ok_or(AcmeError::new(codes::NOT_FOUND, "order"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn start_fails_with_the_test_only_code() {
        assert_eq!(super::start("").unwrap_err().code, "ERR_ACME_1004");
    }
}
