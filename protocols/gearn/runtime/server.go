package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"reflect"
	"runtime/debug"
	"strconv"
	"sync"
	"unsafe"
)

// ErrNotImplemented is what the methods of UnimplementedService return. The
// handler answers a Service method that returns it with OperationInvalid,
// or, in an API without an envelope, with 501 Not Implemented.
var ErrNotImplemented = errors.New("operation not implemented")

// UnimplementedService answers every operation with ErrNotImplemented:
// it is the zero Client, which calls no server. Embed it in a Service to
// implement the operations one at a time; its methods have a pointer
// receiver, so that a pointer to the type that embeds it, or a
// *UnimplementedService, is the Service. The package writes no method of
// its own per operation for it: the Client's serve.
type UnimplementedService = Client

// defaultMaxBodySize is the size of the largest body a handler reads
// unless WithMaxBodySize says otherwise: 1 MiB.
const defaultMaxBodySize = 1 << 20

// pooledSize is the capacity above which a buffer is not kept for the next
// request: a rare large body should not hold its memory for ever.
const pooledSize = 64 << 10

// Authorization is what an Authorizer decides on: which role calls which
// operation, the permission rule its page says the role needs, and the
// request's headers, Secret-Key, Auth-Token and Game-Id among them.
type Authorization struct {
	Role       string
	Operation  string
	Permission string
	Headers    Headers
}

// Option configures the http.Handler that NewHandler returns.
type Option func(*server)

// WithAuthorizer has the handler ask authorize about every request to an
// operation, once the headers its page requires are there and before the
// body is read. Whether the Secret-Key is valid, whether the Game-Id is
// needed and whether the Auth-Token is valid are for it to decide: any
// answer but Ok (http.StatusOK in an API without an envelope) is the
// answer to the request. Without an Authorizer, every request that has
// the required headers is let through.
func WithAuthorizer(authorize Authorizer) Option {
	return func(s *server) { s.authorize = authorize }
}

// WithMaxBodySize sets the size in bytes of the largest body the handler
// reads: a larger one is answered with MaxSizeRequestReject (413 in an
// API without an envelope), and the rest of it is not read. The default
// is 1 MiB.
func WithMaxBodySize(n int64) Option {
	return func(s *server) { s.maxBody = n }
}

// WithDebugMessages puts the text of the error a Service returns, or of
// its panic, in the debugMessage of the InternalServerError answer (the
// error of the failure body of the 500 answer in an API without an
// envelope), and the error of a body that could not be read in that of
// its answer. Keep it off in production: the text may tell a caller about
// the server.
func WithDebugMessages() Option {
	return func(s *server) { s.debug = true }
}

// WithErrorLog logs the error of every request answered with
// InternalServerError (500 in an API without an envelope), and the stack
// of every panic, to l.
func WithErrorLog(l *log.Logger) Option {
	return func(s *server) { s.log = l }
}

// server answers the requests of a Service.
type server struct {
	service   Service
	mux       *http.ServeMux
	authorize Authorizer
	maxBody   int64
	debug     bool
	log       *log.Logger
	bodies    sync.Pool // of *bytes.Buffer
	answers   sync.Pool // of *[]byte
	jsonType  []string  // the Content-Type of every answer
}

func newServer(service Service, opts []Option) *server {
	s := &server{
		service:  service,
		mux:      http.NewServeMux(),
		maxBody:  defaultMaxBodySize,
		jsonType: []string{"application/json"},
	}
	s.bodies.New = func() any { return new(bytes.Buffer) }
	s.answers.New = func() any { return new([]byte) }
	for _, opt := range opts {
		opt(s)
	}
	return s
}

// route is what the handler of an operation and role knows of it.
type route struct {
	method, path                string
	role, operation, permission string
	// secret and token are true when the page requires the Secret-Key
	// and the Auth-Token header.
	secret, token bool
	// serves is the Service method that serves the operation: see
	// answering and answeringNothing.
	serves serving
}

// serving is a Service method as the handler calls it, with the type of
// the requests it takes.
type serving struct {
	// kind is a nil request of the method's type, for newRequest.
	kind request
	// call has s serve req, a request of kind's type, and returns the
	// payload of the answer, nil for none: see served.
	call func(s Service, ctx context.Context, req request) (payload, error)
}

// answering is the serving of m, a method expression of a Service method
// that answers a payload: Service.ClientLoginByAccount. R and P are
// pointers, which share one GC shape: the compiler writes answering and
// its closure once for every operation of the API, and for each a
// dictionary of their types and the small function of the method
// expression, which no source spells out. It is not inlined: the routes' table would have the
// package's init write a closure per route, in one function as large as
// the API.
//
//go:noinline
func answering[R request, P payload](m func(Service, context.Context, R) (P, error)) serving {
	var kind R
	return serving{kind: kind, call: func(s Service, ctx context.Context, req request) (payload, error) {
		return served(m(s, ctx, req.(R)))
	}}
}

// answeringNothing is the serving of m, a method expression of a Service
// method that answers no payload, as answering is of one that does, and
// is not inlined for the same reason.
//
//go:noinline
func answeringNothing[R request](m func(Service, context.Context, R) error) serving {
	var kind R
	return serving{kind: kind, call: func(s Service, ctx context.Context, req request) (payload, error) {
		return nil, m(s, ctx, req.(R))
	}}
}

// request is a request type of the API, as a pointer, which DecodeBody
// reads, and whose marker methods (bodiless, queried, plainAnswer,
// plainAnswered) say how it travels, so that the runtime's code is
// written once for every operation.
type request = any

// newRequest returns a new request of the type of kind, which may be nil,
// with the headers h.
func newRequest(kind request, h Headers) request {
	t := typeOfPointer(kind)
	v := reflect.New(t.typ)
	if t.hasHeaders {
		*(*Headers)(unsafe.Add(v.UnsafePointer(), t.headers)) = h
	}
	return v.Interface()
}

// served is what a serving returns of what a Service method returned: its
// payload, nil for none, which a nil pointer is, and its error.
func served(p payload, err error) (payload, error) {
	if p == nil || reflect.ValueOf(p).IsNil() {
		return nil, err
	}
	return p, err
}

// payload is a payload type of the API, as a pointer, which AppendJSON
// writes.
type payload = any

// handle serves the operation of rt at its method and path.
func (s *server) handle(rt *route) {
	s.mux.Handle(rt.method+" "+rt.path, &endpoint{s: s, rt: rt})
}

// unknown answers requests to paths under prefix that no operation has
// with OperationInvalid.
func (s *server) unknown(method, prefix string) {
	s.mux.HandleFunc(method+" "+prefix, func(w http.ResponseWriter, r *http.Request) {
		s.reject(w, codeOperationInvalid, "no operation has the path "+r.URL.Path)
	})
}

// endpoint serves an operation and role.
type endpoint struct {
	s  *server
	rt *route
}

func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer e.s.recoverPanic(w, e.rt)
	req, ok := e.s.admit(w, r, e.rt)
	if !ok {
		return
	}
	resp, err := e.rt.serves.call(e.s.service, r.Context(), req)
	switch {
	case err != nil:
		e.s.failed(w, e.rt, err)
	case isPlain(req):
		e.s.writePlain(w, e.rt, resp)
	case resp == nil:
		e.s.answer(w, codeOk, "", nil, nil)
	default:
		e.s.answer(w, codeOk, "", nil, func(b []byte) ([]byte, error) { return AppendJSON(b, resp) })
	}
}

// admit checks a request up to the call of the Service: its headers, the
// Authorizer, the size of its body and the body itself, which it decodes
// into a new request. It answers the request and returns false when one
// of them fails.
func (s *server) admit(w http.ResponseWriter, r *http.Request, rt *route) (request, bool) {
	if len(r.Header[secretKeyHeader]) > 1 {
		s.reject(w, codeSecretInvalid, "the "+secretKeyHeader+" header is repeated")
		return nil, false
	}
	if len(r.Header[authTokenHeader]) > 1 {
		s.reject(w, codeOperationNotAuthorized, "the "+authTokenHeader+" header is repeated")
		return nil, false
	}
	if rt.secret && r.Header.Get(secretKeyHeader) == "" {
		s.reject(w, codeSecretInvalid, "the "+secretKeyHeader+" header is missing")
		return nil, false
	}
	if rt.token && r.Header.Get(authTokenHeader) == "" {
		s.reject(w, codeOperationNotAuthorized, "the "+authTokenHeader+" header is missing")
		return nil, false
	}
	if _, none := rt.serves.kind.(bodiless); !none && !jsonBody(r) {
		s.reject(w, codeInvalidRequestParameters, "the Content-Type of the request body is not application/json")
		return nil, false
	}
	headers := readHeaders(r.Header)
	if s.authorize != nil {
		a := Authorization{Role: rt.role, Operation: rt.operation, Permission: rt.permission, Headers: headers}
		if code := s.authorize(r.Context(), a); code != codeOk {
			s.reject(w, code, "")
			return nil, false
		}
	}
	body, ok := s.readBody(w, r)
	if !ok {
		return nil, false
	}
	req := newRequest(rt.serves.kind, headers)
	err := decodeRequest(req, r.URL, body.Bytes())
	s.release(body)
	if err != nil {
		var invalid *ValidationError
		if errors.As(err, &invalid) {
			s.answer(w, codeInvalidRequestParameters, invalid.truncation(), invalid.Members, nil)
		} else {
			s.reject(w, codeInvalidRequestParameters, err.Error())
		}
		return nil, false
	}
	return req, true
}

// readBody reads a request's body into a buffer of the pool, or answers
// the request and returns false.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) (*bytes.Buffer, bool) {
	if r.ContentLength > s.maxBody {
		s.reject(w, codeMaxSizeRequestReject, s.tooLarge())
		return nil, false
	}
	body := s.bodies.Get().(*bytes.Buffer)
	body.Reset()
	if _, err := body.ReadFrom(http.MaxBytesReader(w, r.Body, s.maxBody)); err != nil {
		s.release(body)
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.reject(w, codeMaxSizeRequestReject, s.tooLarge())
		} else {
			s.failedRead(w, err)
		}
		return nil, false
	}
	return body, true
}

func (s *server) tooLarge() string {
	return "the request body is larger than " + strconv.FormatInt(s.maxBody, 10) + " bytes"
}

// release returns a body's buffer to the pool.
func (s *server) release(body *bytes.Buffer) {
	if body.Cap() <= pooledSize {
		s.bodies.Put(body)
	}
}

// panicError is the error of a request whose handling panicked.
type panicError struct {
	value any
	stack []byte
}

func (p panicError) Error() string { return fmt.Sprint("panic: ", p.value) }

// recoverPanic answers a request whose handling panicked, in the Service
// or anywhere on the way to it, with InternalServerError, as failed
// answers an error. It lets http.ErrAbortHandler through, which aborts
// the answer on purpose.
func (s *server) recoverPanic(w http.ResponseWriter, rt *route) {
	if p := recover(); p != nil {
		if p == http.ErrAbortHandler {
			panic(p)
		}
		s.failed(w, rt, panicError{value: p, stack: debug.Stack()})
	}
}

// failed answers a request whose Service method returned err.
func (s *server) failed(w http.ResponseWriter, rt *route, err error) {
	if errors.Is(err, ErrNotImplemented) {
		s.reject(w, codeNotImplemented, rt.operation+" is not implemented")
		return
	}
	if s.log != nil {
		var p panicError
		if errors.As(err, &p) {
			s.log.Printf("%s %s: %v\n%s", rt.role, rt.operation, err, p.stack)
		} else {
			s.log.Printf("%s %s: %v", rt.role, rt.operation, err)
		}
	}
	msg := ""
	if s.debug {
		msg = err.Error()
	}
	s.reject(w, codeInternalServerError, msg)
}

// reject answers a request with a return code and a debug message, which
// may be empty.
func (s *server) reject(w http.ResponseWriter, code returnCode, msg string) {
	s.answer(w, code, msg, nil, nil)
}

// answer writes the answer with code, at the HTTP status answerStatus
// gives it: the envelope of an API that has one, with msg as the debug
// message and members as the invalid members, and payload, when not nil,
// writing the parameters; see appendAnswer. A payload that cannot be
// written turns the answer into InternalServerError.
func (s *server) answer(w http.ResponseWriter, code returnCode, msg string, members []MemberError, payload func([]byte) ([]byte, error)) {
	buf := s.answers.Get().(*[]byte)
	b, err := appendAnswer((*buf)[:0], code, msg, members, payload)
	if err != nil {
		if s.log != nil {
			s.log.Printf("writing an answer: %v", err)
		}
		msg = ""
		if s.debug {
			msg = err.Error()
		}
		code = codeInternalServerError
		b, _ = appendAnswer(b[:0], code, msg, nil, nil)
	}
	w.Header()["Content-Type"] = s.jsonType
	w.WriteHeader(answerStatus(code))
	_, _ = w.Write(b)
	if cap(b) <= pooledSize {
		*buf = b
		s.answers.Put(buf)
	}
}
