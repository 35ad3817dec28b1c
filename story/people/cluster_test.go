package people

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// names builds a test's names from "doc|type|text" lines; a text may
// open with the title written before the mention in angle brackets
// ("<President>Varga").
func names(lines ...string) []Name {
	var out []Name
	for _, l := range lines {
		p := strings.SplitN(l, "|", 3)
		n := Name{Doc: p[0], Type: chorus.EntityType(p[1]), Text: p[2]}
		if rest, ok := strings.CutPrefix(n.Text, "<"); ok {
			n.Before, n.Text, _ = strings.Cut(rest, ">")
		}
		out = append(out, n)
	}
	return out
}

// partition renders groups as letters in order of first appearance, so
// that "a a b" means the first two names are one entity.
func partition(groups []int) string {
	letter := map[int]byte{}
	var b strings.Builder
	for i, g := range groups {
		if _, ok := letter[g]; !ok {
			letter[g] = byte('a' + len(letter))
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(letter[g])
	}
	return b.String()
}

func TestCluster(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []Name
		want  string
	}{
		{"transliteration, surname, honorific", names(
			"1|PER|Sergei Lavrov", "2|PER|Sergey Lavrov", "2|PER|Lavrov", "3|PER|Mr. Lavrov", "3|PER|Lavrov's"),
			"a a a a a"},
		{"Yevgeny/Evgeny and Mohammed/Muhammad", names(
			"1|PER|Yevgeny Primakov", "2|PER|Evgeny Primakov", "1|PER|Mohammed Morsi", "2|PER|Muhammad Morsi"),
			"a a b b"},
		{"initials and honorifics", names(
			"1|PER|John Kerry", "2|PER|J. Kerry", "2|PER|Mr Kerry", "3|PER|John F. Kerry", "3|PER|Kerry"),
			"a a a a a"},
		{"a family name written first in one name and last in another joins neither (where its report names only one, that one)", names(
			"1|PER|Wen Haolin", "1|PER|Liang Wen", "1|PER|Wen", "2|PER|Liang Wen", "2|PER|Wen"),
			"a b c b b"},
		{"two Smiths with different first names", names(
			"1|PER|John Smith", "1|PER|Smith", "2|PER|Jane Smith", "2|PER|Smith", "3|PER|John Smith", "3|PER|Jane Smith", "3|PER|Smith"),
			"a a b b a b c"},
		{"siblings told apart by honorific", names(
			"1|PER|John Jenkin", "1|PER|Katie Jenkin", "2|PER|Mr Jenkin", "2|PER|Miss Jenkin", "3|PER|Mr Jenkin"),
			"a b c d c"},
		{"a title of office goes to the one of two same-surname people written with it", names(
			"1|PER|<President>Tomas Varga", "2|PER|Ilse Varga", "3|PER|Ilse Varga", "3|PER|<President>Varga", "3|PER|Varga"),
			"a b b a c"},
		{"a title no one holds stays apart from the full name its report calls by an honorific", names(
			"1|PER|Ilse Varga", "1|PER|<Mrs.>Varga", "1|PER|<President>Varga", "2|PER|<President>Varga"),
			"a a b b"},
		{"a title a short form brought by a guess passes to no other short form", names(
			"1|PER|Tomas Varga", "2|PER|Ilse Varga", "2|PER|<President>Varga", "3|PER|<President>Varga"),
			"a b b c"},
		{"the honorific counts wherever it stands in the report", names(
			"1|PER|Ilse Varga", "1|PER|<President>Varga", "1|PER|<Mrs.>Varga"),
			"a b a"},
		{"without another way of address a title joins the one full name", names(
			"1|PER|Ilse Varga", "1|PER|<President>Varga", "2|PER|<Mrs.>Varga"),
			"a a a"},
		{"generations are different people", names(
			"1|PER|George Bush Sr.", "2|PER|George Bush Jr.", "3|PER|George Bush"),
			"a b c"},
		{"acronyms and aliases", names(
			"1|ORG|Islamic State", "1|ORG|ISIL", "2|ORG|ISIS", "2|ORG|DAESH", "3|ORG|IS", "3|ORG|Islamic State's",
			"4|ORG|the Islamic State"),
			"a a a a a a a"},
		{"acronym of a written-out name", names(
			"1|ORG|Associated Press", "2|ORG|AP", "1|ORG|California Highway Patrol", "2|ORG|CHP"),
			"a a b b"},
		{"Nusra Front in its spellings", names(
			"1|ORG|Nusra Front", "2|ORG|al-Nusra", "3|ORG|rebel-allied Nusra Front", "3|ORG|al Qaeda", "4|ORG|al-Qaeda"),
			"a a a b b"},
		{"short forms of a team name", names(
			"1|ORG|Boston Red Sox", "1|ORG|Red Sox", "2|ORG|Sox", "2|ORG|RED SOX", "3|ORG|Boston Herald", "3|ORG|Herald"),
			"a a a a b b"},
		{"the same words in another order", names(
			"1|ORG|Justice Department", "2|ORG|Department of Justice", "3|ORG|Department of State"),
			"a a b"},
		{"a party goes by its name without the word party", names(
			"1|ORG|Riel Harbour Party", "2|ORG|Riel Harbour", "3|ORG|Tessin Reform Party", "3|ORG|Reform Party", "4|ORG|Reform"),
			"a a b b b"},
		{"an acronym that takes letters from inside a compound word, where one name fits", names(
			"1|ORG|Marhold Airlines", "2|ORG|MAL", "3|ORG|M.A.L.", "3|ORG|ML"),
			"a a a b"},
		{"such an acronym joins no name when two fit", names(
			"1|ORG|Marhold Airlines", "2|ORG|Marhold Aluminium", "3|ORG|MAL"),
			"a b c"},
		{"unless the story defines it after one of them", append(names(
			"1|ORG|Marhold Aluminium", "3|ORG|MAL"), Name{Doc: "2", Type: "ORG", Text: "Marhold Airlines", Defines: "MAL"}),
			"a b b"},
		{"other institutions do not", names(
			"1|ORG|Marhold Library", "2|ORG|Marhold", "3|ORG|Tessin Reform Institute", "4|ORG|Tessin Reform"),
			"a b c d"},
		{"an airline's names with Airlines, Airways or neither", names(
			"1|ORG|Tessin Pacific Airways", "2|ORG|Tessin Pacific Airlines", "3|ORG|Tessin Pacific", "3|ORG|Tessin",
			"4|ORG|Marhold Lines", "5|ORG|Marhold Airways", "6|ORG|Riel Airlines", "6|ORG|Riel Air"),
			"a a a a b c d e"},
		{"an ambiguous start stays apart", names(
			"1|ORG|Telecom Egypt", "2|ORG|France Telecom", "3|ORG|Telecom"),
			"a b c"},
		{"a lone institution noun is not a name", names(
			"1|ORG|Oregon State Police", "2|ORG|Police", "3|ORG|Police"),
			"a b b"},
		{"a place is not the shop named after it", names(
			"1|LOC|Paris", "2|LOC|Paris jewelry store", "3|LOC|Paris Store"),
			"a b c"},
		{"a royal goes by a given name that is no one else's", names(
			"1|PER|Kemal Varga", "1|PER|Varga", "2|PER|Prince Kemal", "3|PER|Princess Halina", "3|PER|Crown Princess Halina Tessin"),
			"a a b c c"},
		{"nicknames in quotes and parentheses", names(
			"1|PER|Luis Gerardo (Jerry) Ortiz", "2|PER|Jerry Ortiz", "3|PER|Vincent 'The Chin' Gigante", "3|PER|Vincent Gigante"),
			"a a b b"},
		{"pet names", names(
			"1|PER|Frederick C. LaRue", "2|PER|Fred LaRue", "3|PER|Mo Cheeks", "3|PER|Maurice Cheeks", "4|PER|Rob Jones", "4|PER|Nick Jones"),
			"a a b b c d"},
		{"a given name alone joins the one full name it fits", names(
			"1|PER|Odile Marchetti", "1|PER|Odile", "2|PER|Odile"),
			"a a a"},
		{"a given name two people share joins only the one its document names", names(
			"1|PER|Odile Marchetti", "2|PER|Odile Brandt", "2|PER|Odile", "3|PER|Odile"),
			"a b b c"},
		{"a nickname blended from the starts of the names", names(
			"1|PER|Marisol Okafor", "2|PER|MaOk", "2|PER|Okafor", "3|PER|A-Dub", "3|PER|Anton Dubrow", "4|PER|ReMa"),
			"a a a b b c"},
		{"clipped names of a team and a city", names(
			"1|ORG|Marvellington Ospreys", "2|ORG|Marvy", "3|ORG|Osps", "4|ORG|Ospreys"),
			"a a a a"},
		{"a clipped name that fits two teams stays apart", names(
			"1|ORG|Quenrath Otters", "1|ORG|Quenrath Ospreys", "2|ORG|Quenny"),
			"a b c"},
		{"pronouns never join", names(
			"1|PER|I'm", "1|PER|I'm", "2|PER|She's"),
			"a b c"},
		{"types never mix", names(
			"1|PER|Barack Obama", "1|ORG|Obama administration", "2|PER|Obama"),
			"a b a"},
		{"a description with no one person in sight joins the same description only", names(
			"1|PER|Smuggling boss", "2|PER|Smuggling boss", "3|PER|Renato Lo Bianco", "3|PER|Lo Bianco", "4|PER|Aldo Ferrante",
			"4|PER|Ferrante"),
			"a a b b c c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := partition(Cluster(tc.names))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("groups mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClusterIsDeterministic(t *testing.T) {
	ns := names("1|PER|Sergei Lavrov", "2|PER|Lavrov", "2|ORG|ISIL", "1|ORG|Islamic State", "3|PER|John Smith",
		"3|PER|Jane Smith", "3|PER|Smith")
	first := Cluster(ns)
	for range 20 {
		if diff := cmp.Diff(first, Cluster(ns)); diff != "" {
			t.Fatalf("second run differs:\n%s", diff)
		}
	}
}
