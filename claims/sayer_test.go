package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/claims/align"
)

// sayersOf runs the statement reader over a short article and returns the
// attribution facet of each claim that has one, as "claim | source".
func sayersOf(t *testing.T, text string) []string {
	t.Helper()
	art := &chorus.Article{ID: "a1", Text: text, Lang: "en", Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
	an := analyze.Analyze(art)
	var out []string
	for _, st := range extract(&Article{Article: art, Analysis: an, Mentions: an.Mentions}, 0, align.Default(), 0) {
		if st.facets.Attribution != "" {
			out = append(out, st.text+" | "+st.facets.Attribution)
		}
	}
	return out
}

func TestSayer(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a leading connective is no part of the source",
			"The ferry left Kessin at dawn, but harbour officials said the crossing had been delayed by fog for two hours.",
			[]string{"the crossing had been delayed by fog for two hours | harbour officials"}},
		{"a bare connective is no source at all",
			"Tolla Mills shut its second kiln in March, but said the order book for the autumn looked healthy.",
			nil},
		{"an adverb after the source goes",
			"The Brenmoor water board also said the reservoir near Ulvik held less than half its usual volume.",
			[]string{"the reservoir near Ulvik held less than half its usual volume | The Brenmoor water board"}},
		{"a sentence-initial adverb is no source",
			"Apparently the lorry driver had taken the old quarry road, which was closed for repairs since May.",
			nil},
		{"a body the lists do not know speaks through its name",
			"According to guidance from the Lowmere Clinic, patients should wait two weeks before flying again.",
			[]string{"patients should wait two weeks before flying again | guidance from the Lowmere Clinic"}},
		{"a service is a body that can speak",
			"The ferry had been missing for six hours, the coast guard service said on Sunday evening.",
			[]string{"The ferry had been missing for six hours | the coast guard service"}},
		{"a thing that cannot speak is no source",
			"Kessin Shipping bought two tugs from a yard in Ulvik, a deal announced at the start of the week.",
			nil},
		{"a share price adding points is no speaker",
			"The stock added more than 3% on Tuesday after the brewer took over a rival in Tolla for 80 million crowns.",
			nil},
		{"adding an amount is no verb of saying",
			"Ilse Varga scored twice for Tolla, and Mara Olsen added three assists in the second half.",
			nil},
		{"a sentence-initial common noun is lower-cased",
			"Authorities said the two climbers were found alive on the north face of Mount Brenner late on Sunday.",
			[]string{"the two climbers were found alive on the north face of Mount Brenner late on Sunday | authorities"}},
		{"a document is a source",
			"According to a draft memo seen by the Kessin Courier, the ministry had planned to close three rural schools.",
			[]string{"the ministry had planned to close three rural schools | a draft memo seen by the Kessin Courier"}},
		{"a pronoun takes the name the quotes resolved",
			"Harbour master Ilse Varga spent the night on the quay. She said the storm had torn two cranes from their rails.",
			[]string{"the storm had torn two cranes from their rails | Ilse Varga"}},
		{"a bare surname takes the full name given before",
			"Fire chief Oren Maddox arrived after midnight. The blaze had spread to three warehouses near the canal, Maddox said.",
			[]string{"The blaze had spread to three warehouses near the canal | Oren Maddox"}},
		{"a title before a name keeps its capital",
			"Captain Ilse Varga said the trawler had lost its rudder some forty miles north of Tolla.",
			[]string{"the trawler had lost its rudder some forty miles north of Tolla | Captain Ilse Varga"}},
		{"a pronoun after another person is named keeps its word",
			"Ilse Varga said the quay would reopen on Monday. The plan did not please the union leader Mara Olsen. She said the dockers would accept it for now.",
			[]string{"the quay would reopen on Monday | Ilse Varga", "the dockers would accept it for now | She"}},
		{"a group of people is a source",
			"The family said the two brothers had left the farm near Ulvik shortly before the flood reached it.",
			[]string{"the two brothers had left the farm near Ulvik shortly before the flood reached it | The family"}},
		{"coordinated sources are one source, headed by the last noun",
			"Ferry and harbour officials said the new timetable would start on the first of June in Tolla.",
			[]string{"the new timetable would start on the first of June in Tolla | Ferry and harbour officials"}},
		{"a participle after 'and' is no second source",
			"The court will sit in Ulvik under Tollan law and using Tollan judges, the two governments agreed.",
			nil},
		{"a time before a verb of saying is no source",
			"Moments later, the pilot told the tower that one of the two engines had stopped over the lake.",
			[]string{"one of the two engines had stopped over the lake | the pilot"}},
		{"a time before the speaker is no part of it",
			"Two days later Varga wrote to the harbour board that the port might have to sell its oldest ferry.",
			[]string{"the port might have to sell its oldest ferry | Varga"}},
		{"a capitalised word that may name a time is part of a name",
			"The Tolla Times reported that the mayor had sold her shares in the ferry company in April.",
			[]string{"the mayor had sold her shares in the ferry company in April | The Tolla Times"}},
		{"a participle opening the sentence is no source",
			"Citing witness accounts, Olsen claimed the lorry had crossed the bridge after it was closed.",
			nil},
		{"a noun that may be read as a verb heads the source",
			"At least 40 fishermen have been detained in the harbour, according to credible reports received by the Tolla Courier.",
			[]string{"At least 40 fishermen have been detained in the harbour | credible reports received by the Tolla Courier"}},
		{"a weekday after the source says when, not who",
			"Tolla Shipping Ltd. Tuesday said the new ferry would enter service on the northern route in May.",
			[]string{"the new ferry would enter service on the northern route in May | Tolla Shipping Ltd."}},
		{"a finding is a source",
			"The preliminary finding said the bridge at Ulvik had been closed too late on the night of the flood.",
			[]string{"the bridge at Ulvik had been closed too late on the night of the flood | The preliminary finding"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sayersOf(t, tt.text)); diff != "" {
				t.Errorf("sayers (-want +got):\n%s", diff)
			}
		})
	}
}
