package event_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
)

func events(t *testing.T, text, published string) []chronicle.Event {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := pipeline.Analyze(p, chronicle.Article{Text: text, Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return d.Events
}

func describe(evs []chronicle.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%s %s→%s date=%s mode=%s neg=%v rule=%s; ", e.Code, e.Source.Code, e.Target.Code, e.Date, e.Mode, e.Negated, e.Rule)
	}
	return b.String()
}

func find(evs []chronicle.Event, code, src, tgt string) *chronicle.Event {
	for i, e := range evs {
		if e.Code == code && strings.HasPrefix(e.Source.Code, src) && strings.HasPrefix(e.Target.Code, tgt) {
			return &evs[i]
		}
	}
	return nil
}

// forbid checks that no event of text, published on date, is bad; why says what bad means.
func forbid(t *testing.T, text, date, why string, bad func(chronicle.Event) bool) {
	t.Helper()
	for _, e := range events(t, text, date) {
		if bad(e) {
			t.Errorf("%s: %s", why, describe([]chronicle.Event{e}))
		}
	}
}

// codeCase is a text and an event it must yield: code, source and target actor codes.
type codeCase struct{ text, code, src, tgt string }

// wantNone checks that text, published on date, yields no event of these roots.
func wantNone(t *testing.T, text, date string, roots ...string) {
	t.Helper()
	for _, e := range events(t, text, date) {
		for _, r := range roots {
			if e.Root == r {
				t.Errorf("%q: unwanted %s", text, describe([]chronicle.Event{e}))
			}
		}
	}
}

// wantCodes checks that each text, published on date, yields its event.
func wantCodes(t *testing.T, date string, cases []codeCase) {
	t.Helper()
	for _, c := range cases {
		evs := events(t, c.text, date)
		if find(evs, c.code, c.src, c.tgt) == nil {
			t.Errorf("%q: want %s %s→%s, got %s", c.text, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// wantNoCodes checks that no case's event is found: the opposite of wantCodes.
func wantNoCodes(t *testing.T, date string, cases []codeCase) {
	t.Helper()
	for _, c := range cases {
		if evs := events(t, c.text, date); find(evs, c.code, c.src, c.tgt) != nil {
			t.Errorf("%q: no %s %s→%s wanted, got %s", c.text, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

func TestCodes(t *testing.T) {
	cases := []codeCase{
		{"Kenyan President William Ruto condemned the Ugandan government.", "111", "KENGOV", "UGAGOV"},
		{"French President Emmanuel Macron met with German Chancellor Olaf Scholz in Paris.", "040", "FRAGOV", "DEUGOV"},
		{"French President Emmanuel Macron met with German Chancellor Olaf Scholz in Geneva.", "044", "FRAGOV", "DEUGOV"},
		{"Thousands of Chilean students staged a rally against the government.", "141", "CHL", "CHL"},
		{"Israeli forces arrested Palestinian protesters in Hebron.", "173", "ISRMIL", "PSE"},
		{"The Nigerian army was attacked by Boko Haram fighters near Maiduguri.", "190", "NGA", "NGAMIL"},
		{"Nigerian President Bola Tinubu and Ghanaian President John Mahama met in Accra.", "040", "NGAGOV", "GHAGOV"},
		{"Germany expelled two Russian diplomats.", "166", "DEU", "RUSGOV"},
		{"Japan pledged $500 million in aid to the Philippines.", "033", "JPN", "PHL"},
		// a verb of intent, refusal or threat composed with the verb it governs
		{"China promised to send food aid to Nepal.", "0333", "CHN", "NPL"},
		{"Poland threatened to expel Belarusian diplomats.", "136", "POL", "BLR"},
		{"Serbia offered to mediate between Bosnia and Croatia.", "039", "SRB", "HRV"},
		// an agentless coercion passive is the doing of the state of the place
		{"A prominent journalist was detained in Tehran on Sunday.", "173", "IRNCOP", "IRN"},
		// a phrase that names no actor leads to the one it governs
		{"Rwandan drones struck a fuel depot in eastern Congo.", "195", "RWAMIL", "COD"},
		{"Thailand sent humanitarian supplies to the victims of the floods in Laos.", "073", "THA", "LAO"},
		// coordinated and reciprocal subjects, lists and light-verb nouns
		{"Chile and Peru held joint naval exercises off Arica.", "062", "CHL", "PER"},
		{"Fighting between Sudanese troops and the Rapid Support Forces spread to Omdurman.", "190", "SDNMIL", "SDN"},
		// a described speaker acts for the statement in the quote
		{`"We urge Israel to allow aid into Gaza," the Jordanian foreign ministry said.`, "020", "JORGOV", "ISR"},
		// a meeting announced for later is an intent to meet
		{"French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Geneva next week.", "036", "FRAGOV", "DEUGOV"},
		{"Kenyan President William Ruto is to meet Ugandan President Yoweri Museveni on Friday.", "036", "KENGOV", "UGAGOV"},
		// an international mission's head speaks for the body, not for their nationality
		{"The African Union mission, headed by former Ghanaian foreign minister Kwabena Mensah, urged Kenyan leaders to settle their disputes in the courts.", "027", "IGO", "KEN"},
		// a foreign observer's "should" is a demand on the body addressed
		{"Chief observer Marta Nowak, a Polish member of the European Parliament, said the Kenyan electoral commission should publish the forms.", "100", "IGO", "KEN"},
		// a speaker's role without a country is of the story's country; irregular verbs are inflected
		{`Opposition leader Ana Silva spoke in Maputo, Mozambique. "The ruling party rigged this election," Silva said.`, "1121", "MOZOPP", "MOZ"},
	}
	wantCodes(t, "2024-05-08", cases)
}

func TestEveryEventIsExplained(t *testing.T) {
	evs := events(t, "Russian troops shelled Ukrainian positions near Kharkiv on Monday. Kyiv condemned the attack.", "2024-05-08")
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for _, e := range evs {
		if !strings.HasPrefix(e.Rule, "lexicon:") || e.Name == "" || e.Quad < 1 || e.Evidence.End <= e.Evidence.Start {
			t.Errorf("event without its explanation: %+v", e)
		}
		if e.Root != e.Code[:2] {
			t.Errorf("root %s of %s", e.Root, e.Code)
		}
	}
	if e := find(evs, "194", "RUS", "UKR"); e == nil || e.Date != "2024-05-06" || e.Place == nil || e.Place.Name != "Kharkiv" {
		t.Errorf("shelling: %s %+v", describe(evs), e)
	}
}

// TestNoTargetInventedFromALoneSentence: a single sentence gives no context to fill in a target.
func TestNoTargetInventedFromALoneSentence(t *testing.T) {
	if evs := events(t, "Iran threatened to close the Strait of Hormuz.", "2024-05-08"); len(evs) != 0 {
		t.Errorf("invented target: %s", describe(evs))
	}
}

func TestNoEventWithoutATrigger(t *testing.T) {
	if evs := events(t, "The weather in Paris was mild and the museums were busy.", "2024-05-08"); len(evs) != 0 {
		t.Errorf("invented events: %s", describe(evs))
	}
}

func TestModalityAndNegation(t *testing.T) {
	evs := events(t, "Kenyan opposition supporters will rally against the government on Friday. The army did not attack the town.", "2024-05-08")
	if e := find(evs, "141", "", ""); e == nil || e.Mode != "future" || e.Date != "2024-05-10" {
		t.Errorf("planned rally: %s", describe(evs))
	}
	for _, e := range evs {
		if e.Code == "190" && !e.Negated {
			t.Errorf("'did not attack' must be flagged negated: %s", describe(evs))
		}
	}
}

func TestStatementsInQuotesAreAttributed(t *testing.T) {
	evs := events(t, `Senator Ana Prates of Brazil spoke in Brasilia. "We call on Minister Joao Lima to resign," Prates said.`, "2024-05-08")
	e := find(evs, "1041", "BRA", "BRA")
	if e == nil || e.AttributedTo == nil || *e.AttributedTo != "Ana Prates" {
		t.Errorf("want a demand for resignation by Ana Prates: %s", describe(evs))
	}
}

func TestHypotheticalAndDeniedAreNotFacts(t *testing.T) {
	evs := events(t, "Washington could impose sanctions on Caracas. Moscow denied reports that its troops had shelled Kharkiv.", "2024-05-08")
	if e := find(evs, "163", "USA", "VEN"); e == nil || e.Mode != "hypothetical" {
		t.Errorf("'could impose' must be hypothetical: %s", describe(evs))
	}
	if e := find(evs, "194", "RUS", "UKR"); e == nil || !e.Negated {
		t.Errorf("a denied clause must be negated: %s", describe(evs))
	}
}

func TestTheTwoLeadersMet(t *testing.T) {
	evs := events(t, "Brazilian President Lula da Silva flew to Buenos Aires to see Argentine President Javier Milei. The two leaders met for three hours on Monday.", "2024-05-08")
	if e := find(evs, "040", "BRA", "ARG"); e == nil || e.Date != "2024-05-06" {
		t.Errorf("'the two leaders met' is the two named before: %s", describe(evs))
	}
}

func TestReportedViolenceIsAnAllegation(t *testing.T) {
	evs := events(t, `The Tigray People's Liberation Front said Eritrean troops had killed 30 civilians in Adwa.`, "2024-05-08")
	e := find(evs, "112", "", "ERI")
	if e == nil || !strings.HasSuffix(e.Rule, "+alleged") || find(evs, "190", "ERI", "") == nil {
		t.Errorf("want the killing and the speaker's accusation: %s", describe(evs))
	}
}

func TestWhatOthersShouldDoIsADemand(t *testing.T) {
	evs := events(t, `Polish President Andrzej Duda said Germany should pay reparations.`, "2024-05-08")
	if find(evs, "100", "POL", "DEU") == nil {
		t.Errorf("'X said Y should …' is a demand: %s", describe(evs))
	}
}

func TestFourthPassRecall(t *testing.T) {
	evs := events(t, "The European Union on Monday offered Serbia a new timetable for talks with Kosovo. The offer was swiftly rejected in Belgrade.\n\n\"What we will not do is recognise Kosovo through the back door,\" Serbian Foreign Minister Marko Ilic told reporters.", "2026-06-10")
	if e := find(evs, "120", "SRB", "IGO"); e == nil || e.Negated {
		t.Errorf("'The offer was swiftly rejected': want Serbia rejecting the EU: %s", describe(evs))
	}
	if e := find(evs, "120", "SRB", "KSV"); e == nil || e.Negated || e.Mode != "" {
		t.Errorf("'What we will not do is recognise Kosovo': want a rejection by the speaker: %s", describe(evs))
	}
	evs = events(t, "An earthquake struck Peru on Sunday. Rescue teams from Chile and Japan arrived in Arequipa, Peru on Tuesday. Canada sent a military plane with tents.", "2026-04-08")
	for _, src := range []string{"CHL", "JPN", "CAN"} {
		if find(evs, "073", src, "PER") == nil {
			t.Errorf("want humanitarian aid from %s to Peru: %s", src, describe(evs))
		}
	}
}

// Actors read from around the clause: an apposition gives the country, armed groups killing
// non-combatants is 180, "the group" is the group named before, "both sides" are the two at
// odds, "he" opening a sentence is the previous subject.
func TestActorsFromContext(t *testing.T) {
	apposition := "Kenya and Somalia sign pact\n\nNAIROBI, March 17 (AP) - Kenyan officials met in Nairobi. Tesfaye Alemu, Ethiopia's defence minister, criticised Kenya. Ana Reyes, a spokeswoman for the Chinese foreign ministry, criticised Kenya."
	wantCodes(t, "2026-03-17", []codeCase{
		{apposition, "111", "ETHGOV", "KEN"},
		{apposition, "111", "CHNGOV", "KEN"},
		{"Al-Shabaab militants killed two security guards in Baidoa on Monday.", "180", "SOMREB", ""},
		{"The ELN rebel group agreed to extend the ceasefire in Colombia. The United States called on the group to stop kidnapping.", "020", "USA", "COLREB"},
	})
	bothSides := "Armenia accuses Azerbaijan\n\nYEREVAN, June 10 (Reuters) - Azerbaijani forces shelled two Armenian villages on Tuesday, Armenia said. Armenia accused Azerbaijan of aggression. Russian Foreign Minister Pavel Orlov called on both sides to show restraint."
	wantCodes(t, "2026-06-10", []codeCase{
		{bothSides, "1056", "RUS", "ARM"},
		{bothSides, "1056", "RUS", "AZE"},
		{"Russian Foreign Minister Pavel Orlov telephoned Armenian Foreign Minister Hayk Sargsyan on Monday. He criticised Azerbaijan.", "111", "RUS", "AZE"},
	})
}

func TestThingsAndPlacesAsObjects(t *testing.T) {
	// a city after "in" is where, not whom
	evs := events(t, "Russian Foreign Minister Pavel Orlov called on Armenia and Azerbaijan to show restraint. He offered to host new talks in Moscow.", "2024-05-08")
	for _, e := range evs {
		if e.Target.Text == "Moscow" {
			t.Errorf("Moscow as a target: %s", describe(evs))
		}
	}
	// a title in apposition before the name gives the country; coordinated capitals are one
	// event each
	evs = events(t, "Canada and the United States traded tariffs. Mexico's economy minister, Rosa Villanueva, urged Washington and Ottawa to return to the negotiating table.", "2024-05-08")
	if find(evs, "026", "MEX", "USA") == nil || find(evs, "026", "MEX", "CAN") == nil {
		t.Errorf("want MEX→USA and MEX→CAN 026, got %s", describe(evs))
	}
}

func TestDomesticStatements(t *testing.T) {
	// a named official of the main country dismissing a thing: the country itself is the target
	evs := events(t, "Argentine unions staged a general strike against the labour reform in Argentina. Argentina's government said the reform would pass. Cabinet chief Laura Benedetti dismissed the strike as political.", "2024-05-08")
	if find(evs, "120", "ARG", "ARG") == nil {
		t.Errorf("want ARG→ARG 120, got %s", describe(evs))
	}
}

func TestAnaphoricObject(t *testing.T) {
	// "the move" is the act just reported: its actor is the target
	evs := events(t, "The United States on Wednesday imposed visa restrictions and financial sanctions on four senior Georgian officials. Tbilisi condemned the move as interference in Georgia's internal affairs.", "2024-05-08")
	if find(evs, "111", "GEO", "USA") == nil {
		t.Errorf("want GEO→USA 111, got %s", describe(evs))
	}
}

func TestPronounSkipsRelativeClause(t *testing.T) {
	evs := events(t, "Fighting spread across northern Mali. The Economic Community of West African States (ECOWAS), which Mali has said it will quit, said on Wednesday that it was deeply concerned and called on all parties to protect civilians.", "2024-05-08")
	for _, e := range evs {
		if e.Root == "02" && strings.HasPrefix(e.Source.Code, "MLI") {
			t.Errorf("'it' is ECOWAS, not Mali: %s", describe(evs))
		}
	}
}

func TestMatrixSubjectAfterThatClause(t *testing.T) {
	evs := events(t, `Kenya's election commission declared the results. The U.S. embassy in Nairobi tweeted that Kenyans "deserve a credible process" and called on all leaders to restrain their supporters.`, "2024-05-08")
	if find(evs, "020", "USA", "KEN") == nil {
		t.Errorf("want USA→KEN 020, got %s", describe(evs))
	}
}

// TestDomesticBodiesTakeTheStorysCountry: a body named without a country is the story's own,
// not the last foreign country named; bare "Congress" is the US Congress only in a US story.
func TestDomesticBodiesTakeTheStorysCountry(t *testing.T) {
	evs := events(t, "MANILA, May 14 (AP) - A Chinese coast guard ship rammed a Philippine navy supply boat on Wednesday, the Philippine military said.\n\nThe Department of Foreign Affairs summoned China's ambassador, spokeswoman Teresa Lim said.", "2024-05-14")
	if find(evs, "114", "PHL", "CHN") == nil {
		t.Errorf("Department of Foreign Affairs: %s", describe(evs))
	}
	evs = events(t, "India and China traded barbs over Ladakh. Indian officials met Chinese diplomats in New Delhi.\n\nCongress lawmaker Rakesh Tiwari accused the Indian government of hiding the truth.", "2024-05-14")
	if e := find(evs, "112", "IND", "IND"); e == nil {
		t.Errorf("Congress lawmaker: %s", describe(evs))
	}
}

// Statements about a thing, and a rival named earlier by the same noun.
func TestQuotedJudgementsAndEpithets(t *testing.T) {
	cases := []codeCase{
		// a quoted judgement of a thing accuses the country the story is about
		{"Zambia's electoral commission declared the result on Monday. Zambian opposition leader Mary Banda told supporters in Lusaka that the figures were \"a fabrication\" and that Zambian voters had been cheated.", "1121", "ZMB", "ZMB"},
		// a passive demand about a thing is a demand on the country's authorities
		{"Fighting continued in northern Mali on Monday. Anna Berg, a spokeswoman for the UN human rights office, said that reports of killings in Mali \"must be investigated promptly\".", "100", "IGO", "MLI"},
		// "his rival" is the person introduced as the rival
		{"Kenyan President William Ruto won the vote. His main rival, former governor Raila Odinga, took 48 percent. Speaking in Nyeri, Ruto urged his rival to accept the outcome.", "025", "KEN", "KEN"},
	}
	wantCodes(t, "2024-05-08", cases)
	// a passive statement of no demand ("should be placed in its position") codes nothing
	evs := events(t, "China and India held talks on Monday. Chinese Foreign Minister Wang Yi told his Indian counterpart that the boundary question \"should be placed in its appropriate position\" in bilateral relations.", "2024-05-08")
	if e := find(evs, "100", "", ""); e != nil {
		t.Errorf("unexpected demand: %s", describe(evs))
	}
}

// The sixth events pass: relative clauses, pronouns for a body named in the sentence before,
// "among those detained", the means of force naming the force, passive and long reciprocal
// subjects, and party names the organisation file knows from elsewhere.
func TestSixthPassRecall(t *testing.T) {
	cases := []codeCase{
		{"Rwanda, which United Nations experts have accused of arming the rebels, welcomed the agreement.", "112", "IGO", "RWA"},
		{"The U.S. Navy's Fifth Fleet, based in Bahrain, said it had monitored the incident. In a statement, it accused Iran of harassing commercial shipping.", "112", "USAMIL", "IRN"},
		{"Police arrested hundreds of protesters in Pakistan on Tuesday. Among those detained was Farhan Qureshi-Baloch, a senior PPP leader.", "173", "PAKCOP", "PAK"},
		{"At least 11 protesters had been killed by police gunfire in Mozambique since Sunday.", "175", "MOZCOP", "MOZ"},
		{"The deal was signed by Congolese Interior Minister Jacquemain Shabani and M23 leader Bertrand Bisimwa in Doha.", "057", "COD", "COD"},
		{"DOHA (Reuters) - The government of the Democratic Republic of Congo and the M23 rebel group signed a peace agreement in Doha on Thursday.", "057", "CODGOV", "CODREB"},
		{"Police in Mozambique arrested two senior members of the opposition Podemos party in Maputo.", "173", "MOZCOP", "MOZ"},
		// "the sanctions", "the detention": the act the text reported in those words
		{"The European Union imposed new sanctions on Belarus on Tuesday. Minsk responded by closing a border crossing. Poland welcomed the sanctions.", "051", "POL", "IGO"},
		{"Iranian forces detained two British sailors in the Gulf on Wednesday. Britain and France expressed concern over the detention.", "012", "FRA", "IRN"},
		// what a side says it will do is its intent now; "said it" is the one saying it
		{"Kremlin spokesman Dmitry Orlov said Moscow would help Minsk cope with the consequences.", "033", "RUSGOV", "BLR"},
		{"The Congolese government would work with the rebels to return displaced people, Interior Minister Jacquemain Shabani said.", "031", "COD", "CODREB"},
		{"The European Union criticised the U.S. move and said it was ready to work with Canada.", "031", "IGO", "CAN"},
		// "stood with", "in contact with"; an international body's official named after a title
		{"The European Union's foreign policy chief, Marta Kallas, said the bloc stood with Greece.", "051", "IGO", "GRC"},
		{"Portugal's foreign ministry said it was in contact with the Mozambican government.", "040", "PRTGOV", "MOZGOV"},
		// a participle clause shares the subject of the clause before it
		{"Belarus responded within hours, banning imports from EU countries and ordering two Lithuanian diplomats to leave the country.", "163", "BLR", "IGO"},
		{"Belarus responded within hours, banning imports from EU countries and ordering two Lithuanian diplomats to leave the country.", "166", "BLR", "LTU"},
	}
	wantCodes(t, "2026-10-16", cases)
	// "concern over the seizure" with no seizure reported: no target is guessed
	wantNone(t, "Manila said it had asked the Iranian embassy for consular access. Britain expressed concern over the seizure.", "2026-10-16", "01")
	// "imposed sanctions, freezing the assets of 14 officials": how, not a second event
	evs := events(t, "The European Union imposed new sanctions on Belarus on Tuesday, freezing the assets of 14 Belarusian officials.", "2026-10-16")
	if n := len(evs); n != 1 {
		t.Errorf("want one sanction, got %s", describe(evs))
	}
	// "fighting that has killed thousands": the antecedent of "that" is no actor
	for _, text := range []string{
		"The M23 rebels signed a deal with Kinshasa, aiming to end fighting that has killed thousands of people in eastern Congo.",
		"In Karachi, two men were shot dead when supporters of the MQM-P and the PPP exchanged fire near a rally, police said.",
	} {
		wantNone(t, text, "2026-10-16", "18", "11")
	}
}

// TestSeventhPass covers the error categories found on the blind-written sets devnew,
// devnew2 and devnew3, with sentences written for the test.
func TestSeventhPass(t *testing.T) {
	cases := []codeCase{
		// subjects of different kinds in one list each act: a country and a body
		{"Canada and the European Union condemned the Venezuelan government.", "111", "CAN", "VENGOV"},
		{"Canada and the European Union condemned the Venezuelan government.", "111", "IGO", "VENGOV"},
		{"Norway, Denmark and the African Union urged Sudanese leaders to talk.", "020", "NOR", "SDN"},
		{"Norway, Denmark and the African Union urged Sudanese leaders to talk.", "020", "DNK", "SDN"},
		{"Norway, Denmark and the African Union urged Sudanese leaders to talk.", "020", "IGO", "SDN"},
		// a description before the name says whom the person speaks for, even with a title
		// after the comma or no possessive
		{"Chad's military leader, General Idriss Mahamat, condemned the Sudanese army.", "111", "TCD", "SDNMIL"},
		{"The Arab League secretary-general, Ahmed Said, condemned the Israeli strikes.", "111", "IGO", "ISR"},
		// an irregular past form the tagger reads as a noun is still the verb
		{"Omani Foreign Minister Badr Said spoke by phone with Sudanese President Omar Idris.", "041", "OMNGOV", "SDNGOV"},
		{"Chad's military leader, General Idriss Mahamat, spoke by telephone with Sudanese President Omar Idris.", "041", "TCD", "SDNGOV"},
		// a rebuttal of a statement or criticism targets whoever made it: named with it, or
		// the last to criticise
		{"Guyana's government rejected the Venezuelan statement as propaganda.", "120", "GUYGOV", "VEN"},
		{"Uganda's government dismissed Kenya's statement as interference.", "120", "UGAGOV", "KEN"},
		// support expressed is endorsement; a noun event after "and VERB" shares the subject
		// of the verb before
		{"Chile voiced strong support for Bolivia.", "051", "CHL", "BOL"},
		{"French President Claire Dumont telephoned Armenian President Armen Sargsyan on Wednesday and expressed support for Armenia.", "051", "FRAGOV", "ARM"},
		{"Mali's government condemned the Nigerien army and expressed its solidarity with Niger.", "051", "MLIGOV", "NER"},
		// "what they call X": X is the thing named, and the naming is no judgement
		{"Iranian officials threatened to retaliate against what they call American theft of Iranian oil.", "130", "IRNGOV", "USA"},
		{"Russia condemned what it called Ukrainian aggression.", "111", "RUS", "UKR"},
		// "fired tear gas and rubber bullets to disperse X": what was done, however long the
		// list of weapons
		{"Kenyan police fired tear gas, water cannon and rubber bullets to disperse crowds in Nairobi.", "175", "KENCOP", "KEN"},
		// "the bloc", "the court": the body of that kind named before
		{"The African Union criticised the Sudanese army. Sudan's army rejected the bloc's criticism.", "016", "SDNMIL", "IGO"},
		{"The International Court of Justice ordered Venezuela to halt the vote. Caracas rejects the court's jurisdiction.", "120", "VENGOV", "IGO"},
		{"ASEAN leaders met in Jakarta. China said it was ready to work with the bloc.", "031", "CHN", "IGO"},
		// a verb after "and" and an auxiliary shares the subject of the verb before
		{"Caracas rejected the ruling and has boycotted talks with Guyana.", "143", "VENGOV", "GUY"},
		// "his government", "her troops": the country of the person the possessive stands for
		{"Myanmar's junta met ASEAN envoys. Singapore's prime minister, Lee Wen Hao, said his government would send medical supplies to Myanmar.", "0333", "SGPGOV", "MMR"},
		// the governed verb's row is the one whose frame the clause fits ("meet X", not "meet with")
		{"Canada said it was ready to meet American officials.", "036", "CAN", "USAGOV"},
		// "its members", "Lebedeva's supporters": whoever the possessive stands for
		{"The Caribbean Community met on Friday. In a joint statement, its members urged Venezuela to respect the agreement.", "020", "IGO", "VEN"},
		{"Belarusian opposition leader Svetlana Lebedeva met EU ministers. Lebedeva's supporters urged the EU to go further.", "020", "BLROPP", "IGO"},
		// an actor saying what it (or its government) will do states an intention
		{"Floods hit Laos on Monday. Laotian officials said 30 people died. Thailand's foreign ministry said it would provide emergency relief supplies to Laos.", "0333", "THA", "LAO"},
		// people and bodies named by common nouns
		{"Kenyan police arrested dozens of young men.", "173", "KENCOP", "KENCVL"},
		{"Kenyan manufacturers urged the government to talk.", "020", "KENBUS", "KENGOV"},
		{"Armed men killed five villagers in northern Burkina Faso.", "180", "BFAUAF", "BFACVL"},
		// a reciprocal act coordinated after another keeps the same two actors
		{"Thai Prime Minister Somchai Wongsawat and Cambodian Prime Minister Sok Vannarith met for the first time since the clashes in July and signed a declaration.", "057", "THAGOV", "KHMGOV"},
		// "ordered the release/confiscation of X": the act ordered, by whoever ordered it
		{"A Kenyan court ordered the release of opposition leader Raila Odinga.", "0841", "KENJUD", "KENOPP"},
		{"A Canadian judge ordered the confiscation of a Russian cargo plane.", "1711", "CANJUD", "RUS"},
		// a list of subjects acts in each verb coordinated after it
		{"Canada and the European Union condemned the Venezuelan government and urged Venezuelan leaders to hold talks.", "026", "CAN", "VEN"},
		{"Canada and the European Union condemned the Venezuelan government and urged Venezuelan leaders to hold talks.", "026", "IGO", "VEN"},
		{"Kenyan Foreign Minister Grace Otieno condemned the Ugandan government. Uganda's government dismissed the statement as interference.", "120", "UGAGOV", "KENGOV"},
	}
	wantCodes(t, "2026-12-01", cases)
	wantNone(t, `Venezuelan state television aired daily programmes on what it calls "Guayana Esequiba".`, "2026-12-01", "11")
	// an accusation of someone the text does not identify has no target to guess
	wantNone(t, "Gunmen attacked a police station in northern Chad. Chadian officials said nine officers died. Chad's president accused unnamed foreign powers of supplying the jihadists with weapons.", "2026-12-01", "11")
	// talks asked for or offered are no talks held
	wantNone(t, "Canada and the European Union condemned the Venezuelan government and urged Venezuelan leaders to hold talks.", "2026-12-01", "04")
	// two acts reported by the same speaker are one accusation of the actor
	n := 0
	for _, e := range events(t, "Gunmen stormed a school in northern Kenya and abducted 30 pupils, Kenyan police said.", "2026-12-01") {
		if e.Code == "112" {
			n++
		}
	}
	if n > 1 {
		t.Errorf("want one accusation, got %d", n)
	}
}

// TestOwnIntentionIsNotAimedAtItsCountry: an intention with no target named, by the story's own
// country's side, is not coded against that country.
func TestOwnIntentionIsNotAimedAtItsCountry(t *testing.T) {
	text := "Gunmen attacked a police station in northern Kenya on Monday. Kenyan officials said three officers died. Kenyan President William Ruto vowed to pursue the criminals wherever they hide."
	for _, e := range events(t, text, "2026-12-01") {
		if e.Root == "03" && strings.HasPrefix(e.Source.Code, "KEN") && e.Target.Code == "KEN" {
			t.Errorf("an intention aimed at its own country: %s", describe([]chronicle.Event{e}))
		}
	}
	// so does an offer in a verb coordinated after another
	text = "Floods hit northern Kenya on Monday. Kenyan officials said 40 people died. Ugandan President Yoweri Museveni spoke by phone with Kenyan President William Ruto and offered to send rescue teams."
	if find(events(t, text, "2026-12-01"), "0333", "UGAGOV", "KEN") == nil {
		t.Errorf("want Uganda's offer to Kenya, got %s", describe(events(t, text, "2026-12-01")))
	}
	// a foreign side's offer with no target named still goes to the story's country
	text = "Floods hit northern Kenya on Monday. Kenyan officials said 40 people died. Uganda offered to send rescue teams."
	if find(events(t, text, "2026-12-01"), "0333", "UGA", "KEN") == nil {
		t.Errorf("want Uganda's offer to Kenya, got %s", describe(events(t, text, "2026-12-01")))
	}
}

// Evaluative judgements in a speaker's quoted words: the speaker judges the actor the words are
// about (the clause's subject, the actor named before the quotation opens, or the agent of the
// act it names); no event when no actor is found.
func TestQuotedEvaluations(t *testing.T) {
	cases := []codeCase{
		// a condemning noun in a direct quote judges the subject of its clause
		{"Protesters marched in Tbilisi on Monday. \"The Georgian government has chosen repression over the rule of law,\" French Foreign Minister Jean Durand told reporters.", "111", "FRAGOV", "GEO"},
		// "had "blood on his hands"": the subject before the quotation opens
		{"Police dispersed the march in Nairobi on Monday. Kenyan opposition leader Grace Wanjiru said that Kenyan Interior Minister Peter Otieno had \"blood on his hands\".", "1122", "KEN", "KEN"},
		// an adjective about an act: the agent of the act reported before
		{"Hungary expelled two Slovak diplomats on Tuesday. Slovak Foreign Minister Pavol Hrusko said the expulsion was \"a cynical and unjustified step\".", "111", "SVKGOV", "HUN"},
		// a noun of crime about the actor named before the quotation opens
		{"Clashes broke out in Lima on Friday. \"The Shining Path is engaged in pure criminality,\" Peruvian Interior Minister Carlos Rojas said.", "111", "PERGOV", "PER"},
		{"Clashes broke out in Lima on Friday. Peruvian Interior Minister Carlos Rojas said Bolivian smugglers were \"pure criminality\".", "111", "PERGOV", "BOL"},
		// an adjective said of an act in the speaker's own words: its agent
		{"Canada raised tariffs on Mexican steel on Monday. \"These tariffs are illegal,\" Mexican Economy Minister Ana Ruiz told reporters in Mexico City.", "111", "MEXGOV", "CAN"},
		{"Police in Accra arrested 40 people on Monday. \"The arrests were unacceptable,\" Ghanaian opposition leader Kofi Asante said.", "111", "GHAOPP", "GHACOP"},
	}
	wantCodes(t, "2024-05-08", cases)
	// no actor and no act to judge: no event
	for _, text := range []string{
		"Talks resumed in Geneva on Monday. Norwegian envoy Lars Berg said the delay was \"cynical and unjustified\".",
		// an adjective outside quotation marks is the narrator's report of a judgement
		"Canada condemned the attack in Mali. Malian Prime Minister Amadou Keita said he found the statement hypocritical.",
		// a condemning noun that the subject suffers or opposes does not judge the subject
		"Protests continued in Santiago on Monday. \"Chilean students have suffered repression for years,\" French Foreign Minister Jean Durand said.",
		"Protests continued in Santiago on Monday. \"Chilean students will march against repression,\" French Foreign Minister Jean Durand said.",
		// an adjective before a noun that names no act describes, it does not judge
		"Police in Accra arrested 40 people on Monday. \"They were illegal miners,\" Ghanaian police spokesman Kwame Mensah said.",
	} {
		for _, e := range events(t, text, "2024-05-08") {
			if strings.HasPrefix(e.Rule, "lexicon:cynical") || strings.HasPrefix(e.Rule, "lexicon:unjustified") || strings.HasPrefix(e.Rule, "lexicon:hypocritical") || strings.HasPrefix(e.Rule, "lexicon:illegal") || strings.HasPrefix(e.Rule, "lexicon:repression") {
				t.Errorf("%q: unexpected judgement %s", text, describe([]chronicle.Event{e}))
			}
		}
	}
}

// A judgement of a statement is aimed at whoever made it, and a judgement of "a move" summing up
// the clause before at the actor of that clause, when it is named.
func TestJudgedStatementsAndMoves(t *testing.T) {
	cases := []codeCase{
		{"Gunmen attacked a market in Mali on Sunday. Canada said it firmly condemned the attack, but the Malian government dismissed the statement as hypocritical.", "111", "MLIGOV", "CAN"},
		{"Tensions rose on the border on Monday. Turkey said on Monday that Turkish troops would hold exercises near Cyprus, a move that Greece described as a provocation.", "111", "GRC", "TUR"},
	}
	wantCodes(t, "2024-05-08", cases)
	// the move's maker is not named: no target guessed
	if evs := events(t, "Tensions rose on the border on Monday. Officials said on Monday that they would hold exercises near Cyprus, a move that Greece described as a provocation.", "2024-05-08"); find(evs, "111", "", "") != nil {
		t.Errorf("guessed target: %s", describe(evs))
	}
}

// A trigger noun before the noun it modifies names a kind of thing, not an event; a label of
// praise in quotation marks is praise.
func TestModifiersAndQuotedPraise(t *testing.T) {
	evs := events(t, "Japanese Prime Minister Kenji Morita announced a loan for new patrol vessels and held talks with Malaysian Prime Minister Anwar Ibrahim.", "2024-05-08")
	if len(evs) != 1 || evs[0].Root != "04" || !strings.HasPrefix(evs[0].Target.Code, "MYS") {
		t.Errorf("want the talks (04), no patrol: %s", describe(evs))
	}
	for _, s := range []string{"Protest leaders gathered in the square.", "Aid workers were seen near the border."} {
		if evs := events(t, s, "2024-05-08"); len(evs) != 0 {
			t.Errorf("%q: %s", s, describe(evs))
		}
	}
	wantCodes(t, "2024-05-08", []codeCase{
		{"Thai Prime Minister Somchai Wongsawat called the Cambodian proposal \"a breakthrough\".", "051", "THAGOV", "KHM"},
		{"Thai Prime Minister Somchai Wongsawat called the Cambodian proposal \"a provocation\".", "111", "THAGOV", "KHM"},
	})
}

// TestEighthPass holds the error kinds of the eighth events pass, each seen in two or more
// blind-written articles, on sentences written for the test.
func TestEighthPass(t *testing.T) {
	wantCodes(t, "2024-05-08", []codeCase{
		// a verb coordinated after a verb that coded nothing shares that verb's subject, not
		// its object
		{"Ghanaian President John Mahama convened the leaders of the ruling party and accused Togo of sheltering rebels.", "112", "GHAGOV", "TGO"},
		// a noun phrase ends before "and" with a coordinated verb
		{"Police in Nairobi dispersed the rally and detained at least twenty students.", "173", "KENCOP", "KEN"},
		// "both governments" are the two at odds; "both sides" of a dispute with a bloc are the
		// main country and the bloc
		{"Eritrean and Ethiopian troops clashed near Badme on Monday. Ethiopia accused Eritrea of shelling its positions. Eritrea blamed Ethiopia for the fighting. The African Union urged both governments to respect the truce.", "020", "IGO", "ERI"},
		{"The European Union raised tariffs on Chinese electric cars. China imposed duties on European pork. Germany, whose carmakers sell heavily in China, urged both sides to avoid a trade war.", "020", "DEU", "IGO"},
		// "the two sides" are the two of the last event between two countries, and agree
		// with each other whatever their plan names
		{"Armenian troops clashed with Azerbaijani forces near Lachin on Monday. Armenian Prime Minister Nikol Pashinyan accused Baku of provoking the clashes. He later briefed the European Union's envoy, Toivo Klaar. By evening the two sides had agreed to a ceasefire, officials said.", "0871", "ARM", "AZE"},
		{"Indian Prime Minister Narendra Modi met Nepalese Prime Minister Sushil Karki in Kathmandu, and the two sides agreed to speed up work on a power line linking Muzaffarpur and Dhalkebar.", "030", "IND", "NPL"},
		// missing lexicon rows: a participle adjective of concern, more evaluative words after
		// "described … as", loans and credit lines, vaccines sent; a judged sentence or verdict
		// is the act of whoever passed it
		{"A court in Cairo sentenced an opposition activist to five years in prison on Monday. The United Nations human rights office said it was deeply concerned about the verdict.", "012", "IGO", "EGY"},
		{"A court in Cairo sentenced an opposition activist to five years in prison on Monday. Human Rights Watch described the sentence as \"a travesty of justice\".", "111", "NGO", "EGY"},
		{"South Korean President Lee Jae-myung announced a $200 million loan to Vietnam for new power plants.", "071", "KORGOV", "VNM"},
		{"Beijing announced that the China Development Bank had opened a $2 billion credit line for Kenyan railway projects.", "071", "CHN", "KEN"},
		{"The Indian government pledged to send vaccines and medical equipment to help Sri Lanka fight a dengue outbreak.", "0333", "INDGOV", "LKA"},
		// a title that names no country takes the one its context gives before the article's:
		// a capital opening the sentence, "COUNTRY, where", a country subject of the sentence
		// before in the same paragraph
		{"Vietnam accused China of ramming a Vietnamese fishing boat near the Paracel Islands. Vietnamese officials said two fishermen were hurt. In Beijing, foreign ministry spokeswoman Lin Hua rejected the accusation and urged Hanoi to stop its provocations.", "020", "CHNGOV", "VNM"},
		{"Kenyan President William Ruto will travel on Monday to Uganda, where he is due to meet President Samuel Okello.", "036", "KENGOV", "UGAGOV"},
		{"Armenia accused Azerbaijan of shelling its villages. Armenian officials said three civilians were wounded. Russia called on both sides to show restraint. Foreign Ministry spokeswoman Irina Volkova urged Baku to withdraw its troops.", "020", "RUSGOV", "AZE"},
		// "its foreign minister, X" is the country named before in the sentence; "the
		// Commission" is the last commission the text named
		{"Hungary voted against the plan, and its foreign minister, Peter Horvath, blamed Romania for the dispute.", "112", "HUNGOV", "ROU"},
		{"The European Commission raised tariffs on Chinese electric cars on Monday. China retaliated with duties on pork. Spain asked the Commission to negotiate a solution quickly.", "020", "ESP", "IGO"},
		// "called on X to show restraint" is a demand for de-escalation (1056), as the gold
		// files code it, before a plea for talks later in the clause
		{"Turkey called on Greece and Cyprus to show restraint and to resolve the dispute through negotiations.", "1056", "TUR", "GRC"},
		// "The Kenyan foreign minister, X," is Kenya's
		{"Ethiopia and Somalia signed a maritime deal in Ankara. The Kenyan foreign minister, Musalia Mudavadi, welcomed the agreement between Ethiopia and Somalia.", "051", "KENGOV", "ETH"},
		// an act named by its noun may be reported earlier in the same sentence
		{"Talks resumed in Brussels on Monday. Kosovo police arrested two Serbian nationals near the border on Tuesday, and Serbia condemned the arrests.", "111", "SRB", "KSV"},
		// "had spoken to X": a contact reported after the fact
		{"Peruvian President Jose Jeri said he had spoken to Chilean President Gabriel Boric about the migrants stranded at the border.", "040", "PERGOV", "CHLGOV"},
		// a preposition repeated after "and" adds a second target
		{"Turkish President Recep Tayyip Erdogan spoke by phone with Armenian Prime Minister Nikol Pashinyan and with Azerbaijani President Ilham Aliyev on Friday.", "041", "TURGOV", "AZEGOV"},
		// bail denied is legal action; a meeting boycotted is a refusal to meet
		{"Police in Harare arrested opposition leader Job Sikhala on Friday. A court in Harare later denied him bail.", "173", "ZWEJUD", "ZWE"},
		{"Police in Harare arrested opposition leader Job Sikhala on Friday. The Zimbabwean government invited all parties to talks on Monday, but the opposition boycotted the meeting.", "125", "ZWEOPP", "ZWE"},
		// a demand for the release of what was seized is aimed at whoever seized it
		{"Venezuelan troops seized a Guyanese fishing boat on the Cuyuni River on Monday. Guyana demanded the immediate release of the boat and its crew.", "1053", "GUY", "VEN"},
		// a past form the tagger reads as an adjective after "but" is a verb
		{"The Chinese spokesman said Beijing remained open to dialogue but accused Brussels of naked protectionism.", "112", "CHN", "BEL"},
		// wire verbs and nouns the lexicon lacked: "lashed out at", exports suspended, a
		// diplomatic protest filed
		{"Russia lashed out at Finland over its decision to close the border.", "111", "RUS", "FIN"},
		{"Germany suspended arms exports to Israel.", "163", "DEU", "ISR"},
		{"The Philippines filed a diplomatic protest against China.", "114", "PHL", "CHN"},
		// a government protesting to another lodges a protest; "warned X not to" threatens;
		// a court ordering an arrest acts; a drone and mediators act for their country
		{"Wire report.\n\nTokyo protested to Seoul over the disputed islands.", "114", "JPN", "KOR"},
		{"Wire report.\n\nBeijing warned Manila not to provoke further confrontations.", "130", "CHN", "PHL"},
		{"Brazil's Supreme Court met on Monday. The court ordered the arrest of former president Jair Bolsonaro.", "173", "BRAJUD", "BRA"},
		{"Wire report.\n\nA Ukrainian drone struck an oil depot in Russia's Bryansk region overnight.", "195", "UKR", "RUS"},
		{"Wire report.\n\nEgyptian mediators met Hamas leaders in Cairo to discuss the truce.", "040", "EGY", "PSE"},
		// an agentless expulsion is the doing of the state expelling "from" it
		{"Wire report.\n\nTwo Chinese journalists were expelled from India on Tuesday.", "166", "IND", "CHN"},
		// a judgement of "the killing of X by Y" is aimed at Y
		{"Wire report.\n\nThe Iranian foreign ministry condemned the killing of a Hezbollah commander by Israel.", "111", "IRN", "ISR"},
		// prisoners exchanged are released by each side; a list of places goes on after a comma
		// only with another place ("in Nairobi, Amnesty International said" is no list)
		{"Wire report.\n\nUkraine and Russia exchanged 95 prisoners of war on Friday.", "0841", "UKR", "RUS"},
		{"Wire report.\n\nSecurity forces killed three protesters in Nairobi, Amnesty International said.", "190", "KEN", "KEN"},
		// "a phone call with", "declared … persona non grata", and a meeting in a phrase
		// opening the sentence, met by the subject after its comma
		{"Wire report.\n\nKenyan President William Ruto held a phone call with Ugandan President Yoweri Museveni on Monday.", "041", "KENGOV", "UGAGOV"},
		{"Wire report.\n\nPeru declared Mexican President Claudia Sheinbaum persona non grata.", "166", "PER", "MEXGOV"},
		{"Wire report.\n\nDuring talks with Chinese Premier Li Qiang, Australian Prime Minister Anthony Albanese raised the case of a detained writer.", "046", "AUSGOV", "CHNGOV"},
		// a visit planned ("is expected to visit", "plans to travel to") is coded, as a meeting
		// planned is
		{"Wire report.\n\nIndian Prime Minister Narendra Modi is expected to visit Washington next month.", "042", "INDGOV", "USA"},
		{"Wire report.\n\nFrench President Emmanuel Macron plans to travel to Algeria in the spring.", "042", "FRAGOV", "DZA"},
		// a word of a person's name that is also a small town's name stands for the person
		{"Brazilian President Luiz Inacio Lula da Silva and Angolan President Joao Lourenco signed agreements on Thursday. Lula, who is seeking to expand Brazil's influence in Africa, also pledged to send vaccines to Angola. Human Rights Watch urged Lula to raise the case of jailed activists.", "020", "NGO", "BRAGOV"},
		// "X, the EU's foreign policy chief," speaks for the body
		{"Ukraine's air force said Russia fired 40 missiles overnight. Kaja Kallas, the EU's foreign policy chief, condemned Russia's attack on Kyiv.", "111", "IGO", "RUS"},
		// a participle clause after an actor is no part of it ("protesters demanding reforms");
		// a bomber or gunman acts
		{"LAGOS, May 8 - Police arrested protesters demanding reforms.", "173", "NGACOP", "NGA"},
		{"PESHAWAR, Pakistan, May 8 - A suicide bomber killed 20 people at a mosque in Peshawar.", "180", "PAK", "PAK"},
		// missiles act for the country that fired them
		{"KYIV, May 8 - Russian missiles hit an apartment block in Dnipro, killing 14 people, according to Ukrainian officials.", "190", "RUSMIL", "UKR"},
		// the preposition of the target may follow the word a row requires rather than the verb
		{"Mexico imposed provisional anti-dumping duties of between 20 and 45 percent on steel imports from Brazil.", "163", "MEX", "BRA"},
	})
}

// TestHelpedToDoIsNoEvent: what the one helped is to do ("help Angola fight an outbreak") is
// not an event of the helper's.
func TestHelpedToDoIsNoEvent(t *testing.T) {
	evs := events(t, "The Indian government pledged to send vaccines and medical equipment to help Sri Lanka fight a dengue outbreak.", "2024-05-08")
	for _, e := range evs {
		if e.Root == "19" {
			t.Errorf("a fight coded: %s", describe(evs))
		}
	}
}

// TestAntecedentFarBack: "expressed concern over the seizure" is aimed at whoever seized, even
// when the seizure was reported many paragraphs before.
func TestAntecedentFarBack(t *testing.T) {
	var b strings.Builder
	b.WriteString("Iran's Revolutionary Guards seized a Greek-flagged oil tanker in the Strait of Hormuz on Wednesday.")
	for k := 1; k <= 14; k++ {
		fmt.Fprintf(&b, "\n\nShipping data showed %d more vessels waiting near the port.", k)
	}
	b.WriteString("\n\nBritain expressed concern over the seizure.")
	evs := events(t, b.String(), "2024-05-08")
	if find(evs, "012", "GBR", "IRN") == nil {
		t.Errorf("want 012 GBR→IRN, got %s", describe(evs))
	}
}

// TestStateReportsAttackOnItself: a state body (coded by its country alone, too) reporting an
// attack on its own side reports it; it does not accuse.
func TestStateReportsAttackOnItself(t *testing.T) {
	evs := events(t, "Fighting broke out on the border on Wednesday. Kyrgyzstan's border service said Tajik forces opened fire on a Kyrgyz outpost near the village of Kok-Tash.", "2024-05-08")
	if find(evs, "193", "TJK", "KGZ") == nil {
		t.Errorf("want the attack 193 TJK→KGZ, got %s", describe(evs))
	}
	for _, e := range evs {
		if strings.HasSuffix(e.Rule, "+alleged") {
			t.Errorf("an accusation coded: %s", describe(evs))
		}
	}
}

// TestNinthPass holds the ninth events pass: errors seen in two or more blind-written articles.
func TestNinthPass(t *testing.T) {
	wantCodes(t, "2026-05-01", []codeCase{
		// "had spoken by telephone with": a perfect, and "by telephone" names no agent
		{"Russian Foreign Minister Sergei Lavrov said he had spoken by telephone with French Foreign Minister Jean-Noel Barrot on Monday.", "041", "RUS", "FRA"},
		{"The Kenyan president has spoken by phone with his Ugandan counterpart, Yoweri Museveni.", "041", "KEN", "UGA"},
		// closing or sealing a border restricts movement
		{"Kenya closed its border with Somalia on Friday after the attack.", "191", "KEN", "SOM"},
		{"Algeria sealed its southern frontier with Mali on Thursday.", "191", "DZA", "MLI"},
		// with no neighbour named, the border closed and the troops sent are the story country's
		{"Gunmen attacked a market in northern Mali on Sunday. Mali's army said it was hunting the attackers. Algeria closed a border crossing near Tamanrasset on Monday.", "191", "DZA", "MLI"},
		{"Gunmen attacked a market in northern Mali on Sunday. Mali's army said it was hunting the attackers. Algeria deployed 2,000 extra soldiers along the frontier on Monday.", "154", "DZA", "MLI"},
		// troops moved toward a border are a mobilisation against the country beyond it
		{"Russia has moved tanks and several thousand troops toward its western border with Ukraine.", "154", "RUS", "UKR"},
		// a government sending its own troops into its country mobilises them there, as the
		// dev annotations code it
		// a body's official under a title in lower case speaks for the body
		{"EU trade commissioner Anna Berg criticised China on Monday over its steel exports.", "111", "IGO", "CHN"},
		{"EU trade commissioner Anna Berg said she had spoken by phone with the Chinese commerce minister and urged Beijing to lift the duties.", "041", "IGO", "CHN"},
		// a coalition led by a country acts for that country
		{"The US-led coalition bombed militant positions in Syria on Friday.", "195", "USA", "SYR"},
		{"A French-led coalition attacked rebel bases in Mali.", "190", "FRA", "MLI"},
		{"Floods cut off villages across Kenya on Sunday. Kenya's interior ministry said 40 people had died. The Kenyan government deployed soldiers on Monday to evacuate residents.", "154", "KENGOV", "KEN"},
	})
	// an offer or threat coordinated after an act naming no one of its own is made to whom the
	// same actor has just addressed ("according to" names a source, not a recipient)
	wantCodes(t, "2026-05-01", []codeCase{
		{"Kenyan President William Ruto spoke by telephone with Ugandan President Yoweri Museveni on Monday and offered to send troops, according to a statement from State House in Nairobi.", "030", "KEN", "UGA"},
		{"Russian Foreign Minister Sergei Lavrov accused Ukraine of shelling civilians and threatened to impose new sanctions if Kyiv did not stop.", "1312", "RUS", "UKR"},
	})
	// … but not when the governed clause names its own partner
	for _, e := range events(t, "Kenyan President William Ruto agreed on Monday to send a medical team to Uganda and pledged to conclude a long-delayed free trade pact for the region with Tanzania by June.", "2026-05-01") {
		if e.Root == "03" && e.Target != nil && strings.HasPrefix(e.Target.Code, "UGA") && strings.Contains(e.Rule, "pledge") {
			t.Errorf("pledge aimed at the target of the act before it: %s", describe([]chronicle.Event{e}))
		}
	}
	// a timetable ("is expected to travel", "is due to visit") reports the visit to come, not
	// an intent its side expressed, even when its own spokesman says it
	for _, c := range []codeCase{
		{"Kenyan President William Ruto is expected to travel to Uganda on Friday, a Kenyan government spokesman said.", "042", "KEN", "UGA"},
		{"The French foreign minister is due to visit Berlin on Monday, the French foreign ministry said.", "042", "FRA", "DEU"},
	} {
		evs := events(t, c.text, "2026-05-01")
		if find(evs, c.code, c.src, c.tgt) == nil || slices.ContainsFunc(evs, func(e chronicle.Event) bool { return e.Root == "03" }) {
			t.Errorf("%q: want %s %s→%s and no intent, got %s", c.text, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// TestTenthPass holds the tenth events pass: errors seen in two or more blind-written articles.
func TestTenthPass(t *testing.T) {
	wantCodes(t, "2026-05-01", []codeCase{
		// an account of what others did keeps their demand theirs
		{"Kenyan police said hundreds of students marched through Nairobi and demanded the resignation of the education minister.", "104", "KENEDU", "KEN"},
		// a country's embassy abroad is its government's, not the host country's
		{"The U.S. Embassy in Kinshasa condemned the arrests of opposition leaders.", "111", "USA", "COD"},
		{"The U.S. Embassy in Harare urged the Zimbabwean authorities to release the journalists.", "0253", "USA", "ZWE"},
		// "Its spokesman, X," opening a sentence speaks for the organisation the sentence
		// before opened with, not for the story's country
		{"Israeli troops raided the Jenin camp in the West Bank on Monday, killing four people. The raid drew condemnation from Hezbollah, which controls much of southern Lebanon. Its spokesman, Ali Hamdan, accused Israel of war crimes.", "112", "LBN", "ISR"},
		// a claim denied ("denied that …", "denied funding …") is aimed at whoever the text
		// has just reported acting against the denier's country
		{"Wire report.\n\nEthiopia began filling the dam on Monday. Ethiopian officials said the work would continue through the rainy season. Egypt accused Ethiopia of violating a 2015 agreement. Ethiopia denied that it had broken any commitment.", "016", "ETH", "EGY"},
		{"Wire report.\n\nThe United States imposed sanctions on Iranian oil exports on Friday, saying Tehran was funding militias. Iran denied funding any armed groups in the region.", "016", "IRN", "USA"},
		// concern over "reports that/of …" is aimed at whom the reports are about; "troubled"
		// voices concern as "concerned" does
		{"Wire report.\n\nHuman Rights Watch expressed concern over reports that Egyptian police had tortured detainees.", "012", "NGO", "EGY"},
		{"Wire report.\n\nJapan said it was deeply troubled by Chinese military drills near Taiwan.", "012", "JPN", "CHN"},
		// … and, when they name no one, at the country the story is about
		{"Wire report.\n\nFighting continued in Sudan on Monday. Sudanese officials said 40 people had died in Khartoum. Britain expressed concern over reports of mass graves.", "012", "GBR", "SDN"},
		// "X said its special envoy, NAME," speaks for X
		{"Wire report.\n\nFighting broke out in Sudan on Monday. The African Union said its special envoy, Mohamed Ali, had condemned the attack on the Sudanese army.", "111", "IGO", "SDN"},
		// "rejected the accusation" with no accusation against the rejecter coded: the last
		// appeal or demand of another country's side
		{"Wire report.\n\nUkraine began drilling for gas off its coast on Monday. Ukrainian officials said the work was legal. Russian Foreign Minister Sergei Lavrov urged Western companies not to take part in the project. Ukraine rejected the accusation.", "016", "UKR", "RUS"},
		// a warning that someone will be punished threatens them ("would face the full force
		// of the law" is no military threat; "could be expelled")
		{"Wire report.\n\nKenyan police warned that opposition supporters found inciting violence would face the full force of the law.", "130", "KENCOP", "KENOPP"},
		{"Wire report.\n\nThe Ugandan education ministry warned that students who joined the protests could be expelled.", "130", "UGA", "UGAEDU"},
		{"Colombian troops killed six fighters in Arauca on Monday. The operation drew a sharp response from the ELN, which has fought the state since 1964. Its commander in Venezuela, Pablo Marin, urged Colombia to resume peace talks.", "026", "COLREB", "COL"},
	})
	// an attempt at a non-violent act is no attempted assault ("tried to visit", "tried to
	// block"); an attempt at violence still is
	for _, text := range []string{
		"Wire report.\n\nEnvoys from Norway and Denmark tried to visit the jailed Ethiopian journalists on Monday.",
		"Wire report.\n\nPolice arrested Kenyan students who tried to block the main road to the airport.",
	} {
		wantNone(t, text, "2026-05-01", "18")
	}
	wantCodes(t, "2026-05-01", []codeCase{
		{"Wire report.\n\nSudanese soldiers tried to kill a Chadian border guard on Monday.", "180", "SDN", "TCD"},
	})
	// a trip announced, even by the traveller's own side, is the visit to come (as a
	// timetabled one is), not an intent
	wantNone(t, "Wire report.\n\nKenya's foreign ministry said President William Ruto would travel to Uganda next week.", "2026-05-01", "03")
	wantCodes(t, "2026-05-01", []codeCase{
		{"Wire report.\n\nKenya's foreign ministry said President William Ruto would travel to Uganda next week.", "042", "KEN", "UGA"},
	})
	// "…, charges X denies" sums up the accusation before it: no one is charged
	for _, e := range events(t, "Wire report.\n\nIran has accused the two French aid workers of spying for Israel, charges the French government denies.", "2026-05-01") {
		if e.Root == "17" || strings.Contains(e.Rule, "charge") {
			t.Errorf("a charge coded: %s", describe([]chronicle.Event{e}))
		}
	}
	// a quoted gerund after "accused X of" is what X is accused of, not the accuser's act
	wantNone(t, "Wire report.\n\nTurkish Interior Minister Ali Yerlikaya accused the Greek coast guard of \"working with the smugglers\" on Monday.", "2026-05-01", "06")
}

// A period named in a relative clause that does not hold the trigger is that clause's
// background, not the event's date; a day named there still dates the event.
func TestDateNotFromAnotherRelativeClause(t *testing.T) {
	evs := events(t, "The International Monetary Fund, which approved a loan to Argentina last year, welcomed the Argentine reform on Monday.", "2027-03-10")
	if ev := find(evs, "051", "IGO", "ARG"); ev == nil || ev.Date != "2027-03-08" {
		t.Errorf("want the welcome on Monday 2027-03-08: %s", describe(evs))
	}
	evs = events(t, "Sudanese President Omar Hamid, who appeared on state television on Wednesday night, accused Chad of arming the rebels.", "2026-11-20")
	if ev := find(evs, "112", "SDN", "TCD"); ev == nil || ev.Date != "2026-11-18" {
		t.Errorf("want the accusation on Wednesday 2026-11-18: %s", describe(evs))
	}
}

// TestEleventhPass holds the eleventh events pass (errors seen on the devnew7 blind set).
func TestEleventhPass(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		// an agentless arrest is the state's of the story's country, not of the capital of a
		// neighbour the story names more often than its own cities
		{"Wire report.\n\nBolivia's opposition rejected the election result on Monday. Bolivian prosecutors said 40 people had been detained. Brasilia urged calm, and Bolivia recalled its ambassador in Brasilia.", "173", "BOLCOP", "BOL"},
		// handing over the dead is a return of persons
		{"Wire report.\n\nArmenia handed over the bodies of two Azerbaijani soldiers at the border on Friday.", "0841", "ARM", "AZE"},
		// dismissing an accusation is rejecting it (016), as "rejected the accusation" is
		{"Wire report.\n\nChina accused Japan of militarising the islands. Japan's defence ministry dismissed the accusation as baseless.", "016", "JPN", "CHN"},
		// warning a side that one will defend one's land is a military threat
		{"Wire report.\n\nArmenian Defence Minister Suren Papikyan warned Baku on Monday that Armenia would defend every village.", "138", "ARM", "AZE"},
		// a verb coordinated after another verb's object codes its own event, and "it" as its
		// object is that object
		{"Wire report.\n\nChile's new president, Ana Rojas, thanked voters and offered to meet her rival Pablo Soto on Monday.", "036", "CHLGOV", "CHL"},
		{"Wire report.\n\nFiji's opposition leader, Ratu Tevita, criticised the government and urged it to open talks with Tonga.", "026", "FJIOPP", "FJIGOV"},
		// rejecting "the demand" rejects whoever made it
		{"Wire report.\n\nThe Chinese embassy demanded the release of the fishermen. Palau's president rejected the demand on Monday.", "124", "PLW", "CHN"},
		// strikers are workers
		{"Wire report.\n\nZambian police fired tear gas to disperse hundreds of strikers on Monday.", "175", "ZMBCOP", "ZMBLAB"},
		// ", as did X": X did the same
		{"Wire report.\n\nGermany congratulated Chilean President Ana Rojas on her victory, as did France.", "051", "FRA", "CHL"},
		// "lodged solemn representations with X" is a protest to X
		{"Wire report.\n\nChina said it had lodged solemn representations with the Philippine foreign ministry over the collision.", "114", "CHN", "PHL"},
		// a subject pronoun continues the subject of the clause before, not its object
		{"Wire report.\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala and then flew to Kigali, where he held talks with Rwandan President Paul Kagame.", "046", "KEN", "RWA"},
		// raising a pay offer yields ground
		{"Wire report.\n\nKenyan power firm Nairobi Grid raised its pay offer to 9 percent on Tuesday as the engineers' strike entered its third week.", "035", "KEN", "KEN"},
		// workers walking off the job strike
		{"Wire report.\n\nKenyan dock workers walked off the job in Mombasa on Monday over unpaid wages.", "143", "KEN", "KEN"},
	})
}

// TestTwelfthPass holds the twelfth events pass (errors seen on the devnew8 blind set and
// quotes newly found on earlier sets).
func TestTwelfthPass(t *testing.T) {
	// an unnamed source reports, it does not accuse, whether the sentence opens with it ("A
	// …") or a pronoun refers back to it
	wantNone(t, "Wire report.\n\nA police spokesman said officers had detained 23 students in Lusaka. Extra units had been deployed to the campus, he said.", "2027-02-10", "11")
	// a title of an international body without the body's name is the body's, not the
	// story's country's
	wantCodes(t, "2027-02-10", []codeCase{
		{"Wire report.\n\nFighting spread along the border between Chad and Sudan on Monday. Secretary-General Maria Lund urged Chad to exercise restraint.", "0256", "IGO", "TCD"},
	})
	// a present form read as an adjective after "and" is a coordinated verb, and the object of
	// the preposition before it stops there
	text := "Wire report.\n\nThe European Union is deeply concerned about the fighting and urges Chad and Sudan to exercise restraint."
	wantCodes(t, "2027-02-10", []codeCase{{text, "0256", "IGO", "SDN"}})
	wantNone(t, text, "2027-02-10", "01")
}

// TestThirteenthPass holds the thirteenth events pass (errors seen on the devnew9 blind set
// and on devnew7 and devnew8).
func TestThirteenthPass(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		// an alert whose armed force is further back than the words right before it
		// (an alert at no one named is no event: the border gives the neighbour)
		{"Wire report.\n\nMali's defence ministry said the army had been put on high alert along the border with Niger on Monday.", "152", "MLIMIL", "NER"},
		// "combat readiness" is an alert; "the army" opening a state official's words is that
		// state's, not the story's country's
		// summoning a state's diplomat by any title is a protest to that state, and "X's deputy
		// chief of mission" is X's whatever place follows
		{"Wire report.\n\nKenya summoned Uganda's top diplomat in Nairobi on Monday.", "114", "KEN", "UGA"},
		{"Wire report.\n\nIndia summoned Nepal's deputy chief of mission in New Delhi on Tuesday.", "114", "IND", "NPL"},
		// a simple past after "and" goes with "said", not with the past perfect "said" reports
		{"Wire report.\n\nThe Malian government said the raids had killed 12 civilians and summoned Burkina Faso's ambassador.", "114", "MLIGOV", "BFA"},
		// an international body's official named after a title that says what the post is
		// for, or after "the chairperson of" the body, speaks for the body
		{"Wire report.\n\nThe African Union's special envoy for the Sahel, Anna Berg, urged Mali to negotiate with the rebels.", "026", "IGO", "MLI"},
		{"Wire report.\n\nFighting spread in Darfur on Monday. The chairperson of the African Union Commission, Amina Sow, urged Sudan to hold talks.", "026", "IGO", "SDN"},
		// a spokesperson after a sentence that opens with a capital, or with "X's foreign
		// ministry", speaks for that government, not the story's country's
		{"Wire report.\n\nKenya accused Tanzania of blocking trucks at the Namanga border on Monday. Kenyan officials said the trucks carried maize. Dodoma rejected the accusation. Foreign ministry spokeswoman Neema Mushi urged Nairobi to hold talks.", "026", "TZAGOV", "KEN"},
		{"Wire report.\n\nKenya accused Tanzania of blocking trucks at the Namanga border on Monday. Kenyan officials said the trucks carried maize. Tanzania's foreign ministry rejected the accusation. In a statement, spokesman Juma Mrisho urged Nairobi to hold talks.", "026", "TZAGOV", "KEN"},
		{"Wire report.\n\nSudan's government said on Monday that rebels had attacked Khartoum and two towns in Darfur. Sudanese officials in Khartoum said Sudan would not negotiate. Chadian President Mahamat Deby said the army had been placed on the highest level of combat readiness along the border with Sudan.", "152", "TCDMIL", "SDN"},
	})
	// "armed" describing who someone is arms nobody
	wantNone(t, "Wire report.\n\nDozens of men armed with machetes attacked a village near Goma on Sunday, the Congolese army said.", "2027-05-05", "07")
	wantNone(t, "Wire report.\n\nThe minister said the suspects belonged to an armed group that attacked a convoy in Ituri.", "2027-05-05", "07")
	wantCodes(t, "2027-05-05", []codeCase{{"Wire report.\n\nIran armed the Houthi rebels in Yemen.", "072", "IRN", "YEM"}})
}

func TestFourteenthPass(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		// a noun of support in quotation marks still has its "for" phrase: the check that an
		// endorsing verb has an actor for its object is no check of a noun
		{"Wire report.\n\nForeign Minister Amal Nasser expressed Egypt's \"full support\" for Somalia on Monday.", "051", "EGY", "SOM"},
		// concern about an act done by someone is concern about whoever did it
		{"Wire report.\n\nJapan said it was \"seriously concerned\" about the repeated use of water cannon by Chinese coast guard ships.", "012", "JPN", "CHN"},
		// "him" after a person the sentence described without a name
		{"Wire report.\n\nMali expelled the French ambassador on Monday, accusing him of meddling in its affairs.", "112", "MLI", "FRA"},
		// a word of a name ("Support") is no verb of helping that makes the next verb an aim
		{"Wire report.\n\nThe Paris-based group Detainee Support Network accused Tehran of abusing prisoners.", "112", "NGO", "IRNGOV"},
		// calling on someone to free people appeals for their release (0253, as most annotators
		// code it; "demanded" stays 1053), not de-escalation
		{"Wire report.\n\nKenya called on the rebels to release the hostages.", "0253", "KEN", "KENREB"},
		// tear gas without an object is fired at the crowd the sentence names; police beating a
		// crowd back is repression (175), as tear gas is
		{"Wire report.\n\nThousands marched in Kathmandu. Police fired tear gas when some protesters tried to break through barricades.", "175", "NPLCOP", "NPLCVL"},
		{"Wire report.\n\nKenyan police beat the protesters back with batons in Nairobi.", "175", "KENCOP", "KENCVL"},
		{"Wire report.\n\nKenyan police beat a journalist covering the protest in Nairobi.", "182", "KENCOP", "KENMED"},
		// inviting one side to talks offers to meet it (036); inviting two sides is an appeal (026)
		{"Wire report.\n\nKenyan President William Ruto invited Ugandan President Yoweri Museveni to talks in Nairobi.", "036", "KENGOV", "UGAGOV"},
		{"Wire report.\n\nKenya invited Ethiopia and Somalia to talks in Nairobi.", "026", "KEN", "SOM"},
		// a clause opened by "after" whose subject is a role noun right before its verb
		{"Wire report.\n\nHours after police fired tear gas at opposition supporters near Banjul, the mediators met.", "175", "GMBCOP", "GMBOPP"},
		// a sub-region's leaders or mediators act as its bloc
		{"Wire report.\n\nWest African leaders threatened Mali's junta with sanctions on Sunday.", "1312", "IGO", "MLIMIL"},
		{"Wire report.\n\nA West African mediation team met Gambia's president on Thursday.", "040", "IGO", "GMBGOV"},
		// "him" after "X's ambassador" is X's
		{"Wire report.\n\nMali ordered France's ambassador to leave within 72 hours, accusing him of meddling in its affairs.", "112", "MLI", "FRA"},
		// a rejected accusation no event coded was made by the last one quoted of another side
		{"Wire report.\n\n\"Chile is strangling our trade,\" Bolivian Foreign Minister Ana Quispe told reporters on Monday. Chile's foreign ministry rejected the accusations late on Tuesday.", "016", "CHLGOV", "BOLGOV"},
		// "the expulsion of the diplomats" names whom it struck: it is the expeller's, even when
		// reported as an order to leave
		// a bare state title in a story filed from a country much about it is that country's
		{"PRAGUE (Reuters) - Russia and Russian spies were behind the fire, Czech officials said. Russia denied it. Russian media called it a plot.\n\nPrime Minister Tomas Vesely urged Russia to withdraw its spies from Prague.", "020", "CZEGOV", "RUS"},
		// protesters throwing things at the police riot (145); the police lines stand for the police
		{"Wire report.\n\nSome protesters in Bangkok hurled plastic bottles and paint at Thai police lines.", "145", "THA", "THACOP"},
		// a movement is an actor of the country or people that names it
		{"Wire report.\n\nYemen's Houthi movement fired two anti-ship missiles at a Singapore-flagged bulk carrier on Monday.", "190", "YEM", "SGP"},
		// a plural's possessive ("the students' demand") is the students' as "the union's" is the union's
		{"Wire report.\n\nThai Prime Minister Chaiwat Rungsakul rejected the students' demand to scrap the bill.", "124", "THAGOV", "THAEDU"},
		// a past form the tagger read as an adjective after a name ("The UAE imposed duties"),
		// and a complaint against "the duties" is against whoever imposed them
		{"Wire report.\n\nThe UAE imposed duties of up to 30 percent on Qatari aluminium. Doha lodged a complaint against the duties at the World Trade Organization.", "163", "ARE", "QAT"},
		{"Wire report.\n\nThe UAE imposed duties of up to 30 percent on Qatari aluminium. Doha lodged a complaint against the duties at the World Trade Organization.", "114", "QATGOV", "ARE"},
		// offering condolences is sympathy (018), not an offer
		{"Wire report.\n\nTurkey offered condolences to Azerbaijan on Sunday.", "018", "TUR", "AZE"},
		// "…, a charge Tehran denied": a denial of the accusation, against whoever made it
		{"Wire report.\n\nThe U.S. State Department accused Iran of supplying the missiles used in the attack, a charge Tehran denied.", "016", "IRNGOV", "USAGOV"},
		{"Wire report.\n\nChad's interior minister told reporters that the ringleaders had been paid by Sudan's Rapid Support Forces - a charge the RSF rejected as \"baseless lies\".", "016", "SDN", "TCDGOV"},
		// "the two member states", "its two partners" are both sides of the dispute
		{"DOHA (Reuters) - The UAE recalled its ambassador from Qatar on Monday. Qatari officials accused the UAE of bullying. Emirati officials accused Qatar of lying. The GCC secretary-general urged the two member states to settle the dispute.", "027", "IGO", "QAT"},
		{"DOHA (Reuters) - The UAE recalled its ambassador from Qatar on Monday. Qatari officials accused the UAE of bullying. Emirati officials accused Qatar of lying. Washington was urging its two partners to talk.", "020", "USAGOV", "ARE"},
		// cutting gas to a country is an embargo; "the recall" is whoever recalled; an official
		// arriving in a capital visits that country
		{"DOHA (Reuters) - State-owned QatarEnergy cut the volume of gas it sends to the Emirates by 40 percent on Monday.", "163", "QAT", "ARE"},
		{"DOHA (Reuters) - The UAE recalled its ambassador from Doha on Monday. Qatari spokesman Majed al-Ansari called the recall \"regrettable\".", "111", "QAT", "ARE"},
		{"DOHA (Reuters) - Kuwaiti Foreign Minister Abdullah Al-Roumi arrived in Doha on Thursday carrying a message from the emir.", "042", "KWTGOV", "QAT"},
		// a state's artillery acts for its forces; "The shelling was condemned by X": X condemns
		// whoever shelled
		{"YEREVAN (AP) - Azerbaijani artillery shelled the Armenian village of Yeraskh on Sunday. The shelling was condemned by France.", "194", "AZEMIL", "ARM"},
		{"YEREVAN (AP) - Azerbaijani artillery shelled the Armenian village of Yeraskh on Sunday. The shelling was condemned by France.", "111", "FRA", "AZE"},
		// "a Moldovan national", "a Czech citizen" are that country's people
		{"Wire report.\n\nCzech police arrested a Moldovan national near the Polish border on Monday.", "173", "CZECOP", "MDACVL"},
		// "Its" opening a sentence is the subject of the one before ("Neighbouring Senegal"), and
		// reinforcing security is a build-up (154)
		{"BANJUL (AFP) - Police detained opposition supporters in Banjul. Neighbouring Senegal, which surrounds Gambia, said on Thursday it had reinforced security along the border. Its foreign ministry called on Gambians to preserve the peace.", "020", "SENGOV", "GMB"},
		{"BANJUL (AFP) - Police detained opposition supporters in Banjul. Neighbouring Senegal, which surrounds Gambia, said on Thursday it had reinforced security along the border.", "154", "SEN", "GMB"},
		// saying one will not take part in talks refuses them (125), which has happened
		{"Wire report.\n\nThe opposition party in Gambia said it would not take part in any dialogue with the government.", "125", "GMB", "GMBGOV"},
		{"Wire report.\n\nThe Gambian president said he would not meet the opposition leader.", "125", "GMBGOV", "GMBOPP"},
		// appealing a ruling, or filing an appeal or a petition with a court, is legal action
		// (115), against the court or body that ruled
		{"JAKARTA (Reuters) - A WTO panel ruled against Indonesia in November 2022, but Jakarta appealed the decision.", "115", "IDNGOV", "IGO"},
		{"QUITO (Xinhua) - A court in Ecuador suspended the mine's licence on Monday. Ecuador's energy ministry said on Tuesday that it had appealed the ruling.", "115", "ECU", "ECUJUD"},
		// "them" after a plural crowd noun nearer than any body or country is that crowd
		{"TACNA, Peru (AP) - Several hundred Venezuelan migrants tried to push through a line of Peruvian police at the crossing. Officers fired tear gas and beat some of them back with batons.", "175", "PERCOP", "VENCVL"},
		// "France's largest farm union" is France's, however many words come between
		{"WARSAW (AFP) - Polish farmers blocked roads. France's largest farm union, which has staged its own protests, expressed solidarity with the Polish farmers on Monday.", "051", "FRALAB", "POLAGR"},
		// two sides that swap prisoners release them to each other (0841)
		{"GOMA (Reuters) - Congo's government and the M23 rebel group swapped 176 prisoners on Friday.", "0841", "CODGOV", "CODREB"},
		// "under a deal brokered by Qatar": Qatar mediated between the two that acted on each other
		{"GOMA (Reuters) - Congo and Rwanda swapped 40 prisoners on Friday under a deal brokered by Qatar.", "045", "QAT", "RWA"},
		{"GOMA (Reuters) - Congo and Rwanda swapped 40 prisoners on Friday under a deal brokered by Qatar.", "045", "QAT", "COD"},
		// "spoke" read as a noun after a title ("India's prime minister spoke by phone with …")
		{"DHAKA (dpa) - India's prime minister spoke by phone with his Bangladeshi counterpart, Rashed Chowdhury, on Monday.", "041", "INDGOV", "BGDGOV"},
		// "Both statements were rejected by X": X rejects the two sides that made them
		{"BISHKEK (AFP) - The European Union criticised the arrests of opposition leaders. The United States accused the authorities of intimidation. Both statements were rejected on Wednesday by Kyrgyzstan's foreign ministry.", "120", "KGZGOV", "IGO"},
		{"BISHKEK (AFP) - The European Union criticised the arrests of opposition leaders. The United States accused the authorities of intimidation. Both statements were rejected on Wednesday by Kyrgyzstan's foreign ministry.", "120", "KGZGOV", "USA"},
		// breaking up a rally is repression (175) of whoever held it, and "they" opening an "as"
		// clause is the main clause's subject; rejecting "mediation by X" rejects X
		{"BISHKEK (AFP) - Kyrgyz police detained at least 38 people overnight as they broke up a rally by thousands of opposition supporters in Bishkek.", "175", "KGZ", "KGZOPP"},
		{"CARACAS (Reuters) - The Venezuelan government rejected mediation by Brazil.", "126", "VENGOV", "BRA"},
		// allocating money to a disaster is economic aid to its country
		{"DHAKA (dpa) - A cyclone killed 200 people in Bangladesh. Many Bangladeshi villages were flooded. The UN said it had allocated 12 million dollars from its emergency fund.", "071", "IGO", "BGD"},
		// the leader of a delegation a nationality describes is of that country
		{"Wire report.\n\nA Russian delegation led by Deputy Defence Minister Viktor Sokolov met Mali's interim president, Assimi Goita, in Bamako on Monday.", "040", "RUSGOV", "MLIGOV"},
	})
	// "the expulsion of the diplomats" names whom it struck: it is the expeller's, even when
	// reported as an order to leave
	evs := events(t, "PRAGUE (Reuters) - The Czech Republic on Wednesday ordered 14 Russian diplomats to leave the country.\n\nThe diplomats have 72 hours. The embassy will keep a skeleton staff. Trains were running again on Friday. Police said the depot was guarded.\n\nMoscow reacted angrily. Spokeswoman Irina Volkova called the expulsion of the diplomats \"a hostile step\".", "2027-05-05")
	if ev := find(evs, "111", "RUS", "CZE"); ev == nil || ev.Target.Code != "CZE" {
		t.Errorf("want 111 RUS→CZE against the expeller, got %s", describe(evs))
	}
	// force that is used is no armed force
	evs = events(t, "Wire report.\n\nThe United Nations said it was concerned by reports of excessive force and urged Thai authorities to release the students.", "2027-05-05")
	for _, ev := range evs {
		if strings.HasSuffix(ev.Source.Code, "MIL") || strings.HasSuffix(ev.Target.Code, "MIL") {
			t.Errorf("\"excessive force\" coded as an armed force: %s", describe(evs))
		}
	}
	// a storm is no actor: "Typhoon X killed 12 people" reports no event
	wantNone(t, "MANILA (Reuters) - Typhoon Kalmaegi killed at least 12 people in the central Philippines on Tuesday.", "2027-05-05", "19", "18")
	wantNone(t, "DHAKA (dpa) - Bangladesh has sharply cut death tolls since Cyclone Sidr killed more than 3,000 people in 2007.", "2027-05-05", "19", "18")
	// days counted from another event: "two days after" dates the clause it opens, "two days
	// later" counts from the story's last day, a phrase before the main clause dates nothing
	for _, c := range []struct{ text, code, date string }{
		{"CONAKRY (AP) - Guinea's military government expelled France's ambassador on Tuesday, two days after West African leaders threatened the junta with sanctions.", "1312", "2027-05-02"},
		{"CONAKRY (AP) - Guinea's military government expelled France's ambassador on Tuesday, two days after West African leaders threatened the junta with sanctions.", "166", "2027-05-04"},
		{"PRAGUE (Reuters) - A depot burned down on April 19. Czech police arrested a Moldovan national near the Polish border two days later.", "173", "2027-04-21"},
		{"CONAKRY (AP) - A day after the Abuja summit, a Russian delegation arrived in Conakry on Monday for talks with Guinea's junta.", "042", "2027-05-03"},
	} {
		evs := events(t, c.text, "2027-05-05")
		if ev := find(evs, c.code, "", ""); ev == nil || ev.Date != c.date {
			t.Errorf("%q: want %s dated %s, got %s", c.text, c.code, c.date, describe(evs))
		}
	}
	// a description right before a person's name in apposition stands for that person
	evs = events(t, "Wire report.\n\nKenyan police detained the station's director, Ochieng Were, for six hours on Monday.", "2027-05-05")
	if ev := find(evs, "173", "KENCOP", "KEN"); ev == nil || ev.Target.Text != "Ochieng Were" {
		t.Errorf("want 173 KENCOP→KEN against Ochieng Were, got %s", describe(evs))
	}

}

// TestFifteenthPass holds the cases of the fifteenth pass over the blind sets.
func TestFifteenthPass(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		// a number made approximate ("About 300 people") is no prepositional phrase
		{"PRAGUE (Reuters) - Czech police detained two men on Monday.\n\nAbout 300 people protested in Prague on Thursday.", "141", "CZECVL", "CZE"},
		{"PRAGUE (Reuters) - Czech police detained two men on Monday.\n\nMore than 200 residents marched in Brno on Sunday.", "141", "CZECVL", "CZE"},
		// a protest outside an embassy is against the government whose embassy it is; unnamed
		// civilians are of the country where they protest
		{"MOSCOW (Reuters) - Russia expelled two Czech diplomats on Monday, Russian officials said.\n\nAbout 300 people protested outside the Russian embassy in Prague on Thursday.", "141", "CZECVL", "RUSGOV"},
		{"Wire report.\n\nHundreds of demonstrators rallied in front of the U.S. consulate in Lahore.", "141", "PAKCVL", "USAGOV"},
		{"Wire report.\n\nProtesters marched to the embassy of the United States in Baghdad.", "141", "IRQCVL", "USAGOV"},
		// a party named after "of" belongs to the person before it, who is the subject; an
		// office "of" a body stands for it
		{"PRAGUE (Reuters) - The Czech government expelled 12 Russian diplomats on Monday.\n\nCzech opposition leader Radek Hajek of the Freedom and Direct Democracy party accused the Russian government of lying.", "112", "CZEOPP", "RUSGOV"},
		{"Wire report.\n\nRussia's ambassador, Dmitri Orlovsky, said Moscow respected the choice of the Central African people and accused France of meddling.", "112", "RUS", "FRA"},
		{"Wire report.\n\nThe office of the U.N. special envoy for Yemen urged the Houthis to free the two sailors.", "0253", "IGO", "YEMREB"},
		// relatives of those held are civilians
		{"JAKARTA (Reuters) - Indonesia's navy detained 53 Vietnamese fishermen on Monday.\n\nDozens of relatives of the detained men gathered outside the provincial government offices in Ca Mau on Friday and urged Hanoi to secure their release.", "0253", "VNMCVL", "VNMGOV"},
		// a few words quoted in the narrator's sentence do not hide its subject
		{"N'DJAMENA (Reuters) - Chad's army crushed a mutiny on Monday, President Haroun Nassour said.\n\nThe African Union condemned the attempt. \"We stand with Chad,\" its commissioner said.\n\nThe Economic Community of Central African States expressed its \"full support\" for Nassour.", "051", "IGO", "TCDGOV"},
		// a body an international body owns is international
		{"N'DJAMENA (Reuters) - Chad's army crushed a mutiny on Monday.\n\nThe African Union's Peace and Security Council condemned the mutinous soldiers on Tuesday.", "111", "IGO", "TCD"},
		// protest notes handed or sent; a threat that a move "will not go unanswered"
		{"JAKARTA (Reuters) - Indonesia seized two Vietnamese trawlers on Monday.\n\nIndonesia had handed Vietnam's embassy a protest note on Thursday evening.", "114", "IDN", "VNM"},
		{"JAKARTA (Reuters) - Indonesia seized two Vietnamese trawlers on Monday.\n\nThe foreign ministry delivered a formal protest to the Vietnamese ambassador.", "114", "IDNGOV", "VNM"},
		{"JAKARTA (Reuters) - Indonesia seized two Vietnamese trawlers on Monday.\n\nVietnam warned that the seizure \"will not go unanswered.\"", "130", "VNM", "IDN"},
		// insisting that something be done demands it
		{"MEXICO CITY (AP) - Mexico sent 26 cartel figures to the United States.\n\nPresident Lucía Montes insisted that Washington withdraw the tariff threat.", "100", "MEXGOV", "USAGOV"},
		// court custody, fault-finding, encouragement, tear gas as a noun, sit-ins (tagged as an
		// adjective) outside a high commission
		{"HARARE (AFP) - Zimbabwean police arrested 34 opposition activists on Saturday.\n\nA magistrate in Harare remanded the activists in custody until March 29.", "173", "ZWEJUD", "ZWEOPP"},
		{"HARARE (AFP) - Zimbabwean police arrested 34 opposition activists on Saturday.\n\nSouth Africa's government also faulted the police.", "111", "ZAFGOV", "ZWECOP"},
		{"HARARE (AFP) - Zimbabwean police arrested 34 opposition activists on Saturday.\n\nSADC encouraged the government and the opposition \"to resolve their differences through dialogue.\"", "027", "IGO", "ZWEOPP"},
		{"HARARE (AFP) - Zimbabwean police arrested 34 opposition activists on Saturday.\n\nProtesters threw stones and officers responded with tear gas.", "175", "ZWECOP", "ZWE"},
		{"CHENNAI (Reuters) - Sri Lanka's navy arrested 14 Indian fishermen on Monday.\n\nSeveral hundred fishermen staged a sit-in outside the Sri Lankan deputy high commission in Chennai.", "141", "INDCVL", "LKAGOV"},
		// a body's title before a name wins over a nationality in apposition after it
		{"TRIPOLI (AFP) - Rival Libyan militias clashed in Tripoli on Monday.\n\nUNSMIL chief Mariam Oduya, a Kenyan diplomat, met Prime Minister Salem al-Mabrouk in Tripoli on Wednesday.", "040", "IGO", "LBYGOV"},
		// an agentless passive that tells an act again is by whoever did it the first time
		// fighting between two sides is theirs, whoever reports it
		{"JUBA (dpa) - South Sudan has stopped pumping crude after fighting between Sudan's army and the paramilitary Rapid Support Forces damaged the pipeline, the ministry said.", "190", "SDNMIL", "SDNREB"},
		// "the council", "the board", "the agency": the body of that name the text named before
		{"UNITED NATIONS (Reuters) - The U.N. Security Council met on Monday to debate the mission in the Central African Republic.\n\nThe council urged the Central African government to protect peacekeepers.", "020", "IGO", "CAFGOV"},
		// a ministry spokesman briefing the press in a capital speaks for its government
		{"JUBA (dpa) - South Sudan stopped pumping crude on Tuesday, officials in Juba said.\n\n\"We call on all parties in Sudan to ensure their security,\" foreign ministry spokesman Liang Wenbo told a regular news briefing in Beijing on Wednesday.", "020", "CHNGOV", "SDN"},
		// "them" after acts done to several is all of them; "Both broadcasters" are the two the
		// text named together, and they deny the accusation of whoever made it
		{"OUAGADOUGOU, March 8 (Reuters) - Burkina Faso's military government suspended Paris-based TV5Monde and German public broadcaster Deutsche Welle on Tuesday, accusing them of \"apology for terrorism\".", "112", "BFAGOV", "DEUMED"},
		{"OUAGADOUGOU, March 8 (Reuters) - Burkina Faso's military government suspended Paris-based TV5Monde and German public broadcaster Deutsche Welle on Tuesday, accusing them of \"apology for terrorism\".\n\nBoth broadcasters rejected the accusations.", "016", "DEUMED", "BFAGOV"},
		// a body "the UN nuclear watchdog's" owns is international; a judgement of a text is of
		// whoever made it: the body before "'s", the agent after "by", the subject of the
		// sentence that named it
		{"VIENNA (dpa) - Iran barred two IAEA inspectors on Thursday.\n\nThe UN nuclear watchdog's Board of Governors censured Tehran on Friday.", "111", "IGO", "IRNGOV"},
		{"VIENNA (dpa) - Iran barred two IAEA inspectors on Thursday. The UN nuclear watchdog's Board of Governors censured Tehran on Friday in a resolution.\n\nIran's foreign ministry rejected the resolution as \"illegal and politically motivated.\"", "120", "IRNGOV", "IGO"},
		{"VIENNA (dpa) - Iran barred two IAEA inspectors on Thursday. The UN nuclear watchdog's Board of Governors censured Tehran on Friday.\n\nState Department spokeswoman Rachel Dunmore welcomed the board's vote.", "051", "USAGOV", "IGO"},
		{"MEXICO CITY (AP) - Mexico sent 26 cartel figures to the United States on Tuesday.\n\nPresident Lucía Montes rejected a bill introduced last month by a group of Republican senators.", "120", "MEXGOV", "USALEG"},
		// a news outlet described by nationality and kind is that country's media; a decision
		// deplored is a deed's, not a statement's
		{"OUAGADOUGOU (Reuters) - Burkina Faso expelled Claire Vasseur, who reports for the French daily La Croix, on Tuesday.\n\nLa Croix called the expulsion \"arbitrary\".", "111", "FRAMED", "BFA"},
		{"OUAGADOUGOU (Reuters) - Burkina Faso's junta suspended the French broadcaster TV5Monde on Tuesday. The Committee to Protect Journalists urged the junta to lift the ban.\n\nThe European Union deplored the decision.", "111", "IGO", "BFA"},
		// after a dateline the first word is sentence-initial ("Fighters of the Radaa Deterrence
		// Force" is no name); a commander is military
		{"TRIPOLI (AFP) - Fighters of the Radaa Deterrence Force, a militia that controls Mitiga airport, seized a commander of the 444 Brigade on Monday.", "171", "LBYUAF", "LBYMIL"},
		// a body named after one country and owned by another is the owner's
		{"TAIPEI (AP) - China's military launched drills around Taiwan on Monday.\n\nBeijing's Taiwan Affairs Office also lashed out at Taipei, announcing sanctions on two Taiwanese legislators.", "163", "CHNGOV", "TWNLEG"},
		// "the three European countries" are the three European countries the text listed
		{"TEHRAN (dpa) - Britain, France and Germany urged Iran on Monday to let the inspectors back. Russia, China and Nicaragua voted against the resolution.\n\nForeign ministry spokesman Hossein Karimi of Iran accused the three European countries of turning the agency into \"a tool of pressure\".", "112", "IRN", "DEU"},
		// an appeal, offer or vote judged is its maker's, named in the sentence that made it;
		// brushing a threat aside rejects it; burning an effigy is a protest; "200 of them";
		// bombing villages strikes their people
		{"DHAKA (AFP) - Shells from Myanmar landed in Bangladesh on Monday. The U.N. refugee agency UNHCR appealed to Bangladesh to let fleeing civilians in.\n\nDhaka rejected the appeal on Tuesday.", "120", "BGD", "IGO"},
		{"ISLAMABAD (Reuters) - India held back water bound for Pakistan last week. The World Bank offered on Tuesday to appoint a neutral expert.\n\nPakistan welcomed the offer within hours.", "051", "PAK", "IGO"},
		{"ISLAMABAD (Reuters) - Pakistan threatened on Monday to treat any diversion of the Indus as an act of war.\n\nIndia brushed the threat aside.", "120", "IND", "PAK"},
		{"LAHORE (Reuters) - India held back water bound for Pakistan last week.\n\nThousands of farmers burned an effigy of India's prime minister near Gujranwala on Wednesday.", "141", "PAKAGR", "INDGOV"},
		{"TBILISI (dpa) - Thousands of Georgians rallied in Tbilisi on Monday. Police fired tear gas and detained more than 200 of them.", "173", "GEOCOP", "GEOCVL"},
		{"MAUNGDAW, Myanmar (AFP) - Fighting raged in Rakhine state on Monday.\n\nMyanmar military jets bombed at least two villages on Saturday, residents said.", "195", "MMRMIL", "MMRCVL"},
		// a counterpart is of the other country the sentence names, and talks with "her
		// counterpart, NAME" are with NAME; an investigation judged is its maker's
		{"DAKAR (AFP) - Senegal accused Mauritania of withholding gas revenue on Sunday.\n\nSenegal's Minister of Energy, Petroleum and Mines, Aminata Ndiaye Gueye, led a delegation to the Mauritanian capital on Monday for talks with her counterpart, Mohamed Lemine Ould Brahim. Ould Brahim rejected the accusation.", "016", "MRTGOV", "SEN"},
		{"DAKAR (AFP) - Senegal accused Mauritania of withholding gas revenue on Sunday.\n\nSenegal's Minister of Energy, Petroleum and Mines, Aminata Ndiaye Gueye, led a delegation to the Mauritanian capital on Monday for talks with her counterpart, Mohamed Lemine Ould Brahim.", "046", "SENGOV", "MRTGOV"},
		{"BRUSSELS (dpa) - The European Commission opened an anti-subsidy investigation into Chinese solar panels on Wednesday.\n\nFrance and Italy welcomed the investigation.", "051", "ITA", "IGO"},
		// homes torched are their people's
		{"PORT-AU-PRINCE (AP) - Gangs attacked a police station in Haiti's capital on Monday.\n\nGang members torched dozens of homes in nearby Fort National.", "171", "HTICRM", "HTICVL"},
		// members of a group are the group's; an extradition; pepper spray on a crowd; a
		// reporting aside is no subject
		{"TEGUCIGALPA (Reuters) - Honduras' Supreme Court approved a request from Washington on Tuesday.\n\nPolice had arrested 23 suspected members of the cartel in overnight raids.", "173", "HNDCOP", "HNDCRM"},
		{"TEGUCIGALPA (Reuters) - Honduras' Supreme Court on Tuesday approved the extradition to the United States of cartel leader Nery Castellanos.", "063", "HND", "USA"},
		{"PRISTINA (Reuters) - Serbs rallied in northern Kosovo on Monday.\n\nOfficers used pepper spray to push back a crowd outside the police station.", "175", "KSVCOP", "KSVCVL"},
		{"GOMA (Reuters) - Congo and the M23 rebels swapped 176 prisoners on Friday, a Qatari official said.\n\nThe army, officials said, had shelled the rebels.", "194", "CODMIL", "CODREB"},
		// "both", whatever its tag, opens the list it coordinates
		{"DHAKA (AFP) - Shells from fighting in Myanmar landed in Bangladesh on Monday.\n\nUNHCR appealed to both the military and the Arakan Army to spare civilians.", "020", "IGO", "MMRREB"},
		// rejecting a protest or objections denies the accusation in them (016)
		{"MANILA (Reuters) - Chinese coast guard ships fired water cannon at a Philippine boat on Monday. Manila lodged a diplomatic protest with Beijing.\n\nBeijing rejected the protest.", "016", "CHNGOV", "PHL"},
		// drills around a country are exercises against it
		{"TAIPEI (AP) - Taiwan's president returned from a trip to Paraguay on Sunday.\n\nChina's military launched large-scale drills around Taiwan on Monday, sending warships and dozens of fighter jets.", "150", "CHNMIL", "TWN"},
		// an act done "by" doing another: both happened; "the bloc's ambassador" is the bloc's
		{"TBILISI (dpa) - The European Union suspended visa-free travel for Georgian officials on Monday.\n\nTbilisi hit back on Tuesday by summoning the bloc's ambassador.", "114", "GEOGOV", "IGO"},
		// talks "under the mediation of" a body: it mediates between the two
		{"ADDIS ABABA (dpa) - Fighting damaged the oil pipeline on Monday.\n\nSudan and South Sudan held talks in Addis Ababa on Wednesday under the mediation of the African Union.", "045", "IGO", "SSD"},
		// "X and Y said they …": both
		{"LIMA (Reuters) - Peru's Congress removed President Augusto Villanueva on Thursday.\n\nChile and Ecuador said they recognised Huamán as Peru's constitutional president.", "054", "CHL", "PERGOV"},
		// "Eritrea's state broadcaster Eri-TV" is Eritrea's media
		{"ADDIS ABABA (AFP) - Ethiopia's prime minister accused Eritrea of arming rebels on Monday.\n\nEritrea's state broadcaster Eri-TV dismissed the remarks as \"the language of an aggressor\".", "120", "ERIMED", "ETH"},
		// support drawn from another; blame pinned on someone; a demarche delivered; divisions
		// moved towards a border
		{"HANOI (AP) - Chinese coast guard officers boarded a Vietnamese fishing boat on Monday. Vietnam protested to Beijing.\n\nHanoi's complaint drew support from Manila.", "051", "PHL", "VNM"},
		{"YAOUNDE (AFP) - Gunmen attacked a school in Cameroon's North-West region on Monday.\n\nYaoundé, for its part, pinned the blame on the separatists.", "112", "CMRGOV", "CMR"},
		{"ATHENS (Reuters) - Turkish fighter jets entered Greek airspace on Monday.\n\nThe foreign ministry also delivered a demarche to the Turkish ambassador in Athens.", "114", "GRCGOV", "TUR"},
		{"ADDIS ABABA (AFP) - Tension rose on the Ethiopia-Eritrea border on Monday.\n\nEthiopia has moved at least two mechanised divisions towards the Eritrean border.", "154", "ETH", "ERI"},
		// forces deployed "facing" another's
		{"ADDIS ABABA (AFP) - Tension rose on the Ethiopia-Eritrea border on Monday.\n\nEritrea deployed artillery facing the Ethiopian positions around Zalambessa.", "154", "ERI", "ETH"},
		// a text referred back to is made where it was introduced, not where "the" names it again
		{"BRUSSELS (dpa) - The European Commission on Wednesday opened an anti-subsidy investigation into solar panels imported from China. Under EU rules, it has up to 13 months to conclude the investigation. China's Ministry of Commerce condemned the investigation on Thursday.\n\nAmong member states, France and Italy welcomed the investigation, while Germany urged caution.", "051", "ITA", "IGO"},
		// "opposition leaders", "separatist leaders": the group the modifier names; a participle
		// shares the subject of its clause, not of a nominal event in the clause's object
		{"YAOUNDE (AFP) - Gunmen attacked a school on Monday.\n\nPolice arrested opposition leaders in Yaounde.", "173", "CMRCOP", "CMROPP"},
		{"YAOUNDE (AFP) - Gunmen attacked a school on Monday.\n\nThe United States \"strongly condemns\" the separatists' attack on children and teachers in Kumbo, State Department spokesman Mark Ellery wrote on X late on Wednesday, urging the government and separatist leaders alike to \"take concrete steps toward an inclusive dialogue.\"", "026", "USA", "CMRREB"},
		// a bare "the army" is the last army the text named with its country, not the story's
		{"DHAKA (AFP) - Shells from fighting between Myanmar's military and the Arakan Army landed in Bangladesh on Monday, Bangladeshi officials said.\n\nThe Arakan Army accused the military of shelling villages indiscriminately.", "112", "MMRREB", "MMRMIL"},
		// "its executive secretary" after an international body is the body's, not its seat's
		{"ADDIS ABABA (AFP) - Ethiopia moved troops to the Eritrean border on Monday.\n\nThe regional bloc IGAD, based in Djibouti, called an emergency meeting, and its executive secretary, Fatuma Abdi Warsame, offered to mediate between Addis Ababa and Asmara.", "039", "IGO", "ERIGOV"},
		// "The US special envoy for the Horn of Africa, NAME": the title's country, its remit
		// aside
		{"ADDIS ABABA (AFP) - Ethiopia moved troops to the Eritrean border on Monday.\n\nThe US special envoy for the Horn of Africa, Daniel Whitfield, arrived in Addis Ababa on Wednesday and held talks with Prime Minister Abiy Lemma.", "046", "USAGOV", "ETHGOV"},
		// the specific row of a verb is tried before the one that always applies
		{"Wire report.\n\nStudents in Santiago demonstrated against the Chilean government.", "141", "CHLEDU", "CHLGOV"},
	})
}

// TestInsistingIsNotAlwaysDemanding: insisting that something happened asserts it.
func TestInsistingIsNotAlwaysDemanding(t *testing.T) {
	wantNone(t, "MEXICO CITY (AP) - Mexico sent 26 cartel figures to the United States.\n\nPresident Lucía Montes insisted that Mexico had acted on its own.", "2027-05-05", "10")
}

// TestFearedConsequencesAndEndDates: what a warning says "would" happen did not happen; a
// date after "until" is when something ends; a tear gas canister is a thing.
func TestFearedConsequencesAndEndDates(t *testing.T) {
	forbid(t, "MUSCAT (Reuters) - Oman freed a French smuggler on Monday.\n\nLawmaker Thierry Vasseur warned that the deal would encourage Iran to seize more foreigners.", "2027-05-05", "a feared consequence coded as done", func(e chronicle.Event) bool {
		return e.Root == "02" && e.Mode != "hypothetical"
	})
	forbid(t, "HARARE (AFP) - Zimbabwean police arrested 34 opposition activists on Saturday.\n\nA magistrate in Harare remanded the activists in custody until March 29.", "2027-05-05", "dated by the end of custody", func(e chronicle.Event) bool {
		return e.Date == "2027-03-29"
	})
	wantNone(t, "SANTIAGO (Reuters) - Chilean police dispersed a march on Tuesday.\n\nA student remained in hospital after being struck in the face by a tear gas canister.", "2027-05-05", "17")
}

// TestAnActToldAgain: an agentless passive that tells an act again is by whoever did it the
// first time, not by the state of the story.
func TestAnActToldAgain(t *testing.T) {
	evs := events(t, "CHENNAI, India (Reuters) - India summoned Sri Lanka's envoy on Wednesday, a day after the Sri Lankan navy arrested 19 Indian fishermen. India's foreign ministry and India's fisheries minister protested.\n\nThe fishermen were detained before dawn on Tuesday.", "2027-05-05")
	n := 0
	for _, e := range evs {
		if e.Root == "17" && e.Sentence == 2 {
			n++
			if !strings.HasPrefix(e.Source.Code, "LKA") {
				t.Errorf("detained by %s, want Sri Lanka's navy: %s", e.Source.Code, describe([]chronicle.Event{e}))
			}
		}
	}
	if n == 0 {
		t.Errorf("no detention in the second paragraph: %s", describe(evs))
	}
}

// TestListsReferredBack: "the three European countries" are not three others listed later.
func TestListsReferredBack(t *testing.T) {
	forbid(t, "TEHRAN (dpa) - Britain, France and Germany urged Iran on Monday to let the inspectors back. Russia, China and Nicaragua voted against the resolution.\n\nForeign ministry spokesman Hossein Karimi of Iran accused the three European countries of turning the agency into \"a tool of pressure\".", "2027-05-05", "a non-European country accused", func(e chronicle.Event) bool {
		return e.Root == "11" && (e.Target.Code == "CHN" || e.Target.Code == "NIC" || e.Target.Code == "RUS")
	})
}

// TestInsistingOnAFact: "insisted that its disputes are bilateral" states, it does not demand.
func TestInsistingOnAFact(t *testing.T) {
	wantNone(t, "ISLAMABAD (Reuters) - India held back water bound for Pakistan last week.\n\nIndia, which has long insisted that its water disputes with Pakistan are a bilateral matter, turned the offer down.", "2027-05-05", "10")
}

// TestNoSubjectAfterPrepositionAndPossessive: "wrote to his Indian counterpart demanding data":
// the counterpart demands nothing.
func TestNoSubjectAfterPrepositionAndPossessive(t *testing.T) {
	forbid(t, "ISLAMABAD (Reuters) - India held back water bound for Pakistan last week.\n\nPakistan's Indus commissioner, Tariq Mehmood, wrote to his Indian counterpart on Monday demanding data on water flows.", "2027-05-05", "the counterpart taken for the subject", func(e chronicle.Event) bool {
		return e.Root == "10" && strings.HasPrefix(e.Source.Code, "IND")
	})
}

// TestWitnessesAreNoActors: what a news agency's witnesses saw is not their act.
func TestWitnessesAreNoActors(t *testing.T) {
	forbid(t, "LIMA (Reuters) - Peru's Congress removed the president on Thursday.\n\nWhen the result was announced, some of them hurled stones and fireworks at riot police guarding the building, Reuters witnesses said.", "2027-05-05", "the agency's witnesses act", func(e chronicle.Event) bool {
		return strings.HasSuffix(e.Source.Code, "MED") || strings.HasPrefix(e.Source.Code, "GBR")
	})
}

// TestDatelineDateIsNoEventDate: "TUNIS, May 20 - … on Tuesday": the event is Tuesday's.
func TestDatelineDateIsNoEventDate(t *testing.T) {
	evs := events(t, "TUNIS, May 20 - A Tunisian court sentenced a prominent radio journalist to two years in prison on Tuesday for spreading \"false news\".", "2026-05-20")
	for _, e := range evs {
		if e.Root == "17" && e.Date != "2026-05-19" {
			t.Errorf("dated %q, want 2026-05-19 (the Tuesday before): %s", e.Date, describe([]chronicle.Event{e}))
		}
	}
	if len(evs) == 0 {
		t.Error("no event")
	}
}

// TestNoMediationWithoutTalks: "open to talks under the auspices of the AU" holds none.
func TestNoMediationWithoutTalks(t *testing.T) {
	wantNone(t, "ADDIS ABABA (Reuters) - Egypt accused Ethiopia of filling the dam on Monday.\n\nEthiopian Prime Minister Dawit Alemu rejected what he called \"colonial-era claims\" to the Nile and said his government remained open to talks under the auspices of the African Union.", "2027-05-05", "04")
}

// TestGappedClauses: "and Japan 3 million dollars" leaves the verb out; Japan pledged too, and
// is no second recipient.
func TestGappedClauses(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"DHAKA (Reuters) - China pledged 5 million dollars in emergency aid to Bangladesh and Japan 3 million dollars.", "033", "JPN", "BGD"},
		{"TALLINN (Reuters) - Britain sent 300 troops to Estonia and France 200.", "154", "FRA", "EST"},
		// "and six arrested": the participle shares the first clause's auxiliary
		{"PORT-AU-PRINCE (Reuters) - Haitian police fought gangs on Monday. Police said 11 gang members had been killed and six arrested.", "173", "HTICOP", "HTICRM"},
	})
	forbid(t, "DHAKA (Reuters) - China pledged 5 million dollars in emergency aid to Bangladesh and Japan 3 million dollars.", "2027-05-05", "Japan taken for a recipient", func(e chronicle.Event) bool {
		return e.Target.Code == "JPN"
	})
}

// TestAirspace: military aircraft entering another's airspace show force (150) against the
// country whose airspace it is ("its" after a complaint to NATO is no IGO's); the flights
// judged later are theirs.
func TestAirspace(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"ATHENS (Reuters) - Greece lodged a formal complaint with NATO on Wednesday after Turkish fighter jets entered its airspace dozens of times.", "150", "TURMIL", "GRC"},
		{"WARSAW (Reuters) - A Russian drone briefly violated Polish airspace on Sunday, the Polish army said.", "150", "RUSMIL", "POL"},
		{"ATHENS (Reuters) - Turkish fighter jets entered Greek airspace dozens of times on Tuesday.\n\nCyprus condemned the overflights as \"yet another provocation\".", "111", "CYP", "TURMIL"},
	})
	wantNone(t, "Wire report.\n\nThe airline's planes entered service in 2019.", "2027-05-05", "15")
}

// TestOpeningPlace: "In Nairobi, opposition lawmakers renewed their calls …" in a story on
// Haiti are Kenya's lawmakers, and their renewed calls are an appeal.
func TestOpeningPlace(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"PORT-AU-PRINCE (Reuters) - Kenyan police officers fought gangs in Haiti on Monday. Haitian police said six gang members were arrested.\n\nIn Nairobi, opposition lawmakers renewed their calls on Tuesday for the government to bring the officers home.", "020", "KENLEG", "KEN"},
	})
	// …but a body named there only speaks from it: the government it urges is not the place's
	forbid(t, "ANTANANARIVO (AFP) - Madagascar's police fired tear gas at protesters on Tuesday.\n\nIn Geneva, the UN human rights office urged the government to open an independent investigation.", "2027-05-05", "the government taken for Switzerland's", func(e chronicle.Event) bool {
		return e.Target.Code == "CHEGOV" || e.Target.Code == "CHE"
	})
}

// TestAttackAsSubject: the doer of an attack named as a subject ("Turkish drone strikes on PKK
// positions in northern Iraq killed six civilians") did the killing; a nationality before the
// attack noun is its doer.
func TestAttackAsSubject(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"ERBIL, Iraq, May 15 (Reuters) - Turkish drone strikes on suspected Kurdistan Workers Party (PKK) positions in northern Iraq killed six civilians on Sunday, local officials said.", "190", "TUR", "IRQ"},
		{"GAZA (Reuters) - Fighting continued on Monday.\n\nIsraeli airstrikes on Gaza killed 20 people on Monday.", "195", "ISR", "PSE"},
	})
	forbid(t, "ERBIL, Iraq, May 15 (Reuters) - Turkish drone strikes on suspected Kurdistan Workers Party (PKK) positions in northern Iraq killed six civilians on Sunday, local officials said.", "2027-05-05", "Iraq taken for the killer", func(e chronicle.Event) bool {
		return e.Root == "19" && strings.HasPrefix(e.Source.Code, "IRQ")
	})
}

// TestTheTwoGovernments: "the two governments" after a story naming two countries (in no list)
// are those two; a relative clause after "to which" is no subject.
func TestTheTwoGovernments(t *testing.T) {
	text := "KIGALI (Reuters) - Burundi closed its border with Rwanda on Tuesday after accusing Rwanda of backing rebels.\n\nThe East African Community, to which both countries belong, urged the two governments to \"exercise restraint\"."
	wantCodes(t, "2027-05-05", []codeCase{{text, "0256", "IGO", "RWAGOV"}, {text, "0256", "IGO", "BDIGOV"}})
}

// TestBorderClosedOnTheNeighbour: "closed the crossing" blockades the other country the story is
// about, not the closer's own; "closed the country's borders" names no neighbour.
func TestBorderClosedOnTheNeighbour(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"ISLAMABAD (AP) - Afghan and Pakistani forces clashed at Torkham on Tuesday. Afghanistan said Pakistan started it. Kabul protested.\n\nPakistani authorities closed the crossing to trucks and pedestrians early Wednesday.", "191", "PAK", "AFG"},
	})
	forbid(t, "N'DJAMENA (Reuters) - Chadian soldiers seized the broadcaster in Chad on Tuesday. Sudan and Sudan's army said they were watching.\n\nChad's army said it had closed the country's borders.", "2027-05-05", "a neighbour invented for all borders", func(e chronicle.Event) bool {
		return e.Root == "19" && strings.HasPrefix(e.Source.Code, "TCD") && e.Target.Code == "SDN"
	})
}

// TestUnnamedSpokesmanContinued: "a spokesman for North Korea's defence ministry said … . He
// accused Washington": he is that spokesman, not the last person named; but "NAME, a
// spokeswoman for the Alliance," is the one named.
func TestUnnamedSpokesmanContinued(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"PYONGYANG (Reuters) - Foreign ministry spokesperson Wang Lei of China urged restraint.\n\nOn Monday, a spokesman for North Korea's defence ministry said in a statement that the country would take countermeasures. He accused Washington of turning the peninsula into \"a powder keg\".", "112", "PRK", "USA"},
	})
	forbid(t, "BELGRADE (Reuters) - Serbian farmers protested on Monday. The minister accused the farmers' group of taking foreign money.\n\nJelena Markovic, a spokeswoman for the Alliance for Serbian Farmers, dismissed the accusation.", "2027-05-05", "the body named after the apposition taken for the subject", func(e chronicle.Event) bool {
		return e.Root == "01" && !strings.HasPrefix(e.Source.Code, "SRB")
	})
}

// TestEachOther: "Both governments blamed each other" is two accusations, one each way; "warned
// Cambodia that any further incursion would be met with …" warns Cambodia (of force: 138).
func TestEachOther(t *testing.T) {
	text := "BANGKOK (AP) - Thai and Cambodian soldiers exchanged fire near a disputed temple on Wednesday. Thailand blamed Cambodia.\n\nBoth governments blamed each other for starting the clash."
	wantCodes(t, "2027-05-05", []codeCase{
		{text, "112", "THA", "KHM"}, {text, "112", "KHM", "THA"},
		{"BANGKOK (AP) - Thai and Cambodian soldiers exchanged fire near a disputed temple on Wednesday. Thailand blamed Cambodia.\n\nArmy chief Gen. Chatchai Boonmee warned Cambodia that any further incursion would be met with \"a decisive response\".", "138", "THA", "KHM"},
	})
}

// TestRescueTeamsAndAidFlights: a foreign rescue team arriving, rescuers flown in and a plane
// landing with relief are humanitarian aid to the stricken country.
func TestRescueTeamsAndAidFlights(t *testing.T) {
	ctx := "KATHMANDU (AP) - A strong earthquake killed hundreds of people in western Nepal on Monday. Nepal appealed for aid.\n\n"
	wantCodes(t, "2027-05-05", []codeCase{
		{ctx + "A 60-member Chinese rescue team from Sichuan province arrived in Kathmandu on a chartered flight Wednesday morning.", "073", "CHN", "NPL"},
		{ctx + "India's National Disaster Response Force flew in two search-and-rescue teams with sniffer dogs on Tuesday.", "073", "IND", "NPL"},
		{ctx + "An Indian air force C-17 transport plane landed in Nepalgunj carrying 30 tons of tents, blankets and medicines.", "073", "IND", "NPL"},
		// "India's external affairs minister" is India's
		{ctx + "India's external affairs minister spoke by telephone with his Nepalese counterpart.", "041", "INDGOV", "NPL"},
		// assistance offered after speaking with someone is offered to them
		{ctx + "India's foreign minister spoke by telephone with his Nepalese counterpart and offered all possible assistance.", "033", "INDGOV", "NPL"},
	})
}

// TestRushedToCondemn: "rushed to condemn" condemned; "plans to condemn" did not.
func TestRushedToCondemn(t *testing.T) {
	ctx := "BRASILIA (AFP) - Brazil's Supreme Court ordered the arrest of a former defence minister on Thursday.\n\n"
	wantCodes(t, "2027-05-05", []codeCase{{ctx + "Opposition lawmakers rushed to condemn the ruling.", "111", "BRALEG", "BRA"}})
	wantNone(t, ctx+"Opposition lawmakers plan to condemn the ruling.", "2027-05-05", "11")
}

// TestAccidentsHaveNoDoer: "a collapse at its mine killed six workers" is no one's attack.
func TestAccidentsHaveNoDoer(t *testing.T) {
	wantNone(t, "SANTIAGO (Reuters) - Chilean copper miners went on strike on Monday.\n\nThe company's production fell to a 25-year low in 2023, and a collapse at its El Teniente mine in July 2025 killed six workers.", "2027-05-05", "19", "18")
}

// TestTheDiplomatsNamedBefore: "the diplomats" are the Indian diplomats named before.
func TestTheDiplomatsNamedBefore(t *testing.T) {
	ctx := "OTTAWA (Reuters) - Canada expelled four Indian diplomats on Wednesday. India protested.\n\n"
	wantCodes(t, "2027-05-05", []codeCase{{ctx + "Police said the diplomats used local intermediaries to pass warnings to Sikh activists.", "130", "IND", "CAN"}})
}

// TestSixteenthPass holds the sixteenth events pass (errors seen on devnew13–devnew23).
func TestSixteenthPass(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		// "The International Monetary Fund's executive board" is the fund's
		{"LUSAKA (Reuters) - Zambia agreed a debt deal with China on Monday.\n\nThe International Monetary Fund's executive board approved a disbursement of about $185 million to Zambia on Thursday.", "071", "IGO", "ZMB"},
		// "the copper producer" describes the country last named
		{"LUSAKA (Reuters) - Zambia agreed a debt deal with China on Monday.\n\nThe IMF approved a disbursement of about $185 million to Zambia on Thursday, after the copper producer agreed with China and other creditors to restructure its debt.", "019", "ZMB", "CHN"},
		// a loan approved for a country is economic aid to it
		{"NAIROBI (Reuters) - Kenya's debt talks resumed on Monday.\n\nThe World Bank approved a $500 million loan for Kenya.", "071", "IGO", "KEN"},
		// supporters with no one named are a crowd; ", many of them farmers …," is an aside
		{"LIMA (Reuters) - Peru's Congress removed the president on Thursday.\n\nSeveral thousand Villanueva supporters, many of them farmers who had travelled by bus from the southern regions of Puno and Cusco, rallied outside the Legislative Palace throughout the debate.", "141", "PERCVL", "PER"},
		// a parliament that voted to remove a president removed him (172)
		{"LIMA (Reuters) - Thousands protested in Lima on Friday.\n\nPeru's Congress voted late on Thursday to remove President Augusto Villanueva.", "172", "PERLEG", "PERGOV"},
		// "will expel … if …": a threat made now
		{"TBILISI (Reuters) - The EU suspended visa-free travel for Georgian officials on Monday.\n\nGeorgia will expel EU diplomats if the sanctions are not lifted.", "136", "GEO", "IGO"},
		// a quoted judgement of an act: "counterproductive"
		{"PRAGUE (Reuters) - The Czech Republic expelled 14 Russian diplomats on Monday.\n\nRussia's foreign ministry said the expulsions were \"counterproductive\".", "111", "RUSGOV", "CZE"},
		// a relative clause between a coordinated subject and its verb
		{"JUBA (dpa) - South Sudan stopped pumping crude on Monday.\n\nDelegations from Juba and Port Sudan, where Sudan's army-led government is based, held talks in Addis Ababa on Wednesday under the mediation of the African Union panel.", "046", "SSD", "SDN"},
		// "senior Commission officials" are the commission's
		{"BRUSSELS (Reuters) - The European Commission imposed duties on Chinese pork on Monday.\n\nChina's ambassador to the EU, Cai Run, met senior Commission officials in Brussels on Tuesday.", "044", "CHNGOV", "IGO"},
		// vowing to march is a threat of protest
		{"CHISINAU (AP) - Police detained 27 protesters on Monday.\n\nThe opposition leader vowed to march on parliament next Sunday.", "133", "MDAOPP", "MDA"},
		// dismissing a minister is a change of leadership, not a rejection
		{"ANTANANARIVO (AFP) - Security forces fired tear gas at protesters on Monday.\n\nRasolofo announced he had dismissed Energy Minister Tahina Razafindrakoto.", "0831", "MDG", "MDGGOV"},
		// "the two neighbors" are the two countries named before, not the mediator; "alongside
		// Turkey" is no party to the cease-fire
		{"ISLAMABAD (AP) - Afghan and Pakistani forces clashed at Torkham on Tuesday. Pakistan blamed Afghanistan.\n\nQatar, which mediated a cease-fire between the two neighbors alongside Turkey in October 2025, urged both sides to exercise restraint.", "045", "QAT", "AFG"},
		// stopping gas deliveries to a country is an embargo on it
		{"CHISINAU (AP) - Moldova's gas dispute with Russia deepened on Monday.\n\nRussia stopped gas deliveries to Moldova.", "163", "RUS", "MDA"},
		// "We hope X will …" appeals to X
		{"BEIJING (Reuters) - North Korea fired a ballistic missile on Wednesday.\n\n\"We hope the United States and the DPRK will meet each other halfway,\" foreign ministry spokesperson Wang Lei of China told a regular briefing in Beijing.", "020", "CHN", "PRK"},
		// requesting a meeting of the Security Council appeals to it
		{"TOKYO (Reuters) - North Korea fired a ballistic missile on Wednesday.\n\nThe United States and Japan requested closed-door consultations of the Security Council on the launch.", "020", "JPN", "IGO"},
		// "Twenty of the detainees" are the detainees; truck drivers are labour
		{"SANTIAGO (Reuters) - Chilean police detained 40 striking miners on Tuesday.\n\nTwenty of the detainees were released by a judge in Calama on Thursday.", "084", "CHLJUD", "CHLCVL"},
		{"PESHAWAR (AP) - Pakistan closed the Torkham crossing on Tuesday.\n\nHundreds of truck drivers and laborers blocked the highway near the Pakistani border town of Landi Kotal on Wednesday.", "144", "PAKLAB", "PAK"},
		// dismissing a protest answers whoever lodged it
		{"JAKARTA (Reuters) - Indonesia seized two Vietnamese fishing boats near Natuna on Monday. Vietnam lodged a protest with Indonesia's embassy in Hanoi.\n\nIndonesian Foreign Minister Laksmi Wiradinata dismissed the protest.", "016", "IDNGOV", "VNM"},
		// "the foreign ministers of both countries": one for each country
		{"YEREVAN (Reuters) - Armenia accused Azerbaijan of a drone strike on Monday. Baku denied it.\n\nThe OSCE said its chairperson-in-office had spoken by telephone with the foreign ministers of both countries.", "041", "IGO", "AZEGOV"},
		{"YEREVAN (Reuters) - Armenia accused Azerbaijan of a drone strike on Monday. Baku denied it.\n\nThe OSCE said its chairperson-in-office had spoken by telephone with the foreign ministers of both countries.", "041", "IGO", "ARMGOV"},
		// a third party ready to convene a meeting of "the two foreign ministers" offers to
		// mediate between the two countries the text has named
		{"KIGALI (Reuters) - Burundi closed its border with Rwanda on Tuesday after accusing Rwanda of backing rebels. The East African Community urged restraint.\n\nIts secretary general, Anne Kariuki, said she was ready to convene a meeting of the two foreign ministers.", "039", "IGO", "BDIGOV"},
		// unnamed protesters with no place in their sentence are of the
		// country the story is filed from, when it is about it too, not of the most named one.
		{"ERBIL, Iraq (Reuters) - Turkey's defence ministry said its jets struck PKK positions on Sunday. Turkish officials said Turkish forces would continue. Iraq summoned Turkey's ambassador.\n\nHundreds of people protested outside a Turkish military base on Monday.", "141", "IRQCVL", "TUR"},
		// "The international envoy … annulled a law passed by the Bosnian Serb
		// parliament": an international body's official rejects the parliament's law.
		{"SARAJEVO (AFP) - Bosnia's crisis deepened on Tuesday.\n\nThe international envoy overseeing Bosnia's peace deal on Tuesday annulled a law passed by the Bosnian Serb parliament.", "120", "IGO", "BIHLEG"},
		// "A group of protesters" are the protesters; "the police line guarding the
		// building" is the police.
		{"LIMA (Reuters) - Peru's Congress removed the president on Thursday.\n\nA group of protesters threw stones at police.", "145", "PERCVL", "PERCOP"},
		{"LIMA (Reuters) - Peru's Congress removed the president on Thursday.\n\nYoung men threw stones at the police line guarding the building.", "145", "PERCVL", "PERCOP"},
		// "Lawyers for the president filed an appeal" is the president's
		// appeal; dissolving a parliament is an administrative sanction on it, and a country's "House of
		// Representatives" is its own, not the US House.
		{"LIMA (Reuters) - Peru's Congress removed the president on Thursday.\n\nLawyers for the president filed an appeal with the Supreme Court on Wednesday.", "115", "PERGOV", "PERJUD"},
		{"KATHMANDU (Reuters) - Nepal's crisis deepened on Tuesday.\n\nNepal's President Ram Prasad Khanal dissolved the House of Representatives on Wednesday.", "172", "NPLGOV", "NPLLEG"},
		// "the charity" is the charity named before, and the charge after "of" does not
		// make it a country's.
		{"ATHENS (Reuters) - The charity Save the Children accused Greece of pushing back migrants on Tuesday.\n\nA government spokesman accused the charity of \"working hand in hand with the smugglers.\"", "112", "GRCGOV", "NGO"},
		// "sent reinforcements to the border in eastern Nangarhar province"
		// faces the neighbour the story is about, not the sender's own province.
		{"KABUL (AP) - Afghan and Pakistani forces clashed at the Torkham crossing on Tuesday. Pakistan blamed Afghanistan. Kabul blamed Pakistan.\n\nAfghanistan's Defense Ministry said it had sent reinforcements to the border in eastern Nangarhar province.", "154", "AFG", "PAK"},
		// suspending or banning imports of a country's goods is an embargo on it.
		{"BANGKOK (AP) - Thai and Cambodian soldiers exchanged fire near a disputed temple on Wednesday. Thailand blamed Cambodia.\n\nCambodia responded on Thursday by suspending imports of Thai fruit and vegetables.", "163", "KHM", "THA"},
		{"BEIJING (Reuters) - Japan began releasing water from the plant on Monday.\n\nChina banned imports of Japanese seafood.", "163", "CHN", "JPN"},
		// an ambassador recalled "for consultations" leaves the country the story is about
		{"CEUTA, Spain (Reuters) - Thousands of migrants swam into Ceuta on Wednesday. Spain summoned Morocco's ambassador, Karim Bennani.\n\nMorocco recalled Bennani for consultations on Thursday.", "161", "MAR", "ESP"},
		// a high commissioner or consul summoned is a diplomat summoned;
		// "the ministry" is the ministry the text named before.
		{"OTTAWA (Reuters) - Canada expelled six Indian diplomats on Monday.\n\nIndia's Ministry of External Affairs rejected the accusations as \"preposterous\".\n\nIn a statement issued late on Wednesday, the ministry said it had summoned Canada's acting high commissioner in New Delhi.", "114", "IND", "CAN"},
		// "Two Republican senators called on the administration": their own,
		// not the government of the country the story is about.
		{"BRASILIA (AFP) - Brazil's Supreme Court ordered the arrest of a former defence minister on Thursday. In Washington, the State Department said it was following the case closely.\n\nTwo Republican senators went further, calling on the administration to impose sanctions on the judge.", "020", "USALEG", "USAGOV"},
	})
}

// TestOwnCouncilConvened: a president convening his own security council mediates nothing.
func TestOwnCouncilConvened(t *testing.T) {
	wantNone(t, "BISHKEK (Reuters) - Kyrgyz and Tajik troops clashed on the border on Monday.\n\nKyrgyz President Sadyr Japarov convened an emergency meeting of the Security Council.", "2027-05-05", "04")
}

// TestTheTwoAgreed: "… spoke by phone with his Estonian counterpart, and the two leaders agreed
// to set up a task force": each agreed with the other.
func TestTheTwoAgreed(t *testing.T) {
	text := "HELSINKI (Reuters) - Finnish Prime Minister Jussi Kallio spoke by phone on Monday with his Estonian counterpart, Liisa Tamm.\n\nThe two leaders agreed to set up a joint task force of their coast guards."
	wantCodes(t, "2027-05-05", []codeCase{{text, "030", "FIN", "EST"}, {text, "030", "EST", "FIN"}})
}

// TestDenialAnswersTheAccuser: "denied that Russia had anything to do with the fire" answers
// whoever accused Russia, not Russia.
func TestDenialAnswersTheAccuser(t *testing.T) {
	wantCodes(t, "2027-05-05", []codeCase{
		{"PRAGUE (Reuters) - The Czech Republic expelled 14 Russian diplomats on Monday, accusing Moscow of an arson attack.\n\nKremlin spokesman Anton Shilov denied that Russia had anything to do with the fire.", "016", "RUS", "CZE"},
	})
}

// TestHopedForIsNotDone: what a speaker hopes others will do has not happened.
func TestHopedForIsNotDone(t *testing.T) {
	wantNone(t, "BEIJING (Reuters) - North Korea fired a ballistic missile on Wednesday.\n\n\"We hope the United States and the DPRK will meet each other halfway,\" foreign ministry spokesperson Wang Lei of China said.", "2027-05-05", "03", "04")
}

// TestNoOneAgreesWithThemselves: a mention is never both sides of one event.
func TestNoOneAgreesWithThemselves(t *testing.T) {
	forbid(t, "BRUSSELS (Reuters) - The European Commission imposed duties on Chinese pork on Monday.\n\nChina's ambassador to the EU, Cai Run, met senior Commission officials in Brussels on Tuesday to present Beijing's position, a Commission spokesman said. The two sides agreed to hold further technical talks next week.", "2027-05-05", "one mention on both sides", func(e chronicle.Event) bool {
		return e.Source.End > e.Source.Start && e.Source.Start == e.Target.Start && e.Source.Code == e.Target.Code
	})
}

// TestSpeculationIsNoThreat: "might impose sanctions if talks fail" is the narrator's guess.
func TestSpeculationIsNoThreat(t *testing.T) {
	forbid(t, "WASHINGTON (Reuters) - Talks with Iran resumed on Monday.\n\nThe United States might impose new sanctions on Iran if talks fail.", "2027-05-05", "a guess coded as a threat or an act", func(e chronicle.Event) bool {
		return e.Root == "13" || e.Root == "16" && e.Mode == ""
	})
}

// TestNoOneDidIt: "No U.N. member state, including Russia, recognizes it" is no recognition.
func TestNoOneDidIt(t *testing.T) {
	forbid(t, "CHISINAU (AP) - Moldova cut gas to Transnistria on Monday.\n\nNo U.N. member state, including Russia, recognizes it.", "2027-05-05", "a recognition no one gave", func(e chronicle.Event) bool {
		return e.Root == "05" && !e.Negated
	})
}

// TestNotDoneActs: blockades police broke up are not the police's blockades, and what someone is
// accused of is no event of the accused.
func TestNotDoneActs(t *testing.T) {
	wantNoCodes(t, "2029-02-07", []codeCase{
		{"POTOSÍ, Bolivia (AP) - Bolivian police detained at least 38 people on Monday as they broke up road blockades in the southern region of Potosí.", "191", "BOLCOP", "BOL"},
		{"WARSAW, Poland (AP) — Poland sent troops to its border on Wednesday, and the government accused Minsk of waging a \"hybrid attack\" against the European Union.", "190", "BLR", "IGO"},
	})
}

func TestSeventeenthPass(t *testing.T) {
	wantCodes(t, "2028-11-19", []codeCase{
		// a verb after "and" is its own event even where the first verb's target was filled in
		{"DHAKA (AP) - Police arrested four leaders of the opposition Jamaat-e-Islami party on Sunday.\n\nThe governing party denied involvement and accused Jamaat of starting the fight.", "112", "BGD", "BGDPTY"},
		// "a move that was condemned by X": whoever did the act just told
		{"DUBAI (Reuters) - Shipping slowed on Monday.\n\nIran seized a British tanker on Tuesday, a move that was condemned by Britain and the United States.", "111", "USA", "IRN"},
		{"DUBAI (Reuters) - Shipping slowed on Monday.\n\nIran seized a British tanker on Tuesday, which was condemned by Britain.", "111", "GBR", "IRN"},
		// a participle's "it" is what the clause before acted on
		{"DUBAI (Reuters) - Shipping slowed on Monday.\n\nIran's Revolutionary Guards seized a Malta-flagged oil tanker on Tuesday, accusing it of smuggling fuel.", "112", "IRNMIL", "MLT"},
		// "Its" skips a relative clause of the sentence before
		{"DUBAI (Reuters) - Iran seized a tanker on Tuesday.\n\nOman, which has long served as a go-between for Tehran and Western capitals, offered to mediate. Its foreign minister spoke by telephone with his Iranian counterpart on Wednesday and offered Muscat's good offices, the Omani foreign ministry said.", "041", "OMNGOV", "IRNGOV"},
		// funds frozen or withheld for a country reduce aid to it
		{"BRUSSELS (AP) - EU ministers met on Monday.\n\nThe European Commission froze about 7.8 billion euros in funds earmarked for Hungary on Wednesday.", "162", "IGO", "HUN"},
		{"CAIRO (AP) - Protests spread on Monday.\n\nThe United States has withheld military aid to Egypt.", "162", "USA", "EGY"},
		// a trip to come for talks is an intent to meet
		{"KYIV (AP) - Hungary blocked an EU loan on Monday.\n\nUkraine said Deputy Prime Minister Oksana Hrytsenko would travel to Budapest next week for talks.", "036", "UKRGOV", "HUN"},
		// "threatened to strike Beirut" is a threat of force; "threatened to strike" a strike
		{"TEL AVIV (Reuters) - Rockets hit northern Israel on Tuesday.\n\nIsraeli Defense Minister Avner Golan threatened to strike Beirut if the rocket fire continued.", "138", "ISRGOV", "LBNGOV"},
		{"TEL AVIV (Reuters) - Rockets hit northern Israel on Tuesday.\n\nThe unions threatened to strike over pay.", "133", "ISRLAB", "ISR"},
		// a line of credit to a country is economic aid
		{"COLOMBO (Reuters) - Sri Lanka raised taxes on Wednesday.\n\nIndia announced a $500 million line of credit to help Sri Lanka pay for fuel.", "071", "IND", "LKA"},
		// helicopters act for their nationality's military
		{"MOGADISHU (Reuters) - Al-Shabaab fighters attacked an Ethiopian base in Somalia on Tuesday.\n\nEthiopian helicopters later pounded al-Shabaab positions around the town.", "194", "ETHMIL", "SOMREB"},
		// a militia's lawmaker accusing "the government" accuses their own
		{"JERUSALEM (AP) - Israeli strikes hit southern Lebanon on Tuesday.\n\nHezbollah lawmaker Hussein Jaber accused the government of \"standing idle while Lebanese are killed\".", "112", "LBN", "LBNGOV"},
		// airspace closed to a neighbour's aircraft; modifiers sharing a head are one actor
		{"ALGIERS (AFP) - Tensions rose on Tuesday.\n\nAlgeria on Wednesday closed its airspace to all Moroccan civilian and military aircraft.", "160", "DZA", "MARMIL"},
		// dismissing the government changes the leadership
		{"ALMATY (Reuters) - Fuel protests spread on Tuesday.\n\nKazakh President Kassym-Jomart Tokayev dismissed the government on Wednesday.", "0831", "KAZGOV", "KAZGOV"},
		// cutting the internet restricts freedoms
		{"ALMATY (Reuters) - Fuel protests spread on Tuesday.\n\nAuthorities cut mobile internet and blocked the main messaging apps nationwide from Wednesday evening.", "1721", "KAZGOV", "KAZ"},
		// "prompted X to reimpose sanctions": X did
		{"CARACAS (AP) - Protests spread on Tuesday.\n\nThe decision prompted the United States to reimpose sanctions on Venezuela.", "163", "USA", "VEN"},
		// "drawing a threat of tariffs from X": X threatens the subject, not the dateline's city
		{"BRUSSELS, March 9 (Reuters) - The European Commission fined Corvane Inc 3.4 billion euros on Thursday, drawing a threat of retaliatory tariffs from Washington within hours.", "1312", "USA", "IGO"},
		// "the militants" are the armed group named before, not the story's country's
		{"NAIROBI (Reuters) - Al Shabaab fighters stormed the Kenyan border town of Elwak on Tuesday.\n\nThe militants attacked a police post with rocket-propelled grenades.", "190", "SOMREB", ""},
		// "the attack" condemned by a state is the armed group's, not the army's reprisal on it;
		// "the attackers" arrested later name no attack
		{"NAIROBI (Reuters) - Al Shabaab fighters stormed the Kenyan border town of Elwak on Tuesday. Three men suspected of guiding the attackers were arrested by police. Air force jets struck an al Shabaab camp in Somalia on Tuesday afternoon.\n\nSomalia's foreign ministry condemned the \"cowardly terrorist attack\".", "111", "SOMGOV", "SOMREB"},
		// "its southern neighbour" is the other country; a participle after a comma goes with
		// the main verb, not the future clause before it
		{"NIAMEY (AFP) - Niger halted crude exports to Benin on Tuesday. Benin protested.\n\nNiger's government said its border with Benin would stay closed, accusing its southern neighbour of sheltering \"terrorists\".", "112", "NERGOV", "BEN"},
		// "the presidency" acts for the government; "a drone strike" is no labour strike
		{"ALGIERS (AFP) - Algeria closed its airspace to Moroccan aircraft on Wednesday.\n\nThe presidency accused Rabat of ordering a drone strike that killed two Algerian lorry drivers.", "112", "DZAGOV", "MARGOV"},
		// judging "the suspension of X" judges whoever suspended it
		{"BERLIN (Reuters) - Burkina Faso's junta suspended the broadcasts of Deutsche Welle on Monday.\n\nGermany's foreign ministry called the suspension of DW \"unacceptable\".", "111", "DEUGOV", "BFA"},
		// a warning that aggression will be answered threatens force
		{"DUBAI (Reuters) - Iran seized a tanker on Monday.\n\nIran warned the United States that any attempt would be met with a crushing response.", "138", "IRN", "USA"},
		{"NIAMEY (AFP) - Niger closed its border with Benin on Monday.\n\nNiger warned that any aggression launched from Benin \"will receive an appropriate response\".", "138", "NER", "BEN"},
		// "vowed to keep marching": the act kept up
		{"ANTANANARIVO (AFP) - Protesters marched in the capital on Monday.\n\nThe protesters vowed to keep marching until the government resigns.", "133", "MDGCVL", "MDG"},
		// countermeasures against a country threaten it
		{"SEOUL (Reuters) - The allies began drills on Monday.\n\nNorth Korea said it would take overwhelming countermeasures against the United States.", "130", "PRK", "USA"},
		// "the U.S. trade representative"; "European goods" in a dispute with the EU are the bloc's
		{"BRUSSELS (Reuters) - The European Commission fined a U.S. company on Monday.\n\nThe U.S. trade representative threatened to impose tariffs on European goods if the fine stands.", "1312", "USAGOV", "IGO"},
		// "would continue to support X" is support to come: an intent
		{"LUSAKA (Reuters) - The IMF approved a loan to Zambia on Monday.\n\nChina said it would continue to support Zambia's development.", "032", "CHN", "ZMB"},
		{"NAIROBI (Reuters) - Militants attacked Elwak on Tuesday.\n\nWashington said it would \"continue to stand with Kenya\" against al Shabaab.", "032", "USA", "KEN"},
		// open to dialogue with a neighbour is an intent to negotiate, not talks held
		{"RABAT (AFP) - Algeria closed its airspace to Moroccan aircraft on Wednesday.\n\nRabat remained open to \"frank and responsible dialogue\" with its neighbour.", "036", "MAR", "DZA"},
		// an opposition spokesman of no named country is of the country the story is filed from
		{"CANBERRA (Reuters) - China lifted duties on Australian wine on Thursday. Chinese officials said Beijing had acted in good faith and China's market was open.\n\nOpposition trade spokesman Angus McRae criticised the government.", "111", "AUSOPP", "AUSGOV"},
		// "they" after "said in a joint statement that" are the ones who said it; a possessor in
		// the object ("the council's decision") is no subject of the next verb
		{"CARACAS (AP) - Venezuela barred the opposition candidate on Tuesday. The National Electoral Council said she was ineligible.\n\nColombia said in a statement that it had received the council's decision \"with deep concern\" and urged the government to resume negotiations.", "026", "COL", "VENGOV"},
		// "Poland …, and the government accused Minsk": Poland's government; the "hybrid attack"
		// it is accused of is the charge, not an attack
		{"WARSAW, Poland (AP) — Poland began moving troops to its border with Belarus on Wednesday after a soldier was stabbed, and the government accused Minsk of waging a \"hybrid attack\" against the European Union. Belarus denied it. Belarus, Minsk and the Belarusian services were blamed.", "112", "POLGOV", "BLRGOV"},
		// border guards act for the police of the story's country
		{"WARSAW, Poland (AP) — Migrants tried to cross from Belarus on Monday, the Border Guard said.\n\nBorder guards detained 11 people who made it across.", "173", "POLCOP", ""},
		// guerrillas act as rebels even where the tagger read the verb as an adjective; a patrol
		// is of the force that modifies it
		{"BOGOTA (AP) - The ELN kidnapped six soldiers in Arauca on Sunday.\n\nDozens of guerrillas ambushed an army patrol on a road near Saravena.", "190", "COLREB", "COLMIL"},
		// bombing farmland strikes the civilians of the place
		{"BOGOTA (AP) - The ELN kidnapped six soldiers in Arauca on Sunday.\n\nThe ELN said military aircraft had bombed farmland near the town, forcing families to flee.", "195", "COLMIL", "COLCVL"},
		// scrambling jets to patrol the frontier faces the neighbour; "Naypyitaw" is Myanmar's capital
		{"MAE SOT, Thailand (Reuters) - Shells from Myanmar hit a Thai village on Wednesday. Myanmar's junta blamed rebels.\n\nThe Thai air force scrambled fighter jets to patrol the frontier.", "152", "THAMIL", "MMR"},
		{"BANGKOK (Reuters) - Thailand lodged a protest with Myanmar's ambassador on Thursday.\n\nThe ministry demanded that Naypyitaw \"take every necessary measure\" to keep the fighting away.", "100", "THAGOV", "MMRGOV"},
		// "the Bosnian Serb leadership" acts as a government
		{"SARAJEVO (Reuters) - The international envoy annulled a Bosnian Serb law on Monday.\n\nThe Bosnian Serb leadership immediately rejected the decision.", "120", "BIHGOV", "IGO"},
		// "detained dozens" after acting on a crowd: the crowd's people
		{"JAKARTA (AFP) - Indonesian police fired water cannon and tear gas at thousands of students outside parliament in Jakarta late Wednesday and detained dozens.", "173", "IDNCOP", "IDNEDU"},
		// ordering a country's consulate closed reduces relations with it
		{"MOGADISHU (Reuters) - Somalia recalled its ambassador from Ethiopia on Tuesday.\n\nThe government also ordered Ethiopia's consulate in the northeastern city of Garowe to close within 72 hours.", "161", "SOMGOV", "ETHGOV"},
		// an offer to mediate naming no one is made to both sides of the story's dispute
		{"ALGIERS (AFP) - Algeria closed its airspace to Moroccan aircraft on Wednesday. Morocco protested.\n\nSaudi Arabia offered to mediate.", "039", "SAU", "MAR"},
		// an ambassador acts for the country that sent them; a title after another clause's
		// nationality and verb is not of that nationality
		{"NIAMEY (AFP) - Niger halted crude exports to Benin on Tuesday.\n\nThe Chinese envoy met Prime Minister Garba Maman on Monday.", "040", "CHNGOV", "NERGOV"},
		{"NIAMEY (AFP) - Niger halted crude exports to Benin on Tuesday.\n\nThe Chinese ambassador criticised Benin.", "111", "CHNGOV", "BEN"},
		// "Germany's foreign office" is its government
		{"BERLIN (Reuters) - Burkina Faso's junta suspended the broadcasts of Deutsche Welle on Monday.\n\nGermany's foreign office called the suspension of DW \"unacceptable\".", "111", "DEUGOV", "BFA"},
		// police deployed around a building
		{"JAKARTA (AFP) - Students protested outside parliament on Wednesday.\n\nPolice have deployed more than 12,000 officers around parliament and the presidential palace.", "153", "IDNCOP", "IDN"},
		// lawmakers walking out dissent (140); workers walking off the job strike (143)
		{"JAKARTA (AFP) - Students protested outside parliament on Wednesday.\n\nOpposition lawmakers walked out of parliament in protest.", "140", "IDN", "IDN"},
		// academics are of the education sector; an open letter urging X appeals to X
		{"JAKARTA (AFP) - Students protested outside parliament on Wednesday.\n\nLast week, more than 300 academics from 40 universities signed an open letter urging lawmakers to postpone the vote.", "020", "IDNEDU", "IDNLEG"},
		// police clearing a blockaded highway repress the blockade
		{"LIMA (Reuters) - Farmers blocked roads on Saturday.\n\nPeruvian police cleared a highway used by the Las Bambas copper mine on Sunday.", "175", "PERCOP", "PER"},
		// leaders of a party are the party's, not the government's
		{"DHAKA (AP) - Clashes killed five people on Saturday.\n\nPolice arrested four leaders of the opposition Jamaat-e-Islami party on Sunday.", "173", "BGDCOP", "BGDPTY"},
	})
}
