package extract

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestStripWireCodes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The ferry sailed again on Monday. &UR; (ab-cd)", "The ferry sailed again on Monday."},
		{"The pier reopened at noon, the harbour master said. &UR; vj/mae", "The pier reopened at noon, the harbour master said."},
		{"&UR; Eds: ADDS harbour master's comment &UR; By LENA RIEL &QC;", "Eds: ADDS harbour master's comment   By LENA RIEL"},
		{"&QL; The crane was inspected twice.", "The crane was inspected twice."},
		// an ampersand in prose is no code, and words after a code are kept
		{"Riel & Varga Ltd. owns the quay &UR; and the sheds beside it.", "Riel & Varga Ltd. owns the quay   and the sheds beside it."},
		{"No codes here.", "No codes here."},
	} {
		if got := stripWireCodes(tc.in); got != tc.want {
			t.Errorf("stripWireCodes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// An archived wire story: an editor's note stands first, where the title
// would be, a pick-up instruction sits between paragraphs, and the last
// paragraph ends in the operator's initials. None of it is the article.
func TestWireCopyNotes(t *testing.T) {
	body := "&UR; Eds: UPDATES with ferry timetable &UR; By LENA RIEL &QC; &UR; Tern News Writer &QC;\n" +
		"KESSIN, Veskaria (TN) _ The Kessin ferry sailed again on Monday after a week in dock, the harbour master said.\n" +
		"&UR; Kessin ferry, 3rd graf\n" +
		"The timetable for the winter starts next week and adds a late crossing on Fridays.\n" +
		"Passengers had waited for the repair since the gearbox failed last Tuesday. &UR; (lr-kt)\n"
	d, err := Read(chorus.Document{Source: "TN20251117.0042.txt", Format: chorus.FormatText, Charset: "utf-8", Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	a, err := d.Article()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Title, "The Kessin ferry sailed") {
		t.Errorf("title %q: an editor's note heads nothing, and the lead stands in for the missing headline", a.Title)
	}
	for _, junk := range []string{"Eds:", "&UR;", "&QC;", "3rd graf", "(lr-kt)"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, a.Text)
		}
	}
	if !strings.Contains(a.Text, "since the gearbox failed last Tuesday.") || !strings.Contains(a.Text, "adds a late crossing on Fridays.") {
		t.Errorf("text lost the article:\n%s", a.Text)
	}
	if removed := strings.Join(d.Removed(), "\n"); strings.Count(removed, "wire editor's note") != 2 {
		t.Errorf("removed:\n%s\nwant the note and the pick-up line, each saying why", removed)
	}
}
