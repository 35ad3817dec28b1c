package extract

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// chromeCases are invented lines: reported sentences that use the words
// of page furniture, which must be kept, and furniture, which must go.
var chromeCases = []struct {
	text   string
	chrome bool
}{
	// Reporting that shares words with furniture.
	{"The north ferry route will cost more from April, the operator said on Monday.", false},
	{"The streaming service added two million subscribers, the company said.", false},
	{"The advertisement ran in three papers, the council said.", false},
	{"Investors will share on the profits of the route, the minister said.", false},
	{"Subscribers to the water scheme will pay less from May, the utility said.", false},
	{"Newsletter subscriptions at the co-operative rose by a third last year.", false},
	{"Users who click here are sent to a fake bank page, police said.", false},
	{"Few economists subscribe to that view, according to the survey.", false},
	{"The firm will share it with regulators before the hearing, she said.", false},
	{"The law aims to reduce spam calls to pensioners, the minister said.", false},
	{"Lawmakers did not read the full report before the vote, an aide told reporters.", false},
	{"The agency received 300 comments on the plan during the consultation.", false},
	{"The deal gives the navy unlimited access to the port until 2031.", false},
	{"Meanwhile, subscription numbers at the paper rose 5% in the quarter.", false},
	{"The company changed its privacy policy in May, regulators said.", false},
	{"An error occurred in the count at two polling stations, officials said.", false},
	{"“Our newsletter reaches every home on the island,” the mayor said.", false},
	{"The US said the deal would bring more from the region to its ports.", false},
	{"More than 2,000 residents sign up for the scheme each year, the council said.", false},
	{"Detectives have a tip that the van was seen near the quay, a spokesman said.", false},
	{"The board, already a member of the regional alliance, voted to stay.", false},
	{"“Click here to claim your refund,” the fake message read, police said.", false},
	{"\"Read more widely,\" the head teacher told pupils at the assembly.", false},
	{"If the plan is approved, more from the fund will go to schools, the mayor said.", false},
	{"More from the fund will go to clinics next year, the mayor said.", false},
	{"“Don't miss the deadline,” the tax office warned taxpayers on Friday.", false},
	{"Children who keep reading over the summer do better at school, the study found.", false},
	{"Officials did not share this information with families, the inquiry said.", false},
	{"Terms of service for the ferry app changed in March, the operator said.", false},
	{"Members can unsubscribe at any time under the new rules, the regulator said.", false},

	// Furniture.
	{"Subscribe to our newsletter", true},
	{"Share this article", true},
	{"More from Harbor Ledger", true},
	{"Advertisement", true},
	{"ADVERTISEMENT", true},
	{"Advert", true},
	{"Be the first to comment", true},
	{"Comments (12)", true},
	{"12 comments", true},
	{"Click here for more information.", true},
	{"For the full timetable, click here.", true},
	{"Read more: Ferry fares rise again", true},
	{"Sign up for the morning briefing and get the news in your inbox.", true},
	{"Don't forget to subscribe to our weekly newsletter.", true},
	{"You can also sign up for the newsletter here...", true},
	{"Like this story? Share it with a friend!", true},
	{"Could you take a minute to share this report?", true},
	{"© 2031 Harbor Ledger. All rights reserved.", true},
	{"© Harbor Ledger Media Ltd.", true},
	{"Copyright 2031 Harbor Ledger Media", true},
	{"Privacy Policy | Terms of Service | Cookie Settings", true},
	{"We use cookies to improve your experience.", true},
	{"Already a subscriber? Log in", true},
	{"Unlimited access for one dollar a week. Cancel anytime.", true},
	{"Get the latest headlines in your inbox every morning.", true},
	{"An error has occurred. Please try again later.", true},
	{"Keep reading", true},
	{"… keep reading. There is more below the line.", true},
	{"Continue reading below", true},
	{"Don't miss", true},
	{"You may also like", true},
	{"Follow us on social media for updates.", true},
	{"Mara Velde contributed reporting from Ostrelka.", true},
	{"Filed under: Ferries, Harbour", true},
	{"This slideshow requires JavaScript.", true},
	{"5 min read", true},
	{"Our newsletter goes out every Friday morning.", true},
	{"Sponsored content", true},
	{"Newsletter", true},
	{"Terms of Use", true},
	{"Back to top", true},
	{"Photos from the harbour | More from Harbor Ledger", true},
	{"MORE FROM HARBOR LEDGER.", true},
	{"Home | More from Harbor Ledger", true},
	{"Print this page", true},
	{"Join the conversation", true},
	{"Have a tip? Write to the desk.", true},
	{"Get new posts by email. No adverts, and you can unsubscribe any time.", true},
	{"Subscribe", true},
}

func TestChromePhrases(t *testing.T) {
	for _, r := range chromeRules {
		if r.cue == "" {
			t.Errorf("chrome phrase %s has no literal cue: it runs on every short block", r.rx)
		}
	}
	for _, tt := range chromeCases {
		if got := isChrome(tt.text); got != tt.chrome {
			t.Errorf("isChrome(%q) = %v, want %v", tt.text, got, tt.chrome)
		}
	}
}

// TestChromeKeepsReporting reads a pasted article made of the cases, one
// paragraph each, and checks that the furniture is removed and that no
// reported sentence is taken for furniture.
func TestChromeKeepsReporting(t *testing.T) {
	var b strings.Builder
	b.WriteString("Ferry fares rise\n\nThe island council met on Monday to discuss the ferry timetable for the coming year and the budget for repairs at the harbour.\n\n")
	want := map[string]bool{}
	for _, tt := range chromeCases {
		b.WriteString(tt.text + "\n\n")
		want[tt.text] = tt.chrome
	}
	d, err := Read(chorus.Document{Format: chorus.FormatText, Charset: "utf-8", Body: []byte(b.String()),
		Hints: chorus.Hints{Title: "Ferry fares rise", Outlet: "Harbor Ledger"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, bl := range d.blocks {
		chrome, ok := want[bl.text]
		if !ok {
			continue
		}
		// Another rule may take a furniture line first ("5 min read" is a
		// reading time).
		if chrome && bl.drop == "" {
			t.Errorf("furniture kept: %q", bl.text)
		}
		if !chrome && bl.drop == "page furniture" {
			t.Errorf("reported sentence dropped as page furniture: %q", bl.text)
		}
	}
}

// TestChromeInArticle extracts an invented pasted article whose reporting
// uses furniture words, followed by the furniture of its page, and checks
// the text keeps every sentence of the report and none of the furniture.
func TestChromeInArticle(t *testing.T) {
	report := []string{
		"The island ferry operator will raise fares on its three routes next spring, the harbour board said on Monday.",
		"The north ferry route will cost more from April, the operator said on Monday.",
		"Season ticket subscribers will pay a tenth more, while day fares rise by a fifth, according to the board.",
		"The advertisement announcing the fares ran in three papers, the council said.",
		"Islanders will share on the savings from a new fuel contract, the operator said.",
		"The harbour board said the ferry fares had not risen for six years and the routes lost money last year.",
	}
	furniture := []string{"Subscribe to our newsletter", "Share this article", "More from Harbor Ledger", "Advertisement", "© 2031 Harbor Ledger"}
	body := "Ferry fares to rise in spring\n\n" + strings.Join(report, "\n\n") + "\n\n" + strings.Join(furniture, "\n\n") + "\n"
	a, err := Extract(chorus.Document{Format: chorus.FormatText, Charset: "utf-8", Body: []byte(body),
		Hints: chorus.Hints{Title: "Ferry fares to rise in spring", Outlet: "Harbor Ledger"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range report {
		if !strings.Contains(a.Text, s) {
			t.Errorf("reported sentence lost: %q", s)
		}
	}
	for _, f := range furniture {
		if strings.Contains(a.Text, f) {
			t.Errorf("furniture kept: %q", f)
		}
	}
}

// TestBoxAfterFurnitureHeading extracts a pasted article that ends with a
// comment form and a "More from …" box whose headlines sit on one line
// each: the heading is furniture, and so is the box it heads.
func TestBoxAfterFurnitureHeading(t *testing.T) {
	report := []string{
		"The Riel lifeboat crew rescued four sailors from a stranded yacht off Tessin Point on Sunday, the coastguard said.",
		"The yacht lost its mast in a squall and drifted onto the rocks below the lighthouse, where the crew reached it within twenty minutes.",
		"All four sailors were taken to the harbour and checked by paramedics, who said none needed hospital treatment.",
	}
	tail := "Have your say\n\nNo comments yet.\n\nYour name\nYour comment\nSubmit\n\n" +
		"More from the Riel Courier\nSchool roof repairs to finish by September\nMarket hall reopens after a two-year refit\nBus timetable changes from Monday"
	body := "Lifeboat rescues four from stranded yacht\n\n" + strings.Join(report, "\n\n") + "\n\n" + tail + "\n"
	a, err := Extract(chorus.Document{Format: chorus.FormatText, Charset: "utf-8", Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range report {
		if !strings.Contains(a.Text, s) {
			t.Errorf("reported sentence lost: %q", s)
		}
	}
	for _, f := range []string{"Have your say", "Your name", "Your comment", "Submit", "School roof", "Market hall", "Bus timetable"} {
		if strings.Contains(a.Text, f) {
			t.Errorf("furniture kept: %q\n%s", f, a.Text)
		}
	}
}
