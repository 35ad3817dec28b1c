package extract

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
)

func TestOutletFromURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.trtworld.example/news/1", "TRT World"},
		{"http://dailyclarion.example/a", "Daily Clarion"},
		{"https://www.theharbourgazette.example/", "The Harbour Gazette"},
		{"https://news.valewatch.example/x", "Valewatch"},
		{"https://edition.bbc.example/", "BBC"},
		{"https://www.the-sun.example/", "The Sun"},
		{"https://eastline-news.example/", "East Line News"}, // a guess: both words are outlet words
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := outletFromURL(tt.url); got != tt.want {
			t.Errorf("outletFromURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestFitsHost(t *testing.T) {
	tests := []struct {
		name, host string
		want       bool
	}{
		{"Harbour Gazette", "harbourgazette.example", true},
		{"NY Times", "nytimes.example", true},
		{"Los Angeles Times", "latimes.example", true},
		{"L'Écho du Val", "echoduval.example", false}, // é is not e: no match, and no false one
		{"Local", "harbourgazette.example", false},
		{"Opinion", "www.opinionated.example", true},
		{"Sport", "", false},
	}
	for _, tt := range tests {
		if got := fitsHost(tt.name, tt.host); got != tt.want {
			t.Errorf("fitsHost(%q, %q) = %v, want %v", tt.name, tt.host, got, tt.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, outlet, title, site string }{
		{"Ferry sails again | Harbour Gazette", "", "Ferry sails again", "Harbour Gazette"},
		{"Ferry sails again - Harbour Gazette Online Edition Today", "Harbour Gazette Online Edition Today", "Ferry sails again", "Harbour Gazette Online Edition Today"},
		{"Ferry sails again - and the long wait for islanders is over", "", "Ferry sails again - and the long wait for islanders is over", ""},
		{"No separator here", "", "No separator here", ""},
	}
	for _, tt := range tests {
		title, site := splitTitle(tt.in, tt.outlet)
		if title != tt.title || site != tt.site {
			t.Errorf("splitTitle(%q) = %q, %q, want %q, %q", tt.in, title, site, tt.title, tt.site)
		}
	}
}

func TestWithoutOutlet(t *testing.T) {
	tests := []struct{ title, outlet, want string }{
		{"Harbour master doubles down on night pilots | HarbourWire", "HarbourWire", "Harbour master doubles down on night pilots"},
		{"Riel keeps Tessin alive in the ferry cup - riel.example", "Riel.example", "Riel keeps Tessin alive in the ferry cup"},
		{"Riel - Tessin ferry resumes after the strike", "Harbour Gazette", "Riel - Tessin ferry resumes after the strike"},
		{"The harbour view: a port on the brink | Editorial", "Harbour Gazette", "The harbour view: a port on the brink | Editorial"},
		{"Weather | HarbourWire", "HarbourWire", "Weather | HarbourWire"},
		{"Ferry sails again | HarbourWire", "", "Ferry sails again | HarbourWire"},
	}
	for _, tt := range tests {
		if got := withoutOutlet(tt.title, tt.outlet); got != tt.want {
			t.Errorf("withoutOutlet(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
		}
	}
}

func TestIsDateOnly(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"First Published: Tuesday, November 19, 2019 08:38 AM", true},
		{"Published 10:02 AM EST Nov 19, 2019", true},
		{"15:23 2019", true},
		{"sexta-feira, 22 de outubro de 2010 às 20:13", true},
		{"Updated at 1:23 p.m.", true},
		{"12 June, 2024", true},
		{"Update", false},
		{"2019", false},
		{"The river peaked on 12 June, 2024", false},
		{"March on Washington draws 2,000", false},
	}
	for _, tt := range tests {
		if got := isDateOnly(tt.in); got != tt.want {
			t.Errorf("isDateOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPlausible(t *testing.T) {
	outlets := []struct {
		in   string
		want bool
	}{
		{"Harbour Gazette", true},
		{"Blogger", false},
		{"https://www.facebook.example/page", false},
		{"Copyright 2014", false},
		{"A long sentence that describes what the site is about and more", false},
	}
	for _, tt := range outlets {
		if got := plausibleOutlet(tt.in); got != tt.want {
			t.Errorf("plausibleOutlet(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	bylines := []struct {
		in   string
		want bool
	}{
		{"Mara Ellison", true},
		{"Reuters", true},
		{"admin", false},
		{"jdoe", false},
		{"WebAdmin Team", false},
		{"news@example.org", false},
	}
	for _, tt := range bylines {
		if got := plausibleByline(tt.in); got != tt.want {
			t.Errorf("plausibleByline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWordCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"three plain words", 3},
		{"  spaced   out  ", 2},
		{"先日、不正に改造した", 5}, // ten letters without spaces: two letters a word
	}
	for _, tt := range tests {
		if got := wordCount(tt.in); got != tt.want {
			t.Errorf("wordCount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestDateInURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://x.example/2019/11/19/story", "2019-11-19"},
		{"https://x.example/news/2019-11-19-story", "2019-11-19"},
		{"https://x.example/20191119/story", "2019-11-19"},
		{"https://x.example/2019/02/30/story", ""},
		{"https://x.example/story?d=2019/11/19", ""},
		{"https://x.example/story-14848164.php", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := dateInURL(tt.url)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("dateInURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestDateInFileName(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/home/ana/saved/2016-07-15-harbour-strike.txt", "2016-07-15"},
		{"clips/harbour_strike_20160715.html", "2016-07-15"},
		{"wire/XYZ20160715.0042.txt", "2016-07-15"},
		{"2016_07_15.txt", "2016-07-15"},
		{"wire/XYZ20160230.0042.txt", ""},        // no 30 February
		{"archive/120160715.txt", ""},            // part of a longer number
		{"000_b97170eb808aff1f.txt", ""},         // a hash
		{"2016-07-15/story.txt", ""},             // a folder's date is not the file's
		{"https://x.example/20160715/story", ""}, // URLs are read by dateInURL
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := DateInFileName(tt.path)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("DateInFileName(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council said on Tuesday that the bridge would reopen to traffic next week, and that the repairs were paid for by the state.", "en"},
		{"Le maire a annoncé que la halle resterait ouverte le dimanche matin pendant l'été, et que la fête est prévue pour les écoles.", "fr"},
		{"Die Stadt hat am Dienstag mitgeteilt, dass die Brücke nächste Woche wieder für den Verkehr geöffnet wird und dass das Land zahlt.", "de"},
		{"先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。", "ja"},
		{"市议会周二表示，这座桥将于下周重新通车，维修费用由州政府承担。", "zh"},
		{"Совет заявил во вторник, что мост снова откроется для движения на следующей неделе.", "ru"},
		{"Міська рада заявила у вівторок, що міст знову відкриють для руху наступного тижня, а ремонт оплатить держава.", "uk"},
		{"Общинският съвет съобщи във вторник, че мостът ще бъде отворен отново за движение следващата седмица.", "bg"},
		{"Dewan kota mengatakan pada hari Selasa bahwa jembatan itu akan dibuka kembali untuk lalu lintas minggu depan, dan biaya perbaikan dibayar negara.", "id"},
		{"Belediye bu hafta bir açıklama yaparak köprünün gelecek ay yeniden açılacağını ve onarım için devletin ödeme yapacağını söyledi, ama tarih daha belli değil.", "tr"},
		{"Kommunen meddelade på tisdagen att bron öppnas för trafik igen nästa vecka och att staten betalar för reparationerna.", "sv"},
		{"Rada miasta poinformowała we wtorek, że most zostanie ponownie otwarty dla ruchu w przyszłym tygodniu, a za naprawy zapłaci państwo i nie będzie opłat.", "pl"},
		{"Consiliul local a anunțat marți că podul va fi redeschis traficului săptămâna viitoare și că reparațiile sunt plătite de stat, care nu cere taxe.", "ro"},
		{"Hội đồng thành phố cho biết vào thứ Ba rằng cây cầu sẽ được mở lại cho giao thông vào tuần tới, và chi phí sửa chữa của nhà nước.", "vi"},
		{"ok", ""},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLeftoverEntities checks that character references a page escaped
// twice are decoded in its title and text, and that text that only looks
// like one is left alone.
func TestLeftoverEntities(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Riel ferry doesn&#8217;t sail", "Riel ferry doesn’t sail"},
		{"&#8220;The ferry leaves at&nbsp;noon&#8221;", "“The ferry leaves at noon”"},
		{"Marhold &amp; Tessin", "Marhold & Tessin"},
		{"caf&#xE9;", "café"},
		{"fish & chips; R&D;", "fish & chips; R&D;"},
		{"&notareference; stays", "&notareference; stays"},
	} {
		if got := leftoverEntities(tc.in); got != tc.want {
			t.Errorf("leftoverEntities(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	page := `<html><head><title>Riel ferry doesn&amp;#8217;t sail</title></head><body><article>` +
		`<h1>Riel ferry doesn&amp;#8217;t sail</h1><p>The Riel ferry will not sail on Sunday, the harbour office said, because the ` +
		`crew&amp;#8217;s rota was cut after the storm damaged the landing stage at Tessin.</p>` +
		`<p>Passengers were told to take the coast road bus instead, which runs every hour from the square.</p></article></body></html>`
	a, err := Extract(chorus.Document{Source: "ferry.html", Format: chorus.FormatHTML, Charset: "utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Riel ferry doesn’t sail" || !strings.Contains(a.Text, "crew’s rota") || strings.Contains(a.Text, "&#") {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
}

// A text with no title line is titled by its first words, and a rule of
// dots or dashes it opens with is no word.
func TestLeadTitleSkipsRules(t *testing.T) {
	body := "................................ Marhold, Veskaria — a stolen delivery van was found on Monday near the Tessin bridge with its cargo untouched, and police said the driver had left the keys inside the cab overnight."
	a, err := Extract(chorus.Document{Source: "van.txt", Format: chorus.FormatText, Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Marhold, Veskaria — a stolen delivery van was found on Monday near…"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

// A language the source declares (a feed's, a JSON Lines record's) is
// the article's when the page declares none and the text is too short to
// tell; a confident reading of the text still overrules it.
func TestLanguageHint(t *testing.T) {
	english := "Harbour pilot Ilse Varga said on Monday that the Tessin ferry would sail again next week, and that the crossing was safe for the winter."
	for _, tc := range []struct {
		name, hint, text, want, from string
	}{
		{"short text keeps the hint", "pt-BR", "Balsa de Tessin volta a navegar\n\nA travessia reabre na segunda.", "pt", "input"},
		{"english text overrules a wrong hint", "fr", english, "en", "text"},
		{"no hint", "", english, "en", "text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(chorus.Document{Source: "x.jsonl:1", Format: chorus.FormatText, Body: []byte(tc.text),
				Hints: chorus.Hints{Lang: tc.hint}})
			if err != nil {
				t.Fatal(err)
			}
			if a.Lang != tc.want || a.Provenance["lang"] != tc.from {
				t.Errorf("lang %q from %q, want %q from %q", a.Lang, a.Provenance["lang"], tc.want, tc.from)
			}
		})
	}
}
