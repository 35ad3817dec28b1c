package extract

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// dateWords are the words a "Published Tuesday, 19 November 2019, 08:38 AM
// EST" line is made of besides numbers: month and weekday names (in the
// languages of Latin-script news the language detector knows), the verbs
// pages put before a date, and time-zone and clock words.
var dateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
		september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday
		thursday friday saturday sunday
		published posted updated update last modified created date time first on at the of am pm a m p utc gmt
		est edt cst cdt mst mdt pst pdt bst cet cest eet eest ist jst aest aedt
		janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
		segunda terça quarta quinta sexta feira sábado domingo de às em publicado atualizado
		enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre
		lunes martes miércoles jueves viernes sábado del el publicado actualizado
		janvier février mars avril mai juin juillet août septembre octobre novembre décembre
		lundi mardi mercredi jeudi vendredi samedi dimanche le à publié mis jour
		januar februar märz mai juni juli august oktober dezember montag dienstag mittwoch donnerstag
		freitag samstag sonntag um uhr veröffentlicht aktualisiert
		gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre dicembre lunedì martedì
		mercoledì giovedì venerdì sabato domenica alle pubblicato aggiornato`) {
		m[w] = true
	}
	return m
}()

// isDateOnly reports whether a short line holds nothing but a date or time
// ("First Published: Tuesday, November 19, 2019 08:38 AM", "15:23 2019",
// "sexta-feira, 22 de outubro de 2010 às 20:13"): page metadata, not text.
// It needs a number and a month name or a clock time, so that a one-word
// heading such as "Update" is not taken for a date.
func isDateOnly(s string) bool {
	if wordCount(s) > 14 {
		return false
	}
	number, month, clock := false, false, false
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ':'
	}) {
		f = strings.Trim(f, ":")
		switch {
		case f == "":
		case isDigits(f):
			number = true
		case strings.Contains(f, ":") && isDigits(strings.ReplaceAll(f, ":", "")):
			clock = true
		case dateWords[f]:
			month = month || monthNumber(f) > 0 || isLongMonth(f)
		default:
			return false
		}
	}
	return (number && month) || clock
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isLongMonth reports month names outside English ("outubro", "März").
func isLongMonth(w string) bool {
	switch w {
	case "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
		"novembro", "dezembro", "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre",
		"noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober",
		"dezember", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre":
		return true
	}
	return false
}

// rxURLDate finds a date in a URL's path: /2019/11/19/, /2019-11-19-,
// /20191119/.
var rxURLDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/-]|$|\D)`)

// dateInURL returns the calendar day a URL's path names, if any.
func dateInURL(raw string) (time.Time, bool) {
	u := strings.TrimSpace(raw)
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return calendarDay(rxURLDate.FindStringSubmatch(u))
}

// rxFileNameDate finds a date in a file's name: 2016-07-15-talks.txt,
// talks_20160715.html, and wire archives' document numbers such as
// XYZ20160715.0042, where the date follows the agency's letters. Digits
// on either side would make it part of a longer number.
var rxFileNameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// DateInFileName returns the calendar day a saved file's name gives, if
// any: archives and scrapers name files by the day they were published,
// and it is the only date a plain-text file without a dateline has.
func DateInFileName(path string) (time.Time, bool) {
	if strings.Contains(path, "://") {
		return time.Time{}, false // a URL, read by dateInURL
	}
	return calendarDay(rxFileNameDate.FindStringSubmatch(filepath.Base(path)))
}

// calendarDay turns a match of year, month and day into a date, refusing
// days the month does not have.
func calendarDay(m []string) (time.Time, bool) {
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 30 February
	}
	return t, true
}
