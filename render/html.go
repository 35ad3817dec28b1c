package render

import (
	"fmt"
	"html/template"
	"io"
	"sort"

	"github.com/chorusnews/chorus"
)

// HTML writes one self-contained page (no external assets, no script) that
// shows each story's digest with citation links, and every article's text
// with the cited passages highlighted; hovering a citation marker shows the
// passage it points at.
func HTML(w io.Writer, stories []*chorus.Story) error {
	page := htmlPage{}
	for _, s := range stories {
		page.Stories = append(page.Stories, viewStory(s))
	}
	if err := pageTemplate.Execute(w, page); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

type htmlPage struct {
	Stories []htmlStory
}

type htmlStory struct {
	ID       string
	Headline string
	Counts   string
	Digest   []htmlSentence
	Timeline []htmlDated
	People   []string
	Places   []string
	Quotes   []htmlDated
	Articles []htmlArticle
}

type htmlDated struct {
	Date    string
	Text    string
	Markers []htmlMarker
}

type htmlSentence struct {
	Text    string
	Markers []htmlMarker
}

type htmlMarker struct {
	N       int
	Anchor  string
	Passage string
}

type htmlArticle struct {
	N      int
	Anchor string
	Outlet string
	Title  string
	Date   string
	URL    string
	Note   string
	Parts  []htmlPart
}

// htmlPart is a run of article text, highlighted when cited.
type htmlPart struct {
	Text   string
	Cited  bool
	Anchor string
}

func viewStory(s *chorus.Story) htmlStory {
	num := numberArticles(s)
	v := htmlStory{ID: string(s.ID), Headline: s.Headline.Text, Counts: countsLine(s)}
	cited := map[chorus.ArticleID][]chorus.Span{}
	for _, d := range s.Digest {
		hs := htmlSentence{Text: d.Text}
		for _, c := range allCitations(d) {
			k := num[c.Article]
			if k == 0 {
				continue
			}
			a := &s.Articles[k-1]
			anchor := fmt.Sprintf("%s-a%d", s.ID, k)
			hs.Markers = append(hs.Markers, htmlMarker{N: k, Anchor: anchor, Passage: c.Span().In(a.Text)})
			cited[c.Article] = append(cited[c.Article], c.Span())
		}
		v.Digest = append(v.Digest, hs)
	}
	actors, places := splitPeople(s.People)
	for i, p := range actors {
		if i < maxPeopleShown {
			v.People = append(v.People, peopleLine(p))
		}
	}
	for i, p := range places {
		if i < maxPeopleShown {
			v.Places = append(v.Places, p.Name)
		}
	}
	for _, q := range s.Quotes {
		if !q.Direct || q.Speaker == "" || len(v.Quotes) == maxQuotesShown {
			continue
		}
		hq := htmlDated{Text: quoteLine(q)}
		for _, c := range quoteCitations(q) {
			if k := num[c.Article]; k > 0 {
				hq.Markers = append(hq.Markers, htmlMarker{N: k, Anchor: fmt.Sprintf("%s-a%d", s.ID, k), Passage: c.Span().In(s.Articles[k-1].Text)})
			}
		}
		v.Quotes = append(v.Quotes, hq)
	}
	for _, e := range s.Timeline {
		hd := htmlDated{Date: timexLabel(e.Date), Text: e.Text}
		cits := append([]chorus.Citation(nil), e.Citations...)
		for _, vr := range e.Variants {
			cits = append(cits, vr.Citations...)
		}
		for _, c := range cits {
			if k := num[c.Article]; k > 0 {
				hd.Markers = append(hd.Markers, htmlMarker{N: k, Anchor: fmt.Sprintf("%s-a%d", s.ID, k), Passage: c.Span().In(s.Articles[k-1].Text)})
			}
		}
		v.Timeline = append(v.Timeline, hd)
	}
	for i := range s.Articles {
		a := &s.Articles[i]
		v.Articles = append(v.Articles, htmlArticle{
			N: i + 1, Anchor: fmt.Sprintf("%s-a%d", s.ID, i+1), Outlet: outletName(a), Title: a.Title,
			Date: dateString(a.Published), URL: a.URL, Note: originNote(s, a, num),
			Parts: splitCited(a.Text, cited[a.ID], fmt.Sprintf("%s-a%d", s.ID, i+1)),
		})
	}
	return v
}

// splitCited cuts text into plain and cited runs.
func splitCited(text string, spans []chorus.Span, prefix string) []htmlPart {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []htmlPart
	pos := 0
	for i, sp := range spans {
		if !sp.Valid(len(text)) || sp.Start < pos {
			continue
		}
		if sp.Start > pos {
			out = append(out, htmlPart{Text: text[pos:sp.Start]})
		}
		out = append(out, htmlPart{Text: text[sp.Start:sp.End], Cited: true, Anchor: fmt.Sprintf("%s-s%d", prefix, i)})
		pos = sp.End
	}
	if pos < len(text) {
		out = append(out, htmlPart{Text: text[pos:]})
	}
	return out
}

var pageTemplate = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>chorus — {{len .Stories}} {{if eq (len .Stories) 1}}story{{else}}stories{{end}}</title>
<style>
:root { color-scheme: light dark; --fg:#1b1b1b; --bg:#fdfdfb; --muted:#5c5c5c; --mark:#fff2a8; --line:#ddd; --link:#0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg:#e8e8e8; --bg:#16181b; --muted:#a8a8a8; --mark:#5a4d00; --line:#333; --link:#8ab4f8; } }
body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: var(--fg); background: var(--bg); max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 2rem 0 .3rem; }
.counts, .meta { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); }
.digest p { margin: .6rem 0; }
sup a { font: 12px system-ui, sans-serif; text-decoration: none; color: var(--link); padding: 0 1px; }
details { border-top: 1px solid var(--line); padding: .5rem 0; }
summary { cursor: pointer; font: 15px/1.4 system-ui, sans-serif; }
.text { white-space: pre-wrap; font-size: 15px; }
mark { background: var(--mark); color: inherit; }
article.story { border-bottom: 3px double var(--line); padding-bottom: 1.5rem; }
a { color: var(--link); }
ol.timeline { list-style: none; padding-left: 0; font-size: 15px; }
ol.timeline li { margin: .4rem 0; }
ul.people, ul.quotes { font-size: 15px; padding-left: 1.2rem; }
</style>
</head>
<body>
<main>
{{range .Stories}}
<article class="story" id="{{.ID}}">
<h1>{{.Headline}}</h1>
<p class="counts">{{.Counts}}</p>
<section class="digest" aria-label="Digest">
{{range .Digest}}<p>{{.Text}}{{range .Markers}}<sup><a href="#{{.Anchor}}" title="{{.Passage}}">[{{.N}}]</a></sup>{{end}}</p>
{{end}}</section>
{{if .People}}<section aria-label="People and organisations">
<h2 class="meta">People and organisations</h2>
<ul class="people">{{range .People}}<li>{{.}}</li>{{end}}</ul>
{{if .Places}}<p class="meta">Places: {{range $i, $p := .Places}}{{if $i}}, {{end}}{{$p}}{{end}}</p>{{end}}
</section>{{end}}
{{if .Quotes}}<section aria-label="Who said what">
<h2 class="meta">Who said what</h2>
<ul class="quotes">{{range .Quotes}}<li>{{.Text}}{{range .Markers}}<sup><a href="#{{.Anchor}}" title="{{.Passage}}">[{{.N}}]</a></sup>{{end}}</li>
{{end}}</ul>
</section>{{end}}
{{if .Timeline}}<section aria-label="Timeline">
<h2 class="meta">Timeline</h2>
<ol class="timeline">{{range .Timeline}}<li><strong>{{.Date}}</strong> — {{.Text}}{{range .Markers}}<sup><a href="#{{.Anchor}}" title="{{.Passage}}">[{{.N}}]</a></sup>{{end}}</li>
{{end}}</ol>
</section>{{end}}
<section aria-label="Sources">
<h2 class="meta">Sources</h2>
{{range .Articles}}<details id="{{.Anchor}}">
<summary>[{{.N}}] <strong>{{.Outlet}}</strong> — {{.Title}} <span class="meta">({{.Date}}{{if .Note}} · {{.Note}}{{end}})</span></summary>
{{if .URL}}<p class="meta"><a href="{{.URL}}" rel="noopener noreferrer">{{.URL}}</a></p>{{end}}
<div class="text">{{range .Parts}}{{if .Cited}}<mark id="{{.Anchor}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</div>
</details>
{{end}}</section>
</article>
{{end}}
</main>
</body>
</html>
`))
