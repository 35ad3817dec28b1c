package timex

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// ref is the part of a TimeRef a case checks: the text covered, the type
// and the value.
type ref struct {
	Text  string
	Type  chorus.TimeType
	Value string
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

const (
	D  = chorus.TimeDate
	T  = chorus.TimeTime
	DU = chorus.TimeDuration
	S  = chorus.TimeSet
)

// The sentences are written for these tests; the dates follow the July
// 2016 talks on Syria the project started from.
var findCases = []struct {
	name   string
	anchor string // "" = no anchor
	text   string
	want   []ref
}{
	// The seed articles' situations.
	{"said on Tuesday, same day", "2016-07-26", "The foreign minister said on Tuesday that talks would go on.",
		[]ref{{"Tuesday", D, "2016-07-26"}}},
	{"early August", "2016-07-26", "The two delegations will meet again in early August.",
		[]ref{{"early August", D, "2016-08"}}},
	{"a year that ends a name dates nothing", "2019-11-18", "The store stocks Harbour Manager 2020 and Riel Rally 2019, both released in 2019.",
		[]ref{{"2019", D, "2019"}}},
	{"a year after a month, a season or an opening word is a date", "2019-11-18", "In 2018 the ferry sailed. Since 2016, sales in December 2019 and Summer 2020 rose. Tessin, 2017.",
		[]ref{{"2018", D, "2018"}, {"2016", D, "2016"}, {"December 2019", D, "2019-12"}, {"Summer 2020", D, "2020-SU"}, {"2017", D, "2017"}}},
	// an article without a date: a shift from a yearless day keeps its
	// year unknown, a day's shift from a bare year gives no value, and
	// four digits before a zone are a clock time
	{"a day after a yearless day, undated", "", "The Marhold court ruled on Oct. 9. A day earlier, the Riel judge filed his request.",
		[]ref{{"Oct. 9", D, "XXXX-10-09"}, {"A day earlier", D, "XXXX-10-08"}}},
	{"a day after a bare year, undated", "", "The Varga plant opened in 1973. The judge filed his request a day earlier.",
		[]ref{{"1973", D, "1973"}, {"a day earlier", D, ""}}},
	{"a day after a bare year, dated", "2025-03-14", "The Varga plant opened in 1973. The judge filed his request a day earlier.",
		[]ref{{"1973", D, "1973"}, {"a day earlier", D, "2025-03-13"}}},
	{"military clock time before a zone", "2025-03-14", "The sirens in Tessin sounded at 2 a.m. Thursday (1900 GMT Wednesday).",
		[]ref{{"2 a.m. Thursday", T, "2025-03-13T02:00"}, {"Wednesday", D, "2025-03-12"}}},
	{"early season about to start, past tense", "2025-05-07", "Growers were exposed as the early summer harvest got under way.",
		[]ref{{"the early summer", D, "2025-SU"}}},
	{"Aug. 1 deadline", "2016-07-26", "Rebels were told to leave before the Aug. 1 deadline.",
		[]ref{{"Aug. 1", D, "2016-08-01"}}},
	{"late Tuesday, March 3 night", "2015-03-04", "The deal was struck late Tuesday, March 3 night in Perandos.",
		[]ref{{"late Tuesday, March 3 night", T, "2015-03-03TNI"}}},
	{"since early July", "2016-07-26", "Fighting around the city has intensified since early July.",
		[]ref{{"early July", D, "2016-07"}}},
	{"in the last 24 hours", "2016-07-26", "Dozens of homes were flooded in the last 24 hours.",
		[]ref{{"the last 24 hours", DU, "PT24H"}}},
	{"next month", "2016-07-26", "The mediator hopes to hold fresh hearings next month.",
		[]ref{{"next month", D, "2016-08"}}},

	// Weekdays by tense, anchor Friday 2016-07-15.
	{"past weekday", "2016-07-15", "The ministers met on Thursday in Geneva.",
		[]ref{{"Thursday", D, "2016-07-14"}}},
	{"future weekday", "2016-07-15", "The ministers will meet on Monday in Geneva.",
		[]ref{{"Monday", D, "2016-07-18"}}},
	{"planning to, in the past progressive", "2016-07-15", "Growers at Vessa were planning to blockade the depot on Monday.",
		[]ref{{"Monday", D, "2016-07-18"}}},
	{"adverb between modal and passive", "2016-02-10", "The Orlen ballot would still be held on April 24, officials at Vessa said.",
		[]ref{{"April 24", D, "2016-04-24"}}},
	{"present passive", "2016-03-29", "The Vessa appeal is heard in May before three judges.",
		[]ref{{"May", D, "2016-05"}}},
	{"past passive", "2016-03-29", "The Vessa appeal was heard in May before three judges.",
		[]ref{{"May", D, "2015-05"}}},
	{"an un- adjective is no past verb", "2016-02-13", "Vessa will pay its dividend on some still unspecified date in August.",
		[]ref{{"August", D, "2016-08"}}},
	{"continued is a past verb", "2016-07-18", "Over the weekend, the Vessa crews continued to clear the road.",
		[]ref{{"the weekend", D, "2016-W28-WE"}}},
	{"continued after a determiner is not", "2016-07-18", "The continued closure of the Vessa road ends over the weekend.",
		[]ref{{"the weekend", D, "2016-W29-WE"}}},
	{"a weekday's noun looks back", "2016-07-18", "Thursday's tally at Vessa drew few complaints.",
		[]ref{{"Thursday", D, "2016-07-14"}}},
	{"an awaited weekday's noun looks ahead", "2016-07-15", "Crowds gathered at Vessa ahead of Thursday's tally.",
		[]ref{{"Thursday", D, "2016-07-21"}}},
	{"last month by name is a year back", "2016-03-01", "Two Vessa ferries collided last February, not last December.",
		[]ref{{"last February", D, "2015-02"}, {"last December", D, "2015-12"}}},
	{"last month by name, a January anchor", "2016-01-20", "The Vessa ferry sank last December.",
		[]ref{{"last December", D, "2014-12"}}},
	// Without a tense a month is the last one unless the next is much
	// nearer.
	{"tenseless month a quarter ahead", "2016-10-25", "Vessa notes: the January strike.",
		[]ref{{"January", D, "2016-01"}}},
	{"tenseless month two months ahead", "2016-11-25", "Vessa notes: the January strike.",
		[]ref{{"January", D, "2017-01"}}},
	// A plan in the past perfect was overtaken: its time is behind.
	{"plan in the past perfect", "2016-07-18", "The truce at Orlen had been due to lapse on Friday evening, but the envoys stretched it.",
		[]ref{{"Friday evening", T, "2016-07-15TEV"}}},
	{"plan in the present", "2016-07-18", "The truce at Orlen is due to lapse on Friday evening.",
		[]ref{{"Friday evening", T, "2016-07-22TEV"}}},
	{"present weekday nearest", "2016-07-15", "The talks on Thursday are the last chance.",
		[]ref{{"Thursday", D, "2016-07-14"}}},
	// A gathering someone was invited or called to is dated ahead, whatever
	// the tense of the verb that arranged it; one that is reported as held
	// follows the verb.
	{"invited to talks on a weekday", "2016-07-12", "The minister invited both unions to talks at his office in Marhold on Friday.",
		[]ref{{"Friday", D, "2016-07-15"}}},
	{"called for a new vote", "2016-07-12", "The opposition called for a new vote on Thursday.",
		[]ref{{"Thursday", D, "2016-07-14"}}},
	{"talks that began", "2016-07-12", "The deal came after talks that began on Friday in Marhold.",
		[]ref{{"Friday", D, "2016-07-08"}}},
	{"late Thursday night", "2016-07-15", "Airstrikes hit the district late Thursday night.",
		[]ref{{"late Thursday night", T, "2016-07-14TNI"}}},
	{"last Friday", "2016-07-15", "Officials said last Friday that aid had arrived.",
		[]ref{{"last Friday", D, "2016-07-08"}}},
	{"possessive weekday", "2016-07-15", "Lawyers said they would appeal Wednesday's ruling.",
		[]ref{{"Wednesday", D, "2016-07-13"}}},
	{"this weekday", "2016-07-15", "The envoys meet this Monday.",
		[]ref{{"this Monday", D, "2016-07-18"}}},
	{"passive future", "2016-07-15", "The aid would be delivered in January.",
		[]ref{{"January", D, "2017-01"}}},
	// in a December article a past verb's "in January" is the January
	// behind, while a date the past verb does not govern may lie ahead
	{"past verb, in January, late in the year", "2016-12-06", "Varga was beaten at the Riel indoor games in January.",
		[]ref{{"January", D, "2016-01"}}},
	{"past verb, a deadline just ahead", "2016-12-06", "The board extended to Jan. 9 its offer for the Tessin ferry line.",
		[]ref{{"Jan. 9", D, "2017-01-09"}}},
	{"reporting verb, in January just ahead", "2016-12-06", "The Marhold mayor said the bridge reopens in January.",
		[]ref{{"January", D, "2017-01"}}},
	// a gerund has no tense: "being hit" is not a past verb
	{"gerund, in January just ahead", "2016-12-06", "The odds of a Riel probe being hit by a fragment in January are small.",
		[]ref{{"January", D, "2017-01"}}},
	{"past progressive passive", "2016-12-06", "The Riel probe was being repaired in January.",
		[]ref{{"January", D, "2016-01"}}},
	{"weekday and date", "2016-07-15", "The paper said in an editorial on Monday, July 18: the talks matter.",
		[]ref{{"Monday, July 18", D, "2016-07-18"}}},

	// Relative days and units.
	{"today yesterday tonight", "2016-07-15", "He arrived yesterday, spoke today and leaves tonight.",
		[]ref{{"yesterday", D, "2016-07-14"}, {"today", D, "2016-07-15"}, {"tonight", T, "2016-07-15TNI"}}},
	{"weeks", "2016-07-15", "Talks resumed this week after a pause last week.",
		[]ref{{"this week", D, "2016-W28"}, {"last week", D, "2016-W27"}}},
	{"years", "2016-07-15", "Exports fell last year and will recover this year.",
		[]ref{{"last year", D, "2015"}, {"this year", D, "2016"}}},
	{"ago", "2016-07-15", "The convoy left two days ago.",
		[]ref{{"two days ago", D, "2016-07-13"}}},
	{"earlier this year", "2016-07-15", "The truce collapsed earlier this year.",
		[]ref{{"earlier this year", D, "2016"}}},
	{"last April", "2016-07-15", "The truce signed last April held until May.",
		[]ref{{"last April", D, "2016-04"}, {"May", D, "2016-05"}}},

	// Durations.
	{"past three years", "2016-07-15", "Prices doubled over the past three years.",
		[]ref{{"the past three years", DU, "P3Y"}}},
	{"hyphenated", "2016-07-15", "A 48-hour truce ended a five-year-old war.",
		[]ref{{"48-hour", DU, "PT48H"}, {"five-year-old", DU, "P5Y"}}},
	{"24 hours", "2016-07-15", "The ceasefire lasted 24 hours.",
		[]ref{{"24 hours", DU, "PT24H"}}},
	{"next few days", "2016-07-15", "A decision is expected in the next few days.",
		[]ref{{"the next few days", DU, "PXD"}}},
	{"recent days", "2016-07-15", "Shelling has increased in recent days.",
		[]ref{{"recent days", DU, "PXD"}}},
	{"half units", "2016-07-15", "The siege lasted 2 1/2 years and the meeting a minute and a half.",
		[]ref{{"2 1/2 years", DU, "P2Y6M"}, {"a minute and a half", DU, "PT1M30S"}}},
	{"at least", "2016-07-15", "Aid must wait at least 30 days.",
		[]ref{{"at least 30 days", DU, "P30D"}}},

	// Reference words.
	{"present", "2016-07-15", "The city is now surrounded and currently without power.",
		[]ref{{"now", D, "PRESENT_REF"}, {"currently", D, "PRESENT_REF"}}},
	{"past and future", "2016-07-15", "Such deals failed in the past and may fail in the future.",
		[]ref{{"the past", D, "PAST_REF"}, {"the future", D, "FUTURE_REF"}}},

	// Absolute dates in the usual forms.
	{"month day year", "2016-07-15", "It was signed on July 14, 2016, in Vienna.",
		[]ref{{"July 14, 2016", D, "2016-07-14"}}},
	{"day month year", "2016-07-15", "It was signed on 14 July 2016 and ratified on 15 July, 2016.",
		[]ref{{"14 July 2016", D, "2016-07-14"}, {"15 July, 2016", D, "2016-07-15"}}},
	{"abbreviated", "2016-07-15", "Talks began Jul. 14 and end Aug. 1.",
		[]ref{{"Jul. 14", D, "2016-07-14"}, {"Aug. 1", D, "2016-08-01"}}},
	{"numeric", "2016-07-15", "Filed 2016-07-14 and stamped 7/14/2016.",
		[]ref{{"2016-07-14", D, "2016-07-14"}, {"7/14/2016", D, "2016-07-14"}}},
	{"years and decades", "2016-07-15", "Founded in 1998, it grew in the 1990s and the 20th century.",
		[]ref{{"1998", D, "1998"}, {"the 1990s", D, "199"}, {"the 20th century", D, "19"}}},
	{"modified years", "2016-07-15", "Plans made in mid-2014 were dropped in late 2015.",
		[]ref{{"mid-2014", D, "2014"}, {"late 2015", D, "2015"}}},
	// A list of years goes on past the second; a list of counts before a
	// noun of things counted is no list of years.
	{"a list of three years", "2016-07-15", "Tolls at Brannock rose in 2012 and 2013 and fell after that.",
		[]ref{{"2012", D, "2012"}, {"2013", D, "2013"}}},
	{"a list of counts", "2016-07-15", "Between 1700 and 1800 and 1900 people camped on the hill.", nil},
	{"month and year", "2016-07-15", "The war began in March 2011.",
		[]ref{{"March 2011", D, "2011-03"}}},

	// Seasons, quarters, fiscal years.
	{"season", "2016-07-15", "The offensive planned for this summer was delayed.",
		[]ref{{"this summer", D, "2016-SU"}}},
	{"quarter with year", "2016-07-15", "Profit rose in the third quarter of 1998.",
		[]ref{{"the third quarter of 1998", D, "1998-Q3"}}},
	{"quarter adjective", "1989-10-26", "The company reported a third-quarter loss.",
		[]ref{{"third-quarter", D, "1989-Q3"}}},
	{"year-ago quarter", "1989-10-26", "Profit rose in the third quarter from the year-ago quarter.",
		[]ref{{"the third quarter", D, "1989-Q3"}, {"the year-ago quarter", D, "1988-Q3"}}},
	// The quarter a report is about is one that is over: a forecast for
	// the current quarter does not change what "the latest quarter" and
	// "a year ago" mean, but a past clause can close a fiscal quarter
	// before its calendar namesake ends.
	{"a forecast quarter is not the reported one", "1997-11-05",
		"Korvel Mills reported a loss for the third quarter. It expects fourth-quarter sales to slip. Revenue in the latest quarter fell from a year ago.",
		[]ref{{"the third quarter", D, "1997-Q3"}, {"fourth-quarter", D, "1997-Q4"}, {"the latest quarter", D, "1997-Q3"}, {"a year ago", D, "1996-Q3"}}},
	{"a fiscal quarter that ended is the reported one", "1997-11-05",
		"Dunmere Foods posted thinner profit for the fourth quarter ended Sept. 30. Sales in the latest period rose from a year earlier.",
		[]ref{{"the fourth quarter", D, "1997-Q4"}, {"Sept. 30", D, "1997-09-30"}, {"the latest period", D, "1997-Q4"}, {"a year earlier", D, "1996-Q4"}}},
	{"fiscal year", "2016-07-15", "Sales grew in fiscal 2015.",
		[]ref{{"fiscal 2015", D, "2015"}}},

	{"the week of a day", "2017-02-24", "The Vessa hearing may come the week of March 6, officials said.",
		[]ref{{"the week of March 6", D, "2017-W10"}}},

	// A vague count after an event is a length; before now, a past reference.
	{"a few weeks later", "2016-07-15", "The Vessa mill shut in 2009. A few weeks later its owner sold the site, as he had several years ago.",
		[]ref{{"2009", D, "2009"}, {"A few weeks", DU, "PXW"}, {"several years ago", D, "PAST_REF"}}},

	{"the past decade is a length", "2016-07-15", "Over the past decade the Vessa port grew; over the past century it barely changed, and in the last decade it doubled.",
		[]ref{{"the past decade", DU, "P10Y"}, {"the past century", DU, "P100Y"}, {"the last decade", D, "200"}}},

	// Times of day.
	{"clock", "2016-07-15", "The convoy left at 3 p.m. and will return at 10:35 a.m. Saturday.",
		[]ref{{"3 p.m.", T, "2016-07-15T15:00"}, {"10:35 a.m. Saturday", T, "2016-07-16T10:35"}}},
	{"noon", "2016-07-15", "The deadline expires at noon Thursday.",
		[]ref{{"noon Thursday", T, "2016-07-14T12:00"}}},

	{"a weekday inside a clock time takes the whole clause's tense", "2016-07-13",
		"\"The Vessa convoy will roll out early (5 a.m. GMT Thursday),\" the mayor said.",
		[]ref{{"5 a.m. GMT Thursday", T, "2016-07-14T05:00"}}},

	// Sets.
	{"sets", "2016-07-15", "Officials meet weekly, and the council every Monday.",
		[]ref{{"weekly", S, "P1W"}, {"every Monday", S, "XXXX-WXX-1"}}},
	{"per year", "2016-07-15", "The program costs $1 billion a year.",
		[]ref{{"a year", S, "P1Y"}}},

	// Anaphora.
	{"that day", "2016-07-15", "The attack came on July 2. Later that day the army withdrew.",
		[]ref{{"July 2", D, "2016-07-02"}, {"Later that day", D, "2016-07-02"}}},
	{"the following year", "2016-07-15", "He left in 2011 and returned the following year.",
		[]ref{{"2011", D, "2011"}, {"the following year", D, "2012"}}},
	{"a participle after a linking verb carries no tense", "2025-03-12", "The mayor said the schools would stay closed until at least Monday.",
		[]ref{{"Monday", D, "2025-03-17"}}},
	{"the linking verb itself does", "2025-03-12", "The schools stayed closed until Monday.",
		[]ref{{"Monday", D, "2025-03-10"}}},
	{"the next year, told in the past after a date", "2019-11-19", "The two teachers were seized in August 2016. The next year, their captors sent a video.",
		[]ref{{"August 2016", D, "2016-08"}, {"The next year", D, "2017"}}},
	{"the next year, looking ahead", "2019-11-19", "The ferry line was sold in August 2016. The next year will decide whether it survives.",
		[]ref{{"August 2016", D, "2016-08"}, {"The next year", D, "2020"}}},

	// Not time expressions.
	{"ages", "2016-07-15", "A 44-year-old man and his 6-year-old son were hurt.", nil},
	{"counts", "2016-07-15", "About 2000 people fled, and three-quarters of them were children.", nil},
	{"a comparison of quarters", "2016-07-15", "The quarter-to-quarter gain at Vessa was small.", nil},
	{"a quarter of a share", "2016-07-15", "Growers at Vessa hold more than a quarter of the grain trade.", nil},
	{"quarters of a year", "2016-07-15", "The Vessa canal took a quarter of the year and will take two quarters of 2017.",
		[]ref{{"a quarter", DU, "P1Q"}, {"the year", D, "2016"}, {"two quarters", DU, "P2Q"}, {"2017", D, "2017"}}},
	{"the future as a noun, not an adjective", "2016-07-15", "Talk of Vessa's future is everywhere. Its future harbour plans were shelved. The mayor spoke about their future.",
		[]ref{{"future", D, "FUTURE_REF"}, {"future", D, "FUTURE_REF"}}},
	{"model year", "2016-07-15", "Police found Tam Orlen's 1994 Buick and a 1991 Dodge near Vessa. In 1994 Ford opened a plant there.",
		[]ref{{"1994", D, "1994"}}},
	{"company", "2016-07-15", "Sun Microsystems sold shares.", nil},
	{"the present age", "2016-07-15", "In today's world, he said, today's youth at Vessa need the ferry.", nil},
	{"today's paper is a day", "2016-07-15", "The notice ran in today's edition.",
		[]ref{{"today", D, "2016-07-15"}}},
	// Names of programmes and papers made of time words are told by their
	// capitals; a holiday and a sentence's first word keep theirs.
	{"programme titles", "2016-07-15", "The envoy told Radio Orlen's \"This Week\" and then \"90 Minutes\" that the pass stays shut.", nil},
	{"a title-case headline keeps its times", "2016-07-15", "Vessa Ferry Talks Resume This Week After Long Pause\nTalks on the Vessa ferry resume this week.",
		[]ref{{"This Week", D, "2016-W28"}, {"this week", D, "2016-W28"}}},
	{"paper named Today", "2016-07-15", "The remarks ran in Harbour Today on Monday.",
		[]ref{{"Monday", D, "2016-07-11"}}},
	{"capitals that are still times", "2016-07-15", "\"Last week was calm,\" she said. Today the Vessa office opens, as it did on Memorial Day.",
		[]ref{{"Last week", D, "2016-W27"}, {"Today", D, "2016-07-15"}, {"Memorial Day", D, "2016-05-30"}}},
	{"may verb", "2016-07-15", "Talks may resume. A march began.", nil},

	// Without an anchor, relative expressions keep unknown parts.
	{"no anchor", "", "On Thursday, July 14, they met; last week was calm. The 1998 accord holds.",
		[]ref{{"Thursday, July 14", D, "XXXX-07-14"}, {"last week", D, ""}, {"1998", D, "1998"}}},
	{"no anchor weekday", "", "They met on Thursday.",
		[]ref{{"Thursday", D, "XXXX-WXX-4"}}},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			var anchor time.Time
			if tc.anchor != "" {
				anchor = day(tc.anchor)
			}
			var got []ref
			for _, r := range Find(tc.text, anchor) {
				if r.Text != tc.text[r.Start:r.End] {
					t.Errorf("Text %q does not match span %v (%q)", r.Text, r.Span, tc.text[r.Start:r.End])
				}
				got = append(got, ref{r.Text, r.Type, r.Value})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find(%q, %s) mismatch (-want +got):\n%s", tc.text, tc.anchor, diff)
			}
		})
	}
}

// TestFindAnchorTime checks that the time of day of the anchor does not
// change dates: the anchor is a publication date.
func TestFindAnchorTime(t *testing.T) {
	text := "Officials said yesterday that talks resume on Monday."
	a := Find(text, day("2016-07-15"))
	b := Find(text, day("2016-07-15").Add(23*time.Hour+59*time.Minute))
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("anchor time of day changed the result (-midnight +late):\n%s", diff)
	}
}
