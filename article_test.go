package chorus

import "testing"

func TestOutletLabel(t *testing.T) {
	tests := []struct {
		name, outlet, url, credit, want string
	}{
		{"outlet first", "Marhold Herald", "https://news.example/a", "Meridian", "Marhold Herald"},
		{"web site without www", "", "https://www.tessinpost.example/x/1", "Meridian", "tessinpost.example"},
		{"agency credit of pasted text", "", "", "CNS", "CNS"},
		{"relative url is no site", "", "/saved/page.html", "", "unknown outlet"},
		{"nothing known", "", "", "", "unknown outlet"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Article{Outlet: tc.outlet, URL: tc.url, Credit: tc.credit}
			if got := a.OutletLabel(); got != tc.want {
				t.Errorf("OutletLabel() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestReadsAsEnglish(t *testing.T) {
	for _, tt := range []struct {
		lang string
		want bool
	}{
		{"en", true},
		{"", true}, // unknown: read as before, English being the common case
		{"pt", false},
		{"ru", false},
	} {
		a := Article{Lang: tt.lang}
		if got := a.ReadsAsEnglish(); got != tt.want {
			t.Errorf("ReadsAsEnglish() with Lang %q = %v, want %v", tt.lang, got, tt.want)
		}
	}
}
