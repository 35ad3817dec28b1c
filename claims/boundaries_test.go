package claims

import "testing"

// TestBoundaries checks where a clause starts and ends when the sentence
// segmenter cut a sentence or left two joined: the tail of the sentence
// before, a quotation or a second sentence after a full stop, wire markup,
// and the abbreviations and family names that end no sentence.
func TestBoundaries(t *testing.T) {
	checkClauses(t, []clauseCase{
		{"a quotation after a full stop is another sentence", "Ilse Varga turned toward the quay and saw the pilot. ``He waved at me.''",
			[]string{"Ilse Varga turned toward the quay and saw the pilot"}},
		{"an opening mark whose quotation closes in the next sentence", "Riel appeared on Tessin radio on Friday and condemned the blockade as ``reckless.",
			[]string{"Riel appeared on Tessin radio on Friday and condemned the blockade as reckless"}},
		{"the tail of a sentence the segmenter cut", "said harbour spokesman Petar Ilic. He added that the ferry would sail on Monday.",
			[]string{"the ferry would sail on Monday | He"}},
		{"the tail of a quotation's sentence", "We sail at dawn,'' said harbour spokesman Petar Ilic. He added that the ferry would wait for the tide in ``the usual way.''",
			[]string{"the ferry would wait for the tide in ``the usual way.'' | He"}},
		{"two sentences joined at a full stop", "Voters backed Riel because they trusted his handling of the port more than that of his rival, Ana Maria da Costa. da Costa campaigned for a closed harbour.",
			[]string{"Voters backed Riel because they trusted his handling of the port more than that of his rival, Ana Maria da Costa"}},
		{"two sentences joined after an abbreviation", "Last year the firm took a $30 million charge for WebFerry Inc. Without these items, earnings rose to $4 million.",
			[]string{"Last year the firm took a $30 million charge for WebFerry Inc."}},
		{"a family name after a verb is no new sentence", "Two dockers held at the Marhold quay were freed on Monday morning, said He Lian, the union's lawyer.",
			[]string{"Two dockers held at the Marhold quay were freed on Monday morning, said He Lian, the union's lawyer"}},
		{"an abbreviation inside a sentence", "The ferry docked at the U.S. Navy yard in Marhold on Monday.",
			[]string{"The ferry docked at the U.S. Navy yard in Marhold on Monday"}},
		{"wire markup ends a claim", "The night ferry to Marhold will sail again on Monday. &UR; (xk-lp)",
			[]string{"The night ferry to Marhold will sail again on Monday"}},
	})
}
