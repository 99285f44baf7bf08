// Command docs2go turns API documentation pages into a YAML schema and the
// schema into Go code. See "docs2go help".
package main

import (
	"os"

	"github.com/docs2go/docs2go/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
