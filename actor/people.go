package actor

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/gazetteer"
	"github.com/chronicle-news/chronicle/internal/tsv"
)

//go:embed data/people.tsv
var peopleTSV []byte

// tenure is an office a known person held: the country they acted for, the role, and the years
// (0 when open).
type tenure struct {
	country, role string
	from, to      int
}

// people maps a full name ("Recep Tayyip Erdogan", "Tayyip Erdogan") to the offices its bearer
// held, as the people file lists them.
type people map[string][]tenure

// peopleRoles are the CAMEO roles a person's office may give.
var peopleRoles = map[string]bool{"": true, "GOV": true, "MIL": true, "REB": true, "UAF": true, "LEG": true, "JUD": true,
	"COP": true, "CVL": true, "OPP": true, "PTY": true, "EDU": true, "LAB": true, "MED": true, "REL": true, "BUS": true,
	"ELI": true, "HRI": true, "SPY": true, "CRM": true, "IMG": true, "NGO": true}

// loadPeople reads the built-in people file, then dir/people.tsv when dir is not empty; a user's
// rows for a name replace the built-in ones.
func loadPeople(gaz *gazetteer.Gazetteer, dir string) (people, error) {
	p := people{}
	if err := p.read("people.tsv", bytes.NewReader(peopleTSV), gaz); err != nil {
		return nil, err
	}
	if dir == "" {
		return p, nil
	}
	path := filepath.Join(dir, "people.tsv")
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return p, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	user := people{}
	if err := user.read(path, f, gaz); err != nil {
		return nil, err
	}
	for name, ts := range user {
		p[name] = ts
	}
	return p, nil
}

// read adds the rows of a people file: name, aliases (|-separated), country (ISO3 or IGO), role,
// from, to, office. Errors name the file and line.
func (p people) read(file string, r io.Reader, gaz *gazetteer.Gazetteer) error {
	return tsv.Read(file, r, 7, func(f []string) error {
		name, country, role := strings.TrimSpace(f[0]), strings.TrimSpace(f[2]), strings.TrimSpace(f[3])
		if len(strings.Fields(name)) < 2 {
			return fmt.Errorf("name %q: want a full name of two words or more", name)
		}
		if country != "IGO" && gaz.CountryByCode(country) == nil {
			return fmt.Errorf("%s: country %q: want an ISO 3166 alpha-3 code or IGO", name, country)
		}
		if !peopleRoles[role] || country == "IGO" && role != "" {
			return fmt.Errorf("%s: role %q: want a CAMEO actor role (none for IGO)", name, role)
		}
		t := tenure{country: country, role: role}
		for k, v := range []*int{&t.from, &t.to} {
			if s := strings.TrimSpace(f[4+k]); s != "" {
				y, err := strconv.Atoi(s)
				if err != nil || y < 1900 || y > 2100 {
					return fmt.Errorf("%s: year %q: want a year like 2019, or nothing", name, s)
				}
				*v = y
			}
		}
		if t.from != 0 && t.to != 0 && t.to < t.from {
			return fmt.Errorf("%s: office ends (%d) before it begins (%d)", name, t.to, t.from)
		}
		names := []string{name}
		if f[1] != "" {
			names = append(names, strings.Split(f[1], "|")...)
		}
		for _, n := range names {
			n = strings.TrimSpace(n)
			if len(strings.Fields(n)) < 2 {
				return fmt.Errorf("%s: alias %q: want a full name of two words or more", name, n)
			}
			p[n] = append(p[n], t)
		}
		return nil
	})
}

// code is the actor code of a known person in a story published in year (0: unknown): the
// country and role of the office they held that year; the country alone when they held none
// then (a former leader); "" for a name the file does not know.
func (p people) code(name string, year int) string {
	ts := p[name]
	if len(ts) == 0 {
		return ""
	}
	if year == 0 {
		return ts[0].country + ts[0].role
	}
	for _, t := range ts {
		if (t.from == 0 || t.from <= year) && (t.to == 0 || year <= t.to) {
			return t.country + t.role
		}
	}
	return ts[0].country
}
