package people

import "strings"

// aliasGroups are names of well-known organisations and places that no
// letter rule links: acronyms of names in another language ("DAESH"),
// acronyms of long forms rarely written out ("ISIL"), and old or short
// names ("Britain"). Each line is one entity. Everything else is matched
// by the general rules (acronyms, short forms, spellings).
var aliasGroups = [][]string{
	{"Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Daish", "Islamic State of Iraq and the Levant",
		"Islamic State of Iraq and Syria", "Islamic State of Iraq and al-Sham", "Islamic State group"},
	{"Nusra Front", "al-Nusra", "Nusra", "al-Nusra Front", "Jabhat al-Nusra", "Jabhat Fateh al-Sham", "Nusra Front for the People of the Levant"},
	{"al-Qaeda", "al-Qaida", "al Qaeda", "al-Qa'ida", "Qaeda"},
	{"Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"},
	{"Taliban", "Taleban"},
	{"United States", "US", "USA", "U.S.", "U.S.A.", "America", "United States of America"},
	{"United Kingdom", "UK", "U.K.", "Britain", "Great Britain"},
	{"United Nations", "UN", "U.N."},
	{"European Union", "EU", "E.U."},
	{"Russia", "Russian Federation"},
	{"China", "People's Republic of China", "People's Republic", "PRC"},
	{"NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "OTAN"},
	{"Kurdistan Workers' Party", "PKK"},
	{"People's Protection Units", "YPG"},
	{"Syrian Democratic Forces", "SDF"},
	{"Free Syrian Army", "FSA"},
}

// aliases maps the key of each name in aliasGroups to its line's first
// name. Built once from the table and never changed.
var aliases = func() map[string]string {
	m := map[string]string{}
	for _, g := range aliasGroups {
		for _, n := range g {
			m[aliasKey(n)] = g[0]
		}
	}
	return m
}()

// aliasKey folds a name for the alias table: the keys of its words, with
// the Arabic article and plural s dropped as for organisations.
func aliasKey(name string) string {
	var ks []string
	for _, w := range strings.Fields(strings.ReplaceAll(name, ".", "")) {
		w, _ = possessive(w)
		if k := otherKey(w, ""); k != "" {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// aliasOf returns the alias-table entity a form names, or "".
func aliasOf(f *form) string { return f.alias }

// findAlias looks a parsed form up in the alias table.
func findAlias(f *form) string {
	if f.kind != kindName {
		return ""
	}
	if f.acro != "" {
		if a, ok := aliases[aliasKey(f.acro)]; ok {
			return a
		}
	}
	var ws []string
	for _, w := range f.words {
		ws = append(ws, strings.ReplaceAll(w, ".", ""))
	}
	return aliases[aliasKey(strings.Join(ws, " "))]
}
