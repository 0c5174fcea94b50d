package widgets

import "testing"

func TestStart(t *testing.T) {
	t.Fatal("ERR_ACME_1004")
}
