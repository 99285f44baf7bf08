package cli

import (
	"github.com/spf13/cobra"

	"github.com/docs2go/docs2go/openapi"
)

func (a *app) openapiCmd() *cobra.Command {
	var out, version string
	cmd := &cobra.Command{
		Use:   "openapi [SCHEMA]",
		Short: "Export a schema as an OpenAPI 3.1 document",
		Long: `openapi writes the OpenAPI 3.1 document of a schema, for the tools of the
OpenAPI world: Swagger UI, oapi-codegen, ogen, request validators. Each
endpoint is an operation with its headers as parameters and its request
body with the documented bounds, defaults and required members; types and
enums are components (an enum names its members in x-enum-varnames); a
GearN answer is the envelope around the operation's response type, and an
API whose HTTP status carries the outcome has a response per status.

Given no SCHEMA, it exports docs2go.yaml's schema. Without -o the
document goes to stdout.`,
		Example: `  docs2go openapi specs/gearn.yaml -o api.yaml
  docs2go openapi --api-version 2.3.0 > api.yaml`,
		Args: args("at most one schema file", cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, a2 []string) error {
			t, err := a.schemaTarget(cmd, a2)
			if err != nil {
				return err
			}
			api, err := loadSchema(t.schemaPath)
			if err != nil {
				return err
			}
			doc, err := openapi.Generate(api, openapi.Options{Source: t.source, Version: version})
			if err != nil {
				return inputError(err)
			}
			return a.output(out, doc)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the document to this file")
	cmd.Flags().StringVar(&version, "api-version", "0.0.0", "the document's info.version (the schema has none)")
	return cmd
}
