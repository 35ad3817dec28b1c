package ner

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The model file: a magic string, then a deflated body holding the
// gazetteer fingerprint, the lexicon, and each stage's transitions and
// feature weights. Weights are int16 with one scale per stage; feature keys
// are sorted and delta-coded; each feature row stores a label mask and only
// its non-zero weights.
const modelMagic = "chorus-ner-v1\n"

// gazetteerFingerprint ties a model to the gazetteer it was trained with:
// features number gazetteer categories, so a changed list needs retraining.
func gazetteerFingerprint() uint64 { return hashString(gazetteerText) }

// MarshalBinary encodes the model; the same model always gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	var body bytes.Buffer
	w := &encoder{w: &body}
	w.u64(gazetteerFingerprint())
	words := sortedKeys(m.lex.capRatio)
	w.uvarint(uint64(len(words)))
	for _, s := range words {
		w.str(s)
		w.uvarint(uint64(m.lex.capRatio[s]))
	}
	words = sortedKeys(m.lex.clusters)
	w.uvarint(uint64(len(words)))
	for _, s := range words {
		w.str(s)
		w.uvarint(uint64(m.lex.clusters[s]))
	}
	stages := []*stage{m.s1}
	if m.s2 != nil {
		stages = append(stages, m.s2)
	}
	w.uvarint(uint64(len(stages)))
	for _, st := range stages {
		w.stage(st)
	}
	if w.err != nil {
		return nil, fmt.Errorf("encode ner model: %w", w.err)
	}
	var out bytes.Buffer
	out.WriteString(modelMagic)
	zw, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("encode ner model: %w", err)
	}
	if _, err := zw.Write(body.Bytes()); err != nil {
		return nil, fmt.Errorf("encode ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("encode ner model: %w", err)
	}
	return out.Bytes(), nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type encoder struct {
	w   io.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) uvarint(v uint64) { e.write(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *encoder) varint(v int64)   { e.write(e.buf[:binary.PutVarint(e.buf[:], v)]) }
func (e *encoder) u64(v uint64)     { e.write(binary.LittleEndian.AppendUint64(e.buf[:0], v)) }
func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.write([]byte(s))
}

// stage writes one stage: its scale, transitions and weight rows.
func (e *encoder) stage(st *stage) {
	e.u64(math.Float64bits(st.scale))
	for _, row := range st.trQ {
		for _, v := range row {
			e.varint(int64(v))
		}
	}
	e.uvarint(uint64(len(st.keys)))
	prev := uint32(0)
	for r, k := range st.keys {
		e.uvarint(uint64(k - prev))
		prev = k
		ws := st.w[r*numLabels : r*numLabels+numLabels]
		mask := uint64(0)
		for y, v := range ws {
			if v != 0 {
				mask |= 1 << y
			}
		}
		e.uvarint(mask)
		for _, v := range ws {
			if v != 0 {
				e.varint(int64(v))
			}
		}
	}
}

// Load decodes a model written by MarshalBinary.
func Load(b []byte) (*Model, error) {
	if !bytes.HasPrefix(b, []byte(modelMagic)) {
		return nil, errors.New("load ner model: not a chorus ner model")
	}
	r := &decoderR{r: bufio.NewReader(flate.NewReader(bytes.NewReader(b[len(modelMagic):])))}
	m := &Model{gaz: defaultGazetteer(), lex: lexicon{capRatio: map[string]uint8{}, clusters: map[string]uint32{}}}
	if fp := r.u64(); r.err == nil && fp != gazetteerFingerprint() {
		return nil, errors.New("load ner model: trained with a different gazetteer; retrain with chorus train ner")
	}
	n := r.count()
	for i := 0; i < n && r.err == nil; i++ {
		s := r.str()
		m.lex.capRatio[s] = uint8(r.uvarint())
	}
	n = r.count()
	for i := 0; i < n && r.err == nil; i++ {
		s := r.str()
		m.lex.clusters[s] = uint32(r.uvarint())
	}
	ns := r.count()
	if r.err == nil && (ns < 1 || ns > 2) {
		return nil, fmt.Errorf("load ner model: %d stages", ns)
	}
	var stages []*stage
	for i := 0; i < ns && r.err == nil; i++ {
		stages = append(stages, r.stage())
	}
	if r.err != nil {
		return nil, fmt.Errorf("load ner model: %w", r.err)
	}
	m.s1 = stages[0]
	if ns == 2 {
		m.s2 = stages[1]
	}
	return m, nil
}

type decoderR struct {
	r   *bufio.Reader
	err error
}

func (d *decoderR) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.err = err
	return v
}

func (d *decoderR) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	d.err = err
	return v
}

func (d *decoderR) u64() uint64 {
	var b [8]byte
	if d.err == nil {
		_, d.err = io.ReadFull(d.r, b[:])
	}
	return binary.LittleEndian.Uint64(b[:])
}

// count reads a length and refuses absurd ones from a corrupt file.
func (d *decoderR) count() int {
	n := d.uvarint()
	if d.err == nil && n > 1<<26 {
		d.err = fmt.Errorf("count %d out of range", n)
		return 0
	}
	return int(n)
}

func (d *decoderR) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	if n > 1<<10 {
		d.err = fmt.Errorf("string length %d out of range", n)
		return ""
	}
	b := make([]byte, n)
	_, d.err = io.ReadFull(d.r, b)
	return string(b)
}

func (d *decoderR) stage() *stage {
	scale := math.Float64frombits(d.u64())
	if d.err == nil && (math.IsNaN(scale) || scale <= 0) {
		d.err = errors.New("bad weight scale")
	}
	var trQ [numLabels + 1][numLabels]int16
	for a := range trQ {
		for b := range trQ[a] {
			trQ[a][b] = d.int16()
		}
	}
	n := d.count()
	if d.err != nil {
		return nil
	}
	keys := make([]uint32, 0, n)
	w := make([]int16, 0, n*numLabels)
	prev := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		k := prev + d.uvarint()
		if k == 0 || k > math.MaxUint32 || (i > 0 && k == prev) {
			d.err = errors.New("bad feature key")
			return nil
		}
		prev = k
		keys = append(keys, uint32(k))
		mask := d.uvarint()
		for y := 0; y < numLabels; y++ {
			var v int16
			if mask&(1<<y) != 0 {
				v = d.int16()
			}
			w = append(w, v)
		}
	}
	if d.err != nil {
		return nil
	}
	return newStage(keys, w, scale, trQ)
}

func (d *decoderR) int16() int16 {
	v := d.varint()
	if d.err == nil && (v < math.MinInt16 || v > math.MaxInt16) {
		d.err = fmt.Errorf("weight %d out of range", v)
	}
	return int16(v)
}
