package quotes

import "strings"

// A cue whose content is a noun phrase (a side taken, a target, a topic)
// ends its content at the first comma, since what follows is usually an
// aside on the object: "endorsed Holm, who had …". Two commas are not such
// an end: one inside a list of objects ("challenges the toll, the permit
// rules and the night curfew") and one that opens an apposition before
// the rest of the charge ("accused Holm, the harbour master, of lying").

// listStoppers are words that open a clause or an aside rather than one
// more item of a list.
var listStoppers = wordSet(`who whom whose which that where when while because as if unless
	although though but since after before until according said says say told
	is are was were be been being has have had will would could should may might must can
	do does did not`)

// listGoesOn reports whether the comma at token i continues a list of
// short phrases (four words at most) that "and" or "or" closes before end, the first of which
// opens at token a. An item may not hold a verb or a relative word, and it
// opens with a word ending in "-ing" only when the first item does
// ("supports raising fares, closing the pier and selling the boats").
func (d *doc) listGoesOn(a, i, end int) bool {
	gerunds := a < end && strings.HasSuffix(d.lower[a], "ing")
	words := 0
	for j := i + 1; j < end; j++ {
		w := d.lower[j]
		switch {
		case w == "and" || w == "or":
			return words > 0 && j+1 < end && !listStoppers[d.lower[j+1]] && d.lastItemEnds(j+1, end)
		case w == ",":
			if words == 0 {
				return false
			}
			words = 0
		case listStoppers[w] || d.isPunct(j) && d.region[j] < 0 && w != "’s" && w != "'s" && w != "-":
			return false
		default:
			if words == 0 && (strings.HasSuffix(w, "ing") && !gerunds || itemPreps[w]) {
				return false
			}
			if words++; words > 4 {
				return false
			}
		}
	}
	return false
}

// itemPreps open an adjunct after a comma ("…, with his weight down and
// …") rather than one more item of a list.
var itemPreps = wordSet(`with without in on at by from to for of after during despite amid like`)

// lastItemEnds reports whether the item a coordinator opens at token j
// ends the list at a comma or the end of the clause, not at a dash or a
// parenthesis that closes an aside the list stood in ("his assets - youth,
// charm and drive - he …"), and whose first words hold no verb of a clause
// of its own ("…, Riel and Varga left the room").
func (d *doc) lastItemEnds(j, end int) bool {
	for k := j; k < end; k++ {
		switch w := d.lower[k]; {
		case w == "," || w == ";" || w == ".":
			return true
		case isDash(w) || w == "-" || w == "(" || w == ")":
			return false
		case k > j && k <= j+4 && d.region[k] < 0 && d.toks[k].Text == w && (finiteAux[w] || modals[w] || pastVerbs[w]):
			return false // a clause, not an item: "backed the plan, Riel and Varga left"
		}
	}
	return true
}

// chargePreps open what a target is blamed or praised for.
var chargePreps = wordSet(`of for`)

// complementAfterAside returns the comma that closes an aside on the
// object of a cue aimed at someone, when "of" or "for" follows it and the
// charge goes on ("accused Holm, the harbour master, of lying"); it
// returns i when there is none.
func (d *doc) complementAfterAside(f *frame, i, end int) int {
	if !targets[d.lower[f.cue0]] {
		return i
	}
	for j := i + 1; j < end && j <= i+20; j++ {
		switch w := d.lower[j]; {
		case w == ",":
			if j+2 < end && chargePreps[d.lower[j+1]] && j > i+1 {
				return j
			}
			return i
		case w == ";" || w == ":" || w == "." || isDash(w):
			return i
		}
	}
	return i
}
