package timeml

import (
	"bytes"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// sampleDoc is a small TimeML document written for this test: nested
// EVENT tags, an entity, a self-closing TIMEX3 and a creation time outside
// <TEXT>.
const sampleDoc = `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-07-15" temporalFunction="false" functionInDocument="CREATION_TIME">2016-07-15</TIMEX3></DCT>
<TITLE>Not scored <TIMEX3 tid="t9" type="DATE" value="2016">2016</TIMEX3></TITLE>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-07-14">Thursday</TIMEX3> in Geneva &amp; Vienna.
Talks <EVENT eid="e2" class="OCCURRENCE">resume</EVENT><TIMEX3 tid="t3" type="DATE" value="2016-08" anchorTimeID="t0"/> <TIMEX3 tid="t2" type="DATE" value="2016-08">next month</TIMEX3>.
</TEXT>
</TimeML>
`

func TestParse(t *testing.T) {
	d, err := Parse("sample.tml", []byte(sampleDoc))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nMinisters met Thursday in Geneva & Vienna.\nTalks resume next month.\n"
	if d.Text != wantText {
		t.Errorf("Text = %q, want %q", d.Text, wantText)
	}
	if d.DCTValue != "2016-07-15" || !d.DCT.Equal(time.Date(2016, 7, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DCT = %q %v", d.DCTValue, d.DCT)
	}
	want := []Timex{
		{Span: chorus.Span{Start: 15, End: 23}, Type: "DATE", Value: "2016-07-14", TID: "t1"},
		{Span: chorus.Span{Start: 57, End: 67}, Type: "DATE", Value: "2016-08", TID: "t2"},
	}
	if diff := cmp.Diff(want, d.Timexes); diff != "" {
		t.Errorf("Timexes (-want +got):\n%s", diff)
	}
	for _, x := range d.Timexes {
		t.Logf("%s %q", x.TID, x.In(d.Text))
	}
	if _, err := Parse("empty.tml", []byte("<TimeML></TimeML>")); err == nil {
		t.Error("Parse without <TEXT> succeeded")
	}
}

func TestParseDCT(t *testing.T) {
	for in, want := range map[string]string{
		"1998-08-07":          "1998-08-07T00:00:00Z",
		"1998-12-05T09:42":    "1998-12-05T09:42:00Z",
		"1998-02-13T15:44:00": "1998-02-13T15:44:00Z",
		"1998-02-13TMO":       "1998-02-13T00:00:00Z",
		"XXXX":                "0001-01-01T00:00:00Z",
	} {
		if got := ParseDCT(in).Format(time.RFC3339); got != want {
			t.Errorf("ParseDCT(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestWriteRoundTrip writes predictions as TimeML and reads them back:
// same plain text (with characters XML must escape), same expressions.
func TestWriteRoundTrip(t *testing.T) {
	text := "On Thursday <July 14> the \"envoy\" & aides met; talks resume next month."
	refs := []chorus.TimeRef{
		{Span: chorus.Span{Start: 3, End: 11}, Type: chorus.TimeDate, Value: "2016-07-14"},
		{Span: chorus.Span{Start: 13, End: 20}, Type: chorus.TimeDate, Value: "2016-07-14"},
		{Span: chorus.Span{Start: 61, End: 71}, Type: chorus.TimeDate, Value: "2016-08"},
	}
	var b bytes.Buffer
	if err := Write(&b, "rt", "2016-07-15", text, refs); err != nil {
		t.Fatal(err)
	}
	d, err := Parse("rt.tml", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != text {
		t.Errorf("round trip text = %q, want %q", d.Text, text)
	}
	if d.DCTValue != "2016-07-15" {
		t.Errorf("round trip DCT = %q", d.DCTValue)
	}
	var got []chorus.TimeRef
	for _, x := range d.Timexes {
		got = append(got, chorus.TimeRef{Span: x.Span, Type: x.Type, Value: x.Value})
	}
	if diff := cmp.Diff(refs, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	overlapping := []chorus.TimeRef{refs[0], {Span: chorus.Span{Start: 5, End: 9}}}
	if err := Write(&b, "bad", "", text, overlapping); err == nil {
		t.Error("Write accepted overlapping expressions")
	}
}
