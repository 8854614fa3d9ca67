package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/gazetteer"
)

func TestPeopleFileErrorsNameFileAndLine(t *testing.T) {
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ row, want string }{
		{"Amara Keita\t\tXXX\tGOV\t2020\t\tPresident", "people.tsv:2: Amara Keita: country \"XXX\""},
		{"Amara Keita\tKeita\tMLI\tGOV\t2020\t\tPresident", "people.tsv:2: Amara Keita: alias \"Keita\""},
		{"Keita\t\tMLI\tGOV\t2020\t\tPresident", "people.tsv:2: name \"Keita\""},
		{"Amara Keita\t\tMLI\tBOSS\t2020\t\tPresident", "people.tsv:2: Amara Keita: role \"BOSS\""},
		{"Amara Keita\t\tMLI\tGOV\t20x0\t\tPresident", "people.tsv:2: Amara Keita: year \"20x0\""},
		{"Amara Keita\t\tMLI\tGOV\t2020\t2019\tPresident", "people.tsv:2: Amara Keita: office ends (2019) before it begins (2020)"},
		{"Amara Keita\t\tMLI\tGOV\t2020\tPresident", "people.tsv:2: 6 columns, want 7"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "people.tsv"), []byte("# header\n"+c.row+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := loadPeople(gaz, dir)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), dir) {
			t.Errorf("%q: got %v, want an error with the path and %q", c.row, err, c.want)
		}
	}
}

func TestPeopleByYear(t *testing.T) {
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	rows := "Amara Keita\tAmara K. Keita\tMLI\tGOV\t2020\t2025\tPresident of Mali\nAmara Keita\t\tMLI\tOPP\t2012\t2019\tOpposition leader\n"
	if err := os.WriteFile(filepath.Join(dir, "people.tsv"), []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := loadPeople(gaz, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		year int
		want string
	}{
		{"Amara Keita", 2024, "MLIGOV"},
		{"Amara K. Keita", 2021, "MLIGOV"},
		{"Amara Keita", 2015, "MLIOPP"},
		{"Amara Keita", 2028, "MLI"}, // a former president: the country alone
		{"Amara Keita", 0, "MLIGOV"},
		{"Somebody Else", 2024, ""},
	} {
		if got := p.code(c.name, c.year); got != c.want {
			t.Errorf("%s in %d: %q, want %q", c.name, c.year, got, c.want)
		}
	}
}
