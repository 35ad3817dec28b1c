package numbers

import "testing"

func BenchmarkFind(b *testing.B) {
	text := "Syria's civil war erupted in 2011 and has left more than 470,000 dead according to the Syrian " +
		"Center for Policy Research, while nearly half a million fled and $1.5bn in aid was pledged."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkFindNoNumber(b *testing.B) {
	text := "The union is to hold a second day of talks in Perandos on Friday in the hope of ending the stalled dispute."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}
