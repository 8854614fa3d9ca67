package entity

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/gazetteer"
	"github.com/chronicle-news/chronicle/internal/tsv"
	"github.com/chronicle-news/chronicle/text"
)

//go:embed data/orgs.tsv
var orgsTSV []byte

//go:embed data/given_names.txt
var givenNamesTXT []byte

// entry is what a dictionary knows about a name.
type entry struct {
	Type      string
	Canonical string
	Country   string
	Actor     string
	Rule      string
}

// phrase is a dictionary name as normalised tokens.
type phrase struct {
	toks []string
	e    *entry
}

// Dictionary indexes the names the recogniser matches directly.
type Dictionary struct {
	byFirst map[string][]phrase // by normalised first token, longest first
	given   map[string]bool
	gaz     *gazetteer.Gazetteer
}

// normTok makes token matching insensitive to apostrophe style and presence
// ("Kata'ib" = "Kata’ib" = "Kataib").
func normTok(t string) string {
	if !strings.ContainsAny(t, "'’‘`ʼ") {
		return t
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', '‘', '`', 'ʼ':
			return -1
		}
		return r
	}, t)
}

func (d *Dictionary) add(name string, e *entry) {
	words := text.Words(name)
	if len(words) == 0 || !properName(words) {
		return
	}
	for i := range words {
		words[i] = normTok(words[i])
	}
	key := words[0]
	list := d.byFirst[key]
	for _, p := range list {
		if equalToks(p.toks, words) {
			return // first entry wins: more specific files are loaded first
		}
	}
	list = append(list, phrase{toks: words, e: e})
	// keep longest first so the first match is the longest
	for i := len(list) - 1; i > 0 && len(list[i].toks) > len(list[i-1].toks); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	d.byFirst[key] = list
}

// properName reports whether dictionary words form a name rather than a description:
// "Iraqi parliament" and "Baghdad airport" are descriptions, left to the rules. A name that ends
// in a name may have lower-case words of other languages inside it ("Nippon Ishin no Kai",
// "Jama'at Nusrat al-Islam wal-Muslimin", "Tribunal for the former Yugoslavia").
func properName(words []string) bool {
	if endsInName(words[len(words)-1]) && len(words) > 1 {
		return true
	}
	for _, w := range words[1:] {
		if isLowerWord(w) && !connectors[w] && !particleWord[w] && !hasParticle(w) && !nameLinks[w] {
			return false
		}
	}
	return true
}

// endsInName reports whether a word is capitalised, or carries a capitalised name after a
// hyphen or an apostrophe ("wal-Muslimin", "ul-Adl", "d'Italia").
func endsInName(w string) bool {
	if !isLowerWord(w) {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	i := strings.LastIndexAny(w, "-'’")
	if i < 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r)
}

// nameLinks are the lower-case words a name may have inside it besides connectors: particles
// of other languages and the prepositions of long English names ("Office on Drugs and Crime",
// "Interim Force in Lebanon", "Committee to Protect Journalists", "Coalition against Daesh").
var nameLinks = set("per wal della dei degli des le la e et und ng na wa on in to against")

func equalToks(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// match returns the longest dictionary phrase starting at token i (tokens limited to end).
func (d *Dictionary) match(toks []chronicle.Token, i, end int) (int, *entry) {
	if i >= end {
		return 0, nil
	}
	for _, p := range d.byFirst[normTok(toks[i].Text)] {
		n := len(p.toks)
		if i+n > end {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if normTok(toks[i+k].Text) != p.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return n, p.e
		}
	}
	return 0, nil
}

// NewDictionary builds the default dictionary from the embedded files and the gazetteer, then
// adds user files from dir (orgs.tsv, given_names.txt) when dir is not empty.
func NewDictionary(gaz *gazetteer.Gazetteer, dir string) (*Dictionary, error) {
	d := &Dictionary{byFirst: map[string][]phrase{}, given: map[string]bool{}, gaz: gaz}
	if dir != "" {
		if err := d.loadDir(dir); err != nil {
			return nil, err
		}
	}
	if err := d.loadOrgs("orgs.tsv", bytes.NewReader(orgsTSV)); err != nil {
		return nil, err
	}
	if err := d.loadGiven("given_names.txt", bytes.NewReader(givenNamesTXT)); err != nil {
		return nil, err
	}
	for _, c := range gaz.Countries {
		e := &entry{Type: chronicle.GPE, Canonical: c.Name, Country: c.ISO3, Actor: c.ISO3, Rule: "gazetteer:country"}
		d.add(c.Name, e)
		d.add(c.Official, e)
		for _, dem := range c.Demonyms {
			ne := &entry{Type: chronicle.NORP, Canonical: dem, Country: c.ISO3, Rule: "gazetteer:demonym"}
			d.add(dem, ne)
		}
	}
	gaz.Names(func(name string) {
		if _, known := gaz.Place(name); !known && strings.IndexByte(name, ' ') < 0 && len(gaz.Cities(name)) > 0 {
			return // single-word cities are judged in context, not matched blindly
		}
		if c := gaz.CountryByName(name); c != nil {
			d.add(name, &entry{Type: chronicle.GPE, Canonical: c.Name, Country: c.ISO3, Actor: c.ISO3, Rule: "gazetteer:country"})
			return
		}
		if c := gaz.Demonym(name); c != nil {
			d.add(name, &entry{Type: chronicle.NORP, Canonical: name, Country: c.ISO3, Rule: "gazetteer:demonym"})
			return
		}
		if code, ok := gaz.Group(name); ok {
			d.add(name, &entry{Type: chronicle.NORP, Canonical: name, Country: code, Rule: "gazetteer:group"})
			return
		}
		if p, ok := gaz.Place(name); ok {
			d.add(name, &entry{Type: strings.ToUpper(p.Kind), Canonical: name, Country: p.Country, Rule: "gazetteer:" + p.Kind})
			return
		}
		if cs := gaz.Cities(name); len(cs) > 0 && cs[0].Population >= 50000 {
			d.add(name, &entry{Type: chronicle.GPE, Canonical: name, Country: cs[0].Country, Rule: "gazetteer:city"})
		}
	})
	return d, nil
}

// loadDir reads a user's dictionary directory; its entries take precedence over the defaults.
func (d *Dictionary) loadDir(dir string) error {
	for name, load := range map[string]func(string, io.Reader) error{"orgs.tsv": d.loadOrgs, "given_names.txt": d.loadGiven} {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		err = load(path, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

var orgRoles = map[string]bool{}

func init() {
	for _, r := range strings.Fields("GOV MIL REB CRM OPP BUS CVL JUD COP MED LEG HLH EDU UAF SPY AGR LAB REF PTY ELI REL ENV HRI NGO IGO IMG PPL") {
		orgRoles[r] = true
	}
}

// loadOrgs reads name, aliases, country, role, type rows. Errors name the file and line.
func (d *Dictionary) loadOrgs(file string, r io.Reader) error {
	return eachLine(file, r, func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("%d columns, want 5 (name, aliases, country, role, type)", len(f))
		}
		name, aliases, country, role, typ := f[0], f[1], f[2], f[3], f[4]
		if name == "" {
			return fmt.Errorf("empty name")
		}
		block := ""
		if country == "IGO" || country == "NGO" {
			// an international body: the block is the actor code's first part (IGOJUD: the
			// International Criminal Court), the entity has no country
			block, country = country, ""
		}
		if country != "" && d.gaz.CountryByCode(country) == nil {
			return fmt.Errorf("unknown country code %q", country)
		}
		if role != "" && !orgRoles[role] {
			return fmt.Errorf("unknown role %q", role)
		}
		if typ != chronicle.Org && typ != chronicle.Fac {
			return fmt.Errorf("type %q, want ORG or FAC", typ)
		}
		actor := country + role
		switch {
		case block != "" && (role == "" || role == block):
			actor = block
		case block != "":
			actor = block + role
		case country == "" && role != "":
			actor = role
			switch {
			case role == "IGO" || role == "NGO" || role == "IMG":
			case nonState[role]:
				actor = "NGO" + role // Human Rights Watch, Amnesty International
			default:
				actor = "---" + role // "Foreign Ministry": whose is not known
			}
		}
		e := &entry{Type: typ, Canonical: name, Country: country, Actor: actor, Rule: "dictionary:orgs"}
		d.addShort(name, e)
		for _, a := range strings.Split(aliases, "|") {
			if a = strings.TrimSpace(a); a != "" {
				d.addShort(a, e)
			}
		}
		return nil
	})
}

// addShort adds a name and the short forms news makes of it: "UN Support Mission in Libya" and
// "U.N. Support Mission in Libya" for "United Nations Support Mission in Libya".
func (d *Dictionary) addShort(name string, e *entry) {
	d.add(name, e)
	if rest, ok := strings.CutPrefix(name, "United Nations "); ok {
		d.add("UN "+rest, e)
		d.add("U.N. "+rest, e)
	}
}

// nonState roles of an organisation with no country are an international NGO's.
var nonState = map[string]bool{"HRI": true, "MED": true, "REL": true, "ENV": true}

func (d *Dictionary) loadGiven(file string, r io.Reader) error {
	return eachLine(file, r, func(line string) error {
		if strings.ContainsAny(line, " \t") {
			return fmt.Errorf("%q: one name per line", line)
		}
		d.given[line] = true
		return nil
	})
}

// eachLine calls fn for each data line of a dictionary file.
func eachLine(file string, r io.Reader, fn func(string) error) error {
	return tsv.Read(file, r, 0, func(f []string) error { return fn(strings.Join(f, "\t")) })
}
