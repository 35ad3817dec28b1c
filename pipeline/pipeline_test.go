package pipeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/internal/evaldata"
	"github.com/chorusnews/chorus/render"
	"github.com/chorusnews/chorus/story/people"
)

var update = flag.Bool("update", false, "rewrite golden files")

// storiesFrom runs the whole batch path on paths, as chorus digest does.
func storiesFrom(t *testing.T, paths ...string) ([]*chorus.Story, []error) {
	t.Helper()
	var docs []chorus.Document
	var errs []error
	for doc, err := range ingest.DefaultLimits.Files(paths) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	arts, xerrs := Extract(docs)
	return Stories(arts, DefaultOptions), append(errs, xerrs...)
}

// TestDemoGolden pins the demo corpus digest in Markdown and JSON; refresh
// with go test ./pipeline -update after an intended change, and read the diff.
func TestDemoGolden(t *testing.T) {
	// a relative path, so the golden files do not depend on where the clone is
	stories, errs := storiesFrom(t, filepath.Join("..", "examples"))
	if len(errs) > 0 {
		t.Fatalf("demo corpus has unreadable input: %v", errs)
	}
	for _, f := range []render.Format{render.FormatMarkdown, render.FormatJSON} {
		var buf bytes.Buffer
		if err := render.Write(&buf, f, stories); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "demo."+string(f))
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./pipeline -update to create it)", err)
		}
		if diff := cmp.Diff(string(want), buf.String()); diff != "" {
			t.Errorf("%s differs from the golden file (-want +got):\n%s", golden, diff)
		}
	}
	checkCitations(t, stories)
}

// TestBatchIsTheSameOnAnyNumberOfCores checks that extraction, analysis
// and story building, which run on every core, give what one core gives.
func TestBatchIsTheSameOnAnyNumberOfCores(t *testing.T) {
	render1 := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		stories, _ := storiesFrom(t, filepath.Join("..", "examples"))
		var buf bytes.Buffer
		if err := render.Write(&buf, render.FormatJSON, stories); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	one, four := render1(1), render1(4)
	if diff := cmp.Diff(one, four); diff != "" {
		t.Errorf("four cores differ from one (-one +four):\n%s", diff)
	}
}

// TestDemoAnswers checks the demo corpus against its answer key: which
// files make each story, and how many independent origins each has.
func TestDemoAnswers(t *testing.T) {
	root := evaldata.RepoRoot(t)
	var key struct {
		Stories []struct {
			Name  string   `json:"name"`
			Files []string `json:"files"`
		} `json:"stories"`
		Origins map[string]int `json:"independent_origins"`
	}
	readAnswers(t, root, &key)
	stories, _ := storiesFrom(t, filepath.Join(root, "examples"))
	if len(stories) != len(key.Stories) {
		t.Fatalf("got %d stories, want %d", len(stories), len(key.Stories))
	}
	storyOf := map[string]int{}
	for i, s := range stories {
		for _, a := range s.Articles {
			storyOf[filepath.Base(a.Source)] = i
		}
	}
	for _, ks := range key.Stories {
		first := -1
		for _, f := range ks.Files {
			got, ok := storyOf[f]
			if !ok {
				t.Errorf("story %s: file %s not in any story", ks.Name, f)
				continue
			}
			if first < 0 {
				first = got
			} else if got != first {
				t.Errorf("story %s: %s is in another story than %s", ks.Name, f, ks.Files[0])
			}
		}
		if first >= 0 {
			if got, want := stories[first].IndependentOrigins, key.Origins[ks.Name]; got != want {
				t.Errorf("story %s: %d independent origins, want %d", ks.Name, got, want)
			}
			if got := len(stories[first].Articles); got != len(ks.Files) {
				t.Errorf("story %s: %d articles, want %d", ks.Name, got, len(ks.Files))
			}
		}
	}
}

// readAnswers decodes the demo corpus's answer key into key.
func readAnswers(t *testing.T, root string, key any) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(root, "examples", "answers.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, key); err != nil {
		t.Fatal(err)
	}
}

// TestDemoVariants checks the name variants of the answer key: the forms
// of one entity that the stories list (as a name or a variant) are listed
// under one entity. Forms the stories do not list are not checked: a
// title-bearing form ("Minister Dolgarin") is listed without its title.
// knownSplit are the answer key's forms the people section still lists
// apart, each for a reason no rule here can see.
func TestDemoVariants(t *testing.T) {
	knownSplit := map[string]string{
		"Temnaenergo": "the company's former name: only the text's history says so",
		"OELK":        "the union's acronym in its own language",
	}
	root := evaldata.RepoRoot(t)
	var key struct {
		Variants [][]string `json:"variants"`
	}
	readAnswers(t, root, &key)
	stories, _ := storiesFrom(t, filepath.Join(root, "examples"))
	listedAs := map[string][]string{} // form -> the names of the entities listing it
	for _, s := range stories {
		for _, p := range s.People {
			for _, f := range append([]string{p.Name}, p.Variants...) {
				listedAs[f] = append(listedAs[f], p.Name)
			}
		}
	}
	for _, group := range key.Variants {
		home := ""
		for _, f := range group {
			names := listedAs[f]
			if len(names) == 0 || knownSplit[f] != "" {
				continue
			}
			if len(names) > 1 {
				t.Errorf("%q is listed under %d entities: %v", f, len(names), names)
			}
			if home == "" {
				home = names[0]
			} else if names[0] != home {
				t.Errorf("%q is listed under %q, %q under %q: one entity in the answer key", f, names[0], group[0], home)
			}
		}
		if home == "" {
			t.Errorf("no form of %v is listed", group)
		}
	}
}

// TestSeeds runs the five seed articles: one story, clean texts, and
// citations that hold the sentences citing them. The reference checker
// (../shared/tools/check-story) runs too when python3 is there.
func TestSeeds(t *testing.T) {
	seeds := evaldata.Path(t, "seeds")
	stories, errs := storiesFrom(t, seeds)
	if len(errs) > 0 {
		t.Fatalf("seeds: %v", errs)
	}
	if len(stories) != 1 || len(stories[0].Articles) != 5 {
		t.Fatalf("got %d stories (%d articles in the first), want 1 story of 5", len(stories), len(stories[0].Articles))
	}
	checkCitations(t, stories)
	if len(stories[0].Digest) < 3 {
		t.Errorf("digest has %d sentences", len(stories[0].Digest))
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found; skipping check-story")
		return
	}
	var buf bytes.Buffer
	if err := render.JSON(&buf, stories); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "seeds.json")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, filepath.Join(evaldata.Path(t, "tools"), "check-story"), file, "--stories", "1", "--articles", "5").CombinedOutput()
	if err != nil {
		t.Errorf("check-story failed: %v\n%s", err, out)
	}
	t.Logf("check-story: %s", bytes.TrimSpace(out))
}

// checkCitations verifies every cited text in the stories: each citation is
// a valid span on UTF-8 boundaries of a listed article, and the cited words
// and the text's words are one a subsequence of the other.
func checkCitations(t *testing.T, stories []*chorus.Story) {
	t.Helper()
	for _, s := range stories {
		texts := map[chorus.ArticleID]string{}
		for _, a := range s.Articles {
			texts[a.ID] = a.Text
			for _, p := range a.Paragraphs {
				if !p.Valid(len(a.Text)) {
					t.Errorf("article %s: paragraph %+v out of range", a.ID.Short(), p)
				}
			}
		}
		check := func(what, text string, cits []chorus.Citation) {
			if len(cits) == 0 {
				t.Errorf("%s %q has no citation", what, text)
			}
			for _, c := range cits {
				body, ok := texts[c.Article]
				if !ok {
					t.Errorf("%s cites unknown article %s", what, c.Article)
					continue
				}
				if !c.Span().Valid(len(body)) || !utf8.ValidString(c.Span().In(body)) {
					t.Errorf("%s: citation %+v is not a valid span", what, c)
					continue
				}
				span := c.Span().In(body)
				w, sw := words(text), words(span)
				if !subseq(w, sw) && !subseq(sw, w) {
					t.Errorf("%s %q is not what %s says at %d-%d: %q", what, text, c.Article.Short(), c.Start, c.End, span)
				}
			}
		}
		check("headline", s.Headline.Text, s.Headline.Citations)
		for _, d := range s.Digest {
			check("digest sentence", d.Text, d.Citations)
			for _, v := range d.Variants {
				check("variant", v.Text, v.Citations)
			}
		}
	}
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func subseq(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}

// TestPressLeftOut checks which names count as a reporting outlet.
func TestPressLeftOut(t *testing.T) {
	press := pressNames([]*chorus.Article{{Outlet: "The Perandos Ledger"}, {Outlet: "The Atlantic"}, {Outlet: "Radio Tessin International"}, {Outlet: "Daily Riel"}})
	for _, tc := range []struct {
		name string
		typ  chorus.EntityType
		want bool
	}{
		{"Perandos Ledger", chorus.EntityOrganization, true},
		{"Ledger", chorus.EntityLocation, true}, // a tail, whatever its type
		{"Perandos", chorus.EntityLocation, false},
		{"Atlantic", chorus.EntityOrganization, true},
		{"Atlantic", chorus.EntityLocation, false}, // the ocean the outlet is named after
		{"RTI", chorus.EntityOrganization, true},   // the initials of a name of three words
		{"DR", chorus.EntityOrganization, false},   // two letters are too many other things
	} {
		if got := isPress(people.Entity{Name: tc.name, Type: tc.typ}, press); got != tc.want {
			t.Errorf("isPress(%s %s) = %v, want %v", tc.typ, tc.name, got, tc.want)
		}
	}
}

// TestCanonicalNames checks that quotes and the timeline name people as
// the people section does, also after the role it gives them, and leave
// a form two entities share alone.
func TestCanonicalNames(t *testing.T) {
	st := &chorus.Story{
		People: []chorus.Person{
			{Name: "Yannis Korda", Variants: []string{"Giannis Korda", "Korda"}},
			{Name: "Eleni Korda", Variants: []string{"Korda"}},
			{Name: "Vera Tessin", Role: "Pensioner"},
			{Name: "Mill Lane"},
		},
		Quotes:   []chorus.StoryQuote{{Speaker: "Giannis Korda"}, {Speaker: "Korda"}, {Speaker: "Someone Else"}, {Speaker: "Pensioner Vera Tessin"}},
		Timeline: []chorus.TimelineEntry{{Actors: []string{"Giannis Korda", "Yannis Korda", "Korda"}}, {Actors: []string{"Tessin's Mill Lane"}}},
		Articles: []chorus.StoryArticle{{Joined: &chorus.Joined{Names: []string{"Giannis Korda", "Yannis Korda", "Mill Lane", "Riel"}, Words: []string{"ferry"}}}, {}},
	}
	canonicalNames(st)
	if diff := cmp.Diff(&chorus.Joined{Names: []string{"Yannis Korda", "Mill Lane", "Riel"}, Words: []string{"ferry"}}, st.Articles[0].Joined); diff != "" {
		t.Errorf("joined (-want +got):\n%s", diff)
	}
	if st.Articles[1].Joined != nil {
		t.Errorf("an article that shares nothing gained %+v", st.Articles[1].Joined)
	}
	var speakers []string
	for _, q := range st.Quotes {
		speakers = append(speakers, q.Speaker)
	}
	if diff := cmp.Diff([]string{"Yannis Korda", "Korda", "Someone Else", "Vera Tessin"}, speakers); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Yannis Korda", "Korda"}, st.Timeline[0].Actors); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Mill Lane"}, st.Timeline[1].Actors); diff != "" {
		t.Errorf("actors with an owner (-want +got):\n%s", diff)
	}
}
