package claims

import "testing"

// TestAttribution checks who a clause is attributed to: a source before or
// after what it says ("X said", "said X", "according to X", "by X's
// estimates", a relative clause that reports), the speaker read apart from
// an aside, and the phrases that look like a source but are none (a
// comparison, an absolute phrase, a time, a partitive opener).
func TestAttribution(t *testing.T) {
	checkClauses(t, []clauseCase{
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
		{"a verb of saying with an object reports no clause", "The Marhold Dockers Front claimed responsibility for the blockade, the second since the May pact with the port board.",
			[]string{"The Marhold Dockers Front claimed responsibility for the blockade, the second since the May pact with the port board"}},
		{"what follows a verb of saying needs a subject", "The port board said on Tuesday will reopen the quay after an audit.",
			[]string{"The port board said on Tuesday will reopen the quay after an audit"}},
		{"a relative 'that' in the reported clause", "Varga said last week's blockade that narrowly missed a ferry with 40 passengers aboard was a warning to the port.",
			[]string{"last week's blockade that narrowly missed a ferry with 40 passengers aboard was a warning to the port | Varga"}},
		{"'added to' is no verb of saying", "The council added to that bloated budget on Friday by cutting the ferry subsidy.",
			[]string{"The council added to that bloated budget on Friday by cutting the ferry subsidy"}},
		{"a time is no speaker", "The ferry left without its pilot, said Friday as the fire spread.",
			[]string{"The ferry left without its pilot, said Friday as the fire spread"}},
		{"a verb of saying inside the subject", "Riel cites what the harbour officials said and reads out a letter from another pilot who sailed that night.",
			[]string{"Riel cites what the harbour officials said and reads out a letter from another pilot who sailed that night"}},
		{"replied attributes", "The quay will stay shut until the inspection ends, the harbour master replied.",
			[]string{"The quay will stay shut until the inspection ends | the harbour master"}},
		{"a relative clause on the speaker is a claim about them", "Ilse Varga, who sailed the Marhold ferry for thirty years, told the inquiry that the horn had failed twice.",
			[]string{"Ilse Varga sailed the Marhold ferry for thirty years", "the horn had failed twice | Ilse Varga"}},
		{"an apposition on the speaker is no claim", "Ilse Varga, a retired harbour pilot from Marhold, said the horn had failed twice.",
			[]string{"the horn had failed twice | Ilse Varga"}},
		{"aside with a speaker", "Lena Ostrova, the ministry's press officer, said Thursday that many repairs were still outstanding.",
			[]string{"many repairs were still outstanding | Lena Ostrova"}},
		{"an aside without a verb of its own is no claim", "The Harbour Gazette, citing a draft plan from the port authority, reported that the two unions could open a shared safety office near Thessara.",
			[]string{"the two unions could open a shared safety office near Thessara | The Harbour Gazette"}},
		{"a title aside is no claim", "Petar Riel, leader of the Left Dockers Party, warned that the quay might close if the unions do not cooperate.",
			[]string{"the quay might close if the unions do not cooperate | Petar Riel"}},
		{"a relative clause inside an aside speaks of the speaker", "Oleg Marin, 58, a crane driver who was working at the quay, said the boom fell without warning.",
			[]string{"Oleg Marin was working at the quay", "the boom fell without warning | Oleg Marin"}},
		{"the speaker after an opening adverb", "Yesterday the port authority said that the eastern quay would stay shut until May.",
			[]string{"the eastern quay would stay shut until May | the port authority"}},
		{"a partitive opener is no speaker", "Of the 40 injuries reported so far in the valley, 12 were burns from the gas explosion, the clinic said.",
			[]string{"Of the 40 injuries reported so far in the valley, 12 were burns from the gas explosion | the clinic"}},
		{"an estimated figure is no attribution", "The victims, as young as 9 and none older than 70, were among an estimated 300 guests who were at a wedding in a rented hall when the roof fell in.",
			[]string{"The victims, as young as 9 and none older than 70, were among an estimated 300 guests who were at a wedding in a rented hall when the roof fell in"}},
	})
}
