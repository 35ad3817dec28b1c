package cluster

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Doc is what clustering needs of an article.
type Doc struct {
	ID        chorus.ArticleID
	Published time.Time
	Title     string
	// Text is the body, without the title.
	Text string
	// Lang is the article's language as extraction found it ("de", "pt");
	// empty or "en" for English. Its function words are no terms.
	Lang string
	// Entities are the names a tagger found in the article ("John Kerry",
	// "Kremlin"), one string per mention. When empty, capitalised phrases
	// of the text stand in for them.
	Entities []string
}

// entityPrefix keeps entity terms apart from word terms in the vocabulary:
// "kerry" the name and "kerry" the word are different features.
const entityPrefix = "\x00"

// docVec is an article as clustering compares it: unit TF-IDF vectors of
// its words and of its names, and its time.
type docVec struct {
	w, e vec
	t    int64 // Unix seconds, 0 when undated
}

// featurize turns d into vectors, interning new terms and counting the
// document frequencies the weights use (the article counts itself).
func (x *Index) featurize(d Doc) docVec {
	clear(x.wtf)
	clear(x.etf)
	clear(x.surface)
	x.toks = tokenize(d.Title, x.toks[:0])
	nTitle := len(x.toks)
	x.toks = tokenize(d.Text, x.toks)
	stop := stopwordsOf(d.Lang)
	if len(d.Entities) > 0 {
		for _, e := range d.Entities {
			x.addEntity(strings.Fields(strings.ToLower(e)))
		}
	} else if !capitalisesNouns[baseLang(d.Lang)] {
		toks := x.toks
		if titleCase(x.toks[:nTitle]) {
			toks = x.toks[nTitle:]
		}
		capitalisedPhrases(toks, stop, x.addEntity)
	}
	lead := 0
	for i, t := range x.toks {
		if !keepWord(t, stop) {
			continue
		}
		w := float32(1)
		switch {
		case i < nTitle:
			w = x.opts.TitleWeight
		case lead < x.opts.LeadWords:
			w = x.opts.LeadWeight
			lead++
		}
		st := stem(t.lower)
		x.wtf[st] += w
		if _, ok := x.surface[st]; !ok {
			x.surface[st] = t.lower
		}
	}
	x.docs++
	var v docVec
	v.w = x.weigh(x.wtf, "")
	v.e = x.weigh(x.etf, entityPrefix)
	if !d.Published.IsZero() {
		v.t = d.Published.Unix()
	}
	return v
}

// addEntity counts a name: each of its words, and the whole name when it
// has several ("john kerry", "kerry", "john"), so that a later "Kerry"
// still matches.
func (x *Index) addEntity(words []string) {
	kept := 0
	for _, w := range words {
		if len(w) >= 2 && !connectors[w] {
			x.etf[w]++
			kept++
		}
	}
	if kept > 1 {
		x.etf[strings.Join(words, " ")]++
	}
}

// weigh interns the terms of tf, counts their document frequency and
// returns the unit vector of (1+ln tf)·idf weights, idf = 1+ln((N+1)/(df+1)).
func (x *Index) weigh(tf map[string]float32, prefix string) vec {
	type idtf struct {
		id uint32
		tf float32
	}
	// New terms are interned in sorted order, so that term ids (and with
	// them every tie-break and sum order) do not depend on map iteration.
	terms := make([]string, 0, len(tf))
	for term := range tf {
		terms = append(terms, term)
	}
	sort.Strings(terms)
	pairs := make([]idtf, 0, len(tf))
	for _, term := range terms {
		pairs = append(pairs, idtf{x.intern(prefix, term), tf[term]})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].id < pairs[j].id })
	v := vec{ids: make([]uint32, len(pairs)), ws: make([]float32, len(pairs))}
	lnN := math.Log(float64(x.docs + 1))
	for i, p := range pairs {
		x.df[p.id]++
		idf := 1 + lnN - math.Log(float64(x.df[p.id]+1))
		v.ids[i] = p.id
		v.ws[i] = float32((1 + math.Log(float64(p.tf))) * idf)
	}
	return normalize(v)
}

// intern returns the id of a term, adding it to the vocabulary if new.
func (x *Index) intern(prefix, term string) uint32 {
	if prefix != "" {
		term = prefix + term
	}
	if id, ok := x.vocab[term]; ok {
		return id
	}
	// Terms are slices of the article text; copy them so that the
	// vocabulary does not keep every article's text alive.
	term = strings.Clone(term)
	id := uint32(len(x.terms))
	x.vocab[term] = id
	x.terms = append(x.terms, term)
	// Show a word as first written, not as its stem ("metres", not "metr").
	x.display = append(x.display, strings.Clone(x.surface[term]))
	x.df = append(x.df, 0)
	x.postings = append(x.postings, nil)
	return id
}

// termText is a term as a user reads it.
func (x *Index) termText(id uint32) string {
	if d := x.display[id]; d != "" {
		return d
	}
	return strings.TrimPrefix(x.terms[id], entityPrefix)
}

// DocOf builds the clustering view of an article: its title, its body (the
// text after the title paragraph) and its publication time.
func DocOf(a *chorus.Article) Doc {
	text := a.Text
	if a.TitleSpan.Len() > 0 && a.TitleSpan.End <= len(a.Text) {
		text = a.Text[a.TitleSpan.End:]
	}
	return Doc{ID: a.ID, Published: a.Published, Title: a.Title, Text: text, Lang: a.Lang}
}

// WithEntities returns d with the names a tagger found in its analysis, so
// that they replace the capitalised-phrase guesses.
func WithEntities(d Doc, an *chorus.Analysis) Doc {
	if an == nil {
		return d
	}
	d.Entities = d.Entities[:0:0]
	for _, m := range an.Mentions {
		if m.Text != "" {
			d.Entities = append(d.Entities, m.Text)
		}
	}
	return d
}
