package people

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/chorusnews/chorus"
)

// benchNames builds a story-sized list of mentions: n mentions over 40
// documents, drawn with a fixed seed from people (in full, by family name,
// with honorifics), organisations and their acronyms, and places.
func benchNames(n int) []Name {
	given := []string{"Sergei", "Sergey", "John", "Jane", "Maria", "Ahmed", "Mohammed", "Muhammad", "Yevgeny", "Evgeny"}
	family := []string{"Lavrov", "Kerry", "Smith", "Zakharova", "Morsi", "Primakov", "Jenkin", "Peskov", "Nuland", "Carter"}
	orgs := []string{"Islamic State", "ISIL", "DAESH", "Nusra Front", "al-Nusra", "United Nations", "UN", "State Department",
		"Associated Press", "AP", "Boston Red Sox", "Red Sox"}
	places := []string{"Moscow", "Syria", "Aleppo", "U.S.", "United States", "Geneva", "Vientiane", "Mount Cook", "Mt Cook"}
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]Name, n)
	for i := range out {
		doc := fmt.Sprintf("d%02d", rng.IntN(40))
		switch k := rng.IntN(10); {
		case k < 3:
			out[i] = Name{Doc: doc, Text: given[rng.IntN(len(given))] + " " + family[rng.IntN(len(family))], Type: chorus.EntityPerson}
		case k < 5:
			out[i] = Name{Doc: doc, Text: family[rng.IntN(len(family))], Type: chorus.EntityPerson}
		case k < 6:
			out[i] = Name{Doc: doc, Text: "Mr. " + family[rng.IntN(len(family))], Type: chorus.EntityPerson}
		case k < 8:
			out[i] = Name{Doc: doc, Text: orgs[rng.IntN(len(orgs))], Type: chorus.EntityOrganization}
		default:
			out[i] = Name{Doc: doc, Text: places[rng.IntN(len(places))], Type: chorus.EntityLocation}
		}
	}
	return out
}

func BenchmarkCluster(b *testing.B) {
	for _, n := range []int{100, 1000} {
		ns := benchNames(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Cluster(ns)
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "mentions/s")
		})
	}
}

func BenchmarkResolve(b *testing.B) {
	var arts []Article
	for range 10 {
		arts = append(arts, storyArticles()...)
	}
	mentions := 0
	for _, a := range arts {
		mentions += len(a.Mentions)
	}
	for b.Loop() {
		Resolve(arts)
	}
	b.ReportMetric(float64(mentions*b.N)/b.Elapsed().Seconds(), "mentions/s")
}
