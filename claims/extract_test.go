package claims

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// clauseStrings splits one sentence and renders each clause as
// "text | attribution".
func clauseStrings(text string) []string {
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := newSent(text, toks)
	var out []string
	for _, c := range clauses(text, toks) {
		words, _ := clauseText(s, c, Facets{}, nil)
		line := words
		if c.attribution.to > c.attribution.from {
			line += " | " + s.span(c.attribution.from, c.attribution.to)
		}
		out = append(out, line)
	}
	return out
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "The council mailed leaflets to households in the eastern district.",
			[]string{"The council mailed leaflets to households in the eastern district"}},
		{"said that", "Ferry union organiser Petar Ilic told members on Friday that the pay dispute was still open.",
			[]string{"the pay dispute was still open | Ferry union organiser Petar Ilic"}},
		{"that after an adverbial", "The port authority said in a written statement after talks in Brenmoor that both unions had asked the regional court to draft a settlement.",
			[]string{"both unions had asked the regional court to draft a settlement | The port authority"}},
		{"trailing said", "The talks will resume in the capital next month, the envoy said.",
			[]string{"The talks will resume in the capital next month | the envoy"}},
		{"according to, leading", "According to the port authority, 43 ships were waiting offshore on Tuesday.",
			[]string{"43 ships were waiting offshore on Tuesday | the port authority"}},
		{"according to, trailing", "Some 12,000 people are without a home after the flood according to the Kessel Institute for Housing Studies.",
			[]string{"Some 12,000 people are without a home after the flood | the Kessel Institute for Housing Studies"}},
		{"a relative clause reports what follows its verb, not what came before", "Ilse Varga found the old ledger on Monday and called the harbour police, who said the ledger had been stolen from the museum.",
			[]string{"Ilse Varga found the old ledger on Monday and called the harbour police", "the ledger had been stolen from the museum | the harbour police"}},
		{"by estimates", "About 9,000 families lost their homes in the flood by official council estimates.",
			[]string{"About 9,000 families lost their homes in the flood | official council estimates"}},
		{"a verb of counting in an absolute phrase has no speaker", "With a fifth of the ballots counted, Varga looked set to take 51 percent of the Riel vote.",
			[]string{"With a fifth of the ballots counted, Varga looked set to take 51 percent of the Riel vote"}},
		{"a comparison is no source", "Varga beat her rival by a wide margin in Tessin, a far better result than polls had predicted.",
			[]string{"Varga beat her rival by a wide margin in Tessin, a far better result than polls had predicted"}},
		{"coordinated predicate", "The dock strike opened over a wage freeze and has since spread to three ports along the coast.",
			[]string{"The dock strike opened over a wage freeze", "The dock strike has since spread to three ports along the coast"}},
		{"coordinated clause with its own source", "The operator hoped to publish the terms of the deal in March, and a regional mediator said she would try to reopen wage talks next week.",
			[]string{"The operator hoped to publish the terms of the deal in March", "she would try to reopen wage talks next week | a regional mediator"}},
		{"a quotation held whole keeps its marks", "The mayor of Tessin condemned the blockade of the quay as ``reckless.''",
			[]string{"The mayor of Tessin condemned the blockade of the quay as ``reckless.''"}},
		{"a curly quotation held whole keeps its marks", "The mayor of Tessin condemned the blockade of the quay as “reckless.”",
			[]string{"The mayor of Tessin condemned the blockade of the quay as “reckless.”"}},
		{"a subordinate clause alone is no claim", "When Varga arrived in Tessin last week, he said that the questions would come.",
			[]string{"When Varga arrived in Tessin last week, he said that the questions would come"}},
		{"a verb of saying with an object reports no clause", "The Marhold Dockers Front claimed responsibility for the blockade, the second since the May pact with the port board.",
			[]string{"The Marhold Dockers Front claimed responsibility for the blockade, the second since the May pact with the port board"}},
		{"what follows a verb of saying needs a subject", "The port board said on Tuesday will reopen the quay after an audit.",
			[]string{"The port board said on Tuesday will reopen the quay after an audit"}},
		{"an antecedent after 'as'", "One of the two pilots was named as Petar Riel, who lived in a village north of Marhold.",
			[]string{"One of the two pilots was named as Petar Riel", "Petar Riel lived in a village north of Marhold"}},
		{"'according to' opens no purpose clause", "The siren line failed an hour before the gate broke, according to the village head, Ilse Varga.",
			[]string{"The siren line failed an hour before the gate broke, according to the village head, Ilse Varga"}},
		{"an object and an infinitive are no purpose", "The union decided on Monday to accept the offer, allowing Tessin Lines to resume sailings.",
			[]string{"The union decided on Monday to accept the offer, allowing Tessin Lines to resume sailings"}},
		{"'for' and a subject before the infinitive", "In July the port board backed a plan for the two ferry operators to share the quay.",
			[]string{"In July the port board backed a plan for the two ferry operators to share the quay"}},
		{"a quotation after a full stop is another sentence", "Ilse Varga turned toward the quay and saw the pilot. ``He waved at me.''",
			[]string{"Ilse Varga turned toward the quay and saw the pilot"}},
		{"an opening mark whose quotation closes in the next sentence", "Riel appeared on Tessin radio on Friday and condemned the blockade as ``reckless.",
			[]string{"Riel appeared on Tessin radio on Friday and condemned the blockade as reckless"}},
		{"the tail of a sentence the segmenter cut", "said harbour spokesman Petar Ilic. He added that the ferry would sail on Monday.",
			[]string{"the ferry would sail on Monday | He"}},
		{"an attribution line before a quotation", "The Tessin Courier wrote in its leader on Monday:",
			nil},
		{"the tail of a quotation's sentence", "We sail at dawn,'' said harbour spokesman Petar Ilic. He added that the ferry would wait for the tide in ``the usual way.''",
			[]string{"the ferry would wait for the tide in ``the usual way.'' | He"}},
		{"an antecedent named again after 'or'", "The strike was called by the Kalessian Dockers Union, or KDU, which has been campaigning for safer cranes since 2019.",
			[]string{"The strike was called by the Kalessian Dockers Union, or KDU", "the Kalessian Dockers Union has been campaigning for safer cranes since 2019"}},
		{"a caption states nothing", "Harbour pilot Ilse Varga at a briefing in Tessin, on June 2, 2021.",
			nil},
		{"a name with its title states nothing", "Petar Riel, the former harbour master of Tessin and Marhold.",
			nil},
		{"a short past tense is a verb", "Four crew members died in the fire aboard the Tessin ferry.",
			[]string{"Four crew members died in the fire aboard the Tessin ferry"}},
		{"a present tense in -s is a verb", "Tessin straddles the border between Veskaria and Marhold.",
			[]string{"Tessin straddles the border between Veskaria and Marhold"}},
		{"a relative 'that' in the reported clause", "Varga said last week's blockade that narrowly missed a ferry with 40 passengers aboard was a warning to the port.",
			[]string{"last week's blockade that narrowly missed a ferry with 40 passengers aboard was a warning to the port | Varga"}},
		{"a second predicate borrows the subject after an opener", "At the hearing on Monday, prosecutors went further, and played a recording of the call to the court.",
			[]string{"At the hearing on Monday, prosecutors went further", "prosecutors played a recording of the call to the court"}},
		{"a second predicate with no subject to borrow stays joined", "The mayor of Tessin, a former pilot, resigned on Monday, and joined the dockers on the quay.",
			[]string{"The mayor of Tessin, a former pilot, resigned on Monday, and joined the dockers on the quay"}},
		{"'added to' is no verb of saying", "The council added to that bloated budget on Friday by cutting the ferry subsidy.",
			[]string{"The council added to that bloated budget on Friday by cutting the ferry subsidy"}},
		{"a coordinator inside a dash aside cuts nothing", "In the quay blockade _ which was first claimed by the dockers, Tessin Front, but later blamed on a splinter group _ police found the crane keys.",
			[]string{"In the quay blockade _ which was first claimed by the dockers, Tessin Front, but later blamed on a splinter group _ police found the crane keys"}},
		{"a second infinitive after 'and' opens no purpose clause", "Under the deal, Marhold agreed to call the dockers' front a banned group and to expel its leader from Tessin.",
			[]string{"Under the deal, Marhold agreed to call the dockers' front a banned group and to expel its leader from Tessin"}},
		{"a name given again after a relative clause", "Marhold asked Tessin last week to hand over Riel, who leads the banned Dockers Front, or KDF, which has been blockading the quays since 2019.",
			[]string{"Marhold asked Tessin last week to hand over Riel", "Riel leads the banned Dockers Front, or KDF", "Dockers Front has been blockading the quays since 2019"}},
		{"a sentence starting inside a cut quotation leaves its attribution alone", "No pilots,'' 17-year-old Ilse Varga, one of the deckhands on the ferry, said Friday as the fire spread.",
			nil},
		{"a time is no speaker", "The ferry left without its pilot, said Friday as the fire spread.",
			[]string{"The ferry left without its pilot, said Friday as the fire spread"}},
		{"a verb of saying inside the subject", "Riel cites what the harbour officials said and reads out a letter from another pilot who sailed that night.",
			[]string{"Riel cites what the harbour officials said and reads out a letter from another pilot who sailed that night"}},
		{"a short past tense reports a clause", "The Tessin ministry said 12 people died in the flood on Monday.",
			[]string{"12 people died in the flood on Monday | The Tessin ministry"}},
		{"a present tense in -s reports a clause", "Harbour officials said the toll stands at 30 after the storm.",
			[]string{"the toll stands at 30 after the storm | Harbour officials"}},
		{"relative clause", "Brenmoor and Kalessia, which back rival bids for the terminal, had narrowed their differences this week.",
			[]string{"Brenmoor and Kalessia had narrowed their differences this week", "Brenmoor and Kalessia back rival bids for the terminal"}},
		{"object relative clause left whole", "Sailors were woken by the horn of the Marhold ferry, which the mate, Ilse Varga, sounded just after midnight.",
			[]string{"Sailors were woken by the horn of the Marhold ferry, which the mate, Ilse Varga, sounded just after midnight"}},
		{"object relative clause that ends the sentence", "An engineer will inspect the crane before it goes back into service, which the port expects next week.",
			[]string{"An engineer will inspect the crane before it goes back into service"}},
		{"a relative clause ends at a semicolon", "The unions back the eastern bid, which the port prefers; the operator backs the western one.",
			[]string{"The unions back the eastern bid", "the operator backs the western one"}},
		{"a title opens a relative clause's own subject", "The council backed the harbour plan, which Mr Varga drafted in May.",
			[]string{"The council backed the harbour plan"}},
		{"whom clause that ends the sentence", "The port board thanked the harbour pilot, whom Varga hired in 2019.",
			[]string{"The port board thanked the harbour pilot"}},
		{"whose clause left whole", "The captain of the ferry, whose crew of nine was rescued, thanked the coastguard on Monday.",
			[]string{"The captain of the ferry, whose crew of nine was rescued, thanked the coastguard on Monday"}},
		{"replied attributes", "The quay will stay shut until the inspection ends, the harbour master replied.",
			[]string{"The quay will stay shut until the inspection ends | the harbour master"}},
		{"who after a place is no claim about the place", "It was found on Friday by Ilse Varga, a clerk at the archive in Marhold's Quay Street, who was sorting old ledgers.",
			[]string{"It was found on Friday by Ilse Varga, a clerk at the archive in Marhold's Quay Street"}},
		{"a relative clause on the speaker is a claim about them", "Ilse Varga, who sailed the Marhold ferry for thirty years, told the inquiry that the horn had failed twice.",
			[]string{"Ilse Varga sailed the Marhold ferry for thirty years", "the horn had failed twice | Ilse Varga"}},
		{"an apposition on the speaker is no claim", "Ilse Varga, a retired harbour pilot from Marhold, said the horn had failed twice.",
			[]string{"the horn had failed twice | Ilse Varga"}},
		{"a second infinitive is no clause", "The council has asked owners to check their moorings before the storm, and to report any loose boats to the harbour office.",
			[]string{"The council has asked owners to check their moorings before the storm, and to report any loose boats to the harbour office"}},
		{"direct quote dropped", "“We mean to open a second round of talks,” the mediator told reporters.", nil},
		{"an attribution naming only audience and place is no claim", "“I expect we can say more by the weekend,” Varga told a press briefing in the port city of Thessara.",
			nil},
		{"short quote before an attribution", `"Today we search," the minister told reporters at the regional crisis centre in Ostrelka.`,
			nil},
		{"an attribution with a verb of its own is a claim", "“We will not forget them,” Varga said after laying a wreath at the harbour memorial in Tessin.",
			[]string{"Varga said after laying a wreath at the harbour memorial in Tessin"}},
		{"aside with a speaker", "Lena Ostrova, the ministry's press officer, said Thursday that many repairs were still outstanding.",
			[]string{"many repairs were still outstanding | Lena Ostrova"}},
		{"an aside without a verb of its own is no claim", "The Harbour Gazette, citing a draft plan from the port authority, reported that the two unions could open a shared safety office near Thessara.",
			[]string{"the two unions could open a shared safety office near Thessara | The Harbour Gazette"}},
		{"a title aside is no claim", "Petar Riel, leader of the Left Dockers Party, warned that the quay might close if the unions do not cooperate.",
			[]string{"the quay might close if the unions do not cooperate | Petar Riel"}},
		{"a relative clause inside an aside speaks of the speaker", "Oleg Marin, 58, a crane driver who was working at the quay, said the boom fell without warning.",
			[]string{"Oleg Marin was working at the quay", "the boom fell without warning | Oleg Marin"}},
		{"semicolon", "Washington blames the ceasefire violations on the government; the opposition blames the air strikes.",
			[]string{"Washington blames the ceasefire violations on the government", "the opposition blames the air strikes"}},
		{"purpose", "Visiting trade envoy Ana Riel met Kalessian President Tomas Varga on Monday to propose a wider port partnership.",
			[]string{"Visiting trade envoy Ana Riel met Kalessian President Tomas Varga on Monday",
				"Visiting trade envoy Ana Riel met Kalessian President Tomas Varga on Monday to propose a wider port partnership"}},
		{"object and infinitive", "Regional mediator Irena Vos urged the union and the operator to work toward a new round of negotiations.",
			[]string{"Regional mediator Irena Vos urged the union and the operator to work toward a new round of negotiations"}},
		{"opener before the subject", "On the last day of her tour of the docks, Riel called for safer cranes, and she has urged faster repairs.",
			[]string{"On the last day of her tour of the docks, Riel called for safer cranes", "she has urged faster repairs"}},
		{"a second predicate borrows the subject after an opener", "Despite the storm, the Riel ferry left on time and has since reached the port of Marhold.",
			[]string{"Despite the storm, the Riel ferry left on time", "the Riel ferry has since reached the port of Marhold"}},
		{"the speaker after an opening adverb", "Yesterday the port authority said that the eastern quay would stay shut until May.",
			[]string{"the eastern quay would stay shut until May | the port authority"}},
		{"an irregular past tense is a finite verb", "The storm broke the old sea wall at Riel, and the council drew up repairs within a day.",
			[]string{"The storm broke the old sea wall at Riel", "the council drew up repairs within a day"}},
		{"an age before a relative clause is cut with it", "Ilse Varga, 71, who retired from the harbour board last spring, opened the new ferry terminal at Tessin.",
			[]string{"Ilse Varga opened the new ferry terminal at Tessin", "Ilse Varga retired from the harbour board last spring"}},
		{"a number inside a name is no age", "The night ferry to Marhold left from Quay 12, which the council reopened on Monday.",
			[]string{"The night ferry to Marhold left from Quay 12"}},
		{"a partitive opener is no speaker", "Of the 40 injuries reported so far in the valley, 12 were burns from the gas explosion, the clinic said.",
			[]string{"Of the 40 injuries reported so far in the valley, 12 were burns from the gas explosion | the clinic"}},
		{"quoted as saying with nothing said is no claim", "Harbour master Petar Ilic was quoted as saying by the Tessin Courier.", nil},
		{"quoted later in the sentence, with nothing said", "The ferry company's owner was quoted on Monday by the weekly Marhold Post as telling staff.", nil},
		{"quoted as saying after what was said stays", "The hall had only two doors, one of which was locked, city fire officer Ana Maria Vos was quoted as saying by the regional news agency of Marhold.",
			[]string{"The hall had only two doors, one of which was locked, city fire officer Ana Maria Vos was quoted as saying by the regional news agency of Marhold"}},
		{"quoted as saying with what was said stays", "Harbour master Petar Ilic was quoted as saying that the eastern quay would reopen in May.",
			[]string{"Harbour master Petar Ilic was quoted as saying that the eastern quay would reopen in May"}},
		{"two sentences joined at a full stop", "Voters backed Riel because they trusted his handling of the port more than that of his rival, Ana Maria da Costa. da Costa campaigned for a closed harbour.",
			[]string{"Voters backed Riel because they trusted his handling of the port more than that of his rival, Ana Maria da Costa"}},
		{"two sentences joined after an abbreviation", "Last year the firm took a $30 million charge for WebFerry Inc. Without these items, earnings rose to $4 million.",
			[]string{"Last year the firm took a $30 million charge for WebFerry Inc."}},
		{"a family name after a verb is no new sentence", "Two dockers held at the Marhold quay were freed on Monday morning, said He Lian, the union's lawyer.",
			[]string{"Two dockers held at the Marhold quay were freed on Monday morning, said He Lian, the union's lawyer"}},
		{"an abbreviation inside a sentence", "The ferry docked at the U.S. Navy yard in Marhold on Monday.",
			[]string{"The ferry docked at the U.S. Navy yard in Marhold on Monday"}},
		{"semicolons between items of a list", "In the dock are Petar Riel, the former harbour master; Ana Vos, his deputy; and Ivo Lind, who ran the quay.",
			[]string{"In the dock are Petar Riel, the former harbour master; Ana Vos, his deputy; and Ivo Lind", "Ivo Lind ran the quay"}},
		{"children's ages are no verb", "The pilot, his wife and two sons ages 6 and 9, and a cousin from Tessin boarded the night ferry.",
			[]string{"a cousin from Tessin boarded the night ferry"}},
		{"wire markup ends a claim", "The night ferry to Marhold will sail again on Monday. &UR; (xk-lp)",
			[]string{"The night ferry to Marhold will sail again on Monday"}},
		{"the subject before a dash aside", "Riel _ who took office in Tessin last year and will likely lead the port board in 2027 _ rejected the audit on Monday, and ordered all harbour staff to do the same.",
			[]string{"Riel _ who took office in Tessin last year and will likely lead the port board in 2027 _ rejected the audit on Monday", "Riel ordered all harbour staff to do the same"}},
		{"a relative clause inside a dash aside", "There was one bright spot: the Marhold islands _ battered by a storm in 2019, which flooded half the harbour _ came through the gale unharmed.",
			[]string{"There was one bright spot: the Marhold islands _ battered by a storm in 2019, which flooded half the harbour _ came through the gale unharmed"}},
		{"a lone dash ends a relative clause", "In another case, the Riel company threatened to stop selling the port a version of its ferry software, which runs on most boats in Tessin _ unless the port dropped its rival.",
			[]string{"In another case, the Riel company threatened to stop selling the port a version of its ferry software unless the port dropped its rival", "its ferry software runs on most boats in Tessin"}},
		{"a verb set off by commas", "The raid marked the third time this month that the gang tried, but failed, to break into the Tessin ferry office.",
			[]string{"The raid marked the third time this month that the gang tried, but failed, to break into the Tessin ferry office"}},
		{"a relative clause ending inside a quotation", "Riel, who calls himself the ``Iron Mayor,'' took the stand and praised the harbour police.",
			[]string{"Riel took the stand and praised the harbour police", "Riel calls himself the ``Iron Mayor,''"}},
		{"an estimated figure is no attribution", "The victims, as young as 9 and none older than 70, were among an estimated 300 guests who were at a wedding in a rented hall when the roof fell in.",
			[]string{"The victims, as young as 9 and none older than 70, were among an estimated 300 guests who were at a wedding in a rented hall when the roof fell in"}},
		{"question", "Will the talks resume in August at all?", nil},
		{"too short", "He agreed.", nil},
	}
	for _, tc := range tests {
		got := clauseStrings(tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

func TestClauseTextIsSubsequence(t *testing.T) {
	text := "Riel, speaking after meeting Varga in Thessara, said the talks had moved forward, and Brenmoor and Kalessia, which back rival bids, had agreed to meet."
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := newSent(text, toks)
	for _, c := range clauses(text, toks) {
		words, _ := clauseText(s, c, Facets{}, nil)
		span := text[toks[c.segs[0].from].Start:toks[c.segs[len(c.segs)-1].to-1].End]
		if !isSubsequence(wordsOf(words), wordsOf(span)) {
			t.Errorf("clause %q is not a subsequence of its span %q", words, span)
		}
	}
}

// wordsOf is the letters-and-digits words of s, as the citation checker reads them.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func isSubsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}
