// Package claims builds a story's claims matrix: the clause-sized
// statements its articles make, aligned across articles so that the same
// claim in other words is one claim, with every article that states it,
// its outlets and its independent origins (five reposts of one wire story
// count once), and the articles that state the same thing with another
// value (a figure, a date, a place, the opposite). Two attributed figures
// that disagree are "estimates differ", naming both sources, rather than
// one outlet being wrong; a later article's new figure is an update.
//
// A claim's text is always the article's own words: a clause cited by its
// byte span, or that clause with an attribution or an aside left out, so
// that its words are a subsequence of the cited span's.
//
// Build is pure and deterministic.
package claims

import (
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/claims/align"
)

// Article is one article of a story with what the claims stage reads.
type Article struct {
	Article  *chorus.Article
	Analysis *chorus.Analysis
	// Origin is the article's syndication origin (itself when it is one).
	Origin chorus.ArticleID
	// Mentions are the article's named entities from the entity tagger.
	// Nil means no tagger has run: capitalised phrases stand in for them.
	Mentions []chorus.Mention
}

// Kind says how the story's origins relate to a claim (the root
// package's vocabulary, named shortly here).
type Kind = chorus.ClaimKind

// The kinds of claims, in the order the matrix shows them.
const (
	Agreed          = chorus.ClaimAgreed
	EstimatesDiffer = chorus.ClaimEstimatesDiffer
	Disputed        = chorus.ClaimDisputed
	Update          = chorus.ClaimUpdate
	Only            = chorus.ClaimOnly
)

// Claim is one claim of the story with who states it and who states
// something else for the same thing.
type Claim struct {
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Text is the claim in the words of its first statement.
	Text   string `json:"text"`
	Facets Facets `json:"facets"`
	// Statements are the articles stating the claim; Differs those that
	// state another value for the same thing (their own wording).
	Statements []Statement `json:"statements"`
	Differs    []Statement `json:"differs,omitempty"`
	// Origins counts the independent origins of Statements.
	Origins int `json:"origins"`
	// FirstSeen is the earliest publication time among Statements.
	FirstSeen time.Time `json:"first_seen,omitzero"`
	// Dispute is shared by the claims that give different values for one
	// thing, "" for a claim nobody differs on.
	Dispute string `json:"dispute,omitempty"`
	// Value is the figure (or date, place) this claim gives in a dispute
	// and Source who it is attributed to.
	Value  string `json:"value,omitempty"`
	Source string `json:"source,omitempty"`
	// Date is, for an update, the date of the newer figure (TIMEX3).
	Date string `json:"date,omitempty"`
}

// Statement is one article's statement of a claim.
type Statement struct {
	Article   chorus.ArticleID `json:"article"`
	Outlet    string           `json:"outlet,omitempty"`
	Origin    chorus.ArticleID `json:"origin"`
	Published time.Time        `json:"published,omitzero"`
	// Text is the article's wording; Citation its span in the article.
	Text     string          `json:"text"`
	Citation chorus.Citation `json:"citation"`
	Facets   Facets          `json:"facets"`
}

// Options bound the matrix.
type Options struct {
	// MaxAgreed caps the agreed claims kept (those with most origins).
	MaxAgreed int
	// MaxOnly caps the claims kept that only one origin states, for each
	// set of articles stating them (those naming most that no other
	// origin names).
	MaxOnly int
	// Model is the pair classifier; nil means the embedded one.
	Model *align.Model
	// Same is the probability above which two statements are one claim;
	// Slot the one above which two statements with their figures masked
	// speak of the same thing, so that different figures differ; Gist the
	// story-level similarity above which two statements naming the same
	// two actors are one claim.
	Same, Slot, Gist float64
}

// DefaultOptions keep the matrix short enough to read.
var DefaultOptions = Options{MaxAgreed: 12, MaxOnly: 4, Same: 0.75, Slot: 0.8, Gist: 0.25}

// Build returns the story's claims, kinds in matrix order: agreed (most
// origins first), disputes, then what only one origin states.
func Build(arts []Article, opts Options) []Claim {
	if opts.Model == nil {
		opts.Model = align.Default()
	}
	if opts.Same <= 0 {
		opts.Same = DefaultOptions.Same
	}
	if opts.Slot <= 0 {
		opts.Slot = DefaultOptions.Slot
	}
	if opts.Gist <= 0 {
		opts.Gist = DefaultOptions.Gist
	}
	var stmts []*stmt
	for i := range arts {
		if arts[i].Article == nil || arts[i].Analysis == nil || !arts[i].Article.ReadsAsEnglish() {
			continue // the clause rules are English (see chorus.Article.ReadsAsEnglish)
		}
		stmts = append(stmts, extract(&arts[i], i, opts.Model, len(stmts))...)
	}
	g := newGrouper(stmts, opts)
	groups := g.cluster()
	return assemble(stmts, groups, g.disputes(groups), g.rel, opts)
}
