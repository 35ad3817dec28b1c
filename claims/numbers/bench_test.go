package numbers

import "testing"

func BenchmarkFind(b *testing.B) {
	text := "The Kessel flood of 2024 cost some 12,000 people their homes, by the count of the regional " +
		"housing office, while nearly half a million lost power and $1.5bn in aid was pledged."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkFindNoNumber(b *testing.B) {
	text := "The union meets the operator again in Perandos on Friday, hoping to end the stalled dispute."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}
