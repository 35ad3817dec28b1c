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
	ID        string
	Headline  string
	Counts    string
	Digest    []htmlSentence
	Timeline  []htmlDated
	People    []string
	Places    []string
	Quotes    []htmlDated
	Claims    ClaimsView
	HasClaims bool
	Articles  []htmlArticle
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
		hs := htmlSentence{Text: d.Text, Markers: markers(s, num, allCitations(d))}
		for _, c := range allCitations(d) {
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
		v.Quotes = append(v.Quotes, htmlDated{Text: quoteLine(q), Markers: markers(s, num, quoteCitations(q))})
	}
	if len(s.Claims) > 0 {
		v.Claims, v.HasClaims = ClaimsSections(s), true
	}
	for _, e := range s.Timeline {
		cits := append([]chorus.Citation(nil), e.Citations...)
		for _, vr := range e.Variants {
			cits = append(cits, vr.Citations...)
		}
		v.Timeline = append(v.Timeline, htmlDated{Date: TimelineDate(e), Text: e.Text, Markers: markers(s, num, cits)})
	}
	for i := range s.Articles {
		a := &s.Articles[i]
		note := originNote(s, a, num)
		if lang := LanguageNote(&a.Article); lang != "" && note != "" {
			note += " · " + lang
		} else if lang != "" {
			note = lang
		}
		v.Articles = append(v.Articles, htmlArticle{
			N: i + 1, Anchor: fmt.Sprintf("%s-a%d", s.ID, i+1), Outlet: a.OutletLabel(), Title: a.Title,
			Date: dateString(a.Published), URL: a.URL, Note: note,
			Parts: splitCited(a.Text, cited[a.ID], fmt.Sprintf("%s-a%d", s.ID, i+1)),
		})
	}
	return v
}

// markers gives one citation marker per cited article, in order; its
// tooltip is the first passage cited in that article.
func markers(s *chorus.Story, num numbering, cits []chorus.Citation) []htmlMarker {
	var out []htmlMarker
	seen := map[int]bool{}
	for _, c := range cits {
		k := num[c.Article]
		if k == 0 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, htmlMarker{N: k, Anchor: fmt.Sprintf("%s-a%d", s.ID, k), Passage: c.Span().In(s.Articles[k-1].Text)})
	}
	return out
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
ul.people, ul.quotes, ul.disputes, ul.only { font-size: 15px; padding-left: 1.2rem; }
table.claims { border-collapse: collapse; font-size: 14px; width: 100%; }
table.claims td, table.claims th { border-bottom: 1px solid var(--line); padding: .3rem; text-align: left; vertical-align: top; }
table.claims td.cell { text-align: center; }
h3.meta { font-size: 14px; margin: 1rem 0 .3rem; }
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
{{if .HasClaims}}<section aria-label="Claims">
<h2 class="meta">Claims</h2>
{{$c := .Claims}}
{{range $c.Agreed}}<h3 class="meta">Agreed by {{.Origins}} independent origins</h3>
{{if $c.Sources}}<table class="claims"><thead><tr><th scope="col">claim</th>{{range $c.Sources}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}<tr><td>{{.Text}}{{template "by" .}}</td>{{range .Cells}}<td class="cell">{{.}}</td>{{end}}</tr>{{end}}</tbody></table>
{{else}}<ul class="only">{{range .Rows}}<li>{{.Text}}{{template "by" .}} {{range .Marks}}{{.}}{{end}}</li>{{end}}</ul>{{end}}
{{end}}
{{if $c.Disputes}}<h3 class="meta">Disputed / estimates differ</h3>
<ul class="disputes">{{range $c.Disputes}}<li><strong>{{.Label}}</strong>:
{{range $i, $v := .Values}}{{if $i}} vs {{end}}<mark>{{$v.Value}}</mark>{{if $v.Source}} ({{$v.Source}}){{end}}{{end}}
{{range .Updates}}; later <mark>{{.Value}}</mark>{{if .Date}} ({{.Date}}){{end}}{{end}}
<ul>{{range .Values}}{{range .Statements}}<li>[{{.N}}] {{.Outlet}}: “{{.Quote}}”</li>{{end}}{{end}}{{range .Updates}}{{range .Statements}}<li>[{{.N}}] {{.Outlet}}: “{{.Quote}}”</li>{{end}}{{end}}</ul></li>{{end}}</ul>{{end}}
{{range $c.Only}}<h3 class="meta">Only in {{.Outlet}}</h3>
<ul class="only">{{range .Items}}<li>{{.Text}}{{template "by" .}}</li>{{end}}</ul>
{{end}}
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
{{define "by"}}{{with .Attribution}} <span class="meta">(according to {{.}})</span>{{end}}{{end}}
`))
