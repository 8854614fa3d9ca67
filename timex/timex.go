// Package timex finds time expressions in news text and resolves them against the publication
// date with news conventions: "on Friday" in a past-tense clause is the most recent Friday, in a
// future one the next Friday, and the publication weekday itself is that day.
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
)

// Expr is a time expression found in a sentence: tokens [First, End) and what it resolves to.
type Expr struct {
	First, End int
	// Date is a day (YYYY-MM-DD); Range a span of days [start, end] when only that is known.
	Date  string
	Range []string
	Rule  string // what matched: weekday, relative, absolute, iso
}

var weekdays = map[string]time.Weekday{"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday}

var months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

const day = "2006-01-02"

// Find returns the time expressions of tokens [first, end), resolved against published
// (YYYY-MM-DD; nothing is resolved without it). future says the clause speaks of what is to come.
func Find(toks []chronicle.Token, first, end int, published string, future func(i int) bool) []Expr {
	pub, err := time.Parse(day, published)
	if err != nil {
		return nil
	}
	var out []Expr
	for i := first; i < end; i++ {
		w := strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))
		prev := ""
		if i > first {
			prev = strings.ToLower(toks[i-1].Text)
		}
		next := ""
		if i+1 < end {
			next = strings.ToLower(toks[i+1].Text)
		}
		switch {
		case weekdays[w] != 0 || w == "sunday":
			if r, _ := firstRune(toks[i].Text); r < 'A' || r > 'Z' {
				continue
			}
			wd := weekdays[w]
			fut := future(i)
			if prev == "next" {
				fut = true
			} else if prev == "last" {
				fut = false
			}
			d := resolveWeekday(pub, wd, fut)
			if prev == "last" && d.Equal(pub) {
				d = d.AddDate(0, 0, -7)
			}
			out = append(out, Expr{First: i, End: i + 1, Date: d.Format(day), Rule: "weekday"})
		case w == "yesterday":
			out = append(out, Expr{First: i, End: i + 1, Date: pub.AddDate(0, 0, -1).Format(day), Rule: "relative"})
		case w == "today" || w == "tonight":
			out = append(out, Expr{First: i, End: i + 1, Date: pub.Format(day), Rule: "relative"})
		case w == "tomorrow":
			out = append(out, Expr{First: i, End: i + 1, Date: pub.AddDate(0, 0, 1).Format(day), Rule: "relative"})
		case (w == "last" || w == "next" || w == "this") && (next == "week" || next == "month" || next == "year"):
			out = append(out, Expr{First: i, End: i + 2, Range: period(pub, w, next), Rule: "relative"})
			i++
		case (w == "last" || w == "this") && (next == "night" || next == "morning" || next == "afternoon" || next == "evening"):
			d := pub
			if w == "last" {
				d = pub.AddDate(0, 0, -1)
			}
			out = append(out, Expr{First: i, End: i + 2, Date: d.Format(day), Rule: "relative"})
			i++
		case next == "weekend" && (w == "last" || w == "this" || w == "next" || w == "the"):
			fut := w == "next" || w != "last" && future(i)
			out = append(out, Expr{First: i, End: i + 2, Range: weekend(pub, fut), Rule: "relative"})
			i++
		case w == "earlier" && next == "this" && i+2 < end && soFar[strings.ToLower(toks[i+2].Text)] != nil:
			start := soFar[strings.ToLower(toks[i+2].Text)](pub)
			if yesterday := pub.AddDate(0, 0, -1); !start.After(yesterday) {
				out = append(out, Expr{First: i, End: i + 3, Range: []string{start.Format(day), yesterday.Format(day)}, Rule: "relative"})
			}
			i += 2
		case w == "ago" && i-2 >= first:
			if e, ok := ago(toks, i, pub); ok {
				out = append(out, e)
			}
		case months[w] != 0 && isUpperStart(toks[i].Text):
			if e, ok := absolute(toks, i, end, pub); ok {
				out = append(out, e)
				i = e.End - 1
			} else if e, ok := monthAlone(toks, first, i, pub, future(i)); ok {
				out = append(out, e)
			}
		case strings.HasPrefix(w, "mid-") && months[w[4:]] != 0:
			out = append(out, monthPart(i, i, months[w[4:]], "mid", pub, future(i)))
		case isYear(w) && (prev == "in" || prev == "during" || prev == "of" && i+2 < end && toks[i+1].Text == "," && strings.ToLower(toks[i+2].Text) == "when"):
			// "in 2017", and "the turmoil of 2016, when Jammeh refused …": the year the clause is in
			y, _ := strconv.Atoi(w)
			out = append(out, Expr{First: i - 1, End: i + 1, Range: []string{fmt.Sprintf("%d-01-01", y), fmt.Sprintf("%d-12-31", y)}, Rule: "absolute"})
		case isDay(toks[i].Text) && i+1 < end && months[strings.ToLower(strings.TrimSuffix(toks[i+1].Text, "."))] != 0:
			// "24 January 2020"
			m := months[strings.ToLower(strings.TrimSuffix(toks[i+1].Text, "."))]
			d, _ := strconv.Atoi(toks[i].Text)
			y, n := pub.Year(), 2
			if i+2 < end && isYear(toks[i+2].Text) {
				y, _ = strconv.Atoi(toks[i+2].Text)
				n = 3
			}
			out = append(out, Expr{First: i, End: i + n, Date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(day), Rule: "absolute"})
			i += n - 1
		case len(toks[i].Text) == 10 && toks[i].Text[4] == '-':
			if t, err := time.Parse(day, toks[i].Text); err == nil {
				out = append(out, Expr{First: i, End: i + 1, Date: t.Format(day), Rule: "iso"})
			}
		}
	}
	return out
}

// resolveWeekday: the publication weekday is that day; otherwise the most recent such day for
// the past, the next one for the future.
func resolveWeekday(pub time.Time, wd time.Weekday, future bool) time.Time {
	diff := int(wd) - int(pub.Weekday())
	if diff == 0 {
		return pub
	}
	if future {
		return pub.AddDate(0, 0, (diff+7)%7)
	}
	return pub.AddDate(0, 0, -((-diff + 7) % 7))
}

// period is the week (Monday to Sunday), month or year before, of or after the publication date.
func period(pub time.Time, which, unit string) []string {
	shift := map[string]int{"last": -1, "this": 0, "next": 1}[which]
	var start, end time.Time
	switch unit {
	case "week":
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		start = monday.AddDate(0, 0, 7*shift)
		end = start.AddDate(0, 0, 6)
	case "month":
		start = time.Date(pub.Year(), pub.Month()+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
		end = start.AddDate(0, 1, -1)
	default:
		start = time.Date(pub.Year()+shift, 1, 1, 0, 0, 0, 0, time.UTC)
		end = time.Date(pub.Year()+shift, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return []string{start.Format(day), end.Format(day)}
}

// absolute reads "January 24", "Jan. 24, 2020", "January 2020".
func absolute(toks []chronicle.Token, i, end int, pub time.Time) (Expr, bool) {
	m := months[strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))]
	if strings.EqualFold(toks[i].Text, "may") && toks[i].Text != "May" {
		return Expr{}, false
	}
	if i+1 >= end {
		return Expr{}, false
	}
	if isDay(toks[i+1].Text) {
		d, _ := strconv.Atoi(toks[i+1].Text)
		y, n := pub.Year(), 2
		k := i + 2
		if k < end && toks[k].Text == "," {
			k++
		}
		if k < end && isYear(toks[k].Text) {
			y, _ = strconv.Atoi(toks[k].Text)
			n = k - i + 1
		} else if time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 6, 0)) {
			y-- // "December 30" read in January is last December
		}
		return Expr{First: i, End: i + n, Date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(day), Rule: "absolute"}, true
	}
	if isYear(toks[i+1].Text) {
		y, _ := strconv.Atoi(toks[i+1].Text)
		start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return Expr{First: i, End: i + 2, Range: []string{start.Format(day), start.AddDate(0, 1, -1).Format(day)}, Rule: "absolute"}, true
	}
	return Expr{}, false
}

func isDay(s string) bool {
	s = strings.TrimRight(s, "stndrh")
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 31
}

func isYear(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && n >= 1900 && n <= 2100
}

func isUpperStart(s string) bool { r, _ := firstRune(s); return r >= 'A' && r <= 'Z' }

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// soFar gives the first day of the period a story is in, for "earlier this week/month/year".
var soFar = map[string]func(pub time.Time) time.Time{
	"week":  func(pub time.Time) time.Time { return pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7)) },
	"month": func(pub time.Time) time.Time { return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC) },
	"year":  func(pub time.Time) time.Time { return time.Date(pub.Year(), 1, 1, 0, 0, 0, 0, time.UTC) },
}

// weekend is the Saturday and Sunday before the publication date (or of it, when it falls on
// one), or the next ones for what is to come.
func weekend(pub time.Time, future bool) []string {
	sat := resolveWeekday(pub, time.Saturday, future)
	if pub.Weekday() == time.Sunday {
		sat = pub.AddDate(0, 0, -1)
	}
	return []string{sat.Format(day), sat.AddDate(0, 0, 1).Format(day)}
}

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// ago reads "three days ago", "a week ago" (a day) and "two months ago" (that month) ending at
// token i.
func ago(toks []chronicle.Token, i int, pub time.Time) (Expr, bool) {
	unit := strings.TrimSuffix(strings.ToLower(toks[i-1].Text), "s")
	num := strings.ToLower(toks[i-2].Text)
	n, ok := smallNumbers[num]
	if !ok {
		var err error
		if n, err = strconv.Atoi(num); err != nil || n <= 0 || n > 100 {
			return Expr{}, false
		}
	}
	e := Expr{First: i - 2, End: i + 1, Rule: "relative"}
	switch unit {
	case "day":
		e.Date = pub.AddDate(0, 0, -n).Format(day)
	case "week":
		e.Date = pub.AddDate(0, 0, -7*n).Format(day)
	case "month":
		start := time.Date(pub.Year(), pub.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		e.Range = []string{start.Format(day), start.AddDate(0, 1, -1).Format(day)}
	default:
		return Expr{}, false
	}
	return e, true
}

// monthAlone reads a month named without a day or year after a word that makes it a time
// ("in May", "since March", "early June", "last April"): the most recent such month for the
// past (this one included), the next for what is to come; "last"/"next" exclude this month.
func monthAlone(toks []chronicle.Token, first, i int, pub time.Time, future bool) (Expr, bool) {
	if i == first {
		return Expr{}, false
	}
	prev := strings.ToLower(toks[i-1].Text)
	switch prev {
	case "in", "since", "until", "till", "by", "during", "from", "through", "of", "before", "after":
		return monthPart(i-1, i, months[strings.ToLower(toks[i].Text)], "", pub, future), true
	case "early", "late":
		return monthPart(i-1, i, months[strings.ToLower(toks[i].Text)], prev, pub, future), true
	case "last", "next":
		m := months[strings.ToLower(toks[i].Text)]
		e := monthPart(i-1, i, m, "", pub, prev == "next")
		if m == pub.Month() { // "last January" in January is a year ago
			shift := map[string]int{"last": -1, "next": 1}[prev]
			start := time.Date(pub.Year()+shift, m, 1, 0, 0, 0, 0, time.UTC)
			e.Range = []string{start.Format(day), start.AddDate(0, 1, -1).Format(day)}
		}
		return e, true
	}
	return Expr{}, false
}

// monthPart is month m (or its first, middle or last ten days) in the year that makes it the
// most recent (past) or next (future) such month as of pub.
func monthPart(first, i int, m time.Month, part string, pub time.Time, future bool) Expr {
	y := pub.Year()
	if !future && m > pub.Month() {
		y--
	} else if future && m < pub.Month() {
		y++
	}
	start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	last := start.AddDate(0, 1, -1)
	switch part {
	case "early":
		last = start.AddDate(0, 0, 9)
	case "mid":
		start, last = start.AddDate(0, 0, 10), start.AddDate(0, 0, 19)
	case "late":
		start = start.AddDate(0, 0, 20)
	}
	return Expr{First: first, End: i + 1, Range: []string{start.Format(day), last.Format(day)}, Rule: "month"}
}
