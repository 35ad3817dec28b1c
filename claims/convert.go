package claims

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// Facet keys of chorus.Claim.Facets.
const (
	FacetEntities    = "entities"
	FacetPlaces      = "places"
	FacetNumbers     = "numbers"
	FacetDates       = "dates"
	FacetNegated     = "negated"
	FacetModality    = "modality"
	FacetAttribution = "attribution"
)

// listSep joins several values of one facet.
const listSep = "; "

// ToChorus converts claims to the story's JSON vocabulary: each
// statement an article stating the claim, each differing statement an
// article that differs.
func ToChorus(cs []Claim) []chorus.Claim {
	out := make([]chorus.Claim, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Chorus())
	}
	return out
}

// Chorus converts one claim.
func (c Claim) Chorus() chorus.Claim {
	f := map[string]string{}
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
	out := chorus.Claim{ID: c.ID, Kind: c.Kind, Text: c.Text, Facets: f, Origins: c.Origins,
		Articles: []chorus.ClaimArticle{}, FirstSeen: c.FirstSeen, Dispute: c.Dispute, Value: c.Value,
		Source: c.Source, Date: c.Date}
	for _, s := range c.Statements {
		out.Articles = append(out.Articles, chorus.ClaimArticle{Article: s.Article, Outlet: s.Outlet, Origin: s.Origin,
			Stance: chorus.Stated, Citation: s.Citation, Text: s.Text, Attribution: s.Facets.Attribution})
	}
	for _, s := range c.Differs {
		out.Articles = append(out.Articles, chorus.ClaimArticle{Article: s.Article, Outlet: s.Outlet, Origin: s.Origin,
			Stance: chorus.Differs, Citation: s.Citation, Text: s.Text, Attribution: s.Facets.Attribution})
	}
	return out
}
