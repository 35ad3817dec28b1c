package quotes

// dropNested removes the attributions whose cue lies inside what another
// attribution reports: in "Holm said the mayor wants to sell the pier",
// the mayor's wish is part of what Holm said, and news quote sets count it
// once, as Holm's. An attribution that is itself reported inside another
// one does not make a third one nested (so two overlapping attributions do
// not remove each other).
func (d *doc) dropNested() {
	if len(d.frames) < 2 {
		return
	}
	inside := make([]bool, len(d.frames))
	dropped := make([]bool, len(d.frames))
	for k, f := range d.frames {
		if f.cue0 < 0 || f.cue0 >= len(d.toks) {
			continue
		}
		at := d.toks[f.cue0]
		for j, o := range d.frames {
			if j != k && o.covers(at.Start, at.End) {
				inside[k] = !d.coordinated(k) && !d.besideAct(f, o) && !d.contrasted(f, o)
				break
			}
		}
		if d.inInvertedSpeaker(k) {
			dropped[k] = true
		}
	}
	kept := d.frames[:0:0]
	for k, f := range d.frames {
		if inside[k] && d.reportedBy(k, inside) || dropped[k] {
			f.kept = false
			continue
		}
		kept = append(kept, f)
	}
	d.frames = kept
}

// inInvertedSpeaker reports whether the cue of frame k lies in the
// relative clause of another frame's inverted speaker ("…, said two
// dockers who point to their years on the quay"): the clause tells who
// the speaker is, and says nothing of its own.
func (d *doc) inInvertedSpeaker(k int) bool {
	c := d.frames[k].cue0
	for j, o := range d.frames {
		if j != k && o.inverted && o.spk0 >= 0 && o.spk0 < c && c < o.spk1 {
			return true
		}
	}
	return false
}

// reportedBy reports whether the cue and the content of frame k lie in the
// content of a frame that is not itself inside another. A content that
// runs on past the other's ("Holm said the mayor had promised to build it,
// … and more") is not wholly part of what the other reports.
func (d *doc) reportedBy(k int, inside []bool) bool {
	f := d.frames[k]
	at := d.toks[f.cue0]
	for j, o := range d.frames {
		if j == k || inside[j] || !o.covers(at.Start, at.End) {
			continue
		}
		all := true
		for _, p := range f.parts {
			if !o.covers(p.Start, p.End) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// covers reports whether bytes [a, b) lie in one content fragment of f.
func (f *frame) covers(a, b int) bool {
	for _, p := range f.parts {
		if p.Start <= a && b <= p.End {
			return true
		}
	}
	return false
}

// coordinated reports whether frame k is a second verb of the speaker of
// the frame whose content holds its cue: joined to it by "and" ("Holm
// praised the crew and called the storm “the worst in years”"), or a
// participle set off by a comma or "by" ("…, claiming that …", "attacked
// Holm by reminding voters that …"). It is a second attribution of the same
// source, not part of what the first one reports, and the first one's
// content ends before it.
func (d *doc) coordinated(k int) bool {
	f := d.frames[k]
	if f.spk0 < 0 || f.cue0 <= 0 {
		return false
	}
	j := f.cue0 - 1
	for j > 0 && (isAdverb(d.lower[j]) || joinAdverbs[d.lower[j]] || d.lower[j] == "only") {
		j--
	}
	if f.borrowed {
		// the auxiliaries of a second verb after "and" or "but": "…, but
		// did not recommend …"
		k := j
		doSupport := false
		for k > 0 && (auxiliaries[d.lower[k]] || d.lower[k] == "not" || d.lower[k] == "n't" || d.lower[k] == "did" || d.lower[k] == "does" || d.lower[k] == "do" || isAdverb(d.lower[k])) {
			doSupport = doSupport || d.lower[k] == "did" || d.lower[k] == "does" || d.lower[k] == "do"
			k--
		}
		if k < j && (d.lower[k] == "but" || d.lower[k] == "and" && doSupport) {
			j = k
		}
	}
	if j == 0 {
		return false
	}
	// a comma printed inside the closing mark of a quotation ends the
	// clause too: "insisted he had “won the vote,” claiming …"
	quotedComma := d.commaInMark(j) && f.form.participle
	if d.region[j] >= 0 && !quotedComma {
		return false
	}
	switch w := d.lower[j]; {
	case quotedComma:
	case (w == "and" || w == "but") && f.borrowed:
	case (w == "," || isDash(w) || w == "-") && f.form.participle:
	case f.borrowed && d.thenAfterComma(j, f.cue0): // "offered Riel a job, then said …"
	default:
		return false
	}
	end := j
	if quotedComma {
		end = j + 1 // the quotation stays whole
	}
	for end > 0 && (d.lower[end-1] == "," || d.lower[end-1] == "and") {
		end--
	}
	at := d.toks[f.cue0]
	for i, o := range d.frames {
		if i == k || o.spk0 != f.spk0 || o.spk1 != f.spk1 || o.cue0 >= f.cue0 {
			continue
		}
		for pi, p := range o.parts {
			if p.Start <= at.Start && at.End <= p.End {
				if end == 0 || d.toks[end-1].End <= p.Start {
					return false // nothing of the first content would be left
				}
				o.parts[pi].End = d.toks[end-1].End
				return true
			}
		}
	}
	return false
}

// contrasted reports whether frame f, whose cue lies in the content of
// frame o, opens a clause of its own with its own subject after a comma
// and "but" or "while", or after a semicolon: "Holm said the fares were
// fair, but most traders say they are too high". The writer sets the
// second source against the first; it is not part of what the first one
// reports, and o's content ends before it.
func (d *doc) contrasted(f, o *frame) bool {
	if f.spk0 <= 1 || f.spk1 > f.cue0 || f.borrowed || f.inverted || f.spk0 >= f.cue0 {
		return false
	}
	j := f.spk0 - 1
	cut := j
	if contrastJoins[d.lower[j]] && (d.lower[j-1] == "," || d.lower[j-1] == ";") {
		cut = j - 1
	} else if d.lower[j] != ";" {
		return false
	}
	if d.region[cut] >= 0 {
		return false // inside a quotation, the quoted speaker's own words
	}
	at := d.toks[f.cue0]
	for pi, p := range o.parts {
		if p.Start <= at.Start && at.End <= p.End {
			if o.direct[pi] || d.toks[cut].Start <= p.Start {
				return false
			}
			o.parts[pi].End = d.toks[cut-1].End
			return true
		}
	}
	return false
}

// contrasts join a clause that sets itself against the one before.
var contrastJoins = wordSet(`but while whereas yet`)

// timeOpeners open a clause that places an event in time: "…, after Riel
// accused him of lying", "when the council reported …".
var timeOpeners = wordSet(`after when`)

// clauseReporters are the cues whose content is a whole reported clause,
// its clauses of time included: what someone said, told, wrote, reported
// or found.
var clauseReporters = func() map[string]bool {
	m := wordSet(`according write writes wrote written writing report reports reported reporting`)
	for w := range tellingVerbs {
		m[w] = true
	}
	for w := range findingVerbs {
		m[w] = true
	}
	return m
}()

// besideAct reports whether frame f, whose cue lies in the content of
// frame o, is an attribution of its own that o only places in time: its
// own subject opens a clause of time inside o's content ("Varga attacked
// the plan after Riel accused him of lying"), and o is no verb of saying
// or reporting, whose content takes such a clause in as part of what was
// said ("Varga said he left after Riel accused him").
func (d *doc) besideAct(f, o *frame) bool {
	if f.spk0 <= 0 || f.spk1 <= f.spk0 || f.borrowed || f.inverted || f.spk0 >= f.cue0 || f.ref1 > f.ref0 {
		return false
	}
	for _, direct := range o.direct {
		if direct {
			return false // a quotation around it holds it whole
		}
	}
	if o.colon || o.cue0 < 0 || clauseReporters[d.lower[o.cue0]] || o.spk0 == f.spk0 && o.spk1 == f.spk1 {
		return false
	}
	t := f.spk0 - 1
	if !timeOpeners[d.lower[t]] || d.region[t] >= 0 {
		return false
	}
	for k := f.cue1; k < len(d.toks) && d.sent[k] == f.sent; k++ {
		if d.region[k] >= 0 && f.covers(d.toks[k].Start, d.toks[k].End) {
			return false // a quoted phrase is left to the attribution around it
		}
	}
	at := d.toks[t]
	return o.covers(at.Start, at.End) && d.toks[t].Start > o.parts[0].Start
}
