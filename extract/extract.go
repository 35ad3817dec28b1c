// Package extract turns a Document (HTML or plain text) into an Article:
// the article's clean text, split into paragraphs, and its metadata (title,
// outlet, byline, credit, publication date, language, canonical URL,
// section), each with where it came from (JSON-LD, OpenGraph and other meta
// tags, the <title>, the URL, byline and dateline lines of the text).
//
// HTML is split into the page's own blocks, and three extractors that work
// differently (go-trafilatura, readeck's go-readability, DOM Distiller) vote
// on which blocks are the article (see vote.go). The kept blocks, and the
// lines of plain text, are then cleaned: page junk (comment widgets,
// sidebars, captions, credits, reading-time lines, bylines, datelines) is
// recognised by its shape and removed, metadata lines become metadata, and
// lines a source repeats across its articles are removed too (MarkRepeated).
//
// Extraction is pure: the same document always yields the same article.
package extract

import (
	"cmp"
	"fmt"
	"html"
	"maps"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
)

// Version names this extractor; it is part of every article id, so changing
// what extraction produces must change it (old articles stay as they were,
// re-extraction makes new versions).
const Version = "chorus-extract/5"

// ErrNoText is returned when a document holds no article text after cleaning.
var ErrNoText = fmt.Errorf("no article text found")

// Draft is a document read but not yet finished: its candidate blocks are
// known, so lines the same source repeats across articles can still be
// removed (see MarkRepeated) before the text is fixed.
type Draft struct {
	doc    chorus.Document
	meta   meta
	blocks []block
	// ldPublisher is the JSON-LD publisher's name, used for the outlet
	// only when the page names no site in its meta tags.
	ldPublisher string
	// titleSite is the site name the <title> ends with, if any.
	titleSite string
	// nodes is the page's element count (HTML only).
	nodes int
}

func (d *Draft) isHTML() bool { return d.doc.Format == chorus.FormatHTML }

// meta is metadata with the provenance of each field.
type meta struct {
	url, outlet, title, byline, credit, lang, section string
	published                                         time.Time
	from                                              map[string]string
}

func (m *meta) set(field, value, from string) bool {
	value = strings.TrimSpace(value)
	if value == "" {
		return false
	}
	if m.from == nil {
		m.from = map[string]string{}
	}
	if _, ok := m.from[field]; ok {
		return false
	}
	switch field {
	case "url":
		m.url = value
	case "outlet":
		m.outlet = value
	case "title":
		m.title = value
	case "byline":
		if !plausibleByline(value) {
			return false
		}
		m.byline = value
	case "credit":
		m.credit = value
	case "lang":
		m.lang = value
	case "section":
		m.section = value
	default:
		return false
	}
	m.from[field] = from
	return true
}

func (m *meta) setTime(t time.Time, from string) bool {
	if t.IsZero() || !m.published.IsZero() {
		return false
	}
	if m.from == nil {
		m.from = map[string]string{}
	}
	m.published = t
	m.from["published"] = from
	return true
}

// Read parses a document into a Draft.
func Read(doc chorus.Document) (*Draft, error) {
	d := &Draft{doc: doc}
	switch doc.Format {
	case chorus.FormatHTML:
		if err := d.readHTML(); err != nil {
			return nil, err
		}
	default:
		d.readText()
	}
	d.applyHints()
	d.clean()
	if d.wordCount() == 0 {
		return nil, &chorus.InputError{Source: doc.Source, Reason: ErrNoText.Error()}
	}
	return d, nil
}

// applyHints fills metadata the page itself did not give from what the
// source supplied alongside it.
func (d *Draft) applyHints() {
	h := d.doc.Hints
	from := cmp.Or(h.From, "input")
	d.meta.set("url", h.URL, from)
	d.meta.set("title", h.Title, from)
	d.meta.set("outlet", h.Outlet, from)
	d.meta.set("byline", h.Byline, from)
	d.meta.setTime(h.Published, from)
	d.meta.set("lang", normalizeLang(h.Lang), from)
	if h.TextFrom != "" {
		if d.meta.from == nil {
			d.meta.from = map[string]string{}
		}
		d.meta.from["text"] = h.TextFrom
	}
	// A <title> can end with a section rather than the site's name, so it
	// names the outlet only when it fits the domain (or there is none).
	if d.titleSite != "" && (d.meta.url == "" || fitsHost(d.titleSite, hostOf(d.meta.url))) {
		d.meta.set("outlet", d.titleSite, "html:title")
	}
	if d.meta.outlet == "" && d.meta.url != "" {
		d.meta.set("outlet", outletFromURL(d.meta.url), "url")
	}
	if d.meta.published.IsZero() {
		// Many news URLs carry the publication day (/2024/06/14/): the
		// day only, when nothing on the page gave a date.
		if t, ok := dateInURL(d.meta.url); ok {
			d.meta.setTime(t, "url")
		} else if t, ok := DateInFileName(d.doc.Source); ok {
			d.meta.setTime(t, "filename")
		}
	}
}

// Article finishes the draft: the kept blocks become the article's text.
func (d *Draft) Article() (*chorus.Article, error) {
	var b strings.Builder
	var paras []chorus.Span
	var titleSpan chorus.Span
	title := leftoverEntities(withoutOutlet(d.meta.title, d.meta.outlet))
	if title != "" {
		b.WriteString(normalizeSpace(title))
		titleSpan = chorus.Span{Start: 0, End: b.Len()}
		paras = append(paras, titleSpan)
	}
	body := 0
	for _, bl := range d.blocks {
		if bl.drop != "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(leftoverEntities(bl.text))
		paras = append(paras, chorus.Span{Start: start, End: b.Len()})
		body++
	}
	if body == 0 {
		return nil, &chorus.InputError{Source: d.doc.Source, Reason: ErrNoText.Error()}
	}
	text := b.String()
	m := d.meta
	m.from = maps.Clone(d.meta.from) // Article must not change the draft
	// Pages declare the language of their template, which is not always
	// the article's (an English story on a German site): a confident
	// reading of the text overrules a declaration it could have matched.
	if lang := DetectLanguage(text[titleSpan.End:]); lang != "" && (m.lang == "" || (lang != m.lang && detectable(m.lang))) {
		m.lang = ""
		if m.from != nil {
			delete(m.from, "lang")
		}
		m.set("lang", lang, "text")
	}
	a := &chorus.Article{
		URL:        m.url,
		Outlet:     m.outlet,
		Title:      title,
		Byline:     m.byline,
		Credit:     m.credit,
		Published:  m.published,
		Provenance: m.from,
		Lang:       m.lang,
		Text:       text,
		TitleSpan:  titleSpan,
		Paragraphs: paras,
		Source:     d.doc.Source,
		RawHash:    d.doc.RawHash,
		Extractor:  Version,
	}
	if a.Title == "" {
		a.Title = firstWords(text, 12)
		if a.Provenance == nil {
			a.Provenance = map[string]string{}
		}
		a.Provenance["title"] = "text:lead"
	}
	a.ID = chorus.NewArticleID(a.RawHash, Version)
	return a, nil
}

// Extract reads and finishes one document on its own (no cross-document
// repetition is known).
func Extract(doc chorus.Document) (*chorus.Article, error) {
	d, err := Read(doc)
	if err != nil {
		return nil, err
	}
	return d.Article()
}

// Source returns the key under which lines repeated across a source's
// articles are counted: the outlet, else the URL's host.
func (d *Draft) Source() string {
	if d.meta.outlet != "" {
		return strings.ToLower(d.meta.outlet)
	}
	if h := hostOf(d.meta.url); h != "" {
		return h
	}
	return ""
}

// Section is the site section the page says the article belongs to
// ("Business", "World"), with where that came from; chorus.Article has no
// field for it yet.
func (d *Draft) Section() (section, from string) {
	return d.meta.section, d.meta.from["section"]
}

// Removed lists the blocks cleaning removed and why, for debugging and tests.
func (d *Draft) Removed() []string {
	var out []string
	for _, bl := range d.blocks {
		if bl.drop != "" {
			out = append(out, bl.drop+": "+bl.text)
		}
	}
	return out
}

func (d *Draft) wordCount() int {
	n := 0
	for _, bl := range d.blocks {
		if bl.drop == "" {
			n += wordCount(bl.text)
		}
	}
	return n
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	// a run of dots or dashes that opens a pasted text is a rule, not words
	for len(f) > 0 && !strings.ContainsFunc(f[0], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		f = f[1:]
	}
	if len(f) > n {
		return strings.Join(f[:n], " ") + "…"
	}
	return strings.Join(f, " ")
}

// plausibleByline rejects author values that are account names ("admin",
// "jdoe-2") or links rather than people's or desks' names.
func plausibleByline(v string) bool {
	low := strings.ToLower(v)
	if strings.Contains(low, "admin") || strings.Contains(v, "://") || strings.Contains(v, "@") {
		return false
	}
	if !strings.ContainsRune(v, ' ') && strings.ToLower(v) == v {
		return false // a login, not a name
	}
	return true
}

// rxEntity matches an HTML character reference written out as text.
var rxEntity = regexp.MustCompile(`&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,9});`)

// leftoverEntities decodes character references left in text that was
// escaped twice: a page whose CMS escaped "&#8217;" again reads
// "doesn&#8217;t" once parsed. A reference that names no character is
// left as it stands, and a no-break space becomes a space.
func leftoverEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return rxEntity.ReplaceAllStringFunc(s, func(ref string) string {
		r := html.UnescapeString(ref)
		if r == "\u00a0" {
			return " "
		}
		return r
	})
}
