package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkPutArticle measures storing one new article of about 3 KB,
// full-text indexing included.
func BenchmarkPutArticle(b *testing.B) {
	s, _ := openTemp(b)
	defer s.Close()
	ctx := context.Background()
	body := strings.Repeat("The council met again on Thursday and agreed to keep the night ferry running. ", 40)
	b.SetBytes(int64(len(body)))
	for i := 0; b.Loop(); i++ {
		a := testArticle(i, fmt.Sprintf("Council report %d", i), body)
		if created, err := s.PutArticle(ctx, a); err != nil || !created {
			b.Fatalf("PutArticle = %v, %v", created, err)
		}
	}
}
