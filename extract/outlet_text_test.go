package extract

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// TestOutletFromText checks that a text with no other name for its outlet
// takes it from the furniture that names the site, or else from its wire
// dateline, and that a hint or a lookalike line does not get overruled.
func TestOutletFromText(t *testing.T) {
	const story = "Harbor pilots agreed a new rota on Friday after a week of talks, the port authority said.\n\n" +
		"The rota starts next month and adds a night shift at the outer anchorage.\n\n"
	for _, tc := range []struct {
		name, body, hint, want, from string
	}{
		{"more from", "Pilots agree rota\n\n" + story + "More from the Gullhaven Gazette\nTram fares to rise in June", "", "Gullhaven Gazette", "text:furniture"},
		{"subscribe", "Pilots agree rota\n\n" + story + "Subscribe to Quayside Letters\nGet new posts by email.", "", "Quayside Letters", "text:furniture"},
		{"app", "Pilots agree rota\n\n" + story + "Gullhaven Gazette app: the harbour in your pocket", "", "Gullhaven Gazette", "text:furniture"},
		{"copyright", "Pilots agree rota\n\n" + story + "© 2025 Gullhaven Gazette Ltd", "", "Gullhaven Gazette", "text:furniture"},
		{"a dateline's agency is no outlet", "Pilots agree rota\n\nGULLHAVEN (Tern News) - " + story, "", "", ""},
		{"furniture after the list trimmed off the tail", "Pilots agree rota\n\n" + story + "Latest headlines\nTram fares to rise in June\nNew pool opens at the lido\nGullhaven Gazette app: the harbour in your pocket", "", "Gullhaven Gazette", "text:furniture"},
		{"hint wins", "Pilots agree rota\n\n" + story + "More from the Gullhaven Gazette", "Evening Quay", "Evening Quay", "input"},
		{"our newsletter is no outlet", "Pilots agree rota\n\n" + story + "Subscribe to our newsletter", "", "", ""},
		{"a sentence is no furniture", "Pilots agree rota\n\n" + story + "More from the Harbor Fund will go to the lifeboat crews next year, the trustees said.", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := chorus.Document{Source: "pilots.txt", Format: chorus.FormatText, Charset: "utf-8",
				Body: []byte(tc.body), Hints: chorus.Hints{Outlet: tc.hint}}
			d, err := Read(doc)
			if err != nil {
				t.Fatal(err)
			}
			if d.meta.outlet != tc.want || d.meta.from["outlet"] != tc.from {
				t.Errorf("outlet %q from %q, want %q from %q", d.meta.outlet, d.meta.from["outlet"], tc.want, tc.from)
			}
		})
	}
}

// TestTitleFromTextsFirstLine checks which first lines of a plain text are
// its title.
func TestTitleFromTextsFirstLine(t *testing.T) {
	const rest = "\n\nHarbor pilots agreed a new rota on Friday after a week of talks, the port authority said.\n"
	for _, tc := range []struct{ name, first, want string }{
		{"headline", "Pilots agree new rota", "Pilots agree new rota"},
		{"headline with a colon inside", "ROTA AGREED: pilots end week of talks", "ROTA AGREED: pilots end week of talks"},
		{"a lead-in heads nothing", "The Gullhaven Gazette said in an editorial on Tuesday:", ""},
		{"a full-stopped sentence is the first paragraph", "Harbor pilots and the port authority met for a fifth time on Thursday without agreeing.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := chorus.Document{Source: "pilots.txt", Format: chorus.FormatText, Charset: "utf-8", Body: []byte(tc.first + rest)}
			d, err := Read(doc)
			if err != nil {
				t.Fatal(err)
			}
			if d.meta.title != tc.want {
				t.Errorf("title %q, want %q", d.meta.title, tc.want)
			}
		})
	}
}

// TestWireDatelineCredit checks that a wire dateline at the head of a plain
// text names the agency the text is credited to and leaves the text, in
// each way wire copy writes its dash.
func TestWireDatelineCredit(t *testing.T) {
	const lead = "Harbor pilots agreed a new rota on Friday after a week of talks, the port authority said."
	for _, tc := range []struct{ name, body, credit string }{
		{"hyphen", "GULLHAVEN (Tern News) - " + lead, "Tern News"},
		{"em dash with a country", "GULLHAVEN, Veskaria (Tern News) — " + lead, "Tern News"},
		{"teletype underscore", "GULLHAVEN, Veskaria (TN) _ " + lead, "TN"},
		{"an underscore in prose is no dash", "Pilots agree rota\n\nThe new rota _ agreed on Friday _ starts next month.", ""},
		{"a dateline without an agency", "GULLHAVEN, Veskaria _ " + lead, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := chorus.Document{Source: "pilots.txt", Format: chorus.FormatText, Charset: "utf-8",
				Body: []byte("Pilots agree rota\n\n" + tc.body + "\n\nThe rota starts next month.\n")}
			a, err := Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			if a.Credit != tc.credit {
				t.Errorf("credit %q, want %q", a.Credit, tc.credit)
			}
			if strings.HasSuffix(tc.body, lead) && !strings.HasPrefix(a.Text[len(a.Title):], "\n\n"+lead) {
				t.Errorf("dateline left in the text: %q", a.Text)
			}
		})
	}
}

// TestQuotationClosesALine checks that a line ending in a quotation closed
// by apostrophes after its full stop is a paragraph of its own, while a
// hard-wrapped line runs on into the next.
func TestQuotationClosesALine(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		paragraphs int
	}{
		{"wire apostrophes", "Varga said the rota was ``fair to every crew on the harbour.''\nThe port authority will publish the rota on Monday morning.", 2},
		{"single apostrophe", "Varga called the rota 'fair to every crew on the whole harbour.'\nThe port authority will publish the rota on Monday morning.", 2},
		{"a plural possessive wraps", "The new rota was agreed after a week of talks with the players'\nunion and the port authority on Friday.", 1},
		{"a hard wrap", "The new rota was agreed after a week of talks between the pilots\nand the port authority on Friday.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := chorus.Document{Source: "rota.txt", Format: chorus.FormatText, Charset: "utf-8",
				Body: []byte("Pilots agree rota\n\n" + tc.body + "\n")}
			a, err := Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(a.Paragraphs) - 1; got != tc.paragraphs { // the first is the title
				t.Errorf("%d paragraphs, want %d: %q", got, tc.paragraphs, a.Text)
			}
		})
	}
}
