package rouge

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAgreesWithPerlROUGE scores the baselines of baselineRuns with both the
// Go scorer and the original Perl ROUGE-1.5.5 (through rouge.sh) and
// requires every printed number to be the same. It takes about half a
// minute (Perl needs 20 s for the 500 Multi-News clusters that Go scores in
// half a second), so it runs only with CHORUS_PERL_ROUGE=1 (and needs perl with
// XML::DOM and DB_File: apt-get install libxml-dom-perl).
func TestAgreesWithPerlROUGE(t *testing.T) {
	if os.Getenv("CHORUS_PERL_ROUGE") != "1" {
		t.Skip("set CHORUS_PERL_ROUGE=1 to compare with the Perl ROUGE-1.5.5")
	}
	if err := exec.Command("perl", "-MXML::DOM", "-MDB_File", "-e1").Run(); err != nil {
		t.Skipf("perl with XML::DOM and DB_File is not available: %v", err)
	}
	home := rougeHome(t)
	script := filepath.Join(sharedDir(t), "tools", "scorers", "rouge.sh")
	for _, b := range baselineRuns {
		t.Run(b.name, func(t *testing.T) {
			peers, res := b.score(t)
			sys := t.TempDir()
			for name, text := range peers {
				if err := os.WriteFile(filepath.Join(sys, name+".txt"), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data := filepath.Join(sharedDir(t), "data", "summarization", b.set)
			cmd := exec.Command("bash", script, sys, data)
			cmd.Env = append(os.Environ(), "ROUGE_HOME="+home, "PRESET="+b.preset,
				fmt.Sprintf("WORDS=%d", b.words), "FULL=1")
			var out, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			if err := cmd.Run(); err != nil {
				t.Fatalf("rouge.sh: %v\n%s", err, errOut.String())
			}
			perl, n := parsePerlOutput(t, out.Bytes())
			if n != len(res.Clusters) {
				t.Errorf("rouge.sh scored %d clusters, Go %d", n, len(res.Clusters))
			}
			if diff := cmp.Diff(perl, stats(res)); diff != "" {
				t.Errorf("Go vs ROUGE-1.5.5 (-perl +go):\n%s", diff)
			}
			for _, m := range Metrics {
				s := res.Stats[m].Avg
				p := perl[m]
				t.Logf("%-9s R %6.2f %6.2f  P %6.2f %6.2f  F %6.2f %6.2f   (go, perl)", m,
					100*s.R, 100*p[0][0], 100*s.P, 100*p[1][0], 100*s.F, 100*p[2][0])
			}
		})
	}
}

var (
	rePerlLine  = regexp.MustCompile(`(?m)^S (ROUGE-\S+) Average_([RPF]): ([0-9.]+) \(95%-conf\.int\. ([0-9.]+) - ([0-9.]+)\)`)
	rePerlCount = regexp.MustCompile(`# clusters scored: (\d+)`)
)

// parsePerlOutput reads ROUGE's "S ROUGE-1 Average_R: ..." lines and the
// cluster count rouge.sh prints.
func parsePerlOutput(t *testing.T, out []byte) (perlStat, int) {
	t.Helper()
	byName := map[string]Metric{}
	for _, m := range Metrics {
		byName[m.String()] = m
	}
	var s perlStat
	seen := 0
	for _, g := range rePerlLine.FindAllSubmatch(out, -1) {
		m, ok := byName[string(g[1])]
		if !ok {
			continue
		}
		k := bytes.IndexByte([]byte("RPF"), g[2][0])
		for i := 0; i < 3; i++ {
			v, err := strconv.ParseFloat(string(g[3+i]), 64)
			if err != nil {
				t.Fatal(err)
			}
			s[m][k][i] = v
		}
		seen++
	}
	if seen != 3*int(numMetrics) {
		t.Fatalf("found %d ROUGE result lines in rouge.sh output:\n%s", seen, out)
	}
	n := 0
	if g := rePerlCount.FindSubmatch(out); g != nil {
		n, _ = strconv.Atoi(string(g[1]))
	}
	return s, n
}

// rougeHome copies the ROUGE-1.5.5 release to a temporary folder and builds
// its WordNet exception database there. The shared copy's database is a
// stub (a symlink flattened into a 41-byte text file) that DB_File cannot
// open, and rouge.sh's own rebuild writes into the read-only shared folder
// in directory order, which decides the lemma of words listed twice. The
// files are taken in name order here, which reproduces the database that
// ROUGE-1.5.5 shipped (checked key by key against it).
func rougeHome(t *testing.T) string {
	t.Helper()
	src := scorerDir(t)
	home := t.TempDir()
	if err := os.CopyFS(home, os.DirFS(src)); err != nil {
		t.Fatalf("copy ROUGE release: %v", err)
	}
	if err := os.Chmod(filepath.Join(home, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(home, "data", "WordNet-2.0.exc.db")
	if err := os.Remove(db); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	const build = `use DB_File;
my ($dir, $db) = @ARGV;
tie(my %h, 'DB_File', $db, O_CREAT|O_RDWR, 0644, $DB_HASH) or die "tie $db: $!";
for my $f (sort glob("$dir/*.exc")) {
  open(my $in, '<', $f) or die "$f: $!";
  while (my $l = <$in>) { chomp $l; my @t = split(/\s+/, $l); $h{$t[0]} = $t[1]; }
}
untie %h;`
	cmd := exec.Command("perl", "-e", build, filepath.Join(home, "data", "WordNet-2.0-Exceptions"), db)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build WordNet db: %v\n%s", err, out)
	}
	return home
}
