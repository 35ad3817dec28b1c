package clustering

import (
	"testing"
	"time"
)

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, title, text string }{
		{"Varga wins the Riel mayoralty\nIlse Varga won by 40 votes.", "Varga wins the Riel mayoralty", "Ilse Varga won by 40 votes."},
		// A dateline sentence is the lead, not a title.
		{"MARHOLD (AP) _ The dam failed on Tuesday.\nRescuers are out.", "", "MARHOLD (AP) _ The dam failed on Tuesday.\nRescuers are out."},
		// A one-paragraph file has no title.
		{"Varga wins the Riel mayoralty", "", "Varga wins the Riel mayoralty"},
		// Too long for a headline.
		{"the council of tessin met on a wet monday to argue over the budget of the port and the old harbour wall for hours\nMore text.", "", "the council of tessin met on a wet monday to argue over the budget of the port and the old harbour wall for hours\nMore text."},
		{"\n\nVarga wins\n\nIlse Varga won.", "Varga wins", "Ilse Varga won."},
	}
	for _, tt := range tests {
		title, text := splitTitle(tt.in)
		if title != tt.title || text != tt.text {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tt.in, title, text, tt.title, tt.text)
		}
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"APW19981017.0151", "1998-10-17"},
		{"XIE20010230.0001", ""}, // no 30 February
		{"2024-03-05-report", "2024-03-05"},
		{"00", ""},
		{"story123456789", ""},
	}
	for _, tt := range tests {
		got := dateOf(tt.name)
		s := ""
		if !got.IsZero() {
			s = got.Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("dateOf(%q) = %q, want %q", tt.name, s, tt.want)
		}
	}
}
