// Package morph generates English inflections for the lexicons: verb forms and noun plurals.
package morph

import "strings"

// irregular verbs: lemma → 3rd person, past, past participle, gerund.
var irregular = map[string][4]string{
	"say":       {"says", "said", "said", "saying"},
	"tell":      {"tells", "told", "told", "telling"},
	"write":     {"writes", "wrote", "written", "writing"},
	"swear":     {"swears", "swore", "sworn", "swearing"},
	"forecast":  {"forecasts", "forecast", "forecast", "forecasting"},
	"broadcast": {"broadcasts", "broadcast", "broadcast", "broadcasting"},
	"speak":     {"speaks", "spoke", "spoken", "speaking"},
	"take":      {"takes", "took", "taken", "taking"},
	"go":        {"goes", "went", "gone", "going"},
	"meet":      {"meets", "met", "met", "meeting"},
	"fight":     {"fights", "fought", "fought", "fighting"},
	"shoot":     {"shoots", "shot", "shot", "shooting"},
	"strike":    {"strikes", "struck", "struck", "striking"},
	"beat":      {"beats", "beat", "beaten", "beating"},
	"lead":      {"leads", "led", "led", "leading"},
	"hold":      {"holds", "held", "held", "holding"},
	"withdraw":  {"withdraws", "withdrew", "withdrawn", "withdrawing"},
	"forgive":   {"forgives", "forgave", "forgiven", "forgiving"},
	"cut":       {"cuts", "cut", "cut", "cutting"},
	"quit":      {"quits", "quit", "quit", "quitting"},
	"hit":       {"hits", "hit", "hit", "hitting"},
	"give":      {"gives", "gave", "given", "giving"},
	"send":      {"sends", "sent", "sent", "sending"},
	"seek":      {"seeks", "sought", "sought", "seeking"},
	"sentence":  {"sentences", "sentenced", "sentenced", "sentencing"},
	"arise":     {"arises", "arose", "arisen", "arising"},
	"sell":      {"sells", "sold", "sold", "selling"},
	"bring":     {"brings", "brought", "brought", "bringing"},
	"win":       {"wins", "won", "won", "winning"},
	"shell":     {"shells", "shelled", "shelled", "shelling"},
	"kidnap":    {"kidnaps", "kidnapped", "kidnapped", "kidnapping"},
	"ban":       {"bans", "banned", "banned", "banning"},
	"bar":       {"bars", "barred", "barred", "barring"},
	"break":     {"breaks", "broke", "broken", "breaking"},
	"freeze":    {"freezes", "froze", "frozen", "freezing"},
	"find":      {"finds", "found", "found", "finding"},
	"lay":       {"lays", "laid", "laid", "laying"},
	"set":       {"sets", "set", "set", "setting"},
	"shut":      {"shuts", "shut", "shut", "shutting"},
	"throw":     {"throws", "threw", "thrown", "throwing"},
	"fly":       {"flies", "flew", "flown", "flying"},
	"overrun":   {"overruns", "overran", "overrun", "overrunning"},
	"make":      {"makes", "made", "made", "making"},
	"steal":     {"steals", "stole", "stolen", "stealing"},
	"sit":       {"sits", "sat", "sat", "sitting"},
	"stand":     {"stands", "stood", "stood", "standing"},
}

// prefixes make verbs that inflect as the irregular verb they begin.
var prefixes = []string{"with", "up", "over", "under", "out", "re", "mis"}

// doubled verbs double their last consonant before -ed and -ing.
var doubled = map[string]bool{"expel": true, "compel": true, "patrol": true, "control": true, "submit": true, "permit": true,
	"equip": true, "transfer": true, "prefer": true, "occur": true, "drop": true, "stop": true, "rob": true, "grab": true, "slam": true, "snap": true, "quip": true, "admit": true, "beg": true, "rebut": true, "plan": true, "chat": true, "commit": true, "regret": true, "refer": true, "omit": true,
	"stab": true, "repel": true, "plot": true, "ship": true, "trap": true, "strip": true, "slap": true, "ram": true, "gun": true, "rig": true, "annul": true}

// oneSyllableCVC reports a one-syllable verb ending in consonant, vowel, consonant ("swap",
// "ban"; not "jail" or "visit"): it doubles its last letter before -ed and -ing ("swapped").
func oneSyllableCVC(v string) bool {
	n := len(v)
	if n < 3 || strings.ContainsAny(v[n-1:], "aeiouwxy") || !strings.ContainsAny(v[n-2:n-1], "aeiou") || strings.ContainsAny(v[n-3:n-2], "aeiou") {
		return false
	}
	groups, inVowel := 0, false
	for _, r := range v {
		vowel := strings.ContainsRune("aeiouy", r)
		if vowel && !inVowel {
			groups++
		}
		inVowel = vowel
	}
	return groups == 1
}

// Verb returns a verb's forms: base, -s, -ed (and participle), -ing.
func Verb(v string) []string {
	if f, ok := irregular[v]; ok {
		return []string{v, f[0], f[1], f[2], f[3]}
	}
	for _, p := range prefixes {
		// "withhold" → "withheld", "uphold" → "upheld", "overthrow" → "overthrown"
		if f, ok := irregular[strings.TrimPrefix(v, p)]; ok && strings.HasPrefix(v, p) {
			return []string{v, p + f[0], p + f[1], p + f[2], p + f[3]}
		}
	}
	forms := []string{v}
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		stem := v[:len(v)-1]
		forms = append(forms, stem+"ies", stem+"ied", v+"ing")
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "o"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	case doubled[v] || oneSyllableCVC(v):
		last := v[len(v)-1:]
		forms = append(forms, v+"s", v+last+"ed", v+last+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
	}
	return forms
}

// Noun returns a noun and its plural.
func Noun(n string) []string {
	switch {
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsAny(n[len(n)-2:len(n)-1], "aeiou"):
		return []string{n, n[:len(n)-1] + "ies"}
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return []string{n, n + "es"}
	}
	return []string{n, n + "s"}
}
