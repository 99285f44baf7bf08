package shared

import (
	"encoding/json"
	"math"
	"testing"
)

// profile is an answer written the way the generator writes one, with a
// member of every kind the encoder writes; the json tags are what the
// generator writes too.
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
	Friends  []friendProfile   `json:"friends,omitempty"`
	Owner    *friendProfile    `json:"owner"`
	Sponsor  *friendProfile    `json:"sponsor,omitempty"`
	Keys     []string          `json:"keys"`
	Previous []friendProfile   `json:"previous"`
}

type friendProfile struct {
	Name string `json:"name"`
}

func (t *profile) encode(e *encoder) {
	start := e.open()
	e.putStr(`,"name":`, t.Name)
	e.putStrPtr(`,"nick":`, t.Nick)
	e.putBool(`,"active":`, t.Active)
	e.putBoolPtr(`,"admin":`, t.Admin)
	e.putFloat(`,"score":`, t.Score)
	e.putFloatPtr(`,"ratio":`, t.Ratio)
	e.putInt(`,"level":`, t.Level)
	e.putIntPtr(`,"rank":`, t.Rank)
	encodeEnum(e, `,"code":`, t.Code)
	encodeEnumPtr(e, `,"mode":`, t.Mode)
	if len(t.Extra) > 0 {
		e.putRaw(`,"extra":`, t.Extra)
	}
	e.putRaw(`,"payload":`, t.Payload)
	e.putMarshal(`,"attrs":`, t.Attrs)
	e.putStrs(`,"tags":`, t.Tags, true)
	e.putBools(`,"flags":`, t.Flags, false)
	e.putFloats(`,"scores":`, t.Scores, true)
	e.putInts(`,"counts":`, t.Counts, false)
	encodeEnums(e, `,"codes":`, t.Codes, true)
	if len(t.Raws) > 0 {
		e.putMarshal(`,"raws":`, t.Raws)
	}
	if e.putArray(`,"friends":`, t.Friends == nil, len(t.Friends), true) {
		for i := range t.Friends {
			e.comma(i)
			t.Friends[i].encode(e)
		}
		e.endArray()
	}
	if e.putObject(`,"owner":`, t.Owner != nil, false) {
		t.Owner.encode(e)
	}
	if e.putObject(`,"sponsor":`, t.Sponsor != nil, true) {
		t.Sponsor.encode(e)
	}
	e.putStrs(`,"keys":`, t.Keys, false)
	if e.putArray(`,"previous":`, t.Previous == nil, len(t.Previous), false) {
		for i := range t.Previous {
			e.comma(i)
			t.Previous[i].encode(e)
		}
		e.endArray()
	}
	e.close(start)
}

func (t *friendProfile) encode(e *encoder) {
	start := e.open()
	e.putStr(`,"name":`, t.Name)
	e.close(start)
}

func encodeProfile(p *profile) ([]byte, error) {
	return appendJSON(nil, 64, p)
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

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"plain", "<&>", "\u2028", "\xff\xfe", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

func FuzzAppendFloat(f *testing.F) {
	for _, x := range []float64{0, 1, -1e-7, 1e21, 123.456, 5e-324, math.MaxFloat64} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		want, err := json.Marshal(x)
		var e encoder
		e.appendFloat(x)
		if (err == nil) != (e.err == nil) || (err == nil && string(e.b) != string(want)) {
			t.Errorf("appendFloat(%v) = %s, %v; want %s, %v", x, e.b, e.err, want, err)
		}
	})
}

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
