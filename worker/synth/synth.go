// Package synth writes a synthetic news stream for load and crash tests:
// any number of short plain-text articles about invented events, several
// outlets reporting each event over a day or two, some of them reposting
// a wire copy, with invented names and places. Every word is this
// project's own; the same seed gives the same stream, byte for byte.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
)

// Options shape a stream.
type Options struct {
	// Seed fixes the stream.
	Seed uint64
	// PerEvent is the average number of articles about one event; 6 when zero.
	PerEvent int
	// CopyShare is the share of articles that repost an earlier article of
	// their event (a wire copy with its own credit line); 0.2 when zero.
	CopyShare float64
	// Start is the first event's time; 2026-01-05 when zero.
	Start time.Time
}

var (
	syllables = []string{"ka", "lo", "ven", "mar", "tis", "dor", "ba", "rel", "su", "nim", "ta", "gor", "li", "vas", "pe", "ron", "mi", "zel", "ha", "dun"}
	outlets   = []string{"Valmere Post", "Harbour Wire", "Northgate Herald", "The Daily Lantern", "Kestrel News", "Riverside Courier", "Eastmark Times", "Coastline Report"}
	wires     = []string{"Harbour Wire", "Meridian Press"}
	fillers   = []string{
		"Officials said more details would follow later in the week.",
		"Residents gathered near the town hall as the news spread.",
		"The announcement came after weeks of speculation.",
		"Local businesses said they were watching the situation closely.",
		"A spokesperson declined to comment further on the matter.",
		"Several groups have called for an independent review.",
		"Observers expect the issue to return before the council in spring.",
		"The figures have not been independently confirmed.",
	}
)

// topic is a kind of event with the sentences written about it. In the
// templates, {P} and {Q} are people, {O} an organisation, {L} a place and
// {N} a number.
type topic struct {
	title []string
	body  []string
}

var topics = []topic{
	{[]string{"{O} workers strike in {L}", "Strike halts {O} in {L}"},
		[]string{"Workers at {O} in {L} walked out on Monday over pay.", "Union leader {P} said {N} members had joined the strike.", "{O} said talks with the union would resume.", "{Q}, who manages the {L} site, called the walkout regrettable.", "Deliveries from the {L} plant were halted for the day."}},
	{[]string{"Flood warning issued for {L}", "River rises in {L}, homes evacuated"},
		[]string{"The river through {L} rose sharply after two days of rain.", "Emergency chief {P} said {N} homes had been evacuated.", "{O} opened shelters in schools across {L}.", "Forecasters said the rain would ease by the weekend.", "{Q} urged residents to avoid the riverside roads."}},
	{[]string{"{P} elected mayor of {L}", "{L} chooses {P} as mayor"},
		[]string{"{P} won the mayoral race in {L} with {N} votes.", "The result ends the long tenure of {Q} at the town hall.", "{P} promised to expand the tram network of {L}.", "{O} congratulated the new mayor in a statement.", "Turnout in {L} was higher than at the last election."}},
	{[]string{"{O} announces merger", "{O} to merge with rival"},
		[]string{"{O} said it would merge with a rival in a deal worth {N} million.", "Chief executive {P} said the merger would create jobs in {L}.", "Regulators are expected to review the deal.", "{Q}, an analyst, said the price was high.", "Shares of {O} rose on the news."}},
	{[]string{"Bridge closed in {L} after crack found", "Cracked bridge shuts {L} crossing"},
		[]string{"Engineers closed the main bridge in {L} after finding a crack.", "{P}, the city engineer, said repairs could take {N} days.", "{O} will run extra ferries across the river.", "Commuters in {L} faced long queues on Tuesday.", "{Q} said the bridge had passed an inspection last year."}},
	{[]string{"{L} festival draws record crowds", "Record crowds at {L} festival"},
		[]string{"The summer festival in {L} drew {N} visitors, organisers said.", "Festival director {P} thanked volunteers.", "{O} sponsored the main stage for the first time.", "{Q} headlined the closing night.", "Hotels in {L} reported no vacancies."}},
	{[]string{"Fire destroys warehouse in {L}", "{L} warehouse fire under investigation"},
		[]string{"A fire destroyed a warehouse owned by {O} in {L} overnight.", "Fire chief {P} said {N} crews fought the blaze.", "No one was hurt, according to {Q}.", "Investigators are examining the cause of the fire.", "Smoke could be seen across {L} until morning."}},
	{[]string{"{O} unveils new ferry for {L}", "New ferry enters service in {L}"},
		[]string{"{O} unveiled a new electric ferry for the {L} crossing.", "The vessel carries {N} passengers, said {P}.", "{Q} said fares would not rise.", "The old ferry will be retired at the end of the month.", "Trial runs in {L} went smoothly."}},
}

// name makes an invented capitalised word of n syllables.
func name(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

type event struct {
	t       topic
	p, q, o string
	l       string
	n       int
	when    time.Time
	written []string // bodies written so far, for copies
}

func (e *event) fill(s string) string {
	return strings.NewReplacer("{P}", e.p, "{Q}", e.q, "{O}", e.o, "{L}", e.l, "{N}", fmt.Sprint(e.n)).Replace(s)
}

// Documents returns the first n documents of the stream, roughly in
// publication order.
func Documents(n int, opts Options) []chorus.Document {
	if opts.PerEvent <= 0 {
		opts.PerEvent = 6
	}
	if opts.CopyShare == 0 {
		opts.CopyShare = 0.2
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	}
	r := rand.New(rand.NewPCG(opts.Seed, 0x73796e7468))
	docs := make([]chorus.Document, 0, n)
	var live []*event
	for i := 0; len(docs) < n; i++ {
		// A new event every so often; articles go to the live events.
		if len(live) == 0 || r.IntN(opts.PerEvent) == 0 {
			e := &event{t: topics[r.IntN(len(topics))], p: name(r, 2) + " " + name(r, 3), q: name(r, 2) + " " + name(r, 2),
				o: name(r, 2) + " " + []string{"Group", "Holdings", "Council", "Lines", "Works"}[r.IntN(5)],
				l: name(r, 3), n: 10 + r.IntN(990), when: opts.Start.Add(time.Duration(i) * 20 * time.Minute)}
			live = append(live, e)
			if len(live) > 8 {
				live = live[1:]
			}
		}
		e := live[r.IntN(len(live))]
		published := e.when.Add(time.Duration(r.IntN(36*60)) * time.Minute)
		var body, title, outlet string
		if len(e.written) > 0 && r.Float64() < opts.CopyShare {
			outlet = outlets[r.IntN(len(outlets))]
			wire := wires[r.IntN(len(wires))]
			body = fmt.Sprintf("(%s) %s\n\nReporting by %s staff for %s.", wire, e.written[r.IntN(len(e.written))], wire, outlet)
			title = e.fill(e.t.title[0])
		} else {
			outlet = outlets[r.IntN(len(outlets))]
			title = e.fill(e.t.title[r.IntN(len(e.t.title))])
			var paras []string
			order := r.Perm(len(e.t.body))
			for k, j := range order[:3+r.IntN(len(order)-2)] {
				s := e.fill(e.t.body[j])
				if k%2 == 1 {
					s += " " + fillers[r.IntN(len(fillers))]
				}
				paras = append(paras, s)
			}
			paras = append(paras, fillers[r.IntN(len(fillers))])
			body = strings.Join(paras, "\n\n")
			e.written = append(e.written, body)
		}
		text := title + "\n\n" + body + "\n"
		src := fmt.Sprintf("synth/%d/%06d.txt", opts.Seed, len(docs))
		doc, err := ingest.Bytes(src, []byte(text), false, "text/plain")
		if err != nil {
			continue // cannot happen for plain UTF-8 text; keep the stream going
		}
		doc.Hints.Outlet = outlet
		doc.Hints.Published = published
		docs = append(docs, doc)
	}
	return docs
}
