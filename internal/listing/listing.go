// Package listing holds what the stores share about paging a story
// listing: the text key that orders stories by update time, and the opaque
// cursor that names a position in that order. Both stores must agree on
// them, or a store migrated from one to the other (chorus migrate) would
// answer cursors handed out before the move differently.
package listing

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// UpdatedKey renders t in UTC at a fixed width, so that comparing keys as
// text compares the instants whatever offset the times came with. Both the
// stored key and a listing's Since filter use it.
func UpdatedKey(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

// EncodeCursor makes an opaque cursor of a listing position: the sort key
// of the last story shown and its id, which breaks ties.
func EncodeCursor(key, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "\x00" + id))
}

// DecodeCursor reads a cursor EncodeCursor made; anything else is an error
// wrapping chorus.ErrBadCursor.
func DecodeCursor(c string) (key, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", fmt.Errorf("%w: %q", chorus.ErrBadCursor, c)
	}
	key, id, ok := strings.Cut(string(b), "\x00")
	if !ok || id == "" {
		return "", "", fmt.Errorf("%w: %q", chorus.ErrBadCursor, c)
	}
	return key, id, nil
}
