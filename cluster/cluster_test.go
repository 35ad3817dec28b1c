package cluster

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestStem(t *testing.T) {
	tests := map[string]string{"talks": "talk", "striking": "strik", "agencies": "agency", "worried": "worry",
		"crisis": "crisis", "virus": "virus", "glass": "glass", "news": "news", "gas": "gas"}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeepWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{{"the", false}, {"dam", true}, {"2013", true}, {"250", false}, {"1848", false}, {"ok", false}, {"ios7", true}}
	for _, tt := range tests {
		toks := tokenize(tt.w, nil)
		if got := keepWord(toks[0], stopwords); got != tt.want {
			t.Errorf("keepWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestKeepWordByLanguage(t *testing.T) {
	tests := []struct {
		lang, w string
		want    bool
	}{
		{"de", "und", false}, {"de-AT", "für", false}, {"de", "hafen", true},
		{"pt", "para", false}, {"pt-BR", "porto", true}, {"fr", "dans", false}, {"es", "según", false},
		{"", "und", true}, {"en", "dans", true}, // English text keeps them: "Und" may be a name
		{"es", "son", true}, {"de", "war", true}, // English content words stay terms in every language
		{"ja", "the", false}, // languages without a list still drop English's
	}
	for _, tt := range tests {
		toks := tokenize(tt.w, nil)
		if got := keepWord(toks[0], stopwordsOf(tt.lang)); got != tt.want {
			t.Errorf("keepWord(%q) in %q = %v, want %v", tt.w, tt.lang, got, tt.want)
		}
	}
}

// Two German pages about unrelated things share only function words; they
// once joined one story on them, since a mostly English stream counts
// "und" and "für" as rare. German capitalises every noun, so capitals name
// nothing either.
func TestUnrelatedPagesOfOneLanguageStayApart(t *testing.T) {
	x := New(DefaultOptions)
	day := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	for i := range 20 { // an English stream, as a feed reader's mostly is
		x.Add(Doc{ID: chorus.ArticleID(fmt.Sprintf("en%02d", i)), Published: day, Lang: "en",
			Title: fmt.Sprintf("Harbour crane %d inspected", i), Text: fmt.Sprintf("Inspectors checked crane %d at the Lowmere terminal on Monday.", i)})
	}
	a := x.Add(Doc{ID: "de1", Published: day, Lang: "de", Title: "Neuer Bäcker in der Altstadt",
		Text: "Der Bäcker hat für die Eröffnung am Samstag und Sonntag mit dem Verkauf von Brot und Kuchen auf dem Markt begonnen, " +
			"und die Nachbarn sind über das Angebot sehr froh, weil es bei ihnen seit Jahren keine Bäckerei mehr gab."})
	b := x.Add(Doc{ID: "de2", Published: day, Lang: "de", Title: "Radweg an der Küste wird gesperrt",
		Text: "Der Radweg an der Küste wird für die Reparatur der Brücke ab Montag und bis zum Herbst gesperrt, " +
			"und die Gemeinde hat über eine Umleitung auf dem alten Deich mit den Anwohnern gesprochen, weil es keine andere Strecke gibt."})
	if a.Story == b.Story {
		t.Errorf("two unrelated German pages joined one story on %v", b.Shared)
	}
}

func TestCapitalisedPhrases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"U.N. envoy Lena de Riel met Tomas Varga in Marhold.", []string{"lena de riel", "tomas varga", "marhold"}},
		// "Efforts" opens a sentence and is never capitalised elsewhere: not a name.
		{"Efforts to calm the border stalled. Kerry said Kerry would try.", []string{"kerry", "kerry"}},
		// "Kerry" opens the sentence but is capitalised elsewhere too.
		{"Kerry flew in. Officials said Kerry met the Bank of England.", []string{"kerry", "kerry", "bank of england"}},
		{"The talks in Moscow ended.", []string{"moscow"}},
	}
	for _, tt := range tests {
		var got []string
		capitalisedPhrases(tokenize(tt.text, nil), stopwords, func(p []string) { got = append(got, strings.Join(p, " ")) })
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]bool{
		"Juan Pablo Makes His Decision":                       true,
		"Edward Snowden warns of personal data vulnerability": false,
		"Go": false,
	} {
		if got := titleCase(tokenize(in, nil)); got != want {
			t.Errorf("titleCase(%q) = %v", in, got)
		}
	}
}

func TestVectors(t *testing.T) {
	a := vec{ids: []uint32{1, 3, 5}, ws: []float32{1, 2, 3}}
	b := vec{ids: []uint32{3, 4, 5}, ws: []float32{1, 1, 1}}
	if got := dot(a, b); got != 5 {
		t.Errorf("dot = %v, want 5", got)
	}
	long := vec{}
	for i := uint32(0); i < 100; i++ {
		long.ids, long.ws = append(long.ids, i), append(long.ws, 1)
	}
	if got := dot(a, long); got != 6 {
		t.Errorf("dot by search = %v, want 6", got)
	}
	sum := addScaled(a, b, 2)
	want := vec{ids: []uint32{1, 3, 4, 5}, ws: []float32{1, 4, 2, 5}}
	if diff := cmp.Diff(want, sum, cmp.AllowUnexported(vec{})); diff != "" {
		t.Errorf("addScaled (-want +got):\n%s", diff)
	}
	tr := truncate(sum, 2)
	if diff := cmp.Diff(vec{ids: []uint32{3, 5}, ws: []float32{4, 5}}, tr, cmp.AllowUnexported(vec{})); diff != "" {
		t.Errorf("truncate (-want +got):\n%s", diff)
	}
}

var t0 = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

const damText = `Engineers at the Kaskel reservoir opened the spillway gates after heavy rain. The Temna Hydroelectric Company said water levels in the valley would rise. Residents of Ostrelka were told to move to higher ground.`
const atlasText = `A rare atlas stolen from the Wexcombe library was found in a charity shop in Alderford. Detective Inspector Ruth Calloway said the maps were undamaged and would return to the library.`

func TestAddGroupsAndExplains(t *testing.T) {
	x := New(DefaultOptions)
	a1 := x.Add(Doc{ID: "a1", Published: t0, Title: "Kaskel spillway opened", Text: damText})
	a2 := x.Add(Doc{ID: "a2", Published: t0.Add(2 * time.Hour), Title: "Temna valley braces for water from Kaskel", Text: damText})
	b1 := x.Add(Doc{ID: "b1", Published: t0.Add(3 * time.Hour), Title: "Stolen atlas found", Text: atlasText})
	if !a1.NewStory || !a1.NewEvent || a1.Story != chorus.NewStoryID("a1") {
		t.Errorf("first article should found its story and event: %+v", a1)
	}
	if a2.Story != a1.Story || a2.Event != a1.Event || a2.NewEvent {
		t.Errorf("same report should join: %+v", a2)
	}
	if a2.Score <= 0.5 || len(a2.Shared) == 0 || len(a2.Entities) == 0 {
		t.Errorf("join should say why: %+v", a2)
	}
	if b1.Story == a1.Story || !b1.NewStory {
		t.Errorf("unrelated article joined: %+v", b1)
	}
	if x.Len() != 3 {
		t.Errorf("Len = %d", x.Len())
	}
}

func TestTimeWindows(t *testing.T) {
	x := New(DefaultOptions)
	first := x.Add(Doc{ID: "d0", Published: t0, Text: damText})
	// Ten days later the same words are a new event of the same story
	// (beyond EventWindow, within StoryWindow) …
	later := x.Add(Doc{ID: "d1", Published: t0.Add(10 * 24 * time.Hour), Text: damText})
	// … after a pause of six weeks still the same story (it went quiet,
	// not away) …
	back := x.Add(Doc{ID: "d2", Published: t0.Add(52 * 24 * time.Hour), Text: damText})
	// … and after a pause of over two months, a new story.
	much := x.Add(Doc{ID: "d2b", Published: t0.Add(120 * 24 * time.Hour), Text: damText})
	if later.Story != first.Story || later.Event == first.Event {
		t.Errorf("ten days later: %+v, want same story, new event", later)
	}
	if back.Story != first.Story {
		t.Errorf("six weeks after the last: %+v, want the same story", back)
	}
	if much.Story == first.Story {
		t.Errorf("68 days after the last: %+v, want a new story", much)
	}
	// An undated article is never kept out by time.
	undated := x.Add(Doc{ID: "d3", Text: damText})
	if undated.NewStory {
		t.Errorf("undated article founded a story: %+v", undated)
	}
}

// Look-alike reports arriving every day, each within EventWindow of the
// one before, must not chain into one event that runs for weeks: once
// EventSpan has passed since an event's first article, the next report
// starts a new event (in the same story).
func TestEventSpan(t *testing.T) {
	for _, tc := range []struct {
		name    string
		span    time.Duration
		maxDays int // the most days one event may cover
	}{
		{"default", DefaultOptions.EventSpan, 8},
		{"no cap", 0, 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.EventSpan = tc.span
			x := New(opts)
			days := map[chorus.EventID]int{}
			story := chorus.StoryID("")
			for i := range 30 {
				a := x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("day", i)), Published: t0.Add(time.Duration(i) * 24 * time.Hour), Text: damText})
				days[a.Event]++
				if story == "" {
					story = a.Story
				}
				if a.Story != story {
					t.Fatalf("day %d: story %s, want every day in %s", i, a.Story, story)
				}
			}
			longest := 0
			for _, n := range days {
				longest = max(longest, n)
			}
			if longest > tc.maxDays {
				t.Errorf("one event covers %d days, want at most %d", longest, tc.maxDays)
			}
			if tc.span == 0 && len(days) != 1 {
				t.Errorf("without a cap: %d events, want the chain of one", len(days))
			}
		})
	}
}

func TestEntitiesFedIn(t *testing.T) {
	x := New(DefaultOptions)
	text := "officials met on the border to discuss water rights and the dam."
	a := x.Add(Doc{ID: "e0", Text: text, Entities: []string{"Temna Hydro", "Velichko"}})
	b := x.Add(Doc{ID: "e1", Text: text, Entities: []string{"Temna Hydro", "Velichko"}})
	if b.Event != a.Event || len(b.Entities) == 0 || b.Entities[0] == "" {
		t.Errorf("tagger entities not used: %+v", b)
	}
	if !strings.Contains(strings.Join(b.Entities, ","), "velichko") {
		t.Errorf("entities %v lack velichko", b.Entities)
	}
}

func TestDeterministic(t *testing.T) {
	run := func() []Assignment {
		x := New(DefaultOptions)
		var out []Assignment
		for i := 0; i < 40; i++ {
			text := damText
			if i%3 == 0 {
				text = atlasText
			}
			out = append(out, x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("d", i)), Published: t0.Add(time.Duration(i) * time.Hour),
				Title: fmt.Sprint("report ", i%5), Text: text}))
		}
		return out
	}
	if diff := cmp.Diff(run(), run()); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
}

func TestRetire(t *testing.T) {
	x := New(DefaultOptions)
	for i := 0; i < retireEvery; i++ {
		text := atlasText
		if i == 0 {
			text = damText
		}
		x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("r", i)), Published: t0.Add(time.Duration(i) * time.Hour), Text: text})
	}
	if x.stories[0].c.norm != 0 || x.stories[0].events != nil {
		t.Error("a story untouched for months kept its centroid")
	}
	if x.stories[len(x.stories)-1].c.norm == 0 {
		t.Error("the live story was retired")
	}
}

func TestMergeStories(t *testing.T) {
	x := New(DefaultOptions)
	half := strings.Index(damText, "The Temna")
	a := x.Add(Doc{ID: "m0", Text: damText[:half]})
	b := x.Add(Doc{ID: "m1", Text: damText[half:]})
	if a.Story == b.Story {
		t.Skip("the halves joined at once; nothing to merge")
	}
	// The halves share little but their subject: one article that covers
	// both is not enough to merge them (see BridgeSupport), a second is.
	c := x.Add(Doc{ID: "m2", Text: damText})
	if c.Merged != nil {
		t.Fatalf("first bridging article merged %v", c.Merged)
	}
	other := b.Story
	if c.Story == b.Story {
		other = a.Story
	}
	d := x.Add(Doc{ID: "m3", Text: damText})
	if d.Story != c.Story {
		t.Fatalf("second bridging article went to %s, want %s", d.Story, c.Story)
	}
	if diff := cmp.Diff([]chorus.StoryID{other}, d.Merged); diff != "" {
		t.Fatalf("second bridging article merged (-want +got):\n%s", diff)
	}
	if x.Resolve(a.Story) != d.Story || x.Resolve(b.Story) != d.Story || x.Resolve("unknown") != "unknown" {
		t.Error("Resolve does not follow the merge")
	}
	if e := x.Add(Doc{ID: "m4", Text: damText[half:]}); e.Story != d.Story {
		t.Errorf("article after the merge went to %s, want %s", e.Story, d.Story)
	}
}

// TestLoneWord checks that a headline sharing one word with a story joins
// it only when that word is central to the story, and that without
// LoneWordShare the peripheral word would have been enough.
func TestLoneWord(t *testing.T) {
	// Unrelated headlines first, so that the story's words are rare.
	others := []string{"Marhold bakers protest flour tax", "Tessin orchestra names new conductor", "storm closes Riel mountain pass"}
	story := []string{
		"Ferry crews walk out over pay in Veskaria",
		"Ferry crews strand islanders",
		"Ferry strike enters second day as ratings agency frets",
		"Talks fail in ferry dispute, ratings agency says",
	}
	tests := []struct {
		name     string
		headline string
		share    float64
		join     bool
	}{
		{"peripheral word", "quiz ratings slump", DefaultOptions.LoneWordShare, false},
		{"peripheral word, rule off", "quiz ratings slump", 0, true},
		{"central word", "quiz champion buys a ferry", DefaultOptions.LoneWordShare, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.LoneWordShare = tt.share
			x := New(opts)
			for i, h := range others {
				x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("o", i)), Published: t0, Title: h})
			}
			var first Assignment
			for i, h := range story {
				a := x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("s", i)), Published: t0, Title: h})
				if i == 0 {
					first = a
				} else if a.Story != first.Story {
					t.Fatalf("story headline %d went elsewhere: %+v", i, a)
				}
			}
			a := x.Add(Doc{ID: "q", Published: t0, Title: tt.headline})
			if got := a.Story == first.Story; got != tt.join {
				t.Errorf("%q joined the story: %v, want %v (%+v)", tt.headline, got, tt.join, a)
			}
		})
	}
}

// Two reports of different raids of one kind: they share the kind's words
// and the police force's name, enough to join one event at the plain
// threshold.
const heistA = `Four armed robbers stole diamond rings and watches from the Varga jewellers on Marhold's main square on Thursday afternoon. The Veskaria Police Service said two of the robbers were disguised as couriers and that the jewels were worth about 40 million crowns. No one was hurt in the raid.`
const heistB = `Three robbers rammed a van into the Riel jewellery shop in Tessin early on Monday and fled with watches and bracelets. The Veskaria Police Service said the thieves escaped on motorbikes and that the haul was worth about two million crowns. A guard was treated for shock after the raid.`

// TestYoungEvent checks that YoungEventFactor applies to an event of one or
// two articles and not to an older one, nor when the texts have no names
// (lower-cased, so no capitalised phrases stand in for them). The threshold is set low and the
// factor high so that the test does not hang on the exact similarity of
// the two raids (which falls as copies of the first raid make its words
// common).
func TestYoungEvent(t *testing.T) {
	tests := []struct {
		name    string
		factor  float64
		earlier int // reports of the first raid before the second
		join    bool
		lower   bool
	}{
		{"young event, no factor", 1, 1, true, false},
		{"young event", 10, 1, false, false},
		{"two articles", 10, 2, false, false},
		{"grown event", 10, youngEvent, true, false},
		{"young event, no names", 10, 1, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.YoungEventFactor = tt.factor
			opts.EventThreshold = 0.1
			x := New(opts)
			text := func(s string) string {
				if tt.lower {
					return strings.ToLower(s)
				}
				return s
			}
			var first Assignment
			for i := 0; i < tt.earlier; i++ {
				a := x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("a", i)), Published: t0, Title: text("Armed robbers raid Varga jewellers in Marhold"), Text: text(heistA)})
				if i == 0 {
					first = a
				}
			}
			b := x.Add(Doc{ID: "b", Published: t0, Title: text("Robbers raid Riel jewellery shop in Tessin"), Text: text(heistB)})
			if b.Story != first.Story {
				t.Fatalf("the second raid founded a story: %+v", b)
			}
			if got := b.Event == first.Event; got != tt.join {
				t.Errorf("second raid joined the first's event: %v, want %v (%+v)", got, tt.join, b)
			}
		})
	}
}

func TestDocOf(t *testing.T) {
	a := &chorus.Article{ID: "x", Title: "Dam fails", Text: "Dam fails\n\nBody text.", TitleSpan: chorus.Span{End: 9}, Published: t0}
	d := DocOf(a)
	if d.Title != "Dam fails" || d.Text != "\n\nBody text." || !d.Published.Equal(t0) {
		t.Errorf("DocOf: %+v", d)
	}
	an := &chorus.Analysis{Mentions: []chorus.Mention{{Text: "Kaskel", Type: chorus.EntityLocation}, {Text: "THC", Type: chorus.EntityOrganization}}}
	if got := WithEntities(d, an).Entities; !cmp.Equal(got, []string{"Kaskel", "THC"}) {
		t.Errorf("WithEntities: %v", got)
	}
}
