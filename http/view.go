package http

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/render"
)

// The view types below are what the page templates show: plain strings
// and numbers worked out in Go, so the templates only lay them out.

type storyView struct {
	ID       string
	Headline string
	Counts   string
	Updated  string
	Chart    chartView
	Since    *sinceView
	Digest   []sentenceView
	Claims   *claimsView
	Timeline []datedView
	People   []personView
	More     []personView // people past the first maxPeople, shown folded
	Places   []personView
	Quotes   []quoteView
	Groups   []originGroup
	// MoreGroups counts the origins past maxGroupsShown, MoreArticles
	// their articles.
	MoreGroups, MoreArticles int
	FeedURL                  string
}

// sinceView says what changed for a returning reader.
type sinceView struct {
	When     string
	Articles []sourceRef
}

type sourceRef struct {
	N      int
	Outlet string
	Title  string
	Href   string
}

type citeView struct {
	N      int
	Outlet string
	Href   string
	// More is set on the marker that stands for the sources past
	// maxMarkers: how many there are (it links to the source list).
	More int
}

// maxMarkers caps the source markers after one sentence: a wire story
// reposted a thousand times would otherwise follow its sentence with a
// thousand of them. The rest are counted in one marker.
const maxMarkers = 12

// capMarkers keeps the first maxMarkers markers and counts the rest.
func capMarkers(cs []citeView) []citeView {
	if len(cs) <= maxMarkers {
		return cs
	}
	return append(cs[:maxMarkers:maxMarkers], citeView{More: len(cs) - maxMarkers, Href: "#h-sources"})
}

// passageView is a cited passage and the articles that print it word for
// word: copies of one wire story show it once.
type passageView struct {
	Who  []citeView
	More int // articles printing it past the maxMarkers in Who
	Text string
}

type sentenceView struct {
	ID       string
	Text     string
	New      bool
	Cites    []citeView
	Passages []passageView
}

// claimsView is the claims matrix as render lays it out (agreed by N
// origins, disputes, only in one outlet), with links to the cited passages.
type claimsView struct {
	Sources  []string
	Agreed   []agreedView
	Disputes []disputeView
	Only     []onlyView
}

type agreedView struct {
	Origins int
	Rows    []claimRowView
}

type claimRowView struct {
	Text        string
	Attribution string
	Cells       []string
	Cites       []citeView
}

type disputeView struct {
	Label   string
	Values  []claimValueView
	Updates []claimValueView
}

type claimValueView struct {
	Value, Source, Date string
	Quotes              []quotedView
}

type quotedView struct {
	citeView
	Quote string
}

type onlyView struct {
	Outlet string
	Items  []claimRowView
}

type datedView struct {
	Date  string
	Text  string
	Cites []citeView
}

type personView struct {
	Name     string
	Role     string
	Mentions int
	Articles int
	Variants string
	Href     string
}

type quoteView struct {
	Text    string
	Speaker string
	Direct  bool
	Cites   []citeView
}

type originGroup struct {
	Origin sourceRef
	Date   string
	Credit string
	// Shares says what the article shares with the rest of its event
	// ("shares Kaskel, Temna; flood"): why it is in the story.
	Shares string
	// Language says which language the article is in when the English
	// readers skipped it (see render.LanguageNote).
	Language string
	// Copies are the first maxCopiesShown copies; Total counts them all.
	Copies []copyView
	Total  int
	More   int
}

// The source list of a story of thousands of articles shows the first
// copies of each origin and the first origins, and counts the rest; the
// API pages through them all.
const (
	maxCopiesShown = 20
	maxGroupsShown = 200
)

type copyView struct {
	sourceRef
	Date   string
	Shared string
}

// maxPeople is how many people a story page lists before folding the rest.
const maxPeople = 12

// maxPassages caps the passages a citation popup shows.
const maxPassages = 6

// pageTexts lists the articles whose texts viewStory reads: the ones the
// digest (with its variants), the claims, the timeline (with its
// variants) and the quotes cite, whose passages it shows and whose
// citations it checks against the text. Every other article is shown by
// its head (title, outlet, date), so a page of a story of thousands of
// articles reads a few texts. Keep it in step with viewStory.
func pageTexts(st *chorus.Story) []chorus.ArticleID {
	var out []chorus.ArticleID
	seen := map[chorus.ArticleID]bool{}
	add := func(cs []chorus.Citation) {
		for _, c := range cs {
			if !seen[c.Article] {
				seen[c.Article] = true
				out = append(out, c.Article)
			}
		}
	}
	for _, d := range st.Digest {
		add(d.Citations)
		for _, v := range d.Variants {
			add(v.Citations)
		}
	}
	for _, c := range st.Claims {
		for _, a := range c.Articles {
			add([]chorus.Citation{a.Citation})
		}
	}
	for _, e := range st.Timeline {
		add(e.Citations)
		for _, v := range e.Variants {
			add(v.Citations)
		}
	}
	for _, q := range st.Quotes {
		add(q.Citations)
	}
	return out
}

// viewStory prepares a story for its page. arrived and since mark what is
// new to a returning reader; both may be empty.
func viewStory(st *chorus.Story, arrived map[chorus.ArticleID]time.Time, since time.Time) storyView {
	num := numbers(st)
	art := func(id chorus.ArticleID) *chorus.StoryArticle {
		if k := num[id]; k > 0 {
			return &st.Articles[k-1]
		}
		return nil
	}
	cite := func(c chorus.Citation) (citeView, bool) {
		a := art(c.Article)
		if a == nil || !c.Span().Valid(len(a.Text)) {
			return citeView{}, false
		}
		return citeView{N: num[c.Article], Outlet: a.OutletLabel(), Href: citeHref(st.ID, c)}, true
	}
	// cites gives one marker per article, in citation order.
	cites := func(cs []chorus.Citation) []citeView {
		var out []citeView
		seen := map[int]bool{}
		for _, c := range cs {
			if cv, ok := cite(c); ok && !seen[cv.N] {
				seen[cv.N] = true
				out = append(out, cv)
			}
		}
		return capMarkers(out)
	}
	v := storyView{ID: string(st.ID), Headline: st.Headline.Text, Counts: countsOf(st.Summary()),
		Updated: dateLabel(st.Updated), FeedURL: "/feeds/stories.atom"}
	fresh := map[chorus.ArticleID]bool{}
	if !since.IsZero() {
		sv := &sinceView{When: since.UTC().Format("2 Jan 2006 15:04 UTC")}
		for i, a := range st.Articles {
			if arrivedSince(arrived, since, a.ID) {
				fresh[a.ID] = true
				sv.Articles = append(sv.Articles, sourceRef{N: i + 1, Outlet: a.OutletLabel(), Title: a.Title,
					Href: articleHref(st.ID, a.ID)})
			}
		}
		v.Since = sv
	}
	days := map[string]int{}
	for _, a := range st.Articles {
		if !a.Published.IsZero() {
			days[a.Published.Format("2006-01-02")]++
		}
	}
	v.Chart = chart(days, 320, 48, 40)
	for i, d := range st.Digest {
		all := append([]chorus.Citation(nil), d.Citations...)
		for _, vr := range d.Variants {
			all = append(all, vr.Citations...)
		}
		sv := sentenceView{ID: fmt.Sprintf("d%d", i+1), Text: d.Text, Cites: cites(all)}
		seen := map[int]bool{}
		byText := map[string]int{} // squashed passage → index in Passages
		for _, c := range all {
			a := art(c.Article)
			if a == nil || seen[num[c.Article]] {
				continue
			}
			if fresh[c.Article] {
				sv.New = true
			}
			p := c.Span().In(a.Text)
			if p == "" {
				continue
			}
			seen[num[c.Article]] = true
			who := citeView{N: num[c.Article], Outlet: a.OutletLabel(), Href: citeHref(st.ID, c)}
			key := strings.Join(strings.Fields(p), " ")
			if k, ok := byText[key]; ok {
				if pv := &sv.Passages[k]; len(pv.Who) < maxMarkers {
					pv.Who = append(pv.Who, who)
				} else {
					pv.More++
				}
				continue
			}
			if len(sv.Passages) < maxPassages {
				byText[key] = len(sv.Passages)
				sv.Passages = append(sv.Passages, passageView{Who: []citeView{who}, Text: p})
			}
		}
		v.Digest = append(v.Digest, sv)
	}
	if len(st.Claims) > 0 {
		v.Claims = claimsOf(st, cite)
	}
	for _, e := range st.Timeline {
		all := append([]chorus.Citation(nil), e.Citations...)
		for _, vr := range e.Variants {
			all = append(all, vr.Citations...)
		}
		v.Timeline = append(v.Timeline, datedView{Date: render.TimelineDate(e), Text: e.Text, Cites: cites(all)})
	}
	for _, p := range st.People {
		total := 0
		for _, n := range p.Mentions {
			total += n
		}
		pv := personView{Name: p.Name, Role: p.Role, Mentions: total, Articles: len(p.Mentions),
			Variants: strings.Join(p.Variants, ", "), Href: "/?entity=" + url.QueryEscape(p.Name)}
		if p.Type == chorus.EntityLocation {
			v.Places = append(v.Places, pv)
		} else {
			v.People = append(v.People, pv)
		}
	}
	for _, q := range st.Quotes {
		v.Quotes = append(v.Quotes, quoteView{Text: q.Text, Speaker: q.Speaker, Direct: q.Direct, Cites: cites(q.Citations)})
	}
	if len(v.People) > maxPeople {
		v.People, v.More = v.People[:maxPeople], v.People[maxPeople:]
	}
	v.Groups, v.MoreGroups, v.MoreArticles = shownGroups(st, num)
	return v
}

// shownGroups are the groups of the source list a page shows: the first
// maxGroupsShown, each with its first maxCopiesShown copies; the rest are
// counted, in groups and in articles.
func shownGroups(st *chorus.Story, num map[chorus.ArticleID]int) (shown []originGroup, moreGroups, moreArticles int) {
	shown = groups(st, num)
	if len(shown) > maxGroupsShown {
		for _, g := range shown[maxGroupsShown:] {
			moreGroups++
			moreArticles += 1 + len(g.Copies)
		}
		shown = shown[:maxGroupsShown]
	}
	for i := range shown {
		g := &shown[i]
		if g.Total = len(g.Copies); g.Total > maxCopiesShown {
			g.Copies, g.More = g.Copies[:maxCopiesShown], g.Total-maxCopiesShown
		}
	}
	return shown, moreGroups, moreArticles
}

// pageHeads lists the articles a story page names by title: those its
// source list shows (shownGroups) and those arrived since since. Like
// shownGroups it needs of the story only its outline.
func pageHeads(st *chorus.Story, arrived map[chorus.ArticleID]time.Time, since time.Time) []chorus.ArticleID {
	var out []chorus.ArticleID
	shown, _, _ := shownGroups(st, numbers(st))
	for _, g := range shown {
		out = append(out, st.Articles[g.Origin.N-1].ID)
		for _, c := range g.Copies {
			out = append(out, st.Articles[c.N-1].ID)
		}
	}
	for _, a := range st.Articles {
		if arrivedSince(arrived, since, a.ID) {
			out = append(out, a.ID)
		}
	}
	return out
}

// numbers numbers a story's articles from 1, as its source list does.
func numbers(st *chorus.Story) map[chorus.ArticleID]int {
	num := make(map[chorus.ArticleID]int, len(st.Articles))
	for i, a := range st.Articles {
		num[a.ID] = i + 1
	}
	return num
}

// arrivedSince reports whether article id is new to a reader who came
// last at since (never, when since is zero).
func arrivedSince(arrived map[chorus.ArticleID]time.Time, since time.Time, id chorus.ArticleID) bool {
	t, ok := arrived[id]
	return !since.IsZero() && ok && t.After(since)
}

// groups lists the articles by syndication origin: each origin with the
// copies that repeat it.
func groups(st *chorus.Story, num map[chorus.ArticleID]int) []originGroup {
	ref := func(id chorus.ArticleID) (sourceRef, *chorus.StoryArticle) {
		k := num[id]
		if k == 0 {
			return sourceRef{}, nil
		}
		a := &st.Articles[k-1]
		return sourceRef{N: k, Outlet: a.OutletLabel(), Title: a.Title, Href: articleHref(st.ID, a.ID)}, a
	}
	var out []originGroup
	listed := map[chorus.ArticleID]bool{}
	for _, o := range st.Origins {
		r, a := ref(o.Article)
		if a == nil {
			continue
		}
		listed[o.Article] = true
		g := originGroup{Origin: r, Date: dateLabel(a.Published), Credit: o.Credit, Shares: render.JoinedNote(a.Joined),
			Language: render.LanguageNote(&a.Article)}
		for _, c := range o.Copies {
			cr, ca := ref(c.Article)
			if ca == nil {
				continue
			}
			listed[c.Article] = true
			g.Copies = append(g.Copies, copyView{sourceRef: cr, Date: dateLabel(ca.Published),
				Shared: fmt.Sprintf("%.0f%%", c.Shared*100)})
		}
		out = append(out, g)
	}
	// Articles no origin lists stand on their own.
	for i, a := range st.Articles {
		if !listed[a.ID] {
			out = append(out, originGroup{Origin: sourceRef{N: i + 1, Outlet: a.OutletLabel(), Title: a.Title,
				Href: articleHref(st.ID, a.ID)}, Date: dateLabel(a.Published), Shares: render.JoinedNote(a.Joined),
				Language: render.LanguageNote(&a.Article)})
		}
	}
	// Most-copied origins first, then by their article number.
	slices.SortStableFunc(out, func(a, b originGroup) int {
		if len(a.Copies) != len(b.Copies) {
			return len(b.Copies) - len(a.Copies)
		}
		return a.Origin.N - b.Origin.N
	})
	return out
}

func articleHref(sid chorus.StoryID, id chorus.ArticleID) string {
	return "/articles/" + string(id) + "?story=" + string(sid)
}

// citeHref opens the cited article with the passage highlighted.
func citeHref(sid chorus.StoryID, c chorus.Citation) string {
	return fmt.Sprintf("/articles/%s?story=%s&hl=%d-%d#hl", c.Article, sid, c.Start, c.End)
}

func dateLabel(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2 Jan 2006")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func jsonMarshal(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return append(b, '\n'), nil
}

// claimsOf lays out a story's claims with links to what each source says.
func claimsOf(st *chorus.Story, cite func(chorus.Citation) (citeView, bool)) *claimsView {
	cv := render.ClaimsSections(st)
	out := &claimsView{Sources: cv.Sources}
	rows := func(rs []render.Row) []claimRowView {
		var vs []claimRowView
		for _, r := range rs {
			rv := claimRowView{Text: r.Text, Attribution: r.Attribution, Cells: r.Cells}
			for _, c := range r.Citations {
				if m, ok := cite(c); ok {
					rv.Cites = append(rv.Cites, m)
				}
			}
			rv.Cites = capMarkers(rv.Cites)
			vs = append(vs, rv)
		}
		return vs
	}
	values := func(vals []render.ValueView) []claimValueView {
		var vs []claimValueView
		for _, val := range vals {
			vv := claimValueView{Value: val.Value, Source: val.Source, Date: val.Date}
			for _, st := range val.Statements {
				if m, ok := cite(st.Citation); ok {
					vv.Quotes = append(vv.Quotes, quotedView{citeView: m, Quote: st.Quote})
				}
			}
			vs = append(vs, vv)
		}
		return vs
	}
	for _, g := range cv.Agreed {
		out.Agreed = append(out.Agreed, agreedView{Origins: g.Origins, Rows: rows(g.Rows)})
	}
	for _, d := range cv.Disputes {
		out.Disputes = append(out.Disputes, disputeView{Label: d.Label, Values: values(d.Values), Updates: values(d.Updates)})
	}
	for _, g := range cv.Only {
		out.Only = append(out.Only, onlyView{Outlet: g.Outlet, Items: rows(g.Items)})
	}
	return out
}
