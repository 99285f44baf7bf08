// Command gearn-server serves the GearN API with the package docs2go
// generates into ./gearn from the GearN documentation pages: the generated
// handler decodes, validates and answers in GearN's envelope; players.go
// is the Service behind it.
package main

//go:generate go run github.com/docs2go/docs2go/cmd/docs2go generate

import (
	"flag"
	"log"
	"net/http"
	"time"

	"example.com/gearn-server/gearn"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "the address to listen on")
	flag.Parse()
	srv := newServer(*addr, gearn.NewHandler(newPlayers(), gearn.WithErrorLog(log.Default())))
	log.Printf("serving GearN on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}

// newServer returns the http.Server that serves h at addr. The generated
// handler bounds what it reads of a body, but not how long a client takes
// to send it: without these timeouts, a client that sends a byte a second
// holds a connection and a goroutine for ever.
func newServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:    addr,
		Handler: h,
		// The headers, then the whole request, 1 MiB of body at most.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		// From the end of the headers to the end of the answer: the
		// Service's work included, which should end with its context.
		WriteTimeout: 30 * time.Second,
		// A kept-alive connection between two requests.
		IdleTimeout:    60 * time.Second,
		MaxHeaderBytes: 16 << 10,
	}
}
