// Package actor codes the people, organisations and places of a document as CAMEO actors:
// a country (ISO 3166 alpha-3) and a role (GOV, MIL, LEG, CVL, …), as in IRQGOV or USAMIL.
//
// Codes come from the organisation dictionary, titles and role nouns ("President" → GOV,
// "cleric" → REL), nationality words and countries before a name ("Iraqi lawmaker" → IRQLEG),
// organisations in an apposition ("Mohie, spokesman for Kata'ib Hezbollah" → IRQMIL) and
// capital-city metonymy ("Washington said" → USAGOV). A person's code is shared by every mention
// of the same name. A person with a state title whose country the text never gives is coded with
// the article's main country.
package actor

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/gazetteer"
)

// Stage is the actor-coding stage.
type Stage struct {
	gaz   *gazetteer.Gazetteer
	roles map[string]string // role noun or title (lower case) → role code
	// titleWord holds every word of the roles' phrases ("foreign", "minister", "secretary-general")
	titleWord map[string]bool
	people    people // well-known people by full name
}

// New returns the stage; roles maps role words to CAMEO role codes (the entity lexicon's), and
// dictDir, when not empty, holds the user's people.tsv.
func New(roles map[string]string, dictDir string) (*Stage, error) {
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	known, err := loadPeople(gaz, dictDir)
	if err != nil {
		return nil, err
	}
	tw := map[string]bool{}
	for r := range roles {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			tw[w] = true
		}
	}
	return &Stage{gaz: gaz, roles: roles, titleWord: tw, people: known}, nil
}

// Name implements chronicle.Stage.
func (*Stage) Name() string { return "actors" }

// Process implements chronicle.Stage.
func (st *Stage) Process(doc *chronicle.Document) error {
	main := MainCountry(doc)
	home := sync.OnceValue(func() string { return Home(doc, main) }) // one scan, when needed
	codes := map[string]string{}                                     // canonical person → code
	firms := map[string]string{}                                     // canonical company → code
	owned := map[string]string{}                                     // state body the text gave an owner → code
	for i := range doc.Entities {
		e := &doc.Entities[i]
		switch e.Type {
		case chronicle.Person:
			if e.Nominal {
				continue
			}
			if c := st.person(doc, i, home); c != "" && (codes[e.Canonical] == "" || len(c) > len(codes[e.Canonical])) {
				codes[e.Canonical] = c
			}
		case chronicle.GPE:
			if e.Actor == "" && e.Country != "" {
				e.Actor = e.Country
				if st.isCapital(e.Text) && !afterLocative(doc, e.ByteStart) {
					e.Actor = e.Country + "GOV" // "Washington said", "Moscow's move"
					if eu := euActor(doc); eu != "" && e.Text == "Brussels" {
						e.Actor = eu // "Brussels remained open to dialogue" in a story on the EU
					}
				}
			}
		case chronicle.NORP:
			if e.Actor == "" && e.Country != "" {
				e.Actor = e.Country
			}
			if e.Actor == "" && e.Country == "" && regionalBody(doc, e) {
				e.Actor = "IGO" // "West African leaders", "a Southeast Asian mediation team": the region's bloc
			}
			if e.Actor == "" && e.Text == "European" && goodsAfter.MatchString(doc.Text[e.ByteEnd:min(len(doc.Text), e.ByteEnd+30)]) && euNamed.MatchString(doc.Text) {
				e.Actor = "IGO" // "tariffs on European goods" in a dispute with the EU: the bloc's trade
			}
		case chronicle.Org:
			// "Saudi Arabia's Foreign Ministry", "the Chinese Foreign Ministry": a ministry the
			// organisation file knows by name only takes the country before it
			// a name used by the same kind of body in many countries ("the Interior Ministry",
			// "the Supreme Court", "the General Confederation of Labour") is the article's
			// country's when no other is named before it
			if strings.HasSuffix(e.Actor, "REL") && i+1 < len(doc.Entities) {
				// "the Catholic Church in Argentina": a church's national branch
				if n := doc.Entities[i+1]; n.Type == chronicle.GPE && n.Country != "" && strings.TrimSpace(doc.Text[e.ByteEnd:n.ByteStart]) == "in" {
					e.Actor, e.Country = n.Country+"REL", n.Country
				}
			}
			if e.Text == "Congress" && e.Actor == "USALEG" && countryBefore(doc, i) == "" && !usStory(doc, main) {
				// "Congress lawmaker Rakesh Tiwari" in a story on India: the Indian National
				// Congress; elsewhere the country's own congress. The US Congress is meant when
				// the story is about the US or says so ("US Congress", "Capitol Hill")
				switch {
				case main == "IND":
					e.Actor, e.Country = "INDPTY", "IND"
				case main != "":
					e.Actor, e.Country = main+"LEG", main
				}
			}
			if r := role(e.Actor); (r == "PTY" || r == "OPP") && main != "" && e.Country != "" && e.Country != main && !mentioned(doc, e.Country) {
				// "the opposition Podemos party" in a story on Mozambique: a party name the file
				// knows from another country, whose country the story never names, is the
				// story's own country's party
				e.Actor, e.Country = main+r, main
			}
			if e.Actor == "" {
				// "The U.S. Embassy in Phnom Penh", "the French Consulate": a country's
				// mission abroad is its government's, not the host country's
				if c := st.missionOf(e.Text); c != "" {
					e.Actor, e.Country = c+"GOV", c
				}
			}
			if i > 0 && e.Actor == "IGO" {
				// "Armenia's Security Council", "Kenya's Human Rights Commission": a country owns
				// no international body, so a body of that name is the country's own
				p := doc.Entities[i-1]
				if between := doc.Text[p.ByteEnd:e.ByteStart]; (between == "'s " || between == "’s ") && p.Type == chronicle.GPE && p.Country != "" {
					e.Actor, e.Country = p.Country+"GOV", p.Country
				}
			}
			if i > 0 && e.Actor == "" && e.Type == chronicle.Org {
				// "The African Union's Peace and Security Council": a body an international
				// body owns is international too
				p := doc.Entities[i-1]
				if between := doc.Text[p.ByteEnd:e.ByteStart]; ownedBy.MatchString(between) && p.Type == chronicle.Org && p.Actor == "IGO" {
					e.Actor = "IGO" // also "the UN nuclear watchdog's Board of Governors"
				}
			}
			if i > 0 && e.Country != "" && stateRoles[role(e.Actor)] {
				// "Pakistan's Foreign Office": a state body the file knows as another country's
				// (Britain's Foreign Office) is the body of the country that owns it here
				p := doc.Entities[i-1]
				if between := doc.Text[p.ByteEnd:e.ByteStart]; (between == "'s " || between == "’s ") && p.Type == chronicle.GPE && p.Country != "" && p.Country != e.Country {
					e.Actor, e.Country = p.Country+role(e.Actor), p.Country
					owned[e.Canonical] = e.Actor
				} else if c, ok := owned[e.Canonical]; ok && c != e.Actor && countryBefore(doc, i) == "" {
					// "Pakistan's Foreign Office said … Foreign Office spokeswoman X": the same
					// body again
					e.Actor, e.Country = c, c[:3]
				}
			}
			if e.Actor == "" && i > 0 {
				// "Canadian miner Arcturus Resources", "French oil major TotalEnergies": a
				// company the file does not know, described by nationality and trade
				p := doc.Entities[i-1]
				if (p.Type == chronicle.NORP || p.Type == chronicle.GPE) && p.Country != "" && tradeBefore.MatchString(doc.Text[p.ByteEnd:e.ByteStart]) {
					e.Actor, e.Country = p.Country+"BUS", p.Country
					firms[e.Canonical] = e.Actor
				} else if (p.Type == chronicle.NORP || p.Type == chronicle.GPE) && p.Country != "" && mediaBefore.MatchString(doc.Text[p.ByteEnd:e.ByteStart]) {
					// "the French daily La Croix", "Kenyan broadcaster NTV": a news outlet
					e.Actor, e.Country = p.Country+"MED", p.Country
					firms[e.Canonical] = e.Actor
				}
			}
			if e.Actor == "" && (ngoBefore(doc, i) || ngoAfter.MatchString(doc.Text[e.ByteEnd:min(len(doc.Text), e.ByteEnd+60)])) {
				// "The Paris-based group Justice for Detainees", "Aegean Rescue Watch, a German
				// charity,": a non-governmental body, whatever country it is based in
				e.Actor = "NGO"
				firms[e.Canonical] = e.Actor
			}
			if e.Actor == "" {
				// "the Vietnam Fisheries Society", "the Kenyan Farmers Association": a body the
				// file does not know, named after its country
				c := st.countryNamed(e.Text)
				if c == "" {
					c = st.countryNamed(e.Canonical) // "ZCTU" after "the Zambia Congress of Trade Unions (ZCTU)"
				}
				if c != "" {
					e.Actor, e.Country = c, c
					if labourName.MatchString(e.Canonical) {
						e.Actor = c + "LAB" // "the Zambia Congress of Trade Unions"
					}
					if i > 0 {
						// "Beijing's Taiwan Affairs Office": the country that owns the body, not
						// the one it is named after
						p := doc.Entities[i-1]
						if between := doc.Text[p.ByteEnd:e.ByteStart]; (between == "'s " || between == "’s ") && p.Type == chronicle.GPE && p.Country != "" && p.Country != c {
							e.Actor, e.Country = p.Country+"GOV", p.Country
						}
					}
				}
			}
			if e.Actor == "" && i+1 < len(doc.Entities) {
				// "Volga Trans, a Russian-owned logistics firm,": described after the name
				n := doc.Entities[i+1]
				if between := doc.Text[e.ByteEnd:n.ByteStart]; (between == ", a " || between == ", an " || between == ", the ") && (n.Type == chronicle.NORP || n.Type == chronicle.GPE) && n.Country != "" && tradeAfter.MatchString(doc.Text[n.ByteEnd:min(len(doc.Text), n.ByteEnd+60)]) {
					e.Actor, e.Country = n.Country+"BUS", n.Country
					firms[e.Canonical] = e.Actor
				}
			}
			if e.Actor == "" && firms[e.Canonical] != "" {
				e.Actor, e.Country = firms[e.Canonical], firms[e.Canonical][:3] // "Arcturus said"
			}
			if e.Actor == "" && i > 0 {
				// "The U.S. Navy's Fifth Fleet", "Kenya's Rapid Response Unit": a unit the file
				// does not know is coded as the body or country that owns it
				p := doc.Entities[i-1]
				if between := doc.Text[p.ByteEnd:e.ByteStart]; (between == "'s " || between == "’s ") && p.Country != "" {
					switch p.Type {
					case chronicle.Org:
						e.Actor, e.Country = p.Actor, p.Country
					case chronicle.GPE:
						e.Actor, e.Country = p.Country, p.Country
					}
				}
			}
			if e.Actor == "" && policeName.MatchString(e.Canonical) {
				e.Actor = "---COP" // "the General Police Inspectorate": the police of the country below
			}
			if e.Actor == "" && strings.HasSuffix(e.Canonical, " Party") {
				e.Actor = "---PTY" // "the People's Party": a party of the country below
			}
			if e.Actor == "" && electoralBody.MatchString(e.Canonical) {
				e.Actor = "---GOV" // "the Election Commission": the state's electoral authority
			}
			if m := nationalBody.FindStringSubmatch(e.Canonical); e.Actor == "" && m != nil {
				// "the National Farmers' Federation": a national body of the country below
				e.Actor = "---" + sectorRoles[m[1]]
			}
			if strings.HasPrefix(e.Actor, "---") {
				if c := countryBefore(doc, i); c != "" {
					e.Actor, e.Country = c+e.Actor[3:], c
				} else if c := st.contextCountry(doc, i); c != "" && localRoles[e.Actor[3:]] {
					// "Russia called for restraint. The Foreign Ministry said": the country
					// the context places the body in
					e.Actor, e.Country = c+e.Actor[3:], c
				} else if localRoles[e.Actor[3:]] && home() != "" {
					h := home()
					// "The Department of Foreign Affairs summoned China's ambassador" under a
					// MANILA dateline: the country the story is filed from and about
					e.Actor, e.Country = h+e.Actor[3:], h
				}
			}
		}
	}
	// "Lula also met …" after "Luiz Inacio Lula da Silva": a word of a person's name read as a
	// small place elsewhere (a town called Lula) stands for the person, not the town's country
	nameWords := map[string]string{}
	for canonical, c := range codes {
		if f := strings.Fields(canonical); len(f) >= 2 && c != "" && c[:3] != "---" {
			for _, w := range f {
				if len(w) >= 3 && unicode.IsUpper([]rune(w)[0]) {
					nameWords[w] = c
				}
			}
		}
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type != chronicle.GPE || e.Rule != "resolve:same-place" && e.Rule != "gazetteer:city" || st.isCapital(e.Text) {
			continue
		}
		if c, ok := nameWords[e.Text]; ok {
			e.Actor, e.Country = c, c[:3]
		}
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type == chronicle.Person {
			if c := codes[e.Canonical]; c != "" {
				e.Actor = c
				if e.Country == "" && len(c) >= 3 && c[:3] != "---" {
					e.Country = c[:3]
				}
			}
		}
	}
	return nil
}

// person codes one person mention from what surrounds it.
func (st *Stage) person(doc *chronicle.Document, i int, home func() string) string {
	e := doc.Entities[i]
	role := st.roles[strings.ToLower(e.Role)]
	if e.Role != "" && role == "" {
		role = st.roles[lastWord(e.Role)]
	}
	// an organisation in an apposition or "of …" right after the name gives the role (and the
	// country, unless a nationality before the name says otherwise)
	if role == "" && e.Role != "" {
		role = bodyBefore(doc, e) // "Government spokeswoman X", "army spokesman X"
	}
	if c := titleCountries[strings.ToLower(e.Role)]; c != "" {
		return c // "Pope Francis" speaks for the Holy See, whatever his nationality
	}
	if org := missionHead(doc, i); org != "" {
		// "The African Union mission, headed by former Ghanaian foreign minister X", "the head
		// of the AU observer mission, a former Ghanaian president, X": the mission's leader
		// speaks for the international body, not for their own country
		return org
	}
	if org := missionNamedBefore(doc, i); org != "" {
		// "The OAS … said its mission had found … The head of the mission, former Costa
		// Rican foreign minister X, urged": the international body whose mission it is
		return org
	}
	if org := st.describedBy(doc, i); org != "" {
		// "The head of the African Union mission in Burkina Faso, Kwame Adjei,": the
		// description before the name says whom the person speaks for, whatever their
		// nationality
		return org
	}
	if org := st.orgAppositionAfter(doc, i); org != "" {
		// "Kaja Kallas, the EU's foreign policy chief,": the body's official
		return org
	}
	if org := bodyNamedBefore(doc, i); org != "" {
		// "The Chinese embassy in Suva said … An embassy spokesman, Li Wei, urged": the
		// embassy the text has just named
		return org
	}
	if org := st.itsBody(doc, i); org != "" {
		// "The Fano militia … blamed the army. Its spokesman, Zemene Kassie, accused …": the
		// body the sentence before opened with
		return org
	}
	if known := st.people.code(e.Canonical, publishedYear(doc)); known != "" {
		// "Tayyip Erdogan", "Kyriakos Mitsotakis": a person the people file knows acts for the
		// country of the office they held that year, whatever the story's country
		if role != "" && known != "IGO" {
			return known[:3] + role // "South Korean President Lee Jae-myung": the text's title is the newer news
		}
		return known
	}
	country := countryBefore(doc, i)
	if country == "" && (strings.EqualFold(e.Role, "ambassador") || strings.EqualFold(e.Role, "envoy")) {
		// "Thailand lodged a protest with Myanmar's ambassador … handed a note to Ambassador
		// Kyaw Zeya Oo": the ambassador the text named by country before
		country = ambassadorNamedBefore(doc, i)
	}
	if country == "" {
		// a title before the name that says whose it is: "Spain … sent its agriculture minister,
		// Luis Planas," (the country "its" stands for), "The US Secretary of State, Daniel
		// Price,", "His Chilean counterpart, Rodrigo Fuenzalida,", "Kenya's Foreign Minister,
		// Amina Odhiambo,", "Canada's Minister for the Arctic, Paul Tremblay,"
		for _, read := range []func(*chronicle.Document, int) (string, string){st.itsTitle, st.theCountryTitle, st.nationalityTitle, st.countryTitle, st.counterpartTitle} {
			if c, r := read(doc, i); c != "" {
				country = c
				if role == "" {
					role = r
				}
				break
			}
		}
	}
	if country == "" {
		// "EU foreign policy chief Henrik Vestergaard", "ELN commander Pablo Beltrán": an
		// official of a body named before the title speaks for it, whatever the article's
		// country or nationality
		if org := st.orgBefore(doc, i); org != "" {
			return org
		}
	}
	if country == "" && role == "" {
		// "Tesfaye Alemu, Ethiopia's defence minister,", "X, the Philippines' defence
		// secretary,", "X, a Kenyan government spokesman,": the apposition right after the
		// name is explicit evidence and wins over the main-country fallback (not over the
		// body of a title before the name: "UNSMIL chief X, a Kenyan diplomat,")
		if c, r := st.appositionAfter(doc, i); c != "" && r != "" {
			return c + r
		}
	}
	if org := orgAfter(doc, i); org != "" && len(org) >= 6 {
		if role == "" {
			role = org[3:]
		}
		if country == "" && org[:3] != "---" {
			country = org[:3]
		}
	}
	if country == "" && role != "" {
		country = countryAfter(doc, i) // "Prime Minister Arben Krasniqi of Kosovo"
	}
	if country == "" && role == "" && spokesWords[strings.ToLower(e.Role)] {
		// "Ethiopia's foreign ministry rejected the accusations. … spokesman X said": a
		// spokesman the context places in a country speaks for its government
		if c := st.contextCountry(doc, i); c != "" {
			return c + "GOV"
		}
	}
	if country == "" && role != "" && stateRoles[role] {
		// "In Beijing, foreign ministry spokeswoman Mao Lin", "Mozambique, where he is to meet
		// President Daniel Chapo", "Russia … called for restraint. Foreign Ministry
		// spokeswoman Maria Zakharova said": the country the context places the title in,
		// else the article's
		if country = st.contextCountry(doc, i); country == "" {
			country = home() // "PRAGUE - … Prime Minister Tomas Vesely": the country the story is filed from, if it is much about it
		}
	}
	if country == "" {
		if role != "" {
			return "---" + role
		}
		return ""
	}
	if country == "IGO" {
		return country // an international body's official is coded as the body
	}
	return country + role
}

// ambassadorNamedBefore is the country of the last "<Country>'s ambassador" or "<nationality>
// ambassador" before entity i, "" when the text named none.
func ambassadorNamedBefore(doc *chronicle.Document, i int) string {
	for k := i - 1; k >= 0; k-- {
		p := doc.Entities[k]
		if (p.Type != chronicle.GPE && p.Type != chronicle.NORP) || p.Country == "" {
			continue
		}
		rest := strings.ToLower(doc.Text[p.ByteEnd:min(len(doc.Text), p.ByteEnd+16)])
		if strings.HasPrefix(rest, "'s ambassador") || strings.HasPrefix(rest, "’s ambassador") || strings.HasPrefix(rest, " ambassador") {
			return p.Country
		}
	}
	return ""
}

// placeOpening opens a sentence with where it happens, up to a capital: "In ", "At a briefing
// in ", "Speaking to reporters in ".
var placeOpening = regexp.MustCompile(`^(?:In|(?:At|Speaking (?:at|to)) (?:a |an |the )?[a-z-]+(?: [a-z-]+){0,3} in) $`)

// labourName is the name of a labour union or federation.
var labourName = regexp.MustCompile(`\b(?:Trade Unions?|Workers'? Unions?|Labou?r (?:Union|Congress|Federation)|(?:Teachers|Miners|Nurses|Doctors|Farmers)['’]? Unions?)\b`)

// electoralBody is the name of a state's electoral authority.
var electoralBody = regexp.MustCompile(`\b(?:Election|Electoral) (?:Commission|Council|Tribunal|Authority|Board)$`)

// nationalBody is the name of a country's national association of a trade: "National Farmers'
// Federation", "National Chamber of Commerce".
var nationalBody = regexp.MustCompile(`^National (Farmers|Workers|Employers|Chamber|Business|Industry|Manufacturers)\b.*\b(?:Federation|Association|Union|Council|Congress|Commerce|Confederation)$`)

// sectorRoles are the roles of national bodies by their trade.
var sectorRoles = map[string]string{"Farmers": "AGR", "Workers": "LAB", "Employers": "BUS", "Chamber": "BUS", "Business": "BUS", "Industry": "BUS", "Manufacturers": "BUS"}

// policeName is the name of a police force or its command.
var policeName = regexp.MustCompile(`\b(?:Police|Gendarmerie|Border Guards?)\b`)

// opensWith reports a sentence starting at byte sb that opens with the capital p and a comma
// ("In Beijing, …", "At a briefing in Beijing, …").
func (st *Stage) opensWith(doc *chronicle.Document, p chronicle.Entity, sb int) bool {
	return st.isCapital(p.Text) && placeOpening.MatchString(doc.Text[sb:p.ByteStart]) && strings.HasPrefix(doc.Text[p.ByteEnd:], ",")
}

// publishedYear is the year the document was published, 0 when unknown.
func publishedYear(doc *chronicle.Document) int {
	if len(doc.Published) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(doc.Published[:4])
	return y
}

// tradeBefore is a company's trade between its nationality and its name: " miner ", " oil
// major ", " state-owned carmaker ".
var tradeBefore = regexp.MustCompile(`^ (?:[a-z-]+ )?(?:miner|company|firm|giant|major|producer|maker|carmaker|bank|lender|operator|conglomerate|insurer|retailer|airline|developer|contractor|shipper|exporter|importer|trader|supplier) $`)

// mediaBefore is a news outlet's kind between its nationality and its name: " daily ", " public
// broadcaster ", " news agency ".
var mediaBefore = regexp.MustCompile(`^(?:['’]s)? (?:[a-z-]+ )?(?:daily|newspaper|weekly|broadcaster|television|channel|radio|station|news agency|agency|magazine|news site|outlet) $`)

// countryNamed is the country whose name or nationality opens an organisation's name ("Vietnam
// Fisheries Society", "Kenyan Farmers Association"), "" for none.
func (st *Stage) countryNamed(name string) string {
	f := strings.Fields(name)
	for n := min(3, len(f)-1); n >= 1; n-- {
		if c := st.countryWord(strings.Join(f[:n], " ")); c != "" {
			return c
		}
	}
	return ""
}

// countryWord is the country a country's name or nationality names ("Kenya", "Kenyan"), "" for
// none.
func (st *Stage) countryWord(w string) string {
	if c := st.gaz.CountryByName(w); c != nil {
		return c.ISO3
	}
	if c := st.gaz.Demonym(w); c != nil {
		return c.ISO3
	}
	return ""
}

// ngoKind is a description of a non-governmental body: "rights group", "charity", "the
// Paris-based group" (a "-based" body or a word of its aims makes a bare "group" one).
var (
	ngoKind     = `(?:(?:[A-Z][\pL.-]*-based )?(?i:(?:human )?rights|advocacy|campaign|monitoring|humanitarian|aid|relief|press freedom|non-profit|nonprofit|non-governmental|watchdog) (?:group|organi[sz]ation|body|NGO|monitor)|[A-Z][\pL.-]*-based (?:group|organi[sz]ation|NGO|monitor|charity|watchdog)|(?i:charity|watchdog)|NGO)`
	ngoBeforeRe = regexp.MustCompile(`(?i:^|[\s(])(?:(?i:an?|the) )?(?:[A-Z][\pL.-]* )?` + ngoKind + `,? $`)
	ngoAfter    = regexp.MustCompile(`^, (?:an?|the) (?:[A-Z][\pL.-]* )?` + ngoKind + `\b`)
)

// ngoBefore reports a description of a non-governmental body right before entity i, in its
// sentence.
func ngoBefore(doc *chronicle.Document, i int) bool {
	e := doc.Entities[i]
	from := max(0, e.ByteStart-60)
	if j := strings.LastIndexAny(doc.Text[from:e.ByteStart], ".;:\n"); j >= 0 {
		from += j + 1
	}
	return ngoBeforeRe.MatchString(doc.Text[from:e.ByteStart])
}

// regionalAdjectives name regions whose leaders act as one bloc (ECOWAS, the EAC, SADC, ASEAN).
// "African leaders" at a summit are leaders of many countries, not the African Union (a gold
// set codes them so), and "Central African" is also a nationality: both are left out.
var regionalAdjectives = map[string]bool{"West African": true, "East African": true, "Southern African": true,
	"Southeast Asian": true, "South-East Asian": true}

// blocMembers are the words after a regional adjective that make it the bloc acting: its
// leaders and envoys (not its countries or peoples: "European governments" are Europe's).
var blocMembers = regexp.MustCompile(`^(?: [a-z-]+){0,2} (?:leaders|ministers|heads of state|mediators|envoys?|team|delegation|bloc|summit)\b`)

// regionalBody reports a region's adjective naming its bloc: "West African leaders threatened
// the junta", "A Southeast Asian mediation team met …".
func regionalBody(doc *chronicle.Document, e *chronicle.Entity) bool {
	name := e.Text
	if before := doc.Text[:e.ByteStart]; strings.HasSuffix(before, "Southeast ") || strings.HasSuffix(before, "West ") || strings.HasSuffix(before, "East ") {
		name = before[strings.LastIndex(strings.TrimSuffix(before, " "), " ")+1:] + name // "Asian" read without "Southeast"
	}
	return regionalAdjectives[name] && blocMembers.MatchString(doc.Text[e.ByteEnd:min(len(doc.Text), e.ByteEnd+40)])
}

// goodsAfter is the trade a nationality describes: " goods", " exports", " carmakers".
var goodsAfter = regexp.MustCompile(`^ (?:goods|products|exports|imports|companies|firms|steel|cars|carmakers|wine|farmers)\b`)

// euNamed finds the European Union named in a text.
var euNamed = regexp.MustCompile(`\b(?:European Union|European Commission|EU)\b`)

// tradeAfter is a company's trade after its nationality in an apposition: "-owned logistics
// firm", " state-owned carmaker", "-based shipping company".
var tradeAfter = regexp.MustCompile(`^(?:-owned|-based|-registered)?(?: [a-z-]+){0,2} (?:firm|company|miner|producer|maker|carmaker|bank|lender|operator|conglomerate|insurer|retailer|airline|developer|contractor|shipper|exporter|importer|trader|supplier|group)\b`)

// titleCountries are titles held for one state only, whoever holds them.
var titleCountries = map[string]string{"pope": "VATREL"}

// localRoles are the roles of bodies every country has its own of.
var localRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true, "PTY": true, "LAB": true, "OPP": true, "HLH": true, "EDU": true, "AGR": true, "BUS": true}

var stateRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// countryBefore finds a country or nationality within the few words before a mention
// ("Iraqi Shia cleric Muqtada al-Sadr", "US President Donald Trump").
func countryBefore(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	for k := i - 1; k >= 0; k-- {
		p := doc.Entities[k]
		if (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "" && p.ByteEnd <= e.ByteStart && missionLedBy.MatchString(doc.Text[p.ByteEnd:e.ByteStart]) {
			return p.Country // "A Russian delegation led by Deputy Defence Minister Viktor Sokolov"
		}
		if e.ByteStart-p.ByteEnd > 40 || strings.ContainsAny(doc.Text[p.ByteEnd:e.ByteStart], ",.;:\n\"“”") {
			if (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "" && possessiveTitle.MatchString(withoutTitle(doc.Text[p.ByteEnd:e.ByteStart], e.Role)) {
				return p.Country // "Mexico's economy minister, Rosa Villanueva", "Chad's leader, General X"
			}
			return ""
		}
		if (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "" {
			if verbBetween(doc, p.ByteEnd, e.ByteStart) {
				return "" // "The Chinese envoy met Prime Minister X": another clause's actor
			}
			between := strings.TrimSpace(doc.Text[p.ByteEnd:e.ByteStart])
			if strings.HasPrefix(between, "'s") || strings.HasPrefix(between, "’s") || between == "" || !strings.Contains(between, " of ") {
				return p.Country
			}
		}
	}
	return ""
}

// verbBetween reports a finite verb among the tokens between bytes lo and hi.
func verbBetween(doc *chronicle.Document, lo, hi int) bool {
	k := sort.Search(len(doc.Tokens), func(j int) bool { return doc.Tokens[j].ByteStart >= lo })
	for ; k < len(doc.Tokens) && doc.Tokens[k].ByteEnd <= hi; k++ {
		switch doc.Tokens[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// missionLedBy is an international body's mission and the words before its leader's name:
// "'s observer mission, headed by former Ghanaian foreign minister ", " mission, a former
// Ghanaian president, " (after "the head of the").
var (
	missionLedBy   = regexp.MustCompile(`^(?:['’]s)?(?: [A-Za-z-]+){0,3} (?:mission|delegation|team|observers|monitors),? (?:headed|led|chaired) by(?: [A-Za-z'’-]+){0,6} $`)
	missionAppos   = regexp.MustCompile(`^(?:['’]s)?(?: [A-Za-z-]+){0,3} (?:mission|delegation|team), (?:a|an|the) [^,.;:"“”()]{0,60}, $`)
	missionHeadPre = regexp.MustCompile(`(?i)\b(?:head|chief|leader)(?: of)?(?: the)? $`)
)

// missionHead reads the leader of an international body's mission named before them.
func missionHead(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	for k := i - 1; k >= 0 && e.ByteStart-doc.Entities[k].ByteEnd <= 120; k-- {
		p := doc.Entities[k]
		if p.Type == chronicle.Person {
			return ""
		}
		if p.Type != chronicle.Org || !strings.HasPrefix(p.Actor, "IGO") {
			continue
		}
		mid := doc.Text[p.ByteEnd:e.ByteStart]
		if missionLedBy.MatchString(mid) {
			return p.Actor
		}
		if missionAppos.MatchString(mid) && missionHeadPre.MatchString(doc.Text[max(0, p.ByteStart-30):p.ByteStart]) {
			return p.Actor
		}
		return ""
	}
	return ""
}

// theMissionHead is a sentence opening "The head of the mission, <description>" before a name.
var theMissionHead = regexp.MustCompile(`^The (?:head|chief|leader) of the (?:mission|delegation), [^,.;:"“”()]{0,60}$`)

// openingOf finds mention i's sentence and the byte where it starts: the text between is how
// the sentence leads up to the name.
func openingOf(doc *chronicle.Document, i int) (sentence, start int) {
	si := sentenceAt(doc, doc.Entities[i].ByteStart)
	if si < 0 {
		return si, 0
	}
	return si, doc.Tokens[doc.Sentences[si].FirstToken].ByteStart
}

// missionNamedBefore reads "The head of the mission, … NAME" after a sentence in which an
// international body and its mission are named: the body's code, else "".
func missionNamedBefore(doc *chronicle.Document, i int) string {
	si, sb := openingOf(doc, i)
	if si <= 0 || !theMissionHead.MatchString(doc.Text[sb:doc.Entities[i].ByteStart]) {
		return ""
	}
	prev := doc.Sentences[si-1]
	pb, pe := doc.Tokens[prev.FirstToken].ByteStart, doc.Tokens[prev.EndToken-1].ByteEnd
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= pb; k-- {
		p := doc.Entities[k]
		if p.Type == chronicle.Org && strings.HasPrefix(p.Actor, "IGO") && p.ByteEnd <= pe && strings.Contains(doc.Text[p.ByteEnd:pe], "mission") {
			return p.Actor
		}
	}
	return ""
}

// describedBy reads a description in apposition before a name, "<role> of <organisation> …,
// NAME": the organisation's code, when it is an international body or has a role.
func (st *Stage) describedBy(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	before := strings.TrimRight(doc.Text[:e.ByteStart], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	before = before[:len(before)-1]
	start := lastBreak(before)
	desc := before[start+1:]
	if len(desc) > 90 {
		return ""
	}
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart > start; k-- {
		p := doc.Entities[k]
		if p.Type == chronicle.Person {
			return ""
		}
		if p.Type != chronicle.Org || !(strings.HasPrefix(p.Actor, "IGO") || len(p.Actor) >= 6 && p.Actor[:3] != "---") {
			continue
		}
		head := strings.Fields(strings.ToLower(doc.Text[start+1 : p.ByteStart]))
		if n := len(head); n > 0 && head[n-1] == "the" {
			head = head[:n-1]
		}
		if after := doc.Text[p.ByteEnd : start+1+len(desc)]; len(head) == 0 && (strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") || strings.HasPrefix(after, " ")) {
			// "The European Union's foreign policy chief, Marta Kallas,", "The African Union
			// Commission chairman, X,": the body's official
			words := strings.Fields(strings.ToLower(after[strings.Index(after, " "):]))
			for j, w := range words {
				if j > 0 && remitWords[w] {
					words = words[:j] // "The EU's special envoy for the dialogue": the title ends there
					break
				}
			}
			ok := len(words) > 0
			for _, w := range words {
				if _, r := st.roles[w]; !r && !st.titleWord[w] && !titleModifiers[w] && !spokesWords[w] {
					ok = false
				}
			}
			if ok {
				return p.Actor
			}
		}
		if n := len(head); n >= 2 && head[n-1] == "of" {
			if _, ok := st.roles[head[n-2]]; ok || head[n-2] == "head" || head[n-2] == "chairperson" || head[n-2] == "chair" {
				return p.Actor
			}
		}
		if n := len(head); n >= 2 && head[n-1] == "for" && spokesWords[head[n-2]] {
			return p.Actor // "A spokeswoman for the U.N. human rights office, Liv Thorsen,"
		}
	}
	return ""
}

// lastBreak is the offset of the last punctuation in s that ends a phrase, -1 for none; the
// dots of an abbreviation ("the U.N. office", "the U.S. envoy") end none.
func lastBreak(s string) int {
	for k := len(s) - 1; k >= 0; k-- {
		switch s[k] {
		case ',', ';', ':', '\n', '"', '(', ')':
			return k
		case '.':
			if k >= 2 && s[k-2] == '.' || k >= 1 && k+1 < len(s) && s[k+1] != ' ' {
				continue // "U.N." (its last dot and its inner ones)
			}
			return k
		}
		if strings.HasPrefix(s[k:], "“") || strings.HasPrefix(s[k:], "”") {
			return k
		}
	}
	return -1
}

// remitWords open what an official's title is for: "special envoy for the Horn of Africa",
// "representative to the talks".
var remitWords = map[string]bool{"for": true, "to": true, "on": true}

// bodyWords are common nouns for a country's bodies, written before a spokesperson's role.
var bodyWords = map[string]string{"government": "GOV", "presidential": "GOV", "ministry": "GOV", "army": "MIL", "military": "MIL",
	"police": "COP", "opposition": "OPP", "court": "JUD", "judiciary": "JUD", "parliament": "LEG", "parliamentary": "LEG"}

// bodyBefore reads the body word right before a person's role, or before its portfolio:
// "Government spokeswoman X", "Opposition trade spokesman X".
func bodyBefore(doc *chronicle.Document, e chronicle.Entity) string {
	before := strings.ToLower(strings.TrimRight(doc.Text[:e.ByteStart], " "))
	rest, ok := strings.CutSuffix(before, strings.ToLower(e.Role))
	if !ok {
		return ""
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return ""
	}
	if b := bodyWords[f[len(f)-1]]; b != "" || len(f) < 2 {
		return b
	}
	return bodyWords[f[len(f)-2]] // "Opposition trade spokesman X": a portfolio between
}

// aBodyTitle is "an embassy spokesman, ", "a ministry spokeswoman, " right before a name.
var aBodyTitle = regexp.MustCompile(`(?:^|\s)(?:[Aa]n?|[Tt]he) (embassy|ministry) (?:spokesman|spokeswoman|spokesperson|official), $`)

// bodyNamedBefore reads "An embassy spokesman, NAME" and "The panel's chair, <description>
// NAME": the code of the embassy, ministry or body named in the sentence or the two before
// ("The Chinese embassy", "Kenya's foreign ministry", "the African Union High-Level
// Implementation Panel"), "" when there is none.
func bodyNamedBefore(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	si := sentenceAt(doc, e.ByteStart)
	if si < 0 {
		return ""
	}
	sb := doc.Tokens[doc.Sentences[si].FirstToken].ByteStart
	opening := doc.Text[sb:e.ByteStart]
	noun, within := "", strings.HasSuffix
	if m := aBodyTitle.FindStringSubmatch(opening); m != nil {
		noun = m[1]
	} else if m := theBodysTitle.FindStringSubmatch(opening); m != nil {
		noun, within = m[1], strings.Contains // "the African Union High-Level Implementation Panel"
	} else if m := bodyWordTitle.FindStringSubmatch(opening); m != nil {
		noun, within = strings.ToLower(m[1]), strings.Contains // "Commission spokeswoman X": the European Commission
	} else {
		return ""
	}
	from := doc.Tokens[doc.Sentences[max(0, si-2)].FirstToken].ByteStart
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= from; k-- {
		p := doc.Entities[k]
		switch p.Type {
		case chronicle.Org:
			if within(strings.ToLower(p.Text), noun) && len(p.Actor) >= 3 && p.Actor[:3] != "---" {
				return p.Actor
			}
		case chronicle.GPE, chronicle.NORP:
			rest := strings.ToLower(doc.Text[p.ByteEnd:min(len(doc.Text), p.ByteEnd+40)])
			if f := bodyAfter.FindString(rest); p.Country != "" && f != "" && strings.HasSuffix(f, noun) {
				return p.Country + "GOV"
			}
		}
	}
	return ""
}

// theBodysTitle is a sentence opening "The panel's chair, former Mozambican foreign minister "
// right before a name: the official of a body the text has just named, whatever their
// nationality.
var theBodysTitle = regexp.MustCompile(`^The (panel|mission|commission|council|committee|agency|tribunal|court|bloc|alliance|body)['’]s (?:[a-z-]+ ){0,2}(?:chair|chairman|chairwoman|chairperson|head|chief|president|director|secretary|spokesman|spokeswoman|spokesperson|envoy|leader), [^,.;:"“”()]{0,60}$`)

// bodyWordTitle is a capitalised body word before a spokesperson's title right before a name,
// "Commission spokeswoman ": the body of that kind the text has named.
var bodyWordTitle = regexp.MustCompile(`(?:^|[\s"“,])(Commission|Council|Embassy|Mission|Agency) (?:spokesman|spokeswoman|spokesperson) $`)

// bodyAfter is "'s foreign ministry", " embassy" right after a country or nationality.
var bodyAfter = regexp.MustCompile(`^(?:['’]s)?(?: [a-z]+)? (?:embassy|ministry)\b`)

// countryAfter finds a country right after a name with "of": "Prime Minister X of Kosovo".
func countryAfter(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	if i+1 >= len(doc.Entities) {
		return ""
	}
	n := doc.Entities[i+1]
	if n.Type == chronicle.GPE && n.Country != "" && strings.TrimSpace(doc.Text[e.ByteEnd:n.ByteStart]) == "of" {
		return n.Country
	}
	return ""
}

// orgBefore finds an organisation right before a name, with only title words between ("EU
// foreign policy chief", "UN special envoy", "ELN commander"): its code, when it has a role.
func (st *Stage) orgBefore(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	for k := i - 1; k >= 0; k-- {
		p := doc.Entities[k]
		if e.ByteStart-p.ByteEnd > 40 || strings.ContainsAny(doc.Text[p.ByteEnd:e.ByteStart], ",.;:()\n\"“”") {
			return ""
		}
		// a building that stands for a government counts too: "Kremlin spokesman X"
		if (p.Type == chronicle.Org || p.Type == chronicle.Fac) && (strings.HasPrefix(p.Actor, "IGO") || len(p.Actor) >= 6 && p.Actor[:3] != "---") {
			if p.ByteEnd == e.ByteStart || strings.TrimSpace(doc.Text[p.ByteEnd:e.ByteStart]) == "" {
				return "" // the name is the organisation's own
			}
			// title position only: "EU foreign policy chief X", "the EU's envoy X", "ELN
			// commander X"; not "talks with the EU ended as Prime Minister X", where the body
			// is no part of the title
			between, role := strings.TrimSpace(doc.Text[p.ByteEnd:e.ByteStart]), e.Role
			if _, ok := st.roles[lastWord(between)]; role == "" && ok {
				role = lastWord(between) // a title in lower case the name was not given: "EU trade commissioner X"
			}
			if !st.titleWords(between, role) {
				return ""
			}
			return p.Actor
		}
		if p.Type == chronicle.Person || p.Type == chronicle.GPE || p.Type == chronicle.NORP {
			return ""
		}
	}
	return ""
}

// titleWords reports whether the words between a body and a name make a title for the name
// alone: an optional possessive and determiner, modifiers, then the name's title or role
// ("'s top diplomat", "foreign policy chief", "special envoy").
func (st *Stage) titleWords(between, role string) bool {
	between = strings.TrimPrefix(strings.TrimPrefix(between, "'s"), "’s")
	original := strings.Fields(between)
	words := strings.Fields(strings.ToLower(between))
	if len(words) == 0 || role == "" {
		return false
	}
	if !strings.HasSuffix(strings.ToLower(between), strings.ToLower(role)) {
		return false // the words right before the name are not its title
	}
	for i, w := range words {
		// a capitalised word is part of a capitalised title: "EU Fisheries Commissioner X"
		if _, ok := st.roles[w]; !ok && !st.titleWord[w] && !titleModifiers[w] && !spokesWords[w] && !capitalised(original[i]) {
			return false
		}
	}
	return true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titleModifiers qualify a title: "EU foreign policy chief", "UN special envoy".
var titleModifiers = map[string]bool{"top": true, "chief": true, "special": true, "senior": true, "deputy": true, "acting": true,
	"former": true, "interim": true, "new": true, "foreign": true, "policy": true, "affairs": true, "military": true,
	"political": true, "peace": true, "lead": true, "regional": true, "local": true, "field": true, "human": true, "rights": true,
	"humanitarian": true, "trade": true, "health": true, "security": true, "defence": true, "defense": true, "high": true,
	"country": true, "mission": true, "de": true, "facto": true, "-": true}

// orgAfter finds an organisation right after a name: ", spokesman for Kata'ib Hezbollah",
// ", of the Fatah alliance", "(Fatah)".
var appositionStart = regexp.MustCompile(`^, (?:a|an|the)(?: former)? $`)

func orgAfter(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	for k := i + 1; k < len(doc.Entities); k++ {
		n := doc.Entities[k]
		gap := doc.Text[e.ByteEnd:n.ByteStart]
		if len(gap) > 60 || strings.ContainsAny(gap, ".;\"“”") || strings.Count(gap, ",") > 1 {
			return ""
		}
		if n.Type == chronicle.NORP && appositionStart.MatchString(gap) {
			continue // "X, a Polish member of the European Parliament": the nationality modifies the role
		}
		g := " " + strings.TrimSpace(gap) + " "
		if !strings.Contains(g, " of ") && !strings.Contains(g, " for ") && !strings.Contains(g, " from ") && !strings.Contains(g, " at ") {
			return "" // ", Press TV reported" is not an apposition
		}
		if t := strings.TrimSpace(gap); !strings.HasPrefix(t, ",") && !strings.HasPrefix(t, "(") && !strings.HasPrefix(t, "of ") &&
			!strings.HasPrefix(t, "for ") && !strings.HasPrefix(t, "from ") && !strings.HasPrefix(t, "at ") {
			return "" // "X accused fighters of Africa Corps": an object, not an apposition
		}
		if n.Type == chronicle.Org && n.Actor != "" {
			return n.Actor
		}
		if n.Type == chronicle.Person {
			return ""
		}
	}
	return ""
}

func (st *Stage) isCapital(name string) bool {
	cs := st.gaz.Cities(name)
	return len(cs) > 0 && cs[0].Capital
}

func afterLocative(doc *chronicle.Document, b int) bool {
	before := strings.TrimRight(doc.Text[:b], " ")
	for _, p := range []string{" in", " at", " from", " to", " near", " outside", " into", " In", " At", " From", " across"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	// the second of two places joined: "in London and Paris", "from Kyiv, Lviv or Odesa"
	for _, conj := range []string{" and", " or", ","} {
		if rest, ok := strings.CutSuffix(before, conj); ok {
			end := len(strings.TrimRight(rest, " "))
			for k := len(doc.Entities) - 1; k >= 0 && doc.Entities[k].ByteEnd >= end; k-- {
				if e := doc.Entities[k]; e.ByteEnd == end && e.Type == chronicle.GPE {
					return afterLocative(doc, e.ByteStart)
				}
			}
		}
	}
	return false
}

// usStory reports a story on the United States, or one that names the US Congress as such.
func usStory(doc *chronicle.Document, main string) bool {
	if main == "USA" {
		return true
	}
	for _, w := range []string{"US Congress", "U.S. Congress", "United States Congress", "Capitol Hill", "American Congress"} {
		if strings.Contains(doc.Text, w) {
			return true
		}
	}
	return false
}

// Home is the country a story's own domestic bodies belong to: its dateline's, when the story is
// about that country too (named at least half as often as the most named one: "MANILA" on a
// story of Chinese ships and Philippine protests, not "VIENTIANE" on an India–China meeting),
// else the main country.
func Home(doc *chronicle.Document, main string) string {
	count := CountryCounts(doc)
	for _, e := range doc.Entities {
		if e.Rule == "rule:dateline" && e.Country != "" && (e.Type == chronicle.GPE || e.Type == chronicle.NORP) {
			if 2*count[e.Country] >= count[main] {
				return e.Country
			}
			break
		}
	}
	return main
}

// CountryCounts counts a story's mentions of places and nationalities by their country.
func CountryCounts(doc *chronicle.Document) map[string]int {
	count := map[string]int{}
	for _, e := range doc.Entities {
		if (e.Type == chronicle.GPE || e.Type == chronicle.NORP) && e.Country != "" {
			count[e.Country]++
		}
	}
	return count
}

// MainCountry is the country the article is most about: the most mentioned country among its
// places and nationalities ("" when none).
func MainCountry(doc *chronicle.Document) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, e := range doc.Entities {
		if (e.Type == chronicle.GPE || e.Type == chronicle.NORP) && e.Country != "" {
			count[e.Country]++
			if e.Rule == "rule:dateline" {
				count[e.Country]++ // the place the story is filed from breaks ties
			}
			if count[e.Country] > bestN {
				best, bestN = e.Country, count[e.Country]
			}
		}
	}
	return best
}

// spokesWords speak for a body named around them.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// appositionAfter reads a description in apposition right after a name, ", <det> <country's |
// nationality> <modifiers> <role>,": the country and the role it gives ("" when it names no
// country or no role, or holds an organisation or another person).
func (st *Stage) appositionAfter(doc *chronicle.Document, i int) (country, role string) {
	e := doc.Entities[i]
	rest := doc.Text[e.ByteEnd:]
	if !strings.HasPrefix(rest, ", ") {
		return "", ""
	}
	end := strings.IndexAny(rest[2:], ",.;:\n\"“”()")
	if end < 0 || end > 80 {
		return "", ""
	}
	lo, hi := e.ByteEnd+2, e.ByteEnd+2+end
	for k := i + 1; k < len(doc.Entities) && doc.Entities[k].ByteStart < hi; k++ {
		p := doc.Entities[k]
		switch {
		case (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "":
			if country == "" {
				country = p.Country
			}
		case p.Type == chronicle.Org && !p.Nominal, p.Type == chronicle.Person:
			return "", "" // an organisation's or another person's description is read elsewhere
		}
	}
	if country == "" {
		return "", ""
	}
	words := strings.Fields(strings.ToLower(doc.Text[lo:hi]))
	if len(words) == 0 {
		return "", ""
	}
	if w := words[0]; w != "the" && w != "a" && w != "an" && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'") {
		if _, ok := st.roles[w]; !ok && country == "" {
			return "", ""
		}
	}
	// the role is the head noun's (the last role word), or a body word before a role without one
	// ("government spokesman")
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if r, ok := st.roles[w]; ok || spokesWords[w] {
			if r != "" {
				return country, r
			}
			// "a spokeswoman for the Chinese foreign ministry"
			for _, x := range words[k+1:] {
				if b := bodyWords[x]; b != "" {
					return country, b
				}
			}
			if k > 0 {
				if b := bodyWords[words[k-1]]; b != "" {
					return country, b
				}
			}
			if k > 1 {
				if b := bodyWords[words[k-2]]; b != "" {
					return country, b // "a Kenyan foreign ministry spokesman"
				}
			}
			return "", ""
		}
	}
	return "", ""
}

// withoutTitle drops the name's own title from the end of the words before it: "'s military
// leader, Captain " → "'s military leader, ".
func withoutTitle(between, title string) string {
	if title == "" {
		return between
	}
	if b := strings.TrimSuffix(between, " "); len(b) > len(title) && strings.EqualFold(b[len(b)-len(title):], title) {
		if rest := b[:len(b)-len(title)]; strings.HasSuffix(rest, ", ") {
			return rest
		}
	}
	return between
}

// possessiveTitle is "'s <title in lower case>, " between a country and a name in apposition.
var possessiveTitle = regexp.MustCompile(`^['’]s(?: [a-z-]+){1,4}, $`)

// euActor is the code of the European Union when the document names it ("the European
// Union", "the EU", "the European Commission"), else "".
func euActor(doc *chronicle.Document) string {
	for _, e := range doc.Entities {
		if e.Type == chronicle.Org && strings.HasPrefix(e.Actor, "IGO") && (strings.HasPrefix(e.Canonical, "European ") || e.Canonical == "EU") {
			return e.Actor
		}
	}
	return ""
}

// role is the CAMEO role of an actor code ("" for none).
func role(code string) string {
	if len(code) < 6 {
		return ""
	}
	return code[3:6]
}

// mentioned reports a place or nationality of country iso in the document.
func mentioned(doc *chronicle.Document, iso string) bool {
	for _, e := range doc.Entities {
		if (e.Type == chronicle.GPE || e.Type == chronicle.NORP) && e.Country == iso {
			return true
		}
	}
	return false
}

// contextCountry is the country the words around a titled name place it in when the title
// names none: a capital opening its sentence ("In Beijing, foreign ministry spokeswoman X"), a
// country or capital the sentence continues with "where" ("travels to Mozambique, where he is
// to meet President X"), or a country opening the sentence before in the same paragraph as its
// subject ("Germany urged both sides … Economy Minister X said"), when the name's own sentence
// names no place or nationality before it. "" when there is none.
func (st *Stage) contextCountry(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	si := sentenceAt(doc, e.ByteStart)
	if si < 0 {
		return ""
	}
	sb := doc.Tokens[doc.Sentences[si].FirstToken].ByteStart
	placeBefore := false
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= sb; k-- {
		p := doc.Entities[k]
		if p.Type != chronicle.GPE && p.Type != chronicle.NORP || p.Country == "" || quoted(doc.Text[sb:p.ByteStart]) {
			continue // ""Iran must release the crew," minister X told": what is spoken of, not where
		}
		placeBefore = true
		if p.Type != chronicle.GPE {
			continue
		}
		if st.opensWith(doc, p, sb) {
			return p.Country
		}
		if (st.isCapital(p.Text) || p.Rule == "gazetteer:country") && strings.HasPrefix(doc.Text[p.ByteEnd:], ", where ") {
			return p.Country
		}
	}
	// "The Estonian navy sent …, the Estonian Defence Forces said, while Foreign Minister X
	// called": a sentence that names one country, twice, before the title is about it
	one, n := "", 0
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= sb; k-- {
		if p := doc.Entities[k]; (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "" && !quoted(doc.Text[sb:p.ByteStart]) {
			if one != "" && p.Country != one {
				one = "-"
			} else if one == "" {
				one = p.Country
			}
			n++
		}
	}
	if one != "-" && n >= 2 {
		return one
	}
	// "foreign ministry spokesman Liang Wenbo told a regular news briefing in Beijing": where a
	// ministry briefs the press is its capital
	se := doc.Tokens[doc.Sentences[si].EndToken-1].ByteEnd
	for k := i + 1; k < len(doc.Entities) && doc.Entities[k].ByteStart < se; k++ {
		p := doc.Entities[k]
		if between := doc.Text[e.ByteEnd:p.ByteStart]; p.Type == chronicle.GPE && p.Country != "" && briefedIn.MatchString(between) && (st.isCapital(p.Text) || strings.HasSuffix(between, " from ")) {
			return p.Country // (a city one speaks from need not be the capital: Cotonou)
		}
	}
	if placeBefore || si == 0 || doc.Sentences[si-1].Paragraph != doc.Sentences[si].Paragraph {
		return ""
	}
	pb := doc.Tokens[doc.Sentences[si-1].FirstToken].ByteStart
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= pb; k-- {
		p := doc.Entities[k]
		if p.Type == chronicle.GPE && p.Country != "" && st.opensWith(doc, p, pb) {
			return p.Country // "In Ankara, a Turkish Foreign Ministry spokesman said … . Foreign Minister X spoke"
		}
		if p.ByteStart == pb && p.Type == chronicle.GPE && (p.Rule == "gazetteer:country" || st.isCapital(p.Text)) && p.Country != "" {
			rest := doc.Text[p.ByteEnd:min(len(doc.Text), p.ByteEnd+40)]
			if strings.HasPrefix(rest, ", ") || strings.HasPrefix(rest, " has ") {
				return p.Country
			}
			// "Ethiopia's foreign ministry rejected the accusations. … spokesman X said":
			// the ministry's
			if f := strings.Fields(strings.ToLower(rest)); len(f) >= 3 && (f[0] == "'s" || f[0] == "’s") && (bodyWords[f[1]] != "" || bodyWords[f[2]] != "") {
				return p.Country
			}
			if f := strings.Fields(rest); len(f) > 0 && strings.HasSuffix(f[0], "ed") {
				return p.Country // "Russia called on …", "Germany urged …"
			}
		}
	}
	return ""
}

// quoted reports a sentence prefix that leaves a quotation open.
func quoted(prefix string) bool {
	return strings.Count(prefix, `"`)%2 == 1 || strings.Count(prefix, "“") > strings.Count(prefix, "”")
}

// ownedBy is the text between an owner's name and what it owns: "'s ", " nuclear watchdog's ".
var ownedBy = regexp.MustCompile(`^(?: [a-z-]+){0,3}['’]s $`)

// briefedIn is the text between a spokesman's name and the capital where they briefed the press
// or spoke from ("told AFP by telephone from Cotonou").
var briefedIn = regexp.MustCompile(`^,? (?:said|told|added)?[^,;]{0,30}\b(?:(?:briefing|conference|reporters) in|(?:tele)?phone from|speaking from) $`)

// sentenceAt is the index of the sentence holding byte offset b, -1 for none.
func sentenceAt(doc *chronicle.Document, b int) int {
	for si, s := range doc.Sentences {
		if s.FirstToken >= len(doc.Tokens) || s.EndToken <= s.FirstToken {
			continue
		}
		if doc.Tokens[s.FirstToken].ByteStart <= b && b < doc.Tokens[s.EndToken-1].ByteEnd {
			return si
		}
	}
	return -1
}

// itsTitleBefore is "its <title>, " right before a name.
var itsTitleBefore = regexp.MustCompile(`(?:^|[\s,])its((?: [a-z-]+){1,4}), $`)

// itsTitle reads "its <title>, NAME" after a country named earlier in the sentence: the country
// (the nearest one before, with no other person between) and the role the title gives ("" when
// it gives none).
func (st *Stage) itsTitle(doc *chronicle.Document, i int) (country, role string) {
	e := doc.Entities[i]
	si := sentenceAt(doc, e.ByteStart)
	if si < 0 {
		return "", ""
	}
	sb := doc.Tokens[doc.Sentences[si].FirstToken].ByteStart
	m := itsTitleBefore.FindStringSubmatch(doc.Text[sb:e.ByteStart])
	if m == nil {
		return "", ""
	}
	words := strings.Fields(m[1])
	known := false
	for k := len(words) - 1; k >= 0 && !known; k-- {
		r, ok := st.roles[strings.Join(words[k:], " ")]
		if !ok {
			r, ok = st.roles[words[k]]
		}
		if ok {
			role, known = r, true
		}
	}
	if !known {
		return "", "" // "its ally, X": no title
	}
	for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= sb; k-- {
		p := doc.Entities[k]
		if p.Type == chronicle.Person {
			return "", ""
		}
		if strings.HasSuffix(doc.Text[max(sb, p.ByteStart-4):p.ByteStart], "in ") {
			continue // "IGAD, based in Djibouti, … its executive secretary": a seat, not the owner
		}
		if p.Type == chronicle.Org && strings.HasPrefix(p.Actor, "IGO") {
			return "IGO", "" // "IGAD … and its executive secretary, X": the body's official
		}
		if p.Type == chronicle.GPE && p.Country != "" && (p.Rule == "gazetteer:country" || st.isCapital(p.Text)) {
			return p.Country, role
		}
	}
	return "", ""
}

// theCountryTitle reads "The <country or nationality> <title>, NAME": the country and the role
// of the title ("" when the words are no title).
func (st *Stage) theCountryTitle(doc *chronicle.Document, i int) (country, role string) {
	e := doc.Entities[i]
	if i == 0 {
		return "", ""
	}
	p := doc.Entities[i-1]
	if c, r := st.titleWithRemit(doc, i); c != "" {
		return c, r // "The US special envoy for the Horn of Africa, Daniel Whitfield,"
	}
	if p.Type != chronicle.GPE && p.Type != chronicle.NORP || p.Country == "" {
		return "", ""
	}
	before := strings.ToLower(strings.TrimRight(doc.Text[max(0, p.ByteStart-5):p.ByteStart], " "))
	if !strings.HasSuffix(before, "the") {
		return "", ""
	}
	words := titleBetween(doc, p, e, 5)
	if words == nil {
		return "", ""
	}
	if r, ok := st.roleOfTitle(words); ok {
		return p.Country, r
	}
	return "", ""
}

// roleOfTitle is the role of the longest known title that ends the words ("special envoy",
// "secretary of state").
func (st *Stage) roleOfTitle(words []string) (string, bool) {
	for k := 0; k < len(words); k++ {
		if r, ok := st.roles[strings.Join(words[k:], " ")]; ok {
			return r, true
		}
	}
	return "", false
}

// titleWithRemit reads "The <country> <title> for|to|on <place>, NAME" ("The US special envoy
// for the Horn of Africa, Daniel Whitfield,"): the country and the title's role.
func (st *Stage) titleWithRemit(doc *chronicle.Document, i int) (country, role string) {
	if i < 2 {
		return "", ""
	}
	e, place, p := doc.Entities[i], doc.Entities[i-1], doc.Entities[i-2]
	if place.Type != chronicle.Loc && place.Type != chronicle.GPE || p.Type != chronicle.GPE && p.Type != chronicle.NORP || p.Country == "" {
		return "", ""
	}
	if between := doc.Text[place.ByteEnd:e.ByteStart]; between != ", " {
		return "", ""
	}
	if !strings.HasSuffix(strings.ToLower(strings.TrimRight(doc.Text[max(0, p.ByteStart-5):p.ByteStart], " ")), "the") {
		return "", ""
	}
	words := strings.Fields(strings.ToLower(doc.Text[p.ByteEnd:place.ByteStart]))
	if n := len(words); n > 0 && words[n-1] == "the" {
		words = words[:n-1]
	}
	if n := len(words); n < 2 || !remitWords[words[n-1]] || n > 5 {
		return "", ""
	}
	words = words[:len(words)-1]
	if r, ok := st.roleOfTitle(words); ok {
		return p.Country, r
	}
	return "", ""
}

// titleBetween is the words of a title between a country's word p and the name e it stands
// before, "the US Secretary of State, NAME": at most max lower-case words and a comma; nil
// when the text between is anything else.
func titleBetween(doc *chronicle.Document, p, e chronicle.Entity, max int) []string {
	between := doc.Text[p.ByteEnd:e.ByteStart]
	if !strings.HasSuffix(between, ", ") || strings.ContainsAny(between[:len(between)-2], ",.;:()\n\"“”") {
		return nil
	}
	words := strings.Fields(strings.ToLower(between[:len(between)-2]))
	if len(words) == 0 || len(words) > max {
		return nil
	}
	return words
}

// nationalityTitle reads "<nationality> <title>, NAME" ("His Chilean counterpart, Rodrigo
// Fuenzalida,"): the nationality's country and the title's role; a counterpart is of the
// government the story has just named another minister of.
func (st *Stage) nationalityTitle(doc *chronicle.Document, i int) (country, role string) {
	e := doc.Entities[i]
	if i == 0 {
		return "", ""
	}
	p := doc.Entities[i-1]
	if p.Type != chronicle.NORP || p.Country == "" {
		return "", ""
	}
	words := titleBetween(doc, p, e, 4)
	if words == nil {
		return "", ""
	}
	for _, w := range words {
		if !st.titleWord[w] && w != "counterpart" {
			return "", ""
		}
	}
	if r, ok := st.roles[strings.Join(words, " ")]; ok {
		return p.Country, r
	}
	if r, ok := st.roles[words[len(words)-1]]; ok {
		return p.Country, r
	}
	if words[len(words)-1] == "counterpart" {
		return p.Country, "GOV"
	}
	return p.Country, ""
}

var counterpartBefore = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir) counterparts?,? $`)

// counterpartTitle reads "talks with her counterpart, NAME" in a sentence that names the
// minister's own country and another ("Senegal's minister led a delegation to the Mauritanian
// capital for talks with her counterpart, X"): the other country's government.
func (st *Stage) counterpartTitle(doc *chronicle.Document, i int) (country, role string) {
	e := doc.Entities[i]
	if !counterpartBefore.MatchString(doc.Text[max(0, e.ByteStart-40):e.ByteStart]) {
		return "", ""
	}
	si := sentenceAt(doc, e.ByteStart)
	if si < 0 {
		return "", ""
	}
	sb := doc.Tokens[doc.Sentences[si].FirstToken].ByteStart
	// the sentence's first country is the minister's own ("Senegal's Minister …"); the last
	// other one before the name is where the counterpart serves
	var countries []string
	for k := 0; k < i; k++ {
		if p := doc.Entities[k]; p.ByteStart >= sb && (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "" {
			countries = append(countries, p.Country)
		}
	}
	if len(countries) < 2 || countries[len(countries)-1] == countries[0] {
		return "", ""
	}
	return countries[len(countries)-1], "GOV"
}

var countryTitleBefore = regexp.MustCompile(`['’]s((?: [A-Za-z-]+){1,9}), $`)

// countryTitle reads "<country>'s <Title>, NAME", where the title may be capitalised and run on
// past its role word ("Minister for the Pacific"): the country and the title's role. The
// lower-case form is read by countryBefore with the role the entity stage found.
func (st *Stage) countryTitle(doc *chronicle.Document, i int) (country, role string) {
	e := doc.Entities[i]
	lo := max(0, e.ByteStart-80)
	m := countryTitleBefore.FindStringSubmatchIndex(doc.Text[lo:e.ByteStart])
	if m == nil {
		return "", ""
	}
	if role = st.roleIn(doc.Text[lo+m[2] : lo+m[3]]); role == "" {
		return "", "" // "Kenya's Lake Turkana, X": no title
	}
	at := lo + m[0]
	for k := i - 1; k >= 0; k-- {
		p := doc.Entities[k]
		if p.ByteEnd > at {
			continue // a place inside the title ("the Arctic")
		}
		if p.ByteEnd == at && (p.Type == chronicle.GPE || p.Type == chronicle.NORP) && p.Country != "" {
			return p.Country, role
		}
		break
	}
	return "", ""
}

// roleIn is the role of the longest run of words the role lexicon knows in a title
// ("Deputy Prime Minister", "Minister for the Pacific"), "" when there is none.
func (st *Stage) roleIn(title string) string {
	f := strings.Fields(strings.ToLower(title))
	for n := len(f); n > 0; n-- {
		for k := 0; k+n <= len(f); k++ {
			if r, ok := st.roles[strings.Join(f[k:k+n], " ")]; ok {
				return r
			}
		}
	}
	return ""
}

// orgAppositionAfter reads ", the <organisation>'s <title words>," right after a name: the
// organisation's code when it is an international body or has a role ("" otherwise).
func (st *Stage) orgAppositionAfter(doc *chronicle.Document, i int) string {
	e := doc.Entities[i]
	if i+1 >= len(doc.Entities) {
		return ""
	}
	rest := doc.Text[e.ByteEnd:]
	if !strings.HasPrefix(rest, ", the ") && !strings.HasPrefix(rest, ", The ") {
		return ""
	}
	p := doc.Entities[i+1]
	if p.Type != chronicle.Org || p.ByteStart != e.ByteEnd+len(", the ") || !(strings.HasPrefix(p.Actor, "IGO") || len(p.Actor) >= 6 && p.Actor[:3] != "---") {
		return ""
	}
	after := doc.Text[p.ByteEnd:]
	if !strings.HasPrefix(after, "'s ") && !strings.HasPrefix(after, "’s ") {
		return ""
	}
	after = after[len("'s "):]
	if strings.HasPrefix(doc.Text[p.ByteEnd:], "’s ") {
		after = doc.Text[p.ByteEnd+len("’s "):]
	}
	end := strings.IndexAny(after, ",.;:\n\"“”()")
	if end <= 0 || end > 60 {
		return ""
	}
	words := strings.Fields(strings.ToLower(after[:end]))
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if w == "for" || w == "in" || w == "to" || w == "on" {
			break // "the Fund's mission chief for Sri Lanka": the portfolio after the title
		}
		if _, r := st.roles[w]; !r && !st.titleWord[w] && !titleModifiers[w] && !spokesWords[w] {
			return ""
		}
	}
	return p.Actor
}

// missionWords head the name of a country's diplomatic mission.
var missionWords = map[string]bool{"embassy": true, "consulate": true, "high commission": true}

// missionOf reads the country of a diplomatic mission's name ("U.S. Embassy", "French
// Consulate", "British High Commission"): the country or nationality that opens it.
func (st *Stage) missionOf(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	for n := 1; n < len(f); n++ {
		if !missionWords[strings.ToLower(strings.Join(f[n:], " "))] {
			continue
		}
		return st.countryWord(strings.Join(f[:n], " "))
	}
	return ""
}

var itsOpening = regexp.MustCompile(`^Its((?: [A-Za-z-]+){1,5}), $`)

// itsBody reads a sentence opening "Its <title>, NAME" ("Its representative in Europe,
// Brahim Mansour,"): the person speaks for the organisation the sentence before names first
// (before any person), whose code it returns; "" when there is none. Inside a sentence, "its
// <title>, NAME" speaks for the organisation named right before.
func (st *Stage) itsBody(doc *chronicle.Document, i int) string {
	si, sb := openingOf(doc, i)
	if si <= 0 {
		return ""
	}
	if opening := doc.Text[sb:doc.Entities[i].ByteStart]; !itsOpening.MatchString(opening) {
		if m := itsTitleBefore.FindStringSubmatch(opening); m != nil && st.isTitle(m[1]) {
			// "The African Union Commission said its special envoy, Amina Warsame, would
			// travel": the organisation named last before, with no person or place between
			for k := i - 1; k >= 0 && doc.Entities[k].ByteStart >= sb; k-- {
				p := doc.Entities[k]
				if p.Type == chronicle.Org && p.Actor != "" && !strings.HasPrefix(p.Actor, "---") {
					return p.Actor
				}
				if p.Type == chronicle.Person || p.Type == chronicle.GPE || p.Type == chronicle.NORP {
					return ""
				}
			}
		}
		return ""
	}
	pb := doc.Tokens[doc.Sentences[si-1].FirstToken].ByteStart
	for k := 0; k < i; k++ {
		p := doc.Entities[k]
		if p.ByteStart < pb {
			continue
		}
		if p.Type == chronicle.Person {
			return ""
		}
		if p.Type == chronicle.Org && p.Actor != "" && !strings.HasPrefix(p.Actor, "---") {
			return p.Actor
		}
	}
	return ""
}

// isTitle reports words ending in a title the role lexicon knows ("special envoy").
func (st *Stage) isTitle(words string) bool {
	f := strings.Fields(words)
	for k := range f {
		if _, ok := st.roles[strings.Join(f[k:], " ")]; ok {
			return true
		}
	}
	return false
}
