package people

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

// FuzzCluster feeds arbitrary mention strings to the parser and the
// clustering: they must not panic, must give every name a group and must
// give the same groups twice.
func FuzzCluster(f *testing.F) {
	for _, s := range []string{"Sergei Lavrov|Lavrov|Mr. Lavrov", "James R.|R.|James", "ISIL|Islamic State|IS",
		"al-Nusra|'|(|\"|, ,|Jr.|Mr.", "Ü.S.|U.S.|The", "A B C|C|B C|A"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, joined string, types uint8) {
		var ns []Name
		for i, s := range strings.Split(joined, "|") {
			typ := []chorus.EntityType{chorus.EntityPerson, chorus.EntityOrganization, chorus.EntityLocation, chorus.EntityMisc}[(int(types)+i)%4]
			ns = append(ns, Name{Doc: string(rune('a' + i%3)), Text: s, Type: typ})
		}
		g1, g2 := Cluster(ns), Cluster(ns)
		if len(g1) != len(ns) {
			t.Fatalf("%d groups for %d names", len(g1), len(ns))
		}
		for i := range g1 {
			if g1[i] != g2[i] || g1[i] < 0 || g1[i] > i {
				t.Fatalf("groups %v then %v", g1, g2)
			}
		}
	})
}

// FuzzResolve runs Resolve on arbitrary text with mentions of any type at
// arbitrary spans: no panic, and every citation lies inside its article.
func FuzzResolve(f *testing.F) {
	f.Add("Russian Foreign Minister Sergei Lavrov, Russia's envoy, met U.S. officials.", 8, 25, 60, 64, uint8(4))
	f.Add("Lavrov, the minister,", 0, 6, 8, 20, uint8(4))
	f.Add("UN Veskaria envoy Marta Lenz left Veskaria.", 0, 11, 18, 28, uint8(1))
	f.Add("RIEL BOSS QUITS: Pensioner Vera Riel", 0, 4, 17, 36, uint8(1))
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int, types uint8) {
		all := []chorus.EntityType{chorus.EntityPerson, chorus.EntityOrganization, chorus.EntityLocation, chorus.EntityMisc}
		ms := []chorus.Mention{
			{Span: chorus.Span{Start: a, End: b}, Type: all[types%4]},
			{Span: chorus.Span{Start: c, End: d}, Type: all[types/4%4]},
		}
		for _, e := range Resolve([]Article{{ID: "x", Text: text, Mentions: ms}}) {
			for _, ct := range e.Citations {
				if !ct.Span().Valid(len(text)) {
					t.Fatalf("citation %v outside a text of %d bytes", ct, len(text))
				}
			}
		}
	})
}
