package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/text"
	"github.com/chronicle-news/chronicle/text/tag"
)

func analyse(t *testing.T, r *Recognizer, s string) *chronicle.Document {
	t.Helper()
	tg, err := tag.NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	d := chronicle.NewDocument(chronicle.Article{Text: s})
	text.Segment(d)
	if err := tg.Process(d); err != nil {
		t.Fatal(err)
	}
	if err := r.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func recognizer(t *testing.T) *Recognizer {
	t.Helper()
	r, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// has reports whether the document has a mention with this text and type (and canonical, when given).
func has(d *chronicle.Document, txt, typ, canonical string) bool {
	for _, e := range d.Entities {
		if e.Text == txt && e.Type == typ && (canonical == "" || e.Canonical == canonical) {
			return true
		}
	}
	return false
}

// hasAll checks that the document has each mention: text, type and canonical (when given).
func hasAll(t *testing.T, d *chronicle.Document, wants [][3]string) {
	t.Helper()
	for _, w := range wants {
		if !has(d, w[0], w[1], w[2]) {
			t.Errorf("want %s %q (%q), got %s", w[1], w[0], w[2], list(d))
		}
	}
}

func list(d *chronicle.Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		b.WriteString(e.Type + ":" + e.Text + "→" + e.Canonical + " (" + e.Rule + "); ")
	}
	return b.String()
}

func TestRules(t *testing.T) {
	r := recognizer(t)
	cases := []struct {
		text, mention, typ, canonical string
	}{
		{"On Monday, President Emmanuel Okafor signed the law.", "Emmanuel Okafor", chronicle.Person, ""},
		{"The bill was backed by lawmaker Farida Osei on Monday.", "Farida Osei", chronicle.Person, ""},
		{"Lt. Gen. Ivan Petrenko said the attack was repelled.", "Ivan Petrenko", chronicle.Person, ""},
		// a title with capitalised modifiers is not part of the name
		{"EU Fisheries Commissioner Anna Lindqvist said the quotas would fall.", "Anna Lindqvist", chronicle.Person, ""},
		{"National Security Adviser Jake Sullivan flew to Riyadh.", "Jake Sullivan", chronicle.Person, ""},
		{"Foreign Ministry Spokesman Wang Wenbin said the talks went well.", "Wang Wenbin", chronicle.Person, ""},
		{"EU Humanitarian Aid Commissioner Janez Novak said more aid was needed.", "Janez Novak", chronicle.Person, ""},
		{"Yusuf ag Alhassane, a spokesman for the rebels, denied it.", "Yusuf ag Alhassane", chronicle.Person, ""},
		{"Nobody listened to Khalid al-Dulaimi at the meeting.", "Khalid al-Dulaimi", chronicle.Person, ""},
		{"Fighters of the Free Patriotic Brigades entered the town.", "Free Patriotic Brigades", chronicle.Org, ""},
		{"A spokesman for the Ministry of Water Resources spoke.", "Ministry of Water Resources", chronicle.Org, ""},
		{"Students at Lagos State University marched.", "Lagos State University", chronicle.Org, ""},
		{"Dozens were killed in Bakura district overnight.", "Bakura", chronicle.GPE, ""},
		{"Boats capsized on the Mekong River last week.", "Mekong River", chronicle.Loc, ""},
		{"Protesters gathered in Tahrir Square again.", "Tahrir Square", chronicle.Fac, ""},
		{"The Doha-based broadcaster aired the video.", "Doha", chronicle.GPE, ""},
		// a country before a whole title is the title's country, not part of a place named "… State"
		{"The US Secretary of State, Daniel Price, welcomed the deal.", "US", chronicle.GPE, ""},
		{"The U.S. Secretary of State, Daniel Price, welcomed the deal.", "Daniel Price", chronicle.Person, ""},
		{"Kenyan officials met Nigerians and Germans in Berlin.", "Kenyan", chronicle.NORP, ""},
		{"Kenyan officials met Nigerians and Germans in Berlin.", "Nigerians", chronicle.NORP, ""},
		{"Kenyan officials met Nigerians and Germans in Berlin.", "Berlin", chronicle.GPE, ""},
		{"U.S.-led forces left the base.", "U.S.", chronicle.GPE, ""},
		{"The Movement for Democratic Renewal (MDR) won seats.", "MDR", chronicle.Org, ""},
		{"BAMAKO (Reuters) - Troops moved north.", "BAMAKO", chronicle.GPE, ""},
		// a dateline word the tagger does not know as a name
		{"YEREVAN, June 10 (Reuters) - Azerbaijani forces shelled two villages.", "YEREVAN", chronicle.GPE, ""},
		{"Kabulnews- Troops moved north.", "Kabulnews", chronicle.Org, ""},
		{"The Kenya Mbele coalition said it would appeal.", "Kenya Mbele", chronicle.Org, ""},
		// organisations named in Spanish, Portuguese or French
		{"The Banco Central de Reserva del Peru raised rates.", "Banco Central de Reserva del Peru", chronicle.Org, ""},
		{"Supporters of Frente Amplio marched in Montevideo.", "Frente Amplio", chronicle.Org, ""},
	}
	for _, c := range cases {
		d := analyse(t, r, c.text)
		if !has(d, c.mention, c.typ, c.canonical) {
			t.Errorf("%q: want %s %q, got %s", c.text, c.typ, c.mention, list(d))
		}
	}
}

func TestScoreLinesNameClubs(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-30\nLeeds 2 Wimbledon 0\nFans travelled from Leeds to London.")
	clubs, places := 0, 0
	for _, e := range d.Entities {
		switch {
		case e.Text == "Leeds" && e.Type == chronicle.Org:
			clubs++
		case e.Text == "Leeds" && e.Type == chronicle.GPE:
			places++
		case e.Text == "SOCCER":
			t.Errorf("a headline word is not an acronym: %+v", e)
		}
	}
	if clubs != 1 || places != 1 {
		t.Errorf("Leeds before a score is the club, after 'from' the city: %s", list(d))
	}
}

func TestNotNames(t *testing.T) {
	r := recognizer(t)
	for _, s := range []string{
		"Many people said Speaking on Monday was hard.",
		"Similarly, the Prime Minister left on Friday.",
		"Central banks raised rates in the city's Central district.",
	} {
		d := analyse(t, r, s)
		for _, e := range d.Entities {
			t.Errorf("%q: unexpected %s %q (%s)", s, e.Type, e.Text, e.Rule)
		}
	}
}

func TestResolution(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Influential cleric Hassan al-Basri called for calm. \"We must stop,\" the cleric said. "+
		"Basri later met Governor Amina Yusuf and Jonas Weber-Lind. Yusuf thanked Weber-Lind; Lind smiled.")
	hasAll(t, d, [][3]string{
		{"Basri", chronicle.Person, "Hassan al-Basri"},
		{"the cleric", chronicle.Person, "Hassan al-Basri"},
		{"Yusuf", chronicle.Person, "Amina Yusuf"},
		{"Lind", chronicle.Person, "Jonas Weber-Lind"},
	})
	for _, e := range d.Entities {
		if e.Text == "the cleric" && !e.Nominal {
			t.Error("a description must be marked nominal")
		}
	}
}

// Places and companies named in the forms wire copy uses, though no dictionary knows them.
func TestUnknownPlacesAndCompanies(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Rebels attacked the mining town of Kolabo and the village of Aita al-Kfour overnight. "+
		"Packaging group Brannock Holdings Plc agreed to buy its rival Varga Karton NV. Brannock shares rose; Varga stock was suspended.")
	hasAll(t, d, [][3]string{
		{"Kolabo", chronicle.GPE, ""},
		{"Aita al-Kfour", chronicle.GPE, ""},
		{"Brannock Holdings Plc", chronicle.Org, ""},
		{"Varga Karton NV", chronicle.Org, ""},
		{"Brannock", chronicle.Org, "Brannock Holdings Plc"},
		{"Varga", chronicle.Org, "Varga Karton NV"},
	})
	// a facility named before its kind; an island, a port; a place named once is that place alone
	d = analyse(t, r, "Fighters stormed the Tinkoussa base and the Kipoi border crossing. Flights resumed at the Kabul airport. "+
		"A boat sank near the island of Agathonisi after leaving the Turkish port of Ayvalik. "+
		"Gunmen hit the town of Wazzam. A trader in Wazzam said the Wazzam Vigilance Brigade fought back.")
	hasAll(t, d, [][3]string{{"Tinkoussa", chronicle.Fac, ""}, {"Kipoi", chronicle.Fac, ""}, {"Kabul", chronicle.GPE, ""},
		{"Agathonisi", chronicle.Loc, ""}, {"Ayvalik", chronicle.GPE, ""}, {"Wazzam Vigilance Brigade", chronicle.Org, ""}})
	wazzam := 0
	for _, e := range d.Entities {
		if e.Text == "Wazzam" && e.Type == chronicle.GPE {
			wazzam++
		}
		if e.Text == "Ayvalik" && e.Country != "TUR" {
			t.Errorf("the Turkish port of Ayvalik is in %q", e.Country)
		}
	}
	if wazzam != 2 {
		t.Errorf("%d mentions of Wazzam as a place, want 2: %s", wazzam, list(d))
	}
	// a ship's name is no person; a nationality or country before "-flagged" is
	d = analyse(t, r, "The Greek-flagged tanker Nordic Amber and a Sierra Leone-flagged trawler collided. "+
		"Congress Speaker Julio Mendoza Paredes blamed the General Confederation of Workers of Peru.")
	hasAll(t, d, [][3]string{{"Greek", chronicle.NORP, ""}, {"Sierra Leone", chronicle.GPE, ""}, {"Congress", chronicle.Org, ""},
		{"Julio Mendoza Paredes", chronicle.Person, ""}, {"General Confederation of Workers of Peru", chronicle.Org, ""}})
	if has(d, "Nordic Amber", chronicle.Person, "") {
		t.Errorf("a ship as a person: %s", list(d))
	}
	// facilities joined by "and the" are two; a title alone, or with its portfolio, names nobody
	d = analyse(t, r, "Rebels seized Camp Boiro and the Port of Hodeidah. Minister of Defence Ali Musa flew in. "+
		"The Secretary of State and the Minister of Agriculture were not told.")
	hasAll(t, d, [][3]string{{"Camp Boiro", chronicle.Fac, ""}, {"Ali Musa", chronicle.Person, ""}})
	for _, e := range d.Entities {
		if strings.Contains(e.Text, " and ") || strings.Contains(e.Text, "Secretary") || strings.Contains(e.Text, "Agriculture") || strings.Contains(e.Text, "Defence") {
			t.Errorf("%s %q is no name", e.Type, e.Text)
		}
	}
	// a common word is no organisation's short name
	d = analyse(t, r, "The National Party won the vote. National leaders cheered.")
	if has(d, "National", chronicle.Org, "") {
		t.Errorf("'National' resolved to an organisation: %s", list(d))
	}
}

func TestUserDictionary(t *testing.T) {
	dir := t.TempDir()
	orgs := "# name\taliases\tcountry\trole\ttype\nZeta Fellowship\tZF\tKEN\tREB\tORG\n"
	if err := os.WriteFile(filepath.Join(dir, "orgs.tsv"), []byte(orgs), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	d := analyse(t, r, "Fighters loyal to ZF attacked a village.")
	if !has(d, "ZF", chronicle.Org, "Zeta Fellowship") {
		t.Fatalf("user alias not used: %s", list(d))
	}
	for _, e := range d.Entities {
		if e.Text == "ZF" && e.Actor != "KENREB" {
			t.Errorf("actor %q, want KENREB", e.Actor)
		}
	}
}

func TestUserDictionaryErrorsNameFileAndLine(t *testing.T) {
	for _, bad := range []string{
		"Good Org\t\tKEN\tGOV\tORG\nBad Org\t\tXXX\tGOV\tORG\n", // unknown country
		"Good Org\t\tKEN\tGOV\tORG\nBad Org\t\tKEN\tWIZARD\tORG\n",
		"Good Org\t\tKEN\tGOV\tORG\nBad Org\tKEN\tGOV\n",
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, "orgs.tsv")
		os.WriteFile(path, []byte(bad), 0o644)
		_, err := New(dir)
		if err == nil || !strings.Contains(err.Error(), path+":2") {
			t.Errorf("want an error naming %s:2, got %v", path, err)
		}
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "“Ça suffit,” said Émile Zola-Durand in Zürich, Switzerland.")
	runes := []rune(d.Text)
	if len(d.Entities) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range d.Entities {
		if string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("%q at [%d,%d) is %q", e.Text, e.Start, e.End, string(runes[e.Start:e.End]))
		}
	}
}

func TestInstitutionNames(t *testing.T) {
	r := recognizer(t)
	cases := []struct {
		text, mention, typ string
	}{
		// hospitals, schools and clubs are institutions
		{"Doctors at Mzuzu Central Hospital said the ward was full.", "Mzuzu Central Hospital", chronicle.Org},
		{"She teaches at the Kano Business School.", "Kano Business School", chronicle.Org},
		{"The fans of Club Deportivo Tolima marched on Sunday.", "Club Deportivo Tolima", chronicle.Org},
		// a preposition after an organisation's head goes on with its name
		{"The Commission on Human Settlements met on Friday.", "Commission on Human Settlements", chronicle.Org},
		{"The Coalition Against Forced Evictions filed the petition.", "Coalition Against Forced Evictions", chronicle.Org},
		// "<Head> of/for X and Y" is one name when Y has no head of its own
		{"The Federal Ministry of Fisheries and Coastal Development said the ban would stay.", "Federal Ministry of Fisheries and Coastal Development", chronicle.Org},
		{"Analysts at the Institute for Peace and Regional Stability disagreed.", "Institute for Peace and Regional Stability", chronicle.Org},
		// dictionary names with prepositions inside are loaded
		{"The United Nations Office on Drugs and Crime published the report.", "United Nations Office on Drugs and Crime", chronicle.Org},
		{"Troops of the United Nations Interim Force in Lebanon patrolled the border.", "United Nations Interim Force in Lebanon", chronicle.Org},
		// a road is a facility
		{"Traffic was stopped on the Kisumu-Busia Expressway for hours.", "Kisumu-Busia Expressway", chronicle.Fac},
		// a natural region named by the noun after it
		{"Floods hit villages in the Lower Tana valley last week.", "Lower Tana", chronicle.Loc},
	}
	for _, c := range cases {
		d := analyse(t, r, c.text)
		if !has(d, c.mention, c.typ, "") {
			t.Errorf("%q: want %s %q, got %s", c.text, c.typ, c.mention, list(d))
		}
	}
	// two names joined by "and" stay two when the second has its own head
	d := analyse(t, r, "Graduates of the University of Ibadan and Covenant University applied.")
	hasAll(t, d, [][3]string{{"University of Ibadan", chronicle.Org, ""}, {"Covenant University", chronicle.Org, ""}})
	// a preposition before a place or a known name ends the organisation's name
	d = analyse(t, r, "The Security Council on Syria remains divided, said the Commission against Kenya's critics.")
	for _, e := range d.Entities {
		if strings.Contains(e.Text, " on ") || strings.Contains(e.Text, " against ") {
			t.Errorf("name ran over a preposition: %s", list(d))
		}
	}
}

func TestTreatiesAndCupsAreNotPeople(t *testing.T) {
	r := recognizer(t)
	for _, s := range []string{
		"Iran said the move was within its rights under the Non-Proliferation Treaty.",
		"The coaches complained about fixture congestion ahead of the Copa Sudamericana.",
		"Both sides signed the Lusaka Accord in 2024.",
		"Typhoon Kalmaegi killed 12 people. Kalmaegi made landfall on Tuesday.",
		"Cyclone Arnab destroyed thousands of homes.",
	} {
		d := analyse(t, r, s)
		for _, e := range d.Entities {
			if e.Type == chronicle.Person {
				t.Errorf("%q: no person here, got %s", s, list(d))
			}
		}
	}
}

func TestUnknownPlaceAfterPreposition(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Nine inmates escaped from a jail in Tabangora before dawn, and three were caught near Mbalizi Heights.")
	hasAll(t, d, [][3]string{{"Tabangora", chronicle.GPE, ""}, {"Mbalizi Heights", chronicle.GPE, ""}})
	d = analyse(t, r, "A federal court in Villa de Quilmes ordered the arrest.")
	hasAll(t, d, [][3]string{{"Villa de Quilmes", chronicle.GPE, ""}})
	// a person's surname named before stays the person; a given name leads a person
	d = analyse(t, r, "Opposition leader Kofi Asante-Mensah spoke. Few voters had confidence in Asante-Mensah, or in Kofi Boateng.")
	for _, e := range d.Entities {
		if e.Type == chronicle.GPE {
			t.Errorf("no place here, got %s", list(d))
		}
	}
	// a possessive after the name, a head word or a common word is no place
	d = analyse(t, r, "The vote in Parliament came after changes in Tabangora's rules.")
	for _, e := range d.Entities {
		if e.Type == chronicle.GPE {
			t.Errorf("no place here, got %s", list(d))
		}
	}
}

func TestRegionalGroupWords(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Western diplomats said West African troops and Latin American observers would stay, though the Western Command disagreed.")
	hasAll(t, d, [][3]string{{"Western", chronicle.NORP, ""}, {"West African", chronicle.NORP, ""}, {"Latin American", chronicle.NORP, ""}, {"Western Command", chronicle.Org, ""}})
	for _, e := range d.Entities {
		if e.Text == "West" || e.Text == "African" {
			t.Errorf("a regional group word was split: %s", list(d))
		}
	}
}

func TestCountryBeforeItsBody(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "A U.S. State Department spokesman said the US Federal Reserve would not comment. The Malawi Congress Party rejected the charge.")
	hasAll(t, d, [][3]string{{"U.S.", chronicle.GPE, ""}, {"State Department", chronicle.Org, ""}, {"US", chronicle.GPE, ""},
		{"Federal Reserve", chronicle.Org, ""}, {"Malawi Congress Party", chronicle.Org, ""}})
}

func TestPlacesJoinedByAnd(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Gunmen ambushed a convoy on the road between Timbuktu and Tabangora on Sunday. Camps around Mbalizi or Ntungamo filled up.")
	hasAll(t, d, [][3]string{{"Tabangora", chronicle.GPE, ""}, {"Mbalizi", chronicle.GPE, ""}, {"Ntungamo", chronicle.GPE, ""}})
	// not without a preposition of place before the first name
	d = analyse(t, r, "Kenya and Tabangora signed the deal.")
	if has(d, "Tabangora", chronicle.GPE, "") {
		t.Errorf("no preposition of place, no guess: %s", list(d))
	}
}

func TestNationalityBeforeAnOrganisationsHead(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Shares rose on the Nigerian Exchange, while the Chinese Foreign Ministry said nothing.")
	hasAll(t, d, [][3]string{{"Nigerian Exchange", chronicle.Org, ""}, {"Chinese", chronicle.NORP, ""}, {"Foreign Ministry", chronicle.Org, ""}})
}

func TestPluralPossessiveInsideAName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Lawmakers from her Citizens' Alliance party walked out, and the Fishermen’s and Farmers’ Union backed them. Reuters' Amina Yusuf said the teachers' leaders met.")
	hasAll(t, d, [][3]string{{"Citizens' Alliance", chronicle.Org, ""}, {"Farmers’ Union", chronicle.Org, ""}, {"Reuters", chronicle.Org, ""}, {"Amina Yusuf", chronicle.Person, ""}})
}

func TestDictionaryNamesWithForeignWordsInside(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked the post, and Jaish ul-Adl claimed another raid.")
	hasAll(t, d, [][3]string{{"Jama'at Nusrat al-Islam wal-Muslimin", chronicle.Org, ""}, {"Jaish ul-Adl", chronicle.Org, ""}})
	// descriptions stay out of the dictionary: they end in a common noun
	for _, ws := range [][]string{{"Iraqi", "parliament"}, {"UN", "human", "rights", "office"}, {"Sinaloa", "cartel"}} {
		if properName(ws) {
			t.Errorf("%v is a description, not a name", ws)
		}
	}
	for _, ws := range [][]string{{"Nippon", "Ishin", "no", "Kai"}, {"Fratelli", "d'Italia"}, {"Hizb", "ut-Tahrir"}} {
		if !properName(ws) {
			t.Errorf("%v is a name", ws)
		}
	}
}

func TestCompaniesNamedByTheirTrade(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Budget carrier Sriwijaya Air grounded two jets, and Kamoto Copper Mines and Barrick Mining said output fell at Mopani Resources.")
	hasAll(t, d, [][3]string{{"Sriwijaya Air", chronicle.Org, ""}, {"Kamoto Copper Mines", chronicle.Org, ""}, {"Barrick Mining", chronicle.Org, ""}, {"Mopani Resources", chronicle.Org, ""}})
	// a title and its portfolio name no organisation
	d = analyse(t, r, "The Minister of Mines said exports would rise, and the Commissioner of Police agreed.")
	for _, e := range d.Entities {
		if e.Type == chronicle.Org {
			t.Errorf("a title's portfolio is no organisation: %s", list(d))
		}
	}
}

func TestCompassPlaces(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Floods hit East Kalimantan and West Sumatra, while South Korea sent aid and tourists flew to Bali and Lembongan.")
	hasAll(t, d, [][3]string{{"East Kalimantan", chronicle.GPE, ""}, {"West Sumatra", chronicle.GPE, ""}, {"South Korea", chronicle.GPE, "South Korea"}, {"Lembongan", chronicle.GPE, ""}})
}

func TestSentenceInitialNamesOfBodies(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Patriotic Front lawyers argued the case. Federal Police officers arrested him.")
	hasAll(t, d, [][3]string{{"Patriotic Front", chronicle.Org, ""}, {"Federal Police", chronicle.Org, ""}})
	d = analyse(t, r, "Several Army units moved north. National parks were closed.")
	if len(d.Entities) != 0 {
		t.Errorf("no names here: %s", list(d))
	}
}

func TestShipNamesAreNobody(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The cargo ship, the Baltic Heron, was escorted to port. Officials boarded the Baltic Heron on Monday. Budget carrier Sriwijaya Air said flights were normal.")
	for _, e := range d.Entities {
		if strings.Contains(e.Text, "Heron") {
			t.Errorf("a ship's name is nobody: %s", list(d))
		}
	}
	hasAll(t, d, [][3]string{{"Sriwijaya Air", chronicle.Org, ""}})
}

func TestLanguagesFestivalsAndFaithsAreNoPlaces(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "They fasted in Ramadan, prayed in Arabic and spoke in Swahili, and faith in Pentecostalism grew in Tabangora.")
	for _, e := range d.Entities {
		if e.Type == chronicle.GPE && e.Text != "Tabangora" {
			t.Errorf("%q is no place: %s", e.Text, list(d))
		}
	}
	hasAll(t, d, [][3]string{{"Tabangora", chronicle.GPE, ""}})
}

// People named later by another word of their name than the last: "Anwar" after "Anwar
// Ibrahim", "Lula" after "Luiz Inácio Lula da Silva" — unless two people share the word.
func TestOtherPartsOfAFullName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Malaysian Prime Minister Anwar Ibrahim chaired the summit. Anwar, who brokered the talks, praised the deal. "+
		"Brazilian President Luiz Inácio Lula da Silva arrived on Monday. Lula met Angolan President João Lourenço.")
	hasAll(t, d, [][3]string{
		{"Anwar", chronicle.Person, "Anwar Ibrahim"},
		{"Lula", chronicle.Person, "Luiz Inácio Lula da Silva"},
	})
	d = analyse(t, r, "Ahmed Rashid met Ahmed Karimi in Kabul. Ahmed said the meeting went well.")
	for _, e := range d.Entities {
		if e.Text == "Ahmed" && (e.Canonical == "Ahmed Rashid" || e.Canonical == "Ahmed Karimi") {
			t.Errorf("a word two people share names neither: %+v", e)
		}
	}
}

// A name in apposition after a role is a person with that role, though no list knows the
// given name; a word of a full name stays the person even where a small town has that name.
func TestNameAfterRoleAndComma(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Angola's foreign minister, Tete Antonio, said Luanda hoped to double trade with Brazil.")
	hasAll(t, d, [][3]string{{"Tete Antonio", chronicle.Person, "Tete Antonio"}})
	d = analyse(t, r, "Brazilian President Luiz Inacio Lula da Silva arrived in Luanda. Lula, who is seeking to expand Brazil's influence, will travel to Mozambique.")
	hasAll(t, d, [][3]string{{"Lula", chronicle.Person, "Luiz Inacio Lula da Silva"}})
	// …also where a headline names him first: the town of that name spreads to no later mention
	d = analyse(t, r, "Lula signs deals, pledges credit on visit to Angola\n\nLUANDA, Aug 28 - Brazilian President Luiz Inacio Lula da Silva arrived on Thursday. Lula met the opposition leader on Friday. Lula, who is seeking to expand Brazil's influence, will travel to Mozambique.")
	for _, e := range d.Entities {
		if e.Text == "Lula" && e.Type != chronicle.Person {
			t.Errorf("%q at %d typed %s (%s), want the president", e.Text, e.Start, e.Type, e.Rule)
		}
	}
	d = analyse(t, r, "said Aissatou Balde, a researcher at the Dakar-based West Africa Think Tank.")
	hasAll(t, d, [][3]string{{"West Africa Think Tank", chronicle.Org, "West Africa Think Tank"}})
}

// A group's or a company's one-word name right after a given name is a surname; a nationality
// before "Red Cross" names a national society; "Watch" ends a monitor's name; "The" is no part
// of an agency's; a name before "river" or "lake" is a natural
// place no gazetteer needs to know.
func TestSurnamesNationalSocietiesAndRivers(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The mine's spokesman, Thomas Zulu, denied the claim. The family of engineer Marc Roche asked for news. "+
		"Volunteers of the Kenyan Red Cross handed out water along the Tana river and near the Baringo lake. "+
		"The group Sahel Rights Watch said 12 people died, The Associated Press reported.")
	hasAll(t, d, [][3]string{
		{"Thomas Zulu", chronicle.Person, "Thomas Zulu"},
		{"Marc Roche", chronicle.Person, "Marc Roche"},
		{"Kenyan Red Cross", chronicle.Org, "Kenyan Red Cross"},
		{"Sahel Rights Watch", chronicle.Org, "Sahel Rights Watch"},
		{"Associated Press", chronicle.Org, "Associated Press"},
		{"Tana", chronicle.Loc, "Tana"},
		{"Baringo", chronicle.Loc, "Baringo"},
	})
}

// A dateline of two cities is two places; a city news names otherwise than GeoNames ("New
// York" for New York City) is a place too.
func TestTwoCityDatelineAndCityAliases(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "MOSCOW/KYIV (Reuters) - Talks resumed on Monday, the envoy told reporters in New York.")
	hasAll(t, d, [][3]string{
		{"MOSCOW", chronicle.GPE, "MOSCOW"},
		{"KYIV", chronicle.GPE, "KYIV"},
		{"New York", chronicle.GPE, "New York"},
	})
	for _, e := range d.Entities {
		if e.Text == "KYIV" && (e.Start != 7 || e.End != 11) {
			t.Errorf("second city's offsets %d-%d, want 7-11", e.Start, e.End)
		}
	}
}

func TestBodiesNamedAfterAnInternationalOrganisation(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The United Nations Liaison Office for the Great Lakes said the talks would resume.")
	for _, e := range d.Entities {
		if e.Text == "United Nations Liaison Office for the Great Lakes" {
			if e.Actor != "IGO" {
				t.Errorf("actor %q, want IGO", e.Actor)
			}
			return
		}
	}
	t.Errorf("no mention of the office: %s", list(d))
}

// A name of two words the text has named as a place is that place where only its shape would
// make it a person's.
func TestPlaceNamedBeforeIsNoPerson(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Shells hit the market in the town of Gode Kebri on Monday. Officials said the Gode Kebri attack killed nine.")
	for _, e := range d.Entities {
		if e.Text == "Gode Kebri" && e.Type != chronicle.GPE {
			t.Errorf("%q at %d typed %s (%s), want GPE", e.Text, e.Start, e.Type, e.Rule)
		}
	}
	hasAll(t, d, [][3]string{{"Gode Kebri", chronicle.GPE, "Gode Kebri"}})
}

// An honorific between name words is part of the name; a place's name right after a given
// name, ending the name, is a surname; a name before "<word> cartel|gang|group" is the
// organisation's, unless it is a place's.
func TestHonorificsInsideNamesAndPlaceSurnames(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "President Hassan Sheikh Mohamud met envoy Sharif Haji Ali. The minister, Khadar Jama Aden, spoke to Michael Jordan on Monday. "+
		"Navy spokesman Rear Admiral Jose Dizon said the boat was hit. The leader of the Los Arrieros drug cartel was "+
		"extradited, and the Sinaloa drug cartel denied it.")
	hasAll(t, d, [][3]string{
		{"Hassan Sheikh Mohamud", chronicle.Person, "Hassan Sheikh Mohamud"},
		{"Sharif Haji Ali", chronicle.Person, "Sharif Haji Ali"},
		{"Khadar Jama Aden", chronicle.Person, "Khadar Jama Aden"},
		{"Michael Jordan", chronicle.Person, "Michael Jordan"},
		{"Jose Dizon", chronicle.Person, "Jose Dizon"}, // a naval rank, no person "Rear"
		{"Los Arrieros", chronicle.Org, "Los Arrieros"},
		{"Sinaloa", chronicle.GPE, "Sinaloa"},
	})
	for _, e := range d.Entities {
		if e.Text == "Rear" || e.Text == "Rear Admiral Jose Dizon" {
			t.Errorf("rank read as a name: %+v", e)
		}
	}
}

func TestSeatsOfGovernmentActAsBodies(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The Kremlin rejected the proposal on Monday. Protesters gathered outside the Kremlin in the evening, and a Pentagon spokesman said the drills would go on.")
	hasAll(t, d, [][3]string{{"Kremlin", chronicle.Org, ""}, {"Kremlin", chronicle.Fac, ""}, {"Pentagon", chronicle.Org, ""}})
}

func TestMonthAbbreviationsEndNames(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The rules, issued by Peru's Financial Intelligence Unit on Oct. 4, apply to every bank. The Tax Service on Dec 1 said so.")
	hasAll(t, d, [][3]string{{"Financial Intelligence Unit", chronicle.Org, ""}, {"Tax Service", chronicle.Org, ""}})
}

func TestPersonOfAnOrganisationAfterRoleOrSpeechVerb(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Party chairman Kestrin Brenik of the Civic Renewal Alliance called for new elections. \"It is a scandal,\" said Joval Olund of the Institute for Baltic Studies.")
	hasAll(t, d, [][3]string{
		{"Kestrin Brenik", chronicle.Person, ""}, {"Civic Renewal Alliance", chronicle.Org, ""},
		{"Joval Olund", chronicle.Person, ""}, {"Institute for Baltic Studies", chronicle.Org, ""},
	})
}

func TestFacilityNounsInsideTheName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Riot police cleared the Dorvana intersection and took the students to the Pelkor police station. Flights resumed at Queen Zelma airport, and trucks crossed the Varnelsk bridge. Fighting closed the Kabul airport.")
	hasAll(t, d, [][3]string{
		{"Dorvana intersection", chronicle.Fac, ""}, {"Pelkor police station", chronicle.Fac, ""},
		{"Queen Zelma airport", chronicle.Fac, ""}, {"Varnelsk bridge", chronicle.Fac, ""}, {"Kabul", chronicle.GPE, ""},
	})
}

func TestCitiesAreClubsInASportsStory(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "SOCCER - LATE GOAL SETTLES DERBY .\nMANCHESTER 1997-04-12\nBolton Wanderers beat Leeds United 2-1 in Manchester on Saturday. Leeds had led through a penalty, but Bolton struck twice after the break.")
	hasAll(t, d, [][3]string{
		{"Leeds", chronicle.Org, ""}, {"Bolton", chronicle.Org, ""}, {"Bolton Wanderers", chronicle.Org, ""},
		{"Manchester", chronicle.GPE, ""}, {"MANCHESTER", chronicle.GPE, ""},
	})
	// without the slug or a score line, a city is a city
	d = analyse(t, r, "Leeds had voted to expand its tram network.")
	hasAll(t, d, [][3]string{{"Leeds", chronicle.GPE, ""}})
}

func TestNamesBeforeAPluralPlaceNoun(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Voting was delayed in the Marvelo and North Tessa provinces. Troops closed the Dorvana and Kelsk border crossings.")
	hasAll(t, d, [][3]string{
		{"Marvelo", chronicle.GPE, ""}, {"North Tessa", chronicle.GPE, ""},
		{"Dorvana", chronicle.Fac, ""}, {"Kelsk", chronicle.Fac, ""},
	})
}

// A known body's short form in brackets is its short form in this text, though a dictionary
// knows it as another body's ("RSF": Reporters Without Borders here, not Sudan's Rapid Support
// Forces); international NGOs are coded as such, not by their seat.
func TestShortFormDefinedInTheText(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Reporters Without Borders (RSF) condemned the expulsion. RSF said the junta was silencing the press. The Committee to Protect Journalists agreed.")
	n := 0
	for _, e := range d.Entities {
		switch e.Text {
		case "RSF":
			n++
			if e.Actor != "NGOHRI" || e.Canonical != "Reporters Without Borders" {
				t.Errorf("%q at %d: actor %q canonical %q, want NGOHRI, Reporters Without Borders", e.Text, e.Start, e.Actor, e.Canonical)
			}
		case "Committee to Protect Journalists":
			if !strings.HasPrefix(e.Actor, "NGO") {
				t.Errorf("CPJ actor %q, want an NGO", e.Actor)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of RSF, want 2: %s", n, list(d))
	}
	d = analyse(t, r, "The Rapid Support Forces (RSF) shelled the camp. RSF fighters looted the market.")
	for _, e := range d.Entities {
		if e.Text == "RSF" && e.Actor != "SDNREB" {
			t.Errorf("%q: actor %q, want SDNREB", e.Text, e.Actor)
		}
	}
}

// A name the text has given as an organisation stays one where only its shape would make it a
// person's.
func TestSameNameSameOrganisation(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Claire Vasseur reports for the French daily La Croix. La Croix called the expulsion arbitrary.")
	n := 0
	for _, e := range d.Entities {
		if e.Text == "La Croix" {
			n++
			if e.Type != chronicle.Org {
				t.Errorf("%q at %d: %s, want ORG", e.Text, e.Start, e.Type)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of La Croix, want 2: %s", n, list(d))
	}
}

// The first word after a dateline opens the sentence: a common noun there is no part of the
// name after it.
func TestDatelineOpensTheSentence(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "TRIPOLI (AFP) - Fighters of the Radaa Deterrence Force seized a commander on Monday.")
	if !has(d, "Radaa Deterrence Force", chronicle.Org, "") {
		t.Errorf("want the force alone: %s", list(d))
	}
}

// A unit named "of" a body the dictionary knows is that body's.
func TestUnitOfAKnownBody(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The Eastern Theater Command of the People's Liberation Army said the drills were a warning.")
	for _, e := range d.Entities {
		if e.Text == "Eastern Theater Command of the People's Liberation Army" {
			if e.Actor != "CHNMIL" {
				t.Errorf("actor %q, want CHNMIL", e.Actor)
			}
			return
		}
	}
	t.Errorf("no unit: %s", list(d))
}

// A name the dictionary knows in lower case is a name where it stands: the news agency dpa.
func TestLowerCaseDictionaryNames(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Oslo (dpa) - The talks stalled, a negotiator told dpa on Friday.")
	n := 0
	for _, e := range d.Entities {
		if e.Text == "dpa" && e.Type == chronicle.Org && e.Canonical == "Deutsche Presse-Agentur" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of dpa, want 2: %s", n, list(d))
	}
}

// A dateline in capitals is places whatever the tagger makes of it: two cities, the second of
// two words ("OSLO/NEW YORK"), or a city whose name has particles ("PORT-AU-PRINCE").
func TestCapitalDatelines(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Ceasefire holds\n\nHANOI/BEIJING, March 3 (Reuters) - The talks resumed on Monday.")
	hasAll(t, d, [][3]string{{"HANOI", chronicle.GPE, ""}, {"BEIJING", chronicle.GPE, ""}})
	d = analyse(t, r, "OSLO/NEW YORK, June 9 (Reuters) - The talks resumed on Monday.")
	hasAll(t, d, [][3]string{{"OSLO", chronicle.GPE, ""}, {"NEW YORK", chronicle.GPE, ""}})
	d = analyse(t, r, "PORT-AU-PRINCE, Haiti (AP) — Police fought gangs on Monday.")
	hasAll(t, d, [][3]string{{"PORT-AU-PRINCE", chronicle.GPE, ""}})
}

// A number after a city that is a share is no score line: "gives Leeds 3% royalties".
func TestSharesAreNoScores(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The deal gives the company 51% and Leeds 3% royalties on every ton sold. Protesters marched in Leeds.")
	for _, e := range d.Entities {
		if e.Text == "Leeds" && e.Type != chronicle.GPE {
			t.Errorf("%q at %d: %s, want GPE", e.Text, e.Start, e.Type)
		}
	}
}

// A nickname in quotes inside a person's name is part of the name: Joaquín "El Chapo" Guzmán.
func TestNicknameInsideAName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, `The court sentenced Rafael "El Halcón" Quintero on Monday. Quintero said nothing.`)
	hasAll(t, d, [][3]string{
		{`Rafael "El Halcón" Quintero`, chronicle.Person, ""},
		{"Quintero", chronicle.Person, `Rafael "El Halcón" Quintero`},
	})
	for _, e := range d.Entities {
		if e.Text == "El Halcón" {
			t.Errorf("the nickname alone is a mention: %s", list(d))
		}
	}
}

// A known city before a facility's noun names the facility when no article comes before it
// ("at Harare airport"); after the article it stays the city ("near the Harare airport").
func TestCityAirportWithoutTheArticle(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The minister spoke to reporters at Harare airport on Monday. Later, a convoy was stopped near the Lusaka airport.")
	hasAll(t, d, [][3]string{{"Harare airport", chronicle.Fac, ""}, {"Lusaka", chronicle.GPE, ""}})
	d = analyse(t, r, "Flights resumed at Sanaa airport on Monday.")
	hasAll(t, d, [][3]string{{"Sanaa airport", chronicle.Fac, ""}})
}

// A hospital, a market, a naval base or headworks written in lower case after a name is part
// of the facility's name.
func TestMoreFacilityNounsInsideTheName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Shells hit the Dar al-Nour hospital and Kelvo's Marsek market. The crew was held at the Velanthi naval base. Gates were shut at the Tarvel headworks.")
	hasAll(t, d, [][3]string{
		{"Dar al-Nour hospital", chronicle.Fac, ""}, {"Marsek market", chronicle.Fac, ""},
		{"Velanthi naval base", chronicle.Fac, ""}, {"Tarvel headworks", chronicle.Fac, ""},
	})
}

// A plural possessive inside the name of a place: "Martyrs' Square".
func TestPluralPossessiveInsideAPlaceName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Thousands rallied in Heroes' Square on Friday.")
	hasAll(t, d, [][3]string{{"Heroes' Square", chronicle.Fac, ""}})
}

// News shortens "United Nations" to "UN" or "U.N." in any UN body's name.
func TestUNShortFormInsideADictionaryName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The UN Interim Administration Mission in Kosovo said the vote was calm. The U.N. Assistance Mission in Afghanistan agreed.")
	hasAll(t, d, [][3]string{
		{"UN Interim Administration Mission in Kosovo", chronicle.Org, "United Nations Interim Administration Mission in Kosovo"},
		{"U.N. Assistance Mission in Afghanistan", chronicle.Org, "United Nations Assistance Mission in Afghanistan"},
	})
}

// Companies named by their trade: "... Energy", "... Systems".
func TestEnergyAndSystemsCompanies(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The ministry signed a deal with Varnok Energy and Teltrix Systems on Monday.")
	hasAll(t, d, [][3]string{{"Varnok Energy", chronicle.Org, ""}, {"Teltrix Systems", chronicle.Org, ""}})
}

// The first words of an organisation's name, later, are that organisation though one of them is
// a place ("Hunan Qiantai" after "Hunan Qiantai New Energy"); not when the text named those
// words as a place ("the town of Marvoli", then "Marvoli General Hospital").
func TestFirstWordsOfAnOrganisation(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The state firm signed a contract with Hunan Kelvar New Energy in March. Hunan Kelvar said it respected the law.")
	hasAll(t, d, [][3]string{{"Hunan Kelvar", chronicle.Org, "Hunan Kelvar New Energy"}})
	d = analyse(t, r, "Gunmen attacked the town of Dera Malvo on Monday. A doctor at Dera Malvo General Hospital said 12 died. Dera Malvo was calm.")
	for _, e := range d.Entities {
		if e.Text == "Dera Malvo" && e.Type == chronicle.Org {
			t.Errorf("%q at %d is the hospital: %s", e.Text, e.Start, list(d))
		}
	}
}

// A short form in brackets made of the initials of every word makes them one organisation's
// name, though a word is a place.
func TestInitialsInBracketsJoinTheName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Lawyers from Malawi Lawyers for Civic Rights (MLCR) said they would appeal. MLCR said the men were beaten. Coast Patrol Ghana (CPG) turned back the boats.")
	hasAll(t, d, [][3]string{
		{"Malawi Lawyers for Civic Rights", chronicle.Org, ""},
		{"MLCR", chronicle.Org, "Malawi Lawyers for Civic Rights"},
		{"Coast Patrol Ghana", chronicle.Org, ""},
	})
}

// Spanish names of colleges, institutes, builders, companies and foundations start with their
// head.
func TestSpanishHeadsFirst(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "He took money from Constructora Serrano, a firm that won road contracts. \"It changes nothing,\" said an analyst at the Colegio de Veracruz.")
	hasAll(t, d, [][3]string{{"Constructora Serrano", chronicle.Org, ""}, {"Colegio de Veracruz", chronicle.Org, ""}})
}

// Names read in the fifth session: a portfolio after "for" is no part of the name after it;
// "People's" opens a name that ends in a body's head word; a temple, shrine or mine written
// after a name makes it a facility.
func TestPortfoliosPeoplesAndFacilities(t *testing.T) {
	r := recognizer(t)
	for _, c := range []struct {
		text  string
		wants [][3]string
	}{
		{"Deputy Prime Minister for Reintegration Ana Rusu rejected the accusations.", [][3]string{{"Ana Rusu", chronicle.Person, ""}}},
		{"The opposition People's Party accused the government. The PKK's armed wing, the People's Defence Forces, threatened to retaliate.",
			[][3]string{{"People's Party", chronicle.Org, ""}, {"People's Defence Forces", chronicle.Org, ""}}},
		{"The court awarded the Preah Vihear temple to Cambodia in 1962. A collapse at its El Teniente mine in July 2025 killed six workers.",
			[][3]string{{"Preah Vihear", chronicle.Fac, ""}, {"El Teniente", chronicle.Fac, ""}}},
	} {
		hasAll(t, analyse(t, r, c.text), c.wants)
	}
}

// "a small London-listed company": a description, no organisation of its own.
func TestListedCompanyIsNoName(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The licence went to Harrier Basin Energy, a small London-listed company that plans to drill two wells.")
	for _, e := range d.Entities {
		if e.Type == chronicle.Org && strings.Contains(e.Text, "-listed") {
			t.Errorf("%q taken for an organisation", e.Text)
		}
	}
}

// The first part of a hyphenated organisation's name, alone later, is that organisation with its
// dictionary code.
func TestHyphenatedNameShortForm(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "Police arrested four leaders of the opposition Jamaat-e-Islami party. Jamaat blamed the governing party for the violence.")
	hasAll(t, d, [][3]string{{"Jamaat", chronicle.Org, "Jamaat-e-Islami"}})
	for _, e := range d.Entities {
		if e.Text == "Jamaat" && e.Country == "" {
			t.Error("the short form must keep the organisation's country")
		}
	}
}

// "the Fund" after "the International Monetary Fund" is the fund, as a description (not a name
// of its own).
func TestOrganisationHeadAfterThe(t *testing.T) {
	r := recognizer(t)
	d := analyse(t, r, "The International Monetary Fund praised the vote. Marta Kowalczyk, the Fund's mission chief, said reforms were on track.")
	for _, e := range d.Entities {
		if e.Text == "Fund" {
			if e.Canonical != "International Monetary Fund" || !e.Nominal {
				t.Errorf("Fund: canonical %q nominal %v", e.Canonical, e.Nominal)
			}
			return
		}
	}
	t.Error("no mention of the Fund")
}
