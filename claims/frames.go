package claims

import (
	"strings"

	"github.com/chorusnews/chorus/claims/numbers"
)

// What a figure counts, in classes: two reports rarely use the same
// words for the same count ("10,200 people had been evacuated", "14,600
// were displaced"; "43 vessels were anchored off the port", "more than
// 60 ships were waiting at anchor"). The classes are few and broad on
// purpose: they only let two attributed figures be compared as
// estimates of one thing; everything else needs the clauses themselves
// to match.

// headClasses map a counted noun to its class.
var headClasses = classes(map[string]string{
	"people": "people persons person residents civilians inhabitants villagers refugees families households",
	"workers": "workers worker employees employee members staff dockworkers dockers miners labourers laborers " +
		"strikers crew",
	"ships":  "ships ship vessels vessel boats boat ferries freighters tankers",
	"homes":  "homes houses buildings dwellings",
	"troops": "troops soldiers fighters",
})

// eventClasses map a word near a figure to what happened to what it counts.
var eventClasses = classes(map[string]string{
	"displaced": "evacuated displaced driven fled homeless uprooted relocated rehoused",
	"dead":      "killed dead died deaths death toll lives bodies",
	"injured":   "injured wounded hurt",
	"detained":  "arrested detained jailed",
	"waiting":   "waiting anchored anchor queue queued queuing berth",
	"striking":  "strike striking stoppage walkout walked stayed",
	"damaged":   "damaged destroyed flooded",
})

func classes(m map[string]string) map[string]string {
	out := map[string]string{}
	for class, words := range m {
		for _, w := range strings.Fields(words) {
			out[w] = class
			out[strings.TrimSuffix(w, "s")] = class
		}
	}
	return out
}

// frame is what a figure counts and what happened to it, as classes
// ("" when unknown).
func frame(n Number) (head string, events map[string]bool) {
	h := n.Quantity.Head
	head = headClasses[h]
	if head == "" && h != "" {
		head = strings.TrimSuffix(h, "s")
	}
	events = map[string]bool{}
	for _, w := range n.After {
		if c := eventClasses[w]; c != "" {
			events[c] = true
		}
	}
	for _, w := range n.Before {
		if c := eventClasses[w]; c != "" {
			events[c] = true
		}
	}
	return head, events
}

// estimateConflict finds two attributed figures from different sources
// that count the same thing (same head class, or one with no head, and a
// shared event class) in the same place ("102 injured in Sorsogon" and
// "nine injured in Taitung" are two counts) and cannot be the same
// figure: the case of casualty,
// crowd and displacement counts, where each source's count is worded its
// own way.
func estimateConflict(a, b *stmt) (string, string, bool) {
	sa, sb := sourceKey(a.facets.Attribution), sourceKey(b.facets.Attribution)
	if sa == "" || sb == "" || sa == sb || differentTimes(a.facets.Dates, b.facets.Dates) {
		return "", "", false
	}
	var va, vb string
	conflict := false
	for _, x := range a.facets.Numbers {
		hx, ex := frame(x)
		for _, y := range b.facets.Numbers {
			if !comparableFigures(x, y) || x.Quantity.Unit != numbers.Count {
				continue // counts of people and things, not sums of money
			}
			hy, ey := frame(y)
			if hx != "" && hy != "" && hx != hy || headClasses[x.Quantity.Head] == "" && headClasses[y.Quantity.Head] == "" {
				continue
			}
			shared := false
			for c := range ex {
				if ey[c] {
					shared = true
				}
			}
			if !shared {
				continue
			}
			if agreeFigures(x, y) {
				return "", "", false
			}
			if !conflict {
				va, vb, conflict = x.Text, y.Text, true
			}
		}
	}
	if conflict && elsewhere(a, b) {
		return "", "", false
	}
	return va, vb, conflict
}

// frameKeys are the (counted class, event class) pairs of a statement's
// figures, for finding statements whose figures may be compared.
func frameKeys(s *stmt) []string {
	var out []string
	for _, n := range s.facets.Numbers {
		h, ev := frame(n)
		if headClasses[n.Quantity.Head] == "" && h != "" {
			continue
		}
		for e := range ev {
			out = append(out, h+"/"+e)
			out = append(out, "/"+e) // a figure with no head ("14,600 were displaced")
		}
	}
	return out
}
