package runtime

import (
	"encoding/json"
	"net/http"
)

// plainAnswer is a request type of an operation whose page documents its
// answer as plain JSON, the payload as the whole body, rather than inside
// the envelope. A failure is still answered with the envelope, whose
// status member tells it from the payload: answer reads either.
type plainAnswer interface {
	answer(raw json.RawMessage) (*Envelope[json.RawMessage], error)
}

// writePlain answers resp, the payload of the operation of rt, whose
// answer is plain JSON, as the whole body.
func (s *server) writePlain(w http.ResponseWriter, rt *route, resp payload) {
	b := []byte("null")
	if resp != nil {
		var err error
		if b, err = AppendJSON(nil, resp); err != nil {
			s.failed(w, rt, err)
			return
		}
	}
	w.Header()["Content-Type"] = s.jsonType
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

// readAnswer reads the answer to req: the envelope, or, for an operation
// whose answer is plain JSON, the envelope its plain answer stands for.
func readAnswer(req request, answer []byte) (*Envelope[json.RawMessage], error) {
	var env Envelope[json.RawMessage]
	p, ok := req.(plainAnswer)
	if !ok || !json.Valid(answer) {
		// json.Unmarshal says what is wrong with an answer that is no
		// JSON.
		return &env, json.Unmarshal(answer, &env)
	}
	return p.answer(answer)
}

// plainAnswered is a request type of an operation whose answer is plain
// JSON beside answers in the envelope: the server writes its payload as
// the whole body. It names no envelope, so that the server of an API
// without one, where appendAnswer writes every answer plain, holds it.
type plainAnswered interface {
	plainAnswered()
}

// isPlain reports whether req is of an operation whose answer is plain
// JSON beside answers in the envelope.
func isPlain(req request) bool {
	_, ok := req.(plainAnswered)
	return ok
}

// holds reports whether raw is a JSON object with a member named name.
func holds(raw json.RawMessage, name string) bool {
	var members map[string]json.RawMessage
	if json.Unmarshal(raw, &members) != nil {
		return false
	}
	_, ok := members[name]
	return ok
}
