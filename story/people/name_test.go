package people

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestParse(t *testing.T) {
	type parsed struct {
		Kind     kind
		Words    []string
		Given    int
		Gender   byte
		Gen      string
		Nicks    []string
		Acro     string
		Initials string
		Title    string
	}
	const (
		per = chorus.EntityPerson
		org = chorus.EntityOrganization
		loc = chorus.EntityLocation
	)
	for _, tc := range []struct {
		text string
		typ  chorus.EntityType
		want parsed
	}{
		{"Russian Foreign Minister Sergei Lavrov", per, parsed{Words: []string{"Sergei", "Lavrov"}, Given: 1, Title: "Russian Foreign Minister"}},
		{"Lavrov's", per, parsed{Words: []string{"Lavrov"}}},
		{"Mr. Lavrov", per, parsed{Words: []string{"Lavrov"}, Gender: 'm', Title: "Mr."}},
		{"Miss Jenkin", per, parsed{Words: []string{"Jenkin"}, Gender: 'f', Title: "Miss"}},
		{"DI Tenby", per, parsed{Words: []string{"Tenby"}, Title: "DI"}},
		{"Lucia di Tenby", per, parsed{Words: []string{"Lucia", "di", "Tenby"}, Given: 1}},
		{"Pensioner Ada Rusk", per, parsed{Words: []string{"Ada", "Rusk"}, Given: 1, Title: "Pensioner"}},
		{"Orvel Container Terminal", per, parsed{Kind: kindName, Words: []string{"Orvel", "Container", "Terminal"}, Initials: "OCT"}},
		{"J. Kerry", per, parsed{Words: []string{"J.", "Kerry"}, Given: 1}},
		{"W. Mark Felt Sr.", per, parsed{Words: []string{"W.", "Mark", "Felt"}, Given: 2, Gen: "sr"}},
		{"Arcade Joseph Comeaux, Jr", per, parsed{Words: []string{"Arcade", "Joseph", "Comeaux"}, Given: 2, Gen: "jr"}},
		{"Eric Allen Kirkpatrick, 61", per, parsed{Words: []string{"Eric", "Allen", "Kirkpatrick"}, Given: 2}},
		{"Luis Gerardo (Jerry) Ortiz", per, parsed{Words: []string{"Luis", "Gerardo", "Ortiz"}, Given: 2, Nicks: []string{"jeri"}}},
		{"Vincent 'The Chin' Gigante", per, parsed{Words: []string{"Vincent", "Gigante"}, Given: 1, Nicks: []string{"the chin"}}},
		{"Gaetano Lo Presti", per, parsed{Words: []string{"Gaetano", "Lo", "Presti"}, Given: 1}},
		{"Bashar al-Assad", per, parsed{Words: []string{"Bashar", "al-Assad"}, Given: 1}},
		{"Gov.Sarah Palin", per, parsed{Words: []string{"Sarah", "Palin"}, Given: 1, Title: "Gov."}},
		{"Former AMA trustee Dr. Benjamin", per, parsed{Words: []string{"Benjamin"}, Title: "Former AMA trustee Dr."}},
		{"Billy King", per, parsed{Words: []string{"Billy", "King"}, Given: 1}},
		{"Brooklyn mother of 12", per, parsed{Kind: kindNominal, Words: []string{"Brooklyn", "mother", "of", "12"}}},
		{"Regional Rower of the Season", per, parsed{Kind: kindNominal, Words: []string{"Regional", "Rower", "of", "the", "Season"}}},
		{"Joan of Arc", per, parsed{Words: []string{"Arc"}, Title: "Joan of"}},
		{"I'm", per, parsed{Kind: kindPronoun, Words: []string{"I'm"}}},
		{"She's", per, parsed{Kind: kindPronoun, Words: []string{"She's"}}},
		{"army-backed Harbour Front", org, parsed{Words: []string{"Harbour", "Front"}, Initials: "HF"}},
		{"al-Nusra", org, parsed{Words: []string{"al-Nusra"}}},
		{"Academy of Motion Picture Arts and Sciences", org, parsed{Words: []string{"Academy", "of", "Motion", "Picture", "Arts", "and", "Sciences"}, Initials: "AMPAS"}},
		{"Internet Service Providers (ISPs)", org, parsed{Words: []string{"Internet", "Service", "Providers"}, Initials: "ISP", Nicks: []string{"isp", "isp"}}},
		{"U.S.", loc, parsed{Words: []string{"U.S."}, Acro: "US"}},
		{"ISIL", org, parsed{Words: []string{"ISIL"}, Acro: "ISIL"}},
		{"Microsoft Corp.", org, parsed{Words: []string{"Microsoft"}}},
		{"People magazine", org, parsed{Words: []string{"People"}}},
		{"TMZ.com", org, parsed{Words: []string{"TMZ"}, Acro: "TMZ"}},
		{"Iran's Qeshm island", loc, parsed{Words: []string{"Qeshm"}}},
		{"Qeshm island off Iran's southern coast", loc, parsed{Words: []string{"Qeshm"}}},
		{"Promises Treatment Center in Malibu", loc, parsed{Words: []string{"Promises", "Treatment", "Center"}, Initials: "PTC"}},
		{"Greece's second city, Thessaloniki", loc, parsed{Words: []string{"Thessaloniki"}}},
		{"Paris jewelry store", loc, parsed{Kind: kindNominal, Words: []string{"Paris", "jewelry", "store"}}},
		{"Police", org, parsed{Kind: kindNominal, Words: []string{"Police"}}},
		{"City of Palmer", loc, parsed{Words: []string{"City", "of", "Palmer"}, Initials: "CP", Nicks: []string{"palmer"}}},
	} {
		f := parse(tc.text, tc.typ)
		got := parsed{Kind: f.kind, Words: f.words, Given: f.given, Gender: f.gender, Gen: f.gen, Nicks: f.nicks,
			Acro: f.acro, Initials: f.initials, Title: f.title}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("parse(%q) mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
