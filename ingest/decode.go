package ingest

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Decoded is a document body converted to UTF-8.
type Decoded struct {
	Text []byte
	// Charset is the encoding the bytes were read as.
	Charset string
	// Note explains a conversion the user may want to know about ("" when the
	// input was clean UTF-8).
	Note string
}

// errBinary and errEmpty are the reasons content is refused before decoding.
var (
	errBinary = fmt.Errorf("binary content, not text or HTML")
	errEmpty  = fmt.Errorf("empty")
)

// sniffBinary reports whether b looks like binary data rather than text:
// NUL bytes, or many control characters, in its first 8 KiB. UTF-16 text
// has NULs too, so a UTF-16 byte-order mark exempts it.
func sniffBinary(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return false
	}
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	control := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v':
			control++
		}
	}
	return control > len(head)/50+2
}

// decode converts raw bytes to UTF-8. It trusts, in order: a byte-order mark,
// the declared charset (from a Content-Type or, for HTML, a <meta> tag), and
// otherwise tests the bytes: valid UTF-8 stays as is; mostly-valid UTF-8 has
// its stray bytes replaced; anything else is read as Windows-1252, the
// superset of Latin-1 that pages mislabelled as Latin-1 really use.
func decode(raw []byte, isHTML bool, contentType string) (Decoded, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return Decoded{}, errEmpty
	}
	if sniffBinary(raw) {
		return Decoded{}, errBinary
	}
	var declared encoding.Encoding
	var declaredName string
	if isHTML || contentType != "" || hasBOM(raw) {
		enc, name, _ := charset.DetermineEncoding(raw, contentType)
		// DetermineEncoding falls back to windows-1252 when it finds nothing
		// declared; only a BOM, a header or a <meta> counts as declared here.
		if hasBOM(raw) || declaresCharset(raw, contentType) {
			declared, declaredName = enc, name
		}
	}
	if declared != nil && declaredName != "utf-8" {
		out, err := declared.NewDecoder().Bytes(raw)
		if err != nil {
			return Decoded{}, fmt.Errorf("decode %s: %w", declaredName, err)
		}
		out = bytes.TrimPrefix(out, []byte("\uFEFF"))
		return Decoded{Text: out, Charset: declaredName, Note: "converted from " + declaredName}, nil
	}
	raw = bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(raw) {
		return Decoded{Text: raw, Charset: "utf-8"}, nil
	}
	valid, invalid := countUTF8(raw)
	if valid > 4*invalid {
		// Mostly UTF-8 with a few broken bytes (a truncated copy, a stray
		// Latin-1 character): keep the good text, mark the damage.
		return Decoded{Text: bytes.ToValidUTF8(raw, []byte("\uFFFD")), Charset: "utf-8",
			Note: fmt.Sprintf("%d invalid UTF-8 byte sequences replaced", invalid)}, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return Decoded{}, fmt.Errorf("decode windows-1252: %w", err)
	}
	note := "not valid UTF-8; read as windows-1252"
	if declaredName == "utf-8" {
		note = "declared UTF-8 but is not; read as windows-1252"
	}
	return Decoded{Text: out, Charset: "windows-1252", Note: note}, nil
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// declaresCharset reports whether the content type or the first 1 KiB of
// markup names a charset.
func declaresCharset(b []byte, contentType string) bool {
	if bytes.Contains(bytes.ToLower([]byte(contentType)), []byte("charset=")) {
		return true
	}
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// countUTF8 counts the valid multi-byte sequences and the invalid bytes in b.
func countUTF8(b []byte) (valid, invalid int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[size:]
	}
	return valid, invalid
}
