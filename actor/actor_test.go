package actor_test

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
)

// actorOf analyses text and returns the actor code of the first mention with this text.
func actorOf(t *testing.T, text, mention string) string {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := pipeline.Analyze(p, chronicle.Article{Text: text, Published: "2024-05-08"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Text == mention {
			return e.Actor
		}
	}
	t.Fatalf("%q: no mention %q", text, mention)
	return ""
}

func TestActorCodes(t *testing.T) {
	cases := []struct{ text, mention, want string }{
		// a capital that acts is its government; one that is a place, even second in a list, is not
		{"Paris and Berlin condemned the move.", "Berlin", "DEUGOV"},
		{"Stocks fell in London and Paris on Monday.", "Paris", "FRA"},
		{"Officials from Kyiv, Lviv and Moscow met in Geneva.", "Moscow", "RUS"},
		// an official titled after an international body speaks for it, whatever the portfolio
		{"EU Fisheries Commissioner Anna Lindqvist said the quotas would fall.", "Anna Lindqvist", "IGO"},
		{"UN Humanitarian Coordinator Hans Berg said aid was blocked.", "Hans Berg", "IGO"},
		{"EU Humanitarian Aid Commissioner Janez Novak said more aid was needed.", "Janez Novak", "IGO"},
		{"U.S. Trade Representative Katherine Tai spoke in Geneva.", "Katherine Tai", "USAGOV"},
		// a state body the file knows as one country's is another's when that country owns it
		{"Pakistan's Foreign Office said the claim was false.", "Foreign Office", "PAKGOV"},
		{"Britain's Foreign Office said the claim was false.", "Foreign Office", "GBRGOV"},
		// …and so is the same body named again without its owner
		{"In Islamabad, Pakistan's Foreign Office said the fence was on Pakistani soil. Foreign Office spokeswoman Saima Qureshi told reporters that Kabul must act.", "Saima Qureshi", "PAKGOV"},
		// …but a body earlier in the sentence is no part of a later title
		{"Talks with the EU ended as Prime Minister Ali Musa left.", "Ali Musa", "---GOV"},
		// a country's capitalised title in apposition before the name, even one running past
		// its role word
		{"The talks were hosted by Kenya's Foreign Minister, Amina Odhiambo, on Monday.", "Amina Odhiambo", "KENGOV"},
		{"Canada's Minister for the Arctic, Paul Tremblay, dismissed the claim.", "Paul Tremblay", "CANGOV"},
		{"Qatar's Minister of State at the Ministry of Foreign Affairs, Khalid Al-Mansouri, thanked the ICRC.", "Khalid Al-Mansouri", "QATGOV"},
		// "At a briefing in Beijing, …spokesperson NAME" in a story filed from Hanoi: Beijing's
		{"HANOI (Reuters) - Vietnam protested on Monday. At a briefing in Beijing, Foreign Ministry spokesperson Liang Wenhui rejected Vietnam's protest.", "Liang Wenhui", "CHNGOV"},
		// "Commission spokeswoman NAME" speaks for the commission just named
		{"CHISINAU (AP) - Moldova cut gas to Transnistria on Monday. The European Commission offered emergency aid to Moldova. \"We will help,\" Commission spokeswoman Laura Ferreira said.", "Laura Ferreira", "IGO"},
		// an unknown body's bracketed short form is that body's, not the dictionary's body of
		// the same initials (Zimbabwe's ZCTU), and a union's name makes it labour
		{"LUSAKA (Reuters) - Zambia agreed a loan on Monday.\n\nThe Zambia Congress of Trade Unions (ZCTU) threatened to strike. The ZCTU said wages had fallen.", "ZCTU", "ZMBLAB"},
		// "the General Police Inspectorate" is a police body, not General Police Inspectorate
		{"CHISINAU (AP) - Moldovan police detained protesters on Monday.\n\nPolice detained 27 people, said Maria Grosu, a spokeswoman for the General Police Inspectorate.", "General Police Inspectorate", "MDACOP"},
		// a party the file does not know is a party of the country the text places it in
		{"MADRID (Reuters) - Spain's government lost a vote on Monday.\n\nThe opposition People's Party accused the government of lying.", "People's Party", "ESPPTY"},
		// "IMF Deputy Managing Director NAME": one title, the body's official
		{"LUSAKA (Reuters) - The IMF approved a loan on Monday.\n\n\"Zambia has made progress,\" IMF Deputy Managing Director Kenji Morita said in the statement.", "Kenji Morita", "IGO"},
		// a title after a clause that names one country twice is that country's
		{"HELSINKI (Reuters) - Finland detained a ship on Monday. Finnish police said the cable was cut.\n\nThe Estonian navy sent a minehunter, the Estonian Defence Forces said, while Foreign Minister Andres Kask called on the European Union to act.", "Andres Kask", "ESTGOV"},
		// a title in the sentence after one that opens "In <capital>," is that capital's
		{"ERBIL, Iraq (Reuters) - Iraq summoned Turkey's envoy on Monday.\n\nIn Ankara, a Turkish Foreign Ministry spokesman said Turkey respected Iraq's integrity. Foreign Minister Selim Aktas spoke by phone with his Iraqi counterpart.", "Selim Aktas", "TURGOV"},
		// a company the file does not know, described by nationality and trade, and its
		// short name later
		{"Australian miner Kestrel Mining owns the copper mine in Zambia. Kestrel said output fell.", "Kestrel", "AUSBUS"},
		// "The head of the mission, …" after a body said its mission found something
		{"The African Union said its mission had found irregularities in the count. The head of the mission, former Ghanaian foreign minister Kofi Mensah, urged calm.", "Kofi Mensah", "IGO"},
		// "an embassy spokesman, NAME" speaks for the embassy the text has just named
		{"The Chinese embassy in Suva said it had lodged a protest. An embassy spokesman, Li Wei, urged Fiji to release the crew.", "Li Wei", "CHNGOV"},
		{"Kenya's foreign ministry said talks would resume in Nairobi. A ministry spokeswoman, Mary Wanjiru, gave no date.", "Mary Wanjiru", "KENGOV"},
		// "The panel's chair, <nationality> …, NAME" speaks for the panel just named
		{"The talks were held under the mediation of the African Union High-Level Implementation Panel. The panel's chair, former Mozambican foreign minister Joaquim Mabote, urged restraint.", "Joaquim Mabote", "IGO"},
		// a body described as a charity, a rights group or a "-based group" is
		// non-governmental, wherever it is based
		{"The Paris-based group Detainee Support Network accused Tehran of abuse.", "Detainee Support Network", "NGO"},
		{"The charity, Aegean Rescue Watch, said a Greek patrol boat had intercepted the dinghy.", "Aegean Rescue Watch", "NGO"},
		{"Police fired on the crowd, Sahel Rights Watch, a Nairobi-based rights group, said.", "Sahel Rights Watch", "NGO"},
		{"The Gaza-based militant group Ansar Brigades fired rockets.", "Ansar Brigades", ""},
		// "African leaders" at a summit are many countries' leaders, not a bloc
		{"South Korea hosted a summit with African leaders in Seoul.", "African", ""},
		// a spokesperson "for" a body named before the name speaks for it, abbreviations and all
		{"A spokeswoman for the U.N. human rights office, Liv Thorsen, urged Thailand to free the students.", "Liv Thorsen", "IGO"},
		// a body the file does not know, named after its country, is that country's
		{"The Vietnam Fisheries Society accused Indonesia of piracy.", "Vietnam Fisheries Society", "VNM"},
		// a country owns no international body: "Armenia's Security Council" is Armenia's
		{"Gevorg Sahakyan, the secretary of Armenia's Security Council, accused Baku.", "Security Council", "ARMGOV"},
		// a company described after its name by nationality and trade
		{"The government froze the assets of Kestrel Holdings, a Russian-owned logistics firm, officials said.", "Kestrel Holdings", "RUSBUS"},
		// "His Chilean counterpart, NAME,": a nationality and a title before the name
		{"Peru's foreign minister accused Chile of abuses. His Chilean counterpart, Rodrigo Fuenzalida, rejected the accusation.", "Rodrigo Fuenzalida", "CHLGOV"},
		// a pope speaks for the Holy See, whatever the story's country
		{"Pope Francis called on Russia and Ukraine to negotiate an end to the war.", "Francis", "VATREL"},
		// a delegation's leader is of the delegation's country
		{"A Russian delegation led by Deputy Defence Minister Viktor Sokolov arrived in Conakry.", "Viktor Sokolov", "RUSGOV"},
		// "the Fund's mission chief for Sri Lanka": the fund's official, the portfolio after "for"
		{"COLOMBO (Reuters) - The International Monetary Fund praised the vote. Marta Kowalczyk, the Fund's mission chief for Sri Lanka, said the authorities had shown strong ownership.", "Marta Kowalczyk", "IGO"},
		// a body word before a portfolio; a national farmers' body is of the country the story is filed from
		{"CANBERRA (Reuters) - China lifted duties on Australian wine. China's ministry praised Australia. Australian farmers and Australian winemakers cheered.\n\nOpposition trade spokesman Angus McRae criticised the government.", "Angus McRae", "---OPP"},
		{"CANBERRA (Reuters) - China lifted duties on Australian wine. Australian winemakers cheered.\n\nThe National Farmers' Federation welcomed the move.", "National Farmers' Federation", "AUSAGR"},
		// "Ambassador X" after "Myanmar's ambassador" is Myanmar's
		{"BANGKOK (Reuters) - Thailand lodged a protest with Myanmar's ambassador on Thursday. Thai officials were angry.\n\nThe ministry handed a protest note to Ambassador Kyaw Zeya Oo.", "Kyaw Zeya Oo", "MMRGOV"},
		// an election commission is the state's electoral authority
		{"DHAKA (AP) - Clashes killed five people in Bangladesh on Saturday.\n\nThe Election Commission warned parties on Sunday.", "Election Commission", "BGDGOV"},
		// a spokesman is of the country of the city they spoke from
		{"NIAMEY (AFP) - Niger closed its border with Benin on Tuesday.\n\n\"We will not be blackmailed,\" government spokesman Fulbert Agossou told AFP by telephone from Cotonou.", "Fulbert Agossou", "BENGOV"},
		// a country named inside the quote before a speaker's title is spoken of, not the speaker's
		{"DUBAI (Reuters) - Iran seized a tanker.\n\nBritain described the seizure as illegal. \"Iran must release the crew,\" Middle East minister Hamish Reid told parliament on Wednesday.", "Hamish Reid", "GBRGOV"},
	}
	for _, c := range cases {
		if got := actorOf(t, c.text, c.mention); got != c.want {
			t.Errorf("%q: %s coded %q, want %q", c.text, c.mention, got, c.want)
		}
	}
}

// TestKnownPeople: a person the people file knows acts for their country, even untitled in a
// story filed from another.
func TestKnownPeople(t *testing.T) {
	text := "ATHENS (Reuters) - Greece protested on Tuesday. The declaration was signed by Kyriakos Mitsotakis and Recep Tayyip Erdogan in Athens in 2023."
	if got := actorOf(t, text, "Recep Tayyip Erdogan"); !strings.HasPrefix(got, "TUR") {
		t.Errorf("Erdogan coded %q, want Turkey's", got)
	}
	if got := actorOf(t, text, "Kyriakos Mitsotakis"); !strings.HasPrefix(got, "GRC") {
		t.Errorf("Mitsotakis coded %q, want Greece's", got)
	}
}
