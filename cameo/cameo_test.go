package cameo

import (
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	o, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, ok := o.Lookup("141")
	if !ok || c.Goldstein != -6.5 || c.Quad != 3 || c.Plover != "PROTEST" || c.Mode != "demo" || c.Root() != "14" {
		t.Errorf("141: %+v", c)
	}
	if c, _ := o.Lookup("010"); c.Plover != "" {
		t.Errorf("CAMEO 01 has no PLOVER type, got %q", c.Plover)
	}
	if _, ok := o.Lookup("999"); ok {
		t.Error("999 is not a code")
	}
}

func TestLoadErrors(t *testing.T) {
	_, err := Load([]byte("code\tname\tgoldstein\tquadclass\n01\tX\tabc\t1\n"), []byte("h\n"))
	if err == nil || !strings.Contains(err.Error(), "cameo_codes.tsv:2") {
		t.Errorf("got %v", err)
	}
	_, err = Load([]byte("code\tname\tgoldstein\tquadclass\n01\tX\t0\t1\n"), []byte("h\nX1\tX\t\t\t\n"))
	if err == nil || !strings.Contains(err.Error(), "cameo2plover.tsv:2") {
		t.Errorf("got %v", err)
	}
}
