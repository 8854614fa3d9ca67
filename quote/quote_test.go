package quote_test

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/pipeline"
)

func analyse(t *testing.T, text string) *chronicle.Document {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := pipeline.Analyze(p, chronicle.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// want describes one expected quote; empty fields are not checked.
type want struct {
	text, kind, speaker, cue, channel, according string
}

func check(t *testing.T, text string, wants ...want) {
	t.Helper()
	d := analyse(t, text)
	if len(d.Quotes) != len(wants) {
		var got []string
		for _, q := range d.Quotes {
			got = append(got, q.Kind+":"+q.Text)
		}
		t.Fatalf("%q:\n got %d quotes %q, want %d", text, len(d.Quotes), got, len(wants))
	}
	runes := []rune(d.Text)
	for i, w := range wants {
		q := d.Quotes[i]
		if string(runes[q.Start:q.End]) != q.Text {
			t.Errorf("quote %d: span text %q != %q", i, string(runes[q.Start:q.End]), q.Text)
		}
		if w.text != "" && q.Text != w.text {
			t.Errorf("quote %d: text %q, want %q", i, q.Text, w.text)
		}
		if w.kind != "" && q.Kind != w.kind {
			t.Errorf("quote %d %q: kind %q, want %q", i, q.Text, q.Kind, w.kind)
		}
		if w.speaker != "" && (q.Speaker == nil || q.Speaker.Name != w.speaker) {
			t.Errorf("quote %d %q: speaker %+v, want %q", i, q.Text, q.Speaker, w.speaker)
		}
		if q.Speaker != nil && q.Speaker.Text != "" && string(runes[q.Speaker.Start:q.Speaker.End]) != q.Speaker.Text {
			t.Errorf("quote %d: speaker span does not match its text", i)
		}
		if w.cue != "" && (q.Cue == nil || q.Cue.Text != w.cue) {
			t.Errorf("quote %d %q: cue %+v, want %q", i, q.Text, q.Cue, w.cue)
		}
		if w.channel != "" && q.Channel != w.channel {
			t.Errorf("quote %d %q: channel %q, want %q", i, q.Text, q.Channel, w.channel)
		}
		if w.according != "" && strings.Join(q.AccordingTo, "|") != w.according {
			t.Errorf("quote %d %q: according_to %q, want %q", i, q.Text, q.AccordingTo, w.according)
		}
	}
}

func TestDirectAfterCue(t *testing.T) {
	check(t, `Interior Minister Tomas Varga spoke on Monday. "We will not back down," he said.`,
		want{text: "We will not back down,", kind: "direct", speaker: "Tomas Varga", cue: "said"})
	check(t, `"The talks failed," said Amira Haddad, a spokeswoman for the ministry.`,
		want{speaker: "Amira Haddad", cue: "said"})
	check(t, `“Why would we stop now?” Okonkwo asked. Senator Ada Okonkwo left.`,
		want{speaker: "Ada Okonkwo", cue: "asked"})
}

func TestDirectBeforeQuote(t *testing.T) {
	check(t, `Opposition leader Rahul Mehta told Reuters: "This vote was stolen from the people."`,
		want{speaker: "Rahul Mehta", cue: "told", channel: "Reuters"})
	check(t, `Senator Lucia Ferraz took to Twitter to say, "Enough is enough for this government."`,
		want{speaker: "Lucia Ferraz", channel: "Twitter"})
}

func TestMixedQuotes(t *testing.T) {
	check(t, `Prosecutor Ana Lima said the minister should resign and be "banished" from public life.`,
		want{text: `the minister should resign and be "banished" from public life`, kind: "mixed", speaker: "Ana Lima"},
		want{text: "banished", kind: "direct", speaker: "Ana Lima"})
}

func TestIndirect(t *testing.T) {
	check(t, `Colonel Idris Bello said on Wednesday that troops had retaken the town.`,
		want{text: "troops had retaken the town", kind: "indirect", speaker: "Idris Bello", cue: "said"})
	check(t, `The army will withdraw next week, according to Defence Minister Karim Nasser.`,
		want{text: "The army will withdraw next week", kind: "indirect", speaker: "Karim Nasser"})
	check(t, `Lawmaker Jon Berg said the budget would pass, the Nordic Daily Network reported.`,
		want{text: "the budget would pass", speaker: "Jon Berg", according: "Nordic Daily Network"})
	check(t, `Senator Maria Lopez spoke first. Lopez campaign manager Tom Reyes said the polls were wrong.`,
		want{text: "the polls were wrong", speaker: "Tom Reyes"})
	check(t, `Governor Dan Whitfield said Tuesday the recount would begin at once.`,
		want{text: "the recount would begin at once", speaker: "Dan Whitfield"})
	check(t, `Union leader Marta Sousa backed the strike, saying it would continue until Friday.`,
		want{text: "it would continue until Friday", speaker: "Marta Sousa", cue: "saying"})
}

// Forms of attribution wire copy uses: a report after its dateline (a dash that is no
// dateline's stays in the clause), a speaker with an apposition before the cue, speakers
// described without a name.
func TestAttributionForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want want
	}{
		{"YEREVAN, June 10 (Reuters) - Azerbaijani forces shelled two Armenian border villages overnight, Armenia's defence ministry said.",
			want{text: "Azerbaijani forces shelled two Armenian border villages overnight", kind: "indirect"}},
		{"LIMA (AP) — Flood waters cut the main highway north of the capital on Sunday, officials said.",
			want{text: "Flood waters cut the main highway north of the capital on Sunday", kind: "indirect"}},
		{"Fighting resumed on Monday - days after a truce was signed - in the north of the country, the army said.",
			want{text: "Fighting resumed on Monday - days after a truce was signed - in the north of the country", kind: "indirect"}},
		{`"We will not allow it," Zabihullah Mujahid, the Taliban's chief spokesman, told a news conference.`,
			want{kind: "direct", speaker: "Zabihullah Mujahid", cue: "told"}},
		{`"Our forces are still in the town," Fawad Aman, a defence ministry spokesman, said.`,
			want{kind: "direct", speaker: "Fawad Aman", cue: "said"}},
		{`"We will not stand by," the bloc's foreign policy chief, Marta Kallas, told reporters.`,
			want{kind: "direct", speaker: "Marta Kallas", cue: "told"}},
		{"Portugal's foreign ministry said it was in contact with the government.", want{kind: "indirect", speaker: "Portugal's foreign ministry"}},
		{"Canadian officials said they were willing to meet next week.", want{kind: "indirect", speaker: "Canadian officials"}},
		{"Greek shipowners said they had been advised to avoid the strait.", want{kind: "indirect", speaker: "Greek shipowners"}},
		{"Shipping industry groups said insurance costs would rise.", want{kind: "indirect", speaker: "Shipping industry groups"}},
		{"In the port city of Mombasa, police said they had arrested 40 people.", want{kind: "indirect", speaker: "police"}},
		{"Dock workers' unions said they would not join the strike.", want{kind: "indirect", speaker: "Dock workers' unions"}},
		{"Residents of Kherson said troops had burned several houses.", want{kind: "indirect", speaker: "Residents of Kherson"}},
		{"Norwegian shipowners, who control a tenth of the world's fleet, said they had been told to avoid the strait.",
			want{kind: "indirect", speaker: "Norwegian shipowners"}},
		{"Spain's foreign ministry expressed concern about the violence and said it was in contact with the government.",
			want{kind: "indirect", speaker: "Spain's foreign ministry"}},
		{"Speaking in Nyeri, Peter Njoroge called for unity. \"I will serve all Kenyans,\" the president-elect said.", want{kind: "direct", cue: "said"}},
	} {
		check(t, c.text, c.want)
	}
}

func TestQuotesDoNotRunPastTheParagraph(t *testing.T) {
	d := analyse(t, "Residents said \"the water is gone\n\nThe next paragraph has no quote at all and is long enough to matter.")
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, "next paragraph") {
			t.Fatalf("an unbalanced mark swallowed the next paragraph: %q", q.Text)
		}
	}
}

func TestContinuedParagraphKeepsSpeaker(t *testing.T) {
	check(t, "“We have lost everything,” said farmer Juma Otieno. “The river took the house.\n\n“Now we wait for help that never comes,” he added.",
		want{speaker: "Juma Otieno"}, want{speaker: "Juma Otieno"}, want{speaker: "Juma Otieno"})
}

func TestScareQuotesAreNotSpeech(t *testing.T) {
	check(t, `The so-called "peace plan" was shelved, and the film "The Long Night" opened in Paris.`)
}

func TestSourceChain(t *testing.T) {
	d := analyse(t, "Kabulnews- Thousands marched in Kabul on Friday, Reuters reported.\n\nPolice watched.")
	if got := strings.Join(d.SourceChain, " → "); got != "Kabulnews → Reuters" {
		t.Errorf("source chain %q", got)
	}
}

// "the statement" is its author's, not the broadcaster's that read it.
func TestStatementIsItsAuthors(t *testing.T) {
	check(t, "The Nigerian Army said in a statement read on state television NTA that its units had repelled an attack. "+
		"\"Our forces neutralised dozens of attackers,\" the statement said.",
		want{kind: "indirect", speaker: "Nigerian Army"}, want{kind: "direct", speaker: "Nigerian Army"})
}

// "he said" continues the paragraph's speaker named after the person last named; a speaker
// introduced with "a" is someone new, not the person the text gave that role before.
func TestPronounContinuesTheParagraphsSpeaker(t *testing.T) {
	check(t, "Police spokesman Hassan Odhiambo met reporters on Monday.\n\n"+
		"Opposition leader Raila Amolo spoke in Kisumu. A police spokesman said officers had arrested 41 people. "+
		"Additional units had been deployed to the Rift Valley, he said.",
		want{kind: "indirect", speaker: "A police spokesman"}, want{kind: "indirect", speaker: "A police spokesman"})
	check(t, "Opposition leader Raila Amolo spoke in Kisumu. Police said officers had arrested 41 people. "+
		"The vote was stolen, he said.",
		want{kind: "indirect", speaker: "Police"}, want{kind: "indirect", speaker: "Raila Amolo"})
}

// A description followed by a name in apposition is that person; "the union's president" is the
// union's, not the country's president named before.
func TestDescribedSpeakerWithNameOrOwner(t *testing.T) {
	check(t, "President Kais Saied spoke on Monday. Police detained eight demonstrators, according to the union's president, Mehdi Jlassi.",
		want{kind: "indirect", speaker: "Mehdi Jlassi"})
	check(t, "President Kais Saied spoke on Monday. \"We will not be silenced,\" the union's president said.",
		want{kind: "direct", speaker: "the union's president"})
}

// "the Angolan leader" is the head of state or government of Angola the text named.
func TestTheCountrysLeader(t *testing.T) {
	check(t, "Angolan President Joao Lourenco met Brazilian President Lula in Luanda. The Angolan leader said his government would buy patrol boats.",
		want{kind: "indirect", speaker: "Joao Lourenco"})
}

// A "that" after the clause's own verb is the clause's ("said Lisbon had demanded that …"); "and
// that" completes a clause begun without "that" but starts a second one after "said that".
func TestClauseBoundariesAroundThat(t *testing.T) {
	check(t, "Minister Ana Ruiz said Lisbon had long demanded that Madrid return the paintings.",
		want{text: "Lisbon had long demanded that Madrid return the paintings", speaker: "Ana Ruiz"})
	check(t, "Police spokesman Tomas Hrib said officers had detained 12 people and that two officers were hurt.",
		want{text: "officers had detained 12 people and that two officers were hurt", speaker: "Tomas Hrib"})
	check(t, "Police spokesman Tomas Hrib said that officers had detained 12 people and that two officers were hurt.",
		want{text: "officers had detained 12 people"}, want{text: "two officers were hurt"})
	check(t, "Villagers said at least three fishing boats had sunk in the storm.",
		want{text: "at least three fishing boats had sunk in the storm", speaker: "Villagers"})
	// the speaker's own next act is no part of what they said; the clause's own verbs are
	check(t, "The ministry said the shelling had destroyed two schools and summoned the Russian ambassador.",
		want{text: "the shelling had destroyed two schools", speaker: "The ministry"})
	check(t, "The ministry said officers had detained 12 people and seized weapons.",
		want{text: "officers had detained 12 people and seized weapons", speaker: "The ministry"})
	check(t, "The ministry said police arrested 12 people and summoned their parents.",
		want{text: "police arrested 12 people and summoned their parents", speaker: "The ministry"})
}

// Speakers wire copy sets around its cue: after a dateline, in apposition to a description,
// with a participle after their place, and "they" for people described in the plural.
func TestSpeakerForms(t *testing.T) {
	check(t, "LIMA (AP) — Peru's army said its soldiers had freed the hostages.",
		want{text: "its soldiers had freed the hostages", speaker: "Peru's army"})
	check(t, "The army's media wing, the Defence Information Bureau, said troops had repelled the attack.",
		want{speaker: "Defence Information Bureau"})
	check(t, "Residents of Kherson reached by telephone said troops had burned several houses.",
		want{speaker: "Residents of Kherson"})
	check(t, "Shelling went on overnight, according to two local officials. The town was without power, they said.",
		want{speaker: "two local officials"}, want{speaker: "two local officials"})
}

// Speakers of coordinated clauses: "but warned that" is still the sentence's subject; ", and
// its foreign ministry said" is the ministry of the country the sentence is about (not a noun
// of the relative clause before it); a bare plural role noun after ", and" speaks.
func TestCoordinatedAndOwnedSpeakers(t *testing.T) {
	check(t, "Mensah said on Friday that the firm would keep its offer open, but warned that the talks could not last forever.",
		want{text: "the firm would keep its offer open", speaker: "Mensah"},
		want{text: "the talks could not last forever", speaker: "Mensah"})
	check(t, "Kenya, which hosts a naval base near the border, urged both sides to talk, and its foreign ministry said Nairobi was ready to mediate.",
		want{text: "Nairobi was ready to mediate", speaker: "Kenya's foreign ministry"})
	check(t, "Chile's president called the vote flawed. Its foreign ministry said in a statement on Tuesday that Santiago would not recognise the result.",
		want{text: "Santiago would not recognise the result", speaker: "Chile's foreign ministry"})
	// a cue with an object, in a clause of its own after ", and", reports nothing before it
	check(t, "The bridge spans the river, and both towns claim the right to tax it.")
	check(t, "The bridge will reopen next week, the mayor said on Tuesday.",
		want{text: "The bridge will reopen next week", speaker: "the mayor"})
	check(t, "Police fired tear gas at the crowd on Tuesday night, and prosecutors said 40 people had been arrested.",
		want{text: "40 people had been arrested", speaker: "prosecutors"})
}

func TestParticipleSpeaksForTheMainSubject(t *testing.T) {
	// the participle's speaker is the ministry, not the nearest noun phrase ("the police")
	check(t, `Norway's defence ministry sent two frigates to support the police at the harbour, saying the coast could not be left unprotected.`,
		want{kind: "indirect", speaker: "Norway's defence ministry", cue: "saying"})
	// after a reporting clause the participle stays with that clause's speaker
	check(t, `The relief convoy crossed the river on Sunday, the aid group's director Ilse Brandt said, adding that more trucks would follow.`,
		want{kind: "indirect", speaker: "Ilse Brandt"})
}

func TestSentencePronounContinuesTheSubject(t *testing.T) {
	// "He" opens its sentence: the subject before (Varga), not the last person named (Kessler)
	check(t, `Mayor Otto Varga said the bridge would reopen in May, after engineer Lena Kessler had inspected it. He said the repairs would cost $2 million.`,
		want{speaker: "Otto Varga"},
		want{speaker: "Otto Varga"})
	// a quote opening its sentence continues the sentence before: "he" is its subject, not
	// the minister it dismissed
	check(t, `In a televised address, President Haja Rasolofo said he had dismissed Energy Minister Tahina Razafindrakoto. "I hear your anger. You have every right to demand water," he said.`,
		want{speaker: "Haja Rasolofo"},
		want{speaker: "Haja Rasolofo"})
	// "The opposition Labour Party": the party the description names speaks
	check(t, `The opposition Labour Party condemned the crackdown and said it would summon the police chief.`,
		want{speaker: "Labour Party"})
	// a nationality before the subject's title is no subject of its own
	check(t, `Greek Foreign Minister Nikos Vlachos summoned the Turkish ambassador, Selim Aktas. He told Aktas that the flights were "unacceptable".`,
		want{speaker: "Nikos Vlachos"},
		want{speaker: "Nikos Vlachos"})
}

func TestBodyNamedByItsNounIsTheLastSpeakerOfThatKind(t *testing.T) {
	// "the ministry" is the ministry that spoke before, not left as a bare noun
	check(t, `Kenya's health ministry said 40 clinics had closed. Nurses at two hospitals walked out on Monday, the ministry added.`,
		want{speaker: "Kenya's health ministry"},
		want{speaker: "Kenya's health ministry"})
}

func TestSentenceTailReportsTheWholeSentence(t *testing.T) {
	// the tail reports the sentence, its own verb of praise included, not "praised" with Lind
	check(t, `Finance Minister Eva Lind praised the auditors and thanked the central bank for its help, which had come at short notice, her office said.`,
		want{kind: "indirect", speaker: "her office", cue: "said"})
	// the quoted words inside it are the tail speaker's too, not the agreeing governments'
	check(t, `The two governments agreed that experts would meet in Oslo to draft a "common code" for fishing boats, Norway's foreign ministry said.`,
		want{kind: "mixed", speaker: "Norway's foreign ministry", cue: "said"},
		want{kind: "direct", text: "common code", speaker: "Norway's foreign ministry", cue: "said"})
	// "a charge the company denied" is a rebuttal, not a tail reporting the sentence
	d := analyse(t, `The strike ended in May after the union accused the company of hiring replacements, a charge the company denied.`)
	for _, q := range d.Quotes {
		if q.Cue != nil && q.Cue.Text == "denied" {
			t.Errorf("a rebuttal read as a reporting tail: %+v", q)
		}
	}
}

func TestCountrysBodyKeepsTheCountryInItsText(t *testing.T) {
	d := analyse(t, `Brazil's Foreign Ministry said the border would stay open.`)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker == nil || d.Quotes[0].Speaker.Text != "Brazil's Foreign Ministry" {
		t.Fatalf("got %+v, want the speaker text \"Brazil's Foreign Ministry\"", d.Quotes)
	}
}

func TestDescriptionKeepsItsOwnerPhrase(t *testing.T) {
	// the phrase after the head says whose office it is: not the last organisation named
	check(t, `The Red Cross sent doctors to Goma. The office of the regional peace envoy for Darfur warned that the ceasefire was collapsing.`,
		want{speaker: "The office of the regional peace envoy for Darfur", cue: "warned"})
	check(t, `Talks in Lusaka ended late on Monday without a deal, officials from both delegations said.`,
		want{speaker: "officials from both delegations", cue: "said"})
}

func TestAccusationIsNotAReportedClause(t *testing.T) {
	// the charge is no clause; what follows its comma is the writer's
	check(t, `The coast guard accused the smugglers of ramming a patrol boat near the reef, a claim the crew denied.`)
	check(t, `Fiji's navy charged the captain with fishing illegally off Lau, and the boat was towed to Suva.`)
	// a clause of its own after "accused" is still reported speech
	check(t, `The minister accused the opposition of stalling and said the budget would pass.`,
		want{text: "the budget would pass", cue: "said"})
}

func TestCueObjectBeforeACoordinatedVerbIsNoClause(t *testing.T) {
	// the verb after "and" is the subject's next act; the words before it are the cue's object
	check(t, `Chile's foreign ministry welcomed the verdict and offered to host the next round of talks.`)
	check(t, `The governor declared a curfew in the capital on Friday but later lifted it.`)
	// a clause with a subject of its own still reports: "said the army and police were …"
	check(t, `The mayor said the army and police were patrolling the port.`,
		want{text: "the army and police were patrolling the port", cue: "said"})
}

func TestThatAfterAnInfinitiveIsRelative(t *testing.T) {
	// the cue's content is the infinitive; "that" after it opens a relative clause
	check(t, `The bishop urged residents to send their complaints to the panel that is studying the plan.`)
	check(t, `The bishop urged residents to stay calm and said that the panel was studying the plan.`,
		want{text: "the panel was studying the plan", cue: "said"})
}

func TestCueReadAsParticipleEndsTheClause(t *testing.T) {
	// "called" after "and" is the speaker's next act when nothing before could govern a participle
	check(t, `Lagos's chamber of commerce, however, said the harbour was losing more than $2 million a week and called on the navy to send more patrol boats to the coast.`,
		want{text: "the harbour was losing more than $2 million a week", speaker: "Lagos's chamber of commerce", cue: "said"})
	// a passive can go on with a participle: "were arrested and charged …"
	check(t, `Police said two men were arrested and charged with arson.`,
		want{text: "two men were arrested and charged with arson", cue: "said"})
}

func TestLongAppositionBeforeTheCue(t *testing.T) {
	check(t, `"We will march again next week," Tomas Lindqvist, a 34-year-old nurse at the regional hospital in Umea and one of the strike committee's founders, told reporters on Friday.`,
		want{kind: "direct", speaker: "Tomas Lindqvist", cue: "told"})
}

func TestAccordingToTheIssuer(t *testing.T) {
	// a description and its name in apposition: the name speaks
	check(t, `Some 900 families had fled the valley by Sunday, according to the U.N. migration agency, IOM.`,
		want{speaker: "International Organization for Migration", cue: "according to"})
	check(t, `According to the U.N. migration agency, IOM, some 900 families had fled the valley by Sunday.`,
		want{text: "some 900 families had fled the valley by Sunday", speaker: "International Organization for Migration", cue: "According to"})
	// figures speak for whoever issued them
	check(t, `Grain exports fell by a third last year, according to figures from the harbour authority.`,
		want{speaker: "harbour authority", cue: "according to"})
}

func TestParticipleCueStartsAQuoteOfItsOwn(t *testing.T) {
	check(t, `The fishermen's union said it had sued the port authority over the new fees, contending that the rules broke the coastal charter.`,
		want{text: "it had sued the port authority over the new fees", cue: "said"},
		want{text: "the rules broke the coastal charter", cue: "contending"})
}

func TestItAsTheWholeSubjectSpeaks(t *testing.T) {
	check(t, `Amnesty International said the trial had been unfair. It also urged the court to review "every piece of evidence again."`,
		want{kind: "indirect", speaker: "Amnesty International"},
		want{kind: "direct", speaker: "Amnesty International", cue: "urged"})
}

func TestTheyArePeopleDescribedBefore(t *testing.T) {
	check(t, `Four judges of the appeals court resigned on Monday. In a letter to the president, they said the court had lost its independence.`,
		want{text: "the court had lost its independence", speaker: "Four judges", cue: "said"})
}

func TestOnAPlaceIsNoTimeAdverbial(t *testing.T) {
	// "posted on Facebook" is not "posted on Monday": what follows is no clause
	check(t, `In a statement posted on Telegram, the rebels said they had taken the airport.`,
		want{text: "they had taken the airport", cue: "said"})
}

func TestAFindingIsNotSpeech(t *testing.T) {
	// an inquiry's conclusion is a finding the writer reports, not someone's words
	check(t, `Lima raised tariffs on steel after a trade inquiry concluded that mills abroad were dumping cheap rebar.`)
}

func TestTitleWordsBeforeTheName(t *testing.T) {
	// a title word read as a name, or a role noun read as a verb, is part of the title
	check(t, `Police spokesman Assistant Commissioner Farai Ndlovu said the men had been "inciting violence" in the city.`,
		want{kind: "mixed", speaker: "Farai Ndlovu"}, want{kind: "direct", speaker: "Farai Ndlovu"})
	check(t, `Chief Cabinet Secretary Kenji Morita said Tokyo had lodged a "strong protest" with Seoul.`,
		want{kind: "mixed", speaker: "Kenji Morita"}, want{kind: "direct", speaker: "Kenji Morita"})
	check(t, `Defence Ministry spokesman Omar Haddad praised the troops and said the border was "fully secure" again.`,
		want{kind: "mixed", speaker: "Omar Haddad"}, want{kind: "direct", speaker: "Omar Haddad"})
}

func TestSentencePronounSkipsTheBodyBeforeARole(t *testing.T) {
	check(t, `WHO chief Amara Diallo met Health Minister Pedro Salas in Lima on Monday. "We have no time to lose," she told reporters afterwards.`,
		want{speaker: "Amara Diallo", cue: "told"})
}

func TestParticipleAfterCoordinatedVerbsAndPluralSubjects(t *testing.T) {
	// a cue coordinated with the main verb shares its subject; the participle is that subject's
	check(t, `Ecuador's interior ministry suspended two radio stations on Friday and ordered the arrest of their director, accusing them of "inciting unrest" in the capital.`,
		want{speaker: "Ecuador's interior ministry", cue: "accusing"})
	// the comma inside the closing mark still sets the participle off
	check(t, `Chile's foreign ministry summoned Peru's envoy to protest against what it called "a hostile act," insisting that the treaty had been "fully respected."`,
		want{speaker: "Chile's foreign ministry"}, want{speaker: "Chile's foreign ministry"})
	// a plural subject before an apposition, and one with "of"
	check(t, `In Valparaíso, several thousand dockers, most of them union members, blocked the port gates on Monday, accusing the company of "stealing our wages".`,
		want{speaker: "several thousand dockers", cue: "accusing"})
	// a participle coordinated with one set off by a comma
	check(t, `Hundreds of students blocked the main avenue on Friday, waving banners and chanting "No more fees for the poor".`,
		want{speaker: "Hundreds of students", cue: "chanting"})
}

func TestItIsTheBodyTheSentenceIsAbout(t *testing.T) {
	// "it" set off by commas inside the reported clause is the subject of the main cue
	check(t, `Norway's fisheries ministry said it had fined the trawler's owner over a "reckless and illegal" haul that, it said, "endangers the whole stock."`,
		want{kind: "mixed", speaker: "Norway's fisheries ministry"},
		want{kind: "direct", speaker: "Norway's fisheries ministry"},
		want{kind: "direct", speaker: "Norway's fisheries ministry"})
	// after a leading adverbial, "it" continues the subject of the sentence before
	check(t, `Peru's embassy in Quito blamed the smugglers. In a statement posted on its website, it said the guards had been "ambushed without warning".`,
		want{kind: "mixed", speaker: "Peru's embassy"}, want{kind: "direct", speaker: "Peru's embassy"})
	// a name before its apposition is the subject; "that it said" and a later tail are its
	check(t, `The Maritime Safety Office, the Interior Ministry's agency for the coast, went further, banning two trawlers that it said had ignored "every warning". Their owners would be fined, it said.`,
		want{kind: "direct", speaker: "Maritime Safety Office"}, want{kind: "indirect", speaker: "Maritime Safety Office"})
}

func TestSubjectOfARelativeClauseCue(t *testing.T) {
	check(t, `Thousands fled in 2019 to escape a crackdown that UN investigators later said had been carried out with "genocidal intent."`,
		want{speaker: "UN investigators", cue: "said"})
}

func TestAdverbialAndContrastClausesAroundTheSubject(t *testing.T) {
	// a short prepositional phrase set off by commas is no subject
	check(t, `Chile's navy, for its part, said the boat had been "warned three times" before it was seized.`,
		want{kind: "mixed", speaker: "Chile's navy"}, want{kind: "direct", speaker: "Chile's navy"})
	// ", while X urged" opens a clause of its own, also after a comma inside the closing mark
	check(t, `Press groups were quick to react. Amnesty International said the arrests were "a grave setback" and called on the police to free the men, while the Committee to Protect Journalists urged the authorities to drop the charges "without delay".`,
		want{kind: "mixed", speaker: "Amnesty International"}, want{kind: "direct", speaker: "Amnesty International"},
		want{kind: "direct", speaker: "Committee to Protect Journalists"})
	check(t, `Foreign Minister Ana Ferrer said Montevideo would stay "strictly neutral," while the Andean group urged both sides to talk "in good faith and without delay."`,
		want{kind: "mixed", text: `Montevideo would stay "strictly neutral,"`, speaker: "Ana Ferrer"},
		want{kind: "direct", speaker: "Ana Ferrer"}, want{kind: "direct"})
}

func TestOwnedRoleWithTheNameInApposition(t *testing.T) {
	// a hyphenated title and the participle after the name both speak for the name
	check(t, `The council welcomed the probe as "long overdue." "Our members have been fighting with one hand tied behind their backs," said its secretary-general, Lars Eriksen, adding that a dozen plants had closed since 2023.`,
		want{kind: "direct"},
		want{kind: "direct", speaker: "Lars Eriksen"},
		want{kind: "indirect", speaker: "Lars Eriksen", cue: "adding"})
	check(t, `In Accra, the Citizens Platform demanded that the government publish the accounts. "People have a right to know where the money goes," its coordinator, Ama Owusu, told AFP.`,
		want{kind: "indirect"}, want{kind: "direct", speaker: "Ama Owusu", cue: "told"})
}

func TestALeadingQuestionIsNoStatement(t *testing.T) {
	// "Asked whether …," is a reporter's question; the speaker follows its comma
	check(t, `Foreign ministry spokeswoman Lu Mei said China hoped for "calm and restraint". Asked whether Beijing backed Dhaka's position, she said China "firmly supports Bangladesh in safeguarding its legitimate rights."`,
		want{kind: "mixed", speaker: "Lu Mei"}, want{kind: "direct", speaker: "Lu Mei"},
		want{kind: "direct", speaker: "Lu Mei"})
}

// A pronoun after a quote that opens its sentence is the person the sentence before described,
// when it named none: not the last name in the text.
func TestPronounAfterADescribedSubject(t *testing.T) {
	check(t, `U.S. Ambassador Mark Delaney said the reform threatened investment. Mexico's president hit back on Monday. "Mexico is a free and sovereign country," she told her daily news conference.`,
		want{kind: "indirect", speaker: "Mark Delaney"}, want{kind: "direct", speaker: "Mexico's president"})
}
