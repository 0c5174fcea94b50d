package widgets

import (
	"errors"
	"fmt"

	"example.com/acme/errs"
)

func Start(id string) (*Widget, error) {
	if id == "" {
		return nil, errors.New("ERR_ACME_1001: no widget id")
	}
	// return nil, errors.New("ERR_ACME_1003")
	w := find(id)
	if w == nil {
		return nil, fmt.Errorf("%s: %s", errs.NotFound, id)
	}
	return w, nil
}

func LoadOrder(id string) (*Order, error) {
	return nil, fmt.Errorf("%s: order %s", errs.NotFound, id)
}
