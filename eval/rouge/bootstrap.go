package rouge

import (
	"sort"
	"strconv"
)

// ROUGE-1.5.5 does not print the plain mean over clusters: it prints the
// mean of its bootstrap resample means, with the confidence interval read
// off the sorted resample means. Resample i draws with Perl's rand() after
// srand(i), so the numbers are reproducible; to agree with them to the last
// printed digit this file reproduces Perl's generator (a 48-bit linear
// congruential generator, the same recurrence as drand48, which Perl has
// used on every platform since 5.20) and the exact order of its float
// operations.

// drand48 is Perl's random number generator.
type drand48 struct{ x uint64 }

// perlSrand seeds the generator as Perl's srand(seed) does.
func perlSrand(seed uint64) drand48 {
	return drand48{x: (seed<<16 + 0x330e) & (1<<48 - 1)}
}

// next returns the next number in [0, 1), as Perl's rand() does.
func (r *drand48) next() float64 {
	r.x = (r.x*0x5deece66d + 0xb) & (1<<48 - 1)
	return float64(r.x) / (1 << 48)
}

// intn returns int(rand(n)) for n > 0.
func (r *drand48) intn(n int) int { return int(float64(n) * r.next()) }

// round5 is ROUGE's sprintf("%7.5f", x) read back as a number. ROUGE rounds
// each cluster's recall and precision this way before it computes F from
// them, and rounds every average it prints.
func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}

// average summarises one metric over the clusters' scores (in ROUGE's
// instance order) as computeAverages does without -t: resamples draws of
// len(scores) clusters with replacement, the mean of the resample means as
// the average, and the interval at confidence percent from the sorted
// resample means.
func average(scores []PRF, resamples int, confidence float64) Stat {
	n := len(scores)
	var rs [3][]float64
	for k := range rs {
		rs[k] = make([]float64, resamples)
	}
	for i := 0; i < resamples; i++ {
		rng := perlSrand(uint64(i))
		var sum [3]float64
		for j := 0; j < n; j++ {
			s := scores[rng.intn(n)]
			sum[0] += s.R
			sum[1] += s.P
			sum[2] += s.F
		}
		for k := range sum {
			if n > 0 {
				sum[k] /= float64(n)
			}
			rs[k][i] = sum[k]
		}
	}
	var st Stat
	var means, lows, highs [3]float64
	for k := range rs {
		means[k], lows[k], highs[k] = summarise(rs[k], resamples, confidence)
	}
	st.Avg = PRF{R: means[0], P: means[1], F: means[2]}
	st.Low = PRF{R: lows[0], P: lows[1], F: lows[2]}
	st.High = PRF{R: highs[0], P: highs[1], F: highs[2]}
	return st
}

// summarise sorts one list of resample means and returns its mean and the
// bounds of the interval, each rounded as ROUGE prints them. The index
// arithmetic is ROUGE's own, including its use of the upper bound's
// interpolation ratio for the lower bound too; with 1000 resamples at 95%
// it picks the 26th and the 975th smallest means.
func summarise(v []float64, resamples int, confidence float64) (mean, low, high float64) {
	sort.Float64s(v)
	sum := 0.0
	for _, x := range v {
		sum += x
	}
	if len(v) == 0 {
		return 0, 0, 0
	}
	mean = round5(sum / float64(len(v)))
	r := float64(resamples)
	delta := r * ((100 - confidence) / 2.0) / 100.0
	ua := int(r - delta - 1)
	la := int(delta)
	ratio := r - delta - 1 - float64(ua)
	at := func(i int) float64 { // Perl reads past the end as 0
		if i < 0 || i >= len(v) {
			return 0
		}
		return v[i]
	}
	low = round5(at(la) + (at(la+1)-at(la))*ratio)
	high = round5(at(ua) + (at(ua+1)-at(ua))*ratio)
	return mean, low, high
}
