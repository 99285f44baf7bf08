package cli

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/docs2go/docs2go/schemadiff"
)

func (a *app) diffCmd() *cobra.Command {
	var format string
	var failOnBreaking bool
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "List the API changes between two schemas, breaking or compatible",
		Long: `diff compares two versions of a schema and lists each API change, marked
breaking or compatible for what was built on OLD.

A change to what a client sends (a request) breaks when the server then
accepts less: a field removed or become required, a required field or
header added, a range tightened. A change to what a server sends (a
response) breaks when it then promises less: a field removed or become
optional, a range loosened. A removal, a changed type, method, path or
enum code, or a changed default of a request field always breaks; an
added operation, endpoint, type or enum member never does.

Each change is located in NEW, or in OLD for what was removed. The output
is text, or JSON with --format json. --fail-on-breaking exits 1 when a
change is breaking.`,
		Example: `  git show origin/main:specs/gearn.yaml > /tmp/gearn.yaml
  docs2go diff /tmp/gearn.yaml specs/gearn.yaml --fail-on-breaking`,
		Args: args("the old and the new schema file", cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, files []string) error {
			if format != "text" && format != "json" {
				return usageError(fmt.Errorf("diff: --format %q: want text or json", format))
			}
			old, err := loadSchema(files[0])
			if err != nil {
				return err
			}
			new, err := loadSchema(files[1])
			if err != nil {
				return err
			}
			changes := schemadiff.Compare(old, new, files[0], files[1])
			breaking := 0
			for _, c := range changes {
				if c.Kind == schemadiff.Breaking {
					breaking++
				}
			}
			if format == "json" {
				err = writeDiffJSON(a, files, changes, breaking)
			} else {
				writeDiffText(a, changes, breaking)
			}
			if err != nil {
				return err
			}
			if failOnBreaking && breaking > 0 {
				return inputError(fmt.Errorf("diff: %s", plural(breaking, "breaking change")))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "the output format: text or json")
	cmd.Flags().BoolVar(&failOnBreaking, "fail-on-breaking", false, "exit 1 when a change is breaking")
	return cmd
}

func writeDiffText(a *app, changes []schemadiff.Change, breaking int) {
	for _, c := range changes {
		fmt.Fprintln(a.stdout, c)
	}
	if len(changes) == 0 {
		fmt.Fprintln(a.stdout, "no API change")
		return
	}
	fmt.Fprintf(a.stdout, "%s: %d breaking, %d compatible\n", plural(len(changes), "change"), breaking, len(changes)-breaking)
}

func writeDiffJSON(a *app, files []string, changes []schemadiff.Change, breaking int) error {
	type change struct {
		Kind      schemadiff.Kind      `json:"kind"`
		Subject   string               `json:"subject"`
		Change    string               `json:"change"`
		Direction schemadiff.Direction `json:"direction,omitempty"`
		At        string               `json:"at"`
	}
	out := struct {
		Old        string   `json:"old"`
		New        string   `json:"new"`
		Breaking   int      `json:"breaking"`
		Compatible int      `json:"compatible"`
		Changes    []change `json:"changes"`
	}{Old: files[0], New: files[1], Breaking: breaking, Compatible: len(changes) - breaking, Changes: []change{}}
	for _, c := range changes {
		out.Changes = append(out.Changes, change{c.Kind, c.Subject, c.Change, c.Direction, c.At.String()})
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
