package numbers

import "testing"

func BenchmarkFind(b *testing.B) {
	text := "The Kessel flood began in 2024 and has left more than 12,000 homeless according to the regional " +
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
