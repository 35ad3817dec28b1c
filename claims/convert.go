package claims

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// Facet keys of chorus.Claim.Facets. The root type has no fields yet for
// a claim's kind, its values in a dispute or when it was first seen, so
// they travel as facets; Markdown reads them back.
const (
	FacetKind        = "kind"
	FacetEntities    = "entities"
	FacetPlaces      = "places"
	FacetNumbers     = "numbers"
	FacetDates       = "dates"
	FacetNegated     = "negated"
	FacetModality    = "modality"
	FacetAttribution = "attribution"
	FacetFirstSeen   = "first_seen"
	FacetDispute     = "dispute"
	FacetValue       = "value"
	FacetSource      = "source"
	FacetDate        = "date"
)

// listSep joins several values of one facet.
const listSep = "; "

// ToChorus converts claims to the story's JSON vocabulary: each
// statement an article stating the claim, each differing statement an
// article that differs, the richer fields as facets.
func ToChorus(cs []Claim) []chorus.Claim {
	out := make([]chorus.Claim, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Chorus())
	}
	return out
}

// Chorus converts one claim.
func (c Claim) Chorus() chorus.Claim {
	f := map[string]string{FacetKind: string(c.Kind)}
	set := func(k, v string) {
		if v != "" {
			f[k] = v
		}
	}
	set(FacetEntities, strings.Join(c.Facets.Entities, listSep))
	set(FacetPlaces, strings.Join(c.Facets.Places, listSep))
	var nums []string
	for _, n := range c.Facets.Numbers {
		nums = append(nums, n.Text)
	}
	set(FacetNumbers, strings.Join(nums, listSep))
	set(FacetDates, strings.Join(c.Facets.Dates, listSep))
	if c.Facets.Negated {
		f[FacetNegated] = "true"
	}
	set(FacetModality, c.Facets.Modality)
	set(FacetAttribution, c.Facets.Attribution)
	if !c.FirstSeen.IsZero() {
		f[FacetFirstSeen] = c.FirstSeen.UTC().Format("2006-01-02")
	}
	set(FacetDispute, c.Dispute)
	set(FacetValue, c.Value)
	set(FacetSource, c.Source)
	set(FacetDate, c.Date)
	out := chorus.Claim{ID: c.ID, Text: c.Text, Facets: f, Origins: c.Origins, Articles: []chorus.ClaimArticle{}}
	for _, s := range c.Statements {
		out.Articles = append(out.Articles, chorus.ClaimArticle{Article: s.Article, Outlet: s.Outlet, Origin: s.Origin,
			Stance: chorus.Stated, Citation: s.Citation})
	}
	for _, s := range c.Differs {
		out.Articles = append(out.Articles, chorus.ClaimArticle{Article: s.Article, Outlet: s.Outlet, Origin: s.Origin,
			Stance: chorus.Differs, Citation: s.Citation})
	}
	return out
}
