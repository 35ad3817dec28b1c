package timex

// The words the rules know, all lower case.

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// monthAbbrevs may not stand for a month without a following period or day
// number ("mar" and "dec" are words too).
var monthAbbrevs = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// weekdays maps day names to ISO weekday numbers (Monday = 1).
var weekdays = map[string]int{
	"monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
	"thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

// weekdayPlurals are the plural forms, which make a SET ("on Mondays").
var weekdayPlurals = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// seasons maps season words to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
	"springs": "SP", "summers": "SU", "falls": "FA", "autumns": "FA", "winters": "WI",
}

// partsOfDay maps words to TIMEX3 part-of-day codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
	"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}

// unit is a calendar unit a duration or an offset counts in.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uMillennium
)

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"second": uSecond, "seconds": uSecond, "sec": uSecond, "secs": uSecond,
	"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
	"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
	"day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek, "weekend": uWeekend, "weekends": uWeekend,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury, "millennium": uMillennium, "millennia": uMillennium,
	"millenniums": uMillennium,
}

// durCode is the TIMEX3 duration letter of a unit (time units follow "T").
func (u unit) durCode() string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek:
		return "W"
	case uWeekend:
		return "WE"
	case uMonth:
		return "M"
	case uQuarter:
		return "Q"
	case uYear:
		return "Y"
	case uDecade:
		return "DE"
	case uCentury:
		return "CE"
	case uMillennium:
		return "L"
	}
	return ""
}

// timeUnit reports whether the unit is written after "T" in a duration.
func (u unit) timeUnit() bool { return u == uSecond || u == uMinute || u == uHour }

// adverbUnits are the "-ly" words of SETs ("daily" = every day).
var adverbUnits = map[string]unit{
	"hourly": uHour, "daily": uDay, "nightly": uDay, "weekly": uWeek, "monthly": uMonth,
	"quarterly": uQuarter, "yearly": uYear, "annually": uYear, "biweekly": uWeek,
}

// smallNumbers are number words up to nineteen plus the tens.
var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// decadeWords are the decades written as words ("the nineties").
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// ordinals maps ordinal words to numbers.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}

// ordinalSuffixes follow a digit ordinal ("14th").
var ordinalSuffixes = set("st", "nd", "rd", "th")

// vagueCounts are quantity words that make a duration's count unknown ("X").
var vagueCounts = set("few", "several", "many", "some", "numerous", "multiple", "couple")

// holidays maps fixed-date holidays to month and day.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "valentine": {2, 14}, "independence": {7, 4},
}
