package runtime

import (
	"encoding/json"
	"math"
	"testing"
)

// profile is an answer written the way the generator writes one, with a
// member of every kind the encoder writes, which the tags of its fields
// describe as the generator writes them.
type profile struct {
	Name     string            `json:"name"`
	Nick     *string           `json:"nick,omitempty"`
	Active   bool              `json:"active"`
	Admin    *bool             `json:"admin,omitempty"`
	Score    float64           `json:"score"`
	Ratio    *float64          `json:"ratio,omitempty"`
	Level    int64             `json:"level"`
	Rank     *int64            `json:"rank,omitempty"`
	Code     ReturnCode        `json:"code"`
	Mode     *ReturnCode       `json:"mode,omitempty"`
	Extra    json.RawMessage   `json:"extra,omitempty"`
	Payload  json.RawMessage   `json:"payload"`
	Attrs    map[string]any    `json:"attrs"`
	Tags     []string          `json:"tags,omitempty"`
	Flags    []bool            `json:"flags"`
	Scores   []float64         `json:"scores,omitempty"`
	Counts   []int64           `json:"counts"`
	Codes    []ReturnCode      `json:"codes,omitempty"`
	Raws     []json.RawMessage `json:"raws,omitempty"`
	Groups   []map[string]any  `json:"groups,omitempty"`
	Labels   map[string]any    `json:"labels,omitempty"`
	Friends  []friendProfile   `json:"friends,omitempty"`
	Owner    *friendProfile    `json:"owner"`
	Sponsor  *friendProfile    `json:"sponsor,omitempty"`
	Keys     []string          `json:"keys"`
	Previous []friendProfile   `json:"previous"`
}

type friendProfile struct {
	Name string `json:"name"`
}

// appendProfile appends p to b as AppendJSON does.
func appendProfile(b []byte, p *profile) ([]byte, error) {
	return AppendJSON(b, p)
}

func encodeProfile(p *profile) ([]byte, error) {
	return appendProfile(nil, p)
}

func ptr[T any](v T) *T { return &v }

func TestEncodeLikeEncodingJSON(t *testing.T) {
	values := []*profile{
		{},
		{
			Name: "<a & b>\u2028\u2029\x00\x1f\x7f\"\\/\b\f\n\r\t\xff日本", Nick: ptr(""), Active: true, Admin: ptr(false),
			Score: 1e21, Ratio: ptr(1e-7), Level: math.MinInt64, Rank: ptr(int64(0)), Code: -10, Mode: ptr(ReturnCode(0)),
			Extra: json.RawMessage(" { \"b\" : [1, \"<\u2028\\\"\\\\ \"] , \"c\":\"\\u003e\u2029\xe2\x80\"} "), Payload: json.RawMessage("\t\"&\""), Attrs: map[string]any{"z": 1.5, "a": []any{"x", nil}},
			Tags: []string{"a", ""}, Flags: []bool{}, Scores: []float64{0, -0.5, 123456789012345678, 5e-324},
			Counts: []int64{1, -2}, Codes: []ReturnCode{1, -5}, Raws: []json.RawMessage{[]byte(`1`), nil},
			Groups: []map[string]any{{"g": true}, nil}, Labels: map[string]any{"l": "<"},
			Friends: []friendProfile{{"x"}, {}}, Owner: &friendProfile{"o"}, Sponsor: &friendProfile{}, Keys: []string{},
			Previous: []friendProfile{},
		},
		{Tags: []string{}, Scores: []float64{}, Codes: []ReturnCode{}, Friends: []friendProfile{}, Previous: []friendProfile{{"p"}}},
	}
	for _, v := range values {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeProfile(v)
		if err != nil || string(got) != string(want) {
			t.Errorf("encoded\n%s, %v\nwant\n%s", got, err, want)
		}
	}
}

// TestAppendFloatDecimals checks appendFloat against encoding/json on
// numbers of a few decimals, which it writes without strconv, and on the
// numbers next to them.
func TestAppendFloatDecimals(t *testing.T) {
	check := func(x float64) {
		want, _ := json.Marshal(x)
		var e encoder
		if e.appendFloat(x); string(e.b) != string(want) {
			t.Fatalf("appendFloat(%v) = %s, want %s", x, e.b, want)
		}
	}
	for _, p := range []float64{1, 10, 100, 1000, 10000} {
		for _, base := range []float64{0, 1e5, 1e10, 1e11, 1e12, 1 << 52} {
			for n := -2000.0; n <= 2000; n++ {
				x := (base*p + n) / p
				check(x)
				check(math.Nextafter(x, math.Inf(1)))
				check(math.Nextafter(x, math.Inf(-1)))
			}
		}
	}
}

// TestAppendJSONBuffers checks appendJSON on a nil buffer, which it
// writes through the pool, and on buffers with and without room: no
// answer shares an array with the pool, and no error outlives its answer.
func TestAppendJSONBuffers(t *testing.T) {
	v, bad := benchProfile(), &profile{Score: math.NaN()}
	want, _ := json.Marshal(v)
	if _, err := appendProfile(nil, bad); err == nil {
		t.Fatal("NaN did not fail")
	}
	first, err := appendProfile(nil, v)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := appendProfile(nil, &profile{Name: "other"}); err != nil {
		t.Fatal(err)
	}
	if string(first) != string(want) {
		t.Errorf("a fresh answer became\n%s\nwant\n%s", first, want)
	}
	for _, prefix := range [][]byte{make([]byte, 1), make([]byte, 1, 4096)} {
		got, err := appendProfile(prefix, v)
		if err != nil || string(got) != "\x00"+string(want) {
			t.Errorf("appended to %d bytes of room: %s, %v", cap(prefix)-1, got, err)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, v := range []*profile{
		{Score: math.NaN()},
		{Scores: []float64{math.Inf(-1)}},
		{Ratio: ptr(math.Inf(1))},
		{Extra: json.RawMessage(`{`)},
		{Payload: json.RawMessage(`1 2`)},
		{Payload: json.RawMessage{}},
		{Attrs: map[string]any{"f": func() {}}},
	} {
		if _, err := encodeProfile(v); err == nil {
			t.Errorf("encoding %+v did not fail", v)
		}
	}
}

// FuzzAppendString checks appendString against encoding/json. The seeds
// longer than eight bytes put each kind of byte that stops a plain run
// here and there in the words appendString reads eight bytes at a time.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{
		"plain", "<&>", "\u2028", "\xff\xfe", "\x00",
		"a plain run of ASCII, longer than eight bytes", "0<23456789ab>def", "01&3456789", "012\"456789",
		"0123\\56789", "01234\x7f6789", "012345\x1f789", "0123456\n89", "0123456789abcdef&", "Grüße aus Köln, 日本語のテキスト",
		"0123456789\u2029abc", "0123456789abcdef\xe2\x80", "0123456789abcde\xc3", "!#$%'()*+,-./:;=?@[]^_`{|}~ ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

// FuzzAppendFloat checks appendFloat against encoding/json. Among the
// seeds are integers at the ends of what appendFloat writes as integers,
// -0, and numbers of a few decimals at the ends of what it writes as such.
func FuzzAppendFloat(f *testing.F) {
	for _, x := range []float64{
		0, 1, -1e-7, 1e21, 123.456, 5e-324, math.MaxFloat64,
		math.Copysign(0, -1), 1700000000, -1, 1<<53 - 1, 1 << 53, -(1<<53 - 1), -(1 << 53), 1<<53 + 2, 1e20, math.MinInt64,
		12.5, -0.05, 0.001, 0.0015, 99.99, 0.1 + 0.2, 1e11 - 0.001, 1e11 + 0.5, 0.000999, 123456789.125,
	} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		// Besides x, the numbers of one to three decimals next to it.
		for _, y := range []float64{x, math.Round(x*10) / 10, math.Round(x*100) / 100, math.Round(x*1000) / 1000} {
			want, err := json.Marshal(y)
			var e encoder
			e.appendFloat(y)
			if (err == nil) != (e.err == nil) || (err == nil && string(e.b) != string(want)) {
				t.Errorf("appendFloat(%v) = %s, %v; want %s, %v", y, e.b, e.err, want, err)
			}
		}
	})
}

// FuzzPutRaw checks putRaw against encoding/json's json.RawMessage.
func FuzzPutRaw(f *testing.F) {
	for _, s := range []string{` {"a" : [1, "<&>\u2028"]} `, `"\u2029"`, "\"\xe2\x80\xa8\"", `1 2`, `{`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		want, err := json.Marshal(json.RawMessage(raw))
		var e encoder
		e.putRaw("", raw)
		if (err == nil) != (e.err == nil) || (err == nil && string(e.b) != string(want)) {
			t.Errorf("putRaw(%q) = %s, %v; want %s, %v", raw, e.b, e.err, want, err)
		}
	})
}

// benchProfile is a profile about the size and make of a login answer:
// mostly short ASCII strings, a few of them long, integral numbers such as
// timestamps, booleans, and small nested objects and arrays. Its attrs,
// which putMarshal writes with encoding/json, are nil.
func benchProfile() *profile {
	return &profile{
		Name: "Player <One> & co", Nick: ptr("eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOiIwMTIzNDU2Nzg5In0.c2lnbmF0dXJl"),
		Active: true, Admin: ptr(false), Score: 1.7e12, Ratio: ptr(12.5), Level: 42, Rank: ptr(int64(1700000005)),
		Code: 1, Mode: ptr(ReturnCode(0)), Payload: json.RawMessage(`{"level":7,"xp":1500}`),
		Tags: []string{"new", "payer", "tier", "gold", "region", "eu"}, Flags: []bool{true, false, true},
		Scores: []float64{1500, 12.5, 42, 1700000000, -1}, Counts: []int64{1, 2, 3}, Codes: []ReturnCode{1},
		Friends:  []friendProfile{{"https://cdn.example.com/a/1.png"}, {"0123456789"}, {"player@example.com"}, {"VN"}},
		Owner:    &friendProfile{"a1b2c3d4e5f60718"},
		Keys:     []string{"level", "xp", "rank", "gold", "gems", "wins", "skin", "vip"},
		Previous: []friendProfile{{"none"}, {"Another player"}},
	}
}

// BenchmarkEncodeProfile encodes benchProfile as a fresh answer, into a
// buffer reused from one answer to the next, and with encoding/json.
func BenchmarkEncodeProfile(b *testing.B) {
	v := benchProfile()
	want, _ := json.Marshal(v)
	b.Run("generated", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(want)))
		for b.Loop() {
			if _, err := appendProfile(nil, v); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The server appends every answer to a buffer it reuses.
	b.Run("generated_reused_buffer", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(want)))
		var buf []byte
		for b.Loop() {
			var err error
			if buf, err = appendProfile(buf[:0], v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding_json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(want)))
		for b.Loop() {
			if _, err := json.Marshal(v); err != nil {
				b.Fatal(err)
			}
		}
	})
}
