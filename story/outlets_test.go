package story

import (
	"testing"

	"github.com/chorusnews/chorus"
)

// TestCountOutlets counts outlets the way the source list names them: a
// site or a credited agency stands for an unnamed outlet, and an article
// with nothing to go on is an outlet of its own.
func TestCountOutlets(t *testing.T) {
	art := func(id, outlet, url, credit string) *chorus.Article {
		return &chorus.Article{ID: chorus.ArticleID(id), Outlet: outlet, URL: url, Credit: credit}
	}
	for _, tc := range []struct {
		name string
		arts []*chorus.Article
		want int
	}{
		{"wire copies pasted as text are one outlet", []*chorus.Article{
			art("a", "", "", "AP"), art("b", "", "", "AP"), art("c", "", "", "ap")}, 1},
		{"unknown articles stay apart", []*chorus.Article{
			art("a", "", "", ""), art("b", "", "", "")}, 2},
		{"a named outlet carrying the wire is its own outlet", []*chorus.Article{
			art("a", "Marhold Gazette", "", "AP"), art("b", "", "", "AP")}, 2},
		{"one site without a name is one outlet", []*chorus.Article{
			art("a", "", "https://www.tessin-post.example/a", ""), art("b", "", "https://tessin-post.example/b", "")}, 1},
		{"a named outlet and its credit name agree", []*chorus.Article{
			art("a", "Reuters", "", ""), art("b", "", "", "Reuters")}, 1},
	} {
		if got := countOutlets(tc.arts); got != tc.want {
			t.Errorf("%s: %d outlets, want %d", tc.name, got, tc.want)
		}
	}
}
