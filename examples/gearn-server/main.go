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

	"example.com/gearn-server/gearn"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "the address to listen on")
	flag.Parse()
	log.Printf("serving GearN on %s", *addr)
	log.Fatal(http.ListenAndServe(*addr, gearn.NewHandler(newPlayers())))
}
