package gazetteer

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if c := g.CountryByName("Iraq"); c == nil || c.ISO3 != "IRQ" {
		t.Errorf("Iraq: %+v", c)
	}
	for _, alias := range []string{"U.S.", "US", "United States of America"} {
		if c := g.CountryByName(alias); c == nil || c.ISO3 != "USA" {
			t.Errorf("%s: %+v", alias, c)
		}
	}
	for _, d := range []string{"Iraqi", "Iraqis", "Kenyans", "Swiss"} {
		if g.Demonym(d) == nil {
			t.Errorf("demonym %q missing", d)
		}
	}
	if g.Demonym("Swisss") != nil {
		t.Error("no plural for -ss demonyms")
	}
	// a city spelt without its accents, as wire copy does, is the big one of that name
	for name, country := range map[string]string{"Bogota": "COL", "Sao Paulo": "BRA", "Asuncion": "PRY", "Medellin": "COL", "Bogotá": "COL"} {
		if cs := g.Cities(name); len(cs) == 0 || cs[0].Country != country {
			t.Errorf("%s: %+v, want a city in %s first", name, cs, country)
		}
	}
	// a city news names otherwise than GeoNames is found by that name, which it keeps
	for name, country := range map[string]string{"New York": "USA", "Odesa": "UKR", "Misrata": "LBY"} {
		if cs := g.Cities(name); len(cs) == 0 || cs[0].Country != country || cs[0].Name != name || cs[0].Population < 100000 {
			t.Errorf("%s: %+v, want a city in %s by that name", name, cs, country)
		}
	}
	if cs := g.Cities("Bogota"); len(cs) == 0 || cs[0].Name != "Bogotá" {
		t.Errorf("Bogota keeps its own spelling as its name: %+v", cs)
	}
	if Fold("Łódź, São Tomé") != "Łodz, Sao Tome" {
		t.Errorf("Fold: %q", Fold("Łódź, São Tomé"))
	}
	if cs := g.Cities("Davos"); len(cs) == 0 || cs[0].Country != "CHE" {
		t.Errorf("Davos: %+v", cs)
	}
	if cs := g.Cities("Washington"); len(cs) == 0 || cs[0].Country != "USA" || !cs[0].Capital {
		t.Errorf("Washington should be the US capital first: %+v", cs[:1])
	}
	if cs := g.Cities("Paris"); len(cs) < 2 || cs[0].Country != "FRA" {
		t.Errorf("Paris, France should come before smaller Parises: %+v", cs[:1])
	}
	if code, ok := g.Group("Shia"); !ok || code != "" {
		t.Errorf("Shia: %q %v", code, ok)
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	countries := "IRQ\tIQ\tIraq\tRepublic of Iraq\t\tIraqi\tBaghdad\t33\t44\n"
	for _, c := range []struct{ extra, want string }{
		{"country\tMesopotamia\tIRQ\ndemonym\tMartian\tMAR\n", "extra.tsv:2: unknown country code"},
		{"planet\tMars\t\n", "extra.tsv:1: unknown kind"},
		{"gpe\tAnbar\n", "extra.tsv:1: 2 columns, want 3"},
		{"city\tBabylon\tBabil City\n", `extra.tsv: city "Babylon": no city "Babil City"`},
	} {
		_, err := Load([]byte(countries), gz(t, ""), []byte(c.extra))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("extra %q: got %v, want %q", c.extra, err, c.want)
		}
	}
}
func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return b.Bytes()
}
