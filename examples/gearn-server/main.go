// Command gearn-server serves the GearN API with the package docs2go
// generates into ./gearn from the GearN documentation pages.
//
// The package holds the routes, the request types with their Validate and
// the Service a server implements; this file routes each endpoint to the
// Service and answers in GearN's envelope.
package main

//go:generate go run github.com/docs2go/docs2go/cmd/docs2go generate

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"log"
	"net/http"

	"example.com/gearn-server/gearn"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "the address to listen on")
	flag.Parse()
	log.Printf("serving GearN on %s", *addr)
	log.Fatal(http.ListenAndServe(*addr, newMux(newPlayers())))
}

// newMux routes every endpoint of the API to s.
func newMux(s gearn.Service) *http.ServeMux {
	mux := http.NewServeMux()
	handle(mux, gearn.ClientRefreshAuthTokenMethod, gearn.ClientRefreshAuthTokenPath, s.ClientRefreshAuthToken)
	handle(mux, gearn.ClientLinkAccountMethod, gearn.ClientLinkAccountPath, s.ClientLinkAccount)
	handle(mux, gearn.ServerLinkAccountMethod, gearn.ServerLinkAccountPath, s.ServerLinkAccount)
	handle(mux, gearn.AdminLinkAccountMethod, gearn.AdminLinkAccountPath, s.AdminLinkAccount)
	handle(mux, gearn.ClientLoginByIOSDeviceIDMethod, gearn.ClientLoginByIOSDeviceIDPath, s.ClientLoginByIOSDeviceID)
	handle(mux, gearn.ClientLoginByAndroidDeviceIDMethod, gearn.ClientLoginByAndroidDeviceIDPath, s.ClientLoginByAndroidDeviceID)
	return mux
}

// request is a generated request type: a pointer to Req with a Validate.
type request[Req any] interface {
	*Req
	Validate() error
}

// handle serves one endpoint: it decodes the body into the request,
// validates it, calls serve and answers in the envelope, with HTTP 200 as
// GearN does, the return code telling the outcome.
func handle[Req any, P request[Req], Resp any](mux *http.ServeMux, method, path string, serve func(context.Context, P) (*Resp, error)) {
	mux.HandleFunc(method+" "+path, func(w http.ResponseWriter, r *http.Request) {
		var answer gearn.Envelope[Resp]
		req := P(new(Req))
		var invalid *gearn.ValidationError
		switch err := json.NewDecoder(r.Body).Decode(req); {
		case err != nil:
			answer.ReturnCode = gearn.ReturnCodeInvalidRequestParameters
			answer.DebugMessage = ptr(err.Error())
		case errors.As(req.Validate(), &invalid):
			answer.ReturnCode = gearn.ReturnCodeInvalidRequestParameters
			for _, m := range invalid.Members {
				answer.InvalidRequestParameters = append(answer.InvalidRequestParameters, gearn.InvalidMember{
					Code:              ptr(m.Member),
					InvalidMemberType: ptr(m.Violation.InvalidMemberType()),
				})
			}
		default:
			resp, err := serve(r.Context(), req)
			if err != nil {
				answer.ReturnCode = gearn.ReturnCodeInternalServerError
				answer.DebugMessage = ptr(err.Error())
				break
			}
			answer.ReturnCode = gearn.ReturnCodeOk
			answer.Parameters = resp
		}
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(answer); err != nil {
			log.Printf("%s %s: %v", method, path, err)
		}
	})
}

func ptr[T any](v T) *T { return &v }
