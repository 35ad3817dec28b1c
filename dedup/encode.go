package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"time"

	"github.com/chorusnews/chorus"
)

// The encoded index is a header followed by one record per article, in the
// order they were added:
//
//	header: "chdx" | version uvarint | hashes uvarint | rows uvarint | seed u64le | sameOrigin f64le
//	record: length uvarint | payload | crc32(payload) u32le
//	payload: id str | shingles uvarint | published varint (Unix ns, 0 unknown) |
//	         credit str | outlet str | joins uvarint n, n × uvarint (earlier record numbers) |
//	         signature: hashes × u32le
//	str: uvarint length | bytes
//
// Records never change once written: a record lists the earlier articles
// its article joined (not a union-find parent, which later unions would
// rewrite), so a store can append the records of new articles to what it
// wrote before (AppendRecords) instead of rewriting the whole state.
// Decoding replays the records and rebuilds the LSH buckets, giving an index
// that behaves exactly like the one encoded.
const (
	magic         = "chdx"
	formatVersion = 1
)

// ErrFormat reports an encoded index that cannot be read.
var ErrFormat = errors.New("dedup: bad index encoding")

// MarshalBinary encodes the whole index: the header and every record.
func (x *Index) MarshalBinary() ([]byte, error) {
	buf := x.appendHeader(nil)
	return x.AppendRecords(buf, 0), nil
}

func (x *Index) appendHeader(buf []byte) []byte {
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, formatVersion)
	buf = binary.AppendUvarint(buf, uint64(x.opts.Hashes))
	buf = binary.AppendUvarint(buf, uint64(x.opts.Rows))
	buf = binary.LittleEndian.AppendUint64(buf, x.opts.Seed)
	return binary.LittleEndian.AppendUint64(buf, math.Float64bits(x.opts.SameOrigin))
}

// AppendRecords appends the records of articles from, from+1, … Len()-1 to
// buf. Appending them to an encoding of the first `from` articles gives an
// encoding of all of them.
func (x *Index) AppendRecords(buf []byte, from int) []byte {
	var p []byte
	for i := from; i < len(x.ids); i++ {
		p = p[:0]
		p = appendString(p, string(x.ids[i]))
		p = binary.AppendUvarint(p, uint64(x.sizes[i]))
		p = binary.AppendVarint(p, x.when[i])
		p = appendString(p, x.cred[i])
		p = appendString(p, x.outl[i])
		js := x.joins[int32(i)]
		p = binary.AppendUvarint(p, uint64(len(js)))
		for _, j := range js {
			p = binary.AppendUvarint(p, uint64(j))
		}
		for _, v := range x.sigs[i*x.opts.Hashes : (i+1)*x.opts.Hashes] {
			p = binary.LittleEndian.AppendUint32(p, v)
		}
		buf = binary.AppendUvarint(buf, uint64(len(p)))
		buf = append(buf, p...)
		buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(p))
	}
	return buf
}

// UnmarshalIndex decodes an index encoded by MarshalBinary (with any
// records appended since).
func UnmarshalIndex(data []byte) (*Index, error) {
	r := reader{b: data}
	if string(r.bytes(len(magic))) != magic {
		return nil, fmt.Errorf("%w: not a dedup index", ErrFormat)
	}
	if v := r.uvarint(); v != formatVersion {
		if r.err != nil {
			return nil, r.err
		}
		return nil, fmt.Errorf("%w: version %d, this build reads %d", ErrFormat, v, formatVersion)
	}
	var opts Options
	opts.Hashes, opts.Rows = int(r.uvarint()), int(r.uvarint())
	opts.Seed = r.u64()
	opts.SameOrigin = math.Float64frombits(r.u64())
	if r.err != nil {
		return nil, r.err
	}
	x, err := NewIndex(opts)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	for n := 0; len(r.b) > 0; n++ {
		size := r.uvarint()
		payload := r.bytes(int(min(size, uint64(len(r.b)))))
		sum := r.u32()
		if r.err != nil || uint64(len(payload)) != size {
			return nil, fmt.Errorf("%w: record %d is cut short", ErrFormat, n)
		}
		if crc32.ChecksumIEEE(payload) != sum {
			return nil, fmt.Errorf("%w: record %d fails its checksum", ErrFormat, n)
		}
		if err := x.replay(payload, n); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// replay adds one decoded record to x.
func (x *Index) replay(payload []byte, n int) error {
	p := reader{b: payload}
	id := chorus.ArticleID(p.str())
	size := int(p.uvarint())
	when := p.varint()
	d := Doc{ID: id, Credit: p.str(), Outlet: p.str()}
	if when != 0 {
		d.Published = time.Unix(0, when).UTC()
	}
	joins := make([]int32, p.uvarint()&0xffff)
	for k := range joins {
		j := p.uvarint()
		if j >= uint64(n) {
			return fmt.Errorf("%w: record %d joins a later record", ErrFormat, n)
		}
		joins[k] = int32(j)
	}
	sig := make(Signature, x.opts.Hashes)
	for k := range sig {
		sig[k] = p.u32()
	}
	if p.err != nil || len(p.b) != 0 {
		return fmt.Errorf("%w: record %d is malformed", ErrFormat, n)
	}
	if _, dup := x.pos[id]; dup {
		return fmt.Errorf("%w: record %d repeats article %s", ErrFormat, n, id)
	}
	i := x.push(d, sig, size)
	for _, j := range joins {
		x.join(i, j)
	}
	return nil
}

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

// reader decodes from a byte slice, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("%w: unexpected end of data", ErrFormat)
	}
	r.b = nil
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || len(r.b) < n {
		r.fail()
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) u64() uint64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (r *reader) u32() uint32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	return string(r.bytes(int(n)))
}
